"""Forty-seventh independent evaluation set (I737..I752) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing theatre, anaesthetic, imaging and
pathology teams, and the ambulance services, GP practices and federations, primary care
networks, community trusts, councils, hospices, universities, homelessness and patient
charities and the odd private company they work with, send in, in their own voices and at
their own length.  The theme of this set is surgery, theatres, anaesthesia, diagnostics,
imaging and pathology, including results follow-up and the journey to and from
procedures, with partners across primary care, community services and the voluntary
sector.

Topics: stopping and restarting blood thinners around planned procedures (an integrated
care board, bold headings with a cover table), photographs of worrying skin lesions taken
in general practice for a dermatologist (a GP federation, own headings), portable x-rays
in care homes after a fall (an ambulance service, numbered questions), raised liver blood
tests found in general practice (a pathology network hosted by an acute trust, capital
headings), inherited reactions to anaesthetic drugs and alerts on GP records (a
university lead, two columns), pregnancy checks before x-rays and scans requested by GPs
(an acute trust radiology department, a form with no evidence section), remote reporting
of ECGs recorded in practices and care homes (a private cardiac diagnostics company as
primary entrant, lists), test results that come back after patients leave the emergency
department (an acute trust, a pdf made from Word), urinary retention in men going home
after day surgery (a community trust bladder and bowel service, rubric headings),
step-down beds for people who are homeless after surgery or a procedure (a homelessness
charity, no headings, long), bleeding after tonsillectomy in children (an acute trust
children's surgery team, with appendix), living at home with a nephrostomy tube (a
hospice lead, sections in an unusual order), negative pressure wound therapy pumps at home
after surgery (a private device company as primary entrant, numbered questions),
equipment and home checks before hip and knee replacement (a council equipment and
occupational therapy service, a form), going home with a numb limb after a nerve block (an
acute trust anaesthetic department, no stakeholders section) and skin specimens from a
practice's minor surgery clinic (one GP practice on its own, no headings, short).

Build it with

    .venv/bin/python data/independent/build.py --set 47   (writes data/corpus/independent47/)

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
    numbers trained, activity counts (visits, calls, referrals, checks, scans, tests,
    plans, people screened or identified), single figures with no baseline, a zero with
    no earlier figure, figures that did not change, budgets, costs and savings
    estimates, phone numbers, postcodes, reference numbers, targets not yet reached,
    plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('halved', 'a third fewer', a shift on an SPC chart); no_quantitative_evidence looks
    only at the evidence section (or the whole entry when the evidence section is
    missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, unusual names for patients or job titles, list
    items), wherever in the entry it is told, including sections other than the
    stakeholders section;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, staff or volunteers simply delivering the service,
    audiences at launches and meetings that were only updated, surveys and
    questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance services are emergency_service;
GP practices, GP federations, primary care networks and local pharmaceutical committees
are primary_care; patients' support groups, family networks, parent carer forums and
women's health forums are patient_group; hospices, homelessness charities, care
associations and Care and Repair agencies are charity; a university is university;
medical device and diagnostics companies are private).  A department or team of the
entrant's own organisation is not a partner, and a laboratory that only processes
samples under its usual contract is not named as one.  Flags are written by hand and
build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I737  stopping and restarting blood thinners around planned procedures -
#       docx - bold headings with a cover table - ICB lead pharmacist, formal -
#       ICB with the acute trust (endoscopy, day surgery, pre-assessment), the
#       LPC and a GP federation - staff involved - NO patient involvement
#       (patients given a plan and sent texts, a survey that changed nothing,
#       a citizens' panel that was only updated, a plan) - Q includes 'halved'
# ---------------------------------------------------------------------------
entry(
    id="I737", format="docx", layout="bold_headings", topic="anticoagulants_around_planned_procedures",
    project="independent47-stopcheckrestart-737", docx_font="Calibri",
    title="Stop, Check, Restart: managing blood thinners safely around planned procedures",
    cover_table=[
        ("Entry title", "Stop, Check, Restart: managing blood thinners safely around planned procedures"),
        ("Lead organisation", "NHS Hexmoor and Fenside Integrated Care Board (Medicines Optimisation Team)"),
        ("Partners", "Hexmoor Hospitals NHS Trust (Endoscopy Unit, Day Surgery Unit and Pre-operative Assessment); Hexmoor and Fenside Local Pharmaceutical Committee; Hexmoor South GP Federation"),
        ("Contact", "Lead Pharmacist for Cardiovascular Medicines, Medicines Optimisation Team"),
    ],
    primary_entrant=dict(name="NHS Hexmoor and Fenside Integrated Care Board", type="icb"),
    partners=[
        dict(name="Hexmoor Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Hexmoor and Fenside Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Hexmoor South GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
Around one adult in twelve in Hexmoor and Fenside takes a medicine that thins the blood: an
anticoagulant such as apixaban, rivaroxaban, edoxaban or warfarin, or an antiplatelet such as
clopidogrel or ticagrelor. Many of them also need planned procedures: a colonoscopy where a polyp may
be removed, a cystoscopy, a skin cancer excision, a hernia repair or a joint injection. For each
procedure someone has to decide whether the blood thinner should be stopped, for how many days, whether
anything should replace it in the meantime and when it should be started again.

Before this work that decision was made in at least four different places. The endoscopy booking letter
gave one standard instruction for everybody. The pre-operative assessment nurse sometimes gave another.
Patients who were unsure rang their GP practice, where the receptionist passed the question to whichever
GP was on duty, who did not have the procedure details. Community pharmacists were asked about it at the
counter several times a week and had nothing to go on. Restarting was nobody's job at all: the discharge
letter from a day case unit would say 'restart as advised', and the advice was not written down
anywhere.

The consequences were predictable. Procedures were cancelled on the morning because the patient had not
stopped, or had stopped the wrong tablet. Others went ahead on patients who should not have stopped at
all. In 2022 a man who had had a coronary stent fitted six weeks earlier was told by a booking letter to
stop his clopidogrel for seven days before a routine colonoscopy; he was admitted with a heart attack on
the fifth day. In the same year a woman with atrial fibrillation did not restart her rivaroxaban after a
polypectomy, because she thought the hospital would tell her when, and had a stroke a month later. Both
incidents were investigated separately by different organisations, and it was only when our medicines
safety group put them side by side that we saw a common cause.

The partnership started in January 2023. The aim was simple to say and harder to do: one agreed guideline
for the whole area, one written plan for each patient, and a named professional responsible for each step
of stopping, checking and restarting.
"""),
        ("evidence", "What has changed and the evidence", """
Since April 2023 every patient on a blood thinner who is listed for a planned procedure at the trust is
identified at booking. A pre-operative pharmacist writes a 'Stop, Check, Restart' plan using the joint
guideline, with the date of the last dose, whether any bridging is needed and the date to restart. The
plan goes electronically to the GP practice and to the patient's usual community pharmacy. Two days
before the procedure the pharmacy rings the patient to check they have stopped correctly, and three to
five days after it rings again to check they have restarted. Complex patients, such as those with a
recent stent, a mechanical heart valve or unstable warfarin control, are managed by a practice pharmacist
from the GP federation with advice from cardiology or haematology.

We compared the year before (April 2022 to March 2023) with the second full year of the pathway (April
2024 to March 2025), using the trust's theatre and endoscopy systems and its readmission data.

<<Q:Procedures cancelled on the day because a blood thinner had not been stopped correctly fell from 6.1%
of procedures on patients taking these medicines to 2.3%.>> <<Q:Emergency readmissions for bleeding within
14 days of a polypectomy or minor surgical procedure halved, from 26 to 13.>>

<<Q:At the pharmacy restart check, the proportion of patients who had not restarted their medicine on the
planned date went from one in eight in the first month of the pathway to one in fifty by the end of the
second year.>>

In 2024/25 pharmacists wrote 4,620 plans and community pharmacies completed 8,910 check calls. Practice
pharmacists in the federation managed 388 complex patients.
"""),
        ("stakeholders", "Involvement of staff and patients", """
<<S:Endoscopy nurses and the pre-operative assessment team told us that patients were getting three
different sets of instructions, and they rewrote the booking letter so that it now says only 'do not
change any blood thinning medicine until our pharmacist has spoken to you'.>> <<S:Community pharmacists
on the LPC's working group tested the check call script for six weeks and asked for the plan to give the
exact date and day of the week of the last dose, not 'five days before', because patients counted the
days in different ways.>>

<<S:Practice pharmacists in the GP federation agreed with the trust's cardiologists and haematologists
which patients count as complex and must be handled by them rather than by the standard plan.>> <<S:The
trust's clinical systems team suggested sending the plan as a structured document instead of a letter,
so that it arrives in the practice's workflow with a task and a due date, and this was built with the
help of two practice workflow administrators.>>

Every patient receives a printed copy of their plan and a text message reminder the day before they
need to stop. We sent a short questionnaire to 140 patients who had been through the pathway, and 91%
said the instructions were clear, so we have kept the wording as it is. The ICB's citizens' panel was
given an update on the work in March 2024. We intend to ask patients to help us produce a version of the
plan for people who do not read English.
"""),
        ("value", "Value for money and experience", """
Community pharmacies are paid £12 for each completed check call, which cost the ICB about £107,000 in
2024/25. The pharmacist time in pre-operative assessment was funded by moving one post from the
outpatient pharmacy. A cancelled endoscopy slot is worth around £450 to the trust, and an emergency
admission for bleeding costs several thousand pounds, before counting the harm of a stroke or heart attack
caused by stopping a medicine for too long.

GP reception teams say they no longer take calls from worried patients the day before a procedure.
Pharmacists tell us they feel part of the patient's care rather than a shop at the end of it.
"""),
        ("spread", "Spread", """
The joint guideline is now used by the independent sector hospital that carries out NHS day surgery in
the area, and the neighbouring ICB has asked for the plan template and the pharmacy service
specification. We presented the pathway to the regional medicines safety officers' network in October
2024, and the guideline has been extended to cover dental extractions carried out in the trust's
maxillofacial unit.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)

# ---------------------------------------------------------------------------
# I738  photographs of worrying skin lesions taken in general practice for a
#       dermatologist - pdf - own headings - GP federation clinical lead,
#       plain and warm - GP federation with the acute trust's dermatology and
#       medical photography and a skin cancer support charity - patients
#       (passive voice, pronouns, volunteers) and staff ('skin imagers')
#       involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I738", format="pdf", layout="own_headings", topic="teledermatology_skin_lesion_photos",
    project="independent47-pictureitfirst-738", pdf_font="LiberationSans", pdf_align="L",
    title="Picture It First: photographs of worrying skin lesions taken in general practice and seen by a dermatologist within days",
    cover=[
        "Lead organisation: Oxcombe Vale GP Federation, on behalf of its 23 member practices",
        "Working with: Oxcombe Vale Hospitals NHS Trust (Department of Dermatology and Medical Photography) and Skin Deep Oxcombe, a skin cancer support charity",
        "Contact: Dr Ruth Ansell, Clinical Lead for Planned Care, Oxcombe Vale GP Federation",
    ],
    primary_entrant=dict(name="Oxcombe Vale GP Federation", type="primary_care"),
    partners=[
        dict(name="Oxcombe Vale Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Skin Deep Oxcombe", type="charity"),
    ],
    sections=[
        ("context", "Where we started", """
Oxcombe Vale is a rural district with an older population and a lot of people who have worked outdoors all
their lives. Skin cancer is common here. Every GP in the federation sees several people a week with a mole
or a patch of skin that has changed, and most of them are worried about melanoma.

By 2022 the hospital's dermatology department was receiving more than 600 urgent suspected skin cancer
referrals a month. The clinics were full of people with harmless lesions, such as seborrhoeic keratoses
and benign moles, that a dermatologist could have recognised from a good photograph. Meanwhile people who
did have a melanoma or a squamous cell carcinoma were waiting in the same queue, and the two-week target
was being missed more often than it was met. Some people waited five or six weeks for a first appointment
and then several more for the operation.

Some GPs had started taking pictures on their own phones and emailing them to a dermatologist they knew.
This was well meant but it was not safe: the pictures were not stored in the record, the quality varied
and nobody was accountable for the answer. In one case a photo was sent, the reply went to an inbox that
the GP did not check, and the patient's melanoma was not excised until four months later.

The federation, the dermatology department and Skin Deep Oxcombe agreed in the summer of 2022 to build a
single route. Practices refer patients to one of nine photography hubs in GP surgeries across the
district. A trained member of staff takes a standard set of close-up, dermatoscope and wide-angle
photographs, which are uploaded to the hospital's imaging system with the referral. A consultant
dermatologist looks at every set within three working days and decides: discharge with advice, book
straight onto a surgical list, or see in clinic.
"""),
        ("evidence", "What has improved", """
The route opened in September 2022. We compared the last full year of the old system (2021/22) with
2023/24, using the trust's referral data and the federation's hub records.

<<Q:The median time from a patient showing their GP a suspicious lesion to a decision by a dermatologist
went from 16 days in 2021/22 to 4 days in 2023/24.>> <<Q:For melanomas diagnosed through the route, the
median time from referral to the first operation fell from 38 days to 17 days.>>

<<Q:Photograph sets that were not good enough for the dermatologist to make a decision fell from 22% in the
first three months to 5% in the last three months of 2023/24.>>

In the first two years, 7,940 patients were photographed in the hubs. Around 40% were discharged with
advice and a leaflet, 1,230 were booked straight onto a surgical list and 412 skin cancers were found,
including 96 melanomas.
"""),
        ("stakeholders", "Working with patients and staff", """
<<P:Members of Skin Deep Oxcombe's Tuesday support group, most of whom have had a melanoma removed, went
through the patient leaflet with us line by line.>> <<P:It was their point that a patient who is told 'we
will send your photos to the hospital' expects a letter and then hears nothing for days, so the leaflet
now says exactly when and how they will hear, and they wrote the wording of the text message that goes
out when the dermatologist has looked.>>

<<P:The layout of the photography rooms was tried out by six volunteers from the charity before the hubs
opened, and one of them pointed out that there was nowhere private to undress, so a curtain and a gown are
now in every hub.>>

<<S:The healthcare assistants who take the photographs, known in the practices as skin imagers, asked for
a body map on the referral screen, because they were spending a long time searching for 'the mole on the
back' that the GP had seen.>> <<S:The trust's medical photographers trained them and, after reviewing the
first 300 sets of images together, changed the standard views from two to three, adding a wide shot so
that the dermatologist can see where the lesion is on the body.>> <<S:Consultant dermatologists and a
group of GPs agreed the referral questions at two evening meetings, and the GPs asked for a 'straight to
surgery' option so that their patients would not have to attend a clinic first.>>
"""),
        ("value", "Value", """
Each set of photographs takes about 15 minutes of a healthcare assistant's time. The dermatoscopes and
cameras cost £1,900 per hub, paid for by the integrated care board's elective recovery fund. A
face-to-face dermatology appointment costs around £170, and patients who are discharged from the
photographs save themselves a journey of up to an hour each way to the hospital.

Dermatologists say they now spend clinic time on people who need them. Patients tell us that being seen in
their own surgery, by someone they may already know, feels less frightening.
"""),
        ("spread", "Sharing it", """
The hub model has been adopted by the federation in the neighbouring district, which refers to the same
dermatology department. We have shared the imaging standard and the skin imagers' training pack through
the regional dermatology network and with the British Association of Dermatologists' teledermatology
group. Skin Deep Oxcombe has published the patient leaflet on its website for other charities to use.
"""),
    ],
    flags=[],
)

# ---------------------------------------------------------------------------
# I739  portable x-rays in care homes after a fall - docx - numbered
#       questions - ambulance service consultant paramedic, practical -
#       ambulance service with the acute trust's imaging directorate, the
#       community trust's care home team and a care providers' association -
#       relatives, a resident and staff (night team leaders) involved - Q
#       includes a shift on an SPC chart - no flags
# ---------------------------------------------------------------------------
entry(
    id="I739", format="docx", layout="numbered_questions", topic="portable_xray_care_homes_falls",
    project="independent47-xraycomestoyou-739", docx_font="Arial",
    title="X-Ray Comes to You: portable x-rays for care home residents after a fall",
    cover=[
        "Primary entrant: Northmarch Ambulance Service NHS Trust",
        "Partners: Calderwick Hospitals NHS Trust (Imaging Directorate); Calderwick Community Health NHS Trust (Enhanced Care in Care Homes Team); Calderwick Care Providers' Association (registered charity representing 71 care homes)",
        "Submitted by the Consultant Paramedic for Falls and Frailty",
    ],
    primary_entrant=dict(name="Northmarch Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Calderwick Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Calderwick Community Health NHS Trust", type="nhs_trust"),
        dict(name="Calderwick Care Providers' Association", type="charity"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
When a care home resident falls and nobody can be sure whether a bone is broken, the safe-looking answer
has always been to call an ambulance and send them to the emergency department for an x-ray. For many
residents it is not safe at all. Someone of 90 with dementia may wait on the floor for hours for an
ambulance, then wait again on a trolley in a corridor, often through the night, away from the people who
know them and without their glasses, hearing aids or usual medicines. Delirium, pressure damage,
dehydration and hospital-acquired infection are common. Most of them have no fracture and are sent back
to the home the next day, sometimes in a worse state than when they left.

Our crews were doing this every night in Calderwick. In 2022 we took more than 1,600 care home residents to
the emergency department after a fall. Paramedics could often examine a resident and feel fairly sure
there was no fracture, but 'fairly sure' is not enough when the person cannot tell you where it hurts,
and without an x-ray there was no safe alternative.

The hospital had two portable x-ray machines that were used only on the wards. The community trust's care
home team knew the residents and could visit, but could not x-ray anyone. The care homes wanted to keep
residents at home but did not feel able to refuse an ambulance. No one organisation could change this on
its own.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since February 2023, when a care home rings 999 or 111 about a fall without obvious serious injury, the
call is passed to a clinician in our clinical hub. If the resident is stable and the concern is a possible
fracture, a paramedic or the care home team visits, and if an x-ray is needed a radiographer comes to the
home with the portable machine, usually the same day and always within 18 hours. Images go straight to the
hospital's system and a reporting radiographer or radiologist reports within an hour. If there is a
fracture, a planned ambulance takes the resident to the right place, often straight to the fracture
clinic or the orthopaedic ward rather than the emergency department.

<<Q:On our statistical process control chart, ambulance conveyances of care home residents to the
emergency department after a fall moved below the old lower control limit in May 2023 and have stayed
there, with the monthly mean dropping from 138 to 87.>>

<<Q:The median time from a fall to an x-ray result for these residents went from 9 hours 40 minutes in 2022
to 3 hours 15 minutes in 2024.>> <<Q:Residents who developed delirium within 72 hours, as recorded by the
care home team, fell from about one in five of those sent to hospital in 2022 to one in twenty of those
x-rayed at home in 2024.>>

In 2024 the radiographers carried out 1,214 x-rays in care homes. Fractures were found in 166 residents,
all of whom were then taken to hospital.
"""),
        ("spread", "3. How has the work been shared or spread?", """
The service now covers all 71 homes in the association and has been extended to people living in extra
care housing. The hospital has bought a third portable machine so that the service can run at weekends.
Two other ambulance services in the region have visited our clinical hub, and one has started a pilot with
its local acute trust. The work was presented at the national frailty conference in 2024.
"""),
        ("value", "4. What difference has it made to people and staff, and is it value for money?", """
A home x-ray visit costs about £140 in radiographer time and travel. An emergency department attendance
followed by an ambulance journey home costs several times that, and a bed in a frailty unit for a
resident who develops delirium costs far more. Each conveyance we avoid also frees a crew for the next
999 call.

Care home managers say they no longer dread the night-time fall. Radiographers say they enjoy seeing
people in their own surroundings, and families tell us they are relieved not to get a call from the
emergency department at 4am.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<P:The relatives' group at Heatherlea House, one of the first homes to take part, asked to be phoned
before the radiographer arrived so that a family member could be there, and this is now part of the
booking script.>> <<P:Mr Ernest Dobbs, a resident of 93 who was x-rayed in his own room, told the
radiographers that the cold lead apron was the worst part, and the team now keeps the aprons warm in the
van.>>

<<S:Night team leaders from six care homes met our hub clinicians and the care home team over three
evenings and wrote the list of questions that a home answers when it calls, which they said had to fit on
one side of paper and use words like 'not putting weight on it' rather than medical terms.>>
<<S:Radiographers from the trust tested the portable machine in two homes for a month and asked for
a second person on every visit, because lifting residents into position alone was not safe, so a care
home member of staff now assists.>> <<S:Emergency department consultants and the orthopaedic team agreed
which fractures can go straight to the fracture clinic, after reviewing 40 real cases with our
paramedics.>>
"""),
    ],
    flags=[],
)

# ---------------------------------------------------------------------------
# I740  raised liver blood tests found in general practice - pdf - CAPS
#       headings - consultant clinical biochemist, brisk - pathology network
#       hosted by an acute trust, with a PCN, the council's drug and alcohol
#       commissioning and a liver patients' support group - patients and
#       staff (biomedical scientists, alcohol workers) involved - NO
#       quantitative evidence (reflex test counts, cirrhosis found, a target
#       not yet met, a single survey figure, no earlier comparison)
# ---------------------------------------------------------------------------
entry(
    id="I740", format="pdf", layout="caps_headings", topic="abnormal_liver_tests_primary_care",
    project="independent47-liverfirst-740", pdf_font="DejaVuSans", pdf_align="L",
    title="LIVER FIRST: acting on abnormal liver blood tests found in general practice",
    cover=[
        "LEAD ENTRANT: Ellerby Pathology Partnership, hosted by Ellerby Royal Hospitals NHS Trust",
        "PARTNERS: Ellerby North Primary Care Network; Ellerby City Council (Public Health, Drug and Alcohol Commissioning); Ellerby Liver Friends (patient support group)",
        "CONTACT: Consultant Clinical Biochemist, Ellerby Pathology Partnership",
    ],
    primary_entrant=dict(name="Ellerby Royal Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Ellerby North Primary Care Network", type="primary_care"),
        dict(name="Ellerby City Council", type="local_authority"),
        dict(name="Ellerby Liver Friends", type="patient_group"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Liver blood tests are among the commonest tests requested in general practice. Our laboratory reports
about 400,000 a year, and around one in five has at least one result outside the normal range. Most of
these abnormal results are repeated a few months later, found to be 'a bit raised' again, and filed. Very
few lead to a diagnosis.

Yet liver disease is one of the leading causes of death in people of working age in England, and in
Ellerby the rate is well above the national average. Three quarters of people with cirrhosis are
diagnosed for the first time when they are admitted as an emergency, with a bleed from varices, fluid in
the abdomen or confusion. By then treatment options are limited and many die within a year. When our
hepatologists looked back through the records of people admitted in this way, most had had abnormal liver
tests in general practice for years, sometimes a decade, with nothing else done.

The problem was shared between us. GPs did not have time to work out which of the many abnormal results
mattered, and the right next tests were not obvious. The laboratory saw every result but only ever added
a reference range. The council's alcohol service was seeing people with heavy drinking who had never
had their liver assessed. And patients were told their results were 'nothing to worry about' when that
was not known.

From June 2023 the partnership introduced a staged approach. When a liver test from a PCN practice is
abnormal, the laboratory automatically adds the next tests on the same sample: a viral hepatitis screen,
ferritin and, where appropriate, a fibrosis blood test. The report carries a plain comment telling the GP
what the results mean and what to do next. People with a high fibrosis score are offered a scan in a
community clinic held in one of the practices, and a hepatology nurse sees anyone at high risk. People
drinking above safe limits are offered a direct referral to the alcohol service from the practice.
"""),
        ("evidence", "WHAT HAS BEEN ACHIEVED", """
Between June 2023 and May 2025 the laboratory added further tests to 15,380 abnormal liver results from the
PCN's eleven practices. 2,140 fibrosis blood tests were carried out, and 603 showed a raised score.

411 people have had a liver stiffness scan in the community clinic. 97 were newly diagnosed with
cirrhosis, and 52 of them had no symptoms of liver disease at the time. 33 people were found to have
hepatitis C or hepatitis B that had not been known about, and all have been offered treatment. The alcohol
service received 286 referrals through the new route.

Our target is for 90% of high-risk results to have a documented action in the GP record within four
weeks. In the last quarter it was 83%.

In a survey of 64 GPs and practice nurses in the PCN in 2024, 81% said the comments on the report helped
them decide what to do next. We did not collect these figures before the pathway started, so we cannot
compare them with earlier years, and it is too soon to look at emergency admissions with liver disease.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:Members of Ellerby Liver Friends, several of whom were diagnosed only after being admitted with a
bleed, read the draft letter that goes to people with a high fibrosis score and told us it sounded like a
death sentence.>> <<P:They asked us to drop the word 'cirrhosis' from the first paragraph and to start
with what can be done, and they rewrote the letter with our hepatology nurse.>> <<P:Two members now sit in
the waiting room at the community scan clinic on clinic days to talk to anyone who wants to, which was
their suggestion.>>

<<S:GPs and practice nurses from the PCN tested the wording of the report comments on 200 real results
before go-live and asked us to cut each comment to two lines with the action first.>> <<S:Biomedical
scientists in the laboratory pointed out that adding tests to samples more than three days old would give
unreliable results, and the rules were changed so that the laboratory asks for a fresh sample
instead.>> <<S:Recovery workers from the council-commissioned alcohol service designed the referral form
with the practice nurses and asked for a question about whether the person would like a phone call rather
than a letter.>>
"""),
        ("value", "VALUE", """
The extra tests cost about £14,000 a year, met from the laboratory's budget. The scans and nurse clinics
are funded by the integrated care board as part of its liver disease programme. A single emergency
admission with decompensated cirrhosis typically costs the NHS more than £10,000, and many people need
several. A liver transplant costs far more. Finding liver disease years earlier gives people the chance
to stop drinking, lose weight or be treated for hepatitis while it still makes a difference.
"""),
        ("spread", "SPREAD", """
From April 2025 the automatic extra tests apply to liver results from all six PCNs served by the
laboratory. We have shared the rules and comment wording with the regional pathology network, and two
other laboratories in the region have asked for them. Ellerby Liver Friends has presented the work at a
national patient conference on liver disease.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)

# ---------------------------------------------------------------------------
# I741  inherited reactions to anaesthetic drugs (malignant hyperthermia,
#       suxamethonium apnoea) and alerts on GP records - pdf - two columns -
#       university unit director, academic but readable - university with the
#       teaching hospital, a PCN and a family network - families involved -
#       NO staff involvement (anaesthetists briefed, nurses trained, practices
#       sent the codes, a named lead doing her job, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I741", format="pdf", layout="two_column", topic="anaesthetic_reaction_alerts_gp_records",
    project="independent47-knownonce-741", pdf_font="LiberationSerif",
    title="Known Once, Known Everywhere: making sure an inherited reaction to anaesthetic drugs is never a surprise twice",
    cover=[
        "University of Westmere, School of Medicine, Anaesthetic Pharmacogenetics Unit (lead entrant), with Westmere Teaching Hospitals NHS Foundation Trust, Westmere East Primary Care Network and the Wake Up Safe Family Network",
        "Entry by the Unit Director (Senior Lecturer in Anaesthesia)",
    ],
    primary_entrant=dict(name="University of Westmere", type="university"),
    partners=[
        dict(name="Westmere Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Westmere East Primary Care Network", type="primary_care"),
        dict(name="Wake Up Safe Family Network", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
Two inherited conditions can turn a routine anaesthetic into an emergency. In malignant hyperthermia, some
anaesthetic gases and the muscle relaxant suxamethonium trigger a rapid and sometimes fatal rise in body
temperature and muscle breakdown. In suxamethonium apnoea (butyrylcholinesterase deficiency), the same
relaxant is not broken down normally and the patient cannot breathe on their own for hours after an
operation. Both are rare, both run in families, and both are completely avoidable once known, because safe
alternative drugs exist.

Our unit is one of a small number in the country that test people after a suspected reaction and then
test their relatives. For years, the result was sent as a letter to the referring anaesthetist and the
patient's GP. We assumed that was enough. It was not. When we audited 150 people with a confirmed result in
2022, the alert was missing from the GP record of more than half of them, and therefore missing from the
summary care record that emergency departments, dentists and private hospitals can see. Relatives were
rarely tested, because it was left to the patient to tell their family, and few understood what to say.

Two events made this impossible to ignore. A woman whose brother had reacted during an operation ten
years earlier had never been told it might affect her, and she had a severe reaction during an emergency
appendicectomy. A man with a known result was given suxamethonium in an emergency department because the
alert was in a letter scanned into his notes and not in his coded record. Both survived, after intensive
care.
"""),
        ("evidence", "What has changed", """
Since September 2023 the unit sends each result as a structured message that adds a coded alert to the GP
record and, with consent, to the summary care record. The hospital's electronic record shows a red banner
for the same codes. Each person receives an alert card and is offered a medical bracelet, and the family
letter is sent to any relative they name, with an invitation to be tested.

<<Q:Among people with a confirmed result from our unit, the share whose GP record carried the correct coded
alert rose from 41% in the 2022 audit to 96% in the repeat audit in 2024.>>

<<Q:Relatives who came forward for testing within a year of a family member's diagnosis went from about one
in six before the family letter to more than half after it.>>

<<Q:Reported exposures to a trigger drug in people who already had a known result fell from 6 in the two
years before the change to 1 in the two years after.>>

The unit tested 212 people in 2024, including 131 relatives.
"""),
        ("stakeholders", "Who was involved", """
<<P:The Wake Up Safe Family Network, a group of families affected by both conditions, has been part of the
work from the start, and its members told us that the old letter to relatives was so technical that people
put it in a drawer.>> <<P:They wrote the new family letter with us, opening with 'Someone in your family
has had a reaction to an anaesthetic, and it may affect you', and tested it on their own relatives
first.>>

<<P:A mother whose teenage son was ventilated for six hours after an operation designed the alert card, and
asked that it fit behind a bank card in a phone case, because that is where young people keep things.>>
<<P:Members of the network also chose the bracelet supplier after trying three.>>

All consultant anaesthetists at the trust were briefed at the departmental audit meeting.
Pre-operative assessment nurses were trained to ask about reactions to anaesthetics in the family.
Practices in the PCN were sent the codes and a search to find people whose result was only in a letter. The
unit's clinical work is led by Dr Helen Marsh, who sees every family herself. We hope to involve dental
practices and the private hospitals in the area next year.
"""),
        ("value", "Value", """
The structured message and the banner used existing systems and cost only staff time. The cards and
bracelets cost about £9 a person. A malignant hyperthermia crisis means intensive care, the costly
antidote dantrolene and sometimes death, and prolonged apnoea means an unplanned stay in intensive care.
For families, a single letter can prevent a crisis in a relative who never knew they were at risk.
"""),
        ("spread", "Spread", """
The structured message has been offered to the other national testing unit, and the family letter is
used by the national patient charity for both conditions. We have shared the audit method with the Royal
College of Anaesthetists' safety group, and the codes are now part of the region's shared care record.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)

# ---------------------------------------------------------------------------
# I742  pregnancy checks before x-rays and scans requested by GPs - docx -
#       form table - superintendent radiographer, careful - acute trust
#       radiology with a PCN and a women's health forum - women (including a
#       trans man) and staff (receptionists, radiographers) involved - NO
#       evidence section, but measured changes are reported in the value
#       section, so no no_quantitative_evidence flag
# ---------------------------------------------------------------------------
entry(
    id="I742", format="docx", layout="form_table", topic="pregnancy_status_before_imaging",
    project="independent47-askeverytime-742", docx_font="Calibri",
    title="Ask Every Time: checking pregnancy status before x-rays and scans requested in general practice",
    cover_table=[
        ("Title of entry", "Ask Every Time: checking pregnancy status before x-rays and scans requested in general practice"),
        ("Lead organisation", "Harnwell General Hospitals NHS Trust, Diagnostic Imaging"),
        ("Partner organisations", "Harnwell Town Primary Care Network; Harnwell Women's Health Forum"),
        ("Name and role of entrant", "Superintendent Radiographer and Radiation Protection Supervisor"),
    ],
    primary_entrant=dict(name="Harnwell General Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Harnwell Town Primary Care Network", type="primary_care"),
        dict(name="Harnwell Women's Health Forum", type="patient_group"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
GPs in Harnwell can send patients directly for x-rays and for some CT scans without a hospital
appointment. Many of these examinations, such as x-rays of the lower back, pelvis and hip and CT of the
abdomen, pass radiation through the pelvis. The law on medical exposures requires that anyone who could be
pregnant is asked before such an examination, and that the referrer gives the information needed. If a
person might be pregnant and the examination is not urgent, it should usually be delayed or a different
test used.

In practice the question was almost always asked for the first time by the radiographer, at the x-ray
desk or in a changing cubicle, often within earshot of other patients, sometimes in front of a parent or
partner. Many women found it intrusive and some did not answer honestly. Girls aged 12 to 16 were asked
with their mother standing beside them. Trans men and non-binary people were sometimes not asked at all,
because the system showed them as male. If a woman did not know the date of her last period, the
examination was cancelled and she had to go back to her GP for a pregnancy test and a new request.

Between 2020 and 2022 the department reported five exposures of people who turned out to be pregnant to
the regulator, three of them after GP requests. None led to lasting harm as far as we know, but each caused
great anxiety for the woman and her family.

The partnership set three goals: the pregnancy question answered by the GP practice on every relevant
request, before the patient arrives; a private way of asking in the department; and wording that includes
everyone who could be pregnant.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Eleven members of the Harnwell Women's Health Forum, including two mothers of teenage girls, met with
us twice and described how it felt to be asked about periods and pregnancy across a reception desk.>>
<<P:Because of what they told us, the question is now asked on a card that the patient fills in alone in
the changing room and posts through a slot, and the radiographer only follows it up in private if the
answer is 'yes' or 'not sure'.>> <<P:A trans man who is a member of the forum helped us rewrite the card so
that it asks 'Is there any chance you could be pregnant?' of everyone aged 12 to 55, rather than only of
patients recorded as female.>>

<<S:Reception staff in the PCN's practices asked for the pregnancy question to be built into the electronic
request form as a required field, because they were being asked to chase GPs for missing answers.>>
<<S:Radiographers trialled the card for a month in the plain film department and suggested adding a line
telling patients that they can ask for a free pregnancy test in the department, which is now offered.>>
<<S:The PCN's digital lead and the trust's imaging systems manager designed the request form together and
tested it with four practices before it went live across the network.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The changes used existing systems and cost very little: the cards cost a few pence each and a box of
pregnancy tests costs less than £20. Cancelled appointments, by contrast, waste a slot that could be used
for someone else and mean a second trip for the patient.

<<Q:Requests from the PCN's practices that arrived without the pregnancy question answered fell from 71% in
the three months before the new form to 3% in the six months after.>> <<Q:Appointments abandoned at the
x-ray desk because pregnancy could not be ruled out went down from about 30 a month to 8 a month.>> The
new form went live in May 2024.

Radiographers tell us they are more comfortable asking the question privately, and the forum's members
say the card is 'discreet and normal'.
"""),
        ("spread", "How has the work been shared and spread?", """
The other two primary care networks in Harnwell adopted the request form in January 2025, and the trust
is using the card in its emergency department x-ray room. We have shared the card and the wording with
the regional radiation protection network and the Society of Radiographers' regional group.
"""),
    ],
    flags=[dict(code="missing_section", criterion="evidence")],
)

# ---------------------------------------------------------------------------
# I743  remote reporting of ECGs recorded in GP practices and care homes -
#       docx - bullet lists, partners as cover bullets - PRIVATE cardiac
#       diagnostics company as primary entrant, with a PCN, a care association
#       and the ICB (ineligible) - clinical services director, upbeat - staff
#       involved - NO patient involvement (patients texted and given a
#       leaflet, a satisfaction survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I743", format="docx", layout="bullet_lists", topic="remote_ecg_reporting_primary_care",
    project="independent47-samedaytraces-743", docx_font="Arial",
    title="Same Day Heart Traces: remote reporting of ECGs recorded in GP practices and care homes",
    cover=[
        "Entrant: Pulsepoint Cardiac Diagnostics Ltd",
        "Contact: Clinical Services Director (Registered Cardiac Physiologist), Pulsepoint Cardiac Diagnostics Ltd",
        "Delivered in partnership with:",
    ],
    cover_bullets=[
        "Marden Valley Primary Care Network (11 GP practices)",
        "Marden Valley Care Association (representing 38 care homes)",
        "NHS Marden Vale Integrated Care Board (commissioner)",
    ],
    primary_entrant=dict(name="Pulsepoint Cardiac Diagnostics Ltd", type="private"),
    partners=[
        dict(name="Marden Valley Primary Care Network", type="primary_care"),
        dict(name="Marden Valley Care Association", type="charity"),
        dict(name="NHS Marden Vale Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "The problem", """
GP practices and nursing homes in Marden Valley record around 14,000 twelve-lead ECGs a year, for
palpitations, chest pain that is not an emergency, blackouts, before starting certain medicines and as part
of monitoring for people on drugs that affect the heart rhythm.

What we found when we were asked to look at it in 2022:

- most ECGs were read by whichever GP had requested them, often days later, at the end of a surgery

- the machine's automatic interpretation was often wrong, both ways, and GPs told us they did not feel confident reading some traces

- ECGs from care homes were printed, faxed or photographed and sent to the practice, and some never arrived

- serious findings such as a very slow heart rhythm, a prolonged QT interval in someone on a new antipsychotic or antibiotic, or signs of a recent heart attack could sit unread for a week

- care home residents were often sent to the emergency department just to have an ECG read

- in one case a man's ECG, recorded on a Friday, showed complete heart block; it was read on the Wednesday, by which time he had collapsed at home

What we do now, since March 2023:

- every ECG machine in the PCN's practices and the association's nursing homes sends the trace to our secure platform as soon as it is recorded

- a registered cardiac physiologist reads it within two hours during the working day, with a consultant cardiologist available for advice

- a serious abnormality is phoned straight to the practice's duty doctor or the home's nurse in charge, using an agreed list of 'call now' findings

- the report is filed directly into the GP record with a coded result
"""),
        ("evidence", "Results", """
We compared the twelve months before go-live with the year April 2024 to March 2025, using practice audit
data and our own platform records.

- <<Q:the median time from an ECG being recorded to a report reaching the practice fell from 6 days to 3 hours 10 minutes>>

- <<Q:ECGs with a 'call now' abnormality that were acted on the same day went up from 48% to 97%>>

- <<Q:care home residents sent to the emergency department only to have an ECG done or read went down from 212 to 64 a year>>

- 13,860 ECGs were reported in 2024/25, and 318 were phoned through as 'call now'

- 96% of reports were issued within two hours
"""),
        ("stakeholders", "Who was involved", """
- <<S:healthcare assistants who record most of the ECGs in the practices told us that lead placement was their biggest worry, and they helped us make the one-page placement guide that now sits in every ECG room>>

- <<S:nurses in charge at four nursing homes tested the phone call script and asked us to always state the resident's name and room number first, because night staff may not know every resident by their surname>>

- <<S:GPs on the PCN's clinical board chose which findings should be 'call now' and which could wait for the report, and changed the list twice in the first year after reviewing the calls>>

- <<S:our own cardiac physiologists suggested adding the patient's current medicines to the request screen, so that QT problems could be linked to the drug that caused them>>

- patients are sent a text message when their ECG has been reported, telling them whether they need to contact the practice

- every patient is given a leaflet explaining the test when it is recorded

- we surveyed 250 patients in 2024 and 94% were satisfied, so no changes were made

- we intend to recruit patient members to our clinical governance group in 2025
"""),
        ("value", "Value", """
- the ICB pays a fixed fee per ECG reported, which is lower than the cost of a GP's time to read it

- each emergency department attendance avoided for a care home resident saves an ambulance journey and several hours on a trolley

- GPs say they have more time for patients, and care home nurses say they feel supported at night
"""),
        ("spread", "Spread", """
- two further PCNs in the ICB area joined in January 2025

- the 'call now' list has been shared with the regional cardiac network

- we are talking to the community trust about reporting ECGs recorded by district nurses in people's homes
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)

# ---------------------------------------------------------------------------
# I744  test results that come back after patients leave the emergency
#       department - pdf (via Word) - style headings - ED consultant results
#       lead, measured - acute trust with a PCN and the ICB - staff involved
#       (ED results nurses, microbiologists, workflow administrators, care
#       co-ordinators) - NO patient involvement (patients given a card,
#       a waiting room questionnaire that changed nothing, Healthwatch sent a
#       copy, a patient safety partner joining later)
# ---------------------------------------------------------------------------
entry(
    id="I744", format="pdf", layout="style_headings", topic="results_pending_after_ed_discharge",
    project="independent47-nothinglefthanging-744", render_via="soffice", docx_font="Liberation Sans",
    title="Nothing Left Hanging: test results that come back after patients leave the emergency department",
    cover=[
        "Brackenfield University Hospitals NHS Foundation Trust, Emergency Department and Microbiology (lead)",
        "Partners: Brackenfield Central Primary Care Network; NHS Brackenfield and Wye Integrated Care Board",
        "Lead author: Consultant in Emergency Medicine (results lead)",
    ],
    primary_entrant=dict(name="Brackenfield University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Brackenfield Central Primary Care Network", type="primary_care"),
        dict(name="NHS Brackenfield and Wye Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "The problem", """
Our emergency department sees about 120,000 people a year and most of them go home the same day. For many,
a test is still outstanding when they leave. Blood cultures take two to five days. Urine and wound
cultures take a day or two. X-rays and CT scans are looked at by the emergency team straight away but
formally reported by a radiologist later, sometimes the next day, and the report occasionally finds
something the emergency team missed: a small fracture, a lung nodule, a lump in the kidney.

Until 2023 these results went back to the clinician who requested them. In a department that runs on
shifts, with many locum and rotating doctors, that person was often not at work when the result arrived,
or had left the trust altogether. Results piled up in the electronic inboxes of doctors who were no longer
there. The GP was not told that anything was outstanding, so could not chase it. And the patient had
usually been told that 'we will let you know if anything comes back', which in practice meant nobody
would.

In 2022 we reviewed every serious incident and complaint about results in the previous three years. We
found a man with a positive blood culture for Staphylococcus aureus who was not contacted for four days
and returned with a spinal abscess; a woman whose CT report mentioned a probable kidney cancer that was
not acted on for seven months; and several children whose urine cultures showed an infection that did not
match the antibiotic they had been given.

The partnership brought together the emergency department, microbiology, radiology, the practices of the
primary care network next to the hospital and the ICB's primary care and quality teams.
"""),
        ("evidence", "What we did and what has changed", """
Since May 2023 the emergency department discharge summary has a required field listing every test still
awaited. A team of three emergency nurses, the ED results nurses, works a daily list of all results that
come back after discharge, seven days a week, and decides what action is needed using protocols agreed
with the consultants. Microbiology phones positive blood cultures straight to the results nurse rather
than to the requesting doctor. If a result needs action in general practice, such as a repeat test or a
referral, the nurse sends it as a task to the practice, and in the PCN's practices it goes to a named
care co-ordinator who books it and confirms back.

We compared May 2022 to April 2023 with May 2024 to April 2025.

<<Q:Results that came back after discharge with no named person responsible for acting on them fell from
63% to 8%.>> <<Q:Patients with a positive blood culture after discharge who were contacted within 24 hours
of the result rose from 41% to 92%.>> <<Q:Radiology reports that changed the diagnosis after the patient
had gone home and were acted on within 48 hours went up from 54% to 91%.>>

The results nurses handled 21,600 results in 2024/25 and recalled 412 patients.
"""),
        ("stakeholders", "Who was involved", """
<<S:Emergency nurses who now run the results list wrote the first set of action protocols with two
consultants and asked for a 'could not contact' route after the first month, because they were spending
hours redialling numbers that did not work.>> <<S:Consultant microbiologists and the results nurses agreed
which organisms must be phoned and which can wait for the daily list, and the microbiology team changed its
out-of-hours phoning rules as a result.>>

<<S:Workflow administrators from the PCN's practices told us that tasks sent from the hospital were being
filed as letters, so they designed a coded heading that their systems now recognise as an action.>>
<<S:Care co-ordinators in the PCN tested the task route for two months and asked for the patient's mobile
number to be included on every task, because the practice record was often out of date.>> <<S:Radiologists
agreed to add a 'needs action after discharge' code to reports after reviewing a month of missed findings
with us.>>

Patients are now given a card at discharge listing any tests still awaited and the number to ring if they
have not heard by a certain date. We put a short questionnaire in the waiting room for a month in 2024, and
the comments were positive, so the card was left as it was. Healthwatch Brackenfield was sent a copy of
the new discharge summary for information. A patient safety partner is due to join the results steering
group in 2025.
"""),
        ("value", "Value", """
The three results nurse posts cost about £140,000 a year and were funded by moving money from locum
spending. Each missed positive blood culture that leads to a readmission with sepsis costs far more than
the nurses' time, and missed cancers on imaging lead to some of the most serious harm and largest claims
the NHS faces. GP practices say they trust the tasks they receive, and the emergency doctors no longer
worry that something they ordered on a night shift will be lost.
"""),
        ("spread", "Spread", """
The ICB has asked the other acute trust in the area to introduce a results nurse role, and the task route
has been extended to all 61 practices in the ICB. We presented the work at the Royal College of Emergency
Medicine's annual scientific conference in 2024. The same approach is being tried in the hospital's same
day emergency care unit.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)

# ---------------------------------------------------------------------------
# I745  urinary retention in men going home after day surgery - docx -
#       rubric headings - bladder and bowel clinical nurse specialist,
#       detailed - community trust with the acute trust's day surgery unit,
#       the GP out-of-hours service of a primary care federation and a
#       prostate support group - men and staff involved - NO quantitative
#       evidence (men screened and scanned, calls, catheterisations, numbers
#       trained, a target, a median with no earlier figure)
# ---------------------------------------------------------------------------
entry(
    id="I745", format="docx", layout="rubric_headings", topic="urinary_retention_after_day_surgery",
    project="independent47-homeandable-745", docx_font="Cambria",
    title="Home and Able to Go: catching urinary retention in men going home after day surgery",
    cover=[
        "Lead organisation: Lindale Community Health NHS Trust, Bladder and Bowel Service",
        "Partner organisations: Lindale General Hospital NHS Trust (Day Surgery Unit); Lindale Primary Care Federation (GP Out-of-Hours Service); Lindale Prostate Support Group",
        "Entrant: Clinical Nurse Specialist, Bladder and Bowel Service",
    ],
    primary_entrant=dict(name="Lindale Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Lindale General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Lindale Primary Care Federation", type="primary_care"),
        dict(name="Lindale Prostate Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "The context in which the partnership was needed, the service and its patient safety goals", """
More and more operations are done as day cases. For most people this is a good thing: they sleep in their
own bed and avoid the risks of a hospital stay. But for some older men in particular, a general or spinal
anaesthetic, strong painkillers and an operation near the groin can stop the bladder emptying for a while.
If this happens after they have gone home, usually in the evening or the early hours, they become
increasingly uncomfortable and then in severe pain. A bladder that is stretched for many hours can be
permanently damaged, and some men never pass urine normally again.

The men most at risk are easy to identify: those over 60, those with an enlarged prostate or who already
get up several times at night, and those having hernia repairs, operations on the anus or rectum, or joint
surgery under a spinal anaesthetic. Before this work, nobody asked the questions that would identify them,
the day surgery unit discharged men once they had passed a small amount of urine, and the discharge advice
did not mention retention at all.

When it happened, a man or his wife would ring NHS 111 or the out-of-hours GP service, which would tell him
to go to the emergency department. He would then wait, often for many hours, in great pain, for someone to
put in a catheter. He might then be sent home with a catheter and no plan for taking it out, and end up
with a urine infection or back at his GP's surgery a fortnight later wondering what happens next.

Our bladder and bowel service saw the end of this story every week: men with catheters that nobody had a
plan for, and some with bladder damage. Our goals were to find the men at risk before they went home, to
make sure any man who could not pass urine after going home was catheterised quickly and near home, and to
make sure every catheter came out at the right time.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since September 2023, every man having day surgery at Lindale General answers five questions about his
waterworks at pre-operative assessment. Those who score as high risk have a bladder scan before they go
home, to check they have emptied, and are given a card with a direct number for the out-of-hours service,
which has a catheter pathway. If a man cannot pass urine at home, an urgent community nurse or the
out-of-hours GP visits and puts in a catheter at home, and our service arranges a trial without the
catheter at home three to five days later.

Between September 2023 and August 2024, 1,020 men were asked the five questions and 214 scored as high risk.
187 of them had a bladder scan before discharge. 31 rang the direct number, and 26 were catheterised at
home. The median time from the call to the catheter being in place was 2 hours 20 minutes. 24 of the 26
men passed urine normally after their trial without catheter at home.

We trained 96 staff across the four organisations, including all day surgery nurses and the
out-of-hours nurses. Our target is for every high-risk man to be scanned before going home; in the last
quarter it was 88%.

We did not collect these figures before the pathway started, so we are not able to compare with earlier
years.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<P:Members of the Lindale Prostate Support Group told us what it had been like to wait in the emergency
department with retention after an operation, and several of them said they had not wanted to 'make a
fuss' by ringing for help in the night.>> <<P:Because of this the card given to high-risk men says in large
letters 'Ring us even at 3am. You are not wasting our time.', which was their wording.>> <<P:The group also
asked that wives and partners be given the card too, since it is often they who make the call, and the
day surgery unit now gives out two copies.>>

<<S:Day surgery nurses helped choose the five questions and asked for the bladder scan to be done in the
recovery area rather than on the ward, so that it did not delay discharge.>> <<S:Out-of-hours GPs and
nurses from the federation agreed the catheter pathway with our service and the urologists, and asked for a
stock of catheter packs to be kept in every out-of-hours car, which we supply.>> <<S:Urology consultants
reviewed the first 20 men catheterised at home and changed the timing of the trial without catheter from
seven days to three to five.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
A bladder scan takes about five minutes. A catheter pack costs around £15, and a home visit by an urgent
community nurse is far cheaper than an emergency department attendance and the ambulance that often goes
with it. The trial without catheter at home avoids a hospital clinic appointment.

Men tell us they were relieved to be seen at home. Day surgery nurses say they feel more confident
discharging men late in the day.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The five questions and the card are now used at the trust's second day surgery site and by the
independent sector hospital that operates on NHS patients in Lindale. We presented the pathway to the
regional continence network in 2024 and have shared it with two neighbouring community trusts.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)

# ---------------------------------------------------------------------------
# I746  step-down beds for people who are homeless after surgery or a
#       procedure - docx - no headings - long - homelessness charity head of
#       services, first person, conversational - charity with the acute trust,
#       the council's housing options service and a GP practice for people
#       who are homeless - residents involved - NO staff involvement (ward
#       staff briefed, workers trained, a named hospital lead doing her job,
#       practice nurses delivering care, volunteers escorting, a plan) - Q
#       includes 'a third fewer' in words
# ---------------------------------------------------------------------------
entry(
    id="I746", format="docx", layout="no_headings", topic="homeless_step_down_after_surgery",
    project="independent47-somewheretogetbetter-746", docx_font="Georgia",
    title="Somewhere to Get Better: step-down rooms for people who are homeless after surgery or a procedure",
    cover=[
        "The Lantern Trust, Marlowe (registered charity), lead entrant",
        "In partnership with Marlowe City Hospitals NHS Trust, Marlowe City Council (Housing Options) and Riverside Health Access Practice, a GP practice for people who are homeless",
        "Written by Bernadette Quinn, Head of Services, The Lantern Trust",
    ],
    primary_entrant=dict(name="The Lantern Trust", type="charity"),
    partners=[
        dict(name="Marlowe City Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Marlowe City Council", type="local_authority"),
        dict(name="Riverside Health Access Practice", type="primary_care"),
    ],
    sections=[
        ("context", None, """
The Lantern Trust runs two hostels and a day centre in Marlowe for people who are homeless or sleeping
rough. Between them, our services see about 900 different people a year. A lot of what we do is about
health, even though we are not a health organisation, because the people we work with are ill far more
often, and far younger, than anyone else in the city.

This entry is about something that sounds small and is not: what happens to someone who is homeless when
they need an operation or a procedure. It might be a planned hernia repair, a colonoscopy, an abscess that
needs draining under anaesthetic, or a broken ankle that has to be pinned. For most people, the hard part
is the operation. For the people we work with, the hard part is everything around it.

First, getting there. Appointment letters go to an address they left months ago. If they do get the date,
they may have no phone credit to confirm it, no money for the bus, and no one to remind them. If the
procedure needs sedation, the hospital will not let them go home without a responsible adult to collect
them and stay with them overnight, and most of our residents have nobody who can do that. So the procedure
is cancelled, sometimes three or four times, and the problem gets worse.

Then, coming out. A man who has had his ankle pinned cannot climb three flights of stairs to a hostel room,
cannot queue for a soup kitchen on crutches and cannot keep a wound clean in a shared bathroom or a tent.
A woman sent out with a drain, dressings and a bag of medicines has nowhere to keep them safe. Wounds get
infected, metalwork fails, medicines are lost or stolen, and follow-up appointments are missed because,
again, the letter went nowhere.

I can still remember the man who made us do something about it. I will call him Dougie. He had his ankle
fixed after a fall in 2021 and was discharged to one of our hostels two days later with a plaster, crutches
and a follow-up appointment card. His room was on the top floor. Four days later he fell on the stairs,
the fixation failed and he had to have the operation again. After the second operation he discharged
himself because he was worried about losing his hostel place. When we next saw him his leg was infected.

What we set up, with the hospital, the council and Riverside Health Access Practice, is quite simple. We
converted six ground-floor rooms in our Weaver Street hostel into step-down rooms, each with its own
shower, a fridge for medicines and a call bell. The hospital can refer anyone who is homeless, or at risk
of becoming homeless, who needs somewhere to recover after a planned or emergency procedure, and we will
almost always take them the same day. Our staff are there around the clock. Nurses from Riverside visit
to change dressings, check wounds and sort out medicines, and the practice registers anyone who is not
registered with a GP. The council's housing options team starts a housing assessment while the person is
with us, so that they leave to somewhere better than where they came from.

The other half of the scheme is getting people to their procedures. Before a planned operation or
colonoscopy, the hospital's booking team now contacts us, not just the patient. A volunteer from one of
the city's churches, what we call a procedure buddy, goes with the person on the day, waits, and brings
them back to a step-down room if they need one, so that the 'responsible adult' rule is met. We give
people a phone with credit if they need one and keep their appointment letters at the day centre.
"""),
        ("evidence", None, """
The step-down rooms opened in April 2023. Since then 112 people have stayed in them, for an average of 16
nights. 74 of them moved on to more settled housing, and 19 went back to the hostel room they came from.
Procedure buddies have gone with people to 208 appointments.

The hospital's homeless health team has compared what happened to people with no fixed address who had a
planned procedure in 2022 with those in 2024. <<Q:The share of these procedures that were cancelled on the
day or not attended fell from 38% in 2022 to 12% in 2024.>> <<Q:Over the same period, the number of people
with no fixed address discharged from a surgical ward straight back to the street went down from 41 to
6.>>

<<Q:Emergency readmissions within 30 days among the people who stayed in our rooms were a third fewer than
among people with no fixed address who were discharged from the same surgical wards in the year before the
rooms opened.>>

We know the numbers are small. But behind each of them is someone like Dougie, and most of them did not
have to go through what he did.
"""),
        ("stakeholders", None, """
The shape of the scheme came from the people who live in our hostels. <<P:Our residents' group, which
meets every other Thursday at the day centre, spent three meetings with us talking about what had happened
to them or their friends after hospital, and they were clear that what mattered most was a room of your
own with a lock, a shower you did not have to share and someone awake at night.>> <<P:They also told us
that nobody would go to a 'recovery unit' that sounded like a hospital or a hostel for the sick, so they
chose the name 'step-down rooms', and they picked the furniture and the colours.>>

<<P:It was a man who had been in and out of hospital for years, and had missed more appointments than he
could count, who suggested keeping people's letters at the day centre, because 'we all come here for
breakfast anyway'.>> <<P:Two women from the group looked at the leaflet the hospital gives out and
rewrote it in their own words.>>

Ward staff and discharge co-ordinators at the hospital were briefed on how to refer and what the rooms can
and cannot offer. All our hostel workers were trained in basic wound care and spotting infection by the
hospital's tissue viability nurses. The hospital's homeless health lead, Priya Sandhu, takes every referral
and makes the arrangements with us. Nurses from Riverside visit the rooms daily. We would like to run a
session with the surgical ward teams next year to hear what would make referring easier for them.
"""),
        ("value", None, """
A step-down room costs us about £85 a night to run, including round-the-clock staffing, which is shared
between the hospital and the council. A night in a surgical bed costs several times that, and some of
our residents used to stay in hospital for days longer than they needed to because there was nowhere safe
to send them. An infected wound, a failed fixation or a second operation costs far more again.

For the people themselves, the value is harder to count. One woman told me that the step-down room was
the first time in four years she had slept in a room with a door she could lock. Another man said that
having a buddy waiting for him after his colonoscopy was 'the first time anyone has ever come to collect
me from anything'.
"""),
        ("spread", None, """
The council has written step-down rooms into its homelessness strategy, and two housing associations in
the city have offered rooms so that we can open four more. We have talked about the scheme at the national
homeless health network conference and with the surgical teams at the neighbouring trust, which is
looking at a similar arrangement with a charity in its own area. The procedure buddy idea has been
picked up by the hospital's learning disability team for people who have nobody to collect them after
sedation.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)

# ---------------------------------------------------------------------------
# I747  bleeding after tonsillectomy in children - pdf - with appendix -
#       lead nurse for children's surgery, plain - acute trust children's
#       surgery with the ambulance service, the GP federation's out-of-hours
#       service and the parent carer forum - parents and staff (call handlers,
#       ward nurses, out-of-hours GPs) involved - Q includes 'halved' and
#       'about two thirds' - no flags
# ---------------------------------------------------------------------------
entry(
    id="I747", format="pdf", layout="with_appendix", topic="post_tonsillectomy_bleeding_children",
    project="independent47-bleedplan-747", pdf_font="LiberationSans", pdf_align="L",
    title="Bleed Plan: getting children who bleed after a tonsillectomy the right help, fast",
    cover=[
        "Wexcombe Hospitals NHS Trust, Children's Ear, Nose and Throat Surgery and Children's Day Unit",
        "Working with Southmoor Ambulance Service NHS Trust, Wexcombe and District GP Federation (out-of-hours GP service) and Wexcombe Parent Carer Forum",
        "Entry prepared by the Lead Nurse for Children's Surgery",
    ],
    primary_entrant=dict(name="Wexcombe Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Southmoor Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Wexcombe and District GP Federation", type="primary_care"),
        dict(name="Wexcombe Parent Carer Forum", type="patient_group"),
    ],
    sections=[
        ("context", "Why we needed to act", """
Our ENT surgeons remove the tonsils of around 850 children a year, most of them as day cases. Tonsillectomy
is a common and usually safe operation, but a small number of children bleed from the back of the throat
in the days afterwards, most often between day five and day ten, when the scabs come away. Most of these
bleeds are small and stop on their own. A few are large and can be life-threatening within minutes,
because a child's blood volume is small and blood can be swallowed unnoticed until the child vomits it.

When a child started to bleed at home, parents did what they had been told to do for any worry: they rang
NHS 111, or their GP, or the out-of-hours service. The call handler, hearing 'my child has a bit of blood in
her spit', would often give a routine response. Some families were sent to the out-of-hours GP centre,
which has no way of treating a bleed, and then on to the emergency department, which in turn had to call
the ENT team. Families who lived in the villages could be 40 minutes' drive away. Some parents were unsure
whether to ring 999 and did not want to 'waste an ambulance'.

In March 2022 a six-year-old girl began bleeding on day seven. Her mother rang 111 and was told to take her
to the out-of-hours centre. She was redirected to the emergency department, and by the time she reached
the ENT team she needed a blood transfusion and an emergency return to theatre. She recovered fully, but
our review found four separate points where a faster route was possible.

The solution had to involve everyone a parent might call. Since January 2023:

- every family goes home with a Bleed Card that gives a direct 24-hour number for the children's ward and
clear instructions on when to ring 999

- with the family's consent, the ambulance service adds a 14-day flag to the child's address, so that any
999 call from that address about bleeding is treated as a category 2 emergency

- the out-of-hours GP service has an agreed script: any bleed after a tonsillectomy goes straight to the
children's ward or to 999, never to the GP centre

- the children's ward accepts these children directly, without going through the emergency department
"""),
        ("evidence", "What has changed", """
We compared 2021 and 2022 with 2023 and 2024, using ward admission records, ambulance call data and
transfusion records. The number of tonsillectomies was similar in both periods.

<<Q:The median time from a parent first calling for help to their child arriving on the children's ward
fell from 2 hours 35 minutes to 58 minutes.>> <<Q:Children who bled after a tonsillectomy and needed a
blood transfusion halved, from 14 in 2021-22 to 7 in 2023-24.>>

<<Q:Calls to NHS 111 about bleeding after a tonsillectomy in children from our area dropped by about two
thirds, as families now ring the ward directly.>>

In 2023-24 the ward took 96 direct calls about bleeding, and 61 children were admitted directly. The
ambulance service added 1,610 temporary address flags.
"""),
        ("stakeholders", "Who helped us", """
<<P:Parents from the Wexcombe Parent Carer Forum, three of whom had a child who had bled after a
tonsillectomy, helped us write the Bleed Card and insisted it be small enough to stick on the fridge.>>
<<P:They told us that 'a small amount of blood' meant nothing to a frightened parent at midnight, so the
card now has a picture showing a teaspoon, with 'more than this, ring 999'.>> <<P:One mother asked us to add
what to do while waiting for the ambulance, lying the child on their side and keeping them calm, and
this is now on the back of the card.>>

<<S:Ambulance call handlers and clinical supervisors listened to recordings of five real calls with our
nurses and agreed the words that should trigger the address flag, such as 'tonsils' and 'throat
operation'.>> <<S:Nurses on the children's ward asked for a simple form for direct calls, so that the nurse
who answers captures the same details every time, and they designed it themselves.>> <<S:Out-of-hours GPs
in the federation reviewed the script and asked that their reception staff be able to transfer the call to
the ward without the parent having to redial, which was set up in 2023.>>
"""),
        ("value", "Value", """
The Bleed Card costs a few pence to print. The address flag uses an existing function of the ambulance
service's system. Each avoided visit to the out-of-hours centre or the emergency department saves time for
families and staff. A return to theatre and a blood transfusion in a child are costly and frightening,
and avoiding even one a year more than justifies the effort.

Parents say the card gives them confidence. Ward nurses say they would rather take a hundred calls about
small bleeds than miss one large one.
"""),
        ("spread", "Sharing and spreading", """
The ambulance service has offered the address flag to the other two hospitals in its area that operate on
children's tonsils, and one has started using it. The Bleed Card has been shared through the regional
children's surgical network and adapted by our adult ENT team for adults having tonsillectomy.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the Bleed Card and where our figures come from"),
        ("para", "Front of the card: Your child has had their tonsils out. Some bleeding can happen up to two weeks after the operation. If you see any fresh blood, ring the children's ward on the number below, day or night. If there is more blood than a teaspoon, or your child is pale, drowsy or vomiting blood, ring 999 and say 'my child has had a tonsillectomy and is bleeding'."),
        ("para", "Back of the card: While you wait, sit your child up or lie them on their side, ask them to spit out any blood rather than swallow it, and keep them calm. Do not give them anything to eat or drink."),
        ("para", "Figures are taken from the trust's theatre and ward admission systems, the blood bank's transfusion records and call data supplied by Southmoor Ambulance Service NHS Trust and the NHS 111 provider."),
    ],
    flags=[],
)

# ---------------------------------------------------------------------------
# I748  living at home with a nephrostomy tube - docx - sections in an
#       unusual order (results first, then people, then the problem) - hospice
#       clinical nurse specialist team leader, gentle - hospice with the acute
#       trust's urology and interventional radiology and the community
#       trust's district nursing - patients and a daughter involved - NO staff
#       involvement (district nurses trained, ward staff told, the radiology
#       department agreeing, a named lead, a plan) - NO quantitative evidence
#       (passports issued, calls, tube changes, a zero with no earlier figure)
# ---------------------------------------------------------------------------
entry(
    id="I748", format="docx", layout="reordered", topic="nephrostomy_tubes_at_home",
    project="independent47-tubesathome-748", docx_font="Calibri",
    title="Tubes at Home: supporting people living with a nephrostomy",
    cover=[
        "St Brannoc's Hospice, Kelworth (lead entrant)",
        "Partners: Kelworth Hospitals NHS Trust (Urology and Interventional Radiology); Kelworth Community Health NHS Trust (District Nursing)",
        "By the Team Leader, Hospice Clinical Nurse Specialists",
    ],
    primary_entrant=dict(name="St Brannoc's Hospice", type="charity"),
    partners=[
        dict(name="Kelworth Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Kelworth Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("evidence", "What has happened since we started", """
The nephrostomy passport and the 24-hour advice line started in March 2024. Since then 71 people have been
given a passport, most of them before leaving hospital, and the line has taken 240 calls from patients,
families and district nurses.

District nurses have sorted out 38 tube problems at home, such as a leaking dressing or a blocked bag,
using the passport instructions and advice from the line. When a tube has fallen out or stopped draining
and needs replacing, 19 people have been admitted straight to the interventional radiology day unit for a
new tube, without going through the emergency department. Since the line started, nobody we support has
had to wait in the emergency department for a blocked or dislodged tube to be dealt with.

Every person with a nephrostomy on our caseload now has a date for their next routine tube change written
in their passport. We have not yet been able to collect reliable figures for tube infections, and we plan
to audit them in 2025.
"""),
        ("stakeholders", "The people who shaped it", """
<<P:The passport was designed with people who live with a nephrostomy: five patients from our day hospice
and two who were still at home met with us over the summer of 2023 and went through everything they had
been given on leaving hospital.>> <<P:They said it was a pile of leaflets about other people's tubes, with
no phone number that worked at night, and they asked for one booklet about their own tube, with its size,
the date it was put in and the date it should be changed.>>

<<P:Mr Alan Brewer, who has lived with two nephrostomy tubes for over a year, and his daughter Claire, who
cares for him, tested the draft passport at home for a month.>> <<P:Claire suggested the photographs of a
healthy and an unhealthy tube site, because she had never known what 'red and angry' was supposed to look
like, and these are now on the inside cover.>>

District nurses in all four localities were trained in tube care by the interventional radiology nurse
specialists. The interventional radiology department agreed to take direct calls from our advice line.
Ward staff on the urology ward were told about the passport through the ward's safety briefing. The work
is led by our nurse consultant, Fiona Reid, who chairs the monthly review of every call. We would like to
ask district nurses what more would help them in the coming year.
"""),
        ("context", "Why this was needed", """
A nephrostomy is a thin tube put through the skin of the back into the kidney, to drain urine when
something is blocking the normal route to the bladder. Many of the people who have one have advanced
cancer of the bladder, prostate, cervix or bowel, and they often live with the tube, sometimes two, for the
rest of their lives. The tube drains into a bag that has to be emptied and changed, the dressing has to
be kept clean, and the tube itself has to be replaced every two to three months in the hospital's
radiology department.

Things go wrong with nephrostomy tubes often, and nearly always at the worst time. The tube can be pulled
out when someone turns over in bed. It can block, so that urine leaks around it or the kidney stops
draining. The skin around it can become infected. When that happens, a frail person who may be close to
the end of their life needs the tube replaced within hours, not days, or the kidney can fail.

Before this work, most of the people we looked after had no idea who to call. District nurses were often
unsure what to do because they saw a nephrostomy only rarely. Routine changes were sometimes forgotten
when a person moved between hospital, hospice and home. Patients told us of long waits in the emergency
department, sometimes overnight, only to be sent to radiology the next morning. For people in their last
weeks of life, those were hours they did not have to spare.
"""),
        ("value", "Value", """
The passport costs about £4 to print. The advice line is staffed by our clinical nurse specialists as part
of our existing 24-hour advice service. An emergency department attendance with a blocked tube can mean
an overnight admission, which for someone at the end of life is a real loss, and a kidney infection can
lead to sepsis. Families tell us that knowing who to call has made the tube feel less frightening.
"""),
        ("spread", "Spread", """
The hospital has made the passport part of its standard discharge for every patient with a nephrostomy,
whether or not they are known to the hospice. We have shared it with the two other hospices in the county
and with the regional palliative care network, and a version has been adapted for people with long-term
ureteric stents.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)

# ---------------------------------------------------------------------------
# I749  negative pressure wound therapy pumps at home after surgery - pdf -
#       numbered questions - PRIVATE device company as primary entrant, with
#       the acute trust's surgical wards and the community trust's district
#       nursing (ineligible) - head of clinical support, businesslike -
#       patients and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I749", format="pdf", layout="numbered_questions", topic="negative_pressure_wound_therapy_home",
    project="independent47-sealedandsafe-749", pdf_font="DejaVuSans", pdf_align="L",
    title="Sealed and Safe: negative pressure wound therapy at home after surgery",
    cover=[
        "Submitted by Vantis Wound Therapies Ltd, supplier of negative pressure wound therapy devices",
        "Our NHS partners: Whitmoor General Hospital NHS Trust (general, vascular and plastic surgery wards) and Whitmoor Community Health NHS Trust (District Nursing and Tissue Viability)",
        "Contact: Head of Clinical Support, Vantis Wound Therapies Ltd",
    ],
    primary_entrant=dict(name="Vantis Wound Therapies Ltd", type="private"),
    partners=[
        dict(name="Whitmoor General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Whitmoor Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. Why was the partnership needed, and what were its patient safety goals?", """
Negative pressure wound therapy uses a small pump and a sealed dressing to draw fluid out of a wound and
help it heal. After some operations, for example on infected abdominal wounds, amputations and skin
grafts, patients used to stay in hospital for weeks while the therapy ran. Portable pumps now let them go
home much earlier, with district nurses changing the dressing two or three times a week.

This works well when everything goes to plan. In 2022 our company and the two trusts found that often it
did not. The pumps sound an alarm when the seal leaks, the canister is full or the battery is low. At home,
at night, patients and families did not know what the alarms meant, and many simply switched the pump off.
A dressing left in place without suction for more than two hours can make a wound worse and increase the
risk of infection. District nurses, who might see such a pump only a few times a year, were not always
confident in changing the dressing. Patients were sometimes sent home on a Friday with one spare canister
and no dressings. And when the therapy ended, pumps were often left in patients' homes for months, so
there were not enough for the next patients leaving hospital.

One patient, a man in his sixties recovering from an amputation, switched his pump off on his first night
home because it kept alarming. Nobody knew until the district nurse visited two days later, by which time
his wound was infected, and he was readmitted for a further operation.

The partnership set three goals: patients and families who know what to do when the pump alarms; a
24-hour line to call; and a safe handover between ward, district nurse and supplier.
"""),
        ("evidence", "2. What evidence is there of improvement as a direct result of the partnership?", """
Since July 2023 every patient going home on a pump has a discharge checklist completed by the ward, a
week's supply of dressings and canisters, and a pump passport. Our clinical helpline, staffed by nurses,
takes calls 24 hours a day and can talk a patient or carer through most alarms. The ward sends a referral
to the district nurses and to us at the same time, and we collect the pump within two working days of the
therapy ending.

The pumps keep a log of when they were running. We compared patients discharged from the two trusts'
wards in the first half of 2023 with those discharged in the first half of 2025.

- <<Q:patients whose pump was switched off or in alarm for more than two hours at a time fell from 31% to 7%>>

- <<Q:unplanned returns to hospital with a wound problem while on the therapy at home went down from 17% to 8%>>

- <<Q:the average number of days a pump stayed in a patient's home after therapy had ended fell from 34 to 3>>

- the helpline took 1,140 calls in 2024
"""),
        ("spread", "3. How has the work been shared and spread?", """
The checklist and passport are now used by every hospital we supply in the region, and the tissue viability
team has added them to its district nursing guidelines. We presented the work at a national wound care
conference in 2024. The community trust has asked us to extend the helpline to patients started on
therapy by the district nurses themselves.
"""),
        ("value", "4. What has been the impact on staff and patient experience, and value for money?", """
Each week of therapy at home instead of in hospital saves a bed for another patient. Each pump collected
promptly can be cleaned and sent out again, so the trusts need fewer pumps overall. The helpline is
provided within our existing contract. Patients tell us they sleep better knowing someone will answer at
night, and district nurses say the passport means they know exactly what dressing and setting to use.
"""),
        ("stakeholders", "5. How were patients and staff involved?", """
- <<P:eight patients who had been on the therapy at home listened to recordings of each alarm and told us which ones frightened them, and they chose the wording for each alarm on the passport, such as 'Leak: press the dressing down firmly around the edges'>>

- <<P:the wife of the man whose wound became infected met our clinical team and asked for a number to ring that would be answered by a nurse, not a call centre, which is why the helpline is staffed by nurses>>

- <<S:district nurses from the community trust took part in four workshops with ward nurses and our clinical specialists and designed the handover form between them>>

- <<S:ward nurses on the vascular ward tested the discharge checklist for two months and asked for a line about checking that the patient has a working phone, which we added>>

- <<S:the trust's surgical consultants agreed which patients should not go home on a pump, after reviewing the readmissions with us>>
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)

# ---------------------------------------------------------------------------
# I750  equipment and home checks before hip and knee replacement - pdf -
#       form - principal occupational therapist, matter-of-fact - council
#       equipment service and occupational therapy with the acute trust's
#       elective orthopaedic centre and a Care and Repair charity - former
#       patients (a 'new joints' club) and staff (technicians, handypersons)
#       involved - Q includes 'a third fewer' - no flags
# ---------------------------------------------------------------------------
entry(
    id="I750", format="pdf", layout="form_table", topic="home_readiness_before_joint_replacement",
    project="independent47-readybefore-750", pdf_font="LiberationSans",
    title="Ready Before You Go In: equipment and home checks before hip and knee replacement",
    cover_table=[
        ("Entry title", "Ready Before You Go In: equipment and home checks before hip and knee replacement"),
        ("Lead organisation", "Foxmoor County Council, Integrated Community Equipment Service and Adult Occupational Therapy"),
        ("Partner organisations", "Foxmoor Hospitals NHS Trust (Elective Orthopaedic Centre); Foxmoor Care and Repair (registered charity)"),
        ("Contact", "Principal Occupational Therapist, Foxmoor County Council"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
    ],
    primary_entrant=dict(name="Foxmoor County Council", type="local_authority"),
    partners=[
        dict(name="Foxmoor Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Foxmoor Care and Repair", type="charity"),
    ],
    sections=[
        ("context", "Background and aims", """
The elective orthopaedic centre at Foxmoor carries out around 2,400 hip and knee replacements a year. Most
patients go home within two or three days. To be safe at home they need the right equipment in place
before they arrive: a raised toilet seat or frame, a perching stool, a chair of the right height, sometimes
a bed lever or a second stair rail. Loose rugs, trailing cables and steep steps need dealing with. For a
person who is unsteady, on strong painkillers and not allowed to bend their new hip, a low toilet or a
rug in the hallway can mean a fall in the first week.

Until 2023, the equipment was ordered by the ward occupational therapist on the day before discharge.
Our equipment service then had one or two days to deliver it, often at the same time as the patient was
being driven home. In many cases it arrived after the patient, or the wrong height of toilet frame was
sent because nobody had measured. Rails were not fitted at all, because the council's adaptations service
had a waiting list of several months. Patients were kept in hospital waiting for equipment, or went home
without it and improvised. Several fell.

The aims were: every patient to have the right equipment delivered and fitted before the day of surgery;
simple home hazards fixed before surgery; and no patient kept in hospital because their home was not
ready.
"""),
        ("evidence", "Evidence of improvement", """
Since April 2023, patients are asked about their home at the joint school session they attend about six
weeks before surgery, using a short checklist with measurements they take themselves. An occupational
therapist from the council reviews the checklist, orders the equipment and books a Care and Repair
handyperson to fit rails and remove hazards where needed. Everything is delivered and fitted at least a
week before the operation, and the ward therapist checks it is in place at the pre-operative assessment.

<<Q:Patients whose equipment was delivered and fitted before the day of surgery rose from 58% in 2022 to
96% in 2024.>> <<Q:Falls at home in the first 30 days after a hip or knee replacement, recorded at the
six-week follow-up, were a third fewer in 2024 than in 2022.>> <<Q:The average length of stay after surgery
went down from 3.4 days to 2.6 days, and days lost waiting for equipment fell from 310 to 12 a year.>>

In 2024 Care and Repair carried out 1,030 home visits for the scheme.
"""),
        ("stakeholders", "Involvement of patients and staff", """
<<P:Former patients who meet as the 'New Joints Club' at a local leisure centre went through the home
checklist with us and said nobody could measure a toilet height from a question like 'what is the height
of the pan?', so the checklist now has a picture showing where to put the tape measure.>> <<P:Members of the
club also now speak at joint school, and it was their idea to bring along the equipment so that people
could try it before it arrived at home.>>

<<S:Technicians in the equipment service asked for the fitting date to be set a week before surgery rather
than the day before, so that a second visit could be made if anything was wrong, and this became the
standard.>> <<S:Care and Repair handypersons and council occupational therapists wrote the hazard list
together after a joint visit to ten homes.>> <<S:Pre-operative assessment nurses at the orthopaedic centre
suggested checking the equipment at the same appointment as the blood tests, so that patients did not
need an extra visit.>>
"""),
        ("value", "Value for money and experience", """
The equipment was always going to be supplied; it is now supplied earlier. Care and Repair is paid £38 per
visit from the council's prevention budget. Each bed day saved at the orthopaedic centre is worth about
£450, and a fall with a dislocated hip means another operation and a long stay. Patients say they feel
calmer going into hospital knowing their home is ready, and ward therapists spend less time on the
phone chasing deliveries.
"""),
        ("spread", "Spread", """
The same approach is now used for patients having spinal surgery and for the trust's day-case knee
replacements. The council has offered the checklist to the independent sector hospital that carries out
NHS joint replacements in the county. We presented the scheme at the regional occupational therapy
conference in 2024.
"""),
    ],
    flags=[],
)

# ---------------------------------------------------------------------------
# I751  going home with a numb limb after a nerve block - docx - style
#       headings - consultant anaesthetist, lively - acute trust anaesthesia
#       and day surgery with the ambulance service's NHS 111 and a good
#       neighbours charity - NO stakeholders section, but involvement of a
#       patient, day surgery nurses and 111 clinical advisers is told in the
#       context, value and spread sections, so no involvement flags
# ---------------------------------------------------------------------------
entry(
    id="I751", format="docx", layout="style_headings", topic="nerve_block_numb_limb_discharge",
    project="independent47-numbbutsafe-751", docx_font="Calibri",
    title="Numb but Safe: going home after surgery with a nerve block",
    cover=[
        "Aldwick and Pennock Hospitals NHS Trust, Department of Anaesthesia and Day Surgery Unit",
        "With Eastshore Ambulance Service NHS Trust (NHS 111) and Pennock and District Good Neighbours (registered charity)",
        "Submitted by the Consultant Anaesthetist and Lead for Regional Anaesthesia",
    ],
    primary_entrant=dict(name="Aldwick and Pennock Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Eastshore Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Pennock and District Good Neighbours", type="charity"),
    ],
    sections=[
        ("context", "Background", """
Nerve blocks are one of the quiet successes of modern anaesthesia. By numbing the nerves to an arm or a
leg, we can operate on a broken wrist, a shoulder or a bunion with the patient awake or lightly sedated,
avoid a general anaesthetic and send them home the same day with little pain. Our day surgery unit now
does about 3,000 operations a year with a nerve block.

The catch is that the arm or leg stays numb and weak for up to 24 hours. At home, people do not feel heat,
pressure or injury in that limb. We have heard of people resting a numb hand on a hot radiator or a
kettle, trapping an arm in a door, and falling because a numb leg gave way on the stairs. Then, usually in
the early hours of the morning, the block wears off, and if the person has not started their painkillers
beforehand the pain arrives all at once. We call this rebound pain, and it can be severe.

Worried patients would ring NHS 111 in the night. A call about a 'dead arm' or a leg that 'won't work'
sounds very like a stroke, and the 111 system, reasonably, often sent an ambulance. The patient would end
up in the emergency department at 2am, with a limb that was doing exactly what we expected it to do.

The idea for this project came from two directions. <<S:Our day surgery nurses, who make the follow-up
calls the day after surgery, kept a log for three months of what patients told them, and it was their
log that showed us how many people had burned or bruised a numb limb, or rung 111 in the night.>>
<<P:A retired teacher, Mrs Ivy Okafor, who had scalded her numb hand on a hot water bottle after her wrist
operation, wrote to us and then came in to help us write the 'numb limb' card that every patient is now
given.>> <<P:She insisted that it start with 'Your arm is supposed to feel like this', because that was
what she would have wanted to know at midnight.>>

<<S:NHS 111 clinical advisers from the ambulance service listened to anonymised recordings of calls from
our patients with our anaesthetists and agreed a question to ask early in the call, 'Have you had an
operation with a nerve block in the last 24 hours?', which now routes the caller to a clinician instead
of straight to an ambulance.>>
"""),
        ("evidence", "What changed", """
Since October 2023, every patient going home after a nerve block receives the numb limb card, a sling or
splint where needed, and a supply of painkillers with a clear timetable that starts before the block is
expected to wear off. Their details are added to a list shared each day with NHS 111, so a clinician can
see that a caller has had a block. Volunteers from Pennock and District Good Neighbours phone each patient
on the evening of surgery to check they are home, comfortable and know what to expect.

We compared 2022 with 2024.

<<Q:Calls to NHS 111 about a numb or weak limb after a nerve block that ended with an ambulance being sent
fell from 61 in 2022 to 9 in 2024.>> <<Q:Patients who reported severe pain, 8 or more out of 10, on the night
the block wore off fell from 44% in a telephone audit in 2022 to 19% on the follow-up calls in 2024.>>
<<Q:Injuries to a numb limb reported at the day-after call, mostly burns and bruises, went from 17 to 3.>>

In 2024 the Good Neighbours volunteers made 2,760 evening calls.
"""),
        ("value", "Value", """
Each ambulance that does not need to be sent, and each emergency department attendance avoided, saves the
NHS several hundred pounds and keeps an ambulance free for someone who needs it. The cards cost a few pence
and the volunteers give their time freely, supported by a small grant from the trust's charity.

<<P:People who had been through the pathway in its first months told the Good Neighbours callers that a
call the next morning came too late, because the block wore off in the night, and so the call was moved to
the evening of surgery.>> Patients tell us the evening call is 'like having a neighbour pop round'.
"""),
        ("spread", "Spread", """
The card is now given by the emergency department to patients who have a nerve block for a broken wrist
or hip, and by the trust's fracture clinic. <<S:Anaesthetists at the neighbouring trust reviewed our card
with their own day surgery nurses and suggested adding a picture of how to wear the sling, which we have
now included in our version too.>> The 111 question has been added across the whole of the ambulance
service's area, and we have shared the pathway with the national regional anaesthesia society.
"""),
    ],
    flags=[dict(code="missing_section", criterion="stakeholders")],
)

# ---------------------------------------------------------------------------
# I752  skin specimens from a practice's minor surgery clinic - pdf - no
#       headings - short - GP partner, plain - one GP practice and its own
#       team, NO partner (the hospital laboratory only processes samples under
#       its usual contract) (ineligible) - staff involved - NO patient
#       involvement (patients told, a participation group shown the log, a
#       negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I752", format="pdf", layout="no_headings", topic="gp_minor_surgery_histology_tracking",
    project="independent47-everyspecimenhome-752", pdf_font="LiberationSerif", pdf_align="L",
    title="Every Specimen Home: a safety net for skin samples taken in our minor surgery clinic",
    cover=[
        "Holly Lane Surgery, Brindlecote",
        "An improvement project by the practice's GPs, nurses, healthcare assistants and administrative team. Specimens are processed by the local hospital laboratory under the standard pathology contract.",
        "Submitted by Dr Owen Pryce, GP Partner and minor surgery lead",
    ],
    primary_entrant=dict(name="Holly Lane Surgery", type="primary_care"),
    partners=[],
    sections=[
        ("context", None, """
Holly Lane Surgery looks after 11,200 patients in a market town. Two of our GPs run a minor surgery clinic
every week, removing moles, cysts and skin lesions, and we take around 280 specimens a year. Every one of
them is sent to the hospital laboratory to be examined under the microscope, because a lesion that looks
harmless can turn out to be a skin cancer.

In 2022 a patient came back to us with a lump in the same place as a lesion we had removed the year
before. When we looked, there was no result on her record. The specimen had been taken, but we could not
tell whether it had been sent, lost in transit or reported to the wrong place. It turned out to have been
a squamous cell carcinoma that had not been fully removed. We reported it as a significant event, and when
we looked at our own processes we found that nobody in the practice had the job of checking that every
specimen came back with a result, or that every result was acted on.
"""),
        ("evidence", None, """
Since January 2023 every specimen is entered in an electronic log at the time it is taken, with a unique
number written on the pot and the request. A named administrator checks the log every Monday. Any
specimen without a result after two weeks is chased with the laboratory, and any result is not marked
complete until a GP has recorded what was done and the patient has been told.

<<Q:In an audit of the first six months of 2022, 14 of 126 specimens had no result filed against them three
weeks after they were taken; in the same months of 2024 it was 1 of 139.>> <<Q:The median time from a result
arriving to the patient being told went down from 12 days to 3 days.>> Since the log began, every cancer
found has been followed up with the dermatology team within the timeframe set by the guidelines.
"""),
        ("stakeholders", None, """
<<S:Our practice nurses, who assist at the clinic, designed the log and asked for it to be kept on the
shared drive rather than on paper, so that it could be checked when they were on leave.>> <<S:The reception
team suggested a standard text message for benign results, so that patients did not have to phone in, and
they wrote the wording with the GPs.>> <<S:The healthcare assistants who pack the specimens for collection
noticed that pots were sometimes missed when the courier came early, and they moved the collection box to
the treatment room door, where it is checked at the end of every clinic.>>

Patients are told at the clinic when to expect their result and how they will receive it. The patient
participation group was shown the log at its annual meeting. We have not yet asked patients about their
experience of the clinic, and we plan to do so next year.
"""),
        ("value", None, """
The log took one afternoon to set up and takes the administrator about half an hour a week to check. A
missed skin cancer can mean a larger operation, spread of the cancer and, rarely, death, as well as a
claim against the practice. The GPs say they can now answer a patient's question about a result
immediately.
"""),
        ("spread", None, """
We have shared the log template with the other practices in our primary care network, and three have
started using it. The approach was written up in the local medical committee's newsletter in 2024.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)
