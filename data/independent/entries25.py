"""Twenty-fifth independent evaluation set (I385..I400) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries20.py / entries22.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
names), never the review pipeline, its models, flows, tests, benchmarks or any earlier
gold output.  All organisations, places and people are fictional.

Topics: clozapine safety between the mental health clinic, general practice and
community pharmacy, hoarding and self-neglect with fire risk (a council-led panel),
severe mental illness in pregnancy (no spread section), constipation in people with a
learning disability, hot weather in care homes (a council public health team), shared-care
blood monitoring for disease-modifying drugs (a single GP practice, no partner), asking
about domestic abuse in maternity care, take-home naloxone after overdose (a recovery
charity), follow-up after discharge from mental health wards (teams of one trust, no
partner), safer sleep for babies in families under pressure, hoists and slings in home
care (a private home care company as primary entrant), safety-netting of urgent suspected
cancer referrals (no value section), antipsychotics for people with dementia in care
homes (with appendix), reduced fetal movements in women who do not speak English, direct
oral anticoagulant doses in general practice, and people with dementia who go missing
(a dementia charity, sections in an unusual order).

Build it with

    .venv/bin/python data/independent/build.py --set 25   (writes data/corpus/independent25/)

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

Labelling conventions (as in entries20.py and entries22.py):
  * not Q: dates, financial years, bed/ward/home/practice counts, headcounts, numbers
    trained, activity counts (visits, calls, kits, forms, conversations, people
    identified), single figures with no baseline, a zero with no earlier figure,
    figures that did not change, budgets, costs and savings estimates, phone numbers,
    postcodes, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words;
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual job
    titles, list items), wherever in the entry it is told;
  * not P/S: beneficiaries, people trained, briefed, informed, counselled or audited,
    plans and intentions, negations, unnamed 'stakeholders', organisations agreeing or
    funding, a single named lead doing their job, audiences at launches and meetings
    that were only updated, surveys and questionnaires after which nothing changed,
    people who were asked but declined.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; care home associations and care providers'
networks are independent_care; carers' groups, self-advocacy groups, patient
participation groups and maternity and neonatal voices partnerships are patient_group).
A department or team of the entrant's own organisation is not a partner.  Flags are
written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I385  clozapine safety between clinic, GP and community pharmacy - pdf -
#       own headings - mental health trust lead pharmacist, practical -
#       mental health trust, GP federation, local pharmaceutical committee,
#       carers' group - no flags
# ---------------------------------------------------------------------------
entry(
    id="I385", format="pdf", layout="own_headings", topic="clozapine_community_safety",
    project="independent25-clozapineconnect-385", pdf_font="LiberationSans", pdf_align="L",
    title="Clozapine Connect: keeping people on clozapine safe between the clinic, the chemist and the GP",
    cover=[
        "Lead organisation: Wyndham and Colne Partnership NHS Foundation Trust (Community Mental Health Pharmacy)",
        "Partners: Colne Valley GP Federation; Community Pharmacy Wyndham (Local Pharmaceutical Committee); Wyndham Carers Together",
        "Written by the Lead Pharmacist for Community Mental Health, on behalf of the Clozapine Connect group",
    ],
    primary_entrant=dict(name="Wyndham and Colne Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Colne Valley GP Federation", type="primary_care"),
        dict(name="Community Pharmacy Wyndham", type="primary_care"),
        dict(name="Wyndham Carers Together", type="patient_group"),
    ],
    sections=[
        ("context", "Why we needed to work together", """
Clozapine is the only medicine licensed for schizophrenia that has not responded to other treatment, and
for many of the 412 people who take it in our area it has been life-changing. It is also one of the most
risky medicines we use. Everyone knows about the blood tests for neutropenia, and our clozapine clinics
are very good at those. What is less well known is that clozapine slows the gut down, sometimes so much
that the bowel stops working altogether, and that constipation kills more people on clozapine than low
white cells do. Clozapine levels also jump when someone stops smoking, for example when they are admitted
to a smoke-free hospital, and if a person misses more than two days of doses they need to be restarted
on a low dose and built back up, or they can collapse.

In 2021 we reviewed every serious incident involving clozapine across the trust over five years. Three
things came up again and again. First, most GP records did not show clozapine at all, because it is
prescribed and supplied by the hospital clinic, so a GP prescribing codeine or an antibiotic, or a
hospital doctor looking at the summary care record, had no idea the person was taking it. Second,
nobody was asking about bowels in a structured way. Third, when people were admitted to the local acute
hospital, their clozapine was often missed or given at the full dose after a gap.

Smoking is the part people find hardest to believe. Tobacco smoke, not nicotine, speeds up the
breakdown of clozapine in the liver, so a heavy smoker may need nearly twice the dose of a non-smoker.
When that person is admitted to a hospital where they cannot smoke, or decides to give up, the level of
clozapine in their blood can double within a week or two. They become drowsy, drool, fall, and in the
worst cases have seizures. The reverse happens when they go home and start smoking again, and the
illness can come back. None of this is rare. It is in every textbook. But the people who need to know
it, the ward doctor, the GP, the smoking cessation adviser, the person's mum, usually do not.

A man in his forties, well known to us, died in 2020 from bowel obstruction. He had told his support
worker he had not opened his bowels for a week, and she had told him to drink more water. Nobody in the
system had put the pieces together.

Clozapine Connect is a shared agreement between the trust, the GP federation, the local pharmaceutical
committee and Wyndham Carers Together. It has five parts:

- clozapine is added to every patient's GP record as a hospital-only medicine, with an alert that shows
whenever anything is prescribed, and the clinic sends an update every time the dose changes

- at every blood test the clinic nurse asks four bowel questions and records a score, and anyone scoring
above the line has a laxative started or reviewed that week

- community pharmacies that dispense clozapine for people on weekly supplies ask the same questions and
phone the clinic if something is wrong

- a clozapine card, carried by the person, explains smoking, missed doses and constipation to any doctor
who sees it

- the acute hospital pharmacy is phoned by the clinic, or by the crisis team, whenever someone on
clozapine is admitted, so that the dose can be checked before the first missed dose
"""),
        ("evidence", "What has changed", """
We compared the two years before Clozapine Connect (April 2020 to March 2022) with the two years after it
started (April 2022 to March 2024). The figures come from the clinic database, the GP federation's
searches and incident reports from the trust and the acute hospital.

<<Q:The proportion of people on clozapine whose GP record shows it rose from 38% to 97%.>> <<Q:People on
clozapine who had a regular laxative prescribed went up from 29% to 71%.>> <<Q:Emergency admissions for
constipation or bowel obstruction in people taking clozapine fell from 11 to 3.>>

<<Q:Incidents in which clozapine was restarted at the full dose after a gap of more than 48 hours, almost
all in the acute hospital, fell from 9 to 2.>> <<Q:For people admitted to the acute hospital who had
stopped smoking on admission, a clozapine level or a dose review within a week went up from 3 of 19
admissions in the first period to 17 of 21 in the second.>>

The GP alert has also led a GP or practice pharmacist to change a prescription because of clozapine
about 10 to 15 times a quarter. We have no figure for this before the alert, because nobody could see the
clozapine to begin with.

There have been no deaths from bowel obstruction in people on clozapine since 2020, but the numbers are
too small for us to claim this as a result on its own.
"""),
        ("stakeholders", "Who shaped it", """
<<P:Wyndham Carers Together has been part of this from the first meeting, because it was carers who told
us that they were the ones noticing the constipation, and nobody was asking them.>> <<P:Five carers and
two people who take clozapine worked with us on the bowel questions, and they threw out our first draft,
which used words like 'defaecation', and rewrote it in the way people actually talk.>> <<P:Dennis Ward,
who has taken clozapine for eighteen years, suggested the card should be the size of a bank card so it
fits in a wallet next to his bus pass, and the design we use is the one he sketched.>>

<<S:Clozapine clinic nurses tested the bowel questions for two months in the Colne clinic and asked for
the score to be built into the blood test form, so it is done at the same time and not forgotten.>>
<<S:Practice pharmacists from the GP federation agreed the wording of the GP alert and asked for it to
include a short list of the commonest interacting medicines, which was added.>> <<S:Community pharmacists
who dispense clozapine, nominated by the LPC, told us that a phone call to the clinic often went
unanswered, so a direct line for pharmacies was set up.>>

<<S:Ward pharmacists at Wyndham General, who are not one of the formal partners but see most of the
admissions, helped us write the admission checklist and asked for the smoking status to be on it.>>
<<S:The crisis team's night staff, who are often the ones who know first that someone has been
admitted, agreed to make the phone call to the hospital pharmacy themselves, and asked for a one-page
prompt sheet, which the clinic nurses wrote.>>

<<P:Carers also asked for something we had not thought of: a number they could ring when they were
worried about bowels between blood tests, without feeling they were making a fuss.>> The clinic's duty
line now takes those calls, and carers use it. <<P:Members of Wyndham Carers Together have since helped
us run two sessions for supported housing staff, where a carer talks about what they noticed and the
nurse explains what to do about it.>> All
clinic nurses completed a short training session on constipation before the new questions started.
"""),
        ("value", "Is it worth it?", """
The cost has mostly been staff time: about one day a week of a pharmacy technician to keep the clinic
and GP records in step, which the trust found from within the pharmacy budget. The cards cost about 30p each, and the GP federation ran the
searches and added the alerts within its existing medicines work. The LPC pays the pharmacies nothing
extra for the questions; they say it takes less than a minute. An emergency admission with bowel
obstruction usually means at least a week in hospital, sometimes surgery, and sometimes intensive care.

For people on clozapine and their carers, the value is being taken seriously about something that is
embarrassing to talk about. One carer told us: 'For years I was the only one worrying about his bowels.
Now there are four of us.'
"""),
        ("spread", "Sharing what we learnt", """
The bowel questions and the card have been adopted by the two neighbouring mental health trusts in our
region, and the regional mental health pharmacy network has put them on its shared drive. We have shared
the GP alert with the clinical system user group so that other areas can switch it on. The acute hospital has added clozapine to
its list of time-critical medicines, which means a missed dose on a ward is now reported as an incident
in its own right.

Next we want to add the card to the NHS App, because some of the younger people we see never carry a
wallet, and we are talking to the smoking cessation service about a joint message for people on clozapine
who want to quit, so that nobody gives up smoking without their clinic knowing first.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I386  hoarding, self-neglect and fire risk - docx - bold headings with a
#       cover table - council principal social worker, direct - council,
#       fire and rescue service, mental health trust, community trust - no
#       patient involvement (people as beneficiaries, a case story, a
#       leaflet, people who declined, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I386", format="docx", layout="bold_headings", topic="hoarding_self_neglect_fire",
    project="independent25-clearpath-386", docx_font="Arial",
    title="Clear Path: a shared response to self-neglect and hoarding in Kestrelford",
    cover_table=[
        ("Project", "Clear Path: a shared response to self-neglect and hoarding in Kestrelford"),
        ("Lead organisation", "Kestrelford Borough Council, Adult Social Care (Safeguarding Adults)"),
        ("Partners", "Tarnside Fire and Rescue Service; Tarnside and Wolds Partnership NHS Foundation Trust (Community Mental Health); Kestrelford Community Health NHS Trust (District Nursing)"),
        ("Contact", "Principal Social Worker, Kestrelford Borough Council, Civic Centre, Kestrelford KF2 4RD"),
    ],
    primary_entrant=dict(name="Kestrelford Borough Council", type="local_authority"),
    partners=[
        dict(name="Tarnside Fire and Rescue Service", type="emergency_service"),
        dict(name="Tarnside and Wolds Partnership NHS Foundation Trust", type="nhs_trust"),
        dict(name="Kestrelford Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we started", """
Self-neglect is one of the hardest things we deal with in adult social care. People who hoard, or who
stop looking after themselves or their homes, are often people with long histories of trauma, loss or
mental illness. Many of them do not want help and are entitled to refuse it. But the risks are real. A
house full to the ceiling with paper and bags is a house where a fire spreads in minutes and firefighters
cannot get in. A district nurse cannot dress a leg ulcer on a bed that has disappeared under belongings.
Falls happen on blocked stairs and nobody finds the person for days.

In 2021 two people in Kestrelford died in house fires in heavily hoarded homes. Both were known to at
least three services. The safeguarding adults review that followed found what these reviews usually
find: each service had a piece of the picture, used its own words to describe the risk, and closed the
case when the person declined help, without telling anybody else. The fire service had visited one of
the homes a year before and fitted smoke alarms, but had no way of passing on how bad the clutter was.

There is also a legal knot at the heart of this work. Under the Care Act, self-neglect can be a
safeguarding matter, but an adult who has capacity to make decisions about their home is allowed to make
decisions that other people think are unwise. Our staff were often unsure whether a person had capacity
about the specific risk in question, for example whether they understood that the gas fire was two feet
from a wall of newspapers. Too often the answer was to record that the person 'has capacity and declines
services' and close the case. Meanwhile the risk stayed exactly where it was, and sometimes grew, until
there was a crisis: a fire, a fall, an eviction, or a neighbour's complaint that brought environmental
health round with an enforcement notice.

We looked back at 40 people who had been referred to adult social care for self-neglect in 2020/21. On
average each person had been referred three times, by three different services, in two years. Eleven of
them had been referred by the fire service after a home safety visit, and in most of those cases the
referral had been screened out because the person was 'not eligible for care and support'. The fire
service did not know this had happened.

Clear Path is the response. Since April 2022 we have had:

A single clutter scale, with photographs, used by all four organisations, so that a '7' means the same
thing to a firefighter, a social worker and a district nurse.

A monthly Clear Path panel, chaired by the council, where any worker can bring a person they are worried
about and agree a lead worker and a plan.

Joint visits, so that a person gets one visit from the fire service and a social worker together rather
than a string of strangers at the door.

A rule that nobody closes a case on the panel's list without telling the panel first.

A short practice guide on capacity and self-neglect, with worked examples from Kestrelford cases.

A typical panel meeting has a social worker, a fire safety officer, a community mental health nurse, a
district nurse sister, a tenancy sustainment officer from the council's housing service, and someone
from environmental health. Each person on the list is discussed for about ten minutes. The panel agrees
who the lead worker is, which is usually whoever the person trusts most rather than whoever has the most
appropriate job title, and what the next small step should be. Often that step is very small: clearing a
path from the bed to the front door, getting the gas fire disconnected, or just a second visit.
"""),
        ("evidence", "What difference it has made", """
We compared the two years before Clear Path (2020/21 and 2021/22) with the two years since, using the
council's safeguarding data, the fire service's incident records and the panel's own log.

<<Q:Accidental dwelling fires at addresses where hoarding was recorded fell from 9 to 2.>> <<Q:The median
time from a first concern about self-neglect to a joint visit fell from 41 days to 9.>> <<Q:Repeat
safeguarding concerns about the same person within six months fell from 38% to 17%.>>

<<Q:People on the panel's list whose home clutter scale score had come down by at least two points after
six months rose from about one in five in the first year to nearly half in the second.>>

The panel has discussed 164 people since it began. We have not been able to show any change in hospital
admissions for this group, partly because many of them avoid hospital altogether. We have also not
reduced the number of people referred for self-neglect, and we did not expect to; if anything, workers
now refer earlier because they know something will happen.

Some of the most important changes do not show up in figures. Before Clear Path, a case like Mrs H's
(described below) would probably have been closed three or four times. Now it is held by one person,
with the whole panel behind them, for as long as it takes.
"""),
        ("stakeholders", "Who was involved", """
<<S:Social workers, fire safety officers, community mental health nurses and district nurses built the
clutter scale together at three workshops, using photographs of real homes (with permission and with
faces and addresses removed), and they argued over every level until they agreed.>> <<S:District nurses
asked for a 'can I work here safely' question to be added to the scale, because they were the ones
kneeling on floors to do dressings, and it was.>> <<S:The council's tenancy sustainment officers, who
often see the inside of a flat long before anyone else, asked to be able to bring people to the panel
without going through a social worker, and the referral route was changed.>>

<<S:Fire safety officers suggested the joint visit after finding that people were more likely to let
them in if someone they already knew came too.>> <<S:Panel members reviewed the way the panel worked after
six months and moved it from a two-hour meeting to a one-hour meeting with a fixed order, because people
were dropping out.>> <<S:Community mental health nurses asked for the capacity guide to include a section
on hoarding as a symptom of mental illness, and they wrote that section themselves with the council's
mental capacity lead.>> <<S:Environmental health officers, who had not been part of the original plan,
asked to join the panel after their first joint case, and persuaded us to agree that enforcement notices
would be discussed at the panel before they were served.>>

All adult social care staff completed an e-learning module on self-neglect in 2022, and the safeguarding
adults board was kept informed through its quarterly report.

The people we work with are at the centre of what Clear Path is for. Mrs H, a woman in her seventies who
had not let anyone past her front door for six years, now has a working cooker, a clear route to the back
door and a smoke alarm in every room, after a year of small visits. People are given a leaflet, written
for us by the fire service, about keeping exits clear. We asked three people who had been through the
panel whether they would help us review it, and all three said no, which we respect. A feedback form
sent to people after their case was closed was mostly positive, and we did not change anything as a
result. We would like to find a way to involve people with lived experience of hoarding in reviewing the
panel next year, possibly through a peer support group.
"""),
        ("value", "Value", """
Clear Path did not need new money. The panel uses staff who were already involved with these people,
just in a different order. The council paid £3,000 for printing the clutter scale and the fire service
has fitted around 600 smoke alarms and 40 fire-retardant bedding packs through its existing home safety
budget. A serious house fire costs the fire service, the council and the NHS many times that, before we
count the loss of a life or a home.

Workers tell us they feel less alone with the most worrying cases. That matters in a job where the
people we are most worried about are the ones who shut the door. Before Clear Path, one social worker
told us, she lay awake thinking about a man whose case she had been told to close; now she brings him
to the panel, and the worry is shared between six people who can each do something about it.

There is a value for the people themselves too, even if it is harder to describe. Fewer strangers at the
door, one worker who keeps coming back, and a plan that moves at their pace rather than ours.
"""),
        ("spread", "Sharing", """
The clutter scale has been adopted by the other three councils in the Tarnside fire service area, so that
fire safety officers use one scale across the county. The safeguarding adults board has written the Clear
Path panel into its self-neglect policy. We presented the work at the regional principal social workers'
network.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I387  severe mental illness in pregnancy - docx - numbered questions -
#       specialist perinatal mental health midwife, conversational - acute
#       trust, mental health trust, council 0-19 service, maternity and
#       neonatal voices partnership - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I387", format="docx", layout="numbered_questions", topic="perinatal_severe_mental_illness",
    project="independent25-oneplan-387", docx_font="Calibri",
    title="One Plan for Mum: joined-up care for women with severe mental illness in pregnancy and after birth",
    cover=[
        "Caddington Hospitals NHS Foundation Trust (Maternity Services) - lead entrant",
        "Working in partnership with Penwick and Caddington Mental Health NHS Trust (Community Perinatal Mental Health Team), Caddington City Council (0-19 Public Health Nursing) and Caddington Maternity and Neonatal Voices Partnership",
        "Submitted by: Specialist Perinatal Mental Health Midwife",
    ],
    primary_entrant=dict(name="Caddington Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Penwick and Caddington Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Caddington City Council", type="local_authority"),
        dict(name="Caddington Maternity and Neonatal Voices Partnership", type="patient_group"),
    ],
    sections=[
        ("context", "1. Describe the service and the safety problem you set out to solve", """
I have been a midwife for nineteen years and a perinatal mental health midwife for six. The women I see
have bipolar disorder, schizophrenia or a history of severe depression or postpartum psychosis, and they
are pregnant. For most of them, pregnancy goes well. But the weeks after birth are the time of highest
risk of becoming seriously unwell in a woman's whole life, and suicide is still one of the leading causes
of death for mothers in the first year after having a baby.

When I started in this role, the care these women got depended on luck. The maternity team, the
perinatal mental health team, the health visitors and the GP each had their own notes and their own plan.
Sometimes the plans disagreed. Often the woman had never seen any of them. A common story went like
this: a woman found out she was pregnant, panicked about her medication harming the baby, and stopped
taking it overnight without telling anyone. By the time she was booked with us at ten or twelve weeks she
was already becoming unwell. Or she gave birth at 2am, the labour ward had no idea she had a history of
psychosis, and she went home the next afternoon without anyone from mental health knowing she had
delivered.

In 2021 we had two serious incidents in which a woman with known bipolar disorder became acutely unwell in
the first fortnight after birth, and in both, the reviews found that a plan existed but had not reached
the people who needed it.

One Plan for Mum does what it says. Every woman with a known severe mental illness has a single written
perinatal mental health plan, agreed with her by 32 weeks, signed off by the obstetrician, the
perinatal psychiatrist, the specialist midwife and the health visitor, and kept in her handheld notes and
on all three electronic systems. It covers medication in pregnancy and breastfeeding, what happens in
labour, how long she stays in hospital afterwards, who visits in the first fourteen days, and what the
early warning signs are for her. We also run a joint pre-conception and early pregnancy clinic, so women
can talk about medication before they make decisions on their own, and a 'delivered' alert goes from the
labour ward to the perinatal team within a few hours of the birth.

Why did it need a partnership? Because nobody owns the whole of this. The maternity service owns the
pregnancy and the birth. The perinatal mental health team owns the mental health care, but only once a
woman is referred, and many were referred late or not at all. The health visitors, who are part of the
council's 0-19 service here, see the family at home from ten days after the birth, just at the time when
the risk is highest, and often had nothing in writing from either of us. And the women and their families
knew more about what would help than any of us, but had never been asked. The GP is also vital, and we
send every plan to the practice, but the practices are not formal partners because we could not find a
way for 48 practices to sign up to one agreement.
"""),
        ("evidence", "2. What evidence do you have that care is safer?", """
We compared women with a known severe mental illness who gave birth in 2021 (71 women) with those who gave
birth in 2023 (83 women), using maternity records and the perinatal team's caseload data.

<<Q:Women with a written, agreed perinatal mental health plan in place by 32 weeks went up from 34% to
89%.>> <<Q:Women who stopped their psychiatric medication suddenly on finding out they were pregnant fell
from about half to about one in five.>> <<Q:The proportion of women seen by the perinatal team within
48 hours of giving birth rose from 41% to 93%.>>

<<Q:Admissions to a mother and baby unit or an adult psychiatric ward in the first six weeks after birth
fell from 12 to 5.>> There were no maternal suicides in either year in this group.

<<Q:The number of women with a known severe mental illness who left the postnatal ward with no follow-up
arranged by the perinatal team went from 19 in 2021 to 2 in 2023.>>

Numbers are small and some of the change may be chance. But the women who did become unwell in 2023 were
picked up earlier, and three of the five admissions were planned rather than emergencies.
"""),
        ("stakeholders", "3. How were patients, carers and staff involved?", """
<<P:The Maternity and Neonatal Voices Partnership helped us find women with lived experience, and eight
mums who had been through pregnancy with a severe mental illness met with us over a series of evenings in
2022.>> <<P:They told us the plan was written about them, not with them, and they rewrote the front page so
that it starts with 'What I want you to know about me' in the woman's own words.>> <<P:One mum, Lauren,
who had postpartum psychosis after her first baby, said the worst part was being asked the same questions
by six different people, and it was her idea to have a single plan that everyone signs.>> <<P:Partners
and grandparents who came to one of the evenings asked for a section on what family should do if they
are worried at night, and that page is now in every plan.>>

<<S:Labour ward coordinators told us that they could not find the plans in a hurry, so the digital
midwives changed the maternity system to show a banner on the woman's record.>> <<S:Health visitors from
the council's 0-19 service designed the fourteen-day visiting schedule with the perinatal team, and after
the first six months they asked for a joint visit at day ten rather than two separate ones, which is
what we now do.>> <<S:Perinatal psychiatrists and obstetricians agreed the medication advice sheet
together at a joint meeting and changed it after pharmacists pointed out it did not cover breastfeeding
properly.>>
"""),
        ("value", "4. What value has the project added?", """
The joint clinic uses sessions that the perinatal team and obstetricians were already running, now in the
same room on the same day. The plan template cost nothing. An admission to a mother and baby unit often
means a long way from home, and an emergency admission to an adult ward means separating a mother from her
baby at the worst possible time, which we now see less often.

The women tell us that they feel someone is holding the whole picture. Midwives tell us they are less
frightened of looking after women with severe mental illness because they know what the plan is.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I388  constipation in people with a learning disability - pdf - two
#       column - community learning disability nurse, earnest - community
#       trust, primary care network, supported living providers' network,
#       self-advocacy group - no flags
# ---------------------------------------------------------------------------
entry(
    id="I388", format="pdf", layout="two_column", topic="learning_disability_constipation",
    project="independent25-gutfeeling-388", pdf_font="LiberationSans",
    title="Gut Feeling: taking constipation seriously for people with a learning disability in Holmefield",
    cover=[
        "Holmefield Community Healthcare NHS Trust - Community Learning Disability Team (lead), with Holmefield South Primary Care Network, Holmefield Supported Living Providers Network and Speak Up Holmefield (self-advocacy group)",
        "Entry written by a community learning disability nurse",
    ],
    primary_entrant=dict(name="Holmefield Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Holmefield South Primary Care Network", type="primary_care"),
        dict(name="Holmefield Supported Living Providers Network", type="independent_care"),
        dict(name="Speak Up Holmefield", type="patient_group"),
    ],
    sections=[
        ("context", "Why constipation?", """
People who are not in learning disability services are often surprised when we say constipation is a
patient safety issue. But reviews of the deaths of people with a learning disability keep finding it,
and we had our own case. In 2021 a young man who lived in supported living in Holmefield died of a bowel
obstruction. He could not tell anyone he was in pain. His bowel chart had gaps of up to nine days, and
when he stopped eating the staff thought he was just in a low mood.

Constipation is common in people with a learning disability because of reduced mobility, low fluid
intake, medicines like antipsychotics and anti-epileptics, and because many people cannot easily say
that something is wrong. It is also very easy to miss. In supported living there are lots of different
staff, agency workers at night, and paper charts that nobody looks at.

Gut Feeling started in 2022. We made an easy read bowel diary with pictures, agreed a simple rule that
three days with no bowel movement means a phone call to the GP practice the same day, and asked the
primary care network to include a bowel check and a medicines review in every annual health check. The
PCN pharmacist also reviews anyone taking three or more medicines that can cause constipation.
"""),
        ("evidence", "What happened", """
We compared 2021/22 with 2023/24 for the 1,120 adults on the learning disability registers of the nine
practices in the PCN.

<<Q:Emergency admissions for constipation or bowel obstruction fell from 23 to 8.>> <<Q:People with a
written bowel care plan rose from 18% to 74%.>> <<Q:Annual health checks that recorded a bowel
question went up from about a quarter to nearly all of them.>>

<<Q:People taking three or more medicines that cause constipation fell from 61 to 34 after the pharmacist
reviews.>> We know that some of these medicines are needed and will stay.
"""),
        ("stakeholders", "Who helped", """
<<P:Speak Up Holmefield, our local self-advocacy group, made the bowel diary with us.>> <<P:Their members
chose the pictures, and they told us to take out the Bristol stool chart with its numbers and put in
photos of food instead, like 'pebbles' and 'sausage', because everyone understood those.>> <<P:Two
members, Kieran and Tash, tested the diary at home for a month and asked for a page for 'tummy hurts', which
we added.>> <<P:Family carers at a carers' coffee morning told us that the diary had to go with the person
to day services and respite, not stay in one house, so it is now a small book.>>

<<S:Support workers from six providers in the network tried out the diary on their night shifts and
said it needed to fit on a clipboard, so we changed the size.>> <<S:Practice nurses who do the health
checks helped write the bowel questions and asked for them to be added to the health check template on
the computer system.>> <<S:The PCN pharmacist and our team's nurses agreed the list of medicines to look
at together.>>
"""),
        ("value", "Value", """
The diary costs about £1.20 to print. The PCN pharmacist time is part of the network's existing role.
One admission for bowel obstruction can mean a week in hospital, an operation, and for a person with a
learning disability who is frightened of hospitals, a lot of distress. Support workers say they now know
what to do instead of waiting.
"""),
        ("spread", "Spreading it", """
The other two PCNs in Holmefield are using the diary and the three-day rule from this year. We have
shared it with the regional learning disability nurses network and put it on our trust website to
download.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I389  hot weather in care homes - docx - bullet lists - council public
#       health commissioner, brisk - council, ICB, care association,
#       community trust - no patient involvement (residents as
#       beneficiaries, relatives sent a letter, a negation, a residents'
#       questionnaire that changed nothing, a planned Healthwatch review) -
#       no quantitative evidence (thermometers, logs, huddles, a figure that
#       did not change, a target, an evaluation planned)
# ---------------------------------------------------------------------------
entry(
    id="I389", format="docx", layout="bullet_lists", topic="care_home_heat_safety",
    project="independent25-keepcool-389", docx_font="Calibri",
    title="Keep Cool Wrenfield: protecting care home residents in hot weather",
    cover=[
        "Lead organisation: Wrenfield County Council, Public Health",
        "Partners: NHS Wrenfield and Ashby Integrated Care Board | Wrenfield Care Association | Wrenfield Community Health NHS Trust (Care Home Support Team)",
        "Entry by: Public Health Commissioner (Older People and Care Settings)",
    ],
    primary_entrant=dict(name="Wrenfield County Council", type="local_authority"),
    partners=[
        dict(name="NHS Wrenfield and Ashby Integrated Care Board", type="icb"),
        dict(name="Wrenfield Care Association", type="independent_care"),
        dict(name="Wrenfield Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
In July 2022 temperatures in Wrenfield went above 38°C for the first time on record. Care homes phoned us
asking what to do. Many did not know the temperature inside their buildings, and some top-floor rooms
were hotter than outside.

Why heat matters for care home residents:

- older people do not feel thirst as well, sweat less and are more likely to be on medicines that make heat more dangerous, such as diuretics and some antipsychotics

- dehydration in heat leads to falls, urine infections, acute kidney injury and confusion

- residents with dementia may not be able to say they are too hot, and may keep on cardigans and blankets

- national figures show excess deaths among older people in every heatwave, many of them in care homes

What we found when we asked homes in autumn 2022:

- fewer than half of the county's 187 care homes had a written hot weather plan

- most had no room thermometers and did not record indoor temperatures

- very few had a 'cool room' that could be kept below 26°C

- homes said the national heat-health alerts came to a generic inbox and were often not seen

What Keep Cool Wrenfield put in place from summer 2023:

- a one-page hot weather plan template for care homes, with amber and red actions

- digital room thermometers for every home, with a simple daily log

- a 'hot weather huddle' phone call, run by the council with the Care Home Support Team, on the first day of every amber or red alert

- extra hydration rounds and a medicines check for residents on high-risk medicines, led by the Care Home Support Team nurses and pharmacists

- a small grant pot, from the ICB, for fans, blinds and reflective film for the hottest rooms
"""),
        ("evidence", "What we have seen so far", """
- all 187 homes received thermometers and the plan template by June 2023

- 164 homes sent us a completed hot weather plan

- we ran 14 hot weather huddles across summers 2023 and 2024, with an average of 96 homes on each call

- homes logged indoor temperatures on around 9,000 room-days

- the Care Home Support Team reviewed medicines for 1,230 residents on high-risk medicines during alerts

- emergency admissions of care home residents for dehydration or acute kidney injury between June and September were 71 in 2022 and 69 in 2023, so we cannot say there has been a change, and summer 2023 was cooler than 2022

- we have set a target that every home has a cool room by summer 2025

- the ICB's analytics team will look at admissions, falls and deaths in hot periods over five summers, with a first report in 2026
"""),
        ("stakeholders", "Who was involved", """
- <<S:care home managers from the Wrenfield Care Association wrote the plan template with us over two workshops and cut it from four pages to one, because, as one manager said, nobody reads page two in a heatwave>>

- <<S:night care staff in the pilot homes told us that top-floor rooms were hottest at midnight, not midday, so the log now has a night reading>>

- <<S:Care Home Support Team nurses and pharmacists agreed the list of high-risk medicines with GPs from the ICB's care home leads group, and changed it after the first summer to add laxatives and lithium>>

- <<S:cooks and kitchen staff from several homes came up with the ice lolly and jelly rounds that are now in the plan as a way of getting fluids into residents who will not drink>>

- residents are the people this is for, and they are the ones at risk

- relatives were sent a letter from each home explaining the hot weather plan

- we did not ask residents or relatives to help write the plan, because of the time available before summer 2023

- a questionnaire was taken to residents' meetings in ten homes, and residents said they were happy with how they were looked after; nothing was changed

- we would like Healthwatch Wrenfield to visit homes during a heatwave next summer and talk to residents about how it feels
"""),
        ("value", "Value for money", """
- thermometers cost £11,200 in total, from the public health grant

- the ICB's grant pot for fans, blinds and film was £60,000, shared between 71 homes

- the huddles and the medicines checks use existing staff time

- one emergency admission of a frail resident costs several thousand pounds and often leads to a loss of independence that does not come back

- homes say they feel less alone when the alerts come
"""),
        ("spread", "Spread", """
- the plan template has been shared with the regional public health network and adopted by two neighbouring councils

- the huddle format is being used for cold weather alerts this winter

- we are adapting the template for home care providers, who look after older people in their own homes
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I390  shared-care blood monitoring for disease-modifying drugs - docx -
#       style headings - GP partner, informal - a single GP practice, its
#       own teams described as partners (ineligible, no partner
#       organisation) - patient participation group and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I390", format="docx", layout="style_headings", topic="dmard_shared_care_monitoring",
    project="independent25-bloodsfirst-390", docx_font="Calibri",
    title="Bloods First: getting shared-care monitoring right for methotrexate and other DMARDs in one practice",
    cover=[
        "Entrant: Fernleigh Road Surgery, Pelham Green",
        "A partnership between our GPs, practice nurses, clinical pharmacist, reception and admin team, and our Patient Participation Group",
        "Contact: Dr Anita Shah, GP partner and prescribing lead",
    ],
    primary_entrant=dict(name="Fernleigh Road Surgery", type="primary_care"),
    partners=[],
    sections=[
        ("context", "Why we did this", """
We are a practice of about 14,500 patients. Like every practice, we prescribe a number of drugs under
shared care with the hospital, where the specialist starts the drug and we take over prescribing and
the blood monitoring. The ones that worried us most were the disease-modifying drugs used for
rheumatoid arthritis, psoriasis and inflammatory bowel disease: methotrexate, azathioprine, leflunomide,
sulfasalazine and mercaptopurine. They can all damage the blood count or the liver, which is why patients
need regular blood tests, and methotrexate has its own special danger because it is taken once a week,
and taking it every day by mistake can kill.

To be honest, our system was not really a system. The hospital letter came in, somebody added the drug to
the repeat list, and then it relied on whoever signed the prescription to check that the bloods were up
to date. Locums did not always know to check. Patients did not always know they needed the test. When we
did a search in early 2022 we found that nearly a third of our 212 patients on these drugs were overdue
their monitoring, some by many months, and they were still getting their prescriptions every month.

Then we had a near miss. A patient on methotrexate had a very low white count on a test done for another
reason, and when we looked back she had not had her monitoring bloods for seven months. She was fine, but
it frightened all of us.

So we built Bloods First. Every patient on a shared-care DMARD is on a register that the admin team checks
every Monday. Patients get a text reminder two weeks before bloods are due, with a link to book. If the
bloods are more than two weeks overdue the prescription is not issued on repeat and goes to the clinical
pharmacist instead, who rings the patient. Methotrexate prescriptions all say 'ONCE a WEEK on [day]' and
we only prescribe 2.5mg tablets. And results come back to a named GP who checks them against the
drug's limits rather than just filing them as 'normal'.
"""),
        ("evidence", "Results", """
We repeated the search every quarter.

<<Q:Patients overdue their monitoring bloods fell from 31% in March 2022 to 4% in March 2024.>>
<<Q:Prescriptions issued for these drugs when the bloods were out of date fell from 47 in the first
quarter we measured to 3 in the latest quarter.>> <<Q:Results outside the drug's limits that were not
acted on within a week went from 6 in the year before to none in the year after.>>

We also found two patients still taking a DMARD that the hospital had stopped months earlier, because the
letter had been filed without the repeat being changed. That check is now part of the Monday search.
"""),
        ("stakeholders", "Who was involved", """
<<S:The reception and admin team designed the Monday register check themselves, after pointing out that
they already did a similar search for contraceptive pill reviews and could use the same approach.>>
<<S:Our practice nurses, who do most of the blood tests, asked for the reminders to go out two weeks
before the due date rather than on it, because the clinic slots get booked up, and we changed the timing.>>
<<S:Locum GPs who work with us regularly were asked what would have stopped them signing an overdue
prescription, and their answer, a pop-up on the prescribing screen, is what we now use.>>

<<P:Our Patient Participation Group helped us with the text message and the letter.>> <<P:Three PPG
members who take methotrexate read the drafts and told us that the first version sounded like a telling
off, so they rewrote it to explain why the blood test matters.>> <<P:One of them, Mr Gerald Platt,
suggested adding the day of the week to the methotrexate label, which we now do for everyone.>>
"""),
        ("value", "Value", """
Bloods First cost us very little: some of the clinical pharmacist's time, and the text messages, which
we already pay for. The time we spend now is far less than the time we used to spend sorting out problems.
A patient admitted with methotrexate toxicity or a very low white count can be very unwell, and it can
be fatal.

Patients say they like knowing when they are due. Staff say they feel safer signing prescriptions.
"""),
        ("spread", "Sharing", """
We have shared the search and the text template with the other practices in our primary care network,
and two of them have started using it. We also presented it at the local GP education afternoon. We are
now using the same approach for lithium and for patients on amiodarone.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I391  asking about domestic abuse in maternity care - pdf - form table -
#       named midwife for safeguarding, careful - acute trust, domestic abuse
#       charity, police, council children's social care - no flags
# ---------------------------------------------------------------------------
entry(
    id="I391", format="pdf", layout="form_table", topic="maternity_domestic_abuse_enquiry",
    project="independent25-safetoask-391", pdf_font="LiberationSans",
    title="Safe to Ask: making sure every pregnant woman is asked about domestic abuse, alone and more than once",
    cover_table=[
        ("Entry title", "Safe to Ask: making sure every pregnant woman is asked about domestic abuse, alone and more than once"),
        ("Lead organisation", "Ashwell Moor Teaching Hospitals NHS Trust, Maternity Services"),
        ("Partner organisations", "Safe Harbour Ashwell (domestic abuse charity); Ashwell and Fenby Police; Ashwell Moor Borough Council, Children's Social Care"),
        ("Completed by", "Named Midwife for Safeguarding"),
    ],
    primary_entrant=dict(name="Ashwell Moor Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Safe Harbour Ashwell", type="charity"),
        dict(name="Ashwell and Fenby Police", type="emergency_service"),
        dict(name="Ashwell Moor Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Background and aims of the partnership", """
Domestic abuse often starts or gets worse in pregnancy. It is linked with miscarriage, premature birth,
stillbirth and maternal death, and a number of the women who die during or after pregnancy in this
country were known to be experiencing abuse. National guidance says that every pregnant woman should be
asked about domestic abuse, in private, at least once and ideally more than once.

In Ashwell Moor this was not happening reliably. An audit of 200 sets of notes in 2021 found that the
question was often ticked as 'not asked - partner present', and that once a woman had said no at her
booking appointment, nobody asked again. Women who did disclose were given a leaflet and a phone number,
and we often did not know what happened next. Information from the police about incidents at the address
of a pregnant woman did not reach the midwife.

Behind the audit were real women. In 2020 a woman who was 30 weeks pregnant came to our triage unit three
times in a month with abdominal pain and bruising she said was from a fall. Her partner came to every
appointment and answered most of the questions for her. She was never seen on her own. At her fourth
attendance she was admitted with a placental abruption after an assault, and her baby was born very
early. When we reviewed her care, every single midwife and doctor who had seen her said afterwards that
they had felt something was wrong, and none of them had found a way to ask.

<<S:When we held listening sessions with community and hospital midwives in 2021, they told us the same things again and again, and those answers set the aims of the project: that they did not know how to get a woman on her own
when her partner would not leave the room; that they were worried about making things worse if they
asked and the partner found out; and that when a woman did disclose, they did not know what to do next,
apart from giving her a phone number, because the safeguarding team was only available in office hours.>>

We also had a newer problem. Women could now see their maternity notes on their phones through the
patient app, which is a good thing, except that some partners check their phones. A woman who had
disclosed abuse could find it written in her own app, where her abuser could read it.

The aims of Safe to Ask were that every woman would be asked at booking and again at 28 weeks, always
alone; that every woman who disclosed would be offered same-day support from a specialist domestic abuse
adviser; that information would pass safely between police, social care and maternity; and that nothing
about abuse would ever show in a woman's app.
"""),
        ("evidence", "Evidence of improvement in safe care", """
We compared audits of 200 sets of notes in 2021 and 2023, and Safe Harbour's referral records for the same
years.

<<Q:Women asked about domestic abuse at booking, alone, rose from 41% to 87%.>> <<Q:Women asked on at
least two occasions during pregnancy rose from 12% to 63%.>> <<Q:Women who disclosed abuse and were seen
or phoned by a hospital domestic abuse adviser within 24 hours went from 35% to 90%.>>

<<Q:Pregnant women referred to the multi-agency risk assessment conference who were referred again
within twelve months, which usually means the abuse had continued, fell from 31% to 18%.>> <<Q:Since the
app was changed, incidents where safeguarding information was visible to the woman's partner through the
app went from four in the year before to none.>>

Disclosures have gone up, which we expected and welcome: more women are telling us because more women are
being asked, properly and in private. In 2023 Safe Harbour's hospital adviser supported 214 pregnant or
recently delivered women. We do not count this as a measure of safety in itself, but it tells us the
conversations are happening.
"""),
        ("stakeholders", "How have patients and staff been involved?", """
<<P:Women who had been abused during pregnancy, supported by Safe Harbour's survivors' group, were
involved from the beginning.>> <<P:Seven survivors met with us three times and told us how they had been
asked, or not asked, and what would have made it possible to answer honestly.>> <<P:They suggested the
'toilet door' cards, small cards with the Safe Harbour number that are stuck inside the toilet cubicles
in every antenatal clinic, because that was the only place they were ever alone.>> <<P:They also chose
the words midwives now use to start the conversation, and they asked that midwives say clearly that the
same question is asked of every woman, so nobody feels singled out.>>

<<S:Community midwives tested different ways of getting a woman on her own, and it was their idea to make
the urine sample the moment to ask, because partners do not follow women into the toilet.>> <<S:The
digital midwives and the app supplier's team changed the maternity record so that safeguarding entries
are kept in a hidden section, after midwives raised the concern.>> <<S:Safe Harbour's advisers and the
police domestic abuse unit agreed with us how police incident information would reach the named midwife
within one working day, and revised the process after a review of the first three months.>> <<S:Social
workers from the council's front door team helped write the guidance on when a disclosure must be
shared with children's social care and when it should not.>>

All midwives and maternity support workers attended a half-day training session, jointly delivered by
Safe Harbour and our safeguarding team, which is now part of the annual mandatory update.
"""),
        ("value", "What value has the partnership added?", """
The hospital domestic abuse adviser post is funded jointly by the trust and the police and crime
commissioner's office, at about £42,000 a year. The cards and training materials cost a few hundred
pounds. The app change was made by our existing digital team.

The value of a woman getting help before she or her baby is seriously hurt cannot really be measured in
money. But every woman who is supported to safety is one less emergency admission, one less child
protection case that starts too late, and possibly one life saved.
"""),
        ("spread", "How has learning been shared?", """
The toilet door cards are now in every GP practice in the borough and in both sexual health clinics. The
hidden safeguarding section in the app has been switched on by two other trusts that use the same maternity
system, after we shared the change through the user group. We presented Safe to Ask at the regional
safeguarding midwives' forum, and Safe Harbour has taken the survivors' advice to the other hospitals it
works with.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I392  take-home naloxone after overdose - pdf - bullet lists - drug and
#       alcohol recovery charity chief executive, blunt - charity with local
#       pharmaceutical committee, ambulance service, council - peer
#       volunteers with lived experience involved - no staff involvement
#       (pharmacists did e-learning, paramedics briefed, hostel staff
#       trained, a named pharmacist lead, a pharmacy survey that changed
#       nothing, a planned staff forum)
# ---------------------------------------------------------------------------
entry(
    id="I392", format="pdf", layout="bullet_lists", topic="take_home_naloxone",
    project="independent25-kitinhand-392", pdf_font="DejaVuSans", pdf_align="L",
    title="Kit in Hand: getting naloxone to the people most likely to be there when someone overdoses",
    cover=[
        "LANTERNHILL RECOVERY (registered charity) - lead entrant",
        "with Dunmere Local Pharmaceutical Committee, Westmarch Ambulance Service NHS Trust and Dunmere City Council (Public Health)",
        "Entry from the Chief Executive, Lanternhill Recovery, 14 Mill Wharf, Dunmere DN3 8PL",
    ],
    primary_entrant=dict(name="Lanternhill Recovery", type="charity"),
    partners=[
        dict(name="Dunmere Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Westmarch Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Dunmere City Council", type="local_authority"),
    ],
    sections=[
        ("context", "The problem", """
Dunmere has one of the highest rates of drug deaths in England. Most of them involve heroin or other
opioids, often with alcohol or benzodiazepines. Naloxone reverses an opioid overdose in minutes and is
safe enough to be given by anyone, through a nasal spray or an injection into the thigh. The person who is
there when someone stops breathing is almost never a doctor. It is a friend, a partner, a mum, a hostel
worker.

In 2021:

- naloxone kits were only given out by our treatment service, so people not in treatment, who are at the highest risk, rarely had one

- people who survived an overdose and were seen by an ambulance crew were usually left at home with no kit and no follow-up, and some of them overdosed again within weeks

- community pharmacies that ran needle exchanges were not supplying naloxone at all

- 47 people in the city died from drug poisoning involving opioids

What we changed, starting in April 2022:

- any of 38 community pharmacies in the city now hands out naloxone to anyone who asks, with no need to be in treatment or give a name

- ambulance crews who attend a non-fatal overdose leave a naloxone kit with the person or whoever is with them, and send a referral to us, and our outreach team makes contact within 24 hours

- volunteer naloxone champions, people in recovery themselves, run short sessions in hostels, day centres and the bail hostel

- the council funds the kits and pays pharmacies a small fee for each supply
"""),
        ("evidence", "Results", """
We compared 2021 with 2023 using the council's drug-related deaths panel data, ambulance records and
our own records.

- <<Q:deaths from drug poisoning involving opioids in Dunmere fell from 47 in 2021 to 31 in 2023>>

- <<Q:people attended by an ambulance crew after a non-fatal opioid overdose who were left with a naloxone kit went from 4% to 68%>>

- <<Q:people who had a second ambulance call-out for overdose within 90 days fell from 22% to 13%>>

- <<Q:of people who survived an overdose attended by an ambulance crew, the share who were in contact with a treatment service six weeks later rose from about one in ten to one in three>>

- about 3,100 kits were handed out in 2023, and people told us they had used naloxone on someone 212 times (we count these but they are not a measure of safety on their own)

- national drug death figures also fell a little over the same period, so we do not claim all of the fall is ours
"""),
        ("stakeholders", "Who was involved", """
- <<P:our naloxone champions are volunteers who have used drugs themselves, and they designed the hostel sessions from scratch after telling us that our old training video was 'like a fire drill at school'>>

- <<P:the champions chose the bag the kit comes in, a plain black pouch that does not say naloxone on it, because people told them they would not carry anything that marked them out as a user>>

- <<P:Jason, one of the first champions, who has been in recovery for four years, suggested that the sessions should happen at the hostel breakfast club, which is when people are most likely to be up and clear-headed, and that is when they now run>>

- <<P:people who had been given a kit by an ambulance crew told the champions that the 24-hour call from us felt like being checked up on, so the call now starts with 'we just want to check you're OK and you've still got your kit'>>

- community pharmacists completed an e-learning module on naloxone before supplying it

- ambulance crews were briefed on the new process through the service's weekly clinical bulletin

- hostel staff across the city were trained by the champions to use naloxone

- the LPC's chief officer, Sunita Gill, organised the pharmacy side of the scheme

- a survey of pharmacies after six months was very positive, and nothing needed to change

- we hope to set up a forum for pharmacists, paramedics and our staff to look at the scheme together next year
"""),
        ("value", "Value", """
- a kit costs about £20, and the council spent around £74,000 on kits and pharmacy fees in 2023

- every death avoided is a person who could still recover, a family that is not bereaved, and a coroner's inquest that does not happen

- every repeat ambulance call avoided frees up a crew

- champions get something out of it too: three of them have gone on to paid jobs in the sector
"""),
        ("spread", "Spread", """
- the ambulance service is extending the leave-behind kits to the other four council areas it covers

- two neighbouring councils have asked for our pharmacy specification

- our champions have trained volunteers in a recovery group in the next county
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I393  follow-up after discharge from mental health wards - docx - rubric
#       headings with a cover table - service manager, formal - wards,
#       crisis team and community teams of ONE mental health trust, no
#       partner organisation (ineligible) - no patient involvement (people
#       given a safety plan, friends and family test read, a lived
#       experience forum updated, a vacant peer post, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I393", format="docx", layout="rubric_headings", topic="mental_health_discharge_follow_up",
    project="independent25-bridge-393", docx_font="Cambria",
    title="The Discharge Bridge: safer first days at home after a mental health admission",
    cover_table=[
        ("Title of entry", "The Discharge Bridge: safer first days at home after a mental health admission"),
        ("Organisation", "Greystone Valley Mental Health NHS Foundation Trust"),
        ("Partners", "Adult acute inpatient wards (Larch, Rowan and Hazel); Crisis Resolution and Home Treatment Team; Community Mental Health Teams (North, Central and South) - all within Greystone Valley Mental Health NHS Foundation Trust"),
        ("Entry lead", "Service Manager, Acute Care Pathway"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
    ],
    primary_entrant=dict(name="Greystone Valley Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Context and safety goals", """
The days immediately after discharge from a psychiatric inpatient ward are a period of markedly raised
risk of suicide and self-harm. National confidential inquiry findings have shown for many years that the
risk is highest in the first week and particularly in the first three days, and the national standard is
that every patient discharged from a mental health ward should be followed up within 72 hours.

Greystone Valley Mental Health NHS Foundation Trust has three adult acute wards with 64 beds and
discharges around 900 adults each year. In 2021/22 our 72-hour follow-up performance was below the national
standard, and a thematic review of serious incidents in the 30 days after discharge identified recurring
issues: discharges late on Fridays with no follow-up arranged before Monday; the community team being
told of the discharge only after it had happened; follow-up contacts made by a clinician the patient had
never met; and safety plans written on the ward that did not reach the community team or the patient's
GP.

The Discharge Bridge was designed to address these issues by joining the work of the wards, the crisis
resolution and home treatment team and the community mental health teams. Its components are as follows.
A practitioner from the crisis team meets every patient on the ward before discharge, so that the first
contact at home is with someone the person already knows. Follow-up is booked before the patient leaves
the ward, for a date within 48 hours. The safety plan is completed with the patient and copied on the day
of discharge to the community team and the GP. Discharges after 2pm on Fridays and at weekends require the
agreement of the crisis team.

The safety goals were to achieve follow-up within 72 hours for every patient, to reduce early
readmission, and to reduce self-harm in the 30 days after discharge.

The Discharge Bridge was developed in three phases. Between January and June 2022 the current process
was mapped and a test of change was carried out on one ward. Between July 2022 and March 2023 the
approach was extended to all three adult acute wards, with fortnightly review of every discharge that had
not been followed up within 48 hours. From April 2023 the Discharge Bridge became standard practice and
was incorporated into the trust's clinical record system, with an automated report to the acute care
pathway quality meeting each month.

The project was led by the Associate Director of Nursing for Acute Care, and progress was
reported monthly to the trust's patient safety group. Measures were agreed at the outset and reported using
statistical process control charts, so that changes could be distinguished from normal variation.
"""),
        ("evidence", "Evidence of improvement", """
Data were drawn from the trust's electronic patient record and the local emergency departments' liaison
psychiatry records, comparing 2021/22 with 2023/24.

<<Q:Follow-up within 72 hours of discharge increased from 78% to 96%.>> <<Q:Follow-up within 48 hours
increased from 52% to 88%.>> <<Q:Readmission within 30 days of discharge fell from 14% to 9%.>>

<<Q:Presentations to emergency departments with self-harm within 30 days of discharge from our wards fell
from 61 to 37.>> <<Q:The proportion of discharges on which a safety plan reached the GP within 24 hours
rose from 23% to 91%.>> <<Q:Discharges on a Friday after 2pm fell from an average of 7 a month to 2 a
month, with no increase in length of stay.>> Three people died by suspected suicide within 30 days of discharge in 2021/22, and
three in 2023/24; each death has been reviewed, and the numbers are too small to draw conclusions.
"""),
        ("value", "Value added", """
The Discharge Bridge required an additional 2.0 whole-time equivalent crisis practitioners, at a cost of
approximately £96,000 per year, funded through the trust's community mental health transformation
allocation. Each readmission avoided saves an average inpatient stay of around 30 days, and the reduction
in early readmissions releases bed capacity that would otherwise be purchased out of area.

Staff across the three services report greater confidence that people are not lost at the point of
discharge, and the practice of meeting the patient on the ward has been welcomed by crisis
practitioners.
"""),
        ("spread", "Sustainability and spread", """
The Discharge Bridge is now written into the trust's discharge policy and is monitored monthly through the
acute care pathway quality meeting. The approach has been extended to the older adults' wards and is being
adapted for the psychiatric intensive care unit. The work was presented at the regional mental health
patient safety network in 2024.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:Ward nurses, crisis practitioners and community team managers met in four joint workshops in 2022 to
map the discharge process step by step, and it was the ward nurses who identified Friday afternoon
discharges as the point at which most plans failed.>> <<S:Crisis team practitioners proposed meeting
patients on the ward before discharge and tested it on Rowan ward for three months before it was extended
to the other wards.>> <<S:Community team administrators redesigned the follow-up booking screen after
reporting that the original version did not show which clinician had met the patient on the ward.>>
<<S:Consultant psychiatrists agreed the rule on Friday and weekend discharges following discussion at the
medical staff committee, and amended it to allow exceptions where the patient and the crisis team agree.>>

Every patient leaves the ward with a copy of their own safety plan. Friends and family test comments from
discharged patients were reviewed during the project, and no changes were required. The trust's lived
experience forum received a presentation on the Discharge Bridge in 2023. It had been intended that a
peer support worker would join the project group, but the post was vacant throughout the design phase.
We plan to co-produce a revised version of the discharge information leaflet with people who have used
our wards during 2025.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I394  safer sleep for babies in families under pressure - pdf - numbered
#       questions - health visiting service lead, warm - community trust,
#       council, acute trust, baby bank charity - parents and staff involved
#       - no quantitative evidence (conversations, cots, a single audit
#       figure, deaths too few to compare, a target, an evaluation planned)
# ---------------------------------------------------------------------------
entry(
    id="I394", format="pdf", layout="numbered_questions", topic="safer_infant_sleep",
    project="independent25-everysleep-394", pdf_font="LiberationSerif", pdf_align="L",
    title="Every Sleep Safe: safer sleep conversations for babies in families under pressure",
    cover=[
        "Saltmarsh Community Health NHS Trust, 0-19 Health Visiting Service (lead)",
        "In partnership with Saltmarsh Borough Council (Children's Services, Early Help and Housing Options), Saltmarsh Hospitals NHS Trust (Maternity and Neonatal Services) and Safe Start Saltmarsh (baby bank charity)",
        "Contact: Health Visiting Service Lead, Quayside Clinic, Saltmarsh SM4 7TE",
    ],
    primary_entrant=dict(name="Saltmarsh Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Saltmarsh Borough Council", type="local_authority"),
        dict(name="Saltmarsh Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Safe Start Saltmarsh", type="charity"),
    ],
    sections=[
        ("context", "1. What was the safety issue, and why did it need a partnership?", """
Every year a small number of babies in Saltmarsh die suddenly and unexpectedly in their sleep. Each of
those deaths is reviewed by the child death overview panel, and for years the panel has been telling us
the same thing. Most of the babies died while sleeping with a parent on a sofa or in an adult bed, very
often on a night when something was different: a parent had been drinking, the family was staying with
relatives, the baby was unwell, or the family had just moved into temporary accommodation and the cot
had not come with them. Most of the parents had been given safer sleep advice by a midwife or health
visitor. It had not reached them on the night that mattered.

The panel's review of deaths between 2018 and 2021 also found that many of these families were known to
services other than health: early help workers, social workers, housing officers. Those workers were in
the home, sometimes more often than we were, but safer sleep was not seen as their business.

Every Sleep Safe has four parts. First, a short safer sleep conversation, focused on 'the night that
isn't a normal night', is held with every family by the midwife before discharge and by the health
visitor at the new birth visit, and the family makes a simple plan for those nights. Second, early help
workers, family support workers and housing officers have been trained to have the same conversation and
to ask where the baby will sleep tonight. Third, any family without a safe place for the baby to sleep
can be referred to Safe Start Saltmarsh, the local baby bank, for a free travel cot or Moses basket,
delivered within 48 hours. And fourth, Housing Options now checks that there is a cot before a family
with a baby under one moves into temporary accommodation.
"""),
        ("evidence", "2. What difference has it made?", """
Every Sleep Safe started in January 2023. In its first eighteen months:

- 2,940 families had a recorded safer sleep conversation with a midwife or health visitor

- 318 early help workers, family support workers, social workers and housing officers completed the training

- Safe Start Saltmarsh delivered 418 travel cots and Moses baskets to families referred by our partners

- every family placed in temporary accommodation with a baby under one was recorded as having a cot, according to Housing Options

An audit of health visiting records in March 2024 found that 86% of new birth visits included a written
plan for the 'night that isn't normal'. We did not audit this before the project, because the plan did
not exist.

Sudden unexpected deaths of infants are, thankfully, too rare in a borough of our size to show any
change over one or two years, and the panel has advised us not to try. Our target is that nine in ten
families with a new baby have a recorded plan by March 2025. The university's public health department
will evaluate Every Sleep Safe over five years, using the panel's data alongside the wider region's.
"""),
        ("stakeholders", "3. How were patients, families and staff involved?", """
<<P:Parents shaped Every Sleep Safe from the start.>> <<P:Safe Start Saltmarsh brought together twelve
parents who use the baby bank, including four dads and two mums who were under twenty, and they told us
that the old leaflet made them feel judged, so they helped us write the conversation as a set of
questions rather than a list of rules.>> <<P:It was the young dads who came up with the phrase 'the night
that isn't a normal night', after one of them said that everyone knows the rules, but nobody tells you
what to do when you're at your nan's and there's no cot.>>

<<P:A mother whose baby died in 2020, and who wishes to remain anonymous, read every draft and asked us to
include what to do when a baby is poorly and a parent wants to keep them close, because that was her
night.>>

<<S:Early help workers and housing officers took part in two workshops with health visitors to design the
version of the conversation they would use, and asked for it to be shorter than ours, with a single
question to start.>> <<S:Housing Options officers suggested the cot check before a move into temporary
accommodation, after telling us how often families arrived with nothing.>> <<S:Maternity support workers
on the postnatal ward tested the conversation for a month and changed the order, so that it now starts
with where the baby will sleep on the first night home.>>
"""),
        ("value", "4. What value does the project add?", """
The training was delivered by health visitors within their existing time. Safe Start Saltmarsh's cots
cost around £35 each and were funded by the council's family hubs grant and donations. The conversation
takes about ten minutes. The loss of a baby is a devastating event for a family and for everyone who knew
them, and each death leads to a long process of review for many services.

Workers who are not health staff tell us they now feel confident to talk about sleep, rather than
leaving it to someone else.
"""),
        ("spread", "5. How has the learning been shared and spread?", """
The child death overview panel has shared Every Sleep Safe with the other panels in the region, and two
neighbouring councils are training their early help teams using our materials. The 'night that isn't a
normal night' questions have been added to the regional maternity discharge checklist.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I395  hoists and slings in home care - docx - form table - PRIVATE home
#       care company is the primary entrant, with the council and a
#       community trust as partners (ineligible) - registered manager,
#       plain - staff involved - no patient involvement (clients given a
#       sling passport, families informed, a negation, a client survey that
#       changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I395", format="docx", layout="form_table", topic="home_care_hoist_slings",
    project="independent25-rightsling-395", docx_font="Arial",
    title="Right Sling, Right Size: safer hoisting for people cared for at home",
    cover_table=[
        ("Name of project", "Right Sling, Right Size: safer hoisting for people cared for at home"),
        ("Lead applicant", "Brightpath Home Care Ltd"),
        ("Partners", "Ravensby County Council (Adult Social Care and the Community Equipment Service); Ravensby Community Health NHS Trust (Community Occupational Therapy)"),
        ("Contact", "Registered Manager, Brightpath Home Care Ltd, Unit 6, Kiln Lane Business Park, Ravensby RV5 2HG"),
    ],
    primary_entrant=dict(name="Brightpath Home Care Ltd", type="private"),
    partners=[
        dict(name="Ravensby County Council", type="local_authority"),
        dict(name="Ravensby Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "What was the problem?", """
Brightpath provides home care to about 640 people in Ravensby, most of them funded by the county council.
Around 90 of our clients need a hoist to get in and out of bed, onto a commode or into a chair. Hoisting
at home is done by two carers, usually on a tight schedule, in small bedrooms, often with equipment that
was delivered months or years ago.

In 2021 we had 27 incidents involving hoists. Most were near misses, but four clients were hurt, one with a
broken arm after slipping out of a sling during a transfer. When we looked into them, nearly all came back
to the sling. Slings come in different sizes and types, and the right one depends on the person's size,
their condition and what the transfer is for. Over time people lose or gain weight, slings go missing in
the wash and get replaced with whatever is in the cupboard, and sometimes a relative buys one online. Our
carers did not always know which sling a client was meant to have, and had no way of telling whether the
sling in the house was the right one.

Slings and hoists also have to be inspected every six months under the lifting equipment regulations. The
community equipment service owns most of the hoists, but nobody was sure who was responsible for checking
slings, and many had not been checked for years.

Right Sling, Right Size brought three organisations together. The community occupational therapists
assess and prescribe the sling. The council's equipment service supplies, labels and inspects it. And our
carers use it every day and are the first to notice when something is wrong.
"""),
        ("evidence", "What results can you show?", """
We compared 2021 with 2023 using our incident reports, the equipment service's inspection records and the
occupational therapy team's review records.

<<Q:Hoist-related incidents among our clients fell from 27 to 8.>> <<Q:Injuries during hoisting went from
four clients in 2021 to one in 2023.>> <<Q:At occupational therapy reviews, slings found to be the wrong
size or type fell from about one in four to one in twenty.>>

<<Q:Slings in our clients' homes that were overdue their six-monthly inspection fell from 44% to 3%.>>
"""),
        ("stakeholders", "Who was involved and how?", """
<<S:Our senior carers and field supervisors sat down with the occupational therapists and worked out what
a carer needs to know at the bedside, which is why every sling now has a coloured tag that matches a
colour on the client's care plan.>> <<S:Carers on the early morning rounds told us that the first version
of the sling passport was kept in a folder nobody opened, so it is now a laminated card hung on the hoist
itself.>> <<S:Equipment service technicians designed the inspection labels and agreed with us that our
carers would report any sling without a current label on the same day, through a text to the equipment
service.>> <<S:Community occupational therapists changed their review form after our supervisors pointed
out that it did not ask about weight change, and a review is now triggered if a client's weight changes
by more than five kilograms.>>

Clients who use a hoist each have a sling passport in their home, which explains which sling they use.
Families are told by our office whenever a sling is changed. We did not involve clients or their families
in designing the scheme. A satisfaction survey sent to clients in 2023 included questions about hoisting,
and the answers were positive, so nothing was changed. We plan to ask the council's service user
reference group to look at the sling passport next year.
"""),
        ("value", "How does it add value?", """
The coloured tags and laminated passports cost less than £800. The equipment service's extra inspections
are part of its contract with the council. A client injured during hoisting can need hospital care, and a
fracture in a frail person may mean they never return home. Every incident also means an investigation,
time off for staff who are shaken by it and, sometimes, a safeguarding enquiry.

Our carers tell us they feel more confident and that they know they will be backed up if they refuse to
use a sling that looks wrong.
"""),
        ("spread", "How has it been shared?", """
The council has written the sling tag and the same-day reporting rule into its contracts with all home care
providers in Ravensby, so the other 23 agencies in the county are now using it. The occupational therapy
team uses the same passport for people in extra care housing. We shared the scheme at the county's care
providers' forum.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I396  safety-netting of urgent suspected cancer referrals - pdf - CAPS
#       headings - primary care network cancer care coordinator, plain -
#       primary care network, acute trust, patient participation groups'
#       network, cancer support charity - patients and volunteers involved -
#       no staff involvement (coordinators trained, reception briefed, a GP
#       cancer lead, an audit, a practice survey that changed nothing, a plan)
#       - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I396", format="pdf", layout="caps_headings", topic="urgent_cancer_referral_safety_netting",
    project="independent25-notlost-396", pdf_font="LiberationSans",
    title="NOT LOST IN THE SYSTEM: safety-netting every urgent suspected cancer referral in Millbrook",
    cover=[
        "Millbrook and Stour Primary Care Network (eight GP practices) with Stourton University Hospitals NHS Trust (Cancer Services), Millbrook Patient Participation Groups Network and Macfield Cancer Support",
        "Entry by: Cancer Care Coordinator, Millbrook and Stour PCN",
    ],
    primary_entrant=dict(name="Millbrook and Stour Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Stourton University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Millbrook Patient Participation Groups Network", type="patient_group"),
        dict(name="Macfield Cancer Support", type="charity"),
    ],
    sections=[
        ("context", "BACKGROUND", """
When a GP thinks a patient might have cancer, they make an urgent suspected cancer referral, and the
hospital should see the patient quickly. Most of the time this works. But every practice has stories of a
referral that went wrong. The referral was sent but never arrived. The hospital rejected it because a test
result was missing, and the letter saying so was filed. The patient was phoned with an appointment but did
not recognise the number and never picked up. The patient did not attend because nobody had told them the
word 'cancer', and they thought it was routine.

In our PCN of eight practices we make about 4,600 urgent suspected cancer referrals a year. In 2021 a
patient at one of our practices was diagnosed with bowel cancer eleven months after his GP referred him,
because the referral had been rejected for a missing blood test and nobody at the practice had noticed.
That case started this project.

In April 2022 the PCN set up a single safety-netting system across all eight practices. Every urgent
referral is logged by the PCN's cancer care coordinators, who check at day 7 that the hospital has booked
an appointment and at day 21 that the patient has been seen. Rejected referrals come to the coordinators
from the hospital's referral management centre on a daily list, not by letter. Patients who do not attend
are phoned by a coordinator the same week. And every patient is given a short leaflet and a text message
that explain plainly why they have been referred and what happens next.
"""),
        ("evidence", "RESULTS", """
We audited all urgent suspected cancer referrals from the PCN in 2021/22 and 2023/24.

<<Q:Referrals with no hospital appointment booked after 14 days, and no action by the practice, fell from
9% to under 1%.>> <<Q:Rejected referrals that had not been acted on by the practice a month later went
from 18 in 2021/22 to 2 in 2023/24.>> <<Q:Patients who did not attend their first appointment and had no
follow-up from the practice fell from 63% to 5%.>>

<<Q:The proportion of patients who did not attend their first appointment at all fell from 7.2% to
4.1%.>> We think the leaflet and the text explain most of this, because patients now know why the
appointment matters.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:Members of the patient participation groups from all eight practices came together in a network
meeting to look at our first draft of the leaflet and the text message.>> <<P:They told us that the word
'urgent' on its own frightened people without telling them anything, and they rewrote the text so that it
says clearly that most people referred do not have cancer but that it is important to be checked.>>
<<P:Volunteers from Macfield Cancer Support, all of whom have had cancer themselves, tested the phone
script we use for patients who did not attend, by role-playing the calls with us, and asked us to stop
opening with 'you missed your appointment'.>> <<P:One volunteer, Margaret Deane, suggested the line
'would you like someone to come with you?', and Macfield now offers a volunteer to go with anyone who
wants company.>>

The cancer care coordinators completed the cancer alliance's training programme for their role.
Reception teams in each practice were briefed on how to pass on rejected referrals. Dr Owen Fairbrother,
the PCN's GP cancer lead, oversees the system and reviews every rejected referral. The hospital's cancer
services audit team checked a sample of our logs in 2023. We sent a survey to all eight practices after
the first year, which was positive, and nothing was changed. We plan to hold a joint session with practice
and hospital staff to review the system later this year.
"""),
        ("spread", "SPREAD AND SUSTAINABILITY", """
The coordinator roles are funded through the PCN's additional roles scheme, so the system does not depend
on short-term money. Two other PCNs in the ICB area have adopted our day 7 and day 21 checks, and the
hospital now sends the daily rejected referrals list to every practice in its area that asks for it. The
leaflet has been shared with the cancer alliance for use across the region.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="value"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I397  antipsychotics for people with dementia in care homes - pdf - with
#       appendix - primary care network care home pharmacist, technical -
#       primary care network, mental health trust older people's team, care
#       homes forum - staff involved - no patient involvement (residents as
#       beneficiaries, families informed of changes, residents unable to
#       take part, a relatives' questionnaire that changed nothing, a planned
#       carers' group review)
# ---------------------------------------------------------------------------
entry(
    id="I397", format="pdf", layout="with_appendix", topic="dementia_antipsychotics_care_homes",
    project="independent25-calmerhomes-397", pdf_font="DejaVuSans", pdf_align="L",
    title="Fewer Tablets, Calmer Homes: reviewing antipsychotics for people with dementia in Greenholme care homes",
    cover=[
        "Greenholme Primary Care Network (lead) in partnership with Redmarsh Partnership NHS Foundation Trust (Older People's Community Mental Health Team) and the Greenholme Care Homes Forum",
        "Prepared by the PCN Care Home Clinical Pharmacist",
    ],
    primary_entrant=dict(name="Greenholme Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Redmarsh Partnership NHS Foundation Trust", type="nhs_trust"),
        dict(name="Greenholme Care Homes Forum", type="independent_care"),
    ],
    sections=[
        ("context", "The issue", """
Antipsychotic medicines such as risperidone, quetiapine and haloperidol are often prescribed to people
with dementia who become distressed, agitated or aggressive. For a small number of people, for a short
time, they help. But in people with dementia they roughly double the risk of stroke and increase the risk
of death, and they cause falls, sedation, stiffness and chest infections. National guidance has said for
more than a decade that they should be a last resort, used at the lowest dose for the shortest time, and
reviewed every six to twelve weeks.

Greenholme PCN covers 14 care homes with around 620 residents. When I started as the PCN's care home
pharmacist in 2021, I ran a search across our five practices. Just over one in five residents with a
dementia diagnosis were taking an antipsychotic, many had been on it for years, and most had no record of a
review. Many had been started in hospital or during a crisis, and the original reason had been lost.
Care homes were understandably reluctant to see them stopped, because they remembered what the resident had
been like before, and there was often nothing else on offer.

The programme, which started in early 2022, has three parts. I review every resident with dementia who is
taking an antipsychotic with the home's senior carer and the GP, using a structured tool. The older
people's community mental health team provides a named nurse for each home, who visits before and after
any reduction to help staff understand the resident's distress and try other approaches. And the Care
Homes Forum runs a training programme for care staff on understanding behaviour, so that homes have
something other than a tablet to reach for.
"""),
        ("evidence", "Results", """
We compared the position at the start of the programme (January 2022) with January 2024, using practice
records and the homes' own incident logs.

<<Q:Residents with dementia taking an antipsychotic fell from 21% to 11%.>> <<Q:Residents on an
antipsychotic with a documented review in the previous twelve weeks went up from 14% to 82%.>> <<Q:Falls
in the 14 homes that led to a hospital attendance fell from 88 in 2021 to 61 in 2023.>>

Of the 67 residents whose antipsychotic was reduced or stopped, 9 needed it restarted. We did not see a
rise in safeguarding referrals for aggression between residents, which the homes had been worried about.
"""),
        ("stakeholders", "Who was involved", """
<<S:Senior carers from six homes helped design the review tool, and they insisted on a section about what
the resident was like before the medicine was started, because the staff who knew were often leaving.>>
<<S:Mental health nurses from the older people's team and the care home GPs agreed together how quickly
doses should be reduced, and slowed the plan down after the first few reviews when two residents became
distressed.>> <<S:Night staff from two homes pointed out that most distress happened in the early evening,
so the mental health nurses now visit in the late afternoon instead of the morning.>> <<S:The Care Homes
Forum's training lead rewrote the behaviour course after managers said the first version was too long to
release staff for, and it is now four one-hour sessions.>>

Residents are the people who benefit from this work. Families are informed before any change to their
relative's medicine and are told who to contact if they are worried. Most residents in the programme have
advanced dementia and were not able to take part in designing it. A questionnaire sent to relatives
after the first year found that most were happy with the reviews, and nothing was changed as a result.
We hope to ask a local dementia carers' group to look at the information we give to families.
"""),
        ("value", "Value", """
The pharmacist and mental health nurse time come from existing posts. The care homes forum's training
was funded by a small grant from the ICB. The cost of the medicines themselves is small, but the cost of
what they cause is not: a stroke, a hip fracture or a chest infection in a frail resident often means an
admission and sometimes a death. Homes tell us that residents who have come off antipsychotics are more
awake, eat better and join in more.
"""),
        ("spread", "Spread", """
The review tool has been adopted by the other three PCNs in Redmarsh, and the mental health trust has
made a named nurse for each care home part of its service across the county. We have presented the work to
the regional care home pharmacists' network.
"""),
    ],
    trailer=[
        ("heading", "Appendix: abbreviations and sources"),
        ("para", "PCN: primary care network. CMHT: community mental health team. BPSD: behavioural and psychological symptoms of dementia. Antipsychotic prevalence figures are taken from practice searches of residents coded with dementia in the 14 homes; falls figures are taken from the homes' incident logs, counting only falls that resulted in an ambulance call or emergency department attendance."),
        ("para", "Contact: PCN Care Home Clinical Pharmacist, Greenholme Medical Centre, 2 Station Road, Greenholme GH7 3QB."),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I398  reduced fetal movements in women who do not speak English - docx -
#       no headings - community midwife team leader, first person - acute
#       trust, women's centre charity, maternity and neonatal voices
#       partnership, council - no flags
# ---------------------------------------------------------------------------
entry(
    id="I398", format="docx", layout="no_headings", topic="reduced_fetal_movements_language",
    project="independent25-yourbaby-398", docx_font="Georgia",
    title="Your Baby's Movements, In Your Language",
    cover=[
        "Orrell Park Hospitals NHS Trust, Community Midwifery (lead)",
        "With: Orrell Park Women's Centre; Orrell Park Maternity and Neonatal Voices Partnership; Orrell Park City Council (Interpreting and Translation Service)",
        "Written by the Community Midwifery Team Leader, North Locality",
    ],
    primary_entrant=dict(name="Orrell Park Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Orrell Park Women's Centre", type="charity"),
        dict(name="Orrell Park Maternity and Neonatal Voices Partnership", type="patient_group"),
        dict(name="Orrell Park City Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
I lead a team of community midwives in the north of Orrell Park, where about a third of the women we look
after were born outside the UK and many speak little or no English. The most common languages are Urdu,
Romanian, Arabic, Polish, Tigrinya and Pashto. Every midwife will tell you that one of the most important
things we teach in pregnancy is to know your baby's pattern of movements, and to ring the maternity unit
straight away if the movements slow down or change. A change in movements can be the first sign that a
baby is in trouble, and acting quickly can save the baby's life.

In 2021 our trust's stillbirth reviews showed a pattern that upset all of us. Women whose first language
was not English were more likely to have noticed reduced movements for a day or more before they called
anyone. When we talked to the families afterwards, some said they had not known it mattered. Others said
they had known, but did not want to ring because they would not be able to explain, or because the last
time they rang the person on the phone had asked them to call back with someone who spoke English. Our
leaflet about movements was in English only. The maternity triage line had a telephone interpreting
service, but the midwives told me that it took up to twenty minutes to connect, so in a busy shift it was
often not used.

One review stays with me. A young woman from Eritrea, expecting her first baby, noticed on a Saturday
that her baby was quieter than usual. She had been given our leaflet, in English, at 24 weeks. She did
not ring. Her husband was working nights, she did not know the number, and when she went to the GP
surgery on the Monday the receptionist could not understand her and booked her an appointment for the
Thursday. By the time she was seen by a midwife, her baby had died. When we visited her afterwards, with
an interpreter, she asked us why nobody had told her. We had told her, in a language she could not read.

I took that review to our team meeting and then to the Women's Centre, where I had been going for years
to run an antenatal drop-in. The women there were not surprised at all. They knew exactly how hard it was
to ring a hospital in a language you are still learning, and how easy it is to decide to wait and see.

Your Baby's Movements, In Your Language started in early 2022. We recorded short voice notes and videos
about baby movements in nine languages, which midwives send to women's phones at 20 weeks and again at
28 weeks. The council's interpreting service set up a direct line for the maternity triage unit, with an
interpreter answering within two minutes. The Women's Centre trained bilingual community advocates who
come to antenatal clinics and groups and talk to women about movements in their own language. And every
woman who needs an interpreter has this recorded on the front of her notes and in the triage system, so
the midwife answering the phone knows before she speaks.
"""),
        ("evidence", None, """
We compared women who needed an interpreter and gave birth in 2021 with those who gave birth in 2023.

<<Q:Calls to maternity triage from women who needed an interpreter where an interpreter was actually used
rose from 22% to 91%.>> <<Q:Among these women, the median time from first noticing reduced movements to
contacting the maternity unit fell from around two days to the same day.>> <<Q:The proportion attending
triage with reduced fetal movements at least once in pregnancy went up from 9% to 17%, which is now close
to the figure for women who speak English.>>

<<Q:The stillbirth rate for women needing an interpreter fell from 6.1 to 3.9 per 1,000 births.>> These
are small numbers and we know other things have changed at the same time, including the national
saving babies' lives programme, so we are careful about this figure. But the women are ringing us, and
ringing us earlier, and that is what we set out to do.
"""),
        ("stakeholders", None, """
<<P:None of this would have worked without the women themselves.>> <<P:Women from the Women's Centre's
English conversation classes helped us write the scripts for the voice notes, and many of them then
recorded the voice notes themselves, because they said women would listen to someone who sounded like a
friend rather than a hospital.>> <<P:A Romanian mother, Ioana, told us that in her community pregnant
women are told babies move less near the end, and asked us to say clearly in every recording that this is
not true, which we did.>> <<P:Members of the Maternity and Neonatal Voices Partnership tested the videos
on their own phones and told us they were too long, so every recording is now under two minutes.>>

<<S:Triage midwives tested the direct interpreting line for a month before it went live and asked for a
single number they could dial from the triage phone without looking it up, which the council's
interpreting service arranged.>> <<S:Interpreters who took the calls told us that some medical words
in the triage script had no direct translation, and the script was simplified with them.>> <<S:The
bilingual advocates at the Women's Centre changed how the clinic sessions are run after the first few
months, moving from a talk to small groups of two or three women, because women asked more questions
that way.>>

<<S:GP receptionists from four practices in the north locality came to one of our meetings after I told
them about the young woman from Eritrea, and they suggested a simple rule, now used in all four
practices, that any pregnant woman who mentions her baby, in any language, is put straight through to a
clinician or given the triage number on a card.>>

Even now, not every woman gets the message. But I have had women ring triage and say, in their own
language, 'I heard the voice note', and for me that is the difference.
"""),
        ("value", None, """
The recordings cost about £4,000 to produce, mostly for translation checks and a local studio. The
direct interpreting line costs the trust about £18,000 a year more than the old telephone service. The
advocates are funded by the council's public health team through the Women's Centre. A stillbirth is the
worst outcome any of us can imagine, for the family most of all, and it is also followed by a long
investigation and, sometimes, a claim.
"""),
        ("spread", None, """
We have shared the recordings with the other two trusts in our local maternity and neonatal system, who
now send them to their own women. The Women's Centre has added two more languages, Somali and Kurdish, at
the request of women in the south of the city. We have presented the work at the regional midwifery
conference and to the national maternity voices network.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I399  direct oral anticoagulant doses in general practice - pdf via soffice
#       (style headings) - ICB medicines optimisation pharmacist, measured -
#       ICB, acute trust anticoagulation service, GP federation, stroke and
#       heart support group - no flags
# ---------------------------------------------------------------------------
entry(
    id="I399", format="pdf", layout="style_headings", topic="doac_dosing_primary_care",
    project="independent25-rightdose-399", render_via="soffice", docx_font="Liberation Sans",
    title="Right Dose, Right Patient: checking direct oral anticoagulant doses across Haverleigh general practice",
    cover=[
        "Lead: NHS Haverleigh Integrated Care Board, Medicines Optimisation Team",
        "Partners: Haverleigh Royal Hospital NHS Trust (Anticoagulation Service); Haverleigh GP Federation; Haverleigh Stroke and Heart Support Group",
        "Author: Senior Medicines Optimisation Pharmacist",
    ],
    primary_entrant=dict(name="NHS Haverleigh Integrated Care Board", type="icb"),
    partners=[
        dict(name="Haverleigh Royal Hospital NHS Trust", type="nhs_trust"),
        dict(name="Haverleigh GP Federation", type="primary_care"),
        dict(name="Haverleigh Stroke and Heart Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "The problem we set out to solve", """
Direct oral anticoagulants (DOACs), such as apixaban, edoxaban and rivaroxaban, have largely replaced
warfarin for people with atrial fibrillation, and about 9,800 people in Haverleigh now take one. They do
not need regular INR blood tests, which patients and practices welcome. But they are not 'fit and forget'
medicines. The right dose depends on the person's kidney function, age, weight and other medicines, and
those things change. Too high a dose increases the risk of serious bleeding. Too low a dose, which is the
more common error, leaves the person unprotected against stroke.

In 2022 the ICB's medicines optimisation team audited DOAC prescribing in six practices. About one in
seven patients was on a dose that did not match the licensed dose for their kidney function, age and
weight, and nearly a quarter had not had a kidney function blood test in the past year. Most of the
errors were not anyone's fault in particular: the dose had been right when the DOAC was started, often in
hospital, and the person's kidneys had changed since. Some errors came from calculating kidney function
the wrong way, using the eGFR reported by the laboratory instead of the creatinine clearance the dosing
rules are based on.

Right Dose, Right Patient brought together the ICB, the hospital anticoagulation service, the GP
federation and a local support group for people who have had a stroke or have a heart condition. The
federation's pharmacists run a search in every practice each quarter for patients on a DOAC whose dose
may be wrong or whose blood tests are overdue. A dosing calculator, built by the anticoagulation service,
sits in the GP clinical system and works out creatinine clearance automatically. Patients whose dose
looks wrong are reviewed by a practice pharmacist, with advice from the anticoagulation service's advice
line for difficult cases. And every patient on a DOAC is offered an annual review, with an anticoagulant
alert card and a leaflet explaining why the review matters.
"""),
        ("evidence", "What has improved", """
We ran the same search across all 31 practices in April 2022, before the programme, and in April 2024.

<<Q:Patients on a DOAC dose that did not match the licensed dose for their kidney function, age and weight
fell from 14.2% to 4.1%.>> <<Q:Patients with no kidney function test in the previous twelve months fell
from 23% to 6%.>> <<Q:Patients on a DOAC and also taking an anti-inflammatory painkiller or another
medicine that raises bleeding risk without a documented reason fell from 610 to 240.>>

<<Q:Emergency admissions with a major bleed in people taking a DOAC fell from 96 in 2021/22 to 71 in
2023/24, while the number of people taking a DOAC went up.>> We would be cautious about how much of this
is due to the programme, but it is in the right direction and the biggest falls were in the practices
that started first.
"""),
        ("stakeholders", "Working together", """
<<P:Members of the Haverleigh Stroke and Heart Support Group told us early on that many of them did not
know why they took a blood thinner, or that the dose could change.>> <<P:Nine members tested the leaflet
and the alert card at two of their monthly meetings and asked for the card to say which DOAC they take
and when their next review is due, in big print, because that is what a paramedic or a dentist needs to
see.>> <<P:One member, Mr Eric Dunmore, who had a stroke while taking too low a dose of apixaban, spoke at
the launch event for practice pharmacists and then helped us write the part of the leaflet about why
doses change.>>

<<S:Practice pharmacists in the GP federation tested the search and the calculator in four practices for
three months and asked for the calculator to use the most recent weight recorded, because many records
held weights from years ago.>> <<S:Anticoagulation nurses at the hospital designed the advice line
process with the federation pharmacists and changed it from email to a same-day phone call after the
pharmacists said email replies were too slow.>> <<S:GPs at the federation's clinical governance meeting
agreed the rules for when a dose should be changed without waiting for a review, and added a rule for
people over 80 after discussion.>>
"""),
        ("value", "Value", """
The federation pharmacists' time is funded by the ICB at about £65,000 a year. The calculator was built by
the anticoagulation service with support from the ICB's digital team at no extra cost. An admission with
a major bleed costs several thousand pounds, and a stroke in someone who was under-dosed costs far more,
in money and in the rest of a person's life.

For patients, the card and the annual review mean someone is keeping an eye on a medicine they will
probably take for the rest of their lives.
"""),
        ("spread", "Spreading the approach", """
The search and calculator have been shared with the other two ICBs in our region, one of which has
switched the calculator on in all its practices. The anticoagulation service now uses the same calculator
on hospital wards before discharge. We presented the programme at the national primary care pharmacy
conference in 2024.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I400  people with dementia who go missing - docx - reordered (people
#       first, then background, then results, then spread and value) -
#       dementia charity service manager, chatty - charity with police,
#       council and care homes association - carers and people living with
#       dementia involved - no staff involvement (officers briefed, care home
#       staff trained, a named police lead, a survey of homes that changed
#       nothing, a planned steering group) - no quantitative evidence
#       (forms, episodes and finds as activity, a single figure, a target, an
#       evaluation planned)
# ---------------------------------------------------------------------------
entry(
    id="I400", format="docx", layout="reordered", topic="dementia_missing_persons",
    project="independent25-foundsafe-400", docx_font="Calibri",
    title="Found Safe: helping people living with dementia who go missing get home quickly",
    cover=[
        "Compass Dementia Support Sheldrake (registered charity), lead partner",
        "Together with Sheldrake Police, Sheldrake City Council Adult Social Care and the Sheldrake Care Homes Association",
        "Written by our Services Manager",
    ],
    primary_entrant=dict(name="Compass Dementia Support Sheldrake", type="charity"),
    partners=[
        dict(name="Sheldrake Police", type="emergency_service"),
        dict(name="Sheldrake City Council", type="local_authority"),
        dict(name="Sheldrake Care Homes Association", type="independent_care"),
    ],
    sections=[
        ("stakeholders", "Carers and people living with dementia came first", """
<<P:Found Safe started at one of our carers' cafés in 2022, when a woman called Pat told the group about
the night her husband Ray walked out of the house at 3am in his pyjamas and was found by a taxi driver
four miles away, and the police had asked her questions she could not answer in the state she was in.>>
<<P:Everybody round the table had a story like it, and the carers decided that something had to change,
so they asked us to talk to the police.>>

<<P:The carers' group designed our version of the Herbert Protocol form, which families fill in ahead of
time with a recent photo, the person's habits, where they used to live and work, and places they might
head for.>> <<P:They made it shorter, added a section for 'what calms him down' and 'what not to say',
and insisted it should be something you fill in over a cup of tea, not a police form.>> <<P:People living
with dementia from our Thursday Voices group tried out the small 'I may be lost' card that can go in a
coat pocket or on a lanyard, and chose the wording themselves: 'I have dementia. Please be patient and
call this number'.>>

Police officers across Sheldrake were briefed on Found Safe at their shift briefings and through the
force's intranet. Staff in the care homes that signed up had a one-hour training session from us on
filling in the forms. PC Dawn Hollis, the force's missing persons coordinator, leads the police side and
makes sure the forms are loaded onto the police system. We sent a short survey to the care homes after
the first year, which came back positive, and nothing was changed. We would like to set up a steering
group with the police, the council and the homes next year.
"""),
        ("context", "Why this matters", """
Most people living with dementia will, at some point, walk out and be unable to find their way home. Many
do it because they are looking for somewhere from their past, or because they are restless or frightened.
Most are found quickly. But a person with dementia who is missing overnight, especially in winter, is at
real risk of falls, hypothermia, traffic and the river, and some do not survive. In Sheldrake in 2021, a
man living with dementia was found dead in a field the morning after he went missing from his home.

The first hour is the most important. If the police have a recent photo and know where the person might
go, they can find them much faster. But when someone goes missing, their family or care home is usually
in a panic and cannot remember the name of the street where he grew up, or whether he has a bus pass.

Found Safe means that families and care homes fill in the Herbert Protocol form in advance and keep it in
a known place. When a person goes missing, the form is handed to the police straight away. Compass offers
help to fill in the form at every memory clinic, carers' café and home visit. The council's adult social
care teams offer it at every assessment. The police hold the forms on their system, so an officer can see
one even if the family cannot find it. And when the person is found, Compass offers the family a visit
within a week to talk about what happened and what might help next time.
"""),
        ("evidence", "What we have done so far", """
Since Found Safe started in June 2022:

1,240 families and care home residents have a completed Herbert Protocol form, and 52 care homes have
signed up to complete one for every resident with dementia.

The police have used a Found Safe form in 86 missing episodes, and all 86 people were found. Of these, 79
were found within four hours.

We have given out around 2,000 'I may be lost' cards.

Compass has carried out 71 follow-up visits to families after someone was found.

We do not have figures from before Found Safe to compare with, because the police did not record whether
a missing person had dementia in a way we could search. Our target is that every care home in Sheldrake
signs up by the end of 2025. The university's dementia research centre is going to evaluate the scheme
next year, looking at how long people were missing with and without a form.
"""),
        ("spread", "Spreading the word", """
The two neighbouring police forces have asked for our version of the form, and one is now using it. The
council has added the form to its carers' assessment. We have talked about Found Safe on local radio and
at the regional dementia action alliance meeting.
"""),
        ("value", "Value", """
The forms and cards cost about £2,500 to print, paid for by the police and crime commissioner's community
fund. Compass's time is covered by a grant from the council. A large search for a missing person with
dementia can involve dozens of officers, a helicopter and search dogs, and costs the police thousands of
pounds; anything that shortens a search saves a lot of money.

But the real value is for families. Pat says she now sleeps better knowing the form is in the drawer by
the front door.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
