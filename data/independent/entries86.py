"""Eighty-sixth independent evaluation set (I1361..I1376) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing ambulance services, fire and rescue
services, acute and mental health trusts, hospices, integrated care boards, councils,
charities, universities, GP federations and the odd private transport company send in,
in their own voices and at their own length.  The theme of this set is ambulance and
transport: falls calls and long waits on the floor, hospital handover delays, patient
transport for dialysis and outpatients, mental health conveyance and end-of-life
transfers.

Topics (lead's type and layout): a fire and rescue service falls response team lifting
uninjured people who are waiting on the floor for an ambulance (a fire and rescue
service, pdf own headings); video triage of falls calls in the ambulance clinical hub
(an ambulance service, docx numbered questions with cover bullets); getting people to
dialysis through snow and floods (a council emergency planning team, docx no headings);
portable oxygen running out on non-emergency patient transport journeys (a private
patient transport company as primary entrant, pdf lists); pressure care, medicines and
food for patients held in ambulances outside the emergency department (an acute trust,
docx rubric headings); a mental health response car staffed by a paramedic and a mental
health nurse (a mental health trust, pdf CAPS headings); safe transfers of mental health
inpatients between a trust's own sites and to its intensive care unit (departments of
one mental health trust, no partner, docx style headings); dying patients who are moved
from hospital to home or hospice and die on the way (a hospice, pdf with appendix); an
out-of-hours palliative care advice line for ambulance crews (an integrated care board,
docx form with a cover table); critically ill adults transferred between hospitals (an
acute trust hosting a critical care transfer service, pdf two columns); safety-netting
phone calls the day after a crew leaves someone who has fallen at home (a university,
pdf numbered questions); volunteer welfare calls to people waiting for an ambulance after
a fall (a community first responders charity, docx bold headings with a cover table);
escorts not booked for outpatient transport for people with dementia or a learning
disability (an integrated care board, pdf form with a cover table); people living with
obesity who fall at home and wait for bariatric crews and equipment (an ambulance
service, docx results first, no spread section); a falls lifting service for telecare
users (a private lifting company as primary entrant, pdf style headings via soffice) and
GP requests for an ambulance that wait many hours (a GP federation, docx lists, no
evidence section).

Build it with

    .venv/bin/python data/independent/build.py --set 86   (writes data/corpus/independent86/)

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
  * not Q: dates, financial years, bed/ward/vehicle/station counts, headcounts, numbers
    trained, activity counts (calls, journeys, lifts, transfers, referrals, people
    contacted), single figures with no baseline, a zero with no earlier figure, figures
    that did not change, budgets, costs and savings estimates, phone numbers, reference
    numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including 'halved', 'a third fewer', a shift on a run or SPC chart);
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
emergency_service; GP practices, GP federations and primary care networks are
primary_care; patients' and carers' groups are patient_group; hospices and volunteer
charities are charity; a university is university; patient transport companies, lifting
and telecare companies are private).  A department or team of the entrant's own
organisation is not a partner.  Flags are written by hand and build.py cross-checks them
against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1361  fire service falls response team - pdf - own headings - fire service
#        group manager, practical - fire and rescue service with the ambulance
#        service and the council - people who fell, families and staff
#        involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1361", format="pdf", layout="own_headings", topic="fire_service_falls_lifting_response",
    project="independent86-upagain-1361", pdf_font="LiberationSans", pdf_align="L",
    title="Up Again: firefighters responding to people who have fallen and are waiting for an ambulance",
    cover=[
        "Lead organisation: Brackenshire Fire and Rescue Service (Prevention and Community Response)",
        "Partners: Northfell Ambulance Service NHS Trust; Brackenshire County Council (Adult Social Care)",
        "Written by the Group Manager for Community Response",
    ],
    primary_entrant=dict(name="Brackenshire Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Northfell Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Brackenshire County Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why we got involved", """
Brackenshire is a big, mostly rural county with an older population than the national average. Every day
the ambulance service receives calls from people who have fallen at home and cannot get up. Most of them
are not badly hurt. They need someone to check them over, lift them safely and make sure they are all
right to be left. But because they are not in immediate danger, these calls are given a lower priority,
and on a busy day they can wait many hours for a crew.

A long time on the floor is harmful in its own right. After an hour or two an older person can become
cold, dehydrated and confused. Muscle starts to break down and pressure damage can begin on the hips and
heels. Some people who were not injured by the fall itself end up in hospital because of the wait. And
people tell us the fear of lying on the floor again stays with them for a long time afterwards.

Meanwhile our fire stations had more capacity during the day than they used to. House fires have become
much less common over twenty years. Our crews already visit older people's homes for safe and well
checks, they are trained in first aid and manual handling, and our stations are spread across the
county, often closer to small villages than the nearest ambulance station.

In the winter of 2022 the ambulance service's control room asked whether we could help. The council's
adult social care team, which runs the county's community alarm service, joined us because many of the
people who fall are alarm users and their wardens were also being called out with no way of lifting
anyone.

There were real questions to answer before we could start. Firefighters are not clinicians, and none of
us wanted a service that lifted someone with a hidden hip fracture or left a person at home who was
developing sepsis. Our crews also had to stay available for fires and road traffic collisions, so a fall
response could never be allowed to leave a station area without cover. And the people we would be
visiting were often frail, living alone and frightened, which called for a different approach from the
one our crews are used to at an emergency. We spent most of 2022 working through these questions with the
ambulance service's clinical leads and the council's community alarm managers.

Since April 2023 two of our day-crewed fire engines, and a dedicated falls response car, have been on
call for falls. The ambulance clinical hub screens each fall call. If the person has no obvious serious
injury, is not unconscious and has no chest pain or breathing difficulty, the hub passes the call to our
control room and we send the nearest available crew.

Our crew carries an inflatable lifting chair, a basic observations kit and a tablet. On arrival they
carry out a structured check with the person still on the floor, send the observations through to a
paramedic in the ambulance hub and talk to them by video if needed. Only when the paramedic agrees do
they lift. If anything is wrong, the paramedic upgrades the call and the crew stays with the person until
the ambulance arrives, keeping them warm and comfortable.

Before leaving, the crew checks the home for hazards, makes sure the person can reach a phone or has
their pendant on, and, with their agreement, refers them to the council's falls prevention service.
"""),
        ("evidence", "What has changed", """
Between April 2023 and March 2025 our crews attended 3,418 falls. In 2,905 of them the person was lifted
and left safely at home without needing an ambulance.

<<Q:The median time from a 999 call to someone arriving with a fall in Brackenshire went down from 3 hours
41 minutes in 2022 to 52 minutes in 2024.>> <<Q:The proportion of fallers who waited more than four hours
fell from 38% to 6% over the same period.>>

<<Q:Admissions to hospital with a long lie recorded as a reason, such as rhabdomyolysis, hypothermia or
pressure damage, dropped from 211 in 2022 to 97 in 2024 among people aged 65 and over living in the
county.>>

We also followed up everyone who was left at home by our crews. <<Q:In the first year, 4.1% of people
were re-contacted by the ambulance service within 72 hours; in the second year, after we changed the
checklist, that went down to 2.6%.>> No one we left at home in the two years came to serious harm that
could be linked to the decision.
"""),
        ("stakeholders", "Working with people", """
<<P:We asked people who had waited a long time on the floor, and their families, to come and talk to us at
two of our stations, and what they told us changed the service: they wanted to be kept warm and to have
a drink while the checks were done, so every crew now carries foil blankets and bottled water.>> <<P:A
woman who had lain on her bathroom floor overnight in 2021 helped us write the leaflet we leave behind,
and she insisted it should say clearly that calling 999 again is always all right.>>

<<S:Firefighters on the two pilot watches designed the on-floor check together with paramedics from the
ambulance service and tried it out in our training centre before we went live.>> <<S:Ambulance hub
paramedics told us the observations were arriving in the wrong order for their own system, so the tablet
form was rebuilt with them.>> <<S:The council's community alarm wardens suggested that they should be able
to request us directly for alarm users they know well, and that route was added in the second year.>>
"""),
        ("value", "Value for money", """
Each fall response costs us about £180, mostly in staff time that was already funded. An ambulance
attendance costs more, and a hospital admission after a long lie costs several thousand pounds. The
ambulance service has freed up crews for the most serious calls.

Firefighters say the work is rewarding. The people they help often remember them and wave at the fire
engine when it goes past.
"""),
        ("spread", "Sharing what we have learned", """
We have presented the model at the national fire chiefs' prevention conference, and two neighbouring fire
services have visited our stations. The on-floor checklist, the joint operating procedure with the
ambulance service and our training package are free to any service that asks. The council is now looking
at extending the direct referral route to sheltered housing schemes across the county.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1362  video triage of falls calls in the ambulance clinical hub - docx -
#        numbered questions with cover bullets - clinical hub lead, formal -
#        ambulance service with a GP federation and a community trust - staff
#        involved - NO patient involvement (patients as beneficiaries, texts
#        sent, a survey that changed nothing, a plan, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1362", format="docx", layout="numbered_questions", topic="ambulance_video_triage_falls_calls",
    project="independent86-seeandsend-1362", docx_font="Arial",
    title="See and Send: video triage for people who have fallen at home",
    cover=[
        "Primary entrant: Eastmarch Ambulance Service NHS Trust (Integrated Clinical Hub)",
        "Submitted by the Head of Clinical Hub Operations",
    ],
    cover_bullets=[
        "Partner: Fennick Vale GP Federation (Acute Home Visiting Service)",
        "Partner: Fennick Vale Community Health NHS Trust (Urgent Community Response)",
    ],
    primary_entrant=dict(name="Eastmarch Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Fennick Vale GP Federation", type="primary_care"),
        dict(name="Fennick Vale Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. Why was the partnership needed and what were its patient safety goals?", """
Falls are the single most common reason for a category 3 or category 4 call to Eastmarch Ambulance
Service. In 2022 the trust received just over 41,000 calls about a fall in a private home. The 999 call
handler asks a fixed set of questions, and the answers decide the priority. A telephone conversation with
someone lying on the floor, often elderly, frightened and hard of hearing, is a poor way of telling a
simple fall from a fall that has caused a hip fracture or a head injury, or a fall that is really the
first sign of sepsis or a stroke.

The consequences ran in both directions. Some people who needed an ambulance quickly waited too long,
because the telephone answers made them look well. Others waited for many hours for a double-crewed
ambulance that they did not need, when a community nurse or a visiting GP could have seen them at home and
kept them out of hospital. Our own incident reviews in 2022 found eleven cases of harm linked to a long
wait after a fall, including two deaths.

The safety goals were: to find the seriously injured or unwell faller sooner; to shorten the time on the
floor for everybody; and to send the right service first time.

From June 2023 every fall call coded category 3 or 4 in the Fennick Vale area has been reviewed within 30
minutes by a clinician in our integrated clinical hub. Where the caller has a smartphone, the clinician
sends a text link that opens a secure video call. The clinician can see the person, watch them move their
limbs, look at the injury and the surroundings and, with a relative or neighbour holding the phone, guide
a basic check.

The clinician then chooses from four outcomes: upgrade to an emergency ambulance; send the Urgent
Community Response team, which can reach most homes within two hours with lifting equipment; book a
same-day visit from the GP federation's acute home visiting service; or, for the small number who are
able to get up themselves, give advice and arrange a check call. The partners' clinicians can see our hub
notes directly, so nobody has to repeat the history.
"""),
        ("evidence", "2. What evidence is there of improvements in safe care as a direct result of the partnership?", """
Between June 2023 and May 2025 the hub carried out 9,812 video assessments of people who had fallen.

<<Q:The median time a person spent on the floor before any responder arrived fell from 4 hours 12 minutes
in the twelve months before the pilot to 1 hour 48 minutes in the second year of the pilot.>> <<Q:Calls
upgraded to category 2 after video review and found on arrival to have a serious injury or illness rose
from 310 to 482 a year, which we read as more of these people being picked out early rather than more
people being injured.>>

<<Q:Conveyance to the emergency department after a fall in Fennick Vale went down from 58% to 39% of
calls.>> <<Q:The number of patient safety incidents reported by our staff relating to a delayed response
to a fall dropped from 47 in 2022/23 to 19 in 2024/25.>>

An independent clinical audit of 400 randomly chosen cases found that the hub's decision was judged
appropriate in 386 of them.
"""),
        ("spread", "3. How have the achievements been applied elsewhere and best practice shared?", """
Video triage of falls was extended to the whole of the Eastmarch area in January 2025, covering four
integrated care systems. Our video triage standard operating procedure has been shared through the
national ambulance clinical hubs network, and two other ambulance services have used it as the basis of
their own. We have written up the audit for publication.
"""),
        ("value", "4. What has been the impact on staff and patient experience, and value for money?", """
Each emergency ambulance we do not send frees up a crew for other patients. Using national reference
costs we estimate the pilot avoided around £2.3 million of ambulance and emergency department costs over
two years, against the cost of four additional hub clinicians and the video software licence.

Hub clinicians tell us that being able to see the patient makes the decision far less stressful. The
Urgent Community Response nurses say they arrive knowing what they will find. Patients benefit from a
faster, more appropriate response, and relatives often say that seeing a clinician on the screen was
reassuring.
"""),
        ("stakeholders", "5. How were patients and staff involved?", """
<<S:The video triage questions and the four outcomes were designed over three months by a working group of
hub paramedics, emergency call handlers, Urgent Community Response nurses and GPs from the federation's
home visiting service.>> <<S:Call handlers told us that many older callers could not open the link while
on the phone to us, so the process was changed to let a second person, such as a neighbour, receive the
text instead.>> <<S:The federation's GPs asked for photographs of medicine packets to be captured during
the call, which is now part of the standard assessment.>>

Patients and relatives were sent a text message afterwards explaining what had happened and how to give
feedback. A patient experience survey was run in the first six months; the comments were overwhelmingly
positive and the process was not changed as a result. Patients were not part of the design group in the
first phase. We plan to ask the trust's Patient and Public Panel to review the text message wording and
the video instructions during 2025/26.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1363  getting people to dialysis through snow and floods - docx - no
#        headings - council resilience manager, plain and personal - council
#        emergency planning with the renal unit, a 4x4 volunteer charity and a
#        kidney patients' association - kidney patients involved - NO staff
#        involvement (nurses briefed, volunteer drivers trained, a named lead,
#        transport staff sent a list)
# ---------------------------------------------------------------------------
entry(
    id="I1363", format="docx", layout="no_headings", topic="dialysis_transport_severe_weather",
    project="independent86-throughthesnow-1363", docx_font="Georgia",
    title="Through the Snow: keeping dialysis going in severe weather",
    cover=[
        "Kelderby Borough Council, Emergency Planning and Resilience Team, with Kelderby and Moorside Hospitals NHS Trust (Renal Unit), High Moor 4x4 Response (volunteer charity) and the Kelderby Kidney Patients' Association",
        "Entry by the Resilience Manager, Kelderby Borough Council",
    ],
    primary_entrant=dict(name="Kelderby Borough Council", type="local_authority"),
    partners=[
        dict(name="Kelderby and Moorside Hospitals NHS Trust", type="nhs_trust"),
        dict(name="High Moor 4x4 Response", type="charity"),
        dict(name="Kelderby Kidney Patients' Association", type="patient_group"),
    ],
    sections=[
        ("context", None, """
In the first week of March 2023 the hill villages above Kelderby were cut off by snow for five days.
Roads were closed, the buses stopped and the patient transport service could not get its vehicles up the
valley. For most people that meant a few days of inconvenience. For people on haemodialysis it was
something else. Someone who dialyses three times a week cannot safely miss more than one session. After
that, potassium and fluid build up, breathlessness sets in and the risk of a fatal heart rhythm climbs
steeply.

That week, nine people from the upper valleys missed at least two sessions. Two of them were taken into
hospital by air ambulance as emergencies, one with a potassium level that the renal consultant later
described to me as the highest he had ever seen in someone who survived. Nobody had a list of who they
were. The renal unit knew its patients by name, of course, but not which roads they lived on or which
would close first. The council knew which roads would close but had no idea who in those houses depended
on getting to hospital. The volunteer 4x4 drivers, who had offered their help to the council years ago,
were sitting at home waiting for a call that never came.

I run the council's emergency planning team. After the debrief it was obvious that this was a gap in our
plans, not bad luck, and that it would happen again. Flooding on the low road at Sedge Bridge cuts off
another group of villages two or three times every winter.

So we built what we now call the snow list. The renal unit shares with the council, under a data sharing
agreement, the names, addresses and dialysis days of every patient who lives in one of the areas our
highways team has marked as likely to be cut off by snow or flood. We hold it securely in our emergency
centre and it is refreshed every month. When the Met Office issues an amber warning, or the highways team
expects a road to close, the duty resilience officer checks the list against the forecast and the
renal unit moves those patients to an earlier session, before the weather arrives, or to a session at the
satellite unit on the other side of the hills.

If people are already cut off, High Moor 4x4 Response collects them in its vehicles and takes them to the
nearest point the patient transport service can reach, or to the unit itself. The council's gritters are
told about each run so that the route is treated first. As a last resort, the renal unit can ask the
ambulance service or the air ambulance for help, but the whole point is never to get there.
"""),
        ("evidence", None, """
The snow list has been used in four spells of severe weather since it began in November 2023, including
the floods of January 2024 and the snow of November 2024. In those four spells, 63 dialysis journeys were
moved to a different day or unit and 41 journeys were made by 4x4 volunteers.

<<Q:In the 2022/23 winter, 23 dialysis sessions were missed by people in the marked areas because of the
weather; across the two winters since, the figure has been 3, all from people who chose not to travel.>>
<<Q:Emergency admissions for high potassium or fluid overload among dialysis patients from these areas
during severe weather went from 4 in the winter of 2022/23 to none in either of the following winters.>>

Every patient on the list was telephoned by the renal unit before each of the four spells.
"""),
        ("stakeholders", None, """
<<P:The idea of asking patients to choose a named neighbour who could be contacted if their phone lines
were down came from members of the Kelderby Kidney Patients' Association, who went through the whole plan
with us at one of their evening meetings.>> <<P:Two patients who were cut off in 2023 told us that they had
not known whether to set off in the snow or wait, so the association helped us write a short weather card
saying exactly what to do and whom to ring.>> <<P:Association members also asked that the 4x4 drivers
carry a folded blanket and a flask for the ride home after dialysis, when people are often cold and
washed out.>>

The renal nurses were briefed on the snow list at their team meeting, and the patient transport
controllers are sent the list each month. All 26 of High Moor's volunteer drivers have been trained in
how to help a person with a fistula in and out of a vehicle, and the drivers carry a copy of the weather
card. Gareth Lyle, our duty resilience officer, wrote the activation procedure and keeps the list up to
date as part of his role.
"""),
        ("value", None, """
The snow list has cost almost nothing. The 4x4 volunteers claim mileage, which came to a little over
£1,400 last winter. Against that, a single emergency admission with hyperkalaemia often means a stay in
intensive care, and an air ambulance mission is paid for by charitable donations that could go elsewhere.
But the real value is harder to put in pounds. People on dialysis in the hill villages tell us they no
longer dread the weather forecast.
"""),
        ("spread", None, """
We have presented the snow list at the local resilience forum and the other three councils in the county
have asked for our data sharing agreement. The renal unit is working with the regional kidney network on
a version for all the satellite units in the region. Our highways team has also added the list of
dialysis routes to its winter gritting priorities, so that the roads to the two dialysis units and the
main routes from the hill villages are treated early, ahead of the forecast rather than after it. There is nothing complicated about it: one list,
held where the weather decisions are made, and a plan agreed before the first snowflake. I would
encourage any emergency planner to ask their local renal unit one simple question: do you know which of
your patients will be cut off first?
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1364  portable oxygen running out on patient transport - pdf - lists -
#        PRIVATE patient transport company as primary entrant with a community
#        trust home oxygen service and an acute trust (ineligible) - operations
#        director, businesslike - patients and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1364", format="pdf", layout="bullet_lists", topic="oxygen_on_patient_transport",
    project="independent86-enoughforthejourney-1364", pdf_font="DejaVuSans", pdf_align="L",
    title="Enough for the Journey: oxygen safety on non-emergency patient transport",
    cover=[
        "Primary entrant: Swiftcare Patient Transport Ltd",
        "Partners: Oldbridge Community NHS Trust (Home Oxygen Assessment and Review Service) and Oldbridge General Hospitals NHS Trust (Outpatients and Discharge Lounge)",
        "Submitted by the Operations Director",
    ],
    primary_entrant=dict(name="Swiftcare Patient Transport Ltd", type="private"),
    partners=[
        dict(name="Oldbridge Community NHS Trust", type="nhs_trust"),
        dict(name="Oldbridge General Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
Swiftcare holds the non-emergency patient transport contract for Oldbridge and carries around 900
patients a day to and from outpatient clinics, day units and discharges. A growing number travel with
their own portable oxygen.

What we found in 2023:

- patients brought a single small cylinder for a round trip that, with waiting, could last six or seven hours

- nobody checked how much oxygen was left before the return journey

- our crews did not know the patient's prescribed flow rate and some turned it up when the patient became breathless

- our vehicles carried oxygen for emergencies only, not for topping up patients' own supplies

- the hospital discharge lounge did not have cylinders to lend

Between January and June 2023 our incident log recorded 17 occasions when a patient's oxygen ran out or
nearly ran out on a vehicle or while waiting for return transport. One man with severe COPD became drowsy
and confused in the back of our vehicle and was taken straight to the emergency department with a high
carbon dioxide level.

Nobody was at fault, exactly. The patient and family thought the hospital would have oxygen. The clinic
thought the transport company would. Our crews thought the patient had brought enough. The home oxygen
service prescribed the supply for daily life, not for a day out at the hospital.

Working with the home oxygen service and the hospital, we introduced:

- an oxygen question at booking: does the patient use oxygen, at what flow, and how many cylinders will they bring

- an automatic flag on journeys over three hours, including expected waiting time

- a 'journey supply' check by the crew at pick-up, using a simple chart of cylinder size against flow rate

- a stock of loan cylinders held in the outpatients department and the discharge lounge, supplied by the home oxygen contractor through the community trust

- a crew card showing the prescribed flow rate, which the crew must not change

- priority return journeys for anyone whose supply will run short
"""),
        ("evidence", "Results", """
- <<Q:incidents of oxygen running out or nearly running out fell from 17 in the six months before the change to 3 in the six months after, and to 2 in the following six months>>

- <<Q:journeys where the patient had enough oxygen for the whole trip, checked by audit, rose from 71% to 97%>>

- <<Q:the average wait for return transport for oxygen users came down from 2 hours 35 minutes to 1 hour 10 minutes>>

- no patient has needed emergency care for low oxygen or high carbon dioxide on one of our journeys since October 2023

- 214 crew members have completed the oxygen module
"""),
        ("stakeholders", "Who was involved", """
- <<P:six patients who use home oxygen, recruited through the Breathe Easy group, tested the booking questions on the phone and told us the word 'cylinder' confused people who use a concentrator at home, so the question was reworded>>

- <<P:one patient's wife, who usually travels with him, suggested the crew card be clipped to the oxygen bag so it goes wherever the patient goes>>

- <<S:our crews and the home oxygen nurses designed the journey supply chart together during two training days, and crew members tested it for a month before it was used everywhere>>

- <<S:discharge lounge nurses asked for the loan cylinders to be kept in a locked cage with a sign-out sheet, which they designed>>

- <<S:our booking team suggested adding the oxygen question to the online booking form used by the wards>>
"""),
        ("value", "Value", """
- loan cylinders cost the community trust around £3,200 a year

- avoided emergency attendances and admissions save far more than that

- crews say they feel more confident carrying oxygen users

- patients tell us they no longer watch the gauge anxiously on the way home
"""),
        ("spread", "Spread", """
- the booking question is now part of our standard booking script in all four of our contract areas

- the journey supply chart has been shared with the national association of patient transport providers

- the community trust has included the loan cylinder arrangement in its home oxygen service specification
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1365  patients held in ambulances outside the emergency department - docx
#        - rubric headings - ED matron, direct - acute trust with the
#        ambulance service - subtle patient involvement (a person who waited,
#        passive voice, pronoun) and staff involved - a 'halved' claim - no
#        flags
# ---------------------------------------------------------------------------
entry(
    id="I1365", format="docx", layout="rubric_headings", topic="care_during_ambulance_handover_delays",
    project="independent86-notforgotten-1365", docx_font="Calibri",
    title="Not Forgotten at the Door: basic care for patients waiting in ambulances outside the emergency department",
    cover=[
        "Wyvern Valley Hospitals NHS Trust, Emergency Department (lead)",
        "In partnership with Western Shires Ambulance Service NHS Trust",
        "Entry by the Matron for Emergency Care",
    ],
    primary_entrant=dict(name="Wyvern Valley Hospitals NHS Trust", type="nhs_trust"),
    partners=[dict(name="Western Shires Ambulance Service NHS Trust", type="emergency_service")],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Nobody wants patients to wait in the back of an ambulance. But in the winter of 2022/23 it happened at
Wyvern Valley every day, sometimes for five or six hours, and on the worst nights for more than ten. We
worked hard, and still do, to reduce those delays. This entry is about something different: what happens
to people while they wait.

When a patient is in the ambulance, the crew is responsible for them. When they come through the door,
we are. In between, in the queue outside, nobody was quite sure. Crews, quite rightly, kept doing
observations, but they were not able to give the patient's usual medicines, they had no food, and they
had nothing to turn a frail patient with. Our nurses were inside, looking after a full department.

Our incident reports that winter told the story. Patients with Parkinson's missed doses. People with
diabetes went hours without insulin or food. Frail older people developed pressure damage on ambulance
stretchers. One man with a known heart condition was given no anticoagulant for fourteen hours. Each of
these problems is preventable, but only if somebody owns it.

The crews felt this as keenly as we did. A paramedic who has been outside with the same patient for six
hours has often not eaten, has missed several other calls, and has watched the person in their care grow
more uncomfortable. Inside, our nurses knew there were people in the queue who needed things, but could
not leave the patients in front of them. The result was a gap in responsibility that both organisations
could see and neither could close on its own.

Our goals were simple: every patient waiting outside should get time-critical medicines on time, pressure
area care, food and drink, and a clinical review, exactly as if they were already inside.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
We now have a 'care at the door' nurse on every shift when there are more than three ambulances waiting.
The nurse walks the queue every hour with the crews, reviews each patient, prescribes or gives
time-critical medicines from a small stock in the ambulance bay, offers food and drink and helps the crew
turn or reposition frail patients onto pressure-relieving mattresses that can be fitted to a stretcher.

<<Q:Time-critical medicine doses given late or missed for patients waiting outside halved between the
first quarter we measured, in January to March 2023, and the same quarter in 2024.>> <<Q:Pressure ulcers
of category 2 or above first found in the department in patients who had waited more than four hours in
an ambulance fell from 22 in the winter of 2022/23 to 6 in the winter of 2023/24.>>

We also record whether each patient had food and drink offered within two hours of arrival. The latest
audit shows 91% did.

The care at the door nurse also keeps a simple board showing every patient in the queue, when they
arrived, when they were last reviewed and what they are waiting for. When the department becomes able
to take a patient, the board helps us choose the person whose needs are greatest rather than simply the
one who arrived first. The ambulance service's hospital ambulance liaison officer uses the same board,
so that the two organisations share one picture of the queue instead of two.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The care at the door standard is now part of the joint handover policy used by all five emergency
departments served by the ambulance service. We presented the model at the regional urgent and emergency
care board and it has been included in the ambulance service's winter plan for the next two years.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The care at the door nurse is funded from existing emergency department staffing on the days it is
needed. The pressure-relieving stretcher overlays cost £14,000 and were bought by the ambulance service.
A single hospital-acquired pressure ulcer can cost several thousand pounds to treat.

The biggest cost is not financial. Both organisations have lost good staff over the last three winters,
partly because of the distress of working in a corridor or an ambulance bay where patients could not be
cared for properly. Ambulance crews say they no longer feel abandoned outside. Our nurses say it is one of the few things
about the winter that makes them feel they are giving good care.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<S:Paramedics and emergency department nurses wrote the care at the door checklist together over a series
of joint huddles in the ambulance bay, and crews asked for a single coloured sticker on the stretcher to
show when a patient had last been turned, which we adopted.>> <<S:Our pharmacists chose the medicines for
the bay stock after the crews showed them which doses were being missed most often.>>

<<P:A retired schoolteacher who had waited nine hours outside our department in December 2022 came back to
sit in the bay with us for an evening and walked us through every part of her wait; she said the worst
thing had been not knowing whether anyone inside knew she was there.>> <<P:That is why the nurse now
introduces herself to every patient by name, and it was her idea.>> <<P:The wording of the leaflet given
to people in the queue was changed after it was read and marked up by members of the trust's Older
People's Reference Group.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1366  mental health response car - pdf - CAPS headings - mental health
#        trust service manager, earnest - mental health trust with the
#        ambulance service and police - people with lived experience (told in
#        the value section) and staff involved - NO quantitative evidence in
#        the evidence section (activity counts, a single figure, a target, a
#        budget); one measured change given in the value section
# ---------------------------------------------------------------------------
entry(
    id="I1366", format="pdf", layout="caps_headings", topic="mental_health_response_vehicle",
    project="independent86-rightcar-1366", pdf_font="LiberationSans", pdf_align="J",
    title="THE RIGHT CAR: A MENTAL HEALTH RESPONSE VEHICLE FOR PEOPLE IN CRISIS",
    cover=[
        "LEAD ORGANISATION: Calderbrook and Ryle Partnership NHS Foundation Trust (Crisis and Home Treatment Services)",
        "PARTNERS: Pennine Edge Ambulance Service NHS Trust; Calderbrook Constabulary",
        "AUTHOR: Service Manager, Crisis Pathways",
    ],
    primary_entrant=dict(name="Calderbrook and Ryle Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Pennine Edge Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Calderbrook Constabulary", type="emergency_service"),
    ],
    sections=[
        ("context", "WHY WE NEEDED TO ACT", """
When someone in a mental health crisis rings 999, what usually arrives is either a double-crewed
ambulance, whose crew may have had very little mental health training, or a police car. Neither is
designed for the job. An ambulance crew can assess physical health but is usually left with only one safe
option, which is to take the person to the emergency department, where they may wait for many hours in a
noisy and frightening place. Police officers are often the ones who end up holding the situation,
sometimes using section 136 of the Mental Health Act, which means the person is detained and driven in
the back of a police vehicle.

In Calderbrook and Ryle in 2022, about one in eight calls to the ambulance service were about mental
health. People told us of being taken to hospital in handcuffs when they had done nothing wrong. Crews
told us they felt helpless. And the emergency department was not a safe place for many of the people we
were sending there: people left before being seen, some harmed themselves in the toilets, and one young
man took his own life within a day of leaving the department without an assessment.

We wanted to change the first response. Instead of asking which service should go, we asked what the
person in crisis needed, and the answer was a clinician who could assess both their physical and mental
health, in their own home or wherever they were, and then arrange the right help.

No single organisation could provide that on its own. The ambulance service had the control room, the
dispatch system and paramedics who could assess physical health, but not mental health expertise. Our
trust had crisis nurses who were skilled at assessment and knew the local services, but no way of
getting to people quickly or of being sent by 999. The police were often first on scene and wanted a
clinical option other than detention. Bringing the three together, with one car and one shared set of
records, was the only way to change what arrived at the door.
"""),
        ("evidence", "WHAT WE HAVE ACHIEVED", """
The mental health response car started in September 2023. It is an ordinary unmarked estate car, staffed
from 12 noon to midnight, seven days a week, by a paramedic from the ambulance service and a registered
mental health nurse from the trust. It is dispatched by the ambulance control room to 999 calls where
mental health is the main concern, and the police can request it directly for people they are with.

In the first eighteen months the car attended 2,460 incidents. 81% of the people seen were cared for
without going to the emergency department: they were supported at home, referred to the crisis team,
taken to our crisis café or admitted directly to a mental health bed. The car was the first response to
412 calls that would previously have gone to the police.

Every person seen by the car gets a follow-up call from the crisis team within 24 hours. Our target is
for the car to reach 90% of its calls within an hour, and at present it reaches 74%. No serious incident
has been reported in connection with a decision made by the car's crew.

The service costs about £620,000 a year, which is shared between the two NHS trusts.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:The car was designed by a joint group of paramedics, crisis nurses, police officers and control room
dispatchers who met every fortnight for six months and visited a similar service in another region before
writing our operating procedure.>> <<S:Dispatchers pointed out that the call categories we had chosen
would miss most calls from people in public places, so the dispatch criteria were widened before we
started.>> <<S:Paramedics and nurses who staff the car meet monthly to review difficult cases and have
changed the follow-up call process twice as a result.>>

The police federation and the trust's governors were kept informed throughout.
"""),
        ("value", "VALUE AND EXPERIENCE", """
Every person taken to the emergency department in a mental health crisis costs the NHS a great deal in
staff time and bed space, and the people themselves pay the highest cost. <<Q:Police officer hours spent
waiting with people in crisis at the emergency department fell from about 410 a month in 2022 to about
150 a month in 2024.>>

<<P:The car exists in the form it does because of the trust's lived experience advisory group: its
members told us that a marked ambulance outside the house made neighbours talk, and asked for an unmarked
car with crew in ordinary jackets, which is what we bought.>> <<P:They also chose the words the crew use
to introduce themselves and wrote the card the crew leave behind.>>

Staff on the car say they can finally do what they trained to do. People seen by the car often say it was
the first time in a crisis that they felt listened to.
"""),
        ("spread", "SHARING THE LEARNING", """
We have shared our operating procedure and dispatch criteria with the national mental health and
ambulance leads, and three other trusts have visited. We hope to extend the hours of the car to 24 hours
and to add a second car in the east of the county in 2026, if funding can be found.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1367  moving mental health inpatients between a trust's own sites - docx -
#        style headings - head of patient flow, measured - departments of one
#        mental health trust, NO partner (ineligible) - patients and staff
#        involved
# ---------------------------------------------------------------------------
entry(
    id="I1367", format="docx", layout="style_headings", topic="mental_health_inpatient_transfers_between_sites",
    project="independent86-safepassage-1367", docx_font="Cambria",
    title="Safe Passage: planned and calm transfers between our inpatient units",
    cover=[
        "Harrowdean Mental Health NHS Foundation Trust",
        "A joint project of the Patient Flow Team, the Trust Transport and Escort Service, the Psychiatric Intensive Care Unit and the acute admission wards",
        "Prepared by the Head of Patient Flow",
    ],
    primary_entrant=dict(name="Harrowdean Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Harrowdean Mental Health NHS Foundation Trust runs adult inpatient services on three sites about 25 miles
apart: eight acute admission wards, a psychiatric intensive care unit (PICU) and two rehabilitation units.
Patients move between these sites for many reasons. A person may be admitted to whichever bed is free and
then move closer to home. Someone whose risk has increased may be moved to the PICU, and back again when
things settle. In 2022 the trust carried out 1,340 transfers between its own sites.

Transfers were one of the riskiest things we did, and we did not treat them that way. Most were arranged
at short notice, often late in the evening, when the bed became free. Escorts were whichever nurses or
healthcare assistants could be spared from the ward, which left that ward short. The transport was a
taxi, a trust minibus or, for the most unwell patients, a private secure vehicle booked by phone.
Information about the patient's risks and medicines was sometimes in a handover sheet and sometimes not.

Our incident reports for 2021 and 2022 included patients who absconded from a vehicle at traffic lights,
assaults on escorting staff in the back of taxis, restraint in moving vehicles, medicines left behind on
the sending ward, and patients arriving at a unit that was not expecting them. Patients told us that
being moved suddenly, at night, without warning and without their belongings, was one of the most
frightening parts of their admission.

Part of the reason was the way beds were managed. The bed became free when the previous patient left,
often in the afternoon, and the move was arranged as soon as possible afterwards so that a person waiting
in the community or in a general hospital emergency department could be admitted. Every hour counted,
and so the transfer was squeezed into whatever time and transport were available. Nobody was deciding
whether the transfer itself was safe; the only question was whether the bed could be filled.

Safe Passage brought the patient flow team, our transport and escort service and the wards together to
treat every transfer as a planned clinical event. Transfers are now arranged between 9am and 7pm unless
there is an emergency; every transfer has a risk-based plan for the vehicle and the number of escorts;
escorts come from a dedicated team rather than the ward; and a one-page transfer summary goes with the
patient, covering risks, medicines, property, physical health needs and what the person has been told.
"""),
        ("evidence", "Results", """
<<Q:Transfers taking place between 9pm and 7am fell from 31% of all transfers in 2022 to 8% in 2024.>>
<<Q:Incidents during transfer, including absconding, assault and restraint in a vehicle, reduced from 64 in
2022 to 23 in 2024.>> <<Q:Transfers where medicines did not arrive with the patient dropped from 1 in 9 to
1 in 50 after the transfer summary was introduced.>>

<<Q:Restraint in a moving vehicle, which happened 12 times in 2022, happened twice in 2024.>> The escort
team has carried out 2,190 escorted journeys since it was set up.

The transfer summary is completed for every move, and the patient flow team checks each one before the
vehicle is booked. Each month the escort team leader and the patient flow manager look together at every
incident and every late transfer, and share what they find with the wards. The trust's board receives a
quarterly report on transfers as part of its restrictive practice programme.
"""),
        ("stakeholders", "Involving patients and staff", """
<<P:People who had been moved between our units during their own admissions were recruited through the
trust's involvement register, and five of them spent two afternoons with us mapping every step of a
transfer from their point of view.>> <<P:They asked that nobody should be moved without being told why,
where and how long the journey would take, and that their property should go in the same vehicle; both
are now written into the transfer summary.>> <<P:One of the group suggested a small comfort bag with a
drink, a snack and a fidget toy for the journey, and the group chose what went in it.>>

<<S:Nurses and healthcare assistants from the acute wards and PICU worked with the escort team to agree
the risk levels that decide the vehicle and number of escorts, and the escort team tested the levels for
two months before they were finalised.>> <<S:Ward managers asked for the 7pm cut-off after telling us how
late transfers affected their night staffing, and the policy was changed accordingly.>>
"""),
        ("value", "Value", """
The dedicated escort team is made up of eleven staff who were already employed by the trust, moved from
bank and agency escort shifts. The trust spent £1.1 million on agency escort shifts in 2022. Use of
private secure transport has fallen, and we estimate total savings at around £380,000 a year.
"""),
        ("spread", "Spread", """
Safe Passage has been adopted by the trust's learning disability and older adults' inpatient services.
We have shared the transfer summary with other mental health trusts in the region through the patient
flow network. The escort team's risk levels have also been included in the trust's training for new
inpatient staff, so that everyone who arranges a move understands how the vehicle and escorts are chosen.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1368  dying patients who die on the way home or to the hospice - pdf - with
#        appendix - hospice director of care, reflective - hospice with an acute
#        trust and the ambulance service's patient transport service - bereaved
#        families and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1368", format="pdf", layout="with_appendix", topic="end_of_life_transfers_deaths_in_transit",
    project="independent86-lastjourney-1368", pdf_font="LiberationSerif", pdf_align="L",
    title="The Last Journey: making end-of-life transfers from hospital safe, timely and dignified",
    cover=[
        "Lead entrant: St Aldric's Hospice, Greyfriars (registered charity)",
        "Partners: Greyfriars University Hospitals NHS Trust (Specialist Palliative Care Team and Discharge Hub); Tamsett Ambulance Service NHS Trust (Patient Transport Service)",
        "Prepared by the Director of Patient Care, St Aldric's Hospice",
    ],
    primary_entrant=dict(name="St Aldric's Hospice", type="charity"),
    partners=[
        dict(name="Greyfriars University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Tamsett Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "What was going wrong", """
Many people who are dying in hospital tell us they want to spend their last days at home or in the
hospice. When that wish is known, everyone tries to make it happen quickly, because time is short. But
the journey itself is often where it goes wrong.

Until 2023 an end-of-life transfer from Greyfriars was booked through the same patient transport system as
any other discharge. Crews arriving to collect a patient would sometimes find that the person was much
more unwell than the booking said, with noisy breathing, falling oxygen levels or severe pain, and they
were not sure whether it was safe or right to move them. Some journeys were cancelled at the bedside,
after the family had been told to expect their relative home that afternoon. Others went ahead with
nobody having talked about what would happen if the person died on the way.

Every year a small number of people did die in the back of a vehicle. In 2022 there were seven. For
several of those families, what should have been a gentle journey home became a 999 call at the roadside,
a crew attempting resuscitation against the person's wishes because the do not attempt CPR form had been
left on the ward, and a police attendance at home because the death was unexpected to those who had to
deal with it. One daughter wrote to us that her father's death in a lay-by was the thing she could not
stop thinking about.

There were other problems. Anticipatory medicines were often not sent with the patient, so a person could
arrive home in pain with nothing in the house to relieve it until the district nurse had visited. Syringe
drivers were sometimes taken down for the journey and not restarted. And when the transfer was to the
hospice, our nurses often did not know the person was on their way.

Each organisation was doing its best within its own part of the journey. The ward wanted to honour the
person's wishes quickly. The transport service was trying to fit an urgent, sensitive journey into a
booking system built for clinic appointments. The hospice and the district nurses were waiting at the
other end, often without the information they needed. What was missing was a shared plan that belonged
to the whole journey, not to any one organisation.
"""),
        ("evidence", "What difference it has made", """
Together with the hospital and the ambulance service we introduced a Last Journey pathway. Every
end-of-life transfer is now booked as a priority journey with a named crew trained in end-of-life care,
and the specialist palliative care team completes a short transfer plan. The plan includes a
conversation with the family about the chance of the person dying on the way, a copy of the do not
attempt CPR form and the advance care plan for the crew, confirmation that anticipatory medicines and a
running syringe driver travel with the patient, and a phone call to the district nurses or to our
admissions nurse before the vehicle leaves.

Crews carry a clear instruction for what to do if the person dies during the journey: pull over
safely, check for signs of life, call the hospice's 24-hour advice line, and then, with the family's
agreement, continue to the planned destination, where the death is verified by a nurse or doctor.

<<Q:The median time from the decision to transfer to the patient leaving hospital fell from 31 hours in
2022 to 9 hours in 2024.>> <<Q:Transfers cancelled at the bedside went from 14% of end-of-life bookings to
3%.>> <<Q:Patients arriving home or at the hospice without anticipatory medicines dropped from 41% in an
audit of 2022 transfers to 4% in the 2024 re-audit.>>

Where a person has died during the journey since the pathway began, the crew followed the plan, the person arrived
at the place they had chosen, and there was no resuscitation attempt or police attendance.
"""),
        ("stakeholders", "Who was involved", """
<<P:Three bereaved relatives, two of whose family members had died during a transfer, joined the working
group; they wrote the section of the transfer plan on talking to families about the possibility of death
during the journey, in words they said they would have wanted to hear.>> <<P:The families also asked that
the crew should carry a plain blanket rather than a body bag, and that the vehicle should never arrive
with lights and sirens, which are now both part of the pathway.>>

<<S:Patient transport crew members told us in a joint workshop that they had never been told what to do if
someone died on board, and they helped write the instruction card that they now carry.>> <<S:Hospital
palliative care nurses and ward discharge coordinators tested the transfer plan on two wards for three
months and cut it from four pages to one.>> <<S:Our own admissions nurses asked to receive the transfer plan
by secure email before the patient left, which we arranged with the hospital's IT team.>>
"""),
        ("value", "Value", """
The pathway has not needed new money. The crew training was delivered by the hospice education team
within its existing programme. Faster transfers free hospital beds for other patients: the hours saved
amount to more than 2,000 bed-days a year. Most importantly, families are given the death they were hoping
for rather than one they will remember with horror.
"""),
        ("spread", "Spreading the learning", """
The Tamsett Ambulance Service is rolling out the Last Journey instruction card across its patient
transport service in all four counties it covers. We have presented the pathway at the regional palliative
care network, and the two other hospices in the area have asked to join.
"""),
    ],
    trailer=[
        ("heading", "Appendix: Last Journey transfer plan (summary of contents) and data sources"),
        ("para", "Section A: patient details, destination and named contact at the destination. Section B: clinical condition on the day, including breathing, pain and agitation. Section C: conversation with the family about the journey, including the chance of death on the way. Section D: DNACPR form and advance care plan attached. Section E: anticipatory medicines and syringe driver checklist. Section F: call made to the receiving team (name, time)."),
        ("para", "Transfer times and cancellations are from the Greyfriars discharge hub and the patient transport service's booking system. The anticipatory medicines audits were carried out by the hospital's specialist palliative care team in November 2022 and November 2024."),
        ("para", "St Aldric's Hospice, Minster Road, Greyfriars, GF2 8RT. Registered charity."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1369  out-of-hours palliative advice line for ambulance crews - docx -
#        form table - ICB commissioning lead, formal - ICB with a hospice and
#        the ambulance service - staff involved - NO patient involvement
#        (families sent letters, a bereaved relatives' survey that changed
#        nothing, a plan, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1369", format="docx", layout="form_table", topic="palliative_advice_line_ambulance_crews",
    project="independent86-callbeforeconvey-1369", docx_font="Calibri",
    title="Call Before You Convey: specialist palliative care advice for ambulance crews at night and weekends",
    cover_table=[
        ("Entry title", "Call Before You Convey: specialist palliative care advice for ambulance crews at night and weekends"),
        ("Lead organisation", "NHS Lowmoor and Esk Integrated Care Board"),
        ("Partner organisations", "Esk Valley Hospice (registered charity); Northern Coast Ambulance Service NHS Trust"),
        ("Contact", "Senior Commissioning Manager, End of Life Care"),
    ],
    primary_entrant=dict(name="NHS Lowmoor and Esk Integrated Care Board", type="icb"),
    partners=[
        dict(name="Esk Valley Hospice", type="charity"),
        dict(name="Northern Coast Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
Around 4,800 people die each year in Lowmoor and Esk, and most of them say they would prefer to die at
home or in their care home. Yet a large share of people in the last weeks of life are taken to hospital
in an ambulance, often at night or at the weekend, when their GP practice is closed and the district
nurses are stretched thin across a wide rural area.

Our review of 150 such conveyances in 2022, carried out with the hospice, found a familiar pattern. A
family or care home called 999 because the person had become breathless, agitated or was in pain. The
crew arrived to find someone who was clearly dying, often with a do not attempt CPR form but no clear
plan for symptoms. The paramedics had nobody to ask. Out-of-hours GP advice could take hours. Faced with
a distressed family and a person in obvious discomfort, the crew took them to the emergency department,
where many waited on a trolley and some died within a day, in a corridor or a cubicle.

The safety goals were to relieve symptoms quickly where the person was, to avoid unwanted and harmful
conveyance to hospital in the last days of life, and to make sure nobody who did need hospital was kept
away from it.

The partners each held part of the answer. The hospice had specialist nurses on call around the clock but
no way for ambulance crews to reach them. The ambulance service had crews at the bedside but no
specialist support. The ICB held the contracts and the shared care record, which already showed whether a
person was on the end-of-life register and had anticipatory medicines in the house, but crews could not
easily see it.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since February 2023 any ambulance clinician attending a person thought to be in the last weeks of life
can ring the hospice's 24-hour specialist advice line, which is answered by a specialist palliative care
nurse with a consultant on call. The nurse can see the person's shared care record, talk to the family
on speakerphone, advise on medicines in the anticipatory medicines box, and arrange an urgent visit by the
hospice-at-home team.

<<Q:Conveyance to hospital of people on the end-of-life register who were attended by an ambulance out of
hours fell from 62% in the twelve months before the line started to 34% in the year to January 2025.>>
<<Q:Deaths in the emergency department or acute medical unit within 48 hours of an ambulance conveyance
among people on the register went down from 97 in 2022 to 51 in 2024.>>

A clinical review of every case where the person was not conveyed found no case in which a hospital
admission had been needed and was missed.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Paramedics from the three ambulance stations with the most end-of-life calls sat with hospice nurses
for a series of evening sessions to draft the questions the advice nurse asks, and they asked for the
line to give a decision within ten minutes, which became the standard.>> <<S:Hospice nurses who staff the
line reviewed the first 100 calls with the ambulance service's consultant paramedic and changed the
advice on opioid dose conversion after crews found it confusing.>> <<S:District nursing team leaders
asked to be told the next morning about every call where the person stayed at home, and an automatic
email was built for them.>>

Families of people on the end-of-life register were sent a letter explaining that ambulance crews may
ring the hospice for advice. A survey of bereaved relatives was run in 2024; the responses were
positive and no changes were made as a result. We did not hold focus groups with patients or families
while designing the line. The ICB's People's Panel will be asked to look at the family letter next year.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The advice line costs £212,000 a year, funded by the ICB. We estimate that avoided conveyances and
emergency admissions are worth around £700,000 a year. Paramedics say they feel supported to make a
decision they knew was right but felt unable to make alone.
"""),
        ("spread", "How has the work been shared and spread?", """
The ambulance service has asked the two other hospices in its area to provide the same line, and one
started in October 2024. The operating procedure has been shared through the national end of life care
network.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1370  critically ill adults transferred between hospitals - pdf - two
#        columns - critical care consultant, clinical - acute trust hosting a
#        transfer service with the ambulance service and a district general
#        hospital - staff involved - NO patient involvement (sedated patients
#        as beneficiaries, families given a leaflet, patient representatives
#        only updated) - 'a third fewer' claim
# ---------------------------------------------------------------------------
entry(
    id="I1370", format="pdf", layout="two_column", topic="critical_care_interhospital_transfers",
    project="independent86-safetransfer-1370", pdf_font="LiberationSans",
    title="Moving the Sickest Safely: a shared adult critical care transfer service",
    cover=[
        "Tarnhill University Hospitals NHS Trust (host of the Tarnhill and Wrekin Critical Care Transfer Service), with Borderland Ambulance Service NHS Trust and Coldwater Hospital NHS Trust",
        "Entry by the Consultant Lead for Critical Care Transfers",
    ],
    primary_entrant=dict(name="Tarnhill University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Borderland Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Coldwater Hospital NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
Every year several hundred critically ill adults in our area need to be moved from one hospital to another:
to a specialist centre for neurosurgery, cardiac surgery or burns care, or simply to a unit with a free
intensive care bed. These patients are usually sedated, on a ventilator and on drugs to support their
blood pressure. The journey is one of the most dangerous moments of their illness.

Until 2022 each hospital did its own transfers. A junior anaesthetist and a nurse would be taken off the
intensive care unit, often at night, leaving it short. They loaded the patient into an ordinary
emergency ambulance, using whatever equipment the unit had. Many of the doctors doing transfers had done
very few before. Transfers from Coldwater, 40 miles from the nearest specialist centre, were waiting many
hours for an ambulance that could take a ventilated patient.

Our audit of 2021 transfers found critical incidents in nearly one in five journeys: equipment failure,
oxygen running low, lines pulled out during loading, and serious drops in blood pressure.

There was also a quieter problem. Because transfers were rare for any one doctor, skills faded. A trainee
might do two transfers in a six-month post and then none for a year. The ventilator on the ambulance
was often a different model from the one on the unit, the monitor cables did not fit, and the infusion
pumps had to be swapped at the bedside, which meant a few seconds without blood pressure support for a
patient who could not tolerate it. Nobody had written down, for the region as a whole, what equipment
should travel or how it should be checked.

The referring teams were also carrying a heavy load. While the transfer was being arranged, a district
general hospital's intensive care consultant might spend hours on the telephone, finding a bed,
finding a doctor, finding a vehicle, while also running a full unit. Decisions about whether a patient
was too unstable to move were made by whoever happened to be on call, with no second opinion.

The three organisations agreed in 2021 that transfers should be treated as a service in their own right,
planned and staffed for, rather than as a favour squeezed into an on-call shift.
"""),
        ("evidence", "What has changed", """
Since October 2022 a dedicated transfer team, made up of a consultant or advanced critical care
practitioner and a critical care nurse, has been available 24 hours a day from Tarnhill. The ambulance
service provides a dedicated vehicle with a specialist stretcher bridge and a paramedic driver, on
standby at Tarnhill. Standard equipment, checklists and drug boxes are used for every journey.

<<Q:Critical incidents during transfer fell from 19% of journeys in 2021 to 6% in 2024.>> <<Q:There
were a third fewer unplanned drops in blood pressure needing treatment during transfer in 2024 than in
2021.>> <<Q:The median time from the decision to transfer to leaving the referring hospital went down
from 3 hours 50 minutes to 1 hour 35 minutes.>>

The team completed 612 transfers in 2024. Every transfer is reviewed at a monthly governance
meeting and each incident is followed up with the referring unit. Referring consultants now make one
phone call to a single number, and the transfer consultant takes over the arranging from there.
"""),
        ("stakeholders", "Who was involved", """
<<S:Critical care nurses and anaesthetists from all three hospitals designed the transfer checklist
together and tested it in simulation before it was used on real patients.>> <<S:Paramedics from the
ambulance service told us the original stretcher bridge was too heavy to load safely, and a lighter
version was chosen after they trialled three models.>> <<S:Coldwater's intensive care nurses asked for a
named contact in the transfer team for each referral, and that is now standard.>>

Families are given a leaflet explaining the transfer and how to get to the receiving hospital. The
patient representatives on the critical care network board were updated on progress at each meeting.
"""),
        ("value", "Value", """
The service costs £1.4 million a year, shared by the three commissioners. It has reduced the number of
nights when an intensive care unit has been left short of a doctor. Transfers are faster, which means
patients reach the specialist care they need sooner. Because the equipment is the same on every
journey, it is checked once a day rather than scrambled together at the bedside.
"""),
        ("spread", "Spread", """
Our transfer checklist has been adopted by the national critical care transfer group as an example of
good practice, and we have trained transfer teams from two other regions. We run a simulation course
four times a year that is open to doctors, nurses and paramedics from any hospital in the region, and the
standard equipment list has been shared with the ambulance services that border ours, so that patients
moving across boundaries travel with kit that every team recognises.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1371  safety-net calls the day after a crew leaves a faller at home - pdf
#        - numbered questions - university senior lecturer, academic but
#        plain - university with the ambulance service and a community trust -
#        older people and staff involved - a shift on an SPC chart - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1371", format="pdf", layout="numbered_questions", topic="safety_net_calls_after_falls_non_conveyance",
    project="independent86-nextdaycall-1371", pdf_font="DejaVuSans", pdf_align="L",
    title="The Next-Day Call: safety-netting older people left at home after a fall",
    cover=[
        "Lead: University of Westmarch, School of Paramedic Science and Allied Health",
        "Partners: Heronsgate Ambulance Service NHS Trust; Westmarch Community Health NHS Trust (Falls and Frailty Service)",
        "Author: Senior Lecturer in Paramedic Practice",
    ],
    primary_entrant=dict(name="University of Westmarch", type="university"),
    partners=[
        dict(name="Heronsgate Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Westmarch Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What was the problem and why was a partnership needed?", """
Ambulance crews increasingly leave older people at home after a fall rather than taking them to hospital.
For most people this is the right decision: they are not injured, they do not want to go to hospital, and
the emergency department is not a good place for a frail person who does not need to be there. But
leaving someone at home is a clinical decision with risks. Injuries such as rib or pelvic fractures can be
missed. The fall may be the first sign of an infection or a new heart rhythm problem. And a person who
falls once is likely to fall again.

Our research group looked at five years of Heronsgate Ambulance Service data for people aged 75 and over
who were not conveyed after a fall. A significant proportion called 999 again within a week, and some of
those second calls were for serious injury or illness that, looking back, had been developing at the time
of the first visit. The referral that the crew made to the falls service often arrived many days later, by
which time the person had fallen again.

None of the organisations could solve this alone. The ambulance service had the crews and the data but
no capacity to follow people up. The falls service had the expertise but did not hear about people until
long after the fall. The university had the research skills to look at the problem properly and a large
body of final-year paramedic students who needed supervised clinical experience.

The university brought together the ambulance service, the community falls service and people who had
fallen to design a simple intervention: a phone call the next day from a clinician, to check how the
person is, pick up anything that has changed and get the falls service involved straight away.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
The next-day call began in March 2023 in the Westmarch area. Calls are made by paramedics on light
duties or in their final year of university training, supervised by an experienced clinician, from a desk
in the ambulance clinical hub. Each call follows a structured script covering pain, mobility, confusion,
eating and drinking, whether the person has been able to use the toilet, and whether they feel safe.
Anyone who is worse is offered an urgent visit, and everyone is offered a falls service appointment
within five days.

We tracked the re-contact rate (a repeat 999 call within seven days) on a statistical process control
chart. <<Q:From the third month after the calls began, the chart showed a sustained shift downwards, with
eleven consecutive months below the previous mean, and the average re-contact rate went from 14.2% to
9.1%.>> <<Q:Admissions within seven days of a non-conveyed fall fell from 6.8% to 4.0%.>>

<<Q:The median time from the crew's referral to a first contact from the falls service dropped from 19
days to 4 days.>>

So far 5,204 calls have been made. In 318 cases the caller found something new that needed an urgent
response.
"""),
        ("spread", "3. How has the work been shared or applied elsewhere?", """
The script and training package have been published as an open resource and the evaluation has been
accepted by a peer-reviewed journal. The ambulance service has extended the calls to its whole area from
April 2025. The next-day call is now part of the final-year paramedic curriculum at the university.
"""),
        ("value", "4. What has been the impact on staff and patients, and value for money?", """
Each call takes around twelve minutes. The main cost is the time of the supervising clinician. The
reduction in repeat ambulance attendances and admissions more than covers it. Students say that the calls
have taught them more about frailty than any lecture.
"""),
        ("stakeholders", "5. Who was involved, and how were patients and staff involved?", """
<<P:Eight older people who had been left at home after a fall, recruited through the university's public
involvement panel, helped us write and test the script, and they told us that the first question should
be 'how are you feeling today?' rather than a clinical checklist.>> <<P:The panel also asked that the call
come from a named person, at a time agreed with the crew, and not from a withheld number, as many older
people will not answer withheld calls.>>

<<S:Paramedics from the clinical hub and physiotherapists from the falls service designed the escalation
routes together.>> <<S:Crews asked for the next-day call to be booked on their electronic record at the
scene, which replaced the separate referral form.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1372  volunteer welfare calls to people waiting for an ambulance after a
#        fall - docx - bold headings with a cover table - charity chair,
#        warm and a bit rambling - community first responders charity with the
#        ambulance service - people who waited involved - NO staff involvement
#        (volunteers trained, clinicians briefed, a named lead) - NO
#        quantitative evidence (call counts, single figures)
# ---------------------------------------------------------------------------
entry(
    id="I1372", format="docx", layout="bold_headings", topic="welfare_calls_fallers_waiting_ambulance",
    project="independent86-stillwaiting-1372", docx_font="Calibri",
    title="Still With You: welfare calls for people waiting on the floor",
    cover_table=[
        ("Project", "Still With You: welfare calls for people waiting on the floor"),
        ("Lead organisation", "Ferrowby Community First Responders (registered charity)"),
        ("Partner", "Greenfold Ambulance Service NHS Trust"),
        ("Contact", "Chair of Trustees"),
    ],
    primary_entrant=dict(name="Ferrowby Community First Responders", type="charity"),
    partners=[dict(name="Greenfold Ambulance Service NHS Trust", type="emergency_service")],
    sections=[
        ("context", "How it started", """
Ferrowby Community First Responders has been going for fourteen years. We are volunteers from the town and
villages around it who are trained to respond to certain 999 calls and give first aid until the
ambulance arrives. Over the last few years, more and more of the calls we hear about are people who have
fallen at home and are waiting, sometimes for many hours, for an ambulance.

We can't always attend, because most of us have day jobs and our volunteers are not allowed to lift
people. But we kept hearing the same thing from those we did visit: the worst part of the wait was being
alone and not knowing whether anybody was coming. People had rung 999, been told an ambulance was on its
way, and then heard nothing for three, four, five hours. Some rang again and again. Some gave up and tried
to get up on their own, which is how a bruised hip becomes a broken one.

The ambulance service's control room does ring people back while they wait, but on a bad night there are
hundreds of people waiting and not enough clinicians to call them all often.

So we asked the ambulance service if our volunteers could help. The idea was simple: a volunteer rings the
person every hour while they wait, checks a few things from a script, reassures them, and passes on
anything worrying straight to the ambulance clinical hub, which decides whether to change the response.

It took us nearly a year to get going. There were questions about confidentiality, because we needed to
know who was waiting and where, and about what would happen if one of our volunteers missed something.
The ambulance service's information governance team drew up an agreement with us, and we agreed a
script that keeps our volunteers firmly to listening, reassuring and passing things on. Our volunteers
never give medical advice and never tell anyone how long they will wait.
"""),
        ("evidence", "What we have achieved", """
We started the welfare calls in November 2023, from a room at the ambulance station in Ferrowby with two
phone lines. Our volunteers make the calls between 6pm and midnight, which is when the waits are longest.

Up to the end of March 2025 we have made 6,730 calls to 2,118 people who had fallen. In 164 calls, the
volunteer heard something on the script that was passed to the clinical hub, such as new chest pain,
confusion or the person feeling very cold, and in 57 of those the hub upgraded the ambulance response.

In our feedback calls afterwards, 94% of people said the calls made the wait easier. No one we have called
has been harmed by anything our volunteers said or did.

Our target for next year is to cover every evening and to extend the hours to 2am.
"""),
        ("stakeholders", "Who has been involved", """
<<P:Before we started, we asked people who had waited a long time after a fall, some of whom we had
visited in the past, to try out the script with us on the phone; they told us to stop asking 'are you
all right?' because everyone says yes, and to ask instead whether they were warm, whether they had had a
drink and whether they could reach their pills.>> <<P:Their relatives asked for the volunteer to offer to
ring a family member too, which is now the last question on the script.>>

All 23 of our call volunteers completed a two-day course delivered by the ambulance service's education
team, and they are all DBS checked. The ambulance clinicians in the clinical hub were briefed about the
service before we began. The ambulance service's Community Responder Manager, Sarah Kemp, wrote the
escalation protocol and signs off any changes as part of her role.
"""),
        ("value", "Value for money", """
The welfare calls cost us the price of the phone lines and some biscuits. Our volunteers give their
time free. We were given £4,500 by a local community foundation for headsets and training. We think it is
one of the best-value things we have ever done, and so do the people we call.
"""),
        ("spread", "Spreading the idea", """
Two other responder groups in the Greenfold area have asked to join in, and the ambulance service is
thinking about running the calls from a central room with volunteers from all the groups. We have talked
about the project at the regional community first responders meeting and we'd be glad to help anyone
who wants to do the same.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1373  escorts not booked for outpatient transport - pdf - form with a
#        cover table - ICB contract manager, terse - ICB with a community
#        trust's patient transport service and an acute trust - staff
#        involved - NO patient involvement (patients sent letters, carers to be
#        invited later, a survey that changed nothing) - NO quantitative
#        evidence (booking counts, a single figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1373", format="pdf", layout="form_table", topic="patient_transport_escorts_dementia_learning_disability",
    project="independent86-notalone-1373", pdf_font="LiberationSans",
    title="Not Travelling Alone: escorts on patient transport for people with dementia or a learning disability",
    cover_table=[
        ("Entry title", "Not Travelling Alone: escorts on patient transport for people with dementia or a learning disability"),
        ("Lead organisation", "NHS Aldermoor Integrated Care Board (Contracting and Commissioning)"),
        ("Partner organisations", "Brenthill Community NHS Trust (Aldermoor Patient Transport Service); Aldermoor Royal Hospitals NHS Trust (Outpatient Services)"),
        ("Entrant", "Contract Manager, Non-Emergency Patient Transport"),
    ],
    primary_entrant=dict(name="NHS Aldermoor Integrated Care Board", type="icb"),
    partners=[
        dict(name="Brenthill Community NHS Trust", type="nhs_trust"),
        dict(name="Aldermoor Royal Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
The ICB commissions non-emergency patient transport for Aldermoor, provided by Brenthill Community NHS
Trust. The service carries around 210,000 journeys a year, mostly to outpatient clinics at Aldermoor
Royal.

Patients with dementia, a learning disability or other cognitive impairment can have an escort: a
relative or carer who travels with them. Whether an escort is needed is asked at booking. In practice the
question was often skipped, or answered by a ward clerk or clinic receptionist who did not know the
patient.

In 2022/23 the ICB received nine serious complaints and four incidents about patients with dementia or a
learning disability travelling alone. Examples included a man with dementia who left the outpatient
waiting area and was found two miles away by police; a woman with a learning disability who was left in
the clinic for five hours because she could not say she had missed her return vehicle; and a patient
dropped at an empty house because his wife, who should have been with him, was waiting at the hospital.

Looking at these cases together, the same weak points came up again and again. The booking was often
made weeks in advance by someone who had never met the patient. The escort, if booked, was not shown on
the crew's handheld device, so crews did not know to wait for them. The return journey was released by
the clinic as soon as the patient was ready, whether or not the escort was there. And crews had no rule
to follow when they arrived at a home and found nobody in, so some used their own judgement and left the
patient, believing a carer would be back soon.

None of the three organisations could fix this alone. The ICB owns the contract and the eligibility
criteria. The transport service takes the bookings and runs the vehicles. The hospital makes most of
the bookings and releases patients for their return journeys.

The goal was that anybody who needs an escort gets one, every journey.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Changes made from April 2024:

- the booking system now asks two mandatory questions on memory, understanding and communication

- a 'needs escort' flag is carried from the hospital's patient record into the transport booking

- clinic receptionists check the escort before the return journey is released

- crews will not leave a flagged patient at an empty home

In 2024/25, 4,380 journeys were booked with an escort. The escort question was answered on 98% of
bookings in March 2025. Three complaints about escorts were received in the year. The target is zero.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Booking call handlers at the patient transport service rewrote the escort questions after listening to
recordings of their own calls and finding where patients and relatives misunderstood them.>> <<S:Outpatient
receptionists at Aldermoor Royal asked for the escort check to be added to the clinic check-out screen
rather than a separate list, and the hospital's IT team built it that way.>> <<S:Transport crews
suggested the rule about never leaving a flagged patient at an empty house, after two crew members
described cases where they had felt they had no choice.>>

All patients with a flagged booking are sent a letter confirming the escort arrangements. A survey of
transport users was carried out in late 2024; results were in line with previous years and no changes
were needed. We intend to invite carers' groups to help review the booking questions in 2025/26.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The changes were made within the existing contract at no extra cost to the ICB. Escort journeys cost a
little more in vehicle capacity, which the provider has absorbed. Crews say the flag takes the guesswork
out of collections. Clinic staff say they spend less time trying to trace relatives at the end of the
day, and the hospital has had fewer calls to security about patients who have wandered from waiting
areas.
"""),
        ("spread", "How has the work been shared and spread?", """
The escort questions have been included in the new regional patient transport specification which will
apply from 2026. We have shared them with the national patient transport commissioners' network.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1374  people living with obesity who fall at home - docx - results first
#        - ambulance service bariatric lead, candid - ambulance service with
#        the council's community equipment service and an acute trust -
#        'people of size' peer group and staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1374", format="docx", layout="reordered", topic="bariatric_falls_long_waits_equipment",
    project="independent86-liftwithdignity-1374", docx_font="Cambria",
    title="Lift with Dignity: faster, safer help for people of size who fall at home",
    cover=[
        "Lead organisation: Kingsmere Ambulance Service NHS Trust (Bariatric and Complex Moving and Handling Team)",
        "Partners: Kingsmere City Council (Integrated Community Equipment Service); Kingsmere Hospitals NHS Trust (Tissue Viability and Specialist Weight Management)",
        "Author: Bariatric Clinical Lead",
    ],
    primary_entrant=dict(name="Kingsmere Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Kingsmere City Council", type="local_authority"),
        dict(name="Kingsmere Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("evidence", "Results", """
<<Q:In 2022, people weighing more than 180kg who fell at home in Kingsmere waited a median of 9 hours 20
minutes on the floor before being helped up; in 2024 the median was 2 hours 45 minutes.>> <<Q:Pressure
ulcers, rhabdomyolysis and hypothermia found on arrival at hospital in this group went from 38 cases in
2022 to 11 in 2024.>>

<<Q:Injuries to our own staff while lifting or moving very heavy patients fell from 26 reported in 2022 to
9 in 2024.>> <<Q:Conveyance to hospital after a fall for people in this group came down from 71% to 44%,
because once they are up safely, many do not need to go.>>
"""),
        ("context", "The problem", """
Kingsmere has one of the highest rates of severe obesity in England. When a person who weighs 200kg or
more falls at home, they cannot be lifted by an ordinary ambulance crew with ordinary equipment. Until
2023 these calls needed our single specialist bariatric vehicle, a second crew for the extra hands, and
often the fire service to widen a doorway. The bariatric vehicle covered the whole county and was often
hours away. People lay on the floor, sometimes overnight, while we gathered the resources.

The harm from a long lie is greater for people of size. Breathing becomes difficult when lying flat,
skin breaks down fast, and muscle damage can lead to kidney failure. People also told us about the
humiliation of having six or seven people in their living room, sometimes with neighbours watching from
the street, because of the size of the response.

We also found that many of these people already had equipment at home from the council's community
equipment service, such as a profiling bed or a hoist, but not a lifting cushion, and that their weight
and care plan was not known to the control room. Each call started from nothing.

The three partners each held a piece of the solution. We had the specialist crews and the control room.
The council had the equipment, the technicians who install it and the records of who had it. The
hospital's weight management and tissue viability teams knew many of these people well and understood
the risks to their skin and breathing. From 2023 we put these pieces together: known patients at higher
risk now have a lifting cushion left at home, their details are flagged on the control room system with
their consent, and a standard two-person crew with a bariatric kit bag can be sent first, with the
specialist vehicle only when it is really needed.
"""),
        ("stakeholders", "How people were involved", """
<<P:A local peer support group for people living with obesity, which calls itself Big Hearts, spent time
with our crews and told us plainly what being picked up off the floor had been like for them; the phrase
'people of size' in the title is theirs.>> <<P:Members of the group tested the new inflatable lifting
cushions in our training centre, lying on the floor while crews practised, and they picked the model
that felt most stable.>> <<P:It was they who asked that crews should always close the curtains first.>>

<<S:Our bariatric team and the council's equipment technicians agreed together which homes would have a
lifting cushion left in place, and the technicians suggested labelling it with the ambulance service's
number so relatives know what it is for.>> <<S:Tissue viability nurses from the hospital trust worked
with our crews to write a short skin check to carry out before and after a lift, which crews asked to
have on a single card.>>
"""),
        ("value", "Value", """
The lifting cushions cost £2,400 each and the council has placed 48 of them in people's homes. Each time
one is used, it saves the cost of sending the specialist vehicle and a second crew, and often a fire
appliance. The ambulance service estimates savings of about £190,000 a year.

Crews say they feel safer, and people of size say that being helped up by two crew members, in private,
has given them back some dignity. The flag on the control room record means that the right crew and
equipment go first time.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1375  falls lifting service for telecare users - pdf via Word - style
#        headings - PRIVATE lifting company as primary entrant with the council
#        careline and the ambulance service (ineligible) - company founder,
#        upbeat - telecare users and families involved - NO staff involvement
#        (responders trained, ambulance clinicians informed, a named clinical
#        lead)
# ---------------------------------------------------------------------------
entry(
    id="I1375", format="pdf", layout="style_headings", topic="telecare_falls_lifting_service",
    project="independent86-pickmeup-1375", render_via="soffice", docx_font="Liberation Serif",
    title="Pick Me Up: a rapid lifting service for careline users who fall",
    cover=[
        "Primary entrant: Upright Response Ltd",
        "Partners: Harlingford Borough Council (Harlingford Careline); Midvale and Harlingford Ambulance Service NHS Trust",
        "Entry by the Managing Director, Upright Response Ltd",
    ],
    primary_entrant=dict(name="Upright Response Ltd", type="private"),
    partners=[
        dict(name="Harlingford Borough Council", type="local_authority"),
        dict(name="Midvale and Harlingford Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Why we set up the service", """
Upright Response is a small company set up in 2021 by two former ambulance technicians. We saw, night
after night, people who had fallen at home, were not hurt, and had waited hours on the floor for an
ambulance simply because there was nobody else to lift them.

Harlingford Careline, run by the council, supports around 5,500 people who have a pendant alarm. When one
of them falls, the Careline operator either rings a relative or key holder, or calls 999. Many Careline
users have no relative nearby. Before our service started, about 60% of Careline falls ended in a 999
call, and these calls often waited the longest because the person was not injured.

The harm from those waits is well known to anyone who has worked on an ambulance. After an hour on a
cold floor an older person's temperature starts to drop. After a few hours, muscle starts to break down,
skin over the hips and heels begins to be damaged, and people who have not been able to get to the
toilet are left lying in their own urine. Many people who were not hurt by the fall are admitted to
hospital because of what happened while they waited, and some never go home again. Even for those who
recover, the memory of a night on the floor can make them afraid to move around their own home, which
makes the next fall more likely.

The people best placed to help are often not clinicians at all. Lifting an uninjured person safely
needs the right equipment, a short assessment to rule out anything serious, and two people who know
what they are doing. It does not need an emergency ambulance.

In 2022 the council commissioned us to provide a mobile responder service. Our responders work in pairs,
24 hours a day, in cars carrying lifting cushions, a first aid kit and equipment to take basic
observations.
"""),
        ("evidence", "Results", """
When a Careline user falls, the operator sends our responders, who aim to arrive within 45 minutes. They
use a recognised falls assessment tool. If the person is uninjured and well, they lift them and stay
until they are settled. If there is any sign of injury or illness, they call the ambulance service's
clinical hub and stay with the person.

Before leaving, the responders check that the pendant is being worn, that the person can reach a drink
and the phone, and that the route to the toilet is clear. With the person's agreement, the Careline team
then refers them to the council's falls prevention service, and a follow-up call is made the next day.
Since the service began our responders have attended 7,412 falls, and in 6,388 of those the person was
lifted and left safely at home.

<<Q:For Careline users who fall, the average time on the floor has gone from 3 hours 5 minutes in 2021 to
38 minutes in 2024.>> <<Q:The share of Careline falls that led to a 999 call dropped from 61% to 17%.>>
<<Q:Hospital admissions after a fall among Careline users fell by 29% between 2021/22 and 2023/24.>>
"""),
        ("stakeholders", "Who was involved", """
<<P:We asked twelve Careline users and their families to tell us, at a coffee morning run by the council,
what they wanted from a responder, and they asked us to always ring the relative once the person was
back up, so that is now the last step of every call.>> <<P:One Careline user, a retired nurse, helped us
choose the lifting cushion after trying three at home with her daughter.>>

All 34 of our responders completed an accredited falls and lifting course before starting. Ambulance
clinicians in the clinical hub were informed of the service and given our contact number. Our clinical
governance lead, a registered paramedic, approved the assessment tool and reviews all incidents as part of
her role.
"""),
        ("value", "Value for money", """
The council pays £31 per responder call. The cost of an ambulance attendance, and especially of a
hospital admission, is many times that. For the people we help, the difference is getting up in under an
hour instead of spending half the night on the floor.
"""),
        ("spread", "Spreading the model", """
We now provide similar services for two other councils, and we have shared our falls assessment and
lifting procedures with the national telecare services association. We would like to work with more
ambulance services to offer direct referral from 999.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1376  GP requests for an ambulance that wait many hours - docx - lists -
#        short - GP federation medical director, clipped - GP federation with
#        the acute trust and the ambulance service - patient participation
#        group and staff involved - NO evidence section and no measured change
#        anywhere
# ---------------------------------------------------------------------------
entry(
    id="I1376", format="docx", layout="bullet_lists", topic="gp_ambulance_requests_long_waits",
    project="independent86-directline-1376", docx_font="Arial",
    title="Direct Line: safer handling of GP requests for an ambulance",
    cover=[
        "Sallowfield GP Federation (22 member practices)",
        "Partners: Sallowfield and Teme Hospitals NHS Trust; Marchlands Ambulance Service NHS Trust",
        "Submitted by the Medical Director, Sallowfield GP Federation",
    ],
    primary_entrant=dict(name="Sallowfield GP Federation", type="primary_care"),
    partners=[
        dict(name="Sallowfield and Teme Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Marchlands Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "The problem", """
When a GP sees a patient at home or in surgery who needs to go to hospital, they book an ambulance
through a dedicated healthcare professional line. These requests are given a timeframe, usually two or
four hours. In 2022/23 many were waiting much longer.

What we saw across our practices:

- patients sitting in GP waiting rooms for hours, sometimes after the surgery closed, with a receptionist or GP staying behind

- frail patients left at home alone after a home visit, waiting for a vehicle that did not come until the next morning

- patients deteriorating during the wait, with nobody reassessing them

- GPs booking an ambulance for patients who could have gone by car or been seen in same day emergency care, because there was no other route

- the hospital receiving patients late in the evening who had been referred in the morning

In one case reviewed by the federation, a man with a suspected bowel obstruction referred at 11am
arrived at the emergency department at 9.40pm, and needed emergency surgery.

Why it happened:

- the ambulance service gave GP requests a lower priority than 999 calls, so on busy days they were pushed further and further back

- GPs had no quick way to talk to a hospital specialist, so the ambulance was the default for anyone who might need admission

- once the request was booked, nobody owned the patient: the GP had moved on to the next patient, the ambulance service had not yet seen them, and the hospital did not know they were coming

- patients and families were often told 'the ambulance will be a couple of hours' and given no advice about what to do if things changed

What we did:

- set up a consultant-to-GP direct line at the hospital, so a GP can speak to the medical or surgical consultant before booking

- allowed GPs to book patients directly into same day emergency care, with a set arrival time, for people who can travel by car or taxi

- agreed with the ambulance service that a GP-requested ambulance which will be late is reviewed by a clinician in the ambulance clinical hub, who rings the GP or patient

- gave every practice a 'waiting for an ambulance' safety-netting card for patients left at home

The four changes were launched together in September 2023 after a two-month trial in six practices.
Each member practice received a short guide, and the federation's clinical leads visited every
practice meeting in the first quarter to explain the new routes. The hospital publishes a weekly rota
of the consultants taking calls on the direct line, and the ambulance service added a new code to its
system so that late GP requests can be picked out for review.
"""),
        ("stakeholders", "Who was involved", """
- <<S:GPs from six practices and acute medicine consultants met monthly for six months to agree which patients could safely go to same day emergency care instead of by ambulance>>

- <<S:Ambulance clinical hub clinicians suggested that late GP requests should come to them for review, which is now the process>>

- <<S:Practice receptionists told us they were the ones left with patients waiting after closing, and they helped write the safety-netting card>>

- <<P:Members of the federation's patient forum read the card and asked us to add what to do if the person became more unwell and the GP practice was closed, which was added>>
"""),
        ("value", "Value", """
- no new money was needed; the direct line uses existing consultant time

- GPs say they spend less time chasing ambulances

- reception teams are no longer staying late with waiting patients as often

- hospital consultants say patients arrive earlier in the day
"""),
        ("spread", "Spread", """
- the direct line has been extended to paediatrics and gynaecology

- the neighbouring GP federation has started using the safety-netting card

- the approach has been presented to the ICB's urgent care board

- the hospital is considering a similar direct line for community nurses and care home teams
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
