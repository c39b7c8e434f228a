"""Forty-ninth independent evaluation set (I769..I784) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
a national public body (the Maritime and Coastguard Agency) named as a partner.  The
entries are meant to be ordinary: the kind of thing ambulance services, air ambulance and
mountain rescue charities, fire and rescue services, police forces, island and rural GP
practices, GP federations, community and acute trusts, councils, a university and the odd
private company send in, in their own voices and at their own length.  The theme of this
set is urgent and emergency care outside hospital and in remote places: NHS 111,
ambulance and air ambulance, fire and rescue, police custody, the coastguard, island and
rural communities, minor injuries units and urgent treatment centres.

Topics: night landings for the air ambulance on small islands (an air ambulance charity,
own headings), NHS 111 sending callers to minor injuries units and urgent treatment
centres that are closed (an integrated care board, bold headings with a cover table),
fire crews gaining entry to homes for ambulance crews (a fire and rescue service, CAPS
headings), people suspected of swallowing or hiding drugs after arrest (a police force,
numbered questions), casualties landed by lifeboat at small harbours (an ambulance
service, two columns), Achilles tendon ruptures missed in minor injuries units (a
community trust with a university, rubric headings), patients waiting in urgent treatment
centres for an ambulance to the emergency department (a GP federation, a form), injured
and ill technicians brought ashore from offshore wind farms (a private wind farm operator
as primary entrant, lists), pain relief given by mountain rescue volunteers (a mountain
rescue charity, no headings, long), island patients sent to the mainland on the ferry (an
island GP practice, a pdf made from Word), police officers taking stabbing victims
straight to the major trauma centre (an acute trust, sections in an unusual order, no
value section), linking repeat calls to NHS 111 and 999 (teams of one ambulance service,
no partner, lists), pregnant callers to NHS 111 put through to maternity triage (a
university lead), standard emergency bags for remote and island GP practices (a private
medical supplies company as primary entrant, with appendix), helping ambulances find
remote farms and holiday lets (a district council, a form) and people in crisis on
clifftops (a mental health trust, a short entry with numbered questions and no evidence
section).

Build it with

    .venv/bin/python data/independent/build.py --set 49   (writes data/corpus/independent49/)

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
    numbers trained, activity counts (visits, calls, referrals, checks, kits, landings,
    transfers, people screened or identified), single figures with no baseline, a zero
    with no earlier figure, figures that did not change, budgets, costs and savings
    estimates, phone numbers, postcodes, reference numbers, targets not yet reached,
    plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('more than halved', 'about a third fewer', 'from roughly one in four to fewer than
    one in twenty', a sustained shift on an SPC chart); no_quantitative_evidence looks
    only at the evidence section (or the whole entry when the evidence section is
    missing), so a measured change told only in another section does not lift the flag;
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, people with lived experience under unusual names
    such as 'experts by experience' or 'patient experience partners', list items),
    wherever in the entry it is told; a peer worker with lived experience, employed by
    a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed, volunteers who only
    carried out checks.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations and primary care networks are
primary_care; maternity voices partnerships are patient_group; air ambulance, mountain
rescue, lifeboat and rural community charities are charity; the Maritime and Coastguard
Agency and a national park authority are public_other; a university is university;
ferry operators, wind farm operators, custody healthcare contractors and medical
supplies companies are private).  A department or team of the entrant's own organisation
is not a partner.  Flags are written by hand and build.py cross-checks them against the
mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I769  night landings for the air ambulance on small islands - pdf - own
#       headings - air ambulance charity head of flight operations, a former
#       pilot, plain - charity with the islands council, the ambulance
#       service and the community trust's island nurses - islanders and
#       staff involved - a subtle claim in words ('more than halved') -
#       no flags
# ---------------------------------------------------------------------------
entry(
    id="I769", format="pdf", layout="own_headings", topic="island_air_ambulance_night_landing",
    project="independent49-lightsonlanding-769", pdf_font="LiberationSans", pdf_align="L",
    title="Lights On for Landing: safe night landings for the air ambulance on the Skerrow Isles",
    cover=[
        "Lead organisation: Northern Skies Air Ambulance (registered charity)",
        "Partners: Skerrow Islands Council; North Coast Ambulance Service NHS Trust; Skerrow and Mainland Community Health NHS Trust (Island Nursing Service)",
        "Written by the Head of Flight Operations, Northern Skies Air Ambulance",
    ],
    primary_entrant=dict(name="Northern Skies Air Ambulance", type="charity"),
    partners=[
        dict(name="Skerrow Islands Council", type="local_authority"),
        dict(name="North Coast Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Skerrow and Mainland Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Where we started", """
The Skerrow Isles are five inhabited islands with about 3,800 people between them. There is no hospital
on any of them. The nearest emergency department is at Portmaddock on the mainland, seventy miles away
by sea and a little under forty minutes by helicopter. Each island has a nurse, two have a GP surgery,
and the ferry does not run at night or in a strong westerly.

Northern Skies began flying at night in the autumn of 2021, with night vision goggles and a second
pilot. On paper that meant an islander who became seriously ill after dark could be flown straight to
hospital. In practice it often did not. Our pilots can only land at night on a site they know is clear,
level and free of wires, and most of the places we used in daylight were football pitches, school
playing fields and a few farmers' fields that nobody had looked at with a night landing in mind. There
were sheep, goalposts, fence posts and, on Easter Skerrow, a power line across the approach that you
cannot see in the dark. The only site with lights was the airstrip on the main island.

So at night the crew would either decline the task on safety grounds, or land at the airstrip and wait
for the patient to be brought across the island by road, sometimes after a boat crossing from a smaller
island first. In February 2022 a man on Holm had a heart attack at about 10pm. We could not land on Holm
in the dark. He was taken by the island's volunteer boat to the main island, then by road to the
airstrip, and reached the cardiac centre nearly six hours after his wife first rang 999. He survived,
but with a damaged heart that a quicker journey might have spared him.

Nobody was doing anything wrong. The ambulance control room did not know which island sites were safe at
night, because nobody had ever assessed them. The council owned most of the land but had no reason to
think about helicopters. The island nurses were the ones left holding a very sick patient in a school
car park for hours.
"""),
        ("evidence", "What has changed", """
Between the spring of 2022 and the end of 2023 we surveyed every possible site with the council and
chose nine, at least one on each island. Each now has a fixed set of low-level LED lights that the
ambulance control room can switch on by a coded phone call, a windsock, a fence to keep livestock off
and a sign with the site's name and grid reference. The council resurfaced two of them and moved a
length of power line on Easter Skerrow underground. Every site is in the ambulance service's dispatch
system with notes for the crew, and a local keeper walks it once a week and reports anything that has
changed.

<<Q:In 2021/22, 17 of the 29 night-time requests for us to fly to the islands were declined or diverted
to the airstrip because of the landing site; in 2023/24 that happened on 2 of 34 requests, both because
of fog rather than the site.>> <<Q:For night-time island patients, the median time from the 999 call to
arrival at hospital has more than halved since the lit sites opened.>>

We flew 34 night missions to the islands in 2023/24, and the
control room now sends us as a matter of routine. There have been no landing incidents at any of the nine sites.

The island nurses now know that once a site is lit, we are on our way, and what we need them to do
before we land: a patient ready to move, a handover sheet, and nobody standing on the pitch.
"""),
        ("stakeholders", "Who was involved and how", """
<<P:We held an open meeting on each island, and the people who came, several of whom had been flown off
the islands themselves or had sat with a relative waiting for a helicopter, walked the possible sites
with us and told us which fields flooded in winter and which ones the cattle were moved onto in
spring.>> <<P:On Holm it was islanders who pointed us to the old herring station yard, which none of us
had considered and which is now the best site in the islands.>> <<P:The man who had the heart attack in
2022 and his wife spoke at the council meeting that agreed the money for the lights.>>

<<S:Our pilots and critical care paramedics flew trial approaches to every shortlisted site in daylight
and then at night, and they asked for the lights to be set out in a T rather than a square, because it
shows the wind direction at a glance.>> <<S:Dispatchers in the ambulance control room designed the
coded call that switches the lights on, and the checklist they read to the island nurse while we are in
the air.>> <<S:The island nurses told us what they needed on the ground, and the handover sheet and the
rule that the lights are switched on only when the patient is ready to move both came from them.>>

The site keepers are local volunteers, mostly retired, who check their site weekly and ring the council
if a light has failed.
"""),
        ("value", "Value for money", """
The nine sites cost about £186,000 to set up, paid by the council from its island infrastructure budget
and by a grant to our charity from a community fund. Running costs are small: replacement lights and
the keepers' mileage. A single night flight costs us around £3,500, much of which we would spend anyway
flying to the airstrip and waiting. For the patient the difference is measured in hours, and for a heart
attack, a stroke or a bleed, hours matter.

Island nurses no longer spend half the night in a car park with a sick patient. Islanders tell us they
feel less cut off.

In January 2024 a girl of six on Easter Skerrow had a prolonged seizure at about 11pm and did not come
round. The island nurse rang 999, the control room switched on the lights at the new site by the school,
and we landed twenty-four minutes after leaving our base. She was in the children's intensive care unit
on the mainland before 1am and went home a week later. Two years earlier, her family would have faced a
night crossing in the island's boat or a wait for the coastguard helicopter. Her father now helps look
after the site.
"""),
        ("spread", "Sharing what we learned", """
We have written up the site survey method and the lighting specification and shared them with the
national association of air ambulance charities, and two other services covering islands and remote
peninsulas have visited. The coded switch-on call has been adopted by the ambulance service for the
two mainland hospital helipads it manages. The council is now including a possible landing site in its
plans for every new school and community hall on the islands.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I770  NHS 111 sending callers to closed minor injuries units and urgent
#       treatment centres - docx - bold headings with a cover table - ICB
#       urgent care commissioning manager, formal - ICB with the ambulance
#       service (NHS 111), the community trust and a GP federation - staff
#       involved - NO patient involvement (a caller survey that changed
#       nothing, Healthwatch kept updated, callers as beneficiaries, a plan
#       for a lay member)
# ---------------------------------------------------------------------------
entry(
    id="I770", format="docx", layout="bold_headings", topic="nhs111_directory_of_services_closed_units",
    project="independent49-openmeansopen-770", docx_font="Arial",
    title="Open Means Open: keeping NHS 111's directory of services accurate about local urgent care",
    cover_table=[
        ("Entry title", "Open Means Open: keeping NHS 111's directory of services accurate about local urgent care"),
        ("Lead organisation", "NHS Fenwold and Marsh Integrated Care Board"),
        ("Partner organisations", "East Fenwold Ambulance Service NHS Trust (NHS 111); Fenwold Community Health NHS Trust (Minor Injuries Units); Marsh Coast GP Federation (Saltmere Urgent Treatment Centre)"),
        ("Contact", "Senior Commissioning Manager, Urgent and Emergency Care"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
    ],
    primary_entrant=dict(name="NHS Fenwold and Marsh Integrated Care Board", type="icb"),
    partners=[
        dict(name="East Fenwold Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Fenwold Community Health NHS Trust", type="nhs_trust"),
        dict(name="Marsh Coast GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
When someone rings NHS 111, the health adviser or clinician reaches a disposition, for example 'attend
a minor injuries service within four hours', and the computer system then searches the Directory of
Services (DoS) for a service near the caller that can do this at that time. The DoS is only as good as
the information held in it. Each service has a profile saying what it does, for which patients, and
when it is open.

Fenwold and Marsh is a large, flat and sparsely populated area. Outside the two towns, urgent care is
provided by four minor injuries units run by the community trust and one urgent treatment centre run
by the GP federation. Their opening hours vary by day and by season, and in 2022 all of them were
having to close early, or stop x-ray, at short notice because of staff shortages. Each change had to
be emailed to the ICB's DoS lead, who updated the profile by hand when she had time. A closure agreed
at 4pm on a Friday might not reach the directory until the following Wednesday.

The result was that NHS 111 regularly sent people to a unit that was shut or could not help them. A
father drove his daughter with a badly broken wrist 34 miles to Wrenby Marsh minor injuries unit at
7pm on a Saturday, to find the x-ray room closed and a sign telling him to go to the emergency
department, another 40 miles away. A man in his seventies with chest pain was sent to the urgent
treatment centre after it had closed for the night, and sat in the car park for 50 minutes before
ringing 999. Between January and December 2022 the ICB, the ambulance service and the community trust
between them logged 212 incidents of this kind, and we received 63 complaints.

It was clear that no single organisation could fix this. The units knew when they were closing, NHS 111
knew where it was sending people, and the ICB held the directory. Nobody held all three at once.
"""),
        ("evidence", "Evidence of improvement", """
Since April 2023 each unit updates its own status through a simple web form, which the ICB built with
the DoS supplier. A nurse in charge can mark the unit closed, open without x-ray, or open with a long
wait, and the directory profile changes automatically within fifteen minutes. NHS 111 health advisers
see a banner on screen if a service they are about to choose has changed its status that day. Every
Monday the DoS lead reconciles the planned rotas for the coming fortnight with the profiles, and every
incident where a caller is sent to the wrong place is logged on one shared form.

<<Q:Callers sent by NHS 111 to a local service that turned out to be closed or unable to see them fell
from 212 recorded cases in 2022 to 38 in 2024.>> <<Q:Complaints to the ICB about being directed to the
wrong place fell from 63 to 14 over the same period.>> <<Q:The average delay between a unit changing its
hours and the directory showing the change went down from nine days to under an hour.>>

The units made 1,480 status changes through the form in 2024. The weekly reconciliation takes the DoS
lead about two hours.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:Nurses in charge at all four minor injuries units and the urgent treatment centre's duty manager
tested three versions of the status form on their own phones, and they asked for it to have only three
choices, because anything more would not get used at the end of a difficult shift.>> <<S:NHS 111 health
advisers told us that they often did not trust the directory and were ringing units to check, which
wasted time; it was their idea to show a banner when a service's status had changed that day.>> <<S:The
ambulance service's DoS team and our DoS lead rewrote the profiles for every unit together over two
days, and they agreed the Monday reconciliation between them.>>

Patients and the public were not directly involved in the design, which was largely technical. We ran a
telephone survey of 400 people who had used NHS 111 in the autumn of 2023 and 88% said they were happy
with where they were sent, so no changes were made as a result. Healthwatch Fenwold has been kept
updated at its quarterly meetings with the ICB. The main beneficiaries are the people in our rural
communities who rely on NHS 111 to know where to go. We plan to recruit a lay member to the DoS
governance group in 2025.
"""),
        ("value", "Value for money and experience", """
The status form cost £11,500 to build and is maintained within the existing DoS contract. Every person
sent to a closed unit who then goes to the emergency department, or calls 999, is a cost to the system
as well as a risk to them. Health advisers say their calls are quicker because they no longer ring units
to check. Unit staff say they feel less guilty about closing early, because they know nobody will be
sent to a locked door.
"""),
        ("spread", "Spread and sharing", """
The ambulance service provides NHS 111 for three ICB areas, and the other two ICBs are introducing the
status form for their own units in 2025. The national DoS team has asked for a copy of the form and the
reconciliation checklist. We have also used the same approach for the two community pharmacies that
provide the urgent medicines supply service at weekends.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I771  fire crews gaining entry to homes for ambulance crews - pdf - CAPS
#       headings - fire and rescue station manager, blunt - fire service with
#       the ambulance service, the police and the council's telecare service
#       - staff involved - patients involved subtly (a woman and her daughter
#       told in the context section; an older people's assembly) - NO
#       quantitative evidence (activity counts, a single average with no
#       baseline, a target not yet reached, a zero with no earlier figure)
# ---------------------------------------------------------------------------
entry(
    id="I771", format="pdf", layout="caps_headings", topic="fire_service_gaining_entry_for_ambulance",
    project="independent49-keyin-771", pdf_font="DejaVuSans", pdf_align="L",
    title="Key In: getting paramedics through the door faster, and leaving it whole",
    cover=[
        "LEAD: Hallowmere Fire and Rescue Service (Response and Prevention)",
        "PARTNERS: Western Shires Ambulance Service NHS Trust; Hallowmere Constabulary; Hallowmere County Council (Careline Telecare Service)",
        "CONTACT: Station Manager, Emergency Response Partnerships",
    ],
    primary_entrant=dict(name="Hallowmere Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Western Shires Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Hallowmere Constabulary", type="emergency_service"),
        dict(name="Hallowmere County Council", type="local_authority"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Every day, somewhere in Hallowmere, an ambulance crew arrives at a house where someone has pressed a
pendant alarm or rung 999, and cannot get in. The person is on the floor behind the door, or upstairs,
or too confused to find the key. Until 2023 the crew would ask ambulance control to call the police,
and the police would come when they could, which on a busy night might be an hour or more. When they
arrived they usually broke the door in.

We saw three things wrong with that. People were left on the floor longer than they needed to be. Doors
were being smashed when a key safe was screwed to the wall two feet away, because nobody had the code.
And once the person had gone to hospital, the house was left insecure, with a broken door and nobody to
fix it, sometimes for days.

<<P:A woman in her eighties from Tillbrook, whose front door was broken in twice in one winter, came to
Tillbrook fire station with her daughter in the spring of 2022 to tell us what it had been like to come
home from hospital to a boarded-up door and a house that had been open all night.>> <<P:It was her
daughter who asked the obvious question, which was why nobody had rung the council's Careline service,
which held the code to her mother's key safe, and that question became the starting point for this
work.>>

Fire crews are trained and equipped to get into buildings with the least damage possible, we are
spread across the county in 24 stations, and most of our on-call crews are sitting at home or at work
within a few minutes of their station. Gaining entry for the ambulance service was something we could do
well, if the partners could agree how.
"""),
        ("evidence", "WHAT WE HAVE ACHIEVED", """
Key In started in February 2023. When an ambulance crew cannot get in, ambulance control now rings the
council's Careline control room first. If the person has a key safe registered with Careline, the code
is read to the crew over the phone and no one else is needed. If not, ambulance control sends us
directly, rather than going through the police, and we use lock-picking and door-opening tools before
anything more destructive. The police are only called if there is a risk of crime or violence. Every
door we open is made secure before we leave, and Careline arranges a locksmith the same day if needed.

Since the start we have had 1,312 Key In calls. In 61% of them the key safe code from Careline meant we
were stood down before arriving. Our average time from call to arrival at the door was 11 minutes. Our
target is to arrive within 15 minutes on 90% of calls, and we reached 84% in 2024.

No home was left insecure overnight after a Key In call in the last quarter of 2024. We do not have
reliable figures from before Key In, because the police recorded these calls as 'concern for welfare'
alongside many other kinds of call, and the ambulance service did not record them separately at all.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Our watch managers and on-call crew managers tested the door-opening kit on a row of houses due for
demolition and chose the tools we now carry, and they wrote the rule that a door is only forced after
the softer methods have failed.>> <<S:Ambulance dispatchers helped us write the script that control now
follows, and they moved the call to Careline to the top of it after they found the codes were there in
most cases.>> <<S:Careline operators asked for a way to log when a code had been given out, so that it
could be changed afterwards, and that log now triggers a letter to the person with a new code.>>
<<S:Police inspectors agreed the short list of situations where officers still attend.>>

<<P:Members of the Hallowmere Older People's Assembly read our leaflet about registering a key safe and
told us it sounded like a burglary warning, so it was rewritten in their words and now goes out with
every new pendant alarm.>>
"""),
        ("value", "VALUE", """
A Key In call costs us about £190 in crew time. A forced front door costs between £400 and £1,200 to
replace, and in the past that bill often fell on the person or their family. Police time released
is considerable. Most of all, the person on the floor gets help sooner, and comes home to a house that
is as they left it.
"""),
        ("spread", "SPREAD", """
The ambulance service has asked the two neighbouring fire services to work the same way, and one has
started. The Careline code check is now also used by district nurses who cannot get an answer at a
planned visit. We have presented Key In to the regional fire and ambulance collaboration board.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I772  people suspected of swallowing or hiding drugs after arrest - docx -
#       numbered questions - police custody chief inspector, procedural and
#       long - police force with its custody healthcare contractor, the
#       acute trust's emergency department and a recovery charity - staff
#       involved; people with lived experience involved under an unusual name
#       ('experts by experience'), one a peer mentor employed by the charity
#       (PS) - no flags
# ---------------------------------------------------------------------------
entry(
    id="I772", format="docx", layout="numbered_questions", topic="police_custody_concealed_drugs",
    project="independent49-swallowedsafe-772", docx_font="Calibri",
    title="Swallowed, Stuffed, Safe: caring for people suspected of hiding drugs inside their body after arrest",
    cover=[
        "Entrant: Merebrook Police, Criminal Justice and Custody Command",
        "Working with: Carrick Custody Health Ltd (custody healthcare provider); Merebrook General Hospital NHS Foundation Trust (Emergency Department); Turnstone Recovery (drug and alcohol charity)",
        "Author: Chief Inspector, Custody",
    ],
    primary_entrant=dict(name="Merebrook Police", type="emergency_service"),
    partners=[
        dict(name="Carrick Custody Health Ltd", type="private"),
        dict(name="Merebrook General Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Turnstone Recovery", type="charity"),
    ],
    sections=[
        ("context", "1. What was the patient safety problem and why was a partnership needed?", """
When people are stopped or arrested while carrying drugs, some of them swallow the drugs or hide them
in their body to avoid them being found. Police and health professionals call this 'stuffing' when it
is done in a hurry, usually with small wraps of heroin or crack cocaine that were never meant to be
swallowed. The wraps can leak or burst. The person may show no signs at all for several hours and then
become very unwell, very quickly, in a cell.

Merebrook Police has three custody suites which between them received just over 21,000 detainees in
2021. Custody healthcare is provided under contract by Carrick Custody Health, whose nurses and
paramedics are on site around the clock. In 2021 our custody review found that we had no shared
approach when an officer suspected that someone had swallowed drugs. Some arresting officers mentioned
it at the booking-in desk and some did not. Some detainees were sent to hospital straight away, some
were kept in a cell on constant observation, and some were put on routine checks because they denied
it and nobody felt able to overrule them.

When detainees were taken to the emergency department, the hospital often examined them, found nothing
wrong, and discharged them back into police care within an hour, because there was no agreed period of
observation and no clear advice for the custody staff about what to look for afterwards. In two cases
that year a man returned from hospital and became seriously unwell in his cell later the same night.
One of them needed intensive care. Nationally, deaths after swallowing drugs in police custody are
among the most frequent in the annual figures, and nearly all of them are thought to be avoidable.

The problem sat between four sets of people: the arresting officers who see the swallowing, the custody
sergeant who decides what happens next, the custody nurse who assesses the detainee, and the emergency
department that decides whether they are fit to be detained. And the detainee, who may be frightened of
being charged with a more serious offence if they admit what they have done, and who is often the only
person who knows what they swallowed.

Custody is a difficult place to care for someone who may be seriously ill. The cells are designed for
security, not for observation, and the detention officers who check on detainees are not clinicians.
A person who has swallowed a wrap of heroin may simply look as if they are sleeping, which is what many
detainees do. The signs that something is wrong, such as slow breathing, pinpoint pupils or a change
in skin colour, are easy to miss through a cell door hatch at night. A person who has swallowed crack
cocaine may become agitated and aggressive, which can look like ordinary resistance and be met with
restraint rather than treatment. And the detainee's own account can change over the hours they are with
us, as they become more frightened or more unwell.
"""),
        ("evidence", "2. What evidence is there of improvements in safe care?", """
The Swallowed, Stuffed, Safe pathway started in all three suites in September 2022. Any suspicion of
swallowing, whether from the officer, the detainee or the nurse, is recorded on a red card that follows
the detainee. The detainee is taken to the emergency department within an hour, and the hospital keeps
them for a minimum of six hours of observation, in line with the guidance agreed with its toxicology
advisers. If they return to custody, they are on constant observation in a cell with a camera for a
further period set by the hospital, and the custody nurse reviews them every hour.

We compared the twelve months before the pathway with the two years after, using custody records, the
nurses' clinical records and the hospital's attendance data.

<<Q:Detainees suspected of swallowing drugs who were taken to hospital within an hour of arriving in
custody went up from 38% to 86%.>> <<Q:Those discharged from the emergency department after less than
two hours fell from 44% to 6%.>> <<Q:Cases where a detainee suspected of swallowing drugs became unwell in
a cell, needing an ambulance or a return to hospital, fell from 11 in 2021/22 to 2 in 2023/24.>> There
have been no deaths.

Over the two years 187 detainees were recorded on the pathway, and 31 of them were later found to have
drugs inside their body.
"""),
        ("spread", "3. How has the work been shared or applied elsewhere?", """
The pathway has been shared through the national custody forum and two other forces have asked for the
red card and the hospital agreement. Carrick Custody Health provides healthcare in six other forces and
has made the pathway part of its clinical standards everywhere. The emergency department has used the
same six-hour observation rule for people who are not in police custody but admit to swallowing drugs,
for example at festivals.
"""),
        ("value", "4. What difference has it made to patients and staff, and is it value for money?", """
Taking a detainee to hospital is expensive for us, because two officers go with them, sometimes for
eight hours or more. We accept that. The cost of a death in custody, to the family first of all but
also to the officers involved, to public confidence and to the force, is beyond any calculation. Because
the hospital now keeps detainees for a fixed period, officers are no longer making repeat trips on the
same night.

Custody sergeants tell us they feel supported by a clear rule rather than having to make a judgement
call at 3am. Nurses say the red card means the information reaches them. The emergency department says
it no longer feels pressured to send people back quickly.

For detainees themselves, we believe the biggest change is that they are more likely to tell us the
truth. Custody nurses report that detainees are now much more willing to say what they have swallowed
when they are asked privately by a nurse and told that it is a medical question. That information lets
the hospital give the right treatment, and in at least two cases it led to surgery to remove packages
that would otherwise have been missed.
"""),
        ("stakeholders", "5. Who was involved and how were patients and staff involved?", """
<<S:Custody sergeants and detention officers from all three suites worked with Carrick's custody nurses
on the red card over four sessions, and they insisted it should go on the detainee's cell door as well as
in the record, because detention officers doing checks do not always read the record.>> <<S:Emergency
department consultants and the hospital's toxicology advisers agreed the six-hour observation period with
Carrick's clinical lead after reviewing the two cases from 2021 together.>> <<S:Response officers told us
that they did not record swallowing because they thought it would look as if they had let it happen,
so the card now says plainly that swallowing is a medical emergency and not a failure of the
arrest.>>

We also wanted to understand why people deny swallowing drugs when their life may depend on telling
us. <<P:Turnstone Recovery put us in touch with its experts by experience, four men and two women who
had been arrested while using drugs, and in two long sessions at the charity's offices they told us that
people keep quiet because they expect to be charged with possession with intent to supply.>> <<P:They
suggested that the custody nurse, not a police officer, should ask the question, and that it should be
asked in private, which is now how it is done.>> <<PS:One of them, who now works for Turnstone as a peer
mentor, helped the nurses write the words they use when they ask, and he took part in the training for
custody staff.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I773  casualties landed by lifeboat at small harbours - pdf - two columns -
#       ambulance service maritime liaison paramedic, plain - ambulance
#       service with the Maritime and Coastguard Agency, an independent
#       lifeboat charity and the council's harbours service - patients
#       involved in passive voice in the context section and in the
#       stakeholder section, staff involved - a claim in words ('from roughly
#       one in four to fewer than one in twenty') - no flags
# ---------------------------------------------------------------------------
entry(
    id="I773", format="pdf", layout="two_column", topic="lifeboat_casualty_harbour_handover",
    project="independent49-landingsafely-773", pdf_font="LiberationSans",
    title="Landing Safely: meeting casualties brought ashore by lifeboat at small harbours",
    cover=[
        "South Reach Ambulance Service NHS Trust (lead), with the Maritime and Coastguard Agency (HM Coastguard, Falmere Operations Centre), Tidewatch Lifeboat Trust and Penmorrow District Council (Harbours and Coastal Services)",
        "Entry by the Maritime Liaison Paramedic, South Reach Ambulance Service",
    ],
    primary_entrant=dict(name="South Reach Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Maritime and Coastguard Agency", type="public_other"),
        dict(name="Tidewatch Lifeboat Trust", type="charity"),
        dict(name="Penmorrow District Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why we needed to work together", """
Our stretch of coast has 23 harbours, coves and slipways where a lifeboat can bring a casualty ashore.
Most are small, some are at the bottom of a steep lane, and several have two or three possible landing
points depending on the tide. The people brought in are fishermen with crush injuries, swimmers and
kayakers suffering from cold water shock and hypothermia, walkers who have fallen on the coast path and
been picked up from the foot of a cliff, and a steady number of holidaymakers with heart problems on
boats.

The coastguard co-ordinates the rescue and asks for an ambulance to meet the lifeboat. Until 2023 that
request described the landing point in whatever words the coastguard officer or the lifeboat crew used
on the radio: 'the old quay', 'the slip by the pub', 'the fish market steps'. Our control room then
had to turn that into an address a crew could drive to. Ambulances went to the wrong side of the
harbour, or to the top of a lane they could not get down, while a cold and injured casualty waited in
the lifeboat or on a wet slipway. The handover from lifeboat crew to paramedics was by word of mouth, on
a noisy quay, and details such as how long someone had been in the water were often lost.

<<P:The problem was first mapped out with the help of two fishermen who had been landed injured at
Porthellan, who walked the harbour with us and showed us where the lifeboat had come in and where the
ambulance had gone instead.>>
"""),
        ("evidence", "What has improved", """
Since April 2023 there has been a single register of 31 named landing points, each with a short code,
a grid reference, notes on ambulance access at different states of the tide and a photograph. The
register sits in both the coastguard's and our control room systems, and the coastguard passes the code
with every request. Lifeboats carry a waterproof handover card that is filled in on the way in. The
council has put up signs at each point with its name and code and has cleared parking at six of them.

<<Q:Ambulances arriving at the wrong landing point went from roughly one in four lifeboat landings in
2021/22 to fewer than one in twenty in 2024/25.>> <<Q:The median time a casualty waited at the landing
point for an ambulance fell from 27 minutes to 9 minutes.>> <<Q:Handovers where the time in the water
was recorded by the receiving paramedic rose from 31% to 94%.>>

There were 214 lifeboat landings with an ambulance requested over the two years.
"""),
        ("stakeholders", "Who took part", """
<<S:Coastguard operations officers and our dispatchers worked through every landing point together over
three days, and they decided that each point should have a short spoken code that cannot be mistaken on
a crackly radio.>> <<S:The lifeboat trust's coxswains and crew trainers designed the handover card with
our paramedics and made it fit a thigh pocket.>> <<S:Harbour masters told us which points were unusable
at low water, and that is now in the register.>>

<<P:A kayaker who was rescued in 2022 told us that she had been too cold to speak on the quay and could
not answer the paramedic's questions, so the card now records what the casualty said on the boat.>>
"""),
        ("value", "Value", """
The register and signs cost about £14,000, shared between the council and the ambulance service. Every
minute a hypothermic casualty spends on an exposed quay matters, and so do the minutes an ambulance
spends looking for the right slipway when it is needed elsewhere. Crews say they arrive knowing where to
park and what they are going to find.
"""),
        ("spread", "Spreading the work", """
HM Coastguard has shared the register format with its other operations centres, and the next stretch of
coast to the east has started its own. The lifeboat trust has added the handover card to its crew
training. We have presented the work to the national ambulance maritime group.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I774  Achilles tendon ruptures missed in minor injuries units - docx -
#       rubric headings - emergency nurse practitioner and MIU clinical lead,
#       clinical and detailed - community trust with the acute trust's
#       orthopaedic service and a university physiotherapy department -
#       staff involved - NO patient involvement (patients sent an outcome
#       letter, friends and family test that changed nothing, a university
#       panel that will review the findings next year, patients told by
#       pronoun as beneficiaries)
# ---------------------------------------------------------------------------
entry(
    id="I774", format="docx", layout="rubric_headings", topic="miu_missed_achilles_rupture",
    project="independent49-squeezethecalf-774", docx_font="Calibri",
    title="Squeeze the Calf: finding Achilles tendon ruptures at the first visit to a minor injuries unit",
    cover=[
        "Lead: Dunmarsh Community Healthcare NHS Trust (Minor Injuries Units at Dunmarsh, Kelvarden, Otterdene, Brantwick and Stowe Cross)",
        "Partners: Dunmarsh Royal Hospitals NHS Foundation Trust (Trauma and Orthopaedics and Virtual Fracture Clinic); University of Westmoor (School of Health Sciences, Physiotherapy)",
        "Author: Clinical Lead for Minor Injuries and Emergency Nurse Practitioner",
    ],
    primary_entrant=dict(name="Dunmarsh Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Dunmarsh Royal Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="University of Westmoor", type="university"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Our five minor injuries units see about 62,000 people a year, most of them with sprains, cuts, minor
fractures and burns. They are led by emergency nurse practitioners (ENPs) and emergency care
practitioners, and none of them has a doctor on site. They are, for many people in the south of the
county, the only urgent care within half an hour's drive.

A ruptured Achilles tendon is easy to miss. The person usually describes a kick or a snap at the back of
the ankle, often while playing sport, but they can still walk and may still be able to stand on tiptoe
using the other muscles of the foot. Swelling hides the gap in the tendon. If the rupture is mistaken for
a sprain and the person is sent home with advice to rest, the ends of the tendon drift apart. By the
time it is diagnosed, often two or three weeks later when they still cannot walk properly, treatment in
a boot may no longer work and they may need surgery, with a higher risk of complications, a blood clot
in the leg and a longer time off work.

In 2021 an orthopaedic surgeon at the Royal noticed that several patients in her clinic with late
Achilles ruptures had been seen first at one of our units. We then audited every rupture
diagnosed at the Royal that year where the patient had attended a minor injuries unit first. Of 35, 11
had been sent home from our units with a diagnosis of a sprain or a calf strain. In most of them the
simple calf squeeze test (Simmonds' or Thompson's test) had not been recorded. One, a man in his
forties, had a deep vein thrombosis and then a pulmonary embolism while waiting for surgery.

Our goals were that every patient with a possible Achilles injury has the calf squeeze test done and
recorded, anyone with a positive or uncertain test is put in an equinus boot the same day and reviewed
by the fracture clinic within 72 hours, and anyone in a boot is assessed for a blood clot risk.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
From March 2022 the electronic record in all five units has a prompt that appears for any injury to the
calf, heel or back of the ankle. It asks for the calf squeeze test, the angle of the foot at rest and
whether a gap can be felt, and it will not let the clinician close the record until they are answered.
Every unit keeps equinus boots in two sizes, and the virtual fracture clinic at the Royal takes direct
referrals from our ENPs, reviews the notes and any ultrasound the next working day, and rings the
patient. Blood clot prevention is started in the unit using the Royal's risk tool.

<<S:The university's physiotherapy researchers helped us set up the audit and repeated it independently for
2023 and 2024 using the Royal's orthopaedic database and our records.>>

<<Q:Ruptures missed at the first minor injuries unit attendance fell from 11 of 35 (31%) in 2021 to 2 of
41 (5%) in 2024.>> <<Q:The calf squeeze test was recorded for 96% of calf, heel and ankle injuries in the
2024 audit, compared with 23% in 2021.>> <<Q:The median time from injury to being placed in an equinus
boot fell from nine days to one day.>> <<Q:Patients with an Achilles rupture first seen in our units who
needed surgery went down from 14 in 2021 to 5 in 2024.>>

In 2024 our units referred 118 people to the virtual fracture clinic with a possible Achilles injury, of
whom 39 had a rupture confirmed.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The Royal's emergency department has added the same prompt to its own record. The university has used
our audit as a teaching case for its physiotherapy and advanced practice students, and the results were
presented at the national emergency nurse practitioners' conference in 2024. The prompt, the boot
guidance and the referral criteria have been shared with the two other community trusts in the region
that run minor injuries units, and one of them has adopted them.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Each boot costs about £90 and is recycled when it comes back. A surgical repair of the Achilles, with its
follow-up, costs the NHS several thousand pounds more than treatment in a boot, and many patients who
have surgery are off work for months. Avoiding even one pulmonary embolism is worth a great deal more
than the cost of the whole project.

ENPs say the prompt has made them more confident and that they can now act on a suspicion straight away
rather than telling someone to come back if it gets worse. Fracture clinic staff say the referrals are
better and arrive sooner. Patients benefit because they are treated properly at the first visit and are
spared a second trip and a long wait; they also get a phone call from the Royal the next working day,
which is especially welcome for those who live a long way from the hospital.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<S:ENPs from all five units met twice with orthopaedic surgeons and the virtual fracture clinic
physiotherapists to agree what the prompt would ask, and they cut it from nine questions to three after
trying it on real records.>> <<S:Unit managers asked for the boots to be kept in a sealed box with
fitting instructions on the lid, because a boot is needed only a few times a month in each unit and
staff forget how to fit one.>> <<S:The university's physiotherapy researchers and our ENPs together
designed the audit tool, and the researchers suggested adding the resting foot angle after finding it
in the research literature.>>

Every patient referred to the virtual fracture clinic is sent a letter afterwards with their diagnosis
and plan. Our units' friends and family test results for 2023 were as positive as in previous years,
so we did not change anything in response. The university's patient and public involvement panel will
review our findings before they are published next year.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I775  patients waiting in urgent treatment centres for an ambulance to the
#       emergency department - pdf - form table - GP federation UTC clinical
#       director, clipped - GP federation with the ambulance service and the
#       acute trust - staff involved; patients involved under an unusual name
#       ('patient experience partners') - a subtle claim (a sustained shift
#       on an SPC chart) - no flags
# ---------------------------------------------------------------------------
entry(
    id="I775", format="pdf", layout="form_table", topic="utc_waiting_for_ambulance_transfer",
    project="independent49-waitingwell-775", pdf_font="LiberationSans",
    title="Waiting Well: keeping people safe in our urgent treatment centres while they wait for an ambulance",
    cover_table=[
        ("Entry title", "Waiting Well: keeping people safe in our urgent treatment centres while they wait for an ambulance"),
        ("Organisation submitting", "Ashcombe Vale GP Federation (provider of Ashcombe and Lynbrook Bridge Urgent Treatment Centres)"),
        ("Partners", "Wessmoor Ambulance Service NHS Trust; Ashcombe General Hospital NHS Trust (Emergency Department)"),
        ("Lead contact", "Dr Priya Nandakumar, Clinical Director for Urgent Care"),
    ],
    primary_entrant=dict(name="Ashcombe Vale GP Federation", type="primary_care"),
    partners=[
        dict(name="Wessmoor Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Ashcombe General Hospital NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Describe the problem and why a partnership was needed", """
We run two urgent treatment centres (UTCs), one in a market town 22 miles from the nearest emergency
department (ED). Between them they see about 58,000 people a year. A small number, around four a day,
turn out to need the ED: a suspected heart attack, sepsis, a head injury on blood thinners, a child with
breathing difficulty.

Until 2023 these transfers were booked with the ambulance service as a healthcare professional
request, which is given a lower priority than a 999 call because the patient is already with a
clinician. In practice that meant waits of three, four and sometimes seven hours in a UTC that has no
monitoring beds, no overnight staff and closes at 10pm. Nobody was formally watching the patient while
they waited. If they got worse, UTC staff had to ring 999 again and start from the beginning.

In 2022 we had 23 cases where a waiting patient's early warning score rose and nobody told the ambulance
service. One man with sepsis waited five hours and was admitted to intensive care.
"""),
        ("evidence", "What has improved as a direct result of the partnership?", """
Since May 2023 every transfer request is a clinician-to-clinician call between the UTC and the
ambulance service's clinical hub, using an agreed set of questions. The hub sets the response category.
UTC staff repeat the early warning score every 30 minutes and ring the hub directly if it rises, and
the hub re-categorises. For stable patients the hub and the ED can agree transport by taxi or by a
relative, with a pre-alert to the ED. The ED keeps a list of expected UTC patients.

<<Q:The SPC chart of median waits for an ambulance from our UTCs shows a sustained shift below the
centre line since the new call started, from a median of 3 hours 50 minutes in 2022 to 1 hour 40
minutes in 2024.>> <<Q:Patients whose early warning score rose while they waited without the ambulance
service being told went from 23 in 2022 to 3 in 2024.>>

There were 1,106 transfers from the two UTCs in 2024, and 214 went by taxi or with a relative.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:UTC nurses and the ambulance hub's clinicians wrote the question set together over three workshops,
and the hub clinicians asked for the latest early warning score and its trend to be the first thing
said on the call.>> <<S:ED nurses in charge suggested the expected list after finding that pre-alerted
UTC patients were being triaged again from the start.>>

<<P:Our two patient experience partners, one of whom waited four hours at Lynbrook Bridge in 2022 with her
husband, sat on the project group, and they asked that anyone waiting is told how often they will be
checked and who to call if they feel worse, which is now on a card given to every waiting patient.>>
"""),
        ("value", "Impact on experience, and value for money", """
No new staff were needed. Fewer late evening transfers means fewer UTC staff kept on past closing time.
Taxi transport costs the federation about £45 a trip, much less than an ambulance. Staff say they no
longer feel they are left alone with a sick patient.
"""),
        ("spread", "How has the work been shared?", """
The ambulance service has offered the same clinical call to the four other UTCs in its area, and three
have taken it up. We presented the work at the regional urgent care network in 2024.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I776  injured and ill technicians brought ashore from offshore wind farms -
#       docx - bullet lists - PRIVATE wind farm operator as primary entrant,
#       with the ambulance service, an air ambulance charity and the port's
#       council (ineligible) - health and safety manager, corporate - staff
#       involved - NO patient involvement (technicians briefed and trained, a
#       survey of technicians that changed nothing, a planned forum)
# ---------------------------------------------------------------------------
entry(
    id="I776", format="docx", layout="bullet_lists", topic="offshore_wind_casualty_evacuation",
    project="independent49-turbinetotrolley-776", docx_font="Segoe UI",
    title="Turbine to Trolley: getting injured and ill technicians from offshore wind farms to hospital",
    cover=[
        "Primary entrant: Greyhaven Offshore Wind Operations Ltd",
        "Partners: Eastmarsh Ambulance Service NHS Trust; Eastmarsh and Wolds Air Ambulance (charity); Saltby Borough Council (Port of Saltby)",
        "Submitted by the Head of Health, Safety and Environment, Greyhaven Offshore Wind Operations Ltd",
    ],
    primary_entrant=dict(name="Greyhaven Offshore Wind Operations Ltd", type="private"),
    partners=[
        dict(name="Eastmarsh Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Eastmarsh and Wolds Air Ambulance", type="charity"),
        dict(name="Saltby Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "The challenge", """
Greyhaven operates two offshore wind farms between 18 and 35 miles off the coast, with 164 turbines.
On a typical day around 140 technicians are working offshore, climbing turbine towers up to 100 metres
high, working in the nacelle and transferring between crew transfer vessels and the turbines in a swell.

When a technician is injured or becomes ill offshore:

- first aid is given by colleagues and by one of our offshore medics, who are paramedics or nurses employed by us

- the person is brought to shore by a crew transfer vessel, which can take up to two hours, or, if they are seriously ill, by the coastguard search and rescue helicopter

- until 2022 there was no agreed place in the Port of Saltby for the ambulance to meet the vessel, and the ambulance service did not always know a vessel was coming

- information about what had happened and what treatment had been given was passed by radio and phone through three or four people, and often reached the ambulance crew in pieces

- in March 2022 a technician who collapsed in a turbine with a cardiac arrest and was resuscitated was landed at the wrong berth, and the ambulance took 25 minutes to find the vessel

Nobody had designed the journey from the turbine to the hospital as a single pathway. Each organisation
had its own part and its own procedures.
"""),
        ("evidence", "Results", """
Since September 2022:

- every offshore medical incident is reported to the ambulance service's clinical hub as soon as the medic decides the person needs to come ashore, using an agreed handover format

- the council has provided a dedicated casualty berth with ambulance access at the port, which is kept clear at all times

- the air ambulance can land at a marked site on the quay to meet vessels with seriously injured casualties

- our offshore medics and the ambulance service use the same handover form

We compared the 19 casualty transfers in 2021 with the 22 in 2024:

- <<Q:the average time from incident to handover to the NHS ambulance crew fell from 3 hours 5 minutes to 1 hour 50 minutes>>

- <<Q:handovers with missing information on the mechanism of injury or treatment given fell from 12 of 19 to 2 of 22>>

- <<Q:occasions when the ambulance was not waiting when the vessel berthed went from 9 to 1>>
"""),
        ("stakeholders", "Stakeholder involvement", """
- <<S:our offshore medics and paramedics from the ambulance service's clinical hub designed the handover form together, and the paramedics asked for the time of the last set of observations to be added>>

- <<S:crew transfer vessel masters walked the port with the council's harbour staff and the air ambulance's pilots, and between them they chose the casualty berth and the landing site on the quay>>

- <<S:the air ambulance's critical care team tested the landing site and asked for the lighting to be changed before it was used at night>>

- all technicians were briefed on the new arrangements at toolbox talks, and every technician has completed the updated offshore first aid course

- we sent a questionnaire to technicians in 2023 and the responses were positive, so no changes were needed

- we intend to set up a workforce health forum for technicians in 2025
"""),
        ("value", "Value", """
- the casualty berth is provided by the council within the port's existing arrangements

- the handover form and the hub reporting line cost nothing beyond staff time

- a faster, better-informed handover gives a seriously injured technician a better chance of recovery

- the ambulance service says it can now plan its response before the vessel arrives rather than reacting to it
"""),
        ("spread", "Spread", """
- the handover format has been shared with three other offshore wind operators on the east coast through the industry's health and safety forum

- the ambulance service is agreeing casualty berths in two more ports
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I777  pain relief given by mountain rescue volunteers - docx - no headings
#       - long - mountain rescue team leader, personal and discursive -
#       mountain rescue charity with the ambulance service and the national
#       park authority - former casualties involved - NO staff involvement
#       (volunteers trained, a named associate medical director signing off
#       and auditing, paramedics told through a bulletin, a plan for a joint
#       review) - NO quantitative evidence (doses given, a single pain score,
#       a zero, a target not reached, an admitted lack of a baseline)
# ---------------------------------------------------------------------------
entry(
    id="I777", format="docx", layout="no_headings", topic="mountain_rescue_volunteer_pain_relief",
    project="independent49-easingthecarry-777", docx_font="Georgia",
    title="Easing the Carry: pain relief for injured walkers on the Langfell hills",
    cover=[
        "Langfell Mountain Rescue Team (registered charity), working with North Western Uplands Ambulance Service NHS Trust and Langfell National Park Authority",
        "Entry written by the Team Leader",
    ],
    primary_entrant=dict(name="Langfell Mountain Rescue Team", type="charity"),
    partners=[
        dict(name="North Western Uplands Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Langfell National Park Authority", type="public_other"),
    ],
    sections=[
        ("context", None, """
I have been a member of Langfell Mountain Rescue Team for twenty-two years and its leader for the last
six. We are 52 volunteers: a joiner, two teachers, a vet, several farmers, a retired police officer, a
couple of nurses and a lot of people who simply love the hills and want to help. We are called out by
the police or the ambulance service about 140 times a year, mostly to walkers, runners and climbers who
are lost or hurt on the high ground of the national park, and sometimes to a farmer or a shepherd who
has come off a quad bike.

The single thing that has troubled me most in all those years is the pain of the people we carry. A
typical rescue for an injured walker goes like this. We get the call, gather at the base, drive to the
nearest road-head and then walk in, often for an hour or more, carrying the stretcher, the vacuum
mattress, the medical bag and the rest. When we reach the casualty they have usually been lying on wet
ground for a long time, they are cold, and they have a broken ankle or lower leg, a dislocated shoulder,
a broken wrist, sometimes a broken hip or a back injury. Then we have to get them off the hill. That can
mean two, three or four hours of carrying a stretcher over boulders, down scree, across streams and
along paths that are barely paths at all. Every jolt hurts.

Helicopters are wonderful when they can come, but the Langfell fells are often in cloud, and the air
ambulance and the coastguard helicopter cannot always fly. Paramedics sometimes walk in with us, but
the ambulance service has a handful of crews for a very large rural area and it cannot send one up a
mountain for three hours when there are calls waiting in the towns. So in most cases it is just us, and
until recently the only pain relief we were allowed to give was paracetamol and, if we had the gas
cylinder with us, Entonox, which is heavy, does not work well in the cold, and runs out.

I remember carrying a woman in her sixties with a broken ankle down from the ridge above Scarth Tarn in
the dark in November 2021. It took us three and a half hours. She was brave about it, but every time the
stretcher tipped on a rock she cried out, and by the time we reached the ambulance she was shaking and
grey. The paramedic gave her morphine within two minutes of reaching her and I thought: she has waited
five hours for that, and she did not need to.

Mountain rescue teams elsewhere in the country have been working with their local ambulance services
for some time to allow trained team members to give stronger pain relief under the ambulance service's
clinical governance. We asked the North Western Uplands Ambulance Service whether we could do the same.
They said yes, in principle, if we could show them that our training, record keeping and medicine
storage would meet their standards. The national park authority, which owns much of the land we work
on and runs the visitor centres where people plan their walks, joined because it wanted to reduce the
harm to visitors and to understand better where and why people get hurt.

Getting there took longer than any of us expected. The ambulance service needed to be sure that the
people giving the medicine would be competent, would keep proper records and would know when not to
give it: to someone with a head injury who was drowsy, for instance, or with kidney disease. We had to
find a way of storing the inhalers securely at a base that is a converted barn and in vehicles that are
parked on open verges at road-heads for hours at a time. Our insurers wanted to know who would be
responsible if something went wrong. There were months when it felt as if the paperwork would never
end.

We also had to be honest with ourselves about what a volunteer team can and cannot do. We are not
paramedics and do not want to be. The protocol is deliberately narrow: one medicine, for adults and
older children with a limb or shoulder injury and no head injury, given only by team members who have
passed the course, and always with a call to the ambulance service's clinical desk first, if we have a
signal, which on the Langfell tops is far from certain.
"""),
        ("evidence", None, """
Since March 2023 our trained casualty carers have been able to give a methoxyflurane inhaler, a small
hand-held device that the casualty breathes through and controls themselves, under a clinical protocol
and a written authorisation from the ambulance service. It weighs almost nothing, works in the cold and
starts to take effect within a few breaths. The inhalers are stored at our base and in the team's
vehicles in locked boxes, checked weekly, and every use is recorded on a form that goes to the ambulance
service. We also now carry better splints and a second vacuum mattress, bought with a grant from the
national park authority, so that injured limbs move less during the carry.

In the first two years the inhaler was given to 87 casualties. The most common injuries were broken
ankles and lower legs (41), dislocated shoulders (14) and wrist fractures (9). The average pain score,
on a scale of 0 to 10, recorded at handover to the ambulance crew was 4. No casualty had a serious side
effect. One inhaler had to be discarded because its box had been left in a vehicle in direct sun.

We set ourselves a target that every casualty would have a pain score recorded at least three times:
when we reach them, when they are lifted and at handover. In 2024 we managed all three for 71% of
casualties, which is better than in the first year but not yet good enough, mostly because it is hard to
fill in a form with cold hands in the rain.

We would like to be able to say that our casualties are in less pain than they used to be, but we cannot
prove it, because before the scheme we did not record pain scores at all. That is one of the things we
have learned.

The first time the inhaler was used in earnest was in April 2023, for a man in his fifties who had
broken his lower leg on the path below the Scarth crags. He was in a great deal of pain when the first
members of the team reached him. Within a few minutes of breathing through the inhaler he was talking
to us, and we were able to splint his leg and lift him onto the stretcher without the screaming that all
of us had come to dread. The carry took just under three hours. He needed a second inhaler about halfway
down, which the protocol allows. At the road-head the paramedic asked him how the carry had been, and he
said, 'long.'

The national park authority has used our call-out records to put up new signs on the two paths where
most of our ankle injuries happen, and to change the advice on its website about descending in the
dark.
"""),
        ("stakeholders", None, """
<<P:Three people we had carried off the hill before the scheme, a fell runner with a broken leg, the
woman with the broken ankle I mentioned above, and a man who had dislocated his shoulder on a
scramble, met with us at the base in the winter of 2022.>> <<P:What they told us surprised us: the worst
pain was not lying on the ground waiting, but the moment of being lifted onto the stretcher and the first
ten minutes of the carry, so the protocol now says that the inhaler is offered before the casualty is
moved, not after.>> <<P:The fell runner also pointed out that nobody had told him how long the carry
would take, and that not knowing made it worse, so our casualty carers now give an honest estimate and
update it on the way down.>> <<P:The same three read the leaflet we give to casualties about the inhaler
and asked us to take out the medical words.>>

All 46 of our casualty carers have been trained by the ambulance service's education team and have
passed an assessment, and they are reassessed every year. Dr Helen Marr, the ambulance service's
associate medical director, signed off the protocol and audits our records every quarter. Paramedics at
the road-head were told about the scheme through the ambulance service's clinical bulletin. We plan to
hold a joint review with the paramedics who most often meet us at the road-head next year.
"""),
        ("value", None, """
Each inhaler costs about £20. The training is provided by the ambulance service at no charge and takes
our volunteers two evenings and a weekend. Our team is funded entirely by donations, and the money for
the splints and the second mattress came from the national park authority's visitor safety grant, about
£6,800 in all.

What matters to us most is what the casualties say. One woman who broke her ankle above Harrowside in
2024 wrote to us afterwards that the carry down was 'bearable, which I did not think a broken leg could
be.' A man we carried in the rain for nearly four hours told us at the ambulance that he had been
expecting the worst day of his life and that it had not been. Our volunteers, who used to dread the
carry as much as the casualties did, say that being able to do something about pain has changed how a
rescue feels.
"""),
        ("spread", None, """
We have shared our protocol, forms and storage arrangements with the regional mountain rescue
association, and two neighbouring teams are now working towards the same authorisation. The ambulance
service is talking to the cave rescue organisation in the south of its area about a similar scheme.
The national park authority has presented our work at a conference of national park rangers.

If I could say one thing to other teams, it is that the hardest part was not the training or the
medicine but getting three very different organisations, one of them run entirely by volunteers, to
trust each other. That trust now exists, and we intend to keep it.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I778  island patients sent to the mainland on the ferry - pdf (via Word) -
#       style headings - island GP, reflective, writing as 'I' - island GP
#       practice with the ferry company, the ambulance service and the
#       council - islanders involved - NO staff involvement (ferry crews
#       briefed, deck crew trained in first aid, the GP who led it writing
#       the protocol, ambulance control sent a copy, a plan for a debrief)
# ---------------------------------------------------------------------------
entry(
    id="I778", format="pdf", layout="style_headings", topic="island_patients_ferry_to_mainland",
    project="independent49-nobodysailsalone-778", render_via="soffice", docx_font="Liberation Sans",
    title="Nobody Sails Alone: safer journeys for island patients sent to the mainland by ferry",
    cover=[
        "Inchmora Island Surgery (lead entrant)",
        "Partners: Inchmora Sound Ferries Ltd; Northern Firth Ambulance Service NHS Trust; Inchmora and Sound Council (Transport and Community Services)",
        "Written by Dr Calum Rennie, GP Principal, Inchmora Island Surgery",
    ],
    primary_entrant=dict(name="Inchmora Island Surgery", type="primary_care"),
    partners=[
        dict(name="Inchmora Sound Ferries Ltd", type="private"),
        dict(name="Northern Firth Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Inchmora and Sound Council", type="local_authority"),
    ],
    sections=[
        ("context", "The problem", """
Inchmora has about 2,100 residents, a good many more in summer, and one GP surgery, which is mine. The
mainland hospital is a 45-minute ferry crossing and then a 30-mile drive. The ferry runs from 6.30am to
9pm, roughly every ninety minutes.

Most days I see at least one person who needs to go to hospital that day but does not need an
ambulance: a suspected appendicitis, a pregnancy that might be ectopic, a child with a fracture that needs
setting, an older person with a new irregular heartbeat. The island ambulance is a single crew and
cannot be off the island for four hours for someone who is stable. So for years the routine was that I
told these patients to get the next ferry and go to the emergency department, and they made their own
way, usually by driving themselves or being driven by a neighbour, or as foot passengers with a taxi at
the other end if they could find one.

I had never thought hard about what that journey was like until the summer of 2022, when a young woman
I had sent for a scan with pain in early pregnancy collapsed in the toilets on the car deck halfway
across. She had an ectopic pregnancy that had ruptured. The crew found her by chance. They had no idea
she was unwell, there was no way for them to know, and the ambulance that met the boat was called by a
passenger on a mobile phone. She lived, thanks to the surgeons on the mainland, but it was too close.

When I looked back over my own records and asked around, it turned out that people becoming unwell on
the crossing was not rare at all. Nobody had been counting, because the ferry company recorded them as
passenger first aid incidents and I recorded them, if at all, as hospital referrals.
"""),
        ("evidence", "What has changed", """
Since April 2023 there has been a 'medical passenger' arrangement. When I or the practice nurse send
someone to the mainland by ferry, we phone the ferry office, who book them on the next sailing as a
medical passenger with priority boarding. The crew seat them in the forward lounge, where there is
always a crew member nearby, and check on them during the crossing. If I think they need to be met, the
practice asks the ambulance control room to have a crew at the mainland slipway. If not, the council's
community transport service sends a car to meet them, and it takes them to the hospital door. At night
and when the ferry is not running, nothing has changed: the island ambulance or the helicopter is the
only option.

<<Q:Patients who became unwell on the crossing and needed the crew to call for help fell from 9 in
2021/22 to 2 in 2023/24.>> <<Q:Patients arriving at the mainland hospital more than two hours after the
practice decided they needed to go fell from 58% to 19%, according to the hospital's arrival times.>>
<<Q:Medical passengers who drove themselves, against advice, went down from about two in five to fewer
than one in ten.>>

The practice booked 412 medical passengers in the two years.
"""),
        ("stakeholders", "How people were involved", """
<<P:I asked at the surgery and through the community council's newsletter for people who had made the
crossing while unwell, and eleven islanders came to a meeting in the village hall and described the
journey to me, including three who had driven themselves off the boat while in a great deal of pain
because there was no other way.>> <<P:They were clear that they did not want to be singled out in
front of other passengers, which is why medical passengers are seated in the forward lounge rather
than announced or given a wristband.>> <<P:The young woman who collapsed in 2022 and her mother read the
card we now give to every medical passenger and suggested adding what to do if you start to feel worse,
which is now the first thing on it.>> <<P:A group of island mothers also asked that children going
across should always be met by car, and the council agreed.>>

All the ferry's deck crews were briefed on the arrangement, and the deck crew on each sailing have
completed an additional first aid course paid for by the council. I wrote the protocol myself,
using a template from another island practice, and the ferry company formally
agreed it. The ambulance control room was sent a copy and the practice's direct number. I intend to hold a
debrief with the ferry masters and the ambulance service next year to see what we can do better.
"""),
        ("value", "Value", """
The arrangement costs very little. The ferry company gives priority boarding free of charge. The
council's community transport cars cost about £35 a journey and are paid from its rural transport budget.
An ambulance taken off the island for a stable patient leaves 2,100 people without cover for half a day.
And every emergency avoided on the crossing is one the crew and the other passengers do not have to
face.

Islanders tell me they feel safer knowing someone is keeping an eye on them on the boat and that a car
will be waiting.
"""),
        ("spread", "Sharing the learning", """
I have shared the arrangement with the three other island practices served by the same ferry company,
and two are now using it. The council has written it into its rural transport plan. The ambulance
service is looking at it for the two other islands in its area.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I779  police officers taking stabbing victims straight to the major trauma
#       centre - docx - sections in an unusual order (results first) -
#       trauma consultant, direct - acute trust with the police and the
#       ambulance service - staff involved; a mother involved, told through
#       pronouns - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I779", format="docx", layout="reordered", topic="police_conveyance_penetrating_trauma",
    project="independent49-bluedoor-779", docx_font="Cambria",
    title="The Blue Door: when police officers bring stabbing victims straight to the major trauma centre",
    cover=[
        "Kingsferry University Hospitals NHS Foundation Trust, Major Trauma Centre",
        "With Kingsferry Metropolitan Police and Capital Vale Ambulance Service NHS Trust",
        "Entry by a consultant in emergency medicine and the major trauma centre's trauma lead nurse",
    ],
    primary_entrant=dict(name="Kingsferry University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Kingsferry Metropolitan Police", type="emergency_service"),
        dict(name="Capital Vale Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("evidence", "Results", """
<<Q:Patients with stab or gunshot wounds brought to us by police officers without any warning fell from
44 of 61 in 2021 to 6 of 72 in 2023/24.>> <<Q:Patients with penetrating injuries taken by police to a
hospital that could not treat major trauma, and then transferred on to us, went down from 14 to 3.>>
<<Q:The median time from arrival to the operating theatre for police-conveyed patients who needed
surgery for bleeding fell from 58 minutes to 31 minutes, because the trauma team is waiting at the door.>>

In 2023/24, 72 patients with penetrating injuries were brought to us by the police. Officers applied a
tourniquet or a wound-packing dressing before arrival in 23 of them.
"""),
        ("context", "Why this matters", """
Kingsferry has one of the highest rates of knife crime outside London. Most people who are stabbed
reach us by ambulance, but when ambulances are delayed, and in the middle of a busy Friday night they
often are, police officers at the scene have to decide whether to wait or to put the injured person in
the back of a police car and drive. Sometimes that is the right decision. For a young man bleeding from
a wound in the chest, ten minutes can be the difference between life and death.

The trouble was that until 2022 there was no agreement about how this should happen. Officers drove to
the nearest hospital, which was not always us, or to the main entrance rather than the emergency
department, or arrived at the ambulance bay unannounced with a patient in cardiac arrest. Nobody in the
hospital knew they were coming. Nobody in the ambulance service knew the patient had gone. The officers
had no training in controlling bleeding and carried nothing to do it with. Afterwards, they had nobody
to talk to about what they had seen.

The Blue Door pathway does four things. Officers who decide to take a patient with a penetrating injury
themselves ring the ambulance service's clinical desk on a dedicated number, which confirms the
destination and sends a pre-alert to our trauma team. They drive to a blue-painted door at the side of
the emergency department, which opens directly into the resuscitation area and is kept clear. Response
cars carry tourniquets and haemostatic dressings, and officers are trained to use them. And every
officer involved is offered a debrief with the trauma team within a week.
"""),
        ("stakeholders", "Who was involved", """
<<S:Response officers and sergeants from the two busiest policing areas worked with our emergency
nurses and the ambulance service's clinical desk to write the pathway, and it was the officers who
asked for a single number to ring from the car, because they could not be expected to remember which
hospital did what.>> <<S:Our porters and security staff chose the side door, which was then a fire exit,
and suggested painting it blue so that officers who had never been to the hospital could find it.>>
<<S:The ambulance service's clinical desk paramedics changed their call script after a test run in
which the pre-alert reached the wrong team.>>

<<P:We met the mother of a seventeen-year-old who survived a stab wound to the chest in 2021 after
being driven to us by two officers who had no warning to give.>> <<P:She told us that the worst part for
her had been arriving at the hospital an hour later and nobody knowing where her son was, because he had
not come by ambulance, so the pathway now includes a message to our family liaison team.>> <<P:She also
asked that officers be told how he was doing, which is how the debriefs started.>>
"""),
        ("spread", "Sharing the learning", """
The police have made the tourniquets and training standard in all response cars across the force.
Two other major trauma centres have visited to see the pathway, and the national trauma network
has asked us to write it up. We have presented it at the regional violence reduction unit's annual
conference.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I780  linking repeat calls to NHS 111 and 999 - pdf - bullet lists - head
#       of clinical safety at an ambulance service, list-minded - teams of
#       one ambulance service (NHS 111, the emergency operations centre,
#       clinical safety), NO partner (ineligible) - staff involved - NO
#       patient involvement (a negation, callers sent a text, a patient panel
#       given an update, a hope)
# ---------------------------------------------------------------------------
entry(
    id="I780", format="pdf", layout="bullet_lists", topic="repeat_111_999_calls_linked",
    project="independent49-twodoors-780", pdf_font="LiberationSans", pdf_align="L",
    title="Two Doors, One Patient: linking repeat calls to NHS 111 and 999 within 24 hours",
    cover=[
        "Northmoor Ambulance Service NHS Trust",
        "A joint project of the trust's NHS 111 Integrated Urgent Care Service, Emergency Operations Centre and Clinical Safety Team",
        "Submitted by the Head of Clinical Safety",
    ],
    primary_entrant=dict(name="Northmoor Ambulance Service NHS Trust", type="emergency_service"),
    partners=[],
    sections=[
        ("context", "Why we needed to change", """
Northmoor Ambulance Service runs both NHS 111 and the 999 service for a population of 2.9 million. The
two services sit in the same buildings but until 2023 used separate computer systems.

What we found:

- about 6% of people who called 999 had called NHS 111 in the previous 24 hours, and about 4% of 111 callers had called 999 in that time

- a 999 call handler had no way of knowing that the caller had already been assessed by 111, or what they had been told

- a 111 clinician calling back a patient could not see that an ambulance crew had been out and left them at home that morning

- our serious incident reviews in 2022 included five cases where the second call was handled as if it were the first: a child with sepsis, a woman with diabetic ketoacidosis, two older people with a bleed on blood thinners and a man with a slowly evolving stroke

- in each case the pattern of repeat calls was itself the warning sign, and nobody saw it
"""),
        ("evidence", "What has improved", """
Since June 2023:

- a linking tool matches every incoming 999 and 111 call against calls from the same number or patient in the previous 24 hours

- a matched call shows a red 'repeat contact' banner with a summary of the earlier call and its outcome

- every repeat contact is reviewed by a clinician in the clinical hub before it is closed, whichever service it came in to

We compared 2022 with 2024:

- <<Q:repeat contacts reviewed by a clinician rose from 22% to 91%>>

- <<Q:serious incidents involving a repeat contact within 24 hours fell from 19 to 5>>

- <<Q:repeat contacts where the second call was given a lower priority than the first went down from 1,930 to 410>>

- the tool linked 48,600 calls in 2024
"""),
        ("stakeholders", "Who was involved", """
- <<S:999 call handlers and NHS 111 health advisers tested the banner in the training suite for a month and asked for it to be red and at the top of the screen, not in a side panel where it was first placed>>

- <<S:clinical hub paramedics and nurses wrote the rules for which repeat contacts need a clinician to review them and which can be closed by a call handler>>

- <<S:the information technology team and EOC dispatchers agreed to match on the patient's NHS number as well as the phone number, after dispatchers pointed out that many older people call from a neighbour's phone>>

- we did not involve patients directly in this project, as it was about our internal systems

- callers whose repeat contact is reviewed are sent a text message explaining that a clinician has looked at their calls

- the trust's patient panel was given an update on the project at its meeting in March 2024

- we hope to work with patients on how we explain the process in future
"""),
        ("value", "Value", """
- the linking tool was built by our own IT team at a cost of about £60,000

- one serious incident investigation costs around £12,000 in staff time alone

- clinicians say they no longer feel they are working blind when someone calls back
"""),
        ("spread", "Spread", """
- we have shared the matching rules with the national ambulance clinical safety group

- two other ambulance services have asked for the specification
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I781  pregnant callers to NHS 111 put through to maternity triage - docx -
#       style headings - university midwifery academic, measured - a
#       university lead with the ambulance service (NHS 111), the hospital
#       trust's maternity service and the maternity voices partnership -
#       women who had used the service and staff involved - a subtle claim in
#       words ('about a third fewer') - no flags
# ---------------------------------------------------------------------------
entry(
    id="I781", format="docx", layout="style_headings", topic="nhs111_pregnant_callers_maternity_triage",
    project="independent49-straighttomidwife-781", docx_font="Calibri",
    title="Straight to the Midwife: pregnant callers to NHS 111 put through directly to maternity triage",
    cover=[
        "Lead entrant: University of Hartsmoor, Centre for Maternal and Urgent Care Research",
        "Partners: Midland Plains Ambulance Service NHS Trust (NHS 111); Hartsmoor and Dene Hospitals NHS Trust (Maternity Services); Hartsmoor Maternity Voices Partnership",
        "Submitted by a Professor of Midwifery, University of Hartsmoor",
    ],
    primary_entrant=dict(name="University of Hartsmoor", type="university"),
    partners=[
        dict(name="Midland Plains Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Hartsmoor and Dene Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Hartsmoor Maternity Voices Partnership", type="patient_group"),
    ],
    sections=[
        ("context", "Background", """
Women who are pregnant are told to ring their maternity unit's triage line if they are worried, for
example about bleeding, pain, reduced movements of the baby, headaches or leaking fluid. Many do not.
Some do not have the number to hand, some are not sure whether their worry is about the pregnancy,
some are visitors to the area, and some, late at night, simply ring NHS 111 because it is the number
everybody knows.

NHS 111 health advisers are not midwives. In Hartsmoor in 2021 a pregnant caller was assessed using the
same general pathways as anyone else, and the usual outcomes were advice to contact their midwife or
GP, to attend an emergency department, or, for some symptoms, an ambulance. Women with reduced fetal
movements were sometimes told to ring their maternity unit in the morning. Women with bleeding in
later pregnancy were sent to the emergency department, which then had to send them on to the maternity
unit, sometimes in a different town. A local review of stillbirths between 2019 and 2021 found three
cases in which the mother had rung NHS 111 in the days before, and in two of them the delay before she
spoke to a midwife was judged to have made a difference.

Our research centre had been asked by the local maternity and neonatal system to look at how pregnant
women use urgent care. We found that about 2,300 pregnant women a year in the area were calling NHS
111, and that the call and the maternity unit were, in effect, two separate worlds. The idea for this
project came out of that study. We approached the ambulance service, which runs NHS 111, and the
hospital trust's maternity service, and the maternity voices partnership, which represents women who
use the local maternity services, and proposed that we work on it together, with the university
leading the design and evaluation.

We did not underestimate the difficulty. NHS 111 and maternity services are commissioned separately,
record calls on different systems and have different ideas of what urgent means. A health adviser has
a few minutes and a computer pathway; a triage midwife has a clinical conversation that may last twenty
minutes. Maternity triage lines were themselves busy, and the midwives were worried that they would be
overwhelmed by calls that did not need them. Any new pathway had to work for both sides at three in the
morning as well as three in the afternoon.
"""),
        ("evidence", "Results", """
Since February 2023, any caller to NHS 111 who says she is pregnant and is more than 16 weeks, or who has
bleeding or pain at any stage of pregnancy, is asked three short questions and then transferred by a
warm handover directly to the maternity triage line, where a midwife takes the call. If the midwife line
is busy, the health adviser books a call-back within 15 minutes, and the midwife can see the 111 record.
Women with signs of a life-threatening emergency still get an ambulance straight away.

We evaluated the pathway using NHS 111 call records and the maternity triage log, comparing the calendar
year 2022 with 2024.

<<Q:Among women who rang NHS 111 about reduced fetal movements, about a third fewer were still waiting to
speak to a midwife two hours after their call in 2024 than in 2022.>> <<Q:Pregnant callers sent to an
emergency department rather than to maternity care fell from 412 to 96.>> <<Q:The median time from a
pregnant woman's call to NHS 111 to her first conversation with a midwife fell from 3 hours 10 minutes to
22 minutes.>>

In 2024, 2,140 pregnant callers were transferred to the triage line. The midwives advised 61% of them to
come in to be seen.
"""),
        ("stakeholders", "Involvement of women and staff", """
<<P:Members of the maternity voices partnership recruited eighteen women who had called NHS 111 while
pregnant to take part in interviews and two workshops with us.>> <<P:The service users were clear that
being asked the same questions twice, first by 111 and then by the midwife, felt like not being
believed, so the midwife now sees the 111 record and starts from it.>> <<P:Two of the women, both of
whom had called about reduced movements late at night, wrote the short script the health advisers use
to explain the transfer.>>

<<S:NHS 111 health advisers and clinical supervisors took part in four design sessions and chose the
three questions, after rejecting a longer set we had drawn up from the literature as too slow for a
live call.>> <<S:Triage midwives at both maternity units tested the warm handover for six weeks and asked
for the call-back promise to be reduced from 30 minutes to 15.>> <<S:The hospital's maternity safety
champions reviewed every case where a transferred caller was later admitted for the first six months,
and their review led to bleeding at any stage being added to the criteria.>>
"""),
        ("value", "Value", """
The pathway uses existing midwife and health adviser time. The university's part was funded by a
research grant of £148,000 over three years, which also paid for the evaluation. Sending fewer
pregnant women to emergency departments saves an unnecessary journey and a wasted assessment. The
greatest value is in the cases we hope never to see again: a baby's life lost for want of a midwife's
call.

Midwives tell us the warm handovers are better than the old calls, because the woman has already been
told why she is being transferred. Health advisers say they are relieved not to have to make decisions
about pregnancy they were never trained for.

For the university, the project has also changed how we teach. Student midwives now spend a shift
listening to calls on the triage line, and our urgent care students hear from NHS 111 health advisers
about the decisions they face on a night shift.
"""),
        ("spread", "Spread", """
The ambulance service has agreed to offer the pathway to the other three maternity units in its area
during 2025. The evaluation has been accepted for publication, and we have presented it at a national
midwifery conference and to the national NHS 111 clinical governance group.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I782  standard emergency bags for remote and island GP practices - pdf -
#       with appendix - PRIVATE medical supplies company as primary entrant,
#       with a rural primary care network and the ambulance service
#       (ineligible) - company clinical director, a former paramedic, a
#       little salesy - practice staff, paramedic educators and a patient
#       involved
# ---------------------------------------------------------------------------
entry(
    id="I782", format="pdf", layout="with_appendix", topic="remote_practice_emergency_bags",
    project="independent49-grabandgo-782", pdf_font="LiberationSerif", pdf_align="L",
    title="Grab and Go: one standard emergency bag for every remote and island GP practice",
    cover=[
        "Primary entrant: Remote Ready Medical Supplies Ltd",
        "In partnership with Highmoor and Isles Primary Care Network (nine rural and island GP practices) and Northern Firth Ambulance Service NHS Trust (Clinical Education)",
        "Contact: Clinical Director, Remote Ready Medical Supplies Ltd",
    ],
    primary_entrant=dict(name="Remote Ready Medical Supplies Ltd", type="private"),
    partners=[
        dict(name="Highmoor and Isles Primary Care Network", type="primary_care"),
        dict(name="Northern Firth Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "The problem", """
In a town, a GP practice that has a patient collapse in the waiting room can expect an ambulance within
minutes. In the practices of the Highmoor and Isles Primary Care Network it may be 45 minutes or more,
and on the two islands it can be longer. Practice staff there are, in effect, the emergency service
until help arrives. Every practice is required to keep emergency drugs and equipment, but how they did
it was entirely up to them.

When we were asked to review the nine practices' emergency equipment in 2022, we found nine different
bags, boxes and trolleys, stored in different places, with different contents. Some had drugs that had
expired two years earlier. One had an adrenaline pen but no needles for the ampoules in the same box.
Two had a defibrillator whose pads had perished. Staff who worked across more than one practice did not
know where anything was, and many told us they had never opened the bag outside an annual check.

Earlier that year, a patient had a severe allergic reaction after a vaccination at one of the island
practices. The nurse found that the adrenaline in the anaphylaxis box had expired, and had to run to a
second room for another pack. The patient recovered. But it showed everyone what could happen.
"""),
        ("evidence", "Results", """
Since January 2023 every practice has the same Grab and Go bag, in the same colour, kept in the same
place by reception, with the contents laid out in the same order in numbered pouches. Our technicians
visit each practice monthly (the island practices every six weeks, to fit with the ferry), check every
item against a tablet app and replace anything expiring in the next two months. The ambulance service's
clinical educators run a short emergency scenario in each practice every quarter using the bag.

<<Q:Expired or missing items found at the monthly check fell from an average of 14 per practice at the
first check in January 2023 to fewer than one per practice throughout 2024.>> <<Q:In the quarterly
scenarios, the time from the start of a simulated anaphylaxis to the first dose of adrenaline fell from
an average of 6 minutes 40 seconds in the first round to 2 minutes 10 seconds by the end of 2024.>>

Practices used the bag for real 37 times in 2024, including 4 cardiac arrests and 6 cases of
anaphylaxis.
"""),
        ("stakeholders", "Who was involved", """
<<S:Practice nurses and healthcare assistants from all nine practices came to two workshops with our
team and laid out trial contents on a table, and it was their decision to put the pouches in the order
they would be needed, starting with airway and oxygen, rather than in the alphabetical order we had
proposed.>> <<S:The ambulance service's clinical educators asked for the bag to include the same
defibrillator model that its crews carry, so that a crew arriving could take over without changing
pads.>> <<S:Reception staff at the island practices pointed out that the bag needed to be light enough to
carry up the stairs to the first-floor consulting rooms, and a wheeled version was made for them.>>

<<P:The patient who had the allergic reaction in 2022 met the practice team and our clinical director,
and at her suggestion a laminated card with the anaphylaxis steps in large print is now fixed to the
outside of the bag.>>
"""),
        ("value", "Value", """
The service costs each practice about £1,100 a year, paid from the primary care network's budget, which
is less than several of them were spending on buying and throwing away out-of-date stock. The quarterly
scenarios are provided by the ambulance service at no charge. Staff tell us they are far more confident,
and locums say they can find everything immediately, whichever practice they are in.
"""),
        ("spread", "Spread", """
We now supply the same bag to 31 practices in three regions, and the ambulance service has recommended
it to the other rural primary care networks in its area. We would be happy to share the contents list
with any practice.
"""),
    ],
    trailer=[
        ("heading", "Appendix: contents of the Grab and Go bag and data sources"),
        ("para", "Pouch 1 airway and oxygen; pouch 2 breathing (bag-valve-mask, pocket mask); pouch 3 circulation (defibrillator pads, cannulas); pouch 4 anaphylaxis (adrenaline 1 in 1,000 ampoules and auto-injectors, needles and syringes, steroid and antihistamine); pouch 5 seizures and hypoglycaemia (buccal midazolam, glucagon, glucose gel); pouch 6 chest pain (aspirin, glyceryl trinitrate spray); pouch 7 paediatric equipment."),
        ("para", "Check figures are from the Remote Ready tablet app. Scenario timings were recorded by the ambulance service's clinical educators. Real-life use is reported by practices on a one-page form after each use."),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I783  helping ambulances find remote farms and holiday lets - docx - form
#       table - council emergency planning officer, matter-of-fact - district
#       council with the ambulance service, the fire and rescue service and a
#       rural community charity - staff involved - NO patient involvement
#       (farmers sent plates with a letter, holiday let owners told, charity
#       members updated at an AGM, residents as beneficiaries, a plan) - NO
#       quantitative evidence in the evidence section (plates, corrections,
#       a budget, a target); a measured change is told only in the value
#       section
# ---------------------------------------------------------------------------
entry(
    id="I783", format="docx", layout="form_table", topic="rural_address_location_finding",
    project="independent49-findusfast-783", docx_font="Arial",
    title="Find Us Fast: helping ambulances find remote farms, holiday lets and hamlets",
    cover_table=[
        ("Name of project", "Find Us Fast: helping ambulances find remote farms, holiday lets and hamlets"),
        ("Lead organisation", "Harrowdale District Council (Emergency Planning and Street Naming and Numbering)"),
        ("Partner organisations", "Pennine Moors Ambulance Service NHS Trust; Harrowdale and Fell Fire and Rescue Service; Harrowdale Rural Action (rural community charity)"),
        ("Person completing this form", "Emergency Planning and Resilience Officer"),
    ],
    primary_entrant=dict(name="Harrowdale District Council", type="local_authority"),
    partners=[
        dict(name="Pennine Moors Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Harrowdale and Fell Fire and Rescue Service", type="emergency_service"),
        dict(name="Harrowdale Rural Action", type="charity"),
    ],
    sections=[
        ("context", "Please describe the patient safety issue and why a partnership approach was needed", """
Harrowdale is the most sparsely populated district in the county. Many homes are farms and cottages at
the end of long tracks, in hamlets with no street names, or have a postcode that covers several square
miles. We also have around 900 holiday lets, many of them converted barns, where the people staying do
not know the address and have no idea where they are when they ring 999.

Ambulance and fire crews regularly lose time finding these places. Satellite navigation takes them to
the middle of the postcode, which may be a field or the wrong side of a river. In August 2022 an
ambulance responding to a farmer with a crush injury from a gate spent 40 minutes on the wrong side of
the valley, and in the same summer a family in a holiday cottage whose child was having a seizure could
only tell the call handler that they were 'near a church and a red phone box'.

The council is responsible for naming and numbering streets and holds the local address gazetteer,
which feeds national address data. The gazetteer for rural Harrowdale had many gaps and errors, and
nobody had ever asked the emergency services which addresses they struggled to find.
"""),
        ("evidence", "What evidence is there of improvement?", """
Find Us Fast started in April 2023. The ambulance and fire services now send the council a monthly list
of incidents where crews had difficulty finding an address, and the council's street naming team
corrects the gazetteer and the location of the property on the map within a month. Every property at
the end of a track has been offered a free 'Find Us' plate for the farm gate or road end, showing the
property name, a grid reference and a three-word location. Holiday let owners must now display a
location card by the phone as a condition of their licence, and the council's licensing officers check
this on inspection.

So far 2,310 plates have been issued and 1,140 gazetteer records corrected. 640 holiday lets have a
location card. Our target is that every licensed holiday let will have one by the end of 2025. The
project has cost £38,500, mostly for the plates and the officer time. The ambulance service has not
yet been able to provide figures for the time crews spend finding addresses, because its new dispatch
system was introduced part-way through the project.
"""),
        ("stakeholders", "How were patients, service users and staff involved?", """
<<S:Ambulance dispatchers and fire control operators worked with our street naming officers to go
through two years of difficult-to-find incidents, and it was the fire control operators who suggested
the monthly list.>> <<S:Fire crews from the three on-call stations in the upper dale tested the first
design of the plate at night and asked for reflective lettering and a larger grid reference.>>
<<S:The council's licensing officers rewrote the holiday let licence condition after trying the location
card in a dozen cottages.>>

Farmers and rural residents were sent their plates with a letter explaining how to put them up.
Holiday let owners were told about the new licence condition by email. Harrowdale Rural Action's
members were updated on the project at the charity's annual general meeting. The people who will
benefit most are those who live and holiday in the remotest parts of the district. We plan to ask
residents for feedback on the plates next year.
"""),
        ("value", "What has been the impact on patient and staff experience, and value for money?", """
The plates cost about £9 each, and the gazetteer work is part of the council's statutory duties. Every
minute saved in reaching someone with a cardiac arrest, a stroke or a serious injury matters. <<Q:The
fire service tells us that crews reporting difficulty finding an address in Harrowdale have dropped from
about 30 a year before the project to 8 in 2024.>> Crews say the plates are easy to spot in headlights.
"""),
        ("spread", "How has the work been shared?", """
The two neighbouring rural districts have asked for the plate design and the monthly list process. The
ambulance service is offering the monthly list to every council in its area, and we have presented the
project to the county's local resilience forum.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I784  people in crisis on clifftops - pdf - numbered questions - short -
#       mental health trust crisis service manager, plain - mental health
#       trust with the Maritime and Coastguard Agency, the police and a
#       clifftop volunteer charity - people with lived experience involved -
#       NO evidence section and no measured change anywhere in the entry -
#       NO staff involvement (coastguard officers and police trained, a
#       survey that changed nothing, a manager co-ordinating, volunteers
#       only patrolling)
# ---------------------------------------------------------------------------
entry(
    id="I784", format="pdf", layout="numbered_questions", topic="clifftop_mental_health_crisis",
    project="independent49-safeattheedge-784", pdf_font="DejaVuSans", pdf_align="L",
    title="Safe at the Edge: a joined-up response to people in crisis on the Marrowby cliffs",
    cover=[
        "Coastal Downs Partnership NHS Foundation Trust (Crisis and Home Treatment Service)",
        "Partners: Maritime and Coastguard Agency (HM Coastguard); Eastreach Police; Marrowby Head Chaplaincy Trust (charity)",
        "Contact: Service Manager, Crisis and Home Treatment",
    ],
    primary_entrant=dict(name="Coastal Downs Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Maritime and Coastguard Agency", type="public_other"),
        dict(name="Eastreach Police", type="emergency_service"),
        dict(name="Marrowby Head Chaplaincy Trust", type="charity"),
    ],
    sections=[
        ("context", "1. What was the problem?", """
The chalk cliffs at Marrowby Head are a beauty spot, and sadly also a place where people come when they
are thinking of ending their lives. The coastguard rescue team, the police and the chaplaincy's
volunteer patrols are called there several times a week. Until 2023, each of them responded in its own
way. A person talked away from the edge by the police might be taken to a place of safety under the
Mental Health Act, or might simply be driven home, and our crisis team often heard nothing about it. A
person found by the chaplaincy volunteers might be sat with for hours with no way of reaching a mental
health professional. Several people who were brought back from the cliffs returned within days.

Safe at the Edge gives everyone who responds on the headland a direct phone line to a crisis team
clinician, day and night, who can give advice on the spot, arrange a same-day assessment and make sure
the person is followed up within 24 hours, whatever route they leave the headland by.

The partnership grew out of an inquest into two deaths at the headland in the autumn of
2022, both of people who had been brought back from the edge earlier that year. The coroner found that
each service had done what it was supposed to do, and that nobody had been responsible for what
happened next.
"""),
        ("stakeholders", "2. Who was involved, and how?", """
<<P:We worked with five people who had been brought back from the cliffs, through the trust's lived
experience network, who met with us over the winter of 2022 and told us that what they most remembered
was being asked the same questions by three different people in a cold car park.>> <<P:Because of what
they said, the first person to reach someone now asks whether they would like a named clinician to speak
to them by phone straight away, and the handover between services is done by phone, out of the person's
hearing.>> <<P:One of the group, a woman who had been taken home by the police in 2021 and returned to
the headland two days later, asked that nobody is left alone on their first night, and the follow-up
call within 24 hours came from her.>>

All the coastguard rescue officers and response police officers who cover the headland were trained by
our crisis team in a half-day session. The chaplaincy volunteers continue their patrols and now carry
the direct line number. We sent an online survey to the police officers after the training and the
responses were positive, so the session was not changed. The project is co-ordinated by our crisis and
home treatment service manager.
"""),
        ("value", "3. What difference has it made, and is it value for money?", """
The direct line is answered by the existing crisis team, so the main cost has been the training. People
who have used the line tell us that hearing a clinician's voice on the clifftop made them feel taken
seriously. Officers say they no longer feel they are making decisions about someone's mental health on
their own. The chaplaincy's volunteers say that knowing they can hand over to a clinician within minutes
has made the long nights on the headland less lonely for them too.
"""),
        ("spread", "4. How has the work been shared?", """
HM Coastguard has shared the direct line arrangement with the other coastguard teams along our coast,
and the neighbouring mental health trust is setting up the same line for two headlands in its area. We
have presented the work at the regional suicide prevention network.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)
