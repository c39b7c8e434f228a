"""One-hundred-and-twenty-third independent evaluation set (I1953..I1968) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were read
(with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or any
earlier gold output.  All organisations, places and people are fictional.  The entries are
meant to be ordinary: the kind of thing acute and community trusts, tissue viability and
podiatry teams, ambulance and fire services, councils, hospices, pharmacy committees,
universities, GP federations, integrated care boards, diabetes and community charities and
(in the ineligible cases) private companies or a single trust send in, in their own voices
and at their own length.  The theme of this set is skin, wounds and tissue viability:
pressure ulcers in care homes and at home, leg ulcers, burns and scalds, moisture lesions,
diabetic foot disease and amputations.

Topics, with the lead's type and the layout:
  I1953 heel pressure ulcers in people discharged to care homes after a hip fracture
        (nhs_trust, an acute trust orthogeriatric service; pdf, own headings)
  I1954 pressure damage in people who wait for hours on the floor or on a stretcher after
        a fall at home (emergency_service, an ambulance service; docx, bold headings with
        a cover table)
  I1955 pressure ulcers in heavier people at home who wait for bariatric beds and
        equipment (private, an equipment company as primary entrant; docx, numbered
        questions)
  I1956 leg ulcers coming back after healing because compression hosiery is not
        reordered (primary_care, a local pharmaceutical committee; docx, no headings)
  I1957 red, swollen legs wrongly treated as cellulitis (primary_care, a GP federation;
        pdf, a form with a cover table)
  I1958 burn size misjudged and referrals to the burns service delayed from minor injury
        units (university; docx, sections in an unusual order, no value section)
  I1959 firework and bonfire burns in children (local_authority, a council public health
        team; pdf, capital headings)
  I1960 burns to numb feet in people with diabetic neuropathy from hot water bottles,
        foot spas and fires (charity, a diabetes charity; pdf made from Word)
  I1961 moisture lesions in skin folds of people who have home care (local_authority, a
        council adult social care service; pdf, two columns)
  I1962 Charcot foot missed in urgent treatment centres and emergency departments
        (nhs_trust, an acute trust multidisciplinary foot team; docx, rubric headings)
  I1963 diabetic foot checks at places of worship where people go barefoot (charity, a
        community health charity; docx, bullet lists)
  I1964 protecting the remaining foot after a diabetes-related amputation (icb, an
        integrated care board; pdf, with appendix)
  I1965 pressure ulcers and night-time repositioning in one care home group's homes
        (private, no partner; pdf, numbered questions)
  I1966 burns from hot radiators and pipes in care homes and supported living
        (emergency_service, a fire and rescue service; docx, a short form with no
        evidence section)
  I1967 pressure ulcers in the last weeks of life after fast-track discharge home
        (charity, a hospice; docx, style headings)
  I1968 a mobile leg ulcer clinic for housebound people (nhs_trust, departments of one
        community trust, no partner; pdf, lists)

Build it with

    .venv/bin/python data/independent/build.py --set 123   (writes data/corpus/independent123/)

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
    (including 'halved', 'a third fewer' and a sustained shift on a run or SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual names
    for the people involved, list items), wherever in the entry it is told; a volunteer
    or peer worker with lived experience, employed by a partner, who helped design the
    work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; patients' and carers' support groups are
patient_group; hospices, diabetes, community health and care home associations are
charity; a university is university; equipment companies, care home groups and home care
companies are private).  A department or team of the entrant's own organisation is not a
partner.  Flags are written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1953  heel pressure ulcers after hip fracture discharge to care homes -
#        pdf - own headings - orthogeriatric consultant, reflective - acute
#        trust with a care home association and the community trust - staff
#        involvement partly told in the evidence section, a change in words -
#        no flags
# ---------------------------------------------------------------------------
entry(
    id="I1953", format="pdf", layout="own_headings", topic="heel_pressure_ulcers_hip_fracture_care_homes",
    project="independent123-heelsup-1953", pdf_font="LiberationSans", pdf_align="J",
    title="Heels Up: preventing heel pressure ulcers in people who go to a care home after a hip fracture",
    cover=[
        "Lead organisation: Ferrowby and District Hospitals NHS Foundation Trust (Orthogeriatric Service)",
        "Partners: Ferrowby Care Homes Association; Ferrowby Community Healthcare NHS Trust (Tissue Viability)",
        "Written by the consultant orthogeriatrician, on behalf of the Heels Up group",
    ],
    primary_entrant=dict(name="Ferrowby and District Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Ferrowby Care Homes Association", type="charity"),
        dict(name="Ferrowby Community Healthcare NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Where we started", """
Every year about 520 people are admitted to our hospital with a broken hip. They are mostly in their
eighties and nineties, many have dementia, and roughly a quarter of those who lived at home before the
fall do not go back there. They go instead to one of the 46 care homes in the Ferrowby area, often for
'discharge to assess', with the idea that they may go home later.

Heels are the weak point. After hip surgery a person lies on their back with the leg rolled outwards,
and the heel takes the weight of the whole limb on a small area of bone with very little padding. On the
ward we float heels off the mattress with pillows or boots, and our own heel ulcer rate is low. What we
had not understood was what happened next.

In 2022 the community tissue viability team raised a concern with us. They were being asked to see a
steady stream of deep heel ulcers in care home residents, and when they looked back, a striking number
had been discharged from our orthopaedic wards in the previous month. Some of the ulcers were already
present as a purple, boggy area at discharge and had not been written in the discharge letter. Others
developed in the first two weeks in the home, when the resident was still mostly in bed or a chair and
the home did not know that the heel was at particular risk. Two residents went on to need an amputation
below the knee and one died with an infected heel ulcer.

Nobody was doing anything badly on purpose. The ward assumed the home would carry on the heel care. The
home received a discharge letter that said 'pressure areas intact' and a bag of medicines, and no
boots. Homes did not always have offloading boots in stock and did not know whom to ask. The
community team only heard about the person when the damage was done.

There was also a gap in how we talked about heels. On the ward, 'heels offloaded' is a nursing
instruction that everyone understands. In a care home with a mix of agency and permanent staff, many of
them new to the job, the same words can mean nothing at all, or can be read as a one-off task rather
than something that has to happen every time the person is moved. And the family, who often visited
every day, had no idea that the heel was the part of the body most at risk.
"""),
        ("evidence", "What we changed and what happened", """
From March 2023 every person going from our orthopaedic wards to a care home leaves with their heel
offloading boots on and a spare pair, paid for by the hospital. Their discharge letter carries a
'heel passport': a photograph of both heels taken on the day of discharge, the skin condition in words,
and a plan for the first 14 days. The care home receives a phone call from a ward nurse on the day of
discharge, and the community tissue viability nurses visit every resident within five days.

<<S:The wording of the heel passport was not ours: it was rewritten twice by senior carers from four
homes in the association, who told us that phrases such as 'offload heels' meant little on a night shift
and asked for 'keep the heel in the air - nothing touching it'.>> <<S:Ward nurses on the two orthopaedic
wards tested the photograph step for a month and moved it from the morning of discharge to the evening
before, because mornings were too busy to do it properly.>>

We compared the 18 months before the change with the 18 months after. <<Q:Category 3 and 4 heel
ulcers in people discharged to a care home after a hip fracture fell from 23 to 6.>> <<Q:Heel damage
found by the tissue viability nurses at their first visit, which we take as damage present when the
person left us, went from roughly one resident in five to about one in twenty.>> Neither of the
amputations of 2022 has been repeated.

The community team has also seen 311 residents within five days of discharge, and every home in the
association now keeps a small stock of boots.

The phone call has turned out to matter as much as the boots. Ward nurses tell the home which heel,
if either, was a concern, whether the person can lift their own legs, and what the person is like at
night. Homes tell us that this is the first time they have received a verbal handover from a ward about
skin, and several have started ringing the ward back with questions in the first few days, which we
welcome.
"""),
        ("stakeholders", "Who made it work", """
<<S:The Heels Up group met monthly for a year and was made up of two ward sisters, a physiotherapist,
the community tissue viability lead, three care home managers and our discharge co-ordinator, and it
was the group that decided boots should travel with the patient rather than be ordered by the home.>>
<<S:Physiotherapists on the orthogeriatric ward pointed out that some boots made it harder for people
to stand and practise walking, so the plan now says when boots come off for therapy and when they go
back on.>>

<<P:Relatives of three residents who had developed heel ulcers in 2022 met the group, and one daughter
described how she had noticed her father's heel was 'black' before anyone in the home did; at her
suggestion the passport now asks families to look at the heels when they visit and tells them whom to
ring.>> <<P:Members of the hospital's older people's patient panel read the family leaflet and asked for
it to include a picture of what early heel damage looks like on darker skin, which it now does.>>
"""),
        ("value", "Is it worth it?", """
A pair of heel offloading boots costs the hospital about £38. A category 4 heel ulcer can take many
months to heal, needs repeated visits and dressings, and for a frail person can lead to infection of the
bone, amputation or death. Set against that, the spare pair of boots and the phone call are very small
costs.

The care homes say they feel treated as partners rather than as the place patients are sent to. Ward
staff like being told how their patients got on, which they rarely heard before.
"""),
        ("spread", "Taking it further", """
The heel passport has been added to the trust's standard discharge template for all patients over 75
leaving to a care home, not only those with hip fractures. We have presented Heels Up at the regional
fragility fracture network and shared the passport with the two other hospitals that admit hip
fractures from our area, one of which started using it in 2024.

The lesson we would pass on is that the handover of a risk matters as much as the handover of a
diagnosis. We were good at telling care homes what operation a person had had and what medicines they
were on. We were much less good at telling them what could go wrong next, and what to do about it. A
photograph, a spare pair of boots and a phone call turned out to be enough to change that.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1954  pressure damage during long waits after falls at home - docx - bold
#        headings with a cover table - ambulance clinical lead, brisk -
#        ambulance service with fire and rescue and community trust - staff
#        involved - NO patient involvement (patients as beneficiaries, a survey
#        that changed nothing, letters, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1954", format="docx", layout="bold_headings", topic="long_lie_pressure_damage_ambulance_waits",
    project="independent123-offthefloor-1954", docx_font="Calibri",
    title="Off the Floor, Onto the Skin Check: pressure damage in people waiting for help after a fall",
    cover_table=[
        ("Entry title", "Off the Floor, Onto the Skin Check: pressure damage in people waiting for help after a fall"),
        ("Lead organisation", "Hapsford and Wendlecombe Ambulance Service NHS Trust"),
        ("Partners", "Hapsford Fire and Rescue Service; Wendlecombe Community Health NHS Trust (Urgent Community Response and Tissue Viability)"),
        ("Contact", "Consultant Paramedic, Falls and Frailty"),
    ],
    primary_entrant=dict(name="Hapsford and Wendlecombe Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Hapsford Fire and Rescue Service", type="emergency_service"),
        dict(name="Wendlecombe Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
When an older person falls at home and cannot get up, the time they spend on the floor matters a great
deal. After a few hours on a hard floor the skin over the hips, sacrum, shoulders and heels starts to
break down, muscles are damaged, and the person becomes cold and dehydrated. Over the winters of 2021/22
and 2022/23 the ambulance service was under extreme pressure, and non-injury falls were often the calls
that waited longest. Some people waited more than ten hours.

Our crews were arriving to find people who had been on the floor all night with deep pressure damage
already visible. Once we had lifted them, a crew would often hand the person back to a relative or leave
them in bed, and the skin was not always checked or recorded. The community tissue viability service told
us that a number of people with category 3 and 4 pressure ulcers on their caseload had a long lie in the
days beforehand that nobody had passed on.

At the same time we were sending double-crewed ambulances to lift uninjured people who did not need an
ambulance at all. The fire service had crews and lifting equipment available in most areas and had
offered to help.

There were other reasons to act. When someone has been on the floor for a long time, the damage to the
skin is often not visible at first. A patch of skin over the hip or sacrum may look only slightly red
when the person is lifted and then break down into a deep wound over the next few days, by which time
nobody connects it with the fall. Our crews had no prompt to look, no agreed way to record what they
saw and no one to hand it to. The district nurse or care worker who later found the wound usually did
not know the person had been on the floor at all.

We also knew that people who have had a long lie are more likely to fall again, to lose confidence and
to end up in hospital or a care home. A fall with no injury is not a minor event for an older person
who could not get up.
"""),
        ("evidence", "Evidence of improvement", """
Since November 2023, calls for an uninjured person who has fallen are passed by our clinical hub to a
fire service falls response car where one is available, staffed by firefighters trained in lifting and
in a short welfare check. Every person who has been on the floor for more than an hour has their skin
checked at the main pressure points by whoever lifts them, using a simple body map, and anyone with
redness that does not fade or broken skin is referred the same day to the urgent community response
team, which visits within two hours and involves tissue viability where needed.

<<Q:The median time on the floor for uninjured fallers fell from 3 hours 40 minutes in the winter of
2022/23 to 1 hour 5 minutes in the winter of 2023/24.>> <<Q:Calls where the person had been on the floor
for more than six hours before help arrived went down from 612 to 148 over the same two winters.>>
<<Q:Among people referred to community tissue viability with a category 3 or 4 pressure ulcer, those who
had had a long lie in the previous week fell from 41 in 2022/23 to 14 in 2023/24.>>

Fire crews attended 2,955 falls in the first year. 486 skin check referrals were made to the urgent
community response team.
"""),
        ("stakeholders", "Who was involved", """
<<S:Paramedics and emergency medical technicians on our frailty working group designed the body map,
and after a trial on three stations they cut it from twelve pressure points to six because crews said
they would not complete twelve on a living room floor at 3am.>> <<S:Firefighters from the first two
falls response stations asked for a clear rule about when they must call back to the clinical hub, and
they helped write the five 'call back' questions now on the welfare check card.>> <<S:The urgent
community response nurses and the tissue viability team agreed with our clinical hub which skin findings
need a same-day visit and which can wait for the district nurse.>> <<S:Our emergency operations centre
call handlers suggested adding the question 'how long have they been on the floor?' to the welfare call
back script, which now sets the priority.>>

The people who benefit are mostly over 80 and live alone. Patients who had a fire service falls response
were sent a letter with advice on preventing falls and a number to call. We posted a short survey to 200
of them in spring 2024, and the answers were very positive, so we made no changes. We are planning to
recruit a falls patient panel later this year.
"""),
        ("value", "Value", """
A fire service falls car costs far less per hour than an ambulance, and every uninjured fall it attends
keeps an ambulance free for a cardiac arrest or stroke. The skin check takes about two minutes. A
category 4 pressure ulcer costs the NHS many thousands of pounds to treat and can take a year to heal.

Firefighters have told us that the work has given their community role a new purpose, and our crews say
that the body map has made them far more aware of skin after a fall, including on calls that are not
part of the scheme. The urgent community response team has found that a same-day visit after a long lie
is often the moment to pick up other problems, such as an infection or a medicine that is making the
person dizzy, before they lead to an admission.

The arrangement has not been without difficulties. Falls cars are not available everywhere or at all
hours, and on the busiest nights an uninjured person may still wait longer than we would like. Data
sharing between three organisations took months to agree. But the principle, that the person who lifts
someone off the floor should also look at their skin and pass on what they find, is now part of how we
all work.
"""),
        ("spread", "Spread", """
The fire service now runs falls cars from nine stations, up from two. Two neighbouring ambulance
services have asked for the body map and the call back questions, and the skin check after a long lie
has been added to our clinical guidelines for all crews, not just those attending falls.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1955  bariatric equipment delays and pressure ulcers at home - docx -
#        numbered questions - PRIVATE equipment company as primary entrant,
#        with the council and the community trust (ineligible) - operations
#        director, sales-tinged - patients involved in passive voice, staff
#        involved
# ---------------------------------------------------------------------------
entry(
    id="I1955", format="docx", layout="numbered_questions", topic="bariatric_equipment_pressure_ulcers_home",
    project="independent123-rightsize-1955", docx_font="Arial",
    title="Right Size, Right Time: bariatric beds and pressure care for heavier people at home",
    cover=[
        "Primary entrant: Marlcombe Mobility and Care Solutions Ltd",
        "With: Easterholt City Council (Community Equipment Service) and Easterholt Community NHS Trust (District Nursing and Tissue Viability)",
        "Submitted by the Operations Director",
    ],
    primary_entrant=dict(name="Marlcombe Mobility and Care Solutions Ltd", type="private"),
    partners=[
        dict(name="Easterholt City Council", type="local_authority"),
        dict(name="Easterholt Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What was the problem, and why was a partnership needed?", """
Marlcombe Mobility supplies, delivers and maintains community equipment for Easterholt City Council under
a seven-year contract. Most of our work is standard: beds, hoists, commodes and mattresses. A growing
part of it is bariatric equipment for people who weigh more than a standard bed or hoist can safely
take, usually over 25 stone.

In 2022 it was taking us an average of 11 working days to supply a bariatric bed and mattress, because
the items were not held in stock, had to be ordered from a manufacturer and needed two technicians and
often a second visit to measure the room and doorways. While they waited, people were sleeping in
recliner chairs or on a sofa, sometimes for weeks. Heavier people are at high risk of pressure ulcers,
especially in skin folds, on the buttocks and at the back of the thighs, and a chair that does not fit
is a serious risk. District nurses were also struggling to reposition people safely without the right
bed, and two nurses had been injured.

The district nurses could not order equipment without a specialist assessment, the assessment had its
own waiting list, and we could not deliver anything until an order came through. Each part of the system
was working to its own rules.

The council asked us, as its contractor, to look at what could be done differently. We were aware that
we were not the people best placed to judge clinical risk, and that any change would need the district
nurses and tissue viability team to be confident in it. Equally, the nurses did not have the
information about stock, delivery schedules and building access that we hold. The partnership started
with a single meeting in the depot in late 2022 and grew from there.
"""),
        ("evidence", "2. What evidence is there that care is safer?", """
Since April 2023 we keep a stock of 24 bariatric beds, mattresses and chairs in a dedicated area of the
depot, decontaminated and ready to go. A district nurse who judges that a person needs bariatric
equipment can now order a 'starter pack' directly, with the full assessment following within a week.
Our technicians measure the room and doorways on the same visit as delivery, using a checklist agreed
with the council's occupational therapists.

<<Q:The average time to deliver a bariatric bed and mattress has come down from 11 working days in
2022 to 2 working days in 2024.>> <<Q:New pressure ulcers of category 2 and above in people on the
district nursing caseload waiting for bariatric equipment fell from 19 in 2022 to 5 in 2024.>> Failed
deliveries because equipment would not fit through a door dropped to almost nothing once the measuring
checklist was introduced, and we made 214 bariatric deliveries in 2024.
"""),
        ("spread", "3. How has the work been shared?", """
We run equipment services for three other councils and have offered the same stock arrangement to all of
them; one has agreed. The trust's tissue viability team presented the starter pack at a regional
equipment services event, and our measuring checklist is now part of our standard delivery procedure for
every customer.

We are aware that, as a commercial provider, we have an interest in the contracts we hold. We have
tried to keep the focus on what the district nurses and the people waiting for equipment needed, and the
council has been clear that the stock arrangement belongs to its service, not to us, and would transfer
to any future provider.
"""),
        ("value", "4. What has been the impact on patient and staff experience and value for money?", """
Holding stock costs money: the council pays a monthly fee for the 24 items held ready, which is offset by
fewer wasted journeys and fewer urgent orders from manufacturers at a premium price. Treating one
category 4 pressure ulcer costs far more than a year's fee.

District nurses tell us they no longer have to leave someone in a chair overnight knowing that it is
unsafe. Our technicians take pride in getting a bed in on the same day.

The change has also made us look differently at our own role. We used to think of ourselves as a
logistics business that delivered what we were asked for. Working alongside district nurses has shown
our staff how much depends on a delivery arriving on time and fitting the room, and our technicians now
routinely tell the nurse if they notice something in the home that worries them.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<P:The idea of a starter pack was put to eleven people who use bariatric equipment, and their views
were sought on what mattered most while they waited; it was their answer, that a bed which let them lie
flat mattered more than a hoist, that decided what goes in the pack.>> <<P:Two of them, along with a
wife who cares for her husband, were shown the first version of our delivery call script and the script
was changed to avoid the word 'bariatric', which they found upsetting.>>

<<S:District nurses and the council's occupational therapists met our technicians at the depot and
agreed the contents of the starter pack between them.>> <<S:Our technicians, who had been making two
journeys for most deliveries, designed the room measuring checklist and tested it on their own rounds
for six weeks.>> <<S:The trust's moving and handling advisers reviewed the repositioning equipment in the
pack and added slide sheets after nurses told them these were often missing.>>
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1956  leg ulcer recurrence and compression hosiery - docx - no headings -
#        LPC chief officer, conversational - pharmaceutical committee with the
#        community trust leg ulcer service and a PCN - patients involved - NO
#        staff involvement (pharmacists trained, nurses told, one named lead)
# ---------------------------------------------------------------------------
entry(
    id="I1956", format="docx", layout="no_headings", topic="leg_ulcer_recurrence_compression_hosiery",
    project="independent123-stayhealed-1956", docx_font="Georgia",
    title="Stay Healed: keeping venous leg ulcers from coming back through community pharmacy",
    cover=[
        "Ollerby Local Pharmaceutical Committee, working with Ollerby and Quenby Community NHS Trust (Leg Ulcer Service) and Quenby Valley Primary Care Network",
        "Entry prepared by the Chief Officer, Ollerby LPC",
    ],
    primary_entrant=dict(name="Ollerby Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Ollerby and Quenby Community NHS Trust", type="nhs_trust"),
        dict(name="Quenby Valley Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", None, """
A venous leg ulcer that has healed is not the end of the story. Without compression the same leg will
very often break down again, and many people get a second, third or fourth ulcer over the years. Each one
means months of dressings, pain, leaking, smell, poor sleep and a real risk of infection. The single most
useful thing someone can do once their ulcer has healed is to wear the right compression stockings every
day and replace them every few months, because the elastic wears out.

The community leg ulcer service in Ollerby discharges several hundred people a year with healed ulcers
and a prescription for hosiery. What happens after that was, until recently, nobody's job. The GP
practice issued a repeat if someone asked. The community pharmacy dispensed whatever size was on the
prescription, sometimes a size that had been measured two years before, when the legs were swollen.
Stockings ran out, were too hard to get on, or were replaced with a standard 'flight sock' bought from a
supermarket. We heard from pharmacists about customers who came in for a new dressing, and it turned out
the ulcer had come back because they had stopped wearing their stockings months earlier.

Stay Healed started in September 2022. When the leg ulcer service discharges someone with a healed ulcer,
it sends their hosiery details straight to the pharmacy the person chooses. The pharmacy measures the
legs again at the first collection, orders the right garment, and puts the person on a six-monthly
reminder so that a fresh pair is ready before the old one wears out. At each collection the pharmacist
asks four questions: are you wearing them every day, can you get them on, is the skin sore anywhere, and
is there any new wound. Anyone with a new wound or skin breakdown is referred back to the leg ulcer
service within two working days rather than starting again at the GP. The primary care network
agreed to put the hosiery on a managed repeat so that prescriptions no longer lapse.

None of this is complicated, and that is rather the point. The leg ulcer service already knew who had
healed and what they needed. The pharmacies already saw these people regularly for their other
medicines. The GP practices already issued the prescriptions. What was missing was anyone joining the
three together, and a clear understanding that a healed ulcer is a condition that needs looking after
for the rest of a person's life, not a problem that has gone away.

There was a practical side too. Compression hosiery comes in many sizes, strengths and styles, and
measuring for it properly takes training and a few minutes with the person sitting down. Many
pharmacies had never been asked to measure legs and did not have a private space to do it. We agreed
with the leg ulcer service that each participating pharmacy would have at least one person able to
measure, and that anyone whose legs were a difficult shape or size would be sent back to the service to
be measured there instead.
"""),
        ("evidence", None, """
Forty-one of the 58 pharmacies in the area have taken part, and 1,120 people have been enrolled over two
years.

<<Q:Among people discharged from the leg ulcer service with a healed ulcer, 38% had a recurrence within
a year in 2021; for those enrolled in Stay Healed the figure in 2023 was 17%.>> <<Q:The proportion of
people still wearing compression hosiery a year after healing, checked by the leg ulcer nurses at their
annual review, went up from about four in ten to seven in ten.>>

Pharmacies made 164 fast referrals back to the leg ulcer service, and the median wait from referral to
being seen was four days.
"""),
        ("stakeholders", None, """
<<P:The scheme was shaped from the start by people who have lived with leg ulcers: members of the
Ollerby Leg Club, which meets weekly in the community centre, told us that getting stockings on was the
main reason they gave up, so every pharmacy now stocks applicator frames and shows people how to use
them.>> <<P:One member, a retired plumber called Frank, tried on six brands and told us which ones
he could manage with arthritis in his hands, and his list became the pharmacy ordering guide.>>
<<P:The club also asked that the reminder come as a phone call rather than a text, because several of
its members do not use mobile phones, and that is how reminders are sent.>>

All participating pharmacists and pharmacy technicians completed the leg measuring training run by the
leg ulcer service. Practice nurses in the network were told about the scheme at their forum. The scheme
is run day to day by our hosiery lead, Anita Rowe, who keeps the list of enrolled patients and sends
each pharmacy its monthly reminders.
"""),
        ("value", None, """
A pair of class 2 compression stockings costs the NHS about £20 to £40. A recurrent leg ulcer treated
by district nurses twice a week for six months costs several thousand pounds in nursing time and
dressings. Pharmacies receive a small fee for each measurement and review, which is funded by the
integrated care board from the community wound care budget.

For the people concerned, staying healed means being able to wear ordinary shoes, go on holiday and
sleep through the night. As one club member put it, "I got my life back when the ulcer healed, and I am
not giving it up again."
"""),
        ("spread", None, """
The integrated care board has asked us to offer Stay Healed across the whole county from 2025, and the
trust is adding the pharmacy referral step to its discharge template for all its leg ulcer clinics. We
have shared our measuring guide and the four questions with the national pharmacy leadership forum.

If we were starting again we would bring the practices in earlier. For the first few months some
prescriptions were still being issued in the old sizes because the practice had not seen the new
measurements, and it took a managed repeat and a shared template to fix that. We would also make sure
every pharmacy has somewhere private to measure legs before it joins, since a few had to borrow a
consulting room from a neighbouring practice at first.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1957  red legs wrongly treated as cellulitis - pdf - form with a cover
#        table - GP federation clinical lead, methodical - GP federation with
#        the acute trust dermatology service and community trust - patients
#        and staff involved (one patient described, not named as such) - NO
#        quantitative evidence (referral counts, a single percentage, a
#        target, costs)
# ---------------------------------------------------------------------------
entry(
    id="I1957", format="pdf", layout="form_table", topic="red_legs_misdiagnosed_cellulitis",
    project="independent123-notallredlegs-1957", pdf_font="LiberationSans",
    title="Not All Red Legs: a shared pathway for people with red, swollen legs",
    cover_table=[
        ("Entry title", "Not All Red Legs: a shared pathway for people with red, swollen legs"),
        ("Lead organisation", "Tarrant Moor GP Federation (22 practices)"),
        ("Partner organisations", "Cawston General Hospital NHS Trust (Dermatology); Tarrant Moor Community Services NHS Trust (Lymphoedema and Community Nursing)"),
        ("Entrant", "Dr Priya Balasingham, Clinical Lead for Integrated Care, Tarrant Moor GP Federation"),
    ],
    primary_entrant=dict(name="Tarrant Moor GP Federation", type="primary_care"),
    partners=[
        dict(name="Cawston General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Tarrant Moor Community Services NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were its patient safety goals?", """
Cellulitis is a bacterial infection of the skin and needs antibiotics, sometimes in hospital. But many
people who are told they have cellulitis do not. Red, warm, swollen lower legs are very often caused by
something else: venous eczema, lipodermatosclerosis, lymphoedema, contact dermatitis from dressings or
creams, or simply legs that have been dependent in a chair for long periods. These 'red legs' usually
affect both legs, are itchy rather than painful, and the person is not unwell.

In our federation, people with red legs were going round in circles. They were given one course of
antibiotics after another by GPs, out-of-hours doctors and the emergency department. Some were admitted
for intravenous antibiotics they did not need. Meanwhile the real cause was not treated, the skin got
worse, and in some cases the legs began to leak and ulcerate. Repeated antibiotics brought their own
harm: diarrhoea, Clostridioides difficile infection and resistant bacteria.

When we looked at the records of 60 patients coded with recurrent cellulitis in 2022, a dermatologist
and a lymphoedema nurse judged that more than half probably had another condition. None had ever been
seen by a dermatologist or the lymphoedema service. The problem sat across GP, hospital and community
services, and no single one of them could fix it.

Our goals were to help clinicians tell the difference, to get people with red legs to the right
treatment quickly, and to stop unnecessary antibiotics and admissions.

We knew from the start that a leaflet or a guideline on its own would not work. Clinicians already knew,
in theory, that bilateral red legs are rarely infected. The difficulty was in the moment: a worried
patient, a red hot leg, a ten-minute appointment or a busy out-of-hours shift, and no quick route to
anyone who could help. Prescribing antibiotics felt like the safe option, even when it was not. Any
solution had to give clinicians both the confidence to hold back and somewhere to send the person
instead.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
The Not All Red Legs pathway went live in all 22 practices in February 2023. It has three parts: a
one-page decision aid for GPs, nurses and out-of-hours clinicians; a 'red legs' clinic run jointly by a
dermatology specialist nurse and a lymphoedema nurse in the community, which sees people within two
weeks; and advice and guidance from a consultant dermatologist for cases that are unclear, answered
within two working days.

In its first 18 months the red legs clinic received 377 referrals and saw 352 people. After assessment,
58% were found to have a cause other than infection. The dermatology advice and guidance service
answered 149 queries. All 22 practices and the out-of-hours provider have the decision aid on their
clinical system.

Our target is for fewer than one in ten people referred to the clinic to have had more than two courses
of antibiotics for the same leg before being seen. We are not there yet.

The hospital's infection team is now looking at admissions with cellulitis across the area, and we hope
to be able to report on these next year.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:GPs, practice nurses and two out-of-hours doctors tested the decision aid on real cases at a
federation learning session, and they asked us to put photographs on the front and reduce it to a single
page.>> <<S:The dermatology specialist nurses and the lymphoedema team ran the clinic as a pilot in one
locality for three months and changed the referral form after finding that half the early referrals
lacked a leg measurement.>> <<S:Community pharmacists in the federation area told us that customers with
red legs often came to them first, and they helped write a short note for the pharmacy counter.>>

<<P:A man in his seventies who had been given eleven courses of antibiotics in two years before being
diagnosed with venous eczema sat with the clinic team and went through the patient leaflet line by line;
at his insistence it opens with 'If both your legs are red and you feel well, it is probably not an
infection'.>> <<P:His wife, who applies his creams and stockings, asked for the leaflet to include how
to put on emollient and bandages, and a section was added.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The clinic is staffed from existing dermatology nursing and lymphoedema posts for one session a week
each. The decision aid cost nothing but time to produce. A single admission for intravenous antibiotics
for cellulitis costs around £2,500, and avoiding repeated courses of antibiotics protects patients from
side effects and helps with antimicrobial resistance.

Patients tell us it is a relief to finally be told what is wrong with their legs. GPs say the decision
aid gives them confidence not to prescribe.

Community nurses have noticed a change too. People with chronic oedema and leaking legs who used to be
treated with repeated antibiotics are now more likely to be referred for compression and skin care,
which is what actually helps. Some of these people had been told for years that they had 'recurrent
cellulitis' and had come to expect antibiotics, and the clinic has spent time explaining the new
diagnosis to them and their families.
"""),
        ("spread", "How has the work been shared and spread?", """
The integrated care board has asked the two other GP federations in the county to adopt the pathway,
and the out-of-hours provider uses the decision aid in all its bases. We presented the work at the
regional dermatology network meeting in 2024.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1958  burn size misjudged in minor injury units - docx - sections in an
#        unusual order (evidence first, stakeholders second) - university
#        lecturer and researcher, academic - university with the regional
#        burns service and the ambulance service - patients and staff
#        involved - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I1958", format="docx", layout="reordered", topic="burn_size_estimation_minor_injury_units",
    project="independent123-burnmap-1958", docx_font="Cambria",
    title="BurnMap: getting burn size and depth right first time in minor injury units",
    cover=[
        "Lead entrant: University of Saxby, School of Health and Social Care",
        "Partners: Lydgate and Saxby Teaching Hospitals NHS Trust (Regional Burns Service); Saxby Urgent Care NHS Trust (Minor Injury Units)",
        "Author: Senior Lecturer in Emergency Care, University of Saxby",
    ],
    primary_entrant=dict(name="University of Saxby", type="university"),
    partners=[
        dict(name="Lydgate and Saxby Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Saxby Urgent Care NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("evidence", "Results", """
BurnMap has been in use in all seven minor injury units in the Saxby area since January 2023. We
compared referrals to the regional burns service in 2022 with those in 2023 and 2024.

<<Q:The proportion of referrals where the minor injury unit's estimate of burn size was within five
percentage points of the burns service's own assessment rose from 46% in 2022 to 84% in 2024.>> <<Q:The
median time from arrival at a minor injury unit to referral to the burns service, for burns that met
the national referral criteria, fell from 26 hours to 4 hours.>> <<Q:Children who arrived at the burns
service with a burn already needing skin grafting after a delayed referral went down from 17 in 2022 to
5 in 2024.>>

Over-estimation mattered too. <<Q:Small superficial burns sent to the burns clinic that could have been
managed locally, usually because a large red area had been counted as a burn, fell by around a half.>>
In 2024 the units made 812 referrals through BurnMap and attached a photograph to 790 of them.
"""),
        ("stakeholders", "How nurses, patients and families shaped the work", """
<<S:Emergency nurse practitioners from four of the minor injury units worked with our research team to
test early versions of the BurnMap app on burns moulage and on volunteer actors, and they asked for the
body chart to be shaded by tapping rather than drawing, which made the estimate more accurate on a
small screen.>> <<S:Burns service nurses reviewed every referral for the first three months and met the
unit teams monthly to go through the ones that were wrong, and these sessions led to a new prompt for
burns on the hands, face, feet and genitals.>> <<S:Ambulance clinicians in our partner's urgent care
service asked for a shorter version for use at the scene, which we built with them in 2024.>>

<<P:Parents of children treated at the regional burns service sat on the project steering group; they
told us that the worst part of a delayed referral was being sent home with a dressing and no idea what
to look out for, so BurnMap now prints a care card for the family.>> <<P:Two adult burns survivors
recorded short videos explaining what a blister that has burst should look like at the first dressing
change, which units now show to patients before they go home.>>
"""),
        ("context", "Background", """
Most people with burns in England are first seen not in a burns unit but in a minor injury unit, an
urgent treatment centre or an emergency department. Deciding whether a burn needs specialist care
depends mainly on its size, expressed as a percentage of total body surface area, its depth, and where
it is on the body. Size is notoriously hard to judge by eye. Studies have long shown that non-specialist
clinicians over-estimate small burns and under-estimate large ones, and that depth is often misjudged in
the first 48 hours.

In Saxby, the regional burns service raised concerns in 2021 that it was receiving children and adults
days after their injury whose burns had become infected or deeper, and who now needed grafting. At the
same time its clinics were filling up with small superficial burns referred from minor injury units.
Nurses in those units told us they saw a significant burn perhaps once a month and did not feel
confident.

Our school's emergency care research group had been developing a simple tablet app for estimating burn
size on a body chart, scaled for the person's age. The partnership brought it together with the burns
service's referral criteria and a photograph that goes straight to the burns team, and the minor injury
units agreed to test it.

We were clear from the start that a university could not and should not run a clinical service. Our
role was to design, test and evaluate the tool; the burns service set the clinical standards and
accepted the referrals; and the minor injury units decided how it would fit into their work. A joint
steering group, chaired by the burns service's lead nurse, met every two months to keep those roles
clear and to decide what changed between versions.

There were practical obstacles. The minor injury units used a different clinical system from the burns
service, so the first versions of BurnMap could not send a referral electronically and nurses had to
email a screenshot. It took almost a year, and the help of the urgent care trust's digital team, to
build a secure link. Some nurses were wary of photographing patients, especially children, and we had to
agree with both trusts' information governance leads exactly how images were stored and when they were
deleted.
"""),
        ("spread", "Sharing the learning", """
BurnMap is free to use and has been adopted by two other urgent care providers in the region. Our
evaluation has been published in an open access journal, and the burns network has added BurnMap
training to its annual study days. Nursing students at the university now learn burn assessment using
the app in the skills laboratory.

We are now working with the burns network on a version for care homes and district nurses, who often
see scalds and contact burns in older people days after they happen. That work is at an early stage and
we do not yet know whether the same approach will work outside urgent care.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I1959  firework and bonfire burns in children - pdf - capital headings -
#        council public health lead, community-minded - council with fire and
#        rescue and a children's hospital - staff involved - NO patient
#        involvement (children taught, parents sent packs, a survey that
#        changed nothing, plans) - NO quantitative evidence (pack counts,
#        events, single figures, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1959", format="pdf", layout="caps_headings", topic="firework_bonfire_burns_children",
    project="independent123-sparksafe-1959", pdf_font="DejaVuSans", pdf_align="L",
    title="SPARK SAFE: preventing firework and bonfire burns in children",
    cover=[
        "LEAD: Kestle Borough Council, Public Health",
        "PARTNERS: Kestle and Pellow Fire and Rescue Service; Denholm Children's Hospital NHS Foundation Trust (Paediatric Burns and Emergency Department)",
        "CONTACT: Consultant in Public Health",
    ],
    primary_entrant=dict(name="Kestle Borough Council", type="local_authority"),
    partners=[
        dict(name="Kestle and Pellow Fire and Rescue Service", type="emergency_service"),
        dict(name="Denholm Children's Hospital NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Every November, and increasingly at New Year, Diwali and other celebrations, the children's emergency
department at Denholm sees burns from fireworks and bonfires. Sparklers cause more burns to young
children than any other firework, because they burn at over 1,000 degrees and small children are handed
them by adults who think of them as harmless. Older children and teenagers are burned picking up spent
rockets, leaning over bonfires, or throwing aerosols and accelerants on to fires. Some of the worst
injuries come from fireworks held in the hand or set off in back gardens that are too small.

In 2022 the paediatric burns team treated 38 children with firework or bonfire burns in the six weeks
around Bonfire Night. Four needed skin grafts, two to the hand and two to the face. Most of the injuries
happened at home or in a neighbour's garden, not at organised displays.

Public health, the fire service and the hospital each held part of the picture. The hospital knew which
children were injured and how. The fire service ran school talks and knew where unofficial bonfires were
built each year. The council ran the licensing of firework sellers and organised displays, and had
contacts with schools, community groups and places of worship.

We wanted a campaign that would reach the adults who buy fireworks and hand sparklers to children, not
just the children themselves. Most of the injuries in 2022 happened at small family gatherings, often
with young children present, and in a number of cases an adult had lit the firework or handed over the
sparkler. The messages therefore had to be practical and not preachy: wear gloves, hold sparklers at
arm's length, put used sparklers in a bucket of water, never go back to a lit firework, and keep
children well back from a bonfire.
"""),
        ("evidence", "WHAT WE HAVE DONE AND ACHIEVED", """
Spark Safe ran for the first time in autumn 2023 and again in 2024. Each year it included:

- sparkler safety packs, with gloves and a bucket sticker, given out with every pack of sparklers sold by 46 licensed retailers in the borough

- fire service talks in 31 primary schools, reaching around 6,800 pupils

- a sparkler-free 'glow stick' offer at the four council-run displays

- firework safety messages in six community languages, shared through mosques, temples, gurdwaras and community centres before Diwali

- joint visits by the fire service and council officers to 19 sites where unofficial bonfires had been built in previous years

In 2024 the children's hospital recorded 29 firework and bonfire burns in the same six-week period.
Retailers handed out 11,400 safety packs. The council's target is for no child to need a skin graft for
a firework burn by 2026.

We will be able to say more about trends once we have three years of figures.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Paediatric burns nurses and emergency department doctors reviewed the 2022 cases with fire service
community safety officers and picked out the three situations that caused most harm, which became the
three key messages of the campaign.>> <<S:Trading standards officers suggested giving out packs at the
point of sale after visiting retailers, and shop staff told them that a free pair of gloves would be
easier to hand over than a leaflet.>> <<S:Firefighters who deliver the school talks rewrote the
sparkler section after finding that a demonstration with a thermometer held children's attention far
better than pictures of injuries.>>

Children in the 31 schools were taught how to hold a sparkler safely. Parents were sent a safety pack
through the schools' newsletters. We asked families leaving the council displays to fill in a short
feedback card, and as most were positive we kept the displays as they were. Next year we would like to
ask teenagers in youth clubs to design the campaign materials for their age group.
"""),
        ("value", "VALUE", """
The campaign cost £14,200 in 2024, including the packs, printing and translation, paid from the public
health grant. Fire service and hospital staff time was given within existing roles. A single hand burn
that needs grafting can mean several operations, months of therapy and lifelong scarring.

Working together has made the three organisations more aware of each other's work. The hospital now
shares anonymised details of firework injuries with the fire service each year so that talks and visits
can be aimed where they are most needed, and the council's licensing team checks that retailers are
giving out the packs when it visits shops.
"""),
        ("spread", "SPREAD", """
The fire service has rolled out the school talks across the whole of its area, which covers two other
councils. The sparkler pack has been shared with the regional public health network and with the
national burns prevention charity, and a neighbouring council is using it this year.

We do not pretend that a campaign alone will stop children being hurt. Fireworks are legal and popular,
and most families use them safely. What we can do is make sure that the adults around children know the
few simple things that prevent the worst injuries, at the moment they buy and use fireworks, and that
the services who see the consequences keep talking to each other about what they find.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1960  burns to numb feet in diabetic neuropathy - pdf via Word - style
#        headings - diabetes charity director, warm - diabetes charity with
#        community podiatry and fire and rescue - people with diabetes
#        involved - NO staff involvement (podiatrists trained, firefighters
#        briefed, a survey of staff that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1960", format="pdf", layout="style_headings", topic="neuropathic_foot_burns_diabetes",
    project="independent123-coolfeet-1960", render_via="soffice", docx_font="Liberation Serif",
    title="Cool Feet: preventing burns to numb feet in people with diabetes",
    cover=[
        "Redmire Diabetes Support (registered charity) - lead entrant",
        "Partners: Redmire and Caldbeck Community NHS Trust (Podiatry Service) and Caldbeck Fire and Rescue Service",
        "Entry by the Director, Redmire Diabetes Support",
    ],
    primary_entrant=dict(name="Redmire Diabetes Support", type="charity"),
    partners=[
        dict(name="Redmire and Caldbeck Community NHS Trust", type="nhs_trust"),
        dict(name="Caldbeck Fire and Rescue Service", type="emergency_service"),
    ],
    sections=[
        ("context", "Why we started", """
Many people who have had diabetes for a long time lose feeling in their feet. This is called
peripheral neuropathy, and it means a person can burn their feet without feeling any pain at all. We
have heard of people who put their feet on a hot water bottle all night, soaked them in a foot spa set
too hot, sat with their feet up against a gas fire or a radiator, or walked barefoot on hot sand on
holiday, and only noticed the blisters when they took their socks off. A burn on a numb foot with poor
circulation can quickly turn into an ulcer, and some of these end with an amputation.

Redmire Diabetes Support has run peer support groups for people with diabetes for twenty years. In the
cold winter of 2022/23, when many of our members were trying to save on heating, three of them burned
their feet in the space of a month. One, a man of 71 who lived alone, had used a hot water bottle every
night for weeks; the burn became infected and he lost two toes. We asked the community podiatry service
whether this was common. They told us they saw foot burns every winter but had never counted them.

The fire service came in because it was visiting older and vulnerable people at home to check for fire
risks, including heaters, electric blankets and hot water bottles, and its home safety advisers were
often in exactly the homes where the risk was.

It took us some time to find the right message. Telling people with diabetes to 'avoid heat' is
unrealistic in a cold house in January, and many of our members are on low incomes and cannot afford to
heat the whole home. We wanted to help people keep warm safely, not frighten them into sitting in the
cold. So the focus became what to use instead of a hot water bottle, how to test the temperature of
water with an elbow or a thermometer rather than a foot, and how to check the feet every evening with a
mirror or a family member.
"""),
        ("evidence", "What has changed", """
Cool Feet has three parts. The podiatry service now asks every person with loss of sensation about
heat sources at their annual foot check and gives them a Cool Feet card. The fire service's home safety
visit asks whether anyone in the house has diabetes or numb feet, and if so the adviser goes through the
card and can supply a low-wattage heated throw, bed socks or a thermometer for a foot spa. Our peer
supporters talk about heat and feet at every group meeting from October to March.

The podiatry service began recording burns in its records in October 2022. <<Q:Foot burns seen by the
service in people with diabetes fell from 27 in the winter of 2022/23 to 11 in the winter of 2023/24
and 9 in 2024/25.>> <<Q:Burns that had turned into an ulcer by the time the person was first seen fell
from 15 to 3 over the same period.>> There has been no amputation following a foot burn known to the
service since the scheme started.

The fire service has given out 1,430 Cool Feet cards on home visits, and 612 heated throws.
"""),
        ("stakeholders", "Who was involved", """
<<P:Cool Feet was built by our members: a group of nine people with diabetes and neuropathy met over
four months and chose every word on the card, including the heading 'You won't feel it - so check
it'.>> <<P:They tested the foot spa thermometers at home and told us that the first type we bought was
too small to read without glasses, so we changed supplier.>> <<P:Mrs Halima Chowdhury, a member whose
husband burned his feet on a beach in Bangladesh, asked that the card also cover hot sand and bare feet
on holiday, and she translated it into Bengali with her daughter.>>

All community podiatrists were trained to ask about heat sources by the service's clinical lead. Fire
service home safety advisers were briefed by our director at their team meetings. We sent a short
questionnaire to the podiatrists after six months and, as they were happy with the card, nothing was
changed. We hope to work with GP practice nurses in future so that the question is asked at diabetes
reviews too.
"""),
        ("value", "Value", """
The cards cost 9p each to print. The heated throws cost £32 each and were funded by a winter grant from
the council. A diabetic foot ulcer costs the NHS thousands of pounds to heal, and a minor amputation far
more, before counting what it means for the person.

Members say they feel they have done something useful with what happened to them.

The partnership has also brought the fire service into contact with a group of people it was not
reaching before. Several members who joined Cool Feet have since had a full home safety visit, and
smoke alarms were fitted in homes that had none. The podiatry service says that asking about heat has
become a natural way into a wider conversation about how people are managing at home.
"""),
        ("spread", "Spread", """
The card is now included in the diabetes education course run by the community trust, and the fire
service has added the diabetes question to its home safety visit checklist across all of Caldbeck.
Two other diabetes groups in the region have asked for copies.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1961  moisture lesions in skin folds of people who have home care - pdf -
#        two columns - council principal social worker for quality, plain -
#        council with a home care company and the community trust - people
#        who use home care involved (unusual naming), staff involved - a
#        'halved' claim - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1961", format="pdf", layout="two_column", topic="skin_fold_moisture_lesions_home_care",
    project="independent123-foldcare-1961", pdf_font="LiberationSerif",
    title="Fold Care: spotting and treating moisture damage in skin folds during home care visits",
    cover=[
        "Caldwater Metropolitan Borough Council, Adult Social Care Quality Team (lead), with Brightlea Home Care Ltd and Caldwater Community Health NHS Trust (Tissue Viability and District Nursing)",
        "Entry by the Quality and Practice Lead, Adult Social Care",
    ],
    primary_entrant=dict(name="Caldwater Metropolitan Borough Council", type="local_authority"),
    partners=[
        dict(name="Brightlea Home Care Ltd", type="private"),
        dict(name="Caldwater Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "What was going wrong", """
Moisture damage in skin folds, sometimes called intertrigo or intertriginous dermatitis, happens where
skin rubs on skin and stays damp: under the breasts, in the groin, under a fold of the abdomen, between
the buttocks. Sweat, urine and poor drying after a wash break the skin down. It is painful, it itches,
it smells and it easily becomes infected with yeast or bacteria. In people who spend most of the day in
a chair or bed it can be mistaken for a pressure ulcer, or can become one.

Home care workers wash and dress thousands of people in Caldwater every morning. They are the ones who
see these areas of skin, but in 2022 our safeguarding and quality team noticed a pattern in district
nursing referrals and complaints: broken, weeping skin in folds that had clearly been developing for
weeks. Care workers said they had seen 'a bit of redness' and put cream on, often a thick barrier cream
that made things worse by trapping moisture. Care plans said 'apply cream as required' without saying
which cream or where. Some people had been given talcum powder by relatives, which clumps in folds.

The council commissions the care, the home care agencies employ the care workers and the community
trust holds the clinical expertise. None of us could change practice alone.

There was also confusion about whose job it was. Care workers were told not to 'do' skin care beyond
applying prescribed creams, district nurses only heard about a problem once it was serious, and the
people receiving care were often too embarrassed to mention sore skin in such private places. A problem
that was entirely preventable had become nobody's responsibility.
"""),
        ("evidence", "What difference it has made", """
Since May 2023 care workers at Brightlea, the council's largest home care provider, use a 'fold check'
on every personal care visit for people at risk. It takes less than a minute: lift, look, dry, and
report. Skin is dried by patting, not rubbing, and a wicking textile is placed in the fold instead of
cream. Anything red and broken is photographed with consent on the agency's care app, and the photograph
goes to the district nursing hub the same day.

<<Q:Referrals to district nurses for broken skin in folds that had become infected more than halved,
from 58 in the year before Fold Care to 24 in the year after, among people supported by Brightlea.>>
<<Q:Skin fold damage wrongly reported as a pressure ulcer fell from 31 reports to 9 over the same
period.>>

Brightlea care workers completed 9,700 fold checks in the first year.
"""),
        ("stakeholders", "Who was involved", """
<<S:Twelve care workers and two field supervisors from Brightlea worked with the tissue viability nurses
to design the fold check, and they insisted it had to fit into the existing personal care routine rather
than being a separate task.>> <<S:District nurses in the hub agreed how quickly they would look at
photographs, and after the first month they asked for a standard angle and a ruler in the picture,
which care workers now use.>>

<<P:The people whose skin it was had a say too: seven men and women who receive personal care from
Brightlea talked with our quality team at home about how a fold check should be done with dignity, and
because of what they said, care workers now explain what they are doing and ask before lifting a
fold.>> <<P:A woman who had had painful breakdown under her breasts for a year helped us choose the
wicking fabric after trying three kinds.>>
"""),
        ("value", "Value", """
Wicking textile costs about £12 for a roll that lasts several weeks. Barrier creams used wrongly cost
more. Fewer infections means fewer antibiotic and antifungal prescriptions and fewer district nurse
visits, and care workers spend less time on skin that is not healing.
"""),
        ("spread", "Spreading it", """
The council has written the fold check into its new home care contract, which starts in 2025, so all
agencies will have to use it. The trust is training its own healthcare assistants in the same method.
We have shared the guide with the regional association of directors of adult social services.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1962  Charcot foot missed in urgent care - docx - rubric headings -
#        diabetes podiatrist consultant, clinical - acute trust foot team with
#        the ICB and a GP federation running the urgent treatment centres -
#        staff involved by pronoun, patients involved - SPC shift claim - no
#        flags
# ---------------------------------------------------------------------------
entry(
    id="I1962", format="docx", layout="rubric_headings", topic="charcot_foot_missed_urgent_care",
    project="independent123-hotfoot-1962", docx_font="Calibri",
    title="Hot Foot, Think Charcot: faster recognition of Charcot foot in urgent and emergency care",
    cover=[
        "Lead: Wendlebury University Hospitals NHS Trust, Multidisciplinary Diabetic Foot Service",
        "Partners: NHS Wendlebury and Stowe Integrated Care Board; Stowe Health GP Federation (urgent treatment centres)",
        "Consultant Podiatrist, Diabetic Foot Service",
    ],
    primary_entrant=dict(name="Wendlebury University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="NHS Wendlebury and Stowe Integrated Care Board", type="icb"),
        dict(name="Stowe Health GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Charcot foot is an uncommon but devastating complication of diabetic neuropathy. The bones and joints of
the foot become inflamed and start to fracture and collapse, often after a trivial injury or none at all.
Because the person cannot feel much pain, they keep walking on it. Early on, the only signs are a hot,
red, swollen foot, and X-rays can be normal. If the foot is put in a cast and kept off the ground early,
its shape can usually be saved. If not, it collapses into a 'rocker-bottom' deformity, which leads to
ulcers, infection and, for some people, amputation.

One man's story is typical of what we found. He was a 58-year-old delivery driver who had had type 2
diabetes for fifteen years. He twisted his ankle stepping off a kerb, and a few days later his foot was
swollen and warm. At the urgent treatment centre an X-ray showed no fracture and he was told he had a
sprain. Three weeks later, with the foot still swollen, he saw his GP and was given antibiotics for
possible cellulitis. A second course followed. He carried on working, walking all day on the foot
because it did not hurt much. When he was finally referred to us, eleven weeks after the first visit,
the arch of his foot had collapsed. He now wears a custom-made boot, has had two ulcers on the sole of
his foot, and has had to give up his job. Had his foot been put in a cast at the first visit, it is very
likely that none of this would have happened.

The usual story in our area was that a person with diabetes went to an urgent treatment centre or the
emergency department with a hot swollen foot. They were told they had a sprain, gout or cellulitis, given
antibiotics or a support bandage, and sent home. Weeks or months later they reached our foot clinic with
a deformed foot. When we reviewed the 34 people newly diagnosed with Charcot foot in 2021 and 2022, the
median time from first attending any service with a hot foot to being offloaded in a cast was 11 weeks,
and 22 of them had been seen in urgent care at least once and discharged.

Our goals were simple: every person with diabetes and a hot swollen foot seen in urgent care should be
recognised as a possible Charcot foot, kept off that foot, and seen by the foot team within two working
days.

We knew that this was not about blaming urgent care clinicians. Charcot foot is rare; a nurse
practitioner in a busy urgent treatment centre might see one case every couple of years, and the signs
look very like the much more common problems they see every day. Any solution had to work for someone
who had never seen a Charcot foot before and was unlikely to see another for a long time. It had to be
built into the systems they already used, it had to be quick, and it had to give them a simple action
and someone to hand the person on to.

The partnership with the integrated care board mattered because the change crossed organisations. The
urgent treatment centres are run by the GP federation, the emergency department by our trust, and the
foot service by a team drawn from our podiatry, diabetes, orthotic and orthopaedic staff. The ICB
brought the providers together, funded the thermometers and walking boots, and made the Hot Foot
referral part of the commissioned pathway so that it would outlast the enthusiasm of a few
individuals.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since June 2023 the two urgent treatment centres and the emergency department use a 'Hot Foot' alert on
their clinical systems: any patient with diabetes and a swollen foot triggers a prompt to measure the
skin temperature of both feet with an infrared thermometer and, if one foot is more than two degrees
warmer, to fit a removable walking boot and book the next available foot clinic slot through a
dedicated inbox.

We have plotted the time from first presentation to offloading for every new Charcot foot on a
statistical process control chart since 2021. <<Q:From the autumn of 2023 the chart shows a sustained
shift, with nine consecutive points below the previous mean, and the median time to offloading has
fallen from 11 weeks to 9 days.>> <<Q:People presenting to our clinic with a foot that had already
collapsed into a fixed deformity went from 15 of 34 in 2021-22 to 3 of 29 in 2023-24.>>

The urgent treatment centres sent 96 Hot Foot referrals in the first year.

Not every Hot Foot referral turns out to be Charcot foot. Many are gout, infection, a fracture or a
soft tissue injury, and we expected that: the point of the alert is to catch the few cases that matter
among the many that do not. Every referral is seen by a member of the foot team, and people who do not
have Charcot foot are sent back to their GP with a clear diagnosis and plan, which the urgent care teams
tell us they value in its own right.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The integrated care board has included the Hot Foot alert in its diabetes foot care pathway for all
providers, and the neighbouring trust's emergency department adopted it in 2024. We have presented the
work at the national diabetic foot conference and shared the alert wording and thermometer guide on the
regional diabetes network website.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
An infrared thermometer costs around £40 and a removable walking boot about £120. A collapsed Charcot
foot can mean years of specialist footwear, repeated ulcers and surgery. A major amputation costs the
NHS well over £20,000 in the first year, and the loss to the person is beyond counting.

For our own team, the biggest change has been seeing people early enough to make a difference. We used
to spend much of our time managing the consequences of a collapsed foot: custom footwear, ulcers that
would not heal, difficult conversations about surgery. Now a growing share of our Charcot patients are
people whose feet we can protect while they are still a normal shape.

For patients, being offloaded early is not easy. A walking boot or cast for several months is a burden,
especially for people who work or care for others. But the people who have been through it tell us they
would much rather have that than the alternative.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
Emergency nurse practitioners from both urgent treatment centres came to the foot clinic for a half day
each. <<S:They watched us examine and cast Charcot feet, and it was they who suggested that the alert
should be triggered by the word 'diabetes' on the system together with a foot complaint, rather than
relying on clinicians remembering.>> <<S:Emergency department consultants and the ICB's diabetes
clinical lead agreed the two-degree rule with our orthotists and tested it on patients already known to
the clinic before it went live.>> <<S:Our orthotists chose the walking boot after trying four types with
the urgent care teams, picking one that could be fitted in five minutes.>>

<<P:Members of the Wendlebury Diabetes Group, including three people who live with Charcot foot, met the
project team twice; they described being disbelieved in urgent care and asked for a card they could
carry saying 'I have diabetes - a hot foot could be Charcot', which they designed with us.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1963  diabetic foot checks at places of worship - docx - bullet lists -
#        community health charity manager, lively - charity with a primary
#        care network and the community podiatry service - worshippers and
#        staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1963", format="docx", layout="bullet_lists", topic="diabetic_foot_checks_places_of_worship",
    project="independent123-barefootfaith-1963", docx_font="Arial",
    title="Barefoot and Safe: foot checks for people with diabetes at places of worship",
    cover=[
        "Lead: Eastgate Community Health Partnership (registered charity)",
        "Partners: Eastgate Central Primary Care Network; Harrowden Community NHS Trust (Podiatry Service)",
        "Submitted by the Programme Manager",
    ],
    primary_entrant=dict(name="Eastgate Community Health Partnership", type="charity"),
    partners=[
        dict(name="Eastgate Central Primary Care Network", type="primary_care"),
        dict(name="Harrowden Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why this was needed", """
Eastgate is an inner-city area where around a third of adults are of South Asian heritage. Type 2
diabetes is common and often starts young. Many people pray barefoot several times a day at the mosque,
the gurdwara or the temple, walk barefoot on hot floors and outdoor paving, perform washing rituals
that leave feet damp, and sit cross-legged for long periods.

What we were seeing:

- people with numb feet stepping on things and not noticing, and cuts and blisters that went unseen for days

- foot checks at the GP practice being missed because the appointment clashed with work or prayer times, or because people did not see why their feet mattered

- people coming to the podiatry service for the first time with an ulcer that was already infected

- in 2022, eleven amputations among people of South Asian heritage registered with the network's practices

- very little health information about feet in languages other than English

What Barefoot and Safe does, since March 2023:

- monthly foot check sessions in two mosques, a gurdwara and a Hindu temple, held after a main prayer time

- checks done by a podiatrist and a healthcare assistant from the network, with a community health worker from our charity to explain and translate

- anyone at high risk is booked into the podiatry service there and then, and anyone with an open wound is seen the same week

- advice on checking feet after prayer and washing, drying between the toes and wearing socks on hot floors

- a simple leaflet in Urdu, Punjabi, Gujarati, Bengali and English, with pictures rather than long text
"""),
        ("evidence", "What has changed", """
- <<Q:among people with diabetes registered with the network's practices, the proportion with a foot check recorded in the last year rose from 61% in 2022 to 83% in 2024>>

- <<Q:people of South Asian heritage coming to podiatry for the first time with an ulcer that was already infected fell from 24 in 2022 to 9 in 2024>>

- <<Q:amputations in the same group went from eleven in 2022 to four in 2024>>

- 1,340 people have had a foot check at a place of worship, and 286 were booked into podiatry

- sessions now run at six places of worship
"""),
        ("stakeholders", "Who took part", """
- <<P:the idea came from worshippers at the Eastgate Central Mosque, several of whom have diabetes, who asked the imam whether a nurse could come after Friday prayers; they then helped us choose the room, the time and how to invite people>>

- <<P:the management committees and women's groups at the gurdwara and the temple told us that women would not come to a session run only by men, so every session now has a female podiatrist or healthcare assistant and a separate space>>

- <<P:members of the congregations who had lost a toe or a foot agreed to speak at the first sessions, and a Punjabi-speaking grandfather recorded a short message about checking feet that is played on the gurdwara's screens>>

- <<S:podiatrists and healthcare assistants from the network designed the check sheet with our community health workers and moved the high-risk questions to the front after the first two sessions>>

- <<S:GP practice staff set up a booking code so that results from the sessions go straight into the patient's record, after reception teams told us they were being asked to type them in by hand>>
"""),
        ("value", "Value", """
- each session costs about £180 in staff time, and places of worship give the room free

- the charity's community health workers are funded by a lottery grant

- one major amputation costs the NHS well over £20,000 in the first year, and for the person it can mean losing work, independence and the ability to pray as before

- people attending the sessions often ask about other health concerns, and the community health workers help them book GP appointments, blood pressure checks and eye screening
"""),
        ("spread", "Spread", """
- two other primary care networks in the city have asked to run sessions in their areas

- the podiatry service has added a faith setting option to its referral form

- we shared the model at the regional diabetes prevention event in 2024
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1964  protecting the remaining foot after amputation - pdf - with
#        appendix - ICB diabetes programme lead, strategic - ICB with the acute
#        trust vascular and limb centre and an amputee charity - amputees
#        involved - NO staff involvement (staff trained, clinicians informed,
#        one named lead, a plan) - NO quantitative evidence (counts, a
#        single figure, a target, costs)
# ---------------------------------------------------------------------------
entry(
    id="I1964", format="pdf", layout="with_appendix", topic="contralateral_foot_after_amputation",
    project="independent123-otherfoot-1964", pdf_font="LiberationSans", pdf_align="L",
    title="The Other Foot: protecting the remaining limb after a diabetes-related amputation",
    cover=[
        "Lead entrant: NHS Marrowfield and Tessington Integrated Care Board",
        "Partners: Marrowfield Royal Infirmary NHS Trust (Vascular Service and Limb Fitting Centre); Steps Forward Amputee Support (registered charity)",
        "Prepared by the ICB's Diabetes Programme Lead",
    ],
    primary_entrant=dict(name="NHS Marrowfield and Tessington Integrated Care Board", type="icb"),
    partners=[
        dict(name="Marrowfield Royal Infirmary NHS Trust", type="nhs_trust"),
        dict(name="Steps Forward Amputee Support", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
After a person with diabetes has a leg amputated, the other foot is in great danger. It now carries most
of the body's weight, often with the same neuropathy and poor circulation that led to the first
amputation. Hopping, transferring from a wheelchair and using a walking frame all put extra pressure on
it. Studies suggest that a large proportion of people lose the second leg within a few years, and many
die within five years of the first amputation.

Care after an amputation in our area focused, understandably, on the stump and on getting a
prosthetic limb. The vascular team saw the wound heal, the limb fitting centre fitted and reviewed the
prosthesis, and the remaining foot fell between services. People told us that nobody had looked at their
other foot for months. Some were wearing old shoes that no longer fitted the foot, now that it was
working harder. Several had developed ulcers on the remaining heel from pushing themselves up the bed.

The ICB's diabetes footcare review in 2022 found that only a minority of people who had a major
amputation had a podiatry appointment booked at the time of discharge, and that there was no shared
record of who was responsible for the remaining foot.

There was a wider point too. People who have had one amputation often feel that the worst has already
happened. Some told us they had stopped looking at their feet altogether, because looking was too
painful or because they assumed someone else was doing it. Others had been given so much information in
hospital about the stump and the prosthesis that nothing about the other foot had stuck. Families were
focused on getting the house adapted and the person home. In that situation a small blister on the
remaining heel can go unnoticed for weeks.

The ICB could see this across the whole system, but could not change it on its own. The vascular
service and the limb fitting centre held the clinical expertise and the contact with patients. Steps
Forward, a charity run by and for amputees, held something no service had: the trust of people who had
been through it, and the ability to talk honestly about what life after amputation is like.
"""),
        ("evidence", "What has been achieved", """
The Other Foot started in April 2023. Before discharge after a major amputation, every person with
diabetes now has the remaining foot examined by the vascular podiatrist, is fitted with a heel
protector for use in bed, and leaves with a podiatry appointment within four weeks. The limb fitting
centre checks the remaining foot and footwear at every prosthetic review and can order protective
footwear directly. Steps Forward offers every person a peer supporter who has been through an
amputation.

Since then:

- 118 people have been through the pathway

- 112 had a podiatry appointment booked before leaving hospital

- 94 have been fitted with protective footwear

- 87 took up the offer of a peer supporter

- the limb fitting centre has recorded a check of the remaining foot at 640 prosthetic reviews

Our target is for every person to have the remaining foot checked at least every three months. We have
not yet been able to compare second amputations before and after the pathway, because the numbers are
small and it is too early; the ICB will look at this in 2026.
"""),
        ("stakeholders", "Who was involved", """
<<P:People who have had an amputation designed much of this. Six members of Steps Forward, all living
with a diabetes-related amputation, met with us over the winter of 2022 and described what had happened
to their other foot; their accounts led directly to the heel protector at discharge, because four of
them had developed heel sores in hospital or soon after.>> <<P:The same group wrote the leaflet 'Look
after the foot you've got', and insisted it be honest about the risk of losing the second leg.>>

<<P:A member who uses a wheelchair full time tested three types of heel protector at home and told us
which one stayed on when she transferred.>>

Ward nurses and physiotherapists on the vascular ward were trained in the pathway. Podiatrists and
limb fitting staff were informed about the changes by email. The ICB's diabetes programme lead oversees
the pathway and reports to the diabetes board. We plan to set up a clinical reference group next year.
"""),
        ("value", "Value", """
A heel protector costs around £25 and a pair of protective shoes around £150. A second major amputation
costs the NHS over £20,000 in the first year and usually means the person can no longer live
independently. The peer support service is funded by the ICB at £18,000 a year.

What people tell us is harder to put a price on. Several have said that meeting a peer supporter who had
kept their remaining leg for many years gave them hope, and a reason to take the foot checks seriously.
Families say the heel protector and the leaflet made them feel there was something practical they could
do.
"""),
        ("spread", "Spread", """
The pathway has been shared with the regional vascular network, and another ICB has asked for our
documents. Steps Forward has offered its peer support model to amputee groups in other counties.
"""),
    ],
    trailer=[
        ("heading", "Appendix: The Other Foot discharge checklist"),
        ("para", "1. Remaining foot examined by the vascular podiatrist and findings recorded. 2. Heel protector fitted and family shown how to use it. 3. Podiatry appointment booked within four weeks. 4. Footwear checked; referral for protective footwear if needed. 5. Peer supporter offered. 6. Leaflet 'Look after the foot you've got' given."),
        ("para", "Data sources: pathway records held by the vascular service and the limb fitting centre; peer support records held by Steps Forward Amputee Support."),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1965  night-time repositioning and pressure ulcers in one care home
#        group - pdf - numbered questions - PRIVATE care home group with no
#        partner (ineligible) - director of quality, corporate - staff
#        involved - NO patient involvement (residents as beneficiaries,
#        families informed, a survey that changed nothing)
# ---------------------------------------------------------------------------
entry(
    id="I1965", format="pdf", layout="numbered_questions", topic="care_home_night_repositioning_pressure_ulcers",
    project="independent123-restandturn-1965", pdf_font="DejaVuSans", pdf_align="L",
    title="Rest and Turn: safer night-time repositioning in our care homes",
    cover=[
        "Entrant: Amberholt Care Group Ltd (nine nursing and residential homes)",
        "Submitted by the Director of Quality and Clinical Governance",
    ],
    primary_entrant=dict(name="Amberholt Care Group Ltd", type="private"),
    partners=[],
    sections=[
        ("context", "1. What problem did you set out to solve?", """
Amberholt Care Group runs nine homes with 486 beds, most of them for people living with dementia or
needing nursing care. Residents who cannot move themselves in bed are at high risk of pressure ulcers,
and the standard advice is to reposition them regularly, often every two to four hours, day and night.

At night this creates a real conflict. Waking a frail person with dementia every two hours to turn them
disturbs their sleep, can cause distress and agitation, and sometimes leads to falls and skin tears
during the turn itself. Our night staff told us that residents were more confused the next day after a
bad night. At the same time, when repositioning was skipped to let people sleep, it was not always
recorded, and we could not tell whether a pressure ulcer had developed because the turning schedule was
not followed or despite it.

In 2022 our homes reported 71 new pressure ulcers of category 2 or above that developed in our care.
Our internal reviews found that night-time repositioning charts were incomplete in most of them.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
In 2023 we introduced Rest and Turn in all nine homes. Each resident at risk has an individual night
plan agreed by the nurse or senior carer, setting out how often they need to be moved, whether small
shifts of position using a slide sheet or pillows can be used instead of a full turn, and the times when
they are usually in light sleep. Every resident on a night plan has a high-specification mattress
checked each evening. Repositioning is recorded on handheld devices at the bedside rather than on paper
charts at the end of a shift.

<<Q:New pressure ulcers of category 2 or above acquired in our homes fell from 71 in 2022 to 38 in
2024, with occupancy broadly unchanged.>> <<Q:Night-time falls and skin tears during repositioning went
down from 54 to 29 over the same period.>> <<Q:Completed night repositioning records rose from 58% of
planned moves, in an audit in late 2022, to 96% in late 2024.>>
"""),
        ("spread", "3. How has the work been shared?", """
Rest and Turn is now part of our group induction for all nurses and carers and is included in our
clinical policies. We have shared our night plan template with the registered managers' network in our
area and presented the work at a national care conference.
"""),
        ("value", "4. What has been the impact on residents, staff and value for money?", """
The handheld devices cost £38,000 across the group and replaced paper charts, which saves time for
senior staff who used to check them. Each pressure ulcer avoided saves the cost of dressings, extra
nursing time and, sometimes, a hospital admission.

Residents benefit from better sleep and fewer injuries. Night staff feel their judgement is trusted.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<S:A working group of night nurses and night carers from four of our homes designed the night plan
template, and they introduced the idea of 'micro-shifts' of position after finding that some residents
slept through a small change but woke fully for a complete turn.>> <<S:Our tissue viability link nurses
reviewed every new pressure ulcer with the home's registered manager during the first year, and their
findings led to the evening mattress check being added.>> <<S:Senior carers tested the handheld devices
on two units for six weeks and asked for a one-tap entry for a micro-shift, which the supplier built
for us.>>

Residents' families were informed of the new approach at relatives' meetings in each home. We
circulated a questionnaire to families in 2024, and since the responses were positive we made no
changes. Residents are the main beneficiaries of the work.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1966  burns from hot radiators and pipes in care homes and supported
#        living - docx - form with a cover table - short - fire and rescue
#        service, plain - fire service with the council and a care
#        association - residents' families and staff involved - NO evidence
#        section and no measured change anywhere
# ---------------------------------------------------------------------------
entry(
    id="I1966", format="docx", layout="form_table", topic="radiator_pipe_burns_care_settings",
    project="independent123-coolcover-1966", docx_font="Calibri",
    title="Cool to the Touch: preventing contact burns from radiators and pipes in care settings",
    cover_table=[
        ("Title of entry", "Cool to the Touch: preventing contact burns from radiators and pipes in care settings"),
        ("Lead organisation", "Pennock Vale Fire and Rescue Service, Community Safety"),
        ("Partner organisations", "Pennock Vale County Council (Adult Social Care Quality and Commissioning); Pennock Vale Care Providers' Association"),
        ("Name and role of entrant", "Head of Prevention, Pennock Vale Fire and Rescue Service"),
    ],
    primary_entrant=dict(name="Pennock Vale Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Pennock Vale County Council", type="local_authority"),
        dict(name="Pennock Vale Care Providers' Association", type="charity"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Older people and people with learning or physical disabilities can be seriously burned by touching or
falling against a hot radiator or exposed heating pipe. Their skin is thin, they may not be able to move
away, and some cannot feel or communicate pain. A person who falls and lies trapped against a radiator
can suffer a full-thickness burn in minutes. Guidance says that in care settings radiators and pipes
should be covered or kept to a low surface temperature, but many older buildings converted into care
homes and supported living houses still have bare radiators and pipework.

Our fire safety inspectors visit care homes and supported living services to check fire safety. In
2023 two of them noticed that several homes they visited had uncovered radiators in bedrooms and
bathrooms, and one home had recently had a resident with dementia burned on her leg after sliding out of
bed against a radiator overnight. The council's quality team had separately received safeguarding
concerns about contact burns in two supported living services.

Cool to the Touch brings together the fire service's inspections, the council's contract monitoring and
the care association's links with providers. Inspectors now check radiators and pipes on every visit to
a care setting, and note any that are uncovered in a shared report to the council. The council's
quality officers follow these up with the provider within a month. The care association has negotiated a
group price for low surface temperature radiator covers with a local supplier, and runs short sessions
for managers on assessing burn risk in each room.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Fire safety inspectors and council quality officers agreed the radiator checklist together, and
the inspectors asked for it to be kept to five questions so that it could be completed during an
ordinary fire safety audit.>> <<S:Registered managers from the care association told us that the main
barrier was cost and the time it took to get quotes, which is why the association arranged the group
price.>> <<S:Maintenance staff from three homes trialled different cover designs and chose one that can
be removed for cleaning without tools.>>

<<P:The daughter of the resident who was burned in 2023 met the project group and asked that bedrooms
of people who are at risk of falling out of bed be checked first, and that was adopted as the order of
priority.>> <<P:Self-advocates from the Pennock Vale learning disability partnership board went round a
supported living house with an inspector and pointed out pipes behind a toilet that staff had not
noticed.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The checks are done within existing inspections and contract visits. A low surface temperature cover
costs a provider between £90 and £160 per radiator at the group price. A full-thickness burn in a frail
older person can mean weeks in a burns unit, skin grafts and, at worst, death. Managers say they find
the checklist straightforward, and inspectors feel they can act on something they used to notice and
leave.
"""),
        ("spread", "How has the work been shared and spread?", """
The radiator questions have been added to the national fire service audit tool used by our inspectors,
and we have shared the checklist with neighbouring fire services. The council is including a
requirement for covered radiators in its new care home contract from 2025.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1967  pressure ulcers in the last weeks of life after fast-track
#        discharge - docx - style headings - hospice clinical nurse
#        specialist, compassionate - hospice with the ICB's continuing
#        healthcare team and the council equipment service - bereaved
#        relatives involved (told in the context section), staff involved -
#        'a third fewer' claim - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1967", format="docx", layout="style_headings", topic="end_of_life_fast_track_pressure_ulcers",
    project="independent123-comfortathome-1967", docx_font="Calibri",
    title="Comfortable at Home: preventing pressure ulcers in the last weeks of life after a fast-track discharge",
    cover=[
        "St Ailred's Hospice, Thornwick (lead entrant)",
        "In partnership with NHS Thornwick and Ashby Integrated Care Board (Continuing Healthcare Fast Track Team) and Thornwick County Council (Integrated Community Equipment Service)",
        "Clinical Nurse Specialist, Hospice at Home",
    ],
    primary_entrant=dict(name="St Ailred's Hospice", type="charity"),
    partners=[
        dict(name="NHS Thornwick and Ashby Integrated Care Board", type="icb"),
        dict(name="Thornwick County Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why this mattered", """
Many people who are dying in hospital want to go home for their last days or weeks. The NHS fast-track
process exists so that this can happen quickly: a clinician confirms the person is likely to be in the
last weeks of life, continuing healthcare funding is agreed, and care and equipment are arranged at
home. When it works it is one of the kindest things the NHS does.

When it does not work, people go home without the right bed or mattress, or with a care package that
starts a day or two after they arrive. A dying person who can no longer move is at great risk of
pressure damage, and skin breaks down quickly in the last weeks of life. Our hospice at home nurses were
regularly arriving at a first visit to find someone lying on their own mattress or on a sofa, with skin
already damaged on the sacrum and heels. Pressure ulcers at the end of life cause pain, smell and
distress, and they change a family's memory of the death.

We remember one man in particular. He had motor neurone disease and had said for months that he wanted
to die at home with his dog and his garden in view. The hospital arranged a fast-track discharge on a
Friday afternoon. The care agency could not start until Monday, and the bed was booked for delivery the
following Wednesday. His wife, who was in her seventies, looked after him alone on their sofa bed over
the weekend, turning him as best she could. By the time our nurse arrived on Monday he had a deep
pressure ulcer on his sacrum, and his last ten days were dominated by dressings and pain relief for a
wound that should never have happened. He did die at home, as he wished, but his wife has told us that
what she remembers most is the wound.

This work began with families. <<P:Three bereaved relatives, whose mother, husband and brother had died
at home after a fast-track discharge, came to see us in 2022 and described what had gone wrong; they
then joined the project group, and it was their account of waiting through the first night without a
hospital bed that made overnight equipment delivery the first thing we tackled.>> <<P:One of them, a
retired teacher, wrote the checklist families now receive before the person leaves hospital, headed
'What should be in place before I come home'.>>

The problem crossed three organisations. The ICB's fast-track team arranged funding and care, the
council's equipment service delivered beds and mattresses, and the hospice provided specialist nursing
at home. Each saw only its own part, and nobody checked that everything was in place on the day the
person arrived home.
"""),
        ("evidence", "What has changed", """
Since July 2023 every fast-track discharge in Thornwick goes through a single 'ready for home' call
between the ward, the fast-track team and the hospice at home co-ordinator, held before transport is
booked. The equipment service holds a stock of end-of-life beds with air mattresses that can be
delivered the same evening, seven days a week. A hospice at home nurse or healthcare assistant visits
within four hours of the person arriving home, checks the skin and the equipment, and starts a
repositioning and comfort plan with the family and carers.

<<Q:People arriving home on a fast-track discharge without a suitable bed and mattress in place fell
from 41% in 2022 to 6% in 2024.>> <<Q:Pressure ulcers of category 2 or above that developed after
arriving home were about a third fewer in 2024 than in 2022, across a similar number of fast-track
discharges.>>

The hospice at home team made 1,206 first visits in 2024.
"""),
        ("stakeholders", "Who was involved", """
<<S:Ward nurses from the two hospitals' discharge teams helped design the ready for home call and asked
that it be kept to ten minutes with a fixed list of questions, which they drafted.>> <<S:Equipment
service technicians told us that most delays came from orders placed after 2pm, and they proposed the
evening delivery slot that now runs every day.>> <<S:Fast-track nurses in the ICB and our hospice at home
team reviewed every pressure ulcer that developed after discharge for the first six months and changed
the skin check at the first visit after finding that heels were being missed.>>

<<P:Families caring for someone at home also tested the repositioning guide and told us it needed fewer
words and more pictures, which is how it now looks.>>
"""),
        ("value", "Value", """
The end-of-life beds were bought by the ICB and are reused. The evening delivery slot costs the equipment
service about £26,000 a year. Each avoided readmission in the last weeks of life saves money, but more
importantly allows the person to die where they chose.

Families tell us that knowing everything is ready before the ambulance arrives takes away one of the
biggest fears.

The district nursing teams, who take over care from the hospice at home service after the first days,
say that people now reach them with intact skin, a plan and the right equipment, rather than with a
wound that has to be managed alongside everything else at the end of life. Ward teams say the ready for
home call has made them more confident about discharging people quickly, because they know someone will
be there when the person arrives.

There are still difficult days. Some people deteriorate faster than expected and die before all the
equipment is in place, and in rural parts of the county the four-hour visit is not always possible. We
review every discharge where something went wrong, and the partnership meets monthly to look at those
cases together.
"""),
        ("spread", "Spread", """
The ready for home call is now standard across the ICB area and has been adopted by the neighbouring
hospice for its own patients. We have presented the work at the regional palliative care network and to
the national hospice at home forum.

Other areas thinking of doing the same could start with one question: on the day a dying person comes
home, who checks that everything is ready? If the answer is nobody, or everybody, the ready for home call
is a simple way to make it somebody.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1968  a mobile leg ulcer clinic for housebound people - pdf - lists -
#        departments of one community trust, NO partner (ineligible) - head
#        of community nursing, practical - staff involved - NO patient
#        involvement (patients as beneficiaries, sent letters, feedback that
#        changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1968", format="pdf", layout="bullet_lists", topic="mobile_leg_ulcer_clinic_housebound",
    project="independent123-woundwheels-1968", pdf_font="LiberationSans", pdf_align="L",
    title="Wound Care on Wheels: bringing the leg ulcer clinic to people who cannot get to it",
    cover=[
        "Brackenmoor Community Health NHS Trust",
        "A joint project of the trust's District Nursing, Tissue Viability, Podiatry and Vascular Assessment teams",
        "Submitted by the Head of Community Nursing",
    ],
    primary_entrant=dict(name="Brackenmoor Community Health NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "The problem", """
Brackenmoor is a large rural area with small villages, few buses and long distances to the nearest
clinic. Many people with leg ulcers are housebound or cannot travel, so their care is given at home by
district nurses.

What this meant in practice:

- people at home rarely had a full leg ulcer assessment, including an ankle-brachial pressure index, because the equipment and trained staff were based in town clinics

- without that assessment, district nurses could not safely apply full compression, so many people had dressings only, for months or years

- ulcers that could have healed in twelve weeks with compression were still open after a year or more

- district nurses were making two or three visits a week for dressings that were not making the ulcer better

- some ulcers became infected or deteriorated, and people were admitted to hospital with cellulitis or sepsis

What we did, from September 2023:

- converted a van into a mobile clinic with a couch, a handheld Doppler, a wound camera and bandaging supplies

- the van is staffed by a tissue viability nurse and a healthcare assistant, and visits each village in turn on a four-week cycle

- district nurses book their housebound patients in, and the van parks outside the person's home for a full assessment

- anyone who can safely have compression starts it that day, with a plan for the district nurses to follow

- a podiatrist joins the van one day a week to see people with foot wounds and diabetes
"""),
        ("evidence", "Results", """
We compared housebound patients with a leg ulcer on the district nursing caseload in the year before
the van started with those in its first full year.

- <<Q:patients with a full leg ulcer assessment within four weeks of the ulcer being found rose from 22% to 79%>>

- <<Q:the proportion in appropriate compression went up from 31% to 72%>>

- <<Q:median healing time fell from 38 weeks to 17 weeks>>

- <<Q:hospital admissions with a leg infection among these patients fell from 26 to 10>>

- the van made 1,150 visits in its first year
"""),
        ("stakeholders", "Who was involved", """
- <<S:district nurses from the four rural teams planned the route and the four-week cycle with the tissue viability team, and they changed it after the first month so that the van stays longer in the villages with the most patients>>

- <<S:healthcare assistants who staff the van suggested a checklist of supplies to restock at the end of each day, after running out of bandages twice>>

- <<S:the trust's vascular assessment nurses agreed which Doppler results need urgent referral and trained the van team, and they asked for photographs to be attached to every referral>>

- patients were sent a letter before their first van visit explaining what would happen

- we collected feedback cards after visits, which were very positive, so we did not change anything

- we would like to invite patients and carers to help plan the next phase
"""),
        ("value", "Value", """
- the van cost £48,000 to buy and convert, funded by the trust's charity

- district nursing visits for leg ulcer dressings fell as ulcers healed, freeing nursing time for other patients

- faster healing means less pain, fewer infections and fewer admissions
"""),
        ("spread", "Spread", """
- the trust is planning a second van for the eastern part of the county in 2025

- we have presented the work at the regional tissue viability network and at the trust's annual quality event
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)
