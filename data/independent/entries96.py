"""Ninety-sixth independent evaluation set (I1521..I1536) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The entries
are meant to be ordinary: the kind of thing acute and community trusts, councils' trading
standards and safeguarding teams, carers' and older people's charities, pharmaceutical
committees, GP federations, fire and police services, integrated care boards, a university
and (in the ineligible cases) private companies send in, in their own voices and at their
own length.  The theme of this set is older people living at home: frailty, hospital at
home, falls and fractures, unpaid carers and respite, scams and self-neglect, heatwaves
and cold weather.

Topics: walking frames, commodes and other equipment missing on the first night of a
hospital at home admission (an acute trust, own headings); lying and standing blood
pressure checks in community pharmacy for frail people on blood pressure medicines (a
pharmaceutical committee, bold headings with a cover table); falls among older dog owners
(a pets and older people charity, numbered questions with cover bullets); replacement care
so that older carers can have their own operation (a carers' charity, no headings, long);
rogue traders and doorstep crime against people living with dementia (a council trading
standards service, CAPS headings); nuisance and scam calls blocked for people with memory
problems (a private call-blocking company as primary entrant, lists); self-neglect with
leg wounds and refused nursing visits (a council safeguarding adults team, a form with a
cover table); overheating in top-floor sheltered housing flats (a university lead,
numbered questions); keeping home care and district nursing going in snow and ice (an
integrated care board, two columns); mouth care and chest infections in frail housebound
people (a community trust dental service, rubric headings); pressure damage in people
cared for in their own beds on hospital at home (services of one trust, no partner, a pdf
made from Word); strength and balance after a broken wrist (a leisure trust, with
appendix); emergency respite when an older carer breaks down (a GP federation, sections in
an unusual order, no spread section); heatwave welfare calls to people living alone (a
fire and rescue service, a form with a cover table, no evidence section); older people
withdrawing large sums at the bank counter under pressure (a police lead, style headings)
and hot weather checks by home care workers (a private home care company as primary
entrant, short lists).

Lead types and layouts: I1521 nhs_trust (acute), pdf own_headings; I1522 primary_care
(LPC), docx bold_headings with a cover table; I1523 charity, docx numbered_questions with
cover bullets; I1524 charity (carers), docx no_headings; I1525 local_authority, pdf
caps_headings; I1526 private, pdf bullet_lists; I1527 local_authority, docx form_table
with a cover table; I1528 university, pdf numbered_questions; I1529 icb, pdf two_column;
I1530 nhs_trust (community), docx rubric_headings; I1531 nhs_trust (no partner), pdf
style_headings via soffice; I1532 charity (leisure trust), pdf with_appendix; I1533
primary_care (GP federation), docx reordered; I1534 emergency_service (fire and rescue),
pdf form_table with a cover table; I1535 emergency_service (police), docx style_headings;
I1536 private, docx bullet_lists.

Build it with

    .venv/bin/python data/independent/build.py --set 96   (writes data/corpus/independent96/)

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
    voice, described or named people, volunteers with lived experience, unusual names for
    the people involved, list items), wherever in the entry it is told; volunteers of a
    partner or of the entrant who helped design or test the work count as staff; a
    volunteer with lived experience who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; patients' and carers' support groups are
patient_group; hospices, carers' charities, older people's charities, charitable leisure
and housing trusts are charity; a university is university; banks, call-blocking,
home care and equipment companies are private).  A department or team of the entrant's
own organisation is not a partner.  Flags are written by hand and build.py cross-checks
them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1521  equipment missing on the first night of hospital at home - pdf - own
#        headings - acute trust hospital at home clinical lead, brisk - acute
#        trust with the council equipment service and a home improvement
#        charity - patients, families and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1521", format="pdf", layout="own_headings", topic="hospital_at_home_equipment_first_night",
    project="independent96-kitbeforebed-1521", pdf_font="LiberationSans", pdf_align="L",
    title="Kit Before Bedtime: making sure hospital at home patients have the equipment they need on the first night",
    cover=[
        "Lead organisation: Aldermoor Hospitals NHS Foundation Trust (Hospital at Home Service)",
        "Partners: Calderbrook Borough Council (Integrated Community Equipment Service); Stepwell Home Improvement Agency (registered charity)",
        "Written by the Clinical Lead for Hospital at Home",
    ],
    primary_entrant=dict(name="Aldermoor Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Calderbrook Borough Council", type="local_authority"),
        dict(name="Stepwell Home Improvement Agency", type="charity"),
    ],
    sections=[
        ("context", "What was going wrong", """
Our Hospital at Home service opened in 2021 and now looks after up to 60 people at a time who would
otherwise be in a hospital bed. Most are over 80 and living with moderate or severe frailty. They are
unwell enough to need daily visits from our nurses, therapists and doctors, intravenous fluids or
antibiotics, and blood tests, but they are treated in their own beds.

What we had not planned for well enough was the first night. A person who is acutely unwell, perhaps
with a chest infection or a urine infection, is often weaker and more confused than usual. They get up
in the night to use the toilet, as they always have, but their legs are not as strong as they were
last week. In hospital there would be a commode by the bed, a frame within reach and a call bell. At
home there was often nothing: the frame was in the car boot, the commode had gone back years ago, and
the nearest toilet was up a flight of stairs.

Equipment was ordered through the council's equipment service on a standard request, which meant
delivery in two to five working days. Our staff would sometimes borrow a frame from the ward on their
way out, but there was no system and no record. When we looked back over 2022 we found that most falls
in our service happened in the first 72 hours of an admission, usually at night, and usually on the way
to the toilet. Several of those falls ended with the person going into hospital after all, one with a
broken hip.

There was a third gap too. Many of the homes we went into had loose stair carpets, no second banister
and no grab rail by the toilet. These are exactly the jobs that a home improvement agency does, but
nobody had ever thought of connecting an acute hospital team with a small charity that fits rails.

We also realised that our own paperwork made the problem worse. The referral form asked about oxygen,
intravenous access and medicines, but nothing about how the person got to the toilet or whether they
could manage stairs. Our nurses arrived with a drip stand and a box of antibiotics but no way of
knowing whether there was a commode in the house.
"""),
        ("evidence", "What has happened since", """
Kit Before Bedtime started in April 2023. At the point of referral, our triage nurse asks five
questions about getting to the toilet, stairs and getting out of bed. If the answers suggest a risk, a
'first night pack' is ordered from the equipment service on a same-day code. The pack can include a
commode, a frame, a bed lever and a raised toilet seat. The equipment service holds a small stock on
the back of a van that goes out at 4pm every day. Stepwell's handyperson visits within 48 hours to fit
rails and fix trip hazards.

<<Q:Falls in the first 72 hours of a hospital at home admission halved, from 41 in the twelve months
before the change to 20 in the twelve months after, while the number of admissions stayed about the
same.>> <<Q:Falls that led to a transfer into hospital went from 17 to 6 over the same periods.>>

<<Q:The share of people who had all the equipment they needed by the end of their first day rose from
around a quarter, in an audit of 60 admissions in late 2022, to 88% in a repeat audit of 60 admissions
in early 2024.>>

In the first year Stepwell fitted 312 grab rails and stair rails in the homes of our patients. The
equipment service delivered 1,040 first night packs.
"""),
        ("stakeholders", "Who helped shape it", """
<<S:Our night nurses were the first to say that the first night was the dangerous one, and they drew up
the five triage questions with our occupational therapists.>> <<S:The drivers from the equipment
service suggested carrying a standard set of items on the late van rather than picking each order
separately, which is what made same-day delivery possible.>> <<S:Stepwell's handypersons came out with
our therapists for a fortnight to learn which rails mattered most, and they asked for a simple photo
request form, which we now use.>>

<<P:We asked eight people who had been looked after by the service, and four of their family members,
to talk us through their first night at home; they told us about the trip to the toilet in the dark
and the struggle to find a light switch, and this is why a plug-in night light is now part of every
pack.>> <<P:One daughter, whose mother had fallen on the second night, suggested that families should
be told what equipment is coming and when, so that they can clear a space; the text message that now
goes to the next of kin came from her.>>
"""),
        ("value", "Value for money", """
A first night pack costs around £85 to supply and collect, and most of the equipment is reused. A single
hospital admission after a fall at home costs several thousand pounds, and a hip fracture far more. The
handyperson visits are funded through the council's existing disabled facilities budget and a small
grant from the trust's charity.

There are benefits that do not show up in our figures. Families say they are less worried about leaving
their relative at night. Our nurses say the first visit is calmer because they are not trying to find
a frame at the same time as setting up a drip.

We have also learned what does not work. In the first month we sent a commode to everyone, whether they
needed it or not, and many were never used and had to be collected again. The five questions are there
to make sure the right equipment goes to the right person.
"""),
        ("spread", "Sharing it", """
The five questions and the contents of the first night pack are now part of the regional hospital at
home operating guidance. Two neighbouring trusts have visited us and one has started the same
arrangement with its own equipment contractor. We presented the work at the national hospital at home
conference in 2024, and the questions can be used by any team with no cost.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1522  lying and standing blood pressure in community pharmacy - docx -
#        bold headings with a cover table - LPC chief officer, matter of fact -
#        LPC with a PCN and the community trust falls service - pharmacists
#        and patients involved - NO quantitative evidence (checks done, people
#        found, single figures, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1522", format="docx", layout="bold_headings", topic="lying_standing_blood_pressure_pharmacy",
    project="independent96-standingstill-1522", docx_font="Arial",
    title="Standing Still: lying and standing blood pressure checks in community pharmacies",
    cover_table=[
        ("Entry title", "Standing Still: lying and standing blood pressure checks in community pharmacies"),
        ("Lead organisation", "Fenmarsh Local Pharmaceutical Committee"),
        ("Partners", "Fenmarsh South Primary Care Network; Lowmere Community Health NHS Trust (Falls Prevention Service)"),
        ("Contact", "Chief Officer, Fenmarsh LPC"),
    ],
    primary_entrant=dict(name="Fenmarsh Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Fenmarsh South Primary Care Network", type="primary_care"),
        dict(name="Lowmere Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
Many older people take two, three or four medicines that lower their blood pressure. Some are for blood
pressure itself; others, such as water tablets, medicines for the prostate and some antidepressants,
lower it as a side effect. In a frail person the result can be a sudden drop in blood pressure when
they stand up. They feel dizzy or light-headed, or they do not feel anything at all and simply go down.
This is one of the commonest reasons for falls that nobody can explain.

The test for it is simple. You measure blood pressure after the person has been lying down for five
minutes and again after they have been standing for one and three minutes. It is rarely done in a busy
GP appointment, and it is not done at all if the person never mentions feeling dizzy.

Community pharmacies see these people every month when they collect their prescriptions. Many of our
pharmacies already offer blood pressure checks, and most have a consultation room with space for a
couch. The falls prevention service told us that postural drops were being found too late, when the
person had already fallen and been referred to them.

Standing Still is a simple pathway. Pharmacies invite people aged 75 or over who take two or more
blood-pressure-lowering medicines for a lying and standing check. A significant drop, or symptoms, leads
to a structured message to the practice's clinical pharmacist in the primary care network, who reviews
the medicines within two weeks, and to a referral to the falls service if the person has fallen in the
past year.

We chose community pharmacy for a simple reason: it is where older people already go, often every
month, and usually without an appointment. Pharmacists know their regular customers and can see when
someone is struggling to get to the counter, or when a relative has started collecting on their behalf.
Many of the people we were trying to reach would not think of booking a GP appointment because they felt
dizzy now and then. They would, however, accept a check while they waited for their prescription.

We also wanted the result to lead somewhere. A blood pressure reading that sits in a pharmacy record
does nothing. The pathway therefore depends on the primary care network's clinical pharmacists, who can
see the full medicines record and make changes, and on the falls service, which can offer strength and
balance work, a home hazard check and a review of other causes of falls.
"""),
        ("evidence", "Evidence", """
The pathway went live in 22 pharmacies in September 2023. By the end of August 2024 pharmacists had
completed 1,486 lying and standing checks. A postural drop was found in 311 people, 96 of whom had not
reported any dizziness.

The clinical pharmacists completed 287 medicines reviews following a pharmacy referral. In 164 of these
at least one medicine was stopped or the dose was reduced. The falls service accepted 58 referrals.

Our target for the second year is for 40 pharmacies to be offering the check and for every referral to
be reviewed within ten working days. We are working with the falls service to find out whether those
who had their medicines changed have fallen less, but we do not yet have the data to show this.
"""),
        ("stakeholders", "Involvement", """
<<S:Six pharmacists who already ran blood pressure clinics tested the lying and standing method over a
month and told us it could not be done safely in a small consultation room without a couch, so we
changed the protocol to allow a reclining chair.>> <<S:The primary care network's clinical pharmacists
wrote the referral message template with us and asked for the standing readings to be shown first,
because that is what they look at.>> <<S:Falls service physiotherapists agreed the threshold for
referral with the pharmacists at two joint evening meetings.>>

<<P:Members of the Fenmarsh Over-60s Forum tried the check at a pharmacy in Lowmere and told us that
being asked to lie down in a shop felt odd unless someone explained why first, so we wrote a short
explanation card with them.>> <<P:They also chose the name Standing Still.>>
"""),
        ("value", "Value", """
Pharmacies are paid £15 per completed check from a local enhanced service budget of £40,000 for the
first two years. The clinical pharmacist reviews are part of existing work. A fall with a hip fracture
costs the health and care system many thousands of pounds, so the check needs to prevent only a small
number of falls to pay for itself.

Pharmacists say they enjoy the check and that it is the kind of clinical work they trained for.

There have been practical difficulties. Not every pharmacy has a room large enough for a reclining chair,
and some checks have to be booked for a quieter time of day. Some people decline when they realise the
check takes ten minutes. A few GP practices were slow to act on the referral messages at first, which
is why the messages now go to the network's clinical pharmacists rather than to the practice inbox.
"""),
        ("spread", "Spread", """
The protocol, the training video and the referral template are on the LPC website. Two neighbouring
LPCs have asked to use them. We have shared the work with the regional falls network and the ICB's
medicines optimisation team, which is considering whether to commission it across the whole area.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1523  falls among older dog owners - docx - numbered questions with cover
#        bullets - charity chief executive, warm - pets and older people
#        charity with the community trust falls service and a university -
#        owners involved - NO staff involvement (volunteers trained,
#        physiotherapists briefed, one named lead doing her job, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1523", format="docx", layout="numbered_questions", topic="older_dog_owners_falls",
    project="independent96-steadypaws-1523", docx_font="Calibri",
    title="Steady Paws: preventing falls among older people who live with dogs",
    cover=[
        "An entry from Companion Years (registered charity), working with:",
    ],
    cover_bullets=[
        "Harrowdene Community NHS Trust, Falls Prevention Service",
        "University of Brackenmoor, School of Health Sciences",
        "Contact: Chief Executive, Companion Years",
    ],
    primary_entrant=dict(name="Companion Years", type="charity"),
    partners=[
        dict(name="Harrowdene Community NHS Trust", type="nhs_trust"),
        dict(name="University of Brackenmoor", type="university"),
    ],
    sections=[
        ("context", "1. Describe the problem and what your partnership set out to do", """
Companion Years helps older people keep their pets. We walk dogs for people who are in hospital or
unwell, foster pets when an owner goes into respite care, and help with vet bills. Almost everyone we
support would say their dog is the reason they get up in the morning, and many would say it is the
reason they still go outside.

It is also, sometimes, the reason they fall. A dog that pulls on the lead, a cat that winds round your
ankles at the top of the stairs, a water bowl on the kitchen floor, a lead wrapped round a leg on a wet
pavement. A pet came up in a surprising number of falls assessments in Harrowdene, but nobody had
counted, and the usual falls advice, which tends to say 'be careful
with pets', did not help anyone.

We also knew that some older people hide falls because they are afraid they will be told to give their
dog up. One of our members, a widower in his eighties, fell on an icy path when his spaniel saw a
squirrel. He lay there for twenty minutes before a neighbour found him. He did not tell his GP because,
as he put it to us later, 'they would have had the dog off me'.

Steady Paws has three parts. First, practical help at home: a visit from a trained volunteer to look at
feeding stations, leads, harnesses, stair gates and where the dog sleeps. Second, a short course of
lead training with a qualified trainer, so that dogs learn to walk without pulling. Third, a direct
route between our charity and the falls service, so that anyone who has had a fall or near miss is
offered a falls assessment, and the falls service can refer people to us knowing that nobody will be
asked to give up their pet.

We did not want to add another leaflet to the pile. Older people are given a great deal of advice about
falls, much of it well meant and most of it ignored, and advice about pets in particular can feel like a
threat. Our starting point was that the dog is staying, and that the question is how to make life with
the dog safer. That meant looking at the whole day: the early morning walk in the dark, the dog that
sleeps on the landing, the bowl that gets knocked over, the lead clipped to a wrist because the person's
grip is weak, the cat that wants feeding at six in the morning.

It also meant thinking about the person's own strength and balance. Many of our members were walking a
dog twice a day but had stopped doing anything else, and some had quietly started to hold on to
furniture as they moved round the house. Those are exactly the people the falls service wants to see
early, before the first serious fall rather than after it.
"""),
        ("evidence", "2. What difference has it made? Please give evidence", """
A questionnaire went to 214 of our members before the programme started and again a year later, and
the university analysed the answers.
<<Q:The proportion who reported a fall involving their pet in the previous six months fell from 19% to
8%.>> <<Q:Reported near misses, such as a stumble or being pulled over without going to the ground, went
down from 46% to 27%.>>

<<Q:The share of members who said they would tell a health professional about a fall rose from 38% to
71%, which we think matters as much as anything, because a fall that is hidden cannot be followed up.>>

In the year, 163 homes had a Steady Paws visit, 97 dogs finished the lead training course and the falls
service received 41 referrals from us.
"""),
        ("spread", "3. How has the learning been shared?", """
The university has published a short report and presented it at a national falls conference. Our home
check list has been adopted by two other pet charities. The falls service now includes a question about
pets in its standard assessment, and we have offered our leaflet to every falls service in the region.
"""),
        ("value", "4. What has been the value for money and the impact on people?", """
The programme costs about £46,000 a year, most of it for our volunteer coordinator and the dog trainer.
The cost of one hip fracture is estimated at more than £25,000. We think, and our members tell us, that
the biggest value is that people keep their dogs and stay active outside.

There is a wider point too. When an older person gives up a pet after a fall, they often lose their
reason to go out, their daily contact with other dog walkers and a great deal of comfort. The evidence
that loneliness and inactivity harm health is strong. Keeping people and their pets together safely is,
we think, good for both.
"""),
        ("stakeholders", "5. How were patients, service users and staff involved?", """
<<P:Before we wrote anything, a group of eleven members came to three coffee mornings and talked about
how their animals had tripped them or pulled them over; it was their idea to offer a lead training
course rather than a leaflet.>> <<P:Two of them, both long-time spaniel owners, tried out four
different harnesses and leads over a month and picked the ones we now give out.>> <<P:Members also
asked us to promise, in writing, that the falls service would never advise anyone to rehome a pet,
and that promise is printed on the front of the referral form.>>

All 28 of our home visit volunteers completed a half-day training session run by the falls service.
Physiotherapists in the falls service were briefed on the programme at their team meeting. Our
volunteer coordinator, Janine Okafor, organised the visits and kept the records. We plan to invite the
falls team and the volunteers to a review workshop in the spring.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1524  replacement care so older carers can have their own operation -
#        docx - no headings - carers' charity director, personal and long -
#        carers' charity with the acute trust's elective surgery hub and the
#        council - carers involved (indirectly phrased) and staff involved -
#        no flags
# ---------------------------------------------------------------------------
entry(
    id="I1524", format="docx", layout="no_headings", topic="replacement_care_carers_own_surgery",
    project="independent96-yourturnnow-1524", docx_font="Georgia",
    title="Your Turn Now: replacement care so that older carers can have the operation they keep putting off",
    cover=[
        "Wyndle Valley Carers' Trust (registered charity), in partnership with Brantholme Teaching Hospitals NHS Trust (Elective Surgery Hub) and Wyndle Valley County Council (Adult Social Care)",
        "Entry by the Director of Services, Wyndle Valley Carers' Trust",
    ],
    primary_entrant=dict(name="Wyndle Valley Carers' Trust", type="charity"),
    partners=[
        dict(name="Brantholme Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Wyndle Valley County Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
I have worked with carers for twenty years and I thought I knew most of the ways in which caring wears
people down. I did not know, until a few years ago, how many of the older carers we support were living
with a problem that an operation could fix, and were not having the operation.

The first one I remember properly was a woman of 78 who looked after her husband, who has Parkinson's
and dementia. She had a cataract in one eye and a hip that was so painful she could barely get up the
stairs. She had been on the waiting list for her hip for over a year, and twice she had been offered a
date and twice she had turned it down. When I asked her why, she said, quite simply, 'Who would look
after Frank?' She was still helping him in and out of the bath. A few months later she fell on the
stairs while helping him to bed, and broke her wrist. She then could not care for him at all, and he
went into a care home as an emergency. He never came home.

Once we started asking, we found this again and again. Carers in their seventies and eighties putting
off knee replacements, cataract operations, hernia repairs and even cancer investigations, because
there was nobody to take their place. Some simply did not turn up on the day. The hospital recorded them
as 'did not attend' or 'patient cancelled', and nobody asked why. Every month they waited, they were in
more pain, less steady on their feet and more likely to fall, and the person they cared for was more
at risk too.

The safety problem is double. The carer is at risk of a fall, a long lie or a worsening illness. The
person being cared for is at risk of being left without care at very short notice, often in a crisis,
often ending in an unplanned admission to hospital or a care home.
"""),
        ("stakeholders", None, """
We did not design Your Turn Now in an office. <<P:Over the winter of 2022 we sat down with the people
who do the caring, sixteen of them in two groups at our centres in Wyndle and Ashby Cross, and asked
them what would have to be true for them to say yes to an operation date.>> <<P:What they told us was
very practical: at least three weeks' notice of the date, someone they had met before looking after
their husband or wife, and a plan for the weeks after the operation when they would not be able to
lift or drive.>> <<P:Several said they would not trust a care agency they did not know, and it was this
group who suggested that the replacement carers should visit twice before the operation, which is now
the rule.>>

<<S:The pre-operative assessment nurses at the elective hub were the ones who spotted the pattern from
the hospital side, and they helped us write the three questions that are now asked at every
pre-operative assessment: do you look after anyone, could they manage without you for a week, and would
you like help to arrange that.>> <<S:The hub's scheduling team changed how they book carers, giving a
fixed date at least four weeks ahead, after telling us that short-notice offers were the ones most
often refused.>> <<S:Social workers in the council's carers' assessment team worked with our support
workers to agree a fast-track assessment that can be done on the phone in one call, so that replacement
care can be funded without a full review.>>

Not everyone wants this help. For some carers the idea of anyone else looking after their partner is
unbearable, whatever the reason, and we have to respect that. For them we offer to talk again in a
month or two.
"""),
        ("evidence", None, """
Your Turn Now began in May 2023. When a carer is identified at pre-operative assessment, with their
consent the hub sends a referral to us the same day. One of our support workers phones them within two
working days and puts together a plan with them: who will provide care, when they will meet, what
happens on the day and what happens in the six weeks afterwards. The council funds replacement care
through a carers' direct payment or through one of three care agencies that have agreed to provide
short, planned packages. Where the person being cared for needs more than a care agency can give, the
council has a short-stay bed in one of its own homes reserved for this purpose.

<<Q:In the year before we started, 31% of identified carers on the hub's lists cancelled or did not
attend at least one operation date; in the first full year of Your Turn Now this dropped to 9%.>> <<Q:The
average wait from being listed to having the operation for carers fell from 58 weeks to 41 weeks, much
closer to the wait for other patients.>>

We also looked at what happened to the people being cared for. <<Q:Emergency admissions to a care home
of a cared-for person while their carer was in hospital for planned surgery went from 12 in 2022/23 to
2 in 2023/24.>> We do not claim all of this is down to us, but the hospital and the council both say
they have not seen a change like it in any other group.

In total, 208 carers were referred to us by the hub in the first year and 171 went on to have their
operation with replacement care in place.

It has not all been smooth. In the first months, some referrals came to us only a week before the
operation date, which was not enough time to arrange care safely, and we had to ask for the date to be
moved. The hub now refers at listing, not at pre-operative assessment, where it can. Some care agencies
found it hard to commit to a package that starts on a fixed date weeks ahead, and the council has had
to pay a retainer to secure the care. We also learned that the weeks after the operation matter as
much as the days in hospital: a carer with a new hip cannot help their partner into the bath, and some
plans now run for six or eight weeks.
"""),
        ("value", None, """
Replacement care for a week costs the council, on average, about £900. A care home placement that
starts as an emergency and becomes permanent costs more than that every week, for years. An operation
slot that is cancelled at short notice is often wasted, and the hub estimates that each one costs it
several thousand pounds.

The thing carers talk about most is relief. One man, who had his knee replaced last spring, told us
it was the first time in six years that someone had asked him what he needed rather than what his wife
needed. The support workers at the charity say this is the most satisfying work they do, because the
outcome is so clear.
"""),
        ("spread", None, """
The three questions are now built into the pre-operative assessment form used by all the trust's
hospitals, not just the elective hub. We have shared the approach with the regional carers' network
and with two other elective hubs in the region, one of which is planning to start in 2025. The
council has written replacement care for planned surgery into its new carers' strategy, so that it no
longer depends on our charity alone.

I would say to anyone reading this: ask about carers at pre-operative assessment. It takes thirty
seconds. It is the start of everything else.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1525  rogue traders and doorstep crime against people with dementia - pdf
#        - CAPS headings - council trading standards manager, procedural -
#        council with the police, a bank and the community trust memory
#        service - staff involved - NO patient involvement (victims helped,
#        families sent letters, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1525", format="pdf", layout="caps_headings", topic="doorstep_crime_people_with_dementia",
    project="independent96-notatmydoor-1525", pdf_font="DejaVuSans", pdf_align="J",
    title="Not At My Door: protecting people living with dementia from rogue traders and doorstep crime",
    cover=[
        "Lead: Kestrelford City Council, Trading Standards Service",
        "Partners: Kestrelford and Wendover Police (Economic Crime Unit); Kestrelford Community NHS Trust (Memory Assessment Service); Penmoor Building Society",
        "Submitted by the Trading Standards Team Manager (Safer Communities)",
    ],
    primary_entrant=dict(name="Kestrelford City Council", type="local_authority"),
    partners=[
        dict(name="Kestrelford and Wendover Police", type="emergency_service"),
        dict(name="Kestrelford Community NHS Trust", type="nhs_trust"),
        dict(name="Penmoor Building Society", type="private"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Doorstep crime in Kestrelford usually starts with a knock. A man says he has noticed a loose tile on
the roof, or that the driveway needs resurfacing, and he can do it today for cash. Once inside, the
price goes up, more 'faults' are found, and the person is driven to the bank to withdraw thousands of
pounds. The work is never done, or is done so badly it has to be ripped out. People living with
dementia are targeted again and again, because they may not remember the first visit, and because the
traders share lists of addresses.

This is a health and safety problem as much as a financial one. People lose savings they needed for
care. They become frightened to answer the door, including to district nurses and carers. We have seen
people stop eating properly, stop taking their medicines and withdraw from friends after being
defrauded. In two cases in 2022 the person was left with a roof open to the weather after traders took
off the tiles and disappeared. One woman in her late eighties was admitted to hospital with a chest
infection after living for a week with rain coming into her bedroom.

Before this project, the people most likely to notice were health staff visiting the home, but there
was no easy way for them to tell us. Memory clinic staff were often told about a strange
builder by a family member and had nowhere to take the information. The police found out
only after money had gone. The bank could stop a withdrawal if it was suspicious, but only if the
cashier knew what to look for.

Doorstep crime is also under-reported. People living with dementia may not realise they have been
defrauded, or may be too embarrassed to say. Families sometimes find out only when they see a bank
statement or notice that the new drive is already crumbling. By then the traders have moved on to the
next street, and often the next victim is only a few doors away. The same groups operate across several
council areas, using vans with false plates and changing their company names every few months.

We wanted to move the point at which we hear about a case from after the money has gone to the first
suspicious knock, and to make sure that the people who are targeted once are protected from being
targeted again.
"""),
        ("evidence", "WHAT WE DID AND WHAT CHANGED", """
Not At My Door has four parts. Memory assessment staff can now make a one-page referral to Trading
Standards for anyone with a diagnosis of dementia who has had a suspicious caller. We visit within five
working days, fit a door camera or a 'no cold calling' sticker if the person wants it, and put the
address on a list that the police use to prioritise calls. The building society trains counter staff
to use the national banking protocol when a customer with a known vulnerability asks for a large
cash withdrawal. And we run a shared case meeting every month.

<<Q:Repeat victimisation, which we define as a second doorstep crime at the same address within twelve
months, fell from 37 cases in 2021/22 to 11 in 2023/24.>> <<Q:The average sum lost per reported doorstep
crime involving a person with dementia went down from £6,400 to £2,150 over the same period, because
more crimes are now stopped before the money is handed over.>>

In 2023/24 the memory service made 126 referrals to us and we fitted 74 door cameras.
"""),
        ("stakeholders", "INVOLVEMENT", """
<<S:Memory assessment nurses and support workers helped design the one-page referral form and asked
that it should not need the person's consent to be sent in an emergency, which led to a change in the
information sharing agreement.>> <<S:Counter staff at Penmoor Building Society told us that they could
not always tell from a customer's manner whether they had dementia, and they suggested the quiet
question 'is anyone waiting for you outside?', which is now part of the protocol.>> <<S:Police
neighbourhood officers sat on the monthly case meeting from the start and rewrote the call priority
list twice in the first year after reviewing cases with us.>>

People who had been defrauded were given support by our victim care officers. Families of people on
the list were sent a letter explaining what we do and how to contact us. We sent a short questionnaire
to people who had a door camera fitted; most said they felt safer, and the service carried on as
before. We intend to set up a reference group of people living with dementia and their families in
2025.
"""),
        ("value", "VALUE", """
A door camera costs about £60 to buy and fit. The average loss per doorstep crime, and the cost to the
NHS and social care of a person becoming isolated and unwell after being defrauded, is far higher. The
project has been run within existing budgets, with £12,000 from the police and crime commissioner's
fund for cameras.

The harder value to measure is the effect on a person's confidence and trust. A person who has been
defrauded at the door may refuse to let in the district nurse, the care worker or the occupational
therapist who could keep them well at home. Stopping the crime, or stopping it happening again, keeps
that door open to the people who should be coming through it.
"""),
        ("spread", "SHARING", """
The referral form has been adopted by the memory service across the whole trust, which covers two
other council areas. We have presented the work to the regional trading standards group and the
national scams team, and to the county's safeguarding adults board.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1526  scam calls blocked for people with memory problems - pdf - bullet
#        lists - PRIVATE call-blocking company as primary entrant with a
#        council and a dementia support group (ineligible) - company's
#        head of partnerships, upbeat - users' families involved - NO staff
#        involvement (installers trained, council officers briefed, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1526", format="pdf", layout="bullet_lists", topic="scam_call_blockers_memory_problems",
    project="independent96-quietline-1526", pdf_font="LiberationSans", pdf_align="L",
    title="QuietLine: blocking scam and nuisance calls for people living with memory problems",
    cover=[
        "Submitted by Trueblock Communications Ltd",
        "Working with Ashdale Metropolitan Borough Council (Trading Standards and Adult Social Care) and Ashdale Memory Café Network",
        "Contact: Head of Partnerships, Trueblock Communications Ltd",
    ],
    primary_entrant=dict(name="Trueblock Communications Ltd", type="private"),
    partners=[
        dict(name="Ashdale Metropolitan Borough Council", type="local_authority"),
        dict(name="Ashdale Memory Café Network", type="patient_group"),
    ],
    sections=[
        ("context", "Why QuietLine", """
Trueblock makes call-blocking units that plug in between a landline phone and the wall. Calls from
numbers the person knows go straight through. Other callers are asked to say their name, and the
person can choose whether to take the call. Known scam numbers are blocked automatically.

What we knew before the project:

- older people with memory problems receive far more scam and nuisance calls than other people, because their numbers are sold on between scammers

- a person with dementia may be called dozens of times a week, often by the same people pretending to be from the bank, the police or a computer company

- many lose money; others become so anxious that they stop answering the phone at all, including to their GP, their care agency and their family

- some have been talked into giving remote access to their computer, or into buying 'insurance' for appliances they do not own

- the council's trading standards team had a small stock of call blockers but no way of finding the people who most needed them

What QuietLine does:

- the council's adult social care and memory café teams can refer anyone with memory problems who uses a landline

- we install the unit, set up the list of trusted numbers with the person and their family, and make sure the GP surgery, pharmacy and care agency are on it

- every three months we send the council a report of blocked calls so that trading standards can spot patterns
"""),
        ("evidence", "Results", """
- we installed 640 units in Ashdale between March 2023 and February 2024

- <<Q:across the first 300 homes, the average number of unwanted calls getting through fell from 24 a month in the month before installation to 2 a month after three months>>

- <<Q:reports of money lost to a telephone scam among people with a unit went from 41 in the year before installation to 3 in the year after>>

- 97% of calls from the GP surgery, pharmacy and care agency went straight through without being challenged

- trading standards identified four organised scam operations from our quarterly reports
"""),
        ("stakeholders", "Who was involved", """
- <<P:families of people who attend the memory cafés tested early versions of the unit at home and told us the announcement message was too long and confusing, so we cut it to one sentence>>

- <<P:members of the memory café network chose the wording of the card that sits next to the phone, which says 'If I don't know you, I'll ask your name first'>>

- <<P:one café member, a retired telephone engineer with early dementia, suggested adding the surgery and pharmacy numbers as standard, which is now part of every installation>>

- all 14 of our installers completed dementia awareness training

- council social workers and trading standards officers were briefed on the referral route at team meetings

- we plan to hold a feedback session with the council's referral teams later this year
"""),
        ("value", "Value", """
- each unit costs £110 including installation, paid for by the council from its scams prevention budget

- the average loss from a successful telephone scam in Ashdale is over £3,000

- families tell us they worry less when they are not there
"""),
        ("spread", "Spread", """
- QuietLine referral routes are now running with five other councils

- we have shared the trusted numbers list template with the national trading standards scams team
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1527  self-neglect with leg wounds and refused nursing visits - docx - form
#        table with a cover table - council principal social worker, careful -
#        council with the community trust's district nursing service and a
#        GP federation - people with lived experience and staff involved -
#        NO quantitative evidence (dates, cases discussed, people trained, a
#        budget, a single figure)
# ---------------------------------------------------------------------------
entry(
    id="I1527", format="docx", layout="form_table", topic="self_neglect_leg_wounds_refused_care",
    project="independent96-stayingintouch-1527", docx_font="Calibri",
    title="Staying in Touch: a joint approach to self-neglect when people refuse nursing care for their leg wounds",
    cover_table=[
        ("Title", "Staying in Touch: a joint approach to self-neglect when people refuse nursing care for their leg wounds"),
        ("Lead organisation", "Greythorpe Borough Council, Adult Social Care (Safeguarding Adults)"),
        ("Partners", "North Greythorpe Community Health NHS Trust (District Nursing); Greythorpe GP Federation"),
        ("Entrant", "Principal Social Worker, Greythorpe Borough Council"),
    ],
    primary_entrant=dict(name="Greythorpe Borough Council", type="local_authority"),
    partners=[
        dict(name="North Greythorpe Community Health NHS Trust", type="nhs_trust"),
        dict(name="Greythorpe GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Describe the safety issue and why a partnership was needed", """
Some of the people most at risk in our borough are older people, often men living alone, who have leg
ulcers or other wounds and who decline the care offered to them. They may refuse to let the district
nurse in, cancel visits, take off their bandages, or stop answering the phone. Their homes may be cold
and cluttered, and they may not be eating well. Over months the wounds get worse, infection sets in
and the person is found very unwell, sometimes with sepsis, sometimes having died.

Until 2023, each service dealt with this in its own way. District nurses recorded a refusal and, after
three refusals, discharged the person back to the GP. The GP might not know this had happened. Adult
social care might receive a safeguarding concern weeks later, with little information. Nobody was
looking at the whole person, and nobody was asking whether the person understood the risks of
refusing care, or whether something else, such as depression, alcohol, pain or a fear of being moved
into a home, lay behind the refusal.

A safeguarding adults review published by the borough's board in 2022 looked at the death of a man of
81 in these circumstances and found that five services had been in contact with him in his last year
without ever meeting together.

Self-neglect is one of the hardest areas of adult safeguarding. People have the right to make unwise
decisions, and many of those we work with have capacity and are clear that they do not want help. But
the right to refuse is not the same as being left alone, and the law and national guidance are clear
that services should keep trying, keep talking and keep the door open. In practice, each service
stepped back a little further each time it was refused, until nobody was left.

Leg wounds make the stakes very clear. A leg ulcer that is dressed and compressed properly can heal in
weeks. Left alone, it can become infected, smell, leak through clothes and bedding and lead to sepsis or
amputation. The people who refuse care are often those with the worst wounds.
"""),
        ("evidence", "What evidence is there that the partnership has improved safety?", """
Staying in Touch started on 1 April 2023. District nurses no longer discharge a person who refuses care
without first raising it at a fortnightly 'Staying in Touch' meeting, held online, with a social
worker, a GP from the federation's home visiting service and the nurse. The group agrees one named
person who will keep in contact, even if nursing visits stop, and a plan that is reviewed at every
meeting. Where there is doubt about capacity, a joint assessment is done at home.

Between April 2023 and March 2024 the meeting discussed 58 people. Joint home visits were made to 33 of
them. 62 district nurses and 40 social workers attended a half-day session on self-neglect and
professional curiosity.

At the end of March 2024, 9 of the 58 people were still declining all nursing care. No person
discussed at the meeting died in circumstances that met the criteria for a safeguarding adults review
during the year. The budget for the year was £18,500, mainly for GP sessions.

We are now working with the trust's wound care team to compare healing times for people discussed at
the meeting with those who were not.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<S:The meeting was designed at three workshops attended by district nurses, social workers, GPs and
the trust's tissue viability nurses, and it was the nurses who insisted that nobody should be
discharged for refusing care without a named person keeping in touch.>> <<S:GPs in the federation's
home visiting service asked for the meeting to be online and at lunchtime so that they could join
between visits, and the time was changed for them.>>

<<P:Two men who had once refused nursing care for their own leg ulcers, and who are now healed, talked
to us at length about why they had said no; one explained that it was the smell of his legs that made
him ashamed to let anyone in, and this is why the first visit is now about the person, not the
wound.>> <<P:A daughter whose father had neglected himself after her mother's death helped us write
the information leaflet for families, and she asked that it should say clearly that refusing help is
not the end of the story.>>
"""),
        ("value", "What has been the impact on people and value for money?", """
Each admission to hospital with a severely infected leg wound can last weeks. The meeting costs a few
hours of professional time each fortnight. Staff tell us they feel less alone with these cases and
more confident to keep trying. Several people who had refused care for years now have regular visits.

The approach has also changed the conversation within our teams. District nurses no longer see a refusal
as the end of their involvement, and social workers now see wound care as part of a person's
wellbeing. The meeting is a place where difficult cases can be talked through honestly, including the
ones where, despite everyone's efforts, the person continues to decline care.
"""),
        ("spread", "How has the learning been shared and spread?", """
The Greythorpe Safeguarding Adults Board has added the Staying in Touch approach to its self-neglect
procedure for the whole borough. We have presented it at the regional principal social workers'
network and to two neighbouring councils, one of which is setting up a similar meeting.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1528  overheating in top-floor sheltered housing flats - pdf - numbered
#        questions - university building physics lecturer, careful - university
#        with a charitable housing trust and council public health - tenants
#        involved (in the context section, passive voice) and staff involved -
#        no flags
# ---------------------------------------------------------------------------
entry(
    id="I1528", format="pdf", layout="numbered_questions", topic="overheating_sheltered_housing_flats",
    project="independent96-coolerattop-1528", pdf_font="LiberationSerif", pdf_align="J",
    title="Cooler at the Top: reducing dangerous overheating in sheltered housing flats",
    cover=[
        "Lead: University of Hollingmere, Centre for Healthy Buildings",
        "Partners: Sallowfield Housing Trust (charitable housing association); Hollingmere City Council, Public Health",
        "Prepared by a Senior Lecturer in Building Physics",
    ],
    primary_entrant=dict(name="University of Hollingmere", type="university"),
    partners=[
        dict(name="Sallowfield Housing Trust", type="charity"),
        dict(name="Hollingmere City Council", type="local_authority"),
    ],
    sections=[
        ("context", "1. What was the problem?", """
Sallowfield Housing Trust has 23 sheltered housing schemes in Hollingmere, home to around 900 tenants
whose average age is 79. Many of the schemes were built in the 1970s and 1980s, with flat roofs,
large south-facing windows and corridors with no cross ventilation. Several were fitted with extra
insulation in the 2010s to cut heating bills, without any thought of what would happen in summer.

During the heatwave of July 2022, scheme managers reported tenants who were confused, dizzy and unable
to sleep, and two were admitted to hospital with dehydration and acute kidney injury. One tenant in a
top-floor flat was found on the floor of her kitchen by a scheme manager on the second day of the
heatwave. She had been there overnight.

<<P:In the weeks after, tenants at four schemes were invited by our researchers to keep a simple
diary of how hot they felt, what they did about it and how they slept, and their diaries were read
alongside readings from temperature loggers in their flats.>> The results were alarming. Top-floor
flats were routinely above 28°C at night for days after the outside temperature had fallen, and
several went above 32°C. Most tenants kept windows closed at night because they were afraid of
intruders or of insects, and many were wearing the same clothes and using the same bedding as in
winter.

Older people are particularly vulnerable to heat. Their bodies are less able to regulate temperature,
they may not feel thirsty, and many take medicines that affect how they cope with heat. Sheltered
housing concentrates exactly the people most at risk in exactly the kind of building most likely to
overheat. Yet building regulations for overheating apply only to new homes, and there was no guidance
for landlords on what to do with existing ones.
"""),
        ("evidence", "2. What has changed, and what is the evidence?", """
In 2023 the partnership agreed a package of changes for the eight schemes with the hottest flats:
external blinds on south-facing windows, secure window restrictors so that windows can be left open
safely at night, a cool room on the ground floor of each scheme with a portable air cooler, and a
'hot weather plan' for every scheme that starts when the national heat-health alert reaches amber.
Loggers stayed in the same 64 flats so that we could compare summers.

<<Q:In the 2024 hot spell, the number of hours that top-floor flats spent above 28°C at night was
around a third lower than in a hot spell of similar outdoor temperatures in 2022.>> <<Q:The highest
night-time reading in any monitored flat fell from 33.4°C to 29.1°C.>>

The council's public health team looked at hospital admissions for heat-related illness among tenants
of the eight schemes. <<Q:There were six in the summer of 2022 and one in the summer of 2024, but the
numbers are small and the summers were not identical, so we present this with caution.>>
"""),
        ("stakeholders", "3. Who was involved, and how?", """
<<S:Scheme managers helped to choose which flats should have loggers and collected them every month,
and they suggested the cool room after noticing that tenants gathered in the only shaded lounge.>>
<<S:The housing trust's maintenance surveyors worked with our engineers on the choice of blinds and
restrictors and rejected the first design because it could not be operated by someone with
arthritis.>> <<S:Public health officers and the scheme managers wrote the hot weather plan together,
and the managers insisted it should fit on one side of A4.>>

<<P:Tenants' representatives from each of the eight schemes sat on the project group and chose the
colour and style of the blinds, and one of them, a former caretaker, spotted that the restrictors on
the first flat would stop the window being opened in a fire.>>
"""),
        ("value", "4. What has been the value?", """
The changes cost about £310,000 across eight schemes, funded by the housing trust and a grant from the
council's climate adaptation fund. A single emergency admission of an older person costs several
thousand pounds, and the flats will be used for decades.

Tenants say they sleep better. Scheme managers say that the plan makes hot days less frantic, because
everyone knows what to do.

There were limits to what could be done. Some tenants wanted air conditioning, which we could not
provide in every flat, and the cool rooms are not used by people who cannot manage the stairs or the
lift on their own. For those tenants, scheme managers now knock on doors twice a day during an amber or
red alert.
"""),
        ("spread", "5. How has the learning been spread?", """
The university has published the data and our design guidance on overheating in sheltered housing.
Sallowfield is applying the changes to its remaining schemes over three years. We have presented the
work to the national housing association network and to other councils in the region.

The main lesson for other landlords is that overheating can be measured cheaply. Temperature loggers
cost little, and a summer of readings will show which flats are dangerous. Many of the fixes are simple
and inexpensive, but they need to be chosen with the people who live in the flats, because a blind or
restrictor that a tenant cannot use, or does not trust, will not be used at all.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1529  home care and district nursing in snow and ice - pdf - two columns -
#        ICB resilience and community services manager, practical - ICB with
#        the council, a 4x4 volunteer charity and the community trust -
#        people who use services and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1529", format="pdf", layout="two_column", topic="snow_ice_home_care_district_nursing_continuity",
    project="independent96-noonemissed-1529", pdf_font="LiberationSans",
    title="No One Missed: keeping essential home visits going in snow and ice",
    cover=[
        "NHS Pennbridge and Dales Integrated Care Board (lead), with Upper Pennbridge District Council, Dalesreach 4x4 Volunteers (registered charity) and Pennbridge Community Healthcare NHS Trust",
        "Entry by the Head of Community Services and Resilience, NHS Pennbridge and Dales ICB",
    ],
    primary_entrant=dict(name="NHS Pennbridge and Dales Integrated Care Board", type="icb"),
    partners=[
        dict(name="Upper Pennbridge District Council", type="local_authority"),
        dict(name="Dalesreach 4x4 Volunteers", type="charity"),
        dict(name="Pennbridge Community Healthcare NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
Upper Pennbridge is high, hilly and spread out. Every winter there are days when snow and ice close the
minor roads, and some villages are cut off for two or three days. Around 1,100 older people in the
district have home care, and about 700 have district nursing visits at any one time.

In the snow of December 2022 the system broke down. Each care agency and each nursing team made its
own decisions about which visits to drop. Nobody had a shared list of the people who could not be
missed: those who need insulin, those who cannot get out of bed alone, those who live with nobody else.
Some people had two visits on the same day from different services; others had none for two days. A
man of 88 who relied on his care worker to help him out of bed was found by a neighbour, cold and
dehydrated, after 40 hours alone. A woman with diabetes missed two insulin injections.

There were also plenty of people with 4x4 vehicles willing to help, but no safe way for them to be
asked, given an address and told what they were expected to do.

The same problems came up in every debrief after severe weather. Agencies had lists of their own clients
but no way of knowing who else was visiting the same house. Nursing teams knew who needed insulin but
not who had a key safe. Nobody knew which roads were passable until a care worker had tried and failed.
And the people waiting at home had no idea whether anyone was coming, so some tried to get up and get
to the kitchen themselves and fell.
"""),
        ("evidence", "What changed", """
No One Missed was in place for the winter of 2023/24. Every person with home care or nursing visits
now has a red, amber or green rating, agreed by the agency or nursing team and held on one shared
list. When the Met Office issues a snow or ice warning, the council's control room opens a daily call
at 7am with agencies, nursing teams and the 4x4 volunteers. Red visits are done first, and if a care
worker cannot reach a red visit, a volunteer driver takes them, or takes a nurse, or takes the person's
medicines. Amber visits are replaced by a phone call.

<<Q:Our weekly chart of missed red-rated visits during severe weather showed a sustained shift
downwards after the new system started: the average fell from 37 missed red visits per severe weather
day in December 2022 to 4 in the snow of January 2024.>> <<Q:Duplicated visits on the same day fell
from 112 to 9 over the same periods.>>

<<Q:Emergency admissions of people with home care during snow and ice warnings went from 31 in the
2022/23 winter to 14 in 2023/24.>> There were six days of warnings in each of the two winters.

The 4x4 volunteers made 186 journeys over the winter.
"""),
        ("stakeholders", "Who was involved", """
<<S:Managers from nine care agencies and the district nursing teams agreed the red, amber and green
definitions at two workshops, and the agencies asked for the daily call to be at 7am, before their first
visits, rather than at 9am.>> <<S:District nurses tested the shared list during a planned exercise in
October 2023 and found that it did not show whether a key safe code was held, which has now been
added.>> <<S:The 4x4 volunteers wrote their own code of conduct with the council's emergency planning
officers.>>

<<P:We asked people who use home care, through the council's home care users' panel, what they would
want if the snow came again; they said above all they wanted to be told whether someone was coming, and
so amber visits now get a phone call by 10am.>> <<P:One panel member who lives alone on a farm asked
that people should be able to rate themselves red if they knew they could not cope, and this option
was added.>>
"""),
        ("value", "Value", """
The system cost around £9,000 to set up, mostly for the shared list, and the volunteers give their time
and fuel. A single emergency admission costs several thousand pounds.

Agencies say they now feel part of a system rather than on their own.

There were some costs we had not expected. Volunteers needed insurance cover for carrying nurses and
medicines, and the council had to arrange it. Some care agencies found it hard to take part in a daily
call at 7am while also running their own rotas. We now allow agencies to send their updates by text if
they cannot join.
"""),
        ("spread", "Spread", """
The red, amber and green definitions and the daily call have been adopted by the two other councils in
the ICB's area for this winter. The local resilience forum has added No One Missed to its severe
weather plan, and the 4x4 volunteers' code of conduct has been shared with other volunteer groups
across the north of England.

The biggest lesson is that the list has to be kept up to date all year, not produced in a hurry when
the first snow is forecast. Agencies now update their ratings monthly, and the list is checked before
each winter.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1530  mouth care and chest infections in frail housebound people - docx -
#        rubric headings - community trust special care dentistry lead,
#        clinical - community trust with the council and a home care
#        providers' association - staff involved - NO patient involvement
#        (clients and families surveyed with nothing changed, leaflets sent,
#        a plan, beneficiaries)
# ---------------------------------------------------------------------------
entry(
    id="I1530", format="docx", layout="rubric_headings", topic="mouth_care_pneumonia_housebound_frail",
    project="independent96-cleanmouth-1530", docx_font="Cambria",
    title="Clean Mouth, Clear Chest: mouth care for frail older people who receive care at home",
    cover=[
        "Lead organisation: Ravensholt Community Health NHS Trust, Special Care Dental Service",
        "Partners: Ravensholt City Council (Adult Social Care Commissioning); Ravensholt Home Care Providers' Association",
        "Submitted by the Clinical Lead for Special Care Dentistry",
    ],
    primary_entrant=dict(name="Ravensholt Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Ravensholt City Council", type="local_authority"),
        dict(name="Ravensholt Home Care Providers' Association", type="charity"),
    ],
    sections=[
        ("context", "Describe the patient safety issue and the partnership's aims", """
Poor mouth care is a well-known cause of aspiration pneumonia in frail older people. Bacteria from
dental plaque and dentures are breathed into the lungs, especially in people who have difficulty
swallowing, are drowsy or spend most of the day in bed. Care home staff have had national guidance on
mouth care for some years. People who are cared for in their own homes have largely been left out.

In Ravensholt about 2,400 older people receive home care commissioned by the council. When our
domiciliary dental team visited housebound patients we regularly found dentures that had not been
removed for weeks, heavy plaque, oral thrush and broken teeth. Care plans rarely mentioned the mouth.
Care workers told our dentists that they had never been shown how to clean someone else's teeth and
did not think it was part of their job.

We set out to make mouth care a routine part of home care, to give care workers the skills and
equipment to do it, and to make it easy to get a dental visit for someone who needs one.

The consequences go beyond pneumonia. A painful mouth stops people eating and drinking, which leads to
weight loss, dehydration and confusion. Ill-fitting or dirty dentures make eating harder still. People
with dementia may be unable to say that their mouth hurts and may instead become distressed or refuse
food, which can be mistaken for a change in their dementia.
"""),
        ("evidence", "What evidence shows the partnership has improved patient safety?", """
From March 2023 the council added a mouth care section to its home care assessment and care plan
template. Every care agency in the association named a mouth care champion, who was trained by our
dental team and then trained their colleagues. Each person with home care who needs help with mouth
care now has a simple mouth care plan and a kit (brush, high-fluoride toothpaste, denture pot) supplied
by the trust. Care workers can refer directly to our domiciliary service using a short form.

<<Q:In a sample of 150 people receiving home care, the share with a mouth care plan in their care record
went from 6% before the project to 81% a year later.>> <<Q:Plaque scores recorded by our dental
therapists at home visits improved from an average of 2.4 to 1.1 on a 0-3 scale among people seen
before and after.>>

<<Q:Hospital admissions with pneumonia among people receiving home care in the city fell by about a
quarter, from 212 in 2022/23 to 158 in 2023/24, although we accept other factors may have played a
part.>>

The domiciliary service received 390 referrals from care workers in the first year.
"""),
        ("stakeholders", "How have patients, service users and staff been involved?", """
<<S:Mouth care champions from eleven agencies met with our dental therapists every two months, and it
was the champions who pointed out that care workers had only fifteen minutes for a morning call and
asked for a two-minute routine, which we then wrote with them.>> <<S:Care workers tested three types of
toothbrush on each other and on a training head and chose the one with a long, angled handle.>>
<<S:Council commissioners worked with agency managers to agree how the extra minutes would be funded
for people who need most help.>>

People receiving home care and their families were sent a leaflet explaining the new mouth care plans.
We asked 80 clients what they thought of their mouth care through a short questionnaire; most were
satisfied and we did not change anything as a result. Many of our patients cannot speak for
themselves because of dementia or stroke. We hope to work with a carers' group next year to look at
how families can help with mouth care between visits.
"""),
        ("value", "Value for money and impact on people", """
The kits cost £7 each, and the training was done within existing staff time. An admission for
pneumonia costs several thousand pounds and can be the start of a long decline for a frail older
person. Care workers say they now feel confident looking in someone's mouth. Our dentists are seeing
problems earlier, when they are easier to treat.

There have been challenges. Some agencies found it hard to release their champions for training, and
staff turnover means new care workers join every week who have not yet been shown the routine. The
training video and the short practical session for new starters are our answer to this, but it remains
the weak point of the project.
"""),
        ("spread", "How has the learning been shared and spread?", """
The mouth care plan template has been shared with the four other councils in our integrated care system
and one has adopted it. We have presented the work at the British Society of Gerodontology and written
a short article for a home care trade magazine. The training video is free to use.

The main message for others is that mouth care does not need expensive equipment or specialist staff.
It needs a place in the care plan, a few minutes on the rota and a care worker who has been shown how
to do it.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1531  pressure damage in people cared for in their own beds on hospital at
#        home - pdf (Word via soffice) - style headings - services of one
#        community trust, NO partner (ineligible) - tissue viability nurse
#        consultant, clinical - staff involved - NO patient involvement
#        (patients as beneficiaries, information sheet handed out, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1531", format="pdf", layout="style_headings", topic="hospital_at_home_pressure_damage",
    project="independent96-ownbedsafe-1531", render_via="soffice", docx_font="Liberation Serif",
    title="Own Bed, Safe Skin: preventing pressure damage on hospital at home",
    cover=[
        "Marlstone Community Healthcare NHS Trust",
        "A joint project of the trust's Hospital at Home Service, Tissue Viability Service and Community Equipment Store",
        "Entry by the Nurse Consultant, Tissue Viability",
    ],
    primary_entrant=dict(name="Marlstone Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background and the problem", """
Marlstone's Hospital at Home service cares for around 1,300 people a year, most of them frail and over
75, who would otherwise be in hospital with infections, heart failure, falls or delirium. They are
treated in their own beds, which may be a soft divan, a sofa or a reclining chair. Many are sleeping
much more than usual while they are unwell, and some are unable to move themselves at all.

In a ward, a person like this would have a pressure ulcer risk assessment on admission, a pressure-
relieving mattress if needed and help to change position every few hours. On Hospital at Home these
things were happening late or not at all. Mattresses were ordered through the standard equipment route
and often took three days or more. Risk assessments were done on the first visit but frequently not
repeated. When people were discharged from Hospital at Home back to their GP and district nurse, any
skin damage was not always handed over.

In 2022 our incident data showed that pressure ulcers were the most common type of harm reported on
Hospital at Home, and that most developed in the first five days of an admission.

There are particular reasons why pressure damage is harder to prevent at home. Beds are low and soft,
and there may be no room to get to both sides. A partner who shares the bed may not want it replaced by
a hospital-style bed. Families often do much of the care between visits but may not know how often
the person needs to move, or what early damage looks like, especially on darker skin. Our staff visit
two or three times a day at most, so the hours between visits matter more than they would on a ward.

We were also aware that we were asking a great deal of families. The service works because relatives
are willing to help, and we did not want to turn their living rooms into wards or make them feel
responsible for every mark on the skin.
"""),
        ("evidence", "What we did and the results", """
From June 2023 the Hospital at Home team, tissue viability and the equipment store introduced three
changes. A short skin check is done at the first visit and every day afterwards, using a colour-coded
card. Anyone at high risk gets a hybrid mattress delivered the same day from a dedicated stock held by
the equipment store. And a tissue viability nurse joins the daily Hospital at Home huddle three times a
week to review anyone with red or broken skin.

<<Q:Category 2 and above pressure ulcers developing during a Hospital at Home admission fell from 3.1
per 1,000 bed days in 2022/23 to 1.2 per 1,000 bed days in 2023/24.>> <<Q:The median time from
ordering a pressure-relieving mattress to delivery went down from 3 days to the same day.>> <<Q:The
proportion of discharges where skin condition was recorded in the handover to the district nurse rose
from 44% to 96%.>>

The equipment store holds 30 hybrid mattresses for this purpose.
"""),
        ("stakeholders", "Involvement of staff, patients and carers", """
<<S:Hospital at Home nurses and healthcare assistants helped design the skin check card and asked for it
to fit in a uniform pocket, with photographs of early damage on dark as well as light skin.>>
<<S:Equipment store technicians proposed holding a separate stock of mattresses that could only be
released by the Hospital at Home coordinator, which is how same-day delivery became possible.>>
<<S:Tissue viability nurses and Hospital at Home staff reviewed every pressure ulcer together for the
first six months and changed the card twice as a result.>>

Patients and their families benefit from fewer pressure ulcers and are given an information sheet on
looking after their skin at the first visit. We intend to ask patients and carers for their views on
the information sheet in the coming year.
"""),
        ("value", "Value", """
A category 3 pressure ulcer can cost thousands of pounds to heal and can take months. The hybrid
mattresses cost around £1,200 each and are used again and again. The tissue viability time is about
three hours a week.

There is also a benefit for the service as a whole. Each pressure ulcer that develops on Hospital at
Home means extra visits, sometimes for months after the person has recovered from the illness that
brought them to us, and it takes up district nursing time that is already stretched. Preventing the
damage in the first place frees that time for other patients.
"""),
        ("spread", "Spread", """
The skin check card is being adopted by the trust's district nursing teams and community hospitals. We
have shared it with the national Hospital at Home society and presented the work at a regional tissue
viability study day.

Other Hospital at Home services starting out should plan for the skin from the first day, in the same
way that they plan for intravenous access and medicines. Holding a small dedicated stock of mattresses
has been the single most useful change and could be copied by any service with access to an equipment
store.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1532  strength and balance after a broken wrist - pdf - with appendix -
#        leisure trust active ageing manager, chatty - charitable leisure
#        trust with the acute trust's fracture clinic and a PCN - women who
#        took part involved (told in the evidence section) - NO staff
#        involvement (instructors trained, fracture clinic staff briefed, one
#        named coordinator doing her job, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1532", format="pdf", layout="with_appendix", topic="wrist_fracture_strength_balance_referral",
    project="independent96-afterthecast-1532", pdf_font="LiberationSerif", pdf_align="L",
    title="After the Cast: strength and balance classes for older people who break a wrist",
    cover=[
        "Lead entrant: Torrington Vale Leisure Trust (charitable trust)",
        "Partners: South Torrington Hospitals NHS Trust (Fracture Clinic); Torrington Vale East Primary Care Network",
        "Prepared by the Active Ageing Manager, Torrington Vale Leisure Trust",
    ],
    primary_entrant=dict(name="Torrington Vale Leisure Trust", type="charity"),
    partners=[
        dict(name="South Torrington Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Torrington Vale East Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Why a broken wrist matters", """
A broken wrist is often the first fracture an older person has, and it is a warning. Women over 65 who
break a wrist after a simple fall are much more likely to go on to break a hip in the years that follow.
Yet in our area most were treated in the fracture clinic, had their cast taken off after six weeks and
were discharged, with nothing to help them stop falling again.

We run leisure centres in four towns and have offered evidence-based strength and balance classes for
older people since 2019. The classes were mostly filled by people who were already fit and active. The
people who needed them most, those who had just had a fall, rarely found their way to us. The fracture
clinic had no quick route to refer them, and GPs rarely knew that their patient had broken a wrist
until a letter arrived weeks later.

The classes themselves are not new. Strength and balance programmes of this kind have been shown in
trials to reduce falls in older people who complete them, but only if people come for long enough,
usually at least six months. The difficulty has always been getting the right people through the door
and keeping them coming. A person who has just had their first fracture is often frightened, has lost
confidence and may have stopped going out altogether.
"""),
        ("evidence", "What we did and what changed", """
After the Cast started in January 2023. When the cast comes off, the fracture clinic nurse offers a
referral to a 24-week course of strength and balance classes at the nearest leisure centre, with free
transport for the first month. The primary care network's social prescribers phone anyone who has not
taken up the offer within a fortnight. Classes are run by instructors with postural stability
qualifications, in small groups with chairs, and there is a tea afterwards.

<<P:The first group of women referred from the plaster room met with us after their third week and told
us that the leisure centre felt intimidating and the changing rooms were too busy; as a result the
classes were moved to a quiet hour and a side entrance was opened.>> <<P:Some of them now meet new
starters at the door on their first day, an idea that came from one of the women herself.>>

<<Q:Over the first eighteen months, 61% of people referred completed at least 20 of the 24 weeks,
compared with 23% of people referred to the same classes by GPs in 2022.>> <<Q:Among those who
completed the course, the average timed up and go test improved from 14.8 seconds to 10.9 seconds.>>
<<Q:Falls reported by participants in the six months after the course were a third fewer than in the
six months before their fracture.>>

In total 278 people have been referred by the fracture clinic.
"""),
        ("stakeholders", "Working together", """
All 12 instructors completed the postural stability instructor course in 2022. Fracture clinic nurses
and plaster room staff were briefed on the referral form at their monthly team meeting. Our
coordinator, Maria Fennimore, books each person into the nearest class and arranges transport. We are
planning to hold a joint review day with the fracture clinic and the social prescribers in 2025.
"""),
        ("value", "Value", """
A 24-week course costs about £180 per person, funded by the primary care network and the leisure trust.
A hip fracture costs the NHS and social care tens of thousands of pounds. Participants tell us the
classes have given them back their confidence to go out.

There are other benefits. Many participants now use the leisure centre in other ways, for swimming or
walking groups. Several have made friends in their class and meet outside it. For a group of people
who, a few months earlier, were frightened to leave the house, that matters a great deal.
"""),
        ("spread", "Spread", """
The fracture clinic at the trust's second hospital is starting referrals in 2025. We have shared the
referral form and class outline with the county's active partnership and with other leisure trusts in
the region.

Looking back, the most important thing was the timing of the offer. Asking people on the day their cast
comes off, when the fracture is still fresh in their minds, seems to make all the difference. We would
encourage any leisure provider to start with its local fracture clinic.
"""),
    ],
    trailer=[
        ("heading", "Appendix: how the figures were collected"),
        ("para", "Completion figures come from leisure trust class registers. Timed up and go tests were recorded by instructors in weeks 1 and 24. Falls were self-reported at the start and end of the course using the same questions."),
        ("para", "Torrington Vale Leisure Trust, Riverside Centre, Mill Lane, Torrington, TV3 8QW. Registered charity."),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1533  emergency respite when an older carer breaks down - docx - sections
#        in an unusual order - GP federation care coordination lead, plain -
#        GP federation with the council and a carers' centre - carers and
#        staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1533", format="docx", layout="reordered", topic="emergency_respite_carer_breakdown",
    project="independent96-carercrisis-1533", docx_font="Calibri",
    title="Carer Crisis Line: emergency respite arranged in hours, not days",
    cover=[
        "Lead organisation: Hanbury and Coldwell GP Federation",
        "Partners: Coldwell Metropolitan Borough Council (Adult Social Care); Hanbury Carers' Centre",
        "Contact: Care Coordination Lead",
    ],
    primary_entrant=dict(name="Hanbury and Coldwell GP Federation", type="primary_care"),
    partners=[
        dict(name="Coldwell Metropolitan Borough Council", type="local_authority"),
        dict(name="Hanbury Carers' Centre", type="charity"),
    ],
    sections=[
        ("evidence", "Results", """
<<Q:Since the Carer Crisis Line started in September 2023, the time from a GP or care coordinator
recognising a carer crisis to replacement care being in place has fallen from a median of 3.5 days to
7 hours.>> <<Q:Emergency admissions to hospital of the person being cared for, where the main reason was
that their carer could no longer cope, were a third fewer in the first year than in the year before
(48 compared with 73).>>

<<Q:In a follow-up call six weeks after the crisis, 79% of carers said they were still caring and felt
able to carry on, compared with 52% of carers followed up in the same way in 2022.>>

The line took 231 calls in its first year. Emergency respite was arranged for 164 people.
"""),
        ("context", "What was the problem?", """
In the practices of our federation we often see the moment when an older carer can no longer carry on.
It might be an exhausted wife who rings the surgery in tears because her husband with dementia has not
slept for three nights, or a man of 85 who has hurt his back lifting his wife and can no longer get her
to the toilet. Sometimes the carer has been taken ill themselves.

Until last year, a GP faced with this had few choices. A social care referral would take days. An
emergency respite bed was almost impossible to find on the same day. Too often the GP sent the person
being cared for into hospital, not because they were medically unwell but because there was nowhere
else. For a frail person with dementia, a few days on a hospital ward can mean delirium, falls and a
loss of the ability to walk, and many never go home.

The Carer Crisis Line is a single phone number for GPs, practice care coordinators and the carers'
centre. It is answered from 8am to 8pm, seven days a week, by a social worker and a carers' support
worker sitting together in the federation's hub. They can arrange an emergency care package, a night
sitter or a short-stay bed in one of four care homes that keep a bed free, and the carers' centre
follows up with the carer the next day.

We knew from the practices' own records how often this happened. Care coordinators kept a note of carer
crises, and the same names came up again and again: carers who had been struggling for months, who had
never had a carer's assessment, and who called only when they reached breaking point. Many had never
been offered a break. Some had been offered one but did not know how to arrange it, or had been told
there would be a wait of several weeks.

The risks are not only to the person being cared for. An exhausted carer is more likely to fall, to
make mistakes with medicines, to lose their temper, and to become ill themselves. A crisis that is not
handled well often ends the caring relationship for good.
"""),
        ("stakeholders", "Who was involved", """
<<S:GPs and practice care coordinators from eleven practices told us what had happened in their last
carer crisis, and it was the care coordinators who asked that the line should take calls from them as
well as from GPs, because they are often the first to hear.>> <<S:Social workers and carers' centre
support workers designed the first-call checklist together over two months.>> <<S:Managers from the
four care homes agreed to keep a bed free after we worked with them on a simple daily 'bed available'
message, which they suggested.>>

<<P:Carers who belong to the carers' centre's 'Hanging On' group, several of whom had been through a
crisis themselves, told us that the worst part was not knowing when their loved one would come home,
so every emergency respite now has a planned return date from the first day.>> <<P:They also asked
for the carer to be offered a health check with their own GP within a fortnight, and this has been
built into the follow-up.>>
"""),
        ("value", "Value", """
The line costs about £160,000 a year, shared by the council and the federation. Each avoided admission
of a frail older person saves the hospital a bed for an average of eleven days, and many avoided care
home placements would have become permanent. GPs say they now have a real alternative when a carer
breaks down. Carers say they felt someone took charge.

There have been difficulties. Keeping beds free in four care homes means paying for them when they are
empty, and some weeks the beds are not used at all. Night sitters are hard to find in the rural parts
of the borough. And a few crises happen after 8pm, when the line is closed and the old routes are the
only option. We are looking at whether the out-of-hours GP service could use the line at night.

For the GP practices, the line has also changed how carers are seen. Practices are now more likely to
record who is a carer, to offer a carer's health check and to pass a name to the carers' centre before
a crisis rather than after one.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
    ],
)


# ---------------------------------------------------------------------------
# I1534  heatwave welfare calls to people living alone - pdf - form table
#        with a cover table - fire and rescue service prevention manager, brief
#        - fire service with council public health, an older people's charity
#        and the ambulance service - NO evidence section (a measured change
#        told in the value section) - volunteers, staff and residents involved
# ---------------------------------------------------------------------------
entry(
    id="I1534", format="pdf", layout="form_table", topic="heatwave_welfare_calls_people_living_alone",
    project="independent96-hotlinecheck-1534", pdf_font="LiberationSans",
    title="Check In When It's Hot: heatwave welfare calls to older people who live alone",
    cover_table=[
        ("Entry title", "Check In When It's Hot: heatwave welfare calls to older people who live alone"),
        ("Lead organisation", "Brennmouth Fire and Rescue Service (Community Safety and Prevention)"),
        ("Partner organisations", "Brennmouth County Council (Public Health); Silver Threads Brennmouth (older people's charity); Southern Coast Ambulance Service NHS Trust"),
        ("Entrant", "Prevention Manager, Brennmouth Fire and Rescue Service"),
    ],
    primary_entrant=dict(name="Brennmouth Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Brennmouth County Council", type="local_authority"),
        dict(name="Silver Threads Brennmouth", type="charity"),
        dict(name="Southern Coast Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Summary of the project and why it was needed", """
Our firefighters and home safety advisers make around 9,000 safe and well visits a year, mostly to
older people. We hold a list, with consent, of those who live alone and have health conditions. In the
heatwave of 2022, ambulance crews in the county were called to older people who had been found
collapsed in hot homes, some of whom were on our list and had been visited by us in the weeks before.
We had the names; we had no plan for using them when it got hot.

Check In When It's Hot uses the list. When the national heat-health alert reaches amber, the council
sends us the forecast and we start daily phone calls to everyone on the list who has agreed. The calls
are made by trained volunteers from Silver Threads and by our own advisers. The caller asks four
questions: are you drinking, is your home cool, are you taking your medicines as usual, and is anyone
checking on you. If the answers are worrying, or the person does not answer twice, a home safety
adviser visits the same day, and the ambulance service's clinical hub can be called for advice.

The risks of heat for older people are well known but easy to forget in a country that thinks of itself
as cold. Older bodies sweat less and feel thirst later. Many common medicines, including water tablets,
some blood pressure tablets and medicines for Parkinson's and for mental illness, make it harder to cope
with heat or make dehydration more dangerous. People who live alone have nobody to notice that they
have become drowsy or muddled, and by the time they are found they may be seriously ill.

Brennmouth has a large older population, particularly along the coast, where many people retired to
bungalows and small flats. Some of those homes are the hottest in the county in summer, with large
windows and little shade. Many residents are reluctant to open windows at night for fear of burglary.
"""),
        ("stakeholders", "How were patients, service users and staff involved?", """
<<S:Silver Threads volunteers tested the four questions on each other and on their own older relatives
and asked us to drop a fifth question about air conditioning, which most people found confusing.>>
<<S:Clinicians in the ambulance clinical hub agreed which answers should lead to a same-day visit and
which to a call to 111.>> <<S:Our home safety advisers suggested calling in the morning, before the
hottest part of the day, and the rota was changed.>>

<<P:We asked people on our list at three lunch clubs what would help on hot days; they said they did not
want to be lectured, so the call now starts with a chat and ends with advice, and they suggested we
offer to post a paper fan and a room thermometer, which we now do.>>
"""),
        ("value", "What has been the impact, and how does it represent value for money?", """
During the three amber alerts of summer 2023 we made 4,620 calls and 212 same-day visits.
<<Q:Ambulance calls to people on our list for heat-related illness fell from 23 in the summer of 2022
to 8 in the summer of 2023, when the number of heat alert days was similar.>>

The costs are mainly the time of our advisers, the volunteers' expenses and £3,000 for fans and
thermometers. People tell us they appreciated the call, and several said it was the only conversation
they had all day.
"""),
        ("spread", "How has the project been shared?", """
We have shared the call script and the list criteria with the other fire and rescue services in the
region through the national fire chiefs' prevention group, and two services used it in summer 2024. The
council has included the calls in its heat-health plan.

We have also learned some things we would do differently. The list needs refreshing every spring,
because people move, go into care or die, and a call to a family that has just lost someone is
distressing for everyone. We now check the list against the council's records before each summer.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1535  older people withdrawing large sums under pressure - docx - style
#        headings - police economic crime lead, formal - police with two
#        banks, the council and an older people's charity - staff involved -
#        NO patient involvement (customers told, negation) - NO quantitative
#        evidence (interventions, sums protected, arrests, training counts)
# ---------------------------------------------------------------------------
entry(
    id="I1535", format="docx", layout="style_headings", topic="bank_counter_pressure_withdrawals_older_people",
    project="independent96-pauseatthecounter-1535", docx_font="Arial",
    title="Pause at the Counter: protecting older customers who are pressured into withdrawing cash",
    cover=[
        "Lead: Westmarch Constabulary (Economic Crime and Safeguarding)",
        "Partners: Carrowby Bank plc; Northline Building Society; Westmarch County Council (Adult Safeguarding); Age Forward Westmarch (registered charity)",
        "Prepared by the Detective Inspector, Economic Crime",
    ],
    primary_entrant=dict(name="Westmarch Constabulary", type="emergency_service"),
    partners=[
        dict(name="Carrowby Bank plc", type="private"),
        dict(name="Northline Building Society", type="private"),
        dict(name="Westmarch County Council", type="local_authority"),
        dict(name="Age Forward Westmarch", type="charity"),
    ],
    sections=[
        ("context", "The issue", """
Courier fraud, romance fraud and impersonation scams against older people cause serious harm in
Westmarch. A typical victim is in their eighties and lives alone. They receive a call from someone
claiming to be a police officer or from their bank's fraud team, who tells them that a cashier is
stealing money and asks them to withdraw a large sum to help catch the thief. A 'courier' then collects
the cash from their door. Others are groomed over months by someone they believe is a friend or partner.

The harm goes beyond the loss of money. Victims often feel ashamed and stop going out. Safeguarding
reviews in the county have described older people who stopped eating, stopped heating their homes and
became severely depressed after being defrauded, and in one case a man took his own life.

The moment of withdrawal at the bank counter is often the last chance to stop the crime. Cashiers
sometimes had concerns but did not know what they were allowed to do, and calls to the police were
treated as routine.

The criminals behind these crimes are organised and well rehearsed. They keep the victim on the phone
for hours, tell them not to trust bank staff because the bank is involved, and coach them on what to
say at the counter: that the money is for a new kitchen, a car or a family member. Some victims are
told to go to several different branches on the same day so that no single withdrawal looks unusual.
Many are living with early dementia or are isolated after a bereavement, which makes them easier to
persuade and less likely to check with anyone.

A national banking protocol exists, but in Westmarch it was used rarely and inconsistently. Some
branches had never used it. Cashiers were unsure whether calling the police would be seen as a
breach of customer confidentiality, and some had had the experience of calling and waiting more than
an hour for an officer, by which time the customer had left.
"""),
        ("evidence", "Evidence of impact", """
Pause at the Counter was launched across all 38 branches of the two banks in Westmarch in May 2023. When
a cashier is worried that a customer is being pressured, they take the customer to a private room and
ask a set of questions. If the concern remains, they call 999 and quote the protocol, and a police
officer attends as an emergency. Each case is then referred to the council's safeguarding team and to
Age Forward, which offers the customer follow-up support at home.

In the first twelve months cashiers made 217 calls under the protocol. Officers attended every call, on
average within 19 minutes. An estimated £1.9 million was kept in customers' accounts. Eleven people
were arrested, and 64 cases were referred for safeguarding follow-up. Age Forward provided home visits
to 58 customers.

Our target for 2024/25 is to extend the protocol to post offices and to every building society branch
in the county.
"""),
        ("stakeholders", "Who was involved", """
<<S:Cashiers and branch managers from both banks took part in design workshops with our economic crime
team, and it was the cashiers who wrote the questions, because they knew which ones customers would
answer honestly.>> <<S:Police call handlers tested the 'quote the protocol' wording in the control room
and asked for a code word so that the call could be graded as an emergency without a long
conversation.>> <<S:Age Forward's support workers and council safeguarding officers agreed the follow-up
pathway together.>>

Customers were not consulted during the design, because of the need to move quickly and the sensitivity
of the subject. All customers who were helped under the protocol were told about Age Forward's support.
"""),
        ("value", "Value", """
The protocol has no running cost beyond staff time. Every pound not lost is a pound that an older
person can spend on their own care and wellbeing. Cashiers say they now feel able to act.

The financial figures tell only part of the story. When a fraud is stopped at the counter, the person is
spared the shame, isolation and loss of confidence that so often follow. When it is not, the harm can
last for the rest of their life. The safeguarding referrals also mean that, for the first time, people
who have been targeted are offered support rather than left to cope alone, and that repeated targeting
of the same person can be spotted.
"""),
        ("spread", "Spread", """
The protocol has been shared with all police forces in the region through the regional organised crime
unit. Both banks are considering adopting it nationally.

For others thinking of doing the same, we would stress two things. The police response must be quick,
or cashiers will stop calling. And the follow-up matters: stopping a withdrawal protects the money on
that day, but the person is likely to be targeted again unless someone visits, listens and helps them
to put protection in place, such as a call blocker or a trusted contact on their account.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1536  hot weather checks by home care workers - docx - bullet lists - short
#        - PRIVATE home care company as primary entrant with council public
#        health and a GP practice (ineligible) - registered manager, direct -
#        clients involved - NO staff involvement (care workers trained and
#        sent a text, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1536", format="docx", layout="bullet_lists", topic="home_care_hot_weather_checks",
    project="independent96-keepcoolathome-1536", docx_font="Arial",
    title="Keep Cool at Home: hot weather checks in home care visits",
    cover=[
        "Brightcare Domiciliary Services Ltd",
        "With Ellerby City Council (Public Health) and Castlegate Surgery",
        "Submitted by the Registered Manager",
    ],
    primary_entrant=dict(name="Brightcare Domiciliary Services Ltd", type="private"),
    partners=[
        dict(name="Ellerby City Council", type="local_authority"),
        dict(name="Castlegate Surgery", type="primary_care"),
    ],
    sections=[
        ("context", "The problem", """
We provide home care to about 340 older people in Ellerby. In the hot summer of 2022:

- several clients were found drowsy or confused in hot rooms with windows shut and heating left on

- care workers did not have a routine for hot days

- nobody told the GP when a client was not drinking or was passing very little urine

- two clients were admitted to hospital with dehydration

- most of our clients are over 80, many live alone, and around half take water tablets or other medicines that make heat more dangerous

- many of them keep the heating on all year because they always feel cold, and some wear winter clothes whatever the weather

- our visits are short, often 30 minutes, and on a hot day the care worker is rushing between homes in a hot car

- the GP practice that looks after many of our clients had no idea which of its patients had home care

- heat warnings were published nationally but nobody passed them on to home care workers on the road

- in one case a client was found by her evening care worker lying on the sofa in a room that was over 31°C, having drunk almost nothing since breakfast; she recovered in hospital but never went home
"""),
        ("evidence", "What we did and what changed", """
- from June 2023, on amber or red heat alert days every visit includes a four-point check: room temperature, drinks taken, urine, and how the person seems

- care workers record the check on their phone app and a red answer goes straight to the office, which rings Castlegate Surgery's duty team

- the council's public health team sends us the heat alert and provides room thermometers

- <<Q:hospital admissions of our clients for dehydration or heat illness went from 9 in summer 2022 to 2 in summer 2023>>

- 1,420 checks were recorded in 2023

- the check takes less than two minutes and fits into any visit

- the office keeps a list of clients who had a red answer and rings them again in the evening

- a hot weather bag with a fan, a room thermometer, a jug and a few lollies is left in every home where the client lives alone

- Castlegate Surgery marks clients with home care on its records so that the duty doctor knows who is calling

- the check now runs on every heat alert day, not only when the office remembers to switch it on
"""),
        ("stakeholders", "Involvement", """
- <<P:clients at our summer tea afternoon told us they liked iced lollies better than being nagged to drink water, so lollies are now in our hot weather bag>>

- <<P:a client's wife suggested putting the room thermometer next to the kettle, where people look every day>>

- all 85 care workers completed hot weather training

- care workers are sent a text reminder when an alert is issued

- we plan to ask care workers for feedback after this summer
"""),
        ("value", "Value", """
- thermometers cost £3 each

- one avoided admission saves far more than the cost of the whole scheme

- the whole scheme costs us less than £2,000 a summer, including the bags

- care workers say the check gives them a reason to open windows and close curtains without seeming bossy

- families say it reassures them when they cannot visit themselves

- the time on each visit is covered within the existing visit length, so there is no extra charge to the council or to clients who pay for their own care
"""),
        ("spread", "Spread", """
- we have shared the check with other home care providers through the council's provider forum

- the council's public health team has added the four-point check to its heat-health advice for all home care providers in the city

- we are happy to share our app questions and the hot weather bag list with any provider that asks
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)
