"""Eighth independent (blind) evaluation set: I113..I128.

Written without reference to the checker, the pipeline or other sets beyond the
format of entries3.py.  Same data format and mark-up:

  <<Q:sentence>>   quantitative claim (a measured change in an outcome)
  <<P:sentence>>   patient / carer / service-user involvement
  <<S:sentence>>   staff involvement
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are
joined with a single space.  A paragraph starting with "- " is a bullet item.

Flags are written out by hand and build.py cross-checks them against the mark-up.
Labelling conventions (from the project's definitions):
  * not Q: dates, financial years, bed/ward counts, headcounts, numbers trained,
    budgets and costs, phone numbers, postcodes, page/reference numbers, targets
    not yet reached, plans, activity/usage counts with no before/after outcome;
  * Q: measured change in an outcome, in digits or words;
  * not P/S: patients as beneficiaries, intentions, negations, unnamed
    "stakeholders", a single named lead, staff who were only trained or informed,
    feedback collected afterwards that changed nothing, people something was
    done to, audiences at events;
  * S includes staff of partner organisations who took part.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I113  insulin safety in hospital - docx - rubric headings
#       diabetes inpatient team, formal - clean
# ---------------------------------------------------------------------------
entry(
    id="I113", format="docx", layout="rubric_headings", topic="insulin_safety",
    project="independent8-insulin-113",
    title="Right Dose, Right Time: a partnership to make insulin safe on every ward",
    cover=[
        "Category: Best Partnership Solution Improving Patient Safety",
        "Entrant: Ashcombe and Deverill Hospitals NHS Foundation Trust",
        "In partnership with: University of Ashcombe School of Pharmacy; Diabetes Ashcombe (registered charity 1098234); NHS North Deverill Integrated Care Board",
        "Submitted by: Lead Nurse for Inpatient Diabetes",
    ],
    primary_entrant=dict(name="Ashcombe and Deverill Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Ashcombe", type="university"),
        dict(name="Diabetes Ashcombe", type="charity"),
        dict(name="NHS North Deverill Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "The context in which the partnership was needed, the product or service, and its patient safety goals", """
On any given day roughly one in six of the 880 adult inpatients across our two hospitals has diabetes, and
about a third of them are prescribed insulin. Insulin is one of the medicines most often implicated in serious
harm in hospital. The National Diabetes Inpatient Safety Audit has repeatedly shown that hospital-acquired
diabetic ketoacidosis, severe hypoglycaemia and missed or delayed doses are common and largely preventable.

Our own incident data for 2020/21 told the same story. Insulin errors were the single largest category of
medication incidents reported by our staff, and two patients developed diabetic ketoacidosis after their
background insulin was omitted on admission. Our inpatient diabetes team of four specialist nurses and one
consultant could not review every patient on insulin, and referrals tended to arrive only after something had
gone wrong.

Right Dose, Right Time was set up in September 2021. The Trust provides the clinical team and the electronic
prescribing system; the University of Ashcombe School of Pharmacy provides a human factors researcher and
pharmacy undergraduates on placement; Diabetes Ashcombe, a local patient-led charity, recruits and supports
people living with diabetes to work with us; and the ICB funds a specialist pharmacist post and hosts the
system diabetes network.

The service has four elements: a daily electronic 'insulin dashboard' that flags every inpatient with a
glucose outside safe limits or a missed dose; a redesigned insulin prescription screen with fixed choices for
the commonest regimens; supported self-administration of insulin for patients who manage their own diabetes
at home; and a seven-day inpatient diabetes pharmacist.

Our goals were to eliminate hospital-acquired diabetic ketoacidosis, to halve severe hypoglycaemia and to
reduce missed insulin doses to fewer than 2% of scheduled administrations.
"""),
        ("evidence", "Evidence of improvements in safe care as a direct result of the partnership", """
We measure outcomes monthly using data from the electronic prescribing and point-of-care glucose systems,
and report them to the Trust's Medication Safety Committee.

<<Q:Missed or delayed insulin doses fell from 6.8% of scheduled doses in the six months before the dashboard
went live to 2.4% in the most recent six months.>> We have not yet reached our 2% target.

<<Q:Episodes of severe hypoglycaemia requiring intravenous glucose or glucagon dropped by 44% when 2022/23 was
compared with 2020/21.>> <<Q:There have been no cases of hospital-acquired diabetic ketoacidosis in the last
fourteen months, compared with five in the year before the partnership began.>>

<<Q:Insulin-related incidents causing moderate or greater harm went from eleven in the baseline year to three.>>
Reporting of no-harm insulin incidents has risen, which we regard as a sign of a healthier reporting culture
rather than more errors.

Since April 2022 the inpatient diabetes pharmacist has carried out 5,612 reviews, and 612 patients have been
assessed for self-administration.
"""),
        ("spread", "How the achievements have been applied elsewhere and best practice shared", """
The insulin dashboard was built using standard reports in our electronic prescribing system, and the
specification has been shared with the three other trusts in the ICB area. Deverill Community Hospitals went
live with a simplified version in March 2023.

The University has published the human factors analysis of the prescription screen in an open-access journal,
and the teaching materials developed for the pharmacy students are now part of the undergraduate curriculum.
We presented the programme at the Diabetes UK Professional Conference in 2023.

The ICB has made self-administration of insulin a system-wide standard in its medicines optimisation plan for
2024/25.
"""),
        ("value", "Value created: staff and patient experience and value for money", """
People who usually manage their own insulin have told us how frightening it was to hand control over to busy
ward staff. Supported self-administration gives that control back where it is safe to do so. Ward nurses say
the dashboard means they no longer rely on memory or a handover note to know who needs a glucose check.

The partnership costs about £118,000 a year, mostly the pharmacist post and dashboard maintenance. Using the
national tariff for an episode of diabetic ketoacidosis and for additional bed days after severe hypoglycaemia,
the finance team estimates avoided costs of around £310,000 a year.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<P:Nine people with type 1 and type 2 diabetes, recruited through Diabetes Ashcombe, sat with our designers
and helped to rewrite the self-administration assessment and the patient leaflet, removing three questions
they found patronising.>> <<P:Two members of the charity also sit on the programme steering group and review
every serious insulin incident with us.>>

<<S:Ward nurses, healthcare assistants and junior doctors from six wards took part in simulation sessions
with the university researcher to test the new prescription screen, and their findings shaped its final
layout.>> <<S:Pharmacy students and ward pharmacists jointly designed the daily dashboard review round.>>

The ICB's diabetes network and the Trust's Medication Safety Committee received quarterly progress reports.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I114  AF detection and anticoagulation to prevent stroke - pdf - own headings
#       GP federation voice; staff only trained, single named lead
#       -> no_staff_involvement
# ---------------------------------------------------------------------------
entry(
    id="I114", format="pdf", layout="own_headings", topic="stroke_prevention", pdf_align="L",
    project="independent8-afstroke-114",
    title="Pulse Check Harlow Fields: finding atrial fibrillation before it becomes a stroke",
    cover=[
        "Harlow Fields GP Federation",
        "with Health Innovation Mercia East and Harlow Fields Community Pharmacy Network",
        "Contact: federation office, 01632 960283",
    ],
    primary_entrant=dict(name="Harlow Fields GP Federation", type="primary_care"),
    partners=[
        dict(name="Health Innovation Mercia East", type="ahsn"),
        dict(name="Harlow Fields Community Pharmacy Network", type="primary_care"),
    ],
    sections=[
        ("context", "Why we started", """
Harlow Fields is a market town and its surrounding villages, served by 14 practices with a registered
population of about 162,000. In 2021 we were near the bottom of the regional table for the proportion of
people with atrial fibrillation who were on anticoagulation. We also suspected we were missing many people
who had AF but did not know it. Every one of those people is at a five-fold higher risk of stroke, and strokes
caused by AF tend to be more severe.

Pulse Check is a partnership between our federation, which represents all 14 practices, Health Innovation
Mercia East, which had run a similar scheme elsewhere, and the community pharmacy network. Pharmacies offer a
free pulse check with a handheld single-lead ECG device to anyone over 65 who collects a prescription or a flu
vaccine. Recordings showing possible AF are sent electronically to a federation hub, where a GP with an
extended role in cardiology reviews them within two working days and the patient's own practice is asked to
book a 12-lead ECG and a review.

Alongside case-finding, a federation pharmacist runs searches in every practice to find people already known
to have AF who are not anticoagulated and have no recorded reason, and invites them for a review.

The federation board approved the project in July 2021 with a budget for two years. Each practice nominated
a lead GP for AF, and the hub operates from the federation's offices at Meadow Lane, Harlow Fields HF2 6RP,
from 8am to 6.30pm on weekdays. Patients found to have AF are offered a direct oral anticoagulant in line with
the ICB formulary, and the federation pharmacist reviews kidney function and interacting medicines before the
first prescription is issued.
"""),
        ("evidence", "What changed", """
Between October 2021 and September 2023, 9,870 people had a pulse check in 26 pharmacies.

<<Q:The proportion of people on our AF registers who were anticoagulated rose from 82.1% to 91.4% over two
years.>> <<Q:The number of people on our AF registers increased by 612, a rise of about 0.4 percentage points
in recorded prevalence, which Health Innovation Mercia East estimates to be roughly double the change in
comparable areas.>>

<<Q:Emergency admissions for AF-related stroke among Harlow Fields residents fell from 71 in 2020/21 to 52 in
2022/23.>> We know these are small numbers and that other factors could play a part, so we are treating this
as encouraging rather than proof.
"""),
        ("spread", "Taking it further", """
Two neighbouring federations have asked for our search templates and pharmacy referral form, and one started
pulse checks in January 2024. Health Innovation Mercia East has included Pulse Check in its regional
cardiovascular programme and presented our data at a national webinar attended by more than 300 people.

We would like to extend checks to people attending for blood pressure checks in pharmacy from next year,
subject to funding.
"""),
        ("value", "What it means for people", """
For patients, a two-minute check while collecting a prescription is quick and close to home. Several people
who were found to have AF told pharmacists they had never had their pulse taken before.

The programme cost £96,500 over two years, including 30 ECG devices at £140 each, pharmacy fees of £10 per
check and four sessions a week of GP time. Using national modelling, each stroke prevented saves the NHS and
social care around £25,000 in the first year alone.
"""),
        ("stakeholders", "Who made it happen", """
Dr Priya Raman, our clinical director, led the project from the start and personally reviewed the first 500
recordings.

All 64 pharmacists and pharmacy technicians taking part were trained in using the device through a one-hour
online module and a practical session. Practice managers were kept informed through the monthly federation
newsletter.

<<P:We held two listening events with the Harlow Fields Stroke Club, where stroke survivors and their partners
chose the wording for the pharmacy posters and told us that 'pulse check' was far less alarming than 'heart
screening'.>>

We are grateful to all our stakeholders for their support.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I115  children and young people in mental health crisis in ED - pdf -
#       numbered questions; young people only beneficiaries, survey that
#       changed nothing, plan to involve -> no_patient_involvement
# ---------------------------------------------------------------------------
entry(
    id="I115", format="pdf", layout="numbered_questions", topic="cyp_mental_health",
    project="independent8-cypcrisis-115",
    title="Safe Space: keeping children in mental health crisis safe in the emergency department",
    cover=[
        "Entry from Tamsford and Brooke Mental Health NHS Foundation Trust (CAMHS Crisis Service)",
        "Partners: Tamsford General Hospital NHS Trust; Brooke Constabulary; Tamsford Borough Council Children's Services",
        "Category: Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="Tamsford and Brooke Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Tamsford General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Brooke Constabulary", type="emergency_service"),
        dict(name="Tamsford Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "1. What was the context in which the partnership was needed? What is the product or service and what are its patient safety goals?", """
The emergency department at Tamsford General sees around 1,100 attendances a year by children and young
people aged under 18 in mental health crisis, and the number roughly doubled between 2019 and 2022. Most arrive
in the evening, many are brought by police under section 136 or by worried parents, and a significant minority
have self-harmed or taken an overdose. Until 2022 they waited in a busy paediatric area designed for physical
illness, often for many hours, while the CAMHS on-call clinician drove in from 22 miles away.

A serious incident review in late 2021 described a 14-year-old who left the department unseen and was found
by police on a railway bridge two hours later. The review identified no single failure, but a chain of gaps
between four organisations: the hospital, our CAMHS team, the police and children's social care.

Safe Space is the response. Since June 2022 a CAMHS crisis practitioner has been based in the emergency
department from 2pm to midnight, seven days a week. A low-stimulus room has been converted from a relatives'
room, with anti-ligature fittings. All four partners use a shared 'Safe Space plan' that records risk, who is
with the young person, and the agreed next step, and a daily 9am call reviews every young person still in the
department or on a paediatric ward awaiting a mental health bed.

Our goals were to reduce young people leaving before assessment, to reduce episodes of self-harm in the
department and to shorten the time to a specialist assessment.
"""),
        ("evidence", "2. What evidence is there of improvements in safe care as a direct result of the partnership? Please give quantitative examples.", """
We compared the 12 months before Safe Space began with the 12 months from July 2022.

<<Q:Young people in crisis who left the department before a mental health assessment fell from 61 to 14.>>
<<Q:Recorded incidents of self-harm within the department went down from 23 to 6.>>

<<Q:The median time from arrival to a specialist assessment was reduced from 7 hours 40 minutes to 2 hours
15 minutes.>> <<Q:The use of restraint by hospital security or police in the department was recorded 19 times
in the baseline year and 5 times afterwards.>>

The number of section 136 detentions of under-18s was almost unchanged, which we expected, as Safe Space is
not designed to prevent detention but to make what follows safer.
"""),
        ("spread", "3. How have the achievements been applied elsewhere and how has best practice been shared?", """
The Safe Space plan template has been adopted by Brooke County Hospital's emergency department, supported by
our crisis team, from January 2024. The police have included the daily 9am call in their force mental health
procedure, and the approach was shared at the regional children and young people's mental health network in
May 2023 and with the national children's urgent care collaborative.

We have also produced a short film for paediatric nurses in other trusts about how to adapt a room on a low
budget.
"""),
        ("value", "4. What value has been created for patients and staff, and how does the project represent value for money?", """
Emergency department nurses told us they no longer feel alone with a young person they are not trained to
help. Police officers spend less time waiting with young people, releasing them back to patrol.

Young people benefit from a calmer room and from seeing a specialist much sooner. A feedback questionnaire was
given to young people and parents after discharge; 48 were returned and most comments were positive, and we
are reviewing them for the next annual report.

The crisis practitioner posts cost £212,000 a year, funded jointly by the ICB and the council. The room
conversion cost £17,500. Police estimate 1,300 officer hours a year have been released.
"""),
        ("stakeholders", "5. How were stakeholders, including patients and staff, involved in the design of the service?", """
<<S:The service was designed at three joint workshops attended by emergency department nurses and consultants,
CAMHS crisis practitioners, police mental health liaison officers and duty social workers.>> <<S:A paediatric
sister and a police sergeant wrote the first version of the Safe Space plan together, and ward staff tested
it for a month before it was adopted.>>

<<S:Hospital estates and security staff advised on the room and chose its fittings with our nurses.>>

Because of the urgency following the serious incident, young people were not involved in the design. We intend
to set up a youth advisory panel with the council's participation team during 2024. Parents will be kept
informed of progress through the hospital's website.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I116  hydration and urinary infection in care homes - docx - no headings
#       council adult social care voice, informal; no spread section
#       -> missing_section(spread)
# ---------------------------------------------------------------------------
entry(
    id="I116", format="docx", layout="no_headings", topic="care_home_hydration",
    project="independent8-hydration-116",
    title="Drink Well, Stay Well: a care home hydration partnership",
    cover=[
        "Penmore City Council, Adult Social Care, with Penmore Community Health NHS Trust and Penmore Care Providers' Association",
        "Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="Penmore City Council", type="local_authority"),
    partners=[
        dict(name="Penmore Community Health NHS Trust", type="nhs_trust"),
        dict(name="Penmore Care Providers' Association", type="charity"),
    ],
    sections=[
        ("context", None, """
When our quality team looked at why people living in Penmore's care homes were being admitted to hospital,
one cause kept coming up: urinary tract infections, and the confusion, falls and sepsis that often came with
them. Behind many of those infections was something very simple. Older people in care homes were not drinking
enough, particularly in hot weather and at night, and staff had no easy way to know who was falling short.
At the same time, dipstick testing of urine was being used to diagnose infection in people over 65, which
national guidance has advised against for years, so residents were also receiving antibiotics they did not
need.

Penmore has 58 care homes with about 2,100 beds. In 2022 the council, the community health trust and the
providers' association agreed to work on this together. The council commissions most of the beds and runs the
care home quality team; the community trust provides the care home nursing support team and the antimicrobial
pharmacist; the association represents the independent and voluntary sector homes and runs their training.

Drink Well, Stay Well has three strands: a structured 'seven drinks a day' routine with drinks rounds,
coloured cups and a simple intake chart; a stop on routine dipstick testing, replaced by a checklist to decide
whether an infection is likely; and a direct line to the care home nursing support team for advice before
calling the GP or 111.

The programme board meets every two months at the council offices and is chaired jointly by the council's
head of quality and the trust's deputy director of nursing. Homes that join sign a short agreement, receive a
starter pack of cups and charts, and are visited by a care home nurse in their first month. Progress is
reported to the council's Adult Social Care Scrutiny Committee twice a year.
"""),
        ("evidence", None, """
Twenty-two homes joined the first phase in April 2022, and we compared their data with the year before.

<<Q:Hospital admissions with a urinary tract infection from those homes fell by 37%.>> <<Q:Antibiotic
prescriptions for suspected urinary infection in residents dropped from 412 to 238.>> <<Q:Falls among
residents went down by around a fifth in the same homes, which we think partly reflects fewer episodes of
acute confusion.>>

<<Q:Average recorded fluid intake rose from about 1,050ml to 1,480ml a day in the four homes that kept
complete charts throughout.>> The remaining homes did not record intake consistently enough to compare.

Our aim is for all 58 homes to join by March 2025, and 41 have now signed up.
"""),
        ("value", None, """
What residents and families notice most is the drinks round itself. It has become a social moment, with
staff sitting down with residents rather than leaving a jug on the side. Managers tell us it has helped with
recruitment because new carers can see a clear, practical way to keep people well.

The council has spent £64,000 on the programme, including coloured cups, printed charts and backfill for
training days. The providers' association estimates that each avoided admission saves a home around 15 hours
of staff time spent arranging transfers, chasing discharge and re-assessing the resident on return. The
community trust estimates the avoided hospital costs at several times the council's investment.
"""),
        ("stakeholders", None, """
<<S:The routine was designed by a working group of care home managers, senior carers and a kitchen
assistant from eight homes, working with the trust's care home nurses and antimicrobial pharmacist.>>
<<S:It was the carers who suggested colour-coding cups by how much they hold, after finding that nobody could
tell how much a resident had really drunk.>>

<<P:Residents at two homes took part in tasting sessions and picked the jellies, ice lollies and soups that
now count towards the seven drinks, and a residents' meeting at Heron Court asked for the late-evening drinks
round.>> <<P:Relatives on the providers' association family forum reviewed the leaflet for families.>>

Every home's staff received a two-hour training session run by the association.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
    ],
)


# ---------------------------------------------------------------------------
# I117  lithium monitoring - pdf - caps headings
#       private company as lead entrant (ineligible); evidence only activity,
#       targets and uptake -> no_quantitative_evidence
# ---------------------------------------------------------------------------
entry(
    id="I117", format="pdf", layout="caps_headings", topic="lithium_monitoring", pdf_font="DejaVuSans",
    project="independent8-lithium-117",
    title="LithiumLink: connected monitoring for people taking lithium",
    cover=[
        "Submitted by Meridian Clinical Software Ltd",
        "Delivered with Corrow Valley Partnership NHS Foundation Trust, the Corrow Pathology Network and Eastgate Primary Care Network",
        "Enquiries: partnerships@meridian-clinical.example, 0161 496 0732",
    ],
    primary_entrant=dict(name="Meridian Clinical Software Ltd", type="private"),
    partners=[
        dict(name="Corrow Valley Partnership NHS Foundation Trust", type="nhs_trust"),
        dict(name="Corrow Pathology Network", type="nhs_trust"),
        dict(name="Eastgate Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "1. CONTEXT", """
Lithium remains one of the most effective treatments for bipolar disorder, but it has a narrow therapeutic
range. Too little and it does not work; too much and it can cause tremor, confusion, kidney damage and, at
worst, life-threatening toxicity. National guidance requires serum lithium levels every three months, with
kidney and thyroid function every six months. NHS England has previously issued a patient safety alert on
lithium monitoring, and coroners continue to report deaths where warning signs in blood results were missed.

Responsibility for monitoring is often split. The mental health trust may initiate lithium, the GP continues
to prescribe it, the laboratory reports the levels and the community pharmacist dispenses it, but none of them
necessarily sees the whole picture. In the Corrow Valley there are around 1,450 people taking lithium.

Meridian Clinical Software developed LithiumLink to bring these pieces together. It is a cloud-based register
that receives results directly from the Corrow Pathology Network's laboratory system, tracks when each test is
due, sends text reminders to patients, and alerts the prescriber and the mental health team when a level is
outside range or a test is overdue. A companion view allows community pharmacists to check that monitoring is
up to date before dispensing.

We launched LithiumLink in Corrow Valley in partnership with the mental health trust, the pathology network and
Eastgate Primary Care Network in February 2023.

Meridian Clinical Software was founded in 2017 and employs 45 people at its offices in Manchester. The company
holds the relevant NHS data security accreditations, and LithiumLink is registered as a class I medical device.
Data are hosted in the UK, and each partner organisation has signed a data processing agreement with Meridian
covering the use of pathology results and patient contact details.
"""),
        ("evidence", "2. EVIDENCE OF IMPROVEMENT", """
Since launch, 1,186 patients have been enrolled on LithiumLink, covering 82% of those known to be prescribed
lithium in the area. The platform has sent 9,420 text reminders and generated 1,037 alerts to clinicians, of
which 211 concerned a level above the therapeutic range.

Clinicians have acknowledged 96% of alerts within 48 hours. Pharmacists in Eastgate have logged into the
pharmacy view 3,300 times.

Our target for the next year is for 95% of enrolled patients to have every test completed on time, and we
expect LithiumLink to lead to fewer admissions for lithium toxicity. A formal evaluation of outcomes is planned
with the trust's research and development department in 2025.
"""),
        ("spread", "3. SPREAD AND SHARING", """
LithiumLink is now being rolled out to two further primary care networks, and we are in discussion with three
other mental health trusts. The reminder and alert logic is configurable, so the same platform can be adapted
for other medicines that need blood monitoring, such as methotrexate and clozapine.

We have demonstrated the platform at the NHS ConfedExpo and at a regional digital health showcase.
"""),
        ("value", "4. VALUE", """
LithiumLink costs £4.50 per enrolled patient per month, a total of around £64,000 a year for Corrow Valley,
which is funded by the ICB's digital transformation budget for 2023/24 and 2024/25. We estimate that a single
avoided admission for lithium toxicity, typically involving several days in hospital and sometimes intensive
care, would cost the NHS more than £8,000.

Patients appreciate not having to remember test dates. Practice staff no longer need to maintain spreadsheets,
which saves an estimated two hours a week per practice.
"""),
        ("stakeholders", "5. STAKEHOLDER ENGAGEMENT", """
<<S:A clinical reference group of two consultant psychiatrists, a mental health pharmacist from the trust, a
biochemist from the pathology network and three Eastgate GPs met every fortnight during the build and
decided the alert thresholds and who each alert goes to.>>

<<S:Practice administrators in Eastgate tested the register screens and asked for the overdue list to be
sorted by practice, which we built into the second release.>>

<<P:Members of the trust's bipolar peer support group, who take lithium themselves, reviewed the wording of the
text reminders and asked that they never mention the medicine by name, for privacy.>>
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="ineligible", criterion=None),
    ],
)


# ---------------------------------------------------------------------------
# I118  maternity early warning across ambulance and hospital - docx - bold
#       headings, cover table; midwife voice - clean
# ---------------------------------------------------------------------------
entry(
    id="I118", format="docx", layout="bold_headings", topic="maternity_early_warning", docx_font="Arial",
    project="independent8-mews-118",
    title="One Score, One Language: maternity early warning from the roadside to the labour ward",
    cover_table=[
        ("Entry title", "One Score, One Language: maternity early warning from the roadside to the labour ward"),
        ("Lead organisation", "Kestrel Bay Hospitals NHS Trust (Maternity Services)"),
        ("Partner organisations", "South Coastal Ambulance Service NHS Foundation Trust; Kestrel Bay Maternity and Neonatal Voices Partnership; University of Fenwick School of Health Sciences"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
    ],
    primary_entrant=dict(name="Kestrel Bay Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="South Coastal Ambulance Service NHS Foundation Trust", type="emergency_service"),
        dict(name="Kestrel Bay Maternity and Neonatal Voices Partnership", type="charity"),
        dict(name="University of Fenwick", type="university"),
    ],
    sections=[
        ("context", "Context", """
Pregnant and recently delivered women can look well until very late in an illness. Their heart rate and blood
pressure change during pregnancy, so the scoring tools used for other adults can miss sepsis, haemorrhage or
pre-eclampsia, or sound the alarm for no reason. For years our labour ward used one early warning chart,
our gynaecology ward another, and the ambulance crews bringing women to us used NEWS2. When a paramedic handed
over a 'NEWS of 3', the midwife receiving the woman had no way of knowing what that meant in maternity terms.

Kestrel Bay delivers about 4,300 babies a year in one consultant-led unit and a freestanding midwife-led unit
at Selby Cross. Around 600 women a year are brought in by ambulance during pregnancy or after birth, many from
rural areas more than 40 minutes away.

In 2022 the national Maternity Early Warning Score (MEWS) was published. We saw an opportunity to adopt it not
just in the hospital but along the whole pathway. Our partnership with South Coastal Ambulance Service, the
University of Fenwick and our Maternity and Neonatal Voices Partnership (MNVP) introduced MEWS on the
ambulance electronic patient record, in the triage unit, on the labour ward and on the postnatal ward, with a
shared escalation language and a single handover format.

The work was overseen by the trust's Maternity and Neonatal Safety Champions and reported monthly to the
Local Maternity and Neonatal System board. The ambulance service's clinical safety officer approved the
changes to its electronic record, and the project followed the trust's digital clinical safety standards
throughout. A project midwife was funded for 18 months from the national maternity safety support programme.
"""),
        ("evidence", "Evidence", """
The university's midwifery research team independently audited 300 sets of maternity records before and after
the change.

<<Q:Delayed escalation of a triggering score fell from 29% of cases to 8%.>> <<Q:Time from arrival at triage to
first review by an obstetrician for women with a red-trigger score came down from a median of 52 minutes to 17
minutes.>>

<<Q:Unplanned admissions of women to intensive care where the review judged deterioration had been recognised
late dropped from seven in 2021/22 to two in 2023/24.>> <<Q:Over the same period, sepsis in the postnatal
period was treated with antibiotics within an hour in 88% of cases, up from 54%.>>

We had 4,300 births in 2023/24, a similar number to the baseline year.
"""),
        ("spread", "Spread", """
South Coastal Ambulance Service has extended MEWS on its electronic record to every crew across its
footprint, which covers four maternity units in three trusts. Two of those trusts have since adopted the
same handover format. Our consultant midwife presented the work to the regional maternity safety network, and
the University has embedded the shared escalation language in its pre-registration midwifery and paramedic
programmes.
"""),
        ("value", "Value", """
Midwives and paramedics say they now 'speak the same language'. Fewer unnecessary escalations mean obstetric
registrars are called when it matters. Women told the MNVP that they felt more confident when the paramedic
and the midwife clearly already knew what was happening.

The total cost was £38,000, mainly for changes to the ambulance record and training materials, shared between
the ambulance service and the hospital trust. One avoided intensive care admission costs around £12,000.
"""),
        ("stakeholders", "Stakeholders", """
<<P:The MNVP brought together eleven women who had been seriously unwell in pregnancy or after birth, and their
accounts of not being listened to led us to add a 'woman or partner is worried' trigger to the score.>>
<<P:MNVP members also co-wrote the leaflet that explains MEWS to women in plain language.>>

<<S:Paramedics, triage midwives and labour ward coordinators met in four joint simulation days at the
university to test the handover, and they rewrote it twice before it was finalised.>> <<S:Obstetric
anaesthetists agreed the escalation thresholds with the ambulance service's consultant paramedic.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I119  sepsis recognition in general practice and 111 - pdf - with appendix
#       ICB patient safety team voice; staff trained/informed, named lead,
#       unnamed stakeholders -> no_staff_involvement
# ---------------------------------------------------------------------------
entry(
    id="I119", format="pdf", layout="with_appendix", topic="sepsis_primary_care", pdf_font="LiberationSerif",
    project="independent8-gpsepsis-119",
    title="Think Sepsis Early: a whole-system approach to spotting sepsis before hospital",
    cover=[
        "NHS Wyvern and Aldmoor Integrated Care Board with Wyvern Urgent Care (NHS 111 and out-of-hours), the Wyvern Sepsis Trust and Aldmoor Local Medical Committee",
        "Category: Best Partnership Solution Improving Patient Safety",
        "Patient Safety Team, Wyvern House, 14 Canal Street, Aldmoor AL4 2TD",
    ],
    primary_entrant=dict(name="NHS Wyvern and Aldmoor Integrated Care Board", type="icb"),
    partners=[
        dict(name="Wyvern Urgent Care", type="nhs_trust"),
        dict(name="Wyvern Sepsis Trust", type="charity"),
        dict(name="Aldmoor Local Medical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Context and aims", """
Most sepsis begins in the community. Yet almost all the effort to improve sepsis care in our area had gone
into hospitals, where screening tools and sepsis nurses were well established. When our patient safety team
reviewed 40 deaths from sepsis in 2021, it found that in more than half of them the patient or a relative had
contacted a GP practice, NHS 111 or the out-of-hours service in the 72 hours before admission. Common themes were
observations not being taken during telephone or video consultations, a lack of any shared language for
urgency, and safety-netting advice that was vague.

The ICB covers 94 practices serving 1.1 million people. Think Sepsis Early was developed with Wyvern Urgent
Care, which runs NHS 111 and out-of-hours services, the Wyvern Sepsis Trust, a charity founded by bereaved
families, and the Local Medical Committee. It consists of a sepsis template on the GP clinical system that
prompts for NEWS2 when a patient is seen face to face and for 'red flag' questions by telephone; pulse
oximeters and thermometers for every practice; a shared urgency phrase, 'query sepsis, NEWS2 of X', to be used
in every referral to the ambulance service or the acute medical unit; and a printed and digital
safety-netting card co-written with families.
"""),
        ("evidence", "Evidence of impact", """
We compared the 18 months before the launch in October 2022 with the 18 months afterwards, using primary care
records, ambulance handover records and the acute trusts' sepsis audits.

<<Q:The proportion of patients admitted with sepsis from primary care who had a NEWS2 recorded at their last
community contact rose from 19% to 67%.>> <<Q:Among patients admitted with sepsis after contact with 111 or
out-of-hours services, the median time from first call to arrival at hospital came down from 9.5 hours to 4.1
hours.>>

<<Q:Thirty-day mortality for patients admitted with sepsis who had been in contact with primary care in the
preceding 72 hours fell from 17.2% to 13.6%.>> The acute trusts' overall sepsis mortality also fell over this
time, so we cannot attribute all of the change to our work.

Over 80,000 safety-netting cards have been distributed.
"""),
        ("spread", "Spread and sharing", """
The template has been adopted by two neighbouring ICBs, and the urgency phrase is now used by the regional
ambulance service in its clinical hub. The Wyvern Sepsis Trust has sent the safety-netting card to other
sepsis charities, and the national primary care sepsis group has included our template in its resource list.
"""),
        ("value", "Value", """
Practices report that the template takes under a minute to complete. Families tell the Wyvern Sepsis Trust
that the card helped them know when to call back. The programme cost £186,000 in 2022/23, including 188
oximeters and thermometers at £45 each, template development and printing. A typical sepsis admission to
intensive care costs more than £20,000.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<P:Six families from the Wyvern Sepsis Trust, each of whom had lost a relative to sepsis, wrote the
safety-netting card with our team over three evening sessions, choosing the words 'trust your instinct' for
its front page.>> <<P:A patient who survived septic shock reviewed every version of the 111 call prompts.>>

Dr Alan Whitcombe, our clinical lead for deterioration, designed the template. Every practice was sent the
template with a training video, and 1,460 clinicians completed the e-learning module. NHS 111 call handlers
were informed of the new phrase through a bulletin.

We engaged widely with stakeholders across the system throughout the programme.
"""),
    ],
    trailer=[
        ("heading", "Appendix A: Glossary and references"),
        ("text", "NEWS2: National Early Warning Score 2, Royal College of Physicians, 2017. Red flag sepsis: criteria published by the UK Sepsis Trust. LMC: Local Medical Committee. ICB: Integrated Care Board."),
        ("text", "Supporting documents available on request: programme board terms of reference (PSB-22-07); template specification v3.2; safety-netting card (English, Polish, Urdu and Romanian versions)."),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I120  wrong-site procedures outside theatres - docx - form table
#       no evidence section, no Q anywhere -> missing_section(evidence),
#       no_quantitative_evidence
# ---------------------------------------------------------------------------
entry(
    id="I120", format="docx", layout="form_table", topic="wrong_site_procedures",
    project="independent8-locssip-120",
    title="Stop Before You Start: safety checks for procedures outside the operating theatre",
    cover_table=[
        ("Project title", "Stop Before You Start: safety checks for procedures outside the operating theatre"),
        ("Lead organisation", "Marlow Heath University Hospitals NHS Trust"),
        ("Partners", "Marlow Heath Community Dental Service (Marlow Heath Community NHS Trust); University of Caister Human Factors Group"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Patient Safety Specialist, 01632 960915"),
    ],
    primary_entrant=dict(name="Marlow Heath University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Marlow Heath Community NHS Trust", type="nhs_trust"),
        dict(name="University of Caister", type="university"),
    ],
    sections=[
        ("context", "Context: describe why the partnership was needed, the product or service and its patient safety goals", """
Wrong-site surgery is a never event, and most people assume it happens in operating theatres. In fact, a
growing share of invasive procedures now takes place elsewhere: in dermatology and eye clinics, in endoscopy,
in interventional radiology and in community dental clinics, where teeth are extracted under local
anaesthetic every day. These settings often lack the routines that theatres take for granted, such as a team
brief, a formal sign-in and a 'time out'.

Between 2019 and 2021 the two organisations recorded three never events between them outside theatres: a
wrong tooth extracted in a community dental clinic, a skin lesion removed from the wrong side of the face, and
a wrong-side injection in an eye clinic. Each investigation identified the same contributing factors:
reliance on memory, a referral letter that did not match the clinic list, and no pause before the first
incision or extraction.

Stop Before You Start is a set of local safety standards for invasive procedures (LocSSIPs) built jointly by
the acute trust, the community dental service and the University of Caister Human Factors Group. It includes a
one-page, specialty-specific checklist, a tooth and site charting standard shared between referring dentists
and the community clinic, a 'stop card' any member of staff can raise, and a monthly observational audit
carried out by a peer from another department. It is used in 23 clinic rooms across four sites.

Our goals were to prevent further wrong-site never events and to make a pause before every procedure
routine.

The partnership was governed by a joint steering group reporting to both trusts' patient safety committees,
and the university's involvement was funded by a research grant of £19,500. A peer observer from a different
department visits each clinic room once a month without notice, watches three procedures and records whether
each step of the checklist was carried out. The results are fed back to the clinic team the same week.
"""),
        ("spread", "Spread: how have the achievements been applied elsewhere and best practice shared?", """
The human factors group has turned our work into a free toolkit with templates for seven specialties, which
has been downloaded by more than 60 organisations. Two community dental services in neighbouring counties have
adopted the charting standard, and the regional never events network invited us to present in November 2023.

We are now adapting the checklist for procedures carried out in patients' homes by community nurses, such as
catheter changes and wound debridement. This work began in February 2024.
"""),
        ("value", "Value: what value has been created for staff and patients, and value for money?", """
Staff describe the checklist as 'the two minutes that let us breathe'. Dental nurses in particular say they
now feel entitled to stop a dentist who is about to extract without checking the chart, which they did not
feel before. Patients are asked to confirm the site themselves, and clinicians report that this often
reassures people who are anxious.

The partnership cost £27,000, mostly the university's time, printing and a half-day of backfill for each
clinic team. A single never event investigation typically consumes more than 200 hours of staff time, before
any compensation is considered.
"""),
        ("stakeholders", "Stakeholders: who was involved, and how were patients and staff engaged in the design?", """
<<S:Each checklist was written by the people who use it: dental nurses, dentists, dermatology and
ophthalmology nurses, endoscopists and radiographers, facilitated by the human factors researchers over a
series of ten workshops.>> <<S:Staff filmed themselves doing mock procedures and watched the recordings
together to find where the pause fitted most naturally into their routine.>>

<<P:Patients waiting for dental extractions were invited to try out the site-confirmation question, and their
suggestion that clinicians show them the chart, rather than describe it, was adopted for every clinic.>>
<<P:A member of the trust's patient safety partner group sat on the project board.>>
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I121  dementia and hospital discharge - docx - reordered sections
#       community trust voice; people with dementia/carers as beneficiaries,
#       surveyed afterwards, informed -> no_patient_involvement
# ---------------------------------------------------------------------------
entry(
    id="I121", format="docx", layout="reordered", topic="dementia_discharge",
    project="independent8-dementiadischarge-121",
    title="Home Safe: discharging people with dementia without the harm of a long stay",
    cover=[
        "Lead entrant: Saltmarsh Community Healthcare NHS Trust",
        "Partners: Eastwold General Hospital NHS Foundation Trust, Eastwold County Council Adult Social Care and Dementia Support Eastwold",
        "Category: Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="Saltmarsh Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Eastwold General Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Eastwold County Council", type="local_authority"),
        dict(name="Dementia Support Eastwold", type="charity"),
    ],
    sections=[
        ("stakeholders", "How we worked together", """
<<S:Home Safe was designed over six months by a team drawn from all four organisations: discharge
coordinators and dementia nurses from Eastwold General, social workers and reablement managers from the
council, community therapists from our trust and two dementia advisers from the charity.>> <<S:Ward sisters
on the three elderly care wards tested the 'ready to go home' checklist for a month and asked for it to be cut
from four pages to one.>>

<<S:Reablement workers suggested the first-night phone call after they found that problems usually surfaced on
the first evening at home.>>

People with dementia and their families will benefit most from the service. After the first year we sent a
questionnaire to 150 carers; the 63 replies were very positive and no changes were thought necessary. Carers
are informed about Home Safe on admission through a leaflet.
"""),
        ("context", "Why Home Safe was needed", """
At Eastwold General, people with dementia stayed in hospital for a median of 14 days, compared with 6 days for
other patients over 75. The longer they stayed, the more likely they were to fall, to develop delirium, to
lose the ability to walk or to acquire an infection. A snapshot audit in March 2022 found 71 people with
dementia in the hospital's 640 beds who were medically fit to leave. Discharges, when they came, were often
rushed, late in the day, with incomplete medicines information and no one checking that the person had food,
heating and the right support.

Home Safe is a single discharge team for people with dementia, hosted by Saltmarsh Community Healthcare. It
begins planning for discharge on the day of admission, agrees a date with the family within 48 hours, arranges
reablement or a short-term bed in advance, and ensures a named key worker visits or telephones within 24 hours
of the person returning home. The charity's dementia advisers provide follow-up support for eight weeks.

Before Home Safe, a person with dementia leaving Eastwold General might deal with a ward discharge team, a
council assessment team, a separate reablement provider and, if they were lucky, a charity worker, each with
its own paperwork. The partnership agreement signed in June 2022 sets out a single referral form, one shared
care record and a weekly joint meeting at which every person with dementia on the hospital's list is
discussed by name.
"""),
        ("evidence", "What difference it has made", """
The trust's information team compared the 12 months before Home Safe went live in September 2022 with the
following 12 months.

<<Q:Median length of stay for people with dementia fell from 14 days to 9 days.>> <<Q:Inpatient falls among
patients with dementia were reduced by 31%.>> <<Q:Readmissions within 30 days after discharge fell from 22% to
15%.>> <<Q:Discharges after 5pm went down from 38% of discharges to 12%.>>

Home Safe has supported 1,240 people since it began, and the charity's advisers have made more than 4,000
follow-up calls.
"""),
        ("value", "Value for people, staff and the system", """
Ward staff say the discharge conversation now starts earlier and is calmer. Social workers report less
last-minute pressure. For the system, the reduction in length of stay releases the equivalent of around 18
beds a day.

The service costs £420,000 a year, funded through the Better Care Fund for 2022/23 to 2024/25. The value of
released bed days is estimated at £1.9 million a year at local cost.
"""),
        ("spread", "Sharing what we learned", """
Home Safe has been presented at the regional dementia network and to the ICB's urgent and emergency care
board. The neighbouring Parkwold Hospital is setting up a similar team this spring, and we have shared our
checklist and job descriptions. The council has asked us to extend the model to people with delirium who do
not have a diagnosis of dementia.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I122  learning disability annual health checks - pdf - two columns
#       charity lead; self-advocates co-design; practice staff only trained /
#       informed, one named lead -> no_staff_involvement
# ---------------------------------------------------------------------------
entry(
    id="I122", format="pdf", layout="two_column", topic="learning_disability_health_checks",
    project="independent8-ldchecks-122",
    title="My Health Check, My Way",
    cover=[
        "Speak Up Brackenford (self-advocacy charity) with NHS Brackenford and Rye Integrated Care Board and Northwold Primary Care Network",
        "Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="Speak Up Brackenford", type="charity"),
    partners=[
        dict(name="NHS Brackenford and Rye Integrated Care Board", type="icb"),
        dict(name="Northwold Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Why this matters", """
People with a learning disability die, on average, more than 20 years earlier than the general population, and
national reviews of their deaths keep finding illnesses that could have been picked up sooner: cancers,
constipation, aspiration pneumonia, epilepsy that was not well controlled. The annual health check, offered
by GP practices to everyone aged 14 and over on the learning disability register, is one of the main ways to
catch these problems early. But a health check only helps if people come, and if it is done properly.

In Northwold, a primary care network of nine practices, fewer than half of the 780 people on the register had a
health check in 2021/22. When our members talked about why, they described letters they could not read,
appointments that were too short, waiting rooms that were too noisy and checks that were 'just a chat'.

My Health Check, My Way is a partnership between Speak Up Brackenford, a charity run by and for people with a
learning disability, the ICB's learning disability and autism team, and the primary care network. It has
three parts: easy-read invitation letters and a phone call from a peer supporter; longer, quieter
appointments at the start or end of the day; and a health action plan written in plain language and given to
the person at the end of the check.

The project started in April 2022 with a grant of £58,000 from the ICB's health inequalities fund. Speak Up
Brackenford employs the peer supporters, who are people with a learning disability themselves, and provides
their training and supervision. The primary care network agreed to hold protected appointment slots for health
checks at each practice, and the ICB's learning disability and autism team provides the searches that tell
each practice who is due a check and who has not responded to an invitation.

Our office is at 12 Mill Yard, Brackenford BK1 4JS, and our members meet there every Tuesday. The project
steering group meets every quarter and reports to the ICB's learning disability and autism programme board.
"""),
        ("evidence", "What has changed", """
We compared 2021/22, the year before the project, with 2023/24.

<<Q:The proportion of people on the register who had an annual health check went up from 46% to 79%.>>
<<Q:The number of people leaving their check with a written health action plan rose from 12% to 71%.>>

<<Q:Cancer screening uptake among people on the register improved too, with cervical screening rising from 29%
to 44% and bowel screening from 37% to 52%.>> Practices also found 31 people with previously unrecorded high
blood pressure, 14 with diabetes and 9 with thyroid disease; we report these as findings, not as changes.
"""),
        ("spread", "Spreading the word", """
The ICB has asked all 11 other primary care networks in Brackenford and Rye to use the easy-read letters from
April 2024, and four have already started. Our peer supporters have spoken at the national learning disability
health conference and trained staff from two other self-advocacy groups to run the phone calls.
"""),
        ("value", "Why it is worth it", """
Members told us they felt like the check was 'for them' for the first time. Practice receptionists say fewer
appointments are missed. The project cost £58,000 over two years, including six part-time peer supporters
who are paid the real living wage.
"""),
        ("stakeholders", "Who was involved", """
<<P:Twenty-three members of Speak Up Brackenford designed the invitation letter, the phone call script and the
health action plan over a series of workshops, and they chose every picture.>> <<P:Members also ran 'mystery
shopper' visits to four practices and their report led to quiet waiting areas being set aside.>>

Sarah Linton, the ICB's learning disability nurse, coordinated the project. Practice nurses and GPs in all nine
practices attended a training session delivered by our members, and practice managers were sent a briefing.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I123  home oxygen fire safety - docx - bullet lists
#       fire and rescue service lead, private supplier as partner (eligible);
#       evidence is activity counts only -> no_quantitative_evidence
# ---------------------------------------------------------------------------
entry(
    id="I123", format="docx", layout="bullet_lists", topic="home_oxygen_fire_safety",
    project="independent8-oxygenfire-123",
    title="Breathe Safe at Home: preventing fires where home oxygen is used",
    cover=[
        "Holmbridge and Lyne Fire and Rescue Service",
        "with Lyne Community Health Services NHS Trust (Home Oxygen Assessment and Review Service) and AirCare Homecare Ltd (regional home oxygen supplier)",
        "Category: Best Partnership Solution Improving Patient Safety",
    ],
    cover_bullets=[
        "Service area: Holmbridge, Lyne and the Upper Tarn valley",
        "Population served: approximately 640,000",
    ],
    primary_entrant=dict(name="Holmbridge and Lyne Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Lyne Community Health Services NHS Trust", type="nhs_trust"),
        dict(name="AirCare Homecare Ltd", type="private"),
    ],
    sections=[
        ("context", "The need for the partnership", """
Home oxygen allows thousands of people with lung and heart disease to live at home, but it makes any fire
burn hotter and faster. Nationally, fires involving home oxygen are rare but very often fatal, and the most
common cause is smoking while using oxygen, followed by e-cigarettes being charged nearby, candles and gas
hobs. In 2021 two people in our area died in fires where home oxygen was in use. Neither household was known
to us, and in both cases the oxygen had been installed without any fire safety visit.

There are about 2,300 people using home oxygen in our area. Until 2022 the three organisations involved in
their care did not share information:

- The home oxygen assessment service, run by the community trust, assessed and prescribed oxygen but had no
route to ask the fire service for a home visit.

- The oxygen supplier, AirCare Homecare, installed the equipment and knew when a home had smokers, but only
recorded this for its own purposes.

- The fire service offered free home fire safety checks but had no way of knowing which homes had oxygen.

Breathe Safe at Home is a data-sharing agreement and referral pathway between the three organisations. Every
new oxygen prescription now generates an automatic referral to the fire service, and any home where smoking
or a fire risk is reported gets a priority visit within seven days.

The partnership is governed by a joint protocol signed in April 2022 by the fire service's head of
prevention, the trust's director of nursing and AirCare's regional operations director. Referrals are sent
through a secure email route, and the fire service's community safety team of 28 advocates and firefighters
carries out the visits alongside its usual work.
"""),
        ("evidence", "What the partnership has achieved", """
The pathway went live in May 2022. By the end of March 2024:

- 1,912 referrals had been received by the fire service from the oxygen service and the supplier.

- 1,788 home fire safety visits had been completed, of which 412 were priority visits to homes with a
reported smoker.

- Firefighters fitted 1,130 smoke alarms, 96 fire-retardant bedding sets and 44 firebreak valves, which stop
the flow of oxygen if the tubing catches fire.

- 38 people had their oxygen prescription reviewed or withdrawn after a joint risk assessment.

Because oxygen fires are rare, it is too early to say whether the number of fires has changed. Our aim is
that no one in our area dies in a home oxygen fire.
"""),
        ("spread", "Sharing and spreading the approach", """
- The data-sharing agreement has been shared through the National Fire Chiefs Council and adopted by two
other fire and rescue services.

- AirCare Homecare is introducing the same automatic referral in the other regions it supplies.

- The community trust has added fire safety to the national home oxygen assessment template it uses.
"""),
        ("value", "Value to patients, staff and the public purse", """
- A home fire safety visit costs the fire service around £85, including staff time.

- Each firebreak valve costs £12.

- People using oxygen say they feel safer, and several have cut down or stopped smoking after a firefighter
explained what could happen.

- Firefighters value the visits because they reach people who would never ask for help.
"""),
        ("stakeholders", "Involvement of stakeholders", """
- <<S:Station managers, the trust's respiratory nurses and AirCare's installation technicians wrote the
referral criteria together at two joint workshops.>>

- <<S:Respiratory nurses accompanied firefighters on the first 30 visits so that each could learn what the
other looks for, and the visit checklist was changed as a result.>>

- <<P:Members of the Breathe Easy Lyne support group, all oxygen users, tested the leaflet and asked for a
fridge magnet with the fire safety advice, which is now left at every home.>>
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I124  safeguarding in dentistry - pdf - form table
#       community dental service lead; evidence = training and referral
#       activity -> no_quantitative_evidence
# ---------------------------------------------------------------------------
entry(
    id="I124", format="pdf", layout="form_table", topic="safeguarding_dentistry",
    project="independent8-dentalsafeguarding-124",
    title="Open Mouths, Open Eyes: safeguarding children and adults in dental care",
    cover_table=[
        ("Entry title", "Open Mouths, Open Eyes: safeguarding children and adults in dental care"),
        ("Organisation", "Fellmoor Community Dental Service, part of Fellmoor and Dunsby Community NHS Trust"),
        ("Partner organisations", "Fellmoor Safeguarding Children Partnership; Fellmoor and Dunsby Safeguarding Adults Board; Fellmoor Local Dental Network"),
        ("Award category", "Best Partnership Solution Improving Patient Safety"),
    ],
    primary_entrant=dict(name="Fellmoor and Dunsby Community NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Fellmoor Safeguarding Children Partnership", type="local_authority"),
        dict(name="Fellmoor and Dunsby Safeguarding Adults Board", type="local_authority"),
        dict(name="Fellmoor Local Dental Network", type="primary_care"),
    ],
    sections=[
        ("context", "Context", """
Dental teams see children and vulnerable adults regularly, often more often than any other health
professional. Untreated decay in a young child, repeated missed appointments, injuries to the mouth or face, or
an older person who suddenly cannot afford treatment because someone else controls their money can all be
signs of neglect or abuse. Yet dental practices have historically made very few safeguarding referrals, and
in two local child safeguarding practice reviews, published in 2021, dental neglect had been visible for years
before anyone acted.

Fellmoor has 71 general dental practices and a community dental service with clinics at seven sites. Open
Mouths, Open Eyes was set up in 2022 by the community dental service, the two local safeguarding
partnerships and the Local Dental Network. It provides a dental safeguarding lead in every practice, a
simple 'was not brought' pathway for children who miss appointments, a direct advice line to the community
dental service's safeguarding lead (01632 960447), and shared documentation that allows dental concerns to be
included in multi-agency meetings.

The programme is overseen by a steering group chaired by the designated nurse for safeguarding children, which
reports to both safeguarding partnerships. Each practice lead attends a half-day induction and a yearly
update, and a quarterly newsletter goes to every practice in the county. Dental practices are independent
contractors, so taking part is voluntary; the Local Dental Network has encouraged participation through its
practice visits and its monthly bulletin.
"""),
        ("evidence", "Evidence of improvement in safe care", """
Since the programme began in September 2022, 68 of the 71 practices have named a safeguarding lead, and 512
dentists, dental nurses and receptionists have completed level 2 safeguarding training.

The advice line has taken 186 calls. Practices have made 94 referrals to children's social care and 23 to
adult social care, and 340 children have been followed up through the 'was not brought' pathway.

We intend to measure the effect on outcomes for children, such as the number of children needing extractions
under general anaesthetic, once two full years of data are available. The safeguarding partnership has set a
target for every practice to audit its 'was not brought' records each year.
"""),
        ("spread", "Spread and sharing", """
The 'was not brought' pathway has been included in the Fellmoor Safeguarding Children Partnership's
multi-agency procedures, and the regional dental commissioners have recommended it to the other five local
dental networks in the region. We presented the programme at the British Society of Paediatric Dentistry
conference in 2023.
"""),
        ("value", "Value", """
Dental teams say they now know what to do with a worry instead of hoping someone else will notice. Social
workers have told us that information from dentists is often the missing piece in building a picture of
neglect. The programme cost £33,000, mainly for the advice line and training, and was funded by the two
safeguarding partnerships. Practices have not been asked to pay anything, and the advice line is staffed
within the community dental service's existing safeguarding lead post for two sessions a week.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:The pathway was developed by a task group of general dental practitioners, community dentists, dental
nurses, a health visitor and social workers from the children's front door, which met monthly for six
months.>> <<S:Practice receptionists, who take most calls about missed appointments, helped to write the
script they now use when a child is not brought.>>

<<P:Young people from the Fellmoor Youth Council reviewed the children's leaflet about why dentists ask
questions and suggested changing its title.>> <<P:Two parents who had been through a child protection process
advised on how the 'was not brought' letter should be worded so that it does not feel accusing.>>
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I125  paediatric early warning in the ambulance service - docx - style
#       headings; no stakeholder section, no involvement anywhere
#       -> missing_section(stakeholders), no_patient_involvement,
#          no_staff_involvement
# ---------------------------------------------------------------------------
entry(
    id="I125", format="docx", layout="style_headings", topic="paediatric_early_warning",
    project="independent8-ambulancepews-125",
    title="Little Signs: bringing paediatric early warning into the ambulance",
    cover=[
        "Northern Fells Ambulance Service NHS Trust in partnership with Ravensworth Children's Hospital NHS Foundation Trust and the North Fells Paediatric Critical Care Operational Delivery Network",
        "Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="Northern Fells Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Ravensworth Children's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="North Fells Paediatric Critical Care Operational Delivery Network", type="public_other"),
    ],
    sections=[
        ("context", "Background and aims", """
Children make up around one in ten of the patients our crews attend, about 48,000 calls a year across a
footprint of 5,000 square miles. Most are not seriously ill. That is precisely the problem: when a child is
deteriorating, the signs are subtle, crews see critically ill children rarely, and the adult NEWS2 score that
paramedics rely on every day is not valid for children.

In 2022 NHS England published the national Paediatric Early Warning Score for hospitals, known as the PEWS
system, with age-specific charts and an escalation framework. Hospitals across the North Fells network adopted
it, but children arrived by ambulance with observations recorded in a different format, so the receiving team
had to start again.

Little Signs brings the national PEWS charts onto the ambulance electronic patient record, automatically
calculating a score from observations, prompting the crew to consider a pre-alert for any child with a high
score, and sending a structured handover to the receiving emergency department. It also provides direct
telephone access, 24 hours a day, to a paediatric consultant at Ravensworth Children's Hospital through the
network's retrieval line for crews who are unsure whether to convey a child or where to take them.

The aims were to improve recognition of seriously ill children in the pre-hospital setting, to increase
appropriate pre-alerts and to reduce the number of children who deteriorate shortly after arrival at
hospital.

The programme was funded jointly by the ambulance trust and the paediatric critical care network for two
years from April 2022, with a budget of £140,000. It was overseen by a steering group reporting to the
ambulance trust's Clinical Governance Group, and all changes to the electronic patient record were approved by
the trust's clinical safety officer under the national digital clinical safety standards.
"""),
        ("evidence", "Results", """
The network's data team linked ambulance records with emergency department and critical care data for the 12
months before go-live in November 2022 and the 12 months after.

<<Q:Complete sets of paediatric observations on the ambulance record rose from 38% to 81% of children
conveyed.>> <<Q:For children later admitted to paediatric intensive care, a pre-alert was given by the crew in
74% of cases compared with 41% in the baseline year.>>

<<Q:Children who needed critical care intervention within four hours of arriving in an emergency department
without a pre-alert fell from 63 to 27.>> <<Q:Non-conveyance of children with a low score and a consultant
discussion increased from 9% to 16%, with no rise in re-contacts within 72 hours.>>

The retrieval line took 1,420 calls from crews during the year.
"""),
        ("spread", "Sharing the learning", """
The PEWS module and the structured handover have been offered to all ambulance trusts through the national
ambulance digital group, and one other trust has begun testing it. We presented at the national paediatric
critical care network meeting in autumn 2023 and at the Royal College of Emergency Medicine's paediatric
conference. The Ravensworth team has written a short guide for other children's hospitals on setting up
telephone advice for crews.
"""),
        ("value", "Benefits and value for money", """
Paramedics report feeling more confident with sick children, and the emergency departments receive children
with information in a format their staff recognise. The changes to the electronic record cost £46,000. Every
one of our 2,900 clinicians completed a 45-minute online module on the new charts, costing around £61,000 in
backfill. The avoided cost of a single unplanned paediatric intensive care admission is estimated at £15,000
to £20,000.

Parents of children cared for by our crews benefit from a faster and better-coordinated response, and the
service received a letter of thanks from the family of a two-year-old with meningitis whose pre-alert allowed
a team to be waiting on arrival.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="stakeholders"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I126  virtual ward remote monitoring for frail older people - pdf (via
#       LibreOffice) - style headings; private technology partner (eligible)
#       - clean
# ---------------------------------------------------------------------------
entry(
    id="I126", format="pdf", layout="style_headings", topic="virtual_ward", render_via="soffice",
    project="independent8-virtualward-126",
    title="Safer at Home: a frailty virtual ward built with the people who use it",
    cover=[
        "Entrant: Dunholme Integrated Care Partnership (NHS Dunholme Integrated Care Board)",
        "Partners: Dunholme Hospitals NHS Trust; Dunholme and Weir Community NHS Trust; Age Friendly Dunholme; VitalSense Ltd (remote monitoring supplier)",
        "Category: Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="NHS Dunholme Integrated Care Board", type="icb"),
    partners=[
        dict(name="Dunholme Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Dunholme and Weir Community NHS Trust", type="nhs_trust"),
        dict(name="Age Friendly Dunholme", type="charity"),
        dict(name="VitalSense Ltd", type="private"),
    ],
    sections=[
        ("context", "The problem we set out to solve", """
For a frail older person, a hospital admission carries real risks: delirium, falls, hospital-acquired
infection and deconditioning that may mean they never return to their own home. In Dunholme, people aged over
80 account for almost half of all occupied bed days at Dunholme General, a hospital of 720 beds that ran above
95% occupancy for most of 2022.

The frailty virtual ward offers hospital-level care at home for up to 40 people at a time who would otherwise
be admitted, or who can leave hospital early. A consultant geriatrician leads a daily virtual ward round. Each
patient is given a tablet and wearable sensors supplied by VitalSense Ltd, which send readings of pulse,
oxygen saturation, temperature and blood pressure to a monitoring hub staffed by community nurses. Readings
outside agreed limits trigger a call and, if needed, a same-day visit by the community urgent response team.

The programme's safety goals were to avoid the harms of admission for frail older people without increasing
the risk of undetected deterioration at home.

Referrals come from GPs, the community urgent response team, paramedics and the hospital's frailty unit. The
virtual ward operates from 8am to 8pm, with overnight cover from the community urgent response team, and
every patient has a named consultant.
"""),
        ("evidence", "The difference made", """
The ICB's analytics unit compared patients on the virtual ward with a matched group of similar patients
admitted to the hospital's frailty unit in the same period, between October 2022 and September 2023.

<<Q:Hospital-acquired delirium was recorded in 4% of virtual ward patients compared with 18% of the matched
group.>> <<Q:Falls during the episode of care were less than half as frequent on the virtual ward.>>
<<Q:Readmission within 30 days was 12% for virtual ward patients and 19% for the comparison group.>>

<<Q:Unplanned escalations to hospital from the virtual ward fell from 21% of patients in the first quarter to
11% in the fourth, as the hub learned which readings needed action.>> There were no deaths on the virtual ward
linked to a missed deterioration.

The virtual ward cared for 1,136 people during the year, with an average stay of 6.4 days.
"""),
        ("spread", "Spreading the model", """
The approach has been adopted by the two other places in our ICB, with a combined capacity of 95 virtual ward
beds by April 2024. Our clinical lead has contributed to national guidance on frailty virtual wards, and we
have hosted visits from six other systems. The escalation thresholds and hub protocols are shared openly on the
FutureNHS platform.
"""),
        ("value", "Value for patients, staff and the system", """
Patients and families tell us that being at home, sleeping in their own bed and having their own routines,
matters enormously. Community nurses value being able to care for people who are acutely unwell, with the
backing of a consultant. The virtual ward costs £1.4 million a year to run, including technology, and the
ICB's analysis estimates that it releases the equivalent of 32 hospital beds, which would cost more than
twice as much to staff.
"""),
        ("stakeholders", "Involving people in the design", """
<<P:Age Friendly Dunholme recruited twelve older people and four family carers who spent two months testing
the tablet and sensors at home before go-live, and their feedback led VitalSense to enlarge the screen text,
remove a password and add a spoken reminder.>> <<P:Carers asked for a direct number to the hub, which now
appears on every tablet.>>

<<S:Community nurses, geriatricians, paramedics from the urgent response team and VitalSense engineers agreed
the alert thresholds together in a series of case review meetings.>> <<S:Hub nurses redesigned their shift
pattern after three months, moving the peak staffing to the early evening when most alerts occur.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I127  nerve blocks for hip fracture in ED - docx - numbered questions
#       single trust, 'partners' are its own departments -> ineligible
# ---------------------------------------------------------------------------
entry(
    id="I127", format="docx", layout="numbered_questions", topic="hip_fracture_analgesia", docx_font="Calibri",
    project="independent8-hipblock-127",
    title="Block in the Door: safer pain relief for older people with a broken hip",
    cover=[
        "Organisation: Cinderford Royal Infirmary NHS Foundation Trust",
        "Partnership: Emergency Department, Department of Anaesthesia, Orthogeriatric Service and Pharmacy, Cinderford Royal Infirmary",
        "Category: Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="Cinderford Royal Infirmary NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "1. Please describe the context in which the partnership was needed, the product or service, and its patient safety goals.", """
Around 620 people a year are admitted to Cinderford Royal Infirmary with a fractured neck of femur. Most are
over 80, many have dementia, and about a third are already frail. Pain after a hip fracture is severe. Treated
with opioids alone, it often leads to delirium, constipation, breathing problems and falls from a trolley,
and older people with cognitive impairment are the least likely to receive enough pain relief because they
cannot ask for it.

A fascia iliaca block, an injection of local anaesthetic in the groin guided by ultrasound, provides excellent
pain relief and reduces the need for opioids. National guidance and the National Hip Fracture Database
recommend it for every patient on arrival. In 2021 only a minority of our patients received a block in the
emergency department, because it depended on an anaesthetist being free.

Block in the Door is a partnership between four departments within the Trust. Emergency department doctors
and advanced clinical practitioners have been credentialed to perform the block, anaesthetists provide
training and governance, the orthogeriatric team reviews every patient within 24 hours, and pharmacy
developed a pre-filled block pack to standardise the dose. The goals were to give a block within four hours of
arrival to every eligible patient, to reduce delirium and to reduce opioid-related harm.

The four departments agreed the programme through the Trust's Quality Improvement Hub in January 2022. Each
credentialed clinician completes a day of simulation, five supervised blocks and an annual refresher, and the
credentialing record is held by the Department of Anaesthesia.
"""),
        ("evidence", "2. What evidence is there of improvements in safe care as a direct result of the partnership?", """
Data come from the National Hip Fracture Database and a local audit of all patients admitted between April
2022 and March 2024.

<<Q:The proportion of patients receiving a nerve block within four hours of arrival rose from 23% to 86%.>>
<<Q:Delirium, measured using the 4AT on the ward, fell from 34% of patients to 21%.>>

<<Q:Opioid doses given in the first 24 hours were roughly halved, and naloxone was needed on four occasions,
compared with eleven in the year before.>> <<Q:Thirty-day mortality after hip fracture moved from 8.4% to 6.9%,
bringing us below the national average for the first time.>>
"""),
        ("spread", "3. How have the achievements been applied elsewhere, and how has best practice been shared?", """
Our credentialing package for emergency clinicians has been shared with four other trusts in the region, two
of which have adopted it. We presented our results at the Fragility Fracture Network Congress and the national
hip fracture audit meeting, and the block pack specification is available from our pharmacy department.

The Trust plans to apply the same approach to patients with rib fractures during 2024/25. A business case for
a dedicated emergency department regional anaesthesia lead will go to the Trust's investment committee in
the summer.
"""),
        ("value", "4. What value has been created for staff and patients, and does the project represent value for money?", """
Emergency department staff describe real satisfaction in being able to relieve severe pain quickly. Anaesthetists
are called to the department less often. Patients and relatives have written to thank staff for the
difference the block made on the night of the injury.

The cost of training and credentialing 34 clinicians was about £22,000, and each block pack costs £7.
Reductions in delirium are associated with shorter stays, and the Trust's finance team estimates a saving of
around 700 bed days a year.
"""),
        ("stakeholders", "5. How were stakeholders, including patients and staff, involved in the design?", """
<<S:Emergency department consultants, advanced clinical practitioners and anaesthetists designed the
credentialing pathway together, and the emergency nurses suggested the block pack after finding that drawing
up the drugs caused most of the delay.>> <<S:Orthogeriatricians and ward nurses agreed a shared delirium
screening routine.>>

<<P:Members of the Trust's older people's forum, several of whom had broken a hip, reviewed the patient
information sheet and asked for a version for relatives, which is now given to families in the emergency
department.>>
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
    ],
)


# ---------------------------------------------------------------------------
# I128  pressure ulcers in domiciliary care - pdf - no headings
#       private home care provider as lead entrant -> ineligible; clients
#       as beneficiaries / things done to them -> no_patient_involvement
# ---------------------------------------------------------------------------
entry(
    id="I128", format="pdf", layout="no_headings", topic="pressure_ulcers_home_care", pdf_align="L",
    project="independent8-homecareskin-128",
    title="Skin Matters at Home: preventing pressure ulcers in people who receive home care",
    cover=[
        "Brightway Home Care Group Ltd",
        "Working alongside Haverleigh Community NHS Trust (Tissue Viability Service) and Haverleigh Borough Council",
        "Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="Brightway Home Care Group Ltd", type="private"),
    partners=[
        dict(name="Haverleigh Community NHS Trust", type="nhs_trust"),
        dict(name="Haverleigh Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
Brightway Home Care provides around 9,500 hours of care a week to about 1,150 people living in their own homes
across Haverleigh, most of them funded by the borough council. Many of the people we support spend much of the
day in a chair or bed, have poor nutrition and continence problems, and are at high risk of pressure damage.
Yet home care workers are usually the only people who see their skin every day, and until recently they had
no training in what to look for and no quick way to get help from a nurse.

In 2021 the council's safeguarding team investigated several cases of severe pressure ulcers in people who
were receiving home care, including two that were category 4 by the time they were found. The investigations
found that carers had noticed red or broken skin days or weeks earlier but had not known it mattered, or had
written it in the care notes where nobody read it.

Skin Matters at Home was developed by Brightway with the tissue viability service at Haverleigh Community NHS
Trust and the council's commissioning team. Every carer now uses a simple 'SKIN' check at each visit, recorded
on the electronic care app with a photograph if there is a concern. A red flag goes straight to one of our
team leaders, who can contact the tissue viability nurses through a same-day advice line. People who need it
receive pressure-relieving cushions and mattresses from the community equipment service within 48 hours.

Our head office is at Unit 4, Kingsway Business Park, Haverleigh HV6 2LN, and we employ 620 care workers.
"""),
        ("evidence", None, """
We compared the 12 months before the programme started in June 2022 with the following 12 months, using our
own care records and the trust's pressure ulcer reporting.

<<Q:New pressure ulcers of category 2 or above among people receiving our care fell from 84 to 39.>>
<<Q:No category 4 ulcers were found in the second year, compared with five in the first.>> <<Q:The time from
a carer first recording a skin concern to a nurse assessment went down from an average of 6 days to 1.5
days.>>

Carers raised 2,260 skin alerts through the app during the year, and 418 pieces of equipment were delivered.
"""),
        ("spread", None, """
Brightway has introduced Skin Matters at Home in its branches in two neighbouring counties, and the council
has written the SKIN check into the specification for all home care contracts it awards from April 2024. The
tissue viability service has offered the training to the other eight home care agencies in the borough, and
three have taken it up.
"""),
        ("value", None, """
Carers tell us they feel more valued and more confident, and several said it was the first time they had been
asked for their opinion by a nurse. People receiving care benefit from fewer painful wounds and fewer hospital stays.

The programme cost around £41,000, mostly for training time and changes to the care app, and was funded by
Brightway. Treating a single category 4 pressure ulcer can cost the NHS more than £14,000.
"""),
        ("stakeholders", None, """
<<S:The SKIN check was designed by a group of eight home care workers and two team leaders working with the
tissue viability nurses, and the carers chose to use photographs after finding that written descriptions of
skin were often misunderstood.>> <<S:The council's commissioning officers and safeguarding team helped to agree
the escalation rules.>>

All 620 care workers completed the training. Every person we support was given a leaflet about pressure
ulcers, and their skin was checked at each visit. Our customer satisfaction survey will include questions on
the programme from next year. Our Registered Manager, Joanne Reilly, championed the programme throughout.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)
