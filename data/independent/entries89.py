"""Eighty-ninth independent evaluation set (I1409..I1424) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing ambulance and fire services, councils,
integrated care boards, universities, charities, pharmacies and the odd private company
send in, in their own voices and at their own length.  The theme of this set is prevention
and public health that keeps people safe: carbon monoxide, cold homes, drowning, burns,
domestic abuse disclosures in health settings and suicide prevention in the community.

Topics: carbon monoxide from barbecues and heaters taken into tents at campsites and
festivals (an ambulance service lead, own headings, pdf), warmth on prescription for people
with lung and heart disease in cold homes (an integrated care board, rubric headings),
drowning in the bath in people with epilepsy (a university, two columns, pdf), burns from
e-bike battery fires among food delivery riders (a fire and rescue service, lists),
domestic abuse disclosures in dental practices (a domestic abuse charity, a pdf made from
Word), toddlers drowning in garden ponds and paddling pools (a private swim school company
as primary entrant, numbered questions), suicide prevention on a coastal cliff path (a
council public health team, CAPS headings, pdf), home oxygen users cutting off their own
prepayment electricity (a community trust, a form), contact burns from radiators and hot
pipes in supported living (a council adult social care service, sections in an unusual
order, pdf), asking about domestic abuse in the fracture clinic (departments of one acute
trust, no partner, style headings), money worries and suicide risk in general practice (a
primary care network, no headings), carbon monoxide screening in the emergency department
(an acute trust, a pdf form with no evidence section), autistic children who wander towards
water (an autism charity, a cover table, no spread section), safe space consultation rooms
for domestic abuse in community pharmacies (a local pharmaceutical committee, pdf), smart
meter data used to spot older people who stop heating their homes (a private energy
supplier as primary entrant, sections in an unusual order) and taxi and private hire
drivers trained to help passengers at risk of suicide (a council licensing and public
health team, numbered questions, pdf, with appendix).

Build it with

    .venv/bin/python data/independent/build.py --set 89   (writes data/corpus/independent89/)

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
    (including 'halved', 'a third fewer' and a sustained shift on an SPC chart);
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

Organisation types follow the earlier sets (ambulance, police, fire and rescue services are
emergency_service; GP practices, primary care networks, local dental committees and local
pharmaceutical committees are primary_care; domestic abuse, autism, debt advice, energy
advice and lifeboat charities are charity; patients' support groups are patient_group; a
university is university; swim schools, events companies, supported living providers and
energy suppliers are private).  A department or team of the entrant's own organisation is
not a partner.  Flags are written by hand and build.py cross-checks them against the
mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1409  carbon monoxide from barbecues and heaters in tents - pdf - own
#        headings - ambulance service public health lead, brisk - ambulance
#        service with a district council, fire and rescue service and a
#        festival company - campers and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1409", format="pdf", layout="own_headings", topic="carbon_monoxide_tents_camping",
    project="independent89-fresh-air-under-canvas-1409", pdf_font="LiberationSans", pdf_align="L",
    title="Fresh Air Under Canvas: stopping carbon monoxide poisoning in tents at campsites and festivals",
    cover=[
        "Lead organisation: Northmoor Ambulance Service NHS Trust (Public Health and Prevention Team)",
        "Partners: Harrowdale District Council (Environmental Health); Harrowdale and Wetherfell Fire and Rescue Service; Brackenfield Events Ltd",
        "Written by the Prevention Lead Paramedic",
    ],
    primary_entrant=dict(name="Northmoor Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Harrowdale District Council", type="local_authority"),
        dict(name="Harrowdale and Wetherfell Fire and Rescue Service", type="emergency_service"),
        dict(name="Brackenfield Events Ltd", type="private"),
    ],
    sections=[
        ("context", "Why this mattered", """
Harrowdale is a district of moors, lakes and farm campsites. Between Easter and October the population of
some of its parishes trebles, and the county hosts four large music and outdoor festivals, the biggest of
which, Fellside Weekend, has around 22,000 people on site for four nights. Most of these visitors sleep in
tents.

Every summer our crews were called to campers who had been found drowsy, vomiting or unconscious in the
morning. For years these calls were logged as 'unwell adult', 'intoxicated' or 'head injury' and nobody
joined them up. In August 2021 two brothers aged 19 and 23 were found unresponsive in a dome tent on a
farm campsite above Lake Ruddle. They had brought a disposable barbecue inside the porch after it started
to rain, because it was still warm and the evening was cold. The younger brother died. The older one spent
nine days in intensive care and still has problems with his memory.

The inquest heard that neither of them had any idea that a barbecue which had stopped glowing could still
give off carbon monoxide. The coroner's report asked the ambulance service, the council and the fire
service what they were doing to prevent further deaths. The honest answer at the time was: not much, and
not together.

When we went back through our own records for the three previous summers, we found 41 incidents where a
camper had symptoms that fitted carbon monoxide exposure and a barbecue, a gas heater, a camping stove or
a generator had been mentioned in the crew's notes. In only six had the person been given oxygen for
carbon monoxide or had a blood test for it at hospital. Our crews were not carrying carbon monoxide
monitors on their kit bags at the time, and the campsites had no reason to think it was their problem.
"""),
        ("stakeholders", "Who shaped the work", """
<<S:Paramedics from the three stations that cover the lakes spent a training day with fire service
colleagues in a test tent, measuring how fast carbon monoxide builds up from a cooling barbecue, and it was
their idea to clip a personal carbon monoxide alarm to every response bag so that a crew walking into a
tent would be warned.>> <<S:Environmental health officers drafted the licence conditions for campsites and
festivals, and campsite owners at the district's tourism forum asked for the wording to be changed so it
did not read as a ban on barbecues altogether, which it no longer does.>> <<S:Brackenfield's site managers
and stewards agreed the evening patrol routes and suggested that stewards carry spare carbon monoxide
alarms to hand out.>>

The message to campers was not written by us. <<P:It was tested on a group of sixth formers from
Harrowdale College, who were about to go to their first festival, and on the older brother himself, who
asked for it to say plainly that a barbecue 'can kill you after it has gone out'.>> <<P:Visitors at two
campsites were interviewed by council staff over a bank holiday weekend, and most said they would not
read a leaflet but would look at a sticker on the barbecue itself, so the sticker came about because of
them.>>
"""),
        ("evidence", "What has changed", """
Since the 2022 season, every campsite licensed by the council has to display a carbon monoxide warning by
the reception and at each washing-up area, and cannot sell disposable barbecues without the warning
sticker. Festivals in the district must have a stewarding plan for the evening, when tents are zipped up
and barbecues are brought in. Our crews carry carbon monoxide alarms and record a carbon monoxide reading
on every call to a tent, caravan or campervan.

<<Q:Calls to campers with probable carbon monoxide exposure fell from 41 over the three summers before the
campaign (2019 to 2021) to 12 over the three summers since (2022 to 2024).>> <<Q:There have been no deaths
since 2022, compared with two in the previous five years.>> <<Q:The proportion of suspected cases given
high-flow oxygen by our crews rose from 15% to 92%, because crews now know what they are looking for.>>

At Fellside Weekend, stewards handed out 3,400 carbon monoxide alarms in 2024, and 19 tents were cleared
overnight after an alarm sounded.
"""),
        ("value", "Value for money", """
The stickers cost around 2p each and the campsite owners pay for them. The carbon monoxide alarms carried
by crews cost £28 each and were paid for by the fire service's prevention budget. The festival alarms are
sponsored by Brackenfield. A single stay in intensive care costs far more than the whole campaign, and the
loss of a young life cannot be counted in pounds.
"""),
        ("spread", "Spreading it", """
The licence conditions have been adopted by two neighbouring councils and by the national park authority
for its own campsites. The ambulance service has added carbon monoxide monitoring to every crew's kit across
the region, not only in Harrowdale. Brackenfield uses the stewarding plan at the other three festivals it
runs in England and Wales. We have shared the test-tent film, which shows a carbon monoxide alarm going off
inside a tent twenty minutes after the barbecue was taken in, with the national outdoor retailers'
association, and two retailers now show it on their websites next to disposable barbecues.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1410  warmth on prescription for people with COPD and heart failure - docx
#        - rubric headings - ICB population health manager, formal - ICB with
#        a city council, a community energy charity and an advice charity -
#        staff involved - NO patient involvement (beneficiaries, letters, a
#        survey that changed nothing, a plan, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1410", format="docx", layout="rubric_headings", topic="cold_homes_warmth_on_prescription",
    project="independent89-warmth-rx-1410", docx_font="Calibri",
    title="Warmth on Prescription: heating the homes of people whose lungs and hearts cannot take the cold",
    cover=[
        "Primary entrant: NHS Corvale Integrated Care Board",
        "Partner organisations: Corvale City Council (Public Health and Housing); Corvale Community Energy (charity); Corvale Advice Network (charity)",
        "Submitted by the Head of Population Health Management",
    ],
    primary_entrant=dict(name="NHS Corvale Integrated Care Board", type="icb"),
    partners=[
        dict(name="Corvale City Council", type="local_authority"),
        dict(name="Corvale Community Energy", type="charity"),
        dict(name="Corvale Advice Network", type="charity"),
    ],
    sections=[
        ("context", "Context and the safety problem", """
Cold homes are a patient safety issue. When the temperature indoors falls below about 18 degrees, blood
pressure rises, the blood becomes more likely to clot and the airways narrow. For someone with chronic
obstructive pulmonary disease (COPD) or heart failure, a cold week can mean a flare-up, a fall, a stroke or
an admission they may not come home from. In Corvale, one of the most deprived cities in the region, we
estimate that around one household in five cannot afford to heat their home adequately.

Our winter admissions data showed the same pattern year after year. Admissions for COPD and heart failure
rose sharply within a few days of every cold snap, and they came disproportionately from the same
neighbourhoods, where the housing is old and poorly insulated and incomes are low. Clinicians in
respiratory and cardiology clinics told us they regularly saw patients who were sleeping in their coats or
living in one room to save money.

Warmth on Prescription uses the ICB's linked data to identify adults with COPD or heart failure who live in
the most deprived areas and have had at least one emergency admission in the past two years. With their
agreement, Corvale Community Energy pays a credit onto their energy account so that they can heat their
home to a safe temperature over the winter months, and visits to offer insulation, draught-proofing and
boiler checks. Corvale Advice Network checks every household for unclaimed benefits and help with energy
debts. The council's housing team enforces standards where a private landlord has left the home without
adequate heating.

We chose to pay energy credit directly, rather than give advice alone, because our clinicians were clear
that advice does not warm a room. Many of the people we were trying to reach already knew that a cold home
was bad for them. What they lacked was the money to do anything about it, and the confidence to ask. A
credit on the account, arranged by the NHS and not means-tested at the door, removed both problems at once.
It also meant that the scheme could start quickly: the first credits were paid within six weeks of the
board agreeing the funding, before the worst of the winter weather arrived.

The partnership is governed by a small steering group chaired by the ICB's director of population health,
with the council's director of public health, the chief executives of the two charities and clinical leads
from respiratory and cardiology services. Data sharing is covered by a single agreement signed by all four
organisations, which took longer to negotiate than any other part of the work.
"""),
        ("evidence", "Evidence of improvement", """
The scheme ran for two winters, 2022/23 and 2023/24, and supported 1,180 households. We compared
participants with a matched group of people with the same conditions and levels of deprivation who lived
in postcodes where the scheme was not yet available.

<<Q:Emergency admissions for COPD or heart failure among participants fell from 0.94 per person per winter
in the year before joining to 0.58 in the first winter of the scheme, while in the comparison group they
stayed close to 0.9.>> <<Q:Emergency department attendances for any cause fell by 31% among participants
over the same period.>> <<Q:Among the 212 participants who had a home temperature sensor fitted, the
proportion of winter evenings with a living room temperature below 16 degrees went down from 42% to 9%.>>

Corvale Advice Network secured an average of £2,300 a year in unclaimed benefits for each household it
saw.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Respiratory nurses and community heart failure nurses worked with the ICB's analysts over several
months to set the criteria for who would be offered the scheme, and they asked for people on home oxygen to
be included whatever their admission history, which changed the eligibility rules.>> <<S:Energy advisers at
Corvale Community Energy, who visit people's homes, told us the first referral form asked for information
they could not check on the doorstep, and they redesigned it with our data team.>> <<S:GP practice managers
from the two primary care networks with the highest fuel poverty helped design the consent process and the
text message that goes to patients.>>

Eligible patients were sent a letter from their GP practice explaining the scheme and inviting them to
opt in. Everyone who took part received an information pack and a winter warmth checklist. At the end of
the first winter we sent a satisfaction survey to participants, and the responses were very positive, so
the scheme continued unchanged into the second winter. We did not set up a patient panel for the pilot
because of the time available before the first winter. We intend to work with the local Breathe Easy
group and people with lived experience of fuel poverty when we plan the next phase.
"""),
        ("value", "Value for money and impact on patients and staff", """
The average cost per household was £610 a winter, including the energy credit, visits and administration,
and the programme cost £720,000 in total over two years, funded by the ICB and the council's public health
grant. Using national reference costs, our health economist estimates that avoided admissions and
attendances saved around £1.1 million over the same period. Respiratory nurses say they now have
something practical to offer when a patient tells them they cannot afford to put the heating on.
"""),
        ("spread", "Spread and sustainability", """
The ICB board has agreed to fund Warmth on Prescription for a further three winters and to extend it to
people with sickle cell disease and to children with severe asthma. The data model and eligibility
criteria have been shared with three other integrated care boards through the regional population health
network, and one has begun its own scheme. Corvale Community Energy has trained advisers from two other
community energy groups in the home visit approach.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1411  drowning in the bath in people with epilepsy - pdf - two columns -
#        university researcher, reflective - university with an acute trust's
#        epilepsy nurse service and an epilepsy support group - people with
#        epilepsy involved (called co-researchers), staff involved - Q stated
#        in words ('halved')
# ---------------------------------------------------------------------------
entry(
    id="I1411", format="pdf", layout="two_column", topic="epilepsy_bath_drowning",
    project="independent89-shower-safe-1411", pdf_font="DejaVuSans", pdf_align="L",
    title="Shower, Not Bath: reducing drowning risk for people with epilepsy",
    cover=[
        "University of Elsmere, School of Health Sciences (lead)",
        "With Elsmere and Tolland Hospitals NHS Trust (Epilepsy Nurse Specialist Service) and the Westmark Epilepsy Support Group",
        "Entry prepared by Dr Ruth Okafor, Senior Lecturer in Neurological Nursing",
    ],
    primary_entrant=dict(name="University of Elsmere", type="university"),
    partners=[
        dict(name="Elsmere and Tolland Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Westmark Epilepsy Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "Background", """
People with epilepsy are many times more likely to drown than the general population, and most of these
deaths do not happen in the sea or a swimming pool. They happen in the bath, at home, often when the
person is alone and has a seizure that would otherwise have been survivable. Many people with epilepsy
are never told this. Those who are told often hear it once, at diagnosis, among a great deal of other
information.

In 2021 our epilepsy nurse colleagues reviewed the deaths of people under their care over the previous
decade. Three had died in the bath. In each case the notes recorded no conversation about bathing safety.
At the same time a small study by our school found that fewer than a third of adults attending the
epilepsy clinic could say what a safe bathing routine looked like, and that many young adults living away
from home for the first time took long baths to relax.

Simple changes reduce the risk a great deal: showering rather than bathing, keeping the bathroom door
unlocked, telling someone before getting in, using a shallow bath if a shower is not possible and fitting
a bath plug that lets water drain away when it overflows. Our aim was to make sure that every person seen
by the service heard about these changes in a way that stuck, and that people who could not easily shower
got help to adapt their bathroom.

None of this needed new technology or a new service. It needed a university that could design and test a
conversation properly, a clinical team that sees everyone with epilepsy in the area, and an organisation run
by people with epilepsy that could tell us what would actually change behaviour. Each partner brought
something the others lacked, and the project was funded for two years through a small research and
knowledge exchange award, with the trust releasing nurse time.
"""),
        ("stakeholders", "Working together", """
From the start the project was run by a steering group of six co-researchers, adults with epilepsy
recruited through the Westmark group, alongside two epilepsy nurses and two university researchers.
<<P:The co-researchers chose the title, wrote most of the questions we asked in our interviews and turned
down our first leaflet as 'a list of things you can't do'.>> <<P:They then produced a short film in which
three of them talk about their own routines, which is now shown in the clinic waiting room and sent by
text message to newly diagnosed patients.>>

<<S:The epilepsy nurses piloted the bathing conversation in their clinics for three months and asked for
it to become a tick-box item in the clinic letter, so that the GP and the patient both have a written
record.>> <<S:Occupational therapists from the council's adaptations team joined the group halfway through
and agreed a fast track for people with epilepsy who need a level-access shower.>>

<<P:Parents of teenagers with epilepsy, contacted through the group's family days, said the message had to
reach young people before they leave home, so the film was also adapted for use in school health
sessions.>>
"""),
        ("evidence", "What happened", """
Since September 2022 the bathing conversation has been part of every first appointment and every annual
review in the epilepsy nurse service, which sees around 2,600 adults. Our before and after surveys of
clinic attenders used the same questions.

<<Q:The share of respondents who usually had a bath alone with the door locked halved, from 38% in 2022 to
17% in 2024.>> <<Q:The proportion who could describe at least three safe bathing measures went up from 29%
to 71%.>> <<Q:The record of a bathing conversation in clinic letters rose from under one in ten to nine in
ten.>>

The council's adaptations team has fitted 64 level-access showers through the fast track.
"""),
        ("value", "Value", """
The film cost £4,800 to make, paid for by a university knowledge exchange grant. The clinic conversation
takes a few minutes. Level-access showers are funded through the usual disabled facilities grant; what the
fast track changed was the waiting time, not the cost. Co-researchers were paid for their time at the
university's public involvement rate.
"""),
        ("spread", "Spread", """
The film and the clinic checklist are free to download from the Westmark group's website and have been
taken up by epilepsy services in four other trusts. Our findings have been published in a nursing journal
and presented at the national epilepsy nurses' conference. The university now includes the bathing
conversation in its pre-registration nursing curriculum, and the Westmark group is working with student
accommodation providers in the city on bathroom safety for students with epilepsy.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1412  burns from e-bike battery fires among food delivery riders - docx -
#        bullet lists - fire service station manager, direct - fire and rescue
#        service with a burns centre and council trading standards - riders
#        involved - NO staff involvement (crews trained, burns nurses briefed,
#        one named lead, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1412", format="docx", layout="bullet_lists", topic="ebike_battery_fire_burns_delivery_riders",
    project="independent89-charge-safe-1412", docx_font="Arial",
    title="Charge Safe: preventing burns from e-bike battery fires among food delivery riders",
    cover=[
        "Ravensholt Fire and Rescue Service",
        "Partners: Ravensholt Teaching Hospitals NHS Foundation Trust (Regional Burns Centre); Ravensholt City Council (Trading Standards)",
        "Contact: Station Manager Priya Lal, Community Fire Safety",
    ],
    primary_entrant=dict(name="Ravensholt Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Ravensholt Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Ravensholt City Council", type="local_authority"),
    ],
    sections=[
        ("context", "The problem", """
Lithium battery fires from e-bikes and e-scooters are now the fastest-growing cause of serious house fires in
Ravensholt. They are different from most house fires:

- the battery can go into 'thermal runaway' with almost no warning and burn with a jet of flame

- the fire spreads within seconds and gives off toxic smoke

- the battery is often charged in a hallway or bedroom, which blocks the only way out

- many people are burned trying to carry a burning bike out of the house

A large number of the people affected in our city are food delivery riders. Many rent rooms in shared
houses, work long hours, charge their batteries overnight and cannot afford to replace a damaged or
second-hand battery with a proper one. Some buy conversion kits and chargers online that do not meet safety
standards. Many speak English as a second language and do not see our usual safety messages.

In 2022 the Regional Burns Centre treated 14 people with burns from e-bike or e-scooter battery fires, and
nine of them were delivery riders or people living in the same house as one. Two needed skin grafts to the
hands and face. One rider, a young man from the city centre, died from his injuries.

Our normal prevention work did not reach this group. Home fire safety visits are booked by phone or
referral, mostly for older people. Riders move house often, are rarely at home in the evening and are
wary of anyone who looks official, because some fear checks on their immigration status or their
employment. We needed partners who could reach them in different ways, and a reason for riders to want to
talk to us.

The burns centre saw the results of these fires and wanted to prevent them. Trading standards had the
powers to stop unsafe batteries and chargers being sold. Together we had the reach, the evidence and the
enforcement that none of us had alone.
"""),
        ("evidence", "What has changed", """
What Charge Safe does:

- free battery and charger checks at pop-up events held where riders wait for orders, outside restaurants and takeaways, in the evenings

- a swap scheme that replaces unsafe chargers with certified ones, paid for by trading standards from fines on sellers

- fireproof charging bags and smoke alarms fitted in shared houses where riders live

- trading standards test purchases of batteries and chargers from online and local sellers, with seizures of unsafe goods

- burns first aid advice (cool the burn with running water for 20 minutes) printed on every charging bag

Results, comparing 2022 with 2024:

- <<Q:e-bike and e-scooter battery fires attended in homes where a delivery rider lived went down from 37 to 16>>

- <<Q:admissions to the Regional Burns Centre from these fires fell from 14 to 5>>

- <<Q:the proportion of patients arriving at the burns centre who had cooled their burn with running water for 20 minutes rose from about a quarter to just over two thirds>>

- 1,120 batteries and chargers checked, 415 chargers swapped, 2,300 unsafe items seized
"""),
        ("stakeholders", "Who was involved", """
- <<P:riders from the city's delivery riders' WhatsApp community told us where and when to hold the checks, and said daytime events would never work because that is when they sleep>>

- <<P:a group of riders translated our leaflets into Portuguese, Bengali, Arabic and Kurdish and recorded voice notes with the same advice, because they said most riders would listen rather than read>>

- <<P:two riders who had been burned agreed to tell their stories in a short video, and asked that it show the burns dressing clinic so other riders could see what recovery is like>>

- all 280 operational firefighters in the city were trained in the battery check

- burns nurses were briefed on the scheme at their team meeting

- the project has been led throughout by our Station Manager for Community Fire Safety

- we plan to hold a workshop with trading standards officers and burns staff next year to review the approach
"""),
        ("value", "Value", """
- the scheme cost £46,000 over two years, including charging bags, alarms and staff time

- a single patient with major burns can cost the NHS more than £100,000 in treatment and rehabilitation

- riders lose income when their bike is destroyed or they are injured, and many have no sick pay
"""),
        ("spread", "Spread", """
- two other fire and rescue services in the region have started rider events based on ours

- our voice notes and leaflets are shared free through the national fire chiefs' prevention network

- the city council now includes charging safety in its licensing guidance for houses in multiple occupation
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1413  domestic abuse disclosures in dental practices - pdf via soffice -
#        style headings - domestic abuse charity service manager, earnest -
#        charity with the local dental committee and the ICB - survivors and
#        staff involved - NO quantitative evidence (staff trained, disclosures
#        and referrals counted, a target, a single figure)
# ---------------------------------------------------------------------------
entry(
    id="I1413", format="pdf", layout="style_headings", topic="domestic_abuse_dental_practices",
    project="independent89-open-wide-1413", render_via="soffice", docx_font="Liberation Serif",
    title="Open Wide, Speak Up: dental teams recognising and responding to domestic abuse",
    cover=[
        "Lead: Safer Homes Tamsford (registered charity)",
        "Partners: Tamsford Local Dental Committee; NHS Tamsford and Wyre Integrated Care Board",
        "Prepared by the Health Partnerships Service Manager, Safer Homes Tamsford",
    ],
    primary_entrant=dict(name="Safer Homes Tamsford", type="charity"),
    partners=[
        dict(name="Tamsford Local Dental Committee", type="primary_care"),
        dict(name="NHS Tamsford and Wyre Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Background", """
Most injuries from domestic abuse are to the head, face and neck. A broken tooth, a split lip, a fractured
jaw or bruising around the mouth are often seen first, or only, by a dentist. People who are being abused
may also be allowed to go to the dentist when they are not allowed to go anywhere else, because an abuser
sees a check-up as harmless. A dental surgery can be one of the few places where they are alone with a
professional for a few minutes.

Yet dental teams in Tamsford told us they had never been trained to ask about abuse, did not know what to
say if someone told them, and did not know who to refer to. Dental practices were not part of the local
safeguarding arrangements in the way that GP practices are. When we looked at the records of the women
supported by our independent domestic violence advisers in one year, a number described going to a dentist
with an injury caused by their partner and giving a made-up explanation that nobody questioned.

Open Wide, Speak Up was set up to give dental teams the confidence to notice, ask and refer. Each
participating practice has a named domestic abuse champion, usually a dental nurse, and a direct referral
line to our advisers, who will call the person back at a safe time within one working day. Posters and
small cards with our number are placed in the practice toilets, where patients can pick them up without
being seen.

The partnership works because each organisation does the part it is best at. The local dental committee
brought the practices on board and gave the scheme credibility with dentists, who are independent
contractors and are understandably cautious about anything that adds to their workload. The ICB funds
the coordinator and has written domestic abuse awareness into its primary care safeguarding standards. We
provide the training, the specialist advice and the support for the person once they have been referred,
including safety planning, help with housing and, where needed, support through the courts.

We were careful from the start about safety. A dental record is seen by the whole practice and can be
requested by the patient, so the referral is not recorded in the dental notes in a way that an abuser
could see. Practices keep a separate safeguarding log, and our advisers never leave a message on a phone
unless the person has told us it is safe to do so.
"""),
        ("evidence", "Evidence of improvement", """
The scheme began in March 2023. By the end of 2024, 61 of the 74 dental practices in Tamsford and Wyre had
signed up and 486 dentists, dental nurses, hygienists and receptionists had completed our half-day training.
Every participating practice has a named champion.

Dental teams have made 113 referrals to our advisers, from 38 different practices. Before the scheme we had
never received a referral from a dental practice. Of the people referred, 92 accepted support, and 17 were
assessed as being at high risk of serious harm and were discussed at the multi-agency risk assessment
conference. Our target is for every practice in the area to have a champion by the end of 2025.

In the evaluation questionnaire completed by staff at the end of the training, 94% said they would now feel
confident asking a patient about abuse. People we support who were referred by a dental team have told us
that it was the first time anyone had asked.
"""),
        ("stakeholders", "Involvement of patients and staff", """
<<P:Our survivors' voice group, women and men who have used our services, read every draft of the training
and added a section called 'what not to say', drawn from things that had been said to them by
professionals.>> <<P:Two members of the group filmed short pieces to camera about visiting the dentist
while in an abusive relationship, and one of them asked that the cards be small enough to hide in a shoe,
which is why they are the size they are.>>

<<S:Dental nurses from six practices that piloted the scheme told us that the dentist is often too busy to
have the conversation, so the training was rewritten so that any member of the team can ask and refer.>>
<<S:The local dental committee's safeguarding lead and three practice owners agreed the referral pathway
with our advisers and changed it so that referrals could be made by phone during a lunch break rather than
only through an online form.>>
"""),
        ("value", "Value", """
The scheme costs around £38,000 a year, funded by the ICB, for a part-time coordinator, training and
materials. Dental practices give their time for training. Each referral that prevents a serious assault or
homicide avoids enormous human and financial costs. For dental teams it has brought dentistry into the
local safeguarding system, which many said they had wanted for a long time.
"""),
        ("spread", "Spread", """
The training is now part of the ICB's safeguarding offer to all primary care contractors, and the regional
postgraduate dental education team has included it in the programme for foundation dentists. We have
shared the materials with domestic abuse services in three neighbouring areas, and the local pharmaceutical
committee has asked us to adapt them for community pharmacies.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1414  toddlers drowning in garden ponds and paddling pools - docx -
#        numbered questions - PRIVATE swim school company as primary entrant,
#        with a community trust's health visiting service and a council
#        (ineligible) - company director, chatty - parents and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1414", format="docx", layout="numbered_questions", topic="toddler_garden_water_drowning",
    project="independent89-splash-aware-1414", docx_font="Calibri",
    title="Splash Aware: keeping toddlers safe around garden water",
    cover=[
        "Primary entrant: AquaSteps Swim Schools Ltd",
        "Partners: Lindenholme Community Health NHS Trust (0-19 Health Visiting Service); Lindenholme Borough Council (Public Health)",
        "Submitted by Marcus Hale, Founder and Managing Director, AquaSteps Swim Schools Ltd",
    ],
    primary_entrant=dict(name="AquaSteps Swim Schools Ltd", type="private"),
    partners=[
        dict(name="Lindenholme Community Health NHS Trust", type="nhs_trust"),
        dict(name="Lindenholme Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "1. Describe the safety issue and why a partnership was needed", """
AquaSteps runs baby and toddler swimming lessons in six pools across Lindenholme. Over fifteen years we have
taught thousands of little ones to splash, float and get back to the side. What worried our instructors,
though, was not the pool. It was the back garden.

Young children can drown in a few centimetres of water, silently and in less than a minute. In England,
garden ponds, paddling pools, water butts and even buckets are a steady cause of drowning and near-drowning
in children under four, and most happen in the family's own garden or at a grandparent's house in the
summer. Parents who bring their children to us every week told us they had never thought about their own
pond.

In the summer of 2022 a two-year-old who had been to our classes was pulled from a neighbour's ornamental
pond after slipping through a gap in the fence. She was resuscitated by her father and made a full recovery,
but the children's ward told the family they had been very lucky. The same summer the health visiting
service dealt with three other near-drownings in the borough.

We are a small business. We can reach the families who come to our pools, but not the many who never will.
Health visitors see every family with a young child in the borough, and the council's public health team
has the data and the campaigns. So we asked them to work with us.

We knew that a private company leading a public health project might raise eyebrows, and we were clear
from the start that we were not selling anything. No AquaSteps branding appears on the checklist or the
grilles, and the water safety talk is free to any family, not only our customers. The council's public
health team owns the campaign materials and the health visiting service owns the checklist, so the work
will continue whatever happens to our business.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Splash Aware started in April 2023. It has three parts: a 'water walk' checklist that health visitors go
through with parents at the one-year and two-year reviews; free pond grilles and water butt lids offered
through the council to families with a child under four; and a five-minute water safety talk at the start
of every AquaSteps class.

Health visitors completed the water walk with 3,950 families in the first eighteen months, and 612 pond
grilles and lids were fitted.

<<Q:Attendances at the children's emergency department for drowning or near-drowning in children under four
living in the borough fell from 11 in the summers of 2021 and 2022 combined to 4 in 2023 and 2024
combined.>> <<Q:In our own parent surveys, the proportion who said they always empty a paddling pool
straight after use rose from 46% before the talks to 88% after.>> <<Q:The proportion of families at the
two-year review with an uncovered pond or water butt in their garden dropped from 19% to 7%.>>
"""),
        ("value", "3. What has been the impact on patient and staff experience, and value for money?", """
Pond grilles cost about £60 each and are paid for by the council's public health grant, which is a very
small price against the lifelong care needs that can follow a near-drowning. The water walk adds about five
minutes to a review. Our instructors give their talk in class time at no cost.

Parents tell us it is the sort of thing that nobody had ever mentioned to them. Health visitors say the
water walk is a natural way to talk about safety at home more generally.
"""),
        ("stakeholders", "4. How were patients, carers and staff involved?", """
<<P:Parents from our Tuesday morning toddler classes walked round their own gardens with a draft of the
checklist and told us which questions made sense, and they added 'grandparents' gardens' as a separate
section, because that was where they felt least in control.>> <<P:The family of the little girl who was
pulled from the pond took part in our launch film and her mum helped us write the words of the talk.>>

<<S:Health visitors and nursery nurses from two teams trialled the water walk for two months and cut it
from fourteen questions to eight so it could fit into a busy review.>> <<S:Our swimming teachers wrote the
class talk themselves and changed it after the first month to include a game with the children about
'always come and get a grown-up'.>>
"""),
        ("spread", "5. How has the work been shared?", """
The council has added the water walk to its summer safety campaign, and the health visiting service has
made it part of the standard review template across all its teams. Two neighbouring councils have asked for
the checklist. We have shared the class talk with the national swim schools' association, whose members
teach tens of thousands of under-fives every week.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1415  suicide prevention on a coastal cliff path - pdf - CAPS headings -
#        council public health consultant, measured - council with police, a
#        lifeboat charity and a mental health trust - staff involved - NO
#        patient involvement (bereaved families sent information, lived
#        experience panel planned, public told through signs, a negation) -
#        Q includes an SPC shift
# ---------------------------------------------------------------------------
entry(
    id="I1415", format="pdf", layout="caps_headings", topic="suicide_prevention_coastal_cliff",
    project="independent89-headland-1415", pdf_font="LiberationSerif", pdf_align="J",
    title="The Headland Partnership: reducing suicides at Gullcombe Head",
    cover=[
        "Lead organisation: Saltmarsh Bay Borough Council, Public Health",
        "Partners: Westcoast Constabulary; Gullcombe Lifeboat and Coastal Rescue (charity); Saltmarsh and Dunmere Mental Health NHS Foundation Trust",
        "Entry by the Consultant in Public Health for Mental Wellbeing",
    ],
    primary_entrant=dict(name="Saltmarsh Bay Borough Council", type="local_authority"),
    partners=[
        dict(name="Westcoast Constabulary", type="emergency_service"),
        dict(name="Gullcombe Lifeboat and Coastal Rescue", type="charity"),
        dict(name="Saltmarsh and Dunmere Mental Health NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "THE CHALLENGE", """
Gullcombe Head is a high chalk headland on the edge of Saltmarsh Bay, reached by a coastal path and a
car park at the top. It is popular with walkers and visitors. It has also, for many years, been a place
where people have gone to end their lives. Between 2015 and 2020 there were on average around eight deaths
a year at the Head, and many more incidents where a person was found in distress near the edge and brought
to safety by the police, the coastguard or the volunteer lifeboat crew.

Each of the organisations involved did what it could. The lifeboat crew searched and recovered. The police
responded to calls from the public and detained people under the Mental Health Act. The mental health trust
assessed people who had been brought back from the edge. But nobody owned the place itself, and there was
no shared plan. The car park ticket machines carried no message. There were no cameras, no phone signal at
the top of the path and no regular patrols.

Evidence from other high-risk locations shows that a combination of changes can save lives: making it harder
to reach the edge, encouraging people to seek help at the moment of crisis, increasing the chance that a
person in distress will be seen and approached, and making sure there is a quick route to care afterwards.
The Headland Partnership was formed in 2021 to do all of these things together.

The partnership meets every two months and is chaired by the council's director of public health. The
council owns the land and the car park, so it could make physical changes quickly. The police hold the
records of incidents and control the cameras. The lifeboat and coastal rescue charity provides the
volunteers who now patrol the path. The mental health trust provides the crisis response and the
follow-up. Each organisation signed a short agreement setting out what it would do and what it would
share, including real-time information about incidents so that the crisis team knows within the hour when
someone has been brought back from the edge.

We were also careful about how the Head is talked about. Local newspapers and social media had, for years,
described it as a 'suicide spot', which evidence suggests can draw people to a place. With the help of the
national guidance for media reporting, the council's communications team met the local editors, and
coverage now focuses on help and hope rather than on the method or the location.
"""),
        ("evidence", "WHAT THE DATA SHOW", """
The partnership put in place a package of measures during 2021 and 2022: fencing and planting along the
most used stretch of the edge, signs with a free helpline number at the car park and along the path, a
mobile phone mast funded by the council, trained volunteer patrols at weekends and in the evenings, CCTV
cameras linked to the police control room, and a same-day mental health assessment route for anyone brought
back from the edge.

We track monthly incidents at the Head (deaths, attempts and people found in distress) on a statistical
process control chart. <<Q:Since the summer of 2022 the chart has shown a sustained shift, with nineteen
consecutive months below the previous median, and the monthly average number of incidents has dropped from
6.1 to 3.4.>> <<Q:Deaths fell from an average of eight a year between 2015 and 2020 to two in 2023 and one
in 2024.>>

<<Q:The proportion of people brought back from the edge who were seen by a mental health professional
within 24 hours rose from 35% to 90%.>> Volunteer patrols have approached 214 people since they began.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:The lifeboat crew, police response officers and the trust's crisis team met as a working group every
month for the first year, and it was the lifeboat crew who pointed out that most incidents started at the
car park, not on the path, which is why the first signs went on the ticket machines.>> <<S:Police control
room staff helped choose the camera positions and asked for the cameras to be linked to a direct line for
patrol volunteers.>> <<S:Crisis team nurses designed the same-day assessment route and changed it after
three months so that people could be seen at home the next morning if they preferred.>>

We did not hold consultation events with the public, because of the sensitivity of the site. Bereaved
families known to the coroner's office were sent a letter explaining what the partnership was doing and
offering support from the bereavement service. Visitors to the Head are made aware of the helpline through
the signs and leaflets at the café. We plan to recruit a lived experience panel in 2025 to advise the
partnership on its next steps.
"""),
        ("value", "VALUE", """
The physical changes cost £410,000, from the council's capital budget and a national suicide prevention
grant. The patrols cost around £30,000 a year for training and equipment. Every suicide prevented avoids a
loss that devastates families and communities, with an estimated cost to society of over £1.5 million.
"""),
        ("spread", "SHARING THE LEARNING", """
We have shared our approach with two other coastal councils and presented it at the national suicide
prevention conference. The partnership's model of a shared place-based plan, with one organisation taking
responsibility for coordinating it, is now being used at a railway bridge in the borough.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1416  home oxygen users cutting off their own prepayment electricity -
#        docx - form table - community trust home oxygen service lead, plain -
#        community trust with a fuel poverty charity and a council - oxygen
#        users and staff involved - NO quantitative evidence (households
#        helped, credit paid, a zero with no earlier figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1416", format="docx", layout="form_table", topic="home_oxygen_prepayment_meters",
    project="independent89-keep-the-power-on-1416", docx_font="Calibri",
    title="Keep the Power On: protecting home oxygen users from running out of electricity",
    cover_table=[
        ("Entry title", "Keep the Power On: protecting home oxygen users from running out of electricity"),
        ("Lead organisation", "Ashby Wold Community Health NHS Trust (Home Oxygen Assessment and Review Service)"),
        ("Partner organisations", "Warm Wold (fuel poverty charity); Ashby Wold District Council (Housing and Welfare Support)"),
        ("Contact", "Clinical Lead, Home Oxygen Service"),
    ],
    primary_entrant=dict(name="Ashby Wold Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Warm Wold", type="charity"),
        dict(name="Ashby Wold District Council", type="local_authority"),
    ],
    sections=[
        ("context", "Describe the problem and the partnership", """
Around 900 people in Ashby Wold use oxygen at home, most of them through an oxygen concentrator, a machine
that runs on mains electricity. A concentrator running for 15 hours a day can use more electricity than the
rest of the house put together. The NHS reimburses patients for this electricity, but usually in arrears,
several months later.

In the winter of 2022 our specialist nurses began to hear from patients that they were turning their
concentrator off, or using it for fewer hours than prescribed, because they could not afford to top up the
prepayment meter. Some were switching to the back-up cylinders, which are meant only for power cuts and run
out quickly. One man was found by his daughter breathless and confused after his meter ran out over a
weekend; his concentrator had stopped in the night.

Using less oxygen than prescribed leaves people breathless and exhausted and can lead to heart strain, falls
and hospital admission. Running out of credit altogether is a clear danger.

Keep the Power On brings three organisations together. Our nurses ask every patient at every review
whether they are on a prepayment meter and whether they have had to ration their oxygen. Anyone who says
yes is referred to Warm Wold, which arranges emergency credit, registers them with their supplier's priority
services register, helps them apply to move off a prepayment meter and claims the electricity reimbursement
on their behalf. The council's welfare support team provides emergency grants where needed and checks
their benefits.

Before the partnership, each of these organisations was helping some of the same people without knowing
it. Our nurses did not know that Warm Wold existed. Warm Wold did not know which of its clients used oxygen.
The council's welfare team had no way of knowing that a grant for electricity could keep someone out of
hospital. A shared referral form and a monthly meeting between the three teams have changed that.
"""),
        ("evidence", "What evidence is there of improvement?", """
Since October 2023 our nurses have asked the question at 1,460 reviews. 214 households were referred to
Warm Wold. Of these, 151 were moved off a prepayment meter or had their meter switched to a credit
setting, and £63,000 of emergency credit and backdated reimbursement was paid to households.

Every referred household is now on their supplier's priority services register. No referred patient has
reported running out of electricity since they were referred. Our target for next winter is to ask every
patient the question before the end of October.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:The question itself came from a meeting of the Ashby Wold Breathe Easy group, where members who use
oxygen at home described, in their own words, choosing between oxygen and heat, and they asked us to phrase
it as 'have you had to cut down' rather than 'can you afford'.>> <<P:Two of them then sat with the Warm Wold
advisers and helped them rewrite their paperwork so that a person who is breathless can complete it over the
phone in a few minutes.>>

<<S:Our respiratory nurses and physiotherapists tested the question during reviews for six weeks, and
asked for it to be added to the electronic review template so it could not be missed.>> <<S:Warm Wold's
advisers and the council's welfare team agreed between them that any oxygen user's referral would be seen
within two working days, after their staff pointed out that the original ten-day wait was too long.>>
"""),
        ("value", "What is the value for money and impact on experience?", """
The service costs around £24,000 a year for a part-time adviser at Warm Wold, paid by the trust. Emergency
grants come from the council's existing welfare budget. An emergency admission for someone with severe
lung disease typically costs over £3,000. Patients tell us they feel less frightened and less ashamed of
asking for help.
"""),
        ("spread", "How has the work been spread?", """
The question has been added to the regional home oxygen service specification and shared with the home
oxygen supplier, which now includes a leaflet about electricity reimbursement in every installation pack.
We have talked to two other community trusts about setting up the same arrangement with their local fuel
poverty charities, and we have written about it for the national respiratory nursing forum.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1417  contact burns from radiators and hot pipes in supported living -
#        pdf - sections in an unusual order - council quality and safeguarding
#        manager, careful - council with a learning disability service and a
#        supported living provider - staff involved - NO patient involvement
#        (tenants as beneficiaries, easy read leaflet given out, families
#        written to, a plan) - Q partly in words ('a third fewer')
# ---------------------------------------------------------------------------
entry(
    id="I1417", format="pdf", layout="reordered", topic="contact_burns_supported_living",
    project="independent89-cool-to-touch-1417", pdf_font="LiberationSans", pdf_align="J",
    title="Cool to Touch: preventing contact burns from radiators and hot pipes in supported living",
    cover=[
        "Kelbridge Borough Council, Adult Social Care Quality and Safeguarding Team",
        "in partnership with Kelbridge Partnership NHS Foundation Trust (Community Learning Disability Team) and Hearthway Supported Living Ltd",
    ],
    primary_entrant=dict(name="Kelbridge Borough Council", type="local_authority"),
    partners=[
        dict(name="Kelbridge Partnership NHS Foundation Trust", type="nhs_trust"),
        dict(name="Hearthway Supported Living Ltd", type="private"),
    ],
    sections=[
        ("evidence", "Results", """
Between April 2021 and March 2022, 27 contact burns from radiators, towel rails and exposed hot water pipes
were reported to the council's safeguarding team from supported living services in Kelbridge. Seven were
full thickness burns needing treatment at the regional burns unit, and one tenant, a man with profound
learning disabilities and epilepsy, needed skin grafts to his back after a seizure left him lying against
a radiator for an unknown length of time.

After the changes described below, the number of reported contact burns went down year on year.
<<Q:There were a third fewer contact burns reported in 2022/23 than in the year before, and in 2023/24 the
number had fallen to 8.>> <<Q:Full thickness burns needing specialist treatment dropped from seven to one
over the same period.>>

Surveys of all 142 supported living properties commissioned by the council found 311 radiators, towel
rails or pipes that could reach a surface temperature above 43 degrees in rooms used by tenants at risk.
By March 2024, 296 of these had been fitted with low surface temperature covers or had their thermostatic
valves capped.
"""),
        ("context", "Why we needed to act", """
People who live in supported living services often have conditions that put them at particular risk of
contact burns: epilepsy, reduced feeling in their skin, limited mobility, and difficulty telling someone that
something is hurting. Many are unable to move away from a hot surface if they fall or have a seizure next
to it. National guidance says that radiators and pipes in care homes should not exceed a safe surface
temperature, but supported living properties are ordinary houses and flats, rented by the tenants, and
fall outside the care home rules.

When the safeguarding team reviewed the 27 burns reported in 2021/22, it found that in most cases the
landlord, the care provider and the council each assumed that somebody else was responsible for the heating.
Housing associations and private landlords did not know the tenants' health needs. Care providers did not
own the building and did not feel able to change it. Health professionals saw the injuries after the event.

We also found that staff often did not recognise a contact burn for what it was. Several were first
thought to be pressure damage or a rash, and were only identified as burns when a district nurse or a GP
saw them days later. Nobody was cooling them with running water, because nobody had realised how they
had happened.

The partnership was set up by the council's safeguarding adults board, which asked the quality and
safeguarding team to lead a review with the community learning disability team and the largest supported
living provider in the borough, Hearthway, which runs 38 of the properties. Landlords were brought in as
the work went on. The aim was simple: to make every hot surface in a room used by a tenant at risk safe to
touch, and to make sure that any burn that did happen was recognised and treated straight away.
"""),
        ("stakeholders", "How people were involved", """
<<S:Support workers and team leaders from Hearthway's houses walked round every property with the council's
quality officers and the landlords, and they were the ones who picked out the places where tenants lean,
sit or sleep against a radiator, which became the basis of the risk checklist.>> <<S:Learning disability
nurses from the community team wrote the guidance on recognising contact burns, and changed it after
support workers told them the photographs in the first version looked nothing like burns on darker
skin.>> <<S:Landlords' maintenance managers agreed a standard specification for radiator covers after a
joint meeting, and asked for the valves to be capped at a lower setting rather than replaced, which saved
money.>>

Tenants were given an easy read leaflet about hot radiators and what to do if they get burned. Families and
advocates were written to about the changes in their relative's home. Where tenants lacked capacity to make
decisions about the changes, best interests decisions were recorded by the care provider. We would like to
involve self-advocates from the Kelbridge People First group when we review the checklist next year.
"""),
        ("value", "Value for money", """
Radiator covers cost between £90 and £180 each and were paid for by landlords, who agreed to this as part
of their duty of care. The council funded a temporary project officer for one year at a cost of £34,000.
Treatment for one full thickness burn in specialist services, including grafting and dressings, can
exceed £20,000, and the harm to the person, who may not understand what has happened to them, cannot be
costed. Support workers told us they feel more confident now that they know what a contact burn looks like.
"""),
        ("spread", "Spread", """
The checklist is now part of the council's contract monitoring for all supported living providers, and it
has been adopted by the neighbouring county council. The community learning disability team has added
contact burns to its annual training for care providers. We have shared the work with the regional
safeguarding adults boards network.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1418  asking about domestic abuse in the fracture clinic - docx - style
#        headings - consultant orthopaedic surgeon and safeguarding nurse,
#        personal - departments of one acute trust, NO partner organisation
#        (ineligible) - patients involved (told in the context section, in
#        passive voice), staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1418", format="docx", layout="style_headings", topic="domestic_abuse_fracture_clinic",
    project="independent89-behind-the-break-1418", docx_font="Cambria",
    title="Behind the Break: routine enquiry about domestic abuse in the fracture clinic",
    cover=[
        "Hollowmere University Hospitals NHS Foundation Trust",
        "A partnership between the Trauma and Orthopaedics Directorate, the Emergency Department and the Trust Safeguarding Team",
        "Submitted by Mr David Achterberg, Consultant Orthopaedic Surgeon, and Helen Mayo, Named Nurse for Safeguarding Adults",
    ],
    primary_entrant=dict(name="Hollowmere University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background and rationale", """
Fractures are one of the commonest injuries caused by domestic abuse. Research from orthopaedic clinics in
other countries suggests that around one in fifty women attending a fracture clinic has been injured by a
partner, and that many more have experienced abuse in the past year. Yet in our own fracture clinic, which
sees more than 40,000 attendances a year, the number of safeguarding referrals for domestic abuse was
close to nil. We were not asking, so nobody was telling us.

The project was started after a case in 2022 that troubled everyone involved. A woman in her thirties
attended the fracture clinic four times over eighteen months, with a broken wrist, a broken finger, a
fractured cheekbone and a broken collarbone. Each time she gave a different explanation. Each time she was
seen by a different clinician. She was later seriously assaulted by her partner, and the domestic homicide
review that followed the death of a relative in the same household noted that the fracture clinic was a
missed opportunity.

Since then the way patients are asked has been shaped by the people who are asked. The wording of our
question, and the decision to ask it only when the patient is alone in the cubicle, were settled after
women who had been treated in the clinic, and who had later disclosed abuse, were interviewed by our
safeguarding nurses. <<P:They told us that they had wanted someone to ask directly, but not in front of the
person who brought them, and that a card in the toilet would be safer for them than a leaflet handed
over.>> <<P:Their comments were used to rewrite the clinic's safeguarding prompt, and two of them read the
final version before it went live.>>

This entry describes a partnership between three parts of our trust, the trauma and orthopaedics
directorate, the emergency department and the safeguarding team, which had previously worked in
separate silos. The fracture clinic sees the injury, the emergency department often sees the patient
first, and the safeguarding team holds the expertise and the link to the hospital-based adviser. Bringing
the three together, with a shared template and a shared referral route, was the heart of the work.
"""),
        ("evidence", "Evidence of improvement", """
Since April 2023 every woman aged 16 or over attending the fracture clinic with a new injury is asked a
routine question about safety at home, in private. The question is built into the electronic clinic
template. A positive answer triggers a same-day call to the trust's hospital-based independent domestic
violence adviser, who can see the patient in the clinic.

<<Q:The proportion of eligible clinic attendances where the question was asked and recorded rose from 3% in
the first month to 81% in the twelfth month.>> In 2023/24 the fracture clinic made 67 referrals to the
hospital adviser, and disclosures are now recorded at an average of five a month.

We recognise that referrals are an activity rather than an outcome. However, of the 67 women referred, 49
accepted support from the adviser, and 21 were assessed as at high risk of serious harm or homicide and were
discussed at the local multi-agency risk assessment conference.
"""),
        ("stakeholders", "Involvement of patients and staff", """
<<S:Fracture clinic nurses and plaster technicians, who spend more time with patients than the surgeons do,
took part in three design workshops and asked for the question to be asked while the cast is applied,
when the patient is usually alone with them.>> <<S:Orthopaedic registrars tested the electronic template in
two clinics and asked for a single click to refer, which was added before the wider launch.>>
<<S:Emergency department nurses who see the same women on the night of the injury agreed with us that
they would flag a possible abuse injury on the discharge letter, so that the fracture clinic would know to
ask.>>
"""),
        ("value", "Value for money", """
The changes to the template were made by the trust's digital team in existing time. The hospital adviser
post was already funded. Training for the 140 staff who work in the fracture clinic took one hour each.
Domestic abuse costs the NHS an estimated £2 billion a year, and every woman supported to safety is likely
to need far less emergency care in future.
"""),
        ("spread", "Spread", """
The question has now been added to the templates used in the hand therapy service and the maxillofacial
clinic. We have presented the project at the British Orthopaedic Association's annual congress and the
template has been requested by six other trusts.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1419  money worries and suicide risk in general practice - docx - no
#        headings - PCN clinical director, conversational - PCN with a debt
#        advice charity and a council - people with lived experience of debt
#        involved - NO staff involvement (GPs and receptionists trained, one
#        named link worker doing her job, a staff survey that changed
#        nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1419", format="docx", layout="no_headings", topic="debt_suicide_risk_general_practice",
    project="independent89-money-and-mind-1419", docx_font="Georgia",
    title="Money and Mind: linking GP practices with debt advice to reduce suicide risk",
    cover=[
        "Fenlow and Marsh Primary Care Network, with Fenlow Debt and Money Advice (charity) and Fenlow District Council (Revenues and Benefits)",
        "Dr Anil Ghosh, Clinical Director, Fenlow and Marsh PCN",
    ],
    primary_entrant=dict(name="Fenlow and Marsh Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Fenlow Debt and Money Advice", type="charity"),
        dict(name="Fenlow District Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
When I started as a GP in Fenlow twenty years ago, people came in with their money worries hidden inside
other problems. They still do. A man says he cannot sleep. A woman's blood pressure is up. Someone wants
something for their nerves. It takes a while, if it comes out at all, before they say the real thing: the
bailiffs' letters, the council tax arrears, the payday loan that has become three payday loans.

Problem debt is one of the strongest risk factors for suicide that we can actually do something about.
People in serious debt are several times more likely to think about suicide, and in our own practices, when
we reviewed the notes of patients who had died by suicide over five years, money problems were recorded in
nearly half of them. Almost all of those patients had seen a GP or nurse in the three months before they
died. We were seeing them. We just had nothing to offer except a leaflet with a phone number that most of
them never rang.

Money and Mind was our attempt to change that. The idea is simple. Any clinician or receptionist in our
seven practices can book a patient straight into an appointment with a debt adviser from Fenlow Debt and
Money Advice, who works from our practices three days a week. The adviser sees people in a consulting room,
not in an office in town. If the patient is behind with council tax, the council's revenues team will put
enforcement action on hold for sixty days while the adviser sorts out a plan. And if the adviser is
worried about the person's safety, she has a direct line to the duty GP that day.
"""),
        ("stakeholders", None, """
What made it work, more than anything, was the involvement of people who had been there. <<P:We were put in
touch with a group the charity calls its 'Been There' panel, local people who have come through serious
debt, and four of them spent an evening a month with us for half a year.>> <<P:They told us that being
handed a leaflet felt like being dismissed, and that the word 'debt' on a referral form was enough to make
some people walk out, so the appointment is called a 'money check' on our system and in our letters.>>
<<P:One of the panel, a retired lorry driver who had been sectioned after a suicide attempt, insisted that
the adviser should ask about suicidal thoughts herself rather than leaving it to the GP, and she now
does.>>

<<P:Bereaved relatives from the Fenlow Suicide Bereavement Group, whose loved ones had died with debts they
had hidden, read the text messages we send patients before their money check and asked us to take out any
mention of 'arrears', which they said would be frightening if a partner saw the phone.>>

All GPs, practice nurses and receptionists in the network were trained by the charity in a half-hour
session on how to raise money worries. The service is coordinated by our social prescribing link worker,
Kerry Doyle, who manages the bookings and sends the monthly figures to the PCN board. We sent a survey to
practice staff after six months and they were happy with the service, so nothing was changed. We hope to
bring GPs, the advisers and council officers together for a review day in the spring.
"""),
        ("evidence", None, """
The service started in January 2023. In its first two years the adviser saw 1,048 patients, and dealt with
debts totalling a little over £6 million. The council paused enforcement for 312 households.

We asked every patient to complete the short PHQ-9 depression questionnaire, which includes a question on
thoughts of self-harm, at their first money check and again three months later. <<Q:The proportion who
reported thoughts that they would be better off dead, or of hurting themselves, on several days or more fell
from 34% at the first appointment to 14% three months later.>> <<Q:The average PHQ-9 score fell from 15.2,
moderately severe depression, to 9.1.>>

<<Q:Over the same period GP appointments for anxiety, depression and sleep problems among patients who had
a money check fell by 27% compared with the year before their first appointment.>> We cannot say how many
suicides have been prevented; the numbers are too small and too precious to turn into a statistic. But our
adviser has made 23 same-day calls to the duty GP about a patient she was worried about, and every one of
those patients is still alive.
"""),
        ("value", None, """
The adviser's post costs £41,000 a year and is paid for jointly by the PCN's additional roles budget and the
council's household support fund. Patients have been helped to claim £1.7 million in unclaimed benefits and
to have £880,000 of debt written off. GPs say, and I agree, that it is a relief to have something to offer
a patient who is drowning in money problems, other than a prescription.
"""),
        ("spread", None, """
Two neighbouring primary care networks have started money checks with the same charity, and the council has
agreed to extend the enforcement pause to their patients. The integrated care board's suicide prevention
group has asked us to write up the model for the other networks in the county, and the Been There panel
has helped the charity to train volunteers in another district to do the same.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1420  carbon monoxide screening in the emergency department - pdf - form
#        table - ED consultant, concise - acute trust with a gas distribution
#        network company and a fire and rescue service - patients and staff
#        involved - NO evidence section and no measured change anywhere
# ---------------------------------------------------------------------------
entry(
    id="I1420", format="pdf", layout="form_table", topic="carbon_monoxide_ed_screening",
    project="independent89-silent-symptoms-1420", pdf_font="LiberationSans",
    title="Silent Symptoms: screening for carbon monoxide in the emergency department",
    cover_table=[
        ("Entry title", "Silent Symptoms: screening for carbon monoxide in the emergency department"),
        ("Lead organisation", "Drayford Hospitals NHS Trust, Emergency Department"),
        ("Partners", "Eastern Shires Gas Networks plc; Drayford and Haleton Fire and Rescue Service"),
        ("Lead contact", "Dr Sian Pritchard-Lowe, Consultant in Emergency Medicine"),
    ],
    primary_entrant=dict(name="Drayford Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Eastern Shires Gas Networks plc", type="private"),
        dict(name="Drayford and Haleton Fire and Rescue Service", type="emergency_service"),
    ],
    sections=[
        ("context", "Describe the safety problem and the partnership", """
Carbon monoxide poisoning is easily missed. Its symptoms, a headache, nausea, dizziness, tiredness, feeling
'fluey', are among the commonest reasons people come to an emergency department in winter. If the patient
is sent home without the cause being found, they go back to the same faulty boiler, gas fire or blocked
flue, and so do their family. Some will come back sicker. Some will not come back at all.

Our department sees around 110,000 patients a year. Until 2023 we measured carbon monoxide only when a
patient said they had been exposed, or when an ambulance crew's alarm had gone off. A review of three
cases in 2022, in which people had been seen in our department with headaches and discharged, and were
later found to have been poisoned at home, showed that on each occasion nobody had thought to ask about
fuel-burning appliances or test for carbon monoxide.

Silent Symptoms has three parts. Triage nurses ask every adult and child with headache, dizziness or
vomiting and no obvious cause between October and March two questions about their home and whether other
people or pets in the house are unwell. A positive answer leads to a non-invasive carbon monoxide reading
using a pulse CO-oximeter, and a blood test if the reading is raised. Any patient with a raised reading is
referred the same day, by a single phone call, to the gas network's emergency service, which sends an
engineer to make the home safe, and to the fire service, which fits carbon monoxide alarms and checks the
rest of the home.

The partnership matters because an emergency department on its own cannot make a home safe. Before
Silent Symptoms, even when a doctor suspected carbon monoxide, the patient was simply told to open the
windows, get the boiler checked and call the gas emergency number if they smelled gas. Carbon monoxide has
no smell. Many patients, especially those renting from private landlords, had no way of getting a boiler
checked quickly. The gas network can isolate a dangerous appliance the same day, and the fire service can
fit alarms and look for other risks in the home, such as blocked chimneys or a generator being run in a
garage. Between us, a patient can be diagnosed, treated and sent home to a safe house within hours.

The screening runs from October to March because most poisonings in our area happen in the heating
season, when appliances are in use and windows are shut. Children are included because they often show
symptoms first, and a child with an unexplained headache or vomiting may be the first sign that a whole
household is at risk. Pets are asked about because a family dog or cat becoming drowsy or unwell at the
same time is one of the clearest clues that something in the home is to blame.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Triage nurses designed the two questions with us and trialled several versions over a fortnight, and
they chose the wording that took least time at the front door.>> <<S:The gas network's emergency engineers
visited the department, tried out the referral call and asked for the patient's consent to be recorded on
the form, so they could enter the home without delay.>> <<S:Fire service home safety staff suggested that
families with a raised reading should be offered a full safe and well visit, and this was added.>>

<<P:A family from Haleton who were poisoned by a faulty gas fire in 2021, and who had been sent home from an
emergency department elsewhere, met our team, and the mother's description of feeling 'like the flu that
never went' is now printed on the triage prompt card.>> <<P:Members of our emergency department patient
panel reviewed the leaflet given to patients with a raised reading and asked for it to explain what the gas
engineer would do in the home.>>
"""),
        ("value", "What is the value for money and impact on experience?", """
The pulse CO-oximeters cost £2,400 each and two were bought from the department's charitable fund. The gas
network's home visits and the fire service's alarms come at no cost to the trust. A single missed case of
carbon monoxide poisoning can lead to permanent brain damage or death, and affect a whole household. Triage
nurses say the questions take under a minute and have become routine.
"""),
        ("spread", "How has the work been shared and spread?", """
The triage questions and referral route have been shared with the other two emergency departments in the
county and with the regional urgent care network. The gas network is offering the same referral line to
every emergency department in its area. We have presented the work at the national emergency medicine
conference and written it up for the college's newsletter.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1421  autistic children who wander towards water - docx - bold headings
#        with a cover table - autism charity family services manager, warm -
#        charity with police and a community children's trust - parents
#        involved, staff involved (partly told in the value section) - NO
#        spread section
# ---------------------------------------------------------------------------
entry(
    id="I1421", format="docx", layout="bold_headings", topic="autism_wandering_water_drowning",
    project="independent89-found-safe-1421", docx_font="Calibri",
    title="Found Safe: protecting autistic children who wander towards water",
    cover_table=[
        ("Entry title", "Found Safe: protecting autistic children who wander towards water"),
        ("Lead organisation", "Stillbrook Autism Partnership (registered charity)"),
        ("Partner organisations", "Merecastle Police; Merecastle Children's Community Health NHS Trust (Community Paediatrics and Children's Learning Disability Nursing)"),
        ("Contact", "Family Services Manager, Stillbrook Autism Partnership"),
    ],
    primary_entrant=dict(name="Stillbrook Autism Partnership", type="charity"),
    partners=[
        dict(name="Merecastle Police", type="emergency_service"),
        dict(name="Merecastle Children's Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "What was the problem?", """
Many parents of autistic children will know the feeling of turning round in a supermarket, a park or their
own garden and finding their child gone. Wandering, sometimes called elopement, is common in autistic
children, and it is frightening for a reason. Many autistic children are drawn to water: rivers, canals,
ponds, lakes, even a neighbour's hot tub. Some cannot swim, do not understand danger and will not respond
to their name being called. Drowning is one of the leading causes of death in autistic children who go
missing.

Merecastle is a city built on two rivers and a canal. In 2021 and 2022 the police dealt with 58 reports of
an autistic child going missing, and in 19 of them the child was found in or next to water. A nine-year-old
boy was pulled from the canal by a passer-by in the summer of 2022, and a seven-year-old girl was found
standing waist-deep in the river by police officers who had been searching for over two hours.

When a child goes missing, the first hour matters most. But the officers who respond usually know nothing
about the child: that he will hide rather than answer, that she loves bridges, that he is terrified of
sirens, or that the family's biggest fear is the canal at the end of the road. Parents in a state of panic
struggle to tell them. Meanwhile community paediatricians and learning disability nurses, who know the
child well, had no part in keeping them safe outside the clinic.
"""),
        ("evidence", "What has changed, and how do you know?", """
Found Safe was launched in March 2023. Families of autistic children who are known to wander complete a
'Found Safe profile' with a family support worker from the charity: a photo, a description, what the child
is drawn to, places they have gone before, how to approach them and what will frighten them. The profile is
held on the police's vulnerable persons database, so that any officer responding to a missing child report
can see it at once. The community children's nurses add water safety to their care plans, help families
get door alarms and garden fencing through the council's equipment service, and refer children for
adapted swimming lessons.

By the end of 2024, 276 families had completed a profile. <<Q:The average time taken to find an autistic
child reported missing fell from 97 minutes in 2021/22 to 38 minutes in 2023/24.>> <<Q:The number of
missing autistic children found in or next to water dropped from 19 over the two years before Found Safe to
6 over the two years after.>> <<Q:Families who completed the profile told us, in a questionnaire before and
six months after, that their confidence that their child would be found quickly rose from an average of 3
out of 10 to 7 out of 10.>>
"""),
        ("stakeholders", "How were patients, families and staff involved?", """
<<P:The profile was designed by a group of eleven parents who meet at our Thursday coffee morning, several of
whom had lived through their child going missing, and they rewrote the police's original form so that the
first question is 'What will your child do when they see a stranger?'.>> <<P:Two autistic teenagers who
used to wander as younger children helped us understand what draws children to water, and one drew the
picture on the front of the family guide.>>

<<S:Police officers from the missing persons unit and the response teams tested the profile on real call-outs
for three months and asked for it to fit on a single screen on their mobile devices.>> <<S:Learning
disability nurses suggested adding water safety to every care plan for a child who wanders, and agreed with
the police which information they could share.>>
"""),
        ("value", "What value has it brought?", """
The scheme costs the charity about £29,000 a year for a part-time family support worker and printed
materials, funded by a grant from the police and crime commissioner. A single search for a missing child
can involve dozens of officers, a helicopter and a dog unit, and can cost tens of thousands of pounds. The
value for families is harder to count: parents tell us they can sleep again.

It has also changed how the professionals work together. <<S:Police call handlers, after listening to
recordings of calls from parents of missing autistic children, asked the charity to help them rewrite
their own call script, which now asks straight away whether the child has a Found Safe profile and whether
there is water nearby.>> <<S:Community paediatricians fed back that the profiles were so useful that they
asked for a copy to be sent to the child's school, which now happens with the parents' consent.>>
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1422  safe space consultation rooms for domestic abuse in community
#        pharmacies - pdf - bold headings - LPC chief officer, businesslike -
#        LPC with police and a domestic abuse charity - staff involved - NO
#        patient involvement (customers told through posters, national
#        guidance followed, survivors to be asked later, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1422", format="pdf", layout="bold_headings", topic="domestic_abuse_pharmacy_safe_space",
    project="independent89-counter-help-1422", pdf_font="DejaVuSans", pdf_align="L",
    title="Help at the Counter: community pharmacies as safe places to disclose domestic abuse",
    cover=[
        "Lead: Brenchley and Oakmoor Local Pharmaceutical Committee",
        "Partners: Southdown Marches Police; Harbour Lane Women's Aid (charity)",
        "Submitted by the Chief Officer, Brenchley and Oakmoor LPC",
    ],
    primary_entrant=dict(name="Brenchley and Oakmoor Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Southdown Marches Police", type="emergency_service"),
        dict(name="Harbour Lane Women's Aid", type="charity"),
    ],
    sections=[
        ("context", "The issue", """
Community pharmacies are open long hours, need no appointment and are found on almost every high street
and in most supermarkets. For someone living with an abusive partner who controls their phone, their money
and their movements, a trip to the pharmacy to collect a prescription may be one of the few times they are
out of the house alone. That makes pharmacies an important, and until recently largely unused, place where
people can ask for help.

There are 188 community pharmacies in Brenchley and Oakmoor. Before this project, most of them had no
agreed way of responding if a customer disclosed abuse. Pharmacy teams told us they had been approached by
customers who were clearly frightened, or who had visible injuries, and had not known what to do beyond
giving them a helpline number. Some had called the police in front of the customer, which in at least one
case put the woman at greater risk when her partner found out.

Help at the Counter gives every participating pharmacy a simple route. A customer who asks to speak to the
pharmacist privately, or who uses the agreed phrase at the counter, is taken to the consultation room,
offered a phone and a drink, and asked whether they want the police, a domestic abuse adviser, or both.
Harbour Lane Women's Aid runs a priority line for pharmacies, answered within ten minutes during pharmacy
opening hours, and the police have agreed that a call from a pharmacy under the scheme will be treated as an
emergency where there is immediate danger.

As an LPC we represent and support pharmacy contractors; we do not employ pharmacists or run pharmacies
ourselves. Our role was to bring the contractors together, negotiate the arrangements with the police and
the charity, commission the training and make it as easy as possible for busy pharmacy teams to take part.
Harbour Lane provides the specialist response and the police provide the emergency response.
"""),
        ("evidence", "Evidence of impact", """
The scheme went live in June 2023. By December 2024, 164 pharmacies had signed up and 1,020 pharmacists,
technicians and counter assistants had completed the training.

In the eighteen months since the launch, pharmacy teams have used the priority line 143 times. <<Q:The
average wait for a customer to speak to a domestic abuse adviser after disclosing in a pharmacy fell from
over two days, when they were given a helpline number to call later, to eleven minutes under the
scheme.>> <<Q:The proportion of customers who disclosed in a pharmacy and went on to engage with support
from Harbour Lane rose from around 20% in the year before the scheme, based on the charity's records of
self-referrals mentioning a pharmacy, to 71%.>>

Police attended 26 pharmacies in response to a disclosure, and in nine cases an arrest was made.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:A group of twelve pharmacists and counter assistants from independent and multiple pharmacies met with
Harbour Lane's advisers over three sessions to write the training, and they changed the first script
because counter staff said they would never have time to fill in a form while the customer was standing
there.>> <<S:Police control room supervisors worked with the LPC to agree the call code used by pharmacies,
and asked for the pharmacy's address to be read out first, which is now in the script.>> <<S:Pharmacy
technicians who had taken part in the pilot in Oakmoor told us the consultation room sign should not
mention abuse at all, and it now just says 'Private room available - ask us'.>>

Customers are made aware of the scheme through posters in the consultation rooms and toilets. The approach
follows the national guidance for safe spaces in pharmacies, which was developed with survivors. No
survivors were directly involved in our local design, because of the short time we had to launch before
the Christmas period. Harbour Lane has offered to ask women in its refuges for their views on the scheme
as part of its review next year.
"""),
        ("value", "Value for money", """
Training was delivered online in a 45-minute module and cost the LPC £6,500 to produce. The priority line
is run within Harbour Lane's existing helpline staffing, funded by the police and crime commissioner. The
scheme asks pharmacies for nothing more than a few minutes of staff time and the use of a room they already
have.
"""),
        ("spread", "Spread", """
Three neighbouring LPCs have adopted the training module, and the police have shared the call code with
the other forces in the region. The integrated care board has written the scheme into its domestic abuse
strategy and plans to extend it to optometrists.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1423  smart meter data to spot older people who stop heating their homes -
#        docx - sections in an unusual order - PRIVATE energy supplier as
#        primary entrant, with a county council and a GP federation
#        (ineligible) - head of customer vulnerability, corporate - customers
#        and family members involved - NO staff involvement (call centre
#        advisers trained, GPs informed, a named lead, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1423", format="docx", layout="reordered", topic="smart_meter_cold_homes_older_people",
    project="independent89-warm-signals-1423", docx_font="Arial",
    title="Warm Signals: using smart meter data to reach older customers who stop heating their homes",
    cover=[
        "Primary entrant: Brightgrid Energy Ltd",
        "Working with Tollerton County Council (Adult Social Care and Public Health) and Tollerton Vale GP Federation",
        "Submitted by the Head of Customer Vulnerability, Brightgrid Energy Ltd",
    ],
    primary_entrant=dict(name="Brightgrid Energy Ltd", type="private"),
    partners=[
        dict(name="Tollerton County Council", type="local_authority"),
        dict(name="Tollerton Vale GP Federation", type="primary_care"),
    ],
    sections=[
        ("value", "Why this represents value", """
Excess winter deaths and cold-related illness cost the NHS and social care in England well over a billion
pounds a year. Much of this falls on older people living alone who are too cold for too long, often without
anybody knowing. Warm Signals uses information that already exists, the half-hourly readings from a smart
meter, to find those people early, at almost no extra cost. The data analysis runs overnight on our existing
systems. A phone call from our specialist team costs us around £6. A home visit from the council's
community wellbeing service costs around £85. A hospital admission with hypothermia or pneumonia costs
thousands.
"""),
        ("context", "The problem we are addressing", """
Brightgrid supplies gas and electricity to around 74,000 homes in Tollerton, many of them in small villages
with older housing and high heating costs. Around 11,000 of our customers there are over 75 and registered
on our priority services register, and many of them have a smart meter.

Over the winter of 2022/23, when prices rose sharply, our customer team noticed that some of these customers
were using almost no gas for days or weeks at a time in the coldest weather. Some had simply stopped putting
the heating on to save money. Some had a broken boiler and had not told anyone. Some were in hospital. And
in a few cases, sadly, the customer had died or had fallen and could not get up, and nobody knew.

As an energy company we could see the pattern, but we could not go round and knock on the door, and we are
not a care provider. The council's community wellbeing service can, and GP practices can check whether a
customer is known to be unwell or vulnerable. So we proposed a partnership.

Under Warm Signals, every night our system flags any customer over 75 on the priority services register whose
gas use has dropped sharply during cold weather. Our specialist team calls them. If we cannot reach them,
or they tell us they cannot afford to heat their home or their heating is broken, and they consent, we pass
their details to the council, which arranges a welfare visit within 48 hours, emergency heaters, boiler
repairs or grants as needed. The GP federation's care coordinators are told about anyone who is unwell so
their practice can follow up.
"""),
        ("stakeholders", "Involvement of customers, families and staff", """
<<P:Before launch we held two sessions with members of the Tollerton Older People's Forum, who told us that a
call from an energy company about their gas use would feel like surveillance unless it was explained first,
so every eligible customer now gets a letter in advance that they helped to write, with a clear way to opt
out.>> <<P:Forum members also said the call should start by asking how the person is, not about their
meter, and our call script was changed to open with that question.>> <<P:The daughter of a customer who had
been found cold and confused at home after a week without heating joined our steering group and asked that
customers be able to name a family member we could call instead, which is now an option on the priority
services register.>>

All of our specialist advisers completed a two-day training course in recognising vulnerability and cold
risk. GP practices were informed about the scheme by the GP federation's newsletter. The work is led
throughout by our Head of Customer Vulnerability. We plan to run a joint learning event with council
wellbeing officers and GP care coordinators in 2025.
"""),
        ("evidence", "Results", """
Warm Signals ran through the winters of 2023/24 and 2024/25. In that time the system flagged 2,184 customers,
our team made 3,920 calls and 611 customers were referred to the council.

We worked with the council's public health analysts to compare outcomes for flagged customers with a matched
group of customers in a neighbouring county where the scheme was not running. <<Q:Emergency admissions
for cold-related conditions, such as hypothermia, pneumonia and falls, among flagged customers were 41% lower
in the 30 days after a flag than in the comparison group.>> <<Q:The average number of days that a flagged
customer went with little or no gas use in cold weather fell from 9.5 in the first winter to 3.2 in the
second, as referrals were made more quickly.>> <<Q:Customers found on the floor or seriously unwell at home
after a welfare visit was triggered dropped from 14 in the first winter to 5 in the second.>>
"""),
        ("spread", "Sharing and spreading the approach", """
We have shared the method with the energy regulator and presented it at a national industry forum on
vulnerable customers. Two other councils have approached us to run the scheme with them, and we have offered
the data model free to other suppliers. We are also talking to the regulator about whether smart meter
alerts of this kind could become part of the priority services register for all suppliers.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1424  taxi and private hire drivers helping passengers at risk of suicide
#        - pdf - numbered questions with appendix - council licensing manager
#        with public health, practical - council with a listening charity and
#        a mental health trust - drivers with lived experience and staff
#        involved - NO quantitative evidence (drivers trained, calls made,
#        a target, a single figure with no baseline)
# ---------------------------------------------------------------------------
entry(
    id="I1424", format="pdf", layout="numbered_questions", topic="taxi_drivers_suicide_prevention",
    project="independent89-safe-ride-home-1424", pdf_font="LiberationSerif", pdf_align="L",
    title="A Safe Ride Home: taxi and private hire drivers helping passengers at risk of suicide",
    cover=[
        "Ambleton City Council (Licensing Service and Public Health)",
        "Partners: Ambleton Listening Line (registered charity); Ambleton and Cresswick Mental Health NHS Trust (Crisis Resolution and Home Treatment Team)",
        "Entry prepared by the Licensing Manager with the Public Health Suicide Prevention Lead",
    ],
    primary_entrant=dict(name="Ambleton City Council", type="local_authority"),
    partners=[
        dict(name="Ambleton Listening Line", type="charity"),
        dict(name="Ambleton and Cresswick Mental Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What safety issue did the partnership address?", """
Taxi and private hire drivers see the city at its most vulnerable. They pick people up outside pubs and
clubs at two in the morning, from the emergency department after a long night, from the police station
after release and from the railway station after the last train. Drivers in Ambleton have told us for years
that, every so often, a passenger asks to be taken to the river bridge, to the multi-storey car park or to
the cliffs at Hanford Point, and says things that make them fear for the person's life. Some drivers have
talked passengers round. Some have driven them to the emergency department. Others have done as they were
asked and lived with it afterwards.

There is no training for drivers in what to do, and no one for them to call. The police and ambulance
service are the obvious route in an emergency, but drivers told us that many passengers would get out of
the car at the first mention of the police. Nobody had ever asked drivers about this. Our suicide audit,
which reviews every death by suicide in the city, found that in at least four of the deaths over three years
the person had taken a taxi to the place where they died.

Ambleton has around 1,900 licensed taxi and private hire drivers, most of whom are self-employed and many of
whom have English as a second language. Any training had to be short, practical, free and fit around the
hours they work.
"""),
        ("evidence", "2. What evidence is there that the work has improved safety?", """
A Safe Ride Home began in September 2023. Since then:

- 1,340 drivers have completed the 90-minute training, which is now a condition of a new or renewed licence

- drivers have used the priority phone line to Ambleton Listening Line 212 times, mostly between 10pm and 4am

- in 58 of those calls the crisis team was contacted directly, and in 31 the driver took the passenger to the emergency department or a crisis café with the passenger's agreement

- 96% of drivers who completed the training said they would know what to do if a passenger told them they wanted to die

Our target is for every licensed driver in the city to have been trained by September 2026. We do not yet have enough data to say whether the scheme has reduced deaths by suicide, and the suicide audit will report on this in 2026.
"""),
        ("stakeholders", "3. How were patients, carers and staff involved?", """
<<P:Two drivers who have themselves survived a suicide attempt co-wrote the training with the charity and now co-deliver it, and it was their decision to base the
course on real conversations in a cab rather than on slides.>> <<PS:A listening volunteer who had lost her
brother to suicide, and who is now employed by the charity as its community trainer, led the design of the
'three questions' card that drivers keep in the sun visor.>> <<P:Members of the trust's service user
reference group listened to recordings of role plays and told us which phrases sounded kind and which
sounded scripted, and we changed the card because of what they said.>>

<<S:Crisis team nurses agreed the priority route with the charity and, after the first month, asked for
drivers to be given a direct number for the crisis team's duty worker so that they did not have to repeat
themselves.>> <<S:Council licensing officers and the taxi trade association's committee worked together on
the timing of the training and moved sessions to early afternoon and late evening after drivers said the
original daytime sessions cost them their best fares.>>
"""),
        ("value", "4. What has been the impact on people and staff, and what is the value for money?", """
The scheme costs about £52,000 a year, from the council's public health grant, which pays for the charity's
trainer, the priority phone line and printed materials. The training is free to drivers. The estimated cost
to society of a single death by suicide is over £1.5 million, and the grief it causes is beyond any figure.

Drivers describe feeling less alone. One told us that before the training he would have 'just driven and
prayed'; now he knows he can park up, keep the person talking and call someone who will help.
"""),
        ("spread", "5. How has the work been shared?", """
The training has been adopted by two neighbouring licensing authorities and by the national association of
licensing officers as an example of good practice. The charity has adapted the course for door staff at
pubs and clubs and for bus drivers on the night routes. We have presented it at the regional suicide
prevention network and shared the 'three questions' card with any council that asks for it.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the three questions card"),
        ("para", "Front: 'Are you OK? You don't seem yourself tonight.' 'Are you thinking about ending your life?' 'Can I call someone who can help, right now?' Back: the priority line number, the crisis team duty number and the address of the city centre crisis café, open 6pm to 2am."),
        ("para", "Data sources: licensing service training records; Ambleton Listening Line call log; Ambleton and Cresswick Mental Health NHS Trust crisis team referral records; driver evaluation forms collected at the end of each training session."),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)
