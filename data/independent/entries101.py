"""One-hundred-and-first independent evaluation set (I1601..I1616) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
a few national public bodies named as partners.  The entries are meant to be ordinary:
the kind of thing police forces, ambulance services, homelessness and drug and alcohol
charities, housing associations, councils, liaison and diversion teams, prison and
custody healthcare, integrated care boards, GP federations, pharmacy committees and
universities send in, in their own voices and at their own length.  The theme of this
set is homelessness, substance use and the justice system: naloxone, alcohol
withdrawal, liaison and diversion, hostels, street medicine and release from custody.

Topics, with the lead's type and the layout:
  I1601 naloxone handed to people leaving police custody (emergency_service, police;
        pdf own_headings);
  I1602 alcohol withdrawal in a dry winter night shelter (charity, homelessness;
        docx no_headings);
  I1603 people remanded from court cells without their medicines (nhs_trust, a court
        liaison and diversion service; pdf caps_headings);
  I1604 overnight welfare checks after overdoses in a supported housing scheme (charity,
        housing association; docx bold_headings with a cover table);
  I1605 a paramedic on the street outreach team and rough sleepers who decline hospital
        (emergency_service, ambulance; pdf two_column);
  I1606 verifying opioid substitution doses for detainees in police custody out of hours
        (private custody healthcare company as primary entrant; docx form_table);
  I1607 opioid substitution treatment and the first days after release from prison
        (icb; pdf with_appendix);
  I1608 residents' medicines held in hostel offices (university; docx
        numbered_questions with cover bullets);
  I1609 opening emergency beds earlier in cold weather for people sleeping rough
        (local_authority; pdf form_table);
  I1610 reducing courses of chlordiazepoxide for people discharged to hostels (nhs_trust,
        acute alcohol care team; docx rubric_headings, no spread section);
  I1611 overdose response in council temporary accommodation (local_authority on its
        own, no partner; pdf style_headings made from Word via soffice);
  I1612 antenatal care for pregnant women who are homeless and use drugs (nhs_trust,
        maternity; docx style_headings);
  I1613 street medicine for deep vein thrombosis in people who inject into the groin
        (primary_care, GP federation; pdf bullet_lists);
  I1614 safe release at night from police custody for vulnerable people (nhs_trust,
        liaison and diversion; docx reordered, results first);
  I1615 lost opioid tolerance in people arriving at hostels from prison (private
        supported housing company as primary entrant; pdf numbered_questions);
  I1616 missing and out-of-date naloxone kits in hostels and day centres (primary_care,
        local pharmaceutical committee; docx bullet_lists, short, no evidence section).

Build it with

    .venv/bin/python data/independent/build.py --set 101   (writes data/corpus/independent101/)

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
  * not Q: dates, financial years, bed/ward/hostel/site counts, headcounts, numbers
    trained, activity counts (visits, calls, referrals, checks, kits, people screened
    or identified), single figures with no baseline, a zero with no earlier figure,
    figures that did not change, budgets, costs and savings estimates, phone numbers,
    postcodes, reference numbers, temperature thresholds, targets not yet reached,
    plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including 'halved', 'a third fewer' and a shift on a statistical process control
    chart); no_quantitative_evidence looks only at the evidence section (or the whole
    entry when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, shelter 'guests', hostel residents, people with
    lived experience, unusual job titles such as detention officers and night
    concierges, list items), wherever in the entry it is told; a peer worker with lived
    experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; homelessness, drug and alcohol charities and
housing associations are charity; prisons, the Probation Service and other national
public bodies are public_other; a university is university; custody healthcare
companies and private supported housing companies are private).  A department or team
of the entrant's own organisation is not a partner.  Flags are written by hand and
build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1601  naloxone for people leaving police custody - pdf - own headings -
#        police custody inspector, matter-of-fact - police force with a drug
#        and alcohol charity and the custody healthcare trust - people with
#        lived experience and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1601", format="pdf", layout="own_headings", topic="naloxone_release_police_custody",
    project="independent101-outthedoor-1601", pdf_font="LiberationSans", pdf_align="L",
    title="Out the Door Safe: naloxone for people leaving police custody in Severnmoor",
    cover=[
        "Lead organisation: Severnmoor Police (Criminal Justice and Custody Command)",
        "Partners: Kestrel Recovery Partnership (drug and alcohol charity); Severnmoor Health and Care NHS Trust (Custody Healthcare and Liaison Service)",
        "Submitted by the Custody Inspector, Quayside Custody Suite",
    ],
    primary_entrant=dict(name="Severnmoor Police", type="emergency_service"),
    partners=[
        dict(name="Kestrel Recovery Partnership", type="charity"),
        dict(name="Severnmoor Health and Care NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we started", """
Severnmoor Police runs three custody suites and booked in just over 19,000 people last year. A large
number of them use heroin or other opioids, and many of them will have spent anything from six hours to
two days in a cell without using. Their tolerance drops. The most dangerous moment is not in the cell,
where they are checked and have a nurse on hand; it is the first few hours after they walk out of the
front door and go straight back to their usual supply.

We had known this in theory for years. What made us act was a run of deaths. In the autumn of 2021 the
coroner wrote to the Chief Constable after the third person in a year died of an overdose within a
couple of days of leaving one of our suites. One young man was found in a car park less than half a
mile from Quayside, about four hours after he had been released on bail. He had been assessed by the
custody nurse, he had been seen by the liaison and diversion team and he had been given a leaflet about
the local drug service. Nobody had given him naloxone, because at the time police custody was not a
place where naloxone was handed out.

There were reasons for that. Officers were not sure they were allowed to supply it. Property
procedures meant anything given to a detainee had to be logged, and nobody knew how. The custody nurses
worked for a different organisation from the drug service that held the supply. And there was a worry,
which we heard more than once, that handing someone an overdose kit as they left was somehow approving
of what they were about to do.

The partnership brought together the three organisations that each held part of the answer: the
police, who control the custody environment and the release process; the custody healthcare service,
whose nurses are already assessing every detainee who uses drugs; and Kestrel Recovery, the local drug
and alcohol service, which holds the naloxone supply and runs the training.

We also had to deal with our own culture. Custody is built around risk: what a detainee might harm
themselves with, what might be smuggled in, what must be taken off them and logged. Handing someone a
pouch containing a needle and a vial, or a nasal spray, at the point of release cut across a lot of
what officers had been taught. We needed a process that felt as safe and as routine as handing back a
person's keys and wallet, and that could be done in under two minutes at a busy release desk at any
time of day or night.

Finally, we were clear that custody is not a treatment setting. Nobody wanted detention officers to
become drug workers, or for the kit to be a substitute for a proper referral. The aim was narrower: that
nobody at risk of overdose should leave our suites without the means for someone to save their life.
"""),
        ("evidence", "What difference it has made", """
Out the Door Safe started at Quayside in May 2022 and at the other two suites in January 2023. Every
detainee who says they use opioids, or who is identified by the nurse or the liaison and diversion
practitioner as at risk, is offered a naloxone kit in a sealed pouch that is placed with their property
and handed back to them at the release desk, with a short explanation from the detention officer.

<<Q:The proportion of detainees who use opioids leaving custody with naloxone went from under 5% in the
year before we started to 63% in 2023/24.>> In that year 2,140 kits were given out and Kestrel has been
told of 96 occasions on which a kit from custody was used.

<<Q:Deaths from drug poisoning within seven days of release from one of our suites fell from six in
2021/22 to one in 2023/24.>> We are careful about this number, because the numbers are small and there
are many other things going on, but it is the figure that matters most to the families we have met.

Since the start, 214 detention officers and custody sergeants have been trained by Kestrel to explain
the kit and to give naloxone themselves if someone collapses in the suite.
"""),
        ("stakeholders", "Who shaped it", """
<<P:Before anything was written down, Kestrel brought four people who had been in and out of our custody
suites to a meeting with us, and they told us bluntly that nobody would take a kit if it was handed over
in front of the officer who arrested them, which is why it now comes back sealed with their own
property.>> <<P:The same group suggested the wording on the pouch, 'You've been off it - go low, go
slow', and they rejected our first version as preachy.>>

<<S:Detention officers at Quayside tried out the release desk routine for a month and asked for a
tick-box on the custody record so that the handover is recorded in one place, which the custody IT team
then built.>> <<S:Custody nurses and the liaison and diversion practitioners agreed with Kestrel's
pharmacist a short set of questions to decide who should be offered a kit, and changed it after the
first three months when they found that people using pregabalin alongside opioids were being
missed.>> <<PS:A Kestrel peer mentor, who was himself released from Quayside many times before his
recovery, sat on the project group throughout and reviewed every version of the training.>>

<<S:The Police Federation custody representative raised officers' worries about liability, and the
force's legal team and the representative agreed the guidance that officers now use.>>
"""),
        ("value", "Value for money and wider benefits", """
A naloxone kit costs Kestrel about £20, and the kits are funded from the council's public health grant
through Kestrel's existing contract. The police cost is officer time: about two minutes at the release
desk. A single death costs more than we can put into figures, but there is also the cost of an
ambulance, an emergency department attendance and often a stay in intensive care for the people who
survive an overdose without help.

Officers tell us it has changed the feel of the release desk. For some detainees it is the first time
a police officer has handed them something that might save their life, and the conversation it starts
sometimes ends with a referral to Kestrel.
"""),
        ("spread", "Sharing it", """
We have shared our custody procedure, the pouch design and the training pack with the national police
custody forum and with four neighbouring forces, two of which now do the same. The custody healthcare
trust has introduced the same approach in the two suites it covers for another force. We presented the
work at a regional drug-related deaths conference in March 2024.

What we would say to other forces is that most of the obstacles turned out to be smaller than they
looked. The legal position on supplying naloxone was already clear once someone took the time to check
it. The property procedure needed one new line on a form. The worries about condoning drug use faded
quickly once officers saw the kits being taken, and heard from colleagues at the release desk that some
detainees said thank you. The hardest part was simply getting three organisations, each with their own
managers, contracts and systems, into a room with the same question in front of them.

We are now looking at whether the same approach can be used for people leaving custody who have been
drinking heavily and are at risk of withdrawal, and for people who have been prescribed medicines that
were not available to them while they were detained.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1602  alcohol withdrawal in a dry winter night shelter - docx - no
#        headings - shelter manager, warm first person - homelessness charity
#        with the community trust's alcohol nurses and the city council -
#        'guests' involved, staff involved, a claim in words - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1602", format="docx", layout="no_headings", topic="alcohol_withdrawal_night_shelter",
    project="independent101-anightsrest-1602", docx_font="Georgia",
    title="A Night's Rest: keeping people safe from alcohol withdrawal in a dry winter shelter",
    cover=[
        "St Brannock's Winter Shelter Trust, working with Carrowdale Community Health NHS Trust (Alcohol Liaison Nursing) and Carrowdale City Council (Housing Options)",
        "Written by the Shelter Manager",
    ],
    primary_entrant=dict(name="St Brannock's Winter Shelter Trust", type="charity"),
    partners=[
        dict(name="Carrowdale Community Health NHS Trust", type="nhs_trust"),
        dict(name="Carrowdale City Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
Every winter since 2014 we have opened the church hall on Brannock Street as a night shelter from
December to March. We have 22 camp beds, a kitchen, two showers and a rota of volunteers, plus two paid
night workers. Like most shelters of our kind, we have always been 'dry': no alcohol on the premises and
nobody admitted if they are visibly drunk. It is a rule that volunteers, neighbours and the church all
felt strongly about.

What we did not understand was what that rule was doing to some of our guests. A man who drinks heavily
every day and then spends twelve hours in a hall where he cannot drink will start to withdraw. The
shakes and sweats are the start of it. For some people it goes on to seizures, and for a few to
delirium tremens, which can kill. We were, without realising it, putting people into withdrawal every
night and then turning the lights off.

In the winter of 2021-22 we called an ambulance to the shelter eleven times, and at least seven of those
were for fits or confusion in guests who were withdrawing. One guest, whom I will call Dennis, had a
seizure in the toilets at about 3am and hit his head on the basin. He spent a week in hospital. When I
visited him he said, quite calmly, that he always had a 'bad night' at the shelter and that he put up
with it because it was warmer than the doorway. That conversation is why this entry exists.
"""),
        ("stakeholders", None, """
We did not want to give up being a dry shelter, and the church would not have let us. So we asked the
community trust's alcohol liaison nurses what could be done instead. They came to the shelter one
evening, ate with us and stayed until midnight. <<S:The nurses and our two night workers worked out
together a short check, done at the door and again at 2am, with five questions and a look at the hands,
that picks up early withdrawal.>> <<S:Our night workers asked for a plain rule about when to ring 999 and
when to ring the nurse's out-of-hours line, and the nurses rewrote the check so that the answer is on
one side of a laminated card.>>

<<P:The guests had views too: three of them, all men who had been
through withdrawal many times, sat down with the nurse and me one evening and went through the
questions; they told us that asking 'have you had a drink today?' at the door would only get a lie, and
suggested 'when was your last drink?' instead, which is what the card now says.>> <<P:It was also a
guest who pointed out that people were leaving at 7am and heading straight to the off-licence, shaking,
and that nobody ever asked them how they were getting through the day, and that is how the morning
referral to the nurses' drop-in came about.>>

The council's Housing Options team agreed to treat a withdrawal assessment as a priority when looking
for a longer-term place for the guest, and to tell the alcohol liaison nurses when a guest moved on.
"""),
        ("evidence", None, """
Since December 2022, anyone who scores two or more on the check is offered a phone call with the
on-call alcohol nurse, who can arrange for a short course of medicine to be collected from the
pharmacy next door the same evening, or for the person to be seen at the hospital if the risk is high.
Guests who prefer can be given a small, agreed amount of their own drink outside the building before
they settle for the night, an arrangement the nurses supported after a lot of discussion with the
church.

We have now run two full winters this way. <<Q:Ambulance call-outs to the shelter have roughly halved,
from eleven in 2021-22 to five in 2022-23 and six in 2023-24.>> <<Q:More importantly, we had four
seizures in the building in 2021-22 and none in either of the two winters since.>> In the last winter
the nurses saw 41 of our guests at their drop-in, and 17 started a planned detox.
"""),
        ("value", None, """
The whole thing cost us very little. The laminated cards were printed for under £50. The nurses' time
comes from their existing contract, and the medicines are prescribed in the usual way. Every ambulance
that does not come to the shelter is a crew free for someone else, and every seizure prevented is a
head injury or a hospital stay that does not happen.

For our volunteers, it has taken away a kind of dread. Several of them had seen a guest fit and did not
know what to do. Now they know what to look out for, and they know who to call.
"""),
        ("spread", None, """
We have shared the card and the arrangement with the nurses with the four other winter shelters in
Carrowdale and the county, and two of them started using it last winter. The community trust has added
the shelter check to the training it gives to hostel staff. I have spoken about it at the regional
winter shelters network, and we are happy to send the card to anyone who asks.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1603  people remanded from court cells without their medicines - pdf -
#        caps headings - liaison and diversion service manager, clinical - a
#        mental health trust with prison healthcare and the Probation Service
#        - staff involved - NO patient involvement (a survey that changed
#        nothing, cards handed out, a plan for a lived experience panel, a
#        negation)
# ---------------------------------------------------------------------------
entry(
    id="I1603", format="pdf", layout="caps_headings", topic="court_remand_medicines_continuity",
    project="independent101-carriedthrough-1603", pdf_font="DejaVuSans", pdf_align="J",
    title="Carried Through: making sure medicines follow people remanded from court to prison",
    cover=[
        "Entrant: Ashmere and Tolbury Mental Health NHS Foundation Trust - Liaison and Diversion Service",
        "Working with: Greyfield Community NHS Trust (Healthcare at HMP Tolbury) and the Probation Service (Ashmere Court Team)",
        "Author: Service Manager, Liaison and Diversion",
    ],
    primary_entrant=dict(name="Ashmere and Tolbury Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Greyfield Community NHS Trust", type="nhs_trust"),
        dict(name="Probation Service", type="public_other"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Our liaison and diversion practitioners work in the cells at Ashmere Magistrates' Court and the
Crown Court next door. They assess people who come up from police custody or arrive for their hearing
and who may have a mental health problem, a learning disability, a substance misuse problem or other
vulnerabilities. Around 2,600 people a year are seen. A proportion of them are remanded in custody by the
court and taken that afternoon to HMP Tolbury.

The safety problem sat between two sets of records. People arriving at Tolbury from court frequently
arrived with no information about their prescribed medicines. They might be on antipsychotics, on
methadone or buprenorphine, on anti-epileptic drugs or on insulin. The prison's reception nurses had to
confirm every prescription from scratch, usually by ringing a GP practice or community pharmacy that
had closed by the time the escort van reached the prison. Opioid substitution treatment could only be
continued once the dose was verified, and that sometimes took two or three days. People went into
withdrawal, had seizures, or missed doses of medicines for psychosis in their first nights in custody,
which are already among the most dangerous in a prison sentence.

Meanwhile our own practitioners often knew exactly what the person was taking, because they had
checked it that morning for their own assessment. The information was in our records. It simply was
not sent anywhere. A serious incident review in 2022, after a man with epilepsy had three seizures in
his first 48 hours at Tolbury, found that the court liaison team had recorded his medicines in full
that same day.

Part of the difficulty was that the court day does not run to a timetable. A case listed for the
morning may not be heard until late afternoon, and the decision to remand is often made minutes before
the escort contractor needs to leave to reach the prison before reception closes. Our practitioners had
no agreed way to know who had been remanded, and by the time they found out, the person was usually
already in the van. Even where a practitioner did ring the prison, the call went to a general switchboard
and the message rarely reached the nurse on reception.

There was also a question of consent and confidentiality. Our practitioners were unsure whether they
could share health information with the prison without the person's explicit agreement, and the
prison's reception staff were unsure whether they could rely on information that came from another
trust. Both sides erred on the side of doing nothing, and the person in the middle paid for it.
"""),
        ("evidence", "WHAT WE ACHIEVED", """
Since September 2022, whenever a person seen by liaison and diversion is remanded, the practitioner
completes a one-page medicines and risk summary before the person leaves the court building. It lists
confirmed medicines and doses, the source of confirmation, the last dose of opioid substitution
treatment taken and any risk of withdrawal. It is sent by secure email to the reception nursing team at
Tolbury, who acknowledge it, and a copy goes to the Probation court team for the pre-sentence file.

<<Q:The proportion of people remanded from Ashmere courts whose prescribed medicines were confirmed on
their first night at Tolbury rose from 38% in the six months before the change to 91% in the most
recent six months.>> <<Q:The median time to the first dose of opioid substitution treatment in prison
for people remanded from court fell from 41 hours to 9 hours.>> <<Q:Missed doses of critical medicines
in the first 72 hours in custody, recorded on the prison's incident system, fell from 27 in 2021/22 to 6
in 2023/24.>>

In all, 1,034 summaries have been sent since the start.
"""),
        ("stakeholders", "HOW PEOPLE WERE INVOLVED", """
<<S:The summary form was drafted by two of our liaison and diversion practitioners together with the
reception nurses at Tolbury, who told us which items they needed first and in what order so that they
could prescribe from it without ringing round.>> <<S:The prison's substance misuse pharmacist tested the
first version on twenty real remands and asked for the time and source of the last methadone dose to be
added, which we did.>> <<S:Probation court officers suggested the copy for the pre-sentence file after
pointing out that they were repeating the same medicines questions a week later.>>

People seen in the court cells were not involved in designing the summary, as it was set up quickly
after the incident review. Each person remanded is given a small card explaining that their medicines
information has been sent to the prison. In 2023 we asked 40 people on remand at Tolbury about their
first night; their answers were in line with what we expected and the summary has not changed as a
result. We plan to recruit two people with lived experience of remand to the service's advisory panel
in 2025.
"""),
        ("value", "VALUE AND IMPACT", """
The summary takes a practitioner about ten minutes. No new posts were needed. Prison reception nurses
say they spend far less time on the phone chasing GP surgeries and pharmacies. Each seizure or withdrawal crisis avoided is also an
escort to hospital that does not need to happen, which typically ties up two prison officers for a
full shift.

There is a human side that is harder to put into figures. The first night in prison is frightening for
anyone, and far more so for someone who is withdrawing from opioids, hearing voices because their
medication has stopped, or afraid of having a fit in a cell on their own. Making sure that the
medicines are waiting for them when they arrive is a small act, but it removes one of the things that
can turn a frightening night into a dangerous one.
"""),
        ("spread", "SPREAD", """
The medicines and risk summary has been adopted by the liaison and diversion teams covering two
other court centres in the region and shared through the national liaison and diversion network. Tolbury
is now asking for the same summary from the police custody healthcare provider for people who go from
custody to court to prison in one day.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1604  overnight welfare checks after overdoses in supported housing - docx
#        - bold headings with a cover table - housing association head of
#        supported housing, practical - with the council and the drug and
#        alcohol service - residents and staff involved - NO quantitative
#        evidence (activity counts, kits, staff trained, a budget, a zero with
#        no earlier figure)
# ---------------------------------------------------------------------------
entry(
    id="I1604", format="docx", layout="bold_headings", topic="supported_housing_overnight_overdose_checks",
    project="independent101-knockandcheck-1604", docx_font="Arial",
    title="Knock and Check: overnight welfare checks in supported housing after overdose deaths",
    cover_table=[
        ("Entry title", "Knock and Check: overnight welfare checks in supported housing after overdose deaths"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Lead organisation", "Millrace Housing Association"),
        ("Partners", "Doveridge Borough Council (Housing Related Support commissioning); Pathways Drug and Alcohol Service (charity)"),
        ("Contact", "Head of Supported Housing, Millrace Housing Association"),
    ],
    primary_entrant=dict(name="Millrace Housing Association", type="charity"),
    partners=[
        dict(name="Doveridge Borough Council", type="local_authority"),
        dict(name="Pathways Drug and Alcohol Service", type="charity"),
    ],
    sections=[
        ("context", "Background", """
Millrace runs four supported housing schemes in Doveridge for single adults who have been homeless.
Between them they have 118 self-contained rooms. Most residents have a history of rough sleeping, and
about two thirds use drugs or alcohol. Staff are on site 24 hours a day, but at night there is usually
one night concierge per scheme, and their job was mainly about the building: the door, the fire alarm
and noise.

In eighteen months across 2021 and 2022 we lost three residents to overdoses in their own rooms. In each
case they were found the following morning, in one case not until lunchtime. Two of them had been seen
by staff the evening before and were described as 'a bit out of it'. Nobody had been asked to check on
them again, and our policy said that staff could not enter a resident's room without consent except in
an emergency. Nobody was quite sure whether someone who might be asleep counted as an emergency.

After the third death we sat down with the council, which pays for the support in our schemes, and with
Pathways, the local drug and alcohol service, which already had key workers visiting our residents. We
agreed that the question was not whether people in our schemes would use, because some of them would,
but how to make sure that nobody used alone and unseen through the night.

It was not a comfortable conversation. Our schemes had grown out of a tradition of 'abstinence
expected' housing, and some of our longer-serving staff felt that holding naloxone and checking on
people who had used was a step towards condoning it. Others felt that the privacy of a resident's
room was the one thing that made the place feel like a home rather than an institution, and that we
should not give it up lightly. The council was clear that it would not fund a scheme where people were
dying in their rooms, but equally clear that it was not asking us to become a care home.

We also looked at what others had done. Some hostels elsewhere had introduced hourly room checks for
everyone, which residents hated, and some had installed sensors, which were expensive and raised
questions about consent. We wanted something that residents would actually choose.
"""),
        ("evidence", "What has happened", """
Knock and Check began at Albion House in March 2023 and was in place at all four schemes by September
2023. It has three parts.

First, any resident can ask for a night check, at whatever interval they choose, and staff will knock
and wait for an answer. Residents agree in advance, and in writing, what staff should do if there is no
answer. Second, staff complete a short 'concern at night' note whenever they see someone who appears
heavily intoxicated, and that person is then checked every hour until morning. Third, every scheme now
holds naloxone in three places, and every member of staff carries a nasal kit on shift.

Between September 2023 and August 2024:

- 87 residents signed a night check agreement

- night staff recorded 6,412 knocks and checks

- 312 'concern at night' notes were completed

- naloxone was given by staff on 19 occasions, and each of those residents was taken to hospital

- 64 staff, including all night concierges and relief workers, were trained in overdose response by Pathways

Our target is for every new resident to be offered a night check agreement within 48 hours of moving in.
We are not there yet, but we are close.
"""),
        ("stakeholders", "How residents and staff were involved", """
<<P:The idea of letting residents choose their own check came from the residents' panel at Albion House,
who told us that a knock every hour would feel like being watched and that people would stop telling
staff they had used.>> <<P:Panel members also wrote the wording of the night check agreement,
including the line 'if I don't answer, come in', which several said they would never have signed if it
had been written by us.>> <<P:One woman, a resident at Fenner Court who had survived an overdose in
2022, asked that the naloxone cabinet be put on each landing rather than in the office, so residents
could get to it too, and that is where they are.>>

<<S:Our night concierges were the people most worried about the change, and we held three evening
sessions with them; they asked for a clear rule about when they could open a door, and the policy was
rewritten with them until they were satisfied it protected both them and residents.>> <<S:Pathways key
workers and our support staff agreed the 'concern at night' note between them, and Pathways changed
its own key work visits so that anyone with a concern note is seen the next day.>>

The council's commissioning team agreed to include the night checks in the support contract.
"""),
        ("value", "Value", """
The council added £42,000 a year to the support contract to pay for a second waking night worker at
the two largest schemes. Naloxone is supplied free by Pathways. Against this, each overdose death
costs a great deal in emergency service time, investigation and coroner's inquest, and it leaves
residents and staff grieving. Staff tell us they feel less alone on a night shift and that they would
rather knock on a door than find a body in the morning. Residents tell us they feel safer.
"""),
        ("spread", "Spread and learning", """
The council has written the night check approach into its specification for all supported housing for
single homeless adults in the borough, which will cover another five providers from April 2025. We have
shared the agreement form and policy with the regional supported housing network, and Pathways is
offering the same training to other providers. Our biggest lesson is that a rule about privacy, written
with good intentions, can stop people being saved, and that residents themselves are best placed to
tell you where the line should be.

We would add one practical point for anyone wanting to do the same. Start with the night staff. They
are the people who will knock on the door at 3am, often on their own, and unless they believe in the
approach and feel protected by the policy, nothing on paper will make it happen.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1605  a paramedic on the street outreach team and rough sleepers who
#        decline hospital - pdf - two columns - ambulance service consultant
#        paramedic, clinical - with a street outreach charity and the city
#        council - people sleeping rough involved - NO staff involvement
#        (paramedics trained, crews sent a bulletin, a named lead doing her
#        job, outreach workers briefed)
# ---------------------------------------------------------------------------
entry(
    id="I1605", format="pdf", layout="two_column", topic="street_outreach_paramedic_nonconveyance",
    project="independent101-streetside-1605", pdf_font="LiberationSerif",
    title="Streetside: a paramedic on the outreach team for people sleeping rough who decline hospital",
    cover=[
        "Northmarch Ambulance Service NHS Trust, in partnership with Lantern Street Outreach and Calderbridge City Council",
        "Entry prepared by the Consultant Paramedic for Inclusion Health",
    ],
    primary_entrant=dict(name="Northmarch Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Lantern Street Outreach", type="charity"),
        dict(name="Calderbridge City Council", type="local_authority"),
    ],
    sections=[
        ("context", "The problem", """
Our crews are called to people sleeping rough in Calderbridge city centre several times every day. Most
calls come from members of the public or shop staff who see someone lying still in a doorway. Often the
person has been drinking or using drugs, and often they do not want to go to hospital. They may have
been to the emergency department many times before, had a poor experience, lost their belongings or their
dog while they were there, or simply want to stay with their spot and their friends.

When a person with capacity refuses to travel, the crew must respect that. But the people we were
leaving behind were some of the sickest we see: infected wounds, chest infections, untreated diabetes,
head injuries after falls. A review of our records in 2021 found that of the people sleeping rough who
refused to travel, a worrying number were called back to within 48 hours, sometimes in a much worse
state. Two people died within a week of declining, one from sepsis from a leg wound and one from a
pneumonia that had been visible on the first call.

Part of the problem is that the usual tools do not fit. Our decision support for leaving a patient at
home assumes that there is a home: somewhere warm, a phone, someone to check on the person, a GP who can
be contacted the next day. For a person in a doorway none of that is true, and crews were left making a
judgement with no good options.

There was also no one to hand on to. Crews finished a call to a rough sleeper at 2am with nowhere to
refer the person, and the outreach team, who might have known them well, did not hear about it.

The outreach team had the opposite problem. Lantern's workers often knew that someone was unwell, but
they could not treat them and had little chance of persuading them to sit in an emergency department
for six hours. Calling 999 for someone who did not want to go only repeated the same cycle: a crew would
arrive, the person would refuse, and the crew would leave. The council, which funds Lantern, was paying
for an outreach service and an ambulance service that met the same people every week and never spoke to
each other.
"""),
        ("evidence", "What has changed", """
Since June 2022 one of our specialist paramedics has worked alongside Lantern's outreach workers on
four evening and night shifts a week, in a car that carries wound dressings, antibiotics under patient
group directions, blood glucose and oxygen saturation monitors, and naloxone. When a crew is with a
person sleeping rough who refuses to travel, they can ask control to send the Streetside paramedic
instead of leaving, and Lantern is told about every rough sleeper our crews attend.

<<Q:Repeat 999 calls within 48 hours for people sleeping rough who had declined to travel fell from 31%
of cases in 2021 to 12% in 2023.>> <<Q:Over the same period, the proportion who were eventually taken to
hospital in a serious condition, defined as needing admission to a critical care bed, went down from 6%
to 2%.>> <<Q:The share of calls to people sleeping rough that ended with a journey to the emergency
department fell by about a quarter.>>

In the last year Streetside saw 1,180 people and dressed 640 wounds.
"""),
        ("stakeholders", "Involvement", """
<<P:The way Streetside works was shaped by people sleeping rough: during the planning, our consultant paramedic
spent four night shifts talking to people in doorways and the car park under the ring road, and they
told her that they would see a paramedic who came with someone they knew,
but not one who arrived alone in a uniform.>> <<P:That is why the paramedic wears a Lantern jacket over
her uniform, a change that came directly from those conversations.>> <<P:Three men who used the day
centre looked at our first leaflet and told us it was full of words like 'non-conveyance' that meant
nothing to them; they rewrote it in their own words, and their version is the one we hand out.>>

All 46 paramedics who cover the Streetside shifts were trained in wound care and inclusion health. Crews
across the city were sent a bulletin explaining how to request the Streetside car. The consultant
paramedic for inclusion health led the project and wrote the clinical guidelines as part of her role.
Lantern's outreach workers were briefed on what the paramedic could and could not do.
"""),
        ("value", "Value", """
Each avoided emergency department attendance by ambulance costs the local system several hundred
pounds, and each avoided critical care admission many thousands. Streetside costs the trust one
paramedic and a car for four shifts a week, funded jointly with the council's rough sleeping grant.
People who would have been left with nothing now get treatment on the street and a follow-up from
someone they trust.

There is also a benefit for our crews. Being called repeatedly to the same person, who then refuses to
travel, is frustrating and can wear down even experienced paramedics. Knowing that there is somewhere to
hand on to, and that the person will be seen again the next evening, has made those calls easier.
"""),
        ("spread", "Spread", """
The approach has been adopted by our neighbouring ambulance service in one of its cities, and we have
shared the clinical guidelines and the request process through the national ambulance inclusion health
network. The council now funds the car through its main homelessness budget rather than a one-off grant.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1606  verifying opioid substitution doses for detainees in police custody
#        out of hours - docx - form table - PRIVATE custody healthcare company
#        as primary entrant with a police force and a drug and alcohol charity
#        (ineligible) - clinical lead, formal - patients and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1606", format="docx", layout="form_table", topic="police_custody_opioid_substitution_verification",
    project="independent101-dosecheck-1606", docx_font="Calibri",
    title="DoseCheck: confirming opioid substitution treatment for people in police custody, day and night",
    cover_table=[
        ("Project title", "DoseCheck: confirming opioid substitution treatment for people in police custody, day and night"),
        ("Primary entrant", "Custodia Medical Services Ltd"),
        ("Type of organisation", "Independent healthcare provider (contracted custody healthcare)"),
        ("Partners", "Wendlebury Constabulary; Open Road Recovery (drug and alcohol charity)"),
        ("Entrant's role", "Regional Clinical Lead, Custodia Medical Services Ltd"),
    ],
    primary_entrant=dict(name="Custodia Medical Services Ltd", type="private"),
    partners=[
        dict(name="Wendlebury Constabulary", type="emergency_service"),
        dict(name="Open Road Recovery", type="charity"),
    ],
    sections=[
        ("context", "Describe the patient safety problem and why a partnership was needed", """
Custodia provides the healthcare professionals in Wendlebury Constabulary's two custody suites under
contract to the Police and Crime Commissioner. Around a fifth of the people detained there are on a
prescription for methadone or buprenorphine from the local drug service, Open Road Recovery. If they
are held overnight or over a weekend they may miss their daily dose. Going without is unpleasant and
can be dangerous: withdrawal makes people agitated and unwell, some will go on to use heavily on
release to make up for it, and people in withdrawal are less able to take part in interview or to
understand what is happening to them.

It is also worth saying that most of the people concerned are not hardened offenders. Many are arrested
for shoplifting, breach of bail conditions or minor public order offences, and are held for a few hours
or overnight. For them, a missed dose of methadone is an entirely avoidable harm caused by an
information gap between three organisations that all wanted the same outcome.

Our nurses and paramedics can continue the dose in custody, but only once it has been verified. During
office hours that meant ringing the person's dispensing pharmacy or the drug service. Outside office
hours, which is when most people arrive in custody, there was nobody to ring. Nurses could not see the
drug service's records, pharmacies were shut, and guessing a dose of methadone is not safe. People who
arrived on a Friday evening often went until Monday without treatment. In 2022 a woman on methadone
who had been held for 52 hours was released and died of an overdose the following day, and the review
that followed found that her dose could have been confirmed if anybody had been able to see it.

The police had their own reasons for wanting a change. Detainees in withdrawal are more likely to
self-harm, to become aggressive and to need constant observation, which takes detention officers away
from other duties. Interviews were being delayed or abandoned because a detainee was not fit, and
solicitors were challenging the reliability of interviews held with people who were clearly unwell.
"""),
        ("evidence", "What has improved, and how do you know?", """
Since February 2023 our custody healthcare professionals have had read-only access, with the
detainee's consent, to a shared view of Open Road's prescribing record, showing the current dose, the
pharmacy and the date of the last supervised dose. This is available 24 hours a day. Where there is any
doubt, the on-call Open Road prescriber can be contacted through a new out-of-hours number.

<<Q:The proportion of detainees on opioid substitution treatment whose dose was verified within four
hours of arrival rose from 34% in 2022 to 88% in 2023/24.>> <<Q:Detainees on opioid substitution
treatment who missed one or more daily doses while in custody fell from 212 in 2022 to 47 in
2023/24.>> <<Q:Calls from custody sergeants to our staff about detainees in withdrawal fell by about
half over the same period.>>
"""),
        ("stakeholders", "How were patients, service users and staff involved?", """
<<P:Open Road's service user council discussed the idea of custody staff seeing drug service records
and said that most of its members would agree if they were asked properly, and they helped write the
consent wording our nurses now read out.>> <<P:Two members of the council also recorded their own
experience of withdrawal in a cell, which is used in our staff induction and led us to add a check on
withdrawal symptoms every four hours.>>

<<S:Custody nurses and paramedics from both suites tested the shared record for six weeks and asked for
the pharmacy phone number and last dose date to appear on the first screen.>> <<S:Custody sergeants
asked that the healthcare professional write the planned dose time on the custody record so that they
can plan interviews around it, and this is now standard.>> <<S:Open Road's prescribers agreed with our
clinical leads a protocol for when a dose should be reduced or withheld in custody.>>
"""),
        ("value", "What has been the impact on value, patients and staff?", """
The shared view was built using Open Road's existing system at a cost of about £8,000, paid by the
Police and Crime Commissioner. Less withdrawal in custody means fewer people needing to be taken to
hospital from the cells, fewer interviews postponed and a safer release. Our staff say they are no
longer put in the position of refusing treatment to someone they believe is telling the truth.
"""),
        ("spread", "How has the work been shared or could it be spread?", """
We have shared the consent wording and the protocol with the other forces where Custodia provides
custody healthcare, and one is now setting up the same link with its local drug service. The approach
has also been presented to the national custody healthcare forum.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1607  opioid substitution treatment and the first days after release from
#        prison - pdf - with appendix - ICB health and justice lead, formal -
#        with a prison, the Probation Service and a drug and alcohol charity -
#        staff involved - NO patient involvement (leaflets, a questionnaire
#        that changed nothing, prisoners as beneficiaries, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1607", format="pdf", layout="with_appendix", topic="prison_release_opioid_substitution_continuity",
    project="independent101-firstfortnight-1607", pdf_font="LiberationSans", pdf_align="J",
    title="The First Fortnight: continuity of opioid substitution treatment on release from HMP Haddesley",
    cover=[
        "Lead entrant: Wyvern and Lowe Integrated Care Board (Health and Justice Commissioning)",
        "Partners: HMP Haddesley; the Probation Service (Wyvern region); Crossways Recovery Service (drug and alcohol charity)",
        "Author: Health and Justice Programme Lead, Wyvern and Lowe ICB",
    ],
    primary_entrant=dict(name="Wyvern and Lowe Integrated Care Board", type="icb"),
    partners=[
        dict(name="HMP Haddesley", type="public_other"),
        dict(name="Probation Service", type="public_other"),
        dict(name="Crossways Recovery Service", type="charity"),
    ],
    sections=[
        ("context", "Context", """
HMP Haddesley is a category B local prison holding around 800 men. Roughly 1,900 men are released each
year, many after short sentences or periods on remand, and about a quarter of them are receiving opioid
substitution treatment in prison. The risk of death from overdose in the first two weeks after release
from prison is many times higher than at any other time, and the single most protective thing is
staying on treatment.

Our review in 2022 showed how fragile that was. A man released from Haddesley on methadone would be
given a prescription to cover him until his first appointment with the community drug service. Where
that appointment had been made at all, it was often several days away, in a town he had not been
released to, or on a day he had to report to probation at the other end of the county. Releases on a
Friday were the worst. Men who missed the first appointment lost their script, and some went straight
back to street heroin with a tolerance that had fallen in prison. Between 2019 and 2022 the ICB was
notified of eleven deaths of men within 28 days of release from Haddesley, and in seven of them opioid
toxicity was a cause.

No single organisation could fix it. The prison controls the release date and the prison healthcare
team the prescription; probation controls where the man must live and report; the community drug
service holds the appointment and the ongoing prescription; and the ICB commissions the prison
healthcare and pays, with the councils, for the drug service.

Information was the other gap. The prison healthcare team often did not know the release address
until the morning of release, and sometimes not even then. Crossways received referrals by email, which
might be read after the man had already been released. Probation practitioners were setting reporting
times without knowing about drug service appointments, and men were being told to be in two places at
once on their first day out. Everybody involved could describe the problem, but nobody owned it.
"""),
        ("evidence", "Evidence of improvement", """
Since April 2023 every man on opioid substitution treatment due for release has a 'first fortnight
plan', agreed at a joint meeting of prison healthcare, his probation practitioner and Crossways two
weeks before release. The plan sets out the community appointment, which is always on the day of
release or the next working day and in the town he is released to, the pharmacy where he will collect
his dose, and his probation appointment, timed around it. Releases on Fridays for this group are avoided
wherever the law allows. Crossways workers meet men at the gate where they can, and every man is given
a naloxone kit.

<<Q:The proportion of men on opioid substitution treatment who attended a community drug service
appointment within two days of release rose from 44% in 2022/23 to 86% in 2023/24.>> <<Q:The proportion
still in treatment 28 days after release went up from 39% to 71%.>> <<Q:Deaths within 28 days of release
among men released from Haddesley fell from four in 2022/23, three of them drug-related, to one in
2023/24, which was not drug-related.>>
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:The first fortnight plan was designed by a working group of Haddesley's healthcare manager and
substance misuse nurses, two probation practitioners, the prison's offender management unit and
Crossways' criminal justice team, which met every fortnight for four months.>> <<S:Prison pharmacy
staff pointed out that bridging prescriptions were being written for the wrong pharmacy because
release addresses changed at the last minute, and the plan now asks probation to confirm the address
48 hours before release.>> <<S:Probation practitioners asked for their own appointment to be set after
the drug service appointment on the day of release, and this became the rule.>>

Men approaching release are given a leaflet explaining their first fortnight plan. A questionnaire was
completed by 58 men in the month after release in 2023; the responses were broadly positive and no
changes were made. We intend to involve people with lived experience of release in the next phase of
the work.
"""),
        ("value", "Value", """
The plan uses existing staff. The ICB funded a part-time coordinator post at Crossways for two years at
£38,000 a year. Each man who stays in treatment after release is less likely to overdose, to reoffend
and to be readmitted to prison, and each overdose admission avoided saves an ambulance, an emergency
department attendance and often intensive care.

Finally, the partnership has given the ICB something it lacked: a clear view, month by month, of what
happens to men on treatment after they leave Haddesley. The coordinator's monthly report goes to the
ICB's health and justice board and to the local drug-related deaths panel.

The benefit is also felt by the men's families, who have often waited months for their release and who
are the people most likely to find them after an overdose. It is felt by the prison, where men who
returned quickly after a chaotic release were taking up reception and healthcare time, and by
probation, whose practitioners now begin supervision with someone who is on treatment and turning up.
"""),
        ("spread", "Spread", """
The ICB has made the first fortnight plan a requirement in the specification for healthcare at the two
other prisons in its area from April 2025, and Crossways has agreed to take part at both. The approach
has been shared with the national health and justice team and with the regional drug-related deaths
network.
"""),
    ],
    trailer=[
        ("heading", "Appendix A: data sources"),
        ("para", "Release and treatment data are taken from the prison healthcare clinical system and Crossways' case management system, matched by the ICB's health and justice analyst. Deaths after release are those notified to the ICB under the national deaths in custody and post-release reporting process. Financial years run April to March."),
        ("heading", "Appendix B: the first fortnight plan checklist"),
        ("para", "1. Release date and any risk of a Friday release. 2. Release address, confirmed by probation 48 hours before. 3. Community drug service appointment (date, time, place). 4. Dispensing pharmacy and bridging prescription. 5. Probation appointment, timed after item 3. 6. Naloxone supplied and explained. 7. GP registration."),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1608  residents' medicines held in hostel offices - docx - numbered
#        questions with cover bullets - university pharmacy lecturer,
#        academic but readable - with the city council, three hostel charities
#        and a specialist GP practice - residents involved (in the context and
#        value sections, passive voice), staff involved, a claim in words - no
#        flags
# ---------------------------------------------------------------------------
entry(
    id="I1608", format="docx", layout="numbered_questions", topic="hostel_held_medicines_safety",
    project="independent101-ontheshelf-1608", docx_font="Cambria",
    title="On the Shelf: safer handling of residents' medicines in Eastholme's hostels",
    cover=[
        "Entry to the HSJ Patient Safety Awards: Best Partnership Solution Improving Patient Safety",
    ],
    cover_bullets=[
        "Lead: University of Eastholme, School of Pharmacy and Medicines Optimisation",
        "Partners: Eastholme City Council (Homelessness and Rough Sleeping Service); Wayfarer Housing Trust; Beacon Lodge Trust; Riverside Hostels Project; Marsh Street Health Centre (specialist GP practice for people who are homeless)",
        "Contact: Senior Lecturer in Pharmacy Practice",
    ],
    primary_entrant=dict(name="University of Eastholme", type="university"),
    partners=[
        dict(name="Eastholme City Council", type="local_authority"),
        dict(name="Wayfarer Housing Trust", type="charity"),
        dict(name="Beacon Lodge Trust", type="charity"),
        dict(name="Riverside Hostels Project", type="charity"),
        dict(name="Marsh Street Health Centre", type="primary_care"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Eastholme has nine hostels for people who are homeless, run by three charities and commissioned by the
city council. Many residents take regular medicines: antipsychotics, anti-epileptics, inhalers,
antibiotics, anticoagulants and, for some, opioid substitution treatment. Because medicines are often
lost, stolen or sold in hostels, residents are frequently asked to hand them in, and hostel staff keep
them in the office and hand them out at set times.

Hostel workers are not nurses or care workers. They have no regulated training in medicines, and the
hostels are not registered care settings, so none of the rules that govern medicines in care homes
apply. Each hostel had its own way of doing things, ranging from a locked cupboard with a careful
record to a carrier bag of boxes under the desk. Marsh Street Health Centre, the practice where most
residents are registered, was seeing the results: people restarting antipsychotics after weeks without,
fits in people whose anti-epileptics had 'run out', and on two occasions a resident given another
resident's medicines.

When the practice's lead GP approached the School of Pharmacy in 2022, it was because she wanted an
independent look at what was happening before anything was changed. The council, which commissions the
hostels, wanted the same, because it had no standard it could write into its contracts. <<P:The first thing we did was sit in
hostel offices at medicine times over several weeks and talk to the residents queuing at the hatch; they
described being handed the wrong blister pack, waiting an hour because the only trained worker was on
a break, and not knowing what their tablets were for, and those accounts shaped the priorities we set
with the partners.>>
"""),
        ("evidence", "2. What has changed, and what is the evidence?", """
Together the partners produced a shared medicines standard for all nine hostels, backed by the
council's contract. It covers safe storage, a single medicines record with photographs of each
resident, a simple check of name, date of birth and photograph before anything is handed over, what to
do when a dose is missed or refused, and a weekly call between each hostel and the practice
pharmacist. Two of our pharmacy students on placement support each hostel in its first three months,
and the practice pharmacist reviews the medicines of every resident whose medicines are held.

We audited medicine records at all nine hostels before the standard came in, in autumn 2022, and again
a year later. <<Q:Recorded doses that were missed without any reason given fell from 17% of doses due to
4%.>> <<Q:Incidents in which a resident was given the wrong medicine or the wrong dose went from nine in
the twelve months before to two in the twelve months after.>> <<Q:Emergency attendances for seizures
among hostel residents known to have epilepsy were a third fewer in the year after the standard than in
the year before, according to the practice's records.>>
"""),
        ("stakeholders", "3. How were patients and staff involved?", """
<<S:A working group of hostel managers and support workers from all three charities wrote the standard
with the practice pharmacist and our team, and they insisted that it fit on four pages, because nobody
on a night shift reads a forty-page policy.>> <<S:Support workers at Beacon Lodge tested the
photograph check for a month and found that it slowed down the medicine round so much that queues
formed, so it was changed to a photo on the front of each resident's box.>>

<<P:The resident checklist, which tells each person what their medicines are for and when they are due,
was drafted with residents at two of the hostels and reworded by them until they were happy with
it.>>
"""),
        ("value", "4. What has been the value and impact?", """
The partnership has cost very little beyond staff time. The council paid for lockable cabinets and the
printing of the record books, about £6,500 in total, and the students' time is part of their
placement. Fewer emergency attendances and fewer restarts of medicines are savings to the NHS.

<<P:What residents told us at the end mattered most: at a meeting at Wayfarer House, several residents
said they now knew what they were taking, and one asked for his own medicines back because he felt
ready to manage them, which led the partners to add a 'handing back' step to the standard.>>
"""),
        ("spread", "5. How has the learning been shared?", """
The standard is now in the council's contract with all homelessness accommodation providers. We have
published the audit and presented it at a national inclusion health conference, and two other cities
have asked for the standard. Pharmacy students now spend part of their community placement in hostels
as a matter of course.

The council has also asked us to repeat the audit every year, so that it can check that the standard
is being kept up as staff change, and the first repeat is planned for the autumn of 2025.

For the university, the partnership has changed how we teach. Students who have spent time at a hostel
medicine hatch understand in a way no lecture can how a missed dose happens, how a system that looks
safe on paper can fail at eleven at night with one worker on shift, and why a resident might be
reluctant to hand over their tablets. Several have gone on to apply for inclusion health posts.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1609  opening emergency beds earlier in cold weather for people sleeping
#        rough - pdf - form table - council rough sleeping coordinator, brisk
#        - with a churches' night shelter and a primary care network - people
#        sleeping rough involved - NO staff involvement (outreach team briefed,
#        volunteers trained, a named officer, GPs informed, a staff survey
#        that changed nothing) - NO quantitative evidence (nights open, beds,
#        a temperature threshold, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1609", format="pdf", layout="form_table", topic="severe_weather_protocol_rough_sleepers",
    project="independent101-coldnights-1609", pdf_font="DejaVuSans",
    title="Cold Nights, Open Doors: triggering emergency beds earlier for people sleeping rough",
    cover_table=[
        ("Entry title", "Cold Nights, Open Doors: triggering emergency beds earlier for people sleeping rough"),
        ("Lead organisation", "Fendale District Council (Housing and Homelessness)"),
        ("Partner organisations", "Fendale Churches Night Shelter; Fendale and Marsh Primary Care Network"),
        ("Lead contact", "Rough Sleeping Coordinator"),
    ],
    primary_entrant=dict(name="Fendale District Council", type="local_authority"),
    partners=[
        dict(name="Fendale Churches Night Shelter", type="charity"),
        dict(name="Fendale and Marsh Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "What was the issue?", """
Councils open emergency beds for people sleeping rough when the weather turns dangerous, under what is
called a severe weather emergency protocol. In Fendale, as in many places, ours was triggered only when
the forecast was for three consecutive nights at or below freezing. That rule was written years ago and
nobody had looked at it since.

Fendale is a coastal district. Our cold nights are often wet and windy rather than frosty, and a night
at two or three degrees with heavy rain and a strong wind off the sea can be more dangerous to someone
in a sleeping bag than a dry, still frost. We were also only opening on the third night, by which time
people had already spent two nights out. In January 2022 a man in his fifties who was well known to our
outreach team was found dead in a shelter on the seafront after a wet, windy night of about two degrees.
The protocol had not been triggered.

The GPs at the primary care network's weekly clinic for people who are homeless told us that they were
seeing more chest infections, trench foot and hypothermia-related falls on wet, mild nights than on
frosty ones, and that many of their patients have conditions such as COPD, heart disease or alcohol
dependence that make the cold more dangerous for them.

The old rule also caused confusion. Because it depended on a three-night forecast, the decision was
often made late in the afternoon and changed if the forecast changed, and people sleeping rough had no
reliable way to find out whether beds were open. Some walked two miles to the shelter to find it shut.
Others assumed it was shut and did not try.
"""),
        ("evidence", "What has changed, and what does the evidence show?", """
Since November 2022 our protocol opens emergency beds from the first night when the 'feels like'
temperature is forecast to be three degrees or below, or when there is a Met Office yellow weather
warning for rain or wind, whatever the temperature. Beds are provided at the churches' night shelter,
which opens extra space on protocol nights, and in the council's own emergency rooms. The primary care
network's clinic is told each morning who came in, so that anyone with a health concern can be seen
that day.

In winter 2022-23 the protocol was open on 58 nights, and in winter 2023-24 on 71 nights. Under the old
rule it would have opened on 12 of those nights. A total of 163 different people used an emergency bed
over the two winters, and 49 of them were seen at the GP clinic the following day. Our target for
winter 2024-25 is that everyone who uses a protocol bed on three or more nights is offered a longer-term
place.
"""),
        ("stakeholders", "How were people with lived experience, patients and staff involved?", """
<<P:The change to the trigger came from the people it is for: in the autumn of 2022 we held two
sessions at the day centre, and people who were sleeping rough, or had done recently, told us that
rain and wind were what kept them awake and soaked through, and that they were never sure whether
the beds were open.>> <<P:As a result of what they said, we now announce protocol nights by text
message to anyone who has given us a number, and on a board outside the day centre, a suggestion that
came from a woman who had slept in her car for most of the previous winter.>>

Our outreach team were briefed on the new trigger before the first winter. Night shelter volunteers
were trained in recognising hypothermia. The rough sleeping coordinator reviews the forecast each
afternoon and decides whether to open, which is part of her job. GP practices in the primary care
network were informed of the change by letter. We surveyed outreach and shelter staff at the end of
the first winter, and as the feedback was positive, nothing about the protocol was changed.
"""),
        ("value", "What difference has it made to value for money and to people's experience?", """
Each protocol night costs the council about £600 in extra staffing and bedding, paid from the council's
homelessness prevention grant. The night shelter's extra costs are met by a grant from the council. A
single emergency admission for hypothermia or pneumonia costs the NHS several thousand pounds.

People who use the beds tell us the new rule makes sense to them, because it matches what a bad night
outside actually feels like.

The change also makes life simpler for the night shelter, which used to find out at four in the
afternoon whether it needed to find extra volunteers for that evening. With a trigger that follows the
Met Office warnings, which are issued a day or more ahead, the shelter can plan its rota.
"""),
        ("spread", "How has the work been shared?", """
We have shared our protocol with the other districts in the county and with the regional rough
sleeping network. Two neighbouring councils have changed their triggers to include wind and rain
warnings. The primary care network has shared its morning list arrangement with other practices that
run homeless health clinics.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1610  reducing courses of chlordiazepoxide for people discharged to
#        hostels - docx - rubric headings - acute trust alcohol care team
#        lead nurse, clinical - with a hostel charity and the community drug
#        and alcohol service - patients and staff involved - NO spread
#        section
# ---------------------------------------------------------------------------
entry(
    id="I1610", format="docx", layout="rubric_headings", topic="chlordiazepoxide_discharge_hostels",
    project="independent101-stepdown-1610", docx_font="Calibri",
    title="Step Down Safely: finishing alcohol withdrawal treatment after discharge to a hostel",
    cover=[
        "Lead entrant: Kingsmead Hospitals NHS Foundation Trust (Alcohol Care Team)",
        "Partners: Cornerstone Hostels (homelessness charity) and Compass Kingsmead (community drug and alcohol service, a registered charity)",
        "Entry author: Lead Nurse, Alcohol Care Team",
    ],
    primary_entrant=dict(name="Kingsmead Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Cornerstone Hostels", type="charity"),
        dict(name="Compass Kingsmead", type="charity"),
    ],
    sections=[
        ("context", "Background and the patient safety problem", """
Our alcohol care team sees around 2,000 patients a year who are admitted to Kingsmead General with
alcohol dependence or withdrawal. Many are treated with a reducing course of chlordiazepoxide, a
benzodiazepine, to prevent seizures and delirium tremens. A course usually lasts five to seven days,
and patients are often well enough to go home before it finishes.

For people going home to a stable address with a GP and a pharmacy, finishing the course is
straightforward. For people discharged to a hostel it was not. The remaining tablets were handed to the
patient in a single box as they left. Some took too many on the first night, especially with alcohol,
and benzodiazepines combined with alcohol or opioids can stop a person breathing. Some sold them or
had them taken. Others lost them and went straight back into withdrawal, sometimes with a seizure within
48 hours of leaving hospital. Hostel staff did not know that the person had been given anything.

Over 2021 we found 23 patients discharged to hostels with chlordiazepoxide who came back to the
emergency department within a week, including two who were found unresponsive after taking their
remaining tablets with alcohol, and four who had withdrawal seizures after running out.

The problem crossed three organisations. The hospital prescribed and supplied the medicine; the hostel
was where the patient would be taking it; and the community drug and alcohol service would usually be
the people responsible for any ongoing treatment. None of them had agreed how a reducing course should
be completed outside hospital, and the discharge letter went to the GP, who might not see it for
days. For some patients there was no GP at all.

Our ward staff were also under pressure to discharge patients quickly, and a patient who felt better on
day three of a seven-day course, and wanted to leave, was often allowed to go with the rest of the
course in a bag. Nobody was doing anything wrong, but the system as a whole was unsafe.
"""),
        ("evidence", "Evidence of improvement", """
Since July 2022 patients leaving Kingsmead General for one of Cornerstone's four hostels with a
reducing course are discharged with a day-by-day supply in sealed daily envelopes, which the hostel
holds in its office and hands out each morning. The alcohol care team rings the hostel before the
patient leaves, and Compass sees the patient at the hostel within three working days to plan ongoing
treatment. If a patient does not come for a dose, hostel staff call the team's phone line, and a
nurse decides with them what to do.

<<Q:Re-attendances at the emergency department within seven days among patients discharged to a
Cornerstone hostel on a reducing course fell from 23 in 2021 to 7 in 2023.>> <<Q:Withdrawal seizures
within a week of discharge in this group went from four to none over the same period, and there have
been no further cases of a patient found unresponsive after taking a whole course at once.>> <<Q:The
proportion of these patients seen by Compass within a week of leaving hospital rose from around one in
five to more than four in five.>>
"""),
        ("stakeholders", "Involvement of patients, service users and staff", """
<<S:The envelope system was worked out with Cornerstone's hostel managers, who had been worried about
holding controlled drugs and asked for a one-page agreement setting out exactly what hostel staff are
and are not responsible for.>> <<S:Hospital pharmacists on the medical wards tested the daily envelopes
for a month and changed the label so that it shows the day of the week as well as the date, after
hostel staff reported confusion at weekends.>> <<S:Compass recovery workers asked us to include the
date of the last drink and the planned last dose on the discharge letter, and that is now part of the
template.>>

<<P:Four Cornerstone residents who had been admitted with withdrawal talked to us about what leaving
hospital had been like, and it was their account of being 'given a bag of pills and a bus fare' that
led us to the envelope idea.>> <<P:One of them, now a volunteer at the hostel, also suggested that the
morning dose be handed out with breakfast so that it did not feel like a medicine queue, and the
hostels adopted this.>>
"""),
        ("value", "Value and impact", """
The envelopes cost a few pence each, and the extra pharmacist time to prepare them is about fifteen
minutes per patient. Every emergency attendance and admission avoided saves the trust money and frees a
bed. Hostel managers say their staff are more confident, because they know what the person has been
given and who to call. Patients tell us that having someone hand them their dose each morning is a
reason to come back to the hostel rather than stay out.

Just as important, the arrangement has built trust between the hospital and the hostels. Hostel
managers used to tell us that the hospital 'dumped' people on them without warning. They now receive a
phone call before every discharge of this kind, and they feel able to ring us. That relationship has
helped with other patients too, such as people with wounds or diabetes, even though they are outside
the scope of this project.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1611  overdose response in council temporary accommodation - pdf made from
#        Word (soffice) - style headings - council housing manager, corporate
#        - council housing service with its own public health team and B&B
#        landlords, NO partner (ineligible) - staff involved - NO patient
#        involvement (kits given to residents, letters, a plan for a forum,
#        families informed, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1611", format="pdf", layout="style_headings", topic="temporary_accommodation_overdose_response",
    project="independent101-nooneonly-1611", render_via="soffice", docx_font="Liberation Serif",
    title="Nobody Alone: overdose response in Brackley Vale's temporary accommodation",
    cover=[
        "Brackley Vale Borough Council: Housing Options and Temporary Accommodation Service, with the Council's Public Health Team",
        "Submitted by the Temporary Accommodation Manager",
    ],
    primary_entrant=dict(name="Brackley Vale Borough Council", type="local_authority"),
    partners=[],
    sections=[
        ("context", "Context", """
Brackley Vale Borough Council places around 420 households in temporary accommodation at any one time.
For single adults, much of this is in bed and breakfast hotels and shared houses that we lease from
private landlords. These are not hostels: there are no support workers on site and often no staff at
all at night. A growing share of the single people we place use drugs, and some are released from
prison or leave hospital straight into a room we have found for them that day.

Between 2020 and 2022 seven people died of suspected drug poisoning in council temporary accommodation.
The safeguarding adults review that followed the fifth death found that our housing officers did not
ask about drug use when placing someone, that no naloxone was held at any of our properties, that
landlords and their staff had no idea what to do if they found someone unresponsive, and that nobody
went back to check on a person in their first night.

Within the council, housing and public health had never worked together on this. Public health
commissions the drug and alcohol service; housing places the people who use it. This entry describes
what the two teams have done together.

It is worth saying that temporary accommodation is meant to be short term, but for single people in
Brackley Vale it rarely is. The average stay is now more than five months. People move in with very
little, often straight from a crisis, into a room with a shared bathroom and no one to talk to. For
somebody who uses drugs, that first night alone in a strange room is a time of real danger.
"""),
        ("evidence", "Evidence", """
From April 2023 every single adult placed in temporary accommodation is asked, at the point of
placement, whether they use drugs and whether they have recently left prison, hospital or treatment.
Anyone who says yes is offered a naloxone kit and a 'first night call' from a housing officer on the
evening of placement and again the next morning. Naloxone is held at every bed and breakfast and
shared house we use, and each landlord has signed an agreement to keep it in a known place. Our
public health team's drug service commissioner arranged for the drug service to train landlords and
their staff.

<<Q:Non-fatal overdoses in council temporary accommodation attended by an ambulance went down from 34 in
2022/23 to 19 in 2023/24.>> <<Q:Drug poisoning deaths in temporary accommodation fell from three in
2022 to one in 2023 and none in the first nine months of 2024.>> <<Q:The share of single adults placed
in temporary accommodation who were in contact with the drug service within a month of placement rose
from 22% to 57%.>>
"""),
        ("stakeholders", "Stakeholders", """
<<S:The placement questions were written by a group of housing officers from the Housing Options team,
who tested them over three weeks and cut them from twelve questions to four because applicants were
walking out halfway through.>> <<S:Public health team staff and the housing officers together designed
the first night call script, and the officers asked for the morning call to be moved from 9am to 11am
so that people were not woken early, which is how it runs now.>> <<S:Out-of-hours housing staff pointed
out that most placements happen late in the day and asked for kits to be stored at the council's
out-of-hours office, which they now are.>>

Residents in temporary accommodation were not consulted on the design of the scheme. Each person
offered a kit is given a leaflet and is sent a letter confirming their placement with information about
the drug service. The families of the people who died were told about the review's findings. We plan
to set up a residents' forum for temporary accommodation in 2025.
"""),
        ("value", "Value", """
A naloxone kit costs around £20 and is funded by public health. The first night call adds about ten
minutes of housing officer time per placement. Avoiding even one death, and the ambulance, police and
coroner's time it involves, more than covers the cost for a year. Housing officers say they feel less
helpless when they place someone they are worried about.

The work has also changed how housing and public health see each other inside the council. Before,
drug-related deaths were seen as a health matter and temporary accommodation as a housing matter. The
two teams now hold a joint review every quarter of every overdose reported in our accommodation, and
the findings go to both directors.
"""),
        ("spread", "Spread", """
We have shared our placement questions and landlord agreement with the other councils in the county
and with the regional temporary accommodation network. Our public health team has asked the drug
service to offer the same landlord training to housing associations in the borough.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1612  antenatal care for pregnant women who are homeless and use drugs -
#        docx - style headings - consultant midwife, reflective - acute trust
#        maternity with a women's centre, the city council and a drug service
#        - women and staff involved - NO quantitative evidence (numbers of
#        women, single figures with no baseline, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1612", format="docx", layout="style_headings", topic="pregnant_women_homeless_substance_use_antenatal",
    project="independent101-seenandheard-1612", docx_font="Calibri",
    title="Seen and Heard: bringing antenatal care to pregnant women who are homeless and use drugs",
    cover=[
        "Lindenmere University Hospitals NHS Trust (Maternity Services), with the Harbour Women's Centre, Lindenmere City Council and Turnstone Drug and Alcohol Service",
        "Entry by the Consultant Midwife for Inclusion",
    ],
    primary_entrant=dict(name="Lindenmere University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Harbour Women's Centre", type="charity"),
        dict(name="Lindenmere City Council", type="local_authority"),
        dict(name="Turnstone Drug and Alcohol Service", type="charity"),
    ],
    sections=[
        ("context", "Why this work was needed", """
Women who are homeless and use drugs are among those most likely to die during pregnancy or soon after
it, and their babies are more likely to be born early, small or unwell. Yet they are the least likely to
come for antenatal care. Many of the women I have cared for have told me the same things: they were
frightened that a midwife would mean social services taking the baby; they could not get to a
hospital appointment on a weekday morning; they had no phone to receive a letter or a text; and they
had been judged before and did not want it again.

In 2021 and 2022 our maternity service reviewed the care of every woman who booked late or not at all
and who was known to be homeless or using drugs. In many cases the first contact with maternity was in
labour, on the labour ward, with no scan, no blood tests and no plan for the baby's withdrawal. Two of
those babies were stillborn. In one case a woman gave birth alone in a tent in the woods outside the
city. These were not women who did not care about their babies; they were women our services had not
reached.

Each organisation in this partnership saw part of the picture. The Harbour Women's Centre saw these
women every week at its drop-in. Turnstone saw some of them for their opioid treatment. The council
knew where they were staying. Maternity had the skills but was in the wrong place.
"""),
        ("evidence", "What has changed", """
Since January 2023 a named midwife from our inclusion team runs a weekly antenatal clinic at the
Harbour Women's Centre, alongside a Turnstone worker and a council housing officer. Women can drop in
without an appointment, have a pregnancy test, book, have bloods taken and, through a portable scanner
lent by the trust, have an early scan. A single plan is agreed for each woman between the three
services, with her, and shared with the labour ward.

In the first eighteen months 57 women were seen at the clinic, and 44 of them booked for antenatal care
through it. Of the 31 who have since given birth, 24 had a birth plan in place on the labour ward and
all 31 had their housing situation known to the maternity team before labour. The midwife made 212
outreach contacts in total. Our target is for every pregnant woman seen at the centre to be booked
before 13 weeks.

Alongside the clinic, every woman who books through it is offered a postnatal visit from the same
midwife wherever she is staying, whether in a hostel, a friend's flat or temporary accommodation, and
the council's housing officer aims to find settled accommodation before the baby is born.
"""),
        ("stakeholders", "Working with women and with staff", """
<<P:The clinic was planned with women who use the Harbour Women's Centre, and it was their idea to hold
it on a Thursday afternoon, after the centre's hot lunch, because that is when most women are there.>>
<<P:Women who had been through pregnancy while homeless told us that the word 'safeguarding' in our
leaflets made them run, so together we rewrote the leaflet, which now starts with 'We want to help you
keep your baby safe and keep you safe too'.>> <<P:One woman, who had her baby removed at birth in 2020
and is now a volunteer at the centre, spoke to our midwives at a training day about her experience, and
her talk led us to change how and when social care is first discussed with a woman.>>

<<S:Labour ward midwives asked for a flag on the maternity record so that they would know, the moment a
woman arrived, that a plan existed, and our digital midwife built it.>> <<S:The Turnstone worker and the
midwife agreed a shared approach to opioid treatment in pregnancy with the trust's neonatal team, who
asked that every plan include the baby's observation period after birth.>>
"""),
        ("value", "Value and impact", """
The clinic costs the trust one midwife session a week. The portable scanner was bought with charitable
funds for £9,500. Late booking, unplanned births and babies who need neonatal care for withdrawal
without a plan are all very costly, and a single stillbirth is a tragedy for the woman and a lasting
burden on the staff involved. Women say they feel respected, and our midwives say the clinic has
changed how they think about women who miss appointments.

The Harbour Women's Centre has also benefited. Its workers used to feel that they were left holding
serious worries about pregnant women with no one to pass them to. They now have a named midwife they
see every week and can phone between clinics, and the housing officer's presence means that the
question of where a woman will go after the birth is discussed months before, not on the day of
discharge.
"""),
        ("spread", "Sharing the approach", """
The clinic model and leaflet have been shared with the maternity services in the two other trusts in
our local maternity and neonatal system, and one is setting up a similar clinic at a hostel. We have
presented the work at the regional maternity safety network and to the council's safeguarding adults
board.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1613  street medicine for deep vein thrombosis in people who inject into
#        the groin - pdf - bullet lists - GP federation street health GP,
#        plain - with the acute trust and a harm reduction charity - patients
#        and staff involved, a shift on an SPC chart - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1613", format="pdf", layout="bullet_lists", topic="street_medicine_groin_injecting_dvt",
    project="independent101-deepend-1613", pdf_font="LiberationSans", pdf_align="L",
    title="Deep End: finding and treating deep vein thrombosis on the street in people who inject into the groin",
    cover=[
        "Lead: Ellerby GP Federation (Ellerby Street Health)",
        "Partners: Ellerby and District Hospitals NHS Trust (Anticoagulation Service and Vascular Surgery); Needle Point Harm Reduction (charity)",
        "Contact: Clinical Lead GP, Ellerby Street Health",
    ],
    primary_entrant=dict(name="Ellerby GP Federation", type="primary_care"),
    partners=[
        dict(name="Ellerby and District Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Needle Point Harm Reduction", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
Ellerby Street Health is the federation's outreach GP service. We see people who are homeless or in
hostels, in day centres, at the needle exchange and on the street. Many of the people we see inject
drugs, and as the veins in their arms give out, a growing number inject into the femoral vein in the
groin. This carries a high risk of deep vein thrombosis (DVT), leg ulcers, infection and, at worst,
pulmonary embolism or a damaged artery.

What we saw before 2022:

- people with a swollen, painful leg would often not go to hospital, or would wait for hours in the emergency department and leave before being seen

- when DVT was diagnosed, people were started on anticoagulants that needed regular blood tests or daily injections, which most could not manage, and many stopped

- stopping anticoagulants early, while still injecting into the groin, meant clots came back

- the anticoagulation service had no way of following people up who had no phone and no fixed address

- Needle Point's workers were seeing swollen legs every day but had nowhere to send people

- in 2021 two of our patients died of pulmonary embolism within a month of a DVT diagnosis, one of whom had stopped his treatment after a week

No one service could solve this. We had the relationships and could prescribe, but not scan. The
hospital had the scanning and the specialist knowledge, but the people concerned did not come, or did
not stay. Needle Point saw them every day and had their trust, but had no clinical staff.
"""),
        ("evidence", "What we did and what changed", """
From September 2022:

- a Street Health nurse trained by the hospital's vascular sonographers carries a portable ultrasound scanner to the needle exchange and the day centre twice a week, and can do a basic leg scan on the spot

- anyone with a suspected DVT can be started on a once-daily oral anticoagulant the same day under a protocol agreed with the anticoagulation service, and is seen at the needle exchange weekly, where the tablets are handed out in weekly packs

- people with a complicated clot are sent to the vascular team's hot clinic the next morning with a same-day slot, not to the emergency department

Results:

- <<Q:on our statistical process control chart, emergency admissions with DVT or pulmonary embolism among people who inject showed a sustained shift downwards from August 2023, with the monthly average falling from 5.1 before the service to 2.3 after>>

- <<Q:the proportion of people with a DVT who were still taking their anticoagulant three months later rose from about a quarter to nearly two thirds>>

- <<Q:emergency department attendances for a swollen leg among people known to Needle Point fell by 40% between 2022 and 2024>>

- 268 leg scans were done on site in two years, and 97 DVTs were found
"""),
        ("stakeholders", "Who was involved", """
- <<P:people who inject into the groin told us, in conversations led by Needle Point's peer workers, that they would rather be treated at the exchange than anywhere else, and that weekly packs were more likely to be taken than a month's supply, which could be stolen>>

- <<PS:two Needle Point peer workers with their own experience of groin injecting helped write the safer injecting advice that goes with each pack, and sat on the project group>>

- <<S:the anticoagulation pharmacists worked with our GPs on the prescribing protocol and changed their usual follow-up rules so that a missed blood test would not mean stopping treatment>>

- <<S:vascular surgeons and sonographers suggested the hot clinic slot after seeing how many of our patients left the emergency department before being seen>>

- <<S:Needle Point's harm reduction workers asked us to add a simple leg check to every exchange visit, and now do it themselves, referring anyone with a swollen leg to our nurse the same day>>
"""),
        ("value", "Value", """
- the portable scanner cost £7,200 and was bought by the federation

- oral anticoagulants cost more than the older drugs, but far less than a single admission with pulmonary embolism

- every person who stays on treatment is less likely to lose a leg or die

- Needle Point's staff say the service has made their conversations about health easier, because they can offer something the same day

- patients no longer have to choose between keeping their place in a hostel or their belongings on the street and spending a day in hospital for a scan
"""),
        ("spread", "Spread", """
- the protocol has been shared through the national inclusion health clinical network

- the anticoagulation service now uses the same weekly pack approach for patients in two hostels

- a neighbouring city's street health team visited in 2024 and has bought its own scanner

- we have written up the nurse training programme with the vascular sonographers so that other services can use it

- the federation is now looking at whether the same approach could be used for leg ulcers and cellulitis at the needle exchange
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1614  safe release at night from police custody for vulnerable people -
#        docx - reordered (results first) - liaison and diversion team
#        leader, terse - mental health trust with the police and the district
#        council - NO patient involvement and NO staff involvement (custody
#        sergeants trained, detainees given a card, a named lead writing the
#        checklist, a staff survey that changed nothing, police agreeing, a
#        plan)
# ---------------------------------------------------------------------------
entry(
    id="I1614", format="docx", layout="reordered", topic="safe_night_release_police_custody",
    project="independent101-safehandoff-1614", docx_font="Cambria",
    title="Safe Hand-Off: releasing vulnerable people from police custody at night",
    cover=[
        "Lead: Aldbury Healthcare NHS Trust (Liaison and Diversion Service, Aldbury Custody)",
        "Partners: Aldbury and Wrekin Police; Aldbury District Council (Housing Solutions)",
        "Author: Team Leader, Liaison and Diversion",
    ],
    primary_entrant=dict(name="Aldbury Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Aldbury and Wrekin Police", type="emergency_service"),
        dict(name="Aldbury District Council", type="local_authority"),
    ],
    sections=[
        ("evidence", "Results", """
<<Q:Releases from Aldbury custody between midnight and 6am of people identified as vulnerable fell from
412 in 2022 to 163 in 2023/24.>> <<Q:Of those still released at night, the proportion released with a
confirmed place to go rose from 29% to 78%.>> <<Q:Emergency department attendances within 24 hours of
release among people seen by liaison and diversion fell from 58 to 21 over the same period.>>

Between June 2023 and May 2024, 1,912 safe release checklists were completed.
"""),
        ("context", "Background", """
Aldbury custody suite holds about 9,000 people a year. The liaison and diversion team assesses those with
mental health problems, learning disabilities, substance use and other vulnerabilities. Many of them
are homeless or have nowhere safe to go.

Detainees are released whenever the investigation allows, which is often in the middle of the night.
Until 2023 a person could be released at 3am, on foot, in the rain, with no money, no phone charge, no
medication and nowhere to sleep. For someone who is intoxicated, withdrawing, suicidal or confused, this
is dangerous. In 2022 one man released at 2.40am was hit by a car on the bypass within an hour. A
woman with a history of self-harm was released at 4am and found in the river the next day. Both had
been assessed by our team during their detention.

The custody sergeant decides the time of release, our team knows the person's health needs, and the
council holds the emergency accommodation. None of the three was talking to the others at the point of
release.

Custody sergeants have a legal duty not to hold anyone longer than necessary, and it is not their job to
find someone a bed. Our team finishes its shift at 10pm. The council's out-of-hours housing service
existed but was rarely called from custody because nobody knew the number.

The checklist asks the sergeant, before any night release of a person flagged by our team, to check
four things: whether the person has somewhere to go, whether they have any medication they need,
whether they are fit to walk or need transport, and whether they can be released later in the morning
instead. If there is nowhere to go, the sergeant rings the council's out-of-hours line.
"""),
        ("stakeholders", "Involvement", """
The safe release checklist was written by our team leader as part of her role. All custody sergeants
and detention officers at Aldbury were trained in using it. Every person released after a liaison and
diversion assessment is given a card with the out-of-hours housing number and the crisis line. The
police agreed to include the checklist in their release procedure, and the council agreed to take
calls from custody at night.

A staff survey was carried out in custody after six months; most staff found the checklist useful and
it was kept unchanged. People who had been released from custody were not asked for their views during
the project, though we hope to do so next year.
"""),
        ("value", "Value", """
The checklist takes five minutes. The council's out-of-hours housing line was already in place. Fewer
people injured, in crisis or back in the emergency department hours after release saves money for the
NHS, the police and the council. Custody staff say releases at night are less stressful now that there
is a clear process.
"""),
        ("spread", "Spread", """
The checklist has been adopted at the force's second custody suite and shared with the regional
liaison and diversion network. The council has included night releases in its homelessness strategy.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1615  lost opioid tolerance in people arriving at hostels from prison -
#        pdf - numbered questions - PRIVATE supported housing company as
#        primary entrant with the Probation Service and a drug and alcohol
#        charity (ineligible) - operations director, upbeat - residents and
#        staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1615", format="pdf", layout="numbered_questions", topic="prison_release_hostel_tolerance_overdose",
    project="independent101-firstnightin-1615", pdf_font="LiberationSerif", pdf_align="J",
    title="First Night In: protecting people arriving at our hostels from prison against overdose",
    cover=[
        "Primary entrant: Harbourline Supported Living Ltd",
        "With: the Probation Service (Tamsin Valley Probation Delivery Unit) and Brightwater Recovery (drug and alcohol charity)",
        "Prepared by the Operations Director, Harbourline Supported Living Ltd",
    ],
    primary_entrant=dict(name="Harbourline Supported Living Ltd", type="private"),
    partners=[
        dict(name="Probation Service", type="public_other"),
        dict(name="Brightwater Recovery", type="charity"),
    ],
    sections=[
        ("context", "1. What problem did you set out to address?", """
Harbourline is a private company providing supported accommodation for single adults in the Tamsin
Valley, under contract to two district councils and, for people leaving prison, through the Probation
Service's accommodation scheme. We run six hostels with 140 beds. At any time around a third of our
residents have come to us directly from prison.

Many of them used heroin before their sentence. In prison, their use has stopped or reduced, and so has
their tolerance. On the day they arrive with us they are often given a small discharge grant, they are
back in a town where they know exactly where to buy, and they are alone in a room with a locked door.
Between 2020 and 2022 four people died of an overdose in our hostels within a fortnight of arriving from
prison. Three of them died on their first or second night.

We realised that we knew almost nothing about a new resident when they arrived. Probation gave us a
risk assessment focused on offending, not health. We did not know whether someone had been on opioid
treatment in prison, whether they had a naloxone kit, or whether they had an appointment with the drug
service. Brightwater, the local drug service, often did not know the person had been released at all.

Our staff were doing their best, but they had no training in overdose and were told at induction that
drug use was a matter for the drug service. Night staff cover two hostels at a time and were not expected
to check on anyone unless there was a problem. A resident who had just arrived from prison, and had gone
to his room early saying he was tired, was exactly the kind of person nobody would have worried about.
"""),
        ("evidence", "2. What difference has it made?", """
Since October 2022 every person referred to us from prison comes with a one-page 'first night' summary,
prepared by their probation practitioner with the prison healthcare team, that tells us whether they
have used opioids, whether they are on treatment and when and where their first community dose is.
Brightwater's criminal justice worker meets every new arrival who has used opioids on the day they
arrive, at the hostel, and hands over naloxone. Our staff do a face-to-face welfare check at bedtime
and again at 2am on the first three nights, agreed with the resident on arrival.

<<Q:Overdoses needing an ambulance among residents in their first 14 days after release fell from 17 in
the two years before October 2022 to 5 in the two years after.>> <<Q:Deaths in the first 14 days went
from four to none.>> <<Q:The proportion of new arrivals from prison who were in contact with Brightwater
within 48 hours rose from 35% to 89%.>>
"""),
        ("stakeholders", "3. How were patients, service users and staff involved?", """
<<P:Residents who had come to us from prison were the first people we asked, and three of them met our
managers and a Brightwater worker to describe their first night; they said the worst time was between
midnight and 3am, which is why the second check is at 2am.>> <<P:The same residents asked for the
checks to be optional but 'on by default', and they helped write the conversation our staff have on
arrival.>>

<<S:Our night staff raised concerns about entering rooms, and the welfare check procedure was rewritten
with them and tested at two hostels before being used at all six.>> <<S:Probation practitioners
designed the first night summary with prison healthcare staff and our managers, and asked for it to be
sent no later than the day before release.>> <<S:Brightwater's criminal justice team changed their own
rota so that their worker could be at the hostel at the time most people arrive, after their probation
appointment.>>
"""),
        ("value", "4. What has been the value for money?", """
The scheme uses existing staff and contracts. The extra night checks add about three hours of staff time
per new arrival. Against this, overdose admissions and deaths carry a large cost for the ambulance
service, hospitals, police and coroner, and for families and for our own staff and residents.

It is also good for the hostels. New arrivals from prison now settle more quickly, because someone has
sat down with them on their first afternoon and explained what happens next. Staff feel more confident
and say they no longer dread the morning round after a new arrival. Our contracts with the councils now
include the first night arrangement, and we see it as part of the service we provide rather than an
extra.

For the Probation Service, it has meant fewer people recalled to prison after a chaotic first week,
and practitioners say that the first night summary has made them think about health in a way their
risk assessments did not.
"""),
        ("spread", "5. How has the work been shared?", """
The first night summary has been adopted by the Probation Service across the wider region for all
approved and commissioned accommodation. We have shared our welfare check procedure with other
providers through the regional supported housing forum.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1616  missing and out-of-date naloxone kits in hostels and day centres -
#        docx - bullet lists, short - local pharmaceutical committee chief
#        officer, practical - with the county council and a day centre
#        charity - people who use the day centre and staff involved - NO
#        evidence section and no measured change anywhere
# ---------------------------------------------------------------------------
entry(
    id="I1616", format="docx", layout="bullet_lists", topic="naloxone_kit_expiry_hostels_day_centres",
    project="independent101-incaseofneed-1616", docx_font="Arial",
    title="In Case of Need: keeping naloxone kits in date and in place in hostels and day centres",
    cover=[
        "Corrick and Wend Local Pharmaceutical Committee, with Corrick County Council (Public Health) and the Open Door Day Centre",
        "Contact: Chief Officer, Corrick and Wend LPC",
    ],
    primary_entrant=dict(name="Corrick and Wend Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Corrick County Council", type="local_authority"),
        dict(name="Open Door Day Centre", type="charity"),
    ],
    sections=[
        ("context", "Why we did this", """
Naloxone kits have been given out to hostels, day centres and supported housing in Corrick for several
years. But once a kit is handed over, nobody checks it. When a drug worker at the Open Door Day Centre
went to use the centre's kit on a man who had collapsed in the toilets in 2023, the kit had expired
two years earlier and the second dose was missing. The man survived because an ambulance crew arrived
quickly.

The council's public health team then asked around. What we found:

- many kits were out of date, missing, or locked in a manager's office that was closed at night

- nobody held a list of where kits were

- community pharmacies were supplying kits to individuals but had no link with hostels or day centres

- staff turnover meant that many people on shift had never been shown how to use a kit

The LPC brought together the council, the Open Door and community pharmacies. Pharmacies are already
trusted, open long hours and spread across the county, and most hostels and day centres have one within
walking distance. Since March 2024, each site has been linked to a nearby pharmacy, which visits once a
month to check that each kit is where it should be, complete and in date, replaces any that are not,
and spends a few minutes showing whoever is on shift how to use it.

The check itself is simple. The pharmacist opens each box, looks at the expiry date and the seal, makes
sure both doses are present, and signs a card kept inside the box lid. Any kit due to expire within
three months is replaced there and then. If a kit has been used, the pharmacist asks whether anyone
needs a new personal kit and records the use for the council's public health team, which monitors how
often naloxone is being given across the county. Sites that have no pharmacy nearby, mostly in the
rural west of the county, are checked by the drug and alcohol service's outreach worker instead.
"""),
        ("stakeholders", "How people were involved", """
- <<P:people who use the Open Door, several of whom had given or received naloxone themselves, walked round the centre with us and chose where the kits should hang, in places they could reach without asking anyone>>

- <<P:they also suggested a bright orange box that could be spotted quickly, which we now use at every site>>

- <<S:community pharmacists on the LPC's harm reduction group designed the monthly check and agreed to visit their nearest hostel or day centre to do it>>

- <<S:hostel and day centre managers asked for the check to include a quick reminder session for whoever is on shift, and this was added>>
"""),
        ("value", "Value", """
- each community pharmacy is paid a small fee for each monthly check from the council's public health budget

- replacement kits are supplied free through the existing naloxone programme

- every kit that is in date and in the right place when someone stops breathing could save a life

- pharmacists say they have got to know the hostels and day centres near them, and staff there now ring them with other questions about medicines
"""),
        ("spread", "Spread", """
- the scheme now covers 23 hostels, day centres and supported housing sites in Corrick

- the council is adding police custody suites and the county's two probation offices in 2025

- we have shared the check sheet with other LPCs in the region

- the council's public health team has asked that the monthly check be written into the next contract for the county's drug and alcohol service, so that it continues whoever holds the contract
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
