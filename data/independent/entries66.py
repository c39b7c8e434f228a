"""Sixty-sixth independent evaluation set (I1041..I1056) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
the UK Health Security Agency named as a partner or lead.  The entries are meant to be
ordinary: the kind of thing fire and rescue services, police forces, primary care
networks, GP federations, a local dental committee, integrated care boards, acute and
community trusts, a children's hospice, a members' organisation, a university, a council
and the odd private company send in, in their own voices and at their own length.  The
theme of this set is infection prevention and antimicrobial stewardship: sepsis in the
community, catheter and line infections, outbreaks in care settings, and antibiotic
prescribing in general practice and dentistry.

Topics: fire co-responders and community first responders spotting sepsis while the
ambulance is on its way (a fire and rescue service with the ambulance service, a
responders' charity and a university, own headings), penicillin allergy labels checked
and removed in general practice (a primary care network with the hospital allergy service
and the pharmaceutical committee, bold headings with a cover table), line infections in
people fed through a vein at home (a private homecare company as primary entrant, with an
intestinal failure unit and a patients' group, numbered questions with cover bullets),
winter viruses spreading through a children's hospice and cancelled short breaks (a
children's hospice, no headings, long), urinary catheters put in at hospital that are
never taken out at home (a community trust bladder and bowel service, CAPS headings),
finger-prick CRP tests and back-up prescriptions for chest infections in general practice
(a university lead, two columns), bloodstream infections in people who dialyse through a
tunnelled neck line (an acute trust renal service with a kidney patients' association,
rubric headings), Candida auris passing between hospital and nursing homes (a private
nursing home group as primary entrant, lists), diarrhoea and vomiting outbreaks in day
nurseries reported late (a UKHSA health protection team as lead, a form with a cover
table), long-term preventive antibiotics for women with recurrent urine infections (a GP
federation, results first, no spread section), ciprofloxacin and levofloxacin given to
older people taking steroids (an integrated care board, a form with a cover table),
community pharmacists querying antibiotics prescribed by dentists (a local dental
committee, style headings), urine infections and urosepsis in people with spinal cord
injury who self-catheterise (a members' organisation as lead, with appendix, long),
infected injection sites and sepsis in people held in police custody (a police force,
numbered questions), infections and outbreaks in hotels housing people seeking asylum (a
council public health team, short lists with no evidence section) and cannula and midline
infections in community hospitals (teams of one community trust, no partner, a pdf made
from Word).

Lead types and layouts: I1041 emergency_service (fire and rescue), pdf own_headings;
I1042 primary_care (PCN), docx bold_headings with a cover table; I1043 private, docx
numbered_questions with cover bullets; I1044 charity (children's hospice), docx
no_headings; I1045 nhs_trust (community), pdf caps_headings; I1046 university, pdf
two_column; I1047 nhs_trust (acute), docx rubric_headings; I1048 private, pdf
bullet_lists; I1049 public_other (UKHSA), pdf form_table with a cover table; I1050
primary_care (GP federation), docx reordered; I1051 icb, docx form_table with a cover
table; I1052 primary_care (local dental committee), docx style_headings; I1053
patient_group (members' organisation), pdf with_appendix; I1054 emergency_service
(police), pdf numbered_questions; I1055 local_authority, docx bullet_lists; I1056
nhs_trust (community, no partner), pdf style_headings via soffice.

Flags: no_patient_involvement I1042, I1046, I1049, I1051, I1056; no_staff_involvement
I1044, I1048, I1053, I1055; no_quantitative_evidence I1045 (a measured change told only
in the value section), I1049, I1052, I1055; ineligible I1043 (private lead), I1048
(private lead), I1056 (no partner); missing_section I1050 (spread) and I1055 (evidence).
I1041, I1047 and I1054 have no flags.

Build it with

    .venv/bin/python data/independent/build.py --set 66   (writes data/corpus/independent66/)

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
  * not Q: dates, financial years, bed/ward/home/school/practice counts, headcounts,
    numbers trained, activity counts (visits, calls, referrals, checks, tests, queries,
    people screened or identified), single figures with no baseline, a zero with no
    earlier figure, figures that did not change, budgets, costs and savings estimates,
    phone numbers, postcodes, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('halved', 'a third fewer', a shift on a statistical process control chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, unusual names for the people involved, unusual job
    titles, list items), wherever in the entry it is told; a peer worker with lived
    experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing, funding or
    advising as a body, a single named lead doing their job, audiences at launches and
    meetings that were only updated, surveys and questionnaires after which nothing
    changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks, local
pharmaceutical committees and local dental committees are primary_care; patients'
associations, members' organisations run by and for people with a condition and peer
support groups are patient_group; hospices, responders' charities, care associations and
refugee charities are charity; national public bodies such as the UK Health Security
Agency are public_other; a university is university; homecare companies, nursing home
groups, dialysis providers and custody healthcare companies are private).  A department
or team of the entrant's own organisation is not a partner.  Flags are written by hand
and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1041  sepsis spotted by fire co-responders and community first responders
#        - pdf - own headings - fire service station manager, practical - fire
#        and rescue service with the ambulance service, a responders' charity
#        and a university - survivors, families and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1041", format="pdf", layout="own_headings", topic="sepsis_fire_co_responders_rural",
    project="independent66-sepsisdoorstep-1041", pdf_font="LiberationSans", pdf_align="L",
    title="Sepsis on the Doorstep: fire co-responders and community first responders spotting sepsis while the ambulance is on its way",
    cover=[
        "Lead organisation: Harrowdene Fire and Rescue Service (Co-responder Programme)",
        "Partners: Fenmarsh and Harrowdene Ambulance Service NHS Trust; Harrowdene Community First Responders (registered charity); University of Castlebrook (School of Health Sciences)",
        "Written by the Station Manager for Co-responding and Community Safety",
    ],
    primary_entrant=dict(name="Harrowdene Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Fenmarsh and Harrowdene Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Harrowdene Community First Responders", type="charity"),
        dict(name="University of Castlebrook", type="university"),
    ],
    sections=[
        ("context", "Where we started", """
Harrowdene is a large rural county. Two thirds of our fire stations are crewed by on-call
firefighters who live and work in the villages they cover, and since 2019 eighteen of those stations
have also run a co-responder scheme with the ambulance service. Co-responders are sent alongside an
ambulance to certain 999 calls in their patch, and because they are often only a few minutes away,
they usually arrive first. Alongside them the county has a network of volunteer community first
responders, trained and dispatched by the ambulance service and supported by their own charity.

At the start the scheme was about cardiac arrests and breathing problems. Over time, and particularly
once ambulance waits grew longer after 2021, our crews were being sent to a much wider range of calls:
older people who had 'gone off their legs', people who were 'not right', people found confused in bed.
Many of these calls are given a lower priority by the 999 system because the caller cannot describe
anything dramatic. A good number of them turned out to be infections, and some of those people had
sepsis.

The case that changed our thinking happened in February 2022. A co-responder crew from one of our
moorland stations attended a 78-year-old man whose wife said he had been shivering and talking
nonsense since the morning. The crew recorded his pulse, breathing rate and oxygen level, which were
all abnormal, and noted that he had not passed urine all day. They had no way to pass those
observations to anyone who could act on them, other than ringing the ambulance control room and
joining the queue. The call stayed at the same priority. The ambulance arrived two hours and fifty
minutes later. He was admitted to intensive care with urosepsis and died four days later.

When we looked back at the previous year we found many more calls like it. Our crews were recording
observations on paper, leaving them with the patient, and going back to the station. Nobody was
looking at the numbers while the person waited.

The answer was not to turn firefighters into paramedics. It was to make sure that what they were
already seeing reached a clinician quickly. That needed the ambulance service, which runs the
clinical hub where paramedics and nurses review waiting calls; the first responders' charity, whose
volunteers were facing the same problem; and a university partner who could help us design a simple
tool and tell us honestly whether it worked.
"""),
        ("evidence", "What has changed", """
Since June 2022 every co-responder crew and first responder carries a tablet with a short
observation and sepsis screen. It asks for six observations and four questions: new confusion, no
urine in the last eighteen hours, a known recent infection, and whether the family thinks the person
has changed. Any red answer sends the record straight to the clinical hub, where a paramedic rings the
crew back within ten minutes. The paramedic can raise the priority of the ambulance, send the
urgent community response team or, if the person is very unwell and the ambulance is far away, ask
the crew to stay until it arrives.

The university team matched our records with hospital data for the year before the scheme and for
2023/24. <<Q:Among people attended by a co-responder or first responder who were later diagnosed
with sepsis in hospital, the share whose ambulance response was upgraded before the crew arrived
rose from 19% to 68%.>> <<Q:For the same group, the median time from the 999 call to arriving at
hospital fell from 3 hours 12 minutes to 1 hour 58 minutes.>> <<Q:The proportion who received
antibiotics within an hour of reaching hospital went up from 46% to 74%, because the hospital had
been pre-alerted by the crew.>>

In 2023/24 our crews and first responders sent 1,940 screens to the hub, and 212 ambulance responses
were upgraded as a result.
"""),
        ("stakeholders", "How people were involved", """
<<S:On-call firefighters from six stations tried the screen out on training nights and told us to
move the sepsis questions to the top, because on real calls they were often stood down before they
reached the end.>> <<S:Paramedics in the clinical hub worked out the call-back rules with our
co-responder leads, and after the first month they asked for the crew's phone number to be sent with
every screen, which saved several minutes per call.>>

<<P:The Harrowdene Sepsis Support Circle, a group of survivors and bereaved relatives, met the
project team three times and said that families are usually the first to notice something is wrong
but are rarely listened to, which is why the screen now has its own question about what the family
has noticed.>> <<P:One member, whose husband died of sepsis in 2021, recorded a short film about his
last day at home, and she chose the parts she wanted every crew to hear.>>

All 214 co-responders and 58 community first responders have been trained in using the screen. The
ambulance service's clinical bulletin has carried regular updates for its own crews.
"""),
        ("value", "Value", """
The tablets cost £46,000, shared between the fire service and the ambulance service, and the
software was adapted from a form the ambulance service already used. The clinical hub absorbed the
call-backs within existing staffing. An intensive care admission for sepsis costs many thousands of
pounds, and for older people a long admission often means they never go home again.

Crews say the biggest change is that they no longer drive away worrying about the person they have
left. Families have written to stations to thank crews who, in their words, 'got the ambulance
moving'.
"""),
        ("spread", "Sharing what we have learned", """
The ambulance service has offered the screen to the fire and rescue services in the two neighbouring
counties it covers, and one has started using it. The university has published the evaluation and
presented it to the national co-responding forum. We have also shared the training materials and the
survivors' film with the national sepsis charities' network, with the family's permission.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1042  penicillin allergy labels in general practice - docx - bold headings
#        with a cover table - PCN lead pharmacist, methodical - primary care
#        network with the hospital allergy service and the LPC - staff
#        involved - NO patient involvement (patients texted and sent letters,
#        a questionnaire that changed nothing, PPGs updated, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1042", format="docx", layout="bold_headings", topic="penicillin_allergy_delabelling_primary_care",
    project="independent66-reallyallergy-1042", docx_font="Calibri",
    title="Is It Really an Allergy? Checking penicillin allergy labels in general practice",
    cover_table=[
        ("Entry title", "Is It Really an Allergy? Checking penicillin allergy labels in general practice"),
        ("Lead organisation", "Wendlebury and Oakcross Primary Care Network (nine GP practices)"),
        ("Partners", "Sallowfield Hospitals NHS Foundation Trust (Adult Allergy Service and Antimicrobial Pharmacy Team); Wendlebury Local Pharmaceutical Committee"),
        ("Contact", "Lead Clinical Pharmacist, Wendlebury and Oakcross PCN"),
    ],
    primary_entrant=dict(name="Wendlebury and Oakcross Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Sallowfield Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Wendlebury Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "The problem", """
About one in ten people registered with a GP has 'penicillin allergy' on their record. When the label
is tested properly, nine out of ten of them turn out not to be allergic at all. The label usually goes
back to a rash in childhood, a stomach upset, or a relative who reacted. It matters because people with
the label are given other antibiotics instead, such as clarithromycin, doxycycline, cephalosporins,
quinolones or clindamycin. These work less well for many common infections, cause more side effects,
and carry a higher risk of Clostridioides difficile infection and of resistant bacteria. Surgical
patients with the label have more wound infections.

There is a second, opposite problem. When records are merged or moved between practices, true
allergies are sometimes lost or recorded as free text that does not trigger a warning. In 2021 one of
our patients, who had had an anaphylactic reaction to amoxicillin years before, was given co-amoxiclav
by an out-of-hours service because her allergy was only written in an old scanned letter. She spent a
night in hospital.

The same year, a man in his sixties with a 'penicillin allergy' that dated from a rash when he was
four was treated for a chest infection with clindamycin and then with a cephalosporin. He developed
severe C. difficile colitis and was in hospital for three weeks.

The nine practices in our network had around 8,900 patients with a penicillin allergy label. The
hospital's allergy clinic had a waiting list of over a year and could only see a few hundred people a
year. We needed a way of checking labels in general practice, safely, with the hospital's expertise
behind us, and a way for community pharmacists, who see every antibiotic prescription, to spot
labels that did not make sense.
"""),
        ("evidence", "Evidence of improvement", """
From April 2022 our PCN pharmacists have used a structured allergy history, written with the
hospital's allergy team, for people with a label. People whose history shows no real allergy, such as
a stomach upset or a family history only, have the label removed. People with a low-risk history, such
as a mild rash many years ago, are offered a single supervised dose of amoxicillin (a direct oral
challenge) at our PCN hub, under a protocol and training provided by the allergy service. Anyone with
a higher-risk history is referred to the allergy clinic. Community pharmacists who see a penicillin
label that seems odd, or an antibiotic that clashes with a true allergy, use a secure email route to
tell the practice.

By March 2024 we had taken an allergy history from 2,870 patients and removed 1,130 labels. 412 people
had a direct oral challenge and nine had a mild rash, which was treated at the hub.

<<Q:The share of registered patients with a penicillin allergy label fell from 9.6% in April 2022 to
7.4% in April 2024.>> <<Q:Prescriptions of clarithromycin, cephalosporins, quinolones and clindamycin
for the patients who had their label removed fell from 1,240 in the two years before to 310 in the
two years after.>> <<Q:Cases of C. difficile infection in people registered with our practices went
down from 31 in 2021/22 to 19 in 2023/24.>>
"""),
        ("stakeholders", "Involvement", """
<<S:Our PCN pharmacists wrote the first version of the allergy history template, and after testing it
in two practices they cut it from four pages to one and added a picture guide to rashes.>>
<<S:Nurses from the hospital's allergy service ran the first thirty oral challenges at our hub
alongside our pharmacists and then changed the protocol so that a GP no longer has to be on site,
only available by phone.>> <<S:Community pharmacists in the LPC's antimicrobial group asked for a
single secure email address for allergy queries in each practice, because their phone calls were
never returned, and that is how the query route works now.>> <<S:The GPs in each practice reviewed the
first fifty decisions made by the pharmacists and asked for 'intolerance' to be coded separately from
'allergy', which we did.>>

Patients on the list were sent a text and a letter inviting them to book an allergy check. We gave a
short questionnaire to 120 patients who had their label removed; most were very satisfied, so we did
not change the process. The practices' patient participation groups heard about the project at their
spring meetings. We would like to involve patients in designing an 'allergy checked' wallet card next
year.
"""),
        ("value", "Value", """
The pharmacist time was funded through the PCN's existing pharmacy roles, and the allergy service
provided training within its outreach budget. Amoxicillin is one of the cheapest antibiotics there is.
A single hospital admission with C. difficile infection costs the NHS around £8,000, and broader
antibiotics add to the resistance problem for everyone.

Patients often say they had always wondered whether they were really allergic. Our pharmacists say the
work is some of the most satisfying they do.
"""),
        ("spread", "Spread", """
The integrated care board has funded pharmacist time for the other five PCNs in Wendlebury to start
the same service in 2025, and the allergy service has written our protocol into its guidance for
primary care. We presented the work at the regional antimicrobial stewardship network in November
2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1043  line infections in people on home parenteral nutrition - docx -
#        numbered questions with cover bullets - PRIVATE homecare company as
#        primary entrant, with the intestinal failure unit and a patients'
#        group (ineligible) - nursing director, warm - patients, carers and
#        staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1043", format="docx", layout="numbered_questions", topic="home_parenteral_nutrition_line_infections",
    project="independent66-cleanlines-1043", docx_font="Arial",
    title="Clean Hands, Clean Lines: fewer line infections for people fed through a vein at home",
    cover=[
        "Primary entrant: Calderway Clinical Homecare Ltd",
        "Partners: Royal Invermay Hospital NHS Foundation Trust (Intestinal Failure Unit); PN at Home Together (patients' and carers' group)",
    ],
    cover_bullets=[
        "Category: Best Partnership Solution Improving Patient Safety",
        "Contact: Nursing Director, Calderway Clinical Homecare Ltd",
        "Service covered: home parenteral nutrition for adults across the Invermay region",
    ],
    primary_entrant=dict(name="Calderway Clinical Homecare Ltd", type="private"),
    partners=[
        dict(name="Royal Invermay Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="PN at Home Together", type="patient_group"),
    ],
    sections=[
        ("context", "1. What problem did the partnership set out to solve?", """
Some people cannot absorb enough food through their gut, because of bowel surgery, Crohn's disease,
radiation damage or rare conditions, and are kept alive by parenteral nutrition (PN): a liquid feed
given through a central venous line, usually overnight, at home. Calderway delivers the feed bags,
equipment and nursing support to around 340 adults in the Invermay region on behalf of the hospital's
intestinal failure unit. Many have been on PN for years.

The most serious everyday risk for these patients is a line infection. Bacteria get into the line
when it is connected or disconnected, or through the skin where it comes out. A catheter-related
bloodstream infection means an emergency admission, often sepsis, and usually the line has to be taken
out and replaced. Each new line uses up a vein, and some of our patients are running out of places
where a line can go. For them, every infection brings them closer to losing the only way they can be
fed.

In 2021 we looked at our infection figures with the unit and found they were higher than the
published rates for similar services. We also found a muddle. Patients were trained by the hospital's
nutrition nurses before going home, and then by our homecare nurses, and the two teams taught slightly
different steps. Patients told us they did whichever version they remembered. Some carers had never
been trained at all. Equipment changed when suppliers changed, with no warning. And when a patient
rang with a temperature in the night, nobody was sure whether to send them to the nearest emergency
department, which may never have seen a PN line, or all the way to the unit.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since March 2022 there has been one agreed technique, taught by both teams using the same video and
the same step-by-step card. Every patient and carer has a yearly refresher at home with a homecare
nurse who watches them connect. Any change of equipment is agreed with the unit and the patient
first. A patient with a temperature or rigors now rings a single number, staffed around the clock by
the unit, and local emergency departments have a one-page 'PN line alert' to follow, which the
patient carries.

<<Q:Catheter-related bloodstream infections in the people we look after more than halved, from 1.31
per 1,000 catheter days in 2021 to 0.58 in 2024.>> <<Q:Lines removed because of infection went down
from 29 in 2021 to 11 in 2024.>> <<Q:Emergency admissions of our patients to hospitals other than the
unit with a suspected line infection fell from 37 to 14, because more people now call the unit's
number first.>>

The homecare nurses carried out 602 refresher visits in 2024.
"""),
        ("spread", "3. How has the work been shared or spread?", """
We have introduced the single technique and the yearly refresher for patients of two other
intestinal failure units we serve, and the unit has shared the card and video through the national
intestinal failure network. The 'PN line alert' has been adopted by the ambulance service, which now
shows it to crews on their electronic record when a patient on PN calls 999.
"""),
        ("value", "4. What difference has it made, and is it value for money?", """
The video, the cards and the alert cost about £9,000 to produce, which Calderway paid for. A line
infection admission costs the NHS well over £10,000 once a new line is included, and the human cost
for a patient who is running out of veins cannot be measured in money.

People tell us they feel more confident and less alone. One carer told us she had been 'secretly
terrified' every night for two years and now feels she knows exactly what she is doing.
"""),
        ("stakeholders", "5. How were patients and staff involved?", """
<<P:Members of PN at Home Together, the patients' and carers' group, acted in the training video
themselves, and they insisted that it show real kitchens and bedrooms rather than a clinic, because
that is where the line is connected.>> <<P:A retired electrician who has been on PN for fourteen years
suggested a wipe-clean mat with the steps printed on it, laid out in the order things are used, and
every patient now has one.>> <<P:Carers in the group asked for a separate short version of the card
for family members who only connect the line occasionally, which we produced with them.>>

<<S:Our homecare nurses and the unit's nutrition nurse specialists spent three days together agreeing
the single technique, step by step, and they dropped two steps that neither team could justify.>>
<<S:Our delivery drivers pointed out that patients were sometimes given a new brand of connector with
no explanation, and their reports led to the rule that equipment changes are agreed with the unit and
the patient first.>>
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1044  winter viruses in a children's hospice and cancelled short breaks -
#        docx - no headings - long - director of care, personal - children's
#        hospice with UKHSA, the community children's nursing service and the
#        council's short breaks service - parents, grandparents and young
#        people involved - NO staff involvement (staff trained and briefed, a
#        named lead doing her job, a staff survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1044", format="docx", layout="no_headings", topic="childrens_hospice_respiratory_outbreaks",
    project="independent66-keepingbreaksopen-1044", docx_font="Georgia",
    title="Keeping Breaks Open: stopping winter viruses spreading through a children's hospice",
    cover=[
        "Larkspur House Children's Hospice (registered charity), with the UK Health Security Agency (Lowmoor Health Protection Team), Tamsworth and Dunmere Community NHS Trust (Community Children's Nursing) and Tamsworth Borough Council (Short Breaks Service)",
        "Entry by the Director of Care, Larkspur House",
    ],
    primary_entrant=dict(name="Larkspur House Children's Hospice", type="charity"),
    partners=[
        dict(name="UK Health Security Agency", type="public_other"),
        dict(name="Tamsworth and Dunmere Community NHS Trust", type="nhs_trust"),
        dict(name="Tamsworth Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
Larkspur House cares for around 190 babies, children and young people with life-limiting and
life-threatening conditions, and their families. Some come to us at the end of life. Most come for
short breaks: a few nights, several times a year, when we look after the child so that their parents
can sleep, spend time with their other children, or simply have a bath without listening for an
alarm. For many families those nights are what makes it possible to keep going.

Many of the children who stay with us have very little reserve. They may have a tracheostomy, need
ventilation at night, have a weak cough or be unable to clear their own secretions. A cold that would
keep a healthy child off school for two days can put one of our children in intensive care. In the
winter of 2022, a respiratory syncytial virus (RSV) outbreak spread through our building in the space
of a week. Five children became unwell, two were admitted to hospital, and one, a nine-year-old girl
who uses a ventilator at night, spent eleven days in paediatric intensive care. We closed to short
breaks for three weeks to stop it spreading further.

Closing does not feel like the safe choice when you are a parent at home. We had to phone more than
sixty families to cancel breaks they had been counting down to for months. Several of those parents
told us afterwards that they had been so exhausted that they had made mistakes with their child's
medicines or feeds. One father fell asleep at the wheel on the way back from a hospital appointment.
The risk had not gone away; it had just moved into the family home.

That winter showed us that we were handling infection in the wrong way. We relied on parents to tell
us at the door if their child had a cough. We had no quick way of knowing whether a child was coming
in with a virus or had been in contact with one at school. Our rooms share a corridor and a playroom,
and siblings often stay in our family flats. When an outbreak started, we phoned the health
protection team for advice each time as if it were the first, and the advice arrived after the virus
had already moved on. And when we cancelled a break, there was nothing else to offer the family.

We also could not do this on our own. We are a charity with a small clinical team, not a hospital,
and we do not have laboratory testing on site or a microbiologist down the corridor. The health
protection team had the expertise on outbreaks, but had never been asked to think about a building
like ours, where the children are as vulnerable as any on an intensive care unit but the setting is
meant to feel like a home. The community children's nurses already visited most of our children in
their own homes and could test a child there before they travelled. The council paid for many of the
short breaks in the first place and was the only organisation that could fund something different
when a break had to be called off. Each of us held one part of the answer.

It is worth saying, too, what a short break means in practice. Many of our parents have not slept
through the night for years. Some have given up work. Brothers and sisters miss out on outings,
birthdays and ordinary family life because their parents are exhausted or in hospital. When a break
is cancelled at the door, the family often has to start again from nothing, and the next available
date might be months away.
"""),
        ("evidence", None, """
Since October 2023 every family gets a phone call two days before a short break and a text on the
morning of arrival, with the same five questions about symptoms in the child and the household. If
the answer to any of them is yes, one of our nurses talks it through and, where it is safe, the
child is tested at home by the community children's nurses before they come. Children with symptoms
are not simply turned away. Instead, the council's short breaks service can fund a night of care at
home from our hospice at home team, or a break is moved to the next available date, and the family is
offered the first free slot. We have divided the building into two wings with separate staff on
each shift in the winter months, put air filters in every bedroom and the playroom, and offered flu
and COVID vaccines to all staff and volunteers on site.

The health protection team has written a standing plan with us for RSV, flu, COVID and other
respiratory viruses, so that when two children on the same wing are unwell, we act on the same day
without waiting for a call back.

<<Q:Respiratory outbreaks at Larkspur House went from six in the winter of 2022/23 to one in the
winter of 2023/24 and one in 2024/25.>> <<Q:Short-break nights lost because of an outbreak fell from
312 in 2022/23 to 58 in 2023/24.>> <<Q:Children who became unwell with a respiratory infection during
a stay or in the five days afterwards went from 27 to 9, and none needed intensive care in the two
most recent winters.>>

In the last two winters 46 breaks were given at home instead, when the child could not safely come
in.
"""),
        ("stakeholders", None, """
We asked families what would help, and they did not hold back. <<P:A group of mums, dads and
grandparents who use our short breaks met with us on three evenings, some in person and some on a
video call from the child's bedside, and they told us that being turned away at the door was the
worst part, which is why the questions are now asked two days ahead.>> <<P:They also wrote the five
questions in the words parents actually use, such as 'more chesty than usual' rather than 'increased
secretions'.>> <<P:It was a grandmother in the group who first asked whether the break could come to
the child instead, and her idea became the night at home.>>

<<P:Our young people's council, six teenagers who have stayed with us for years, chose where the air
filters went so they would not be noisy at night, and they made the posters asking visitors to stay
away if they are unwell.>>

All 140 care staff and nurses were trained by the health protection team in recognising respiratory
outbreaks and using the standing plan. Volunteers were briefed about the wing system at their
autumn meeting. Our infection prevention lead nurse carries out the daily checks and keeps the outbreak
log as part of her role. We sent a survey to staff after
the first winter and the answers were positive, so we kept everything as it was. We plan to set up a
staff group to review the plan before next winter.
"""),
        ("value", None, """
The air filters cost £14,000 and were funded by a local trust fund. The nights of care at home cost
the council's short breaks budget around £420 each, and the council agreed to meet that cost because
a cancelled break often leads to an emergency request for respite later. A child in paediatric
intensive care costs the NHS more than £4,000 a night.

Families tell us they can plan again. One mother said, "For the first time I wasn't dreading the
winter." Our own team tells us that closing the doors in 2022 was one of the hardest things they have
ever had to do, and they do not want to do it again.
"""),
        ("spread", None, """
We have shared the standing plan and the five questions with the other children's hospices in our
region, and two are using them this winter. The community children's nursing service now asks the
same five questions before children go into the council's other short break homes. The health
protection team has adapted the standing plan for special schools with children who have complex
health needs. We also spoke about the work at the national children's palliative care conference in
2024, and we are happy to share the materials with anyone who asks.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1045  urinary catheters put in at hospital and never taken out at home -
#        pdf - CAPS headings - bladder and bowel service clinical lead, brisk -
#        community trust with the acute trust, a GP federation and a care
#        providers' association - patients (passive voice) and staff involved
#        - NO quantitative evidence in the evidence section (passport counts,
#        a single percentage, a target, a plan); a measured change appears
#        only in the value section
# ---------------------------------------------------------------------------
entry(
    id="I1045", format="pdf", layout="caps_headings", topic="catheter_removal_plan_after_discharge",
    project="independent66-catheterplan-1045", pdf_font="DejaVuSans", pdf_align="L",
    title="CATHETER PLAN: making sure urinary catheters put in at hospital come out at home",
    cover=[
        "LEAD: Dunholm Community Health NHS Trust, Bladder and Bowel Service",
        "PARTNERS: Dunholm and Weir Hospitals NHS Trust (Urology, Emergency Department and Discharge Team); Dunholm GP Federation; Dunholm and District Care Providers' Association",
        "CONTACT: Clinical Lead Nurse, Bladder and Bowel Service",
    ],
    primary_entrant=dict(name="Dunholm Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Dunholm and Weir Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Dunholm GP Federation", type="primary_care"),
        dict(name="Dunholm and District Care Providers' Association", type="charity"),
    ],
    sections=[
        ("context", "WHY WE NEEDED TO ACT", """
Urinary catheters are put in for good reasons: urinary retention, surgery, or close monitoring when
someone is very ill. The longer a catheter stays in, the more likely it is to cause a urine
infection, and a catheter-associated infection is one of the commonest causes of bloodstream
infection and sepsis in older people. Catheters also cause pain, bleeding, blockages, falls and loss
of dignity.

In 2022 our district nurses and care home nurses kept meeting people who had come home from hospital
with a catheter and no idea why, or for how long. We audited 300 people discharged from Dunholm and
Weir Hospitals with a new catheter. In 38% there was no reason recorded for the catheter and no plan
for taking it out. Some had been told 'your GP will sort it'; the GP had been told nothing. A trial
without catheter, the simple test of whether a person can pass urine once it is removed, was meant to
happen in a urology clinic that had a waiting list of four months.

One woman of 84 was catheterised in the emergency department for retention after a fall, sent back
to her care home the same night, and kept her catheter for five months. She was admitted twice with
urosepsis before anyone asked whether it still needed to be there. When it was finally removed she
passed urine normally.

Nobody was at fault on their own. The emergency department put the catheter in to make the person
safe that night. The ward assumed urology would follow up. Urology had no referral. The community
team did not know the catheter existed until it blocked.
"""),
        ("evidence", "WHAT WE HAVE DONE AND WHAT HAS HAPPENED", """
Since May 2023 nobody leaves the hospital or the emergency department with a new catheter without a
Catheter Plan: a yellow booklet that records why the catheter was put in, the date by which it
should be taken out, who will do it and what to do if it blocks or the person becomes unwell. A copy
goes electronically to the GP and to our service. Trials without catheter are now done at home or in
the care home by district nurses and continence nurses, rather than waiting for a clinic.

By the end of December 2024, 1,612 Catheter Plans had been issued. We carried out 1,044 trials
without catheter at home, and in 706 of them the catheter stayed out. In the most recent quarter 81%
of people with a plan had their trial by the date written in it. Our target is 90%.

The hospital's urology waiting list for trials without catheter has been closed, because they are no
longer needed. We plan to link our records with the hospital's to look at admissions with urosepsis
in people who had a plan, and hope to report this in 2025.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:The wording of the booklet was changed twice after it was read by men and women who had been sent
home with a catheter, who said they had never been told it was supposed to come out and wanted that
written on the front in large print.>> <<P:A retired headteacher who has lived with a long-term
catheter for six years went through the final version line by line and asked for a page on what a
blocked catheter feels like, which is now page two.>>

<<S:Nurses in the emergency department and on the two urology wards tried early versions of the
booklet for a month and told us it had to take less than two minutes to fill in, so it became a
single page with tick boxes.>> <<S:Care home nurses from the providers' association asked for the
removal date to be put on a sticker for the care plan as well, because booklets went missing in
laundry, and the sticker is now part of the pack.>> <<S:GPs in the federation agreed with our nurses
which people should not have a trial at home, such as those with a history of kidney damage from
retention.>>
"""),
        ("value", "VALUE", """
The booklets cost 40p each to print. Trials without catheter at home take about the same nursing time
as a clinic appointment but save a journey, often by hospital transport. <<Q:Our district nurses'
unplanned visits for blocked or bypassing catheters have fallen from around 70 a month in 2022 to
about 30 a month in 2024, which has freed time for other patients.>> Each admission with urosepsis
costs the NHS several thousand pounds and can be the start of a long decline for an older person.

Patients tell us they are glad to have it written down. Care home staff say they finally know what
to do and when.
"""),
        ("spread", "SPREAD", """
The neighbouring acute trust has asked for the Catheter Plan booklet and will start using it in
2025. We presented the work to the regional continence network and to the county's care home
managers' forum. The plan is now part of the hospital's discharge checklist for every ward.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1046  CRP finger-prick tests and back-up prescriptions for chest infections
#        - pdf - two columns - university senior lecturer, academic - a
#        university with a GP federation, the ICB and the LPC - staff
#        involved - NO patient involvement (patients given a leaflet and
#        told, a questionnaire that changed nothing, beneficiaries, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1046", format="pdf", layout="two_column", topic="crp_point_of_care_backup_antibiotics",
    project="independent66-testbeforetreat-1046", pdf_font="LiberationSerif",
    title="Test Before You Treat: finger-prick CRP tests and back-up prescriptions for chest infections in general practice",
    cover=[
        "University of Meresby, Centre for Primary Care Research (lead), with Oldcastle Vale GP Federation, NHS Brennock Valley Integrated Care Board and Brennock Valley Local Pharmaceutical Committee",
        "Entry by a Senior Lecturer in Primary Care and the federation's Clinical Director",
    ],
    primary_entrant=dict(name="University of Meresby", type="university"),
    partners=[
        dict(name="Oldcastle Vale GP Federation", type="primary_care"),
        dict(name="NHS Brennock Valley Integrated Care Board", type="icb"),
        dict(name="Brennock Valley Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
Coughs and chest infections are the commonest reason adults are given antibiotics in general
practice, even though most are caused by viruses and get better on their own. Every unnecessary
course carries a risk of side effects, from rashes and diarrhoea to C. difficile infection and
serious allergic reactions, and adds to resistance in the community. Yet clinicians face real
uncertainty: a small number of these patients have pneumonia, and missing it is dangerous.

A finger-prick C-reactive protein (CRP) test, which gives a result in about four minutes, helps to
separate the two. National guidance supports its use, and our integrated care board had paid for
machines in all 24 practices of Oldcastle Vale GP Federation in 2019. An audit we carried out in 2022
found that most had barely been used. Some were still in their boxes. Clinicians told us they did not
have time in a ten-minute appointment, did not know who was trained, or did not trust the result.

The federation also had some of the highest antibiotic prescribing for respiratory infections in the
region, and in 2021 two of its practices reported serious incidents of anaphylaxis to antibiotics
given for what turned out to be viral coughs. The university had studied CRP testing in trials but
had never tried to make it work day to day in ordinary surgeries.
"""),
        ("evidence", "Results", """
From January 2023 every practice has had a trained healthcare assistant or nurse who runs the test
during a short 'pre-consultation' slot, so that the result is waiting when the patient sees the
clinician. A simple traffic light on the clinical system suggests no antibiotic, a back-up
prescription, or immediate treatment, according to the result and the patient's symptoms. A back-up
prescription is sent to the community pharmacy but only dispensed if the patient comes back after
three days and the pharmacist checks set symptoms with them.

Between January 2023 and December 2024 practices carried out 24,300 CRP tests. <<Q:Immediate
antibiotic prescriptions for adults consulting with an acute cough fell by about a third, from 43% of
consultations in 2022 to 28% in 2024.>> <<Q:Over the same period, co-amoxiclav and quinolone
prescriptions for respiratory infections, which carry the greatest risk of C. difficile, halved.>>
Admissions with pneumonia within thirty days of a GP consultation for cough stayed at about one in
250, the same as before, so we have no sign that any pneumonia was missed. Of the back-up
prescriptions issued, 31% were collected.
"""),
        ("stakeholders", "Who was involved", """
<<S:Healthcare assistants from six practices tested the pre-consultation slot for three months and
told us that running the machine in the consulting room was the main delay, so in most practices it
now sits in the treatment room with its own booking code.>> <<S:A steering group of GPs, nurses and
the federation's pharmacists met every month and changed the traffic light thresholds twice, the
second time because nurses were uncomfortable with a back-up prescription for smokers over 65.>>
<<S:Community pharmacists in the LPC designed the short checklist they use before dispensing a
back-up prescription.>>

Patients received a leaflet explaining the test and were told what their result meant. A
questionnaire was given to 400 patients after their test; most found it reassuring and nobody asked
for changes, so the leaflet stayed the same. The patients who benefit most are older adults with
other conditions, who are at greatest risk from unnecessary antibiotics. We intend to recruit a
patient and public involvement group for the next phase, which will look at children.
"""),
        ("value", "Value", """
Each test cartridge costs about £3.50, paid for by the integrated care board. Healthcare assistant
time was found by moving tasks rather than adding posts. The fall in antibiotic prescriptions saved
more on medicines than the cartridges cost, before counting the harm from side effects and
resistance that was avoided. Clinicians say the test gives them confidence to say no, and to explain
why.
"""),
        ("spread", "Spread", """
The integrated care board has asked the two other federations in Brennock Valley to start in 2025,
and we have produced a short implementation guide with the federation's practice managers. We
published the findings in a primary care journal and presented them at two national conferences.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1047  bloodstream infections in people who dialyse through a tunnelled
#        neck line - docx - rubric headings - renal lead nurse, detailed -
#        acute trust renal service with a kidney patients' association, a
#        private dialysis provider and the community trust - patients
#        (referred to by their dialysis shift, and by pronouns) and staff
#        involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1047", format="docx", layout="rubric_headings", topic="haemodialysis_tunnelled_line_infections",
    project="independent66-linesafe-1047", docx_font="Calibri",
    title="Line Safe: reducing bloodstream infections in people who dialyse through a neck line",
    cover=[
        "Lead: Kelsworth Teaching Hospitals NHS Trust, Renal Services",
        "Partners: Kelsworth and District Kidney Patients' Association; Renacare Dialysis Ltd (satellite dialysis units); Kelsworth Community Health NHS Trust (District Nursing)",
        "Lead Nurse for Vascular Access and Infection Prevention, Renal Services",
    ],
    primary_entrant=dict(name="Kelsworth Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Kelsworth and District Kidney Patients' Association", type="patient_group"),
        dict(name="Renacare Dialysis Ltd", type="private"),
        dict(name="Kelsworth Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Our renal service provides haemodialysis to about 420 people, three times a week, in the main unit and
in four satellite units run for us by Renacare. The safest way to dialyse is through a fistula, a vein
in the arm joined to an artery. People who do not have one, often because they started dialysis in a
hurry or their fistula failed, dialyse through a tunnelled central line in the neck or chest. In 2021
about 30% of our patients had a line.

Lines are the biggest cause of bloodstream infection in dialysis patients. An infection can cause
sepsis, endocarditis or an infected spine, and a person on dialysis who gets Staphylococcus aureus
in the blood has a real chance of dying from it. In 2021/22 we had 17 Staphylococcus aureus
bloodstream infections in our dialysis population, most linked to a line.

When we reviewed them, we found that the line was being looked after by several different teams in
different ways. The satellite units used a different dressing and a different cleaning solution from
the main unit. District nurses were sometimes asked to redress a line at home between sessions and
had never been shown how. Patients had been told never to get their line wet, but nobody had given
them a way to wash their hair or shower, so some did it anyway with a plastic bag taped over the
dressing. And people waited many months for fistula surgery, because referrals were not tracked.

Our goals were to bring line infections down to the level of the best units in the country, to make
care of the line the same wherever it is done, and to get more people onto a fistula sooner.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
From September 2022 all units use one line care bundle: the same cleaning solution, dressing, caps and
steps, checked by a second nurse at every connection for the first six months. Every patient with a
line has a 'line passport' showing when the dressing was last changed and by whom. District nurses
are only asked to touch a line in an emergency, and then they follow the same card. A shower shield,
tested with patients, is supplied free. A vascular access coordinator tracks every referral for
fistula surgery.

<<Q:Bloodstream infections in people dialysing through a tunnelled line fell from about one in every
1,000 line days (0.98) in 2021/22 to roughly one in every 3,000 (0.33) in 2023/24.>>
<<Q:Staphylococcus aureus bloodstream infections across our dialysis population went down from 17 to
6 over the same two years.>> <<Q:The share of people starting planned dialysis with a working fistula
or graft rather than a line rose from 31% to 49%.>>

Line care audits in all five units in 2024 found the bundle followed in 96% of observed
connections.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
Renacare has introduced the line bundle and the passport in the eleven satellite units it runs for
other renal centres. The regional renal network has adopted our shower shield guidance for all
units. We presented the work at the national renal nursing conference in 2024, and the kidney
patients' association has shared the patient guide with associations across the country.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
A shower shield costs £11 and lasts several months. The vascular access coordinator post, funded by
the trust, costs about £48,000 a year. A single Staphylococcus aureus bloodstream infection in a
dialysis patient costs well over £20,000 to treat, and several of these patients spend weeks in
hospital. Every fistula created instead of a line removes a source of infection for years.

Nurses in the satellite units say it is easier to have one way of doing things. Patients say being
able to shower properly again has made a bigger difference to their lives than almost anything else
we have done.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<P:The twilight shift at our Harbour Road satellite unit, eleven people who come in three evenings a
week after work, spent two of their sessions going through the draft bundle with us.>> <<P:They
pointed out that nobody had ever told them what a healthy exit site should look like, so the line
passport now has photographs of a clean site and an infected one.>> <<P:Three of them trialled
shower shields at home for a month and picked the one that did not leak around a beard.>>
<<P:The Kidney Patients' Association's committee rewrote our leaflet on fistula surgery after saying
it made the operation sound frightening and optional.>>

<<S:Dialysis nurses from the main unit and all four Renacare units met over six weeks to agree a
single bundle, and the satellite nurses persuaded us to keep their dressing because it lasted longer
between sessions.>> <<S:District nurses told us they were anxious about touching lines at all, and
asked for the rule that they only do so in an emergency.>> <<S:Vascular surgeons and the access
coordinator agreed a fast track list for people who had been on a line for more than three months.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1048  Candida auris passing between hospital and nursing homes - pdf -
#        bullet lists - PRIVATE nursing home group as primary entrant, with
#        the acute trust, UKHSA and the council (ineligible) - clinical
#        quality director, upbeat - relatives involved - NO staff involvement
#        (care staff trained, housekeepers told, a survey that changed
#        nothing, a named lead, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1048", format="pdf", layout="bullet_lists", topic="candida_auris_nursing_homes",
    project="independent66-readyforauris-1048", pdf_font="LiberationSans", pdf_align="L",
    title="Ready for Auris: stopping Candida auris spreading between hospital and nursing homes",
    cover=[
        "Submitted by Greystowe Nursing Homes Ltd (seven nursing homes in and around Pellingford)",
        "With Pellingford University Hospitals NHS Trust (Infection Prevention and Control), the UK Health Security Agency (Wessmoor Health Protection Team) and Pellingford City Council (Adult Social Care Quality Team)",
        "Contact: Group Director of Clinical Quality, Greystowe Nursing Homes Ltd",
    ],
    primary_entrant=dict(name="Greystowe Nursing Homes Ltd", type="private"),
    partners=[
        dict(name="Pellingford University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="UK Health Security Agency", type="public_other"),
        dict(name="Pellingford City Council", type="local_authority"),
    ],
    sections=[
        ("context", "What the problem was", """
Candida auris is a yeast that is resistant to many antifungal medicines. It lives on the skin and on
surfaces, survives ordinary cleaning, and can cause bloodstream and wound infections that are
difficult to treat, especially in frail people with lines, catheters or wounds. Once it is in a
building it can be very hard to get rid of.

What happened in 2023:

- the hospital had an outbreak on its intensive care unit and a respiratory ward, and screened patients on those wards

- several patients who had been on the affected wards were discharged to nursing homes, some before their screening results came back

- in May 2023 a resident who had come back to one of our homes from hospital was found to be carrying Candida auris, and within six weeks two more residents in the same home were too

- we had never heard of it, our cleaning products did not kill it, and residents shared bathrooms and hoists

- other nursing homes in the city began refusing to take anyone who had been on the affected wards, so some people waited weeks in hospital for a bed

What Ready for Auris does, since September 2023:

- the hospital flags any patient who has been on an affected ward, and they are not discharged to a care home until their screening result is known

- the hospital rings the home on the day of discharge if the person is a carrier, and the discharge letter says so in the first line

- carriers are cared for in a room with its own bathroom and their own hoist sling, commode and equipment

- all seven of our homes use a chlorine-based disinfectant that kills Candida auris, and each home has an agreed deep clean plan

- the health protection team has given us a screening and outbreak plan, and the council pays for extra cleaning hours when a carrier is admitted
"""),
        ("evidence", "Results", """
- <<Q:residents who picked up Candida auris in our homes after contact with a carrier fell from 7 between May and October 2023 to none in the following twelve months>>

- <<Q:the average time people who were carriers or had been on an affected ward waited in hospital for a nursing home place went down from 19 days to 4 days>>

- we have admitted 31 people who were carriers and screened 63 residents as contacts

- none of our residents has had a bloodstream infection with Candida auris
"""),
        ("stakeholders", "Who was involved", """
- <<P:two daughters of a resident who was a carrier told us that visitors had been turned away at the door, which was never our policy, and because of what they said the visiting guidance now says clearly that families are welcome and explains what to wear>>

- <<P:the relatives' committee at Elmfield House helped us write the leaflet for families, and asked for it to say that carrying the yeast is not the same as being ill>>

- all 410 of our care staff and nurses were trained in the new cleaning and isolation steps

- housekeepers were told about the new disinfectant at their team meetings

- we sent a survey to nurses in all seven homes after six months and the answers were positive, so the plan was not changed

- our group infection prevention lead coordinates the plan as part of her role

- we plan to set up a staff forum on infection prevention in 2025
"""),
        ("value", "Value", """
- the new disinfectant costs about £2,600 a year more across the group

- the council pays for extra cleaning hours when a carrier is admitted, which has come to about £12,000 so far

- every day a person waits in hospital for a place costs the NHS several hundred pounds and makes it harder for them to regain their strength

- families tell us they are reassured that their relative is safe and is not being treated as a risk
"""),
        ("spread", "Spread", """
- the hospital has shared the discharge steps with the other care home providers in Pellingford

- the health protection team has used our plan in two other areas where Candida auris has been found

- we presented the work at the regional care home infection prevention network in 2024
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1049  diarrhoea and vomiting outbreaks in day nurseries reported late - pdf
#        - form with a cover table - UKHSA consultant in health protection,
#        formal - UKHSA health protection team with the council's early years
#        and environmental health services and the community trust's health
#        visiting service - staff involved - NO patient involvement (parents
#        sent letters and texts, a survey that changed nothing, children as
#        beneficiaries, a plan) - NO quantitative evidence (outbreak and
#        training counts, a single figure, a zero with no baseline, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1049", format="pdf", layout="form_table", topic="nursery_gastroenteritis_outbreak_reporting",
    project="independent66-earlycall-1049", pdf_font="LiberationSans",
    title="Early Call: reporting diarrhoea and vomiting in day nurseries sooner",
    cover_table=[
        ("Entry title", "Early Call: reporting diarrhoea and vomiting in day nurseries sooner"),
        ("Lead organisation", "UK Health Security Agency, Marchfield and Wolds Health Protection Team"),
        ("Partner organisations", "Marchfield City Council (Early Years and Childcare Service; Environmental Health); Marchfield Community Health NHS Trust (0-19 Health Visiting Service)"),
        ("Entrant", "Consultant in Health Protection"),
    ],
    primary_entrant=dict(name="UK Health Security Agency", type="public_other"),
    partners=[
        dict(name="Marchfield City Council", type="local_authority"),
        dict(name="Marchfield Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the problem and the safety goals.", """
There are 186 day nurseries and around 300 childminders in Marchfield. Outbreaks of diarrhoea and
vomiting are common in early years settings, usually caused by norovirus or other viruses. Most are
unpleasant rather than dangerous, but babies and toddlers can become dehydrated quickly, staff and
family members become ill too, and a small number of outbreaks are caused by organisms such as
Shiga toxin-producing E. coli or Cryptosporidium, which can cause kidney failure in young children.

Nurseries are asked to report two or more linked cases to the health protection team, so that we can
give advice, arrange stool samples where needed and, if there is a serious cause, act quickly. In
practice, reports came late or not at all. A review of outbreaks in 2021 and 2022 found that many
were reported only when a large part of the nursery was ill or when a parent rang the council to
complain. Managers told inspectors they feared being closed down, did not know the threshold for
reporting, or had been given conflicting advice by different organisations.

In September 2022 a three-year-old who attended a nursery in the city was admitted with haemolytic
uraemic syndrome caused by E. coli. Eleven other children at the nursery had had diarrhoea in the
previous ten days. The nursery had not reported it because it thought the cases were 'just a bug'.
She needed dialysis for two weeks and has recovered.

Our goals were for every outbreak to be reported within two working days of the second case, for
every nursery to receive the same advice, and for serious causes to be found while something could
still be done.
"""),
        ("evidence", "What evidence is there of improvement as a direct result of the partnership?", """
From September 2023 every nursery has a single one-page 'Early Call' card that sets out when to
report, a single phone number and online form, and the exclusion advice for children and staff. The
council's early years advisers raise it at every visit, environmental health officers and
health protection practitioners give the same advice, and health visitors use the same card with
families in their homes.

Between September 2023 and August 2024, 94 outbreaks were reported by 71 nurseries, and 88 of them
were reported within two working days of the second case. Stool samples were collected in 52
outbreaks. Three outbreaks of Shiga toxin-producing E. coli were identified, and in each one the
affected children were excluded and their siblings screened the same week.

No child from an affected nursery was admitted to hospital with dehydration or kidney problems in
the year. Our target is for all outbreaks to be reported within two working days by 2025.

In total 312 nursery managers and room leaders attended a short online session on the card.
"""),
        ("stakeholders", "How were patients, families and staff involved?", """
<<S:Managers from twelve nurseries, including two childminders, worked with us over three meetings
to write the card, and they threw out our first draft because it was eight pages long and used the
word 'epidemiologically'.>> <<S:They also told us that the fear of closure was the main reason for
not reporting, so the card now says on its front that reporting early almost never leads to
closure.>> <<S:Environmental health officers and health protection practitioners sat down together
and found that they had been giving different exclusion periods for the same organisms, and agreed
one set of advice.>> <<S:Health visitors suggested adding a section for families on how to tell if
a child is dehydrated, which is now on the back.>>

Parents at affected nurseries are sent a letter and a text message explaining the outbreak and
what to look out for. We ran a short online survey of parents in 2024 and the responses were
positive, so we made no changes. Young children and their families are the people who benefit from
faster action. We hope to work with the city's parent carer forum on the family advice next year.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The card and online form cost less than £3,000 to design and print. All other work used existing
staff time. A child with haemolytic uraemic syndrome can spend weeks in hospital and some are left
with lasting kidney damage. Earlier reporting also means fewer staff off sick and fewer days that
parents have to take off work.

Nursery managers say they feel supported rather than judged when they report.
"""),
        ("spread", "How has the work been shared and spread?", """
The card has been adapted for primary schools and special schools in the city from September 2024.
Two neighbouring health protection teams have asked to use it, and the council's early years service
has shared it through the regional early years network.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1050  long-term preventive antibiotics for women with recurrent urine
#        infections - docx - sections in an unusual order (results first) -
#        GP federation lead pharmacist, plain - GP federation with the acute
#        trust's urogynaecology and microbiology services and a bladder health
#        peer support group - women and staff involved (one staff group in the
#        context section) - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1050", format="docx", layout="reordered", topic="recurrent_uti_prophylactic_antibiotic_review",
    project="independent66-reviewtherepeat-1050", docx_font="Cambria",
    title="Review the Repeat: safer long-term antibiotics for women with recurrent urine infections",
    cover=[
        "Lead: Silverdale and Brant GP Federation (fourteen practices)",
        "Partners: Brantmouth Hospitals NHS Trust (Urogynaecology and Microbiology); Brantmouth Bladder Health Forum (a peer support group for women with bladder problems)",
        "Author: Federation Lead Pharmacist",
    ],
    primary_entrant=dict(name="Silverdale and Brant GP Federation", type="primary_care"),
    partners=[
        dict(name="Brantmouth Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Brantmouth Bladder Health Forum", type="patient_group"),
    ],
    sections=[
        ("evidence", "What changed", """
<<Q:Women taking a continuous preventive antibiotic for more than a year without a recorded review
fell from 612 in March 2022 to 148 in March 2024.>> <<Q:Among women whose preventive antibiotic was
stopped or changed after a review, emergency admissions with a kidney infection or urosepsis went
down from 23 in the year before the review to 9 in the year after.>> <<Q:Trimethoprim resistance in
E. coli from urine samples sent by our practices for women aged 18 and over fell from 39% in 2021 to
30% in 2024.>>

Practice pharmacists completed 1,380 reviews between April 2022 and December 2024. Nitrofurantoin was
stopped in 41 women who had signs of lung or liver problems or reduced kidney function, and 286 women
were started on a non-antibiotic option such as vaginal oestrogen or methenamine.
"""),
        ("context", "Why we started", """
Recurrent urine infections are miserable and common, particularly after the menopause. For many years
the usual answer has been a low dose of an antibiotic every night, usually trimethoprim or
nitrofurantoin, which was meant to be reviewed after six months. In our practices it often was not.
Some women had been on the same tablet for ten years or more.

Long-term antibiotics are not harmless. Nitrofurantoin can damage the lungs and liver, especially in
older women and those with poor kidney function. Trimethoprim can raise potassium, particularly with
common blood pressure medicines, and breeds resistance, so that when a woman does get a serious
infection the usual tablets no longer work. We were seeing women admitted with urosepsis caused by
bacteria resistant to the antibiotic they had been taking every night.

<<S:The reception and prescription clerks at Brant Lane Surgery were the first to raise the alarm:
they drew up a list of women who rang every few months for 'my water tablets' and had not seen a
clinician in years, and they later helped us design the recall letter so that it did not sound as if
the tablets were being taken away.>> <<S:Their list of 37 women became the first audit, and when we ran the
same search across all fourteen practices it found 612.>>

We needed specialist advice that general practice did not have, on options other than antibiotics and
on which women needed to be seen in clinic, and we needed to understand why women were so worried
about stopping.
"""),
        ("stakeholders", "Who was involved", """
<<P:Members of the Brantmouth Bladder Health Forum met us four times and were very frank: many had
been frightened into staying on antibiotics by one bad infection years ago, and they wanted a plan for
what to do if symptoms came back, not just a tablet being stopped.>> <<P:Because of them, every woman
who has her antibiotic stopped now leaves with a written 'if it comes back' plan and a back-up
prescription, and several of them tested the plan on their own fridges for a month before we
finalised it.>>

<<S:Practice pharmacists and the hospital's urogynaecologists wrote the review template together, and
the urogynaecologists agreed to take advice calls from pharmacists within two working days instead of
requiring a referral.>> <<S:The hospital's microbiologists suggested sending a urine sample for
culture before any new antibiotic was started in these women, and added a comment to each result
explaining which tablets would still work.>>
"""),
        ("value", "Value", """
The reviews used existing practice pharmacist time. Vaginal oestrogen and methenamine cost about the
same as the antibiotics they replaced. One admission with urosepsis costs the NHS at least £3,500, and
every course of an antibiotic that does not work adds days of illness and further prescriptions.

Women tell us they feel listened to and more in control. Pharmacists say that, once they understood
the fears, the conversations became much easier.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1051  ciprofloxacin and levofloxacin given to older people and those on
#        steroids - docx - form with a cover table - ICB antimicrobial
#        stewardship pharmacist, formal - ICB with the acute trust's
#        microbiology service, the LPC and a GP federation - staff involved -
#        NO patient involvement (patients sent texts, the ICB's people's panel
#        updated, a national leaflet, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1051", format="docx", layout="form_table", topic="fluoroquinolone_safety_primary_care",
    project="independent66-quinolones-1051", docx_font="Calibri",
    title="Second Thoughts on Quinolones: safer use of ciprofloxacin and levofloxacin in primary care",
    cover_table=[
        ("Title of entry", "Second Thoughts on Quinolones: safer use of ciprofloxacin and levofloxacin in primary care"),
        ("Lead organisation", "NHS Corrivale Integrated Care Board (Medicines Optimisation Team)"),
        ("Partner organisations", "Corrivale General Hospital NHS Trust (Microbiology and Antimicrobial Stewardship); Corrivale Local Pharmaceutical Committee; Corrivale West GP Federation"),
        ("Name and role of entrant", "Antimicrobial Stewardship Pharmacist, NHS Corrivale ICB"),
    ],
    primary_entrant=dict(name="NHS Corrivale Integrated Care Board", type="icb"),
    partners=[
        dict(name="Corrivale General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Corrivale Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Corrivale West GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
Fluoroquinolone antibiotics, such as ciprofloxacin and levofloxacin, can cause rare but serious and
sometimes permanent side effects: tendon rupture, damage to the aorta, nerve pain and numbness, and
changes in mood and memory. The risk is highest in people over 60, people taking steroids, and those
with kidney problems or a transplant. National safety warnings say these antibiotics should only be
used when other antibiotics are not suitable.

In 2022 our practices were still prescribing around 1,900 courses a quarter, many for simple urine
infections, sinusitis or 'just in case' for travellers. A fifth of all courses went to people over
60, and dozens a quarter went to people who were also taking prednisolone. Community pharmacists were
dispensing them with no way of knowing why they had been chosen. Hospital discharge letters sometimes
asked GPs to continue a quinolone for weeks without saying when it should stop.

Two incidents in 2022 brought this home. A 72-year-old man on prednisolone for polymyalgia was given
ciprofloxacin for a urine infection and ruptured both Achilles tendons within a fortnight. A woman in
her sixties was given levofloxacin for a chest infection and developed nerve pain in her feet that
has not gone away.

Safety goals: quinolones used only where there is no suitable alternative; no prescribing to people
over 60 on steroids without a specialist's advice; an indication and stop date on every prescription.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
From October 2022 a prescribing alert in the GP clinical system appears whenever a quinolone is
chosen, asks for the indication and shows the alternatives in the local guideline, and adds a
stronger warning for people over 60 taking steroids. Community pharmacists check the indication and
age on every quinolone prescription and contact the prescriber if the alert criteria are not met.
Hospital microbiologists run a same-day advice line for GPs and the hospital's discharge template
now requires a stop date.

<<Q:Quinolone prescriptions from our practices fell from 1,910 items a quarter in 2022 to 1,040 a
quarter in 2024.>> <<Q:Prescriptions to people over 60 who were also taking an oral steroid went down
from 74 a quarter to 12.>> <<Q:The share of quinolone prescriptions with the reason recorded in the
notes rose from 38% to 86%.>>

Pharmacists made 530 interventions on quinolone prescriptions in 2023/24.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:GPs from the federation tested three versions of the alert and rejected the first two as too
easy to click past, and the version we use needs the reason to be typed before the prescription can
be issued.>> <<S:Community pharmacists told us they needed the indication printed on the
prescription itself to check it, which the system supplier added after the LPC asked.>> <<S:The
hospital's microbiologists and GP prescribing leads rewrote the local urine infection and sinusitis
guidance together so that a quinolone is no longer the second choice.>>

Patients who are prescribed a quinolone are sent a text message with a link to the national
information leaflet. The ICB's people's panel received an update on the work at its March 2024
meeting. We plan to work with patient groups on information for travellers.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The alert was built by the ICB's digital team in existing hours. Quinolones are not expensive, so the
saving in medicines is small, but a tendon rupture or aortic problem can mean surgery, months of
disability and a claim against the NHS. GPs say the alert helps them explain to patients why they
are not getting the antibiotic they asked for.
"""),
        ("spread", "How has the work been shared and spread?", """
The alert has been shared with the other ICBs in the region through the regional antimicrobial
stewardship group, and three have installed it. The hospital discharge template change has been
adopted by the trust for all antibiotics.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1052  community pharmacists querying antibiotics prescribed by dentists -
#        docx - style headings - local dental committee secretary (a general
#        dental practitioner), chatty - LDC with the LPC and a university
#        dental school - a patient (in the context section) and staff
#        involved - NO quantitative evidence (prescriptions checked, queries,
#        changes, a single audit figure, a target, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1052", format="docx", layout="style_headings", topic="dental_antibiotic_pharmacy_queries",
    project="independent66-askthepharmacist-1052", docx_font="Calibri",
    title="Ask the Pharmacist: community pharmacy checks on antibiotics prescribed by dentists",
    cover=[
        "Lead organisation: Westermoor Local Dental Committee",
        "Partners: Westermoor Local Pharmaceutical Committee; Hartleigh University School of Dentistry",
        "Prepared by the Secretary of Westermoor Local Dental Committee, a general dental practitioner",
    ],
    primary_entrant=dict(name="Westermoor Local Dental Committee", type="primary_care"),
    partners=[
        dict(name="Westermoor Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Hartleigh University School of Dentistry", type="university"),
    ],
    sections=[
        ("context", "Background", """
Dentists write a surprising share of the antibiotic prescriptions in England, mostly amoxicillin and
metronidazole for dental pain and swelling. Many of those prescriptions are not needed, because
toothache without spreading infection is treated by the dentist, not with tablets. But there is a
second problem that gets less attention. A dentist usually has only the medical history the patient
remembers to fill in on a form. We do not see the GP record, and a patient in pain at an urgent
dental appointment may forget that they take warfarin, drink heavily, or have had a reaction before.

Metronidazole, in particular, interacts with warfarin, increasing the risk of bleeding, and with
alcohol. Clarithromycin, which some dentists use for patients with a penicillin allergy, interacts
with statins and several heart medicines. Community pharmacists can often see these problems when
the prescription is handed in, but until recently few of them ever rang a dentist. Dental practice
phone lines are busy with patients, pharmacists did not know who to ask for, and some told us they
felt a dentist would not welcome the call.

This project began with one patient. In 2023 Mrs Hilda Warrender, aged 79, was given metronidazole by
an urgent dental service while taking warfarin, and was admitted a week later with bleeding and a
dangerously high INR. <<P:When she had recovered, she asked to meet the committee, and she sat with
our dentists and pharmacists for an afternoon to work out what should have happened; it was her
suggestion that the pharmacist should simply ask every patient three questions when a dental
antibiotic is handed in.>> <<P:She also chose the wording of those questions, which begin 'Are you
taking anything to thin your blood?'>>
"""),
        ("evidence", "What has happened", """
Since February 2024 every community pharmacy in Westermoor asks Mrs Warrender's three questions when
a dental prescription for an antibiotic is handed in, checks the patient's medication record, and
uses a dedicated 'pharmacy line' number that every dental practice has agreed to answer within
fifteen minutes. Both committees have agreed a short list of situations where the pharmacist must
call the dentist before dispensing.

In the first year 38 pharmacies checked 1,420 dental antibiotic prescriptions. They made 212 calls
to dentists, and 87 prescriptions were changed, including 19 where there was a serious interaction
with warfarin or another anticoagulant. Dentists answered 94% of calls within fifteen minutes.

The dental school audited a sample of 300 dental antibiotic prescriptions and found that 61% met the
national guidance on when an antibiotic is needed. Our target for the second year is 80%, and the
audit will be repeated in 2025.
"""),
        ("stakeholders", "Involvement", """
<<S:General dental practitioners and community pharmacists met at three joint evening sessions, the
first time most of them had been in the same room, and together they wrote the list of situations
that need a call.>> <<S:Dental nurses and receptionists suggested the dedicated pharmacy line,
because calls from pharmacists were getting lost in the patient queue, and they set up how it is
answered in each practice.>> <<S:The dental school's teaching staff reviewed the list against the
national guidance and asked for 'a child under 12 with a facial swelling' to be added.>>
"""),
        ("value", "Value", """
The project has cost almost nothing beyond the time of the two committees and a printed card for
each pharmacy and dental practice. A bleed caused by a warfarin interaction can mean an admission
and, at worst, a death, and every unnecessary course of an antibiotic adds to resistance.

Pharmacists say they now feel comfortable calling a dentist. Dentists say the calls are short,
useful and usually about something they could not have known.
"""),
        ("spread", "Spread", """
The local dental network has recommended the approach to the other dental committees in the region,
and the dental school now teaches the three questions to its final-year students. The LPC has
shared the list with neighbouring LPCs, and it was presented at a national dental public health
meeting in 2024.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1053  urine infections and urosepsis in people with spinal cord injury who
#        self-catheterise - pdf - with appendix - long - chair of a members'
#        organisation, heartfelt - members' organisation with the regional
#        spinal injuries centre, the community continence service and the LPC
#        - members and families involved - NO staff involvement (nurses and
#        pharmacists trained, district nurses briefed, GP practices sent a
#        letter, a named lead nurse, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1053", format="pdf", layout="with_appendix", topic="spinal_cord_injury_self_catheterisation_urosepsis",
    project="independent66-confidentcath-1053", pdf_font="LiberationSerif", pdf_align="L",
    title="Clean, Quick and Confident: fewer urine infections for people with spinal cord injury who self-catheterise",
    cover=[
        "Lead entrant: Northmoor Spinal Cord Injury Network (a members' organisation run by and for people with spinal cord injury)",
        "Partners: Calderbrook Teaching Hospitals NHS Trust (Regional Spinal Injuries Centre); Fellside Community Health NHS Trust (Continence Service); Northmoor Local Pharmaceutical Committee",
        "Written by the Chair of the Network",
    ],
    primary_entrant=dict(name="Northmoor Spinal Cord Injury Network", type="patient_group"),
    partners=[
        dict(name="Calderbrook Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Fellside Community Health NHS Trust", type="nhs_trust"),
        dict(name="Northmoor Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why this matters to us", """
I broke my neck in a diving accident in 1998. Like most people with a spinal cord injury, I lost the
normal feeling and control of my bladder, and like many of our members I empty it with a catheter,
four to six times a day, every day, for the rest of my life. It is called intermittent
self-catheterisation. Done well, it protects the kidneys and lets us work, travel and live
independently. Done in a hurry, in a dirty toilet, with the wrong catheter or without clean hands, it
is the commonest route to a urine infection, and for people like us a urine infection can quickly
become urosepsis.

Urine infections are the most frequent reason people with spinal cord injury are admitted to hospital.
They can also trigger autonomic dysreflexia, a sudden and dangerous rise in blood pressure, in people
with injuries high in the spine. Many of us have lost friends to sepsis.

The Northmoor Spinal Cord Injury Network has around 600 members across the north of the region. We
are not clinicians. We are people who live with spinal cord injury and the families who support us,
and we run peer support groups, a helpline staffed by members and a Facebook group where the same
worries come up every week. In 2021 we started to keep a note of them, and four things kept coming up.

The first was catheters being changed without warning. Prescriptions for catheters go through GP
practices and appliance suppliers, and in the drive to save money, some practices and prescribing
hubs had switched members to cheaper catheters without asking. A catheter that does not suit your
hands or your body is not a small thing. Members told us about new catheters they could not open
with weak fingers, that had no gripper so their hands touched the tube, or that were too short to use
from a wheelchair. Some went back to reusing old catheters.

The second was antibiotics. When a member felt unwell and rang their GP or NHS 111, they were often
asked to do a urine dipstick. For people who self-catheterise, the dipstick is almost always positive,
whether or not there is an infection, because bacteria are nearly always present in the bladder.
Members were being given course after course of antibiotics for bacteria that were doing no harm, and
some were now carrying bacteria that almost no tablet would treat. At the same time, when a real
infection came along, the signs were often missed, because we may not feel burning or pain. Instead we
get spasms, sweating, a headache, new leaking or just feel 'off'.

The third was knowing when to worry. Most GPs see very few patients with spinal cord injury. Members
told us that they knew their own bodies, but had no written plan to show a clinician who did not know
them, and were often sent home from urgent care with 'a water infection' only to come back by
ambulance two days later.

The fourth was the simple matter of getting the basics right away from home: finding an accessible
toilet with somewhere clean to put things down, and having the wipes and gel to hand.

We knew that we could not fix these things on our own. The spinal injuries centre holds the expertise
and most members' records. The community continence service prescribes and reviews catheters for
many members. Community pharmacists dispense the antibiotics and often the catheters. We needed all
of them to work with us.
"""),
        ("evidence", "What has changed", """
Clean, Quick and Confident began in March 2022. It has four parts.

- Every member who wants one has a personal UTI plan, signed off by the spinal centre and held
by the member, their GP practice and their community pharmacy. It lists their usual signs of
infection, the antibiotic that worked last time according to their urine cultures, when to send a
urine sample to the laboratory rather than rely on a dipstick, and when to call 999.

- No member's catheter is changed to a different product without a conversation with them and a
trial, and practices and prescribing hubs have been asked to follow this as a rule.

- Members run peer sessions, in person and online, on catheter technique, hand hygiene on the move and
spotting infection early, using a kit of wipes, gel and a foldaway clean surface that the network
gives away.

- Community pharmacists check the UTI plan when a member brings in an antibiotic prescription and
contact the prescriber if it does not match.

We compared the 236 members who have had a plan for more than a year with their own records from the
year before. <<Q:Emergency admissions with urosepsis in this group fell from 41 in the year before
their plan to 17 in the year after.>> <<Q:The average number of antibiotic courses for a suspected
urine infection went down from 5.2 to 3.1 per person per year.>> <<Q:In our members' surveys, the
share who said they had been switched to a different catheter without being asked fell from 48% in
2022 to 9% in 2024.>>

Since 2022 our peer sessions have been attended 1,150 times, and we have given away 900 kits.
"""),
        ("stakeholders", "Who was involved", """
Everything in this project has come from members. <<P:The idea of a personal UTI plan came from a
group of nine members who met at our Fellside group in 2021, and they drafted the first version on a
flip chart, listing the signs they each got that nobody had ever asked them about.>> <<P:Members with
limited hand function tested fourteen different catheters over three months and wrote the short
guide to choosing one that is now given to every newly injured person leaving the spinal centre.>>
<<P:A member who uses a wheelchair and travels for work designed the foldaway clean surface in the
kit after years of balancing catheters on her knee in motorway service stations.>>

<<P:Partners and parents of members joined two sessions on spotting infection, and they asked for a
section of the plan to be written for the person who lives with the member, because they often
notice the change first.>> <<P:One member's wife, a former teacher, turned the plan into the
one-page format used today.>>

The spinal centre's community liaison nurses were trained to use the plan template. Continence nurses
and district nurses were briefed at their team meetings, and GP practices were sent a letter
explaining the plan and the rule on catheter changes. Community pharmacists completed a short online
training module arranged by the LPC. The spinal centre's lead nurse for community liaison handles
the requests for plans as part of her role. We sent a survey to continence nurses after the first
year, and since the replies were positive, the approach was not changed. We would like to set up a
joint group with GPs and continence nurses in future.
"""),
        ("value", "Value", """
The network's part of the project has cost around £18,000 over three years, for the kits, printing
and room hire, funded by grants and members' fundraising. The time of the spinal centre, continence
service and pharmacists has come from existing work. An admission with urosepsis for a person with
spinal cord injury is often long, because of the risk of pressure sores and the time needed to
rebuild strength, and can cost well over £10,000.

The numbers matter, but so does this. A member in his twenties told us that for the first time since
his injury he went on holiday abroad without being frightened of ending up in a foreign hospital. An
older member said her GP now reads her plan and 'treats me like the expert on my own body'.
"""),
        ("spread", "Spreading the work", """
The spinal centre now offers a UTI plan to every person leaving its wards, not only network members.
Two other spinal cord injury peer organisations have adopted the plan and the peer sessions, and the
LPC has shared the pharmacy check with other LPCs in the region. We presented at the national spinal
cord injury nursing conference in 2024.
"""),
    ],
    trailer=[
        ("heading", "Appendix: what is in a UTI plan, and where our figures come from"),
        ("para", "A UTI plan records: the member's usual signs of a urine infection; signs that mean they should call 999, including signs of autonomic dysreflexia; the antibiotic that last worked, from urine culture results; allergies; when a urine sample should be sent to the laboratory; and contact numbers for the spinal centre advice line and continence service."),
        ("para", "Admission and antibiotic figures were provided by the spinal centre from hospital and GP records for members who consented to their records being used. Catheter switching figures come from the network's members' surveys in 2022 (312 replies) and 2024 (288 replies)."),
        ("para", "Northmoor Spinal Cord Injury Network, Unit 4, Millrace Yard, Fellside, NM7 2QT. A members' organisation and registered charity."),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1054  infected injection sites and sepsis in people held in police custody
#        - pdf - numbered questions - police custody chief inspector, direct -
#        police force with the custody healthcare provider, the acute trust's
#        emergency department and a drug and alcohol charity - people who had
#        been in custody, peer link workers (PS) and staff with unusual job
#        titles involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1054", format="pdf", layout="numbered_questions", topic="police_custody_injecting_infections_sepsis",
    project="independent66-underthesleeve-1054", pdf_font="DejaVuSans", pdf_align="L",
    title="Look Under the Sleeve: finding infected injection sites and sepsis in people held in police custody",
    cover=[
        "Lead: Brackenridge Police, Criminal Justice and Custody Command",
        "Partners: Harlan Forensic Healthcare Ltd (custody healthcare provider); Brackenridge Royal Infirmary NHS Trust (Emergency Department); Turnstone Recovery Services (drug and alcohol charity)",
        "Author: Chief Inspector, Custody",
    ],
    primary_entrant=dict(name="Brackenridge Police", type="emergency_service"),
    partners=[
        dict(name="Harlan Forensic Healthcare Ltd", type="private"),
        dict(name="Brackenridge Royal Infirmary NHS Trust", type="nhs_trust"),
        dict(name="Turnstone Recovery Services", type="charity"),
    ],
    sections=[
        ("context", "1. Describe the problem and why a partnership was needed", """
Our three custody suites hold around 21,000 people a year. A significant number of them inject drugs,
and some arrive with infected injection sites: abscesses, cellulitis, and occasionally necrotising
infections, endocarditis or sepsis. People who inject often hide wounds, sometimes through shame,
sometimes because they fear that a hospital visit will mean missing a dose of methadone or being
held for longer. They may be intoxicated or withdrawing, which makes it harder to tell that they are
seriously unwell.

At booking-in, a custody sergeant asks a set of risk questions. Until 2023 none of them asked about
injecting or wounds. Healthcare practitioners, nurses and paramedics employed by our healthcare
provider, only saw people who asked for them or who were flagged by the sergeant. Nobody looked at
arms, legs or groins unless the detainee complained.

In 2022 a man in his thirties was found unresponsive in a cell eight hours after arrest. He had a
large abscess in his groin that nobody had seen, and he had septic shock. He survived after a long
stay in intensive care, but the independent review that followed was clear that the signs had been
there to find. Our review of the previous two years found 26 emergency transfers for sepsis or a
severe soft tissue infection, and in most of them the person had been in custody for hours before
anyone examined the wound.

The police cannot provide healthcare, and the healthcare provider cannot examine people it does not
know about. The emergency department saw these people late and sicker than they needed to be, and
the drug and alcohol charity had the trust of the people we were trying to reach.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
From March 2023 every person booked in is asked two extra questions: whether they inject drugs, and
whether they have any sore, swollen or hot areas of skin. A yes to either means a healthcare
practitioner sees them within an hour, checks the sites and records an early warning score.
Infected sites are photographed and shared with the emergency department through a secure link, and
an emergency department doctor advises whether the person needs to go to hospital, can be treated in
custody, or can be seen at the charity's wound clinic on release. Everyone who discloses injecting is
offered a wound care pack and a visit from the charity's custody link worker before they leave.

<<Q:Emergency transfers from custody to hospital with sepsis or a severe soft tissue infection fell
from 26 in 2021/22 and 2022/23 combined to 11 in 2023/24 and 2024/25 combined, while the number of
detainees who said they inject stayed about the same.>> <<Q:The median time from booking-in to a
healthcare assessment for people who disclosed injecting went down from 3 hours 40 minutes to 55
minutes.>>

In the first two years 2,870 people disclosed injecting at booking-in, and 1,120 wound checks found an
infection that needed treatment. 640 people attended the charity's wound clinic after release.
"""),
        ("spread", "3. How has the work been shared or applied elsewhere?", """
The two booking-in questions have been added to the force's national custody system template, which
means any force using the same system can switch them on, and two neighbouring forces have done so.
The healthcare provider has introduced wound checks in the four other forces where it holds the
contract. We presented the work at the national custody healthcare conference in 2024.
"""),
        ("value", "4. What has been the impact on staff and patients, and value for money?", """
The changes used existing staff and contracts. The wound care packs cost £6 each and are paid for by
the police and crime commissioner. Every emergency transfer takes two officers off the streets for
several hours, and an intensive care stay for septic shock costs the NHS many thousands of pounds.

Custody staff say they feel safer, because they know the person in the cell has been checked. People
held in custody say they were surprised to be asked, and relieved.
"""),
        ("stakeholders", "5. Who was involved, and how were patients and staff involved?", """
<<PS:The charity's two custody link workers, both of whom have injected drugs in the past and have
been held in custody themselves, wrote the booking-in questions with us and insisted on the words
'sore, swollen or hot' because people who inject do not say 'abscess'.>> <<P:The charity's peer
researchers interviewed 22 men and women who had been held in our custody suites, and what they said
changed the plan: they told us they would only show a wound to a health worker, never to a police
officer, so sergeants ask the question but do not look.>> <<P:They also asked for the wound care pack
to be handed over in a plain bag, which it now is.>>

<<S:Custody sergeants and detention officers tried the new questions on their shifts for a month and
asked us to put them after the questions about self-harm, where the conversation was already
personal.>> <<S:Healthcare practitioners and emergency department consultants agreed together which
wounds could safely be treated in custody and wrote the photograph guidance.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1055  infections and outbreaks in hotels housing people seeking asylum -
#        docx - bullet lists - short - council consultant in public health,
#        clipped - council with the GP practice for the hotels, UKHSA and a
#        refugee charity - residents involved - NO evidence section, and no
#        measured change anywhere - NO staff involvement (hotel staff briefed,
#        practice staff trained, a named lead, a survey that changed nothing,
#        a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1055", format="docx", layout="bullet_lists", topic="asylum_hotel_infection_outbreaks",
    project="independent66-wellatthehotel-1055", docx_font="Arial",
    title="Well at the Hotel: finding infections early in hotels housing people seeking asylum",
    cover=[
        "Lead: Rensham Borough Council, Public Health",
        "Partners: Kingsgate Medical Practice; UK Health Security Agency (Wessmoor Health Protection Team); Harbourside Refugee Welcome (charity)",
        "By the Consultant in Public Health, Health Protection",
    ],
    primary_entrant=dict(name="Rensham Borough Council", type="local_authority"),
    partners=[
        dict(name="Kingsgate Medical Practice", type="primary_care"),
        dict(name="UK Health Security Agency", type="public_other"),
        dict(name="Harbourside Refugee Welcome", type="charity"),
    ],
    sections=[
        ("context", "Why we acted", """
- since 2022 three hotels in Rensham have been used as contingency accommodation for up to 700 people seeking asylum, many of whom have made long and dangerous journeys

- people share rooms, bathrooms and dining areas, and new arrivals come every week, often without any health records

- in 2022 and 2023 the hotels had cases of diphtheria, chickenpox, scabies and tuberculosis, and several outbreaks of diarrhoea and vomiting

- in one case in late 2022 a young man with wound diphtheria was not seen by a clinician for nine days because he did not know how to ask, and the hotel staff did not know what they were looking at

- residents were registered with Kingsgate Medical Practice, but had no phone credit, no interpreter and no idea how to book

- health protection advice arrived by email to the hotel manager and was not passed on to residents in a language they could read

- nobody was responsible for checking whether new arrivals had been vaccinated, and many children had missed routine vaccines while travelling

- the hotel operator, the council, the practice and the health protection team each held a piece of the picture, and none of them could see the whole of it

What we do now, since April 2023:

- a weekly drop-in clinic at each hotel, run by the practice nurse with a face-to-face or telephone interpreter

- a health check for every new arrival within a week, including a skin check, a TB symptom screen and a review of vaccinations, with catch-up vaccines offered on the spot

- a symptom poster in eleven languages in every corridor, lift and dining room, showing what to look out for and where to go

- a 'two-case rule': if two or more residents have the same symptoms, the hotel manager rings the health protection team's direct line the same day, and the team visits with the practice nurse within 48 hours

- the charity's caseworkers make sure that anyone moved to another hotel or to dispersal housing leaves with a copy of their health check and vaccination record
"""),
        ("stakeholders", "Who was involved", """
- <<P:residents who volunteer as community health champions, chosen by the other people living in each hotel, helped design the symptom poster and tested every translation with speakers of each language>>

- <<P:the champions told us that a drawing of a rash was more useful than a word for it, and they picked the pictures that are now on the poster>>

- <<P:a group of women living at the largest hotel asked for a women-only session at the drop-in, which now runs every other week>>

- hotel reception and security staff were briefed on the symptoms to look out for

- staff at Kingsgate Medical Practice were trained in using telephone interpreters

- the practice's lead nurse for asylum health runs the drop-ins as part of her job

- we sent a questionnaire to hotel managers and the answers were positive, so nothing was changed

- we plan to set up a group with the hotel operator and practice staff in 2025
"""),
        ("value", "Value", """
- the drop-in clinics are funded from the practice's asylum health grant

- the posters cost about £900 to translate and print

- a single case of diphtheria needs contact tracing, vaccination and antitoxin, and an outbreak in a hotel can mean hundreds of people needing treatment

- residents say they know where to go when they are ill, and hotel managers say they know who to call
"""),
        ("spread", "Spread", """
- the health protection team has shared the poster and the two-case rule with the other councils in its area that have hotels

- Harbourside Refugee Welcome has offered the champion model to other refugee charities in the region
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1056  cannula and midline infections in community hospitals - pdf made
#        from Word - style headings - associate director of nursing, measured
#        - teams of one community trust, NO partner (ineligible) - staff
#        involved - NO patient involvement (patients given a leaflet and told
#        to press the call bell, a negation, beneficiaries, a plan) - a
#        measured change shown as a shift on an SPC chart
# ---------------------------------------------------------------------------
entry(
    id="I1056", format="pdf", layout="style_headings", topic="community_hospital_cannula_midline_infections",
    project="independent66-everyline-1056", render_via="soffice", docx_font="Liberation Serif",
    title="Every Line, Every Shift: reducing cannula and midline infections in our community hospitals",
    cover=[
        "Ashenford Community Health NHS Trust",
        "A joint project of the trust's Community Hospitals, Intravenous Therapy Team, Infection Prevention and Control Team and Hospital at Home Service",
        "Lead: Associate Director of Nursing, Community Hospitals",
    ],
    primary_entrant=dict(name="Ashenford Community Health NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Ashenford Community Health NHS Trust runs five community hospitals with 142 beds between them and a
hospital at home service. Many of our patients are older people recovering from an acute illness,
and a growing number are admitted directly from home or from the acute hospital for a course of
intravenous antibiotics for cellulitis, pneumonia or urine infections. That means a great many
peripheral cannulas, and increasingly midline catheters, which are longer lines placed in the upper
arm for treatments lasting more than a few days.

Every line is a route for infection. In 2022/23 our infection prevention team investigated four
bloodstream infections linked to a cannula or midline, two of them with Staphylococcus aureus. All
four patients became very unwell and one was transferred back to the acute hospital. The reviews
found the same things each time: cannulas that had arrived with the patient from the acute hospital
with no record of when they were put in, lines left in 'just in case' after the antibiotics had
stopped, dressings that were peeling or had not been changed, and no regular check of the site on
night shifts. Our monthly audits showed that around one in nine cannulas had signs of phlebitis,
inflammation of the vein that often comes before infection.

Each hospital had its own paperwork and habits. Bank and agency staff moved between sites and met a
different system each time.
"""),
        ("evidence", "Results", """
From October 2023 all five hospitals and the hospital at home service use the same line record: a
sticker on the dressing with the date and time of insertion, and a check on the electronic record at
every shift using a visual phlebitis score. Any cannula without a known insertion date is replaced
within six hours of arrival. Any line not used for 24 hours is removed unless a doctor records why it
should stay. The intravenous therapy team now places all midlines and reviews every one twice a week.

<<Q:On our statistical process control chart of the monthly percentage of cannulas with phlebitis,
there has been a clear shift since March 2024: every month since then has fallen below the previous
median of 11%, and the new median is 4%.>> <<Q:Bloodstream infections linked to a cannula or midline
went from four in 2022/23 to none in 2024.>>

The line check was recorded at 91% of shifts in the most recent audit.
"""),
        ("stakeholders", "Involvement", """
<<S:Healthcare assistants on night shifts told us that the old paper chart was kept at the nurses'
station and was never near the patient, and it was their idea to put the insertion date on the
dressing itself.>> <<S:The intravenous therapy team and ward sisters from all five hospitals agreed
the 24-hour removal rule together, after the ward sisters argued successfully that weekend patients
should be reviewed by the hospital at home doctor rather than wait until Monday.>> <<S:Bank nurses
who work across several sites tested the electronic check on their phones and asked for it to appear
as a prompt at each shift handover.>>

Patients are given a short leaflet explaining their line and are told to press the call bell if it
becomes sore or red. We have not yet asked patients for their views on the new checks, and we plan
to do so in 2025. The work benefits every patient who needs a drip in our care.
"""),
        ("value", "Value", """
The stickers cost a few pence each and the electronic check was built by the trust's digital team.
The intravenous therapy team's extra midline work was absorbed within the existing service. A single
Staphylococcus aureus bloodstream infection costs the NHS several thousand pounds to treat and can
lead to months of illness.
"""),
        ("spread", "Spread", """
The same line record is being introduced in the trust's community intravenous antibiotic service and
its two intermediate care units. We shared the work at the regional infection prevention network in
2024.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)
