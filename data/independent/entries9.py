"""Ninth independent evaluation set (I129..I144) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written without reference to the review pipeline or to sets 4-8, as a blind test on
unseen entries: new organisations, writers, voices and topics.  Format and mark-up
follow entries2.py; build it with

    .venv/bin/python data/independent/build.py --set 9   (writes data/corpus/independent9/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (measured change in an outcome)
  <<P:sentence>>   patient / carer / service-user involvement
  <<S:sentence>>   staff involvement
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are
joined with a single space.  A paragraph starting with "- " is a bullet item.

Flags are written out by hand (as a judge would) and build.py cross-checks them
against the mark-up.  Organisation types follow set 1 (ambulance, police and fire
services are emergency_service; a prison is public_other; Scottish, Welsh and
Northern Irish health boards and HSC trusts are nhs_trust).

Hard negatives are deliberate: numbers that are not outcome claims (dates, budgets,
bed counts, headcounts, numbers trained, targets, phone numbers, postcodes) and
involvement-like sentences that are not involvement (beneficiaries, plans, negations,
unnamed stakeholders, a single named lead, staff only trained or informed, feedback
that changed nothing, audiences) are left untagged.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I129  oxygen prescribing on acute wards - docx - rubric headings - formal
#       respiratory nurse consultant - cover table - no flags
# ---------------------------------------------------------------------------
entry(
    id="I129", format="docx", layout="rubric_headings", topic="oxygen_safety",
    project="independent9-oxygen-129",
    title="Right Gas, Right Target: safer oxygen prescribing across acute medicine",
    cover_table=[
        ("Organisation", "Hollinbrook Teaching Hospitals NHS Foundation Trust"),
        ("In partnership with", "Pennine Reach Health Innovation Network; Calder Moor University School of Pharmacy; Breathe Together Hollinbrook (patient charity)"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Entry lead", "Nurse Consultant, Respiratory Medicine"),
    ],
    primary_entrant=dict(name="Hollinbrook Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Pennine Reach Health Innovation Network", type="ahsn"),
        dict(name="Calder Moor University", type="university"),
        dict(name="Breathe Together Hollinbrook", type="charity"),
    ],
    sections=[
        ("context", "Context", """
Oxygen is a drug, yet on our acute medical wards it was too often treated as a background utility. Hollinbrook
Teaching Hospitals has 1,140 beds across two sites, and on any given day around 180 inpatients are receiving
supplemental oxygen. A point-prevalence audit in September 2022 showed that fewer than half of these patients
had a signed prescription with a target saturation range, and that patients with chronic obstructive pulmonary
disease at risk of hypercapnic respiratory failure were frequently given oxygen to a target of 94-98% rather than
88-92%.

The consequences are well documented nationally and we had seen them locally: three serious incidents between
2020 and 2022 involved patients with type 2 respiratory failure who were over-oxygenated and required
non-invasive ventilation or admission to critical care.

Right Gas, Right Target is a partnership between the Trust, the Pennine Reach Health Innovation Network, the
School of Pharmacy at Calder Moor University and Breathe Together Hollinbrook, a local charity run by and for
people living with lung disease. Together we redesigned the oxygen section of the electronic prescribing system
so that a target range is mandatory, introduced ward-based oxygen champions, and created a bedside "oxygen
alert" card that patients at risk of hypercapnia carry between settings.
"""),
        ("evidence", "Evidence of improvements in safe care resulting from the partnership", """
The Health Innovation Network's improvement analyst supported fortnightly measurement on eleven acute medical and
respiratory wards from January 2023, using run charts and the same audit tool as the baseline.

<<Q:The proportion of patients on oxygen with a valid prescription including a target range rose from 46% at
baseline to 93% by December 2023, and has remained above 90% for nine consecutive months.>> <<Q:Among patients
flagged as at risk of hypercapnia, the proportion maintained within their 88-92% target band at the time of audit
increased from 38% to 71%.>>

<<Q:Emergency calls to the outreach team for acute hypercapnic respiratory failure on the participating wards fell
from 31 in 2022 to 17 in 2023.>> We recognise that this is a small number and that other factors, including a
milder winter for respiratory viruses, may have contributed.

<<Q:No serious incidents relating to oxygen have been declared on the participating wards since April 2023,
compared with three in the preceding three years.>>
"""),
        ("spread", "Spread and sustainability", """
The mandatory target field is now live in the electronic prescribing system across all adult inpatient areas,
including surgery and orthopaedics. The Health Innovation Network has shared the prescribing build, the champion
role description and the alert card with the other four acute trusts in the Pennine Reach region, two of which
began implementation in spring 2024. The oxygen alert card has been adopted by the regional ambulance service,
whose crews now look for it on arrival. Calder Moor University has embedded oxygen prescribing scenarios into its
MPharm and independent prescribing courses, so that the next generation of prescribers learns the approach from
the start.
"""),
        ("value", "Value: staff and patient experience, and value for money", """
The changes cost very little. Configuration of the prescribing system was done by the Trust's own informatics
team in 14 working days, the alert cards cost 38p each to print, and the oxygen champion role is undertaken within
existing band 5 and band 6 posts with four hours of protected time a month. The total project spend in 2023/24 was
£21,600, most of it analyst time funded by the Health Innovation Network.

An avoided critical care admission for hypercapnic failure is estimated at over £9,000, so the programme is likely
to have paid for itself several times over. Nurses report that having a target written on the chart removes
guesswork, and patients with COPD tell us the alert card gives them confidence to question a clinician who turns
their oxygen up without checking.
"""),
        ("stakeholders", "Stakeholder engagement", """
<<P:Members of Breathe Together Hollinbrook co-designed the oxygen alert card with us at three workshops, choosing
the wording, the colour and the size so that it fits in a purse or a wallet.>> <<P:Two members who had experienced
over-oxygenation themselves joined the project steering group and reviewed every patient-facing leaflet.>>

<<S:Ward nurses, junior doctors and ward pharmacists tested successive versions of the prescribing screen in a
simulation suite and their comments led to the removal of two drop-down menus that slowed prescribing.>> <<S:The
oxygen champions themselves wrote the ward audit checklist and chose the fortnightly audit day.>>

The Trust's medical director and chief nurse co-sponsored the programme, and progress was reported quarterly to
the Medicines Safety Committee.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I130  paediatric sepsis in primary care and 111 - pdf - form table - terse
#       form answers, acronyms - no quantitative evidence (activity, targets,
#       numbers trained, plans only)
# ---------------------------------------------------------------------------
entry(
    id="I130", format="pdf", layout="form_table", topic="sepsis",
    project="independent9-paeds-sepsis-130",
    title="Spot the Sick Child: a shared paediatric sepsis safety-net across 111, GP and ED",
    cover_table=[
        ("Entry title", "Spot the Sick Child: a shared paediatric sepsis safety-net across 111, GP and ED"),
        ("Lead organisation", "NHS Severnmouth and Wyebridge Integrated Care Board"),
        ("Partners", "Wyebridge Children's Hospital NHS Trust | Western Counties Ambulance Service NHS Foundation Trust (NHS 111) | Severnmouth GP Federation | Little Lungs Parents' Trust (charity)"),
        ("Contact", "Clinical lead for CYP urgent care, 0117 496 0521"),
    ],
    primary_entrant=dict(name="NHS Severnmouth and Wyebridge Integrated Care Board", type="icb"),
    partners=[
        dict(name="Wyebridge Children's Hospital NHS Trust", type="nhs_trust"),
        dict(name="Western Counties Ambulance Service NHS Foundation Trust", type="emergency_service"),
        dict(name="Severnmouth GP Federation", type="primary_care"),
        dict(name="Little Lungs Parents' Trust", type="charity"),
    ],
    sections=[
        ("context", "1. Context (max 400 words)", """
Problem: febrile children seen in 111, GP and ED with no shared language for risk. Each service used a different
tool (NICE traffic light in GP, PEWS in ED, NHS Pathways in 111). Safety-netting advice to parents varied and was
often verbal only.

Triggers: 2 coroner's Prevention of Future Deaths reports in the region (2021, 2022); HSSIB national learning on
deteriorating children; Martha's Rule.

Solution: one paediatric sepsis safety-net across the system. Components: (a) common "amber/red" criteria agreed by
all 3 provider types; (b) single parent leaflet and text message with a QR code video, sent at end of every
contact; (c) direct GP-to-paediatric-registrar advice line 08:00-22:00; (d) 111 clinical validation for all amber
children under 5.

Population: approx. 212,000 children 0-17 across Severnmouth and Wyebridge. Around 41,000 febrile illness contacts
per year across the 3 settings.
"""),
        ("evidence", "2. Evidence of improvement (max 500 words)", """
Go-live 3 October 2023. Activity to 31 March 2024:

- Parent safety-net texts sent: 17,840.
- QR video views: 6,312.
- Advice line calls from GPs: 1,108 (average 6 per day).
- 111 amber validations under 5s: 2,946.
- Staff trained: 388 GP, practice nurse and 111 clinicians; 142 ED and paediatric staff.

Audit of 100 random GP consultation records in February 2024 showed 87 had safety-netting documented. No baseline
audit was done so we cannot show change on this yet.

Outcome measures agreed for 2024/25 (not yet reported): time from first contact to antibiotics for children later
diagnosed with sepsis; unplanned re-attendance within 72 hours; PICU admissions with sepsis. Target: antibiotics
within 1 hour of arrival for 90% of red-flag children by March 2025. Independent evaluation commissioned from
regional HIN, report due December 2024.
"""),
        ("spread", "3. Spread and sustainability", """
All 58 GP practices in the ICB have the leaflet and text template on their clinical system. Neighbouring ICB
(Forest and Vale) has asked for the materials. Presented to NHS England South West CYP network, Jan 2024. Advice
line funded recurrently from April 2024 (£96k per year). Next: roll out to 4 urgent treatment centres and 2 minor
injury units in 2024/25.
"""),
        ("value", "4. Value", """
Cost year 1: £148,000 (advice line £72k part-year; texts and video £19k; training backfill £41k; project
management £16k). One avoided PICU stay is roughly £4,500 per day. Parents say the text is "something to look at
at 3am". GPs value quick access to a paediatric registrar rather than referring "just in case". Expected reduction in
unnecessary ED attendances will be measured in year 2.

Staff experience: 111 clinicians previously had no way to speak to a paediatrician during a call and said they
"over-referred to be safe". The validation step and advice line give them a second opinion. A staff survey is planned
for autumn 2024. Patient experience survey of parents receiving the text is open now (212 responses so far; results
not yet analysed).
"""),
        ("stakeholders", "5. Stakeholder involvement", """
<<P:Little Lungs Parents' Trust ran 4 focus groups with 31 parents, including 3 bereaved families, who chose the
wording of the red flags and asked for the video, which they scripted with our paediatric nurses.>> <<P:Parents
insisted on "Trust your instinct" as the first line of the leaflet and it stays there.>>

<<S:Task and finish group of GPs, 111 clinical advisers, ED consultants and paediatric nurses met monthly May-Sept
2023 and wrote the shared amber/red criteria.>> <<S:111 call handlers piloted the validation script over 2 weeks and
cut it from 14 questions to 9.>>

Governance: ICB Quality Committee; system CYP board.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I131  self-harm in young people after ED attendance - pdf - no headings -
#       narrative with quotes, Scottish health board - no spread section;
#       no staff involvement (staff trained, single named lead, staff
#       feedback that changed nothing)
# ---------------------------------------------------------------------------
entry(
    id="I131", format="pdf", layout="no_headings", topic="self_harm", pdf_align="L",
    project="independent9-selfharm-131",
    title="The Next Day Call: following up young people who self-harm",
    cover=[
        "NHS Strathallan with Strathallan Council Education Services and Harbour Youth Scotland",
        "Written by the service manager, Child and Adolescent Mental Health, Kilbrannan House, Dunmorie DD9 4QT",
    ],
    primary_entrant=dict(name="NHS Strathallan", type="nhs_trust"),
    partners=[
        dict(name="Strathallan Council Education Services", type="local_authority"),
        dict(name="Harbour Youth Scotland", type="charity"),
    ],
    sections=[
        ("context", None, """
"I went home at four in the morning with a leaflet and nobody phoned." That is how one sixteen-year-old described
her first attendance at the emergency department at Dunmorie Royal Infirmary after she had cut herself. She was
seen again three weeks later, after an overdose. Her story was not unusual. In 2021/22 our emergency department
saw 412 attendances by young people aged 12 to 17 following self-harm, and many of them left overnight or at the
weekend without a psychosocial assessment and without anyone arranging the next step.

The Next Day Call is a partnership between NHS Strathallan, the education services of Strathallan Council and
Harbour Youth Scotland, a youth charity that runs drop-in and text support across the region. Every young person
who attends with self-harm is now offered a phone call from a CAMHS nurse or a Harbour youth worker by 5pm the next
day, seven days a week. With the young person's consent, a named link worker in their school is told that they
need support on their return, and a shared safety plan, written with the young person, travels with them from the
emergency department to home and to school.
"""),
        ("evidence", None, """
We compared the 18 months before the service began in April 2022 with the 18 months after it, using the
emergency department system and CAMHS records.

<<Q:The proportion of young people who had a psychosocial assessment before they left the department rose from
58% to 89%.>> <<Q:The median time from discharge to first follow-up contact fell from 19 days to one day.>>
<<Q:Repeat attendance with self-harm within six months dropped from 24% of young people to 15%.>>

The service made 731 next-day calls in its first eighteen months and reached the young person or a parent on the
first attempt in most cases. A further 96 young people declined the call, and we respect that choice.

We are careful about what we claim. Small numbers mean the repeat-attendance figure could move, and we have not
yet been able to look at longer-term outcomes.
"""),
        ("value", None, """
For young people, the value is that someone notices. "She phoned when she said she would, and she remembered my
dog's name," one fourteen-year-old wrote on a feedback card. Parents describe the relief of having a number to ring
in the days after a frightening night in the emergency department.

The service costs £118,000 a year: 1.6 whole-time-equivalent CAMHS nurses, a share of Harbour's out-of-hours text
service and the training of school link workers. We estimate that fewer repeat attendances free around 300 hours of
emergency department and on-call psychiatry time each year.

All 46 secondary school link workers across the council area completed a two-day self-harm awareness course before
the service began, and emergency department nurses were given a briefing on the referral process during their
mandatory training days. A short survey of emergency department staff in 2023 asked how the referral process could
be improved; the responses were positive and no changes were made. The project was led throughout by Dr Fiona
Galbraith, consultant child and adolescent psychiatrist, who chaired the steering group.
"""),
        ("stakeholders", None, """
<<P:Young people shaped the service from the start: Harbour's youth panel of eleven 14- to 19-year-olds, several
with their own experience of self-harm, designed the wording of the text message that announces the call and
chose the time of day it is made.>> <<P:The panel also rewrote the safety plan template, replacing clinical
language with their own headings such as "Things that help me get through tonight".>>

<<P:Two parents whose children had attended the emergency department joined the steering group and insisted that
parents should get their own call if the young person agreed, which we added in the second month.>>

The partnership was overseen by the Strathallan Children's Services Partnership and the Health Board's Clinical
Governance Committee.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I132  anticoagulation in care homes - docx - numbered questions - chatty
#       clinical pharmacist - PCN primary entrant - no patient involvement
#       (residents as beneficiaries, families informed, plans for phase 2)
# ---------------------------------------------------------------------------
entry(
    id="I132", format="docx", layout="numbered_questions", topic="medication_safety",
    project="independent9-anticoag-carehomes-132",
    title="Clot Watch: safer anticoagulation for care home residents",
    cover=[
        "Wendlebury and Cotts Primary Care Network",
        "Northvale Community Health NHS Trust",
        "Northvale County Council, Adult Social Care",
        "NHS Northvale Integrated Care Board",
        "Contact: Lead Clinical Pharmacist, Wendlebury Health Centre, Market Row, Wendlebury NV7 2LS",
    ],
    primary_entrant=dict(name="Wendlebury and Cotts Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Northvale Community Health NHS Trust", type="nhs_trust"),
        dict(name="Northvale County Council", type="local_authority"),
        dict(name="NHS Northvale Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "1. What was the problem and what did the partnership set out to do?", """
I'm a clinical pharmacist and I look after 23 care homes, with just over 800 beds between them. When I started in
the job in 2021, one thing kept me awake at night: anticoagulants. About one in seven of our residents was on
warfarin or a direct oral anticoagulant (DOAC), and almost every week something went wrong. A warfarin dose wasn't
changed after an INR result came back. A DOAC dose was never reduced when a resident's kidney function dropped. A
resident on apixaban had a fall, hit their head, and nobody in the home knew that mattered.

No single organisation owned this. INR testing was done by community nurses from the Trust, prescribing by GPs in
our PCN, administration by care staff employed by independent providers and overseen by the council's quality team.
So we set up Clot Watch, a partnership to make one shared process: a single anticoagulant register for every home,
a structured DOAC dose check by PCN pharmacists every six months, a "head injury on an anticoagulant" flowchart on
the wall of every home, and warfarin dose changes sent electronically to the home's medication system rather than
by phone.
"""),
        ("evidence", "2. What measurable improvements in safety can you show?", """
We ran a full baseline review of every resident on an anticoagulant in March 2022 (118 residents) and repeated it in
March 2024 (126 residents).

<<Q:Residents on a DOAC at an inappropriate dose for their weight, age or kidney function fell from 29% to 6%.>>
<<Q:Warfarin dose changes that were not put into practice within 24 hours of the INR result dropped from 41 in the
six months before the new process to 4 in the last six months.>>

<<Q:Anticoagulant-related incidents reported by the homes to the council's quality team halved, from 62 in 2021/22
to 30 in 2023/24, and the proportion of those causing moderate or greater harm fell from 15% to 3%.>>

We also switched 37 residents from warfarin to a DOAC where it was clinically appropriate, which means fewer INR
visits, though that was a side benefit rather than a goal.
"""),
        ("spread", "3. How has the solution been shared or spread?", """
The ICB has funded the other five PCNs in Northvale to adopt Clot Watch during 2024/25, and the register template
and flowchart are on the ICB's medicines optimisation web pages. The council now asks about the anticoagulant
register as part of its routine care home quality visits, which is probably the single biggest thing for making it
stick. We presented the work at the regional care home pharmacy network in November 2023 and at a national
medicines safety officers' webinar.
"""),
        ("value", "4. What difference has it made to staff and patients, and is it good value?", """
Honestly, the biggest change for care staff is confidence. Before, a senior carer faced with a resident on a blood
thinner who had fallen would ring 111 and wait. Now they have a flowchart, and they know who to call. Community
nurses say INR days are calmer because the dose changes arrive in the right place. Residents have benefited from
fewer INR blood tests and fewer hospital trips.

The PCN pharmacist time comes from the Additional Roles Reimbursement Scheme, so the new cost was mainly the
electronic link between the anticoagulation clinic and the homes' systems (£12,400 one-off) and printing
(£600). Avoiding even one admission for a major bleed saves far more than that.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<S:Senior carers from six homes sat with us for three afternoons and redesigned the anticoagulant section of the
medication record, because the version we first drafted did not match the way their rounds actually worked.>> <<S:The
community nursing team suggested the electronic dose-change link after mapping the steps where warfarin doses got
lost, and their team leader co-chaired the project group.>>

<<S:GPs and the council's care home quality officers reviewed the head injury flowchart and changed the wording so
that it matched the 111 script.>>

Residents and their families were sent a letter explaining the changes to anticoagulant reviews, and the council's
care home residents' forum was updated at its spring meeting. We plan to ask families about their experience in
phase 2.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I133  medicines at prison release - docx - bullet lists - managerial,
#       acronym-heavy - private healthcare provider is the primary entrant
#       (ineligible); no patient involvement (people leaving prison are
#       recipients, survey that changed nothing, peer scheme planned)
# ---------------------------------------------------------------------------
entry(
    id="I133", format="docx", layout="bullet_lists", topic="medication_safety",
    project="independent9-prison-release-133",
    title="Through the Gate with Medicines: continuity of medication on release from HMP Ravensholme",
    cover_table=[
        ("Entrant", "Castlegate Justice Health Ltd"),
        ("Partners", "HMP Ravensholme; Ravensholme and Eastmoor Local Pharmaceutical Committee; Eastmoor Probation Delivery Unit"),
        ("Award category", "Best Partnership Solution Improving Patient Safety"),
        ("Submitted by", "Head of Healthcare, HMP Ravensholme"),
    ],
    primary_entrant=dict(name="Castlegate Justice Health Ltd", type="private"),
    partners=[
        dict(name="HMP Ravensholme", type="public_other"),
        dict(name="Ravensholme and Eastmoor Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Eastmoor Probation Delivery Unit", type="public_other"),
    ],
    sections=[
        ("context", "Context", """
Castlegate Justice Health Ltd is contracted by NHS England Health and Justice to provide primary care, mental
health and pharmacy services at HMP Ravensholme, a category B local prison with an operational capacity of 1,046.
Around 160 men are released each month, many at short notice from court.

Key risks we identified in 2022:

- Men released with no medication, or with 7 days' supply and no registered GP.
- Loss of opioid substitution therapy (OST) continuity, with high overdose risk in the first two weeks.
- Discharge prescriptions (FP10s) not accepted by community pharmacies because of missing information.
- Mental health medicines (antipsychotics, mood stabilisers) stopped abruptly.

Our response, Through the Gate with Medicines (TGM):

- A release medicines pack with 28 days' supply for long-term conditions and a printed medicines list.
- Named community pharmacy booked before release via the LPC's "prison link" scheme.
- Probation officers given a copy of the medicines list to support GP registration in the first week.
- Naloxone offered to every man leaving with an opioid history.

Before TGM, release planning for medicines was nobody's job in particular. Healthcare often learned of a release
only on the morning itself, reception staff had no list of who needed medication, and the nearest community
pharmacy to the gate closes at 5.30pm. A review of 40 releases in November 2022 found that information about
medicines reached the receiving GP in fewer than half of cases. Our patient safety goals were therefore simple:
no man leaves without his medicines, no OST patient misses a dose, and every community pharmacy and GP knows what
was prescribed.
"""),
        ("evidence", "Evidence", """
Data from SystmOne and the LPC prison link log, 12 months before (Jan-Dec 2022) and after (Jan-Dec 2023):

- <<Q:Men released with a supply of their regular medication increased from 52% to 94%.>>
- <<Q:OST patients who collected their first community dose within 48 hours of release rose from 61% to 88%.>>
- <<Q:Community pharmacies reporting a rejected or incomplete prison discharge prescription fell from 23 per quarter to 3 per quarter.>>
- Naloxone kits issued on release: 611 in 2023.
- <<Q:Known drug-related deaths within 28 days of release from HMP Ravensholme fell from 5 in 2022 to 1 in 2023.>>

We note that the deaths figure is small and should be interpreted with caution.
"""),
        ("spread", "Spread", """
- TGM rolled out to HMP Fellgate (also a Castlegate contract) in October 2023.
- LPC "prison link" scheme now includes 74 community pharmacies across Eastmoor.
- Shared with the NHS England Health and Justice regional medicines group, February 2024.
- Standard operating procedure available on request.
"""),
        ("value", "Value", """
- Cost of release packs and pharmacy technician time: approx. £64,000 per year, met within the existing contract.
- Fewer urgent GP and ED attendances for missed medication in the first week (not yet quantified).
- Pharmacy staff report fewer distressed phone calls from community pharmacies and families.
- Probation officers say the medicines list makes GP registration appointments quicker.
"""),
        ("stakeholders", "Stakeholders", """
- <<S:Prison pharmacy technicians and discharge nurses mapped the release process in two workshops and designed the release pack checklist.>>
- <<S:Community pharmacists from the LPC tested the new discharge prescription template for a month and asked for the OST last-dose time to be added at the top, which we did.>>
- <<S:Probation officers helped write the medicines list so it could be understood by non-clinical staff.>>
- Men leaving prison received the release pack and a briefing from a pharmacy technician on the day of release.
- A prisoner satisfaction survey in 2023 rated the release process highly; no changes were needed.
- A peer mentor scheme, where trained prisoners explain the release pack, is planned for 2024/25.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I134  pressure ulcers at home - pdf - two column - warm, plain English,
#       Welsh health board tissue viability nurse - no flags
# ---------------------------------------------------------------------------
entry(
    id="I134", format="pdf", layout="two_column", topic="pressure_ulcers",
    project="independent9-pressure-home-134",
    title="Skin Matters at Home: carers, nurses and neighbours preventing pressure damage",
    cover=[
        "Bae Cennin University Health Board with Sir Dyfnant County Council, Gofal a Thrwsio Dyfnant (Care and Repair) and Prifysgol Glannau Cennin",
        "Tissue Viability Service, Ysbyty Cymunedol Penrallt, SA72 6HN",
    ],
    primary_entrant=dict(name="Bae Cennin University Health Board", type="nhs_trust"),
    partners=[
        dict(name="Sir Dyfnant County Council", type="local_authority"),
        dict(name="Gofal a Thrwsio Dyfnant", type="charity"),
        dict(name="Prifysgol Glannau Cennin", type="university"),
    ],
    sections=[
        ("context", "Why we started", """
Most pressure ulcers in our area do not start in hospital. They start at home, in a favourite armchair, in a bed
that is too soft, or because a person who lives alone is not turned for many hours. In 2022 our district nurses
found 389 new pressure ulcers in people living at home in Sir Dyfnant, and 71 of them were category 3 or 4.

Many of these people had paid carers from the council's domiciliary care service visiting four times a day. The
carers saw the skin every day, but they had not been trained to check it, and they did not know who to tell. Some
homes had no space for a pressure-relieving mattress, or the person slept in a chair because the stairs were too
hard.

Skin Matters at Home brings together the health board's district nurses and tissue viability team, the council's
home care service, Care and Repair, which is a charity that makes small changes to older people's homes, and the
university's School of Nursing. Carers use a simple skin check card at every visit, in Welsh or English, and can
call a tissue viability nurse directly. Care and Repair can fit a grab rail, move a bed downstairs or clear space for
a mattress within five working days.
"""),
        ("evidence", "What changed", """
We started in two localities in April 2023 and the whole county by October 2023. The university compared the
localities with the year before.

<<Q:New category 3 and 4 pressure ulcers in people receiving home care fell from 71 in 2022 to 38 in 2023/24.>>
<<Q:The time from a carer noticing red skin to a nurse visit went down from a median of 6 days to 1 day.>>

<<Q:The proportion of people at high risk who had the right mattress in place within a week of assessment went up
from 44% to 82%.>>

We also saw fewer admissions to hospital because of infected pressure ulcers, but the numbers are too small to be
sure.
"""),
        ("spread", "Sharing it", """
Two other health boards in Wales have visited and are adapting the card. The skin check is now part of the
council's induction for all new home carers, so it does not depend on one team. Improvement Cymru has invited us
to present at its national pressure ulcer collaborative in 2024.

Next year we want to add the card to the reablement service and to the 14 care homes in the county that do not
have their own nurses. We are also working with the university to turn the carer training into a short online
course, so that agencies outside the council can use it for free.
"""),
        ("value", "What it is worth", """
A category 4 pressure ulcer can cost more than £14,000 to treat. The whole project costs about £52,000 a year,
mostly nurse time and Care and Repair visits. Carers say they feel trusted. One carer told us, "Before, I would just
write it in the book. Now I ring and somebody comes."
"""),
        ("stakeholders", "Who helped make it", """
<<S:Home carers from the council designed the skin check card with our nurses at two evening sessions, and they
asked for pictures instead of long words, so the card now has photographs of healthy and damaged skin.>> <<S:District
nurses and Care and Repair caseworkers agreed together the five-day rule for home changes.>>

<<P:Four people who had pressure ulcers at home, and three family carers, told us their stories at a workshop in
Penrallt and helped us decide what the card should say to the person being checked.>> <<P:One of them, a retired
farmer, suggested that carers explain what they are looking at, and this is now the first line on the card.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I135  maternity triage - docx - style headings - formal midwifery voice,
#       Northern Ireland HSC trust - no staff involvement (midwives trained,
#       staff informed, single named lead, staff survey that changed nothing)
# ---------------------------------------------------------------------------
entry(
    id="I135", format="docx", layout="style_headings", topic="maternity", docx_font="Cambria",
    project="independent9-maternity-triage-135",
    title="One Number, One Standard: a single maternity triage line for the North West",
    cover=[
        "Foyleside and Sperrin Health and Social Care Trust | Northern Ireland Ambulance Service | Foyle Maternity Voices | Foyle Valley University, School of Nursing and Midwifery",
        "Submitted by the Head of Midwifery",
    ],
    primary_entrant=dict(name="Foyleside and Sperrin Health and Social Care Trust", type="nhs_trust"),
    partners=[
        dict(name="Northern Ireland Ambulance Service", type="emergency_service"),
        dict(name="Foyle Maternity Voices", type="charity"),
        dict(name="Foyle Valley University", type="university"),
    ],
    sections=[
        ("context", "Background and patient safety aims", """
Until 2022 a pregnant woman in the Foyleside and Sperrin area who was worried about reduced fetal movements,
bleeding or abdominal pain could ring any one of four numbers: the labour ward at Altnagelvin Road, the midwife-led
unit at Strabane Bridge, her community midwife's mobile, or the out-of-hours GP service. Calls were answered by
whoever was free, advice was rarely documented in a consistent way, and some women were told to "wait and see" by
one unit after being asked to come in by another. Serious adverse incident reviews in 2020 and 2021, including one
stillbirth after repeated calls about reduced movements, identified inconsistent telephone triage as a
contributory factor.

The partnership established a single 24-hour maternity triage line, answered by a dedicated midwife using the
Birmingham Symptom-specific Obstetric Triage System (BSOTS), adapted for telephone use. The Northern Ireland
Ambulance Service agreed a direct transfer protocol so that women triaged as red are sent an ambulance without a
second assessment by the ambulance control room. Foyle Valley University provided the evaluation.

Our aims were that every caller receives a documented, standardised assessment; that women needing urgent review
are seen within 15 minutes of arrival; and that no woman is given conflicting advice.
"""),
        ("evidence", "Measurable improvements in safety", """
The line opened on 5 September 2022 and handles around 1,900 calls a month. The university analysed call records
and maternity assessment unit attendances for the 12 months either side.

<<Q:The proportion of calls with a fully documented triage assessment and outcome rose from 37% to 98%.>> <<Q:Women
triaged as red who were seen by a midwife or obstetrician within 15 minutes of arrival increased from 54% to 91%.>>

<<Q:Incidents recorded as "conflicting or inappropriate telephone advice" fell from 27 in the year before to 4 in
the year after.>> <<Q:The median time from a red-category call to arrival at the unit by ambulance fell from 58
minutes to 34 minutes.>>

There has been no serious adverse incident relating to telephone triage since the service began.
"""),
        ("spread", "Spread and adoption", """
The Public Health Agency's maternity collaborative has shared our telephone adaptation of BSOTS with the other four
HSC trusts, and two have begun implementation. The direct transfer protocol with the Ambulance Service has been
written into regional guidance for 2024. Our call script and competency framework are available to any unit on
request.
"""),
        ("value", "Value to women, families and staff, and value for money", """
The triage line is staffed by 9.2 whole-time-equivalent midwives, funded by bringing together posts that were
previously spread across the labour ward and the midwife-led unit, so the additional cost was limited to telephony
and recording equipment (£31,000) and training. Every midwife who staffs the line, 44 in total, completed a two-day
BSOTS course and a telephone consultation module at the university. Other maternity staff were informed about the
new line through the Trust's staff newsletter and at safety huddles.

A staff survey was carried out six months after launch; responses were broadly positive, and no changes were made
to the service as a result. The whole programme was led by Dr Siobhán McCrory, consultant midwife, who designed the
operating model and chaired the implementation board.

Women tell us that one number is simpler to remember, and fewer now arrive at the unit unannounced.
"""),
        ("stakeholders", "Stakeholder and service user involvement", """
<<P:Foyle Maternity Voices held listening events in Derry, Strabane and Limavady, and the 62 women and partners who
took part told us what they needed from the phone call, which became the opening script.>> <<P:Two members of
Maternity Voices sat on the implementation board and reviewed every version of the patient information card.>>

<<P:At the request of women from the Irish Traveller and Roma communities, the line now offers telephone
interpreting from the first minute of the call.>>

The Public Health Agency, the Department of Health and local GP federations were kept informed throughout.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I136  hip fracture pre-hospital pathway - pdf - with appendix - data-heavy
#       orthogeriatrician - serif font - no flags
# ---------------------------------------------------------------------------
entry(
    id="I136", format="pdf", layout="with_appendix", topic="hip_fracture", pdf_font="LiberationSerif",
    project="independent9-hip-fracture-136",
    title="Block and Bypass: pre-hospital analgesia and direct admission for hip fracture",
    cover=[
        "Kingsmere and Wold NHS Foundation Trust",
        "East Ridings Ambulance Service NHS Trust",
        "University of Wold, Institute for Ageing",
        "Entry prepared by the Consultant Orthogeriatrician and the Consultant Paramedic",
    ],
    primary_entrant=dict(name="Kingsmere and Wold NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="East Ridings Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="University of Wold", type="university"),
    ],
    sections=[
        ("context", "1. Context", """
Kingsmere General admits roughly 640 people with a hip fracture every year; their median age is 84. In 2021 the
National Hip Fracture Database placed us in the bottom quartile for time to a nerve block and for delirium. Older
people with a suspected hip fracture routinely waited 4-6 hours in the emergency department (ED), often on a trolley,
frequently with only intravenous morphine for pain.

Block and Bypass is a joint pathway between the Trust and East Ridings Ambulance Service (ERAS). Specially trained
paramedics give a fascia iliaca compartment block (FICB) at the scene, and patients meeting agreed criteria bypass
ED altogether and are taken straight to the orthopaedic admissions unit, where an orthogeriatric nurse receives
them. The University of Wold evaluated the pathway.
"""),
        ("evidence", "2. Evidence", """
Pathway launched 1 February 2023; comparison is Feb 2022-Jan 2023 (n=618) versus Feb 2023-Jan 2024 (n=652). Full
definitions are given in Appendix A.

<<Q:Median time from 999 call to effective analgesia fell from 3 h 10 min to 58 min.>> <<Q:The share of patients
receiving a nerve block within 4 hours of the 999 call went from 22% to 79%.>>

<<Q:Delirium identified on the 4AT within 72 hours of admission fell from 31.4% to 23.0%, a reduction of 8.4
percentage points.>> <<Q:Pressure damage (category 2 or above) acquired before surgery dropped from 5.5% to 1.7% of
patients.>>

<<Q:Time spent in ED, for the 71% of patients now conveyed direct, fell from a median of 4 h 45 min to zero, and the
Trust's 36-hour surgery standard was met for 82% of patients compared with 64% the year before.>> Thirty-day
mortality did not change.

No FICB-related complications (local anaesthetic toxicity, vascular puncture) were recorded in 461 pre-hospital
blocks.
"""),
        ("spread", "3. Spread", """
ERAS has trained 86 paramedics in FICB across three hubs and plans to reach 150 by March 2025. Two neighbouring
trusts, Hullstow and Beverton, are setting up direct admission units using our criteria and handover proforma. The
pathway was presented at the Fragility Fracture Network UK conference in 2023 and the university's paper is under
review.
"""),
        ("value", "4. Value", """
Each FICB kit costs £27; the main outlay was paramedic training (£48,000 in 2022/23). The university's health
economic model estimates a saving of around £1,150 per patient, chiefly from shorter length of stay and less
delirium, giving a net annual saving in the region of £600,000. Paramedics say being able to relieve severe pain at
the scene is one of the most satisfying things they do. Patients remember it too: "The pain went within twenty
minutes and I could finally breathe," said one 91-year-old.
"""),
        ("stakeholders", "5. Stakeholders", """
<<S:Paramedics, ED consultants, orthopaedic surgeons and orthogeriatric nurses wrote the bypass criteria together
over four joint meetings, and paramedic feedback after the first month led to dropping the requirement for a
pre-hospital ECG.>>

<<P:Members of the Trust's Older People's Reference Group, several of whom had broken a hip, reviewed the patient
leaflet and asked that relatives be phoned by the admissions unit within an hour, which is now standard.>> <<P:A
patient and carer representative sat on the steering group throughout.>>
"""),
    ],
    trailer=[
        ("heading", "Appendix A: Data sources and definitions"),
        ("text", "Times are taken from ERAS electronic patient records linked to Trust records by NHS number. "
                 "Delirium: positive 4AT (score 4 or more) within 72 h of admission. Pressure damage: category 2 or "
                 "above recorded before theatre. Comparison periods: 1 Feb 2022 to 31 Jan 2023 and 1 Feb 2023 to "
                 "31 Jan 2024. Patients transferred from other hospitals (n=23) were excluded."),
        ("heading", "Appendix B: Abbreviations"),
        ("text", "4AT: rapid delirium assessment tool. ED: emergency department. ERAS: East Ridings Ambulance "
                 "Service. FICB: fascia iliaca compartment block. NHFD: National Hip Fracture Database."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I137  catheter-associated infection across hospital, community and care
#       homes - docx - reordered (stakeholders first) - infection prevention
#       nurse, brisk - no quantitative evidence (snapshot values, counts,
#       targets); no patient involvement (recipients, intention, readability
#       check)
# ---------------------------------------------------------------------------
entry(
    id="I137", format="docx", layout="reordered", topic="infection",
    project="independent9-catheter-137",
    title="The Catheter Passport: one record for every urinary catheter, wherever the patient goes",
    cover=[
        "Lead: Thamesbridge and Ockley Hospitals NHS Trust (Infection Prevention and Control)",
        "With: Surrey Downs Community Services NHS Trust; Ockley Care Homes Alliance (registered charity no. 1187734); NHS Weald and Downs Integrated Care Board",
    ],
    primary_entrant=dict(name="Thamesbridge and Ockley Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Surrey Downs Community Services NHS Trust", type="nhs_trust"),
        dict(name="Ockley Care Homes Alliance", type="charity"),
        dict(name="NHS Weald and Downs Integrated Care Board", type="icb"),
    ],
    sections=[
        ("stakeholders", "Who designed it", """
<<S:The passport was designed by the people who handle catheters every day: ward nurses, district nurses, care
home staff and continence advisers met as a working group five times between March and July 2023.>> <<S:District
nurses told us that the hospital's first draft was too long to complete in a patient's home, so the group cut it to a
single folded A4 sheet.>> <<S:Care home managers in the Alliance trialled the passport with their own staff for six
weeks and added a column for the date the next bag change is due.>>

Patients leaving hospital with a catheter receive the passport and a leaflet explaining how to look after it. The
leaflet was checked against the Trust's plain English standards and readability software before printing. We intend
to recruit a patient representative to the group during 2024/25.
"""),
        ("evidence", "What we can show so far", """
The passport launched on 4 September 2023 on 14 adult wards, across the community nursing service and in the 27 care
homes belonging to the Alliance.

By the end of March 2024, 1,362 passports had been issued. In a spot audit of 60 patients with a catheter in March
2024, 47 had a passport with them, and 39 of those had a documented reason for the catheter. District nurses have
completed 2,104 passport reviews.

The Trust's target is to reduce catheter-associated urinary tract infections (CAUTI) by 25% by March 2025. We do not
yet have reliable data to show whether CAUTI rates have changed: the community and care home sectors did not
previously record CAUTI in a consistent way, so there is no baseline to compare against. A shared surveillance
definition was agreed in January 2024 and the first six months of data will be reported in autumn 2024.
"""),
        ("context", "Why it matters", """
Around one in five hospital inpatients at Thamesbridge and Ockley has a urinary catheter at some point in their stay.
Many go home or to a care home with it in place, and after that nobody can tell when it was inserted, why, or when
it should come out. Infection prevention reviews of Gram-negative bloodstream infections in 2022 found that
catheters were a likely source in about a third of cases, and that in many the catheter had stayed in far longer than
it needed to.

The passport is a single record that goes with the patient: why the catheter was inserted, the date, the size and
type, the plan for removal or review, and the date of each change. Each partner agreed to complete and check it at
every contact.
"""),
        ("value", "Value", """
Printing costs are about 41p per passport. Training sessions reached 318 ward staff, 96 community nurses and 212 care
home staff between August 2023 and February 2024, delivered by the IPC team within existing time. The ICB
contributed £8,500 for the community printing and a part-time data analyst. A single Gram-negative bloodstream
infection is estimated to cost the NHS over £6,000, so preventing even a handful would repay the cost.

Staff say the passport stops them having to ring round for information, and care home managers say it gives them
confidence to challenge a catheter that seems to have no end date.
"""),
        ("spread", "Spread", """
Two neighbouring trusts have asked for the template, and the ICB plans to make the passport the standard across
Weald and Downs from April 2025. We shared the work at the regional IPC network meeting in February 2024.

The Alliance is offering the passport to its remaining 9 member homes over the summer, and the community trust has
added a passport check to its electronic template for every continence visit, so that it becomes part of routine work
rather than an extra form.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I138  deteriorating physical health on mental health wards - pdf - caps
#       headings - acronyms, single trust with no partner (ineligible)
# ---------------------------------------------------------------------------
entry(
    id="I138", format="pdf", layout="caps_headings", topic="deteriorating_patient", pdf_font="DejaVuSans",
    project="independent9-mh-deterioration-138",
    title="PHYSICAL HEALTH MATTERS: recognising and responding to deterioration on inpatient mental health wards",
    cover=[
        "Marchbank and Tees Valley Partnership NHS Foundation Trust",
        "Physical Health and Resuscitation Team, Rowan Lodge, Tees Valley TS19 8QJ",
        "Single-organisation entry: a partnership between our physical health nurses and our ward teams",
    ],
    primary_entrant=dict(name="Marchbank and Tees Valley Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "CONTEXT", """
Marchbank and Tees Valley Partnership NHS FT runs 19 adult and older people's MH wards (312 beds) on 4 sites, none of
which has an on-site acute hospital. People with SMI die 15-20 years earlier than the general population, and when
our inpatients become physically unwell (sepsis, PE, NMS, rapid tranquillisation side effects, refeeding) the
signs are often missed or attributed to their mental state.

In 2021/22 we had 6 SIs where physical deterioration on a MH ward was recognised late, including 2 deaths. Common
themes: NEWS2 not done or not escalated; RMNs not confident with physical obs; no clear route to medical review out
of hours; restraint and rapid tranquillisation without post-event obs.

Our programme had four parts: (1) NEWS2 on the EPR with automatic escalation alerts; (2) a Physical Health Nurse
(PHN) on every site 24/7 as first responder; (3) "Obs after restraint" standard; (4) monthly ward-based simulation.

We have entered this as one organisation because the partnership at the heart of it is internal: between our
physical health team, our ward nursing teams and our medical staff, who until 2022 worked largely separately. The
PHN role is new to the Trust. PHNs are adult-trained nurses (RGN or dual-registered) who carry a bleep, attend every
NEWS2 of 5 or more and every post-restraint check where the ward asks for help, and can request a junior doctor or
call 999 directly. They also teach on the ward during quieter shifts.

Our patient safety aims were: NEWS2 done on time for every inpatient; every score of 5+ escalated within 30 minutes;
physical obs after every restraint or RT; no avoidable deaths from unrecognised physical illness.
"""),
        ("evidence", "EVIDENCE OF IMPROVEMENT", """
Data from EPR, Datix and ward audits, Apr 2022-Mar 2024.

<<Q:NEWS2 completed at the required frequency rose from 61% (Q1 2022/23) to 94% (Q4 2023/24).>> <<Q:Escalations
that met the NEWS2 response standard went from 48% to 86% over the same period.>>

<<Q:Physical observations recorded within one hour after restraint or rapid tranquillisation increased from 29% to
81%.>>

<<Q:Unplanned transfers to acute hospital with a NEWS2 of 7 or more on arrival, a marker of late recognition, fell
from 38 in 2022/23 to 19 in 2023/24.>> No SIs related to late recognition of deterioration have been declared since
June 2023.
"""),
        ("spread", "SPREAD", """
The NEWS2 build and escalation alerts are live on all 19 wards and in our 2 PICUs. We have started to adapt the
approach for our community crisis houses. Our simulation scenarios have been shared through the national MH
physical health network.
"""),
        ("value", "VALUE", """
PHN posts cost £412k per year (8.4 WTE); funded by converting vacant band 5 posts. Simulation is run in-house.
RMNs report higher confidence in the annual skills survey, and patients tell us they feel safer knowing a nurse
"checks their body as well as their mind". Fewer emergency transfers also means fewer police and ambulance call-outs
to our sites.

Training: 1,046 ward staff completed the NEWS2 e-learning and 388 attended at least one simulation in 2023/24.
Budget for 2024/25 includes £18k for a second simulation manikin.
"""),
        ("stakeholders", "STAKEHOLDERS", """
<<S:RMNs, HCAs and PHNs from every site designed the "Obs after restraint" standard at two away days, and ward staff
chose the EPR alert wording.>> <<S:HCAs asked for and now run a weekly "obs refresher" on their own wards.>>

<<P:Our Lived Experience Advisory Group reviewed the restraint standard and asked that patients be told why
observations are being taken after restraint, which is now included in the post-incident debrief.>> <<P:Two
experts by experience co-facilitate the simulation sessions and play the patient role.>>

Our acute hospital neighbours and the ambulance service were informed of the new escalation route.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I139  unfollowed imaging findings - docx - no headings - reflective
#       radiologist, unlabelled cover lines - no evidence section (missing;
#       no Q anywhere, so also no quantitative evidence)
# ---------------------------------------------------------------------------
entry(
    id="I139", format="docx", layout="no_headings", topic="diagnostics",
    project="independent9-imaging-followup-139",
    title="Closing the Loop: making sure unexpected scan findings are acted on",
    cover=[
        "Ashcombe and Tamar Valley University Hospitals NHS Trust",
        "Tamar Valley GP Federation",
        "NHS Ashcombe Integrated Care Board",
        "University of Ashcombe Peninsula Medical School",
        "Department of Clinical Radiology, Level 2, Ashcombe Royal Hospital, PL19 3RE",
    ],
    primary_entrant=dict(name="Ashcombe and Tamar Valley University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Tamar Valley GP Federation", type="primary_care"),
        dict(name="NHS Ashcombe Integrated Care Board", type="icb"),
        dict(name="University of Ashcombe", type="university"),
    ],
    sections=[
        ("context", None, """
Every radiologist has reported a scan, spotted something nobody was looking for, and wondered whether anyone would
ever read that last line of the report. A CT of the chest for a suspected clot shows a small lung nodule. An
abdominal scan after a fall shows a mass on the kidney. The patient is discharged from the emergency department, the
report goes to a consultant who has moved on to the next patient, and the finding disappears into the record.

Our department performs around 410,000 examinations a year. In 2022 two patients at our Trust were diagnosed with
advanced cancers that had been visible, and reported, on scans taken more than a year earlier. Neither finding had
been acted on. The investigations concluded that the problem lay in the gap between organisations: the hospital
assumed the GP would follow it up, and the GP assumed the hospital already had.

Closing the Loop is a partnership between the Trust, the Tamar Valley GP Federation, NHS Ashcombe ICB and the
University of Ashcombe. Radiologists now add a standard coded alert, "Actionable incidental finding", to any report
containing a finding that needs follow-up. The alert generates a task on a shared worklist watched by a team of two
radiology nurses and an administrator. They identify who is responsible, contact them, and keep chasing until
someone confirms in writing that the follow-up is booked. Where the patient has been discharged, the GP receives a
structured letter that states what needs to happen and by when, and the surgery confirms receipt through the
federation's shared inbox. The university's medical students helped build the worklist as part of a quality
improvement module.
"""),
        ("spread", None, """
The approach started in CT in January 2023 and extended to MRI and ultrasound in September 2023. The ICB has asked
the neighbouring acute trust in its patch to adopt the same coded alert, so that GPs receive a single style of
letter whichever hospital did the scan. The Royal College of Radiologists has invited us to contribute to its
guidance on incidental findings, and our standard operating procedure has been shared with eight trusts that asked
for it. From April 2025 the alert will be built into the regional imaging network's shared reporting system.
"""),
        ("value", None, """
The loop team costs £104,000 a year, funded jointly by the Trust and the ICB. Against that, a cancer found at an early
stage rather than a late one is cheaper to treat and, far more importantly, more likely to be cured.

For radiologists the change has been a relief. "I used to lie awake about some of the things I'd reported," a
consultant colleague told me. "Now I press a button and I know somebody will follow it through." GP practices say the
structured letter is far easier to act on than a long report that arrives with a hundred others. In the first
eighteen months the loop team tracked 3,870 alerts, and at the time of writing 142 remain open and are being chased.

Patients have told us that a phone call from a named nurse, explaining why a further scan has been booked, is far less
frightening than a letter out of the blue.
"""),
        ("stakeholders", None, """
<<S:Radiologists, radiographers, GPs and practice managers met at a series of lunchtime workshops to agree which
findings should trigger the alert, and the list was changed three times on the advice of GPs who said some
findings did not need them to act.>> <<S:Practice managers from the federation designed the shared inbox and the
confirmation step themselves.>>

<<P:Members of the Trust's cancer patient panel, two of whom had experienced delayed diagnosis, rewrote the template
letter to patients and asked for the named nurse's direct line, 01752 960418, to be printed at the top.>> <<P:The
panel also told us that patients wanted to be told about the finding before their GP was written to, and the
process was changed so that the nurse phones the patient first.>>
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I140  frailty at the front door - docx - Word form table - conversational
#       consultant geriatrician - no patient involvement (people screened,
#       FFT scores, volunteers, a planned panel)
# ---------------------------------------------------------------------------
entry(
    id="I140", format="docx", layout="form_table", topic="frailty",
    project="independent9-frailty-frontdoor-140",
    title="Home First from the Front Door: a joint frailty team in the emergency department",
    cover_table=[
        ("Title of entry", "Home First from the Front Door: a joint frailty team in the emergency department"),
        ("Organisation submitting", "North Solway Hospitals NHS Trust"),
        ("Partner organisations", "Solway County Council (Adult Social Care and Reablement); Age Concern Solway; Solway Coast Primary Care Network"),
        ("Category entered", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Consultant Geriatrician and Clinical Lead, Frailty Assessment Unit, Carlisle Road, Maryport CA15 8NT"),
    ],
    primary_entrant=dict(name="North Solway Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Solway County Council", type="local_authority"),
        dict(name="Age Concern Solway", type="charity"),
        dict(name="Solway Coast Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Please describe the context of your partnership and the patient safety problem it addresses", """
West Solway Infirmary is a 410-bed district general hospital serving a scattered, older population; nearly a
quarter of our residents are over 70. Older people living with frailty who come to our emergency department used to
wait a long time, be admitted "to be safe", and then stay. While they stay, they decondition, fall, become delirious
and pick up infections. Our 2022 audit of 200 admissions of people with a Clinical Frailty Scale score of 6 or more
found that nearly a third could have gone home the same day if the right support had been available.

The partnership brought together our frailty team, the council's social workers and reablement service, Age Concern
Solway and local GPs into one Front Door Frailty Team. Every person aged 75 or over who arrives at the emergency
department is screened for frailty by the triage nurse. Those with a score of 5 or more are seen within an hour by a
geriatrician or advanced practitioner, a therapist and a social worker, working side by side. Age Concern's "Home
and Settled" service can take someone home, switch on the heating, check there is food in the fridge and stay for
an hour. The PCN's care coordinators phone every person the next working day and share the plan with their GP.
"""),
        ("evidence", "What evidence can you provide of improvements in safe care as a direct result of the partnership?", """
We compared people aged 75+ with a frailty score of 5 or more who attended in the twelve months from June 2023 with
the same months of the previous year (3,412 and 3,655 attendances).

<<Q:Same-day discharge home for this group rose from 19% to 37%.>> <<Q:For those who were admitted, median length
of stay fell from 11.2 days to 8.4 days.>> <<Q:Inpatient falls among people aged 75 and over on the acute medical
wards fell from 9.1 to 6.3 per 1,000 bed days.>> <<Q:Hospital-acquired delirium recorded in the same group dropped
from 18% to 12%.>>

Importantly, the quicker discharges have not led to people bouncing back. <<Q:Readmission within 30 days was 14%
before and 13% after.>>
"""),
        ("spread", "How has the solution been spread or shared?", """
The model now runs 8am to 8pm, seven days a week, and has been extended to the acute medical unit. Our neighbouring
trust in Furness has visited twice. The council has written the joint working arrangement into its Better Care Fund
plan for 2024/25, and Age Concern has trained volunteers from two other branches in the Home and Settled role.
"""),
        ("value", "What value has the partnership delivered, including for staff, patients and value for money?", """
The social worker and reablement posts cost the council £186,000 a year, funded through the Better Care Fund; the
Trust funds the therapists and Age Concern receives £42,000 a year for Home and Settled. We estimate the reduction
in bed days releases the equivalent of 14 beds.

Staff say working together in one room has changed everything. A social worker told us: "I used to get a referral
three days into an admission. Now I meet the person on day zero." People who were screened and sent home say in the
Friends and Family Test that they were pleased not to be admitted, and scores for the department have been high
throughout.
"""),
        ("stakeholders", "Describe how stakeholders, including patients and staff, were engaged in designing the solution", """
<<S:Emergency department nurses, geriatricians, therapists, social workers and Age Concern coordinators spent two
days mapping the journey of an older person through the front door, and the team structure came directly from that
session.>> <<S:Triage nurses chose which frailty screening tool to use after testing two options for a fortnight.>>
<<S:The PCN care coordinators wrote the script for the next-day phone call.>>

Age Concern volunteers support people on the way home and provide companionship in the department. We plan to set up
a patient and carer panel for the service next year. Older people and their families are the main beneficiaries of
the service.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I141  insulin in the community with a digital dose-check app - pdf -
#       numbered questions - simple non-native English, written by the
#       company - private company is primary entrant (ineligible); no
#       quantitative evidence (downloads, satisfaction, targets)
# ---------------------------------------------------------------------------
entry(
    id="I141", format="pdf", layout="numbered_questions", topic="medication_safety", pdf_align="L",
    project="independent9-insulin-app-141",
    title="DoseSure: a safer insulin check for district nurses",
    cover=[
        "Applicant: GlucoLink Health Ltd (Leeds)",
        "Partners: Airedale Moor Community Health NHS Trust and NHS West Moors Integrated Care Board",
        "Written by our Head of Clinical Partnerships",
    ],
    primary_entrant=dict(name="GlucoLink Health Ltd", type="private"),
    partners=[
        dict(name="Airedale Moor Community Health NHS Trust", type="nhs_trust"),
        dict(name="NHS West Moors Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Question 1. Tell us the context of your project", """
GlucoLink Health is a small company of 23 people. We make software for diabetes care. In 2022 we have met the
district nursing team of Airedale Moor Community Health NHS Trust and they told us about a big problem. Every day
their nurses give insulin to around 350 patients in their homes. The nurses must check the dose on a paper chart that
stays in the house. Sometimes the chart is not updated after the diabetes team changes the dose, sometimes the
writing is difficult to read, and sometimes there are two charts. This can cause wrong doses and hypoglycaemia.

Together with the Trust and the ICB we have developed DoseSure. It is an app on the nurse's work phone. The diabetes
specialist nurse enters the new dose in the Trust system, and DoseSure shows the current dose, the type of insulin
and the pen picture to the district nurse at the door of the patient. The nurse scans the pen barcode, and the app
warns if the insulin is not the correct one. The patient also has a simple printed card with a QR code that shows
the same information for family and carers.

The goal for patient safety is simple: every patient receives the right insulin, at the right dose, from the right
pen, every time. The Trust covers a big rural area with 14 district nursing teams, and many nurses are agency or bank
staff who do not know the patient, so this check is very important for them.
"""),
        ("evidence", "Question 2. What is the evidence of improvement?", """
DoseSure was introduced in the Trust in three phases from June 2023. Until March 2024:

- 212 district nurses have been trained to use the app and 198 of them use it every week.
- More than 61,000 insulin administrations have been recorded in DoseSure.
- The app has given 1,430 warnings to nurses, most of them because of a wrong pen scanned.
- In our user survey (February 2024), 92% of nurses said the app is easy to use and 88% said they feel more safe.

Our aim is that insulin incidents in the Trust go down by 50% in two years. The Trust will analyse the incident data
at the end of 2024 together with the university of the region. At this moment we cannot give numbers for the
incidents, because the reporting system of the Trust was changed in the same period.
"""),
        ("spread", "Question 3. How can it be spread?", """
DoseSure is built in a way that any community trust with an electronic record can use it. Two other trusts in
Yorkshire are in discussion with us. We will present DoseSure at the Diabetes UK Professional Conference in 2025. The
card with QR code is free for all NHS organisations, also without the app.
"""),
        ("value", "Question 4. What is the value?", """
The licence for the Trust costs £38,000 per year. The ICB has paid the first year from its digital transformation
fund. Nurses tell us they do not need to phone the diabetes team for every question about the dose, and this saves
time. Patients and families like the card, because they can see the dose themselves. One lady said: "Now my husband
knows when the nurse is giving the right one."

Also for the company it was important. We learned a lot from the NHS partners and the product is much better now.
"""),
        ("stakeholders", "Question 5. Who were the stakeholders and how they were involved?", """
<<S:District nurses from two teams in Keighmoor tested the first version for six weeks and told us the font was too
small and the barcode scan too slow in bad light, so we changed both.>> <<S:The diabetes specialist nurses designed
the screen where they enter a new dose.>>

<<P:We held two sessions with eight patients who have insulin at home and four family carers, and they designed the
QR card and decided which information is on it.>> <<P:One patient with poor sight asked for a large print version,
and now this is available.>>

The ICB digital team and the Trust information governance team approved the data protection.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I142  transition from children's to adult diabetes services - pdf (via
#       LibreOffice) - style headings - narrative with a young adult's voice
#       - no staff involvement (clinicians trained, informed at grand round,
#       single named lead)
# ---------------------------------------------------------------------------
entry(
    id="I142", format="pdf", layout="style_headings", topic="transition", render_via="soffice",
    project="independent9-transition-142",
    title="Not Lost at Eighteen: a shared transition service for young people with type 1 diabetes",
    cover=[
        "Alder Vale Children's Hospital NHS Foundation Trust, working with Merebank University Hospitals NHS Trust, the University of West Lancashire and Next Steps Young People's Network",
        "Contact: transition.diabetes@aldervale.example.nhs.uk",
    ],
    primary_entrant=dict(name="Alder Vale Children's Hospital NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Merebank University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="University of West Lancashire", type="university"),
        dict(name="Next Steps Young People's Network", type="charity"),
    ],
    sections=[
        ("context", "The problem we set out to solve", """
"At the children's clinic they knew my name and my mum's name and my dog's name. At the adult clinic I was a number
on a list, and after I missed two appointments they just discharged me." Those words come from Jade, now 21, who
was admitted to intensive care with diabetic ketoacidosis (DKA) eleven months after moving to adult care.

Jade's experience is common. Young people with type 1 diabetes move from Alder Vale Children's Hospital to the adult
service at Merebank at 18, just as they are leaving school, starting work or university, and often leaving home. In
2021 a local audit found that a third of young people had no contact with any diabetes service in the year after
transfer, and admissions with DKA in the 18-to-21 age group were the highest of any age.

Not Lost at Eighteen is a shared transition service run jointly by the two trusts with Next Steps, a charity led by
young people with long-term conditions, and evaluated by the University of West Lancashire. It begins at 15, not 17.
Young people are seen in a joint clinic on a Thursday evening at a youth venue in the town centre, by a paediatric
nurse and an adult diabetes nurse together, from 16 to 19. A youth worker from Next Steps is part of the team.
Nobody is discharged for missing appointments; instead a youth worker gets in touch by text or WhatsApp.
"""),
        ("evidence", "What has improved", """
The university compared the 96 young people who transferred through the new service between 2021 and 2023 with the
88 who transferred in the three years before.

<<Q:The proportion with no diabetes contact in the year after transfer fell from 34% to 7%.>> <<Q:Admissions with
DKA in the two years after transfer dropped from 41 in the earlier group to 13 in the new one.>> <<Q:Clinic
attendance in the first year of adult care rose from 52% of booked appointments to 83%.>>

<<Q:The median HbA1c at 19 improved from 79 mmol/mol to 68 mmol/mol.>> That is still higher than we would like, but
it is moving in the right direction.
"""),
        ("spread", "Spreading the model", """
The Children and Young People's Diabetes Network for the North West has adopted our joint clinic model as its
recommended approach, and three other pairs of trusts are running evening joint clinics. We are now testing the
same model with the epilepsy and cystic fibrosis services at Alder Vale, starting in September 2024.
"""),
        ("value", "Why it is worth it", """
Each DKA admission costs around £2,000 and, for a young person, can mean missed exams, lost jobs and lasting fear.
The joint clinic costs about £67,000 a year, including the Next Steps youth worker and room hire.

All paediatric and adult diabetes consultants completed a one-day training course in adolescent consultation skills
before the clinic opened, and the model was explained to medical staff of both trusts at a joint grand round in March
2021. The service was set up and led by Dr Amrit Sandhu, consultant paediatric endocrinologist, who continues to
chair the operational group.

Young people tell us they like seeing the same faces. Jade, who now volunteers with Next Steps, says: "If this had
been around when I was 18, I don't think I'd have ended up in ITU."
"""),
        ("stakeholders", "How young people shaped it", """
<<P:Next Steps recruited fourteen young people aged 15 to 22 with type 1 diabetes who met over pizza five times in
2020 and designed the service with us: they chose the evening time, the venue and the name.>> <<P:They insisted that
nobody should be discharged for not attending, and that rule is now written into both trusts' policies.>>

<<P:Parents were involved through a separate group, who asked for a "handover letter" that the young person writes
themselves to the adult team, and these letters are now used by every young person who transfers.>>

Commissioners at the ICB and the regional network were kept updated through quarterly reports.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I143  people missing from mental health wards - docx - bold headings -
#       police inspector, informal, acronyms - police are the primary
#       entrant - no staff involvement (officers and ward staff briefed or
#       trained, named lead, debrief feedback that changed nothing)
# ---------------------------------------------------------------------------
entry(
    id="I143", format="docx", layout="bold_headings", topic="missing_persons", docx_font="Arial",
    project="independent9-missing-wards-143",
    title="Safe and Found: a joint response when patients go missing from mental health wards",
    cover=[
        "Ridgeshire Police with Ridgeshire Healthcare NHS Foundation Trust, Ridgeshire Mind and Ridgeshire County Council",
        "Submitted by the Inspector, Partnership and Vulnerability Hub, Police HQ, Mallards Way, Ridgeford RG31 5XP",
    ],
    primary_entrant=dict(name="Ridgeshire Police", type="emergency_service"),
    partners=[
        dict(name="Ridgeshire Healthcare NHS Foundation Trust", type="nhs_trust"),
        dict(name="Ridgeshire Mind", type="charity"),
        dict(name="Ridgeshire County Council", type="local_authority"),
    ],
    sections=[
        ("context", "The context", """
If you'd asked me in 2021 what our biggest single source of missing person reports was, I wouldn't have guessed the
county's three inpatient mental health units. But it was. In 2021/22 we took 734 reports of patients missing or
absent without leave (AWOL) from Ridgeshire Healthcare's wards, about two a day. Every one of those is a vulnerable
person, some of them detained under the Mental Health Act, some at high risk of suicide, and every one tied up
officers for hours, often hunting for someone who was sitting in the hospital car park or had gone home to feed the
cat.

The real risk was that the genuinely high-risk cases got lost in the volume. Two people died after going missing from
wards in 2021, and in one of them the police risk assessment had been graded "medium" because the information we got
from the ward was thin.

Safe and Found changed how the ward, the police and the patient's own network work together. Every patient admitted
now has a short "Safe and Found" profile completed with them and, if they agree, their family: where they are likely
to go, who they'll contact, what they might do, recent photo. When someone leaves, the ward does a set of agreed
first checks in the first 30 minutes, then calls a dedicated number at our control room, 0300 123 7741, and the
profile goes straight to the call handler. A joint risk grading tool, agreed between us and the Trust, decides
whether it's a police job or a ward-led search with police advice. Ridgeshire Mind runs a "return conversation" with
the person within 72 hours of coming back, to understand why they left.
"""),
        ("evidence", "The evidence", """
Went live across all three units in May 2022. We've compared 2021/22 with 2023/24.

<<Q:Missing or AWOL episodes reported to police fell from 734 to 402 a year.>> <<Q:Among the episodes that were
reported, the share graded high risk rose from 18% to 39%, which tells us we're now getting the right cases rather
than all of them.>> <<Q:The median time to locate a high-risk missing patient came down from 5 hours 50 minutes to
2 hours 35 minutes.>>

<<Q:Repeat episodes (same patient going missing three or more times in one admission) dropped by 46%.>> There have
been no deaths of patients while missing from the wards since go-live.
"""),
        ("spread", "Spreading the word", """
Safe and Found has been adopted by the neighbouring force and its mental health trust, and we're advising two more.
The College of Policing featured it in its 2023 practice bank. The Trust is extending the profile to its crisis
houses and to its learning disability unit in 2024/25.
"""),
        ("value", "Value", """
In officer hours alone, the reduction in reports frees roughly 5,800 hours a year, the equivalent of three full-time
constables. The cost to set up was small: the control room number, printing, and Mind's return conversations,
which the council funds at £34,000 a year. For patients, the difference is being found quickly and then being
asked, properly, what went wrong.

All 212 response officers completed a 40-minute e-learning module on the new grading tool, and ward staff on every
unit were briefed by the Trust's security lead. Frontline staff raised a number of points in post-incident debriefs
about the first-checks list, which we noted; the procedure has stayed as it was. The scheme was led from the start by
Inspector Dave Onslow, who wrote the grading tool.
"""),
        ("stakeholders", "Who was involved", """
<<P:Patients on the wards helped write the profile: Mind's lived experience group, all of whom had been inpatients,
tested drafts and told us to drop questions that felt like being "treated as a suspect".>> <<P:Families of people
who had gone missing, including the mother of one of the two people who died, helped design the family section of
the profile and the leaflet families receive on admission.>>

<<P:The return conversation was designed with people who had been reported missing themselves, who said they wanted
to talk to someone who wasn't police or ward staff.>>

The approach was also shared with the Ridgeshire Safeguarding Adults Board.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I144  fire risk from emollient creams for people with limited mobility at
#       home - pdf - own headings - fire station manager, plain speaking, bar-
#       separated cover - no value section (missing)
# ---------------------------------------------------------------------------
entry(
    id="I144", format="pdf", layout="own_headings", topic="fire_safety", pdf_align="L",
    project="independent9-emollient-fire-144",
    title="Safe at Home: fire safety for people using emollients and bed-bound at home",
    cover=[
        "Humberwold Fire and Rescue Service | Humberwold Community Health NHS Trust | North Humberwold Council Adult Social Care | Humberwold Carers' Centre",
        "Station Manager, Prevention and Protection",
    ],
    primary_entrant=dict(name="Humberwold Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Humberwold Community Health NHS Trust", type="nhs_trust"),
        dict(name="North Humberwold Council", type="local_authority"),
        dict(name="Humberwold Carers' Centre", type="charity"),
    ],
    sections=[
        ("context", "How we got here", """
Firefighters don't usually enter patient safety awards. But between 2019 and 2022 we attended four fatal fires in
Humberwold where the person who died was elderly, had limited mobility, smoked, and had been using paraffin-based
or other emollient skin creams every day. The cream soaks into bedding, dressings and clothes, and once they catch
light they burn fast and hot. In three of those four homes, district nurses or carers had been visiting every day.
Nobody had connected the dots, because the health side saw a skin condition and we saw a fire.

Safe at Home is our answer. District nurses and council home carers now use a four-question fire risk screen when
someone is prescribed an emollient and also smokes, uses a heater close to the bed, or can't move quickly. A yes
sends an electronic referral straight to our prevention team, who visit within ten working days to do a Safe and
Well visit: smoke alarms linked to a carer's phone, fire-retardant bedding and throws, a safer smoking plan, and
in the highest-risk homes a misting system. The Carers' Centre briefs family carers and gives them a fire plan.

Humberwold covers about 1,200 square miles and 590,000 people, with 31 fire stations, most of them crewed by on-call
firefighters. Our prevention team is 22 people. We could never find the highest-risk homes on our own; the people
who know where they are are the nurses and carers who go through the door every day. The community trust's
district nursing service alone makes around 4,500 visits a week. So the partnership was never about us teaching
health staff to be firefighters. It was about giving them a quick, simple way to tell us, and then making sure we
turned up.
"""),
        ("evidence", "What changed", """
The screen started in October 2022. Referrals from health and social care into our prevention team went from 41 in
2021/22 to 1,128 in 2023/24, and we've done 1,064 Safe and Well visits off the back of them.

<<Q:The proportion of our Safe and Well visits that reached people at the highest fire risk, as scored by our own
risk tool, rose from 23% to 61%.>> <<Q:Accidental dwelling fires where emollients were a contributing factor fell
from 14 in 2021/22 to 6 in 2023/24.>> <<Q:We have had no fire deaths linked to emollients in the 18 months since the
scheme went countywide, compared with four in the three years before.>>

We know these are small numbers and we're careful about saying it was all down to us.
"""),
        ("stakeholders", "Who made it happen", """
<<S:The screen was written by district nurses and our prevention advocates sitting round a table at Grimsey fire
station; the nurses cut it from ten questions to four so it would fit into a normal visit.>> <<S:Home carers from the
council's reablement team asked for a picture card showing which creams are flammable, and they chose the images.>>

<<P:Family carers from the Carers' Centre told us that they did not want a leaflet, they wanted someone to come and
show them, so we built the carer fire plan around a home visit.>> <<P:A man whose wife had been badly burned in 2021
spoke at our launch and helped us write the information sheet for patients.>>
"""),
        ("spread", "Where it's going next", """
The screen is now part of the community trust's electronic record, so every district nurse sees it. Three other
fire and rescue services in the region have copied it, and the National Fire Chiefs Council has included our screen
in its guidance pack on emollients. We're working with community pharmacies in 2024/25 so that pharmacists can
refer too when they hand over a large tub of cream.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)
