"""One-hundred-and-fourteenth independent evaluation set (I1809..I1824) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were read
(with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or any
earlier gold output.  All organisations, places and people are fictional.  The entries are
meant to be ordinary: the kind of thing acute, community and mental health trusts, fire and
ambulance services, councils' housing and adaptations teams, housing associations,
charities, a university, an integrated care board, a primary care network and (in the
ineligible cases) private companies or a single trust send in, in their own voices and at
their own length.  The theme of this set is homes and the places people live: damp and
mould, hoarding and fire risk, carbon-monoxide-free heating, extreme heat and cold, home
adaptations and equipment, and supported and temporary housing.

Topics (lead's type and layout):
  I1809 damp and mould in the homes of children admitted with asthma (nhs_trust, acute
        children's respiratory service; pdf own_headings)
  I1810 hoarding and fire risk found on home fire safety visits (emergency_service, fire
        and rescue service; docx bold_headings with a cover table)
  I1811 replacing bottled gas and paraffin heaters with safe electric heating (PRIVATE
        heating installer as primary entrant, ineligible; pdf bullet_lists)
  I1812 lithium, clozapine and heat in mental health supported housing (nhs_trust, mental
        health trust; docx numbered_questions with cover bullets)
  I1813 boiler breakdowns in winter for clinically vulnerable people at home (icb; docx
        no_headings, long)
  I1814 people trapped upstairs when stairlifts and through-floor lifts break down
        (local_authority, home adaptations service; pdf caps_headings)
  I1815 bed rail entrapment in beds supplied for use at home (nhs_trust, community trust;
        pdf form_table with a cover table, no spread section)
  I1816 disabled people discharged from hospital into temporary accommodation they cannot
        get around (local_authority, housing options service; docx reordered sections)
  I1817 humidity sensors and early repairs of damp in social housing (university; pdf
        two_column)
  I1818 hoarding among housebound patients of district nurses (nhs_trust, departments of
        one community trust only, no partner, ineligible; docx style_headings)
  I1819 carbon monoxide from stoves and generators on liveaboard boats (charity, boaters'
        welfare charity; pdf with appendix)
  I1820 severe cold weather shelters and hypothermia in people sleeping rough
        (emergency_service, ambulance service; pdf numbered_questions)
  I1821 small home adaptations fitted quickly for people newly diagnosed with dementia
        (primary_care, primary care network; docx rubric_headings, no evidence section)
  I1822 women and children arriving at refuges without their medicines (charity, domestic
        abuse refuge charity; docx bullet_lists)
  I1823 overheating bedrooms in nursing homes during heatwaves (PRIVATE care home group as
        primary entrant, ineligible; pdf via soffice, style headings)
  I1824 damp and mould in the homes of people with weakened immune systems (nhs_trust,
        acute haematology service; docx form_table, short)

Build it with

    .venv/bin/python data/independent/build.py --set 114   (writes data/corpus/independent114/)

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
  * not Q: dates, financial years, bed/ward/home/flat/boat counts, headcounts, numbers
    trained, activity counts (visits, calls, referrals, checks, inspections, installations,
    people screened or identified), single figures with no baseline, a zero with no
    earlier figure, figures that did not change, budgets, costs and savings estimates,
    phone numbers, postcodes, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('halved', 'a third fewer', a sustained shift on an SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual names for
    the people involved, list items), wherever in the entry it is told; a volunteer or
    peer worker with lived experience, employed by a partner, who helped design the work
    is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; patients' and carers' support groups are
patient_group; hospices, housing associations, refuges and other charities are charity;
integrated care boards are icb; a university is university; heating installers, lift and
equipment contractors, care home groups and utility companies are private).  A department
or team of the entrant's own organisation is not a partner.  Flags are written by hand and
build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw



# ---------------------------------------------------------------------------
# I1809  damp and mould in homes of children with asthma - pdf - own
#        headings - paediatric respiratory nurse consultant, earnest - acute
#        trust with a housing association and the city council - parents,
#        young people and staff involved - no flags (one claim in words)
# ---------------------------------------------------------------------------
entry(
    id="I1809", format="pdf", layout="own_headings", topic="damp_mould_children_asthma_admissions",
    project="independent114-breatheeasyhome-1809", pdf_font="LiberationSans", pdf_align="L",
    title="Breathe Easy at Home: finding and fixing damp and mould in the homes of children admitted with asthma",
    cover=[
        "Lead organisation: Northfold Hospitals NHS Foundation Trust, Children's Respiratory Service",
        "Partners: Calderbrook Homes (housing association); Northfold City Council, Private Sector Housing Team",
        "Written by Gemma Achterberg, Nurse Consultant, Children's Respiratory Medicine",
    ],
    primary_entrant=dict(name="Northfold Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Calderbrook Homes", type="charity"),
        dict(name="Northfold City Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why we started", """
Our children's ward admits between 350 and 400 children a year with an asthma attack or a wheezy
episode bad enough to need oxygen or nebulisers. For a long time we treated the attack, checked the
inhaler technique, gave the family a written asthma plan and sent them home. Then, quite often, we saw
the same child again a few weeks later.

When our asthma nurses began visiting families at home after discharge, they kept coming back with the
same story. Black mould behind the wardrobe. Condensation running down the bedroom window every morning.
Clothes drying on radiators because the family could not afford to run a tumble dryer. A bathroom fan
that had not worked for two years. Parents had often reported the problem to their landlord, sometimes
many times, and were told to open the windows and wipe the walls with bleach.

Mould and damp are well known triggers for asthma, and the death of a small child from a respiratory
condition linked to mould in his home, and the coroner's findings that followed, made it impossible for
any of us to carry on saying it was somebody else's job. But we were a hospital team. We had no way of
getting a landlord to fix anything, and we often did not even know whether the home was council,
housing association or privately rented, or who to ring.

The housing side had the opposite problem. Calderbrook Homes, the largest social landlord in the city,
logs thousands of damp reports a year and had no way of knowing which ones came from a home where a
child had just been on oxygen. The council's private sector housing team has legal powers to make
private landlords act, but it only heard about a home if the tenant came forward, and many families
renting privately were afraid that complaining would lead to an eviction notice.

We wanted a route that started on the ward, with the child in front of us, and ended with a dry home.
"""),
        ("evidence", "What difference it has made", """
Since February 2023 every child admitted with asthma or wheeze is asked one extra question on the ward:
'Is there damp, mould or condensation anywhere in your home?' If the answer is yes, and the family
agrees, the asthma nurse completes a short referral with photographs, which goes the same day to
Calderbrook's damp and mould team or to the council, depending on who owns the home. Both have agreed to
inspect within ten working days and to treat a home with a child on our list as a priority case.

In the first 18 months, 212 families said yes and 198 homes were inspected. Of these, 121 were rented
from Calderbrook, 58 were privately rented and 19 were owned by other social landlords, who were passed
the referral.

We followed up the 143 children whose homes had been fully repaired at least six months earlier.
<<Q:Readmissions with asthma within six months of discharge fell from 31% of these children in the year
before their home was repaired to 12% in the year after.>> <<Q:Their emergency department attendances
for wheeze halved over the same period.>> <<Q:The proportion of them needing a course of oral steroids
from their GP in the following six months went down from 58% to 34%.>>

<<Q:The average time from a damp report to completed repairs for these homes came down from 94 days
before the partnership to 27 days now.>> In the privately rented homes, the council served 11
improvement notices, and no family we referred has told us they were asked to leave.
"""),
        ("stakeholders", "Who made it happen", """
<<P:Before we started, we asked parents on the ward what would stop them saying yes to a referral, and
they told us two things: they were ashamed of the mould, because they had been told it was their fault,
and they were scared of their landlord.>> <<P:Because of that, the wording of the ward question was
rewritten with a group of six parents so that it says clearly the damp is a problem with the building,
not with how the family lives.>> <<P:Three teenagers from our young people's asthma group made a short
film for the ward tablets about what happens after a referral, which they scripted and presented
themselves.>>

<<S:Calderbrook's damp surveyors spent a day on the ward with our nurses, and together they designed the
photo guide that shows nurses which pictures a surveyor actually needs.>> <<S:The council's environmental
health officers asked for the referral to include the landlord's name where known, and our ward clerks
suggested taking it from the housing benefit letter many families bring in, which is now on the
form.>> <<S:Our ward nurses piloted the question on night shifts and pointed out that asking it at
2am with a distressed parent did not work, so it is now asked on the morning ward round.>>
"""),
        ("value", "Is it worth it?", """
The extra nursing time is about 40 minutes per referral, and both housing partners absorbed the
inspections within existing teams by reorganising their priority lists. The repairs themselves come out
of the landlords' maintenance budgets, which they would have had to spend eventually. Each avoided
children's admission saves the NHS roughly £1,800, and far more importantly saves a child a frightening
night on oxygen and a missed week of school.

Parents tell us this is the first time they felt someone was on their side. Surveyors tell us they now
understand why a damp report from a family with an asthmatic child cannot wait in the normal queue.
"""),
        ("spread", "Sharing what we learnt", """
The two housing teams now accept referrals from the community children's nurses and from the four GP
practices with the most children on asthma registers. We have presented the work at the regional
children's asthma network and shared the referral form and photo guide with three other hospitals, one
of which has started its own version with its council. Calderbrook has changed its damp and mould
policy so that any report that mentions a child with a breathing problem is automatically treated as
urgent, whoever makes it.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1810  hoarding and fire risk on home fire safety visits - docx - bold
#        headings with a cover table - fire service station manager, brisk -
#        fire service with a mental health trust and a borough council -
#        staff involved - NO patient involvement (householders sent letters,
#        surveyed with nothing changed, a plan for a lived experience panel,
#        a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1810", format="docx", layout="bold_headings", topic="hoarding_fire_risk_home_safety_visits",
    project="independent114-clearway-1810", docx_font="Arial",
    title="Clear Way Out: working together on hoarding and fire risk",
    cover_table=[
        ("Entry title", "Clear Way Out: working together on hoarding and fire risk"),
        ("Lead organisation", "Ravensmoor Fire and Rescue Service"),
        ("Partner organisations", "Eastmarch Partnership NHS Foundation Trust (community mental health teams); Ravensmoor Borough Council (Environmental Health and Adult Social Care)"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Station Manager, Prevention and Protection"),
    ],
    primary_entrant=dict(name="Ravensmoor Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Eastmarch Partnership NHS Foundation Trust", type="nhs_trust"),
        dict(name="Ravensmoor Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Background", """
Fires in homes where a lot of belongings have built up are some of the most dangerous our crews attend.
They start easily, spread fast and are hard to fight. Escape routes are blocked, doors will not open,
and floors may be weakened by the weight of what is stored on them. The person living there is often
older, often lives alone and may have a health problem that makes it hard to get out quickly.

Between 2018 and 2021 Ravensmoor had nine fire deaths in the home. In five of them, our investigators
recorded hoarding as a factor. In two of those cases the person had been known to adult social care, and
in one the person had been seen by a community psychiatric nurse in the month before the fire. Nobody
had told us.

Our crews and home safety advisers were also finding homes like this on routine visits, but they had
nowhere to send their concerns apart from a general safeguarding referral, which was often closed
because the person had capacity and did not want help. Environmental health would act if there was a
risk to neighbours, such as vermin. Mental health services saw hoarding as a condition to be treated but
did not always know about the fire risk, and rarely had the time to visit often enough to build trust.

Clear Way Out was set up in 2022 to bring these three views together into one plan for each household.
Any of the three partners can refer a home to a fortnightly panel, which agrees a named lead worker, a
fire safety plan and a realistic timetable. The fire safety plan comes first: working smoke alarms in
every room, a clear route from the bedroom to the front door, no items stacked near the cooker or
heaters, and a fire-retardant bedding pack where the person smokes. Clearing the rest of the home comes
later, at the person's pace, and never as a forced clearance unless the risk to life is immediate.

The panel meets every other Tuesday at the fire station in Ravensmoor town centre, with a video link
for colleagues in the outlying areas. Each case has a single page summary, written in plain language,
that travels with the household: who the lead worker is, what the fire safety plan says, when the next
visit is due and what would make the panel meet sooner, such as a new heater, a fall, a hospital
admission or a complaint from neighbours about smells or smoke. Cases are closed only when the escape
route has stayed clear for three months and the person has a working smoke alarm in every room where
they sleep, cook or smoke.
"""),
        ("evidence", "Results", """
From April 2022 to March 2024, 186 households were referred to the panel. Crews and advisers made 611
follow-up visits, and 1,420 smoke alarms were fitted or replaced.

<<Q:The proportion of referred homes with a clear escape route from the bedroom to the front door rose
from 22% at the first visit to 81% at the six-month review.>> <<Q:Accidental dwelling fires in homes
known to the panel fell from 14 in the two years before the partnership to 4 in the two years
since.>> <<Q:There have been no fire deaths in a hoarded home since the panel started, compared with five
in the four years before.>>

<<Q:The average time from a crew raising a concern to a joint visit has dropped from 47 days, when it
went through the general safeguarding route, to 9 days.>>
"""),
        ("stakeholders", "Partners and involvement", """
<<S:The risk tool that the panel uses was built by a working group of watch managers, community
psychiatric nurses and environmental health officers, who tested it on twenty real cases before it was
adopted.>> <<S:Firefighters told the group that the clutter rating scale used in mental health did not
tell them what they needed to know, which is whether they could get in and get someone out, so a
separate 'access and escape' score was added.>> <<S:Adult social care social workers asked for a
standing slot at the panel for cases where the person may lack capacity, and that slot was
created.>>

Householders were sent a letter before their first joint visit explaining who would come and why. We
surveyed 60 householders after six months; most said the visits were helpful and we kept the approach
as it was. The panel's terms of reference were not written with people who hoard, which we recognise
as a gap. We plan to set up a lived experience reference group with a local hoarding support charity in
2025.
"""),
        ("value", "Value", """
A serious house fire costs emergency services, the NHS and the council many tens of thousands of pounds,
before counting the human cost. Each panel case costs, on average, less than a day of staff time across
all three organisations. Fire-retardant bedding packs cost £65 each. The partnership has been run
without extra funding.

Crews now feel they have somewhere to take a worry. Mental health nurses say that arriving with a
firefighter, who talks about smoke alarms rather than 'your things', often opens the door.
"""),
        ("spread", "Spread", """
The panel model and risk tool have been shared with the four other fire and rescue services in the
region, two of which have adopted the access and escape score. The mental health trust has added a fire
safety question to its community care plan template across all its localities, not just Ravensmoor.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1811  replacing bottled gas and paraffin heaters - pdf - bullet lists -
#        PRIVATE heating installer as primary entrant with a district council,
#        a fire service and an energy advice charity (ineligible) - operations
#        director, upbeat - residents and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1811", format="pdf", layout="bullet_lists", topic="portable_gas_paraffin_heaters_replacement",
    project="independent114-safewarmth-1811", pdf_font="DejaVuSans", pdf_align="L",
    title="Safe Warmth: swapping portable gas and paraffin heaters for safe electric heating",
    cover=[
        "Entrant: Hearthway Heating Solutions Ltd",
        "Working with: Drennan Moor District Council (Housing Standards); Tarnside Fire and Rescue Service; Warm Valleys Energy Advice (charity)",
        "Submitted by our Operations Director",
    ],
    primary_entrant=dict(name="Hearthway Heating Solutions Ltd", type="private"),
    partners=[
        dict(name="Drennan Moor District Council", type="local_authority"),
        dict(name="Tarnside Fire and Rescue Service", type="emergency_service"),
        dict(name="Warm Valleys Energy Advice", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
Drennan Moor is a rural district where a third of homes are not on the gas grid. Many older residents
heat one room with a portable bottled gas cabinet heater or a paraffin heater, because oil is expensive
and storage heaters are old or broken.

What the partners were seeing before 2022:

- carbon monoxide poisoning from cabinet heaters that had not been serviced, or were used in small rooms with windows sealed against draughts

- burns and house fires when heaters were knocked over, placed near curtains or used to dry clothes

- people with chest and heart conditions sitting in a cold house to save fuel, and keeping the heater in the bedroom at night

- gas bottles stored indoors, sometimes three or four at a time

- two deaths in the district in 2021, one from carbon monoxide and one in a fire started by a paraffin heater

Nobody had a list of who used these heaters. Fire crews found them on home safety visits, council housing officers found them on inspections and the energy charity heard about them on its advice line, but there was no way to get a heater removed and something safe put in its place.

What Safe Warmth does, since September 2022:

- any partner can refer a household using a portable gas or paraffin heater

- Warm Valleys checks eligibility for grants and energy support on the same call

- we survey the home within ten days and install modern electric panel or storage heating, with a carbon monoxide alarm left in place until the old heater and bottles are collected

- the fire service fits smoke alarms and checks the home for other risks on the same visit

- households where someone uses home oxygen, has a heart or lung condition or is over 80 are seen first

- a follow-up call after the first cold month checks that the person is using the new heating and can afford to run it

- if the household is in debt to an energy supplier, the charity's advisers take on the case and negotiate on the person's behalf

- tenants of private landlords are referred to the council's housing standards team, which can require a landlord to provide fixed heating

Why it needed a partnership:

- we install heating, but we could not find the households or help with bills

- the fire service finds the households but cannot install anything

- the council holds the grants and the legal powers but rarely visits homes before something goes wrong

- the charity knows who is struggling with fuel costs but had nothing to offer beyond advice
"""),
        ("evidence", "What has changed", """
- 734 homes referred and 688 heating installations completed to March 2024

- 1,012 portable heaters and 1,460 gas bottles taken away

- <<Q:carbon monoxide incidents attended by the fire service in the district fell from 23 in 2021 to 6 in 2023>>

- <<Q:fires where a portable heater was the cause went down from 17 in 2021 to 5 in 2023>>

- <<Q:the share of surveyed households who said they kept their living room above 18C on a cold day rose from 29% before installation to 74% after>>

- no deaths from heater fires or carbon monoxide in the district in 2023
"""),
        ("stakeholders", "Who was involved", """
- <<P:a residents' group in the village of Brackwater tried out three types of electric heater in their own homes for a winter and told us which controls they could use with arthritis and poor eyesight>>

- <<P:residents asked for the old heater to be taken away on the day of installation, not weeks later, because otherwise they kept using it as a back-up, and we changed our process to do that>>

- <<S:fire service home safety advisers helped write the referral questions and insisted that gas bottle storage be checked on every visit>>

- <<S:our installers suggested leaving a carbon monoxide alarm in place even after the heater is gone, because many homes also have old open fires, and this is now standard>>

- <<S:advisers on the Warm Valleys helpline told us that people would not give their income over the phone to a heating company, so eligibility checks are now done by the charity before we call>>
"""),
        ("value", "Value for money", """
- an average installation costs £2,950, paid for mostly from the council's share of national energy efficiency grants

- the fire service estimates each house fire avoided saves more than £40,000 in emergency response, health care and repairs

- running costs for residents are lower on most tariffs once energy support is added
"""),
        ("spread", "Spread", """
- two neighbouring councils are now referring households to the same scheme

- the fire service has added a question about portable heaters to every home safety visit across its area

- we have shared the referral form with the regional off-gas-grid network
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
    ],
)


# ---------------------------------------------------------------------------
# I1812  lithium, clozapine and heat in supported housing - docx - numbered
#        questions with cover bullets - mental health trust pharmacist,
#        careful - mental health trust with a housing charity and a university
#        - residents and staff involved - NO quantitative evidence (counts,
#        people trained, a single figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1812", format="docx", layout="numbered_questions", topic="heatwave_lithium_clozapine_supported_housing",
    project="independent114-coolheads-1812", docx_font="Calibri",
    title="Cool Heads: keeping people on lithium and clozapine safe in hot weather in supported housing",
    cover=[
        "Lead organisation: Westerleigh and Fenn Mental Health NHS Foundation Trust",
        "Entry prepared by the Lead Pharmacist, Community Mental Health",
    ],
    cover_bullets=[
        "Partner: Meadowgate Housing Trust (registered charity providing supported housing)",
        "Partner: University of Fennbridge, School of Pharmacy",
    ],
    primary_entrant=dict(name="Westerleigh and Fenn Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Meadowgate Housing Trust", type="charity"),
        dict(name="University of Fennbridge", type="university"),
    ],
    sections=[
        ("context", "1. What problem did the partnership set out to address?", """
Many of the people who live in mental health supported housing take medicines that make hot weather
dangerous. Lithium levels rise when people sweat and drink too little, and lithium toxicity can cause
confusion, tremor, kidney damage and, at worst, seizures and death. Clozapine and other antipsychotics
affect the body's ability to control its temperature. Several common medicines also make people more
sensitive to sunburn.

Meadowgate Housing Trust runs 14 supported housing schemes in our area, with around 230 residents, many
of whom are under our community teams. Most of the buildings are converted Victorian houses or 1970s
blocks with small windows and rooms that stay hot long after the sun goes down. Support workers are not
clinically trained and, until recently, had no guidance on heat other than a general poster.

In the July 2022 heatwave, a resident of one of the schemes was admitted to hospital with a lithium
level more than twice the upper limit after several days in a top-floor room where the temperature was
later measured at 33 degrees. He had been sick twice and had stopped drinking because he felt nauseous.
Staff had noticed that he seemed 'a bit off' but did not know that this could be linked to his
medicine or to the heat. Our own team only learned of the admission when the hospital contacted us.

The partnership began when Meadowgate's operations manager and our community pharmacy team met to
review that admission. It was clear that the information existed in different places: we knew which
residents were on lithium and clozapine, the housing trust knew which rooms got hottest and who was
struggling to look after themselves, and the university's school of pharmacy had students who needed
practical projects. None of it was joined up. We agreed that by the following summer every resident on
a high-risk medicine should have a plan, that support workers should know what to look for and who to
call, and that the hottest rooms should be identified before the heat arrived rather than after.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since May 2023 every resident on lithium, clozapine or another high-risk medicine has a one-page hot
weather plan, written with their care coordinator and kept in their support file. When the national
heat-health alert reaches amber, the trust pharmacy team sends an email to every scheme manager, and
support workers check in twice a day with each resident on the list, offer fluids, check their room
temperature and use a short checklist of warning signs.

By the end of summer 2024:

214 residents had a hot weather plan in place.

96 support workers and 41 care coordinators had completed the heat and medicines e-learning module.

Every scheme had been given room thermometers and at least two fans for shared areas.

During the amber alert in June 2024, support workers made 1,180 recorded welfare checks and raised 17
concerns with the community teams, of which four led to an urgent lithium blood test.

There was one hospital admission related to heat among residents in summer 2024. Our aim is that no
resident on these medicines is admitted because of the heat.
"""),
        ("spread", "3. How has the work been shared or spread?", """
The hot weather plan template and the checklist have been adopted by two other supported housing
providers that work with our community teams. The university has included the work in its teaching for
pharmacy students on placement, and we presented it at a national mental health pharmacy conference in
2024. The local authority has asked to use the checklist in its own extra care housing schemes.
"""),
        ("value", "4. What has been the impact on patients and staff, and the value for money?", """
The cost was modest: around £3,500 for thermometers and fans and some pharmacist time to write the
materials. A single admission for lithium toxicity can mean several days in hospital, sometimes in
intensive care, and long-term kidney damage.

Support workers say they feel more confident and less worried about 'doing medical things'. Residents
say the plan has made them think about the heat for the first time.
"""),
        ("stakeholders", "5. Who was involved and how were patients and staff involved?", """
<<P:Residents at three schemes spent an afternoon with us going through a draft plan and told us it was
far too long and full of words they did not use, so the plan was cut to one page and the warning signs
are now written the way they described them, such as 'shaky hands' and 'feeling like I've got the
flu'.>> <<P:One resident, who has taken lithium for twenty years, suggested the water jug sticker that
is now in every kitchen, reminding people to fill their bottle before they go to their room.>>

<<S:Meadowgate support workers told us they would never remember a list of medicines, so the trust
pharmacy team now sends each scheme a named list of residents to check rather than general
advice.>> <<S:Care coordinators tested the plan template with their own caseloads during a warm spell
in September 2023 and asked for space to record the resident's usual fluid intake, which was
added.>> <<S:Pharmacy students from the university, supervised by their lecturer, audited room
temperatures in every scheme and showed that top-floor rooms were often four or five degrees hotter,
which led Meadowgate to move fans and blinds there first.>>
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1813  boiler breakdowns in winter for clinically vulnerable people -
#        docx - no headings, long - ICB head of population health, reflective
#        - ICB with a county council, a home improvement agency and a gas
#        network company - citizens' panel (by pronoun) and staff involved -
#        no flags (one claim in words)
# ---------------------------------------------------------------------------
entry(
    id="I1813", format="docx", layout="no_headings", topic="winter_boiler_breakdown_vulnerable_people",
    project="independent114-nocoldnights-1813", docx_font="Georgia",
    title="No Cold Nights: getting heating back on fast for people whose health cannot wait",
    cover=[
        "NHS Tollingham and Wyre Integrated Care Board, with Tollingham County Council, Hearth and Home Improvement Agency and Northern Valleys Gas Networks",
        "Entry by the Head of Population Health and Inequalities, NHS Tollingham and Wyre ICB",
    ],
    primary_entrant=dict(name="NHS Tollingham and Wyre Integrated Care Board", type="icb"),
    partners=[
        dict(name="Tollingham County Council", type="local_authority"),
        dict(name="Hearth and Home Improvement Agency", type="charity"),
        dict(name="Northern Valleys Gas Networks", type="private"),
    ],
    sections=[
        ("context", None, """
When a boiler breaks down in January, most of us are cold and irritated for a day or two until an
engineer comes. For someone with severe lung disease, heart failure, sickle cell disease or a frail body
that cannot hold its temperature, a few days without heating can be the start of a chain that ends in
hospital. Cold air tightens the airways and thickens the blood. People stay in bed to keep warm and stop
moving. Some plug in an old electric fire that trips the wiring, or light the gas oven and leave the door
open, which brings its own carbon monoxide risk.

We learned how often this happens almost by accident. In the winter of 2021 to 2022 our community
respiratory nurses started writing down, at every visit, whether the home was warm. They kept finding
people whose boilers had failed and who were waiting for a repair they could not afford, or for a
landlord who was not answering the phone, or for an engineer who had a two-week waiting list. Over one
winter the nurses recorded 63 such homes on their own caseloads alone. Eleven of those patients were
admitted to hospital during the cold spell, several with exacerbations of chronic obstructive pulmonary
disease and two with pneumonia. One, a man in his sixties with heart failure who had been without heating
for nine days, died in hospital.

None of the organisations around him had done anything wrong on its own terms. The nurses visited. The
council had a grant scheme for boiler replacement, but it took six to eight weeks from application to
installation. The gas network company, which is responsible for the pipes rather than the appliances, had
a priority services register and could send an engineer to make a leak safe, but it could not repair a
boiler. The home improvement agency could fix small things quickly but had no budget for heating. Each
organisation owned a piece of the solution and nobody owned the whole.
"""),
        ("stakeholders", None, """
So in the summer of 2022 we brought the four organisations together with the question: what would it
take to get heat back into the home of a clinically vulnerable person within 24 hours, and a permanent
repair within a week? We were also determined not to design another scheme that looked good on paper but
that the people it was meant for would never use. <<P:Six members of the ICB's People's Panel who live
with long-term lung or heart conditions agreed to work through the first drafts with us; they told us
that the word 'vulnerable' put them off, that they would never ring a number printed on an NHS leaflet
about boilers, and that what they wanted was one person to ring who would sort everything.>> <<P:They
also pointed out that many people are embarrassed to admit they cannot afford a repair, so the referral
form we now use never asks about money, only about health and heat.>>

<<S:The community respiratory nurses, district nurses and heart failure nurses who would make most of the
referrals worked through several versions of the referral with us and chose the shortest, which asks
three questions and can be done on a phone in the patient's kitchen.>> <<S:Engineers from the home
improvement agency suggested that they carry a stock of oil-filled radiators and fan heaters in their vans
so that temporary heat could be left on the first visit, which is now the heart of the scheme.>>
<<S:The gas network company's customer safety team asked to be told about every referral where the
person had been using a gas cooker for warmth, so their engineers could check for carbon monoxide on the
same day, and this became part of the pathway.>> Council officers agreed to a fast-track route for the
boiler grant when the referral comes from a clinician.
"""),
        ("evidence", None, """
The pathway that came out of this is simple. A nurse, GP, paramedic or social worker who finds a person
with a qualifying health condition and no working heating calls or emails one number, staffed by the
home improvement agency. Within 24 hours an engineer visits, leaves temporary heaters and a carbon
monoxide alarm, and assesses the boiler. If it can be repaired, it is repaired. If it needs replacing, the
council's fast-track grant is approved within three working days and installation follows. For tenants,
the agency contacts the landlord and, if they do not act, passes the case to the council's housing
standards team. The ICB pays for the temporary heaters, the running costs of the heaters for the first
fortnight and the agency's coordinator post.

In the two winters since it began, 517 households have been referred, and in 489 of them temporary heat
was in place within 24 hours. The median time to a permanent repair or replacement has been six days.

We compared emergency admissions among the people referred with their own admissions over the same
months of the previous winter. <<Q:There were a third fewer emergency admissions for respiratory or
cardiac conditions during the winter they were referred than in the winter before.>> We know this is not
a controlled comparison and that other things change from one winter to the next, so we also looked at a
matched group of patients on the same nurses' caseloads who had working heating throughout. Their
admissions were almost unchanged between the two winters, which gives us some confidence that the
difference is real. <<Q:Carbon monoxide alarms left by the engineers went off in 14 homes in the first
winter and in 3 in the second, after the gas network's checks of homes where people had been using
their cookers for warmth became routine.>>
"""),
        ("value", None, """
The total cost to the ICB has been a little under £190,000 over two winters, including the coordinator,
heaters, running costs and a small fund for repairs where there was no grant or landlord to pay. The
average cost of an emergency admission for an exacerbation of lung disease in our area is around £3,200,
and many of these patients stay for a week or more. We do not want to overclaim savings, but on any
reasonable estimate the scheme pays for itself within a single winter.

The value that is harder to put a number on is in the calls the coordinator takes. A woman with pulmonary
fibrosis who had been sleeping in her coat. A father caring for a child with a neuromuscular condition
whose landlord had not replied in three weeks. A man who had been lighting his oven every evening for a
month. Nurses tell us that they now feel they can do something about a cold house rather than just
record it, and engineers say it is the most rewarding work they do.
"""),
        ("spread", None, """
The scheme now takes referrals from the ambulance service's falls team and from hospital discharge
teams, so that nobody is sent home to a house without heating. The neighbouring ICB has asked for our
referral form and service specification and plans to start its own version next winter. We have written
up the pathway for the national network of home improvement agencies, and the gas network company has
offered the same carbon monoxide checks to two other areas where it operates. The most important lesson,
we think, is that the boiler was never the hard part. The hard part was agreeing that one organisation
would answer the phone and take responsibility for the whole problem, and that the others would trust it
to do so.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1814  people stuck upstairs when stairlifts and through-floor lifts fail
#        - pdf - CAPS headings - council adaptations manager, matter-of-fact
#        - council with a lift contractor, ambulance service and community
#        trust - lift users involved - NO staff involvement (engineers
#        trained, call handlers briefed, a named lead doing her job, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1814", format="pdf", layout="caps_headings", topic="stairlift_breakdown_stranded_upstairs",
    project="independent114-notstuck-1814", pdf_font="LiberationSans", pdf_align="J",
    title="Not Stuck: responding fast when home lifts break down",
    cover=[
        "Kingsmere District Council, Home Adaptations Service (lead)",
        "Partners: Liftwell Access Ltd; Southmoor Ambulance Service NHS Trust; Kingsmere and Dene Community Health NHS Trust",
    ],
    primary_entrant=dict(name="Kingsmere District Council", type="local_authority"),
    partners=[
        dict(name="Liftwell Access Ltd", type="private"),
        dict(name="Southmoor Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Kingsmere and Dene Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "THE PROBLEM AND WHAT WE DID", """
Through Disabled Facilities Grants, the council has paid for around 1,900 stairlifts and 160
through-floor lifts in people's homes over the last ten years. For the person who uses one, the lift is
the only way between their bed and bathroom upstairs and their kitchen and front door downstairs. When it
breaks down, they are stuck on one floor, sometimes halfway up the stairs on the lift itself.

Until 2022 breakdowns were reported to whichever company had installed the lift, using the number on a
sticker that had often worn off. Repair times ranged from the same day to more than three weeks. While
they waited, people slept in armchairs, used commodes in their living rooms, tried to climb the stairs
and fell, or were carried by relatives who hurt their backs. When people rang 999 because they were
stuck, ambulance crews sometimes had to carry them down, which is risky for everyone and ties up a crew
for hours.

We reviewed a year of records.

for hours.

Many of the people affected live alone or with a partner who is also older and frail. Some had been
told by an installer that the lift was 'out of warranty' and that the council would have to approve
any repair, and then waited while the paperwork went back and forth. Others had paid for repairs
themselves that the council should have covered. Our complaints about lifts had risen every year for
five years, and the council's own review described the arrangements as confusing for residents and
unsafe for the people who depended on them most.

We reviewed a year of records. There were 412 breakdowns reported to the council in 2021. In 37 of them
the person fell while the lift was out of action, and in nine of those they were admitted to hospital.
Three people who were stuck upstairs missed dialysis or chemotherapy appointments.

In 2022 the council put all its lift servicing and repairs under one contract with Liftwell Access.
Under the Not Stuck scheme every lift has a bright yellow tag with a single freephone number that
answers 24 hours a day. A breakdown where the person is stuck, or cannot reach a toilet or their bed, is
classed as a priority and must be attended within four hours, day or night.

The same four-hour standard applies to lifts that are working but unsafe, for example a seat that
will not lock or a lift that stops between floors. The contractor's call
centre also tells the community trust's urgent community response team, which can send a nurse or
therapist with a commode, a bed or a rise-and-fall chair for the floor the person is on if the repair
will take longer. The ambulance service's control room has a flag on every address with a
council-funded lift, so a call handler who takes a 999 call from someone stuck on a lift can contact the
contractor directly rather than send a crew to carry them.
"""),
        ("evidence", "RESULTS", """
<<Q:The average time from a breakdown being reported to the lift working again fell from 5.6 days in
2021 to 19 hours in 2023.>> <<Q:Priority breakdowns attended within four hours went from 31% to 94% over
the same period.>>

<<Q:Falls recorded while a lift was out of action dropped from 37 in 2021 to 8 in 2023, and hospital
admissions after such falls from nine to one.>> <<Q:Ambulance callouts to carry a person down from a
broken lift fell from 52 in 2021 to 11 in 2023.>>

Liftwell carried out 3,600 planned services in 2023, and 188 old lifts were replaced.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:We asked members of the Kingsmere Disabled People's Forum who use lifts to test the first version of
the tag, and they told us the telephone number was too small to read from the lift seat and the
wording did not say what to do if you were stuck halfway, so the tag was redesigned with them in large
print with a picture.>> <<P:A lift user who had been stuck upstairs for eleven days in 2021 spoke to the
project group about that fortnight, and at her request the scheme now includes a phone call to the
person every evening until the repair is done.>> <<P:Carers from the forum asked that relatives be
allowed to report breakdowns on someone's behalf and get updates by text, which they now can.>>

All Liftwell engineers were trained in safeguarding and in recognising when a person needs more help
than a repair. Ambulance call handlers were briefed on the address flag when it went live. The scheme is
managed by our Adaptations Manager, Sunita Rahman, who wrote the contract specification, set up the
reporting system and chairs the monthly performance meeting. We intend to hold a workshop with
occupational therapists in the coming year about which homes should have a second, back-up way of
getting upstairs.
"""),
        ("value", "VALUE FOR MONEY", """
Putting all repairs under one contract cost slightly more per lift each year than the old arrangement,
about £48 extra. Against this, each avoided hospital admission after a fall at home costs the NHS several
thousand pounds, and each avoided ambulance callout frees a crew for three to four hours. People who use
the lifts say they feel much less anxious now that they know who to call.
"""),
        ("spread", "SHARING THE WORK", """
We have shared our contract specification and tag design with the county's other district councils,
two of which are changing their contracts at renewal. The ambulance service is adding address flags for
lifts in those districts as well. We presented the scheme at a national conference for home
improvement and adaptations services in 2024.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1815  bed rail entrapment in beds at home - pdf - form with a cover table
#        - community trust equipment lead, technical - community trust with a
#        county council equipment service and a university - families and
#        staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1815", format="pdf", layout="form_table", topic="bed_rail_entrapment_home_beds",
    project="independent114-mindthegap-1815", pdf_font="LiberationSerif", pdf_align="L",
    title="Mind the Gap: preventing bed rail entrapment in people's homes",
    cover_table=[
        ("Project title", "Mind the Gap: preventing bed rail entrapment in people's homes"),
        ("Lead organisation", "Oakhollow Community Healthcare NHS Trust"),
        ("Partner organisations", "Brackenshire County Council (Integrated Community Equipment Service); University of Oakhollow (School of Health and Life Sciences)"),
        ("Award category", "Best Partnership Solution Improving Patient Safety"),
        ("Entrant", "Clinical Lead for Moving, Handling and Equipment"),
    ],
    primary_entrant=dict(name="Oakhollow Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Brackenshire County Council", type="local_authority"),
        dict(name="University of Oakhollow", type="university"),
    ],
    sections=[
        ("context", "Describe the problem and the aims of the partnership", """
Bed rails are fitted to many beds issued to people at home, usually to stop someone rolling out of bed.
Used properly, they can be safe. But if the gap between the rail and the mattress, or between the rail
and the headboard, is too large, a person can slip into it and become trapped by the neck or chest.
This is most likely in people who are confused, restless, very thin or unable to move themselves. Deaths
from bed rail entrapment are rare but they do happen, and near misses, bruising and skin tears from rails
are common.

In our area the equipment service delivers around 2,400 beds a year, most with rails, and the beds are
often moved between homes and fitted with whatever mattress is available. Rails designed for one bed
were being put on another. Pressure-relieving air mattresses, which are deeper, were being placed on
beds with standard-height rails. Families added their own pillows or foam to fill gaps. Nobody checked
the fit after delivery, and district nurses who saw a problem did not know who to tell.

In 2021 a man with advanced dementia was found by his wife with his head trapped between the rail and
his air mattress. He survived, but the investigation found that the rail had been fitted to a bed and
mattress combination it was never designed for, and that two other professionals had visited in the
previous fortnight without noticing.

There were also gaps in what people knew. District nurses assumed the equipment service had checked
the fit. Technicians assumed the prescribing therapist had. Families assumed that anything delivered by
the NHS or the council must be safe, and nobody had ever shown them how to tell if a gap was too big. Bed
rails were also prescribed out of habit for people who did not need them, sometimes at a family's
request, without anyone weighing up whether the rail itself might be the greater risk.

Our aim was that every bed with rails in someone's home is the right combination, is checked after
delivery and whenever the mattress changes, and that anyone who sees a gap knows what to do.
"""),
        ("evidence", "What evidence is there that the work has improved safety?", """
The equipment service now supplies beds with rails only as a matched 'bed, rail and mattress' set, each
with a coloured label. Technicians measure the gaps with a simple gauge at every delivery and every
mattress change. District nurses and therapists check the label and use the same gauge at their first
visit, and report any mismatch on a single phone line, which guarantees a technician visit within 24
hours.

<<Q:In a random audit of 300 beds in people's homes, the proportion of rail, bed and mattress
combinations with a gap outside the safe limits fell from 18% in 2022 to 3% in 2024.>> <<Q:Incident
reports of entrapment or near entrapment in beds at home went down from 12 in 2021/22 to 2 in
2023/24.>> <<Q:Skin tears and bruising caused by bed rails, recorded by district nurses, fell from 47 to
19 over the same period.>>

<<Q:The number of beds where families had added their own padding to the rails went from 41 of 300 in
the first audit to 6 of 300 in the second.>>
"""),
        ("stakeholders", "How were staff, patients and the public involved?", """
<<S:Equipment technicians and district nurses redesigned the delivery checklist together in three
workshops, and the technicians insisted that the gauge had to fit in a pocket and work without reading
glasses, which is why it is a coloured plastic card with a pass and fail slot.>> <<S:Lecturers and
students from the university's physiotherapy and engineering courses measured 60 different bed, rail
and mattress combinations in their simulation flat and produced the matching table that the equipment
service now uses.>>

<<P:Family carers from a local dementia carers' group tried out the carers' leaflet and told us that
they added padding because the rails frightened their relative, so the leaflet now explains how to ask
for a rail cover that has been tested instead.>> <<P:The wife of the man who was trapped in 2021 agreed
to share their story in the training film, and asked that it include what she had noticed in the days
before, which she felt nobody had listened to.>>
"""),
        ("value", "What has been the impact on patients and staff, and value for money?", """
The gauges cost 80p each. The extra time at delivery is around ten minutes. The main cost was replacing
about 400 rails that did not match their beds, around £36,000, which was shared between the trust and the
council. One serious entrapment injury leads to a long hospital stay, an investigation and often a claim.
Staff say the checks are quick and give them confidence. Families say they understand the rails much
better.

The wider benefit has been a shared language. Technicians, nurses, therapists and families now talk
about 'matched sets' and 'pass and fail' rather than arguing about whose job the check was. Therapists
have also started to ask more often whether a rail is needed at all, and some people now have a lower
bed and a crash mat instead, which removes the entrapment risk altogether. The matching table is
reviewed each year by the university team as new beds and mattresses come into the equipment
catalogue.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
    ],
)


# ---------------------------------------------------------------------------
# I1816  disabled people discharged into temporary accommodation they
#        cannot get around - docx - reordered (results first) - council
#        housing options manager, frank - council with an acute trust and a
#        community trust - staff involved - NO patient involvement
#        (beneficiaries, households told, a survey with no change, a
#        negation)
# ---------------------------------------------------------------------------
entry(
    id="I1816", format="docx", layout="reordered", topic="temporary_accommodation_accessibility_hospital_discharge",
    project="independent114-rightroom-1816", docx_font="Cambria",
    title="The Right Room: accessible temporary accommodation for people leaving hospital homeless",
    cover=[
        "Lead: Sallowfield City Council, Housing Options and Homelessness Service",
        "Partners: Sallowfield Teaching Hospitals NHS Trust (Discharge and Flow Team); Sallowfield Community Services NHS Trust (Community Therapy)",
        "Written by the Housing Options Manager",
    ],
    primary_entrant=dict(name="Sallowfield City Council", type="local_authority"),
    partners=[
        dict(name="Sallowfield Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Sallowfield Community Services NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("evidence", "What changed", """
<<Q:In the year before The Right Room began, 38% of people leaving hospital homeless with a mobility
need were placed in temporary accommodation that a therapist later judged unsuitable; in the most
recent year it was 7%.>> <<Q:Readmissions within 30 days for this group fell from 29% to 14%.>>
<<Q:Falls reported by our temporary accommodation officers among these residents went from 44 in
2022/23 to 15 in 2023/24.>>

We now hold a register of 63 rooms and flats across our temporary accommodation that have been checked
by a therapist, with photographs, door widths, step counts and bathroom layouts, and we ring-fence 12 of
them each week for hospital discharges.
"""),
        ("stakeholders", "Who took part", """
<<S:Hospital discharge coordinators and our housing officers mapped every step of a homeless discharge
together over two half-day sessions, and it was the discharge coordinators who pointed out that housing
officers were booking rooms from a list with no information on steps or bathrooms.>> <<S:Community
occupational therapists offered to visit and assess the rooms we use most, and they designed the
one-page access sheet that is now attached to every room on the register.>> <<S:Our temporary
accommodation officers asked for a simple way to flag a resident who had fallen, and the shared
spreadsheet now has a column they fill in, which the therapists check weekly.>>

The people placed through the scheme are the ones who benefit most, and every household is told before
discharge where they will be staying and given photos of the room. We sent a questionnaire to residents
after their first fortnight in 2023; the answers were mostly positive and we did not change anything as
a result. Residents were not part of the design group.
"""),
        ("context", "Why we needed to act", """
Sallowfield has one of the highest rates of homelessness in the region. Every week, people who are
well enough to leave hospital have nowhere to go: some were sleeping rough before admission, some lost
their tenancy while they were in hospital, and some can no longer manage in the home they had. The
council has a legal duty to find them somewhere to stay, and in practice this usually means a room in a
hostel, a bed and breakfast or a self-contained flat in one of our temporary accommodation blocks.

The trouble is that many of these patients have a new mobility problem: a hip fracture, an amputation, a
stroke, or simply a long stay in bed that has left them weak. Our temporary accommodation was never
designed with them in mind. Rooms were on upper floors without lifts. Shared bathrooms were down a
corridor and up three steps. Some people were placed in rooms where a walking frame would not fit
through the door.

We found out how bad this was through our own complaints and incident records. In 2022 a man who had had
a below-knee amputation was placed in a second-floor room in a bed and breakfast. He fell on the stairs
on his second night and was readmitted with a head injury. A woman recovering from a stroke spent five
days unable to reach the shared toilet and was found by a support worker in a very distressed state. In
both cases the hospital had sent a discharge summary that described the mobility problem, but it went
to a general inbox, and the housing officer booking the room never saw it.

Behind these two cases was a simple gap in information. The hospital knew about the person's
mobility but not about the room. We knew about the room but not about the person. Occupational
therapists who assessed the patient on the ward would have been able to say within minutes whether a
room would work, but they had never been asked and had no way of seeing our accommodation. We set out to
close that gap: to describe every room we use in terms a therapist would recognise, to get the right
information from the ward to the officer making the booking, and to hold back a few suitable rooms for
people leaving hospital so that there was always somewhere safe to offer.
"""),
        ("value", "Value", """
The scheme cost little. Therapists spend about three hours a week on assessments and reviews, and we
pay a retainer of £1,900 a month to hold rooms back for hospital discharges. Against that, every
avoided readmission saves the hospital about £3,000 and every avoided fall saves pain and distress. The
hospital's discharge team says it has stopped losing patients back to the ward because their
accommodation turned out to be unsafe.

Our officers tell us that booking a room is now less of a gamble. Previously they would spend hours on
the phone after a placement failed; now most placements hold.
"""),
        ("spread", "Spreading it", """
The access sheet and register have been shared with the three other councils in the county and with the
regional homelessness network. One neighbouring council has started its own register with the same
community trust. We have also asked the private landlords who provide some of our bed and breakfast
rooms to complete the access sheet, and eight have done so. Next year we want to extend the register to
people leaving mental health wards and prison with physical health needs.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1817  humidity sensors and early damp repairs in social housing - pdf -
#        two columns - university research fellow, analytical - university
#        with a housing association and an ICB - tenants (by pronoun) and
#        staff involved - no flags (one claim as an SPC shift)
# ---------------------------------------------------------------------------
entry(
    id="I1817", format="pdf", layout="two_column", topic="humidity_sensors_damp_social_housing",
    project="independent114-dryearly-1817", pdf_font="LiberationSerif",
    title="Dry Early: using humidity sensors to find damp before it makes people ill",
    cover=[
        "Lead: University of Brackenmoor, Healthy Homes Research Group",
        "Partners: Saltmarsh Bay Housing Association; NHS Brackenmoor and Coast Integrated Care Board",
        "Author: Dr Ifeoma Lindqvist, Senior Research Fellow",
    ],
    primary_entrant=dict(name="University of Brackenmoor", type="university"),
    partners=[
        dict(name="Saltmarsh Bay Housing Association", type="charity"),
        dict(name="NHS Brackenmoor and Coast Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "The problem", """
Damp and mould in social housing are usually found late. A tenant notices black spots on a wall,
reports them, waits for an inspection, and by the time a surveyor arrives the mould has spread and the
cause, often poor ventilation, a leaking gutter or a cold wall, has been there for months. Meanwhile the
people living in the home, and especially young children, older people and anyone with a lung
condition, have been breathing it in.

Saltmarsh Bay Housing Association owns about 8,500 homes along an exposed stretch of coast, many of them
1960s flats with solid walls and single extract fans. Its damp and mould reports had tripled in three
years. The ICB's data showed that the estates with the most damp reports also had some of the highest
rates of GP consultations for respiratory infections and asthma in the area.

Our research group had been testing small, cheap sensors that measure humidity and temperature in a
room every fifteen minutes and send the readings over the mobile network. The question we asked with
our partners was simple: if the landlord could see, in real time, which homes were staying wet, could
it fix the cause before the mould appeared, and would that make any difference to health?
"""),
        ("stakeholders", "Working together", """
<<P:Before a single sensor went in, we held evening meetings on the three estates, and tenants there
told us very plainly that they would not accept anything that looked like the landlord spying on
them.>> <<P:They helped us set the rules: the sensors measure only humidity and temperature, tenants
can see their own readings on a simple card in the kitchen, and no data is used to blame them for how
they live.>> <<P:Two of them sat on the project steering group for its whole two years and chose the
wording of every letter we sent out.>>

<<S:The association's repairs supervisors worked with us to decide what reading should trigger a visit,
and they argued successfully that a single wet night should not count, only a pattern over a
week.>> <<S:Surveyors tested the alert screen in their vans and asked for the home's repair history to
sit beside the readings, which we added.>> <<S:Practice nurses at the two GP surgeries serving the
estates helped us choose which health records to look at and how to do so without identifying
anyone.>>
"""),
        ("evidence", "Evidence of improvement", """
Sensors were installed in 1,120 homes on three estates between January and April 2023. When readings
showed a home staying above the agreed humidity for seven days, a surveyor visited within a fortnight,
whether or not the tenant had reported anything. Common fixes were new humidity-controlled extract fans,
clearing blocked vents, repairing gutters and insulating cold corners.

The association also changed the way it talked to tenants after a visit. Instead of a leaflet about
condensation, the surveyor left a note of what had been found and fixed, and the readings from the card
in the kitchen were used to show whether the repair had worked. Where readings stayed high after a
repair, the home was revisited, and in a small number of cases this uncovered a hidden leak or a failed
damp-proof course that would otherwise have taken years to find.

In the first eighteen months, 486 alert visits were made and 371 homes had a repair.

<<Q:Reports of visible mould from the three estates fell from 312 in 2022 to 118 in 2024.>> <<Q:The
average time from the first sign of a damp problem to a completed repair dropped from 71 days to 16
days.>>

We tracked monthly GP consultations for respiratory infections and asthma among people registered at
addresses on the three estates, using a statistical process control chart with 24 months of baseline.
<<Q:From the tenth month after installation the chart showed a sustained shift, with eight consecutive
months below the previous average, which had not happened at any point in the baseline period.>> The
same chart for comparable estates without sensors showed no shift.
"""),
        ("value", "Value", """
Each sensor costs about £45 and lasts five years on its battery, with a small monthly data charge. The
association estimates that catching damp early has cut the cost of the average repair, because a new
fan is cheaper than stripping and replastering a mouldy wall. We cannot yet put a reliable figure on
NHS savings, but respiratory consultations and prescriptions are among the commonest reasons people in
these areas see their GP.

Tenants on the steering group say the cards in the kitchen have changed how neighbours talk about damp:
it is now seen as something to report, not something to hide.
"""),
        ("spread", "Spread", """
Saltmarsh Bay is extending sensors to a further 2,000 homes, starting with homes where a child or older
person has a respiratory condition. Two other housing associations are piloting the alert rules, and
we have published the tenant data rules openly so that any landlord can use them. We would advise
anyone starting out to agree the data rules with tenants first and to put the repair team, not the
research team, in charge of responding to alerts. The ICB has included
the work in its strategy for children's asthma.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1818  hoarding among housebound patients of district nurses - docx -
#        style headings - community trust deputy chief nurse, formal -
#        departments of ONE community trust only, no partner (ineligible) -
#        staff involved - NO patient involvement (patients informed, a
#        leaflet, a plan to recruit a patient representative)
# ---------------------------------------------------------------------------
entry(
    id="I1818", format="docx", layout="style_headings", topic="hoarding_district_nursing_housebound",
    project="independent114-roomtocare-1818", docx_font="Calibri",
    title="Room to Care: safer district nursing visits in homes affected by hoarding",
    cover=[
        "Fernhallow Community NHS Trust",
        "A partnership between the trust's District Nursing Service, Community Mental Health Team for Older Adults, Tissue Viability Service and Health and Safety Team",
        "Submitted by the Deputy Chief Nurse",
    ],
    primary_entrant=dict(name="Fernhallow Community NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background and rationale", """
District nurses in Fernhallow visit around 3,400 housebound patients, most of them older people with
leg ulcers, pressure ulcers, catheters, diabetes or end-of-life care needs. A small number live in
homes so full of belongings that it is hard to reach the bed, the person or the front door.

Hoarding creates particular safety problems for nursing care. Nurses cannot position a person to
relieve pressure, cannot get an air mattress or hoist into the room, and sometimes cannot see the skin
they need to check. Wounds become infected. Dressings and sharps get lost in the clutter. Falls are
common, and escape in a fire is difficult. Nurses, too, have been hurt: twisted ankles, a fall down a
staircase half-covered with boxes, needlestick injuries from sharps that had been hidden under papers.

A review of our incident reports for 2021 found 58 incidents in homes where nurses had recorded
hoarding, including 19 grade 3 or 4 pressure ulcers, 11 patient falls and 7 staff injuries. In several
cases the community mental health team for older adults had been involved with the same person, but the
two teams kept separate records and had never planned a visit together. Tissue viability nurses were
being asked for advice on wounds they could not see properly, and our health and safety team only
heard about these homes after someone had been hurt.

Room to Care brings the four teams together. When a district nurse rates a home at level 5 or above on
the clutter image rating scale, or has any concern about access, the case goes to a fortnightly
huddle. The huddle agrees a joint visit, a 'care corridor' plan that sets out the minimum space needed
for safe nursing care (a clear path from the door to the bed, space on one side of the bed, and a clear
surface for dressings), a sharps plan and a named mental health worker to support the person with
decisions about their belongings.
"""),
        ("evidence", "Outcomes", """
Between June 2022 and May 2024, 97 patients were discussed at the huddle and 214 joint visits were made.

<<Q:Grade 3 and 4 pressure ulcers acquired in our care among patients living in hoarded homes fell from
19 in 2021 to 6 in 2023.>> <<Q:Patient falls in these homes reported by district nurses went from 11 to
4 over the same period.>> <<Q:Staff injuries on visits to hoarded homes dropped from seven in 2021 to
one in 2023.>>

<<Q:The proportion of patients on the huddle list who had an agreed care corridor in place at their
three-month review rose from 35% in the first six months to 78% in the last six months.>>
"""),
        ("stakeholders", "Engagement and involvement", """
<<S:District nurses from all six localities helped to design the care corridor plan, and it was their
suggestion to use tape on the floor to mark the corridor, which many patients have accepted more easily
than being asked to remove things.>> <<S:Community mental health nurses and support workers asked that
the first joint visit always be led by whichever professional the patient already trusted, and the
huddle now follows that rule.>> <<S:Our health and safety advisers walked through four homes with
nurses and rewrote the lone working risk assessment with them, adding a check of the route to the exit
at the start of each visit.>> <<S:Tissue viability nurses trialled a remote wound photograph review for
these patients and changed the photo guidance after nurses told them the lighting in most homes made
the first version useless.>>

Patients themselves are not part of the huddle. Their preferences are recorded in the plan, and
decisions about their belongings always remain with them unless there is an immediate risk to life and
a formal capacity assessment shows they cannot make that decision.

All patients on the huddle list are informed that their care is being discussed and are given a
leaflet about the service. Their consent is sought before any joint visit. We have not yet involved
patients or their families in the design of the service, and we intend to recruit a patient
representative with lived experience of hoarding to the huddle during 2025.
"""),
        ("value", "Value for money", """
The huddle takes about 90 minutes of senior clinical time every two weeks. Joint visits take longer than
a normal visit. Against this, each grade 4 pressure ulcer is estimated to cost the NHS over £14,000 to
treat, and staff injuries lead to sickness absence in a service that is already stretched.

Nurses say that they feel less alone with these patients and that a joint visit makes difficult
conversations easier. Several told us that before Room to Care they dreaded going to certain houses.
"""),
        ("spread", "Sharing and spreading", """
Room to Care is now used across all six district nursing localities. The trust's community matrons and
community therapy teams refer into the huddle, and the care corridor plan has been built into our
electronic patient record. We have presented the work at the regional district nursing forum and shared
our materials with two other community trusts.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1819  carbon monoxide on liveaboard boats - pdf - with appendix - boaters'
#        charity coordinator, chatty - charity with a fire service, a GP
#        practice and a district council - boaters involved - NO staff
#        involvement (crews delivered alarms, receptionists trained, a named
#        coordinator, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1819", format="pdf", layout="with_appendix", topic="carbon_monoxide_liveaboard_boats",
    project="independent114-clearaironboard-1819", pdf_font="LiberationSans", pdf_align="L",
    title="Clear Air Aboard: carbon monoxide safety for people who live on boats",
    cover=[
        "Lead entrant: Lockside Boaters' Aid (registered charity)",
        "Partners: Wyvern and Calder Fire and Rescue Service; Towpath Lane Medical Practice; Wyvern Valley District Council (Environmental Health)",
        "Entry written by the charity's outreach coordinator",
    ],
    primary_entrant=dict(name="Lockside Boaters' Aid", type="charity"),
    partners=[
        dict(name="Wyvern and Calder Fire and Rescue Service", type="emergency_service"),
        dict(name="Towpath Lane Medical Practice", type="primary_care"),
        dict(name="Wyvern Valley District Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why boats?", """
About 600 people live all year round on narrowboats and barges along the stretch of canal and river
that runs through the Wyvern Valley. Some have chosen the life; many are there because it is the only
housing they can afford. A boat is a small, airtight steel box. Most are heated by a solid fuel stove,
and many run a petrol generator or a gas cooker in a confined space. In winter, people close every vent
to keep the heat in.

It is a recipe for carbon monoxide poisoning. In the three winters to 2022 we knew of two deaths on
boats in our area, one from a stove and one from a generator left running on the back deck with the
exhaust drifting into the cabin, and many more people who had headaches, sickness and confusion that
nobody connected with the air they were breathing. Our own advice workers heard it again and again: 'I
get a thumping head every evening but it goes when I go out.'

Boaters fall through the gaps. Home fire safety visits are designed for houses with postcodes. Gas and
landlord safety rules do not apply to most boats that people own themselves. Many boaters move every
fortnight and are not registered with a GP, or are registered somewhere miles away. And carbon monoxide
poisoning is easy to miss in general practice, because it looks like flu or a migraine.
"""),
        ("evidence", "What happened", """
Clear Air Aboard started in October 2022. Over two winters:

- 431 boats had a free carbon monoxide alarm fitted, with a second alarm for the sleeping cabin on larger boats

- 288 stoves and flues were checked by a volunteer from the charity who is a qualified stove fitter

- the GP practice added a carbon monoxide question to its template for anyone who gives a boat as their address

<<Q:Suspected carbon monoxide exposures reported to us or to the practice fell from 37 in the winter of
2021/22 to 9 in the winter of 2023/24.>> <<Q:The share of boats we visited that had a working carbon
monoxide alarm went up from 34% at the first visit to 96% at the follow-up visit a year later.>> There
were no deaths from carbon monoxide on boats in the valley in either winter.

<<Q:When we asked boaters at the start and end of the project, the proportion who could name three
symptoms of carbon monoxide poisoning rose from 21% to 68%.>>
"""),
        ("stakeholders", "People involved", """
<<P:The project started at a winter gathering of boaters at Harkness Lock, where about thirty people who
live on the water talked through what would and would not work, and it was their idea that alarms
should be fitted by someone who also lives on a boat rather than by an official.>> <<P:Boaters tested
four alarm models on their own boats through a winter and rejected two because the damp made them give
false alarms.>> <<P:A group of liveaboards who have young children wrote the 'Heads Up' card we hand
out, in their own words, and chose to print it on waterproof card.>>

Fire service crews delivered alarms to boats moored near their stations during their community safety
days. Reception staff at the practice were trained to ask about carbon monoxide when a boater books an
appointment with a headache. The project is run day to day by our outreach coordinator, Dev Malhotra,
who keeps the boat register and arranges the stove checks. We plan to ask the council's environmental
health officers to review the stove check list next year.
"""),
        ("value", "Was it worth it?", """
Alarms cost £18 each and the whole project has cost about £21,000 over two winters, most of it from a
community grant, with alarms donated by the fire service. One hospital admission for carbon monoxide
poisoning can cost more than that in hyperbaric oxygen alone, and the cost of a death is beyond
counting.

Boaters tell us they sleep better knowing the alarm is there. For the practice, having the right
question on the template means that a headache in a boater is no longer written off as a virus without
a second thought, and several people have been sent for a carbon monoxide check who would not have been
before.
"""),
        ("spread", "What next", """
Two boating charities on other waterways have asked for our materials, and we have shared the Heads Up
card and the stove checklist with them. The fire service has added boats to its community safety
targeting and the council is including moorings in its housing needs survey for the first time.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the Heads Up card and our data"),
        ("para", "Heads Up card text: Headache that goes when you go outside? Feeling sick, dizzy or sleepy on board? Pets unwell too? Open up, get off the boat, turn off the stove, generator and cooker, and call 111 or 999. Keep your alarm tested every week."),
        ("para", "Exposure figures are from the charity's own incident log and from the practice's coded consultations for suspected carbon monoxide exposure, combined and de-duplicated. The symptom knowledge question was asked by volunteers on 212 boats in autumn 2022 and 198 boats in spring 2024."),
        ("para", "Lockside Boaters' Aid, The Wharf Office, Harkness Lock, Wyvern Valley WV3 9QD. Registered charity."),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1820  severe cold weather shelters and hypothermia in people sleeping
#        rough - pdf - numbered questions - ambulance service consultant
#        paramedic, direct - ambulance service with a city council, a
#        homelessness charity and an acute trust - staff involved - NO
#        patient involvement (beneficiaries, leaflets, a survey with no
#        change, a plan) - NO quantitative evidence (counts, a zero with no
#        earlier figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1820", format="pdf", layout="numbered_questions", topic="severe_weather_shelter_hypothermia_rough_sleeping",
    project="independent114-colddoor-1820", pdf_font="DejaVuSans", pdf_align="L",
    title="Cold Door Open: ambulance crews, outreach workers and emergency shelters in severe cold",
    cover=[
        "Lead organisation: North Calderwick Ambulance Service NHS Trust",
        "Partners: Calderwick City Council (Rough Sleeping Team); St Brendan's Night Shelter (charity); Calderwick Royal Infirmary NHS Foundation Trust (Emergency Department)",
        "Contact: Consultant Paramedic, Urgent and Emergency Care",
    ],
    primary_entrant=dict(name="North Calderwick Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Calderwick City Council", type="local_authority"),
        dict(name="St Brendan's Night Shelter", type="charity"),
        dict(name="Calderwick Royal Infirmary NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What was the problem, and what did the partnership do?", """
Every winter our crews are called to people sleeping outside in Calderwick who are cold, wet and
unwell. Some are drunk or have taken drugs, which makes them feel warmer than they are. Some have frost
injuries to their feet. A few are found unconscious with a body temperature so low that their heart is
at risk. Hypothermia in someone sleeping rough is often fatal if it is not caught early, and it rarely
comes alone: chest infections, alcohol withdrawal, trench foot and falls on ice often come with it.

The council opens emergency shelter beds under its severe weather emergency protocol when the
temperature is forecast to drop to zero. But in the winter of 2021 to 2022 we found that our crews did
not know when the protocol was active or where the beds were. When crews attended someone who was cold
but did not need hospital, they had two choices: take them to the emergency department, which was
already overcrowded and where they would wait on a trolley for hours, or leave them where they were.
Neither was safe. <<S:Emergency department staff told us that people were being discharged back onto the
street at 4am in sub-zero temperatures because no one knew the shelter had space.>>

Two men died outside in Calderwick that winter. One had been seen by an ambulance crew the previous
evening and had declined to go to hospital.

Cold Door Open does four things. When the council activates the protocol, a message goes automatically
to our clinical hub and appears on every crew's tablet with the shelter's address and the number of beds
free that night. Crews use a short cold weather assessment, with a low-reading thermometer, to decide
whether a person needs hospital or can safely go to the shelter, and can book a bed directly by phone.
The shelter keeps two 'ambulance beds' free until 2am each night the protocol is active, with a staff
member trained to recognise a person getting colder or more unwell. And the emergency department will
not discharge anyone with no fixed address between 10pm and 8am on a protocol night without first
calling the shelter.
"""),
        ("evidence", "2. What evidence do you have that it has worked?", """
The scheme has been running for two winters, from November 2022.

The protocol was active on 41 nights in the first winter and 33 in the second, and crews received the
alert on every one of those nights.

Crews completed 286 cold weather assessments and took 174 people directly to the shelter, all of whom
were still there at breakfast the next morning. The shelter's ambulance beds were used on 58 nights.

The emergency department called the shelter 96 times before discharging someone overnight, and in 81 of
those cases a bed was found.

There were no deaths from cold among people sleeping rough in Calderwick in the winter of 2023 to 2024.
Our aim for next winter is that every person assessed by a crew on a protocol night is offered a
shelter bed.
"""),
        ("stakeholders", "3. Who was involved, and how were patients and staff involved?", """
<<S:Paramedics from our two city stations helped design the cold weather assessment and tested it on
real calls for a month, and they asked for the thermometer to be added after finding that ordinary ear
thermometers could not read low enough.>> <<S:Shelter staff told us that they could not safely take
people who were very drunk after midnight with only two staff on, so the assessment now includes a
level of intoxication above which the crew must take the person to hospital.>> <<S:The council's outreach
workers and emergency department nurses agreed the overnight discharge rule together at a joint
workshop, and the nurses wrote the wording of the phone script they now use.>>

The people the scheme is for are those sleeping rough on the coldest nights, and it is built around
keeping them safe. Crews hand every person they see on a protocol night a pocket card with the shelter's
address and what to expect there. In the first winter the shelter asked its guests to fill in a short
questionnaire, and the replies were positive, so nothing was changed. Next winter we plan to work with
people with experience of sleeping rough to review the pocket card.
"""),
        ("value", "4. What difference has it made to patients, staff and value for money?", """
The main costs were the thermometers, about £40 per vehicle, some changes to our dispatch software and
the shelter's ambulance beds, which the council funds under its existing severe weather budget. Each
person taken to the shelter rather than the emergency department avoids a long trolley wait and saves
the hospital an attendance, and each crew that can hand over at a shelter door is back on the road
within minutes.

Crews have told us that they feel able to do the right thing for someone on a freezing night instead of
choosing between two bad options. Shelter staff say they feel more confident taking people late at night
now that they know a paramedic has checked them first.
"""),
        ("spread", "5. How has the learning been shared?", """
The alert and assessment are now in use across all of North Calderwick's stations, including two other
towns where the councils run severe weather shelters. We have presented the scheme to the national
ambulance consultant paramedic group and shared the assessment with two other ambulance services. The
council has included the overnight discharge rule in its winter plan with both local hospitals.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1821  small home adaptations fitted quickly after a dementia diagnosis -
#        docx - rubric headings - PCN clinical director, warm - primary care
#        network with a home improvement charity and a county council - people
#        with dementia, carers and staff involved - NO evidence section (a
#        measured change is given under value)
# ---------------------------------------------------------------------------
entry(
    id="I1821", format="docx", layout="rubric_headings", topic="dementia_diagnosis_quick_home_adaptations",
    project="independent114-safeandsound-1821", docx_font="Arial",
    title="Safe and Sound at Home: quick home adaptations after a dementia diagnosis",
    cover=[
        "Lead organisation: Ashbourne Vale Primary Care Network",
        "Partners: Homesafe Handyperson Trust (charity); Fellcross County Council (Occupational Therapy and Sensory Services)",
        "Entrant: Dr Rhiannon Pryce, Clinical Director, Ashbourne Vale PCN",
    ],
    primary_entrant=dict(name="Ashbourne Vale Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Homesafe Handyperson Trust", type="charity"),
        dict(name="Fellcross County Council", type="local_authority"),
    ],
    sections=[
        ("context", "Context and aims", """
Ashbourne Vale Primary Care Network is made up of seven practices serving about 62,000 people in a
market town and the villages around it. Around 180 people a year are newly diagnosed with dementia, and
most of them carry on living in their own homes, usually with a husband, wife or adult child, sometimes
alone.

In the first year after diagnosis, the things that go wrong at home are often small and predictable.
Someone gets up in the night and cannot find the bathroom in the dark, and falls. They leave the gas hob
on or put an electric kettle on the gas ring. They go out of the back door at 3am and cannot find their
way back. They fall on the steps to the garden because they no longer judge depth well. Many of these
risks can be reduced with small, cheap changes: motion-sensor night lights, grab rails, contrasting
tape on steps, a gas isolation valve, a door sensor that alerts the carer.

Before 2022 most people with a new diagnosis did not get any of these things until after something had
gone wrong. The memory service gave a leaflet. A referral to council occupational therapy meant a wait
of several months for an assessment, because the person was not seen as urgent. The handyperson
service, which fits small adaptations at little or no cost, had no referrals from general practice at
all, because most GPs did not know it existed.

Safe and Sound at Home aims for every person newly diagnosed with dementia in the network, and their
carer, to be offered a home safety visit within a month of diagnosis, with any small adaptations fitted
on the same visit or within a fortnight.
"""),
        ("stakeholders", "Partnership and involvement", """
The practices' dementia care coordinators make a referral at the first post-diagnosis review. A
handyperson from the trust visits with a checklist that was agreed with the council's occupational
therapists, fits what can be fitted that day from stock in the van, and refers on to occupational
therapy or the council's sensory team anything more complex, with a fast-track slot for anyone who has
already fallen.

<<P:The checklist was built with members of the Ashbourne Memory Cafe, people living with dementia and
their carers, who went through a long list of possible adaptations and told us which ones they had found
helpful and which they found patronising or frightening, such as signs on every door.>> <<P:One carer
explained that the door sensor they had bought online woke the whole house every time the cat went out,
and at her suggestion the trust now fits a sensor that only alerts the carer's phone between midnight and
6am.>> <<P:Several people at the cafe said they would rather the visit was called a 'home safety visit'
than a 'dementia visit', in case the neighbours saw the van, and the trust changed its van signage for
these visits.>>

<<S:Dementia care coordinators from the seven practices tested the referral on the practice system and
cut it down to four questions after the first month.>> <<S:The trust's handypersons spent a morning
shadowing a council occupational therapist and then worked with her to decide which items they could
safely fit without an assessment.>> <<S:The council's sensory team pointed out that many people with
dementia also have sight loss that has never been checked, and a sight question was added to the
checklist at their request.>>
"""),
        ("value", "Value and impact", """
Since April 2022 the handyperson trust has made 341 home safety visits to people referred from the
network's practices, fitting 1,260 small items. The average cost of the items fitted on a visit is
around £70, and the handyperson's time is funded by the council's prevention budget. The PCN funds part
of a care coordinator's time from its additional roles budget.

<<Q:Among the people visited, falls at home recorded in their GP records in the first year after
diagnosis went down from 31% of those diagnosed in 2020/21, before the scheme, to 18% of those diagnosed
in 2022/23.>> A fall that leads to a hip fracture can cost the NHS and social care more than £25,000
and, for a person with dementia, often means a move into a care home.

Carers tell us that the visit gave them the confidence to keep their relative at home. Care
coordinators tell us they now have something practical to offer at a diagnosis review, rather than just
a leaflet.
"""),
        ("spread", "Spread and sustainability", """
The scheme now has a settled rhythm. Referrals arrive at the handyperson trust through a shared inbox
that is checked every working day, visits are booked within a fortnight, and a short report goes back
to the practice so the care coordinator can record what was fitted. Anything that needs an occupational
therapist is passed to the council the same day. The care coordinators review every person at their
six-month dementia review and ask whether anything else has become difficult at home, which often leads
to a second visit.

The neighbouring PCN began referring to the handyperson trust in 2024, and the council is considering
the scheme for the whole county in its next prevention strategy. The memory service now mentions the
home safety visit in its diagnosis letter to the GP, which has prompted referrals from practices outside
our network. We have shared the checklist with the county's dementia action alliance.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1822  women and children arriving at refuges without their medicines -
#        docx - bullet lists - refuge charity chief executive, passionate -
#        refuge charity with a GP federation, a pharmaceutical committee and a
#        council - survivors involved (under an unusual name) - NO staff
#        involvement (receptionists trained, pharmacists briefed, the refuge
#        manager's job, a plan) - NO quantitative evidence (counts only)
# ---------------------------------------------------------------------------
entry(
    id="I1822", format="docx", layout="bullet_lists", topic="refuge_arrivals_missing_medicines",
    project="independent114-packedforyou-1822", docx_font="Calibri",
    title="Packed For You: medicines and GP care from the first night in a refuge",
    cover=[
        "Lead: Harbour Light Women's Refuges (registered charity)",
        "Partners: Eastwold GP Federation; Eastwold Local Pharmaceutical Committee; Eastwold County Council (Domestic Abuse Commissioning)",
        "From our Chief Executive",
    ],
    primary_entrant=dict(name="Harbour Light Women's Refuges", type="charity"),
    partners=[
        dict(name="Eastwold GP Federation", type="primary_care"),
        dict(name="Eastwold Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Eastwold County Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why this matters", """
Harbour Light runs five refuges in Eastwold, with space for 46 women and around 60 children. Most women
arrive in a hurry, often at night, often brought by the police or a support worker with only what they
could carry. Many have left without their medicines, and some have been kept from their medicines, or
had them controlled, as part of the abuse.

What we were seeing before Packed For You:

- women arriving without antidepressants, anti-epilepsy medicines, insulin, inhalers, contraception or HIV medicines, and going days without them

- children with asthma or epilepsy arriving with nothing, and parents too frightened to ring the old GP practice in case the abuser found out where they were

- emergency supplies from pharmacies refused because the woman could not prove what she took or had no ID

- GP practices near the refuges asking for proof of address, or registering women as temporary residents with no access to their records

- a woman who had a seizure on her third night with us, after running out of her medicine, and a child admitted with an asthma attack in his first week

How the scheme works now:

- each refuge has a named GP practice and a named community pharmacy that have agreed to look after women and children staying with us

- on arrival, every woman is offered a private medicines check on the first night, using a short checklist, which covers her own medicines and her children's

- she is given a sealed Packed For You card to take to the named pharmacy, which confirms she is staying in a refuge without giving the address, so the pharmacist can make an emergency supply

- the practice registers her and her children the same week using a confidential address held by the federation, and flags the record so that the address is never shared or printed on letters

- if a woman has been kept from her medicines, the practice offers an early appointment to review them and to talk about her health more widely

We cannot tell anyone where our refuges are, which made it very hard to work with health services. Each
time, staff had to explain the rules from the beginning to a new receptionist or pharmacist.
"""),
        ("evidence", "What has happened so far", """
Packed For You started in September 2023. In its first year:

- 131 women and 88 children arrived at our refuges and were offered a same-day medicines check

- 94 women and 41 children needed at least one medicine, and emergency supplies were arranged for all of them through the named pharmacies

- every woman and child who wanted it was registered with a GP at the named practice, using the refuge's confidential address arrangement

- 27 urgent GP appointments were booked on the day of arrival

- no woman or child went without an essential medicine for more than 24 hours, as far as we know

- the federation has agreed a target that every new arrival is registered within two working days
"""),
        ("stakeholders", "Who shaped it", """
- <<P:the scheme was shaped by the Harbour Circle, our group of women who have lived in our refuges and moved on, who met five times to plan it with us>>

- <<P:they told us that the worst moment was standing at a pharmacy counter explaining why they had no prescription, so the scheme uses a sealed card they hand over instead of having to say anything>>

- <<P:members of the Circle wrote the 'first night' checklist in their own words, including asking about children's medicines first, because mothers always put their children before themselves>>

- receptionists at the two named GP practices were trained in confidential registration

- pharmacists at the four named pharmacies were briefed by the pharmaceutical committee

- the refuge manager arranges the medicines check for each new arrival as part of her admission role

- we hope to hold a joint review with practice and pharmacy staff in 2025
"""),
        ("value", "Value", """
- the scheme runs on existing funding; the council paid £4,000 for printing the cards and a small fund for prescription charges

- a missed anti-epilepsy medicine or insulin can lead to an ambulance and a hospital stay, and for a woman in hiding, a trip to an emergency department can be frightening and unsafe

- women tell us that getting their medicines sorted on the first night is one of the things that made them feel they could stay
"""),
        ("spread", "Spread", """
- the sealed card and checklist have been shared with two other refuge providers in the region

- the federation has offered the confidential registration arrangement to all its practices, not just the two named ones

- the county council will include the scheme in its next domestic abuse accommodation contract
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1823  overheating nursing home bedrooms in heatwaves - pdf via soffice,
#        style headings - PRIVATE care home group as primary entrant with an
#        ICB and a council public health team (ineligible) - director of
#        quality, corporate - residents, relatives and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1823", format="pdf", layout="style_headings", topic="care_home_bedroom_overheating_heatwave",
    project="independent114-keepcool-1823", render_via="soffice", docx_font="Liberation Serif",
    title="Keep Cool Care: protecting nursing home residents from overheating",
    cover=[
        "Primary entrant: Willowbrook Care Homes Ltd",
        "In partnership with NHS Severnmere Integrated Care Board and Severnmere Borough Council (Public Health)",
        "Submitted by the Director of Quality and Clinical Governance",
    ],
    primary_entrant=dict(name="Willowbrook Care Homes Ltd", type="private"),
    partners=[
        dict(name="NHS Severnmere Integrated Care Board", type="icb"),
        dict(name="Severnmere Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Background", """
Willowbrook Care Homes runs nine nursing homes in the Severnmere area with 540 beds. Our residents are
among the people most at risk from hot weather: most are over 85, many have dementia and cannot tell us
they are too hot, many take medicines such as diuretics and antipsychotics, and many are in bed for
much of the day. Several of our homes are in converted older buildings, and two newer homes have large
south-facing windows and upper floors that trap heat.

In the heatwave of July 2022 we recorded bedroom temperatures above 30 degrees in seven of our nine
homes, and above 32 degrees in some top-floor rooms at night. During that fortnight we had 23 emergency
admissions across the group for dehydration, acute kidney injury, urinary infection or delirium, compared
with a usual average of around eight in a fortnight. Two residents died in hospital. Our own review found
that staff were doing their best, but there was no system: no thermometers in bedrooms, no agreed
action at different temperatures, fans that had been bought without thinking about infection control,
and fluid charts that did not show who was falling behind.

We could not solve this alone. The ICB's care home support team and the council's public health team
were working on heat-health plans for the whole area, and we asked to work with them on what it would
look like in a nursing home.
"""),
        ("evidence", "Results", """
Keep Cool Care was in place across all nine homes from May 2023. It includes a thermometer in every
bedroom and lounge, recorded twice daily from May to September; a traffic-light action card for each
temperature band; cool rooms on each floor; external shading and reflective film on the hottest
windows; a 'heat risk' flag on each resident's care plan; and a link with the ICB's care home support
team, who review flagged residents by video during amber and red heat-health alerts.

<<Q:The number of bedroom readings above 28 degrees during heat-health alerts fell from 41% of all
readings in July 2022 to 12% during the alerts of summer 2024.>> <<Q:Emergency admissions for
dehydration, acute kidney injury, urinary infection or delirium during heat-health alert periods fell
from 23 in 2022 to 7 in 2024, despite a similar number of alert days.>> <<Q:Residents whose fluid intake
fell below their target for two days running during alerts went down from 34% to 11%.>>
"""),
        ("stakeholders", "Involvement", """
<<S:Night nurses and care assistants from the two hottest homes designed the traffic-light card, and it
was their idea to move medicines rounds and personal care away from the hottest part of the afternoon.>>
<<S:Our maintenance team surveyed every window with the council's public health officer and chose where
shading would make most difference.>> <<S:The ICB's care home support nurses and our home managers agreed
together which residents should be flagged, and the nurses changed the video review checklist after home
managers said it was too long to complete during a busy shift.>>

<<P:Residents at two homes chose the furniture and colours for the cool rooms, and asked for them to have
a radio and a window onto the garden so that they would want to spend time there.>> <<P:Relatives on our
family forums told us they would bring in fans from home unless we explained why we would not use them,
and together we wrote a short letter explaining the infection control reasons and what we were doing
instead.>> <<P:A resident with early dementia who had been a nurse helped us test the ice lolly and
jelly drinks round and suggested flavours that residents actually liked.>>
"""),
        ("value", "Value", """
The group spent about £86,000 on thermometers, shading, film and cool room furniture. Each emergency
admission from a care home costs the NHS several thousand pounds, and for our residents an admission
often means delirium, loss of mobility and sometimes a move to a different level of care.

Staff say that they feel more in control during hot weather and that the action card takes away
guesswork. Relatives tell us they are reassured that someone is watching the temperature.
"""),
        ("spread", "Spread", """
The council and ICB have adapted our action card into a template for all care homes in Severnmere and
have shared it with 74 homes. We have presented at the regional care provider network and shared our
shading survey method. We are now applying the same approach to cold weather. Several homes that ran hot in summer also have
rooms that run cold in winter, and the same thermometers, action cards and care plan flags can be used
for both.

Within the group, each home now has a heat lead who checks the thermometer records every morning
during alerts and reports any room that has gone above the red threshold to the regional quality team
the same day. Rooms that repeatedly run hot are added to the maintenance programme for the following
spring, and residents who are very vulnerable to heat are offered a move to a cooler room for the summer
if they wish. The learning has become part of our induction for new nurses and carers and part of the
annual business continuity plan for every home.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
    ],
)


# ---------------------------------------------------------------------------
# I1824  damp and mould in the homes of people with weakened immune systems -
#        docx - form table, short - haematology consultant, concise - acute
#        trust with a city council and a housing association - staff
#        involved - NO patient involvement (patients given a leaflet, homes
#        assessed, a representative to be invited)
# ---------------------------------------------------------------------------
entry(
    id="I1824", format="docx", layout="form_table", topic="damp_mould_immunocompromised_aspergillus",
    project="independent114-safehomeshield-1824", docx_font="Calibri",
    title="Safe Home, Strong Shield: damp and mould checks for people with weakened immune systems",
    cover_table=[
        ("Entry title", "Safe Home, Strong Shield: damp and mould checks for people with weakened immune systems"),
        ("Lead organisation", "Kellingham University Hospitals NHS Trust (Haematology and Stem Cell Transplant Service)"),
        ("Partner organisations", "Kellingham City Council (Environmental Health); Greenacre Homes Group (housing association)"),
        ("Contact", "Consultant Haematologist"),
    ],
    primary_entrant=dict(name="Kellingham University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Kellingham City Council", type="local_authority"),
        dict(name="Greenacre Homes Group", type="charity"),
    ],
    sections=[
        ("context", "What was the problem?", """
People having chemotherapy for leukaemia and lymphoma, and those recovering from a stem cell transplant,
have very weak immune systems for weeks or months. Mould spores that are harmless to most people can
cause invasive fungal infections, such as aspergillosis, in these patients. These infections are hard to
treat and often fatal. Most of our patients spend much of their treatment at home between hospital stays.

In 2022 we treated six patients for invasive mould infection who, on investigation, had visible mould in
their homes. We had never asked. Our patients were being sent home to damp flats with no-one checking,
and when they told us about mould, we did not know who to contact.

The housing side had its own problem. Greenacre's damp and mould team and the council's environmental
health officers both prioritised reports by how bad the damp looked, not by who lived in the home. A
small patch of mould in the bedroom of a man two weeks after a transplant was treated the same as a
patch in the spare room of a healthy family, and might wait a month or more for a visit. Neither
organisation had any way of knowing that a tenant was having treatment, and patients did not think to
tell them, or did not want their landlord to know they were ill.

Our aim was simple: no patient should go through intensive treatment in a home with mould that could
have been found and fixed.

Where a repair cannot be done quickly, for example when a whole wall needs to be stripped, Greenacre or
the council arranges for the patient to stay elsewhere while the work is done, and the transplant team
agrees the timing so that no one moves home during the weeks when their immunity is at its lowest.
"""),
        ("evidence", "What evidence is there of improvement?", """
Since March 2023 every patient starting intensive treatment is asked about damp and mould at their
pre-treatment appointment. With consent, a referral goes the same day to the council or to Greenacre,
who inspect within five working days and carry out urgent repairs or arrange a temporary move.

So far 168 patients have been asked, 39 homes referred and 34 repaired or treated.

<<Q:Invasive mould infections in patients whose homes were checked fell from six in 2022 to one in
2024.>> <<Q:The average time from a patient reporting mould to a repair fell from several months, in the
few cases we knew about, to 11 days.>>
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Haematology clinical nurse specialists and environmental health officers wrote the referral questions
together, and the officers asked us to add whether anyone in the home smokes or dries washing indoors,
which changed how they prioritise.>> <<S:Greenacre's damp team visited our day unit and agreed with our
nurses a simple five-day standard for these homes, replacing their normal 28-day target.>>

Patients are given a leaflet about mould and infection at the start of treatment, and their homes are
assessed if they agree. We will invite a patient representative to the steering group next year.
"""),
        ("value", "What has been the impact on staff and patients, and value for money?", """
Treating one invasive fungal infection can cost over £30,000 in antifungal medicines alone, and extends
hospital stays by weeks. The scheme uses existing inspection teams. Nurses say they now feel able to act
on what they hear. Patients no longer have to chase their landlord themselves at a time when they are
exhausted and unwell, and repairs are done before they come home from hospital wherever possible.
"""),
        ("spread", "How has the work been shared and spread?", """
We have shared the approach with two other haematology centres in our region and with the council's
housing strategy team, who plan to extend it to people with cystic fibrosis and transplant patients.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)
