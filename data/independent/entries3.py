"""Third independent (blind) evaluation set: I033..I048.

Written without reference to the checker or to earlier sets beyond their format.
Same data format and mark-up as entries.py:

  <<Q:sentence>>   quantitative claim (a measured change in an outcome)
  <<P:sentence>>   patient / carer / service-user involvement
  <<S:sentence>>   staff involvement
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are
joined with a single space.  A paragraph starting with "- " is a bullet item.

Flags are written out by hand and build.py cross-checks them against the mark-up.
Labelling conventions used here (from the project's definitions):
  * not Q: dates, financial years, bed/ward counts, headcounts, numbers trained,
    budgets and costs, phone numbers, postcodes, page/reference numbers, targets
    not yet reached, plans, activity/usage counts with no before/after outcome;
  * Q: measured change in an outcome, in digits or words ("cut in half",
    "about a quarter", "a sustained shift on the SPC chart");
  * not P/S: patients as beneficiaries, intentions, negations, unnamed
    "stakeholders", a single named lead, staff who were only trained, satisfaction
    feedback collected afterwards that changed nothing;
  * S includes staff of partner organisations who took part.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I033  medication reconciliation at discharge - docx - rubric headings
#       formal trust board style - clean
# ---------------------------------------------------------------------------
entry(
    id="I033", format="docx", layout="rubric_headings", topic="medication_safety",
    project="independent3-medrec-33",
    title="Safe Passage: closing the medicines gap between hospital discharge and community pharmacy",
    cover=[
        "Category: Best Partnership Solution Improving Patient Safety",
        "Lead organisation: Kingsmere University Hospitals NHS Foundation Trust",
        "Partner organisations: Kingsmere and Tollbridge Local Pharmaceutical Committee; NHS Kingsmere, Tollbridge and Hartwell Integrated Care Board",
        "Executive sponsor: Chief Pharmacist and Director of Medicines Optimisation",
    ],
    primary_entrant=dict(name="Kingsmere University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Kingsmere and Tollbridge Local Pharmaceutical Committee", type="primary_care"),
        dict(name="NHS Kingsmere, Tollbridge and Hartwell Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "The context in which the partnership was needed, the product or service, and its patient safety goals", """
Kingsmere University Hospitals NHS Foundation Trust operates 1,050 inpatient beds across two acute sites and
discharges approximately 68,000 adult patients each year. National evidence indicates that around six in ten
patients experience at least one change to their medicines during a hospital stay, and that transfer of care
is the point at which unintended discrepancies are most likely to occur. The Board received a thematic review
in Quarter 3 of 2021/22 which identified medicines-related readmissions as a recurring theme in serious
incident investigations, with omitted anticoagulants, duplicated opioids and restarted medicines that had been
deliberately stopped in hospital featuring repeatedly.

At that time, discharge summaries were sent to the general practice but not to the patient's nominated
community pharmacy. Community pharmacists were therefore dispensing the next repeat prescription without
knowledge of changes made in hospital. The NHS Discharge Medicines Service offered a contractual route to
address this, but in Kingsmere fewer than one in twenty eligible referrals were being made.

The Safe Passage partnership was established in May 2022 between the Trust, the Kingsmere and Tollbridge
Local Pharmaceutical Committee (LPC) and the Integrated Care Board (ICB). Its product is an electronic
discharge referral sent automatically from the Trust's electronic prescribing system to the patient's
community pharmacy, prioritised by a risk score, together with a structured follow-up consultation in the
pharmacy within seven days and a direct telephone line (01632 960774) for community pharmacists to reach a
hospital pharmacist. The stated patient safety goals were to reduce medicines-related readmissions within 30
days, to reduce discrepancies at the first community dispensing after discharge, and to reach a referral rate
of 80% of eligible patients by March 2025.

The partnership was overseen by a joint board reporting to the Trust's Quality Committee, and a
memorandum of understanding set out the responsibilities of each partner. The Trust contributed the digital
development, clinical pharmacy leadership and data; the LPC recruited and supported community pharmacy
contractors and negotiated how consultations would be recorded; and the ICB provided funding, analytical
support and a route to system-wide adoption. The programme was registered on the Trust's quality improvement
portfolio under reference QIP-0412 and followed the Model for Improvement, with a series of tests of change on
two medical wards before wider roll-out from January 2023.

The partnership deliberately focused first on patients at the highest risk of harm: those aged over 75, those
taking five or more regular medicines, those prescribed anticoagulants, insulin or opioids, and those whose
medicines had been changed during the admission. The risk score built into the electronic prescribing system
identifies these patients automatically, so that ward pharmacists can prioritise them and community
pharmacists know which referrals require the most urgent attention.
"""),
        ("evidence", "Evidence of improvements in safe care as a direct result of the partnership", """
Outcome measures were agreed by the partnership board at the outset and are reported quarterly to the Trust's
Quality Committee and to the ICB's System Quality Group. Data are drawn from the electronic prescribing
system, the national referral platform and Hospital Episode Statistics.

<<Q:Referrals to community pharmacy for eligible patients increased from 4% in the baseline quarter to 63% in
the quarter ending December 2023.>> While this remains short of the 80% target, the trajectory is positive and
the remaining gap is concentrated in two surgical divisions.

<<Q:Discrepancies identified at the first community dispensing after discharge, as recorded in a matched audit
of 400 patients before and 400 patients after implementation, fell from 31% to 12%.>> <<Q:Among patients
who completed a follow-up consultation in the pharmacy, the 30-day readmission rate with a medicines-related
cause was 3.1%, compared with 5.9% in a matched comparison group who did not.>>

<<Q:Medication incidents reported at the hospital-community interface have fallen by about a third since the
introduction of the direct pharmacist line.>> The Trust acknowledges that the comparison group was not
randomised and that patients who attend a consultation may differ from those who do not; an independent
evaluation commissioned by the ICB is due to report in autumn 2024.

<<Q:The proportion of discharge prescriptions for high-risk medicines, including anticoagulants, insulin and
opioids, that were clinically screened by a pharmacist before the patient left hospital rose from 58% to
81%.>> This reflects a change in ward pharmacy working patterns agreed as part of the partnership, so that
pharmacists review the discharge prescription earlier in the day.
"""),
        ("spread", "How the achievements have been applied elsewhere and best practice shared", """
Following presentation to the ICB System Quality Group in February 2023, the referral model was adopted by
Hartwell General Hospital NHS Trust, which went live in September 2023 using the same risk score and the same
pharmacy consultation template. The LPC has shared the consultation template with the five neighbouring LPCs
in the region.

The project team has presented at the regional medicines safety officer network and at a national community
pharmacy conference, and a step-by-step implementation guide has been published on the ICB's website. The
risk score has been made available to other trusts free of charge.

The Trust's Board has approved extension of the model to paediatric discharges during 2024/25, and
discussions are under way with the two mental health trusts in the ICB area, where medicines changes on
discharge are frequent and where community pharmacies are often unaware of an admission. These are plans and
their benefits have not yet been assessed.

The partnership has contributed to the national review of the Discharge Medicines Service, and its lessons
on risk prioritisation and on a direct professional line between hospital and community pharmacists have been
cited in regional guidance issued by the ICB to all providers in March 2024.
"""),
        ("value", "Value created: staff and patient experience and value for money", """
Community pharmacists report greater confidence in making clinical decisions after discharge, and the direct
telephone line has been used more than 1,900 times. Hospital pharmacists report that the automated referral
has removed a manual step which previously took an estimated eleven minutes per patient.

Patients have told us that they value a conversation in a familiar setting, close to home, with someone who
knows their medicines history.

The partnership cost £142,000 over two years, comprising a part-time pharmacist project lead, digital
development and LPC facilitation funded by the ICB. Each avoided medicines-related readmission is estimated
to save £3,400 in bed days alone. The Board considers this to represent good value for money.

Beyond the financial case, the partnership has changed relationships between professions that had
previously communicated mainly when something went wrong. Community pharmacists now attend the Trust's
medicines safety group, and hospital pharmacists have spent shadowing days in community pharmacies, which
both groups describe as having improved mutual understanding.

The partnership has also strengthened the Trust's response to incidents. Where a medicines discrepancy is
identified after discharge, the community pharmacist can now report it directly to the hospital pharmacy
team through the same referral platform, and these reports are reviewed weekly. The learning from these
reviews has been used to revise the Trust's discharge prescribing guidance on three occasions, most notably
to make explicit on the discharge summary any medicine that has been deliberately stopped and the reason for
stopping it.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:The partnership board included the Trust's chief pharmacist, two ward pharmacists, the LPC chief officer,
four community pharmacist contractors and the ICB's head of medicines optimisation, and met monthly
throughout.>>

<<S:Ward pharmacists and pharmacy technicians on the acute medical unit tested successive versions of the
referral screen in the electronic prescribing system, and their feedback led to the removal of a duplicate
consent step.>> <<S:Community pharmacists from twelve pharmacies piloted the consultation template and
rewrote its questions in plain language.>>

<<P:Six patients who had been readmitted after a medicines error, together with two carers, took part in two
design workshops run with Healthwatch Kingsmere.>> <<P:It was their account of receiving three different
medicines lists in the first week at home that led the partnership to add a single printed medicines list
for the patient to take to their pharmacy.>>

All 130 nurses on the pilot wards were trained in explaining the referral to patients at discharge.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I034  falls in care homes with the ambulance service - pdf - own headings
#       ambulance service voice - residents only beneficiaries / intention
#       -> no_patient_involvement
# ---------------------------------------------------------------------------
entry(
    id="I034", format="pdf", layout="own_headings", topic="falls", pdf_align="L",
    project="independent3-carehomefalls-34",
    title="Up and Safe: helping care homes respond to falls without a long wait on the floor",
    cover=[
        "Lead organisation: Wendle Valley Ambulance Service NHS Trust",
        "Partners: Wendle County Council (Adult Social Care); Wendle Community Health NHS Trust (Community Falls Service)",
        "Contact: Consultant Paramedic, Urgent Care, 01632 960519",
    ],
    primary_entrant=dict(name="Wendle Valley Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Wendle County Council", type="local_authority"),
        dict(name="Wendle Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem on the floor", """
Every winter our control room sees the same pattern. A resident in a care home slips getting out of bed at
3am. They are not obviously injured, but the home's policy says staff must not lift them, so the home rings
999. Because the call is coded as a non-injury fall, it sits in the queue behind life-threatening calls. In
the winter of 2021/22 our median response to these calls was more than four hours, and some older people
waited on the floor for over ten.

A long lie is dangerous in its own right. It brings pressure damage, dehydration, rhabdomyolysis,
hypothermia and a loss of confidence that often leads to a steep decline. Wendle has 212 registered care
homes with around 7,300 beds, and falls from care homes made up roughly one in eight of all our calls to
people aged over 80.

Up and Safe brings together the ambulance service, the county council, which commissions most care home
places and funds the equipment, and the community falls service run by Wendle Community Health. The service
has three parts: an inflatable lifting cushion for each participating home; a video-supported assessment
called 'Falls Call', where a care worker rings a clinician in our clinical hub who talks them through a
structured check and, if it is safe, through lifting the resident; and a next-day referral to the community
falls team so that the reason for the fall is looked into.

The scheme sits within the council's wider programme to support care homes, and homes must sign up to a
short agreement covering training, storage of the cushion and reporting. It does not replace a 999 call
when a resident is obviously injured, has hit their head while on anticoagulants or is unwell: the Falls Call
script is designed to find those residents quickly and put them at the front of the queue.
"""),
        ("evidence", "What the numbers say", """
We compared the 12 months before the scheme with the first 12 months after go-live in the 96 homes that
joined in the first wave.

<<Q:Ambulance dispatches to non-injury falls in participating homes fell from 2,140 to 1,190.>> <<Q:Conveyances
to the emergency department after a fall went down by about a quarter.>> <<Q:The median time a resident
spent on the floor dropped from 3 hours 50 minutes to 34 minutes, because most residents are now lifted by
staff they know while a clinician watches on the video link.>>

<<Q:Repeat falls within 30 days among residents seen by the community falls team also fell, from 27% to 18%.>>

We have not yet been able to measure pressure damage from long lies reliably, and we have set ourselves a
target of reducing it by half by 2025.
"""),
        ("spread", "Where it has gone next", """
A second wave of 70 homes joined in April 2024, funded by the council. Two neighbouring ambulance services
have visited our clinical hub to see Falls Call in action, and we have shared the call script, the video
consent form and the care home training pack through the national ambulance falls network. Our consultant
paramedic presented the scheme at the College of Paramedics conference.

The community falls service has also started offering its next-day assessment to people who fall in their
own homes and are helped up by our crews, using the same referral form. The council is considering funding
cushions for extra care housing schemes from 2025.
"""),
        ("value", "Why it matters", """
For our crews, every avoided dispatch is an ambulance available for a cardiac arrest or a stroke. For the
homes, it ends the feeling of standing helplessly next to someone on the floor for hours. Each lifting
cushion costs about £1,800, and the council has so far bought 166 of them. A single avoided conveyance and
admission saves far more than that.

A short survey of 22 residents afterwards showed they much preferred being helped up by staff they know.
Residents in participating homes benefit from a faster, calmer response.
"""),
        ("stakeholders", "Who was involved", """
<<S:Care home managers and senior carers from eight pilot homes tested the lifting cushion and the Falls Call
script in simulated falls, and their feedback led us to shorten the script and add pictures.>> <<S:Clinicians
in our clinical hub and physiotherapists from the community falls team wrote the structured assessment
together and agreed which findings must always trigger an ambulance.>>

<<S:The council's care home quality team sat on the project board alongside our clinical hub managers and
the falls service lead.>>

Residents were not directly involved in designing the service, as the pilot had to move quickly ahead of
winter. We plan to invite a relative of a care home resident onto the steering group for the next phase.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I035  NEWS2 in community hospitals - pdf - numbered questions
#       staff only trained, single named lead, generic stakeholders
#       -> no_staff_involvement
# ---------------------------------------------------------------------------
entry(
    id="I035", format="pdf", layout="numbered_questions", topic="deteriorating_patient",
    project="independent3-news2-35",
    title="Spotting the Slide: NEWS2 and escalation in community hospitals",
    cover=[
        "Organisation: Brindley Vale Community Health NHS Trust",
        "Partners: Health Innovation Brindley (the Academic Health Science Network for the Brindley region); Brindley Vale Acute Hospitals NHS Trust",
        "Address for correspondence: Quality Directorate, Orchard House, Station Road, Brindley BV3 8QL",
    ],
    primary_entrant=dict(name="Brindley Vale Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Health Innovation Brindley", type="ahsn"),
        dict(name="Brindley Vale Acute Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. Describe the context in which the partnership was needed, the product or service and its patient safety goals", """
Brindley Vale Community Health NHS Trust runs six community hospitals with a total of 164 beds, mostly for
step-down care and rehabilitation after an acute admission. Our patients are frail and older, and many have
several long-term conditions. Community hospitals have no resident doctor overnight and no on-site critical
care, so the recognition of deterioration by nurses, and a clear route to escalate it, are essential.

In 2021 a review of unplanned transfers back to the acute hospital found that in many cases the patient's
early warning score had been incomplete or had not been acted on, and that the out-of-hours GP service and
the acute medical team gave different advice about when a community hospital patient should be transferred.
The Trust had adopted NEWS2 on paper, but compliance varied widely between sites.

In partnership with Health Innovation Brindley and Brindley Vale Acute Hospitals NHS Trust, we introduced
electronic observations with automatic NEWS2 calculation on handheld devices, a single escalation pathway
agreed with the acute trust's medical team, and a 'Soft Signs' prompt that nurses and healthcare assistants
complete alongside the observations. Our goals were to achieve full NEWS2 completion, timely escalation of
scores of 5 or more, and fewer transfers where deterioration was recognised late.
"""),
        ("evidence", "2. Please provide evidence of improvements in safe care as a direct result of the partnership, with quantitative examples", """
Data are taken from the electronic observations system, supplemented by a monthly audit of 20 sets of
notes per site.

<<Q:Complete NEWS2 scores, with all seven parameters recorded, rose from 58% of observation sets in the
baseline audit to 94% after twelve months.>> <<Q:Escalation within 30 minutes of a NEWS2 of 5 or more
improved from 41% to 86%.>>

<<Q:Unplanned transfers to the acute hospital where the review panel judged deterioration to have been
recognised late were cut in half over the same period.>> <<Q:Cardiac arrest calls on our wards went from nine
in 2021/22 to three in 2023/24, although we recognise these are small numbers.>>
"""),
        ("spread", "3. How have the achievements been applied elsewhere, and how has best practice been shared?", """
Health Innovation Brindley has included the Soft Signs prompt in its regional deterioration programme, and
it is now used in 31 care homes and two hospices. The escalation pathway has been adopted by the
neighbouring community trust. We presented our results at the national patient safety congress, and the
electronic observation templates are available to other trusts on request.
"""),
        ("value", "4. What value has been created? Consider staff and patient experience and value for money", """
Nurses say that the handheld devices save time at the bedside and that the single pathway means they no
longer have to argue for a transfer. Patients benefit from earlier treatment and fewer unnecessary journeys
back to the acute hospital.

The devices and licences cost £96,500 in 2022/23, funded by the Trust's digital programme. An unplanned
transfer and readmission costs an estimated £4,200, and we estimate that the avoided transfers alone have
covered the cost within two years.

The single pathway has also improved relationships between our nurses and the acute trust's medical team,
who now know the community hospitals better and can give consistent advice over the phone.
"""),
        ("stakeholders", "5. Describe stakeholder involvement: who was involved and how were they engaged in the design?", """
The project was led throughout by our Lead Nurse for the Deteriorating Patient, Helen Marsh, who reported
progress monthly to the Trust's Quality and Safety Committee. Health Innovation Brindley provided an
improvement adviser and a data dashboard, and stakeholders across the system were kept informed through a
monthly bulletin.

All 212 registered nurses and 180 healthcare assistants completed NEWS2 e-learning and a face-to-face
simulation session before go-live.

<<P:A patient safety partner with experience of being a carer for her father in one of our community
hospitals joined the project group and reviewed the escalation pathway from a family's point of view.>>
<<P:At her suggestion, we added a 'worried about your relative?' step so that families can ask for a
review, and this was tested with relatives at two sites before it was introduced.>>
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I036  hospital-acquired pneumonia / mouth care - docx - no headings
#       activity counts, targets and plans only -> no_quantitative_evidence
# ---------------------------------------------------------------------------
entry(
    id="I036", format="docx", layout="no_headings", topic="infection",
    project="independent3-mouthcare-36",
    title="Mouth Matters: preventing hospital-acquired pneumonia through better mouth care",
    cover=[
        "An entry from Saltmarsh Hospitals NHS Trust in partnership with the University of Saltmarsh School of Dentistry and Saltmarsh Community Healthcare NHS Trust (Community Dental Service).",
    ],
    primary_entrant=dict(name="Saltmarsh Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Saltmarsh", type="university"),
        dict(name="Saltmarsh Community Healthcare NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
Pneumonia that starts in hospital in patients who are not on a ventilator is one of the commonest
hospital-acquired infections, and one of the least talked about. Much of it begins in the mouth. When
someone is unwell, drowsy or unable to swallow safely, bacteria build up on the teeth, dentures and tongue,
and are then breathed into the lungs. Good mouth care is simple, cheap and effective, but on a busy ward it
is often the first thing to be missed.

When we looked at our own wards in early 2022, we found that there was no mouth care assessment in our
nursing documentation, toothbrushes and denture pots were frequently not available, and many staff had
never been taught how to clean the mouth of someone who cannot do it themselves. Dentures were regularly lost
between wards. Our infection prevention team had reviewed 38 cases of hospital-acquired pneumonia in
2021/22 and found poor oral hygiene documented in the notes of many of them.

Mouth Matters was set up with the University's School of Dentistry and the Community Dental Service. It
includes a one-page mouth care assessment and care plan added to the admission documents, a standard mouth
care pack at every bedside, named denture boxes, and a 'mouth care champion' on each ward who is supported
by a dental therapist from the Community Dental Service. Our aim is to reduce non-ventilator
hospital-acquired pneumonia by 30% on the pilot wards by the end of 2025.
"""),
        ("evidence", None, """
So far the programme has been introduced on eight wards: three older people's wards, two stroke wards, two
respiratory wards and the orthopaedic trauma unit. Dental therapists and dental students have delivered
practical mouth care training to 146 nurses and healthcare assistants, and 2,600 mouth care packs have been
issued. Every pilot ward now has a trained mouth care champion.

We have audited 320 care plans since the programme began. We have not yet been able to measure the effect on
pneumonia rates, because hospital-acquired pneumonia is poorly coded in our records and the numbers on any
one ward are small. The University is developing a case definition with us, and we plan to report pneumonia
rates on the pilot wards from April 2025. Until then we are careful not to claim that the programme has
prevented pneumonia, although the early signs from the wards are encouraging.
"""),
        ("spread", None, """
The Community Dental Service has offered the same training to two community hospitals and to care homes in
the Saltmarsh area. The assessment and care plan have been shared with the regional infection prevention
network, and our lead nurse spoke about Mouth Matters at the national infection prevention conference in
2023.

We have also given the assessment and care plan to the acute trust's critical care unit, which already had
a ventilator-associated pneumonia bundle but wanted something similar for patients after they step down to
the wards.
"""),
        ("value", None, """
Staff tell us that mouth care now feels like 'proper nursing' rather than an afterthought, and the
champions say they feel more confident to challenge poor practice. Patients and families have commented on
how much better they feel with clean teeth and well-fitting dentures. A mouth care pack costs less than £2 and the dental
therapist time is funded by the Community Dental Service.
"""),
        ("stakeholders", None, """
<<S:The assessment form and the care pack were designed by a working group of ward nurses, healthcare
assistants, speech and language therapists and dental therapists from the Community Dental Service, who
tried out four versions of the form on the stroke wards before settling on the final one.>> <<S:Dental
students from the University spent time on the wards and helped staff identify which toothbrushes and
suction brushes worked for patients with swallowing problems.>>

<<P:Patients on one of the stroke wards, and their families, tried out different brushes, mouth gels and
denture pots and told us which they preferred, and the pack was changed as a result.>> <<P:A member of the
Trust's patient panel who wears dentures suggested the named denture box after losing her own dentures during
a previous admission.>>
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I037  blood transfusion safety - pdf - caps headings - no spread section
#       -> missing_section spread
# ---------------------------------------------------------------------------
entry(
    id="I037", format="pdf", layout="caps_headings", topic="blood_transfusion", pdf_font="DejaVuSans",
    project="independent3-transfusion-37",
    title="Right Blood, Right Patient: electronic bedside checking for blood transfusion",
    cover=[
        "Lead organisation: Oakhurst and Pennick Hospitals NHS Foundation Trust",
        "Partners: NHS Blood and Transplant (Patient Blood Management team); Tracepoint Systems Ltd (technology partner)",
        "Transfusion Laboratory, Oakhurst General Hospital, Pennick Road, Oakhurst OK2 5RD",
    ],
    primary_entrant=dict(name="Oakhurst and Pennick Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="NHS Blood and Transplant", type="public_other"),
        dict(name="Tracepoint Systems Ltd", type="private"),
    ],
    sections=[
        ("context", "CONTEXT", """
Blood transfusion is safe when the right checks are done, and dangerous when they are not. The most serious
errors, such as giving ABO-incompatible blood, almost always start with a mistake in identifying the patient,
either when the sample is taken or when the blood is given. National haemovigilance reports continue to show
that 'wrong blood in tube' events, where a sample is taken from one patient and labelled with another
patient's details, are among the most common near misses.

Oakhurst and Pennick Hospitals transfuse around 21,000 units of red cells each year across two sites. Until
2022 all our checks were on paper. A review of our incident reports in 2021/22 found 23 wrong blood in tube
events and two occasions on which a unit was collected from the fridge for the wrong patient, one of which
reached the bedside before it was noticed. Our transfusion team of four practitioners could not be on every
ward.

Working with NHS Blood and Transplant's Patient Blood Management team, who advised on the design of the
checking process and on training, and with Tracepoint Systems, who supplied and adapted the software, we
introduced electronic checking at every stage of the transfusion chain: barcoded wristbands scanned with a
handheld device at sampling, at collection from the blood fridge and at the bedside. The system will not
allow a sample label to print, a fridge to open or a transfusion to be recorded unless the wristband matches.

The project ran from January 2022 under the oversight of the Hospital Transfusion Committee, and the
technology was implemented ward by ward, starting with haematology, where transfusion is most frequent, and
the emergency department, where the risk of misidentification is highest.
"""),
        ("evidence", "EVIDENCE OF IMPROVEMENT", """
The system went live on all adult wards in November 2022 and in paediatrics and maternity in March 2023.

<<Q:Wrong blood in tube events fell from 23 in 2021/22 to 4 in 2023/24.>> <<Q:There have been no wrong-unit
collections since go-live, compared with two in the year before.>> <<Q:The proportion of transfusions with
a fully documented bedside check, including observations at 15 minutes, rose from 67% in our last paper audit
to 98% in the electronic record.>>

<<Q:Sample rejections by the laboratory because of labelling errors, which delay transfusion for patients
who are often bleeding or very anaemic, dropped by more than half.>>
"""),
        ("value", "VALUE", """
Ward staff say the handheld devices give them confidence that they have not missed a step, particularly at
night. The laboratory no longer has to phone wards to ask for repeat samples as often, which saves time for
everyone and means patients are not bled twice. The project cost £312,000 including devices, software
licences for five years and wristband printers, and was funded by the Trust's capital programme with a
contribution from the Trust charity.

The laboratory team estimate that fewer repeat samples saves around 1,100 hours of phlebotomy and laboratory
time a year. The avoided cost of a single serious ABO-incompatible transfusion, in harm to the patient as well
as in treatment, would far exceed the cost of the system.
"""),
        ("stakeholders", "STAKEHOLDER INVOLVEMENT", """
<<S:Transfusion practitioners, phlebotomists, ward nurses, midwives and porters took part in walkthroughs of
every step of the process with Tracepoint's developers, and the screens were changed more than thirty times
in response.>> <<S:NHS Blood and Transplant's Patient Blood Management practitioners reviewed the checking
process against national guidance and helped us write the competency assessment.>>

<<P:Patients with sickle cell disease and thalassaemia, who have regular transfusions and know the process
better than most, tested the wristbands and the bedside check on the day unit, and asked us to add a step in
which the nurse reads the patient's details aloud with them, which we did.>>
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
    ],
)


# ---------------------------------------------------------------------------
# I038  paediatric sepsis in primary care - docx - bold headings
#       GP practice manager, plain style - activity only
#       -> no_quantitative_evidence
# ---------------------------------------------------------------------------
entry(
    id="I038", format="docx", layout="bold_headings", topic="sepsis", docx_font="Arial",
    project="independent3-paedsepsis-38",
    title="Worried About Your Child? Spotting sepsis in children at the front desk",
    cover_table=[
        ("Entry title", "Worried About Your Child? Spotting sepsis in children at the front desk"),
        ("Organisation", "Millbrook Surgery, 14 Chapel Lane, Thornleigh TH4 2AW"),
        ("Partners", "Thornleigh Children's Hospital NHS Foundation Trust; Spot It Early (children's sepsis charity)"),
        ("Contact", "Practice Manager, 01632 960388"),
    ],
    primary_entrant=dict(name="Millbrook Surgery", type="primary_care"),
    partners=[
        dict(name="Thornleigh Children's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Spot It Early", type="charity"),
    ],
    sections=[
        ("context", "What was the problem?", """
I am the practice manager at Millbrook Surgery. We are a GP practice with 11,400 patients, about 2,300 of them
children. Like every practice, we get a lot of calls from parents whose child has a temperature. Almost all of
these children have a virus and get better at home. A very small number have sepsis, and the early signs can
look the same.

In 2022 a toddler registered with us was taken to hospital with sepsis the day after his mum had rung us. She
had been given a routine appointment for the next afternoon. He recovered, but our review showed that nobody
at the front desk had asked the questions that would have picked up how unwell he was. <<S:Our receptionists told
us honestly that they did not know what to ask, and were frightened of getting it wrong.>>

We asked the children's hospital and the charity Spot It Early to help us. Together we made a simple set of
questions for the front desk, a 'red and amber' card by every phone, a same-hour slot kept free every day for
any child who screens red, and a leaflet for parents explaining what to look out for and when to ring 999.
"""),
        ("evidence", "What difference has it made?", """
We started using the questions in March 2023. Since then all 46 of our staff, including the receptionists,
nurses, GPs and our two pharmacists, have done the training, which was given by a paediatric nurse from the
children's hospital. We have handed out about 900 leaflets, mostly at baby clinics and vaccination
appointments.

The same-hour slot has been used 212 times. Our target is for every child who screens red to be seen by a
clinician within 30 minutes. We do not yet have good figures on whether we are meeting that, because our
clinical system does not record the time of the phone call, and we are working with our IT supplier to fix
this.

We have not had another serious incident like the one in 2022, but we are a single practice and sepsis in
children is rare, so we would not claim that as proof.
"""),
        ("spread", "Has anyone else used it?", """
Our Primary Care Network has asked us to share the questions and the card with the other five practices,
and two have started using them. The children's hospital has put the card on its website for any practice to
download, and the charity has included our story in its newsletter, which goes to about 4,000 families.
"""),
        ("value", "What has it been worth?", """
The receptionists say they feel much more confident and less alone. One said it was the first time anyone
had trained her for the part of the job that keeps her awake at night. Parents seem to like the leaflet and
several have said it helped them decide when to ring back. The whole project cost us about £1,200 for
printing and staff time, and the training was given free by the hospital.

We also think it has made us a better team. The GPs and the reception staff sat down together to plan this,
which does not happen often enough in general practice, and the receptionists now feel able to put a call
straight through to a GP if a parent sounds frightened, without worrying about being told off.
"""),
        ("stakeholders", "Who was involved?", """
<<S:Our receptionists wrote the front-desk questions with two of our GPs and the paediatric nurse, using the
words they actually use on the phone, and they tried them out in role play before we went live.>> <<S:The
emergency department consultants at the children's hospital checked the questions and agreed the red and
amber signs.>>

<<P:Parents from our Patient Participation Group and the charity's family panel read the leaflet in draft and
told us it was too long and too frightening, so we cut it down to one side and changed the pictures.>>
<<P:The mum whose son was taken ill in 2022 came in and talked to the reception team about what it had felt
like on the phone, and what she said is now part of the training.>>
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I039  stillbirth reduction with a university - pdf - with appendix
#       academic partner's evaluative voice - clean
# ---------------------------------------------------------------------------
entry(
    id="I039", format="pdf", layout="with_appendix", topic="maternity", pdf_font="LiberationSerif",
    project="independent3-stillbirth-39",
    title="Growing Safely: an evaluated partnership to reduce stillbirth through fetal growth surveillance and reduced fetal movement care",
    cover=[
        "Primary entrant: University of Greyholm, Centre for Maternal and Perinatal Health",
        "Partner organisations: Greyholm and Lowmoor Hospitals NHS Trust; Ravensby Women's and Children's NHS Foundation Trust; NHS Greyholm and Ravensby Integrated Care Board (Local Maternity and Neonatal System)",
        "Ethics reference: GU-REC 2021/117 (service evaluation, exempt)",
    ],
    primary_entrant=dict(name="University of Greyholm", type="university"),
    partners=[
        dict(name="Greyholm and Lowmoor Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Ravensby Women's and Children's NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Greyholm and Ravensby Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "The context in which the partnership was needed", """
Stillbirth rates in England have fallen over the past decade, but substantial variation persists between
maternity units and between communities, and a considerable proportion of stillbirths occur in babies whose
growth restriction was not detected before birth [1]. In 2020 the two maternity units in the Greyholm and
Ravensby system, which together care for approximately 9,800 births a year, had a combined stillbirth rate
above the national figure, and perinatal mortality reviews repeatedly identified two contributory factors:
inconsistent plotting and interpretation of fundal height and scan measurements, and variable responses when
women reported reduced fetal movements.

The Local Maternity and Neonatal System invited the University's Centre for Maternal and Perinatal Health to
work with both trusts to design and evaluate a common approach. The resulting programme, Growing Safely,
comprised a shared customised growth chart embedded in both trusts' maternity records, a single referral
pathway for suspected growth restriction with protected scan capacity, a standardised reduced fetal movements
assessment in maternity triage, and a system-wide audit and feedback cycle led by the University. The
partnership's stated aim was a reduction in the stillbirth rate to at or below the national rate within three
years, with secondary aims of improving antenatal detection of small-for-gestational-age (SGA) babies and
the consistency of reduced fetal movement care.

The programme drew on published evidence that customised or standardised assessment of fetal growth,
combined with clear referral pathways, is associated with improved antenatal detection of growth restriction,
and on national guidance for the management of reduced fetal movements. Importantly, however, previous
evaluations had largely been conducted within single units, and less was known about whether such approaches
could be implemented consistently across organisational boundaries, where women may book in one unit and
give birth in another. The partnership was therefore designed as much around shared governance and shared
data as around clinical content.

The partnership was structured around a memorandum of understanding which set out the roles of each
organisation. The University provided programme design, training materials, data management and independent
evaluation, funded through a research and innovation grant of £240,000 over three years. The two trusts
provided clinical leadership, scan capacity and access to routinely collected data. The Local Maternity and
Neonatal System provided governance, convened the programme board and funded the additional sonography
sessions. <<PS:A steering group of senior clinicians, academics, commissioners and service user
representatives met quarterly, and an operational group met monthly.>>

Implementation was phased. Both units began using the shared growth chart in April 2021, the referral pathway
followed in July 2021, and the triage assessment was introduced in October 2021 after piloting. A total of 612
midwives, obstetricians and sonographers completed the growth chart training, which was delivered online
with a face-to-face competency assessment.

The population served by the two units is diverse. Approximately a third of births are to women living in
the most deprived national quintile, and around one in five to women of Black, Asian or mixed ethnicity,
groups in which stillbirth rates are known to be higher. Interpreting needs are common in parts of Ravensby.
From the outset the partnership therefore sought to ensure that the programme's materials and processes were
accessible, and that its evaluation would examine whether benefits were equitably distributed rather than
reporting an aggregate figure alone.
"""),
        ("evidence", "Evidence of improvements in safe care", """
The evaluation used an interrupted time series design, comparing the 36 months before implementation (April
2018 to March 2021) with the 30 months after (April 2021 to September 2023), with rates displayed on
statistical process control charts and a segmented regression model to account for the pre-existing trend
[2]. Data were extracted from the maternity information systems of both trusts and validated against
perinatal mortality review records.

<<Q:The combined stillbirth rate fell from 4.6 per 1,000 total births in the baseline period to 3.3 per 1,000
in the implementation period.>> <<Q:The SPC chart showed a sustained shift below the baseline mean from the
ninth month after implementation, and the segmented regression estimated a relative reduction of 24% (95%
confidence interval 6% to 39%) beyond the pre-existing trend.>>

<<Q:Antenatal detection of SGA babies, the principal process measure, increased from 33% to 58%.>> <<Q:The
proportion of women attending triage with reduced fetal movements who received a complete assessment,
including a computerised CTG where indicated, rose from 52% to 91%.>>

We would caution that stillbirth is a rare outcome and that absolute numbers in any single year are small; the
confidence interval is correspondingly wide. We also note that national initiatives were running concurrently.
However, the timing of the change, its presence in both trusts and its coincidence with the process measures
give us reasonable confidence that the programme contributed materially to the improvement. A full report is
available [3].

Balancing measures were monitored to identify unintended consequences. <<Q:The rate of induction of labour
for suspected growth restriction increased from 3.1% to 4.4% of births, an expected consequence of improved
detection.>> Neonatal unit admissions at term, which might have risen if babies were delivered early
unnecessarily, did not change significantly over the period. We also examined whether the improvement was
shared equitably: the reduction in stillbirth was observed among women from the most deprived quintile and
among women from Black and Asian backgrounds, although the smaller numbers in these groups mean the estimates
are imprecise, and we have not treated them as conclusive.
"""),
        ("spread", "Application elsewhere and sharing of best practice", """
The growth chart, referral pathway and triage assessment have been adopted by a third maternity unit in the
neighbouring region, supported by the University's implementation team. The evaluation methods have been
shared with the regional maternity safety network and presented at two international perinatal conferences,
and an open-access toolkit, including the audit tool described in Appendix A, has been published.

The evaluation protocol and analysis code have been made publicly available so that other systems can
replicate the evaluation using their own routinely collected data. The University is now working with the
regional maternity and neonatal programme to assess whether the approach can be adapted for the five other
units in the region, and a funding application has been submitted for a stepped-wedge evaluation of
regional roll-out. This has not yet been decided.
"""),
        ("value", "Value created", """
Midwives and sonographers report that a single chart and pathway across both trusts has reduced uncertainty,
particularly for staff who rotate between sites. Women told the evaluation team that they felt listened to
when reporting reduced movements. The programme required additional scan capacity costing approximately
£185,000 per year, funded by the Local Maternity and Neonatal System; given the profound human and financial
costs associated with each stillbirth, we consider this to represent good value.

A health economic analysis conducted by the University's health economics unit, using published estimates of
the direct and indirect costs of stillbirth, suggested that the programme would be cost-saving if it prevented
two or more stillbirths a year across the system. The analysis is necessarily uncertain and is reported in
full in the evaluation report [3, p. 52-60].

Qualitative interviews with 26 staff, conducted by the University's evaluation team, described the shared
pathway as reducing 'the grey areas' in decision-making. Sonographers valued protected capacity, which they
said had removed the pressure to fit urgent scans into already full lists. Several midwives noted that the
single growth chart had made conversations with women easier, because the chart could be shown and explained
in the same way at every contact. Some staff also reported increased workload associated with additional
referrals, which the partnership has sought to address through the funded sonography sessions.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:Midwives, sonographers and obstetricians from both trusts formed the design group and agreed the referral
thresholds and scan protocol through a series of consensus meetings facilitated by the University.>> <<S:Triage
midwives piloted three versions of the reduced fetal movements assessment before the final version was
agreed.>>

<<P:The Maternity and Neonatal Voices Partnership recruited eleven women, including four bereaved parents,
who co-designed the reduced fetal movements information and the wording used by triage midwives on the
telephone.>> <<P:Two bereaved parents sat on the programme board throughout, and it was at their request that
the evaluation reported outcomes for women from Black and Asian backgrounds separately.>>

Fourteen fetal growth champions were trained across the two trusts to support local audit.

<<S:Maternity triage staff and sonographers also contributed to the evaluation itself: a group of nine
midwives and sonographers reviewed the interim findings at six and eighteen months and proposed changes to
the referral criteria, which were adopted.>> We intend to extend the programme board's membership to
include a representative from the neonatal parents' network in the next phase.
"""),
    ],
    trailer=[
        ("heading", "References"),
        ("para", "1. Perinatal Mortality Surveillance Collaboration. Stillbirths and neonatal deaths: surveillance report for births in 2020. Leicester; 2022. p. 34-41."),
        ("para", "2. Hartley J, Osei A, Brennan C. Interrupted time series methods for maternity quality improvement. Br J Midw Res. 2021;9(2):77-86."),
        ("para", "3. Centre for Maternal and Perinatal Health. Growing Safely: evaluation report. University of Greyholm; 2024. Report CMPH-24-03."),
        ("heading", "Appendix A: Audit tool summary"),
        ("para", "Monthly random sample of 20 records per unit; items: growth chart plotted at each contact from 24 weeks; referral made when criteria met; reduced fetal movements assessment complete. Data returned to units within 10 working days."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I040  medicines in schools with the local authority - docx - form table
#       council-led; staff only trained / informed, single named lead,
#       intention -> no_staff_involvement
# ---------------------------------------------------------------------------
entry(
    id="I040", format="docx", layout="form_table", topic="medication_safety",
    project="independent3-schoolmeds-40",
    title="Safe in School: managing children's medicines and emergency plans across Marrowby schools",
    cover_table=[
        ("Entry title", "Safe in School: managing children's medicines and emergency plans across Marrowby schools"),
        ("Lead organisation", "Marrowby City Council (Public Health and Education Services)"),
        ("Partner organisation(s)", "Marrowby Community Health NHS Trust (School Nursing Service); Young Lives Marrowby (children's health charity)"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
    ],
    primary_entrant=dict(name="Marrowby City Council", type="local_authority"),
    partners=[
        dict(name="Marrowby Community Health NHS Trust", type="nhs_trust"),
        dict(name="Young Lives Marrowby", type="charity"),
    ],
    sections=[
        ("context", "Describe the context, the product or service and the patient safety goals", """
Marrowby has 94 maintained primary and secondary schools and academies with around 41,000 pupils. Roughly one
pupil in ten has a long-term condition that may need medicine during the school day, most commonly asthma,
severe allergy, epilepsy and type 1 diabetes. Schools are required to have a policy for supporting pupils with
medical conditions, but in practice arrangements varied enormously. Our 2021 audit of schools found that
many held medicines without an up-to-date healthcare plan, that emergency adrenaline pens and inhalers were
often out of date or kept in locked offices, and that recording of doses given was inconsistent.

Following a serious incident in which a pupil with a known allergy had a delayed response to anaphylaxis on a
school trip, the Council's Public Health and Education teams, the School Nursing Service and the charity
Young Lives Marrowby set up Safe in School. The partnership produced a standard individual healthcare plan
template, an online medicines register for schools with expiry-date alerts, emergency 'grab bags' for
anaphylaxis and asthma, and a short e-learning module for school staff. The goals were fewer medication
errors in schools, no out-of-date emergency medicines and a current healthcare plan for every pupil who needs
one.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
<<Q:Medication incidents reported by schools to the Council fell from 64 in the 2021/22 school year to 29 in
2023/24, with the largest falls in missed doses and doses given to the wrong pupil.>>

<<Q:In the annual audit of emergency medicines, the proportion of adrenaline pens found to be out of date fell
from about one in five in 2021 to one in fifty in 2023.>> <<Q:Pupils with a current healthcare plan on the
register increased from 46% to 88% of those known to the School Nursing Service.>>

The target of a current plan for every pupil has not yet been reached, and we are focusing on the remaining
secondary schools this year.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
Two neighbouring councils have adopted the healthcare plan template and the register, and the Department's
regional school health network has circulated our guidance. The grab bag specification is available on the
Council's website, and we presented Safe in School at the national school nursing conference.

We have also produced a version of the guidance for early years settings and nurseries, which is being
piloted in 2024/25, and the register is being extended to cover school trips and residential visits, which
were a theme in several of the incidents reported to us.
"""),
        ("value", "What value has been created (staff and patient experience, value for money)?", """
Head teachers tell us that the register has taken a worry off their desk. Parents say they are reassured to
know that their child's plan is the same in every school their child moves to. School nurses say that they now spend less time chasing paperwork and more time on training and advice,
because plans are held in one place and can be reviewed online before a school visit. The register cost £38,000 to
build and costs £6,000 a year to host; the grab bags were paid for by Young Lives Marrowby.
"""),
        ("stakeholders", "Who were the stakeholders and how were they involved in the design?", """
The project was led by the Council's Senior Public Health Officer, Dan Achebe, with support from the School
Nursing Service and the charity. Head teachers were informed through the Council's schools bulletin, and
stakeholders were consulted through the usual education partnership channels.

Over 1,100 school staff have completed the e-learning module. We intend to set up a reference group of school
staff and school nurses in 2025 to review the register.

<<P:Members of the Marrowby Youth Council and a group of parents of children with epilepsy, diabetes and
severe allergies, brought together by Young Lives Marrowby, co-designed the healthcare plan template and chose
the 'grab bag' name and design.>> <<P:Pupils with asthma tested the first version of the plan and asked for a
section in their own words about how they feel when an attack starts, which is now on every plan.>>
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I041  self-harm in A&E with police liaison - pdf - no headings
#       mental health trust narrative - clean
# ---------------------------------------------------------------------------
entry(
    id="I041", format="pdf", layout="no_headings", topic="mental_health", pdf_align="L",
    project="independent3-selfharm-41",
    title="Nobody Walks Out Alone: safer care for people who self-harm in the emergency department",
    cover=[
        "Colnebury and Westhaven Mental Health NHS Foundation Trust, with Westhaven General Hospital NHS Trust and Colnebury Police",
    ],
    primary_entrant=dict(name="Colnebury and Westhaven Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Westhaven General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Colnebury Police", type="emergency_service"),
    ],
    sections=[
        ("context", None, """
Sam, not his real name, came to the emergency department at Westhaven General four times in six weeks in the
autumn of 2021. Each time he had cut himself. Each time his wounds were dressed, and each time he left before
anyone from mental health had spoken to him, because the wait had been too long and the cubicle too exposed.
On the fourth visit he was brought in by police officers who had found him on a railway bridge. They waited
with him for seven hours. Nobody was quite sure whose patient he was.

Sam's story was not unusual. Around 2,600 people attend Westhaven's emergency department each year after
self-harm. Our liaison psychiatry team covered the department, but only until 10pm, and the police were often
the people sitting with the most distressed patients overnight, unable to leave and unable to help. Our
serious incident reviews kept pointing to the same gaps: people leaving before assessment, no safety plan
when they did leave, and no one following up the next day.

Nobody Walks Out Alone is the response we built together with the acute trust and Colnebury Police. Liaison
psychiatry now covers the department around the clock. A quieter assessment room was created from an old
relatives' room. Police officers who bring someone in hand over to a named liaison nurse within 30 minutes
using a short structured handover, and are then free to leave. Every person who has self-harmed is offered a
brief psychosocial assessment and a written safety plan before they go home, and receives a phone call from
the team within 72 hours.

None of this was technically difficult. What made it hard was that three organisations, with three sets of
policies, had to agree that this group of patients was everybody's responsibility. Early meetings were
tense. The police felt that health services left officers holding people they were not trained to care for;
emergency department staff felt that mental health services arrived late; and our liaison team felt that they
were blamed for waits caused by a shortage of beds elsewhere. Agreeing a shared aim, that nobody who has
self-harmed should leave the department without being seen and without a plan, gave us something to hold on
to when the arguments started.
"""),
        ("evidence", None, """
We have tracked what happens in the department month by month since the new way of working began in May
2022. <<Q:The share of people leaving after self-harm before a psychosocial assessment fell from one in four
to fewer than one in ten.>> <<Q:The proportion leaving with a written safety plan went from almost none to
71%.>> <<Q:Repeat attendance for self-harm within 28 days has come down by 30% compared with the year
before.>>

<<Q:For the police, the average time officers spent in the department with a person in mental health crisis
dropped from 5 hours 40 minutes to 1 hour 10 minutes.>> We know that these figures cannot tell us everything,
and we are cautious about claiming an effect on suicide, which is thankfully rare and needs a much longer
period to judge.

We also listened to what people told us after they had been in the department. <<Q:In the short survey we
send with the follow-up call, the proportion of people who said they were treated with compassion rose from
48% in the first quarter to 79% a year later.>> The comments that came with the scores were just as
important to us, and some of them were hard to read: people still describe long waits for a mental health
bed, which is outside what this partnership can fix.
"""),
        ("spread", None, """
The structured police handover is now used in the two other emergency departments in the county, and
Colnebury Police have written it into their force procedure for mental health incidents. Our nurse
consultant has presented the model to the regional liaison psychiatry network, and the acute trust has shared
the assessment room design with its estates colleagues across the region. Next year we plan to extend the
follow-up calls to people who self-harm and attend the urgent treatment centre.

We have been open about what did not work. An early attempt to use a shared electronic handover form between
police and health systems failed because the two record systems could not talk to each other, and we went
back to a one-page paper form that officers complete in the car. We include that story whenever we present
the work, because other areas will be tempted to start with the technology.
"""),
        ("value", None, """
Emergency department nurses tell us they feel less alone with people in crisis, and officers describe the
handover as 'a weight lifted'. People who have used the service say the follow-up call mattered most: knowing
that someone would ring. The round-the-clock liaison cover cost an additional £410,000 a year, jointly funded
by the two trusts and the Integrated Care Board, and the police estimate that the reduction in officer time
in the department is worth around 4,000 officer hours a year.

There are less tangible gains too. Staff from the three organisations now know each other by name. When
something goes wrong, the first call is to a colleague rather than a complaint to a manager, and the monthly
joint case review, which began as a place to argue, has become a place where people learn together.
"""),
        ("stakeholders", None, """
<<P:From the start the work was shaped by people with lived experience of self-harm, recruited through the
trust's lived experience network: six of them met with us over eight months and designed the safety plan
template, the wording of the follow-up call and the layout of the assessment room.>> <<P:One of them, a young
woman who had attended many times, insisted that the room should have a window and no ligature points
rather than being a windowless 'safe' room, and it was built that way.>>

<<S:Liaison nurses, emergency department nurses and doctors and police officers from the Westhaven response
team wrote the structured handover together in three joint workshops, and tested it on night shifts before it
was adopted.>> <<S:Frontline officers' feedback that they could not leave until a doctor had seen the patient
led to the agreement that handover to a liaison nurse is enough.>>

<<S:Our own liaison team, including the night staff recruited for the new rota, agreed the follow-up call
script and decided that the same nurse who met the person in the department should make the call wherever
possible.>> We also set up a quarterly meeting between the three organisations' patient safety teams to look
at incidents together.

Anyone in Colnebury or Westhaven who needs urgent mental health support can call the crisis line on 0800 014
8822 at any time.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I042  tracheostomy safety - docx - reordered own headings - no value section
#       -> missing_section value
# ---------------------------------------------------------------------------
entry(
    id="I042", format="docx", layout="reordered", topic="tracheostomy",
    project="independent3-trache-42",
    title="Every Neck Counts: safer tracheostomy and laryngectomy care on general wards",
    cover=[
        "Lead organisation: Dunmere University Hospitals NHS Trust",
        "Partners: University of Dunmere (Clinical Skills and Simulation Centre); Neck Breathers Dunmere (patient support charity)",
    ],
    primary_entrant=dict(name="Dunmere University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Dunmere", type="university"),
        dict(name="Neck Breathers Dunmere", type="charity"),
    ],
    sections=[
        ("context", "Why this mattered", """
Patients with a tracheostomy or laryngectomy breathe through an opening in the neck. When a tube blocks or
dislodges, or when staff do not realise that a patient with a laryngectomy cannot be oxygenated through the
mouth, harm can follow within minutes. National reviews have found that many of these patients are cared for
on general wards by staff who see them only occasionally, and that basic bedside equipment is often missing.

At Dunmere we care for around 180 patients with a new tracheostomy each year, and about 40 patients with a
laryngectomy are admitted for other reasons. Between 2019 and 2021 we recorded several serious incidents,
including a blocked tube on a surgical ward at night and a laryngectomy patient given oxygen by face mask during
a cardiac arrest.

With the University's simulation centre and the charity Neck Breathers Dunmere, we introduced a bed-head sign
for every patient showing whether they have a tracheostomy or laryngectomy and what to do in an emergency,
a standard bedside emergency box, a tracheostomy safety round by the critical care outreach team, and
in-situ simulation on every ward that cares for these patients.

The programme was overseen by the Trust's tracheostomy safety group, which reports to the Patient Safety
Committee, and was funded through a £28,000 grant from the Trust's charitable funds for equipment and
simulation time. It ran from September 2021 to March 2024, and is now part of business as usual.

Every patient with a tracheostomy or laryngectomy admitted to a ward is now added to a live list held by the
critical care outreach team, so that the safety round can find them wherever they are in the hospital.
"""),
        ("stakeholders", "Working together", """
<<S:The bed-head signs and emergency box were designed by a group of ward nurses, physiotherapists, ENT
surgeons, anaesthetists, speech and language therapists and critical care outreach nurses, who met monthly
for a year.>> <<S:Simulation technicians and educators from the University ran the first in-situ scenarios
with ward teams and rewrote them after each session based on what the staff found confusing.>>

<<P:Members of Neck Breathers Dunmere, all of whom have had a laryngectomy, tested the bed-head signs on a
mock ward and told us that the first design did not make clear enough that they could not be given oxygen
through the mouth, so the signs were changed.>> <<P:Two members now help to teach on the simulation sessions,
showing staff how they clean and change their own tubes.>>
"""),
        ("evidence", "What we achieved", """
<<Q:Tracheostomy and laryngectomy incidents with moderate or greater harm fell from 17 in 2021 to 6 in
2023.>> <<Q:In our monthly safety round, the proportion of patients with a complete emergency box at the
bedside rose from 48% to 96%.>> <<Q:Bed-head signs were in place for 93% of patients in the last audit,
compared with none before the project.>>

<<Q:In pre- and post-simulation questionnaires, staff who said they knew how to manage a blocked tube rose
from 29% to 84%.>> We delivered 64 in-situ simulations on 19 wards between 2022 and 2024.
"""),
        ("spread", "Taking it further", """
The signs and emergency box are now used in the Trust's children's hospital and have been adopted by two
other trusts in the region. The University includes the simulation scenarios in its undergraduate nursing
and medical curricula, and our critical care outreach lead presented the work at the national tracheostomy
safety meeting.

We have also written a short guide for other trusts on running in-situ tracheostomy simulation with patient
educators, including how to support the educators themselves, and shared it through the regional critical
care network. Next year we plan to extend the safety round to patients who go home with a tracheostomy and are
cared for by community nursing teams.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="value"),
    ],
)


# ---------------------------------------------------------------------------
# I043  nasogastric tube placement - pdf - two column
#       private company is the primary entrant -> ineligible
# ---------------------------------------------------------------------------
entry(
    id="I043", format="pdf", layout="two_column", topic="nasogastric_tubes",
    project="independent3-ngtube-43",
    title="ConfirmNG: making nasogastric tube position checks safer",
    cover=[
        "Lead organisation: Clearline Medical Ltd",
        "NHS partner: Lowmoor Valley Hospitals NHS Trust (Nutrition Support Team)",
        "Clearline Medical Ltd, 3 Riverside Court, Lowmoor LM1 6GH. Company no. 09812245",
    ],
    primary_entrant=dict(name="Clearline Medical Ltd", type="private"),
    partners=[
        dict(name="Lowmoor Valley Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The challenge", """
Feeding through a misplaced nasogastric (NG) tube is a never event, yet it still happens. Most errors come
not from the placement itself but from the checks afterwards: a pH reading misinterpreted, an X-ray read by
someone not trained to do so, or a tube used after it has moved.

Clearline Medical develops point-of-care devices for enteral feeding. In 2021 we began working with the
Nutrition Support Team at Lowmoor Valley Hospitals NHS Trust, which places around 1,400 NG tubes a year, to
develop ConfirmNG: a single-use aspirate kit with a digital pH reader that records the result directly into
the electronic patient record, and a decision app that takes the nurse through national guidance step by
step and will not mark a tube as safe to use unless every check has been completed.

The partnership was formalised through a joint working agreement under which Clearline provided the kits,
the app and a clinical product specialist, and the Trust provided clinical expertise, evaluation support and
access to its incident data. A joint project board met every two months.
"""),
        ("evidence", "Results at Lowmoor Valley", """
ConfirmNG has been used on all adult wards at Lowmoor Valley since June 2022.

<<Q:Documented confirmation of tube position before first use rose from 72% to 99%.>> <<Q:Aspirates giving
a usable pH reading at the first attempt rose from 61% to 85%, because the kit includes guidance on
positioning and waiting before aspiration.>>

<<Q:As a result, the number of chest X-rays requested solely to confirm NG position fell by 40%, reducing
delays to feeding and radiation exposure.>> <<Q:Incidents involving NG tube checks reported by the Trust fell
from 26 in the year before to 9 in the year after.>>

There have been no never events relating to misplaced NG tubes at Lowmoor Valley since ConfirmNG was
introduced, although there was only one in the three years before, so we do not claim this as a result.
"""),
        ("spread", "Spread", """
ConfirmNG is now in use in four further NHS trusts and is listed on the national procurement framework for
enteral feeding devices. We have shared our evaluation with the national nutrition nurses group and
presented it at two conferences.

Each new site follows the same implementation model that we developed at Lowmoor Valley: a four-week
baseline audit, a training programme for ward nurses delivered by our clinical product specialists, and a
monthly review of app data with the site's nutrition team. We publish an anonymised summary of the audit
data from all sites every six months so that trusts can compare their performance.
"""),
        ("value", "Value", """
Nurses at Lowmoor Valley report that the app takes the guesswork out of a stressful task. The kit costs
£6.50 per check; the Trust estimates that savings from fewer X-rays and shorter delays to feeding more than
cover this.

Dietitians report that patients start feeding sooner after a tube is placed, particularly at night and at
weekends, when waiting for an X-ray to be reported could previously delay feeding by many hours. The Trust's
Nutrition Support Team has used the audit trail produced by the app to target training on the wards where
checks take longest.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:Nutrition nurses, dietitians and ward nurses at Lowmoor Valley tested five prototypes of the kit and the
app, and their feedback changed the reader's display and the order of the checks.>> <<S:The Trust's
radiologists helped us define when the app should advise an X-ray.>>

<<P:Members of a head and neck cancer support group, many of whom have had NG tubes, reviewed the patient
information leaflet and asked for a diagram of what the check involves, which we added.>>
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
    ],
)


# ---------------------------------------------------------------------------
# I044  VTE prevention - docx - bullet lists - terse QI summary
#       patients only beneficiaries / planned rep / survey -> no_patient_involvement
# ---------------------------------------------------------------------------
entry(
    id="I044", format="docx", layout="bullet_lists", topic="vte",
    project="independent3-vte-44",
    title="VTE 360: hospital-acquired thrombosis prevention from admission to 90 days after discharge",
    cover=[
        "Organisation: Thornleigh Royal Infirmary NHS Foundation Trust",
        "Partners: Thornleigh GP Federation; NHS Thornleigh and Wendle Integrated Care Board",
        "QI project ref: QI-2022-087",
    ],
    primary_entrant=dict(name="Thornleigh Royal Infirmary NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Thornleigh GP Federation", type="primary_care"),
        dict(name="NHS Thornleigh and Wendle Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Context and aim", """
Problem:

- hospital-acquired thrombosis (HAT) = VTE in hospital or within 90 days of discharge

- 2021/22: 58 HAT cases, 11 judged potentially preventable on root cause analysis

- main themes: risk assessment not repeated at 24 hours; extended prophylaxis (e.g. after hip and knee
surgery, some cancer surgery) not continued after discharge; GP not told duration

- no shared process between hospital and GPs for the 90 days after discharge

- RCA panel: hospital only; GPs not invited; learning not fed back to practices

- Trust size: 890 beds, approx. 61,000 adult admissions/yr; approx. 4,300 discharged on extended
prophylaxis/yr

Aim (SMART): reduce potentially preventable HAT by 50% by March 2024.

Change ideas:

- 24-hour reassessment prompt in the electronic record

- extended prophylaxis flag on the discharge summary, with stop date

- GP Federation practice nurses call high-risk patients at day 10 to check doses are being taken

- monthly HAT review panel with GP Federation and ICB representation

Measures:

- outcome: potentially preventable HAT (RCA panel judgement), monthly

- process: 24-hour reassessment (EPR report); stop date on discharge summary (audit of 30 summaries/month)

- balancing: bleeding events on prophylaxis (incident reports); practice nurse time per call

Timeline: baseline Apr-Jun 2022; PDSA cycles Jul-Dec 2022; roll-out to all adult wards Jan-Mar 2023; review
Mar 2024.
"""),
        ("evidence", "Results", """
- <<Q:24-hour reassessment completed: 38% (baseline, Apr-Jun 2022) to 87% (Oct-Dec 2023).>>

- <<Q:Extended prophylaxis stop date on discharge summary: 21% to 94%.>>

- <<Q:Potentially preventable HAT: 11 (2021/22) to 4 (2023/24).>>

- <<Q:Run chart for overall HAT: sustained shift below the median from month 7.>>

- day-10 calls completed: 1,140 patients called since go-live

- target of 95% reassessment not yet met; plan to add pharmacist review in 2024/25

- <<Q:Bleeding events on prophylaxis: no change (5 vs 6 per year).>>

- day-10 calls identified 96 patients who had stopped injections early; all restarted or reviewed by GP
"""),
        ("spread", "Spread", """
- extended prophylaxis flag adopted by Wendle General (go-live Jan 2024)

- day-10 call script shared with all 42 practices via ICB bulletin

- poster at national thrombosis conference 2023; QI report on Trust intranet (ref. QI-2022-087)

- reassessment prompt offered to the other two trusts in the ICB through the shared EPR user group

- next steps: day-10 call for medical patients discharged on extended prophylaxis (pilot from Sept 2024)

Key learning:

- fix the discharge summary first; a stop date nobody can see is no use to the GP

- small numbers: preventable HAT is rare, so use process measures and run charts, not single months

- build the prompt into existing reviews rather than adding new ones

- involve primary care from day one; the day-10 call was the Federation's idea
"""),
        ("value", "Value", """
- cost: practice nurse time for day-10 calls (0.4 WTE, £17,800/yr, ICB funded); no new IT cost

- each HAT costs an estimated £7,000-£10,000 to treat

- patients benefit from fewer clots and clearer discharge information

- patient survey (n=120): 88% said they understood how long to take their injections

- practice nurses: calls take 6-8 min; most patients glad to be called; GPs now get fewer queries about stop
dates

- ward staff: reassessment prompt 'annoying at first', now seen as routine; one less thing to remember at
the 24-hour review

- ICB: HAT now on the system quality dashboard alongside hospital-acquired infection
"""),
        ("stakeholders", "Stakeholders", """
- <<S:QI team: VTE nurse, 2 ward pharmacists, orthopaedic and surgical FY doctors, haematologist;
co-designed the reassessment prompt over 4 PDSA cycles.>>

- <<S:GP Federation practice nurses tested the day-10 call script and shortened it after the first 30
calls.>>

- <<S:ICB medicines optimisation team and GP Federation clinical lead sat on the monthly HAT review panel.>>

- <<S:Ward nurses' feedback (too many pop-ups) led to the prompt being merged with the existing 24-hour
medication review.>>

- patient representative: not yet recruited, planned for 2024/25
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I045  Deaf patients' access (BSL) with a charity - pdf - form table
#       charity's warm voice - hospital staff only trained, single named lead,
#       wish -> no_staff_involvement
# ---------------------------------------------------------------------------
entry(
    id="I045", format="pdf", layout="form_table", topic="accessibility_deaf_patients",
    project="independent3-bsl-45",
    title="Sign Me In: safe hospital care for Deaf people who use British Sign Language",
    cover_table=[
        ("Entry title", "Sign Me In: safe hospital care for Deaf people who use British Sign Language"),
        ("Lead organisation", "SignBridge Deaf Community Trust (registered charity no. 1098765)"),
        ("Partner organisations", "Hollowmere Hospitals NHS Trust; NHS Hollowmere and Dunmere Integrated Care Board"),
        ("Contact", "Chief Executive, SignBridge, 22 Weaver Street, Hollowmere HW1 3PT. Text or video call 07700 900417"),
    ],
    primary_entrant=dict(name="SignBridge Deaf Community Trust", type="charity"),
    partners=[
        dict(name="Hollowmere Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Hollowmere and Dunmere Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
For many Deaf people, British Sign Language (BSL) is their first language and English is a second one. Being
in hospital without an interpreter is frightening, and it is not safe. Our members have told us about
consenting to operations they did not understand, being discharged without knowing how to take new
medicines, and being handed a pen and paper in the middle of a heart attack.

SignBridge has supported Deaf people in Hollowmere for over 30 years, and there are around 650 BSL users in
our area. <<P:In 2021 we asked our members about their last hospital visit.>> Their stories were painful to hear.
Many had waited hours because no interpreter had been booked, and some had their relatives, including
children, asked to interpret about cancer and about end-of-life care.

We went to Hollowmere Hospitals and the ICB with our members' stories, and together we built Sign Me In. A
Deaf person can now register their communication needs once, by video message in BSL, and a flag appears on
their hospital record. Planned appointments automatically generate an interpreter booking. For emergencies,
every ward and the emergency department has a tablet with on-demand video interpreting, available 24 hours a
day, while a face-to-face interpreter is arranged. <<P:Our Deaf volunteers also give hospital-specific
information in BSL on video.>>

We were clear from the beginning that this had to be more than a booking system. Many of our members have
low trust in health services after years of bad experiences, and some had stopped going to appointments
altogether. So alongside the practical changes, SignBridge runs a monthly drop-in where Deaf people can ask
questions about their care in BSL, and a Deaf advocate can come with them to appointments if they wish.
"""),
        ("evidence", "Evidence of improvement", """
<<Q:Before Sign Me In, an interpreter was booked for only 31% of planned hospital appointments for BSL users;
in the last six months it has been 86%.>> <<Q:Missed appointments by Deaf patients have halved, because
people now get their appointment letters and reminders in BSL video as well as in writing.>>

<<Q:Incidents recorded by the Trust where communication with a Deaf patient was a factor went down from 14 in
2021/22 to 5 in 2023/24.>> <<Q:In our members' survey, the number who said they understood what was
happening to them during their last hospital stay rose from 22% to 69%.>>
"""),
        ("spread", "Spread and sharing of best practice", """
The ICB has asked us to help bring the same approach to Dunmere University Hospitals and to GP practices
across the area. We have shared the registration video and the booking process with Deaf charities in three
other regions, and our members presented Sign Me In, in BSL, at a national patient experience conference.

We have written up what we learned, including the mistakes, in a short guide in English and BSL, and we are
happy to share it with any hospital or charity that wants to do the same. Our dream is that no Deaf person
anywhere has to rely on a family member to understand their own diagnosis.
"""),
        ("value", "Value created", """
For our members it has been life-changing. One woman, who has had several operations, told us: 'For the
first time I understood what the surgeon said and I said yes because I agreed, not because I was scared.' For
the hospital, fewer missed appointments and fewer complaints. The tablets and video interpreting cost about
£48,000 a year, funded by the ICB, and SignBridge's work is funded through a three-year grant from a
national lottery fund.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<P:Sign Me In was designed by Deaf people from the start: 24 of our members took part in three design
sessions run entirely in BSL, and they decided how registration should work and what the hospital record
flag should say.>> <<P:Deaf volunteers tested the video interpreting tablets in the emergency department
and rejected the first supplier, whose picture froze too often.>>

We trained 130 hospital staff in Deaf awareness and how to book an interpreter. The hospital's patient
experience lead, Priya Nandra, has been a wonderful champion for the project. We would love to work more
closely with ward teams in the next phase.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I046  homeless health outreach - docx - Word heading styles
#       no stakeholder section; activity counts only; peer advocates (P) in
#       context; staff only trained -> missing_section stakeholders,
#       no_quantitative_evidence, no_staff_involvement
# ---------------------------------------------------------------------------
entry(
    id="I046", format="docx", layout="style_headings", topic="homeless_health",
    project="independent3-homeless-46",
    title="Health on the Move: a street and hostel outreach service for people experiencing homelessness",
    cover=[
        "Primary entrant: Harbourside Primary Care Network",
        "In partnership with: Porthaven City Council (Housing and Public Health); Open Door Porthaven (homelessness charity)",
        "Financial year of report: 2023/24",
    ],
    primary_entrant=dict(name="Harbourside Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Porthaven City Council", type="local_authority"),
        dict(name="Open Door Porthaven", type="charity"),
    ],
    sections=[
        ("context", "Background", """
People experiencing homelessness die, on average, around 30 years earlier than the general population, and
many of those deaths are from treatable conditions. In Porthaven, the council estimates that around 380 people
sleep rough or live in hostels and temporary accommodation on any given night. Many are not registered with a
GP, and the emergency department at Porthaven General is often the only place they receive care. Infected
wounds, untreated hepatitis C, uncontrolled epilepsy and missed doses of critical medicines are common, and
the safety risks of fragmented care are obvious.

Health on the Move is a mobile clinic run by Harbourside Primary Care Network, with the council and Open Door
Porthaven. A converted van staffed by a nurse practitioner, a GP one session a week and an Open Door support
worker visits hostels, day centres and known rough-sleeping sites on a published weekly timetable. The team
registers people with a Harbourside practice using the clinic address, treats wounds and minor illness,
offers blood-borne virus testing and vaccinations, and holds supplies of critical medicines so that people do
not go without between appointments.

<<P:People with lived experience of homelessness from Open Door's peer advocate programme chose where and
when the van stops, and asked for a private space inside the van, which was built in when the van was
converted.>> <<P:Peer advocates also rewrote the registration form after telling us that the questions about
previous addresses put people off.>>
"""),
        ("evidence", "Outcomes so far", """
Since the service began in June 2023 the van has made 410 visits and the team has seen 612 different people,
many of them several times. 240 people have been registered with a Harbourside practice. 188 people have had
a blood-borne virus test, and those with a positive result have been referred to the hepatitis C treatment
service. We have given 290 flu and COVID-19 vaccinations.

We have set ourselves a target of registering 80% of people seen within three months of first contact. We do
not yet know what effect the service has had on emergency department attendances or hospital admissions,
because we cannot yet link our records to hospital data. The University of Porthaven has agreed to evaluate
the service in 2024/25.

Some of what we have found is not easy to count. People who had not seen a health professional for years now
stop the van to ask about a cough or a sore foot, and several have been helped into drug and alcohol
treatment or mental health care after a conversation that started with a dressing.
"""),
        ("spread", "Sharing the learning", """
We have shared our timetable model, registration form and critical medicines list with two neighbouring
primary care networks, one of which is planning its own outreach service. Our nurse practitioner has spoken
at the regional inclusion health network, and the council has included the service in its homelessness
strategy.

Open Door has also shared the model with the national network of homelessness charities, and we have been
asked by the regional inclusion health programme to write a short case study. We are exploring with the
community dental service whether a dental session could be added to the van's timetable.
"""),
        ("value", "Value", """
The van cost £86,000 to buy and convert, funded by the council, and running costs of about £210,000 a year
are shared between the primary care network and the council. Staff were trained in trauma-informed care
before the service started. People using the service tell us that being seen where they are, by the same
faces each week, is what makes them come back.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I047  wrong-site surgery checklists - pdf produced by LibreOffice from a
#       Word document with heading styles - internal 'partnership' only and
#       patients only beneficiaries -> ineligible, no_patient_involvement
# ---------------------------------------------------------------------------
entry(
    id="I047", format="pdf", layout="style_headings", topic="surgical_safety", render_via="soffice",
    project="independent3-wrongsite-47",
    title="Stop Before You Cut: rebuilding the surgical safety checklist with the people who use it",
    cover=[
        "Organisation: Kestrel Hill Hospitals NHS Trust",
        "Partnership: Theatres and Anaesthetics Directorate, Surgical Division and Patient Safety Team, Kestrel Hill Hospitals NHS Trust",
        "Theatre Safety Lead, extension 5520",
    ],
    primary_entrant=dict(name="Kestrel Hill Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Context and patient safety goals", """
Wrong-site surgery is a never event. Between April 2020 and March 2021 Kestrel Hill Hospitals reported three:
a wrong-side nerve block, a wrong-digit procedure in hand surgery and a wrong-level spinal injection. Each
investigation found that the WHO Surgical Safety Checklist had been 'done', but as a tick-box exercise,
often read out by one person while the rest of the team carried on setting up.

We run 22 operating theatres across two sites and perform around 38,000 procedures a year, including local
anaesthetic lists in outpatient settings where the checklist was not consistently used at all. Our goals were
to eliminate wrong-site surgery, to make the checklist a genuine team pause, and to extend it to every place
in the Trust where invasive procedures are carried out.

The Stop Before You Cut programme, a partnership between our Theatres and Anaesthetics Directorate, the
Surgical Division and the Patient Safety Team, replaced the standard checklist with a version adapted locally
for each specialty, introduced a 'stop moment' in which all activity in the theatre halts and everyone faces
the patient, required site marking to be checked by two people against the consent form, and brought in
monthly observational audits by a trained team.

The programme was sponsored by the Medical Director and the Chief Nurse and reported to the Trust's Patient
Safety Committee. It was launched specialty by specialty between June 2021 and March 2022, starting with
orthopaedics and ophthalmology, where the risk of a wrong-side procedure is greatest. Theatre lists are not
allowed to start until the team brief has been completed and recorded in the theatre system.
"""),
        ("evidence", "Evidence of improvement", """
<<Q:There have been no wrong-site never events in the 30 months since the programme began, compared with three
in the 12 months before it.>> <<Q:In direct observation, the proportion of procedures where the full team
stopped and took part in the time out rose from 64% to 97%.>>

<<Q:Site marking checked by two people against the consent form rose from 55% to 95%.>> <<Q:In the theatre
safety culture survey, staff who agreed that they would feel able to stop a procedure if they had concerns went
from 58% to 83%.>>
"""),
        ("spread", "Spread and sharing", """
The checklist has been extended to the endoscopy unit, interventional radiology, the dental department and
the outpatient minor procedures rooms, each with its own version. Our theatre safety lead has presented the
work at the regional never events learning network, and the observational audit tool has been shared with
other trusts through the patient safety specialists' network.

We have also worked with the maternity unit to develop a version for obstetric theatres, where emergencies
mean the checklist must be completed quickly without losing the stop moment. This will be introduced in the
autumn.
"""),
        ("value", "Value", """
Theatre staff say the stop moment has changed the atmosphere, and junior members of the team feel able to
speak up. Patients benefit from safer surgery. Patient feedback forms completed after day surgery were
positive about the checks, and no changes were needed. The programme cost very little: printing, audit time
and a half-day launch event for each specialty.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:Each specialty's version of the checklist was written by its own theatre team, including surgeons,
anaesthetists, operating department practitioners, scrub nurses and healthcare assistants, in workshops
facilitated by the Patient Safety Team.>> <<S:Operating department practitioners suggested the 'stop
moment' after visiting another trust, and they piloted it in orthopaedic theatres before it was adopted
everywhere.>>

Patients were not involved in the redesign, as it concerned the work of the theatre team.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I048  safer staffing tools - docx - numbered questions
#       software company is the primary entrant; usage counts, forecasts;
#       patients only beneficiaries -> ineligible, no_quantitative_evidence,
#       no_patient_involvement
# ---------------------------------------------------------------------------
entry(
    id="I048", format="docx", layout="numbered_questions", topic="safer_staffing", docx_font="Calibri",
    project="independent3-staffing-48",
    title="SafeShift: real-time acuity and safer staffing decisions across trusts",
    cover=[
        "Lead organisation: Rostaline Ltd",
        "Partner organisations: Pennick Valley Hospitals NHS Trust; Hartwell General Hospital NHS Trust",
        "Registered office: 5th Floor, 10 Canal Wharf, Marrowby MW2 9LS",
    ],
    primary_entrant=dict(name="Rostaline Ltd", type="private"),
    partners=[
        dict(name="Pennick Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Hartwell General Hospital NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Q1. The context in which the partnership was needed, the product or service, and its patient safety goals", """
Safe nurse staffing is one of the strongest predictors of patient safety on hospital wards. Yet in many trusts
decisions about moving staff between wards are still made at a morning huddle using spreadsheets, phone calls
and the instinct of an experienced site manager. Patient acuity and dependency are typically recorded twice a
day on paper or in a separate system, and are rarely visible to the people deciding where to send a bank
nurse.

Rostaline Ltd is a healthcare workforce technology company founded in 2016. In 2022 we entered a partnership
with Pennick Valley Hospitals NHS Trust and Hartwell General Hospital NHS Trust to develop SafeShift, a module
that brings acuity and dependency scores, the live roster, red flag events and the electronic observations
system together on one screen. The platform calculates the gap between the nursing hours needed and those
available for every ward, shift by shift, and suggests where staff should be redeployed. The partnership's
patient safety goals are to ensure that every ward is staffed to the level its patients need, to reduce
missed care, and to give boards assurance that staffing decisions are based on evidence.

The partnership agreement gives both trusts a seat on the SafeShift product board and early access to new
features, in return for hosting development and testing. Rostaline funded the development costs; the trusts
contributed clinical time, data and informatics support. The module went live at Pennick Valley in March 2023
and at Hartwell General in September 2023.
"""),
        ("evidence", "Q2. Evidence of improvements in safe care as a direct result of the partnership", """
SafeShift is now live on 178 wards across the two trusts. Since launch it has been used to plan more than 1.2
million shifts, and 3,400 nurses and midwives have a SafeShift login. Acuity scores are now recorded three
times a day on every adult inpatient ward.

Red flag events, such as a delay of more than 30 minutes in providing pain relief or a shortfall of more than
eight hours of registered nurse time on a shift, are now captured in the tool, and 2,310 have been recorded
since launch. We expect the two trusts to reduce agency spend by 15% in the coming year, and an independent
evaluation of the effect on missed care and patient outcomes is being planned.
"""),
        ("spread", "Q3. How have the achievements been applied elsewhere, and how has best practice been shared?", """
SafeShift has been procured by three further trusts and is available through two national frameworks. We have
presented the partnership at the Chief Nurses' workforce summit and at a digital health conference, and our
clinical advisory team runs a monthly user forum open to all customer trusts.

We are working with a national nursing workforce group on a standard data set for acuity and red flags so
that trusts using different systems can compare their data.
"""),
        ("value", "Q4. What value has been created? Consider staff and patient experience and value for money", """
Matrons tell us that the morning staffing huddle now takes 15 minutes instead of 45, and that they can see the
whole hospital at a glance. Patients benefit from wards that are staffed to meet their needs. The licence cost
is £1,450 per ward per year.

Site managers at Hartwell General say that the tool has made difficult conversations easier, because
decisions to move a nurse from one ward to another are now based on numbers that everyone can see, rather than
on who argues loudest at the huddle. Directors of nursing use the reports in their six-monthly staffing
reviews to the board.
"""),
        ("stakeholders", "Q5. Who were the stakeholders and how were they involved in the design?", """
<<S:Ward managers, matrons and the site management teams at both trusts tested every release of SafeShift in a
training environment, and their feedback shaped the redeployment screen, which was redesigned twice.>>
<<S:Chief nurses and directors of workforce from the two trusts sat on the partnership board with our product
team.>>

A wide range of stakeholders were engaged throughout development, and the trusts' patient experience teams
were kept informed.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)
