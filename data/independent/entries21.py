"""Twenty-first independent evaluation set (I321..I336) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries16.py / entries17.py were
consulted, never the review pipeline, its tests or any earlier gold output.  New fictional
organisations, voices and topics (warfarin testing at home, medicines when care home
residents return from hospital, learning disability annual health checks, positive bowel
screening tests not followed up, pneumonia after surgery, fracture liaison, ambulance
handover delays, delirium and dementia, tracheostomy at home, feverish children, oral
chemotherapy in community pharmacy, lithium monitoring, hypoglycaemia call-outs, pressure
ulcers cared for by unpaid carers, medicines in home care, wrong blood in tube).  Format
and mark-up are those of the earlier sets; build it with

    .venv/bin/python data/independent/build.py --set 21   (writes data/corpus/independent21/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (a measured change in an outcome)
  <<P:sentence>>   patient / carer / family / service-user involvement
  <<S:sentence>>   staff involvement (co-design, testing, consultation, feedback acted
                   on; includes partner organisations' staff)
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are joined
with a single space.  A paragraph starting with "- " is a bullet item.

Labelling conventions (as in the earlier sets):
  * not Q: dates, financial years, bed/ward counts, headcounts, numbers trained,
    budgets and costs, phone numbers, postcodes, reference numbers, targets not yet
    reached, plans, single figures with no baseline, activity counts;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words;
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group,
    passive voice, described or named people, lived-experience roles, unusual job
    titles, list items);
  * not P/S: beneficiaries, plans and hopes, negations, unnamed "stakeholders", a
    single named lead doing their job, staff only trained or briefed, a survey after
    which nothing changed, audiences at launches and conferences, people who were
    only informed.

Flags are written by hand and cross-checked by build.py.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I321  warfarin INR testing at home for housebound patients - pdf - own
#       headings - anticoagulation nurse specialist voice - community trust,
#       hospital anticoagulation clinic, GP federation, older people's
#       charity - no flags
# ---------------------------------------------------------------------------
entry(
    id="I321", format="pdf", layout="own_headings", topic="housebound_warfarin_inr",
    project="independent21-pinprick-321", pdf_font="LiberationSans", pdf_align="L",
    title="Pinprick: same-visit warfarin testing and dosing for people who cannot leave home",
    cover=[
        "Lead entrant: Hollinbrook Community Health NHS Trust (Adult Community Nursing)",
        "With: Tarrowdale General Hospital NHS Trust, Anticoagulation Service; Tarrowdale GP Federation; Tarrowdale Later Life (charity)",
        "Entry written by the anticoagulation nurse specialist for community services - enquiries via 01632 960 214",
    ],
    primary_entrant=dict(name="Hollinbrook Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Tarrowdale General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Tarrowdale GP Federation", type="primary_care"),
        dict(name="Tarrowdale Later Life", type="charity"),
    ],
    sections=[
        ("context", "The old way, and why it was not safe", """
Warfarin is an old drug and a good one, but it is unforgiving. Too little and a clot can cause a stroke;
too much and a fall or a knock can become a bleed into the brain. Most people on warfarin go to a clinic
for a finger-prick test and leave with their new dose in their hand. People who are housebound cannot do
that, and in Tarrowdale there are around 560 of them, most in their eighties, many living alone.

Until 2022 their care worked like this. A district nurse visited and took a venous blood sample. The
sample went by courier to the hospital laboratory, sometimes the same day and sometimes the next. The
anticoagulation clinic dosed from the result and posted a letter, or phoned the patient, or phoned the
GP surgery, depending on who was on shift. A patient might go three or four days on the wrong dose before
the new instructions reached the kitchen table, and we found more than one case where the letter was read
by a relative who had a different understanding of it from the patient. Samples haemolysed in the back of
a car on a warm day and had to be repeated. The district nurses, who are the people in the house, had no
say in the dose at all.

I review every anticoagulation incident in the trust. In 2021 the same words kept appearing: 'letter not
received', 'dose changed but old dose taken', 'sample rejected', 'patient confused about which tablets'.
Two people were admitted that year with bleeds on the brain while their INR was above eight.

Pinprick replaced all of that with one visit. A district nurse or a trained community healthcare
assistant does a finger-prick INR test in the patient's home on a handheld coagulometer, enters the
result on a tablet linked to the hospital anticoagulation clinic's dosing software, and the new dose is
agreed and written into the patient's own dosing diary before the nurse leaves the house. If the result
is outside agreed limits the nurse phones a named anticoagulation practitioner at the hospital, who is
on a rota between 8am and 6pm for exactly this purpose.

It was never going to work as a project of one organisation. The patients belong to GP practices, the
nurses to the community trust, the dosing software and expertise to the hospital clinic, and, in the end,
the tablets are often put out by a daughter, a neighbour or a paid carer. Each of those people needed to
be part of the new way of working, and each organisation had to agree to let go of a piece of the old one.
The hospital clinic, in particular, had to trust community nurses to confirm a dose, which had never
happened before.
"""),
        ("evidence", "Has it made people safer?", """
The hospital's anticoagulation service compared the 412 housebound patients who were on warfarin
throughout both periods, using the dosing software's records for the twelve months before Pinprick
(2021/22) and the twelve months after it was in place across the whole district (2023/24).

<<Q:Time spent in the therapeutic range, the standard measure of warfarin control, rose from an average of
54% to 69%.>> <<Q:INR results above 5, where the bleeding risk climbs steeply, fell from 3.1 to 1.2 per 100
patient-months.>> <<Q:Emergency admissions with a bleed while on warfarin among these patients fell from
17 to 7.>>

<<Q:Incidents reported about dose instructions reaching the patient late or wrongly dropped from 23 in
2021/22 to 4 in 2023/24.>> <<Q:Repeat visits because a sample was lost, rejected or haemolysed, which used
to run at about one visit in nine, have almost disappeared, because there is no longer a sample to lose.>>

We have not seen a change in the number of strokes among these patients, which was small in both years.
"""),
        ("stakeholders", "Who made it work", """
<<S:District nurses and community healthcare assistants from the three localities tested two different
coagulometers in patients' homes for a month and chose the one that worked best in poor light and with
cold hands, which is what they meet on a January morning.>> <<S:They also wrote the one-page home testing
checklist, and it was a healthcare assistant in the Tarrow locality who suggested testing before the
patient's morning drink rather than after, which they had found gave fewer error readings.>>

<<S:Anticoagulation practitioners at the hospital agreed the limits within which a community nurse can
confirm a dose without phoning, after going through six months of past results with the district nursing
team leaders.>> <<S:Practice pharmacists from the GP federation reviewed every patient's other medicines
before they joined the scheme and flagged the antibiotics and painkillers that most often upset an INR,
which now appear as a prompt on the tablet.>>

<<P:Tarrowdale Later Life brought together nine people on warfarin and five husbands, wives and
daughters who look after them, in a church hall and then at two of their own homes, to look at what
happened when a dose changed.>> <<P:They told us the old letters used the word 'milligrams' when everyone
at home counted tablets by colour, so the dosing diary was redesigned with pictures of the brown, blue and
pink tablets, and the wording was tested with the same group.>> <<P:One gentleman who is partially sighted
asked that the nurse read the new dose aloud and that he repeat it back, and that is now part of every
visit.>>
"""),
        ("value", "Value for patients, staff and the system", """
Each coagulometer costs about £650 and test strips around £3 each. We bought 34 devices. Against that,
the laboratory no longer processes around 9,000 venous INR samples a year from housebound patients, the
courier runs have been cut, and the clinic staff no longer spend their afternoons writing and posting dose
letters.

A single admission with a bleed on the brain in a frail older person costs many thousands of pounds and
often ends in a care home or a death. <<Q:Seven rather than seventeen admissions in a year is a saving we
could not have made any other way.>>

The less visible value is time and trust. District nurses finish the visit knowing the job is done. Patients
and carers know their dose before the nurse leaves, and no longer sit by the phone waiting for a call
that may not come.
"""),
        ("spread", "Where it is going next", """
The GP federation has adopted the same devices and limits for its two largest practices' housebound lists,
which were not covered by the community trust, and the neighbouring community trust in Hollin Vale has
started a pilot on one district nursing team using our checklist and dosing diary.

We presented Pinprick at the regional anticoagulation network in 2024, and the dosing diary and checklist
are on the network's shared site for any service to use. We are also looking at whether the same approach
could help people who are switched from warfarin to newer anticoagulants, by using the home visit to check
kidney function at the same time.

Pinprick is now part of the community trust's standard anticoagulation policy, the devices are on the
trust's equipment maintenance schedule, and new district nurses are assessed on the home testing
checklist during their induction, so the scheme does not depend on any single enthusiast, including me.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I322  medicines when care home residents return from hospital - docx -
#       bullet lists - ICB care home pharmacist voice - registered care
#       providers' association as partner - no patient involvement (residents
#       as beneficiaries, relatives sent a letter, a residents' meeting told,
#       a relatives' survey that changed nothing, a plan, "at the centre")
# ---------------------------------------------------------------------------
entry(
    id="I322", format="docx", layout="bullet_lists", topic="care_home_discharge_medicines",
    project="independent21-carehomemeds-322", docx_font="Calibri",
    title="Same Day, Right Dose: medicines for care home residents coming back from hospital",
    cover=[
        "Lead: NHS Kestrel Vale Integrated Care Board - Medicines Optimisation in Care Homes team",
        "Partners: Kestrel Vale University Hospitals NHS Trust (Pharmacy) / Kestrel Vale County Council (Adult Social Care) / Kestrel Vale Registered Care Association",
        "Contact: Lead Pharmacist, Care Homes - ICB headquarters, Kestrel House, KV4 7TN",
    ],
    primary_entrant=dict(name="NHS Kestrel Vale Integrated Care Board", type="icb"),
    partners=[
        dict(name="Kestrel Vale University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Kestrel Vale County Council", type="local_authority"),
        dict(name="Kestrel Vale Registered Care Association", type="charity"),
    ],
    sections=[
        ("context", "Context - what was going wrong", """
The moment a resident comes back to a care home from hospital is one of the riskiest in their whole
stay. Their medicines have usually changed. The discharge letter may arrive later than they do, or not at
all. The home's medicines administration record still shows the old regime. If the resident arrives at
7pm on a Friday, the nearest person who can sort it out may not be available until Monday.

Kestrel Vale has 131 care homes and about 4,300 residents. In 2021/22 our team reviewed 200
consecutive returns from the acute hospital and found:

- in 37% of returns at least one medicine was omitted, given at the wrong dose or continued after it had been stopped in hospital, in the first 72 hours back at the home

- the discharge summary reached the home before or with the resident in only about half of cases

- new medicines such as antibiotics and anticoagulants were often not supplied, or supplied without the home knowing why

- homes rang the GP surgery, the ward and the hospital pharmacy in turn, and each thought another was responsible

What we did, in short:

- a dedicated 'care home discharge' step on the hospital's electronic discharge system, which cannot be completed until the summary has been sent electronically to the home's secure email

- a hospital pharmacy technician who checks every care home discharge before the resident leaves and phones the home with the changes

- a same-day medicines reconciliation by the ICB's care home pharmacy team for every resident who returns, using the home's records and the discharge summary together

- a shared escalation route, agreed by the council and the homes, for when the medicines do not arrive

Why a partnership:

- the problem crossed every organisational boundary: the hospital writes the discharge, the care home gives the medicines, the GP holds the long-term record and the council commissions and inspects the homes

- no single organisation could fix it alone, and each had, at different times, tried
"""),
        ("evidence", "Evidence of improvement", """
We repeated the 200-return review in 2023/24 using the same definitions and the same two reviewers.

- <<Q:returns with at least one omitted, wrong or stopped-but-continued medicine in the first 72 hours fell from 37% to 12%>>

- <<Q:discharge summaries received by the home before or with the resident rose from 51% to 94%>>

- <<Q:the median time from return to the home to a completed medicines reconciliation fell from 4 days to the same day>>

- <<Q:readmissions within 30 days where a medicines problem was recorded as a contributing factor fell from 41 in 2021/22 to 19 in 2023/24>>

Activity, which we report separately from results:

- 2,870 reconciliations completed in 2023/24

- every one of the 131 homes has signed up to the escalation route

- the technician post is now permanent
"""),
        ("stakeholders", "Stakeholder engagement", """
Who helped to design and test it:

- <<S:care home managers and senior carers from eleven homes, who mapped a typical return step by step at a workshop hosted by the Registered Care Association and showed us that the real gap was the evening and weekend, not the working day>>

- <<S:ward clerks on the two elderly care wards, who pointed out that the home's email address was often missing from the hospital system, and now check and update it at admission>>

- <<S:hospital pharmacy technicians, who trialled the pre-discharge phone call for six weeks and rewrote its script twice so that it covers only what has changed>>

- <<S:the council's care home quality officers, who drafted the escalation route with home managers and tested it during two bank holiday weekends>>

Residents and families:

- residents are at the centre of this work, because they are the people who are harmed when medicines go wrong

- relatives were sent a letter from each home explaining the new arrangements

- the scheme was explained at residents' meetings in several homes

- a survey of relatives in 2023 had 88 replies, mostly positive, and did not lead us to change anything

- we plan to ask a small group of residents and relatives to review the discharge information in 2025
"""),
        ("value", "Value", """
- the technician post and extra pharmacist time cost about £96,000 a year, shared between the ICB and the trust

- each readmission avoided saves a hospital bed for a week or more, and a frail resident from a further move

- GP practices tell us they receive far fewer urgent calls about discharge medicines on Monday mornings

- homes no longer have to chase three organisations for one answer

- staff in care homes told us they feel less exposed when a resident comes back late on a Friday, because they know someone will check the medicines that day
"""),
        ("spread", "Spread and sharing", """
- the community hospital wards run by the local community trust adopted the same discharge step in 2024

- the regional medicines optimisation network has shared our reconciliation template with six other ICBs

- the escalation route is now part of the council's contract with every care home in the county
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I323  learning disability annual health checks - docx - no headings -
#       self-advocacy charity lead, written with a self-advocate - no staff
#       involvement (practice staff trained by self-advocates, receptionists
#       sent a briefing, a single named liaison nurse, a practice survey that
#       changed nothing, a hoped-for forum)
# ---------------------------------------------------------------------------
entry(
    id="I323", format="docx", layout="no_headings", topic="learning_disability_health_checks",
    project="independent21-ldhealthchecks-323", docx_font="Verdana",
    title="Check In, Not Checked Off: making annual health checks count for people with a learning disability",
    cover=[
        "Entered by Speak Up Brennock (a user-led charity run by and for people with learning disabilities)",
        "Working with Brennock and Sallow Primary Care Collaborative, Brennock Community Healthcare NHS Trust (Community Learning Disability Team) and Brennock Borough Council",
        "Written by our manager, Alison, and our chair, Dev, who is a self-advocate",
    ],
    primary_entrant=dict(name="Speak Up Brennock", type="charity"),
    partners=[
        dict(name="Brennock and Sallow Primary Care Collaborative", type="primary_care"),
        dict(name="Brennock Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Brennock Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
We want to start with Dev's words, because this project began with him. 'I went for my health check and
the nurse weighed me and asked if I was alright and I said yes and that was it. Nobody asked about my
fits. Nobody looked in my ears. I was in and out in ten minutes.' A year later Dev was in hospital with
an ear infection that had gone into the bone, and he had been deaf on one side for months without
anyone noticing.

Everyone with a learning disability aged 14 and over is supposed to be offered an annual health check
by their GP. People with a learning disability die, on average, many years younger than everyone else,
and a lot of those deaths are from things that could have been picked up early: constipation that turns
into a blocked bowel, chest infections from food going down the wrong way, epilepsy that is not
controlled, cancers found late because screening was never offered. The health check is meant to be the
safety net.

<<P:In Brennock, checks were being done, but when our members talked about them at our Tuesday group, most
of the stories were like Dev's.>> The invitation letter was hard to read. The appointment was short. Nobody
asked what they found difficult. There was no plan at the end, or if there was, nobody gave them a copy.
Some members had never had a check at all because they did not know they were on the register, or they
were not on it.

So in 2022 we asked the GP collaborative, the community learning disability team and the council to work
on it with us. What changed is fairly simple. Every practice now uses the same easy-read invitation. The
appointment is at least forty-five minutes, split between the nurse and the GP. A short 'about me'
form is filled in before the appointment, by the person or with their supporter, so the nurse knows what
matters. Every check ends with a health action plan written in plain words, with a copy for the person
and, if they want it, their supporter. And the register is checked against the council's list of people
who get learning disability support, so that people are not missed.

Dev wants us to say something about why this is about safety, not just about being nice. 'If you don't
find out what's wrong, people die,' he says. He is right. Our members have been to too many funerals of
friends who were in their forties and fifties. When we read the local reviews of deaths of people with a
learning disability, the same things come up: a bowel problem nobody spotted, a chest infection nobody
linked to swallowing, a lump nobody looked for. The health check is one of the few times a year when a
clinician is asked to look at the whole person, and we wanted it to be done properly.
"""),
        ("evidence", None, """
The collaborative's data team pulled the figures from all 19 practices for 2021/22, before the changes,
and for 2023/24.

<<Q:The proportion of people on the learning disability register who had a health check went up from 58%
to 79%.>> <<Q:Checks that ended with a written health action plan went from 22% to 81%.>> Matching the register
with the council's records added 214 people to it, many of them adults who had been missed for years.

<<Q:Emergency admissions for constipation, bowel obstruction and aspiration pneumonia among people on the
register fell from 46 in 2021/22 to 29 in 2023/24.>> We know that one year's figures can go up and down,
so we will keep watching this.

We also looked at what was in the health action plans, because a plan is only useful if it leads to
something. In 2023/24 the most common actions were a referral for a hearing test, a review of epilepsy
medicines, a referral to the dietitian, and, for a lot of people, being offered cancer screening for the
first time with the adjustments they needed. Those are exactly the things our members told us were being
missed.

The forms also told us things the numbers do not. In the first year, 63 people said on their 'about me'
form that they were scared of needles, and 40 said they found the waiting room too noisy.
"""),
        ("stakeholders", None, """
<<P:Our members designed the easy-read invitation themselves over four Tuesday sessions, choosing the
pictures and cutting out every word they did not like, and they tested it by posting it to each other
and seeing who could work out what to do.>> <<P:They also wrote the 'about me' form, and it was Dev who
insisted on the question 'What do you want the nurse to know that nobody ever asks?'>>

<<P:A mum whose son has profound and multiple learning disabilities told us that the check was no use
to him unless someone who knew his signs of pain was in the room, so the invitation now asks who the
person wants to bring.>> <<P:Three of our members went along to their own practices as mystery patients
in the first months and reported back on what happened, and after they said the waiting rooms were
too loud, practices started offering the first or last appointment of the day.>>

Practice nurses and GPs from all 19 practices went to a half-day training session. <<P:Our members
planned and delivered part of that session themselves, acting out a good and a bad health check and then
answering questions from the nurses and GPs.>> Reception teams were sent a written briefing about the new
invitation and the longer appointment. The learning disability liaison nurse at the community trust,
Joanne Pryce, led the trust's side of the work and kept the register matching up to date. We sent a
questionnaire to all the practices after the first year; most said the changes were working and we did not
change anything because of it. We would like to set up a forum where practice staff and our members can
meet regularly, and hope to start it next year.
"""),
        ("value", None, """
The project did not cost a great deal. The collaborative paid for the longer appointments out of its
enhanced services budget, the council paid Speak Up Brennock £18,500 a year for our members' time, and
the trust's liaison nurse already existed. A single emergency admission for bowel obstruction can mean a
week or more in hospital and an operation, and people with a learning disability are more likely to have
a long and difficult stay.

There is also a saving that is harder to see. When a health check is done properly, problems are picked
up while they are still small. A hearing aid fitted this year is a lot cheaper than a year of someone
becoming withdrawn and being referred to a psychiatrist because nobody realised they could not hear.
Our members can tell you plenty of stories like that.

But the value we care about is that people now come out of their check knowing what happens next. Dev
says the best thing is being given the plan: 'it's mine, I can show it to my support worker and she
can't say she didn't know.' For families it means somebody is finally looking at the whole person.
"""),
        ("spread", None, """
The easy-read invitation and the 'about me' form have been adopted by the other two primary care
collaboratives in the county, and the regional learning disability network put them on its website. Our
members have presented the work at two regional events and at the council's learning disability
partnership board. Next year we are working with the local hospital's learning disability nurses to see
whether the health action plan can travel with the person when they are admitted.

We want to be honest about what has not worked as well. Some practices still book the check in a
standard fifteen-minute slot and then try to split it over two visits, which does not suit everyone.
People who live in residential care homes are less likely to have a health action plan they can read,
because the plan is often sent to the home manager instead. And there are still people on the council's
list who have never had a check, usually because they have said no in the past and nobody has asked
again. These are the things we are working on now.

Dev gets the last word, because he always does in our meetings: 'It's not about ticking boxes. It's about
checking in. That's why we called it that.'
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I324  positive bowel screening tests not followed up - pdf - form table -
#       Welsh health board, formal report voice of the screening
#       colonoscopy service manager - no flags
# ---------------------------------------------------------------------------
entry(
    id="I324", format="pdf", layout="form_table", topic="bowel_screening_followup",
    project="independent21-bowelscreen-324", pdf_font="DejaVuSans",
    title="Not in the Drawer: following up people who do not act on a positive bowel screening result",
    cover_table=[
        ("Title of entry", "Not in the Drawer: following up people who do not act on a positive bowel screening result"),
        ("Lead organisation", "Glaslyn Valley University Health Board (Screening Colonoscopy Service, Ysbyty Glaslyn)"),
        ("Partner organisations", "Cambria Screening Programmes (national screening service); Glaslyn North and Glaslyn South Primary Care Clusters; Tarian Cancer Support (charity)"),
        ("Category entered", "Best Partnership Solution Improving Patient Safety"),
        ("Lead contact", "Screening Colonoscopy Service Manager, tel. 01970 555 214"),
    ],
    primary_entrant=dict(name="Glaslyn Valley University Health Board", type="nhs_board"),
    partners=[
        dict(name="Cambria Screening Programmes", type="public_other"),
        dict(name="Glaslyn North and Glaslyn South Primary Care Clusters", type="primary_care"),
        dict(name="Tarian Cancer Support", type="charity"),
    ],
    sections=[
        ("context", "1. Background and patient safety objectives", """
The bowel screening programme posts a faecal immunochemical test (FIT) kit to every eligible person aged
51 to 74 in the health board area. A positive result means blood has been found in the stool sample, and
the person is invited to a telephone assessment with a specialist screening practitioner and then, in
most cases, a colonoscopy. Around one in ten people with a positive result who go on to colonoscopy are
found to have a cancer, and many more have polyps that would become cancers if left.

In 2021 a review of cancers diagnosed through emergency presentation in Glaslyn Valley identified
several patients who had received a positive screening result one or two years earlier and had not
attended for assessment. The programme had followed its standard procedure: a letter, a reminder letter
and a letter to the GP. Nothing further happened. One patient's daughter later found both letters, unopened,
in a kitchen drawer, which gave the project its name.

Glaslyn Valley covers a population of approximately 390,000, ranging from the former industrial towns of
the lower valley to remote upland farms more than an hour's drive from the endoscopy unit. Around one in
five residents speak Welsh as their first language. Uptake of bowel screening was already lower in the
most deprived communities, and the review suggested that the same communities were also less likely to act
on a positive result, which meant that the programme's benefit was least where the need was greatest.

The national programme and the health board each believed the other was responsible for people who did
not respond. General practices received the notification letter but, in the absence of any agreed action,
filed it. No organisation held a list of these people.

The objectives of the project were to ensure that every person with a positive FIT result in Glaslyn
Valley is contacted by a person rather than only by letter; that nobody is lost to follow-up without a
clinician reviewing the case; and that the reasons for non-attendance are understood and addressed.

The model adopted was a navigator service. Two specialist screening practitioners, working part-time as
navigators, receive a weekly list from Cambria Screening Programmes of every person in the health board
area who has not responded to a positive result within fourteen days. The navigator telephones each
person, up to three times at different times of day, and if there is no answer, asks the person's
general practice to make contact. Where there is still no response after six weeks, the case is reviewed
by a consultant gastroenterologist, who decides with the GP whether any further action is appropriate.
People who are anxious about the procedure are offered a home visit from a Tarian Cancer Support volunteer,
and transport is arranged for people who cannot otherwise reach the unit.
"""),
        ("evidence", "2. Evidence of improved patient safety", """
The evidence below compares the 18 months before the project (April 2020 to September 2021) with the 18
months after it was fully implemented (April 2022 to September 2023). Figures were produced by the
screening programme's information team from the national screening database.

<<Q:The proportion of people with a positive FIT result who did not attend for assessment or colonoscopy
fell from 14.2% to 5.8%.>> <<Q:The median time from positive result to colonoscopy fell from 31 days to
19 days.>> <<Q:Among people from the most deprived fifth of the health board's population, non-attendance
after a positive result fell from 22% to 9%, which narrowed the gap with the least deprived areas
considerably.>>

Of the 96 people who were initially non-responders in the second period and were contacted by the
navigators, 61 went on to have a colonoscopy, and nine cancers and 27 people with high-risk polyps were
found among them. We cannot say what would have happened to these individuals otherwise, and we report
these as findings rather than as a measure of change.

The reasons recorded by the navigators for initial non-response were, in order of frequency: not having
understood the result, fear of the procedure or the bowel preparation, caring responsibilities, work, and
transport. Fewer than one in ten people contacted declined colonoscopy altogether once they had spoken to
a navigator. Those who declined were offered a discussion with a consultant, and their GP was informed.
"""),
        ("stakeholders", "3. Involvement of patients, service users, carers and staff", """
<<P:Tarian Cancer Support carried out conversations with 23 people who had not acted on a positive result,
some at home and some by telephone, and their reasons shaped the entire project: fear of cancer, fear of
the bowel preparation, not being able to take time off work, caring for someone else, and, for a
surprising number, not having understood that the letter meant anything was wrong.>> <<P:Following
those conversations the invitation letter was rewritten with four of those interviewed, and is now sent
in Welsh and English on the same page rather than as two separate letters.>>

<<P:A member of Tarian's patient panel, who had herself ignored a positive result for a year, helped
to train the navigators and still joins their team meeting once a quarter.>>

<<S:Specialist screening practitioners and endoscopy nurses designed the telephone navigation script
together, and they changed it after the first month to lead with the offer of help rather than the
clinical explanation.>> <<S:Practice managers and receptionists from both clusters agreed a single action
on receiving a non-response notification, a phone call from a named person in the practice, and they
wrote the short script that reception teams now use.>> <<S:Cluster pharmacists suggested offering a
bowel preparation review to people worried about their other medicines, and this has been built into the
navigator call.>>

<<S:Booking clerks in the endoscopy unit pointed out that many people contacted by the navigators were
then offered an appointment by letter, which risked losing them again, and at their suggestion the
navigator now books the appointment during the same call using a protected set of slots.>>
"""),
        ("value", "4. Value added", """
The two part-time navigator posts cost approximately £52,000 per year, funded by the health board's
cancer improvement fund, with Tarian providing volunteer time. A cancer found through screening at an
early stage is usually treated with an operation alone; the same cancer found as an emergency often means
major surgery, chemotherapy and a poorer chance of survival. The cost to the NHS of treating late-stage
bowel cancer is several times that of early-stage disease.

The project has also given general practices a clear and simple role for the first time, and has given
the screening programme a partner on the ground who knows the local community.

The navigators' work has also produced information that the health board did not previously hold about
why people do not take up screening colonoscopy. This is now used by the board's screening engagement
team to plan outreach in the communities with the lowest uptake, and by Cambria Screening Programmes in the
design of its national materials.
"""),
        ("spread", "5. Spread and sustainability", """
Cambria Screening Programmes has adopted the navigator model in two further health boards, and the
bilingual letter is now used across the national bowel screening programme. The approach has been
presented to the national screening committee and at a UK bowel screening conference. The navigator posts
have been made permanent from April 2024.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I325  pneumonia after major surgery - docx - rubric headings with a cover
#       table - consultant physiotherapist and university voice - hospital,
#       university, community dental service, patient partners - no flags
# ---------------------------------------------------------------------------
entry(
    id="I325", format="docx", layout="rubric_headings", topic="postoperative_pneumonia",
    project="independent21-postoppneumonia-325", docx_font="Cambria",
    title="Sit Up, Breathe, Brush: preventing pneumonia after major surgery",
    cover_table=[
        ("Entry title", "Sit Up, Breathe, Brush: preventing pneumonia after major surgery"),
        ("Lead organisation", "Ashcombe Teaching Hospitals NHS Foundation Trust (Surgery and Critical Care Division)"),
        ("Partners", "University of Ashcombe, School of Health and Rehabilitation Sciences  |  Weirside Community NHS Trust (Community Dental Service)  |  Ashcombe Patient Partners"),
        ("Entry prepared by", "Consultant Physiotherapist, Surgery, with the university's senior lecturer in respiratory care"),
    ],
    primary_entrant=dict(name="Ashcombe Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Ashcombe", type="public_other"),
        dict(name="Weirside Community NHS Trust", type="nhs_trust"),
        dict(name="Ashcombe Patient Partners", type="patient_group"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
Postoperative pneumonia is one of the most common and most serious complications of major abdominal,
thoracic and orthopaedic surgery. Patients who develop it are several times more likely to die within 30
days, stay in hospital roughly a week longer and are more likely to need readmission to critical care.
Much of it is preventable. The evidence for simple measures is strong: getting patients upright and
moving early, regular deep breathing and coughing exercises, and good mouth care to reduce the bacteria
that are aspirated into the lungs.

At Ashcombe, a review of our surgical outcomes in 2021 showed a postoperative pneumonia rate well above
that of comparable trusts. The elements of prevention existed on paper but were delivered
inconsistently. Physiotherapists saw patients once a day if they had time, usually on the first or second
day after surgery. Toothbrushes were often not available, and mouth care was not recorded. Patients who
arrived from theatre with a nasogastric tube or oxygen were frequently left lying flat.

Our goal was to reduce postoperative pneumonia in adult inpatients after major elective and emergency
surgery by making prevention everybody's job rather than a physiotherapy task. The partnership brought
together the hospital's surgical wards, the university's respiratory research group, which designed the
evaluation, the community dental service, which trained ward teams in mouth care and supplied the
equipment, and Ashcombe Patient Partners, our lay involvement group.

The bundle has three parts. Sit up: every patient is sat out of bed or, if that is not possible, sat
fully upright on the evening of surgery or the next morning, and walked twice on day one. Breathe: every
patient is taught, before surgery where possible, a short routine of deep breaths and supported coughs,
to be done every waking hour, with a prompt card by the bed. Brush: every patient has their own toothbrush,
toothpaste and mouthwash, and mouth care is offered and recorded twice a day.

The reason for including a university in a ward-based improvement project is worth explaining. Previous
attempts at Ashcombe to introduce early mobilisation had been launched with enthusiasm and had faded
within a year, partly because nobody could show whether they had made a difference. This time we wanted a
robust evaluation from the beginning, with a clear definition of pneumonia applied by people who were not
part of the clinical team, so that the results would persuade sceptical surgeons and the trust board
alike. The university's researchers also brought an understanding of how behaviour change works, which
shaped the design of the prompt card and the way the bundle was introduced on each ward.
"""),
        ("evidence", "Evidence of improvement", """
The university's team collected data on all adult patients having major surgery on the six participating
wards for twelve months before the bundle (2021/22, 2,140 patients) and twelve months after (2023/24,
2,305 patients), using a standard definition of postoperative pneumonia agreed with the microbiology and
radiology departments.

<<Q:Postoperative pneumonia fell from 6.8% of patients to 3.1%.>> <<Q:Unplanned admissions to critical care
for respiratory failure after surgery fell from 38 to 17.>> <<Q:Patients sat out of bed by the end of the
first day after surgery rose from 41% to 83%.>> <<Q:Recorded mouth care twice a day went from almost
nothing, 6% of patient-days, to 72%.>>

<<Q:The average length of stay after major surgery fell by 1.4 days.>> The university team has adjusted
these figures for age, type of surgery and frailty, and the fall in pneumonia remains significant after
adjustment. A paper describing the evaluation has been submitted to a peer-reviewed journal.

The improvement was not even across all wards. The two wards caring mainly for emergency general surgery
patients, who are older and sicker and arrive without a pre-operative assessment, improved more slowly,
and their rate of sitting out on the first day is still lower than on the elective wards. We are now
testing a version of the breathing routine taught in the emergency department and the surgical assessment
unit for these patients.
"""),
        ("spread", "Spread and sharing of good practice", """
The bundle began on six wards and has now been adopted on all fourteen of the trust's adult surgical
wards, including the orthopaedic unit at Weir Hospital. The university has built the bundle into the
pre-registration physiotherapy and nursing curricula, so that every student on placement at Ashcombe
learns it.

We presented the work at the national surgical outcomes conference and to our regional patient safety
collaborative, which has funded two other trusts to test it. The prompt card, mouth care guide and data
collection tool are freely available from the trust's website.
"""),
        ("value", "Value added", """
The bundle costs around £2.10 per patient in mouth care equipment and printed materials. Physiotherapy
staffing has not increased; instead, the physiotherapists now spend more of their time teaching and less
of their time delivering exercises that patients can do themselves. The university's health economist
estimated the saving from fewer pneumonias, shorter stays and fewer critical care admissions at around
£640,000 in the first year.

For patients, the value is fewer complications and a faster recovery. Many say they feel more in control
of their recovery, because they have been given something they can do for themselves.
"""),
        ("stakeholders", "Involvement of patients, carers and staff", """
<<P:Ashcombe Patient Partners recruited eight people who had recently had major surgery, two of whom had
developed pneumonia, to a design group that met four times.>> <<P:They found the original breathing
exercise leaflet too long and too medical, and the prompt card now by every bed uses their wording:
'Three big breaths, hold, one strong cough, every hour you are awake.'>> <<P:A patient partner who had
had a bowel resection suggested that patients be shown the exercises at the pre-operative assessment
clinic, when they are not in pain and can take it in, and this is now routine.>>

<<S:Healthcare assistants, including bank HCAs who regularly work on the surgical wards, tested the mouth
care record over a month and told us that a separate chart would never be completed, so mouth care is now
a single tick box on the existing comfort round.>> <<S:Dental nurses from the community dental service
worked alongside ward staff on shift to show them how to clean the mouth of a drowsy patient, and they
changed the mouth care kit after ward teams said the foam swabs supplied at first were not good
enough.>> <<S:Porters and theatre recovery nurses helped us design a 'sit up on arrival' routine, so that
patients are positioned upright as soon as they reach the ward rather than waiting for a nurse to be
free.>>

All nursing and physiotherapy staff on the participating wards attended a one-hour teaching session.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I326  fracture liaison after a first fragility fracture - pdf - numbered
#       questions - GP federation lead, GP with a special interest voice -
#       no quantitative evidence (numbers identified and assessed, a single
#       treatment figure with no baseline, a target, an evaluation planned)
# ---------------------------------------------------------------------------
entry(
    id="I326", format="pdf", layout="numbered_questions", topic="fracture_liaison_service",
    project="independent21-fractureliaison-326", pdf_font="LiberationSerif",
    title="Break the Chain: finding and treating people after their first fragility fracture",
    cover=[
        "Lead entrant: Pellworth GP Federation (on behalf of its 23 member practices)",
        "Partners: Pellworth Royal Hospital NHS Trust - Emergency Department, Fracture Clinic and Radiology; Bone Health Pellworth (local osteoporosis charity)",
        "Contact: GP with a special interest in musculoskeletal medicine, Pellworth GP Federation, 01632 960 388",
    ],
    primary_entrant=dict(name="Pellworth GP Federation", type="primary_care"),
    partners=[
        dict(name="Pellworth Royal Hospital NHS Trust", type="nhs_trust"),
        dict(name="Bone Health Pellworth", type="charity"),
    ],
    sections=[
        ("context", "1. What patient safety issue did you address, and why?", """
A broken wrist in a woman of sixty-five is treated as a nuisance. It is put in plaster, it heals, and she
is discharged from fracture clinic. What very often does not happen is that anyone asks why a fall from
standing height broke a bone. A fragility fracture like that is one of the strongest warning signs there is
for a hip fracture in the years that follow, and a hip fracture in later life is a serious and often
life-changing event: around a quarter of people die within a year and many never go home.

Treatment to strengthen bones and reduce falls is cheap, effective and widely available. The problem is
finding the people who need it. In Pellworth there was no fracture liaison service. The hospital treated
the fracture; the GP received a discharge letter that mentioned the fracture but not the bones; and the
patient assumed that if anything needed doing, someone would have said so. When I searched our practices'
records in 2021 for people who had broken a hip, more than half had had an earlier fracture on record, and
almost none of them had been assessed for osteoporosis at the time.

Break the Chain is a fracture liaison service shared between general practice and the hospital. Every
X-ray report of a fracture in a person over fifty is flagged by the radiology system. A fracture liaison
nurse employed by the federation and based in the hospital reviews every flagged patient, offers an
assessment by telephone or in person, arranges a bone density scan where needed and writes a treatment
recommendation to the GP. Practice pharmacists then start treatment and follow it up at three months and
one year, which is where many people stop their tablets.
"""),
        ("evidence", "2. What evidence is there of improved patient safety?", """
The service started in September 2022. In its first eighteen months it identified 1,140 people over fifty
with a new fracture, of whom 870 were assessed. Bone density scans were arranged for 512 people.

Of the people for whom treatment was recommended, 62% were taking it at the one-year review. Our target is
80%, which is the standard set by the national fracture liaison guidance, and we have not reached it yet.

Before the service began nobody was recording whether people with a fragility fracture were assessed or
treated, so there is no earlier figure to compare against. Hip fractures take several years to reflect a
change in treatment, and it is too early to look for an effect. The University of Pellworth's primary care
research unit has agreed to evaluate refracture rates over five years, starting in 2025.

What we can say is that the people who were previously invisible are now being found. Every new fracture in a
person over fifty now generates a task in the federation's system that somebody is responsible for
closing.
"""),
        ("stakeholders", "3. How have you involved patients, carers and staff?", """
<<P:Members of Bone Health Pellworth's support group, most of them women who had been diagnosed with
osteoporosis only after a second or third fracture, helped us write the first letter that patients
receive, and they asked us to remove the word 'osteoporosis' from the opening paragraph, because it made
people think they were being told they were old.>> <<P:They also suggested that the telephone assessment
should be offered in the evening for people who work, and it now is, two evenings a week.>>

<<P:The husband of a woman who had died after a hip fracture, having broken her wrist three years earlier,
spoke to the first steering group meeting and afterwards joined it as a lay member.>>

<<S:Reporting radiographers and radiologists agreed the wording of the automatic fracture flag and
tested it on a month of real reports before it went live, removing fractures from major trauma that
would otherwise have swamped the nurse.>> <<S:Practice pharmacists helped design the three-month
follow-up call, and they changed it after the first fifty calls to ask about side effects before asking
whether the tablets were being taken, because people were more honest that way.>> <<S:Physiotherapists from
the hospital falls team now see the fracture liaison nurse's list every week and offer a falls assessment
to anyone at high risk, an arrangement they proposed themselves.>>
"""),
        ("value", "4. What value has been added?", """
The fracture liaison nurse post, a part-time administrator and the bone density scans together cost about
£148,000 a year, funded by the ICB through the federation. A hip fracture costs the NHS and social care
well over £20,000 in its first year, not counting the loss of independence. The service needs to prevent
only a small number of hip fractures each year to pay for itself.

The value for general practice is that a recommendation arrives ready to act on, rather than a discharge
letter that leaves the GP to work it out. For the hospital, the fracture clinic now has somewhere to send
people.
"""),
        ("spread", "5. How has the initiative been shared or spread?", """
The neighbouring federation in Oxley has asked for our protocols and is planning a similar service. We
have shared the radiology flag with the regional imaging network, and Bone Health Pellworth has taken our
patient letter to the national osteoporosis charity's network of local groups. I have spoken about the
service at the regional primary care conference.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I327  harm while waiting for ambulance handover - pdf - CAPS headings -
#       ambulance service lead, head of clinical quality (paramedic) voice -
#       no patient involvement (patients as beneficiaries, feedback cards
#       that changed nothing, families informed, a lay post to be recruited)
# ---------------------------------------------------------------------------
entry(
    id="I327", format="pdf", layout="caps_headings", topic="ambulance_handover_delays",
    project="independent21-handover-327", pdf_font="LiberationSans",
    title="HELD AT THE DOOR: keeping patients safe while they wait to be handed over at hospital",
    cover=[
        "PRIMARY ENTRANT  Western Moors Ambulance Service NHS Trust",
        "PARTNERS  Carrowby General Hospital NHS Trust  |  NHS Carrowby and Dene Integrated Care Board",
        "Contact: Head of Clinical Quality (Registered Paramedic), Western Moors Ambulance Service, Unit 7, Moorgate Business Park, CR3 9LX",
    ],
    primary_entrant=dict(name="Western Moors Ambulance Service NHS Trust", type="ambulance_trust"),
    partners=[
        dict(name="Carrowby General Hospital NHS Trust", type="nhs_trust"),
        dict(name="NHS Carrowby and Dene Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Two kinds of patient are harmed when ambulances queue outside an emergency department. The first is the
person on the stretcher in the back of the vehicle, who may wait hours on a narrow trolley, without a
toilet, with a crew who are not able to give hospital treatment. The second is the person at home who has
called 999 and is waiting for an ambulance that is stuck in the queue.

In winter 2021/22 Carrowby General was one of the most delayed hospitals in our region. Crews regularly
waited three, four or even six hours to hand over. We reviewed every incident reported by our crews
about patients waiting at Carrowby that winter and found pressure damage, falls getting on and off
stretchers, missed medicines including insulin and Parkinson's drugs, and three patients whose condition
deteriorated in the vehicle without the hospital knowing they were there. At the same time, our
category 2 response times across the Carrowby area, which include strokes and heart attacks, were among
the worst in the service.

Everybody knew that the long-term answer lay in the flow of patients through the hospital. But we could
not wait for that. Held at the Door is a set of changes agreed by the ambulance service, the hospital and
the ICB to make the wait itself safer and shorter. It includes a staffed ambulance receiving area inside
the department, run by hospital nurses with support from our clinicians, where up to eight patients can
be handed over and cared for while they wait for a cubicle; a 45-minute maximum handover agreed by both
chief executives, with a clear escalation when it is breached; a shared electronic list so the ED can
see every patient waiting outside; and a 'fit to sit' assessment so that patients who can safely sit in
a chair are moved from stretchers.

We were clear from the start that this would not be a project that simply moved the queue from the car
park into a corridor. <<S:Corridor care has its own dangers, and the hospital's nurses were rightly worried
about being asked to look after more patients with no more staff.>> The receiving area therefore has a
fixed capacity, its own nurse in charge and its own equipment, including a commode, oxygen, suction and a
resuscitation trolley, and the agreement between the chief executives states what happens when it is
full: the hospital's site team opens an escalation area on a ward, and our crews are released regardless.

The partnership is governed by a weekly handover call, chaired in turn by the ambulance service's
locality manager and the hospital's deputy chief operating officer, at which every handover of more than
an hour in the previous week is reviewed. The ICB attends, holds both organisations to the agreement, and
funds the overnight staffing of the receiving area.
"""),
        ("evidence", "THE RESULTS", """
We used our own computer-aided dispatch data for handover times and response times, and the hospital's
incident reporting system together with our own for harm. The comparison is between winter 2021/22
(November to March) and winter 2023/24.

<<Q:The average time from arrival at Carrowby to handover fell from 74 minutes to 38 minutes.>> <<Q:Hours
lost by ambulance crews waiting beyond the national 15-minute standard fell from just over 19,000 to about
7,600 across the two winters.>> <<Q:The share of patients who waited more than an hour to be handed over
went from roughly one in three to one in ten.>>

<<Q:Incidents of harm to patients waiting outside, such as pressure damage, falls and missed time-critical
medicines, fell from 61 to 14.>> <<Q:Our mean category 2 response time for the Carrowby area improved
from 52 minutes to 34 minutes, the best winter figure for the area in five years.>>

We still have bad days. On the worst day of the 2023/24 winter, 11 crews were held for more than two
hours. But those days are now the exception, and everyone knows what to do when they happen.

We also looked at what happened to the patients who were moved from stretchers to chairs under the 'fit to
sit' criteria, because that was the change that worried clinicians most. In 2023/24, 2,180 patients were
moved to chairs in the receiving area. The ED reviewed every patient who was moved back to a trolley
within an hour, 41 in all, and found no case in which the move to a chair had caused harm.
"""),
        ("stakeholders", "WHO TOOK PART", """
<<S:Paramedics and emergency care assistants from Carrowby station spent two evenings with ED nurses and
consultants walking the route from ambulance bay to cubicle, and it was the crews who spotted that the old
triage desk sat behind a set of doors that a stretcher could not get through without two people.>>
<<S:Our hospital ambulance liaison officers, the HALOs, designed the shared electronic list with the ED
nurse in charge and insisted that it show how long each patient had been waiting in real time.>>

<<S:The 'fit to sit' criteria were drawn up by paramedic practitioners and ED consultants together, and
they tested them against a month of real patients before anyone was moved to a chair.>> <<S:Clinicians in
our clinical hub, who manage the 999 calls that are waiting, asked for a direct line to the ED
coordinator, which now exists, so they can tell the hospital which calls are queued in the community.>>
<<S:Hospital porters and ED healthcare assistants suggested where the receiving area should go, and moved
it after the first fortnight to a bay closer to the toilets.>>

Patients are the reason for all of this. We ask patients for feedback through cards handed out by crews;
the comments were generally positive about the staff and nothing in the scheme was changed as a result.
Families phoning to ask where a relative is are now told how long the wait is likely to be. The ICB is
recruiting a lay member to its urgent care board, and we expect that person to take an interest in this
work.
"""),
        ("value", "THE VALUE", """
Every hour a crew spends outside a hospital is an hour they cannot spend answering a 999 call. <<Q:The 11,400
crew hours released across one winter are the equivalent of around 950 twelve-hour ambulance shifts.>>
The hospital has staffed the receiving area from its existing establishment, with the ICB paying for two
extra nurses overnight, at about £310,000 a year.

The value to the patient waiting at home is an ambulance that arrives sooner. The value to the patient on
the stretcher is a toilet, a drink, their medicines and a nurse who knows they are there.

There is a value for staff as well. Our crews used to end a twelve-hour shift having attended three
patients because they spent eight hours outside one hospital. Sickness absence among crews based at
Carrowby station has been a concern for several years, and crews tell us that being able to get back on
the road is the single biggest thing that has improved their working lives. ED nurses say that they no
longer dread walking past a line of ambulances, knowing they cannot help the people inside.
"""),
        ("spread", "SPREADING IT", """
The receiving area model and the 45-minute agreement have been adopted at the two other acute hospitals
in the ICB's area. NHS England's regional urgent and emergency care team has used our 'fit to sit'
criteria in its handover guidance, and our HALOs have visited three other ambulance services to explain
how the shared list works.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I328  delirium in people living with dementia - docx - reordered
#       (stakeholders first) - dementia nurse consultant and a carer
#       co-author - hospital, dementia charity, council - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I328", format="docx", layout="reordered", topic="delirium_dementia_carers",
    project="independent21-delirium-328", docx_font="Georgia",
    title="Someone Who Knows Me: carers and staff spotting delirium together",
    cover=[
        "Larkfield University Hospitals NHS Trust - lead",
        "Dementia Together Larkfield (charity) - partner",
        "Larkfield City Council, Carers' Support Service - partner",
        "Written by the Trust's Nurse Consultant for Older People and Dementia, with Margaret Ellery, carer and volunteer",
    ],
    primary_entrant=dict(name="Larkfield University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Dementia Together Larkfield", type="charity"),
        dict(name="Larkfield City Council", type="local_authority"),
    ],
    sections=[
        ("stakeholders", "How we did it together", """
We have put this section first because it is the heart of the project. Margaret cared for her
husband Ron for nine years. When Ron was admitted to Larkfield with a chest
infection in 2021 he became acutely confused on his second night, climbed over the bed rails and broke his
hip. Margaret had told the nurse on admission that Ron 'goes funny' when he has an infection and that the
first sign is that he starts picking at his clothes. Nobody wrote it down.

<<P:Margaret and eleven other carers recruited through Dementia Together met with ward nurses and doctors
over three months to design what we now call the 'Know Me' card: six questions, in carers' own words,
about the person's normal self and the early signs that something is wrong.>> <<P:They chose the
questions, tested the card on their own relatives' admissions and threw out two versions before
settling on the one now used on every adult ward.>> <<P:Carers also asked for the right to stay outside
visiting hours when the person they look after is confused, and that is now written into the Trust's
visiting policy.>>

<<S:Ward clerks were the surprise of the project: it was the ward clerks on two elderly care wards who
offered to ask for the 'Know Me' card at the point of admission, because they are the first person most
families speak to, and they now do this across the hospital.>> <<S:Housekeepers and healthcare
assistants on the pilot wards told us that they were often the first to notice a change in a patient
but did not feel it was their place to say, and together with the ward sisters they devised the 'one
word' handover, where anyone can tell the nurse in charge 'different' and it will be checked.>>
<<S:Occupational therapists and the older people's medicine consultants rewrote the delirium screening
prompt in the electronic record so that it now shows the 'Know Me' answers alongside the screening
question.>>

<<P:Carers from the council's carers' support service trained alongside staff on the pilot wards, telling
their own stories at the start of each session, and their feedback changed the training: the original
version spent too long on the causes of delirium and too little on what to do about it.>>
"""),
        ("context", "Why it mattered", """
Delirium is a sudden change in a person's thinking and awareness, usually caused by an illness, a
medicine, pain, constipation or dehydration. People living with dementia are at much higher risk of it in
hospital. It is dangerous: it leads to falls, to people not eating or drinking, to longer stays, to
moves into care homes and to a higher risk of dying. It is also, very often, missed, because a confused
person with dementia is assumed to be 'just their dementia'.

Larkfield admits around 4,000 people with a known diagnosis of dementia each year. Our 2021 audit on the
elderly care wards found that only a quarter of them had been screened for delirium in the first 48 hours,
and falls, unplanned use of sedating medicines and complaints from families were all concentrated in this
group. The people best placed to notice that someone is not themselves are those who know them well: their
families and carers. The hospital was not asking them.

Carers had been telling us this for years, through complaints and through the Dementia Together helpline,
and the charity's advisers heard the same account again and again: nobody on the ward had asked what the
person was normally like. The council's carers' service heard the same stories, and was supporting carers who were exhausted by sitting with a confused relative on a ward at
night because they were frightened of what would happen if they left.
"""),
        ("evidence", "What changed", """
We compared the six pilot wards in 2021/22 and 2023/24 using the Trust's audit data and incident
reporting system.

<<Q:Delirium screening within 48 hours of admission for people with dementia rose from 24% to 77%.>>
<<Q:Falls among patients with dementia fell from 11.2 to 7.6 per 1,000 occupied bed days.>> <<Q:Use of
antipsychotic medicines for agitation on these wards halved between the two years.>>

<<Q:Complaints from families about the care of a relative with dementia fell from 34 to 12.>> The 'Know Me'
card was completed for around seven in ten patients with dementia on the pilot wards in 2023/24.

<<Q:Average length of stay for patients with dementia on the pilot wards fell from 14.1 days to 12.3
days.>> We cannot attribute all of this to the project, because discharge arrangements also changed over
the period, but the ward teams believe that recognising delirium earlier has meant fewer people spending
days recovering from a fall or from sedation.
"""),
        ("value", "The difference it makes", """
The 'Know Me' card costs almost nothing to print. Dementia Together's carer coordinator, who recruits and
supports the carers involved, is funded by the council at about £27,000 a year. A fall with a hip fracture
in hospital costs tens of thousands of pounds and often means the person never goes home.

Margaret puts the value more simply: 'I want the nurse at three in the morning to know what I know about
Ron. That's all.' For staff, the card and the 'one word' handover have given permission to trust what
they notice, and families feel listened to instead of treated as visitors.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I329  tracheostomy and laryngectomy safety at home - pdf - two column -
#       tracheostomy clinical nurse specialist voice - hospital, ambulance,
#       community trust, neck breathers' group - no quantitative evidence
#       (register size, flags created, carers trained, a zero with no
#       baseline, 999 calls as activity, an audit planned)
# ---------------------------------------------------------------------------
entry(
    id="I329", format="pdf", layout="two_column", topic="community_tracheostomy_safety",
    project="independent21-trachyhome-329", pdf_font="LiberationSans",
    title="Airway Home: tracheostomy and laryngectomy safety outside hospital",
    cover=[
        "Harbridge University Hospitals NHS Foundation Trust (lead)  /  East Fenmoor Ambulance Service NHS Trust  /  Harbridge Community NHS Trust  /  Neck Breathers Harbridge (support group)",
        "Submitted by the Tracheostomy Clinical Nurse Specialist on behalf of the Airway Home steering group",
    ],
    primary_entrant=dict(name="Harbridge University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="East Fenmoor Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Harbridge Community NHS Trust", type="nhs_trust"),
        dict(name="Neck Breathers Harbridge", type="patient_group"),
    ],
    sections=[
        ("context", "The risk", """
A person with a tracheostomy breathes through a tube in the front of the neck. A person who has had a
laryngectomy breathes through a hole in the neck, called a stoma, and no longer has any connection
between the mouth and the lungs. If either becomes blocked, or if the tube falls out, the person can die
within minutes. And if a paramedic who has never met a neck breather tries to give oxygen by a face mask,
or to put a breathing tube through the mouth, it will not work.

In Harbridge about ninety people live at home with a tracheostomy or laryngectomy. Most are looked after
by their families, with support from district nurses. In 2021 I was asked to review an incident in which
a laryngectomy patient collapsed at home, his wife called 999 and the crew, not realising he could not be
ventilated through his mouth, spent several minutes giving oxygen to his face. He survived, but it was
close. When I went looking, I found that the ambulance service had no way of knowing which addresses had
a neck breather, that families had been given emergency training once, on the day of discharge, and
that spare tubes and suction equipment were sometimes out of date or missing.

Airway Home brings together the hospital's tracheostomy team, the ambulance service, district nursing
and Neck Breathers Harbridge. Every patient now goes home with a bedhead sign showing their airway and
what to do in an emergency, a grab bag of equipment checked monthly by the district nurse, and an
address flag on the ambulance service's dispatch system that tells the crew, before they arrive, that
the patient is a neck breather.

The partners also agreed a simple rule for hospital discharge: nobody goes home with a tracheostomy or
laryngectomy until the tracheostomy team has confirmed that the grab bag is complete, the family has been
trained at home or on the ward with their own equipment, the district nursing team has accepted the
referral, and the ambulance flag is live. Before 2022 there was no such checklist and discharges often
happened on a Friday afternoon when none of this could be arranged.
"""),
        ("evidence", "What we can show so far", """
There are now 87 people on the Airway Home register, and every one of them has a bedhead sign, a grab bag
and an ambulance address flag. Since 2022, 214 family members and paid carers have completed hands-on
emergency training at home, and 61 ambulance clinicians have attended a practical session at the hospital.

The ambulance service recorded 41 emergency calls to people on the register in 2023. In each of these the
crew received the address alert before arriving. We know of no airway incidents at home involving a
person on the register in 2023, but we did not record such incidents before the project began, so we
cannot say whether this is a change.

Our aim is that every family has a refresher session every six months, and at present about half have
had one. A full audit of grab bags and training records across the register is planned for spring 2025,
and the ambulance service has agreed to review the records of every call to a neck breather over the same
period.
"""),
        ("stakeholders", "The people behind it", """
<<P:Neck Breathers Harbridge has around forty members, and several of them took part in designing the
bedhead sign, which went through five drafts at their monthly meetings.>> <<P:It was a member, a retired
engineer with a laryngectomy, who insisted that the sign should show a picture of the stoma as well as
words, because, as he put it, 'no one reads in a crisis'.>> <<P:Family carers told us that the one-off
discharge training left them frightened rather than confident, so the training was changed to be done in
their own home, with their own equipment, and repeated.>>

<<S:District nurses helped design the monthly grab bag check and asked for a simple tick list that fits
inside the lid of the bag.>> <<S:Paramedics from the ambulance service's clinical education team worked
with the tracheostomy nurses on a practical session for crews, and it was a paramedic who suggested the
address flag should also tell the call handler, so that the right advice is given over the phone while
the ambulance is on its way.>> <<S:Speech and language therapists reviewed how to communicate with a
person who has no voice and added a card of simple yes and no signals to the bedhead sign.>>
"""),
        ("value", "Why it matters", """
The bedhead signs and grab bags cost around £60 per patient. The nurse time for home training is met from
existing posts. A single airway emergency that ends in a hypoxic brain injury or a death is a catastrophe
for a family, and the cost to the NHS of long-term care after a brain injury runs to hundreds of thousands
of pounds.

Families tell us they sleep better. A wife said to me that the sign on the wall 'is like having you in the
house'.
"""),
        ("spread", "Spreading the word", """
East Fenmoor Ambulance Service has extended the address flags to the two other acute trusts in its area,
and the bedhead sign has been shared through the national tracheostomy safety network. Neck Breathers
Harbridge has taken the sign to its sister groups in the region.

The hospital's emergency department now uses the same bedhead sign on its resuscitation bays whenever a
neck breather is admitted, so that the same picture follows the person from home to ambulance to hospital.
We are also working with the two local hospices, which care for a growing number of people with
tracheostomies at the end of life, to include their patients on the register.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I330  safety-netting for feverish children - docx - numbered questions -
#       GP federation lead, paediatric nurse practitioner voice - no staff
#       involvement (clinicians trained, receptionists briefed, a named
#       clinical lead, a staff survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I330", format="docx", layout="numbered_questions", topic="febrile_child_safety_netting",
    project="independent21-feverchild-330", docx_font="Calibri",
    title="Know What to Look For: safety-netting for feverish children across general practice and the children's emergency department",
    cover=[
        "Lead entrant: Orrell Valley GP Federation",
        "Partners: Mersham and Orrell Hospitals NHS Trust (Paediatric Emergency Department); Orrell Borough Council (Family Hubs)",
        "Author: Advanced Nurse Practitioner (Paediatrics), Orrell Valley GP Federation",
    ],
    primary_entrant=dict(name="Orrell Valley GP Federation", type="primary_care"),
    partners=[
        dict(name="Mersham and Orrell Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Orrell Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Q1. Context: what was the patient safety problem?", """
Most children with a fever have a virus and get better on their own. A small number have sepsis,
meningitis or a urinary infection that needs treatment quickly, and in the early hours these children can
look almost exactly the same as the others. That is why 'safety-netting' matters so much in children's
care: telling parents clearly which signs mean they must come back, and how urgently.

Our federation's practices see around 28,000 consultations a year for children under five, a large share
of them for fever. In 2021 the children's emergency department at Mersham reviewed every child admitted
with serious bacterial infection and found that several had been seen by a GP or nurse practitioner in
the previous two days. In most of those cases the notes said little more than 'safety-netting advice
given', and the parents did not remember being told anything specific. Some parents had been told to 'come
back if worried', and then waited because they did not want to waste anyone's time.

Know What to Look For gives every practice and the children's emergency department the same approach: a
traffic-light card for parents, the same card available as a short video in six community languages, a
text message sent after the appointment with a link to the card, and a standard template in the GP
record so that the safety-netting given is recorded in the same way by everyone.

We also wanted to tackle the reluctance of many parents to come back. In our area more than a quarter of
families speak a language other than English at home, and many parents, especially those new to the
NHS, worry about being seen as 'time-wasters'. The card says plainly, in the first line, that coming back
with a child who is getting worse is always the right thing to do. The same message is now printed on the
wall of every practice waiting room and in the children's emergency department.
"""),
        ("evidence", "Q2. What evidence is there of improvement?", """
We audited 50 consultations for feverish children under five in each of the 16 practices before the
programme (autumn 2021) and again two years later (autumn 2023).

<<Q:Consultations with specific, recorded safety-netting advice rose from 31% to 88%.>> <<Q:In a survey
of parents at the children's emergency department, the share who said they knew which signs meant they
should come back rose from 45% to 84%.>>

<<Q:Among children admitted to Mersham with serious bacterial infection, the number who had been seen in
primary care in the previous 48 hours without any recorded safety-netting fell from 9 out of 14 in 2021 to
2 out of 11 in 2023.>> The numbers are small and we present them cautiously, but they point the right way.
"""),
        ("stakeholders", "Q3. How were patients, carers and staff involved?", """
<<P:Parents shaped every part of the card.>> <<P:We held four sessions at family hubs across Orrell with
around thirty mums, dads and grandparents, and they told us that the first draft, based on national
guidance, was too wordy and used words like 'mottled' and 'lethargic' that many did not understand.>>
<<P:The final card uses their words, such as 'won't wake up properly' and 'skin looks patchy or blue', and
the pictures were chosen by them.>> <<P:Parents who speak Urdu, Polish, Romanian, Bengali, Arabic and
Tigrinya recorded the video versions themselves, after they said a voice they recognised would be
trusted more than a professional narrator.>>

All GPs, nurse practitioners and practice nurses in the federation, 146 clinicians in total, completed a
one-hour training session on the template and the card. Reception teams were briefed so that they can give
the card to parents at the desk. The federation's clinical lead for children, Dr Aisha Malik, led the
project and reported to the federation board each quarter. We sent a short survey to practice staff after
six months; responses were positive and no changes were made. We plan to set up a staff reference group
when we extend the approach to older children.
"""),
        ("value", "Q4. What value has been added?", """
The card, the videos and the text message link cost about £14,000 to produce, paid by the council's
public health budget. The template in the GP system was built by the federation's IT team in existing
time. A single missed case of meningitis or sepsis in a child can lead to lifelong disability or death,
and to a claim running into millions of pounds.

Parents tell us the card gives them confidence both to stay at home with a child who is getting better and
to come back quickly when things change. That is exactly the balance safety-netting is supposed to strike.

There is value for the children's emergency department too. Because parents and GPs are using the same
card, the department's nurses can ask 'which colour is your child today?' and get a meaningful answer,
and the department's discharge advice now uses the same card, so that a family leaving hospital hears the
same words they heard at their GP surgery.
"""),
        ("spread", "Q5. How has the initiative been spread?", """
The card and videos are now handed out by the council's health visitors and family hub staff, and by the
NHS 111 service covering our area. The neighbouring GP federation adopted the template in 2024. We have
shared the materials with the regional children's health network, which has put them on its website.

Next year we hope to add versions of the video in Somali and Portuguese, and to test whether the
text message link can be sent automatically by the NHS 111 service after a call about a feverish child.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I331  oral anticancer medicines in community pharmacy - docx - form table -
#       PRIVATE pharmacy group is the primary entrant (ineligible) -
#       superintendent pharmacist voice - no patient involvement (patients
#       counselled, informed by letter, a satisfaction survey that changed
#       nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I331", format="docx", layout="form_table", topic="oral_chemotherapy_community_pharmacy",
    project="independent21-oralchemo-331", docx_font="Arial",
    title="Cycle Check: safer dispensing of oral chemotherapy in community pharmacies",
    cover_table=[
        ("Entry title", "Cycle Check: safer dispensing of oral chemotherapy in community pharmacies"),
        ("Name of entrant organisation", "Calloway Pharmacy Group Ltd (38 community pharmacies across South Meriden)"),
        ("Sector", "Independent / private sector (NHS community pharmacy contractor)"),
        ("Partner organisation(s)", "Brightwater Teaching Hospitals NHS Trust, Oncology Pharmacy; South Meriden Cancer Alliance"),
        ("Submitted by", "Superintendent Pharmacist, Calloway Pharmacy Group - 0121 496 0773"),
    ],
    primary_entrant=dict(name="Calloway Pharmacy Group Ltd", type="private"),
    partners=[
        dict(name="Brightwater Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="South Meriden Cancer Alliance", type="public_other"),
    ],
    sections=[
        ("context", "Describe the patient safety issue and your goals", """
More and more cancer treatment is taken as tablets at home. Oral chemotherapy drugs such as capecitabine
are given in cycles, for example two weeks on and one week off, at doses calculated for the individual
patient, and they are every bit as toxic as the drugs given on a chemotherapy day unit. An overdose, or
a cycle taken without the planned break, can cause severe diarrhoea, mouth ulcers, infection and death.

Many patients collect these medicines from their community pharmacy, on a prescription written by the
hospital or sometimes by their GP. Until 2022 the community pharmacist usually had no information about
the regimen: no cycle dates, no indication of whether the dose had been reduced after side effects, and
no way of knowing whether the oncologist had stopped treatment. A national alert had warned about this
gap some years earlier, but little had changed locally.

In 2021 our pharmacies reported four incidents involving oral chemotherapy, including one in which a
patient was dispensed a full-dose supply of capecitabine two weeks after the hospital had reduced the dose,
and was admitted with severe toxicity. That incident led us to approach Brightwater's oncology pharmacy
team and the cancer alliance.

Our goal was that no oral chemotherapy prescription would be dispensed in a Calloway pharmacy unless the
pharmacist could see the current treatment plan and had confirmed the cycle dates and dose.

We also wanted to make sure that patients were never sent away without their medicine because of our
checks. A delay of a day or two in starting a cycle is not usually dangerous, but a patient who is turned
away and does not come back is a different matter. The scheme therefore includes an agreed response time
from the hospital's oncology pharmacy helpline of two hours during the working day.
"""),
        ("evidence", "What evidence do you have of improvement?", """
Cycle Check has three parts: the hospital's oncology pharmacy shares a one-page treatment plan for every
patient who uses one of our pharmacies, through a secure email route; each pharmacy has a named accredited
pharmacist for oral chemotherapy, who checks every prescription against the plan; and any discrepancy is
resolved with the oncology pharmacy helpline before anything is handed out.

We compared the twelve months before Cycle Check (2021/22) with the second year after (2023/24), using
our dispensing records and incident reports, and the hospital's records of emergency admissions with
toxicity.

<<Q:Oral chemotherapy prescriptions dispensed without the pharmacist being able to confirm the current
regimen fell from 27% to 2%.>> <<Q:Dispensing errors and near misses involving oral chemotherapy that
reached the checking stage fell from 19 to 3.>> <<Q:Discrepancies between the prescription and the
treatment plan that were caught before the medicine was handed out rose from 6 to 41, which we regard as
the system working as it should.>>

Emergency admissions with toxicity from oral chemotherapy among our patients were too few in either year
for a meaningful comparison.

In the same period the number of patients collecting oral chemotherapy from our pharmacies grew from
around 140 to 230, reflecting the wider move of cancer treatment into the community.
"""),
        ("spread", "How has the project been shared or spread?", """
The cancer alliance has asked the other two acute trusts in South Meriden to adopt the treatment plan
template, and two independent pharmacy groups have joined the scheme. We presented the work at the
national community pharmacy conference in 2024 and the template is available from the alliance website.
"""),
        ("value", "What value does the project add?", """
Cycle Check required no new posts. The accredited pharmacists completed the national oral chemotherapy
module in their own time, which the company funded. The hospital's oncology pharmacy estimates that
sending the plans takes about four hours of technician time a week. An admission with severe
chemotherapy toxicity can mean a week or more in hospital, often in a side room because of infection risk.

For the oncology team, the value is a community partner who can spot a problem before the patient does.

For our pharmacists, the scheme has changed oral chemotherapy from the prescription they most dreaded to
one they feel equipped to handle. The cancer alliance has also gained, for the first time, a reliable way
of knowing which community pharmacies are dispensing these medicines, which it did not have before.
"""),
        ("stakeholders", "How were staff, patients and carers involved?", """
<<S:Community pharmacists and dispensing assistants from eight of our branches piloted the checking
process for three months and simplified the paperwork, reducing the checklist from fourteen items to
six.>> <<S:Oncology pharmacists and chemotherapy nurses at Brightwater designed the one-page treatment
plan with our accredited pharmacists, and after the pilot they added a box showing the date of the next
clinic appointment, at our pharmacists' request.>> <<S:Our delivery drivers pointed out that they had no
way of knowing whether a bag contained chemotherapy, and a purple sticker is now used so that drivers
hand these bags only to the patient or a named carer.>>

Patients receiving oral chemotherapy are counselled by the accredited pharmacist at their first
collection. Patients and carers were informed of the new arrangements by letter from the hospital. A
satisfaction survey was completed by 74 patients in 2023 and the results were very positive; no changes
were made as a result. We intend to invite patients to help review the counselling materials next year.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I332  lithium monitoring shared between mental health services and
#       general practice - pdf via soffice (style headings) - consultant
#       psychiatrist voice - mental health trust, ICB, pathology network,
#       bipolar peer support charity - no quantitative evidence (register
#       size, tests booked, a single audit figure with no baseline, a target,
#       an evaluation planned)
# ---------------------------------------------------------------------------
entry(
    id="I332", format="pdf", layout="style_headings", topic="lithium_monitoring",
    project="independent21-lithium-332", render_via="soffice", docx_font="Liberation Serif",
    title="Levels: safer lithium monitoring shared between mental health services and general practice",
    cover=[
        "Harnmoor Partnership NHS Foundation Trust (lead entrant)",
        "In partnership with NHS Harnmoor Integrated Care Board, Harnmoor and Ebb Pathology Partnership and Level Ground (bipolar peer support charity)",
        "Entry prepared by a consultant psychiatrist and the Trust's chief pharmacist",
    ],
    primary_entrant=dict(name="Harnmoor Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="NHS Harnmoor Integrated Care Board", type="icb"),
        dict(name="Harnmoor and Ebb Pathology Partnership", type="nhs_service"),
        dict(name="Level Ground", type="charity"),
    ],
    sections=[
        ("context", "Background", """
Lithium remains one of the most effective treatments for bipolar disorder and reduces the risk of
suicide. It is also a drug with a narrow margin between a helpful and a toxic blood level. Levels can
rise quickly with dehydration, a stomach bug, or a new prescription for a common painkiller or blood
pressure tablet, and lithium toxicity can cause confusion, fits, kidney damage and death. Over the
longer term, lithium affects the kidneys and thyroid, so blood tests every three to six months are
essential.

In Harnmoor about 1,260 people take lithium. Some are under the care of our community mental health
teams; most are looked after by their GP, with the original prescription started by a psychiatrist
years ago. Responsibility for the blood tests was often unclear. A 2021 review by the Trust's
medicines safety group found people who had gone more than a year without a level, results that had been
sent to the psychiatrist who had discharged the patient, and two admissions with lithium toxicity after a
GP had started an anti-inflammatory painkiller without knowing about the lithium, because it had been
recorded only in the mental health record.

Levels is a shared register and recall system. Everyone taking lithium in Harnmoor is on a single list
held by the pathology partnership's results system, which sends a reminder text when a test is due,
flags any overdue test to the responsible clinician, and phones any level above the safe range to both
the GP and the mental health team on the same day. Each person has a 'lithium passport', a small booklet
that records their levels, and the GP record now carries a prominent alert about interacting medicines.

We chose to build the register inside the pathology partnership's system because that is the one place
where every lithium level in Harnmoor ends up, whoever asked for it. It also meant that the register could
work the same way for every practice, regardless of which GP computer system it used, and that the
same-day phone call for a high level could be made by the laboratory staff who see the result first.
"""),
        ("evidence", "Evidence of impact", """
The register went live in June 2023. By the end of March 2024 it held 1,248 people, each with a named
responsible clinician. The system sent 3,910 reminder texts and flagged 406 overdue tests in that period.

An audit in March 2024 found that 71% of people on the register had had a lithium level in the previous
six months. Our target, agreed with the ICB, is 95% by March 2025. We were not able to produce a reliable
equivalent figure for the period before Levels, because tests requested by GPs and by the Trust were held
in separate systems that could not be matched.

The pathology partnership phoned 37 levels above the safe range to both clinicians on the day of the
result. We have asked the ICB's analytics team to look at admissions with lithium toxicity and at kidney
function among people on the register, and expect their first report in late 2025.
"""),
        ("stakeholders", "Involvement", """
<<P:Members of Level Ground, a peer support charity run by people living with bipolar disorder, met with
the project team five times and designed the lithium passport.>> <<P:They asked for space to record how
they were feeling alongside each level, because, in the words of one member, 'the number only matters if
you know what was going on that week', and the passport has a column for this.>> <<P:Two members tested
the reminder texts on their own phones for a month and changed the wording so that the messages do not
mention lithium or mental health on a locked screen.>>

<<S:Community mental health nurses and GP practice pharmacists agreed between them who is the responsible
clinician for each person, working through the list practice by practice over three months.>>
<<S:Biomedical scientists at the pathology partnership and the Trust's pharmacists designed the same-day
phone call protocol and tested it on a sample of historical results before it went live.>> <<S:Practice
receptionists told us that patients often turned up for a lithium test at the wrong time of day, and the
reminder text now says that the test should be twelve hours after the evening dose.>>
"""),
        ("value", "Value", """
The register was built within the pathology partnership's existing results system at a cost of about
£22,000, paid by the ICB. Each admission with lithium toxicity typically means several days in hospital,
sometimes in intensive care, and may cause lasting kidney damage. For people taking lithium, the value is
knowing that someone is keeping track, and being able to see their own results over time.

The project has also clarified a relationship that was vague for years. GPs and psychiatrists now know,
for every patient, which of them holds the responsibility.

For the pathology partnership, the register should also cut duplicate testing, because a GP and a
psychiatrist will no longer both request a level in the same week without knowing about each other.
"""),
        ("spread", "Spread", """
The ICB has asked us to use the same register approach for people taking clozapine who are looked after
in primary care. The lithium passport has been shared with Level Ground's national network, and we
presented Levels at the regional medicines safety forum in 2024.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I333  follow-up after a 999 call for severe hypoglycaemia - docx - bold
#       headings - diabetes specialist nurse voice - hospital diabetes
#       service, ambulance service, primary care networks - NO evidence
#       section; measured changes sit in the value section (so no
#       no_quantitative_evidence flag) - no patient involvement (people
#       referred, a leaflet left with them, phone calls as care, a planned
#       panel)
# ---------------------------------------------------------------------------
entry(
    id="I333", format="docx", layout="bold_headings", topic="hypoglycaemia_ambulance_followup",
    project="independent21-hypofollowup-333", docx_font="Calibri",
    title="After the Hypo: a next-day call for people treated at home by paramedics for severe low blood sugar",
    cover=[
        "Castlebrook and Aire NHS Foundation Trust - Diabetes and Endocrinology (lead)",
        "Northern Shires Ambulance Service NHS Trust - partner",
        "Castlebrook Primary Care Networks (North, Central and Aire Valley) - partner",
        "Contact: Lead Diabetes Specialist Nurse, Inpatient and Community Diabetes Team",
    ],
    primary_entrant=dict(name="Castlebrook and Aire NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Northern Shires Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Castlebrook Primary Care Networks", type="primary_care"),
    ],
    sections=[
        ("context", "The safety problem", """
When someone on insulin or a sulphonylurea tablet has a severe hypo, a family member or passer-by often
rings 999. Paramedics treat the low blood sugar with glucose or an injection of glucagon, the person
recovers, and in most cases they stay at home rather than going to hospital. That is the right decision
for the night. The trouble is what happens next. Until 2022, the crew left a copy of the patient record,
and that was usually the end of it. The GP might receive a notification days later. The diabetes team
did not hear at all.

A severe hypo is a warning. The person may be on too much insulin, may have changed their eating, may
have kidney problems that make their tablets last longer, or may have lost the ability to feel a hypo
coming. Without a review, the same thing often happens again, and the next time it may be at the wheel of
a car or alone at night. When we looked at ambulance records for 2021 we found people who had been
attended by crews four, five, even nine times for severe hypos in a single year, with no contact from a
diabetes specialist in between.

After the Hypo is simple. Every time a Northern Shires crew treats a severe hypo in the Castlebrook area
and the person stays at home, the crew sends an electronic referral from the patient record to a shared
inbox run by our community diabetes nurses. A diabetes specialist nurse phones the person within one
working day, reviews their medicines and blood sugar records, adjusts insulin where needed, and arranges a
face-to-face review for anyone at high risk. The GP practice receives a summary the same day, and the
practice's PCN pharmacist reviews any sulphonylurea prescription.
"""),
        ("stakeholders", "How the partners worked together", """
<<S:Paramedics and paramedic practitioners from three stations helped design the referral screen in the
electronic patient record, and they insisted that it be a single tick box with optional free text,
because anything longer would not be completed at 3am.>> <<S:The ambulance service's clinical hub
clinicians suggested that the referral should also go to them when the person lives alone, so that a
welfare call can be made that evening, and that is now part of the pathway.>>

<<S:Our diabetes specialist nurses wrote the telephone review template and changed it after the first
two months to include questions about driving and about whether anyone in the household knows how to
use glucagon.>> <<S:PCN pharmacists agreed with our consultants a set of criteria for reducing or
stopping sulphonylureas after a severe hypo, and they now act on these without waiting for a GP
appointment.>>

People who are referred receive a phone call and, where needed, a home or clinic visit. The crews leave a
short leaflet with every person treated, explaining that a nurse will call. Patients have not yet been
involved in reviewing the service. We plan to set up a small group of people who have been referred, with
the help of the local diabetes support group, to look at the leaflet and the phone call in 2025.
"""),
        ("value", "What difference it has made", """
We set out to stop the cycle of repeated call-outs, and the figures from the ambulance service suggest we
have made a real start. <<Q:Among people attended by a crew for a severe hypo and left at home, the
proportion who needed another 999 call for a hypo within 30 days fell from 22% in 2021 to 9% in
2023.>> <<Q:The number of people with five or more ambulance attendances for hypos in a year fell from 31
to 8.>> <<Q:Conveyance to hospital after a hypo call, across all patients in the Castlebrook area, fell
by about a fifth over the same period, because crews felt more confident leaving people at home knowing
that a review would follow.>>

The nurse time involved, about a day and a half a week, is funded by the ICB at around £38,000 a year.
Each avoided ambulance attendance and emergency department visit saves several hundred pounds, and each
avoided admission several thousand. The value for the person is that they do not have to wait for the
next hypo to find out that something needs to change, and for families it removes the fear of a repeat
that they may not be there to catch.

The pathway has also built a relationship between paramedics and diabetes nurses that did not exist
before. Crews now ring the team for advice, and our nurses have joined ambulance shifts to see what a
severe hypo looks like from the kitchen floor.
"""),
        ("spread", "Sharing the learning", """
Northern Shires Ambulance Service is extending the referral to the two other acute trusts in its area in
2025, using the same referral screen. We have presented the work at the regional diabetes network and at
an ambulance clinical conference, and the telephone review template is on the network's website.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I334  pressure ulcers in people cared for at home by unpaid carers - pdf -
#       with appendix - Scottish health board, tissue viability nurse
#       consultant voice - no staff involvement (care at home workers
#       trained, district nurses briefed, a named lead, a questionnaire that
#       changed nothing)
# ---------------------------------------------------------------------------
entry(
    id="I334", format="pdf", layout="with_appendix", topic="pressure_ulcers_unpaid_carers",
    project="independent21-skinathome-334", pdf_font="LiberationSerif",
    title="Skin Deep at Home: preventing pressure ulcers with unpaid carers in Strathallan",
    cover=[
        "Lead: NHS Strathallan (Tissue Viability Service, Community Nursing)",
        "Partners: Strathallan Health and Social Care Partnership; Strathallan Carers' Centre; Strathallan Council (Care at Home Service)",
        "Prepared by: Tissue Viability Nurse Consultant, NHS Strathallan, Inverdale Health Centre, IV3 2QR",
    ],
    primary_entrant=dict(name="NHS Strathallan", type="nhs_board"),
    partners=[
        dict(name="Strathallan Health and Social Care Partnership", type="public_other"),
        dict(name="Strathallan Carers' Centre", type="charity"),
        dict(name="Strathallan Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why we started", """
Most people who develop a pressure ulcer at home in Strathallan are being looked after by someone who is
not paid to do it: a wife, a son, a neighbour. They are the people who help them turn in bed, wash them
and notice when something is wrong. District nurses visit, but in a rural board area with long distances
between visits, a nurse may see a person once a week. A category 3 or 4 pressure ulcer, the kind that goes
through to muscle or bone, can develop in a few days.

Our reviews of severe pressure ulcers acquired at home in 2021 showed a common story. The carer had
noticed a red patch on the heel or the bottom days before, but did not know that it mattered, did not know
whom to tell, or rang the surgery and was told the district nurse would be out on her next visit. <<P:Carers
told us they had never been shown how to reposition someone safely, and many were doing it on their own,
at night, with a bad back.>> Equipment such as pressure-relieving mattresses took weeks to arrive.

Skin Deep at Home gives unpaid carers the same knowledge and support that we give paid staff. Every carer
of a person at high risk is offered a home visit to show them how to check the skin and reposition safely,
a simple skin check card in plain language, and a direct phone number for the district nursing team that
is answered the same day. The Carers' Centre links each carer to its own support, including breaks, and the
HSCP's equipment service has agreed to deliver pressure-relieving mattresses within two working days for
anyone referred through the project.
"""),
        ("evidence", "Evidence of improvement", """
We compared people at high risk of pressure ulcers on district nursing caseloads in the three pilot
localities (Inverdale, Glenbrack and the Lower Strath) in 2021/22 with 2023/24, using the board's incident
and wound records.

<<Q:New category 3 and 4 pressure ulcers acquired at home fell from 31 to 14.>> <<Q:The average time from
a carer first noticing a change in the skin to a district nurse assessment fell from just under five days
to one day.>> <<Q:The median wait for a pressure-relieving mattress fell from 16 days to 2.>>

We have also seen fewer hospital admissions with pressure damage from these localities, but admissions
are small in number and affected by many other factors, so we do not rely on this.
"""),
        ("stakeholders", "Working with carers and staff", """
<<P:Carers were involved from the very beginning: fourteen unpaid carers, recruited through the Carers'
Centre, met with us over four months in village halls and in their own homes, and designed the skin check
card together.>> <<P:They told us that the first version, which used our clinical categories, made no sense
at two in the morning, so the card now shows photographs of what to look for on different skin tones,
chosen by them.>> <<P:A carer who looks after her husband with motor neurone disease tested the card for a
month and suggested adding a space to note the time of each turn, which helped her convince her family to
take a share of the night.>>

<<P:Two carers now help to run the home visits alongside the nurse, showing other carers how they manage
repositioning in a small house with a double bed, which no training video could do.>>

The project was led by the tissue viability nurse consultant. Care at home workers from the council
completed a half-day training session on skin checks and repositioning, and district nurses in the three
localities were briefed at their team meetings. A questionnaire was sent to district nurses after six
months; the replies were positive and no changes were made.
"""),
        ("value", "Value", """
The project cost around £41,000 over two years, mainly in nurse time for home visits and printing, funded
by the HSCP's carers' budget. A single category 4 pressure ulcer can take months to heal and can cost
tens of thousands of pounds in nursing time, dressings and hospital care. For the person, it means pain,
infection and sometimes the end of being cared for at home.

For carers the value is confidence and company. Many of them told us that the home visit was the first
time anyone had asked how they were coping.
"""),
        ("spread", "Spread and sustainability", """
The HSCP has agreed to extend Skin Deep at Home to all seven localities from April 2025, and the skin
check card has been shared with the national tissue viability network for Scotland. The Carers' Centre
has included repositioning support in its standard offer to all new carers.
"""),
    ],
    trailer=[
        ("heading", "Appendix A: Definitions and data sources"),
        ("para", "Pressure ulcer categories follow the international classification used in NHS Strathallan's tissue viability policy. Baseline period: 1 April 2021 to 31 March 2022. Comparison period: 1 April 2023 to 31 March 2024. Data: board incident system and district nursing wound records, validated by the tissue viability team."),
        ("heading", "Appendix B: Contact"),
        ("para", "Tissue Viability Service, NHS Strathallan, Inverdale Health Centre, Mill Road, Inverdale IV3 2QR. Tel 01463 555 802."),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I335  medicines support in home care - pdf - no headings - PRIVATE home
#       care company is the primary entrant (ineligible) - registered
#       manager voice - no staff involvement (care workers trained, field
#       supervisors briefed, a named lead, partners' funding and contract
#       monitoring, a planned staff forum); clients and families did take
#       part
# ---------------------------------------------------------------------------
entry(
    id="I335", format="pdf", layout="no_headings", topic="home_care_medicines_emar",
    project="independent21-homecaremeds-335", pdf_font="DejaVuSans", pdf_align="L",
    title="Tick, Not Tippex: electronic medicines records for people receiving care at home",
    cover=[
        "Cressida Home Care Ltd (lead entrant) - a family-owned home care provider registered with the Care Quality Commission",
        "Working with Wrexford City Council (Adult Social Care Commissioning) and NHS Wrexford Integrated Care Board (Medicines Optimisation)",
        "Entry by the Registered Manager, Cressida Home Care, 14 Foundry Lane, Wrexford WX2 8DD",
    ],
    primary_entrant=dict(name="Cressida Home Care Ltd", type="private"),
    partners=[
        dict(name="Wrexford City Council", type="local_authority"),
        dict(name="NHS Wrexford Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", None, """
Cressida Home Care supports around 420 people in their own homes across Wrexford, most of them older
people and many of them living with dementia. About 300 of them need help with their medicines. Our care
workers prompt, remind or give medicines four times a day in some cases, using a paper medicines record
that lives in a folder in the person's kitchen.

Paper records in a kitchen folder are a poor safety system. They get wet, they get lost, they are
completed in a hurry in a car outside the next call. When the GP changes a dose, the change reaches the
folder only when someone writes it in. Nobody in the office can see, until the folder comes back at the
end of the month, that a dose was missed on Tuesday. In 2021 we reported 212 medication incidents to the
council, most of them missed or late doses, and the council's quality team placed us on an improvement
plan. We were not unusual among home care providers, but that was no comfort.

In 2022 we moved every client who receives medicines support to an electronic medicines administration
record on care workers' phones. Each medicine, dose and time is on the phone; the care worker records
each dose as given, refused or not available; and a missed or late time-critical dose raises an alert in
our office within thirty minutes, so a supervisor can ring the client, send another care worker or call
the GP. Medicine changes are entered by our office team from the pharmacy's updated record and must be
checked by a second person. The council funded the devices through a one-off grant, and the alerts are set
using the list of time-critical medicines that the ICB circulates to all home care providers.

Time-critical medicines were our biggest worry. A person with Parkinson's who misses a dose of levodopa
can become rigid and unable to swallow within hours; a person with type 1 diabetes cannot safely go
without insulin; a missed anti-epileptic dose can bring on a seizure. On paper, we had no way of knowing
that one of these doses had been missed until it was far too late to do anything about it.
"""),
        ("evidence", None, """
We compared 2021, the last full year on paper, with 2023, the first full year on the electronic system,
using our own incident reports and the audit data held by the electronic system.

<<Q:Medication incidents reported to the council fell from 212 to 71.>> <<Q:Doses of time-critical
medicines, such as Parkinson's medicines, insulin and anti-epileptic drugs, that were given more than an
hour late or missed fell from 6.2% to 1.1% of scheduled doses.>> <<Q:Hospital admissions where a medicines
error by our service was recorded as a contributing factor fell from 9 to 2.>>

The council's quality team removed us from its improvement plan in 2023, following an inspection of our
medication records.
"""),
        ("stakeholders", None, """
<<P:Twelve of our clients and nine family members tried the new system during the pilot, and they were
the ones who told us that some people wanted to see their own record on the care worker's phone at the
end of the visit, which is now offered.>> <<P:A daughter who manages her mother's medicines from another
city asked to receive a text message if a dose was refused, and families can now opt in to these
alerts.>> <<P:Clients with dementia and their families helped us decide how care workers should record a
refusal, so that it describes what happened in the person's words instead of simply saying 'refused'.>>

All 190 care workers completed classroom and online training on the new system, and each was observed on
three visits before working alone. Field supervisors were briefed on responding to alerts. The project was
led by our registered manager, and our medicines lead supervisor oversaw the switchover for each client.
The council's contract monitoring officer reviewed our progress quarterly. We intend to set up a care worker
forum to review the system later this year.
"""),
        ("value", None, """
The devices and licences cost about £48,000 in the first year, of which the council's grant paid £30,000.
We have since absorbed the running costs. The office time saved on checking paper records each month
roughly matches the time spent responding to alerts.

Fewer missed medicines means fewer falls, fewer seizures and fewer hospital admissions for people who want
to stay at home. Families have peace of mind, and commissioners can see at any time how safe our medicines
support is.

There has also been a change in how we use our own data. Each month our supervisors review every alert,
and we can now see patterns that were invisible on paper: a particular call time that is always late
because of traffic, or a client whose medicines are regularly 'not available' because the repeat
prescription is ordered too late. We act on these with the client, the family, the GP or the pharmacy.
"""),
        ("spread", None, """
Wrexford City Council has written electronic medicines records into its new home care framework, so that
all providers on the framework will need to use one by 2026. We have hosted visits from four other home
care providers, and the ICB has shared our alert settings for time-critical medicines with other
providers in the area.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I336  wrong blood in tube - docx - style headings - one trust; its own
#       laboratory, ED and maternity called a partnership, no partner
#       organisation (ineligible) - transfusion practitioner voice - no
#       patient involvement (patients asked to state their details as part
#       of the check, a patient panel informed, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I336", format="docx", layout="style_headings", topic="wrong_blood_in_tube",
    project="independent21-wbit-336", docx_font="Calibri",
    title="Right Blood, Right Tube: ending mislabelled samples in the emergency department and maternity",
    cover=[
        "Marrick General Hospital NHS Trust",
        "A cross-divisional partnership: Blood Transfusion Laboratory, Emergency Department, Maternity Services and the Hospital Transfusion Team",
        "Submitted by the Lead Transfusion Practitioner",
    ],
    primary_entrant=dict(name="Marrick General Hospital NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "The problem we set out to solve", """
'Wrong blood in tube' is the name for a blood sample that is labelled with one patient's details but
contains another patient's blood. It is one of the most dangerous errors in hospital medicine, because the
laboratory has no way of knowing. If the sample is used to choose blood for a transfusion, the patient can
receive blood of the wrong group, and an ABO-incompatible transfusion can kill.

At Marrick, our transfusion laboratory detected 23 wrong blood in tube events in 2021, most of them from
the emergency department and the maternity unit. These are the two areas where samples are most often
taken in a hurry, from patients who may be unwell or unable to give their details, and where staff are
most often interrupted. Each event was caught because we require two samples taken at different times
before issuing blood, but we knew that for every one we caught, there could be others we did not.

Right Blood, Right Tube combined three changes. We introduced handheld scanners that read the patient's
wristband and print a label at the bedside, so that no sample can be labelled away from the patient. We
redesigned the sampling routine so that one person takes and labels one patient's sample in one go,
without interruption. And the laboratory began feeding back every rejected or suspicious sample to the
member of staff involved within 24 hours, with a conversation rather than an incident form.

The project began after a near miss in the maternity unit in the spring of 2022. A woman who was bleeding
after a caesarean section had a sample taken at the same time as the woman in the next bed, by a
midwife who was covering both rooms. The labels were printed at the desk and stuck on afterwards. The
laboratory spotted that the blood group did not match the group on record from her booking visit, and
no harm was done, but the transfusion committee asked the laboratory, the emergency department and
maternity to work together on a solution rather than each producing its own action plan.
"""),
        ("evidence", "Evidence of improvement", """
The laboratory records every wrong blood in tube event and every rejected sample. <<Q:Wrong blood in tube
events from the emergency department and maternity fell from 23 in 2021 to 4 in 2023.>> <<Q:Expressed
per 10,000 samples, this is a fall from 3.2 to 0.6.>> <<Q:Samples rejected by the laboratory for labelling
errors of any kind fell from 1.9% to 0.4%.>>

We have had no ABO-incompatible transfusions in either period.

The laboratory also looked at where the remaining four events came from. Three happened when a scanner
was out of action and staff fell back on handwritten labels, and the fourth involved two patients with
the same surname in adjacent cubicles. Each of these has been followed up, and spare scanners are now
kept in both areas.
"""),
        ("stakeholders", "Who was involved", """
<<S:Phlebotomists, emergency department healthcare assistants and maternity support workers, who take
the majority of samples, tested the handheld scanners on the busiest shifts and chose the model with the
largest screen and the fastest printer after trying three.>> <<S:Biomedical scientists in the
transfusion laboratory designed the 24-hour feedback conversation with the ED and maternity practice
educators, and it was the biomedical scientists who asked that it should never be done by email.>>
<<S:Midwives on the labour ward pointed out that a woman in established labour often cannot confirm her
details, and helped write the procedure for sampling when identity cannot be confirmed verbally.>>

<<S:The emergency department's night sisters asked for an extra scanner in the resuscitation room after
the first fortnight, when they saw staff walking to the nurses' station to print labels, which was exactly
what the project was meant to stop.>> <<S:Practice educators in both areas rewrote the sampling
competency with the hospital transfusion team, and staff who had been involved in a rejected sample were
asked what would have helped; their answers, mostly about interruptions, became the 'do not disturb'
tabard now worn during sampling.>>

Patients benefit directly from safer sampling. Each patient is asked to state their name and date of
birth before a sample is taken, as part of the identity check. The Trust's patient panel was told about
the project at one of its meetings. We hope to involve women from the maternity voices group in a leaflet
about blood tests in pregnancy next year.
"""),
        ("value", "Value", """
The scanners and printers cost about £56,000, funded from the Trust's capital programme. Every wrong blood
in tube event generates hours of investigation and repeated sampling, and a single incompatible
transfusion can cause death or serious harm and lead to a major claim.

The 24-hour feedback conversation has, we think, changed the culture. Staff no longer feel that a rejected
sample means they are in trouble; they see it as the laboratory looking out for them and their patients.
"""),
        ("spread", "Spread", """
The handheld scanners have now been rolled out to all inpatient wards and the outpatient phlebotomy
service. We presented the work at the regional transfusion committee, and two hospitals in the region
have visited to see the scanners in use.

Sustainability is built in. The rate of wrong blood in tube events by area is reported every month to the
hospital transfusion committee and to the divisional governance meetings, and every new member of staff
who takes blood completes the sampling competency before they are given access to a scanner.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)
