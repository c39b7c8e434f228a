"""Seventy-fifth independent evaluation set (I1185..I1200) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing acute and community trusts, ICBs,
GP federations, councils, charities, universities and ambulance services send in, in
their own voices and at their own length.  The theme of this set is harm while waiting:
clinical validation of waiting lists, outpatient follow-up that is lost, remote
consultations and elective recovery.

Topics: clinical validation of the admitted waiting list by hospital consultants and GPs
together (an acute trust with a GP federation, an ICB and a patients' panel, own
headings), outpatient follow-up appointments long past their due date in rheumatology,
neurology and cardiology (an integrated care board, bold headings with a cover table),
keeping people fit and steady while they wait for a hip or knee replacement (an older
people's charity, no headings, long), children who are not brought to hospital follow-up
appointments and are quietly discharged (an acute trust children's service, CAPS
headings), patients moved to patient-initiated follow-up who do not know how to get back
in (a GP federation, numbered questions with cover bullets), unusable photographs sent
with remote skin referrals (a university lead, two columns), text message validation that
took people off waiting lists who still needed treatment (a private patient messaging
company as primary entrant, lists), homes that are not ready for the patient after
planned joint surgery (a council adult social care team, a form with a cover table),
people waiting for a community mental health assessment (a mental health trust, rubric
headings, no spread section), 999 calls from people already waiting for surgery (an
ambulance service, a pdf made from Word), surveillance mammograms lost when breast cancer
follow-up moved to open access (a breast cancer charity, with appendix), overdue
surveillance scans for heart valve disease (departments of one trust, no partner, results
first), pressure ulcers in people waiting for wheelchair seating (a community trust
wheelchair service, numbered questions), telephone consultations for housebound older
patients (one GP practice on its own, no partner, style headings), painkillers bought and
prescribed while people wait for joint surgery (a local pharmaceutical committee, lists)
and children in pain waiting for dental extractions under general anaesthetic (a council
public health team, a short form with no evidence section).

Lead types and layouts: I1185 nhs_trust (acute), pdf own_headings; I1186 icb, docx
bold_headings with a cover table; I1187 charity, docx no_headings; I1188 nhs_trust, pdf
caps_headings; I1189 primary_care (GP federation), docx numbered_questions with cover
bullets; I1190 university, pdf two_column; I1191 private, docx bullet_lists; I1192
local_authority, pdf form_table; I1193 nhs_trust (mental health), docx rubric_headings;
I1194 emergency_service (ambulance), pdf style_headings via soffice; I1195 charity, pdf
with_appendix; I1196 nhs_trust (no partner), docx reordered; I1197 nhs_trust
(community), pdf numbered_questions; I1198 primary_care (one practice, no partner), docx
style_headings; I1199 primary_care (pharmaceutical committee), pdf bullet_lists; I1200
local_authority, docx form_table.

Build it with

    .venv/bin/python data/independent/build.py --set 75   (writes data/corpus/independent75/)

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
    numbers trained, activity counts (visits, calls, referrals, checks, letters, people
    contacted, screened or identified), single figures with no baseline, a zero with no
    earlier figure, figures that did not change, budgets, costs and savings estimates,
    phone numbers, postcodes, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including 'halved', 'a third fewer' and a sustained shift on an SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual names
    for the people involved, list items), wherever in the entry it is told; a peer
    worker with lived experience, employed by a partner, who helped design the work is
    PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance services are emergency_service;
GP practices, GP federations, primary care networks and local pharmaceutical committees
are primary_care; patients' panels and user groups are patient_group; older people's,
cancer and home improvement charities are charity; a university is university; patient
messaging and software companies are private).  A department or team of the entrant's
own organisation is not a partner.  Flags are written by hand and build.py cross-checks
them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1185  clinical validation of the admitted waiting list - pdf - own
#        headings - acute trust elective care lead, measured - with a GP
#        federation, the ICB and a patients' panel - patients and staff
#        involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1185", format="pdf", layout="own_headings", topic="waiting_list_clinical_validation_gp_consultant",
    project="independent75-lookingagain-1185", pdf_font="LiberationSans", pdf_align="L",
    title="Looking Again: consultants and GPs reviewing every patient on the surgical waiting list together",
    cover=[
        "Lead organisation: Calderbrook University Hospitals NHS Foundation Trust (Elective Care Division)",
        "Partners: Calderbrook and Moss GP Federation; Aire and Brook Integrated Care Board; Moss Valley Patients' Panel",
        "Submitted by the Associate Medical Director for Elective Recovery",
    ],
    primary_entrant=dict(name="Calderbrook University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Calderbrook and Moss GP Federation", type="primary_care"),
        dict(name="Aire and Brook Integrated Care Board", type="icb"),
        dict(name="Moss Valley Patients' Panel", type="patient_group"),
    ],
    sections=[
        ("context", "Why we needed to look again", """
At the start of 2023 our admitted waiting list for general surgery, urology and gynaecology held a little
over 21,000 people. The list was managed the way most lists are managed: by date. Administrative
validation removed duplicates and people who had moved away, and each patient was given a clinical
priority code when they were first listed. What almost nobody did was look at the patient again.

A priority code given two years ago says very little about the person today. A woman listed for a
routine hysterectomy for heavy bleeding may now be anaemic enough to need transfusions. A man waiting
for a hernia repair may have had two episodes of the hernia getting stuck. Someone listed for gallbladder
removal may have been admitted with jaundice or pancreatitis in the meantime, at a different hospital,
and nobody on our side would know. In a serious incident review in late 2022 we found a patient who had
been admitted three times with gallstone pancreatitis while sitting at priority 4 on our list.

GPs often knew. Their records showed the repeat visits, the iron prescriptions, the A&E letters. But GPs
had no easy way to tell us, and when they did write, the letter went to the consultant's secretary and
often waited behind hundreds of others. We also found people on the list who had died, people who had
had the operation privately, and people who no longer wanted it but had never been asked.
"""),
        ("evidence", "What has changed for patients", """
Looking Again started in April 2023. Each week a hospital consultant and a GP from the federation meet
for a two-hour virtual session and go through a batch of patients from the list. Before the session, a
federation administrator pulls a short summary from the GP record: admissions, A&E visits, new
prescriptions, blood results and any letters mentioning the condition. The pair agree whether the
patient's priority should change, whether they need to be seen sooner, whether they need tests or
treatment while they wait, or whether the operation is still the right plan. A specialist nurse then
phones every patient whose plan changes.

By the end of March 2024 every patient who had waited more than 18 weeks had been reviewed at least once,
about 14,600 people. 1,130 had their priority raised and 410 were offered an appointment to discuss
whether surgery was still the right choice.

<<Q:The number of patients on the list with no clinical review in the previous twelve months fell from
11,400 in April 2023 to 640 in March 2024.>> <<Q:Emergency admissions related to the listed condition
among people waiting for gallbladder surgery fell from an average of 38 a quarter in 2022 to 19 a
quarter in the last three quarters.>> <<Q:The number of waiting list patients found to need a blood
transfusion for anaemia before their operation dropped from 57 in 2022 to 22 in 2023/24, because iron
treatment is now started in general practice when the review spots a falling haemoglobin.>>

<<Q:Operations cancelled on the day because the patient was found to be unfit, or no longer needed the
operation, went down from 6.1% of booked cases to 3.4%.>>
"""),
        ("stakeholders", "How patients and staff shaped the work", """
<<S:The review summary was designed by GPs and hospital consultants together over three evenings, and
the GPs insisted on including the last three haemoglobin results, which turned out to be one of the most
useful items on it.>> <<S:Waiting list coordinators told us that priority changes were getting lost
between the clinic system and the theatre scheduling system, so they built the single tracking sheet
that both teams now work from.>> <<S:The specialist nurses who make the phone calls wrote the call
script and changed it twice after the first month, when they found patients did not understand the word
'validation'.>>

<<P:The Moss Valley Patients' Panel ran two workshops with people currently on the list; they told us
that a phone call out of the blue from an unknown number felt like a scam, and asked for a text the day
before, which is now sent to everyone.>> <<P:Panel members also rewrote the letter that goes to patients
whose operation is being reconsidered, because the original version read as though they were being
removed from the list, and their version is the one we use.>> <<P:One panel member who had waited two
years for a hysterectomy joined the steering group and attended every monthly meeting.>>
"""),
        ("value", "Value for money", """
Each review costs about £14 in clinician and administrator time. The ICB has funded the GP sessions from
its elective recovery allocation. Every emergency admission avoided saves the system far more than that,
and every operation that no longer goes ahead frees a theatre slot for somebody else. The biggest value,
though, is that people on our list are now known to us as people rather than as a date.
"""),
        ("spread", "Spreading the approach", """
The ICB has asked the other two acute trusts in the area to use the same model, and one has begun with
orthopaedics and ophthalmology. We have shared the summary template and the call script with the
regional elective recovery network, and the GP federation has offered sessions to any practice that
wants to take part. We are now starting Looking Again for the outpatient waiting list in gastroenterology.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1186  outpatient follow-up past its due date - docx - bold headings with
#        a cover table - ICB planned care lead, formal - with two acute
#        trusts and a rheumatology patients' association - patients involved
#        subtly (pronouns, in the context section) and staff - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1186", format="docx", layout="bold_headings", topic="overdue_outpatient_follow_up_backlog",
    project="independent75-pastdue-1186", docx_font="Arial",
    title="Past Due: finding the patients who came to harm because their follow-up never happened",
    cover_table=[
        ("Entry title", "Past Due: finding the patients who came to harm because their follow-up never happened"),
        ("Lead organisation", "Severnmoor Integrated Care Board"),
        ("Partner organisations", "Severnmoor Royal Hospitals NHS Trust; Kingsbury and Wyebank Hospitals NHS Foundation Trust; Severnmoor Arthritis and Rheumatology Patients' Association"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Director of Planned Care, Severnmoor ICB"),
    ],
    primary_entrant=dict(name="Severnmoor Integrated Care Board", type="icb"),
    partners=[
        dict(name="Severnmoor Royal Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Kingsbury and Wyebank Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Severnmoor Arthritis and Rheumatology Patients' Association", type="patient_group"),
    ],
    sections=[
        ("context", "Background and rationale", """
National attention on waiting times has, understandably, focused on people waiting for a first
appointment or for an operation. Far less attention has been paid to people who are already under the
care of a specialist and are waiting for a follow-up appointment that was due months, sometimes years,
ago. In Severnmoor, across our two acute providers, more than 96,000 follow-up appointments were past
the date the clinician had asked for in January 2023. Nearly a third were in three specialties:
rheumatology, neurology and cardiology.

These are not routine reviews. A person on methotrexate needs their blood monitoring and disease
activity reviewed. A person with epilepsy may need their medicine adjusted after a change in seizures.
A person with heart failure may need their tablets increased. When the follow-up slips, nothing
dramatic happens on the day. The harm comes slowly and is rarely traced back to the missed appointment.

Members of the Severnmoor Arthritis and Rheumatology Patients' Association brought this to us before
any of our dashboards did. <<P:They collected accounts from 63 of their members who had lost track of
their follow-up, and presented them to the ICB quality committee in March 2023, which is how the work
began.>> <<P:Several of them described joint damage that had progressed while they waited, and two had
stopped their medicines on their own because nobody was checking their blood tests; those stories
shaped the criteria we later used to decide who should be seen first.>>
"""),
        ("evidence", "Evidence of improvement", """
The partnership has three parts. First, both trusts now run a monthly report of every overdue follow-up
with the number of days overdue, the specialty and key risk markers taken from the record, such as a
high-risk medicine, a recent admission or a deteriorating test result. Second, overdue patients with any
risk marker are reviewed by a clinician within four weeks, either from the notes or by a phone call.
Third, anyone found to have come to harm is reported and reviewed, and their GP is told.

<<Q:Follow-ups more than six months past their due date in the three specialties fell from 18,900 in
January 2023 to 7,200 in June 2024.>> <<Q:In rheumatology, the proportion of patients on disease-
modifying drugs with an overdue follow-up and no blood monitoring in the last three months dropped from
14% to 3%.>> <<Q:Emergency admissions with a seizure among people on the neurology overdue list fell
by about a quarter between the first and second year of the programme.>>

Over 23,000 overdue patients have had a clinical review. Harm was found in 212 cases, and all have been
reviewed under the patient safety incident response framework.
"""),
        ("stakeholders", "Involvement of patients, staff and partners", """
<<S:Consultants and specialist nurses in the three specialties agreed the risk markers at a joint
clinical workshop, and rheumatology nurses added a marker for steroid use, which has picked up many of
the patients found to have come to harm.>> <<S:Informatics teams at both trusts worked with the
outpatient managers to build the report, and the outpatient managers changed the layout after the first
two months so that it could be filtered by consultant.>>

<<P:The patients' association has a seat on the programme board.>> <<P:Its members tested the wording
of the phone call and suggested a question we had missed: "Have you stopped any of your medicines since
you were last seen?">>
"""),
        ("value", "Value and sustainability", """
The ICB funded additional clinical review sessions at both trusts. This work is now part of routine
outpatient management and is monitored through the ICB's planned care board. Preventing harm to people
already under our care is the least we owe them, and the cost of an avoidable admission or of lasting
joint damage far outweighs the cost of a review.
"""),
        ("spread", "Spread and sharing", """
The risk-marker report has been shared with neighbouring ICBs and presented at the regional outpatient
transformation network. Both trusts are now extending it to gastroenterology, respiratory and
urology. The national elective recovery team has asked for a short case study.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1187  keeping people fit and steady while they wait for a hip or knee
#        replacement - docx - no headings - long - chief executive of an
#        older people's charity, warm - with the acute trust orthopaedic
#        service and the council - staff involved - NO patient involvement
#        (beneficiaries, a questionnaire that changed nothing, participants
#        told, a plan for peer mentors, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1187", format="docx", layout="no_headings", topic="prehabilitation_joint_replacement_wait",
    project="independent75-steadyready-1187", docx_font="Georgia",
    title="Steady and Ready: staying strong and safe while waiting for a new hip or knee",
    cover=[
        "Fellbeck Age Well (registered charity), with Fellbeck and District Hospitals NHS Trust (Trauma and Orthopaedics) and Fellbeck Borough Council (Active Lives Team)",
        "Written by the Chief Executive, Fellbeck Age Well",
    ],
    primary_entrant=dict(name="Fellbeck Age Well", type="charity"),
    partners=[
        dict(name="Fellbeck and District Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Fellbeck Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
Waiting for a new hip or a new knee is not a quiet time. For most of the people we meet at Fellbeck Age
Well it is a slow slide. The pain gets worse, so they walk less. They walk less, so their legs get
weaker. Their legs get weaker, so they stop going out, stop going to the shops, stop going upstairs to
bed. By the time the letter for surgery arrives, a good number of them have fallen at least once, some
have broken a wrist or a hip, and some are now too frail or too heavy for the operation to go ahead.

In 2022 there were around 2,900 people waiting for a hip or knee replacement at our local hospital, and
the typical wait was well over a year. The orthopaedic team at the hospital told us that they were
seeing more and more patients arrive at the pre-operative assessment clinic who could no longer manage
the stairs at home, who were taking large amounts of painkillers, or who had a fracture from a fall.
The surgeons said, quite frankly, that they had nothing to offer people while they waited apart from an
apology and a leaflet.

We have run strength and balance classes for older people in church halls and community centres across
the borough for more than ten years. The council's Active Lives team runs classes in its leisure centres.
None of us had thought of the orthopaedic waiting list as a place to find the people who needed us most.
That changed when one of the consultant surgeons came to speak at our annual general meeting and asked,
half joking, whether we could take his whole list off his hands for a year.
"""),
        ("evidence", None, """
Steady and Ready started in May 2023. Everyone added to the hip and knee waiting list at the hospital is
now sent a referral to us, unless they opt out. Within three weeks one of our coordinators rings them
and offers a home visit. At the visit we check for trip hazards, look at how they get in and out of the
bath and up the stairs, ask about falls and about the painkillers they take, and talk through what they
would like to be able to do. Then they are offered a place on a 16-week strength and balance course,
either at one of our halls or in a leisure centre, with transport if they need it. People who cannot get
to a class are given a home exercise programme and a weekly phone call.

Where our coordinators find a problem that needs a clinician, such as very heavy use of codeine, a fall
with an injury, or someone clearly losing weight or becoming confused, they refer back to the orthopaedic
team's waiting list nurse, who can review the person and, if needed, bring their operation forward.

<<Q:Among people who completed the course, the average time to stand up from a chair five times fell
from 19.8 seconds at the start to 14.1 seconds at the end.>> <<Q:Falls reported by participants in the
three months before joining were 0.61 per person, and in the three months after finishing the course
they were 0.27 per person.>> <<Q:Patients found unfit for surgery at pre-operative assessment because of
frailty or deconditioning fell from 9% of those assessed in 2022 to 5% in the year to June 2024, compared
with no change in the same period for people waiting for shoulder surgery, who were not offered the
programme.>>

1,840 people have been referred to us so far and 1,120 have had a home visit. 760 have started a course.
"""),
        ("stakeholders", None, """
This is a partnership between three very different organisations, and it only works because the people
doing the work helped design it. <<S:The hospital's orthopaedic physiotherapists wrote the home exercise
programme with our instructors, and after the first two months the instructors asked for the exercises
to be split into easier and harder versions because too many people were dropping out in the first
fortnight, which the physiotherapists agreed to.>> <<S:The waiting list nurse and our coordinators
agreed together which problems should be referred back, and it was the coordinators who added 'new
confusion' to the list after two home visits where they were worried.>> <<S:Leisure centre instructors
from the council's Active Lives team suggested moving the classes to the quiet mid-morning slot, when
the pool changing rooms are empty and the car park is close to the door.>>

The people on the waiting list are the reason for all of this, and they are the ones who have gained.
Everyone who started a course filled in a questionnaire at the end, and the comments were
overwhelmingly positive, so the course has stayed as it is. Participants were told at their first class
how the programme had come about and what the hospital hoped it would achieve. We have to be honest
that none of the people on the list were asked to help design the service before it started; we were
moving quickly and it did not happen. We would like to recruit former participants as volunteer peer
mentors for new joiners from next spring.
"""),
        ("value", None, """
The programme costs about £310 for each person who completes a course, including the home visit,
transport and instructors' time. It is funded jointly by the hospital's elective recovery money and the
council's public health grant, with our own fundraising covering transport. A single hip fracture costs
the NHS many times that, and a cancelled operation leaves a theatre slot empty.

What the numbers cannot show is the change in confidence. Our instructors talk about people who arrived
at the first class on two sticks and were walking round the hall with one by week eight. People have
gone back to the allotment, back to church, back to picking up grandchildren from school. Several have
said that when their operation came, they felt ready for it rather than frightened of it. The hospital
physiotherapists say that people who have done the course seem more confident on the ward after surgery
and understand their exercises from the start.
"""),
        ("spread", None, """
Two neighbouring hospitals have asked for our referral form and home visit checklist, and one is talking
to its local Age Well charity about starting something similar. We have presented the work at the
regional elective recovery network and at a national conference for older people's charities. The
council is now offering the same course to people waiting for spinal surgery, and the hospital is
looking at whether people waiting for cardiac surgery could be referred in the same way. Our view is
that the waiting list is the best falls prevention register any area has, and that nobody should be left
to grow weaker on it when a simple offer of help would make the difference.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1188  children not brought to hospital follow-up and quietly discharged -
#        pdf - CAPS headings - safeguarding lead, direct - acute trust with
#        the council's children's services and a GP federation - parents
#        and young people involved - NO staff involvement (staff trained,
#        briefed, one named lead doing their job)
# ---------------------------------------------------------------------------
entry(
    id="I1188", format="pdf", layout="caps_headings", topic="children_not_brought_outpatient_follow_up",
    project="independent75-broughtback-1188", pdf_font="DejaVuSans", pdf_align="J",
    title="Brought Back: children who miss hospital follow-up appointments",
    cover=[
        "Lead: Ashdown Vale Hospitals NHS Trust, Children's Services",
        "Partners: Ashdown Vale County Council (Children's Social Care and Early Help); Ashdown North GP Federation",
        "Author: Named Nurse for Safeguarding Children",
    ],
    primary_entrant=dict(name="Ashdown Vale Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Ashdown Vale County Council", type="local_authority"),
        dict(name="Ashdown North GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Children do not miss appointments. They are not brought. That small change of words matters, because
for years our hospital treated a missed children's follow-up appointment the same way it treated an
adult's: one more appointment was offered, and if that was missed too, the child was discharged back to
the GP with a standard letter.

For a child with asthma, epilepsy, diabetes, a heart murmur or faltering growth, that letter could be
the end of specialist care. GP practices received dozens of these letters every week and mostly filed
them. Nobody checked whether the child was safe, whether the family had moved, or whether there was a
reason, such as a parent's illness, a lack of money for the bus, or neglect.

Two child safeguarding practice reviews in the county in 2021 and 2022 involved children who had been
discharged from hospital follow-up after repeated non-attendance. In one, a nine-year-old with poorly
controlled type 1 diabetes was admitted in ketoacidosis eight months after she was discharged. Her
family had been living in temporary accommodation and the letters had gone to an old address.
"""),
        ("evidence", "WHAT HAS CHANGED", """
Since September 2022, no child can be discharged from a hospital clinic for not being brought without a
check. The clinic's administrator flags the child after one missed appointment. The paediatric liaison
nurse looks at the record, rings the family and the GP practice, and checks with Early Help and
children's social care whether the family is known. The consultant then decides, with that
information, whether to rebook, to arrange a home visit with the community children's nurses, or to
refer for safeguarding.

<<Q:Children discharged from paediatric outpatients after not being brought fell from 1,020 in
2021/22 to 185 in 2023/24.>> <<Q:The proportion of children with a long-term condition who were
brought to their next appointment after a missed one rose from 54% to 81%.>> <<Q:Emergency admissions
within a year of being discharged for not being brought went from 47 children to 9.>>

Over 2,600 checks have been made. 71 children were referred to children's social care as a result.
"""),
        ("stakeholders", "WHO TOOK PART", """
<<P:We asked the Ashdown Vale Parent Carer Forum to look at the letters we sent, and its members told us
they were frightening and full of jargon, so we rewrote them with the forum, including the phrase 'we
want to help you get here', which they chose.>> <<P:Young people from the hospital's youth forum
suggested a text reminder the day before, written to them as well as to their parent if they are over
13, which we introduced.>> <<P:A mother whose son had been discharged after three missed cardiology
appointments told her story at the launch and helped us design the question the liaison nurse now asks
first: "Is there anything making it hard to get here?">>

All outpatient administrators and clinic nurses were trained in the new process. GP practices in the
federation were briefed at their protected learning time. Social workers were sent a one-page guide. The
named nurse for safeguarding children wrote the process and oversees the monthly audit.
"""),
        ("value", "VALUE", """
The paediatric liaison nurse post is funded jointly by the trust and the council. Each avoided emergency
admission of a child with diabetes in ketoacidosis saves around £3,000, but the real value is in children
whose conditions are now being looked after and in families who are getting help earlier.
"""),
        ("spread", "SPREAD", """
The approach has been adopted by the county's other acute trust and by the community paediatric service.
We have shared it with the regional safeguarding network and it has been cited by the county
safeguarding children partnership as good practice. We are now looking at whether the same check should
apply to young people aged 16 to 18 who are moving to adult services.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1189  patient-initiated follow-up: people who do not know how to get back
#        in - docx - numbered questions with cover bullets - GP federation
#        clinical director, chatty - with the acute trust and a citizens
#        advice charity - patients and staff involved - NO quantitative
#        evidence (activity counts, single figures, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1189", format="docx", layout="numbered_questions", topic="patient_initiated_follow_up_safety_net",
    project="independent75-doorleftopen-1189", docx_font="Calibri",
    title="The Door Left Open: making patient-initiated follow-up safe for people who need it most",
    cover=[
        "Submitted by Northcote Health Federation",
    ],
    cover_bullets=[
        "Lead: Northcote Health Federation (GP federation of 24 practices)",
        "Partner: Marlow Cross Hospitals NHS Foundation Trust (Outpatient Transformation Team)",
        "Partner: Northcote Citizens Advice",
        "Contact: Clinical Director, Northcote Health Federation",
    ],
    primary_entrant=dict(name="Northcote Health Federation", type="primary_care"),
    partners=[
        dict(name="Marlow Cross Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Northcote Citizens Advice", type="charity"),
    ],
    sections=[
        ("context", "1. What was the issue, and why did it need a partnership?", """
Patient-initiated follow-up, or PIFU, sounds sensible on paper. Instead of a routine hospital review
every six or twelve months, a patient with a stable condition is told to get in touch when they need to,
within a set period, and the hospital will see them quickly. It frees up clinic slots and saves people
journeys they do not need. Our local hospital moved thousands of patients onto PIFU pathways in 2022
and 2023, in dermatology, gynaecology, rheumatology, urology and ENT.

What we started to see in general practice was the other side of that. Patients came to us with a flare
of their psoriasis or a return of post-menopausal bleeding and said they had been "discharged" by the
hospital. They did not know they were on PIFU. Some had been told in clinic, but had been anxious or
unwell or did not speak much English, and the leaflet went in a drawer. Others had the number but it
went to a voicemail that nobody seemed to check. So they came to us, and we made a new referral, and
they went back to the bottom of the waiting list.

One of our GPs saw a woman in her seventies with bleeding after the menopause who had been on a
gynaecology PIFU pathway after treatment for a pre-cancerous condition. She had not known she could ring
the hospital directly. By the time the new routine referral was seen, seven weeks had gone by. She was
lucky, but it made us look at how many others there might be.
"""),
        ("evidence", "2. What difference has it made?", """
Since March 2024 the hospital shares with the federation, every month, a list of the patients from our
practices who are on a PIFU pathway, with the specialty, the end date and the symptoms that should
prompt contact. Practices add a PIFU alert to the patient's GP record, so that any clinician who sees
them knows to contact the hospital's PIFU team directly, by a dedicated line for practices, rather than
make a new referral. The hospital's PIFU line is now staffed every weekday, with calls returned the same
day.

For patients who may struggle to use PIFU, because of language, learning disability, memory problems or
being housebound, the practice care coordinator rings them to explain what PIFU means, checks they have
the number and offers to help them make contact if anything changes. Citizens Advice advisers help people
who have practical problems getting to the hospital.

So far 11,850 PIFU alerts have been added to GP records across our 24 practices. Care coordinators have
made 2,140 explanatory calls. 96 patients were found during those calls to already have symptoms that
should have triggered contact, and all were booked in with the hospital within two weeks.

In a snapshot audit in July 2024, 88% of patients phoned by a care coordinator could tell us how they
would contact the hospital if their symptoms came back. Our target is that no patient on PIFU needs a
new GP referral for the same problem by the end of 2025.
"""),
        ("spread", "3. How has the learning been shared?", """
The hospital has agreed to share PIFU lists with the other two GP federations it serves from January
2025. We have written a short guide for practices on setting up the alert and searching for patients who
may need a call, and shared it with the ICB's primary care team and through the regional outpatient
network.
"""),
        ("value", "4. What has been the impact on patients, staff and value for money?", """
Each new routine referral that is avoided saves a GP consultation, a referral letter and, more
importantly, weeks of waiting. The care coordinator calls take about ten minutes each and fit into
work the coordinators already do. The dedicated practice line has cost the hospital one administrator
post. GPs tell us they like being able to pick up the phone and get an answer, and patients tell us
they feel less abandoned.
"""),
        ("stakeholders", "5. How were patients, staff and partners involved?", """
<<S:The idea came from our practice care coordinators, who kept meeting patients who had "lost" the
hospital, and they designed the call script and the list of patients who should be prioritised for a
call.>> <<S:The hospital's PIFU administrators told us that practice staff calling the main switchboard
were getting lost in the system, which is why a separate line for practices was set up at their
suggestion.>> <<S:GPs from four practices tested the record alert for two months and asked for the
hospital's phone number to appear in the alert itself.>>

<<P:We worked with the Northcote Deaf Centre and with members of a South Asian women's group at
Citizens Advice, who went through the hospital's PIFU leaflet line by line and told us it assumed people
could use a phone and read English, so the leaflet is now available in five languages with a text and
email option.>> <<P:Two patients on rheumatology PIFU who had come unstuck spoke at our practice
managers' meeting, and one of them suggested that the PIFU end date be added to the patient's repeat
prescription slip as a reminder, which the practices now do.>>
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1190  unusable photographs with remote skin referrals - pdf - two columns
#        - university lead, academic - with the acute trust dermatology
#        service and a primary care network - staff involved - NO patient
#        involvement (survey with no change, leaflet sent, negation, plan)
# ---------------------------------------------------------------------------
entry(
    id="I1190", format="pdf", layout="two_column", topic="teledermatology_photo_quality_referrals",
    project="independent75-clearpicture-1190", pdf_font="LiberationSerif", pdf_align="L",
    title="A Clear Picture: better photographs for remote skin referrals and fewer patients left in limbo",
    cover=[
        "Lead: University of Kestermouth, School of Health and Medical Sciences",
        "Partners: Kestermouth Hospitals NHS Trust (Dermatology); Kestermouth Coast Primary Care Network",
        "Entry prepared by the Senior Lecturer in Primary Care",
    ],
    primary_entrant=dict(name="University of Kestermouth", type="university"),
    partners=[
        dict(name="Kestermouth Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Kestermouth Coast Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
Since 2021 most skin referrals from general practice in Kestermouth, including suspected skin cancer
referrals, have been triaged remotely. The GP practice sends photographs of the lesion with the
referral, and a dermatologist decides from the images whether the patient needs to be seen, and how
quickly.

The method depends on the quality of the photographs. In an audit in the autumn of 2022 the dermatology
team found that a large share of images were blurred, too far away, taken without a dermoscope, or
missing the close-up altogether. When that happens the referral is returned to the practice, or the
patient is put on a list for a face-to-face appointment that can take weeks. Meanwhile the patient
assumes the hospital is dealing with it.

Two patients in 2022 had melanomas diagnosed more than two months after their first GP visit because
their referral had bounced back twice for poor images. Our School of Health and Medical Sciences was
asked by the trust to help understand why the photographs were poor and what could be done.
"""),
        ("evidence", "Results", """
We observed photography in eight practices and found that the photographs were usually taken by
whichever member of staff was free, often without training, on an old practice phone or a shared
camera, in a consulting room with poor light. We then worked with the PCN to set up a photography hub:
two healthcare assistants in each of three practices trained to a common standard, with a dermoscope
attachment, a ring light and a simple app that checks focus before a photograph can be sent.

<<Q:Referrals returned by dermatology because the images could not be assessed fell from 23% in the six
months before the hub to 6% in the twelve months after.>> <<Q:The median time from GP visit to a
dermatology decision for suspected skin cancer referrals dropped from 9 days to 4 days.>> <<Q:Patients
with a melanoma diagnosis whose first referral had been returned for poor images went from 7 in 2022 to
1 in 2023/24.>>
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:Healthcare assistants from the eight practices told us during the observation visits that they had
never been shown what dermatologists needed to see, and together with two dermatologists they wrote the
one-page photography standard that the hub now uses.>> <<S:Practice managers in the PCN chose the three
hub practices and agreed a booking system so that patients from other practices could be seen within
two working days.>> <<S:Dermatology consultants reviewed the first 200 photographs from the hubs and
asked for a ruler to appear in every close-up, which was added to the standard.>>

We did not set up a patient reference group for this project. Patients attending the hubs were asked to
complete a short satisfaction survey; responses were very positive and no changes were needed. Every
patient is sent a leaflet explaining what will happen to their photographs. We intend to involve
patients in the next phase, which will look at photographs taken by patients themselves at home.
"""),
        ("value", "Value", """
The dermoscopes, ring lights and app licences cost about £9,000 in total, funded by the PCN. Fewer
returned referrals mean less rework for GPs and dermatology, and fewer unnecessary face-to-face
appointments. Healthcare assistants have gained a recognised skill and say they feel more valued.
"""),
        ("spread", "Spread", """
The ICB has funded hubs in two further PCNs. The photography standard has been published as an open
resource and taught to students on the university's physician associate and nursing courses. We have
presented the evaluation at a national dermatology meeting.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1191  text message validation that removed people who still needed care -
#        docx - bullet lists - PRIVATE patient messaging company as primary
#        entrant with an acute trust and an ICB (ineligible) - product lead,
#        upbeat - patients and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1191", format="docx", layout="bullet_lists", topic="text_message_waiting_list_validation_safety",
    project="independent75-rightreply-1191", docx_font="Calibri",
    title="Right Reply: building clinical safety into text message validation of waiting lists",
    cover=[
        "Entrant: Pathwise Health Technologies Ltd",
        "With: Hollowmere Teaching Hospitals NHS Trust and Dunstan Ridge Integrated Care Board",
        "Prepared by the Chief Product Officer, Pathwise",
    ],
    primary_entrant=dict(name="Pathwise Health Technologies Ltd", type="private"),
    partners=[
        dict(name="Hollowmere Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Dunstan Ridge Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "What was the problem?", """
Pathwise provides text message and online form services to NHS trusts. One of our most popular services
is waiting list validation: a text asks people on an outpatient or surgical waiting list whether they
still need their appointment, and anyone who replies 'no' is removed after an administrator checks the
reply.

In 2023 Hollowmere Teaching Hospitals sent validation messages to 64,000 people on its waiting lists.
Most replies were straightforward. But a clinical review of a sample of removals found problems we had
not expected:

- people who replied 'no' because they thought the text was asking if they could attend on a particular date

- people who had been treated privately for one problem and replied 'no' for a different referral

- relatives replying for a person who had died, which was handled without any condolence or record update for the GP

- people who said they no longer needed the appointment because their symptoms had "gone", when the symptom was something like blood in the urine, which needs investigating whether it goes away or not

- people who did not reply at all and were removed after two reminders, including people with no mobile phone

In one case a man on the urology list replied 'no' because his bleeding had stopped. He was removed. He
was diagnosed with bladder cancer fourteen months later.
"""),
        ("evidence", "What difference has it made?", """
Right Reply was introduced at Hollowmere in January 2024. It changes how validation works:

- the message now asks a clear question and gives three options: still need it, no longer need it, not sure

- anyone who says they no longer need it is asked why, with a short list of reasons

- replies that mention symptoms, or come from lists where symptoms going away is not reassuring, such as urology, gynaecology and breast, go to a clinician to review rather than an administrator

- no one is removed for not replying; non-responders are phoned or written to instead

- when a relative tells us someone has died, the GP is told and the record is closed with care

Results from the first nine months:

- <<Q:removals later reversed because the patient still needed care fell from 4.8% of removals in 2023 to 0.7% in 2024>>

- <<Q:patients re-referred by their GP within six months of being removed went from 610 to 140>>

- 3,900 replies were sent for clinical review
"""),
        ("stakeholders", "Who was involved?", """
- <<S:Hollowmere's waiting list team and urology consultants worked with our product team to decide which specialties and which reply reasons should always be reviewed by a clinician>>

- <<S:the trust's patient safety team reviewed the sample of removals with us and asked that the ICB's primary care team be told of every removal, which is now automatic>>

- <<P:we tested the new messages with 30 members of the trust's patient panel, who told us that the word 'validation' meant nothing to them and that 'no' was ambiguous, and we rewrote the message with them>>

- <<P:carers from a local dementia carers' group helped us write the message that goes to relatives, and asked for an option to say "I am replying for someone else", which we added>>
"""),
        ("value", "Value", """
- clinical review of replies takes about two minutes each

- every wrongful removal that is avoided prevents a new referral and a delay in diagnosis

- the changes are now the default for all NHS clients at no extra charge
"""),
        ("spread", "Spread", """
- Right Reply is live at nine trusts

- we have shared the list of high-risk reply reasons with NHS England's elective recovery team

- Dunstan Ridge ICB is recommending the approach to all its providers
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
    ],
)


# ---------------------------------------------------------------------------
# I1192  homes not ready for the patient after planned joint surgery - pdf -
#        form table with a cover table - council adult social care, plain -
#        with the acute trust's elective hub and a home improvement charity -
#        patients and staff involved - a claim in words ('halved') - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1192", format="pdf", layout="form_table", topic="home_readiness_before_elective_joint_surgery",
    project="independent75-homeready-1192", pdf_font="LiberationSans", pdf_align="L",
    title="Home Ready: getting homes ready before planned joint surgery",
    cover_table=[
        ("Entry title", "Home Ready: getting homes ready before planned joint surgery"),
        ("Lead organisation", "Brinsford City Council, Adult Social Care"),
        ("Partners", "Brinsford Elective Orthopaedic Centre (part of Brinsford and Lowe Hospitals NHS Trust); Brinsford Care and Repair"),
        ("Lead contact", "Head of Occupational Therapy and Reablement"),
    ],
    primary_entrant=dict(name="Brinsford City Council", type="local_authority"),
    partners=[
        dict(name="Brinsford and Lowe Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Brinsford Care and Repair", type="charity"),
    ],
    sections=[
        ("context", "Describe the problem your partnership addressed", """
People having a planned hip or knee replacement at the Brinsford Elective Orthopaedic Centre usually go
home within one to three days. Whether they go home safely depends on things nobody in the hospital can
see: stairs with no second rail, a bed that is too low, a bath with no way in or out, a cat on the stairs,
a partner who is also frail. Before 2023 these things were usually discovered on the ward the day after
the operation, when the occupational therapist asked. Equipment then had to be ordered, rails fitted and
beds moved in a hurry, and people either stayed longer than they needed or went home to a house that was
not ready.

We saw the results in our reablement and social work teams. People fell on the stairs in their first
week home. Some were readmitted with dislocated hips after getting out of a low chair. Operations were
cancelled at short notice because the patient rang to say they had nobody at home to help and could not
go ahead. The orthopaedic centre was trying to see more people to bring the waiting list down, and every
cancellation was a wasted slot.
"""),
        ("evidence", "What is the evidence that the partnership has improved safety?", """
Home Ready started in February 2023. When a patient is given a date for surgery, at least six weeks
ahead, the orthopaedic centre sends their details to the council. A council occupational therapy
assistant rings them, goes through a home checklist and, where needed, visits. Rails, raised seats and
other equipment are fitted by Brinsford Care and Repair before the operation. If the person lives alone
or cares for someone else, a short package of support is planned in advance.

<<Q:Operations cancelled at short notice for home or social reasons halved, from 8.2% of listed patients
in 2022 to 4.0% in 2023/24.>> <<Q:The average length of stay after a hip or knee replacement went down
from 3.4 days to 2.3 days.>> <<Q:Falls at home in the first 30 days after discharge, reported to our
reablement service, went from 41 in 2022 to 17 in 2023/24.>>

1,460 people have had a home check, and 610 have had equipment fitted before their operation.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<P:The checklist was tested with twelve people who had had joint replacements in the previous year,
and they added questions we had not thought of, such as whether the toilet is upstairs and whether
there is a pet that needs walking.>> <<P:Their experiences also changed the timing: several of them said
the leaflet they had been sent arrived the week before surgery, too late to do anything, which is why
the call now happens six weeks ahead.>>

<<S:Occupational therapists on the orthopaedic ward and council occupational therapy assistants agreed
the checklist together and the ward therapists now see the completed checklist before the patient is
admitted.>> <<S:Fitters from Brinsford Care and Repair told us that many homes needed the same three
items and suggested we keep a stock of them in the van, which we now do.>>
"""),
        ("value", "What has been the impact on value for money?", """
The partnership is funded from the council's Better Care Fund allocation at about £85,000 a year. The
shorter stays and fewer cancellations are worth considerably more than that to the orthopaedic centre,
and fewer falls at home mean less pressure on reablement and home care.
"""),
        ("spread", "How has the learning been shared?", """
The checklist has been shared with the two neighbouring councils whose residents use the orthopaedic
centre, and one has begun using it. The orthopaedic centre is now extending Home Ready to people having
spinal and foot surgery.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1193  people waiting for a community mental health assessment - docx -
#        rubric headings - mental health trust service manager, earnest -
#        with a GP federation and a mental health charity - staff involved -
#        NO spread section - NO patient involvement (letters sent, people
#        told, a plan for a lived experience panel, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1193", format="docx", layout="rubric_headings", topic="community_mental_health_assessment_wait",
    project="independent75-notforgotten-1193", docx_font="Cambria",
    title="Not Forgotten: keeping in touch with people waiting for a community mental health assessment",
    cover=[
        "Lead organisation: Tollmere and Weald Mental Health NHS Foundation Trust (Adult Community Mental Health Services)",
        "Partners: Weald Valley GP Federation; Wealdside Mind and Wellbeing (registered charity)",
        "Author: Service Manager, Adult Community Mental Health Teams",
    ],
    primary_entrant=dict(name="Tollmere and Weald Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Weald Valley GP Federation", type="primary_care"),
        dict(name="Wealdside Mind and Wellbeing", type="charity"),
    ],
    sections=[
        ("context", "Context: the safety problem and why a partnership was needed", """
In the spring of 2023 around 3,100 adults were waiting for a first assessment from our community mental
health teams, and the longest waits were over forty weeks. These are people referred by their GP with
problems such as severe depression, anxiety that stops them leaving the house, trauma, suspected
bipolar disorder or an eating disorder. They are, by definition, people whose GP felt they needed more
than primary care could offer.

While they waited, nobody was in regular contact with them. The referral was acknowledged by letter and
the person was told to contact their GP or the crisis line if things got worse. Some did. Many did not,
because they had already told their GP they were struggling and had been told to wait. A review of
serious incidents in 2022 found four people who had died by suicide while on our waiting list, and in
three of them there had been no contact from any service for more than three months.

Our GP colleagues were equally worried. They were seeing the same patients again and again, with little
to offer, and sometimes re-referring them as urgent just to get a response.
"""),
        ("evidence", "Evidence: what has improved, and how do you know?", """
Not Forgotten began in June 2023. Every person on the waiting list is now contacted by phone within two
weeks of referral by a waiting list support worker employed by Wealdside Mind and Wellbeing and based in
our teams. They are rung again at least every four weeks, and they are offered a place in a weekly
wellbeing group or one-to-one support with the charity while they wait. At each call the support worker
asks a short set of questions about mood, sleep, safety and any change in circumstances. A rise in risk
goes straight to the duty clinician that day, and the person's place on the list can be brought forward.
GP practices can see the date and outcome of every contact in their own record.

<<Q:Contacts with the crisis team from people on the waiting list fell from an average of 118 a month
before Not Forgotten to 71 a month in the year to June 2024.>> <<Q:Urgent re-referrals from GPs for
people already on the routine list dropped from 46 a month to 12 a month.>> <<Q:People on the list who
presented to the emergency department after self-harm went from 89 in the year before to 52 in the year
after.>>

Support workers have made over 19,000 calls. 640 people have been moved up the list because their risk
had risen.
"""),
        ("stakeholders", "Stakeholders: how patients, families and staff were involved", """
<<S:Duty clinicians and the charity's support workers wrote the call questions together and tested them
for a month, dropping two questions that people found intrusive on a first call and adding one about
whether anyone at home was worried about them.>> <<S:GPs in the federation asked for the outcome of
each call to appear in their record rather than arrive as a letter, and the trust's clinical systems
team built the link at their request.>> <<S:The charity's support workers told us the wellbeing group
was too far for people in the south of the area, so a second group was started in Harcombe.>>

Everyone on the waiting list was sent a letter explaining the new service and was told about the groups
at their first call. We did not ask people with lived experience to help shape Not Forgotten before it
started, and we know that is a gap. A lived experience advisory panel is being set up for 2025.
"""),
        ("value", "Value: impact on staff and patient experience and value for money", """
The support worker posts cost £240,000 a year and are funded by the ICB's mental health investment
standard money. Crisis team contacts and emergency department attendances avoided are worth a good deal
more than that. Staff in our assessment teams say they are more confident about the people they have
not yet seen, and GPs tell us they can now give patients a clear answer about what will happen next.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1194  999 calls from people already waiting for surgery - pdf made from
#        Word - style headings - ambulance clinical lead, brisk - with the
#        acute trust's surgical same day emergency care unit - patients
#        involved subtly (passive voice) - NO staff involvement (crews
#        briefed, trained, one named lead doing their job)
# ---------------------------------------------------------------------------
entry(
    id="I1194", format="pdf", layout="style_headings", topic="ambulance_calls_elective_waiting_list_patients",
    project="independent75-alreadywaiting-1194", render_via="soffice", docx_font="Liberation Serif",
    title="Already Waiting: a direct route for people on a surgical waiting list who call 999",
    cover=[
        "Eastmarch Ambulance Service NHS Trust, with Coldharbour General Hospitals NHS Trust (Surgical Same Day Emergency Care)",
        "Entry by the Consultant Paramedic for Urgent Care",
    ],
    primary_entrant=dict(name="Eastmarch Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Coldharbour General Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
Long surgical waiting lists do not only affect hospitals. When a person waiting for a gallbladder
operation has another attack of pain at two in the morning, or a hernia becomes painful and swollen,
they call 999 or 111, and very often an ambulance is sent. Our crews found themselves in people's
kitchens holding a letter that said the patient was on a list for surgery, with no way of knowing how
urgent the surgeons thought it was, and no way of speaking to them. The safe default was to take the
patient to the emergency department.

In the emergency department, these patients waited for hours alongside everyone else, often to be told
that the surgical team would see them and then sent home. Some were admitted to a medical ward because
no surgical bed was free. And in winter, when crews were held outside the department for hours, the
ambulance that took them there was not available for the next 999 call.

A review of our records for 2022 found more than 2,000 attendances a year by ambulance for people
already on Coldharbour's general surgery and urology waiting lists.
"""),
        ("evidence", "Impact", """
From July 2023, crews attending a patient who says they are on a surgical waiting list, or who has a
hospital letter, can call the surgical same day emergency care unit directly through a dedicated
number. The surgical registrar or advanced practitioner can see the patient's waiting list record and
agree whether the patient should be brought straight to the unit, seen the next morning, or managed at
home with advice and a follow-up call. Patients on the waiting list are also given a small card with the
number for their crew to ring.

<<Q:The proportion of these patients conveyed to the emergency department fell from 86% in 2022 to 34%
in the year to June 2024, with most of the rest taken straight to the surgical unit or given a next-day
appointment.>> <<Q:Their average time in hospital before a senior surgical decision went down from 7
hours 40 minutes to 2 hours 15 minutes.>> <<Q:Re-contacts with 999 within 72 hours among patients
managed at home were 6% before the change and 4% after.>>

Crews have made 1,380 calls to the unit.
"""),
        ("stakeholders", "Stakeholder engagement", """
All operational crews were briefed at their mandatory training days and sent a short video about the
new number. Emergency operations centre staff were told about the change through the clinical bulletin.
The consultant paramedic for urgent care agreed the pathway with the hospital's clinical director for
surgery and monitors every call.

<<P:The wording of the waiting list card was checked by four people who had been on the hernia and
gallbladder lists, and at their suggestion the card now says "Show this to the ambulance crew" in large
print on the front.>>
"""),
        ("value", "Value", """
Each avoided emergency department attendance by ambulance saves around £400, and each hour a crew is not
held at the hospital door is an hour available for another patient. The surgical unit has absorbed the
calls within its existing staffing.

For patients, the difference is simple. Instead of a long night in a crowded emergency department, most
are now seen by the team that already knows about their condition, often the same morning, and many
never need to leave home at all.
"""),
        ("spread", "Spread", """
We are now talking to the other four acute trusts in our area about the same arrangement, starting with
gynaecology and orthopaedics. The card design has been shared with the national ambulance clinical
leads' network.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1195  surveillance mammograms lost after breast cancer follow-up moved to
#        open access - pdf - with appendix - breast cancer charity director,
#        personal - with the acute trust breast service and a PCN - patients
#        and staff involved - NO quantitative evidence (counts identified,
#        a zero with no earlier figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1195", format="pdf", layout="with_appendix", topic="breast_cancer_open_access_surveillance_mammograms",
    project="independent75-nextscan-1195", pdf_font="LiberationSerif", pdf_align="J",
    title="Next Scan: making sure surveillance mammograms are not lost after breast cancer treatment",
    cover=[
        "Lead entrant: Pinfold Breast Care Support (registered charity)",
        "Partners: Estmoor Hospitals NHS Trust (Breast Surgery and Breast Imaging); Estmoor Central Primary Care Network",
        "Written by the Director, Pinfold Breast Care Support",
    ],
    primary_entrant=dict(name="Pinfold Breast Care Support", type="charity"),
    partners=[
        dict(name="Estmoor Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Estmoor Central Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Why this matters", """
After treatment for breast cancer, most women and men have a surveillance mammogram every year for five
years. Until 2021 these were arranged through regular clinic follow-up. Like many hospitals, Estmoor
then moved to open access follow-up: after treatment ends, the patient is discharged from routine clinic
appointments but can contact the breast care nurses directly if they have a concern, and their annual
mammograms are meant to be booked automatically.

The word "meant" is where the trouble started. Our charity runs support groups across the county, and
at one of them in early 2023 three women found that none of them had had their mammogram that year. One
had rung the hospital and been told she was "not on the system". Another thought she had been
discharged altogether. We started asking at every group, and kept finding the same thing.

When we took this to the breast service, they were shocked but not defensive. A check showed that when
patients were moved onto open access, the surveillance booking depended on a manual entry in a separate
imaging system, and that entry had been missed for some patients, especially during the period when
staff were redeployed in the pandemic. Nobody was checking that every patient on open access had a
mammogram booked.
"""),
        ("evidence", "What we have achieved", """
Next Scan started in May 2023. The hospital's breast imaging team and the cancer services data team
compared the list of every patient on open access follow-up with the list of surveillance mammograms
booked. The breast care nurses then contacted everyone with a missing booking. A monthly report now
shows anyone on open access without a booked mammogram, and it is checked by a named breast care nurse.

2,870 patient records were compared. 143 patients were found to have no surveillance mammogram booked,
some of them overdue by more than a year. All 143 have now had a mammogram. Recurrences or new cancers
were found in five of them and they have been treated.

Since the monthly report began, no patient has reached their due date without a booking. Our target is
for every patient on open access to have their mammogram within four weeks of its due date by the end of
2025. The support groups have run 38 sessions on what open access means.
"""),
        ("stakeholders", "Involvement", """
<<P:This work began with the women in our support groups, who noticed the problem and then sat down with
the breast care nurses to go through their own experiences of open access.>> <<P:They helped write a new
open access leaflet and a wallet card with the breast care nurses' number and the month each mammogram
is due, and their suggestion that the card should have a space to tick off each year is now part of it.>>
<<P:A man who had been treated for breast cancer told us that everything about the service assumed he
was a woman, and he reviewed the leaflet and the letters with us.>>

<<S:Breast care nurses designed the monthly report with the data team and chose which fields it should
show.>> <<S:Practice nurses in the primary care network suggested adding the next mammogram date to the
GP record, so they could check it at other appointments, and the hospital now sends it.>>
"""),
        ("value", "Value", """
The comparison of records took about 60 hours of staff time. The monthly report runs automatically. The
cost of treating a recurrence found late is many times the cost of a mammogram, and for the patients the
difference can be life and death.
"""),
        ("spread", "Spread", """
The breast service has shared the method with the other trusts in the cancer alliance, and two are
running the same check. We have written to national breast cancer charities with our learning. The
hospital is checking colorectal and prostate cancer surveillance in the same way.
"""),
    ],
    trailer=[
        ("heading", "Appendix: what open access follow-up means"),
        ("para", "Open access follow-up is offered to patients at the end of active treatment for breast cancer. Patients are not given routine clinic appointments. They can contact the breast care nurses directly on a dedicated line if they have any concern, and they should receive a surveillance mammogram every year for five years, or until they join the national breast screening programme."),
        ("para", "Figures on patient records and bookings are from Estmoor Hospitals NHS Trust. Support group figures are from Pinfold Breast Care Support's own records."),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1196  overdue surveillance scans for heart valve disease - docx -
#        reordered (results first) - departments of one trust, NO partner
#        (ineligible) - cardiology service manager, factual - staff involved
#        - NO patient involvement (letters sent, patients told)
# ---------------------------------------------------------------------------
entry(
    id="I1196", format="docx", layout="reordered", topic="valve_disease_echo_surveillance_overdue",
    project="independent75-valvewatch-1196", docx_font="Calibri",
    title="Valve Watch: no heart valve surveillance scan left overdue",
    cover=[
        "Lead: Harrowfield Royal Infirmary NHS Foundation Trust, Cardiology and Cardiac Physiology Departments",
        "With: the trust's Outpatient Booking Centre and Digital Services team",
        "Author: Cardiology Service Manager",
    ],
    primary_entrant=dict(name="Harrowfield Royal Infirmary NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("evidence", "Results", """
<<Q:Patients under valve surveillance whose echocardiogram was more than three months overdue fell from
1,340 in March 2023 to 95 in September 2024.>> <<Q:Emergency admissions with heart failure or syncope
among people on the valve surveillance list fell from 64 in 2022/23 to 37 in 2023/24.>> <<Q:The
proportion of patients with severe aortic stenosis who were referred for valve treatment within four
weeks of their scan rose from 48% to 86%.>>

Since the start of the project 2,300 overdue scans have been done, including additional weekend
sessions.
"""),
        ("context", "The problem", """
People with moderate narrowing or leakage of a heart valve are kept under surveillance with a repeat
echocardiogram, usually every one to two years. If the valve becomes severe, they may need a valve
replacement, and the timing matters: too late, and the heart muscle may already be damaged, or the
person may collapse or die suddenly.

During and after the pandemic, echocardiography was focused on urgent and inpatient work, and the
surveillance list grew. Surveillance scans were not booked from a waiting list at all; they depended on
a recall date entered by the consultant, and if the date passed with no scan, nothing happened. A
patient safety review in 2022 found two patients with aortic stenosis who had died while their
surveillance scan was over a year overdue.

The problem was not only capacity. Because recall dates lived in individual consultants' letters and in
a free-text field on the booking system, nobody could say with confidence how many patients were under
surveillance, how overdue they were, or which of them were most at risk. Patients themselves often
assumed that no news was good news. Some had moved house, some had changed GP, and a few had been
discharged from cardiology by mistake when a clinic was cancelled and the recall was lost.

Valve Watch brought the cardiology and cardiac physiology departments together with the trust's booking
centre and digital services team. We built a single surveillance list from every recall date we could
find, cleaned it, and gave each patient a risk score. The highest-risk patients were booked first, into
additional evening and weekend sessions, and every cancelled echocardiography slot is now offered to the
next patient on the risk-scored list rather than left empty. A consultant cardiologist reviews every
scan showing severe disease within a week, and the patient is either seen in clinic or referred straight
to the structural heart team.
"""),
        ("stakeholders", "Who was involved", """
<<S:Cardiac physiologists and cardiologists together agreed a risk score for the surveillance list,
based on valve type, severity at the last scan and symptoms, and the physiologists asked for the score
to be shown on the booking screen so they could choose which patients to fit into cancelled slots.>>
<<S:The outpatient booking centre staff pointed out that many recall dates had been entered as free
text, and they worked with digital services to turn them into a proper waiting list.>>

Every patient on the list was sent a letter telling them about the new process and asking them to ring
if they had new breathlessness, chest pain or blackouts. Patients were told the result of their scan by
letter.
"""),
        ("value", "Value", """
The extra weekend sessions cost about £120,000 over eighteen months. Valve treatment at the right time
avoids emergency admissions and more complex surgery later. Cardiac physiologists say the risk score
has taken the guesswork out of filling cancelled slots, and consultants have a clear view of their own
surveillance patients for the first time.
"""),
        ("spread", "Spread", """
Other departments in the trust that use surveillance recalls, such as respiratory and vascular, have
asked to use the same risk-scored list. We have presented the work at the regional cardiac network.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1197  pressure ulcers in people waiting for wheelchair seating - pdf -
#        numbered questions - community trust wheelchair service lead,
#        practical - with the council's occupational therapy service and a
#        disabled people's organisation - involvement under unusual names
#        ('experts by experience') - a claim as an SPC shift - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1197", format="pdf", layout="numbered_questions", topic="wheelchair_seating_wait_pressure_ulcers",
    project="independent75-sittingsafe-1197", pdf_font="DejaVuSans", pdf_align="L",
    title="Sitting Safe: protecting skin while people wait for specialist wheelchair seating",
    cover=[
        "Lead: Hartmoor Community Health NHS Trust, Wheelchair and Posture Service",
        "Partners: Hartmoor County Council (Occupational Therapy Service); Hartmoor Disabled People's Network",
        "Author: Clinical Lead, Wheelchair and Posture Service",
    ],
    primary_entrant=dict(name="Hartmoor Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Hartmoor County Council", type="local_authority"),
        dict(name="Hartmoor Disabled People's Network", type="patient_group"),
    ],
    sections=[
        ("context", "1. What was the safety problem?", """
Our wheelchair service provides chairs and specialist seating to around 9,000 people in Hartmoor. People
who need complex seating, such as those with cerebral palsy, motor neurone disease, multiple sclerosis or
a spinal cord injury, are assessed by a therapist and a rehabilitation engineer, and the seating is
often made or adjusted to fit. In 2022 the wait for a complex seating assessment reached 38 weeks.

A person who sits for many hours a day in a chair that no longer fits them, or on a cushion that has
worn out, is at high risk of pressure ulcers. Some of the people on our list were already known to
district nurses for skin damage; others were not known to anyone but us, and we had not seen them for
months. Council occupational therapists, visiting for other reasons, sometimes found that the person had
outgrown their chair or was sliding down it, but had no easy way to tell us. The list was managed in date
order and did not reflect how urgent each person's need was.
"""),
        ("evidence", "2. What evidence do you have that safety has improved?", """
In April 2023 we introduced a skin and posture screen for every person on the waiting list. A
technician or assistant practitioner phones or visits within four weeks of referral, checks the
person's skin with them or their carer, checks the cushion, and asks about sliding, pain and time spent
in the chair. Anyone with skin damage or a high-risk score is given a temporary pressure-relieving
cushion from stock the same week and moved to the priority list. Council occupational therapists can now
refer directly into the screen, and district nurses are told about anyone with skin damage.

<<Q:Our monthly SPC chart of new pressure ulcers reported in people on the waiting list shows a
sustained shift below the previous average from August 2023, with eleven consecutive months under the
centre line.>> <<Q:The average number of new category 3 and 4 pressure ulcers among people waiting went
from 4.2 a month to 1.5 a month.>> <<Q:The wait for complex seating for people screened as high risk
came down from 38 weeks to 9 weeks.>>

We have lent 540 temporary cushions.
"""),
        ("stakeholders", "3. Who was involved, and how?", """
Much of the screen was shaped by the people it is for. <<P:Our experts by experience, four wheelchair
users from the Hartmoor Disabled People's Network who are paid for their time, worked with us for three
months to write the screening questions.>> <<P:They told us that asking "do you have any pressure
sores?" got a no from people who did not know what to look for, and suggested asking instead whether
they had any marks that did not fade, which we now use.>> <<P:Family carers who came to the network's
drop-in also asked us to send a photo guide showing what early skin damage looks like on darker skin,
and they helped us choose the photographs.>>

<<S:Rehabilitation engineers and technicians designed the temporary cushion stock system and chose the
three cushion types we keep, after trying several with the experts by experience.>> <<S:Council
occupational therapists agreed a direct referral form with us and asked for it to be one page only,
which it is.>> <<S:District nurses told us which information they needed about skin damage, and the
form that goes to them was rewritten at their request.>>
"""),
        ("value", "4. What has been the impact on patients, staff and value for money?", """
A category 4 pressure ulcer can cost tens of thousands of pounds to treat and take months to heal. The
temporary cushions cost between £60 and £250 each and most are returned and reused. People on the list
tell us they feel that someone knows they are there. Staff feel they are keeping people safe rather
than just managing a list.
"""),
        ("spread", "5. How has the work been shared?", """
We have shared the screen with the national wheelchair managers' forum and with two neighbouring
services, one of which has adopted it. The photo guide for darker skin has been shared with the trust's
tissue viability team and is used by district nurses across the county.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1198  telephone consultations for housebound older patients - docx -
#        style headings - one GP practice on its own, NO partner
#        (ineligible) - GP partner, reflective - patient group involved -
#        NO staff involvement (a named GP doing their job, staff trained)
# ---------------------------------------------------------------------------
entry(
    id="I1198", format="docx", layout="style_headings", topic="telephone_consultations_housebound_older_patients",
    project="independent75-seeingisbelieving-1198", docx_font="Calibri",
    title="Seeing Is Believing: when a phone call is not enough for housebound older patients",
    cover=[
        "Entrant: Orchard Lane Surgery, Little Wensham",
        "Author: Dr Priya Kallur, GP Partner and Clinical Safety Lead",
    ],
    primary_entrant=dict(name="Orchard Lane Surgery", type="primary_care"),
    partners=[],
    sections=[
        ("context", "Where we started", """
Like every practice, we moved to telephone-first consultations in March 2020 and, like most, we never
fully moved back. For many of our 11,500 patients a phone call is quicker and easier than coming in.
For the 310 patients on our housebound register, most of them over 80 and many living alone, it has
become almost the only way they see a doctor or nurse, and in practice it means they are not seen at
all.

In 2023 we had three significant events in housebound patients who had been assessed by telephone in
the days before they were admitted to hospital. One had a urine infection that had progressed to
sepsis. One had a chest infection with a low oxygen level that could not be heard over the phone. One
was a man with heart failure whose ankles had swollen up to his knees; his daughter told us afterwards
that he always said he was "fine" on the phone. In each case the clinician had done their best with the
information they had, but the information was not enough.

Looking back at those cases, the pattern was clear. Older people often play down their symptoms on the
phone, especially if they do not want to be a nuisance or are afraid of being sent to hospital. Many
are hard of hearing. Few have a thermometer, a blood pressure monitor or a pulse oximeter at home, so
the clinician has no observations to go on. And a carer who could describe what they had seen was
often in the room but never asked to speak.
"""),
        ("evidence", "What has happened since", """
From September 2023 the practice introduced three simple rules for housebound patients. First, any
housebound patient who contacts the practice with a new problem gets a video call or a visit, not a
phone call alone, unless the problem is clearly minor. Second, a family member or carer is asked to be
present for the video call wherever possible, and a pulse oximeter and blood pressure monitor are lent
to any patient who does not have one. Third, if the clinician is unsure after a remote consultation,
the rule is "see if unsure": a same-day visit by the GP or our visiting paramedic.

<<Q:Emergency admissions of housebound patients within seven days of a telephone or video consultation
fell from 29 in the year before the change to 14 in the year after.>> <<Q:The proportion of consultations
with housebound patients that included a set of observations rose from 22% to 71%.>>

We have lent 120 pulse oximeters and 85 blood pressure monitors.
"""),
        ("stakeholders", "Who helped", """
<<P:Our patient participation group held a coffee morning for carers of housebound patients, and the
carers told us that they were rarely asked to join calls even when they were in the room, which is
where the second rule came from.>> <<P:Two members of the group who care for parents at home tested the
video link on their own phones and tablets and wrote the step-by-step instructions we now send out.>>

Dr Kallur wrote the three rules and audits every admission of a housebound patient. All clinicians and
reception staff were trained in the rules at a practice learning afternoon. The visiting paramedic was
given a list of the housebound patients.
"""),
        ("value", "Value", """
The pulse oximeters and blood pressure monitors cost about £3,000. Video calls take a little longer than
phone calls, but much less time than a visit or an emergency admission. Patients and carers have told us
they feel the practice is taking them seriously again.
"""),
        ("spread", "Spread", """
We presented the rules at a meeting of our primary care network and the network's other practices are
considering them. We would be glad to share our audit tool with any practice.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1199  painkillers while people wait for joint surgery - pdf - bullet
#        lists - local pharmaceutical committee chief officer, concise -
#        with the ICB medicines optimisation team and the orthopaedic trust -
#        pharmacists and GPs involved - NO patient involvement
#        (beneficiaries, a questionnaire that changed nothing, leaflets)
# ---------------------------------------------------------------------------
entry(
    id="I1199", format="pdf", layout="bullet_lists", topic="analgesic_safety_joint_surgery_waiting_list",
    project="independent75-painwhilewaiting-1199", pdf_font="LiberationSans", pdf_align="L",
    title="Pain While Waiting: community pharmacy reviews of painkillers for people on the joint replacement list",
    cover=[
        "Lead: Cressingham Local Pharmaceutical Committee",
        "Partners: Cressingham and Dale Integrated Care Board (Medicines Optimisation Team); Cressingham Orthopaedic Hospital NHS Trust",
        "Contact: Chief Officer, Cressingham LPC",
    ],
    primary_entrant=dict(name="Cressingham Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Cressingham and Dale Integrated Care Board", type="icb"),
        dict(name="Cressingham Orthopaedic Hospital NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
People waiting for a hip or knee replacement are in pain, and while they wait, the painkillers pile up.
What we found in 2022:

- many people on the orthopaedic waiting list were taking strong opioids such as tramadol, codeine or morphine, often at rising doses, prescribed by different clinicians over months

- many were also buying ibuprofen or co-codamol over the counter, without their GP knowing

- anti-inflammatories taken by older people on blood pressure tablets or water tablets were causing kidney damage and stomach bleeds

- high opioid doses before surgery make pain harder to control afterwards and increase the risk of falls and confusion

- the hospital's pre-operative assessment clinic was cancelling operations because of kidney function or because the patient's opioid use had become a risk in itself

Community pharmacists see these patients every month when they collect their medicines, and are often
the only health professional who knows what they are buying as well as what is prescribed. Yet until
this project nobody told the pharmacy that the person was on a surgical waiting list at all, and there
was no agreed way for a pharmacist's concern about painkillers to reach the GP or the hospital in time
to make a difference before the operation.
"""),
        ("evidence", "What changed", """
Since April 2023:

- the hospital sends the ICB a monthly list of people added to the hip and knee waiting list; with consent, their nominated pharmacy is told

- the pharmacist offers a structured painkiller review, covering prescribed and bought medicines, kidney risk, stomach protection and opioid dose

- where a change is needed, the pharmacist sends a recommendation to the GP using an agreed form, and the ICB's pharmacists follow up any that are not acted on

Results for people on the list who had a review, compared with those added in the year before:

- <<Q:the proportion taking an anti-inflammatory with a blood pressure or water tablet and no kidney test in the last year fell from 31% to 9%>>

- <<Q:people on more than 120mg of morphine-equivalent a day at the time of surgery went from 7.4% to 3.1%>>

- <<Q:operations cancelled at pre-operative assessment because of kidney function or medicines fell by around a third>>

- 4,260 reviews have been completed in 86 pharmacies
"""),
        ("stakeholders", "Involvement", """
- <<S:community pharmacists from twelve pharmacies designed the review template with the ICB pharmacists and tested it for six weeks, and they asked for the over-the-counter questions to be moved to the start>>

- <<S:GPs told us they were getting too many unstructured messages, so the recommendation form was cut to one screen at their request>>

- <<S:the hospital's pre-operative assessment nurses chose the information they wanted passed on to them and now receive the pharmacist's review summary>>

- patients were sent a leaflet with their waiting list letter explaining the review

- people who had a review were given a short questionnaire; most found it helpful, and the review was not changed

- patients have benefited most, with fewer side effects and less risk on the day of surgery
"""),
        ("value", "Value", """
- each review is paid at £28 from the ICB's elective recovery funding

- an avoided emergency admission with a stomach bleed or kidney injury is worth many times that

- pharmacists report greater job satisfaction from clinical work
"""),
        ("spread", "Spread", """
- the ICB is extending the reviews to people waiting for spinal surgery

- we have shared the template with Community Pharmacy England and with two neighbouring LPCs
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1200  children in pain waiting for dental extractions under general
#        anaesthetic - docx - form table with a cover table - short - council
#        public health dental lead, plain - with the community dental service
#        and a parents' group - parents and staff involved - NO evidence
#        section and no measured change anywhere
# ---------------------------------------------------------------------------
entry(
    id="I1200", format="docx", layout="form_table", topic="children_dental_general_anaesthetic_wait",
    project="independent75-toothachewait-1200", docx_font="Calibri",
    title="No More Toothache Waits: keeping children safe while they wait for dental treatment under general anaesthetic",
    cover_table=[
        ("Title of entry", "No More Toothache Waits: keeping children safe while they wait for dental treatment under general anaesthetic"),
        ("Lead organisation", "Grimsdale Metropolitan Borough Council, Public Health"),
        ("Partner organisations", "Grimsdale Community Healthcare NHS Trust (Community Dental Service); Grimsdale Parents Together"),
        ("Entrant", "Consultant in Dental Public Health"),
    ],
    primary_entrant=dict(name="Grimsdale Metropolitan Borough Council", type="local_authority"),
    partners=[
        dict(name="Grimsdale Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Grimsdale Parents Together", type="patient_group"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the problem.", """
Tooth decay is the most common reason for a young child to have a general anaesthetic in this country.
In Grimsdale, children needing several teeth out under general anaesthetic are referred to the community
dental service, and in 2023 the wait for treatment was over a year. About 700 children were waiting.

Many of these children are in pain for much of that time. They lose sleep, miss school and struggle to
eat. Some develop dental abscesses that spread into the face; in 2023 two children from the waiting list
were admitted to hospital with facial swelling that needed intravenous antibiotics. Parents did not know
who to call, so they went to A&E or an out-of-hours GP, who could prescribe antibiotics but could not
treat the tooth. Nobody on the dental side knew how the child was doing until the day of treatment.

No More Toothache Waits gives every child on the list a named dental nurse who rings the family every
two months, offers an appointment within a week if the child is in pain or has swelling, and makes sure
the family has pain relief advice and fluoride varnish applied while they wait. Children with swelling
are moved to the top of the list. Families have a direct number.

The dental nurses also use each call to check how the child is eating and sleeping, whether they are
missing school, and whether anything at home is making it hard to look after their teeth. Where there
are wider worries, the nurse can refer to the council's early help service or the school nursing team,
with the family's agreement. Brothers and sisters are offered a check-up with the community dental
service at the same time, because decay in one child is often a sign that others in the family need
help too.
"""),
        ("stakeholders", "How were patients, families and staff involved?", """
<<P:Parents from Grimsdale Parents Together met the dental team three times and told us that what
frightened them most was not knowing whether swelling was dangerous, so they helped write a simple
picture guide showing when to call the dental nurse and when to go to A&E.>> <<P:Several parents also
asked for calls after school hours, which is when the nurses now ring.>>

<<S:Dental nurses in the community service designed the call script and the list of warning signs.>>
<<S:Out-of-hours GPs and the A&E team were asked what would help them, and at their suggestion the
direct number is now on the child's record so they can refer straight back to the dental service.>>
"""),
        ("value", "What has been the impact on patients, staff and value for money?", """
The named dental nurse role is funded by public health at about £38,000 a year. A single hospital
admission for a child with a spreading dental abscess costs several thousand pounds, and every A&E or
out-of-hours visit for toothache takes time away from other patients while doing nothing to fix the
tooth. Fluoride varnish costs a few pounds a child and can slow decay in the teeth that are not being
taken out. Families tell us they feel less alone, and that knowing there is someone to ring has made the
wait easier to bear, even though the wait itself is still too long. The dental nurses say they are glad to be able to help children now rather than only
on the day of treatment.
"""),
        ("spread", "How has the work been shared?", """
We have shared the picture guide with other councils in the region and with the regional dental
public health team. The community dental service is now using the same approach for children with
learning disabilities who are waiting for treatment under sedation, and the council has asked
commissioners to include regular contact with families in any future contract for children's
general anaesthetic dental care.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
