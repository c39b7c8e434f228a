"""Twenty-second independent evaluation set (I337..I352) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries20.py / entries21.py were
read, never the review pipeline, its models, flows, tests, benchmarks or any earlier gold
output.  All organisations, places and people are fictional.

Topics: insulin safety on hospital wards, care home residents left on the floor after a
fall and hip fractures, sudden unexpected death in epilepsy (a charity-led entry),
metastatic spinal cord compression in a Welsh health board (bilingual form), children and
young people in mental health crisis in a children's emergency department (sections in an
unusual order, no spread section), medicines when patients transfer to a hospice,
hospital-associated thrombosis after discharge (a health innovation network), low sodium
in older people in general practice, falls from trolleys (departments of one trust, no
partner), nasal bridles and nasogastric tube safety in a Scottish board, oxygen at home
for babies and children in Northern Ireland (with appendix), surgical count errors (a
private hospital group as primary entrant), unrecognised oesophageal intubation by
ambulance clinicians, look-alike and sound-alike medicines in community pharmacy, one
maternity early warning chart across a local maternity system (results first, no value
section) and alcohol withdrawal in the first nights in prison (a private healthcare
provider as primary entrant).

Build it with

    .venv/bin/python data/independent/build.py --set 22   (writes data/corpus/independent22/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (a measured change in an outcome: a baseline and an
                   after value, or a stated change such as 'halved' or 'fell by a third')
  <<P:sentence>>   patient / carer / family / service-user / lived-experience involvement
  <<S:sentence>>   staff involvement (any staff group, including partners' staff and
                   students on placement, who co-designed, tested, were consulted,
                   governed the work or gave feedback that changed it)
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are joined with
a single space.  A paragraph starting with "- " is a bullet item.

Labelling conventions (as in entries20.py and entries21.py):
  * not Q: dates, financial years, bed/ward/home/pharmacy counts, headcounts, numbers
    trained, activity counts (visits, calls, checks, people identified), single figures
    with no baseline, a zero with no earlier figure, budgets, costs and savings
    estimates, phone numbers, postcodes, reference numbers, targets not yet reached,
    plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words;
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, lived-experience roles such as peer mentors,
    unusual job titles, list items), wherever in the entry it is told;
  * not P/S: beneficiaries, people trained, briefed, informed, counselled or audited,
    plans and intentions, negations, unnamed 'stakeholders', organisations agreeing or
    funding, a single named lead doing their job, audiences at launches and meetings
    that were only updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance and fire services are
emergency_service; prisons, universities and health innovation networks are
public_other; GP federations, primary care clusters and local pharmaceutical committees
are primary_care; hospices are charity; Scottish and Welsh health boards are nhs_board;
Northern Ireland health and social care trusts are nhs_trust; care provider forums are
independent_care).  A department of the entrant's own organisation is not a partner.
Flags are written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I337  insulin safety on hospital wards - pdf - own headings - inpatient
#       diabetes specialist nurse voice - acute trust, community trust,
#       university school of pharmacy, diabetes peer support group - no flags
# ---------------------------------------------------------------------------
entry(
    id="I337", format="pdf", layout="own_headings", topic="inpatient_insulin_safety",
    project="independent22-everydose-337", pdf_font="LiberationSans", pdf_align="L",
    title="Every Dose Counts: making insulin safe on every ward, not just the diabetes ward",
    cover=[
        "Brackenmoor Teaching Hospitals NHS Foundation Trust - Inpatient Diabetes Team (lead entrant)",
        "Partners: Brackenmoor Community Health NHS Trust (Community Diabetes Nursing); University of Brackenmoor, School of Pharmacy; Brackenmoor Diabetes Voices (peer support group for people living with diabetes)",
        "Entry written by the Lead Inpatient Diabetes Specialist Nurse",
    ],
    primary_entrant=dict(name="Brackenmoor Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Brackenmoor Community Health NHS Trust", type="nhs_trust"),
        dict(name="University of Brackenmoor", type="public_other"),
        dict(name="Brackenmoor Diabetes Voices", type="patient_group"),
    ],
    sections=[
        ("context", "Where we started", """
About one in five of the people in a bed at Brackenmoor on any given day has diabetes, and around a third
of them use insulin. Insulin is on every list of high-alert medicines for a good reason. Give too much, or
give it when the meal does not arrive, and a person can be dangerously hypoglycaemic within the hour. Miss
a dose in someone with type 1 diabetes and by the next morning they can be in diabetic ketoacidosis, a
condition that still kills people in hospital.

When I joined the inpatient diabetes team we were three nurses who spent most of the day putting out
fires. We were called when something had already gone wrong: a man with type 1 diabetes whose basal
insulin had been 'held' because he was nil by mouth for an operation that was then cancelled; a woman
whose long-acting insulin had been prescribed as the rapid-acting one because the two names sat next to
each other on a drop-down list; a patient whose own pen had been taken off him and locked in the
treatment room, so that he waited two hours for a nurse to give him something he had given himself,
safely, four times a day for thirty years.

In 2021/22 the trust reported 388 insulin incidents. We also knew that many of the problems began before
the person reached the ward. Community diabetes nurses, and the people they looked after, knew exactly
which insulin was taken and when, but that knowledge rarely travelled into hospital, and the admitting
doctor at two in the morning often prescribed from a GP summary that was months out of date.

Every Dose Counts has four parts. First, the insulin screens in the electronic prescribing system were
rebuilt so that insulin is chosen by brand and device, not by generic name, and a basal insulin cannot be
withheld without a reason and a time for review. Second, everyone who uses insulin and is able and
willing to manage it is offered self-administration on the ward, with their own pen in a locked bedside
drawer. Third, community diabetes nurses give everyone on their caseload who uses insulin an insulin
passport, a card showing exactly what they take, and phone our team when one of their patients is
admitted. Fourth, the University's School of Pharmacy places final-year pharmacy students on our wards
each term, where, supervised by ward pharmacists, they check every insulin prescription within 24 hours
of admission against the passport and against what the patient tells them.

None of the partners could have done this alone. The hospital owns the prescribing system and the wards;
the community trust knows the patients before and after their stay; the university brings a steady
supply of well-trained students who have time to talk to people; and <<P:Diabetes Voices brings the
experience of being on the receiving end.>>
"""),
        ("evidence", "What the numbers tell us", """
The trust's medication safety officer and a research pharmacist from the university compared 2021/22 with
2023/24, using incident reports, the electronic prescribing record and our own register of diabetes
emergencies.

<<Q:Insulin incidents that caused harm fell from 61 to 19, even though the total number of insulin
incident reports rose slightly, which we read as staff becoming more willing to report near misses.>>
<<Q:Hospital-acquired diabetic ketoacidosis fell from 14 episodes to 3.>> <<Q:Severe hypoglycaemia, a
blood glucose below 3 mmol/L, fell from 4.6 to 2.1 episodes per 100 inpatients with insulin-treated
diabetes.>>

<<Q:Insulin prescriptions found to contain an error at the students' 24-hour check fell from around one in
four in the first term of the scheme to one in fourteen by the end of the second year.>> <<Q:The
proportion of eligible patients managing their own insulin on the ward rose from 9% to 46%.>>

The measure we are proudest of is one we did not set out to collect. When the students began asking
patients 'Is this what you normally take?', the answer was often no. That question is now asked of every
patient, and the answer goes straight back into the prescription.

We have not been able to show a change in length of stay for people with diabetes, which depends on a
great many other things.
"""),
        ("stakeholders", "The people who built it", """
<<P:Brackenmoor Diabetes Voices has been part of this from the first meeting.>> <<P:Eight of its members,
all of whom had been inpatients in the previous two years, went through the self-administration policy line
by line with us and struck out every clause that treated them as a risk rather than as the expert in their
own diabetes.>> <<P:One of them, Gareth Mottram, who has lived with type 1 diabetes since he was six,
designed the insulin passport at his kitchen table and tested it with his own community nurse before
anyone else saw it.>> <<P:The group also asked that the self-administration agreement should be a
conversation, not a form, and the ward version is now three questions instead of the original two
pages.>>

<<S:Ward pharmacists and the pharmacy informatics team rebuilt the prescribing screens together over six
months, and foundation doctors who tested each version in the simulation suite told them which lists
caused the most confusion.>> <<S:Healthcare assistants on the two surgical wards that piloted
self-administration pointed out that a bedside drawer was no use if the key lived at the nurses' station,
so the key now stays with the patient.>> <<S:Community diabetes nurses agreed with us what must be on the
passport and wrote the short phone script they use when one of their patients is admitted.>>

<<S:The pharmacy students changed the scheme themselves: after their first term they asked to speak to
patients directly instead of checking the notes alone, and the School rewrote the placement to allow
it.>> <<S:Lecturers in clinical pharmacy designed the data collection with our ward pharmacists so that it
could be run by students without adding to anyone else's workload.>>
"""),
        ("value", "What it is worth", """
The student placements cost the trust nothing beyond supervision time, because they are part of the
degree. The passports cost about 40p each to print. The prescribing changes took roughly 300 hours of
informatics and pharmacy time. Each episode of DKA usually means two or three days in a high-dependency
bed, and each severe hypo carries the risk of a fall, a seizure or a heart attack.

The value that is harder to count is trust. People with diabetes who come into Brackenmoor now expect to
keep their pen and to be asked what they normally do. Our team spends less of its day answering
emergencies and more of it teaching.
"""),
        ("spread", "Taking it further", """
The community trust now gives an insulin passport to everyone starting insulin, not only those on the
district nursing caseload. The University has made the ward insulin check a core part of the final-year
placement, and two other trusts that host its students have asked to join. We presented the work at a
national diabetes inpatient safety meeting, and the prescribing screens have been shared with the other
hospitals in the region that use the same electronic system.

Next we want the passport to work in reverse, so that any change made to someone's insulin in hospital is
written on the card before they go home and their community nurse is phoned the same day.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I338  care home residents on the floor after a fall, and hip fractures -
#       docx - bullet lists - county council care home improvement manager,
#       brisk - council, ambulance service, community trust, care providers'
#       forum - no patient involvement (residents as beneficiaries, families
#       told, a leaflet, an explicit negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I338", format="docx", layout="bullet_lists", topic="care_home_falls_hip_fracture",
    project="independent22-offthefloor-338", docx_font="Arial",
    title="Off the Floor: getting care home residents up safely after a fall, and to theatre quickly when a hip is broken",
    cover=[
        "ENTRY FOR: Best Partnership Solution Improving Patient Safety",
        "Lead: Ostley County Council - Adult Social Care, Care Home Quality and Improvement Team",
        "Partners: Middle Marches Ambulance Service NHS Trust | Ostley Community Health NHS Trust (Urgent Community Response) | Ostley Independent Care Providers' Forum",
        "Key contact: Care Home Improvement Manager, County Hall, Ostley OS1 2AA",
    ],
    primary_entrant=dict(name="Ostley County Council", type="local_authority"),
    partners=[
        dict(name="Middle Marches Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Ostley Community Health NHS Trust", type="nhs_trust"),
        dict(name="Ostley Independent Care Providers' Forum", type="independent_care"),
    ],
    sections=[
        ("context", "What was happening", """
Ostley has 146 care homes and about 5,200 residents. Roughly half of them will fall at least once a year.
Most falls cause no serious injury, but until 2022 almost every one ended the same way: the home rang 999,
because staff had been told not to lift anyone from the floor, and the resident waited for an ambulance.
Falls without an obvious injury are a low-priority call, so on a busy night the wait could be many hours.

Our review of 999 calls from Ostley care homes in 2021/22, done with the ambulance service, showed:

- 4,380 calls for a resident who had fallen, about twelve a day

- the median wait for an ambulance, where no serious injury was reported, was nearly three hours

- some residents spent more than eight hours on the floor overnight, with pressure damage, chest infections and muscle breakdown as a result

- residents who had broken a hip were sometimes lifted into a chair by well-meaning staff before anyone had assessed them, or put back to bed and found to be in pain the next morning

- almost half of the residents taken to hospital after a fall were sent back the same day with no injury, after a long wait in the emergency department

What we put in place:

- an inflatable lifting cushion in every home, with training for care staff in a structured check before anyone is moved, which we call Look, Ask, Lift

- a video call from the home to a clinician in the ambulance service's clinical hub before any lift, so someone qualified can see the resident and decide what happens next

- a two-hour response from the community trust's urgent community response team for residents who cannot be lifted safely but do not need hospital

- a 'hip alert' call category agreed with the ambulance service, so a suspected broken hip is sent a faster response, urgent community response practitioners can give pain relief while the ambulance is on its way, and the resident goes straight to the orthopaedic ward, not the emergency department

Why it had to be a partnership:

- the council commissions and supports the homes, the ambulance service answers the calls, the community trust provides the response in between, and the homes themselves do the lifting

- each organisation had written its own falls guidance, and they contradicted each other
"""),
        ("evidence", "What has changed", """
We compared 2021/22 with 2023/24 using the ambulance service's call data, the community trust's activity
data and the hospital's hip fracture database.

- <<Q:the median time a resident spent on the floor after a fall fell from 2 hours 50 minutes to 38 minutes>>

- <<Q:residents left on the floor for more than four hours fell from 312 to 29>>

- <<Q:the share of care home falls calls that ended with the resident being taken to hospital fell from 47% to 22%>>

- <<Q:for residents who had broken a hip, the median time from the fall to arrival on the orthopaedic ward fell from 9 hours to just over 4>>

- <<Q:residents with a hip fracture who reached theatre within 36 hours of their fall rose from 58% to 81%>>

Activity, which we do not count as results:

- all 146 homes have a cushion and at least two trained staff on every shift

- about 1,900 care staff have completed the Look, Ask, Lift training

- the clinical hub took around 2,400 video calls from care homes in 2023/24
"""),
        ("stakeholders", "Who shaped it", """
- <<S:registered managers and senior carers from fourteen homes, brought together by the Care Providers' Forum, tried three makes of lifting cushion over two months and chose the one that night staff could set up alone in under five minutes>>

- <<S:night care workers, who deal with most falls, rewrote the Look, Ask, Lift card after the pilot because the first version assumed a nurse would be on site, which in most of our homes is not true>>

- <<S:paramedics in the ambulance clinical hub designed the video call checklist with urgent community response nurses, and changed it after the first month so that the home holds the phone at floor level for the first look>>

- <<S:the orthopaedic ward sister and the hospital's trauma coordinator agreed the criteria for direct admission with the ambulance service's clinical leads>>

- <<S:physiotherapists in the urgent community response team suggested a follow-up visit the day after every fall, which is now part of the pathway>>

Residents and their families:

- residents are the reason for all of this, and they are the ones who gain most

- families are told by the home after every fall, including what was done and who was called

- a short leaflet for relatives explains the lifting cushion and why staff may now help a resident up without waiting for an ambulance

- we did not ask residents or relatives to help design the pathway, because of the speed with which it had to be in place for winter 2022

- we would like to review the leaflet with relatives through the county's carers' forum next year
"""),
        ("value", "Value", """
- the cushions cost about £1,450 each, a one-off total of around £212,000, paid from the council's market sustainability fund

- the urgent community response team absorbed the care home falls calls within its existing two-hour service

- every avoided conveyance saves an ambulance journey, a wait in the emergency department and, for a frail resident, the risk of delirium and a hospital-acquired infection

- the ambulance service estimates that the video calls free up the equivalent of two ambulances every day across the county

- care staff say they no longer have to sit on the floor next to someone for hours, unable to help

- <<S:home managers told us at the six-month review that confidence faded without practice, and at their request the urgent community response team now runs a refresher session in every home twice a year>>
"""),
        ("spread", "Spreading it", """
- the neighbouring county council and its two care provider associations adopted Look, Ask, Lift in 2024

- Middle Marches Ambulance Service is rolling out the video call and hip alert to all five counties it covers

- the council has made a trained lifter on every shift a condition of its care home contracts from April 2025
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I339  sudden unexpected death in epilepsy (SUDEP) - docx - no headings -
#       epilepsy charity founder, a bereaved mother - charity lead with
#       hospital, primary care networks and council - no staff involvement
#       (nurses and GPs trained, receptionists sent a briefing, a named
#       epilepsy nurse lead, providers told at a meeting, a practice
#       questionnaire that changed nothing, a hoped-for joint group) - no
#       quantitative evidence (people identified, reviews, conversations and
#       monitors as activity, deaths too few, a target, an evaluation planned)
# ---------------------------------------------------------------------------
entry(
    id="I339", format="docx", layout="no_headings", topic="sudep_epilepsy_risk",
    project="independent22-safernights-339", docx_font="Georgia",
    title="Nobody Told Us: talking about SUDEP and making nights safer for people with epilepsy in Hallamby",
    cover=[
        "A partnership entry from Steady Flame, a Hallamby epilepsy charity founded by bereaved families",
        "Our partners: Hallamby Teaching Hospitals NHS Trust (Adult and Children's Epilepsy Services); Hallamby North and Hallamby South Primary Care Networks; Hallamby City Council (Supported Living Commissioning)",
        "Written by Carol Ainsworth, founder and chief officer",
    ],
    primary_entrant=dict(name="Steady Flame", type="charity"),
    partners=[
        dict(name="Hallamby Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Hallamby North and Hallamby South Primary Care Networks", type="primary_care"),
        dict(name="Hallamby City Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
My son Liam died in his sleep in March 2017. He was twenty-three. He had had epilepsy since he was
fourteen, his seizures mostly came at night, and in the year before he died he had moved into his first
flat on his own. The coroner called it SUDEP, sudden unexpected death in epilepsy. It was the first time I
had heard the word. In nine years of clinic appointments nobody had told Liam, or us, that epilepsy could
kill him, or that there were things we could have done to make his nights safer.

I have since met dozens of families with the same story. Around twenty people in the UK die every week
because of their epilepsy, and SUDEP is the most common cause. The risk is highest in people who have
tonic-clonic seizures, especially at night, who sleep alone, and who miss doses of their medicines. Many
of those deaths are thought to be avoidable. The single most important thing, according to the people who
study this, is that every person with epilepsy and their family has an honest conversation about risk
with someone who knows them, and a plan that comes out of it.

In Hallamby, that conversation was not happening. When we asked our members in 2021, fewer than one in
five remembered ever being told about SUDEP. People whose seizures were not controlled had drifted out of
specialist care and were getting repeat prescriptions from their GP without a review for years. Young
people in supported living flats were alone at night with no one who would hear a seizure.

Safer Nights, which we started with our partners in 2022, has four parts. Every adult and teenager with
epilepsy who has had a tonic-clonic seizure in the past year is offered a Safer Nights conversation with
their epilepsy nurse or GP, using a short guide written by families, and the conversation and the plan are
recorded in their notes. The two primary care networks run a search every quarter for people with
epilepsy who have not had a review for more than a year or who are not collecting their prescriptions, and
send them straight back to the hospital's epilepsy nurses without a new referral. Steady Flame lends night-
time seizure monitors to anyone whose plan says they need one, free of charge, and shows families how to
use them. And the council has written seizure safety at night into every supported living contract for
people with epilepsy.

We know a charity leading a partnership with the NHS is unusual. It happened because we were the people
who would not let it go.
"""),
        ("evidence", None, """
Safer Nights began properly in April 2023, when the first primary care network search was run. In the
year to March 2024 the searches found 1,030 people with epilepsy who had not had a review for more than
twelve months. Of these, 612 have now been seen by an epilepsy nurse or their GP. A Safer Nights
conversation has been recorded for 418 people, and we have lent 96 night-time monitors.

We cannot compare these figures with what happened before, because nobody recorded risk conversations
before Safer Nights, and the searches had never been run. Deaths from epilepsy in a city the size of
Hallamby are, thankfully, too few to show a change over one or two years; in 2023 two people with
epilepsy died suddenly in the city, and we grieve for both of them.

Our partners have agreed a target that, by March 2026, nine in ten people in Hallamby who have had a
tonic-clonic seizure in the past year will have a recorded Safer Nights conversation. The regional
epilepsy network has agreed to carry out an independent evaluation from 2025, looking at seizure control,
emergency admissions and deaths over five years.

What we can report now is what families tell us. A father whose daughter has a monitor told us that for
the first time in years he sleeps through the night unless it goes off. A young man who lives alone said
that the conversation was 'hard, but the first time anyone treated me like an adult about it'.
"""),
        ("stakeholders", None, """
<<P:Everything in Safer Nights was shaped by people living with epilepsy and by families like mine.>>
<<P:Eleven bereaved parents, brothers and sisters from our families group wrote the conversation guide
over six evenings, and they decided the order of the questions, starting with what the person enjoys
doing and ending with the word SUDEP, not the other way round.>> <<P:People with epilepsy from our adult
members' group then tested the guide on one another and asked us to add a question about alcohol and
sleep, which they said every clinician forgets.>>

<<P:Our young people's group, aged fourteen to twenty-two, made a four-minute film about what SUDEP is and
what helps, which is now sent with every invitation to a review.>> <<P:Dan Okafor, who has nocturnal
seizures and lives on his own, tried four different monitors in his flat over three months and told us
which ones woke him and his neighbour and which just woke him, and those reports decided which models we
now lend.>> <<P:Parents of children with complex epilepsy asked for a version of the guide for families of
children who cannot speak for themselves, and they wrote it with us.>>

<<P:Bereaved families also helped to deliver the training.>> Epilepsy specialist nurses at the hospital
and GPs from both networks attended a half-day session on having the conversation, which Steady Flame
ran. <<P:It opened each time with a parent describing the night their child died.>> Receptionists in
every practice were sent a written briefing about why the invitations matter. The trust's lead epilepsy
nurse, Sian Roberts, led the hospital's side of the work and manages the list of people sent back from
the searches. Managers of supported living services were told about the monitors at the council's provider
meeting. We sent a questionnaire to all the practices after the first year, which was answered positively,
and nothing was changed as a result. We hope to set up a group where families and clinicians can review
Safer Nights together, starting next year.
"""),
        ("value", None, """
Safer Nights costs around £46,000 a year. The two primary care networks fund the searches and the extra
appointments, the council funds part of a Steady Flame worker who runs the monitor loan scheme, and the
monitors themselves, about £250 each, are paid for from our own fundraising. We raised the first £20,000
with a sponsored walk from the hospital to the cemetery where Liam is buried.

It is not possible to put a price on a death that does not happen, but the cost of one emergency
admission after a prolonged seizure, often to intensive care, would pay for many conversations. People
brought back into specialist care also have the chance to get their seizures under control, which matters
for their jobs, their driving and their independence.

For families, the value is knowing. I would have given anything to have been told.
"""),
        ("spread", None, """
The Safer Nights conversation guide and the young people's film have been taken up by the epilepsy
services in two neighbouring trusts, and the regional epilepsy network has put the guide on its website.
I have spoken about the project at the national epilepsy nurses' conference, and at a meeting for
coroners about the prevention of future deaths.

We are now talking to the learning disability services in Hallamby, because people with a learning
disability and epilepsy are at particularly high risk and are often the least likely to be offered the
conversation.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I340  metastatic spinal cord compression - pdf - form table with bilingual
#       Welsh/English cover rows - Welsh health board, acute oncology nurse
#       consultant, formal - cancer centre trust and primary care clusters -
#       no patient involvement (alert cards given, a cancer forum updated, a
#       questionnaire that changed nothing, a plan, "at the centre")
# ---------------------------------------------------------------------------
entry(
    id="I340", format="pdf", layout="form_table", topic="metastatic_spinal_cord_compression",
    project="independent22-backpain-340", pdf_font="DejaVuSans",
    title="Cefn / Back Pain Matters: faster recognition of spinal cord compression in people with cancer",
    cover_table=[
        ("Teitl y cais / Entry title", "Cefn / Back Pain Matters: faster recognition of spinal cord compression in people with cancer"),
        ("Sefydliad arweiniol / Lead organisation", "Cwm Tawelan University Health Board - Acute Oncology Service, Ysbyty Tawelan"),
        ("Partneriaid / Partners", "Penmaenor Cancer Centre NHS Trust (Clinical Oncology and Radiotherapy); Tawelan North, Tawelan Coast and Tawelan Uplands Primary Care Clusters"),
        ("Categori / Category", "Best Partnership Solution Improving Patient Safety"),
        ("Cyswllt / Contact", "Acute Oncology Nurse Consultant, Ysbyty Tawelan - 01970 555 631"),
    ],
    primary_entrant=dict(name="Cwm Tawelan University Health Board", type="nhs_board"),
    partners=[
        dict(name="Penmaenor Cancer Centre NHS Trust", type="nhs_trust"),
        dict(name="Tawelan North, Tawelan Coast and Tawelan Uplands Primary Care Clusters", type="primary_care"),
    ],
    sections=[
        ("context", "A. Description of the patient safety issue and aims", """
Metastatic spinal cord compression (MSCC) occurs when cancer that has spread to the spine presses on the
spinal cord. If it is not recognised and treated promptly, the patient may lose the ability to walk and
control the bladder and bowel, usually permanently. The outcome depends almost entirely on the patient's
condition at the time of diagnosis: those who are still walking when treatment begins usually keep that
ability, while fewer than one in ten patients who are already paralysed will walk again.

The earliest symptom is usually back pain, often in the middle of the back, worse at night or on lying
flat, and sometimes described as a band around the chest. Back pain is very common, and in the early
stages it is easily attributed to other causes. Weakness, numbness and loss of bladder control appear
later, when much of the opportunity to prevent harm has been lost.

An audit of all 58 patients diagnosed with MSCC in Cwm Tawelan in 2021 identified three recurring problems.
First, patients with known cancer who reported new back pain to their general practice or to the
out-of-hours service were frequently advised to take painkillers and return if the pain persisted.
Second, referrals passed between the emergency department, orthopaedics and oncology before a scan was
requested. Third, magnetic resonance imaging (MRI) of the whole spine was available out of hours only at
Ysbyty Tawelan, and patients presenting at the two smaller hospitals waited for transfer or for the next
working day. Radiotherapy, the main treatment, is delivered at Penmaenor Cancer Centre, seventy miles from
the furthest part of the health board.

The aims of the project were that every patient with suspected MSCC in Cwm Tawelan would have an MRI within
24 hours of first presentation with warning symptoms, and that treatment would begin within 24 hours of
the diagnosis.

The partnership introduced five changes. A single MSCC coordinator telephone line, answered by the acute
oncology service during the day and by the on-call oncology registrar at Penmaenor at night, now accepts all
referrals from any source. Whole-spine MRI is available within 24 hours at all three hospitals, supported
by a seven-day radiographer rota. Each general practice has a back pain template in its clinical system
which is triggered for any patient on the cancer register and prompts direct referral to the coordinator.
A pre-agreed radiotherapy slot is held at Penmaenor each day for patients with confirmed MSCC. Ambulance
transport is booked by the coordinator at the point of diagnosis.
"""),
        ("evidence", "B. Evidence of improvement", """
Outcomes were compared for patients diagnosed with MSCC in Cwm Tawelan in calendar year 2021 (58 patients)
and calendar year 2023 (63 patients), using the acute oncology database and the radiotherapy records of
Penmaenor Cancer Centre.

<<Q:The median time from the first consultation for new back pain to MRI fell from 11 days to 3 days.>>
<<Q:The proportion of patients who had an MRI within 24 hours of referral to the coordinator rose from 39%
to 86%.>> <<Q:The proportion of patients who were able to walk at the time of diagnosis rose from 44% to
68%.>> <<Q:The proportion who began radiotherapy or surgery within 24 hours of MRI rose from 52% to
91%.>>

<<Q:Patients who remained able to walk one month after treatment increased from 41% in 2021 to 63% in
2023.>> The number of patients is small and we interpret these findings with appropriate caution; however,
the direction is consistent across all measures and has been maintained in the first half of 2024.
"""),
        ("stakeholders", "C. Involvement of patients, carers and staff", """
<<S:Diagnostic radiographers from all three hospitals designed the seven-day rota for whole-spine MRI, and
it was the radiographers at Ysbyty Glan Ferin who proposed a shared weekend rota across two sites instead of
a separate on-call at each.>> <<S:General practitioners nominated by each of the three primary care
clusters wrote the wording of the back pain template and tested it on their own patient lists for two
months before it was made available to all practices.>> <<S:Out-of-hours GPs asked for the template to be
built into their own system as well, following a review of cases in which patients had been seen out of
hours, and this was done in 2023.>>

<<S:Oncology registrars at Penmaenor Cancer Centre and the acute oncology nurses together agreed the
information that must be given when a referral is made to the coordinator, and reduced the referral form
to a single page after the first quarter.>> <<S:Ward physiotherapists and the spinal surgical team were
consulted on the guidance for safe mobilisation after diagnosis and revised it following their comments.>>

Patients with cancer who are at risk of MSCC are given an alert card, in Welsh and English, by their
oncology team, explaining which symptoms to report and giving the coordinator's telephone number. The
health board's cancer patient forum received an update on the project in 2023. A patient experience
questionnaire was sent to 40 patients treated for MSCC in 2023; responses were largely positive and no
changes were made as a result. The patient remains at the centre of the pathway, and we intend to involve
patients and carers in a review of the alert card during 2025.
"""),
        ("value", "D. Value added", """
The additional radiographer sessions cost approximately £118,000 per year, funded through the health
board's cancer recovery allocation; the coordinator line uses existing acute oncology and registrar time.
The lifetime cost of care for a patient left paraplegic by MSCC, including adaptations to the home,
nursing care and repeated admissions for pressure damage and infection, is several times the annual cost
of the project.

Above all, a patient who is still walking at diagnosis is more likely to remain at home, to continue
with further cancer treatment, and to spend the time that remains to them with the independence they
value.
"""),
        ("spread", "E. Sustainability, spread and sharing", """
The coordinator line and the back pain template are now part of the health board's cancer pathways and
are funded recurrently. Penmaenor Cancer Centre has introduced the same coordinator model with the other
two health boards that it serves. The general practice template has been shared with the national primary
care clinical systems group for Wales, and the project was presented at the Welsh acute oncology forum in
2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I341  children and young people in mental health crisis in a children's
#       emergency department - docx - reordered (young people and staff
#       first, then results, then background, then value) - paediatric
#       emergency medicine consultant, conversational - children's hospital,
#       mental health trust, council, youth work charity - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I341", format="docx", layout="reordered", topic="paediatric_mental_health_ed",
    project="independent22-calmspace-341", docx_font="Calibri",
    title="Calm Space: keeping young people in mental health crisis safe while they wait in a children's emergency department",
    cover=[
        "Aldergate Children's Hospital NHS Foundation Trust, with Aldergate and Fenn Partnership NHS Trust (Children and Young People's Mental Health Services), Aldergate City Council (Children's Services) and Open Sky Youth",
        "Entry by a consultant in paediatric emergency medicine, with Open Sky's young people's advisory group",
    ],
    primary_entrant=dict(name="Aldergate Children's Hospital NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Aldergate and Fenn Partnership NHS Trust", type="nhs_trust"),
        dict(name="Aldergate City Council", type="local_authority"),
        dict(name="Open Sky Youth", type="charity"),
    ],
    sections=[
        ("stakeholders", "What young people and our staff told us", """
<<P:We've put this first because it is where the project started, in a room at Open Sky's drop-in centre in
the spring of 2022, with a plate of biscuits and nine young people who had all spent at least one night in
our emergency department while they were in a mental health crisis.>> One of them, Maya, who was sixteen at
the time, said: 'It's the worst place to be when you feel like that. It's bright, it's loud, there are
babies screaming, and everyone walks past you like you're not there.' Nobody in the room disagreed.

<<P:Those young people, and others who joined later, became the Calm Space advisory group, and they
designed the room we now use, down to the colour of the walls, the beanbags instead of chairs and the
rule that staff knock before they come in.>> <<P:They wrote the 'What happens next' card that every young
person now gets on arrival, which explains in plain words who they will see, how long it might take and
what they are allowed to do while they wait.>> <<P:Maya and two others interviewed the candidates for the
youth worker posts.>>

<<P:Parents were involved too.>> <<P:A group of six mums and dads whose children had waited in the
department told us that they were often sent out of the cubicle while staff talked to their child and
then left with nothing to do and nobody to talk to, and at their suggestion a parent is now offered a
separate conversation with the mental health practitioner at every visit.>>

<<S:ED nurses and healthcare assistants helped choose which of the department's rooms could be converted,
and the night team pointed out that the first choice had a window onto the ambulance bay that young
people could see out of and, more importantly, people could see into.>> <<S:Our hospital play
specialists, who had been quietly doing a lot of this work for years without anyone asking, put together
the box of activities that lives in Calm Space.>> <<S:Security officers, who were often the people called
when things escalated, took part in two workshops with CAMHS and the young people's group, and suggested
the change we are proudest of: security staff no longer wear their stab vests in Calm Space unless there
is a specific reason.>> <<S:CAMHS crisis practitioners and the council's emergency duty social workers
agreed the format of the daily huddle together and changed its time from 4pm to 10am after the first
month, so that decisions could be made while daytime services were open.>>
"""),
        ("evidence", "What has changed", """
We compared the two years before Calm Space (April 2020 to March 2022) with the two years after it opened
(April 2022 to March 2024), using the department's electronic record, incident reports and the security
team's log.

<<Q:Young people absconding from the department while waiting for a mental health assessment fell from
37 episodes to 9.>> <<Q:Episodes in which a young person was physically restrained fell from 54 to 17.>>
<<Q:Self-harm incidents inside the department fell from 23 to 6.>>

<<Q:The median time from arrival to assessment by a CAMHS practitioner fell from 14 hours to 4 and a
half.>> <<Q:Young people who stayed in the department for more than 48 hours, usually because there was
nowhere safe for them to go, fell from 41 to 12.>>

The numbers of young people coming to us in crisis have not gone down; if anything they have gone up
slightly, to around 900 a year. We have not reduced demand. What we have changed is what happens to them
while they are with us.
"""),
        ("context", "Why we needed to act", """
Aldergate Children's Hospital has the only dedicated children's emergency department for a population of
around 1.3 million. Like most children's EDs, it was built for children with physical illness and injury.
It was never meant to be somewhere a fifteen-year-old who has just taken an overdose, or who has been
brought in by the police after being found on a bridge, would wait for two days for a bed in a mental
health unit or a safe place to live.

But that is what was happening. In 2021 young people in mental health crisis were spending, on average,
more than 20 hours in our department, and some were spending over a week. They were in cubicles with
ligature points, next to the resuscitation room, with a healthcare assistant watching them through a
curtain. Some ran away. Some harmed themselves while they were with us. Some became so distressed that
they were held down by security staff and given sedation, which is about as far from good mental health
care as it is possible to get. Staff felt helpless and, sometimes, frightened.

No one organisation could fix it. The assessment and the decision about where a young person should go
belong to CAMHS. Many of the longest waits were for young people who were medically fit and did not need a
mental health bed but had nowhere safe to live, which is the council's responsibility. And none of us,
on our own, had thought to ask young people what would help.

Calm Space has four parts: a converted two-room suite inside the department, with reduced ligature risks
and soft furnishings, used only for young people in mental health crisis; a CAMHS crisis practitioner
based in the ED from 8am to midnight, seven days a week; a youth worker from Open Sky in the department
every afternoon and evening; and a 10am huddle every day, with the ED, CAMHS and the council's children's
services, about every young person who has been waiting more than twelve hours.
"""),
        ("value", "Why it's worth it", """
The CAMHS practitioner posts are funded by the ICB at around £340,000 a year; the youth worker posts cost
the council and Open Sky about £70,000 between them; the room conversion cost £38,000 from the hospital
charity. Every restraint, every absconding young person who has to be found by the police, every
self-harm injury in the department and every night spent in an ED cubicle instead of somewhere suitable
has a cost, most of it hidden in other services' budgets.

The real value is that a young person at the worst moment of their life is no longer made worse by the
place that was meant to help. One young person, who came back to the department in crisis after Calm
Space opened, wrote to us afterwards: 'It still wasn't nice, but this time it felt like someone
had thought about me.'
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I342  medicines when patients transfer from hospital to a hospice - pdf -
#       numbered questions - hospice director of clinical services, warm -
#       hospice lead with acute trust, community trust and local
#       pharmaceutical committee - families involved - no staff involvement
#       (ward nurses taught, the palliative care team briefed, community
#       pharmacists completed e-learning, the hospice pharmacist as single
#       named lead, an audit of phone handovers, a district nurse survey that
#       changed nothing, a planned staff group)
# ---------------------------------------------------------------------------
entry(
    id="I342", format="pdf", layout="numbered_questions", topic="hospice_transfer_medicines",
    project="independent22-transferready-342", pdf_font="LiberationSerif", pdf_align="L",
    title="Transfer Ready: making sure pain relief travels with people moving from hospital to hospice care",
    cover=[
        "Lead entrant: St Brannoc's Hospice, Tamber Valley (registered charity)",
        "In partnership with Tamber Valley Hospitals NHS Trust, Tamber Valley Community Health NHS Trust and Tamber Local Pharmaceutical Committee",
        "Contact: Director of Clinical Services, St Brannoc's Hospice, Orchard Lane, Tamberley TB6 1HW",
    ],
    primary_entrant=dict(name="St Brannoc's Hospice", type="charity"),
    partners=[
        dict(name="Tamber Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Tamber Valley Community Health NHS Trust", type="nhs_trust"),
        dict(name="Tamber Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "1. What was the problem and what were you trying to achieve?", """
Every year about 380 people come to St Brannoc's from Tamber Valley General Hospital, either to our
inpatient unit or to be cared for at home by our hospice at home team and the district nurses. Most of
them are in the last weeks or days of life. Many are on a syringe driver, a small pump that delivers
painkillers and anti-sickness medicines under the skin over 24 hours, and almost all are taking strong
opioids.

The move from hospital is one of the most dangerous moments in their care, and for a long time we did
not see it that way. A patient might arrive at the hospice at six in the evening with a syringe driver
due to be renewed at eight, and no one could tell us what was in it or when it was last changed. Discharge
letters gave the morphine dose but not the oxycodone the patient had actually been switched to. People
going home arrived without the 'just in case' medicines that district nurses need to control pain and
breathlessness in the night, or with a prescription that the local pharmacy could not fill until the
next day because it did not stock the drug.

In 2021 our incident reports recorded 29 occasions on which a syringe driver ran out, was renewed late or
was set up at the wrong dose within a day of a patient arriving from hospital. Behind each of those was
a person in pain or distress in the last days of their life, and a family who will remember it.

Transfer Ready is a simple agreement between the four partners. Before anyone leaves the hospital for our
care, the ward completes a one-page transfer checklist, which includes the current syringe driver
contents, the time it was last set up and a completed chart. The hospital pharmacy supplies seven days of
every end-of-life medicine, including the syringe driver drugs, so that nothing depends on a community
prescription. The ward nurse phones the receiving hospice or district nursing team before the patient
leaves, using a short script. Our hospice pharmacist reviews every transfer list the same day. And the
Local Pharmaceutical Committee has set up a network of community pharmacies across the valley that
promise to hold the core end-of-life medicines and to stay open until 8pm on at least two evenings a
week.

Our aim was that nobody would arrive in our care in pain, or at risk of pain, because their medicines had
not travelled with them.
"""),
        ("evidence", "2. What difference has it made, and how do you know?", """
We compared 2021, the year before Transfer Ready, with 2023, its first full year, using our own admission
audit, incident reports and the district nursing records for patients discharged home under our care.

<<Q:Patients arriving from hospital with an incomplete set of end-of-life medicines, or without a current
syringe driver chart, fell from 41% to 8%.>> <<Q:Incidents in which a syringe driver ran out, was renewed
more than an hour late or was set up at the wrong dose in the first 24 hours after transfer fell from 29 to
4.>> <<Q:Transfers delayed on the day because medicines were not ready fell from about one in five to one
in twenty.>>

<<Q:For patients going home, the number of urgent calls to out-of-hours GPs for end-of-life medicines in
the first 48 hours fell from 63 to 21.>>

We also ask families, at the bereavement follow-up call, whether their relative's symptoms were well
controlled in the first day after leaving hospital, and their answers are shared with the hospital's
end-of-life care group each quarter.
"""),
        ("stakeholders", "3. Who was involved, and how?", """
<<P:Transfer Ready began with families.>> <<P:In 2022 we invited relatives of people who had died after a
difficult transfer to meet us, and seven came, some of them more than a year after their loss.>> <<P:They
told us that what frightened them most was not knowing whether the pump had been changed, and they asked
that the time of the last renewal be written in large print on the outside of the medicines bag, which is
now done for every patient.>>

<<P:Ruth Kellaway, whose husband Alan died at home two days after leaving hospital, spent several
afternoons with us rewriting our 'Coming to St Brannoc's' leaflet so that it tells families exactly which
medicines should come with their relative and what to do if they do not.>> <<P:Patients in our day
therapy group, several of whom expected to make the same journey themselves, looked at three designs for
the medicines bag and chose the one with a clear window and a pocket for the chart.>>

Ward nurses at Tamber Valley General attended teaching sessions on the checklist, given by our clinical
nurse specialists on each ward. The hospital palliative care team was briefed on the new process at its
monthly meeting. Community pharmacists in the LPC network completed an e-learning module on end-of-life
medicines. The hospice pharmacist, Tom Heald, led the work and reviews every transfer list himself. We
audited the ward-to-hospice phone calls for three months to check that the script was being used. A
survey of district nurses after the first six months was positive, and nothing was changed as a result.
We intend to bring ward, district nursing and pharmacy staff together in a reference group during 2025.
"""),
        ("value", "4. Is it good value?", """
The extra hospital pharmacy supply costs the trust around £9,000 a year in medicines, some of which would
have been prescribed in the community anyway. The community pharmacies in the LPC network receive a small
retainer, funded by the ICB, of about £21,000 a year in total. The hospice pharmacist's time is met from
our charitable funds.

Against that, each out-of-hours GP visit, each emergency call for a syringe driver and each readmission of
a dying person to hospital has a cost, in money and in distress. For families, the value is that the first
night in our care, or at home, is no longer the night they remember for the wrong reasons.
"""),
        ("spread", "5. Has it spread, and will it last?", """
The transfer checklist is now used for every end-of-life discharge from Tamber Valley General, not only
those coming to us, and the community hospital at Netherby has adopted it. The two other hospices in the
county have asked for our materials, and the regional palliative care network has published the
checklist and the family leaflet.

The agreement is written into the hospital's discharge policy and the LPC's service specification, so it
does not depend on any of the people who set it up.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I343  hospital-associated thrombosis after discharge - pdf - CAPS
#       headings - health innovation network programme manager, programme
#       jargon - two acute trusts, ICB, local pharmaceutical committee - no
#       patient involvement (patients "at the heart", a leaflet, a survey
#       that changed nothing, a lay role to be recruited) - no quantitative
#       evidence (reviews done, a single audit figure, pharmacies signed up,
#       calls made, a target, an evaluation commissioned)
# ---------------------------------------------------------------------------
entry(
    id="I343", format="pdf", layout="caps_headings", topic="hospital_associated_thrombosis_discharge",
    project="independent22-clotsafe-343", pdf_font="LiberationSans",
    title="CLOT SAFE WESSMOOR: a system-wide approach to preventing hospital-associated thrombosis after discharge",
    cover=[
        "Submitted by Health Innovation Wessmoor (the health innovation network for Wessmoor and the Kingsreach coast)",
        "Partner organisations: Wessmoor Hospitals NHS Trust; Kingsreach and District Hospital NHS Foundation Trust; NHS Wessmoor Integrated Care Board; Wessmoor Local Pharmaceutical Committee",
        "Programme Manager, Patient Safety and Medicines Programme, Health Innovation Wessmoor, Unit 4, Harbourside Innovation Centre, Wessmoor WM1 6JT",
    ],
    primary_entrant=dict(name="Health Innovation Wessmoor", type="public_other"),
    partners=[
        dict(name="Wessmoor Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Kingsreach and District Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Wessmoor Integrated Care Board", type="icb"),
        dict(name="Wessmoor Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "SUMMARY AND CONTEXT", """
Hospital-associated thrombosis (HAT) is a venous thromboembolism, that is a deep vein thrombosis or a
pulmonary embolism, occurring during a hospital stay or within 90 days of discharge. It remains one of the
leading causes of preventable death associated with hospital care. National policy has focused for more
than a decade on risk assessment at admission, and compliance with that standard across Wessmoor is high.
The risk, however, does not end at the hospital door. A substantial proportion of HAT presents after
discharge, when responsibility for prevention is shared, and often lost, between the hospital, general
practice, community pharmacy and the patient.

Extended thromboprophylaxis, typically a course of daily low molecular weight heparin injections or an
oral anticoagulant for up to 28 or 35 days after major orthopaedic, abdominal or pelvic cancer surgery, is
a particular area of risk. In 2022 a system-level learning review commissioned by the ICB found that
patients were being discharged with insufficient supplies, without having been taught to self-inject,
and with discharge summaries that did not state the intended duration. It also found that each trust
investigated HAT using a different tool, so that learning could not be aggregated or compared.

Clot Safe Wessmoor was established in 2023 as a system programme hosted by Health Innovation Wessmoor,
with four workstreams:

- a common HAT root cause analysis tool and a joint quarterly learning panel across both acute trusts

- a standard discharge checklist for extended thromboprophylaxis, embedded in both trusts' electronic discharge systems

- a community pharmacy follow-up call on day three after discharge for every patient prescribed extended thromboprophylaxis, commissioned through the LPC

- a mandatory field in the discharge summary stating the agent, dose, duration and stop date, with an automated task for the GP practice

The programme's aim is to reduce potentially preventable HAT across the Wessmoor system and to ensure
that every patient leaving hospital on extended thromboprophylaxis has the supply, the skills and the
information needed to complete the course safely.
"""),
        ("evidence", "DEMONSTRATED IMPACT", """
The programme went live across both trusts in October 2023. Between October 2023 and June 2024:

- 268 cases of HAT were reviewed using the common root cause analysis tool, and every case was discussed at the joint learning panel

- in 61% of the cases reviewed, the panel judged that all appropriate prevention had been given

- 148 of the 171 community pharmacies in Wessmoor signed up to deliver the day-three call

- 1,120 day-three calls were completed, and a problem was identified and resolved in around one call in six, most commonly a shortfall in supply or a patient who had stopped injecting

Comparable data are not available for the period before the programme, because the two trusts used
different definitions and investigation tools. The programme board has set a target of a 25% reduction in
potentially preventable HAT by March 2026, against the 2023/24 baseline established through the common
tool. The ICB's population health analytics team has been commissioned to carry out a formal evaluation,
linking discharge, primary care and readmission data, with a first report expected in spring 2025.
"""),
        ("stakeholders", "PARTNERSHIP AND ENGAGEMENT", """
<<S:Anticoagulation nurse specialists and consultant haematologists from both trusts co-designed the
common root cause analysis tool over a series of four workshops, and it was revised after the first
quarter when the learning panel found that the original version did not capture whether a patient had
been taught to inject.>> <<S:Surgical and orthopaedic ward pharmacists tested the discharge checklist on
two wards at each trust before roll-out and reduced it from twelve items to seven.>>

<<S:Community pharmacists nominated by the LPC wrote the day-three call script and the escalation route
for problems, and they asked for a direct telephone line to the hospital anticoagulation team, which now
exists.>> <<S:GP clinical leads in the ICB's three places reviewed the automated GP task and asked for it
to be routed to the practice pharmacist rather than the GP, which was agreed.>>

Patients are at the heart of Clot Safe. Every patient discharged on extended thromboprophylaxis receives
a printed leaflet and a sharps bin. A survey of 120 patients who received the day-three call found high
levels of satisfaction, and no changes were made as a result. The programme board intends to recruit a
patient representative during 2025.
"""),
        ("value", "VALUE FOR MONEY", """
The community pharmacy call is remunerated at £15 per completed call, funded by the ICB at an estimated
cost of £30,000 per year at current volumes. The programme management and learning panel are funded from
Health Innovation Wessmoor's core patient safety budget. Changes to the electronic discharge systems were
delivered within existing informatics workplans.

A single pulmonary embolism requiring admission costs several thousand pounds, and fatal or disabling
events carry substantial human and litigation costs. The programme also provides, for the first time, a
single view of HAT across the Wessmoor system, enabling the partners to target improvement where it is
most needed.
"""),
        ("spread", "SCALE AND SPREAD", """
The common root cause analysis tool has been shared with the other health innovation networks in the
region, and one neighbouring system has adopted it. The day-three call specification has been shared with
the regional community pharmacy commissioning team. The programme was presented at the national
thrombosis prevention forum in 2024.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I344  low sodium (hyponatraemia) in older people in general practice -
#       pdf - two column - GP clinical lead for older people, plain first
#       person - GP federation with pathology network, hospital trust and an
#       older people's charity - older people involved - no staff
#       involvement (practice pharmacists trained, receptionists briefed,
#       duty biochemists following a protocol, a named chemical pathologist
#       lead, a practice survey that changed nothing, a planned event)
# ---------------------------------------------------------------------------
entry(
    id="I344", format="pdf", layout="two_column", topic="hyponatraemia_older_people_primary_care",
    project="independent22-saltcheck-344", pdf_font="LiberationSans",
    title="Salt Check: finding and acting on dangerously low sodium in older people before they fall",
    cover=[
        "Corvale GP Federation (lead)  |  Corvale and Ridsdale Pathology Network  |  Corvale General Hospital NHS Trust  |  Age Friendly Corvale (charity)",
        "By the federation's clinical lead for older people, a GP partner in Corvale for nineteen years",
    ],
    primary_entrant=dict(name="Corvale GP Federation", type="primary_care"),
    partners=[
        dict(name="Corvale and Ridsdale Pathology Network", type="nhs_service"),
        dict(name="Corvale General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Age Friendly Corvale", type="charity"),
    ],
    sections=[
        ("context", "Low salt, high risk", """
Low sodium in the blood, hyponatraemia, is the most common abnormal blood result in older people, and one
of the most overlooked. Mild cases cause tiredness and unsteadiness that are easily put down to age.
Severe or rapidly falling sodium causes confusion, falls, fits and, occasionally, death. Over-correcting
it in hospital can cause permanent brain damage. A large share of it is caused by medicines we prescribe
every day: water tablets such as bendroflumethiazide and indapamide, antidepressants such as sertraline
and citalopram, some anti-epileptic drugs and proton pump inhibitors. Put two of these together in an
eighty-year-old and the risk climbs steeply.

I became interested after a patient of mine, a retired postmistress, was admitted after a fall with a
sodium of 114. She had been started on an antidepressant by one doctor and a water tablet by another, and
nobody had checked her blood for fourteen months. She recovered, but she never went home.

When we looked across the federation's 21 practices in 2021, we found three problems. Many older people
on risky combinations of medicines had no sodium test on record for more than a year. When a very low
result came back from the laboratory out of hours, the phone call often reached an answerphone or a
locum who did not know the patient, and the result waited until Monday. And when older people were
discharged from hospital after treatment for low sodium, the medicine that caused it was often restarted
within weeks.

Salt Check has three parts. A quarterly search in every practice finds people over sixty-five taking two
or more high-risk medicines without a sodium result in the past year, and practice pharmacists invite
them for a blood test and a medicines review. The pathology network phones any sodium below 125 to the
out-of-hours GP service through a dedicated line when practices are closed, with a short protocol for what
to do next. And Corvale General adds a coded 'sodium alert' to every discharge summary after admission
with hyponatraemia, naming the medicine that should not be restarted.
"""),
        ("evidence", "What happened", """
The federation's data team compared 2021/22 with 2023/24 using practice records, the pathology network's
critical results log and the hospital's admissions data.

<<Q:Among people over sixty-five on two or more high-risk medicines, the proportion with no sodium test
in the previous twelve months fell from 37% to 12%.>> <<Q:Critical sodium results phoned out of hours
that reached a clinician within two hours rose from 64% to 98%.>>

<<Q:Emergency admissions of people over sixty-five from our practices with a sodium below 125 fell from
142 to 97.>> <<Q:Readmissions within 90 days with low sodium, after the causal medicine had been
restarted, fell from 19 to 5.>>

We were also interested in falls, because that is how many of these patients first come to our notice,
but falls have many causes and we cannot link any change to Salt Check.
"""),
        ("stakeholders", "Who got involved", """
<<P:Age Friendly Corvale runs a monthly older people's forum, and eleven of its members spent two of
their meetings with us on the letter that invites people for a blood test.>> <<P:They told us the draft
made it sound as if something was already wrong, and they rewrote it so that it starts with 'We are
checking on everyone who takes these medicines', which has made a big difference to how many people
turn up.>> <<P:They also asked for a small card to keep in a purse or wallet listing the medicines that
can lower sodium, and they chose its size and colours.>>

<<P:Mrs Brenda Oakes, who was admitted twice with low sodium before anyone linked it to her tablets,
talked to the forum about what it had been like, and then helped us write the sodium alert wording on
the hospital discharge summary so that it would make sense to her and her daughter as well as to her
GP.>>

Practice pharmacists in all 21 practices completed a training module on hyponatraemia and the search.
Reception teams were briefed on booking the blood tests. The duty biochemists at the pathology network
follow the new out-of-hours protocol, and Dr Priya Raman, consultant chemical pathologist, led the
laboratory's side of the project. We surveyed the practices after the first year; the replies were
positive and nothing was changed. We would like to hold a joint learning event for practice and
laboratory staff next year.
"""),
        ("value", "Cost and value", """
The searches and pharmacist reviews were funded from the federation's medicines optimisation budget at
about £24,000 a year. The out-of-hours line cost the pathology network very little to set up. An
emergency admission with severe hyponatraemia in an older person usually means a stay of a week or more,
and many never return to living independently.

For patients, the value is being asked before something goes wrong.
"""),
        ("spread", "Sharing it", """
The search and invitation letter are now used by the other two GP federations in the ICB's area, and the
pathology network has extended the out-of-hours line to all the practices it serves. We have presented
Salt Check at the regional medicines safety network.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I345  falls from trolleys in the emergency department and imaging - docx
#       - style headings - ED matron, measured - departments of one trust
#       only, no partner organisation (ineligible) - no patient involvement
#       (high-risk patients given a blanket and told why, friends and family
#       comments read with nothing changed, a patient experience group
#       updated, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I345", format="docx", layout="style_headings", topic="trolley_falls_ed",
    project="independent22-railsup-345", docx_font="Calibri",
    title="Rails Up, Brakes On: stopping falls from trolleys in the emergency department and imaging",
    cover=[
        "Entrant: Harcastle General Hospital NHS Trust",
        "Our partners in this work: the Emergency Department, Diagnostic Imaging, the Portering Service and the Medical Equipment Library, all at Harcastle General",
        "Submitted by: Matron, Emergency Department (Harcastle site)",
    ],
    primary_entrant=dict(name="Harcastle General Hospital NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "The issue", """
Most of the attention paid to falls in hospital is about falls on wards, out of bed or in bathrooms. Far
less attention is paid to falls from trolleys, yet a trolley is where a frail, confused or drowsy patient
may spend many hours in an emergency department, often in a corridor, and it is higher and narrower than
any bed. A fall from a trolley onto a hard floor can cause a head injury or a fracture in a patient who
came in with something quite different.

In 2021/22 Harcastle General reported 47 falls from trolleys, nine of them causing moderate or severe
harm, including two intracranial bleeds. Most happened in the emergency department, but a significant
number happened in the X-ray and CT departments, or in lifts and corridors while patients were being
moved between them. When we looked at each incident, the same themes came up. Side rails had been left
down after a procedure or a transfer. Brakes were not applied, or did not work. Trolleys had been left at
working height rather than lowered. Patients at high risk of falling were not identified to the porters
and radiographers who moved and scanned them, because the falls assessment sat in the ED record, which
they could not see.

We also found that a number of our trolleys were simply worn out. Of 140 trolleys in the emergency
department and imaging, an equipment audit found that 23 had faulty brakes or side rails that did not
lock.

Rails Up, Brakes On brought together four departments that each own part of a patient's time on a trolley.
It introduced a visible falls risk marker, a yellow blanket, for any patient at high risk; a two-line
handover between ED staff and porters or radiographers whenever a high-risk patient moves; a rule that
rails are up and the trolley is at its lowest height whenever a patient is not being actively cared for;
a daily brake and rail check by the equipment library; and the replacement of the worst trolleys.
"""),
        ("evidence", "Impact", """
We compared 2021/22 with 2023/24 using the trust's incident reporting system and the equipment library's
records.

<<Q:Falls from trolleys fell from 47 to 11.>> <<Q:Falls from trolleys causing moderate or severe harm fell
from 9 to 1.>> <<Q:Falls from trolleys in imaging, or during moves to and from it, fell from 14 to 2.>>

<<Q:Trolleys found with a faulty brake or rail at the monthly equipment audit fell from about one in six
to fewer than one in fifty.>> Spot checks of high-risk patients in the ED in 2023/24 found that 88% had a
yellow blanket in place.
"""),
        ("stakeholders", "Collaboration", """
<<S:Porters were central to the design: a group of six porters from the day and night rotas walked
through every route a trolley takes between the ED, X-ray and CT with the matron and the imaging
manager, and identified the lift where most transfers stalled and rails were lowered to let people
past.>> <<S:They proposed the two-line handover, 'yellow blanket, rails up', which is what they now say
and hear at every move.>>

<<S:Radiographers in CT tested three designs of falls marker over a month and rejected the wristband and
the sticker, because neither could be seen once a patient was under a sheet, and it was their choice of
a coloured blanket that was adopted.>> <<S:ED healthcare assistants on the night shift suggested the
'lowest height' rule after pointing out that trolleys were routinely left raised after observations.>>
<<S:Technicians in the medical equipment library designed the daily brake and rail check with the ED
nurse in charge and now carry it out at 7am each day.>>

Patients at high risk of falling are given a yellow blanket, and the reason is explained to them and to
anyone with them. Comments about trolleys in the friends and family test were reviewed and no changes
were needed. The Trust's patient experience group was updated on the project in 2023. We plan to ask
the group to review the wording we use when explaining the blanket to patients.
"""),
        ("value", "Value", """
Replacement of 23 trolleys cost £96,000 from the Trust's medical equipment capital programme. The
blankets cost a few hundred pounds a year. A fall with a head injury or hip fracture adds, on average,
more than a week to a hospital stay and can change the rest of a person's life.

There is also a wider benefit. The same handover and the same marker are now used when patients go from
the ED to wards, so that the falls risk travels with the patient.
"""),
        ("spread", "Spreading the approach", """
The yellow blanket and the two-line handover have been adopted in the acute medical unit and the
surgical assessment unit. <<S:Nurses on the acute medical unit asked to take it up after porters described
it to them, and they adapted the handover for moves from trolleys to beds.>> We have shared the daily trolley check with the Trust's other site at
Ellerby, which plans to introduce it next year, and presented the work at the regional falls
collaborative.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I346  nasal bridles and nasogastric tube safety - docx - rubric headings
#       with a cover table - Scottish health board, nutrition nurse
#       specialist and dietetic lead, formal - HSCP, university, stroke
#       survivors' network - no flags
# ---------------------------------------------------------------------------
entry(
    id="I346", format="docx", layout="rubric_headings", topic="nasogastric_tube_nasal_bridle",
    project="independent22-staysput-346", docx_font="Cambria",
    title="Stay Put: nasal bridles and safer nasogastric feeding across hospital and community in Lomondale",
    cover_table=[
        ("Entry", "Stay Put: nasal bridles and safer nasogastric feeding across hospital and community in Lomondale"),
        ("Submitting organisation", "NHS Lomondale (Nutrition and Dietetics, Lomondale Royal Infirmary)"),
        ("Collaborating organisations", "Lomondale Health and Social Care Partnership; Forthbank University, School of Health Sciences; Lomondale Stroke Survivors' Network"),
        ("Clinical leads", "Nutrition Nurse Specialist and Lead Dietitian (Acute), NHS Lomondale"),
        ("Date submitted", "May 2024"),
    ],
    primary_entrant=dict(name="NHS Lomondale", type="nhs_board"),
    partners=[
        dict(name="Lomondale Health and Social Care Partnership", type="public_other"),
        dict(name="Forthbank University", type="public_other"),
        dict(name="Lomondale Stroke Survivors' Network", type="patient_group"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
Nasogastric (NG) tubes are used to feed patients who cannot swallow safely, most commonly after a stroke,
and in patients with head and neck cancer or a reduced level of consciousness. They are also among the
most hazardous routine procedures in hospital. A tube that is inserted into the airway rather than the
stomach, and not identified before feeding begins, can deliver feed or medicines into the lungs; this is
classified as a never event. The tube must be checked every time it is inserted, using the acidity of
aspirate or, if that is not possible, an X-ray read by a competent person.

Every reinsertion carries that risk again. Patients who are confused, agitated or unaware of the tube,
as many stroke patients are, frequently pull it out. A 2021 review on the stroke unit at Lomondale Royal
Infirmary found that the average patient fed by NG tube had it replaced three times, and some more than
ten times. Each replacement meant a delay to nutrition and medicines, often an X-ray, and a new
opportunity for misplacement. Two misplaced tubes had been identified only on X-ray in that year, and one
patient had received feed through a misplaced tube for several hours, with a resulting aspiration
pneumonia.

A nasal bridle is a soft tape passed around the vomer bone at the back of the nose and fastened to the
tube, which makes it much harder to dislodge. Bridles had been available at Lomondale for some years, but
they could only be fitted by the nutrition nurse specialist on weekdays, so most patients who needed one
did not get one.

The goals of Stay Put were to reduce the number of NG tube reinsertions, to eliminate feeding through a
misplaced tube, and to ensure that patients discharged with a tube to community hospitals, care homes or
their own homes were cared for with the same standard of checking.

Four changes were made. Nurses and dietitians on the stroke, neurology and head and neck wards were
trained and assessed to fit bridles seven days a week. A single type of pH indicator strip and a single
'safe to feed' checklist were introduced across the board, including community hospitals. Interpretation
of NG tube X-rays was restricted to staff who had passed a competency assessment developed with Forthbank
University. And the HSCP's district nursing and care home liaison teams took on bridle and tube checks
after discharge, with a named contact at the Royal Infirmary for problems.
"""),
        ("evidence", "Evidence of improved patient safety", """
The nutrition team compared NG-fed patients on the three wards in 2021 (184 patients) and 2023 (201
patients), using the feeding tube register and the incident reporting system.

<<Q:Tube displacements fell from 5.8 to 1.9 per 100 tube-days.>> <<Q:The average number of tubes
inserted per patient fell from 3.1 to 1.4.>> <<Q:X-rays carried out to confirm tube position fell from 412
to 168.>> <<Q:Feeding through a misplaced tube went from one event in 2021 to none in 2022 or 2023.>>

<<Q:The proportion of prescribed feed actually delivered in the first week, a measure of interruptions,
rose from 61% to 84%.>> For patients discharged with a tube, the community teams recorded 37 tube
problems in 2023, all resolved without a hospital admission; comparable figures for earlier years were not
collected.
"""),
        ("value", "Value added", """
A bridle kit costs around £60. Each avoided X-ray saves radiographer and porter time and a trip off the
ward for a frail patient, and each avoided reinsertion saves nursing time and spares the patient an
unpleasant procedure. The nutrition team estimates that the fall in X-rays alone saved around £19,000 in
2023. A single never event, with the harm, investigation and claim that follow, would cost many times the
whole project.

For patients, the value is fewer tubes up the nose, fewer missed feeds and medicines, and a quicker
recovery. For the HSCP, having bridled patients leave hospital with a clear plan has meant fewer
readmissions simply to replace a tube.
"""),
        ("spread", "Spread and sharing of good practice", """
The seven-day bridle service has been extended to the intensive care unit and the two community
hospitals. Forthbank University has made the X-ray competency available to all NHS boards in the region,
and it has been completed by staff in three other boards. The work has been presented at the Scottish
nutrition nurses' network and shared with improvement colleagues nationally.
"""),
        ("stakeholders", "Stakeholder engagement and involvement", """
<<P:The Lomondale Stroke Survivors' Network helped us from the start.>> <<P:Six of its members had been fed
by NG tube after their stroke, and they described to us how frightening it had been to wake with a tube in
the nose, with nobody having explained it, and how often they had pulled it out without knowing they were
doing it.>> <<P:They wrote the 'Why a bridle?' information sheet, which is now given to every patient and
family before a bridle is fitted, and insisted that it include a line drawing showing exactly where the
tape goes.>> <<P:Jean Mackie, whose husband was bridled after a stroke in 2022, asked that families be
offered the chance to be present when a bridle is fitted, and this is now part of the procedure.>>

<<S:Stroke nurses and dietitians on the pilot ward tested two brands of bridle over a month and chose the
one with the simpler clip after night staff said the other could not be released quickly in an
emergency.>> <<S:Speech and language therapists helped write the criteria for when a bridle should be
considered, so that patients likely to regain their swallow quickly are not bridled unnecessarily.>>
<<S:Radiographers and junior doctors took part in developing the X-ray competency with the university's
lecturers, and the radiographers asked for a set of real anonymised images from Lomondale to be used, which
the university built into the assessment.>> <<S:District nurses and care home liaison nurses in the HSCP
agreed the community checking procedure with the nutrition team and changed the referral form after the
first ten discharges.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I347  oxygen at home for babies and children - pdf - with appendix -
#       Northern Ireland health and social care trust, children's community
#       nursing team lead, plain - fire and rescue service, parent-led
#       charity, private oxygen supplier as partner (fine) - parents
#       involved - no staff involvement (fire safety officers trained by
#       nurses, nurses briefed by the fire service, a named team lead, the
#       supplier's engineers informed, a nurse questionnaire that changed
#       nothing, a planned review day) - no quantitative evidence (visits,
#       passports, nursery plans as activity, a zero with no baseline, a
#       single survey figure, an audit planned)
# ---------------------------------------------------------------------------
entry(
    id="I347", format="pdf", layout="with_appendix", topic="childrens_home_oxygen_safety",
    project="independent22-littlebreaths-347", pdf_font="DejaVuSans", pdf_align="L",
    title="Little Breaths at Home: safer home oxygen for babies and young children",
    cover=[
        "Erne and Bann Health and Social Care Trust - Children's Community Nursing Service (lead)",
        "Working with Loughside Fire and Rescue Service, Little Lungs NI (a charity run by parents of children with chronic lung disease) and OxyHome Ltd (home oxygen supplier for the region)",
        "Prepared by the Children's Community Nursing Team Lead, Enniskeel Health Centre",
    ],
    primary_entrant=dict(name="Erne and Bann Health and Social Care Trust", type="nhs_trust"),
    partners=[
        dict(name="Loughside Fire and Rescue Service", type="emergency_service"),
        dict(name="Little Lungs NI", type="charity"),
        dict(name="OxyHome Ltd", type="private"),
    ],
    sections=[
        ("context", "Background", """
Most of the children who go home from our neonatal units on oxygen were born very early. Their lungs were
damaged by the time they spent on a ventilator, and they need a small flow of oxygen through a nasal
cannula for months, sometimes for years, until their lungs grow. Going home on oxygen is a great step for
a family, but it brings risks that most parents have never had to think about.

Oxygen makes fires start more easily and burn much more fiercely. A cigarette, a gas hob or a candle near
the tubing can set it alight, and a baby's face is inches from the end of it. Cylinders need to be stored
safely, away from heat, and secured so they cannot fall. Long lengths of tubing trail across floors and
stairs, and older brothers and sisters trip on them or play with them. Parents have to know what to do
when the concentrator alarms at three in the morning, when a cylinder runs out on the school run, or when
their baby turns blue and they are not sure whether the oxygen is reaching her. And when children start
nursery, staff there have often never seen home oxygen before.

Before 2022, families in the Erne and Bann area received a single teaching session on the neonatal unit,
a home visit from our nurses after discharge, and a separate installation visit from the oxygen
supplier. The fire service, which offers free home fire safety checks, usually did not know these
children existed. In 2021 a house fire in a neighbouring trust's area, in a home where a toddler was on
oxygen, was a warning to all of us.

Little Breaths at Home brings the four partners together around each child. Before a baby goes home on
oxygen, a children's community nurse and a fire safety officer make a joint visit to the family home,
check smoke alarms, storage, smoking and heating, and agree with the parents where the concentrator and
cylinders will go and how the tubing will run. Each family gets an oxygen passport, which holds the
prescription, flow rate, supplier details, emergency numbers and a simple guide to alarms and problems.
The supplier flags every child's address so that cylinder deliveries are never missed. And our nurses
write a plan with each nursery or school that a child on oxygen attends.
"""),
        ("evidence", "What we can show so far", """
Little Breaths at Home started in September 2022. By March 2024, 74 children had been discharged home on
oxygen with a joint nurse and fire safety visit, and 71 families were using an oxygen passport. Smoke
alarms were fitted or replaced in 46 homes during the joint visits. We have written 39 care plans for
nurseries, childminders and schools.

There have been no fires or burns in the home of any child on the scheme. We did not keep records of
oxygen-related incidents in children's homes before the project, so we cannot say whether this is a
change. When we asked parents in 2023, 92% said they felt confident about what to do if something went
wrong with the oxygen at home.

An audit of every child's home oxygen records, including missed deliveries, equipment faults and
emergency calls, is planned for the end of 2024, and Little Lungs NI will repeat its parent survey at the
same time.
"""),
        ("stakeholders", "Families and the team", """
<<P:Parents were involved from the very start, through Little Lungs NI.>> <<P:Ten mums and dads whose
children had been on home oxygen, some of them now at primary school, met with us on four Saturday
mornings and designed the oxygen passport, deciding what went on the front page and insisting that it
should fit in a changing bag.>> <<P:They told us that the worst moment was the first night at home,
when every alarm seemed like an emergency, so the passport now has a page called 'Is this an emergency?'
with the alarms they found most confusing, written by them.>>

<<P:Aoife Brennan, whose son went home on oxygen at five months old, suggested that the joint visit should
happen before discharge rather than after, because by the time the family was home it was too late to
move the furniture, and we changed the scheme to do exactly that.>> <<P:A group of dads who found the
teaching sessions on the unit were aimed at mums filmed a short video on changing cylinders, which is now
shown to every family.>>

Fire safety officers from Loughside Fire and Rescue Service attended a training session given by our
nurses on oxygen equipment. Our nurses were in turn briefed by the fire service on home fire safety
checks. The project was led by the children's community nursing team lead, who organises every joint
visit. OxyHome's engineers were informed of the scheme and told which addresses were flagged. We sent a
questionnaire to the nursing team after the first year; the replies were positive and we did not change
anything. We are planning a review day with nurses, fire officers and the supplier in 2025.
"""),
        ("value", "Value", """
Each joint visit takes about two hours of nurse time and two hours of fire officer time, both met from
existing services. The passports cost around £4 each to print, paid for by Little Lungs NI. The fire
service's smoke alarms are part of its free home safety programme. A single house fire involving oxygen
can mean death or devastating burns for a child and their family, and the loss of a home.

For parents, the value is confidence. One mum told us that the passport was the first thing she packed
for every trip out, before the nappies. <<P:Two of the parents who designed it now join the joint visits
for new families by video call, to talk about what the first night at home is really like.>>
"""),
        ("spread", "Spread", """
The Northern Ireland neonatal network has asked the other health and social care trusts to consider the
joint visit, and one has started it. Little Lungs NI has shared the passport with parent groups across
Ireland. The fire service now includes children on home oxygen in its high-risk register across the
whole of its area.
"""),
    ],
    trailer=[
        ("heading", "Appendix 1: Terms used"),
        ("para", "Concentrator: an electrical machine in the home that makes oxygen from room air. Cylinder: a portable metal container of compressed oxygen used when out of the house or if the concentrator fails. Nasal cannula: fine tubing that delivers oxygen into the nostrils. Chronic lung disease of prematurity: lung damage in babies born early, the most common reason for children in our area needing home oxygen."),
        ("heading", "Appendix 2: Contact"),
        ("para", "Children's Community Nursing Service, Erne and Bann Health and Social Care Trust, Enniskeel Health Centre, Quay Street, Enniskeel BT98 4QL. Tel 028 9649 6123."),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I348  surgical count errors and retained items - docx - bold headings with
#       a cover table - PRIVATE independent hospital group is the primary
#       entrant with an NHS trust and a university as partners (ineligible) -
#       group director of clinical services, polished - a patient who had a
#       retained swab and a patient panel involved; theatre staff involved
# ---------------------------------------------------------------------------
entry(
    id="I348", format="docx", layout="bold_headings", topic="surgical_count_retained_items",
    project="independent22-everyitem-348", docx_font="Segoe UI",
    title="Every Item Home: a shared approach to the surgical count across NHS and independent theatres",
    cover_table=[
        ("Organisation", "Halden Healthcare Ltd (independent hospital group: Halden Park Hospital and Halden Riverside Hospital)"),
        ("Working in partnership with", "Moorvale Hospitals NHS Trust; University of Moorvale, Human Factors in Healthcare Research Group"),
        ("Project", "Every Item Home: a shared approach to the surgical count across NHS and independent theatres"),
        ("Entry contact", "Group Director of Clinical Services, Halden Healthcare Ltd, Halden House, 9 Quarry Road, Moorvale MV4 1SJ"),
    ],
    primary_entrant=dict(name="Halden Healthcare Ltd", type="private"),
    partners=[
        dict(name="Moorvale Hospitals NHS Trust", type="nhs_trust"),
        dict(name="University of Moorvale", type="public_other"),
    ],
    sections=[
        ("context", "1 | The case for change", """
Leaving a swab, needle or instrument inside a patient after an operation is a never event: wholly
preventable, and yet it still happens in operating theatres across the country. The surgical count, in
which the scrub practitioner and a second member of the team count every item on and off the sterile
field, is the principal safeguard. It is a deceptively simple task, carried out at the busiest and most
distracting points of an operation, and it is vulnerable to interruption, handover and fatigue.

Halden Healthcare operates two independent hospitals in the Moorvale area. Around 40% of our operations
are carried out for NHS patients under contract with Moorvale Hospitals NHS Trust, and many surgeons,
anaesthetists and theatre practitioners work in both organisations. In the two years to March 2021 the
two organisations together reported five retained item never events, three at the trust and two at
Halden, and a much larger number of count discrepancies that were resolved only after lengthy searches or
an X-ray.

When we reviewed these events jointly, it became clear that staff were working to two different count
policies, with different whiteboards, different count sheets and different rules on when a count must be
repeated. A practitioner moving between a Halden theatre on Monday and a trust theatre on Tuesday had to
change their habits in between. Every Item Home set out to create a single approach to the count across
all theatres in both organisations, and to design it around how people actually work.

The resulting approach has four elements: a single count policy and pre-printed whiteboard layout used in
every theatre; radio-frequency tagged swabs, which can be detected by a hand-held wand before closure; a
'count pause', during which nobody enters the theatre, speaks to the scrub team or takes a phone call
while the closing count is in progress; and a joint monthly review of every count discrepancy by the two
organisations' theatre leads.
"""),
        ("evidence", "2 | Our results", """
We compared the two years before implementation (April 2019 to March 2021) with the two years after full
roll-out (April 2022 to March 2024) across all 19 theatres in the three hospitals.

<<Q:Retained item never events across the two organisations fell from five to none.>> <<Q:Count
discrepancies that could not be resolved before wound closure fell from 2.3 to 0.4 per 1,000
operations.>> <<Q:The median time taken to resolve a count discrepancy fell from 14 minutes to 6
minutes.>>

<<Q:In direct observations carried out by the university's researchers, the proportion of closing counts
interrupted at least once fell from 58% to 17%.>> <<Q:The use of X-ray to look for a missing item fell from
41 occasions in the first period to 9 in the second.>>
"""),
        ("stakeholders", "3 | People and partnership", """
<<S:Scrub practitioners and operating department practitioners from both organisations formed the core
design group, and over four months they tested three whiteboard layouts in live theatres, chose the one
with a separate column for items added during the case, and rewrote the count sheet to match it.>>
<<S:Theatre support workers, who are often the people entering theatre during a count to bring
equipment, suggested the red floor marker inside each theatre door that shows a count pause is in
progress.>> <<S:Consultant surgeons and anaesthetists at both organisations agreed, after a joint
meeting in which the scrub practitioners presented the observation data, that they too would stop
talking during the closing count.>> <<S:Researchers from the University of Moorvale observed more than
300 operations with our theatre teams, and their findings about when interruptions happened led the
design group to move the count pause earlier.>>

<<P:Mrs Hazel Dunmore, who had a swab left inside her after an operation in 2019, agreed to join the
project steering group, and she spoke at the launch of the new policy to every theatre team in all three
hospitals.>> <<P:She also reviewed the information we give patients about what happens if a count is not
correct, and asked that it should say plainly that the patient will be told, which it now does.>>
<<P:Members of Halden's patient panel tested the revised leaflet and suggested that the surgeon, not a
nurse, should explain any X-ray taken to check for a retained item, and this was adopted in both
organisations.>>
"""),
        ("value", "4 | Value", """
The tagged swabs and detection wands add about £3 to the cost of a typical operation, shared between the
organisations according to where the operation takes place. The university's observational research was
funded by a regional patient safety research grant. The cost of a single retained item, including
further surgery, extended stay, investigation and compensation, is typically tens of thousands of pounds,
and the harm to the patient can be lifelong.

Staff who work across both organisations now follow one approach wherever they are, and theatre teams
report that the count pause has made the end of an operation calmer and more focused.
"""),
        ("spread", "5 | Sharing and spreading", """
The single count policy and whiteboard have been adopted by the day surgery unit at the trust's second
site and by one other independent provider that treats NHS patients in Moorvale. The university has
published its observation findings in a peer-reviewed journal, and the work has been presented at the
national theatre nursing conference and to the regional perioperative safety network.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I349  unrecognised oesophageal intubation - docx - form table - ambulance
#       service consultant paramedic, technical - air ambulance charity,
#       hospital trust, university simulation centre - no patient
#       involvement (unconscious patients who cannot be asked, families
#       informed under duty of candour, a patient panel updated, an explicit
#       negation, a planned lay member)
# ---------------------------------------------------------------------------
entry(
    id="I349", format="docx", layout="form_table", topic="oesophageal_intubation_capnography",
    project="independent22-notrace-349", docx_font="Arial",
    title="No Trace, Wrong Place: eliminating unrecognised oesophageal intubation before and after hospital",
    cover_table=[
        ("Name of initiative", "No Trace, Wrong Place: eliminating unrecognised oesophageal intubation before and after hospital"),
        ("Lead applicant", "Cardenby Ambulance Service NHS Trust"),
        ("Partner organisations", "Hartmoor and Cardenby Air Ambulance (charity); Cardenby Royal Infirmary NHS Foundation Trust (Emergency Department and Anaesthesia); University of Cardenby Clinical Simulation Centre"),
        ("Clinical sponsor", "Consultant Paramedic (Critical Care), Cardenby Ambulance Service"),
        ("Award category", "Best Partnership Solution Improving Patient Safety"),
    ],
    primary_entrant=dict(name="Cardenby Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Hartmoor and Cardenby Air Ambulance", type="charity"),
        dict(name="Cardenby Royal Infirmary NHS Foundation Trust", type="nhs_trust"),
        dict(name="University of Cardenby", type="public_other"),
    ],
    sections=[
        ("context", "Tell us about the patient safety issue you addressed", """
Putting a breathing tube into the trachea is a core skill in emergency airway management. If the tube goes
into the oesophagus instead and this is not recognised, the patient receives no oxygen and will die or be
left with a severe brain injury within minutes. Unrecognised oesophageal intubation is rare, but it is
not rare enough: it continues to be reported in pre-hospital care, in emergency departments and in
intensive care, and almost every case is preventable.

The single most reliable test of tube position is waveform capnography, which detects carbon dioxide
breathed out through the tube and displays it as a repeating trace. The principle taught in the current
national guidance is simple: no trace means wrong place. In practice, capnography is sometimes not
attached, or a flat trace is attributed to cardiac arrest, a blocked tube or a faulty monitor.

In 2021 Cardenby Ambulance Service and Cardenby Royal Infirmary between them identified four cases in
which a patient had arrived in the ED, or been found in the ED, with a tube in the oesophagus. Three of
the patients died. A joint review found that intubation was being carried out by a large number of
paramedics, many of whom intubated only once or twice a year; that our monitors' capnography lines were
not always stocked on vehicles; that the ED did not routinely confirm tube position on handover; and that
the two organisations did not share airway data, so neither could see the whole picture.

The partnership made five changes. Routine intubation by paramedics who are not critical care trained was
stopped, and supraglottic airways, which sit above the larynx and do not carry the same risk, became the
standard. Intubation outside hospital is now carried out only by critical care paramedics and air
ambulance doctors, using video laryngoscopes, with continuous waveform capnography mandatory from the
moment the tube is placed. The capnography trace is uploaded to the patient record and shown to the ED
team at handover: 'show me the trace'. All emergency airway cases in the ambulance service, the air
ambulance and the ED are entered on a single airway registry. And every clinician who intubates attends an
annual simulation day at the university's simulation centre.
"""),
        ("evidence", "What measurable difference has the partnership made?", """
The registry began in April 2022. We compared the calendar year 2021, using the joint case review of that
year and both organisations' incident systems, with 2023.

<<Q:Unrecognised oesophageal intubations identified in patients brought to Cardenby Royal Infirmary fell
from four in 2021 to none in 2023.>> <<Q:The proportion of pre-hospital intubations with a continuous
capnography trace recorded in the patient record rose from 63% to 99%.>> <<Q:First-pass success, where
the tube is placed correctly at the first attempt, rose from 78% to 93% among clinicians who intubate
outside hospital.>>

<<Q:Handover records in the ED that documented confirmation of tube position by capnography rose from
around a third to almost all.>>

We do not claim that no oesophageal intubation will ever happen again. The difference is that, when the
tube is in the wrong place, the trace now shows it immediately and everyone is trained to act on it.
"""),
        ("stakeholders", "Describe how patients, carers and staff have shaped the work", """
<<S:Critical care paramedics and air ambulance doctors wrote the pre-hospital intubation checklist
together, and after six months of use they shortened it and moved the capnography step to the top
because crews said it was being completed too late.>> <<S:Frontline paramedics were consulted through
station meetings about the decision to stop routine intubation, and their concern about losing a skill
led to the supraglottic airway training being expanded and to the offer of a simulation day every
year.>>

<<S:ED consultants and nurses designed the 'show me the trace' handover with our crews during joint
simulation sessions at the university, and it was an ED nurse who suggested that the trace should be
shown on the vehicle monitor before the patient is moved, not afterwards.>> <<S:Anaesthetists and
simulation technicians at the university built the scenarios around the four cases from 2021, with the
agreement of the clinicians who had been involved in them.>> <<S:Fleet and equipment staff redesigned the
airway bag so that the capnography line is attached to the tube pack and cannot be left behind.>>

The patients whose airways we manage are unconscious at the time and cannot be asked about their care.
Patients and families were not involved in designing the changes. The families of the patients who died
in 2021 were informed of the findings of the joint review under the duty of candour. The ambulance
service's patient panel was given an update on the project in 2023. We intend to invite a lay member to
join the joint airway governance group from 2025.
"""),
        ("value", "What value does the project add?", """
The video laryngoscopes and capnography lines cost about £84,000, funded from the ambulance service's
capital programme and a grant from the air ambulance charity. The annual simulation days are provided by
the university at cost. Fewer paramedics now need to maintain intubation skills, which has reduced the
service's training costs.

Each unrecognised oesophageal intubation is a death or a life-changing brain injury, and a devastating
experience for the clinicians involved. The shared registry also gives both organisations, for the first
time, a complete picture of emergency airway care from the roadside to the resuscitation room.
"""),
        ("spread", "How is the work being shared and sustained?", """
The neighbouring ambulance service has adopted the 'show me the trace' handover, and the airway registry
template has been shared with the regional critical care network. The four 2021 cases, anonymised, are
now used as simulation scenarios in the university's postgraduate emergency care programme. The
requirements for capnography and handover are written into both organisations' airway policies and are
audited every quarter through the registry.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I350  look-alike and sound-alike medicines in community pharmacy - pdf via
#       soffice (style headings) - local pharmaceutical committee chief
#       officer, chatty - hospital pharmacy, ICB, sight loss charity - staff
#       and people with sight loss involved - no quantitative evidence
#       (pharmacies signed up, near misses logged with no baseline, list
#       updates, a single audit figure, a target, an evaluation planned)
# ---------------------------------------------------------------------------
entry(
    id="I350", format="pdf", layout="style_headings", topic="lookalike_soundalike_medicines_pharmacy",
    project="independent22-twinpacks-350", render_via="soffice", docx_font="Liberation Sans",
    title="Twins, Not Triplets: tackling look-alike and sound-alike medicines across community and hospital pharmacy",
    cover=[
        "Community Pharmacy Brenford and Ware (the Local Pharmaceutical Committee for 104 community pharmacies)",
        "Partners: Brenford Hospitals NHS Trust, Pharmacy Department; NHS Brenford and Ware Integrated Care Board, Medicines Optimisation Team; Brenford Sight Loss Association",
        "Entry by the LPC Chief Officer (a community pharmacist)",
    ],
    primary_entrant=dict(name="Community Pharmacy Brenford and Ware", type="primary_care"),
    partners=[
        dict(name="Brenford Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Brenford and Ware Integrated Care Board", type="icb"),
        dict(name="Brenford Sight Loss Association", type="charity"),
    ],
    sections=[
        ("context", "A pharmacy problem that everyone shares", """
Ask any pharmacist about their worst near miss and there is a good chance it involves two medicines that
look or sound alike. Propranolol and prednisolone. Amlodipine and amitriptyline. Sertraline and
sumatriptan. Carbamazepine and carbimazole. Different strengths of the same drug in boxes that are
identical except for a small number in the corner. In a busy pharmacy at six o'clock, with the phone
ringing and a queue at the counter, the brain sees what it expects to see.

Most of these errors are caught at the final check. Some are not, and the consequences range from a
wasted day to a serious harm: a person with an underactive thyroid given a drug that suppresses it
further, or a person on a beta blocker for their heart given a high dose of steroid instead. Nationally,
look-alike and sound-alike (LASA) medicines are among the commonest causes of dispensing errors.

In Brenford and Ware we realised in 2022 that community pharmacies and the hospital pharmacy were each
keeping their own lists of risky pairs, each learning the same lessons separately, and each making
changes to shelving and labels that the others never heard about. When a manufacturer changed its
packaging so that two strengths looked the same, the hospital might spot it in a week and the
community pharmacies in a month, or never.

Twins, Not Triplets (the name is an old dispensary joke: every pharmacy has its twins, but too many end
up with triplets) created a single local LASA list, owned jointly by the LPC and the hospital
pharmacy and updated every quarter from near misses reported by both. Participating pharmacies separate
the pairs on the list on their shelves, use 'tall man' lettering on shelf labels (amLODIPine,
amiTRIPTYLine), scan barcodes at the final check where they have the equipment, and log every LASA near
miss on a shared form. <<S:The idea came from a joint meeting of community and hospital pharmacy
technicians in 2022, who put their two lists side by side and found that fewer than half of the pairs
appeared on both.>> The ICB's medicines optimisation team reviews the list with GP practices, so that
prescribing systems can show alerts on the same pairs. And large-print dispensing labels, highlighting the
drug name, are now offered to anyone who asks.
"""),
        ("evidence", "What we can tell you so far", """
Twins, Not Triplets went live in April 2023. By March 2024, 92 of the 104 community pharmacies in
Brenford and Ware had signed up, along with the hospital's two dispensaries. Pharmacies logged 3,610 LASA
near misses on the shared form in the first year, which gives us, for the first time, a picture of which
pairs cause the most trouble locally; propranolol and prednisolone came top.

The list has been updated four times, adding eleven pairs and removing three. A shelf audit carried out
by the ICB's pharmacy technicians in early 2024 found that 81% of participating pharmacies had separated
all the pairs on the list.

We did not collect LASA near misses in a consistent way before the project, so we cannot compare these
figures with an earlier period, and it would be a mistake to read the number of near misses as a measure
of safety in either direction. Our target for 2024/25 is that every participating pharmacy has separated
every pair on the list. The ICB has agreed to analyse dispensing errors that reach patients, reported
through the national reporting system, over three years from 2023, and we expect the first comparison in
2025.
"""),
        ("stakeholders", "Pharmacy teams, patients and partners", """
<<S:The list was built by the people who handle the boxes.>> <<S:Dispensers, accuracy checking
technicians and pharmacists from twenty community pharmacies met with hospital pharmacy technicians over
three evenings, brought their own near miss logs, and agreed the first forty pairs between them.>>
<<S:It was a dispenser in Ware who suggested adding the packaging photograph to each entry on the list,
because the name alone does not tell you that two boxes are the same shade of blue.>> <<S:Hospital
pharmacy technicians designed the quarterly update process and the shared near miss form, and changed it
after community teams said that a form with more than five boxes would never be filled in on a busy
day.>>

<<P:Members of Brenford Sight Loss Association helped us look at the problem from the other side of the
counter.>> <<P:Twelve of them, all of whom take several regular medicines, tried out four designs of
large-print label at their Tuesday group and picked the one with the drug name in bold at the top, not the
dosage instructions, because, as Derek, the group's chair, put it, 'I can remember how many to take; I
need to know which box it is'.>> <<P:They also pointed out that many of them tell their medicines apart by
the shape of the box, and asked to be warned whenever a supplier changes, and pharmacies now attach a
'new look' sticker when packaging changes.>>

<<S:GP practice pharmacists in the ICB reviewed the list against prescribing system alerts and asked for
two pairs that cause frequent prescribing errors to be added.>>
"""),
        ("value", "Value", """
The project has cost very little: the LPC's staff time, about £6,000 for printing shelf labels and
stickers, and the ICB's time for the shelf audits. Barcode scanners were already in most pharmacies but
were often not used at the final check; where they were missing, the LPC helped pharmacies apply for
funding.

The value of one avoided error, when it is the wrong steroid or the wrong thyroid drug, can be a hospital
admission avoided. But the wider value is that community and hospital pharmacy are now learning from each
other's near misses every quarter instead of making the same mistakes separately.
"""),
        ("spread", "Next steps and spread", """
Two neighbouring LPCs have asked to use our list and shared form, and the regional hospital pharmacy
network has added our quarterly update to its medication safety officers' meeting. The sight loss
association's label design has been shared with the pharmacy system suppliers used locally, two of which
now offer it as a standard option.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I351  one maternity early warning chart across a local maternity system -
#       pdf - reordered (results first, then background, then people, then
#       spread) - ICB-hosted local maternity and neonatal system safety
#       midwife, direct - two trusts, ambulance service, maternity and
#       neonatal voices partnership - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I351", format="pdf", layout="reordered", topic="maternity_early_warning",
    project="independent22-onechart-351", pdf_font="LiberationSerif", pdf_align="L",
    title="One Chart, One Language: a single maternity early warning score for every woman in Thornvale, wherever she is",
    cover=[
        "Entered by NHS Thornvale Integrated Care Board on behalf of the Thornvale Local Maternity and Neonatal System",
        "Partners: Thornvale General Hospitals NHS Trust; Westbury and Thorn NHS Foundation Trust; Eastvale Ambulance Service NHS Trust; Thornvale Maternity and Neonatal Voices Partnership",
        "Author: LMNS Patient Safety Midwife",
    ],
    primary_entrant=dict(name="NHS Thornvale Integrated Care Board", type="icb"),
    partners=[
        dict(name="Thornvale General Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Westbury and Thorn NHS Foundation Trust", type="nhs_trust"),
        dict(name="Eastvale Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Thornvale Maternity and Neonatal Voices Partnership", type="patient_group"),
    ],
    sections=[
        ("evidence", "What happened when everyone used the same chart", """
We are starting with the results because they are what persuaded our two trust boards to keep going. All
figures compare the year before the single chart (2021/22) with its second full year (2023/24), across
both maternity units, drawn from the digital maternity records, the critical care admissions log and
each trust's serious incident reviews.

<<Q:When a woman's early warning score reached the level that should trigger an obstetric review, that
review happened within 30 minutes in 54% of cases before the change and in 88% after it.>> <<Q:For women
with suspected sepsis in pregnancy or after birth, antibiotics given within an hour of recognition rose
from 47% to 82%.>>

<<Q:Admissions of pregnant and recently delivered women to intensive care in which a review found that
deterioration had been recognised late fell from 11 to 3.>> <<Q:For women readmitted through an
emergency department in the six weeks after birth, an early warning score recorded within 15 minutes of
arrival rose from 21% to 79%.>>

Overall admissions of maternity patients to intensive care were similar in both years, at around 40 a
year across the system. We did not expect that number to fall, because some women will always need
intensive care; what we wanted was for them to get there sooner, and to be recognised earlier when they
were heading that way.
"""),
        ("context", "Two hospitals, two charts", """
Pregnancy changes the body's normal values. A heart rate or blood pressure that would be unremarkable in
anyone else can be a warning sign in a pregnant woman, and the opposite is also true. That is why maternity
services use a modified early warning score. Until 2022 the two maternity units in Thornvale each used
their own, with different thresholds and different colours, and the emergency departments and the
ambulance service used the general adult score, which is not designed for pregnancy.

This mattered more than it might seem. Midwives and doctors move between the two units, on rotation or
as bank staff, and had to remember which version they were using. Women were transferred between the
units when one was full or when a baby needed a higher level of neonatal care. Women who became unwell
at home in the weeks after birth, when sepsis and pre-eclampsia can still develop, usually came back
through an emergency department or by ambulance, where the staff scoring them were using a chart that
did not know they had just had a baby. Our serious incident reviews in 2021 included two cases of maternal
sepsis in which a woman's score had been calculated on the wrong chart and had looked reassuring.

One Chart, One Language introduced a single maternity early warning score, built into both trusts'
digital maternity records and printed in the same format for community midwives; a shared escalation
standard, stating who must be called and how fast for each level of score; a pregnancy and postnatal
version of the score for ambulance crews and emergency departments, triggered by a question about
recent pregnancy; and a simple card for women, 'I don't feel right', explaining which symptoms to report
and that they can ask for an early warning score to be checked.
"""),
        ("stakeholders", "Built with women, midwives and paramedics", """
<<P:Women and families from the Maternity and Neonatal Voices Partnership were part of the working group
from its first meeting.>> <<P:Four women who had been seriously unwell during pregnancy or after birth,
two of them with sepsis, told the group what the early signs had felt like, and their words, such as
'shivery and sick and just not myself', are printed on the 'I don't feel right' card.>> <<P:Precious
Adeyemi, a volunteer with the MNVP, led listening sessions with Black and Asian women in three community
centres, after which the card was translated into five languages and the skin colour guidance on the
chart was rewritten.>>

<<S:Midwives and obstetricians from both units compared the two existing charts line by line at a series
of joint workshops and agreed the thresholds for the single chart, and they tested it on a month of past
records from each unit before it went live.>> <<S:Maternity support workers, who take many of the
observations on postnatal wards, asked for the chart to show the trend over the previous 24 hours, not
just the latest score, and the digital version was changed to do this.>> <<S:Paramedics from Eastvale
Ambulance Service and emergency department nurses from both hospitals designed the recent pregnancy
question with the maternity teams, and it was a paramedic who suggested it should ask about the last six
weeks, not only about current pregnancy.>>
"""),
        ("spread", "Where it goes next", """
The single chart has been adopted by the neighbouring local maternity and neonatal system, and the
regional maternity safety network is using our escalation standard as the basis for a regional version.
Eastvale Ambulance Service has made the recent pregnancy question part of its standard patient record
across its whole area. The 'I don't feel right' card has been shared with every maternity voices
partnership in the region.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I352  alcohol and benzodiazepine withdrawal in the first nights in prison -
#       pdf - bullet lists - PRIVATE prison healthcare provider is the primary
#       entrant, with the prison and a recovery charity as partners
#       (ineligible) - head of healthcare, blunt - peer recovery mentors
#       (men in prison) and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I352", format="pdf", layout="bullet_lists", topic="prison_alcohol_withdrawal_first_nights",
    project="independent22-firstnights-352", pdf_font="DejaVuSans", pdf_align="L",
    title="First Nights: safer alcohol and benzodiazepine withdrawal for men arriving at HMP Caldmoor",
    cover=[
        "SENTINEL JUSTICE HEALTHCARE LTD - contracted healthcare provider at HMP Caldmoor",
        "with HMP Caldmoor (Reception, First Night Centre and Safer Custody) and Forward Steps Recovery (substance misuse charity working in the prison)",
        "Head of Healthcare, HMP Caldmoor, Moor Lane, Caldmoor CD7 3PX",
    ],
    primary_entrant=dict(name="Sentinel Justice Healthcare Ltd", type="private"),
    partners=[
        dict(name="HMP Caldmoor", type="public_other"),
        dict(name="Forward Steps Recovery", type="charity"),
    ],
    sections=[
        ("context", "Why the first nights matter", """
HMP Caldmoor is a men's reception prison taking around 4,000 new arrivals a year straight from the local
courts. A large share of them drink heavily or use street benzodiazepines every day, and arrive in prison
having had neither since the night before. Withdrawal from alcohol and benzodiazepines is not just
unpleasant. It can cause seizures, delirium tremens and death, usually between 24 and 72 hours after the
last drink or dose, which for a new arrival is the first or second night in a cell.

What we found when we looked hard at 2021:

- most new arrivals came off the court vans after 5pm, when the healthcare team in reception was at its thinnest and the prescriber had gone home

- screening for alcohol and drug use relied on what the man said, and men often said nothing, fearing the consequences or simply not thinking it mattered

- the first dose of withdrawal medication was often not given until the next day, once a doctor had seen the man

- officers doing night checks on the first night centre had no way of knowing who was at risk of withdrawal, or what to look for

- there were 14 withdrawal seizures in the first week of custody that year, two men were taken to hospital with delirium tremens, and a man died on his second night in 2020, which the coroner linked to alcohol withdrawal

What we changed:

- every new arrival has a breathalyser reading and a structured withdrawal score in reception, whatever time he arrives, and the score is repeated every four hours for the first 72 hours

- a prescriber is available by phone until midnight, with a standing protocol so that nurses can start withdrawal medication in reception

- a 'first nights' flag on the cell card tells night officers which men are at risk, and a laminated prompt card tells them what signs to look for and who to call

- Forward Steps Recovery workers see every man who screens positive within 24 hours, to plan the next steps in his recovery
"""),
        ("evidence", "Results", """
We compared 2021 with 2023, using the healthcare record, the prison's incident log and hospital
escort records.

- <<Q:withdrawal seizures in the first seven days of custody fell from 14 to 3>>

- <<Q:the median time from arrival to the first dose of withdrawal medication, for men who needed it, fell from 19 hours to 4>>

- <<Q:hospital escorts for withdrawal complications in the first week fell from 11 to 2>>

- <<Q:self-harm incidents among new arrivals in their first 72 hours fell from 61 to 38>>

- all figures are for men only, as Caldmoor does not receive women
"""),
        ("stakeholders", "Who was involved", """
- <<P:peer recovery mentors, men serving sentences at Caldmoor who are in recovery themselves and trained by Forward Steps, helped write the first-night leaflet, and they told us to cut out every word that sounded like a warning, because a man who thinks he will be punished for being honest about his drinking will not be>>

- <<P:mentors now sit with new arrivals in reception on weekday evenings, and it was their idea to ask 'when was your last drink?' rather than 'do you drink?'>>

- <<P:men on the first night centre were asked what had made their first nights harder, and their answers, mainly about not being able to get a hot drink or speak to anyone at night, led to a Listener being available on the unit every night>>

- <<S:reception nurses and healthcare assistants tested the structured withdrawal score over two months and swapped the first version for a shorter one that could be done at the reception desk>>

- <<S:night officers and custodial managers helped design the laminated prompt card, and asked for the flag to be on the cell card, not only on the computer, because that is what they actually look at at 2am>>

- <<S:pharmacy technicians and the prescribing team wrote the standing protocol with the nurses, and changed the dose steps after the first month when nurses found them confusing>>
"""),
        ("value", "Value", """
- the evening prescriber cover costs about £42,000 a year, met within the healthcare contract

- each hospital escort needs two officers for the whole shift, often more, so escorts avoided free staff for the rest of the prison

- a withdrawal seizure can cause a head injury, and delirium tremens can kill

- men who get through the first week safely and are seen by Forward Steps are more likely to stay engaged with recovery, inside and after release
"""),
        ("spread", "Spread", """
- the first nights flag and prompt card have been adopted at two other prisons in the region run by the same prison group

- the withdrawal score and protocol have been shared through the regional health and justice clinical network

- Forward Steps has trained peer mentors in a neighbouring prison using the same leaflet
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)
