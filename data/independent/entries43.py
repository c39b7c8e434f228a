"""Forty-third independent evaluation set (I673..I688) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing councils, housing providers, fire and
rescue services, voluntary groups, community trusts, primary care and care providers send
in, in their own voices and at their own length.  The theme of this set is older people,
frailty, falls, dementia and care at home.

Topics: falls and frailty questions added to fire service safe and well visits (a fire
and rescue service), cookers and gas left on by people living alone with dementia (a
council assistive technology service, a cover table), toenail cutting by trained
volunteers and falls (an older people's charity, no headings, no spread section), night
lights and trip hazards fixed by a handyperson service after a fall (a council home
improvement agency, no headings, long), reviews of falls-risk medicines after an
ambulance attends a fall (a primary care network, a form), scheme managers in sheltered
housing spotting early signs of illness (a charitable housing association, two columns),
people with dementia who are still driving (a memory assessment service), gritting of
footways and falls on ice (a council highways and public health team), old electric
blankets and fires (a fire and rescue service, lists), lift breakdowns in council tower
blocks stranding older and disabled tenants (a council housing service, long), strength
and balance classes in leisure centres (a private leisure operator as primary entrant, a
form), drinks and dehydration in people with dementia living at home (a good neighbours
charity, no headings, short), moving residents safely when a care home closes (sections in
an unusual order, no evidence section), new varifocal glasses and falls (a local optical
committee), continence and night-time falls in people who have home care (a private home
care company as primary entrant, lists) and worn-out walking aids (teams of one
community trust, no partner).

Build it with

    .venv/bin/python data/independent/build.py --set 43   (writes data/corpus/independent43/)

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
  * not Q: dates, financial years, bed/ward/home/scheme/flat counts, headcounts, numbers
    trained, activity counts (visits, calls, referrals, checks, classes, nails cut,
    people screened or identified), single figures with no baseline, a zero with no
    earlier figure, figures that did not change, budgets, costs and savings estimates,
    phone numbers, postcodes, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words;
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, tenants and residents, unusual job titles, list
    items), wherever in the entry it is told;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, volunteers or crews only delivering the service,
    audiences at launches and meetings that were only updated, surveys and
    questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, primary care networks and local optical committees are
primary_care; carers' support groups are patient_group; older people's charities, good
neighbours schemes, care associations and a charitable housing association are charity;
leisure operators, home care companies and gas network companies are private).  A
department or team of the entrant's own organisation is not a partner.  Flags are written
by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I673  falls and frailty questions in fire service safe and well visits -
#       pdf - own headings - fire service prevention manager, practical - fire
#       and rescue service with the community trust falls service, council
#       adult social care and an older people's charity - older people and
#       staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I673", format="pdf", layout="own_headings", topic="fire_safe_well_falls_screening",
    project="independent43-steadyathome-673", pdf_font="LiberationSans", pdf_align="L",
    title="Safe, Well and Steady: adding falls and frailty checks to fire service home visits in Kelderby",
    cover=[
        "Lead organisation: Kelderby Fire and Rescue Service (Community Risk Reduction)",
        "Partners: Kelderby and Wenlow Community NHS Trust (Falls and Frailty Service); Kelderby County Council (Adult Social Care); Age Concern Kelderby",
        "Submitted by the Community Risk Reduction Manager",
    ],
    primary_entrant=dict(name="Kelderby Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Kelderby and Wenlow Community NHS Trust", type="nhs_trust"),
        dict(name="Kelderby County Council", type="local_authority"),
        dict(name="Age Concern Kelderby", type="charity"),
    ],
    sections=[
        ("context", "Why we started", """
Our crews and community safety advisers carry out around 9,000 safe and well visits a year, and about
seven in ten of them are to people over 65. The visits started as home fire safety checks: working smoke
alarms, an escape plan, safe use of heaters and electrics. Over the years we added questions about
smoking, hoarding and cooking. What we had never done was ask about falls, even though the people we
were visiting were exactly the people most likely to fall.

Our firefighters were seeing it anyway. On visits, crews would go into homes where the only way to the
toilet at night was across a loose rug in the dark, where a stair rail had come away from the wall, or
where the person said they had been on the floor twice that month and had not told anyone. Separately,
our operational crews were being called more and more often by the ambulance service to help lift
people who had fallen and could not get up, sometimes after many hours on the floor. In 2022 we attended
412 of these 'assist ambulance' calls. A number of them were people we had visited for a safe and well
check in the previous year.

The community trust's falls and frailty service had the opposite problem. It had spare capacity in its
strength and balance programme and home hazard assessments, but most of its referrals came from
hospital after a fracture, when the damage was already done. GP referrals were slow and patchy.

The partnership began in the spring of 2023, after a conversation between our prevention team and the
falls service lead physiotherapist at a county frailty event. The idea was simple. A fire service visit
is trusted, free and not medical, and older people rarely turn it down. With a few extra questions and a
quick referral route we could find people at risk of falling much earlier.

Since September 2023 every safe and well visit to someone aged 65 or over includes five falls questions,
a short walk-round looking for trip hazards and poor lighting, and a 'sit to stand' check if the person is
happy to do it. Where there is a risk, the adviser makes a referral there and then on a tablet, straight
into the falls service's triage list. The falls service rings the person within five working days. Small
jobs such as grab rails, stair rails, bulbs and rug grippers are passed to Age Concern Kelderby's
handyperson team, which charges nothing for people on pension credit. Where someone seems to be
struggling more generally, for example not eating or not coping with personal care, the adviser can
refer to the council's adult social care front door using the same form.

People are asked for their consent before any referral is made, and the referral goes with a short
summary of what the adviser saw in the home. The falls service told us early on that this summary was
often more useful to them than the answers to the questions, because it describes the home in a way a
GP letter never does. A data sharing agreement between the fire service, the trust and the council was
signed in the summer of 2023, and the referral form sits on the same tablet system our advisers already
use for fire safety, so there was no new system to learn.
"""),
        ("evidence", "What difference it has made", """
From September 2023 to August 2024 our advisers and crews asked the falls questions on 5,840 visits and
made 1,310 referrals to the falls service. Age Concern's handypersons carried out 640 jobs from our
referrals. These are activity figures; the outcome figures are below.

<<Q:For people referred by us, the wait from the first sign of risk to a falls assessment came down
from 11 weeks through the usual GP route to an average of 9 days.>>

The falls service looked at ambulance service data for the first 600 people we referred, comparing the
six months before our visit with the six months after. <<Q:Calls to 999 for a fall among these people
dropped from 214 to 131.>> <<Q:The number of them who were taken to hospital after a fall fell from 88 to
52.>> This is not a controlled study and some people will have got better or worse for other reasons,
but the falls service tells us the fall in calls is bigger than it usually sees in people waiting for
assessment.

<<Q:Our own 'assist ambulance' lifting calls went down from 412 in 2022 to 301 in the twelve months to
August 2024.>> We cannot say that all of this is because of the visits, because the ambulance service
also started its own falls response car in one district in the same year.
"""),
        ("stakeholders", "Working with older people and staff", """
<<P:Before we started, members of Age Concern Kelderby's Thursday lunch club tried out the questions with
two of our advisers, and they told us that many of them would answer 'no' to 'have you had a fall?'
when they had 'only slipped' or 'just sat down on the floor'.>> <<P:So on their advice the first question
now asks whether the person has slipped, tripped or ended up on the floor in the last year, however it
happened.>> <<P:The same group told us they did not want a leaflet about falls but a fridge magnet with
one number on it, and they chose the wording.>>

<<S:Firefighters from two stations, Marsh Lane and Wenlow, tested the questions on their visits for six
weeks and asked for the list to be cut from nine questions to five because people were getting tired
and crews were running late.>> <<S:Physiotherapists from the falls service came to station training
evenings and, after hearing what crews were worried about, wrote a one-page guide on what to do if the
person says they feel dizzy when they stand.>> <<S:Age Concern's handypersons told us that many of our
early referrals did not say where the hazard was, so the form now has a box for 'room and job'.>> <<S:The
council's adult social care team and the falls service sit with us on a small steering group that meets
every two months.>>

All 180 of our community safety advisers and wholetime crew managers have been trained to use the
questions.
"""),
        ("value", "Value", """
The extra questions add around ten minutes to a visit we were making anyway. The falls service has not
needed extra staff, because it is using capacity it already had in the strength and balance programme.
Age Concern's handyperson scheme is funded by the council and a charitable trust. A hip fracture costs
the NHS and social care many thousands of pounds in the first year alone, and many older people never get
back to living independently afterwards.

For our firefighters, this has made the visit feel more worthwhile. Several have told us that being able
to do something about the loose stair rail they spotted, rather than just mention it, matters to them.
"""),
        ("spread", "Sharing it", """
The falls questions are now part of our standard safe and well visit across the whole county, not just
the two pilot districts. We have shared the questions, the referral form and the training with the
National Fire Chiefs Council's prevention group and with three neighbouring fire services, two of which
are now trying them. The community trust is talking to the ambulance service about using the same
referral route for people their crews attend after a fall who are not taken to hospital.
"""),
    ],
    flags=[],
)

# ---------------------------------------------------------------------------
# I674  cookers and gas left on by people living alone with dementia - docx -
#       bold headings with a cover table - council assistive technology
#       manager, plain - council with fire and rescue service, a gas network
#       company and the mental health trust's memory service - carers, a man
#       with dementia and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I674", format="docx", layout="bold_headings", topic="dementia_cooker_gas_safety",
    project="independent43-cooksafe-674", docx_font="Arial",
    title="Cook Safe at Home: protecting people living alone with dementia from cooker fires and gas left on",
    cover_table=[
        ("Entry title", "Cook Safe at Home: protecting people living alone with dementia from cooker fires and gas left on"),
        ("Lead organisation", "Harrowfield City Council, Assistive Technology and Occupational Therapy Service"),
        ("Partners", "Harrowfield Fire and Rescue Service; Northgate Gas Networks Ltd (Customer Safety Team); Harrowfield Partnership NHS Foundation Trust (Memory Assessment Service)"),
        ("Contact", "Assistive Technology Service Manager"),
    ],
    primary_entrant=dict(name="Harrowfield City Council", type="local_authority"),
    partners=[
        dict(name="Harrowfield Fire and Rescue Service", type="emergency_service"),
        dict(name="Northgate Gas Networks Ltd", type="private"),
        dict(name="Harrowfield Partnership NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem we set out to solve", """
Cooking is one of the last things many people with dementia give up, and for a lot of them it matters a
great deal. Making a cup of tea, boiling an egg or heating soup is part of who they are and part of
staying in their own home. But as memory gets worse, pans get left on the hob, gas rings are turned on
and not lit, and tea towels are left on the cooker. In Harrowfield, kitchen fires are the most common
kind of fire our fire service attends in the homes of people over 75, and a large share of them involve
someone living with dementia.

In 2022 two things happened within a few weeks of each other. A woman of 82 with Alzheimer's disease was
found by her daughter with the gas on and unlit in a closed kitchen; she survived but spent four days in
hospital. A month later a man living alone in a council flat had a fire after leaving a chip pan on. He
got out, but the flat was badly damaged and he went into a care home straight from hospital, which his
family said he never wanted.

When we looked at what was happening, every organisation had part of the answer and none had all of it.
Our assistive technology service could fit heat and smoke detectors linked to our alarm centre, but
only after the alarm went off. The fire service did safe and well visits but had no way to fix a gas
cooker. The gas network company's engineers were attending 'gas left on' reports and would sometimes cap
off a cooker as unsafe, leaving the person with no way to cook at all. The memory service was seeing
people at diagnosis and talking about safety, but had nothing practical to offer except 'think about
getting an electric cooker', which most people could not afford or did not want.

Cook Safe started in April 2023. People referred to it get a joint home visit from one of our
occupational therapists and a fire service advocate. Depending on what they need, they can have an
automatic gas shut-off valve that turns the gas off if the hob is left on for a set time or if it
detects gas that has not lit, a heat sensor above the cooker linked to our alarm centre, a timer switch
on an electric cooker, or a simple change such as a microwave with one big button. Northgate Gas
Networks fits the valves free of charge through its vulnerable customer fund, and its engineers now
refer people to us rather than simply capping the supply.
"""),
        ("evidence", "Evidence of improvement", """
Between April 2023 and September 2024 we received 286 referrals and 241 people had equipment fitted:
163 gas shut-off valves, 190 heat sensors and 58 cooker timers (some people have more than one).

<<Q:Fires in the kitchen attended by the fire service in the homes of people known to the memory service
fell from 31 in the eighteen months before Cook Safe to 12 in the eighteen months after.>> <<Q:Reports to
the gas emergency line of gas left on or unlit in homes of people on our register went down from 47 to
9 in the same periods.>> <<Q:Gas supplies capped off by Northgate engineers because the person was judged
unsafe to cook fell from 22 to 3.>>

Of the 241 people with equipment, 204 were still living at home a year later. We do not have a
comparison figure for that, so we give it only as a count. In each case where a valve turned the gas off,
our alarm centre was notified and a family member or responder was called.
"""),
        ("stakeholders", "Who was involved and how", """
<<P:We asked the Harrowfield Dementia Carers' Group what they would want, and several carers told us
they were worried that a valve would stop their relative cooking altogether, so we chose a valve with
a longer time setting that can be adjusted for each person.>> <<P:Mr Ronald Pike, who lives with
early-stage dementia and still cooks his own dinner most days, tested two of the valves in his kitchen
for a month and told us which one he could reset himself without phoning anyone.>> <<P:His comments
and those of three other people who tried the equipment went into the simple picture guide now left
in every kitchen.>>

<<S:Memory nurses told us they had no time at diagnosis to fill in another long referral form, so the
referral is now four tick boxes added to their existing safety checklist.>> <<S:Northgate's gas
engineers met our occupational therapists and the fire service at a joint session and agreed between
them what counts as 'unsafe to cook', which is now written into the engineers' own guidance.>>
<<S:Fire service advocates asked to have heat sensors in their vans so they could fit one on the first
visit rather than booking a second, and this started in 2024.>>
"""),
        ("value", "Value", """
A gas shut-off valve costs around £180 to supply and fit, and Northgate funds these. A heat sensor costs
the council about £60 plus the monthly alarm monitoring fee, which most people already pay. One serious
kitchen fire can cost tens of thousands of pounds in repairs, and a move into a care home that could have
been avoided costs the council far more each year than the whole of Cook Safe.

Families tell us they worry less. People with dementia get to keep doing something they enjoy.
"""),
        ("spread", "Spread", """
Northgate Gas Networks has offered the same arrangement to the other four councils in its area, and two
have started. The fire service has built the cooker questions into its safe and well visits across the
city, and the memory service checklist is being adopted by the trust's memory services in two other
boroughs. We presented the work at a regional assistive technology network meeting in June 2024.
"""),
    ],
    flags=[],
)

# ---------------------------------------------------------------------------
# I675  toenail cutting by trained volunteers and falls - docx - no headings
#       - older people's charity chief officer, warm - charity with the
#       community trust podiatry service and council public health - members
#       and podiatrists involved - NO spread section - no quantitative
#       evidence (nails cut, referrals, a single survey figure)
# ---------------------------------------------------------------------------
entry(
    id="I675", format="docx", layout="no_headings", topic="toenail_cutting_volunteers_falls",
    project="independent43-happyfeet-675", docx_font="Georgia",
    title="Happy Feet, Steady Feet: a volunteer toenail cutting service for older people in Tarrow",
    cover=[
        "Entered by Age Well Tarrow (registered charity)",
        "Working with Tarrow Community Health NHS Trust (Podiatry Service) and Tarrow Borough Council (Public Health)",
        "Written by Maureen Ashdown, Chief Officer",
    ],
    primary_entrant=dict(name="Age Well Tarrow", type="charity"),
    partners=[
        dict(name="Tarrow Community Health NHS Trust", type="nhs_trust"),
        dict(name="Tarrow Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
It sounds like a small thing, cutting toenails. But if you are 85, you cannot bend down, your eyesight is
poor and your hands are stiff with arthritis, it is impossible, and nobody else will do it. NHS podiatry
stopped routine nail cutting in Tarrow many years ago, like most areas, and now only sees people with
diabetes, poor circulation or other medical needs. Private foot care costs £30 or more a visit, and for
many of our members that is too much every six weeks.

So the nails grow. We have members who had been cutting holes in their slippers, or wearing
their late husband's shoes because they were the only ones that fitted. Long, thick nails hurt, and they
change how you walk. People shuffle, catch their toes on the edge of rugs, or stop going out. Several of
the falls reported to us by our members over the years started with 'my feet were killing me'.

We raised this with the community trust's podiatry service in 2022, after one of our befrienders found a
member on the floor of her bathroom. She had tripped over the edge of the bath mat because she could not
feel her feet properly in her slippers, and when the paramedics took her shoes off her nails were
curling round under her toes. The podiatry team lead, Sunil, agreed straight away that this was a gap,
but said his team could not take on routine nail cutting. What they could do was train and supervise
volunteers, and take quick referrals for anyone the volunteers were worried about.

The council's public health team agreed to fund the equipment and the training as part of its falls
prevention plan. Happy Feet, Steady Feet started in January 2023.

It works like this. Trained volunteers run nail cutting sessions in five community venues across the
borough, and visit people at home if they cannot get out. Each appointment is 30 minutes and costs £8,
or nothing for people who cannot pay. Volunteers use single-use files and sterilised clippers. They do
not cut the nails of anyone with diabetes, on blood thinners, or with signs of infection or a wound;
those people are referred to podiatry the same week using a one-page form, and podiatry sees them
within a fortnight. Every appointment also includes a look at the person's footwear and three questions
about falls, and people who say they have fallen or are worried about falling are referred to the
trust's falls service.
"""),
        ("evidence", None, """
In the first eighteen months our volunteers cut the nails of 1,140 people at 5,310 appointments. They
referred 96 people to podiatry, most of them with a wound, an ingrowing nail or a fungal infection that
needed treatment, and 212 people to the falls service. Seventy-three people were given new slippers or
shoes from our footwear fund after the volunteer found that theirs were unsafe.

The podiatry service has had no complaints or incidents related to the volunteer service. In a survey we
ran in the summer of 2024, 94% of people said their feet felt more comfortable, and many wrote that they
were walking further.

We have not yet been able to show whether this has reduced falls. The falls service does not record
where its referrals come from in a way that lets us follow people up, and we are a small charity without
an analyst. What we can tell you is what people say to us, which is that they can wear proper shoes
again, that they feel steadier, and that they are going out more.
"""),
        ("stakeholders", None, """
<<P:The idea came from our members. At our members' forum in the autumn of 2022, nail cutting came up
again and again as the thing people most wanted help with, and the forum members then chose the five
venues, the times of the sessions and the price.>> <<P:Two of them, both retired nurses in their
seventies, sat with us and the podiatry team to write the information sheet, and insisted it be printed
in large type on yellow paper so it could be found easily.>>

<<S:Podiatrists from the trust designed the volunteer training with us, and after watching the first
sessions they added a second practical day because they felt volunteers needed more supervised
practice on thick nails.>> <<S:They also changed the referral form after the first three months,
because they told us volunteers were sending them people with simple corns who did not need podiatry.>>
<<S:Staff in the falls service suggested the three falls questions and the footwear check after
seeing how many of the people referred to them had unsafe slippers.>>

We now have 34 volunteers, all trained by podiatry. Volunteers meet every two months and are supported
by our volunteer coordinator.
"""),
        ("value", None, """
A nail cutting appointment costs us about £14 to run, including the volunteer's expenses and equipment,
and most people pay £8. The council's grant of £22,000 a year covers the rest. Podiatry time for the
training and supervision is about half a day a month. Against that, a fall that leads to a broken hip
costs the NHS and social care a great deal of money, as well as the distress and loss of independence.

The volunteers get a lot out of it too. Several of them are retired and told us they like doing
something practical that makes an immediate difference. One member said to a volunteer, 'you've given me
my feet back', and that has become our unofficial slogan.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)

# ---------------------------------------------------------------------------
# I676  night lights and trip hazards fixed by a handyperson service after a
#       fall - pdf - no headings - long - council home improvement agency
#       coordinator, first person, chatty - council with the community trust's
#       urgent community response and therapy teams and a housing association
#       - people who had fallen, a daughter and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I676", format="pdf", layout="no_headings", topic="handyperson_night_lighting_falls",
    project="independent43-lighttheway-676", pdf_font="LiberationSerif", pdf_align="L",
    title="Light the Way: a same-week handyperson visit for older people who fall at night",
    cover=[
        "Stanmarsh District Council, Home Improvement Agency (lead entrant)",
        "With Stanmarsh Community Services NHS Trust (Urgent Community Response and Community Therapy) and Fenway Homes (housing association)",
        "Entry written by Gary Holt, Handyperson and Adaptations Coordinator",
    ],
    primary_entrant=dict(name="Stanmarsh District Council", type="local_authority"),
    partners=[
        dict(name="Stanmarsh Community Services NHS Trust", type="nhs_trust"),
        dict(name="Fenway Homes", type="charity"),
    ],
    sections=[
        ("context", None, """
I have run the council's handyperson service for nine years. Most of our work is small jobs for older
and disabled people: grab rails, stair rails, key safes, moving a bed downstairs, fixing a loose carpet.
We do it for free for anyone over 70 or on a disability benefit. For most of those nine years the work
came to us in the order it was phoned in, and a rail might go up three or four months after someone
first asked for it.

What changed my thinking was a man I will call Mr D. We fitted a stair rail for him in the autumn of
2022. While I was there he told me he had fallen twice in the past month, both times at night on the way
to the toilet. The landing light switch was at the top of the stairs, so he walked across the bedroom
and the landing in the dark, and he had a pile of newspapers by the bedroom door. He had been seen by the
urgent community response team after the second fall, and they had done a good job checking him over,
but nobody had done anything about the dark landing or the newspapers. It took me twenty minutes to put
in two plug-in night lights and move the papers, and I thought: why are we not doing this for everyone
who falls at home?

I rang the urgent community response team the next week. They are the nurses and therapists who go out
within two hours when someone has fallen at home and is not injured badly enough to go to hospital.
Their lead told me they see something like 150 people a month after a fall, and that the home hazards
are obvious to them, but getting anything done about them meant a referral to the community therapy
team, a wait for an occupational therapy visit, and then a referral to us, by which time weeks had gone
by and the person had often fallen again.

So we agreed to try something simple. From March 2023, when the urgent community response team or the
community therapists see someone after a fall at home, they can send a 'Light the Way' referral to us
straight from their phone. We aim to visit within five working days, and usually do it in two or three.
Our handypersons carry a standard kit in the van: plug-in motion-sensor night lights, battery lights
for hallways with no sockets, rug grippers, non-slip tape for steps, a commode chair if needed, cable
clips and grab rails. They walk the route the person takes at night, from the bed to the toilet and
back, with the person if they can, and they fix what they can on the spot. They also check the smoke
alarm while they are there and refer to the fire service if needed.

A typical visit goes like this. The handyperson rings ahead, because many people are nervous about
strangers after a fall, and arrives with the referral on a tablet. They sit down with the person first and
ask them to describe a normal night: when they go to bed, how many times they get up, which light they
switch on, where they hold on. Then they walk the route together. We have found that people are much
better at showing us than telling us. One man told us he never had any trouble at night, then showed us
that he steadied himself on a radiator and a bookcase, neither of which was fixed to the wall. Most
visits take about an hour and a half, and most of the work is done before the handyperson leaves.

We had some early problems. Some people unplugged the night lights because they were worried about the
cost of the electricity, so we now explain that the lights we use cost less than a pound a year to run
and leave that in writing. Some of the battery lights were too dim, so we changed supplier. And in the
first few months the referrals came mostly from one or two enthusiastic nurses, so we went to the team's
handover meetings at all three bases to explain what we could do.

Fenway Homes, the largest housing association in the district, joined us in the summer of 2023. Many of
the people we were visiting were their tenants, and some jobs, like an extra light switch or a bigger
repair to a step, are the landlord's job and need their permission. Fenway now accepts our photos as the
survey and books the repair as a priority, so that we are not waiting for one of their surveyors to
visit as well.
"""),
        ("evidence", None, """
Between March 2023 and August 2024 we made 1,060 Light the Way visits. We fitted 2,380 night lights, 610
grab rails and 415 sets of rug grippers, and cleared or moved clutter on the night-time route in about
a third of homes. Fenway Homes carried out 128 priority repairs from our photos.

The community trust's information team matched our list with their own records of falls call-outs.
<<Q:Among the first 500 people we visited, repeat falls needing a call-out by the urgent community
response team within three months went down from 38% in a comparison group seen in the year before
Light the Way to 22%.>> <<Q:Falls happening between 10pm and 6am made up 61% of those repeat falls before
and 40% after, which fits with what we were trying to do.>>

<<Q:The time from a fall to a handyperson visit came down from an average of 54 days under the old
referral route to 3.4 days.>> The comparison group was people with the same postcodes and a similar age
who fell in 2022, so it is not perfect, but the community trust's analyst is confident that the
difference is not down to chance.

The numbers do not tell the whole story. Our handypersons have found people living without heating,
people with no food in the house and, twice, people who had been financially abused by someone they
trusted. In all these cases they were able to pass the concern on the same day, to the council's adult
social care team or to the urgent community response team, which would not have happened if we had
visited months later.
"""),
        ("stakeholders", None, """
I would like to say we designed all this carefully with everyone from the start, but really it grew as we
went along, and the best ideas came from other people.

<<P:In the first month we asked some of the people we visited to walk their night-time route with us and
show us where they struggled, and that is how we found out that the most common problem was not the
floor at all, it was finding the light switch.>> <<P:One lady, who was 93, showed us that she could not
feel the motion-sensor lights come on when she sat on the edge of the bed because they were plugged in
behind the bedside table, so now we always fit the first light at ankle height by the bed.>>
<<P:The daughter of a man we visited wrote to us suggesting we leave a card listing what we had done and
what the person should still watch out for, and after talking to her we now do that on every visit.>>

<<S:The urgent community response nurses and therapists helped us write the referral, and they asked us to
keep it to one screen with no more than six questions, otherwise it would not get done at 3am.>>
<<S:Our handypersons came up with the standard van kit themselves, after noticing that they were making a
second trip for lights in most homes.>> <<S:Fenway Homes' repairs supervisors agreed with us which jobs
they would accept from photos, and changed their own priority codes so that repairs on a night-time
route are done within ten days.>> <<S:The community therapists looked at the first fifty visits with us
and told us where we were fixing things that needed a proper therapy assessment, such as people who
could not get up from the toilet, and we now pass those straight back to them.>>

I send a short report every two months to the urgent community response team lead and to Fenway, with
the number of visits and any jobs that are still waiting.
"""),
        ("value", None, """
An average Light the Way visit costs us about £95, including the handyperson's time, the night lights and
other kit. Most of this comes from the Better Care Fund grant the council already gets for the
handyperson service, topped up by a small grant from the community trust in the first year. A second
fall that leads to a broken hip costs many times more, and a single avoided ambulance call-out or
hospital attendance more than pays for a visit.

I think the value for people is bigger than that. A lot of the people we see after a fall have lost their
confidence and are thinking about moving into care. Being able to walk to the toilet at night without
feeling their way along the wall makes a real difference to them. We have had thank-you cards, which is
not something that happened much when we were just putting up rails months after the event.

For the community trust, their teams are spending less time going back to the same people, and their
staff tell me they feel less uneasy about leaving someone at home after a fall.
"""),
        ("spread", None, """
The other two district councils in the county have visited us to see how it works, and one of them
started its own version in April 2024 using our referral form and van kit list. Fenway Homes has asked
its own repairs team to follow the same approach for all its tenants over 75, not just those we refer.
We presented the work at the county's falls prevention partnership and at a national Foundations
conference for home improvement agencies in 2024.

Inside the council, the approach has spread in a way we did not plan. The council's private sector
housing team now uses our night-time route checklist when it inspects homes rented by older people, and
the occupational therapists who assess for disabled facilities grants now refer people for a Light the Way visit while they are waiting for bigger adaptations such as stairlifts and level-access
showers, which can take many months. The community trust is also talking to the ambulance service about
whether crews who attend a fall and leave the person at home could make the same referral to us, and we
have agreed in principle to take those referrals from the spring.

If I had one piece of advice for anyone thinking of doing the same, it would be to start small and to
keep the referral simple. We started with one van, one handyperson and a box of night lights, and it grew
because the nurses and therapists could see that it worked.
"""),
    ],
    flags=[],
)

# ---------------------------------------------------------------------------
# I677  reviews of falls-risk medicines after an ambulance attends a fall -
#       docx - form table - primary care network clinical pharmacist lead,
#       clinical - PCN with the ambulance service and council adult social
#       care - staff involved - no patient involvement (patients sent a letter
#       and phoned, a survey that changed nothing, a patient group told, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I677", format="docx", layout="form_table", topic="falls_medicines_review_after_ambulance",
    project="independent43-secondlook-677", docx_font="Calibri",
    title="Second Look: medicines reviews for older people after an ambulance is called to a fall",
    cover_table=[
        ("Title of entry", "Second Look: medicines reviews for older people after an ambulance is called to a fall"),
        ("Lead organisation", "Corrington Central Primary Care Network"),
        ("Partner organisations", "Wessmoor Ambulance Service NHS Trust; Corrington City Council (Adult Social Care)"),
        ("Name and role of entrant", "Lead Clinical Pharmacist, Corrington Central PCN"),
    ],
    primary_entrant=dict(name="Corrington Central Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Wessmoor Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Corrington City Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the problem and its safety goals.", """
Many older people take medicines that make a fall more likely: blood pressure tablets that cause
dizziness on standing, sleeping tablets, antidepressants, strong painkillers, bladder medicines and
others. Often several of them are prescribed together, and nobody has looked at the whole list for
years. Reviewing these medicines after a fall is recommended in national guidance, but it only happens
if someone tells the GP practice that the person has fallen.

Our six practices cover about 58,000 patients, 9,400 of them over 75. Wessmoor Ambulance Service attends
around 130 falls a month in our area. About two thirds of the people are not taken to hospital. The
crew leaves a patient care record, which reaches the practice as a scanned document several days later,
if at all, and is filed without action in most cases. So an 84-year-old on four blood pressure tablets
who fell because she felt faint getting out of a chair would be left on the same medicines until the
next fall.

In 2023 we agreed with the ambulance service that for every patient registered with one of our practices,
over 65, who is attended for a fall and left at home, the crew's record is sent the next morning to a
shared PCN inbox. One of our clinical pharmacists reviews the record and the GP record within two working
days, phones the patient or their carer, and if needed books a structured medication review, checks
lying and standing blood pressure through the practice nurse, and makes changes with the GP. Where the
crew has noted a social care concern, the council's adult social care duty team is sent a copy at the
same time.
"""),
        ("evidence", "What evidence is there of improvement?", """
From June 2023 to May 2024 the inbox received 1,020 ambulance records. Pharmacists completed 884 reviews,
and 612 patients had at least one medicine stopped, reduced or changed.

<<Q:The average number of falls-risk medicines per patient reviewed went down from 3.1 at the time of the
fall to 2.2 three months later.>> <<Q:Among patients who had been attended for a fall, a repeat 999 call
for a fall within 90 days fell from 29% in the year before Second Look to 18% in the first year.>>
<<Q:Patients found to have a drop in blood pressure on standing who had their treatment changed went
from 1 in 5 to 4 in 5.>>

Figures come from the ambulance service's data team, our practice records and the pharmacists' review
log.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<S:Paramedics from the two ambulance stations that cover our practices met our pharmacists and told us
that their records were often missing a full medicines list because people did not have one to hand, so
we now send each patient a printed medicines list to keep in the 'message in a bottle' in the fridge.>>
<<S:The ambulance service's clinical safety team and our practice managers agreed the data sharing
arrangement together, and the practice managers asked for the shared inbox rather than sending records
to six different practice inboxes.>> <<S:Practice nurses asked for a simple lying and standing blood
pressure protocol, which they then tested in two practices before it was used in all six.>>

Every patient reviewed is phoned and sent a letter explaining any changes. After six months we sent a
short questionnaire to 100 patients, and most said they found the call useful, so we kept the process
the same. Our patient participation groups were told about the project at their spring meetings. We plan
to ask patients and carers to help us design a leaflet about medicines and falls next year.
"""),
        ("value", "What is the value of the project for patients, staff and the system?", """
The reviews are carried out by our existing clinical pharmacists within their ARRS-funded hours. Each
review takes about 40 minutes including the phone call. Stopping medicines that are no longer needed
also saves money on prescriptions, although we have not tried to count this. Each repeat fall that is
avoided saves an ambulance call-out and, for some people, a hospital admission or a fracture. GPs tell us
they are glad that the ambulance records are no longer sitting unread in the document workflow.
"""),
        ("spread", "How has the work been spread or shared?", """
The ambulance service has offered the same next-morning inbox to the other four PCNs in Corrington, and
two have joined. We have shared our review template and blood pressure protocol with the integrated
care board's medicines optimisation team, which is considering it for the whole area.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)

# ---------------------------------------------------------------------------
# I678  sheltered housing scheme managers spotting early signs of illness -
#       pdf - two column - charitable housing association head of older
#       people's housing, plain - housing association with the community
#       trust's community matrons, the council and a PCN - residents and staff
#       involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I678", format="pdf", layout="two_column", topic="sheltered_housing_soft_signs",
    project="independent43-noticecheckcall-678", pdf_font="DejaVuSans",
    title="Notice, Check, Call: helping sheltered housing scheme managers spot when a resident is becoming unwell",
    cover=[
        "Oulstone Housing Trust (lead), with Oulstone and Felbridge Community Healthcare NHS Trust (Community Matrons), Oulstone Borough Council (Adult Social Care) and North Felbridge Primary Care Network",
        "Entry by the Head of Older People's Housing, Oulstone Housing Trust",
    ],
    primary_entrant=dict(name="Oulstone Housing Trust", type="charity"),
    partners=[
        dict(name="Oulstone and Felbridge Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Oulstone Borough Council", type="local_authority"),
        dict(name="North Felbridge Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
Oulstone Housing Trust is a charitable housing association with 22 sheltered housing schemes and about
1,050 older tenants. Each scheme has a scheme manager who is on site during the day. Scheme managers do
a daily call or knock for residents who want one, run the communal lounge and deal with repairs and
tenancy matters. They are not carers or nurses, and until recently they had no health training beyond
first aid.

Scheme managers often know before anyone else that something is wrong. A resident who usually comes down
for coffee does not, someone seems muddled on the phone, a door is answered in the afternoon by somebody
still in night clothes. In the past, a manager who was worried either did nothing because they were not
sure, or called 999 because they did not know what else to do.

Two deaths in 2022 made us look at this properly. In one, a resident had been 'not herself' for three
days, according to the scheme manager's notes, before she was found collapsed with sepsis from a urinary
infection. In the other, a resident with heart failure had been getting more breathless over a week and
had stopped coming out of his flat. In both cases the scheme manager had noticed, but had nobody to ask.

The project, Notice, Check, Call, has three parts. Scheme managers have been trained to use a simple
soft signs tool (based on the 'Stop and Watch' approach used in care homes) and to record it on a card.
If they are worried, they ring a direct number for the community matrons' duty line, which is answered
from 8am to 6pm on weekdays, and a matron will either give advice, ring the resident's GP practice, or
visit the same day. And where a resident has no care but is clearly struggling, the scheme manager can
now refer straight to the council's adult social care team using a short form.
"""),
        ("evidence", "Results", """
The project started in 11 schemes in January 2023 and in the other 11 in September 2023. We compare the
first 11 schemes in 2022 and 2024.

<<Q:Emergency admissions of residents from the first 11 schemes fell from 164 in 2022 to 121 in 2024.>>
<<Q:999 calls made by scheme managers fell by about a third, from 97 to 63.>> <<Q:Residents admitted with
sepsis or a urinary infection went down from 29 to 14.>>

In 2024 the matrons' duty line took 386 calls from scheme managers. In 241 of them the matron arranged a
same-day GP or matron visit; in the rest, advice was enough.
"""),
        ("stakeholders", "Involving residents and staff", """
<<P:Residents from our Tenants' Panel helped choose the questions on the soft signs card and asked for
the card to include a tick box saying the resident has agreed to the call, which we added.>> <<P:At two
schemes, residents asked for a short talk from the matrons on what the scheme manager would be looking
for, so that it did not feel like being watched, and they helped plan these talks.>>

<<S:Scheme managers tested the first version of the card for a month and told us it had too many
medical words, so the matrons rewrote it in plain language.>> <<S:The community matrons suggested the
duty line after finding that calls to individual matrons' mobiles were being missed.>> <<S:The PCN's
care coordinators asked to be copied into matron advice so that the resident's GP practice would know,
and that is now part of the process.>>
"""),
        ("value", "Value", """
The training took one day for each scheme manager, and the matrons' duty line uses existing staff. Each
emergency admission avoided saves the NHS several thousand pounds. Scheme managers tell us they feel more
confident and less alone when they are worried about someone.
"""),
        ("spread", "Spread", """
Two other housing associations in the borough have asked to use the soft signs card and the duty line,
and the council has included the approach in its extra care housing contracts. We shared the work at a
regional housing and health network in 2024.
"""),
    ],
    flags=[],
)

# ---------------------------------------------------------------------------
# I679  people with dementia who are still driving - docx - rubric headings -
#       memory service consultant nurse, careful - mental health trust memory
#       service with police roads policing, a driving mobility charity and a
#       carers' group - carers, a former driver and staff involved - no
#       quantitative evidence (conversations, referrals, assessments, one
#       audit figure, no comparison)
# ---------------------------------------------------------------------------
entry(
    id="I679", format="docx", layout="rubric_headings", topic="dementia_driving_safety",
    project="independent43-keysandconversations-679", docx_font="Cambria",
    title="Keys and Conversations: supporting people with dementia and their families with decisions about driving",
    cover=[
        "Category: Best Partnership Solution Improving Patient Safety",
        "Lead organisation: Brantwood Partnership NHS Foundation Trust (Memory Assessment Service)",
        "Partners: Brantwood and Kell Constabulary (Roads Policing Unit); Brantwood Mobility Centre (charity); Dementia Carers Brantwood",
        "Contact: Consultant Nurse, Memory Assessment Service",
    ],
    primary_entrant=dict(name="Brantwood Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Brantwood and Kell Constabulary", type="emergency_service"),
        dict(name="Brantwood Mobility Centre", type="charity"),
        dict(name="Dementia Carers Brantwood", type="patient_group"),
    ],
    sections=[
        ("context", "Context: why was the partnership needed?", """
A diagnosis of dementia does not automatically mean a person must stop driving, but the person must tell
the DVLA, and as the illness progresses almost everyone will reach a point where driving is no longer
safe. For many older people, especially in a rural area like ours, the car is what keeps them
independent: it gets them to the shops, to the surgery, to see friends. Giving it up is one of the most
painful losses that comes with dementia.

Our memory service diagnoses around 1,400 people a year. When we looked at a handful of our letters in 2022, driving
was often not mentioned at all, and when it was, the advice was often vague ('patient advised to inform DVLA'). There was no follow-up. Families were left to take the keys away themselves, often causing arguments and distress, or did not feel able to and
worried every time their relative went out.

At the same time, officers from the police roads policing unit were dealing with a growing number of
incidents involving older drivers who were lost or confused: people found driving the wrong way on a dual
carriageway, cars found abandoned miles from home, minor collisions where the driver could not explain
what had happened. Officers did not know whether the driver had a diagnosis, and had no way of
referring them for help other than reporting them to the DVLA.

The aim of Keys and Conversations is that every person diagnosed with dementia who drives has a clear,
recorded conversation about driving, is offered a driving assessment if there is doubt, and that families
and the police have somewhere to turn.
"""),
        ("evidence", "Evidence: what has improved?", """
Since the project started in May 2023, our memory nurses have used the new driving conversation guide
with 612 people who were still driving at diagnosis. Of these, 148 were referred to Brantwood Mobility
Centre for an on-road assessment. Around half were found safe to carry on driving for now with a review
date, about a third were advised to stop, and the rest were advised to drive only locally and in
daylight.

The police have made 37 referrals to the memory service through the new route, 19 of them for people who
had no diagnosis and went on to be assessed.

In a re-audit of 100 diagnosis letters in March 2024, driving was clearly recorded in 91 of them. We did
not audit letters in this way before the project, so we have no earlier figure to compare it with.

We have not yet been able to show a change in road traffic collisions involving people with dementia,
because the numbers are small and the police recording system does not link to health records.
"""),
        ("stakeholders", "Stakeholders: how were patients, carers and staff involved?", """
<<P:Dementia Carers Brantwood ran two sessions for us in which family carers described how the
conversation about driving had gone for them, and their stories shaped the whole guide.>> <<P:They told
us the worst thing was being made to feel like the 'bad guy', so the guide now puts the responsibility on
the clinician, and families are given a letter from the memory service that they can show to their
relative.>> <<P:Mr Alan Cheswick, a former lorry driver who gave up driving after his diagnosis, spoke to
our nurses at a training day and helped write the section of the guide on what to say when someone feels
they have lost their independence.>>

<<S:Memory nurses and psychiatrists tested the guide in clinic for two months and asked for it to be
split into a short first conversation at diagnosis and a longer one at the six-week follow-up, because
people were too overwhelmed to take it in on the day.>> <<S:Roads policing officers helped design the
police referral form and asked for a phone number they could ring from the roadside.>> <<S:Driving
assessors at the Mobility Centre agreed to keep some urgent slots each month after our nurses told them
that people were waiting three months and still driving.>>
"""),
        ("value", "Value: what difference has it made?", """
A driving assessment at the Mobility Centre costs £150, which the trust pays for people referred by us.
The guide and training were developed in existing time. Families tell us they feel supported instead of
being left on their own with a very hard decision. People who have had to stop driving are now routinely
given information about community transport, bus passes and volunteer driver schemes, so they are less
likely to become isolated.
"""),
        ("spread", "Spread: has the work been shared?", """
The driving conversation guide has been adopted by the memory services in the two neighbouring trusts.
The police have shared the referral route with the other two roads policing teams in the force area, and
we presented the project at a national dementia nursing conference in 2024.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)

# ---------------------------------------------------------------------------
# I680  gritting of footways and falls on ice - pdf - CAPS headings - council
#       highways and public health, formal and brief - council with the acute
#       trust and a council for voluntary service - no patient involvement
#       (residents told, a consultation that changed nothing, volunteers only
#       delivering) - no staff involvement (data supplied, crews briefed,
#       organisations agreeing)
# ---------------------------------------------------------------------------
entry(
    id="I680", format="pdf", layout="caps_headings", topic="winter_footway_gritting_falls",
    project="independent43-winterfootways-680", pdf_font="LiberationSans",
    title="SURE FOOTING: GRITTING THE FOOTWAYS OLDER PEOPLE USE MOST TO PREVENT FALLS ON ICE",
    cover=[
        "Lead: Fellborough Metropolitan Borough Council (Highways Operations and Public Health)",
        "Partners: Fellborough Royal Hospital NHS Trust; Fellborough Council for Voluntary Service",
        "Contact: Winter Service Manager, Highways Operations",
    ],
    primary_entrant=dict(name="Fellborough Metropolitan Borough Council", type="local_authority"),
    partners=[
        dict(name="Fellborough Royal Hospital NHS Trust", type="nhs_trust"),
        dict(name="Fellborough Council for Voluntary Service", type="charity"),
    ],
    sections=[
        ("context", "BACKGROUND", """
Like most highway authorities, Fellborough Council has for many years treated its roads in icy weather
according to a priority network designed for traffic: main roads, bus routes and routes to the hospital
and fire stations first. Footways (pavements) were only treated in the town centre, and then only after
heavy snow. Outside the town centre, pavements were left to thaw.

In the winter of 2022/23 there were 19 days when the temperature fell below freezing overnight. On the
morning after each of those nights, the emergency department at Fellborough Royal Hospital saw a sharp
rise in people over 65 who had slipped on ice, many with broken wrists, hips and head injuries. The
public health team linked the hospital's records to the weather data and found that most of these falls
happened within half a mile of a GP surgery, a pharmacy, a local shopping parade or a sheltered housing
scheme, on pavements that were not on any treatment route.

The aim of Sure Footing was to add a second, people-based priority network for footways, covering the
routes older people use most, and to make grit available for communities to treat the places we cannot
reach.

From November 2023 the council has:

- mapped and added 64 kilometres of footway around 31 GP surgeries and health centres, 48 pharmacies, 22
sheltered and extra care schemes and 17 local shopping parades to a new footway priority network, treated
by two small gritting vehicles before 7am whenever ice is forecast

- placed 120 new grit bins at the top of steep footpaths and near bus stops on those routes

- funded the Council for Voluntary Service to recruit and equip 'snow warden' volunteers who spread grit
on their own streets, with public liability insurance provided by the council
"""),
        ("evidence", "RESULTS", """
The hospital's emergency department records were matched with Met Office data for the two winters before
and the winter after the change, counting attendances of people aged 65 and over with an injury from a
slip or fall outside on a day after a freezing night.

<<Q:Attendances of people aged 65 and over after a slip on ice fell from an average of 11.2 per freezing
day in 2021/22 and 2022/23 to 6.9 per freezing day in 2023/24.>> <<Q:Hip fractures from falls outdoors on
those days fell from 23 to 12.>> <<Q:Within the areas covered by the new footway network, the fall in
attendances was larger, at about 52%, than in areas outside it, where it was about 20%.>>

The footway vehicles made 41 runs during the winter. There were 86 snow wardens by February 2024.
"""),
        ("stakeholders", "ENGAGEMENT", """
Data were provided by the hospital trust's emergency department under a data sharing agreement. The
Council for Voluntary Service recruited the snow wardens and ran the volunteer induction, and each warden
was given a safety briefing, a high-visibility jacket and a shovel. Gritting crews were briefed on the new
routes at the start of the season.

Residents were told about the new routes and grit bins in the council's winter leaflet, which was
delivered to every household, and through local radio. A public consultation on the footway network ran
for six weeks in 2023; most responses were supportive and the routes were adopted as proposed. Ward
councillors were kept informed throughout.
"""),
        ("value", "VALUE", """
The two footway vehicles and extra grit bins cost £148,000 in the first year, including the vehicles on
lease, and about £60,000 a year after that. The snow warden scheme costs about £9,000 a year. A single hip
fracture in an older person costs the NHS and social care over £20,000 in the first year, and the council
also faces fewer insurance claims from people who slip on the highway.
"""),
        ("spread", "SPREAD", """
The footway priority network is now part of the council's Winter Service Plan and the method has been
shared with neighbouring highway authorities through the regional winter maintenance group. The public
health team has presented the data linkage at the regional falls prevention network.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)

# ---------------------------------------------------------------------------
# I681  old electric blankets and fires - docx - bullet lists - fire service
#       community safety officer, brisk - fire and rescue service with council
#       trading standards and an older people's charity - older people and a
#       bereaved son involved - no staff involvement (staff trained and
#       briefed, testing done, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I681", format="docx", layout="bullet_lists", topic="electric_blanket_fires_older_people",
    project="independent43-blanketcheck-681", docx_font="Verdana",
    title="Check Before You Switch On: electric blanket testing and swaps for older people in Marrowby",
    cover=[
        "Lead: Marrowby Fire and Rescue Service, Community Safety",
        "Partners: Marrowby County Council (Trading Standards); Age Friendly Marrowby",
        "Entry by the Community Safety Officer for Older People",
    ],
    primary_entrant=dict(name="Marrowby Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Marrowby County Council", type="local_authority"),
        dict(name="Age Friendly Marrowby", type="charity"),
    ],
    sections=[
        ("context", "Why we did it", """
- electric blankets are cheap to run and many older people have used the same one for twenty or thirty years

- old blankets wear out: the wires inside break, the controls overheat, and blankets that have been folded, creased or left switched on all night can catch fire

- in Marrowby, faulty or misused electric blankets caused 14 house fires between 2019 and 2022, and three people died, all over 80

- with energy bills rising in 2022, more people told us they were going to bed early with the blanket on to save on heating, and we were worried this would get worse

- trading standards had also found unsafe second-hand and online blankets with no proper safety marks being sold locally

- when our crews attended these fires, they often found the blanket had been bought decades ago, kept folded in a drawer over the summer, and brought out again each winter without anyone checking it

- our aim: test as many blankets as possible before winter, take the unsafe ones away and replace them free, and make sure people know how to use them safely
"""),
        ("evidence", "What happened", """
- free testing sessions ran every autumn from 2022 in libraries, community centres and day centres, and our officers also tested blankets during home visits

- 2,146 blankets were tested over three autumns, and 731 failed, about one in three

- every failed blanket was replaced free with a new one with a timer and overheat protection

- <<Q:electric blanket fires in the county fell from 14 in the four years before the scheme (2019 to 2022) to 3 in the two years since, an average of 1.5 a year compared with 3.5 a year before>>

- <<Q:no one has died in an electric blanket fire since the scheme started, against three deaths in the four years before it>>

- trading standards removed 212 unsafe blankets from sale at markets and second-hand shops
"""),
        ("stakeholders", "Who was involved", """
- <<P:members of Age Friendly Marrowby's older people's forum chose the venues and times, and told us that mornings were better because many people do not like going out after dark in winter>>

- <<P:the forum also said people were embarrassed to bring a blanket in a bin bag, so we now give out a free cloth bag with the appointment card>>

- <<P:the son of a man who died in an electric blanket fire in 2021 worked with us on the leaflet and a short film, and he asked us to put the message 'if it is older than ten years, get it checked' on the front>>

- <<P:people who came to the first sessions told us they wanted a blanket with a timer because they fell asleep with it on, so we changed the replacement blanket to a timed one>>

- all our community safety staff and 40 Age Friendly Marrowby volunteers were trained to book appointments and give safety advice

- trading standards officers carried out the electrical testing at the sessions

- we plan to ask our operational crews whether they would like to offer testing during home visits
"""),
        ("value", "Value", """
- a replacement blanket costs about £35, and the scheme has cost around £28,000 over three years, paid for by the fire service and a grant from an energy company's community fund

- a single house fire costs far more, in damage, fire service time and hospital care, before counting the human cost

- people have told us they feel safer going to bed, and some had been sleeping in a chair to avoid using their old blanket

- the sessions have also been a way in to a full home fire safety visit for people we had never met before, and many were booked on the day
"""),
        ("spread", "Sharing", """
- the sessions and leaflet have been shared with the other fire services in the region, and two now run their own blanket testing

- trading standards shared the market findings with the national product safety office
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)

# ---------------------------------------------------------------------------
# I682  lift breakdowns in council tower blocks stranding older and disabled
#       tenants - pdf (via Word) - style headings - long - council head of
#       building safety, thorough - council housing with the community trust's
#       district nurses, the ambulance service and the fire and rescue service
#       - tenants and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I682", format="pdf", layout="style_headings", topic="tower_block_lift_outages_vulnerable_tenants",
    project="independent43-liftsmatter-682", render_via="soffice", docx_font="Liberation Sans",
    title="Stuck at the Top: keeping older and disabled tenants safe when the lifts break down",
    cover=[
        "Ravensholme City Council, Housing Services (lead)",
        "Partners: Ravensholme Community Health NHS Trust (District Nursing); Eastdale Ambulance Service NHS Trust; Ravensholme Fire and Rescue Service",
        "Author: Head of Building Safety and Compliance, Housing Services",
    ],
    primary_entrant=dict(name="Ravensholme City Council", type="local_authority"),
    partners=[
        dict(name="Ravensholme Community Health NHS Trust", type="nhs_trust"),
        dict(name="Eastdale Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Ravensholme Fire and Rescue Service", type="emergency_service"),
    ],
    sections=[
        ("context", "Background", """
Ravensholme City Council owns 38 residential tower blocks of between eight and twenty-two storeys, with
around 4,100 flats. Most were built in the 1960s and 1970s and have one or two lifts each. Lifts in
blocks of this age break down often, and parts can take weeks to arrive. In 2022 our lifts were out of
service for a combined total of more than 9,000 hours, and in 31 blocks there were periods when every
lift in the block was out at the same time.

For most tenants a broken lift is a nuisance. For an older or disabled person living on the fifteenth
floor it can be dangerous. People who cannot manage stairs are trapped in their flats. They miss
hospital appointments and dialysis sessions, cannot get their shopping in, and their home care workers
and district nurses may have to climb many flights of stairs with equipment, or may not come at all.
Ambulance crews called to someone who has fallen or is unwell may have to carry them down fourteen
floors on a carry chair, which can take an hour and needs extra crews. And in a fire, a person who cannot
use the stairs depends on the fire service knowing they are there.

Our understanding of the scale of this came from a serious incident in February 2023. A man of 79 with
heart failure, living on the seventeenth floor of Crossfield House, missed three district nursing visits
while both lifts in his block were out for eleven days. The district nursing team had recorded 'no
access, lift broken' each time and rebooked. Nobody told the housing service that he was housebound, and
the housing service did not know that he relied on nursing visits. He was eventually found by a neighbour,
very breathless and with badly swollen legs, and spent a month in hospital.

When we reviewed what had happened with our partners, several problems stood out:

- the council had a list of 'vulnerable tenants' for fire safety purposes, but it was incomplete and out
of date, and it was not used when lifts broke down

- lift faults were dealt with as routine repairs by the lift contractor, in the order they were reported,
with no priority for blocks where people were stranded

- district nurses, home care agencies and the ambulance service had no way of finding out whether the
lifts in a block were working before they set out

- when a lift was out for a long time, nobody was responsible for checking on people who could not get
out

We had tried to fix parts of this before. In 2019 the council sent a letter to every tenant in its
tower blocks asking them to tell us if they would need help to leave in an emergency. Fewer than one in
ten replied, and many of the people we most needed to hear from could not read the letter or did not see
why it mattered. We had also asked the lift contractor to give priority to blocks with disabled tenants,
but without an up-to-date list of who those tenants were, that meant very little in practice. What was
missing was one shared picture that housing, health, the ambulance service and the fire service could
all use, and someone whose job it was to act on it.

The Stuck at the Top project started in the summer of 2023. It has four parts. First, a single register
of tenants who cannot use the stairs, built from our own tenancy records, the fire service's person-centred
fire risk information, district nursing caseloads (with consent) and home care records from the council's
adult social care team, and checked by a door-knock of every block. Second, a priority system for lift
repairs: any lift fault in a block where a registered tenant lives, and where no other lift is working, is
a 'stranded' fault and has a four-hour response and a target to fix or provide a temporary solution within
48 hours. Third, a live lift status page that district nurses, ambulance control and fire control can all
see. Fourth, a welfare call plan: when a 'stranded' fault lasts more than 24 hours, our housing officers
phone or visit every registered tenant in the block every day until the lift is back, and arrange
shopping, prescriptions or a temporary move if needed.
"""),
        ("evidence", "What has changed", """
The register now holds 612 tenants across the 38 blocks. The door-knock in autumn 2023 found 187 people who
could not use the stairs and were not on any of our previous lists.

<<Q:The average time to fix a lift fault in a block where a registered tenant was stranded fell from 6.8
days in 2022 to 1.9 days in the year to September 2024.>> <<Q:Lift outages lasting more than a week in
these blocks went down from 44 to 9.>>

<<Q:District nursing visits recorded as 'no access due to lift' fell from 213 in 2022 to 41 in the year
to September 2024.>> The district nursing service now checks the lift status page before every visit to a
tower block and rearranges the visit or sends two nurses if needed.

<<Q:The ambulance service's records show that stair carry-downs from our blocks taking more than 45
minutes fell from 58 to 22, because crews can see before they arrive which lifts are out and can send a
second crew at the start.>>

Our housing officers made 1,470 welfare calls during stranded outages. In 23 of these, the officer found
the tenant unwell and called for help. In one, in March 2024, an officer found a woman of 86 on the floor
of her fourteenth-floor flat, where she had been since the previous evening. She had a pendant alarm but
was not wearing it. The officer called an ambulance, and because the crew could see the lifts were out,
a second crew was sent at the same time and she was in hospital within the hour.

The fire service has used the register to update its own records for every block, so that in a fire
its crews know which flats are likely to have someone who cannot use the stairs.
"""),
        ("stakeholders", "How tenants and staff were involved", """
<<P:The Ravensholme Tenants' Federation held meetings in six blocks to hear from tenants who had been
stranded, and what they told us changed the project a great deal.>> <<P:Tenants said the worst part was
not knowing how long the lift would be out, so the lift status page now shows an expected fix date and
tenants can get a text message when it changes.>> <<P:Several older tenants told us they would rather not
be on a 'vulnerable' list, so with them we renamed it the 'stairs help register' and wrote a short
letter explaining what it is for, which tenants from Crossfield House checked before it went out.>>
<<P:A tenant who uses a wheelchair, Mrs Patience Oyelaran, joined the project group for its first year
and tested the lift status page on her phone.>>

<<S:District nurses told us that 'no access' visits were recorded but never reported anywhere outside
their own team, and they worked with our housing officers to set up an automatic alert to housing when
a nurse records 'no access due to lift'.>> <<S:Engineers from our lift maintenance contractor suggested
keeping common spare parts for our oldest lift models in a local store, which has cut the wait for parts,
and this was written into the contract in 2024.>> <<S:Ambulance control room staff asked for the lift
status page to show which blocks have a lift that can take a stretcher, and this was added.>> <<S:Fire
safety officers and our housing officers carried out the door-knock together, and the fire service used
it to update its own records of people who would need help to escape in a fire.>>
"""),
        ("value", "Value", """
The stairs help register and welfare call plan use existing housing officer time, and the lift status page
was built by the council's digital team at a cost of about £18,000. The priority repair system has added
around £95,000 a year to the lift maintenance contract, mainly for out-of-hours call-outs and a local store
of spare parts. We think this is good value when set against the cost of hospital admissions, missed
treatment and extra ambulance crews, and against the harm done to the people affected.

Tenants tell us they feel less forgotten. District nurses and ambulance crews tell us they waste less time
and arrive prepared. Our own staff say the welfare calls have let them get to know tenants they had never
met.
"""),
        ("spread", "Spread", """
Two housing associations that own tower blocks in the city have asked to use the lift status page and
the stairs help register approach, and one has started. We have shared our priority repair
specification with the regional housing and building safety network. The fire service is using the
door-knock method for high-rise blocks owned by other landlords across Ravensholme.
"""),
    ],
    flags=[],
)

# ---------------------------------------------------------------------------
# I683  strength and balance classes in leisure centres - pdf - form table -
#       PRIVATE leisure operator is the primary entrant, with the community
#       trust falls service and the council as partners (ineligible) - active
#       ageing manager, upbeat - class members and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I683", format="pdf", layout="form_table", topic="strength_balance_classes_leisure_centres",
    project="independent43-standtall-683", pdf_font="LiberationSans",
    title="Stand Tall: falls prevention strength and balance classes in Dunholt's leisure centres",
    cover_table=[
        ("Entry title", "Stand Tall: falls prevention strength and balance classes in Dunholt's leisure centres"),
        ("Primary entrant", "Active Horizons Leisure Ltd (operator of Dunholt's four public leisure centres)"),
        ("Partner organisations", "Dunholt Community NHS Trust (Falls Prevention Service); Dunholt Borough Council (Public Health and Leisure)"),
        ("Entrant contact", "Active Ageing Manager, Active Horizons Leisure Ltd"),
    ],
    primary_entrant=dict(name="Active Horizons Leisure Ltd", type="private"),
    partners=[
        dict(name="Dunholt Community NHS Trust", type="nhs_trust"),
        dict(name="Dunholt Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Background and aims", """
Strength and balance exercise is one of the best ways to prevent falls in older people, but only if it is
the right kind of exercise, it gets harder as people improve, and people keep going for at least six
months. Dunholt Community NHS Trust's falls service ran a twelve-week programme in hospital gyms and
church halls, but had a waiting list of over four months, and when people finished there was nowhere for
them to carry on. Most stopped, and many lost what they had gained.

Active Horizons has run Dunholt's four public leisure centres under contract to the council since 2019.
Our centres are busy in the evenings and at weekends but quiet on weekday mornings, and we had very few
members over 75. In 2022 we agreed with the falls service and the council to take on the long-term part of
the programme. Falls service physiotherapists assess each person and run the first six weeks. People then
move to a Stand Tall class at their nearest leisure centre, taught by our instructors, who have the
nationally recognised postural stability instructor qualification, for as long as they want. The council
pays for the first six months, after which classes cost £2.50. We provide free parking, a quiet changing
area and a café discount, and a community transport bus for people who cannot get to the centre.

The aims were to cut the falls service waiting list, to keep people exercising for at least six months,
and to reduce falls among people who had already fallen or were at high risk. Instructors report any
member who has a fall, looks unwell or stops coming to the falls service using a shared referral form,
so that nobody simply drops out unnoticed.
"""),
        ("evidence", "Evidence of improvement", """
Since January 2023, 820 people have joined Stand Tall classes after the falls service. <<Q:The falls
service waiting list has come down from 17 weeks to 5 weeks, because physiotherapists now run six weeks
instead of twelve.>> <<Q:The proportion of people still exercising six months after starting rose from
about 30% under the old programme to 71%.>> <<Q:On the Timed Up and Go test, measured by our instructors
at the start and after six months, the average time fell from 16.8 to 12.1 seconds.>> <<Q:Among people
who completed six months, self-reported falls in the previous six months went down from 1.4 per person
at the start to 0.6.>>
"""),
        ("stakeholders", "Involvement of participants and staff", """
<<P:A group of twelve class members met with us after the first term and told us that the big, echoing
sports hall made them nervous, so classes moved to the smaller studio with chairs along the wall.>>
<<P:Members also asked for a cup of tea after class, and the social time that followed is now part of
the session.>> <<S:Our instructors and the falls service physiotherapists agreed the handover form
together, and the physiotherapists asked for an instructor to join the last session of the six weeks so
people would meet a familiar face at the leisure centre.>> <<S:Reception staff suggested the quiet
changing area after noticing older members waiting in the main changing room.>>
"""),
        ("value", "Value", """
The council pays £48 per person for the first six months of classes. Our leisure centres had empty
studio time on weekday mornings, so the cost to us is small. The falls service can see more new patients
with the same staff. Members tell us the classes have become the highlight of their week, and
several have gone on to join other activities at the centres, including walking football and aqua
classes. For our business, it has brought new members into the centres at quiet times of day.
"""),
        ("spread", "Spread", """
Active Horizons operates leisure centres in five other council areas, and two now run Stand Tall classes
with their local falls services. We have shared the handover form with the regional falls network.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)

# ---------------------------------------------------------------------------
# I684  drinks and dehydration in people with dementia living at home - docx
#       - no headings - short - good neighbours charity coordinator, homely -
#       charity with council public health and the community trust - family
#       carers involved - no staff involvement (nurses gave training, GPs
#       told, volunteers delivering, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I684", format="docx", layout="no_headings", topic="dementia_hydration_at_home",
    project="independent43-cuppacalls-684", docx_font="Calibri",
    title="Cuppa Calls: helping people with dementia who live alone to drink enough",
    cover=[
        "Orrin Vale Good Neighbours (charity), with Orrin Vale District Council (Public Health) and Orrin Vale Community NHS Trust (Community Nursing)",
        "Written by our Volunteer Coordinator, Jenny Marsh",
    ],
    primary_entrant=dict(name="Orrin Vale Good Neighbours", type="charity"),
    partners=[
        dict(name="Orrin Vale District Council", type="local_authority"),
        dict(name="Orrin Vale Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
People with dementia often forget to drink, or do not feel thirsty, or cannot work out how to make a
drink any more. If they live alone, nobody notices until they become confused, fall or get a urine
infection, and then they often end up in hospital. Our good neighbours scheme has been visiting older
people in Orrin Vale's villages for twenty years, and our volunteers kept finding people
with an empty kettle and a half-drunk cup from the morning.

The one that stayed with us was a lady in her eighties in Upper Orrin, who was visited by the same
volunteer every Tuesday for two years. One week she was muddled and could not get out of her chair. The
volunteer rang her son, and she was taken into hospital that evening with a urine infection and
dehydration. The ward sister told the family she had probably been drinking almost nothing for days.
She came home three weeks later, but she had lost a lot of her confidence and never really got it back.
It made us ask whether a weekly chat was really enough.

In 2023 the council's public health team gave us a grant to try something new. Volunteers now make short
'cuppa calls' at the times people are most likely to forget, usually mid-morning and mid-afternoon.
They make a drink with the person, sit and drink it with them, and leave another drink within reach. They
also leave a clear jug marked with lines so family can see how much has gone. People who do not want a
visit every day can have a phone call instead. The community nursing team trained our volunteers to
spot the signs of dehydration and a urine infection, and to ring the nursing team's single point of
access if they are worried.
"""),
        ("evidence", None, """
Between March 2023 and February 2024, 31 volunteers made 6,900 cuppa calls to 118 people living with
dementia. They rang the nursing team 64 times with concerns.

<<Q:Using the community trust's records, hospital admissions with dehydration or a urine infection among
the people we visit fell from 41 in the year before they joined to 17 in the year after.>> <<Q:Falls
reported to us by families went down by around a third.>>
"""),
        ("stakeholders", None, """
<<P:The idea of drinking together came from a group of family carers at the Wednesday memory café, who
told us that their relatives would drink if someone sat with them but would leave a cup that was just put
down in front of them.>> <<P:The same carers chose the jug with the lines on it, after trying three
different kinds at home.>> <<P:One daughter, whose mother lives six miles away from her, suggested the
afternoon phone call for days when her mother did not want a visitor, and she helped us write what the
volunteer should say.>>

Volunteers are trained by the community nurses and get a refresher every six months. GP practices in the
area were sent a letter explaining the scheme. We would like to hear from the community nurses about
what else would help next year.
"""),
        ("value", None, """
The grant was £16,500 for the year, mainly for the coordinator's time and volunteers' mileage. Avoiding
even a few hospital admissions pays for this several times over. Families say they worry less, especially those who live some
distance away and cannot pop in during the day. Our volunteers say they have made real friends, and
several of the people we visit now look forward to the afternoon cup of tea as the best part of their
day.
"""),
        ("spread", None, """
Two other good neighbours schemes in the county have started cuppa calls, and the council has included
them in its dementia plan for 2024 to 2027.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)

# ---------------------------------------------------------------------------
# I685  moving residents safely when a care home closes - docx - reordered
#       (stakeholders before value and spread) - council quality assurance
#       manager, reflective - council with the ICB, the community trust's care
#       home support team and the care providers' association - families,
#       residents and staff involved - NO evidence section (a measured change
#       is given under value)
# ---------------------------------------------------------------------------
entry(
    id="I685", format="docx", layout="reordered", topic="care_home_closure_safe_moves",
    project="independent43-movingwell-685", docx_font="Calibri",
    title="Moving Well: a joint protocol for moving residents safely when a care home closes",
    cover=[
        "Lead: Tamberley County Council, Adult Social Care (Quality Assurance and Commissioning)",
        "Partners: NHS Tamberley and Wold Integrated Care Board; Tamberley Community Healthcare NHS Trust (Care Home Support Team); Tamberley Care Providers' Association",
        "Author: Quality Assurance Manager, Adult Social Care",
    ],
    primary_entrant=dict(name="Tamberley County Council", type="local_authority"),
    partners=[
        dict(name="NHS Tamberley and Wold Integrated Care Board", type="icb"),
        dict(name="Tamberley Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Tamberley Care Providers' Association", type="charity"),
    ],
    sections=[
        ("context", "What was the problem?", """
Between 2021 and 2023, eleven care homes in Tamberley closed. Some closed because the owner retired or
sold the building, some because of money problems, and two because the regulator found them unsafe. In
each case between 15 and 60 older residents, most of them living with dementia and many very frail, had
to move to a new home, sometimes within a few weeks.

Moving home is hard for anyone. For a frail older person with dementia it can be dangerous. In the
weeks after a move people often become more confused, stop eating, fall, develop pressure sores or
infections, and some die sooner than they otherwise would have. Families, care home staff and our own
social workers all knew this, but until 2023 we did not have a shared way of doing things. Each closure
was managed in a rush by whoever was available.

The closure of Elmhurst Lodge in March 2022 was the worst. Thirty-eight residents were moved in eight
days after the owner went into administration. Medicines charts were lost or did not go with the
resident. One woman arrived at her new home with no information other than her name, and staff did not
know she was on a blood thinner or that she needed her food cut up. Several residents went to homes many
miles from their families. In the three months after the move, five residents were admitted to hospital
after falls and four died. As one family put it in a complaint afterwards, nobody seemed to be in charge.

In 2023 we wrote the Moving Well protocol with the ICB, the community trust's care home support team and
the care providers' association. It covers the whole process from the first sign that a home may close.
Each resident has a named social worker and a 'moving passport' that records their medicines, health
needs, how they like to be cared for, what calms them and what upsets them, completed with the family
and the old home's staff. Residents' medicines go with them in a sealed bag with a current chart, checked
by an ICB pharmacist. A senior carer who knows the resident goes with them on the day and stays for at
least the first meal. Moves are spaced out so that no home takes more than two new residents a day. The
care home support team visits each resident in their new home within 72 hours and again at two weeks,
and the new home is asked to record weight, falls and skin checks weekly for the first two months.
"""),
        ("stakeholders", "Who was involved?", """
<<P:We asked families from two of the homes that had closed to tell us what had gone wrong, and four of
them then joined the group that wrote the protocol.>> <<P:It was the families who insisted on the
'moving passport', after one son told us that the most important thing about his father, that he was a
keen gardener and would settle if he could see the garden, was known by everyone at the old home and by
nobody at the new one.>> <<P:Residents at one home that closed in 2024 were asked, with support, what
they wanted to take with them and who they wanted to move with, and three friends who wanted to stay
together were moved to the same home.>>

<<S:Care home managers from the providers' association told us that receiving homes needed to know what
was coming at least two days before, and the protocol now sets that as the minimum.>> <<S:Senior carers
from closing homes asked to be paid to go with residents on the day of the move, which the council now
funds.>> <<S:ICB pharmacists and care home support team nurses tested the medicines bag and chart in the
first closure that used the protocol and made changes to the chart afterwards.>> <<S:Our own social
workers helped design the timetable and told us that no social worker should have more than six moves in
a week.>>
"""),
        ("spread", "How has it been shared?", """
The protocol has been shared with the other councils in the region through the directors of adult social
services network and two have adapted it. The care providers' association has made the moving passport
available to all its members for any move, including from hospital. We have also used the protocol when
a home for people with a learning disability closed.
"""),
        ("value", "What difference has it made and is it good value?", """
Since the protocol was agreed, four homes have closed and 112 residents have moved using it.
<<Q:Comparing the three months after each move, hospital admissions after a fall fell from 21 per 100
residents moved before the protocol to 8 per 100 using it.>> <<Q:Deaths in the three months after a move
went down from 14 per 100 residents to 6 per 100.>> We know these are small numbers and the residents were
not the same, but families and staff have all noticed the difference.

The main costs are staff time, the senior carers' pay on the day of the move, and pharmacist time. We
estimate each planned closure costs around £9,000 more to manage than a rushed one. Avoiding a single
hospital admission after a fall costs more than that. Families have told us they felt listened to and
that their relative was treated as a person, not a bed.
"""),
    ],
    flags=[dict(code="missing_section", criterion="evidence")],
)

# ---------------------------------------------------------------------------
# I686  new varifocal glasses and falls - docx - numbered questions - local
#       optical committee chair, optometrist, practical - LOC with the
#       community trust falls service and a PCN - optometrists and falls
#       staff involved - no patient involvement (patients given advice cards,
#       surveyed with no change, a plan) - no quantitative evidence (checks,
#       referrals, glasses issued, a single audit figure)
# ---------------------------------------------------------------------------
entry(
    id="I686", format="docx", layout="numbered_questions", topic="varifocal_glasses_falls",
    project="independent43-lookdown-686", docx_font="Arial",
    title="Look Where You Step: safer glasses for older people at risk of falling",
    cover=[
        "Lead organisation: Kessingham Local Optical Committee",
        "Partners: Kessingham Community NHS Trust (Falls Prevention Service); Kessingham and Dale Primary Care Network",
        "Submitted by the Chair of Kessingham LOC",
    ],
    primary_entrant=dict(name="Kessingham Local Optical Committee", type="primary_care"),
    partners=[
        dict(name="Kessingham Community NHS Trust", type="nhs_trust"),
        dict(name="Kessingham and Dale Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Varifocal and bifocal glasses are very convenient, but the lower part of the lens is for reading. When an
older person looks down at a kerb, a step or the stairs through that part of the lens, the ground is
blurred and edges are hard to judge. Research has shown that older people who wear multifocal glasses are
more likely to trip on steps and kerbs, and that for people who walk outdoors a lot, single-vision
distance glasses for walking can reduce falls. New glasses, and especially a change of prescription or a
first pair of varifocals, are a particular risk in the first few weeks.

Community optometrists in Kessingham carry out thousands of NHS sight tests for people over 60 every
year, but very few of us were asking about falls, and most of us did not know how to refer anyone to the
falls service. At the same time the falls service and the PCN's frailty team were seeing people who had
fallen on steps and kerbs, but eyesight and glasses were rarely looked at, and when they were the advice
was simply 'see your optician'.

The LOC, the falls service and the PCN agreed in 2023 to join these up. Practices now ask every patient
over 65 two questions at the sight test: have you fallen in the last year, and are you worried about
falling? People who say yes, and who wear multifocals, are offered advice about taking care on steps and
kerbs and the option of a pair of single-vision distance glasses for walking outside, and can be referred
straight to the falls service. The falls service and the PCN frailty team can in turn refer people
directly to any participating optometrist for a sight test with a falls focus, rather than writing a
general 'see your optician'.
"""),
        ("evidence", "2. What evidence is there that care is safer?", """
Twenty-three of the 31 optical practices in Kessingham took part between May 2023 and April 2024. They
asked the falls questions at 6,420 sight tests and referred 287 people to the falls service. The falls
service and PCN referred 164 people to optometrists. In total, 412 people were given single-vision
walking glasses, most of them through the NHS voucher scheme.

An audit of 60 falls service case notes in March 2024 found that vision and glasses had been recorded in
52 of them.

We have not yet been able to look at whether people who were given walking glasses fell less. The falls
service is planning to follow up everyone it received from optometrists at twelve months, and we hope
to report on this next year.
"""),
        ("stakeholders", "3. How were patients, carers and staff involved?", """
<<S:Optometrists and dispensing opticians from eight practices met the falls service physiotherapists to
agree the two questions, and asked for them to be added to the sight test record template rather than
a separate form, which the LOC arranged with the software supplier.>> <<S:Dispensing opticians told us
that many people did not understand why they needed a second pair of glasses, so they and the falls
service wrote a short script to explain it at the point of dispensing.>> <<S:Falls service staff asked
for a list of practices that do home visits, so that housebound people could also be referred, and this
is now on the referral form.>> <<S:The PCN's frailty practitioners tested the referral route with two
practices for a month before it went live across the area.>>

Every patient who is given walking glasses receives a small advice card. Patients were given a short
questionnaire after collecting their glasses, and most said the advice was clear, so the card has not
been changed. We plan to ask the PCN's patient group for their views on the card in 2025.
"""),
        ("value", "4. What is the value of the work?", """
Asking the questions takes about a minute during a sight test. Most walking glasses are covered by NHS
vouchers for people who are eligible, and the LOC has agreed a low-cost range for those who are not.
Preventing even a small number of falls on steps and kerbs, which often cause wrist and hip fractures,
would save far more than the cost. Optometrists have told us they feel part of the wider care of their
older patients.
"""),
        ("spread", "5. How has the work been spread?", """
The neighbouring LOC has adopted the two questions and the referral form, and the integrated care board
is considering including them in the local enhanced eye care services across the county. We presented the
work at a national optometry conference in 2024.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)

# ---------------------------------------------------------------------------
# I687  continence and night-time falls in people who have home care - pdf -
#       bullet lists - PRIVATE home care company is the primary entrant, with
#       the community trust bladder and bowel service and the council as
#       partners (ineligible) - registered manager, direct - clients and
#       families involved - no staff involvement (care workers trained, told,
#       a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I687", format="pdf", layout="bullet_lists", topic="continence_night_falls_home_care",
    project="independent43-safernights-687", pdf_font="LiberationSerif", pdf_align="L",
    title="Safer Nights at Home: continence support to prevent night-time falls for people receiving home care",
    cover=[
        "Primary entrant: Lantern Home Care Services Ltd",
        "Partners: Penbury Community Healthcare NHS Trust (Bladder and Bowel Service) and Penbury Borough Council (Adult Social Care)",
        "Contact: Registered Manager, Lantern Home Care Services Ltd, Penbury branch",
    ],
    primary_entrant=dict(name="Lantern Home Care Services Ltd", type="private"),
    partners=[
        dict(name="Penbury Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Penbury Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "The problem", """
We provide around 5,200 hours of home care a week to about 430 people in Penbury, most of them over 80 and
many living with dementia. When we looked at the falls our clients had in 2022, we found:

- 118 falls were reported to us, and over half happened between 10pm and 7am

- most of those night-time falls were on the way to or from the toilet, often in a hurry

- many clients were getting up three, four or five times a night to pass urine, and some were wet and slipping on the floor

- nobody had ever assessed their bladder problems; they had been given pads by the GP practice, or bought their own, and that was it

- several were taking water tablets in the late afternoon, which were never reviewed

- our care workers put clients to bed at 7pm or 8pm with a drink and did not see them again until morning

What Safer Nights does, since February 2023:

- every client who has had a fall at night, or who gets up more than twice a night, is referred to the bladder and bowel service for an assessment at home

- the assessment looks at the cause (for example an overactive bladder, constipation, an infection, or the timing of medicines) and the service advises the GP on treatment

- bedtime calls are moved later where possible, and include a toilet visit, a check that the route to the toilet is clear and lit, and a commode or bottle by the bed if the person wants one

- the council agreed to fund later bedtime calls and night-time checks where the assessment shows they are needed
"""),
        ("evidence", "Results", """
- 164 clients have been assessed by the bladder and bowel service

- <<Q:falls between 10pm and 7am among our clients fell from 64 in 2022 to 29 in 2024>>

- <<Q:clients admitted to hospital after a fall at night went down from 17 to 7 over the same period>>

- <<Q:among clients assessed, the average number of times they got up in the night went down from 3.6 to 1.9>>

- 58 clients had a water tablet moved to the morning by their GP after the assessment
"""),
        ("stakeholders", "Involvement", """
- <<P:we held two coffee mornings for clients and their families before we started, and clients told us they did not want a care worker coming in during the night to wake them, so we offered bedside commodes and later bedtime calls instead of night visits>>

- <<P:several women clients said they were too embarrassed to talk about bladder problems with a young care worker, so the bladder and bowel nurses now ask the questions at the assessment rather than our staff>>

- <<P:a husband who cares for his wife at night asked for a simple chart to record how often she got up, and the one he designed with us is now given to every family>>

- all 210 of our care workers were trained by the bladder and bowel service in continence care and safe night-time routines

- care workers were told about the new referral route in team meetings and by text

- we surveyed our staff after a year and they were positive, so we did not change the process

- we would like our care workers to help review the bedtime call checklist next year
"""),
        ("value", "Value", """
- the bladder and bowel service assessments are part of its existing NHS service

- later bedtime calls cost the council about the same as earlier ones; night-time checks are only used for a small number of clients

- fewer falls means fewer ambulance call-outs and hospital stays, and fewer clients moving into care homes

- clients tell us they sleep better
"""),
        ("spread", "Spread", """
- the council has written night-time continence checks into its new home care contract, so all home care providers in Penbury will do the same

- we have started the same approach in our branch in the neighbouring county
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)

# ---------------------------------------------------------------------------
# I688  worn-out walking aids - docx - style headings - teams of one
#       community trust (therapy, equipment service, district nursing), no
#       partner (ineligible) - equipment service manager, matter-of-fact -
#       staff involved - no patient involvement (patients given a leaflet,
#       told, a plan) - no quantitative evidence (checks, ferrules replaced,
#       aids condemned, one audit figure)
# ---------------------------------------------------------------------------
entry(
    id="I688", format="docx", layout="style_headings", topic="walking_aid_checks_ferrules",
    project="independent43-bestfoot-688", docx_font="Calibri",
    title="Best Foot Forward: checking walking frames and sticks before they cause a fall",
    cover=[
        "Glenmoor Community Healthcare NHS Trust",
        "A joint project of the Community Therapy Service, the Community Equipment Service and District Nursing",
        "Lead: Community Equipment Service Manager",
    ],
    primary_entrant=dict(name="Glenmoor Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Walking frames, sticks and crutches are among the most common pieces of equipment we issue. Our equipment
service has around 21,000 walking aids on loan in people's homes at any time, many of them issued years
ago. Nobody checks them once they leave the store. The rubber feet (ferrules) wear down, split or come off,
leaving a smooth metal end that slips on hard floors. Wheels on frames seize up. Height adjustment pins
work loose, and frames are passed on from one family member to another and end up set at the wrong
height for the person using them.

In 2022 our incident reporting system recorded eleven falls where a worn or faulty walking aid was found
to be a factor. In one case, an 88-year-old woman broke her hip after the foot of her walking stick
slipped on her kitchen floor. The district nurse who visited her afterwards found that the ferrule had
worn through to the metal. The stick had been issued by the trust six years earlier and had never been
checked.

Best Foot Forward started in 2023 across three of the trust's services. District nurses, community
therapists and rapid response staff now do a thirty-second check of any walking aid they see on a home
visit, using a simple four-point checklist printed on a card: feet, frame, height and handles. They carry
spare ferrules in standard sizes and fit them on the spot. Anything more than that is reported to the
equipment service through a new 'walking aid fault' option on the electronic record, and the equipment
service replaces or repairs it within five working days.
"""),
        ("evidence", "Results", """
From April 2023 to March 2024, staff recorded 7,840 walking aid checks. They fitted 2,310 new ferrules on
the spot and reported 618 faults to the equipment service, which replaced 402 walking aids and repaired
the rest.

In a spot audit of 150 walking aids on one district nursing caseload in February 2024, 139 were in good
condition.

We have not yet compared falls involving walking aids before and after the project, as the incident
reporting categories were changed during the year.
"""),
        ("stakeholders", "Engagement", """
<<S:District nurses and community therapists tested the first version of the checklist for a month, and
told us it took too long, so it was cut from ten points to four.>> <<S:Rapid response staff suggested
carrying spare ferrules in their cars, after finding that most faults they saw were worn feet that could
be fixed straight away.>> <<S:Equipment service technicians chose the standard ferrule sizes, based on
the aids they issue most, so that four sizes cover almost all of them.>> <<S:Our information team worked
with the district nurses to add the fault option to the electronic record, and changed its wording after
the nurses said the first version was being confused with equipment collection requests.>>

Patients whose walking aid is checked are given a leaflet explaining how to look after it and how to
report a problem. We would like to involve patients in improving the leaflet in future.
"""),
        ("value", "Value", """
A ferrule costs less than £2, and a new walking stick or frame between £10 and £45. The checks are done
on visits our staff are already making. The cost of a single hip fracture is many times the cost of the
whole project. Staff have told us it is one of the easiest safety checks they do.
"""),
        ("spread", "Spread", """
The checklist is now part of the trust's standard home visit record for all community services. We have
shared it with the council's reablement service, which is considering it.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
