"""Seventy-second independent evaluation set (I1137..I1152) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing ambulance services, councils,
dementia and carers' charities, acute, community and mental health trusts, universities,
primary care, hospices, police forces, care home groups, community organisations and
carers' groups send in, in their own voices and at their own length.  The theme of this
set is dementia and delirium across hospital, care homes and home, and the family carers
of people living with dementia.

Topics: ambulance crews asking whether confusion is new and sending the urgent community
response team to people with delirium at home (an ambulance service with the acute trust,
the community trust and a carers' network, own headings), no permanent care home
decisions while a person leaving hospital is still delirious (a council adult social care
team, bold headings with a cover table), family carers hurt by the person they care for
when dementia brings distress and aggression (a dementia charity with the police, the
mental health trust and the council, no headings, long), follow-up for older people who
leave hospital still delirious (an acute trust delirium team, CAPS headings), pain found
and treated in care home residents with advanced dementia (a university lead, two
columns), safety checks for people waiting many months for a memory assessment (a mental
health trust memory service, numbered questions with cover bullets), harm between
residents living with dementia in care homes (a private care home group as primary
entrant, lists), pulse checks for people taking cholinesterase inhibitor dementia
medicines (a primary care network, a form with a cover table), baseline assessments for
dementia in adults with Down's syndrome (a community learning disability team, rubric
headings), police called to care homes about distressed residents with dementia (a police
force, results first, no spread section), unwanted hospital admissions in the last months
of life for people with advanced dementia (a hospice lead, with appendix, long), the
health and safety of family carers of people with dementia (a GP federation, style
headings), families helping with delirium in intensive care (departments of one trust, no
partner, a pdf made from Word), people with dementia who lose their English in hospital
and care homes (an Asian elders' centre, a form with a cover table), a one-page picture of
a care home resident's usual self that travels with them to hospital (an integrated care
board, numbered questions) and a card that helps family carers spot delirium at home (a
carers' group on its own, short lists with no evidence section).

Lead types and layouts: I1137 emergency_service (ambulance), pdf own_headings; I1138
local_authority, docx bold_headings with a cover table; I1139 charity (dementia), docx
no_headings; I1140 nhs_trust (acute), pdf caps_headings; I1141 university, pdf
two_column; I1142 nhs_trust (mental health), docx numbered_questions with cover bullets;
I1143 private, pdf bullet_lists; I1144 primary_care (PCN), pdf form_table with a cover
table; I1145 nhs_trust (community), docx rubric_headings; I1146 emergency_service
(police), docx reordered; I1147 charity (hospice), pdf with_appendix; I1148 primary_care
(GP federation), docx style_headings; I1149 nhs_trust (no partner), pdf style_headings
via soffice; I1150 charity (elders' centre), docx form_table with a cover table; I1151
icb, pdf numbered_questions; I1152 patient_group (no partner), docx bullet_lists.

Build it with

    .venv/bin/python data/independent/build.py --set 72   (writes data/corpus/independent72/)

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
    numbers trained, activity counts (visits, calls, referrals, checks, assessments,
    bookings, people screened or identified), single figures with no baseline, a zero
    with no earlier figure, figures that did not change, budgets, costs and savings
    estimates, phone numbers, postcodes, reference numbers, targets not yet reached,
    plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('halved', 'a third fewer', a sustained shift on a statistical process control
    chart); no_quantitative_evidence looks only at the evidence section (or the whole
    entry when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, people living with dementia and family carers,
    unusual job titles, list items), wherever in the entry it is told; a volunteer or
    peer worker with lived experience, employed by a partner, who helped design the work
    is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; patients' and carers' support groups,
carers' networks and self-advocacy groups are patient_group; hospices, dementia and
carers' charities, elders' centres, supported living charities and care associations are
charity; a university is university; care home groups are private).  A department or
team of the entrant's own organisation is not a partner.  Flags are written by hand and
build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1137  delirium recognised by ambulance crews at home - pdf - own headings -
#        consultant paramedic, practical - ambulance service with the acute
#        trust, the community trust's urgent community response team and a
#        dementia carers' network - carers (one told in the context section)
#        and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1137", format="pdf", layout="own_headings", topic="ambulance_delirium_recognition_home",
    project="independent72-isthisnew-1137", pdf_font="LiberationSans", pdf_align="L",
    title="Is This New? Spotting delirium when ambulance crews are called to older people at home",
    cover=[
        "Lead organisation: Calderwick and Moors Ambulance Service NHS Trust",
        "Partners: Calderwick Royal Hospitals NHS Foundation Trust (Older People's Medicine and Frailty); North Calderwick Community Health NHS Trust (Urgent Community Response); Calderwick Dementia Carers' Network",
        "Written by the Consultant Paramedic for Older People",
    ],
    primary_entrant=dict(name="Calderwick and Moors Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Calderwick Royal Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="North Calderwick Community Health NHS Trust", type="nhs_trust"),
        dict(name="Calderwick Dementia Carers' Network", type="patient_group"),
    ],
    sections=[
        ("context", "Why we started", """
Somewhere between a quarter and a third of the calls our crews attend for people over 75 mention
confusion. Many of those patients are living with dementia, and many live at home with a husband, wife,
son or daughter who knows them better than anyone. The question that matters on those calls is easy to
ask and hard to answer: is this new? A person with dementia who has become more muddled, sleepy,
agitated or frightened over a day or two may have delirium, which is a medical emergency. The cause is
often treatable, such as an infection, a full bladder, constipation, dehydration, pain or a new medicine,
and if it is missed the person can go downhill fast, fall, stop eating and drinking, and sometimes never
get back to how they were.

Our crews were not set up to spot it. The electronic patient record had a tick box for 'confusion' but
nowhere to record what the person was normally like. Crews arriving at two in the morning often met a
frightened carer who could not get a word in, and wrote 'known dementia, confused' as if that explained
everything. Two things then happened. Some people were taken to the emergency department when they could
have been treated at home, and spent many hours on a trolley in a bright, noisy corridor, which is about
the worst place on earth for someone with delirium. Others were left at home with their delirium put down
to 'the dementia getting worse', and nobody looked for the cause.

One call in February 2022 stays with all of us. A crew attended a man of 84 with Alzheimer's disease
whose wife had rung because he was 'not himself' and would not get out of his chair. His observations
were within normal limits, he was known to have dementia, and he was left at home with advice to see his
GP. Two days later he was taken to hospital with urinary retention and sepsis. His wife said afterwards
that she had told the crew three times that he had walked to the shops with her the week before. Nobody
had written it down.

When we looked back at 200 similar calls from 2021, the carer's description of the person's usual self
had been recorded in fewer than one in ten. The urgent community response team, which can see someone at
home within two hours, was almost never called. And when patients did reach hospital, the frailty team
had no idea what the crew had been told on the doorstep.

Is This New? has three parts. Crews ask three questions of whoever knows the person best: has there been
a sudden change over hours or days; is it different from the same time last week; and is the person more
sleepy, or more restless, than usual. They then do the 4AT, a short test of alertness and attention that
is now built into the record. If delirium is likely and the person does not need emergency treatment, the
crew rings the urgent community response clinical line, which sends a nurse or therapist the same day to
look for the cause. If the person does need hospital, the handover starts with 'delirium likely' and the
carer's description of their usual self, and the frailty team is paged. <<P:The three questions were put
into words by people who look after someone with dementia at home, members of the Calderwick Dementia
Carers' Network, who threw out our first draft because it used the word 'baseline', which none of them
would ever say.>>
"""),
        ("evidence", "What has changed", """
We compared calls to people aged 75 and over with dementia or new confusion in 2022, before the change,
with the same calls in 2024. The figures come from the ambulance record, the urgent community response
team's referral log and a monthly audit by the hospital frailty team.

<<Q:Calls where the carer's account of the person's usual self was recorded went up from 8% to 71%.>>
<<Q:The share of these patients taken to the emergency department fell from 68% to 49%, while the share
referred for a same-day home visit from the urgent community response team rose from 3% to 24%.>>
<<Q:Among those left at home, further 999 calls or emergency admissions within 72 hours went down from
18% to 10%.>>

<<Q:In the frailty team's audit of 50 admissions a month, patients arriving by ambulance with delirium
already written in the handover rose from about one in ten to just over half.>>

In 2024 the urgent community response team made 1,386 same-day visits after a referral from one of our
crews. In 412 of them a cause for the delirium was found and treated at home, most often a urine or chest
infection, constipation or a bladder that was not emptying.
"""),
        ("stakeholders", "The people who made it work", """
<<S:Paramedics and emergency medical technicians from four stations tried the three questions for two
months and asked for the 4AT to open by itself when 'new confusion' is ticked, because on busy nights it
was being skipped.>> <<S:Urgent community response nurses and therapists told us that a referral saying
'confused' was no use to them, and with our clinical hub they wrote the short script that crews now read
out when they ring.>> <<S:Consultants and nurses from the hospital frailty team came out on night shifts
with crews, and after seeing what crews face they changed their own triage so that a 'delirium likely'
handover goes straight to the frailty unit rather than into the main department.>>

<<P:Carers from the network also ran the first part of our training themselves, telling crews what it is
like to be talked over on your own doorstep, and it was their idea to add the line 'You know them best -
what is different today?' to the script.>> <<P:Mrs Jean Roper, whose husband's story is told above,
asked that the carer's own words be copied into the handover exactly as they are spoken, and that is now
how the field works.>>
"""),
        ("value", "Value for money and experience", """
There was no new money. The 4AT screen was added by our record supplier within the existing contract, and
the urgent community response team was already funded to take same-day referrals. The main cost was a
three-hour training session, which 620 crew members have now had. A visit from the community team costs a
fraction of an ambulance journey, an emergency department attendance and, all too often, a week in a
hospital bed for someone whose delirium got worse in the corridor.

Crews tell us the three questions give them permission to slow down and listen. Carers say they finally
feel that someone is writing down what they say.
"""),
        ("spread", "Spreading the work", """
The three questions and the 4AT screen are now part of the national clinical record used by two
neighbouring ambulance services, and the regional ageing well network has shared our referral script with
every urgent community response team in the region. The carers' network has printed the questions on a
fridge card that memory clinics in Calderwick hand out at diagnosis, so families know what crews will ask.
We presented the work at the national ambulance frailty conference in 2024.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1138  no permanent care home decisions during delirium - docx - bold
#        headings with a cover table - principal social worker, careful -
#        council with the acute trust delirium team, the community trust's
#        reablement service and a care providers' association - staff
#        involved - NO patient involvement (a complaint, families given a
#        leaflet and sent letters, a survey that changed nothing, Healthwatch
#        informed, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1138", format="docx", layout="bold_headings", topic="delirium_permanent_care_home_decisions",
    project="independent72-notyet-1138", docx_font="Calibri",
    title="Not Yet: no permanent care home decisions while a person is still delirious",
    cover_table=[
        ("Entry title", "Not Yet: no permanent care home decisions while a person is still delirious"),
        ("Lead organisation", "Oxenholt County Council, Adult Social Care (Hospital Discharge Team)"),
        ("Partners", "Oxenholt General Hospital NHS Foundation Trust (Delirium and Dementia Team); Oxenholt Community Services NHS Trust (Reablement and Intermediate Care); Oxenholt Care Providers' Association"),
        ("Contact", "Principal Social Worker for Adults, Oxenholt County Council"),
    ],
    primary_entrant=dict(name="Oxenholt County Council", type="local_authority"),
    partners=[
        dict(name="Oxenholt General Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Oxenholt Community Services NHS Trust", type="nhs_trust"),
        dict(name="Oxenholt Care Providers' Association", type="charity"),
    ],
    sections=[
        ("context", "Why we did it", """
Deciding that someone should live permanently in a care home is one of the most serious decisions adult
social care is involved in. For an older person it usually means giving up their home for good. Yet for
years a good number of these decisions in Oxenholt were being made on hospital wards, under pressure to
free a bed, about people who were delirious at the time.

Delirium makes people look far more disabled than they really are. Someone who was managing at home the
month before can appear unable to wash, dress, remember their medicines or take part in a conversation
about their future. If their mental capacity to decide where to live is assessed in the middle of a
delirium, they will often be found to lack it, and a best interests decision follows. Many people recover
from delirium over days or weeks. By then, some of ours had already moved into a care home and their
families had handed back the keys to their flat.

The case that made us look properly was a woman of 79 who broke her hip in 2022. She was delirious for
most of her three weeks on the orthopaedic ward. She was assessed as lacking capacity to decide where to
live and placed in a nursing home. Six weeks later she was clear-headed and asking to go home. It took
five months, a formal complaint from her daughter and a new tenancy to get her there, because her council
flat had been given up in the meantime.

We audited 120 permanent placements made directly from hospital in 2022 and found that in 41% the
person had delirium recorded in their notes during the week the decision was made. In several of those
cases nobody on the social care side knew, because the word delirium did not appear anywhere in the
discharge referral.

Not Yet is a simple rule, agreed by all four organisations in March 2023: no permanent decision about
where someone should live is made while they are delirious. The hospital's delirium team adds a 'delirium
not yet resolved' flag to the discharge referral. The person goes home with reablement, or to an interim
bed in a care home, never as a permanent placement. The reablement team or the care home checks for
delirium at two weeks and at six weeks. Only when the delirium has cleared are the person's capacity and
long-term needs assessed, wherever possible in their own home. The council's housing service holds any
tenancy open until then.
"""),
        ("evidence", "Evidence of improvement", """
We compared the twelve months of 2022 with the twelve months of 2024.

<<Q:People discharged from the hospital straight into a permanent care home placement fell from 318 in
2022 to 221 in 2024.>> <<Q:In our repeat audit of permanent placements made from hospital, the share where
the person was delirious during the week the decision was made went down from 41% to 7%.>> <<Q:Complaints
and safeguarding concerns about placements that the person or their family disputed fell from 23 to 6.>>

Since the rule began, 264 people with unresolved delirium have left hospital under Not Yet, and 151 of
them were living in their own homes three months later. No tenancy has been given up while a decision was
still open.
"""),
        ("stakeholders", "How people were involved", """
<<S:Hospital social workers and the delirium nurse specialists designed the 'not yet' flag together,
after the social workers pointed out that the referral form had no way of saying that a person's
confusion was expected to get better.>> <<S:Reablement support workers asked for a simple way to tell
whether delirium had cleared, so the delirium team taught them the 4AT and they built it into their two-
and six-week reviews.>> <<S:Managers from the care providers' association told us that interim beds were
being turned down because homes were afraid of being left with people indefinitely, and after two
meetings with them the interim contract was rewritten so that the council must review every interim stay
by week six.>> <<S:The tenancy hold was suggested by council housing officers, who had seen too many
flats handed back too early.>>

Families are given a leaflet when the person leaves hospital explaining what an interim bed is and why the
decision has been put off. Everyone discharged under the rule is sent a letter confirming their review
dates. We surveyed 40 families in 2023 about the leaflet and most said it was clear, so it has stayed as it
was. The local Healthwatch was informed of the change. People who use our services and their families
will be invited to join a reference group when the rule is reviewed in 2025.
"""),
        ("value", "Value", """
An interim care home bed for six weeks costs the council roughly the same as six weeks of a permanent
placement, so there is no extra cost in the short term. Every person who goes home instead saves the
council and the person's own savings many thousands of pounds a year. The reablement reviews take about an
hour each. More importantly, we are no longer taking away people's homes on the strength of an assessment
made while they were ill.

Social workers say they feel they can now do their job properly rather than rubber-stamp a ward's
decision.
"""),
        ("spread", "Spread", """
The rule has been written into the council's hospital discharge policy and into the discharge to assess
guidance of the integrated care board, which covers two other councils. The delirium team has shared the
flag with the other acute trust in the county. We presented Not Yet at the regional principal social
workers' network and at a national conference on mental capacity in 2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1139  family carers hurt by the person they care for - docx - no headings
#        - long - dementia charity chief executive, personal, first person -
#        charity with the police, the mental health trust and the council -
#        carers and people with dementia involved - NO staff involvement
#        (officers watched a video, call handlers briefed, the team took
#        referrals, a named lead, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1139", format="docx", layout="no_headings", topic="family_carers_harmed_distressed_behaviour",
    project="independent72-safetogether-1139", docx_font="Georgia",
    title="Safe Together: support for family carers when dementia brings distress and aggression at home",
    cover=[
        "Dementia Together Hembury (registered charity), lead entrant",
        "Working with Hembury and Wold Police, Hembury Partnership NHS Foundation Trust (Older Adults' Community Mental Health Team) and Hembury Borough Council (Adult Social Care)",
        "Written by Sue Haddington, Chief Executive, Dementia Together Hembury",
    ],
    primary_entrant=dict(name="Dementia Together Hembury", type="charity"),
    partners=[
        dict(name="Hembury and Wold Police", type="emergency_service"),
        dict(name="Hembury Partnership NHS Foundation Trust", type="nhs_trust"),
        dict(name="Hembury Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
Nobody likes to talk about this, so I will start with it. Some people living with dementia hit, push,
scratch or bite the person who looks after them. It is not their fault. Usually they are frightened, in
pain, confused about where they are or who is helping them undress, or simply exhausted at the end of the
day. But the people on the receiving end are mostly husbands and wives in their seventies and eighties,
and they get hurt. In our carers' groups we have seen black eyes covered with make-up, broken wrists
explained as falls, and a man of 81 who slept in his car on the drive for a week because he was afraid to
go back in.

Carers hardly ever report it. They are ashamed, they feel disloyal, and above all they are terrified of
what will happen next. Their fear is not unreasonable. Before 2022, when things got so bad that someone
rang 999 at two in the morning, the police were often the first to arrive, because the call was about
violence. Officers who had never been told anything about the household found a distressed older man
shouting and a bleeding wife. Sometimes he was arrested. Sometimes he was detained under the Mental Health
Act and taken to a ward an hour's drive away, where he became more frightened still. Sometimes he was
taken into an emergency care home bed and never came home. And sometimes the wife refused help, the
officers left, and it happened again the next night.

Looking back at our own case notes for 2021, we found 46 families where a carer had told one of our staff
about being hurt. Only nine had ever been referred anywhere. In three of those homes the police had been
called more than five times in a year.

I should say why this fell to us. Families tell their dementia adviser things they would never say to a
doctor or a police officer, often months after it started, and usually only because we ask in the right
way at the right moment. We had known for years that some of our carers were being hurt. What we had not
done was treat it as a safety problem for both people in the house: the carer, who could be seriously
injured, and the person with dementia, who could end up in a cell, on a ward or in a home they would never
leave, for something that was at heart a symptom of their illness.

We are a small local charity with dementia advisers and two specialist dementia nurses. We could not
change what happened at two in the morning on our own, but we knew who could. The first meeting, at the
police station in the autumn of 2021, was not easy. The force was rightly worried that a marker on an
address might stop officers taking domestic abuse seriously, and the council was worried about the cost of
emergency beds. It took us three meetings to agree that this is not an either-or: a carer can be at risk
of serious harm and the person harming them can be ill and frightened at the same time, and the response
has to protect both. Safe Together began in April 2022 and has four parts.

First, any carer who tells us they have been hurt, or are frightened, is offered a distress plan, written
at home with one of our nurses. It sets out what tends to set the person off, what calms them, whether
pain, constipation or infection might be behind a change, who to ring and when to leave the room.

Second, the older adults' community mental health team sees anyone with a new plan within a week, looks
at their medicines and checks, with the GP, for physical causes of the distress. Before, there was often a
wait of several months.

Third, with the family's consent, the police put a marker on the address. When a 999 call comes from that
address, the call handler sees that a person with dementia lives there, that there is a distress plan, and
the name of a family contact. Officers are sent with the plan on their phones.

Fourth, the council has set aside two emergency respite beds, so that if the carer needs a break that
night, the person with dementia can go somewhere calm and familiar for a few days instead of to a police
cell or a hospital ward, and come home afterwards.
"""),
        ("evidence", None, """
By the end of 2024, 212 families were on the Safe Together register. Our nurses have written 212
distress plans and taken 640 calls from carers on the line we set up for them. We compared what happened
to each family in the year before they joined with the year after.

<<Q:Police attendances at these homes that ended with the person with dementia being arrested or detained
under the Mental Health Act fell from 17 in the year before joining to 3 in the year after.>> <<Q:Emergency
admissions of people on the register to mental health wards fell by about half, from 39 to 21.>>

<<Q:When carers first joined, 37% told us they had been physically hurt by the person they care for in the
previous month; a year later, 14% said so.>> The emergency respite beds have been used 58 times, and in 51
of those the person went back home within a week.

The figures do not tell the whole story. In many of the families, the mental health team found something
physical behind the distress: a urine infection, constipation, toothache, an undiagnosed fracture or a
medicine that had been making things worse. Once it was treated, the hitting often stopped. I do not think
any of us expected that to happen as often as it did.
"""),
        ("stakeholders", None, """
Safe Together was built by carers. <<P:Eleven people from our Tuesday carers' group, who between them had
been bitten, punched and locked out of their own bedrooms, spent six months with us writing the distress
plan, and they threw out our first version because it was full of the word 'aggression', which they said
made their husbands and wives sound like criminals.>> <<P:They chose the name, and they insisted that the
plan begin with a page called 'Who he or she really is', so that anyone walking in at night meets the
person before the problem.>>

<<P:Two men living with dementia from our early-stage group, Derek and Anwar, told us what it feels like
when a stranger in a uniform grabs your arm, and because of what they said the plan now tells officers to
speak first to the person with dementia, from the front, and to keep their hands by their sides.>> <<P:A
woman whose husband died on a mental health ward after being detained in 2021 asked to help, and she now
sits on our steering group and checks every change we make to the plan.>>

Every officer on the force's response teams has watched a twenty-minute video we made about the distress
plan, and police call handlers were briefed on the address marker. The older adults' team takes referrals
through its usual route. Our lead dementia nurse, Carol Benn, looks after the register and the line. We
sent officers a short online survey about the marker last year and most found it useful, so it was left as
it is. We hope to involve GP practices in the next stage of the work.
"""),
        ("value", None, """
The scheme costs about £96,000 a year: one of our nurse posts, the carers' line and the two respite beds,
paid for jointly by the council and the integrated care board. An admission to a mental health ward for an
older person with dementia usually lasts many weeks and costs far more than that for a single patient,
before you count the police time, the custody cells and the emergency department visits.

The real value is in what carers tell us. One wife said that for the first time in two years she could
ring for help without feeling she was reporting her husband to the police. Another said the plan on the
fridge meant that when officers came they sat down with her husband and talked about his time on the
railways, and he calmed down in minutes. A daughter told us her father was home within four days after a
respite stay that, before, would have been a section and a ward.

Our own staff have changed too. Our dementia advisers used to feel helpless when a carer showed them a
bruise. Now they have something to offer, and carers are more willing to tell us, because they know that
telling us does not mean losing the person they love.
"""),
        ("spread", None, """
The police have extended the address marker to the whole force area, which covers two other council
areas, and have asked us to help the dementia charities there start their own distress plans. The
council has written the emergency respite beds into its carers' strategy. We have shared the plan
template and the officers' video with the national dementia carers' network and presented the work at a
regional safeguarding adults conference in 2024.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1140  follow-up for older people who leave hospital still delirious - pdf
#        - CAPS headings - lead nurse for delirium, brisk - acute trust with a
#        GP federation and the community trust's community matrons -
#        relatives (passive voice) and staff involved - NO quantitative
#        evidence (patients flagged and called, a single readmission figure
#        with no baseline, a target, a plan to compare)
# ---------------------------------------------------------------------------
entry(
    id="I1140", format="pdf", layout="caps_headings", topic="delirium_follow_up_after_discharge",
    project="independent72-afterthefog-1140", pdf_font="DejaVuSans", pdf_align="L",
    title="AFTER THE FOG: follow-up for older people who leave hospital still delirious",
    cover=[
        "LEAD: Ludderton University Hospitals NHS Trust, Delirium and Dementia Team",
        "PARTNERS: Ludderton GP Federation (Frailty and Care Co-ordination Service); Ludderton Community Health Services NHS Trust (Community Matrons)",
        "CONTACT: Lead Nurse for Delirium and Dementia",
    ],
    primary_entrant=dict(name="Ludderton University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Ludderton GP Federation", type="primary_care"),
        dict(name="Ludderton Community Health Services NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Delirium does not stop at the hospital door. About one in three older people who are delirious on our
wards are still not back to their usual selves when they go home, and for some it takes weeks or months
to clear. During that time they are at high risk of falls, of not eating or drinking, of muddling their
medicines and of coming straight back in. Some never fully recover, and delirium is often the first sign
of a dementia that nobody has yet diagnosed.

Until 2023, what happened after discharge depended on luck. The word 'delirium' might appear on page three
of a discharge letter, or not at all. GP practices filed the letter as routine. Families were told their
relative had been 'a bit confused' and would soon be fine. Nobody was asked to check. We saw the results
on our own wards: people readmitted a week later after a fall at home, with the same infection that had
caused the first episode, or with a delirium that had never gone away. In one case in 2022 a man went home
delirious after a chest infection, took his new medicines twice on the first morning because he could not
remember taking them, and was brought back by ambulance that afternoon.

We also found that the people who noticed something was wrong, families and home carers, had no idea who
to tell. Relatives who rang the ward were told that the patient had been discharged and were given no
other number.

AFTER THE FOG has four parts. Every patient discharged with delirium that has not fully cleared is
flagged on the electronic discharge summary, with a red box at the top of the letter saying so. A delirium
nurse rings the patient or their family within 72 hours to ask how things are and to check medicines. The
GP federation's care co-ordinators pick up every flagged letter the next working day and arrange a review
by the practice, and the community matrons visit anyone whose family or nurse is worried. And every family
gets a short leaflet about what delirium looks like at home and who to ring.
"""),
        ("evidence", "WHAT WE HAVE ACHIEVED", """
AFTER THE FOG started in June 2023. In the first eighteen months, 1,146 patients were flagged at
discharge. The delirium nurses made follow-up calls to 1,032 of them within 72 hours and the community
matrons visited 388. GP practices received the red box summary for 97% of flagged patients.

Our target is for every flagged patient to be called within 72 hours. In the last quarter of 2024 we
reached 90%.

In 2024, 13% of flagged patients were readmitted within 30 days of going home. We did not record
readmissions for this group before the project started, so we cannot yet say whether this has changed. The
GP federation is matching practice records for 2022 so that we can make a fair comparison next year.

The calls have found plenty to act on: medicines not being taken or taken twice, constipation, urine
retention, people not eating, and carers at the end of their tether.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Ward nurses on the three older people's wards told us that they often did not know whether delirium
had cleared on the day of discharge, so they helped us write the two questions that now decide whether a
patient is flagged.>> <<S:Care co-ordinators from the GP federation said that letters with delirium buried
on page three were being filed without anyone reading them, and they designed the red box with us.>>
<<S:Community matrons asked that the follow-up call be made by a nurse who had seen the patient on the
ward, so the call is now made by the delirium nurse who knew them.>>

<<P:The wording of the family leaflet was tested with relatives of patients who had been delirious on
our wards, and it was cut from four pages to one after they said the first version read like a legal
notice.>> <<P:One of them, whose mother had been frightened for weeks after going home because she kept
seeing strangers in her bedroom, asked for a section on what delirium can look like at home, and it was
added.>>
"""),
        ("value", "VALUE", """
The follow-up calls take a delirium nurse about twenty minutes each, within the team's existing hours. The
red box cost nothing beyond the time of the trust's digital team. Care co-ordinator and matron time comes
from existing roles. An emergency readmission of an older person costs the NHS several thousand pounds and,
for someone recovering from delirium, can undo weeks of progress.

Families tell us the call made them feel they had not been abandoned. GPs say the red box has changed how
they read discharge letters.
"""),
        ("spread", "SPREAD", """
The red box has been added to the discharge summary for all wards in the trust, not only older people's
medicine. The federation's approach has been taken up by the other two GP federations in the county, and
we presented the work at the regional delirium network and the national older people's nursing conference
in 2024.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1141  pain in care home residents with advanced dementia - pdf - two
#        columns - senior lecturer, academic - university with a care home
#        group (private partner), the ICB care home medicines team and a
#        hospice - relatives and staff with unusual job titles involved -
#        claims in words and on an SPC chart - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1141", format="pdf", layout="two_column", topic="pain_assessment_advanced_dementia_care_homes",
    project="independent72-behindthedistress-1141", pdf_font="LiberationSerif",
    title="Behind the Distress: finding and treating pain in care home residents with advanced dementia",
    cover=[
        "University of Pellworth, School of Health and Social Care (lead), with Havencroft Care Homes Ltd, NHS Pellworth and Dene Integrated Care Board (Care Home Medicines Team) and St Cuthwin's Hospice",
        "Entry by Dr Miriam Achterberg, Senior Lecturer in Dementia Care",
    ],
    primary_entrant=dict(name="University of Pellworth", type="university"),
    partners=[
        dict(name="Havencroft Care Homes Ltd", type="private"),
        dict(name="NHS Pellworth and Dene Integrated Care Board", type="icb"),
        dict(name="St Cuthwin's Hospice", type="charity"),
    ],
    sections=[
        ("context", "Rationale", """
Pain is common in people with advanced dementia, from arthritis, pressure damage, constipation, dental
problems and old fractures, but it is consistently under-recognised and under-treated. People who can no
longer say 'it hurts' express pain through behaviour: calling out, resisting personal care, pacing,
striking out, withdrawing or refusing food. In care homes this behaviour is frequently interpreted as a
symptom of the dementia itself and managed with antipsychotic or benzodiazepine medicines, which increase
the risk of falls, stroke, chest infection and death, and do nothing for the pain.

Our earlier study in eight homes run by Havencroft found that fewer than a third of residents with
advanced dementia had regular pain relief prescribed, while 'as required' sedatives were given to many
of the same residents several times a week. Structured pain assessment tools existed but were completed
rarely and inconsistently, often only on admission, and scores did not reliably lead to any action.

Behind the Distress is a partnership between the university, the care home group, the ICB's care home
pharmacists and the hospice's community palliative care team. It has three components. Care staff use an
observational pain tool at any new or increased distress, before any 'as required' sedative is given. A
positive score triggers a stepped plan: simple analgesia first, a check for constipation and mouth
problems, and a review by the home's visiting pharmacist within a week. Residents whose pain is complex are
discussed at a monthly hospice-led case review.
"""),
        ("evidence", "Findings", """
We compared the twelve months before implementation (2022/23) with the twelve months after (2023/24) in
all eight homes, using medicine administration records, incident reports and a monthly audit.

<<Q:Residents with advanced dementia who had regular pain relief prescribed rose from 29% to 58%.>>
<<Q:New prescriptions of antipsychotics or benzodiazepines for distress were a third fewer in the year after
than in the year before.>> <<Q:Weekly reports of distressed behaviour showed a sustained shift below the
previous centre line of the statistical process control chart from the fourth month onwards.>>

<<Q:Falls among these residents went down from 6.1 to 4.4 per 1,000 occupied bed days.>> The monthly
hospice case reviews considered 74 residents over the year.
"""),
        ("stakeholders", "Participation", """
<<S:Household leads and night care assistants in four pilot homes trialled two pain tools for a month each
and chose the shorter one, and they asked for it to be printed on the back of the 'as required' medicines
chart so that it could not be skipped.>> <<S:Wellbeing co-ordinators pointed out that residents were often
most distressed at bath time, and they suggested checking pain and giving analgesia an hour beforehand,
which is now in the plan.>> <<S:The ICB pharmacists and the hospice clinical nurse specialists agreed the
stepped plan together, and changed it after the first three months to add a mouth check, following
feedback from senior carers.>>

<<P:Relatives who visit every day helped us write a 'my pain signs' page for each resident, describing how
their mother or husband showed pain before words went, such as rubbing a knee or going quiet.>> <<P:One
son told us his father had always whistled when something hurt, and that detail led us to add a free-text
line to the page.>>
"""),
        ("value", "Value", """
Simple analgesia is cheap and the pain tool is free to use. Stopping an antipsychotic removes the cost of
the medicine and, more importantly, the risk of stroke and death that comes with it. The pharmacist reviews
and hospice case reviews use existing funded time. Care staff describe the work as a change from managing
behaviour to understanding it.
"""),
        ("spread", "Dissemination", """
Havencroft has introduced the pain tool and stepped plan in all 23 of its homes. The ICB has included it
in its care home medicines guidance, and the work has been presented at two national dementia research
conferences and submitted for publication.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1142  safety while waiting for a memory assessment - docx - numbered
#        questions with cover bullets - memory service clinical lead, plain -
#        mental health trust with an older people's charity, the fire and
#        rescue service and the council - people waiting (partly in the
#        context answer, in passive voice) and staff involved - 'halved' -
#        no flags
# ---------------------------------------------------------------------------
entry(
    id="I1142", format="docx", layout="numbered_questions", topic="memory_assessment_waiting_list_safety",
    project="independent72-waitingwell-1142", docx_font="Arial",
    title="Waiting Well: keeping people safe while they wait for a memory assessment",
    cover=[
        "Lead entrant: Brackwater Mental Health NHS Foundation Trust, Memory Assessment Service",
        "Submitted by the Clinical Lead for Memory Services",
    ],
    cover_bullets=[
        "Partner: Age Well Brackwater (registered charity)",
        "Partner: Brackwater Fire and Rescue Service (Prevention)",
        "Partner: Brackwater City Council (Trading Standards and Adult Social Care)",
    ],
    primary_entrant=dict(name="Brackwater Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Age Well Brackwater", type="charity"),
        dict(name="Brackwater Fire and Rescue Service", type="emergency_service"),
        dict(name="Brackwater City Council", type="local_authority"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
After the pandemic the wait for a first appointment at our memory service grew to around 38 weeks. The
people on that list have been referred by their GP because they, or someone close to them, have noticed
problems with memory and thinking. Most go on to be diagnosed with dementia. While they wait, nobody is
checking whether they are safe.

We began to hear about what was happening. A man on the list drove the wrong way down the dual
carriageway. A woman left a pan on the hob and the fire service found her in a smoke-filled kitchen. A man
living alone took a week's tablets in two days. A widow lost most of her savings to a caller claiming to be
from her bank. Several people fell and lay on the floor for hours. In 2022 we recorded 58 incidents of
this kind among people on our list, and we knew there were more we never heard about.

The memory service could not make the list shorter overnight, and our nurses could not phone everyone.
But other organisations were already good at the things that worried us most. The charity Age Well
Brackwater runs a telephone befriending and advice service. The fire service carries out safe and well
visits. The council's trading standards team can fit call blockers and deal with scams.

<<P:Before anything was written, a dozen people on the waiting list, and the relatives who came with them
to their eventual appointments, were asked what had worried them most while they waited; the cooker and
the car came up more than anything else, and so those two questions are now asked first.>>

Waiting Well began in September 2022. Within two weeks of referral, a Waiting Well worker from the charity
phones the person and their family with a short safety check: driving, cooking and heating, medicines,
money and scams, falls, and who is around. Any red answer goes to a memory nurse that week. The fire
service offers a safe and well visit to anyone with a cooking, heating or smoking concern, trading
standards fits a call blocker where it is wanted, and adult social care picks up anyone who is struggling
on their own. The worker rings again every eight weeks until the person is seen.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
<<Q:Incidents recorded by the memory service among people on the waiting list (fires and near misses,
driving incidents, medicine overdoses, falls needing hospital care and financial abuse) halved, from 58 in
2022 to 29 in 2024, even though the list itself grew.>> <<Q:Calls from people on the list or their families
to our duty line in a crisis fell from an average of 44 a month to 19 a month.>>

Since the start, the charity's workers have made 4,730 safety calls. The fire service has carried out 612
safe and well visits and trading standards has fitted 188 call blockers. Memory nurses brought 141 people
forward for an earlier appointment because of what the call found.
"""),
        ("spread", "3. How has the work been shared or spread?", """
Two neighbouring mental health trusts have adopted the Waiting Well call, using their own local charities.
The regional dementia network has included the safety check in its guidance on memory service waiting
lists, and we presented the work at the national memory services conference in 2024.
"""),
        ("value", "4. What difference has it made, and is it good value?", """
The charity is paid £68,000 a year for the calls, from the trust's waiting list recovery money. Fire
service visits and call blockers are existing free services. One kitchen fire or one hip fracture costs
far more than the whole scheme. People tell us that the wait feels less like being forgotten, and our
nurses say that they now know who on the list is most at risk.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<P:Mr and Mrs Adebayo-Clarke, who waited eight months for an appointment in 2021, read every version of
the call script, and it was their suggestion that each call ends by giving the person the name of their
worker rather than a switchboard number.>> <<P:They also sat in on practice calls with the first two
workers and told them to slow down.>>

<<S:The Waiting Well workers at Age Well changed the order of the questions after their first month,
because they found people relaxed if money was asked about last.>> <<S:Fire service safe and well advisers
asked for a question about smoking in bed, which we had left out, and they now get referrals for it.>>
<<S:Trading standards officers trained the workers to recognise signs of scam calls and helped rewrite the
money questions.>> <<S:Memory nurses agreed with the workers what counts as a red answer, and they review
the list together every fortnight.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1143  harm between residents living with dementia in care homes - pdf -
#        bullet lists - PRIVATE care home group as primary entrant, with the
#        council safeguarding team and the mental health trust care home
#        liaison service (ineligible) - director of quality, upbeat -
#        families and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1143", format="pdf", layout="bullet_lists", topic="resident_on_resident_harm_dementia_care_homes",
    project="independent72-safeamongfriends-1143", pdf_font="LiberationSans", pdf_align="L",
    title="Safe Among Friends: reducing harm between residents living with dementia in our care homes",
    cover=[
        "Submitted by Larkfield Care Group Ltd (nine care homes across Quenby and the Marches)",
        "Working with Quenby County Council (Safeguarding Adults Team) and Quenby Healthcare NHS Trust (Care Home Liaison Service, Older People's Mental Health)",
        "Contact: Director of Quality and Dementia Care",
    ],
    primary_entrant=dict(name="Larkfield Care Group Ltd", type="private"),
    partners=[
        dict(name="Quenby County Council", type="local_authority"),
        dict(name="Quenby Healthcare NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we did this", """
Larkfield runs nine homes with 540 beds, most of them for people living with dementia. When people with
dementia live together, they sometimes hurt each other. It is rarely deliberate. One resident walks into
another's room thinking it is their own. Someone sits in 'their' chair. A resident who is frightened or in
pain lashes out at whoever is closest.

What we found in 2022:

- incidents of one resident harming another were our most common safeguarding referral, across every home

- most happened in the late afternoon, in corridors and lounges, and in the first month after a resident moved in

- each home handled them differently, and many were recorded as 'behaviour' rather than harm

- the council's safeguarding team was receiving hundreds of referrals from us but had no way of seeing patterns

- in one case a woman of 88 fell and broke her hip after being pushed by a fellow resident who had pushed two others in the previous fortnight

What Safe Among Friends does, since March 2023:

- every incident is logged on one form, with time, place, who was involved and what happened just before

- the home manager reviews each resident involved in two incidents within a month with the care home liaison team, which looks for pain, infection, medicines and unmet needs

- homes now use a 'first month plan' for new residents, with extra staff presence in the late afternoon

- the council's safeguarding team and our quality team meet monthly to look at the whole group's data, not single referrals
"""),
        ("evidence", "Results", """
We compared March 2022 to February 2023 with March 2023 to February 2024, across all nine homes.

- <<Q:incidents where one resident physically harmed another fell from 386 to 221>>

- <<Q:injuries needing hospital treatment after such an incident went down from 19 to 7>>

- <<Q:residents involved in three or more incidents in a month fell from 41 to 12>>

- the liaison team reviewed 164 residents through the new route

- the group now sends the council a monthly summary instead of separate referrals for low-level incidents, as agreed with the safeguarding team
"""),
        ("stakeholders", "Who was involved", """
- <<S:senior carers from four homes designed the single incident form and cut it to one side of paper so night staff would fill it in>>

- <<S:night and twilight staff pointed out that most incidents happened at handover, between 4pm and 6pm, and suggested the 'settling hour' with an activity in each lounge, which is now in every home>>

- <<S:care home liaison nurses and our home managers agreed the two-incident trigger together after trying a three-incident trigger for two months and finding it too late>>

- <<S:the council's safeguarding practice leads helped us decide which incidents still need a separate referral>>

- <<P:relatives from the family forums at three homes told us they wanted to hear about every incident involving their relative on the same day, and that phone call is now part of the form>>

- <<P:the daughter of the resident who broke her hip spoke at our managers' conference and asked us to look at room doors, and homes now use memory boxes and coloured doors so people can find their own room>>
"""),
        ("value", "Value", """
- the changes used existing staff, with a small rota change for the settling hour

- every injury avoided saves a hospital attendance and, for a frail older person, often a long admission

- residents are calmer, and families say they trust us more because they are told straight away

- the council's safeguarding team spends less time on single referrals and more on the homes that need help
"""),
        ("spread", "Spread", """
- the form and the first month plan are being introduced in our homes outside Quenby

- the council has offered the monthly data meeting to other care home groups in the county

- we presented the work at the regional care providers' conference in 2024
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1144  pulse checks for people taking cholinesterase inhibitors - pdf - form
#        with a cover table - PCN clinical director, clipped - primary care
#        network with the memory service and the pharmaceutical committee -
#        staff involved - NO patient involvement (patients given a leaflet and
#        sent texts, the patient participation group updated, a negation, a
#        plan)
# ---------------------------------------------------------------------------
entry(
    id="I1144", format="pdf", layout="form_table", topic="cholinesterase_inhibitors_bradycardia_falls",
    project="independent72-steadyfeet-1144", pdf_font="LiberationSans",
    title="Slow Heart, Steady Feet: pulse checks for people taking dementia medicines",
    cover_table=[
        ("Entry title", "Slow Heart, Steady Feet: pulse checks for people taking dementia medicines"),
        ("Lead organisation", "Cressford Central Primary Care Network (eight GP practices)"),
        ("Partner organisations", "Cressford and District NHS Foundation Trust (Memory Assessment Service); Cressford Local Pharmaceutical Committee"),
        ("Entrant", "Dr Owen Falconer, Clinical Director, Cressford Central PCN"),
    ],
    primary_entrant=dict(name="Cressford Central Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Cressford and District NHS Foundation Trust", type="nhs_trust"),
        dict(name="Cressford Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
Donepezil, rivastigmine and galantamine are prescribed to many people with Alzheimer's disease. They can
slow the heart. In older people who already take a beta blocker, digoxin or certain calcium channel
blockers, the heart rate can drop far enough to cause dizziness, blackouts and falls. The fall is then
often blamed on the dementia.

The memory service starts the medicine and increases the dose over a few weeks; the GP practice then takes
over prescribing. Nobody had clear responsibility for checking the pulse. Our practices had no reminder to
do so. Community pharmacies dispensed the prescription each month without any information about the
patient's heart rate.

In 2022 a significant event review in one practice found a woman of 82 on donepezil and bisoprolol who had
fallen four times in two months. Her pulse was 41. Both medicines had been continued after each fall. We
then searched all eight practices. Of 612 patients on a cholinesterase inhibitor, 231 were also on another
rate-slowing medicine, and only 38% of those had a pulse recorded in the previous year.

Goals: a pulse and, where needed, an ECG before starting and after each dose increase; a pulse check at
least once a year after that; and any pulse below 55, or any fall or blackout, to trigger a medicines
review within a week.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
From April 2023 the memory service records a pulse and ECG before starting and hands over prescribing
only when the dose is stable, with the last pulse in the letter. The practices run a monthly search that
creates a task for any patient without a pulse in twelve months. Community pharmacies check the pulse with
an automated monitor at the annual medicine review, and send any result below 55 to the practice the same
day.

<<Q:Patients on a cholinesterase inhibitor and another rate-slowing medicine with a pulse recorded in the
last year rose from 38% in 2022 to 91% in 2024.>> <<Q:Falls recorded in the GP record among all patients on
a cholinesterase inhibitor went down from 142 in 2022 to 97 in 2024.>> <<Q:Emergency admissions with
blackouts or a slow heart rate in the same group fell from 18 to 6.>>

Pharmacies sent 47 low pulse alerts in 2024.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Memory nurses and the PCN pharmacists wrote the handover letter together, after the practice
pharmacists pointed out that letters from the memory service never said what the last pulse was.>>
<<S:Community pharmacists tested the pulse check in six pharmacies for two months and asked for the
cut-off to be fixed at 55, because different practices had told them different numbers.>> <<S:Practice
care co-ordinators built the monthly search and changed it after finding that it missed patients whose
prescriptions came from the memory service.>>

Patients were given a leaflet about their medicine and sent a text message reminder when a pulse check was
due. The PCN's patient participation groups were updated at their spring meetings. We did not involve
patients or carers when the pathway was designed, which we now regret. We plan to ask the local carers'
group to review the leaflet in 2025.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The pharmacy pulse checks are part of the existing medicine review service. The memory service ECGs use
the trust's own equipment. Searches and tasks take a care co-ordinator about two hours a month across the
network. A hip fracture costs the NHS around £14,000 in the first year alone. GPs say they now think of the
heart when a patient with dementia falls.
"""),
        ("spread", "How has the work been shared and spread?", """
The memory service has adopted the handover letter for all 31 practices it serves, and the LPC has shared
the pulse check with pharmacies across the county. We presented the work at the ICB's medicines safety
group in 2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1145  baseline dementia assessments for adults with Down's syndrome - docx
#        - rubric headings - consultant clinical psychologist, careful -
#        community trust learning disability team with a university, a
#        supported living charity and a self-advocacy group - self-advocates
#        and staff involved - NO quantitative evidence (baselines done, people
#        diagnosed, other causes found, a single median age, a target, no
#        earlier figure)
# ---------------------------------------------------------------------------
entry(
    id="I1145", format="docx", layout="rubric_headings", topic="down_syndrome_dementia_baseline",
    project="independent72-knowingtheirbest-1145", docx_font="Calibri",
    title="Knowing Their Best: baseline assessments for dementia in adults with Down's syndrome",
    cover=[
        "Lead: Wyvernsea Community Health NHS Trust, Community Learning Disability Team",
        "Partners: University of Wyvernsea (School of Psychology); Brightways Supported Living (charity); Our Voice Wyvernsea (self-advocacy group)",
        "Author: Consultant Clinical Psychologist",
    ],
    primary_entrant=dict(name="Wyvernsea Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Wyvernsea", type="university"),
        dict(name="Brightways Supported Living", type="charity"),
        dict(name="Our Voice Wyvernsea", type="patient_group"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Adults with Down's syndrome have a very high lifetime risk of Alzheimer's disease, and it usually begins
much earlier than in the general population, often in their late forties or early fifties. The first signs
are often not memory loss but changes in personality, losing skills such as making a drink or using the
bus, or new seizures. Without a clear record of what the person could do when they were well, those
changes are easily missed, or put down to 'getting older' or to their learning disability.

The opposite mistake is just as dangerous. Many things that are common in adults with Down's syndrome can
look like dementia: an underactive thyroid, hearing loss from wax or infection, cataracts, sleep apnoea,
depression after a bereavement or a move, and the side effects of medicines. If these are mistaken for
dementia, the real problem goes untreated, and the person may lose their home, their job or their
independence for no reason.

We saw both. In 2021 a man of 47 living in supported living was thought by his support team to have
dementia after he stopped going to his day centre and became withdrawn. He was moved to a nursing home.
When our team saw him months later, he had a severely underactive thyroid and cataracts in both eyes.
After treatment he was much more himself, but his old tenancy had gone. In the same year, a woman of 52
whose dementia had been developing for at least two years was only diagnosed after a fall down the stairs,
because nobody had noticed that she had stopped being able to manage the stairs safely.

Our goals were that every adult with Down's syndrome known to us has a baseline assessment of their
thinking skills and everyday abilities by the age of 30, repeated every two years from 40; that anyone
with a suspected change has the common look-alike conditions checked first; and that support staff know
what to look for and who to tell.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
The baseline programme started in January 2023. With the university we adapted a set of assessments
designed for adults with Down's syndrome into a shorter version that can be completed in about an hour,
and support workers at Brightways now complete a yearly 'what I can do' record for each person they
support.

There are 186 adults with Down's syndrome aged 30 or over known to our team. By December 2024, 143 had a
baseline assessment and 112 had a yearly 'what I can do' record on file. Thirty-one people have been
diagnosed with dementia since the programme started. In twelve people who were referred with suspected
dementia, another cause was found and treated instead: five had an underactive thyroid, four had hearing
loss and three had depression.

The median age at diagnosis of dementia in our service is now 52. We did not record this before the
programme began, so we cannot say whether it has changed. Our target is for every adult over 30 to have a
baseline by March 2026.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The shortened assessment and the 'what I can do' record have been shared with the other community learning
disability teams in the region, and two have started using them. The university has published the adapted
assessment and its guidance so that any team can use it free of charge. We presented the work at the
national learning disability and dementia conference in 2024.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Each baseline takes a psychologist or assistant psychologist about two hours including the write-up. The
'what I can do' record takes a support worker about twenty minutes a year. Treating an underactive thyroid
costs a few pounds a month; a nursing home placement that was never needed costs tens of thousands of pounds
a year, and the person's home.

Families say the baseline gives them something to hold on to when things change. Support staff say they
now feel confident to raise a worry early rather than wait until there is a crisis.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<P:Members of Our Voice Wyvernsea, several of whom have Down's syndrome, told us that the word 'test'
frightened people, so the baseline is now called a 'Me at My Best' session, and they made the easy read
invitation and photo story that explains it.>> <<P:Two members, Katie and Lewis, tried out the shortened
assessment before it was used and said some of the picture tasks were babyish, so those were replaced.>>
<<P:Parents and siblings who came to two evening sessions asked for a copy of the baseline to keep at home,
which everyone is now offered.>>

<<S:Support workers from Brightways designed the 'what I can do' record with our occupational therapist,
choosing everyday skills they see week in, week out, such as making a hot drink or finding their way to the
shop.>> <<S:Assistant psychologists and university researchers piloted the shortened assessment with the
first twenty people and cut two sections that took too long without adding much.>> <<S:GP practice learning
disability leads asked us to add thyroid, hearing and vision checks to the annual health check prompt for
anyone with Down's syndrome over 30, and the prompt was changed.>>
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1146  police called to care homes about residents with dementia - docx -
#        reordered (results first) - chief inspector, measured - police with
#        the mental health trust's care home liaison team, a care association
#        and the ambulance service - staff involved - NO patient involvement
#        (residents as beneficiaries, families told, a negation, a relatives'
#        forum only updated, a plan) - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1146", format="docx", layout="reordered", topic="police_calls_care_homes_dementia_distress",
    project="independent72-callbefore-1146", docx_font="Cambria",
    title="Call Before Blue Lights: a different response when care homes ring the police about residents with dementia",
    cover=[
        "Lead: Tollmere Constabulary, Vulnerability and Partnerships Unit",
        "Partners: Tollmere Partnership NHS Trust (Older People's Care Home Liaison Team); Tollmere Care Association; Southern Heaths Ambulance Service NHS Trust",
        "Author: Chief Inspector, Vulnerability and Partnerships",
    ],
    primary_entrant=dict(name="Tollmere Constabulary", type="emergency_service"),
    partners=[
        dict(name="Tollmere Partnership NHS Trust", type="nhs_trust"),
        dict(name="Tollmere Care Association", type="charity"),
        dict(name="Southern Heaths Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("evidence", "Results", """
We compared the year before Call Before Blue Lights (October 2021 to September 2022) with the second year
after it began (October 2023 to September 2024), for the 118 care homes in the force area.

<<Q:Calls to the police from care homes about a resident with dementia who was distressed or aggressive
fell from 734 to 298.>> <<Q:Incidents in which officers used any form of restraint on a care home resident
went down from 61 to 14.>> <<Q:Residents with dementia arrested after an incident in a care home fell from
nine to none, and those taken to an emergency department by police or ambulance after such an incident
fell from 122 to 47.>>

Over the same period the care home liaison team's rapid response line took 2,140 calls from homes, and
visited 690 residents within four hours.
"""),
        ("context", "Background", """
In 2021 the force reviewed its calls from care homes and found something that surprised most of our
officers. On average, a care home somewhere in Tollmere rang the police two or three times a day about a
resident with dementia who was distressed, shouting, hitting out at staff or another resident, or trying
to leave. Staff were frightened and did not know who else to call, especially at night. The mental health
trust's care home liaison team existed but worked office hours and could take weeks to see someone.

Officers who attended had little or no training in dementia. They arrived in uniform, often two or three
at once, into a situation where a frightened older person was already overwhelmed. In a small number of
cases officers restrained a resident, and in some the resident was arrested or taken to the emergency
department, where they waited for hours in a noisy cubicle. In 2021 an 86-year-old man with Alzheimer's
disease was handcuffed in the lounge of his care home after striking a carer; he was later found to have
a broken hip from a fall earlier that day that nobody had noticed, and a severe urine infection.

Call Before Blue Lights started in October 2022. Care homes ring the liaison team's new rapid response
line, staffed from 8am to 10pm by mental health nurses, with the ambulance service's clinical hub covering
the night. A nurse talks the staff through what might be causing the distress, such as pain, infection,
constipation or a change of room, and visits within four hours if needed. The police are called only if
someone is in immediate danger, and officers attending now carry a short dementia response card. Every
police attendance at a care home is reviewed jointly each month.
"""),
        ("stakeholders", "Who was involved", """
<<S:Response officers and sergeants who had attended care home calls met with liaison nurses over three
sessions and wrote the dementia response card, which tells officers to go in alone if it is safe, to speak
slowly and from the front, and to ask staff about pain and falls first.>> <<S:Care home managers from the
care association asked for the rapid response line to stay open until 10pm, because most calls came in the
early evening, and the trust changed its rota to do this.>> <<S:Ambulance clinical hub staff and liaison
nurses agreed a shared script for night calls after a month of listening in on each other's calls.>>
<<S:Force control room staff suggested a question on the call screen, 'Have you rung the care home
liaison line?', which now appears whenever a call comes from a care home address.>>

Residents living with dementia are the people this work is for. Their families are told by the home when
the police or the liaison team have been involved. We did not seek residents' views directly, because most
of those concerned were not able to take part in a discussion of this kind. The care association's
relatives' forum was updated on the work at its annual meeting, and we intend to ask relatives for their
views when the response card is next reviewed.
"""),
        ("value", "Value", """
Each police attendance at a care home takes two officers off the street for two to three hours on
average. The reduction in calls has released many thousands of officer hours a year. The rapid response
line cost the trust £210,000 a year to extend, shared with the integrated care board. Fewer residents are
taken to the emergency department, and fewer are restrained by people in uniform they do not know.

Officers say they are glad not to be the first response to something that was never a crime. Care home
staff say they have someone to ring who understands dementia.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1147  unwanted hospital admissions at the end of life for people with
#        advanced dementia - pdf - with appendix - long - hospice consultant
#        nurse, heartfelt - hospice with a GP federation, a care homes
#        association and the ambulance service - bereaved relatives and
#        families (an unusually named group) and staff involved - claims in
#        words - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1147", format="pdf", layout="with_appendix", topic="advanced_dementia_end_of_life_admissions",
    project="independent72-knownwishes-1147", pdf_font="LiberationSerif", pdf_align="L",
    title="Known Wishes: fewer unwanted hospital admissions for people with advanced dementia in their last months",
    cover=[
        "Lead entrant: St Ebba's Hospice, Kirkholme (registered charity)",
        "Partners: Kirkholme GP Federation; Kirkholme Care Homes Association; Northern Coast Ambulance Service NHS Trust",
        "Prepared by the Consultant Nurse in Palliative and Dementia Care, St Ebba's Hospice",
    ],
    primary_entrant=dict(name="St Ebba's Hospice", type="charity"),
    partners=[
        dict(name="Kirkholme GP Federation", type="primary_care"),
        dict(name="Kirkholme Care Homes Association", type="charity"),
        dict(name="Northern Coast Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Why this matters", """
Dementia is now the most common cause of death in this country, and yet people dying with advanced
dementia are among the least likely to receive specialist palliative care. In Kirkholme, most of them live
in care homes; some are cared for at home by a husband, wife or daughter. In the last months of life they
often develop chest infections, stop eating and drinking, or fall, and each of these can lead to a 999
call and a trip to hospital.

For some people hospital is the right place. For many it is not. A person with very advanced dementia who
is taken to an emergency department at night finds themselves in a strange, bright, noisy place, among
strangers, often without the person who knows them. They may wait many hours on a trolley, be given drips
and antibiotics they would not have wanted, and become delirious. Too many of them die there, or come back
to the home a week later much weaker and more frightened than before.

When we looked at the deaths of people with dementia in Kirkholme in 2021, we found that almost half had
been admitted to hospital at least once in their last three months, and a quarter had died in hospital.
<<P:When we spoke to the families of some of those who died, many said that they had never been asked
what their relative would have wanted, or had been asked for the first time in the middle of the night by
a paramedic they had never met, and it was their accounts that shaped the four parts described below.>>

The reasons were not hard to find. Conversations about the future were rarely started at diagnosis, when
the person could still take part. Later, care home staff and GPs felt unsure about raising the subject with
families. Where a plan did exist, it was often in a drawer, on one system and not another, or written in
words that did not help a paramedic at 3am decide what to do. And when a resident became unwell at night,
care home staff had nobody to ring for advice except 999 or NHS 111.

Known Wishes is a partnership between the hospice, the GP federation, the care homes association and the
ambulance service. It has four parts.

- Early conversations. The GP federation's care home and frailty clinicians, trained and supported by the
hospice, offer every person with dementia and their family a conversation about what matters to them,
ideally within a year of diagnosis and again as things change. The result is written on a single shared
plan, which includes the person's own words where they can give them.

- One plan, seen by everyone. The plan is recorded on the shared care record so that the GP, the care home,
the hospice, NHS 111 and the ambulance crew all see the same thing. A paper copy in a purple folder stays
in the care home or at home.

- Advice day and night. Care homes and family carers can ring the hospice advice line at any hour and speak
to a palliative care nurse, who can see the plan, talk the staff through what is happening and, where
needed, arrange a visit from the hospice at home team or a GP.

- Crews who know. Ambulance crews attending a person with a Known Wishes plan are prompted to read it and
to ring the hospice line before deciding whether to convey.

We also changed the way we talk about it. In our early discussions, plans were called 'do not
attempt resuscitation forms' or 'ceilings of care'. Neither phrase means anything good to a family. The
plan is now called Known Wishes, and it is framed as a record of what matters to the person and how they
would like to be cared for, with decisions about treatment following from that.

Underneath all of this is a simple idea. Most families, given time and support, can say what their relative
would want. The difficulty has always been in asking early enough, writing it down in the right way, and
making sure the people who arrive in a crisis can see it and have someone to talk it through with.
"""),
        ("evidence", "What difference it has made", """
We compared people with dementia who died in Kirkholme in 2021 with those who died in 2024, using the
shared care record, hospice records and ambulance data.

<<Q:The share of people with dementia who had a written plan of their wishes before they died went up from
around one in five to nearly three in four.>> <<Q:Deaths in hospital among people with dementia fell from
26% to 14%.>> <<Q:Emergency admissions in the last three months of life went down by around a third.>>

<<Q:Among care home residents with a Known Wishes plan, ambulance calls that ended with the person being
taken to hospital fell from 64% of calls in the first six months of 2022 to 37% in the last six months of
2024.>>

The hospice advice line took 3,920 calls from care homes and family carers in 2024, 1,460 of them between
10pm and 8am. The hospice at home team made 540 visits to people with dementia in the same year.

Behind the figures are people like Mrs Edith Farrow, who was 93 and had lived with Alzheimer's disease for
ten years in a care home near the harbour. In March 2024 she developed a chest infection late on a Sunday
night. Her Known Wishes plan said that she wanted to stay in the home she knew, with her daughter and the
radio, and that she would not want to go back into hospital. The night carer rang the advice line, a
hospice nurse talked her through what to do, the hospice at home team visited within two hours, and her
daughter was phoned. Mrs Farrow died peacefully in her own room three days later, with her daughter beside
her. Two years earlier, in the same circumstances, she would almost certainly have died on a trolley.
"""),
        ("stakeholders", "Who was involved", """
<<P:Our bereaved relatives' group, which we call the Lantern Group, met with us eight times while the plan
was being designed, and they told us that the worst moments had been being asked 'do you want us to
resuscitate?' at the door, with no warning.>> <<P:Because of what they said, the plan starts with what
matters to the person, such as music, a favourite blanket, who they want with them, before it gets to
treatment, and it was Lantern Group members who chose the purple folder so it cannot be mistaken for
anything else.>> <<P:Three people in the early stages of dementia, invited through the local memory cafe,
helped us write the questions for the early conversation and asked that it never be called 'end of life
planning'.>>

<<S:Care home nurses and senior carers from six homes tested the first version of the plan for three
months and asked for a short box on the front headed 'If I become unwell tonight', which is now the part
crews read first.>> <<S:Paramedics from two stations told us they needed to speak to someone, not only
read a plan, so the hospice advice line was opened to ambulance crews as well as care homes.>> <<S:GPs
and advanced nurse practitioners from the federation agreed the wording of the treatment section with the
hospice consultants, and changed it twice after reviewing real cases at the monthly meeting.>> <<S:Care
home managers asked for a session on how to talk to families who disagree with each other, which the
hospice now runs every quarter.>>
"""),
        ("value", "Value", """
The advice line and hospice at home visits are funded by the integrated care board at around £240,000 a
year. The early conversations are part of the federation's existing care home contract. An emergency
admission of a frail person with dementia usually means several days in hospital and costs far more than a
night of hospice at home care.

Families tell us the plan gave them the words they needed when the time came. Care home staff say they no
longer dread the night shift phone call. Paramedics say they feel able to leave a person at home when that
is right for them, because there is a plan to follow and a nurse on the end of the phone.

The benefits are not only at the very end. Because the conversations start earlier, people with dementia
can take part in them while they are still able to, and families are not left guessing. Hospice staff now
spend far more of their time in care homes than they did, and the homes tell us this has changed how they
care for residents who are dying, well beyond those with dementia.
"""),
        ("spread", "Sharing and spreading", """
The Known Wishes plan is now used by all 61 care homes in Kirkholme and has been adopted by the
neighbouring hospice for its area. The ambulance service has added the prompt to read a shared plan to its
electronic record across the whole region. We presented the work at the national hospice conference in
2024 and the Lantern Group co-presented with us.
"""),
    ],
    trailer=[
        ("heading", "Appendix: what the Known Wishes plan contains, and where our figures come from"),
        ("para", "The plan has five parts: what matters to me; who knows me best and how to reach them; if I become unwell tonight; treatments I would and would not want; and where I would prefer to be cared for at the end of my life. It is held on the shared care record, with a paper copy in a purple folder."),
        ("para", "Deaths, place of death and admissions are from the shared care record and the national death registration data for Kirkholme residents with a recorded diagnosis of dementia. Ambulance data were provided by Northern Coast Ambulance Service NHS Trust. Advice line figures are from the hospice's call system."),
        ("para", "St Ebba's Hospice, Abbey Lane, Kirkholme KH3 9EB. Registered charity."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1148  health and safety of family carers of people with dementia - docx -
#        style headings - GP and clinical lead, warm - GP federation with a
#        carers' charity and the mental health trust - carers involved - NO
#        staff involvement (receptionists and care co-ordinators trained,
#        nurses briefed, a named lead, a questionnaire that changed nothing,
#        a plan) - claims include 'about a quarter'
# ---------------------------------------------------------------------------
entry(
    id="I1148", format="docx", layout="style_headings", topic="dementia_carers_own_health_suicide_risk",
    project="independent72-carerscount-1148", docx_font="Calibri",
    title="Carers Count Too: looking after the health and safety of people caring for someone with dementia",
    cover=[
        "Merrow Dene GP Federation (lead entrant)",
        "Partners: Merrow Dene Carers' Hub (registered charity) and Merrow Dene Healthcare NHS Foundation Trust (Talking Therapies and Older Adults' Mental Health)",
        "Written by Dr Ruth Kaminski, GP and Clinical Lead for Frailty",
    ],
    primary_entrant=dict(name="Merrow Dene GP Federation", type="primary_care"),
    partners=[
        dict(name="Merrow Dene Carers' Hub", type="charity"),
        dict(name="Merrow Dene Healthcare NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
As GPs we see people caring for someone with dementia all the time, but usually as the person in the
chair next to the patient. We ask how the patient is. We rarely ask how the carer is. Yet family carers of
people with dementia are among the most at-risk people on our lists. Many are old themselves. They put off
their own appointments, stop taking their own medicines, sleep badly for years, and carry on through
illnesses that would put anyone else in bed. Rates of depression among them are high, and some reach a
point where they think about ending their own life, or both lives.

Two events in 2022 made our federation act. A man of 79 who cared for his wife with vascular dementia
collapsed at home with a heart attack; he had missed every blood pressure review for three years because
he could not leave her. And a woman in her sixties caring for her mother took an overdose a week after
telling a receptionist, in passing, that she could not go on. She survived. Nobody had picked up on what she
had said.

Carers Count Too began in 2023 across the federation's fourteen practices. Every patient with dementia has
their main carer identified and coded on the carer's own record. Once a year the carer is offered their
own appointment with a practice nurse or care co-ordinator: blood pressure, their own medicines, sleep,
mood, and two direct questions about whether they ever feel they cannot go on and whether they feel safe at
home. Anyone who is struggling is offered a same-week referral to the Carers' Hub for support and breaks,
and anyone with low mood or thoughts of self-harm is referred to talking therapies, or to the older adults'
mental health team where that is more suitable, with a promise of contact within a week.
"""),
        ("evidence", "Results", """
We compared 2022 with 2024 across the fourteen practices. <<Q:Carers of people with dementia who had their
own blood pressure checked in the previous year rose from 38% to 67%.>> <<Q:Emergency respite placements
that the council had to arrange because a carer of someone with dementia could no longer cope fell by
about a quarter, from 71 to 53.>>

<<Q:Carers of people with dementia seen in an emergency department after self-harm went from eleven in
2022 to four in 2024.>> We know these are small numbers.

In 2024, 1,184 carers had their own appointment, 296 were referred to the Carers' Hub and 87 to talking
therapies or the older adults' team.
"""),
        ("stakeholders", "Who was involved", """
<<P:A panel of nine carers, recruited through the Carers' Hub, designed the carer's appointment with us
over four meetings, and they told us that it had to be at a time when the person they care for could come
too, so practices now offer a joint double slot.>> <<P:The panel also rewrote the two direct questions;
our version asked about 'suicidal thoughts', and they said nobody would answer that honestly, so the
question is now 'Do you ever feel you can't go on?'>> <<P:The woman who took an overdose in 2022 read the
final version and asked for a sentence at the end of every appointment telling the carer who to ring that
night if things get worse, which is now on the card they are given.>>

All reception staff and care co-ordinators in the fourteen practices were trained by the Carers' Hub to
identify carers. Practice nurses were briefed at the federation's nurses' forum. The project was led by
the federation's clinical lead for frailty. We sent a questionnaire to practice managers after the first
year and they were happy with the arrangements, so nothing was changed. We intend to invite practice
nurses to help us review the appointment template in 2025.
"""),
        ("value", "Value", """
The carer's appointment takes about 25 minutes and is funded through the federation's enhanced access
hours. The Carers' Hub and talking therapies places were already commissioned. An emergency respite
placement costs the council over £1,000 a week, and the admission of a person with dementia whose carer has
collapsed can last for weeks. The cost of a carer's suicide cannot be counted.

Carers have told us it was the first time anyone in the surgery had asked about them. One husband said he
had not had his blood pressure taken since his wife's diagnosis five years before.
"""),
        ("spread", "Spread", """
The integrated care board has asked all GP practices in Merrow Dene to offer the carer's appointment from
April 2025, and the two other federations in the area are starting it. The Carers' Hub has shared the
questions with carers' organisations in the region, and we presented the work at the regional primary care
conference in 2024.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1149  families and delirium in intensive care - pdf (via Word) - style
#        headings - consultant nurse, reflective - departments of ONE acute
#        trust (critical care, pharmacy, physiotherapy, spiritual care), no
#        partner organisation (ineligible) - families (one told in the value
#        section) and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1149", format="pdf", layout="style_headings", topic="icu_delirium_family_reorientation",
    project="independent72-bringingthemback-1149", render_via="soffice", docx_font="Liberation Serif",
    title="Bringing Them Back: families helping to prevent and ease delirium in intensive care",
    cover=[
        "Harrowden General Hospital NHS Trust",
        "A project of the Adult Critical Care Unit with the trust's Pharmacy, Physiotherapy and Spiritual Care departments",
        "Lead author: Consultant Nurse, Adult Critical Care",
    ],
    primary_entrant=dict(name="Harrowden General Hospital NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Delirium is one of the most common complications of critical illness. In our 18-bed adult critical care
unit, around half of patients who are ventilated become delirious at some point. Some are agitated and
pull at their breathing tubes, lines and drains; many more are quiet and withdrawn, and their delirium is
easily missed. Delirium in intensive care is linked to longer stays, more time on a ventilator, falls and
injuries, a higher risk of dying, and long-lasting problems with memory and thinking after discharge.
Patients who are older or already living with dementia are at the highest risk.

Until 2022 our approach relied mainly on medicines. Agitated patients were often given sedatives or
antipsychotics, which can make delirium last longer. Screening was done once a shift but not always acted
on. Visiting was restricted, first by the pandemic and then by habit, and families were usually asked to
leave during ward rounds, procedures and at night, exactly when patients were most frightened.

Bringing Them Back brought the critical care team together with the hospital's pharmacists,
physiotherapists and chaplaincy. Open visiting was restored, and families are now invited to take part in
care if they wish: talking to their relative about home and family, bringing in glasses, hearing aids,
photographs and music, helping with mouth care and gentle movement, and keeping a diary. Pharmacists review
every patient's sedation and antipsychotic use daily. Physiotherapists start sitting patients up and moving
them earlier. Lights are dimmed and noise reduced at night.
"""),
        ("evidence", "Results", """
We compared all ventilated patients in 2021/22 with those in 2023/24, using our daily delirium screening
and the unit's clinical information system.

<<Q:The proportion of ventilated patients who developed delirium fell from 52% to 36%.>> <<Q:The average
number of days with delirium, among those who had it, went down from 4.8 to 2.9.>> <<Q:Unplanned removal of
breathing tubes, lines and drains by confused patients fell from 31 incidents to 12.>>

<<Q:Patients given an antipsychotic for agitation went down from 27% to 11%.>>
"""),
        ("stakeholders", "Who was involved", """
<<P:Families of former patients who came back to our follow-up clinic told us that they had sat by the bed
feeling useless, and they helped us design the 'what you can do' card that we now give to every family on
the first day.>> <<P:A former patient who had been severely delirious, and who remembers the nurses as
guards in a prison, recorded a short talk for our staff, and on her advice we now tell every patient, many
times a day, where they are and why.>>

<<S:Critical care nurses on the night shift designed the 'quiet hours' routine and trialled it on one bay
for a month before it went unit-wide.>> <<S:The critical care pharmacists and consultants agreed the daily
sedation review together after the pharmacists audited a month of prescriptions and presented the results
at the unit's governance meeting.>> <<S:Physiotherapists asked for a fixed time each morning when patients
are not disturbed for anything else, so that early mobilisation actually happens, and the ward round was
moved to make room for it.>>
"""),
        ("value", "Value", """
A day in critical care costs around £2,000. Shorter delirium and fewer reintubations after tubes are
pulled out save bed days and free capacity for other patients. The diaries, cards and music cost very
little.

The work has also changed how the unit feels. <<P:Mr Daniel Osei, whose wife spent three weeks on the unit
in 2023, now volunteers with us, and it was his suggestion that families be offered a chair that folds
out into a bed so that they can stay overnight when their relative is most frightened.>> Nurses say it
has made them think of the family as part of the team rather than visitors.
"""),
        ("spread", "Spread", """
The approach has been extended to the trust's respiratory high dependency unit and its post-operative care
unit. We have shared the family card and the diary with the regional critical care network and presented
the work at a national intensive care conference in 2024.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1150  people with dementia who lose their English - docx - form table with
#        a cover table - elders' centre manager, plain and direct - an Asian
#        elders' centre with the acute trust and the council's interpreting
#        and care home quality teams - elders, families and staff involved -
#        NO quantitative evidence (bookings, passports written, a single audit
#        figure, a survey with no baseline, no comparison possible)
# ---------------------------------------------------------------------------
entry(
    id="I1150", format="docx", layout="form_table", topic="dementia_language_reversion_interpreters",
    project="independent72-mothertongue-1150", docx_font="Calibri",
    title="Mother Tongue: safe care for people with dementia who lose their English",
    cover_table=[
        ("Title of entry", "Mother Tongue: safe care for people with dementia who lose their English"),
        ("Lead organisation", "Millrace Asian Elders' Centre, Eastmoor (registered charity)"),
        ("Partner organisations", "Eastmoor Teaching Hospitals NHS Trust (Dementia and Delirium Team; Patient Experience); Eastmoor Metropolitan Borough Council (Interpreting and Translation Service; Care Home Quality Team)"),
        ("Name and role of entrant", "Mrs Harjit Sandhu, Centre Manager"),
    ],
    primary_entrant=dict(name="Millrace Asian Elders' Centre", type="charity"),
    partners=[
        dict(name="Eastmoor Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Eastmoor Metropolitan Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Millrace has been a day centre and meeting place for older Punjabi, Urdu, Bengali and Gujarati speakers in
Eastmoor for thirty years. Many of our members came to this country as young adults and learned English at
work. When dementia comes, that English is often the first thing to go. A man who ran a shop for forty
years and spoke English all day may, in the later stages of dementia, understand and speak only the
language of his childhood.

This becomes a safety problem the moment the person goes into hospital or a care home. Staff ask 'are you
in pain?' and get no answer, or a 'yes' that means nothing. The person cannot say they feel sick, need the
toilet, are frightened or have not eaten. They cannot tell anyone that they are allergic to penicillin.
Delirium is missed, because staff do not know what the person's speech is usually like. Distress is
treated with sedatives. Families are used as interpreters, or a grandchild is put on the phone, and
important things go unsaid.

We heard these stories from our members' families again and again. In 2022 one of our members, a widow of
84 with Alzheimer's disease, was admitted with a hip fracture. For two days nobody on the ward realised
that she was asking for her pain relief and saying she could not pass urine. She developed delirium and a
urinary retention that needed a catheter. Her son found her crying in Punjabi when he visited that
evening.

The hospital had access to interpreters by phone and in person, but ward staff rarely booked them for
patients with dementia because they assumed the person 'would not understand anyway'. Care homes rarely
knew the service existed. Nobody recorded which language a person with dementia used now, as opposed to
the one written on their registration years ago.

Mother Tongue has three parts. Our centre helps families write a one-page language passport for every
member with dementia: the language and dialect they now use, words and phrases for pain, toilet, hunger,
fear and 'I want to go home', and what their usual speech is like. The hospital's dementia team flags the
passport on admission and books an interpreter for the first assessment, for any capacity or consent
discussion and at least once a day while the person is on the ward. And the council's interpreting service
has trained a small group of interpreters in dementia and delirium, who are used for these bookings in the
hospital and in care homes.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since the scheme started in September 2023, we have written 310 language passports with families. The
hospital's dementia team booked 1,210 interpreter sessions for patients with dementia on its wards in
2024, and the council's interpreters attended 146 care home visits.

In an audit of 40 admissions of people with a passport during 2024, the passport was found in the notes
in 36. In a survey of families in 2024, 88% said their relative had been able to tell staff when they were
in pain. We have not been able to compare falls, delirium or sedative use before and after, because the
hospital did not record the language people with dementia actually spoke until the passport was
introduced. The patient experience team is now recording it, so that next year we can compare.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:The words and phrases on the passport were chosen by members of our Tuesday and Thursday groups, many
of whom are living with memory problems themselves, who went through hospital words one by one and told us
which ones their mothers and fathers would actually have used.>> <<P:Daughters and daughters-in-law who care
for members at home asked for a space on the passport for prayer times and food, because these were the
things that most upset their relatives when they were ignored, and this was added.>>

<<S:Interpreters from the council's service told us they had never been told that a patient had dementia
before a booking, and they designed the short briefing form that the ward now sends with every request.>>
<<S:Nurses on the two older people's wards tested the passport for three months and asked for the pain words
to be written phonetically in English letters as well, so that they could use them between interpreter
visits.>> <<S:The care home quality officers and three care home managers agreed how the passport would
travel with a resident who moves between home and hospital.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The passports are written by our staff and volunteers, funded by a small grant from the integrated care
board. Interpreter sessions are paid for from the hospital's existing interpreting budget, which was
underspent on dementia wards before. Training the dementia interpreters cost the council about £6,000. A
single avoided catheter infection or fall more than pays for this. Families say they can go home at night
knowing their relative can be understood.
"""),
        ("spread", "How has the work been shared and spread?", """
The hospital has made the language passport available to families of any patient with dementia who does
not speak English, not only our members, and the council is offering dementia training to interpreters who
work in care homes across the borough. Two other elders' organisations in the region have asked for our
passport template in Somali and Polish.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1151  a care home resident's usual self travelling to hospital - pdf -
#        numbered questions - deputy director of nursing, formal - ICB with
#        the acute trust, the ambulance service and a care association -
#        staff involved - NO patient involvement (residents as beneficiaries,
#        relatives asked to sign, a questionnaire that changed nothing,
#        Healthwatch updated, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1151", format="pdf", layout="numbered_questions", topic="care_home_dementia_baseline_hospital_transfer",
    project="independent72-normalforme-1151", pdf_font="DejaVuSans", pdf_align="L",
    title="What's Normal for Me: a one-page picture of a care home resident's usual self that travels with them",
    cover=[
        "NHS Quarrydale and Tern Integrated Care Board (lead)",
        "Partners: Quarrydale Hospitals NHS Trust; West Tern Ambulance Service NHS Trust; Quarrydale Care Association",
        "Author: Deputy Director of Nursing, Care Homes and Enhanced Health",
    ],
    primary_entrant=dict(name="NHS Quarrydale and Tern Integrated Care Board", type="icb"),
    partners=[
        dict(name="Quarrydale Hospitals NHS Trust", type="nhs_trust"),
        dict(name="West Tern Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Quarrydale Care Association", type="charity"),
    ],
    sections=[
        ("context", "1. Describe the problem and why a partnership was needed", """
Around 4,800 people live in the 97 care homes in Quarrydale and Tern, and about two thirds of them are
living with dementia. When a resident becomes unwell and is taken to hospital, the ambulance crew and the
emergency department see them at their worst. They do not know whether the person is usually chatty or
silent, walks or uses a hoist, feeds themselves or needs help, or knows where they are. Without that, two
things go wrong. Delirium is missed, because hospital staff assume that the confusion they see is the
person's dementia. And decisions are made on the basis of a picture that is much worse than the person's
real self, for example about resuscitation, about whether to treat, or about whether they can go back to
the home.

In 2022 the integrated care board's review of 60 emergency admissions from care homes found that the
resident's usual level of understanding was recorded in the hospital notes in 9 of them. The care home had
sent a transfer form in most cases, but it was eleven pages long, focused on medicines and care tasks, and
was rarely read. Several of the homes' own incident reports described residents who came back from
hospital unable to walk or eat after a stay in which nobody had known they could do either.

No single organisation could solve this. The care homes held the knowledge, the ambulance crews carried
the person, and the hospital made the decisions.
"""),
        ("evidence", "2. Evidence of improvement as a direct result of the partnership", """
Since May 2023 every care home resident has a one-page 'What's Normal for Me' sheet, kept at the front of
their care plan and updated monthly. It shows, in a few lines each, how the person usually communicates,
moves, eats and drinks, what they understand, what upsets and calms them, and what a good day looks like.
Crews take the sheet with the resident and read it at handover. The emergency department and the frailty
unit scan it into the record and use it to complete the delirium screen.

<<Q:In repeat reviews of 60 emergency admissions from care homes, the resident's usual level of
understanding was recorded in the hospital notes in 9 in 2022 and 47 in 2024.>> <<Q:Delirium recorded
within 24 hours of admission among care home residents with dementia rose from 14% to 38%, which we read as
delirium being recognised rather than becoming more common.>> <<Q:Residents who returned to their care
home needing more help with walking or eating than before they went into hospital fell from 41% to 26%.>>
"""),
        ("spread", "3. How the work has been applied elsewhere", """
The sheet is now used by 95 of the 97 care homes in the area, and has been adopted by the community
hospital and the two community trusts' intermediate care beds. The ambulance service has added a 'sheet
seen' box to its electronic record across its whole region, and a neighbouring integrated care board has
taken up the sheet for its own homes.
"""),
        ("value", "4. Staff and patient experience and value for money", """
The sheet costs nothing to produce. It takes a senior carer about fifteen minutes to complete and a few
minutes to update each month. A hospital stay in which a resident loses the ability to walk often means
a move to a nursing home at much higher cost, and the loss of a life the person valued. Emergency
department staff say the sheet is the first thing they look for. Care home staff say they feel their
knowledge of the resident is finally taken seriously.
"""),
        ("stakeholders", "5. Who was involved, including patients and staff", """
<<S:Senior carers from twelve homes cut the old transfer form down to one page over three workshops with
the ICB's care home team, and chose the headings themselves.>> <<S:Paramedics from the ambulance service
told us that anything longer than one side would not be read at the door, and asked for the sheet to be on
bright yellow paper, which it is.>> <<S:Emergency department nurses and the frailty consultants tested the
sheet for two months and asked for a line headed 'What is different today?', to be completed by the home
before the crew arrives.>> <<S:The care association's registered managers' group agreed to make the sheet
part of every home's monthly care plan review.>>

Residents are the people who benefit from the sheet. Relatives are asked to sign each new sheet when they
next visit. We sent a questionnaire to relatives in twelve homes and the responses were broadly positive,
so the sheet was not changed. Healthwatch was updated at its quarterly meeting. We did not manage to
involve residents or relatives in the design, which we want to put right when the sheet is reviewed.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1152  a card to help family carers spot delirium at home - docx - bullet
#        lists - short - carers' group chair, plain - a volunteer-run carers'
#        support group on its own, NO partner (ineligible) - carers involved -
#        NO evidence section and no measured change anywhere in the entry -
#        NO staff involvement (practices and the memory clinic sent the card,
#        a nurse who gave a talk, a negation, a hope)
# ---------------------------------------------------------------------------
entry(
    id="I1152", format="docx", layout="bullet_lists", topic="family_carers_spotting_delirium_card",
    project="independent72-suddenchange-1152", docx_font="Arial",
    title="The Sudden Change Card: helping family carers spot delirium at home",
    cover=[
        "Kinder Lane Dementia Carers' Group, Wetherfold (a volunteer-run support group for family carers)",
        "Written by the group's chair, Pat Oyelaran, on behalf of the members",
    ],
    primary_entrant=dict(name="Kinder Lane Dementia Carers' Group", type="patient_group"),
    partners=[],
    sections=[
        ("context", "How it started", """
We are a group of about forty people who look after a husband, wife, parent or friend living with
dementia. We meet every other Wednesday in the back room of the Kinder Lane community centre.

Over the years, many of us have had the same experience:

- the person we care for suddenly gets much more muddled, sleepy or agitated over a day or two

- we put it down to the dementia getting worse, and so does everyone else

- days later it turns out to be an infection, constipation, dehydration or a new tablet, and by then they are very poorly

- some of us were told afterwards that it was delirium, a word none of us had heard before

- two members lost their husbands after a delirium that went unnoticed at home for most of a week

One member, whose wife has Lewy body dementia, put it this way at a meeting: 'I knew something was
wrong on the Monday. By the Friday she was in intensive care. I just didn't have the words to make anyone
listen.' Another said that when she rang the surgery and said her mother was 'more confused', the
receptionist told her, kindly enough, that confusion was to be expected with dementia. She did not know
what else to say, so she waited.

In 2023 we decided to do something ourselves. We wrote a card, the size of a postcard, that lives on the
fridge. One side lists the signs of a sudden change in plain words. The other side says what to do: ring
the GP the same day and say the words 'I think this is delirium', or ring 111 if it is the evening or the
weekend, and it has space to write down what the person is normally like.
"""),
        ("stakeholders", "Who did the work", """
- <<P:every word on the card was chosen by members of the group, over three meetings, and we took out anything a doctor would say but we would not>>

- <<P:two members whose husbands died after an unnoticed delirium wrote the 'what is normal for them' box, because they said that was the thing nobody had asked them>>

- <<P:members tried the first version at home for a month and told us the print was too small, so it was made bigger and put on yellow card>>

- we sent copies of the card to the eight GP practices in Wetherfold and to the memory clinic

- a practice nurse came to one of our meetings to give a talk about urine infections

- no professionals were involved in writing the card, which was our choice

- we would like the memory clinic to hand the card out at diagnosis one day
"""),
        ("value", "What it has meant", """
- the cards cost us about £90 to print, paid for from our raffle

- so far we have given out 230 cards, to members and to carers who have heard about it

- several members have told us they used the words 'I think this is delirium' on the phone and were given a same-day appointment

- members say they feel less helpless, because they know what to look for

- one member told us that when her husband was admitted to hospital she handed the card to the nurse, and the nurse wrote what was normal for him straight into his notes

- newer members say the card was the first thing anyone gave them that explained what to watch for, in words they could use
"""),
        ("spread", "Where it has gone", """
- two other carers' groups in the county have asked for copies, and we have emailed them the design

- a local newspaper printed the card in its health page in the spring of 2024

- we keep a pile at the community centre reception, and the library has asked for some too
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)
