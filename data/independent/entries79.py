"""Seventy-ninth independent evaluation set (I1249..I1264) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing cancer centres, acute and community
trusts, ambulance services, hospices, cancer charities, councils, GP federations, an
integrated care board, a university, a mental health trust and the odd homecare company
send in, in their own voices and at their own length.  The theme of this set is cancer
care: chemotherapy and oral anticancer medicines, neutropenic sepsis and oncology triage
lines, radiotherapy, cancer referrals that go astray, and living with and after cancer.

Topics: oral anticancer medicines left on GP repeat prescriptions after they were stopped
or paused (an acute trust cancer pharmacy with an ICB, a GP federation and a cancer
support network, own headings), 999 calls from people on chemotherapy and the oncology
triage line (an ambulance service, bold headings with a cover table), people on
chemotherapy with a fever who turn up at urgent treatment centres (a community trust,
CAPS headings, no spread section), pacemakers and defibrillators in people having
radiotherapy (an acute trust radiotherapy department with a heart hospital, numbered
questions with cover bullets), late bowel effects of pelvic radiotherapy missed in general
practice (a university lead, two columns), urgent suspected cancer referrals rejected on
the e-referral system and never re-sent (an integrated care board, a form with a cover
table), radiology reports suggesting cancer on scans requested by another team (an
imaging network hosted by an acute trust, a pdf form), spinal cord compression in people
with cancer in their bones living at home (a hospice lead, with appendix), bone health in
people on hormone therapy for breast and prostate cancer (a GP federation, rubric
headings), handling chemotherapy tablets and body fluids safely at home for care workers
and families (a council adult social care team, sections in an unusual order, no evidence
section), cancer injections given at home by a homecare nursing company (a private company
as primary entrant, lists), chemotherapy doses not recalculated after weight loss
(departments of one trust, no partner, style headings), a helpline for people whose
cancer treatment has ended (a cancer charity on its own, no partner, numbered questions),
fever and central lines in children having cancer treatment closer to home (a children's
hospital with shared care units, a pdf made from Word), suicide risk after a cancer
diagnosis (a mental health trust, no headings, long) and the oncology triage line for
people who do not speak English (a community health charity, lists, short).

Build it with

    .venv/bin/python data/independent/build.py --set 79   (writes data/corpus/independent79/)

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
    numbers trained, activity counts (visits, calls, referrals, checks, kits, people
    screened or identified), single figures with no baseline, a zero with no earlier
    figure, figures that did not change, budgets, costs and savings estimates, phone
    numbers, postcodes, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including a sustained shift on an SPC chart described against its earlier level);
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
federations and primary care networks are primary_care; cancer support networks and
patients' groups are patient_group; hospices and cancer and community health charities
are charity; integrated care boards are icb; a university is university (the corpus's
type for it); homecare nursing companies are private).  A department or team of the
entrant's own organisation is not a partner.  Flags are written by hand and build.py
cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1249  oral anticancer medicines left on GP repeat after being stopped or
#        paused - pdf - own headings - cancer pharmacy lead, measured - acute
#        trust with ICB, GP federation and a cancer support network - patients
#        and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1249", format="pdf", layout="own_headings", topic="oral_anticancer_medicines_gp_repeat",
    project="independent79-stoppedmeansstopped-1249", pdf_font="LiberationSans", pdf_align="L",
    title="Stopped Means Stopped: keeping oral anticancer medicines off GP repeat lists",
    cover=[
        "Lead organisation: Harrowmere Teaching Hospitals NHS Foundation Trust (Cancer Pharmacy Service)",
        "Partners: NHS Harrowmere and Wyke Integrated Care Board; Wyke Valley GP Federation; Harrowmere Cancer Support Network",
        "Entry prepared by the Lead Cancer Pharmacist",
    ],
    primary_entrant=dict(name="Harrowmere Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="NHS Harrowmere and Wyke Integrated Care Board", type="icb"),
        dict(name="Wyke Valley GP Federation", type="primary_care"),
        dict(name="Harrowmere Cancer Support Network", type="patient_group"),
    ],
    sections=[
        ("context", "Why this mattered", """
Tablets and capsules now make up a large share of the anticancer treatment we give. Capecitabine,
abiraterone, enzalutamide, the newer targeted drugs for kidney, lung and blood cancers: they are taken at
home, often for months or years, and they are just as capable of causing serious harm as anything given
through a drip. Our cancer centre looks after roughly 1,400 people on oral anticancer medicines at any
one time.

These medicines should only ever be prescribed by the hospital team that is treating the cancer, because
the dose is changed, paused and restarted according to blood results, side effects and scans. In
practice, though, some of them find their way on to GP repeat prescription lists. A hospital letter
mentions the drug, it gets coded into the GP record as a current medicine, and a year later a
prescription is issued that nobody at the hospital knows about.

In 2022 we had three incidents in four months. A man whose capecitabine had been stopped because of
severe diarrhoea was given a fresh supply by his GP practice after he asked for 'his usual tablets'. He
was admitted with dehydration and kidney injury. A woman on a paused targeted therapy restarted it at
the full dose from an old repeat. A third patient had two supplies at once, one from us and one from the
practice, at different strengths.

None of these was anybody being careless. The hospital letter said what had happened, but it said it on
page two of a long clinic letter. The practice pharmacists had no simple way of knowing which drugs on
the list were hospital-only. And patients, understandably, assumed the practice and the hospital talked
to each other.

There was a wider point too. Over the last five years the number of oral anticancer medicines available
has more than doubled, and most of them have complicated schedules: two weeks on and one week off, a
dose reduced after a bad cycle, a pause while a wound heals after surgery, a stop when a scan shows the
cancer has grown. Every one of those changes is a moment when the record in general practice, the
record at the hospital and the tablets in the kitchen cupboard can drift apart. We could improve our own
letters, but we could not reach into 38 GP practices' systems, and we could not reach the patient at
home when a prescription appeared from an unexpected place. That needed the ICB, the federation and the
people on the tablets.
"""),
        ("evidence", "What has changed", """
Stopped Means Stopped has four parts, all running since September 2023. First, every change to an oral
anticancer medicine now generates a short, separate notice from our electronic prescribing system, sent
to the practice the same day, headed in capitals with STOP, PAUSE, RESTART or DOSE CHANGE. Second, the
ICB added all oral anticancer medicines to the 'hospital only' list in the practice prescribing systems,
so that any attempt to add them to repeat brings up a warning. Third, the GP federation's clinical
pharmacists ran a one-off search of every practice in the federation for these drugs on repeat. Fourth,
every patient is given a treatment card that says the tablets only ever come from the hospital.

The search found 211 patients across 38 practices with an oral anticancer medicine on a repeat list.
Each one was reviewed with the hospital team and the entry was corrected or removed.

<<Q:Prescriptions for oral anticancer medicines issued in general practice fell from 96 in the twelve
months before the project to 7 in the twelve months after, and each of the seven was picked up by the
community pharmacy before it was dispensed.>> <<Q:Incidents reported to us involving a supply from two
sources at once, or a supply after a stop, halved between 2022 and 2024, from twelve to six.>>

We also checked whether the STOP notices were being acted on. An audit of 120 notices in the spring of
2024 found that the practice record had been updated within seven days for 113 of them. We had no
earlier audit to compare this with, so we are treating it as our starting point.
"""),
        ("stakeholders", "Who took part", """
<<P:Members of the Harrowmere Cancer Support Network looked at the first version of the treatment card
and said it was too clinical; they rewrote the front in their own words, 'These tablets only come from
the hospital. If anyone else offers you them, ask why.'>> <<P:Two network members who had been on
capecitabine themselves told us that the moment of greatest risk was when tablets were running low and
the hospital pharmacy was closed, so the card now gives the cancer triage line number for exactly that
situation.>>

<<S:Practice pharmacists from the federation tested the STOP notice in six practices and asked us to put
the drug name and the action in the subject line, because that is all they see in the document queue.>>
<<S:Community pharmacists helped design the question they now ask when they receive a GP prescription
for one of these drugs, and suggested the two-line script they use when ringing the practice.>> <<S:The
ICB's medicines optimisation team worked with the system suppliers and our informatics team to build the
'hospital only' warning.>>
"""),
        ("value", "Value for money", """
The work was done within existing roles. The search took the federation's pharmacists about 90 hours in
total. The changes to the prescribing systems were free. Against that, an admission with capecitabine
toxicity is typically a week or more in hospital, sometimes in intensive care, and there is also the cost
of drugs dispensed twice: a single month of some targeted therapies costs several thousand pounds.

Patients tell us the card gives them permission to question a prescription, which many said they would
not otherwise have done.
"""),
        ("spread", "Spread", """
The STOP notice has been adopted by the neighbouring cancer centre, which uses the same electronic
prescribing system, and the 'hospital only' list has been shared with the two other ICBs in the region.
The treatment card wording has been offered to the regional cancer pharmacy group for use across all
its trusts. We have written up the search method so that any GP federation can repeat it in a few
days.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1250  999 calls from people on chemotherapy and the oncology triage line -
#        docx - bold headings with a cover table - ambulance service clinical
#        lead, brisk - ambulance service with two cancer centres - staff
#        involved - NO patient involvement (patients sent a card, a survey
#        after which nothing changed, a plan for a panel)
# ---------------------------------------------------------------------------
entry(
    id="I1250", format="docx", layout="bold_headings", topic="chemotherapy_999_calls_oncology_triage_line",
    project="independent79-onelineonecall-1250", docx_font="Calibri",
    title="One Line, One Call: linking 999 and the oncology triage line for people on chemotherapy",
    cover_table=[
        ("Entry title", "One Line, One Call: linking 999 and the oncology triage line for people on chemotherapy"),
        ("Lead organisation", "Eastmarch Ambulance Service NHS Trust"),
        ("Partners", "Saltley Cross University Hospitals NHS Trust (Acute Oncology); Fenbridge and Wold Hospitals NHS Foundation Trust (Cancer Centre)"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Consultant Paramedic, Clinical Hub"),
    ],
    primary_entrant=dict(name="Eastmarch Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Saltley Cross University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Fenbridge and Wold Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
Everyone having chemotherapy in our region is given the number of a 24-hour oncology triage line and
told to ring it if they feel unwell. Many do. But a good number ring 999 instead, or a relative does,
especially at night, when the person is very unwell, or when they simply cannot find the card.

When that happened, our crews and call handlers usually did not know the person was on chemotherapy
unless they said so. A call about 'feeling shivery and weak' from a 58-year-old might be given a low
priority and a long wait. When a crew did arrive, they had no way of speaking to the oncology team, and
often took the patient to the nearest emergency department rather than the cancer centre's assessment
unit, where the right antibiotics and the patient's notes were.

Our review of 2022 found 41 calls from people who turned out to be on chemotherapy and to have
neutropenic sepsis. In 17 of them the call had been given a category 3 or 4 response. The longest wait
was over five hours. It was clear that the triage line and 999 were two doors into the same house, and
they did not talk to each other.

One case stays with our control room team. In January 2023 a woman rang 999 at 2am because her husband,
who was on chemotherapy for lymphoma, was shivering and confused. She did not mention the chemotherapy;
she was frightened and it did not occur to her. The call was categorised as a category 3 and an
ambulance arrived after three hours and ten minutes. The crew recognised the chemotherapy from the
tablets on the table, but took him to the nearest emergency department, where he waited in a corridor
for a further hour before antibiotics were given. He survived after a week in intensive care.

Neither cancer centre knew about the 999 call until he arrived. The triage line nurse who had spoken to
him the previous afternoon, when he had felt 'a bit off', had told him to ring back if he got a
temperature. He never did. His wife later said she had not known the two numbers were for different
things.
"""),
        ("evidence", "Results", """
Since March 2023, both cancer centres send us a daily list (with consent given at the start of
treatment) of everyone currently on systemic anticancer treatment. A flag is placed on the address in our
computer-aided dispatch system. Any 999 call from a flagged address with fever, shivering or 'feeling
unwell' is moved up to a category 2 response. The call handler also offers a three-way call with the
triage line nurse, who can give advice while the crew is on the way and warns the assessment unit.

Crews now have a direct number for the triage line and can take patients straight to the acute oncology
assessment unit if the nurse agrees.

<<Q:The median time from 999 call to arrival for flagged patients with fever fell from 2 hours 12
minutes in 2022 to 31 minutes in 2024.>> <<Q:The proportion of these patients who received antibiotics
within an hour of arrival at hospital rose from 44% to 81%.>> <<Q:Conveyances of flagged patients to an
emergency department rather than the assessment unit dropped from 62% to 23%.>>

Over 2024, 9,870 patients were on the flag list at some point, and 612 calls came from flagged
addresses.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:Emergency medical dispatchers and clinical hub paramedics worked with the two acute oncology teams
over three workshops to write the questions call handlers ask, and it was the dispatchers who insisted
that 'feeling unwell' had to trigger the upgrade, not only a measured temperature.>> <<S:Triage line
nurses at both centres piloted the three-way call for a month and asked for it to be optional, because
in some calls it slowed things down, so it is offered rather than automatic.>> <<S:Crew members from two
stations tested the direct number and told us it needed to go through to a named nurse, not a general
switchboard, which we arranged.>>

Every patient starting chemotherapy was sent a fridge magnet with both numbers on it. We surveyed 200
patients in the autumn of 2023 about the magnet and most said they liked it, so it stayed as it was. We
intend to set up a patient panel with the cancer centres during 2025.
"""),
        ("value", "Value", """
The flag and the upgrade rule used our existing systems. The main cost is the time of the data teams at
the two cancer centres, about an hour a day between them. Earlier antibiotics in neutropenic sepsis are
known to save lives and shorten hospital stays, and every patient taken to the assessment unit rather
than an emergency department is one fewer corridor wait for a person with no immune defences.

Crews say they feel more confident knowing there is a specialist at the end of the phone.
"""),
        ("spread", "Spread", """
The third cancer centre in our area joins the scheme in spring 2025. We have shared our dispatch rules
with the national ambulance clinical leads group, and two other ambulance services are looking at the
same approach. The cancer alliance has asked us to present at its annual conference.

We have also written up the data-sharing arrangement, which took longest to agree, as a template that
other ambulance services and cancer centres can adapt, including the consent wording used at the start
of treatment and the daily file format.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1251  people on chemotherapy with fever who go to urgent treatment centres
#        - pdf - CAPS headings - community trust UTC matron, conversational -
#        community trust with the acute trust's chemotherapy service and a GP
#        federation - patients (passive voice, pronouns) and staff involved -
#        NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1251", format="pdf", layout="caps_headings", topic="chemotherapy_fever_urgent_treatment_centres",
    project="independent79-nowaitingroom-1251", pdf_font="DejaVuSans", pdf_align="L",
    title="No Waiting Room for Sepsis: people on chemotherapy who come to our urgent treatment centres",
    cover=[
        "Lead entrant: Coldwater Community Health NHS Trust, Urgent Treatment Centres",
        "With: Coldwater and Linby Hospitals NHS Trust (Chemotherapy Day Unit and Acute Oncology Service) and Linby Primary Care Federation",
    ],
    primary_entrant=dict(name="Coldwater Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Coldwater and Linby Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Linby Primary Care Federation", type="primary_care"),
    ],
    sections=[
        ("context", "WHAT WAS GOING WRONG", """
We run three urgent treatment centres, two in market towns and one on the edge of Coldwater. They are
nurse and GP led, open 8am to 10pm, and most of what we see is sprains, cuts, chest infections and
children with a temperature. What we had not really thought about was people on chemotherapy.

Coldwater and Linby's cancer centre gives chemotherapy to people from a wide rural area, and for many
of them our centre is a lot closer than the hospital. So when they feel hot and shaky on a Saturday
afternoon, that is where they come, sometimes told to by a relative, sometimes because they did not
want to 'bother' the triage line. At reception they looked like anyone else. They sat in the waiting
room with everyone else's coughs and colds, and waited their turn.

The wake-up call came in November 2022. A man in his sixties, eight days after his second cycle for
bowel cancer, waited an hour and fifty minutes at our Linby centre before he was seen. He was then
transferred by ambulance to the hospital, where he was found to be neutropenic and septic. He spent four
days in intensive care. When we looked back we found eleven similar attendances that year.

So we sat down with the acute oncology team and the GP federation, whose doctors staff our centres at
weekends, and agreed what needed to change.

Part of the difficulty was that nobody in our centres thought of neutropenic sepsis as 'our' problem. The
urgent treatment centre standards we work to are about minor illness and injury, and our staff rotate
between the three sites, so a nurse might see a chemotherapy patient once a year. The hospital's acute
oncology team, for its part, had assumed that anyone on chemotherapy who felt unwell would ring the
triage line and be brought straight to the assessment unit. Nobody had asked where people actually went.
"""),
        ("evidence", "WHAT DIFFERENCE IT HAS MADE", """
From April 2023:

- reception staff ask every adult 'are you having treatment for cancer?' as part of booking in

- anyone who says yes, or shows the chemotherapy alert card, is seen by a clinician within 15 minutes
and moved to a side room

- the clinician phones the acute oncology service on a dedicated line, takes a finger-prick blood count
using the point-of-care analyser the hospital lent us, and if needed gives the first dose of
antibiotics before transfer

- the ambulance transfer is booked as a time-critical call under an agreement with the ambulance
service's clinical hub

<<Q:The median time from arrival to being seen by a clinician, for people on chemotherapy, went down
from 64 minutes in 2022 to 11 minutes in 2024.>> <<Q:Before the change none of these patients had
antibiotics started before leaving our centres; in 2024, 29 of the 34 who needed them had their first
dose with us.>> <<Q:The time from arriving at our centre to the first antibiotic dose, wherever it was
given, fell from a median of 3 hours 40 minutes to 58 minutes.>>

We have seen 91 people on chemotherapy across the three centres since the scheme began.
"""),
        ("stakeholders", "WHO HELPED SHAPE IT", """
<<S:Our receptionists came up with the booking-in question themselves after a session with the acute
oncology nurses, and they asked for a laminated prompt with the drug names, because patients often say
'I'm on tablets from the hospital' rather than 'chemotherapy'.>> <<S:GPs from the federation who work our
weekend shifts wrote the antibiotic protocol with the hospital's microbiologist, and changed it after
the first two months so that it matched what the hospital gives.>> <<S:Our nurse practitioners tested
the blood count machine for six weeks and set the rule that a result is never allowed to delay the
phone call.>>

<<P:The chemotherapy alert card was redesigned after being tried out by a small group of people part way
through treatment at the day unit.>> <<P:They said the old card was the size of a business card and got
lost in purses, so the new one is on a lanyard and in bright orange, and they chose the wording on the
back: 'I am on chemotherapy. Please do not leave me in the waiting room.'>>
"""),
        ("value", "VALUE", """
The blood count analyser is on loan from the hospital, and the cartridges cost about £4 a test. The
side rooms already existed. Our staff time to set it up was about forty hours. One avoided intensive
care admission pays for many years of the scheme.

Staff say they no longer dread seeing a chemotherapy patient walk in, because they know exactly what to
do and who to ring.

There is a benefit for the ambulance service as well. Because the acute oncology team now knows the
patient is coming and what has been done, the handover at the hospital is short and the patient goes
straight to the assessment unit rather than the emergency department queue. Patients and their families
tell us that being taken straight to a side room made them feel that someone understood how serious it
was.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1252  pacemakers and defibrillators in people having radiotherapy - docx -
#        numbered questions with cover bullets - radiotherapy physics lead,
#        technical - acute trust radiotherapy department with a heart
#        hospital - staff involved - NO patient involvement (patients told,
#        given a leaflet, a future panel) - SPC shift as the measured change
# ---------------------------------------------------------------------------
entry(
    id="I1252", format="docx", layout="numbered_questions", topic="cardiac_devices_radiotherapy",
    project="independent79-devicesafe-1252", docx_font="Arial",
    title="DeviceSafe: managing pacemakers and implantable defibrillators in patients having radiotherapy",
    cover=[
        "Submitted by Larchfield University Hospitals NHS Trust, Department of Radiotherapy and Medical Physics",
    ],
    cover_bullets=[
        "Partner: Brantwood Heart and Chest Hospital NHS Foundation Trust (Cardiac Physiology and Device Clinic)",
        "Clinical lead: Principal Clinical Scientist, Radiotherapy Physics",
        "Project period: January 2023 to December 2024",
    ],
    primary_entrant=dict(name="Larchfield University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Brantwood Heart and Chest Hospital NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What was the patient safety issue?", """
Around one in forty of the people we treat with radiotherapy has a cardiac implantable electronic device,
a pacemaker or an implantable cardioverter defibrillator. Radiation can damage the electronics of these
devices, reset them, or in rare cases cause them to stop pacing or to deliver an unnecessary shock. The
risk depends on the dose the device receives, the energy of the beam and whether the patient depends on
their pacemaker for every heartbeat.

National guidance sets out what should be done: identify every device before planning, estimate the
dose, check the device before, during and after the course, and have a plan if something goes wrong. In
our department this relied on the radiographer at the pre-treatment appointment asking the right
question, on the device clinic at a different hospital answering emails, and on a paper form that often
went missing between the two. Our audit in 2022 found devices identified only at the first treatment in
nine patients, device checks not done in fourteen, and two patients with an ICD treated without the
shock function having been considered at all.

The device clinic is at Brantwood, eleven miles away, and the radiotherapy centre has no cardiac
physiologists of its own. Neither organisation could solve this alone.

The case that brought the two trusts together was a man in his seventies with a pacemaker on which his
heart depended, having radiotherapy for lung cancer close to the device. The device was not identified
until his third treatment, when a radiographer noticed the scar. He had already received a dose that,
on later calculation, was well above the level at which the manufacturer recommends a check. When his
device was finally interrogated at Brantwood it had reset to a back-up mode. He was unharmed, but it
was luck rather than design.

The number of patients with devices is rising every year, as more older people are treated with
radiotherapy and more people live with implanted devices. Newer treatment techniques, such as
stereotactic treatments with very high doses in a few sessions, also make the question of device dose
more pressing.
"""),
        ("evidence", "2. What evidence is there that it has worked?", """
We introduced a shared electronic referral between the two trusts in April 2023. The device is now
identified from the referral form and the planning CT, the physiologist sees the treatment plan and the
estimated device dose through a shared folder, and a risk category is agreed before the first
treatment. High-risk patients are checked in the treatment room by a physiologist who travels to
Larchfield two mornings a week.

We track 'device pathway deviations' (any missing step) on a statistical process control chart.
<<Q:Before April 2023 the chart ran around a mean of 5.8 deviations a month; from June 2023 there has been
a sustained shift, with every month below that line and a new mean of 1.1.>> <<Q:Devices first found at
the treatment appointment rather than at planning went from nine in 2022 to none in 2024.>>

In 2024, 168 patients with a device went through the pathway. 23 were classed as high risk. There was
one device reset, which was detected on the day and reprogrammed before the patient went home.
"""),
        ("spread", "3. How has the approach been shared?", """
The referral form and risk category table have been shared with the other three radiotherapy centres in
the region through the regional radiotherapy network. Brantwood has offered the same arrangement to one
of them. The project was presented at the national radiotherapy physics meeting in November 2024.

We have also written the pathway into both trusts' policies so that it does not depend on the people
who designed it. The device dose calculation is now part of the standard planning checklist, and the
shared folder is audited every quarter by the radiotherapy quality manager.
"""),
        ("value", "4. What is the value of the work?", """
The main cost is the physiologist's two sessions a week at Larchfield, funded equally by both trusts,
around £19,000 a year. A device failure during treatment can mean an emergency transfer to a cardiac
centre, a new device and a delay in cancer treatment. Radiographers no longer spend time chasing emails,
and the patient no longer has to travel to Brantwood for a separate check.
"""),
        ("stakeholders", "5. How were patients and staff involved?", """
<<S:A working group of therapeutic radiographers, dosimetrists, cardiac physiologists and a consultant
cardiologist met monthly for six months and designed the shared referral, and it was the physiologists
who proposed the three risk categories we now use.>> <<S:Treatment radiographers trialled the in-room
check on two machines and asked for the physiologist's bag of equipment to be kept at the console so
that no time is lost looking for it.>> <<S:Dosimetrists suggested adding the device to the planning
system as a named structure, so its dose is calculated automatically, which is now standard.>>

All patients with a device receive a leaflet explaining why the check is needed, and the radiographer
explains the plan at the pre-treatment appointment. Patients were not involved in designing the
pathway. We would like to set up a small group of patients with devices to review the leaflet next
year.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1253  late bowel effects of pelvic radiotherapy missed in general practice
#        - pdf - two columns - university senior lecturer, reflective -
#        university with a cancer centre, a primary care network and a
#        survivors' group - patients and staff involved - NO quantitative
#        evidence (numbers trained, a single figure, dates, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1253", format="pdf", layout="two_column", topic="pelvic_radiotherapy_late_effects_primary_care",
    project="independent79-afterthebeams-1253", pdf_font="LiberationSans",
    title="After the Beams: recognising the late bowel effects of pelvic radiotherapy in general practice",
    cover=[
        "Lead: University of Ashcombe, School of Nursing and Health Sciences",
        "Partners: Ashcombe and Tarn Cancer Centre (Ashcombe Royal Hospitals NHS Trust); Tarnside Primary Care Network; Pelvic Radiotherapy Survivors Ashcombe",
        "Author: Senior Lecturer in Cancer Nursing",
    ],
    primary_entrant=dict(name="University of Ashcombe", type="university"),
    partners=[
        dict(name="Ashcombe Royal Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Tarnside Primary Care Network", type="primary_care"),
        dict(name="Pelvic Radiotherapy Survivors Ashcombe", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
Each year several hundred people in our area have radiotherapy to the pelvis for cancers of the
prostate, cervix, womb, bladder, rectum or anus. Most are cured or live for many years. But a large
number are left with changes to the bowel: urgency, incontinence, bleeding, pain, wind, and sometimes
poor absorption of bile acids or vitamin B12. These problems can start months or even years after
treatment has ended, long after the person has been discharged from regular oncology follow-up.

When someone in that position goes to their GP with rectal bleeding or a change in bowel habit, two
things can go wrong. The symptoms may be put down to 'just the radiotherapy' when they are in fact a new
cancer. Or, much more commonly, they are investigated as though the radiotherapy had never happened,
with repeated scopes, and the treatable causes are missed, leaving people housebound for years. Published accounts from survivors are full of both stories.

Research from our school had already shown that very few GPs in the region felt confident about
radiation late effects. The cancer centre had a consultant gastroenterologist with an interest but no
route in from primary care. The idea was to join these up.

Pelvic radiation disease is, in many ways, an invisible condition. People are embarrassed to talk about
it, often do not connect it to treatment that finished years before, and are frequently told that it is
something they will have to live with. Yet many of the causes can be treated: bile acid malabsorption
responds to medication, bleeding from radiation damage to the rectum can be treated in clinic, and
small changes to diet and medication can make a great difference. The barrier is that the right
questions are rarely asked, and when they are, there has been nowhere obvious to send people.

We were conscious, too, that the people most affected were often those least likely to come forward:
older men who had been treated for prostate cancer a decade ago and had quietly organised their lives
around their bowels, and women treated for cervical cancer in their thirties who had been told at the
time that they were 'cured' and should get on with things.
"""),
        ("evidence", "What we have found so far", """
The pathway went live in Tarnside PCN in May 2024. It has three parts: a code added to the GP record at
the end of pelvic radiotherapy, an alert that prompts a short symptom checklist when one of these
patients attends with bowel symptoms, and a direct referral to a late effects clinic at the cancer
centre, which also decides whether the red flag cancer pathway should be used instead.

By December 2024, 612 patients had been coded across the network's nine practices, and 47 had been
referred to the late effects clinic. 38 GPs, practice nurses and pharmacists attended our teaching
sessions. The clinic's waiting time was four weeks at the end of the year, against a target of three.

It is too early to say whether this has changed outcomes. We are planning a comparison with a
neighbouring network in 2025 and have ethical approval for it.
"""),
        ("stakeholders", "How people were involved", """
<<P:Members of Pelvic Radiotherapy Survivors Ashcombe co-wrote the symptom checklist with us over three
evenings, and insisted that it asked about the things people find hardest to say out loud, such as
soiling at night and planning every journey around a toilet.>> <<P:One member, a retired teacher who had
radiotherapy for cervical cancer in 2011, recorded a short film about her own years of being passed
between clinics, which is now shown at the start of the GP teaching.>>

<<S:GPs and practice nurses from Tarnside tested the alert in two practices and asked us to make it fire
only on bowel-related consultations, because an early version popped up every time and was being
ignored.>> <<S:Radiographers at the cancer centre agreed the wording of the end-of-treatment letter that
triggers the code, and added the treatment site and dates at their suggestion.>>
"""),
        ("value", "Value", """
The clinic uses an existing gastroenterology session. The alert was built by the PCN's digital lead at
no cost. Each person whose bile acid diarrhoea or B12 deficiency is picked up and treated can avoid
several needless investigations. Survivors tell us that being believed is worth a great deal.

For the university, the project has also given our nursing and physician associate students a way into
a part of cancer care that they rarely see on placement. Several students have taken part in the
teaching sessions and one is writing her dissertation on the checklist.
"""),
        ("spread", "Spread", """
Two further networks have asked to join in 2025. The checklist has been shared with the national
charity that supports people with pelvic radiation disease. We are writing up the development of the
pathway for a primary care journal and including it in our undergraduate nursing curriculum.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1254  urgent suspected cancer referrals rejected on the e-referral system
#        and never re-sent - docx - form table - ICB cancer programme
#        manager, formal - ICB with two trusts and a GP federation - staff
#        involved - NO patient involvement (letters, a negation, 'patients
#        benefit') - 'a third fewer' as one of the claims
# ---------------------------------------------------------------------------
entry(
    id="I1254", format="docx", layout="form_table", topic="rejected_urgent_cancer_referrals_ers",
    project="independent79-noreferralleftbehind-1254", docx_font="Calibri",
    title="No Referral Left Behind: closing the loop on returned urgent suspected cancer referrals",
    cover_table=[
        ("Title", "No Referral Left Behind: closing the loop on returned urgent suspected cancer referrals"),
        ("Lead organisation", "NHS Tollbridge and Ouse Valley Integrated Care Board"),
        ("Partner organisations", "Tollbridge General Hospitals NHS Foundation Trust; Ouse Valley Healthcare NHS Trust; Ouseford GP Federation"),
        ("Entrant", "Cancer Programme Manager, on behalf of the partnership"),
    ],
    primary_entrant=dict(name="NHS Tollbridge and Ouse Valley Integrated Care Board", type="icb"),
    partners=[
        dict(name="Tollbridge General Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Ouse Valley Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Ouseford GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Describe the problem your partnership addressed", """
GP practices refer people with suspected cancer to hospital through the national electronic referral
service. Hospitals can return a referral to the practice, for example because a required test result is
missing, the wrong form was used, or the referral should have gone to a different tumour site. When
that happens, the referral disappears from the hospital's list and appears on the practice's worklist
as 'returned'. It then depends on someone in the practice noticing it, reading the reason, and sending
it again.

In 2023 a review by the two trusts found that returned urgent referrals were not always picked up. The
worklist in many practices was checked by an administrator who was not always sure what to do with a
returned cancer referral, or it was checked only weekly. In one practice the worklist had not been
looked at for seven weeks because of staff leave. Across the two trusts, we found 38 patients whose
returned referrals had not been re-sent at all, including a woman whose breast referral was returned
because the wrong form was used and who was not seen for eleven weeks.

The patient was usually unaware. From their point of view, they had been referred and were waiting to
hear.

The reasons for return were often small. A breast referral on the general form rather than the breast
form. A lower gastrointestinal referral without the result of a faecal immunochemical test, which the
hospital's pathway required. A referral to urology that should have gone to gynaecology. Each of these
could have been put right in a few minutes by a phone call, but the system was designed around sending
the referral back and waiting for it to come again.

Both trusts and the federation had each, separately, tried to fix this in the past: reminders in
bulletins, a training video for practice administrators, a weekly email of returned referrals. None of
these had lasted, because none of them changed who was responsible once a referral had been returned.
That required all three organisations and the ICB to agree a single rule.
"""),
        ("evidence", "What evidence do you have that the partnership has improved safety?", """
From September 2023 the partnership introduced three changes. The hospitals no longer return urgent
suspected cancer referrals for administrative reasons; the cancer booking teams phone the practice and
fix the problem themselves while the referral stays live. Where a return is clinically necessary, the
hospital sends a same-day task to a named cancer lead in the practice as well as the worklist entry. And
the GP federation's cancer care coordinators check every practice's worklist for returned cancer
referrals twice a week and chase anything more than two working days old.

<<Q:Returned urgent suspected cancer referrals fell by a third, from an average of 142 a month in the
first half of 2023 to 94 a month in the first half of 2024.>> <<Q:The median time from return to
re-referral went down from 9 days to 2 days.>> <<Q:Returned referrals that had still not been re-sent
after 14 days dropped from 31 in the six months before the change to 2 in the most recent six
months.>>

The coordinators have carried out 4,680 worklist checks since the scheme began.
"""),
        ("stakeholders", "How were patients, service users and staff involved?", """
<<S:Cancer booking clerks at both hospitals told us which reasons for return could be sorted out by a
phone call, and they wrote the list of reasons that now cannot be used to return a referral.>>
<<S:Practice managers from the federation tested the same-day task in eight practices and asked for it
to be sent to a shared practice mailbox as well as the named lead, to cover leave.>> <<S:Cancer care
coordinators suggested the twice-weekly check and designed the spreadsheet they use to record it.>>

No patients were involved in the design of the changes, which concerned processes behind the scenes.
Patients whose referrals had been delayed received a letter from the practice explaining what had
happened. Patients benefit from faster and more reliable access to diagnosis.
"""),
        ("value", "What is the value of the work?", """
The hospital booking teams spend more time on the phone, but less time processing returns and
re-referrals, and the coordinators' checks take about three hours a week across the federation. There
was no extra funding. Each delayed referral is a risk of a later diagnosis, a worse outcome and a
possible claim against the NHS.

The work has also reduced the time practice staff spend trying to understand why a referral came back,
and the friction between practices and hospital booking teams, which in some specialties had become a
running source of complaint on both sides.
"""),
        ("spread", "How has the learning been shared?", """
The 'no administrative returns' rule is now part of the ICB's cancer referral standards for all its
providers. We have shared the work with the regional cancer alliance and the national team responsible
for the referral service, which is considering a change to the system to flag returned cancer referrals
in red on practice worklists.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1255  radiology reports suggesting cancer on scans requested by another
#        team - pdf - form table - imaging network clinical director, precise
#        - imaging network hosted by an acute trust with a district hospital
#        and a GP federation - staff involved - NO patient involvement
#        (patients as beneficiaries, a plan to invite representatives)
# ---------------------------------------------------------------------------
entry(
    id="I1255", format="pdf", layout="form_table", topic="radiology_reports_suspected_cancer_unactioned",
    project="independent79-reportreached-1255", pdf_font="LiberationSans",
    title="Report Reached: making sure unexpected findings of possible cancer reach someone who acts",
    cover_table=[
        ("Entry title", "Report Reached: making sure unexpected findings of possible cancer reach someone who acts"),
        ("Lead organisation", "Kirkhallam Royal Infirmary NHS Trust, on behalf of the South Fells Imaging Network"),
        ("Partners", "Penmoor District Hospital NHS Trust; Kirkhallam and Penmoor GP Federation"),
        ("Entrant's role", "Clinical Director, South Fells Imaging Network"),
    ],
    primary_entrant=dict(name="Kirkhallam Royal Infirmary NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Penmoor District Hospital NHS Trust", type="nhs_trust"),
        dict(name="Kirkhallam and Penmoor GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Background and problem", """
Every day our radiologists report scans that show something nobody was looking for: a lung nodule on a
CT done after a fall, a kidney mass on a scan for gallstones, a liver lesion on a scan requested for back
pain. Some of these are early cancers. The report goes back to whoever asked for the scan, and that
clinician is responsible for acting on it.

The weakness is that the person who asked for the scan is often no longer there. An emergency
department doctor on a rotation, a surgeon whose patient has gone home, a locum GP. In 2022 the network's
audit of 300 reports containing a 'suspicious for malignancy' finding found 26 where there was no
evidence of any action within four weeks. In four of these the patient was later diagnosed with cancer
at a more advanced stage. In all four the report had been correct and clear. It just had not reached
someone who acted.

We also found that the responsibility for acting on these findings was unclear even when the requester
was still in post. An orthopaedic surgeon who had requested a CT of the pelvis for a hip problem did not
always feel it was their place to refer a possible kidney cancer; they would write 'for GP to action' in
the discharge letter, and the GP, seeing the letter weeks later, might assume the hospital had already
referred. Emergency department reports in particular went to doctors in training who had often moved to
another department by the time the report was issued.

The network covers two trusts with different electronic record systems, and the GP federation's
practices use a third. A solution had to work across all of them, and it had to be something the
radiologists, the requesting teams and general practice all trusted.
"""),
        ("evidence", "Evidence of improvement", """
Since June 2023 radiologists in both trusts add a standard code to any report with a finding suspicious
for cancer. The code triggers three things automatically: the report goes to the requesting clinician
as before; a copy goes to a dedicated 'failsafe' team of two administrators and a nurse in the imaging
network; and if the patient is registered with a federation practice, a task goes to the practice.

The failsafe team checks after ten working days whether a referral, a further test or a documented
decision has been made, and if not, contacts the requester, their consultant or the GP, in that order.

<<Q:Reports suspicious for cancer with no documented action after four weeks went from 8.7% in the 2022
audit to 0.6% in the repeat audit of 2024.>> <<Q:The median time from report to referral on a cancer
pathway fell from 19 days to 6 days.>>

The code has been used on 3,210 reports. The failsafe team has made 402 follow-up contacts.
"""),
        ("stakeholders", "Stakeholder engagement", """
<<S:Consultant radiologists from both trusts agreed the definition of 'suspicious for cancer' over a
series of reporting meetings, and tightened it after the first month when the failsafe team found it
was being applied to obviously benign cysts.>> <<S:Emergency department consultants asked that reports
for their department should go to the consultant of the week rather than the junior doctor who
requested the scan, and that is how it is now routed.>> <<S:GP partners in the federation tested the
practice task and said it should be sent to the patient's usual GP, not the practice inbox, which we
changed.>>

Patients are the main beneficiaries of this work, as their possible cancers are now picked up and
acted on sooner. We plan to invite patient representatives from the cancer alliance to the network's
governance group in 2025.
"""),
        ("value", "Value for money", """
The failsafe team costs around £78,000 a year, shared between the two trusts. The cost of a single
delayed cancer diagnosis, in treatment and in compensation, can be far higher than that.

There are less obvious savings. The failsafe team has taken on work that was previously done
informally, and inconsistently, by radiologists themselves, who sometimes spent part of a reporting
session trying to find out whether an earlier finding had been acted on. Requesting clinicians know
that there is a safety net, but the process is designed so that responsibility stays with them, and
the team's contacts are recorded so that repeated gaps in one department can be raised with its
clinical lead.
"""),
        ("spread", "Spread and sustainability", """
The code and the failsafe process are now part of both trusts' reporting policies. Two other imaging
networks have visited. We have presented the work to the national radiology safety forum.

The coding standard is deliberately simple, so that it can be used with any reporting system, and we
have written a short implementation guide covering the code, the routing rules and the failsafe
team's escalation steps. The cancer alliance has agreed to fund an evaluation across the region.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1256  spinal cord compression in people with bone metastases at home - pdf
#        - with appendix - hospice nurse consultant, warm - hospice with the
#        ambulance service and the acute trust's acute oncology service -
#        patients (day hospice 'members', told in the value section) and staff
#        involved - NO quantitative evidence (counts, a target, single figures)
# ---------------------------------------------------------------------------
entry(
    id="I1256", format="pdf", layout="with_appendix", topic="spinal_cord_compression_bone_metastases_home",
    project="independent79-backpainmatters-1256", pdf_font="LiberationSerif", pdf_align="L",
    title="Back Pain Matters: catching spinal cord compression early in people living with cancer at home",
    cover=[
        "Lead entrant: St Aldhelm's Hospice, Wessmoor",
        "Partners: Wessmoor and Downs Ambulance Service NHS Trust; Wessmoor Hospitals NHS Foundation Trust (Acute Oncology Service)",
        "Written by the Nurse Consultant in Palliative Care",
    ],
    primary_entrant=dict(name="St Aldhelm's Hospice", type="charity"),
    partners=[
        dict(name="Wessmoor and Downs Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Wessmoor Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we started", """
Metastatic spinal cord compression happens when cancer that has spread to the spine presses on the
spinal cord. If it is treated early, with steroids and radiotherapy or surgery, most people keep the
ability to walk. If it is not, they can be paralysed within hours or days, and very few ever walk
again. The early signs are new back pain, pain that wraps around the chest like a band, pain that is
worse lying down or on coughing, and later numbness or weakness in the legs.

Many of the people our community team supports have cancer in their bones. They live at home, they are
used to pain, and they and their families often put new back pain down to 'the cancer' or to sleeping
badly. Our nurses visit every week or two, not every day. And when a family did ring 999 because their
father could not get out of his chair, the ambulance crew had no way of knowing that this was an
emergency for the cancer team rather than a fall.

In 2022 three people under our care lost the use of their legs at home before anyone realised what was
happening. One of them, a man in his fifties with prostate cancer, had mentioned a new pain in the middle
of his back to a visiting nurse nine days earlier. She had increased his painkillers. He never walked
again, and spent his last months in a hospital bed in his front room. His wife told us she would always
wonder what would have happened if somebody had said 'spine' instead of 'pain'.
"""),
        ("evidence", "What has happened since", """
Back Pain Matters started in March 2023. Every person under the hospice with known bone metastases, or a
cancer that commonly spreads to bone, is given a bright yellow card that lists the warning signs and
says 'ring the acute oncology service today'. The same information is in the hospice record and on
the ambulance service's system, so a crew attending the address sees a prompt to ask about new back
pain and leg weakness and to ring the acute oncology service directly.

The acute oncology service has agreed to see anyone referred through the card for an MRI the same day
or the next morning, with steroids started on the phone advice of the oncologist where needed.

So far 486 yellow cards have been given out. 112 ambulance clinicians have had a short teaching session
from our nurses. The acute oncology service has received 37 calls through the card, and 9 people were
found to have early cord compression and were treated. Our target is for every person with suspected
compression to have an MRI within 24 hours, and we have not yet reached it at weekends. We will look at
outcomes properly once the scheme has run for three full years.
"""),
        ("stakeholders", "Who has been involved", """
<<S:Our community nurses and the acute oncology nurse specialists wrote the yellow card together, and
the acute oncology team changed the wording from 'contact your GP' to 'ring us today' when they saw the
first draft.>> <<S:Paramedics from two ambulance stations helped design the prompt on the ambulance
system, and asked for it to include the acute oncology service's direct number rather than the
hospital switchboard.>> <<S:Our hospice at home healthcare assistants, who see people most often,
asked for a short question to ask at every visit, 'any new pain in your back?', which is now on their
visit sheet.>>
"""),
        ("value", "Value and experience", """
The cards cost a few pence each to print, and the teaching for ambulance crews was delivered in our
own nurses' time. An MRI a day earlier costs no more than an MRI a day later. The cost of a person losing
the ability to walk, in care, equipment and, more importantly, in their last months of life, is very
great.

<<P:Members of our day hospice group picked the yellow colour and the size of the card, so that it
could stand on a mantelpiece or be stuck to the fridge, and they asked that the words 'you are not
making a fuss' be printed in bold.>> <<P:The widow of the man we describe above read every draft and
asked us to add the band-like chest pain, which her husband had had and nobody had recognised.>>
"""),
        ("spread", "Sharing what we have learned", """
The two other hospices in Wessmoor have adopted the yellow card, and the ambulance service has added
the prompt for any address flagged by any of the three hospices. The acute oncology service has shared
the same-day MRI arrangement with the regional acute oncology network. We have written a short guide
for other hospices.
"""),
    ],
    trailer=[
        ("heading", "Appendix: warning signs on the yellow card"),
        ("para", "New back or neck pain, or a change in existing pain. Pain that feels like a band around the chest or tummy. Pain that is worse when lying flat, coughing, sneezing or straining. Numbness, pins and needles or weakness in the legs. Problems passing urine or opening the bowels that are new."),
        ("para", "Figures on cards given out, calls and diagnoses are from the hospice's clinical record system and the acute oncology service's call log, March 2023 to December 2024."),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1257  bone health in people on hormone therapy for breast and prostate
#        cancer - docx - rubric headings - GP federation medicines lead,
#        plain - GP federation with an acute trust and a prostate cancer
#        support group - patients involved - NO staff involvement (practices
#        sent a template, teams trained, one named pharmacist doing her job)
# ---------------------------------------------------------------------------
entry(
    id="I1257", format="docx", layout="rubric_headings", topic="bone_health_cancer_hormone_therapy",
    project="independent79-strongerbones-1257", docx_font="Cambria",
    title="Stronger Bones on Hormone Therapy: preventing fractures in people treated for breast and prostate cancer",
    cover=[
        "Lead organisation: Kestrelford GP Federation",
        "Partners: Kestrelford and District Hospitals NHS Trust (Oncology and Urology); Kestrelford Prostate Cancer Support Group",
        "Submitted by the Federation's Head of Medicines Optimisation",
    ],
    primary_entrant=dict(name="Kestrelford GP Federation", type="primary_care"),
    partners=[
        dict(name="Kestrelford and District Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Kestrelford Prostate Cancer Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "Context: the safety problem and why a partnership was needed", """
Hormone treatments are among the most successful treatments for breast and prostate cancer. Women with
breast cancer often take an aromatase inhibitor such as letrozole or anastrozole for five to ten years.
Men with prostate cancer are often given injections that lower testosterone for years, sometimes for
life. Both groups of medicines thin the bones, and people on them are much more likely to break a hip,
a wrist or a bone in the spine.

National guidance says these patients should have a bone density scan, calcium and vitamin D, and, if
needed, a bone-protecting drug. In our area the hospital started the hormone treatment, and the GP
practice then continued it, often for many years. The bone health part fell between the two. The
hospital assumed the practice would arrange the scan; the practice assumed the hospital had done it. A
review of 30 men on testosterone-lowering injections in one practice found only six had ever had a bone
density scan.

<<P:The Kestrelford Prostate Cancer Support Group first raised this with us after two of its members broke
their hips within a year, both of them men who had never been told that their injections could weaken
their bones.>>

There was also a question of who should prescribe a bone-protecting drug if one was needed. Some
oncologists expected the GP to start it; some GPs were wary of starting a drug they associated with
specialist care, especially in someone whose cancer had spread to the bones, where the oncology team
might choose a different treatment. And some patients had already been given a bone-protecting drug
by the hospital for other reasons, which the practice did not know about, so that a GP search for
'no bone protection' would have been misleading without the hospital's information.

The partnership therefore had to do three things: make clear in the hospital's letters what had been
done and what the practice should do, find the people already on treatment who had slipped through,
and make sure patients themselves knew to ask.
"""),
        ("evidence", "Evidence: what has improved and how do you know", """
In January 2023 the hospital added a bone health section to its letters for everyone starting hormone
treatment, saying whether a scan has been booked and what should happen next. The federation built a
search that lists every patient in its 22 practices on an aromatase inhibitor or testosterone-lowering
treatment with no bone density result in the past two years, and a template for the practice to work
through the list. Lucy Armitage, the federation's lead pharmacist for cancer, ran the search each
quarter and sent the results to the practices.

<<Q:The proportion of people on these treatments with a bone density scan in the previous two years
rose from 31% in January 2023 to 74% in December 2024.>> <<Q:The proportion with a prescription for
calcium and vitamin D rose from 40% to 82% over the same period.>> <<Q:Fragility fractures recorded in
this group fell from 23 in 2022 to 14 in 2024.>>

We know the last figure is small and could change by chance, and we will keep watching it.
"""),
        ("stakeholders", "Stakeholders: how patients, carers and staff were involved", """
<<P:The support group's members helped write a one-page sheet, 'Your bones and your hormone treatment',
and asked that it include simple exercises and a list of questions to take to the practice, which we
kept word for word.>> <<P:Three members spoke at a meeting of the breast cancer support group at the
hospital, and the women there asked for the sheet to come in a version about aromatase inhibitors,
which they then checked for us before it was printed.>>

All practice teams received a half-hour training session on the search and template. The template was
sent to every practice with a covering letter from the federation's medical director. GPs were kept
informed through the federation's monthly bulletin.
"""),
        ("value", "Value: impact on experience and value for money", """
A bone density scan costs around £60 and a year of calcium and vitamin D a few pounds. A hip fracture
costs the NHS and social care many thousands of pounds and, for an older man or woman, can mean the end
of living independently. The work was done within existing roles.

Members of the support group say the men now ask about their bones at every review.
"""),
        ("spread", "Spread: how the learning has been shared", """
The search and template are available on the ICB's shared drive for any practice in the county. The
hospital's letter template has been adopted by the neighbouring trust's breast service. We have
presented at the regional medicines optimisation meeting.

The support group has taken the one-page sheet to a regional meeting of prostate cancer support groups,
and several have asked to use it. We are now looking at whether the same approach could be used for
men and women on long-term steroids after cancer treatment, who share some of the same risks.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1258  handling chemotherapy tablets and body fluids safely at home - docx
#        - sections in an unusual order (stakeholders first) - council adult
#        social care quality lead, practical - council with the cancer
#        centre pharmacy and a home care providers' association - family
#        carers and staff involved - NO evidence section (a measured change
#        sits in the value section)
# ---------------------------------------------------------------------------
entry(
    id="I1258", format="docx", layout="reordered", topic="cytotoxic_handling_home_care",
    project="independent79-handlewithcare-1258", docx_font="Calibri",
    title="Handle With Care: chemotherapy tablets, body fluids and safety at home",
    cover=[
        "Lead: Brindlecombe County Council, Adult Social Care Quality and Commissioning",
        "Partners: Brindlecombe Hospitals NHS Trust (Oncology Pharmacy); Brindlecombe Home Care Providers Association",
        "Author: Quality Lead, Home Care",
    ],
    primary_entrant=dict(name="Brindlecombe County Council", type="local_authority"),
    partners=[
        dict(name="Brindlecombe Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Brindlecombe Home Care Providers Association", type="charity"),
    ],
    sections=[
        ("stakeholders", "Who we worked with", """
<<S:This work came from home care workers themselves.>> <<S:At a provider forum in early 2023, a group of
care workers from three agencies asked us whether it was safe for them to press capecitabine tablets
out of a blister pack with their bare hands, whether they should be wearing gloves to empty a commode,
and what they were meant to do if a tablet fell on the carpet; nobody in the room knew the answer, and
they helped us turn their questions into the guide.>>

<<S:Oncology pharmacists at the hospital wrote the technical content and then reworked it twice after
care workers from the association tested it on real visits and said it was too long to use in a
thirty-minute call.>> <<S:Registered managers from the association agreed the wording of the care plan
section and a short competency check that agencies now use.>>

<<P:Family carers of people having oral chemotherapy at home, recruited through the hospital's
chemotherapy day unit, told us they had been given very little information about this either.>>
<<P:Four of them, including a woman caring for her husband and a young man looking after his mother,
went through the family version line by line; they asked for pictures of what to do with a spill and for
the advice on washing clothes and bedding to be at the top, because that was what worried them most.>>
"""),
        ("context", "Why it mattered", """
More and more people are having their cancer treatment in tablet form at home. Many of them have home
care, and increasingly care workers are asked to prompt or give these medicines. Oral anticancer
medicines are cytotoxic: they are designed to kill dividing cells, and people handling them, or handling
the body fluids of someone taking them, should take simple precautions, especially if they are pregnant
or trying for a baby.

When we looked into it, none of the 46 home care agencies commissioned by the council had any guidance on
cytotoxic medicines. Care plans for people on oral chemotherapy did not mention it. Care workers were
crushing tablets that should never be crushed, and some people's tablets were being kept in the same
dosette box as their other medicines. We also heard from the hospital pharmacy that two people had
received doses on the wrong days because their care workers did not know that capecitabine is taken in
cycles with breaks.

This was a gap between services rather than anyone's fault. The hospital gave patients good information
about their tablets, but it was written for the patient, not for a care worker who might visit four
times a day and change every week. The agencies' medicines training covered the usual medicines for
older people, not cytotoxic drugs. And the council's contracts and care plan templates had nothing to
say about them. The result was that care workers made their own decisions, visit by visit, and some of
them were understandably anxious about their own safety.
"""),
        ("value", "Impact and value", """
The guide, the family leaflet and the care plan section were written and printed within existing
budgets, at a cost of under £2,000. The hospital pharmacists' time was given free. All agencies now
include cytotoxic medicines in their induction, and there is a clear route for care workers to ring the
oncology pharmacy with a question.

<<Q:Medication incidents involving oral anticancer medicines reported by commissioned home care agencies
fell from 19 in 2022/23 to 5 in 2024/25, and none of the later ones involved a dose given on a break
week.>> Care workers tell us they feel safer, and families say they finally know how to wash the
bedding without worrying.

There is a wider benefit. Several agencies told us that, before this work, they had considered
declining packages of care for people on oral chemotherapy because they did not feel able to manage the
risk. That is no longer the case, and people who want to stay at home during treatment can do so with
proper support.
"""),
        ("spread", "Spread", """
The guide has been shared with the other councils in the region through the directors of adult social
services network, and the hospital has adopted the family leaflet for everyone starting oral
chemotherapy, whether or not they have home care. The home care association has made the competency
check available to its members outside Brindlecombe.

We are also working with the hospital to add a line to the discharge summary whenever a person with home
care starts oral chemotherapy, so that the agency is told directly rather than finding out when the
tablets appear in the house.
"""),
    ],
    flags=[dict(code="missing_section", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1259  cancer injections given at home by a homecare nursing company - pdf
#        - bullet lists - PRIVATE homecare nursing company as primary entrant
#        with a cancer centre (ineligible) - director of nursing, upbeat -
#        'clients' and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1259", format="pdf", layout="bullet_lists", topic="subcutaneous_cancer_treatment_at_home",
    project="independent79-treatmentathome-1259", pdf_font="LiberationSans", pdf_align="L",
    title="Treatment at Home, Safely: subcutaneous cancer injections given in people's own homes",
    cover=[
        "Entrant: Meridian HomeInfuse Ltd",
        "Working with Carnford Cancer Centre (Carnford University Hospitals NHS Foundation Trust)",
        "Contact: Director of Nursing, Meridian HomeInfuse Ltd",
    ],
    primary_entrant=dict(name="Meridian HomeInfuse Ltd", type="private"),
    partners=[
        dict(name="Carnford University Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
Meridian HomeInfuse provides nurses who give treatments in patients' homes on behalf of NHS hospitals.
Since 2022 we have given subcutaneous cancer injections at home for Carnford Cancer Centre, mainly
treatments for breast cancer and myeloma that used to need a visit to the day unit.

Early on we found these risks:

- the nurse relied on a paper prescription sent by the hospital, which was sometimes out of date when a dose had been changed or held

- blood results needed before some doses were not always available to the nurse at the door

- allergic reactions, though rare, happen most often with the first home dose, and our nurses were working alone

- patients were not sure whether to ring us or the hospital if they felt unwell afterwards

In 2022 we had two doses given after the hospital had decided to hold treatment, and one reaction where
the nurse could not reach anyone at the hospital for forty minutes.

The cancer centre wanted to expand home treatment because its day unit was full and many patients were
travelling more than an hour each way for an injection that takes a few minutes. But it was clear to
both organisations that the safety checks that happen naturally in a day unit, where a doctor, a
pharmacist and a nurse are all in the same building, had to be rebuilt for a nurse working alone in
someone's living room.

We were also aware that our nurses, though experienced, work for a company and not for the hospital,
and that information did not flow between the two as easily as it would between colleagues in the same
organisation. Several of our incidents could be traced to a change made at the hospital that simply
had not reached us.
"""),
        ("evidence", "Results", """
Since July 2023:

- our nurses see the hospital's electronic prescription and the 'fit to treat' decision through read-only access on a tablet, and cannot give a dose unless it shows 'approved today'

- first home doses are only given after at least two doses in the day unit without a reaction

- every nurse carries an anaphylaxis kit checked weekly, and has a direct line to the acute oncology nurse on duty

- <<Q:doses given against an out-of-date or held prescription went from 2 in 2022 to none in 2024, over a much larger number of visits>>

- <<Q:the time for a home nurse to reach a hospital clinician when worried fell from an average of 22 minutes to under 3 minutes>>

- <<Q:visits where the nurse had to leave without giving a dose because a blood result was missing dropped from 11% to 2%>>

- we made 5,318 home visits in 2024
"""),
        ("stakeholders", "Involvement", """
- <<P:clients who had their first home doses in 2022 told us they wanted a single number to ring, so we agreed with the hospital that the acute oncology line is now the number on every client's card>>

- <<P:a group of six clients with myeloma tested the new visit checklist with our nurses, and asked that the nurse always confirms the dose out loud with them before giving it, which is now a step on the list>>

- <<S:our home nurses and the cancer centre's day unit nurses worked together on the visit checklist over several months, and the day unit nurses added the rule about first home doses>>

- <<S:the hospital's oncology pharmacists helped our nurses design the 'approved today' screen>>
"""),
        ("value", "Value", """
- each dose given at home frees a chair in the day unit for someone who needs intravenous treatment

- clients save travel time and money, and some no longer need a relative to take time off work

- the electronic access cost nothing extra to set up because the hospital already used the system

- our nurses spend less time on the phone chasing prescriptions and results, so each visit is shorter and calmer

- fewer abandoned visits means fewer delays to treatment and less wasted drug
"""),
        ("spread", "Spread", """
- we are offering the same model to two other cancer centres we work with

- we have shared the checklist with the national homecare medicines association

- the 'approved today' rule is now written into our contract with the cancer centre, so it cannot quietly lapse if staff change
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1260  chemotherapy doses not recalculated after weight loss - docx - style
#        headings - departments of one trust, no partner (ineligible) -
#        consultant oncologist, brisk - staff involved - NO patient
#        involvement (a negation, patients weighed and told)
# ---------------------------------------------------------------------------
entry(
    id="I1260", format="docx", layout="style_headings", topic="chemotherapy_dose_weight_change",
    project="independent79-weighbeforeyoutreat-1260", docx_font="Calibri",
    title="Weigh Before You Treat: recalculating chemotherapy doses when weight changes",
    cover=[
        "Oakhollow Hospitals NHS Trust: Oncology, Haematology, Cancer Pharmacy and Nutrition and Dietetics",
        "Lead author: Consultant Medical Oncologist",
    ],
    primary_entrant=dict(name="Oakhollow Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Context", """
Most chemotherapy doses are worked out from a patient's weight and height. People with cancer often lose
weight during treatment, sometimes a lot, and occasionally gain it, for example with steroids. If the
weight used to calculate the dose is out of date, the dose may be too high, and for some drugs an
overdose of ten per cent or more can cause serious harm.

At Oakhollow our prescribing system stored the weight from the first cycle and used it for every cycle
after unless someone changed it. Patients were weighed on the day unit, but the new weight was written
on the observation chart, not entered into the prescribing system. In 2022 an audit of 200 cycles found
that 14% were prescribed on a weight more than a month old, and in 5% the patient's current weight
differed by more than 10% from the one used.

We had two incidents that year in which patients who had lost a lot of weight received doses that
caused severe toxicity. One was admitted to intensive care.

The problem was not a lack of rules. Our chemotherapy policy already said that weight should be checked
before each cycle and doses recalculated if weight changed by more than 10%. But the policy relied on
the prescriber looking at a paper chart, comparing it with the system, and remembering to update it, all
in a busy clinic or, often, the day before the patient's appointment, when the new weight was not yet
known. The weight was effectively captured twice, in two places, by different people, and only one of
those places was used to calculate the dose.

It was clear that fixing this needed the prescribers, the nurses who weigh patients, the pharmacists who
check prescriptions and the dietitians who see patients losing weight to agree one process. These
teams sit in different directorates in our trust and had never designed anything together before.
"""),
        ("evidence", "Evidence", """
From February 2023 the oncology, haematology, pharmacy and dietetics teams changed the process.
Patients are weighed on calibrated scales at every pre-treatment assessment and the weight is entered
straight into the prescribing system. The system will not release a prescription for pharmacy
verification if the weight is more than 14 days old. If the weight has changed by more than 5% since
the dose was last calculated, the system asks the prescriber to recalculate or record why not, and the
patient is automatically referred to the oncology dietitian.

<<Q:Cycles prescribed on a weight more than a month old fell from 14% in the 2022 audit to 0.4% in the
2024 audit.>> <<Q:Cycles where the current weight differed from the dosing weight by more than 10% fell
from 5% to under 1%.>> <<Q:The proportion of patients losing more than 5% of their weight during
treatment who were seen by the oncology dietitian rose from 35% to 88%.>>
"""),
        ("stakeholders", "Involvement", """
<<S:Day unit nurses pointed out that they had no access to the weight field in the prescribing system
and asked to be given it, which was done.>> <<S:Cancer pharmacists designed the 14-day rule after
looking at how often weights were changing between cycles, and tested it with the haematology team,
who asked for an exception for patients on fixed-dose treatments.>> <<S:The oncology dietitians wrote
the automatic referral criteria and changed them after the first two months to avoid referring patients
whose weight was rising as intended.>>

This was an internal process change and patients were not involved in its design. Patients are weighed
at every assessment and are told when their dose has been changed.
"""),
        ("value", "Value", """
There was no extra cost; the change used the existing prescribing system and scales already on the day
unit. A single admission to intensive care with chemotherapy toxicity costs tens of thousands of
pounds. Dietetic support earlier in treatment may also mean fewer delays and dose reductions later.

The change has also saved time. Pharmacists no longer have to ring the day unit to ask for a patient's
current weight before they can verify a prescription, and prescribers no longer have to rewrite
prescriptions on the morning of treatment, which used to delay the start of many patients' infusions.
"""),
        ("spread", "Spread", """
The 14-day rule has been shared with the supplier of the prescribing system, which has offered it to its
other customers as a configurable setting. We presented the work at the regional chemotherapy
nurses' forum.

Within the trust, the same approach is now being applied to other weight-based treatments given in the
haematology ward and the children's day unit, and the automatic dietitian referral has been extended to
patients having radiotherapy to the head and neck.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1261  helpline for people whose cancer treatment has ended - pdf -
#        numbered questions - cancer charity on its own, no partner
#        (ineligible) - chief executive, personal - members involved - NO
#        staff involvement (volunteers trained, the helpline manager doing
#        her job, nurses briefed)
# ---------------------------------------------------------------------------
entry(
    id="I1261", format="pdf", layout="numbered_questions", topic="after_treatment_helpline_recurrence_signs",
    project="independent79-stillhere-1261", pdf_font="DejaVuSans", pdf_align="L",
    title="Still Here: a helpline for people whose cancer treatment has ended",
    cover=[
        "Entered by Brightwater Cancer Support (registered charity), Merrowby",
        "Entry written by the Chief Executive",
    ],
    primary_entrant=dict(name="Brightwater Cancer Support", type="charity"),
    partners=[],
    sections=[
        ("context", "1. What safety problem did you set out to address?", """
I have run Brightwater for nine years. We are a small local charity with a drop-in centre on Merrowby
high street, a team of four part-time nurses and about sixty volunteers. For most of those years our
work was with people going through treatment. What we kept hearing, though, was from people whose
treatment had finished.

Many hospitals now discharge people after cancer treatment to 'patient-initiated follow-up'. Instead of
regular clinic appointments, the person is told which symptoms to look out for and given a number to
ring. In theory that is a good thing: fewer unnecessary trips to hospital and faster access when
something is wrong. In practice, the people who came to our centre had often forgotten the list of
symptoms, lost the number, or were not sure whether a new ache was worth 'bothering' anyone about. Some
waited months. Two of our members had a recurrence that, looking back, had been causing symptoms for
most of a year before they rang anyone.

At the same time, people were getting late effects of treatment, such as heart problems after some
chemotherapy drugs, lymphoedema, early menopause and bone thinning, and did not know these could be
connected to their cancer treatment years before.

The hospitals in our area do a good job of telling people about follow-up when treatment ends, but the
end of treatment is an overwhelming time. People are exhausted, relieved and frightened all at once, and
a leaflet handed over at the last appointment is easily put in a drawer. Friends and family expect them
to be 'back to normal'. When a new symptom appears months later, many feel they are being a nuisance or
that they should be grateful and stop worrying. Many people who come to us have sat with a new lump or a persistent cough for weeks, telling themselves it was nothing, because they did not want to go
through it all again.

We felt that a charity, independent of the hospital, could be a bridge: a place where people could talk
through a worry without feeling they were wasting a doctor's time, and be encouraged, firmly, to make
the call when they needed to.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Still Here opened in October 2023. It is a phone and text line, open weekday daytimes and Saturday
mornings, answered by our nurses, for anyone in our area who has finished cancer treatment. The nurse
goes through a structured set of questions based on the person's cancer type and treatment and helps
them decide whether to ring their hospital follow-up line, see their GP, or simply keep an eye on things.
With the caller's permission we then ring back within a week to check what happened.

We also send every registered caller a wallet card with their own warning signs and the number for
their hospital follow-up line, which we look up for them.

<<Q:Among members who had a recurrence diagnosed, the median time from first noticing a symptom to
contacting their hospital team fell from 14 weeks in the 2022 members' survey to 3 weeks in the 2024
survey.>> <<Q:The proportion of members who said they knew which symptoms should make them contact the
hospital went from 38% to 79% over the same period.>>

The line took 1,946 calls in its first year.
"""),
        ("stakeholders", "3. Who was involved, and how?", """
<<P:Our members, people who have finished treatment and use the centre, shaped almost everything about
the line; at two open evenings they told us that they did not want to talk to a volunteer about
symptoms, only to a nurse, and that a text option was essential for people who could not talk freely at
work.>> <<P:A group of eight members chose the name 'Still Here' and wrote the opening words the nurse
says when answering.>> <<P:Members who had been through a recurrence helped write the questions for
their own cancer types, drawing on what they wished they had been asked.>>

Our volunteers were trained to explain the line to visitors at the centre. Our helpline manager,
Rachel Osei, wrote the call protocol and the call-back procedure as part of her role. Our nurses were
briefed on the protocol before the line opened.
"""),
        ("value", "4. What is the value of the work?", """
The line costs about £64,000 a year, paid for by local fundraising and a grant from a community
foundation. Every recurrence found earlier means more treatment options, and every late effect
recognised avoids months of worry and repeated appointments.
"""),
        ("spread", "5. How has the work been shared?", """
We have shared our call protocol with three other local cancer charities, and one of them starts a
similar line next spring. We hope in future to work with the hospital trusts in our area, and have
written to them offering to do so.

We have also made our symptom question sets available on our website, in plain English, so that anyone
who has finished treatment can read the warning signs for their own cancer type, and we have produced
an easy read version with a local learning disability organisation's help.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1262  fever and central lines in children having cancer treatment closer
#        to home - pdf via soffice (style headings) - children's hospital
#        principal treatment centre with shared care units and a children's
#        cancer charity - parents (pronouns) and staff involved - NO
#        quantitative evidence (counts, budgets, a single figure)
# ---------------------------------------------------------------------------
entry(
    id="I1262", format="pdf", layout="style_headings", topic="paediatric_oncology_shared_care_fever_lines",
    project="independent79-closertohome-1262", render_via="soffice", docx_font="Liberation Serif",
    title="Closer to Home, Just as Safe: fever and central lines in children having cancer treatment at their local hospital",
    cover=[
        "Lead: Royal Fenmouth Children's Hospital NHS Foundation Trust (Children's Cancer Principal Treatment Centre)",
        "Partners: Dunsford and Wrayle Hospitals NHS Trust; Northfen General Hospital NHS Trust; The Little Lanterns Children's Cancer Charity",
        "Prepared by the Lead Nurse for Shared Care",
    ],
    primary_entrant=dict(name="Royal Fenmouth Children's Hospital NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Dunsford and Wrayle Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Northfen General Hospital NHS Trust", type="nhs_trust"),
        dict(name="The Little Lanterns Children's Cancer Charity", type="charity"),
    ],
    sections=[
        ("context", "The challenge", """
Children with cancer in our region have their main treatment at Royal Fenmouth, but much of their care
in between happens at one of our paediatric oncology shared care units in local hospitals, so that
families do not have to travel up to two hours each way. Most of these children have a central venous
line, a tube into a large vein in the chest, which is used for chemotherapy and blood tests.

The biggest risks for these children are infection, especially when their immune system is low after
chemotherapy, and problems with the line itself: infection, blockage or a line that splits or comes
out. A child with a temperature needs antibiotics within an hour. A shared care unit sees perhaps one or
two such children a week, and at night they come through a general children's ward or emergency
department, where staff may rarely handle a central line.

Reviews of incidents in 2022 showed the same themes again and again: antibiotics given late at night,
different ways of accessing and flushing lines at each hospital, and line infections that might have
been avoided. Families were confused too, because they were taught one way of caring for the line at
Royal Fenmouth and saw it done differently at their local hospital.

Each of the four hospitals had its own procedures, written at different times by different people. One
used a different cleaning solution for the line, another flushed lines with a different volume, and the
antibiotics recommended for a child with a fever differed between the principal treatment centre and two
of the shared care units. None of these differences was dangerous in itself, but together they meant
that nurses moving between hospitals, and families moving between them, were never quite sure which way
was right.
"""),
        ("evidence", "Progress so far", """
From 2023 the three trusts agreed one set of procedures for fever and for central line care, written
together and used in all four hospitals. Every shared care unit now has a 'fever pack' on the ward with
the antibiotics, blood culture bottles and a laminated flowchart. Nurses from each unit spend two days
a year at Royal Fenmouth learning line care, and the principal treatment centre's outreach nurses visit
each unit every month.

Since January 2023, 146 nurses and 39 doctors at the shared care units have completed the line care
training. Fever packs have been opened 212 times. The charity has funded £48,000 of equipment, including
new infusion pumps and portable ultrasound for line checks. In 2024, the average time to antibiotics at
the shared care units was 52 minutes. We intend to compare infection rates over three years once the
data collection is complete.
"""),
        ("stakeholders", "Working with families and staff", """
<<P:Parents from the charity's family support groups were invited to a series of design days at all
three hospitals.>> <<P:They told us that the most frightening part of a night admission was having to
explain their child's line to a doctor who had never seen one, and they asked for a 'passport' to carry
with them, which they then helped write.>> <<P:Two teenagers on treatment also joined one of the days
and asked that the passport explain things to them directly, not only to their parents.>>

<<S:Nurses from each shared care unit wrote the shared line care procedure with the outreach team, and
changed the flushing method after the Northfen team pointed out that the equipment used at Royal
Fenmouth was not stocked at their hospital.>> <<S:Emergency department and children's ward doctors at
Dunsford tested the fever flowchart in two simulation sessions and asked for the antibiotic doses to be
printed by weight band, which is how it now appears.>>
"""),
        ("value", "Value", """
Keeping children's care close to home saves families long journeys and time off school and work. The
procedures and training cost only staff time. The equipment has been paid for by the charity. Line
infections mean longer stays in hospital, replacement lines under anaesthetic, and delays to cancer
treatment, so each one avoided matters a great deal.

For the hospitals, a shared set of procedures means that nurses who move between sites, and the
outreach nurses who support them, no longer have to learn and teach four different ways of doing the
same thing. Families say they feel more confident when they see their local nurses doing things in
exactly the way they were taught at Royal Fenmouth.
"""),
        ("spread", "Spreading the learning", """
We have shared our joint procedures with the national children's cancer network and two other
principal treatment centres have asked to use the parent passport. The outreach model is now part of
our regional network's service specification.

The charity is funding a family liaison post from 2025, based across the shared care units, which will
help families use the passport and feed back on what is and is not working.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1263  suicide risk after a cancer diagnosis - docx - no headings, long -
#        mental health trust psychologist, narrative - mental health trust
#        with a cancer centre and a listening charity - people with lived
#        experience involved (told in the opening part) - NO staff involvement
#        (staff briefed and trained, one named lead doing her job)
# ---------------------------------------------------------------------------
entry(
    id="I1263", format="docx", layout="no_headings", topic="suicide_risk_after_cancer_diagnosis",
    project="independent79-nobodyasked-1263", docx_font="Georgia",
    title="Nobody Asked: suicide prevention after a cancer diagnosis",
    cover=[
        "Lead: Ravensmoor Partnership NHS Foundation Trust (Psychological Medicine and Liaison Psychiatry)",
        "Partners: Ravensmoor Cancer Centre (Ravensmoor and Eske Hospitals NHS Trust); Listening Post Ravensmoor (charity)",
        "Written by a consultant clinical psychologist",
    ],
    primary_entrant=dict(name="Ravensmoor Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Ravensmoor and Eske Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Listening Post Ravensmoor", type="charity"),
    ],
    sections=[
        ("context", None, """
The risk of suicide is higher in the months after someone is told they have cancer than at almost any
other time in their life. It is highest in the first six months and for cancers with a poor outlook or
treatments that change how people look, eat, speak or go to the toilet. Most people who die by suicide
after a cancer diagnosis have not been in touch with mental health services. Many have been seen by
cancer teams only days or weeks before.

This was not something our trust had thought about in any organised way until 2022, when three people in
Ravensmoor died by suicide within a year of a cancer diagnosis. In each case the coroner's inquest heard
that the person had been low and frightened, and that this had been noticed by someone, a specialist
nurse, a receptionist at the radiotherapy department, a family member, but that nobody had asked the
direct question, and nobody knew where to send them if they had.

Cancer services and mental health services have grown up separately. Cancer centres have psychologists,
but usually very few, and they see people with adjustment and distress, not those in crisis. Mental
health crisis teams are skilled at assessing suicide risk but know little about cancer, and people with
cancer rarely come to their attention. In between sit the people who are most at risk: those who have
just had bad news, or whose treatment has left them unable to eat, speak or work, and who may be in
contact with half a dozen professionals a week, none of whom feels that asking about suicide is their
job.

We also found that staff in cancer services were often frightened of the question. They worried that
asking about suicide might put the idea into someone's head, which the evidence says it does not, and
they worried even more about what they would do with the answer. Without somewhere to send someone, it
felt safer not to ask.

<<P:We began by listening to people who had been there themselves.>> <<P:Through Listening Post
Ravensmoor, eleven people who had thought about ending their lives after a cancer diagnosis, and four
bereaved relatives, met us over the spring of 2023, and it was one of them who gave the project its
name: she said the worst thing about her darkest month had been that 'nobody asked'.>> <<P:The same
group told us that a leaflet with a list of phone numbers was useless to someone in that state, and
that what they had needed was a person who would ring them, which is why the core of this work is a
call-back rather than a signpost.>>
"""),
        ("evidence", None, """
The model we built has three parts. First, everyone seen at Ravensmoor Cancer Centre is asked about
distress at diagnosis, at the start of treatment and at the end of treatment, using a short
distress thermometer that was already used in some clinics but now covers all of them, and, if they
score highly, two direct questions about hopelessness and thoughts of suicide. Second, anyone who
answers yes, or about whom a member of staff is worried, is referred the same day to a new cancer
liaison psychiatry service run by our trust on the cancer centre site, which sees urgent referrals
within 48 hours. Third, for anyone who would prefer it, or while they wait, Listening Post Ravensmoor
rings them within 24 hours and keeps ringing for as long as they want.

The call-back is not counselling. It is a regular, warm conversation with a trained listener, at a time
the person chooses, and it is there for as long as they want it, whether that is a week or six months.
If the listener becomes worried, they can pass the person straight back to the liaison psychiatry team
without a new referral. Many people use it between hospital appointments, in the long evenings when
treatment has stopped and the house is quiet.

<<Q:In the year before the change, 19 people at the cancer centre were referred to any mental health
service for suicidal thoughts; in 2024 the figure was 87, which we believe reflects people being asked
rather than a rise in need, and the median wait for assessment fell from 23 days to 2 days.>>
<<Q:Attendances at the emergency department for self-harm by people within a year of a cancer diagnosis
at the centre fell from 31 in 2022 to 17 in 2024.>>

Listening Post's volunteers made 1,240 calls in 2024. There have been no suicides among people referred
through the pathway, though we are careful about what such a small number can show.
"""),
        ("stakeholders", None, """
Every clinical nurse specialist, therapeutic radiographer and chemotherapy nurse at the cancer centre
was trained in asking about suicide using a short national programme, with a refresher each year.
Reception and booking staff were briefed on what to do if someone says something worrying. Dr Helen
Achterberg, our consultant liaison psychiatrist, set up the service and agreed the referral criteria
as part of her role. The cancer centre's managers were kept up to date through its quarterly
governance meeting.
"""),
        ("value", None, """
The liaison psychiatry service costs £210,000 a year, funded by the cancer alliance for its first two
years, and Listening Post's call-back service about £40,000, funded through the council's suicide
prevention budget. Each self-harm attendance at the emergency department costs several hundred pounds
before any admission, and the cost to families and communities of a suicide is beyond calculation.
Many of the people referred have told us they would not have asked for help themselves.

There are costs that do not appear in any budget. The three deaths in 2022 each left families, friends
and the professionals who had cared for them asking whether something could have been done. Two of the
specialist nurses involved took time off work afterwards. Knowing that there is now a clear route for
anyone they are worried about has, we hope, taken some of that weight off the people who do this work
every day.
"""),
        ("spread", None, """
The distress questions are now part of the cancer alliance's standard holistic needs assessment across
the three cancer centres in the alliance. Other liaison psychiatry teams in the region have asked for
our referral criteria, and we have presented the work to the national suicide prevention network. The
county's suicide prevention strategy, published this year, names people with a new cancer diagnosis
as a priority group for the first time.

What we have learned is that the question itself is the easy part. The hard part is making sure there is
someone to pick up the phone when the answer is yes, and that the person is not passed around between
services that each think someone else is responsible. That is what a partnership between a cancer
centre, a mental health trust and a local charity has been able to offer, and it is something no one
of us could have done alone.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1264  oncology triage line for people who do not speak English - docx -
#        bullet lists, short - community health charity lead, direct -
#        charity with the acute trust and the council's interpreting service
#        - community members involved - NO staff involvement (triage nurses
#        trained, interpreters told)
# ---------------------------------------------------------------------------
entry(
    id="I1264", format="docx", layout="bullet_lists", topic="oncology_triage_line_interpreters",
    project="independent79-inyourlanguage-1264", docx_font="Arial",
    title="In Your Language, Day or Night: the oncology triage line for people who do not speak English",
    cover=[
        "Lead organisation: Harbourside Community Health Link (charity)",
        "Partners: Portleven and Saltash Valley Hospitals NHS Trust (Acute Oncology); Portleven City Council Interpreting and Translation Service",
    ],
    primary_entrant=dict(name="Harbourside Community Health Link", type="charity"),
    partners=[
        dict(name="Portleven and Saltash Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Portleven City Council", type="local_authority"),
    ],
    sections=[
        ("context", "What was the problem?", """
- People having chemotherapy are told to ring the 24-hour oncology triage line if they get a temperature or feel unwell.

- For people who do not speak English, that line was almost impossible to use: the recorded message was in English only, and getting a phone interpreter on the line could take twenty minutes.

- Families were waiting until morning, or until a child came home from school to translate, before calling.

- In 2023 two people we support as a charity, one speaking Bengali and one speaking Polish, were admitted very unwell with neutropenic sepsis after waiting overnight.

- Both families had the fever card at home but could not read it, and did not know that ringing at night was expected rather than a nuisance.

- Our own link workers, who support people from these communities to get to hospital appointments, were hearing the same story every month.

- The hospital knew there was a problem, because its triage line records showed very few calls from people needing an interpreter, even though around one in twelve people on chemotherapy at the hospital needs one.

- It was a problem that needed the language skills and community trust of a charity, the clinical knowledge of the hospital and the interpreters of the council, working together.
"""),
        ("evidence", "What changed?", """
- Since February 2024 the triage line message has a 'press 2 for an interpreter' option in the eight most common languages.

- The council's interpreting service now has a dedicated priority line for the triage nurses, answered 24 hours a day.

- Every patient who needs an interpreter gets a translated fever card at their first chemotherapy appointment.

- The card also gives the triage line number in large digits and says, in the person's own language, that ringing at any time of the day or night is expected and welcome.

- Our link workers check at their next contact that the person has the card and knows how to use the 'press 2' option.

- <<Q:The average time to get an interpreter on the call fell from 19 minutes to 4 minutes.>>

- <<Q:The proportion of patients needing an interpreter who rang the triage line before coming to hospital with a fever rose from 22% to 71%.>>

- <<Q:Admissions with neutropenic sepsis where the person had waited more than six hours to call fell from nine in 2023 to two in 2024 among patients needing an interpreter.>>
"""),
        ("stakeholders", "Who was involved?", """
- <<P:Our community health champions, local people who speak the languages concerned, tested the recorded message with their neighbours and told us it needed to say the language name in that language, not in English.>>

- <<P:Women from our Bengali cancer support circle translated and checked the fever card, and they changed the picture of a thermometer to one that people actually have at home.>>

- Triage nurses were trained in working with interpreters.

- Interpreters were told about the new priority line.

- The hospital's patient information team was sent the translated cards to keep on file.
"""),
        ("value", "Value", """
- The recorded message cost £1,200 to set up. The priority line is within the council's existing interpreting contract.

- An admission with neutropenic sepsis costs several thousand pounds, and late treatment can be fatal.

- Families no longer need to ask children or neighbours to interpret about something as frightening and private as a cancer emergency.
"""),
        ("spread", "Spread", """
- The hospital is adding two more languages in 2025, and the other cancer centre in the county has asked for our translated fever cards.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)
