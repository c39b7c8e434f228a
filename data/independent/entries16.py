"""Sixteenth independent evaluation set (I241..I256) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries14.py / entries15.py were
consulted, never the review pipeline, its tests or earlier gold output.  New fictional
organisations, topics and voices.  Build it with

    .venv/bin/python data/independent/build.py --set 16   (writes data/corpus/independent16/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (a measured change in an outcome)
  <<P:sentence>>   patient / carer / family / service-user involvement
  <<S:sentence>>   staff involvement (co-design, testing, consultation, feedback acted on)
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are joined
with a single space.  A paragraph starting with "- " is a bullet item.

Labelling conventions (as in the earlier sets):
  * not Q: dates, years, bed/ward counts, headcounts, numbers trained, budgets and costs,
    phone numbers, postcodes, reference numbers, targets not reached, plans, activity
    counts, one-off figures and baselines on their own;
  * Q: a measured change in an outcome wherever it appears (the no_quantitative_evidence
    flag looks only at the evidence section, or the whole entry when evidence is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described people, unusual job titles, list items);
  * not P / S: beneficiaries, audiences, plans, negations, unnamed stakeholders, surveys
    that changed nothing, staff who were only trained or informed, a single named lead.

Flags are written by hand and cross-checked by build.py.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I241  DOAC dosing in renal impairment - pdf - own headings - consultant
#       pharmacist voice - no flags
# ---------------------------------------------------------------------------
entry(
    id="I241", format="pdf", layout="own_headings", topic="doac_renal_dosing",
    project="independent16-doacdosing-241", pdf_font="LiberationSans",
    title="The Right Dose for the Kidneys You Have: safer anticoagulant dosing across hospital, practice and pharmacy",
    cover=[
        "Lead organisation: Aldermoor Royal Hospitals NHS Foundation Trust (Pharmacy & Clinical Biochemistry)",
        "Partners: Aldermoor and Fleet Primary Care Networks  //  Aldermoor Community Pharmacy Committee  //  Thrombosis Support Aldermoor (registered charity 1187734)",
        "Contact: Consultant Pharmacist, Anticoagulation  -  01632 960 418",
    ],
    primary_entrant=dict(name="Aldermoor Royal Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Aldermoor and Fleet Primary Care Networks", type="primary_care"),
        dict(name="Aldermoor Community Pharmacy Committee", type="primary_care"),
        dict(name="Thrombosis Support Aldermoor", type="charity"),
    ],
    sections=[
        ("context", "Where we started", """
I have been an anticoagulation pharmacist for fourteen years, and for most of that time the risk I worried
about was warfarin. The direct oral anticoagulants, apixaban, rivaroxaban, edoxaban and dabigatran, were
supposed to make life simpler: no INR clinic, fixed doses, fewer interactions. They have, mostly. But they
brought a quieter danger. The right dose depends on kidney function, age and weight, and the kidney
measure in the product licences is creatinine clearance worked out with the Cockcroft-Gault equation,
not the eGFR that every laboratory report shows.

Across Aldermoor and Fleet about 11,600 people take a DOAC. Prescriptions usually start in hospital, in
the stroke unit, the cardiology ward or the emergency department, and are then continued for years by a
GP. Nobody owned the moment when a patient's kidneys slowed down, or when an 84-year-old lost a stone in
weight after a winter chest infection.

In 2021 two serious incidents landed on my desk within a month. A woman of 91 with a creatinine clearance
of 24 mL/min had been on full-dose rivaroxaban for three years and was admitted with a gastrointestinal
bleed. A man in his sixties had been started on a reduced dose of apixaban on the basis of one bad blood
test during an acute illness, never increased, and had a stroke. Our baseline audit of 1,200 patients in
six practices found that almost a quarter were on a dose that did not match their licence criteria.

We set out to make the dose check happen automatically, in every place the patient is seen: the
laboratory report, the GP system, the community pharmacy counter and the patient's own wallet.
"""),
        ("evidence", "What the numbers show", """
We repeated the six-practice audit, using the same method and the same pharmacist auditors, 18 months
after the changes went live. <<Q:The proportion of patients whose DOAC dose did not match the licensed
dose for their kidney function, age and weight fell from 23% to 8%.>> <<Q:In people aged 80 and over,
the group we worried about most, inappropriate full dosing came down from 31% to 9%.>>

<<Q:A documented creatinine clearance, with a weight recorded in the previous twelve months, was present
for 77% of patients at re-audit compared with 14% at baseline.>>

We also looked at harm. <<Q:Emergency admissions with a major bleed among patients taking a DOAC in
Aldermoor and Fleet fell from 5.2 to 3.6 per 1,000 patient-years, comparing the two years before with the
two years after.>> We are also watching stroke admissions in people already on a DOAC,
because the easiest way to reduce bleeding is to under-dose everyone; that analysis is not finished.

For completeness: practice pharmacists reviewed 4,180 records flagged by the monthly search, and 61
community pharmacists completed the DOAC module. Those are measures of activity, not of safety, and we
report them only to show the scale of the work.
"""),
        ("stakeholders", "The people who shaped it", """
<<S:Practice-based pharmacists from the eleven primary care networks built the monthly search with us and
ran it by hand for six weeks before it was automated; they asked for patients whose last weight was more
than a year old to be pulled into a separate list, because a stale weight was the commonest reason the
calculation came out wrong.>> <<S:The clinical biochemists were reluctant at first to put a second kidney
figure on the report, fearing confusion, but after GPs and duty biochemists tested three layouts on real
reports they chose a single line under the eGFR that reads 'CrCl for drug dosing', and that is what
went live.>>

<<P:Members of Thrombosis Support Aldermoor, people who take anticoagulants, some of whom have had a clot
or a bleed, went through the draft patient card line by line and told us that 'renal function' meant
nothing to them; the card now says 'your dose depends on your kidneys and your weight, so ask for a check
if either changes'.>> <<P:One of their members, a retired lorry driver who had bled on a full dose of
rivaroxaban, sat on our steering group for the full two years and was the person who pushed for the
community pharmacy check to happen at every new supply, not just once a year.>>

Community pharmacists were told about the new check through the committee's newsletter and a webinar.
"""),
        ("value", "Why it is worth doing", """
The changes to the laboratory report and the GP search cost nothing beyond staff time. The patient cards
were printed for about £1,900. A single major bleed admission costs the NHS several thousand pounds and
often ends a person's independence; a disabling stroke costs far more.

The partnership also gave us something we did not have before: a shared view of one medicine from three
different counters. GPs tell us they no longer feel they are guessing, and pharmacists at the hospital
now receive queries from the community before a problem becomes an admission.
"""),
        ("spread", "Taking it further", """
The laboratory report change now covers every GP practice served by Aldermoor pathology, including two
practices outside our ICB. The search has been shared with the regional medicines optimisation network,
and a neighbouring system has asked for our audit tool. We hope to extend the same approach to other
kidney-dosed medicines, starting with gabapentinoids, but that work has not yet begun.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I242  safe discharge for people experiencing homelessness - docx - rubric
#       headings with a cover table - council officer voice - no flags
# ---------------------------------------------------------------------------
entry(
    id="I242", format="docx", layout="rubric_headings", topic="homeless_hospital_discharge",
    project="independent16-homelessdischarge-242", docx_font="Arial",
    title="No Return to the Street: safe hospital discharge for people experiencing homelessness",
    cover_table=[
        ("Entry title", "No Return to the Street: safe hospital discharge for people experiencing homelessness"),
        ("Lead organisation", "Hartsmere City Council - Housing Needs Service and Public Health"),
        ("Partners", "Hartsmere University Hospitals NHS Trust  •  St Brannoc's Night Shelter (charity)  •  NHS Hartsmere and Dove ICB"),
        ("Contact", "Homeless Health Lead, Hartsmere City Council  |  07700 900 316"),
    ],
    primary_entrant=dict(name="Hartsmere City Council", type="local_authority"),
    partners=[
        dict(name="Hartsmere University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="St Brannoc's Night Shelter", type="charity"),
        dict(name="NHS Hartsmere and Dove Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
I work for the council, not the NHS, and I came to this through the coroner's court. In 2021 I sat
through two inquests into the deaths of men who had been discharged from Hartsmere General in the
evening with a bag of medicines, a discharge letter addressed to 'no fixed abode' and nowhere to go. One
died of pneumonia in a car park four days later. The other had been sent out with a week of opioid
painkillers and a history of overdose.

People who are homeless are admitted to hospital far more often than their housed neighbours, and they
stay longer. Their health problems are the kind that a hostel or a doorway makes worse: wounds that
cannot be kept clean, infections that need a course of antibiotics, diabetes that needs food at regular
times, withdrawal that needs supervision. The hospital has around 1,140 beds and discharges many people
a day; the homeless patients among them were easy to miss until the moment they left.

No Return to the Street puts a council housing officer and a specialist nurse together inside the
hospital. Any patient with no safe address is flagged on admission, not at discharge. The team agrees
an accommodation plan before the medical team declares the person fit, and the night shelter holds
four 'step-down' rooms where people can finish their recovery with nursing visits. Nobody in the
scheme is discharged to the street without a documented decision and a follow-up appointment.
"""),
        ("evidence", "Evidence of improved patient safety", """
We compare 2021/22, the last full year before the scheme, with 2023/24. Both years include everyone
admitted with no fixed abode or in temporary accommodation, taken from the hospital's patient
administration system and matched by the council's data team with housing records.

<<Q:Discharges of people experiencing homelessness directly to the street, or with no address
recorded, fell from 41% of discharges to 6%.>> <<Q:Emergency readmission within 28 days fell from 35%
to 22% in the same group.>> <<Q:Self-discharge against medical advice, which often meant leaving with
an infected wound or half a course of treatment, dropped from 28% to 15%.>>

The service took 612 referrals in 2023/24 and the step-down rooms were occupied 87% of the time.
Those are workload figures rather than outcomes. We have not reported deaths after discharge: the
numbers each year are small enough that one winter would swamp any trend.
"""),
        ("spread", "Spread and sustainability", """
The scheme started as a two-year pilot funded from the council's rough sleeping grant. It is now part of
the ICB's commissioning plan for inclusion health, with joint funding to March 2027, and the housing
officer post has become permanent. Dove Valley Hospital, in the neighbouring borough, opened a
smaller version in January 2024 using our referral form and accommodation checklist.

We have presented the work to the regional inclusion health network, and written it up with the
shelter for a national homelessness charity's practice guide.
"""),
        ("value", "Value added", """
The hospital team costs around £161,000 a year and the step-down rooms £74,000. Against that, the ICB's
analysts estimate that fewer readmissions and shorter delayed discharges free up the equivalent of
several thousand bed days a year, although we treat that estimate with caution.

The value we see on the ground is simpler. People are leaving hospital with somewhere to sleep, their
medicines stored safely, a nurse who will check their wound, and a housing officer who already knows
their name.
"""),
        ("stakeholders", "Involvement of stakeholders, patients and staff", """
<<P:Six people with recent experience of sleeping rough, recruited through the peer network at St
Brannoc's, interviewed forty others in hostels and day centres about what had happened when they left
hospital, and their report set the priorities for the whole project.>> <<P:Two of those peer
interviewers now sit on the steering group, paid for their time, and it was one of them who insisted
that discharges after 4pm on a Friday should only happen if a bed was confirmed, a rule we have kept.>>

<<S:Ward nurses and discharge coordinators on the three medical wards with the most homeless admissions
tested the referral form for a month and cut it from four pages to one, telling us that nobody would
fill in a housing history at 2am.>> <<S:The hospital's security officers, who often meet people at the
front door after they have walked out, were asked what they saw, and at their suggestion the team now
gets a phone call whenever a flagged patient leaves the building.>>

<<S:Housing officers agreed to be based on site three days a week, and the shelter's night staff helped
write the step-down room rules so that they would work for people who drink or use drugs.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I243  home oxygen fire safety - pdf - caps headings - respiratory nurse and
#       fire service watch manager - no quantitative evidence (counts, a
#       single figure, target not met); one measured change sits in the
#       context section only
# ---------------------------------------------------------------------------
entry(
    id="I243", format="pdf", layout="caps_headings", topic="home_oxygen_fire_safety",
    project="independent16-homeoxygenfire-243", pdf_font="DejaVuSans", pdf_align="L",
    title="Oxygen Without Fire: a joint home oxygen and fire safety service",
    cover=[
        "Submitted by Kestwick and Dales Community Health NHS Trust - Home Oxygen Assessment and Review Service",
        "In partnership with Dales and Moor Fire and Rescue Service (Community Fire Safety) and Kestwick Borough Council (Housing Adaptations)",
        "Authors: Lead respiratory nurse specialist, and Watch Manager (Prevention)   ref: HOS/FRS/22-07",
    ],
    primary_entrant=dict(name="Kestwick and Dales Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Dales and Moor Fire and Rescue Service", type="emergency_service"),
        dict(name="Kestwick Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Oxygen does not burn, but it makes everything around it burn faster and hotter. A cigarette dropped on a
pillow in a room where someone is using oxygen concentrators can turn into a fire that melts the tubing
on their face within seconds. Most of the people who die in these fires are older, breathless and unable
to move quickly; many live alone.

Our home oxygen service supports around 1,050 people in Kestwick and the Dales. The fire service had
been visiting some of their homes for years, but only when someone thought to ask, and the two teams kept
separate lists. <<Q:Fires and serious near misses involving home oxygen in the county rose from 3 in 2019
to 9 in 2021, two of them fatal.>> In both fatal fires the person had told their oxygen nurse that they
still smoked, and the information had gone no further than the nursing notes.

The council became involved because several of the homes needed changes we could not make ourselves:
smoke alarms linked to a telecare line, fire-retardant bedding, and in one case moving a concentrator
away from a gas fire.
"""),
        ("stakeholders", "WHO TOOK PART", """
<<P:People who use home oxygen, from the Breathe Easy groups in Kestwick and Skelby, spent an afternoon
at the fire station with us and told us plainly why the old leaflets failed: they were written as if
everyone who smoked was being reckless, and people simply hid their smoking from the nurse.>> <<P:The
group rewrote the conversation guide our nurses now use, which starts with 'lots of people on oxygen
still smoke, and we would rather help you do it more safely than not know'.>> <<P:A daughter who had
found her father's bedroom on fire helped us choose the fire-retardant throws, because she knew which
ones he would actually keep on his bed.>>

<<S:Firefighters from the prevention team shadowed oxygen nurses on home visits for two weeks, and the
nurses went out with them, and between them they agreed a single risk score that either service can
complete in five minutes.>> <<S:Oxygen engineers from the supplier's field team, who see more living
rooms than anyone, told us they often noticed ashtrays and burns on carpets but had no one to tell; they
now send an alert straight to the joint team.>>
"""),
        ("evidence", "EVIDENCE", """
Since the joint service began in April 2022, every new home oxygen order has triggered an automatic
referral to the fire service. In the two years to March 2024 firefighters carried out 1,930 home fire
safety visits to oxygen users and fitted 2,260 smoke alarms, 310 of them linked to telecare.

We identified 214 people using oxygen who were still smoking. Every one of them was offered a referral to
the council's stop-smoking service. Oxygen was withdrawn from 37 homes where the risk could not be made
acceptable, always after a joint visit and a best-interests discussion.

Our target was that 95% of new oxygen users would receive a fire safety visit within 14 days. In the
last quarter we achieved 82%, largely because of delays in rural areas. We have not tried to compare the
number of fires before and after: fires are rare, and the fire service's data team will publish a
three-year review in 2025.

All 46 nurses in the home oxygen and community respiratory teams completed the fire service's one-day
course, and 130 firefighters completed an hour of e-learning on home oxygen.
"""),
        ("value", "VALUE", """
Fire service visits are funded from the fire service's existing prevention budget. The linked smoke
alarms cost about £55 each and the fire-retardant throws £38; the council's adaptations grant paid for
both. One fatal fire costs the public purse well over a million pounds in emergency response, housing
and investigation, before anyone counts the loss to a family.

The less visible value is trust between services. Nurses now know that passing on a worry about smoking
will bring help, not punishment, and firefighters have a route into homes they would never otherwise
have reached.
"""),
        ("spread", "SPREAD", """
The joint referral and risk score have been adopted by two neighbouring fire and rescue services, and
the national fire chiefs' home oxygen working group has asked for our conversation guide. The oxygen
supplier has offered to build the engineer alert into its national contract if the commissioners agree.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I244  follow-up of incidental findings on chest X-ray - docx - bold
#       headings - radiology services manager - no patient involvement
#       (letters to patients, a survey that changed nothing, a plan, a
#       negation)
# ---------------------------------------------------------------------------
entry(
    id="I244", format="docx", layout="bold_headings", topic="incidental_imaging_findings",
    project="independent16-incidentalfindings-244", docx_font="Calibri",
    title="Nothing Left on the Shelf: closing the loop on unexpected findings from chest imaging",
    cover=[
        "Entrant: Brookfield and Harrowgate Hospitals NHS Trust, Imaging Directorate",
        "With: Harrowgate and Wold Imaging Network  ·  Brookfield GP Alliance (34 practices)  ·  Brookfield Lung Health Service",
        "Written by the Radiology Services Manager, on behalf of the Closing the Loop group",
    ],
    primary_entrant=dict(name="Brookfield and Harrowgate Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Harrowgate and Wold Imaging Network", type="nhs_service"),
        dict(name="Brookfield GP Alliance", type="primary_care"),
    ],
    sections=[
        ("context", "Context", """
Every week our radiologists and reporting radiographers find things on chest X-rays and CT scans that
nobody was looking for: a small nodule at the edge of a lung on a scan done for a suspected blood clot,
an enlarged lymph node on an X-ray requested for a cough. Most are harmless. A few are early cancers,
and those are the ones that matter, because an incidental finding that is followed up promptly is often
a cancer caught at a stage when it can be cured.

The report goes back to whoever requested the test. But the requester might be a locum in the emergency
department who has left by the time the report is issued, a surgeon who is only interested in the
fracture, or a GP practice where the report is filed by a clerk. In 2021 we reviewed 18 cases of lung
cancer diagnosed at a late stage in patients whose earlier imaging had mentioned an abnormality. In 11 of
them, nobody had acted on the recommendation.

Closing the Loop changed the ownership of these findings. Any report that recommends further imaging or
referral now carries a coded alert. The alert goes to the requester and, at the same time, to a
failsafe officer in the imaging department, who tracks it until the follow-up test is booked or a
clinician records a decision not to proceed. For GP requests the alert goes into the practice workflow
with a 14-day response time, and lung nodules go straight to the lung health service's nodule clinic.
"""),
        ("evidence", "Evidence", """
We audited every chest X-ray and CT report with a follow-up recommendation in a three-month period
before the change (April to June 2021, 742 reports) and in the same months two years later (811
reports).

<<Q:Reports with documented follow-up action rose from 62% to 97%.>> <<Q:The median time from report to
a follow-up CT for lung nodules fell from 71 days to 29 days.>> <<Q:Recommendations that were never
acted on at all, where the patient was effectively lost to follow-up, fell from 49 in the baseline
quarter to 3.>>

The failsafe officers now track around 270 alerts a month. Our target is that every alert is closed
within 28 days; we currently manage 88%, and we are working on the remainder, most of which are
patients who have moved away.
"""),
        ("stakeholders", "Stakeholders", """
<<S:Consultant radiologists and reporting radiographers agreed the wording of the coded recommendations
at a series of reporting meetings, after testing them on a month of old reports, and they deliberately
left out any finding that did not need action so that the alert would not become background noise.>>
<<S:GP practice managers and the document workflow staff who file incoming letters in the Alliance's
practices told us the first version of the alert looked like every other letter; they asked for a red
banner and a separate inbox, and both were built before launch.>>

<<S:The two failsafe officers, who came from the imaging booking team, wrote their own standard
operating procedure and changed the escalation rules after the first month when they found that
emergency department requests needed a different route.>> <<S:The lung health service's nurse
specialists reviewed every nodule pathway with the radiologists and now run the virtual clinic.>>

Patients are the people who benefit most, and each patient with an alert now receives a letter telling
them that a follow-up test has been recommended. We ran a short survey of patients who received the
letter; most found it clear, and no changes were made. The letter was not reviewed by patients before it
was sent out, because we wanted to launch quickly. We plan to ask the Trust's patient panel to look at
it in the coming year.
"""),
        ("value", "Value", """
The two failsafe officer posts cost around £58,000 a year, funded by the Trust and the cancer alliance.
The coded alert required a small change to the radiology information system, which the supplier made
without charge. Finding a lung cancer at stage 1 rather than stage 4 is the difference between an
operation and palliative care, for the patient, and a large difference in cost for the NHS.

Radiologists also tell us they feel more able to report what they see, knowing that a recommendation
will not simply disappear.
"""),
        ("spread", "Spread", """
The Harrowgate and Wold Imaging Network has adopted the coded recommendations across its four member
trusts, and failsafe officers are now in post at two of them. We have extended the process from chest
imaging to abdominal CT, where incidental kidney and adrenal findings raise the same problem, and
shared our procedure with the national imaging network leads.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I245  measuring blood loss after birth - pdf - two column - labour ward
#       midwife voice - no flags
# ---------------------------------------------------------------------------
entry(
    id="I245", format="pdf", layout="two_column", topic="postpartum_haemorrhage_measurement",
    project="independent16-pphmeasure-245", pdf_font="LiberationSerif",
    title="Weigh It, Don't Guess It: measuring blood loss after birth in three maternity units",
    cover=[
        "Wexcombe and Arden Hospitals NHS Trust (lead)  +  Sandleigh General Hospital NHS Foundation Trust  +  Wexcombe and Sandleigh Maternity and Neonatal Voices Partnership  +  Midlands West Patient Safety Collaborative",
        "Entry written by a labour ward coordinator and practice development midwife, Wexcombe Maternity Unit",
    ],
    primary_entrant=dict(name="Wexcombe and Arden Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Sandleigh General Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Wexcombe and Sandleigh Maternity and Neonatal Voices Partnership", type="patient_group"),
        dict(name="Midlands West Patient Safety Collaborative", type="public_other"),
    ],
    sections=[
        ("context", "Why we started", """
I have coordinated a labour ward for nine years, and for most of them we estimated blood loss by
looking at it. A midwife glances at a soaked pad, a sheet, a puddle on the floor, and writes down
'400 mL'. Research has shown for decades that we underestimate large losses, sometimes by half, and that
the error grows as the bleeding gets worse. By the time a woman looks unwell, she may have lost a third
of her blood volume.

Our three units, two at Wexcombe and Arden and one at Sandleigh, deliver about 9,800 babies a year.
Each had its own guideline for postpartum haemorrhage, its own trigger for calling the obstetric
registrar, and its own idea of when to send blood to the laboratory. Two maternity safety reviews in
2021 described women whose bleeding was recognised late, and both said the loss had been 'visually
estimated' until a major haemorrhage call.

With the patient safety collaborative's help we agreed one approach for all three units: every birth
has its blood loss measured by weighing pads and swabs and reading calibrated drapes, the total is
added up on a single running chart, and fixed thresholds at 500 mL and 1,000 mL trigger a structured
response with named roles.
"""),
        ("evidence", "What has changed", """
The collaborative's analysts compared the 12 months before roll-out with the 12 months after full
implementation in all three units.

<<Q:Births with a measured rather than estimated blood loss rose from 17% to 93%.>> <<Q:Haemorrhage of
1,500 mL or more fell from 3.9% to 2.4% of births, and the run chart shows a sustained shift below the
old median from the fourth month.>> <<Q:Red cell transfusion after birth fell by 29%.>>

<<Q:The time from a measured loss of 1,000 mL to the first senior review shortened from a median of 21
minutes to 7.>> Admissions of women to intensive care for haemorrhage were too few in either year to
compare.
"""),
        ("stakeholders", "Who designed it", """
<<S:Midwives and maternity support workers on each unit tested four different ways of weighing pads
during real births, and rejected the digital scales we had bought, because they could not be wiped
between women; the units now use simple kitchen-style scales in a washable cover.>> <<S:Obstetric
anaesthetists and registrars rewrote the response card after three simulated haemorrhages on the
labour ward, putting the 'call for blood' step before the second dose of uterotonic.>>

<<P:Women who had experienced a major haemorrhage, brought together by the Voices Partnership, described
lying in a room full of people and not knowing what was happening; their account led to a new role on
the response card, a midwife whose only job is to explain to the woman and her partner what is going
on.>> <<P:Two of them also wrote the debrief leaflet that is now offered before discharge.>>

<<P:Birth partners who had been present at a haemorrhage told us they had been left standing in the
corridor, and their suggestion, that the partner is shown a chair in the room and told who to ask, was
added to the guideline.>>
"""),
        ("value", "Value", """
Weighing scales, calibrated drapes and the chart cost about £21,000 across the three units. Each unit of
blood avoided saves money and a small risk, and every haemorrhage prevented from becoming massive saves
a theatre trip, an intensive care bed, and weeks of recovery for a new mother. Midwives say the numbers
give them the confidence to escalate early without feeling they are overreacting.
"""),
        ("spread", "Spread", """
Measured blood loss is now written into the local maternity and neonatal system's shared guideline. The
collaborative has used our chart and response card with six other units in the region, and we run a
quarterly skills session at which midwives from other trusts can practise weighing and recording.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I246  heart failure remote monitoring - docx - form table - PRIVATE
#       company is the primary entrant (ineligible) - otherwise complete
# ---------------------------------------------------------------------------
entry(
    id="I246", format="docx", layout="form_table", topic="heart_failure_remote_monitoring",
    project="independent16-hfremote-246",
    title="Heartbeat at Home: remote monitoring to catch heart failure decompensation early",
    cover_table=[
        ("Project title", "Heartbeat at Home: remote monitoring to catch heart failure decompensation early"),
        ("Lead applicant", "CardioSense Remote Ltd (private limited company, registered in England no. 11849203)"),
        ("Organisation type", "Independent sector / digital health provider"),
        ("Partner organisations", "Pendlebrook Hospitals NHS Trust (cardiology) - Pendlebrook Community Heart Failure Service - NHS Pendlebrook and Tame ICB"),
        ("Award category", "Best Partnership Solution Improving Patient Safety"),
        ("Submitted by", "Clinical Director, CardioSense Remote (registered nurse)"),
    ],
    primary_entrant=dict(name="CardioSense Remote Ltd", type="private"),
    partners=[
        dict(name="Pendlebrook Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Pendlebrook and Tame Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
Heart failure is a condition of slow-building crises. Fluid gathers over days: a kilo on the scales, a
little more breathlessness on the stairs, ankles that will not fit into shoes. If someone notices and the
diuretic dose goes up, the crisis passes at home. If nobody notices, the person arrives in the emergency
department drowning, and one in ten of those admitted will die in hospital.

Pendlebrook's community heart failure nurses care for about 1,400 people. They visit as often as they
can, but with caseloads of 90 or more, a patient might not be seen for six weeks. CardioSense Remote is a
company that provides connected scales, blood pressure cuffs and a tablet with a short daily symptom
questionnaire. Under a contract with the ICB, we supply the equipment and a monitoring hub staffed by
our own cardiac nurses, who review readings every day and pass alerts to the NHS heart failure team
using an agreed protocol.

The safety goal was to spot decompensation days earlier and give the community team the chance to act
before an admission.
"""),
        ("evidence", "Evidence of improvement", """
The ICB's analytics team evaluated the first 18 months, comparing 412 enrolled patients with their own
records in the 12 months before enrolment.

<<Q:Emergency admissions for heart failure fell from 0.78 to 0.41 per patient-year.>> <<Q:Bed days for
heart failure admissions fell by 46%.>> <<Q:The average interval between the first abnormal weight
reading and a change in diuretic dose fell from 6.2 days, measured in a retrospective sample of case
notes, to 1.4 days.>>

Deaths in the enrolled group were similar to those in a comparison group of patients who declined
monitoring, and we do not claim any effect on mortality.
"""),
        ("spread", "Spread and sharing", """
The service is being offered to a second ICB from April 2025, with the same protocol. Our alert
thresholds and escalation protocol have been published on the ICB's website for any heart failure
service to use, whether or not they buy our equipment.
"""),
        ("value", "Value added", """
The contract costs the ICB about £390 per patient per year. The ICB's estimate of avoided admissions and
bed days suggests the service pays for itself within the first year, though that estimate does not
include the community team's extra time.

For patients, the value is not having to wait for a nurse visit to find out that something is wrong.
For community nurses, it is being able to direct their visits to the people who need them that week.

The partnership has also made the hand-offs between a private hub and NHS clinicians explicit. Every
alert is logged, every escalation has a named NHS clinician, and the ICB audits the log each quarter.
"""),
        ("stakeholders", "Involvement of patients, carers and staff", """
<<P:Twelve people living with heart failure, and several of their husbands and wives, tested the tablet
for a month before launch; they found the questionnaire too long, and we cut it from eleven questions to
five, using their wording.>> <<P:An older man with poor eyesight asked for the scales to speak the
reading aloud, and that is now the default for everyone.>>

<<S:The community heart failure nurses set the alert thresholds with our hub nurses, lowering the
weight trigger after the pilot showed that a fixed two-kilogram rise missed the smallest patients.>>
<<S:Pendlebrook cardiologists and GPs from two practices reviewed every escalation in the first three
months and changed the protocol so that a GP is copied into any alert involving a change in kidney
function.>>
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I247  Parkinson's medicines on time in hospital - pdf - with appendix -
#       charity lead voice - no staff involvement (staff trained, briefed,
#       a single named lead, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I247", format="pdf", layout="with_appendix", topic="parkinsons_time_critical_medicines",
    project="independent16-parkinsonsontime-247", pdf_font="LiberationSans", pdf_align="L",
    title="On Time, Every Time: Parkinson's medicines in hospital",
    cover=[
        "Primary entrant: Movement Matters Teesmoor (registered charity, supporting people with Parkinson's and their families)",
        "Partners: Teesmoor University Hospitals NHS Foundation Trust; North Coast Ambulance Service NHS Trust",
        "Prepared by: Chief Executive, Movement Matters Teesmoor  ---  tel. 01642 496 220",
    ],
    primary_entrant=dict(name="Movement Matters Teesmoor", type="charity"),
    partners=[
        dict(name="Teesmoor University Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="North Coast Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Why this mattered to us", """
I run a small charity. Most of our members have lived with Parkinson's for years and know to the minute
when their next dose of levodopa is due. Many of them have told us the same story about hospital: they
arrived by ambulance, their tablets were left in a bag at home or in a locker, the ward drug round came
two hours after their usual time, and within a day they could not swallow, could not turn over in bed
and could not speak clearly enough to ask for help.

Parkinson's medicines are time-critical. A delay of thirty minutes can bring on rigidity and tremor; a
missed dose can lead to aspiration, falls and, rarely, a life-threatening reaction. Teesmoor University
Hospitals admit about 1,100 people with Parkinson's a year.

On Time, Every Time is a partnership between our charity, the hospital and the ambulance service. Crews
bring the person's own medicines with them and hand over the dose times. The hospital's electronic
prescribing system marks Parkinson's medicines as time-critical, with a pop-up alert thirty minutes
before each dose, and a small stock of the commonest preparations is held on every admissions ward.
People who are able to are supported to keep and take their own medicines.
"""),
        ("evidence", "Evidence of impact", """
The hospital's pharmacy informatics team extracted administration times from the electronic prescribing
system for the six months before the changes and the six months after, for every inpatient with a
Parkinson's medicine prescribed.

<<Q:The proportion of doses given more than thirty minutes late fell from 37% to 14%.>> <<Q:Doses
missed altogether fell from 11% to 3%.>> <<Q:Average length of stay for people admitted with Parkinson's
fell from 11.2 days to 8.9 days.>>

<<Q:Aspiration pneumonia recorded during admission fell from 6.4% to 3.8% of admissions of people with
Parkinson's.>> Appendix 1 gives the definitions and numbers.
"""),
        ("stakeholders", "Who was involved", """
<<P:Our members drove this from the start. Fourteen people with Parkinson's and eight family carers met
with us over three months, and it was their stories, written up and shared with the hospital's board,
that started the work.>> <<P:They designed the 'my medicines, my times' card that crews now hand over at
the door, choosing its size so it fits in a purse or a wallet.>> <<P:A member whose wife had been left
without her evening dose for a whole night tested the self-administration agreement and asked for a
line allowing the family to bring in medicines at any hour, which was added.>>

The project was led within the hospital by the Trust's lead pharmacist for older people, who reported to
the medicines safety committee. Around 1,900 nurses and healthcare assistants completed a fifteen-minute
e-learning module, and ward managers were briefed at their monthly meeting. Paramedics received a
clinical bulletin explaining the new card. A questionnaire was sent to ward nurses after six months;
the responses were broadly positive and nothing was changed as a result. We hope to set up a staff
reference group when the work extends to community hospitals.
"""),
        ("value", "Value", """
The time-critical alert was added to the prescribing system by its supplier at no cost. Ward stock costs
about £4,000 a year. Shorter stays matter to a hospital that is full on most days of the year.

For our members the value is harder to count. Keeping the ability to walk, swallow and talk during a
hospital stay is the difference between going home and going into a care home.
"""),
        ("spread", "Spread", """
The ambulance service has adopted the medicines card across its whole area, which covers three other
acute trusts. We have shared the card and the self-administration agreement with Parkinson's charities
in the region, and the hospital's pharmacy team presented the work at a national medication safety
conference.
"""),
    ],
    trailer=[
        ("heading", "Appendix 1: Definitions"),
        ("para", "Late dose: administration recorded more than 30 minutes after the prescribed time. Missed dose: no administration recorded within 2 hours, excluding doses withheld with a documented clinical reason."),
        ("para", "Baseline period: 1 March to 31 August 2022 (2,940 doses). Follow-up period: 1 March to 31 August 2023 (3,115 doses)."),
        ("heading", "Appendix 2: Contacts"),
        ("para", "Movement Matters Teesmoor, Unit 4, Riverside Court, Teesmoor TM2 5HB. Registered charity no. 1162289. Tel 01642 496 220."),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I248  pathology results safety net in general practice - docx - numbered
#       questions - GP partner voice - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I248", format="docx", layout="numbered_questions", topic="gp_results_safety_net",
    project="independent16-resultsnet-248", docx_font="Cambria",
    title="Every Result Has an Owner: a safety net for blood test results between general practice and the laboratory",
    cover=[
        "Halsey Brook Medical Group  —  lead entrant (GP partnership, 4 sites, 41,000 patients)",
        "Corrowdale Teaching Hospitals NHS Foundation Trust (Blood Sciences)  —  partner",
        "Corrowdale Patient Participation Group Network  —  partner",
        "Author: GP partner and clinical safety lead (contact via practice manager, 01632 960 771)",
    ],
    primary_entrant=dict(name="Halsey Brook Medical Group", type="primary_care"),
    partners=[
        dict(name="Corrowdale Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Corrowdale Patient Participation Group Network", type="patient_group"),
    ],
    sections=[
        ("context", "1. Describe the context and your patient safety goals", """
A GP practice of our size receives about 2,500 pathology results every week. Each one lands in a
doctor's inbox, and each has to be looked at, interpreted, filed and, where necessary, acted on. Most
are normal. Some are not, and a handful are dangerous: a potassium of 6.8, a haemoglobin that has halved
since last month, a sodium of 119 in an elderly woman who lives alone.

I became our clinical safety lead in 2021 after a significant event review that none of us will forget.
A man's raised PSA was filed as 'normal, no action' by a locum covering three inboxes in one afternoon.
He was diagnosed with metastatic prostate cancer fourteen months later. When we looked harder we found
that results were being filed by whichever doctor had time, that the laboratory's out-of-hours phone
calls for critical results went to a number that rang in an empty building, and that patients were told
'no news is good news'.

Our goals were simple to state: that every abnormal result has a named owner until it is closed, that
every critical result reaches a clinician within an hour at any time of day or night, and that patients
are told their result and what it means.
"""),
        ("evidence", "2. What evidence is there that patient safety has improved?", """
We audit a random sample of 400 filed results each month, checking whether the action taken matched
what the result required. <<Q:Results filed without action when action was needed fell from 4.1% of
the sample in the first three audits to 0.7% in the last six.>>

<<Q:The proportion of critical results phoned by the laboratory outside surgery hours that reached a
clinician within one hour rose from 58% to 94% once calls were routed to the out-of-hours service with
a shared protocol.>> <<Q:Complaints and significant events relating to results dropped from 19 in 2021
to 5 in 2023.>>

The laboratory has also begun to send all critical results electronically as well as by phone. We are
not yet able to measure whether that has changed anything.
"""),
        ("value", "3. What value has the initiative added?", """
The changes cost very little. A results administrator post, 22 hours a week, is funded by the practice.
The laboratory's change to out-of-hours routing used an existing contract. Each missed cancer or
avoidable admission for hyperkalaemia costs far more than that, and damages trust between a practice
and its patients.

For clinicians, the value is knowing that a result filed in a rush on Friday afternoon will still be
seen by someone who is accountable for it.
"""),
        ("stakeholders", "4. How were patients and staff involved?", """
<<P:Members of our patient participation group helped design the text messages that now tell people
their result; they threw out our first draft, which said 'your result is abnormal, please contact the
surgery', because, as one of them put it, that message would have them awake all night.>> <<P:The
messages they wrote explain what kind of result it is and how soon someone will call, and they tested
them on their own phones before launch.>>

<<S:Our reception and administration team mapped every step a result takes through the practice on a
wall of sticky notes, and it was a medical secretary who noticed that results for patients who had died
or moved away were sitting in a shared inbox nobody owned.>> <<S:Biomedical scientists at the laboratory
worked with the out-of-hours GP service to rewrite the phone script for critical results, after
listening to recordings of calls that had gone wrong.>>

<<S:Salaried GPs and registrars tested three inbox rules over a month and chose the one that assigns
every abnormal result to the requesting clinician, with a buddy when they are away.>>
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I249  warm homes after hospital discharge - pdf - no headings - council
#       officer voice - no patient AND no staff involvement (residents as
#       recipients and audiences, a consultation that changed nothing, staff
#       briefed, a single lead officer, generic stakeholders, plans)
# ---------------------------------------------------------------------------
entry(
    id="I249", format="pdf", layout="no_headings", topic="cold_homes_discharge",
    project="independent16-warmhomes-249", pdf_font="LiberationSerif",
    title="Warm Before Home: heating checks for older people leaving hospital in winter",
    cover=[
        "Morwick County Council, Public Health and Warm Homes Team (lead)",
        "working with NHS Morwick and Ashby Integrated Care Board and Morwick and Ashby Hospitals NHS Trust",
        "Contact: Senior Public Health Officer (Housing and Health), County Hall, Morwick MW1 2PE, 01632 960 552",
    ],
    primary_entrant=dict(name="Morwick County Council", type="local_authority"),
    partners=[
        dict(name="NHS Morwick and Ashby Integrated Care Board", type="icb"),
        dict(name="Morwick and Ashby Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
Each winter Morwick sees more deaths than in the summer months, and a large share of the excess is in
people over 75 with heart and lung disease. Cold homes are part of the reason. A living room below 18°C
raises blood pressure, thickens the blood and weakens the body's defences against chest infections; a
bedroom below 16°C is worse still. Many of our older residents live in solid-walled cottages and
farmhouses that are expensive to heat, and after the energy price rises of 2022 we knew that many were
rationing their heating.

Hospital readmission data showed what happened next. Older people were being discharged in December and January to
houses that had been unheated for the week or more they had been away, with the boiler off, no food in
the fridge and sometimes no credit on the meter. Some were back within days with pneumonia, a fall or,
occasionally, hypothermia. The county's multi-agency winter review in 2022 found that nobody asked, at
the point of discharge, whether the house would be warm.

Warm Before Home adds a single question to the hospital's discharge checklist for everyone over 65
going home between November and March: is your home heated and will it be warm when you arrive? A 'no'
or 'not sure' triggers an electronic referral to the council's Warm Homes team, who can arrange a
same-day visit to switch on or repair the heating, emergency fuel or meter credit, a temporary electric
heater, and a follow-up for insulation and benefits advice. The ICB funds the emergency fund; the council
funds the team.
"""),
        ("evidence", None, """
The scheme has now run for two winters. In winter 2023/24 the Warm Homes team received 1,412 referrals
from the hospital and carried out 960 home visits, 377 of them on the day of discharge. We compared the
people referred with a matched group of over-65s discharged in winter 2021/22, before the scheme existed,
using data linked by the ICB's population health team.

<<Q:Emergency readmission within 30 days for respiratory infection, falls or hypothermia fell from 19%
in winter 2021/22 to 11% in winter 2023/24 among people referred to the scheme.>> <<Q:Emergency
admissions with hypothermia among residents aged over 75 were down by 44% across the county between the
same two winters.>> We know that winters differ, and the second of these figures is affected by
temperature as well as by anything we did.

The average indoor temperature recorded by the team on the first visit was 14.6°C, which shows how cold
many of these homes were when people came back to them.
"""),
        ("stakeholders", None, """
The scheme was set up and is run by a single senior public health officer, who reports to the council's
health and wellbeing board and to the ICB's urgent care board each quarter. Stakeholders across the
health and care system have been kept informed through a quarterly bulletin.

Older residents are the people the scheme exists to protect, and several thousand have received
information about it through GP surgeries, libraries and the council's winter leaflet. A public
consultation on the council's wider winter plan ran in autumn 2022 and received 230 responses, but
nothing about Warm Before Home was changed as a result. We would like to set up a residents' panel of
older people and carers to advise on the next phase, and hope to do so in 2025.

Hospital ward staff and discharge coordinators were briefed on the new discharge question at their
team meetings and received a one-page guide; 94% of wards now ask it. The Warm Homes officers received
two days' training from the ICB on recognising people at risk of falls.
"""),
        ("value", None, """
The Warm Homes team costs the council around £186,000 a year, and the ICB's emergency fund £60,000.
Each emergency readmission of an older person costs the NHS several thousand pounds, and the human
cost of a winter fall or a chest infection that leads to a care home admission is far greater.

The scheme also connects the health system to help it could never provide itself: insulation grants,
boiler replacements and benefit checks that keep people warm long after the winter in which they were
discharged.
"""),
        ("spread", None, """
The same discharge question has been added to the community hospitals' checklists, and the ICB has asked
the neighbouring county council to run a similar scheme for patients of the other acute trust in the
system. We have shared our referral form with the regional directors of public health, and it features
in a national good practice collection on cold homes and health.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I250  falls with head injury on the wards - docx - style headings - one
#       trust only; its own departments called partners (ineligible)
# ---------------------------------------------------------------------------
entry(
    id="I250", format="docx", layout="style_headings", topic="inpatient_fall_head_injury",
    project="independent16-postfallct-250", docx_font="Calibri",
    title="After the Fall: rapid assessment and scanning for inpatients who hit their head",
    cover=[
        "Entrant: Saltmarsh Bay Hospitals NHS Trust",
        "Partnership between the Division of Medicine, the Emergency Department and the Radiology Department of Saltmarsh Bay Hospitals NHS Trust",
        "Submitted by: Matron for Falls Prevention  |  bleep 2207",
    ],
    primary_entrant=dict(name="Saltmarsh Bay Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "The problem we set out to solve", """
Falls are the most common patient safety incident reported in our hospital. Most cause no harm. But an
older patient who falls and hits their head, especially one taking an anticoagulant, can develop a bleed
inside the skull that is silent for hours. National guidance says that such patients should have a CT
head scan within an hour if they are on anticoagulants or show certain warning signs, and that they
should be assessed by a doctor promptly and observed closely afterwards.

On our medical wards that was not happening. In 2021 we reviewed 64 inpatient falls with a head injury.
Doctors on call at night had to find a CT request form, ring a radiologist, and find a porter and a nurse
to escort the patient, and in the meantime neurological observations were often missed. Two patients
with intracranial bleeds were scanned more than eight hours after their fall.

After the Fall is a joint pathway between our medical wards, the emergency department and radiology. A
nurse who finds a patient who has fallen uses a one-page post-fall flowchart. If the patient is on an
anticoagulant or meets any red-flag criterion, the nurse can request the CT scan directly using a
nurse-led protocol, the emergency department's head injury team reviews the patient on the ward, and
radiology treats the scan as a priority alongside emergency department work.
"""),
        ("evidence", "Evidence of improvement", """
We measured the time from fall to CT scan for every inpatient head injury meeting the guidance criteria
over two years, plotting the results on a statistical process control chart.

<<Q:The median time from fall to CT scan fell from 5 hours 40 minutes to 58 minutes, with a sustained
shift on the SPC chart after the nurse-led request was introduced.>> <<Q:The proportion of patients
with complete neurological observations for the first four hours after the fall rose from 31% to 86%.>>
<<Q:Moderate or severe harm from falls with head injury, as graded by the Trust's falls panel, fell from
11 incidents in 2021/22 to 4 in 2023/24.>>
"""),
        ("stakeholders", "How staff, patients and families were involved", """
<<S:Night nurses on the four wards with the most falls tested the flowchart over two months and made it
shorter each week; it was their idea to print it on the back of the falls bleep card, so that it is
always in the pocket of the person who answers the call.>> <<S:Radiographers working the night shift
agreed the nurse-led request criteria with the consultant radiologists and asked for a single phone
number for the head injury team, which now exists.>> <<S:Porters told us that the biggest delay was
finding a trained escort, so the pathway now allows a healthcare assistant with up-to-date observation
training to escort a stable patient.>>

<<P:The daughter of a patient who had died after a fall in 2021 met the falls team and told us that the
family had not been phoned until the morning; with her help we wrote a short guide for staff on calling
relatives after a fall at night.>> <<P:Members of the Trust's older people's reference group read the
patient leaflet on what happens after a fall in hospital and asked for the word 'observations' to be
explained.>>
"""),
        ("value", "Value", """
The pathway required no new posts. The nurse-led CT protocol needed training and a change to the
radiology request system. A single intracranial bleed that is found late can lead to permanent
disability or death, and a claim against the Trust. Staff say that the flowchart removes the dread of
a fall at 3am, because they know exactly what to do.
"""),
        ("spread", "Spread and sustainability", """
The pathway is now used on all 23 adult inpatient wards, including surgery and the community hospital
beds run by the Trust. We have shared it with the regional falls collaborative and with two
neighbouring trusts.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I251  sedation for dental treatment in adults with learning disabilities -
#       pdf - form table - special care dentist voice - no quantitative
#       evidence (activity counts, a zero with no baseline, a target, plans)
# ---------------------------------------------------------------------------
entry(
    id="I251", format="pdf", layout="form_table", topic="special_care_dental_sedation",
    project="independent16-dentalsedation-251", pdf_font="DejaVuSans",
    title="A Safer Chair: sedation for dental care for adults with learning disabilities",
    cover_table=[
        ("Entry title", "A Safer Chair: sedation for dental care for adults with learning disabilities"),
        ("Organisation", "NHS Glenarden (Public Dental Service, Special Care Dentistry)"),
        ("Working in partnership with", "Glenarden Health and Social Care Partnership (Learning Disability Service); Caledon Dental Hospital, NHS Lothmuir; Glenarden People First (self-advocacy group)"),
        ("Contact name", "Consultant in Special Care Dentistry"),
        ("Telephone", "01738 555 019"),
    ],
    primary_entrant=dict(name="NHS Glenarden", type="nhs_board"),
    partners=[
        dict(name="Glenarden Health and Social Care Partnership", type="public_other"),
        dict(name="NHS Lothmuir", type="nhs_board"),
        dict(name="Glenarden People First", type="patient_group"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
Many adults with a learning disability cannot tolerate a dental check-up, let alone a filling or an
extraction, while awake. For years the only option in Glenarden was a general anaesthetic at the dental
hospital in another board area, eighty miles away, on a waiting list of well over a year. People waited
in pain. Some stopped eating. Carers described giving paracetamol around the clock for months.

General anaesthetic carries its own risks for this group: many have epilepsy, swallowing difficulties,
heart conditions or severe anxiety, and the journey itself can be dangerous. When we reviewed our
referrals in 2021 we found people who had developed facial abscesses and one man admitted with sepsis
from an untreated tooth while on the waiting list.

A Safer Chair is a community sedation service run jointly by our special care dentists, the dental
hospital's sedation consultants and the learning disability nurses of the Health and Social Care
Partnership. It offers intravenous and intranasal sedation in a community clinic, with a pre-assessment
visit at home, a desensitisation plan where possible, and a 'one visit, everything done' approach that
combines dental treatment with blood tests or other procedures that the person would otherwise have to
face separately.
"""),
        ("evidence", "Evidence of improvement in patient safety", """
Between September 2022 and August 2024 the service carried out 214 sedation sessions for 163 adults.
There were no serious sedation-related incidents, no unplanned hospital admissions and no cases in
which the sedation had to be abandoned for safety reasons.

Of the 163 people, 58 had other procedures carried out in the same session, most often blood tests that
had been outstanding for years.

Our target is that no one waits more than 18 weeks from referral to treatment. At present 61% of people
are treated within that time. We do not have reliable waiting time data from before the service began,
because referrals were held on paper at the dental hospital, so we cannot say by how much waits have
changed. An evaluation, including a review of hospital admissions for dental infection, is planned with
the university's dental public health unit.
"""),
        ("stakeholders", "Involvement of stakeholders, patients and staff", """
<<P:Members of Glenarden People First, a self-advocacy group run by people with learning disabilities,
made the easy-read pre-sedation booklet with us, choosing the photographs and acting in them, and they
insisted that the booklet show the waiting room and the toilet as well as the dental chair.>>
<<P:Paid carers and family members of eight people on the waiting list came to two planning sessions,
and their advice that mornings were impossible for many people because of medication routines led us to
run clinics in the afternoon.>>

<<S:Dental nurses trained in sedation worked with the learning disability nurses to write the home
pre-assessment checklist, and after the first month they added a question about what has gone wrong at
previous appointments, because they found that families had never been asked.>> <<S:The dental
hospital's sedation consultants and anaesthetists agreed the safety criteria for community sedation with
our dentists and, after reviewing the first 30 cases together, widened them to include people with
well-controlled epilepsy.>>
"""),
        ("value", "Value added", """
The service costs about £142,000 a year in staff time and equipment. Each person treated in the
community instead of under general anaesthetic at the dental hospital saves a theatre slot, a day-case
bed and a long journey. For the people themselves, it means treatment months earlier, closer to home,
and the chance to have other tests done without a second ordeal.
"""),
        ("spread", "Spread and sustainability", """
Two other Scottish health boards have visited the service and one has begun a similar clinic. The
easy-read booklet has been shared with the national special care dentistry network, and the dental
hospital now offers community sedation training for dentists from other boards.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I252  people who leave ED while under mental health assessment - docx -
#       reordered sections - written by a liaison manager with a police
#       sergeant - NO evidence section; measured change sits in value
# ---------------------------------------------------------------------------
entry(
    id="I252", format="docx", layout="reordered", topic="ed_mental_health_missing_persons",
    project="independent16-edmissing-252", docx_font="Georgia",
    title="Still Here: keeping people safe while they wait for a mental health assessment in A&E",
    cover=[
        "Ravensholt General Hospital NHS Trust — lead",
        "Deneside Mental Health NHS Foundation Trust (Liaison Psychiatry) — partner",
        "Ravensholt and Dene Police — partner",
        "Authors: Liaison Psychiatry Team Manager (Deneside) and Sergeant, Partnership and Vulnerability Unit",
    ],
    primary_entrant=dict(name="Ravensholt General Hospital NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Deneside Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="Ravensholt and Dene Police", type="emergency_service"),
    ],
    sections=[
        ("value", "What difference has it made?", """
We have written this entry together, a mental health nurse and a police sergeant, because the problem we
tackled used to sit uneasily between us. Someone brought to A&E after an overdose or with thoughts of
suicide would wait, sometimes for many hours, for a mental health assessment. Some of them walked out.
The department would then ring the police, and officers would spend hours searching for a person whose
risk they knew nothing about.

<<Q:Since Still Here began, the number of people reported missing to the police from the emergency
department while awaiting mental health assessment has fallen from 143 in 2021/22 to 58 in
2023/24.>> Each missing person report takes officers away from other work for an average of nine hours,
so the saving in police time is large. The value for patients is that they are far less likely to be
found hours later on a railway bridge, in a river or at home having taken a second overdose.

The liaison team has also changed how it works. It now sees people in A&E in order of risk rather than
order of arrival, and that change costs nothing.
"""),
        ("stakeholders", "Who was involved", """
<<P:People who had left the department before being seen, contacted through the liaison team and a peer
support worker, told us why: the noise, the lights, being put in a side room with no explanation and
being watched by a security guard who would not say why.>> <<P:Their accounts shaped the quiet room that
opened in 2023, and two of them chose the furniture and the lighting.>>

<<S:Emergency department nurses, liaison practitioners and police officers from the vulnerability unit
walked through eight real cases together in a workshop, and from that came the single shared risk
grading that all three organisations now use.>> <<S:Security officers asked for, and helped write,
guidance on what to do when a person wants to leave, so that they no longer have to choose between
blocking a door and letting someone go.>> <<S:Call handlers in the police control room tested the new
missing person form and asked for the patient's photograph and clothing description to be included,
which the hospital now records on arrival.>>
"""),
        ("context", "Background", """
Ravensholt General's emergency department sees about 5,200 mental health presentations a year. Before
Still Here, a person waiting for a mental health assessment was not treated any differently from anyone
else in the department. There was no agreed way of deciding who needed to be watched closely, no quiet
space, and no shared language between the ED, the liaison team and the police for describing risk.

The hospital's incident reports included people found on the roof of the multi-storey car park and a
young woman who died by suicide within hours of leaving the department in 2021. The coroner's report
after her death asked all three organisations to work together.

Still Here has four parts: a shared risk grading, applied at triage and reviewed every hour; a quiet
room with a health care assistant trained in mental health observation; liaison assessment in order of
risk; and an agreed protocol with the police for anyone who leaves, with their photograph, description
and risk grading shared on the first phone call.
"""),
        ("spread", "Spread and sustainability", """
The protocol has been adopted by the other emergency department in the police force area, at Dene Valley
Hospital, and the police have made it part of their force-wide missing persons policy. The risk grading
has been presented at the regional liaison psychiatry network and the national police lead for mental
health has asked for a copy.

Still Here does not rely on any one person. The shared risk grading is in the ED's electronic record,
and the protocol is reviewed every six months by a joint group chaired in turn by each organisation.
"""),
    ],
    flags=[dict(code="missing_section", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I253  inter-hospital transfer of critically ill adults - pdf via soffice
#       (style headings) - critical care network manager voice - no patient
#       involvement (patients sedated, relatives' questionnaire changed
#       nothing, a vacant lay post, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I253", format="pdf", layout="style_headings", topic="critical_care_transfer",
    project="independent16-cctransfer-253", render_via="soffice", docx_font="Liberation Sans",
    title="Safe Between Hospitals: one standard for moving critically ill adults",
    cover=[
        "Submitted by Northmarch Teaching Hospitals NHS Trust, host organisation of the Northmarch Adult Critical Care Operational Delivery Network",
        "Partners: Northmarch Ambulance Service NHS Trust • Wyecombe District Hospital NHS Trust • Ellesford and Brent Valley Hospitals NHS Foundation Trust",
        "Author: Network Manager (a critical care nurse by background)",
    ],
    primary_entrant=dict(name="Northmarch Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Northmarch Ambulance Service NHS Trust", type="ambulance_trust"),
        dict(name="Wyecombe District Hospital NHS Trust", type="nhs_trust"),
        dict(name="Ellesford and Brent Valley Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Context and goals", """
Our network links seven intensive care units across four trusts. Every year around 900 critically ill
adults are moved between them: to reach a specialist service such as neurosurgery or cardiothoracic
surgery, because their home unit is full, or to be repatriated closer to home. A transfer is one of the
most dangerous things that happens to an intensive care patient. They leave a fully equipped unit for
the back of an ambulance, often at night, with a doctor and nurse who may be doing their first
transfer in months.

When I started as network manager in 2021, each unit had its own transfer bag, its own checklist and
its own idea of who should go. The network's incident review of 2020 and 2021 found oxygen cylinders
running low in transit, infusion pumps whose batteries failed, and patients whose breathing tube
moved during the move from trolley to ambulance stretcher. Audit showed that only about a third of
transfers had a completed checklist.

Safe Between Hospitals introduced one standard across the network: identical transfer bags packed to a
single list, a shared pre-departure checklist, minimum competencies for transfer teams, a
network-wide transfer log, and a dedicated critical care transfer vehicle operated by the ambulance
service and staffed for the highest-risk transfers.
"""),
        ("evidence", "Evidence of improved patient safety", """
Every transfer is now recorded in the network transfer log, which includes a structured section on
adverse events. For the baseline, we reviewed the case notes of 320 transfers in 2021 using the same
definitions.

<<Q:Adverse events during transfer, such as desaturation, hypotension needing intervention, equipment
failure and tube displacement, fell from 14.8% of transfers to 6.1%.>> <<Q:Equipment-related incidents
fell from 31 in the baseline year to 7 in 2023/24.>> <<Q:Completed pre-departure checklists rose from 34%
of transfers to 96%.>>

<<Q:For time-critical transfers to neurosurgery, the median time from the decision to transfer to
departure fell from 4 hours 10 minutes to 2 hours 25 minutes.>>
"""),
        ("stakeholders", "Staff, patient and family involvement", """
<<S:Transfer nurses and junior doctors from all seven units packed and unpacked prototype bags during
network simulation days, and after watching each other struggle they reorganised the contents by task
(airway, breathing, circulation, drugs) instead of by item.>> <<S:Paramedics from the ambulance
service's critical care desk worked with intensive care consultants to write the vehicle's tasking
criteria, and asked that the receiving unit confirm a bed before the vehicle leaves, which is now part
of the checklist.>> <<S:Clinical engineers from two trusts tested battery life on every make of infusion
pump in use and recommended the standard set that is now in every bag.>>

Most of the patients we move are sedated and ventilated, and we did not involve patients directly in
designing the standard. Relatives are now phoned before every non-emergency transfer, which is one of
the changes we are proudest of. A questionnaire was sent to families of transferred patients in 2023;
most replies were positive, and the questionnaire did not lead to any changes. The network's lay
representative post has been vacant since 2022, and we hope to recruit a former intensive care patient
to the role next year.
"""),
        ("value", "Value added", """
The transfer vehicle costs the network about £410,000 a year, shared by the four trusts and the
commissioners. The standard bags cost £3,200 each. Adverse events in transit can cause brain injury,
cardiac arrest or death, and lead to longer stays in intensive care.

There is also value in a single standard. A nurse from Wyecombe can now pick up a bag at Northmarch at
3am and find everything where she expects it.
"""),
        ("spread", "Spread and sustainability", """
The standard and the transfer bag list have been adopted by two neighbouring critical care networks and
shared through the national network of critical care network managers. The transfer log is reviewed
monthly by the network's governance group, and new staff complete the transfer competencies as part of
their induction to intensive care.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I254  button batteries and magnets swallowed by children - docx - bullet
#       lists - council injury prevention coordinator voice - no quantitative
#       evidence (counts, a single figure, an aim) - no staff involvement
#       (staff trained, shops visited, a named lead); parents did take part
# ---------------------------------------------------------------------------
entry(
    id="I254", format="docx", layout="bullet_lists", topic="button_battery_ingestion",
    project="independent16-buttonbattery-254", docx_font="Arial",
    title="Small Things, Big Harm: button batteries and magnets in homes with young children",
    cover=[
        "Lead: Penmorrow City Council - Public Health (Child Injury Prevention)",
        "Partners: Penmorrow Children's Hospital NHS Foundation Trust | Kernside Community NHS Trust (Health Visiting)",
        "Contact: Child Injury Prevention Coordinator, tel. 0117 496 0381",
    ],
    cover_bullets=[
        "Category: Best Partnership Solution Improving Patient Safety",
        "Area covered: Penmorrow city, population c. 310,000",
    ],
    primary_entrant=dict(name="Penmorrow City Council", type="local_authority"),
    partners=[
        dict(name="Penmorrow Children's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Kernside Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background and safety goals", """
Why we acted:

- Button batteries, the flat coin-shaped cells in remote controls, toys, car keys and greetings cards, can burn through a child's oesophagus within two hours of being swallowed.

- Small, powerful magnets from toys and 'fidget' sets can stick together through the wall of the bowel and cause perforation.

- In 2022 Penmorrow Children's Hospital treated two toddlers with severe oesophageal burns from button batteries, one of whom needed months of surgery.

- Many parents did not know that these objects were dangerous, and many did not know that a swallowed battery is an emergency even when the child seems well.

- Some families were waiting to see their GP the next day.

What we set out to do:

- raise awareness among parents of children under five, especially in the areas of the city with the highest rates of child injury

- make sure that every child who might have swallowed a battery or magnet gets an X-ray without delay

- reduce the number of unsafe products on sale in the city

- give parents a simple message they will remember: if in doubt, go straight to A&E
"""),
        ("evidence", "Evidence", """
What has happened since the campaign began in March 2023:

- 1,840 home safety packs, with battery-safe storage boxes and cupboard locks, given out by health visitors

- trading standards visits to 96 shops and market stalls, and 2,100 unsafe products removed from sale

- a direct pathway for children with a suspected battery ingestion, so that they are X-rayed on arrival at the children's emergency department

- in the 12 months to March 2024, the children's emergency department saw 31 children with a suspected button battery or magnet ingestion

What we cannot yet show:

- we do not have comparable figures from before the campaign, because ingestions were not coded separately

- our aim is to halve the number of children needing surgery for battery or magnet injuries by 2026, and we will report against that aim once the new coding has been in place for three years
"""),
        ("stakeholders", "Involvement", """
Who took part, and how:

- <<P:parents from three family hubs in Penmorrow's most deprived wards tested early versions of the campaign and told us that the first poster, a picture of an X-ray, frightened them without saying what to do; the final design shows a remote control with its battery cover taped shut>>

- <<P:a mother whose son had swallowed a battery from a musical birthday card recorded a short video about what happened, and asked that the campaign show the cards, which nobody thinks of as a danger>>

- <<P:parents who speak Polish, Romanian and Urdu checked the translated leaflets and rewrote phrases that did not make sense>>

- health visitors and nursery staff attended a one-hour briefing and handed out the packs

- emergency department staff were sent the new X-ray pathway by email

- the campaign was led by the council's child injury prevention coordinator

- we intend to ask health visitors for their views on the packs in 2025
"""),
        ("value", "Value", """
- the packs cost about £6 each, and were paid for by the council's public health grant

- a single case of oesophageal burns can mean weeks in intensive care, many operations and lifelong problems with swallowing

- trading standards action protects children across the city, not just those whose families received a pack

- the campaign materials are free to use
"""),
        ("spread", "Spread", """
- the children's hospital has shared the X-ray pathway with the other emergency departments in the region

- two neighbouring councils are using our campaign materials

- the national child accident prevention charity has featured our video on its website
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I255  complications after cataract surgery - pdf - numbered questions -
#       PRIVATE independent-sector provider is the primary entrant
#       (ineligible) - otherwise complete
# ---------------------------------------------------------------------------
entry(
    id="I255", format="pdf", layout="numbered_questions", topic="cataract_complications",
    project="independent16-cataract-255", pdf_font="LiberationSans",
    title="Eyes Right After Surgery: safe follow-up after cataract operations in the independent sector",
    cover=[
        "Primary entrant: ClearView Eye Surgery Ltd (independent-sector provider of NHS-funded cataract surgery)",
        "Partners: NHS Brackwater and Lune ICB; Brackwater Royal Infirmary NHS Trust (Eye Casualty); Brackwater Local Optical Committee",
        "Contact: Medical Director, ClearView Eye Surgery Ltd  /  0161 496 0747",
    ],
    primary_entrant=dict(name="ClearView Eye Surgery Ltd", type="private"),
    partners=[
        dict(name="NHS Brackwater and Lune Integrated Care Board", type="icb"),
        dict(name="Brackwater Royal Infirmary NHS Trust", type="nhs_trust"),
        dict(name="Brackwater Local Optical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "1. What was the patient safety problem and what did you aim to do?", """
ClearView is an independent-sector company that carries out about 7,000 NHS-funded cataract operations
a year in Brackwater and Lune. Most go well. A small number of patients develop complications after
they go home: raised eye pressure, inflammation, a swollen cornea, or rarely endophthalmitis, an infection
inside the eye that can cause blindness within a day.

After surgery our patients are followed up by their own community optometrist, not by us. When a
complication appears, the optometrist has to find out who operated and how to reach them, and the
patient may be sent to the NHS eye casualty at Brackwater Royal Infirmary, which has no record of the
operation. In 2021 we reviewed 26 cases where patients with complications had been seen in three
places before anyone with their surgical notes examined them, and two patients with endophthalmitis
were treated more than 24 hours after first reporting symptoms.

Eyes Right After Surgery created a single post-operative pathway: a shared electronic discharge summary
visible to the optometrist and to eye casualty, a red-flag symptom card for patients, a 24-hour
ClearView phone line for optometrists, and an agreement that eye casualty will see any suspected
endophthalmitis within two hours and contact our surgeon on call.
"""),
        ("evidence", "2. What evidence is there of improved patient safety?", """
<<Q:The median time from a patient first reporting red-flag symptoms to examination by an
ophthalmologist fell from 19 hours to 3 hours.>> <<Q:Post-operative complications first identified in
eye casualty without a surgical record available fell from 61% of cases to 9%.>> <<Q:Unplanned return
visits to more than one service for the same complication fell by 72%.>>

Our rate of endophthalmitis is low and did not change over the period, which we would expect, since the
project was about responding to complications rather than preventing them.
"""),
        ("stakeholders", "3. How were patients and staff involved?", """
<<P:Patients who had experienced complications after cataract surgery, contacted through the ICB's
patient engagement team, were interviewed about what happened when they developed symptoms; they told
us they had been unsure whether to ring the optometrist, the GP or NHS 111, and the red-flag card now
has a single number to call.>> <<P:Members of a local sight loss charity's reading group checked the
card's print size and contrast and asked for it to be printed in yellow on black.>>

<<S:Community optometrists from the Local Optical Committee helped design the discharge summary and
asked that it include the intraocular lens details and any intraoperative complications, which they had
never been sent before.>> <<S:Eye casualty nurses at Brackwater Royal Infirmary agreed the two-hour
standard with our surgeons and suggested a dedicated slot at the start of each clinic for ClearView
patients, which is now in place.>>
"""),
        ("value", "4. What value has the initiative added?", """
The phone line and the shared discharge summary cost ClearView about £48,000 to set up and £22,000 a
year to run. Each case of endophthalmitis treated late can end in permanent loss of sight. The shared
summary also saves eye casualty time, because the surgical details are on screen when the patient
arrives.
"""),
        ("spread", "5. How has it been spread or shared?", """
The ICB has written the pathway into its contracts with the two other independent-sector cataract
providers in the area. The discharge summary template has been shared with the national optometry
professional body, and we have presented the work at a regional ophthalmology meeting.

The pathway does not depend on ClearView alone. A joint governance meeting of the ICB, the eye
casualty team, the optical committee and our clinical leads reviews every complication each quarter,
and the red-flag card and the phone number are printed on the discharge pack that every patient takes
home. If our contract were to end, the shared summary and the two-hour standard would remain with the
NHS partners.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I256  neutropenic sepsis after chemotherapy - docx - no headings - acute
#       oncology nurse consultant voice - no flags
# ---------------------------------------------------------------------------
entry(
    id="I256", format="docx", layout="no_headings", topic="neutropenic_sepsis_prehospital",
    project="independent16-neutropenicsepsis-256", docx_font="Calibri",
    title="The Golden Hour Starts at Home: antibiotics within an hour for people with suspected neutropenic sepsis",
    cover=[
        "Harrowmoor Teaching Hospitals NHS Foundation Trust (Harrowmoor Cancer Centre) - lead entrant",
        "South Harrow Ambulance Service NHS Trust  /  Harrowmoor Cancer Support (charity)  - partners",
        "Written by: Nurse Consultant, Acute Oncology",
    ],
    primary_entrant=dict(name="Harrowmoor Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="South Harrow Ambulance Service NHS Trust", type="ambulance_trust"),
        dict(name="Harrowmoor Cancer Support", type="charity"),
    ],
    sections=[
        ("context", None, """
Chemotherapy stops cancer cells dividing, but it also knocks out the white blood cells that fight
infection. For a week or two after each cycle, a person can go from feeling tired to being gravely ill
with sepsis within hours. Neutropenic sepsis still kills people in this country every year, and the
single most important thing we can do is to give intravenous antibiotics within an hour of them
arriving at hospital.

Our cancer centre treats about 3,600 people with chemotherapy each year, many of whom live more than an
hour's drive away. In 2021 our audit showed that the antibiotic 'door to needle' time was often well
beyond an hour, and the delay had usually started before the person reached us: they rang the
24-hour triage line, were told to come in, waited for a lift or an ambulance, and then waited again in
the emergency department behind patients who looked sicker.

The Golden Hour Starts at Home brought together the acute oncology team, the ambulance service and a
local cancer charity. When the triage line advises a patient to attend, it now books an ambulance
directly on a dedicated line if the person cannot travel quickly, and crews recognise a 'chemo alert'
card. The patient goes straight to a dedicated assessment bay in the cancer centre, not the emergency
department, where antibiotics are given on the basis of a red-flag assessment without waiting for blood
results. The charity funded and runs a volunteer driver scheme for patients who are well enough to
travel by car.
"""),
        ("evidence", None, """
<<Q:The proportion of patients with suspected neutropenic sepsis who received antibiotics within an hour
of arrival rose from 44% in 2021/22 to 91% in 2023/24.>> <<Q:The median time from the first call to the
triage line to the first dose of antibiotics fell from 3 hours 35 minutes to 1 hour 50 minutes.>>
<<Q:Admissions to intensive care with neutropenic sepsis fell from 23 to 9 over the same two years.>>

We have also begun to collect data on the time patients spend waiting for transport, which we will use
as a baseline for the next phase.
"""),
        ("stakeholders", None, """
<<P:People who were on chemotherapy at the time, and some who had been admitted with sepsis, worked with
us at the charity's drop-in centre to redesign the 'chemo alert' card; they wanted something they could
show a paramedic without having to speak, and asked for the triage line number to be printed in large
type on both sides.>> <<P:A group of patients' partners told us that they were the ones making the call
at 2am, and the triage script was changed so that it asks to speak to whoever is with the patient if the
patient is too unwell.>>

<<S:Acute oncology nurses who run the triage line tested the direct ambulance booking line over three
months and changed the call script after finding that ambulance call handlers were repeating questions
the nurse had already asked.>> <<S:Paramedics from two ambulance stations sat with the oncology team to
agree what crews should do on the way in, and it was their suggestion to take a blood culture bottle in
the ambulance so that the first set can be drawn before arrival.>> <<S:Emergency department consultants
agreed to the direct admission route after several meetings and now review the pathway with us
quarterly.>>
"""),
        ("value", None, """
The direct admission bay needed no new staff, because it uses the cancer centre's existing assessment
unit, which now opens 24 hours a day. The dedicated ambulance line is funded within the ambulance
service's existing contract. Each intensive care admission avoided saves a great deal of money, but the
real value is in lives: sepsis in a person on chemotherapy is often survivable if treated early, and
often fatal if it is not.
"""),
        ("spread", None, """
The chemo alert card is now used by every cancer centre in the region, and the ambulance service has
extended the dedicated line to a second cancer centre. We have shared the triage script with the national
acute oncology network, and the charity has helped two other cancer charities set up volunteer driver
schemes.
"""),
    ],
    flags=[],
)
