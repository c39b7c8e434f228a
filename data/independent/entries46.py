"""Forty-sixth independent evaluation set (I721..I736) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing integrated care boards, ambulance
services, councils, universities, charities, patient associations, GP federations,
pharmaceutical committees, acute trusts and the odd technology company send in, in their
own voices and at their own length.  The theme of this set is digital tools and data in
safety: apps, electronic records and alerts, remote monitoring, virtual wards, shared care
records and AI-assisted triage, with councils, universities, charities and NHS partners.

Topics: care homes given read access to the shared care record so that medicines are
right when residents move (an integrated care board, own headings), machine learning
support for call handlers recognising cardiac arrest in 999 calls (a university lead,
rubric headings), live alerts from electronic call monitoring when home care visits are
late or missed (a council commissioning team, a cover table), overnight cover of virtual
wards by the ambulance clinical hub (an ambulance service lead, two columns), keeping
patients safe through an electronic patient record outage (an acute trust, style
headings), AI-assisted triage of skin lesion photographs (a
private technology company as primary entrant, lists), a digital safety plan app for
young people who self-harm (a youth charity, no headings, long), remote monitoring
alerts from pacemakers and implantable defibrillators (a cardiac physiology department,
CAPS headings), an app for people on peritoneal dialysis to report cloudy bags (a kidney
patients' association as lead, numbered questions, no spread section), text message
blood pressure monitoring after a very high reading with monitors lent by libraries (a
GP federation, a form), home activity sensors to spot older people becoming unwell (a
council technology enabled care service with a university, results first), redesign of
the electronic sepsis alert (departments of one trust, no partner, a pdf made from
Word), child protection information shown in urgent care records (a council children's
services lead, numbered questions), allergy records that do not match between hospital,
GP and community pharmacy systems (a pharmaceutical committee, a short form with no
evidence section), follow-up of positive results from online sexual health testing (a
council public health team, with appendix) and medical details on older people's phone
lock screens (a digital inclusion charity on its own, short lists).

Lead types and layouts: I721 icb, pdf own_headings; I722 university, docx
rubric_headings; I723 local_authority, docx bold_headings with a cover table; I724
emergency_service, pdf two_column; I725 nhs_trust, docx style_headings; I726 private,
pdf bullet_lists; I727 charity, docx no_headings; I728 nhs_trust, pdf caps_headings;
I729 patient_group, docx numbered_questions with cover bullets; I730 primary_care (GP
federation), pdf form_table; I731 local_authority, docx reordered; I732 nhs_trust (no
partner), pdf style_headings via soffice; I733 local_authority, pdf numbered_questions;
I734 primary_care (LPC), docx form_table; I735 local_authority, pdf with_appendix; I736
charity (no partner), docx bullet_lists.

Build it with

    .venv/bin/python data/independent/build.py --set 46   (writes data/corpus/independent46/)

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
    numbers trained, activity counts (alerts, transmissions, downloads, kits, visits,
    calls, referrals, people enrolled or identified), single figures with no baseline
    (a sensitivity, a share of alerts judged useful, a survival rate), a zero with no
    earlier figure, figures that did not change, budgets, costs and savings estimates,
    phone numbers, postcodes, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('halved', 'a third fewer', a sustained shift on an SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, unusual names such as 'householders' or 'the
    Crew', volunteers with lived experience, unusual job titles, list items), wherever
    in the entry it is told; a peer worker with lived experience, employed by the
    entrant or a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters or texts,
    plans and intentions, negations, unnamed 'stakeholders', organisations agreeing or
    funding, a single named lead doing their job, audiences at launches, conferences and
    annual meetings that were only updated, requests for comments that received none,
    surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance services are emergency_service;
GP federations, primary care networks, GP out-of-hours co-operatives and local
pharmaceutical committees are primary_care; patients' associations and support groups
are patient_group; youth, HIV, heart and digital inclusion charities and care
providers' associations are charity; a university is university; technology, device,
laboratory, home care and supplies companies are private).  A 'University Hospitals'
NHS trust is nhs_trust, and its own departments are not partners.  Flags are written by
hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I721  care homes given read access to the shared care record - pdf - own
#       headings - ICB care sector digital programme lead, practical - ICB
#       with the council, a care providers' association and the acute trust -
#       relatives, residents and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I721", format="pdf", layout="own_headings", topic="care_home_shared_care_record_access",
    project="independent46-readaccess-721", pdf_font="LiberationSans", pdf_align="L",
    title="Read Access, Right Medicines: opening the shared care record to care homes in Wendlebury and Arle",
    cover=[
        "Lead organisation: NHS Wendlebury and Arle Integrated Care Board (Digital Transformation Team)",
        "Partners: Wendlebury County Council (Adult Social Care Quality Team); Arle Valley Care Providers' Association; Wendlebury General Hospitals NHS Foundation Trust (Pharmacy and Discharge Services)",
        "Written by the Care Sector Digital Programme Lead",
    ],
    primary_entrant=dict(name="NHS Wendlebury and Arle Integrated Care Board", type="icb"),
    partners=[
        dict(name="Wendlebury County Council", type="local_authority"),
        dict(name="Arle Valley Care Providers' Association", type="charity"),
        dict(name="Wendlebury General Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem we were trying to solve", """
There are 214 care homes in Wendlebury and Arle, looking after roughly 6,800 people. Every week dozens of
residents come back to their home from hospital, and dozens more move into a home for the first time.
Each of those moves depends on one thing being right: the list of medicines the person should be taking
from that evening onwards.

Until 2023 the care home had three ways of finding out. There was the discharge letter, which often
arrived a day or two after the resident. There was the bag of medicines that came with them, which
might or might not match the letter. And there was the GP practice, which could be rung during the day
if someone was free to answer. A senior carer receiving a resident by ambulance at nine o'clock on a
Friday night, with a letter that said 'medicines as before', had nobody to ask.

Meanwhile the NHS already had the answer sitting in the Wendlebury and Arle Care Record, our shared care
record, which brings together GP, hospital, community and mental health records. Doctors, nurses and
pharmacists across the county had used it since 2020. Care homes were left out, partly because of worries
about information governance and partly because nobody had thought of them as part of the health system.

Two incidents in 2021 made the cost of that plain. A man with Parkinson's disease moved from hospital
into a nursing home on a Friday afternoon. His levodopa had been left off the discharge letter by mistake,
so the home did not give it all weekend. By Sunday he was rigid and could not swallow, and he was
readmitted with aspiration pneumonia. In another home a resident who had been switched from warfarin to a
newer anticoagulant in hospital carried on receiving warfarin from her old medicines chart as well, and
was found to be bleeding a week later.

In 2022 the council's quality team and the ICB's medicines optimisation pharmacists looked at 300 moves
into or back to care homes. In 41% there was at least one difference between what the resident was given
in the first 48 hours and what the hospital or GP intended.

What we built is simple to describe. Each home nominates senior staff who are given read-only access to a
care home view of the shared record: current medicines, recently stopped medicines, allergies, the latest
discharge summary and any care and treatment plans. The hospital pharmacy now signs off the discharge
medicines list in the record before the resident leaves. The Care Providers' Association helped every home
through the data security assessment it needed before it could be connected, and the council's quality
team checks how the access is used.
"""),
        ("evidence", "What difference it has made", """
The first twelve homes went live in February 2023. By March 2024, 187 of the 214 homes were connected and
1,140 care home staff held a login. Homes look at the record about 5,200 times a month.

We repeated the audit of 300 moves in the spring of 2024, using the same method and the same pharmacists.
<<Q:Moves with at least one medicines difference in the first 48 hours fell from 41% in 2022 to 13% in
2024.>> <<Q:Missed doses of time-critical medicines, such as those for Parkinson's disease, epilepsy and
diabetes, in the first 48 hours after arrival went from 58 in the 2022 audit to 11 in 2024.>>

<<Q:GP practices in the two pilot primary care networks logged every call from a care home asking for a
medicines list for one month in each year, and the number dropped from 1,320 in March 2022 to 410 in
March 2024.>>

Care homes reported 264 medicines incidents to the council in 2023/24. Most of these were about
administration in the home rather than transfers, and we are now looking at them with the homes.
"""),
        ("stakeholders", "Who shaped it", """
<<P:The Wendlebury Care Home Relatives' Network raised the first and hardest question, whether residents
would be asked before a care worker could read their GP record, and it was members of the network who
wrote the plain English leaflet that every resident and family now receives on admission.>> <<P:Two
residents of a home in Arle who still look after some of their own medicines tried the view with us on a
laptop in their lounge, and asked that it show which medicines had been stopped and why, not just the
current list; the 'recently stopped' panel was added because of them.>>

<<S:Senior carers and nurses from the twelve pilot homes used the view for three months and told us that
the first version opened on the hospital's problem list, which meant little to them, so it now opens on
medicines and allergies.>> <<S:Ward pharmacists and the discharge lounge team changed their routine so
that the discharge medicines list is signed off in the record before the resident leaves, after care home
managers showed them letters that had arrived two days late.>> <<S:Information governance leads from the
ICB, the council and the trust wrote the access agreement with the Providers' Association's data
protection adviser, and cut it from 23 pages to six when home managers said nobody would read the long
version.>> <<S:Practice managers in the two pilot primary care networks checked the audit trail of care
home access every month for the first six months and agreed the rules for removing a login.>>
"""),
        ("value", "Value", """
The programme cost £210,000 over two years, including laptops for the smallest homes, the Providers'
Association's support with data security and the hospital's interface work. It is funded by the ICB from
its digital budget. A single readmission with aspiration pneumonia costs the NHS several thousand pounds,
and a fortnight of missed Parkinson's medicines can cost a person their ability to walk.

For the homes, the biggest change is not having to wait on hold to a surgery at the end of the day.
"""),
        ("spread", "Spreading the work", """
The same care home view is being offered to the 38 home care agencies and two hospices in the county from
the summer of 2024, starting with agencies that support people with medicines. We have shared the access
agreement and the relatives' leaflet with the regional social care digital group, and two neighbouring
ICBs are using our agreement as the basis for their own.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I722  machine learning support for recognising cardiac arrest in 999 calls
#       - docx - rubric headings - university principal investigator,
#       academic - university with the ambulance service and a CPR charity -
#       call handlers and supervisors involved - NO patient involvement (a
#       charity that part-funded, callers not consulted, survivors as an
#       audience at a conference, beneficiaries, a planned panel)
# ---------------------------------------------------------------------------
entry(
    id="I722", format="docx", layout="rubric_headings", topic="ai_cardiac_arrest_recognition_999_calls",
    project="independent46-listeningforarrest-722", docx_font="Cambria",
    title="Listening for Arrest: machine learning support for call handlers recognising cardiac arrest in 999 calls",
    cover=[
        "Lead entrant: University of Fenmouth, Centre for Speech and Health Data Science",
        "Partners: Eastmarsh Ambulance Service NHS Trust (Emergency Operations Centres); Heartstart Fenmouth (registered charity)",
        "Principal investigator: Professor Alison Tregear",
    ],
    primary_entrant=dict(name="University of Fenmouth", type="university"),
    partners=[
        dict(name="Eastmarsh Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Heartstart Fenmouth", type="charity"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Out-of-hospital cardiac arrest is the clearest example in emergency care of a condition in which minutes
determine outcome. Each minute without cardiopulmonary resuscitation (CPR) is associated with a fall in
the probability of survival, and most arrests happen at home, witnessed by a relative with no clinical
training. The earliest point at which the system can intervene is the 999 call. If the call handler
recognises the arrest, they can instruct the caller to begin compressions and dispatch the highest
priority response; if recognition is delayed, both are delayed.

Recognition is harder than it sounds. Callers describe agonal breathing as 'snoring', 'gasping' or 'he's
breathing funny'; a seizure at the onset of arrest is reported as a fit; and callers under extreme stress
answer the scripted questions in ways that are not easy to interpret. Eastmarsh Ambulance Service's own
audit of 2021 found that in around four in ten confirmed arrests, recognition came after the first minute
of the call, and in almost one in ten it did not happen at all before the crew arrived.

The Centre for Speech and Health Data Science had spent several years developing models that classify
clinical conversations from audio, but had no route into live practice. The ambulance service had a large
archive of recorded calls with linked patient outcomes, an emergency operations centre willing to test
new tools and a clinical safety team used to assessing software. Heartstart Fenmouth, which trains the
public in CPR and runs a support group for survivors, brought knowledge of what happens at the scene
and contributed funding.

The goal was narrow and deliberately modest: to give the call handler an earlier, reliable prompt that an
arrest may be happening, without taking any decision away from them. The tool runs on the ambulance
service's own servers, transcribes the caller's speech as the call happens and, when its confidence passes
a threshold, shows a banner reading 'Possible cardiac arrest: check breathing now'. It never speaks to
the caller and never changes the call's category on its own.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
The model was first run silently against 9,400 historical calls in 2022, then in shadow mode on live calls
without showing any prompt. It went live in the two larger emergency operations centres in June 2023. The
third centre, which uses the same triage system and call handling standards, continued without the tool
and acts as a comparison.

<<Q:In the two live centres, the median time from call connection to recognition of cardiac arrest fell
from 96 seconds in the twelve months before go-live to 68 seconds in the first twelve months of use.>>
<<Q:The proportion of confirmed arrests recognised within the first minute of the call rose from 58% to
77% in the live centres, while in the comparison centre it moved only from 57% to 59%.>> <<Q:Calls in
which the arrest was not recognised at all before the crew arrived went down from 9% to 4%.>>

The banner was shown on 2,140 calls in the year, of which 1,310 were confirmed arrests. Survival to
hospital discharge across the service was 9.1% in 2023/24; the study was not powered to detect a change in
survival and we make no claim about it.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The model and its clinical safety case have been published under an open licence so that other ambulance
services do not have to start from nothing. Two other English ambulance services have begun shadow-mode
testing on their own calls. The evaluation has been published in a peer-reviewed emergency medicine
journal, and we presented the work to the national ambulance research steering group in 2024.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The software runs on existing hardware in the ambulance service's data centre and the university does not
charge a licence fee to NHS organisations. The main costs were research staff time, met from a
university knowledge exchange grant and the charity's contribution, and about 0.4 of a clinical safety
officer's time during the first year. An additional survivor of cardiac arrest represents years of life
regained and avoids the much larger costs of severe brain injury after late resuscitation.

The tool is intended to benefit anyone who collapses at home, where most arrests happen and where
bystander CPR matters most.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<S:Emergency medical advisers from both pilot centres listened to the prototype during training shifts
and told us that the spoken audio cue we had planned was a distraction in a noisy room, so the prompt
became a silent amber banner on the call screen.>> <<S:Clinical supervisors reviewed every false alarm in
the first eight weeks, and on their advice the confidence threshold for showing the banner was raised
twice.>> <<S:The ambulance service's Caldicott guardian and information governance team, together with
the university's research ethics committee, set the rules for handling recordings and asked that
transcripts be deleted after 30 days, which was built into the software.>>

Heartstart Fenmouth agreed to part-fund a research nurse post for two years and allowed us to use its
data on bystander CPR. Because the study used anonymised recordings, callers, survivors and their families
were not consulted on the design. Members of the charity's survivors' group were shown the tool at its
annual conference in 2024. We plan to set up a survivors' and families' advisory panel for the next phase
of the work, which will look at calls in languages other than English.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I723  live alerts for late and missed home care visits - docx - bold
#       headings with a cover table - council contracts officer, plain - council
#       with two private home care providers and the community trust's urgent
#       community response team - people who use home care and families
#       involved (a diary kept by one man, wording chosen by families) - NO
#       staff involvement (a named contracts officer doing her job, care
#       workers trained, co-ordinators briefed, a questionnaire that changed
#       nothing, a planned forum)
# ---------------------------------------------------------------------------
entry(
    id="I723", format="docx", layout="bold_headings", topic="home_care_electronic_call_monitoring_alerts",
    project="independent46-novisitunnoticed-723", docx_font="Arial",
    title="No Visit Goes Unnoticed: live alerts for late and missed home care visits",
    cover_table=[
        ("Entry title", "No Visit Goes Unnoticed: live alerts for late and missed home care visits"),
        ("Lead organisation", "Cressington Metropolitan Borough Council (Adult Social Care Commissioning)"),
        ("Partner organisations", "Brightwell Care Services Ltd; Hearthside Home Care Ltd; Cressington Community Health NHS Trust (Urgent Community Response)"),
        ("Contact", "Senior Contracts Officer, Home Support"),
    ],
    primary_entrant=dict(name="Cressington Metropolitan Borough Council", type="local_authority"),
    partners=[
        dict(name="Brightwell Care Services Ltd", type="private"),
        dict(name="Hearthside Home Care Ltd", type="private"),
        dict(name="Cressington Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
About 2,300 people in Cressington have home care that the council arranges and pays for. Most of it is
delivered by two providers, Brightwell Care Services and Hearthside Home Care, under our home support
framework. Since 2019 every care worker has logged the start and end of each visit on a phone app. This is
called electronic call monitoring, and we ask for it because it is how providers are paid for the time they
actually spend with people.

The trouble was that we only ever looked at the data afterwards. Invoices were checked about four weeks
after the visits took place. If a visit was late or did not happen, the first anybody knew was usually when
a family member rang the office, when the next care worker arrived, or when a district nurse found the
person. The app knew straight away that a visit had not started. Nobody was watching it.

In November 2022 a woman of 79 with diabetes, who lives alone, missed both her teatime and bedtime visits
after a care worker went off sick and the rota was not changed. She had not eaten or had her evening
insulin. She was found the next morning on her bedroom floor with a very low blood sugar and spent nine days
in hospital. Our safeguarding enquiry found that the monitoring system had shown both visits as 'not
started' from the moment they were due.

We decided to use the data we already had while it still mattered. The system now raises an alert when a
visit that is marked 'time critical' is more than 30 minutes late. Visits are marked time critical when
they involve medicines that must be given on time, insulin, eating and drinking for someone who cannot get
food for themselves, or a person who lives alone with nobody else calling. The alert goes first to the
provider's office. If nobody has arrived after 60 minutes it goes to the council's out-of-hours team, and
for people with health needs the urgent community response team can be asked to visit within two hours.
Families can choose to receive a text message when a visit has not started.
"""),
        ("evidence", "What has changed", """
The alerts went live across both providers in April 2023. We compared 2022/23 with 2023/24.

<<Q:Missed visits that nobody noticed until the next visit or later fell from 214 in 2022/23 to 37 in
2023/24.>> <<Q:Safeguarding concerns raised about missed or very late home care visits went down from 96 to
41.>> <<Q:Time-critical visits starting more than 30 minutes late fell from 11% of all time-critical visits
to 4%.>>

The system raised 6,870 alerts during the year. Most were dealt with by the provider within the hour. The
urgent community response team was asked to visit 58 people.
"""),
        ("stakeholders", "How people were involved", """
<<P:Fourteen people who receive home care and seven family members came to two sessions at the
Cressington Carers' Hub, and it was they who told us that a late visit matters far more at some times of
day than others, which is why the alerts depend on whether a visit is time critical rather than on one rule
for everyone.>> <<P:The family text message was their idea as well, and the wording now used, 'Mum's 6pm
visit has not started yet. The agency has been told.', was picked by them from three drafts.>> <<P:Mr Alan
Ruddock, who has four visits a day since his stroke, kept a diary of his visit times for a month, and it
showed that some care workers were logging in from the car outside, so the system now checks that the care
worker's phone is at the front door.>>

Our Senior Contracts Officer, Ms Grace Adeyemi, set up the alert rules with the software supplier as part
of her contract monitoring role. All care workers at both providers were trained to log visits at the front
door, and office co-ordinators were briefed on the new alert screen. The urgent community response team
takes the alerts through its usual referral route. We sent a questionnaire to the two providers' registered
managers after three months; they were satisfied with the rules, so they were not changed. We intend to set
up a forum for care co-ordinators next year.
"""),
        ("value", "Value for money", """
The monitoring system was already paid for through the providers' contracts. Setting up the alerts cost the
council £4,200 in supplier fees. A hospital admission after a missed visit costs the NHS far more than that,
and for an older person living alone a night on the floor can mean the end of living at home.
"""),
        ("spread", "Spread", """
Time-critical alerts are now part of the specification for our new home support framework, which starts in
2025, so every provider will have to use them. Two neighbouring councils that use the same monitoring
system have asked for our alert rules, and we have shared them with the regional association of directors
of adult social services.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I724  overnight cover of virtual wards by the ambulance clinical hub - pdf
#       - two columns - consultant paramedic, narrative - ambulance service
#       with the community trust's virtual wards and a GP out-of-hours
#       co-operative - families consulted in the context section, couples
#       who listened to calls, a sheet redrafted after being read to them
#       (passive voice), and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I724", format="pdf", layout="two_column", topic="virtual_ward_overnight_ambulance_hub",
    project="independent46-throughthenight-724", pdf_font="DejaVuSans",
    title="Through the Night: ambulance clinical hub cover for the Tarrant Vale virtual wards",
    cover=[
        "Northmoor Ambulance Service NHS Trust, Clinical Hub (lead), working with Tarrant Vale Community Health NHS Trust (Virtual Wards) and Tarrant Vale GP Out-of-Hours Co-operative",
        "Entry by the Consultant Paramedic for Remote Clinical Care",
    ],
    primary_entrant=dict(name="Northmoor Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Tarrant Vale Community Health NHS Trust", type="nhs_trust"),
        dict(name="Tarrant Vale GP Out-of-Hours Co-operative", type="primary_care"),
    ],
    sections=[
        ("context", "Why we did it", """
Tarrant Vale's frailty and respiratory virtual wards opened in the autumn of 2022 with room for 80 people.
Patients are cared for at home with a pulse oximeter, a blood pressure cuff and a tablet that sends their
readings to the community trust's monitoring dashboard. The virtual ward team of nurses, advanced
practitioners and a consultant works from 8am to 8pm.

At night, nobody was looking at the dashboard. If a reading went red, the tablet told the patient to ring
999 or 111. Our crews then arrived at a house with no idea that the person was on a virtual ward, no access
to the readings or the plan, and often nobody to talk to. Faced with an unwell older person at 3am and no
information, most crews did the safe thing for that moment and took the person to hospital. That defeated
the purpose of the virtual ward and exposed frail people to long waits in a busy emergency department.

<<P:Families whose relatives had been on the virtual ward in its first winter were asked by the community
trust to tell us what the nights had been like, and what they described, ringing 999 in the early hours
because the virtual ward number went to an answerphone, became the starting point for this work.>>

Our clinical hub is staffed around the clock by paramedics and nurses who already assess 999 calls by
phone. Since November 2023 the hub has had access to the virtual ward dashboard from 8pm to 8am. A hub
clinician calls back every red reading within 30 minutes, can see the care plan, and can arrange a home
visit by the out-of-hours GP co-operative or the community trust's night nursing service, or send an
ambulance with the full picture.
"""),
        ("evidence", "What changed", """
We compared the winter before, November 2022 to March 2023, with November 2023 to March 2024.

<<Q:Overnight conveyances to the emergency department fell from 31% of virtual ward patients who needed
help at night to 12%.>> <<Q:Red readings overnight that were not looked at by any clinician until the next
morning went from roughly two in every five to fewer than one in twenty.>> <<Q:The average time from a red
reading to a call back from a clinician overnight came down from more than nine hours, in effect the next
morning, to 23 minutes.>>

The hub reviewed 1,940 overnight alerts in the second winter and asked the out-of-hours co-operative to
visit 212 people.
"""),
        ("stakeholders", "Who helped", """
<<S:Hub paramedics and virtual ward nurses worked six night shifts side by side before go-live and agreed
which readings the hub should act on and which could wait for the morning team, cutting the list of
triggers from fourteen to six.>> <<S:Out-of-hours GPs asked for a one-line summary at the top of every
visit request, saying why the person is on the ward, what the plan is and what has changed, and the hub now
sends it.>>

<<P:Three couples who had been through the virtual ward came to the hub one evening and listened to
anonymised recordings of our call-backs; they told us the opening sounded like a sales call, and the new
opening was written with them.>> <<P:The sheet left in every home, 'What happens at night', was redrafted
twice after being read aloud to them, and it now starts with the hub's direct number in large print.>>
"""),
        ("value", "Value", """
The ICB funds one extra hub clinician each night, about £58,000 a year. Every overnight conveyance avoided
saves an ambulance journey, hours in the emergency department and often a hospital stay. For frail older
people, staying in their own bed matters most of all.
"""),
        ("spread", "Spreading it", """
The heart failure virtual ward joined in June 2024. The neighbouring community trust has asked the hub to
cover its virtual wards from this winter, and we have shared our call-back guide with the other ambulance
services' clinical hubs through the national remote care network.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I725  keeping patients safe through an electronic patient record outage -
#       docx - style headings - chief nursing information officer, reflective -
#       acute trust with the ambulance service, a GP federation and the city
#       council's emergency planning team - a patient safety partner and a
#       youth forum (involvement told in passing) and staff involved - NO
#       quantitative evidence (exercises held, staff trained, a single
#       exercise figure against a target, an outage's length, arrivals, a
#       budget, an explicit refusal to compare outages)
# ---------------------------------------------------------------------------
entry(
    id="I725", format="docx", layout="style_headings", topic="epr_outage_downtime_continuity",
    project="independent46-screensgodark-725", docx_font="Calibri",
    title="When the Screens Go Dark: keeping patients safe through an electronic patient record outage",
    cover=[
        "Redcliffe and Stanway Hospitals NHS Trust (lead entrant)",
        "With Severnside Ambulance Service NHS Trust, Stanway GP Federation and Redcliffe City Council (Emergency Planning and Resilience Unit)",
        "Author: Chief Nursing Information Officer",
    ],
    primary_entrant=dict(name="Redcliffe and Stanway Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Severnside Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Stanway GP Federation", type="primary_care"),
        dict(name="Redcliffe City Council", type="local_authority"),
    ],
    sections=[
        ("context", "Background", """
In 2021 our two hospitals moved onto a single electronic patient record. Prescribing, medicines
administration, observations, results, referrals, bed management and discharge letters all live in it. It
has made care safer in many ways. It has also made us completely dependent on it.

We learned what that meant in October 2022, when a storage failure took the record offline for 31 hours,
starting on a Saturday evening. We had paper downtime procedures, but they had been written for the old
systems and had not been tested since the move. Ward nurses could not see which medicines were due, so
they worked from memory, from handover sheets and from the last printed list anyone could find. One
patient received a second dose of a blood thinner because two nurses each thought the other had not given
it. A blood result for a child was phoned to the wrong ward. The emergency department could not see
previous attendances, and ambulance crews waited outside while staff wrote paper records for every arrival.
GP practices could not receive discharge summaries, and on the Monday they began ringing the hospital for
results that nobody could find.

The same year, two hospital groups elsewhere in the country lost their systems for weeks after cyber
attacks. We knew that the next outage could be much longer than 31 hours.

Our review concluded that downtime is not just an IT problem and not just a hospital problem. When our
record goes down, the ambulance service, local general practice and the wider emergency planning
arrangements of the city are all affected, and each of them holds part of the answer. So we set up the
'Dark Site' programme with those partners in early 2023.

It has four parts. Every ward now has a downtime computer, not connected to the network, which receives
an encrypted copy of its patients' medicines charts, observations and care plans every four hours and can
print them in minutes. Every ward has a sealed downtime box with paper charts, forms and a one-page action
card. The ambulance service has agreed a paper handover sheet and a process for its control room to be told
the moment our record goes down. The GP federation runs a results line for practices during an outage. And
the council's emergency planning team runs our exercises and brings in other responders.
"""),
        ("evidence", "What we have achieved", """
We have run six live downtime exercises since March 2023, four of them out of hours, each covering a
different group of wards. Downtime computers and boxes are now in all 41 inpatient areas, the emergency
department and the maternity unit. 2,380 nurses, doctors, pharmacists and ward clerks have completed the
downtime e-learning module.

In the exercise in March 2024, 94% of wards produced a complete printed medicines chart within 30 minutes.
Our target is 100%.

A real outage in November 2023, caused by a network fault, lasted 19 hours. The review afterwards found
that every ward had printed its medicines charts within the first hour, and ambulance crews used the paper
handover sheet for all 142 arrivals during the outage. We have not tried to compare incidents between the
two outages, because they happened at different times of day and lasted different lengths of time, and we
do not think the comparison would be fair.

The programme has cost £186,000, mainly for the downtime computers and the software that feeds them.
"""),
        ("stakeholders", "Involving people", """
<<S:Ward clerks and nurses from six wards packed the first downtime boxes, tried to run a shift from them
in a simulation suite, and threw out about half of the forms we had put in because nobody would have time
to fill them in.>> <<S:Pharmacists asked that the printed medicines chart show the time each dose was last
given, which had not been in the original design, after they worked through an exercise on a surgical
ward.>> <<S:Ambulance control room managers and our emergency department sisters wrote the paper handover
sheet together and tested it during two exercises.>> <<S:Practice managers in the GP federation suggested
that practices should be able to check a result by phone using the hospital number on the request form,
and this is how the results line works.>> <<S:The council's emergency planning officers designed and ran
the exercises, and after the first one they changed the format so that wards are not told in advance.>>

<<P:Our patient safety partner, who joined the programme board in 2023, asked what patients and visitors
would be told on a ward where every screen was blank, and the board added a printed notice for each bay and
a short script for nurses, which she wrote with the communications team.>> <<P:The wording of the bay
notice was then tried out on members of the trust's Youth Forum, who asked for it to say how long the
outage was expected to last, and it now does.>>
"""),
        ("value", "Value", """
The programme cost less than many single days of cancelled operations. The cyber attacks elsewhere have
been estimated to cost the organisations involved many millions of pounds, much of it in recovering care
that had been disrupted. We see downtime readiness as insurance that will pay out sooner or later.
"""),
        ("spread", "Spread", """
The council has added our downtime scenario to the city's annual multi-agency exercise programme. The
ambulance service now uses the paper handover sheet at all five acute hospitals it serves. We have shared
our downtime box list and action cards with the other trusts in our integrated care system and with the
national chief nursing information officers' network.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I726  AI-assisted triage of skin lesion photographs - pdf - bullet lists -
#       PRIVATE technology company as primary entrant, with the acute trust's
#       dermatology service, a primary care network and a skin cancer support
#       group (ineligible) - company chief medical officer, upbeat - patients,
#       a community centre group and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I726", format="pdf", layout="bullet_lists", topic="ai_skin_lesion_triage_teledermatology",
    project="independent46-secondlook-726", pdf_font="LiberationSans", pdf_align="L",
    title="Second Look: AI-assisted triage of skin lesion photographs for suspected skin cancer",
    cover=[
        "Submitted by SkinSight Analytics Ltd",
        "Working with Hollowfield Hospitals NHS Trust (Dermatology), North Hollowfield Primary Care Network and Hollowfield Skin Cancer Support Group",
        "Contact: Chief Medical Officer, SkinSight Analytics Ltd",
    ],
    primary_entrant=dict(name="SkinSight Analytics Ltd", type="private"),
    partners=[
        dict(name="Hollowfield Hospitals NHS Trust", type="nhs_trust"),
        dict(name="North Hollowfield Primary Care Network", type="primary_care"),
        dict(name="Hollowfield Skin Cancer Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
SkinSight Analytics makes software that helps clinicians sort photographs of skin lesions by risk. In 2022
we began working with Hollowfield's dermatology service and the North Hollowfield PCN.

What was happening before:

- Hollowfield dermatology was receiving around 900 urgent referrals a month for suspected skin cancer

- about seven in ten referred lesions turned out to be harmless, but every one had to be seen in clinic within two weeks

- GP practices attached photos taken on a phone, often blurred, too far away or without a close-up through a dermatoscope

- melanomas were waiting in the same queue as seborrhoeic warts, and in 2021 some patients with melanoma waited over a month for a first appointment

What we do now, since March 2023:

- patients with a suspicious lesion are booked into one of three photography hubs in the PCN, where a healthcare assistant takes standard photos, including a dermatoscope close-up

- our software gives each lesion a risk score, and the photos and score go to a consultant dermatologist the same day

- a consultant reviews every case; the software only puts the list in order, so the highest-risk lesions are looked at first and booked into clinic within a week

- lesions the consultant judges harmless are discharged with a letter explaining what to watch for and how to come back

- the software never discharges anyone on its own
"""),
        ("evidence", "Results", """
We compared the twelve months before the hubs opened with the twelve months after.

- <<Q:median time from GP referral to diagnosis for patients with melanoma fell from 24 days to 9 days>>

- <<Q:patients with melanoma who waited more than 14 days for their first specialist assessment fell from 38 to 6>>

- <<Q:referrals with photographs too poor to assess dropped from about one in five to one in fifty>>

- 11,200 lesions were photographed and scored in the year

- in the local check before go-live, the software picked up 96% of the melanomas in 2,000 past cases
"""),
        ("stakeholders", "Who was involved", """
- <<P:members of the Hollowfield Skin Cancer Support Group, all of whom have had a melanoma, reviewed the discharge letter and asked for photos showing what changes to look out for, which we added>>

- <<P:the same members pointed out that nearly all of them were white, so we held two more sessions at Ravensmere Community Centre with people of Black and South Asian heritage, who told us that none of the example images looked like their skin; the patient guide and our test sets were changed as a result>>

- <<S:healthcare assistants at the hubs tried out three dermatoscope attachments and chose the one that fits any phone and can be cleaned between patients>>

- <<S:consultant dermatologists reviewed 2,000 past cases alongside the software's scores before go-live and set the score above which a lesion goes onto the one-week list>>

- <<S:GPs in the PCN asked for the consultant's decision to come back into the practice record automatically, and the trust's digital team built this>>
"""),
        ("value", "Value", """
- the PCN's hubs are staffed from the additional roles scheme

- the trust pays a fee per lesion scored, which is less than the cost of a clinic slot

- fewer people with harmless lesions travel to hospital, freeing clinic time for those who need it

- every melanoma found earlier is more likely to be cured with a small operation
"""),
        ("spread", "Spread", """
- two more PCNs in Hollowfield opened hubs in 2024

- we are working with a second trust in the region on the same model

- the images and results from darker skin tones are being shared, with consent, with a national research programme
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I727  a digital safety plan app for young people who self-harm - docx - no
#       headings - youth charity head of digital, personal and long - charity
#       with the mental health trust, a university and the borough council -
#       young people ('the Crew', first met in the context part), a peer
#       mentor with lived experience (PS) and staff involved - 'a third
#       lower' as a claim - no flags
# ---------------------------------------------------------------------------
entry(
    id="I727", format="docx", layout="no_headings", topic="digital_safety_plan_app_self_harm",
    project="independent46-planinpocket-727", docx_font="Georgia",
    title="My Plan in My Pocket: a digital safety plan for young people who self-harm",
    cover=[
        "Harbourside Young Minds (registered charity), with Calderbrook Partnership NHS Foundation Trust, Calderbrook University and Calderbrook Borough Council",
        "Written by Nadia Brook, Head of Digital Services, Harbourside Young Minds",
    ],
    primary_entrant=dict(name="Harbourside Young Minds", type="charity"),
    partners=[
        dict(name="Calderbrook Partnership NHS Foundation Trust", type="nhs_trust"),
        dict(name="Calderbrook University", type="university"),
        dict(name="Calderbrook Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
I want to start with a piece of paper. It is a safety plan, the kind that young people who self-harm are
given after an assessment in the emergency department or by the children and young people's mental health
service. It lists the warning signs that things are getting worse, the things that help, the people to
contact and the numbers to ring in a crisis. It is a good idea, and there is evidence behind it. The
problem is what happens to the piece of paper.

<<P:It was the Crew, the group of nineteen young people aged 14 to 24 who advise our charity on
everything we do, who first told us bluntly where their safety plans had ended up: in the bin at the
hospital, folded in a coat pocket that went through the wash, left at a parent's house, or photographed on
a phone and never looked at again.>> <<P:Several of them said they had not understood the words on it.>>
<<P:One said hers had been filled in by the nurse while she sat there, and it did not feel like hers at
all.>>

None of this is a criticism of the nurses and doctors who write these plans. They are usually doing it
at the end of a long assessment, in a busy department, with a young person who is exhausted and wants to
go home. A safety plan written under those conditions was never going to be the young person's own.

The people who needed to see the plan could not see it either. When a young person rang the trust's crisis
line at two in the morning, the clinician answering usually had no idea whether there was a plan, what it
said, or who the young person trusted. School nurses and the council's youth workers, who often see a
young person more often than anyone, were almost never given a copy.

Harbourside Young Minds runs drop-ins, a text support line and youth work in Calderbrook, and has about
3,000 young people on its books in any year. We are not a clinical service, and we were clear from the
start that we did not want to build a clinical tool on our own. Calderbrook Partnership NHS Foundation
Trust runs the crisis line, the emergency department liaison team and the children and young people's
mental health service. Calderbrook University's digital health research group had built and evaluated
health apps before and could help us test whether this one worked. The council funds school nursing and
youth work, and its schools team could reach every secondary school in the borough.

My Plan in My Pocket is an app, launched in September 2022, in which a young person writes their own safety
plan, in their own words, with a clinician or youth worker or on their own. They can add photos, songs and
voice notes to the 'things that help' section, and choose up to five people to share it with. With their
consent, the plan is also visible to the trust's crisis line and liaison team through a link into the
trust's electronic record, so that a clinician answering a crisis call sees what the young person wants
them to see. There is a button marked 'I'm not OK' that opens the charity's text line or the crisis line,
whichever the young person chooses, and shares their plan with whoever answers.

We were worried from the beginning about the risks of putting something this personal on a phone. Phones
are shared, borrowed, lost and checked by parents and partners. Some young people who self-harm live with
people who are part of the reason they are struggling. So the app has a passcode separate from the phone's
own, shows nothing on the lock screen, and stores the plan on the trust's secure servers rather than only
on the handset, so that a lost phone does not mean a lost plan. The clinical safety case was written by the
trust's clinical safety officer before anyone outside the project used the app.
"""),
        ("evidence", None, """
More than 4,300 young people have downloaded the app, and 1,650 have an active plan that has been opened
in the last three months. The 'I'm not OK' button has been used 2,210 times.

Calderbrook University's team has looked at the young people seen in the emergency department with
self-harm. <<Q:Among young people with an active plan in the app, repeat attendances for self-harm within
28 days were a third lower than in a matched group of young people seen in the year before the app was
launched.>> The researchers are careful to say that the young people who use the app may differ in other
ways, and a larger study has started.

<<Q:The share of calls to the crisis line from young people known to the service in which the clinician
could see a current safety plan went up from 18% in the summer of 2022 to 71% in the summer of 2024.>> That
matters because crisis clinicians tell us the conversation is different when they can start from what the
young person has already said helps them.

We also asked young people what they thought. Most said the plan felt like theirs in a way the paper one
never had, and many said they looked at it on bad days before things got worse.
"""),
        ("stakeholders", None, """
The Crew did much more than tell us about the problem. <<P:They drew the first screens on sheets of flip
chart paper at our Saturday sessions, argued about every word, and insisted that the app must never use
the word 'patient' and must never send a notification that could be seen by someone looking over their
shoulder.>> <<P:They also chose the name, after rejecting three names that our marketing volunteer had
suggested as 'too cringe'.>> <<P:Two members tested each new version on their own phones for a fortnight
and reported bugs and annoyances in a group chat with the developers, which is how the app came to have a
'quick exit' button that closes it instantly.>>

<<PS:Jordan Okafor, one of our peer mentors, who self-harmed throughout his teens and now works for the
charity, wrote the guidance for youth workers on how to sit alongside a young person while they make their
plan, drawing on what had and had not helped him.>>

<<S:Crisis line clinicians at the trust tried the shared view during a month of night shifts and asked
for the young person's 'things that help' to be shown first, above their warning signs, because that is
where they start a conversation.>> <<S:The emergency department liaison nurses changed their assessment
paperwork so that the plan can be started in the department on the young person's own phone, rather than
written on paper and typed up later.>> <<S:School nurses from the council's service and our youth workers
met with the university team to agree what a young person should be offered if they say they do not want
to share their plan with anyone, and it was their view that this choice must always be respected.>>

Parents and carers were sent an information leaflet through schools. We would like to create a version of
the app for parents next year.
"""),
        ("value", None, """
The app cost about £140,000 to build and evaluate over three years, funded by a grant from a national
foundation, the council's public health budget and the trust's charity. Running costs are about £18,000 a
year, which the council and the trust now share. A single admission to a paediatric ward after self-harm
can cost several thousand pounds, and the cost to a young person and their family of repeated crises cannot
be measured in money.

For our own staff and volunteers, the app has changed what happens after a difficult conversation. Instead
of handing over a leaflet and hoping, they can help a young person build something that will still be there
at two in the morning.

It has also changed how we work with the NHS. Before this project, our youth workers and the trust's
crisis clinicians rarely spoke to each other about an individual young person, even when both were worried
about them. Now, with the young person's agreement, they are looking at the same plan, written in the same
words, and a young person does not have to tell their story again every time they reach out.
"""),
        ("spread", None, """
Since 2024 the app has been available to young people across the whole area covered by the mental health
trust, which includes two other boroughs, and both councils there now fund it. The university has published
the first evaluation and has shared the code and the design principles written by the Crew under an open
licence. We have been asked by three youth charities in other parts of England to help them do the same,
and we are working with the first of them now.

What we would say to anyone trying this is that the technology was the easy part. The hard part, and the
part that made the difference, was letting young people decide what their plan should look like and who
should see it.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I728  remote monitoring alerts from pacemakers and defibrillators - pdf -
#       CAPS headings - chief cardiac physiologist, brisk - acute trust with a
#       device company, a heart charity and a primary care network - staff
#       involved - NO patient involvement (patients sent a letter and a
#       sticker, a survey that changed nothing, a charity that funded a post,
#       a negation, beneficiaries, a planned user group) - subtle claims
#       ('halved', 'a third fewer', a backlog cleared and kept low)
# ---------------------------------------------------------------------------
entry(
    id="I728", format="pdf", layout="caps_headings", topic="cardiac_device_remote_monitoring_alerts",
    project="independent46-alertsanswered-728", pdf_font="LiberationSans", pdf_align="J",
    title="Alerts That Get Answered: safer remote monitoring of pacemakers and implantable defibrillators",
    cover=[
        "LEAD: Pennock Valley Hospitals NHS Foundation Trust, Cardiac Physiology Department",
        "PARTNERS: Cardiotek Medical UK Ltd (device remote monitoring service); Pennock Heart Support Network (charity); Pennock North Primary Care Network",
        "CONTACT: Chief Cardiac Physiologist",
    ],
    primary_entrant=dict(name="Pennock Valley Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Cardiotek Medical UK Ltd", type="private"),
        dict(name="Pennock Heart Support Network", type="charity"),
        dict(name="Pennock North Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
We follow up about 4,900 people with a pacemaker, an implantable defibrillator (ICD) or a cardiac
resynchronisation device. Most have a small monitor by their bed that sends data from the device overnight.
The device can flag a failing lead, a battery near the end of its life, an abnormal heart rhythm such as
atrial fibrillation, or a shock delivered by an ICD.

By the end of 2021 remote monitoring had outgrown the way we ran it. Alerts arrived on four separate
manufacturers' websites. Two physiologists checked them between clinics, when they could. There was no
single list, no agreed timescale and no cover for leave. In January 2022 more than 1,100 alerts were
waiting to be looked at.

The risk was real. In 2021 a man's ICD lead began to fail. The device flagged it, but the alert sat unread
for 16 days, and in that time he received several shocks he did not need, one of them while driving. Atrial
fibrillation picked up by devices often went unreported to GPs, so people who needed anticoagulation to
prevent a stroke did not get it. And we had no idea how many bedside monitors had simply been unplugged.

We worked with Cardiotek, which makes about half the devices we follow up and runs a remote monitoring
support service, with the Pennock Heart Support Network and with the Pennock North PCN.
"""),
        ("evidence", "WHAT HAS IMPROVED", """
Since April 2022 all alerts from all manufacturers come into one worklist, sorted red, amber or green by
rules we wrote. Red alerts are reviewed the same working day. Cardiotek's support team screens its own
devices' routine transmissions and passes on anything abnormal. Device-detected atrial fibrillation goes to
the patient's practice through a shared pathway with the PCN pharmacists. Patients whose monitor has not
sent data for 30 days are phoned.

<<Q:The backlog of unreviewed alerts, which stood at more than 1,100 in January 2022, was cleared by July
2022 and has stayed below 40 ever since.>> <<Q:The average time to review a red alert has halved since the
worklist was introduced.>> <<Q:At the end of 2023 there were a third fewer patients whose monitor had not
sent any data for more than 30 days than at the start of the year.>>

In 2023 the worklist handled 14,200 transmissions.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Cardiac physiologists wrote the red, amber and green rules over a series of lunchtime meetings and
tested them against a month of past alerts before go-live.>> <<S:The device consultants reviewed the
rules and asked for any shock from an ICD to be red, whatever the reason.>> <<S:Cardiotek's technical
support staff suggested that they screen routine transmissions from their devices, after seeing how much
of our time went on normal results.>> <<S:The PCN's clinical pharmacists designed the atrial fibrillation
pathway with our physiologists and changed the letter to GPs so that it says clearly what action is
needed.>>

Patients were sent a letter about the new service and a sticker for their monitor with the department's
number. We surveyed 150 patients about the calls they received when their monitor had stopped sending
data, and most were satisfied, so the call script was kept as it was. The Pennock Heart Support Network
funded a part-time coordinator post for the first year. Patients did not take part in designing the
worklist, which is a technical tool used by clinical staff. The benefit goes to patients, who are safer
when alerts are seen quickly. We plan to invite patients to a device users' group in 2025.
"""),
        ("value", "VALUE", """
The single worklist software was provided by Cardiotek at no charge as part of our device contract. The
coordinator post costs about £16,000 a year, now paid by the trust. Every inappropriate shock avoided spares
a patient pain and fear, and every stroke prevented saves the NHS and social care many thousands of pounds.
"""),
        ("spread", "SPREAD", """
The red, amber and green rules have been adopted by two other device services in our region. We presented
the work at the national heart rhythm conference in 2023, and Cardiotek has offered the same screening
service to other trusts.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I729  an app for people on peritoneal dialysis to report cloudy bags -
#       docx - numbered questions with cover bullets - kidney patients'
#       association chair (a patient), warm - patients' association with the
#       renal unit and a dialysis supplies company - members, a husband who
#       wrote the code and staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I729", format="docx", layout="numbered_questions", topic="peritoneal_dialysis_peritonitis_app",
    project="independent46-cloudybag-729", docx_font="Calibri",
    title="Cloudy Bag Alert: an app for people on peritoneal dialysis to report the first signs of peritonitis",
    cover=[
        "Lead entrant: Arden Fell Kidney Patients' Association",
        "Submitted by Derek Whitlow, Chair of the Association and a peritoneal dialysis patient since 2019",
        "Our partners:",
    ],
    cover_bullets=[
        "Arden Fell Teaching Hospitals NHS Trust, Renal Home Therapies Unit",
        "Northgate Dialysis Supplies Ltd, which delivers dialysis fluid to our members' homes",
    ],
    primary_entrant=dict(name="Arden Fell Kidney Patients' Association", type="patient_group"),
    partners=[
        dict(name="Arden Fell Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Northgate Dialysis Supplies Ltd", type="private"),
    ],
    sections=[
        ("context", "1. What was the patient safety problem, and why did it need a partnership?", """
About 140 people in Arden Fell do peritoneal dialysis (PD) at home. I am one of them. Four times a day, or
overnight on a machine, we run fluid into our abdomen through a tube and drain it out again. It lets us
live at home, work and travel, but it carries one serious risk: peritonitis, an infection of the lining of
the abdomen. The first sign is nearly always a cloudy bag, when the fluid that drains out is not clear.

Everyone on PD is told that a cloudy bag means ringing the unit straight away, so that a sample can be
taken and antibiotics started. In real life it does not always work like that. The bag looks 'a bit
cloudy, maybe'. It is 11 o'clock at night, or a Sunday. You do not want to be a nuisance. You wait to see
what the next bag looks like. By then you may have tummy pain and a temperature, and every hour of delay
makes it more likely that the infection will not clear, that the tube will have to be removed, and that
you will have to go onto haemodialysis in hospital three times a week. For some people peritonitis is
fatal.

In 2021 one of our members waited nearly two days before ringing, because she was not sure and did not want
to go into hospital over a bank holiday. She lost her PD catheter and has been on hospital haemodialysis
ever since. <<P:At our annual meeting that year members raised the same story again and again, of not
being sure and not wanting to bother anyone, and asked the committee to do something about it.>>

The association could not fix this alone. We needed the unit's nurses to trust whatever we built and to
act on it, and we needed the company that delivers our fluid to help get equipment into every home.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Cloudy Bag Alert has been available since May 2023. When a member is unsure about a bag, they hold it
against a printed card with black lines on it and take a photograph with the app. If the lines cannot be
read clearly through the fluid, the app tells them to ring the unit now and gives them a button to do so.
Either way, the photograph goes straight to the PD nurses in the day and to the renal ward at night, so
the nurse who answers the phone is already looking at the bag. Northgate's drivers put a 'cloudy bag kit',
with a sample pot, a reference card and instructions, into every home and check it at each delivery.

The unit compared the two years before the app with the first year after it.

<<Q:The average time from a patient first noticing a cloudy bag to their first dose of antibiotics fell
from 19 hours in 2021-23 to 5 hours in 2023-24.>> <<Q:Peritonitis episodes that ended with the PD catheter
being removed went from 11 of 38 to 3 of 29.>> <<Q:The unit's peritonitis rate improved from one episode
every 18 patient-months to one every 29 patient-months.>>

112 of our members use the app, and 640 photographs have been sent. Not every photograph showed a problem,
and the nurses say they would much rather see a clear bag than miss a cloudy one.
"""),
        ("stakeholders", "3. How were patients and staff involved?", """
This was our members' project from the beginning. <<P:Eight members on PD tested the first version at home
for two months and found that the photograph check failed in dim bathroom light, which is where most of
us drain our bags, so the card was redesigned with a thick white border that the phone can use to judge
the light.>> <<P:The app itself was written by Graham Pryce, whose wife Sue has been on PD for six years,
in his evenings, and he changed it after every round of testing.>> <<P:Members who are older or have poor
eyesight asked for a version with three large buttons and no menus, and that is now the standard
screen.>>

<<S:The PD nurses wrote the advice screens and agreed that a photograph sent through the app counts as a
call to the unit, so nobody is told off for not ringing.>> <<S:Night nurses on the renal ward asked for
photographs to arrive in a shared ward inbox rather than on one nurse's phone, after trying it for a
month, and this was changed before the full launch.>> <<S:Northgate's delivery drivers suggested that they
check each home's cloudy bag kit at every delivery, because they are in our homes every fortnight, and
they now tick it off on their handheld devices.>>
"""),
        ("value", "4. What has been the impact on patients and staff, and value for money?", """
The app cost about £9,000 to build and test, paid for from the association's funds and a grant from a
local community foundation. There were no development fees. The reference cards and kits cost about £4 per
home and are supplied by Northgate at no charge. Each episode of peritonitis that ends in catheter removal
costs the NHS thousands of pounds in surgery, a hospital stay and a move to hospital haemodialysis, which
itself costs far more each year than PD at home.

For members, it has taken away a lot of the worry. As one put it at our last meeting, 'I don't have to
decide if it's cloudy. I just send the picture.'
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I730  text message blood pressure monitoring after a very high reading -
#       pdf - form table - GP federation director of operations, practical -
#       GP federation with the district council's public health and library
#       service and the ICB - patient participation groups and library
#       borrowers involved - NO staff involvement (a named clinical lead
#       writing the protocol, nurses and healthcare assistants trained,
#       library staff shown, reception briefed, a survey that changed
#       nothing, a plan) - an SPC chart shift as one claim
# ---------------------------------------------------------------------------
entry(
    id="I730", format="pdf", layout="form_table", topic="home_blood_pressure_text_monitoring_library_loans",
    project="independent46-checkathome-730", pdf_font="LiberationSans",
    title="Check at Home: text message blood pressure monitoring after a very high reading",
    cover_table=[
        ("Entry title", "Check at Home: text message blood pressure monitoring after a very high reading"),
        ("Lead organisation", "Lowmoor GP Federation (on behalf of its 17 member practices)"),
        ("Partner organisations", "Lowmoor District Council (Public Health and Library Service); NHS Ebb and Lowmoor Integrated Care Board"),
        ("Award category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Director of Operations, Lowmoor GP Federation"),
    ],
    primary_entrant=dict(name="Lowmoor GP Federation", type="primary_care"),
    partners=[
        dict(name="Lowmoor District Council", type="local_authority"),
        dict(name="NHS Ebb and Lowmoor Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Describe the problem and why a partnership was needed", """
Very high blood pressure is one of the biggest causes of strokes and heart attacks, and most people who
have it feel perfectly well. Our practices find people with very high readings every week: at NHS Health
Checks, at a pharmacy blood pressure check, at a routine appointment or when someone comes in with
something else. The safe next step is a week of home readings to confirm the diagnosis and decide on
treatment.

In practice, people were told to 'get a monitor and do some readings', and many never came back. Some did
not own a monitor and could not afford one. Some wrote readings on the back of an envelope that got lost.
Some booked an appointment to hand in their readings and waited three weeks for it. When we looked back in
2022 at people with a reading of 180/110 or higher, a large share had no further reading recorded at all.
Two of them had a stroke within six months.

The partnership was needed because each organisation had one part of the answer. The federation could run
a single hub to look at readings for all 17 practices. The council's public health team had funding for
blood pressure work, and its library service has a branch in every town in the district and already lends
more than books. The ICB owned the text messaging platform that all our practices use.
"""),
        ("evidence", "What evidence is there of improvements in safe care?", """
Since February 2023, anyone with a reading of 180/110 or higher, or 160/100 or higher with other risks, is
enrolled by the practice on the same day. They borrow a validated monitor from any library, free, for two
weeks. They receive a text twice a day reminding them to take a reading and reply with the numbers. The
federation's hub nurses see the readings on one screen, act on any dangerous reading the same day, and
send a summary with a suggested plan to the practice by day eight.

<<Q:The share of people with a reading of 180/110 or above who had a diagnosis and treatment decision
within 28 days showed a sustained shift on our SPC chart, from a mean of about 35% before launch to about
80% from the fourth month onwards.>> <<Q:People lost to follow-up after a very high reading, meaning no
further reading at all within three months, fell from 41% in 2022 to 9% in 2023/24.>>

2,870 people have sent readings through the system, and libraries have made 1,160 monitor loans.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Members of the patient participation groups of four practices went through every text message with us
and rewrote them, so that 'Please submit your BP readings' became 'Time for your blood pressure. Sit
quietly for five minutes first, then send us both numbers.'>> <<P:People who borrowed the first monitors
from the libraries told us the instruction sheet was too small and too technical, and it was reprinted in
large type with photographs of where the cuff should go.>> <<P:One of them, a retired lorry driver,
suggested a reply of 'HELP' for anyone who felt unwell while doing a reading, which now sends their number
straight to the hub nurse.>>

Dr Ruth Adebayo, the federation's clinical lead, wrote the clinical protocol and the thresholds as part of
her role. Practice nurses and healthcare assistants at all 17 practices were trained to enrol patients on
the text system. Library staff were shown how to check monitors in and out and clean them. Reception teams
were sent a briefing. We sent a short survey to practice managers after six months, who were happy with
the service, so nothing was changed. We plan to involve community pharmacists in the next phase.
"""),
        ("value", "What is the impact on patient experience, and value for money?", """
The council's public health grant paid for 400 validated monitors at about £25 each. The text platform was
already funded by the ICB. Hub nurse time is about 22 hours a week. A stroke costs the NHS and social care
tens of thousands of pounds in the first year alone, and many people never return to the life they had.
"""),
        ("spread", "How has the work been shared or spread?", """
The ICB is rolling the model out to the two other GP federations in Ebb and Lowmoor from April 2025. The
council has added blood pressure monitors to its library catalogue permanently, and the idea has been
featured by the national libraries' health offer network.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I731  home activity sensors to spot older people becoming unwell - docx -
#       sections in an unusual order (results first) - council technology
#       enabled care service manager, cautious - council with a university
#       and the community trust's urgent community response team -
#       'householders' and their families, responders, clinicians and
#       researchers involved - NO quantitative evidence (homes fitted, alerts,
#       visits, a single share of useful alerts, a target not yet met, an
#       evaluation still to report)
# ---------------------------------------------------------------------------
entry(
    id="I731", format="docx", layout="reordered", topic="home_activity_sensors_early_deterioration",
    project="independent46-quietsignals-731", docx_font="Cambria",
    title="Quiet Signals: home activity sensors to spot older people becoming unwell before a crisis",
    cover=[
        "Lead: Fellmoor County Council, Technology Enabled Care Service",
        "Partners: University of Fellmoor (School of Health and Digital Sciences); Fellmoor Community Health NHS Trust (Urgent Community Response)",
        "Author: Technology Enabled Care Service Manager",
    ],
    primary_entrant=dict(name="Fellmoor County Council", type="local_authority"),
    partners=[
        dict(name="University of Fellmoor", type="university"),
        dict(name="Fellmoor Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("evidence", "What has happened so far", """
Quiet Signals began in January 2023. By June 2024 sensors had been fitted in 640 homes across three
districts of Fellmoor, all of them belonging to people over 75 who live alone and already have a pendant
alarm from our service.

Over those eighteen months the system raised 1,180 alerts. Our responders phoned or visited after every
one. 212 led to a visit by the urgent community response team, which found a urine infection in 61 people,
dehydration in 24 and a chest infection in 19. Most of them were treated at home.

The university's researchers reviewed a random sample of 100 alerts against the notes of what happened
next, and judged 71% to have been clinically useful. When we started, we set a target that fewer than a quarter of alerts
should be false alarms. We are not there yet: at present it is closer to a third.

We cannot yet say whether the sensors have changed hospital admissions, falls or moves into care homes. The
university is comparing the people in the project with similar people who do not have sensors, and will
report in the spring of 2025.

One example shows what the system is for. In March 2024 a man of 88 began getting up to the bathroom six or
seven times a night instead of his usual twice. The system flagged the change after the second night. Our
responder rang him; he said he was fine but a bit tired. The response team visited that afternoon, found a
urine infection and early confusion, and started antibiotics. His daughter told us he had been admitted
with exactly the same thing the winter before, after a fall in the night.
"""),
        ("context", "Why we started", """
Fellmoor's technology enabled care service supports about 9,000 people with pendant alarms, fall detectors
and other equipment. Our control centre answers when someone presses a button. But by the time an older
person presses the button, something has usually already gone wrong: they have fallen, they are too weak to
get up, or they are confused and frightened.

Most of the illnesses that lead to a fall or an admission in older people creep up over days. Someone with
a urine infection gets up more at night. Someone who is getting dehydrated stops making cups of tea.
Someone who is becoming low or unwell stays in bed later and stops going out. None of these changes is
dramatic, and a person living alone may not notice them in themselves, or may not want to make a fuss.

The University of Fellmoor's digital health team had been developing a way of learning each person's
normal daily pattern from simple, cheap sensors and spotting when it changes. They needed a real service to
test it in. The community trust's urgent community response team could visit within two hours and treat
people at home, but was usually called only once someone was already in trouble. We had the homes, the
equipment installers and a control centre that runs day and night.

The sensors are small and do not use cameras or microphones. One sits on the fridge door, one is a smart
plug on the kettle, one is in the bathroom and one is on the front door. The university's software learns
each householder's pattern over four weeks and then flags a sustained change, for example many more
night-time bathroom visits, no kettle use by late morning, or the front door opening in the middle of the
night.
"""),
        ("stakeholders", "Who shaped it", """
<<P:The first 40 householders in the project kept a simple diary of their days for a month, and when the
university compared the diaries with the sensor data, they told us that a sensor we had planned for the
bedroom felt intrusive, so it was dropped from the design.>> <<P:Their sons and daughters, who came to two
evening meetings, asked to be told when an alert led to a visit, and a text to a named relative is now
offered to every householder.>> <<P:Several householders said the word 'monitoring' put them off, so the
leaflet and the installers' script now talk about 'keeping an eye on your routine'.>>

<<S:Our responders worked with the university team to sort the first 300 alerts into useful and not useful,
and on their advice the system now waits for a second night before flagging a change in bathroom
visits.>> <<S:Urgent community response clinicians agreed with us which alerts should come to them
directly and which should be checked by a responder first, and asked for the last two weeks of the
householder's pattern to be shown on the referral.>> <<S:Installers suggested moving the bathroom sensor
from the ceiling to the door frame after finding that it missed people using a commode at night.>>
"""),
        ("value", "Costs and value", """
The sensors cost about £180 a home to buy and fit, and the monitoring adds £38 a month to the cost of a
pendant alarm. The project was funded by the council's adult social care transformation budget and a
university research grant. A hospital admission for an older person with a urine infection typically lasts
more than a week and often leads to a loss of independence.
"""),
        ("spread", "What next and who else is using it", """
The council will decide in 2025, once the university has reported, whether to offer the sensors to
everyone who has a pendant alarm. A neighbouring council has started a small trial using the same
software, and the university has published its method for learning daily patterns.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I732  redesign of the electronic sepsis alert - pdf (via Word) - style
#       headings - consultant in acute medicine and CCIO, clinical - departments
#       of one 'University Hospitals' trust, NO partner (ineligible) - staff
#       involved - NO patient involvement (patients not involved, a patient
#       experience team updated, a survivor's film played at the launch,
#       beneficiaries, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I732", format="pdf", layout="style_headings", topic="epr_sepsis_alert_redesign",
    project="independent46-feweralerts-732", render_via="soffice", docx_font="Liberation Sans",
    title="Fewer Alerts, Faster Antibiotics: redesigning the electronic sepsis alert",
    cover=[
        "Brackenridge University Hospitals NHS Trust",
        "A collaboration between the Emergency Department, Acute Medical Unit, Critical Care Outreach, Microbiology, Pharmacy and Digital Services",
        "Lead authors: Consultant in Acute Medicine and the Chief Clinical Information Officer",
    ],
    primary_entrant=dict(name="Brackenridge University Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "The problem", """
When Brackenridge introduced its electronic patient record in 2020, it switched on the supplier's standard
sepsis alert. The alert fired whenever a patient's early warning score reached five or more together with a
raised heart rate or temperature. It appeared as a pop-up box that had to be dismissed before the nurse or
doctor could carry on.

Within a year the alert was firing hundreds of times a day across the trust. Most of the patients it fired
for did not have sepsis: they were in pain after an operation, anxious, or had a long-standing lung
condition. Staff learned to dismiss it without reading it. Our mortality reviews in 2021 and 2022 found
several deaths from sepsis in which the alert had fired, correctly, and had been dismissed, sometimes more
than once, before anyone gave antibiotics.

In 2023 we set out to redesign the alert so that it fires less often, means more when it does, and leads
straight to action. The new alert looks at the trend in the early warning score rather than a single value,
takes account of blood results such as lactate and white cell count when they are available, and asks the
nurse one question: could this be an infection? A 'yes' opens the sepsis order set, with blood cultures,
lactate, fluids and the antibiotic recommended by our guidelines already selected for the doctor to
confirm. If nothing has been done after 60 minutes, the critical care outreach team is alerted.
"""),
        ("evidence", "Results", """
The new alert went live in the emergency department and acute medical unit in June 2023 and across all
adult inpatient wards in October 2023. We compared the six months before with the six months from November
2023 to April 2024.

<<Q:Sepsis alerts across the trust fell from an average of 412 a day to 96 a day.>> <<Q:The proportion of
alerts dismissed without any recorded action fell from 92% to 31%.>> <<Q:For patients with confirmed sepsis,
the median time from the alert to the first dose of antibiotics went down from 142 minutes to 58
minutes.>>

Critical care outreach was called by the system 640 times in the six months.
"""),
        ("stakeholders", "Who was involved", """
<<S:Emergency department and ward nurses sat with the digital team and went through 200 real alerts,
sorting them into those that mattered and those that did not, and it was their suggestion to base the alert
on the trend rather than a single score.>> <<S:Junior doctors tested the order set on the acute medical unit
for a month and asked for the antibiotic choice to follow the patient's allergy record automatically.>>
<<S:Microbiologists and antimicrobial pharmacists rewrote the antibiotic choices in the order set so that
they match the trust's guidelines for each likely source of infection.>> <<S:The critical care outreach team
set the 60-minute escalation after reviewing how long it took them to be called in the old system.>>

Patients were not involved in this work, which was about the design of a clinical alert inside the
electronic record. The trust's patient experience team was kept updated. The launch event opened with a
short film by a sepsis survivor, made for a national awareness campaign. Patients and their families are
the ones who benefit when sepsis is treated sooner. We plan to ask the trust's patient panel to look at the
sepsis information leaflet next year.
"""),
        ("value", "Value", """
The redesign was carried out by the trust's own digital team at no extra cost. Each hour's delay in
antibiotics for septic shock is associated with a higher risk of death. Fewer alerts mean less
interruption for nurses and doctors, and the time saved on dismissing pop-ups alone is estimated at
several hundred hours a month across the trust.
"""),
        ("spread", "Spread", """
The supplier has added our alert design as an option for other trusts that use the same record. We have
shared our rules and order set with the other trusts in the region and presented the work at the national
digital nursing conference.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I733  child protection information shown in urgent care records - pdf -
#       numbered questions - council head of safeguarding, formal - council
#       children's social care with the acute trust's emergency department and
#       urgent treatment centres and a GP out-of-hours provider - children in
#       care and parents involved - NO staff involvement (a named
#       information-sharing lead doing his job, staff sent a briefing, social
#       workers trained, a request for comments that received none, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I733", format="pdf", layout="numbered_questions", topic="child_protection_flag_urgent_care_records",
    project="independent46-seenandknown-733", pdf_font="LiberationSerif", pdf_align="L",
    title="Seen and Known: child protection information at the front door of urgent care",
    cover=[
        "Lead: Marrowby City Council, Children's Social Care",
        "Partners: Marrowby Teaching Hospitals NHS Trust (Emergency Department and two Urgent Treatment Centres); Marrowby Healthcare Partnership (GP out-of-hours service and walk-in centre)",
        "Author: Head of Safeguarding and Quality Assurance, Children's Services",
    ],
    primary_entrant=dict(name="Marrowby City Council", type="local_authority"),
    partners=[
        dict(name="Marrowby Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Marrowby Healthcare Partnership", type="primary_care"),
    ],
    sections=[
        ("context", "1. What was the safety problem and why was a partnership needed?", """
At any one time about 520 children in Marrowby are subject to a child protection plan and about 690 are
looked after by the council. These children are more likely than others to be brought to urgent care with
an injury, an overdose, or an illness that has been left untreated, and they are also more likely to be
taken to different places each time, so that no single clinician sees a pattern.

A national system exists to tell unscheduled care settings when a child is on a plan or looked after.
When Marrowby Teaching Hospitals moved to a new electronic record in 2020, the link to that information
stopped working in the urgent treatment centres and was never set up in the out-of-hours GP service. Staff
in those settings had to remember to look it up on a separate system, and most of the time they did not.
The council, for its part, often did not learn that a child had attended until a discharge letter arrived
days or weeks later, if it arrived at all.

A serious case review in 2021 concerned a baby of four months who was seen at two different urgent
treatment centres within nine days, once with a bruise to the ear and once with a swollen leg. The baby was
on a child protection plan. Neither centre knew, and neither contacted the social worker. The baby was
admitted three weeks later with multiple fractures.

Seen and Known links the council's case management system directly to the trust's record and the
out-of-hours service's record. When a child on a plan or looked after is registered at any urgent care
front door, a flag appears with the category, the name and number of the child's social worker and the
out-of-hours duty team number. The next working morning the social worker receives an automatic
notification of the attendance.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
The link went live at the emergency department in May 2023 and at both urgent treatment centres and the
out-of-hours service in September 2023.

<<Q:In an audit of attendances by children on a child protection plan, the proportion in which urgent care
staff were aware of the plan at the time rose from 23% in 2021 to 94% in the first half of 2024.>> <<Q:The
median time for the child's social worker to learn of an attendance fell from 11 days to one working
day.>> <<Q:Attendances by children on a plan that led to a strategy discussion or a safeguarding referral
from urgent care went up from 14 in the year before the link to 39 in the year after, which we see as
concerns now being recognised rather than missed.>>

The system sent 3,460 notifications to social workers in its first year.
"""),
        ("stakeholders", "3. How were children, families and staff involved?", """
<<P:The Marrowby Children in Care Council, a group of young people aged 13 to 19 who are looked after,
told us they did not want a receptionist to be able to see why they were in care, so the flag shows only
that a child is looked after and who to contact, and the detail is visible only to the treating
clinician.>> <<P:The same young people asked that the flag should never appear on screens that other
patients can see, and this was written into the design.>> <<P:Parents from the council's family group
conference service, whose children had been on plans, reviewed the letter explaining the flag to families
and asked for it to say plainly that the flag is removed when a plan ends, which it now does.>>

The link was built by the council's information sharing lead, Mr Tom Brannigan, as part of his role.
Emergency department, urgent treatment centre and out-of-hours staff were sent a briefing and a short video
before go-live. Social workers were trained to read and act on the notifications. We asked the trust's
safeguarding committee for comments on the flag design, but none were received, so it went live as
planned. We intend to hold joint case reviews with urgent care clinicians next year.
"""),
        ("value", "4. What has been the impact, and is it value for money?", """
The link cost £38,000 to build, shared between the council and the trust. It uses existing systems and
needs no extra staff. The cost of a single serious injury to a child, in human terms and in care, court
and health costs, is far higher.
"""),
        ("spread", "5. How has the learning been shared?", """
We have shared the technical specification with the other councils in the region and with the supplier of
the trust's record, which has offered the same link to its other customers. The learning from the serious
case review and this work has been presented to the regional safeguarding children partnership.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I734  allergy records that do not match between hospital, GP and pharmacy -
#       docx - form table, short - LPC chief officer, clipped - pharmaceutical
#       committee with the acute trust, a primary care network and a parents'
#       allergy group - parents and staff involved - NO evidence section and no
#       measured change anywhere (a baseline audit, a plan, a hope)
# ---------------------------------------------------------------------------
entry(
    id="I734", format="docx", layout="form_table", topic="allergy_record_reconciliation_across_systems",
    project="independent46-oneallergyrecord-734", docx_font="Calibri",
    title="One Allergy Record: ending mismatched allergy information between hospital, GP and community pharmacy",
    cover_table=[
        ("Title", "One Allergy Record: ending mismatched allergy information between hospital, GP and community pharmacy"),
        ("Lead organisation", "Oxley Marsh Local Pharmaceutical Committee"),
        ("Partners", "Oxley Marsh Hospitals NHS Trust (Pharmacy and Digital Services); Oxley Marsh and Tern Valley Primary Care Network; Tern Valley Allergy Families (parent-led support group)"),
        ("Entrant", "Chief Officer, Oxley Marsh LPC"),
    ],
    primary_entrant=dict(name="Oxley Marsh Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Oxley Marsh Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Oxley Marsh and Tern Valley Primary Care Network", type="primary_care"),
        dict(name="Tern Valley Allergy Families", type="patient_group"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What are the safety goals?", """
A patient's allergies are recorded in at least three places: the GP record, the hospital record and the
community pharmacy's own system. None of them updates the others. A penicillin allergy removed after
testing in hospital stays on the GP record. A new reaction recorded by the GP never reaches the pharmacy. A
child's nut allergy is on the hospital system as 'peanut' and on the pharmacy system not at all, so a
medicine containing arachis oil is supplied without a second look.

In 2022 pharmacists in the LPC compared the allergy entries for 400 patients across the three systems. The
entries did not match for about one patient in six. Two incidents that year involved a patient being given
a medicine they were recorded as allergic to on a system the prescriber could not see.

Each profession had its own reasons for the gaps. Community pharmacists usually find out about a new
allergy at the counter, from the patient, and have nowhere to record it that anyone else will see. GP
practices receive allergy changes in discharge letters, where they are easy to miss among everything else.
Hospital pharmacy teams take an allergy history on admission but often cannot see what the pharmacy or the
GP has recorded, so they start again from what the patient or a relative can remember.

The goals are one allergy record that all three can see, using the shared care record that already covers
Oxley Marsh, and a simple rule that whoever learns of a change records it there. Since January 2024 the
hospital's record and the practices' clinical systems both read allergies from the shared record and write
changes back to it. Community pharmacies, which cannot yet write to it directly, can view it and send a
change to the patient's practice using a short electronic form, which the practice pharmacist checks within
two working days. A removed allergy, for example after penicillin allergy testing, is recorded as 'removed'
with the reason, rather than simply deleted, so that nobody puts it back.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Parents from Tern Valley Allergy Families told us how often they had to repeat their child's allergies
at every counter and every appointment, and asked for a wallet card printed from the shared record, which
pharmacies now offer.>> <<P:They also went through the wording of allergy entries with us and asked that
'intolerance' and 'allergy' always be recorded separately, which is now part of the recording rule.>>

<<S:Community pharmacists, GP practice pharmacists and hospital pharmacy technicians met four times and
agreed the recording rule, after the pharmacy technicians pointed out that most mismatches started at
hospital admission.>> <<S:The trust's digital team and the PCN's clinical system leads tested the link on
a copy of the records before it went live.>>
"""),
        ("value", "What is the impact on staff and patient experience, and value for money?", """
The link uses the shared care record, which is already funded. Pharmacies are paid a small fee by the LPC
for each allergy record they check at the counter, about £6,000 a year in total. We expect fewer
mismatches and fewer near misses, and we hope to be able to show this when we repeat the 400-patient
comparison in 2025.
"""),
        ("spread", "How has the work been shared?", """
The recording rule has been shared with the other LPCs in the region, and the PCN's clinical system leads
have offered to help other networks set up the link. The hospital has added allergy checking against the
shared record to its admission checklist for all adult wards, and the children's ward is due to follow.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I735  follow-up of positive results from online sexual health testing -
#       pdf - with appendix - consultant in public health, measured - council
#       public health with the NHS sexual health service, an HIV charity and a
#       private testing laboratory - staff involved - NO patient involvement
#       (users texted, a rating survey that changed nothing, a negation, the
#       charity's members told at an annual meeting, beneficiaries, a plan) -
#       NO quantitative evidence (kits, positives, a single share against a
#       target, a statement that there is no earlier figure)
# ---------------------------------------------------------------------------
entry(
    id="I735", format="pdf", layout="with_appendix", topic="online_sti_testing_positive_result_follow_up",
    project="independent46-noresultleftbehind-735", pdf_font="LiberationSerif", pdf_align="J",
    title="No Result Left Behind: following up positive results from online sexual health testing",
    cover=[
        "Lead: Halsey Borough Council, Public Health Team",
        "Partners: Wrenn Valley Healthcare NHS Trust (Integrated Sexual Health Service); Positive Halsey (HIV support charity); TestPost Laboratories Ltd",
        "Prepared by the Consultant in Public Health for Sexual and Reproductive Health",
    ],
    primary_entrant=dict(name="Halsey Borough Council", type="local_authority"),
    partners=[
        dict(name="Wrenn Valley Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Positive Halsey", type="charity"),
        dict(name="TestPost Laboratories Ltd", type="private"),
    ],
    sections=[
        ("context", "Background", """
Since 2020 most people in Halsey who want a test for sexually transmitted infections order a kit online,
take their own samples at home and post them to a laboratory. The council commissions the online service as
part of its sexual health contract with Wrenn Valley Healthcare NHS Trust, and the laboratory work is done
by TestPost Laboratories. Online testing is popular, it has made testing far easier for young people and
for people who would never walk into a clinic, and the number of tests has grown every year.

It has also created a new safety gap. In the clinic, a person with a positive result is usually known to a
health adviser who can ring them, explain the result and arrange treatment. Online, the result is sent by
text. A negative result needs nothing more. A positive result asks the person to contact the clinic. Many
did, but some did not, because the text went to an old number, because they did not understand it, because
they were frightened, or because the text looked like spam.

For chlamydia and gonorrhoea, an untreated infection can cause pelvic inflammatory disease and infertility
and can be passed on to partners. For syphilis and HIV, the stakes are higher still. In 2021 a pregnant
woman whose online test was reactive for syphilis did not respond to the result text and was not
contacted again; her infection was picked up at her booking blood test several weeks later. In another
case a man with a reactive HIV test was not linked to care for four months.

When the council reviewed these cases with the trust and the laboratory, it became clear that nobody owned
the step between the laboratory result and the person being treated. The laboratory's job ended when the
result was sent. The clinic only knew about people who made contact. The council paid for the whole service
but saw only monthly totals.
"""),
        ("evidence", "What has changed", """
Since April 2023 the laboratory sends every positive or reactive result to the clinic's health advisers on
the same day, on a single electronic worklist, instead of only sending the text to the person. Results are
placed in three tiers. A reactive HIV or syphilis test is phoned by a health adviser within one working day.
Other positives get a text followed by up to three calls over five working days, then a letter. Anyone who
still cannot be reached and has a reactive HIV or syphilis result is passed to Positive Halsey's outreach
workers, who can try other routes, including visits, with the person's earlier consent.

In 2023/24, 38,400 kits were returned and 2,960 had at least one positive or reactive result. 96% of people
with a positive result were contacted within five working days; our target is 100%. Of 41 reactive HIV
results, 39 people were confirmed and linked to HIV care or had a false reactive result ruled out, and the
other two had moved out of the country.

Health advisers recorded the outcome of every contact on the worklist, so for the first time the council can
see, for each positive result, whether the person was treated. We did not measure follow-up in this way
before 2023, so we cannot give a comparison with earlier years.
"""),
        ("stakeholders", "Who was involved", """
<<S:Health advisers at the trust rewrote their call scripts after the first three months, because people
were hanging up when the call began by asking them to confirm their date of birth, and calls now begin by
saying who is calling and that it is about a recent test.>> <<S:Laboratory scientists at TestPost suggested
the three tiers, after pointing out that a small number of reactive results needed confirmation testing
before anyone was called, and designed the worklist with the health advisers.>> <<S:Positive Halsey's
outreach workers agreed the steps they would follow before making a home visit with the clinic's
safeguarding lead, and asked that consent for outreach be asked at the time the kit is ordered, which was
added to the online form.>>

People who use the online service were sent a text asking them to rate the new result messages; the
ratings were high, so the messages were not changed. We have not yet asked people who test online to help
us redesign the service. Members of Positive Halsey were told about the new pathway at the charity's annual
meeting. The service is designed around the people who test, and they are the ones who benefit when a
positive result leads to treatment. We plan to recruit young people to a sexual health reference group in
2025.
"""),
        ("value", "Value", """
The worklist was built by the laboratory within its existing contract, and the health adviser time comes
from the sexual health contract. The council pays Positive Halsey £12,000 a year for outreach. Treating a
person with chlamydia costs very little; treating pelvic inflammatory disease, infertility, congenital
syphilis or late-diagnosed HIV costs the NHS a great deal more, and the human cost is greater still.
"""),
        ("spread", "Spread", """
The three-tier approach has been written into the council's new sexual health service specification. We
have shared it with the other councils that commission online testing from the same laboratory, two of
which have asked TestPost to set up the same worklist for them.
"""),
    ],
    trailer=[
        ("heading", "Appendix: contact steps and data sources"),
        ("para", "Contact steps for a positive result. Tier 1 (reactive HIV or syphilis): phone call by a health adviser within one working day; if no answer, two further calls and a text within two working days; then referral to Positive Halsey outreach where consent was given. Tier 2 (gonorrhoea, chlamydia in pregnancy, or a second positive within a year): text, then up to three calls within five working days, then a letter. Tier 3 (other chlamydia): text, then up to three calls within five working days."),
        ("para", "Data sources. Kit returns and results are from TestPost Laboratories' monthly reports to the council. Contact outcomes are from the health advisers' worklist. HIV care linkage is from the trust's HIV clinic records. All figures are for 1 April 2023 to 31 March 2024."),
        ("para", "Halsey Borough Council, Public Health Team, Town Hall, Market Street, Halsey HS1 4QD."),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I736  medical details on older people's phone lock screens - docx - bullet
#       lists, short - charity manager, chatty - a digital inclusion charity on
#       its own, NO partner organisation (the cover names its own volunteers
#       and lunch-club groups) (ineligible) - members and paid staff involved
# ---------------------------------------------------------------------------
entry(
    id="I736", format="docx", layout="bullet_lists", topic="phone_emergency_medical_information_older_people",
    project="independent46-incaseofemergency-736", docx_font="Verdana",
    title="In Case of Emergency: helping older people put their medical details on their phones",
    cover=[
        "Bramley Silver Surfers (registered charity)",
        "With our Digital Buddy volunteers and the members of our eight lunch-club computer groups",
        "Submitted by the Charity Manager",
    ],
    primary_entrant=dict(name="Bramley Silver Surfers", type="charity"),
    partners=[],
    sections=[
        ("context", "Why we did it", """
- Bramley Silver Surfers helps people over 65 get confident with phones, tablets and the internet, through drop-ins and computer groups at lunch clubs

- most of our members now carry a smartphone, but very few knew that a phone can show medical details, medicines, allergies and an emergency contact on the lock screen without being unlocked

- paramedics and hospital staff who find someone collapsed or confused often have no way of knowing their conditions, their medicines or who to call

- in 2022 one of our members collapsed in a supermarket; she has epilepsy and takes a blood thinner, and nobody knew either until her son was found hours later

- she told us afterwards that she had no idea her phone could have helped, and that she had assumed the hospital would 'just know' from her NHS number

- so in 2023 we started 'In Case of Emergency' sessions: one hour, one to one, with a Digital Buddy, setting up the emergency details on the member's own phone and writing a matching card for their wallet

- the Buddy helps the member check their medicines against their latest prescription or the NHS App, so the list is right on the day it goes in

- the member decides what goes on the lock screen; some people want only an emergency contact, others want every condition and medicine listed

- we remind members every six months, by phone or at their group, to update the details when their medicines change
"""),
        ("evidence", "What changed", """
- 640 members have had a session since April 2023

- <<Q:in our before-and-after survey of 412 members, the share with emergency medical details on their phone went from 9% to 64%>>

- <<Q:members who said they carry an up-to-date list of their medicines rose from about one in four to three in four>>

- two members have told us that paramedics used the details on their phone when they were taken ill

- 212 members have come back for a six-month update

- the survey was posted to members before their session and again three months later, and the figures are from the 412 who returned both
"""),
        ("stakeholders", "Who helped", """
- <<P:members at the Tuesday group at Bramley Methodist Hall tried the first session plan and told us it was too rushed, so sessions are now a full hour and members can bring a family member>>

- <<P:some members asked for the wallet card as well, because they do not trust phones with batteries, and they chose the words on it>>

- <<S:our two paid digital inclusion officers rewrote the step-by-step guides after watching ten sessions, adding large pictures for each make of phone>>
"""),
        ("value", "Value", """
- a session costs us about £12 in staff time and printing

- it costs the member nothing

- the sessions are paid for from our general funds and a small grant from a local building society's community fund

- if a paramedic knows about a blood thinner or an allergy straight away, that can change what happens next

- members tell us the session gives them peace of mind, and several said it was the first time anyone had gone through their medicines with them at their own pace
"""),
        ("spread", "Spread", """
- we have put our guides on our website for anyone to use

- two other digital inclusion charities have asked to copy the sessions, and we have sent them our session plan and card

- we now include the emergency details as a standard step whenever we help a member set up a new phone, so it happens without anyone having to ask

- we would like every lunch club in the district to offer a session at least once a year
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)
