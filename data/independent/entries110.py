"""One-hundred-and-tenth independent evaluation set (I1745..I1760) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing ambulance services, councils' leisure
and environmental health teams, leisure trusts, lifesaving and sports charities, event
medical providers, universities, GP federations, primary care networks and integrated
care boards send in, in their own voices and at their own length.  The theme of this set
is sport, leisure, events and workplaces: community defibrillators and cardiac arrest at
sports grounds, concussion in grassroots sport, lifeguards and open-water swimming,
festivals and large events medical cover, gyms and workplace health.

Topics: defibrillators locked away or missing at grassroots football and cricket grounds
(an ambulance service, own headings, pdf), concussion in girls' and women's netball and
football (a GP federation, bold headings with a cover table, docx), cold water shock and
drowning at a flooded quarry lake used for open-water swimming (a council leisure and
parks service, numbered questions with cover bullets, docx), heat illness and handover to
hospital at a summer music festival (a private event medical company as primary entrant,
lists, pdf), sleep apnoea and fatigue in bus drivers (an acute trust sleep service, CAPS
headings, pdf), steroid and performance-enhancing drug use among gym members (a drug and
alcohol charity, no headings, docx), cardiac arrest response in a university sports
centre (departments of one university, no partner, style headings, docx), tombstoning
and spinal injuries at a harbour with beach lifeguards (an integrated care board, two
columns, pdf), medical plans for stadium concerts through a safety advisory group (a
council, sections in an unusual order, no value section, docx), members collapsing in
unstaffed 24-hour gyms (a private gym chain as primary entrant, a form, docx), heat
stress in fruit pickers and warehouse workers (a council environmental health team, a pdf
made from Word), concussion in amateur boxing and martial arts clubs (a university, a
form with a cover table, pdf), children getting into difficulty in school swimming
lessons (a leisure trust, rubric headings, docx), cardiac arrest at mass participation
running events (an acute trust cardiology service, with appendix, pdf), a welfare hub for
the Christmas market and New Year's Eve in a city centre (an integrated care board, lists,
docx) and occupational asthma in small bakeries (a primary care network, numbered
questions, short, no evidence section, pdf).

Build it with

    .venv/bin/python data/independent/build.py --set 110   (writes data/corpus/independent110/)

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
  * not Q: dates, financial years, ground/club/pitch/event counts, headcounts, numbers
    trained, activity counts (call-outs, patients seen, kits, checks, referrals, people
    screened), single figures with no baseline, a zero with no earlier figure, figures
    that did not change, budgets, costs and savings estimates, phone numbers, postcodes,
    reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including 'halved', 'a third fewer' and a sustained shift on an SPC chart with the
    levels before and after); no_quantitative_evidence looks only at the evidence
    section (or the whole entry when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, unusual names for the people concerned such as
    'dippers', 'pickers' or 'regulars', list items), wherever in the entry it is told;
    a person with lived experience employed by a partner (for example a driver who has
    the condition and helped design the service) is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, emails or
    leaflets, plans and intentions, negations, unnamed 'stakeholders', organisations
    agreeing or funding, a single named lead doing their job, audiences at launches and
    meetings that were only updated, surveys and questionnaires after which nothing
    changed, people screened or who filled in health questionnaires.

Organisation types follow the earlier sets (ambulance and fire and rescue services are
emergency_service; GP federations and primary care networks are primary_care; sports,
lifesaving, drug and alcohol and migrant workers' charities and leisure trusts are
charity; a university is university; gym chains, event medical companies, bus operators
and water companies are private).  A department or team of the entrant's own
organisation is not a partner.  Flags are written by hand and build.py cross-checks them
against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1745  defibrillators at grassroots football and cricket grounds - pdf - own
#        headings - ambulance service community resuscitation manager,
#        practical - ambulance service with a sports partnership charity, a
#        heart charity and the county council - survivors, families and staff
#        involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1745", format="pdf", layout="own_headings", topic="grassroots_sports_ground_defibrillators",
    project="independent110-everypitchready-1745", pdf_font="LiberationSans", pdf_align="L",
    title="Every Pitch Ready: defibrillators that can be reached in time at grassroots football and cricket grounds",
    cover=[
        "Lead organisation: Greywell and Lune Ambulance Service NHS Trust (Community Resuscitation Team)",
        "Partners: Lunedale Sports Partnership (charity); Heartbeat Lunedale (charity); Lunedale County Council (Parks and Open Spaces)",
        "Entry written by the Community Resuscitation Manager",
    ],
    primary_entrant=dict(name="Greywell and Lune Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Lunedale Sports Partnership", type="charity"),
        dict(name="Heartbeat Lunedale", type="charity"),
        dict(name="Lunedale County Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why we started", """
On a wet Sunday morning in October 2021 a 47-year-old man collapsed on the touchline of a council
football pitch in Lunedale while watching his son play. Two parents started CPR straight away. Somebody
remembered that the clubhouse had a defibrillator, but the clubhouse was locked, the key holder was at an
away game and the defibrillator was inside a kitchen cupboard. Our crew arrived eleven minutes after the
999 call. He did not survive.

When we looked into it, we found that this was not unusual. Across the county there are around 420
grounds where organised football, cricket, rugby and hockey are played at grassroots level, most of them
run by volunteers or by the council's parks team. Many had bought or been given a defibrillator through
a fundraising drive or a national scheme. But a large number were kept indoors, in a changing room or
bar, and could only be reached when someone with a key was there. Many had never been registered on the
national defibrillator network, so when someone rang 999 our call handlers had no idea a device was 200
metres away. Some had pads that had expired years before, and a few had batteries that were flat.

Cardiac arrest at sports grounds is not common, but when it happens there is usually a crowd of people
who could help, and the difference between a shock in three minutes and a shock in twelve is the
difference between life and death. We could not fix this on our own. We do not own the grounds, we do not
run the clubs, and we had no way of reaching hundreds of volunteer committees. The Lunedale Sports
Partnership already had a contact at every affiliated club, the council owned a third of the pitches,
and Heartbeat Lunedale had been raising money for community defibrillators for ten years.

Our aim was simple: every ground where organised sport is played should have a working defibrillator,
in a cabinet that can be opened at any time, registered so that our call handlers can send a bystander
to it, and with people at every match who know where it is.
"""),
        ("evidence", "What has changed", """
Between April 2022 and March 2024 the partnership visited every one of the 420 grounds. Heartbeat
Lunedale and the council paid for 164 outdoor heated cabinets with a code lock, and 58 new devices went
to grounds that had none. The sports partnership asked each club to name a 'pitch-side heart lead' for
every home fixture, and 1,300 players, coaches and parents have been on a 40-minute CPR and
defibrillator session run by our community responders.

<<Q:The proportion of grounds with a defibrillator that could be reached at any time went up from 31% in
our first survey in spring 2022 to 94% in March 2024.>> <<Q:Devices registered on the national network
rose from 97 to 389 over the same period.>> <<Q:Devices found with expired pads or a flat battery at our
annual check fell from 1 in 4 to 1 in 25.>>

Most importantly, we have looked at every cardiac arrest at a sports ground in the county that our crews
attended. <<Q:In the two years before the project a defibrillator was used before our crew arrived in 2
of 17 arrests at sports grounds; in the two years since it has been used in 12 of 19.>> <<Q:The number
of those patients who survived to leave hospital went from 3 to 9.>> These are small numbers and we are
careful not to claim too much, but every one of those nine people went home to their family.
"""),
        ("stakeholders", "Who helped shape it", """
<<P:Two survivors of cardiac arrest at sports grounds, a veterans' football player and a cricket umpire,
joined our steering group, and it was the umpire who insisted the cabinets should be on the outside wall
facing the pitch, not the car park, because that is where people would look.>> <<P:The widow of the man
who died in 2021 gave us permission to use his story and helped us write the letter that went to every
club secretary, and she asked us to include a line telling clubs it is never too late to check their
device.>>

<<S:Our emergency operations centre call handlers told us that bystanders often could not say where
they were on a big playing field, so together with the council's parks team they gave every pitch a
name and a number that now appears on the cabinet and on our system.>> <<S:Community first responders
who run the CPR sessions changed the course after the first month, cutting the theory down and adding
practice with a device that talks, because players said they learned more from doing it.>> <<S:The
council's grounds maintenance staff pointed out that cabinets on metal containers were being damaged by
mowers and suggested the height and position now used at every council site.>>
"""),
        ("value", "Value for money", """
An outdoor cabinet with a code lock costs about £450 fitted, and a new defibrillator about £1,100. The
whole programme has cost around £250,000 over two years, most of it raised by Heartbeat Lunedale from
local businesses and clubs. The ambulance service's contribution has been staff time from the community
resuscitation team. Each survivor of an out-of-hospital cardiac arrest who goes home neurologically well
avoids a long stay in intensive care, and each death avoided is beyond price for a family.

Clubs have told us they feel proud to be part of it. Several have started opening their cabinets to the
wider community and have put the code on their noticeboards.
"""),
        ("spread", "Sharing what we learned", """
The pitch naming idea has been adopted by the neighbouring ambulance service for its own parks. The
national governing bodies' regional officers for football and cricket have shared our ground checklist
with their clubs in three other counties, and the sports partnership has added the defibrillator check to
its annual club health check. We have presented the work at the national community resuscitation
conference and the council has written it into its playing pitch strategy, so that any new pavilion must
have an outdoor cabinet.

The lesson we would pass on is that buying defibrillators is the easy part. Knowing where they are,
keeping them working and making sure someone can open the box on a Sunday morning is what saves lives.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1746  concussion in girls' and women's netball and football - docx - bold
#        headings with a cover table - GP federation clinical lead, informal -
#        GP federation with a netball league and the acute trust's emergency
#        department - staff involved - NO patient involvement (players and
#        parents sent cards, a survey that changed nothing, a plan, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1746", format="docx", layout="bold_headings", topic="concussion_womens_netball_football",
    project="independent110-sitthemout-1746", docx_font="Calibri",
    title="If in Doubt, Sit Them Out: concussion in girls' and women's grassroots netball and football",
    cover_table=[
        ("Entry title", "If in Doubt, Sit Them Out: concussion in girls' and women's grassroots netball and football"),
        ("Lead organisation", "Kelsworth GP Federation"),
        ("Partners", "Kelsworth and District Netball League (charity); Kelsworth Hospitals NHS Trust (Emergency Department)"),
        ("Contact", "Dr Priya Ramanathan, GP and Clinical Lead for Musculoskeletal and Sports Medicine"),
    ],
    primary_entrant=dict(name="Kelsworth GP Federation", type="primary_care"),
    partners=[
        dict(name="Kelsworth and District Netball League", type="charity"),
        dict(name="Kelsworth Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we got involved", """
I am a GP and I play netball on Tuesday nights, which is how this started. In the 2021/22 season two
women in my own league were knocked to the ground in collisions under the post, got up, carried on, and
were back on court the next week. One of them came to see me three weeks later because she could not
concentrate at work and kept getting headaches in the afternoon. She had not connected it to the game at
all.

Women and girls are playing more team sport than ever, which is brilliant, but most of what has been
written about concussion in grassroots sport is about men's rugby and football. Research suggests women
may be more likely to be concussed in some sports and take longer to recover. In our area, girls' and
women's football has grown hugely since the European Championship, and the netball league now has more
than 2,000 registered players from age 10 upwards.

At the same time, GPs were seeing people after a head injury in sport with no clear idea what had
happened at the time, and the emergency department was sending people home with a head injury leaflet
that said nothing about when it was safe to play again. Nobody was telling players to see their GP
before going back, and if they did, GPs were not sure what to advise. Coaches, umpires and referees at
grassroots level are volunteers, and while the national guidance for grassroots sport is clear, very few
of them had read it.

We wanted three things: anyone with a suspected concussion in the league's matches or in women's and
girls' football at the federation's partner clubs taken off and not put back on the same day; a clear
route to a GP review; and a graduated return to play that people actually follow.
"""),
        ("evidence", "What difference it has made", """
Since September 2022 every umpire and referee in the netball league and at the eleven partner football
clubs carries a pocket card with the 'recognise and remove' signs. Any suspected concussion is written
on the match sheet. The league sends a weekly list of players who were removed to a shared inbox at the
federation, and our team sends the player a text offering an appointment with one of four GPs with a
sports medicine interest. The emergency department now gives every patient with a sports-related head
injury a return-to-play sheet with the GP route on it.

We compared the 2021/22 season, using the league's injury records and a look back through GP notes, with
the 2023/24 season. <<Q:Players who went back to match play within 14 days of a suspected concussion fell
from 41% to 9%.>> <<Q:The proportion of players removed from play who had a GP review within a week went
up from 12% to 71%.>> <<Q:Second head injuries in the same season, which were the thing we most worried
about, went from 7 to 1.>>

We also saw more people reporting concussion, which we think is a good sign. In 2023/24, 64 players were
removed from play with a suspected concussion, and 52 of them were seen by one of our GPs.
"""),
        ("stakeholders", "Who was involved", """
<<S:The emergency department's consultant nurses rewrote their head injury discharge advice with our
GPs over two meetings, and it was their idea to print the return-to-play steps on the back of the
existing sheet rather than add a new leaflet that would get lost.>> <<S:The league's paid development
officer tested the match sheet change with umpires at six venues and told us the first version had too
many boxes, so it was cut to one tick box and a space for the time.>> <<S:Practice receptionists at the
federation's hub suggested the text message wording after finding that players did not recognise the
federation's name and ignored the first messages.>> <<S:Two physiotherapists from our first contact
physiotherapy service agreed the graduated return steps with the GPs and now see anyone who is not back
to normal after three weeks.>>

Players and their parents were given the 'If in doubt, sit them out' card at the start of each season
and it is on the league website. We surveyed 140 players at the end of the first season; most said they
had heard of the campaign and the answers did not lead us to change anything. We did not consult players
when we designed the pathway, which we now regret. We plan to set up a players' panel, including girls
from the under-14 section, for the 2025/26 season.
"""),
        ("value", "Value", """
The pocket cards cost about £600 to print. GP appointments are part of the federation's existing
extended access service, so there has been no new cost. Each repeat head injury avoided is important in
itself, and a player who has a second concussion before recovering from the first can be off work or
school for weeks.

Umpires say they feel more confident making the call to take a player off, because they know there is
something after it.
"""),
        ("spread", "Spread", """
The county football association has asked us to share the pathway with all its women's and girls'
clubs, and two other GP federations in the region are looking at running the same inbox. The emergency
department's return-to-play sheet is now used at both of the trust's hospitals. We have written a short
article for the regional sports medicine newsletter and I have spoken about it at our local medical
committee.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1747  cold water shock and drowning at a flooded quarry lake - docx -
#        numbered questions with cover bullets - council leisure and parks
#        manager, plain - council with a lifeguard club, the fire and rescue
#        service and a water company - year-round swimmers ('dippers')
#        involved, told in the spread section and in passive voice - staff
#        involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1747", format="docx", layout="numbered_questions", topic="open_water_quarry_lake_drowning",
    project="independent110-callowwater-1747", docx_font="Arial",
    title="Safer at Callow Water: cold water shock and open-water swimming at a former quarry lake",
    cover=["Submitted for the Best Partnership Solution Improving Patient Safety category"],
    cover_bullets=[
        "Lead: Harrowdale Borough Council, Leisure and Parks Service",
        "Partners: Callow Water Lifeguard Club (registered charity); Brantwick Fire and Rescue Service; Northvale Water plc",
        "Contact: Parks and Countryside Manager",
    ],
    primary_entrant=dict(name="Harrowdale Borough Council", type="local_authority"),
    partners=[
        dict(name="Callow Water Lifeguard Club", type="charity"),
        dict(name="Brantwick Fire and Rescue Service", type="emergency_service"),
        dict(name="Northvale Water plc", type="private"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Callow Water is a flooded limestone quarry on the edge of Harrowdale. The council owns the country park
around it and the water company owns the lake itself, which it uses as a reserve supply. The water is
clear, deep and very cold: even in August it is below 15 degrees a metre down, and the sides drop away
to more than 20 metres within a few strokes of the shore.

Swimming was officially banned for decades. It made no difference. On hot days hundreds of people came,
mostly teenagers and young men, and jumped from the old quarry ledges. Between 2017 and 2021 four people
drowned there, all young men, all on warm days, and the fire service carried out many more rescues.
Meanwhile, a growing number of people swam there all year round, early in the morning, for their health,
and the ambulance service was being called several times each winter to swimmers with hypothermia.

Each organisation had tried something on its own. The water company put up 'no swimming' signs, which
were torn down. The council's rangers patrolled when they could, but had no lifesaving training. The
fire service did water safety talks in schools. The local lifeguard club trained at the leisure centre
pool but had never been asked to help at the lake.

In 2022, after the fourth death, the council's cabinet member asked us to bring everyone together. We
agreed early on that a ban we could not enforce was not working. Instead we would make the lake as safe
as we could for the people who were going to swim there anyway.
"""),
        ("evidence", "2. What evidence is there that care is safer?", """
From May 2022 the partnership has done five things. A supervised swimming zone with buoys, near the
shallow beach, is staffed by qualified open-water lifeguards from the club at weekends and in school
holidays from May to September. Throwline stations are fixed at eleven points around the shore, each
with a location code that matches the fire and ambulance control rooms' maps. The ledges used for
jumping have been fenced and signed with an explanation of cold water shock, rather than just a
prohibition. A board at the car park shows the water temperature each morning. And rangers and the
water company's site staff have all been trained in water rescue from the bank.

<<Q:Drownings at the lake went from four in the five years before the partnership (2017 to 2021) to none
in the three summers since.>> <<Q:Fire service water rescues fell from an average of nine a year to
three a year.>> <<Q:Ambulance call-outs for hypothermia in swimmers fell from 14 in the winter of 2021/22
to 5 in 2023/24, even though the number of winter swimmers has grown.>>

<<Q:Because callers can now read a location code from a throwline post, the average time for fire crews
to reach the right part of the shore has come down from 14 minutes to 6 minutes.>> Lifeguards have made
57 rescues or assists in the supervised zone over three summers, most of them swimmers who got into
difficulty with cramp or cold.
"""),
        ("spread", "3. How has the learning been shared?", """
The throwline location codes have been copied by two other councils with quarry lakes and by the
national park for its reservoirs. The fire service has included Callow Water in its regional water
safety week and has used our signs about cold water shock at other sites. The water company has offered
the same partnership model at two of its other reservoirs.

The year-round swimmers have been part of this from the start. <<P:The dippers, as they call themselves,
about forty people who swim at the slipway most mornings, walked the whole shoreline with our rangers in
the spring of 2022 and picked the places where the throwline posts would be most useful.>> <<P:The
morning temperature board was their idea, and they put the reading on it themselves on the days the
rangers are not on site.>>
"""),
        ("value", "4. What has been the impact and is it value for money?", """
The throwline posts and signs cost £18,000. The water company pays for the lifeguard cover in the
summer, about £26,000 a year, and the council provides the rangers and the car park. Each drowning
costs a family a son, and costs public services a great deal in search, recovery and inquest. Each
rescue by a fire crew costs several thousand pounds.

Rangers say they feel much less helpless than before. The lake is busier than ever, but there is a
feeling of calm on hot days that there was not before.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<S:Lifeguards from the club and fire service water rescue technicians spent two days at the lake
working out where the supervised zone should go and where a lifeguard could see the whole of it.>>
<<S:The fire and ambulance control room staff tested the location codes with mock calls and asked for the
codes to be three short words rather than numbers, because callers in a panic got numbers wrong.>>
<<S:The water company's site operatives, who are at the lake every day, told us where people were
getting in, and their knowledge changed where the fencing went.>>

<<P:The wording of the cold water shock signs was chosen by people who swim at the lake week in, week
out, after they told us the first draft sounded like a telling off.>> <<P:Young people from the youth
club in the nearest estate were asked what would stop them jumping, and their answer, that they wanted
somewhere safe to swim rather than being told to go away, is the reason the supervised zone exists.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1748  heat illness and handover from a festival medical tent - pdf - bullet
#        lists - PRIVATE event medical company as primary entrant, with the
#        ambulance service and the acute trust (ineligible) - medical director,
#        upbeat - festivalgoers and staff involved - NO quantitative evidence
#        (patients seen, conveyances, single figures, a target, a zero with no
#        earlier figure)
# ---------------------------------------------------------------------------
entry(
    id="I1748", format="pdf", layout="bullet_lists", topic="festival_heat_illness_hospital_handover",
    project="independent110-coolheads-1748", pdf_font="DejaVuSans", pdf_align="L",
    title="Cool Heads: heat illness and safe handover to hospital at the Brightfield Festival",
    cover=[
        "Submitted by Fieldcare Event Medical Ltd",
        "Working with Hollowmoor and Tarn Ambulance Service NHS Trust and Hollowmoor General Hospitals NHS Trust",
        "Contact: Medical Director, Fieldcare Event Medical Ltd",
    ],
    primary_entrant=dict(name="Fieldcare Event Medical Ltd", type="private"),
    partners=[
        dict(name="Hollowmoor and Tarn Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Hollowmoor General Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
Fieldcare provides the medical cover for the Brightfield Festival, a four-day music festival held each
July on farmland outside Hollowmoor, with up to 45,000 people on site each day and around 30,000 camping.
Our team of doctors, nurses, paramedics and first aiders runs a field hospital and three first aid
posts.

What we saw at the 2022 festival, in a heatwave:

- a sharp rise in people with heat exhaustion and heat stroke, many of them young, many who had been
drinking alcohol or had taken drugs, and some who had been queuing for hours in full sun

- people with heat stroke were being cooled slowly, with wet towels and fans, because we had no way to
cool someone quickly in a field

- patients sent to the emergency department arrived with a handwritten note, or nothing, and hospital
staff had to start again from scratch

- the ambulance service was being asked for a transfer without knowing how sick the patient was,
and patients sometimes waited a long time in our field hospital for a crew

- the hospital had no warning that several festivalgoers might arrive at once

The festival is a private event, and the organiser pays for the medical cover. But when someone needs
to go to hospital they become the NHS's patient, and the handover between us and the NHS is where we saw
risk. We approached the ambulance service's emergency planning team and the hospital's emergency
department to see if we could plan it together.

Heat is not the only risk at a summer festival, but it is the one that is changing fastest. The
festival has been held on the same site since 2009, and in the first ten years we rarely needed to think
about heat beyond handing out water. Since 2018 three of the festivals have been held in heatwaves, and
the forecasts for July are now routinely above 28 degrees. The site is a large open field with little
natural shade, the main stage faces west into the afternoon sun, and the queues for the bars and the
toilets are long. Many festivalgoers arrive after a long journey, sleep badly in hot tents and drink
more alcohol than water. For people taking stimulant drugs, the heat makes everything more dangerous.
"""),
        ("evidence", "What happened at the 2023 and 2024 festivals", """
What we put in place:

- two ice-water immersion tanks in the field hospital, with a protocol for rapid cooling agreed with the
emergency department consultants

- a shared electronic handover form, based on the ambulance service's own, sent to the emergency
department before the patient leaves site

- a festival liaison paramedic from the ambulance service based in our control room for all four days

- a direct line to the emergency department nurse in charge, and a warning call if we expect to send
more than three patients in an hour

- shaded water refill points and misting stations at the main stage queues, which the organiser paid for

What we recorded:

- in 2024 the field hospital and first aid posts saw 1,912 patients over the four days, and 214 of them
with heat-related illness

- 19 patients with suspected heat stroke were cooled in the immersion tanks

- 38 patients were taken to hospital, all with an electronic handover form

- the average time from our decision to transfer to the patient leaving site was 24 minutes

- there were no deaths or admissions to intensive care from heat illness at the 2024 festival

- our target for 2025 is that every patient needing transfer leaves site within 30 minutes
"""),
        ("stakeholders", "Who was involved", """
- <<S:emergency department consultants and nurses at Hollowmoor General worked with our doctors on the
cooling protocol and asked us to record the temperature every five minutes, so that they could see how
fast it was falling when the patient arrived>>

- <<S:the ambulance service's emergency planning officers and hazardous area response paramedics tested
the handover form on a training day and cut it from four pages to one>>

- <<S:our own paramedics and first aiders, after the 2022 festival, told us the field hospital was too
far from the main stage, and we moved it for 2023>>

- <<P:members of the festival's access forum, who are disabled festivalgoers, walked the site with us
and showed us where people using wheelchairs and people with heart conditions could not get out of the
sun, which is why there are now shaded rest areas at two viewing platforms>>

- <<P:a group of regular festivalgoers who had been treated by us in 2022 answered questions from our
nurses about why they had not asked for help sooner, and told us the first aid posts looked like a
place you went to be thrown out, so the posts were renamed 'welfare and first aid'>>
"""),
        ("value", "Value", """
- the immersion tanks cost £3,400 and the handover form was built on an existing system

- the festival organiser pays for our cover and for the misting stations

- each person kept out of hospital saves an emergency department attendance, and each person with heat
stroke cooled quickly avoids a risk of organ damage or death

- emergency department staff say the handover form means they know who is coming and why
"""),
        ("spread", "Spreading it", """
- we now use the cooling protocol and handover form at the 14 other events we cover each summer

- the ambulance service has offered the handover form to other event medical providers in its area

- we presented the work at a national mass gatherings medicine conference in 2024
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1749  sleep apnoea and fatigue in bus drivers - pdf - CAPS headings - acute
#        trust sleep service consultant, measured - acute trust with a bus
#        operator and the ICB - drivers with the condition who helped design
#        the service (PS), depot and trust staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1749", format="pdf", layout="caps_headings", topic="bus_driver_sleep_apnoea_fatigue",
    project="independent110-awakeatthewheel-1749", pdf_font="LiberationSerif", pdf_align="J",
    title="AWAKE AT THE WHEEL: FAST-TRACK SLEEP APNOEA CARE FOR BUS DRIVERS",
    cover=[
        "LEAD ORGANISATION: Tollbridge University Hospitals NHS Trust, Respiratory Sleep Service",
        "PARTNERS: Redline Buses Ltd; NHS Tollbridge and Weald Integrated Care Board",
        "CONTACT: Consultant Respiratory Physician and Clinical Lead for Sleep Medicine",
    ],
    primary_entrant=dict(name="Tollbridge University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Redline Buses Ltd", type="private"),
        dict(name="NHS Tollbridge and Weald Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Obstructive sleep apnoea is common in middle-aged men who are overweight, which describes a good
proportion of professional drivers. Untreated, it causes severe daytime sleepiness, and drivers with
untreated sleep apnoea are several times more likely to be involved in a collision. Treatment with a CPAP
machine at night works well, usually within days, and once a driver is treated and using the machine
they can keep their licence.

The difficulty for bus drivers is what happens in between. A driver who tells their GP they are falling
asleep at the wheel, or who is picked up at their licence medical, must stop driving until they are
diagnosed and treated. In 2022 the wait for a sleep study at our trust was 34 weeks. Drivers told us, and
their employer confirmed, that many simply did not mention their symptoms, because being taken off the
road for eight months meant losing overtime, being moved to a lower-paid job or, for those on agency
contracts, losing work altogether. The safety risk was therefore hidden, both to the driver and to
passengers and other road users.

Redline Buses runs around 600 buses across Tollbridge and the Weald, with 1,450 drivers. In 2021 its own
investigation of a collision in which a bus mounted a pavement found that the driver had been falling
asleep during breaks for months and had been too worried to say. Nobody was hurt that day, but the
company's safety director contacted us and asked if there was anything we could do.

There was a clear case for a partnership. We had the clinical expertise but a long waiting list. The
bus company had a workforce at risk and an interest in getting drivers safely back to work. The ICB
commissions our sleep service and wanted to know whether a faster route for safety-critical workers
would be fair to everyone else on the list. We agreed to set one up, open to drivers from any bus or
coach operator in the area, and to measure it carefully.
"""),
        ("evidence", "WHAT WE FOUND", """
The Awake at the Wheel pathway started in May 2023. Any professional driver referred by their GP, their
employer's occupational health service or the licensing medical examiner, with symptoms of sleep
apnoea, is offered a home sleep study within two weeks. The results are reported within a week, and
anyone who needs CPAP is set up in a group clinic the following week, with a remote check of their
machine's data after 28 days. The driver's employer is told only what the driver agrees to.

<<Q:The median time from referral to starting treatment for drivers fell from 38 weeks before the pathway
to 4 weeks.>> <<Q:At Redline, days lost to drivers being off the road awaiting sleep apnoea diagnosis
and treatment went from 5,840 in 2022 to 1,120 in 2024.>> <<Q:Sleepiness scores among drivers who
started treatment fell from an average of 15 out of 24 before treatment to 6 at three months.>>

<<Q:Self-referrals by Redline drivers to occupational health with sleepiness went up from 11 in 2022 to
58 in 2024, which we take as a sign that drivers are more willing to come forward.>> <<Q:Collisions
recorded by Redline in which the driver reported tiredness as a factor fell from 9 in 2022 to 2 in
2024.>>

We checked whether the general waiting list for sleep studies was affected. The pathway accounts for
about 6% of our studies, and the ICB funded an extra physiologist session each week to cover them.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<PS:Three Redline drivers who had been diagnosed with sleep apnoea themselves, one of whom had stopped
driving for seven months while he waited, met with our team and the company's occupational health nurse
and helped design the pathway, and it was their suggestion that the CPAP group clinic should run early
in the morning so drivers on late shifts could attend.>> <<PS:The same drivers recorded a short video for
the depot screens about what it was like to use a CPAP machine, because they said drivers would believe
another driver more than a doctor.>>

<<S:Depot managers at the company's four garages agreed with us how drivers could be moved to other duties
for the short time they are off the road, on the same pay, and changed the rota rules to make that
possible.>> <<S:Our sleep physiologists tested the home sleep study kit with drivers working night shifts
and changed the instructions so that the study could be done during the day.>> <<S:The trade union
health and safety representatives at Redline reviewed the information-sharing agreement and asked that
the company would only be told whether a driver was fit to drive, not the diagnosis, which is what the
agreement now says.>>

<<P:Drivers' partners were invited to the group clinic, after one wife told our nurse that her husband
would never have come if she had not heard him stop breathing at night; several partners now come, and
the clinic leaflet was rewritten with their comments.>>
"""),
        ("value", "VALUE", """
Each day a driver is off the road costs the company about £180 in cover. The reduction in days lost at
Redline alone is worth far more than the cost of the extra physiologist sessions. A single serious
collision involving a bus can cost millions of pounds and cause deaths and life-changing injuries.

Drivers tell us that the fear of losing their job was the main reason they kept quiet, and that knowing
they would be seen quickly has changed the conversation in the canteen.
"""),
        ("spread", "SPREAD", """
Two other bus operators and a coach company have referred drivers to the pathway. The ICB is looking at
offering the same route to HGV and taxi drivers, and the licensing authority's medical examiners in the
area now have a direct referral form. We have shared the pathway at a national respiratory conference and
with the sleep services in two neighbouring trusts.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1750  steroid and performance-enhancing drug use among gym members - docx -
#        no headings - drug and alcohol charity service manager, conversational
#        - charity with the city council's public health team and the community
#        trust - gym users ('lifters') involved - NO staff involvement (workers
#        trained, gym owners briefed, pharmacists sent leaflets, a named nurse
#        doing her job, a plan) - NO quantitative evidence (counts of people
#        seen, tests, single figures)
# ---------------------------------------------------------------------------
entry(
    id="I1750", format="docx", layout="no_headings", topic="gym_steroid_ipeds_harm_reduction",
    project="independent110-liftsafe-1750", docx_font="Georgia",
    title="Lift Safe: reaching gym users who inject steroids and other performance-enhancing drugs",
    cover=[
        "Causeway Recovery (registered charity), with Stenbury City Council Public Health and Stenbury Community Health NHS Trust",
        "Entry by the Harm Reduction Service Manager, Causeway Recovery",
    ],
    primary_entrant=dict(name="Causeway Recovery", type="charity"),
    partners=[
        dict(name="Stenbury City Council", type="local_authority"),
        dict(name="Stenbury Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
A few years ago the biggest group of people coming to our needle exchange in Stenbury stopped being
people who inject heroin. It became men, mostly in their twenties and thirties, picking up needles for
anabolic steroids and other performance and image enhancing drugs. They did not see themselves as drug
users and they did not want to sit in our waiting room. They would come in, take what they needed and
leave as quickly as possible. Some were buying steroids online or from a contact at the gym, injecting
into the buttock or thigh, sometimes sharing vials, and using other drugs alongside, from fat burners
to growth hormone to insulin.

The risks are real and mostly hidden. We were hearing about abscesses, high blood pressure, thickened
heart muscle, liver damage, mood problems, and men who had not had a blood test in their lives taking
several compounds at once. In 2022 a 31-year-old man from the city died of a heart attack at home; he had
been using steroids for six years and his family said nobody had ever checked his heart. He had been to
our exchange many times. We had never had a proper conversation with him.

We realised we were in the wrong place. If we wanted to reach these men we needed to go to the gyms, at
the times they train, and offer something they wanted, which was information about their health, not a
lecture. We also needed the NHS, because some of them needed blood tests, blood pressure checks and, for
some, a referral to a heart specialist, and we cannot do that on our own. The council's public health
team commissions our service and the community trust runs the city's sexual health and blood-borne virus
clinics, so we asked them both to come in with us.
"""),
        ("stakeholders", None, """
<<P:Before we did anything, we sat down with a group of lifters who had been using our exchange, seven
men aged between 22 and 45, and asked them how they would want to be approached; they told us to drop
the word 'drugs' from everything, to come in our own gym kit and to talk about 'cycles' and 'bloods' the
way they do.>> <<P:They wrote most of the wording on our cards and designed the Instagram posts, and one
of them suggested the name Lift Safe.>> <<P:Two of the same men came with us on our first visits to
gyms and introduced us to the owners.>>

Our harm reduction workers were trained by the trust's sexual health team in taking blood and checking
blood pressure. Gym owners were briefed about the service and asked for permission to put up posters.
Community pharmacists were sent the new leaflets to hand out with needles. Our specialist nurse, Dee
Okafor, ran the monthly clinics as part of her normal role. We would like to bring together a group of
gym instructors and NHS staff next year to look at how the service could grow.
"""),
        ("evidence", None, """
Since February 2023 Lift Safe has run a monthly evening clinic in a room at each of four independent
gyms in the city, and a Saturday morning clinic at our own building. At a clinic a man can have a
conversation about what he is using, a blood pressure check, a finger-prick test for hepatitis B and C
and HIV, and a full blood test for liver function, cholesterol, red blood cell count and hormones, sent
to the trust's laboratory. Results go back to him by text and, if he agrees, to his GP.

In the first eighteen months we saw 318 men, most of whom had never been to our service before. We took
bloods from 241 of them. One in five had blood pressure high enough to need treatment. 37 had a raised
red blood cell count, which increases the risk of a clot. 19 had abnormal liver tests. 12 were referred
to the cardiology service for an echo. Four were found to have hepatitis C and have been treated.

We handed out 2,100 packs of the right needles for muscle injection, with swabs and a sharps bin. 86
men agreed to their results being shared with their GP. We do not yet know how many have changed what
they use, and we have not yet got enough follow-up visits to say whether blood pressure or blood counts
have come down. Our target for next year is that half of the men with a high blood pressure reading
will have had it checked again within three months.
"""),
        ("value", None, """
The clinics cost about £34,000 a year, mostly staff time and laboratory tests, and are funded by the
council's public health grant. The gyms give us the room for free. Treating hepatitis C early, spotting
high blood pressure before it causes a stroke and picking up a dangerously high blood count are all far
cheaper than the admissions that would follow.

The men tell us it is the first time they have felt the NHS was interested in them. One said, "You're
the only people who've ever asked me what I'm on without looking at me like I'm a junkie."
"""),
        ("spread", None, """
Two other drug and alcohol services in the region have visited one of our clinics, and the council has
included Lift Safe in its health protection strategy. We have talked about the work at the regional
harm reduction network, and the gyms themselves have spread the word to other gyms; we now have a
waiting list of gyms that want a clinic.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1751  cardiac arrest response in a university sports centre - docx - style
#        headings - head of sport and active living, matter-of-fact -
#        departments of one university only, NO partner (ineligible) - student
#        members and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1751", format="docx", layout="style_headings", topic="university_sports_centre_cardiac_arrest",
    project="independent110-threeminutes-1751", docx_font="Calibri",
    title="Three Minutes to Shock: cardiac arrest response across a university sports centre",
    cover=[
        "Entrant: University of Eastmere - Sport and Active Living, working with the University Occupational Health Service and the School of Sport and Exercise Science",
        "Partner organisations: none outside the university",
        "Contact: Head of Sport and Active Living",
    ],
    primary_entrant=dict(name="University of Eastmere", type="university"),
    partners=[],
    sections=[
        ("context", "Background", """
The University of Eastmere's sports centre has a sports hall, a 25-metre pool, a gym with 140 stations,
climbing walls, squash courts, two floodlit artificial pitches and a running track, spread over a site
of about 12 hectares. It is used by students, staff and 4,000 members of the public, with around 1.1
million visits a year. It is open from 6.30am to 10.30pm.

In November 2021 a member of the public in his fifties had a cardiac arrest on the running track at
7pm. A student on the track started CPR. The duty manager was called by radio, but the nearest
defibrillator was in the reception area, more than 400 metres away, and the member of staff who ran to
get it did not know the code for the new cabinet. It took nine minutes for the first shock to be given.
He survived but was left with a brain injury.

Our review found that the centre had four defibrillators, all in buildings, none near the pitches or
track. There was no agreed plan for who fetches the defibrillator, who calls 999, who meets the
ambulance at the gate and who clears the area. Staff were trained in first aid, but the training was
generic and had never been practised in our own buildings. The university's occupational health
service, which is responsible for first aid across the campus, had never been asked to look at the sports
centre in particular, and the School of Sport and Exercise Science, with its own clinical exercise
physiologists and a resuscitation lab, was on the same site but had never been involved.
"""),
        ("evidence", "Results", """
In 2022 we mapped the whole site and set ourselves a standard: nobody should be more than 90 seconds'
walk from a defibrillator, so that a shock can be given within three minutes of collapse. We added
seven more devices, including outdoor cabinets at the pitches and track and one on the pool side. Every
shift now starts with each member of staff being given a role card for a cardiac arrest: caller,
fetcher, rescuer, gate. We run an unannounced scenario every month, at different times of day and in
different parts of the centre, and time each step.

<<Q:In our monthly drills, the average time from the alarm to the first shock went down from 6 minutes
40 seconds in the first three months of 2022 to 2 minutes 35 seconds in the last three months of
2024.>> <<Q:The proportion of drills in which the ambulance was met at the gate and guided to the
patient went up from 20% to 95%.>>

There have been five real cardiac arrests at the centre since the new plan began. <<Q:In all five a
shock was given within four minutes, compared with an average of nine minutes in the three arrests in
the five years before.>> Four of the five people survived to leave hospital.
"""),
        ("stakeholders", "Who was involved", """
<<S:Duty managers and lifeguards worked with the exercise physiologists to walk every route on the site
with a stopwatch, and it was a lifeguard who noticed that the gate code for the pitches was different
from the code on the defibrillator cabinets, which we then changed to one code.>> <<S:Reception and
gym instructors tested the role cards during the first drills and asked for the 'gate' role to include
phoning reception to unlock the barrier, which had held up one of the early drills.>> <<S:The
occupational health nurses rewrote the first aid training for sports centre staff after watching the
drills, and the training now happens in the centre, not in a classroom.>>

<<P:The man who collapsed on the track in 2021, and his wife, met the team in 2022 and described what
happened from their side, and she asked that someone should always stay with the family, which is now
part of the gate role.>> <<P:Student members of the athletics and rugby clubs took part in the drills as
bystanders and told us they would not have known where the nearest defibrillator was, so the locations
are now marked on the floor and on the pitch-side fences.>>
"""),
        ("value", "Value", """
The extra defibrillators and cabinets cost £16,500. The monthly drill takes about 30 minutes of staff
time. Four people who had a cardiac arrest on our site have gone home. For a centre that sells itself on
health, this is the most important thing we do.

Staff morale has improved. Several staff said that after the 2021 arrest they dreaded being on shift
when it happened again; now they feel ready.

There have been other benefits. The drills have shown up problems that have nothing to do with cardiac
arrest: a fire door that would not open from the outside, a radio blackspot behind the climbing wall and
a gate that ambulances could not turn into. All of these have been fixed. Because the drills are
unannounced, members of the public sometimes see them happening, and several have asked where they can
learn CPR themselves; the centre now runs a free monthly session for anyone who wants to come.
"""),
        ("spread", "Spread", """
The university has used the same approach in its library, students' union and halls of residence. We
have shared the role cards and the drill timings with the other universities in the regional sport
network, and the exercise physiologists have published a short paper on drills in sports facilities.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1752  tombstoning and spinal injuries at a harbour with beach lifeguards -
#        pdf - two columns - ICB urgent care commissioning manager, concise -
#        ICB with a lifeguard charity, the ambulance service and the harbour
#        commissioners - young people involved (passive voice) - staff
#        involved - a shift on an SPC chart - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1752", format="pdf", layout="two_column", topic="tombstoning_spinal_injury_lifeguards",
    project="independent110-lookbeforeyouleap-1752", pdf_font="LiberationSans",
    title="Look Before You Leap: tombstoning, spinal injuries and lifeguards at Seacombe Harbour",
    cover=[
        "Lead: NHS Seacombe and Ardley Integrated Care Board",
        "Partners: Seacombe Lifeguard Trust (charity); Ardley and Coast Ambulance Service NHS Trust; Seacombe Harbour Commissioners",
        "Author: Urgent and Emergency Care Commissioning Manager",
    ],
    primary_entrant=dict(name="NHS Seacombe and Ardley Integrated Care Board", type="icb"),
    partners=[
        dict(name="Seacombe Lifeguard Trust", type="charity"),
        dict(name="Ardley and Coast Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Seacombe Harbour Commissioners", type="public_other"),
    ],
    sections=[
        ("context", "The problem", """
Seacombe is a seaside town whose population doubles in summer. Its stone harbour walls are a
traditional place for teenagers and young adults to jump into the sea, known as tombstoning. At high
tide it is mostly safe. At other times the water is shallow, and there are rocks and mooring chains
below the surface that cannot be seen from above.

Every summer the regional trauma centre was receiving young people with spinal fractures from harbour
jumps, and some with spinal cord injuries. Lifeguards on the main beach were often first on scene,
because the harbour is next to it, but they had no agreed way to get an injured person out of the water
safely, and their handover to ambulance crews varied. Crews had to carry stretchers down steep harbour
steps, and patients were sometimes moved more than they should have been.

The ICB brought the partners together in early 2021 after two young men were left paralysed in the
same summer.
"""),
        ("evidence", "What changed", """
The partnership did three things from May 2021. The harbour commissioners put up tide boards on the
harbour walls showing the depth of water at each jumping point, updated by harbour staff twice a day.
The lifeguard trust extended patrols to the harbour in July and August, and lifeguards were equipped and
trained with the ambulance service in in-water spinal care and extraction on a spinal board. And a
single agreed handover, using the ambulance service's format, was adopted by lifeguards, with a
pre-agreed meeting point for crews at the top of the slipway.

We plotted monthly harbour-related injuries needing hospital care on a statistical process control
chart from 2016. <<Q:From the summer of 2021 the chart shows a sustained shift below the centre line, with
the summer mean falling from 6.2 to 2.4 injuries a month.>> <<Q:Spinal fractures from harbour jumps fell
from 17 in the five summers 2016 to 2020 to 4 in the four summers 2021 to 2024.>>

<<Q:The average time from the 999 call to the patient leaving the harbour by ambulance has fallen from 52
minutes to 31 minutes since the meeting point was agreed.>> Lifeguards have carried out 412 preventive
actions at the harbour, such as warning jumpers about the tide.
"""),
        ("stakeholders", "Who was involved", """
<<S:Lifeguards and paramedics practised extractions together at the harbour at low and high tide, and
the paramedics changed their own guidance on when a collar is needed after watching the lifeguards'
technique.>> <<S:Harbour staff suggested using the same depth markings as fishing boats use, which they
read every day.>>

<<P:The wording of the tide boards was decided by young people who jump from the harbour, after the
lifeguards stopped to ask groups of them on the wall what would make them check first.>> <<P:A young man
who was paralysed after a jump in 2020 spoke to the partnership board, and his suggestion, to show the
depth rather than a warning, is what the tide boards do.>>
"""),
        ("value", "Value", """
The tide boards cost £7,800 and the extended lifeguard patrols £22,000 a year, shared between the ICB
and the town council. The lifetime cost of care for one spinal cord injury can exceed £1 million. Lifeguards
say they feel part of the emergency service rather than separate from it.
"""),
        ("spread", "Spread", """
The lifeguard trust now uses the same handover and spinal extraction training at its nine beaches. Two
other harbour authorities in the region have copied the tide boards. The ambulance service has included
harbour meeting points in its maps for the whole coast.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1753  medical plans for stadium concerts through a safety advisory group -
#        docx - sections in an unusual order (evidence first) - council
#        licensing and events manager, formal - council with the ambulance
#        service, the acute trust and the police - staff involved - NO patient
#        involvement (concert-goers surveyed with nothing changed, ticket
#        holders emailed, a plan, a negation) - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I1753", format="docx", layout="reordered", topic="stadium_concert_medical_planning_sag",
    project="independent110-encore-1753", docx_font="Cambria",
    title="Encore: planning medical cover for stadium concerts together",
    cover=[
        "Lead: Corrington City Council, Licensing and Events Safety Team (chair of the Corrington Safety Advisory Group)",
        "Partners: Wyvern Valley Ambulance Service NHS Trust; Corrington Teaching Hospitals NHS Trust; Corrington and District Police",
        "Author: Events Safety Manager, Corrington City Council",
    ],
    primary_entrant=dict(name="Corrington City Council", type="local_authority"),
    partners=[
        dict(name="Wyvern Valley Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Corrington Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Corrington and District Police", type="emergency_service"),
    ],
    sections=[
        ("evidence", "Outcomes", """
The Encore standards were applied to every concert at Corrington's football stadium from the summer of
2023. We compared the eleven concerts held in 2022, before the standards, with the fourteen held in 2023
and 2024. Attendances were similar, at between 38,000 and 52,000 a night.

<<Q:Conveyances from concerts to the emergency department fell from 7.1 per 10,000 attendees in 2022 to
3.4 per 10,000 in 2023 and 2024.>> <<Q:The share of those conveyed who were intoxicated young people
under 21 with no injury went down from 58% to 22%, as more of them were looked after on site.>> <<Q:The
average delay before an ambulance could leave the stadium area after the final encore, when roads were
closed and crowds were leaving, fell from 38 minutes to 9 minutes.>>

Over the fourteen concerts the on-site medical teams saw 3,260 people. There were 46 incidents
recorded on the shared event log that involved more than one agency, each of which was reviewed at the
next group meeting.
"""),
        ("context", "Background", """
Corrington's football stadium has become one of the main concert venues in the north of England. In 2022
it hosted eleven stadium concerts, each with a crowd of up to 52,000, many of them young and many
travelling from out of town. The concerts are licensed by the city council, and under the licence the
promoter must provide medical cover. In practice that meant a private event medical company hired by
each promoter, with a medical plan that varied from tour to tour.

The Corrington Safety Advisory Group, chaired by the council, brings together the police, the fire and
rescue service, the ambulance service, highways and the council's licensing and environmental health
teams to advise on large events. Until 2022 its scrutiny of medical plans was light. Plans were often
submitted late, sometimes a week before the show, and were read by people without clinical training.

The summer of 2022 showed the gaps. On two nights the emergency department at Corrington General had
more than twenty concert-goers arrive within two hours, mostly young people who were drunk or had taken
drugs, and some who had been crushed at a barrier. On one night an ambulance carrying a patient with a
head injury was stuck for forty minutes in departing crowds because the medical plan had not set out an
emergency route. The hospital found out about the concerts from the news. Paramedics complained that
the event medical teams sent patients to hospital who could have been treated on site.

Encore is a set of medical standards that the Safety Advisory Group now applies to every stadium
concert: a medical plan submitted eight weeks before, reviewed by an ambulance service clinician; a
minimum level of on-site care, including an alcohol and drug welfare area; a named hospital liaison; an
emergency vehicle route that is kept open throughout egress; and a shared event log.

The standards do not replace the promoter's responsibility for medical cover, and the group does not
approve or reject plans; its role is to advise the council as licensing authority. But the council
has written the standards into the conditions of the stadium's premises licence, so a promoter whose
plan does not meet them cannot go ahead without changes. In practice, every plan so far has been
brought up to the standard after the first review, and most promoters' medical companies now submit
plans that meet it first time.
"""),
        ("stakeholders", "Who was involved", """
<<S:The emergency department's consultants and nurse in charge met the ambulance service's emergency
planning team and agreed what level of care the on-site teams should provide before sending anyone to
hospital, which became the minimum standard in Encore.>> <<S:Police and ambulance commanders reviewed
the crowd flows after each 2022 concert with the council's highways team and designed the protected
emergency route that is now marked out for every show.>> <<S:Event medical companies' clinical leads
were consulted on the draft standards, and at their request the group added a template so that
different companies' plans are in the same order and easy to check.>>

We did not speak directly to concert-goers when we drew up the standards. Ticket holders for every
concert are emailed advice by the promoter on travel, heat and looking after each other. A short survey
of concert-goers in 2023 found most felt safe, and nothing was changed as a result. We hope to invite
the stadium's disabled supporters' association to advise on accessible medical and welfare areas in
future.
"""),
        ("spread", "Sharing the approach", """
The Encore standards and template have been shared with the safety advisory groups of three other
cities with stadium concert venues, and one has adopted them. The ambulance service now uses the same
review process for all large events in its area. The standards were presented at a national events
safety conference in 2024 and have been sent to the government's events industry working group.

The main lesson for other areas is that medical planning for a large event is not just the promoter's
business. When something goes wrong, it is the local ambulance service and emergency department that
deal with the consequences, and they need to be in the room when the plan is written, not told about it
afterwards. Safety advisory groups already exist in every area; adding a clinician to review medical
plans, and a hospital liaison on the night, costs very little.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="value"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1754  members collapsing in unstaffed 24-hour gyms - docx - form table -
#        PRIVATE gym chain as primary entrant with the ambulance service and a
#        community first responders' charity (ineligible) - head of health and
#        safety, corporate - staff involved - NO patient involvement (members
#        told through the app, a member survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1754", format="docx", layout="form_table", topic="unstaffed_24_hour_gym_collapse",
    project="independent110-nobodyalone-1754", docx_font="Calibri",
    title="Nobody Alone: responding to members who collapse in unstaffed gym hours",
    cover_table=[
        ("Title of entry", "Nobody Alone: responding to members who collapse in unstaffed gym hours"),
        ("Lead organisation", "PulsePoint Gyms Ltd"),
        ("Partner organisations", "Kingsreach Ambulance Service NHS Trust; Kingsreach Community First Responders (charity)"),
        ("Name and role of entrant", "Head of Health, Safety and Member Welfare"),
    ],
    primary_entrant=dict(name="PulsePoint Gyms Ltd", type="private"),
    partners=[
        dict(name="Kingsreach Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Kingsreach Community First Responders", type="charity"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
PulsePoint runs 38 low-cost gyms in the Kingsreach area, open 24 hours a day. Between 10pm and 6am, and
for parts of the weekend, most of our gyms have no staff on site. Members enter with a PIN code, and the
gym is monitored by CCTV from a central monitoring centre. Around one in six visits happen in unstaffed
hours, many of them shift workers, NHS staff coming off nights and people who prefer a quieter gym.

In 2022 there were three incidents in unstaffed hours in which a member collapsed and was not found for
some time. In the most serious, a man in his forties collapsed on a treadmill at 2am; the monitoring
operator did not notice on the CCTV wall for eleven minutes, and when the ambulance arrived the crew could
not get in because the doors only open with a member's PIN. The member survived but spent two weeks in
intensive care.

Our own review found that the emergency buttons in our gyms rang an alarm in the monitoring centre but
gave no information about where in the gym the member was. Operators had no training in what to do
beyond calling 999. Our defibrillators were kept behind the staff desk. The ambulance service had no
access codes for our buildings, and the local community first responders, who could often have been
there within minutes, did not know our gyms existed at night.

Our goals were that any member who collapses in unstaffed hours is seen on camera within one minute, that
someone starts CPR guidance immediately, and that responders can get in without delay.

We knew we could not do this on our own. We are a gym company, not a health care provider, and our
monitoring centre was set up to deal with security, not medical emergencies. The ambulance service had
the clinical knowledge and the control room systems, and the community first responders had volunteers
living within a few minutes of most of our gyms. None of us had ever thought of the others as partners
before 2022.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
From April 2023 every gym has emergency buttons in each zone, linked to a camera view, and a two-way
speaker so the monitoring operator can talk to the member and to anyone who helps. Defibrillators are in
open cabinets on the gym floor. The ambulance service holds a door release code for each gym, and the
monitoring centre can also release the doors remotely. When the centre calls 999 it now uses a direct
line to the ambulance control room, which can send community first responders as well as a crew.

<<Q:The average time from a member going down to an operator seeing them on camera fell from 4 minutes
50 seconds in 2022 to 40 seconds in 2024, using the timestamps on our CCTV.>> <<Q:The average time from
the ambulance arriving to the crew reaching the member went from 6 minutes to under 1 minute.>> <<Q:In
medical emergencies in unstaffed hours, the proportion where CPR or first aid was started by a bystander
with guidance from the operator before the crew arrived went up from 1 in 5 to 4 in 5.>>

There were 61 medical emergencies in unstaffed hours in 2024, including four cardiac arrests.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Our monitoring centre operators tested the new camera and speaker system for three months, and it was
their feedback that led to the buttons being linked to a camera rather than just an alarm.>> <<S:Ambulance
control room staff wrote the script that operators now use to guide bystanders through CPR, after
listening to recordings of our earlier calls.>> <<S:Gym managers and personal trainers suggested where
the defibrillator cabinets should go in each gym, and they chose places that can be seen from every
camera.>>

Members were told about the changes through the app and posters in every gym. We surveyed members in
2024 and most said they felt safer training at night, and no changes were needed. We would like to hear
from members who train at night in future.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The new buttons, cameras and speakers cost about £4,200 per gym, and the defibrillator cabinets £300
each. We have paid for this ourselves. Each cardiac arrest survivor avoids a long stay in intensive
care, and each collapse found quickly can be the difference between a short hospital visit and lasting
harm. Monitoring centre staff tell us they feel far more confident at night.

For the ambulance service, the door release codes mean crews are no longer standing outside a locked
building while a patient deteriorates inside, and the direct line means the call arrives with the
exact location and what has already been done. For the first responders, our gyms are now places they
know and can get into.
"""),
        ("spread", "How has the work been shared and spread?", """
The system is now in all 38 of our gyms and in the 21 we run in other regions. The ambulance service
has offered the door release arrangement to other 24-hour gym operators. We have shared our approach
with the trade association for the fitness industry.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1755  heat stress in fruit pickers and warehouse workers - pdf (via Word) -
#        style headings - council principal environmental health officer,
#        careful - council with a GP practice and a migrant workers' charity -
#        seasonal workers ('the pickers') involved - NO staff involvement
#        (supervisors briefed, practice staff trained, a named officer doing
#        her job, a plan, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1755", format="pdf", layout="style_headings", topic="heat_stress_seasonal_workers",
    project="independent110-shadeandwater-1755", render_via="soffice", docx_font="Liberation Serif",
    title="Shade and Water: preventing heat illness among seasonal farm and warehouse workers",
    cover=[
        "Lead organisation: Fenmarsh District Council, Environmental Health and Health and Safety",
        "Partners: Wash Road Surgery, Fenmarsh (GP practice); Fenmarsh Workers' Welcome Centre (registered charity)",
        "Contact: Principal Environmental Health Officer (Health and Safety)",
    ],
    primary_entrant=dict(name="Fenmarsh District Council", type="local_authority"),
    partners=[
        dict(name="Wash Road Surgery", type="primary_care"),
        dict(name="Fenmarsh Workers' Welcome Centre", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
Fenmarsh is a flat, open farming district with large soft fruit and salad farms, packhouses and three
big distribution warehouses near the A-road junction. From May to October several thousand seasonal
workers come to the district, many from overseas on the seasonal worker visa, living in caravans on
farms or in shared houses in town. They pick strawberries and salad under polytunnels, where the
temperature on a sunny day can be 10 degrees higher than outside, and they work in warehouses with metal
roofs and little ventilation. Many are paid by the amount they pick or pack, which gives them a reason
not to stop.

In the hot summers of 2022 and 2023, Wash Road Surgery, which has the largest number of registered
seasonal workers in the district, began to see workers with heat exhaustion, fainting, severe headaches
and kidney problems from dehydration. A 26-year-old man collapsed in a polytunnel in July 2022 and was
admitted to intensive care with heat stroke. The practice contacted us, because workplace health and
safety in warehouses and some farm premises falls to the council, and because the practice did not know
what to do beyond treating people as they came in.

When we looked, we found that very few employers had a plan for hot weather. Some farms had no drinking
water near the polytunnels, only at the farmyard a long walk away. Workers did not know they could ask
for breaks, or were afraid to. Many did not register with a GP until they were ill, and did not know
what heat illness was. Information was only in English. The Workers' Welcome Centre, a small charity run
from a church hall in the town, had the trust of the workers in a way that none of the rest of us did.
"""),
        ("evidence", "What difference it has made", """
From spring 2023 the council wrote to every farm, packhouse and warehouse in the district with a clear
set of heat standards: cool drinking water within 50 metres of every work area, shaded rest areas,
extra breaks when the temperature in the working area passes 26 degrees, thermometers in every
polytunnel and warehouse, and a named person on each shift who knows the signs of heat illness. Our
officers visited 64 sites in the summer of 2023 and 71 in 2024, and served 9 improvement notices. The
practice added heat illness advice to its new patient registration for seasonal workers, and the
Welcome Centre ran heat information sessions in six languages at the caravan sites.

<<Q:At Wash Road Surgery, consultations with seasonal workers for heat-related illness fell from 118 in
the summer of 2022 to 41 in the summer of 2024, although the summer of 2024 had a similar number of
days above 28 degrees.>> <<Q:Ambulance call-outs to farms and warehouses in the district for collapse or
heat illness went from 23 in 2022 to 8 in 2024.>> <<Q:On our inspections, the proportion of sites with
drinking water within 50 metres of every work area rose from 35% in 2023 to 89% in 2024.>>

There have been no admissions to intensive care for heat stroke among seasonal workers since 2022.
"""),
        ("stakeholders", "How people were involved", """
The most important voices were the workers themselves. <<P:The pickers' committee at the largest farm,
a group of eight workers elected by their colleagues, met our officers at the Welcome Centre and told us
that water was available but too far away, and that supervisors counted a trip to the water as a break,
which is why the standards now set a maximum distance.>> <<P:They translated the heat advice card into
Romanian, Bulgarian, Nepali and Kyrgyz and changed the pictures, because the first version showed a man
in a suit drinking from a glass.>> <<P:A woman who had fainted in a packhouse in 2023 told her story at
one of the sessions, and it was her idea to give every worker a small card with the warning signs to keep
in their phone case.>>

Farm and warehouse supervisors were briefed on the standards at a session run by the council and the
National Farmers' Union. Reception and nursing staff at the practice were trained to recognise heat
illness and to ask about work when a seasonal worker registered. The work was led by our principal
environmental health officer, Sian Rees, who carried out most of the inspections as part of her normal
duties. We did not ask employers' staff to help design the standards. We hope to bring supervisors and
practice staff together in a working group before next summer.
"""),
        ("value", "Value", """
The project has been run within existing budgets. The cost to employers of water stations, shade and
thermometers is modest, typically a few hundred pounds per site. Each admission for heat stroke costs
the NHS several thousand pounds, and each collapse means lost work and, for a worker on a short visa,
lost income that their family at home relies on.

Employers have told us, perhaps to their own surprise, that picking rates did not fall when extra breaks
were introduced.
"""),
        ("spread", "Sharing the learning", """
The heat standards have been shared with the other district councils in the county and with the
national health and safety regulator's agriculture team. Two neighbouring practices with many seasonal
workers now use the registration advice. The Welcome Centre has shared the translated card with other
migrant workers' charities across the east of England, and we have included the standards in the
council's hot weather plan.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1756  concussion in amateur boxing and martial arts clubs - pdf - form with
#        a cover table - university senior lecturer, academic - university with
#        a combat sports clubs' association and the acute trust's emergency
#        department - club members and staff involved - NO quantitative
#        evidence (clubs signed up, coaches trained, baseline tests done,
#        single figures, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1756", format="pdf", layout="form_table", topic="combat_sports_concussion_clubs",
    project="independent110-guardup-1756", pdf_font="LiberationSans",
    title="Guard Up: concussion recognition and return to sparring in amateur combat sports",
    cover_table=[
        ("Entry title", "Guard Up: concussion recognition and return to sparring in amateur combat sports"),
        ("Lead organisation", "University of Ashcombe, School of Health and Sport Sciences"),
        ("Partner organisations", "Ashcombe Combat Sports Clubs Association (charity); Ashcombe and Ridley NHS Foundation Trust (Emergency Department)"),
        ("Entrant", "Dr Marcus Oyelaran, Senior Lecturer in Sport and Exercise Medicine"),
    ],
    primary_entrant=dict(name="University of Ashcombe", type="university"),
    partners=[
        dict(name="Ashcombe Combat Sports Clubs Association", type="charity"),
        dict(name="Ashcombe and Ridley NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
Amateur boxing, kickboxing, Muay Thai, mixed martial arts and judo are growing quickly in Ashcombe, with
around 40 clubs and gyms and several thousand members, including many children and young people. Unlike
competitive bouts, which have ringside doctors, most head impacts in these sports happen in training,
during sparring, where there is no medical cover at all. The association's own injury reports suggested
that members often carried on sparring after being 'rocked', and few clubs had a written rule about when a member
could spar again after a head injury.

The emergency department sees a steady number of people with head injuries from combat sports,
discharges them with a standard leaflet and has no way of knowing whether they go back to sparring the
next day. Repeated head impacts before the brain has recovered carry a risk of longer recovery and, very
rarely, of catastrophic brain swelling.

The aims of Guard Up were: every coach in a member club able to recognise concussion and stop a session;
a written return-to-sparring protocol in every club; and a link from the emergency department to the
clubs so that people are not sent home and left to decide for themselves.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Guard Up started in January 2024. By December 2024, 31 of the 40 clubs in the association had signed up.
186 coaches had completed the two-hour Guard Up course, run by our sport and exercise medicine staff and
emergency department nurses. Every member club has adopted the return-to-sparring protocol, which
requires at least 14 days without symptoms and a six-stage return, with no head contact until the final
stage.

Coaches recorded 73 suspected concussions in training in 2024 on the shared log. 412 members aged 16
and over completed a baseline symptom and balance check at the start of the year. The median time to
full return to sparring after a recorded concussion was 23 days. The emergency department gave the
Guard Up card to 58 patients with combat sports head injuries.

We are now comparing head injury attendances from member and non-member clubs, which will take another
year to complete. Our target is that 90% of suspected concussions are recorded on the log within 24
hours.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Emergency department consultants and our sport medicine staff agreed the wording of the Guard Up
card together, and the department's nurses asked for a QR code linking to a video, because patients
with a head injury do not read leaflets.>> <<S:Head coaches from six clubs trialled the course and told
us it needed more time on practical scenarios in the ring and less on brain anatomy, and we changed it.>>

<<P:Club members who had been concussed in sparring, including two teenage boxers and their parents,
talked to our researchers about what happened afterwards, and because they said they went back early to
keep their place in the squad, the protocol now tells coaches to keep the member involved in training
without contact.>> <<P:Women members at two mixed martial arts gyms reviewed the return-to-sparring poster
and asked for examples that were not all about men, which the final version includes.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The course costs about £40 per coach to run and has been funded by a university knowledge exchange grant
and the association. Coaches say they feel clearer about their duty of care, and several clubs have used
Guard Up membership to reassure parents. Each repeated concussion avoided matters to a young person's
schooling, work and long-term brain health.
"""),
        ("spread", "How has the work been shared and spread?", """
The association is offering Guard Up to clubs across the wider region, and the national governing body
for one of the sports has asked to adapt the course for its coaching qualifications. We have presented
the work at a sports medicine conference and are writing it up for publication.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1757  children getting into difficulty in school swimming lessons - docx -
#        rubric headings - leisure trust head of aquatics, warm - leisure trust
#        with the county council and the community trust's school nursing
#        service - parents involved (told through pronouns) and staff
#        involved - measured changes in words ('halved', 'a third fewer')
# ---------------------------------------------------------------------------
entry(
    id="I1757", format="docx", layout="rubric_headings", topic="school_swimming_lesson_safety",
    project="independent110-safeinthewater-1757", docx_font="Calibri",
    title="Safe in the Water: making school swimming lessons safer for every child",
    cover=[
        "Lead: Hexley Leisure Trust (charity)",
        "Partners: Hexley County Council (Education and School Improvement); Hexley Community NHS Trust (School Nursing Service)",
        "Submitted by the Head of Aquatics, Hexley Leisure Trust",
    ],
    primary_entrant=dict(name="Hexley Leisure Trust", type="charity"),
    partners=[
        dict(name="Hexley County Council", type="local_authority"),
        dict(name="Hexley Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Context: why was the partnership needed?", """
Every week in term time about 3,500 primary school children come to our six pools for their school
swimming lessons. For many of them it is the only time they are in water. Lessons are taught by our
swimming teachers, with a lifeguard on poolside and the school's own staff there too.

By 2022 we were worried. Since the pandemic, fewer children arrived able to swim at all, and more
children were getting into difficulty: going under in water they could not stand up in, panicking, or
being pulled out by a lifeguard. We were also finding out, sometimes on poolside, that a child had
epilepsy, asthma or a heart condition, and nobody at the pool knew. In one lesson in 2022 a nine-year-old
girl had a seizure in the water; she was brought out quickly by the lifeguard and recovered, but her
school had not passed on that she had epilepsy, and her care plan said she should have had one-to-one
supervision in water.

The problems were spread across organisations. Schools book the lessons and bring the children. The
county council funds the lessons and sets the standard for schools. The school nurses hold the health
care plans for children with medical conditions. We run the pools and teach. Nobody had the whole
picture for any one child.

Drowning is one of the commonest causes of accidental death in children, and national figures show
that a large proportion of children leave primary school unable to swim 25 metres. School lessons are
the one chance to change that for children whose families cannot afford private lessons. We did not
want to make lessons so cautious that children stopped learning; we wanted every child to be in the
right water, with the right adults, and with the people on poolside knowing what they needed to know.
"""),
        ("evidence", "Evidence: what has improved?", """
From September 2022, every school sends the pool a short form for each class before the first lesson,
listing any child with a health care plan, and the school nursing service checks the list against its
own records. Children with epilepsy and some other conditions have a named adult with them in the water
or on the edge, as their care plan says. We introduced a water confidence assessment in the first
lesson so that every child is placed in water of the right depth, and a ratio of no more than eight
non-swimmers to a teacher.

<<Q:Incidents in which a lifeguard had to enter the water to help a child during school lessons halved
between the 2021/22 and 2023/24 school years.>> <<Q:Medical incidents in the water, such as seizures and
asthma attacks, where the pool had not known about the child's condition beforehand, went from 11 in
2021/22 to 1 in 2023/24.>> <<Q:There were also a third fewer children recorded as distressed or
panicking in the water over the same period.>>

We now receive a health list for 98% of classes before the first lesson. We have completed 9,800 water
confidence assessments.
"""),
        ("stakeholders", "Stakeholders: how were patients, families and staff involved?", """
<<S:Our swimming teachers and lifeguards wrote the water confidence assessment together, testing it with
different year groups at two pools, and they added a question about whether the child had ever been out
of their depth.>> <<S:School nurses helped us design the health form, keeping it to one side of paper,
and they suggested that children with epilepsy wear a coloured swimming cap so everyone on poolside can
see them.>> <<S:Teachers and teaching assistants from eight schools told us that poolside was the worst
place to pass on health information, which is why the list now comes a week before.>>

<<P:We invited parents of children with epilepsy and asthma to a coffee morning at the leisure centre.>>
<<P:They told us they worried most about the changing rooms and the walk to the pool, not just the water, so
the named adult now stays with the child from the moment they arrive.>> <<P:A group of Year 6 pupils who
could not swim at the start of the year helped us choose the pictures for the new 'what happens at
swimming' booklet for nervous children, and their choice of photos of real children in our pools is
what we used.>>
"""),
        ("value", "Value: impact and value for money", """
The health form and water confidence assessment cost almost nothing to introduce. The lower ratio for
non-swimmers meant extra teaching hours, about £21,000 a year, which the council has funded. A single
near-drowning can leave a child with brain injury, and even a frightening incident can put a child off
water for life, which makes them less safe in future.

Teachers say lessons are calmer. Parents of children with medical conditions say they trust us more.

There has also been a benefit for learning. Because children start in water of the right depth, more of
them make progress in the first term, and swimming teachers spend less time managing frightened
children and more time teaching. Schools have told us that children who were anxious about swimming now
look forward to it.
"""),
        ("spread", "Spread: how has it been shared?", """
The county council has written the health form into its school swimming guidance for all schools,
including those that use other pools. We have shared the water confidence assessment with the national
swimming teachers' association and with two other leisure trusts. The school nursing service uses the
same approach for school trips to the coast.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1758  cardiac arrest at mass participation running events - pdf - with
#        appendix - long - acute trust consultant cardiologist, detailed -
#        acute trust with a running events charity and the ambulance service -
#        staff involved - NO patient involvement (runners filled in a health
#        questionnaire, survivors and families sent letters and offered
#        screening, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1758", format="pdf", layout="with_appendix", topic="mass_participation_run_cardiac_arrest",
    project="independent110-finishline-1758", pdf_font="LiberationSerif", pdf_align="J",
    title="Beyond the Finish Line: cardiac arrest response and follow-up at mass participation running events",
    cover=[
        "Lead organisation: Hartsmere Hospitals NHS Foundation Trust (Cardiology and Inherited Cardiac Conditions Service)",
        "Partners: Hartsmere Running Events Trust (charity, organiser of the Hartsmere Half Marathon, the City 10K and weekly community 5K runs); Tarnfield Ambulance Service NHS Trust",
        "Lead author: Consultant Cardiologist and Clinical Lead for Inherited Cardiac Conditions",
    ],
    primary_entrant=dict(name="Hartsmere Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Hartsmere Running Events Trust", type="charity"),
        dict(name="Tarnfield Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Context", """
Running has never been more popular in Hartsmere. The Hartsmere Running Events Trust, a charity, puts on
the Hartsmere Half Marathon each spring with around 14,000 runners, the City 10K in the autumn with
8,000, and free weekly 5K runs in four parks that between them see around 2,500 runners every Saturday
morning. Most of the runners are not athletes. Many are in their forties, fifties and sixties and have
taken up running to get fit, and some have heart conditions they do not know about.

Cardiac arrest during a race is rare, roughly one in every 50,000 to 100,000 runners in a half marathon,
but it does happen, and it tends to happen in the last few miles and near the finish, when runners push
hardest. Unlike most cardiac arrests, it happens in front of hundreds of people, often with medical
cover nearby. Survival should be high. In Hartsmere it was not.

Between 2015 and 2021 there were nine cardiac arrests at the trust's events, six in the half marathon
and three at the weekly 5K runs. Only three of those runners survived. When we went through each one with
the ambulance service and the organisers, the same things came up again and again. The medical cover at
the half marathon was concentrated at the start and finish, with first aid posts every two miles but
only four defibrillators on the whole course. Marshals did not know how to call for help, other than
ringing 999 themselves, and the race control room was often the last to know. In two cases the nearest
defibrillator was on a vehicle that could not get through the crowds. At the weekly 5K runs, which are
run entirely by volunteers, there was no defibrillator at three of the four parks.

There was a second problem that nobody had looked at. When a young or middle-aged person has a cardiac
arrest during exercise, there is often an underlying inherited heart condition, such as cardiomyopathy
or an electrical problem with the heart. Their parents, brothers, sisters and children may carry the
same condition and be at risk. Our inherited cardiac conditions clinic should see these families, but
we found that only one of the nine families from the race arrests had ever been referred to us. The
survivors had been treated in different hospitals and discharged, and nobody had thought about their
relatives.

So the partnership had two goals. The first was to get a shock to any runner in cardiac arrest within
three minutes anywhere on the course. The second was to make sure that every runner who has a cardiac
arrest at one of the events, and their family, is followed up by a specialist inherited cardiac
conditions service.
"""),
        ("evidence", "Evidence of improvement", """
From the 2022 half marathon onwards the partnership put in place a new medical plan for all the trust's
events. It has four parts.

First, a network of cycle responders. Pairs of ambulance service community responders and trust staff
on bicycles, each carrying a defibrillator, are spread along the half marathon and 10K courses, with a
higher density in the last three miles. At the half marathon there are now 22 defibrillators on the
course, compared with four before. Second, every marshal has a card with a single number that rings the
race medical control, which sits alongside the ambulance service's event commander and can see every
responder on a map. Third, defibrillators were placed at all four weekly 5K parks in cabinets, and the
volunteer run directors have been trained with them. Fourth, any runner who has a cardiac arrest at an
event is referred automatically, with their consent or their family's, to our inherited cardiac
conditions clinic, wherever they were treated.

<<Q:At the half marathon and 10K, the average time from a runner collapsing to the first shock, taken from
the defibrillators' own records and the race control log, fell from 8 minutes 30 seconds in the arrests
between 2015 and 2021 to 2 minutes 50 seconds in those since 2022.>> <<Q:Of the nine runners who had a
cardiac arrest at our events between 2015 and 2021, three survived to leave hospital; of the seven since
2022, six have survived, five of them with no lasting brain injury.>>

<<Q:The average time from a marshal noticing a runner in trouble to the race medical control knowing
about it went down from 5 minutes to under 1 minute, based on timed exercises held before each event in
2021 and 2024.>>

Since 2022 all seven survivors and the families of two runners who died before 2022, who were traced
through the coroner, have been seen in the inherited cardiac conditions clinic. 41 relatives have been
screened. 9 relatives have been found to have an inherited heart condition, and 3 have had an implantable
defibrillator fitted. We do not know how many lives this will save, but for those families the question
of what happened has an answer.

Every runner entering the half marathon now completes a short health questionnaire at registration, and
about 2% are advised to see their GP before the race. We do not yet know whether this reduces the number
of arrests and have not counted it as an outcome.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:Ambulance service community responders and our own cardiac physiologists rode the half marathon
course on bicycles before the 2022 race and, timing themselves at race pace, worked out how far apart the
cycle responders needed to be; it was their idea to put extra pairs in the final three miles and at the
bottom of the long hill at mile nine.>> <<S:The ambulance service's event commanders and control room
staff designed the race medical control arrangement with the organiser's race director, and after a
tabletop exercise they asked for every responder to carry a GPS tracker, which we now do.>>
<<S:Cardiology registrars and the inherited cardiac conditions nurses wrote the referral pathway for
survivors and changed it after the first year, so that referrals come from the ambulance service's
patient record rather than relying on the hospital that treated the runner to remember.>> <<S:The
emergency department consultants at Hartsmere General agreed a standard list of tests for any runner
brought in after a collapse, including genetic samples, which the inherited conditions team had
asked for.>>

Runners are given information about the medical cover in their race pack, and they fill in the health
questionnaire when they register. Survivors and their families are sent a letter inviting them to the
inherited cardiac conditions clinic, and the relatives of runners are offered screening. We sent a
survey to all runners after the 2023 half marathon, and although many commented on the visible medical
cover, nothing in the plan was changed as a result. We would like to set up a group of survivors and
families to advise us in the future.
"""),
        ("value", "Value", """
The extra defibrillators cost around £18,000, paid for by the running trust from race entry fees, and
the cycle responders are volunteers from the ambulance service's community responder scheme and staff
who give their time. The race medical control uses the ambulance service's existing event command
equipment. The inherited cardiac conditions clinic appointments are part of our commissioned service.

A survivor of cardiac arrest who goes home without brain injury avoids a long stay in intensive care and
a lifetime of care costs. Finding an inherited heart condition in a relative before they have a cardiac
arrest is the clearest kind of prevention there is. An implantable defibrillator costs around £10,000
to £15,000 to fit; a sudden death in a young parent is a loss that cannot be counted.

The organisers say the visible medical cover, with responders on bikes along the route, reassures
runners and their families, and entries for the half marathon have continued to grow.
"""),
        ("spread", "Spread", """
The cycle responder model has been adopted by two other half marathons in the region and by a city
marathon in the north of England, which asked our physiologists to help plan its course. The running
trust has shared its defibrillator cabinets and training with the national organiser of weekly community
runs, which has since put defibrillators in 30 more parks in the region. The automatic referral of
survivors to an inherited cardiac conditions service has been included in the regional cardiac network's
guidance for out-of-hospital cardiac arrest.

We presented the work at the British Cardiovascular Society's annual conference in 2024 and have
published our timing data in a sports medicine journal.
"""),
    ],
    trailer=[
        ("heading", "Appendix: definitions and data sources"),
        ("para", "Cardiac arrest: a runner who was unresponsive and not breathing normally, in whom CPR was started. Survival: discharged alive from hospital. Time to first shock: from the time of collapse recorded on the race control log, or by a witness, to the first shock recorded by the defibrillator."),
        ("para", "Event data come from the Hartsmere Running Events Trust's race control logs and the Tarnfield Ambulance Service NHS Trust's patient records. Clinic and screening figures come from the Inherited Cardiac Conditions Service at Hartsmere Hospitals NHS Foundation Trust. Figures are for events held between April 2015 and October 2024."),
        ("para", "Contact: Inherited Cardiac Conditions Service, Hartsmere General Hospital, Priory Lane, Hartsmere HR3 6QT."),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1759  welfare hub for the Christmas market and New Year's Eve - docx -
#        bullet lists - ICB urgent care programme lead, brisk - ICB with the
#        city council, the ambulance service and a street welfare charity -
#        people who had used the hub involved - NO staff involvement
#        (paramedics briefed, CCTV operators trained, a named hub manager, a
#        plan, a negation) - measured changes in words ('a third fewer')
# ---------------------------------------------------------------------------
entry(
    id="I1759", format="docx", layout="bullet_lists", topic="city_centre_event_welfare_hub",
    project="independent110-safeharbour-1759", docx_font="Arial",
    title="Safe Harbour: a welfare and treatment hub for the Wellbridge Christmas market and New Year's Eve",
    cover=[
        "Lead organisation: NHS Wellbridge and Hale Integrated Care Board",
        "Partners: Wellbridge City Council (Community Safety and Events); Northmarch Ambulance Service NHS Trust; Wellbridge Street Angels (registered charity)",
        "Entry submitted by the Urgent and Emergency Care Programme Lead",
    ],
    primary_entrant=dict(name="NHS Wellbridge and Hale Integrated Care Board", type="icb"),
    partners=[
        dict(name="Wellbridge City Council", type="local_authority"),
        dict(name="Northmarch Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Wellbridge Street Angels", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
Wellbridge's Christmas market runs for five weeks from mid-November and draws more than a million
visitors, with bars and food stalls open until 10pm. It ends with the city's New Year's Eve fireworks,
which bring around 60,000 people into the centre. Every year these weeks were among the busiest of the
year for the city's emergency department and ambulance service.

What we saw in the winter of 2022/23:

- large numbers of people, many of them young, brought to the emergency department intoxicated but
otherwise uninjured, often by ambulance

- falls on icy cobbles among older visitors, and people with minor cuts and head bumps who went to the
emergency department because there was nowhere else open

- ambulances held in the city centre for long periods looking after intoxicated people, while 999 calls
elsewhere waited

- young women separated from friends, with a flat phone, who were at risk of harm

- no single place in the city where the NHS, the council and the voluntary sector worked together on
the busiest nights

Each organisation was doing its best on its own. The council ran the market and the fireworks and had
stewards and CCTV. The ambulance service put extra crews on. The Street Angels, a volunteer charity
linked to the city's churches, had been walking the streets on Friday and Saturday nights for ten years,
handing out flip-flops and water and helping people get home. But there was no shared plan, and the
emergency department, at the end of the line, took whatever came through the door.
"""),
        ("evidence", "What has changed", """
Safe Harbour opened for the 2023/24 Christmas market and New Year's Eve and ran again in 2024/25:

- a heated marquee in Cathedral Square, open from 6pm to 2am on Fridays and Saturdays during the
market and from 6pm to 4am on New Year's Eve

- staffed by a paramedic, an emergency nurse, a health care assistant and Street Angels volunteers, with
phone charging, water, foil blankets and a quiet area

- able to treat minor injuries, observe people who are intoxicated until they are safe to go home, and
send people to hospital only when they need it

- linked by radio to the council's CCTV room and to the ambulance service's event control, so crews can
bring people to the hub instead of to hospital

What we found, comparing the same nights in 2022/23 with 2024/25:

- <<Q:ambulance conveyances from the city centre to the emergency department on market and New Year's
Eve nights were a third lower>>

- <<Q:emergency department attendances for alcohol intoxication without injury on those nights went
down by nearly half, from 212 to 114>>

- <<Q:the average time ambulances spent at city centre calls on those nights fell from 71 minutes to 38
minutes>>

- the hub saw 1,486 people over the two winters

- 93 people were sent on to hospital from the hub
"""),
        ("stakeholders", "Involvement", """
- <<P:people who had been looked after by Street Angels on nights out in the previous year met us in a
café and told us they would not go anywhere that looked like a hospital, so the hub is called Safe Harbour
and has no NHS signs on the outside>>

- <<P:a group of students who volunteered to take part after being helped by the hub on its first night
tested the route from the market to the marquee and asked for the entrance to face the square, where
people could see it, rather than the side street>>

- <<P:older visitors at the cathedral's Tuesday lunch club gave their views on the gritting and lighting
of the cobbled streets, and the council moved two lighting towers because of what they said>>

- paramedics and emergency nurses were briefed on the hub before each shift

- council CCTV operators were trained in how to direct people to the hub

- the hub was run by our named hub manager, Gareth Lowe, as part of his usual role in the ICB's urgent
care team

- emergency department staff were not asked for their views on the design

- we plan to hold a debrief with all the staff who worked in the hub before next winter
"""),
        ("value", "Value", """
- the hub cost about £68,000 each winter, shared between the ICB and the council's events budget

- each ambulance conveyance and emergency department attendance avoided saves several hundred pounds,
and more importantly frees crews and cubicles for people who are seriously ill

- business owners at the market have said the hub makes the city feel safer

- people who used the hub wrote messages in our comments book, many of them thanking the volunteers for
looking after them
"""),
        ("spread", "Spread", """
- the council is planning to open the hub on the city's three busiest summer event weekends

- the ambulance service has shared the model with two other cities in its region

- the ICB has included Safe Harbour in its winter plan as a standing service

- we have written a short guide for other cities covering the marquee layout, the clinical protocols for
observing intoxicated people and the radio links, and have sent it to the regional urgent and emergency
care board

- the Street Angels have shared their approach with volunteer groups in two nearby towns that hold
their own Christmas events
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1760  occupational asthma in small bakeries - pdf - numbered questions -
#        short - PCN clinical director, plain - primary care network with the
#        borough council and the acute trust's respiratory service - bakers
#        and staff involved - NO evidence section and no measured change
#        anywhere in the entry
# ---------------------------------------------------------------------------
entry(
    id="I1760", format="pdf", layout="numbered_questions", topic="bakery_occupational_asthma",
    project="independent110-flourdust-1760", pdf_font="DejaVuSans", pdf_align="L",
    title="Clearing the Air: occupational asthma in small bakeries",
    cover=[
        "Lead organisation: Brackenfold Primary Care Network",
        "Partners: Brackenfold Borough Council (Environmental Health); Brackenfold Hospitals NHS Trust (Respiratory and Occupational Lung Disease Service)",
        "Entrant: Clinical Director, Brackenfold PCN",
    ],
    primary_entrant=dict(name="Brackenfold Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Brackenfold Borough Council", type="local_authority"),
        dict(name="Brackenfold Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. Why was the partnership needed?", """
Brackenfold has more than sixty small bakeries, from family businesses making bread and cakes to
in-store bakeries in supermarkets and a growing number of bakeries serving the town's South Asian,
Polish and Turkish communities. Flour dust and the enzymes added to it are one of the commonest causes
of occupational asthma in the UK. Bakers who develop it often carry on working, using more and more
inhalers, until their lungs are permanently damaged.

Our GPs and practice nurses were seeing bakers with asthma, but their job was rarely recorded, and when
it was, nobody asked whether their symptoms got better on days off, which is the key question. The
council's environmental health team inspects bakeries for food hygiene but had never looked at dust. The
hospital's occupational lung disease service was receiving very few referrals and most came too late.

We agreed that every adult with new or worsening asthma in our practices would be asked what job they
do, and anyone working with flour would be asked about symptoms at work and on days off. Those with
suspected occupational asthma are referred straight to the hospital service for testing. Meanwhile,
environmental health officers add a short dust check to their food hygiene visits, with advice on
damping down, sieving and extraction.

The partnership makes sense because no one organisation sees the whole problem. The GP sees the
symptoms but not the bakery. The environmental health officer sees the bakery but not the person's
lungs. The hospital service can make the diagnosis and advise on whether the person can keep working,
but only if someone refers them early enough. Many bakery workers in Brackenfold work long night shifts,
are self-employed or work for a relative, and have no occupational health service, so the GP is often the
only health professional they see.
"""),
        ("stakeholders", "2. Who was involved and how?", """
<<P:Four bakers with asthma, two of them from the same family bakery, met our practice nurses and told
us they had not mentioned work because they were afraid of losing their livelihood, so the questions now
start with 'we want to help you keep working safely'.>> <<P:One baker suggested we give out a simple
symptom diary that could be kept on the bakery wall, and he tested it for a month before we printed
it.>>

<<S:Practice nurses who run our asthma clinics wrote the three screening questions with the hospital's
occupational lung disease nurse and tried them in two practices first.>> <<S:Environmental health
officers told us they could only spare ten minutes on a food visit, so the dust check was cut to five
questions and a look at how flour is tipped.>>
"""),
        ("value", "3. What has been the impact and is it value for money?", """
Since June 2024 practice nurses have asked 640 patients with asthma about their job, and 38 were
working with flour. 14 have been referred to the hospital service. Environmental health officers have
done the dust check at 46 bakeries. The changes cost nothing beyond staff time. Catching occupational
asthma early means a baker can often stay in work with better dust control, rather than losing their
job and their health.

Bakery owners have been more welcoming than we expected. Several have asked the environmental health
officers for advice on extraction before their next refit, and one supermarket chain has changed how
flour is delivered to its in-store bakeries in the borough.
"""),
        ("spread", "4. How has the work been shared?", """
The job question has been added to the asthma review template used by all PCNs in the borough. The
council has shared the dust check with neighbouring councils, and the hospital service is offering the
same route to PCNs with large food factories in their area.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
