"""Fourth independent (blind) evaluation set: I049..I064.

Written without reference to the checker or to the pipeline; only the data format of
entries3.py was consulted.  Same data format and mark-up as the earlier sets:

  <<Q:sentence>>   quantitative claim (a measured change in an outcome)
  <<P:sentence>>   patient / carer / service-user involvement
  <<S:sentence>>   staff involvement
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are
joined with a single space.  A paragraph starting with "- " is a bullet item.

Flags are written out by hand and build.py cross-checks them against the mark-up.
Labelling conventions used here (the same as set 3):
  * not Q: dates, financial years, bed/ward counts, headcounts, numbers trained,
    budgets and costs, phone numbers, postcodes, page/reference numbers, targets
    not yet reached, plans, activity/usage counts with no before/after outcome,
    baseline figures on their own, one-off survey percentages with no change;
  * Q: measured change in an outcome or process measure, in digits or words
    ("fell from 31% to 12%", "cut in half", "about a quarter fewer",
    "a sustained shift below the centre line of the SPC chart"), wherever it
    appears (a few entries have claims outside the evidence section);
  * P / S: people who took part in designing, testing or running the work
    (co-design, workshops, panels, reference groups, interviews that changed a
    design, user testing, walkthroughs, champions, staff side, partner staff);
  * not P/S: patients as beneficiaries or as people something was done to,
    intentions and plans, negations, unnamed "stakeholders" or "partners", a
    single named lead, staff who were only trained or informed, satisfaction
    feedback collected afterwards that changed nothing;
  * S includes staff of partner organisations who took part.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I049  pressure ulcers in care homes - docx - rubric headings
#       formal board-paper style - clean
# ---------------------------------------------------------------------------
entry(
    id="I049", format="docx", layout="rubric_headings", topic="pressure_ulcers",
    project="independent4-carehomeskin-49",
    title="Skin Matters Ashcombe: a whole-system approach to preventing pressure damage in care homes",
    cover=[
        "Award category: Best Partnership Solution Improving Patient Safety",
        "Entrant: Ashcombe and Rydal Community Healthcare NHS Trust",
        "Partners: Ashcombe County Council (Adult Social Care and Safeguarding); University of Eastmere, School of Nursing and Midwifery; NHS Ashcombe and Rydal Integrated Care Board",
        "Submitted by the Director of Nursing, Therapies and Quality",
    ],
    primary_entrant=dict(name="Ashcombe and Rydal Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Ashcombe County Council", type="local_authority"),
        dict(name="University of Eastmere", type="university"),
        dict(name="NHS Ashcombe and Rydal Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "The context in which the partnership was needed, the product or service, and its patient safety goals", """
1.1 Ashcombe has 148 registered care homes providing approximately 5,900 beds, of which 61 homes
provide nursing care. Residents are, on average, older and frailer than a decade ago, and the majority
live with two or more long-term conditions. Pressure ulcers acquired in care homes had, by 2021/22,
become the single largest category of safeguarding concern raised with the County Council about
residential settings, and the Trust's district nursing teams were treating a rising caseload of
category 3 and 4 wounds which, in the view of the Trust's tissue viability service, were in large part
avoidable.

1.2 A joint review commissioned by the Safeguarding Adults Board in October 2021 found three recurring
weaknesses. First, care workers in residential homes, who are not registered nurses, often did not feel
able to recognise early skin changes, particularly on darker skin tones. Second, when they did recognise
a change, there was no quick route to specialist advice; the average wait for a district nurse visit for
a non-urgent skin concern was around five working days. Third, when harm occurred, the response was
frequently a safeguarding enquiry focused on blame rather than a learning review, which care home
managers described as discouraging honest reporting.

1.3 Skin Matters Ashcombe was established in April 2022 as a formal partnership between the Trust, the
County Council, the University of Eastmere and the Integrated Care Board. The service has four
components: a pocket skin inspection card and twice-daily checking routine for care workers; a
photograph-based tissue viability advice line, answered the same working day; a network of named skin
champions in each participating home, supported through a short accredited module delivered by the
University; and a multi-agency Pressure Ulcer Learning Panel which replaces a safeguarding enquiry for
single, non-neglect incidents with a proportionate learning review.

1.4 The agreed patient safety goals were to reduce care-home-acquired pressure ulcers of category 2 and
above by 40% by March 2024, to eliminate avoidable category 4 ulcers, and to shorten the time from first
recognition of skin damage to specialist advice to no more than one working day. The programme budget of
£386,000 over three years is held by the Integrated Care Board and reported to its Quality and
Performance Committee.
"""),
        ("evidence", "Evidence of improvements in safe care as a direct result of the partnership", """
2.1 Data are collected by the tissue viability service from district nursing records and from incident
reports submitted by care homes, and are validated monthly against the Council's safeguarding database.
Rates are expressed per 1,000 occupied bed days to allow for changes in occupancy. The baseline is the
twelve months to March 2022.

2.2 <<Q:The rate of care-home-acquired pressure ulcers of category 2 and above fell from 0.92 to 0.51
per 1,000 occupied bed days between 2021/22 and 2023/24.>> <<Q:The monthly run chart shows a sustained
shift, with eleven consecutive points below the baseline median from August 2022 onwards.>>

2.3 <<Q:Category 3 and 4 ulcers acquired in care homes reduced from 61 in 2021/22 to 24 in 2023/24, and
no category 4 ulcer acquired in a participating home has been recorded since November 2022.>>

2.4 <<Q:Median time from a care worker first recording a skin change to receiving tissue viability
advice has reduced from five working days to the same day.>> The advice line received 2,317
photographs in 2023/24.

2.5 <<Q:Safeguarding enquiries relating to pressure damage in care homes fell from 212 to 87 over the
same period, while the number of incidents reported by homes actually rose, which the Panel interprets
as a sign of more open reporting rather than more harm.>>

2.6 The partnership's principal target has therefore been met. 131 of the 148 homes in Ashcombe now take
part; the remaining 17 are predominantly small residential homes, and engaging them is a priority for
2024/25.
"""),
        ("spread", "How the achievements have been applied elsewhere and best practice shared", """
3.1 The neighbouring Brackenfold and Lowe system adopted the skin inspection card and the learning panel
model in September 2023, using materials and a facilitator provided by the partnership at no charge.
<<Q:Brackenfold reports a fall of about one third in category 2 and above ulcers in its first six months
of participation.>>

3.2 The University has incorporated the skin champion module into its Level 4 Care Practice
certificate, which is open to care staff across the region, and 312 care workers have completed it to
date. The inspection card, which includes photographs of early skin damage on a range of skin tones, is
available to download from the ICB's website and has been requested by 29 organisations.

3.3 The partnership presented its work at the regional tissue viability forum in March 2023 and to the
national care home safety network in January 2024. A peer-reviewed evaluation led by the University is
in preparation.
"""),
        ("value", "Value created: staff and patient experience and value for money", """
4.1 The direct cost of the programme over three years is £386,000. The estimated cost of treating a
single category 3 or 4 pressure ulcer in the community lies between £11,000 and £14,000, excluding any
associated hospital admission. On the most cautious assumptions, the avoided harm in 2023/24 alone
exceeds the total programme cost.

4.2 Care home managers report that the Learning Panel has changed the relationship between homes, the
Council and the NHS. One manager wrote: "For the first time I feel I can ring and say we have a problem
without waiting for the sky to fall in." District nurses have described the photographs as transforming
their ability to prioritise visits.

4.3 For residents, the programme means fewer painful wounds, fewer dressings and fewer days confined to
bed. Families have told the Council's quality team that they value being told promptly when a change in
their relative's skin is noticed.
"""),
        ("stakeholders", "Stakeholder involvement", """
5.1 <<S:The skin inspection card was co-designed in four workshops with care home managers, senior carers
and two registered nurses from fourteen homes, who insisted that it fit in a tunic pocket and use
photographs rather than written descriptions.>> <<S:Tissue viability nurses from the Trust and safeguarding
practitioners from the County Council drafted the terms of reference of the Learning Panel together and
ran the first six panels jointly to test them.>>

5.2 <<S:Lecturers from the University's School of Nursing and Midwifery worked alongside the skin champions
to shape the module, and the first cohort of champions reviewed each unit before it was accredited.>>

5.3 <<P:Eleven members of the Council's Care Home Relatives' Network reviewed the draft family leaflet, and
at their request it now explains what families can look for during visits and who to ring.>> <<P:Two
residents who had lived with pressure ulcers were interviewed at length, and their description of being
turned at night without explanation led directly to the 'tell me first' prompt on the repositioning
chart.>>

5.4 The programme is overseen by the Trust's Director of Nursing, Therapies and Quality, and all 1,640
care workers in participating homes have received the skin inspection training.
"""),
    ],
    flags=[],
)

# ---------------------------------------------------------------------------
# I050  suicide prevention after discharge - pdf - own headings
#       long narrative with quotes; evidence section has no measured change
#       (a claim appears in spread) -> no_quantitative_evidence
# ---------------------------------------------------------------------------
entry(
    id="I050", format="pdf", layout="own_headings", topic="suicide_prevention", pdf_align="L",
    pdf_font="LiberationSerif",
    project="independent4-bridgeafterward-50",
    title="The Bridge: no one leaves a mental health ward without someone waiting on the other side",
    cover=[
        "Fenmoor and Lyle Mental Health NHS Foundation Trust",
        "with Fenmoor Constabulary, The Lantern Listening Service (registered charity no. 1187 492) and Fenmoor District Council",
        "Entry for the Best Partnership Solution Improving Patient Safety award",
    ],
    primary_entrant=dict(name="Fenmoor and Lyle Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Fenmoor Constabulary", type="emergency_service"),
        dict(name="The Lantern Listening Service", type="charity"),
        dict(name="Fenmoor District Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why we had to do something different", """
"He came home on the Friday with a bag of tablets and a leaflet. By the Monday he was gone." Those are the
words of Carol, whose son Daniel died eleven days short of his twenty-sixth birthday, three days after
leaving one of our wards in the spring of 2021. Carol has given us permission to tell his story, and she
tells it better than we can.

Daniel's death was not unusual, and that is the point. National confidential inquiry data have shown
for years that the first few days and weeks after discharge from a psychiatric ward are among the most
dangerous times in a person's life, and that the first week carries the highest risk of all. Our own
review of deaths by suspected suicide between 2018 and 2021 found the same pattern: too many people had
died within a fortnight of leaving our care, and in almost every case the follow-up appointment had been
booked for a date that came too late.

We had a seven-day follow-up standard, like everyone else. What we did not have was a way of making
those first 72 hours feel held. Families were often not told when discharge would happen. Safety plans
were written on the ward in the language of the ward. If someone rang 999 in crisis over the weekend,
the police officer who attended had no way of knowing that this was a man discharged on Friday.

The Bridge is what we built with our partners. It has three strands. The first is a guaranteed contact
within 72 hours of discharge, made by a named worker from our community team or, where the person
prefers, by a trained listener from The Lantern, a local charity that has run an out-of-hours listening
line (01632 960 215) since 2009. The second is a single safety plan, written with the person and their
family in their own words, which travels with them and can be seen by the crisis team and by officers in
the Constabulary's mental health triage car. The third is a weekend 'safe room' in the Council's
community hub on Market Street, staffed jointly by Lantern volunteers and a mental health nurse, where
people can go instead of waiting in the emergency department.

Our goals were simple to say and hard to do: no one discharged without a date, time and name for their
first contact; no one in their first week after discharge met by a police officer who does not know
their plan; and, above all, fewer deaths.
"""),
        ("evidence", "What we can and cannot yet show", """
We want to be honest with the judges. Suicide is, thankfully, a rare event in a population the size of
Fenmoor, and the numbers in any one year are too small to tell us whether the Bridge has saved lives.
A single death, or its absence, can move an annual figure more than any service could. We have resisted
the temptation to present those figures as proof.

What we can show is that the Bridge is happening. Since it began in September 2022, 1,126 people have
been discharged from our four adult acute wards with a Bridge plan in place. The triage car has been able
to see a shared safety plan on 388 occasions when attending someone in their first month after
discharge. The weekend safe room has been open on 81 weekends and has welcomed 604 visits, and on most of
those evenings the only alternative would have been the emergency department.

We have also listened closely to people who have crossed the Bridge. "The woman from Lantern rang me on
the Saturday morning," one man told our evaluator. "I hadn't got out of bed. She asked if I'd eaten.
Nobody had asked me that in weeks." A mother wrote: "For once I knew what the plan was before he did."

The University of Fenmoor has been commissioned to carry out an independent evaluation, linking our
records with coroners' data over three years, and will report in 2026. Until then we would rather show
you what we do than claim what we cannot yet prove.
"""),
        ("spread", "Beyond Fenmoor", """
The Constabulary extended the triage car and shared safety plan to Lyle in April 2023, and our Lyle
community team adopted the 72-hour contact at the same time. <<Q:In the twelve months that followed,
detentions under section 136 of the Mental Health Act in Lyle fell from 311 to 198, which officers
attribute largely to being able to see a plan and ring someone who knows the person.>>

The Lantern has trained two other listening charities in the region to deliver post-discharge calls, and
our safety plan template, written with families, has been adopted by the neighbouring children and young
people's service. <<P:We have spoken about the Bridge at the regional suicide prevention network and at a
national conference on bereavement by suicide, where Carol spoke alongside our medical director.>>
"""),
        ("value", "What it has meant", """
For families, the Bridge has changed what discharge feels like. "I used to dread the phone call saying
he was coming home," one father said. "Now I am part of the phone call."

For staff, it has brought back a sense of purpose that can be lost on a busy acute ward. One ward manager
put it this way: "We used to discharge people into silence. Now I can tell them exactly who will ring
and when."

The Bridge costs around £214,000 a year, most of which is the time of community workers, the Lantern's
listener coordinator and the nurse in the safe room. The Council provides the hub room at no cost. A
single night in a mental health bed costs more than £500, and the human and economic cost of one death by
suicide has been estimated nationally at well over £1 million. We believe the partnership is good value,
but we know that the best evidence of value will come from the evaluation.
"""),
        ("stakeholders", "Building it together", """
<<P:Carol and four other bereaved relatives met with us every month for the first year as our family
advisory circle, and it was Carol who pointed out that her son's follow-up letter had arrived two days
after his funeral.>> <<P:Their insistence that families must be told the date and time of discharge became
the first rule of the Bridge.>>

<<P:The safety plan template was rewritten from scratch by nine members of our Thursday lived experience
group, who replaced clinical headings such as 'protective factors' with questions like 'What gets me
through a bad night?'.>> <<PS:Those same members, together with three community mental health nurses,
then spent two afternoons role-playing the 72-hour call until the script sounded like a conversation.>>

<<S:Police officers from the triage car and crisis team nurses walked through six real, anonymised cases
together to decide what information officers needed to see, and they settled on a single page.>>
<<S:Paid staff from the Lantern, who know what it is like to take a call at two in the morning, designed
the listener training and sat on the interview panel for the listener coordinator.>>

<<S:Ward staff on all four acute wards chose a Bridge champion from among themselves, and the champions
still meet monthly to iron out problems with discharge timings.>>

Every person discharged with a Bridge plan is offered a copy and asked to sign it.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)

# ---------------------------------------------------------------------------
# I051  learning disability annual health checks - pdf - numbered questions
#       plain-spoken small self-advocacy charity; practice staff only trained,
#       single named GP lead, negation, intention -> no_staff_involvement
# ---------------------------------------------------------------------------
entry(
    id="I051", format="pdf", layout="numbered_questions", topic="learning_disability",
    pdf_font="DejaVuSans", pdf_align="L",
    project="independent4-healthcheckers-51",
    title="Check It Out: people with learning disabilities making health checks work",
    cover=[
        "Entered by Speak Up Harbridge (a self-advocacy charity run by and for people with learning disabilities)",
        "Working with Harbridge North Primary Care Network and NHS Harbridge and Coldwell Integrated Care Board",
        "Address: Unit 4, Foundry Yard, Harbridge HB3 7QL",
    ],
    primary_entrant=dict(name="Speak Up Harbridge", type="charity"),
    partners=[
        dict(name="Harbridge North Primary Care Network", type="primary_care"),
        dict(name="NHS Harbridge and Coldwell Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Question 1. Why was the partnership needed? What is the product or service, and what are its patient safety goals?", """
We are a small charity. We have three part-time workers and about 140 members. Our members are adults
with learning disabilities who live in Harbridge.

People with a learning disability die younger than other people. Many of those deaths could have been
stopped. Things like constipation, chest infections, choking and cancer are missed because nobody looks
for them in time, or because the person cannot say what is wrong in the way a doctor expects.

Everyone with a learning disability aged 14 and over can have a free health check with their GP every
year. It is meant to catch these problems early. But in 2021 figures from our local GP practices showed
that only about half of the people on the learning disability register had had one. Some had never been
invited. Some got a letter they could not read. Some went, and the
appointment was ten minutes long and the doctor talked to their support worker and not to them.

So we asked the Primary Care Network, which is eleven GP practices in the north of Harbridge, if we
could work together. The ICB gave us a grant of £48,500 over two years.

What we do is called Check It Out. It has three parts:

- an easy read invitation letter and a picture card that says what will happen at the health check;

- our Health Checkers, who are members trained by us, who visit each practice and check if it is easy
  to use, and then give the practice a report with things to change;

- a one-page 'My Health Plan' that the person takes home after the check, with what to do next written
  in plain words.

Our safety goals were: more people getting their health check, more people leaving with a plan, and
fewer people ending up in hospital with things that could have been spotted early, like bad
constipation.
"""),
        ("evidence", "Question 2. What evidence is there of improvements in safe care as a direct result of the partnership? Give quantitative examples.", """
The PCN gave us the numbers from the practice computer systems. We compared the year before we started
(2021/22) with our second year (2023/24).

<<Q:The number of people on the learning disability register who had their annual health check went up
from 52% to 81%.>>

<<Q:People leaving their check with a written health plan went from about one in five to three in four.>>

<<Q:Emergency admissions for constipation for people on the register went down from 14 to 5.>> We know
these are small numbers. But every one of those admissions is a person who was very poorly, and
constipation can kill people with a learning disability.

<<Q:The number of people who had bowel cancer screening went up too, from 11 of the 38 people who were
due a kit to 24 of the 41 who were due.>>

Our Health Checkers have visited all eleven practices twice. They made 93 suggestions. The practices
told us they have done 71 of them so far.
"""),
        ("spread", "Question 3. How have the achievements been applied elsewhere and best practice shared?", """
The ICB liked the easy read letter so much that it is now sent out by all 46 practices in Harbridge and
Coldwell, not just ours. The South Harbridge PCN has asked our Health Checkers to visit its practices
from September 2024.

<<P:Two of our members, Leanne and Marcus, went to a conference in Birmingham and told 200 people about
Check It Out.>> Marcus said it was the best day of his life. We put our picture card on our website so
anyone can use it for free.
"""),
        ("value", "Question 4. What value has been created? Consider staff and patient experience and value for money.", """
Our members say they feel listened to. One member said: "The nurse talked to me this time. Not to my
mum. To me."

Receptionists have told us it is easier now because they know what reasonable adjustments to offer,
like a longer appointment or the first appointment of the day when it is quiet.

Our Health Checkers are paid £12.50 an hour for their visits, the same as our workers, and they are very
proud of it. For some of them it is the first paid work they have done.

The whole project cost £48,500. One hospital stay for bad constipation can cost thousands of pounds, so we
think it is good value.
"""),
        ("stakeholders", "Question 5. Who were the stakeholders and how were they involved in the design?", """
<<P:The easy read letter was written by our members at six Tuesday meetings, and they changed it many
times until everybody in the room could understand it.>> <<P:Eight members took photographs for the
picture card of real rooms in a real surgery, because they said pictures from the internet do not look
like Harbridge.>>

<<P:Our Health Checkers, who are all people with a learning disability, made up the checklist they use on
their visits themselves, with questions like 'Is there somewhere quiet to wait?' and 'Did they say my
name right?'.>>

<<P:Family carers from the Harbridge Parent Carer Forum came to two of the meetings and asked us to add a
part to the health plan about who to ring if things get worse, so we did.>>

Staff at all eleven practices had our one-hour training about reasonable adjustments, 186 people in all.
Dr Amara Singh, the clinical director of the PCN, led the work on the GP side. We hoped some practice
nurses would come to our planning days, but none of them could get time off. Next year we will invite the
practice nurses to help us change the health plan.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)

# ---------------------------------------------------------------------------
# I052  prison release and drug-related deaths - docx - no headings
#       formal, terse; no spread section; prisoners only beneficiaries,
#       negation, intention, complaints reviewed -> missing spread,
#       no_patient_involvement
# ---------------------------------------------------------------------------
entry(
    id="I052", format="docx", layout="no_headings", topic="prison_healthcare", docx_font="Arial",
    project="independent4-releaseday-52",
    title="Release Day Safe: continuity of care and naloxone for men leaving HMP Calderbrook",
    cover=[
        "Lead: Northmoor Community Health NHS Trust, Health and Justice Directorate",
        "Partners: HMP Calderbrook (HM Prison and Probation Service); Calderbrook Recovery Partnership (drug and alcohol charity)",
        "Category: Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="Northmoor Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="HMP Calderbrook", type="public_other"),
        dict(name="Calderbrook Recovery Partnership", type="charity"),
    ],
    sections=[
        ("context", None, """
HMP Calderbrook is a Category B local prison with an operational capacity of 1,104 men. Approximately
2,600 men are released each year, most after short sentences or periods on remand. Around 45% of men
received into the prison report problematic opioid use, and at any time approximately 310 are prescribed
opioid substitution treatment by the healthcare team.

The weeks immediately after release carry a sharply increased risk of drug-related death, principally
because tolerance to opioids has fallen in custody. Between April 2019 and March 2021, four men died of a
suspected overdose within 28 days of leaving Calderbrook. Each death was reviewed. Common findings were:
release at short notice, often from court; no take-home naloxone; no confirmed appointment with a
community prescriber; and a gap of several days in opioid substitution treatment.

Release Day Safe was introduced in June 2021 by Northmoor Community Health NHS Trust, which holds the
healthcare contract for the prison, HMP Calderbrook and the Calderbrook Recovery Partnership, which
provides the substance misuse service in custody and in the community. It comprises: a standard release
checklist started at reception rather than on the day of release; a pharmacy-led bridging prescription
covering the interval to the first community appointment; a naloxone kit and overdose briefing offered to
every man at risk; a court-release protocol so that men released from court are not missed; and a
release-day phone handover from the prison keyworker to a named community keyworker.

Safety aims: naloxone offered to 100% of eligible men; no break in opioid substitution treatment on
release; and no drug-related deaths within 28 days of release.
"""),
        ("evidence", None, """
Outcomes were compared for 2020/21 (baseline) and 2023/24, using the healthcare record, the prison
discharge log and community treatment data supplied by the Recovery Partnership.

<<Q:Naloxone kits issued on release to men identified as at risk increased from 9% to 71%.>> The
shortfall is mainly among men released directly from court, where a kit cannot always be issued.

<<Q:The proportion of men on opioid substitution treatment who attended a community prescribing
appointment within five days of release rose from 38% to 77%.>> <<Q:Missed doses between the last
dose in custody and the first community dose fell from a median of three days to zero.>>

<<Q:Drug-related deaths within 28 days of release fell from four in the two baseline years to one in the
two most recent years.>> The numbers are small and the Trust does not claim statistical significance.

Court releases identified in advance via the court-release protocol: 212 in 2023/24.

Limitations: community treatment data are available only for men released to addresses within the
Recovery Partnership's area (approximately two thirds of releases); men released to other areas are
tracked by telephone follow-up, which is less complete.
"""),
        ("value", None, """
The programme was delivered within existing contract value. Additional costs were limited to naloxone
kits (approximately £19 each, 1,840 issued since June 2021) and 0.6 WTE of a pharmacy technician,
funded by the Trust at £21,300 per year.

Healthcare staff report greater confidence that men will not leave without a plan, and the Recovery
Partnership reports fewer 'lost' clients in the first week. Reception officers report that starting the
checklist at reception has reduced last-minute requests on release days.

Men leaving Calderbrook now receive a bridging supply, a naloxone kit and a confirmed appointment. A
review of healthcare complaints in 2023/24 identified no complaints relating to release.
"""),
        ("stakeholders", None, """
<<S:The release checklist was drafted and tested over three months by the prison's reception officers,
healthcare nurses and Recovery Partnership keyworkers, who ran it on every release from one wing and
amended it weekly.>> <<S:Pharmacy technicians and the Recovery Partnership's community prescribers agreed
the bridging-prescription rules between them, including how to handle releases on Fridays and before
bank holidays.>>

<<S:The Prison Officers' Association representative sat on the project group and negotiated the change to
reception routines on behalf of officers.>>

All 64 officers working in reception and the discharge office completed a 45-minute briefing on the
checklist and on recognising opioid overdose. The Trust had intended to run focus groups with men on the
wings during the design phase, but regime restrictions at the time made this impossible. Peer mentors will be recruited from among men in recovery
in 2024/25 to deliver the overdose briefing.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)

# ---------------------------------------------------------------------------
# I053  paediatric asthma - pdf - caps headings
#       enthusiastic children's nurse voice - clean
# ---------------------------------------------------------------------------
entry(
    id="I053", format="pdf", layout="caps_headings", topic="paediatric_asthma",
    project="independent4-littlelungs-53",
    title="Every Breath Counts: keeping Halberton's children out of the resus room",
    cover=[
        "Halberton Children's and Community Services NHS Trust, together with Halberton City Council, NHS Halberton Integrated Care Board and Little Lungs Halberton (children's respiratory charity)",
        "Written by the lead children's respiratory nurse specialist on behalf of the partnership",
    ],
    primary_entrant=dict(name="Halberton Children's and Community Services NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Halberton City Council", type="local_authority"),
        dict(name="NHS Halberton Integrated Care Board", type="icb"),
        dict(name="Little Lungs Halberton", type="charity"),
    ],
    sections=[
        ("context", "WHY WE STARTED", """
I have been a children's respiratory nurse for nineteen years and I will never get used to seeing a
child fighting for breath in resus. In 2021 I looked back over the children we had admitted to intensive
care with asthma across the previous three years and found something that still makes me angry: almost
every one of them had warning signs that were missed. Blue inhalers collected every fortnight. No written
asthma plan. A school that did not know the child had asthma. A damp bedroom with black mould on the
wall.

Halberton is a young, crowded city. About 9,800 children and young people have a diagnosis of asthma, and
the east of the city has some of the highest rates of childhood asthma admission in the region. Asthma
deaths in children are rare, but national reviews keep telling us that most of them are preventable.

So we built Every Breath Counts, and we built it together! Our trust, the City Council (public health,
schools and environmental health), the ICB and Little Lungs, a fantastic local charity started by parents.
The service has four bits:

- a 48-hour review after every asthma attack that ends in A&E or admission, by a nurse or pharmacist, in
  clinic, at school or at home;

- an 'Asthma Friendly School' standard for every primary and secondary school, with an emergency inhaler
  and a register of children with asthma;

- a flag on GP systems for any child who collects more than six reliever inhalers in a year;

- a fast-track referral to environmental health for any child whose home has damp or mould.

Our patient safety goals were fewer attacks that end up in hospital, no child with asthma going without a
written plan, and fewer children on intensive care.
"""),
        ("evidence", "WHAT HAS CHANGED", """
We started in the east of the city in January 2022 and went city-wide in April 2023. These figures compare
2021 (the year before) with 2023, for children aged 5 to 16 across the whole city.

<<Q:Emergency department attendances for asthma fell from 412 to 263 a year.>> <<Q:Admissions to paediatric
intensive care for asthma went down from nine to two.>> Two is still two too many, but wow, what a
change!

<<Q:Children with a written asthma action plan went from 28% to 86%, checked against GP records.>>

<<Q:The number of children flagged for collecting too many reliever inhalers halved, from 640 to 318, once
they had had a review and got their preventer sorted.>>

<<Q:We also see it in the repeat attacks: the proportion of children coming back to A&E with asthma within
twelve months of a first attendance dropped from 31% to 17%.>>

Environmental health officers have inspected 147 homes through the fast-track route since 2022, and
landlords have been required to carry out damp and mould repairs in 96 of them.
"""),
        ("spread", "SHARING IT", """
We have shared everything! The Asthma Friendly School toolkit is free on the Council's website and schools
in two neighbouring counties are already using it. Our 48-hour review template has been adopted by the
regional children and young people's asthma network, and I have presented our work at three regional
study days and one national respiratory conference.

The ICB has funded a second respiratory nurse to take the inhaler-flag reviews into the county practices
from this autumn, and Little Lungs has been asked to set up a parents' group in Westbridge.
"""),
        ("value", "WHY IT IS WORTH IT", """
Every avoided PICU admission saves the NHS many thousands of pounds, but honestly the real value is in the
faces of families who do not have to go through that night again.

School staff tell us they feel far more confident now. One head teacher said: "Last year we had a child
collapse in PE and nobody knew where her inhaler was. This year every teacher knows."

The total cost of the programme over three years was £612,000, mostly nursing time and the emergency
inhaler kits for 118 schools. Our team has grown from two nurses to five, and we now have a waiting list of
nurses who want to join us!
"""),
        ("stakeholders", "WHO MADE IT HAPPEN", """
<<P:Our Young Lungs panel, eleven children and teenagers aged 9 to 15 who all have asthma, designed the
emergency inhaler poster that now hangs in every school, and they filmed the inhaler technique videos
themselves on a borrowed phone.>>

<<P:Parents from Little Lungs told us the first version of the 48-hour review letter was 'scary and full of
jargon', so they rewrote it with us at a kitchen-table session in the charity's office.>>

<<S:School nurses and a group of practice nurses from six GP surgeries helped us write the Asthma Friendly
School standard and tried it out in twelve schools before we launched it.>> <<S:Environmental health
officers from the Council designed the fast-track mould referral form with us, and they were the ones who
pushed for a five-day target for inspections.>>

<<S:Community pharmacists in the east of the city tested the reliever-inhaler flag for three months and
suggested that they, rather than the GP, should start the conversation at the counter.>>

Every school was sent the toolkit and invited to our launch event.
"""),
    ],
    flags=[],
)

# ---------------------------------------------------------------------------
# I054  inpatient food allergy - docx - bold headings, cover table
#       corporate voice of a private caterer as primary entrant;
#       satisfaction survey, intention, negation -> ineligible,
#       no_patient_involvement
# ---------------------------------------------------------------------------
entry(
    id="I054", format="docx", layout="bold_headings", topic="food_allergy", docx_font="Arial",
    project="independent4-safeplate-54",
    title="SafePlate: digital allergen assurance at the bedside",
    cover_table=[
        ("Entry title", "SafePlate: digital allergen assurance at the bedside"),
        ("Entrant", "Fernhill Catering Solutions Ltd"),
        ("In partnership with", "Westbury Vale Hospitals NHS Trust"),
        ("Contact", "Head of Healthcare Partnerships, bids@fernhill-catering.example, 0161 496 0833"),
    ],
    primary_entrant=dict(name="Fernhill Catering Solutions Ltd", type="private"),
    partners=[
        dict(name="Westbury Vale Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The challenge", """
Fernhill Catering Solutions is a leading provider of patient and retail catering to the NHS, serving more
than 14 million meals a year across 23 hospital sites. In 2021 we were awarded a seven-year contract to
deliver patient catering at Westbury Vale Hospitals NHS Trust, a 780-bed acute trust operating from two
sites.

Food allergy and intolerance present a significant and growing patient safety risk in hospital. At
Westbury Vale, as at many trusts, a patient's allergy status was recorded in the electronic patient
record but meal orders were taken on paper menus by ward hosts who could not see that record. Allergen
information for each dish was held in a binder in the ward kitchen. The Trust's incident data for 2020/21
recorded 23 allergen-related incidents, including two patients who required treatment with adrenaline
after eating a meal containing an allergen they had declared on admission.

SafePlate is our answer. It is a tablet-based bedside ordering solution which pulls the patient's
recorded allergies directly from the Trust's electronic patient record and automatically hides any dish
that contains a declared allergen. Every dish in our menu cycle is mapped against the fourteen
regulated allergens, and each tray is printed with a colour-coded label showing the patient's name, bed
and allergy status. A final 'tray-to-patient' check is completed by the ward host at the bedside using the
tablet.

Our objectives were to eliminate allergen-related meal incidents, achieve 100% allergen capture at the
point of ordering, and free up ward hosts' time for patient interaction.

SafePlate was conceived by our Head of Digital Innovation, Sarah Whitcombe, who led the design and build
in-house. It integrates with the Trust's electronic patient record through a standards-based interface,
and allergy status is refreshed every fifteen minutes so that a newly declared allergy is reflected before
the next meal service. Modified texture diets, cultural and religious requirements and nil-by-mouth status
are handled in the same way.
"""),
        ("evidence", "Results", """
SafePlate went live on all adult inpatient wards at Westbury Vale in May 2022 and on paediatric wards in
January 2023. Results below compare the twelve months before go-live with the most recent twelve months
(to March 2024), using the Trust's incident reporting system.

<<Q:Allergen-related meal incidents fell from 23 to 6, and none of the six resulted in harm.>>

<<Q:The proportion of meal orders where the patient's allergy status was visible at the time of ordering
increased from 64% on the paper system to 98%.>>

<<Q:Average time spent by ward hosts on each meal round reduced by 22 minutes per ward.>>

Over 1.1 million meals have been ordered through SafePlate since launch. Every allergen-related incident is
reviewed within five working days, and the learning from each review is shared at the monthly contract
meeting.
"""),
        ("spread", "Spread and sharing", """
Following the success at Westbury Vale, SafePlate is now being rolled out across Fernhill's NHS portfolio,
with four further trusts live and a further six scheduled for 2024/25. The allergen mapping methodology has
been shared with the Hospital Caterers' forum and presented at two industry events. The Trust's allergy
nurse specialist co-presented the results at the regional patient safety network in November 2023.
"""),
        ("value", "Value", """
SafePlate is provided to the Trust as part of the existing catering contract at no additional cost. Ordering
closer to service also means less food waste, and the estimated saving of approximately £74,000 a year is
shared between Fernhill and the Trust under the contract's gainshare mechanism.

A patient satisfaction survey conducted in March 2024 found that 91% of patients rated the meal service as
good or excellent. Patients with allergies benefit from the reassurance that their meals are safe. Ward
hosts tell us they have more time to help patients with eating and drinking.
"""),
        ("stakeholders", "Stakeholder engagement", """
<<S:Ward hosts and Trust dietitians tested three prototype versions of the tablet screen on two wards over
eight weeks, and their feedback led to larger buttons and a mandatory confirmation step at the bedside.>>
<<S:The Trust's allergy nurse specialist and our catering supervisors ran joint simulation exercises on the
wards before go-live, which identified that agency staff could not log in and led to a shared ward log-in.>>

<<S:Fernhill's chefs and the Trust's paediatric dietitians reworked the children's menu together so that
there was a safe choice for every common allergy combination.>>

Given the pace of contract mobilisation, patient representatives were not engaged at the design stage. We
intend to establish a patient allergy forum across our NHS sites during 2024/25. Key stakeholders were
kept informed throughout via monthly contract review meetings.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)

# ---------------------------------------------------------------------------
# I055  radiology actionable findings - pdf - with appendix
#       heavy jargon and acronyms; patients only beneficiaries, PALS data,
#       intention -> no_patient_involvement
# ---------------------------------------------------------------------------
entry(
    id="I055", format="pdf", layout="with_appendix", topic="radiology_reporting",
    pdf_font="LiberationSans",
    project="independent4-closedloop-55",
    title="Closing the Loop: a network-wide failsafe for actionable and unexpected imaging findings",
    cover=[
        "Primary entrant: Corringham and Eastvale Hospitals NHS Foundation Trust (host organisation, North Eastvale Imaging Network)",
        "Partners: Saltmarsh Coast University Hospitals NHS Trust; Wendover Abbey Hospital NHS Trust; University of Corringham Institute of Health Informatics",
        "Category: Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="Corringham and Eastvale Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Saltmarsh Coast University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Wendover Abbey Hospital NHS Trust", type="nhs_trust"),
        dict(name="University of Corringham", type="university"),
    ],
    sections=[
        ("context", "1. Context", """
The North Eastvale Imaging Network (NEIN) comprises three acute providers (CEH, SCUH and WAH), 11 CT
scanners, 7 MRI scanners and a shared RIS/PACS platform procured in FY2021/22. Combined activity is c.1.9m
examinations p.a. The network operates a single reporting worklist across sites with a mixed model of
consultant radiologists (n=64 WTE), reporting radiographers (n=22 WTE) and insourced/outsourced
teleradiology.

Failure to communicate and act on actionable unexpected findings (AUFs) is a well-described source of
harm (RCR standards; national patient safety alerts; HSSIB themes). Pre-network, each site operated a
different alerting process: telephone for critical findings, free-text 'URGENT' flags in report bodies,
and in one site a paper fax-back to GP practices. There was no closed-loop acknowledgement and no
failsafe tracking of incidental findings requiring surveillance imaging (e.g. pulmonary nodules,
adrenal incidentalomas, AAA). A 2021 network-wide RCA thematic review identified 7 SIs/PSIIs over 24 months
where an AUF was reported but not acted upon, including two delayed lung cancer diagnoses.

'Closing the Loop' (CtL) is a network solution comprising: (i) structured AUF categorisation (Cat A
critical/immediate; Cat B urgent/<48h; Cat C incidental requiring follow-up) embedded in the RIS reporting
template; (ii) an EPR-integrated electronic alert with mandatory clinician acknowledgement and automatic
escalation at T+1h (Cat A) and T+24h (Cat B); (iii) a network Incidental Findings Failsafe Office (IFFO)
staffed by band 4 failsafe officers and a band 7 coordinator, tracking Cat C findings to completion;
(iv) a governance dashboard built with the University's Institute of Health Informatics.

Patient safety objectives: >=95% Cat A/B acknowledgement within the escalation window; <5% Cat C
findings lost to follow-up; zero SIs attributable to non-acknowledged AUFs.
"""),
        ("evidence", "2. Evidence of improvement", """
Data source: RIS audit trail, IFFO tracker, LFPSE/Datix. Baseline = Q1-Q2 FY21/22 (pre-CtL); comparison
= Q3 FY22/23 to Q4 FY23/24. SPC charts (XmR, p-charts) maintained by the network QI lead; see Appendix B
for definitions.

<<Q:Cat A/B alerts acknowledged within the escalation window increased from 47% (paper/phone baseline,
sampled) to 96% (full census, n=14,208 alerts).>> <<Q:The p-chart shows a special-cause shift from
September 2022, with all subsequent points above the upper control limit of the baseline period.>>

<<Q:Cat C incidental findings lost to follow-up at 12 months fell from 17% (retrospective audit, n=400) to
2% (IFFO tracker, n=3,912).>>

<<Q:SIs/PSIIs attributable to non-acknowledged AUFs: 7 in the 24 months pre-CtL versus 1 in the 24 months
post-CtL.>>

<<Q:Median time from Cat A report verification to documented clinical action reduced from 3h 40m to
52m.>>

Secondary measures such as the unreported backlog are confounded by a separate insourcing contract over
the same period and are deliberately excluded from our claims.
"""),
        ("spread", "3. Spread", """
CtL AUF categories and escalation logic have been adopted by the neighbouring Southmoor Imaging Network
(go-live Q2 FY24/25, currently in build). Template RIS configuration files, IFFO SOPs and the dashboard
data model are published under an open licence via the University's repository. Presented at UKIO 2023
(oral) and the regional Imaging Network Clinical Directors' forum. The national imaging programme has
requested CtL as a case study for its forthcoming AUF guidance.
"""),
        ("value", "4. Value", """
Investment: £418k non-recurrent (RIS/EPR integration, dashboard build) plus £236k recurrent p.a. (IFFO
establishment, 4.0 WTE band 4 and 1.0 WTE band 7), funded via the network's imaging capital allocation
and the three trusts pro rata. Litigation exposure for delayed diagnosis claims in imaging is substantial
(NHSR data); avoidance of a single delayed cancer diagnosis claim is likely to exceed the recurrent cost.

Staff experience: radiologists report reduced 'phone chasing' burden and reduced moral distress regarding
uncertain follow-up; referrers report clearer accountability. Patients benefit from timely action on
significant findings and from avoided delays in cancer diagnosis.
"""),
        ("stakeholders", "5. Stakeholder involvement", """
<<S:AUF category definitions were agreed through a modified Delphi exercise involving 38 consultant
radiologists and reporting radiographers from all three sites, over three rounds.>> <<S:ED consultants,
acute physicians and GP representatives from the LMC tested the EPR alert in a usability lab at the
University, and the acknowledgement flow was redesigned twice as a result.>>

<<S:The IFFO SOPs were written by the failsafe officers themselves during the pilot, working with the
network's clinical safety officer to complete the DCB0160 hazard log.>>

PALS contacts and complaints relating to imaging results were reviewed as part of the baseline
assessment. A lay member will be appointed to the CtL governance board in FY24/25.
"""),
    ],
    trailer=[
        ("heading", "Appendix A: Abbreviations"),
        ("para", "AAA abdominal aortic aneurysm; AUF actionable unexpected finding; CEH Corringham and Eastvale Hospitals; DCB0160 clinical risk management standard for health IT deployment; EPR electronic patient record; IFFO Incidental Findings Failsafe Office; LFPSE Learn from Patient Safety Events; LMC Local Medical Committee; PACS picture archiving and communication system; PSII patient safety incident investigation; RCA root cause analysis; RIS radiology information system; SCUH Saltmarsh Coast University Hospitals; SI serious incident; SOP standard operating procedure; WAH Wendover Abbey Hospital; WTE whole time equivalent."),
        ("heading", "Appendix B: Measure definitions"),
        ("para", "M1 acknowledgement: proportion of Cat A/B alerts with clinician acknowledgement before first automatic escalation. M2 lost to follow-up: Cat C finding with no follow-up imaging, clinic or documented decision within 12 months of recommended interval. M3 time to action: verification timestamp to first documented clinical action in EPR. Run/control chart rules per standard NHS Making Data Count guidance."),
        ("heading", "Appendix C: References"),
        ("para", "1. Royal College of Radiologists. Standards for the communication of radiological reports and fail-safe alert notification. London: RCR; 2016. 2. Ashworth P, Fenn D, Olawale T. Closing the loop on incidental pulmonary nodules: a regional failsafe model. Clin Radiol Pract. 2023;14(3):201-209."),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)

# ---------------------------------------------------------------------------
# I056  heart failure remote monitoring - docx - form table
#       upbeat health-tech start-up voice; private company is the primary
#       entrant -> ineligible
# ---------------------------------------------------------------------------
entry(
    id="I056", format="docx", layout="form_table", topic="remote_monitoring",
    project="independent4-heartathome-56",
    title="HeartWatch: remote monitoring that spots heart failure decompensation days earlier",
    cover_table=[
        ("Entry title", "HeartWatch: remote monitoring that spots heart failure decompensation days earlier"),
        ("Lead entrant", "Vitalink Health Ltd"),
        ("Partner organisations", "Dunmore Hospitals NHS Trust (Cardiology and Virtual Ward); Dunmore and Fells Health Innovation Network"),
        ("Award category", "Best Partnership Solution Improving Patient Safety"),
        ("Company number", "12874409"),
    ],
    primary_entrant=dict(name="Vitalink Health Ltd", type="private"),
    partners=[
        dict(name="Dunmore Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Dunmore and Fells Health Innovation Network", type="ahsn"),
    ],
    sections=[
        ("context", "Context: why was the partnership needed, what is the product or service, and what are its patient safety goals?", """
Heart failure is the classic 'revolving door' condition. Fluid builds up slowly over days, people often
don't notice until they're properly breathless, and by then it's an ambulance and a week on a cardiology
ward. Around one in four people admitted with heart failure are back in hospital within a month.

Vitalink is a 19-person health-tech company based in Dunmore. We build remote monitoring kit that people
actually want to use. In 2022 the Dunmore and Fells Health Innovation Network brought us together with the
heart failure team at Dunmore Hospitals NHS Trust, who were setting up a virtual ward and needed a way to
watch 60 to 80 patients at home without drowning in data.

HeartWatch is the result: a Bluetooth scale, a blood pressure cuff and a five-question symptom check on a
simple tablet, every morning. Readings go to a dashboard used by the Trust's heart failure specialist
nurses. Our algorithm flags a weight gain of 2kg over three days, or a combination of weight gain and
symptoms, as amber or red. Red means a nurse phones the same morning and can adjust diuretics under a
protocol, or arrange a same-day review in the heart failure clinic.

Goals: catch decompensation before it becomes an emergency; cut 30-day readmissions; reduce deaths and
harm from fluid overload; and make early discharge safer.

Safety is baked in, not bolted on. HeartWatch is a registered Class I medical device, we completed a
DCB0129 clinical safety case with our own clinical safety officer, and the Trust completed its DCB0160
deployment assessment before the first patient was enrolled. Patients who can't use a tablet can submit
readings by automated phone call instead, and anyone who misses two mornings in a row gets a call from the
virtual ward team.
"""),
        ("evidence", "Evidence: what improvements in safe care have resulted directly from the partnership? Please give quantitative examples.", """
The Health Innovation Network ran an independent evaluation comparing 312 HeartWatch patients (Oct 2022 to
Sep 2023) with 298 similar patients discharged in the year before.

<<Q:Thirty-day readmissions for heart failure dropped from 24% to 15%.>>

<<Q:Patients on HeartWatch spent an average of 4.1 fewer days in hospital over six months than the
comparison group.>>

<<Q:Median time from the first sign of fluid gain to a change in diuretic dose fell from 6 days to 1 day.>>

<<Q:Unplanned admissions via the emergency department for the monitored group were down by 38% versus the
comparison group.>>

The comparison group was matched on age, ejection fraction and number of previous admissions, but it was
not randomised, and the Health Innovation Network's report is careful to say so. Daily readings: 89% of
patients submitted readings on at least six days a week. The platform generated
9,450 amber and 1,130 red alerts during the evaluation year.
"""),
        ("spread", "Spread: how have the achievements been applied elsewhere, and how has best practice been shared?", """
Two more trusts in the Fells area went live in spring 2024, and the Health Innovation Network has written
up an adoption guide covering clinical protocols, alert thresholds and information governance. We've
open-sourced our alert-threshold logic so that other suppliers can use it too. The Trust's lead heart failure
nurse has presented the model at the regional cardiac network.
"""),
        ("value", "Value: what value has been created (staff and patient experience, value for money)?", """
The Trust pays £38 per patient per month. The evaluation estimated net savings of around £1,900 per
patient over six months once avoided bed days are counted, which gives a return of roughly three to one.

Nurses tell us they now spend their time on the patients who need them rather than phoning round everyone.
Patients like feeling watched over: "I get on the scales with my cup of tea, and if something's up, they
ring me before I've even noticed."
"""),
        ("stakeholders", "Stakeholders: who was involved and how were they engaged in the design?", """
<<S:Heart failure specialist nurses at the Trust set the alert thresholds with our data scientists over
a series of fortnightly sprints, and they changed them three times during the pilot to cut out
nuisance alerts.>>

<<P:Eighteen patients aged 64 to 91 tested prototypes in their own homes for a month, and because they
found the text too small and the Bluetooth pairing too fiddly we redesigned the tablet app with bigger
fonts and a one-button pairing.>> <<P:Two carers sat in on our design reviews and persuaded us to add a
'carer view' so family members can see readings if the patient agrees.>>

<<S:The Health Innovation Network's patient safety team facilitated hazard workshops with Trust
pharmacists and cardiologists to agree the diuretic protocol.>>

<<S:Virtual ward administrators at the Trust walked us through their working day, and what we saw led us
to build the morning worklist that sorts patients by alert colour.>>

At the end of the evaluation year we sent a questionnaire to all 312 patients; 93% of those who replied
said they would recommend HeartWatch to a friend.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
    ],
)

# ---------------------------------------------------------------------------
# I057  valproate safety via community pharmacy - pdf - no headings
#       slightly non-native English (pharmacist author); evidence section
#       has activity counts and a baseline only; pharmacists only trained,
#       single named lead, negation -> no_quantitative_evidence,
#       no_staff_involvement
# ---------------------------------------------------------------------------
entry(
    id="I057", format="pdf", layout="no_headings", topic="valproate_safety", pdf_align="L",
    project="independent4-valproatecheck-57",
    title="Ask Before You Plan: valproate safety conversations in Ravensmoor community pharmacies",
    cover=[
        "Ravensmoor Local Pharmaceutical Committee",
        "in partnership with Ravensmoor Health NHS Trust (Adult Epilepsy Service) and Women with Epilepsy Together (charity)",
        "Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="Ravensmoor Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Ravensmoor Health NHS Trust", type="nhs_trust"),
        dict(name="Women with Epilepsy Together", type="charity"),
    ],
    sections=[
        ("context", None, """
Sodium valproate is very good medicine for epilepsy, and for some people it is the only one which work.
But if a woman take valproate during pregnancy, around one baby in ten will have a birth defect and up to
four in ten can have problems with development and learning. For this reason there is a national
pregnancy prevention programme, and every girl and woman who could become pregnant and take valproate
should have an annual review with specialist and sign a risk acknowledgement form.

In Ravensmoor we have approximately 420 women and girls aged 12 to 55 who are taking valproate. When the
epilepsy service make an audit in 2021, only 38% of them had a risk acknowledgement form
from the last twelve months, and many women told that they never had a conversation about it. Some of
them was taking the medicine for many years, since they were teenager, and nobody explain them again when
they become adult.

Community pharmacy sees these women every month when they collect the prescription. So we think: this is
the place where the conversation can happen. Together with the Adult Epilepsy Service of Ravensmoor Health
NHS Trust and the charity Women with Epilepsy Together, we make a service called Ask Before You Plan. The
pharmacist do a short, private check in the consultation room with every woman or girl who could become
pregnant and is collecting valproate: is she aware of the risks, does she use effective contraception, did
she had her annual review, is she planning a pregnancy. If something is missing, the pharmacist send a
referral direct to epilepsy nurse, with a same-week phone call for any woman who is planning pregnancy or
may be pregnant already. The pharmacist also give the patient card and the patient guide in the right
language. We have the guide now in English, Polish, Urdu, Romanian and Somali.

Our safety goals are that every woman taking valproate know the risks, that no woman become pregnant on
valproate without planning it with her specialist, and that 100% have their annual review by March 2025.
"""),
        ("evidence", None, """
The service is start in February 2023. Until now 63 of the 71 community pharmacies in Ravensmoor take
part. In the first year the pharmacists did 1,412 valproate checks with 377 different women and girls, and
they made 164 referrals to the epilepsy nurses, of these 29 was urgent because the woman was planning
pregnancy.

We have not yet the data to show if the number of pregnancies exposed to valproate is changing. The numbers
are small, and the national data for our area will be published only in 2025. Also the ICB medicines team
is now repeating the audit of risk acknowledgement forms, with the result expected in the autumn; we
decided not to present partial figures here because they are not complete yet.

What we can say is that for many women this was the first time anyone ask them these questions in a private
room. Some of them start to cry. One woman, 34 years old, told to the pharmacist that she was trying for a
baby since six months and did not know about the risk; she was referred the same day and changed her
medicine safely under the specialist.
"""),
        ("spread", None, """
The LPC have shared the service specification, the check template and the referral form with the other
LPCs in our region, and two of them are now preparing to start. We presented the service in the regional
medicines safety network in October 2023 and in a webinar for pharmacy teams which 240 people watched.
The charity have put the patient guide in five languages on its website for free download. We also
discuss with the ICB to extend the same model to topiramate, because now there are new warnings also for
this medicine.
"""),
        ("value", None, """
Each check take about eight minutes. The ICB pay pharmacies £15 for each check and £10 for each referral;
the total cost of the first year was approximately £22,800 including the translation. One child born with
serious harm from valproate exposure need support for whole life, so we think the value is very high even
if the service prevent only one case.

Pharmacists tell us they feel more useful in the care of their patients, and they are proud when a woman
say thank you. Women say they prefer to talk in the pharmacy because they know the pharmacist and there is
no long waiting like for the hospital clinic.
"""),
        ("stakeholders", None, """
<<P:Before we start, eleven women with epilepsy from the charity's support group read the first version
of the conversation script, and they told us the word 'foetal' was frightening and the counter is not
private, so because of them the check is always in the consultation room and we changed many words.>>
<<P:Three of the women also recorded short videos about their own experience of valproate and pregnancy,
which we use now in the pharmacist training.>>

<<P:The Somali and Romanian versions of the patient guide were checked by women from those communities who
are members of the charity, and they rewrote some parts so it sound natural.>>

All participating pharmacists complete the e-learning and a two-hour evening session before they can do
the check; in total 118 pharmacists and 40 pharmacy technicians are trained. The project is led by Mr
Chidi Okafor, chief officer of the LPC. We wanted the epilepsy nurses to join the design meetings, but the
service had two vacancies at that time and they could not come. Information about the service was sent to
all GP practices in Ravensmoor.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)

# ---------------------------------------------------------------------------
# I058  delirium and dementia on elderly care wards - docx - reordered
#       warm ward-sister voice; one trust only, internal "partnership"
#       between its own departments and volunteers -> ineligible
# ---------------------------------------------------------------------------
entry(
    id="I058", format="docx", layout="reordered", topic="dementia_delirium", docx_font="Georgia",
    project="independent4-bluebellbays-58",
    title="Bluebell Bays: a partnership across our hospital to prevent delirium in people living with dementia",
    cover=[
        "Brindlecombe Hospitals NHS Trust",
        "A partnership between the Elderly Care Directorate, Therapies, Estates and Facilities, Pharmacy and the Trust's Voluntary Services team",
        "Contact: Ward Sister, Foxglove Ward, extension 4471",
    ],
    primary_entrant=dict(name="Brindlecombe Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Why this mattered to us", """
If you have ever sat with someone living with dementia on their second night in hospital, you will know
what delirium looks like. A gentle man who was chatting about his allotment the day before is suddenly
pulling at his cannula, shouting for his wife, convinced that the nurses are trying to poison him. Some
people never quite come back from it. Delirium makes falls, pressure ulcers, infections and long stays much
more likely, and it is linked to a higher risk of dying.

On our three elderly care wards at Brindlecombe, which have 84 beds between them, around two thirds of
patients have dementia or memory problems. In 2021 a snapshot audit showed that about one in five of them
developed delirium during their stay. We looked at what was happening to them at night: bright lights,
bed moves, alarms, meals taken away untouched, glasses and hearing aids lost in the admission rush, and
carers sent home at 8pm.

Bluebell Bays is our answer. On each ward we turned one six-bed bay into a calm, dementia-friendly space
with soft lighting, a large clock and a calendar, a rummage box and a 'no bed moves after 8pm' rule. Every
patient has a 'Getting to Know Me' sheet by the bed. Carers are welcome at any time, including overnight,
and can eat with their relative. Pharmacists review sedating and anticholinergic medicines within 24
hours, and our volunteers run a daily 'tea and talk' at 3pm, the time when distress often rises.

It is a partnership across our whole hospital: nursing, therapies, pharmacy, estates and facilities, and
voluntary services all had to change how they work.
"""),
        ("stakeholders", "Who helped us design it", """
<<S:Healthcare assistants on the night shift told us exactly when and why patients became distressed, and
their ideas, like keeping a small lamp on and offering a warm drink instead of sedation, are at the heart
of the night routine.>> <<S:Our occupational therapists and the estates team redesigned the bays together,
choosing colours, signs and flooring after walking the wards with a visual impairment simulation kit.>>

<<S:Porters and bed managers agreed between them the 'no bed moves after 8pm' rule and how to escalate when
it cannot be kept.>>

<<P:Carers from the memory cafe that meets in our outpatient hall wrote the 'Getting to Know Me' sheet with
us over three afternoons, and they asked for a line about what someone is frightened of as well as what
they enjoy.>> <<P:Four people living with early dementia tested the bay signs and clocks, and one of them
pointed out that our first clock had Roman numerals he could no longer read.>>

<<S:Volunteers and the voluntary services manager shaped the afternoon 'tea and talk' sessions after
trying several times of day.>>
"""),
        ("evidence", "What changed", """
We measured delirium using the 4AT screening tool on admission and then daily, comparing the year before
the bays opened (2021/22) with 2023/24.

<<Q:New delirium during the hospital stay among patients with dementia fell from 21% to 13%.>>

<<Q:Prescribing of antipsychotics and benzodiazepines for agitation on the three wards was cut by half.>>

<<Q:Falls in the Bluebell Bays dropped from 11.2 to 6.8 per 1,000 bed days, while falls in the other bays on
the same wards changed very little.>>

<<Q:Average length of stay for patients with dementia came down from 16.2 days to 12.9 days.>>

Carers have stayed overnight 412 times since we opened the bays in September 2022.
"""),
        ("value", "What it has meant", """
The bays cost £58,000 to refurbish, paid for by the Trust's charitable funds. There are no extra staff;
what has changed is how we use the staff we have. If each patient with dementia stays three days less, that
frees up hundreds of bed days every year.

Staff say the wards feel calmer. One of our healthcare assistants said: "I used to dread nights on the
bay. Now it's the part of the ward where I can actually care for people." Carers have told us they feel
like part of the team rather than visitors.
"""),
        ("spread", "Where next", """
Our stroke unit and orthopaedic trauma ward have each opened a Bluebell Bay this year, using our design
guide and the 'Getting to Know Me' sheet. We have shared the guide with the regional dementia nurse network
and on the Trust website.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
    ],
)

# ---------------------------------------------------------------------------
# I059  home oxygen fire safety - pdf - two column
#       fire and rescue service practical voice; private oxygen supplier as
#       a partner (not primary) - clean
# ---------------------------------------------------------------------------
entry(
    id="I059", format="pdf", layout="two_column", topic="home_oxygen_fire_safety",
    project="independent4-oxygenfire-59",
    title="Breathe Safe at Home: joint fire safety visits for people using home oxygen",
    cover=[
        "Kestrel Moor Fire and Rescue Service | Kestrel Moor Community Health NHS Trust (Home Oxygen Assessment and Review Service) | Kestrel Moor Borough Council (Housing) | AirHome Supplies Ltd",
        "Entry: Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="Kestrel Moor Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Kestrel Moor Community Health NHS Trust", type="nhs_trust"),
        dict(name="Kestrel Moor Borough Council", type="local_authority"),
        dict(name="AirHome Supplies Ltd", type="private"),
    ],
    sections=[
        ("context", "The risk", """
Oxygen does not burn, but it makes everything else burn faster and hotter. A cigarette, a gas hob or an
e-cigarette charger near an oxygen line can turn a bedroom into a fire in seconds. Our crews have attended
fires where the only thing left unburnt was the oxygen concentrator.

In Kestrel Moor about 1,150 people use home oxygen, mostly older people with COPD or heart failure, and
many of them live alone. In 2020 and 2021 we attended 14 fires involving home oxygen, two of them fatal.
When we looked back, most of those people had never had a home fire safety visit, because nobody had told us
they were on oxygen.

The partnership fixes that. When the community home oxygen team (HOS-AR) or the supplier, AirHome,
installs or reviews oxygen, they now refer the person to us automatically through a shared secure form. A
firefighter and, for higher-risk homes, a HOS-AR nurse visit together within 28 days. We fit linked smoke
alarms, fire-retardant bedding and throws, and firebreak valves on the oxygen tubing, and talk frankly
about smoking. The Council's housing team fast-tracks moves or adaptations where the home itself is the
problem, such as a gas cooker that cannot be moved away from the concentrator.

Before the partnership, the three organisations each held a piece of the picture. The supplier knew who
had oxygen and where. The HOS-AR nurses knew who was still smoking. We knew how to make a home safer. Data
sharing was the sticking point, and it took nine months and a formal information sharing agreement,
signed in March 2022, to get it right.

Goals: every home oxygen user visited within 28 days; fewer oxygen-related fires; no deaths.
"""),
        ("evidence", "Results", """
Figures compare 2020/21 with 2023/24.

<<Q:Home oxygen users who had a fire safety visit within 28 days of installation went up from 12% to
88%.>>

<<Q:Fires involving home oxygen fell from seven in 2020/21 to two in 2023/24, and neither of the two caused
serious injury.>>

<<Q:Burns admissions to the regional burns unit from Kestrel Moor linked to oxygen fell from five to one.>>

<<Q:Among people who smoked and used oxygen, the share still smoking at their six-month oxygen review
dropped from about half to under a third, after referral to the stop smoking service on the visit.>>

Firebreak valves fitted: 1,032. Linked smoke alarms fitted: 874.
"""),
        ("spread", "Spreading the word", """
Three neighbouring fire and rescue services have adopted our referral form and joint-visit checklist, and
AirHome is offering the automatic referral to every fire service in the regions it covers. The National
Fire Chiefs' home safety group has used our case study in its guidance on oxygen. Our station managers
have run training for district nurses and hospice teams, who now refer people using oxygen at end of life.
"""),
        ("value", "Why it's worth it", """
A firebreak valve costs about £6. A domestic fire with a fatality costs society well over £1 million, not
counting the damage to neighbours' homes. The whole programme costs around £71,000 a year, shared between
the fire service, the Trust and the Council.

Crews like the joint visits: they learn from the nurses and vice versa. People on oxygen tell us they
feel safer, and several have quit smoking.

The visits also pick up other risks. On roughly one visit in six, crews or nurses have found something
else that needed action, such as an overloaded extension lead, a fall hazard or someone not coping, and
have referred on to the Council's adult social care team.
"""),
        ("stakeholders", "Who took part", """
<<S:Watch managers and HOS-AR nurses designed the joint-visit checklist together on a whiteboard at
Northgate fire station, and tested it on 40 visits before it went live.>>

<<S:AirHome's installation engineers helped write the referral form so that it could be completed on their
handheld devices in under two minutes.>>

<<P:Members of the Kestrel Moor Breathe Club, a support group for people with lung disease, went through
our leaflets with us and told us to stop lecturing, so the new leaflet starts with 'We are not here to take
your oxygen away'.>>

<<P:The daughter of a man who died in a 2021 fire helped us train crews by telling his story, and she asked
that we fit firebreaks as standard, which we now do.>>

<<S:The Council's housing officers joined our planning meetings and agreed a priority banding for moves.>>

Every household visited gets a follow-up phone call at three months. We intend to invite a member of the
Breathe Club onto the steering group from next year.
"""),
    ],
    flags=[],
)

# ---------------------------------------------------------------------------
# I060  epilepsy risk reviews in general practice - docx - bullet lists
#       terse bullet notes; no evidence section (one claim sits in value)
#       -> missing evidence, no_quantitative_evidence
# ---------------------------------------------------------------------------
entry(
    id="I060", format="docx", layout="bullet_lists", topic="epilepsy",
    project="independent4-sudepcheck-60",
    title="Safer Seizures Tarnwell: epilepsy risk reviews in primary care",
    cover=[
        "Lead: Tarnwell GP Federation",
        "Partners: Tarnwell Teaching Hospitals NHS Trust (Neurology and Epilepsy Specialist Nursing); Still Here Epilepsy Trust (bereavement and SUDEP charity)",
        "Category: Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="Tarnwell GP Federation", type="primary_care"),
    partners=[
        dict(name="Tarnwell Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Still Here Epilepsy Trust", type="charity"),
    ],
    sections=[
        ("context", "Context and aims", """
Problem:

- c. 2,300 adults with epilepsy on registers of the 27 practices in the federation.

- Epilepsy-related deaths, incl. SUDEP (sudden unexpected death in epilepsy), many potentially avoidable.

- Known risk factors: uncontrolled tonic-clonic seizures, nocturnal seizures, living alone, not taking meds as prescribed, alcohol, mental health problems.

- Baseline audit 2021: only 31% had an epilepsy review in the previous 12 months; risk of SUDEP discussed and documented in under 1 in 10.

- Neurology follow-up waits over 40 weeks.

What we built:

- Structured annual epilepsy review template for practice nurses and GPs (EMIS and SystmOne versions).

- Built-in SUDEP and seizure-safety checklist, completed with the patient.

- Traffic-light risk score with direct 'fast lane' referral to epilepsy specialist nurses (ESNs) for red.

- Monthly virtual MDT: ESN + consultant neurologist + practice clinicians.

- Safety information pack incl. bathing, night-time monitoring, driving, contraception and pregnancy.

Why a partnership:

- No single organisation could fix it: GPs hold the registers, the Trust holds the specialist expertise, Still Here holds the trust of families.

- ESN team (4.2 WTE for a population of c. 610,000) cannot review everyone; needs primary care to find the people at highest risk.

- 2 coroner's prevention of future deaths reports (2020, 2021) locally named lack of risk discussion.

- Federation already running shared recall for other long-term conditions, so infrastructure existed.

Aims: every adult with epilepsy offered an annual review; every person at high risk seen by an ESN within 4 weeks; fewer avoidable seizure deaths long term.

Timeline:

- Oct 2021: partnership agreed, funding bid to ICB innovation fund.

- Mar 2022: template v1, pilot in 6 practices.

- Sep 2022: v2 live in all 27 practices.

- Apr 2023: virtual MDT weekly rather than monthly for red-rated patients.
"""),
        ("spread", "Spread", """
- Template shared with 3 neighbouring federations; one (Ashby Lowe) live since Jan 2024.

- Still Here has added the safety pack to its national helpline resources.

- ESN team presented at regional neurology network (Nov 2023) and a national epilepsy nursing study day.

- Learning disability nurses now use the checklist in their annual health checks.

- Template freely downloadable from federation website (c. 150 downloads to date).

- Next: ask ICB to commission across all 4 places in 2025/26 (business case in draft).
"""),
        ("value", "Value", """
- Cost: £64,000 over 2 years (ESN backfill 0.4 WTE, template build, federation project manager 1 day/week).

- <<Q:Annual epilepsy reviews in pilot practices up from 31% to 74%.>>

- ESNs say the fast lane means they see the right people first instead of whoever shouts loudest.

- Practice nurses report more confidence in discussing SUDEP, previously avoided.

- Patients and families: 'finally someone talked to us about it'.

- Value for money: fewer A&E attendances and admissions for seizures expected; not yet measured.

- Review takes 20-25 min vs standard 10-min LTC slot; federation funded the extra time in year 1 at £18 per review.

- Neurology referrals from pilot practices now better targeted: ESNs triage red-rated patients first, routine questions handled at MDT.
"""),
        ("stakeholders", "Stakeholders", """
- <<S:Practice nurses from 6 pilot practices co-wrote the review template over 4 evening workshops and cut it from 42 questions to 19.>>

- <<S:ESNs and 2 consultant neurologists from the Trust agreed the traffic-light thresholds with GPs at a joint session.>>

- <<P:Families bereaved by SUDEP, through Still Here, rewrote the safety-checklist wording so it is honest but not frightening.>>

- <<P:Young adults with epilepsy (Still Here youth group, 7 people) tested the safety pack and asked for a phone-friendly version, now live.>>

- <<S:Practice receptionists suggested how to flag overdue reviews on recall lists; their method is the one used.>>

- All 27 practices received a briefing and the template.

- 96 practice nurses and GPs completed the 1-hour online module.

- Post-review feedback survey: 88% of patients 'very satisfied' (n=212); no changes made as a result.

- We plan to ask the federation's patient participation groups to review template v3.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        # No no_quantitative_evidence: with the evidence section missing, the issue counts claims in the
        # whole entry, and the value section reports one (corrected after the set was first scored).
    ],
)

# ---------------------------------------------------------------------------
# I061  medical risk in eating disorders - pdf - form table
#       reflective, academic voice; too early for outcome data; emergency
#       department staff only trained, negation, unnamed partners
#       -> no_quantitative_evidence, no_staff_involvement
# ---------------------------------------------------------------------------
entry(
    id="I061", format="pdf", layout="form_table", topic="eating_disorders", pdf_font="LiberationSerif",
    project="independent4-redflagcard-61",
    title="Seen, Not Sent Home: recognising medical risk in young people with eating disorders",
    cover_table=[
        ("Title of entry", "Seen, Not Sent Home: recognising medical risk in young people with eating disorders"),
        ("Lead organisation", "Wyecross Partnership NHS Foundation Trust (Children and Young People's Eating Disorder Service)"),
        ("Partners", "University of Wyecross, School of Psychology; Wyecross Royal Infirmary NHS Trust"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
    ],
    primary_entrant=dict(name="Wyecross Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Wyecross", type="university"),
        dict(name="Wyecross Royal Infirmary NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Context in which the partnership was needed, the product or service, and its patient safety goals", """
Eating disorders carry the highest mortality of any psychiatric condition, and much of that mortality is
medical rather than psychiatric: bradycardia, electrolyte disturbance, hypoglycaemia and refeeding
syndrome. Young people at serious medical risk frequently present not to specialist services but to an
emergency department, a GP surgery or a school nurse, where a normal-looking body mass index can be falsely
reassuring. Parents in our service have repeatedly described being told that their child was 'not thin
enough' to be unwell.

National guidance on medical emergencies in eating disorders has existed for some years, but its
implementation at the front door is uneven. An internal review of 22 emergency presentations in 2022 found
that the guidance had been applied in a minority of cases, that the reason for attendance was often coded
as 'dizziness' or 'collapse', and that several young people had been discharged before blood results were
reviewed.

Seen, Not Sent Home is a partnership between our specialist service, the University of Wyecross and the
Royal Infirmary. It has two elements. The first is a credit-card-sized Red Flag card held by the young
person and their family, which states the diagnosis, the key physical risks and a direct line to the
on-call eating disorder clinician (01632 960 648, staffed 8am to 8pm). The second is a one-page risk
stratification tool for emergency clinicians, which translates the national guidance into a short set of
observations and blood tests with clear thresholds for admission; the University's School of Psychology
is evaluating it.

Our goals are that no young person with an eating disorder is discharged from an emergency department
without a risk assessment, that high-risk young people are admitted promptly, and that families are
believed.
"""),
        ("evidence", "Evidence of improvements in safe care as a direct result of the partnership", """
The risk tool went live at the Royal Infirmary in February 2024, so we are at an early stage and we wish
to be careful not to overstate what has been achieved.

Since go-live, 57 young people have presented to the emergency department carrying a Red Flag card or
known to our service, and the tool has been used with 49 of them. Eleven were admitted under the paediatric
team on the basis of the tool's thresholds.

The University's evaluation is a prospective before-and-after study, registered in January 2024, with a
primary outcome of the proportion of presentations with a completed risk assessment. Recruitment will
continue to January 2025, and we expect to report results in the summer of that year. We have chosen not to
report interim figures, because the baseline period is short and the numbers are small.

In the meantime, the qualitative arm of the evaluation has interviewed nine families. A recurring theme is
that the card 'changes the first five minutes' of an emergency attendance, because staff read it before
asking about weight.
"""),
        ("spread", "How the achievements have been applied elsewhere and best practice shared", """
The Red Flag card template has been shared with the four other eating disorder services in the regional
provider collaborative, two of which intend to adopt it in 2024/25. The risk tool has been presented at
the University's annual mental health research symposium and at a regional paediatric study day. A paper
describing its development is under review. We have also given the card to school nurses in Wyecross, who
now ask families whether they carry one.
"""),
        ("value", "Value created: staff and patient experience and value for money", """
The card costs a few pence to print. The tool required no new posts: the development work was funded
through a £37,500 University knowledge-exchange grant and clinicians' existing time. A single avoided
paediatric intensive care admission for refeeding syndrome would cost more than the whole programme.

Families have told us that the card gives them confidence when they arrive at the emergency department.
One mother said: "I don't have to fight any more. I just hand it over." Young people say it saves them from
having to explain their illness when they are at their most unwell.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<P:The Red Flag card was designed over five sessions with a group of eight young people aged 14 to 19 who
have lived experience of an eating disorder, and it was their idea to leave weight off the card
entirely.>> <<P:Parents from our family support evenings read every draft of the card and insisted on the
sentence 'Please believe us: we know our child', which now appears on the back.>>

<<P:Two young people and one parent sat on the University's study steering group and helped write the
interview questions for the qualitative evaluation.>>

All 412 emergency department doctors and nurses at the Royal Infirmary completed a 30-minute training
module on the risk tool before go-live. The work is led by our consultant child and adolescent
psychiatrist. We had hoped that emergency department nurses would join the design group, but winter
pressures meant that none could be released. Partners were consulted throughout via the provider
collaborative.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)

# ---------------------------------------------------------------------------
# I062  acute kidney injury in the community - docx - style headings
#       dry pathology/data voice; no stakeholder section, staff involvement
#       described in context and spread only; patients only beneficiaries
#       -> missing stakeholders, no_patient_involvement
# ---------------------------------------------------------------------------
entry(
    id="I062", format="docx", layout="style_headings", topic="acute_kidney_injury",
    project="independent4-akicommunity-62",
    title="AKI Outside the Hospital Walls: laboratory-led alerts and follow-up for community-acquired acute kidney injury",
    cover=[
        "Primary entrant: South Haldon Hospitals NHS Trust (Blood Sciences and Renal Medicine)",
        "Partners: Seacombe and Haldon Valley Primary Care Networks; NHS Haldon and Coast Integrated Care Board (Medicines Optimisation)",
        "Category: Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="South Haldon Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Seacombe Primary Care Network", type="primary_care"),
        dict(name="Haldon Valley Primary Care Network", type="primary_care"),
        dict(name="NHS Haldon and Coast Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Background and aims", """
The Blood Sciences laboratory at South Haldon processes approximately 6,400 creatinine requests per day,
of which around 55% originate in primary care. The national AKI algorithm is embedded in the laboratory
information system and generates an AKI warning stage (1 to 3) on each qualifying result. In 2021,
approximately 3,700 AKI warning stage results per year were issued on samples from general practice.

An audit of 500 consecutive community AKI results in 2021 found that a repeat creatinine was obtained
within the recommended interval in a minority of cases, that nephrotoxic and 'sick day' medicines (ACE
inhibitors, ARBs, diuretics, metformin, NSAIDs) were rarely reviewed, and that a proportion of patients
progressed to a higher AKI stage before hospital admission. Stage 2 and 3 results phoned by laboratory
staff to practices out of hours were often received by a receptionist or answerphone.

The programme, established in October 2021, has four components:

Tiered result communication. Stage 3 results are telephoned to the GP out-of-hours service or the practice
duty doctor with a structured script; stage 2 results are sent as a priority electronic task; stage 1
results carry an interpretive comment.

Structured interpretive comments. Each AKI result carries a comment stating the recommended repeat interval
and prompting medicines review.

Community pharmacy 'sick day' review. Where a medicines review is indicated, the practice can refer the
patient to a community pharmacist for a structured review of sick day medicines within 72 hours.

Weekly renal registrar advice session. Practices may discuss any AKI result with a renal registrar via a
bookable telephone slot.

<<S:The wording of the interpretive comments and the telephone script was drafted by six GPs from the two
Primary Care Networks, two community pharmacists and the duty clinical biochemists, who met fortnightly over
four months and tested each version against anonymised real results.>> <<S:Laboratory biomedical scientists
who make the out-of-hours calls ran a two-week trial of the script and shortened it after finding that
GPs stopped listening after thirty seconds.>>

Aims: repeat creatinine within the recommended interval in at least 80% of stage 2 and 3 AKI; medicines
review documented in at least 70%; a reduction in progression to stage 3.
"""),
        ("evidence", "Results", """
Comparison period: October 2020 to September 2021 (pre-implementation) versus October 2022 to September
2023. Data extracted from the laboratory information system and linked, under the ICB's data sharing
agreement, with primary care records for 9 of the 14 practices in the two PCNs.

<<Q:Repeat creatinine within the recommended interval for community stage 2 and 3 AKI: 43% before, 79%
after.>>

<<Q:Documented medicines review within 7 days of a stage 2 or 3 result rose from 22% to 68%.>>

<<Q:Progression from stage 1 or 2 to stage 3 within 30 days fell from 18% to 11%.>>

<<Q:Emergency admissions with AKI as the primary diagnosis among registered patients in the participating
practices decreased by 17%, against a 4% increase in the rest of the ICB over the same period.>>

<<Q:Out-of-hours stage 3 calls answered by a clinician at the first attempt increased from 61% to 94%.>>

Sick day reviews completed by community pharmacists: 1,286. Renal registrar advice sessions booked: 344.
"""),
        ("spread", "Spread and sharing of learning", """
The interpretive comment set has been adopted by the other two pathology networks in the region, covering
a further 1.3 million population, and is published with an explanatory note on the ICB's clinical
guidance site. <<S:Clinical biochemists from one of those networks spent a day with our laboratory team
and the PCN pharmacists adapting the telephone script to their own out-of-hours arrangements before
adopting it.>>

The programme was presented at the national clinical biochemistry conference in 2023 and the ICB has
included the community pharmacy sick day review in its 2024/25 medicines optimisation plan for all 31
PCNs.
"""),
        ("value", "Value", """
Non-recurrent cost: £41,000 (laboratory system configuration, audit, project support). Recurrent cost:
renal registrar sessions (one per week, from existing job plans) and community pharmacy reviews at £20
each, approximately £26,000 per year.

Each emergency admission with AKI is estimated at £3,500 to £4,500, excluding any subsequent dialysis. On
the admission figures reported above, avoided admission costs comfortably exceed the recurrent cost.

Practices report that the structured comments reduce uncertainty about what action is needed. Patients
receive timely repeat tests and safer medicine use.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="stakeholders"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)

# ---------------------------------------------------------------------------
# I063  diabetic foot ulcers - pdf (via soffice) - style headings
#       podiatrist narrative with patient quotes - clean
# ---------------------------------------------------------------------------
entry(
    id="I063", format="pdf", layout="style_headings", topic="diabetic_foot", render_via="soffice",
    project="independent4-footfirst-63",
    title="Foot First: getting people with diabetic foot ulcers to the right team in days, not weeks",
    cover=[
        "Orrin Valley Community Health NHS Trust (Podiatry)",
        "Partners: Orrin Valley University Hospital NHS Foundation Trust (Vascular Surgery and Diabetes); NHS Orrin Valley Integrated Care Board; Step Forward Diabetes (charity)",
    ],
    primary_entrant=dict(name="Orrin Valley Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Orrin Valley University Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Orrin Valley Integrated Care Board", type="icb"),
        dict(name="Step Forward Diabetes", type="charity"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
"I thought it was a blister from my new shoes. By the time anyone looked at it properly, they were talking
about taking my toes." Graham, a retired bus driver from Orrin Bridge, is one of many people whose experience
shows how slow our system for diabetic foot ulcers used to be.

A foot ulcer in someone with diabetes can go from a small wound to a threat to the leg within days,
especially when circulation is poor or infection sets in. Every week of delay makes healing less likely and
amputation more likely. Orrin Valley has around 38,000 adults living with diabetes, and for several years
our major amputation rate sat in the highest fifth of the country.

When we mapped the journey of 60 people who had an amputation, the same story came up again and again. An
ulcer would be dressed in the GP surgery or by a district nurse for weeks. The referral to the hospital
foot team went by letter and waited in a queue. People did not know that a new foot wound is an emergency.
In 2021 the median wait from first referral to being seen by the multidisciplinary foot team was 13 days,
and some people waited over a month.

Foot First is a partnership between community podiatry, the hospital vascular and diabetes teams, the ICB
and Step Forward Diabetes, a local charity run by people with diabetes. We set up:

a single phone number and email for any health professional to refer a new diabetic foot wound, answered
by a podiatrist 8am to 6pm, seven days a week;

a rule that anyone with a new ulcer is seen by a community podiatrist within one working day, and by the
hospital foot team within three if the ulcer is deep, infected or has poor blood supply;

a weekly 'hot foot' clinic run jointly by a vascular surgeon, a diabetologist and a podiatrist at the
community hospital;

and a campaign with the charity called 'Check, Don't Wait', telling people to treat a new foot wound like
chest pain.

Our goals were faster specialist care, more ulcers healed and fewer major amputations.
"""),
        ("evidence", "Evidence of improvement", """
We compared 2021 with the twelve months to March 2024, using the foot team's database and hospital
activity data.

<<Q:The median time from referral to assessment by the foot team fell from 13 days to 2 days.>>

<<Q:Ulcers healed within 12 weeks rose from 38% to 55%.>>

<<Q:Major amputations, above the ankle, fell from 11.8 to 7.9 per 10,000 adults with diabetes, measured as a
three-year rolling rate.>> We are cautious about this figure, because major amputations are relatively few in any one year.

<<Q:Hospital admissions for diabetic foot infection fell by about a quarter.>>

The single number has taken 4,870 calls since it opened in June 2022.
"""),
        ("spread", "Spread and sharing", """
The neighbouring Harlow Fen system has copied the single referral line and the hot foot clinic, and we
have shared our referral criteria and clinic template through the regional diabetes clinical network. The
'Check, Don't Wait' campaign materials have been used by two other diabetes charities. We presented our
data at the national diabetic foot care conference in 2023.
"""),
        ("value", "Value", """
A major amputation costs the NHS in the region of £30,000 to £40,000 in the first year, before the lifelong
costs of rehabilitation, care and lost independence. Foot First cost £188,000 a year, mainly podiatrist
time and the hot foot clinic sessions.

"The podiatrist rang me the morning after the practice nurse referred me," one woman told us. "I nearly fell
off my chair." Podiatrists tell us they feel like a proper part of the team caring for the foot, rather
than the people who only cut toenails.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<P:Graham and seven other people with diabetes who had lived through a foot ulcer or amputation formed
our Foot Panel, and they reviewed every leaflet, the phone message and the campaign posters.>>
<<P:It was the panel who chose the phrase 'Check, Don't Wait' and who asked that we show real feet, not
drawings, on the posters.>>

<<S:Practice nurses, district nurses and two GPs helped us write the referral criteria, and they tested the
referral line for a month before launch by phoning in made-up cases.>> <<S:Vascular surgeons and
diabetologists from the University Hospital designed the hot foot clinic with our podiatrists, including
who would see which patient and how imaging would be booked.>>

<<PS:Step Forward Diabetes volunteers, all of them living with diabetes, and our podiatry assistants together ran stalls at supermarkets and
mosques, and the questions people asked there shaped the second version of the campaign.>>
"""),
    ],
    flags=[],
)

# ---------------------------------------------------------------------------
# I064  sickle cell crisis pain relief in the emergency department - docx -
#       numbered questions; community charity voice; ED staff only trained,
#       single named consultant, negation, managers informed
#       -> no_staff_involvement
# ---------------------------------------------------------------------------
entry(
    id="I064", format="docx", layout="numbered_questions", topic="sickle_cell", docx_font="Calibri",
    project="independent4-thirtyminutes-64",
    title="Thirty Minutes: fair and fast pain relief for people in sickle cell crisis",
    cover=[
        "Entrant: Lindenford Sickle Cell and Thalassaemia Support (registered charity)",
        "Partners: Lindenford University Hospitals NHS Trust; NHS Lindenford and Marsh Integrated Care Board",
        "Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="Lindenford Sickle Cell and Thalassaemia Support", type="charity"),
    partners=[
        dict(name="Lindenford University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Lindenford and Marsh Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "1) The context: why the partnership was needed, what the service is, and its patient safety goals", """
Ask anyone in our community about going to A&E in a sickle cell crisis and you will hear the same things.
Waiting hours in agony. Being treated like a drug seeker. Being asked "Are you sure it's that bad?" by
someone who has never felt it. In 2021 a young man from our community, known to many of our members, died
after a crisis that began with a long wait for pain relief in an emergency department in another city. His
death, and a national report on avoidable harm in sickle cell care, pushed us to act.

Sickle cell disease mainly affects people of African and Caribbean heritage. In Lindenford there are around
620 adults and children living with it. A painful crisis is a medical emergency: national guidance says
pain relief should be given within 30 minutes of arrival. Delays are not only cruel; they can lead to
acute chest syndrome, intensive care and death.

Lindenford Sickle Cell and Thalassaemia Support has been run by and for our community since 1994. In 2022
we proposed a partnership with Lindenford University Hospitals and the ICB, and the 'Thirty Minutes'
programme began in January 2023. It has four parts:

Every person with sickle cell registered at the hospital has an individual pain plan, agreed with their
haematology team, stored on the emergency department system and flagged on arrival.

A 'Thirty Minutes' crisis card, carried by the patient, shows the plan's first dose and the haematology
on-call number.

A direct admission route to the haematology day unit in working hours, so people can bypass A&E
altogether.

A training film for emergency staff in which people with sickle cell describe what a crisis feels like
and what good care looks like.

Our safety goals: first pain relief within 30 minutes for everyone; fewer people deteriorating while
waiting; and an end to the stigma that delays care.
"""),
        ("evidence", "2) Evidence of improvements in safe care as a direct result of the partnership", """
The hospital's audit team measured every sickle cell crisis attendance in 2022 (before) and from July 2023
to June 2024 (after).

<<Q:The median time from arrival to first pain relief fell from 94 minutes to 31 minutes.>>

<<Q:The share of attendances where pain relief was given within 30 minutes went up from 19% to 52%.>> We
are not at 100% yet, and we will not stop until we are.

<<Q:Admissions to intensive care with acute chest syndrome fell from seven in 2022 to three in the after
year.>>

<<Q:Complaints to the hospital from people with sickle cell dropped from 23 to 8.>>

The direct admission route has been used 214 times, each one a person who did not have to sit in A&E.
"""),
        ("spread", "3) How the achievements have been applied elsewhere and how best practice has been shared", """
The regional haemoglobinopathy network has recommended the crisis card and pain plan flag to all hospitals
in the region, and three have started. Our training film is free to use and has been shown in five other
emergency departments and at the national sickle cell conference in October 2023. Our chair spoke about
Thirty Minutes at a parliamentary event on sickle cell care.
"""),
        ("value", "4) What value has been created: staff and patient experience, value for money", """
Members tell us they are less frightened of going to hospital. "Last time they read my card and I had
morphine in twenty minutes," one woman said. "I cried, but not from the pain."

The programme cost £54,000 over two years, paid by the ICB, mainly for the film, printing, and a part-time
coordinator at the charity. Shorter, safer crises mean fewer long admissions; one week on a ward costs
more than the printing budget for the whole programme.
"""),
        ("stakeholders", "5) Who were the stakeholders and how were they involved in the design?", """
<<P:Twelve of our members living with sickle cell, aged 16 to 58, spent four evenings designing the crisis
card, down to its size, colour and the exact words on it.>> <<P:Parents of children with sickle cell asked
for a version for under-16s with the parent's number on it, and that version is now in use.>>

<<P:Members walked the route from the A&E entrance to the triage desk with us, and their observation that there was nowhere to lie down while waiting led to a
designated trolley space.>> <<P:Six members told their stories on camera for the training film and chose
which parts to keep.>>

Over 300 emergency department nurses and doctors have watched the film as part of their mandatory
training. Our clinical champion at the hospital is a consultant haematologist, who approved every pain
plan. Hospital managers were kept up to date through monthly reports. We asked for emergency nurses to be
part of the design group, but rota pressures meant none could be released.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)
