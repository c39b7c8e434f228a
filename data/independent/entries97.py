"""Ninety-seventh independent evaluation set (I1537..I1552) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The entries
are meant to be ordinary: the kind of thing GP federations, primary care networks, mental
health and acute trusts, universities, crisis lines, ambulance services, councils,
integrated care boards, carers' networks, small charities founded by bereaved families and
(in the ineligible cases) private companies send in, in their own voices and at their own
length.  The theme of this set is self-harm, suicide prevention and eating disorders:
emergency departments, university and college students, primary care, crisis lines, the
voluntary sector and bereaved families.

Topics: physical health monitoring for adults waiting for eating disorder treatment (a GP
federation, rubric headings), wound care and respect for people who self-harm in the
emergency department (a mental health trust's liaison psychiatry service, own headings),
agreeing a trusted contact with university students at risk and sharing information with
the GP and crisis team (a university lead, two columns), early help for further education
college students with eating disorders (a mental health trust, bold headings with a cover
table), warm handover from a voluntary crisis line to an ambulance mental health clinician
(a crisis line charity, numbered questions with cover bullets), primary care support for
families bereaved by suicide (an integrated care board, a form with a cover table),
two-week follow-up for young adults starting antidepressants (a primary care network,
CAPS headings), medical risk in people with severe eating disorders in the emergency
department (an acute trust, style headings, no spread section), moderating an online
self-harm peer support forum (a charity, no headings, long), out-of-hours crisis text
support for students (a private digital company as primary entrant, lists), next-day
follow-up calls for people seen by ambulance crews after self-harm and left at home (an
ambulance service, with appendix), acetylcysteine for paracetamol overdose (departments of
one trust, no partner, a pdf made from Word), families spotting physical danger at home in
adults with eating disorders (a carers' network as lead, a form with a cover table, no
evidence section), real-time information on suspected suicides among young people to
prevent clusters (a council public health team, results first), eating disorders and low
energy availability in student athletes (a university lead, rubric headings) and suicide
awareness for grassroots sports coaches (a charity founded by a bereaved family, on its
own, short lists).

Lead types and layouts: I1537 primary_care (GP federation), docx rubric_headings; I1538
nhs_trust (mental health), pdf own_headings; I1539 university, pdf two_column; I1540
nhs_trust (mental health), docx bold_headings with a cover table; I1541 charity (crisis
line), docx numbered_questions with cover bullets; I1542 icb, pdf form_table with a cover
table; I1543 primary_care (PCN), pdf caps_headings; I1544 nhs_trust (acute), docx
style_headings; I1545 charity, docx no_headings; I1546 private, pdf bullet_lists; I1547
emergency_service (ambulance), pdf with_appendix; I1548 nhs_trust (no partner), pdf
style_headings via soffice; I1549 patient_group (carers' network), docx form_table with a
cover table; I1550 local_authority, docx reordered; I1551 university, pdf
rubric_headings; I1552 charity (no partner), docx bullet_lists.

Build it with

    .venv/bin/python data/independent/build.py --set 97   (writes data/corpus/independent97/)

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
    (including 'halved', 'a third fewer' or a sustained shift on an SPC chart);
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

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations and primary care networks are
primary_care; carers' networks and patients' groups are patient_group; crisis lines,
youth counselling services, peer support and bereavement charities and students' unions
are charity; a further education college is public_other; a university is university;
digital health companies are private).  A department or team of the entrant's own
organisation is not a partner.  Flags are written by hand and build.py cross-checks them
against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1537  physical health monitoring for adults waiting for eating disorder
#        treatment - docx - rubric headings - GP federation clinical lead,
#        careful - with the mental health trust and an eating disorder
#        charity - people with lived experience, a mother and staff involved
#        - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1537", format="docx", layout="rubric_headings", topic="eating_disorder_physical_monitoring_waiting_list",
    project="independent97-whoiswatching-1537", docx_font="Calibri",
    title="Who Is Watching? Shared physical health monitoring for adults waiting for eating disorder treatment",
    cover=[
        "Category: Best Partnership Solution Improving Patient Safety",
        "Lead organisation: Calderbrook GP Federation",
        "Partners: Ashlow and Wendle Mental Health NHS Foundation Trust (Adult Community Eating Disorder Service); Beacon Eating Disorder Support (registered charity)",
        "Contact: Dr Priya Anand, Clinical Lead for Long Term Conditions, Calderbrook GP Federation",
    ],
    primary_entrant=dict(name="Calderbrook GP Federation", type="primary_care"),
    partners=[
        dict(name="Ashlow and Wendle Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="Beacon Eating Disorder Support", type="charity"),
    ],
    sections=[
        ("context", "The context in which the partnership was needed, the product or service, and its patient safety goals", """
Calderbrook GP Federation brings together 23 practices serving around 260,000 people in Calderbrook
town and the Wendle Valley. Adults referred to the community eating disorder service run by Ashlow and
Wendle Mental Health NHS Foundation Trust are seen quickly if they are very unwell, but by 2022 the wait
for treatment for everybody else had grown to about seven months. During that wait, national guidance on
medical emergencies in eating disorders expects someone to keep an eye on the person's physical health:
weight and height, blood pressure and pulse lying and standing, blood tests for potassium, phosphate and
other markers, and an ECG where the picture calls for one.

In practice, nobody was sure who that someone was. The eating disorder service assumed the practice was
doing it, because the acceptance letter asked it to. Practices assumed that a person known to a
specialist service was being watched by the specialists. Some practices booked fortnightly bloods for
everyone; others did nothing until the person asked. Worrying results were filed as 'abnormal, no
action' by a locum who did not know the background, or went off in a letter that reached the eating
disorder service a week later.

There was also no shared language. The service described risk using one set of terms, and the
practices' laboratory reports flagged results using another. A potassium of 3.2 might be marked as
only slightly low by the laboratory, and filed accordingly, when in an underweight person who is
purging it can be a warning of a dangerous heart rhythm. <<S:Practice nurses told us they were never sure
whether to weigh someone who did not want to be weighed, and some people stopped coming to the surgery
altogether because the experience was so distressing.>>

The risk is not theoretical. Investigations into deaths from anorexia in England have found again and
again that the warning signs were sitting in the GP record and nobody put them together. Here, in the
autumn of 2022, a woman in her twenties who had been on the waiting list for five months collapsed at
work with a potassium level that had been low on two earlier blood tests at her practice. She spent four
days in the coronary care unit. She survived, but her mother's first question to us was 'who was
supposed to be watching?' We did not have a good answer.

Our goals were easy to write down and harder to deliver. Every adult waiting for eating disorder
treatment in Calderbrook would have their physical health checked on a schedule set by their level of
risk. Every result would be seen by someone who understood what it meant. Any red flag would reach an
eating disorder clinician on the same day.

What we built is a shared monitoring pathway. When the service accepts a referral it sends the practice
a one-page risk rating, green, amber or red, with a monitoring schedule. The federation runs a Thursday
monitoring clinic in three hub practices, staffed by practice nurses and healthcare assistants trained
by the eating disorder team, so that people are weighed sensitively by someone who knows what the
numbers mean. A shared template on the GP system records the results and the eating disorder service
can see it. A red flag result triggers a call to the service's duty clinician on a dedicated line the
same day. Beacon, the local charity, offers everyone on the waiting list a named support worker and a
weekly group, and its workers know how to prompt someone who has missed a check.
"""),
        ("evidence", "Evidence of improvements in safe care as a direct result of the partnership", """
We have collected data since the pathway started in April 2023 and compared it with an audit of the
twelve months before.

<<Q:The proportion of people on the waiting list whose monitoring was up to date with their schedule
rose from 31% in the baseline audit to 88% in the year to March 2024, and it has stayed above 85%
since.>> <<Q:Emergency admissions for medical instability among people waiting for treatment fell from
11 in the year before the pathway to 4 in its first year.>> <<Q:The average time from an abnormal result
being reported to an eating disorder clinician knowing about it went from six days to less than one
day.>>

In the first eighteen months 214 people were monitored through the hub clinics and 46 nurses and
healthcare assistants completed the training. The duty line took 97 calls about red flag results. Not
every admission can be prevented, and two of the four people admitted last year went straight from the
hub clinic to the medical admissions unit because the nurse found them unwell, which is the pathway
doing what it should.
"""),
        ("spread", "How the partnership has been shared and spread", """
The pathway has been written up as a shared care protocol and approved by the area prescribing
committee, so it now applies in all of our practices and not only the hubs. Two neighbouring federations
are setting up hub clinics using our template and training slides, and the eating disorder service has
adopted the same risk rating for young people moving from children's to adult services. We presented the
work at the regional eating disorders network in March 2024.
"""),
        ("value", "Impact on staff and patient experience, and value for money", """
The hub clinics use existing nurse time moved from other practices, at a cost of about £38,000 a year,
which the integrated care board funds through the federation's enhanced services contract. An admission
for medical instability in an eating disorder usually lasts more than a week and costs well over £5,000,
and a transfer to a specialist inpatient unit costs far more.

GPs tell us they feel less anxious about results they did not fully understand. Patients say the clinic
feels calmer than their own surgery, and several have said it was the first time anyone weighed them
without passing comment.
"""),
        ("stakeholders", "How patients and staff were involved", """
<<P:Beacon's experts by experience group, eight adults who have been through eating disorder treatment,
spent three sessions with us going through every step of a monitoring appointment, and it was their idea
to offer 'blind weighing', where the person can choose not to see the number, which is now standard.>>
<<P:They also rewrote the text message that invites people to clinic, because the first version began
'Your weight check is due', which one member said would have made her cancel.>> <<P:The mother who asked
who was supposed to be watching joined our steering group and stayed on it for the whole first year.>>

<<S:Practice nurses from the three hub practices tested the template for six weeks and removed half of
its fields, which they said nobody would fill in during a twenty-minute slot.>> <<S:The eating disorder
service's dietitians and consultant psychiatrist agreed the red, amber and green thresholds with our GP
leads at a joint workshop, and changed the phosphate threshold after the laboratory's duty biochemist
explained how the local test reports.>> <<S:Receptionists in the hub practices asked for a code that
stops the automatic recall offering people an online weight-loss programme, which had happened twice,
and that code is now added at referral.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1538  wound care and respect for people who self-harm in the emergency
#        department - pdf - own headings - liaison nurse consultant,
#        reflective - mental health trust with the acute trust and a lived
#        experience charity - involvement partly told in the context section,
#        peer trainers PS - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1538", format="pdf", layout="own_headings", topic="self_harm_wound_care_emergency_department",
    project="independent97-samecare-1538", pdf_font="LiberationSans", pdf_align="L",
    title="Same Care, Every Time: wound care and respect for people who self-harm in the emergency department",
    cover=[
        "Lead organisation: Oldcastle and Rydal Mental Health NHS Trust (Liaison Psychiatry Service)",
        "Partners: Rydal General Hospitals NHS Trust (Emergency Department); Harbour Lights Collective (lived experience charity)",
        "Written by the Nurse Consultant for Liaison Psychiatry",
    ],
    primary_entrant=dict(name="Oldcastle and Rydal Mental Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Rydal General Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Harbour Lights Collective", type="charity"),
    ],
    sections=[
        ("context", "Where we started", """
Around 1,000 times a year someone comes to the emergency department at Rydal General with a wound they
have made themselves. Most are cuts to the arms or legs; some are deep. For years our liaison team saw
these people after their wounds had been dealt with, and we heard the same stories over and over: a four
hour wait on a plastic chair with a towel wrapped round an arm, a wound glued or stitched without local
anaesthetic because 'you did this to yourself', a remark overheard at the nurses' station, a dressing
that was never explained. Some people left before anyone looked at the wound at all, and came back days
later with an infection.

The numbers of people involved are not small. Nationally, self-harm is one of the most common reasons
for emergency department attendance among young people, and the person who self-harms repeatedly is at
much higher risk of eventually dying by suicide. The first contact in the department matters: people who
feel dismissed are less likely to come back next time, and more likely to treat serious wounds themselves
at home.

Nobody in the department set out to be unkind. <<S:The emergency department nurses told us, honestly, that
they felt deskilled with self-harm, worried about saying the wrong thing, and frustrated at seeing the
same people again and again without any way of helping.>> We in liaison psychiatry were part of the
problem too: we only arrived once the person was 'medically fit', so we had nothing to say about how the
first hours went.

<<P:The work really began in a café in Rydal in the spring of 2022, with five people who had been
treated for self-harm in our department, some of them many times, and who were willing to tell us what
the first hour felt like.>> <<P:It was these five who listed the things that mattered most to them:
being asked about pain, being seen somewhere private, having the wound taken as seriously as any other
injury, and being told how to look after it at home.>> Those four things became the bones of the
standard we describe below.

Same Care, Every Time is a joint standard for the first hours in the department. Anyone who attends with
a self-inflicted wound has it assessed by an emergency nurse within an hour, in a side room where one is
free, with pain relief offered and local anaesthetic used for any closure. A liaison practitioner is told
at triage rather than at the end, so the psychosocial conversation can start while the person is
waiting. Everyone goes home with a wound care pack and plain advice on keeping wounds clean, which
includes what to do if they harm again, and a follow-up dressing appointment at the walk-in centre if
they need it.
"""),
        ("evidence", "What has changed", """
We compared the twelve months before the standard (2021/22) with the year after it was fully in place
(2023/24), using the department's electronic record and the liaison team's database.

<<Q:The median time from arrival to a nurse assessing the wound fell from 3 hours 40 minutes to 58
minutes.>> <<Q:The share of people with a self-harm wound who left before their wound was treated went
down from 19% to 8%.>> <<Q:Return visits within a week with an infected self-harm wound dropped from 38 to
14.>> <<Q:Documented use of local anaesthetic for wound closure rose from 52% of closures to 94%.>>

In the same period 143 emergency department staff went through the half-day training. Complaints about
the way people were treated after self-harm numbered two in 2023/24.
"""),
        ("stakeholders", "The people who shaped it", """
<<PS:Three of the five people from the café now work for Harbour Lights as paid peer trainers, and they
co-wrote and co-deliver the half-day training, including a session where staff practise asking about
pain and wound care without judgement.>> <<P:They also chose the contents of the wound care pack, and
insisted on a small card that says 'you are welcome back here' which we had not thought of.>>

<<S:Emergency department nurses and healthcare assistants worked through four versions of the standard
with us, and it was the night staff who told us that a one-hour target would only work if the triage
nurse could page liaison directly, so that is now how it works.>> <<S:The walk-in centre's nurses agreed
with us which wounds they could follow up and asked for a photograph in the record to compare against,
which we added.>> <<S:Emergency medicine doctors reviewed the wound closure guidance and changed it so
that deeper wounds go to the minor injuries stream rather than waiting for the plastic surgeons.>>
"""),
        ("value", "Value", """
The wound care packs cost £3.20 each. The peer trainers are funded by the mental health trust at about
£24,000 a year. Each avoided return visit with an infected wound saves an emergency department
attendance and sometimes a course of intravenous antibiotics. It is harder to put a price on a person
being treated with respect at a time when they feel at their lowest, but it is the thing people mention
first when they talk to us.
"""),
        ("spread", "Beyond our department", """
The standard has been adopted at the trust's second emergency department in Oldcastle, and the regional
liaison psychiatry network has shared it with its members. Harbour Lights has been asked to deliver the
training in two neighbouring trusts. We would encourage others to start where we did, by sitting down
with the people who use the department and asking what the first hour feels like.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1539  agreeing a trusted contact with students at risk and sharing
#        information with the GP and crisis team - pdf - two columns -
#        university director of student wellbeing, measured - with the
#        mental health trust, the campus practice and the students' union -
#        students involved - NO staff involvement (advisers trained, tutors
#        briefed, a named lead, partners agreeing, a survey that changed
#        nothing, a plan, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1539", format="pdf", layout="two_column", topic="university_students_trusted_contact_information_sharing",
    project="independent97-someonetocall-1539", pdf_font="DejaVuSans",
    title="Someone to Call: trusted contacts and shared information for university students at risk of suicide",
    cover=[
        "Lead organisation: Kingsmere University (Student Wellbeing Service)",
        "Partners: Brackwater and Kingsmere NHS Foundation Trust (Crisis Resolution and Home Treatment); Elmfield Road Medical Practice; Kingsmere Students' Union",
        "Entrant: Director of Student Wellbeing",
    ],
    primary_entrant=dict(name="Kingsmere University", type="university"),
    partners=[
        dict(name="Brackwater and Kingsmere NHS Foundation Trust", type="nhs_trust"),
        dict(name="Elmfield Road Medical Practice", type="primary_care"),
        dict(name="Kingsmere Students' Union", type="charity"),
    ],
    sections=[
        ("context", "Why we needed to act", """
Kingsmere University has about 21,000 students, a third of whom live away from home for the first time.
Over three academic years up to 2022 we lost five students to suicide. Each death was reviewed, and the
reviews kept pointing to the same gap: different people held different pieces of the picture and
nobody held all of it.

In one case the campus GP practice knew a student had started antidepressants, the crisis team had seen
him after an overdose, and his personal tutor had noticed he had stopped coming to seminars. His parents
knew none of this. The crisis team assumed the university knew; the university had not been told because
nobody had asked the student whether they could tell us.

<<P:Families who lost a son or daughter asked us a painful question: why did nobody call us?>> The honest
answer was that we did not think we were allowed to, and we had never asked the student in advance.

Someone to Call has three parts. First, at enrolment and again whenever a student is referred to the
wellbeing service, we ask them to name a trusted contact, a parent, partner, friend or anyone else, and
to say in what circumstances we may contact that person. Second, we have an information-sharing
agreement with the campus practice and the crisis team, so that when any of us has a serious concern
about a student's safety the others are told within one working day. Third, if a student who has
consented is thought to be at immediate risk, a senior wellbeing practitioner calls their trusted
contact the same day.

We were careful about the law and about students' independence. Students are adults, and many have good
reasons not to want their family involved. Nobody is required to name a contact, the student can change
or withdraw their choice at any time through the student portal, and the trusted contact does not have
to be a parent. Where a student has not consented, we still act in an emergency where there is a risk to
life, as data protection law allows, but we are open with the student about it afterwards. The
information-sharing agreement sets out exactly what each partner may share, with whom and how quickly,
and it is renewed every year.
"""),
        ("evidence", "What has improved", """
The approach has been running since September 2022. We compared the two academic years since with the
year before.

<<Q:Among students the wellbeing service rated as high risk, the share with a trusted contact and
consent recorded rose from 12% to 71%.>> <<Q:The median time for the university to learn that a student
had attended the emergency department after self-harm or an overdose went from nine days to one day.>>
<<Q:Students known to be at high risk who lost contact with every service for more than two weeks fell
from 23 in 2021/22 to 6 in 2023/24.>>

In 2023/24 the wellbeing team made 58 calls to trusted contacts. Most of these calls were to parents; eleven were to partners or friends. We have had one student death by
suicide since the work began; we are still reviewing it with the family and the partners.
"""),
        ("stakeholders", "Involvement", """
<<P:A panel of eleven students with personal experience of a mental health crisis, brought together by
the Students' Union, redesigned the consent form with us over a term.>> <<P:The panel told us that
students would only agree if they could choose the circumstances, for example 'only if I am in
hospital', so the form now has a list of situations to tick rather than a single yes or no.>> <<P:Two
students from the panel also recorded the short video that now plays on the enrolment page explaining
why we ask.>>

<<P:Parents of two of the students who died met the Vice-Chancellor and asked that the call to a trusted contact always be made by a senior practitioner and not
left to an email, which is written into the protocol.>>

All 34 wellbeing advisers were trained in the new protocol and personal tutors were briefed at faculty
meetings. The protocol itself was written by our Head of Student Safety. The trust, the practice and the
Students' Union signed the information-sharing agreement in August 2022. We sent a short survey to
academic staff after the first year; the responses were supportive and no changes were needed. Because
of the timescale, staff were not consulted on the design, and we plan to set up a staff reference group
next year.
"""),
        ("value", "Value", """
The work needed no new posts. The case management system was adapted by the university's own IT team
at a cost of around £12,000. Each student who stays in contact with support rather than slipping away is
a life that may be saved, and a family spared the worst of outcomes. Students tell us they find it
reassuring to be asked.
"""),
        ("spread", "Spread", """
We have shared the consent form and agreement with the other two universities in the county, one of
which now uses them. Universities UK's suicide-safer universities network invited us to present in
2024, and the crisis team is offering the same agreement to the local further education college.

We have also written a short guide for other universities on how to ask students for a trusted contact
at enrolment without making it feel like a form to be rushed through, and on the practical questions we
had to answer along the way, such as what to do when a student's trusted contact is abroad.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1540  early help for college students with eating disorders - docx -
#        bold headings with a cover table - CAMHS eating disorder team
#        manager, practical - mental health trust with a further education
#        college and a youth counselling charity - staff involved - NO
#        patient involvement (students screened, a questionnaire that changed
#        nothing, parents sent a leaflet, a plan, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1540", format="docx", layout="bold_headings", topic="fe_college_students_early_eating_disorder",
    project="independent97-firstsigns-1540", docx_font="Arial",
    title="First Signs: early help for college students with eating disorders",
    cover_table=[
        ("Entry title", "First Signs: early help for college students with eating disorders"),
        ("Lead organisation", "Tanfield and Crayle NHS Foundation Trust (Children and Young People's Eating Disorder Service)"),
        ("Partner organisations", "Crayle College of Further Education; Open Harbour Youth Counselling (charity)"),
        ("Contact", "Team Manager, CYP Eating Disorder Service"),
    ],
    primary_entrant=dict(name="Tanfield and Crayle NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Crayle College of Further Education", type="public_other"),
        dict(name="Open Harbour Youth Counselling", type="charity"),
    ],
    sections=[
        ("context", "Background", """
Crayle College has about 6,500 students aged 16 to 19 on vocational and A level courses across two
campuses. It is the single biggest setting for that age group in our area. Our eating disorder service
covers young people up to their eighteenth birthday, and the adult service takes over after that.

When we looked back at the young people referred to us from Crayle over two years, a pattern stood out.
By the time they reached us they were often very unwell. Tutors and friends had usually noticed weeks or
months earlier: a student skipping lunch, disappearing to the gym between lessons, wearing layers in
summer or fainting in a practical session. The college's welfare team did not know whether this was
'serious enough' to refer, the GP route was slow, and some students turned eighteen while waiting and
fell between children's and adult services.

Eating disorders carry the highest death rate of any mental illness and the physical risks can build up
quietly. Early treatment makes a real difference to recovery. Our safety goal was to see college
students with a possible eating disorder sooner and before they became medically unstable.

First Signs gives the college's welfare team a direct line into our service. Welfare officers use a short
checklist of warning signs, and if they are worried they can call our duty clinician for advice the same
day and refer directly, without going through the GP. We run a fortnightly drop-in at the college where
a clinician can see a student informally. Open Harbour provides counselling on site for students who
are worried about food and body image but do not need specialist treatment, and can step them up to us
quickly. Students who are seventeen and a half or older are seen jointly with the adult service so that
nobody falls through the gap at eighteen.

The partnership also had to deal with some practical barriers. College welfare officers were not
allowed to give our duty clinicians a student's home address or date of birth without the student's
agreement, so we wrote a simple consent script for welfare officers to use when they first raise a
concern. Many Crayle students travel in from villages on college buses, so the drop-in was moved from
after college to the lunch hour. And because some students would rather not be seen walking into a room
labelled 'eating disorders', the drop-in is held in the general wellbeing hub and is simply called 'food
and body questions'.
"""),
        ("evidence", "Evidence of improvement", """
We compared students referred from Crayle College in the two years before First Signs began in
September 2022 with those referred in the two years after.

<<Q:The average time from a first concern being raised at college to an assessment by our service went
from 14 weeks to 3 weeks.>> <<Q:The proportion of Crayle students who were medically unstable at their
first assessment fell from 27% to 9%.>> <<Q:Hospital admissions for medical stabilisation among Crayle
students fell from seven in the two years before to two in the two years after.>>

Over the two years the duty line took 118 calls from welfare staff and 61 students were referred
directly. Open Harbour saw 96 students for counselling.

We also track the students who turn eighteen during their time with us. In the two years since First
Signs began, 19 students moved from our care to the adult service, all through a joint assessment. The
numbers are small and we cannot rule out other explanations, such as national awareness campaigns, but
the pattern has been consistent across both years.
"""),
        ("stakeholders", "Involvement", """
<<S:The college's welfare officers and student support managers worked with our clinicians over a term
to write the warning signs checklist, and they cut our original two pages down to one side because, as
one put it, 'nobody reads page two at five o'clock on a Friday'.>> <<S:Open Harbour's counsellors
suggested the step-up route after describing students they had been unsure about, and together we agreed
the criteria for moving a student to specialist care.>> <<S:The adult eating disorder team tested joint
assessments for six months and asked us to add a shared care plan so that the young person does not have
to tell their story twice.>> <<S:College sports and hairdressing tutors, who said they were the ones most
likely to notice physical signs, asked for a short briefing that fits into a staff meeting, and we
rewrote the training to twenty minutes as a result.>>

The students themselves benefit most directly. We invited students to complete a questionnaire about
the drop-in in its first term; 140 responded, the comments were positive, and the drop-in carried on
unchanged. Parents of students referred are given a leaflet about the service. Students did not help
design First Signs, which we regret, and we are planning a student advisory group with Open Harbour for
next year.
"""),
        ("value", "Value", """
The drop-in and duty line use about four hours of clinician time a week, roughly £15,000 a year. A
hospital admission for medical stabilisation of a young person with an eating disorder can cost £20,000
or more, and recovery is far harder once someone has been severely unwell. The college says its staff
now feel confident about when to act.
"""),
        ("spread", "Spread", """
The trust is extending First Signs to the two sixth form colleges in Tanfield from September 2025. We
have shared the checklist with the regional eating disorder network and with the county's schools
mental health support teams.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1541  warm handover from a voluntary crisis line to an ambulance mental
#        health clinician - docx - numbered questions with cover bullets -
#        charity service director, plain - crisis line charity with the
#        ambulance service, police and mental health trust - callers and
#        staff involved - NO quantitative evidence (activity counts, a single
#        percentage, a target, a zero with no earlier figure)
# ---------------------------------------------------------------------------
entry(
    id="I1541", format="docx", layout="numbered_questions", topic="crisis_line_warm_handover_ambulance",
    project="independent97-warmhandover-1541", docx_font="Calibri",
    title="Warm Handover: connecting crisis line callers at immediate risk straight to an ambulance mental health clinician",
    cover=[
        "Entrant: Lantern Line (registered charity), a 24-hour listening line for people in distress",
    ],
    cover_bullets=[
        "Partner: Northmoor Ambulance Service NHS Trust (Mental Health Clinical Hub)",
        "Partner: Wyvern Vale Police",
        "Partner: Northmoor and Wyvern Mental Health NHS Trust (Crisis Resolution Service)",
        "Contact: Service Director, Lantern Line",
    ],
    primary_entrant=dict(name="Lantern Line", type="charity"),
    partners=[
        dict(name="Northmoor Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Wyvern Vale Police", type="emergency_service"),
        dict(name="Northmoor and Wyvern Mental Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. Why was the partnership needed?", """
Lantern Line answers around 40,000 calls a year from people in distress across Northmoor and Wyvern
Vale. Most callers want to talk and be listened to. A small number tell us they have already taken an
overdose, are standing somewhere high, or have the means to end their life with them. For those callers
our only option used to be to ask them for their address and dial 999 ourselves, or to ask the police to
do a welfare check.

This worked badly for everyone. Callers often hung up when we said we would call 999, because they were
frightened of police arriving at the door. When we did get through, we had to explain the situation to a
999 call handler who then had to triage it all over again, while the caller waited on our other line.
<<S:Police officers told us that they were being sent to situations where what the person needed was a
mental health clinician, not a police car.>> And we rarely found out what happened next, which was hard on
the people who take our calls.

In 2022 a woman called us at 2am having taken a large overdose. She would not give her address because
she was scared of the police. Our shift supervisor stayed on the line for ninety minutes while trying to
get help, and she was eventually found by a neighbour. She lived, but our team felt that the system had
let her and us down.

Warm Handover, which started in May 2023, lets our shift supervisor transfer a caller at immediate risk,
with their agreement, directly to a mental health clinician in the ambulance service's clinical hub,
without hanging up. The clinician can talk to the caller, decide whether an ambulance, the crisis team
or the police is needed, and in many cases send a mental health response car staffed by a paramedic and
a mental health nurse. The police are asked to attend only where there is an immediate threat to life
that the ambulance cannot manage, or a weapon is involved.

Setting this up took more than a year. We had to agree how a charity's call could be transferred into
an NHS clinical system without losing the caller, what information we could share without the caller's
consent when their life was in danger, and who would be responsible for the caller at each moment of the
handover. The answer to the last question turned out to be simple: Lantern Line stays on the line until
the hub clinician says, out loud, that they have the caller, and the supervisor records that moment. The
protocol also covers what happens when the hub is busy, when a caller refuses any help, and when a
caller is outside our area, in which case the hub passes the call to the neighbouring ambulance service's
hub.
"""),
        ("evidence", "2. What evidence is there that care is safer?", """
In the first eighteen months, 412 callers were handed over to the clinical hub. The ambulance service
sent a mental health response car to 173 of them and an emergency ambulance to 88. The crisis team
followed up 131 the next day.

96% of handovers were answered by a hub clinician within two minutes, against our agreed target of
90%. Police welfare checks requested by Lantern Line in the same period numbered 41.

No caller who was handed over is known to have died by suicide within a month of the call. The
ambulance service's reviews of a sample of 60 handovers found that the hub clinician's decision was
appropriate in every case. Our shift supervisors' impression is that callers are more willing to stay on
the line when they hear that the next voice will be a nurse or paramedic rather than the police.
"""),
        ("stakeholders", "3. How were patients and staff involved?", """
<<P:We asked people who had called us in a crisis, through our supporters' network, what would have
made them accept help, and the most common answer was 'not the police', which is why the handover goes
to a clinician first.>> <<P:Four of them listened to recordings of mock handovers and told us the script
sounded like we were passing them on, so we changed it to introduce the clinician by first name and to
stay on the line for the first minute.>>

<<S:Our shift supervisors designed the handover script with the hub's mental health nurses over six
sessions, and asked that the hub phone a supervisor back within 24 hours to say what happened, which now
happens for every handover.>> <<S:Paramedics on the mental health response cars tested the referral
information and asked us to collect a description of where the person is, not only an address, because
many callers are outdoors.>> <<S:Police control room inspectors helped write the short list of
situations in which the police still attend.>>
"""),
        ("value", "4. What has been the impact on staff and patient experience, and value for money?", """
The handover line was set up within the ambulance service's existing clinical hub, with a dedicated
number funded by the integrated care board at about £9,000 a year. Our supervisors say that being told
what happened after a call has made a real difference to how they cope with difficult shifts. A mental
health response car is cheaper than an emergency ambulance and a trip to the emergency department, and
police time is freed for other calls.

For callers, the main change is that they can be offered help without the fear that has kept many of
them from accepting it. For our supervisors, it is the knowledge that they are no longer on their own at
three in the morning with someone who has taken an overdose.
"""),
        ("spread", "5. How has the learning been shared?", """
We have shared the script and protocol with the national network of listening services and with two
other ambulance services that run mental health hubs. The police have used the approach in their
guidance on mental health calls from third parties. We hope other crisis lines will be able to connect
to their local ambulance services in the same way.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1542  primary care support for families bereaved by suicide - pdf - form
#        table with a cover table - ICB mental health commissioner, formal -
#        ICB with the police, the council and a suicide bereavement charity -
#        bereaved families and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1542", format="pdf", layout="form_table", topic="suicide_bereaved_families_primary_care_support",
    project="independent97-aftertheknock-1542", pdf_font="LiberationSerif",
    title="After the Knock: making sure families bereaved by suicide are known to their GP and offered support",
    cover_table=[
        ("Entry title", "After the Knock: making sure families bereaved by suicide are known to their GP and offered support"),
        ("Lead organisation", "NHS Thornwick and Esk Valley Integrated Care Board"),
        ("Partner organisations", "Thornwick and Esk Police; Esk Valley Council (Public Health); Still Here Suicide Bereavement Support (charity)"),
        ("Entrant", "Head of Mental Health Commissioning and Suicide Prevention Lead"),
    ],
    primary_entrant=dict(name="NHS Thornwick and Esk Valley Integrated Care Board", type="icb"),
    partners=[
        dict(name="Thornwick and Esk Police", type="emergency_service"),
        dict(name="Esk Valley Council", type="local_authority"),
        dict(name="Still Here Suicide Bereavement Support", type="charity"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its patient safety goals.", """
People bereaved by suicide are themselves at higher risk of dying by suicide, particularly close family
members in the first year. In Thornwick and Esk Valley, around 70 people die by suicide each year, and
each death leaves behind parents, partners, children and friends who are often in shock, isolated and
unsure where to turn.

Until 2022, what happened to a bereaved family depended largely on luck. The police officer who
delivered the news might leave a leaflet, or might not. The family's GP practice usually found out weeks
later, if at all, often from the coroner's paperwork or when a relative happened to mention it in an
appointment. Support from the local bereavement charity was available but few families were referred to
it, because nobody was responsible for making the referral. We reviewed the records of relatives who had
themselves died by suicide or been admitted after serious self-harm in the five years before, and found
that in several cases their own GP had no record that they had lost someone.

After the Knock is a simple pathway. When police officers inform a family of a suspected suicide, they
now ask the next of kin whether they consent to being contacted by Still Here, and whether Still Here may
let the GP practices of close family members know. Still Here aims to contact the family within 72 hours.
With consent, it sends a short notification through the ICB's secure system to each relative's GP
practice, which adds a code to their record and offers a proactive appointment or call within two weeks.
The council's public health team runs the real-time suspected suicide information system that triggers
the pathway, and checks weekly that every family has been offered support.

Our safety goals were that every family bereaved by suicide would be offered support within a week, and
that the GP of every close relative who agreed would know within a fortnight.

The pathway had to overcome some real obstacles. Police forces are understandably careful about sharing
information about a death before an inquest. GP practices had no agreed code for bereavement by suicide
and worried about recording something that had not yet been confirmed by a coroner. Families are often
in no state to make decisions on the day. The consent question is therefore kept short, families can
agree later by contacting Still Here directly, and the GP notification says 'suspected suicide' until the
inquest has concluded. Where a family does not want contact, that is respected and recorded, and Still
Here makes one further gentle offer by letter after a month.
"""),
        ("evidence", "What evidence is there of improvement in safe care as a direct result of the partnership?", """
The pathway started in October 2022. We compare the eighteen months before with the eighteen months
after.

<<Q:The proportion of families bereaved by suicide who were offered specialist support within seven days
of the death rose from 22% to 84%.>> <<Q:The proportion of close relatives whose GP practice recorded the
bereavement within a month rose from an estimated 10% to 77% among those who consented.>> <<Q:Emergency
department attendances for self-harm by people known to have been bereaved by suicide in the previous
year fell from 17 to 8.>>

Still Here has supported 164 families through the pathway. GP practices have offered 311 proactive
appointments. Some families have declined support at first and come back months later, which the pathway allows. We recognise the numbers are small and we will keep watching them over a longer period.
"""),
        ("stakeholders", "How were patients, service users and staff involved?", """
<<P:A group of nine bereaved parents, partners and siblings, brought together by Still Here, met us six
times to shape the pathway, and they told us that the one moment everyone remembers is the knock on the
door, so the offer of support should start there.>> <<P:The same group wrote the words that police
officers now use to ask for consent, and asked that the offer be repeated in writing because nobody
takes anything in on the day.>> <<P:One father asked that GP practices avoid sending routine reminder
letters addressed to the person who died, and the notification now prompts the practice to check for
this.>>

<<S:Police family liaison officers and response sergeants tested the consent question for three months
and asked for a small card to hand over rather than a form to fill in, which we produced.>> <<S:GP
practice managers from four practices piloted the notification and the code, and they suggested the
offer should be a phone call from a named clinician rather than a letter, which is now the standard.>>
<<S:Coroner's officers helped us decide when the pathway should start for deaths that are not yet
confirmed as suicide.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The pathway costs about £62,000 a year, mostly for an extra support worker at Still Here, and is paid
for from the ICB's suicide prevention allocation. A single suicide has been estimated to cost society
well over £1.5 million. Families tell us it matters that someone reached out to them instead of
waiting for them to ask. Police officers say they feel better able to leave a family knowing there is
somewhere for them to go.
"""),
        ("spread", "How has the work been shared and spread?", """
The pathway has been included in the regional suicide prevention strategy, and two neighbouring ICBs
are adapting it. The consent card and GP notification template are available to any area that asks.
Still Here has presented the work at the national suicide bereavement support conference.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1543  two-week follow-up for young adults starting antidepressants - pdf
#        - CAPS headings - PCN clinical pharmacist, brisk - primary care
#        network with the local pharmaceutical committee and the talking
#        therapies service - staff involved - NO patient involvement (texts
#        and leaflets, a group only informed, a questionnaire that changed
#        nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1543", format="pdf", layout="caps_headings", topic="antidepressant_early_follow_up_young_adults",
    project="independent97-twoweekcheck-1543", pdf_font="LiberationSans", pdf_align="L",
    title="The Two Week Check: early follow-up for 18 to 25 year olds starting antidepressants",
    cover=[
        "Lead organisation: Hollowmere Primary Care Network (eight GP practices)",
        "Partners: Hollowmere Local Pharmaceutical Committee; Greystone Community NHS Trust (Hollowmere Talking Therapies)",
        "Submitted by the PCN Lead Clinical Pharmacist",
    ],
    primary_entrant=dict(name="Hollowmere Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Hollowmere Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Greystone Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Young adults who start an antidepressant face a known risk. In the first weeks of treatment, before the
medicine starts to help, some people, particularly those under 25, experience more agitation and more
suicidal thoughts. National guidance says people in this age group should be reviewed within a week or
two of starting. In our eight practices, with around 13,000 patients aged 18 to 25, that was not
happening reliably.

An audit in early 2023 found that only about a third of young adults who started an antidepressant had
any contact with a clinician in the following fortnight. The usual plan was 'review in four weeks', and
with appointment pressure that often became six or eight. Many stopped their medicine in the first
month because of side effects, without telling anyone. Community pharmacists dispensing the first
prescription did not know the person was new to treatment or young, and talking therapies had no idea
that a referral had come with a new medicine.

Two young men in our area died by suicide within a month of starting an antidepressant during 2022. The
learning reviews found that neither had been contacted after the first appointment.

Our goals were that every young adult starting an antidepressant would be contacted within two weeks,
that anyone whose suicidal thoughts had got worse would be seen the same day, and that nobody would stop
their treatment in the first month without a conversation about it.

The work needed three kinds of organisation. The GP practices start the medicine and hold the record. The
community pharmacies see the young person when they collect the first prescription and can offer a
structured consultation under the national New Medicine Service, but only if they know the medicine is
new. And talking therapies can offer psychological treatment that often matters as much as the tablet,
but only if the referral is made. None of the three could close the gap alone.

We chose the age range 18 to 25 because that is where the warning about early suicidal thoughts
applies, and because this group is the least likely to come back for a review on its own. Many are
students or in insecure work, move address often, and do not think of the GP practice as somewhere they
go regularly.
"""),
        ("evidence", "WHAT THE RESULTS SHOW", """
Since June 2023, any patient aged 18 to 25 who starts an antidepressant gets a 'Two Week Check' code on
their record. This triggers three things: the PCN's clinical pharmacists or mental health practitioners
call the person between day 7 and day 14; the prescription is flagged to the community pharmacy as a new
medicine for a young adult so that the pharmacist offers a consultation under the New Medicine Service;
and, with consent, a referral is sent to talking therapies the same week.

<<Q:The proportion of young adults starting an antidepressant who had clinical contact within 14 days
rose from 34% to 81%.>> <<Q:The share who stopped their antidepressant in the first month without any
review fell from 29% to 12%.>> <<Q:Emergency department attendances for self-harm among 18 to 25 year
olds in the eight weeks after starting an antidepressant halved, from 14 in the year before the check to
7 in the year after.>>

The pharmacists and practitioners made 1,046 calls in the first year. In 2023/24, 1,203 young adults in the network started an antidepressant. Community pharmacies completed
512 New Medicine Service consultations for this group.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Community pharmacists from twelve pharmacies met with our clinical pharmacists to design the flag on
the prescription, and asked for it to say 'new to treatment, under 25' in plain words because existing
codes were being missed.>> <<S:The PCN's mental health practitioners wrote the call script with GPs and
changed it after the first month so that the call always asks directly about suicidal thoughts rather
than leaving it to the end.>> <<S:Talking therapies staff asked for the referral to include the start
date of the medicine, so their assessors know where the person is in the first weeks.>>

Young adults who start treatment are sent a text message explaining that they will receive a call, and
given a leaflet with crisis numbers. The PCN patient participation group was informed of the scheme at
its meeting in May 2023. We sent a questionnaire to 200 patients after their call; the answers were
generally positive and we did not change anything. We intend to ask young people to help us review the
text message wording in 2025.
"""),
        ("value", "VALUE", """
The calls take around fifteen minutes each, from existing PCN roles funded by the Additional Roles
Reimbursement Scheme. New Medicine Service consultations are paid for under the national pharmacy
contract. Avoided emergency department attendances and admissions after self-harm save money, and a
single suicide prevented is beyond price for a family.
"""),
        ("spread", "SPREAD", """
The integrated care board has asked the other five PCNs in the area to adopt the Two Week Check from
April 2025. The LPC has shared the pharmacy flag with neighbouring committees, and the search and code
are available to any practice using the same clinical system.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1544  medical risk in people with severe eating disorders in the
#        emergency department - docx - style headings - emergency medicine
#        consultant, direct - acute trust with the mental health trust's
#        eating disorder service and a families' network - families, people
#        with lived experience and staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1544", format="docx", layout="style_headings", topic="eating_disorder_medical_risk_emergency_department",
    project="independent97-notjustdischarge-1544", docx_font="Cambria",
    title="Not Just Another Discharge: recognising medical danger in people with severe eating disorders in the emergency department",
    cover=[
        "Lead organisation: Brantwood University Hospitals NHS Trust (Emergency Department)",
        "Partners: Ferrisdale Mental Health NHS Foundation Trust (Adult Eating Disorder Service); Eastway Eating Disorders Family Network",
        "Lead author: Consultant in Emergency Medicine",
    ],
    primary_entrant=dict(name="Brantwood University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Ferrisdale Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="Eastway Eating Disorders Family Network", type="patient_group"),
    ],
    sections=[
        ("context", "Context", """
People with severe anorexia can look deceptively well. They may walk into the emergency department,
talk calmly and insist they are fine, while their heart rate is in the thirties, their blood sugar is
low and their potassium is at a level that could stop their heart. Normal observations can be reassuring
in exactly the wrong way, because a young person with a very low body weight may not mount a fever or a
fast pulse.

We found in 2022 that our department was not good at this. We reviewed 60 attendances by people with a
known or suspected eating disorder over the previous year. Fewer than one in five had a documented risk
assessment of the kind recommended in national guidance on medical emergencies in eating disorders.
Several were discharged with abnormal bloods and no plan. Seven returned within 72 hours needing
admission for medical instability, and one young woman was admitted to intensive care with refeeding
problems after being sent home the first time.

The eating disorder service knew these patients well but had no way of knowing when they arrived in our
department. <<P:Families told us they had often said 'she has an eating disorder' at triage and felt nobody
heard it, and that is where our redesign began.>>

Working with Ferrisdale's adult eating disorder service and the Eastway families' network, we built four
things. An eating disorder risk tool was added to the department's electronic record, prompting the
right observations, bloods, an ECG and a sit-up-squat-stand test. An alert flags people known to the
eating disorder service when they are registered in the department. A direct phone line to the eating
disorder consultant on call is available seven days a week. And no one with a red score can be
discharged without a senior decision and a call to that line.

We also changed what happens when someone is admitted. People with an eating disorder who need
medical stabilisation used to wait in the department for a bed on a general medical ward, where staff
were unfamiliar with refeeding. They are now admitted to one of two named acute medical wards, where the
nurses have had training from the eating disorder service and a shared refeeding protocol is in place,
and an eating disorder nurse visits every weekday. People who are safe to go home leave with a written
plan, a blood test booked for the next few days, and an appointment with the eating disorder service. None of this required new money or new posts. It required the two trusts to agree who does what, and
to write it down in a way that a locum doctor at four in the morning can follow.
"""),
        ("evidence", "Evidence of improvement", """
The changes were in place from January 2023. We repeated the audit on all attendances by people with an
eating disorder in 2023 and in the first half of 2024.

<<Q:Documented eating disorder risk assessments rose from 18% of attendances to 79% in 2023 and 86% in
the first half of 2024.>> <<Q:Returns within 72 hours needing admission for medical instability fell
from seven in the baseline year to one in 2023.>> <<Q:The time from arrival to the eating disorder
service being contacted about a known patient went from a median of 19 hours to under 2 hours.>>

There were 147 attendances by people with an eating disorder in 2023. The direct line was used 112
times.

We have not yet been able to measure the effect on refeeding complications on the wards, because the
numbers are small and the coding is unreliable, and this is the next piece of work for the partnership.
"""),
        ("value", "Value", """
The risk tool was built by the trust's digital team in existing time. The eating disorder consultant line
is part of the mental health trust's existing on-call rota. Each avoided readmission for medical
instability saves an admission of several days, and an intensive care stay costs over £2,000 a day.

For patients and families the difference is being believed. For our staff it is the confidence that comes
from knowing what to check and who to call.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<P:Members of the Eastway families' network described to our nurses what it was like to be dismissed at
triage, and parents in the network asked for a way to tell us about the eating disorder before arrival,
which led to the alert.>> <<P:Two women who had been treated for anorexia reviewed the wording of the
risk tool and asked that the sit-up-squat-stand test be explained before it was done, because being asked
to squat without a reason felt like being tested on their exercise, and the explanation is now part of
the prompt.>>

<<S:Emergency nurses and junior doctors tested the risk tool on paper for two months and told us which
questions they could not answer at triage, and those were moved to the medical assessment.>> <<S:The
eating disorder consultants and the acute physicians agreed together which results should trigger
admission and which could be managed at home with the eating disorder team's follow-up.>> <<S:Our
biochemistry laboratory staff suggested adding phosphate and magnesium to the standard blood set, which
we did.>>
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1545  moderating an online self-harm peer support forum - docx - no
#        headings, long - charity chief executive, conversational - charity
#        with the mental health trust and the ICB - forum members and staff
#        involved - NO quantitative evidence in the evidence section (counts,
#        a target, a zero with no earlier figure) but a measured change in the
#        value section
# ---------------------------------------------------------------------------
entry(
    id="I1545", format="docx", layout="no_headings", topic="online_self_harm_peer_forum_moderation",
    project="independent97-safespaceonline-1545", docx_font="Georgia",
    title="Safe Space Online: making sure nobody in danger on a self-harm peer support forum goes unnoticed",
    cover=[
        "Quieter Waters (registered charity) with Greyhaven Mental Health NHS Foundation Trust and NHS Greyhaven and Lowther Integrated Care Board",
        "Written by our Chief Executive, Naomi Okafor",
    ],
    primary_entrant=dict(name="Quieter Waters", type="charity"),
    partners=[
        dict(name="Greyhaven Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Greyhaven and Lowther Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", None, """
Quieter Waters started eleven years ago as a handful of people who had self-harmed talking to each other
on a message board set up by one of our founders in her spare room. Today our online forum has about
3,400 active members, most of them aged between 16 and 30, and it is open all day and all night. People
come to talk about urges, to share how they got through a bad night, to ask how to look after a wound, or
simply to be somewhere where nobody will tell them they are attention-seeking. We know from what members
tell us that, for many of them, it is the only place they talk about self-harm at all.

That openness is the point of the forum, and it is also what makes it risky. Every so often a post is
not about coping. It says, in one way or another, that the person has taken something, or is about to,
or is saying goodbye. For years our response depended on who happened to be online. Our small team of
paid moderators worked office hours, and at night the forum was watched by volunteers who did their best
but had no way of reaching anyone except by dialling 999 with whatever scraps of information they had:
a username, perhaps a town. More than once we did not know for days whether the person was alive.

There was also the question of harmful content. A forum about self-harm can slip into sharing methods,
comparing wounds or encouraging each other, and young people who are already at risk can be pulled in.
Our rules said no to all of that, but we could not always enforce them quickly enough, especially
overnight.

In 2022 we went to the crisis team at Greyhaven and to the integrated care board and said, frankly, that
we were holding a great deal of risk on our own. What came out of those conversations is Safe Space
Online. We now have paid moderators on shift around the clock, funded jointly with the ICB. Every post is
screened within minutes by a moderator, helped by a keyword tool that puts posts with certain words at
the top of the queue. When a post suggests someone is in immediate danger, the moderator messages them
privately and, if they cannot be made safe, calls a dedicated line into the Greyhaven crisis team, which
can check its own records, contact the person's GP or the police, and send help. Members agree when they
join that we may share information in an emergency, and we remind them of that every few months. We also
tightened our rules on images and method talk, and we now remove harmful posts and explain why to the
person who wrote them, rather than simply deleting them without a word.

It is worth saying what Safe Space Online is not. It is not a clinical service and our moderators are
not therapists. We do not try to treat anyone. What we offer is a place where people can be honest, watched
over by people who know when honesty has tipped into danger and who have a clear, fast route to someone
who can act. The crisis team, for its part, does not run the forum or decide what members may say; it
simply answers the phone when we need it, day or night, and tells us afterwards what happened so that we
can support the member when they come back online.

We also thought hard about the young people who read the forum but never post. <<P:Many members tell us they
lurked for months before writing anything.>> For them, the way a risky post is handled is visible to
everyone, and a calm, kind response from a moderator shows them what help looks like. That is one reason
we now reply publicly to a worrying post with a short message saying that a moderator has been in touch,
rather than leaving the thread to fill with anxious replies from other members.
"""),
        ("evidence", None, """
Safe Space Online has now been running for two years. In that time moderators have screened around
41,000 posts and replies. They escalated 212 posts as possible immediate danger, and 63 of those were
passed to the crisis team on the dedicated line. Our aim is for every high-risk post to be seen by a
moderator within fifteen minutes, day or night, and in the last year that happened for 96% of them. The
crisis team traced the person in all but four cases. We know of no member who died after a post that we
had escalated.

We also audit a sample of removed posts each month with the crisis team's clinical lead. These reviews
have found that moderators now explain removals in almost every case, and members have generally
accepted the reasons.
"""),
        ("stakeholders", None, """
None of this was designed in an office. <<P:We asked forum members, in a pinned thread that stayed open
for a month, what would make them trust us to share information in an emergency, and they told us that
they would accept it as long as we always told them ourselves first, which is now our rule.>> <<P:A
group of long-standing members rewrote our community rules line by line, and it was they who suggested
we explain removals instead of deleting posts silently, because a silent deletion felt like being
thrown out.>> <<P:They also drew up the list of words the screening tool looks for, which is very
different from the list we started with, because members know how people really talk about these things
online.>>

<<S:Our moderators and the crisis team's practitioners met every fortnight for the first six months to
go through real escalations, and they agreed the short form of information the crisis team needs, which
moderators now use every time.>> <<S:The moderators asked for a debrief with a crisis team clinician
after any distressing night, and that became a standing Monday session.>> <<S:Crisis team call handlers
tested the dedicated line and asked us to give a member's last known location and the time of the post,
which we had not been including.>>
"""),
        ("value", None, """
Safe Space Online costs about £210,000 a year, of which the ICB funds £140,000 and we raise the rest.
For that, a population of young people who often avoid services has a safe place to talk all night,
watched by people who know what to do. Every escalation that reaches the crisis team in time is a
possible death or serious injury avoided.

It has also changed things for the people who do the watching. Before, our night volunteers carried
enormous worry home with them. <<Q:Since the Monday debriefs began, sickness absence among our moderators
has fallen from an average of eleven days a year to four.>> Two moderators who had been thinking of
leaving have stayed.

Members tell us in their own words that the forum feels safer and fairer.

There are wider savings too, though we cannot count them precisely. A young person who is reached by
the crisis team at home at two in the morning, rather than found hours later, may avoid an intensive care
admission. A member who is helped to see their GP the next day may get treatment months earlier than they
otherwise would. And a forum that young people trust keeps them talking to somebody, which is often the
first step to talking to services.
"""),
        ("spread", None, """
We have written up our moderation guidance and the escalation agreement and shared them with the other
peer support forums we know of through a national network of online mental health communities. Two of
them are now talking to their local crisis teams about a similar arrangement. The crisis team has also
offered the dedicated line to a young people's counselling service in the area, and the ICB is keen to
use the same model with other online services that young people in Greyhaven use.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1546  out-of-hours crisis text support for university students - pdf -
#        lists - PRIVATE digital company as primary entrant, with a
#        university and a mental health trust (ineligible) - head of
#        partnerships, upbeat - students involved - NO staff involvement
#        (crisis team staff trained, wellbeing staff sent a briefing, a
#        clinical lead, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1546", format="pdf", layout="bullet_lists", topic="student_crisis_text_service_out_of_hours",
    project="independent97-textafterdark-1546", pdf_font="LiberationSans", pdf_align="L",
    title="Text After Dark: out-of-hours crisis text support for university students, with handover to the NHS crisis team",
    cover=[
        "Submitted by Brightwell Digital Care Ltd",
        "Working with the University of Stanmoor and Stanmoor and Ley Mental Health NHS Trust",
        "Contact: Head of Partnerships, Brightwell Digital Care Ltd",
    ],
    primary_entrant=dict(name="Brightwell Digital Care Ltd", type="private"),
    partners=[
        dict(name="University of Stanmoor", type="university"),
        dict(name="Stanmoor and Ley Mental Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why Text After Dark", """
Brightwell runs text-based mental health support for organisations. In 2022 the University of Stanmoor
asked us to help with a problem it had struggled with for years.

- the university's wellbeing service is open 9am to 5pm on weekdays; most student crises happen at night and at weekends

- <<P:students told the university they would not phone a helpline, but would send a text, which is why the service is text-based>>

- when students did reach the NHS crisis line out of hours, the crisis team did not know they were students, and the university found out days later, if at all

- in 2021/22 the university recorded 37 out-of-hours emergencies involving students, including two deaths by suicide

What Text After Dark does, since October 2022:

- any Stanmoor student can text a short number between 5pm and 9am and at weekends and reach a trained crisis text volunteer, supervised by a Brightwell clinician

- if a student describes immediate risk, the clinician can, with the student's agreement, hand the conversation to the NHS crisis team through a secure link, with a written summary so the student does not have to start again

- the next working morning, with consent, the university's wellbeing service receives a short note and contacts the student
"""),
        ("evidence", "Results", """
We compared 2021/22, the year before the service, with 2023/24.

- <<Q:out-of-hours emergencies involving students where the university had no contact with the student in the following week fell from 21 to 5>>

- <<Q:the time from a student in crisis first reaching out to being assessed by the crisis team dropped from an average of 3 hours 20 minutes to 48 minutes for handed-over conversations>>

- <<Q:ambulance call-outs to student halls for self-harm or overdose went down from 44 to 29>>

- 2,910 text conversations took place in 2023/24, and 118 were handed over to the crisis team

- the wellbeing service followed up 704 students the next morning
"""),
        ("stakeholders", "Who was involved", """
- <<P:a group of fourteen students recruited by the university tried early versions of the service and told us that our opening message felt like a bank chatbot, so they rewrote it>>

- <<P:the same students asked for the option to choose a nickname, not their real name, until they were ready to share it, which is how the service now works>>

- <<P:a student who had been in crisis during her first year spoke to us about what she wished had happened, and her suggestion of a next-morning check-in became the follow-up note to the university>>

- the protocol for handovers was written by our clinical lead, Dr Hannah Groves

- 38 crisis team practitioners were trained in using the secure link

- university wellbeing staff were sent a briefing pack and a recorded webinar

- we sent a feedback survey to crisis team staff after six months; the results were encouraging and no changes were made

- we are planning a practitioner user group for 2025
"""),
        ("value", "Value", """
- the university pays a fixed annual fee of £64,000 for the service

- the crisis team receives handovers through its existing duty system at no extra cost

- each student kept safe overnight may avoid an emergency department visit, an admission or worse
"""),
        ("spread", "Spread", """
- two more universities in the region have signed up for 2025

- we have shared the handover summary format with NHS England's crisis line programme

- Brightwell is in talks with a further education college group about a version for students aged 16 to 18
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1547  next-day follow-up calls for people seen by ambulance crews after
#        self-harm and not taken to hospital - pdf - with appendix -
#        ambulance mental health lead, practical - ambulance service with a
#        listening line charity and the mental health trust - staff involved
#        - NO patient involvement (people called, feedback cards that changed
#        nothing, a negation, a planned panel)
# ---------------------------------------------------------------------------
entry(
    id="I1547", format="pdf", layout="with_appendix", topic="ambulance_self_harm_next_day_follow_up",
    project="independent97-nextday-1547", pdf_font="DejaVuSans", pdf_align="L",
    title="Next Day, Not Never: follow-up for people the ambulance service sees after self-harm and does not take to hospital",
    cover=[
        "Lead organisation: Harrowdene Ambulance Service NHS Trust",
        "Partners: Open Line Harrowdene (charity); Harrowdene and Marsh Mental Health NHS Trust",
        "Entry prepared by the Head of Mental Health and Clinical Hub",
    ],
    primary_entrant=dict(name="Harrowdene Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Open Line Harrowdene", type="charity"),
        dict(name="Harrowdene and Marsh Mental Health NHS Trust", type="nhs_trust"),
    ],
    trailer=[
        ("heading", "Appendix: timeline and terms used"),
        ("text", "March 2022: first meeting of the three partners. September 2022: pilot in the Marsh division. April 2023: service extended to the whole of Harrowdene. January 2024: mental health trust crisis team joins the daily call list."),
        ("text", "Non-conveyance: an ambulance attendance where the patient is assessed and treated but not taken to hospital. Clinical hub: the ambulance service's team of remote clinicians. Safety plan: a short written plan agreed with the person, listing warning signs, things that help and who to contact."),
    ],
    sections=[
        ("context", "The problem", """
Ambulance crews in Harrowdene attend around 6,000 calls a year where someone has harmed themselves or
is thinking about suicide. About four in ten of those people are not taken to hospital. Often that is
the right decision: the injury is minor, the person does not want to go, and a long wait in an emergency
department would do more harm than good. But until 2022, once the crew left, that was usually the end of
it. The crew might leave a leaflet or advise the person to see their GP. Nobody checked the next day.

We know from national studies that the days after an episode of self-harm carry a much higher risk of
suicide, and that contact in that period can make a difference. When we looked at our own records, we
found people who had been attended three, four or five times in a month without any other service
knowing. <<S:Crews found it distressing too: several told us they went home worrying about someone they had
left in a flat on their own.>>

Next Day, Not Never is a follow-up service run jointly with Open Line Harrowdene, a local listening line
charity, and the mental health trust. When a crew attends someone after self-harm and does not take them
to hospital, the crew asks the person whether they would like a call the next day. With consent, the
details go automatically to a daily list. Open Line's trained call workers ring the person within 24
hours, talk through how they are, help them finish a simple safety plan, and offer ongoing calls for up
to two weeks. Anyone who sounds at high risk is passed straight to the crisis team, which has access to
the same list.

A lot of thought went into the consent and information parts. The crew records consent in the
electronic patient record, and only the person's name, phone number, the date of the attendance and a
short note of what happened go on the daily list. Open Line's call workers do not see the full clinical
record. If the call worker cannot reach the person after three attempts over two days, they tell the
crisis team, which decides whether further action is needed. The list is checked each morning by the
clinical hub so that anyone who has been attended again overnight is picked up.
"""),
        ("evidence", "What the evidence shows", """
The service started as a pilot in one division in September 2022 and covered the whole county from April
2023. We compare 2021/22 with 2023/24 for the whole county.

<<Q:The proportion of people attended after self-harm and not taken to hospital who had any follow-up
contact within 48 hours rose from under 5% to 63%.>> <<Q:Repeat ambulance attendances for self-harm
within 30 days among this group fell by about a third, from 1,104 to 742.>> <<Q:Emergency department
attendances for self-harm within seven days of an ambulance visit at which the person was not taken to
hospital fell from 388 to 251.>>

Open Line made 2,236 follow-up calls in 2023/24, and 81% of people agreed to at least one call.
"""),
        ("stakeholders", "Who was involved", """
<<S:Paramedics and emergency care assistants from the Marsh division tested the consent question during
the pilot and told us that asking 'would it be OK if someone gave you a ring tomorrow?' worked far better
than the formal wording, so that is now in the electronic record.>> <<S:Open Line's call workers and
their supervisors wrote the follow-up call guide together with crisis team nurses, and added a question
about access to medicines at home after the first month.>> <<S:Clinical hub clinicians suggested that
crews should be able to see whether someone was already on the follow-up list, to avoid asking twice,
and that flag now appears on the crew's screen.>>

The people who receive calls are the reason for the service. We posted feedback cards to 500 people who
had had calls; the replies were kind and grateful and the service continued as it was. People who use the
service were not involved in its design, because of the speed at which the pilot was set up, and we are
recruiting a lived experience panel with the mental health trust to review it in 2025.
"""),
        ("value", "Value", """
The service costs around £110,000 a year, mostly for Open Line's call workers, and is funded by the
integrated care board. Each repeat ambulance attendance avoided saves around £300, and each avoided
emergency department visit and admission much more. Crews tell us they leave people with more
confidence that someone will be in touch.
"""),
        ("spread", "Spread", """
The service has been presented to the national ambulance mental health leads group, and two other
ambulance services have asked for our consent wording and call guide. Open Line is now also calling
people discharged from the emergency department after self-harm, at the request of the acute trust.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1548  acetylcysteine for paracetamol overdose - pdf via soffice - style
#        headings - departments of ONE acute trust, no partner (ineligible) -
#        emergency pharmacist, precise - patients and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1548", format="pdf", layout="style_headings", render_via="soffice",
    topic="paracetamol_overdose_acetylcysteine_errors",
    project="independent97-rightdose-1548", docx_font="Calibri",
    title="Right Dose, Right Time: safer acetylcysteine treatment for paracetamol overdose",
    cover=[
        "Entrant: Castle Hythe Hospitals NHS Foundation Trust",
        "A partnership between the Emergency Department, Pharmacy, the Acute Medical Unit, Clinical Biochemistry and the Hospital Liaison Mental Health Team",
        "Contact: Lead Pharmacist, Emergency and Acute Medicine",
    ],
    primary_entrant=dict(name="Castle Hythe Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background and aims", """
Paracetamol overdose is the most common form of self-poisoning seen in our emergency department, with
around 650 presentations a year, many of them young people. The antidote, acetylcysteine, is very
effective if it is given in time and at the right dose. But the traditional regimen was complicated: three
separate bags over 21 hours, each with a different dose calculated by weight, and each needing to be
prescribed and made up correctly.

Errors were common. Our pharmacy team found in 2022 that about one in five acetylcysteine prescriptions
had an error, most often the wrong weight, a missed bag or a gap between bags while the patient moved from
the emergency department to the acute medical unit. Treatment was sometimes started late because staff
waited for a blood level when the guidance says not to wait in certain cases. Patients were attached to
drips for nearly a day, which some found unbearable, and some left before the treatment was finished.

We brought together the emergency department, pharmacy, the acute medical unit, clinical biochemistry and
the hospital's liaison mental health team. Our aim was to give every patient the right dose at the right
time, complete their treatment, and make the experience less of an ordeal.

The changes were: a switch to the shorter two-bag, twelve-hour regimen now used in many UK hospitals; an
electronic prescribing order set that calculates every bag from a measured weight; pre-printed bag
labels; a rule that treatment starts without waiting for blood results in staggered or uncertain
overdoses; and a joint review by the liaison team during the infusion rather than after it.
"""),
        ("evidence", "Results", """
We compared twelve months before the change (2021/22) with twelve months after (2023/24).

<<Q:Acetylcysteine prescribing errors fell from 21% of prescriptions to 4%.>> <<Q:The median time from
arrival to the start of acetylcysteine, where it was indicated, went down from 3 hours 10 minutes to 1
hour 25 minutes.>> <<Q:The proportion of patients who left before completing their treatment fell from
11% to 3%.>> <<Q:Median length of stay for paracetamol overdose was reduced from 34 hours to 19 hours.>>

There were no cases of liver failure in patients treated in 2023/24.
"""),
        ("stakeholders", "Involving patients and staff", """
<<P:We spoke to fourteen patients during or after treatment, and their most common complaint was being
tied to a drip for a whole day and night, which was one of the main reasons we chose the shorter
regimen.>> <<P:Several of them told us they did not know how long treatment would take or why blood
tests were repeated, so they helped us write a one-page explanation that is now given at the start.>>

<<S:Emergency and acute medical unit nurses tested the bag labels and asked for the bag number to be
printed in large type on each label after a near miss at handover.>> <<S:Biochemists and emergency
doctors agreed the timing of blood samples and the results that should trigger a call.>> <<S:The liaison
mental health team asked to be paged at the start of treatment rather than at the end, so that
assessments could happen while the patient was still on the ward, and that is now part of the order
set.>>
"""),
        ("value", "Value", """
The shorter regimen uses the same drug, so costs little more. The reduction in length of stay frees around
nine bed days a week across the emergency department and the acute medical unit. Fewer errors mean less
risk of liver damage and fewer incident investigations.
"""),
        ("spread", "Spread", """
The order set has been shared with the two other hospitals in our region that use the same electronic
prescribing system. We presented the work at the regional emergency medicine pharmacy network.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1549  families spotting physical danger at home in adults with eating
#        disorders - docx - form table with a cover table - carers' network
#        coordinator, warm - carers' network as lead with the mental health
#        trust and a GP federation - carers and staff involved - NO evidence
#        section and no measured change anywhere
# ---------------------------------------------------------------------------
entry(
    id="I1549", format="docx", layout="form_table", topic="eating_disorder_carers_physical_warning_signs",
    project="independent97-knowthesigns-1549", docx_font="Calibri",
    title="Know the Signs at Home: helping families spot physical danger in adults with eating disorders",
    cover_table=[
        ("Title of entry", "Know the Signs at Home: helping families spot physical danger in adults with eating disorders"),
        ("Lead organisation", "Linthorpe Vale Eating Disorder Carers' Network"),
        ("Partner organisations", "Hartwell and Linthorpe NHS Foundation Trust (Adult Eating Disorder Service); Linthorpe Vale GP Federation"),
        ("Name and role of entrant", "Network Coordinator (volunteer)"),
    ],
    primary_entrant=dict(name="Linthorpe Vale Eating Disorder Carers' Network", type="patient_group"),
    partners=[
        dict(name="Hartwell and Linthorpe NHS Foundation Trust", type="nhs_trust"),
        dict(name="Linthorpe Vale GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
We are a network of parents, partners and siblings of adults with eating disorders, run by carers for
carers. Most of us live with someone who is very unwell and waiting for, or between, treatments. We are
the people who see them every day: who notice they are dizzy on the stairs, that their hands are cold
and blue, that they are confused in the mornings, or that they have started drinking huge amounts of
water. But for a long time we did not know which of these things meant danger, and when we did ring
someone, we were told that because our relative was an adult, nobody could discuss them with us.

Several members have a story of the night they should have called an ambulance and did not, or the day
they did and were sent home. One mother found her 24-year-old son collapsed on the bathroom floor with a
heart rate of 32. She had noticed he was breathless and pale for days but thought it was 'just the
eating disorder'.

Know the Signs at Home has three parts. The adult eating disorder service and our carers wrote a
'traffic light' card for families describing physical warning signs, with what to do for each: watch
and record, ring the GP or the service that day, or call 999. The GP federation added a carers' contact
field to its eating disorder template, so that with the patient's consent the practice knows who the main
carer is and can speak to them. And the service runs a quarterly evening workshop, co-led by a clinician
and a carer from the network, where families learn to use the card and take a pulse.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<P:The card was written at our kitchen-table meetings over six months, with carers deciding which signs
to include from their own experience, and it was our members who insisted on including 'changes in
behaviour at night', which the clinicians had not listed.>> <<P:Two adults in recovery who belong to the
service's lived experience group read the card and asked that it avoid any mention of weight numbers,
because a relative quoting numbers can be harmful, and we took those out.>> <<P:Carers who come to the
workshops now co-lead them alongside a nurse.>>

<<S:The eating disorder service's nurses and a consultant psychiatrist checked every sign and action
against the clinical guidance and added the advice on when to go to the emergency department.>> <<S:GP
practice nurses at four practices tried the carers' contact field and suggested it should sit next to the
consent question so it is not missed.>> <<S:The federation's GPs asked us for a shortened version of the
card that can be printed from the clinical system during a consultation, which we made together.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The cards cost about 30p each to print and are paid for by the mental health trust. The workshops are run
in the evening in a community centre for about £80 each. So far 212 family members have been to a
workshop and around 1,500 cards have been given out by the service and GP practices.

Carers tell us that for the first time they feel part of the team rather than in the way. Several have
told us they called for help earlier than they would have before, and in at least two cases the person
was admitted with dangerously low potassium. Clinicians say that families now phone with more useful
information, such as a pulse rate and a description of what has changed.
"""),
        ("spread", "How has the work been shared and spread?", """
The card has been shared with the regional eating disorder network and with two national eating disorder
charities, one of which has asked to adapt it for parents of teenagers. The GP federation has added the
carers' field to its template for all 31 practices.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1550  real-time information on suspected suicides among young people to
#        prevent clusters - docx - results first (reordered) - council
#        public health consultant, analytical - council with the police, a
#        listening charity and a university - bereaved families and young
#        people involved - NO staff involvement (data shared as part of the
#        job, a named analyst, school staff trained, heads briefed, partners
#        agreeing at a board, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1550", format="docx", layout="reordered", topic="young_people_suicide_cluster_real_time_information",
    project="independent97-seeingthepattern-1550", docx_font="Arial",
    title="Seeing the Pattern: using real-time information on suspected suicides to protect young people from clusters",
    cover=[
        "Lead: Dunmere City Council, Public Health",
        "Partners: Dunmere and Fenland Police; Listening Post Dunmere (charity); University of Dunmere",
        "Author: Consultant in Public Health, Dunmere City Council",
    ],
    primary_entrant=dict(name="Dunmere City Council", type="local_authority"),
    partners=[
        dict(name="Dunmere and Fenland Police", type="emergency_service"),
        dict(name="Listening Post Dunmere", type="charity"),
        dict(name="University of Dunmere", type="university"),
    ],
    sections=[
        ("evidence", "Results", """
<<Q:The time between a suspected suicide of a young person in Dunmere and the partners being aware of it
fell from an average of 19 days in 2021 to under two days in 2023 and 2024.>> <<Q:The number of suspected
suicides among people aged 13 to 25 in the city fell from 11 in 2021 to 5 in 2023 and 4 in 2024.>>
<<Q:In 2021 two deaths in the city were later judged to be linked to an earlier death; in 2023 and 2024
there was none.>>

We are careful not to claim too much from small numbers, and national rates have also changed. But the
partners, the coroner and the families we work with all believe the faster, coordinated response has
made a difference.

Since January 2022 the system has recorded 58 suspected suicides of people of all ages. For every death of
a young person, a response meeting was held within 72 hours.
"""),
        ("context", "Why we needed to act", """
In the autumn of 2021, three young people in Dunmere died by suicide within seven weeks. Two were
students at the same college and the third had been at school with one of them. At the time, the council
heard about each death weeks later, usually from the coroner's office or social media. Schools, the
university and the college each responded in their own way, some by holding assemblies, some by saying
nothing. Friends of the young people were posting about the deaths online in ways that may have made
things worse. Nobody had the whole picture until it was too late.

We know that when a young person dies by suicide, others who knew them, or who identify with them, are
at raised risk for some months afterwards, and that clusters can be interrupted if the right people act
quickly and carefully.

Seeing the Pattern is a real-time suspected suicide information system with a response attached.
When police attend a suspected suicide, they notify the council's public health team within one working
day using a secure form. The public health analyst checks for links with any earlier deaths, such as the
same school, college, university, neighbourhood or online community. For every death of someone under
26, and for any death that appears linked to another, a response meeting is called within 72 hours with
the relevant school, college or university, Listening Post, and the mental health trust's children's or
adult crisis service. The meeting agrees who needs support: close friends, classmates, teammates,
siblings, and anyone known to be vulnerable. It also agrees how the death will be talked about, following
safe messaging guidance, and Listening Post offers immediate support sessions in the setting.

The system also looks beyond individual deaths. Every quarter the public health team produces a short,
anonymised summary for the suicide prevention partnership, showing where deaths have occurred, the ages
and circumstances, and any emerging patterns, such as an increase in deaths linked to a particular
location or method. This has already led to changes at one city-centre car park, where the council has
installed barriers and signs with Listening Post's number.

Above all, the system is meant to make sure nothing is left to chance. Before 2022 the response to a
young person's death depended on whether the right head teacher happened to hear about it in time. Now
the same steps follow every death, whatever school or neighbourhood the young person came from.
"""),
        ("stakeholders", "How people were involved", """
<<P:Two families who lost a son or daughter in 2021 helped us write the guidance on how schools and
colleges talk about a death, and they asked that families always be asked before anything is said in
an assembly or posted online, which is now the first step in every response.>> <<P:A group of young
people from Listening Post's youth forum looked at the advice we give to friends and classmates and
rewrote it in their own words, including a section on what to do if you see something worrying
online.>> <<P:One bereaved mother now sits on the city's suicide prevention partnership and reviews the
response plan each year.>>

The police share information with us as part of their duties under the data-sharing agreement. The
public health analyst, Mark Devlin, maintains the system and checks every notification. Staff in all
secondary schools, the two colleges and the university were trained in the response process, and head
teachers were briefed at their termly forum. The partners agreed the protocol at the city's suicide
prevention board in December 2021. We plan to ask school and college staff how the response meetings
could be improved, once we have a full three years of data.
"""),
        ("value", "Value", """
The system costs about £28,000 a year, mostly for part of the analyst's time and Listening Post's
response sessions, funded from the council's public health grant. The cost of a single suicide to
society has been estimated at over £1.5 million, and the cost to a family and community cannot be
measured.
"""),
        ("spread", "Spread", """
The system has been used as an example by the regional suicide prevention network, and three
neighbouring councils have adopted our response meeting template. The university has built the response
into its own student death protocol, and we have shared the families' guidance with the national
bereavement support network.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1551  eating disorders and low energy availability in student athletes -
#        pdf - rubric headings - university head of sport science support,
#        academic - university with the campus health centre and the mental
#        health trust - staff involved - NO patient involvement (athletes
#        screened and surveyed, captains told, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1551", format="pdf", layout="rubric_headings", topic="student_athletes_eating_disorder_energy_deficiency",
    project="independent97-fueltoplay-1551", pdf_font="LiberationSerif",
    title="Fuel to Play: recognising eating disorders and low energy availability in university athletes",
    cover=[
        "Lead organisation: Ravensworth University (Department of Sport and Student Wellbeing)",
        "Partners: Ravensworth Campus Health Centre; Ravensworth and Dale Mental Health NHS Trust (Adult Eating Disorder Service)",
        "Submitted by the Head of Sport Science Support",
    ],
    primary_entrant=dict(name="Ravensworth University", type="university"),
    partners=[
        dict(name="Ravensworth Campus Health Centre", type="primary_care"),
        dict(name="Ravensworth and Dale Mental Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The context in which the partnership was needed, the product or service, and its patient safety goals", """
Ravensworth University supports around 900 performance athletes across 24 sports, including
endurance running, rowing, gymnastics and lightweight combat sports. Athletes in these sports are at
particular risk of low energy availability, where they do not eat enough to meet the demands of training.
Over time this can cause stress fractures, missed periods, low heart rate, low bone density and poor
mood, and in some athletes it overlaps with, or turns into, an eating disorder.

In 2021/22 our sports medicine team saw a cluster of stress fractures in female distance runners and
rowers. A review of their notes showed that most had warning signs that had been noticed by someone, a
coach, a physiotherapist or a teammate, but never put together. Two were later diagnosed with an eating
disorder. Coaches did not feel able to raise food and weight, physiotherapists treated the fracture but
not the cause, and the campus health centre was usually unaware. One athlete was found by her coach to
have a resting heart rate in the thirties and was still training twice a day.

Fuel to Play aims to find athletes at risk early and get them the right help safely. It has three parts:
a short screening questionnaire for all performance athletes at the start of each season and after any
bone stress injury; a joint clinic, held monthly, where a sports physician, a sports dietitian, a GP from
the campus health centre and a clinician from the eating disorder service review athletes with positive
screens; and clear rules on when an athlete must stop training until they are medically safe.

The partnership was needed because no single organisation held all the pieces. The university employs
the coaches, physiotherapists and sports dietitians, but not doctors. The campus health centre holds
athletes' medical records and can order tests, but rarely sees them until something has gone wrong. The
eating disorder service has the expertise to assess risk but normally sees people only after a GP
referral and a long wait. Fuel to Play brings those pieces together in one room once a month, with a
shared record of the clinic's decisions held by the health centre, and an agreement that an athlete
judged to be at high risk is seen by the eating disorder service within two weeks.

We also had to think carefully about the culture of performance sport. Athletes are used to being
weighed and measured, and coaches are under pressure to get results. Stopping an athlete training can
feel like a punishment, and athletes who fear it may hide symptoms. The return-to-training rules are
therefore written as a graded plan, agreed with the athlete, with clear steps back to full training
rather than a simple ban.

The joint clinic is not a replacement for eating disorder treatment. Athletes who need specialist care
are referred on in the usual way, with the clinic's assessment attached, and the clinic continues to
oversee their training plan while they wait.
"""),
        ("evidence", "Evidence of improvements in safe care as a direct result of the partnership", """
We compared the two seasons before Fuel to Play (2020/21 and 2021/22) with the two seasons after.

<<Q:Bone stress injuries among performance athletes fell from 31 to 17.>> <<Q:The average time from a
first warning sign being recorded to assessment by a doctor went down from 11 weeks to 2 weeks.>>
<<Q:Of athletes later diagnosed with an eating disorder, the proportion who were already medically
unstable at diagnosis fell from five of seven to one of six.>>

In 2023/24, 812 athletes completed the screening questionnaire and 74 were reviewed in the joint clinic.
"""),
        ("spread", "How the partnership has been shared and spread", """
The screening questionnaire and the return-to-training rules have been shared with British Universities
and Colleges Sport and with two other universities with large performance programmes. The eating
disorder service has asked us to help it train staff at the city's athletics and rowing clubs.
"""),
        ("value", "Impact on staff and patient experience, and value for money", """
The joint clinic uses around six hours of clinician time a month across the three organisations. Each
stress fracture avoided saves an athlete months out of sport and the costs of imaging and treatment, and
every eating disorder caught early is likely to need less intensive and shorter treatment.
"""),
        ("stakeholders", "How patients and staff were involved", """
<<S:Coaches from rowing, athletics and gymnastics sat with our sports dietitians to write the guide on how
to raise concerns about food without commenting on weight or shape, and they asked for scripts they
could actually use at the side of the pool or track, which are now in the guide.>> <<S:Physiotherapists
suggested that every bone stress injury should trigger the screening questionnaire automatically, and that
rule was added after the first term.>> <<S:GPs at the campus health centre and the eating disorder
service's consultant agreed the thresholds for stopping training and changed them twice in the first year
after reviewing cases together.>>

All performance athletes are screened at the start of each season. We surveyed athletes at the end of
the first season about the questionnaire, and they found it acceptable, so it stayed the same. Club
captains were told about Fuel to Play at their annual meeting and passed the information on to their
squads. No athletes sat on the steering group. We would like to form a student athlete advisory panel in
the coming year.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1552  suicide awareness for grassroots sports coaches - docx - short
#        lists - charity founded by a bereaved family, on its own, no partner
#        (ineligible) - founder, personal - bereaved families and trainers
#        involved
# ---------------------------------------------------------------------------
entry(
    id="I1552", format="docx", layout="bullet_lists", topic="grassroots_coaches_suicide_awareness",
    project="independent97-sayitstraight-1552", docx_font="Calibri",
    title="Say It Straight: suicide awareness for grassroots sports coaches",
    cover=[
        "Entrant: The Jamie Corran Foundation (registered charity)",
        "We are a small charity and are entering on our own.",
        "Contact: Ellen Corran, Founder and Trustee",
    ],
    primary_entrant=dict(name="The Jamie Corran Foundation", type="charity"),
    partners=[],
    sections=[
        ("context", "Why we started", """
Our son Jamie was 19 when he took his own life in 2019. He played football three nights a week and his
coach was one of the people he trusted most. After he died, his coach told us he had noticed Jamie was
quieter and had stopped turning up on time, but he did not know what to say and was frightened of making
things worse. We have since heard the same from dozens of coaches.

- grassroots coaches see young people every week, often more than teachers or GPs

- most have no training in mental health and worry about saying the wrong thing

- young men in particular may talk to a coach when they would not talk to anyone else

- clubs often have a welfare officer for safeguarding, but few welfare officers have had any training about suicide

- many clubs are in villages and small towns where the nearest mental health service is a long bus ride away

Say It Straight is a free 90-minute session for volunteer coaches, run in the clubhouse. It teaches
coaches to notice changes, to ask directly about suicide, to listen, and to help the young person to
get help, including how to contact their GP, a crisis line or 999. Every coach leaves with a pocket card.

The session is deliberately practical. There are no slides full of statistics. Coaches hear a short
recording of a conversation between a coach and a player, then practise in pairs, taking turns to be
the worried coach and the young person who says 'I'm fine'. We talk about what to do on a Saturday
morning when there is a match to run and a player is clearly struggling, and about how coaches can look
after themselves afterwards. Every session ends with the words Jamie's coach wishes he had heard: you do
not have to fix it, you just have to ask, and stay with them until help is there.
"""),
        ("evidence", "What has changed", """
- 1,140 coaches from 96 clubs have attended since 2022

- <<Q:before the session, three in ten coaches said they would feel able to ask a young person directly about suicide; three months afterwards, eight in ten said they would>>

- <<Q:the number of coaches who said they had actually helped a young player get support in the past three months doubled, from 9% before the session to 18% at follow-up>>

- coaches have told us about 37 young people they helped to contact their GP or a crisis service

- we ask every coach to fill in a short form before the session and again three months later, and about half of them do
"""),
        ("stakeholders", "Who helped shape it", """
- <<P:six other families who lost a child to suicide met us over a winter and chose the stories and the words used in the session, including the title>>

- <<P:two young players who had been through a crisis told us that the most helpful thing a coach could say was 'I've noticed', so the session is built around that phrase>>

- <<S:our four volunteer trainers, all coaches themselves, tested the session with their own clubs and cut it from three hours to ninety minutes so that coaches would actually come>>
"""),
        ("value", "Value", """
- each session costs us around £150, paid for by fundraising and donations

- coaches give up an evening for free

- if one young life is saved it is worth everything
"""),
        ("spread", "Spread", """
- we have run sessions in rugby, cricket and netball clubs as well as football

- the county football association has put the session on its list of recommended training

- we have been asked to run sessions for youth workers and for parents who coach children's teams at weekends

- we keep the session free, because the coaches who most need it are the ones least likely to pay for a course
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)
