"""Seventeenth independent evaluation set (I257..I272) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind, without reference to the review pipeline, its tests or any earlier gold
output: new fictional organisations, voices and topics (maternity haemorrhage, mental
health crisis, prison release, care home mouth care, care home sepsis, radiology
follow-up, home oxygen fires, eating disorders, valproate, long lies after falls,
mealtime volunteers, drug alerts, teleradiology, renal transport, sickle cell, Deaf
BSL users).  Format and mark-up are those of the earlier sets; build it with

    .venv/bin/python data/independent/build.py --set 17   (writes data/corpus/independent17/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (a measured change in an outcome)
  <<P:sentence>>   patient / carer / family / service-user involvement
  <<S:sentence>>   staff involvement (co-design, testing, consultation, feedback acted
                   on; includes partner organisations' staff)
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are joined
with a single space.  A paragraph starting with "- " is a bullet item.

Labelling conventions (as in the earlier sets):
  * not Q: dates, financial years, bed/ward counts, headcounts, numbers trained,
    budgets and costs, phone numbers, postcodes, reference numbers, targets not yet
    reached, plans, single figures with no baseline, activity counts;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words;
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * not P/S: beneficiaries, plans and hopes, negations, unnamed "stakeholders", a
    single named lead doing their job, staff only trained or briefed, a survey after
    which nothing changed, audiences at launches and conferences.

Flags are written by hand and cross-checked by build.py.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I257  postpartum haemorrhage - pdf - own headings - quality and safety
#       midwife voice - two maternity units, ambulance, MNVP - no flags
# ---------------------------------------------------------------------------
entry(
    id="I257", format="pdf", layout="own_headings", topic="postpartum_haemorrhage",
    project="independent17-pph-257", pdf_align="L",
    title="Every Millilitre Counts: measuring blood loss after birth in two hospitals, a birth centre and an ambulance",
    cover=[
        "Lead organisation: Rothwell Moor Hospitals NHS Trust - Women's and Children's Division",
        "Partners -- Marlstone and Edge NHS Foundation Trust (maternity) | South Vale Ambulance Service NHS Trust | Rothwell Moor Maternity and Neonatal Voices Partnership",
        "Written by the quality and safety midwife, with the labour ward leads at both units. Maternity governance office: 01924 660 318",
    ],
    primary_entrant=dict(name="Rothwell Moor Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Marlstone and Edge NHS Foundation Trust", type="nhs_trust"),
        dict(name="South Vale Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Rothwell Moor Maternity and Neonatal Voices Partnership", type="patient_group"),
    ],
    sections=[
        ("context", "Where we started", """
I have been a midwife for nineteen years and the quality and safety midwife at Rothwell Moor for the last
four. Heavy bleeding after birth is the thing that still frightens me most on a labour ward, because it
can go from 'a bit more than usual' to a life-threatening emergency in the time it takes to walk to the
phone. Between them, our two obstetric units and the freestanding birth centre at Edgecombe see about
6,400 births a year.

When we looked back over our maternity incident reviews for 2020 and 2021 we found the same pattern again
and again. Blood loss was estimated by eye, from the size of the stain on the sheets, and was almost always
underestimated. The escalation to a senior obstetrician and an anaesthetist happened late, often after the
woman had already become unwell. Each unit had its own haemorrhage proforma and its own idea of what the
trigger was. Women who bled at the birth centre were transferred by ambulance with a hand-written note,
and the crew had no standard way of telling the receiving unit how much she had lost.

Every Millilitre Counts is a shared bundle across both trusts, the birth centre and the ambulance service.
Every birth has blood loss measured, not guessed, by weighing swabs and pads and using calibrated drapes.
A cumulative total is called out at fixed points. Once the loss reaches 1,000 ml, a single escalation
call brings the senior obstetrician, the anaesthetist and the coordinator to the room, and a point-of-care
test of clotting is done. For transfers, the crew use a one-page handover with the measured total and the
time of birth, and the receiving unit is alerted before the ambulance leaves.

Why did this need a partnership rather than a guideline? Because the weak points were at the edges of each
organisation. Marlstone and Rothwell Moor share obstetric registrars on a joint rota, so a doctor could
work to one proforma on Monday and another on Wednesday. The birth centre is run by Rothwell Moor but sits
in Marlstone's catchment, so a bleeding woman is handed from one trust's midwife to an ambulance crew and
then to the other trust's labour ward within an hour. And the women themselves move too: many book at one
unit and give birth at the other.
"""),
        ("evidence", "What the numbers show", """
We compared the calendar year 2021, before the bundle, with 2023, the first full year after it was in
place in all three birth settings. The data come from the maternity information systems of both trusts and
were checked against the haemorrhage proformas by two midwives who did not work on the labour wards.

<<Q:Major obstetric haemorrhage, defined as a measured loss of 1,500 ml or more, fell from 4.1% of births in
2021 to 2.6% in 2023.>> <<Q:The proportion of births where blood loss was measured rather than estimated
rose from 18% to 93%.>> <<Q:The median time from a recorded loss of 1,000 ml to a senior obstetrician
arriving at the bedside dropped from 22 minutes to 9 minutes.>>

<<Q:Women transfused four or more units of red cells for bleeding after birth fell from 31 in 2021 to 14 in
2023.>> <<Q:Our monthly run chart for major haemorrhage has stayed below the old median for eleven months in
a row, which we read as a sustained shift rather than a good spell.>>

Some things are still not where we want them. We aimed for every ambulance on the birth centre rota to
carry the weighing scales and drapes, and two vehicles still do not. Our target of a documented debrief
for every woman who bleeds more than 1,500 ml is also not yet met.
"""),
        ("stakeholders", "The people who shaped it", """
<<S:The bundle was built in the delivery suites rather than in a meeting room: midwives and maternity
support workers from both units ran timed simulations with soaked swabs and pads, and it was a maternity
support worker at Marlstone who worked out that a set of kitchen scales in each room was faster than
carrying one set between rooms, which is how it now works.>> <<S:Obstetric anaesthetists and the
haematology laboratory team agreed the point-of-care clotting trigger together after reviewing our cases
side by side.>> <<S:Paramedics from South Vale tested the transfer handover in four simulated birth centre
emergencies and cut it from two pages to one, because, as one of them said, nobody reads page two in the
back of a moving ambulance.>>

<<P:Seven women who had bled heavily after giving birth, and two of their partners, met us at a Saturday
morning session organised by the Voices Partnership.>> What they remembered most was silence: nobody had
told them what was happening, and partners had been sent into the corridor holding the baby. <<P:Because of
what they told us, every haemorrhage call now includes a named person whose only job is to stay with the
birth partner, and the debrief leaflet was rewritten line by line by two of the women.>>

All 412 midwives in the two trusts have since completed the annual obstetric emergencies training, which
now includes a haemorrhage drill using the bundle; we count this as training rather than design.
"""),
        ("value", "Why it is worth it", """
The scales, calibrated drapes and clotting test cartridges cost about £21,000 across the three settings in
the first year, shared between the trusts. A single admission to intensive care after a major haemorrhage,
or a hysterectomy in a young woman, costs far more than that, and the personal cost to a family cannot be
counted at all.

There is also value in having one way of working. Midwives who move between the two units, or who are
redeployed to the birth centre, no longer have to learn a second proforma, and the ambulance crews know
exactly what the receiving unit wants to hear.
"""),
        ("spread", "Spreading the bundle", """
The local maternity and neonatal system has adopted Every Millilitre Counts as its standard for all four
maternity units in the area, and the two remaining units started using it in spring 2024. A set of scales,
drapes and the one-page handover now sits in every birthing room across the system, and the monthly
haemorrhage figures for all four units are reviewed together at the system's perinatal quality meeting,
so that a rise in one unit is seen by the others. We have shared the transfer handover with the regional
ambulance maternity leads, and the bundle was presented at the regional perinatal safety conference.

We have learnt that the equipment is the easy part. The harder part was persuading experienced midwives
that their eye was not as good as the scales, and the way we did that was to let them test themselves:
at every study day, midwives estimate the loss on a set of soaked pads before weighing them, and almost
everyone underestimates.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I258  mental health crisis sanctuary - docx - form table - head of crisis
#       services voice - no quantitative evidence (activity counts, a single
#       percentage, a target, an evaluation planned)
# ---------------------------------------------------------------------------
entry(
    id="I258", format="docx", layout="form_table", topic="mental_health_crisis_sanctuary",
    project="independent17-crisishaven-258",
    title="The Lamp Room: an evening crisis sanctuary run by the NHS, the police and a local charity",
    cover_table=[
        ("Project name", "The Lamp Room: an evening crisis sanctuary run by the NHS, the police and a local charity"),
        ("Lead organisation", "Dunmore and Greave Partnership NHS Foundation Trust (adult crisis services)"),
        ("Partner organisations", "Greave Valley Police  -  Mindhaven Greave (registered charity)  -  Dunmore City Council, Adult Social Care"),
        ("HSJ category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Head of Crisis Services | 0161 496 0550 | crisis.admin@dgp-nhs.example"),
    ],
    primary_entrant=dict(name="Dunmore and Greave Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Greave Valley Police", type="emergency_service"),
        dict(name="Mindhaven Greave", type="charity"),
        dict(name="Dunmore City Council", type="local_authority"),
    ],
    sections=[
        ("context", "Please outline the context and the patient safety problem you set out to solve", """
I lead the adult crisis services for a mental health trust covering a city of 540,000 people and the
surrounding valley towns. Until 2022, a person in mental health crisis at ten o'clock at night had three
options: ring the crisis line and wait, go to the emergency department, or be found by the police. Too
often it was the third.

Our emergency department is not a safe place for someone who is suicidal. People waited for hours in a
busy corridor, some left before they were seen, and our serious incident reviews included two deaths by
suicide within a day of leaving the department without an assessment. Police officers were using their
powers under section 136 of the Mental Health Act to take people to a place of safety because there was
nowhere else to go, and then waiting with them for hours.

The Lamp Room opened in June 2022 in a converted shop unit two streets from the city centre. It is open
from 6pm to 2am every day. It is staffed by a crisis nurse from the Trust and two crisis support workers
from Mindhaven Greave, and police officers and paramedics can bring people directly or phone for advice
through a shared line. There is no clinical waiting room: people sit on sofas, are offered a hot drink,
and are seen within half an hour. The council's approved mental health professionals can see people there
if a Mental Health Act assessment is needed.
"""),
        ("evidence", "What evidence do you have that the initiative has improved patient safety?", """
In its first eighteen months the Lamp Room had 2,134 visits from 1,187 different people. Around 71% of
visitors came on their own, 16% were brought or sent by the police and the rest came through the crisis
line, paramedics or their GP.

We set ourselves a target of reducing section 136 detentions in the city by a fifth by the end of 2024.
The police recorded 212 detentions in 2023; because the way detentions were recorded changed when the
force moved to a new custody system in 2022, we cannot make a fair comparison with earlier years, and we
do not claim a reduction.

Every visitor is asked to fill in a short card before they leave. On the cards, people write things like
'I came here instead of going to the bridge' and 'first time nobody looked at their watch'. Nine out of ten
cards say the person would come back if they needed to. We record these comments, but they are not a measure of
change.

The University of Greave has been commissioned to evaluate emergency department attendances, repeat
crises and self-harm among Lamp Room visitors, with a report expected in 2025.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<P:The Lamp Room was designed by a lived experience panel of eleven people who had been in crisis in
Dunmore, recruited through Mindhaven's peer groups, and they met every fortnight for six months before
it opened.>> <<P:They chose the name, the sofas, the opening hours and the rule that nobody is asked to
repeat their story to a second worker; the original plan had been to close at midnight, and they showed us
from their own experience that the worst hours were after that.>>

<<P:Carers from the Dunmore Carers' Centre told us that families were often the ones driving someone to
the emergency department at night, and at their suggestion there is now a separate quiet room where a
relative can wait and be given advice.>>

<<S:Response officers from Greave Valley Police worked with our crisis nurses to write the phone advice
script, and it was the officers who insisted that the shared line should be answered by a clinician within
two minutes, because anything longer meant they would fall back on section 136.>> <<S:Emergency department
nurses and the mental health liaison team were consulted on which patients could safely be redirected from
the department, and their list of exclusions, such as anyone who has taken an overdose in the last 24
hours, is used at the door.>>

Staff from all three organisations attended the opening event in June 2022.
"""),
        ("value", "What value has the initiative added?", """
The Lamp Room costs about £610,000 a year, funded jointly by the ICB and the council, with the police
providing a liaison sergeant. A night in an emergency department cubicle, several hours of two officers'
time and a section 136 assessment together cost a great deal more than a visit to the Lamp Room.

The value that matters most is harder to price. People in crisis have somewhere to go that is not a
corridor or the back of a police car, and they are seen by someone who has time for them.
"""),
        ("spread", "How has the initiative been spread or shared?", """
A second Lamp Room, in the valley town of Greave Bridge, opened in April 2024 using the same model and
staffing. We have hosted visits from three other mental health trusts, and the regional mental health
crisis network has used our shared-line script in its own guidance.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I259  opioid overdose after prison release - pdf - CAPS headings - head of
#       healthcare voice - prisoners, families, officers, probation - no flags
# ---------------------------------------------------------------------------
entry(
    id="I259", format="pdf", layout="caps_headings", topic="prison_release_overdose",
    project="independent17-prisonrelease-259", pdf_font="LiberationSans",
    title="THE FIRST FORTNIGHT: keeping men alive in the weeks after they leave HMP Ravensmoor",
    cover=[
        "SUBMITTED BY: Blackwater Community Health NHS Trust, Health and Justice Services (healthcare provider at HMP Ravensmoor)",
        "IN PARTNERSHIP WITH: HMP Ravensmoor (HM Prison and Probation Service) / Second Chance Recovery (drug and alcohol charity) / Blackwater Borough Council Public Health",
        "Author: Head of Healthcare, HMP Ravensmoor",
    ],
    primary_entrant=dict(name="Blackwater Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="HM Prison and Probation Service", type="public_other"),
        dict(name="Second Chance Recovery", type="charity"),
        dict(name="Blackwater Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
HMP Ravensmoor is a category B local prison holding around 1,050 men. Roughly a third of them are
dependent on opioids, and many are on opioid substitution treatment with methadone or buprenorphine
while they are with us. Every week between fifteen and thirty men are released, some after a few days on
remand, some after years.

The first two weeks after release are the most dangerous time in these men's lives. Their tolerance to
opioids has fallen while they were inside, they often leave with nowhere to live, and the first thing many
of them do is meet an old contact at the station. When I started as head of healthcare in 2020 I read the
coroner's reports for men who had died after leaving Ravensmoor, and the pattern was painfully clear. Men
were released on a Friday afternoon with no appointment at a community prescribing service until the
following week. Some were released straight from court and never came back for the prescription we had
arranged. Very few left with naloxone, the drug that reverses an opioid overdose.

The First Fortnight joins up the prison, the healthcare team, the community drug service and probation. It
has five parts: a release plan started four weeks before the release date; a confirmed community
prescribing appointment for the day of release or the next working day; a long-acting buprenorphine
injection offered before release for men who want it; a naloxone kit and training for every man at risk;
and a recovery worker from Second Chance who meets the man at the gate.
"""),
        ("evidence", "EVIDENCE OF IMPROVEMENT", """
We compared the 24 months before the programme (April 2020 to March 2022) with the 24 months after,
using the prison's release records, our clinical system and the community drug service's records.

<<Q:The proportion of men on opioid substitution treatment who attended a community prescribing
appointment within one working day of release rose from 41% to 79%.>> <<Q:Men at risk of opioid overdose
who left Ravensmoor carrying naloxone went from 23% to 88%.>> <<Q:Missed doses of substitution treatment
on the day of release, usually because a man was taken to court before the morning medication round, fell
from 19 recorded in the first period to 3 in the second.>>

<<Q:Deaths from drug poisoning within 28 days of release, identified through coroners and the community
drug service, fell from seven in the two years before the programme to two in the two years after.>>
These are small numbers and every one of them is a person; we do not want to overstate them, but every
death reviewed in the second period involved a man released directly from court, and that is now our
priority.
"""),
        ("stakeholders", "INVOLVING PATIENTS, FAMILIES AND STAFF", """
<<P:Men on the recovery wing, several of whom had overdosed after previous releases, met with us weekly
for three months and mapped their own release days hour by hour, from the moment they were called to
reception to the first night outside.>> <<P:It was their map that showed us the gap between the gate
and the chemist, and it was their idea that a recovery worker should be waiting outside with a flask of tea
and a bus pass rather than an appointment letter.>>

<<P:Six men serving longer sentences were trained as naloxone peer trainers, and they rewrote the
training so that it takes fifteen minutes on the landing rather than an hour in healthcare; they now
deliver it to other prisoners themselves.>> <<P:Partners and mothers who visit the prison were asked in
the visits hall what they would want to know, and at their request every man's release pack now includes
a second naloxone kit for the family and a card explaining how to use it.>>

<<S:Prison officers in reception and the discharge board clerks worked with our pharmacy technicians to
move the release-day medication round earlier, after they pointed out that men due at court were being
taken from their cells before the nurses reached the wing.>> <<S:Probation officers and Second Chance
recovery workers sat on the programme board from the start and agreed the shared release checklist.>>

<<S:The release checklist itself was tried out on C wing for a month by healthcare nurses and the wing's
substance misuse workers, and a line confirming the man's first night address with probation was added
at their request.>> <<S:Community pharmacists near the station, approached through the council, agreed to
open early on release days and told us which paperwork they needed to dispense without delay, which is now
sent the day before.>>

All 46 officers on the discharge and reception rota have been trained in naloxone administration. Every
man within six weeks of release is invited to the monthly pre-release fair in the gym, where each partner
has a stall, and around 1,030 men were released from Ravensmoor last year.
"""),
        ("value", "VALUE", """
The long-acting buprenorphine injections are funded by the NHS England health and justice
commissioners, and Second Chance's gate workers by the council's public health grant, at a cost of about
£88,000 a year. A naloxone kit costs around £20. A death after release costs a family everything, and the
cost to public services of a single fatal overdose, from ambulance to inquest, runs to tens of thousands
of pounds.

The partnership has also changed relationships. Officers and nurses now talk about the release date as a
health risk, not only a custody event. Before the First Fortnight, the prison, the healthcare team and the
drug service held separate release meetings on different days; there is now one weekly release board,
chaired in turn by each partner, which looks at every man due out in the next month.

For the men themselves, the value is a first day outside that does not begin with a two-hour walk to a
chemist that cannot find their prescription. Several have told their recovery workers that the person at
the gate was the first friendly face they had seen in years.
"""),
        ("spread", "SPREAD AND SHARING", """
Two other prisons in the region, HMP Cold Norton and HMP Eastgate, have adopted the release checklist and
the peer naloxone training. The regional health and justice team has included the First Fortnight in its
good practice guide, and our peer trainers have recorded a short film that is now shown in reception at
all three prisons.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I260  mouth care in care homes - docx - bullet lists - community dental
#       clinical director voice - private care home group as a partner (fine)
#       - no patient involvement (residents as beneficiaries, relatives
#       informed, a survey that changed nothing, a plan, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I260", format="docx", layout="bullet_lists", topic="care_home_mouth_care", docx_font="Arial",
    project="independent17-mouthcare-260",
    title="Open Wide: mouth care to prevent pneumonia in care home residents",
    cover=[
        "Submitted by Northfold Community Healthcare NHS Trust, Community Dental Service",
        "Partners: Northfold County Council (adult social care quality team) ... NHS Northfold and Ribble ICB ... Brookvale Care Homes Ltd",
        "Clinical director of community dentistry - tel 01772 418 209 - ref CDS/OW/2023",
    ],
    primary_entrant=dict(name="Northfold Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Northfold County Council", type="local_authority"),
        dict(name="NHS Northfold and Ribble Integrated Care Board", type="icb"),
        dict(name="Brookvale Care Homes Ltd", type="private"),
    ],
    sections=[
        ("context", "Why mouth care?", """
Nobody goes into dentistry expecting to work on pneumonia. But as the clinical director of our community
dental service I kept seeing the same thing when we visited care homes: residents with dentures that had
not been out for weeks, mouths coated with plaque, and care staff who had never been shown how to brush
someone else's teeth. The bacteria in a neglected mouth are the same bacteria that are breathed into the
lungs of a frail person who has trouble swallowing.

In 2021/22 the ICB's data showed that pneumonia was the most common reason for an emergency admission from
care homes in Northfold, and that residents of the 19 homes in our pilot area were admitted for
pneumonia more often than residents of similar homes elsewhere in the county.

Our starting point:

- most residents had no written mouth care plan
- toothbrushes, where they existed, were often shared or dry and unused
- denture cleaning happened when someone remembered
- mouth care was, in the words of one home manager, 'the job that gets dropped' when a shift is short
- nobody was checking mouths after a resident became unwell

Open Wide puts a dental therapist from our service into each home every month, gives every resident an
oral health assessment and a mouth care plan, provides the right equipment, and makes mouth care part of
the daily care record that the homes already use.
"""),
        ("evidence", "What the evidence shows", """
We compared the year before Open Wide (2021/22) with its first full year (2023/24) in the 19 homes:

- <<Q:residents with a written mouth care plan went from 14% to 90%>>
- <<Q:average plaque scores at the dental therapist's audit fell from 2.4 to 1.1 on a four-point scale>>
- <<Q:emergency admissions for pneumonia from the 19 homes dropped from 58 to 37>>
- <<Q:residents with a denture that had not been removed and cleaned in the previous 24 hours fell from about one in three to one in twenty>>

What we also did, which we count as activity rather than results:

- 420 care workers took part in a hands-on mouth care session
- 1,900 toothbrushes, 600 denture pots and 240 suction toothbrushes were supplied
- 19 homes were given a mouth care champion badge to display
"""),
        ("stakeholders", "Who was involved", """
- <<S:care assistants at three homes tested four types of toothbrush on each other before choosing one, and it was their choice of a small-headed brush with a long handle that went into every home>>
- <<S:night staff asked for denture cleaning to be moved from the morning to the evening, when residents are less rushed, and the care record prompt was changed to match>>
- <<S:speech and language therapists from the community trust reviewed the plan for residents with swallowing problems and added the suction toothbrush to it>>
- <<S:Brookvale's home managers sat on the steering group with the council's quality team and agreed to make mouth care part of their own audits>>
- residents are the people the project exists to help, and many now have cleaner, more comfortable mouths
- relatives were sent a letter explaining the project and asking them to bring in a labelled toothbrush
- a questionnaire was sent to relatives at six months; 63 were returned, most were positive, and no changes were needed
- residents were not asked directly about the plan design, because most of them live with advanced dementia
- we hope to recruit a relative to the steering group in the next phase
"""),
        ("value", "Value", """
- each dental therapist visit costs about £180, paid by the ICB
- equipment for a home of 40 residents costs roughly £350 a year
- an emergency admission for pneumonia costs several thousand pounds and can mean a resident never returns home
- the homes now have mouth care written into their care plans, which their regulator looks for at inspection
- dental pain, which residents with dementia often cannot describe, is found earlier
"""),
        ("spread", "Spread", """
- the ICB has funded Open Wide for all 112 care homes in Northfold from April 2024
- Brookvale Care Homes has adopted the mouth care plan in its homes in two other counties
- we have shared the training materials with the regional community dental services network
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I261  sepsis recognition in care homes - pdf - two column - ICB director of
#       nursing voice - no staff involvement (care staff trained, managers
#       briefed, crews told by bulletin, a named lead, a planned survey)
# ---------------------------------------------------------------------------
entry(
    id="I261", format="pdf", layout="two_column", topic="care_home_sepsis",
    project="independent17-carehomesepsis-261", pdf_font="LiberationSerif",
    title="Not Quite Right: earlier recognition of sepsis in care home residents",
    cover=[
        "NHS Calderwick Integrated Care Board (lead)  *  North Coast Ambulance Service NHS Trust  *  Calderwick Community NHS Trust, care home in-reach team",
        "Entry by the ICB Director of Nursing and Quality, on behalf of the partnership - October 2024",
    ],
    primary_entrant=dict(name="NHS Calderwick Integrated Care Board", type="icb"),
    partners=[
        dict(name="North Coast Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Calderwick Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why care homes, why sepsis", """
There are 164 care homes in Calderwick, with just over 5,000 residents. When a resident becomes
septic, the first signs are rarely a high temperature. More often it is a change that the people around
her notice before any machine does: she is quieter, she has not touched her breakfast, she does not
want to get up, she is 'just not herself'.

Our reviews of deaths from sepsis in hospital among care home residents in 2021 found that many had been
unwell for a day or more before an ambulance was called. Observations were rarely taken, and when they
were, the care home and the ambulance crew used different scores, so the crew had no picture of how the
resident had changed overnight. Calls were often made at night, by an agency carer who did not know the
resident.

Not Quite Right gives every home the same simple approach: a soft-signs checklist for care workers, a
set of observation equipment and a NEWS2 chart in homes with nurses, a script for calling the community
in-reach team or 111, and an agreed set of words that the ambulance service recognises. The ICB funds the
equipment and the in-reach team's extra hours.

We chose the first wave of 62 homes because they made the most 999 calls in 2021, and because most of
them had no nurses on site. The homes range from family-run houses with twelve beds to purpose-built
homes with more than eighty, and about a third of their care workers speak English as a second language,
which shaped how the checklist is worded.
"""),
        ("evidence", "Evidence of safer care", """
We compared residents admitted to hospital with sepsis from the 62 homes in the first wave in the year
before (2021/22, 214 admissions) with the year after (2022/23, 197 admissions).

<<Q:The proportion of these residents who had a full set of observations recorded before the 999 call
rose from 9% to 74%.>> <<Q:Residents who were already in septic shock when the ambulance arrived fell from
29% to 16%.>> <<Q:Deaths within 30 days of admission for sepsis among residents of these homes fell from
27% to 19%.>>

The in-reach team saw 388 residents after a soft-signs call in the year, and care homes completed
more than 1,900 soft-signs checklists; we report these as activity. Our target was that every home with
nurses would record NEWS2 at least daily for any resident with new soft signs, and only about two thirds
of those homes are doing so consistently.
"""),
        ("stakeholders", "Who took part", """
<<P:Relatives were the first to tell us that they noticed changes before anyone else; a relatives' forum
at two homes in Seaham Bay met with the project team three times, and the soft-signs checklist uses their
words, such as 'off her food' and 'not following the telly', rather than clinical terms.>>
<<P:They also asked for a card for the resident's room, 'you know her best - tell us if something is not
right', which now invites families to raise concerns with the shift leader.>>

<<P:A retired nurse who lives at one of the Calderwick homes read every version of the checklist and
persuaded us to add 'new confusion at night' as a separate item.>>

The work was led by the ICB's head of care home quality, who reported to the system quality group every
month. Care staff in every home completed a two-hour session on soft signs, 1,140 of them in all, and
home managers were briefed at the care home managers' network. Ambulance clinicians were told about the
new words through the service's clinical bulletin. We plan to survey care staff about the checklist in
2025.
"""),
        ("value", "What it adds", """
The observation kits cost about £420 per home, and the extra in-reach hours around £190,000 a year. A
sepsis admission of an older person commonly lasts more than a week. Earlier recognition also means more
residents can be treated at home, which is what many of them and their families would choose.
"""),
        ("spread", "Spread", """
The remaining 102 homes joined in 2023/24, and the checklist is now part of the ICB's care home
contract monitoring. Two neighbouring ICBs have asked for the materials, and North Coast Ambulance Service
has included the agreed words in its call handling guidance across its whole area.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I262  follow-up of unexpected imaging findings - docx - rubric headings -
#       quality improvement lead voice - SPC shift wording - no flags
# ---------------------------------------------------------------------------
entry(
    id="I262", format="docx", layout="rubric_headings", topic="radiology_incidental_findings",
    project="independent17-radiologyfailsafe-262", docx_font="Cambria",
    title="Nothing Falls Through: a failsafe for unexpected findings on scans and X-rays",
    cover=[
        "Ellesmere Park Hospitals NHS Foundation Trust (primary entrant)",
        "working with Weaver and Dane GP Provider Alliance and the Weaver Valley Cancer Alliance",
        "Entry written by the Trust's Quality Improvement Lead for diagnostics, with the radiology failsafe officer",
    ],
    primary_entrant=dict(name="Ellesmere Park Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Weaver and Dane GP Provider Alliance", type="primary_care"),
        dict(name="Weaver Valley Cancer Alliance", type="public_other"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
Radiology departments are very good at finding things. They are less good at making sure somebody does
something about them. Our department carries out about 410,000 examinations a year, and a small number
of reports contain a finding that nobody was looking for: a nodule on the lung seen on a CT of the
abdomen, a mass in the kidney on a scan for back pain, a suspicious shadow on a chest X-ray requested by
a GP for a cough.

In 2021 the Trust investigated three cases in which a cancer was diagnosed more than a year late even
though it had been visible, and reported, on an earlier scan. In each case the report had gone to a
clinician who had moved on, a clinic that had discharged the patient, or a GP inbox where it was filed as
'normal - no action' by an administrator. Nobody owned the finding.

As the Trust's quality improvement lead for diagnostics I was asked to help radiology, the GP
alliance and the cancer alliance design a system where every unexpected significant finding has a named
owner and a loop that closes. We agreed four changes: radiologists flag a finding with a single code on
the report; the failsafe officer, a new administrative post, tracks every flagged report until a clinician
acknowledges it and records a plan; GP practices receive flagged reports into a separate task list, not
the general results inbox; and the patient receives a letter telling them that a finding needs
follow-up and who is arranging it.

We used a standard improvement approach: a driver diagram agreed at the first workshop, small tests of
change in one GP practice and one outpatient specialty at a time, and a monthly measurement pack shared
with all three partner organisations. Nothing was rolled out until it had worked in at least two places.
"""),
        ("evidence", "Evidence of improved patient safety", """
We measured the flagged reports for twelve months before the failsafe began (January to December 2022)
and for the eighteen months after.

<<Q:Flagged findings with no documented action at 90 days fell from 16% of reports to 2%.>> <<Q:The
median time from report to clinical acknowledgement dropped from 11 days to 2 days.>> <<Q:On our
statistical process control chart, the monthly proportion of flagged reports acknowledged within seven days
moved from a mean of 48% to a new, stable mean of 91%, a sustained shift that has held for fifteen
months.>>

<<Q:Among lung nodules found by chance, the proportion entered into the nodule surveillance programme
within four weeks rose from 38% to 87%.>> We want every finding acknowledged within 14 days by the end of
2025, and we are not there yet; the remaining delays are mostly in outpatient specialties that do not yet
use the task list.
"""),
        ("stakeholders", "Stakeholder involvement, including patients and staff", """
<<S:Consultant radiologists and reporting radiographers agreed the list of findings that should be
flagged at two department meetings, and cut it from forty conditions to twelve after testing it against a
month of real reports.>> <<S:Practice managers and results administrators from six GP practices mapped how a
report travels through their systems, and it was a results administrator who suggested the separate task
list, which the alliance then built into the practice systems.>> <<S:Radiology secretaries, who had been
quietly chasing some reports for years, helped write the failsafe officer's job description.>>
<<S:The escalation rules for reports that remain unacknowledged were drafted by the failsafe officer and
then reworked by respiratory, urology and gastroenterology consultants, who were each asked which of
their clinic staff should receive a chaser and who should be told if nothing happened.>>

<<P:A former head teacher whose kidney cancer had been reported on a scan nineteen months before she was
told about it joined the project group, and it was her insistence that patients should hear about a
finding directly that led to the patient letter.>> <<P:The cancer alliance's patient panel reviewed the
letter in three drafts; they removed the word 'incidental', which they said sounded like 'unimportant',
and added a phone number for the failsafe officer.>>
"""),
        ("value", "Value added", """
The failsafe officer post costs about £31,000 a year. A single missed cancer that becomes incurable costs
a family everything, and the legal claims alone after our 2021 cases exceeded the cost of the post many
times over.

Radiologists say they report more confidently, knowing that a flagged finding will not disappear, and GP
practices have one place to look rather than a mixed inbox of hundreds of normal results.

There is a wider lesson we would pass on. Our first instinct in 2021 was to write a stricter policy and
remind radiologists of their duty to communicate. The case reviews showed that the radiologists had done
their job; the finding was lost afterwards, in the handoffs between organisations. A failsafe only works
when it is owned jointly by the people who send, receive and act on the report.
"""),
        ("spread", "Spread and sharing", """
The failsafe process is now used for every imaging report in the Trust and for reports sent to all 41 GP
practices in the alliance. The cancer alliance has funded the same role in two neighbouring trusts, and
our flag codes have been shared with the regional imaging network, which is considering a common list for
the region.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I263  fires involving home oxygen - pdf - with appendix - fire service
#       station manager voice - public-sector lead with a private oxygen
#       supplier as partner (eligible) - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I263", format="pdf", layout="with_appendix", topic="home_oxygen_fire_safety",
    project="independent17-oxygenfire-263", pdf_font="DejaVuSans",
    title="Breathe Safe at Home: preventing fires and burns among people who use home oxygen",
    cover=[
        "Entrant: Lune Bay Fire and Rescue Service (Prevention Directorate)",
        "Partners: Lune Bay Community Health NHS Trust - Home Oxygen Assessment and Review Service; Airwell Medical Gases Ltd (home oxygen supplier); Lune Bay County Council, Adult Social Care",
        "Prepared by: Station Manager, Community Fire Safety",
    ],
    primary_entrant=dict(name="Lune Bay Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Lune Bay Community Health NHS Trust", type="nhs_trust"),
        dict(name="Airwell Medical Gases Ltd", type="private"),
        dict(name="Lune Bay County Council", type="local_authority"),
    ],
    sections=[
        ("context", "Context", """
I have been a firefighter for twenty-two years, and the fires I remember are not the big warehouse jobs.
They are the small kitchens and living rooms where someone on home oxygen lit a cigarette, or leaned over
a gas hob, and the oxygen-rich air around them turned a spark into a flash fire. Oxygen does not burn on
its own, but it makes everything around it burn faster and hotter: clothing, bedding, hair and the tubing
itself.

About 2,300 people in Lune Bay have oxygen at home, most of them with COPD. The oxygen service assesses
them and the supplier installs the equipment, but until 2022 the fire service found out that someone was
using oxygen only when we turned up to a fire. In 2020/21 we attended nine fires in homes where oxygen was
in use. Two people died and four were admitted to the regional burns unit. In almost every case the person
was still smoking, or someone else in the house was, and nobody had visited to talk about fire safety.

Breathe Safe at Home is a referral agreement between the four partners. The oxygen service and the
supplier refer every new oxygen user, and every existing user who reports smoking, to the fire service. A
firefighter visits within 28 days to fit smoke alarms, fit firebreak valves on the oxygen tubing, check for
naked flames and talk honestly about smoking. Where someone continues to smoke, a joint risk meeting
decides whether oxygen can safely continue, and the council's social care team can add support such as
flame-retardant bedding.
"""),
        ("evidence", "Evidence of improvement", """
We compared the two financial years before the referral agreement (2019/20 and 2020/21) with the two
years after it began (2022/23 and 2023/24). Fire data come from the national incident recording system;
referral data from the oxygen service. Definitions are given in Appendix A.

<<Q:Fires in homes where oxygen was in use fell from 17 in the two years before to 6 in the two years
after.>> <<Q:The proportion of new oxygen users who smoke and had a fire safety visit within 28 days of
their oxygen being installed rose from 12% to 81%.>> <<Q:Admissions to the burns unit after a fire
involving home oxygen dropped from seven to one.>>

<<Q:Homes with firebreak valves fitted at the supplier's annual service went from fewer than one in five
to almost nine in ten.>> Firefighters made 1,312 home visits under the agreement and fitted 1,760 smoke
alarms, which we report as activity.
"""),
        ("stakeholders", "Who was involved", """
<<S:Nurses from the oxygen assessment service and our community safety advocates designed the referral
criteria together over four workshops, and the nurses asked us to include people who had stopped smoking
in the last year, because that is when relapse is most likely.>> <<S:Airwell's installation engineers
told us that they were often the only people to see inside the home, and at their request the supplier's
installation checklist now includes a box to refer straight to the fire service.>> <<S:Watch managers from
three stations tested the home visit script and rewrote the section on smoking to sound less like a
telling-off.>>

<<P:Members of the Lune Bay Breathe Easy group, all of them living with lung disease and several on
oxygen, read the leaflet and told us to drop the photograph of burns, which they said would make people
hide their smoking rather than talk about it.>> <<P:A man who had survived a flash fire in his own
living room helped to write the script for our training film, and insisted that it show how easy it is to
forget that the cannula is still on.>>
"""),
        ("spread", "Spread", """
The referral agreement has been adopted by the two neighbouring fire and rescue services that share our
oxygen supplier, and the supplier has made its installation checklist the same across the whole of its
northern region. The national fire chiefs' home oxygen group has shared our referral form with fire
services in England, and the regional respiratory network has added it to its COPD pathway.
"""),
    ],
    trailer=[
        ("heading", "Appendix A: definitions"),
        ("para", "Oxygen fire: any primary or secondary fire recorded in the incident recording system where the attending crew noted home oxygen equipment present in the room of origin."),
        ("para", "Financial years run 1 April to 31 March. Smoking status is as recorded by the oxygen service at assessment."),
        ("heading", "Appendix B: contact"),
        ("para", "Prevention Directorate, Lune Bay Fire and Rescue Service HQ, Quay Road, Lune Bay LB2 6FR. Tel 01524 339 870. Ref BSH/2024/07."),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I264  eating disorders on paediatric wards - docx - numbered questions -
#       specialist dietitian voice - mental health trust lead - no flags
# ---------------------------------------------------------------------------
entry(
    id="I264", format="docx", layout="numbered_questions", topic="eating_disorder_medical_emergencies",
    project="independent17-meed-264",
    title="Safe to Feed: managing medical emergencies in eating disorders on a general children's ward",
    cover=[
        "Primary entrant - Westbourne Mental Health NHS Foundation Trust (Children and Young People's Eating Disorder Service)",
        "Partners - Westbourne General Hospitals NHS Trust (paediatrics) ; Hunger Talks (eating disorder charity) ; Westbourne GP Federation",
        "Lead author - Specialist Eating Disorder Dietitian",
    ],
    primary_entrant=dict(name="Westbourne Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Westbourne General Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Hunger Talks", type="charity"),
        dict(name="Westbourne GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Question 1. Describe the context of the project and the patient safety goals", """
I am a dietitian in a community eating disorder service for children and young people. Most of the young
people we see are treated at home with their families. A few become so physically unwell that they need to
be admitted to the children's ward at Westbourne General, usually with a dangerously slow heart rate, low
blood pressure on standing, or severe dehydration. Admissions like these have
become more common since the pandemic.

A paediatric ward is a frightening place for a young person with anorexia, and an eating disorder is a
frightening condition for a paediatric ward. The most serious risk when feeding restarts is refeeding
syndrome, a sudden fall in phosphate and other salts that can cause heart failure and death. The opposite
risk is also real: ward teams who are anxious about refeeding start so cautiously that the young person
keeps losing weight in hospital. We also found that nasogastric feeding against a young person's wishes
was sometimes happening without a clear legal framework, with several nurses holding the young person
down.

Safe to Feed is a joint protocol between the two trusts. It uses the national risk assessment for medical
emergencies in eating disorders, a standard refeeding regime with daily blood tests for the first five
days, an eating disorder nurse and dietitian on the ward every weekday, and a weekly joint review in
which the paediatrician, the psychiatrist, the young person and their parents agree the plan.
The regime itself is deliberately simple: a starting calorie level set by risk, fixed steps up every
second day, phosphate supplements from day one for anyone at high risk, and a clear list of results that
mean 'pause and call the dietitian' rather than 'stop feeding'. GP practices
in the federation use the same risk assessment so that young people are referred, and admitted, on the
same criteria.
"""),
        ("evidence", "Question 2. What evidence is there of improved patient safety? Please include data", """
We compared 38 admissions in the two years before the protocol (2020 to 2021) with 41 admissions in the
two years after (2022 to 2023).

<<Q:Refeeding-related low phosphate needing intravenous replacement fell from 11 of 38 admissions to 2 of
41.>> <<Q:The median time to reach the full planned calorie intake dropped from 9 days to 4 days, without
any increase in refeeding complications.>> <<Q:Episodes of nasogastric feeding under physical restraint on
the ward fell from 23 to 8, and every one of the eight had a documented legal authority and a debrief with
the young person.>>

<<Q:Young people who continued to lose weight during their first week on the ward went from 16 of 38 to 3
of 41.>> Lengths of stay varied too much to draw any conclusion, and we do not report them.
"""),
        ("stakeholders", "Question 3. How were patients, families and staff involved?", """
<<P:Four young women aged 15 to 19 who had been admitted to the ward with anorexia joined a design group
run by Hunger Talks.>> <<P:They told us that being weighed in front of the nurses' station was the worst
moment of every day, so weighing now happens in a side room, facing away from the scale, and the result is
shared only in the weekly review.>> <<P:Parents from the charity's family support group wrote the section
of the protocol on mealtimes, including what a parent should and should not say at the table, after telling
us that they had been left unsure whether to stay.>>

<<S:Paediatric nurses and healthcare assistants were asked what frightened them about caring for these
young people, and because restraint for tube feeding came top of their list, the protocol now includes
a stepped plan for refusal that was written with them and the ward's play specialists.>> <<S:The
hospital's biochemistry laboratory agreed to run phosphate results for the ward as urgent for the first
five days, after the paediatric registrars showed them how often results were arriving too late to change
the next feed.>> <<S:GP partners from the federation tested the primary care risk checklist in their own
practices for three months and asked for it to be cut to one page.>>

The protocol working group met monthly for nine months. Its members were:

- <<P:two parents whose daughters had been tube-fed on the ward, one of whom chaired the session on mealtimes>>

- <<S:a paediatric consultant, two ward sisters and the ward's play specialist, who between them rewrote the section on observations at night>>

- <<S:a consultant child and adolescent psychiatrist and two eating disorder nurses from our community team>>

- a dietitian, who wrote up the notes and kept the drafts, which was me

Young people who are admitted now receive a copy of the protocol written for them, and the ward runs a
short information session for new families each month. Neither of these counts as involvement in the
design; they are how the protocol reaches the people it is for.
"""),
        ("value", "Question 4. What value has been added?", """
The joint nurse and dietitian time costs the two trusts about £68,000 a year. Every case of severe
refeeding syndrome avoided is an intensive care admission avoided, and every restraint avoided is a
trauma not added to an illness that is already hard to recover from. Paediatric staff report feeling
less alone with these patients, and the mental health team see young people earlier.
"""),
        ("spread", "Question 5. How has the work been spread?", """
The protocol is now used on both children's wards in the ICB and has been shared with the regional
eating disorder provider collaborative, which is adapting it for adult medical wards. Hunger Talks has
published the parents' mealtime guide on its website, and we have presented Safe to Feed at the national
eating disorders conference.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I265  valproate in women and girls - pdf - form table - ICB senior
#       pharmacist voice - no patient involvement (letters sent, survey that
#       changed nothing, a plan, an explicit negation, "patients at the heart")
# ---------------------------------------------------------------------------
entry(
    id="I265", format="pdf", layout="form_table", topic="valproate_pregnancy_prevention",
    project="independent17-valproate-265",
    title="No Surprises: making the valproate pregnancy prevention programme work across a whole system",
    cover_table=[
        ("Entry title", "No Surprises: making the valproate pregnancy prevention programme work across a whole system"),
        ("Lead organisation", "NHS Mereside Integrated Care Board, Medicines Optimisation"),
        ("Partner organisations", "Mereside Teaching Hospitals NHS Trust (neurology) / Mereside Mental Health NHS Trust / Mereside Local Pharmaceutical Committee"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Submitted by", "Senior Pharmacist, Women's Health and Medicines Safety - 01632 960 441"),
    ],
    primary_entrant=dict(name="NHS Mereside Integrated Care Board", type="icb"),
    partners=[
        dict(name="Mereside Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Mereside Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Mereside Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
Sodium valproate is an effective medicine for epilepsy and bipolar disorder, but a baby exposed to it in
the womb has a high chance of serious birth defects and of developmental problems. National rules require
that any woman or girl who could become pregnant and takes valproate is on a pregnancy prevention
programme: she should have an annual specialist review, sign a risk acknowledgement form, and use highly
effective contraception unless there is a documented reason why not.

When the ICB searched GP records in 2021, we found 1,210 women and girls aged 12 to 55 taking valproate in
Mereside. Most were prescribed it by their GP on the advice of a neurologist or psychiatrist, and the
different parts of the system each assumed that somebody else was doing the annual review. Some women had
not seen a specialist for many years. In 2020/21 there were six pregnancies in Mereside in which the baby
was exposed to valproate.

No Surprises is a shared register and recall system. The ICB's practice pharmacists hold a single list
of every woman and girl on valproate; the hospital and mental health trusts receive a monthly list of
those due a review; GP practices add a prescribing alert that blocks a repeat without a current risk form;
and community pharmacists check for the form and the warning card at every supply.
"""),
        ("evidence", "Evidence of improved safety", """
<<Q:Women and girls of childbearing potential on valproate with a signed annual risk acknowledgement form
rose from 34% in March 2021 to 86% in March 2024.>> <<Q:The proportion with highly effective
contraception, or a documented specialist reason why it is not needed, increased from 41% to 78%.>>
<<Q:Pregnancies exposed to valproate fell from six in 2020/21 to one in 2023/24.>>

<<Q:Supplies of valproate from community pharmacies in the original manufacturer's pack, with the warning
card, went from about half to 97% at the LPC's spot check.>> Our target is that every woman has had a
specialist review in the last twelve months; in March 2024 the figure was 72%, and the waiting list for
adult neurology is the main reason we have not reached it.
"""),
        ("stakeholders", "Involvement of patients and staff", """
<<S:Practice pharmacists from all seven primary care networks helped design the register and asked for
the recall list to be sorted by the date of the last specialist letter, which made it possible to
prioritise women who had gone longest without review.>> <<S:Epilepsy specialist nurses and perinatal
psychiatrists agreed a shared template for the annual review letter after two joint meetings, and the
template was changed when the psychiatrists pointed out that many of their patients were also seeing a
neurologist.>> <<S:Community pharmacists tested the supply check in twelve pharmacies and asked for the
prompt to appear on the labelling screen, which the LPC arranged with the system suppliers.>>

Every woman and girl on the register was sent a letter explaining the programme and inviting her to her
review. A questionnaire was included; 214 were returned, most respondents said the letter was clear, and
we did not change the process as a result. Women were not invited to join the design group, which we
recognise as a weakness. We intend to set up a focus group with a local epilepsy support charity in 2025.
Patients are at the heart of this work.
"""),
        ("value", "Value and cost", """
The register is run within existing practice pharmacist time. The hospital and mental health trusts have
each added a half-day clinic a month for annual reviews, at a combined cost of about £24,000 a year. The
lifetime cost of caring for a child harmed by valproate runs into millions of pounds, and the harm to the
family is not measurable in money.
"""),
        ("spread", "Spread and sustainability", """
The register and recall system is now part of the ICB's medicines safety dashboard, reviewed quarterly.
Two neighbouring ICBs have adopted our search and template, and the regional medication safety officers'
network has shared them with every ICB in the region. The same approach is being built for topiramate.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I266  long lies after falls at home - docx - reordered (evidence first) -
#       physiotherapist voice - community trust, ambulance, telecare, fire
#       service - no flags
# ---------------------------------------------------------------------------
entry(
    id="I266", format="docx", layout="reordered", topic="falls_long_lies",
    project="independent17-longlies-266",
    title="Up and About: a joint response for people who fall at home and cannot get up",
    cover=[
        "Lead entrant: Tollbridge Community Health NHS Trust (Community Therapies)",
        "Partners: Mid Shires Ambulance Service NHS Trust  //  Tollbridge Borough Council - Careline telecare service  //  Tollbridge Fire and Rescue Service",
        "Written by a clinical lead physiotherapist, falls response service. Enquiries: 01604 227 915",
    ],
    primary_entrant=dict(name="Tollbridge Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Mid Shires Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Tollbridge Borough Council", type="local_authority"),
        dict(name="Tollbridge Fire and Rescue Service", type="emergency_service"),
    ],
    sections=[
        ("evidence", "The headline", """
We compared calls from people who had fallen at home and were not obviously injured, in the twelve months
before Up and About (2021/22, 2,960 calls) and the twelve months after it began (2022/23, 3,140 calls).

<<Q:The median time that a person waited on the floor for help fell from 3 hours 52 minutes to 58
minutes.>> <<Q:Long lies of more than four hours were reduced by 71%.>> <<Q:The proportion of people
taken to the emergency department after a non-injurious fall fell from 62% to 27%.>>

<<Q:Repeat falls calls from the same person within 30 days halved, from 24% to 12%, which we think reflects
the physiotherapy follow-up rather than the faster pick-up alone.>> We have not yet been able to measure
pressure damage or rhabdomyolysis, because these are not coded reliably in the ambulance record.

In its first year the falls car attended 1,460 calls and Careline responders helped 1,080 people up
without needing an ambulance at all. We would like the car to run overnight, when many of the longest
lies begin, and that is part of our bid for next year's funding.
"""),
        ("context", "Why we needed to act", """
I am a physiotherapist, and for most of my career I have met people after a fall: in clinic, on the ward
or at home, weeks later, when they have lost their confidence and stopped going out. In the winter of 2021
I started hearing a different story. People were telling me about the night they spent on the floor.

When an older person falls at home and cannot get up, the ambulance service treats the call as
low-priority if there is no obvious injury. In busy periods that can mean a wait of many hours, lying on a
hard floor, often cold, sometimes incontinent. A long lie causes its own harm: pressure damage, muscle
breakdown that can affect the kidneys, pneumonia, and a fear of falling that can end someone's
independence. Almost half of the people who waited more than four hours were then taken to hospital,
largely because they had been on the floor so long.

Up and About joins four services. The council's Careline telecare responders, who already visit people
who press their pendant alarm, now carry a lifting cushion and use a simple assessment to decide whether
it is safe to help the person up. If there is doubt, they call a falls response car staffed by a
physiotherapist or occupational therapist and an emergency care assistant, which runs from 8am to 10pm
seven days a week. The ambulance service passes suitable calls to the car. Fire and rescue crews provide
lifting help out of hours and follow up with a home safety visit. Everyone helped up is offered a
physiotherapy visit within 72 hours.
"""),
        ("stakeholders", "Who helped us get it right", """
<<P:A woman who had lain on her kitchen floor for nine hours in December 2021 joined the steering group,
and she was the one who asked that responders bring a blanket and a hot drink before they do anything
else.>> <<P:Members of the Tollbridge over-60s forum tried out the lifting cushion themselves at a session
in the library, and their worries about being lifted by strangers led to a short card, handed over at the
door, showing the responder's name and photograph.>> <<P:Their relatives asked us to phone the next of kin
after every pick-up, and that call is now part of the visit record.>>

<<S:Careline responders, who had never been allowed to lift anyone, co-designed the safe-to-lift
assessment with our therapists over three months, and it was their experience of how people actually
fall, wedged between a bed and a wall or in a narrow bathroom, that shaped the equipment we bought.>>
<<S:Ambulance clinical hub staff reviewed a hundred past calls with us to agree which ones could safely be
passed to the falls car.>> <<S:Firefighters from two stations tested the out-of-hours lifting arrangement
and suggested the home safety visit, which had not been in the original plan.>>
"""),
        ("spread", "Sharing the model", """
The falls car now covers the whole of Tollbridge and the neighbouring district of Bransford. Mid Shires
Ambulance Service is using our call selection criteria with two other community trusts, and the regional
falls network has published our safe-to-lift assessment and training pack. Careline's responders have
trained telecare teams from three other councils.
"""),
        ("value", "Value for people and for the system", """
The falls car costs about £420,000 a year, funded by the ICB; Careline's lifting equipment cost £38,000.
Each ambulance journey and emergency department attendance avoided saves several hundred pounds, and each
admission avoided several thousand. The ambulance service says the scheme keeps crews free for the most
urgent calls.

For the people we help, the value is being off the floor quickly, in their own home, with someone who will
come back and help them keep their independence.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I267  mealtime volunteers on older people's wards - docx - no headings -
#       volunteer coordinator voice - one trust, its own departments called a
#       partnership, no partner organisation (ineligible)
# ---------------------------------------------------------------------------
entry(
    id="I267", format="docx", layout="no_headings", topic="mealtime_volunteers",
    project="independent17-mealtimes-267",
    title="A Second Pair of Hands at Mealtimes",
    cover=[
        "Submitted by the Voluntary Services Coordinator, Stanhope Royal Infirmary NHS Trust",
        "A partnership between Voluntary Services, Nutrition and Dietetics, and the four Care of Older People wards of Stanhope Royal Infirmary",
    ],
    primary_entrant=dict(name="Stanhope Royal Infirmary NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", None, """
I coordinate around 380 volunteers at Stanhope Royal Infirmary. For years most of them have worked on
the main reception, in the shop and pushing the library trolley. In 2021, after the pandemic had kept
volunteers out of the wards for eighteen months, the matron for older people's care asked me whether
volunteers could help at mealtimes, because her teams simply did not have enough hands at twelve o'clock.

The risks for older patients who do not eat and drink enough in hospital are well known: weight loss,
weakness, falls, pressure ulcers, confusion and acute kidney injury. On our four care of older people
wards, with 112 beds between them, many patients need help to open packets, cut up food, sit upright or
simply be encouraged. Food was being taken away untouched because nobody had time to sit with the person
in front of it, and food charts were filled in at the end of the shift from memory.

A Second Pair of Hands trains volunteers to help at lunch and supper on the four wards. Every volunteer
completes a day's training with the dietitians and the speech and language therapy team, including how to
recognise someone who is having difficulty swallowing, and works under the direction of the nurse in
charge. Volunteers do not feed patients on modified diets. They set up trays, open packets, help patients
wash their hands, sit and chat, offer drinks between meals, and record what has been eaten on the food
chart at the time.
"""),
        ("evidence", None, """
The dietitians audited food charts and weights on the four wards for six months before the volunteers
started and for the first twelve months after.

<<Q:Food charts that were fully completed at the time of the meal rose from 38% to 82%.>> <<Q:Patients
who lost more than 5% of their body weight during their stay fell from 21% to 12%.>> <<Q:The proportion of
lunchtime meals returned to the kitchen more than three-quarters uneaten fell from about a third to one in
eight.>>

We had hoped to show a fall in hospital-acquired acute kidney injury on the wards, but the numbers were
too small and too variable, so we do not report them.
"""),
        ("stakeholders", None, """
<<S:Ward nurses and healthcare assistants on the four wards helped write the volunteer role description,
and it was the healthcare assistants who asked that volunteers should never be counted in the staffing
numbers and should stop at the bay door if a patient is being helped with personal care.>> <<S:The
speech and language therapists reviewed the first training day and added a practical session on
positioning, after a ward sister reported that a volunteer had been unsure how far to raise the bed.>>

<<P:Patients on one ward were asked, over a fortnight, what help they actually wanted at mealtimes; several
said that what they missed most was someone to talk to, and the volunteer role was changed from 'helper'
to 'mealtime companion', with time set aside for conversation.>> <<P:The daughter of a man with dementia,
who had been coming in every lunchtime to make sure her father ate, helped us write the 'about me and my
food' sheet that now sits at every bedside.>>

Volunteers and ward teams were thanked at the Trust's annual celebration event in 2023.
"""),
        ("value", None, """
The scheme costs very little: a uniform, a day's training and a free lunch for each volunteer. There are
now 64 trained mealtime companions, giving around 190 hours a week. Nurses tell us that the mealtime rush
is calmer, and patients have someone who has time to sit with them. For the volunteers themselves, many of
whom are retired or are students thinking about a health career, the role has given them a sense of
purpose.
"""),
        ("spread", None, """
Following the success on the care of older people wards, the Trust has extended mealtime companions to the
stroke unit and the orthopaedic wards. I have shared our training programme with the voluntary services
managers' network in the region.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I268  drug early warning system - pdf via soffice (style headings) - public
#       health consultant voice - council lead - no quantitative evidence
#       (alerts issued, kits handed out, single timings, a target, lagging
#       national data) - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I268", format="pdf", layout="style_headings", topic="drug_early_warning",
    project="independent17-drugalerts-268", render_via="soffice", docx_font="Liberation Sans",
    title="Know What You're Taking: a local early warning system for dangerous drugs",
    cover=[
        "Lead: Corvell City Council, Public Health",
        "Partners: Corvell Teaching Hospitals NHS Trust (Emergency Department and Clinical Toxicology); North Midlands Ambulance Service NHS Trust; Corvell Police; Open Road Recovery (drug and alcohol treatment charity)",
        "Entry written by a consultant in public health, Corvell City Council",
    ],
    primary_entrant=dict(name="Corvell City Council", type="local_authority"),
    partners=[
        dict(name="Corvell Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="North Midlands Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Corvell Police", type="emergency_service"),
        dict(name="Open Road Recovery", type="charity"),
    ],
    sections=[
        ("context", "The problem we faced", """
Corvell has one of the highest rates of drug-related deaths in England. As the consultant in public
health responsible for drugs and alcohol, I sign off the council's annual review of those deaths, and for
several years the reviews have said the same thing: people died because they did not know what was in
the drugs they took. Heroin cut with synthetic opioids far stronger than heroin itself, tablets sold as
diazepam that were something else entirely, and cocaine mixed with sedatives.

In the summer of 2022 a cluster of overdoses in the city centre was recognised only after the third
death, when an emergency department consultant happened to mention it to a police officer she knew. The
information existed in four places, the emergency department, the ambulance service, the police and the
treatment service, but nobody was putting it together, and the people most at risk, those using drugs,
heard about it last.

Know What You're Taking is a local drug information system. Any partner can report an unusual cluster of
overdoses, a strange presentation or a seizure of a new substance to a single secure inbox. A panel of
the four partners and the council meets within 24 hours, or virtually the same day for urgent cases,
decides whether an alert is needed and at what level, and agrees the wording. Alerts go to emergency
departments, ambulance crews, GPs, pharmacies, hostels and outreach teams, and, through the treatment
service and a user-led group, directly to people who use drugs by text message, posters and word of
mouth.
"""),
        ("evidence", "Evidence of impact", """
Since the system went live in January 2023 it has received 312 reports and issued 14 alerts, four of them
at the highest level. Open Road Recovery has handed out 2,860 naloxone kits over the same period, and its
outreach team has had face-to-face conversations about an alert with around 900 people.

For the 14 alerts, the median time from the first report to an alert reaching people who use drugs was
19 hours. The toxicology laboratory confirmed the suspected substance in 11 of the 14 cases.

Our aim is that no one in Corvell dies from a substance that partners already knew was circulating. We
cannot yet say whether drug-related deaths have changed, because national figures are published with a
delay of about two years and the numbers in any one year are small. The council has commissioned an
evaluation from the University of Corvell, due to report in 2026.
"""),
        ("stakeholders", "Involving people who use drugs, and staff", """
<<P:Members of Corvell Voices, a user-led group of people who use or have used drugs, wrote the wording
of every alert template; they rejected our first draft, which read like a police notice, and replaced it
with short plain messages that say what the drug looks like, what it does and what to do.>> <<P:They also
told us that a text from an unknown number would be ignored, so alerts are now sent from the treatment
service number that people already have saved in their phones.>>

<<S:Emergency department nurses and toxicologists agreed the list of 'unusual presentations' that should
trigger a report, after working through the 2022 cluster case by case.>> <<S:Paramedics asked for the
alert to be pushed to their handheld devices rather than sent by email, and the ambulance service made the
change within a month.>> <<S:Outreach workers at Open Road, who carry alerts to people sleeping rough, sat
on the panel and insisted on a simple printed version that could be shown on a phone screen or read
aloud.>>
"""),
        ("value", "Value", """
The system costs about £45,000 a year, mostly for the coordinator post and laboratory testing, and is
funded from the council's public health grant. A single drug-related death involves an ambulance
response, a post-mortem, an inquest, and a family left behind. The partners also value the trust that has
grown between them: the police now share seizure information with health colleagues within hours, which
would not have happened two years ago.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I269  out-of-hours teleradiology - docx - style headings - PRIVATE company
#       is the primary entrant with NHS trust partners (ineligible) - medical
#       director voice - no patient involvement (beneficiaries, a web page, a
#       plan to use trusts' panels)
# ---------------------------------------------------------------------------
entry(
    id="I269", format="docx", layout="style_headings", topic="teleradiology_out_of_hours",
    project="independent17-teleradiology-269", docx_font="Calibri",
    title="Night Reads: safer out-of-hours CT reporting between an independent teleradiology provider and three NHS trusts",
    cover=[
        "Primary entrant: Nocturne Imaging Ltd",
        "NHS partners: Brindle Hill Hospitals NHS Trust; Saltmarsh and Ord NHS Foundation Trust; Kellmoor University Hospitals NHS Trust",
        "Submitted by the Medical Director, Nocturne Imaging Ltd (company reg. no. 09876543) - 0203 555 0187",
    ],
    primary_entrant=dict(name="Nocturne Imaging Ltd", type="private"),
    partners=[
        dict(name="Brindle Hill Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Saltmarsh and Ord NHS Foundation Trust", type="nhs_trust"),
        dict(name="Kellmoor University Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
Nocturne Imaging is an independent teleradiology company. Between 8pm and 8am, consultant radiologists
working for us report urgent CT scans for three NHS trusts whose own radiologists are not on site
overnight. In a typical night we report around 140 scans for the three trusts: head scans for stroke and
head injury, scans of the abdomen for suspected perforation or bleeding, and scans of the chest for
pulmonary embolism.

Out-of-hours reporting carries particular risks. The radiologist is not in the same building as the
patient and cannot walk round to the emergency department to talk to the doctor. Clinical details on the
request are often brief. Images sometimes arrive incomplete or in the wrong order. When a report contains
a critical finding, such as a bleed on the brain, the reporting radiologist needs to know that a doctor
has read it, not simply that it has been sent.

In 2021 a review of discrepancies between our overnight reports and the trusts' own radiologists' reviews
the next morning found problems at both ends: image transfers that failed silently, requests without the
information needed to answer the clinical question, and critical findings that were sent electronically
but not acknowledged for hours. Night Reads was set up jointly with the three trusts' radiology
departments to fix these.

It has three parts: an automated check that every series of images has arrived before the scan appears on
the reporting list; a structured request for the most common urgent scans; and a phone escalation for
critical findings, with the name of the doctor who took the call recorded in the report.
"""),
        ("evidence", "Results", """
We measured the changes over the twelve months before and the twelve months after Night Reads went live
at all three trusts in October 2022.

<<Q:Major discrepancies between the overnight report and the next-morning consultant review fell from
1.9% of reports to 0.7%.>> <<Q:Critical findings communicated by phone to a named doctor within 30 minutes
rose from 61% to 97%.>> <<Q:The median time from a stroke CT scan being completed to the report being
available dropped from 41 minutes to 18 minutes.>>

<<Q:Scans reported on an incomplete image set, identified at discrepancy review, went from 23 in the first
year to 2 in the second.>>
"""),
        ("stakeholders", "Involvement", """
<<S:Radiographers working nights at the three trusts helped design the image completeness check, and it
was their observation that the reconstructed thin-slice images were the ones most often missing that
determined which series the check looks for.>> <<S:Emergency medicine registrars from Brindle Hill and
Saltmarsh tested the structured request form over a month and asked for free text to be kept for
'what am I worried about', which we added.>> <<S:The three trusts' lead radiologists sat with our
clinical governance team at a quarterly discrepancy meeting, and it was at one of these meetings that they
agreed the critical findings list that triggers a phone call.>>

Patients are the ultimate beneficiaries of faster and more accurate reports. Information about how
overnight scans are reported is available on our website and on the trusts' patient information pages.
We plan to seek the views of patients through the trusts' patient panels during 2025.
"""),
        ("value", "Value", """
The image completeness check and the structured request were built by our IT team and the trusts' PACS
managers at no extra charge to the trusts. The phone escalation adds a few minutes to each critical
report. A missed bleed or a missed perforation can be fatal, and earlier stroke reports mean earlier
decisions about thrombolysis and thrombectomy.
"""),
        ("spread", "Spread", """
Nocturne Imaging now uses the completeness check and escalation process for all eleven NHS trusts we
report for. We have shared the structured request templates with the regional imaging network and the
trusts have adopted them for daytime requests too.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I270  transport for dialysis patients - pdf - no headings - PRIVATE patient
#       transport company is primary entrant (ineligible) - operations
#       director voice - no staff involvement (drivers trained, control room
#       briefed, renal unit informed, a plan for listening sessions)
# ---------------------------------------------------------------------------
entry(
    id="I270", format="pdf", layout="no_headings", topic="dialysis_patient_transport",
    project="independent17-renaltransport-270", pdf_font="LiberationSans", pdf_align="L",
    title="Getting There Safely: renal patient transport that works with the dialysis unit, not around it",
    cover=[
        "Entrant: Amberline Patient Transport Ltd  -  non-emergency patient transport provider",
        "With: Greyfriars University Hospitals NHS Trust (Renal Services) and NHS Greyfriars and Wold ICB",
        "Contact: Operations Director, Amberline, Unit 4 Wold Business Park, Greyfriars GF7 3AL - 01482 700 256",
    ],
    primary_entrant=dict(name="Amberline Patient Transport Ltd", type="private"),
    partners=[
        dict(name="Greyfriars University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Greyfriars and Wold Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", None, """
Amberline has held the contract for non-emergency patient transport in Greyfriars and Wold since 2019.
Our largest single group of passengers is people on haemodialysis, about 420 of them, who travel to one of
three dialysis units three times a week, every week, for years. For them, transport is not an occasional
inconvenience. It is part of their treatment.

When transport goes wrong, dialysis goes wrong. A patient collected late has a shortened session, or
misses it altogether, and a missed session can lead to dangerously high potassium or fluid on the lungs
within days. A patient kept waiting for a return journey after dialysis, when blood pressure is often low,
is at risk of fainting and falling. Between 2020 and 2021 the Trust's renal incident reports included
falls in vehicles and at the kerbside, patients left in the unit's waiting area until late evening, and
three emergency admissions for high potassium after missed sessions.

Our bookings were made by the unit and scheduled by our control room, and each side blamed the other.
Getting There Safely changed that. Dialysis schedules now feed directly into our planning system, so
that each patient has a fixed collection window that matches their chair time. Each unit has a named
transport liaison who sees live vehicle positions on a screen. Drivers carry a short post-dialysis check,
asking the patient whether they feel dizzy and checking that they can stand steadily before they leave
the unit. Patients who are unwell after dialysis are kept at the unit, not put into a vehicle.
"""),
        ("evidence", None, """
We compared the twelve months before the changes (2021/22) with the twelve months after (2022/23),
using our journey data and the Trust's dialysis records.

<<Q:Dialysis sessions missed or shortened by more than 30 minutes because of transport fell from 5.2% of
sessions to 1.8%.>> <<Q:The average wait for a return journey after dialysis dropped from 68 minutes to 29
minutes.>> <<Q:Falls during transport or at the kerbside went from 14 in the first year to 4 in the
second.>>

The ICB's contract target is that 95% of renal patients are collected within 30 minutes of their window; we
currently achieve 89% and are working to close the gap.
"""),
        ("stakeholders", None, """
<<P:Patients from the Greyfriars Kidney Patients' Association sat on the design group from the beginning,
and it was one of them, a former lorry driver who has dialysed for eleven years, who proposed that
collection windows should be fixed to chair times rather than to our vehicle rotas.>> <<P:The association
ran a short survey of its members about the post-dialysis check, and because many said the old questions
felt like an interrogation, the check was shortened to two questions and a stand test.>>

<<P:Carers who travel with patients asked for a seat to be reserved for them on every journey, which is
now recorded at booking.>>

All 96 of our drivers and crew completed a half-day course on kidney disease and the post-dialysis
check, and the control room team were briefed on the new planning system. The renal unit managers were
informed of the changes at their monthly meeting. The programme was led by our operations director. We
plan to hold listening sessions with drivers in 2025.
"""),
        ("value", None, """
The planning system integration cost £27,000, paid by Amberline. The ICB estimates that each emergency
admission for high potassium costs around £3,500. For patients, the value is reliable collection, a
shorter day and the confidence that they will not be put in a vehicle when they feel faint.
"""),
        ("spread", None, """
The fixed-window model has been extended to patients attending for chemotherapy at Greyfriars, and we
have offered it to the two other trusts whose renal patients we carry. We presented the work at the
national patient transport conference in 2024.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I271  sickle cell crisis in the emergency department - docx - bold headings
#       with a cover table - haematology nurse and patient co-authors - NO
#       evidence section; measured changes appear in the value section (so no
#       no_quantitative_evidence flag)
# ---------------------------------------------------------------------------
entry(
    id="I271", format="docx", layout="bold_headings", topic="sickle_cell_ed_analgesia", docx_font="Verdana",
    project="independent17-sicklecell-271",
    title="Believe Me: faster pain relief for people in sickle cell crisis",
    cover_table=[
        ("Entry title", "Believe Me: faster pain relief for people in sickle cell crisis"),
        ("Lead organisation", "St Aldhelm's University Hospitals NHS Foundation Trust (Haemoglobinopathy Service)"),
        ("Partners", "Ludgate Ambulance Service NHS Trust  |  Red Thread Sickle Cell Support (charity)  |  NHS North Ludgate ICB"),
        ("Authors", "Haemoglobinopathy clinical nurse specialist and a Red Thread trustee who lives with sickle cell disease"),
        ("Telephone", "020 7946 0321 (haemoglobinopathy office)"),
    ],
    primary_entrant=dict(name="St Aldhelm's University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Ludgate Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Red Thread Sickle Cell Support", type="charity"),
        dict(name="NHS North Ludgate Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "The problem", """
Sickle cell disease is the most common genetic condition in England, and St Aldhelm's cares for more
than 1,100 adults with it. A painful crisis happens when sickled red cells block small blood vessels. The
pain is often described as worse than childbirth or a broken bone, and national guidance is clear that
pain relief should be given within 30 minutes of arrival at hospital.

We are writing this entry together. One of us is a clinical nurse specialist in the haemoglobinopathy
team. The other has lived with sickle cell for forty years, has been a Red Thread trustee since 2019, and
has sat in our emergency department many times waiting for morphine while being asked whether she was
'really in that much pain'.

In 2021 the national confidential review of sickle cell care found that patients in crisis were
frequently not believed, waited too long for pain relief, and were sometimes treated as drug-seeking.
Our own complaints and incident reports said the same. One young man with sickle cell died at St Aldhelm's
in 2020 after his deterioration was not recognised on a general ward, and his family's account of how he
had been spoken to in the emergency department stayed with everyone who read it.

Believe Me has four parts: an individual care plan for every adult, written with the person and stored
where both the emergency department and the ambulance service can see it; paramedics giving the first
dose of strong pain relief in the ambulance, following the plan; a sickle cell 'fast track' card that
moves the person straight to a clinician at triage; and a direct admission route to the haematology day
unit during working hours, bypassing the emergency department altogether.
"""),
        ("stakeholders", "Working together with patients and staff", """
<<P:The care plans were designed with members of Red Thread over four evening sessions, and it was their
idea that each plan opens with a line in the person's own words, such as 'I do not ask for more morphine
unless I need it'.>> <<P:Twenty-three adults with sickle cell tested the fast-track card for three months
and told us it was useless unless triage nurses recognised it, which is why the card now carries the
emergency department's own logo and a bar code that opens the plan.>> <<P:The mother of the young man who
died in 2020 agreed to speak at the launch of the staff training and then helped us choose the film clips
that every new emergency department doctor now watches.>>

<<PS:Emergency department nurses and paramedics took part in joint simulation sessions with people living
with sickle cell acting as patients, and it was the nurses who asked for pain scores to be repeated every
30 minutes on the triage screen, which the IT team then built.>> <<S:Ambulance clinical leads and our
haematologists agreed the paramedic analgesia protocol together, and crews who piloted it asked for the
plan to be readable on their handheld devices without logging into a second system.>> <<S:Day unit
nurses reorganised their morning list so that two chairs are kept free until 11am for direct admissions,
a change they proposed themselves.>>
"""),
        ("value", "Value and impact", """
The care plans and fast-track cards cost very little. The paramedic protocol needed no new drugs, only
training and a change to the ambulance service's clinical guidance, and the day unit chairs are found
from existing capacity.

<<Q:Since the care plans went live in 2022, the median time from arrival in our emergency department to
the first dose of pain relief has fallen from 96 minutes to 28 minutes.>> <<Q:The proportion of people
in crisis who received pain relief within 30 minutes rose from 17% to 64%, and a quarter of them now have
their first dose in the ambulance.>> <<Q:Complaints from people with sickle cell about their treatment in
the emergency department went down from 19 in 2021 to 5 in 2023.>>

People with sickle cell tell us that they no longer dread the emergency department in the same way.
Shorter stays, and the direct route to the day unit, free emergency department cubicles for other
patients.
"""),
        ("spread", "Spread", """
Ludgate Ambulance Service now uses the sickle cell analgesia protocol across the whole of its area, which
includes four other emergency departments. The regional haemoglobinopathy network has adopted our care
plan template, and Red Thread has shared the fast-track card with sickle cell charities nationally.
"""),
    ],
    flags=[dict(code="missing_section", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I272  Deaf British Sign Language users in hospital - pdf - numbered
#       questions - patient experience and equality lead voice - private
#       interpreting agency as a partner (fine) - no quantitative evidence
#       (bookings, usage counts, a single quarter's figure, complaints with no
#       baseline) - no staff involvement (e-learning, briefings, champions
#       appointed, a planned survey)
# ---------------------------------------------------------------------------
entry(
    id="I272", format="pdf", layout="numbered_questions", topic="deaf_bsl_access",
    project="independent17-deafbsl-272", pdf_font="LiberationSerif",
    title="Signed, Not Guessed: safe communication for Deaf patients who use British Sign Language",
    cover=[
        "Primary entrant: Brockhurst and Wyre NHS Foundation Trust - Patient Experience and Equality team",
        "Partners: Wyre Deaf Centre (charity) + Brockhurst Borough Council (sensory support service) + SignLink Interpreting Ltd",
        "Contact: Patient Experience and Equality Lead. SMS/text 07700 900 418 (for Deaf enquirers); telephone 01253 655 190",
    ],
    primary_entrant=dict(name="Brockhurst and Wyre NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Wyre Deaf Centre", type="charity"),
        dict(name="Brockhurst Borough Council", type="local_authority"),
        dict(name="SignLink Interpreting Ltd", type="private"),
    ],
    sections=[
        ("context", "1. What was the patient safety problem, and what did you set out to do?", """
About 600 Deaf people in Brockhurst and Wyre use British Sign Language as their first language. For many
of them English is a second language, and written notes, lip-reading and a relative interpreting are not
safe ways to explain a diagnosis, take consent for an operation or check an allergy.

In 2021 our Patient Experience team received a complaint from a Deaf man who had been given a general
anaesthetic for a procedure he thought was a scan. The investigation found that his consent had been
taken in writing, that no interpreter had been booked because nobody knew he was Deaf until he arrived,
and that this was not unusual. Wyre Deaf Centre told us that their members had stories of medicines
doses explained by gestures, of children interpreting for parents in the emergency department, and of
people leaving without understanding what was wrong with them.

Signed, Not Guessed has four parts. A 'Deaf - BSL user' flag on the patient record, added by GPs,
the council's sensory support service or at the person's first contact with the hospital, triggers an
automatic interpreter booking for every planned appointment. Video remote interpreting is available on
tablets in the emergency department, maternity and every ward, 24 hours a day, through SignLink. Consent
for any planned procedure must be taken with a qualified interpreter present, in person or by video.
And the Trust's key patient information, including the emergency department discharge advice and the
pre-operative instructions, is available as short BSL videos.
"""),
        ("evidence", "2. What is the evidence that patient safety has improved?", """
In the first eighteen months, from April 2022, 412 patients were given the BSL flag on their record,
and SignLink provided 1,420 interpreter bookings for planned appointments. Video remote interpreting was
used 386 times, most often in the emergency department at night.

Our aim is that every planned appointment for a flagged patient has an interpreter booked. In the most
recent quarter the figure was 78%; most of the gaps were appointments booked at short notice by
telephone. An audit of consent forms for flagged patients having planned surgery in 2023 found an
interpreter recorded on 31 of 34 forms.

We received nine complaints from Deaf patients in 2023/24, all of which were investigated with the Deaf
Centre. Because we did not record whether complainants were Deaf before the project began, we cannot say
whether this is more or fewer than before.

Deaf patients have told us, through the Deaf Centre, that they feel more confident coming to hospital.
We would like to measure outcomes such as missed appointments and unplanned returns to the emergency
department, and a joint evaluation with the council is planned for 2025.
"""),
        ("stakeholders", "3. How were patients and staff involved?", """
<<P:Deaf members of Wyre Deaf Centre met with us at the Centre every month for the first year, with
interpreters, and they decided what the record flag should say; they rejected 'hearing impaired', which
most Deaf people do not use to describe themselves.>> <<P:A group of them tested the video interpreting
tablets in a mock emergency department cubicle and told us the screens were unusable when laid flat on a
trolley, so every tablet now has a stand.>> <<P:Deaf parents who had used the maternity unit chose which
leaflets should be turned into BSL videos first, and appear in several of them.>>

All 3,200 frontline staff have completed a 20-minute deaf awareness e-learning module. Receptionists and
ward clerks were briefed on how to book an interpreter. A BSL champion has been appointed on each ward.
The project was led by our patient experience and equality lead, reporting to the Trust's inclusion
committee. We intend to survey clinical staff about the video interpreting service later this year.
"""),
        ("value", "4. What value has the partnership added?", """
Interpreting costs the Trust about £160,000 a year, roughly a third more than before, funded partly by the
ICB. Against that, a single procedure carried out without valid consent can lead to harm, a claim and a
loss of trust that takes years to rebuild. The Deaf Centre has gained a direct route into the Trust, and
the council's sensory support service now adds the flag when it registers a Deaf adult.
"""),
        ("spread", "5. How has the work been shared?", """
The record flag and automatic booking have been adopted by the community trust and by 28 of the 36 GP
practices in our area. SignLink provides the same video service to two neighbouring trusts, and the BSL
videos are available free on the Trust's website for any organisation to use.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)
