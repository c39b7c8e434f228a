"""One-hundred-and-fifteenth independent evaluation set (I1825..I1840) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
the Probation Service and HM Courts and Tribunals Service named as a lead or partner.
The entries are meant to be ordinary: the kind of thing mental health and community
trusts, councils' youth justice and public health teams, the Probation Service, liaison
and diversion services, forces families' and veterans' charities, a GP federation, a
university, an integrated care board, a police force, an ambulance service and (in the
ineligible cases) private companies or a charity on its own send in, in their own voices
and at their own length.  The theme of this set is armed forces, veterans and the justice
system: veterans' mental and physical health, service families, probation and community
sentences, youth justice, courts and liaison and diversion.

Topics, with the lead's type and the layout:
  I1825 suicide risk in the first year after leaving the armed forces (nhs_trust, mental
        health; pdf own_headings);
  I1826 children of deployed service personnel who self-harm, and the school and the
        GP who never hear of the deployment (local_authority, council education and
        public health; docx bold_headings with a cover table);
  I1827 untreated diabetes, blood pressure and wounds in people on community orders
        (public_other, the Probation Service; pdf two_column);
  I1828 speech, language and communication needs of children in youth justice and bail
        conditions they did not understand (local_authority, youth justice service;
        docx numbered_questions with cover bullets);
  I1829 autistic defendants and people with a learning disability in the magistrates'
        court cells (nhs_trust, liaison and diversion; pdf caps_headings);
  I1830 long-term opioids and gabapentinoids in veterans with chronic pain from service
        injuries (primary_care, GP federation; docx rubric_headings);
  I1831 a veterans' mental health app that did not escalate risk (private digital health
        company as primary entrant; pdf bullet_lists);
  I1832 domestic abuse in military families living in service housing (charity, forces
        families; docx no_headings);
  I1833 mental health treatment requirements on community sentences that never started
        (university, criminology and mental health; pdf form_table with a cover table);
  I1834 ADHD medicine for children in youth justice who move between placements (icb,
        health and justice commissioning; docx reordered, results first, no spread
        section);
  I1835 older veterans with dementia whose trauma resurfaces in care homes (private care
        home group as primary entrant; pdf style_headings made from Word via soffice);
  I1836 suicide and self-harm in the first weeks in approved premises (public_other, the
        Probation Service; docx form_table);
  I1837 seizures, hypos and heat injuries among people doing unpaid work (local_authority,
        county public health; pdf with_appendix);
  I1838 young people given out-of-court disposals for cannabis and ketamine who never
        reach treatment (emergency_service, police; docx style_headings);
  I1839 welfare calls to isolated older veterans by a veterans' breakfast club network
        (charity on its own, no partner; pdf numbered_questions);
  I1840 medical emergencies in court buildings and court cells (emergency_service,
        ambulance; docx bullet_lists, short, no evidence section).

Build it with

    .venv/bin/python data/independent/build.py --set 115   (writes data/corpus/independent115/)

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
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words;
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual job
    titles, list items), wherever in the entry it is told; veterans, service families,
    people on probation, young people in the youth justice system and defendants who
    helped shape the work are P; a volunteer or peer worker with lived experience,
    employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations and primary care networks are
primary_care; veterans', forces families' and other charities are charity; the Probation
Service and HM Courts and Tribunals Service are public_other; a university is university;
digital health companies, care home groups and court custody contractors are private).  A
department or team of the entrant's own organisation is not a partner.  Flags are written
by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1825  suicide risk in the first year after leaving the armed forces - pdf -
#        own headings - veterans' mental health service lead, reflective -
#        mental health trust with a veterans' charity, the council and the
#        ICB - veterans (peer mentors PS) and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1825", format="pdf", layout="own_headings", topic="veterans_first_year_suicide_risk",
    project="independent115-firstyearout-1825", pdf_font="LiberationSans", pdf_align="L",
    title="First Year Out: closing the gap for service leavers at risk of suicide",
    cover=[
        "Lead organisation: Ardenmoor Partnership NHS Foundation Trust (Veterans' Mental Health and Wellbeing Service)",
        "Partners: Kestrel Lodge Veterans' Trust; Ardenmoor County Council (Armed Forces Covenant team); NHS Ardenmoor and Wyvern Integrated Care Board",
        "Written by the Clinical Lead, Veterans' Mental Health and Wellbeing Service",
    ],
    primary_entrant=dict(name="Ardenmoor Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Kestrel Lodge Veterans' Trust", type="charity"),
        dict(name="Ardenmoor County Council", type="local_authority"),
        dict(name="NHS Ardenmoor and Wyvern Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Where the gap was", """
Ardenmoor has two large garrisons and an RAF station within its borders, and every year somewhere between
900 and 1,100 people leave the forces and settle in the county. Most make the move well. A smaller group
do not, and we now know that the risk of suicide among younger service leavers is highest in the first
year or two after discharge, particularly for those who leave early, leave on medical grounds or leave
after a disciplinary process.

For a long time our service only met these people once they were already unwell enough to be referred by
a GP, and many never were. A young man who has been a soldier since he was seventeen does not usually
book an appointment to say he is struggling. He drinks more, stops answering the phone, falls out with
his partner, and sometimes ends up in a police cell or the emergency department.

Between 2019 and 2021 the trust reviewed the deaths of six veterans under the age of 35 who died by
suicide or suspected suicide in the county. Five had left the forces less than two years before. Three
had never been registered with a GP as a veteran, so nobody knew to offer them anything different. Two had
been seen in the emergency department after self-harm and discharged with a leaflet. One had been waiting
for an assessment with us for eleven weeks.

We could see that the information existed but sat in different places. The resettlement staff at the
garrisons knew who was leaving, and when. Kestrel Lodge, a veterans' charity with a drop-in centre in the
county town, knew many of the young men who were not coping, often before anyone else. The council's
covenant team knew who had asked for housing help. And we, the specialist service, had waiting lists.

First Year Out brings these together. With consent, people leaving through the garrisons' resettlement
process are offered a named contact at Kestrel Lodge before they leave, and a welfare call at one, three,
six and twelve months. Anyone who reports thoughts of suicide, heavy drinking, a relationship breakdown or
a housing crisis on those calls is passed the same day to our service, which has a duty clinician for
veterans every weekday. The emergency department's liaison team asks every adult they see after self-harm
whether they have served, and refers veterans to us directly rather than back to the GP.

It is worth saying what First Year Out is not. It is not a screening programme, and nobody is assessed
for mental illness before they leave. Nobody is obliged to take part, and a service leaver can stop the
calls at any time with a text message. It does not replace the help offered by the forces themselves
during resettlement, or the national veterans' mental health services, which we continue to refer to.
It is, deliberately, a light-touch arrangement: a name, a phone number and four calls, with a fast route
into specialist care when it is needed. We kept it simple because every earlier attempt to build
something more elaborate had failed to reach the young men we were most worried about.

We also had to deal with some hard questions about information. Service leavers are adults, and many are
wary of anything that looks like the military keeping tabs on them after they have gone. The consent form
was rewritten several times so that it said plainly what would be shared, with whom, and what would not.
The garrisons share only a name, a phone number, a date of leaving and the person's chosen contact
preference. Nothing about their service record, their health or the reason they are leaving is passed on
unless they choose to tell the charity themselves.
"""),
        ("evidence", "What the figures show", """
The service went live in September 2022. We have compared the two years before with the two years after,
using our own referral records, the trust's incident system and the real-time suspected suicide
surveillance run by the county's public health team.

<<Q:The average wait from referral to first assessment for veterans fell from 38 days in 2021/22 to 9 days
in 2023/24.>> <<Q:Veterans who were seen in the emergency department after self-harm and who had contact
with our service within seven days rose from 22% to 81%.>> <<Q:Repeat attendances for self-harm within
three months among veterans known to the service fell from 31 in the two years before to 12 in the two
years after.>>

Kestrel Lodge made 2,644 welfare calls in the two years and passed 187 people to our duty clinician. We
know of two suspected suicides of recent service leavers in the county since the service began, each of
which has been reviewed jointly. The numbers are small and we are cautious about what they can tell us,
but every partner agrees that the people most at risk are now known to someone much earlier.
"""),
        ("stakeholders", "Who shaped it", """
<<PS:Two of Kestrel Lodge's peer mentors, both of whom left the Army in their twenties and have talked
openly about their own suicidal crisis, designed the welfare call script with us and insisted it open
with practical questions about money, housing and work rather than 'how is your mental health?', because
that question, as one of them put it, gets a 'fine' every time.>> <<P:A group of eleven recent service
leavers met with us three times at the drop-in centre to test the timing of the calls; they told us the
six-month call was the one that mattered most, because that is when resettlement money runs out, so we
added a text reminder the week before.>>

<<S:Emergency department liaison nurses suggested adding the 'have you ever served?' question to the
self-harm assessment form they already use, and worked with our clinicians on what to do next when the
answer is yes.>> <<S:Resettlement officers at both garrisons told us that service leavers often refused a
referral to a mental health service but would accept a contact at a charity, which is why the first named
contact is at Kestrel Lodge and not with us.>> <<S:The council's housing options officers and our duty
clinicians agreed a same-day call between them whenever a veteran presents as homeless.>>
"""),
        ("value", "Value", """
The ICB funds one additional band 6 clinician and a share of the peer mentors' time at a cost of about
£96,000 a year. The welfare calls are made by the charity's paid staff and volunteers. A single suicide
is estimated to cost society well over a million pounds, and no figure captures what it means for a
family.

Clinicians say they now meet people before the crisis rather than after it. Veterans tell us the calls
feel like someone from their own world checking in, not the NHS chasing them.

Families have noticed the difference too. Partners and parents of service leavers now have a name they
can ring if they are worried, and the charity's staff will, with the veteran's agreement, include them in
the conversation. The council's covenant team tells us that veterans arriving at the housing options desk
are more often already known to someone, which makes the first conversation easier for everyone.
"""),
        ("spread", "Sharing and spreading", """
The ICB has asked the neighbouring system, which also hosts a large garrison, to adopt the model from
April 2025, and the welfare call script has been shared with the regional veterans' mental health network.
We have presented the work at the national armed forces covenant conference and to the county's suicide
prevention partnership, which has added recent service leavers to its priority groups.

The lesson we would pass on is that the most useful thing was not a new service but an earlier
introduction, made while the person was still in uniform and still in touch with people who knew them.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1826  children of deployed personnel who self-harm - docx - bold headings
#        with a cover table - council public health principal, formal -
#        council with a forces families charity, the school nursing service
#        and a GP practice near the garrison - staff involved - NO patient
#        involvement (families surveyed with nothing changed, parents sent a
#        letter, children as beneficiaries, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1826", format="docx", layout="bold_headings", topic="deployed_parent_children_self_harm",
    project="independent115-whileyouraway-1826", docx_font="Calibri",
    title="While You're Away: telling schools and GPs when a parent deploys",
    cover_table=[
        ("Entry title", "While You're Away: telling schools and GPs when a parent deploys"),
        ("Lead organisation", "Tidwell Borough Council (Education Inclusion and Public Health)"),
        ("Partner organisations", "Forces Families Haven (charity); Tidwell and Harnley Community NHS Trust (School Nursing); Larkhill Road Medical Practice"),
        ("Contact", "Principal, Public Health (Children and Young People)"),
    ],
    primary_entrant=dict(name="Tidwell Borough Council", type="local_authority"),
    partners=[
        dict(name="Forces Families Haven", type="charity"),
        dict(name="Tidwell and Harnley Community NHS Trust", type="nhs_trust"),
        dict(name="Larkhill Road Medical Practice", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
Tidwell is home to a large army garrison and about 2,300 children from service families attend our
schools. For most of them a parent's deployment is a familiar part of life, and they cope with it. For
some it coincides with anxiety, low mood, poor sleep, falling attendance and, for a few, self-harm. The
risk is higher when a deployment is unexpected, when it follows a recent move, or when the parent at home
is also struggling.

The difficulty we found was that nobody outside the family was told. Unit welfare officers know who is
deploying, but do not routinely tell schools. Schools receive the service pupil premium but often do not
know which of their service children have a parent away at any one time. GP practices near the garrison
know a family is a service family only if someone thought to code it.

In 2022 a child safeguarding practice review looked at the care of a thirteen-year-old girl whose father
had deployed at short notice. Over four months her attendance fell, she was seen twice by her GP with
stomach pains and once in the emergency department after cutting herself. Her school, her GP and the
school nurse each held part of the picture. None of them knew her father was away, and nobody connected
the episodes. The review recommended that the council lead work to make sure that deployment was known to
those caring for the child, with the family's agreement.

There were practical obstacles too. Information about deployments is sensitive, and units are rightly
careful about who is told where and when personnel are going. Schools worried that they would be
expected to provide counselling they were not equipped to give. GP practices were concerned about coding
something on a child's record that related to a parent. And families themselves were often reluctant to
be seen as not coping, particularly if the serving parent was in line for promotion. Any scheme had to be
voluntary, had to share the minimum needed, and had to lead to something useful for the child rather than
simply another label.

The partnership was formed in the autumn of 2022. The council's public health and education inclusion
teams brought the schools and the funding; Forces Families Haven, which already ran a youth club and a
parents' drop-in near the garrison, brought its relationships with families; the school nursing service
brought clinical support; and Larkhill Road, the practice where most families on the garrison are
registered, agreed to test the GP side.
"""),
        ("evidence", "What has changed", """
While You're Away started in the spring term of 2023. Parents are offered, through the unit welfare
office and Forces Families Haven, a short consent form that lets the welfare office tell the child's
school and GP practice that a parent is deploying and for roughly how long. The school names a key adult
for the child, the school nurse offers a drop-in, and the practice adds a code that shows on screen during
the deployment.

<<Q:In the 14 schools taking part, persistent absence among service children during a parent's deployment
fell from 19% in 2021/22 to 8% in 2023/24.>> <<Q:Emergency department attendances for self-harm by
children from service families registered at Larkhill Road Medical Practice went from 11 in the two years
before to 4 in the two years since.>> <<Q:The proportion of service children whose school knew about a
current deployment rose from roughly one in five, when we audited it in 2022, to nearly nine in ten.>>

By July 2024, 612 consent forms had been returned.
"""),
        ("stakeholders", "Who was involved", """
<<S:The idea of a consent form held by the welfare office came from the unit welfare officers themselves,
who told us they had wanted to tell schools for years but did not think they were allowed to.>>
<<S:Designated safeguarding leads from six of the schools met with us over two terms and decided that a
named key adult mattered more to a child than a formal plan, so that is what the scheme asks for.>>
<<S:School nurses reworked their drop-in times after pointing out that most service children were seen in
the first weeks of a deployment and then not again, and they now offer a second contact at the midpoint.>>
<<S:The practice manager and two GPs at Larkhill Road chose the wording of the on-screen alert so that it
would not disclose anything to a locum that the family had not agreed to share.>>

Families of deployed personnel received a letter explaining how their information would be used. We ran
an online survey of service parents in 2023; the responses were broadly supportive and no changes were
made as a result. The children who benefit from the scheme were not asked directly about its design, and
we intend to work with a young people's forum at the garrison school in the next school year.
"""),
        ("value", "Value and impact", """
The scheme costs very little: a consent form, a code on the practice system and an hour's briefing for
each school. School nursing time is within the existing service. Early support for a struggling child
costs far less than an emergency department attendance, a child and adolescent mental health service
referral or a child being out of school for months.

Teachers say they can finally make sense of changes in a child's behaviour. Welfare officers say families
are more willing to accept help when it comes through the school rather than the chain of command.
"""),
        ("spread", "Spread", """
The council has shared the consent form and guidance with the two other local authorities that host
garrisons in the region, and one has begun to use it. The scheme has been written into the borough's
armed forces covenant action plan. We presented the work to the regional service children's network in
May 2024 and to the school nursing leads' forum.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1827  physical health of people on community orders - pdf - two columns -
#        probation delivery unit head, plain - Probation Service with a GP
#        federation, a community trust and a charity - people on probation
#        involved (called 'people we supervise') - NO staff involvement
#        (practice officers trained, nurses did their job, a named lead, a
#        staff survey that changed nothing)
# ---------------------------------------------------------------------------
entry(
    id="I1827", format="pdf", layout="two_column", topic="community_order_physical_health_checks",
    project="independent115-healthatreporting-1827", pdf_font="LiberationSans",
    title="Health at Reporting: checking bodies as well as risk on community orders",
    cover=[
        "The Probation Service, Westmarch Probation Delivery Unit (lead), with Westmarch GP Federation, Westmarch and Fenn Community Health NHS Trust (Inclusion Health Nursing) and The Open Door Project (charity)",
        "Entry by the Head of the Westmarch Probation Delivery Unit",
    ],
    primary_entrant=dict(name="The Probation Service", type="public_other"),
    partners=[
        dict(name="Westmarch GP Federation", type="primary_care"),
        dict(name="Westmarch and Fenn Community Health NHS Trust", type="nhs_trust"),
        dict(name="The Open Door Project", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
At any one time the Westmarch office supervises around 1,400 people on community orders and licence. Our
job is to manage risk and help people stop offending. For years we paid little attention to their
physical health, except when someone missed an appointment because they were in hospital.

Yet the people we supervise are, as a group, far less healthy than the population around them. Many are
not registered with a GP. Many have type 2 diabetes, high blood pressure, chronic wounds from injecting or
hepatitis C that nobody is treating. They die younger. Between 2020 and 2022 eleven people under our
supervision in Westmarch died of natural causes or accidental overdose, several of them from conditions
that were known but untreated, including a man of 44 who died of diabetic ketoacidosis a week after a
reporting appointment at which he had said he felt 'rough'.

People come to our office every week or fortnight, more reliably than they go anywhere else. That made us
think the reporting appointment could be a chance to spot health problems, if we had someone to pass them
to. In 2023 the GP federation, the community trust's inclusion health nurses and The Open Door Project, a
charity which already ran a drop-in in the town centre, agreed to work with us.

We were clear from the start about what we did not want. We did not want probation practitioners to
become health workers, or health information to become part of a risk assessment without the person's
agreement. We did not want the clinic to feel like another condition of someone's order. And we did not
want to set up something that depended on a single enthusiastic person and would fold when they left.
That meant a written agreement between the partners on information sharing, a nurse employed by the
health trust rather than by us, and a room that belonged, in effect, to the clinic.
"""),
        ("evidence", "What has changed", """
Since March 2023 an inclusion health nurse runs a clinic in our building three mornings a week. Anyone
reporting can be seen the same day. The nurse checks blood pressure, blood sugar and wounds, offers blood
borne virus testing, and can register people with the federation's practice for people without a fixed
address. Open Door's navigators go with people to appointments.

<<Q:Among people on community orders at the office, the proportion registered with a GP rose from 58% in
a March 2023 snapshot to 86% in March 2024.>> <<Q:Missed reporting appointments recorded as 'unwell'
fell by about a third over the same period.>> <<Q:Emergency admissions for diabetic emergencies and
infected wounds among people we supervise dropped from 23 in 2022/23 to 9 in 2023/24.>>

The nurse has seen 612 people, and 74 people with hepatitis C have started treatment.
"""),
        ("stakeholders", "How people took part", """
<<P:Before the clinic opened, we asked the people we supervise what would stop them using it; around
thirty of them, in a series of short conversations in the waiting area run by Open Door, told us they
would not go into a room marked 'health', so the clinic room is simply called Room 4 and nobody else
knows why someone goes in.>> <<P:They also asked that the nurse should not share anything with their
probation practitioner unless they agreed, and that became a written rule on the wall of Room 4.>>

<<P:A woman on licence who had lost a leg to an untreated wound volunteered to talk at our first open
morning, and her suggestion that the nurse offer foot checks to everyone, not only people who mention a
problem, is now standard.>>

All probation practitioners in the office were trained in simple health screening questions by the
inclusion health nurses. The nurses follow their own trust's protocols. The project is overseen by our
senior probation officer for partnerships, who holds the monthly meeting with partners. We surveyed staff
after six months; most were positive and the arrangements stayed as they were.
"""),
        ("value", "Value", """
The nurse post is funded by the ICB's inclusion health budget at about £52,000 a year. Room 4 was an
empty interview room. The navigators are funded from Open Door's existing grant. An admission for diabetic
ketoacidosis costs the NHS around £2,000, and an amputation far more.

Practitioners tell us that supervision is easier when someone's health is being looked after, and
people on orders say it is the first time anyone in 'the system' has asked how they are physically.

There is also a link with reoffending that we are only starting to understand. People who are in pain,
whose blood sugar is out of control or who are withdrawing from drugs find it much harder to keep
appointments, hold down unpaid work or stick to a curfew, and are more likely to be breached. Looking
after someone's health is not separate from managing their order; it is part of it.
"""),
        ("spread", "Spread", """
The regional probation director has asked two more delivery units to host a clinic from 2025, and the
ICB has included the model in its inclusion health plan. We have shared the Room 4 rules and the referral
form with the national health and justice network.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1828  communication needs of children in youth justice and bail conditions
#        - docx - numbered questions with cover bullets - youth justice
#        service manager, warm - council with a community trust's speech and
#        language therapy team, the police and HMCTS - young people and staff
#        involved (staff subtly, through job titles) - NO quantitative evidence
#        (screens done, a single figure, dates, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1828", format="docx", layout="numbered_questions", topic="youth_justice_communication_needs_bail",
    project="independent115-saiditplain-1828", docx_font="Arial",
    title="Said Plain: making sure children in the youth justice system understand what is asked of them",
    cover=[
        "A partnership entry for the HSJ Patient Safety Awards",
    ],
    cover_bullets=[
        "Lead: Cressfield City Council Youth Justice Service",
        "Partners: Cressfield Community Healthcare NHS Trust (Children's Speech and Language Therapy); Cressfield and Lowe Police; HM Courts and Tribunals Service (Cressfield Youth Court)",
        "Contact: Youth Justice Service Manager",
    ],
    primary_entrant=dict(name="Cressfield City Council", type="local_authority"),
    partners=[
        dict(name="Cressfield Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Cressfield and Lowe Police", type="emergency_service"),
        dict(name="HM Courts and Tribunals Service", type="public_other"),
    ],
    sections=[
        ("context", "1. What was the safety problem, and why did it need a partnership?", """
Most children who come into contact with our youth justice service have some difficulty with speech,
language or communication. Many have never been assessed. They may nod along in a police interview or a
courtroom, say 'yeah' to everything, and walk out with bail conditions, a curfew or a referral order they
do not understand. When they then break a condition they did not know they had, they are arrested again,
and the cycle starts over.

This is a safety problem as well as a justice one. A child who breaches a curfew may be remanded. A child
who does not understand that he must not go to a particular estate may be sent straight back into the
danger that the condition was meant to protect him from. In 2022 a fifteen-year-old boy known to us was
stabbed in an area he had been told at court to avoid. When our worker visited him in hospital he said he
thought the condition meant he should not go there 'at night'. The words used at court were 'exclusion
zone', and nobody had checked what he understood by them.

No single agency could fix this. The police interview the child, the court sets the conditions, our
workers supervise them, and the speech and language therapists know how to assess and explain. Before
this project each of these worked with the child at a different point, with no shared information about
how the child communicated.

The families we work with often have their own difficulties with reading, with English or with
officialdom, and a letter setting out a child's bail conditions in legal language is of little use to
them. Many of the children have been excluded from school, and their needs have never been properly
assessed. We had tried training our own staff in communication, but without a specialist to assess each
child and a way of sharing what was found with the police and the court, the training made little
difference where it mattered most: in the custody suite and the courtroom.
"""),
        ("evidence", "2. What is the evidence that the partnership has improved safety?", """
Since January 2023 a speech and language therapist has been based with the youth justice service two
days a week. Every child coming into the service is screened. Those with a communication need get a
one-page Communication Passport that travels with them to the police custody suite, the youth court and
their supervision sessions, and all bail conditions are now explained to the child by their worker using a
visual sheet within 24 hours of court.

By September 2024, 241 children had been screened and 168 had a Communication Passport. The therapist
had joined 37 police interviews as a communication adviser. Every condition given in the youth court
since June 2023 has been explained using the visual sheet, and magistrates now receive the passport
before the hearing. Our aim is that every child leaving court can explain their conditions back in their
own words; at our last check, in July 2024, 84% could do so.

We plan to compare breach and re-arrest figures for children with and without a passport when a full
two years of data are available.
"""),
        ("spread", "3. How has the work been shared or spread?", """
The visual bail sheet has been adopted by the two neighbouring youth courts, and the regional youth
justice managers' group has asked for the passport template. The police have included the passport in
their custody guidance for all children across the force area. We presented the project at the national
youth justice convention in November 2024.
"""),
        ("value", "4. What difference has it made and is it value for money?", """
The therapist's time costs about £28,000 a year, shared between the council and the health trust. Each
remand to youth detention costs many times that, and every avoidable breach adds to a child's record and
to the risk that they are drawn further into the system.

Workers say they now talk to children differently. Magistrates say the passport helps them explain a
sentence to every child, not only those who have one.

There are wider benefits too. Children who understand what is being asked of them are more likely to
keep to it, and less likely to feel that the system is simply something that happens to them. Parents
and carers, many of whom find the court process just as bewildering, now have something in writing that
they can put on the fridge. And because the passport goes with the child, the same explanation does not
have to be worked out afresh by every new adult they meet.
"""),
        ("stakeholders", "5. How were children, families and staff involved?", """
<<P:The visual bail sheet was drawn up with eight young people who were then under our supervision; they
crossed out every word they thought a child would not understand, and replaced 'exclusion zone' with a map
and the words 'do not go here, any time'.>> <<P:One boy's mother, who has a learning disability herself,
read through the parents' version with our worker and asked for a picture of a clock next to every
curfew time, which is now on every sheet.>>

<<S:Custody sergeants tried out the passport over three months and said they needed it on the first page
of the custody record rather than in an attachment, and the force changed its system to do that.>>
<<S:Court legal advisers suggested the passport be handed to the bench before the hearing rather than
afterwards, and the listing officers rearranged how papers reach the court to make it possible.>>
<<S:Our case managers and the therapist rewrote the passport template twice after using it with the
first forty children.>>
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1829  autistic defendants and people with a learning disability in the
#        magistrates' court cells - pdf - caps headings - liaison and
#        diversion team leader, brisk - mental health trust with HMCTS, a
#        private court custody contractor and an autism charity - staff
#        involved - NO patient involvement (defendants assessed, leaflet
#        given, an advocacy group consulted later, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1829", format="pdf", layout="caps_headings", topic="autism_learning_disability_court_cells",
    project="independent115-quietcell-1829", pdf_font="DejaVuSans", pdf_align="L",
    title="QUIET CELL: safer waits for autistic defendants and people with a learning disability at court",
    cover=[
        "LEAD: Hallowbrook Health and Care NHS Foundation Trust, Liaison and Diversion Service",
        "PARTNERS: HM Courts and Tribunals Service (Hallowbrook Magistrates' Court); Sentinel Escort Services Ltd (court custody contractor); Spectrum Hallowbrook (autism charity)",
        "CONTACT: Team Leader, Liaison and Diversion",
    ],
    primary_entrant=dict(name="Hallowbrook Health and Care NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="HM Courts and Tribunals Service", type="public_other"),
        dict(name="Sentinel Escort Services Ltd", type="private"),
        dict(name="Spectrum Hallowbrook", type="charity"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Hallowbrook Magistrates' Court has eight cells in its basement. They are small, brightly lit, noisy and
echoing. On a busy day people arrive from police custody from 8am and may wait until late afternoon to
be seen. For most detainees this is uncomfortable. For an autistic person, or someone with a learning
disability, it can be overwhelming.

Our liaison and diversion practitioners saw the consequences regularly: people banging their heads
against the walls, restraint by custody officers, people who could not follow what their solicitor said,
and hearings adjourned because the defendant was too distressed to go up to court. In 2022 our service
recorded 27 incidents of self-injury in the court cells. Custody officers told us they often did not know
a person was autistic until things had already gone wrong, even when the police custody record said so,
because the information did not come with the person.

The court, the custody contractor and our service each had a part to play, and Spectrum Hallowbrook had
the expertise on sensory needs and communication that none of us had.

Our liaison and diversion practitioners already assess vulnerable people in the cells every morning, and
can tell the court about a defendant's needs before the hearing. But we had no say over where people
waited, how long they waited or how they were treated while they did. The custody contractor's officers
had the cells but not the information. The court had the listing but no knowledge of who was waiting
below.
"""),
        ("evidence", "WHAT HAS IMPROVED", """
Since February 2023: police custody flag autism and learning disability on the person escort record, and
our practitioners check the list of overnight detainees at 7.30am. Anyone flagged goes to a converted
cell at the end of the corridor, away from the main door, with dimmable lighting, a weighted blanket and
ear defenders. They are seen by a practitioner within 30 minutes of arrival and the court is asked to
list them early.

<<Q:Recorded self-injury incidents in the court cells fell from 27 in 2022 to 8 in 2024.>> <<Q:Use of
restraint by custody officers on people flagged as autistic or with a learning disability went down from
19 occasions in 2022 to 5 in 2024.>> <<Q:The average wait in the cells before the hearing for flagged
detainees was cut from 5 hours 10 minutes to 2 hours 20 minutes, because the court now lists them
first.>>
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Sentinel's court custody officers walked through the cell area with Spectrum Hallowbrook's sensory
specialist and chose the end cell themselves, because it is the furthest from the van dock and the
buzzer.>> <<S:The court's listing officer and the legal advisers agreed to take flagged defendants first
after our practitioners showed them a month of waiting times.>> <<S:Our own practitioners designed the
7.30am list check and changed it twice after finding that late-arriving detainees were being missed.>>

Every defendant identified as autistic or with a learning disability is assessed by a practitioner and
given an easy read leaflet about what happens at court. We did not ask defendants themselves about the
cell, because of the difficulties of doing so in a custody setting. Spectrum Hallowbrook's self-advocacy
group has been invited to review the easy read leaflet next year.
"""),
        ("value", "VALUE", """
The quiet cell cost £6,400 to adapt, paid by HMCTS. There is no extra staffing cost. Every adjourned
hearing costs the court and the police time, and every restraint carries a risk of injury to the
detainee and to staff.
"""),
        ("spread", "SPREAD", """
HMCTS has asked for the quiet cell to be considered in the refurbishment of three other magistrates'
courts in the region. The custody contractor has added autism awareness to its national training for
court custody officers. We have shared the 7.30am check with liaison and diversion services across the
region.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1830  long-term opioids and gabapentinoids in veterans with chronic pain -
#        docx - rubric headings - GP federation clinical pharmacist, careful -
#        GP federation with a veterans' charity, the community pain service
#        and the ICB - veterans and staff involved - no flags; evidence in
#        words ('halved', 'a quarter fewer')
# ---------------------------------------------------------------------------
entry(
    id="I1830", format="docx", layout="rubric_headings", topic="veterans_chronic_pain_opioids",
    project="independent115-unloadingthebergen-1830", docx_font="Calibri",
    title="Unloading the Bergen: safer pain medicines for veterans with service injuries",
    cover=[
        "Lead: Stourhaven GP Federation",
        "Partners: Old Comrades' Wellbeing Association (veterans' charity); Stourhaven Community NHS Trust (Community Pain Service); NHS Stourhaven and Marsh Integrated Care Board (Medicines Optimisation)",
        "Prepared by the Federation's Lead Clinical Pharmacist",
    ],
    primary_entrant=dict(name="Stourhaven GP Federation", type="primary_care"),
    partners=[
        dict(name="Old Comrades' Wellbeing Association", type="charity"),
        dict(name="Stourhaven Community NHS Trust", type="nhs_trust"),
        dict(name="NHS Stourhaven and Marsh Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Carrying a heavy pack over rough ground for years takes a toll. Many of the veterans registered with our
22 practices live with back, knee and shoulder pain from service, and a good number also have blast or
gunshot injuries, hearing loss and post-traumatic stress. When we searched our records in 2022 we found
that veterans who were coded as such were more than twice as likely as other patients of the same age to
be on a strong opioid, and almost half of those were also on gabapentin or pregabalin. Some were on all
three, plus a benzodiazepine for sleep, plus alcohol.

This combination is dangerous. It causes drowsiness, falls and, at worst, breathing that slows and stops.
Two veterans in our area had died in the previous three years from accidental overdoses in which
prescribed medicines were a factor. Many of the prescriptions had been started years earlier, sometimes
by a military medical officer, and simply repeated ever since. GPs told us they were reluctant to reduce
them, worried about withdrawal, about the patient's anger, and about taking away the one thing that
seemed to help.

We also knew that tapering medicines on its own would fail. People need something in place of the
tablets: a proper pain review, physiotherapy, help with sleep and mood, and someone who understands where
the pain came from. None of our practices could offer all of that. The Old Comrades' Wellbeing
Association ran a weekly activity group and had a trusted peer network. The community pain service had
psychologists and physiotherapists. The ICB had the data and the prescribing expertise.

Our goals were to review every veteran on a strong opioid, to reduce dangerous combinations, and to offer
a package of non-drug support, delivered in a way veterans would actually take up.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Between October 2022 and September 2024 our clinical pharmacists reviewed 318 veterans on long-term
opioids, jointly with their GP. Each was offered a place on a six-week 'Kit Check' pain course run by the
community pain service at the Association's hall, with a peer supporter from the Association at every
session. Reductions were agreed with the patient, slowly, and every patient had a named pharmacist to
call.

<<Q:The number of veterans prescribed an opioid together with a gabapentinoid halved over the two years,
from 141 to 70.>> <<Q:Veterans on more than 120mg of morphine or its equivalent a day went from 46 to
17.>> <<Q:Falls recorded in the GP record among the reviewed veterans were about a quarter fewer in the
year after their review than in the year before.>> Of those who finished the Kit Check course, most said
their pain was no worse than before.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The ICB has funded the same review for non-veterans on high-dose opioids across the federation's
practices, using the Kit Check course as its model. The Association has trained peer supporters for a
neighbouring federation, and we have shared our search and review templates with the regional
medicines optimisation network.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Reduced opioid and gabapentinoid prescribing has saved around £38,000 a year in drug costs, which more
than pays for the extra pharmacist time. The Kit Check course runs in a charity hall at no cost to the
NHS. The savings from fewer falls and admissions are harder to count, but they are real.

GPs tell us they feel supported to have difficult conversations. Veterans say that being in a room of
people who had carried the same weight made it easier to accept a change.

We would not want to give the impression that this was easy. Some veterans were angry when we first
raised their medicines, and a small number left their practice rather than discuss a reduction. Tapering
has to be slow, it has to be agreed, and it has to come with something else in its place. We have
learned to start with the person's own goals, such as walking the dog again, sleeping through the night,
or being awake enough to drive a grandchild to school, and to treat the medicines as one part of getting
there rather than the point of the conversation.

For the federation, the work has also changed how our practices think about veterans. Before the
project, being coded as a veteran made very little difference to anyone's care. Now the code prompts a
medicines review, a question about pain and sleep, and an offer of contact with the Association, and
practices have found more veterans on their lists simply by asking.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<P:The course was named by the veterans themselves: at the Association's Thursday group, the men and
women who would be taking part rejected 'pain management programme' and chose 'Kit Check'.>> <<P:They
also asked that the first session be about what the pain had cost them, not about medicines, and the pain
psychologists rewrote the course to start there.>> <<PS:The Association's peer supporters, who are
veterans living with chronic pain and are paid sessional workers, co-led every session and helped decide
the pace of tapering advice in the course handbook.>>

<<S:GPs at four practices piloted the joint review and asked for a script for the first conversation,
which our pharmacists wrote with them.>> <<S:Community pharmacists told us they were often the first to
notice early requests for repeat prescriptions, and suggested the named-pharmacist phone line that
patients now use.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1831  veterans' mental health app that did not escalate risk - pdf - bullet
#        lists - PRIVATE digital health company as primary entrant, with a
#        mental health trust and a veterans' charity (ineligible) - product
#        director, upbeat - veterans involved - NO staff involvement (clinicians
#        told, a webinar, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1831", format="pdf", layout="bullet_lists", topic="veterans_mental_health_app_escalation",
    project="independent115-standto-1831", pdf_font="LiberationSans", pdf_align="L",
    title="Stand To: making sure a veterans' wellbeing app raises the alarm when someone is at risk",
    cover=[
        "Entrant: Ravelin Digital Health Ltd",
        "Working with: Brackenford Mental Health NHS Trust (Veterans' Service) and Harrier House Veterans' Support (charity)",
        "Contact: Product Director, Ravelin Digital Health",
    ],
    primary_entrant=dict(name="Ravelin Digital Health Ltd", type="private"),
    partners=[
        dict(name="Brackenford Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Harrier House Veterans' Support", type="charity"),
    ],
    sections=[
        ("context", "The challenge", """
Ravelin's Stand To app is used by about 14,000 veterans in England. It offers mood tracking, breathing
and grounding exercises, a peer chat room moderated by trained volunteers, and a directory of veterans'
services. People use it at times when nobody else is around: at three in the morning, in a car park,
after a row.

What we learned in 2022:

- users sometimes typed things into the mood diary or the chat room that clearly showed they were at risk, such as plans to end their life

- the app showed them a crisis number, but nobody was alerted, and the diary entries were private by design

- in one case in August 2022 a user wrote in his diary that he had 'done the sums' and was 'squaring things away'; he was admitted to intensive care two days later after an overdose

- the moderators in the chat room were volunteers without clinical training and had no route to clinical help

- NHS veterans' services had no idea which of their patients used the app

What Stand To now does, since June 2023:

- an agreed set of risk phrases and mood scores triggers a prompt asking the user whether they want to be contacted by a clinician now

- if they say yes, their details go straight to the Brackenford veterans' service duty line in working hours, or to Harrier House's 24-hour helpline out of hours

- chat room moderators have a button to escalate a conversation to Harrier House's helpline supervisor

- users can choose to link their app to their NHS veterans' care team
"""),
        ("evidence", "Results", """
We compared the year before the change (June 2022 to May 2023) with the year after.

- <<Q:users who typed a high-risk phrase and had contact with a person within one hour rose from 6% to 71%>>

- <<Q:serious incidents involving app users reported to us by partner services fell from 9 to 3>>

- <<Q:the average time for a moderator to get clinical advice on a worrying conversation came down from over a day to 14 minutes>>

- 1,206 users accepted a clinician contact in the year

- 2,980 users linked their app to an NHS care team
"""),
        ("stakeholders", "Who was involved", """
- <<P:we held four online sessions with veterans who use the app, who told us that a pop-up saying 'we are worried about you' felt like being watched, so the prompt now asks 'do you want someone to call you?' in plain words>>

- <<P:a group of Harrier House's members who have been through suicidal crises tested the risk phrases and added army slang we had missed, such as 'squaring away', 'end-ex' and 'handing in my kit'>>

- <<P:two veterans' partners told us that families should be able to use the escalation button too, and we are building that now, based on their design>>

- clinicians in the Brackenford veterans' service were told about the new duty line through a webinar

- moderators were trained in the escalation button

- we sent a questionnaire to Harrier House helpline staff after three months; they were happy with the arrangement, so it stayed the same

- a clinical safety reference group with NHS staff is planned for next year
"""),
        ("value", "Value", """
- the escalation features were built within our existing development budget

- the NHS duty line takes around four extra calls a day, within current staffing

- Harrier House's helpline is funded by the charity

- each avoided crisis admission saves several thousand pounds and, far more importantly, may save a life
"""),
        ("spread", "Spread", """
- the risk phrase library has been offered free to other mental health app developers

- we are talking to two more NHS trusts with veterans' services about linking to their duty lines

- we presented at a national digital mental health conference in 2024
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1832  domestic abuse in military families in service housing - docx - no
#        headings - forces families charity director, personal - charity with
#        the council, the police and a community trust's health visiting -
#        survivors involved (passive, indirect), staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1832", format="docx", layout="no_headings", topic="military_families_domestic_abuse",
    project="independent115-behindthewire-1832", docx_font="Georgia",
    title="Behind the Wire: domestic abuse support that reaches families living on the patch",
    cover=[
        "Wexcombe Forces Families Network (registered charity), in partnership with Wexcombe District Council, Wexcombe and Dunley Police and Wexcombe Community Health NHS Trust (Health Visiting and School Nursing)",
        "Entry written by the Director, Wexcombe Forces Families Network",
    ],
    primary_entrant=dict(name="Wexcombe Forces Families Network", type="charity"),
    partners=[
        dict(name="Wexcombe District Council", type="local_authority"),
        dict(name="Wexcombe and Dunley Police", type="emergency_service"),
        dict(name="Wexcombe Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
Service families in Wexcombe mostly live 'on the patch', the streets of service family accommodation
next to the barracks. It is a close community, and that is often its strength. It is also a place where
everyone knows everyone, where a partner's career can seem to depend on keeping quiet, and where a woman
who has moved three times in five years may have no friends, no job and no family within a hundred miles.

Domestic abuse happens in military families as it does anywhere else. What is different is how hard it
can be to get away. The house belongs to the Ministry of Defence and is tied to the serving person's job.
Children's school places, the family's GP registration and often the non-serving partner's right to stay
in the country are tied up with it too. Many women told us they believed, wrongly, that if they reported
their partner the military would deal with it internally, or that they would be homeless within days.

When we looked back at the three years to 2022, we found that health visitors and school nurses had
recorded concerns about domestic abuse in service families on the patch more than forty times. The police
had attended 52 domestic incidents there. Our own family support workers had heard many more stories that
never reached anyone. In two cases a woman had been seriously injured after months of warning signs had
been seen by different people, none of whom had the whole picture.

We have worked with families on the patch for nearly twenty years, running the toddler group, the youth
club, a coffee morning for partners who have just arrived and a support line during deployments. We
knew that we were often the first people a woman would hint to, usually in a roundabout way, and that we
did not have the skills or the links to do much more than listen and give out a phone number. The
statutory services had the skills and the powers but not the trust. It seemed obvious to us that we
needed each other.
"""),
        ("evidence", None, """
Behind the Wire started in April 2023. It has three parts. First, a specialist domestic abuse adviser,
employed by us and trained to independent domestic violence adviser standard, works from our community
centre on the patch and takes referrals from health visitors, school nurses, the police and families
directly. Second, the council's housing team has agreed a named officer and a fast route into emergency
accommodation for non-serving partners who need to leave a service home, so that no one has to stay
because they think there is nowhere to go. Third, health visitors ask every mother on the patch about
domestic abuse at a contact when the partner is not present, and the police share every domestic incident
on the patch with the adviser the next morning.

<<Q:The time between a first police call-out to a household on the patch and that family being offered
specialist support has come down from an average of 31 days to 2 days.>> <<Q:Repeat police call-outs to
the same household within six months fell from 44% of households in 2021-22 to 17% in 2023-24.>> The
adviser has supported 96 women and 4 men, and 23 families have been helped to move to safe accommodation.

"""),
        ("stakeholders", None, """
None of this would have been possible without the people who had lived through it. Six women who had left
abusive relationships while living on the patch, some of them years ago, came together at our invitation
over the winter of 2022. <<P:It was their experience that set the shape of the service: the adviser is
based in the community centre, which mothers visit anyway for the toddler group, so that nobody is seen
going into a 'domestic abuse' office.>> <<P:Their view was also that the information leaflet should say
on its front page, in bold, that the house is not the only option and that the council will help, and it
does.>> <<P:A smaller group of them later sat on the panel that interviewed for the adviser post.>>

<<S:Health visitors on the patch told us they had stopped asking about abuse because they were rarely
able to see mothers alone, and together with their team leader they changed the visiting pattern so that
the six-to-eight-week contact happens at the clinic, not at home.>> <<S:Police neighbourhood officers and
the adviser agreed the next-morning information sharing between them, and the officers asked for it to be
a phone call rather than a form.>> <<S:The council's homelessness officers rewrote their assessment
letter after our family support workers showed them that the old version mentioned the serving partner's
commanding officer, which frightened women away.>>
"""),
        ("value", None, """
The adviser post is funded for three years by a grant from the armed forces covenant fund, at £44,000 a
year. The community centre space is ours. The costs of domestic abuse, to health services, police, courts
and children's services, are enormous, and for a child growing up with it the harm lasts a lifetime.

For the women on the patch, what has changed is that there is now somebody to talk to who understands
the military world without being part of it.
"""),
        ("spread", None, """
We have shared the model with forces families charities at four other garrisons, and the regional
police force has adopted next-morning information sharing for all service family accommodation in its
area. The council has added the fast housing route to its armed forces covenant commitments. We were asked
to present the work at a national conference on domestic abuse in the armed forces community in the
autumn of 2024.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1833  mental health treatment requirements that never started - pdf -
#        form with a cover table - university senior lecturer, academic -
#        university with the Probation Service, a mental health trust and
#        the magistrates' court - people on orders and staff involved - NO
#        quantitative evidence in the evidence section (counts, a single
#        figure, a target); one measured change told in the value section
# ---------------------------------------------------------------------------
entry(
    id="I1833", format="pdf", layout="form_table", topic="mental_health_treatment_requirement_starts",
    project="independent115-firstappointment-1833", pdf_font="LiberationSerif",
    title="The First Appointment: making mental health treatment requirements start when the court orders them",
    cover_table=[
        ("Entry title", "The First Appointment: making mental health treatment requirements start when the court orders them"),
        ("Lead organisation", "University of Saltmarsh, Centre for Justice and Mental Health"),
        ("Partners", "The Probation Service (Saltmarsh and Fenwold Probation Delivery Unit); Fenwold Mental Health NHS Foundation Trust (Primary Care Psychology Service); HM Courts and Tribunals Service (Saltmarsh Magistrates' Court)"),
        ("Contact", "Senior Lecturer in Criminology, University of Saltmarsh"),
    ],
    primary_entrant=dict(name="University of Saltmarsh", type="university"),
    partners=[
        dict(name="The Probation Service", type="public_other"),
        dict(name="Fenwold Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="HM Courts and Tribunals Service", type="public_other"),
    ],
    sections=[
        ("context", "Describe the problem and why a partnership was needed", """
A mental health treatment requirement, or MHTR, can be attached to a community order when a court
sentences someone whose offending is linked to a mental health problem such as depression, anxiety or the
effects of trauma. In principle it gives the person a structured course of psychological treatment
instead of a short prison sentence. In practice, when our centre examined the records of the Saltmarsh and
Fenwold delivery unit in 2021, we found that many MHTRs ordered by the court never started at all, and
that many of the rest started months after sentence, by which time the person had often been breached
for missing probation appointments, reoffended, or simply disappeared from view.

The reasons were mundane. The court made the order, but the mental health trust did not hear about it
until someone on the probation team remembered to send a referral. The trust's psychology service then
put the person on its general waiting list. Letters went to addresses that were out of date. People who
were anxious, depressed or distrustful of services did not open them, or could not face ringing a number
to book. Nobody was responsible for the first appointment.

The safety consequences were serious. People with untreated mental health problems under supervision are
at higher risk of self-harm and suicide. In the three years to 2021 the delivery unit recorded four
deaths by suspected suicide among people who had been sentenced to an MHTR that had not begun. The
partnership was needed because no single organisation held the whole pathway: the court set the order,
probation supervised it and the trust delivered the treatment, while our centre had the time and the
research skills to look at what was actually happening.
"""),
        ("evidence", "What is the evidence of improvement as a direct result of the partnership?", """
Since May 2023 an assistant psychologist employed by the trust sits in the court's probation office on
sentencing days. When the court is considering an MHTR she meets the person before sentence, explains
what the treatment will involve, and books the first appointment there and then, within ten working days.
The appointment card is handed over in the court building. If the person does not attend, the
psychologist and the probation practitioner visit together within a week.

From May 2023 to October 2024, 163 people were sentenced to an MHTR at Saltmarsh. Every one of them left
court with a first appointment date. The assistant psychologist made 41 joint home visits after a missed
first appointment. The court now receives a monthly report on MHTR starts, and the delivery unit has set
itself a target that 90% of MHTRs will start within four weeks of sentence.

We have interviewed 22 people who completed their treatment and 14 members of staff, and a full
evaluation, including reoffending and self-harm outcomes, is due to be published in the summer of 2025.
"""),
        ("stakeholders", "How were patients, service users and staff involved?", """
<<P:Twelve people who were serving, or had completed, a community order with an MHTR met with our
researchers in small groups at the probation office, and told us that the moment they were most likely
to engage was straight after sentence, when they were relieved not to be going to prison, which is why
the first appointment is now booked in the court building.>> <<P:They also asked for the appointment card
to give the name and a photograph of the psychologist they would meet, and the trust's card now does.>>

<<S:Probation court officers told us that they had been sending referrals by email to a shared inbox that
nobody checked on Fridays, and they worked with the trust's administrators to set up the direct booking
that replaced it.>> <<S:The trust's psychological wellbeing practitioners adapted the first session after
finding that people on MHTRs did not want to fill in three questionnaires before anyone had spoken to
them.>> <<S:The court's legal advisers and magistrates agreed, after a training session they asked us to
run, to adjourn briefly so the assistant psychologist can see the person before sentence is passed.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The assistant psychologist post costs around £31,000 a year and is funded by the trust from its
community sentence treatment requirement programme. The university's time was funded by a research
council grant. A short prison sentence costs far more than a course of treatment in the community.
<<Q:In the delivery unit's own monitoring, breaches of MHTR orders for non-attendance fell from 46 in the
eighteen months before the change to 19 in the eighteen months after.>>

Probation practitioners say they no longer spend hours chasing referrals. People on MHTRs told our
researchers that having a date before they left court made it feel real.

The partnership has also changed how each organisation sees the others. Before the project, the trust
thought of MHTR referrals as an extra demand on an already stretched service, probation saw the trust as
a waiting list, and the court had no idea what happened after sentence. Meeting regularly to look at the
same data, case by case, has built a shared understanding of where things go wrong that we think will
outlast the funding.
"""),
        ("spread", "How has the work been shared and spread?", """
The regional probation director has asked all six delivery units in the region to adopt direct booking
at court. Our interim findings have been presented to the national community sentence treatment
requirement programme board and at the British Society of Criminology conference. The court has shared
its monthly MHTR report format with neighbouring benches.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1834  ADHD medicine for children in youth justice who move between
#        placements - docx - sections in an unusual order (results first) -
#        ICB health and justice commissioning manager, methodical - ICB with
#        two councils' youth justice services, a children's secure home and
#        a community pharmacy group - young people, carers and staff involved
#        - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1834", format="docx", layout="reordered", topic="youth_justice_adhd_medicine_continuity",
    project="independent115-nogaps-1834", docx_font="Cambria",
    title="No Gaps: keeping ADHD medicine going for children in the youth justice system",
    cover=[
        "Lead: NHS Brennock and Lyle Integrated Care Board (Health and Justice Commissioning)",
        "Partners: Brennock City Council Youth Justice Service; Lyle County Council Youth Justice Service; Oakhollow Secure Children's Home; Brennock Child and Adolescent Mental Health Services (Brennock and Lyle Partnership NHS Trust)",
        "Author: Health and Justice Commissioning Manager",
    ],
    primary_entrant=dict(name="NHS Brennock and Lyle Integrated Care Board", type="icb"),
    partners=[
        dict(name="Brennock City Council", type="local_authority"),
        dict(name="Lyle County Council", type="local_authority"),
        dict(name="Oakhollow Secure Children's Home", type="local_authority"),
        dict(name="Brennock and Lyle Partnership NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("evidence", "Results", """
<<Q:Children in the youth justice cohort with a prescription for ADHD medicine who went more than seven
days without a dose after a move fell from 38 of 61 moves audited in 2022 to 9 of 74 in 2024.>> <<Q:The
average gap in medicine after arrival at Oakhollow Secure Children's Home went down from 11 days to 1
day.>> <<Q:Recorded incidents of restraint at Oakhollow involving children with ADHD in their first week
after admission fell from 27 in 2022 to 10 in 2024.>>

We also asked youth justice case managers to record whether a child had missed a court date or
supervision appointment in the month after a move. The numbers are small, but missed appointments were
noticeably less common in 2024 than in the year before the project.

Since January 2023, 143 medicine passports have been issued.
"""),
        ("context", "The problem", """
Children in the youth justice system move a great deal: between parents, relatives, foster carers,
children's homes, secure accommodation and sometimes out of the area altogether. A large share of them
have attention deficit hyperactivity disorder, and many were only diagnosed after coming into the system.
Stimulant medicines for ADHD are controlled drugs. They can only be prescribed by a specialist or under a
shared care agreement with a GP, and they cannot simply be handed over between carers without paperwork.

When a child moved, the medicine often did not move with them. A new children's home would have no
prescription. A secure home would not have the child's GP records. A community pharmacy would refuse to
dispense a controlled drug prescribed in another area. Child and adolescent mental health services might
not know the child had moved at all.

The effects were predictable. Without medicine, children with ADHD become impulsive, restless and
unable to concentrate. They get into fights, go missing and are restrained. In 2022 a fifteen-year-old
girl arrived at Oakhollow without her medicine and was restrained four times in her first week, on one
occasion sustaining a fractured wrist. A review found that her prescription had been sitting at a
pharmacy forty miles away.

No Gaps brings together the ICB, which commissions health services for children in the youth justice
system and in secure care, the two youth justice services, Oakhollow, CAMHS and a local community
pharmacy group. Every child on ADHD medicine known to youth justice now has a medicine passport, held
electronically and on paper, with the current dose, the prescriber, the pharmacy and the date of the next
review. The youth justice case manager must tell the CAMHS ADHD nurse within one working day of any move.
The nurse arranges a bridging supply and, where needed, a new prescription. Oakhollow's health team has
access to the passports before a child arrives.
"""),
        ("stakeholders", "Who was involved", """
<<P:A group of young people at Oakhollow and in the community youth justice caseload, eight in total,
went through the passport with the participation workers and decided it should look like a bank card
that fits in a phone case, not a form, because, as they said, 'forms get lost and phones don't'.>>
<<P:Foster carers and kinship carers were asked what they needed when a child arrived in their home, and
their answer, a photograph of the tablet and the box as well as the name, was added to every passport.>>
<<P:One grandmother who had taken in her grandson at short notice described ringing eleven numbers to find
his medicine, and her account was used in training for every youth justice case manager in both
councils.>>

<<S:CAMHS ADHD nurses designed the bridging supply arrangement with pharmacists from the community pharmacy
group, after the pharmacists explained which paperwork they needed to dispense a controlled drug
legally.>> <<S:Oakhollow's nurses and care staff tested the passport for three months and asked for the
time of the last dose to be added, because the first dose after admission was often given too soon.>>
<<S:Youth justice case managers from both councils agreed the one-working-day notification rule
themselves, and asked for a single email address rather than a named nurse so that leave did not break
the chain.>>
"""),
        ("value", "Value", """
The bridging supplies cost little more than the medicine itself. The CAMHS ADHD nurse time is around
half a day a week across both councils' caseloads. Each restraint carries a risk of injury to the child
and staff and can lead to a safeguarding investigation, and every breach of an order can mean a return
to court and sometimes custody. The partners agreed to absorb the costs within existing budgets.

Staff at Oakhollow say new arrivals are calmer. Young people say the passport means they do not have to
explain themselves to every new adult.

The ICB's role has mostly been to hold the ring: convening the partners, paying for the nurse time and
the bridging supplies, and making sure that the commissioning contracts for CAMHS and for secure care
both now include the passport. The harder work has been done by the people who move children's medicine
around every week, and the partnership has given them a shared rulebook where before each was making it
up as they went along.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1835  older veterans with dementia whose trauma resurfaces in care homes -
#        pdf made from Word (soffice) - style headings - PRIVATE care home
#        group as primary entrant, with a veterans' charity and the community
#        trust's care home liaison team (ineligible) - director of care,
#        earnest - staff involved - NO patient involvement (residents as
#        beneficiaries, families told, life story forms filled in by staff)
# ---------------------------------------------------------------------------
entry(
    id="I1835", format="pdf", layout="style_headings", topic="older_veterans_dementia_trauma_care_homes",
    project="independent115-atease-1835", render_via="soffice", docx_font="Liberation Sans",
    title="At Ease: recognising service trauma in older veterans living with dementia in our care homes",
    cover=[
        "Primary entrant: Harcourt Meadows Care Group Ltd",
        "Partners: Veterans' Haven Yorkshire Dales (charity); Airedown Community NHS Trust (Care Home Liaison and Older People's Mental Health)",
        "Submitted by the Director of Care and Quality",
    ],
    primary_entrant=dict(name="Harcourt Meadows Care Group Ltd", type="private"),
    partners=[
        dict(name="Veterans' Haven Yorkshire Dales", type="charity"),
        dict(name="Airedown Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
Harcourt Meadows runs nine care homes for older people in the Dales, with about 480 residents. When we
checked in 2022, at least 62 of them had served in the armed forces, most during National Service or in
conflicts such as Korea, Malaya, Aden, Northern Ireland and the Falklands. Around two thirds of them were
living with dementia.

Dementia can bring old memories very close to the surface. We were seeing residents who shouted in the
night, hid under beds when a helicopter flew over, hit out when approached from behind, or became
terrified in the shower. Staff often did not know the person had served, and even when they did, they
did not connect the behaviour with what might have happened decades earlier. Too often the response was
to call the GP for a sedative or antipsychotic medicine, which in older people with dementia raises the
risk of falls, strokes and death.

In 2022 a resident in one of our homes, a former Royal Marine, fell and fractured his hip at 3am after
being given an extra dose of a sedative for 'agitation'. His daughter told us afterwards that he had
always been terrified of the dark since the Falklands, and that a light left on would probably have
settled him. Nobody had asked her.

We could not put this right on our own. Our staff are skilled carers, but few of them had any
understanding of military life or of how trauma shows itself in dementia. The community trust's care
home liaison team had the clinical expertise to review residents' distress and medicines, and Veterans'
Haven had decades of experience with older ex-service men and women and a network of volunteers who had
served themselves. The partnership was agreed in early 2023.
"""),
        ("evidence", "What has improved", """
Since March 2023, every new resident is asked on admission whether they served in the armed forces, and
for veterans a 'service history' page is added to the care plan, describing where they served, known
triggers such as loud noises, darkness or being touched from behind, and what helps. The care home
liaison team's older people's mental health nurses review any veteran whose distress is leading to a
request for medicine, and Veterans' Haven provides a trained visitor who spends time with the resident
each fortnight.

<<Q:Antipsychotic prescribing for veterans with dementia across our nine homes fell from 29% in March
2023 to 12% in September 2024.>> <<Q:Falls at night among veterans living with dementia went from 71 in
the twelve months before the programme to 38 in the twelve months after.>> <<Q:Incidents in which a
veteran injured a member of staff during personal care were halved over the same period.>>

Service history pages have been completed for all 62 veterans, and for 19 more identified since.
"""),
        ("stakeholders", "Who was involved", """
<<S:Night care assistants from three homes met with the liaison nurses and told them that most distress
happened between 2am and 5am and around showers, and together they wrote the 'what helps' section of the
service history page.>> <<S:Activity coordinators suggested the regimental music and photograph sessions
that now run in every home, after noticing how much residents responded to a visiting military band.>>
<<S:Veterans' Haven's volunteer coordinators and our home managers agreed how visitors would be matched to
residents, based on the branch of service and era.>> <<S:GPs covering four of the homes agreed with the
liaison team that no new antipsychotic will be started for a veteran until the service history page has
been reviewed.>>

Families of veterans are told about the programme when their relative moves in. Service history pages are
completed by the resident's key worker from the care records and from what is known. The programme is
designed to benefit every veteran living in our homes.
"""),
        ("value", "Value", """
The liaison nurses' reviews are part of their commissioned service. Veterans' Haven's visitors are
volunteers, and the charity has covered their training and expenses. Our costs have been staff time for
training, about £3,500 a year. Fewer falls and fewer antipsychotic prescriptions mean fewer hospital
admissions, and a better and safer life for the people in our care.

Staff tell us that knowing someone's story has changed how they see 'difficult' behaviour.
"""),
        ("spread", "Spread", """
The service history page has been adopted by the community trust for all care homes in its area, not just
ours. Veterans' Haven is offering its visitor scheme to two other care groups. We presented the work at
the regional dementia care conference in 2024.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1836  suicide and self-harm in the first weeks in approved premises - docx
#        - form - approved premises area manager, procedural - Probation
#        Service with a mental health trust, the ICB and a GP practice - staff
#        involved - NO patient involvement (residents surveyed with nothing
#        changed, residents given a welcome pack, a residents' forum planned,
#        residents as beneficiaries)
# ---------------------------------------------------------------------------
entry(
    id="I1836", format="docx", layout="form_table", topic="approved_premises_early_suicide_risk",
    project="independent115-firstfortnight-1836", docx_font="Calibri",
    title="The First Fortnight: reducing suicide and self-harm risk in the early weeks at approved premises",
    cover_table=[
        ("Title of entry", "The First Fortnight: reducing suicide and self-harm risk in the early weeks at approved premises"),
        ("Lead organisation", "The Probation Service (Approved Premises, Northern Marches Area)"),
        ("Partner organisations", "Marchfield Mental Health NHS Foundation Trust (Community Forensic and Crisis Teams); NHS Marchfield Integrated Care Board; Castlegate Medical Centre"),
        ("Name and role of entrant", "Area Manager, Approved Premises"),
    ],
    primary_entrant=dict(name="The Probation Service", type="public_other"),
    partners=[
        dict(name="Marchfield Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Marchfield Integrated Care Board", type="icb"),
        dict(name="Castlegate Medical Centre", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Approved premises are staffed residential units where people leaving prison on licence, and some people
on bail, live under supervision while they resettle. Our three premises in the Northern Marches have 68
beds between them. Residents often arrive straight from prison with a bag of belongings, a few days'
medicine and a set of strict rules, including a curfew and a ban on going to certain places. Many have
mental health problems, histories of self-harm and drug use, and very little left in the way of family.

The first two weeks are the most dangerous. Between 2019 and 2022 there were three deaths in our
premises, two by suicide and one from overdose, and all three happened within sixteen days of the person
arriving. Self-harm incidents followed the same pattern. Reviews found the same things each time: prison
mental health records that had not arrived, no GP registration, medicines that ran out on day five,
mental health teams that did not know the person had moved into their area, and staff who had not been
told about previous suicide attempts.

Our safety goals were that every resident would have their mental health history known to staff on the
day of arrival, a GP registration and medicines in place within two working days, and a contact with
mental health services within a week for anyone with a known risk.

Meeting those goals needed every partner. Probation controls who arrives and when, and employs the staff
who are with residents day and night. The mental health trust holds the expertise and the community
teams who will care for residents once they move on. The practice can register, prescribe and refer. And
the ICB commissions both the practice's extra work and the prison healthcare services that hold the
records we needed. Until 2022 these organisations rarely met about approved premises at all, except after
a death, when each was asked separately what it had known.
"""),
        ("evidence", "What evidence is there of improvement?", """
The First Fortnight began in October 2022. The approved premises' pre-arrival checklist now includes a
request to the prison healthcare team for a mental health summary, and the community forensic team
screens it before the person arrives. Castlegate Medical Centre registers every new resident on the day
of arrival, by a shared list sent each morning, and a practice pharmacist reconciles their medicines
within 48 hours. Anyone with a history of self-harm or a current mental illness has a joint meeting with
their key worker and a mental health practitioner in the first week, and a 'first fortnight plan' on
the premises' system, reviewed at every shift handover.

<<Q:Residents with a mental health summary available to staff on the day of arrival rose from 17% in
2021/22 to 88% in 2023/24.>> <<Q:Residents who ran out of prescribed medicine in their first two weeks
fell from 41 to 6 over the same period.>> <<Q:Self-harm incidents in the first fourteen days of residence
went from 34 in the two years before the programme to 13 in the two years since.>>
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Residential workers at all three premises told us that handover notes about risk were too long to
read on a night shift, and they designed the one-page first fortnight plan that is now used instead.>>
<<S:The forensic community psychiatric nurses and our approved premises managers met monthly for the
first year to go through every self-harm incident together, and changed the screening questions twice as
a result.>> <<S:GPs and the practice manager at Castlegate proposed the morning list, after explaining
that the registration forms posted by the premises were arriving after residents had already needed an
appointment.>> <<S:The ICB's health and justice team chaired the project board and worked out with prison
healthcare leads how the mental health summaries could be sent securely.>>

Every resident is given a welcome pack that explains how to get help at night. We carried out a survey of
residents in 2023, and as most said they felt safe, nothing was changed in response. Residents have not
yet been part of the design, but we would like to set up a residents' forum at each premises in 2025.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The programme has been delivered within existing budgets. The practice pharmacist time is funded by the
ICB at around £9,000 a year. Each death in custody or in approved premises is followed by an independent
investigation and an inquest, quite apart from its devastating effect on families, staff and other
residents.

Residential workers say they feel less anxious on night shifts because they know who is at risk. Mental
health teams say they meet people earlier.
"""),
        ("spread", "How has the work been shared and spread?", """
The pre-arrival mental health summary has been adopted by approved premises across the region, and the
national approved premises team has asked for the first fortnight plan template. We presented the work
to the regional health and justice partnership board in 2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1837  seizures, hypos and heat injuries among people doing unpaid work -
#        pdf - with appendix - council public health consultant, thorough -
#        county council public health with the Probation Service, an epilepsy
#        charity and the ambulance service - people on unpaid work involved -
#        NO staff involvement (supervisors trained, briefed, a named
#        manager, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1837", format="pdf", layout="with_appendix", topic="unpaid_work_health_emergencies",
    project="independent115-fitforthejob-1837", pdf_font="LiberationSans", pdf_align="J",
    title="Fit for the Job: keeping people safe on community payback placements",
    cover=[
        "Lead: Hollin County Council (Public Health)",
        "Partners: The Probation Service (Hollin Community Payback); Epilepsy Friends Hollin (charity); Northern Shires Ambulance Service NHS Trust",
        "Prepared by the Consultant in Public Health",
    ],
    primary_entrant=dict(name="Hollin County Council", type="local_authority"),
    partners=[
        dict(name="The Probation Service", type="public_other"),
        dict(name="Epilepsy Friends Hollin", type="charity"),
        dict(name="Northern Shires Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Why this mattered", """
Unpaid work, often called community payback, is one of the most common requirements of a community
sentence. In Hollin about 1,100 people a year carry out unpaid work: clearing footpaths, painting
community halls, sorting donations, cutting back overgrown cemeteries. Much of it is physical and
outdoors, sometimes in heat or cold, often a long way from a road. Groups of six to ten people work under
a single supervisor.

People sentenced to unpaid work are not a healthy group. Many have epilepsy, diabetes, heart or lung
disease, or injuries that have never been properly treated, and many take medicines that affect their
alertness or how their body deals with heat. Until 2023 none of this was routinely known to the
supervisor in charge of the group. The induction form asked only 'any health conditions?' and most people
wrote 'no', either because they did not want to be seen as making excuses or because they did not think
it mattered.

The council's public health team became involved after an ambulance was called to a remote woodland
placement in the summer of 2022. A man in his thirties had a prolonged seizure while using a brush cutter.
The supervisor did not know he had epilepsy, did not know what to do, and could not give a location the
ambulance could find. The crew took 47 minutes to reach him. He survived but was badly hurt.

When we then looked at the probation service's incident records, together with ambulance call data for
placement addresses, we found 58 health emergencies on placements over three years, including seizures,
hypoglycaemia, heat exhaustion, chest pain and two overdoses in the minibus on the way back. We realised
that no one organisation owned this. Probation managed the placements, the NHS responded to the
emergencies, and the knowledge about epilepsy and other conditions was held by charities and clinicians
who never met anyone from community payback.
"""),
        ("evidence", "What difference it has made", """
Fit for the Job started in April 2023. It has four parts.

- A new health induction, designed with Epilepsy Friends, asks specific questions about seizures, diabetes, heart and breathing problems, medicines and recent injuries, and explains why each question matters for safety.

- A one-page health plan for each person with a relevant condition travels in a sealed envelope in the supervisor's kit, with what to do in an emergency.

- Every placement site now has a what3words location and access directions agreed with the ambulance service, printed on a card in the van.

- Work is adjusted in hot weather, using the Met Office heat health alerts, with extra water and shade and no heavy work in the middle of the day.

<<Q:Health emergencies on placements needing an ambulance fell from 22 in 2022/23 to 9 in 2024/25, while the number of people on unpaid work stayed about the same.>> <<Q:The average ambulance response time to placement sites dropped from 31 minutes to 17 minutes, which the ambulance service puts down to the location cards.>> <<Q:The proportion of people on unpaid work who declared a health condition at induction went from 12% to 39%.>>

Since the start, 612 health plans have been written and 94 placement sites given location cards.
"""),
        ("stakeholders", "Who was involved", """
<<P:The new induction questions were tested with people who were then doing unpaid work: a group of
fourteen of them went through the draft with an Epilepsy Friends worker during a lunch break, and told us
that the word 'disability' made people tick 'no', so it was removed and every question now starts with
'Do you ever...'.>> <<P:A man who had a seizure on a placement in 2022 agreed to meet the project team,
and it was his idea that the health plan should go in a sealed envelope, so the rest of the group would
not know his business unless it was needed.>> <<P:Women on unpaid work asked for placements with access to
a toilet to be offered to anyone with diabetes or a bladder condition, and this is now part of how
placements are allocated.>>

All 38 community payback supervisors were trained in first aid for seizures and hypoglycaemia by
Epilepsy Friends and the ambulance service. Placement managers were briefed on the heat guidance at
their team meeting. The programme is managed on behalf of the partners by the community payback manager,
who reports to the county's health and justice board. We plan to ask supervisors for their views on the
health plans in the coming year.
"""),
        ("value", "Value", """
The cost of the programme has been modest: £4,200 for printing, training materials and first aid kits,
paid by public health, and the charity's time, covered by a small grant. Each ambulance call-out costs
several hundred pounds and each avoided injury or hospital stay much more. Placements that are
interrupted by an emergency also have to be rescheduled, which costs probation time.

People on unpaid work say that for the first time someone has explained why health questions are asked.

Perhaps the most important change is one that is hard to count. Before the programme, a supervisor
taking a group of strangers into a wood had no idea which of them might be at risk and no plan for what
to do. Now each supervisor has the information needed, a way of telling the ambulance service exactly
where they are, and the first aid skills to keep someone safe until help arrives. The courts, too, can be
more confident that an unpaid work requirement will not put someone in danger because of a health
condition that nobody knew about.

From a public health point of view, the programme has also been a way of reaching a group of people who
rarely come into contact with health services except in an emergency. Several people have told the
Epilepsy Friends worker that the induction was the first time anyone had asked them about their seizures
since they left school, and a number have since been referred back to a neurologist.
"""),
        ("spread", "Spreading the work", """
The probation region has adopted the health induction for all unpaid work across its six counties from
January 2025. The ambulance service has offered location cards to other outdoor volunteer and work
groups, including the county's conservation volunteers. We have shared our materials with public health
teams in the region through the health and justice network.
"""),
    ],
    trailer=[
        ("heading", "Appendix: data sources and definitions"),
        ("para", "Health emergencies on placements are taken from the probation service's incident log, matched by date and address with the ambulance service's call records. Response times are from the ambulance service's computer-aided dispatch data for calls to placement addresses. Declaration rates are from the induction forms."),
        ("para", "Health induction questions (summary): Do you ever have seizures, blackouts or fits? Do you ever have low blood sugar? Do you ever get chest pain or breathlessness when working? Do you take any medicines that make you drowsy? Have you had an injury in the last six months?"),
        ("para", "Hollin County Council, Public Health, County Hall, Hollinbridge, HL1 4QT."),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1838  young people given out-of-court disposals for drugs who never reach
#        treatment - docx - style headings - police inspector, direct - police
#        force with a young people's drug service, the youth justice service
#        and the ambulance service - young people, a parent and staff
#        involved (detention officers, 'youth navigators') - NO quantitative
#        evidence (referral counts, dates, a single figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1838", format="docx", layout="style_headings", topic="youth_out_of_court_disposal_drug_treatment",
    project="independent115-nextdoor-1838", docx_font="Calibri",
    title="Next Door, Not Next Time: turning drug-related out-of-court disposals for young people into treatment",
    cover=[
        "Lead organisation: Danemoor Constabulary (Youth Justice and Diversion Unit)",
        "Partners: Compass Young People's Substance Use Service (Danemoor Recovery Trust, charity); Danemoor County Council Youth Justice Service; Eastern Vale Ambulance Service NHS Trust",
        "Author: Inspector, Youth Justice and Diversion",
    ],
    primary_entrant=dict(name="Danemoor Constabulary", type="emergency_service"),
    partners=[
        dict(name="Danemoor Recovery Trust", type="charity"),
        dict(name="Danemoor County Council", type="local_authority"),
        dict(name="Eastern Vale Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "The problem", """
When a young person is caught with cannabis or ketamine in Danemoor, the most common outcome is not a
court appearance but an out-of-court disposal, usually a community resolution or a youth caution with
conditions. One of those conditions is often that they attend a session with the young people's drug
service. On paper this is diversion from the justice system into help. In reality, when we checked in
2022, most of those young people never turned up.

The reasons were simple enough. The officer filled in a referral form that went to a shared inbox. The
service wrote to the young person, often at an address where they no longer lived, and offered an
appointment two or three weeks later at an office in the town centre. If they did not attend, the
service closed the referral. Nobody told the officer, and the condition was quietly forgotten.

Meanwhile the harm was growing. Ketamine use among teenagers had risen sharply in the county, and
paediatric urology was seeing young people with bladder damage. The ambulance service was attending more
young people who had collapsed after mixing drugs and alcohol. In the summer of 2022 a sixteen-year-old
girl who had been given a community resolution for ketamine possession three months earlier was found
unconscious in a park and spent four days in intensive care. She had never been contacted by the drug
service because her referral had gone to her father's old address.

We realised the disposal itself was not the problem. The gap was the few days between the police
contact and a first conversation with someone who could help.
"""),
        ("evidence", "What has changed", """
Since February 2023 a youth navigator from Compass, the young people's drug service, is based in our
youth justice and diversion unit four days a week. When an officer gives a young person a drug-related
out-of-court disposal, the navigator phones or messages them the same day and arranges to meet within a
week, at a place they choose: a café, a school, a youth club, or their home. The youth justice service's
out-of-court disposal panel reviews every case where the young person has not engaged after two weeks.
The ambulance service now refers any young person it attends after drug use to the same navigator, with
consent.

From February 2023 to January 2025, 384 young people were referred to the navigator, 61 of them by
ambulance crews. The navigator made contact with 341 of them within a week and 289 had at least one
session with Compass. Thirty-two young people with heavy ketamine use were referred on to the
paediatric urology clinic. The partners have agreed a target that 80% of referred young people will have
a first session within a fortnight.

We have not yet compared reoffending or hospital admissions with the period before, because the
numbers in any one year are small; the county's public health team is helping us with this for our
2025 report.
"""),
        ("stakeholders", "Who was involved", """
<<P:Young people who had received an out-of-court disposal were asked by the navigator what would have
made them turn up, and their replies, that a letter from 'a drug service' would never be opened and that
the first meeting should not be in an office, are the reason the first contact is by phone or message and
the meeting place is their choice.>> <<P:A mother whose son had been cautioned twice spoke to our
neighbourhood sergeants' meeting and asked that parents be told about the navigator at the same time as
the young person, which is now part of the officer's script.>>

<<S:Custody detention officers and the youth justice and diversion unit's case officers worked with
Compass to cut the referral form from four pages to one, after pointing out that it was being left half
completed at the end of shifts.>> <<S:Ambulance clinicians in the county's two busiest towns asked for a
way to refer young people they had treated but not taken to hospital, and designed the referral route
with the navigator.>> <<S:The out-of-court disposal panel, made up of youth justice workers, police and a
Compass worker, changed its own terms of reference so that it reviews non-engagement at two weeks rather
than at the end of the caution period.>>
"""),
        ("value", "Value", """
The navigator post costs £36,000 a year and is funded jointly by the police and crime commissioner and
the council's public health grant. An admission to intensive care costs several thousand pounds a day,
and one prosecution of a young person costs more than a year of the navigator's time.

Officers say they now feel they are giving young people something real rather than a piece of paper.

The partnership also matters beyond the young people who are referred. Officers on the street now have
something to offer that does not involve a criminal record, and parents have someone to call. The
ambulance service has a route for young people whom crews were previously leaving at home with nothing
more than advice. And Compass now meets young people months or years earlier than it used to, before
their drug use has become entrenched.
"""),
        ("spread", "Spread", """
The approach has been written into the force's out-of-court disposal policy for all young people, and
the neighbouring force has asked to visit. The ambulance service is considering the referral route for
young people in its other counties. We presented the work at the regional youth diversion conference in
October 2024.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1839  welfare calls to isolated older veterans by a breakfast club network
#        - pdf - numbered questions - veterans' charity on its own (no
#        partner; GP practices and the council only mentioned; ineligible) -
#        founder and chair, chatty - members involved - NO staff involvement
#        (volunteers trained, a named coordinator, volunteers briefed)
# ---------------------------------------------------------------------------
entry(
    id="I1839", format="pdf", layout="numbered_questions", topic="older_veterans_welfare_calls_isolation",
    project="independent115-roll-call-1839", pdf_font="DejaVuSans", pdf_align="L",
    title="Roll Call: a weekly welfare call for older veterans who live alone",
    cover=[
        "Entrant: Penmorrow Veterans' Breakfast Clubs (charitable incorporated organisation)",
        "Entry written by the Founder and Chair",
    ],
    primary_entrant=dict(name="Penmorrow Veterans' Breakfast Clubs", type="charity"),
    partners=[],
    sections=[
        ("context", "1. What was the problem?", """
We started with one breakfast in a café in 2016: six old soldiers, a bacon roll and a lot of talk. We now
run fourteen breakfast clubs across Penmorrow, each meeting once a fortnight, with about 700 members on
our books. Most are over seventy. Many are widowers. Quite a few live in villages with one bus a day.

Over the years we noticed a pattern. A regular would stop coming. Someone would say 'haven't seen Ken for
a while', and by the time anyone went round, Ken had been lying on his kitchen floor for two days, or had
been in hospital for a fortnight and come home to an empty house, or had simply stopped eating. In the
winter of 2021-22 we lost three members who died alone at home and were not found for several days. One
of them, a former Royal Navy stoker, had told me at breakfast the month before that he was 'not
bothering much with the heating'. I did not do anything about it, and I still think about that.

We are not a health service and we do not pretend to be. But our members trust us in a way they do not
always trust the GP or the council, and they will tell another veteran things they would not tell a nurse.
We wanted to use that.
"""),
        ("evidence", "2. What difference has it made?", """
Roll Call started in October 2022. Any member who lives alone can sign up to get a phone call every
week, at a time they choose, from a volunteer who is usually a member of the same club. The volunteer
follows a short list of questions: have you eaten today, is the house warm, have you had a fall, are you
taking your tablets, have you been out. If the answer to any of them is worrying, or if the member does
not answer two calls in a row, the volunteer rings our welfare line, and a welfare volunteer will either
ring the member's named contact, call round, or call 999 if needed. With the member's agreement, we also
help them contact their GP or the council's adult social care team.

<<Q:The number of members who were found after a fall or illness at home more than 24 hours after it
happened went from 9 in the year before Roll Call to 1 in its second year.>> <<Q:Members reporting that
they 'often' or 'always' felt lonely on our yearly questionnaire dropped from 41% in 2022 to 24% in
2024.>> We have made 21,400 calls, and 212 welfare concerns have been followed up, including 17 calls to
999.
"""),
        ("stakeholders", "3. Who was involved and how?", """
<<P:The questions were put together at three of our breakfast clubs, where members argued over them for
weeks; they threw out 'how is your mood?' and put in 'have you been out of the house?', because, as one
old sapper said, 'nobody under seventy says mood'.>> <<P:Members also decided that the caller should be
someone from their own club wherever possible, and that they should be able to choose the time of the
call, and both rules stand.>> <<P:The widow of one of the men we lost in 2022 asked that members be able to
name someone to ring if they miss two calls, and she helped us write the named contact form.>>

All 86 calling volunteers were trained by our welfare coordinator in the call script and in what to do if
someone is unwell. Club organisers were briefed at our annual meeting. The coordinator, Mrs Sheila
Trevanion, runs the welfare line rota and keeps the records, as her role requires.
"""),
        ("value", "4. Is it value for money?", """
Roll Call costs us about £6,000 a year, mostly for phones, call credit and volunteers' expenses, raised
by our members and local businesses. Every person found quickly after a fall is spared a long lie and
possibly a hospital stay. Every member who is still coming to breakfast is one less person alone.
"""),
        ("spread", "5. Has it been shared?", """
We have talked about Roll Call to veterans' breakfast clubs in three other counties, and two have
started something similar using our questions. The county's armed forces covenant newsletter featured
the scheme, and some local GP practices now hand out our leaflet to veterans who live alone.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1840  medical emergencies in court buildings and court cells - docx -
#        bullet lists - short - ambulance service consultant paramedic, terse
#        - ambulance service with HMCTS, a private court custody contractor
#        and a liaison and diversion service - court users and staff involved
#        - NO evidence section and no measured change anywhere in the entry
# ---------------------------------------------------------------------------
entry(
    id="I1840", format="docx", layout="bullet_lists", topic="court_building_medical_emergencies",
    project="independent115-courtready-1840", docx_font="Arial",
    title="Court Ready: faster help for people who become seriously unwell in court buildings",
    cover=[
        "Lead: Midshire Ambulance Service NHS Trust",
        "Partners: HM Courts and Tribunals Service (Midshire Combined Court Centre and Carrowby Magistrates' Court); Bastion Custody Solutions Ltd (court custody contractor); Midshire Partnership NHS Trust (Liaison and Diversion)",
        "Author: Consultant Paramedic, Urgent and Emergency Care",
    ],
    primary_entrant=dict(name="Midshire Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="HM Courts and Tribunals Service", type="public_other"),
        dict(name="Bastion Custody Solutions Ltd", type="private"),
        dict(name="Midshire Partnership NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we did this", """
Court buildings see a lot of medical emergencies: defendants who have taken something before coming to
court or swallowed drugs when arrested, people in alcohol withdrawal in the cells, witnesses and family
members who collapse under stress, and, after sentence, people who self-harm. Court staff are not
clinicians, and until 2023 our crews often lost time getting to the patient.

What our crews reported in 2022:

- being held at the public entrance security arch for several minutes with their kit

- no one meeting them, and no one able to say which courtroom or cell the patient was in

- cell keys held by one officer who was escorting someone else

- no information about the detainee's health, even when liaison and diversion had seen them that morning

- no defibrillator in the cell area at one of the two courts

What Court Ready does, since June 2023:

- every 999 call from a court building is flagged on our dispatch system and a 'meet and greet' person is named by the court before the crew arrives

- crews go through the staff entrance, not the security arch

- the custody contractor keeps a spare set of cell keys with the duty manager

- liaison and diversion's morning notes on each detainee can be handed to the crew with the detainee's consent

- both courts now have a defibrillator and a naloxone kit in the cell corridor

The two courts in our area hear cases from across the county, and the combined court centre also has a
busy family court and a witness service. On any weekday there may be several hundred people in the
building, including detainees brought from police custody and prison, many of whom have not slept, eaten
or taken their usual medicines. Our control room receives calls from both buildings most weeks. The
courts are also some of the hardest places in the county for a crew to reach quickly, with locked doors,
secure corridors and basements where radios and phones do not work well.
"""),
        ("stakeholders", "Who was involved", """
- <<S:paramedics who had attended calls at the courts walked through both buildings with the court managers and the custody contractor's supervisors, and chose the staff entrance route that crews now use>>

- <<S:the custody contractor's detention officers asked for a short card on what to say to a 999 call handler, and wrote it with our emergency operations centre>>

- <<S:ushers and security staff at Carrowby suggested that the usher in each court act as the meet and greet person, because they always know where everyone is>>

- <<P:two people who had been taken ill in the cells, one after swallowing drugs on arrest, told the liaison and diversion team what they remembered of waiting for help, and asked that detainees be told when an ambulance had been called, which is now on the custody officers' card>>

- <<P:a support group for families of defendants, which meets at the combined court's witness service, asked for a first aid trained person to be available in the public waiting areas on busy days, and HMCTS agreed>>
"""),
        ("value", "Value", """
- the defibrillators and naloxone kits cost £2,900 and were paid for by HMCTS

- everything else was a change in how we work together, at no extra cost

- minutes matter in a cardiac arrest or an overdose, and a crew held at a security arch is a crew not treating a patient

- court staff say they feel less helpless when someone becomes unwell
"""),
        ("spread", "Spread", """
- HMCTS has shared the meet and greet arrangement with the other court buildings in the region

- we have added all court buildings in our area to the dispatch flag, including tribunals and coroners' courts

- the custody contractor is using the 999 card at its other court sites
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
