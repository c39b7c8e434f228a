"""One-hundred-and-second independent evaluation set (I1617..I1632) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing burns services, community nursing
and tissue viability teams, cancer centres, prison and homeless health services, fire
and ambulance services, councils, universities and charities send in, in their own
voices and at their own length.  The theme of this set is skin, wounds and burns: burns
units, leg ulcer clinics, surgical site infection after discharge, moisture damage,
radiotherapy skin care, and tissue viability in prisons and hostels.

Topics (lead's type; layout):
  I1617 children's scald dressings at home after discharge from a regional burns unit
        (nhs_trust; pdf, own headings)
  I1618 a drop-in leg ulcer clinic in a community hall (primary_care, a primary care
        network; docx, bold headings with a cover table)
  I1619 remote tissue viability review of wound photographs from care homes (private
        wound imaging company as primary entrant; docx, numbered questions)
  I1620 moisture-associated skin damage in care home residents (charity, a care
        association; docx, no headings)
  I1621 skin reactions during breast and head and neck radiotherapy (nhs_trust, a
        cancer centre; pdf, form)
  I1622 pressure damage and chronic wounds in an older men's prison wing (nhs_trust,
        prison healthcare provider; docx, sections in an unusual order, no evidence
        section)
  I1623 wound care for people living in homeless hostels (charity, a homeless health
        charity; pdf, capital headings)
  I1624 burns and scalds to older people at home from heaters, hot water bottles and
        baths (emergency_service, fire and rescue; pdf made from docx via soffice)
  I1625 recurrent leg cellulitis and lymphoedema (university; docx, rubric headings)
  I1626 surgical site infection after hip and knee replacement, found after discharge
        (icb; pdf, two columns)
  I1627 moisture damage and incontinence-associated dermatitis on acute wards
        (nhs_trust, one trust alone; docx, bullet lists)
  I1628 wound care after self-harm in young people (nhs_trust, mental health trust;
        pdf, with appendix)
  I1629 facial burns and home fires in people using home oxygen who smoke
        (emergency_service, ambulance service; docx, form)
  I1630 pressure ulcers in people sleeping in chairs in temporary accommodation
        (local_authority; pdf, numbered questions)
  I1631 malignant fungating wounds cared for at home (charity, a hospice alone; docx,
        style headings with a cover table)
  I1632 wound infections after day surgery seen in GP extended access hubs
        (primary_care, a GP federation; pdf, bullet lists, no stakeholders section)

Build it with

    .venv/bin/python data/independent/build.py --set 102   (writes data/corpus/independent102/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (a measured change in an outcome: a baseline and an
                   after value, or a stated change such as 'halved' or 'a third fewer')
  <<P:sentence>>   patient / carer / family / service-user / lived-experience involvement
  <<S:sentence>>   staff involvement (any staff group, including partners' staff, who
                   co-designed, tested, were consulted, governed the work or gave feedback
                   that changed it)
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are joined with
a single space.  A paragraph starting with "- " is a bullet item.

Labelling conventions (as in entries29.py and entries31.py):
  * not Q: dates, financial years, bed/ward/home/cell/hostel counts, headcounts,
    numbers trained, activity counts (visits, calls, referrals, checks, kits, people
    screened or identified), single figures with no baseline, a zero with no earlier
    figure, figures that did not change, budgets, costs and savings estimates, phone
    numbers, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('halved', 'a third fewer', a sustained shift on a statistical process control
    chart); no_quantitative_evidence looks only at the evidence section (or the whole
    entry when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, men in prison, hostel residents, volunteers with
    lived experience, unusual job titles, list items), wherever in the entry it is told;
    a volunteer or peer worker with lived experience, employed by a partner, who helped
    design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance and fire and rescue services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; patients' support groups are patient_group;
hospices, care associations and homeless health charities are charity; prisons are
public_other; a university is university; wound imaging and dressing companies are
private).  A department or team of the entrant's own organisation is not a partner.
Flags are written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1617  children's scald dressings at home - pdf - own headings - burns
#        unit with community health visiting and a children's burns charity -
#        parents and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1617", format="pdf", layout="own_headings", topic="paediatric_scald_dressings_home",
    project="independent102-safeathome-1617", pdf_font="LiberationSans", pdf_align="L",
    title="Healing at Home: safer care of children's scalds after discharge from the burns unit",
    cover=[
        "Lead organisation: Harrowmere Teaching Hospitals NHS Foundation Trust (Regional Children's Burns Service)",
        "Partners: Fenlow Community Health NHS Trust (Health Visiting and Children's Community Nursing); Little Embers Children's Burns Trust",
        "Written by the Clinical Nurse Specialist, Children's Burns Outreach",
    ],
    primary_entrant=dict(name="Harrowmere Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Fenlow Community Health NHS Trust", type="nhs_trust"),
        dict(name="Little Embers Children's Burns Trust", type="charity"),
    ],
    sections=[
        ("context", "Why this mattered", """
Most children who are scalded by a cup of tea, a kettle or a bath are toddlers. The burns are usually
small enough to be treated without surgery, and after the first assessment and dressing in our unit the
child goes home. What happens next is where things used to go wrong. Families travelled up to 70 miles
back to us every two or three days for a dressing change, or the dressing was done by a practice nurse
who might see one child's burn a year. Dressings slipped, got wet in the bath or were left on too long.
Some families simply did not come back.

A burn that gets infected in a small child is serious. Toxic shock syndrome can develop within hours of
a child seeming only mildly unwell, and the first signs, a rash, a temperature, diarrhoea and being
floppy, are easy to put down to a bug. In 2021 we treated two children with toxic shock after small
scalds, one of whom spent four days in intensive care. In both cases the family had noticed the child
was unwell but had been told by someone that it was probably a virus.

Infection is not the only risk. A scald that takes more than three weeks to heal is much more likely to
scar, and a scar across a child's chest or hand can need years of pressure garments, and sometimes
surgery as they grow. Each missed or late dressing change adds to that risk.

We could not fix this from a regional unit on our own. Health visitors already know these families and
visit them at home. The community children's nurses have the skills to change dressings. The Little
Embers charity supports families after a burn and knew, better than we did, how frightened and guilty
many parents feel, which makes them less likely to ring us with a worry.

Geography made everything harder. Our unit serves a region of nearly three million people, and some
families live two hours away by car, longer by public transport. Parents with a toddler in a dressing,
and often other young children at home, were being asked to make that journey several times in the
first fortnight. Missed appointments were common, and when a family did not come back we often had no
way of knowing whether the burn had healed or whether the child was getting worse at home.

Safeguarding added another layer. A small number of scalds in young children are not accidents, and
others happen in homes where the family is under great strain. When a child was not brought back for
dressings, we could not tell whether that was a safeguarding concern or simply a family that could not
afford the bus fare. Health visitors, who know these families, were rarely told that a child had been
treated for a burn at all.
"""),
        ("evidence", "What difference has it made", """
Since February 2022 every child discharged from the unit with a scald under 5% of their body surface
goes home with a named community children's nurse, a dressing plan and a toxic shock card for the family.
Dressing changes happen at home or in a local clinic, and the community nurse sends us a photograph
through a secure app at each change so that a burns nurse can check healing without the child travelling.

<<Q:Wound infections needing antibiotics in these children fell from 17% of discharges in 2021 to 6% in
2023.>> <<Q:The average time to healing came down from 19 days to 14 days over the same period.>>
<<Q:Children returning to the unit unplanned, because a dressing had failed or a family was worried,
fell from 58 in 2021 to 21 in 2023.>> There have been no cases of toxic shock in children in the
programme since it began.

Families now make far fewer journeys to Harrowmere. In 2023 the community team carried out 1,140 home or
local dressing changes that would otherwise have meant a trip to us.

The photographs have changed how the burns team works as well. A burns nurse reviews every image within
one working day, and if healing is slower than expected the child is brought back to the unit early,
rather than at the end of three weeks. Children with burns that are going to need surgery are now
identified sooner, and their families are prepared for it.

We have also seen benefits for safeguarding. Every child in the programme has a health visitor welfare
check within a week of discharge, and the health visitor has the full discharge summary. In a handful of
cases this has led to extra support for a family that would not otherwise have been offered it.
"""),
        ("stakeholders", "Working with families and staff", """
<<P:Parents of children we had treated met us three times while we planned the service, and they told
us the old discharge leaflet made them feel blamed, so the new one starts with 'Accidents happen in
every home' and was rewritten in their words.>> <<P:Two mothers who had been through toxic shock with
their children helped Little Embers design the pocket card, and insisted that it says 'Trust your gut:
ring us, day or night' in large letters.>> <<P:Older children in the charity's summer camp chose the
stickers and the 'brave bandage' certificate that the community nurses now give at each visit.>>

<<S:The community children's nurses tested the photograph app for six weeks and asked for a simple
traffic-light question about the wound edge, which we added before it went live.>> <<S:Health visitors
told us they were worried about being asked to do dressings, so the plan was changed so that they do the
welfare and safety check and the nurses do the dressing.>> <<S:Our own play specialists and burns nurses
worked with the charity's family support workers to agree what each of them says to a family before
they leave the unit.>>
"""),
        ("value", "Value for money", """
A return trip to the unit costs a family a day off work and, for the NHS, a clinic slot and often
hospital transport. An intensive care stay for a child with toxic shock costs many thousands of pounds.
The photograph app was bought within an existing regional licence. The community nursing time was
funded by moving one outreach nurse post from the unit into the community team.

Parents tell us that having a nurse come to the house, someone who is not in a hurry, makes them less
anxious and more likely to ring when something does not look right.
"""),
        ("spread", "Sharing what we have learned", """
The neighbouring community trust in the south of our region started the same model in 2024, and the
regional burns network has adopted the toxic shock card for all children's burns services it covers. We
have shared the discharge plan and photograph standards with the national burns care network's nursing
forum. Little Embers has printed the family leaflet in five languages and offers it to any burns
service free of charge.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1618  drop-in leg ulcer clinic in a community hall - docx - bold headings
#        with a cover table - PCN with the community trust and a community
#        centre charity - staff involved - NO patient involvement (patients as
#        beneficiaries, a survey that changed nothing, letters, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1618", format="docx", layout="bold_headings", topic="leg_ulcer_drop_in_clinic",
    project="independent102-legsmatter-1618", docx_font="Calibri",
    title="Legs Matter on Tuesdays: a walk-in leg ulcer clinic at the Garnock Road Hall",
    cover_table=[
        ("Entry title", "Legs Matter on Tuesdays: a walk-in leg ulcer clinic at the Garnock Road Hall"),
        ("Lead organisation", "Brackenmoor South Primary Care Network"),
        ("Partner organisations", "Brackenmoor Community Services NHS Trust (Tissue Viability and District Nursing); Garnock Road Community Association"),
        ("Contact", "Lead Practice Nurse, Brackenmoor South PCN"),
    ],
    primary_entrant=dict(name="Brackenmoor South Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Brackenmoor Community Services NHS Trust", type="nhs_trust"),
        dict(name="Garnock Road Community Association", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
Across the five practices in our network we had roughly 190 people at any one time with a wound on the
lower leg that had not healed. Most were not housebound, so the district nurses would not see them, and
they came to the practice nurse's treatment room once or twice a week. Appointments were 15 minutes,
which is not long enough to take a bandage off, wash a leg, assess it properly and put compression back
on. Many people were never assessed for compression at all. Others were given a different dressing by a
different nurse each visit.

The result was predictable. Ulcers stayed open for months or years. Some got infected and people ended
up on repeated antibiotics or in hospital with cellulitis. A small number had an ulcer caused by poor
arterial blood supply which was missed for a long time because nobody checked the pulses in the foot.

We had heard about community leg clubs in other parts of the country and decided to try something
similar with our district nurses and a local community association that runs a hall near the middle of
the patch.

There was also a safety issue we had not fully appreciated until we looked. When we audited 60 sets of
notes in 2021, a quarter of people with a leg ulcer had no record of an ankle pressure reading at any
point, and in several cases compression had been applied without one. Compression on a leg with poor
arterial supply can cause serious harm, including pressure damage to the foot and, rarely, loss of the
limb. Practice nurses told us they knew the assessment mattered but simply did not have the time or the
equipment; two of the five practices did not own a working Doppler.

Loneliness runs through all of this. Many of the people with leg ulcers in our area are older, live
alone and find the smell and leaking of a wound embarrassing. Some had stopped going out except to see
the nurse. A clinic that felt like a medical appointment, squeezed between blood tests and smear tests,
did nothing to change that.
"""),
        ("evidence", "Evidence of improvement", """
The clinic opened in September 2022 and runs every Tuesday from 9am to 3pm. Anyone registered with one
of our practices with a leg wound can walk in. Two practice nurses and a tissue viability nurse from the
community trust work together, with a health care assistant, and every new person has a full
assessment, including a Doppler reading, within their first two visits. The community association
provides the hall, tea and volunteers on the door.

<<Q:The average time for a leg ulcer to heal among people attending fell from 31 weeks in our 2021 audit
to 16 weeks in the 2023 audit.>> <<Q:The proportion of people with a venous ulcer who were in full
compression went from 38% to 84%.>> <<Q:Prescriptions of antibiotics for leg wound infections across the
network fell from 412 in 2021/22 to 236 in 2023/24.>>

We have not had a case since the clinic opened of an arterial ulcer being missed for more than two
weeks. Dressings spending has also changed, as we now use a short formulary agreed with the trust.
"""),
        ("stakeholders", "Who was involved", """
<<S:The practice nurses who had been seeing leg ulcers in their treatment rooms worked with the tissue
viability team over four lunchtime meetings to design the assessment form and the clinic's day.>>
<<S:District nurses pointed out that people often moved between them and the practices when their
mobility changed, and asked for a shared care plan that goes with the patient, which we now use.>>
<<S:The health care assistants suggested the clinic run on one long day rather than two short ones so
the hall did not have to be set up twice, and they were right.>> <<S:The network's clinical pharmacist
and the trust's tissue viability lead agreed the short formulary of dressings and bandages.>>

Patients were the reason for all of this. Everyone on a practice's list with a leg wound was sent a
letter inviting them to the clinic when it opened. We gave out a satisfaction questionnaire in the first
three months and the answers were very positive, so nothing needed to change. We hope to set up a
patient panel for the clinic in 2025.
"""),
        ("value", "Value", """
The clinic is staffed by nurses who were already seeing these patients, but in a more efficient way.

Before the clinic, the same nurses were spending
roughly 60 hours a week across the five practices on leg ulcer appointments; the clinic uses about 30
hours of nursing time in one place, and the rest has gone back into long-term condition reviews and
cervical screening, where our waiting times were longest.
The hall costs £45 a week. Bandages and dressings are bought through the trust's contract, which is
cheaper than prescribing. Every ulcer healed early saves hundreds of pounds in nursing time and
materials, and every hospital admission for cellulitis avoided saves more.

Staff enjoy working together and learning from each other.
"""),
        ("spread", "Spread", """
A second network in the north of Brackenmoor has started a Thursday clinic in a church hall, using our
assessment form and formulary. The community trust has written the model into its leg ulcer pathway
for the whole district.

What we would tell anyone thinking of doing the same: start with the assessment, not the venue. The hall
matters because it makes the clinic relaxed and social, but the safety gain comes from every person
having a proper vascular assessment and a plan that every nurse follows. Agree the formulary early,
because arguments about dressings can take over. And make sure the community partner is a real partner;
the association's volunteers know many of the people who come, and they notice when someone regular
stops turning up, which is often the first sign that something has gone wrong.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1619  remote tissue viability review of care home wound photographs - docx
#        - numbered questions - PRIVATE wound imaging company as primary
#        entrant, with a community trust and a care home association
#        (ineligible) - residents' families and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1619", format="docx", layout="numbered_questions", topic="care_home_remote_wound_photo_review",
    project="independent102-woundview-1619", docx_font="Arial",
    title="WoundView: remote tissue viability advice for care homes from a photograph",
    cover=[
        "Primary entrant: Tessellate Wound Imaging Ltd",
        "Working with: Oakhollow Community NHS Trust (Tissue Viability Service) and the Oakhollow and Marsh Care Homes Association",
        "Submitted by Priya Raman, Clinical Director, Tessellate Wound Imaging Ltd",
    ],
    primary_entrant=dict(name="Tessellate Wound Imaging Ltd", type="private"),
    partners=[
        dict(name="Oakhollow Community NHS Trust", type="nhs_trust"),
        dict(name="Oakhollow and Marsh Care Homes Association", type="charity"),
    ],
    sections=[
        ("context", "1. What was the patient safety problem?", """
There are 64 care homes in Oakhollow and Marsh, and between them they look after around 2,300 older
people. At any one time a few hundred of those residents have a wound: a pressure ulcer, a skin tear,
a leg ulcer or a wound from a fall. The community trust's tissue viability service has four nurses for
the whole area, and in 2022 the wait for a care home visit was up to five weeks.

In the meantime care home staff did their best, but they often did not know whether a wound was getting
better or worse. Descriptions passed on by phone ("it looks a bit red") were hard to act on. Wounds were
measured with a paper ruler, or not at all. A pressure ulcer that had deepened from category 2 to
category 4 could go unnoticed until the tissue viability nurse finally arrived, by which time the
resident might need hospital treatment for infection.

We make a phone app that takes a standardised photograph of a wound, measures its size and colour from
the image and stores it securely. Until this project it had only been used in hospitals. We wanted to
find out, with the people who actually look after these residents, whether it could help care homes
get the right advice quickly.

We also knew that photographs on their own are not enough. A picture taken in poor light, from the wrong
angle or without a measuring scale can mislead a nurse as easily as a vague phone call. So the project
was never just about the app; it was about agreeing with the trust and the homes what a good photograph
looks like, who reviews it, how fast, and what happens when the nurse is worried. It also had to fit
into care homes' working day, which is already very busy, with staff who often have English as a
second language and who change jobs often.

Consent was a particular concern. Many residents in these homes have dementia and cannot agree to a
photograph themselves, so each home needed a clear process for best-interest decisions and for talking
to families.
"""),
        ("evidence", "2. What is the evidence of improvement?", """
Since March 2023, 41 homes have used the app. Care staff photograph a wound when it is first found and
weekly after that. The photographs go to a shared list that the trust's tissue viability nurses review
every working day, and they reply with a care plan, or book a visit if they need to see the wound in
person.

<<Q:The average time from a wound being found to a tissue viability care plan fell from 24 days to 2
days.>> <<Q:In the participating homes, pressure ulcers that got worse by at least one category while
under care fell from 52 in the year before to 19 in the first year of the project.>> <<Q:Face-to-face
tissue viability visits to these homes went down by 44%, which freed time for the residents who most
needed a nurse in the room.>>

The 23 homes that have not yet joined give us a comparison, and they have not seen the same change.

Photograph quality has improved steadily. The tissue viability nurses grade each image as usable or not,
and in the last quarter nine in ten were graded usable at the first attempt. Care homes that joined
later have picked the process up faster than the first group, which we think is because the guide and
the templates were improved by those first homes.

Not everything worked. Two homes left the project in the first months because their Wi-Fi could not
reliably upload images, and one home found that it had only one smartphone for the whole building. We
now check connectivity before a home joins, and the association has helped homes bid for small grants
for devices.
"""),
        ("spread", "3. How has the work been spread?", """
The care homes association has presented the project at its annual conference, and 12 more homes have
asked to join. A neighbouring community trust is piloting the app with district nurses in people's own
homes. We have published a short guide for care homes on taking wound photographs that are useful to a
nurse, which does not depend on using our product.
"""),
        ("value", "4. What value has it added?", """
The app licence for care homes was funded by the company for the first year and is now paid for by the
integrated care board at a cost of about £18,000 a year for all participating homes. Each avoided
hospital admission for an infected pressure ulcer saves thousands of pounds and, more importantly,
spares a frail resident a stay in hospital.

Care home staff tell us they feel their concerns are taken seriously now that a nurse can see what they
see.

The tissue viability nurses say they can now see the whole caseload in one place and decide who
needs them first, rather than driving from home to home in the order that referrals happened to
arrive.
"""),
        ("stakeholders", "5. How were patients, families and staff involved?", """
<<S:Senior carers from six homes tested three versions of the app and told us the photograph guide on
screen was too small to read while wearing gloves, so we made the guide larger and added voice
prompts.>> <<S:The tissue viability nurses designed the care plan templates they send back, and asked
for a 'call me' button on urgent reviews, which we built.>> <<S:Care home managers in the association
agreed the rules for consent and for who can see the images.>>

<<P:Relatives of residents were worried at first about photographs of their family members being taken
on a phone, and a group of them met us at two homes and helped write the consent leaflet and the
explanation of where the pictures are stored.>> <<P:One resident, a retired photographer, gave the care
staff tips on lighting that made it into the final guide.>>
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1620  moisture-associated skin damage in care homes - docx - no headings -
#        care association with the community continence service and council
#        - residents and relatives involved - NO staff involvement (care staff
#        trained and briefed, managers informed, one named lead doing her job)
# ---------------------------------------------------------------------------
entry(
    id="I1620", format="docx", layout="no_headings", topic="care_home_moisture_associated_skin_damage",
    project="independent102-drysafe-1620", docx_font="Georgia",
    title="Dry, Clean, Protected: tackling moisture damage to skin in Wyebridge care homes",
    cover=[
        "Wyebridge Independent Care Homes Association (registered charity), working with Wyebridge and Lune Community Health NHS Trust (Bladder and Bowel Service) and Wyebridge County Council (Adult Social Care Quality Team)",
        "Entry by the Association's Quality Lead",
    ],
    primary_entrant=dict(name="Wyebridge Independent Care Homes Association", type="charity"),
    partners=[
        dict(name="Wyebridge and Lune Community Health NHS Trust", type="nhs_trust"),
        dict(name="Wyebridge County Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
Sore, broken skin in the groin, buttocks and skin folds is one of the most common and least talked
about problems in care homes. It is usually caused by urine or faeces being in contact with the skin
for too long, or by sweat trapped in skin folds, and it is painful. It also opens the door to
infection, and skin damaged by moisture breaks down into a pressure ulcer far more easily.

When the council's quality team reviewed safeguarding concerns raised about our member homes in 2022,
sore skin came up again and again. In many homes, staff recorded moisture damage as a pressure ulcer or
not at all, so no one knew how big the problem was. Pads were changed on a fixed round whether they
needed changing or not. Residents were washed with soap and water, which strips the skin, and barrier
creams were used in different ways by different staff, sometimes so thickly that pads stopped working.
Many residents had never had a continence assessment, and some were in pads who could have used the
toilet with a bit of help.

We are an association of 38 independent care homes, most of them small and family-run. None of them
could fix this on their own, and none had a specialist continence nurse. The community trust's bladder
and bowel service had the expertise but no easy way to reach care homes. The council wanted to see fewer
safeguarding concerns and was willing to fund the time.

There was also a question of dignity that we could not ignore. Residents told the council's quality
officers that they were embarrassed by sore skin and by being checked on a round, often by staff they
did not know well. Some residents with dementia became distressed during personal care, which made
staff rush it, which made the skin worse. We wanted an approach that treated continence and skin care as
part of the person's day, not a task done to them at fixed times.
"""),
        ("evidence", None, """
The programme began in April 2023 in 22 homes. Every resident who uses pads now has a continence
assessment by the bladder and bowel service, and a personal plan that says when and how they are helped
to the toilet, which product they use and how their skin is cleaned. Soap has been replaced with a
no-rinse cleanser, and each home uses one barrier product, applied thinly. Moisture damage is recorded
using a simple tool with photographs so that it is not confused with pressure damage.

<<Q:Across the 22 homes, residents with moisture damage on the monthly skin check fell from 14% in April
2023 to 5% in March 2024.>> <<Q:Pressure ulcers of category 2 or above acquired in the homes fell from
61 in the year before to 38 in the first year.>> <<Q:The number of residents using pads went down by a
fifth, because some were helped back to using the toilet.>> Safeguarding concerns about sore skin from
these homes also fell, and the council's quality team now sees them only rarely.

Every home now reports its monthly skin check figures to the association, and we share them back as a
simple table so that homes can see how they compare. We have been careful to use the figures for
learning rather than blame; the homes with the highest numbers at the start were often the ones that
looked hardest and recorded most honestly. The bladder and bowel nurse visits any home whose figures go
up for two months in a row.

Because moisture damage is now recorded separately, the pressure ulcer figures reported to the council
are more accurate as well. Some of what looked like pressure ulcers in the past were in fact moisture
lesions, which heal quickly once the skin is kept clean and dry.
"""),
        ("stakeholders", None, """
Residents and their families had a real say. <<P:At Hazelmere House and two other homes, residents who
were able to talk about it told us that being woken at night for a pad change was the worst part of
their day, so night checks now follow each person's plan rather than a fixed round.>> <<P:A group of
relatives chose the no-rinse cleanser after trying three on their own hands, because they wanted
something that did not sting.>> <<P:Their suggestion that the skin check photographs be kept in a
separate, locked section of the care record was adopted by every home.>>

All care staff in the 22 homes were trained in a one-hour session by the bladder and bowel nurses, and
home managers were briefed at the association's quarterly meetings. Our skin care lead, Lorna Pike, led
the rollout and visited each home to check the plans were in place. Staff were informed of the results
every quarter through the association's newsletter.
"""),
        ("value", None, """
The council funded a bladder and bowel nurse for 18 months at a cost of about £64,000. The homes spend
less on pads than before, and on barrier creams, because one product used thinly lasts far longer. Each
pressure ulcer avoided saves several thousand pounds of nursing time and dressings, and the pain and
distress of a resident who cannot always tell us it hurts.

There is a quieter benefit too. Residents who have been helped back to using the toilet tell their
families that they feel more like themselves. Relatives say that visits are more comfortable when their
mother or father is not in pain from sore skin.
"""),
        ("spread", None, """
The remaining 16 member homes will join in 2025. The bladder and bowel service has written the
assessment and skin plan into its standard offer to care homes across Wyebridge and Lune, and the
council has added moisture damage to the questions its quality team asks on every visit. We have shared
the recording tool with two other care associations in the region.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1621  radiotherapy skin reactions - pdf - form - cancer centre with a
#        local pharmaceutical committee and a breast cancer support group -
#        patients and staff involved - NO quantitative evidence (counts,
#        a single figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1621", format="pdf", layout="form_table", topic="radiotherapy_skin_reactions_community_pharmacy",
    project="independent102-skinsafe-rt-1621", pdf_font="LiberationSans",
    title="Skin Safe Through Radiotherapy: earlier help with radiation skin reactions",
    cover_table=[
        ("Entry title", "Skin Safe Through Radiotherapy: earlier help with radiation skin reactions"),
        ("Lead organisation", "Calderstone and Ryle NHS Foundation Trust (Calderstone Cancer Centre, Radiotherapy Department)"),
        ("Partner organisations", "Calderstone Local Pharmaceutical Committee; Pink Ribbon Friends Calderstone (breast cancer support group)"),
        ("Entrant", "Consultant Therapeutic Radiographer, Review and Supportive Care"),
    ],
    primary_entrant=dict(name="Calderstone and Ryle NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Calderstone Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Pink Ribbon Friends Calderstone", type="patient_group"),
    ],
    sections=[
        ("context", "Describe the safety problem and why a partnership was needed", """
Around 2,600 people a year have radiotherapy at our cancer centre. Most people treated for breast cancer
or head and neck cancer get some reaction in the skin of the treated area. Usually it is redness and
itching, but in some people the skin peels and weeps, and it can become infected. The reaction often
peaks in the week or two after treatment ends, when the person is no longer coming in every day and
may not know who to call.

We found that people were being given conflicting advice. Some were told by friends or online to use
aloe vera, calendula or perfumed creams, which can make things worse. Some bought products at a
pharmacy and were sold something unsuitable because the pharmacist did not know they were having
radiotherapy. Others put up with broken, painful skin for days because they did not want to bother
anyone. A few developed infections that needed hospital treatment, and some people having head and neck
treatment had to pause their radiotherapy, which can reduce the chance of cure.

Community pharmacies see these patients far more often than we do after treatment ends, and the breast
cancer support group hears every week what people are actually putting on their skin.

We also had a problem with our own follow-up. When treatment finished, patients were given a leaflet and
told to ring if they had problems. Our review radiographers found that people often rang late, when the
skin had already broken down, and that some thought the reaction meant the cancer was spreading. The
out-of-hours service and GPs saw some of these patients but did not always know how radiation skin
reactions are graded or which dressings are safe to use on skin that has been treated.
"""),
        ("evidence", "What evidence do you have that the work has improved safety?", """
From June 2023 every patient starting radiotherapy to the breast or head and neck is given a skin
passport: a small card showing the treated area, the date treatment ends, the products that are safe to
use and the number of our review radiographers. Patients show the card at any of the 96 community
pharmacies in the scheme, and the pharmacist follows an agreed guide for what to recommend and when to
refer back to us.

In the first year, 1,870 skin passports were given out. Pharmacists recorded 642 consultations with
passport holders and referred 77 people back to the review team, of whom 12 were started on
antibiotics. 210 pharmacists and pharmacy technicians completed the online training module. The review
team's phone line took 1,130 calls about skin in the same year. We aim to have every pharmacy in the
county signed up by the end of 2025, and our next audit, planned for the spring, will look at how many
people needed treatment breaks because of skin reactions.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<P:Members of Pink Ribbon Friends tested the first skin passport during their own treatment and told
us it was too big to fit in a purse, so it is now the size of a bank card.>> <<P:They also asked that
the safe products list uses brand names people recognise rather than ingredients, which we changed.>>
<<P:A man treated for throat cancer, now a volunteer with the centre's patient forum, helped us write
the section on shaving, which we had not thought about.>>

<<S:Therapeutic radiographers on the treatment machines suggested that the passport be handed over at
the planning scan, not the first treatment, because patients are less overwhelmed then.>> <<S:Pharmacists
from the LPC's clinical committee wrote the referral guide with our review team and tested it on real
cases before it was used.>>
"""),
        ("value", "Describe the value of the work, including cost", """
The passports cost 12p each to print. Pharmacy consultations are part of the existing community
pharmacy service, so there is no extra fee. If the project prevents even a handful of treatment breaks or
admissions with infected skin each year, it will have paid for itself many times over.

People tell us they feel more confident knowing what to use and who to call.
"""),
        ("spread", "How has the work been shared?", """
The regional radiotherapy network has asked us to present the skin passport at its next meeting, and
one other cancer centre has asked for the pharmacist guide. Pink Ribbon Friends has shared the card with
breast cancer groups in neighbouring counties.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1622  pressure damage and chronic wounds on an older men's prison wing -
#        docx - reordered sections, NO evidence section (a measured change
#        told in another section) - prison healthcare community trust with the
#        prison and a prisoners' peer support charity - men in prison (called
#        'residents' and 'landing reps') and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1622", format="docx", layout="reordered", topic="prison_older_men_pressure_wounds",
    project="independent102-skincheckwing-1622", docx_font="Cambria",
    title="Every Cell, Every Week: preventing pressure damage on an older men's prison wing",
    cover=[
        "Lead: Pennant Moor Community Healthcare NHS Trust (Health and Justice Services)",
        "Partners: HMP Whinstone; The Open Door Peer Support Trust",
        "Author: Head of Healthcare, HMP Whinstone",
    ],
    primary_entrant=dict(name="Pennant Moor Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="HMP Whinstone", type="public_other"),
        dict(name="The Open Door Peer Support Trust", type="charity"),
    ],
    sections=[
        ("stakeholders", "How people were involved", """
This project was shaped by the men who live on Ashby wing. <<P:Residents on the wing told the
healthcare team that they would not ask for help with sore skin because they did not want to be seen as
weak, and that they would rather be checked by another prisoner they trusted.>> <<PS:Two landing reps,
trained and paid as peer health workers by the Open Door Peer Support Trust, helped design the weekly
skin check and now carry it out with the healthcare assistant.>> <<P:They also chose what the 'red flag'
poster on each landing says.>>

<<S:Prison officers on Ashby wing agreed with the healthcare team a new way of unlocking men for showers
so that those who need help are not left until the last slot.>> <<S:The trust's tissue viability nurse
and the prison's equipment officer worked out together how pressure-relieving mattresses could be used
in a cell without breaching security rules, and tested two designs.>>
"""),
        ("context", "The problem", """
HMP Whinstone holds about 900 men, and more than 160 of them are over 60. Ashby wing houses 84 of the
oldest and frailest. Several use wheelchairs or walking frames, many have diabetes or heart failure,
and some spend most of the day on their bed, which is a thin foam mattress on a metal frame.

In 2022 three men on the wing were found to have deep pressure ulcers, one of which became infected and
led to a month in an outside hospital with two officers on escort around the clock. Reviews found that
nobody had looked at their skin for weeks. Healthcare staff only saw the men when they asked to be seen,
showers were given in a rush at the end of the regime, and standard pressure-relieving mattresses were
not allowed in cells because of the risk of them being used to hide items or to harm.

We could not solve this without the prison, which controls the regime, equipment and cells, or without
the men themselves, who are often reluctant to show health staff a sore.
"""),
        ("value", "Impact and value", """
Since the weekly skin check began in May 2023, every man on Ashby wing has his skin looked at once a
week, and anyone at risk has a care plan. <<Q:New pressure ulcers of category 2 or worse on the wing
fell from 14 in 2022 to 3 in 2024.>> <<Q:Hospital escorts for wound problems fell from 11 to 2 over the
same two years, which freed up officer time on the wing.>>

A hospital escort with two officers costs the prison several thousand pounds a week. The peer health
workers are paid at the prison's standard work rate. Sixteen cell-safe mattresses were bought at a total
cost of £9,800.

The men on the wing say that having another prisoner check their skin feels normal now, not
embarrassing.
"""),
        ("spread", "Sharing it", """
The weekly skin check and the cell-safe mattress specification have been shared with the other four
prisons in our health and justice contract, and two of them have started their own peer skin checks on
their older prisoners' units. We presented the work at the national prison healthcare nursing forum in
2024, and the prison group's equipment team is now reviewing its rules on mattresses for older and
disabled prisoners across the region. The Open Door Peer Support Trust is offering its peer health
worker training to other prisons.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1623  wound care for people living in homeless hostels - pdf - capital
#        headings - homeless health charity with the city council and the
#        community trust - residents, a peer worker and staff involved - a
#        change told in words - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1623", format="pdf", layout="caps_headings", topic="hostel_wound_care_outreach",
    project="independent102-woundsroadside-1623", pdf_font="DejaVuSans", pdf_align="L",
    title="NOT JUST A PLASTER: NURSE-LED WOUND CARE IN DENHOLME'S HOSTELS",
    cover=[
        "LEAD: Streetwell Health (registered charity)",
        "PARTNERS: Denholme City Council (Housing Options and Supported Accommodation); Denholme Community Health NHS Trust (District Nursing)",
        "CONTACT: Nurse Lead, Streetwell Health",
    ],
    primary_entrant=dict(name="Streetwell Health", type="charity"),
    partners=[
        dict(name="Denholme City Council", type="local_authority"),
        dict(name="Denholme Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "WHAT WAS GOING WRONG", """
About 420 people live in Denholme's eleven supported hostels at any one time. A lot of them have wounds
that most people would take straight to a nurse: leg ulcers, abscesses and sores from injecting,
infected cuts, trench foot from sleeping in wet shoes, and pressure damage in people who drink until
they pass out in a chair. Very few of them do.

Hostel residents told us why. GP appointments are hard to get and harder to keep. District nurses only
visit people who are housebound, and a hostel is not counted as a home in the usual way. A&E means a
long wait, often without being able to smoke or use, and sometimes being judged. So wounds were covered
with whatever was to hand, or nothing, until they were bad enough for an ambulance. In 2022 two hostel
residents in the city had a leg amputated after an infected wound was left for weeks, and one man died
of sepsis from an abscess in his groin.

Hostel staff were worried but not trained, and some hostels had a rule against staff touching wounds at
all. Streetwell Health already ran a weekly GP session for people who are homeless, but no nursing.

There was no shortage of goodwill. Everyone we spoke to, from hostel managers to paramedics, could name
residents whose wounds worried them. What was missing was a service that fitted the way hostel
residents live: unplanned, often chaotic, with many moving between hostels, prison and the street
several times a year. A clinic with booked appointments two bus rides away was never going to work.
Neither was a district nursing service that closes referrals when the patient is not in.
"""),
        ("evidence", "WHAT HAS CHANGED", """
Since January 2023 a Streetwell nurse and a district nurse from the community trust run a wound clinic
in each of the four largest hostels every week, and see residents of the smaller hostels at a drop-in.
The council pays for the Streetwell nurse and has changed its contracts with hostel providers so that
each hostel has a clean, private room for the clinic. Residents can be seen without an appointment, and
dressing supplies are left with hostel staff for those who need changes between visits.

<<Q:Emergency admissions for wound infections among hostel residents are down by about a third compared
with 2022.>> <<Q:Ambulance call-outs to the four hostels for wounds or cellulitis fell from 96 in 2022 to
41 in 2024.>> <<Q:Among residents who came to the clinic more than three times, the share of wounds
that healed within twelve weeks went from roughly one in five to more than half.>> No hostel resident
has needed an amputation since the clinics began.

In 2024 the clinics saw 611 different people and carried out 3,950 dressings.

We have also seen people come back for other health needs. Residents who first came to have a leg ulcer
dressed have gone on to have hepatitis C tests, vaccinations and blood pressure checks, and several have
started treatment for drug or alcohol use after building trust with the nurses. We do not claim all of
that as a result of the wound clinic, but the clinic is often the first time someone has let a health
worker near them in years.
"""),
        ("stakeholders", "WHO HELPED SHAPE IT", """
<<PS:Our peer worker, Dean, who lived in two of the hostels for several years and now works for
Streetwell, helped plan where and when the clinics would run, and it was his idea to run them after the
hostel's breakfast rather than first thing, when people are asleep or out.>> <<P:Residents at Millgate
House told us they would not come if the clinic was called a 'wound clinic', so it is now 'Feet and
Legs', and they painted the sign.>> <<P:People who had been coming for a while asked for take-away
dressing packs with instructions in pictures, which they helped put together.>>

<<S:Hostel support workers asked for training on when a wound needs urgent help, and then worked with the
nurses on a one-page 'worry list' that is now on the wall in every office.>> <<S:District nurses
pointed out that their electronic record could not hold a hostel as an address without a room number,
and the trust's records team fixed this after they raised it.>>
"""),
        ("value", "VALUE FOR MONEY", """
The Streetwell nurse post costs £46,000 a year including supplies. The district nurse time comes from
the existing community nursing budget. An emergency admission for a serious wound infection costs
several thousand pounds; an amputation and the care that follows costs many times that.

Residents say they are treated like people, not a problem. Hostel staff say they feel less alone with
the worry.

There are also costs that do not show up in a health budget. A resident who is admitted to hospital
often loses their hostel room, and then returns to the street when they are discharged. Every admission
avoided is also, very often, a tenancy kept.
"""),
        ("spread", "SHARING THE LEARNING", """
The council has written the clinic room requirement into all its new hostel contracts. Two other cities
in the region have visited our clinics and one has started a similar service with its own homeless
health team. We have shared our 'worry list' and dressing packs with the national network of homeless
health nurses.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1624  burns and scalds to older people at home - pdf via soffice - style
#        headings - fire and rescue service with the burns unit and the
#        council - staff involved - NO patient involvement (older people
#        visited and sent letters, a negation, a survey that changed
#        nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1624", format="pdf", layout="style_headings", topic="older_people_domestic_burns_scalds",
    project="independent102-warmnotburnt-1624", render_via="soffice", docx_font="Liberation Serif",
    title="Warm, Not Burnt: preventing burns and scalds to older people at home",
    cover=[
        "Kestermere Fire and Rescue Service (lead), with Stanmore Vale Hospitals NHS Trust (Regional Burns Centre) and Kestermere County Council (Adult Social Care)",
        "Submitted by the Head of Prevention, Kestermere Fire and Rescue Service",
    ],
    primary_entrant=dict(name="Kestermere Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Stanmore Vale Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Kestermere County Council", type="local_authority"),
    ],
    sections=[
        ("context", "Background", """
Fire services are good at preventing house fires, but for older people many serious burns do not
involve a fire at all. The regional burns centre told us in 2022 that a large share of its older
patients came from Kestermere with contact burns from electric and gas heaters, scalds from hot water
bottles that had split or perished, scalds from bath water that was far too hot, and burns from heat pads
and microwaved wheat bags. Older skin is thin and burns deeply in seconds, and many of these people
also had diabetes or reduced feeling in their legs, so they did not notice until the damage was done.

When the cost of energy went up in 2022, more people started heating one room with a portable heater,
sitting very close to it, or going to bed with a hot water bottle instead of heating the house. The
burns centre saw a rise in burns to the shins and feet in older people, some of which needed skin grafts
and long stays. An 88-year-old woman from our county died after falling against an electric bar heater.

Our home fire safety visits were already reaching thousands of older people a year, but the checklist
said nothing about heaters, hot water bottles or bath temperature.

The council's adult social care teams had noticed the same thing from a different direction. Home care
workers and social workers were reporting burns and scalds as safeguarding concerns, because it was not
clear whether they were accidents or neglect, and each one took weeks to investigate. In most cases there
was no neglect at all, just an older person doing what they had always done, with a hot water bottle
that was fifteen years old or a bath tap with no limit on the temperature.

We realised that three organisations were each seeing part of the picture. The burns centre saw the
injuries, the council saw the concerns afterwards, and we were already in the homes before anything
happened. Bringing those together was the whole point of the partnership.
"""),
        ("evidence", "Results", """
From October 2022 every home fire safety visit to someone over 65 includes a 'warm and safe' check:
the age and condition of hot water bottles, where heaters are placed, whether the person uses heat pads
or wheat bags, and whether the hot water is set too high. Firefighters can swap an old hot water bottle
for a new one with a fleece cover, fit a heater guard, and refer to the council for a thermostatic
mixing valve to be fitted on the bath. The council's home improvement agency fits the valves within
four weeks.

<<Q:Admissions to the regional burns centre of Kestermere residents aged over 65 with contact burns or
scalds fell from 47 in 2022 to 26 in 2024.>> <<Q:Those needing a skin graft fell from 19 to 8.>>
<<Q:Hot water bottle scalds in people over 65 from our county, which the burns centre records
separately, went from 15 in the winter of 2022/23 to 4 in the winter of 2023/24.>>

Our crews have carried out 9,420 warm and safe checks, replaced 3,100 hot water bottles and fitted 740
heater guards. The council has fitted 512 mixing valves.

We check a sample of warm and safe checks every month to make sure they are being done properly, and
we meet the burns centre every quarter to go through each admission from our county. Where someone was
burned after a visit, we look at whether the check picked up the risk. Most of the burns that still
happen involve things we did not ask about at first, such as microwaved heat packs, so the checklist has
been updated twice.
"""),
        ("stakeholders", "Involvement", """
<<S:Burns nurses from the centre came to three watch training days and helped crews decide which items
to look for, using photographs of the real injuries they had treated.>> <<S:Firefighters on the first
stations to try the check said that the original form took too long in a cluttered home, so it was cut
to six questions.>> <<S:The council's occupational therapists and the home improvement agency agreed
the referral route for mixing valves and changed their own priority criteria so that people with
reduced sensation are seen first.>>

We did not run focus groups with older people for this project, as the prevention visit itself was the
way we reached them. Every household visited is left a leaflet and sent a follow-up letter. We sent a
short survey to 300 households after their visit and most found the advice useful, so the check stayed
as it was. We intend to set up an older people's reference group for our prevention work next year.
"""),
        ("value", "Value", """
A new hot water bottle and cover costs us £4.20 and a heater guard about £28. A skin graft and a stay
in a burns centre costs tens of thousands of pounds, and for a frail older person a serious burn can
mean never going home. The checks fit into visits we were already doing.

For the council, fewer burns means fewer safeguarding enquiries that turn out to be accidents, and fewer
older people needing extra care after a stay in hospital. For our crews, the check has made home safety
visits feel more worthwhile, because they are dealing with risks people recognise in their own homes.

The whole programme has been funded within existing budgets. Hot water bottles and heater guards are
bought from our prevention budget, which was previously spent mostly on smoke alarms that are now
supplied through other routes. The mixing valves are funded through the council's disabled facilities
grant, which already allowed for small adaptations but had rarely been used for this purpose.
"""),
        ("spread", "Spread", """
The regional burns centre has shared our warm and safe check with the other three fire services it
serves, two of which have added it to their visits. We have presented it to the national fire chiefs'
prevention group, and the council has included hot water safety in its advice to home care providers.

What we have learned is that a fire service can do much more for older people's safety than prevent
fires. Our crews are trusted, they are welcomed into homes that other services struggle to reach, and
they are practical. Given good information from the burns centre about what is actually hurting people,
they can make small changes in a home that prevent very serious injuries. We would encourage any fire
service to ask its regional burns centre for the same information we were given, because the pattern of
injuries will be different in every area, and the checks should follow it.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1625  recurrent leg cellulitis and lymphoedema - docx - rubric headings -
#        university with the community trust's lymphoedema service and a
#        lymphoedema support group - patients involved - NO staff
#        involvement (nurses trained, a named lecturer doing her job, GPs
#        updated) - a change told as 'halved'
# ---------------------------------------------------------------------------
entry(
    id="I1625", format="docx", layout="rubric_headings", topic="recurrent_cellulitis_lymphoedema",
    project="independent102-breakthecycle-1625", docx_font="Calibri",
    title="Break the Cycle: preventing repeat cellulitis in swollen legs",
    cover=[
        "Lead entrant: University of Castlebridge, School of Nursing and Allied Health",
        "Partners: Castlebridge and Wend Community NHS Trust (Lymphoedema Service); Castlebridge Lymphoedema Support Group",
        "Contact: Senior Lecturer in Adult Nursing",
    ],
    primary_entrant=dict(name="University of Castlebridge", type="university"),
    partners=[
        dict(name="Castlebridge and Wend Community NHS Trust", type="nhs_trust"),
        dict(name="Castlebridge Lymphoedema Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "Context: the safety problem and why it mattered", """
Cellulitis is a skin infection that often starts in a leg that is already swollen. It is one of the
most common reasons for emergency admission in older adults, and people who have had it once are very
likely to get it again. Each episode damages the lymph vessels further, the leg swells more, and the
next infection becomes more likely. Some people are admitted three or four times a year, with courses
of intravenous antibiotics each time.

A study our school carried out in 2021 with the lymphoedema service found that most people admitted
with repeat cellulitis in Castlebridge had never been referred for lymphoedema assessment, had never
been measured for compression garments, and had not been told how to look after the skin on their legs.
Athlete's foot, a common cause of the small cracks through which infection enters, was rarely looked
for. Many people said they had been told that their legs were 'just fat' or that swelling was normal at
their age.

The university does not run any clinical services, but we had the research and the evaluation skills,
and we had students on placement in district nursing who saw these patients every day.

There was a clear safety element in all of this. Each admission for cellulitis carries the risks of any
hospital stay for an older person: falls, delirium, hospital-acquired infection and loss of mobility.
Intravenous antibiotics bring their own risks, including line infections and Clostridioides difficile.
Some people had been given several different antibiotics over a few years, with growing concern about
resistance. And a small number of people had repeated 'cellulitis' that was in fact something else, such
as venous eczema or a blood clot, which nobody had stepped back to look at.

The lymphoedema service was small and had a waiting list of several months. Without a clear way of
picking out the people at highest risk, the service could not see them fast enough to break the cycle.
"""),
        ("evidence", "Evidence of improvement: data and outcomes", """
The programme started in March 2023. Anyone admitted with leg cellulitis to Castlebridge General who
has had a previous episode is now referred to the lymphoedema service before discharge. They are seen
within four weeks, assessed and fitted with compression, taught a daily skin routine, and checked and
treated for athlete's foot. Those who have had three or more episodes in a year are offered
preventive antibiotics after discussion with their GP.

<<Q:Among the 214 people in the programme, repeat admissions for cellulitis in the twelve months after
referral halved compared with the twelve months before.>> <<Q:Bed days for cellulitis in this group fell
from 1,530 to 690.>> <<Q:The proportion of people wearing compression most days went from 22% at referral
to 71% at one year.>>

Our evaluation was carried out by an independent research fellow in the school and has been accepted for
publication.

Some people did not benefit. About one in seven of those referred did not attend or stopped wearing
their compression within a few weeks, most often because they could not get it on or off without help.
This group had the highest readmission rate, and we have since worked with the trust to offer
easy-on garments and help from the district nursing team for those who live alone.
"""),
        ("stakeholders", "Stakeholder engagement: patients, carers and staff", """
<<P:The Castlebridge Lymphoedema Support Group helped design the programme from the start: members
described what had gone wrong in their own care, and their accounts shaped the referral criteria.>>
<<P:They also tested the daily skin routine card, and asked us to remove the advice to 'check between
your toes' for people who cannot reach their feet and replace it with 'ask someone, or use a mirror on a
stick'.>> <<P:Two members came to the first training sessions and spoke about living with swollen legs,
and they rewrote the section of the course on how to talk about weight after hearing how the first
version sounded.>>

District nurses and ward nurses attended a half-day training course run by the school, and 180 nurses
have now completed it. Dr Hannah Ossei, the senior lecturer who led the project, designed and delivered
the course and the evaluation. GPs were updated on the referral route by a letter from the trust's
medical director.
"""),
        ("value", "Value: cost, efficiency and experience", """
A cellulitis admission costs around £3,000. The bed days saved in the first year are worth far more than
the cost of the lymphoedema service's extra clinic sessions, which were funded through the university's
knowledge exchange budget for the first year and are now paid for by the trust. Compression garments are
prescribed in the usual way.

Members of the support group say that for the first time they feel that their legs are being taken
seriously.

There are savings beyond the hospital as well. People who are not repeatedly admitted are less likely
to lose their mobility and need care at home. Several members of the support group have returned to
work, to volunteering or to swimming, which many had given up because of the embarrassment of their
swollen legs.
"""),
        ("spread", "Spread and sustainability", """
The referral route is now part of the trust's standard discharge pathway. The training course is
included in the school's post-registration programme and is open to nurses from other trusts. The
regional lymphoedema network has shared our referral criteria with its member services.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1626  surgical site infection after hip and knee replacement found after
#        discharge - pdf - two columns - integrated care board with the acute
#        trust's orthopaedic service, the local pharmaceutical committee and a
#        GP federation - patients and staff involved - a change shown as a
#        shift on an SPC chart - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1626", format="pdf", layout="two_column", topic="joint_replacement_ssi_after_discharge",
    project="independent102-jointwatch-1626", pdf_font="LiberationSerif",
    title="Joint Watch: catching wound infection after hip and knee replacement once patients are home",
    cover=[
        "NHS Tamar Heath Integrated Care Board (lead), with Tamar Heath Hospitals NHS Trust (Trauma and Orthopaedics, Infection Prevention and Control), Tamar Heath Local Pharmaceutical Committee and Tamar West GP Federation",
        "Entry by the Associate Director of Quality and Patient Safety, NHS Tamar Heath ICB",
    ],
    primary_entrant=dict(name="NHS Tamar Heath Integrated Care Board", type="icb"),
    partners=[
        dict(name="Tamar Heath Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Tamar Heath Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Tamar West GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "The problem", """
Most people who have a hip or knee replaced now go home within two or three days. That is good for
them, but it means that almost all wound infections show up after discharge, when the surgical team is
no longer watching. A deep infection around a new joint is one of the worst complications in
orthopaedics. It can mean months of antibiotics, more operations, and sometimes removing the joint.

Before this work, nobody in Tamar Heath had a full picture of these infections. A patient with a red,
leaking wound might ring the ward, see a practice nurse, go to an urgent treatment centre or buy a
dressing at the pharmacy. Many were given a short course of antibiotics by a GP without a wound swab,
which can hide a deep infection until it is much harder to treat. The surgeons often heard about it
only when the patient came back months later with a failing joint.

The ICB's patient safety team picked this up in 2022 after two serious incidents in which a deep
infection was treated as a simple skin infection for several weeks.

The ICB was well placed to bring people together because the problem crossed every boundary it
commissions: the hospital that does the operation, the GP practices and pharmacies that patients turn to
first, and the urgent care services that see them at weekends. None of those services was doing
anything wrong on its own terms. The harm came from the gaps between them.
"""),
        ("evidence", "What has improved", """
Since April 2023 every patient goes home with a wound card and a text message link to a short online
check on days 7, 14 and 30. If they report redness spreading, leaking, fever or new pain, the
orthopaedic wound nurse rings them the same day and sees them in a next-day clinic if needed. GPs and
community pharmacists have agreed not to start antibiotics for a wound within six weeks of a joint
replacement without speaking to the wound nurse first, using a direct phone line.

<<Q:The trust's monthly statistical process control chart of deep infections after hip and knee
replacement showed a sustained shift below the previous average from September 2023, with nine months
in a row under the old mean.>> <<Q:Antibiotics prescribed in primary care for these wounds without a swab
or specialist advice dropped from 61 courses in 2022/23 to 14 in 2023/24.>> <<Q:The average time from a
patient first noticing a problem to being seen by the orthopaedic team fell from 9 days to 1.5 days.>>

The online check has been completed by 2,380 patients, and 88% answered at least two of the three
check-ins.

The wound nurse also now sees every suspected infection in person, so the trust's surveillance figures
include infections that would previously have been missed. That makes honest comparison with the past
difficult, which is why we rely on the chart and on the harder measures such as readmissions for
surgery.
"""),
        ("stakeholders", "Who was involved", """
<<P:Patients who had had a joint replaced at the trust joined two design workshops and told us that
they often did not know whether redness was normal, so the wound card now shows four photographs of
wounds at different stages.>> <<P:One of them, a retired teacher, suggested sending the check as a text
message rather than through an app, and we took her advice.>> <<S:Orthopaedic ward nurses and the
infection prevention team wrote the check questions with the surgeons, and changed them after a two-month
trial showed that one question confused people.>> <<S:Community pharmacists from the LPC's clinical
subgroup and GPs from the federation agreed the 'call before antibiotics' rule and helped write the
direct line script.>>
"""),
        ("value", "Value", """
A deep joint infection can cost the NHS more than £50,000 to treat. The wound nurse post and the text
message system cost about £72,000 a year, paid for by the ICB. Patients tell us they feel safer going
home knowing someone will check on them.

The 'call before antibiotics' rule has had wider benefits. GPs tell us they value having a specialist to
speak to, and the wound nurse has been able to spot and sort out problems that were not infection at
all, such as reactions to dressings or stitches, which would otherwise have been treated with
antibiotics. Fewer unnecessary antibiotics also means fewer side effects and less risk of resistant
infections, which matter particularly for someone with a metal joint.
"""),
        ("spread", "Spread", """
The trust has extended Joint Watch to patients having shoulder replacements and spinal surgery. The ICB
has shared the model with the regional surgical site infection surveillance group, and a neighbouring
system is adapting it for caesarean section wounds.

The main lesson for other systems is that surgical site infection after discharge is not only a
hospital problem. Most of the decisions that shape what happens to an infected wound are taken in
primary care and pharmacies, by people who never see the surgical team. Giving them a fast route to
specialist advice, and asking them to use it before reaching for antibiotics, has mattered more than any
change inside the hospital. We would also say: measure it honestly. Our reported infection numbers went
up at first, because we were finally finding the infections that had always been there.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1627  moisture damage and incontinence-associated dermatitis on acute wards
#        - docx - bullet lists - ONE acute trust on its own (its own tissue
#        viability, continence and pharmacy teams named as 'partners')
#        (ineligible) - patients and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1627", format="docx", layout="bullet_lists", topic="acute_ward_incontinence_associated_dermatitis",
    project="independent102-skinfirst-1627", docx_font="Calibri",
    title="Skin First: reducing incontinence-associated dermatitis on our medical and older people's wards",
    cover=[
        "Lead organisation: Greyfriars Hospitals NHS Trust",
        "Partnership between the Trust's Tissue Viability Service, Continence Advisory Service, Pharmacy and Procurement teams and eight medicine and older people's wards",
        "Contact: Lead Nurse, Tissue Viability",
    ],
    primary_entrant=dict(name="Greyfriars Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Incontinence-associated dermatitis is the sore, red and sometimes broken skin caused by urine or faeces
on the skin. On our medical and older people's wards it was common, and often mistaken for a pressure
ulcer or missed altogether.

What we found in our point prevalence audit in 2022:

- around one in six patients on these wards who were incontinent had some moisture damage

- many were wearing pads in bed even though they had been continent at home before admission

- patients were washed with soap and water and a bowl, and towel-dried with some rubbing

- there were 14 different barrier creams and sprays in use, with no guidance on which to use when

- a third of moisture lesions had been recorded as pressure ulcers, and reported as such

The damage causes pain, disturbs sleep, increases the risk of infection and pressure ulcers, and can
affect whether someone goes home or to a care home.

Why it matters for safety:

- broken skin is a route for infection, including in people who are already very unwell

- skin damaged by moisture breaks down under pressure far more easily, so moisture lesions often become pressure ulcers

- pain and itching disturb sleep and can add to confusion and delirium in older patients

- wrongly recorded pressure ulcers lead to the wrong investigations and the wrong learning

- patients who arrive continent and leave in pads may lose the independence that would let them go home
"""),
        ("evidence", "Results", """
Skin First started in May 2023 on eight wards. It includes a continence screen on admission, removing
pads unless they are truly needed, a no-rinse cleansing foam and soft wipes, two barrier products only,
and a simple moisture damage category tool on the electronic record.

- <<Q:patients with moisture damage on the eight wards fell from 16% to 6% in repeated point prevalence audits>>

- <<Q:hospital-acquired category 2 pressure ulcers on the same wards went down from an average of 11 a month to 6 a month>>

- <<Q:pads used per patient per day dropped by 40%, saving money and releasing nursing time>>

- patients are now screened for continence within 24 hours of admission on all eight wards

- the number of different barrier products in use on these wards is now two

- the monthly skin audit is now carried out by ward staff themselves, with spot checks by tissue viability
"""),
        ("stakeholders", "Involvement of patients and staff", """
- <<S:health care assistants on two pilot wards tried out four cleansing products and chose the foam, because it was quicker and patients said it felt warmer>>

- <<S:ward sisters asked for the moisture damage tool to sit next to the pressure ulcer tool on the electronic record, and the clinical systems team moved it there>>

- <<S:the pharmacy and procurement teams worked with tissue viability to cut the range of barrier products from 14 to two>>

- <<P:patients on the older people's wards were asked what mattered most to them, and several said being put in a pad on arrival made them feel they had lost their dignity, which led to the 'no pads without a reason' rule>>

- <<P:the trust's patient partners reviewed the leaflet for families and asked for a section on how to raise concerns if a relative's skin looks sore>>

- all staff on the eight wards were trained in the new approach during ward huddles

- ward managers were sent a monthly report of their ward's audit results
"""),
        ("value", "Value", """
- the foam and barrier products cost less than the old mix of creams and sprays

- fewer pads means lower spending and less waste

- each pressure ulcer avoided saves staff time, dressings and sometimes days in hospital

- nurses say the new approach is quicker and patients say it is gentler
"""),
        ("spread", "Spread", """
- Skin First is being rolled out to surgical and orthopaedic wards during 2025

- the continence advisory service now includes Skin First in its teaching for student nurses on placement

- we have presented the work at the regional tissue viability forum

- the continence screen has been added to the trust's admission documentation for all adult wards
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1628  wound care after self-harm in young people - pdf - with appendix -
#        mental health trust with the council's school nursing service and
#        the acute trust's emergency department - young people involved - NO
#        staff involvement (school nurses trained, staff briefed, a survey
#        that changed nothing) - NO quantitative evidence (activity counts,
#        a budget, a single figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1628", format="pdf", layout="with_appendix", topic="self_harm_wound_care_young_people",
    project="independent102-carefulhands-1628", pdf_font="LiberationSerif", pdf_align="L",
    title="Careful Hands: safe wound care for young people who self-harm",
    cover=[
        "Lead entrant: Northvale Partnership NHS Foundation Trust (Children and Young People's Mental Health Services)",
        "Partners: Northvale Borough Council (Public Health 0-19 School Nursing Service); Ashgrove and Northvale Hospitals NHS Trust (Children's Emergency Department)",
        "Prepared by the Clinical Lead for Self-Harm, CYPMHS",
    ],
    primary_entrant=dict(name="Northvale Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Northvale Borough Council", type="local_authority"),
        dict(name="Ashgrove and Northvale Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we started", """
Many young people who self-harm by cutting never come to hospital. They look after their own wounds,
often in secret, with whatever they can find. When they do come to the attention of a school nurse,
a mental health worker or a GP, the conversation is usually about their mental health, which is right,
but the wound itself is often not looked at. We heard of young people with deep cuts that had not been
closed, wounds that had become infected, and scars that were far worse than they needed to be. A
14-year-old in Northvale was admitted with sepsis in 2022 from a cut on her thigh that she had been
dressing with kitchen roll for two weeks.

Staff told us they did not feel able to look at a wound, or worried that talking about wound care would
seem to approve of self-harm. Young people told us that when they were seen in the emergency department,
they sometimes felt judged and were not given advice about caring for the wound at home.

We wanted every professional who sees a young person after self-harm to be able to look at the wound
calmly, know when it needs medical treatment, and give the young person what they need to keep it
clean, without making them feel ashamed.

This meant working across three very different settings. School nurses see young people in schools and
at drop-ins, often for a short conversation between lessons. Our own mental health workers see them at
home, in clinics and sometimes in crisis. The children's emergency department sees them at the most
acute point, often late at night, and usually only once. Each had its own way of recording and its own
worries about what it was allowed to do. No single service could make the change alone.
"""),
        ("evidence", "What we have achieved", """
Since September 2023 Careful Hands has given every school nurse, every member of our community mental
health teams and the children's emergency department a shared wound assessment guide, a script for
talking about wound care without judgement, and harm-reduction wound packs that can be given to young
people. The packs contain sterile dressings, wound closure strips, saline pods, a clean towel and a card
explaining when to seek help, with numbers to call.

In the first year, 1,240 packs were given out: 610 by school nurses, 480 by mental health workers and
150 in the emergency department. 212 staff completed the training. The emergency department now records
a wound plan for every young person who attends after self-harm, and the latest audit found a wound plan
in 93% of records. The project budget for the year was £31,500. We hope to see fewer wound infections
and hospital attendances for wounds in this group, and we have set a target of every young person known
to our services having been offered a pack by the end of 2025.
"""),
        ("stakeholders", "Involving young people and staff", """
<<P:Young people from the trust's youth participation group, Voices Unheard, designed the packs with us:
they chose plain pouches that would not draw attention in a school bag and asked that the card inside did
not use the word 'self-harm' on the front.>> <<P:They also wrote the opening lines of the staff script,
after telling us that the first thing they wanted to hear was 'You are not in trouble'.>> <<P:A parent
who had found her son's wounds and not known what to do helped write the leaflet for families.>>

School nurses and mental health staff completed the training in small groups. Emergency department
staff were briefed at their handovers. We sent a questionnaire to all trained staff after six months;
most said they felt more confident, so no changes were made.
"""),
        ("value", "Value", """
A pack costs £6.80. An admission with an infected wound or a scar revision costs many times that. Most
important is that young people are more likely to stay in contact with services when they feel they
are treated with care.

The packs are stored in school nursing bases, our community team offices and the emergency department,
and restocked monthly by our administrator. The training is now part of induction for new school nurses
and new mental health staff, so it does not depend on a one-off project.
"""),
        ("spread", "Spread", """
The guide and script have been shared with the regional children and young people's mental health
network, and two neighbouring trusts have asked to use them. The council is including the packs in its
school nursing service specification from April 2025.

We are aware that some people see harm-reduction wound packs as controversial. Our answer has been that
young people who self-harm will care for their wounds whether or not we help them, and that giving them
the means to do it safely, along with a relationship with someone who is looking out for them, is far
safer than leaving them to manage with kitchen roll and silence.
"""),
    ],
    trailer=[
        ("heading", "Appendix: contents of the Careful Hands pack and sources of figures"),
        ("para", "Pack contents: six sterile non-adherent dressings, one pack of wound closure strips, four saline pods, a small clean towel, a disposal bag and a help card with the 24-hour crisis line and NHS 111."),
        ("para", "Pack and training figures come from the trust's own project records. The emergency department audit was carried out by the department's nursing team in August 2024. The budget figure includes packs, printing and training time."),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1629  facial burns and fires in home oxygen users who smoke - docx - form -
#        ambulance service with the community home oxygen service and the fire
#        and rescue service - oxygen users and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1629", format="docx", layout="form_table", topic="home_oxygen_smoking_burns",
    project="independent102-oxygenaware-1629", docx_font="Calibri",
    title="Oxygen Aware: preventing burns and fires among people who use home oxygen",
    cover_table=[
        ("Title of entry", "Oxygen Aware: preventing burns and fires among people who use home oxygen"),
        ("Lead organisation", "Southmoor Ambulance Service NHS Trust"),
        ("Partner organisations", "Pelham Community NHS Trust (Home Oxygen Assessment and Review Service); Southmoor Fire and Rescue Service"),
        ("Name and role of entrant", "Consultant Paramedic, Clinical Safety"),
    ],
    primary_entrant=dict(name="Southmoor Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Pelham Community NHS Trust", type="nhs_trust"),
        dict(name="Southmoor Fire and Rescue Service", type="emergency_service"),
    ],
    sections=[
        ("context", "What was the problem and why was a partnership needed?", """
Around 3,400 people in the Southmoor area have oxygen at home, mostly for chronic lung disease. Oxygen
does not burn on its own, but it makes anything nearby burn much faster and hotter. When someone smokes
or lights a gas hob while wearing their oxygen tubing, the tubing, their clothes, or their face can
catch light in seconds. The burns are usually to the face, nose and hands, and they can damage the
airway. Fires that start this way can spread through a house very quickly.

Our crews were attending these incidents without anyone else knowing about them. In 2021/22 our
paramedics treated 23 people with burns caused by home oxygen, two of whom died. The home oxygen service
often did not find out until months later, when the person's oxygen review came round. The fire
service attended some of the same homes but only when there had been a fire, and its records did not
link to either health service.

Nobody owned the risk. The oxygen service assessed smoking when oxygen was first prescribed, but people's
habits change, and a relative or carer who smokes can be just as dangerous. Ambulance crews saw the
homes every week but had no way to pass on a concern except a safeguarding referral, which did not fit.

People who use home oxygen are often very breathless, housebound and dependent on family. Many have
smoked for fifty years or more. Some are told when oxygen is first prescribed that they must not smoke,
agree, and then go on smoking in secret because stopping feels impossible. Others live with a partner or
adult child who smokes in the same room. A warning letter does little to change that, and threatening to
remove oxygen can put the person at risk of a different kind of harm.
"""),
        ("evidence", "What evidence is there that the work has improved safety?", """
Since July 2022 any ambulance crew who attends a home with oxygen and sees signs of smoking (ash trays,
burn marks on tubing or clothes, cigarette smell) can make an 'Oxygen Aware' referral through the
electronic patient record. It goes to both the home oxygen service and the fire service the same day.
The fire service visits within seven days to fit smoke alarms and fire breaks on the oxygen tubing, and
the oxygen service reviews the prescription and offers stop smoking support, with the person's consent.

<<Q:Burns caused by home oxygen attended by our crews fell from 23 in 2021/22 to 9 in 2023/24.>>
<<Q:House fires involving home oxygen attended by the fire service in the same area fell from 11 to 4
over the same two years.>> There have been no deaths from home oxygen fires in Southmoor since
October 2022.

Crews have made 518 referrals. The fire service has fitted fire breaks in 1,960 homes, which is now
standard for every new oxygen user.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<P:The Southmoor Breathe Well group, whose members use home oxygen, spent an evening with us going
through the home visit leaflet, and they told us the word 'ban' would make people hide their smoking,
so the leaflet now talks about 'safer ways' instead.>> <<P:Several of them admitted that they had
smoked with their oxygen on, and what they told us about when and why, usually first thing in the
morning or after bad news, shaped the timing of follow-up calls.>>

<<S:Paramedics from three stations helped design the referral question on the electronic record, and
after the first month they asked for a free text box to describe what they saw, which was added.>>
<<S:Fire service home safety officers and oxygen nurses held joint case reviews every quarter and changed
the visit order so that the fire service goes first when smoking is confirmed.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and what is the value for money?", """
Fire breaks cost about £14 each and are supplied by the oxygen contractor. The referral uses the
existing electronic record. A single serious facial burn can need weeks in a burns unit, and a house
fire can cost lives and homes, including neighbours'.

Crews say they feel they can do something useful, not just treat the burn. Oxygen users say the visits
felt helpful, not like a telling off.

The joint work has also helped beyond oxygen. Fire service home safety visits to oxygen users often
pick up other risks, such as overloaded sockets, blocked exits and people who cannot hear a smoke alarm,
and the oxygen nurses now ask about fire safety at every review. Crews are more aware of the homes
where they may be walking into a higher fire risk.
"""),
        ("spread", "How has the work been shared and spread?", """
Oxygen Aware is now used by the two neighbouring ambulance services and their fire services. The
national home oxygen clinical network has included the referral route as an example in its guidance,
and we have presented it at the national ambulance clinical safety conference.

Other services thinking of doing the same should start by agreeing a single referral that reaches both
the oxygen service and the fire service at once. Our early attempts, where crews were asked to contact
each one separately, were rarely completed at the end of a long shift. One click that goes to both is
what made the difference.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1630  pressure ulcers in people sleeping in chairs in temporary
#        accommodation - pdf - numbered questions - council housing service
#        with the community trust's tissue viability team and a housing
#        charity - staff involved - NO patient involvement (residents as
#        beneficiaries, residents told, a survey that changed nothing, a
#        plan) - NO quantitative evidence (counts, a single figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1630", format="pdf", layout="numbered_questions", topic="temporary_accommodation_chair_sleeping_pressure_ulcers",
    project="independent102-aproperbed-1630", pdf_font="DejaVuSans", pdf_align="L",
    title="A Proper Bed: preventing pressure damage in people living in temporary accommodation",
    cover=[
        "Lead organisation: Lowmere City Council, Housing Needs and Temporary Accommodation Service",
        "Partners: Lowmere Community Health NHS Trust (Tissue Viability and Community Nursing); Haven Lane Housing Trust",
        "Entry prepared by the Temporary Accommodation Manager",
    ],
    primary_entrant=dict(name="Lowmere City Council", type="local_authority"),
    partners=[
        dict(name="Lowmere Community Health NHS Trust", type="nhs_trust"),
        dict(name="Haven Lane Housing Trust", type="charity"),
    ],
    sections=[
        ("context", "1. What was the safety problem?", """
Lowmere has around 1,100 households in temporary accommodation: bed and breakfast rooms, shared houses
and former offices converted into studio flats. Some of the people we place are older or disabled, or
are recovering from an illness, and a growing number have been discharged from hospital with nowhere
else to go.

In 2022 the community nursing service raised with us that it had found four people in temporary
accommodation with severe pressure ulcers, all of whom had been sleeping in an armchair or a wheelchair.
In some cases the room had a bed that was too high, too narrow or too soft for them to get into or out of
safely. In others there was a bed but no space to move a wheelchair next to it. One man had slept in his
wheelchair for five months and was admitted to hospital with a category 4 ulcer on his sacrum.

None of this was visible to the council. Our placement process asked about mobility but not about
sleeping, and the housing officers who visit temporary accommodation were not trained to notice skin
damage or ask about it. The community nurses did not know which addresses were temporary placements, or
who to call at the council.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since March 2023 every placement of someone with a mobility problem includes a simple 'sleep and sit'
question set: where will this person sleep, can they get in and out of bed safely, and do they spend
most of the day in a chair? If the answer raises a concern, the tissue viability team is asked to assess
within five working days, and Haven Lane Housing Trust, which manages many of our placements, can supply
a suitable bed or profiling bed and mattress from a shared equipment store.

In the first eighteen months 386 people were asked the questions and 94 were referred to tissue
viability. 71 beds and 58 pressure-relieving mattresses were delivered. Housing officers have completed
the online skin awareness module, and 42 officers have been trained so far. In the last six months the
community nursing team has reported one new pressure ulcer in a person in temporary accommodation. We
are aiming for every placement to include the question set by the end of 2025, and funding of £40,000 has
been agreed for more equipment.
"""),
        ("spread", "3. How has the work been shared?", """
The question set has been added to the regional temporary accommodation standards being drafted by the
councils in the county. We have shared the equipment store agreement with two other councils and
presented the work at a regional homelessness and health meeting.
"""),
        ("value", "4. What is the value of the work?", """
A bed and mattress costs around £600 and can be reused. A hospital stay for a severe pressure ulcer
costs many thousands of pounds, and a person with an open wound often cannot move on to settled housing
until it heals, which means longer and more costly stays in temporary accommodation.
"""),
        ("stakeholders", "5. Who was involved, and how were patients and staff involved?", """
<<S:Housing officers and the tissue viability nurses wrote the question set together over three
meetings, and the officers asked for it to be shortened to three questions so it could be asked during
the placement phone call.>> <<S:Haven Lane's property managers suggested keeping the shared equipment
store at their depot, which meant beds could be delivered the next day.>> <<S:Community nurses reviewed
each referral for the first three months and changed the threshold for a visit after finding too many
people were referred who did not need one.>>

Residents in temporary accommodation are the people this protects. Residents were told about the
scheme in their placement letters. We asked people placed in the first six months to complete a short
survey, which was broadly positive, so the process was kept as it was. We are planning to invite people
with experience of temporary accommodation to our housing panel in 2025.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1631  malignant fungating wounds at home - docx - style headings with a
#        cover table - a hospice on its own (its own teams listed; 'none'
#        under partners) (ineligible) - patients, families and staff
#        involved
# ---------------------------------------------------------------------------
entry(
    id="I1631", format="docx", layout="style_headings", topic="malignant_fungating_wounds_home",
    project="independent102-dignitywounds-1631", docx_font="Cambria",
    title="Living Well With a Cancer Wound: safer care of fungating wounds at home",
    cover_table=[
        ("Entry title", "Living Well With a Cancer Wound: safer care of fungating wounds at home"),
        ("Lead organisation", "St Aldwyn's Hospice, Corrigan Bay (registered charity)"),
        ("Partner organisations", "None. The project was delivered by the hospice's Community Nurse Specialist team, Hospice at Home service, pharmacy and Family Support team."),
        ("Entrant", "Director of Clinical Services, St Aldwyn's Hospice"),
    ],
    primary_entrant=dict(name="St Aldwyn's Hospice", type="charity"),
    partners=[],
    sections=[
        ("context", "Context", """
A fungating wound is a cancer that has grown through the skin. It is most common in advanced breast
cancer and head and neck cancer, and it can bleed, leak heavily, smell and become infected. For the
person living with it, and for their family, it can be frightening and isolating. Some stop going out or
seeing friends. Some hide the wound even from their own nurse.

When we reviewed the care of people with fungating wounds who died under our community team in 2022, we
found that many dressing plans were not working. Families were changing soaked dressings several times
a day and night. There was no plan for a sudden major bleed, which is one of the most distressing events
a family can witness. Odour was being managed with air fresheners rather than treated. Two people had
been admitted to hospital in their last weeks with a bleeding wound, against their wishes to die at
home.

Our nurses told us they felt under-prepared. Fungating wounds are rare enough that a community nurse may
see only a few in a career, and each one is different. The dressings that work best are often not on the
standard community formulary and took days to obtain. Out of hours, the person answering the phone did
not always know the patient had a wound at risk of bleeding.

Because all of the care in this project is given by the hospice's own teams, we were able to change
things quickly. The difficulty was not permission but knowledge: we needed to learn from the people
living with these wounds what actually mattered to them.
"""),
        ("evidence", "Evidence of improvement", """
From April 2023 every person on our community caseload with a fungating wound has a wound plan written
with a hospice nurse specialist, reviewed at least weekly. It covers the dressing, pain relief before
changes, odour control with topical metronidazole or charcoal dressings, and a bleeding plan: dark towels
in the house, a crisis pack with haemostatic dressings, and a clear number to ring at any hour.

<<Q:Families reported changing dressings a median of 4 times a day before the plan and once a day
after.>> <<Q:Unplanned hospital admissions because of a bleeding or infected wound fell from 9 in 2022 to
2 in 2024.>> <<Q:The proportion of people with a fungating wound who died in their preferred place went
from 58% to 83%.>>
"""),
        ("stakeholders", "Involving patients, families and staff", """
<<P:Three women living with fungating breast wounds met our nurse specialists privately and told us that
the smell was what they minded most, so odour was put at the top of every plan rather than the
bottom.>> <<P:Bereaved relatives from our family support groups helped design the bleeding plan
leaflet, and asked for it to say plainly that a bleed can be quiet and that it is not the family's
fault.>>

<<S:Hospice at Home care assistants, who change most of the dressings at night, tried out four
absorbent dressing combinations and chose the two we now stock.>> <<S:Our pharmacist and nurse
specialists agreed the contents of the crisis pack after community nurses said the first version had
too many items to find in a hurry.>>
"""),
        ("value", "Value for money", """
The crisis pack costs about £22 and the dressing changes are cheaper than before because fewer are
needed. Each hospital admission avoided in the last weeks of life saves money but, much more importantly,
allows a person to die where they chose.

Fewer dressing changes also mean less pain for the patient and less time for our Hospice at Home team,
who can now spend more of each visit on the things families value most, such as helping with personal
care, giving a carer a break or simply sitting with the person. Families have told us that the bleeding
plan took away one of their greatest fears, even in the many cases where a bleed never happened.
"""),
        ("spread", "Sharing learning", """
We have shared our wound plan and bleeding plan leaflet with the regional palliative care network and
with the community nursing teams in our area. We spoke about the work at a national hospice nursing
conference in 2024.

We would like to work with the local acute trust's oncology and breast care teams in future, so that
people with a fungating wound are known to us earlier, while they are still having treatment. For now,
the project has been delivered entirely within the hospice, and we recognise that this limits how far it
reaches people who are not yet under our care.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1632  wound infections after day surgery seen in GP extended access hubs -
#        pdf - bullet lists - GP federation with the acute trust's day surgery
#        unit and the local pharmaceutical committee - NO stakeholders section
#        (staff involvement told in the context section) - NO patient
#        involvement (patients sent texts, a leaflet, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1632", format="pdf", layout="bullet_lists", topic="day_surgery_wound_infection_gp_hubs",
    project="independent102-afterdaysurgery-1632", pdf_font="LiberationSans", pdf_align="L",
    title="After Day Surgery: a direct route for wound worries",
    cover=[
        "Eastmarch GP Federation (lead)",
        "In partnership with Eastmarch and Dunford Hospitals NHS Trust (Day Surgery Unit) and Eastmarch Local Pharmaceutical Committee",
        "Contact: Clinical Director, Eastmarch GP Federation Extended Access Service",
    ],
    primary_entrant=dict(name="Eastmarch GP Federation", type="primary_care"),
    partners=[
        dict(name="Eastmarch and Dunford Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Eastmarch Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why we did this", """
Our federation runs extended access hubs in three towns, open evenings and weekends. We noticed that
many of the people booked into the hubs with a 'wound problem' had had day surgery a few days before:
hernia repairs, varicose vein procedures, gallbladder removal, and minor skin surgery.

What we found when we looked at six months of hub records in 2022:

- the hub clinicians usually had no operation note and did not know what type of wound it was or what dressing was used

- most were given antibiotics, often without a swab, and a few were sent to the emergency department because the clinician was unsure

- the day surgery unit did not hear about any of these patients, so its own infection figures were far too low

- two people with a deep infection after hernia mesh repair were treated for a skin infection for more than a week

- <<S:our hub nurses, who had been raising this at team meetings for months, mapped these cases with the day surgery unit's nurses and together designed the new route>>

What After Day Surgery does, since June 2023:

- the day surgery unit sends a one-page wound summary to the hubs' shared record for every patient on discharge

- hub clinicians can call the day surgery nurse on a direct line until 8pm, or the surgical registrar after that

- community pharmacists use an agreed checklist when someone comes in with a wound problem after day surgery, and book them straight into a hub slot if needed

- every suspected infection is reported back to the day surgery unit

Before this, a patient with a worrying wound at 7pm on a Saturday had three choices: wait until Monday
to ring the practice, go to the emergency department, or book into a hub where the clinician knew
nothing about their operation. Most chose the hub, and most came away with antibiotics. That is not a
criticism of the hub clinicians, who were making the safest decision they could with almost no
information. It was a gap in how information flowed after discharge.
"""),
        ("evidence", "Results", """
- <<Q:antibiotic courses for post-operative wounds started in the hubs fell from 287 in the year before to 143 in the first year>>

- <<Q:referrals from the hubs to the emergency department for day surgery wounds fell from 64 to 19>>

- <<Q:the day surgery unit's recorded surgical site infection rate went up from 0.6% to 2.1% because cases are now being reported, and this has led to changes in skin preparation for hernia repairs>>

- 1,130 hub appointments for wound problems after day surgery were booked in the first year

- patients are sent a text message with the direct route on the day of discharge and given a leaflet
"""),
        ("value", "Value", """
- the wound summary and direct line use existing staff and systems

- fewer antibiotics means less risk of side effects and resistance

- each emergency department visit avoided saves a patient several hours and the NHS the cost of an attendance

- the day surgery unit now has a true picture of its infection rate, which it did not have before, and can act on it

- hub clinicians say they feel more confident making decisions about wounds they previously felt they were guessing about
"""),
        ("spread", "Spread", """
- the trust is extending the wound summary to its inpatient surgical wards

- we have shared the pharmacy checklist with the other GP federations in the county

- we hope to ask patients who have used the route to help us improve it next year
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="stakeholders"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)
