"""Sixth independent (blind) evaluation set: I081..I096.

Written without reference to the checker, its models or tests, and without reading sets 4, 5
or 7.  Same data format and mark-up as entries3.py:

  <<Q:sentence>>   quantitative claim (a measured change in an outcome)
  <<P:sentence>>   patient / carer / service-user involvement
  <<S:sentence>>   staff involvement
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are
joined with a single space.  A paragraph starting with "- " is a bullet item.

Flags are written out by hand and build.py cross-checks them against the mark-up.
Labelling conventions (as in entries3.py):
  * not Q: dates, financial years, bed/ward counts, headcounts, numbers trained,
    budgets and costs, phone numbers, postcodes, page/reference numbers, targets
    not yet reached, plans, modelled or projected savings, baseline findings with no
    later comparison, satisfaction percentages with no before/after, activity/usage
    counts with no before/after outcome;
  * Q: measured change in an outcome, in digits or words ("halved", "one in four
    instead of one in two", "a sustained shift on the SPC chart");
  * not P/S: patients as beneficiaries, intentions and plans, negations, unnamed
    "stakeholders", a single named lead, staff who were only trained or informed,
    audiences of presentations, satisfaction feedback collected afterwards that changed
    nothing, people something was done to;
  * S includes staff of partner organisations who took part in design, testing or
    governance; P includes patients, carers, parents and people with lived experience
    who helped shape or run the work.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I081  sepsis and soft signs in care homes - docx - rubric headings
#       ICB programme office voice, heavy on acronyms - clean
# ---------------------------------------------------------------------------
entry(
    id="I081", format="docx", layout="rubric_headings", topic="sepsis",
    project="independent6-carehomesepsis-81",
    title="S3CH: Spotting Sepsis Sooner in Care Homes across Brackenmoor and Lyle",
    cover=[
        "Entrant: NHS Brackenmoor and Lyle Integrated Care Board (BLICB)",
        "With: Northvale Ambulance Service NHS Trust (NVAS) | Lyle Community Health NHS Trust (LCHT) | Brackenmoor Borough Council, Adult Social Care",
        "SRO: Director of Nursing and Quality, BLICB. Programme lead: Senior Programme Manager, Ageing Well PMO",
        "Award category: Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="NHS Brackenmoor and Lyle Integrated Care Board", type="icb"),
    partners=[
        dict(name="Northvale Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Lyle Community Health NHS Trust", type="nhs_trust"),
        dict(name="Brackenmoor Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Context: why the partnership was needed, the product or service, and its patient safety goals", """
The BLICB footprint covers a registered population of c. 640k across two place-based partnerships (PBPs).
There are 148 CQC-registered care homes with 5,210 beds, of which 61 homes provide nursing care. In
2021/22 the ICB's Patient Safety Incident Response Plan (PSIRP) named unrecognised deterioration in care
home residents as one of four local priorities, following a cluster of Patient Safety Incident
Investigations (PSIIs) in which residents had been unwell for more than a day before anyone called for help.

A retrospective case note review (RCNR) of 120 residents who died within 48 hours of an emergency admission
coded as sepsis found that, in 71 of those cases, care staff had written down a soft sign (such as "off her
food", "not herself" or "more sleepy today") at least 24 hours before the 999 call. Only a handful of homes
routinely recorded NEWS2 observations, very few had a working pulse oximeter, and there was no single number
for a care worker to ring for clinical advice out of hours other than NHS 111.

No single organisation could fix this. The ICB commissions the clinical services; NVAS runs the clinical
assessment hub; LCHT provides the 2-hour Urgent Community Response (UCR); and the council holds the
contracts and quality relationship with most of the homes. The S3CH partnership was formed in June 2022 with
a Programme Board chaired by the SRO and a PMO hosted by the ICB.

The S3CH bundle has four components:

- a pocket soft-signs prompt, "Is My Resident Unwell?", written for care workers rather than clinicians;

- an observation kit for each home (thermometer, pulse oximeter and automated blood pressure monitor) with NEWS2 recording charts;

- the Care Home Clinical Advice Line (CHCAL), staffed by NVAS paramedics and nurses from 08:00 to 22:00 on 01632 960338;

- direct referral from CHCAL to LCHT's UCR team for a same-day visit, avoiding a 999 ambulance where it is safe to do so.

Patient safety goals agreed by the Board were: (1) earlier recognition of deterioration, (2) a shorter
interval from first soft sign to first clinical contact, (3) fewer avoidable emergency admissions with
sepsis, and (4) lower sepsis mortality among residents. The delivery target was for 90% of homes to have
completed S3CH training by Q4 2023/24.
"""),
        ("evidence", "Evidence of improvements in safe care as a direct result of the partnership", """
The PMO dashboard draws on NVAS computer-aided dispatch (CAD) data, UCR referral records and SUS admitted
patient care data. The comparison below is FY 2021/22 (baseline) against FY 2023/24 for the 92 homes in
waves 1 and 2.

<<Q:The proportion of 999 calls from these homes for suspected infection where a full set of NEWS2
observations was available to the call handler rose from 14% to 77%.>> <<Q:In the matched audit (n=200 pre,
n=200 post) the median time from the first documented soft sign to first clinical contact fell from 19 hours
to 6 hours.>>

<<Q:Emergency admissions with a primary diagnosis of sepsis from wave 1 and 2 homes fell by 22%, while
non-participating homes saw a 3% rise over the same period.>> <<Q:Thirty-day mortality for care home
residents admitted with sepsis came down from 31.4% to 24.0%.>>

<<Q:Weekly UCR referrals from care homes show a sustained upward shift on the SPC chart from week 14 of
wave 1, with nine consecutive points above the baseline mean.>>

For context, CHCAL handled 3,874 calls in 2023/24, and 83 of the 92 wave 1 and 2 homes have completed
training. The ICB Business Intelligence (BI) team notes that other winter schemes ran in parallel, so an
interrupted time series analysis is being completed with the Health Innovation Network to test how much of
the change is attributable to S3CH.
"""),
        ("spread", "How the achievements have been applied elsewhere and best practice shared", """
Wave 3 (the remaining 56 homes, including all learning disability homes) launched in April 2024, funded
through the ICB's Ageing Well allocation. LCHT has started a small test of the soft-signs prompt with two
domiciliary care agencies in Lyle; this is at an early stage and has not been evaluated.

The full toolkit (prompt card, CHCAL script, training slides and the PMO dashboard specification) is
available on the regional FutureNHS workspace. The PMO has presented the programme to the regional Patient
Safety Specialists' network and to the national Ageing Well community of practice, and two neighbouring ICBs
have adopted the CHCAL model with NVAS, using the same script and referral criteria.
"""),
        ("value", "Value created: staff and patient experience and value for money", """
<<Q:In the care staff confidence survey, the share of respondents who felt confident deciding when to seek
clinical advice for a resident rose from 41% before training to 88% six months after.>> Registered managers
tell us the prompt card has given junior staff permission to speak up.

Relatives have described the difference it makes when a resident is seen at home by someone from UCR instead
of waiting in an ambulance queue and spending a night on a trolley.

Total programme cost for FY 2022/23 and FY 2023/24 was £486,000: £46,000 for 148 observation kits at about
£310 each, £292,000 for CHCAL staffing (4.2 WTE) and the balance for training, PMO and BI support. The ICB
finance team has modelled potential cost avoidance of around £760,000 a year if the fall in admissions is
sustained.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:Registered managers and senior carers from eleven care homes formed the S3CH design group with NVAS
paramedics and UCR nurses, meeting fortnightly for six months to co-produce the prompt card and the CHCAL
script.>> <<S:NVAS call handlers sat in on two of those sessions and reordered the CHCAL questions so that
observations are taken before the call rather than during it.>>

<<P:Through Healthwatch Brackenmoor, nine relatives of residents who had been admitted with sepsis joined two
co-design workshops.>> <<P:Their suggestion to write "not themselves" in a family's own words became the
first prompt on the card, and two of them now co-deliver the training sessions for new homes.>>

<<S:The council's care home quality and market management team sat on the Programme Board and led
engagement with home owners.>>

All 148 homes received a launch pack and an invitation to a webinar hosted by the SRO.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I082  liquid medicines for children at home - pdf - numbered questions
#       hospital pharmacist voice - parents only as beneficiaries, a survey
#       that changed nothing, a plan, a negation -> no_patient_involvement
# ---------------------------------------------------------------------------
entry(
    id="I082", format="pdf", layout="numbered_questions", topic="paediatric_medicines",
    project="independent6-rightdose-82",
    title="Right Dose at Home: making liquid medicines safer for children after they leave hospital",
    cover=[
        "Harbourside Children's Hospital NHS Foundation Trust",
        "in partnership with Harbourside and Wyke Local Pharmaceutical Committee and the University of Harbourside School of Pharmacy",
        "Entry prepared by the Lead Pharmacist, Paediatric Medicines Safety",
    ],
    primary_entrant=dict(name="Harbourside Children's Hospital NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Harbourside and Wyke Local Pharmaceutical Committee", type="primary_care"),
        dict(name="University of Harbourside School of Pharmacy", type="university"),
    ],
    sections=[
        ("context", "1. Why was the partnership needed, what does it provide, and what were its patient safety goals?", """
Most of the medicines we send home with children are liquids, and liquids are where dosing goes wrong. A
parent is handed a bottle labelled "5 mg/mL", a label that says "give 2.5 mL twice a day", and whatever
measuring device happens to be in the bag. At home they may be using a kitchen teaspoon, a 10 mL syringe
from a previous admission, or a cup that came with a different brand. When the community pharmacy supplies
the next bottle it may be a different strength. Ten-fold errors, where a parent gives 5 mL instead of 0.5 mL,
are rare but can be catastrophic, and smaller errors are common.

When we looked at our own medicines helpline log for 2021, just under a third of calls from parents in the
first fortnight after discharge were about how much to give or how to measure it. We also reviewed every
incident over three years in which a child was readmitted or attended the emergency department after a
dosing problem at home: 41 in total, nine of them involving a change of concentration between the hospital
supply and the community supply.

Hospital pharmacy cannot solve this on its own, because the second and subsequent bottles come from community
pharmacies. So in early 2022 we formed Right Dose at Home with the Local Pharmaceutical Committee (LPC),
which represents the 187 community pharmacies in Harbourside and Wyke, and with the University's School of
Pharmacy, which brought expertise in health literacy and evaluation.

The service has four parts. Every child discharged on a liquid medicine now goes home with a correctly sized
oral syringe, with the dose marked by a pharmacy technician using a coloured band. Technicians use a
structured teach-back, asking the parent to draw up the dose in front of them. The discharge letter sent to
the nominated pharmacy states the concentration supplied and flags any "do not change strength" medicines.
Finally, the community pharmacist phones the family within 48 hours of the first community supply. Our
goals were to reduce dosing errors at home, to eliminate concentration changes for high-risk medicines, and
to reduce readmissions and emergency attendances caused by dosing errors.
"""),
        ("evidence", "2. What improvements in safe care have resulted directly from the partnership?", """
<<Q:At the teach-back, the proportion of parents who drew up an incorrect dose at the first attempt fell from
about one in four in the baseline audit to one in fourteen after the marked syringes were introduced.>>
Incorrect first attempts are corrected on the spot, so this measure tells us how clear the syringe and the
explanation are rather than how many errors reach the child.

<<Q:Calls to our medicines helpline about measuring or dose volume in the two weeks after discharge fell from
31% of parent calls to 12%.>> <<Q:Changes of concentration between hospital and community supply for the 14
medicines on our "do not change strength" list went from nine incidents in the three years before the scheme
to none in the 22 months since.>>

<<Q:Emergency attendances and readmissions linked to dosing errors at home fell from 41 over three years to 6
over the 22 months of the scheme.>> The numbers are small, and we would not claim this is statistically
robust, but the direction is consistent with the other measures.

Community pharmacists have completed 2,316 follow-up calls so far. We aim to reach 90% of eligible families
by the end of 2024/25; at present the figure is 72%.
"""),
        ("spread", "3. How have the achievements been applied elsewhere and best practice shared?", """
The LPC has extended the 48-hour call to children discharged from Wyke District General Hospital's paediatric
ward, using the same template. Two other children's hospitals in the region have asked for our syringe
marking standard and teach-back checklist, which we have shared, and one has started a pilot.

Our "do not change strength" list has been adopted by the regional paediatric pharmacy group. The University
has built the teach-back method into the second-year pharmacy curriculum, and we have presented the work at
the Neonatal and Paediatric Pharmacists Group conference.
"""),
        ("value", "4. What value has been created for staff, patients and the system?", """
Technicians say teach-back has given them a clear, structured role at discharge, and community pharmacists
value a proper handover rather than a prescription arriving cold. The university team has supported three
pharmacy technicians through a short health literacy course.

The marked syringes cost about 40p each, and the technician time adds around four minutes to each
discharge. The LPC negotiated that the 48-hour call could be recorded as part of the Discharge Medicines
Service, so there has been no new cost to community pharmacies. A single paediatric readmission costs the
trust roughly £2,900.

Parents of more than 3,000 children have received a marked syringe and teach-back since launch. A feedback
card handed out on the ward found that 94% of parents who returned it rated the explanation as good or very
good.
"""),
        ("stakeholders", "5. Who was involved and how were they engaged in the design?", """
<<S:Six pharmacy technicians from our discharge team tested four different syringe marking methods on the
wards over eight weeks and chose the coloured band because it survived washing.>> <<S:Community pharmacists
from the LPC's clinical sub-group wrote the 48-hour call script with our paediatric pharmacists and changed
it twice after the first month of calls.>>

<<S:Lecturers from the School of Pharmacy designed the evaluation with us and ran the baseline and follow-up
audits.>>

We did not hold formal co-design sessions with parents because the project started as a rapid response to a
serious incident. We would like to set up a parent medicines panel in 2025, with the help of the hospital's
family liaison team, so that parents shape the next version of the discharge leaflet.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I083  mental health crisis triage in the police control room - pdf -
#       own headings - police inspector voice - evidence is activity counts,
#       case stories and targets -> no_quantitative_evidence
# ---------------------------------------------------------------------------
entry(
    id="I083", format="pdf", layout="own_headings", topic="mental_health_crisis", pdf_align="L",
    project="independent6-controlroom-83",
    title="Right Response: mental health nurses in the force control room",
    cover=[
        "Calderbrook Constabulary / Calderbrook and Fenwold Mental Health NHS Foundation Trust / Fenwold Ambulance Service NHS Trust",
        "Entry led by Calderbrook Constabulary, Force Contact and Control",
        "Inspector, Mental Health and Vulnerability Lead, Force HQ, Calder Road, CB4 7QT",
    ],
    primary_entrant=dict(name="Calderbrook Constabulary", type="emergency_service"),
    partners=[
        dict(name="Calderbrook and Fenwold Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="Fenwold Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Why we had to change", """
I have been a police officer for nineteen years and for most of that time our response to someone in mental
health crisis has been the same: send two officers, because nobody else is available at 2am. Officers are
not clinicians. Too often that response ended with a person being detained under section 136 of the Mental
Health Act and taken to a place of safety in the back of a police van, sometimes after being restrained. For
someone who is frightened and unwell, that is not safe care.

In 2022 Calderbrook received around 16,000 calls a year with a mental health element. Our review of
incidents that year, carried out jointly with the mental health trust, found repeated themes: officers
unable to get clinical information about a person, long waits at the emergency department with a person in
handcuffs, and people in crisis being taken miles from home because the nearest place of safety was full.

Right Response puts a registered mental health nurse from the trust in our control room from 10am to 2am,
seven days a week. The nurse listens in to calls, checks the trust's records (with the appropriate
information sharing agreement in place), speaks directly to the person or the caller where that helps, and
advises the control room supervisor on who should attend. The ambulance service provides a mental health
response car with a paramedic and a second trust nurse on Thursday to Sunday evenings, which our control room
can task directly.

Our goals are simple: the right professional at the right time, fewer people in crisis detained or
restrained when there is a safer option, and less time spent by anyone in crisis waiting in a police vehicle
or an emergency department.
"""),
        ("evidence", "What has happened since", """
The nurses went live in the control room in March 2023. In the first twelve months they were involved in
4,212 incidents, and the response car attended 611. In 38% of the incidents the nurse was involved in, the
nurse spoke directly to the person in crisis or their family.

A typical example: a woman phoned from a bridge late on a Saturday night. The nurse recognised her name,
knew her care coordinator and her safety plan, spoke to her on the phone while the response car travelled,
and she went home with the crisis team rather than being detained.

Officers tell me they feel safer making decisions with a nurse's advice behind them, and control room
supervisors describe calls being closed more calmly. I believe we are detaining fewer people under section
136, but I cannot yet show it: the way s136 detentions are recorded changed in April 2023, and our
analysts are rebuilding the baseline so that we compare like with like.

Our target for 2024/25 is a reduction of 30% in s136 detentions compared with 2022, and for no person in
crisis to wait more than four hours at an emergency department with officers.
"""),
        ("spread", "Taking it further", """
Because the nurses sit in our control room, the model covers the whole force area, including Fenwold, which
had no street triage before. Two neighbouring forces have visited to watch the control room in operation,
and we have shared our information sharing agreement, the nurses' standard operating procedure and our
training package.

I have presented the model to the regional Right Care, Right Person working group, and the mental health
trust has used the same approach to place a nurse in the ambulance service's clinical hub from May 2024.
"""),
        ("value", "What it means for people", """
For people in crisis it means a conversation with someone who understands mental illness, often before a
police officer arrives at all. For my officers it means fewer hours spent sitting in emergency departments
and more confidence at incidents where they do attend.

The service costs £612,000 a year, shared between the ICB, the force and the mental health trust. We
calculate that every avoided s136 detention saves around 11 officer hours and a place of safety assessment.
"""),
        ("stakeholders", "Who made it happen", """
<<P:Two people who had themselves been detained under section 136, recruited through the trust's lived
experience network, sat on the design group and rewrote the opening words officers and nurses use when they
first speak to someone in crisis.>> <<P:One of them still co-delivers the training for new control room
staff.>>

<<S:Control room dispatchers and supervisors worked alongside trust crisis nurses for six weeks before
go-live to map which call types should be passed to the nurse, and the dispatchers' version of the map is
the one we use.>> <<S:Paramedics from the ambulance service's mental health response car meet our control
room team and the trust's nurses every month to review difficult cases.>>

The Police and Crime Commissioner's office and the ICB's mental health commissioners were kept informed
through quarterly briefings.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I084  bedside electronic identification for transfusion - docx - style
#       headings - consultant haematologist with citations - no spread
#       section -> missing_section(spread)
# ---------------------------------------------------------------------------
entry(
    id="I084", format="docx", layout="style_headings", topic="transfusion",
    project="independent6-rightblood-84",
    title="Right Blood, Right Patient: electronic bedside identification to prevent wrong blood in tube events",
    cover=[
        "Submitted by the Department of Haematology and Blood Transfusion, Easterleigh Teaching Hospitals NHS Trust",
        "Partners: University of Easterleigh (Human Factors and Safety Science Group); Veritag Systems Ltd (technology partner)",
        "Category: Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="Easterleigh Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Easterleigh", type="university"),
        dict(name="Veritag Systems Ltd", type="private"),
    ],
    sections=[
        ("context", "Background and rationale", """
Wrong blood in tube (WBIT) events, in which a pre-transfusion sample is taken from one patient but labelled
with the details of another, remain the most important preventable precursor of ABO-incompatible
transfusion. The national haemovigilance scheme has reported WBIT among the most frequent categories of
near miss for more than a decade, and the large majority arise from a failure of positive patient
identification at the bedside (Harcourt and Menon, 2018). Published rates in UK hospitals range from
roughly 1 in 2,000 to 1 in 3,000 samples (Lindqvist et al., 2020).

Easterleigh Teaching Hospitals NHS Trust processes approximately 88,000 group and screen samples a year
across three sites. In 2020/21 our laboratory detected 46 WBIT events, equivalent to 0.52 per 1,000
samples, which placed us in the upper quartile of a regional benchmarking exercise. Root cause analysis of
these events pointed repeatedly to the same human factors: pre-printed labels prepared away from the
patient, interruptions during sampling, and identity checks that relied on memory rather than on the
wristband.

In 2021 we established a partnership with the University of Easterleigh's Human Factors and Safety Science
Group and with Veritag Systems Ltd, which supplies handheld scanning devices to the Trust. The aim was not
simply to buy technology but to redesign the sampling task around it. The resulting system requires the
sample taker to scan the patient's wristband and their own staff badge at the bedside, after which the
handheld device prints the sample label on the spot; the label cannot be printed unless the wristband has
been scanned within the preceding sixty seconds. The same device is used for the pre-administration check
when the unit of blood is given.

Our patient safety objectives were to reduce the WBIT rate to below 0.15 per 1,000 samples, to achieve
bedside electronic checking in at least 95% of transfusions, and to eliminate ABO-incompatible transfusion
attributable to sampling error.
"""),
        ("evidence", "Outcomes", """
Outcome data were collected prospectively by the transfusion laboratory using the national definitions, and
compliance data were extracted from the device audit trail. The system was rolled out ward by ward between
October 2021 and June 2022, allowing a stepped comparison.

<<Q:The WBIT rate fell from 0.52 per 1,000 samples in 2020/21 to 0.09 per 1,000 in 2023/24, with the change
appearing on each ward within two months of its go-live date.>> <<Q:Bedside electronic checking at the point
of administration increased from 63% in the first month of roll-out to 98% in the final quarter of
2023/24.>>

<<Q:Laboratory sample rejections for labelling errors, which create delay and repeat venepuncture for
patients, roughly halved over the same period.>> There have been no ABO-incompatible transfusions at the
Trust since 2019, so we cannot claim an effect on that outcome, although we regard a sustained reduction
in WBIT as the best available surrogate (Okafor and Blane, 2021).

The Trust recognises that a residual rate of WBIT persists. Review of the eight events since full roll-out
shows that all involved a workaround, most often a device being taken to the wrong bedside, and these
findings are being addressed with the human factors team.
"""),
        ("value", "Value for patients, staff and the organisation", """
Fewer rejected samples means fewer repeat blood tests for patients and fewer delays to urgent transfusion.
The phlebotomy service has reported that the printing step has removed the practice of preparing labels in
advance, which staff had previously felt under pressure to do during busy morning rounds.

The capital cost of 310 handheld devices and printers was £402,000, with annual licence and maintenance
costs of £38,000; the university's contribution was funded through a research council grant. Each WBIT
event triggers an investigation that we estimate takes around nine hours of staff time.

The system has also been linked to the Trust's electronic patient record, so that the time of every
sampling and administration check is now visible to the transfusion practitioners.
"""),
        ("stakeholders", "Engagement of patients and staff", """
<<S:Phlebotomists, ward nurses and biomedical scientists from the transfusion laboratory took part in task
analysis sessions led by the university's human factors researchers, who shadowed sampling on six wards
before any design work began.>> <<S:A group of twelve ward nurses tested three prototype workflows in the
Trust's simulation suite, and their preference for printing at the bedside rather than at the nurses'
station determined the final design.>>

<<P:Members of the Trust's Red Cell Patient Group, many of whom have sickle cell disease or thalassaemia and
receive regular transfusions, reviewed the redesigned wristband and sampling process at two meetings.>>
<<P:At their request, staff must still ask the patient to state their name and date of birth before
scanning, and this verbal check is now a mandatory step on the device.>>

<<S:Veritag's engineers attended fortnightly design meetings with the transfusion practitioners and changed
the device software to enforce the sixty-second scanning window.>> More than 1,400 staff have since been
trained in the new process.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
    ],
)


# ---------------------------------------------------------------------------
# I085  glaucoma follow-up backlog with community optometrists - docx - form
#       table - service manager voice - staff only trained / single named lead /
#       audiences / plan -> no_staff_involvement
# ---------------------------------------------------------------------------
entry(
    id="I085", format="docx", layout="form_table", topic="outpatient_backlog",
    project="independent6-glaucomabacklog-85",
    title="Eyes on the Backlog: shared glaucoma monitoring to prevent sight loss from delayed follow-up",
    cover_table=[
        ("Entry title", "Eyes on the Backlog: shared glaucoma monitoring to prevent sight loss from delayed follow-up"),
        ("Organisation", "Portbury and Stenning Hospitals NHS Trust (Portbury Eye Unit)"),
        ("Partner organisation(s)", "Portbury Local Optical Committee; NHS Stenning Valley Integrated Care Board"),
        ("Contact", "Ophthalmology Service Manager, Portbury Eye Unit, 01632 960415"),
    ],
    primary_entrant=dict(name="Portbury and Stenning Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Portbury Local Optical Committee", type="primary_care"),
        dict(name="NHS Stenning Valley Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Describe the context: why was the partnership needed, what is the product or service, and what were its patient safety goals?", """
Glaucoma causes irreversible sight loss, and the harm happens silently between appointments. After the
pandemic, the Portbury Eye Unit had 11,300 patients on its glaucoma follow-up list, of whom 4,900 were
overdue by more than half of their intended follow-up interval. The Healthcare Safety Investigation Branch
and the Royal College of Ophthalmologists have both highlighted delayed follow-up as a leading cause of
avoidable sight loss in the NHS.

Hospital clinic capacity alone could not clear this. Community optometrists in Portbury already have the
equipment and skills to measure eye pressure and visual fields, but had no route to share results with the
hospital. The partnership between the Trust, the Local Optical Committee (LOC) and the ICB created one.

Under the Eyes on the Backlog service, stable glaucoma and ocular hypertension patients are seen for their
monitoring tests in accredited community optometry practices close to home. Results and images are uploaded
to a shared electronic record and reviewed remotely by hospital clinicians in a virtual clinic within ten
working days. Patients whose results show progression are booked back into the hospital as urgent.

The service is open to adults with stable disease on one or two eye drops. Patients with advanced field
loss, those who have recently had surgery and those who cannot manage the community tests stay under
hospital follow-up.

Our patient safety goals were to reduce the number of patients overdue, to find and prioritise those at
risk of progression, and to reduce sight loss attributable to delayed follow-up.
"""),
        ("evidence", "What evidence is there of improvement in safe care as a direct result of the partnership?", """
<<Q:The number of glaucoma patients overdue by more than 50% of their follow-up interval fell from 4,900 in
April 2022 to 1,150 in March 2024.>> <<Q:Over the same period the longest delay beyond the intended review
date dropped from 74 weeks to 19 weeks.>>

<<Q:Harm reviews of patients found to have lost vision while waiting identified twelve cases of moderate or
severe harm attributable to delay in 2021/22, compared with two in 2023/24.>>

The virtual clinic reviewed 8,640 sets of community results in the period, and 6% of patients were
recalled urgently to the hospital because of progression. These recalls are the purpose of the service: in
the old model many of these patients would have waited months longer to be seen.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The ICB has commissioned the same model for medical retina patients at Stenning General Hospital from
September 2024. The shared record specification and the virtual clinic protocol have been sent to all eye
units in the region, and the service was presented at the regional eye health network and at the LOC's
annual meeting, attended by 130 optometrists.
"""),
        ("value", "What value has been created for patients and staff, and is the service good value for money?", """
<<Q:Patients now travel an average of 2.1 miles for their monitoring tests, compared with 14 miles to the eye
unit, and many can be seen on a Saturday.>> Hospital clinic slots have been released for complex and newly
diagnosed patients.

Community practices are paid £62 per monitoring episode, compared with a hospital outpatient tariff of £138.
The ICB invested £95,000 in the shared record and accreditation programme.

The virtual clinic also makes better use of consultant time. One consultant session can review around forty
sets of results, compared with twelve patients in a face-to-face clinic, so the most experienced clinicians
now spend more of their time with the patients who are most at risk. Optometrists report that the work has
given them a more clinical role and closer links with the eye unit.
"""),
        ("stakeholders", "Who were the stakeholders, how were they engaged in the design, and what evidence is there of patient and staff involvement?", """
<<P:Members of the Portbury Glaucoma Support Group reviewed the draft patient letter and booking process and
asked for the letter to be printed in 16-point type with the optometry practice's address on the front,
which we adopted.>> <<P:A patient representative from the support group was a member of the pathway steering
group from the first meeting.>>

The clinical pathway was designed by our glaucoma lead, Mr Daniel Ferris, consultant ophthalmologist. Fifty-six
community optometrists completed the accreditation course before seeing patients, and hospital clinic staff
were briefed on the new process through team meetings. We plan to survey staff in both settings about their
experience of the service later this year.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I086  pressure injuries in wheelchair users - docx - bullet lists
#       supplier-written, private company as the primary entrant -> ineligible
# ---------------------------------------------------------------------------
entry(
    id="I086", format="docx", layout="bullet_lists", topic="pressure_injury",
    project="independent6-smartcushion-86",
    title="SitWell Connect: smart pressure monitoring for full-time wheelchair users",
    cover=[
        "Contoura Seating Ltd",
        "Working together with Rushmere Community Healthcare NHS Trust (Wheelchair and Posture Service) and the Spinal Injury Link charity",
        "Unit 4, Meadowside Business Park, RM9 2LH",
    ],
    primary_entrant=dict(name="Contoura Seating Ltd", type="private"),
    partners=[
        dict(name="Rushmere Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Spinal Injury Link", type="charity"),
    ],
    sections=[
        ("context", "The challenge", """
Contoura Seating has designed and manufactured pressure-relieving wheelchair cushions for more than twenty
years. In 2021 we set out to answer a question our clinical customers kept asking us: how do we know a
cushion is working once the user has gone home?

- Full-time wheelchair users, particularly people with spinal cord injury, are at high risk of pressure
injuries over the sitting bones and sacrum, and a single category 4 injury can mean months of bed rest,
surgery and sometimes death.

- Rushmere Community Healthcare's Wheelchair and Posture Service supports around 3,400 active users, of whom
about 620 are full-time users with reduced sensation.

- Most pressure injuries develop between clinic appointments, which for stable users may be twelve months
apart.

- The SitWell Connect cushion contains a thin sensor mat that maps pressure every few seconds. A smartphone
app reminds the user to shift their weight, alerts them when high pressure is sustained, and, with consent,
sends a weekly summary to their wheelchair therapist.

- Home visits by the service regularly find that a cushion set up perfectly in clinic is being used very
differently at home, for example with an extra layer of clothing or a folded towel underneath.

- Our shared goal with the Trust and Spinal Injury Link was to reduce serious sitting-acquired pressure
injuries in high-risk users and to help therapists intervene earlier.
"""),
        ("evidence", "The results", """
The Trust's wheelchair service ran an 18-month evaluation with 180 full-time users who volunteered to use
SitWell Connect, comparing their outcomes with the previous 18 months.

- <<Q:Category 3 and 4 sitting-acquired pressure injuries in the group fell from 23 to 9.>>

- <<Q:Hospital bed days for pressure injury treatment in the group went down from 1,310 to 420.>>

- <<Q:The average time users spent above the high-pressure threshold without a weight shift dropped by 40%
between the first and the sixth month of use.>>

- 94 therapist interventions were triggered by the weekly summary, such as a cushion adjustment or a change
of seating system.

- The evaluation was not randomised, and users who volunteer may be more motivated than others.
"""),
        ("spread", "Wider use", """
- Two further NHS wheelchair services began using SitWell Connect in 2024.

- Spinal Injury Link has produced a peer guide to the app, which it shares with its members nationwide.

- We have presented the evaluation at the national posture and mobility conference and published a summary
on our website.

- We are in discussion with a spinal injuries centre about using the system during inpatient rehabilitation.
"""),
        ("value", "Value", """
- Each cushion system costs £1,150 plus a £9 monthly data subscription, against an estimated NHS cost of
more than £40,000 to treat a single category 4 pressure injury.

- Users tell us the app gives them back a sense of control, and several describe sleeping better because
they are not worrying about their skin.

- Therapists can see who needs them most instead of relying on fixed review dates.

- The Trust's wheelchair service estimates that the weekly summaries take a therapist around ten minutes per
user per month to review, which it has absorbed within existing caseloads.

- Contoura provided the first 180 cushions to the evaluation at cost, and the Trust's charity funded the data
subscriptions for the first year.
"""),
        ("stakeholders", "Who was involved", """
- <<P:Twelve full-time wheelchair users recruited through Spinal Injury Link tested early versions of the app
for three months and asked for vibration alerts instead of sounds, so that they were not embarrassed in
public.>>

- <<P:Two Spinal Injury Link peer mentors with spinal cord injury sat on the project group and wrote the
first-time user guide.>>

- <<S:Occupational therapists and rehabilitation engineers from the Trust's wheelchair service agreed the
alert thresholds with our engineers and tested the therapist dashboard in their own clinics.>>

- <<S:Spinal Injury Link's community support workers helped design the consent process for sharing data with
therapists.>>

- <<S:A project board with clinical and management representatives of all three organisations met every
two months and reviewed the evaluation data as it came in.>>
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
    ],
)


# ---------------------------------------------------------------------------
# I087  people with dementia in the emergency department - pdf - two columns
#       nurse consultant voice - carers as beneficiaries, observation,
#       feedback cards, intention -> no_patient_involvement
# ---------------------------------------------------------------------------
entry(
    id="I087", format="pdf", layout="two_column", topic="dementia",
    project="independent6-calmcorner-87",
    title="Calm in the Storm: a safer emergency department for people living with dementia",
    cover=[
        "Ravensholme University Hospitals NHS Trust and Kindred Minds (registered charity 1187342)",
        "Nurse Consultant for Older People's Emergency Care",
    ],
    primary_entrant=dict(name="Ravensholme University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Kindred Minds", type="charity"),
    ],
    sections=[
        ("context", "Why we came together", """
An emergency department is one of the most frightening places a person with dementia can find themselves:
bright lights, constant noise, strangers, long waits and repeated questions. For many it triggers delirium,
which in turn increases the risk of falls, of being given sedating medicines, and of death.

Our department sees around 410 attendances a day. When we audited a fortnight in 2022, roughly one in nine
patients aged over 75 had a diagnosis of dementia recorded, and many more had undiagnosed cognitive
impairment. Only a minority had been screened for delirium.

Kindred Minds is a local charity that has run dementia cafés and carers' groups in Ravensholme for fifteen
years. Together we created Calm in the Storm, which has four parts: a quiet four-bay area with softer
lighting, clocks and familiar objects; charity-employed dementia companions in the department from 8am to
midnight; a flag on the department's electronic system that prompts delirium screening with the 4AT at
triage; and a direct line to the frailty team for same-day assessment.

Companions are not clinical staff. They sit with people, help them eat and drink, walk with them, explain
what is happening as many times as needed and let nurses know when someone seems to be changing. They
complete a two-week induction with the charity and a week of shadowing in the department.

Our safety goals were to detect delirium earlier, to prevent falls and avoidable sedation in the
department, and to shorten the time people with dementia spend there.
"""),
        ("evidence", "What changed", """
We compared twelve months before launch (2021/22) with twelve months after (2023/24).

<<Q:Delirium screening with the 4AT for patients aged over 75 rose from 22% to 81%.>> <<Q:Falls in the
department among patients with dementia fell from 17 to 5 a year.>>

<<Q:Use of rapid tranquillisation or sedation in this group was halved.>> <<Q:The proportion of people with
dementia who spent more than twelve hours in the department went from 38% to 21%.>>

Our companions spent time with 2,260 patients over the year, and the frailty team took 1,030 direct
referrals.
"""),
        ("spread", "Sharing the approach", """
The medical assessment unit adopted the delirium flag and the companions' role in March 2024. Kindred Minds
has been asked by two other trusts in the region how the companion role is recruited and supervised, and
has shared its role description and training programme. We presented the work at the regional urgent care
network and at a national older people's emergency care conference, and our quiet area design guide has
been downloaded from the charity's website many times.
"""),
        ("value", "What it means", """
Nurses say that having a companion sitting with a distressed patient gives them time to deliver care to
others safely. Companions describe the role as demanding but rewarding.

Carers are given an "About Me" sheet on arrival so that staff know the person's routines and what helps
them to feel calm. On our feedback cards, nine out of ten carers said they would recommend the department.

The companion service costs £148,000 a year, funded jointly by the trust and Kindred Minds' fundraising.
The quiet area was built for £36,000 using hospital charity funds.

For the trust, fewer falls in the department means fewer incident investigations and fewer people admitted
with an injury on top of the illness that brought them in. For Kindred Minds, the partnership has meant
that families first meet the charity at a moment of crisis, and many go on to use its cafés and carers'
groups afterwards.
"""),
        ("stakeholders", "Who took part", """
<<S:Emergency department nurses, healthcare assistants and two consultants worked with Kindred Minds staff in
a series of design sessions to plan the quiet area and decide which tasks companions would and would not
do.>> <<S:The frailty team's nurses and therapists wrote the referral criteria with the emergency
department's senior nurses.>>

Before the redesign, 40 patients with dementia were observed throughout their journey in the department,
to understand where and when distress arose. We would like to involve people living with dementia
and their carers directly in the next phase, through Kindred Minds' carers' group.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I088  acuity-based safe staffing tool across three trusts - pdf - caps
#       headings - private analytics company as primary entrant; evidence is
#       usage counts, baseline and targets; patients only beneficiaries
#       -> ineligible, no_quantitative_evidence, no_patient_involvement
# ---------------------------------------------------------------------------
entry(
    id="I088", format="pdf", layout="caps_headings", topic="safe_staffing", pdf_font="DejaVuSans",
    project="independent6-wardwise-88",
    title="WardWise: real-time acuity and staffing visibility across a provider collaborative",
    cover=[
        "Primary entrant: Wardwise Analytics Ltd",
        "Collaborating organisations: Three Rivers Acute Provider Collaborative (Tessbury General Hospital NHS Trust, Marlowe Valley Hospitals NHS Foundation Trust, Coldharbour and Esk NHS Trust); Sheldrake University School of Nursing",
        "Commercial contact: Head of Client Success, enquiries@wardwise.example",
    ],
    primary_entrant=dict(name="Wardwise Analytics Ltd", type="private"),
    partners=[
        dict(name="Tessbury General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Marlowe Valley Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Coldharbour and Esk NHS Trust", type="nhs_trust"),
        dict(name="Sheldrake University", type="university"),
    ],
    sections=[
        ("context", "1. CONTEXT AND PATIENT SAFETY GOALS", """
Safe nurse staffing is one of the strongest predictors of patient safety on inpatient wards. Yet in most
hospitals the picture of staffing against patient need is assembled manually, several times a day, by
matrons ringing round wards and transcribing numbers onto a spreadsheet. By the time the staffing meeting
takes place, the information is already out of date.

The three trusts of the Three Rivers Acute Provider Collaborative operate 2,740 adult inpatient beds across
five sites. In 2022, a collaborative-wide review found that 11% of day shifts and 15% of night shifts ran
below planned registered nurse numbers, and that nurse-sensitive red flags (such as delayed observations or
missed intentional rounding) were recorded inconsistently and rarely escalated.

WardWise is a cloud-based platform, developed by Wardwise Analytics, that brings together the e-rostering
systems of all three trusts with a twice-daily acuity census completed by the nurse in charge on a tablet.
It produces a live view of each ward's staffing against patient acuity, flags wards at risk, and allows a
collaborative staffing hub to redeploy nurses across site and organisational boundaries. Sheldrake
University's School of Nursing provides independent evaluation.

The objectives agreed with the collaborative were to make staffing risk visible in real time, to ensure
red flags are escalated and acted on within one hour, and to reduce shifts below safe staffing levels by
20% by the end of 2024.
"""),
        ("evidence", "2. EVIDENCE OF IMPROVED SAFE CARE", """
Since go-live in November 2022, nurses in charge have completed more than 14,000 acuity census entries
across 96 wards, giving the collaborative its first consistent picture of patient need at ward level. The
staffing hub has made 3,180 cross-site redeployments.

Matrons report that staffing meetings now start from a shared, current picture rather than a collection of
phone calls, and the directors of nursing have described the platform as transformational for their
assurance to boards. Red flags are now visible to senior nurses as soon as they are raised, whereas
previously they were reviewed retrospectively.

The independent evaluation by Sheldrake University is under way and will report on the relationship
between staffing levels, red flags and harm outcomes, including falls and pressure ulcers, in spring 2025.
We are confident that it will demonstrate measurable benefits.
"""),
        ("spread", "3. SPREAD AND SHARING OF BEST PRACTICE", """
Following the success of the collaborative deployment, WardWise has been adopted by a mental health trust
and a community trust in a neighbouring region, each with its own configuration of acuity tools. Our
clinical advisers have presented the platform at two national nursing workforce conferences and at a
webinar hosted by a regional chief nurse network. A case study is available on our website.
"""),
        ("value", "4. VALUE FOR STAFF, PATIENTS AND THE TAXPAYER", """
Senior nurses spend less time collecting staffing information and more time acting on it. Patients benefit
from a workforce deployed according to their needs rather than historical templates.

The collaborative pays an annual licence of £210,000 for all three trusts, equivalent to under £77 per bed
per year. Independent modelling commissioned by Wardwise suggests that the platform could reduce agency
expenditure by up to £1.9 million a year across the collaborative once fully embedded.
"""),
        ("stakeholders", "5. STAKEHOLDER ENGAGEMENT", """
<<S:Ward managers and senior nurses from all three trusts joined a clinical design group that met monthly
for nine months, and it was their insistence that led to a census that can be completed in under two
minutes on a tablet at the nurses' station.>> <<S:E-rostering leads from each trust tested the integration
with their rostering systems and identified the data errors that had to be fixed before go-live.>>

<<S:The three deputy chief nurses formed the steering group with our product team and agreed the
escalation rules for the staffing hub.>>

Patients are the ultimate beneficiaries of safe staffing. A patient representative will be invited to join
the user group during phase two.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="ineligible", criterion=None),
    ],
)


# ---------------------------------------------------------------------------
# I089  medical examiner-led family conversations after a death - docx -
#       reordered - head of patient safety voice, families strongly involved;
#       staff only as a named lead, trained, informed, audiences
#       -> no_staff_involvement
# ---------------------------------------------------------------------------
entry(
    id="I089", format="docx", layout="reordered", topic="learning_from_deaths",
    project="independent6-familyvoice-89",
    title="The Family Voice: learning from deaths with bereaved families across hospital and general practice",
    cover=[
        "Hallam Vale Hospitals NHS Foundation Trust",
        "Hallam Vale GP Federation",
        "Still Here Bereavement Support",
        "Submitted by the Head of Patient Safety and Learning, Hallam Vale Hospitals NHS Foundation Trust",
    ],
    primary_entrant=dict(name="Hallam Vale Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Hallam Vale GP Federation", type="primary_care"),
        dict(name="Still Here Bereavement Support", type="charity"),
    ],
    sections=[
        ("context", "Where we started", """
Every death is reviewed in some way, but for years our reviews were conducted almost entirely from the
notes. Families, who often saw things that were never written down, were usually told about a review only
if they complained. When the medical examiner system was extended to community deaths, we saw an
opportunity to change that, and to do it across the whole local system rather than hospital by hospital.

Hallam Vale Hospitals hosts the medical examiner office for the area, covering about 4,100 deaths a year in
hospital and the community. The Hallam Vale GP Federation represents the 38 practices in the area and
coordinates reviews of community deaths across them. Still Here is a local bereavement charity.

The Family Voice partnership has three elements: every bereaved family is offered a conversation with a
medical examiner within five working days, using a structured set of questions about the care their
relative received; any concern raised leads automatically to a structured judgement review (SJR) in the
hospital or a significant event review in the practice; and every family is offered a follow-up call from
Still Here. The safety goal is to find problems in care that notes-based review misses, and to act on them.
"""),
        ("stakeholders", "Working with families, and who else was involved", """
<<P:The questions the medical examiners ask were written with fourteen bereaved relatives, recruited through
Still Here, over four workshops in the winter of 2021.>> <<P:They removed the word "concerns" from the
opening question, because they felt it invited only complaints, and replaced it with "Is there anything
about the care that you think we should know?">>

<<P:Three of those relatives joined the partnership's oversight group, where they review anonymised themes
from family conversations every quarter and decide with us which themes go to the system learning
forum.>> <<P:A bereaved father who lost his son after a missed sepsis diagnosis co-presents our training for
new medical examiners.>>

The review process was developed by Dr Amina Rahman, our lead medical examiner. Thirty-two consultants and
eleven GPs have been trained in structured judgement review, and ward and practice teams were informed about
the new process through the trust's intranet and the federation's newsletter. Our clinical teams have not
yet been directly involved in the design, which we recognise is a gap.
"""),
        ("value", "Why it matters", """
Families tell us that being asked, rather than having to complain, changed how they felt about the care
their relative received. Still Here made 2,350 follow-up calls in 2023 and referred 290 people for ongoing
bereavement support.

The partnership costs around £85,000 a year, mostly for additional medical examiner officer time and a
contribution to Still Here's costs. A single complaint that reaches the Parliamentary and Health Service
Ombudsman can cost the trust far more than this in staff time alone.
"""),
        ("evidence", "What the evidence shows", """
<<Q:The proportion of deaths in which a family's account was captured before the review was completed rose
from 9% in 2020/21 to 64% in 2023/24.>> <<Q:Structured judgement reviews triggered by a family's account
now make up about a third of all SJRs, compared with fewer than one in twenty before the partnership.>>

<<Q:Of the problems in care identified by SJRs in 2023/24, 41% were identified only because of something the
family told us, compared with 6% in 2020/21.>> These included unrecognised deterioration at home after
discharge, poor communication of do-not-attempt-resuscitation decisions, and delays to pain relief at the
end of life.

<<Q:Formal complaints following a death fell from 118 in 2020/21 to 71 in 2023/24.>>
"""),
        ("spread", "Beyond Hallam Vale", """
The medical examiner offices in two neighbouring trusts have adopted our family questions, and the regional
medical examiner has included them in guidance to all offices in the region. We have presented the work to
the national learning from deaths network and at the regional patient safety conference. The GP federation
is now piloting the same approach for reviews of deaths of people with a learning disability in the
community.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I090  end-of-life anticipatory medicines - docx - no headings
#       warm hospice charity voice - no value section -> missing_section(value)
# ---------------------------------------------------------------------------
entry(
    id="I090", format="docx", layout="no_headings", topic="end_of_life",
    project="independent6-justintime-90",
    title="Just in Time: getting end-of-life medicines to people dying at home, day or night",
    cover=[
        "St Columba's Hospice, Wrenfield",
        "working with Wrenfield Community Health Services NHS Trust, Dale and Wrenfield Local Pharmaceutical Committee and NHS Wrenfield and Dale Integrated Care Board",
    ],
    primary_entrant=dict(name="St Columba's Hospice, Wrenfield", type="charity"),
    partners=[
        dict(name="Wrenfield Community Health Services NHS Trust", type="nhs_trust"),
        dict(name="Dale and Wrenfield Local Pharmaceutical Committee", type="primary_care"),
        dict(name="NHS Wrenfield and Dale Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", None, """
Most people tell us they would like to die at home, and most families want to make that possible. What
can turn a peaceful death into a frightening one is a few hours without the right medicine: a night of
uncontrolled pain, breathlessness or agitation because the syringe driver ran out, or because nobody could
find a pharmacy open at 11pm that stocked midazolam.

At St Columba's we hear these stories far too often. When we looked back through the notes of
people our community team had cared for in 2021, we found delays in getting anticipatory medicines in
roughly one in six deaths at home. Our hospice at home team of 23 nurses and healthcare assistants was
spending hours each week driving between pharmacies. Incident reports from Wrenfield Community Health
Services and from the out-of-hours GP service described the same problem.

Just in Time began in the spring of 2022. Nine community pharmacies, chosen so that nobody in Wrenfield and
Dale is more than twenty minutes from one, agreed to hold a guaranteed stock of an agreed list of
end-of-life medicines, and three of them open until 11pm every day. The hospice runs a 24-hour advice line
(01632 960287) for patients, families, district nurses and pharmacists, and keeps an emergency supply that
a hospice nurse can bring out at night if no pharmacy is open. District nurses now check at every visit
that anticipatory medicines are in the home and in date. And where a family wants it, we train and support
a carer to give as-needed injections under the skin, with clear written guidance and a phone call after
every dose.

Our aim was simple and, we think, important: no one dying at home in Wrenfield and Dale should wait in
distress for a medicine that could have been there.
"""),
        ("evidence", None, """
We measured the time from a prescriber deciding anticipatory medicines were needed to those medicines being
in the home, using district nursing and hospice records. <<Q:The median time fell from just over six hours
in 2021 to an hour and a half in 2023.>> <<Q:Repeating the notes review in 2023, delays in getting
anticipatory medicines were found in one in twenty-five deaths at home, compared with one in six before.>>

<<Q:Calls to the out-of-hours GP service solely to obtain end-of-life medicines fell by 35% between 2021/22 and
2023/24.>> <<Q:Incidents reported by district nurses and the hospice involving missing or delayed end-of-life
medicines went from 48 in the year before the scheme to 13 in its second year.>>

Sixty-one carers have been trained to give as-needed injections since 2022, and our advice line took 5,900
calls last year.
"""),
        ("spread", None, """
The ICB has included the pharmacy stock list and opening hours in the specification for its new palliative
care service across the whole county from April 2025. Two neighbouring hospices have borrowed our carer
training materials, and we have shared our stock list and audit method through the regional palliative care
network. Our medical director and the LPC chief officer spoke about Just in Time at the national hospice
conference last autumn.
"""),
        ("stakeholders", None, """
<<P:The carer training and the written guidance were shaped by eight bereaved carers and two people receiving
hospice care at home, who met with us over three months and told us plainly what had frightened them.>>
<<P:It was a widow in that group who insisted that every dose should be followed by a phone call, because
she had been terrified of getting it wrong and having no one to tell.>>

<<S:Community pharmacists from the nine hub pharmacies and our hospice pharmacist agreed the stock list
together, and the pharmacists worked out how to share stock between them so that nothing goes out of
date.>> <<S:District nurses helped write the home check and tested it for two months before it was rolled
out.>>

<<S:Out-of-hours GPs from the local GP cooperative sat with our nurses and the ICB's medicines team to
agree which prescribers could use the hospice emergency supply.>>
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="value"),
    ],
)


# ---------------------------------------------------------------------------
# I091  bariatric assisted transfers - docx - bold headings
#       fire and rescue group manager, blunt and plain - clean
# ---------------------------------------------------------------------------
entry(
    id="I091", format="docx", layout="bold_headings", topic="bariatric_transfer", docx_font="Cambria",
    project="independent6-batt-91",
    title="Moving with Dignity: the Greyhallow Bariatric Assisted Transfer Team",
    cover=[
        "Greyhallow Fire and Rescue Service in partnership with Greyhallow and Moor Ambulance Service NHS Trust and Greyhallow Royal Infirmary NHS Trust",
        "Group Manager, Prevention and Community Safety",
        "Entry category: Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="Greyhallow Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Greyhallow and Moor Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Greyhallow Royal Infirmary NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we needed to work together", """
Fire crews have always been called to help ambulance colleagues move patients who are too heavy for a
standard crew and stretcher. Until 2022 it was done on goodwill and improvisation. A crew would arrive, work
out on the spot how to get someone down a narrow staircase, and sometimes end up taking out a window or a
door frame. Patients waited for hours, often in distress and sometimes on the floor. Staff got hurt.

In 2021 the ambulance service requested fire service help with a bariatric patient 312 times. The median
wait for our crews was over four hours, because no one could say in advance what equipment was needed.
Reviews of two serious incidents that year found a patient who developed pressure damage and
rhabdomyolysis while waiting, and a patient who fell from an improvised carry sheet.

The Bariatric Assisted Transfer Team (BATT) is a joint team. Six fire stations each have trained
firefighters and a bariatric equipment pod: a powered stair-climber rated to 320 kg, inflatable lifting
equipment, a wide transfer board and a dignity screen. The ambulance service dispatches BATT at the same
time as its own crew, not after the crew has arrived. The Infirmary's moving and handling team keeps a
register, with consent, of people in the community who will need a bariatric transfer for planned hospital
appointments, so that these moves are planned rather than done as emergencies.

Our goals: cut the time patients wait, stop patients being harmed during moves, and stop staff being injured.
"""),
        ("evidence", "The difference it has made", """
We compared calendar year 2021 with calendar year 2023.

<<Q:The median wait from the ambulance request to fire crews arriving fell from 4 hours 10 minutes to 1 hour
25 minutes.>> <<Q:Patient harm incidents during bariatric moves, such as falls, skin tears and pressure damage
from long waits, went from eleven to two.>>

<<Q:Musculoskeletal injuries to ambulance and fire staff during these moves dropped from 14 to 3.>>
<<Q:Forced entry or removal of a window or door frame to move a patient went from 19 occasions to 4.>>

BATT attended 347 calls in 2023. Forty-one people are on the planned transfer register.
"""),
        ("spread", "Where it has gone", """
Neighbouring Moorside Fire and Rescue Service is setting up its own team, using our equipment specification
and joint dispatch protocol. We have shared our training package with the National Fire Chiefs Council
working group on health partnerships. The Infirmary's moving and handling team has used the register model
for bariatric patients being discharged home from the wards.
"""),
        ("value", "What it is worth", """
Each equipment pod cost £27,500, funded by the ambulance trust from its winter resilience budget. Fire
crews' time is provided within existing duty hours. Each staff injury prevented saves sick leave, and the
ambulance service has modelled a potential release of around 900 ambulance crew hours a year that used to
be spent waiting on scene.

Firefighters say the team has given them skills they are proud of. Patients have written to us to say that
for the first time in years a move did not leave them feeling humiliated.
"""),
        ("stakeholders", "Who was involved", """
<<P:Five people who live with severe obesity and had been moved by emergency crews in the past told us, in a
session hosted by the Infirmary's patient experience team, what had felt most undignified, and the dignity
screen and the rule that a patient is always told the plan before anyone touches them came directly from
them.>> <<P:One of them now helps at our training days, playing the patient in practice moves.>>

<<S:Firefighters, paramedics and the Infirmary's moving and handling advisers spent three days together at
our training centre testing equipment and agreeing the joint dispatch criteria.>> <<S:Ambulance control room
dispatchers helped write the questions they now ask callers to decide whether BATT is needed.>>

<<S:A joint operational group of fire, ambulance and hospital managers meets every quarter to review every
incident.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I092  epilepsy rescue medication in schools - docx - numbered questions
#       school nursing team leader voice - evidence is numbers trained, plans
#       written, stories, targets -> no_quantitative_evidence
# ---------------------------------------------------------------------------
entry(
    id="I092", format="docx", layout="numbered_questions", topic="epilepsy", docx_font="Arial",
    project="independent6-safeatschool-92",
    title="Safe at School: making sure every child who might need rescue medication for a seizure gets it in time",
    cover=[
        "Lead organisation: Ashdown and Kells Community NHS Trust (School Nursing Service)",
        "Partners: Kells County Council (Children's Services and Education); Seizure Aware Kells",
        "Prepared by the School Nursing Team Leader, Ashdown locality",
    ],
    primary_entrant=dict(name="Ashdown and Kells Community NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Kells County Council", type="local_authority"),
        dict(name="Seizure Aware Kells", type="charity"),
    ],
    sections=[
        ("context", "Question 1: Why was the partnership needed, what is the product or service, and what were the patient safety goals?", """
Some children with epilepsy have seizures that do not stop on their own. For them, a dose of rescue
medication, usually midazolam given into the cheek, within five minutes can be the difference between a
frightening episode and a stay in intensive care. These children spend much of their day at school, so
school staff need to know who they are, where their medicine is and how and when to give it.

In 2022 our school nurses found that many children's healthcare plans had not been updated since the child
started school, some schools kept the rescue medicine locked in an office on a different floor, and training
for school staff was patchy and often years out of date. Parents were regularly being called to school to
give medicine themselves. A serious incident review in 2022, after a child had a prolonged seizure on a
school trip without her medicine, brought all of this to a head.

Safe at School is a partnership between our school nursing service, the county council's children's
services and education teams, and the local charity Seizure Aware Kells. It provides one standard individual
healthcare plan for seizures; a red "grab bag" that travels with
the child; yearly hands-on training for named staff in every school, delivered jointly by school nurses and
the charity; and a single contact number for schools at the school nursing hub, 01632 960552.

The goals were that every child prescribed rescue medication would have an up-to-date plan, that trained
staff would always be available, and that the medicine would always be within reach of the child.
"""),
        ("evidence", "Question 2: What improvements in safe care have resulted directly from the partnership?", """
Since September 2022, school nurses have written or updated 212 individual healthcare plans, and the
partnership has trained 1,140 school staff in 268 schools. Every plan now follows the same format, so a
supply teacher or a coach driver can find the key information on one page.

The council has made the training and the grab bag part of its guidance for schools' medical conditions
policies. Our school nurses carried out spot checks in 40 schools in the summer term of 2024 and found the
grab bag where the plan said it would be in all of them.

We have heard from schools about several occasions where staff gave rescue medicine calmly and quickly, and
the child recovered without going to hospital. One head teacher told us that, for the first time, her staff
felt ready rather than frightened.

Our target is for every school with a child on rescue medication to have at least three staff with in-date
training by September 2025.
"""),
        ("spread", "Question 3: How have the achievements been applied elsewhere and best practice shared?", """
The same plan and training model has been extended to early years settings and to the county's two
special schools, where some children have several different emergency medicines. Seizure Aware Kells has
shared the grab bag design with epilepsy charities in three other counties. Our school nurses presented the
programme at the regional school health conference, and the plan template is now used by the paediatric
epilepsy service at Kells General Hospital for children who are newly diagnosed.
"""),
        ("value", "Question 4: What value has been created for patients, staff and the wider system?", """
Parents say they can go to work without keeping their phone in their hand all day. School staff say the
training has taken away much of the fear of giving a medicine they had never seen used.

The grab bags cost £14 each and were paid for by Seizure Aware Kells from a community grant. The training
is delivered within existing school nursing time, with the charity's trainers giving 160 hours last year.
"""),
        ("stakeholders", "Question 5: Who was involved and how were they engaged in the design?", """
<<P:Eleven young people with epilepsy, aged 11 to 17, designed the grab bag with the charity's youth group,
choosing the colour, the size and the one-page "what to do" card inside.>> <<P:Parents from the charity's
family support group worked through the healthcare plan line by line with our school nurses, and cut it from
six pages to two.>>

<<S:Special educational needs coordinators and teaching assistants from six pilot schools tested the plan and
training and told us the training had to be done in school time, in their own building, which is now how it
is delivered.>> <<S:The paediatric epilepsy nurses from Kells General Hospital reviewed every version of the
plan with the school nursing team.>>
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I093  recognising the sick child in general practice - pdf - form table
#       practice manager, plain English - staff only as a named GP lead,
#       trained, emailed, audience, intention -> no_staff_involvement
# ---------------------------------------------------------------------------
entry(
    id="I093", format="pdf", layout="form_table", topic="deteriorating_child",
    project="independent6-sickchild-93",
    title="Spotting the Poorly Child: safer same-day care for children at Millbrook Surgery and across our PCN",
    cover_table=[
        ("Name of project", "Spotting the Poorly Child: safer same-day care for children at Millbrook Surgery and across our PCN"),
        ("Who is entering", "Millbrook Surgery, Tollgate Road, Millbrook MB3 8DW"),
        ("Working with", "Tollgate and Millbrook Primary Care Network / St Aldhelm's Children's Hospital NHS Foundation Trust / Wessdown Ambulance Service NHS Trust"),
        ("Written by", "Practice Manager"),
    ],
    primary_entrant=dict(name="Millbrook Surgery", type="primary_care"),
    partners=[
        dict(name="Tollgate and Millbrook Primary Care Network", type="primary_care"),
        dict(name="St Aldhelm's Children's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Wessdown Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Why did you need a partnership, what did you do, and what were you trying to make safer?", """
We are a GP practice of 14,200 patients, about 3,000 of them children. Every winter our phones are full of
worried parents. Most children with a fever or a cough get better on their own, but a few are seriously
ill, and the hard part is telling which is which, first on the phone and then in a ten-minute appointment.

In early 2022 we had a significant event where a toddler with sepsis was given a routine appointment for
the next day and was taken to hospital by ambulance that night. When we looked at it honestly we found our
receptionists had no clear list of warning signs, we had no child-sized oxygen probes, and our GPs had no
quick way to talk to a children's doctor without sending the family to A&E.

We could not fix that on our own. The children's hospital had the expertise and a consultant on call. Our
PCN could help us share it with the other five practices. The ambulance service wanted fewer children sent
to A&E by ambulance who could have been seen elsewhere.

What we did:

- a red flag card for everyone who answers the phone, listing the things that mean a child must be seen
now or sent to 999;

- child-sized oxygen probes and a simple traffic-light observation chart in every consulting room;

- a direct phone line from our GPs to the consultant paediatrician at St Aldhelm's, so a child can go
straight to the children's assessment unit instead of A&E;

- a clear leaflet for parents telling them what to watch for at home and when to come back.
"""),
        ("evidence", "What difference has it made to safety? Please give numbers where you can.", """
We compared winter 2021/22 with winter 2023/24 at Millbrook, using our clinical system and a monthly audit
of 50 children's records.

<<Q:Children with a red flag on the phone who were seen within an hour went from 45% to 92%.>> <<Q:A full set
of observations, including oxygen levels, was recorded for about one child in three before and four children
in five after.>>

<<Q:Children sent to A&E by ambulance from the surgery dropped from 31 to 12 over the winter, because GPs
could now send them straight to the assessment unit after speaking to the consultant.>> <<Q:Children who came
back to us or to A&E within 48 hours sicker than before went down from 22 to 9.>>

The consultant line was used 186 times by the six PCN practices last winter.
"""),
        ("spread", "Have you shared it or used it elsewhere?", """
Yes. All six practices in our PCN now use the red flag card, the chart and the consultant line. St
Aldhelm's has offered the line to two more PCNs from October 2024. We shared the red flag card at the
ICB's primary care quality meeting and it has been sent out to every practice in the county.
"""),
        ("value", "What has it meant for staff and patients, and was it good value?", """
Our receptionists say they feel much less anxious about taking calls about children now they have
something to go on. Parents like being able to go straight to the children's unit instead of sitting in A&E.

The oxygen probes cost £95 each, £1,140 for the PCN. The PCN paid for the leaflets out of its development
money. The consultant line did not need extra money because the hospital already had a consultant on call.
"""),
        ("stakeholders", "Who was involved and how? Please include how patients and staff took part.", """
<<P:Parents from our Patient Participation Group read the first version of the leaflet and told us it was
full of jargon, so they rewrote it with us in their own words.>> <<P:Two mums from the Millbrook baby group
tried it out and asked us to add pictures of what a rash looks like on darker skin, which we did.>>

Dr Priya Nair, our GP lead for children, wrote the red flag card. All 14 receptionists and care navigators
did a two-hour session run by the children's hospital, and the new process was emailed to every clinician.
The St Aldhelm's consultant gave a talk at the PCN's protected learning time afternoon. Next year I would
like to get the reception team more involved in reviewing calls.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I094  rapid anticoagulant reversal in head injury / intracranial bleed -
#       pdf - with appendix - ED consultant with references; a "partnership"
#       of departments in one trust (no partner organisation); patients only
#       things done to -> ineligible, no_patient_involvement
# ---------------------------------------------------------------------------
entry(
    id="I094", format="pdf", layout="with_appendix", topic="anticoagulation", pdf_font="LiberationSerif",
    project="independent6-codereverse-94",
    title="Code Reverse: a multidisciplinary pathway for rapid anticoagulant reversal in intracranial haemorrhage",
    cover=[
        "Kestrel Bay University Hospital NHS Trust",
        "A partnership between the Emergency Department, Haematology, Pharmacy, Radiology and Neurosurgery",
        "Corresponding author: Consultant in Emergency Medicine",
    ],
    primary_entrant=dict(name="Kestrel Bay University Hospital NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "1. Context", """
Around one in five patients presenting with intracranial haemorrhage (ICH) is taking an oral
anticoagulant, and anticoagulant-associated ICH carries a substantially higher risk of haematoma expansion
and death (Ferrand et al., 2019). Guidelines recommend reversal as soon as possible, ideally within an hour
of arrival, with prothrombin complex concentrate (PCC) for warfarin and with a specific agent or PCC for
direct oral anticoagulants (DOACs) (see Appendix B).

At Kestrel Bay, a major trauma unit and hyperacute stroke centre with an emergency department of 118,000
annual attendances, reversal depended on a sequence of hand-offs: a CT scan, a radiology report, a call to
the haematology registrar, a request to pharmacy and the release of PCC from the blood bank. An audit of
2021 found a median door-to-reversal time of 142 minutes. Two patients in that year had delayed reversal
identified as a contributory factor in serious incident investigations.

Code Reverse is a single pathway owned jointly by five departments. Patients on anticoagulants with a head
injury or suspected ICH are flagged at triage, bloods are taken and CT is requested immediately, and the CT
radiographer telephones the ED consultant directly when a bleed is seen. PCC and a DOAC-specific reversal
agent are stored in a locked ED resuscitation cupboard with a weight-based dosing card, so that reversal
can begin without waiting for a haematology call. The pharmacy team replaces stock within 24 hours and
reviews every use.

Our goals were a median door-to-reversal time under 60 minutes, reversal within 60 minutes for at least
75% of patients, and fewer deaths and haematoma expansions in anticoagulant-associated ICH.
"""),
        ("evidence", "2. Evidence of improved safe care", """
We prospectively collected data for every activation from launch in May 2022 and compared it with a
retrospective cohort from 2021 (definitions in Appendix A).

<<Q:Median door-to-reversal time fell from 142 minutes (IQR 96-210) to 48 minutes (IQR 35-71).>>
<<Q:The proportion of patients reversed within 60 minutes of arrival rose from 18% to 74%.>>

<<Q:Haematoma expansion on repeat CT at 24 hours fell from 29% to 17% of patients scanned.>> <<Q:Thirty-day
mortality fell from 34% to 26%, although the numbers (n=61 before, n=88 after) are too small for this
difference to reach statistical significance.>>

There were 88 activations in the first 24 months. No thrombotic complications attributable to reversal
were identified at 30 days.
"""),
        ("spread", "3. Spread and sharing", """
The pathway and dosing card were presented at the regional trauma network governance meeting and at the
national emergency medicine conference in 2023. Our stroke unit has adopted the same approach for patients
on anticoagulants presenting with stroke symptoms, and the regional trauma network has asked to circulate
the dosing card to its trauma units.
"""),
        ("value", "4. Value", """
Storing reversal agents in the emergency department has not increased wastage: stock is rotated with the
blood bank before expiry, and pharmacy review has identified no inappropriate use. The dosing card is
written in whole vials, which is intended to cut the amount of drug prepared but not given. The cost of PCC and the reversal agent is
unchanged, and the pathway required no new posts. For staff, the pathway removes a series of phone calls
at the moment when the ED team is busiest.
"""),
        ("stakeholders", "5. Stakeholders", """
<<S:Emergency nurses, haematologists, pharmacists, CT radiographers and neurosurgical registrars met in a
working group every two weeks for four months to map the old process and redesign it.>> <<S:The ED
resuscitation nurses ran two in-situ simulations and moved the drugs cupboard and the dosing card after
finding that the first location could not be reached quickly during a trauma call.>>

<<S:The blood bank's biomedical scientists agreed the stock rotation rules with pharmacy and the ED.>>

Patients and relatives were given an information leaflet explaining why reversal had been given. All 88
patients treated on the pathway were followed up at 30 days for thrombotic events.
"""),
    ],
    trailer=[
        ("heading", "Appendix A: Data definitions"),
        ("para", "Door-to-reversal time: time from ED arrival (registration) to the start of administration of the first reversal agent, taken from the electronic prescribing administration record."),
        ("para", "Haematoma expansion: an increase in haematoma volume of more than 33% or 6 mL on repeat CT, as reported by a consultant neuroradiologist."),
        ("para", "Baseline cohort: all adult patients with anticoagulant-associated ICH admitted between 1 January and 31 December 2021, identified from the ED system and the blood bank issue log."),
        ("heading", "Appendix B: References"),
        ("para", "Ferrand L, Osei K, Brandt P. Outcomes of anticoagulant-associated intracranial haemorrhage: a systematic review. J Emerg Neurol 2019; 14: 211-220."),
        ("para", "Regional Trauma Network. Guideline for the reversal of anticoagulation in major haemorrhage, version 3. 2021."),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="ineligible", criterion=None),
    ],
)


# ---------------------------------------------------------------------------
# I095  student-led STI testing kits in halls of residence - pdf (rendered via
#       LibreOffice from docx) - style headings - student voice; evidence is
#       usage counts and plans; staff only a supervisor, briefed, audiences
#       -> no_quantitative_evidence, no_staff_involvement
# ---------------------------------------------------------------------------
entry(
    id="I095", format="pdf", layout="style_headings", topic="sexual_health", render_via="soffice",
    project="independent6-testkitlockers-95",
    title="Test, Don't Guess: student-designed STI testing lockers in halls of residence",
    cover=[
        "Submitted by: University of Carrowmore (School of Health Sciences, MPH student project team)",
        "Partners: Carrowmore City Council Public Health; North Carrow NHS Trust Integrated Sexual Health Service; Carrowmore Students' Union",
        "Project period: September 2022 to June 2024",
    ],
    primary_entrant=dict(name="University of Carrowmore", type="university"),
    partners=[
        dict(name="Carrowmore City Council", type="local_authority"),
        dict(name="North Carrow NHS Trust", type="nhs_trust"),
        dict(name="Carrowmore Students' Union", type="charity"),
    ],
    sections=[
        ("context", "Why we started", """
We are a group of six public health master's students, and this project started as a class assignment that
got out of hand in the best possible way. Carrowmore has about 31,000 students, and young adults aged 16 to
24 carry a large share of the burden of chlamydia and gonorrhoea. Untreated infections can cause pelvic
inflammatory disease and infertility, and gonorrhoea that is resistant to antibiotics is a growing concern.
In our first survey of 540 students, most did not know that free postal testing kits existed, and many of
those who did said they would not want a kit delivered to a shared flat.

The city council commissions the integrated sexual health service from North Carrow NHS Trust, including an
online testing service. The kits are good, but students were not ordering them. So we asked a different
question: what if a kit could be picked up anonymously, at any hour, somewhere students already go?

Test, Don't Guess puts smart lockers in the foyers of four halls of residence and in the Students' Union
building. A student scans a QR code, answers a short online questionnaire run by the sexual health service,
and gets a one-time code to open a locker containing a testing kit. Results come back by text from the
service, and anyone with a positive result is contacted by a health adviser for treatment and partner
notification. The questionnaire screens for under-18s and for signs of sexual exploitation or assault, and
directs anyone at risk to a clinician on the same day.

The safety goals were earlier diagnosis and treatment, less onward transmission, and making sure that
young people at risk of harm are picked up rather than lost in a fully online system.
"""),
        ("evidence", "What happened", """
The lockers went live in February 2023. By the end of the academic year 2023/24, students had collected
1,860 kits, and 62% of them were returned to the laboratory. Every positive result was followed up by the
sexual health service.

The safeguarding questions led to 23 same-day referrals to a clinician, including students who disclosed
sexual assault. We know from the free-text comments that for some of them the locker was the first time
they had asked for help.

We wanted to measure whether diagnoses were being made earlier, but the service's data cannot yet separate
locker kits from other online orders by symptoms or time since exposure. The council has agreed to add this
field to the online form from September 2024, and we have set a target of a 70% return rate for the
coming year.
"""),
        ("spread", "Spreading the idea", """
Two further halls will get lockers in 2024/25, paid for by the University's accommodation service. The
council is considering lockers in a further education college and in a city centre youth hub. We have
written a how-to guide, including the locker specification and the questionnaire wording, and shared it
with public health teams in three other university cities. We also presented the project at a national
student public health conference and at the sexual health service's clinical governance meeting.
"""),
        ("value", "Why it was worth it", """
Students told us the lockers felt private and "normal", like collecting a parcel. The Students' Union has
built the lockers into its welfare campaigns during Freshers' Week.

The five lockers cost £8,400 to buy and install, paid for from the University's student experience fund and
a council grant. Kits and laboratory tests are funded from the existing online testing contract, so each
kit costs the council the same as one ordered for home delivery. The locker company provides maintenance for
£600 a year.
"""),
        ("stakeholders", "Who was involved", """
<<P:Forty-three students took part in six focus groups we ran in halls, and they chose the locker locations,
the name "Test, Don't Guess" and the wording of the instructions.>> <<P:Student volunteers from the Students'
Union's sexual health society tested the questionnaire on their phones and made us cut it from 22 questions
to 11.>>

Our supervisor, Dr Hannah Lowe, senior lecturer in public health, oversaw the project throughout. Health
advisers at the sexual health service were briefed on the lockers before launch, and hall wardens were sent
information about where the lockers would be. We would like to involve the service's nurses more closely in
the next phase.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I096  hospital discharge for people who are homeless - pdf - no headings
#       first person, a co-lead with lived experience; no stakeholders
#       section, but involvement is described in the context and value text
#       -> missing_section(stakeholders) only
# ---------------------------------------------------------------------------
entry(
    id="I096", format="pdf", layout="no_headings", topic="homeless_health",
    project="independent6-safelanding-96",
    title="Safe Landing: no more discharges to the street",
    cover=[
        "Drummond City Council, Housing Options Service",
        "Drummond Royal Hospital NHS Trust",
        "The Lantern Project",
        "Written by the lived experience co-lead, with the project team",
    ],
    primary_entrant=dict(name="Drummond City Council", type="local_authority"),
    partners=[
        dict(name="Drummond Royal Hospital NHS Trust", type="nhs_trust"),
        dict(name="The Lantern Project", type="charity"),
    ],
    sections=[
        ("context", None, """
Four years ago I was discharged from Drummond Royal with a leg ulcer, a bag of dressings and a taxi voucher.
I had nowhere to go, so the taxi took me back to the underpass where I had been sleeping. Nine days later I
was back in hospital with sepsis. I am not telling this story because it is unusual. Back then it was what
normally happened.

Drummond has around 400 people sleeping rough or in emergency accommodation on any given night, and many
more sofa-surfing. People who are homeless get ill younger, stay in hospital longer and die, on average,
decades earlier than everyone else. The hospital could not fix housing, the council could not fix wounds,
and neither of them had much idea what it felt like to be on the receiving end.

Safe Landing started in 2022. It is a hospital in-reach team based at Drummond Royal: a nurse, a council
housing officer who works on the wards, and a peer advocate from The Lantern Project who has been homeless.
When someone is admitted with no fixed address, the team sees them within a working day. They start the
housing application on the ward, sort out benefits and a GP registration, and plan the discharge with the
ward. If someone is well enough to leave hospital but has nowhere safe to go, they can move into one of
eight step-down rooms run by The Lantern Project, with visits from the district nurses.

<<P:Since 2023 I have been the project's lived experience co-lead, sitting
on the steering group as an equal with the hospital's deputy chief nurse and the council's head of housing
options.>> <<P:Before anything was set up, I and four other people who had been discharged from Drummond Royal
while homeless spent six weeks with the project team designing how the in-reach team should first approach
someone on a ward, and we wrote the first-day conversation guide ourselves.>> <<S:Ward nurses and discharge
coordinators from the medical wards came to those sessions too, and they were the ones who said the
referral had to be one tick box on the admission form, not another form.>>
"""),
        ("evidence", None, """
The hospital's data team compared the year before Safe Landing with 2023/24 for everyone admitted with no
fixed address. <<Q:Discharges straight to the street went from about one in three to one in fourteen.>>
<<Q:Emergency readmissions within 30 days fell from 41% to 19%.>>

<<Q:People leaving hospital against medical advice, which for our patients usually means walking out
before treatment is finished, halved.>> <<Q:The average length of stay for this group came down from 11.2
days to 8.6 days, because people were not waiting on wards for a housing decision.>>

In 2023/24 the in-reach team saw 612 people, and 148 stayed in the step-down rooms.
"""),
        ("spread", None, """
The mental health trust has asked for the in-reach team to cover its inpatient unit from 2025, and the
council has written the approach into its homelessness strategy. The Lantern Project has trained peer
advocates for a similar service in a neighbouring city, and I have spoken about Safe Landing at a national
conference on inclusion health and to the regional director of nursing's network.
"""),
        ("value", None, """
What people say to me most often is that, for the first time, someone asked them what they needed instead
of telling them what would happen. Ward staff say they no longer dread discharging someone with nowhere to
go.

<<S:The district nurses who visit the step-down rooms helped The Lantern Project write its rules on
dressings, medicines and visitors, after two residents' wounds got worse in the first month.>>

The step-down rooms cost £210,000 a year, paid by the council and the ICB together. The in-reach team costs
£164,000 a year. Each bed day at Drummond Royal costs about £420, and the council no longer has to pay for
emergency B&B placements for most of the people the team sees.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="stakeholders"),
    ],
)
