"""Seventy-seventh independent evaluation set (I1217..I1232) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing hospital pharmacy teams, diabetes and
pain teams, integrated care boards, GP federations, hospices, ambulance services,
universities, charities and companies send in, in their own voices and at their own
length.  The theme of this set is medicines in hospital: high-risk medicines such as
insulin, opioids and anticoagulants, electronic prescribing, discharge prescriptions and
missed doses.

Topics: stopping an insulin infusion without starting background insulin (an acute trust
diabetes team with a university and a type 1 support group, own headings), time-critical
anti-seizure medicines missed in the first hours after admission (an acute trust with an
epilepsy charity, bold headings with a cover table), low molecular weight heparin given
on top of a direct oral anticoagulant at admission (an acute trust pharmacy with a local
pharmaceutical committee, numbered questions), the move from paper charts to electronic
prescribing across a hospital and its community hospitals (an integrated care board, a
form), strong opioids on discharge prescriptions with no plan to reduce them (a GP
federation, no headings), dose range checking for children in an electronic prescribing
system (a private software company as primary entrant, CAPS headings), weekly
methotrexate on discharge prescriptions (a local pharmaceutical committee, two columns),
doses missed because the medicine was not on the ward (departments of one trust, no
partner, sections in an unusual order), opioid toxicity in frail older inpatients (a
hospice lead with the acute trust, rubric headings), people newly started on insulin who
go home on a Friday (a community trust, with appendix, no spread section), gentamicin and
vancomycin levels (a university lead, style headings), medicines lists brought in by
ambulance crews (an ambulance service, lists), doses withheld while patients are nil by
mouth before surgery (an acute trust, a pdf made from Word), patients who leave without
their discharge medicines (a home from hospital charity, numbered questions), home
delivery of specialist medicines after a hospital prescription (a private homecare
medicines company as primary entrant, lists) and clozapine missed when people are
admitted to a general hospital (a mental health trust, a short form with no evidence
section).

Build it with

    .venv/bin/python data/independent/build.py --set 77   (writes data/corpus/independent77/)

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
    numbers trained, activity counts (doses, prescriptions, alerts, calls, referrals,
    checks, deliveries, people screened or identified), single figures with no baseline,
    a zero with no earlier figure, figures that did not change, budgets, costs and
    savings estimates, phone numbers, postcodes, reference numbers, targets not yet
    reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including 'halved', 'a third fewer' and a sustained shift on an SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual job
    titles, list items), wherever in the entry it is told; a volunteer or peer worker
    with lived experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance services are emergency_service; GP
federations and local pharmaceutical committees are primary_care; patient support groups
are patient_group; hospices and home from hospital charities are charity; integrated care
boards are icb; a university is university; software companies and homecare medicines
companies are private).  A department or team of the entrant's own organisation is not a
partner.  Flags are written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1217  insulin infusion stopped without background insulin - pdf - own
#        headings - diabetes inpatient nurse consultant, warm - acute trust
#        with a university and a type 1 support group - patients and staff
#        involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1217", format="pdf", layout="own_headings", topic="insulin_infusion_basal_insulin_handover",
    project="independent77-nogap-1217", pdf_font="LiberationSans", pdf_align="L",
    title="Mind the Gap: keeping background insulin going when the drip comes down",
    cover=[
        "Lead organisation: Kestleigh and Marlow Hospitals NHS Foundation Trust (Diabetes Inpatient Team)",
        "Partners: University of Oxcombe, School of Nursing and Midwifery; Kestleigh Type 1 Together (peer support group)",
        "Written by the Diabetes Inpatient Nurse Consultant",
    ],
    primary_entrant=dict(name="Kestleigh and Marlow Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Oxcombe", type="university"),
        dict(name="Kestleigh Type 1 Together", type="patient_group"),
    ],
    sections=[
        ("context", "Why we needed to act", """
When someone with diabetes is too unwell to eat, or is having an operation, we often control their blood
sugar with an insulin drip, which we call a variable rate intravenous insulin infusion. It works well. The
danger comes at the end. Insulin in a drip lasts only minutes once it stops. If the person's usual long
acting insulin has not been carried on alongside the drip, or is not given before the drip is taken down,
a person with type 1 diabetes can slide into diabetic ketoacidosis within hours, in a hospital bed,
surrounded by professionals.

Across our two hospitals we use around 1,900 insulin infusions a year. Our incident reports kept telling
the same story: the drip came down on a surgical ward at 2am because the bag ran out, the junior doctor
did not know the person's usual insulin, the long acting dose had been left off the chart when the drip
started, and by the morning ward round the person was vomiting with ketones climbing. Two people developed
ketoacidosis in our care in 2022 in exactly this way, and one of them needed intensive care.

We could see that this was not a knowledge problem for one group of staff. It sat in the gaps between
teams, between the night and the day, between the theatre and the ward, and between what the person with
diabetes knew about their own insulin and what was written down.
"""),
        ("stakeholders", "Working it out together", """
<<P:We asked Kestleigh Type 1 Together to help us from the very beginning, and six of their members,
each of whom had had a drip in our hospitals, sat with us over three evenings and walked us through what
had happened to them.>> <<P:They were clear that the person with type 1 diabetes is often the only one in
the room who knows their background dose, and they asked for a simple way to tell us, so the bedside
'My Insulin' card that sits on the infusion pump was their idea and their design.>> <<P:One member, a
retired bus driver who has lived with type 1 for fifty years, suggested the wording on the pump label:
'Do not stop me unless my long acting insulin is on board.'>>

<<S:Ward nurses, surgical foundation doctors and the critical care outreach team tested three versions of
the new insulin infusion prescription in our simulation suite, and the outreach nurses asked for the
'stop' step to be a separate signature so it could not be skipped.>> <<S:Our pharmacists and the
electronic prescribing team rebuilt the order set so that a long acting insulin has to be prescribed, or
a reason recorded, before the infusion can be signed.>> <<S:Lecturers from the University of Oxcombe ran
the simulation sessions with us and observed what went wrong, and their notes changed the order in which
the checks appear on the chart.>>
"""),
        ("evidence", "What happened next", """
The new infusion order set went live in May 2023, together with the bedside card and the pump label.
We audit every infusion on the first Tuesday of the month and the university team analyses the
electronic prescribing data for us each quarter.

<<Q:The proportion of people with type 1 diabetes on an insulin infusion who also had their long acting
insulin prescribed went from 54% in our 2022 baseline audit to 96% in the twelve months to June 2024.>>
<<Q:Hospital-acquired diabetic ketoacidosis fell from seven episodes in 2022 to one in the year after the
change.>> <<Q:Infusions stopped without a subcutaneous insulin dose given first roughly halved over the
same period.>>

We have also started to measure how long people stay on a drip once they are eating again, as we think
many infusions run for longer than they need to.
"""),
        ("value", "Value for patients and for us", """
An episode of ketoacidosis usually means two or three extra days in hospital and sometimes a bed in
intensive care. Avoiding even a handful of these each year more than pays for the time our team spent on
the project, which was funded from existing budgets apart from printing the cards.

The bedside card has had an effect we did not expect. Nurses tell us it has started conversations with
patients about their diabetes that would not otherwise have happened, and people with type 1 diabetes
say they feel listened to. It also makes the job easier for the doctor who is called at 2am, because the
answer to the question 'what insulin does this person normally take?' is on the pump in front of them.
"""),
        ("spread", "Taking it further", """
The order set has been shared with the two other trusts in our integrated care system, which use the
same electronic prescribing system, and one has adopted it. The university now uses our simulation
scenario in its third-year nursing programme, so newly qualified nurses arrive knowing the risk.

The peer support group has put the 'My Insulin' card on its website, and people are bringing their own
completed cards in when they come for planned surgery. We presented the work at the regional diabetes
network in March 2024 and are happy to share the order set and card with anyone who asks.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1218  time-critical anti-seizure medicines missed after admission - docx
#        - bold headings with a cover table - acute trust neurology
#        pharmacist, brisk - acute trust with an epilepsy charity and the
#        ambulance service - staff involved - NO patient involvement (a
#        survey that changed nothing, leaflets given out, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1218", format="docx", layout="bold_headings", topic="antiseizure_medicines_missed_admission",
    project="independent77-everydose-1218", docx_font="Arial",
    title="Every Dose Counts: anti-seizure medicines in the first six hours after admission",
    cover_table=[
        ("Entry title", "Every Dose Counts: anti-seizure medicines in the first six hours after admission"),
        ("Lead organisation", "Brackenford Royal Hospitals NHS Trust"),
        ("Partners", "Epilepsy Matters Tallow Valley (registered charity); Western Shires Ambulance Service NHS Trust"),
        ("Contact", "Lead Pharmacist, Neurosciences"),
    ],
    primary_entrant=dict(name="Brackenford Royal Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Epilepsy Matters Tallow Valley", type="charity"),
        dict(name="Western Shires Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Background", """
Anti-seizure medicines are time critical. A dose that is late by a few hours can be enough to bring on a
seizure in someone whose epilepsy has been well controlled for years. Yet in a busy emergency department
and acute medical unit, a person admitted with a chest infection or a fall is rarely thought of as 'an
epilepsy patient', and their usual tablets are often not prescribed until the admitting doctor gets to
the medicines reconciliation, which may be the next morning.

In 2022 we reviewed 120 admissions of people who take anti-seizure medicines. Four in ten had missed or
delayed at least one dose in the first 24 hours. Eleven had a seizure on the ward. Several were on
medicines such as levetiracetam or lamotrigine that we did not keep in the emergency department, and some
had brought their own supply in a bag that was put in a locker and forgotten.

We needed three things: for the ambulance crew to bring the person's own medicines and flag the timing,
for the emergency department to prescribe the next dose on arrival, and for the drug to be there when it
was due.
"""),
        ("evidence", "Results", """
Every Dose Counts started in February 2023. The ambulance service added a prompt to its electronic
patient record asking crews to bring anti-seizure medicines with the patient and note when the last dose
was taken. The emergency department added the most common anti-seizure medicines to its automated
cabinets and a prompt on the triage screen. Pharmacy technicians check the list of new admissions twice a
day for anyone on these medicines.

<<Q:In our re-audit of 120 admissions in early 2024, the proportion with a missed or delayed anti-seizure
dose in the first 24 hours had dropped from 41% to 13%.>> <<Q:Seizures on the ward in people admitted for
another reason went from eleven in the 2022 sample to three in the 2024 sample.>> <<Q:The median time from
arrival to the first prescribed dose fell from 9 hours 40 minutes to 2 hours 15 minutes.>>
"""),
        ("stakeholders", "Involvement", """
<<S:Emergency department nurses told us that the triage screen was already too crowded, so we agreed with
them a single question, 'Takes anti-seizure medicine?', which opens the prompt only when answered yes.>>
<<S:Paramedics from three ambulance stations tried out the new crew prompt for a month, and they changed
the wording from 'antiepileptic drugs' to a list of brand and generic names because crews did not always
recognise the generic names.>> <<S:Our pharmacy technicians designed the twice-daily check and the list
of medicines to stock in the emergency department cabinets.>>

The charity has given out our leaflet, 'Bring your tablets', at its support groups, and it was included
in its newsletter to about 2,000 members. We sent a short questionnaire to people who had been admitted,
and the answers were positive, so we did not change the scheme as a result. We would like to work with
people with epilepsy to review the leaflet next year.
"""),
        ("value", "Value", """
The cost of stocking the extra medicines in the emergency department is under £1,500 a year, most of
which is recovered because less is wasted on the wards. The technicians' checks take about 40 minutes a
day and are done within existing staffing. A seizure on the ward can mean a fall, a head injury, a scan
and several extra days in hospital. For the person, it can also mean losing their driving licence again
after years of being seizure free, which is something the charity hears about far too often.
"""),
        ("spread", "Spread", """
The ambulance service prompt applies across its whole area, so every hospital it takes patients to now
receives people with their anti-seizure medicines in hand. Two neighbouring trusts have asked for our
cabinet list and triage question. We have written up the work for the regional medicines safety network
and we are adding Parkinson's medicines and other time-critical medicines to the same twice-daily check.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1219  LMWH given on top of a DOAC at admission - docx - numbered
#        questions - consultant pharmacist, careful - acute trust pharmacy
#        with a local pharmaceutical committee - patients and staff involved
#        - NO quantitative evidence (alert counts, a single figure, a target,
#        training numbers, cost)
# ---------------------------------------------------------------------------
entry(
    id="I1219", format="docx", layout="numbered_questions", topic="duplicate_anticoagulation_admission",
    project="independent77-onethinner-1219", docx_font="Calibri",
    title="One Thinner Only: stopping double anticoagulation when people come into hospital",
    cover=[
        "Lead: Hollowmere University Hospitals NHS Trust, Pharmacy and Medicines Optimisation",
        "Partner: Hollowmere and Sandby Local Pharmaceutical Committee",
        "Author: Consultant Pharmacist, Anticoagulation",
    ],
    primary_entrant=dict(name="Hollowmere University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Hollowmere and Sandby Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "1. What was the patient safety problem and why did it need a partnership?", """
Almost everyone admitted to our hospital as an emergency is assessed for the risk of blood clots, and
many are prescribed a daily injection of low molecular weight heparin to prevent them. The trouble is
that a growing number of people already take a direct oral anticoagulant at home, such as apixaban,
rivaroxaban or edoxaban, for atrial fibrillation or a previous clot. If the admitting team does not know
this, or the tablets are written up later by someone else, the person ends up on two blood thinners at
once. The consequences range from bruising to a bleed into the brain.

We found the problem in our own incident reports: over eighteen months there were 23 reports of
duplicate anticoagulation, three of them with a serious bleed. When we looked closer, the common thread
was that the hospital did not have an accurate list of the person's medicines at the moment the
heparin was prescribed. The anticoagulant was on the GP record, but that was not always visible in the
emergency department at night, and people often did not think to mention it, or called it 'my heart
tablet'.

Community pharmacies dispense these medicines every month and know who takes them. That is why we asked
the local pharmaceutical committee to work with us. Its members see the people we admit every month, often
for years, and they are trusted in a way that a hospital leaflet is not.
"""),
        ("stakeholders", "2. How were patients, carers and staff involved?", """
<<S:Community pharmacists on the committee's clinical group pointed out that many of their customers
carry no record of their anticoagulant, and they proposed the bright yellow 'I take a blood thinner'
sticker that pharmacies now put on the back of the person's bank card or phone case.>> <<S:Junior doctors
in the acute medical unit helped us redesign the clot risk screen in the electronic prescribing system,
and it was at their request that the question about oral anticoagulants now comes before the heparin
dose rather than after it.>>

<<P:We met members of the Sandby heart rhythm support group twice, and they told us that they would not
always remember the name of their tablet when feeling unwell, which is why the sticker shows the name
written in by the pharmacist and not just a warning.>> <<P:They also tested the sticker in their own
wallets for a month and asked for a larger size, which we adopted.>>
"""),
        ("evidence", "3. What is the evidence of improvement?", """
The new clot risk screen went live in September 2023. Since then it has shown the oral anticoagulant
warning 4,812 times. The committee reports that 61 community pharmacies have taken part and have handed
out 7,350 stickers.

Over 380 doctors, nurses and pharmacists have completed the short e-learning module we wrote. Our target
is for every emergency admission on an oral anticoagulant to have their heparin decision documented
within four hours, and we are working towards it. In our most recent spot check, 88% of admissions had
the decision recorded.

We are now collecting incident data in the same way as before so that we can compare the two years
properly when twelve months have passed.
"""),
        ("value", "4. What is the value of the work?", """
The stickers cost around £400 for the first print run, paid by the committee. Changes to the screen were
made by our own electronic prescribing team. A single major bleed can cost tens of thousands of pounds in
hospital care, and the human cost of a brain haemorrhage is far greater than any figure.
"""),
        ("spread", "5. How has the learning been shared?", """
The sticker is now offered by pharmacies across the whole county, including those near the neighbouring
trust. We have shared the screen design with the supplier's user group, and it has been included as an
optional setting for other hospitals using the same system.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1220  paper to electronic prescribing across a hospital and its community
#        hospitals - pdf - form with cover table - ICB chief pharmacist, formal
#        - ICB with acute trust and community trust - NO patient involvement
#        (beneficiaries, letters) - NO staff involvement (staff trained,
#        briefed, a named lead)
# ---------------------------------------------------------------------------
entry(
    id="I1220", format="pdf", layout="form_table", topic="epma_rollout_community_hospital_transfers",
    project="independent77-onechart-1220", pdf_font="DejaVuSans",
    title="One Chart: electronic prescribing that follows the patient to the community hospital",
    cover_table=[
        ("Title of entry", "One Chart: electronic prescribing that follows the patient to the community hospital"),
        ("Lead organisation", "NHS Dunmere and Tolworth Integrated Care Board"),
        ("Partner organisations", "Dunmere General Hospital NHS Foundation Trust; Tolworth Community Health Services NHS Trust"),
        ("Entrant", "Chief Pharmacist, NHS Dunmere and Tolworth Integrated Care Board"),
    ],
    primary_entrant=dict(name="NHS Dunmere and Tolworth Integrated Care Board", type="icb"),
    partners=[
        dict(name="Dunmere General Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Tolworth Community Health Services NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Describe the patient safety issue and the solution.", """
Dunmere General Hospital moved to electronic prescribing and medicines administration in 2021. The four
community hospitals run by Tolworth Community Health Services, which take around 1,600 patients a year
from Dunmere for rehabilitation, stayed on paper drug charts. Every transfer therefore meant printing the
electronic record and copying it by hand onto a paper chart, often late in the afternoon, by a doctor who
had never met the patient.

Transcription at transfer was the single largest source of medicines incidents reported by the community
hospitals. Doses were copied wrongly, insulin was written in the wrong units, anticoagulants were left off
or doubled, and 'when required' opioids were copied as regular doses. Time-critical medicines were missed
on the first evening because the paper chart was not ready when the patient arrived.

One Chart extended the hospital's electronic prescribing system into all four community hospitals, so
that the same prescription record follows the patient. The ICB funded the licences, hardware and project
team, and the two trusts agreed shared governance for the system.

The hardest part was not technical. Two trusts with different policies for medicines administration,
controlled drugs and self-administration had to agree a single way of using one system. The ICB held the shared risk log, and the
two trusts signed a joint agreement covering who owns the record, how changes are made and how incidents
that cross both organisations are investigated.
"""),
        ("evidence", "What evidence is there that the solution has improved safety?", """
The system went live in the community hospitals in phases between October 2023 and March 2024.

<<Q:Medicines incidents linked to transfer from the acute hospital, reported by the community hospitals,
fell from 84 in the year before go-live to 19 in the six months after, which is a reduction of more than
half even allowing for the shorter period.>> <<Q:Missed doses of time-critical medicines on the first
evening after transfer, measured by a weekly audit, dropped from 17% of transfers to 4%.>>

<<Q:The run chart of transcription-related incidents shows a sustained shift below the median from the
month after go-live.>>
"""),
        ("stakeholders", "How were patients and staff involved?", """
All 310 nurses, doctors, pharmacists and therapists in the community hospitals were trained on the new
system before go-live, with super-users on every shift for the first fortnight. Staff were briefed at
each site by the project team and updates were sent in the weekly bulletin.

The programme was led by the ICB Chief Pharmacist, who chaired the project board.

Patients benefit from fewer errors at the point of transfer. Each patient transferred during the
go-live period was given a letter explaining that their medicines record would now be electronic.
"""),
        ("value", "What is the value of the solution?", """
The total cost was £612,000 over two years, including licences, devices and a project team of four. The
community trust has stopped buying paper charts and no longer needs a pharmacist to check every
transcription, which releases about a day a week of pharmacist time at each site. Avoided harm from
medicines errors is difficult to cost, but even a small number of avoided admissions back to the acute
hospital would offset a significant part of the running cost.
"""),
        ("spread", "How has the solution been shared or spread?", """
The approach is being used as the model for extending electronic prescribing to the hospice in our area,
and it was presented to the regional chief pharmacists' network in June 2024. Our governance
agreement between the two trusts has been shared with two other integrated care boards.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1221  strong opioids on discharge prescriptions with no plan to reduce -
#        docx - no headings - GP federation clinical pharmacist, reflective -
#        GP federation with the acute trust and a pain support charity -
#        patients involved (passive, in the context) and staff involved - no
#        flags; a claim in words
# ---------------------------------------------------------------------------
entry(
    id="I1221", format="docx", layout="no_headings", topic="discharge_opioids_tapering_plan",
    project="independent77-stepdown-1221", docx_font="Georgia",
    title="Step Down: a plan for every strong opioid that leaves the hospital",
    cover=[
        "Saltney and Rowe GP Federation, with Saltney Valley Hospitals NHS Trust and Living Well With Pain Saltney (charity)",
        "Entry written by the federation's Lead Clinical Pharmacist",
    ],
    primary_entrant=dict(name="Saltney and Rowe GP Federation", type="primary_care"),
    partners=[
        dict(name="Saltney Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Living Well With Pain Saltney", type="charity"),
    ],
    sections=[
        ("context", None, """
I have been a practice pharmacist in Saltney for nine years, and for most of that time I have been
puzzling over the same thing. A man has his knee replaced, or a woman breaks her wrist, and she comes
home from hospital with a fortnight of modified release oxycodone and a box of immediate release liquid
morphine on top. The discharge letter lists them. It does not say why, for how long, or who is meant to
stop them. Two weeks later the practice receives a request for more, the patient is in pain and
frightened, and the easiest thing in a ten minute appointment is to issue another month. A year later
some of these people are still taking them.

None of this is anybody's fault in the usual sense. The surgeon is rightly focused on the operation and
the first few days afterwards. The junior doctor writing the discharge prescription is copying what was
on the ward chart, often on a Friday afternoon with a queue of other discharges waiting. The hospital
pharmacist checking the prescription is checking that it is safe to supply, not whether there is a plan
to stop it. The GP sees a letter from a specialist recommending a strong painkiller and, reasonably
enough, does not want to overrule it without knowing the details. The community pharmacist dispenses what
is on the prescription. Each step is done properly, and the person still ends up on a medicine that was
meant for a fortnight.

The medicines themselves make this worse. Modified release opioids are convenient in hospital because
they give steady pain relief overnight, but they are hard to come off quickly, and a person who has been
taking them for a month can feel dreadful if they stop suddenly. Liquid morphine is easy to take in
larger amounts than prescribed when the pain is bad, and it is easy to forget how much has been taken.
Older people, people who also take sleeping tablets or gabapentin, and people with poor kidney function
are all at greater risk of harm.

We started looking properly in 2022. Of 200 people discharged from Saltney Valley Hospital on a new strong
opioid, just under a quarter were still being prescribed it by their practice six months later. Some had
fallen. Several had been admitted with constipation or confusion. One had been found unresponsive by his
daughter after taking his morphine liquid and a sleeping tablet together.

<<P:The idea for Step Down came out of an evening at the pain charity's drop-in, where the draft of a new
discharge plan was read through by people living with long-term pain, some of whom had started on
opioids after an operation and never stopped.>> <<P:Their verdict was blunt: the plan had to be written
for the patient, in plain words, and it had to say who to ring when the pain got worse, otherwise people
would simply ring the practice and ask for more.>> That is what we built.
"""),
        ("evidence", None, """
Since July 2023 every discharge prescription from the hospital that includes a new strong opioid has to
include a reducing plan, which the electronic discharge system will not let the doctor skip. The plan
says how many days of each medicine, when to step down, and when to stop, and a copy goes to the GP
practice and the patient's nominated community pharmacy. Federation pharmacists phone each person at
around day ten and again when the supply runs out.

<<Q:When we repeated the audit for people discharged between July and December 2023, a third fewer were
still being prescribed a strong opioid by their practice six months later.>> <<Q:Repeat requests to
practices for more opioid within four weeks of discharge went down from 38% of patients to 16%.>> We
have made about 1,100 follow-up calls in total.
"""),
        ("stakeholders", None, """
<<S:Surgical and orthopaedic doctors at the hospital agreed the standard reducing plans with us, and the
orthopaedic registrars asked for a separate version for hip and knee replacements because people recover
at different speeds.>> <<S:Community pharmacists in six pharmacies tried out the copy of the plan that
comes to them and suggested that it should be printed on the dispensing bag, which is now how it works.>>
<<S:Receptionists in our practices told us that requests for more painkillers often come by phone, so we
wrote a short script with them that routes these calls to the pharmacist rather than to the GP's repeat
prescription list.>>

The charity's volunteers now hand out our leaflet on using opioids safely at home.
"""),
        ("value", None, """
The pharmacist calls take around fifteen minutes each and are funded within the federation's existing
clinical pharmacist contract. The cost of a month of modified release oxycodone is modest, but the cost of
a fall, a hospital admission for constipation or an overdose is not. More importantly, people who stop
strong opioids in the first weeks do not have to go through the much harder job of coming off them
after a year.
"""),
        ("spread", None, """
The reducing plan is now part of the hospital's discharge template for all wards, not only surgery. The
other two GP federations in the county have asked us to show them how the follow-up calls work, and we
have given them our call script and our audit tool. We wrote about the project for the regional
medicines optimisation bulletin in spring 2024.

If I had to name one lesson for anyone trying the same thing, it would be this: the plan only works if
it is written at the point the opioid is started, by the people who started it, and if somebody rings
the patient to ask how it is going. Everything else, the template, the audit and the leaflet, supports
those two things. We are now working with the hospital on the same approach for people discharged from
the emergency department with codeine and tramadol, which are prescribed in much larger numbers and
which cause their own quiet harm.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1222  dose range checking for children in electronic prescribing - pdf -
#        CAPS headings - PRIVATE software company as primary entrant with a
#        children's hospital trust (ineligible) - product director, salesy -
#        parents involved - NO staff involvement (staff briefed and trained,
#        one named lead doing their job)
# ---------------------------------------------------------------------------
entry(
    id="I1222", format="pdf", layout="caps_headings", topic="paediatric_dose_range_checking_epma",
    project="independent77-rightsizedose-1222", pdf_font="LiberationSans", pdf_align="J",
    title="RightSize: weight-based dose range checking for children in electronic prescribing",
    cover=[
        "Primary entrant: Calderhythe Clinical Systems Ltd",
        "Partner: Merrow Children's Hospital NHS Foundation Trust",
        "Submitted by the Product Director, Paediatric Medicines",
    ],
    primary_entrant=dict(name="Calderhythe Clinical Systems Ltd", type="private"),
    partners=[
        dict(name="Merrow Children's Hospital NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "THE CHALLENGE", """
Children are not small adults. Almost every dose of medicine a child receives in hospital is calculated
from their weight, and a slip of a decimal point can mean a tenfold overdose. Calderhythe supplies
electronic prescribing and medicines administration software to 22 NHS hospitals. Our standard product
checked doses against adult limits, which meant that an order for a three kilogram baby could be ten
times too high and still pass every check.

Merrow Children's Hospital had used our system since 2019. Its medication safety group had documented
several near misses where a dose was calculated on an old weight, on the weight of another child, or in
milligrams when the intention was micrograms. Paracetamol, morphine, gentamicin and insulin accounted for
most of them.

RightSize is a new dose range checking module that uses the child's current, recorded weight, age and
indication to show the prescriber a safe range before a dose is entered, and blocks doses more than twice
the top of that range unless a senior clinician overrides it with a reason. A weight recorded more than
seven days ago (or 48 hours in neonates) must be confirmed before any weight-based medicine can be
prescribed.

The challenge for a software company is that we do not see the harm. We see support tickets and
change requests. Partnering with a specialist children's hospital gave us access to its pharmacists'
verification data and its safety learning, so that we could build checks that reflect how children are
actually prescribed for, including weight-based doses that change as a baby grows, doses rounded to a
measurable volume, and medicines used outside their licence. The dosing ranges are drawn from the
national children's formulary and the hospital's own guidelines, and are updated every quarter.
"""),
        ("evidence", "RESULTS", """
RightSize went live at Merrow in April 2023. <<Q:Prescribing errors involving a tenfold or greater dose,
detected by the hospital's pharmacists at verification, went from 31 in the year before go-live to 5 in
the year after.>> <<Q:Doses prescribed using a weight more than a week old fell from 12% of weight-based
prescriptions to under 1%.>>

The module has displayed 148,000 dose ranges and generated 2,960 hard stops. Override rates are being
monitored monthly. We send the hospital a monthly report of every hard stop and override.
"""),
        ("stakeholders", "STAKEHOLDER INVOLVEMENT", """
<<P:We worked with the hospital's Young People's Forum and its parents' panel, and parents told us that
they were often asked their child's weight at every step and were never sure which number went onto the
system, so the prescribing screen now shows the date and source of the weight in large type.>> <<P:Two
parents of children who had been harmed by dosing errors elsewhere reviewed the override screen and asked
that the reason for any override be visible to the nurse giving the dose, which it now is.>>

All prescribers and pharmacists at Merrow were briefed on the new module and completed a 20 minute online
training package. The hospital's Chief Clinical Information Officer signed off the clinical content as
part of his role. Nursing staff were informed of the change through the hospital's safety huddles.
"""),
        ("value", "VALUE", """
RightSize is included within the existing licence fee for hospitals that use our system, so there is no
additional cost to the NHS. Each tenfold dosing error that reaches a child can lead to admission to
intensive care and lifelong harm, and the cost of a single claim can exceed the cost of the whole system.
"""),
        ("spread", "SPREAD AND SUSTAINABILITY", """
RightSize is now available to all 22 of our customer hospitals, and nine have switched it on, including
four general hospitals with children's wards. We will make the dosing ranges available to other software
suppliers on request.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1223  weekly methotrexate on discharge prescriptions - pdf - two columns -
#        LPC chief officer, chatty - LPC with acute trust and a rheumatology
#        patients' group - patients involved (pronouns) and staff involved -
#        no flags
# ---------------------------------------------------------------------------
entry(
    id="I1223", format="pdf", layout="two_column", topic="weekly_methotrexate_discharge",
    project="independent77-onceaweek-1223", pdf_font="LiberationSerif",
    title="Once a Week, Not Once a Day: methotrexate on hospital discharge",
    cover=[
        "Lead: Ashwell and Crane Local Pharmaceutical Committee",
        "Partners: Ashwell Royal Infirmary NHS Trust; Crane Valley Arthritis Support Group",
        "Entry by the Chief Officer of the committee",
    ],
    primary_entrant=dict(name="Ashwell and Crane Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Ashwell Royal Infirmary NHS Trust", type="nhs_trust"),
        dict(name="Crane Valley Arthritis Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "What was going wrong", """
Methotrexate is taken once a week for rheumatoid arthritis, psoriasis and some other conditions. Taken
daily, it can kill. Everybody in pharmacy knows this, and yet it keeps happening, and our members told us
it was happening most often in the weeks after someone came out of hospital.

When a person on weekly methotrexate is admitted, their dose is often withheld because of an infection or
a blood result. At discharge it is restarted, sometimes on a different day, sometimes on a prescription
that simply says '10 mg' with no day of the week, and sometimes with a folic acid instruction that
contradicts the GP's. If the person is confused after a long stay, or a relative has taken over their
tablets, a daily dosing mistake can follow. Our pharmacies reported eleven such near misses in 2022
alone, all caught at the counter.

Methotrexate is one of those medicines where everybody assumes someone else has done the checking: the
ward, the hospital pharmacy, the GP, the community pharmacist. We wanted to make one person responsible
at each step and make it impossible for the weekly day to go missing.

The partnership was a natural one. The committee represents the 74 community pharmacies in Ashwell and
Crane, and we already had a good relationship with the hospital's pharmacy team through the discharge
medicines service, which sends details of people's medicines to their community pharmacy when they leave
hospital. What we lacked was a shared view of this one medicine, and someone to hold the
ring.
"""),
        ("stakeholders", "Who helped", """
<<P:Members of the Crane Valley Arthritis Support Group told us about their own experiences of coming out
of hospital, and they were the ones who spotted that the discharge summary never said which day of the
week to take it.>> <<P:They then tested the new patient card with us and insisted that the day be
written by hand by the pharmacist, not printed, so it stands out.>>

<<S:Hospital ward pharmacists worked with our community pharmacists to agree a single discharge
wording, and the rheumatology nurse specialists added a check of the last blood result before the first
supply.>> <<S:Dispensers in twelve community pharmacies trialled the new 'weekly day' flag on their
dispensing systems and suggested putting the day on the outside of the bag, which is now standard.>>
"""),
        ("evidence", "What changed", """
From March 2023 the hospital's electronic discharge template requires a named day for methotrexate,
prints a warning on the discharge summary and sends a copy to the patient's community pharmacy. The
pharmacy then offers a discharge medicines review within a week.

<<Q:In the hospital's audit, discharge prescriptions for methotrexate with the weekly day stated rose from
58% to 99%.>> <<Q:Near misses involving methotrexate reported by community pharmacies fell from eleven in
2022 to two in 2023.>> Pharmacies have completed 412 discharge reviews for people on methotrexate.
"""),
        ("value", "Value", """
The cost is small: some changes to the template, printing cards and the pharmacists' time. An overdose of
methotrexate can mean weeks in intensive care, and our members feel much more confident that they are
not going to be the last line of defence. The card costs a few pence to print, and the
committee paid for the first 5,000. Discharge reviews are paid for through the national discharge
medicines service, so they bring income to pharmacies rather than cost.
"""),
        ("spread", "Spread", """
The same approach is now being used for other weekly medicines, including alendronic acid. We have sent
our guide to every local pharmaceutical committee in the region, and the hospital is sharing the template
with its system supplier.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1224  doses missed because the medicine was not on the ward - docx -
#        sections in an unusual order - deputy chief pharmacist, candid -
#        pharmacy and nursing departments of one trust (no partner,
#        ineligible) - staff involved - NO patient involvement (patients
#        told, a leaflet)
# ---------------------------------------------------------------------------
entry(
    id="I1224", format="docx", layout="reordered", topic="missed_doses_medicine_unavailable_ward",
    project="independent77-onthewardnow-1224", docx_font="Calibri",
    title="On the Ward Now: ending missed doses because the medicine was not there",
    cover=[
        "Entrant: Fernhallow Hospitals NHS Foundation Trust (Pharmacy Department and Nursing Directorate, working together)",
        "Contact: Deputy Chief Pharmacist",
    ],
    primary_entrant=dict(name="Fernhallow Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("evidence", "What we have achieved", """
<<Q:Doses recorded as 'not given, drug unavailable' across our adult inpatient wards fell by a third
between the six months before the project and the six months after it.>> <<Q:For time-critical medicines,
including insulin, anticoagulants, anti-seizure and Parkinson's medicines, doses delayed by more than two
hours because the medicine was not on the ward went from 6.2% to 2.1%.>>

We now restock 41 wards from the automated dispensing cabinets rather than by weekly top-up.
Stock lists on every adult ward have been reviewed and re-based on twelve months of prescribing data,
and the out-of-hours cupboard now holds 64 lines.
"""),
        ("context", "The problem we were solving", """
Missing a dose of a medicine because the ward does not have it sounds like the easiest patient safety
problem in the world to solve. It is not. Our electronic administration records showed that 'drug
unavailable' was the second most common reason for a dose not being given, after the patient refusing.
Each of those doses meant a nurse spending time searching other wards, phoning pharmacy, or recording
'not available' and hoping it would turn up for the next round.

Some of the causes were in pharmacy: stock lists that had not been updated for years, a top-up service
that visited once a week, and a dispensary that closed at 8pm. Some were on the wards: medicines borrowed
and not replaced, patients' own medicines sent home with relatives, and orders made on paper that went
astray. Neither side could fix it alone.

When we looked at a single week in detail, the picture was sobering. Some doses were missed because the
medicine had never been on the ward's stock list, even though the ward used it every day. Others were
missed because the pack had been opened for one patient, labelled with their name, and then thrown away
when they went home. A handful were genuinely unobtainable because of national shortages, and there the
ward needed advice on an alternative, not a search of the building. The nurses searching at 10pm did
not know which kind of problem they were facing.

Missed doses matter most for a small group of medicines. A late dose of insulin can lead to high blood
sugar and ketones; a missed dose of an anticoagulant can allow a clot to form; a Parkinson's medicine
given two hours late can leave a person rigid, unable to swallow and at risk of aspiration. We decided
to start with those time-critical medicines and work outwards.

<<S:The work was run jointly by the pharmacy department and the nursing directorate, with a shared project
group of pharmacists, ward sisters and matrons that met fortnightly and reported to the trust's medicines
safety committee.>> It did not need any
new technology; our automated cabinets and electronic prescribing system were already in place, but we
had never used their data together to ask which medicines each ward actually used.
"""),
        ("stakeholders", "Who was involved", """
<<S:Nurses from each of the twelve wards with the highest number of unavailable doses met with our
pharmacy technicians to go through a month of missed doses one by one, and they identified the medicines
that should always be stocked on their ward.>> <<S:The night site practitioners told us that most of
their pharmacy calls were for the same twenty medicines, so they chose the contents of the out-of-hours
emergency cupboard.>> <<S:Pharmacy assistants who run the top-up rounds changed their route after ward
managers asked for restocking before the 6pm medicines round, not after it.>>

Patients were told about the changes in a leaflet about bringing their own medicines into hospital.
"""),
        ("value", "Cost and value", """
The extra cabinet stock cost about £38,000 in the first year, partly offset by fewer urgent deliveries
and less waste. Nursing time spent searching for medicines has been freed for patient care.
"""),
        ("spread", "Spreading the learning", """
The approach has been rolled out to our community hospital wards and we have shared our stock lists with
the region's chief pharmacists. We plan to extend the twelve-ward review to our children's wards in 2025.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1225  opioid toxicity in frail older inpatients - docx - rubric headings
#        - hospice palliative care consultant, thoughtful - hospice with the
#        acute trust - 'experts by experience' and staff involved - no flags;
#        a claim in words
# ---------------------------------------------------------------------------
entry(
    id="I1225", format="docx", layout="rubric_headings", topic="opioid_toxicity_frail_older_inpatients",
    project="independent77-gentlerdose-1225", docx_font="Calibri",
    title="The Gentler Dose: preventing opioid toxicity in frail older people on medical wards",
    cover=[
        "St Brannoc's Hospice, Penwarren (lead), in partnership with Penwarren and Lowe Hospitals NHS Trust",
        "Submitted by the Consultant in Palliative Medicine, St Brannoc's Hospice hospital support team",
    ],
    primary_entrant=dict(name="St Brannoc's Hospice", type="charity"),
    partners=[
        dict(name="Penwarren and Lowe Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Context: the patient safety problem and why a partnership was needed", """
Our hospice runs the specialist palliative care team that visits patients on the wards of Penwarren
General Hospital. Week after week we were called to see frail older people who had been started on
morphine or oxycodone for pain or breathlessness and were now drowsy, confused, twitching or breathing
slowly. Many had poor kidney function, which allows morphine to build up over several days. Some needed
naloxone to reverse it; a few had fallen or aspirated. Their families often thought they were dying,
and sometimes so did the ward team.

The doses themselves were not unusual. What was missing was an adjustment for age, frailty and kidney
function, and a daily check of whether the opioid was still needed and still safe. Ward doctors rotate
every four months, the electronic prescribing system offered standard adult doses, and our hospice
team saw only the people we were referred, usually when things had already gone wrong. The hospital
had the patients and the prescribing system; we had the expertise. Neither could solve it alone.

We did not want to produce another guideline that sat on the intranet. The question we asked was
different: what would have to be true, on an ordinary ward on an ordinary night, for a frail older
person to be started on a safe dose and for a rising level to be noticed before it caused harm? The
answer involved the prescribing system, the observations chart, the ward round and the family, which
is why the work had to be done jointly by the hospice team and the hospital.
"""),
        ("stakeholders", "Stakeholder involvement: patients, carers and staff", """
<<P:From the start we had two experts by experience on the project group: a woman whose father had been
heavily sedated by morphine on a medical ward, and a man who had cared for his wife through her last
illness at home.>> <<P:They reviewed every draft of the ward guidance, and it was their challenge, 'who
is asking the family whether he seems himself today?', that led to the daily question for relatives now
built into the opioid review.>>

<<S:Consultant geriatricians and the hospital's renal pharmacist agreed the starting doses and the list
of safer alternatives for people with poor kidney function.>> <<S:Ward nurses on two pilot wards helped us
test the sedation score and asked that it sit alongside the early warning score on the same screen, so
that it would be done at the same time rather than forgotten.>> <<S:Foundation doctors gave feedback
after each rotation, and their comments led us to shorten the prescribing guide to a single screen.>>
"""),
        ("evidence", "Evidence: the difference it has made", """
From June 2023 the hospital's electronic prescribing system suggests lower starting doses for people
over 80 or with an eGFR below 30, and prompts a daily opioid review that includes a sedation score and
a question to the family. Our hospice nurses visit the two highest-use wards twice a week to review
everyone on a strong opioid.

<<Q:Use of naloxone to reverse opioid toxicity on the medical wards more than halved in the year after
the change compared with the year before.>> <<Q:On the two pilot wards, the proportion of people over 80
started on a strong opioid at a reduced dose went from about one in five to four in five.>> We reviewed
730 patients on the wards in the first year.
"""),
        ("value", "Value: impact on patients, staff and resources", """
The hospice funded the extra nurse time from a charitable grant for the first year, and the trust has
now agreed to continue funding it. Fewer people need emergency review or naloxone, and fewer families go
through the distress of seeing a parent suddenly unreachable. Nurses say they feel more confident to
question a dose. We think that preventing even a few falls and aspiration pneumonias a year more than
covers the cost.
"""),
        ("spread", "Spread: sharing the learning", """
The prescribing prompts have been switched on across all adult wards of the trust, including surgery.
We have shared the guidance with the other hospices in the region and presented it to the regional
palliative care network. The trust is now using the same approach for gabapentin and pregabalin, which
also build up in people with poor kidney function.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1226  people newly started on insulin who go home on a Friday - pdf -
#        with appendix - community diabetes nurse lead, practical - community
#        trust with the acute trust and a GP federation - patients and staff
#        involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1226", format="pdf", layout="with_appendix", topic="new_insulin_starters_weekend_discharge",
    project="independent77-safehomeweekend-1226", pdf_font="DejaVuSans", pdf_align="L",
    title="Safe Home for the Weekend: people going home newly started on insulin",
    cover=[
        "Lead organisation: Harnley Community Health NHS Trust (Community Diabetes Nursing)",
        "Partners: Harnley Infirmary NHS Foundation Trust; Harnley North GP Federation",
        "Contact: Clinical Lead, Community Diabetes Nursing",
    ],
    primary_entrant=dict(name="Harnley Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Harnley Infirmary NHS Foundation Trust", type="nhs_trust"),
        dict(name="Harnley North GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Why this mattered", """
Every week a few people leave Harnley Infirmary having started insulin for the first time during their
stay. Some have been diagnosed with type 2 diabetes that tablets can no longer control; some are on
steroids; a few are older people who will need a district nurse to give every dose. Many of them go home
on a Friday afternoon, with a new pen device, a box of needles and a glucose meter they have used
twice.

Our community diabetes nurses were picking up the pieces. Referrals arrived on Monday, after the person
had spent a weekend unsure of their dose. Some had not been given needles. Some had been given a pen
that did not match the insulin. A few had been sent home with the wrong strength. In 2022 there were
nine readmissions within a week of discharge with low blood sugar among people newly started on insulin,
and two with high blood sugar and ketones.

Our trust does not run the hospital wards and the hospital does not run district nursing. The GP
practices, who would hold the prescription from then on, often did not know the person had started
insulin until a letter arrived a week later.
"""),
        ("stakeholders", "Involvement", """
<<P:We interviewed eight people who had gone home newly on insulin, along with three of their partners,
and they described the first night at home as the most frightening part of the whole experience.>>
<<P:Their suggestion of a phone call before bedtime on the first evening became the core of the new
pathway, and they also chose the pictures for our one-page 'first weekend' guide.>>

<<S:Ward nurses at the infirmary helped us design the discharge checklist and asked for it to be kept
to one side of paper.>> <<S:The hospital's diabetes specialist nurses and our community team agreed a
joint rota so that a nurse who knows the pathway is available on Friday afternoons and Saturday
mornings.>> <<S:Practice pharmacists from the GP federation checked the checklist against the items
that practices need to put on repeat, and added the needle size and the glucose strips.>>
"""),
        ("evidence", "Results so far", """
The pathway began in January 2023. Every person discharged newly on insulin is checked against the
list before leaving, gets a call from a community nurse on the first evening and a visit or call on the
next working day, and the practice is emailed the same day.

<<Q:Readmissions within seven days with hypoglycaemia among people newly started on insulin fell from
nine in 2022 to two in 2023.>> <<Q:People going home without needles, strips or a matching pen fell from
about one in four in our 2022 audit to one in twenty in 2023.>> The community team made 214 first-evening
calls in the year.
"""),
        ("value", "Value", """
The first-evening calls take twenty minutes and are done by the existing evening nursing team. The
checklist costs nothing. One readmission with severe hypoglycaemia costs several days of hospital care;
the pathway has more than paid for itself. People tell us they feel someone is looking out for them,
and our nurses are no longer starting every Monday with a crisis.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the discharge checklist and data sources"),
        ("para", "The Safe Home for the Weekend checklist: insulin name and strength checked against the pen; needles supplied; glucose meter and strips supplied and demonstrated; hypoglycaemia treatment explained; first-evening phone number given; district nurse referral sent where needed; GP practice emailed; community pharmacy informed."),
        ("para", "Readmission figures are from the infirmary's patient administration system, matched to the community diabetes team's referral list. The 2022 audit reviewed all 64 people discharged newly on insulin between April and September 2022; the 2023 audit reviewed the same months in 2023."),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
    ],
)


# ---------------------------------------------------------------------------
# I1227  gentamicin and vancomycin levels - docx - style headings -
#        university senior lecturer in pharmacy, academic - university with
#        the acute trust - patients and staff involved - NO quantitative
#        evidence (counts of levels, students trained, a target, a single
#        figure, a plan to measure)
# ---------------------------------------------------------------------------
entry(
    id="I1227", format="docx", layout="style_headings", topic="aminoglycoside_vancomycin_levels",
    project="independent77-levelbest-1227", docx_font="Cambria",
    title="Level Best: safer gentamicin and vancomycin dosing through shared calculators and teaching",
    cover=[
        "Lead entrant: University of Thorncastle, School of Pharmacy and Biomedical Sciences",
        "Partner: Thorncastle City Hospitals NHS Trust",
        "Entry prepared by a Senior Lecturer in Clinical Pharmacy",
    ],
    primary_entrant=dict(name="University of Thorncastle", type="university"),
    partners=[
        dict(name="Thorncastle City Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background and rationale", """
Gentamicin and vancomycin are old, effective antibiotics with a narrow margin between the dose that
works and the dose that damages the kidneys or the ears. Their safe use depends on a chain of small
steps done in the right order: calculating the dose from weight and kidney function, giving it at the
right time, taking the blood level at the right time, and acting on the result before the next dose.
Any broken link can lead to a toxic level. In older people, in people with changing kidney function and in
people in intensive care, the margin for error is smaller still.

Thorncastle City Hospitals' antimicrobial pharmacists found in a 2022 audit that many levels were
taken at the wrong time, meaning the results could not be interpreted, and that doses were sometimes
given before the previous level had come back. Each ward had its own printed nomogram, some out of
date. Our school of pharmacy had, at the same time, been developing an online dosing calculator for
teaching. The partnership set out to turn it into a tool for practice and to teach its use to the
people who prescribe, give and monitor these antibiotics.
"""),
        ("stakeholders", "Involving patients and staff", """
<<S:Antimicrobial pharmacists, infection doctors and renal physicians from the trust worked with our
academic team over six months to agree the dosing rules, and they tested the calculator against a year
of real cases before it was used on the wards.>> <<S:Phlebotomists and ward nurses told us that the
timing of levels was confusing when doses moved, so the calculator now prints the exact clock time the
level is due on a label for the blood form.>>

<<P:A member of the trust's kidney patients' association, who had lost some hearing after a course of
gentamicin as a young man, joined our steering group and insisted that the calculator warn when a
person has had these antibiotics before, which it does.>> <<P:He also helped us write the short
information sheet given to patients starting gentamicin, so that they know to mention any ringing in the
ears.>>
"""),
        ("evidence", "Evidence of impact", """
The calculator went live on all adult wards in October 2023. It has been used for 2,870 dose
calculations and prints an average of 11 level labels a day. Our evaluation of the timing of levels is
under way and will report in 2025.

Over 640 pharmacy, medical and nursing students from the university, and 290 of the trust's doctors and
nurses, have completed the teaching session. The trust's target is for 90% of gentamicin levels to be
taken within the correct window by the end of 2025. In the most recent month, 82 levels were taken
outside the window.
"""),
        ("value", "Value and sustainability", """
The calculator was built by university staff and students as part of their teaching, so there was no
software cost to the trust. The university hosts it and the trust's antimicrobial team owns the clinical
content. Acute kidney injury and hearing loss caused by these antibiotics are costly and sometimes
permanent, and each prevented case matters to that person for the rest of their life.
"""),
        ("spread", "Sharing and spread", """
Two other universities have asked to use the calculator for teaching. We have submitted a paper
describing the development to a pharmacy journal and presented it at a national antimicrobial
stewardship conference. The trust plans to add amikacin and teicoplanin in 2025. We have also
offered the teaching session to the two district general hospitals whose pharmacy students train with
us, and the calculator's code has been published under an open licence so that other trusts can check
and adapt it.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1228  medicines lists brought in by ambulance crews - pdf - lists -
#        ambulance service medicines lead, upbeat - ambulance service with
#        two acute trusts - patients involved - NO staff involvement (crews
#        trained, emergency department staff told, a plan for a user group)
# ---------------------------------------------------------------------------
entry(
    id="I1228", format="pdf", layout="bullet_lists", topic="ambulance_medicines_list_handover",
    project="independent77-bagandphoto-1228", pdf_font="LiberationSans", pdf_align="L",
    title="Bag and Photo: getting people's medicines into hospital with them",
    cover=[
        "North Carrow Ambulance Service NHS Trust, working with Carrowby Teaching Hospitals NHS Trust and Wistow General Hospital NHS Foundation Trust",
        "Contact: Head of Medicines Management",
    ],
    primary_entrant=dict(name="North Carrow Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Carrowby Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Wistow General Hospital NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
When an ambulance crew takes someone to hospital, the most accurate record of what medicines that
person actually takes is usually sitting in their kitchen: in a dosette box, a carrier bag of boxes, or
a list stuck to the fridge. Once the person is in hospital, that information is gone.

What we found before the project:

- incident reports from both emergency departments showed the medicines history was the piece of information most often missing at handover

- admitting doctors relied on the GP summary record, which does not show medicines bought over the counter, medicines from hospital clinics, or whether the person is actually taking them

- high-risk medicines such as insulin, anticoagulants, opioid patches and anti-seizure medicines were sometimes missed for the first day or longer

- crews were not sure whether they were allowed to bring medicines, and there was nowhere to put them on arrival

- controlled drugs such as opioid patches and liquids raised particular questions about who was responsible for them once they left the house

What we agreed with the two hospitals:

- a simple rule: bring everything the person takes, in the green bag, unless they or their family say no

- a fixed place in each emergency department where green bags go, with a checklist for the nurse receiving them

- a process for controlled drugs, which are recorded on the bag and signed for by the receiving nurse

- hospital pharmacists view the photographs in the record when taking the medicines history
"""),
        ("evidence", "Results", """
We launched Bag and Photo in both hospitals in September 2023. Crews put the person's medicines into a
green sealed bag that travels with them, and photograph the medicines, the dosette label and any list
into the electronic patient record, which the emergency department can see.

- <<Q:in the hospitals' monthly medicines reconciliation audits, admissions with a complete medicines list within 24 hours went from 61% before the launch to 84% after>>

- <<Q:omitted doses of critical medicines in the first 24 hours, as recorded on the electronic administration record, fell by around 40% at Carrowby and by a third at Wistow>>

- crews used 18,400 green bags in the first year

- the photograph function was used on 11,200 calls
"""),
        ("stakeholders", "Stakeholder involvement", """
- <<P:we asked people who use our service through the trust's patient panel what would make them comfortable with a crew taking their tablets, and the panel asked for a receipt so that they know what has gone, which is now printed on the bag>>

- <<P:relatives of people with dementia, from a carers' group that meets at one of our stations, tested the bag and asked for a space to write the next dose time, which we added>>

- all 1,350 frontline clinicians completed an online module and a station briefing before launch

- emergency department staff at both hospitals were told about the green bags through their safety huddles and posters

- our Head of Medicines Management led the project and reported to the trust's medicines governance group

- we plan to set up a crew user group to review the bag design next year
"""),
        ("value", "Value", """
- each bag costs 21p, and the photograph function uses our existing record system

- time saved by admitting doctors and pharmacists in taking a medicines history has not yet been measured

- fewer missed doses of insulin, anticoagulants and anti-seizure medicines mean less harm and fewer extra days in hospital
"""),
        ("spread", "Spread", """
- the green bags are now used across all our stations and by our private ambulance providers

- two further hospitals in our area will receive patients with green bags from spring 2025

- we have shared the bag design with other ambulance services through the national ambulance pharmacy network
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1229  doses withheld while nil by mouth before surgery - pdf made from
#        Word - style headings - consultant anaesthetist, direct - acute
#        trust with a GP federation's pre-operative service - staff involved
#        - NO patient involvement (beneficiaries, a plan, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1229", format="pdf", layout="style_headings", topic="nil_by_mouth_withheld_medicines_surgery",
    project="independent77-sipandswallow-1229", render_via="soffice", docx_font="Liberation Serif",
    title="Sip and Swallow: stopping unnecessary missed medicines before surgery",
    cover=[
        "Lead organisation: Greyholme University Hospitals NHS Foundation Trust (Department of Anaesthesia and Surgical Pharmacy)",
        "Partner: East Greyholme GP Federation (Community Pre-operative Assessment Service)",
        "Author: Consultant Anaesthetist and Perioperative Medicines Lead",
    ],
    primary_entrant=dict(name="Greyholme University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="East Greyholme GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "The problem", """
'Nil by mouth' means no food. It has never meant no medicines. Yet on our surgical wards, and
sometimes at home on the morning of an operation, people were missing doses of medicines they should
have taken with a sip of water: anti-seizure medicines, Parkinson's medicines, heart rate and blood
pressure tablets, inhalers and steroids. On the other hand, some medicines that should have been
stopped, such as certain diabetes tablets and anticoagulants, were being taken as usual because nobody
had given clear instructions.

The reasons were many. Pre-operative assessment was split between our hospital clinic and the GP
federation's community service, and the two used different letters. Operating lists changed at short
notice, so a person fasting from midnight for a morning slot might end up in theatre at 4pm, having
missed their breakfast and lunchtime doses. Nurses on the wards, seeing a sign saying 'nil by mouth'
above the bed, understandably held everything.

Our 2022 audit of 150 surgical patients found that 38% had at least one medicine omitted inappropriately
on the day of surgery, and that the instructions people had been given at pre-operative assessment were
inconsistent in more than half of cases.
"""),
        ("stakeholders", "Who took part", """
<<S:Pre-operative assessment nurses from both the hospital and the federation's community service
compared their letters line by line and agreed a single set of instructions for each medicine group.>>
<<S:Ward nurses suggested replacing the 'nil by mouth' sign above the bed with a new sign, 'Nil by mouth
- medicines with sips of water unless stated', and they chose the colours.>> <<S:Surgical pharmacists
and anaesthetists wrote the rules in the electronic prescribing system, and theatre coordinators asked
for an alert when a list is delayed by more than two hours so that the ward can give missed doses.>>

Patients are the people who gain most from this. We did not have a patient representative on the
project group, and we would like to involve patients in reviewing the new letter in the next phase.
"""),
        ("evidence", "Evidence", """
The single instruction letter, the new bedside sign and the prescribing rules were introduced between
April and July 2023. <<Q:In the repeat audit of 150 surgical patients in early 2024, inappropriate
omissions on the day of surgery had fallen from 38% to 11%.>> <<Q:Day-of-surgery cancellations because a
medicine had been taken or not taken wrongly went from 29 in 2022 to 9 in 2023.>> <<Q:Our SPC chart of
omitted time-critical doses on the surgical wards shows a run of nine points below the centre line from
August 2023, which we take as a real change.>>
"""),
        ("value", "Value", """
Each cancelled operation wastes a theatre slot worth well over a thousand pounds, and for the person it
means another wait, another day off work and often another period of fasting. Missed Parkinson's or
anti-seizure medicines can lead to a much longer stay. The work needed only staff time and some
printing. The theatre coordinators' alert was added to an existing theatre scheduling screen at no
cost.

For patients the value is simpler still: arriving for an operation having taken the right tablets and
stopped the right ones, and not lying on a trolley with a Parkinson's tremor getting worse because a
dose was held by mistake. Staff have told us that the single letter has made conversations at
pre-operative assessment shorter and clearer.
"""),
        ("spread", "Spread", """
The instruction letter is now used by every pre-operative service in our integrated care system, and
the bedside sign has been adopted by the neighbouring trust. We have shared our rules with the
perioperative medicine network and with the supplier of our electronic prescribing system.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1230  patients who leave hospital without their discharge medicines -
#        pdf - numbered questions - charity service manager, earnest - home
#        from hospital charity with the acute trust - staff involved - NO
#        patient involvement (clients helped, a survey, a negation) - NO
#        quantitative evidence (deliveries, a single figure, no baseline)
# ---------------------------------------------------------------------------
entry(
    id="I1230", format="pdf", layout="numbered_questions", topic="discharge_medicines_left_behind",
    project="independent77-nothingleftbehind-1230", pdf_font="LiberationSerif", pdf_align="J",
    title="Nothing Left Behind: getting discharge medicines to people who went home without them",
    cover=[
        "Lead: Home Again Bellcaster (registered charity)",
        "Partner: Bellcaster and Moorside Hospitals NHS Trust",
        "Entry by the Service Manager, Home Again Bellcaster",
    ],
    primary_entrant=dict(name="Home Again Bellcaster", type="charity"),
    partners=[
        dict(name="Bellcaster and Moorside Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What problem did you set out to address?", """
Home Again is a small charity that helps older people settle back at home after a hospital stay. Our
volunteers do a bit of shopping, check the heating is on and make sure there is food in the fridge.
Over and over again they found something that should not happen: the person had come home without their
medicines.

Sometimes the discharge prescription had not been ready when the transport arrived, and the ward had
promised to send it on. Sometimes the medicines had been put in a bag that stayed in the discharge
lounge. Sometimes a relative was meant to collect them and never did. The medicines missed included
insulin, anticoagulants, antibiotics and painkillers. Our volunteers would find someone at 7pm with no
idea when their tablets would arrive, and nobody at the hospital answering the ward phone.

The hospital pharmacy knew the size of the problem from its own records: a shelf of uncollected
discharge bags every morning. What it did not have was a way to get them to people the same day.

We already had twenty-two volunteer drivers who took people home from the hospital and did their
shopping. Putting those two things together seemed obvious once someone said it out loud. The difficult
parts were agreeing who was responsible for the medicines while they were in a volunteer's car, keeping
fridge items cold, handling controlled drugs, and making sure that a bag was never left on a doorstep.
<<S:The trust's pharmacy wrote a standard operating procedure with our coordinator, our insurers agreed the
cover, and the hospital's information governance team approved the way we share addresses.>>
"""),
        ("evidence", "2. What evidence do you have of the difference made?", """
Since the Nothing Left Behind service began in March 2023, our volunteer drivers have delivered 1,246
bags of discharge medicines, 93% of them on the same day the person went home. The average time from the
pharmacy's phone call to delivery is two hours and ten minutes.

We estimate that around 180 of the deliveries included a time-critical medicine, such as insulin or an
anticoagulant. In a survey of 60 of the people we delivered to, 57 said the service was very good or
excellent.

The hospital has set itself a goal of no patient leaving without their medicines by 2026, and the
service will be part of how it gets there.
"""),
        ("stakeholders", "3. Who was involved, and how?", """
<<S:The discharge lounge nurses and the hospital's pharmacy technicians worked out with our volunteer
coordinator how the handover would work, and it was the technicians who suggested a locked cool box in
each car so that insulin and other fridge items could be carried safely.>> <<S:Our volunteer drivers
asked for a signature sheet that the person or a relative signs on delivery, after two early cases of
confusion about whether a bag had arrived, and this is now part of the process.>>

The older people we support have benefited from the service. We did not formally consult them about
the design, although we did send our satisfaction survey, and the results were very positive so we have
kept the service as it is.
"""),
        ("value", "4. What is the value of the work?", """
The service costs around £24,000 a year, which covers a part-time coordinator, mileage for the drivers
and the cool boxes. It is funded jointly by the trust and a local community foundation grant. A missed
dose of insulin or an anticoagulant can lead to readmission, and each readmission costs far more than a
delivery. The drivers often notice other problems when they visit, such as no food in the house, and
can pass these on.
"""),
        ("spread", "5. How has the work been shared and spread?", """
The trust has extended the service to its second hospital in Moorside, and we have talked to two other
home from hospital charities in the region about doing the same with their local trusts. We presented
the service at the regional discharge improvement event in November 2023.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1231  home delivery of specialist medicines after a hospital
#        prescription - docx - lists - PRIVATE homecare medicines company as
#        primary entrant with an acute trust (ineligible) - head of quality,
#        corporate - patients and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1231", format="docx", layout="bullet_lists", topic="homecare_medicines_delivery_gaps",
    project="independent77-nogapsathome-1231", docx_font="Arial",
    title="No Gaps at Home: making sure hospital-prescribed specialist medicines arrive on time",
    cover=[
        "Submitted by Vantora Homecare Services Ltd",
        "Working with Eastwick Teaching Hospitals NHS Foundation Trust (Pharmacy Homecare Team)",
    ],
    cover_bullets=[
        "Category: Best Partnership Solution Improving Patient Safety",
        "Contact: Head of Quality and Patient Safety, Vantora Homecare Services Ltd",
    ],
    primary_entrant=dict(name="Vantora Homecare Services Ltd", type="private"),
    partners=[
        dict(name="Eastwick Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The issue", """
Vantora delivers specialist medicines prescribed by hospital consultants to people's homes, including
biologic injections for inflammatory bowel disease, rheumatoid arthritis and psoriasis, and some oral
cancer medicines. For Eastwick Teaching Hospitals we serve around 3,400 patients. Homecare is a good service
when it works: people do not need to travel to a hospital pharmacy every month, and they can keep
working and living their lives. But it depends on a prescription being written, checked, sent, received
and dispensed on time, by two different organisations, every few months, for every patient.

In 2022 the service was under strain:

- prescriptions from the hospital sometimes reached us late or incomplete, and a delivery could not be booked until they were corrected

- patients were not always told when a prescription had expired, and found out only when a delivery did not arrive

- some patients went without their medicine for a week or more, risking a flare of their condition and, for some cancer medicines, a break in treatment

- the hospital and our company each held part of the information, and neither could see the whole journey from prescription to doorstep

What we changed:

- a shared electronic list of every prescription due to expire in the next four weeks, visible to both the hospital and Vantora

- a rule that no prescription can be allowed to lapse without a named person at the hospital deciding whether it should be renewed, changed or stopped

- an automatic text message to the patient at least ten days before the prescription expires, with a link to check the delivery date

- a same-day escalation route to the hospital's homecare pharmacist for any delivery at risk of being missed, including a short emergency supply from the hospital pharmacy where needed
"""),
        ("stakeholders", "How we involved people", """
- <<P:we held two online workshops with patients from the hospital's inflammatory bowel disease and rheumatology clinics, who told us that the first they knew of a problem was a missed delivery, and they asked for a text message at least ten days before their prescription ran out>>

- <<P:patients who took part then tested the wording of the text messages and the new self-service page for rebooking a delivery>>

- <<S:the hospital's homecare pharmacy technicians and our customer service team mapped every step of the prescription journey together and found seven points where a prescription could stall>>

- <<S:specialist nurses in the hospital's biologics clinics agreed to a shared weekly list of prescriptions due to expire, which they now review with our team>>
"""),
        ("evidence", "Results", """
The changes went live in stages during the first half of 2023. We compared July to December 2022 with
July to December 2023.

- <<Q:deliveries missed or more than three days late because of a prescription problem fell from 412 to 97>>

- <<Q:patients who went seven days or more without their medicine fell from 58 to 11>>

- the expiry text message was sent 9,870 times in the second period
"""),
        ("value", "Value", """
- the shared list and text messages were built within our existing contract with the trust

- fewer missed doses mean fewer flares, fewer emergency admissions and less need for rescue steroids

- the hospital's homecare team spends less time chasing problems by phone

- patients spend less time ringing between the hospital and our call centre to find out where their medicine is
"""),
        ("spread", "Spread", """
- we are introducing the same approach with four other NHS trusts we serve

- we have shared our prescription journey map with the national homecare medicines group

- the shared expiry list has been offered, free of charge, to the other homecare providers that serve Eastwick so that patients get the same service whichever company delivers their medicine
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
    ],
)


# ---------------------------------------------------------------------------
# I1232  clozapine missed when people are admitted to a general hospital -
#        docx - short form - mental health trust pharmacist - mental health
#        trust with the acute trust - a service user and staff involved - NO
#        evidence section and no measured change anywhere in the entry
# ---------------------------------------------------------------------------
entry(
    id="I1232", format="docx", layout="form_table", topic="clozapine_general_hospital_admission",
    project="independent77-clozapinealert-1232", docx_font="Calibri",
    title="Clozapine Alert: safe clozapine when people are admitted to the general hospital",
    cover_table=[
        ("Project title", "Clozapine Alert: safe clozapine when people are admitted to the general hospital"),
        ("Lead organisation", "Marram Coast Partnership NHS Foundation Trust (mental health)"),
        ("Partner", "Marram Coast General Hospitals NHS Trust"),
        ("Entrant", "Specialist Mental Health Pharmacist"),
    ],
    primary_entrant=dict(name="Marram Coast Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Marram Coast General Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "What was the problem and what did you do?", """
Clozapine is a medicine for schizophrenia that works when others have failed. It is also unforgiving.
If more than two days of doses are missed, it has to be restarted at a low dose and built up slowly over
weeks, or the person risks a dangerous drop in blood pressure, collapse and seizures. It needs regular
blood tests, it can cause severe constipation that can be fatal, and its levels rise sharply if someone
stops smoking, as they must when admitted to hospital.

About 420 people in our area take clozapine, supplied by our trust's clinics rather than by their GP.
That means the general hospital cannot see it on the GP record. When someone taking clozapine is admitted
with a chest infection or a fall, the hospital team often does not know they take it, or gives their
usual full dose after a gap of several days.

Clozapine Alert links the two trusts. When a person on our clozapine register attends the emergency
department, an alert on the hospital system tells staff to call our clozapine clinic, which confirms the
dose, the date of the last dose and the latest blood result, and advises on restarting, smoking and
constipation. Our pharmacists visit the person on the ward within one working day.

The idea came from a serious incident in 2022. A woman who had taken clozapine for many years was
admitted to the general hospital with a urinary infection and confusion. Her clozapine was not known
about for four days. When it was discovered, she was restarted on her full usual dose, and she collapsed
on the ward that evening with very low blood pressure. She recovered, but the review found that nobody in
either organisation had done anything unusual: the systems simply did not talk to each other.

The alert went live in late 2023 and we are still learning. We have written a restart guide for hospital
doctors that sets out, step by step, what to do after a gap of one, two or more days, and a short note
for ward nurses on watching for constipation and for the effects of stopping smoking. Both are on the
general hospital's intranet, and the clinic number is answered from 8am to 8pm every day.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:A man who takes clozapine and had been admitted to the general hospital twice with pneumonia worked
with us on the wording of the wallet card that people now carry, and he asked us to include the clinic
phone number in large print.>> <<P:Members of the trust's service user network also talked through with
us what they would want hospital staff to know, and they asked that the card mention that sudden
stopping is dangerous.>>

<<S:Emergency department consultants and the acute medical unit's pharmacists agreed with us what the
alert would say and who it would go to, and they asked for it to appear only once per admission to
avoid alert fatigue.>> <<S:Our clozapine clinic nurses designed the restart guide, which the general
hospital's pharmacists then reviewed and simplified.>>
"""),
        ("value", "What is the value of the work?", """
The alert was set up by the acute trust's IT team within existing resources. The ward visits are made
by pharmacists already employed to support the clozapine clinic. Restarting clozapine wrongly can lead to
collapse, and stopping it for too long can lead to relapse and a long mental health admission.
"""),
        ("spread", "How will the work be shared?", """
We are sharing the alert design and the restart guide with the other mental health trusts in the region
and with the community pharmacies that supply clozapine to people in our area.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
