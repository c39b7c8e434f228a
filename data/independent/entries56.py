"""Fifty-sixth independent evaluation set (I881..I896) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing care providers' associations,
councils, older people's charities, community and acute trusts, a mental health trust,
an ambulance service, GP federations, primary care networks, a pharmaceutical committee,
an integrated care board, a university and the odd private care company send in, in
their own voices and at their own length.  The theme of this set is care homes, home
care and adult social care: medicines at home, pressure ulcers, hydration, falls,
deterioration and hospital discharge, led as often by councils, care providers'
associations and charities as by the NHS.

Topics: continence pads and moisture damage to the skin of care home residents (a
community trust bladder and bowel service, rubric headings), checking skin when people
move between hospital, care homes and home care (a care association, own headings),
older people who sleep in their armchair at night (an older people's charity, no
headings, long), medicines missing when care homes change over to a new 28-day cycle (a
GP federation, a form), creams and other topical medicines applied by home care workers
(a private home care company as primary entrant, numbered questions with cover
bullets), home care packages cancelled while people are in hospital (a council adult
social care team, bold headings with a cover table), drinking enough in residential care
homes (a university lead, two columns), worn-out slippers noticed by ambulance crews
after a fall (an ambulance service, CAPS headings), falls in the first month after moving
into a care home (a private care home group as primary entrant, lists), delirium in care
home residents (a mental health trust, style headings, no evidence section), medicines on
the first evening home for people leaving hospital with a new home care package (an acute
trust pharmacy, a pdf made from Word), night-time turns for people cared for in bed at
home (an integrated care board, a form with no spread section), constipation in care
home residents (a council care quality team, results first), paracetamol from more than
one source in people who have home care (a pharmaceutical committee, with appendix), GP
care for people in interim care home beds after hospital (a primary care network,
numbered questions) and a review within 72 hours after a fall for people with home care
(teams of one council, no partner, short lists).

Lead types and layouts: I881 nhs_trust (community), docx rubric_headings; I882 charity
(care association), pdf own_headings; I883 charity (older people), docx no_headings; I884
primary_care (GP federation), pdf form_table; I885 private, docx numbered_questions with
cover bullets; I886 local_authority, docx bold_headings with a cover table; I887
university, pdf two_column; I888 emergency_service (ambulance), pdf caps_headings; I889
private, pdf bullet_lists; I890 nhs_trust (mental health), docx style_headings; I891
nhs_trust (acute), pdf style_headings via soffice; I892 icb, docx form_table; I893
local_authority, docx reordered; I894 primary_care (LPC), pdf with_appendix; I895
primary_care (PCN), pdf numbered_questions; I896 local_authority (no partner), docx
bullet_lists.

Flags: no_patient_involvement I882, I889, I891, I893; no_staff_involvement I886, I888,
I894; no_quantitative_evidence I884, I887 (a measured change told only in the value
section), I891, I896; ineligible I885 (private lead), I889 (private lead), I896 (no
partner); missing_section I890 (evidence, with measured changes told in the value
section) and I892 (spread).

Build it with

    .venv/bin/python data/independent/build.py --set 56   (writes data/corpus/independent56/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (a measured change in an outcome: a baseline and an
                   after value, or a stated change such as 'halved' or 'a third fewer')
  <<P:sentence>>   patient / carer / family / service-user / resident / lived-experience
                   involvement
  <<S:sentence>>   staff involvement (any staff group, including partners' staff, who
                   co-designed, tested, were consulted, governed the work or gave feedback
                   that changed it)
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are joined with
a single space.  A paragraph starting with "- " is a bullet item.

Labelling conventions (as in entries29.py and entries31.py):
  * not Q: dates, financial years, bed/ward/home/practice counts, headcounts, numbers
    trained, activity counts (visits, calls, referrals, checks, reviews, pairs of
    slippers, people screened or identified), single figures with no baseline, a zero
    with no earlier figure, figures that did not change, budgets, costs and savings
    estimates, phone numbers, postcodes, reference numbers, targets not yet reached,
    plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('halved', 'a third fewer', a sustained shift on a run or SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, residents, 'interim residents', 'the armchair
    club', unusual job titles such as cooks, housekeepers, dispensers and prescription
    clerks, list items), wherever in the entry it is told;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters or packs,
    plans and intentions, negations, unnamed 'stakeholders', organisations agreeing or
    funding, a single named lead doing their job, volunteers or staff only delivering
    the service, audiences at launches and meetings that were only updated, surveys,
    questionnaires and feedback cards after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP federations, primary care networks and local pharmaceutical
committees are primary_care; care associations, care home managers' networks, homecare
providers' networks and forums and older people's charities are charity; a university
is university; home care companies, care home groups and continence product suppliers
are private).  A department or team of the entrant's own organisation is not a partner.
Flags are written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I881  continence pads and moisture damage in care homes - docx - rubric
#       headings - community trust bladder and bowel lead nurse, careful -
#       community trust with the council, a care providers' alliance and a
#       pad supplier - residents (told in the context section), a daughter
#       and staff involved - 'halved' and a run chart shift - no flags
# ---------------------------------------------------------------------------
entry(
    id="I881", format="docx", layout="rubric_headings", topic="care_home_continence_moisture_skin_damage",
    project="independent56-dryandintact-881", docx_font="Calibri",
    title="Dry and Intact: continence care and skin damage in Brackenbury care homes",
    cover=[
        "Lead organisation: Brackenbury Community Health NHS Trust, Bladder and Bowel Service",
        "Partners: Brackenbury and Wold County Council (Adult Social Care Commissioning); Brackenbury Care Providers' Alliance; Hallam Continence Supplies Ltd",
        "Submitted by the Lead Nurse, Bladder and Bowel Service",
    ],
    primary_entrant=dict(name="Brackenbury Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Brackenbury and Wold County Council", type="local_authority"),
        dict(name="Brackenbury Care Providers' Alliance", type="charity"),
        dict(name="Hallam Continence Supplies Ltd", type="private"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
About 2,300 people live in the 61 care homes in Brackenbury and Wold, and around three quarters of
them need some help with continence. Their pads are supplied by the NHS. In principle a continence
nurse assesses each resident, chooses a product and agrees how many are needed each day, and the
supplier delivers to the home every twelve weeks. By 2021 the system had drifted a long way from
that. Many assessments were more than three years old. Most homes had been given a flat allowance of
three pads per resident per day, whatever the person's needs. When stock ran short towards the end of
a delivery cycle, staff rationed pads or doubled them up, and some homes bought cheap products from
the supermarket to fill the gap.

The effects showed up on residents' skin. Moisture-associated skin damage, the red, sore and
sometimes broken skin caused by long contact with urine or faeces, is painful, is easily confused with
a pressure ulcer and often turns into one. When the trust's tissue viability nurses reviewed the 118
pressure ulcers of category 2 or worse reported in care home residents in 2021, they judged that
moisture had played a significant part in 52 of them. The council's quality monitoring visits kept
recording the same things: out-of-date assessments, pads that were the wrong size, and deliveries that
arrived on the wrong day or not at all.

<<P:A good deal of what we learned at the start came from five residents of Larchfield House, who agreed
to wear different products over a month and then told our nurse, very frankly, which ones leaked, which
ones rustled and which ones they would rather not be seen in.>> <<P:Their verdicts are the reason the
range we now offer includes a slimmer daytime product and a separate night product.>>

The partnership was formed in April 2022 with four goals: every resident who uses pads to have a
continence assessment less than a year old; products that fit and absorb enough for the person wearing
them; no home running out of stock; and fewer residents with moisture damage and pressure ulcers. The
council joined because it commissions the homes and had seen the pattern on its visits, the Care
Providers' Alliance because its members deal with the consequences every day, and the supplier because
the way products were allocated and delivered was part of the problem.

In practice this meant four changes. Each home now has one or two continence link carers, trained by
our nurses, who reassess residents every six months using a short tool, with a nurse checking and
signing off the result. Allowances are set for each resident from their assessment instead of the flat
three a day. The supplier's online ordering system shows each home its residents' products and its
remaining stock, and deliveries are monthly rather than quarterly. And every home uses the same skin
care bundle: a pH-neutral cleanser instead of soap and water, one barrier product applied thinly, and a
skin check at every change.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
We compared April 2021 to March 2022 with April 2023 to March 2024 in the 44 homes that joined in the
first year. The figures come from our assessment database, the monthly skin audit that link carers
complete, and the trust's incident reporting system.

<<Q:Residents with a continence assessment less than a year old rose from 31% to 89%.>>
<<Q:Moisture-associated skin damage at the monthly skin audit halved, from 14% of residents who use pads
to 7%.>> <<Q:Pressure ulcers of category 2 or worse in residents of these homes fell from 96 to 58.>>
<<Q:On our run chart of monthly cases, the last fourteen months have all been below the median of the
baseline year, which is a shift and not chance.>>

The total number of pads delivered to the 44 homes has stayed about the same, because the residents who
needed more are now getting them and those who were over-supplied are not. Emergency orders from homes
that had run out were logged 37 times in the last year.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The remaining 17 homes joined during 2024, along with two supported living services for younger
adults. The Care Providers' Alliance has put the skin care bundle and the link carer role description on
its members' website, and the supplier has offered the same ordering screen to the two other community
trusts it supplies in the region. We presented the work at a national bladder and bowel conference in
2024 and to the regional tissue viability network.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The pad budget has not gone up. Link carer training takes two days and is delivered by our nurses
within the existing service; the homes release the time. The single barrier product is cheaper than the
mix of creams that homes used to buy. A category 3 pressure ulcer costs the NHS around £10,000 to treat,
and most of the cost of moisture damage falls on residents themselves, in pain and broken sleep.

Link carers say the role has given them a skill they are proud of, and several have gone on to train as
nursing associates. Care home managers tell us that monthly deliveries have ended the scramble at the
end of every quarter.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<S:Senior carers from eight homes worked with our continence nurses over four months to write the skin
care bundle, and it was they who insisted on a single barrier product, because homes were layering three
or four creams until the pad could no longer absorb anything.>> <<S:The supplier's customer service team
sat in on two link carer sessions and then redesigned the ordering screen so that a home can see every
resident's product, size and allowance on one page.>> <<S:Council quality monitoring officers tested the
skin audit with us in six homes before adding it to their own visit checklist.>>

<<P:The daughter of a resident with dementia, who had found her mother's skin sore on visit after visit,
sat on the project group for its first year.>> <<P:She asked that families be told at every reassessment
which product is being used and why, and that is now a line on the assessment form.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I882  checking skin when people move between hospital, care homes and home
#       care - pdf - own headings - care association quality lead, direct -
#       care association with the acute trust, council safeguarding and the
#       community trust - staff involved - NO patient involvement (people
#       asked for consent, families given a copy, a relatives' survey that
#       changed nothing, a negation and a plan)
# ---------------------------------------------------------------------------
entry(
    id="I882", format="pdf", layout="own_headings", topic="skin_checks_at_transfer_care_homes",
    project="independent56-seenatthedoor-882", pdf_font="LiberationSans", pdf_align="L",
    title="Seen at the Door: checking skin when people move between hospital, care homes and home care",
    cover=[
        "Lead entrant: Kestrelford Care Association (members' association for 112 care homes and 38 home care agencies)",
        "Partners: Kestrelford Royal Infirmary NHS Trust (Tissue Viability and Discharge Hub); Kestrelford City Council (Adult Safeguarding); Kestrelford Community Health Services NHS Trust (District Nursing)",
        "Written by Bernadette Okafor, Quality and Practice Lead, Kestrelford Care Association",
    ],
    primary_entrant=dict(name="Kestrelford Care Association", type="charity"),
    partners=[
        dict(name="Kestrelford Royal Infirmary NHS Trust", type="nhs_trust"),
        dict(name="Kestrelford City Council", type="local_authority"),
        dict(name="Kestrelford Community Health Services NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Where it started", """
The same story came up at almost every members' meeting in the winter of 2021/22. A resident comes back
to a care home from hospital late in the afternoon. At bedtime a carer helps her undress and finds a
deep, black-edged sore on her heel. There is nothing about it in the discharge letter. The home raises
a safeguarding concern, as it must. The hospital says the heel was fine when she left. The home's staff
are now under suspicion, a social worker opens an enquiry, and it takes weeks to reach a conclusion that
usually satisfies nobody. Meanwhile the sore itself is being treated by a home that was not expecting
it, without the right mattress and without a district nurse, because everyone is busy working out whose
fault it was.

It happened the other way round too. People were admitted to hospital from care homes and from their
own homes with pressure damage that had never been written down, and the ward raised the concern.

In 2021/22 Kestrelford City Council received 233 safeguarding concerns about pressure damage found after
someone moved between hospital and a care home or home care service. Most were eventually closed with no
further action. Almost none had been preceded by the two services simply looking at the person's skin
together at the point of handover, because there was no way for that to happen.

Seen at the Door is a simple idea. The discharging ward completes a one-page body map in the two hours
before the person leaves, with photographs of any damage if the person consents. The body map travels
with the person in a sealed envelope. The receiving care home, or the district nurse for someone going
home with home care, checks the person's skin within four hours of arrival and signs the same sheet. If
the two do not match, the receiving service rings the hospital's discharge hub the same day and a
tissue viability nurse and the receiving service talk it through. A safeguarding concern is raised only
if there is a reason to think someone has been neglected. Anyone arriving with a category 2 or worse
pressure ulcer is seen by a district nurse within 24 hours.
"""),
        ("evidence", "What has changed", """
We compared 2021/22 with 2023/24, using the council's safeguarding records, the discharge hub log and an
audit of discharge paperwork received by our members.

<<Q:Safeguarding concerns about pressure damage found after a move between hospital and a care home or
home care fell from 233 in 2021/22 to 61 in 2023/24.>> <<Q:The share of discharges to our members'
services that arrived with a completed skin record went up from about one in eight to 84%.>> <<Q:The
median time from a home finding new damage to a district nurse assessment went down from four days to
19 hours.>>

In 2023/24 the discharge hub took 412 'skin calls' from care homes and district nurses. Ward staff
attached photographs to 3,100 body maps.
"""),
        ("stakeholders", "Who made it happen", """
<<S:Ward nurses on the two elderly care wards tried three versions of the body map and cut it down to one
side of A4, after telling us that the first version took longer to fill in than the discharge letter.>>
<<S:Care home nurses and senior carers from nine member homes agreed the four-hour check with the
hospital's tissue viability team, and they asked for the photographs to travel with the person in a
sealed envelope rather than by email, which is what happens now.>> <<S:Home care coordinators pointed out
that their workers often do not see a person's skin on a first visit that is only for medicines, so for
people going home the check is done by the district nurse instead.>> <<S:The council's safeguarding
practitioners rewrote the threshold guidance with us, so that a difference between the two skin records
now starts with a phone call between the services and not with a referral.>>

Everyone leaving hospital is asked for their consent before photographs are taken, and their family is
given a copy of the body map. We asked relatives what they thought of the form in a short survey in 2023;
the replies were broadly positive and the form was kept as it was. Residents and people who use home care
were not part of the design group, and we would like to put that right in the next phase.
"""),
        ("value", "Was it worth it?", """
The body map is printed on paper the hospital already buys, and the skin calls take about fifteen
minutes each. Each safeguarding enquiry that is not needed saves the council roughly twelve hours of a
social worker's time and spares care staff weeks of worry. The bigger gain is for the person with the
sore, who now gets the right mattress and a nurse the next day instead of the next week.

Members tell us the atmosphere between homes and the hospital has changed. A ward sister told one of our
managers that she now picks up the phone to the home before the person leaves, which would not have
happened before.
"""),
        ("spread", "Spreading it", """
Hartwell Cross Hospital, the county's other acute hospital, started using the body map in April 2024, and
the community hospital wards followed in the summer. The council has written the four-hour check into
its care home and home care contracts. We have shared the materials with other care associations through
our national network and presented at the regional safeguarding adults board conference.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)

# ---------------------------------------------------------------------------
# I883  older people who sleep in their armchair at night - docx - no
#       headings - long - older people's charity chief officer, first person,
#       chatty - charity with community trust, council OT and equipment
#       service and fire and rescue service - 'the armchair club' (told in
#       the context), a son and staff involved - 'a third fewer' and a change
#       in words - no flags
# ---------------------------------------------------------------------------
entry(
    id="I883", format="docx", layout="no_headings", topic="chair_sleeping_older_people",
    project="independent56-outofthechair-883", docx_font="Georgia",
    title="Out of the Chair: helping older people who sleep in their armchair at night",
    cover=[
        "Entered by Later Years Wyndcombe (registered charity), working with Wyndcombe Community Health NHS Trust (District Nursing and Community Therapy), Wyndcombe Borough Council (Occupational Therapy and Community Equipment) and Carrick Moor Fire and Rescue Service",
        "Written by Pauline Hesketh, Chief Officer, Later Years Wyndcombe",
    ],
    primary_entrant=dict(name="Later Years Wyndcombe", type="charity"),
    partners=[
        dict(name="Wyndcombe Community Health NHS Trust", type="nhs_trust"),
        dict(name="Wyndcombe Borough Council", type="local_authority"),
        dict(name="Carrick Moor Fire and Rescue Service", type="emergency_service"),
    ],
    sections=[
        ("context", None, """
I have run Later Years Wyndcombe for eleven years, and for most of that time I had no idea how many of
the people we visit were sleeping in their armchairs every night. You would not know unless you asked,
and we never asked. Our home visitors would arrive at ten in the morning, the person would be sitting in
the chair, the kettle would go on, and nothing looked out of place. The bed upstairs was made. It just
had not been slept in for a year.

The person who changed that for us was Stan. He was 87, a widower, and one of our befriending volunteers
had been calling on him every Thursday for about eighteen months. One week she noticed that his ankles
were so swollen that his slippers no longer fitted, and that there was a blanket folded behind the chair
and an electric fire about a foot from his knees. When she asked, he told her he had not been upstairs
since his wife died, because he was frightened of the stairs and, if he was honest, of the empty bed. He
had fallen twice in the night getting up to go to the toilet in the dark and had not told anyone. When
the district nurse came out, he had a sore on his bottom and the skin on both shins had started to weep.

Once we started looking, we found Stan was not unusual. Sleeping in a chair is surprisingly common
among older people living alone, and it is risky in ways that nobody joins up. Sitting all night puts
weight on the same small areas of skin for hours, so pressure ulcers on the bottom and the heels are
common. Legs that hang down all night swell, and swollen legs break down into leg ulcers that can take
months to heal. Getting up from a low, soft chair in the dark, stiff and half asleep, is a very good way
to fall. Many people keep a heater close by, or smoke in the chair, and some fall asleep with a blanket
over a fire. And nobody checks how a person is sleeping, because it is nobody's job.

The reasons people give are just as varied. Some cannot manage the stairs. Some are breathless lying
flat because of their heart or their lungs. Some have a bed that is broken, too low or too high. Some are
grieving. Some simply got into the habit after a spell of illness and never got out of it. A few told us
they feel safer in the chair because they know they can get up from it, which is not true of their bed.

The district nurses were seeing the leg ulcers and the pressure sores, but not the reason for them. The
council's occupational therapists had the equipment and the know-how, but only met people who had been
referred, usually after a fall, and the waiting list was long. The fire service was doing safe and well
visits but had no reason to ask where someone slept. We were seeing people every week and had no idea
what we were looking at.

<<P:We did not design any of what follows on our own: eight of the people we visit who sleep in their
chairs, who soon started calling themselves the armchair club, met with us four times over tea and cake
in the spring of 2022.>> <<P:What they told us turned the project on its head, because most of them did
not want to be got back into bed; they wanted to be safe where they were, so we stopped treating chair
sleeping as a problem to be fixed and started offering a choice.>> <<P:One of them, a retired upholsterer
called Reg, showed our occupational therapy colleagues exactly how the front edge of his cushions had worn
through, which is why every chair sleeper now has their chair looked at as well as their skin.>>

The approach we settled on has three parts. First, one question, 'Where did you sleep last night?', is
now asked at every one of our home visits, at district nursing assessments and at fire service safe and
well visits. Second, anyone who says 'in my chair' is offered a joint visit within three weeks from one of
our home visitors and an occupational therapy assistant from the council. They talk through the reasons
and the options: a bed brought downstairs, a bed raised or lowered, a rail on the stairs, a commode and a
night light, or, for people who want to stay in the chair, a riser-recliner that lifts the legs and a
proper pressure cushion. Third, the district nurse checks the person's skin and legs, and the fire
service checks the heater, fits a smoke alarm near the chair and looks at anything else that could catch
light.
"""),
        ("evidence", None, """
Since April 2022 we have asked the question at about 3,900 visits and found 342 people who were sleeping
in a chair. Of those, 214 agreed to a joint visit. Ninety-six now sleep in a bed, most of them
downstairs, and 83 chose to stay in their chair with a riser-recliner or new cushion and their legs up.
The rest made smaller changes or decided to leave things as they were, which is their right.

The district nurses and our own records let us compare the six months before each joint visit with the
six months after, for the 214 people who had one. <<Q:Falls reported by these people in the six months
after the visit were a third fewer than in the six months before.>> <<Q:The number needing district nurse
dressings for leg ulcers or weeping legs dropped from 58 to 31.>> <<Q:Before the visit, nearly half of
them had some pressure damage on the bottom or heels when the nurse first checked; at the six-month check
it was fewer than one in five.>>

The fire service fitted 164 smoke alarms and removed or replaced 47 heaters as part of these visits.
"""),
        ("stakeholders", None, """
<<S:District nurses from the two Wyndcombe teams told us that legs would not heal while people slept with
their feet down, and they wrote the leg and skin part of the joint visit themselves.>> <<S:The council's
occupational therapy assistants tried the joint visit with our home visitors for three months and then
suggested that we carry bed raisers and a pressure cushion in the car, so that something could be left on
the first day rather than after another wait.>> <<S:Fire service safe and well advisers, once they heard
from our visitors how often heaters were pushed up against chairs, added the sleeping question to their
own visit and agreed the wording of the referral to us.>>

<<P:Stan's son came to the first meeting of the partners and asked that families be phoned after the
joint visit, because he lived two hundred miles away and had not known his father was sleeping in a chair
either; we now do this whenever the person agrees.>>
"""),
        ("value", None, """
Most of what we do costs very little. A bed brought downstairs costs nothing but the time of two strong
volunteers. Riser-recliners come from the council's equipment service or, when someone does not qualify,
from a fund we raised from a local community foundation, and cost us about £600 each. Over two years we
have spent around £41,000, most of it on chairs and cushions. A single hip fracture costs the NHS more
than that, and a leg ulcer that needs district nurse visits three times a week for six months is
expensive in a different way, in nurses' time that could be going to someone else.

What I would most like the judges to take from this is how much it has meant to people. Stan sleeps in a
bed in his front room now, next to his wife's photograph. He says it took him a week to get used to it
and now he would not go back.
"""),
        ("spread", None, """
The sleeping question is now part of the community trust's district nursing assessment across all of
Wyndcombe, not just the two teams who started with us, and the fire service has added it to safe and well
visits across the whole of its area. We have shared our visit guide with the other older people's
charities in the county, two of which are starting the same approach, and the council's occupational
therapy service has asked to use it for its own reviews. We have written a short guide for other areas
and would be glad to send it to anyone who asks.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I884  medicines missing at the 28-day cycle changeover in care homes - pdf
#       - form table - GP federation lead pharmacist, businesslike - GP
#       federation with the LPC and the ICB - relatives (passive voice),
#       residents and staff involved - NO quantitative evidence (homes and
#       cycle counts, queries resolved, one quarter's missed doses, a single
#       audit figure, a target, no earlier figure)
# ---------------------------------------------------------------------------
entry(
    id="I884", format="pdf", layout="form_table", topic="care_home_monthly_medicines_cycle_gaps",
    project="independent56-nogaps-884", pdf_font="LiberationSans",
    title="No Gaps at Month End: stopping care home residents going without medicines when the 28-day cycle changes over",
    cover_table=[
        ("Entry title", "No Gaps at Month End: stopping care home residents going without medicines when the 28-day cycle changes over"),
        ("Lead organisation", "Ossington and Vale GP Federation (Care Home Medicines Team)"),
        ("Partner organisations", "Ossington Local Pharmaceutical Committee; NHS Ossington and Trentside Integrated Care Board"),
        ("Entrant", "Gemma Lord, Lead Pharmacist, Care Home Medicines Team"),
    ],
    primary_entrant=dict(name="Ossington and Vale GP Federation", type="primary_care"),
    partners=[
        dict(name="Ossington Local Pharmaceutical Committee", type="primary_care"),
        dict(name="NHS Ossington and Trentside Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Describe the safety problem and why it needed partners", """
The federation's 14 practices look after about 1,450 residents in 38 care homes. Almost all of their
regular medicines are supplied on a 28-day cycle. Before each cycle the home sends the practice a list of
what it needs, the practice issues the prescriptions, a community pharmacy dispenses them and delivers
them to the home, and the new medicine administration record (MAR) chart starts on the first day of the
cycle. Each of those steps was done by a different organisation, usually by email or on paper, and
usually in the same week of the month for every home.

When any step slipped, residents went without. Requests were lost in practice inboxes. Practices queried
items and the query sat unanswered. Pharmacies ran out of stock of a particular strength. Deliveries
arrived the day after the cycle had started. Homes then had a resident with a gap on the chart and no
tablets, and some were tempted to borrow from another resident's supply, which is not allowed and is
itself a risk. In 2022 a resident with epilepsy at one of our homes missed three days of her
anti-seizure medicine at a cycle changeover, had a prolonged seizure and was admitted to hospital. In many
homes the week before a new cycle was the worst week of the month.

No one organisation could fix this. The homes did not control the prescribing, the practices did not
control the dispensing, and the pharmacies did not control the ordering. The ICB's care home medicines
funding gave us a way to put a small team in the middle.
"""),
        ("evidence", "What evidence is there of improvement?", """
From September 2023 the homes order through proxy access to the GP clinical system, and their ordering
dates are spread across the month so that each practice and pharmacy deals with a few homes a week
instead of all of them at once. The federation's pharmacy technicians check every order against the
resident's record within two working days and sort out queries with the practice and the pharmacy. A
list of critical medicines (including anti-seizure, Parkinson's, anticoagulant, insulin and end of life
medicines) is held in stock by the pharmacies, who agreed this through the LPC. If a critical medicine is
still missing 48 hours before the new cycle, the technician rings the home and the pharmacy the same
day.

All 38 homes now order through the new route, and 1,950 cycle changeovers have been completed through
it. In the last quarter (April to June 2024) the technicians resolved 214 queries before the cycle
started. Homes reported 23 doses missed because a medicine was not available in the same quarter, four of
them for a critical medicine. In an audit of 12 homes in May 2024, 96% of residents' medicines were in the
home two days before the new cycle began. Our target is no missed doses of a critical medicine by March
2025. Missed doses were not recorded in the same way before the project, so we are not able to make a
comparison.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Senior carers and deputy managers from six homes mapped the old ordering process with us on a very
long sheet of paper, and it was their idea to spread the ordering dates across the month.>>
<<S:Dispensers from four community pharmacies told us that most late deliveries were caused by queries
raised on the last day, so the technicians now check orders within two working days.>> <<S:Prescription
clerks in the practices helped design the order template in the clinical system and asked for a
'no change this month' button, which has saved them a great deal of time.>>

<<P:The wording on the 'missing dose' card that is clipped to the front of a resident's MAR chart was
rewritten after relatives on the residents' and relatives' committee at Beechcroft Lodge read the first
draft and said it sounded like an accusation.>> <<P:Two residents at Fairholme who still look after their
own inhalers and eye drops asked to be part of the monthly order too, and the template now has a
'looks after own' column that they check with the senior carer each month.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The two pharmacy technicians cost about £68,000 a year, paid by the ICB from its care home medicines
funding. Spreading the orders has reduced medicines waste, which we estimate at around £30,000 a year
from fewer duplicate and unnecessary items. One admission after a missed anti-seizure medicine costs
far more than a technician's time. Home managers say the week before a new cycle is now an ordinary week.
"""),
        ("spread", "How has the work been shared and spread?", """
The ICB has included the approach in its care home medicines policy and the neighbouring federation is
starting it in January 2025. The LPC has shared the critical medicines stock list with all pharmacies in
the county.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)

# ---------------------------------------------------------------------------
# I885  creams and topical medicines applied by home care workers - docx -
#       numbered questions with cover bullets - PRIVATE home care company as
#       primary entrant, with the community trust, the LPC and the council
#       (ineligible) - registered manager, practical - clients, a family
#       carer and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I885", format="docx", layout="numbered_questions", topic="home_care_topical_medicines",
    project="independent56-everycream-885", docx_font="Arial",
    title="Every Cream Counted: safer creams, ointments and drops in home care",
    cover=[
        "Primary entrant: Amberlea Care at Home Ltd",
        "Submitted by Danielle Fforde, Registered Manager and Clinical Lead",
        "Working in partnership with:",
    ],
    cover_bullets=[
        "Pellow Community Health NHS Trust (Tissue Viability Service)",
        "Pellow Local Pharmaceutical Committee",
        "Pellow County Council (Adult Social Care Commissioning)",
    ],
    primary_entrant=dict(name="Amberlea Care at Home Ltd", type="private"),
    partners=[
        dict(name="Pellow Community Health NHS Trust", type="nhs_trust"),
        dict(name="Pellow Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Pellow County Council", type="local_authority"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Amberlea provides home care to about 520 people across Pellow, most of them older people living alone.
Around two thirds of them have at least one cream, ointment, gel or set of drops that our care workers
apply. Between them they had more than 1,400 different topical products on their records in 2022.

Topical medicines are real medicines, but they were not being treated like it. Our care workers recorded
'creams applied' on the daily record without saying which cream, where or how much. The pharmacy label
was usually on the box, not the tube, and the box had gone in the bin. Steroid creams prescribed for a
fortnight were still being applied a year later. Antifungal creams went on for months after the rash had
gone. Barrier creams were layered on top of one another and, in one case, on top of a dressing a district
nurse had put on a heel ulcer, which made it much worse. Eye drops for glaucoma, which matter a great deal
for sight, were the doses most often missed. And emollients were being applied to people who smoke in
the same chair every day, which is a fire risk that our care workers did not know about.

Two incidents in 2022 made this urgent. A client in her nineties developed thin, bruised, tearing skin on
her shins after more than a year of a strong steroid cream that should have been stopped after two
weeks. A man who was registered blind had his glaucoma drops missed for eleven days because the new
bottle had been put in a drawer and the care worker assumed the course had finished.

We could not fix this on our own. We do not prescribe, we do not dispense and we are not skin experts.
The pharmacies knew what had been prescribed, the tissue viability nurses knew what should go where, and
the council, which commissions most of our care, sets the rules for what care workers may do.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since March 2023 every topical product a client has is on a topical medicines chart, with a simple body
map showing where it goes, how much (in fingertip units for creams), how often and until when. The
community pharmacies print a second, small label with a body-map picture that goes on the tube or bottle
itself. Any product with a stop date is flagged on our electronic care record, and the care worker
cannot sign for it after that date without ringing the office. Tissue viability nurses have written a
one-page guide on which barrier products can be used together and which cannot. Emollients are flagged
for a fire safety referral if the person smokes or uses a heater near their chair.

We audited 120 client records in February 2023 and again in February 2024. <<Q:Topical medicines recorded
with the product, the site and the time went up from 41% to 93%.>> <<Q:Clients still using a steroid cream
after its review date fell from 63 to 7.>> <<Q:Incidents involving skin damage or a missed dose linked to
a topical medicine fell from 29 in 2022 to 8 in 2024.>>

We have made 37 fire safety referrals for people using emollients.
"""),
        ("stakeholders", "3. Who was involved and how?", """
<<S:Twelve of our care workers, from day and evening rounds, tested three versions of the body map chart
on their phones and chose the one with a front and back outline, because the side view confused
everyone.>> <<S:Community pharmacists from the LPC designed the small body-map label themselves after we
showed them a bin full of boxes with the only label on them.>> <<S:Tissue viability nurses came out on
rounds with our senior carers for a week before writing the barrier product guide, and they changed it
after seeing how many clients had three different creams for the same patch of skin.>>

<<P:Clients helped as well: four people who put on some of their own creams asked for a paper copy of the
body map on the fridge, so they could see what the care worker would do and what was theirs to do.>>
<<P:Mrs Ivy Thorne, who has psoriasis and has used creams for fifty years, went through the fingertip unit
guide with our trainer and told us it needed real photographs of an adult hand, not a drawing.>> <<P:The
husband of a client with dementia pointed out that the eye drops were always missed when they were kept in
the fridge, so the chart now says where each product is kept.>>
"""),
        ("value", "4. What difference has it made, and is it good value?", """
The small labels cost the pharmacies about 2p each, and they absorb the cost. The chart is part of our
existing electronic care record. The tissue viability guide and training took about thirty hours of
nursing time. Avoiding one skin tear that needs weeks of district nurse visits, or one person losing sight
from missed glaucoma drops, more than pays for all of this.

Care workers say they finally know what they are putting on and why. Clients say they feel less like a
shelf of tubes.
"""),
        ("spread", "5. How has the work been shared?", """
The council has added the topical medicines chart to its home care medicines standard, so that every
agency it commissions will have to use one from April 2025. The LPC has sent the body-map label template
to all pharmacies in the county. We have shared the chart with our national trade association and
presented at the county's care providers' forum.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I886  home care packages cancelled while people are in hospital - docx -
#       bold headings with a cover table - council commissioning head, plain
#       - council with the acute trust and a homecare providers' network -
#       carers and people who use home care involved - NO staff involvement
#       (coordinators trained, ward staff briefed, a named lead, a survey
#       that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I886", format="docx", layout="bold_headings", topic="home_care_package_held_during_admission",
    project="independent56-holddontcancel-886", docx_font="Calibri",
    title="Hold, Don't Cancel: keeping home care in place while people are in hospital",
    cover_table=[
        ("Entry title", "Hold, Don't Cancel: keeping home care in place while people are in hospital"),
        ("Lead organisation", "Tollmouth City Council, Adult Social Care"),
        ("Partners", "Tollmouth and District Hospitals NHS Trust (Transfer of Care Hub); Tollmouth Homecare Providers' Network"),
        ("Contact", "Head of Commissioning, Adult Social Care"),
    ],
    primary_entrant=dict(name="Tollmouth City Council", type="local_authority"),
    partners=[
        dict(name="Tollmouth and District Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Tollmouth Homecare Providers' Network", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
About 2,600 people in Tollmouth receive home care arranged by the council. When one of them is admitted
to hospital, the home care agency stops visiting. Under our old contracts, the agency was paid for three
days and after that the package was cancelled and the care workers' time was given to someone else. Most
hospital stays for older people last longer than three days. So when the person was ready to go home,
their care had gone, and our brokerage team had to find a new agency from scratch. In the winter that
could take weeks.

This caused two kinds of harm. Some people waited in hospital long after they were well enough to leave,
losing strength and confidence and sometimes picking up an infection or falling on the ward. Others went
home anyway, often on a Friday afternoon, with nobody coming. The hospital assumed the old package would
restart. The agency did not know the person was home. In March 2022 a woman of 84 was discharged at
teatime to a house where her home care had been cancelled a week earlier; she had no evening medicines and
no help to get to bed, and she was found on her bedroom floor by a neighbour the next morning.

Nobody was doing anything wrong by their own rules. The agency was doing what the contract said, the ward
was following the discharge policy, and the council did not find out that someone had been admitted
unless the agency told us.
"""),
        ("evidence", "What has changed", """
Since June 2023 the council pays agencies to hold a package for up to 14 days while the person is in
hospital, at 60% of the usual rate. The hospital's electronic record now shows a 'home care in place'
flag, taken from the council's list, on the day of admission, so the ward knows from the start. The
Transfer of Care Hub tells the agency and the council the expected date of discharge as soon as it is
known and confirms the time on the day. The agency makes a restart visit within four hours of the person
getting home, using a short checklist that covers medicines, food, heating and whether anything has
changed.

<<Q:People discharged home whose home care did not restart on the day they arrived fell from 61 in 2022 to
9 in 2024.>> <<Q:The median wait in hospital for home care to restart, once a person was ready to leave,
went down from 6 days to 1 day.>> <<Q:Emergency readmissions within seven days among people with home care
went from 14% to 9%.>>

In 2024, 1,480 packages were held during a hospital stay, and 212 were not restarted because the person's
needs had changed and a new assessment was needed.
"""),
        ("stakeholders", "How people were involved", """
<<P:We held two listening sessions with Tollmouth Carers' Voice, and carers told us the worst part was not
knowing when their relative was coming home, so the Transfer of Care Hub now phones the named carer with
the discharge time as well as the agency.>> <<P:Mr Desmond Ashe, who has had home care twice a day for six
years and has been in and out of hospital several times, read our draft restart checklist and asked for
'has anything changed with your medicines?' to be the first question, not the last, and it is.>>
<<P:People who use home care also told us that a stranger turning up on the first evening home was
frightening, and as a result the agency now sends a care worker the person already knows whenever it
can.>>

The new process was designed by our Head of Brokerage, who has led the project from the start. All 31
agencies' care coordinators were trained in using the hold arrangements and the restart checklist. Ward
staff were briefed through the hospital's discharge bulletin. We sent a survey to agency managers after
six months; the responses were positive and no changes were needed. We plan to set up a practitioners'
reference group in 2025.
"""),
        ("value", "Value", """
Holding packages cost the council about £310,000 in 2023/24. Against that, fewer people waited in
hospital for care to restart, and the hospital estimates that this freed over 3,000 bed days in the year.
Brokerage staff now spend far less time re-sourcing packages. For people and their families, coming
home to a familiar face at the door is worth a great deal.
"""),
        ("spread", "Spread", """
The hold arrangement is now in all of our home care contracts. The Homecare Providers' Network has shared
it with networks in two neighbouring councils, one of which has adopted it, and we presented it to the
regional directors of adult social services.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)

# ---------------------------------------------------------------------------
# I887  drinking enough in residential care homes - pdf - two columns -
#       university senior lecturer, measured - university with council public
#       health, the ICB and a care home group - residents, relatives and
#       staff (cooks, housekeepers, care workers) involved - NO quantitative
#       evidence in the evidence section (homes, rounds, a single audit
#       figure against a target, people trained, analysis pending); a real
#       measured change is told only in the value section
# ---------------------------------------------------------------------------
entry(
    id="I887", format="pdf", layout="two_column", topic="care_home_hydration",
    project="independent56-drinkwell-887", pdf_font="LiberationSerif",
    title="Drink Well: helping residents of care homes to drink enough",
    cover=[
        "University of Harrowden, School of Health and Social Care (lead), with Harrowden Borough Council (Public Health), NHS Harrowden and Fells Integrated Care Board and Lantern Care Homes Ltd",
        "Entry by Dr Ruth Aldous, Senior Lecturer in Older People's Nursing",
    ],
    primary_entrant=dict(name="University of Harrowden", type="university"),
    partners=[
        dict(name="Harrowden Borough Council", type="local_authority"),
        dict(name="NHS Harrowden and Fells Integrated Care Board", type="icb"),
        dict(name="Lantern Care Homes Ltd", type="private"),
    ],
    sections=[
        ("context", "Why hydration", """
Older people living in residential care homes are at high risk of not drinking enough. Thirst fades with
age. People living with dementia may not recognise that they are thirsty, may forget that a drink is in
front of them, or may not be able to reach it. Some residents drink less on purpose because they are
worried about needing the toilet and having to ask for help, especially at night. Others cannot manage a
heavy cup or a cup without a handle.

Not drinking enough is linked to urine infections, constipation, acute kidney injury, falls, delirium and
pressure damage, and to a large share of emergency admissions from care homes. It is also easy to miss.
Fluid charts in care homes are often incomplete, and a resident who 'had a cup of tea' may have taken two
sips of it.

Our school had studied drinking in care homes for several years, and our earlier research found that
many residents drank well below the amount usually recommended, and that the reasons were mostly
practical rather than medical. In 2023 the council's public health team, the ICB and Lantern Care Homes,
which runs six homes in the borough, asked whether we could turn that research into something homes
could use every day.

Drink Well has five parts: seven planned drinks rounds a day with a real choice of drinks, including
in the evening; cups and beakers chosen to suit each resident, in colours that stand out; foods with a
high water content, such as jellies, ice lollies, soups and fruit, on every menu; a 'drinks champion' on
every shift; and planned help to the toilet, so that residents do not have to choose between a drink and
their dignity.
"""),
        ("evidence", "What we have found so far", """
Between October 2023 and September 2024, 14 homes took part: Lantern's six homes and eight independent
homes recruited through the council. Every home runs seven drinks rounds a day, and 212 residents have a
written hydration plan. Forty-eight care workers completed the drinks champion course.

In a three-day audit in June 2024, residents in the 14 homes drank an average of 1,310 ml a day, against
the project's target of 1,500 ml. Fluid charts were fully completed for 94% of residents in the same
audit.

We are analysing hospital admissions and antibiotic prescribing for residents of the 14 homes with the
ICB's data team, and expect to report the findings in the summer of 2025.
"""),
        ("stakeholders", "Who took part", """
<<P:Residents of two Lantern homes held a tasting afternoon and voted on the drinks that went on the
rounds, which is why there is now hot squash, milkshake and decaffeinated tea on every trolley.>>
<<P:The same residents chose the coloured cups, and several told us that they would drink more from a
proper china cup than from a plastic beaker, so homes now offer both.>> <<P:Relatives at the residents'
meetings suggested the evening round, because they had noticed that nobody offered a drink after
teatime.>>

<<S:Care workers tested the drinks rounds for a month in each home and moved two of them to fit around
medicines rounds.>> <<S:Cooks from the six Lantern homes wrote the high-water menu with our dietetics
students, and they added homemade lollies after the first summer.>> <<S:Housekeepers pointed out that
jugs were often taken away when rooms were cleaned, so jugs are now refilled rather than removed.>>
"""),
        ("value", "Value and experience", """
The extra cost to homes is small: cups, jugs, lolly moulds and the time for drinks rounds. Public health
funded the drinks champion course. <<Q:In Lantern's Ashgrove home, which began six months before the
others, courses of antibiotics for urine infections fell from 22 in the six months before Drink Well to 9
in the six months after.>> A single admission with acute kidney injury costs the NHS several thousand
pounds.

Care workers say the rounds give them a reason to sit and talk with residents. Relatives say their
parents seem brighter.
"""),
        ("spread", "Sharing it", """
The council has added Drink Well to its care home quality framework, and the ICB will offer it to all
homes in the area from 2025. We have published the drinks champion course on the university website,
free to use, and presented the project at two national conferences.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I888  worn-out slippers noticed by ambulance crews after a fall - pdf - CAPS
#       headings - consultant paramedic, brisk - ambulance service with an
#       older people's charity, the community trust and council public
#       health - older people involved - NO staff involvement (crews trained,
#       podiatrists took referrals, volunteers delivered, a named lead, a
#       survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I888", format="pdf", layout="caps_headings", topic="footwear_falls_ambulance_referral",
    project="independent56-stepsafe-888", pdf_font="DejaVuSans", pdf_align="L",
    title="STEP SAFE: swapping worn-out slippers after a fall at home",
    cover=[
        "LEAD: Northfold Ambulance Service NHS Trust, Falls Response and Community Paramedicine",
        "PARTNERS: Silver Thread Northfold (older people's charity); Northfold Community Health NHS Trust (Podiatry and Falls Prevention); Northfold County Council (Public Health)",
        "CONTACT: Consultant Paramedic, Community Care",
    ],
    primary_entrant=dict(name="Northfold Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Silver Thread Northfold", type="charity"),
        dict(name="Northfold Community Health NHS Trust", type="nhs_trust"),
        dict(name="Northfold County Council", type="local_authority"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Our crews attend around 19,000 falls a year in people aged 65 and over at home. About half are not taken
to hospital. Our falls response cars and paramedics check the person over, get them up and make sure they
are safe to stay at home.

Crews kept seeing the same thing on people's feet. Slippers with no backs. Slippers two sizes too big,
bought for swollen feet. Slippers worn so flat that the sole was smooth. Socks on a laminate floor.
Shoes with the heel trodden down. Poor footwear is a well-known cause of falls in older people, and it is
one of the easiest to fix. Yet all a crew could do was mention it, and most people, understandably, did
not go out and buy new slippers after a fall.

Silver Thread already ran a 'slipper swap' in two town libraries, where people could hand in old
slippers and get a new, well-fitting pair with a firm back and a proper sole. The people who most needed
it were the least likely to get to a library. The community trust's podiatry service saw people whose
feet were the reason they could not wear safe footwear, but only if a GP referred them.
"""),
        ("evidence", "WHAT HAS CHANGED", """
Since April 2023 crews record what the person was wearing on their feet as part of every falls
assessment. If the footwear is unsafe, they refer through the electronic patient record, with consent,
to Silver Thread. A volunteer visits within seven days, measures the person's feet, fits new slippers or
shoes and takes the old ones away. Any foot problem, such as a thick nail, a corn or a swelling, is
passed to podiatry, who offer an appointment within four weeks. Public health pays £18 for each pair.

In 2023/24 crews made 1,140 referrals and volunteers fitted 1,032 pairs. Podiatry saw 286 people.

<<Q:Among people who had new footwear, repeat 999 calls for a fall in the 90 days after the swap were 31%
lower than in the 90 days before.>> <<Q:Falls where crews recorded unsafe footwear as a likely factor
went from 38% of falls attended in 2022 to 21% in 2024.>>
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:Members of three Silver Thread lunch clubs tried on eight different makes of slipper and chose the two
we now use, turning down the cheapest because, in one woman's words, they felt like walking on a
biscuit.>> <<P:A man who had fallen twice in a month helped us write the leaflet left by crews, and asked
that it say plainly that the new slippers are free, because he had assumed he would be sold
something.>> <<P:People with very swollen feet tested adjustable designs at home for a fortnight, and as a
result we now stock a wide-fitting slipper with a touch-fastening strap.>>

All 2,400 road staff completed a short e-learning module on the footwear check. Podiatrists accepted the
referrals into their usual clinics. Silver Thread's volunteers visit people and fit the slippers. The
project is led by our Consultant Paramedic for Community Care. We surveyed crews after six months and most
found the referral easy, so it was left as it was. We plan to hold crew focus groups next year.
"""),
        ("value", "VALUE", """
A pair of slippers costs £18. A fractured hip costs the NHS about £14,000 in the first year, and a fall
with a long lie can end a person's independence. Each repeat fall call avoided also saves a crew about
two hours.
"""),
        ("spread", "SPREAD", """
Step Safe is now offered across all five of the trust's counties, with a local charity in each. We have
shared it with other ambulance services through the national falls network, and Silver Thread has
written a guide for other charities.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)

# ---------------------------------------------------------------------------
# I889  falls in the first month after moving into a care home - pdf -
#       bullet lists - PRIVATE care home group as primary entrant, with the
#       ICB and the community trust falls service (ineligible) - director of
#       quality, upbeat - staff involved - NO patient involvement (welcome
#       packs, families consented, a questionnaire that changed nothing, a
#       negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I889", format="pdf", layout="bullet_lists", topic="care_home_new_resident_falls",
    project="independent56-settlingsteps-889", pdf_font="LiberationSans", pdf_align="L",
    title="Settling Steps: fewer falls in the first month after moving into a care home",
    cover=[
        "Submitted by Heatherdene Care Group Ltd (eleven residential and nursing homes in Saltmarsh and along the coast)",
        "In partnership with NHS Saltmarsh and Coast Integrated Care Board (Enhanced Health in Care Homes Team) and Saltmarsh Community Health NHS Trust (Falls Prevention Service)",
        "Contact: Director of Quality and Clinical Governance, Heatherdene Care Group",
    ],
    primary_entrant=dict(name="Heatherdene Care Group Ltd", type="private"),
    partners=[
        dict(name="NHS Saltmarsh and Coast Integrated Care Board", type="icb"),
        dict(name="Saltmarsh Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we did this", """
Heatherdene's eleven homes admit about 320 new residents a year, more than half of them straight from
hospital.

What we found when we looked at our falls data for 2022:

- four in every ten falls in our homes happened to residents who had been with us for less than 30 days

- nine new residents broke a hip in their first month, and three of them died within a few weeks

- most of these falls happened at night, on the way to or from the toilet, in a room the person did not yet know

- many new residents arrived from hospital on new sedating or blood pressure medicines that nobody had reviewed

- we often had no idea how the person had walked at home, whether they used a frame, or whether they had fallen before, because the hospital discharge summary did not say

- walking frames were regularly left behind on the ward

What Settling Steps does, since January 2023:

- before admission, the home completes a 'how I move' profile with the hospital therapist or the person's previous carers, covering walking aids, falls in the last year, night-time toilet habits and eyesight

- new residents are given a room as close as possible to the staff base for the first month, with a night light and a clear path to the toilet

- for the first 72 hours a carer checks on the person every hour at night and walks with them to the toilet

- a falls prevention physiotherapist from the community trust sees every new resident within seven days

- the ICB's care home pharmacists review falls-risk medicines within 14 days of admission
"""),
        ("evidence", "Results", """
We compared 2022 with 2024 across all eleven homes.

- <<Q:falls in the first 30 days fell from 58 per 100 new residents in 2022 to 29 per 100 in 2024>>

- <<Q:hip fractures in new residents' first month went down from nine to two>>

- <<Q:new residents who had their medicines reviewed within 14 days of arriving went up from 12% to 91%>>

- 642 new residents have had a 'how I move' profile since January 2023

- the physiotherapists have made 598 first-week visits
"""),
        ("stakeholders", "Who was involved", """
- <<S:night carers from four homes designed the 72-hour night routine, after telling us that a check every two hours was too long for someone who wakes confused in a strange room>>

- <<S:the community trust's falls physiotherapists and our deputy managers wrote the 'how I move' profile together, and cut it from four pages to one>>

- <<S:ICB pharmacists asked for the hospital discharge summary to be attached to the admission referral, and our admissions coordinators changed their process so that it always is>>

- <<S:home managers chose to trial the room allocation rule in three homes first, and agreed to roll it out after the trial>>

- every new resident and their family receive a welcome pack explaining the first 72 hours

- families are asked for their consent before the physiotherapy visit

- we asked families to fill in a questionnaire about the admission in 2023; the feedback was positive and no changes were made

- no residents or relatives sat on the working group

- we plan to set up a residents' forum on falls in 2025
"""),
        ("value", "Value", """
- the extra night checks for the first 72 hours cost around £90 per new resident in staff time

- physiotherapy and pharmacist visits come from the existing Enhanced Health in Care Homes service

- each hip fracture avoided saves the NHS around £14,000 and, far more importantly, can save a life

- our staff say they feel more confident welcoming someone from hospital
"""),
        ("spread", "Spread", """
- the ICB has shared the 'how I move' profile with all 74 care homes in its area

- the community trust now offers a first-week physiotherapy visit to any home that asks

- we presented the work at a national care home quality conference in 2024
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I890  delirium in care home residents - docx - style headings - consultant
#       nurse in older people's mental health, reflective - mental health
#       trust with a GP federation, the ambulance service and a care home
#       managers' network - families, a resident and staff involved - NO
#       evidence section; measured changes told in the value section
# ---------------------------------------------------------------------------
entry(
    id="I890", format="docx", layout="style_headings", topic="care_home_delirium_recognition",
    project="independent56-isitnew-890", docx_font="Calibri",
    title="Is It New? Spotting delirium in care home residents before it becomes a crisis",
    cover=[
        "Ebbsford Mental Health and Wellbeing NHS Trust, Care Home Liaison Team for Older People (lead)",
        "Partners: Ebbsford Primary Care Alliance (GP federation); Westmarch Ambulance Service NHS Trust; Ebbsford Care Home Managers' Network",
        "Author: Consultant Nurse, Older People's Mental Health",
    ],
    primary_entrant=dict(name="Ebbsford Mental Health and Wellbeing NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Ebbsford Primary Care Alliance", type="primary_care"),
        dict(name="Westmarch Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Ebbsford Care Home Managers' Network", type="charity"),
    ],
    sections=[
        ("context", "Background", """
Our care home liaison team is a small team of mental health nurses and a consultant psychiatrist who
support the 52 care homes in Ebbsford with residents whose mental health or behaviour is causing
concern. For years a large part of our work was referrals that said something like 'resident has become
aggressive, please review medication'. When we went out, we would often find a resident who had been
calm a few days earlier and was now agitated, frightened, not sleeping, pulling at their clothes or
suddenly very drowsy. Quite often the person had a urine infection, was constipated, was in pain, had
stopped drinking or had just had a new medicine started. In other words, they had delirium, not a change
in their dementia.

Delirium is a medical emergency. It is common in older people in care homes, particularly those living
with dementia, and it is linked with falls, pressure ulcers, admission to hospital and death. Yet in a
care home it is easy to miss, because the resident may already be confused, and because the quiet,
drowsy form of delirium looks like someone simply having a sleepy day.

By the time the referral reached us, a resident might have been given an antipsychotic or a sedative by
an out-of-hours doctor who did not know them, or had been taken to the emergency department by ambulance
at night, which makes delirium worse. In 2022, one resident with dementia was given haloperidol for
'agitation' on a Saturday night, fell the next morning and broke her wrist; the underlying cause turned
out to be severe constipation.

We wanted the people who know residents best, the care staff, to ask one question whenever something
changes: is this new? If the answer is yes, they follow a short card: check for pain, constipation,
drinking, infection and new medicines, and then call the GP federation's care home clinician the same
day rather than waiting for the next ward round. The ambulance service's clinical hub uses the same card
when a home rings 999 or 111 about a confused resident, and can arrange a same-day visit instead of a
conveyance. Our team runs a weekday advice line for anything that remains unclear.
"""),
        ("stakeholders", "How we worked with residents, families and staff", """
<<P:Families were the first people we asked, because relatives are often the ones who notice that their
mother 'is not herself', and six sons, daughters and partners met with us twice to talk about what they
had seen.>> <<P:Their stories led us to add 'Has a visitor said the person is different?' to the
card.>> <<P:One resident, a retired headteacher who had been delirious after a chest infection and
remembered it vividly, described to our nurses how terrifying it had been, and her words are now used at
the start of every training session.>>

<<S:Care workers and senior carers from ten homes tested the card for three months and rewrote it in their
own words; 'hypoactive delirium' became 'quieter or sleepier than usual'.>> <<S:Paramedics from the
clinical hub and GPs from the federation agreed together which residents could safely be seen at home
the same day, and changed the hub's script after the first month.>> <<S:Home managers in the network
decided to make the card part of their handover sheet, so it is looked at every shift.>>
"""),
        ("value", "What difference it has made", """
The card, the training and the advice line cost about £22,000 in the first year, mostly our nurses'
time. We compared 2022 with 2024 across the 52 homes. <<Q:Referrals to our team for 'aggression' or
'agitation' that turned out to be delirium fell from 118 to 41, because the cause is now usually found
and treated first.>> <<Q:New antipsychotic prescriptions for care home residents with dementia in
Ebbsford went down from 47 in 2022 to 18 in 2024.>> <<Q:Night-time ambulance conveyances of confused care
home residents to the emergency department were about a third lower in 2024 than in 2022.>>

Care staff tell us they feel more confident to ring and say 'I think this is delirium'. Families say they
feel listened to when they say something has changed.
"""),
        ("spread", "Sharing the approach", """
The card has been adopted by the two other mental health trusts' care home liaison teams in the region,
and the ambulance service now uses the clinical hub script across its whole area. We have presented the
work at a national delirium conference and the card is free to download from the trust website.
"""),
    ],
    flags=[dict(code="missing_section", criterion="evidence")],
)

# ---------------------------------------------------------------------------
# I891  medicines on the first evening home for people leaving hospital with
#       a new home care package - pdf (via Word) - style headings - acute
#       trust consultant pharmacist, formal - acute trust with the council and
#       the LPC - staff involved - NO patient involvement (a leaflet, feedback
#       cards that changed nothing, a negation, a plan) - NO quantitative
#       evidence (wallet and referral counts, a single audit figure, incidents
#       with no earlier figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I891", format="pdf", layout="style_headings", topic="discharge_medicines_new_home_care",
    project="independent56-firstevening-891", render_via="soffice", docx_font="Liberation Sans",
    title="The First Evening Home: medicines for people leaving hospital with a new home care package",
    cover=[
        "Mardle Valley Hospitals NHS Foundation Trust, Pharmacy and Medicines Optimisation (lead)",
        "Partners: Mardlebury County Council (Adult Social Care and Commissioned Home Care); Mardlebury Local Pharmaceutical Committee",
        "Author: Consultant Pharmacist, Transfers of Care",
    ],
    primary_entrant=dict(name="Mardle Valley Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Mardlebury County Council", type="local_authority"),
        dict(name="Mardlebury Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "The safety problem", """
Each month around 140 people leave our two hospitals with a new home care package that includes help
with their medicines. Many have had their medicines changed during the admission. They go home with a
bag of medicines dispensed by the hospital pharmacy and a discharge summary that is sent electronically
to their GP.

The difficulty arises on the first evening. Home care agencies in Mardlebury, like most agencies, may
only give medicines that are listed on a medicine administration record (MAR) chart, and until 2024 the
MAR chart was produced by the person's community pharmacy once the GP practice had updated the repeat
prescription. That could take anything from two days to two weeks. In the meantime the care worker
arriving at teatime on the day of discharge had a bag of medicines and no chart, and was not permitted to
give anything. Evening doses of antibiotics, anticoagulants, Parkinson's medicines and insulin were
missed. Some care workers gave medicines from the old blister pack still in the kitchen, which no longer
matched what had been prescribed in hospital.

A review of incidents reported by the council's commissioned agencies in 2023 found repeated cases in
which a person with new home care had missed or been given the wrong medicines in the first 72 hours
after discharge. One man with atrial fibrillation was given his old dose of an anticoagulant as well as the new
one for four days before his daughter noticed the two boxes.
"""),
        ("evidence", "What has been achieved", """
Since March 2024, ward pharmacists identify every patient going home with new home care and medicines
support. The hospital pharmacy produces a MAR chart from the discharge prescription, which travels with
the patient in a green wallet together with the medicines, and a copy is emailed securely to the agency.
The old blister pack is returned to the pharmacy at the first visit. A Discharge Medicines Service
referral is sent to the person's community pharmacy, which reconciles the medicines with the GP record
within 72 hours and produces the ongoing MAR chart. The council has agreed that agencies may give
medicines from the hospital MAR chart for up to 14 days.

In the first nine months 1,126 patients went home with a green wallet. In an audit in September 2024,
ward pharmacists had identified 94% of eligible patients. Community pharmacies completed 880 Discharge
Medicines Service reconciliations within 72 hours. Six incidents involving first-evening medicines were
reported by agencies in the period. Our target is for every eligible patient to have a completed
reconciliation within 72 hours by the end of 2025. We intend to compare readmission rates when a full
year's data is available.
"""),
        ("stakeholders", "Involvement", """
<<S:Home care coordinators from five agencies met the ward pharmacists twice and showed them MAR charts
that care workers could not follow, and as a result the hospital chart now lists times of day rather
than 'twice daily'.>> <<S:Community pharmacists, through the LPC, asked for the old blister pack to be
collected at the first visit, after finding two versions of the same medicine in several homes, and
this is now part of the agency's first-visit checklist.>> <<S:The council's home care commissioners
worked with the trust's medicines safety officer to draft the 14-day arrangement, and agency managers
tested it for a month before it was adopted.>>

Patients receive a leaflet in the green wallet explaining what will happen over the next few days. We
collected feedback cards from patients and families during the first three months; the comments were
positive and no changes were made as a result. Patients were not directly involved in designing the
process. We hope to ask the local Healthwatch to review the leaflet next year.
"""),
        ("value", "Value for money and experience", """
Producing the MAR chart adds about ten minutes of pharmacy technician time to each discharge, and the
green wallets cost 40p each. Community pharmacies are paid for the Discharge Medicines Service through
the national contract. A readmission after a missed anticoagulant or Parkinson's dose costs several
thousand pounds and can cause lasting harm. Agency managers say their care workers no longer face the
choice between giving no medicines and breaking the rules.
"""),
        ("spread", "Spread", """
The green wallet has been adopted by the trust's community hospital and by the hospice. The council has
written the 14-day arrangement into its new home care framework, and the LPC has shared the process with
neighbouring committees.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I892  night-time turns for people cared for in bed at home - docx - form
#       table - ICB senior quality manager, businesslike - ICB with the
#       council, the community trust and a homecare association - family
#       carers and staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I892", format="docx", layout="form_table", topic="night_repositioning_home_pressure_ulcers",
    project="independent56-turnatnight-892", docx_font="Calibri",
    title="Turn at Night: repositioning at home for people cared for in bed",
    cover_table=[
        ("Title of entry", "Turn at Night: repositioning at home for people cared for in bed"),
        ("Lead organisation", "NHS Fernmoor and Lisle Integrated Care Board"),
        ("Partner organisations", "Fernmoor County Council (Adult Social Care); Fernmoor Community Health NHS Trust (District Nursing and Tissue Viability); Fernmoor Homecare Association"),
        ("Name and role of entrant", "Senior Quality Manager, Personalised Care, NHS Fernmoor and Lisle ICB"),
    ],
    primary_entrant=dict(name="NHS Fernmoor and Lisle Integrated Care Board", type="icb"),
    partners=[
        dict(name="Fernmoor County Council", type="local_authority"),
        dict(name="Fernmoor Community Health NHS Trust", type="nhs_trust"),
        dict(name="Fernmoor Homecare Association", type="charity"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
People who spend all or most of their time in bed at home, because of frailty, advanced dementia,
neurological conditions or the last months of life, need to change position regularly to protect their
skin. In a hospital or a nursing home staff are there through the night. At home, the typical pattern in
Fernmoor was four home care visits a day, the last at about 8pm and the first at about 8am. Unless a
family member was able to help, the person lay in the same position for twelve hours.

Many of these people live with a husband, wife or adult child who was trying to turn them alone at night
and was exhausted, or who was too frail to do it at all. Night sitting services existed but were
expensive, rarely funded and usually meant someone in the house all night rather than a short visit.

District nurses were seeing the result. In 2022 the community trust recorded 164 new pressure ulcers of
category 2 or worse in people cared for in bed at home, and its reviews found that a long night without
repositioning was a factor in most of them. Funding was split: the council paid for home care, the NHS
paid for district nursing and continuing healthcare, and the night gap fell between them.

In 2023 the ICB and the council agreed to jointly fund a night turn visit, of about 30 minutes at around
2am, for people whom the district nurse assesses as being at very high risk of pressure damage and who
have nobody able to turn them safely. Two members of the Homecare Association set up small night teams
to provide the visits. District nurses review each person's mattress and position plan, and the night
teams use the 30-degree tilt with pillows and slide sheets.
"""),
        ("evidence", "What evidence is there of improvement as a result of the partnership?", """
From July 2023 to June 2024, 96 people received night turn visits, for an average of eleven weeks each.

<<Q:New pressure ulcers of category 2 or worse among these 96 people fell from 41 in the six months before
they started the service to 12 in the six months after.>> <<Q:Emergency admissions of the same group with
a pressure ulcer or infected wound went down from 17 to 5.>> <<Q:Across the whole district nursing
caseload of people cared for in bed, new category 3 and 4 pressure ulcers fell from 58 in 2022/23 to 34 in
2023/24.>>

The night teams made 6,890 visits over the year and missed 23, all because of snow.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<P:Family carers from the Fernmoor Carers' Support Service told us that they did not want a stranger
sitting in the house all night, but would welcome someone coming in to help with one turn, which is what
shaped the short 2am visit.>> <<P:A wife who had been turning her husband alone for two years tried out
the first visits and asked that the night team text her ten minutes before arriving, so she would not be
frightened by the door, and they now do.>>

<<S:District nurses and tissue viability nurses wrote the risk criteria with the council's social workers
and changed them after the first month so that people at the end of life could be referred directly.>>
<<S:Night care workers told us that slide sheets went missing in the day, so each person now has a named
set kept by the bed.>> <<S:Managers from the two night teams agreed the 30-minute visit length with the
district nurses after timing turns in a training flat.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
A night turn visit costs about £32. For a person receiving the service for eleven weeks, that is around
£2,460, less than a tenth of the cost of treating one category 4 pressure ulcer. Carers say they are
sleeping for the first time in months. District nurses say they are no longer going out every morning to
dress wounds that they know started in the night.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)

# ---------------------------------------------------------------------------
# I893  constipation in care home residents - docx - sections in an unusual
#       order (results first) - council care quality improvement manager,
#       plain - council with a primary care network and the community trust's
#       care home support team - staff involved - NO patient involvement
#       (residents charted, relatives sent a letter, residents' meetings
#       told with nothing changed, a negation, a plan) - 'about a third' and
#       an SPC shift
# ---------------------------------------------------------------------------
entry(
    id="I893", format="docx", layout="reordered", topic="care_home_constipation_bowel_care",
    project="independent56-bowelwatch-893", docx_font="Cambria",
    title="Bowel Watch: preventing severe constipation in care home residents",
    cover=[
        "Lead: Quarrington Borough Council, Care Quality and Improvement Team",
        "Partners: Quarrington North Primary Care Network; Quarrington Community Health NHS Trust (Care Home Support Team)",
        "Author: Care Quality Improvement Manager",
    ],
    primary_entrant=dict(name="Quarrington Borough Council", type="local_authority"),
    partners=[
        dict(name="Quarrington North Primary Care Network", type="primary_care"),
        dict(name="Quarrington Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("evidence", "Results", """
<<Q:Emergency admissions of care home residents in Quarrington for constipation or faecal impaction fell
by about a third, from 71 in 2022 to 47 in 2024.>> <<Q:The SPC chart of monthly 999 and 111 calls from the
homes about bowel problems shows a sustained shift below the previous mean from March 2023 onwards.>>
<<Q:Residents with their usual bowel pattern recorded within a week of admission to a home rose from 22%
to 90% in our audits.>>

Since the start of the project, 1,210 residents have had a Bowel Watch chart, and the PCN pharmacists
have carried out 860 medicine reviews.
"""),
        ("context", "The problem", """
Constipation sounds like a minor complaint. In frail older people living in care homes it is anything
but. Severe constipation causes pain, loss of appetite, urine retention and infections, falls and
delirium, and a resident with faecal impaction may develop overflow diarrhoea that is mistaken for a
stomach bug. Many residents take medicines that make constipation worse, including opioid painkillers,
iron and some antidepressants. Many drink and move less than they used to. And residents living with
dementia may not be able to say that anything is wrong.

In Quarrington's 34 care homes, bowel charts were usually a column of ticks. Nobody knew what was normal
for each resident, so nobody knew when something had changed. Laxatives were often prescribed 'as
required' and then not given, or given in the wrong order. Between 2020 and 2022 our quality team
reviewed several incidents in which a resident was admitted to hospital with impaction after a week or
more without opening their bowels, and in one case a resident died after a bowel perforation.

Bowel Watch started in January 2023. It has four parts. On admission to a home, each resident's usual
bowel pattern is recorded. A new chart uses pictures of stool types instead of ticks. A simple 'three day
rule' means that any resident who has not opened their bowels for three days, or whose pattern has
changed, is reviewed by a senior carer the same day using a step-by-step guide. And the PCN pharmacists
review the medicines of every resident who is on constipating drugs or who triggers the rule twice in a
month.
"""),
        ("stakeholders", "Who was involved", """
<<S:Senior carers from seven homes worked with the care home support nurses on the chart and threw out the
first version, which had eleven columns, in favour of the picture chart with one line per day.>>
<<S:PCN pharmacists and GPs agreed a laxative plan that senior carers can follow without ringing the
surgery each time, and revised it after three months when care staff found the doses hard to follow at
night.>> <<S:Care home managers asked for the three day rule to appear on the electronic care record as a
red flag, and two software providers used by the homes added it at their request.>>

Residents' bowel habits are recorded on the chart by care staff, and relatives were sent a letter about
the project when it began. The project was explained at residents' meetings in each home, where it was
generally welcomed, and nothing was changed as a result. We did not involve residents in designing the
chart, as many of the people it is for are living with advanced dementia. We would like to find a way to
include residents' and relatives' views when we review the chart in 2025.
"""),
        ("value", "Value", """
The charts are printed by the council and the pharmacist reviews are part of the PCN's existing care home
service. Each emergency admission for impaction costs the NHS around £3,000, and often more for a frail
resident who develops delirium in hospital. Stopping medicines that were no longer needed has also saved
on prescribing costs. Care staff tell us the picture chart is quicker than the old one and that they now
feel able to raise a concern with confidence.
"""),
        ("spread", "Spread", """
Bowel Watch is now used in all 34 homes in the borough and in two supported living services. The
community trust has adopted the chart for its district nursing caseload, and the chart and guide have been
shared with neighbouring councils through the regional care quality network.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I894  paracetamol from more than one source in people with home care -
#       pdf - with appendix - LPC chief officer, detailed - LPC with the
#       council and a homecare forum - people with home care and family carers
#       involved - NO staff involvement (pharmacists accredited, care workers
#       given a guide, pharmacy teams briefed, a named lead, a survey that
#       changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I894", format="pdf", layout="with_appendix", topic="paracetamol_double_dosing_home_care",
    project="independent56-onesource-894", pdf_font="LiberationSerif", pdf_align="L",
    title="One Source: stopping people with home care getting paracetamol from more than one place",
    cover=[
        "Lead entrant: Hollowmere Local Pharmaceutical Committee",
        "Partners: Hollowmere County Council (Adult Social Care); Hollowmere Homecare Forum",
        "Prepared by the Chief Officer, Hollowmere LPC",
    ],
    primary_entrant=dict(name="Hollowmere Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Hollowmere County Council", type="local_authority"),
        dict(name="Hollowmere Homecare Forum", type="charity"),
    ],
    sections=[
        ("context", "Why this matters", """
Paracetamol is the most widely used painkiller in the country and is safe at the right dose. It is also
in a great many products: plain paracetamol tablets and soluble tablets, co-codamol and other combined
painkillers, cold and flu remedies, and some sleep aids bought from supermarkets. Taking more than one of
them at a time is the commonest way that older people take too much without meaning to, and older people
who are frail or weigh very little can be harmed at doses that would be safe for a younger adult.

People who have home care are at particular risk. A care worker gives the paracetamol in the blister pack
at breakfast, lunch and teatime. A daughter who visits in the evening gives two co-codamol from the
bathroom cabinet because her mother says her back hurts. The GP practice has prescribed co-codamol
separately after a hospital visit. The person buys a hot lemon drink for a cold. Nobody sees all of
it.

In 2022 two people in Hollowmere who had home care were admitted to hospital with liver damage from
unintentional paracetamol overdose. One of them, a woman of 88 who weighed 41kg, was receiving plain
paracetamol from her care workers and co-codamol from two different prescriptions, one from the GP and
one from an out-of-hours service. She survived but never returned home.

Community pharmacies are well placed to see this, because they dispense most of the medicines, but they
only see what they dispense. Care workers see what is in the house but are not expected to know what is
in each product. The council commissions the care, and the Homecare Forum represents most of the
agencies that deliver it.
"""),
        ("evidence", "What we have achieved", """
Since February 2023, anyone who starts home care with medicines support is referred by the agency to
their community pharmacy for a 'One Source' check. The pharmacist lists every paracetamol-containing
product the person has, whether prescribed or bought, agrees with the GP which one should be kept, and
removes the others with the person's permission. A bright 'contains paracetamol' sticker goes on every
product that stays. The care record flags that paracetamol is given only from the blister pack, and a
fridge sheet tells family and visitors the same.

<<Q:Among people on home care medicines support whose records were checked, those with more than one
paracetamol-containing product on the go fell from 11% at their first check to 3% at the six-month
check.>> <<Q:Emergency admissions for unintentional paracetamol overdose among people aged 75 and over in
Hollowmere went from 19 in 2022 to 7 in 2024.>>

Pharmacies carried out 2,340 One Source checks in the first two years and removed 1,120 duplicate
products.
"""),
        ("stakeholders", "Who was involved", """
<<P:Twelve people who have home care, and some of their family carers, met with us at two sessions run by
the Homecare Forum, and they told us that the thing they most needed was something on the fridge that the
whole family could see, so the fridge sheet was their idea.>> <<P:A son whose mother had been taking
co-codamol and paracetamol together chose the wording 'only from the pack' for the sticker, after saying
that 'contains paracetamol' on its own did not tell him what to do.>> <<P:Carers at the sessions also
asked for the check to cover cold and flu remedies, which we had left out of the first version.>>

All 96 pharmacists who carry out the check completed the LPC's accreditation. Care workers in the
Forum's member agencies were given a one-page guide. Pharmacy teams were briefed at the LPC's annual
meeting. The project has been led throughout by our Chief Officer. We surveyed pharmacists after a year;
they were positive and no changes were needed. We plan to hold a review workshop with care workers and
pharmacists in 2025.
"""),
        ("value", "Value", """
The council pays pharmacies £12 for each check, about £28,000 a year, from its adult social care budget.
A hospital admission with paracetamol liver damage costs many thousands of pounds, and for an older
person it can be fatal. Removing duplicate products also reduces waste.

Families tell us that the fridge sheet has ended arguments about who gave what and when.
"""),
        ("spread", "Spreading the work", """
The council has written the One Source check into its home care medicines policy, and the Homecare
Forum has shared the fridge sheet with forums in neighbouring counties. Two other LPCs in the region have
started the same check.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the fridge sheet and data sources"),
        ("para", "Fridge sheet wording: Paracetamol is in lots of medicines. [Name] takes paracetamol ONLY from the pack the care worker uses. Please do not give any other painkillers, cold or flu remedies without checking with the pharmacy on the number below."),
        ("para", "Check figures come from pharmacy claim records held by the LPC. Admission figures were provided by the ICB's business intelligence team and cover unintentional paracetamol overdose as the main reason for admission."),
        ("para", "Hollowmere LPC, Unit 4, Tanner's Yard, Hollowmere HW3 9QT."),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)

# ---------------------------------------------------------------------------
# I895  GP care for people in interim care home beds after hospital - pdf -
#       numbered questions - PCN clinical director, candid - primary care
#       network with the council's discharge to assess team and the community
#       trust - 'interim residents', relatives and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I895", format="pdf", layout="numbered_questions", topic="interim_care_home_beds_gp_cover",
    project="independent56-notpassingthrough-895", pdf_font="DejaVuSans", pdf_align="L",
    title="Not Just Passing Through: GP care for people in interim care home beds after a hospital stay",
    cover=[
        "Lead: Ashcombe Moor Primary Care Network",
        "Partners: Ashcombe County Council (Adult Social Care, Discharge to Assess Team); Ashcombe Community Services NHS Trust (Intermediate Care)",
        "Author: Dr Kieran Walsh, Clinical Director, Ashcombe Moor PCN",
    ],
    primary_entrant=dict(name="Ashcombe Moor Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Ashcombe County Council", type="local_authority"),
        dict(name="Ashcombe Community Services NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. Describe the problem and why a partnership was needed", """
Since 2021 Ashcombe County Council has bought around 80 'interim' beds in nine care homes for people who
are well enough to leave hospital but not yet ready to go home, or who are waiting for a longer-term
decision about their care. People usually stay for two to six weeks. Most of them are frail and older,
many have just had a fall, an infection or an operation, and many have had their medicines changed.

The awkward truth is that for the first two years nobody was really their GP. Interim residents stayed
registered with their own practice, often twenty miles away, which would not visit. The care homes' own
GP practices only looked after their permanent residents, and temporary registration was rarely done.
When an interim resident became unwell, the home rang 111 or 999. Medicines that had been started in
hospital ran out and were not reordered. Nobody reviewed the person against their discharge plan, and
deterioration that would have been picked up on a ward round went unnoticed until it became an
emergency.

In 2022, a man in an interim bed after a hip fracture developed a chest infection. His home rang his own
practice, which advised calling 111, and he was seen three days later by an out-of-hours doctor and
admitted with pneumonia. He died on the ward. His case was discussed at the council's discharge board,
and our PCN offered to take on all the interim beds in our area.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since April 2023, all interim beds in the county have been placed in homes covered by our PCN's care
home team. Every interim resident is temporarily registered with one of our practices on the day they
arrive and is reviewed by a GP, advanced nurse practitioner or pharmacist within 48 hours, using their
discharge summary. They are included in the weekly care home ward round and in a weekly
multidisciplinary meeting with the council's discharge to assess social workers and the intermediate
care therapists. Homes use a soft signs and observations tool and call our care home team directly in
the day.

We compared April 2022 to March 2023 with April 2023 to March 2024.

<<Q:Readmissions to hospital within 30 days of arriving in an interim bed fell from 28% to 15%.>>
<<Q:The median time from arrival to a first review by a clinician went down from 9 days to 2 days.>>
<<Q:999 calls from the interim beds dropped from 212 to 96.>> <<Q:The proportion of interim residents who
went on to live in their own home rather than a permanent care home placement rose from 41% to 53%.>>

Our team carried out 1,030 first reviews in the year.
"""),
        ("spread", "3. How has the work been shared or applied elsewhere?", """
The ICB has asked the other four PCNs in the county to take on interim beds in the same way when the
council's contracts are renewed, and the neighbouring county has visited us. We have written a short
guide for PCNs and presented the work at the regional ageing well network.
"""),
        ("value", "4. What difference has it made to people and staff, and is it value for money?", """
The work is funded through the care home element of the national PCN contract, with an extra £38,000 a
year from the council for a part-time pharmacist. Each readmission avoided saves the NHS several
thousand pounds and each person who goes home instead of into a permanent placement saves the council a
great deal more.

Care home staff say they feel they have someone to call. For interim residents and their families, the
weeks after hospital now feel like part of their recovery rather than a waiting room.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<P:We invited three former interim residents and two of their daughters to meet us in the first year,
and they told us that nobody had explained what 'interim' meant or who was in charge of their care.>>
<<P:Because of what they said, every interim resident now receives a welcome visit from our care home
team on the first day, with a named clinician, and they helped us write the one-page sheet that is left
with them.>> <<P:A retired postman who had spent five weeks in an interim bed suggested that the weekly
review should include a question about what the person is hoping to get back to doing, and that question
now opens the review.>>

<<S:Nurses and senior carers in the nine homes agreed the soft signs tool with our advanced nurse
practitioners and asked for a direct phone number in place of the practice switchboard, which they now
have.>> <<S:Discharge to assess social workers and intermediate care physiotherapists designed the weekly
meeting with us and changed its format twice.>> <<S:Receptionists in our practices worked out how to do
temporary registration on the day of arrival, which had previously taken up to a week.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I896  a review within 72 hours after a fall for people with home care -
#       docx - bullet lists - short - council reablement service manager,
#       list-minded - teams of ONE council (reablement, telecare response,
#       occupational therapy), NO partner (ineligible) - people who had
#       fallen and staff involved - NO quantitative evidence (review counts,
#       a single percentage, equipment counts, a target, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I896", format="docx", layout="bullet_lists", topic="home_care_post_fall_review",
    project="independent56-afterthefall-896", docx_font="Arial",
    title="After the Fall: a review within 72 hours for people with home care who have fallen",
    cover=[
        "Stanbridge Metropolitan Borough Council",
        "A joint project of the council's Reablement Service, Telecare Response Team and Occupational Therapy Service",
        "Submitted by the Service Manager, Reablement",
    ],
    primary_entrant=dict(name="Stanbridge Metropolitan Borough Council", type="local_authority"),
    partners=[],
    sections=[
        ("context", "Why we needed to change", """
About 1,900 people in Stanbridge have home care or a telecare alarm from the council.

What used to happen after a fall:

- the telecare responder or care worker helped the person up, checked for injuries and recorded the fall

- if the person was not hurt, nothing else happened unless the family asked for help

- many people fell again within weeks, often in the same place and for the same reason

- occupational therapy referrals were added to a waiting list of up to four months

- the reablement team, the telecare responders and the occupational therapists each kept their own records, so nobody could see that the same person had fallen three times

- in the summer of 2023 a woman of 91 fell three times in a fortnight on her way to the toilet at night; each time she was helped up unhurt, and on the fourth occasion she broke her hip and did not return home

What we do now, since October 2023:

- every fall is logged on one shared system that the three teams can all see

- within 72 hours a reablement worker visits and looks at why the person fell: lighting, rugs, footwear, the route to the toilet, medicines timing and whether they can get up from the chair

- simple equipment such as a grab rail, a raised toilet seat or a bed lever is fitted on the same visit from a van stock

- anyone with a second fall or an injury is seen by an occupational therapist within two weeks

- the care worker's rota is checked, so that visits are not so late in the evening that the person tries to get themselves to bed
"""),
        ("evidence", "What we have achieved", """
- 488 post-fall reviews carried out between October 2023 and September 2024

- 81% of reviews done within 72 hours of the fall

- 612 pieces of small equipment fitted on the day

- 143 people seen by an occupational therapist after a second fall

- our target is 90% of reviews within 72 hours by March 2025

- we will compare repeat falls with the year before the project when a full year of data has been checked
"""),
        ("stakeholders", "Who was involved", """
- <<S:telecare responders suggested the shared falls log after pointing out that the reablement team never heard about falls that happened at night>>

- <<S:reablement workers chose the van stock list themselves, after a month of writing down what they wished they had had with them>>

- <<S:occupational therapists wrote the review checklist with the reablement team leaders and shortened it after the first twenty visits>>

- <<P:four people who had fallen more than once tried out the review visit and told us it felt like an inspection, so the worker now starts by asking what the person finds hardest at home>>
"""),
        ("value", "Value", """
- the van stock costs about £4,000 a year

- the reviews use existing reablement hours

- one avoided hip fracture saves the NHS and the council far more than the cost of the scheme

- reablement workers say they like being able to fix something on the day instead of filling in another referral

- people tell us they are relieved that someone came back to see why they fell, and not just to pick them up
"""),
        ("spread", "Spread", """
- the council's in-house day services have started logging falls in the same way

- we shared the checklist at the regional reablement managers' meeting

- the telecare team has offered the shared falls log to the housing service's sheltered schemes, which have their own alarm system
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
