"""Thirtieth independent evaluation set (I465..I480) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries27.py / entries29.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing acute hospital and mental health
trusts, and the police, ambulance services, charities, universities, primary care and
companies they work with, send in, in their own voices and at their own length.  The
theme of the set is acute and mental health trusts working with partners on wards, in
theatres, in pharmacy, on inpatient mental health wards and in crisis care.

Topics: fires in the operating theatre (theatres with a fire and rescue service and a
university simulation centre), synthetic cannabinoids and other drugs brought onto acute
mental health wards, obstructive sleep apnoea and surgery (a consultant anaesthetist),
medicines and physical health plans lost when patients move from a general hospital to a
mental health ward (no quantitative evidence), limiting supplies of medicines for people
in suicidal crisis (a crisis team, no headings, long), sexual safety on mental health
wards (no value section), surgical instrument trays from a sterile services company (a
private company as primary entrant, a form), smoking and fires on mental health wards
(departments of one trust, no partner), secure transport of detained patients (a private
transport company as primary entrant), alerts for people with a difficult airway (a form,
no spread section), opioids to take home after surgery (a primary care network lead),
patients absent without leave from mental health wards (a matron, no headings), alcohol
withdrawal on acute wards (a recovery charity lead), fasting before surgery (a university
lead, short), mental health calls after the police stopped attending most welfare checks
(a police lead, results first) and the wrong lens implanted in cataract surgery (with
appendix).

Build it with

    .venv/bin/python data/independent/build.py --set 30   (writes data/corpus/independent30/)

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

Labelling conventions (as in entries27.py and entries29.py):
  * not Q: dates, financial years, bed/ward/home/school/practice counts, headcounts,
    numbers trained, activity counts (visits, calls, referrals, checks, kits, people
    screened or identified), single figures with no baseline, a zero with no earlier
    figure, figures that did not change, budgets, costs and savings estimates, phone
    numbers, postcodes, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words;
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual job
    titles, list items), wherever in the entry it is told; a peer worker with lived
    experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical and optical committees are primary_care; patients' support groups are
patient_group; drug and alcohol, rape crisis and mental health charities are charity;
sterile services, secure transport and eye surgery companies are private).  A department
or team of the entrant's own organisation is not a partner.  Flags are written by hand
and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I465  fires in the operating theatre - pdf - own headings - theatre safety
#       lead (an operating department practitioner), practical - acute trust
#       with fire and rescue service and a university simulation centre -
#       staff involved - no patient involvement (patients told in the consent
#       leaflet, a patient partner updated, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I465", format="pdf", layout="own_headings", topic="operating_theatre_fires",
    project="independent30-firesafetheatres-465", pdf_font="LiberationSans", pdf_align="L",
    title="Prep, Pause, Dry: preventing fires in our operating theatres",
    cover=[
        "Lead organisation: Ravensholt University Hospitals NHS Foundation Trust (Theatres, Anaesthesia and Critical Care)",
        "Partners: Ravensholt and Wyre Fire and Rescue Service; University of Ravensholt (Clinical Skills and Simulation Centre)",
        "Written by the Theatre Safety Lead, Operating Department Practitioner",
    ],
    primary_entrant=dict(name="Ravensholt University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Ravensholt and Wyre Fire and Rescue Service", type="emergency_service"),
        dict(name="University of Ravensholt", type="university"),
    ],
    sections=[
        ("context", "Why we needed to act", """
Fires in the operating theatre are rare, and because they are rare most theatre staff have never seen
one and do not think about them. But every operation has the three things a fire needs. There is fuel:
drapes, gauze, hair, and most of all the alcohol-based skin preparation we paint on before surgery. There
is oxygen, often much more of it than in normal air, especially under the drapes around the face when a
patient is sedated and breathing oxygen through a mask or nasal prongs. And there is a source of
ignition: diathermy, lasers and light cables.

In 2022 we had two incidents in four months. In the first, a man having a skin cancer removed from his
forehead under sedation had oxygen running under the drapes, and when the surgeon used the diathermy the
drape caught alight. The fire was put out in seconds but he had burns to his eyebrow and cheek. In the
second, alcohol skin prep had pooled under a patient's hip during a hip replacement and a spark lit the
soaked sheet. Nobody was hurt, but the scrub nurse said afterwards that she did not know where the fire
blanket was and had never been shown how to use it.

When we looked into both incidents, we found that there was no fire risk assessment in our version of
the surgical safety checklist, that staff were not waiting for skin prep to dry, that the big
applicators we bought held far more liquid than was needed for a small area, and that anaesthetists had
different views on how much oxygen to give during head and neck surgery. Our evacuation plans for
theatres had not been looked at with the fire service for over ten years, and nobody in theatres had ever
practised a fire with a patient on the table.

We asked Ravensholt and Wyre Fire and Rescue Service and the university's simulation centre to work with
us. Prep, Pause, Dry started in January 2023. It has four parts: a fire risk question at the team brief
and the time out, with a simple low, medium or high score; a three-minute drying time for alcohol skin
prep, with a sand timer on every prep trolley and smaller applicators for small areas; an oxygen rule for
head, neck and upper chest surgery under sedation; and joint fire simulations with the fire service,
run in the university's mock theatre and then in our own theatres.
"""),
        ("evidence", "What has changed", """
We have measured the work in three ways: direct observation of skin prep and the time out, checks of
the sheets at the end of operations for pooled prep, and incident reports.

<<Q:In our observation audits, the share of cases where the skin prep was left to dry for at least three
minutes before draping went up from 34% in December 2022 to 89% in March 2024.>> <<Q:Pooled prep found
under the patient at the end of the case fell from about one case in six to one in forty.>> <<Q:The fire
risk score was recorded at the time out in 93% of observed cases in 2024, compared with none before the
project, because the question did not exist.>>

<<Q:Fire and near-miss fire incidents reported in theatres fell from five in 2022 to one in 2024, and
that one was a smouldering swab that was put out with saline within seconds.>> We know these numbers are
small. <<Q:Before the simulations, 41% of theatre staff who took our short quiz could say where the
nearest fire blanket and extinguisher were, and afterwards 96% could.>>

Since 2023, 412 theatre staff have taken part in a fire simulation.
"""),
        ("stakeholders", "Who was involved", """
<<S:Operating department practitioners and scrub nurses from general surgery, orthopaedics and plastics
worked out the drying time routine between them, and it was their idea to put a sand timer on the prep
trolley, because nobody looks at a clock once they are scrubbed.>> <<S:Anaesthetists from the head and
neck and plastics lists agreed the oxygen rule at two departmental meetings, and changed the first draft
after the plastic surgeons pointed out that many of their patients could manage on room air if the
sedation was lighter.>> <<S:Procurement and the theatre stores team tested smaller prep applicators with
the scrub teams and chose two sizes that are now the only ones stocked.>>

<<S:Crews from Ravensholt fire station walked through every theatre with our theatre managers and
estates officers, and together they rewrote the evacuation plans, moving the fire blankets and
extinguishers to where the scrub team can reach them.>> <<S:The university's simulation technicians and
our theatre educators built the simulation scenarios, and after the first two sessions they changed them
so that the whole team, not just the surgeon and anaesthetist, has a job to do when the fire starts.>>
<<S:Fire investigators from the fire service and our patient safety team agreed a joint way of looking at
any theatre fire, so that the scene is kept and both organisations learn from it.>>

Patients are not directly involved in this work. The consent leaflet for operations under sedation now
mentions that oxygen may be turned down for safety. The trust's patient partner on the theatres
governance group has been kept up to date. We would like to talk to the man who was burned in 2022 about
his experience if he is willing.
"""),
        ("value", "Value for money and experience", """
The sand timers cost £4 each. The smaller applicators cost slightly less than the large ones, so the
switch has saved a small amount on consumables. The fire service provided the crews and the
investigators as part of their business safety work, and the simulation centre charged us its
standard rate for the mock theatre, which came to about £7,800 over the two years.

A single burn injury in theatre causes the patient pain and scarring, leads to a serious incident
investigation and can lead to a claim. Staff tell us they feel much more confident that they would know
what to do if a fire started, and the scrub teams say the timer has become part of the routine.
"""),
        ("spread", "Spread", """
The fire risk question and drying time are now in the trust's surgical safety checklist policy and are
used in the day surgery unit, the cardiac catheter laboratories and the endoscopy unit. The fire service
has offered the same walk-through and simulation to the two independent hospitals in its area, and one
has taken it up. We presented the work at the national theatres conference in 2024, and the university
now uses the fire scenario in its operating department practice degree.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I466  drugs brought onto acute mental health wards - docx - bold headings
#       with a cover table - ward manager, plain 'we' - mental health trust
#       with police and a drug and alcohol charity - patients, former
#       patients and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I466", format="docx", layout="bold_headings", topic="illicit_drugs_mental_health_wards",
    project="independent30-clearwards-466", docx_font="Arial",
    title="Clear Wards: keeping synthetic cannabinoids and other drugs off our acute mental health wards",
    cover_table=[
        ("Entry title", "Clear Wards: keeping synthetic cannabinoids and other drugs off our acute mental health wards"),
        ("Lead organisation", "Pellingham and Wyke Mental Health NHS Foundation Trust (Acute Inpatient Services)"),
        ("Partners", "Pellingham and Wyke Police; Renew Pellingham (drug and alcohol charity)"),
        ("Contact", "Ward Manager, Larch Ward, Brookhouse Hospital"),
    ],
    primary_entrant=dict(name="Pellingham and Wyke Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Pellingham and Wyke Police", type="emergency_service"),
        dict(name="Renew Pellingham", type="charity"),
    ],
    sections=[
        ("context", "Background", """
Brookhouse Hospital has four acute adult mental health wards with 78 beds between them. Many of the
people we admit use drugs or alcohol, and for some, drug use is part of why they became unwell. Over
2021 and 2022 we saw a big rise in synthetic cannabinoids, usually called spice, coming onto the wards.
It came in with visitors, was brought back from leave, and was thrown over the garden fence in tennis
balls. Spice is very unpredictable. We had patients collapsing, having seizures and becoming extremely
agitated and aggressive, and we were calling 999 for ambulances several times a month.

In September 2022 a young man on Larch Ward collapsed in his bedroom after smoking spice and stopped
breathing. Staff started CPR and he survived, but he spent four days in intensive care. The review found
that staff had suspected drugs were on the ward for two days but did not know what they were allowed to
do about it. Searching was done differently on each ward and by each shift. The police were only called
after something had happened. There was no drug worker coming onto the wards, so people who wanted help
with their drug use had to wait until they were discharged.

We set up Clear Wards with Pellingham and Wyke Police and Renew Pellingham, the local drug and alcohol
service, at the start of 2023. The main parts are:

- a Renew worker who is on the wards three days a week, offering one-to-one and group work and making sure people leave hospital with a treatment appointment

- a named police ward liaison officer who visits weekly, advises staff and deals with anyone bringing drugs in, so that the focus on the ward stays on care

- one search and room check procedure for all four wards, with a clear explanation for patients of when and why it happens

- higher garden fences, amnesty bins by the ward doors and information for visitors

- a collapse response for suspected spice use, with naloxone on every ward in case opioids are involved too
"""),
        ("evidence", "What difference it has made", """
We compared 2022, the year before Clear Wards, with 2024.

<<Q:Incidents involving suspected drug use on the four wards fell from 96 in 2022 to 41 in 2024.>>
<<Q:Emergency ambulance call-outs for patients who had collapsed after suspected drug use went down from
23 to 7.>> <<Q:Violent incidents where staff recorded that the patient was intoxicated fell by more than
half, from 64 to 29.>>

<<Q:Before the project, only about one in ten patients with a drug problem left hospital with an
appointment at Renew, and in 2024 it was six in ten.>> The Renew worker saw 187 patients on the wards in
2024. The police liaison officer dealt with 14 people found bringing drugs onto the site, and four were
charged.
"""),
        ("stakeholders", "How people were involved", """
<<P:We took the idea to the community meetings on all four wards before we started, and patients told us
that searches felt random and humiliating and that nobody ever explained why they were happening.>>
<<P:Patients on Larch and Rowan wards then helped write the 'what we will do and why' sheet that is now
given to everyone on admission, and they asked for it to say clearly that searches are about safety and
not about punishment.>> <<P:Two men who had been inpatients and are now in recovery, and who volunteer with
Renew, came to our staff training days to talk about what it is like to be offered spice on a ward when
you are unwell.>>

<<S:Healthcare assistants and nurses from all four wards wrote the room check procedure together over
three sessions, and they insisted on two staff being present and the patient always being asked first.>>
<<S:Our night staff told us that most drugs came over the fence after dark, and it was their suggestion to
move the garden lighting and raise the fence at the back of Rowan Ward.>> <<S:The police liaison officer
and the ward managers agreed between them when staff should call the police and when they should not,
and this is now on a one-page flowchart in every office.>> <<S:Renew's workers asked to join our morning
handover so they know who is new on the ward, and they have done so since March 2023.>>
"""),
        ("value", "Value", """
The Renew worker is funded through the council's drug and alcohol grant, at no cost to the trust. The
police liaison officer's time comes from the neighbourhood team. The fencing and lighting cost £38,000
from the estates budget. Every avoided collapse saves an ambulance call and often a trip to the emergency
department with two of our staff as escorts, which leaves the ward short.

Staff say the wards feel calmer and safer. Patients tell us they know where they stand, and several
have said that meeting the Renew worker on the ward was the first time anyone had asked them about their
drug use without judging them.
"""),
        ("spread", "Sharing the learning", """
Clear Wards has been extended to our two psychiatric intensive care units and our rehabilitation ward.
We have shared the procedure and the patient sheet through the regional mental health inpatient network,
and the police have offered the ward liaison officer model to the other mental health hospital in the
force area.
"""),
    ],
    flags=[],
)



# ---------------------------------------------------------------------------
# I467  obstructive sleep apnoea and surgery - pdf - numbered questions -
#       consultant anaesthetist, clinical and a little dry - acute trust with
#       community trust sleep service, a primary care network and a sleep
#       apnoea support group - patients involved - no staff involvement
#       (pre-op nurses trained, ward staff told, anaesthetists briefed, a
#       recovery staff survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I467", format="pdf", layout="numbered_questions", topic="obstructive_sleep_apnoea_surgery",
    project="independent30-sleepsafe-467", pdf_font="DejaVuSans", pdf_align="L",
    title="Sleep Safe Surgery: finding and protecting patients with obstructive sleep apnoea before and after their operation",
    cover=[
        "Hallowford General Hospital NHS Trust, Pre-operative Assessment Service and Department of Anaesthesia (lead entrant)",
        "Partners: Quenby Community Health NHS Trust (Respiratory and Sleep Service); Hallowford North Primary Care Network; Hallowford Sleep Apnoea Support Group",
        "Author: Consultant Anaesthetist and Clinical Lead for Pre-operative Assessment",
    ],
    primary_entrant=dict(name="Hallowford General Hospital NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Quenby Community Health NHS Trust", type="nhs_trust"),
        dict(name="Hallowford North Primary Care Network", type="primary_care"),
        dict(name="Hallowford Sleep Apnoea Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "1. Why the partnership was needed and what it set out to do", """
Obstructive sleep apnoea (OSA) is a condition in which the upper airway closes repeatedly during sleep.
It is common in people who are overweight, and it is thought that most adults who have it do not know.
For surgery it matters a great deal. Patients with OSA are more likely to have a difficult airway at
induction, and after the operation the combination of anaesthetic drugs, opioid painkillers and lying
flat can cause dangerous falls in oxygen levels, particularly on the first and second nights. Patients
who already use a CPAP machine at home need to bring it and use it in hospital.

In 2021 we reviewed all patients who were admitted to critical care unexpectedly after elective surgery
with breathing problems. Around a third had OSA, known or suspected. Several had a diagnosis but had not
brought their CPAP machine, because nobody had told them to. Others had symptoms that were picked up at
pre-operative assessment, but the referral for a sleep study went to the community sleep service by the
normal route and took months, so their operation went ahead without a diagnosis or was cancelled on the
day. The ward had no way of knowing who was at risk, and the standard post-operative observations were
every four hours overnight.

The partnership was set up in 2022 between our pre-operative assessment service, the Respiratory and
Sleep Service at Quenby Community Health, the GP practices of Hallowford North Primary Care Network,
where most of our elective patients live, and the local sleep apnoea support group. Its aims were to
find patients with OSA before surgery, to get a diagnosis and treatment quickly when it would change the
plan, and to make sure every patient at risk is cared for safely after the operation.

The pathway has four steps. Every adult listed for elective surgery completes the STOP-Bang
questionnaire, either at the GP practice when the referral is made or at pre-operative assessment. A
high score for a patient having major surgery triggers a fast-track home sleep study, which the sleep
service now reports within three weeks. Patients already on CPAP get a letter and a text reminding them
to bring the machine, the mask and the power lead, and the machine is checked on admission. After
surgery, patients with known or suspected OSA are nursed with continuous oxygen saturation monitoring on
the first night, sitting up, and with an opioid-sparing pain plan.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
We compared the year before the pathway (2021/22) with the second year after it started (2023/24). The
data come from the pre-operative assessment system, the sleep service's waiting list and the critical
care admissions log.

<<Q:The wait for a sleep study for patients referred from pre-operative assessment went down from a median
of 19 weeks to 3 weeks.>> <<Q:Operations cancelled on the day because of suspected or untreated OSA fell
from 37 to 6.>> <<Q:Among patients already on CPAP, those who brought their machine into hospital rose from
38% in an audit in 2021 to 91% in 2024.>>

<<Q:Unplanned admissions to critical care for breathing problems after elective surgery in patients with
known or suspected OSA fell from 14 to 5.>> <<Q:Calls to the critical care outreach team for low oxygen
levels on the first night after surgery in this group went down from 7.2% of patients to 3.1%.>>

Over the two years, 1,186 patients had a high STOP-Bang score and 402 had a fast-track sleep study, of
whom 251 were found to have moderate or severe OSA and started CPAP.
"""),
        ("spread", "3. How has the work been shared and applied elsewhere?", """
The STOP-Bang question and the referral form are now in the electronic referral templates for all GP
practices in Hallowford, not only in our PCN. The CPAP reminder letter has been adopted by the other
acute trust in the integrated care system. We presented the pathway at the regional perioperative
medicine network and at a national pre-operative assessment meeting, and the sleep service has used the
fast-track model for patients referred by the bariatric surgery team.
"""),
        ("value", "4. What has been the impact on patient experience and value for money?", """
A cancelled operation on the day wastes a theatre slot worth several thousand pounds. An unplanned
critical care bed costs well over £1,500 a night. The fast-track sleep studies use the same home testing
kits as the routine service and were funded by moving 12 slots a month from the routine list, so the
cost to the system was small.

Patients tell us that finding out they had OSA before their operation has changed their lives in other
ways too, with better sleep and more energy. Patients on CPAP say they feel safer knowing the ward
expects them to bring their machine, rather than having to argue about plugging it in.
"""),
        ("stakeholders", "5. How were patients and staff involved?", """
<<P:Members of the Hallowford Sleep Apnoea Support Group came to two of our planning meetings and told us
about being in hospital without their CPAP machine, including one man who was told by a ward that it
could not be plugged in until it had been electrically tested.>> <<P:They rewrote our reminder letter,
adding a checklist of the mask, tubing, water chamber and power lead, because several of them had
brought the machine but not the lead.>> <<P:The group also suggested the luggage tag that is now sent with
the letter, so that the machine can be labelled with the patient's name and ward and does not get lost
between theatre and the ward.>>

All pre-operative assessment nurses were trained to use the STOP-Bang questionnaire. Ward staff on the
surgical wards were told about the first night monitoring through the trust bulletin and a poster.
Anaesthetists were briefed at the departmental audit meeting. We surveyed recovery staff after the first
six months and they were positive about the pathway, so no changes were made. We plan to ask the ward
nursing teams for their views when we review the pathway next year.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I468  medicines and physical health plans when patients move from a
#       general hospital to a mental health ward - docx - rubric headings -
#       two chief pharmacists, formal - acute trust with mental health trust
#       and ICB - a mother and staff involved - no quantitative evidence
#       (transfer counts, a single audit figure, incidents with no
#       comparison, a zero with no earlier figure)
# ---------------------------------------------------------------------------
entry(
    id="I468", format="docx", layout="rubric_headings", topic="acute_to_mental_health_ward_transfer_medicines",
    project="independent30-safetransfer-468", docx_font="Cambria",
    title="One Plan Across the Corridor: safer transfer of medicines and physical health care when patients move from the general hospital to a mental health ward",
    cover=[
        "Cressfield Hospitals NHS Foundation Trust (lead)",
        "Partners: Cressfield and Oldmoor Mental Health NHS Foundation Trust; NHS Cressfield and Oldmoor Integrated Care Board",
        "Submitted jointly by the Chief Pharmacists of both trusts",
    ],
    primary_entrant=dict(name="Cressfield Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Cressfield and Oldmoor Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Cressfield and Oldmoor Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "The context in which the partnership was needed, the product or service, and its patient safety goals", """
Each year several hundred patients are transferred from Cressfield General Hospital to inpatient wards of
Cressfield and Oldmoor Mental Health NHS Foundation Trust, most of them to the Hollins Unit, which is on
the same site. Many have been in the general hospital after an overdose, a fall, an infection or a
deterioration of a long-term condition such as diabetes, epilepsy or heart disease, alongside a mental
health crisis. When they move across the corridor, they move between two organisations with different
electronic records, different prescribing systems and different medicines formularies.

A review of incidents in 2022 by the two trusts' medication safety officers found a consistent pattern.
Medicines started in the general hospital, especially anticoagulants, antibiotics, insulin and
anti-epileptic drugs, were not always carried over to the mental health prescription chart. The plan for
physical observations, blood tests and follow-up appointments was often buried in a discharge letter that
arrived days later. Mental health ward staff were not always confident in recognising physical
deterioration in patients who had been medically unwell only a day or two before. In one case, a young
man with type 1 diabetes was transferred after an overdose and his long-acting insulin was not
prescribed for 36 hours; he developed diabetic ketoacidosis and had to be transferred back.

The partnership's goals were that every patient moving from the general hospital to a mental health ward
should have a complete and checked list of medicines, a clear physical health plan, and a named contact
in the general hospital for advice for the first 72 hours. From May 2023 the two trusts introduced: a
joint transfer summary, completed by the acute ward and checked by a pharmacist from either trust before
the patient moves; a same-day medicines reconciliation by the mental health trust pharmacy team; a
'physical health handover' call between the nurse in charge on each ward; and a 72-hour advice line to
the acute medical registrar. The ICB funded a shared pharmacy technician post to support the process.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since May 2023, 318 patients have been transferred using the joint transfer summary. The pharmacy
technician tracks each transfer and follows up any gaps.

In an audit of 40 transfers in March 2024, the joint summary was complete, including the physical health
plan, in 34. Medicines reconciliation was completed on the day of transfer in most cases, and within 24
hours in all but three.

Two incidents involving an omitted medicine after transfer were reported in 2023/24; both were
identified by the pharmacy technician the following morning and no harm resulted. There were no transfers
back to the general hospital because of a medicines omission in the same year. We do not have
comparable data from before the project, because transfers were not recorded separately.

The 72-hour advice line has been used 57 times, most often about blood results, wound care and
diabetes.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The joint transfer summary has been adapted for patients moving from the general hospital to the mental
health trust's older adult wards at a second site, and for transfers the other way, from mental health
wards to the general hospital. The work was presented at the regional medication safety officers network
and the transfer summary has been shared with two other acute and mental health trust pairings in the
region.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The shared pharmacy technician post costs around £36,000 a year and is funded by the ICB. Each
transfer back to the general hospital because of a missed medicine costs an ambulance journey, a bed in
acute medicine and an interruption to the patient's mental health care. Mental health ward staff report
feeling more confident in caring for patients who have been physically unwell, and patients and families
have said that they are no longer asked the same questions twice.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<P:The mother of the young man whose insulin was missed agreed to work with us, and she went through the
draft transfer summary line by line with both chief pharmacists.>> <<P:At her suggestion, the summary now
has a box headed 'what has changed while I was in hospital', written in plain language so that the
patient and family can see it too.>>

<<S:Nurses from the Hollins Unit and the acute medical wards met four times to agree what the physical
health handover call should cover, and the mental health nurses asked for the frequency of observations
and the reason for them to be written down, not just spoken.>> <<S:Ward pharmacists from both trusts
compared their formularies and agreed substitutions for the medicines that the mental health trust does
not stock, which are now listed on the back of the transfer summary.>> <<S:Junior doctors on the acute
medical take asked for a single contact number rather than a bleep, which led to the 72-hour advice line
being set up through the registrar's phone.>>
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I469  limiting supplies of medicines for people in suicidal crisis - pdf -
#       no headings - long - consultant pharmacist in a crisis team, first
#       person, reflective - mental health trust crisis resolution and home
#       treatment with the LPC, a GP federation and a Mind branch - people
#       with lived experience, a peer worker and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I469", format="pdf", layout="no_headings", topic="crisis_limited_medicine_supply",
    project="independent30-safersupplies-469", pdf_font="LiberationSerif", pdf_align="L",
    title="Safer Supplies: reducing access to large amounts of medicines for people in suicidal crisis",
    cover=[
        "Tarrant Moor and Dunstall Partnership NHS Foundation Trust, Crisis Resolution and Home Treatment Service",
        "Working with Dunstall Local Pharmaceutical Committee, Tarrant Moor GP Federation and Dunstall Mind",
        "Written by Rachel Okonjo, Consultant Pharmacist for Acute and Crisis Mental Health",
    ],
    primary_entrant=dict(name="Tarrant Moor and Dunstall Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Dunstall Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Tarrant Moor GP Federation", type="primary_care"),
        dict(name="Dunstall Mind", type="charity"),
    ],
    sections=[
        ("context", None, """
When someone is in a suicidal crisis, the means they have to hand matter. Many of the people our crisis
team looks after at home have a lot of medicine in the house: repeat prescriptions that have built up
over months, antidepressants that were stopped but never collected back, painkillers, a partner's or
parent's tablets. Overdose of prescribed medicines is the most common way the people we see harm
themselves, and although most overdoses are not fatal, some are, and many cause lasting damage to the
liver or kidneys.

I joined the Crisis Resolution and Home Treatment Service as its pharmacist in 2021. In my first few
months I looked back at the serious incident reviews for people who had died by suicide while on our
caseload or within three months of discharge. In more than half, the person had taken an overdose of
medicines that had been prescribed to them. In several cases, a GP had issued a two or three month
supply of an antidepressant or a sleeping tablet in the same week that our team had assessed the person
as high risk. Nobody was doing anything wrong on their own terms. The GP did not know we were involved,
or knew but had not been told about the risk. The community pharmacy dispensed what was on the
prescription. Our own team asked about medicines at home, but we rarely did anything about what we
found, because we did not feel it was our place to take people's tablets away.

Limiting access to means is one of the best-evidenced ways to prevent suicide. But doing it for
medicines at home needs several organisations to act together, quickly, and in a way that the person
does not experience as being punished or having control taken away at the worst moment of their life.

Safer Supplies started as a pilot in one locality in 2022 and covered the whole trust area from April
2023. It has four parts. First, when the crisis team takes someone on, we do a 'medicines at home'
conversation with the person, and where they are willing, a family member, and we offer to take away
any medicines they no longer need, using a sealed returns bag that goes to the community pharmacy.
Second, the same day, we send a Safer Supplies notice to the GP practice through a secure email, asking
for prescriptions of high-risk medicines to be limited to seven days at a time while the person is on
our caseload, and listing the medicines we are worried about. Third, the GP practice adds a note to the
prescription so that the community pharmacy dispenses weekly, and the pharmacy is paid for the extra
work through a local enhanced service that the LPC negotiated. Fourth, when the person is discharged
from the crisis team, we send a second notice to say whether weekly dispensing should continue, and for
how long, so that people are not left on weekly supplies for ever without anyone reviewing it.

We learned quickly that this only works if the person understands and agrees. In the first weeks of the
pilot, a woman in her forties told our nurse that she felt she had been 'treated like a child' when her
GP refused to give her more than a week of her tablets without explaining why. That was our failure, not
the GP's: we had sent the notice without talking to her about it. Since then, the notice is only sent
after a conversation, and the person can see what it says. Fewer than one in twenty people have said no.

We also learned that family members are often holding the medicines already, or want to but do not know
if they are allowed. The crisis team now offers families a short conversation and a lockable box for the
home, which Dunstall Mind supplies from a small charitable grant.
"""),
        ("evidence", None, """
We have compared people on the crisis team caseload in 2021/22, before the scheme, with people on the
caseload in 2023/24, when it covered the whole area. Both years had a similar number of people, around
2,300, and similar levels of assessed risk. The figures come from the crisis team's records, the
emergency department's self-harm data shared by the acute trust, and the GP federation's prescribing
searches.

<<Q:Emergency department attendances for overdose of prescribed medicines by people on the crisis team
caseload fell from 212 in 2021/22 to 131 in 2023/24.>> <<Q:Among people assessed as high risk, the share
who had more than 28 days' supply of an antidepressant, opioid or sedative issued to them while on our
caseload went down from 41% to 9%.>> <<Q:The time from our assessment to the GP practice changing the
prescription fell from a median of nine days, where it happened at all, to one working day.>>

The crisis team collected 1,740 returns bags of unwanted medicines from people's homes over the two
years. Community pharmacies have provided weekly dispensing for 1,126 people under the scheme.

We are careful about what we claim. Suicide is rare enough in any one year that we cannot show a change
in deaths, and other things changed over this period, including a new crisis café. But overdoses with
prescribed medicines were the thing we set out to change, and they have come down.

<<Q:We also checked what happened at the end: in 2021/22 our audit found that almost a third of people who
had been put on weekly dispensing were still on it a year later with no review, and in 2023/24, after we
added the discharge notice, it was 6%.>>
"""),
        ("stakeholders", None, """
<<P:The scheme was shaped from the beginning by Dunstall Mind's lived experience group, eight people who
have been in suicidal crisis themselves or have lost someone, and they met with us five times over the
pilot year.>> <<P:They were the ones who told us that a letter about 'restricting access to means' would
terrify people, and they rewrote the leaflet, which is now called 'Keeping safe with your medicines' and
is written in the first person.>> <<P:Two of the group, a man whose brother died after an overdose of his
own prescribed tablets and a woman who has used the crisis team several times, also came to our team
training and told staff what it had felt like to be asked about medicines well and badly.>>

<<PS:Dunstall Mind's peer support worker, who has her own experience of crisis and works alongside our
team, helped design the 'medicines at home' conversation and suggested offering the lockable box, after
she found that most families she met were hiding tablets in the kitchen with nowhere to lock them.>>

<<S:Community pharmacists, through the LPC, tested weekly dispensing in six pharmacies before it was
rolled out, and asked for the notice to include a named crisis team contact so they could ring if a
person did not collect.>> <<S:GPs on the federation's mental health group reviewed the notice and asked
for the list of medicines to be ranked by risk, so that a busy doctor can act on the top two without
reading the whole thing.>> <<S:Crisis team nurses and support workers changed the way the conversation is
recorded, after they found that our first form took fifteen minutes and was being skipped at night.>>
<<S:Practice pharmacists in the federation now run a monthly search for anyone with a Safer Supplies note
that has not been reviewed, which they proposed themselves when they saw the first audit.>>
"""),
        ("value", None, """
The costs are modest. The local enhanced service pays pharmacies a small fee for each week of weekly
dispensing, which came to around £48,000 across the area last year. The lockable boxes cost £14 each and
the returns bags are supplied free by the pharmacy wholesaler. The rest of the work is done within the
time of the crisis team, the GP practices and the pharmacies.

Against that, a single attendance at the emergency department after an overdose costs several hundred
pounds before any admission, and a paracetamol overdose needing treatment can mean a day or more on a
medical ward. The human cost of a death, and of the damage to the liver or kidneys that many survivors
are left with, is of a different order.

For staff, the change has been that they now have something practical to do when they are worried,
rather than simply recording the risk. Crisis nurses tell me that the conversation about medicines has
become one of the most useful parts of the first visit, because it opens up a talk about safety that
feels concrete. GPs say they are glad to have clear, timely information and a named person to call.

People who have used the crisis team tell us, through Dunstall Mind, that being asked about their
medicines in a kind and straightforward way made them feel cared for rather than watched.
"""),
        ("spread", None, """
The integrated care board has asked us to extend Safer Supplies to the community mental health teams
and to the liaison psychiatry team at the acute hospital, so that it covers people who are seen after an
overdose and not taken on by the crisis team. That work started in January 2025. The leaflet and the
notice have been shared with the other mental health trusts in the region through the regional suicide
prevention network, and the LPC's enhanced service specification has been adopted by a neighbouring
ICB. We have written the scheme up for a pharmacy journal and presented it at the national mental health
pharmacy conference.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I470  sexual safety on mental health wards - docx - numbered questions -
#       lead nurse for women's mental health, careful - mental health trust
#       with police and a rape and sexual abuse support centre - women
#       inpatients, a survivor and staff involved - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I470", format="docx", layout="numbered_questions", topic="sexual_safety_mental_health_wards",
    project="independent30-safewards-sexualsafety-470", docx_font="Calibri",
    title="Safe to Say: improving sexual safety on our mental health wards",
    cover=[
        "Holmebridge Mental Health NHS Trust (lead organisation)",
        "Partners: Westerleigh Constabulary; Westerleigh Rape and Sexual Abuse Support Centre",
        "Prepared by the Lead Nurse for Women's Mental Health and the Head of Safeguarding",
    ],
    primary_entrant=dict(name="Holmebridge Mental Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Westerleigh Constabulary", type="emergency_service"),
        dict(name="Westerleigh Rape and Sexual Abuse Support Centre", type="charity"),
    ],
    sections=[
        ("context", "1. Why was the partnership needed and what were its patient safety goals?", """
People on mental health wards are often at their most vulnerable. Some are very unwell and may not be
able to protect themselves or may act in ways they would not normally. Many have experienced sexual abuse
or violence in the past. National reports have shown that sexual harassment and assault on mental health
wards are more common than most people would like to think, and that they are under-reported, by
patients and by staff.

At Holmebridge we have nine adult inpatient wards, three of them mixed-sex. In 2022 two women reported
being sexually assaulted on our wards by other patients. In both cases the police were called, but the
women told us later that they waited hours to be seen, that they had to tell their story several times,
and that nobody offered them specialist support. One of the investigations also found that a nurse had
heard about sexual comments being made to the woman on the previous days but had not recorded them,
because it was seen as 'part of the ward'. When we asked staff, many said they did not know what
counted as a sexual safety incident or how to report it, and that they were worried about getting the
police involved for someone who was unwell.

We formed the partnership with Westerleigh Constabulary and the Westerleigh Rape and Sexual Abuse
Support Centre in early 2023. Our goals were that every patient is asked about sexual safety on
admission and during their stay; that every concern, from comments to assault, is recorded and acted on;
that anyone who is assaulted gets a quick, consistent response from the police and specialist support
from an independent sexual violence adviser (ISVA); and that the layout and routines of our mixed wards
are made safer.
"""),
        ("evidence", "2. What evidence is there of improvement as a direct result of the partnership?", """
Because we wanted people to report more, we expected some numbers to go up, and they did.

<<Q:Sexual safety incidents recorded on our wards rose from 58 in 2022 to 141 in 2024, mostly because
comments and unwanted touching are now being reported, which they were not before.>> <<Q:At the same time
the number of reported sexual assaults fell from 9 in 2022 to 4 in 2024.>>

<<Q:The time from a report of a sexual assault on a ward to a police officer attending went down from an
average of five and a half hours to under ninety minutes.>> <<Q:Patients who reported a sexual assault and
were offered an ISVA within 48 hours went from none in 2022 to all of them since the autumn of 2023.>>

<<Q:In the ward sexual safety survey, women who said they felt safe from sexual harassment on our mixed
wards increased from 47% in the first round in 2023 to 78% in 2024.>> The sexual safety question is now
asked on admission in 88% of cases, according to our latest record audit.
"""),
        ("spread", "3. How have the achievements been applied elsewhere and best practice shared?", """
The sexual safety standard and the police response agreement are now used on our learning disability
and older adult wards. We shared the work at the regional mental health nursing directors' forum, and
two other mental health trusts in the police force area have signed the same agreement with the
Constabulary. The support centre has developed a version of its staff training for the local acute
hospital's emergency department.
"""),
        ("stakeholders", "4. How were patients and staff involved?", """
<<P:We held four listening groups with women on our wards, supported by ISVAs from the support centre,
and the women told us that the corridors to the bathrooms at night were where they felt least safe.>>
<<P:As a result, women on the mixed wards chose to have their bedrooms moved to one end of each ward, next
to a women-only lounge, and they helped choose the furniture and the name of the lounge on two of the
wards.>> <<P:A woman who had been assaulted on one of our wards in 2022 agreed to be part of the project
group, and she wrote the short script that nurses now use when they ask about sexual safety on
admission.>>

<<S:Nurses and healthcare assistants told us they did not know what to record, so a group of them worked
with our safeguarding team to write the 'what counts' card, with real examples from the wards.>>
<<S:Police sexual offences officers and our ward managers agreed the response protocol together, and the
officers changed their process so that a specially trained officer, not the first available patrol,
attends a ward.>> <<S:ISVAs from the support centre co-facilitate the staff training with our nurses,
and they reshaped it after the first sessions so that it spends more time on how to respond when a
patient discloses past abuse.>>

Every patient is given a leaflet about sexual safety on admission, and the sexual safety standard is
displayed on every ward.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I471  surgical instrument trays - pdf - form table - PRIVATE sterile
#       services company is the primary entrant, with the acute trust's
#       theatres as partner (ineligible) - account and quality director,
#       businesslike - staff involved - no patient involvement (patients as
#       beneficiaries, none asked, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I471", format="pdf", layout="form_table", topic="surgical_instrument_tray_decontamination",
    project="independent30-righttray-471", pdf_font="LiberationSans",
    title="Right Tray, Every Time: cutting instrument errors between the sterile services unit and the operating theatre",
    cover_table=[
        ("Entry title", "Right Tray, Every Time: cutting instrument errors between the sterile services unit and the operating theatre"),
        ("Primary entrant", "ClearCycle Sterile Services Ltd"),
        ("Partner organisation", "Penhallow Hospitals NHS Trust (Theatres and Day Surgery)"),
        ("Contact", "Quality and Regulatory Director, ClearCycle Sterile Services Ltd"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
    ],
    primary_entrant=dict(name="ClearCycle Sterile Services Ltd", type="private"),
    partners=[
        dict(name="Penhallow Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The context, the service and its patient safety goals", """
ClearCycle Sterile Services Ltd has decontaminated and sterilised surgical instruments for Penhallow
Hospitals NHS Trust since 2019, from our off-site unit eleven miles from the main hospital. We process
around 190,000 instrument trays a year for 16 operating theatres, two day surgery units and the
maternity theatres.

By 2022 both organisations were concerned. Theatre teams were opening trays to find an instrument
missing, the wrong instrument in its place, or an instrument with visible residue from a previous
operation. When this happened during an operation, the patient stayed under anaesthetic for longer while
a replacement was found; when it was found before the start, the operation was often delayed or
cancelled. There were also incidents where a damaged instrument, for example a retractor with a loose
part, was used, and two reports of a fragment left behind that needed a further scan. Each organisation
reported incidents through its own system, so neither had the full picture, and the trust's theatre staff
and our technicians had never met.

In October 2022 we agreed a joint improvement programme with three safety goals: every tray to arrive
complete and correct; no instrument with residue or damage to reach the patient; and faster replacement
when something does go wrong. The work included photographic tray lists for the 300 most used trays, a
shared electronic tracking system so both sides can see each tray's history, a single joint incident
form, a daily call between the theatre coordinator and our shift lead, and an 'urgent replacement'
courier run twice a day.
"""),
        ("evidence", "Evidence of improvement", """
<<Q:Trays reported by theatres as incomplete or containing the wrong instrument fell from 4.1% of trays
in 2022 to 0.9% in 2024.>> <<Q:Trays returned because of visible residue went down from 312 in 2022 to 71
in 2024.>> <<Q:Operations delayed by more than 30 minutes or cancelled on the day because of an instrument
problem fell from 61 in 2022 to 14 in 2024.>> <<Q:The median time to get a replacement instrument to
theatre once requested fell from 3 hours 40 minutes to 1 hour 50 minutes.>>

These figures come from the joint incident form and the tracking system, and are reviewed monthly by a
joint quality group.
"""),
        ("stakeholders", "Involvement of staff and patients", """
<<S:Theatre team leaders and scrub practitioners from orthopaedics, gynaecology and general surgery went
through the tray lists with our technicians and removed instruments that were never used, which made 46
trays smaller and easier to check.>> <<S:Our decontamination technicians asked to see how the instruments
were used, and after spending shifts in theatre they proposed the photographic tray lists, which show each
instrument in its place.>> <<S:The trust's theatre coordinators and our shift leads designed the daily
call together and decided it should take no more than ten minutes.>> <<S:Scrub nurses told us that residue
was often found in hinged instruments, and a joint group of nurses and technicians changed the way these
are opened and brushed before washing.>>

Patients benefit from fewer delays and less time under anaesthetic. We have not asked patients for their
views on this work, as it mostly happens behind the scenes, but we would like to include a patient
representative on the joint quality group in future.
"""),
        ("value", "Impact on experience and value for money", """
A cancelled operation on the day costs the trust several thousand pounds in lost theatre time. The
reduction in cancellations and delays has released theatre time, and fewer replacement runs are needed.
The photographic tray lists and the tracking system licences were paid for by ClearCycle, around £85,000,
as part of the contract renewal.

Theatre staff say they trust the trays again, and our technicians say they feel part of the surgical team.
"""),
        ("spread", "Spread and sharing", """
The photographic tray lists and the joint incident form are now used with our two other NHS customers.
We have presented the work at the Institute of Decontamination Sciences conference and shared the tray
review method with the regional theatres network.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I472  smoking and fires on mental health wards - docx - style headings -
#       head of inpatient nursing, matter-of-fact - departments of ONE
#       mental health trust (inpatient wards, estates, pharmacy, tobacco
#       dependence team, health and safety), no partner organisation
#       (ineligible) - patients and staff involved - no quantitative
#       evidence (counts, a single audit figure, fires with no comparison)
# ---------------------------------------------------------------------------
entry(
    id="I472", format="docx", layout="style_headings", topic="smoking_fires_mental_health_wards",
    project="independent30-smokefreesafe-472", docx_font="Calibri",
    title="Smoke-Free and Fire-Safe: supporting people to stop smoking on our mental health wards",
    cover=[
        "Amberley Vale Mental Health NHS Foundation Trust",
        "A joint project of Inpatient Nursing, Estates and Facilities, Pharmacy, the Tobacco Dependence Team and Health and Safety",
        "Lead: Head of Inpatient Nursing",
    ],
    primary_entrant=dict(name="Amberley Vale Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Amberley Vale Mental Health NHS Foundation Trust has 11 inpatient wards across two hospitals. Our sites
became smoke-free in 2018, in line with national guidance. In practice, many patients kept smoking. They
smoked in their bedrooms, in bathrooms and in the garden, using lighters and matches that were brought in
or made from batteries and wire. Staff spent a lot of time searching for lighters and dealing with
arguments about smoking, which often led to aggression. Patients who stopped smoking suddenly on
admission sometimes had changes in the levels of their medicines, especially clozapine and olanzapine,
because smoking affects how these drugs are broken down, and this was not always picked up.

In 2022 there were several small fires on our wards, and one larger fire in a bedroom on Elm Ward that
filled the corridor with smoke and meant the ward had to be evacuated at night. A patient was treated
for smoke inhalation. The investigation found that the patient had been refused nicotine replacement
because it had not been prescribed on admission, and that the fire alarm in the bedroom had been covered
with a plastic bag.

In 2023 the trust started the Smoke-Free and Fire-Safe project, run jointly by inpatient nursing, estates
and facilities, pharmacy, the tobacco dependence team and health and safety. Its main parts are:
nicotine replacement offered within 30 minutes of admission under a nurse-led protocol, with a choice of
patches, inhalators and e-cigarettes supplied by the ward; a tobacco dependence adviser seeing every
smoker within 24 hours; a pharmacy alert when a patient on clozapine or olanzapine stops or starts
smoking; fire-resistant bedding and tamper alarms on smoke detectors; and a consistent approach to
lighters, with amnesty boxes at each ward entrance.
"""),
        ("evidence", "Results", """
Since the project started in April 2023, 1,340 patients have been offered nicotine replacement on
admission, and the tobacco dependence team has seen 1,012 patients on the wards. The wards have given
out 6,800 e-cigarette refills.

In an audit of 60 admissions in February 2024, nicotine replacement was offered within 30 minutes in 51.
The pharmacy alert has been triggered 214 times, and in each case the ward pharmacist reviewed the
patient's medicines.

There were three fires on the wards in 2023/24, all small and put out by staff. There was no evacuation
of a ward in the year. We are working with the health and safety team to get comparable figures for
earlier years, as fires were not recorded consistently before 2023.
"""),
        ("stakeholders", "Involvement", """
<<P:Patients on Elm and Beech wards told us in community meetings that patches alone did not help with the
craving and the boredom, and that they wanted e-cigarettes, which led the trust to change its policy to
allow them.>> <<P:A patient involvement group of six people with experience of being on our wards tested
the different e-cigarettes and chose the two that are now stocked, and they also wrote the 'stopping
smoking on the ward' leaflet.>>

<<S:Nurses on the night shift said that the worst time for cravings was late evening, when the garden was
locked, and so the tobacco dependence advisers moved one of their shifts to the evening.>> <<S:Ward
pharmacists and the trust's clozapine clinic designed the smoking status alert together and tested it on
two wards before it went live.>> <<S:Estates staff and ward managers walked every ward to decide where the
amnesty boxes and tamper alarms should go.>>
"""),
        ("value", "Value", """
Nicotine replacement and e-cigarettes cost the trust around £42,000 a year. Fire-resistant bedding and
tamper alarms cost £61,000 as a one-off. A single ward evacuation at night puts patients at risk, means
moving very unwell people in the dark and can close a ward for days. Staff say there are fewer
arguments about smoking and more time to spend with patients.
"""),
        ("spread", "Spread", """
The nurse-led protocol and the pharmacy alert are being introduced in our community mental health teams
for people who are trying to stop smoking at home. We have shared the e-cigarette policy with the
regional tobacco dependence network.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I473  secure transport of detained patients - pdf - bullet lists - PRIVATE
#       secure patient transport company is the primary entrant, with the
#       mental health trust and the ICB as partners (ineligible) - managing
#       director, upbeat - people with lived experience involved - no staff
#       involvement (crews trained, ward staff told, a crew survey that
#       changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I473", format="pdf", layout="bullet_lists", topic="secure_transport_detained_patients",
    project="independent30-dignifiedjourneys-473", pdf_font="LiberationSans", pdf_align="L",
    title="Dignified Journeys: safer and calmer secure transport for people detained under the Mental Health Act",
    cover=[
        "Submitted by Sentinel Secure Care Transport Ltd",
        "In partnership with Selcombe and Varley Mental Health NHS Trust and NHS Selcombe and Varley Integrated Care Board",
        "Contact: Managing Director, Sentinel Secure Care Transport Ltd",
    ],
    primary_entrant=dict(name="Sentinel Secure Care Transport Ltd", type="private"),
    partners=[
        dict(name="Selcombe and Varley Mental Health NHS Trust", type="nhs_trust"),
        dict(name="NHS Selcombe and Varley Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Why we did this", """
Sentinel has provided secure transport for Selcombe and Varley Mental Health NHS Trust since 2020. We
move people who are detained under the Mental Health Act between hospitals, from emergency departments
and places of safety to wards, and to beds out of the area when there is no bed locally. Some journeys
are over 200 miles.

What we saw in 2022:

- crews often arrived to collect someone with no information about their risks, their physical health or their medicines

- people were travelling for hours without their medicines, and some arrived at a new hospital without any record of what they had been given

- handcuffs and other restraint were used more than they needed to be, because crews did not know the person and were worried

- people were not told where they were going or how long it would take, which made them more frightened and more likely to become distressed

- in November 2022 a young woman on a five-hour journey to an out-of-area bed became very distressed, was restrained in the vehicle, and was later found to have a dislocated shoulder

What Dignified Journeys does, since May 2023:

- the ward or emergency department fills in a one-page 'journey plan' before the booking is accepted, covering risks, physical health, medicines to be given on the way and what helps the person stay calm

- a mental health nurse from the trust travels with the person on every journey over two hours

- medicines and a copy of the prescription chart travel in a sealed bag that is signed over at each end

- restraint in the vehicle is only used as a last resort, and any use is reviewed jointly by the trust and Sentinel within a week

- the ICB pays for the nurse escort and the extra planning time
"""),
        ("evidence", "Results", """
We compared May 2022 to April 2023 with May 2023 to April 2024.

- <<Q:journeys where any restraint was used fell from 18% to 6%>>

- <<Q:journeys where the receiving hospital said medicines and records arrived complete went up from 52% to 94%>>

- <<Q:incidents during journeys, including injuries, absconding attempts and assaults on crew, fell from 37 to 12>>

- Sentinel carried out 1,460 journeys for the trust in the second year
"""),
        ("stakeholders", "Who was involved", """
- <<P:the trust's lived experience network put us in touch with five people who had been transported by secure vehicle, and they told us the worst part was not knowing where they were going or why>>

- <<P:they wrote the 'about your journey' card that crews now give to every person, which says where they are going, how long it will take and when there will be a stop>>

- <<P:one of the group, a man who had been handcuffed for a three-hour journey in 2021, suggested the 'what helps me' box on the journey plan, and asked that music be allowed in the vehicle, which it now is>>

- all 64 of our crew members were trained in de-escalation and the new journey plan

- ward staff were told about the journey plan through the trust's bed management bulletin

- we asked crews for feedback after six months and most were happy with the changes, so nothing was altered

- we plan to involve crew members and ward nurses in the annual review of the journey plan
"""),
        ("value", "Value", """
- the nurse escort costs the ICB about £190,000 a year

- fewer injuries and incidents mean fewer investigations and less time off for crews

- people arrive calmer, so admission to the new ward goes more smoothly

- families have told us they are reassured that their relative is being treated with dignity
"""),
        ("spread", "Spread", """
- the journey plan has been adopted by the trust's two neighbouring mental health trusts for their secure transport bookings

- we have introduced the 'about your journey' card across all our contracts

- the ICB has shared the model through the regional mental health provider collaborative
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I474  alerts for people with a difficult airway - docx - form table -
#       consultant anaesthetist, brief and precise - acute trust with a GP
#       federation and an ambulance service - patients and staff involved -
#       NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I474", format="docx", layout="form_table", topic="difficult_airway_alerts",
    project="independent30-airwayalert-474", docx_font="Calibri",
    title="Know Before You Go to Sleep: sharing difficult airway alerts beyond the hospital",
    cover_table=[
        ("Title of entry", "Know Before You Go to Sleep: sharing difficult airway alerts beyond the hospital"),
        ("Lead organisation", "Easterby Royal Hospital NHS Trust, Department of Anaesthesia"),
        ("Partner organisations", "Easterby and Thorne GP Federation; Mercombe Ambulance Service NHS Trust"),
        ("Name and role of entrant", "Dr Owen Pryce, Consultant Anaesthetist and Airway Lead"),
    ],
    primary_entrant=dict(name="Easterby Royal Hospital NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Easterby and Thorne GP Federation", type="primary_care"),
        dict(name="Mercombe Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its patient safety goals.", """
A small number of patients are very difficult to intubate or to ventilate with a face mask. When this is
found during an anaesthetic, it is often after a frightening few minutes in which the patient's oxygen
level falls. The most important thing we can do for that patient is to make sure that the next
anaesthetist, or the next paramedic, knows before they start, so that they can plan, use different
equipment and have senior help there.

National guidance says that the patient should be given a letter and that their GP should be told. In
Easterby, an audit in 2022 found that this rarely happened in a way that helped. Letters were dictated
weeks later, went into the GP record as a scanned document and were never coded, so they did not show up
on the summary care record. Patients were often not told in a way they understood. When these patients
came back for another operation at our hospital or elsewhere, or needed an ambulance, nobody knew. In
2022 we had two cases where a patient with a known difficult airway from a previous anaesthetic was
anaesthetised again without the previous problem being known; one needed an emergency front of neck
airway.

From 2023, when an anaesthetist finds a difficult airway, they complete a short electronic alert before
the patient leaves recovery. The patient is seen by the anaesthetist or an airway nurse before going
home and is given a wallet card and letter. The alert goes directly to the GP practice as a coded entry
that shows on the summary care record, and the ambulance service adds a flag to the patient's address on
its dispatch system, with consent.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
<<Q:The proportion of patients with a difficult airway whose GP record carried a coded alert within two
weeks rose from 14% in the 2022 audit to 93% in 2024.>> <<Q:Patients who said they had been told about
their difficult airway and understood what it meant went up from 31% to 90%.>> <<Q:Repeat anaesthetics in
patients with a known difficult airway where the anaesthetist did not know about it beforehand fell from
six in 2022 to none in 2024.>>

148 airway alerts have been issued since the start. The ambulance service has flagged 131 addresses.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Eight patients who had had a difficult airway met with us and told us they had been given a letter full
of jargon that they did not understand or had thrown away.>> <<P:They designed the wallet card, chose to
have 'tell the anaesthetist or paramedic' in large letters on the front, and asked for a QR code linking to
a short video explaining what happened to them.>>

<<S:GP practice managers and a GP from the federation worked with our digital team to agree the clinical
code and the wording of the alert, and tested it in five practices before it went live.>> <<S:Paramedics
and the ambulance service's dispatch team told us that an address flag was more useful to them than the
summary care record, which they cannot always see on scene, so the address flag was added.>> <<S:Recovery
nurses asked for the alert to be part of their discharge checklist so that no patient leaves without a
card, and this was changed in the first month.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The alert and the coded entry use existing systems. The wallet cards cost a few pence each. The main cost
was around 60 hours of anaesthetist and airway nurse time to set up the process. A single unanticipated
difficult airway can lead to brain injury or death, and to a very large claim. Anaesthetists say they feel
far safer when they know in advance, and patients tell us they are relieved to understand what happened.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I475  opioids to take home after surgery - pdf - two column - primary care
#       network clinical pharmacist lead, practical - PCN with the acute
#       trust's surgical and pharmacy teams and the LPC - staff involved - no
#       patient involvement (leaflets, letters, a survey that changed
#       nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I475", format="pdf", layout="two_column", topic="post_surgery_opioid_discharge",
    project="independent30-endofthesupply-475", pdf_font="LiberationSerif",
    title="Taper, Stop, Return: safer opioids after surgery between hospital, practice and pharmacy",
    cover=[
        "Kestonbury Central Primary Care Network (lead), with Kestonbury General Hospital NHS Trust (Surgical Division and Pharmacy) and Kestonbury Local Pharmaceutical Committee",
        "Entry by the PCN Lead Clinical Pharmacist",
    ],
    primary_entrant=dict(name="Kestonbury Central Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Kestonbury General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Kestonbury Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why we needed to work together", """
Many people go home after an operation with strong painkillers such as oxycodone, morphine or codeine.
For most, these are needed for a few days. But in our PCN we kept finding patients who had been
discharged with two or three weeks of oxycodone after a routine operation, then asked their GP for more,
and were still on opioids months later. Some became dependent. Some were older people who fell or
became confused. Unused tablets were left in bathroom cabinets, where they could be taken by someone
else.

When our clinical pharmacists searched the records of the PCN's nine practices in 2022, they found
patients who had started an opioid after surgery at Kestonbury General and were still taking it three
months later. The hospital's discharge letters rarely said how long the opioid should be taken for, or
when it should stop, so the GP had no plan to follow. Community pharmacies had no way to give advice
about returning unused tablets.

Nobody was doing anything unusual. Surgeons and junior doctors were prescribing the default quantity
on the hospital system, which was a month's supply for most opioids, because it saved patients coming
back for more. GPs, seeing a hospital prescription with no end date, assumed it should carry on. Each
step made sense on its own, but together they left people on strong painkillers for far longer than
anyone intended.

From 2023 we agreed four changes. The hospital's discharge prescribing tool now defaults to a maximum of
five days of an opioid after most operations, with a reducing plan printed on the discharge letter. Every
patient sent home with an opioid is flagged to their practice, and a PCN pharmacist calls them at day 7.
Community pharmacies give an opioid safety leaflet and a returns bag with the supply. And surgeons and
PCN pharmacists meet every quarter to look at the data.
"""),
        ("evidence", "What has improved", """
We compared patients discharged from Kestonbury General to our practices in 2022 (1,210 patients with an
opioid) and in 2024 (1,164 patients).

<<Q:Patients discharged with more than seven days of opioid fell from 48% to 9%.>> <<Q:Patients still
taking an opioid 90 days after surgery fell from 11.4% to 4.8%.>> <<Q:Repeat opioid prescriptions issued by
GPs within six weeks of surgery dropped by about two thirds.>> <<Q:Discharge letters with a clear stop date
rose from 12% to 87%.>>
"""),
        ("stakeholders", "People involved", """
<<S:Surgical registrars and ward pharmacists tested the new discharge prescribing defaults for two months
on the orthopaedic and general surgery wards, and asked for exceptions for major abdominal surgery, which
were added.>> <<S:Community pharmacists, through the LPC, wrote the returns bag label and suggested that
the day 7 call should remind patients to bring tablets back.>> <<S:GPs in the PCN asked for the reducing
plan to be at the top of the discharge letter, not on page three.>>

Patients were given the new leaflet and a letter from their practice. We sent a survey to patients after
their day 7 call and most said it was helpful, so we did not change it. We plan to ask patients to help
us improve the leaflet next year.
"""),
        ("value", "Value", """
The day 7 calls take about ten minutes each and are done within existing PCN pharmacist time. Fewer
repeat prescriptions have saved around £22,000 a year in drug costs. Fewer patients are dependent on
opioids or at risk of falls and overdose, and fewer unused tablets are left in homes. GP appointments
that used to be taken up with requests for more painkillers after surgery are now free for other
patients.
"""),
        ("spread", "Spread", """
The other two PCNs in Kestonbury joined in 2024. The hospital has applied the five-day default to its
emergency department and gynaecology wards. We presented the work at the regional medicines safety
network.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I476  patients absent without leave from mental health wards - docx - no
#       headings - inpatient matron, chatty, first person plural - mental
#       health trust with police and the council's AMHP service - staff
#       involved - no patient involvement (patients told, a questionnaire
#       that changed nothing, a plan) - no quantitative evidence (counts,
#       single figures, not enough data yet)
# ---------------------------------------------------------------------------
entry(
    id="I476", format="docx", layout="no_headings", topic="awol_mental_health_inpatients",
    project="independent30-findingfast-476", docx_font="Georgia",
    title="Finding Fast: a shared response when a detained patient goes missing from our wards",
    cover=[
        "Burrowdale Mental Health NHS Trust, with Northfen Police and Burrowdale City Council (Approved Mental Health Professional Service)",
        "Written by the Matron for Adult Acute Inpatient Services",
    ],
    primary_entrant=dict(name="Burrowdale Mental Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Northfen Police", type="emergency_service"),
        dict(name="Burrowdale City Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
Anyone who has worked on an acute mental health ward knows the feeling when someone does not come back
from leave, or slips out behind a visitor. If that person is detained under the Mental Health Act, they
are absent without leave, and the hospital has a duty to get them back. More importantly, they are often
very unwell and at risk of harming themselves or, occasionally, others. Most people come back on their
own within a few hours. A few do not, and those are the ones that keep you awake.

Our six acute wards at Millgate Hospital report around two hundred AWOL episodes a year. For a long time
our response depended on who was on shift. Some nurses would ring the police straight away, and others
would wait to see if the person came back. When the police were called, they had to ask the same
questions every time: what does the person look like, what are they wearing, where might they go, who do
they know, what are the risks? Often the nurse on the phone did not know the patient well, there was no
up-to-date photo, and the details were in three different places in the record. The police then had to
decide how urgent it was without a clear picture from us.

Two cases in 2022 made us look at this properly. In one, a man who had been detained a week earlier
went missing from the garden and was found two days later in a railway station in another city, very
unwell and dehydrated. In the other, a young woman did not return from an hour's leave and was found by
police on a bridge. In both reviews, the police said that if they had had a photo and a description of
the places the person might go, they would have found them faster. The council's approved mental health
professionals, who often know patients from the community, had information that would have helped but
nobody had asked them.

So in 2023 we sat down with Northfen Police and the council's AMHP service and agreed a shared approach,
which we called Finding Fast. Every detained patient now has a one-page 'missing person profile' done
within 24 hours of admission, with a recent photo (taken with their consent, or a description if they
say no), clothing, places they are known to go, people they might contact, and their main risks. It is
updated at every ward round. When someone goes missing, the nurse in charge uses a simple three-level
risk tool that we agreed with the police, so we all mean the same thing by 'high risk'. For high risk
cases, the profile is emailed straight to the police control room and the AMHP duty line. When the
person is found, the police bring them back to the ward rather than to a police station, and a 'return
conversation' is held with them within a day to understand why they left.
"""),
        ("evidence", None, """
Finding Fast has been running on all six wards since September 2023. In the first full year, there were
198 AWOL episodes, and a missing person profile was available for 181 of them. Of the 198, 44 were graded
high risk and shared with the police and the AMHP service.

An audit of records in June 2024 found that the profile had been updated at the last ward round in 76%
of cases. Return conversations were recorded after 142 episodes.

We do not yet have a second year of data to compare, and the way AWOL was recorded before 2023 was too
patchy to give us a reliable starting point. The police are working with us to match their missing person
records against ours, so that we can look at how long people were missing before and after the change.
Both of the serious cases that prompted this work were in 2022, and there has been no serious incident
involving a missing detained patient since Finding Fast began, but it is early days.
"""),
        ("stakeholders", None, """
<<S:The ward managers and the police's missing persons coordinator went through twenty real cases
together to build the risk tool, and the police officers pointed out that our idea of high risk was
based on the Mental Health Act rather than on how likely the person was to come to harm, so we changed
it.>> <<S:Healthcare assistants told us that they were the ones who knew what patients wore and where
they liked to go, and asked to be allowed to fill in the profile, which they now do with the named
nurse.>> <<S:Control room staff at Northfen Police asked for the profile to arrive as a single page
rather than a long email, so that it can be passed straight to the officers on patrol.>> <<S:The AMHP
service's team managers suggested adding community contacts, such as the person's care coordinator and
hostel, and these are now on the profile.>>

Patients are told about the profile on admission and asked for consent to the photo. We gave a short
questionnaire to patients about leave and the return conversation, and the answers were mostly positive,
so we did not make any changes. We would like to ask our service user council to help us review the
return conversation next year.
"""),
        ("value", None, """
Most of the work uses time we were already spending, only better. The police tell us that a good profile
saves them hours on each high-risk search, and it means officers can be used for other jobs. For us, it
means fewer nights with a ward short of staff because two nurses are out looking. Finding someone
quickly can be the difference between a short absence and a serious incident.

Staff say they feel much more confident about what to do, and the nurses in charge at night say it is a
relief to have one clear process.
"""),
        ("spread", None, """
We have shared Finding Fast with the trust's psychiatric intensive care unit and forensic wards, and they
started using the profile in 2024. Northfen Police have offered the same risk tool to the other mental
health hospital in the force area. We presented the work at the regional mental health nursing forum.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I477  alcohol withdrawal on acute wards - pdf - CAPS headings - recovery
#       charity hospital services manager, direct - charity with the acute
#       trust and council public health - people in recovery involved - no
#       staff involvement (ward staff trained, junior doctors taught, nurses
#       told, a staff survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I477", format="pdf", layout="caps_headings", topic="alcohol_withdrawal_acute_wards",
    project="independent30-steadyhands-477", pdf_font="DejaVuSans",
    title="STEADY HANDS: safer alcohol withdrawal for patients on the wards of Ormsby Fen General Hospital",
    cover=[
        "LEAD: Open Door Recovery (drug and alcohol charity), Hospital Alcohol Liaison Service",
        "PARTNERS: Ormsby Fen University Hospitals NHS Trust; Ormsby Fen Borough Council (Public Health)",
        "CONTACT: Hospital Services Manager, Open Door Recovery",
    ],
    primary_entrant=dict(name="Open Door Recovery", type="charity"),
    partners=[
        dict(name="Ormsby Fen University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Ormsby Fen Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "WHY WE NEEDED TO ACT", """
On any day, around one in ten adults in a general hospital bed is drinking at harmful levels, and some
are physically dependent on alcohol. When they come into hospital with something else, such as a fall,
a chest infection or a broken leg, and stop drinking suddenly, they can go into withdrawal within a day
or two. Untreated withdrawal can cause seizures, hallucinations and delirium tremens, which can kill.
People who are dependent on alcohol are also at risk of Wernicke's encephalopathy, a brain injury caused
by a lack of thiamine, which is prevented by giving high-dose vitamins into a vein. If it is missed, it
can leave people with permanent memory damage.

Open Door Recovery has run the alcohol liaison service at Ormsby Fen General Hospital since 2019, funded
by the council. In 2022 our workers kept meeting patients on the surgical and orthopaedic wards who had
gone into withdrawal two or three days after admission, because nobody had asked how much they drank. On
the medical wards, withdrawal was usually recognised, but the sedatives used to treat it were given at
fixed doses that were too much for some and too little for others, and intravenous vitamins were often
not given at all. In one case in 2022, a man admitted with a hip fracture had a seizure on the second
night and fell out of bed, fracturing his wrist.

Steady Hands was set up with the trust and the council's public health team in 2023. Every adult
admitted is asked the short AUDIT-C questions by the admitting nurse. Anyone who scores high is seen by
an alcohol liaison worker within 24 hours on weekdays and has a withdrawal score recorded every four
hours. Treatment follows a symptom-triggered chart, so the dose of medicine matches how unwell the person
is, and intravenous thiamine is prescribed automatically when the chart is started. Before they go home,
every patient is offered a direct appointment with our community team.
"""),
        ("evidence", "WHAT HAS IMPROVED", """
We compared the six months before the programme (January to June 2023) with January to June 2024. Data
come from the hospital's electronic record, incident reports and our own case records.

<<Q:Patients with a high AUDIT-C score who received intravenous thiamine rose from 39% to 86%.>>
<<Q:Seizures from alcohol withdrawal in patients on the wards went down from 17 to 6.>> <<Q:Patients who
developed delirium tremens in hospital fell from 11 to 4.>> <<Q:Patients seen by the alcohol liaison
service within 24 hours of admission went up from 28% to 71%.>>

<<Q:Readmissions within 30 days for alcohol-related reasons among people we saw went down from 24% to
17%.>> Over the year, 1,460 patients were seen by the liaison service.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:Members of Open Door's recovery community, people who have been dependent on alcohol and been in
hospital themselves, came to three sessions with us and told us that the worst part was being too
ashamed to say how much they drank when the nurse asked in front of the whole bay.>> <<P:Because of this,
they helped us write a short introduction that nurses now read out before the questions, which explains
why we ask and that the answer is confidential.>> <<P:Two of the group also made a short film about their
own withdrawal in hospital, which is shown at the hospital's induction for new doctors.>> <<P:A woman whose
husband developed Wernicke's encephalopathy after a hospital stay in 2021 read the patient leaflet and
asked us to add a section for families on the warning signs, which is now on the back page.>>

All nursing staff on the adult wards have been trained in the AUDIT-C questions and the withdrawal chart.
Junior doctors were taught about the new chart at their induction. Ward staff were told about the
programme through the trust's weekly bulletin and screensavers. We surveyed ward nurses in 2024 and they
found the chart easy to use, so no changes were made. We plan to set up a group of ward nurses to review
the chart next year.
"""),
        ("value", "VALUE", """
The programme uses the existing liaison service, funded by the council at around £280,000 a year. Each
withdrawal seizure or episode of delirium tremens can add a week or more to a hospital stay and may mean
admission to critical care. Patients who are offered community treatment before they leave are more
likely to stop drinking or cut down.
"""),
        ("spread", "SPREAD", """
The symptom-triggered chart and the thiamine prompt have been adopted by the trust's community hospital.
The council has written the model into the new specification for the alcohol liaison service, and we have
shared the chart with other hospitals in the region through the regional alcohol care team network.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I478  fasting before surgery - pdf (via Word) - style headings - short -
#       university senior lecturer in perioperative practice, academic but
#       plain - university with an acute trust - public contributors
#       involved - no staff involvement (theatre coordinators trained, ward
#       nurses briefed, a staff survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I478", format="pdf", layout="style_headings", topic="preoperative_fasting_times",
    project="independent30-sipsafe-478", render_via="soffice", docx_font="Liberation Sans",
    title="Sip Till Send: shortening unnecessary fasting before surgery",
    cover=[
        "University of Calloway, School of Health Sciences (lead)",
        "In partnership with Calloway and District Hospitals NHS Trust (Surgical Wards and Theatres)",
        "Author: Senior Lecturer in Perioperative Practice",
    ],
    primary_entrant=dict(name="University of Calloway", type="university"),
    partners=[
        dict(name="Calloway and District Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
National guidance says that adults can drink clear fluids until two hours before an anaesthetic, and
eat until six hours before. In practice, many patients are told 'nothing from midnight' and then wait
until the afternoon for their operation. Long fasting causes thirst, headaches, low blood sugar and
dehydration, which increase the risk of post-operative nausea, confusion and acute kidney injury,
particularly in older people and people with diabetes.

In 2022 the university's perioperative research team carried out an audit of 200 elective and
emergency surgical patients at Calloway and District Hospitals, and found that the median time
without fluids before surgery was over eleven hours. The trust asked the university to help. Together we
introduced 'Sip Till Send': patients are encouraged to drink water until the theatre sends for them, in
line with the newer guidance, with a standard instruction in all admission letters, a jug of water and a
'sip till send' card at every bed, and a call from theatre to the ward when the list changes so that
patients who have been delayed can be given a drink.

The audit also showed why the old habits had lasted. Admission letters were printed from templates
that had not been updated for years. Lists were often reordered on the morning of surgery, so a patient
told they would be first could end up last, and nobody went back to tell the ward. Many patients were
afraid that if they drank anything their operation would be cancelled, and some had not even had a
drink of water the evening before. Older patients with dementia, who could not remember or ask, were
often the most dehydrated of all. The project's goals were to bring fasting times for clear fluids close
to the two hours in the guidance, to make sure that no patient went without a drink for longer than
necessary because a list had changed, and to do this without any increase in operations cancelled
because a patient had eaten or drunk too close to the anaesthetic.
"""),
        ("evidence", "Results", """
We repeated the audit in 2024 using the same method, with 200 patients.

<<Q:The median time without fluids before anaesthetic fell from 11.5 hours to 3 hours.>> <<Q:Patients
fasted from fluids for more than six hours went down from 78% to 19%.>> <<Q:Post-operative nausea and
vomiting in recovery fell from 29% to 18%.>>

No operation was cancelled in the 2024 audit because a patient had drunk too recently. Theatre staff
made 312 calls to wards over the audit period when a list changed.
"""),
        ("stakeholders", "Involvement", """
<<P:Three public contributors from the university's patient and public involvement panel, all of whom had
had surgery at the trust, helped design the audit questions and the card, and it was one of them who
came up with the name 'Sip Till Send'.>> <<P:They also rewrote the admission letter instructions, which
they said were confusing because they gave two different times.>>

Theatre coordinators were trained to make the call to the ward. Ward nurses were briefed at their
safety huddles. We surveyed nursing staff after six months and the results were positive, so we did not
change the process. We plan to involve anaesthetists in the next phase.
"""),
        ("value", "Value", """
The cards and letters cost very little. Patients are more comfortable and less likely to feel unwell
after their operation. Avoiding dehydration may reduce kidney injury and length of stay, although we
have not measured this yet. For the university, the project has given students a real example of
improvement work that they can see changing care on the wards where they train.
"""),
        ("spread", "Spread", """
The trust has extended the approach to its day surgery unit and to children's surgery, where the same
principles apply. The audit tool is being used by students on placement in two other trusts, and we
have submitted a paper to a perioperative nursing journal.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I479  mental health calls after the police stopped attending most welfare
#       checks - docx - reordered (results first, then context,
#       stakeholders, spread, value) - police superintendent, plain and
#       direct - police with ambulance service, mental health trust crisis
#       line and a crisis café charity - people with lived experience and
#       staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I479", format="docx", layout="reordered", topic="right_care_right_person_mental_health_calls",
    project="independent30-rightresponder-479", docx_font="Calibri",
    title="The Right Responder: keeping people in mental health crisis safe as police step back from welfare calls",
    cover=[
        "Haverleigh Constabulary (lead)",
        "With: Haverleigh and Coast Ambulance Service NHS Trust; Haverleigh Mental Health NHS Foundation Trust (24/7 Crisis Line and Home Treatment); Harbour Lights Crisis Café (charity)",
        "Written by the Superintendent for Partnerships and Vulnerability",
    ],
    primary_entrant=dict(name="Haverleigh Constabulary", type="emergency_service"),
    partners=[
        dict(name="Haverleigh and Coast Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Haverleigh Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="Harbour Lights Crisis Café", type="charity"),
    ],
    sections=[
        ("evidence", "What has changed: results first", """
We are putting our results first, because the question everyone asked us at the start was whether people
would be left unsafe. We compared the twelve months before the change (October 2022 to September 2023)
with the twelve months after (October 2023 to September 2024).

<<Q:Police officer deployments to mental health 'concern for welfare' calls fell from 6,420 to 2,150,
while deployments where there was a real and immediate risk to life stayed about the same.>> <<Q:The
median time for a person in crisis to speak to a mental health professional after calling 999 or 101
went down from 3 hours 20 minutes to 41 minutes.>> <<Q:Detentions under section 136 of the Mental Health
Act fell from 512 to 371.>>

<<Q:Serious incidents, including deaths and serious self-harm, within 72 hours of a mental health
concern for welfare call that the police did not attend were 4 in the year after, compared with 7 in the
year before, when almost all such calls were attended.>> Each of these was reviewed jointly by all
partners.

The crisis line took 3,870 calls transferred from the police control room, and the crisis café saw 620
people referred by the crisis line.
"""),
        ("context", "Why we needed to change", """
For many years the police have been the service that turns up when nobody else does. In Haverleigh,
before 2023, a large share of calls to our control room were about someone's mental health: a worried
relative, a missed appointment, someone who had not answered the phone, or a mental health service asking
us to check on a patient. Officers would often spend hours with a person in crisis, sometimes in the back
of a police car or at the emergency department, without the skills or the powers to help them, and
sometimes ending in a section 136 detention because there seemed to be no alternative. Meanwhile, the
person in crisis got a uniformed response rather than a health one.

The national Right Care, Right Person approach asks police forces to attend only when there is a real and
immediate risk to life or serious harm, or a crime. Done badly, it could leave people unsafe. We wanted to
do it properly, so we agreed with the ambulance service, the mental health trust and the local crisis
café that we would only step back from each type of call once there was a safe alternative in place.

The main changes were: a mental health practitioner from the trust working in our control room from
midday to midnight, seven days a week; a direct transfer from our call handlers to the trust's 24/7
crisis line; a shared triage tool, so that the police, the ambulance service and the crisis line all
decide in the same way who needs what; a joint review of every case where something went wrong; and a
direct referral route from the crisis line into the crisis café, which is open in the evenings and at
weekends.
"""),
        ("stakeholders", "Who was involved", """
<<P:People with lived experience of mental health crisis, from the crisis café's members' group, met the
project team six times and told us that seeing a police officer at the door had often made things worse,
especially for people who had been detained before.>> <<P:They helped write the words that call handlers
now use when transferring a call to the crisis line, so that the person does not feel passed on or
dismissed, and they tested the script in role-play with our call handlers.>> <<P:A mother whose son died
in 2021, after a welfare check by officers who did not know he had recently been discharged from hospital,
sits on the joint review panel.>>

<<S:Police call handlers and control room supervisors helped build the triage tool, and after the first
month they asked for a simpler version for night shifts, which was produced.>> <<S:Crisis line
practitioners and ambulance clinicians in the emergency operations centre agreed together which calls
should go to a paramedic first, for example where someone has taken an overdose.>> <<S:Frontline officers
raised concerns in staff forums about calls from hospitals about patients who had walked out, and as a
result a separate agreement was written with the acute and mental health trusts for those calls.>>
"""),
        ("spread", "Sharing and spreading", """
The triage tool and the joint review process have been shared with the other forces in the region
through the regional police mental health leads network, and two have adopted them. The ambulance
service is using the same tool in a neighbouring police force area. We have spoken about the work at a
national conference on Right Care, Right Person and at the mental health trust's annual members'
meeting.
"""),
        ("value", "Value", """
The hours released from mental health calls equal about 28 full-time officers a year, who are now
available for other work. The mental health practitioner post in the control room is funded jointly by
the police and the trust. Fewer section 136 detentions mean less time spent by officers and ambulance
crews at the emergency department and the place of safety. Most importantly, people in crisis now
usually get a health response rather than a police one.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I480  the wrong lens implanted in cataract surgery - pdf - with appendix -
#       ophthalmic nurse consultant, methodical - acute trust ophthalmology
#       with the local optical committee and an independent sector eye
#       surgery company as partners - patients and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I480", format="pdf", layout="with_appendix", topic="wrong_intraocular_lens_cataract",
    project="independent30-onelens-480", pdf_font="LiberationSerif", pdf_align="L",
    title="One Eye, One Lens, One Check: preventing the wrong lens being implanted in cataract surgery",
    cover=[
        "Lead entrant: Harrowby Teaching Hospitals NHS Trust, Ophthalmology Directorate",
        "Partners: Harrowby Local Optical Committee; Lumen Eye Centres Ltd (independent sector cataract provider)",
        "Prepared by the Nurse Consultant in Ophthalmology",
    ],
    primary_entrant=dict(name="Harrowby Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Harrowby Local Optical Committee", type="primary_care"),
        dict(name="Lumen Eye Centres Ltd", type="private"),
    ],
    sections=[
        ("context", "The problem", """
Cataract surgery is the most common operation in the NHS. During the operation the cloudy natural lens
is removed and replaced with an artificial intraocular lens. The power of the lens is chosen for each
eye, based on measurements taken beforehand, so that the patient sees clearly afterwards. If the wrong
lens is put in, the patient may be left very short-sighted or long-sighted, and often needs a second
operation to exchange it, which carries its own risks. Implanting the wrong lens is a never event.

In Harrowby, cataract surgery is done by the trust and by Lumen Eye Centres, an independent sector
provider, and the measurements are increasingly done by community optometrists, who refer patients
directly. Between 2020 and 2022 there were three wrong lens never events across the two providers, and a
larger number of near misses. The reviews found the same weak points. Measurements were sometimes taken
on one machine and transcribed by hand onto a form. Patients who were having both eyes done had
measurements for both eyes on the same sheet. The lens was sometimes chosen and fetched from stock before
the team brief, and lists were changed on the day without the lens order being changed. Each provider
had its own forms, and the optometrists used a third.

Our aim was a single, shared process from the optometrist's practice to the operating theatre, used by
all three partners, with as few hand-written steps as possible. The main parts, introduced in 2023, are:
electronic transfer of the measurements from the optometrist or clinic straight into the lens calculation
software, with no transcription; one lens planning form per eye, signed by the surgeon; a 'lens
timeout' in theatre, in which the scrub nurse reads the lens power from the box and the surgeon checks it
against the form and the patient's wristband, before the box is opened; and a rule that no lens is taken
from stock until after the team brief.
"""),
        ("evidence", "Evidence of improvement", """
We compared 2022 with 2024 across both providers, which between them carried out around 14,500 cataract
operations a year.

<<Q:Wrong lens near misses, where the wrong lens was selected but caught before implantation, fell from
38 in 2022 to 9 in 2024.>> <<Q:Measurement transcription errors found at the pre-operative check went down
from 2.3% of patients to 0.2%, because almost all measurements are now transferred electronically.>>
There have been no wrong lens never events since the new process started in March 2023.

<<Q:In observational audits, the lens timeout was carried out fully in 58% of cases in the first month and
in 96% of cases by the end of 2024.>>
"""),
        ("stakeholders", "Who was involved", """
<<P:Patients from the trust's eye clinic patient panel, several of whom have had cataract surgery on both
eyes, reviewed the information given before surgery and told us that they did not realise they should
check which eye was being done and that they were allowed to ask.>> <<P:They wrote the short 'my eye, my
lens' section of the leaflet, which invites patients to confirm the eye and to ask the team whether the
lens has been checked.>> <<P:One patient who had a lens exchange after a never event in 2021 spoke to
staff at our joint training day and helped us write the case study used in the training.>>

<<S:Scrub nurses from the trust and from Lumen designed the lens timeout together, trying it on dummy runs
in both theatres before agreeing the words.>> <<S:Community optometrists, through the Local Optical
Committee, tested the electronic transfer of measurements in eight practices and asked for a message to
confirm that the data had arrived, which was added.>> <<S:Surgeons and biometry technicians agreed the
one-form-per-eye rule after the technicians pointed out that most errors happened when both eyes were
on one sheet.>>
"""),
        ("value", "Value", """
A lens exchange costs the NHS about the same as a second cataract operation, and a never event
investigation takes many hours of staff time. The electronic transfer uses software that both providers
already had, and the LOC paid for the practice link licences. Patients get the vision they expected from
their operation, and staff say the timeout gives them confidence to speak up.
"""),
        ("spread", "Spread", """
The lens timeout and the one-form-per-eye rule have been adopted by Lumen at its other three centres in
the region. The LOC has shared the electronic referral with neighbouring optical committees, and we
presented the work at the regional ophthalmology network and at a national ophthalmic nursing conference.
"""),
    ],
    trailer=[
        ("heading", "Appendix: terms and data sources"),
        ("para", "Intraocular lens: the artificial lens placed in the eye during cataract surgery. Biometry: measurements of the eye used to calculate the lens power. Never event: a serious incident that is wholly preventable because national guidance or safety recommendations provide strong barriers and should have been used."),
        ("para", "Near misses and never events are from the incident reporting systems of Harrowby Teaching Hospitals and Lumen Eye Centres. Transcription errors are from the pre-operative biometry check log. Timeout compliance is from monthly observational audits by theatre practice educators."),
        ("para", "Contact: Nurse Consultant in Ophthalmology, Eye Unit, Harrowby General Hospital, Castle Lane, Harrowby HR4 6PD."),
    ],
    flags=[],
)
