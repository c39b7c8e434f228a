"""Thirty-first independent evaluation set (I481..I496) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries27.py / entries29.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
a few national public bodies named as partners.  The entries are meant to be ordinary:
the kind of thing GP practices, primary care networks, community nursing teams, councils,
home care providers and voluntary sector organisations send in, in their own voices and
at their own length.  The theme of this set is primary care, community services and adult
social care.

Topics: personal alarms and telecare that stop working when home phone lines go digital
(a council telecare service), damp and mould in rented homes raised by a GP practice,
spotting deterioration early in people who have home care (a private home care company as
primary entrant), emergency plans for when an unpaid carer is suddenly taken ill (a
carers' charity, no headings), actions in hospital letters that are missed in general
practice (a primary care network, a form), falls in the bathroom while people wait for an
occupational therapy assessment (sections in an unusual order, no spread section),
overuse of asthma reliever inhalers picked up by community pharmacies (a pharmaceutical
committee), domestic abuse of older people noticed by home care workers and district
nurses (a council safeguarding adults team), pressure-relieving mattresses delivered late
to people at home, scabies outbreaks in care homes (an integrated care board), students
with type 1 diabetes or epilepsy moving to university (a university practice), triage of
urgent home visit requests in one GP practice (no partner), malnutrition in housebound
older people (a meals charity, with appendix), what to do when nobody answers the door to
a home care worker or district nurse, online consultation requests with red flag symptoms
left unread out of hours (a private digital primary care company as primary entrant) and
home care visits timed around Parkinson's medicines (a short form with no evidence
section).

Build it with

    .venv/bin/python data/independent/build.py --set 31   (writes data/corpus/independent31/)

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

Labelling conventions (as in entries27.py and entries29.py):
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
    titles, list items), wherever in the entry it is told; a volunteer or peer worker
    with lived experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; patients' and carers' support groups are
patient_group; hospices, carers' and meals charities and care associations are charity;
national public bodies such as the UK Health Security Agency are public_other; a
university is university (the corpus's type for it); home care companies, care home groups, equipment contractors, telecoms and
digital health companies are private).  A department or team of the entrant's own
organisation is not a partner.  Flags are written by hand and build.py cross-checks them
against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I481  telecare alarms failing when phone lines go digital - pdf - own
#       headings - council telecare service manager, practical - council with
#       a telecoms company, fire and rescue service and community trust - 
#       service users, a carers' group and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I481", format="pdf", layout="own_headings", topic="telecare_digital_switchover",
    project="independent31-stillconnected-481", pdf_font="LiberationSans", pdf_align="L",
    title="Still Connected: keeping personal alarms working through the switch to digital phone lines",
    cover=[
        "Lead organisation: Thornbury Vale District Council, Lifeline and Telecare Service",
        "Partners: Weyland Telecom plc (Vulnerable Customers Team); Thornbury and Asham Fire and Rescue Service; Thornbury Vale Community Health NHS Trust",
        "Entry written by the Telecare Service Manager",
    ],
    primary_entrant=dict(name="Thornbury Vale District Council", type="local_authority"),
    partners=[
        dict(name="Weyland Telecom plc", type="private"),
        dict(name="Thornbury and Asham Fire and Rescue Service", type="emergency_service"),
        dict(name="Thornbury Vale Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
Our Lifeline service looks after about 6,200 people in Thornbury Vale who wear a pendant alarm or have
other telecare in their home, such as a fall detector, a smoke detector linked to our control centre or
a bed sensor. Most of them are over 80 and many live alone. When they press the button, the alarm unit
rings our control centre over their home phone line and one of our operators talks to them through the
speaker and sends help.

The UK's phone networks are moving from the old copper lines to digital lines that run through a
broadband router. For most households this makes no difference. For someone with an older alarm unit it
can mean the alarm simply stops working, and nobody knows until they need it. The router may be unplugged
to save electricity, it stops working in a power cut, and some of the older alarm units cannot send
their signal reliably over a digital line at all.

We found this out the hard way. In March 2022 a woman of 91 fell in her kitchen and pressed her pendant
several times. Her line had been moved to digital the week before and the router was not yet plugged in
because she did not know what it was for. Her alarm never reached us. She was found by her home care
worker nine hours later with a broken hip and hypothermia. Over the following months our control room
noticed more and more alarm units that had stopped sending their routine daily test call.

The problem was that nobody had the whole picture. The telecoms company knew when it was switching a
line but did not know the customer had an alarm. We knew who had an alarm but not when their line was
being switched. District nurses and home care workers were in these homes every day but did not know
what to look for. And the fire service was fitting linked smoke alarms through our service without
knowing whether they would still work.

There was a second, quieter problem. Many of the people we support had changed their phone or broadband
provider at some point, often after a salesperson called at the door or rang them. A new provider would
sometimes send a router in the post with instructions to 'plug in and go'. The person, or a well-meaning
relative, would plug the phone into the new router and the alarm unit into nothing at all, or leave the
old line to be cancelled without anyone realising the alarm depended on it. Our records showed the
alarm as working, because nobody had told us otherwise.

We also had to think about power cuts. An old copper line carries its own power, so a pendant alarm will
still call out when the electricity is off. A digital line does not. Thornbury Vale is largely rural and
in the storms of winter 2021 some villages were without power for more than two days. Those are exactly
the conditions in which an older person living alone is most likely to fall, get cold or become unwell,
and exactly when a router-dependent alarm will not work.

By the summer of 2022 we had a list of more than 900 people whose alarm units were missing their daily
test call, and a control room team that was spending a large part of every shift ringing round to find
out why. We could not keep up. We approached the telecoms company, which serves most of the homes in our
district, and asked if we could work together. To their credit, they said yes straight away.
"""),
        ("evidence", "What has changed", """
Since October 2022 the telecoms company shares with us, every week, the list of lines due to be switched
in our area, and we match it against our records. Anyone with an alarm is called by our team before the
switch. If they have an older unit we swap it for a digital unit with its own mobile SIM before the date,
so it does not depend on the router at all. The switch is not done until we confirm.

<<Q:The number of alarm units failing their daily test call fell from an average of 148 a month in the
six months before the partnership to 31 a month in the last six months.>> <<Q:Alarm failures found only
when the person needed help, which we call 'silent failures', went from 14 in 2022 to 2 in 2024, and
both of those were in homes where the person had changed their own phone provider.>>

<<Q:The average time between a line being switched and us knowing about it has come down from 23 days,
when we only found out from the missed test call, to zero, because we now know in advance.>>

So far 3,870 people have been contacted and 2,410 units have been swapped. The fire service has checked
all 640 linked smoke detectors.

We also now know, for the first time, exactly which of the people we support would lose their alarm in
a power cut. The new digital units have a battery that lasts at least 36 hours, and those living in the
areas most likely to lose power have been given a unit with a longer battery life. The names of people
who rely on their alarm are shared, with their consent, with the electricity network's priority services
register.
"""),
        ("stakeholders", "Who was involved and how", """
<<P:We held four drop-in sessions at sheltered housing schemes, and people who use the service told us
they did not trust letters from the phone company because they had been warned about scams, so our
pre-switch call now comes from our own staff, who they already know, and we give a password agreed with
the person.>> <<P:Members of the Thornbury Vale Carers' Forum went through the wording of our pre-switch
call with us and asked us to always offer to ring a family member as well, which we now do.>> <<P:One
gentleman who uses a fall detector tried out three different digital units in his home for a month and
told us which one he could hear clearly with his hearing aids in.>>

<<S:Control room operators pointed out that the daily test calls were the early warning we needed, and
they designed the report that shows us every unit that has missed two test calls in a row.>> <<S:District
nurses and the community trust's home care liaison team told us they would happily check alarms on
their visits if it took less than a minute, so we worked with them on a simple 'press and wait' check,
and they suggested adding a sticker to the unit with our number on it.>> <<S:The telecoms company's
engineers told us they were often not allowed to unplug old equipment, so together we wrote a short
guide that engineers now follow in any home with an alarm.>> <<S:Fire service home safety advisers
tested linked smoke detectors with us over digital lines in their training house before we rolled it
out.>>
"""),
        ("value", "Value", """
Replacing an alarm unit costs us about £95. The telecoms company has paid for the units for its own
customers, which covered about 60% of the cost. The rest came from the council's telecare budget. One hip
fracture costs the NHS and social care many times that, and a long lie on the floor can mean a person
never goes home again.

People tell us they feel reassured that someone checked before anything changed. Our operators say the
control room is calmer now that they are not chasing hundreds of failed test calls every week.
"""),
        ("spread", "Sharing the learning", """
We have shared the data-sharing agreement and the engineers' guide with the national telecare providers'
association and with the other district councils in the county, three of which now have the same
weekly list from the telecoms company. The fire service has added the question 'does your alarm work on
your new line?' to every home fire safety visit across both counties it covers. The community trust has
included the alarm check in its district nursing induction.

The main thing we have learned is that this was never a technical problem on its own. The technology to
keep alarms working over digital lines has existed for some time. What was missing was any organisation
knowing who was at risk and when. Sharing one weekly list has done more than any new piece of equipment,
and it is something any council with a telecare service could ask its local telecoms providers for
tomorrow. We would encourage other areas to start by looking at their own missed test calls, because
that is where the warning signs were, long before anyone fell.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I482  damp and mould in rented homes - docx - bold headings with a cover
#       table - GP partner, informal - GP practice with the council's private
#       sector housing team and the community trust's respiratory team -
#       staff involved - NO patient involvement (tenants sent letters,
#       patients coded and referred, a questionnaire that changed nothing,
#       a plan)
# ---------------------------------------------------------------------------
entry(
    id="I482", format="docx", layout="bold_headings", topic="damp_mould_housing_gp_referral",
    project="independent31-clearair-482", docx_font="Calibri",
    title="Clear Air at Home: GP referrals for damp and mould in rented homes",
    cover_table=[
        ("Entry title", "Clear Air at Home: GP referrals for damp and mould in rented homes"),
        ("Lead organisation", "Brindle Street Surgery, Kessington"),
        ("Partners", "Kessington City Council (Private Sector Housing and Environmental Health); Kessington Community Health NHS Trust (Community Respiratory Team)"),
        ("Contact", "Dr Tom Feeney, GP Partner"),
    ],
    primary_entrant=dict(name="Brindle Street Surgery", type="primary_care"),
    partners=[
        dict(name="Kessington City Council", type="local_authority"),
        dict(name="Kessington Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we did it", """
Brindle Street is an inner-city practice with about 14,000 patients. A lot of our families live in
privately rented flats and terraced houses that are old, cold and hard to keep dry. Every GP in the
practice could tell you about a child with a cough that never goes, an adult whose asthma keeps flaring
in winter, or a baby with a chest infection whose parents show us photos of black mould on the bedroom
wall.

For years we did what most GPs do. We treated the chest, wrote a letter 'to whom it may concern' if
asked, and hoped the landlord would act. The letters went nowhere. Tenants were worried that if they
complained they would be evicted. The council's housing team had powers to make landlords fix damp but
they only got involved if a tenant contacted them, and most of our patients did not know they could.

After the coroner's report on the death of a young child from mould exposure in another part of the
country, we sat down with the council's private sector housing team and asked a simple question: what
would it take for a GP to be able to refer straight to them? The answer turned out to be not much. We
agreed a one-page referral form that any clinician in the practice can send with the patient's consent,
a promise from the council to inspect within ten working days for any home with a child under five or
someone with a lung condition, and a route for the council to tell us what they found.

The community respiratory team joined in because they were seeing the same patients at home and had the
same frustrations, and because they can check inhaler technique and whether the person's treatment
needs to change while the housing problem is being sorted out.
"""),
        ("evidence", "Evidence of improvement", """
We started in November 2022. In the first two years the practice made 211 referrals. The council
inspected 196 homes and found serious damp and mould hazards in 151 of them. Landlords were served with
improvement notices in 63 cases, and most of the rest agreed to do the work after an informal letter.

We compared the patients we referred with the year before referral. <<Q:Among the 88 children referred,
GP appointments for chest and breathing problems fell from 412 in the year before to 239 in the year
after.>> <<Q:Courses of oral steroids for asthma in the referred patients, children and adults, went down
from 97 to 52.>> <<Q:Emergency admissions for asthma or a chest infection in the same group fell from 19
to 7.>>

We know these are small numbers and that other things could have helped, such as the milder winter in
2023, but the GPs and nurses have seen the difference in individual families.
"""),
        ("stakeholders", "How people were involved", """
<<S:Our practice nurses, who run the asthma clinics, told us the first version of the referral form
asked for too much, and they cut it down to the nine questions we use now.>> <<S:The council's
environmental health officers came to a practice meeting and explained what they could and could not do,
and after that meeting they changed their inspection letter so it goes to the GP as well as the
tenant.>> <<S:The reception team suggested adding a 'damp or mould at home?' question to the online
consultation form, and they now flag any yes answers to the duty doctor.>> <<S:The community respiratory
nurses and our clinical pharmacist worked out together which patients needed a home visit and which
could be seen in the practice.>>

Tenants who were referred were sent a letter explaining what would happen next. We sent a short
questionnaire to the first 50 families referred, and the answers were mostly positive, so we did not
change anything. Patients are coded on the clinical system so that anyone who sees them knows about the
referral. We would like to set up a patient group on housing and health next year.
"""),
        ("value", "Value", """
The referral form takes a clinician about five minutes. The council's inspections were already part of
its statutory duties. The community respiratory team has absorbed the extra home visits. Every avoided
admission of a child with asthma saves the NHS about £1,800 and every avoided GP appointment frees time
for someone else.

For the GPs it has been a relief to be able to do something useful rather than write another letter.
"""),
        ("spread", "Spread", """
Our primary care network has adopted the referral form for all six of its practices from April 2024, and
the council has agreed to take referrals from health visitors in the same way. We have presented the
work at the city's housing and health board and the integrated care board has asked us to write it up as
a guide for other practices.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I483  spotting deterioration in people who have home care - docx -
#       numbered questions - PRIVATE home care company as primary entrant,
#       with the ambulance service, community trust urgent community response
#       and a GP federation (ineligible) - registered manager, warm - clients,
#       families and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I483", format="docx", layout="numbered_questions", topic="home_care_soft_signs_deterioration",
    project="independent31-noticeit-483", docx_font="Arial",
    title="Notice It, Say It: helping home care workers spot and report early signs of deterioration",
    cover=[
        "Primary entrant: Evenlode Home Support Ltd",
        "Partners: Vale and Downs Ambulance Service NHS Trust; Ashmead Community NHS Trust (Urgent Community Response); Ashmead GP Federation",
        "Submitted by Joanne Pritchard, Registered Manager and Director of Care",
    ],
    primary_entrant=dict(name="Evenlode Home Support Ltd", type="private"),
    partners=[
        dict(name="Vale and Downs Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Ashmead Community NHS Trust", type="nhs_trust"),
        dict(name="Ashmead GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Evenlode Home Support provides about 9,000 hours of home care a week to around 700 people in Ashmead and
the surrounding villages. Our care workers see the people we support more often than anyone else, in
many cases four times a day. They are often the first to notice that something is not right: a person
who is normally chatty is quiet, has not touched their lunch, is more confused, is not passing much
urine, or seems a bit wobbly on their feet.

Until 2022, our care workers had no agreed way of describing these changes or knowing who to tell. Some
rang the office, some rang the family, some wrote it in the care notes and went on to their next call,
and some rang 999 because they did not know what else to do. Office staff would try to get through to
the person's GP surgery, often waiting on hold for long periods. By the time a clinician saw the person,
a urine infection had become sepsis or a chest infection had become pneumonia.

Two cases in the winter of 2021 made us act. A man we supported was noted by three different care workers
over two days as 'not himself' and 'off his food' but nobody escalated it, and he was admitted with
sepsis and died in hospital. A woman with dementia was taken to the emergency department by ambulance
after a care worker found her confused, and waited eleven hours on a trolley with what turned out to be
constipation and a mild infection that could have been treated at home.

We could not solve this on our own. We needed a common language with the NHS, a clinician to call who
would actually answer, and the confidence that calling would lead to something.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since April 2023 every care worker carries a 'Notice It' card based on the soft signs tool used by the
ambulance service. If they notice a change they record it in the electronic care notes using the card's
words, and if two or more signs are present they phone the urgent community response team's direct line,
which is answered by a nurse or paramedic within ten minutes. The team can visit within two hours, and the
GP federation's clinicians can see the records and prescribe the same day.

<<Q:Emergency admissions among the people we support fell from 412 in 2022/23 to 318 in 2023/24, while
the number of people we support stayed about the same.>> <<Q:999 calls made by our care workers went
down from 286 to 171 over the same period.>> <<Q:Admissions with sepsis or a urine infection fell from 61
to 34.>> In 2023/24 our care workers made 523 calls to the urgent community response line. The team
managed 81% of those people at home.
"""),
        ("spread", "3. How has the work been shared or spread?", """
The urgent community response team has now offered the same direct line to the other three home care
agencies in Ashmead, and two have started using the Notice It card. The ambulance service has shared our
care worker training with its care home liaison team. We have presented the work to the local Care
Providers' Forum and to the integrated care board's ageing well programme board.
"""),
        ("value", "4. What difference has it made to people and staff, and is it value for money?", """
The cards cost about 40p each to print. Training is one hour and is part of our induction and yearly
update. The urgent community response team was already funded and our calls have helped it reach people
earlier. Each avoided admission of an older person saves the NHS around £3,000 and, more importantly,
avoids the risk of losing independence that comes with a hospital stay.

Care workers say they feel listened to and less alone. Families tell us they are relieved that someone
acted quickly. One daughter said her mother was treated for a chest infection at home on the same day
her care worker noticed she was breathless, and that the alternative would have been a night in A&E.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<S:A group of eight care workers from different teams met with paramedics from the ambulance service
over three evenings to choose the words on the card, and they swapped several medical terms for phrases
they actually use, such as 'not eating like usual' and 'more muddled than normal'.>> <<S:The urgent
community response nurses tested the direct line for a month with two of our teams and then asked us to
always have the person's medicines list ready when we call, which is now printed on the back of the
card.>> <<S:GPs in the federation agreed the list of problems that the team can treat at home without
waiting for the person's own GP.>>

<<P:People we support and their families helped too: five clients and four family members came to a
session at our office and told us they wanted to be asked first, where possible, before we rang anyone,
so the card now starts with 'Tell the person what you have noticed'.>> <<P:Mrs Eileen Shaw, whose
husband we support, checked the leaflet for families and asked for it to be in larger print.>>
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I484  emergency plans for when an unpaid carer is suddenly taken ill - docx
#       - no headings - carers' charity chief executive, personal - carers'
#       charity with the council, the ambulance service and a GP federation -
#       carers involved - NO staff involvement (crews told, practices sent a
#       code, call handlers trained, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I484", format="docx", layout="no_headings", topic="unpaid_carer_emergency_plans",
    project="independent31-ifsomethinghappens-484", docx_font="Georgia",
    title="If Something Happens to Me: emergency plans for unpaid carers in Wrenfield",
    cover=[
        "Wrenfield Carers' Centre (registered charity), with Wrenfield County Council, Coastway Ambulance Service NHS Trust and Wrenfield North GP Federation",
        "Entry by the Chief Executive, Wrenfield Carers' Centre",
    ],
    primary_entrant=dict(name="Wrenfield Carers' Centre", type="charity"),
    partners=[
        dict(name="Wrenfield County Council", type="local_authority"),
        dict(name="Coastway Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Wrenfield North GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", None, """
Every carer we work with has the same fear. "What happens to him if something happens to me?" They ask
it at our groups, they ask it on the phone at night, and they ask it when they come to us for the first
time. There are about 48,000 unpaid carers in Wrenfield. Many look after someone who cannot be left
alone, a husband with advanced dementia, an adult son with a severe learning disability, a mother who
cannot get out of bed. If the carer collapses, has a stroke or is rushed into hospital, the person they
care for can be left alone in the house with nobody knowing they are there.

It happens more often than people think. In 2021 a carer in the town had a heart attack in the street
and was taken to hospital. Nobody knew that her husband, who has dementia and cannot use a phone, was at
home on his own. He was found by a neighbour the next afternoon, dehydrated and distressed, having fallen
trying to look for her. He never returned home. That story was told to us by their daughter, and it is
the reason this project exists.

If Something Happens to Me is simple. Our carer support workers sit down with a carer and write an
emergency plan: who the cared-for person is, what they need, who can step in, where the keys are, and
what medicines they take. The plan is held on the council's emergency carer register, which is staffed
day and night by the council's out-of-hours social care team. The carer carries a card with a number and
a reference. Ambulance crews and hospital staff who find the card call the number, and the council
activates the plan, whether that is phoning the named contacts or sending an emergency home carer the
same evening. GP practices add a code to the carer's record, so that a GP who hears about an emergency
admission can check whether there is somebody at home who needs help.

We knew from the start that a plan on paper would be no use unless the people who find a carer in an
emergency know to look for it, and unless someone answers the phone at 3am on a Sunday. That is why we
needed partners. We are a small charity with fourteen staff; we cannot run a round-the-clock service. The
council can, and already did for its own emergency duty work. The ambulance service is most often the
first on the scene when a carer collapses. GP practices hold the records that tell them who is a carer,
even if the carer has never told anyone else.

The plans themselves are not complicated, but writing one takes time and trust. Our carer support
workers usually need an hour, sometimes two visits, because carers often have not thought about who
could step in, or have not wanted to ask. Some carers have nobody to name at all. For them the plan
records what the person they look after needs, hour by hour, so that an emergency carer sent by the
council can pick up where they left off. We review every plan once a year, or sooner if something
changes, such as a new diagnosis or a move into a different house.
"""),
        ("evidence", None, """
Since the scheme began in May 2022, 3,140 carers have made an emergency plan with us, and the register
has been activated 412 times. In 389 of those activations, the named contacts were reached and took over
care within a few hours. In the rest, the council sent an emergency carer the same day.

<<Q:Before the scheme, the council's adult social care team recorded 37 cases in 2021 where a person was
found alone at home after their carer had been taken ill; in 2023 there were 6, and in every one of
those the carer did not have a plan.>> <<Q:The average time between a carer's emergency and support
arriving for the cared-for person went down from just under 19 hours in the cases reviewed from 2021 to
3 hours in 2023.>>

<<Q:We also asked carers how confident they felt that the person they look after would be safe if they
were taken ill: before making a plan 11% said they were confident, and six months after making a plan
that had risen to 74%.>>
"""),
        ("stakeholders", None, """
This project was built by carers. <<P:Our carers' reference group, twelve people who between them look
after partners, parents and adult children, spent a year designing the plan with us and threw out our
first version because it was seven pages long and asked for things nobody knows at 3am.>> <<P:They
insisted that the card should be the size of a bank card so it fits in a purse or wallet, and that it
should say 'I am a carer - someone depends on me' in large letters at the top.>> <<P:The daughter of the
couple whose story started this, Mrs Anne Kowalczyk, sat on our steering group throughout and spoke to
the council's cabinet when it agreed to fund the register.>>

<<P:Young carers at our Saturday club asked for their own version, because they worry about the same
thing when a parent is ill, and they wrote the words for it.>>

Ambulance crews were told about the card through the ambulance service's clinical bulletin and a short
video. The council's out-of-hours call handlers were trained to use the register. GP practices were
sent the code to use and a template letter. We hope to set up a group of GPs and practice carers' leads
next year to look at how practices could identify more carers.
"""),
        ("value", None, """
The scheme costs about £85,000 a year, mostly for two part-time carer support workers and the
council's register, and is jointly funded by the council and the integrated care board. When a plan is
activated, most of the time a family member or friend steps in, which costs nothing. An emergency
placement in a care home for someone left without care costs the council at least £1,200 a week, and
every older person who has a fall or becomes dehydrated because they were left alone is a potential
hospital admission.

What carers tell us matters more than money. One carer said, "For the first time in six years I went for
my own operation without lying awake the night before."

Another carer, who looks after her adult son with a severe learning disability, was taken into hospital
with pneumonia last winter. The paramedic who attended found the card in her purse and rang the number
while she was still in the ambulance. Her sister, who lives forty miles away, was phoned within twenty
minutes, and a council emergency carer stayed with her son until his aunt arrived. "He did not even miss
his tea," she told us afterwards. That is what the scheme is for.
"""),
        ("spread", None, """
The council has written the register into its carers' strategy and has asked us to offer plans to all
carers who have a carer's assessment. Two neighbouring carers' centres have borrowed our plan and card,
and a national carers' network has featured the scheme in its newsletter. The ambulance service is looking at
recording the existence of a carer's plan on its own system so that crews are prompted to ask.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I485  actions in hospital letters missed in general practice - pdf - form
#       table - PCN clinical director, clipped - primary care network with the
#       acute trust and the ICB - staff involved - NO patient involvement
#       (patients as beneficiaries, a patient participation group that was
#       only updated, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I485", format="pdf", layout="form_table", topic="gp_clinical_correspondence_actions",
    project="independent31-lettersloop-485", pdf_font="LiberationSans",
    title="Closing the Letters Loop: making sure actions in hospital letters are done",
    cover_table=[
        ("Entry title", "Closing the Letters Loop: making sure actions in hospital letters are done"),
        ("Lead organisation", "Harlow Brook Primary Care Network (seven GP practices)"),
        ("Partner organisations", "Colne Valley Hospitals NHS Trust; NHS Mid Essex and Colne Integrated Care Board"),
        ("Entrant", "Dr Samira Qureshi, Clinical Director, Harlow Brook PCN"),
    ],
    primary_entrant=dict(name="Harlow Brook Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Colne Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Mid Essex and Colne Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
Our seven practices receive about 9,500 letters a month from hospital clinics, discharge summaries and
other services. Most are filed by trained administrators ('workflow' staff) using a protocol, and only
those needing a GP are passed on. Many letters contain an action for the practice: start or stop a
medicine, arrange a blood test, refer on, review in six weeks.

In 2022 our significant event reviews kept finding the same thing. An action was written in the middle
of a long clinic letter and missed. A discharge summary said 'GP to stop aspirin' and the aspirin stayed
on repeat, alongside a new anticoagulant. A letter asked us to repeat a potassium level in a week, which
was never booked. In one case a patient's methotrexate was increased in clinic but the repeat was not
changed and he received two different doses from two sources.

We audited 600 letters across the PCN in September 2022. 214 contained an action for the practice. In 37
of those the action had not been done within the time asked, and in 9 there was a risk of serious harm.

The hospital did not know that its letter format made actions hard to find. The practices did not know
which actions the hospital expected them to do and which the hospital was doing itself. The ICB had a
contract standard about this but no way of seeing whether it was met.

Goals: a clear, separate list of practice actions at the top of every letter; a safe workflow in all
seven practices; and a way of checking that actions are done.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
From March 2023 the hospital's outpatient and discharge letter templates have a box at the top headed
'Actions for GP practice', with a due date for each. If there is nothing for the practice to do it says
'No GP actions'. The practices' workflow protocol now codes every action and creates a task with the
due date. A PCN pharmacist checks all medicine changes within 48 hours.

We repeated the 600-letter audit in September 2023 and September 2024. <<Q:Actions not done within the
time asked fell from 37 of 214 (17%) in 2022 to 12 of 221 (5%) in 2023 and 5 of 208 (2%) in 2024.>>
<<Q:Letters where the action was only found in the body text and not in a summary went down from 71% to
9%.>> <<Q:Medicine changes from hospital letters actioned within two working days went up from 46% to
93%.>>

Significant events involving letters reported by the seven practices fell from 23 in 2022 to 8 in 2024.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Workflow administrators from all seven practices met twice with the hospital's outpatient
transformation team and showed them real letters on screen, and it was their suggestion to put the
actions in a box at the very top with a due date.>> <<S:Hospital consultants in rheumatology, cardiology
and diabetes, the three specialties with the most actions, tested the new template for a month and asked
for a drop-down of common actions so that it did not slow down their dictation.>> <<S:Our PCN pharmacists
rewrote the medicines part of the workflow protocol with the ICB medicines optimisation team after
finding that the old protocol let administrators file letters with dose changes.>> <<S:Practice managers
agreed a shared task list so that a locum or part-time GP could not miss a task.>>

The PCN's patient participation groups were updated on the project at their meetings in 2023. The work
is meant to benefit every patient who has a hospital appointment. We plan to ask patients whether they
would like a copy of the actions box sent to them by text.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The template change cost the hospital nothing beyond the time of its digital team. The PCN pharmacist
time is about four hours a week from existing roles. Workflow staff say the box saves them time because
they no longer read whole letters looking for actions. GPs say they trust the workflow more. Every error
avoided, especially with anticoagulants, methotrexate and insulin, avoids potential harm and the cost of
investigating and putting it right.
"""),
        ("spread", "How has the work been shared and spread?", """
The ICB has made the actions box a requirement for all three acute trusts in the area from April 2025.
The other four PCNs in the borough have adopted our workflow protocol. We presented at the regional
primary care patient safety network in June 2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I486  falls in the bathroom while waiting for occupational therapy -
#       docx - sections in an unusual order (results first) - council head of
#       occupational therapy, plain - council with a Care and Repair charity
#       and the community trust - people waiting and staff involved - NO
#       spread section
# ---------------------------------------------------------------------------
entry(
    id="I486", format="docx", layout="reordered", topic="bathroom_falls_ot_waiting_list",
    project="independent31-safetobathe-486", docx_font="Cambria",
    title="Safe to Bathe: reducing falls while people wait for an occupational therapy assessment",
    cover=[
        "Lead: Marrick and Dale Borough Council, Adult Social Care Occupational Therapy Service",
        "Partners: Care and Repair Marrick (charity) and Dalesway Community NHS Trust (Community Therapy Service)",
        "Author: Head of Occupational Therapy, Marrick and Dale Borough Council",
    ],
    primary_entrant=dict(name="Marrick and Dale Borough Council", type="local_authority"),
    partners=[
        dict(name="Care and Repair Marrick", type="charity"),
        dict(name="Dalesway Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("evidence", "What we achieved", """
<<Q:The average wait for an occupational therapy assessment for bathing and toileting equipment fell
from 21 weeks in March 2022 to 4 weeks in March 2024.>> <<Q:Falls in the bathroom or toilet reported by
people on our waiting list went from 94 in 2021/22 to 31 in 2023/24.>> <<Q:Ambulance call-outs to
people on the waiting list after a fall at home dropped by about 40% over the same period, based on the
addresses matched with the ambulance service.>>

Since October 2022, 2,970 people have had a telephone triage call, 1,650 have had small equipment such
as a bath board, a raised toilet seat or a grab rail fitted within a week, and 410 were seen urgently.
"""),
        ("context", "The problem", """
In early 2022 more than 1,300 people were waiting for an occupational therapy assessment from the
council, most of them older people who were struggling to get in and out of the bath or on and off the
toilet. Some had waited more than a year. People waiting were falling, and some were being admitted to
hospital or ending up in a care home because of it. The community trust's therapy service had its own
waiting list, often for the same people, and the two lists did not talk to each other.

At the same time, the local Care and Repair charity was fitting grab rails and minor adaptations for
older homeowners, but only if someone referred them, and almost nobody did.

We did three things together. First, every person on either waiting list gets a telephone triage call
from an occupational therapy assistant within two weeks, using a short set of questions about falls,
bathing and toileting. Second, anyone who needs simple equipment or a rail has it fitted by the Care and
Repair handyperson service within seven days, without waiting for a full assessment. Third, anyone with
a recent fall, or who cannot get off the toilet safely, is seen by whichever service can see them first,
council or NHS, and the lists are now one shared list.
"""),
        ("stakeholders", "Who was involved", """
<<P:We rang twenty people who had been on the waiting list for more than six months and asked them what
had happened while they waited, and many said they had stopped bathing altogether or were climbing into
the bath using the taps, which is why the first triage question is now 'how are you washing at the
moment?'>> <<P:Members of the Dale Older People's Forum tested the triage call with us by phone and
suggested we ring from a number that shows as the council, because many older people do not answer calls
from unknown numbers.>>

<<S:Occupational therapy assistants from both the council and the community trust wrote the triage
questions together and trialled them for two months, and they changed the order so that the falls
questions come first.>> <<S:Care and Repair's handypersons told us that grab rails were often being put
in the wrong place because the referral only said 'rail by toilet', so they now take a photo and send it
to the therapist to agree the position before drilling.>> The ambulance service has also agreed
to send us a weekly list of people attended after a fall at home so we can check if they are waiting
for us.
"""),
        ("value", "Value", """
A grab rail fitted by Care and Repair costs about £45, and a bath board or raised toilet seat about
£30. A fractured hip costs the NHS around £14,000 in the first year, and for many older people it means
the end of living independently. The telephone triage takes about 20 minutes per person.

Occupational therapists say they now spend their time on the complex assessments they are trained for.
People tell us it made an enormous difference to have something in place quickly, even if the full
assessment came later.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I487  overuse of asthma reliever inhalers - pdf - capital headings - LPC
#       chief officer, brisk - local pharmaceutical committee with two PCNs
#       and the ICB - staff involved - NO patient involvement (patients
#       counselled and sent texts, a survey that changed nothing) - NO
#       quantitative evidence (referral and review counts, a single figure,
#       a target)
# ---------------------------------------------------------------------------
entry(
    id="I487", format="pdf", layout="caps_headings", topic="asthma_reliever_overuse_pharmacy",
    project="independent31-bluealert-487", pdf_font="DejaVuSans", pdf_align="L",
    title="BLUE ALERT: community pharmacies flagging too many reliever inhalers",
    cover=[
        "LEAD: Ravensholme Local Pharmaceutical Committee",
        "PARTNERS: Ravensholme East Primary Care Network; Ravensholme West Primary Care Network; NHS Ravensholme and Wolds Integrated Care Board (Medicines Optimisation)",
        "CONTACT: Chief Officer, Ravensholme LPC",
    ],
    primary_entrant=dict(name="Ravensholme Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Ravensholme East Primary Care Network", type="primary_care"),
        dict(name="Ravensholme West Primary Care Network", type="primary_care"),
        dict(name="NHS Ravensholme and Wolds Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "WHY WE DID THIS", """
People with asthma who use a lot of blue reliever inhalers are at much higher risk of a serious or fatal
attack. The national review of asthma deaths found that many people who died had been collecting large
numbers of relievers without anyone noticing. The usual rule of thumb is that anyone using more than three
reliever inhalers a year needs their asthma reviewed.

Community pharmacists see this happening every day. A patient collects a blue inhaler every two weeks,
sometimes from different pharmacies, sometimes on a repeat prescription that nobody in the practice is
watching. Until 2023 there was no agreed way for a pharmacist to tell the practice, apart from a phone
call to a busy reception or a note on the prescription, and pharmacists told us they had given up.

The 41 community pharmacies and 13 GP practices in the two primary care networks agreed to try something
different. When a pharmacy dispenses a reliever to someone who has had more than six in the last twelve
months, or more than two in a month, the pharmacist has a short conversation with the patient, checks
their inhaler technique and whether they have a preventer, and sends a 'Blue Alert' through the secure
NHS mail system to a named inbox in the practice. The practice's clinical pharmacist or asthma nurse
reviews the alert within a week and either books an asthma review or records why it is not needed. The
ICB's medicines optimisation team pays for the pharmacist's time and collects the figures.
"""),
        ("evidence", "WHAT WE HAVE ACHIEVED", """
Between April 2023 and March 2024 pharmacies sent 1,284 Blue Alerts. Practices reviewed 1,190 of them
within a week. 702 patients were booked for an asthma review, and 311 of those had not had a review for
more than two years. 246 patients who had no preventer inhaler were started on one.

Every one of the 41 pharmacies has sent at least one alert. Our target is for 95% of alerts to be
reviewed within a week, and we reached 93% in the last quarter.

We have not yet been able to look at asthma admissions for these patients because the hospital data for
2024 is not yet available. We will report it next year.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Eight pharmacists and four practice asthma nurses met in a working group and agreed the thresholds
for an alert, after the pharmacists said the first proposal of more than twelve a year would miss the
people collecting two a month in a crisis.>> <<S:Practice reception and administration teams told us
that alerts sent to the general practice inbox got lost, so every practice set up a named Blue Alert
inbox.>> <<S:The PCN clinical pharmacists designed the template for recording the outcome of each alert,
and changed it after the first month so that 'already under specialist care' could be recorded in one
click.>>

Patients who trigger an alert are counselled by the pharmacist and sent a text by the practice inviting
them to a review. We surveyed 60 patients about the conversation with their pharmacist and most said it
was helpful, so we kept it as it was. The project will benefit people with asthma across the two
networks.
"""),
        ("value", "VALUE", """
Pharmacies are paid £8 for each alert with a completed conversation, which came to just over £10,000
in the year. Practice review time comes from existing clinical pharmacist and nurse roles. One asthma
admission costs around £2,000, and one death from asthma is one too many.

Pharmacists say they finally feel their concerns go somewhere. Practice nurses say the alerts often
find people who never come to the asthma clinic.
"""),
        ("spread", "SPREAD", """
The ICB has agreed to extend Blue Alert to all seven PCNs in Ravensholme and Wolds from April 2025, and
the LPCs in two neighbouring areas have asked for the templates. We presented the work at the national
community pharmacy conference in 2024.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I488  domestic abuse of older people noticed by home care and district
#       nurses - pdf (via Word) - style headings - council safeguarding adults
#       manager, measured - council with police, a domestic abuse charity and
#       the community trust - survivors and older people involved - NO staff
#       involvement (care workers and nurses trained, staff briefed, a survey
#       that changed nothing, a named lead)
# ---------------------------------------------------------------------------
entry(
    id="I488", format="pdf", layout="style_headings", topic="older_people_domestic_abuse_home_care",
    project="independent31-neveroldenough-488", render_via="soffice", docx_font="Liberation Serif",
    title="Never Too Old: recognising and responding to domestic abuse of older people at home",
    cover=[
        "Castlemere City Council, Safeguarding Adults Service (lead)",
        "Partners: Castlemere and Fenby Police; Harbour Light Domestic Abuse Services (charity); Castlemere Community Healthcare NHS Trust (District Nursing)",
        "Author: Safeguarding Adults Manager",
    ],
    primary_entrant=dict(name="Castlemere City Council", type="local_authority"),
    partners=[
        dict(name="Castlemere and Fenby Police", type="emergency_service"),
        dict(name="Harbour Light Domestic Abuse Services", type="charity"),
        dict(name="Castlemere Community Healthcare NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
Domestic abuse is usually thought of as something that happens to younger women. It also happens to
older people, sometimes after decades of abuse in a marriage, sometimes by an adult son or daughter, and
sometimes when one partner becomes the other's carer. Older victims are less likely to tell anyone, less
likely to be asked, and more likely to be physically hurt, because they are frailer. They are also more
likely to be seen as 'carer stress' or 'family dynamics' rather than abuse.

When our safeguarding adults board reviewed three deaths of older people in Castlemere between 2019 and
2021, it found the same pattern. Each person had home care visits or district nursing visits, sometimes
several times a day. Care workers and nurses had noticed bruises, a person who seemed frightened, a
relative who would not leave the room or who took the person's pension, and had written it in the notes.
None of it was reported as domestic abuse. None of the three had ever been referred to a domestic abuse
service or to the multi-agency risk assessment conference (MARAC), and the police had never been told.

Never Too Old is a partnership between the council's safeguarding adults service, the police, Harbour
Light, our local domestic abuse charity, and the district nursing service. Harbour Light has funded an
older people's domestic abuse adviser who takes referrals from home care and district nursing, visits
people at home when the abuser is out (often during a care visit or a nurse's appointment), and can
attend the MARAC. The police domestic abuse unit has a named officer for older victims. The council has
changed its safeguarding referral form to ask directly about domestic abuse.
"""),
        ("evidence", "What has changed", """
<<Q:Safeguarding concerns about domestic abuse of people aged 65 and over rose from 41 in 2021/22 to 168
in 2023/24.>> In 2023/24, 37 people aged over 65 were discussed at the MARAC. We see these increases as a sign that abuse is now being recognised, not that it is happening
more often.

<<Q:Among older people supported by the adviser, repeat incidents reported to the police in the six
months after referral were about half what they were in the six months before.>> The adviser has
supported 122 older people since she started in September 2022. Nineteen moved to safer accommodation
and eleven abusers were charged.
"""),
        ("stakeholders", "Who was involved", """
<<P:We asked Harbour Light to put us in touch with older survivors, and four women and one man aged
between 67 and 84 met with us over several months, telling us that what stopped them speaking up was
that nobody ever saw them alone.>> <<P:Because of what they said, care workers are now asked to find a
moment alone with the person on at least one visit a week, and the adviser times her visits to when the
person is by themselves.>> <<P:One of the women, who asked to be called Margaret, helped write the short
leaflet that care workers leave discreetly, and chose for it to look like a leaflet about a lunch club.>>

<<P:The Castlemere Pensioners' Forum also gave us their views on the leaflet and posters, and asked us to
include men and people in same-sex relationships in the pictures, which we did.>>

All 1,300 home care workers in the council's contracted agencies and 220 district nurses have been
trained by Harbour Light. Staff in the council's adult social care front door were briefed. We sent an
online survey to district nurses after the training and most rated it highly, so the content was kept.
The project has been led by our safeguarding adults manager, who chairs the monthly partnership meeting.
"""),
        ("value", "Value", """
The adviser post costs £42,000 a year, funded jointly by the council and the police and crime
commissioner. The training is delivered by Harbour Light within its existing contract. The costs of
domestic abuse to public services are enormous, and for older people they include hospital admissions for
injuries, care home placements and, at worst, homicide reviews.

Older survivors say they never thought anyone would help 'someone my age'. Care workers tell us they now
know what to do when something does not feel right.
"""),
        ("spread", "Spread", """
The safeguarding adults board has shared the model with the other boards in the region, and two have
started similar posts. The training for home care workers has been added to the council's contract
specification, so every agency that wins a contract will have to take part. We presented at the
national conference on elder abuse in 2024.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I489  pressure-relieving mattresses delivered late to people at home -
#       docx - rubric headings - tissue viability nurse consultant, detailed -
#       community trust with the council's integrated equipment service and a
#       private equipment contractor - patients, carers and staff involved -
#       NO quantitative evidence (delivery counts, a single percentage, a
#       target, incidents with no comparison)
# ---------------------------------------------------------------------------
entry(
    id="I489", format="docx", layout="rubric_headings", topic="pressure_mattress_delivery_home",
    project="independent31-rightsurface-489", docx_font="Calibri",
    title="The Right Surface, Today: getting pressure-relieving mattresses to people at home when they need them",
    cover=[
        "Lead: Sowerby and Calder Community Health NHS Trust, Tissue Viability Service",
        "Partners: Sowerby Metropolitan Borough Council (Integrated Community Equipment Service); Northbridge Equipment Services Ltd (equipment contractor)",
        "Nurse Consultant, Tissue Viability",
    ],
    primary_entrant=dict(name="Sowerby and Calder Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Sowerby Metropolitan Borough Council", type="local_authority"),
        dict(name="Northbridge Equipment Services Ltd", type="private"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
People who are bed-bound or spend most of the day in a chair at home are at high risk of pressure
ulcers, especially if they are thin, incontinent or at the end of life. A pressure-relieving mattress is
one of the most important things we can give them. In Sowerby, these mattresses are supplied through the
Integrated Community Equipment Service, which is run by the council on behalf of the council and the NHS,
and delivered by a contractor.

In 2022 our district nurses were frequently ordering a dynamic air mattress for a patient and finding it
had not arrived days later. The standard delivery was five working days. 'Urgent' orders were meant to
arrive within 24 hours but the system only allowed a small number of urgent orders per team, so nurses
had to choose between patients. Mattresses sometimes arrived without the pump, the wrong size for the
bed, or at a house where nobody was in. Carers told us they had been left to set up an air mattress on
their own and had not known it needed switching on.

In 2022 the trust's pressure ulcer panel reviewed 48 category 3 and 4 pressure ulcers that developed on
the district nursing caseload. In 17 of them, a delay in getting the right mattress was a contributing
factor. Behind each of these is a person in pain, often at the end of their life.

Our goals were: the right mattress delivered and set up within 24 hours for anyone assessed as high risk;
no mattress delivered without someone there to check it is working; and carers who know how to use it.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since June 2023, the equipment service and the contractor have run a 'pressure priority' delivery
category that any nurse can use for a patient with a high risk score, without a cap. The contractor's
drivers are trained to set up the mattress and check the pump, and they ring the nurse or carer an hour
before arriving. The ordering system now asks for the bed size and whether the patient is at home alone.

In the first year, 3,412 pressure priority orders were placed. The contractor delivered 91% within 24
hours, against a target of 95%. Drivers set up 2,870 mattresses and left a carer's guide at every
delivery.

The trust's pressure ulcer panel has continued to review all category 3 and 4 ulcers, and any case
where equipment was a factor is now reviewed with the equipment service present.

We have not yet been able to compare pressure ulcer rates on the caseload, because the trust changed its
reporting system in 2023 and the figures are not comparable.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The pressure priority category has been extended to people being discharged from the two local hospitals
and to the hospice at home team. The contractor runs equipment services for four other councils in the
region and has introduced the driver set-up check in all of them. We presented the work to the regional
tissue viability network in March 2024 and to the national equipment services conference.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Dynamic mattresses are already owned by the equipment service and are recycled, so more of them in use
earlier costs very little. The contractor's extra driver time is covered within the existing contract.
A category 4 pressure ulcer can cost over £14,000 to treat and take months to heal, if it heals at all.

District nurses tell us they no longer spend hours on the phone chasing equipment. Carers say the call
before delivery and the driver showing them the pump have made them feel less frightened of the equipment.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<S:District nurses from all six localities joined two workshops with the equipment service and the
contractor's operations manager, and it was their idea to drop the cap on urgent orders in favour of a
category linked to the risk score.>> <<S:The contractor's drivers told us that most failed deliveries were
because nobody answered the door, and they suggested the call an hour before.>> <<S:Equipment service
prescribers and the trust's tissue viability nurses rewrote the ordering screens together.>>

<<P:Carers from the Sowerby Carers' Hub tested the carer's guide and said the first draft assumed they
knew what a 'static' and a 'dynamic' mattress were, so it was rewritten with pictures of the pump
lights.>> <<P:A patient living with motor neurone disease and his wife, who had waited four days for a
mattress in 2022, talked to the project group about what it had been like, and their account was used to
persuade the council to remove the cap.>>
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I490  scabies outbreaks in care homes - pdf - two columns - ICB infection
#       prevention lead, matter-of-fact - ICB with UKHSA, a care association
#       and the LPC - staff involved - NO patient involvement (residents
#       treated, families sent a letter, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I490", format="pdf", layout="two_column", topic="care_home_scabies_outbreaks",
    project="independent31-scabiesready-490", pdf_font="LiberationSans",
    title="Treat Together: faster control of scabies outbreaks in care homes",
    cover=[
        "NHS Lindworth and Ouse Integrated Care Board, Community Infection Prevention and Control Team (lead), with UK Health Security Agency (Yorkshire Health Protection Team), Lindworth Care Association and Lindworth and Ouse Local Pharmaceutical Committee",
        "Entry by the Lead Nurse, Community Infection Prevention and Control",
    ],
    primary_entrant=dict(name="NHS Lindworth and Ouse Integrated Care Board", type="icb"),
    partners=[
        dict(name="UK Health Security Agency", type="public_other"),
        dict(name="Lindworth Care Association", type="charity"),
        dict(name="Lindworth and Ouse Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why we needed to act", """
Scabies is a skin infestation caused by a tiny mite. In care homes it can spread quietly for weeks,
because older people, particularly those with dementia, may not scratch or complain, and the rash can
look like eczema or dry skin. Crusted scabies, a severe form seen in frail and immunosuppressed people,
is highly infectious. Left untreated, scabies causes distress, broken skin, secondary infections and, in
frail residents, sepsis.

Controlling an outbreak means treating every resident and every member of staff, and often their
households, on the same day, twice, a week apart. Until 2023 this relied on each resident's GP
prescribing the cream, which in a home with residents registered at four or five practices could take a
week or more. Pharmacies often did not have enough permethrin cream in stock for a whole home. Staff had
to get their own treatment from their GP. By the time everyone had been treated, some had been
reinfected. Between 2021 and 2023 some outbreaks in Lindworth care homes lasted over four months and
needed three or four rounds of treatment, and one home had to close to admissions for eleven weeks.
"""),
        ("evidence", "What has improved", """
Since April 2023 the UKHSA health protection team confirms the outbreak and the ICB's infection prevention
nurses visit within two working days. A patient group direction lets the nurse and the home's pharmacy
supply treatment for all residents and staff at once, with no need for individual GP prescriptions. The
LPC holds a list of pharmacies that keep enough stock, and the nurses support the home on the two
treatment days.

<<Q:The average time from an outbreak being reported to the first mass treatment day fell from 16 days
in 2021-23 to 4 days in 2023-24.>> <<Q:The average length of an outbreak went down from 14 weeks to 5
weeks.>> <<Q:Outbreaks needing more than two rounds of treatment fell from 9 of 14 to 1 of 11.>> No home
has had to close to admissions for more than three weeks since the new arrangement started.
"""),
        ("stakeholders", "People involved", """
<<S:Care home managers from the care association sat on the group that designed the pathway and told us
that the hardest part was treating night staff and agency workers, so the pathway now includes a night
treatment session and a pack for agency staff.>> <<S:Community pharmacists worked out with UKHSA how
much cream a home needs per resident and per member of staff, and the LPC set up a stock list after
pharmacists told us they kept running out on the first day.>> <<S:Our infection prevention nurses and
the homes' senior carers rewrote the treatment-day checklist after the first two outbreaks, adding
clean clothing and bedding and how to treat residents who are distressed by having cream applied.>>
<<S:GPs from three practices with the most care home residents reviewed the patient group direction
before it was signed off.>>

Residents are treated in their own rooms and their families are sent a letter explaining what scabies
is and asking them to look for a rash. We intend to involve families in producing a better information
leaflet.
"""),
        ("value", "Value", """
A shorter outbreak means fewer rounds of treatment, less laundry, fewer staff off sick and homes that can
keep admitting people from hospital. We estimate each outbreak prevented from running to a third round
saves the home and the NHS around £6,000 in medicines, staff time and lost admissions. The patient group
direction has also freed GPs from writing dozens of prescriptions.
"""),
        ("spread", "Spreading the learning", """
UKHSA has shared the pathway with the other integrated care boards in the region, and two have adopted
it. The care association has included the treatment-day checklist in its infection control training for
all 86 member homes, and the pathway has been adapted for supported living schemes.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I491  students with type 1 diabetes or epilepsy moving to university -
#       docx - style headings - university health centre GP, thoughtful - a
#       university GP practice with the university and the community trust's
#       diabetes and epilepsy nurse teams - students and staff involved -
#       no flags
# ---------------------------------------------------------------------------
entry(
    id="I491", format="docx", layout="style_headings", topic="students_long_term_conditions_transition_university",
    project="independent31-settledin-491", docx_font="Calibri",
    title="Settled In Safely: students with type 1 diabetes and epilepsy starting university",
    cover=[
        "University Health Centre, Aldermoor (GP practice), lead entrant",
        "In partnership with the University of Aldermoor (Student Wellbeing and Disability Service) and Aldermoor Community Health NHS Trust (Adult Diabetes Specialist Nursing and Epilepsy Nurse Service)",
        "Written by Dr Hannah Osei, GP Partner",
    ],
    primary_entrant=dict(name="University Health Centre, Aldermoor", type="primary_care"),
    partners=[
        dict(name="University of Aldermoor", type="university"),
        dict(name="Aldermoor Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
Every September about 7,000 new students register with our practice. Most are young and healthy. A few
hundred have a long-term condition that can become dangerous quickly if it is not managed, and the two
that worry us most are type 1 diabetes and epilepsy. Moving away from home, new routines, late nights,
alcohol, exams and missed meals all make blood sugars harder to control and seizures more likely. Many
students are managing their condition on their own for the first time, having relied on a parent to
order prescriptions or notice when something was wrong.

Before 2022, we usually found out about a student's condition only when they asked for a prescription,
often after running out. Their records from home could take weeks to arrive. The university's disability
service knew about some students but could not share that with us without consent. The community
diabetes and epilepsy nurses did not know the student had moved to the area until they turned up in the
emergency department.

Between 2019 and 2021, our practice had students admitted with diabetic ketoacidosis in the first term
every year, and in 2021 a first-year student with epilepsy had a seizure alone in her hall room and was
not found for several hours. She recovered, but it could have been very different.
"""),
        ("evidence", "Results", """
Settled In Safely started in the 2022/23 academic year. When students accept their place, the university
asks if they have a long-term condition and whether they agree to share it with the health centre. Those
who agree are contacted by our practice nurse before they arrive, their records are requested early, and
they are offered an appointment in the first two weeks of term, with the community diabetes or epilepsy
nurse if needed. Students can choose to share a simple 'what to do' card with their hall warden and
flatmates.

<<Q:In the first term of 2021/22, 5 students registered with us were admitted to hospital with
diabetic ketoacidosis; in the first term of 2022/23 there was 1, and in 2023/24 there were none.>>
<<Q:Students with type 1 diabetes or epilepsy who ran out of their medicines in the first term, as
recorded by urgent prescription requests, fell from 64 in 2021/22 to 18 in 2023/24.>> <<Q:The share of
these students who had a review in their first six weeks went up from about a quarter to 83%.>>

In 2023/24, 412 students agreed to share their condition through the scheme.
"""),
        ("stakeholders", "Involving students and staff", """
<<P:We worked with the students' union's disabled students' officer and a group of eleven students with
type 1 diabetes or epilepsy, who told us they did not want to be singled out in halls and did not want
their parents contacted without asking.>> <<P:They designed the 'what to do' card themselves, chose to
make it optional, and added a line about what to do if someone has been drinking, because flatmates had
mistaken a hypo for drunkenness.>> <<P:Second-year students with diabetes now run a peer meet-up in
freshers' week, which they asked to do after the first year.>>

<<S:Hall wardens and residence assistants told us they were anxious about seizures, and the epilepsy
nurses designed a short session for them around what they said they needed to know.>> <<S:The
university's disability advisers changed the wording of the consent question on the application form
after our reception team noticed that many students ticked 'no' because they thought it was about
exam arrangements.>> <<S:Our practice nurses and the diabetes specialist nurses agreed a shared
template for the first review so that neither had to repeat the other's questions.>>
"""),
        ("value", "Value", """
The scheme uses existing practice nurse and specialist nurse time, moved to the start of term when it
matters most. The university pays for printing the cards. An admission with diabetic ketoacidosis costs
around £2,500 and a student who is very unwell in their first term is at risk of dropping out.

Students have told us that they felt looked after without being fussed over. Wardens say they feel less
helpless.
"""),
        ("spread", "Spread", """
The university's other campus, which is covered by a different practice, has adopted the scheme from
September 2024. We shared the consent question and the card with the national student health
practices' network, and a national diabetes charity has included the card in its guidance for students
starting university.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I492  triage of urgent home visit requests in one GP practice - docx -
#       bullet lists - practice manager, list-minded - a single GP practice
#       and its own team, NO partner (ineligible) - staff involved - NO
#       patient involvement (patients and carers told, a questionnaire that
#       changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I492", format="docx", layout="bullet_lists", topic="gp_home_visit_request_triage",
    project="independent31-firstcallfirst-492", docx_font="Arial",
    title="First Call, Right Visit: safer triage of urgent home visit requests",
    cover=[
        "Millbrook Medical Practice, Ashworth",
        "A project of the practice's GPs, advanced paramedic practitioners, care co-ordinators and reception team",
        "Submitted by the Practice Manager",
    ],
    primary_entrant=dict(name="Millbrook Medical Practice", type="primary_care"),
    partners=[],
    sections=[
        ("context", "Why we needed to change", """
Millbrook is a large semi-rural practice with 18,600 patients, around 640 of whom are housebound, plus
residents of five care homes. We receive 20 to 40 requests for a home visit every weekday, most by phone
before 10am.

What used to happen:

- reception staff wrote the request in a visit book with a line or two of detail, such as 'unwell, please visit'

- the duty GP looked at the book after morning surgery, usually after 11am, and shared out visits at lunchtime

- visits were done in whatever order the roads suggested, not by how ill the person was

- the most urgent patients could wait until 3pm or 4pm to be seen, and some were seen after the practice had closed for referrals

- in 2022 we had two serious incidents: a man with chest pain whose request was logged as 'feeling rough' and who had a heart attack at home, and a woman with a urinary infection who became septic and was not seen until the next morning

What we do now, since January 2023:

- every home visit request is taken using a short set of questions on the clinical system, including breathing, chest pain, confusion, temperature, falls and whether the person can drink

- any red answer goes straight to the duty clinician on screen, who calls back within 30 minutes

- all other requests are called back by one of our two advanced paramedic practitioners before 10.30am

- each visit is given a clinical priority and the first visits go out by 11am

- care home requests go to our care co-ordinators, who check observations with the home before the call back
"""),
        ("evidence", "What has improved", """
We compared the twelve months before the change (2022) with 2023 and 2024, using the visit log and
significant event records.

- <<Q:average time from request to the patient being seen for visits triaged as urgent fell from 4 hours 50 minutes in 2022 to 1 hour 45 minutes in 2024>>

- <<Q:home visits ending in an emergency admission after 4pm went down from 142 in 2022 to 57 in 2024>>

- <<Q:significant events linked to home visits dropped from 11 to 3>>

- about a third of requests are now dealt with by phone or video call after the paramedic's call back, so they do not need a visit at all

- we carried out 6,980 home visits in 2024
"""),
        ("stakeholders", "How people were involved", """
- <<S:reception and care navigation staff designed the question set with two of our GPs, and they took out medical words that callers did not understand, such as 'rigors' and 'syncope'>>

- <<S:the advanced paramedic practitioners suggested starting call backs at 8.30am instead of after surgery, after shadowing the duty GP for a week>>

- <<S:care co-ordinators asked for a template for care home staff to use when they ring, so that observations are ready when we call back, and they wrote it with two care home managers>>

- <<S:GPs agreed at a practice meeting to change the duty rota so that one GP is always free to take red calls>>

- patients and carers were told about the new system by text message and on our website

- we sent a questionnaire to housebound patients and their carers in 2023 and most were happy with the change, so we did not alter anything

- we would like to set up a housebound patients' group in the future
"""),
        ("value", "Value", """
- the question set is built into our existing clinical system, so there was no extra cost

- the paramedic posts were already funded through the primary care network's additional roles scheme

- each emergency admission avoided saves the NHS around £3,000 and spares an older person a stay in hospital

- GPs say lunchtimes are calmer and they feel safer knowing the sickest patients have been seen first
"""),
        ("spread", "Spread", """
- the question set has been shared with the other practices in our primary care network

- we presented the work at the county's practice managers' forum in October 2024
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I493  malnutrition in housebound older people - pdf - with appendix -
#       meals charity director, heartfelt and long - meals and lunch club
#       charity with the community trust's dietetics team and the council -
#       older people and volunteers who use the service involved - NO staff
#       involvement (drivers and volunteers trained, dietitians took
#       referrals, GP practices sent a letter, a plan) - NO quantitative
#       evidence (screens done, referrals, single figures, a survey with no
#       baseline)
# ---------------------------------------------------------------------------
entry(
    id="I493", format="pdf", layout="with_appendix", topic="malnutrition_housebound_older_people",
    project="independent31-morethanameal-493", pdf_font="LiberationSerif", pdf_align="L",
    title="More Than a Meal: finding and helping older people at risk of malnutrition at home",
    cover=[
        "Lead entrant: Kettlewell Community Meals (registered charity)",
        "Partners: Greywater Community NHS Trust (Nutrition and Dietetics Service); Greywater County Council (Adult Social Care and Public Health)",
        "Prepared by the Director, Kettlewell Community Meals",
    ],
    primary_entrant=dict(name="Kettlewell Community Meals", type="charity"),
    partners=[
        dict(name="Greywater Community NHS Trust", type="nhs_trust"),
        dict(name="Greywater County Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why this matters", """
Kettlewell Community Meals has delivered hot meals to older people in the towns and villages of
Greywater since 1968. Today our drivers and volunteers take around 1,100 meals a day to people's homes,
seven days a week, and we run eleven lunch clubs. Most of the people we serve are over 80 and many live
alone. For some of them our driver is the only person they see all day.

Malnutrition in older people is common, mostly hidden and dangerous. An older person who is not eating
enough loses muscle, becomes weaker, falls more, heals more slowly and gets more infections. Pressure
ulcers, hip fractures and hospital admissions all become more likely. It is estimated that around one in
ten older people living at home is malnourished or at risk, and most of them are not known to any health
professional as having a problem with eating.

Our drivers see it every day. A meal left untouched on the side. A fridge with nothing in it. A man whose
trousers are held up with string because they no longer fit. A woman who says she is 'not hungry' every
day for a week. For years, our drivers would mention it to the office, and the office would sometimes
ring a family member, and that would be the end of it. We did not have a way of measuring the risk, and
we did not know who to tell.

In 2021 one of our customers, a man in his late eighties who lived alone, was admitted to hospital after
a fall. He weighed a little over six stone. Our driver had been worried about him for months and had
mentioned it several times. That was when we decided that being worried was not enough.

We also knew that we could not do this alone. We are not health professionals, and we did not want our
drivers to become nurses. What we needed was a simple way for them to record what they saw, someone with
the right expertise to pass it on to, and a way of helping people that went beyond a single hot meal at
lunchtime. The community trust's dietitians had been trying for some time to find older people at risk
earlier, before they reached hospital, but they only saw people who were referred by a GP or a district
nurse, and by then the weight loss was often severe. The council was reviewing its home care contracts
and wanted to know how many of the people it supports were eating enough. Each of us had one part of the
answer.

It also matters that so many of the people we serve are on their own. Eating is a social thing. Many of
our customers were widowed in the last few years and tell us they cannot be bothered to cook for one, or
that they lost the habit of proper meals when their husband or wife was ill. Loneliness, low mood,
dentures that do not fit, medicines that take away the appetite and simple difficulty opening packets all
play a part. A screening tool on its own will not solve any of that, but it can make sure someone asks.
"""),
        ("evidence", "What difference it has made", """
More Than a Meal started in January 2023. With the community trust's dietitians, we adapted a simple
nutrition screening tool that drivers and lunch club volunteers can use without scales: it asks about
appetite, recent weight loss (clothes and rings becoming loose), how many meals a day the person eats and
whether they are eating what we bring. Anyone who scores as at risk is referred by our office to the
community dietetics team, with their consent, through a single referral form. The dietitians contact the
person within two weeks, offer advice, and where needed prescribe supplements and let the GP know. The
council's adult social care team is told when someone needs help with shopping or cooking, and public
health has funded a second daily delivery, a light tea, for people who need it.

In the first two years:

- 1,860 people who receive our meals or attend our lunch clubs were screened

- 412 were found to be at risk of malnutrition, and 388 agreed to be referred to the dietitians

- 296 were seen by a dietitian within two weeks, and 171 were started on nutritional supplements

- 143 people started receiving a second delivery of a light tea

- 64 were referred to adult social care for a review of their care

- 91% of customers who answered our 2024 survey said they were happy to be asked about their eating

We do not yet know how many falls or admissions have been avoided. The community trust is planning to
look at hospital data for the people referred, and we hope to report this next year.
"""),
        ("stakeholders", "Who was involved", """
<<P:The screening questions were tested with the people who use our service: members of three lunch
clubs went through them with us over cups of tea, and they told us that asking 'how much do you weigh?'
felt rude and nobody knew the answer anyway, which is why the tool asks about loose clothes and rings
instead.>> <<P:Mrs Doreen Baxter, who has had our meals for nine years and is 94, suggested the question
'who do you eat with?', because she said she only ate properly on the days someone sat with her.>>
<<P:Some of our customers who had been referred to the dietitians told us that the supplement drinks were
too sweet and too big, and as a result the dietitians now offer smaller, savoury options first.>>

<<P:Members of our busiest lunch club, most of them in their eighties, helped us decide how the screening
should be introduced at the clubs, and suggested it be done one to one, not at the table.>>

All 64 of our drivers and 120 lunch club volunteers were trained to use the screening tool by the
dietitians. The dietetics team took our referrals through its usual process. GP practices in Greywater
were sent a letter explaining the project. We would like to work more closely with practice nurses in
future, so that people can be weighed when they attend the surgery.
"""),
        ("value", "Value", """
The screening adds about five minutes to a driver's visit once every three months. The dietitians'
time is part of their existing service, and the second delivery is funded by the council's public health
grant at £3.10 a meal. A course of nutritional supplements costs much less than a hospital admission, and
preventing a single hip fracture saves the NHS and social care far more than the whole of this project
costs in a year.

The drivers tell us they feel they can finally do something about what they see. The people we serve
tell us they like being asked, because someone is noticing.
"""),
        ("spread", "Spreading the work", """
We have shared the screening tool and referral form with the national association of meals services and
with two other meals charities in neighbouring counties, one of which has started using it. The council
is now including the screening questions in its new contract for its own home care services. We
presented at the regional nutrition network in November 2024.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the screening questions and data sources"),
        ("para", "The More Than a Meal screening questions: 1. Have your clothes, belt or rings become looser in the last few months? 2. Has your appetite changed? 3. How many meals do you eat in a day, including ours? 4. Are you eating the meals we bring? 5. Who do you eat with? A score of two or more means the person is at risk and is offered a referral."),
        ("para", "Screening and referral figures are from Kettlewell Community Meals' own records. Dietetic contacts and supplement figures were provided by the Greywater Community NHS Trust Nutrition and Dietetics Service. The customer survey was posted to all customers in June 2024."),
        ("para", "Kettlewell Community Meals, The Old Bakery, Station Lane, Kettlewell, GW4 7PL. Registered charity."),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I494  when nobody answers the door - pdf - numbered questions - district
#       nursing service lead, procedural - community trust with police, the
#       council's adult social care and the ambulance service - a family, a
#       user group and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I494", format="pdf", layout="numbered_questions", topic="no_reply_home_visit_protocol",
    project="independent31-noreply-494", pdf_font="DejaVuSans", pdf_align="L",
    title="No Reply: a shared response when a person does not answer the door to their carer or nurse",
    cover=[
        "Lead: Penhallow Community Health NHS Trust, Adult Community Nursing",
        "Partners: Penhallow and Tamar Police; Penhallow County Council (Adult Social Care and Commissioned Home Care); Westcountry Ambulance Service NHS Trust",
        "Author: Head of Adult Community Nursing",
    ],
    primary_entrant=dict(name="Penhallow Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Penhallow and Tamar Police", type="emergency_service"),
        dict(name="Penhallow County Council", type="local_authority"),
        dict(name="Westcountry Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "1. Describe the problem and why a partnership was needed", """
District nurses and home care workers regularly arrive at a house for a planned visit and nobody
answers. Most of the time there is an ordinary reason: the person is at a hospital appointment, has gone
to stay with family, or has popped to the shop. Occasionally the person is lying on the floor behind the
door, unconscious, or has died.

Until 2022 there was no shared procedure in Penhallow. Each district nursing team had its own
approach, and each of the 34 home care agencies had another. Some staff waited and knocked again, some
left a card, some phoned the office and drove on to the next visit. Nobody checked whether the person
had been admitted to hospital, which could have been done in minutes. When staff did call the police,
they often had little information and officers had to decide whether to force entry without knowing
whether the person was in hospital. Care workers told us they were afraid of being blamed either way:
for wasting police time or for walking away.

Our review of incidents in 2021 found 14 cases where a person was found on the floor or unwell at home
several hours after a missed visit, including two people who died. In one, a home care worker and a
district nurse had each visited the same man on the same morning, both got no answer, and neither knew
the other had been.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
The No Reply protocol was introduced in June 2022 across all community nursing teams and all
commissioned home care agencies. It sets out, minute by minute, what the worker does: knock, call the
person's phone, look through windows, check the key safe, ring the office, which checks the hospital
admission list and the next of kin within 15 minutes, and then call the police on 999 if the person is
still unaccounted for and is known to be at risk. The police and ambulance service have agreed what
information they need and how they will respond. Every 'no reply' is logged on a shared form.

Since then 2,316 no reply events have been logged. In 71% the person was found to be safe elsewhere
within 30 minutes.

<<Q:The average time between a missed visit and the person being found, in cases where they were at home
and unwell, fell from 6 hours 10 minutes in 2021 to 1 hour 25 minutes in 2023/24.>> <<Q:Cases where a
person was found unwell on the floor more than four hours after a missed visit fell from 14 in 2021 to 3
in 2023/24.>> <<Q:Police forced entry to homes where the person turned out to be in hospital 27 times in
2021 and 4 times in 2023/24, because the hospital check is now done first.>>
"""),
        ("spread", "3. How has the work been shared or applied elsewhere?", """
The protocol is now part of the council's contract with all home care agencies and its supported living
providers. The police have shared it with the two neighbouring forces, and one has introduced it with
its local community trust. We have presented it to the regional patient safety collaborative.
"""),
        ("value", "4. What has been the impact on staff and patients, and value for money?", """
The protocol cost nothing except staff time to write and roll out. It has saved police time and the cost
of repairing doors. Most importantly, people lying injured at home are found sooner, which can be the
difference between a few bruises and a long stay in hospital, or between life and death.

Staff say they feel supported, because they know exactly what to do and will not be blamed for
following it.
"""),
        ("stakeholders", "5. Who was involved, and how were patients and staff involved?", """
<<S:The protocol was written by a working group of district nurses, home care workers, home care
managers, a police inspector and an ambulance control room manager, which met monthly for six months.>>
<<S:Home care workers in the group said that they did not want to be the ones to ring 999 from the
doorstep, so the protocol makes the agency office responsible for that call.>> <<S:Police call handlers
tested the information script and asked us to add whether there is a key safe, whether the person has a
dog and any known medical conditions.>>

<<P:The family of one of the men who died in 2021 met the working group and told us what they had wished
had happened, and his son asked that every missed visit be logged so that a pattern could be seen, which
is why there is now a shared form.>> <<P:The Penhallow Disability Forum also reviewed the leaflet we give
people who use home care, which asks them to let the office know if they are going to be out, and they
asked for a fridge magnet version instead, which is what we now hand out.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I495  online consultation requests with red flag symptoms left unread out
#       of hours - pdf - bullet lists - PRIVATE digital primary care company
#       as primary entrant, with two PCNs and the ambulance trust's NHS 111
#       service (ineligible) - head of clinical safety, upbeat - patients
#       involved - NO staff involvement (practice teams trained, GPs told, a
#       survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I495", format="pdf", layout="bullet_lists", topic="online_consultation_red_flags_out_of_hours",
    project="independent31-notleftwaiting-495", pdf_font="LiberationSans", pdf_align="L",
    title="Not Left Waiting: getting online requests with red flag symptoms seen when the surgery is closed",
    cover=[
        "Submitted by Clinova Digital Health Ltd",
        "In partnership with Stourvale Central Primary Care Network, Stourvale Rural Primary Care Network and South Mercia Ambulance Service NHS Trust (NHS 111)",
        "Contact: Head of Clinical Safety, Clinova Digital Health Ltd",
    ],
    primary_entrant=dict(name="Clinova Digital Health Ltd", type="private"),
    partners=[
        dict(name="Stourvale Central Primary Care Network", type="primary_care"),
        dict(name="Stourvale Rural Primary Care Network", type="primary_care"),
        dict(name="South Mercia Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "The problem we set out to solve", """
Clinova provides the online consultation system used by the 19 GP practices in the two Stourvale primary
care networks. Patients fill in a form on the practice website or the app, and the request goes to the
practice's triage list.

What we found in 2022:

- around 9% of online requests were submitted between 6.30pm and 8am or at weekends, when practices were closed

- our system showed a message saying the practice was closed, but many patients filled in the form anyway, and the request waited until the next working day

- some of these requests described chest pain, stroke symptoms, severe breathing problems, suicidal thoughts or a child who was floppy and hard to wake

- in one case in November 2022 a woman described crushing chest pain in a request sent at 9pm on a Friday; it was read at 8.15am on Monday

- practices had no way of seeing requests out of hours, and NHS 111 had no way of knowing about them

What Not Left Waiting does, since May 2023:

- the form checks every request for red flag words and answers using a set of rules agreed with the practices' clinical leads

- if a red flag is found and the practice is closed, the patient sees a clear screen telling them to call 999 or 111 now, with a button to call

- if the patient agrees, the request is also passed electronically to NHS 111, whose clinicians call the patient back within an hour

- when the practice opens, the request is at the top of the triage list with the 111 outcome attached
"""),
        ("evidence", "Results", """
We compared May 2022 to April 2023 with May 2023 to April 2024.

- <<Q:online requests with a red flag that were not seen by any clinician for more than 12 hours fell from 1,146 to 96>>

- <<Q:the average time from a red flag request to first contact with a clinician went down from 14.5 hours to 52 minutes>>

- <<Q:serious incidents linked to online requests sent out of hours fell from 7 to 1>>

- 2,318 requests were passed to NHS 111 in the year, and 111 arranged an ambulance or an emergency department visit for 412 of them

- the red flag rules were updated three times during the year
"""),
        ("stakeholders", "Who was involved", """
- <<P:we ran three online sessions with members of patient participation groups from eleven practices, who told us that the 'practice closed' message looked like a normal error message and most people ignored it>>

- <<P:the same patients chose between three designs for the new red flag screen, and picked the one with a large red 'Call now' button, which we use>>

- <<P:two parents from the Stourvale Rural network's parents' group helped rewrite the questions for children, because they said words like 'lethargic' were not how parents would describe their child>>

- all 19 practice teams were trained on the new triage list view

- GPs were told about the changes through the PCN bulletins

- we sent a survey to practice managers after three months and the responses were positive, so no changes were made

- we plan to set up a clinical user group with GPs and 111 clinicians in 2025
"""),
        ("value", "Value", """
- the red flag rules and the 111 link were built within our existing contract, at no extra cost to the practices

- NHS 111 has absorbed the extra calls within its existing capacity, which is around six a day

- each serious delay avoided could be a heart attack, stroke or meningitis treated in time

- patients tell us they trust the system more now it tells them clearly what to do
"""),
        ("spread", "Spread", """
- Not Left Waiting has been switched on for all 240 practices that use our system across three regions

- we have shared the red flag rules with NHS England's digital primary care team

- the ambulance trust is talking to other online consultation suppliers about linking to 111 in the same way
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I496  home care visits timed around Parkinson's medicines - docx - form
#       table - short - council commissioning manager, plain - council with
#       the community trust's Parkinson's nurses and a Parkinson's support
#       group - people with Parkinson's and staff involved - NO evidence
#       section and no measured change anywhere in the entry
# ---------------------------------------------------------------------------
entry(
    id="I496", format="docx", layout="form_table", topic="parkinsons_medicines_home_care_timing",
    project="independent31-ontimeathome-496", docx_font="Calibri",
    title="On Time at Home: home care visits that fit Parkinson's medicine times",
    cover_table=[
        ("Title of entry", "On Time at Home: home care visits that fit Parkinson's medicine times"),
        ("Lead organisation", "Hollinsford Metropolitan Borough Council, Adult Social Care Commissioning"),
        ("Partner organisations", "Hollinsford Community NHS Trust (Parkinson's Nurse Specialist Service); Hollinsford Parkinson's Support Group"),
        ("Name and role of entrant", "Senior Commissioning Manager, Home Care"),
    ],
    primary_entrant=dict(name="Hollinsford Metropolitan Borough Council", type="local_authority"),
    partners=[
        dict(name="Hollinsford Community NHS Trust", type="nhs_trust"),
        dict(name="Hollinsford Parkinson's Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
People with Parkinson's need their medicines at the same times every day. If a dose is late, even by 30
minutes, their symptoms can come back: they can freeze, shake, struggle to swallow and fall. Missed and
late doses can lead to falls, choking and chest infections, and in the worst cases a life-threatening
reaction.

About 150 people with Parkinson's in Hollinsford have home care arranged by the council, and many rely on
their care worker to prompt or give their medicines. Home care visits are planned in blocks, for
example a 'morning call' between 7am and 10am, and the time of a visit can move from day to day. Our
contracts did not say anything about medicine times. The Parkinson's nurses were seeing patients whose
doses were being given hours apart, or two doses close together, and some had been admitted to hospital
after a fall or an episode of choking.

One case brought this home to us. In the spring of 2023 a woman in her seventies with Parkinson's, who
lived with her husband, had her morning visit moved three times in one week because of staff sickness at
her agency. On the third morning her first dose was given at 10.40am instead of 7.30am. By then she could
not get out of bed and was struggling to swallow her breakfast, and she aspirated and developed a chest
infection that kept her in hospital for nearly three weeks. Her husband told us that nobody at the agency
knew that the timing mattered; as far as they were concerned, she had had her morning call.

On Time at Home asks the Parkinson's nurse to send the council a medicine timetable for anyone with
Parkinson's who has home care. The care agency must then plan visits within 15 minutes of those times,
and the visits are marked as 'time critical' so they cannot be moved. Care workers are trained in why the
timing matters and what to do if a visit is going to be late.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Members of the Hollinsford Parkinson's Support Group came to two meetings with us and told us about
the day-to-day effect of late visits, and one member, who uses home care himself, suggested that time
critical visits should be marked in red on the care worker's phone app, which is what happens now.>>
<<P:Carers in the group asked for a simple card on the fridge showing the medicine times, so any care
worker who comes in knows them, and they chose the design.>>

<<S:Rota planners from the three largest care agencies told us that they could meet the 15-minute window
if time critical visits were put on the rota first, before other visits, and they now do this.>>
<<S:The Parkinson's nurses and the council's quality monitoring officers together agreed how the
medicine timetable would be sent and checked.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The change costs the council nothing extra, because the visits were already being paid for; they are
simply planned at the right time. The Parkinson's nurses spend about ten minutes writing each
timetable, which they were mostly doing anyway for their own records. Some agencies say that it has made their rotas a little harder to
plan. Care workers say they now understand why the times matter. People with Parkinson's and their
families say they feel less anxious waiting for a visit.
"""),
        ("spread", "How has the work been shared and spread?", """
The time critical flag is being added to the council's contract for all new home care providers from
2025. We have shared the approach with neighbouring councils and the regional Parkinson's excellence
network.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
