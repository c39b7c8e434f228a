"""One-hundred-and-twenty-ninth independent evaluation set (I2049..I2064) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing fishermen's welfare charities,
pharmaceutical committees, GP federations, coastal councils, acute and community trusts,
integrated care boards, ambulance services, police forces, a harbour authority, a
university, an air ambulance charity and (in the ineligible cases) private companies send
in, in their own voices and at their own length.  The theme of this set is rural, coastal
and island communities: remote consultations, ferry and air transfers, volunteer first
responders, seasonal tourist populations, and farm and fishing injuries.

Topics: catastrophic bleeding and hand injuries on inshore fishing boats far from port (a
fishermen's welfare charity, own headings), insulin and other fridge medicines for island
households when storms cancel the ferry (a pharmaceutical committee, bold headings with a
cover table), pregnant women on sheep farms and infections caught at lambing (a GP
federation, numbered questions with cover bullets), neck injuries in holidaymakers diving
and bodyboarding at shallow surf beaches (a district council beach lifeguard service,
CAPS headings), island patients sent home alone on the ferry after sedation for day
procedures (an acute trust), medicines and notes that go missing on fixed-wing
inter-island patient flights (a private air operator as primary entrant, lists), video
pre-operative assessment so island patients are not cancelled after the crossing (an
integrated care board, a form with a cover table, no spread section), volunteer
responders and long lies after falls in hill villages (an ambulance service, no headings,
long), food allergy and anaphylaxis in summer visitors at seaside cafes and takeaways (an
acute trust allergy service, two columns), adder bites in walkers and antivenom on a
peninsula (a community trust's minor injuries units, style headings), leptospirosis
missed in farm and fish farm workers (a university lead, with appendix), shotguns on
farms and farmers in crisis (a police force, sections in an unusual order), carbon
monoxide on moored boats and in harbour holiday flats (a harbour authority), remote
consultations between an island community hospital and mainland specialists (departments
of one trust, no partner, a pdf made from Word), E. coli O157 in children visiting the
petting farm at a holiday park (a private leisure company as primary entrant, lists) and
planned transfer off the island for birth in winter (an air ambulance charity, a short
form with no evidence section).

Lead types and layouts: I2049 charity (fishermen's welfare), pdf own_headings; I2050
primary_care (LPC), docx bold_headings with a cover table; I2051 primary_care (GP
federation), docx numbered_questions with cover bullets; I2052 local_authority, pdf
caps_headings; I2053 nhs_trust (acute), docx rubric_headings; I2054 private, pdf
bullet_lists; I2055 icb, pdf form_table with a cover table; I2056 emergency_service
(ambulance), docx no_headings; I2057 nhs_trust (acute), pdf two_column; I2058 nhs_trust
(community), docx style_headings; I2059 university, pdf with_appendix; I2060
emergency_service (police), docx reordered; I2061 public_other (harbour authority), pdf
numbered_questions; I2062 nhs_trust (no partner), pdf style_headings via soffice; I2063
private, docx bullet_lists; I2064 charity (air ambulance), docx form_table with a cover
table.

Build it with

    .venv/bin/python data/independent/build.py --set 129   (writes data/corpus/independent129/)

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
    titles, list items), wherever in the entry it is told; a volunteer or peer worker
    with lived experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; patients' and carers' groups are
patient_group; hospices, air ambulance, lifesaving, farming and fishermen's charities are
charity; national park authorities, harbour authorities and national public bodies are
public_other; a university is university; ferry and airline operators, leisure and
holiday park companies are private).  A department or team of the entrant's own
organisation is not a partner.  Flags are written by hand and build.py cross-checks them
against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I2049  bleeding and hand injuries on inshore fishing boats - pdf - own
#        headings - fishermen's welfare charity port manager, plain - with
#        the ambulance service, harbour commissioners and a university -
#        fishermen, families, a peer worker and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I2049", format="pdf", layout="own_headings", topic="inshore_fishing_bleeding_injuries",
    project="independent129-stopthebleed-2049", pdf_font="LiberationSans", pdf_align="L",
    title="Stop the Bleed at Sea: first aid and radio medical help for injured crew on inshore fishing boats",
    cover=[
        "Lead organisation: Harrowcliff Inshore Fishermen's Welfare Trust",
        "Partners: Western Approaches Ambulance Service NHS Trust (Clinical Hub); Harrowcliff Harbour Commissioners; University of Carnbrea (School of Maritime Health)",
        "Written by the Port Welfare Manager, Harrowcliff",
    ],
    primary_entrant=dict(name="Harrowcliff Inshore Fishermen's Welfare Trust", type="charity"),
    partners=[
        dict(name="Western Approaches Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Harrowcliff Harbour Commissioners", type="public_other"),
        dict(name="University of Carnbrea", type="university"),
    ],
    sections=[
        ("context", "Why we started", """
About 140 small fishing boats work out of Harrowcliff and the four smaller harbours along our stretch of
coast. Most are under ten metres long, with a crew of one, two or three. They go out for crab, lobster,
whelks and bass, often before dawn, and they can be two or three hours from the nearest quay when
something goes wrong. Fishing is still one of the most dangerous jobs in the country and, on the small
boats, the injuries we hear about most are to hands and arms: fingers caught in a pot hauler, a rope
round a wrist when the string of pots goes over the side, deep cuts from knives and from the edge of a
winch.

In the spring of 2021 a young deckhand from Polwherry had his forearm torn open by a hauler. His skipper
did what he could with a towel and radioed for help, but there was no proper dressing on board, no
tourniquet, and he was not sure what he was allowed to do. The lifeboat met them, but the deckhand had
lost a great deal of blood by the time he reached the quay, and he spent two weeks in hospital and has
never got full movement back in his hand. Afterwards the skipper came to see us and said something that
stuck with everyone in the office: 'I had a first aid box with plasters in it and nothing else.'

When we looked into it, that was true of most boats. Many skippers had done a basic sea survival and
first aid course years ago, but the first aid kits carried were designed for a cut finger, not a
catastrophic bleed. Crew did not know who to call for medical advice once they were on the radio, and
the ambulance sent to the harbour often went to the wrong quay, because the boat changed where it was
heading once it was underway. The harbour staff often did not know an injured crewman was on his way in.

There were cultural barriers too. Small boat fishermen are proud of coping, and many told us they would
rather wrap a cut in tape and carry on hauling than 'make a fuss on the radio' and lose a day's catch.
Some worried that a call for medical help would bring the coastguard and the lifeboat out and end with
questions about their boat's safety certificate. Several crews had foreign deckhands who spoke little
English and would not have understood a first aid course even if they had been on one.

And the distances are real. Our boats work grounds up to twenty miles offshore. From the furthest of
them it is a two-hour steam back to Harrowcliff, and the lifeboat or helicopter, however quickly it is
launched, takes time to arrive. Whatever happens in the first twenty minutes after an injury is done by
the skipper and crew with what they have on board.

Stop the Bleed at Sea has four parts: a waterproof bleeding control kit with a tourniquet and
haemostatic dressings for every boat that wants one; a short hands-on course run on the quay at times
that suit the tides; a radio medical script, so that the coastguard can put the skipper through to a
paramedic in the ambulance service's clinical hub; and an agreed meeting point on each quay, with the
harbour office told as soon as the boat is heading in.
"""),
        ("evidence", "What has changed", """
We have compared the two years before the kits and training (2021 and 2022) with the two years since
(2023 and 2024), using the ambulance service's records and our own welfare files.

<<Q:Of 19 serious bleeding injuries on boats in the two years before, a tourniquet or pressure dressing
was put on at sea in 6; in the two years since, it was put on in 17 of 21.>> <<Q:The average time from
the boat's first radio call to the ambulance crew reaching the casualty on the quay came down from 41
minutes to 13 minutes, mostly because the crew now go straight to the agreed meeting point.>>

<<Q:Injured crew needing a blood transfusion on arrival at hospital went from 8 to 3 over the same
periods.>> Nobody has died from a bleeding injury on a Harrowcliff boat since 2019.

We have given out 118 kits and trained 264 skippers and crew. The kits are checked at each annual
harbour safety day.
"""),
        ("stakeholders", "Who was involved and how", """
<<P:The skipper whose deckhand was injured in 2021 helped us choose what went in the kit, and he insisted
it had to be opened with one hand and cold, wet fingers, which ruled out two of the three kits we were
looking at.>> <<P:Fishermen's wives and partners in the Harrowcliff Fishing Families group told us that
many crew would not come to a course on a weekday in daylight, so the courses are now run on the quay in
the evenings when the weather is too bad to go out.>> <<P:The injured deckhand himself now comes to most
of the courses and shows crews his arm, which does more than any slide.>>

<<PS:Our port liaison worker, a retired skipper who was badly hurt by a winch in the 1990s and is now
employed by the Trust, wrote the first version of the radio script with a paramedic and tested it on
his own VHF set.>> <<S:Paramedics in the clinical hub trialled the script on recorded calls and asked
for the boat's position and the number of crew to be given first, before the injury, so they can start
an ambulance straight away.>> <<S:Harbour masters at all five harbours picked the meeting points
themselves and had them painted on the quay.>>

<<S:Researchers and nursing students from the university visited boats with our staff and found that kits
stored in the wheelhouse were often under a pile of oilskins, so the kits now have a bright orange
bracket fixed by the hauler.>>
"""),
        ("value", "Value for money", """
Each kit costs about £85 and the training costs around £40 a head, paid for from a grant from a local
fish producers' fund and our own appeal. The ambulance service and harbour commissioners have given
staff time. A serious hand injury can end a fisherman's working life, and a death at sea devastates a
small harbour community for years.

Skippers say they feel more confident going out short-handed. Crew families say it helps them to know
that someone on the boat knows what to do.

The course itself is short and practical: ninety minutes on the quay, in oilskins and gloves, practising
on a model arm in a fish box with a hose running, because that is what a real injury on a wet deck looks
like. Crews go away having put a tourniquet on themselves one-handed. The course has also been translated
for the deckhands who speak Portuguese, Tagalog and Latvian, with pictures rather than words wherever
possible.
"""),
        ("spread", "Sharing it along the coast", """
Three other fishermen's welfare organisations on the south-west coast have asked for the kit list and
course plan, and the university has published a short guide for small boat first aid. The ambulance
service has added the radio medical script to its clinical hub procedures for the whole of its area,
and the harbour meeting points are being copied by two neighbouring harbour authorities.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I2050  fridge medicines for island households when the ferry is cancelled
#        - docx - bold headings with a cover table - LPC chief officer,
#        businesslike - LPC with island council, community trust and the
#        ferry operator - staff involved - NO patient involvement (patients
#        sent letters, a survey that changed nothing, a plan, negation)
# ---------------------------------------------------------------------------
entry(
    id="I2050", format="docx", layout="bold_headings", topic="island_cold_chain_medicines_ferry_cancellation",
    project="independent129-coldchainisles-2050", docx_font="Calibri",
    title="Cold Chain to the Isles: keeping insulin and fridge medicines moving when the ferry does not sail",
    cover_table=[
        ("Entry title", "Cold Chain to the Isles: keeping insulin and fridge medicines moving when the ferry does not sail"),
        ("Lead organisation", "Skerrabay and Outer Isles Local Pharmaceutical Committee"),
        ("Partners", "Skerrabay Islands Council; Skerrabay Community Health NHS Trust; Northsound Ferries Ltd"),
        ("Contact", "Chief Officer, Skerrabay and Outer Isles LPC"),
    ],
    primary_entrant=dict(name="Skerrabay and Outer Isles Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Skerrabay Islands Council", type="local_authority"),
        dict(name="Skerrabay Community Health NHS Trust", type="nhs_trust"),
        dict(name="Northsound Ferries Ltd", type="private"),
    ],
    sections=[
        ("context", "Background", """
Five of the seven inhabited islands served by our committee have no pharmacy. Around 2,300 people live
on them, and their prescriptions are dispensed by two pharmacies in Skerrabay town and sent over on the
daily ferry in sealed bags, to be collected from the island shop or post office. For most medicines that
works well enough. For medicines that must be kept cold, such as insulin, some eye drops, biologic
injections for arthritis and bowel disease, and some vaccines given by the island nurses, it has always
been a worry.

Each winter the ferries are cancelled for days at a time. In January 2023 one island went nine days
without a sailing. Fridge medicines that had been packed for the Monday boat sat in a box on the pier
at Skerrabay, or went out on the first boat after the storm having been warmed and cooled more than
once. On two islands, people ran out of insulin altogether and the island nurse had to ration her own
small stock. One man used insulin that had been left in an unheated shed on the pier for four days; his
blood sugar was very hard to control for the next fortnight and he was admitted to hospital on the
mainland by air.

Nobody was really in charge of the problem. The pharmacies packed the bags, the ferry company carried
them, the council ran the island shops and halls, and the community trust's island nurses picked up the
pieces.

The risks were not only about storms. In summer the ferry is full of visitors' cars and the medicine
bags were sometimes left in the open on the pier in the sun while the boat was loaded. Island shops are
not pharmacies; the fridge in the post office at Hamnavoe also held milk and bait, and nobody checked its
temperature. Some patients collected their insulin days after it arrived, because they only came into
the village on a Saturday. And when an island patient's dose changed, the new pen sometimes crossed on
the same boat as the old prescription, so people ended up with two different strengths in the house.

We set out to answer a simple question: for every fridge medicine that leaves Skerrabay for an outer
island, who is responsible for it at each stage of the journey, and what happens when the boat does not
go?
"""),
        ("evidence", "Results", """
The partnership started in October 2023. It has three parts. First, each pharmacy keeps a list of
island patients on fridge medicines and sends two weeks' supply, not one, from October to March, using
validated cool boxes with a temperature logger. Second, the ferry company carries these boxes in a
locked fridge on the car deck and, when a sailing is cancelled, phones the pharmacy the same morning.
Third, the council has put a pharmacy fridge with a temperature alarm in the community hall on each of
the five islands, and the island nurse holds a small emergency stock of the commonest insulins.

<<Q:Deliveries of fridge medicines found to have gone outside 2 to 8 degrees on arrival fell from 31 of
the 212 we checked in winter 2022/23 to 4 of 236 in winter 2023/24.>> <<Q:Occasions when an island
patient ran out of insulin before the next delivery went from 11 in winter 2022/23 to one in winter
2023/24.>>

There were 23 cancelled sailing days to the outer islands in the second winter, against 19 in the
first.
"""),
        ("stakeholders", "How people were involved", """
<<S:Pharmacists and dispensers from both town pharmacies worked out the two-week winter supply rules with
the committee and asked for the cool boxes to be numbered so that they could track which ones had come
back.>> <<S:The island nurses told us they wanted a fridge in a public building with a key held by them,
not in someone's house, and they chose where each fridge went.>> <<S:Deck crew on the ferry suggested
moving the fridge from the passenger lounge to the car deck, where it could be locked and where they
load the post bags anyway, and the company agreed.>>

All island patients on fridge medicines were sent a letter explaining the winter arrangements and
a fridge thermometer card. We sent them a short questionnaire in spring 2024; most people said the
arrangements were fine, so nothing was changed. We did not hold public meetings on the islands this
time, but we intend to ask the island community councils to help us review the scheme in 2025.
"""),
        ("value", "Value", """
The five fridges cost £6,400 including alarms, paid by the council from its islands fund. Cool boxes and
loggers cost £2,100. The ferry company gave the deck fridge and the space free of charge. A single
emergency air transfer from an outer island costs several thousand pounds, and keeping people with
diabetes well at home is far better for them.

Pharmacy staff say that the winter no longer fills them with dread.

There are hidden savings too. Fewer spoiled medicines means fewer replacement prescriptions: biologic
injections in particular cost several hundred pounds a dose, and a box that has been out of the fridge for
a day has to be thrown away. The island nurses are no longer spending the first morning after a storm
ringing round to find out who has run short.
"""),
        ("spread", "Spread", """
The arrangement is now written into the council's winter resilience plan. We have described it at the
national pharmacy rural network, and a mainland committee serving another group of islands is setting
up the same thing with its own ferry operator.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I2051  pregnant women on sheep farms and infections caught at lambing -
#        docx - numbered questions with cover bullets - GP federation
#        clinical director, conversational - GP federation with maternity,
#        the council environmental health team and a farming network -
#        women (unusual name) and staff involved - NO quantitative
#        evidence (leaflet counts, women identified, a single figure)
# ---------------------------------------------------------------------------
entry(
    id="I2051", format="docx", layout="numbered_questions", topic="lambing_zoonoses_pregnancy",
    project="independent129-lambingsafe-2051", docx_font="Arial",
    title="Lambing Time, Baby Time: keeping pregnant women on sheep farms safe from infections caught from ewes",
    cover=["Entry to the Best Partnership Solution Improving Patient Safety category, 2025", "Partners:"],
    cover_bullets=[
        "Upper Teme Valley GP Federation (lead)",
        "Marchbury Hospitals NHS Trust (Maternity Services)",
        "Marchbury County Council (Environmental Health and Public Protection)",
        "Teme and Clun Farming Community Network",
    ],
    primary_entrant=dict(name="Upper Teme Valley GP Federation", type="primary_care"),
    partners=[
        dict(name="Marchbury Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Marchbury County Council", type="local_authority"),
        dict(name="Teme and Clun Farming Community Network", type="charity"),
    ],
    sections=[
        ("context", "1. What was the problem, and why did it need a partnership?", """
Our eleven practices cover a stretch of upland where sheep farming is still the main living. Lambing
runs from February to May and every pair of hands on the farm is used, including women who are
pregnant. Ewes that abort or give birth can carry infections that are dangerous in human pregnancy:
enzootic abortion (chlamydia), toxoplasma, listeria and Q fever. A pregnant woman who helps a ewe to
lamb, or handles the afterbirth or a dead lamb, or even washes the overalls of someone who has, can
miscarry or become very ill.

Advice exists and has done for years. The trouble was that almost nobody in the chain gave it at the
right time. Midwives booking a woman at ten weeks did not always ask whether she lived or worked on a
farm. GPs did not ask. Farming families knew about it in a general way, but many thought it only
applied to the shepherd herself and not to partners, daughters or visiting helpers, or thought it did not
matter if they wore gloves. In the spring of 2022 one of our practices looked after a young woman, a
farmer's partner from outside the area, who became seriously unwell at 24 weeks with a chlamydial
infection after helping with lambing, and lost her baby. Nobody had told her.

The federation could not solve this alone. We needed maternity to ask the question, the council's
environmental health officers who already visit farms, and the farming network that farmers trust.

There was also a gap in who was counted. Lambing brings in extra help: students from the agricultural
college, relatives home for the holidays, neighbours swapping labour, and seasonal shepherds who move
from farm to farm. None of these people would be known to a midwife or GP as 'farm workers'. The
advice had to reach anyone who might be pregnant and in a lambing shed, or in a house where lambing
clothes are washed, not only the women who farm for a living.

We also knew that advice which said simply 'stay away from sheep' would be ignored. On a family farm at
the height of lambing there may be nobody else to do the work. So the message had to be practical:
what to avoid completely, what can be done safely with precautions, and what to do if you feel unwell.
"""),
        ("evidence", "2. What is the evidence that it has made a difference?", """
From the 2023 lambing season, the maternity booking form has included the question 'Do you live on, work
on or visit a farm with sheep, goats or cattle?' If the answer is yes, the woman gets the Lambing Time
card and a text reminder in January, and her GP record is coded so that any GP seeing her with a fever
in spring thinks of these infections.

In 2023 and 2024, 214 pregnant women answered yes to the farm question. All of them were sent the card
and the January text. Environmental health officers handed out 1,900 cards on farm visits and at the two
livestock markets. The farming network put the message in its newsletter four times.

In our audit of the 2024 season, 96% of women who answered yes had the farm code on their GP record.
We know of no pregnancy loss from a farm infection among women in our area in 2023 or 2024, though
numbers are small and we would not want to read too much into that. We plan to look at hospital
admissions with fever in pregnancy next year.
"""),
        ("spread", "3. How has the learning been shared?", """
The farm question has been added to the booking form across the whole local maternity and neonatal
system, which covers two other counties. The card is on the council's website and has been sent to the
vets' practices in the county, who have asked for copies for their waiting rooms. We presented the work
at a regional primary care meeting in 2024.
"""),
        ("value", "4. What is the value of the work, for patients, staff and money?", """
The cards cost £900 to print. The text message costs almost nothing. The question adds a few seconds to
a booking appointment. Compared with the cost to a family of losing a baby, and the cost of intensive
care for a very sick mother, it is trivial.

Midwives and GPs say the coding makes them think of something they would otherwise miss.

For farming families the benefit is harder to put a number on. A lost pregnancy at lambing time is
something a family carries for the rest of their lives, and it often happens in a place where people
find it hard to talk about. The farming network tells us that the card has started conversations in
families where the subject was never mentioned before.
"""),
        ("stakeholders", "5. How were patients and staff involved?", """
<<P:The 'lambing mums', as the farming network calls the group of eight farming women who met with us in
a village hall over two evenings, rewrote the card so that it talks about husbands' overalls, dogs
that bring in afterbirth and visiting students, which we had never thought about.>> <<P:They also told
us that a text from the surgery in January, before the first ewes lamb, would be read, whereas a leaflet
at booking in summer would be forgotten, and that is what we now do.>>

<<S:Community midwives tried the farm question at booking clinics in two market towns first and asked
for it to be a tick box rather than free text, so that it could trigger the card automatically.>>
<<S:Environmental health officers suggested giving the cards out at the livestock markets, because that
is where they meet most farmers.>> <<S:Practice nurses and reception leads from four practices agreed
the wording of the GP code and the spring fever reminder.>>
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I2052  neck injuries in holidaymakers diving and bodyboarding at shallow
#        surf beaches - pdf - CAPS headings - district council beach
#        services manager, brisk - council with ambulance service, acute
#        trust spinal service and a surf lifesaving club - people with spinal
#        injury (told in the context section) and staff involved - subtle
#        claim ('halved') - no flags
# ---------------------------------------------------------------------------
entry(
    id="I2052", format="pdf", layout="caps_headings", topic="surf_beach_neck_injuries_tourists",
    project="independent129-feetfirst-2052", pdf_font="DejaVuSans",
    title="FEET FIRST: cutting spinal injuries among summer visitors at our surf beaches",
    cover=[
        "LEAD: Penmorvah District Council, Beach and Coastal Services",
        "PARTNERS: Western Approaches Ambulance Service NHS Trust; Truvenna General Hospital NHS Foundation Trust (Spinal Injuries Service); Gwithian Bay Surf Life Saving Club",
        "CONTACT: Beach Services Manager",
    ],
    primary_entrant=dict(name="Penmorvah District Council", type="local_authority"),
    partners=[
        dict(name="Western Approaches Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Truvenna General Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Gwithian Bay Surf Life Saving Club", type="charity"),
    ],
    sections=[
        ("context", "WHY WE DID IT", """
Penmorvah's population is about 60,000 in winter and well over 200,000 in August. Most of the visitors
come for the beaches. Our lifeguards, employed by the council, patrol eleven beaches from May to
September. Every summer we had a run of neck and back injuries in people who dived or ran headfirst into
shallow water at low tide, or who were dumped on the sandbar by a wave while bodyboarding. Most were
young men on holiday. Some were left paralysed.

The beaches change with every tide. A bay that is safe to run into at high water can have a sandbar a
metre below the surface two hours later, and visitors who have been in the sea at nine in the morning
come back at lunchtime and dive in at the same spot. Many had been drinking. Almost none had heard of a
sandbar, and the old signs said only 'Danger: strong currents'.

What went wrong was not only the injuries. Casualties were often walked up the beach by friends, or
pulled out of the water by the neck. Lifeguards had spinal boards but little practice in using them in
surf. Ambulances were sent to the car park, which on some beaches is 400 metres and a cliff path away
from the water, and crews carried heavy kit down while the casualty waited. Handover to the hospital
spinal team depended on who happened to be on shift.

<<P:Two young men who had broken their necks on our beaches in 2021 and 2022, one of whom now uses a
wheelchair, met the project group and went through their own rescues minute by minute with us.>> <<P:It
was one of them who said the signs at the beach entrance were written for people who already knew about
sandbars, and he and his girlfriend chose the cartoon that is now on every sign: a stick figure going
in feet first.>>

Feet First started in summer 2023. It has beach signs and daily sandbar flags at the most dangerous
beaches, a joint in-water spinal rescue drill for lifeguards, surf club volunteers and paramedics every
fortnight through the season, 'beach access points' with what3words and a four-wheel drive beach buggy
to bring crews to the water's edge, and a direct phone line from the lifeguard hut to the spinal team.
"""),
        ("evidence", "RESULTS", """
We compared the summers of 2021 and 2022 with 2023 and 2024 (May to September, eleven patrolled
beaches).

<<Q:Spinal injuries in people entering the water at our patrolled beaches halved, from 26 to 13.>>
<<Q:The share of suspected spinal casualties taken out of the water on a board with their neck held,
rather than walked or dragged out, went from about four in ten to nine in ten.>>

<<Q:The time from the 999 call to a paramedic reaching the casualty at the water's edge dropped from a
median of 27 minutes to 11 minutes.>>

We ran 38 joint drills and fitted 44 signs. The buggy was used 61 times.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Senior lifeguards designed the in-water drill with the ambulance service's hazardous area response
team and changed it after the first three sessions, because the boards floated out of reach in any kind
of swell.>> <<S:Volunteers from the surf club tested the sandbar flags at low tide and suggested they
go on the lifeguard tower, not on the sand, where people ignored them.>> <<S:Spinal nurses asked for a
photograph of the mechanism of injury to be sent through the direct line, which is now routine.>>
"""),
        ("value", "VALUE", """
The signs, flags and drills cost about £18,000 over two years, from the council's beach budget. The buggy
was bought with £24,000 raised by the surf club. A single spinal cord injury in a young adult costs many
hundreds of thousands of pounds over a lifetime, and the human cost cannot be counted.

The drills have had other benefits: the same skills are used for surfers with head injuries and for
swimmers pulled unconscious from the water.

Lifeguards say they feel much more confident in a real rescue now they have done it so often.

Paramedics say the beach buggy has changed the job. Before, a crew might arrive at the car park with a
scoop stretcher and a vacuum mattress and then face a steep path and a quarter of a mile of soft sand
with a patient to carry back. Now the casualty is brought up the beach on the buggy, already on a board,
with a lifeguard holding the head.
"""),
        ("spread", "SPREAD", """
Neighbouring councils on the north coast are using our sign design and the drill programme. The
ambulance service has offered the drill to every beach lifeguard service in its area. The national
lifeguarding body has asked for our beach access point method.

Inside the council, the sandbar flags are now part of the daily beach opening routine, and the tide
times for the flags are set each morning by the senior lifeguard on duty. The access points, with their
what3words and a photograph of the path, have been added to the ambulance service's gazetteer, so a call
handler can send a crew to the right gate without the caller needing to know where they are.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I2053  island patients sent home alone on the ferry after sedation - docx
#        - rubric headings - acute trust endoscopy matron, careful - trust
#        with ferry company, island council and the island GP practice -
#        patients involved - NO staff involvement (staff trained and briefed,
#        a single named lead, a survey with no change, plans)
# ---------------------------------------------------------------------------
entry(
    id="I2053", format="docx", layout="rubric_headings", topic="island_patients_sedation_ferry_home",
    project="independent129-escortedhome-2053", docx_font="Calibri",
    title="Not Alone on the Crossing: safe journeys home for island patients after sedation",
    cover=[
        "Lead: Kilbrannan Royal Hospital NHS Trust (Endoscopy and Day Surgery Unit)",
        "Partners: Caledhoul Ferry Services Ltd; Inchmarra Island Council; Inchmarra Medical Practice",
        "Prepared by the Matron, Endoscopy and Day Surgery",
    ],
    primary_entrant=dict(name="Kilbrannan Royal Hospital NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Caledhoul Ferry Services Ltd", type="private"),
        dict(name="Inchmarra Island Council", type="local_authority"),
        dict(name="Inchmarra Medical Practice", type="primary_care"),
    ],
    sections=[
        ("context", "Context: the safety problem", """
Kilbrannan Royal Hospital carries out around 9,000 endoscopies and day surgery procedures a year. About
600 of these patients live on Inchmarra, the island served by a 70-minute ferry crossing, and around
half of those procedures are done under sedation. National guidance is clear that a person who has had
sedation should not drive, operate machinery or be alone for 24 hours, and should have a responsible
adult to take them home.

For island patients this was much harder than it sounds. Many older islanders live alone. Relatives
often had to take two days off work to act as escort, with an overnight stay on the mainland. So in
practice patients were often discharged to walk down to the ferry terminal alone, sometimes still drowsy,
and drive off the ferry at the other end. Some declined sedation altogether and had a procedure they
found very painful, or declined the procedure. Others said they had an escort when they did not.

In 2022 a 78-year-old man fell on the ferry's stairs after a colonoscopy with sedation, having told the
nurses a neighbour was meeting him. He had no neighbour with him. He fractured his wrist and cheekbone.
A second patient drove off the ferry the same year and had a minor collision on the island road. These
two events prompted the project.

Not Alone on the Crossing began in March 2023. Island patients having sedation are now booked onto
dedicated 'island lists' timed so they can catch the afternoon sailing with at least two hours' recovery.
The ferry company reserves two seats in a quiet lounge next to the purser's office and the purser checks
on them during the crossing. The island council's community transport service meets them at the
terminal and drives them home, and the island practice's nurse phones them that evening and the next
morning. Patients who really cannot manage the journey are offered a bed in the hospital's patient
hotel at no cost.
"""),
        ("evidence", "Evidence of improvement", """
We compared island patients having sedation from March 2022 to February 2023 with March 2023 to February
2024.

<<Q:The number of island patients discharged after sedation with no escort or arranged transport fell
from 97 out of 286 to 6 out of 301.>> <<Q:Falls, injuries or road incidents reported on the journey
home went from 5 to none.>> <<Q:The proportion of island patients who declined sedation for colonoscopy
because of the journey fell from 22% to 9%, and the proportion of those colonoscopies that were
completed rose from 84% to 93%.>>

The community transport service made 274 trips from the terminal. The patient hotel was used 27 times.
"""),
        ("stakeholders", "Stakeholder engagement", """
<<P:The Inchmarra Patients' Voice group met us twice on the island and told us that what put people off
was not the crossing itself but the long wait on the pier at the other end with nobody to take them
home, which is why community transport was brought in.>> <<P:A woman who had refused sedation twice
because she had no one to go with her tried the new arrangement in its first month and suggested that
patients be given a card to show the purser, rather than having to explain in a busy lounge.>>

All endoscopy and day surgery nurses were trained in the new discharge checklist, and the ferry's
pursers were briefed by the company on what to look out for. The matron, as project lead, wrote the
standard operating procedure and the discharge checklist. Staff were sent a short questionnaire after
six months and their answers did not lead to any changes. We would like to bring the pursers and the
island nurses together with our team to review the scheme in the coming year.
"""),
        ("value", "Value and sustainability", """
Community transport trips are charged at £18 each, paid by the trust. The ferry seats are given free.
The patient hotel costs £75 a night. Against that, one fractured wrist and cheekbone, a cancelled list
slot or a second colonoscopy because the first was incomplete all cost more. Patients no longer need to
ask a relative to lose two days' pay.

There is also the cost of incomplete colonoscopies. A patient who declines sedation, or who has to stop
the test because of pain, needs a repeat test or a CT scan, which means another journey and another
delay in finding a cancer. Making sedation practical for island patients is one of the most useful things
the scheme has done, even though it was not the reason we started.

The quiet lounge has turned out to matter for other patients too. Island patients who have had eye drops, a nerve block or a plaster cast are now offered the same
seats, and the practice nurse's
evening call has picked up three patients with bleeding after a polyp was removed, all of whom were
brought back over on the next sailing and treated.
"""),
        ("spread", "Spread and sharing", """
The island list model has been adopted for cataract surgery and for outpatient hysteroscopy at our
hospital. The ferry company is offering the same quiet seats to the neighbouring health board's patients
on its other route, and we presented the work at a national endoscopy nursing conference.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I2054  medicines and notes missing on fixed-wing inter-island patient
#        flights - pdf - bullet lists - PRIVATE air operator as primary
#        entrant, with the island hospital trust and the mainland acute
#        trust (ineligible) - head of patient flights, upbeat - patients and
#        staff involved
# ---------------------------------------------------------------------------
entry(
    id="I2054", format="pdf", layout="bullet_lists", topic="inter_island_patient_flights_handover",
    project="independent129-flightbag-2054", pdf_font="LiberationSans", pdf_align="L",
    title="The Flight Bag: making sure medicines and notes travel with patients on inter-island flights",
    cover=[
        "Submitted by Skua Air Services Ltd",
        "Working with Northern Isles Community Hospitals NHS Trust and Aberlenn Royal Infirmary NHS Foundation Trust",
        "Contact: Head of Patient Flights, Skua Air Services",
    ],
    primary_entrant=dict(name="Skua Air Services Ltd", type="private"),
    partners=[
        dict(name="Northern Isles Community Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Aberlenn Royal Infirmary NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we did this", """
Skua Air runs the scheduled eight-seat air service between the six outer islands and the main island,
and under contract flies non-emergency patients to and from the community hospital on the main island and
the mainland infirmary. We carry about 2,600 patient journeys a year.

What we found in 2022:

- patients often arrived at the infirmary with no medicines at all, or with a carrier bag of old boxes from home

- the transfer letter was sometimes left on the aircraft, in the pilot's flight bag, or faxed to the wrong ward

- patients going home from the infirmary to an outer island arrived on the evening flight with no discharge letter, so the island nurse did not know about new medicines

- one woman on warfarin flew home with a new antibiotic and no blood test arranged, and was admitted a week later with a bleed

- our pilots and check-in staff had no way of knowing what should be travelling with a patient

- patients were anxious about being separated from their medicines, and some packed insulin and inhalers in checked luggage that ended up in the hold

What The Flight Bag does, since June 2023:

- every patient travelling for care has a sealed, bright yellow bag with their medicines, a medicines list and a transfer or discharge letter

- the sending ward fills in a one-page checklist on the bag, and our check-in agent signs that the bag is sealed and tagged to the passenger

- the bag travels in the cabin with the patient, never in the hold

- the receiving team is sent a text with the flight time and what is in the bag
"""),
        ("evidence", "Results", """
We compared June 2022 to May 2023 with June 2023 to May 2024.

- <<Q:patients arriving at the infirmary from the islands without their current medicines fell from 214 to 31>>

- <<Q:discharge letters missing when an island nurse first visited after a flight home went from about one in five to one in twenty-five>>

- <<Q:medicine incidents reported within a week of an inter-island transfer fell from 39 to 14>>

- 2,480 yellow bags have been issued in the first year
"""),
        ("stakeholders", "Who was involved", """
- <<P:islanders who fly often for dialysis and cancer treatment told us, at a meeting in the Westray-on-Skua community hall, that they wanted to keep their bag on their lap, not hand it over, and so the bag has a shoulder strap>>

- <<P:one older passenger, a retired lighthouse keeper, pointed out that he could not read the small print on the checklist, and the font was made bigger>>

- <<S:ward nurses at the infirmary and the community hospital tested three versions of the checklist over two months and cut it from two pages to one>>

- <<S:our pilots asked that the bag never go in the nose locker, because they could not get to it on the ground if the patient was taken off first>>

- <<S:island nurses asked for the text message with the flight time, so they can meet the plane>>
"""),
        ("value", "Value", """
- each bag costs £1.20 and the texts cost about £300 a year

- the time taken by ward staff to fill in the checklist is about five minutes

- a single admission for a bleed or a missed dose costs far more, and a trip back to the mainland for missing medicines costs a seat on a small plane
"""),
        ("spread", "Spread", """
- the ambulance service's air desk has asked to use the same bag for its own transfers

- we are offering the scheme to the operator of the southern isles air service

- the two trusts have written the bag into their transfer policies
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I2055  video pre-operative assessment for island patients - pdf - form
#        table with a cover table - ICB planned care lead, formal - ICB with
#        the acute trust and an island GP practice - patients and staff
#        involved - claims in words - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I2055", format="pdf", layout="form_table", topic="island_video_preoperative_assessment",
    project="independent129-readybeforeboat-2055", pdf_font="LiberationSans",
    title="Ready Before the Boat: video pre-operative assessment for island patients",
    cover_table=[
        ("Entry title", "Ready Before the Boat: video pre-operative assessment for island patients"),
        ("Organisation submitting", "NHS Firth and Isles Integrated Care Board"),
        ("Partner organisations", "Lochardie University Hospitals NHS Trust (Pre-operative Assessment Service); Eilean Rum Surgery (island GP practice)"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
    ],
    primary_entrant=dict(name="NHS Firth and Isles Integrated Care Board", type="icb"),
    partners=[
        dict(name="Lochardie University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Eilean Rum Surgery", type="primary_care"),
    ],
    sections=[
        ("context", "Background and the safety problem", """
Patients from the three small islands in our area who need planned surgery at Lochardie have to make a
ferry crossing of up to three hours each way. Until 2023 they had to come over once for a pre-operative
assessment and again for the operation. Many could not manage the first trip and had a telephone
assessment instead, which missed things: a blood pressure that had not been measured, an ECG that was
never done, a medicine such as a blood thinner or a diabetes tablet that should have been stopped. These
patients were then found on the morning of surgery to be unfit, or to have the wrong medicines on board,
and were sent home on the next boat. Some went ahead when, with hindsight, they should not have.

In 2022 an island patient having a hernia repair had not been told to stop her anticoagulant, and the
operation was carried out with a higher bleeding risk because she had already travelled and the team
felt under pressure not to send her back. She bled into the wound and needed a second operation.

Ready Before the Boat uses the island practice's nurse and a video link. The patient comes to their own
surgery, the practice nurse takes observations, bloods and an ECG, and the pre-operative nurse at
Lochardie joins by video to do the full assessment, with the anaesthetist brought in when needed. The
medicines plan is written into both records and the patient leaves with a printed copy.

The same approach is used when a patient's health changes between assessment and surgery. Because the
island nurse knows the patient and sees them in the surgery, she can flag a new chest infection, a fall
or a change in medicines to the pre-operative team and arrange a repeat video review before the patient
books the ferry, rather than the problem being found in the admissions lounge on the day.

Patients are also given a named contact at Lochardie and a 'before you travel' phone call two days
before surgery. The call checks that medicines have been stopped or started as planned, that the
patient has somewhere to stay if they need to, and that the ferry is running. If a storm is forecast,
the operation can be moved before the patient sets off.
"""),
        ("evidence", "Evidence of impact", """
We looked at all planned operations for island patients in the twelve months before and the twelve
months after the start in April 2023.

<<Q:On-the-day cancellations of island patients for reasons that should have been found at assessment
fell from roughly one in six operations to fewer than one in twenty.>> <<Q:Island patients arriving
for surgery without having stopped a medicine they had been asked to stop, or without having been told
to stop it, went from eleven cases to two.>>

<<Q:The share of island patients who had a full assessment, with observations, bloods and an ECG, rather
than a telephone call only, went up from less than half to nearly all.>> There have been 188 video
assessments so far.
"""),
        ("stakeholders", "Involvement of patients and staff", """
<<P:We asked members of the island community council's health group to try a video assessment as a
mock patient, and they told us the pre-operative nurse on the screen needed to introduce the practice
nurse by name, because islanders are wary of strangers asking personal questions in front of someone
they will meet in the shop.>> <<P:After that feedback, the consent to share was reworded with them.>>

<<S:The practice nurses at Eilean Rum and the pre-operative nurses at Lochardie spent two days together
on the mainland agreeing which checks the island would do and what equipment was needed, and they chose
a portable ECG machine that sends the tracing straight to the hospital.>> <<S:Anaesthetists asked for a
short 'escalate to anaesthetist' list so that the nurses know when to bring them onto the call, and
wrote it with the nurses.>>
"""),
        ("value", "Value for money and experience", """
The video equipment and ECG machine cost £7,800, paid for by the ICB. Each cancelled operation wastes a
theatre slot and costs the patient two ferry journeys and often a night away from home. Patients say
they much prefer being seen in their own surgery by a nurse they know.

The hospital has gained too. Theatre lists are planned with more certainty, because the island patients
on them have been properly worked up. The pre-operative nurses say the video assessments are often more
thorough than the old face-to-face ones, because the island nurse has already taken the observations and
bloods, and the time on the call is spent on the questions that matter. The practice says the nurse's
time is well used and is covered by the existing enhanced service.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I2056  volunteer responders and long lies after falls in hill villages -
#        docx - no headings - long - ambulance service community resilience
#        manager, first person - ambulance service with a responders'
#        charity, a university and the county council - involvement told
#        indirectly and in passive voice - SPC chart shift - no flags
# ---------------------------------------------------------------------------
entry(
    id="I2056", format="docx", layout="no_headings", topic="volunteer_responders_falls_long_lie_villages",
    project="independent129-upsafely-2056", docx_font="Arial",
    title="Up Safely: volunteer responders for older people who fall in the hill villages",
    cover=[
        "Entered by Pennine and Dales Ambulance Service NHS Trust",
        "with the Wensmoor Community Responders Trust, the University of Skelldale (Centre for Rural Health) and Wensmoor County Council (Adult Social Care)",
        "Written by Grace Allonby, Community Resilience Manager (Dales)",
    ],
    primary_entrant=dict(name="Pennine and Dales Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Wensmoor Community Responders Trust", type="charity"),
        dict(name="University of Skelldale", type="university"),
        dict(name="Wensmoor County Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
I have looked after community responder schemes in the Dales for nine years, and the calls that have
always bothered me most are not the dramatic ones. They are the older person who has slipped off the
edge of the bed at two in the morning, is not badly hurt, but cannot get up, in a farmhouse twenty-five
minutes up a single-track road from the nearest ambulance station, on a night when every ambulance in
the county is tied up. Falls without serious injury are, rightly, not top of the queue. But a person who
lies on a cold stone floor for four, six or eight hours can develop pressure damage, dehydration,
pneumonia or a breakdown of muscle that damages the kidneys, and many never fully get back their
confidence or their independence. We call it a long lie, and in the upper dales it was common.

In the winter of 2021/22 our own figures showed that the median wait for an ambulance to a fall with no
obvious serious injury, in the most remote postcodes, was over three hours. One man in his eighties,
who lived alone above Kettlesdale, waited eleven hours on his kitchen floor in February 2022. He had a
pressure sore on his hip by the time the crew arrived and spent six weeks in hospital. He never went
back to his farmhouse.

At the same time we had, scattered through those villages, a network of community first responders:
volunteers trained by us to go to cardiac arrests and chest pains and start care before the ambulance
arrives. They were never sent to falls, partly because they had no equipment for lifting and partly
because we did not have a safe way for them to judge whether a person could be lifted at all. The
county council ran a falls response service in the towns, with lifting cushions, but it did not reach
beyond the main valley roads. And the university's rural health team had been saying for some time that
rural falls deserved a proper look.

Up Safely is the result of the four organisations sitting down together in the spring of 2022. In
short, a group of our village responders were given an inflatable lifting cushion and a tablet, and were
trained to carry out a structured assessment at the person's side, with a clinician in our control room
watching on video, before anyone is lifted. If the clinician is happy, the responder lifts the person
with the cushion, makes them comfortable, takes a set of observations and, with the person's consent,
refers them to the council's falls and reablement team for a visit the next day. If the clinician is
not happy, the responder stays, keeps the person warm, and the ambulance is upgraded.
"""),
        ("stakeholders", None, """
It was important to us that the scheme was not designed at headquarters. <<S:The responders themselves
shaped a great deal of it: at three evening workshops in village halls they worked through the
assessment with our clinical hub paramedics and said plainly which steps they could and could not do
on their knees in a farmhouse kitchen by torchlight, and the assessment was cut from twenty-two
questions to twelve as a result.>> <<S:It was the responders, too, who asked that the video call should
be started before they touched the patient, not after, so that the clinician could see how the person
was lying.>>

<<S:Control room clinicians tested the video assessment for six weeks on staged falls in the university's
simulation flat, with nursing students playing the patients, and changed the order of the questions so
that head injury and anticoagulants come first.>> <<S:Occupational therapists and reablement workers in
the council's falls team agreed with us what information they need in the next-day referral, and their
form is now built into the tablet.>>

<<P:The man from Kettlesdale, whose story I told above, was visited in his care home by two of our
responders and a researcher, and what he said about those eleven hours, the cold most of all, is the
reason every responder now carries a foil blanket and a flask.>> <<P:Before the scheme went live, the
lifting was tried out on a number of older volunteers from the Kettlesdale and Upper Wens lunch clubs,
who were lifted on the cushion in a village hall and were asked afterwards how it felt; several said
the worst moment was not knowing what was going to happen next, so the responders now explain every
step out loud before they start.>> <<P:People who had been picked up by the scheme in its first year
were interviewed by the university and their comments went back to the responders, who rewrote the
leaflet they leave behind.>>
"""),
        ("evidence", None, """
Up Safely began in the upper dales in October 2022 and now covers eighteen villages, with 41 trained
responders. They have attended 623 falls.

The university has looked at our data on falls with no obvious serious injury in the eighteen villages,
comparing the two winters before with the two winters since. <<Q:The median time from the 999 call to
the person being off the floor has come down from 3 hours 12 minutes to 58 minutes.>> <<Q:Falls where
the person was on the floor for more than four hours fell from 71 to 14.>>

<<Q:Our monthly control chart of conveyance to hospital after a fall in these villages shows a sustained
shift downwards since the scheme started, with every month since January 2023 below the old average, and
the proportion taken to hospital has gone from around 55% to around 30%.>> That matters because a
hospital stay is so often where an older person's decline begins.

We have also looked at what happens afterwards. Most of the people helped by the scheme are still living
in their own homes six months later, and the council's reablement team tells us that the next-day visit,
which often leads to a pendant alarm, a grab rail or a review of medicines, is frequently the first
contact the person has had with any service.

Of the 623 falls, the control room clinician upgraded the call to an ambulance in 102, usually because
of a possible hip fracture, a head injury on a blood thinner or a new confusion. We have had no case in
which a person was lifted and later found to have a fracture that should have stopped the lift, and we
audit every one.

The council's falls and reablement team has received 418 referrals for a next-day visit.
"""),
        ("value", None, """
The equipment for each responder, the cushion, the tablet, the blanket and a bag, costs about £2,900,
and the scheme's first two years cost just under £150,000, including training, with most of the money
from the county council's prevention budget and a charitable grant to the responders' trust. Every
ambulance that does not have to drive forty minutes up a dale to a fall is free for a cardiac arrest or
a stroke. Every night a person does not spend in hospital is a night they are at home.

I have been moved by the responders' commitment. Several say that this work, where they can see they
have made a difference, feels more worthwhile than the cardiac arrests they also attend, which are so
often too late. People who have been helped tell them, again and again, that the fear of lying on the
floor for hours was worse than the fall.
"""),
        ("spread", None, """
The scheme is being extended to the coastal villages of the county in 2025, where the problem is much
the same. Two other ambulance services have visited us, and the university has published the assessment
and its evaluation so others can use them. We have presented at the national community first responder
conference, and the council has added the next-day visit to its falls pathway for the whole county.

If I were to give one piece of advice to anyone thinking of doing the same, it would be to start with
the volunteers you already have and trust their judgement about their own villages. They know which
farm tracks are passable in snow, which neighbour holds a spare key and which older people are too proud
to ring 999 until it is far too late. None of that is written down anywhere, and it has been as valuable
as any piece of equipment.

We have not solved everything. Some of the most remote farms are still an hour from the nearest
responder, and there are nights when no volunteer is available. We are recruiting in the villages that
are not yet covered, and the university is helping us look at whether a telephone check by the control
room clinician, with a neighbour lifting under video guidance, could be safe for some calls.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I2057  food allergy and anaphylaxis in summer visitors at seaside cafes
#        and takeaways - pdf - two columns - acute trust consultant in
#        allergy, measured - trust with district council environmental
#        health and an allergy charity - staff involved - NO patient
#        involvement (visitors only beneficiaries, a negation, a plan, an
#        unnamed 'stakeholders' event)
# ---------------------------------------------------------------------------
entry(
    id="I2057", format="pdf", layout="two_column", topic="seaside_food_allergy_visitors",
    project="independent129-askeveryorder-2057", pdf_font="LiberationSerif",
    title="Ask Every Order: preventing severe allergic reactions in visitors to seaside food outlets",
    cover=[
        "Lead: Saltmarsh Coast Hospitals NHS Foundation Trust, Adult and Paediatric Allergy Service",
        "Partners: East Brackenshore District Council (Environmental Health and Licensing); Brackenshore Allergy Support (registered charity)",
        "Author: Consultant in Allergy and Clinical Immunology",
    ],
    primary_entrant=dict(name="Saltmarsh Coast Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="East Brackenshore District Council", type="local_authority"),
        dict(name="Brackenshore Allergy Support", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
The three resort towns on our coast have about 400 cafes, takeaways, kiosks and ice cream stands, most
of them small and many open only from Easter to October. They are staffed largely by seasonal workers,
often students, and the staff change every few weeks. Every summer our emergency department sees
visitors, many of them children and teenagers, with severe allergic reactions to food bought on the
seafront: peanut in a sauce, milk in a 'dairy-free' ice cream, sesame in a burger bun, fish in a batter
that was shared with chips.

In August 2022 a boy of fourteen on holiday from the Midlands had a severe reaction to a milkshake from a
kiosk whose worker had told his mother it was made with oat milk. It was not. He needed two doses of
adrenaline, was admitted to intensive care, and survived. The kiosk had an allergen chart on the wall
that nobody had updated since the spring.

Food businesses must tell customers about the fourteen main allergens, and the council's environmental
health officers inspect them. But inspections are done once in a while and mostly out of season, when
the seasonal staff are not there, and the questions that matter are asked at the counter on a busy
Saturday in August.

The pattern of reactions told its own story. Most happened between eleven in the morning and four in the
afternoon on sunny days, when queues were longest. Many involved items that had been changed for the
season, a new sauce or a new supplier of ice cream, without the allergen chart being updated. Several
involved visitors whose first language was not English, who had asked but had not understood the answer.
And a striking number involved teenagers buying food on their own, away from their parents for the
first time.

The emergency department, the council and the charity had each been seeing part of this. Nobody had put
the three parts together until a summer's worth of cases was mapped, and almost half turned out to have
come from a single stretch of seafront.
"""),
        ("evidence", "What has changed", """
Ask Every Order began in the 2023 season. Environmental health officers now run a short, practical
allergen session for seasonal staff at the start of each month from May to August, in the town halls,
with an allergy nurse from the trust. Businesses that sign up display an 'Ask Every Order' sticker and
agree that staff will ask every customer about allergies and will check the recipe card rather than
guess. Officers make unannounced test purchases in July and August, asking for an allergen-free item.

<<Q:Attendances at our emergency department with food-related anaphylaxis in visitors, from May to
September, fell from 47 in 2022 to 26 in 2024.>> <<Q:In test purchases, the proportion of outlets that
gave correct allergen information when asked went from 58% in the first round in 2023 to 89% in the
round in August 2024.>>

174 outlets have signed up and 1,260 seasonal staff have attended a session.
"""),
        ("stakeholders", "Who was involved", """
<<S:Environmental health officers and the allergy nurses designed the staff session together and, after
watching the first two, cut the slides altogether in favour of handling real menus and recipe cards.>>
<<S:Advisers employed by Brackenshore Allergy Support went with the officers on test purchases and
helped decide what counts as a pass.>> <<S:Emergency department nurses agreed to record the outlet and the food on every
anaphylaxis attendance, so the council could follow it up the same week, and designed the short form
for it.>>

We did not run a public consultation, as the people we most wanted to protect are visitors who are
only here for a week or two. Families who had been treated in the emergency department were given a
leaflet about reporting the outlet to the council. A stakeholder event was held in the spring of 2024 to
present the results. We plan to ask visiting families for their views through the tourist information
centres next summer.
"""),
        ("value", "Value", """
Each staff session costs around £350 in officer and nurse time. Stickers and recipe card templates cost
£1,100. One night in paediatric intensive care costs several thousand pounds. Local businesses say the
sticker brings in families with allergic children who now feel safe to eat out.

For the council, the joint approach has made better use of a small team. Officers now spend their summer
time where the risk is, at the counter in the busy months, rather than on routine inspections of premises
that are closed for half the year. The emergency department's short form means that a reaction on a
Saturday can be followed up with the outlet by the Monday.
"""),
        ("spread", "Spread", """
Two neighbouring resort councils have joined for 2025. The session and the test purchase method are
being shared through the regional food safety liaison group, and the charity has put the materials on
its website for other coastal towns.

We are also working with the main seafront ice cream and milkshake suppliers, whose products are sold in
dozens of kiosks, so that recipe changes come with an updated allergen sheet that outlets can pin up. Two
of the larger suppliers now send one automatically.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I2058  adder bites in walkers and antivenom on a peninsula - docx - style
#        headings - community trust urgent care pharmacist, matter-of-fact
#        - community trust MIUs with the acute trust pharmacy and the
#        national park authority - a bitten walker involved - NO staff
#        involvement (nurses trained, rangers given cards, a named lead
#        doing the job) - NO quantitative evidence (counts, a single time, a
#        zero with no earlier figure)
# ---------------------------------------------------------------------------
entry(
    id="I2058", format="docx", layout="style_headings", topic="adder_bites_antivenom_rural",
    project="independent129-adderaware-2058", docx_font="Cambria",
    title="Adder Aware: getting the right care quickly for walkers bitten by adders on the Corran Peninsula",
    cover=[
        "Corran and Hallow Community Health NHS Trust, Minor Injuries Units",
        "With Hallow Bay District General Hospital NHS Trust (Pharmacy and Emergency Department) and the Corran Moors National Park Authority",
        "Lead: Urgent Care Pharmacist",
    ],
    primary_entrant=dict(name="Corran and Hallow Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Hallow Bay District General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Corran Moors National Park Authority", type="public_other"),
    ],
    sections=[
        ("context", "Background", """
The Corran Peninsula has heathland, coastal paths and moorland that draw more than a million visits a
year, most of them between April and September. It is also one of the places in England where adders
are most often seen. Adder bites are not common, but each summer a number of walkers, and quite a few
dogs, are bitten, usually on the hand or ankle. Most bites cause pain and swelling and nothing more. A
small number cause serious poisoning, with falling blood pressure, vomiting and swelling spreading up
the limb, and those patients need antivenom within hours.

The problem was that bitten walkers often went to whichever of our three minor injuries units was
nearest, where there was no antivenom and where nurses saw perhaps one bite every two years. Some were
sent home with a pain killer and came back at night much worse. Others were transferred by ambulance to
Hallow Bay, forty miles away, without anyone having checked whether antivenom was in stock there. In
July 2022 a woman of 67 bitten on the ankle near Polgrennick was seen at a minor injuries unit, sent home,
and collapsed four hours later. When she reached Hallow Bay, the antivenom had expired and more had to be
sent from another hospital.

Adder Aware, which started in 2023, is a single pathway across the two trusts: a one-page bite
assessment card for minor injuries units, a rule that every bitten person is observed for at least two
hours with blood tests, a direct line to the emergency department consultant, and a stock of antivenom
kept in date at Hallow Bay with a named pharmacist responsible for checking it monthly. The national park
put up advice at its main car parks and visitor centres.

The card asks four questions at the first assessment: where on the body, how long ago, whether the person
has felt faint or vomited, and whether the swelling has passed the nearest joint. It sets out the blood
tests to take, how often to measure blood pressure and the limb, and when to call the emergency
department consultant. The direct line means that the minor injuries unit nurse speaks to the person
who will give the antivenom, and the pharmacist is told at the same time so that the vials can be
brought to the department before the patient arrives.

The advice for walkers is short: keep to paths, keep dogs on leads in spring and early summer, and if
bitten, keep still, keep calm, remove rings and watches, and get to a minor injuries unit or call 999.
"""),
        ("evidence", "Results so far", """
In the 2023 and 2024 seasons 37 people with adder bites were assessed using the card at our minor
injuries units. Nine were transferred to Hallow Bay and four received antivenom. The median time from
arrival at Hallow Bay to antivenom for those four was 48 minutes.

The antivenom stock has been in date at every monthly check since April 2023. No bitten patient has been
sent home from a minor injuries unit without the two-hour observation.

All 58 nurses and emergency practitioners in the three units completed the bite e-learning.
"""),
        ("stakeholders", "Engagement", """
<<P:The woman who collapsed in 2022 agreed to be interviewed by our pharmacist, and her account of being
told 'it's only a snake bite' at the first unit led directly to the rule that nobody is sent home before
two hours.>> <<P:She also read the draft visitor advice and asked for it to say clearly 'do not try to
suck out the venom or cut the wound', because that was what a fellow walker had tried to do to her.>>

Nurses and emergency practitioners in the minor injuries units completed the bite e-learning and were
shown the assessment card at their team meetings. National park rangers were given a supply of the
visitor advice cards to hand out. The urgent care pharmacist wrote the pathway as part of her role.
"""),
        ("value", "Value", """
A course of antivenom costs around £1,500 and each vial has a limited shelf life, so keeping one stock in
the right place, rather than small amounts in several places, is also better use of money. The e-learning
was free. A missed severe bite can mean intensive care, and for a dog-walker on holiday, a frightening
and lonely time far from home.

Having a single stock also means it can be trusted. Before Adder Aware, two hospitals in the region held
antivenom but neither was sure who was responsible for it, and one batch had been out of date for months.
Now there is a named person, a monthly check and a log.
"""),
        ("spread", "Spread", """
The pathway has been shared with the regional urgent care network and with two other national park
areas in the south west. The visitor advice cards are now given out at the peninsula's tourist
information centres.

Next season we will add the advice to the national park's app and to the walking route leaflets sold in
the visitor centres, and the card will be included in the induction pack for locum nurses who cover the
minor injuries units in summer.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I2059  leptospirosis missed in farm and fish farm workers - pdf - with
#        appendix - university lead (rural health research group), academic
#        - with a GP federation and the acute trust microbiology lab - staff
#        involved - NO patient involvement (workers surveyed, nothing
#        changed; workers told; a plan) - subtle claim ('a third')
# ---------------------------------------------------------------------------
entry(
    id="I2059", format="pdf", layout="with_appendix", topic="leptospirosis_farm_fish_farm_workers",
    project="independent129-thinklepto-2059", pdf_font="LiberationSerif", pdf_align="L",
    title="Think Lepto: earlier diagnosis of leptospirosis in farm and fish farm workers",
    cover=[
        "Lead entrant: University of Glenmorrach, Rural and Remote Health Research Group",
        "Partners: Lorn and Ardnish GP Federation; West Highlands and Islands Hospitals NHS Trust (Microbiology)",
        "Prepared by the Senior Lecturer in Rural Primary Care",
    ],
    primary_entrant=dict(name="University of Glenmorrach", type="university"),
    partners=[
        dict(name="Lorn and Ardnish GP Federation", type="primary_care"),
        dict(name="West Highlands and Islands Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
Leptospirosis, or Weil's disease, is caught from water or soil contaminated with the urine of rats,
cattle and other animals. In our part of the west coast, the people most at risk are dairy and beef
farm workers, workers on salmon farms who handle feed stores and nets, and people who clean out byres,
silage pits and boat sheds. The illness usually starts like flu: fever, headache, muscle aches, often
bad pain in the calves. Most people get better. A minority develop jaundice, kidney failure or bleeding
into the lungs, and some die.

Because it looks like flu, it is easy to miss. Our review of the nine confirmed cases in the area between
2017 and 2021 found that seven had seen a GP or an out-of-hours clinician at least once before the
diagnosis was considered, on average five days before. Two of them were flown to the mainland intensive
care unit. The test itself was also slow: samples had to go to a national reference laboratory, and
results took ten days or more.

Think Lepto was set up in 2022 by the university's rural health group with the GP federation and the
hospital laboratory. It has three parts: a prompt in the GP record that appears when a patient coded as a
farm or fish farm worker presents with a fever; a fast-track pathway for a blood test that the hospital
laboratory now runs locally; and a short teaching session for GPs, practice nurses and out-of-hours
clinicians.

The partnership made sense because each part needed the others. The prompt would be pointless without a
fast test, and the fast test would be wasted if clinicians did not think to ask for it. The university
brought the case review, the evaluation and the time to write things up; the federation brought the
practices and their records; the laboratory brought the test and the results service.

We also had to get the occupational coding right. Before the project, fewer than one in five farm or
fish farm workers in the practices had their occupation recorded in a way the system could search. The
practices now ask about occupation at registration and at long-term condition reviews, and the code is
added by the reception team.
"""),
        ("evidence", "Evidence of improvement", """
We compared the five years before (2017 to 2021) with the period since the prompt went live (2022 to
2024), using laboratory records and case notes.

<<Q:The time from a sample being taken to a result reaching the GP fell from a median of 11 days to 2
days once the test was run locally.>> <<Q:The average number of days from the first clinical contact to
the diagnosis being considered fell by about a third, from just over five days to three and a half.>>

<<Q:Confirmed cases that needed intensive care went from two of nine before the prompt to none of eight
since.>> Over 1,100 fever consultations in coded workers triggered the prompt.
"""),
        ("stakeholders", "Involvement", """
<<S:GPs and practice nurses from six practices helped design the record prompt, and asked for it to
appear only once per episode so that it would not be ignored, which is how it now works.>>
<<S:Biomedical scientists in the hospital laboratory validated the local test with our researchers and
set the rules for when a sample is fast-tracked.>> <<S:Out-of-hours clinicians tested the prompt during a
winter pilot and asked for it to show the farm or fish farm in plain words, not a code.>>

Farm and fish farm workers were told about the symptoms through posters in agricultural merchants and
on fish farm staff noticeboards. A questionnaire was sent to workers at four salmon farms in 2023; the
replies showed good awareness and no changes were made to the posters. We hope to work with the farming
unions on a worker-led campaign in the future.
"""),
        ("value", "Value", """
The local test costs about £30 a sample, less than the reference laboratory charge once transport is
included. One intensive care admission with leptospirosis, with an air transfer, costs tens of thousands
of pounds. For people who live from day to day on the income of a small farm, a long illness can be
ruinous.

The local test has other uses. Because results come back in two days, clinicians can stop antibiotics
that are not needed, and patients who test negative can be investigated for other causes sooner. The
laboratory has used the same approach to bring a second test, for Q fever, in-house.
"""),
        ("spread", "Spread", """
The prompt has been offered to all GP practices in the health board region and the laboratory now
takes samples from two neighbouring areas. The group has published the prompt wording and will present
the results at a national rural health conference.
"""),
    ],
    trailer=[
        ("heading", "Appendix: definitions and sources"),
        ("para", "Coded worker: a patient with an occupation code in the GP record for farm work, fish farming or related work. Confirmed case: a positive local or reference laboratory test with a compatible illness."),
        ("para", "Data are from the hospital laboratory information system, the GP federation's records and case note review by the research group, with approval from the university's ethics committee (reference RH-2022-041)."),
        ("para", "Contact: Rural and Remote Health Research Group, University of Glenmorrach, Harbour Campus, Glenmorrach GM4 7LT."),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I2060  shotguns on farms and farmers in crisis - docx - reordered
#        (evidence first) - police firearms licensing manager, frank -
#        police force with a GP federation and a farming support charity -
#        farmers (by pronoun) and staff involved - subtle claim ('a third
#        fewer') - no flags
# ---------------------------------------------------------------------------
entry(
    id="I2060", format="docx", layout="reordered", topic="farm_firearms_suicide_risk",
    project="independent129-safekeeping-2060", docx_font="Calibri",
    title="Safe Keeping: firearms, farmers and mental health crisis in the upland farms of Brackendale",
    cover=[
        "Brackendale Constabulary, Firearms Licensing Unit (lead)",
        "Partners: Brackendale Rural GP Federation; The Fellside Farming Help Network (charity)",
        "Submitted by the Firearms Licensing Manager",
    ],
    primary_entrant=dict(name="Brackendale Constabulary", type="emergency_service"),
    partners=[
        dict(name="Brackendale Rural GP Federation", type="primary_care"),
        dict(name="The Fellside Farming Help Network", type="charity"),
    ],
    sections=[
        ("evidence", "What changed", """
We measured two things: how often a GP concern about a certificate holder's health reached us, and how
often a farmer in crisis had access to a gun at the time.

GPs sent the licensing unit 63 notifications about a certificate holder's mental health in 2024.
<<Q:The average time from the GP consultation at which a concern was raised to our knowing about it fell
from 19 days to 2.>> <<Q:Call-outs to farms where a person in mental health crisis had a firearm within
reach fell by a third, from 36 in the two years before Safe Keeping to 24 in the two years after.>>

Since the scheme began, 211 farmers have voluntarily lodged their guns with a registered dealer or a
neighbour for a period, most of them for a few weeks. There were two firearm suicides on farms in our
area in 2020 and 2021.
"""),
        ("context", "Why we needed to act", """
About 3,800 people in Brackendale hold a shotgun or firearm certificate, and around half of them are
farmers. For a hill farmer a shotgun is a working tool, for foxes and vermin and for putting down a
badly injured animal. It is also the means most often used by farmers who take their own lives. Farming
has one of the highest suicide rates of any occupation, and in the uplands the pressures pile up: debt,
bad weather, disease in the herd, isolation, and a culture of not talking about it.

The law already asks GPs to tell the police if they have concerns about a certificate holder's mental
health. In practice it almost never happened. GPs were unsure whether they were allowed to, worried
about losing the farmer's trust, and did not know who to contact. When it did happen, the letter often
took weeks. Farmers, for their part, feared that any mention of stress to the doctor would mean the
police coming to take their guns away for good, and with them their living, so they did not mention it.

In 2021 a farmer in his fifties took his own life with his shotgun a week after telling his GP he could
not sleep for worrying about the farm. Nobody had thought to talk to him about the gun.

There was also a trust problem with the police. Many farmers saw firearms licensing as something done to
them, and the only time an officer came to the farm was to check the gun cabinet or, worse, to take the
guns away. Nobody expected a licensing officer to ask how they were coping. We needed partners who
farmers already trusted, and a way for a GP's concern to lead to help, not only to a knock on the door.

Safe Keeping, which started in the spring of 2022, has three parts. A GP who is worried about a
certificate holder can send a short secure form to a named officer for their valley, and the officer
and the GP talk the same day. The farmer is offered temporary safe keeping of the guns with a trusted
person, without any change to the certificate. And the farming charity's support workers are told, with
the farmer's consent, so that the practical worries behind the crisis can be tackled.
"""),
        ("stakeholders", "Working together", """
<<P:Six farmers who had been through a crisis, three of them certificate holders, came to the first
meetings at the auction mart; they were clear that the word 'revocation' would stop anyone talking, and
it was they who came up with the idea of a 'temporary safe keeping' arrangement with a trusted
neighbour or dealer, with the certificate untouched.>> <<P:Their wives and one farmer's daughter also
helped us write the short card that GPs now hand out, which says in plain words what will and will not
happen.>>

<<S:GPs from the federation's practices agreed with our licensing staff a one-page secure email form for
raising a concern, and asked for a named licensing officer for each valley so they knew who would
read it.>> <<S:Our firearms enquiry officers, who visit every certificate holder, changed how they
run home visits after training with the charity's support workers, and they suggested adding a
question about how the farm is doing to every renewal visit.>> <<S:The charity's field officers, who
visit farms about tenancy and money problems, agreed the route for referring a farmer to the GP and
tested it with us over one winter.>>
"""),
        ("value", "Value", """
The scheme cost very little: a few days of officer time a month and the cards. The federation and the
charity give their time. A single death leaves a family, a farm and often a whole valley in shock for
years.

Farmers tell the charity that they feel able to mention a bad patch to their GP now without fearing
that they will lose their livelihood.

Our licensing staff say the work has changed how they see their role. Renewal visits now often include
a cup of tea and a conversation about the farm, and several officers have been the first to notice that
a certificate holder was struggling.
"""),
        ("spread", "Spread", """
The safe keeping arrangement and GP form have been shared with the national firearms licensing
managers' group and adopted by two neighbouring forces. The farming charity has taken the card to
agricultural shows across the north of England.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I2061  carbon monoxide on moored boats and in harbour holiday flats - pdf
#        - numbered questions - harbour authority deputy harbour master,
#        practical - harbour authority with fire and rescue, the council's
#        private housing team and the acute trust emergency department -
#        staff involved - NO patient involvement (boat owners given alarms,
#        a family written to, a users' committee updated, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I2061", format="pdf", layout="numbered_questions", topic="carbon_monoxide_boats_harbour_holiday_lets",
    project="independent129-silentberth-2061", pdf_font="DejaVuSans", pdf_align="L",
    title="Silent on the Berth: reducing carbon monoxide poisoning on moored boats and in harbourside holiday flats",
    cover=[
        "Lead: Porthaven Harbour Trust (trust port authority)",
        "Partners: Kernock Fire and Rescue Service; Porthaven Town Council (Private Sector Housing); Royal Kernock Hospitals NHS Trust (Emergency Department)",
        "Contact: Deputy Harbour Master",
    ],
    primary_entrant=dict(name="Porthaven Harbour Trust", type="public_other"),
    partners=[
        dict(name="Kernock Fire and Rescue Service", type="emergency_service"),
        dict(name="Porthaven Town Council", type="local_authority"),
        dict(name="Royal Kernock Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What was the safety issue and why was a partnership needed?", """
Porthaven is a working fishing port that becomes a busy leisure harbour in summer, with around 420
berths and moorings and about 90 holiday flats in the old net lofts and chandleries around the quay.
Carbon monoxide is a hidden danger in both. On boats it comes from cabin heaters, cookers, generators
and engine exhausts, and it can build up in a closed cabin overnight or drift in from the next boat.
In the holiday flats, many of which were converted cheaply years ago, old gas boilers and flues shared
between buildings were the main worry.

In the spring of 2022 two young men were found dead in the cabin of a motor cruiser on the visitors'
pontoon after running a petrol generator overnight. That summer a family of four from a holiday flat on
the west quay were taken to hospital with headaches and vomiting; the cause was a blocked flue in the
chandlery below. The emergency department had seen a number of visitors with vague symptoms over the
years that, looking back, may have been carbon monoxide, but nobody had joined the dots.

No single body had the full picture. We control the berths but not the boats. The council licenses
holiday lets but had no record of which flats shared flues. The fire service investigates fires but
not poisonings that do not lead to one. The hospital sees the patients but rarely knows where they
were staying.

Visitors are the hardest group to reach. A yacht may arrive in the evening and leave at dawn; a family
may rent a flat for a week and never read the folder on the kitchen table. Many boat owners believed that
carbon monoxide was only a problem with gas, and did not realise that a petrol generator or a blocked
engine exhaust could kill them as they slept. Some had alarms but had taken the batteries out because the
alarm went off when they were cooking.
"""),
        ("evidence", "2. What evidence is there that the partnership has improved safety?", """
Since April 2023, a carbon monoxide alarm check has been a condition of every visitor berth and annual
mooring licence. Harbour staff lend alarms to visiting boats that do not have one. The fire service and
the council's private housing officers have inspected every holiday flat on the quay, and flats with
shared flues now have a linked alarm. The emergency department checks the carbon monoxide level of any
visitor from the harbour area with headache, dizziness or vomiting, and tells us the berth or address.

<<Q:Boats found on our spot checks without a working carbon monoxide alarm fell from 61% in the summer
of 2022 to 9% in the summer of 2024.>> <<Q:Holiday flats on the quay with an unsafe gas appliance or flue
found at inspection went from 23 of the 88 inspected in 2023 to 3 at re-inspection in 2024.>>

<<Q:Confirmed carbon monoxide poisonings linked to the harbour fell from seven in 2022 to one in 2024.>>
We have lent 310 alarms.
"""),
        ("stakeholders", "3. Who was involved, and how were patients, the public and staff involved?", """
<<S:Harbour patrol staff designed the berth spot check with fire service watch managers, and after the
first month they asked for it to be done at dusk, when heaters and generators are running, rather than
in the morning.>> <<S:Emergency department nurses and doctors agreed the trigger for checking carbon
monoxide in visitors and added the 'where are you staying?' question to their triage screen.>>
<<S:Private housing officers and fire safety inspectors worked out the joint inspection checklist
together, and the inspectors suggested including the lofts above flats, where flues often run.>>

Every berth holder was sent the new licence conditions and a leaflet, and visiting yachts were given an
alarm on arrival if they needed one. The families of the two men who died were written to when the
campaign began. The harbour users' committee was updated on progress at each quarterly meeting. We
have not asked boat owners or holiday guests for their views yet, but we would like to in 2025.
"""),
        ("value", "4. What has been the impact on experience and value for money?", """
Alarms cost about £20 each and most are returned at the end of a visit. Inspections used existing
officer time. A single death, or a family in hospital, is a tragedy and a lasting blow to the harbour's
name as a safe place to visit. Holiday flat owners tell us the linked alarms have made insurance easier.

The harbour patrol now carries a handheld carbon monoxide meter, which has twice been used to find a
leaking exhaust on a visiting boat before anyone was hurt. The fire service uses the berth check as a way
into other safety conversations, about fuel storage and escape from cabins.
"""),
        ("spread", "5. How has the work been shared?", """
The licence condition has been adopted by two other trust ports in the south west, and we have shared
it through the national harbour masters' association. The fire service now uses the joint inspection
checklist in three other harbour towns.

Within the harbour, the alarm check has become as routine as checking a boat's insurance. Visiting
yachtsmen are told about it in the harbour guide and on the radio when they call up for a berth, and the
harbour office lends an alarm as readily as it lends a water hose.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I2062  remote consultations between an island community hospital and
#        mainland specialists - pdf via soffice - style headings - teams of
#        one trust only (ineligible, no partner) - medical director,
#        reflective - patients, a relative and staff involved - NO
#        quantitative evidence (consultation counts, a target, a single
#        figure)
# ---------------------------------------------------------------------------
entry(
    id="I2062", format="pdf", layout="style_headings", topic="island_hospital_remote_specialist_consultations",
    project="independent129-specialistbedside-2062", render_via="soffice", docx_font="Liberation Serif",
    title="A Specialist at the Bedside: remote consultations for patients in the Isle of Farra Community Hospital",
    cover=[
        "Isles and Firth Health NHS Trust",
        "A joint project of the Isle of Farra Community Hospital, the mainland Acute Medicine, Cardiology and Geriatric Medicine departments and the trust's Digital Health team",
        "Author: Associate Medical Director for Remote and Rural Care",
    ],
    primary_entrant=dict(name="Isles and Firth Health NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "The problem", """
The Isle of Farra Community Hospital has fourteen beds and is run by island GPs and a small nursing
team. It admits older people with infections, falls and heart failure who would otherwise have to go to
the mainland, two hours away by ferry or twenty-five minutes by air ambulance when the weather allows.
For most admissions that works very well. But when a patient was not improving, or had a problem outside
the GPs' experience, the choice was stark: a telephone call to a mainland registrar who had never seen
the patient, or a transfer, with all the risks and distress that brings for a frail person.

It was not only the difficult cases. Being the only doctor on the island overnight with a
deteriorating patient, a storm blowing and a decision to make about whether to call out the air
ambulance is a lonely place to be. In a mainland hospital a doctor in that position would simply show
the patient to a specialist in the corridor and ask 'what do you think?'

Reviews of deaths and serious incidents in the hospital in 2021 and 2022 found three cases in which a
patient deteriorated over several days while advice was being passed back and forth by telephone. In one,
an 89-year-old woman with a slow heart rhythm was not recognised as needing a pacemaker until she
collapsed, and she was flown out at night in bad weather. At the same time, some transfers were made
that, on arrival, the mainland consultant felt had not been needed.

In 2023 we set up daily video ward rounds between the island and the mainland: the island GP and nurse
at the bedside with a tablet on a stand, a mainland consultant in acute medicine, cardiology or geriatric
medicine on the other end, able to see the patient, hear them, look at the monitor and read the record.
A consultant is also available by video at any time for urgent advice.

It sounds simple, and in some ways it is. The hard parts were the practical ones: a reliable connection
on an island where broadband drops in high winds, a way for the mainland consultant to see the island's
electronic record and observations chart, and a time of day that suited both a busy mainland ward round
and a small island team with GP surgeries to run. We settled on a fixed slot at 11.30 each morning.

We also had to agree who was responsible for what. The island GP remains the patient's doctor, and the
consultant advises. The advice is written into the record during the call, by the consultant, so there is
no doubt afterwards about what was said.
"""),
        ("evidence", "What we have seen", """
Since the start in May 2023, 1,046 video consultations have taken place, an average of about three a
working day. Cardiology has joined 212 of them.

Our target was that every patient not improving after 48 hours would have a video review, and in our
audit of 60 admissions in spring 2024 this happened for 52. Over the same period there were 61 transfers
to the mainland. No deaths or serious incidents related to delayed specialist advice have been reported
since the rounds began.

We plan to compare transfer and readmission rates before and after once we have two full years of data.
"""),
        ("stakeholders", "Working with patients, families and staff", """
<<P:Before the rounds began, several long-standing island patients tried the video set-up with us on the
ward and told us the tablet was too far away for them to see the consultant's face, so it is now on an
arm that swings to the bedside.>> <<P:The daughter of one patient who had been transferred in 2022
joined our planning group and asked that families be offered the chance to join the video round from
home, which now happens whenever the patient agrees.>>

<<S:Island nurses wrote the short 'round ready' list of what needs to be to hand before each call, after
the first week showed that consultants spent the first ten minutes waiting for observations and blood
results.>> <<S:Mainland geriatricians and the island GPs agreed together which patients should be
discussed every day and which only when they were worried.>> <<S:Digital health staff changed the
connection to the hospital's satellite backup after nurses reported the calls dropping during storms.>>
"""),
        ("value", "Value", """
The equipment cost about £11,000 and the consultant time has been found by adding the island to existing
ward rounds. An air transfer costs several thousand pounds, and for an older person a move to the
mainland can mean weeks away from home and family. The island GPs say they feel far less alone with
their sickest patients.

Consultants say they learn a great deal from seeing the island patients and the conditions the island
team work in, and several have visited Farra in person as a result. Nurses on the island say the daily
round has become a form of teaching, and two have gone on to take advanced practice courses.
"""),
        ("spread", "Spread", """
The same video rounds have been started in our two other island hospitals, and the model has been
presented to a national remote and rural health conference.

The lessons that others may find useful are practical ones. The connection has to work every time, or
staff stop trusting it, so we paid for a satellite backup from the start. The round has to happen at the
same time every day, so that it becomes routine rather than an extra. And the advice has to be written by
the person giving it, in the record, during the call. We have written up our standard operating
procedure and the equipment list and will share them with any remote hospital that asks.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I2063  E. coli O157 in children visiting the petting farm at a holiday
#        park - docx - bullet lists - PRIVATE leisure company as primary
#        entrant, with the council, the regional health protection team and
#        the children's hospital (ineligible) - head of guest safety, upbeat
#        - parents and children involved - NO staff involvement (staff
#        trained, a named farm manager, a survey with no change, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I2063", format="docx", layout="bullet_lists", topic="holiday_park_petting_farm_ecoli",
    project="independent129-washupwaves-2063", docx_font="Calibri",
    title="Wash Up, Wave Goodbye: stopping E. coli infections in children visiting our holiday park farm",
    cover=[
        "Primary entrant: Sandrock Leisure Parks Ltd (Sandrock Bay Holiday Village)",
        "Partners: Tregarrow District Council (Environmental Health); South West Coast Health Protection Team, UK Health Security Agency; Tregarrow Children's Hospital NHS Trust",
        "Contact: Head of Guest Safety",
    ],
    primary_entrant=dict(name="Sandrock Leisure Parks Ltd", type="private"),
    partners=[
        dict(name="Tregarrow District Council", type="local_authority"),
        dict(name="UK Health Security Agency", type="public_other"),
        dict(name="Tregarrow Children's Hospital NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
Sandrock Bay Holiday Village has 650 caravans and lodges and welcomes around 90,000 guests a year, most
of them families with young children. Our small farm, with goats, lambs, calves, pigs and chickens, is
one of the most popular parts of the park. Feeding the lambs at 10am is a highlight of many holidays.

What went wrong:

- in August 2022 three children who had stayed with us were taken ill at home with bloody diarrhoea caused by E. coli O157, and one, a girl of four, developed kidney failure and needed dialysis for two weeks

- the health protection team's investigation found the same strain in the calves' pen

- handwashing at the farm was one sink with cold water and a soap dispenser that was often empty, at the far end from the exit

- food and drink were sold from a kiosk right by the animal pens, and children ate ice creams while stroking the goats

- parents did not know that young children are most at risk, or that gel is not enough

What Wash Up, Wave Goodbye does, since the 2023 season:

- one entrance and one exit to the farm, with the sinks between the last pen and the gate so nobody can leave without passing them

- no food or drink in the farm, and buggies and dummies left at the entrance

- a member of staff at the exit at busy times to remind families and hand out paper towels

- calves are tested in spring and kept in a pen that children can see but not touch

- a simple card in every welcome pack, explaining why handwashing matters for under-fives
"""),
        ("evidence", "What has changed", """
We compared the 2022 season with 2023 and 2024, using health protection team reports and our own
observation audits.

- <<Q:children seen washing their hands with soap and water on leaving the farm went up from around 30% in our audit in August 2022 to 88% in August 2024>>

- <<Q:reported gut infections linked to the farm fell from nine cases in 2022 to one in 2023 and none in 2024>>

- the kiosk was moved 60 metres away and a picnic area opened outside the farm gate

- six warm-water sinks at child height now stand by the exit
"""),
        ("stakeholders", "Who helped us", """
- <<P:the parents of the girl who needed dialysis met our managers and the health protection team in the winter of 2022 and asked for sinks that a four-year-old can reach without being lifted, which is how the child-height sinks came about>>

- <<P:a children's 'farm panel' of young guests on the October half-term break tested three handwashing songs and chose the 'wave goodbye' song that now plays over the sinks>>

- <<P:families on the park's guest forum voted for the picnic area to go by the farm gate, not by the pool>>

- all 34 farm and kiosk staff were trained in the new rules

- our farm manager, Bryony Treen, rewrote the farm's risk assessment

- we surveyed staff at the end of 2023 and they were happy with the changes, so nothing was altered

- we plan to set up a staff safety group across all our parks in 2025
"""),
        ("value", "Value", """
- the sinks, signs and moving the kiosk cost £38,000, paid for by the company

- a child on dialysis is a terrible ordeal for a family and costs the NHS many thousands of pounds

- guests tell us they trust the park more, and bookings for farm experiences have gone up

- the changes cost far less than the refunds, legal costs and loss of reputation that followed the 2022 outbreak
"""),
        ("spread", "Spread", """
- the same changes have been made at our four other parks

- the health protection team has shared our sink layout with other open farms in the region

- the council has added child-height sinks to its checklist for animal contact licences
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I2064  planned transfer off the island for birth in winter - docx - form
#        table with a cover table - short - air ambulance charity clinical
#        lead, plain - charity with the maternity unit and the island
#        practice - women and staff involved - NO evidence section and no
#        measured change anywhere
# ---------------------------------------------------------------------------
entry(
    id="I2064", format="docx", layout="form_table", topic="island_planned_birth_transfer_winter",
    project="independent129-beforethestorm-2064", docx_font="Calibri",
    title="Before the Storm: planning the journey to the mainland for island women due to give birth in winter",
    cover_table=[
        ("Title of entry", "Before the Storm: planning the journey to the mainland for island women due to give birth in winter"),
        ("Lead organisation", "Hebrides and Firth Air Ambulance (registered charity)"),
        ("Partner organisations", "Lochardie University Hospitals NHS Trust (Maternity Unit); Isle of Colvay Medical Practice"),
        ("Name and role of entrant", "Clinical Lead, Hebrides and Firth Air Ambulance"),
    ],
    primary_entrant=dict(name="Hebrides and Firth Air Ambulance", type="charity"),
    partners=[
        dict(name="Lochardie University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Isle of Colvay Medical Practice", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
The Isle of Colvay has no maternity unit. Women are advised to go to the mainland at around 38 weeks and
wait for labour there, but many understandably put this off, because it means weeks away from home and
from their other children. In winter, gales can stop the ferry and ground aircraft for days. Every few
years a woman goes into labour on the island in a storm, and the island GP and nurse, who may not have
delivered a baby for years, have to manage with our crew flying in only if and when the weather lifts.

In January 2023 a woman went into early labour during a three-day storm. The baby was born on the island
and needed resuscitation; mother and baby were flown out the next morning and both recovered. The
review afterwards found that nobody had a plan for her: the midwife did not know the ferry timetable was
off, the practice did not know her due date had been brought forward, and our crew were not told until
she was already in labour.

Colvay has about 1,100 residents and between eight and fourteen births a year. The community midwife
is based on the mainland and crosses for antenatal clinics once a fortnight. The island practice has two
GPs and a nurse. Our charity's helicopter can reach the island in twenty minutes in good weather, but
cannot fly in the strongest winds or in low cloud at night, which is exactly when the ferry is also off.

Before the Storm gives every island woman due between October and March a written travel plan, agreed
at 28 weeks between her, her community midwife, the practice and our crew. The plan includes the date
she will cross, a named place to stay, what happens if she goes into labour early, and a weather watch
from 34 weeks, when our crew phone her if a long spell of bad weather is forecast so that she can
choose to cross early.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Island mothers who had given birth in the last five years met us in the school hall, with their
toddlers, and told us that it was leaving other children at home that kept them on the island, so the
plan now includes help with childcare costs from the charity's family fund.>> <<P:One of them, the
woman who gave birth in the storm, helped write the plan form and asked that it be kept in her
handheld notes as well as on the computer.>>

<<S:Community midwives and our critical care paramedics agreed together what the crew should bring for an
island birth, and the midwives now teach our crews twice a year.>> <<S:The island GP and practice nurse
asked for a neonatal resuscitation refresher on the island every autumn, which the maternity unit's
neonatal team now provides.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The plans are written in existing antenatal appointments. The childcare help has cost the charity about
£4,000 a year. Women say they feel listened to, and the island GP says she no longer dreads the winter
weather forecast.
"""),
        ("spread", "How has the work been shared and spread?", """
All 21 island women due in the winters of 2023/24 and 2024/25 have had a plan. The maternity unit is
offering the same plan to women on its two other islands from October 2025, and we have shared the form
with the national network of air ambulance charities.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
