"""Twentieth independent evaluation set (I305..I320) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind, without reference to the review pipeline, its models, flows, tests,
benchmarks or any earlier gold output; only build.py, entries18.py and entries19.py were
read, for the file format and the mark-up.  All organisations, places and people are
fictional.

Topics: falls in community hospitals, maternity transfers from a birth centre and home
births, sepsis in care homes, blood transfusion sample labelling (no spread section),
acute kidney injury in general practice (sections in an unusual order), patient
identification wristbands (company-led), the deteriorating patient in a prison, pressure
ulcers on district nursing caseloads, safeguarding referrals from an emergency department
(a single trust, no partner), hypoglycaemia after an ambulance call, police mental health
detentions with physical illness, valproate in women and girls (results first), fire
safety for people on home oxygen, neonatal jaundice after early discharge (a single trust,
no partner), long-term urinary catheters (with appendix, no value section) and failsafe
follow-up of unexpected radiology findings.

Build it with

    .venv/bin/python data/independent/build.py --set 20   (writes data/corpus/independent20/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (a measured change in an outcome: a baseline and an
                   after value, or a stated change such as 'halved' or a sustained shift)
  <<P:sentence>>   patient / carer / family / service-user / lived-experience involvement
  <<S:sentence>>   staff involvement (any staff group, including partners' staff, who
                   co-designed, tested, were consulted, governed the work or gave feedback
                   that changed it)
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are joined with
a single space.  A paragraph starting with "- " is a bullet item.

Labelling conventions (as in entries19.py):
  * not Q: dates, financial years, bed/ward/home counts, headcounts, numbers trained,
    activity counts, single figures with no baseline, budgets and costs, savings
    estimates, phone numbers, postcodes, reference numbers, targets not yet reached,
    plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words;
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * not P/S: beneficiaries, people trained, briefed, informed or audited, plans and
    intentions, negations, unnamed 'stakeholders', a single named lead doing their job,
    audiences at launches, surveys after which nothing changed, people who declined.
  * Some involvement is deliberately placed outside the stakeholder section, told through
    pronouns after a group is named, in the passive voice, or by unusual job titles.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; prisons are public_other; primary care networks, GP federations and
local pharmaceutical committees are primary_care; care home associations are
independent_care).  A department of the entrant's own organisation is not a partner.
Flags are written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I305  falls in community hospitals - pdf - own headings - community matron,
#       warm first person plural - patients' involvement first appears in the
#       context section and is carried on by a pronoun - no flags
# ---------------------------------------------------------------------------
entry(
    id="I305", format="pdf", layout="own_headings", topic="falls_community_hospitals",
    project="independent20-staysteady-305", pdf_font="LiberationSans",
    title="Stay Steady: fewer falls, and fewer injuries, in Hollinsford's four community hospitals",
    cover=[
        "Lead organisation: Hollinsford Community Health NHS Trust (Community Hospitals Directorate)",
        "Partners: Hollinsford and Brede Hospitals NHS Foundation Trust (Department of Medicine for Older People)  /  Hollinsford County Council (Adult Social Care, Occupational Therapy)  /  Steady Steps Hollinsford (falls peer support group)",
        "Contact: Matron, Community Hospitals - 01632 961 274",
    ],
    primary_entrant=dict(name="Hollinsford Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Hollinsford and Brede Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Hollinsford County Council", type="local_authority"),
        dict(name="Steady Steps Hollinsford", type="patient_group"),
    ],
    sections=[
        ("context", "Where we started", """
Our four community hospitals, at Brede Lane, Marston Cross, Oakhythe and Little Wendham, have 96 beds
between them. Almost everyone we look after is over 75 and has come to us from the acute hospital to
get back on their feet after an illness, an operation or a fall. That is exactly the group of people
most likely to fall again: they are recovering from being unwell, many are on new medicines, some are
confused, and they are in an unfamiliar room with a call bell they have never used before.

In 2021/22 we recorded 212 inpatient falls. Nine of them caused serious harm, including three broken
hips and a bleed on the brain. Every one of those nine was reviewed, and the reviews said much the same
thing. The person fell at night, usually between midnight and five in the morning, on the way to or
from the toilet. Their blood pressure had not been checked lying and standing, so nobody knew it dropped
when they got up. Their medicines had come with them from the acute hospital and had not been looked at
again. And after the first fall, there was often a second.

<<P:We began by asking people who had fallen on our wards, and their families, to tell us what had
happened from their side; eight of them met us over three afternoons at Brede Lane, with the support of
Steady Steps Hollinsford, and they are the reason this programme starts with the night.>> <<P:They
described waking in a strange room, needing the toilet, not being able to find the call bell and not
wanting to bother the nurse, and the list of changes they asked for became our night bundle.>>

Stay Steady has four parts. Every patient has a lying and standing blood pressure within 24 hours of
arrival. A consultant from the acute trust's older people's medicine team visits each hospital every
week and reviews the medicines of anyone at high risk, with a particular eye on sleeping tablets, blood
pressure tablets and anything that makes people drowsy. The night bundle means low-level lights in every
bay, the call bell clipped to the pillow, a commode or urinal within reach if the person wants one, and
a conversation at ten o'clock about what help they would like in the night. And before anyone goes home,
an occupational therapist from the county council visits the house, so that the equipment that kept
them safe on the ward is there when they arrive.
"""),
        ("evidence", "How we know it's working", """
We compared 2021/22, the year before Stay Steady, with 2023/24, its first full year, using the incident
reporting system and occupied bed days for all four hospitals. Rates are given per 1,000 occupied bed
days, because the number of beds open changed during the period.

<<Q:Inpatient falls fell from 9.4 to 5.8 per 1,000 occupied bed days.>> <<Q:Falls causing moderate or
severe harm went down from nine in the year before to three in 2023/24.>> <<Q:Falls between ten at
night and six in the morning, which had been more than half of all our falls, dropped by about 45%.>>

<<Q:The proportion of patients with a lying and standing blood pressure recorded within 24 hours of
admission rose from 18% to 83%.>> <<Q:Repeat falls, where the same person fell more than once during a
stay, fell from 41 to 16.>>

Our target is fewer than five falls per 1,000 occupied bed days at every hospital. Brede Lane and Oakhythe
are there; Marston Cross and Little Wendham are not yet. The geriatricians carried out 640 medicine
reviews in the year, and the council's occupational therapists made 388 home visits before discharge.
"""),
        ("stakeholders", "Who made it happen", """
<<P:Members of Steady Steps, most of whom have had a serious fall themselves, went through our patient
leaflet line by line and told us it read like a list of rules; the version they rewrote opens with 'It
is fine to ask for help at night, that is what we are here for'.>> <<P:Two of them now sit on the
programme's monthly review group.>>

<<S:Healthcare assistants on the night shift at Brede Lane tested the night bundle for a month before it
went anywhere else, and it was their idea to replace the two o'clock toileting round, which woke people
up, with the ten o'clock conversation.>> <<S:Ward pharmacists and the visiting geriatricians agreed
between them which medicines would trigger a review, and the pharmacists asked for a simple stop-or-keep
note on the drug chart so that night staff could see what had changed.>> <<S:The council's occupational
therapists pointed out that patients were going home to houses with no rail by the toilet, and the
pre-discharge visit was moved from the day before discharge to the first week of the stay as a
result.>>

All registered nurses completed the Trust's falls e-learning, and every fall is followed by a short
huddle on the ward.
"""),
        ("value", "Is it worth it?", """
The low-level lighting across four hospitals cost £3,800. The geriatrician sessions are paid for by the
acute trust as part of its frailty service, and the council's occupational therapy visits come from its
existing reablement budget. A broken hip costs the NHS well over £10,000 in the first year, before social
care, and for an older person it is often the end of living independently.

<<S:A housekeeper at Oakhythe noticed that patients were falling while reaching for water jugs placed
on the wrong side of the bed, and since she raised it at the ward meeting, jugs and glasses are set on
the side the person gets out of bed.>> Small things like that cost nothing, and they are the reason
staff now talk about Stay Steady as something they own rather than something that was done to them.
"""),
        ("spread", "What happens next", """
Stay Steady is now standard practice in all four of our hospitals. The two other community trusts in
the integrated care system have asked for the night bundle and the lying and standing blood pressure
prompt, and one of them started using both in April 2024. The acute trust is trying the ten o'clock
conversation on two of its own older people's wards.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I306  maternity transfers from a birth centre and home births - docx -
#       numbered questions, paraphrased - consultant midwife, measured tone -
#       a father's involvement told in the value section - no flags
# ---------------------------------------------------------------------------
entry(
    id="I306", format="docx", layout="numbered_questions", topic="maternity_transfer_handover",
    project="independent20-handover-306", docx_font="Calibri",
    title="Nothing Lost in Transfer: safer handover when labour moves from home or the birth centre to the labour ward",
    cover=[
        "Calderbrook Hospitals NHS Foundation Trust, Maternity Services (lead entrant)",
        "Partners: Northwold Ambulance Service NHS Trust; Calderbrook Community Health NHS Trust (Riverside Birth Centre); Calderbrook Maternity and Neonatal Voices Partnership",
        "Entry written by the Consultant Midwife for Birth Choices",
    ],
    primary_entrant=dict(name="Calderbrook Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Northwold Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Calderbrook Community Health NHS Trust", type="nhs_trust"),
        dict(name="Calderbrook Maternity and Neonatal Voices Partnership", type="patient_group"),
    ],
    sections=[
        ("context", "1. The safety issue we set out to address", """
About 700 women a year in Calderbrook plan to give birth at home or at the Riverside Birth Centre, a
freestanding midwife-led unit eleven miles from our labour ward, which is run by the community trust.
For most of them this is a safe and positive choice. Roughly one first-time mother in three, and a much
smaller number of women having their second or later baby, will need to transfer to the obstetric unit
during labour or soon after the birth, usually by ambulance. A smaller number of babies need to transfer
after birth.

Transfer is a point of risk. Three organisations are involved, information is passed from person to
person, and it often happens at night. In 2021 a review of our maternity incidents found that handovers
on arrival were frequently incomplete. A woman would arrive on the labour ward with no clear account of
why she had been transferred, how long she had been pushing or what the fetal heart rate had been doing.
The ambulance crew handed over to whoever opened the door. The labour ward coordinator sometimes had no
idea a transfer was on its way until the trolley came through the door, so there was no obstetrician
waiting and no room prepared. In two serious incidents reviewed that year, a delay in recognising fetal
distress after transfer was judged to have contributed to the baby's injury.

Nothing Lost in Transfer introduced four changes in 2022. The midwife deciding on transfer phones the
labour ward coordinator on a dedicated line, using a short structured script, before the ambulance
arrives. The ambulance service dispatches maternity transfers at a fixed priority, so that crews no
longer have to argue the case with the control room. A one-page transfer record, completed by the midwife
and travelling with the woman, sets out the reason for transfer, the labour so far and the last
observations. And on arrival, the handover takes place at the bedside, in the room, with the woman, her
birth partner, the transferring midwife, the receiving midwife and the obstetric registrar all present.

None of these changes is complicated, and that was deliberate. Transfers happen at all hours, sometimes
in bad weather and sometimes with a midwife who has been on call for a long time. We wanted a system that
would work when people were tired and under pressure, not one that relied on everyone remembering a
long list.
"""),
        ("evidence", "2. What has improved and how we measured it", """
We reviewed every transfer in labour from home or Riverside for the twelve months before the changes
(2021) and the twelve months of 2023.

<<Q:The median time from arrival on the labour ward to review by an obstetrician fell from 41 minutes to
14 minutes.>> <<Q:Transfers with a complete handover record, meaning that all eight required items were
documented, increased from 37% to 92%.>> <<Q:Incidents in which important clinical information was
missing at handover fell from 26 to 5.>>

<<Q:The proportion of transfers where the labour ward knew the woman was coming before she arrived
went from roughly half to almost all, 97% in the last quarter of 2023.>> <<Q:The median time from the
decision to transfer to arrival on the labour ward came down from 68 minutes to 47 minutes.>>

We are cautious about outcomes for babies. Serious harm after transfer is rare, and we have not seen an
incident of the kind described above since the changes, but two years is too short to say the risk has
been removed.
"""),
        ("stakeholders", "3. Working with women, families and staff", """
<<P:The Maternity and Neonatal Voices Partnership ran two listening events for women who had transferred
in labour, and eighteen women came with their babies.>> <<P:Many of them said the worst part was being
talked over in the ambulance and on arrival, as if they were a parcel being handed on, and it was their
request that the handover take place in the room, with the woman included and asked whether anything
had been missed.>> <<P:Three of the women then tested the wording of the one-page transfer record and
added a box headed 'What matters to me', which the receiving midwife now reads aloud.>>

<<S:Paramedics and technicians from Northwold's Calderbrook and Ashby stations worked with our midwives
on the dispatch priority and the script, and the crews asked that the transfer record be given to them at
the door rather than packed in the woman's bag.>> <<S:Midwives at Riverside tried three versions of the
phone script in simulated transfers and cut it from two minutes to under a minute, after finding that
coordinators stopped listening halfway through.>> <<S:Labour ward coordinators and obstetric registrars
designed the arrival routine together at a series of lunchtime sessions, including who stands where.>>

All midwives and paramedics in the area have done the joint transfer simulation training, which now runs
four times a year.
"""),
        ("value", "4. The difference for families, staff and the system", """
The dedicated phone line and printing of the transfer record cost less than £2,000. The main cost is
staff time for the joint simulation training, which we estimate at about £18,000 a year, shared by the
three organisations. A single brain injury at birth can result in a claim of many millions of pounds, and
the human cost for the family is beyond measure.

<<P:A father whose daughter was transferred from a home birth in 2021 spoke at the first joint
simulation day about the twenty minutes he spent in the corridor not knowing what was happening, and
his account led directly to a birth partner being invited into every handover.>> Staff tell us that
transfers now feel calm even when they are urgent. Women still transfer, but they no longer arrive as
strangers.
"""),
        ("spread", "5. Sharing beyond Calderbrook", """
Northwold Ambulance Service has adopted the dispatch priority and transfer record for all six maternity
units it serves. The regional maternity network has included the bedside handover in its transfer
guidance, and two neighbouring trusts have asked for copies of our simulation scenarios.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I307  sepsis in care homes - pdf - two column - care home support team lead,
#       formal 'the team' register - no patient involvement (residents as
#       beneficiaries, relatives informed by letter, a relatives' meeting as
#       an audience, a survey that changed nothing, a plan) - staff involved
# ---------------------------------------------------------------------------
entry(
    id="I307", format="pdf", layout="two_column", topic="sepsis_care_homes",
    project="independent20-carehomesepsis-307", pdf_font="LiberationSans",
    title="Notice, Measure, Call: earlier recognition of sepsis and deterioration in Marrowby care homes",
    cover=[
        "Marrowby Community Healthcare NHS Trust, Care Home Support Team (lead)  -  Eastmarsh Ambulance Service NHS Trust  -  NHS Marrowby and Fleet Integrated Care Board  -  Marrowby Care Providers' Association",
        "Author: Clinical Lead, Care Home Support Team. Tel 01632 962 118",
    ],
    primary_entrant=dict(name="Marrowby Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Eastmarsh Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="NHS Marrowby and Fleet Integrated Care Board", type="icb"),
        dict(name="Marrowby Care Providers' Association", type="independent_care"),
    ],
    sections=[
        ("context", "Background", """
Marrowby has 64 care homes, with approximately 2,300 residents. Residents of care homes are at high risk
of sepsis: most are frail, many have dementia, and urinary and chest infections are common. The early
signs are often subtle. A resident may simply be quieter than usual, off their food or more confused, and
may not be able to say that they feel unwell.

In 2021 a review of emergency admissions from care homes found that many residents with sepsis arrived
at hospital late in their illness. Care staff had noticed that something was wrong, sometimes a day or
more earlier, but had no way to measure it or describe it to a clinician. Calls to GP practices and to
NHS 111 were often made without any observations, which made it difficult for the clinician to judge
urgency, and the default response was frequently an ambulance several hours later.

Notice, Measure, Call gives care homes three things. A soft-signs card helps care workers recognise and
record early changes in a resident. Homes have been supplied with equipment to measure blood pressure,
pulse, oxygen saturation, temperature and breathing rate, and senior care workers have been trained to
calculate a NEWS2 score. A structured telephone handover, based on SBAR, is used when calling the GP, the
care home support team or the ambulance service's clinical hub, so that the clinician receives the same
information in the same order every time.

The case that prompted the work was that of a woman in her nineties in a nursing home in the north of
the borough. Over a weekend, staff recorded that she was 'sleepy', 'not eating' and 'a bit chesty'. On
the Monday morning a GP was called; the call was triaged as routine because no observations were given.
She was admitted that evening with pneumonia and septic shock and died two days later. The review found
that every member of staff who looked after her had noticed something, and that none of them had been
given a way to turn what they noticed into something a clinician could act on.
"""),
        ("evidence", "Outcomes", """
The programme was introduced in 22 homes in 2022 and extended to all 64 homes during 2023. The team
compared the twelve months before introduction with the most recent twelve months in the first 22 homes.

<<Q:Calls from these homes to the GP or 111 that included a full set of observations rose from 12% to
79%.>> <<Q:Emergency admissions with sepsis in which the resident had a NEWS2 score of 7 or above on
arrival fell from 58 to 31.>> <<Q:Among residents admitted with sepsis, the median time from the first
recorded soft sign to the call for help fell from 19 hours to 6 hours.>>

<<Q:Ambulance conveyances from the 22 homes for residents with a low NEWS2 score, who could have been
assessed and treated in the home, fell by 27%.>>

These results come from the homes that started first and had the longest time to embed the changes. The
42 homes that joined in 2023 are being followed in the same way, and their first full year of data will
be available in the autumn. Over the period, 1,180 care workers completed the observation training and
the team delivered refresher sessions in every home.
"""),
        ("stakeholders", "Engagement", """
<<S:Senior care workers from six homes, including night staff, designed the soft-signs card with the
team over four workshops, and replaced clinical terms with the phrases they actually use, such as 'not
herself today' and 'off her legs'.>> <<S:Clinical advisers in the ambulance service's clinical hub
listened to recordings of early calls and asked for the handover to begin with the NEWS2 score and the
resident's treatment escalation plan, which it now does.>> <<S:Care home managers in the Providers'
Association chose the equipment after testing two models, rejecting the cheaper one because the blood
pressure cuff did not fit frail arms.>>

<<S:GP care home leads agreed a response time for each NEWS2 band at a meeting convened by the ICB,
after practice receptionists explained that calls from homes were being put in the routine queue.>>

Residents are the people this work is intended to benefit. Relatives were informed of the programme by
letter from each home, and it was presented at a relatives' meeting in three homes. A questionnaire was
sent to relatives in the pilot homes; responses were positive and no changes were made. Resident
involvement was not sought at the design stage, and the team intends to explore this with the local
Healthwatch in the coming year.
"""),
        ("value", "Value", """
Equipment for all 64 homes cost £48,000, funded by the ICB, and training was delivered by the care home
support team within its existing budget. Each avoided emergency admission of a care home resident saves
an estimated £3,500 and, more importantly, spares a frail person an unnecessary journey to hospital.

The partnership has also changed relationships. Care workers report being taken seriously when they
call, because they can now give the numbers that a clinician needs.
"""),
        ("spread", "Spread", """
The soft-signs card and handover script have been adopted by the domiciliary care providers in the
Providers' Association for use in people's own homes. The regional patient safety collaborative has
shared the programme with the three other integrated care boards in the region.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I308  blood transfusion sample labelling - docx - rubric headings quoted -
#       transfusion practitioner, formal - people who receive regular
#       transfusions involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I308", format="docx", layout="rubric_headings", topic="blood_transfusion_sample_labelling",
    project="independent20-rightblood-308", docx_font="Arial",
    title="Right Blood, Right Patient: ending wrong blood in tube across two hospitals",
    cover=[
        "Entrant: Kellbrook Hospitals NHS Trust",
        "Partners: Harrowmoor University Hospitals NHS Foundation Trust (host of the Kellbrook and Harrowmoor Pathology Network blood transfusion laboratory) and the Kellbrook Sickle Cell and Thalassaemia Support Group",
        "Lead author: Lead Transfusion Practitioner, Kellbrook Hospitals NHS Trust",
    ],
    primary_entrant=dict(name="Kellbrook Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Harrowmoor University Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Kellbrook Sickle Cell and Thalassaemia Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
A blood sample taken from one patient and labelled with another patient's details is known as 'wrong
blood in tube'. If the error is not detected by the laboratory, the blood grouped from that sample may be
incompatible with the patient who actually receives it. ABO-incompatible transfusion is a never event and
can be fatal. National haemovigilance reports have identified wrong blood in tube as one of the most
common sources of serious transfusion error for many years.

Kellbrook Hospitals NHS Trust sends all its transfusion samples to the blood transfusion laboratory of
the Kellbrook and Harrowmoor Pathology Network, hosted by Harrowmoor University Hospitals NHS Foundation
Trust. In 2021 the laboratory detected 23 wrong blood in tube events in Kellbrook samples, the highest rate
in the network. Investigation showed that most occurred when samples were labelled away from the bedside,
when pre-printed labels were used for the wrong patient, or when patients were identified by their
wristband alone without being asked their name. Three occurred in the emergency department during
resuscitation, where patients are often unidentified on arrival.

The project had three aims: to eliminate wrong blood in tube events, to ensure that every transfusion was
preceded by a full bedside check, and to ensure that people who receive regular transfusions could
recognise and challenge an incorrect check.

The changes were introduced in stages between April 2022 and March 2023. Electronic bedside sample
labelling was introduced using handheld scanners: the wristband is scanned, the patient is asked to
state their name and date of birth, and the label is printed at the bedside and only at that moment.
Pre-printed labels were withdrawn from all wards. A two-sample rule for first-time patients was agreed
with the laboratory. A single unknown-patient identification process was agreed between the emergency
department and the laboratory. The bedside pre-transfusion check was rewritten as 'Ask, Check, Scan'.

Earlier attempts to address the problem had relied on reminders, posters and repeat training after each
incident. These had produced short-lived improvements at best. The project group concluded that the
process needed to be changed so that the safe action was also the easiest one, and that the laboratory,
which detects the errors, and the wards, which make them, needed to work on it together rather than
exchange incident reports.
"""),
        ("evidence", "Evidence of improved patient safety", """
Data were provided by the network laboratory and the Trust's incident system, comparing the 2021
calendar year with the 2023 calendar year.

<<Q:Wrong blood in tube events detected in Kellbrook samples fell from 23 to 4.>> <<Q:Samples rejected by
the laboratory for labelling errors fell from 3.1% of all transfusion samples to 0.6%.>> <<Q:In the
annual bedside transfusion audit, the proportion of transfusions with a fully documented pre-transfusion
check rose from 71% to 98%.>>

<<Q:The median time to issue emergency group-specific blood for unidentified patients in the emergency
department fell from 52 minutes to 31 minutes.>> There were no ABO-incompatible transfusions in either
year.

Of the four wrong blood in tube events in 2023, three occurred in areas where the handheld scanners had
been temporarily unavailable, and all were detected by the two-sample rule.

The laboratory continues to report wrong blood in tube events to the Hospital Transfusion Committee
monthly, by ward and by staff group, so that any rise is seen quickly.
"""),
        ("stakeholders", "Involvement of stakeholders, patients and staff", """
<<P:Members of the Kellbrook Sickle Cell and Thalassaemia Support Group, many of whom have had hundreds of
transfusions, met the project team on four occasions.>> <<P:They described being asked to confirm
their identity by nurses who already had the label in their hand, and they recommended that the
patient should be asked to state their name and date of birth before any label is printed, which became
the first step of the new process.>> <<P:At their suggestion, a wallet card was produced, headed 'You
can stop my transfusion', which tells regular recipients what checks to expect and that they may
refuse a unit if a check is missed.>>

<<S:Phlebotomists and healthcare assistants on two medical wards tested the handheld scanners for eight
weeks and identified that the label printer was too slow at night when many samples were taken, and
faster printers were procured before roll-out.>> <<S:Biomedical scientists at the network laboratory
worked with emergency department nurses to design the unknown-patient process, including a single
emergency identification number that is used throughout.>> <<S:The Hospital Transfusion Committee,
which includes clinicians from both organisations, approved each stage and changed the order of
roll-out so that the emergency department went first.>>

All staff who take blood samples completed updated competency assessments.
"""),
        ("value", "Value added", """
The handheld scanners and printers cost £186,000, partly funded by a charitable grant. Each wrong blood in
tube event that is detected requires a repeat sample and delays transfusion; each that is not detected
risks a fatal reaction, a never event investigation and litigation. The laboratory estimates that the
reduction in rejected samples has saved approximately 1,100 repeat samples a year.

For people who receive regular transfusions, the value is confidence that the blood they receive is
theirs.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I309  acute kidney injury in general practice - docx - reordered (people
#       section second, spread before evidence) - GP partner, chatty - no
#       patient involvement (sick day cards handed out, a patient
#       participation group shown the cards, a text survey with no change, a
#       plan) - staff involved
# ---------------------------------------------------------------------------
entry(
    id="I309", format="docx", layout="reordered", topic="aki_primary_care",
    project="independent20-akialert-309", docx_font="Calibri",
    title="Kidneys First: acting on acute kidney injury alerts in Tollbridge general practice",
    cover=[
        "Tollbridge GP Federation (21 practices) - lead entrant",
        "Working with Tollbridge and Wey Hospitals NHS Trust (Renal Medicine and Clinical Biochemistry) and Tollbridge Local Pharmaceutical Committee",
        "Written by a GP partner and the Federation's clinical lead for long-term conditions",
    ],
    primary_entrant=dict(name="Tollbridge GP Federation", type="primary_care"),
    partners=[
        dict(name="Tollbridge and Wey Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Tollbridge Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why we bothered", """
Most acute kidney injury (AKI) starts outside hospital. Somebody elderly gets a tummy bug or a chest
infection, stops eating and drinking, and carries on taking their water tablet, their blood pressure
tablet and the anti-inflammatory they bought at the supermarket. By the time anyone notices, their
kidneys have taken a battering, and some of those people never get all their kidney function back.

The hospital lab has been sending us AKI warning stage results for years. To be honest, in most
practices they went into the same inbox as every other blood result, to be looked at by whichever GP was
doing results that afternoon. A stage 3 AKI in an 84-year-old on four kidney-unfriendly medicines could
sit there for a day or two. When our federation looked at the hospital's data in 2021, about a third of
people admitted with AKI from our 21 practices had had an AKI alert from a community blood test in the
week before, and in most of those cases nothing had been done in between.

The other half of the problem is what happens after. People went home from hospital after an AKI with
their medicines restarted at full dose, no blood test booked and no idea that the same thing could
happen next time they got a bug.

Kidneys First is pretty simple. For stage 2 and 3 alerts, the lab now phones the practice on a dedicated
number, not the main switchboard, and the practice's duty doctor must look at it the same day using a
one-page checklist. Every practice has a searchable AKI register, fed by the lab. Anyone discharged after
an AKI gets a medicines review and a blood test within two weeks, booked by the practice pharmacist.
And community pharmacies give out 'sick day' cards, explaining which tablets to pause when you are
vomiting or have diarrhoea, with every relevant prescription.

I should say that none of this came from a grand plan. It started because one of our practice
pharmacists, looking at a significant event about a patient who ended up on dialysis, pulled out the AKI
alerts for the previous year and showed them at a federation clinical meeting. There was a long silence,
and then somebody said 'we need to talk to the lab'. That was more or less the project plan.
"""),
        ("stakeholders", "How we built it, and who with", """
<<S:The checklist was written by a group of six duty doctors, two practice pharmacists and a renal
registrar, and they threw out the hospital's four-page AKI guideline in favour of something that fits on
one screen.>> <<S:Practice receptionists told us that the lab's calls were being lost because nobody
knew which doctor to put them through to, which is why the calls now go to a dedicated duty line.>>
<<S:The consultant biochemists at Tollbridge and Wey agreed, after a couple of meetings with our
practice managers, to phone only stage 2 and 3 results and to send stage 1 electronically, because
phoning everything would have swamped the practices.>>

<<S:Community pharmacists from the LPC tested the sick day card in twelve pharmacies and changed the
wording after finding that 'ACE inhibitor' meant nothing to anyone; the card now lists tablets by name
and what they are for.>>

Patients were the reason for all this, of course. Everyone on the register was given a sick day card,
and the card was shown to the patient participation groups of five practices at their regular meetings.
We sent a text message survey to people on the register after six months; 312 replied, most said the
card was clear, and we left it as it was. We would really like to get some people who have had AKI to
help us with the next version of the card.
"""),
        ("spread", "Who else is doing it", """
The neighbouring federation in Wey Valley started using the duty line and checklist in January 2024,
and the hospital lab is now phoning stage 2 and 3 results to every practice in the ICB. The sick day
card has been adopted by the ICB's medicines optimisation team as its standard card.
"""),
        ("evidence", "The numbers", """
We used practice records and the hospital's AKI data, comparing the year before Kidneys First (2021/22)
with 2023/24.

<<Q:Stage 2 and 3 AKI alerts reviewed by a GP on the same day went up from 42% to 90%.>> <<Q:People
discharged after an AKI who had a medicines review and a blood test within two weeks rose from about one
in four to 78%.>> <<Q:Emergency admissions with AKI from our practices fell by 14%, from 486 to 418, over
a period in which the number of over-75s on our lists went up.>>

<<Q:Among people with a stage 3 alert, the proportion whose kidney-unfriendly medicines were paused within
24 hours rose from 31% to 84%.>> The practice pharmacists did 1,040 post-AKI reviews in 2023/24, and the
LPC reckons over 9,000 sick day cards have been given out.
"""),
        ("value", "What it costs and what it's worth", """
The extra cost is mostly pharmacist time, about £40,000 a year across the federation, paid for by the
ICB. Every avoided admission for AKI saves a few thousand pounds, and the longer-term saving from
kidneys that do not get worse is harder to count but probably larger. Duty doctors also tell us that
they prefer a phone call and a checklist to a red result sitting in a queue.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I310  patient identification wristbands - docx - bold headings with a
#       cover table - PRIVATE company is the primary entrant with NHS trust
#       partners (ineligible) - polished bid-writer register - Q, P and S
# ---------------------------------------------------------------------------
entry(
    id="I310", format="docx", layout="bold_headings", topic="patient_identification_wristbands",
    project="independent20-wristbands-310", docx_font="Segoe UI",
    title="Band Together: reliable patient identification from front door to discharge",
    cover_table=[
        ("Entry title", "Band Together: reliable patient identification from front door to discharge"),
        ("Primary entrant", "Identica Healthcare Systems Ltd"),
        ("Partner organisations", "Thornbury and Vale Hospitals NHS Trust; Ridgeway Children's Hospital NHS Foundation Trust"),
        ("Award category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Director of Clinical Partnerships, Identica Healthcare Systems Ltd, 4 Mercer Court, Thornbury TB2 6QE - 01632 963 550"),
    ],
    primary_entrant=dict(name="Identica Healthcare Systems Ltd", type="private"),
    partners=[
        dict(name="Thornbury and Vale Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Ridgeway Children's Hospital NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The challenge", """
Every safety check in a hospital, from giving a medicine to taking a blood sample or starting an
operation, depends on knowing who the patient is. The patient identification wristband is the foundation
of that process, yet it is frequently treated as an afterthought. Wristbands are handwritten, printed on
the wrong printer, missing altogether, or unreadable because they have been in the shower for a week.
Patients who cannot tell staff who they are, including babies, young children, people who are unconscious
and people living with dementia, depend on them entirely.

In 2021 Thornbury and Vale Hospitals and Ridgeway Children's Hospital each reported more than 150
identification incidents a year. Spot checks at Thornbury and Vale found that roughly one inpatient in
eleven had no wristband, or one that could not be scanned. At Ridgeway, parents frequently removed bands
from babies and small children because they rubbed or were too tight, and bands were then left off.

Identica Healthcare Systems designs and supplies patient identification and scanning systems to NHS and
independent hospitals. Band Together was developed with both trusts to address the whole life of the
wristband: a single printed band generated at registration in every department, including the
emergency department and outpatients; a barcode that is used for every scan, from medicines to samples;
soft, adjustable bands in three sizes for babies and children; and a skin-friendly band for frail older
people. A dashboard for ward managers shows every patient who has not had a successful scan in the
previous twelve hours, which almost always means a missing or damaged band.

From the outset, Band Together was run as a joint programme rather than a product installation. Each
trust appointed a clinical lead and a clinical safety officer, and a joint programme board met monthly
throughout the eighteen-month implementation. The hazard log for the system was reviewed and signed off
by both trusts before each phase went live. Identica's role was to design, supply and support the
technology and to provide an implementation team on site; the trusts owned the clinical processes,
including their patient identification policies, which were updated to reflect the new system.

Roll-out was phased, beginning with the emergency departments and admissions units, where most
wristbands are first applied, then moving to inpatient wards, theatres, outpatients and, at Ridgeway,
the neonatal unit.
"""),
        ("evidence", "Results", """
Both trusts compared the year before implementation with the first full year after (2021 and 2023).

<<Q:At Thornbury and Vale, the proportion of inpatients found without a readable wristband at monthly
spot checks fell from 9% to 1%.>> <<Q:Identification incidents reported across the two trusts fell from
331 to 142.>> <<Q:At Ridgeway, the number of children found without a band on the wards dropped by more
than two thirds.>>

<<Q:Scanning before medicines administration, which depends on a readable band, rose from 64% of doses to
93% at Thornbury and Vale.>>

<<Q:At Ridgeway, incidents in which a blood sample was labelled for the wrong child fell from eleven in
2021 to two in 2023.>> Both trusts continue to run monthly wristband spot checks, and the results are
reported to their patient safety committees.
"""),
        ("stakeholders", "Partnership and engagement", """
<<S:Ward sisters and phlebotomists at Thornbury and Vale tested four prototype bands over a three-month
trial, and their feedback that the barcode wore off after repeated hand gel use led us to change the
laminate.>> <<S:Emergency department receptionists redesigned the registration screen with our
developers so that the band prints automatically when a patient is booked in, removing a separate step
that was often missed at busy times.>> <<S:Ridgeway's neonatal nurses specified the fastening for the
smallest band after trialling it on the unit.>>

<<P:Parents on Ridgeway's parent advisory group tried the children's bands on their own children at
home for a fortnight, and their reports of redness under the clasp led to the soft silicone fastening
that is now used.>> <<P:A group of older patients and carers from Thornbury's dementia carers' café
chose the typeface and colour of the adult band, asking for large, dark print that could be read without
glasses.>>

Our implementation team provided training for more than 2,000 staff across the two trusts.
"""),
        ("value", "Value", """
The system is supplied under a five-year managed service agreement, with a cost per band comparable to
the trusts' previous supplies and a one-off cost of £210,000 for printers and scanners. Each serious
identification error, such as a transfusion or medication given to the wrong patient, can cost a trust
far more in harm, investigation and litigation.

Ward managers at both trusts report that the dashboard has changed the conversation at the daily safety
huddle: instead of discovering a missing band when something goes wrong, staff can see and fix it before
a medicine is due. For patients and families, particularly the parents of small children, a band that is
comfortable is a band that stays on.
"""),
        ("spread", "Spread", """
Two further trusts have adopted Band Together since 2023, and the children's bands are now part of our
standard product range. We have presented the results at a national patient safety conference with
colleagues from both partner trusts.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I311  the deteriorating patient in a prison - docx - form table - head of
#       healthcare, plain and practical - no patient involvement (prisoners as
#       beneficiaries, the prisoner council informed, complaints read, a plan
#       for peer health champions, an explicit negation) - no quantitative
#       evidence (activity counts, a single audit figure, an inspection
#       comment, a target) - staff involved
# ---------------------------------------------------------------------------
entry(
    id="I311", format="docx", layout="form_table", topic="deteriorating_patient_prison",
    project="independent20-prisoncodes-311", docx_font="Arial",
    title="Behind the Door: recognising and responding to deterioration at HMP Ravensholme",
    cover_table=[
        ("Title of entry", "Behind the Door: recognising and responding to deterioration at HMP Ravensholme"),
        ("Lead organisation", "Fellside Community and Mental Health NHS Foundation Trust - Health and Justice Services"),
        ("Partners", "HMP Ravensholme (HM Prison and Probation Service); Northmoor Ambulance Service NHS Trust"),
        ("Contact", "Head of Healthcare, HMP Ravensholme - 01632 964 020"),
    ],
    primary_entrant=dict(name="Fellside Community and Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="HMP Ravensholme", type="public_other"),
        dict(name="Northmoor Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "What was the problem?", """
HMP Ravensholme is a category B local prison holding around 1,100 men. Our trust provides the healthcare
service, with nurses on site 24 hours a day and GP cover during the day. The men in our care have far
higher rates of physical and mental illness than the general population, and drug use, including
synthetic cannabinoids, is common. People in prison become acutely unwell in the same way as anyone
else, but getting help to them is harder. At night, men are locked in their cells, and the nurse cannot
open a cell door without officers present. An ambulance crew arriving at the gate must be searched,
escorted and taken through a series of locked doors.

Deaths in custody reviews at Ravensholme, and at other prisons, had raised the same concerns more than
once: officers who noticed a man was unwell but were not sure whether to call healthcare; emergency
codes used inconsistently, so that a nurse did not know whether she was running to a fight or a cardiac
arrest; observations not being taken or recorded in a way that showed deterioration; and long delays
getting an ambulance crew from the gate to the cell.

We worked with the prison and the ambulance service on a joint approach. The radio codes were made
clear: Code Blue for someone not breathing or unconscious, Code Red for bleeding. NEWS2 was introduced in
healthcare for every man seen with an acute problem, with an escalation chart that says when to call the
GP, the out-of-hours doctor or 999. Officers were given a short 'worried about someone' guide covering
what to look for through the observation panel at night. An emergency escort plan means that when a
999 call is made, the gate is told at once, an escort officer is waiting, and the crew is taken straight
to the patient with a pre-agreed search process. Emergency grab bags with oxygen, suction and a
defibrillator were placed on every wing.
"""),
        ("evidence", "What evidence do you have?", """
Since the changes started in June 2022, 460 officers and 58 healthcare staff have completed the joint
emergency response training. There have been 212 Code Blue and Code Red calls. All 14 wings now have a
grab bag, which is checked every day.

In our most recent audit, in February 2024, NEWS2 was recorded for 92% of men seen in healthcare with
an acute problem. Our target is 100%.

The prison's most recent inspection report described the emergency response as 'well-coordinated and
swift', and the Prisons and Probation Ombudsman's investigator commented favourably on the escort
arrangements in a recent death in custody report. Ambulance crews have told us they notice the
difference at the gate.

We are working with the ambulance service on how to measure time from the 999 call to the crew reaching
the patient, which is not currently recorded in a way we can extract.
"""),
        ("stakeholders", "Who was involved and how?", """
<<S:Night-shift officers and healthcare assistants walked the route from the gate to every wing with
ambulance paramedics at three in the morning, timing each locked door, and it was the officers who
proposed keeping a set of keys in a sealed pouch at the gate for emergency escorts, which the governor
approved.>> <<S:Wing nurses rewrote the NEWS2 escalation chart after the first month because it told
them to call a GP who was not on site at night, and the new version names the out-of-hours service
instead.>> <<S:Paramedics from Northmoor's Ravensholme station asked that the grab bags match the layout
of their own kit, and the bags were repacked to that layout.>>

<<S:The prison's safer custody team and our patient safety lead now review every Code Blue together each
month, and they have changed the radio code guidance twice as a result.>>

The men themselves were not involved in designing the changes. The prisoner council was told about the
new codes at its monthly meeting, and we read every healthcare complaint from 2021 and 2022 before we
started. We would like to train peer health champions on each wing, so that men can raise concerns about
each other's health, and we have asked the prison for permission to start this next year.
"""),
        ("value", "What value has the partnership added?", """
The grab bags and equipment cost about £26,000, paid for by the trust. Training was delivered jointly by
our clinical educator and the prison's own trainers, so officers could attend during normal duty hours.
A single avoidable death in custody has an immeasurable cost to a family and to the staff involved, as
well as the cost of inquests and investigations.

None of us could have done this alone. The prison holds the keys, literally; we have the clinical
knowledge; and the ambulance service knows what its crews need when they arrive.
"""),
        ("spread", "How has it been shared?", """
The emergency escort plan and radio code guidance have been shared with the four other prisons in the
region through the regional health and justice partnership board. One of them has adopted the escort
plan. The ambulance service has added prison escort information to its control room records for every
prison in its area.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I312  pressure ulcers on district nursing caseloads - pdf - caps headings -
#       tissue viability nurse, direct - family carers involved (including a
#       named carer in the context section) - no staff involvement (district
#       nurses trained, equipment technicians briefed, a single lead writing
#       the guidance, a staff survey that changed nothing, a plan for a forum)
# ---------------------------------------------------------------------------
entry(
    id="I312", format="pdf", layout="caps_headings", topic="pressure_ulcers_district_nursing",
    project="independent20-skinathome-312", pdf_font="DejaVuSans", pdf_align="L",
    title="Skin at Home: preventing pressure ulcers for housebound people cared for by their families",
    cover=[
        "Submitted by Wendlebury Community Health NHS Trust (District Nursing and Tissue Viability)",
        "Partners: Wendlebury County Council (Community Equipment Service) ; Carers Together Wendlebury (charity)",
        "Lead author: Tissue Viability Nurse Consultant. Ref WCH/TV/2024-07",
    ],
    primary_entrant=dict(name="Wendlebury Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Wendlebury County Council", type="local_authority"),
        dict(name="Carers Together Wendlebury", type="charity"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
District nurses in Wendlebury care for around 3,600 housebound people at any one time. Many are frail,
spend most of the day in a chair or bed and are at high risk of pressure ulcers. Unlike a hospital
ward, where staff are present around the clock, the people who do most of the day-to-day care at home
are family members: husbands and wives in their eighties, daughters who work full time, and sometimes
children. District nurses visit, but they may see someone for twenty minutes a week.

In 2021/22 the Trust reported 188 category 3 and 4 pressure ulcers that developed in patients on
district nursing caseloads, and each one was investigated. The same findings came up repeatedly.
Pressure-relieving mattresses ordered through the council's equipment service took up to ten days to
arrive. Carers had not been told what early skin damage looks like, or had been told once and then left
alone. Turning and repositioning plans were written in the nursing notes, which were kept on a laptop
that went away with the nurse. And when the skin did start to break down, carers were not sure who to
ring, and often waited for the next planned visit.

<<P:One of the people who changed our approach was Mrs Jean Atkins, who cared for her husband at home for
three years, and who sat with us in 2022 to go through, page by page, the paperwork she had been given
when he first became bedbound.>> <<P:She told us that none of it had said what to do at the weekend, and
the weekend page of our new carers' pack was drafted with her.>>

Skin at Home has four parts. A carers' pack, in plain language with photographs, explains how to check
the skin and what to look for. A simple repositioning diary stays in the house, so that the carer and
every visiting professional can see what has been done. The council's equipment service now delivers
high-risk mattresses within 48 hours, and the same day for people being discharged from hospital. And
a dedicated skin line, answered by the district nursing hub from eight in the morning to eight at night,
seven days a week, means that carers can ring with a concern and be visited the same day.
"""),
        ("evidence", "EVIDENCE OF IMPROVEMENT", """
We compared 2021/22 with 2023/24 across all district nursing teams.

<<Q:Category 3 and 4 pressure ulcers developing on district nursing caseloads fell from 188 to 109.>>
<<Q:The median time from a high-risk mattress being ordered to its delivery fell from six working days to
one.>> <<Q:Among patients who developed a pressure ulcer, the proportion whose carer had been given
written information about skin checking rose from 22% to 86%.>>

<<Q:Category 2 ulcers that progressed to category 3 or worse, which tells us whether early damage is being
caught, fell by more than half.>> The skin line took 2,140 calls in its first full year.
"""),
        ("stakeholders", "CARERS, PARTNERS AND STAFF", """
<<P:Carers Together Wendlebury brought together fourteen family carers of people who are bedbound, who
met with us over four evenings.>> <<P:They told us that a paper diary was better than an app, because
many of them did not have a smartphone or did not want to use one for this, and the repositioning diary
was designed with them.>> <<P:It was the carers who asked for photographs of real skin on different skin
tones rather than drawings, after several said that the redness described in our old leaflet is hard to
see on darker skin.>>

<<P:Young carers supported by the charity tested a shorter version of the pack written for children and
teenagers who help look after a parent.>>

All 410 district nurses and healthcare assistants completed a half-day update on skin assessment and the
new pack. Technicians at the council's equipment service were briefed on the 48-hour standard. The
carers' pack, the diary and the clinical guidance were written by me, as the Trust's tissue viability
lead, and signed off by the Trust's pressure ulcer steering group. We surveyed district nursing staff
after six months; most were positive and we did not change anything. We plan to set up a practitioner
forum for district nurses later this year.
"""),
        ("value", "VALUE", """
The packs and diaries cost about £4 per patient. The faster equipment delivery costs the council around
£60,000 a year in additional delivery slots, shared with the Trust under the section 75 agreement. The
skin line uses existing hub staff. Treating a category 4 pressure ulcer can cost more than £14,000, and
it can take months of district nursing visits to heal, if it heals at all.

There is also value for carers themselves, who tell us they feel less alone.
"""),
        ("spread", "SPREAD", """
The carers' pack has been adopted by the two neighbouring community trusts and translated into four
languages. The council has applied the 48-hour standard to all urgent equipment, not only mattresses, and
the regional tissue viability network has asked us to present the skin tone photographs at its next
meeting.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I313  safeguarding referrals from the emergency department - docx - no
#       headings - named nurse for safeguarding, long reflective paragraphs -
#       departments of one trust called a partnership, no partner organisation
#       (ineligible), prose 'submitted by' cover - no patient involvement
#       (children and parents as beneficiaries, parents told about referrals,
#       an explicit negation, a plan) - staff involved, Q present
# ---------------------------------------------------------------------------
entry(
    id="I313", format="docx", layout="no_headings", topic="safeguarding_referrals_ed",
    project="independent20-seeingthechild-313", docx_font="Georgia",
    title="Seeing the Child Behind the Adult: safeguarding referrals from Saltmarsh Emergency Department",
    cover=[
        "Submitted by the Named Nurse for Safeguarding Children on behalf of Saltmarsh General Hospitals NHS Trust, whose Emergency Department, Paediatric Liaison Service and Digital Services team have worked in partnership on this project since 2022.",
        "Safeguarding Team, Saltmarsh General Hospital, Harbour Road, Saltmarsh SM4 2LP",
    ],
    primary_entrant=dict(name="Saltmarsh General Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", None, """
Most children who come to harm at home are never seen in an emergency department themselves. Their
parents are. A mother attends with injuries she says came from a fall; a father is brought in by the
police after an overdose; a grandmother who looks after three grandchildren is admitted after a stroke.
In each case there may be children at home who are at risk, and the emergency department may be the
only service that knows something has changed. National reviews of serious cases have repeatedly found
that adult services missed the chance to think about the children in a household, and our own local
reviews said the same.

In 2021 the Saltmarsh emergency department saw about 96,000 adults. The electronic record asked, at
triage, whether the patient had 'dependants', but the question could be skipped, and the answer went
nowhere. If a nurse or doctor was worried, they had to find a paper referral form, fill it in by hand,
and fax or email it to the council's children's services front door and copy it to the paediatric
liaison health visitor. Forms were incomplete, sent to the wrong address or never sent at all, because
the person who started them was called away to another patient. Health visitors and school nurses, who
could have offered early help without a formal referral, were often never told.

Over two years, the emergency department, the paediatric liaison service and the Trust's digital
services team rebuilt this process. The triage question about children is now mandatory and asks for the
children's names, ages and who is looking after them now. Certain presentations, such as domestic
abuse, overdose, serious mental illness, alcohol or drug intoxication and a parent admitted as an
emergency, automatically prompt the clinician to complete a short, structured 'think family' screen in
the record. If the screen identifies a concern, the referral to children's services is generated
electronically, prefilled from the record, and the paediatric liaison team receives a copy the same day
and sends a notification to the child's health visitor or school nurse.

It would be easy to describe this as an IT project, and in one sense it was. But the real change was in
what we expect of an emergency department clinician who is looking after an adult. Before, asking about
children felt to many of our staff like an intrusion, something that might damage their relationship
with a patient who was already frightened or angry, and something that belonged to social workers rather
than to nurses and doctors. We spent as much time on that as on the screens. Every new member of the
department now spends an hour with the paediatric liaison team during induction, and the stories that
are told in that hour are about children whose parent's attendance was the only warning anyone had.
"""),
        ("evidence", None, """
We compared the twelve months before the new process (2021) with 2023. <<Q:Adult attendances in which the
presence of children in the household was recorded rose from 38% to 94%.>> <<Q:Referrals to children's
services from the emergency department were far more often complete: the proportion returned by the
council's front door as incomplete dropped from 29% to 4%.>> <<Q:The median
time from the patient's attendance to the health visitor or school nurse receiving a notification fell
from eleven days to one.>>

<<Q:Among adults attending after domestic abuse, the proportion for whom a think family screen was
completed rose from roughly half to 97%.>> The total number of referrals to children's services also went
up, which we expected, and the council has told us that most of our referrals still go on to an
assessment, which suggests we are not simply referring more children who do not need it.
"""),
        ("stakeholders", None, """
<<S:The triage screen was redesigned by a small group of emergency department nurses, including two
band 5 nurses who had been qualified less than a year, with the digital services team, and it was they
who insisted that the question about children come before the pain score rather than at the end, where
it had been skipped.>> <<S:Paediatric liaison health visitors reviewed a month of referrals with the
emergency department consultants and agreed which presentations should trigger the screen.>> <<S:The
department's reception staff pointed out that many adults arrive with their children in tow, and at their
suggestion the record now has a box for children present in the department.>> <<S:Junior doctors piloted
the electronic referral for a fortnight and asked that it prefill the GP and school details, which saved
several minutes per referral.>>

This work was always about the children in these families, even though they are not our patients.
Parents are told when a referral or notification is made, as they always have been, and a leaflet
explaining why we ask about children is given at triage. We did not ask parents or young people for
their views during the redesign, and we recognise that gap. The Trust's safeguarding committee has agreed
that we will seek the views of families who have been referred next year.
"""),
        ("value", None, """
The changes to the electronic record were made by the Trust's own digital team at a cost of about
£35,000 in staff time. Early help for a family, from a health visitor or school nurse, costs a small
fraction of what it costs when a child comes into care. For the children, the value is that someone
noticed them when their parent was in crisis.
"""),
        ("spread", None, """
The think family screen has been built into the Trust's acute medical unit and maternity triage. Two
other trusts using the same electronic record supplier have asked for our configuration, and the local
safeguarding children partnership has used our work in its multi-agency training.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I314  hypoglycaemia after an ambulance call - pdf - numbered questions -
#       consultant paramedic voice - people with diabetes co-designed the
#       leave-behind pack - no staff involvement (crews trained, diabetes
#       nurses doing their job, a single project lead, a crew survey that
#       changed nothing, clinical governance sign-off)
# ---------------------------------------------------------------------------
entry(
    id="I314", format="pdf", layout="numbered_questions", topic="hypoglycaemia_ambulance_follow_up",
    project="independent20-hypofollowup-314", pdf_font="LiberationSerif",
    title="After the Hypo: follow-up for people treated at home by ambulance crews for low blood sugar",
    cover=[
        "Westmarch Ambulance Service NHS Trust (primary entrant) with Westmarch Hospitals NHS Trust - Diabetes Specialist Nursing Service - and the Westmarch Type 1 Network",
        "Entry prepared by the Consultant Paramedic for Long-Term Conditions",
    ],
    primary_entrant=dict(name="Westmarch Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Westmarch Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Westmarch Type 1 Network", type="patient_group"),
    ],
    sections=[
        ("context", "Q1. What problem did you set out to solve?", """
Ambulance crews in Westmarch attend around 3,000 people a year with a severe hypoglycaemic episode,
where blood sugar has fallen so low that the person needs help from someone else. Most are treated with
glucose or an injection of glucagon, recover at home and do not need to go to hospital. That is good
for them and for the emergency department. The difficulty was that, once the crew left, nothing else
happened. The GP might receive a copy of the patient record a few days later, but the diabetes team
usually never knew.

A severe hypo is a warning sign. People who have one are much more likely to have another, and some go
on to have a hypo while driving, a fall, a seizure or, very rarely, die. The cause is often fixable: an
insulin dose that was not reduced after weight loss, a new medicine, kidney function that has changed,
or a sensor that has stopped working. In 2021 we looked at repeat calls and found that one in seven people
treated at home for a hypo called us again within 30 days.

After the Hypo links every person treated and left at home to the hospital's diabetes specialist nurses.
The crew completes a short electronic referral on the patient record before leaving. The diabetes
nurses phone the person within one working day, review their insulin and treatment, and arrange a clinic
appointment if needed. The crew also leaves a pack with the person: a tube of glucose gel, a card
explaining what to do in the next 24 hours, and advice on driving.

We were clear from the start that we did not want to take more people to hospital. Leaving someone at
home after a hypo is usually the right thing to do; what was missing was the next step. The question was
how to make a referral so simple that a crew would do it every time, at three in the morning, in
someone's kitchen, and how to make sure the person at the other end would act on it the next morning.
"""),
        ("evidence", "Q2. What difference has it made?", """
We compared the calendar year 2021 with 2023, using ambulance service records linked to the diabetes
service's contact database.

<<Q:The proportion of people treated at home for a severe hypo who were referred to the diabetes team
rose from 11% to 86%.>> <<Q:Repeat ambulance calls for hypoglycaemia within 30 days fell from 14% of
people treated at home to 7%.>> <<Q:Among people referred, the median time to a call from a diabetes
specialist nurse fell from nine days, when a referral happened at all, to one working day.>>

<<Q:Conveyance to hospital for hypoglycaemia decreased from 31% of calls to 24%, as crews became more
confident that follow-up would happen.>> In 2023 the diabetes nurses made 2,300 follow-up calls.

The diabetes nurses record the cause of each hypo where they can find one. The most common causes were
insulin doses that had not been adjusted after a change in eating, alcohol, and people who had lost the
warning signs of a hypo after many years of diabetes. Around one in five people referred were offered a
glucose sensor as a result of the call.
"""),
        ("stakeholders", "Q3. Who was involved?", """
<<P:Members of the Westmarch Type 1 Network, all of whom have had a severe hypo themselves, designed the
leave-behind pack with us at three evening meetings.>> <<P:They told us the first thing people want to
know after a hypo is whether they can drive to work the next day, so the driving advice moved from the
back of the card to the front.>> <<P:The network's members also listened to recordings of our trial
follow-up calls and asked the nurses to start by asking how the person is feeling, rather than what they
had eaten, which many described as feeling blamed.>>

<<P:Partners and parents of people with type 1 diabetes, invited through the network, added a section on
what family members should do if the person becomes drowsy again overnight.>>

All frontline crews completed a ten-minute module on the referral before it went live. The diabetes
specialist nurses took on the follow-up calls as part of their existing role. The referral form was
designed by me as the clinical lead and approved by the ambulance service's clinical governance group.
A survey of crews after six months found that most thought the referral was quick to complete, and it
was not changed.
"""),
        ("value", "Q4. What value does it add?", """
The glucose gel and printed pack cost about £3 per person. The diabetes nurse time is met within the
hospital's existing service. An avoided repeat ambulance call saves around £250, and an avoided
admission after a severe hypo saves over £1,000. The most important value is preventing the next hypo,
which could be the one that happens at the wheel.
"""),
        ("spread", "Q5. How could it spread?", """
The electronic referral has been built into the ambulance service's patient record across the whole
service area, and two further diabetes teams in neighbouring trusts began receiving referrals in 2024.
We have shared the leave-behind pack with the national ambulance diabetes leads' group.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I315  police mental health detentions with physical illness - docx - style
#       headings - joint voice of a police inspector and a mental health nurse
#       - people with lived experience and staff involved - no quantitative
#       evidence (activity counts, a single proportion with no baseline,
#       qualitative feedback, a planned evaluation)
# ---------------------------------------------------------------------------
entry(
    id="I315", format="docx", layout="style_headings", topic="police_mental_health_detention_physical_health",
    project="independent20-redflags136-315", docx_font="Calibri",
    title="Body and Mind: making sure physical illness is not missed when police detain someone in mental health crisis",
    cover=[
        "Kestrelvale Partnership NHS Foundation Trust (mental health and learning disability services) - lead",
        "With Kestrelvale Constabulary, Kestrelvale Hospitals NHS Trust (Emergency Department) and Open Door Kestrelvale (crisis cafe charity)",
        "Written jointly by a police inspector (Mental Health Lead) and the Trust's Crisis Services Nurse Consultant",
    ],
    primary_entrant=dict(name="Kestrelvale Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Kestrelvale Constabulary", type="emergency_service"),
        dict(name="Kestrelvale Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Open Door Kestrelvale", type="charity"),
    ],
    sections=[
        ("context", "Why this matters", """
When a police officer finds someone in a public place who appears to be in a mental health crisis, they
can use section 136 of the Mental Health Act to take that person to a place of safety to be assessed. In
Kestrelvale that place of safety is normally the suite at our Ashgrove mental health unit, which is not a
general hospital and has no emergency doctor on site.

Over several years, both of our organisations had been involved in cases where the mental health crisis
was only half the story. A man detained on a bridge had taken a large overdose of paracetamol an hour
earlier and did not say so. A woman who was agitated and confused turned out to have a head injury. A
young man thought to be psychotic had diabetic ketoacidosis. In each case, he or she was taken to the
mental health suite, waited there while staff tried to arrange an assessment, and was then moved to the
emergency department when someone realised they were physically unwell. In the worst of these cases
the delay was more than four hours, and the person spent part of that time in the back of a police van
outside the suite because it was already occupied. Nobody was at fault in the usual
sense: the officer saw a mental health crisis, and that is where the person went.

Body and Mind has three parts. A mental health nurse now sits in the police control room from midday
to two in the morning, giving advice to officers on scene before they decide whether to detain. Officers
use a short 'red flags' checklist before conveying anyone under section 136: has the person taken
anything, are they injured, are they unusually drowsy, confused or breathless, do they have a known
physical condition. If any red flag is present, the person goes to the emergency department first, where
a liaison psychiatry nurse meets them, rather than to the mental health suite. And the mental health
suite now carries out a set of physical observations within fifteen minutes of every arrival, with a
direct line to the emergency department consultant for advice.

Police Inspector: I have been a police officer for nineteen years, and I have lost count of the number of
times I have stood in a corridor with someone under section 136 wondering whether I had brought them to
the right place. Officers are not clinicians, and we were never going to become clinicians. What we
needed was a clear, short set of questions we could ask at the roadside, and someone at the end of the
radio who could help us make the decision.

Nurse Consultant: From the health side, we had to accept that our place of safety was not always the
safe place. Our staff in the suite are mental health nurses, and they are very good at what they do,
but some of them had not taken a full set of physical observations for years. The changes in the suite
were as important as the changes on the street.
"""),
        ("evidence", "What we have achieved", """
The control room nurse has taken 2,410 calls from officers since the service began in April 2022. Around
four in ten of those calls ended without anyone being detained, because the nurse was able to arrange
another way to help the person, such as a visit from the crisis team or a place at the crisis cafe.

Officers completed the red flags checklist for 312 people detained under section 136 in 2023, and 61 of
them were taken to the emergency department first because a red flag was present. In the mental health
suite, physical observations were recorded within fifteen minutes for 95% of arrivals in the last
quarter of 2023.

Officers have told us that having a nurse on the radio has changed how they approach these calls. One
response sergeant said: 'I used to think my job was to get them to Ashgrove. Now I ask whether they've
taken anything before I ask anything else.'

We have asked the university's mental health research unit to evaluate the service, including whether
fewer people are transferred from the mental health suite to the emergency department after arrival, and
we expect the first results next year.
"""),
        ("stakeholders", "People who shaped the work", """
<<P:Open Door's peer supporters, all of whom have been detained under section 136 in the past, spent two
sessions with us going through the red flags checklist.>> <<P:They pointed out that people in crisis
often will not answer 'have you taken anything?' when it is asked by a police officer in front of other
people, and their suggested wording, 'we want to make sure you're physically safe, is there anything in
your system we should know about?', is now printed on the checklist.>> <<P:One of them, who had been
detained while unknowingly suffering from a serious infection, spoke at every one of the joint training
days for officers.>>

<<S:Response officers and control room dispatchers took part in two workshops to decide what the
control room nurse should and should not do, and it was the dispatchers who asked for the nurse to sit
beside them rather than in a separate room.>> <<S:Emergency department consultants and liaison
psychiatry nurses agreed the red flags with the crisis team, and removed two items that officers said
they could not assess at the roadside.>> <<S:Staff in the mental health suite chose the observation
equipment and asked for a direct phone line to the emergency department, which was installed.>>
"""),
        ("value", "Value", """
The control room nurse posts cost about £190,000 a year, jointly funded by the Constabulary and the
Trust. An officer pair can spend a whole shift waiting with one person under section 136, and every
detention that is avoided frees them for other calls. More importantly, someone who is physically unwell
now gets to the emergency department first, rather than after hours in a place that cannot treat them.

The partnership has had benefits that are harder to price. Officers and mental health staff now train
together twice a year, and people who used to meet only when something had gone wrong now know each other
by name. When there is a disagreement on a difficult night, it is settled by a phone call rather than a
complaint the next morning.
"""),
        ("spread", "Spreading it", """
The red flags checklist has been adopted by the two neighbouring police forces that share the
Kestrelvale mental health suite, and by British Transport Police officers working in our area. The
regional mental health crisis network is using our observation standard in its new guidance for health
based places of safety.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I316  valproate in women and girls - pdf - reordered (results first, then
#       people, then background) - ICB medication safety officer, formal -
#       women affected by valproate in pregnancy involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I316", format="pdf", layout="reordered", topic="valproate_pregnancy_prevention",
    project="independent20-valproate-316", pdf_font="LiberationSans", pdf_align="L",
    title="Informed Every Time: valproate safety for women and girls across Ashdown and Weald",
    cover=[
        "Primary entrant: NHS Ashdown and Weald Integrated Care Board (Medicines Optimisation)",
        "Partners: Ashdown Hospitals NHS Trust (Neurology) | Ashdown and Weald Mental Health NHS Foundation Trust | Ashdown Local Pharmaceutical Committee | In Our Words (a group of mothers and young adults affected by valproate in pregnancy)",
        "Contact: Medication Safety Officer, NHS Ashdown and Weald ICB",
    ],
    primary_entrant=dict(name="NHS Ashdown and Weald Integrated Care Board", type="icb"),
    partners=[
        dict(name="Ashdown Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Ashdown and Weald Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="Ashdown Local Pharmaceutical Committee", type="primary_care"),
        dict(name="In Our Words", type="patient_group"),
    ],
    sections=[
        ("evidence", "Outcomes", """
The results below compare March 2022, when the programme began, with March 2024. They are drawn from
general practice records across the ICB's 94 practices, from hospital and mental health trust records,
and from an audit of dispensing in 60 community pharmacies.

<<Q:Women and girls aged 12 to 55 taking valproate who had a signed annual risk acknowledgement form
increased from 23% to 81%.>> <<Q:Those with a documented pregnancy prevention programme in place rose
from 41% to 88%.>> <<Q:Valproate dispensed in the manufacturer's whole original pack, with the warning
card and pictogram, rose from 54% to 97% of dispensings in the audited pharmacies.>>

<<Q:New starts of valproate in women and girls under 55 fell from 38 in 2021/22 to 9 in 2023/24, and each
of the nine was signed off by two specialists as required.>> <<Q:Pregnancies exposed to valproate fell
from four in 2021/22 to none in 2023/24, although the numbers are too small to draw a firm
conclusion.>>

Our aim is that 95% of women and girls on valproate have an up-to-date annual review, and we are not
there yet.
"""),
        ("stakeholders", "Who was involved", """
<<P:In Our Words is a group of eleven mothers whose children were harmed by valproate in pregnancy, and
three of their now adult children, and they have been part of this programme from its first meeting.>>
<<P:They told us that many women had been handed the annual risk form to sign in a hurry at the end of
a routine appointment, and they rewrote the invitation letter so that it explains, before the
appointment, why the conversation matters.>> <<P:Two of the mothers recorded short videos about their
own experience, which are now sent with the letter, and one of the young adults sits on the programme
board.>>

<<S:Neurologists and psychiatrists from both trusts agreed a shared process for the annual review, after
specialist nurses pointed out that women with both epilepsy and bipolar disorder were being reviewed
twice or not at all.>> <<S:Community pharmacists piloted a dispensing checklist in ten pharmacies and
asked for a laminated card at the dispensary counter showing what to say to a woman collecting
valproate, which was produced with the LPC.>> <<S:GP practice administrators helped design the search
that finds every woman on valproate, and flagged that women prescribed it only by the hospital were
missing from practice lists.>>

<<S:The programme board, chaired by the ICB's chief pharmacist, brings together a neurologist, a
consultant psychiatrist, a community pharmacist from the LPC and two GPs, and at its meetings every two
months it reviews the register data and decides what to change next.>>
"""),
        ("context", "Background", """
Sodium valproate is an effective medicine for epilepsy and bipolar disorder. Taken during pregnancy, it
carries a high risk of physical birth defects and of developmental and learning difficulties in the
child. Since 2018, national regulation has required that it must not be used in women and girls who
could become pregnant unless a pregnancy prevention programme is in place, including an annual review by
a specialist and a signed annual risk acknowledgement form.

In 2021 the ICB found that around 620 women and girls aged 12 to 55 in Ashdown and Weald were taking
valproate. Responsibility for the annual review was unclear, divided between neurology, psychiatry and
general practice, and many women had never had one. Community pharmacies split packs and handed over
valproate without the warning card. Some women told us they had never been told of the risk at all.

Informed Every Time brought the organisations together under a single ICB-led programme. A shared
register lists every woman and girl taking valproate, and who is responsible for her annual review. Every
woman is invited to a specialist review each year, either in clinic or by video. Pharmacies dispense
valproate only in whole packs and check, at every supply, that the woman knows about the risks and
has a review date. Women who wish to consider stopping or changing their medicine are offered a joint
appointment with a specialist nurse.

None of this is about persuading women to stop a medicine that works for them. For some women valproate
is the only medicine that controls their seizures or keeps them well. The aim is that every woman
makes that choice knowing the facts, with contraception in place if she needs it, and with a specialist
who knows her.
"""),
        ("value", "Value", """
The programme costs around £95,000 a year, mainly for specialist nurse time and the register, funded by
the ICB. The lifetime cost of supporting a child with fetal valproate spectrum disorder is many times
this, and the harm to that child and family cannot be reversed.
"""),
        ("spread", "Spread", """
The register and invitation letter have been shared with the other ICBs in the region, and two of them
have adopted the letter written by In Our Words. The same approach is now being applied to topiramate,
which has recently been subject to similar safety measures.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I317  fire safety for people on home oxygen - docx - bullet lists - fire
#       service station manager, brisk - private oxygen supplier as partner
#       (fine) - home oxygen users and staff involved - no quantitative
#       evidence (visits, valves fitted, a single year's fire count, a
#       referral count, quotes, a target)
# ---------------------------------------------------------------------------
entry(
    id="I317", format="docx", layout="bullet_lists", topic="home_oxygen_fire_safety",
    project="independent20-oxygenfire-317", docx_font="Arial",
    title="Safe Air at Home: joint fire safety visits for people using home oxygen",
    cover=[
        "Lead: Westfold Fire and Rescue Service (Prevention and Community Safety)",
        "Partners:",
    ],
    cover_bullets=[
        "Westfold Community Health NHS Trust - Home Oxygen Assessment and Review Service",
        "NHS Westfold Integrated Care Board",
        "AirLine Medical Gases Ltd (regional home oxygen supplier)",
        "Breathe Better Westfold (support group for people with lung conditions)",
    ],
    primary_entrant=dict(name="Westfold Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Westfold Community Health NHS Trust", type="nhs_trust"),
        dict(name="NHS Westfold Integrated Care Board", type="icb"),
        dict(name="AirLine Medical Gases Ltd", type="private"),
        dict(name="Breathe Better Westfold", type="patient_group"),
    ],
    sections=[
        ("context", "The risk", """
- Around 1,900 people in Westfold use oxygen at home, mostly for COPD, heart failure or lung fibrosis.

- Oxygen does not burn, but it makes everything around it burn faster and hotter. A spark near oxygen tubing can set clothes, bedding or a face alight in seconds.

- Smoking while using oxygen, or someone else smoking nearby, is the biggest cause of home oxygen fires. Others include gas hobs, candles, e-cigarettes being charged, and paraffin-based skin creams that soak into bedding and clothes.

- Between 2019 and 2021 we attended six fires in Westfold involving home oxygen. Two people died and three were seriously burned.

- In every case at least one organisation knew the person was at risk. The oxygen service knew they smoked. The supplier's engineer had seen cigarettes by the concentrator. The fire service had never been told the person used oxygen.

What we set up:

- A shared referral: the home oxygen service and the supplier refer every new oxygen user, and anyone they are worried about, to the fire service for a home fire safety visit within 14 days.

- Joint visits for the highest-risk people, with a firefighter and a respiratory nurse together.

- Firebreak valves fitted to the tubing of every oxygen user. These stop the flow of oxygen if the tubing catches fire.

- Free smoke alarms, fire-retardant bedding and throws for people who smoke and will not stop, and a direct route into stop smoking support.

- A simple agreement on what happens when someone keeps smoking with oxygen despite advice: a joint meeting with the person, their family and their GP, not an immediate removal of oxygen.
"""),
        ("evidence", "What we have done so far", """
- 1,260 home fire safety visits to oxygen users since April 2022

- 214 joint visits by a firefighter and a respiratory nurse

- firebreak valves fitted on 1,480 oxygen installations, which is almost every installation in the county

- 390 smoke alarms fitted and 120 fire-retardant bedding packs given out

- 146 people referred to stop smoking services

- one home oxygen fire in 2023, in which nobody was seriously hurt; the firebreak valve stopped the fire spreading along the tubing, and the crew who attended said that without it the outcome would probably have been very different

- the ICB's target is that every new oxygen user has a fire safety visit within 14 days; we are currently managing this for most, but not all

- feedback from people visited: 'I didn't know my cream could burn' and 'I feel safer knowing they know I'm here'

- we have not been able to compare fire numbers before and after: home oxygen fires are rare, and one year is not enough to say anything

- every fire involving oxygen, and every near miss reported by the supplier, is now reviewed jointly by the fire service and the oxygen service within a week
"""),
        ("stakeholders", "Who helped", """
- <<P:members of Breathe Better Westfold, all of whom use oxygen themselves, tested our first visit checklist at their monthly meeting and told us it felt like an inspection, so it was rewritten as a conversation starting with 'What does a normal day look like for you?'>>

- <<P:they also asked for a fridge magnet with the fire service and oxygen service numbers, which every oxygen user now gets>>

- <<P:a woman who had been burned in a home oxygen fire in 2020 and her son helped us write the section on smoking, and insisted that it should not lecture>>

- <<S:firefighters from three watches and respiratory nurses spent a day together swapping roles, and the firefighters' list of fire risks they look for in a home became the basis of the joint checklist>>

- <<S:AirLine's installation engineers told us they were seeing cigarettes and lighters next to concentrators but had nobody to tell, and they designed the one-page concern form they now send us>>

- <<S:the home oxygen service's specialist nurses and consultants agreed the escalation process for people who keep smoking, after two joint case reviews with our prevention team>>
"""),
        ("value", "Value", """
- a home fire safety visit costs the fire service around £60, and firebreak valves cost about £10 each

- the ICB funded the valves and bedding packs, around £38,000 in total

- a single serious burns case can mean weeks in a specialist burns unit, and fires can spread to neighbours

- oxygen users and their families get one joined-up conversation instead of three separate visits

- firefighters now know which homes have oxygen before they arrive at a fire, because the oxygen flag is on our mobilising system, which matters for crew safety as well
"""),
        ("spread", "What next", """
- our referral and checklist have been shared with all fire and rescue services through the national home oxygen fire safety working group

- AirLine has made engineer concern forms standard across the other regions it supplies

- we are extending joint visits to people with pressure-relieving air mattresses and heavy use of emollients
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I318  neonatal jaundice after early discharge - pdf - no headings - community
#       midwifery matron, plain - departments of one trust only, no partner
#       organisation (ineligible), lead-line cover - mothers involved - no
#       staff involvement (midwives trained, support workers briefed, the
#       matron as single lead, an audit of midwives, a plan to ask staff)
# ---------------------------------------------------------------------------
entry(
    id="I318", format="pdf", layout="no_headings", topic="neonatal_jaundice_community",
    project="independent20-yellowbaby-318", pdf_font="LiberationSerif",
    title="Not Just a Bit Yellow: catching serious newborn jaundice after babies go home",
    cover=[
        "Blackwater Valley Hospitals NHS Foundation Trust: community midwifery, the postnatal ward and the neonatal unit working together",
        "Community Midwifery Office, Blackwater Valley Hospital - 01632 965 301",
    ],
    primary_entrant=dict(name="Blackwater Valley Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", None, """
Most newborn babies become a little yellow in their first week, and most of the time it does not
matter. In a small number, the level of bilirubin, the substance that causes the yellow colour, climbs
high enough to need treatment under lights, and very occasionally high enough to damage the brain.
Babies who are breastfeeding and not yet feeding well, babies born a few weeks early and babies with
darker skin, in whom yellowness is harder to see, are at greater risk.

Our trust has around 4,200 births a year. Most mothers and babies now go home within 24 hours of the
birth, before jaundice usually appears. That means it is community midwives, visiting at home on days 2,
3 and 5, and parents themselves, who have to spot it. Until 2022, our midwives judged jaundice by eye.
If they were worried, the baby had to come back to the postnatal ward for a blood test, which parents
found difficult so soon after birth, and which could take half a day.

In 2021 eleven babies were readmitted with bilirubin levels high enough to need intensive phototherapy,
and two needed an exchange transfusion. In most cases the baby had been seen at home in the day or two
before, and the jaundice had not been recognised as serious.

We made three changes. Every community midwife now carries a transcutaneous bilirubinometer, a small
device held against the baby's forehead that gives an instant reading, and checks every baby at every
visit in the first week. Readings above a set level trigger a same-day blood test at a new jaundice
clinic on the neonatal unit, open seven days a week, instead of the postnatal ward. And parents are
given a card and a short film on how to check their baby's colour in daylight, including the whites of
the eyes and the gums, and when to ring.

We chose to keep everything within our own services because it was quicker: the community midwives, the
postnatal ward and the neonatal unit are all part of the same maternity and neonatal directorate, and
the jaundice clinic uses existing neonatal unit space and staff at times when the unit is less busy.
"""),
        ("evidence", None, """
We compared the year before the changes (2021) with 2023.

<<Q:Babies readmitted with severe jaundice needing intensive phototherapy fell from eleven to four, and
there were no exchange transfusions in 2023, compared with two in 2021.>> <<Q:The median age at which
babies with significant jaundice were identified fell from day 5 to day 3.>> <<Q:The proportion of
babies whose bilirubin was measured at the day 3 home visit rose from 6% to 91%.>>

<<Q:The median time from a midwife's concern to a blood result fell from seven hours to under two.>>
The jaundice clinic saw 780 babies in 2023.

We expected the number of babies referred for a blood test to go up, and it has. Most of the babies seen
in the clinic need no treatment, and their parents go home reassured within the hour, which we think is
a price worth paying for finding the few who do.
"""),
        ("stakeholders", None, """
<<P:The parent card and film were made with mothers from our postnatal support groups, including mothers
from the Somali and Bangladeshi communities in Blackwater, whose babies had been readmitted with
jaundice.>> <<P:They told us that the advice to 'look for yellow skin' was useless for their babies,
and the film now shows how to check the whites of the eyes and the gums on babies with a range of skin
tones, using footage of their own babies that they offered to us.>> <<P:Two fathers asked for the card
to be the size of a bank card so it would fit in a wallet, and it was reprinted at that size.>>

All 96 community midwives were trained in using the bilirubinometer and signed off as competent.
Maternity support workers were briefed on the new clinic. The guideline and pathway were written by me as
community midwifery matron and approved by the maternity guidelines group. We audited every midwife's
use of the device in the first three months. We hope to ask midwives and neonatal nurses for their views
on the clinic later this year.
"""),
        ("value", None, """
The bilirubinometers cost £4,200 each, £92,000 in total, paid for by the Trust's charity. Each
readmission avoided saves a stay of two or three days on the neonatal unit, and mothers are not
separated from their babies. An exchange transfusion carries real risk for a newborn, and the lifelong
cost of brain damage from jaundice, though rare, is enormous.
"""),
        ("spread", None, """
The neighbouring trust in the local maternity and neonatal system has bought bilirubinometers for its
community midwives and is using our pathway. The parent film has been translated into five languages and
shared with the regional neonatal network.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I319  long-term urinary catheters - pdf - with appendix - continence nurse
#       specialist, conversational - people with catheters and staff involved
#       - no quantitative evidence (counts, one prevalence figure, a baseline
#       only, data still being collected) - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I319", format="pdf", layout="with_appendix", topic="long_term_urinary_catheters",
    project="independent20-catheterpassport-319", pdf_font="DejaVuSans", pdf_align="L",
    title="My Catheter, My Passport: safer care for people living with a long-term urinary catheter",
    cover=[
        "Cranmere Community NHS Trust, Bladder and Bowel Service, on behalf of a partnership with Cranmere Hospitals NHS Trust (Urology and Emergency Department) and Cranmere Care Homes Association",
        "Prepared by the Continence Nurse Specialist team. Tel 01632 966 155",
    ],
    primary_entrant=dict(name="Cranmere Community NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Cranmere Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Cranmere Care Homes Association", type="independent_care"),
    ],
    sections=[
        ("context", "What was going wrong", """
Around 1,400 people in Cranmere live with a long-term urinary catheter, at home or in a care home. Many
have had one for years. Catheters bring real risks: infections that can lead to sepsis, blockages that
cause pain and bypassing, trauma from a catheter pulled out or inserted badly, and hospital admissions
that are often avoidable.

When we looked at incidents and complaints from the last two years, we found that the care they got
depended on who happened to see them. The size and type of catheter, the date it was last changed and
the reason it was put in were often unknown to the nurse changing it. People going to hospital with a
blocked catheter waited hours in the emergency department because nobody there knew what had been tried
at home. Care homes called 999 for blocked catheters at night because there was nobody else to call.
Antibiotics were prescribed for 'smelly urine' when what the person needed was more fluid and a catheter
change.

My Catheter, My Passport brings together a paper passport that stays with the person, a shared
catheter care plan agreed by the community, hospital and care home staff, a telephone advice line for
care homes staffed by our nurses until 10pm, and an agreement with the emergency department that anyone
arriving with a passport and a blocked catheter is seen in the ambulatory area rather than the main
department.

Nothing about this is high-tech. The passport is a folded card in a plastic wallet. Its value is that
it is the same document for everyone, wherever the person is, and that the person owns it.
"""),
        ("evidence", "What's happened so far", """
We started issuing passports in June 2023. By March 2024, 1,060 people had one, including almost
everyone with a catheter in a care home. The care home advice line has taken 530 calls.

When we did a one-day count in February 2024, 87% of people on our caseload had a passport that had
been updated at their last change. Before the project we did not check this, so we cannot compare.

We had 118 emergency department attendances for catheter problems from our caseload in 2022/23. We are
collecting the figures for 2023/24 with the hospital's information team, and we will not have a full
year until the summer. Antibiotic prescribing for catheter-associated infection is also being looked at
by the ICB medicines team.

The feedback we get is positive. One care home manager wrote: 'We used to ring 999 at two in the
morning. Now we ring your line and the nurse talks us through it.'

We know that this section is thin on numbers. We set up the passport quickly, because the problems were obvious, and we did not put good measurement in place at the start.
That is the main thing we would do differently.
"""),
        ("stakeholders", "Who was involved", """
<<P:The passport was designed at four sessions with people who live with a catheter and their partners,
organised through our bladder and bowel clinics.>> <<P:They asked for it to fit in a handbag or a jacket
pocket, to have a page saying in their own words what normal looks like for them, and to use 'catheter
change' rather than 'recatheterisation'.>> <<P:One man, a former lorry driver who has had a catheter for
nine years, tested every draft and added the page about travelling, after describing what had happened
when his catheter blocked on holiday.>>

<<S:Care home nurses from the Association told us that the advice line was no use if it closed at 5pm,
because blockages happen at night, and the hours were extended to 10pm as a result.>> <<S:Emergency
department nurses and a urology registrar worked with our team to agree the ambulatory route, and the
emergency department asked for a catheter change kit to be kept in the ambulatory area, which we now
supply.>> <<S:District nurses tested the shared care plan on their own caseloads for two months and
removed three sections they said duplicated the passport.>>
"""),
        ("spread", "What next", """
The passport is now used by the two other community trusts in the ICB, and the hospital's urology ward
gives one to everyone discharged with a new long-term catheter. We are working with the regional
continence network on a shared version for people with a suprapubic catheter.
"""),
    ],
    trailer=[
        ("heading", "Appendix: What is in the passport"),
        ("para", "Page 1: my details, GP, district nursing team and care home if applicable. Page 2: why I have a catheter, the date it was first put in, and who decided. Page 3: catheter type, size, balloon volume and the date of every change. Page 4: what normal looks like for me. Page 5: what to do if my catheter blocks or bypasses, and who to ring. Page 6: travelling with a catheter."),
        ("para", "Advice line: 01632 966 160, 8am to 10pm, seven days a week, for care homes and district nurses in Cranmere."),
    ],
    flags=[
        dict(code="missing_section", criterion="value"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I320  failsafe for unexpected radiology findings - pdf via soffice (style
#       headings) - head of patient safety, formal and concise - no patient
#       involvement (patients as beneficiaries, letters, a survey that changed
#       nothing, a plan for a panel) - no staff involvement (radiologists
#       trained, a failsafe officer doing her job, practices briefed, an
#       audit, a committee receiving reports) - Q present
# ---------------------------------------------------------------------------
entry(
    id="I320", format="pdf", layout="style_headings", topic="radiology_unexpected_findings_failsafe",
    project="independent20-closingtheloop-320", render_via="soffice", docx_font="Liberation Serif",
    title="Closing the Loop: making sure unexpected findings on scans are acted on",
    cover=[
        "Lead organisation: Larchfield Teaching Hospitals NHS Trust (Radiology and Patient Safety)",
        "Partner organisations: Larchfield GP Alliance (38 practices); NHS Larchfield and Dunmore Integrated Care Board",
        "Contact: Head of Patient Safety, Larchfield Teaching Hospitals NHS Trust, tel. 01632 967 400",
    ],
    primary_entrant=dict(name="Larchfield Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Larchfield GP Alliance", type="primary_care"),
        dict(name="NHS Larchfield and Dunmore Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
Larchfield Teaching Hospitals NHS Trust performs approximately 420,000 imaging examinations a year,
including around 60,000 requested by general practitioners. A proportion of these reveal a significant
finding that was not the reason for the scan: a lung nodule on a CT scan requested for abdominal pain,
for example, or a mass on a chest X-ray requested for a cough. Such findings are reported by the
radiologist in the usual way, but the report may be filed by a clinician who was not expecting it, or
who has moved on, or may sit unread in a general practice inbox.

Between 2019 and 2021 the Trust declared seven serious incidents in which an unexpected significant
finding was reported correctly but not acted on, resulting in a delayed diagnosis of cancer in five
patients. The common factor in each case was that no one was responsible for confirming that the report
had been read and acted upon.

Closing the Loop introduced an alert code, applied by the reporting radiologist, for any unexpected
significant finding. Alerted reports are placed on an electronic failsafe tracker. The referrer, whether a
hospital consultant or a GP practice, must acknowledge the report within seven days and record the
action taken. A failsafe officer in the radiology department follows up any alert not acknowledged
within seven days, first with the referrer and then with the clinical director. Each GP practice in the
Alliance has a single nominated inbox and clinician for alerted reports. For suspected cancer, the
radiologist may refer directly to the relevant rapid diagnostic pathway.

The scope of the alert code was defined with reference to national guidance from the Royal College of
Radiologists on the communication of critical, urgent and unexpected significant findings. Critical
findings requiring immediate action, such as a tension pneumothorax, continue to be telephoned to the
referrer at the time of reporting and are outside the scope of this entry. The failsafe process applies
to findings that require action within days or weeks rather than hours, and which are therefore most at
risk of being overlooked.

The programme aims were that every alerted report should be acknowledged by the referrer within seven
days, that no alerted report should remain without a documented action at 90 days, and that patients
with an unexpected finding suspicious of cancer should enter the appropriate cancer pathway without
delay.
"""),
        ("evidence", "Evidence of improved patient safety", """
Data are taken from the failsafe tracker and the Trust's incident system for the six months before full
implementation (July to December 2021) and the calendar year 2023.

<<Q:The proportion of alerted reports acknowledged within seven days rose from 48% to 95%.>>
<<Q:Alerted reports with no documented action at 90 days fell from 3.4% to 0.2%.>> <<Q:The median time
from report to referral onto a cancer pathway, for unexpected findings suspicious of cancer, fell from 23
days to 6 days.>>

<<Q:Serious incidents relating to unacted radiology findings fell from seven in the three years before
the programme to one in the two years since.>> In 2023 the radiologists applied the alert code to 3,120
reports.

Two limitations should be noted. The comparison period before implementation was shorter than the
period after, because the tracker did not exist before July 2021 and earlier data were assembled by hand.
In addition, the number of serious incidents is small, and the reduction should be interpreted with
caution. The Trust continues to monitor all measures monthly.
"""),
        ("stakeholders", "Involvement of stakeholders", """
The programme benefits every patient who has a scan at the Trust, and particularly those whose scan shows
something unexpected. Patients with an alerted finding receive a letter from the referrer explaining the
next steps. A patient experience survey of people referred directly onto a rapid diagnostic pathway was
carried out in 2023; 89% of respondents were satisfied and no changes were required. The Trust intends to
establish a patient panel for radiology services in 2025.

All consultant radiologists and reporting radiographers received training on the use of the alert code.
The failsafe officer manages the tracker and follow-up process. Practice managers in the Alliance were
briefed at their quarterly meeting, and each practice nominated a clinician for alerted reports. An
audit of alert code use by individual radiologists was undertaken in 2023. Performance reports are
presented quarterly to the Trust's Patient Safety Committee and the ICB's Quality Committee.
"""),
        ("value", "Value added", """
The failsafe officer post costs approximately £31,000 a year, funded by the ICB. The tracker was developed
within the Trust's existing radiology information system. A delayed cancer diagnosis carries
significant consequences for the patient, and claims relating to missed radiology findings are among the
costliest faced by the NHS.
"""),
        ("spread", "Spread and sustainability", """
The failsafe process has been written into the Trust's imaging policy and the GP Alliance's results
management standard. The two other acute trusts in the ICB are implementing the same alert code, and the
regional imaging network has adopted the seven-day acknowledgement standard.

Sustainability has been addressed by funding the failsafe officer post recurrently and by including the
acknowledgement rate in the quality schedule of the Trust's contract with the ICB.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)
