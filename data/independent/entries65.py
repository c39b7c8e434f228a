"""Sixty-fifth independent evaluation set (I1025..I1040) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing ambulance services, acute and
community trusts, integrated care boards, GP federations and practices, councils,
hospices, charities, a university and the odd private company send in, in their own
voices and at their own length.  The theme of this set is urgent and emergency care:
ambulance handovers, NHS 111, emergency departments, frailty in A&E, falls at home, and
the hand-offs between them.

Topics: patients held in ambulances outside the emergency department, with pressure
damage and missed time-critical medicines (an ambulance service with the acute trust, a
community trust and a Parkinson's support network, own headings), NHS 111 calls about
older people who have fallen passed to urgent community response and a council lifting
service (an integrated care board, bold headings with a cover table), family carers
staying with people with dementia in the emergency department (a dementia charity, no
headings, long), frail older people sent home from the emergency department in the small
hours (an acute trust with a council night response service and an older people's
charity, CAPS headings), paramedics scoring frailty and taking older people straight to
the acute frailty unit (an ambulance service, numbered questions with cover bullets),
automatic fall and crash detection calls from smartwatches and phones to 999 (a
university lead, two columns), older people sent home from the emergency department after
a fall without a falls referral (a community trust falls service, rubric headings), NHS
111 calls for people dying at home (a hospice lead, with appendix, long), seriously ill
patients streamed to the GP service at the emergency department front door (a GP
federation, a form with a cover table), home care workers helping uninjured people up
after a fall (a private home care company as primary entrant, lists), red flag questions
on emergency department self check-in kiosks (a private technology company as primary
entrant, numbered questions), calls from one GP practice to frail patients after an
emergency department visit (one GP practice on its own, no headings, short), social
workers and reablement at the emergency department front door at weekends (a council
adult social care team, a pdf made from Word), NHS 111 booked arrival times that the
emergency department could not see (an acute trust, results first, no spread section),
health visitor follow-up of under-fives who come to the emergency department after a
fall at home (a council public health team, a form with a cover table) and emergency
care for pets so that older people will go to hospital in the ambulance (an animal
welfare charity, short lists with no evidence section).

Lead types and layouts: I1025 emergency_service (ambulance), pdf own_headings; I1026
icb, docx bold_headings with a cover table; I1027 charity, docx no_headings; I1028
nhs_trust (acute), pdf caps_headings; I1029 emergency_service (ambulance), docx
numbered_questions with cover bullets; I1030 university, pdf two_column; I1031 nhs_trust
(community), docx rubric_headings; I1032 charity (hospice), pdf with_appendix; I1033
primary_care (GP federation), pdf form_table with a cover table; I1034 private, docx
bullet_lists; I1035 private, pdf numbered_questions; I1036 primary_care (no partner),
docx no_headings; I1037 local_authority, pdf style_headings via soffice; I1038 nhs_trust
(acute), docx reordered; I1039 local_authority, docx form_table with a cover table;
I1040 charity, pdf bullet_lists.

Flags: no_patient_involvement I1026, I1030, I1033, I1036, I1038; no_staff_involvement
I1027, I1035, I1039, I1040; no_quantitative_evidence I1028 (a measured change told only
in the value section), I1032, I1036, I1040; ineligible I1034 (private lead), I1035
(private lead), I1036 (no partner); missing_section I1038 (spread) and I1040 (evidence).
I1025, I1029, I1031 and I1037 have no flags.

Build it with

    .venv/bin/python data/independent/build.py --set 65   (writes data/corpus/independent65/)

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
    ('halved', 'a third fewer', a sustained shift on an SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual names
    for the people involved such as 'clients' or 'experts by experience', list items),
    wherever in the entry it is told; a volunteer or peer worker with lived experience,
    employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; patients' and carers' groups and older
people's assemblies are patient_group; hospices, dementia, animal welfare, older
people's charities and care associations are charity; a university is university; home
care companies and technology companies are private).  A department or team of the
entrant's own organisation is not a partner.  Flags are written by hand and build.py
cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1025  patients held in ambulances outside the emergency department -
#        pdf - own headings - ambulance service associate director of patient
#        safety, practical - ambulance service with the acute trust, a
#        community trust's tissue viability team and a Parkinson's support
#        network - patients and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1025", format="pdf", layout="own_headings", topic="ambulance_held_patients_pressure_medicines",
    project="independent65-safewhilewewait-1025", pdf_font="LiberationSans", pdf_align="L",
    title="Safe While We Wait: care for patients held in ambulances outside Kirkholm's emergency department",
    cover=[
        "Lead organisation: Tarnside and Fells Ambulance Service NHS Trust",
        "Partners: Kirkholm Royal Infirmary NHS Foundation Trust (Emergency Department and Pharmacy); Tarnside Community Health NHS Trust (Tissue Viability); Kirkholm Parkinson's Support Network",
        "Written by the Associate Director of Patient Safety, Tarnside and Fells Ambulance Service",
    ],
    primary_entrant=dict(name="Tarnside and Fells Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Kirkholm Royal Infirmary NHS Foundation Trust", type="nhs_trust"),
        dict(name="Tarnside Community Health NHS Trust", type="nhs_trust"),
        dict(name="Kirkholm Parkinson's Support Network", type="patient_group"),
    ],
    sections=[
        ("context", "What was going wrong", """
Nobody designs a system in which a frail 88-year-old spends nine hours lying on an ambulance stretcher in
a hospital car park. But in the winter of 2022/23 that is what happened, over and over, outside Kirkholm
Royal Infirmary. On the worst nights there were fourteen of our ambulances queued at the emergency
department, each with a patient inside who had been assessed by a crew, was too unwell to go home, and
had nowhere to go because the department was full.

The stretcher in an ambulance is built for a journey of half an hour, not for a shift. The mattress is
thin and the patient cannot easily be turned. Crews carry emergency drugs but not the tablets and
injections that people take every day, and in the rush to leave the house a patient's own medicines are
often left on the kitchen table. We had no way of giving a meal, and using a bedpan in the back of a
vehicle with two other crews standing by the doors is not dignified for anybody.

Two incidents that winter made the harm impossible to ignore. A man with Parkinson's was held for seven
hours and missed two doses of his medicine. By the time he reached a cubicle he was rigid, could not
swallow safely and went on to develop aspiration pneumonia. A woman of 88, held for nine hours with a
suspected urine infection, was found to have a category 2 pressure ulcer on her sacrum when she was
finally moved onto a hospital trolley. Her skin had been intact when the crew picked her up.

Part of the problem was ownership. While a patient is in the ambulance they are technically still ours,
but they are on the hospital's site, waiting for the hospital's bed, and the crew has no access to the
hospital's pharmacy, pressure-relieving equipment or kitchen. Each organisation assumed the other would
notice when something was needed. Nobody did.
"""),
        ("evidence", "What has changed", """
From November 2023 every patient held outside Kirkholm Royal Infirmary is covered by the Held Patient
Bundle. At 60 minutes an emergency department nurse joins the crew for a welfare check. At two hours the
patient is repositioned, their skin is checked and a pressure-relieving overlay is put on the stretcher.
At the 999 call and again at the door, the patient is asked whether they take any time-critical
medicines, and the emergency department's pharmacy technician visits the queue every hour with a stock
of the common ones that can be given under a protocol. Hot food, drinks and a commode are kept in a
small room next to the ambulance bay.

We compare November to April each year, using incident reports and a weekly audit of held
patients.

<<Q:Pressure damage first noted in patients who had been held for more than two hours fell from 46
reported incidents in November 2022 to April 2023 to 12 in the same months of 2023/24.>> <<Q:The share of
held patients who missed or had a late dose of a time-critical medicine went down from 58% to 14% in the
weekly audit.>> <<Q:For people with Parkinson's, doses given within 30 minutes of the due time rose from
about one in five to four in five.>>

The welfare check was recorded 3,960 times over the winter and 1,140 overlays were used. The longest
wait we recorded in 2023/24 was 6 hours 40 minutes.
"""),
        ("stakeholders", "Who helped shape it", """
<<P:We met members of the Kirkholm Parkinson's Support Network at their monthly coffee morning, and
they told us that people with Parkinson's often do not say they are due a dose because they assume the
ambulance crew cannot do anything about it.>> <<P:They suggested a bright orange 'medicines due' tag
that the patient or their family can clip to the stretcher rail, and they chose the wording on it.>>
<<P:The wife of the man who developed pneumonia in 2023 came to the first planning meeting and asked that
crews always pick up the person's own medicines bag before leaving the house, which is now on the
crew's checklist.>>

<<S:Paramedics and emergency care assistants from Kirkholm station wrote the held patient checklist with
the department's nurses over three sessions, and they cut it to one side of a laminated card after the
first version proved too long to use in the back of a vehicle.>> <<S:Tissue viability nurses from the
community trust tested four overlay mattresses on a stretcher with our crews and picked the one that
does not slide when the vehicle door is opened on a slope.>> <<S:The department's pharmacy technicians
suggested the hourly medicines round after they noticed that crews were queuing at the pharmacy hatch
for single tablets.>>
"""),
        ("value", "Value", """
The overlays cost £68 each and are cleaned and reused. The pharmacy technician's hourly round is about
two hours of work a day during the busiest months, covered by the hospital. A category 2 pressure ulcer
in an older person adds days to a hospital stay, and aspiration pneumonia can be fatal.

Crews say they feel less helpless while they wait. The whole arrangement is a stopgap, and the real
answer is shorter waits, but while people are waiting it means they are cared for.
"""),
        ("spread", "Spreading the learning", """
The Held Patient Bundle is now used at all four emergency departments that our service covers, and we
have shared it with the national ambulance patient safety network. The orange tag has been adopted by
the Parkinson's support groups in two neighbouring counties, who hand it out to their members to keep
with their medicines.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1026  NHS 111 calls about older people who have fallen, passed to urgent
#        community response - docx - bold headings with a cover table - ICB
#        programme manager, measured - ICB with the ambulance service's NHS
#        111, the community trust and the council's careline lifting service
#        - staff involved - NO patient involvement (people as beneficiaries, a
#        text survey that changed nothing, Healthwatch updated, a negation and
#        a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1026", format="docx", layout="bold_headings", topic="nhs111_falls_urgent_community_response",
    project="independent65-upoffthefloor-1026", docx_font="Calibri",
    title="Up Off the Floor: NHS 111 calls about falls passed straight to urgent community response",
    cover_table=[
        ("Title of entry", "Up Off the Floor: NHS 111 calls about falls passed straight to urgent community response"),
        ("Lead organisation", "NHS Pellingham and Wold Integrated Care Board"),
        ("Partner organisations", "Eastmarch Ambulance Service NHS Trust (NHS 111 and Clinical Assessment Service); Pellingham Community Healthcare NHS Trust (Urgent Community Response); Pellingham County Council (Careline and Falls Lifting Service)"),
        ("Lead contact", "Senior Programme Manager, Urgent and Emergency Care"),
    ],
    primary_entrant=dict(name="NHS Pellingham and Wold Integrated Care Board", type="icb"),
    partners=[
        dict(name="Eastmarch Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Pellingham Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Pellingham County Council", type="local_authority"),
    ],
    sections=[
        ("context", "Background", """
NHS 111 in Pellingham and Wold takes around 1,300 calls a month about a fall in someone aged 65 or over.
Many are made by a relative, a neighbour or a home care worker who has found the person on the floor. Most
of these people are not badly hurt. They cannot get up, they are frightened and they are getting cold.

Until 2023 the way these calls were handled depended on the answers to the triage questions. Where there
was no sign of serious injury, the most common outcome was an ambulance response within a few hours or
advice to attend the emergency department. In practice, the ambulance service was prioritising more
serious calls, and an older person could be on the floor for four, six or eight hours before a crew
arrived. Lying on the floor that long causes its own harm: pressure damage, dehydration, muscle breakdown,
pneumonia and a loss of confidence that often ends in a care home.

Two services that could have helped sat to one side. The community trust's urgent community response
team can visit within two hours and assess, treat and arrange care at home, but it only accepted
referrals from GPs and community nurses. The council's careline service has a lifting team with
inflatable chairs, but it only attended people who had one of its own alarms. NHS 111 had no route to
either.

The integrated care board brought the three services together in the autumn of 2022. From February 2023,
a call to 111 about a fall in someone aged 65 or over, with no red flag signs, goes to a clinical adviser
who rings back within 20 minutes. If the adviser agrees it is safe, they book the urgent community
response team directly through the directory of services and, if the person is still on the floor, ask
the council's lifting team to attend within the hour. The team lifts the person, checks their
observations against an agreed list and stays until the community nurse or therapist arrives.
"""),
        ("evidence", "Evidence of improvement", """
We compared calendar year 2022 with the six months from July to December 2023, once the new route was
fully running, using NHS 111 and ambulance service call data and the community trust's records.

<<Q:Ambulances sent to 111 callers aged 65 and over after a fall with no serious injury fell from an
average of 412 a month in 2022 to 171 a month in the second half of 2023.>> <<Q:The average time these
people waited on the floor before someone arrived to help went down from 3 hours 52 minutes to 68
minutes.>> <<Q:Conveyance to the emergency department in this group fell from 61% to 27%.>>

Since February 2023 the urgent community response team has taken 3,480 referrals from 111 and the
lifting team has attended 1,020 times. Our target is for 90% of the team's visits to take place within
two hours; in the most recent quarter the figure was 84%.
"""),
        ("stakeholders", "How people were involved", """
<<S:NHS 111 health advisers, who take the first call, told us that callers often said the person was
'fine, just can't get up' and that this phrase was a good sign, so the clinical advisers now use it as a
prompt to consider the community route.>> <<S:Clinical advisers and community nurses from the urgent
community response team rewrote the list of red flags together over four meetings, and added a
question about blood thinners after the nurses pointed out that a head knock matters much more in
someone taking them.>> <<S:Careline lifting staff asked for a direct phone number for the community
team so they could hand over without going back through 111, and that number is now on every lifting
team's tablet.>> <<S:The ambulance service's clinical hub managers agreed the point at which a call is
passed back to 999 and tested it on recorded calls before launch.>>

The people who benefit are older people who fall at home and the families who find them. We sent a
text message survey to 300 callers in the autumn of 2023; most were positive, and no changes were made
as a result. Pellingham Healthwatch has been kept informed at its quarterly meetings. We have not yet
involved older people directly in the design of the route, but we plan to hold a session with the
county's older people's forum in 2025.
"""),
        ("value", "Value", """
An ambulance response to a fall costs around £300 and a visit to the emergency department about £200
more. An urgent community response visit costs about £150 and the lifting team about £60 a call. The
bigger saving is in what does not happen afterwards: fewer long lies, fewer admissions and fewer older
people losing their independence.

The lifting team is funded by the council from its careline budget, with a contribution from the
integrated care board of £180,000 a year.
"""),
        ("spread", "Spread", """
The route has been adopted by the other two places in our integrated care system, and the ambulance
service is building the same link into its 999 clinical hub for lower priority falls calls. We have
presented the work to the regional urgent and emergency care board and shared the red flag list with
three other integrated care boards.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1027  family carers staying with people with dementia in the emergency
#        department - docx - no headings - long - dementia charity chief
#        executive, first person, warm - charity with the acute trust and the
#        council's carers' service - carers and people with dementia involved
#        - NO staff involvement (ED staff trained by carers, security and
#        reception briefed, a named matron lead, a questionnaire that changed
#        nothing, a plan); measured changes told as 'halved' and 'a third less'
# ---------------------------------------------------------------------------
entry(
    id="I1027", format="docx", layout="no_headings", topic="dementia_carers_stay_emergency_department",
    project="independent65-staywithme-1027", docx_font="Georgia",
    title="Stay With Me: family carers at the side of people with dementia in the emergency department",
    cover=[
        "Hexley Dementia Companions (registered charity), working with Hexley University Hospitals NHS Trust and Hexley Borough Council (Carers' Support Service)",
        "Written by Ruth Adebayo, Chief Executive, Hexley Dementia Companions",
    ],
    primary_entrant=dict(name="Hexley Dementia Companions", type="charity"),
    partners=[
        dict(name="Hexley University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Hexley Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
I want to start with Pat. Pat had looked after her husband, Derek, for six years by the time he was taken
to the emergency department at Hexley one evening in February 2022 with a chest infection. Derek had
been a bus driver for thirty years and knew every street in the town, but by then he did not always know
Pat. They arrived by ambulance at about nine. At one in the morning a nurse, kindly but firmly, told
Pat that the department was too busy for relatives and she should go home and get some sleep. She did
as she was told.

At half past three Derek got off his trolley to look for a toilet, or perhaps to look for Pat, and fell.
He broke his wrist. When she came back in the morning he was in a side room with his arm in plaster,
he had been given a sedative, and he did not speak to her for two days. He never really got back to where
he had been before.

Pat told that story at our carers' group a few weeks later and the room went quiet, because nearly
everybody there had a version of it. A wife sent to the waiting room while her husband pulled out his
drip. A son told he could not stay because of the infection rules that had been brought in during the
pandemic and never quite taken away. A daughter who came back after an hour to find her mother had not
had a drink since she arrived because nobody knew that she would only take one from a cup with a handle.

Hexley Dementia Companions has supported people with dementia and their families in the town since 2009.
We run memory cafes, a carers' group, a helpline and a small team of trained volunteers. We are not a
health service and we have no say over how a hospital is run. But we could see that the emergency
department was one of the most dangerous places a person with dementia could be, and that the people
who could make it safer, the family carers, were being sent home.

The emergency department at Hexley sees around 1,900 people a year who have a diagnosis of dementia,
and many more who are confused for other reasons. It is noisy, bright and busy. People wait for hours on
trolleys in corridors. For someone with dementia, everything about it is frightening, and frightened
people try to get away, pull at things they do not understand and refuse food and drink from strangers.
The usual responses, a sedative or someone sitting with them for a while when staff can spare it, do not
solve that, and sedatives bring their own risks of falls and delirium.

So in the spring of 2023 we went to the hospital and to the council's carers' service with a simple
request: let carers stay, and help them to stay. The hospital's chief nurse said yes in principle within
a week, which I will always be grateful for. Turning that into something that worked at three in the
morning took a good deal longer.

Stay With Me has four parts. The first is a carer's passport, a card the size of a bank card that says
the holder is the carer of a person with dementia and has the right to stay with them at any hour,
including in resus if it is safe. We issue it through our helpline, memory cafes and the council's
carers' service, and GP practices can ask us for one for any carer on their register. The second is a
one-page sheet called Knowing Me, which the family fills in at home and keeps with the person's
medicines, so that the ambulance crew can bring it with them: what the person likes to be called, how
they show pain, what calms them, how they like their drinks. The third is practical: a folding chair at
every trolley space, a meal voucher for the hospital restaurant, and a parking permit so that carers are
not running back to feed the meter. The fourth is for people who have nobody. Our volunteer companions,
who are trained and DBS-checked, will come in between 8am and 10pm to sit with a person with dementia who
has no family with them, when the department rings our duty number.
"""),
        ("evidence", None, """
The passport was launched in July 2023. By the end of June 2024 we had issued 2,150 passports, and our
volunteer companions had given just over 1,400 hours in the department. The Knowing Me sheet came in
with 61% of people with a dementia diagnosis who arrived by ambulance in the last three months of that
year, according to the department's own check.

We looked at the hospital's incident reports involving patients with dementia in the emergency
department, comparing the year before the passport with the year after. <<Q:Falls among these
patients in the department halved, from 38 in the year before to 19 in the year after.>> <<Q:Sedative
medicines given to calm a distressed person with dementia were used about a third less often than in
the year before.>> There were eleven occasions in the year when a carer holding a passport was still
asked to leave, and in each case we raised it with the department the next day.

Numbers only tell part of it. One wife told me that her husband ate a full plate of sandwiches in the
department because she was there to cut them into quarters the way he has always had them. That is the
kind of thing I mean.
"""),
        ("stakeholders", None, """
Stay With Me was designed by carers from the start. <<P:The Thursday Circle, our carers' group of
fourteen husbands, wives, sons and daughters, met every fortnight for three months to work out what
the passport should say, and they insisted the words 'has the right to stay' were printed in bold,
because they were tired of being told it was at the nurse's discretion.>> <<P:Pat chaired those
meetings, and it was her idea that the card should fit behind a bus pass in a purse.>> <<P:Members of
our two memory cafes who are living with dementia chose the colour of the card and the picture on the
front, and they asked for the Knowing Me sheet to include what music the person likes.>>

<<P:Three former carers whose partners had died wrote the Knowing Me sheet with us, and they tested it
on each other by pretending to be a stranger trying to help.>> <<P:Carers who had used the passport in
the first three months told us the folding chairs were too low to reach a trolley, so the hospital
bought taller ones.>>

<<P:All 190 nurses and healthcare assistants in the emergency department have had a 45-minute session on
dementia and carers, delivered by members of the Thursday Circle.>> Security staff and receptionists were
briefed on the passport by the department's managers. The department's matron, Claire Dunmore, is the
named lead at the hospital and signs off the monthly figures. We asked emergency department staff to
fill in a short questionnaire after six months; the answers were encouraging and nothing was altered as
a result. We would like to set up a joint group with the department's nurses next year.
"""),
        ("value", None, """
The scheme costs about £38,000 a year, most of which pays for a part-time volunteer co-ordinator and the
chairs, vouchers and parking permits. The council's carers' service pays half and the hospital's
charity the rest. A fall in hospital that ends in a broken hip can cost the NHS many times that in a
single case, and a person with dementia who leaves the emergency department more confused than when they
arrived may never go home again.

What matters most to carers is being treated as part of the team rather than a visitor. Pat says she
would have given anything to have had a passport that night.
"""),
        ("spread", None, """
The hospital has written carers' right to stay into its visiting policy for every ward, not just the
emergency department, and the acute medical unit now uses the Knowing Me sheet as well. The council has
added the passport to its carers' assessment, so every carer of a person with dementia is offered one.
Two dementia charities in neighbouring towns have asked to use our design, and we have spoken about
the work at the regional dementia friendly hospitals network.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1028  frail older people sent home from the emergency department in the
#        small hours - pdf - CAPS headings - ED consultant, direct - acute
#        trust with the council's night response service and an older
#        people's charity - older people, a daughter and staff involved - NO
#        quantitative evidence in the evidence section (checks done, people
#        kept overnight, a single figure, a target, no earlier figure); a
#        measured change is told only in the value section
# ---------------------------------------------------------------------------
entry(
    id="I1028", format="pdf", layout="caps_headings", topic="ed_night_discharge_frail_older_people",
    project="independent65-homesafeafterdark-1028", pdf_font="DejaVuSans", pdf_align="L",
    title="HOME SAFE AFTER DARK: no more frail older people sent home from the emergency department in the small hours",
    cover=[
        "LEAD: Amberlow General Hospital NHS Foundation Trust, Emergency Department",
        "PARTNERS: Amberlow City Council (Night Response and Reablement Service); Age Concern Amberlow (registered charity)",
        "CONTACT: Consultant in Emergency Medicine and Clinical Lead for Frailty",
    ],
    primary_entrant=dict(name="Amberlow General Hospital NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Amberlow City Council", type="local_authority"),
        dict(name="Age Concern Amberlow", type="charity"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Emergency departments never close, and neither does the pressure to move people through them. When a
patient has been assessed and does not need to be admitted, the easiest thing is to send them home,
whatever the time. For a fit 30-year-old that is fine. For an 85-year-old who lives alone, it can mean
being put in a taxi at three in the morning and arriving at a dark, cold house with no milk in the
fridge, no one to help them to bed and a front door key that is still in the coat they left at the
hospital.

In 2022 our frailty team looked back at the people aged 75 and over that we discharged home between
midnight and 6am. We found people who had fallen on their own doorstep, people found on the floor by
their carer the next morning, and one woman of 84 who sat in her hallway in her coat until daylight
because she could not manage the stairs after the taxi driver left. A number came back to us by
ambulance within a day or two. None of this showed up in our figures, because as far as the
department was concerned, these were successful discharges.

We knew the answer could not just be 'keep everybody in until morning', because a night on a trolley in
a corridor is harmful too. What was missing was somebody asking whether going home right now was safe,
and somebody at the other end to make it safe.
"""),
        ("evidence", "WHAT WE HAVE DONE AND WHAT WE KNOW SO FAR", """
Since March 2024, anyone aged 75 or over, or with a clinical frailty score of 5 or more, who is ready to
go home between 11pm and 7am has a Home Safe check before they leave. The nurse asks five questions: is
anyone at home, can you get in, is the heating on, can you get to the toilet and into bed, and do you
have your medicines. If the answer to any of them is no, the person either stays in our overnight
discharge area, which has reclining chairs, blankets and hot drinks, until morning, or the council's
Night Response service meets them at home and settles them in. Every person discharged at night gets a
call from an Age Concern volunteer the next morning.

In the first year:

- 1,318 Home Safe checks were completed

- 402 people chose or were advised to stay until morning

- the Night Response service met 236 people at their homes

- Age Concern made 1,190 next-morning calls, and arranged a visit for 87 people who needed shopping, a welfare check or help with their medicines

- 14 people were readmitted within 72 hours of a night-time discharge

Our aim is for the check to be done for 95% of eligible patients; in the last quarter it was 88%. We did
not record discharge times reliably before the scheme began, so we cannot compare with earlier years.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:Members of Age Concern Amberlow's Tuesday lunch club, most of them in their eighties, went through
the five questions with us and added the one about getting into bed, because several of them said that
was the hardest part of coming home.>> <<P:The daughter of the woman who spent the night in her hallway
told her mother's story to our department's governance meeting and asked that nobody be put in a taxi
without someone checking there was a light on, which is now part of the Night Response visit.>>

<<S:Night shift nurses and the department's night co-ordinators designed the overnight discharge area
from a disused plaster room and chose the reclining chairs after trying three types.>> <<S:Night
Response carers told us that people were arriving without their door keys or their medicines, so they
asked for a checklist to travel with the patient, and our nurses wrote it with them.>> <<S:Age Concern's
volunteer co-ordinator and our frailty nurses worked out together which problems the morning call
should pick up and who should be phoned about them.>>
"""),
        ("value", "VALUE", """
The overnight discharge area uses space and staff we already had. The Night Response service charges
the trust £95 a visit, and the morning calls are made by volunteers. A single readmission of an older
person costs around £2,500, and a fall at home at night can end in a hip fracture.

We also asked the ambulance service to look at calls to the addresses of people we had discharged at
night. <<Q:Ambulance call-outs to those addresses within 48 hours of a night-time discharge fell from 71
in 2022/23 to 29 in 2024/25.>> It is a small piece of evidence, but it points in the right direction.
"""),
        ("spread", "SPREAD", """
Amberlow's second emergency department, at the Eastgate site, starts Home Safe in the spring, and the
minor injuries unit is adapting the five questions. We have shared the checklist with the regional
emergency care network and presented it at a national frailty conference.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1029  paramedics scoring frailty and taking older people straight to the
#        acute frailty unit - docx - numbered questions with cover bullets -
#        consultant paramedic, enthusiastic - ambulance service with the acute
#        trust, the community trust and an older people's assembly - staff
#        involved; an assembly member's part told in the value section - a
#        measured change told as 'a third fewer' - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1029", format="docx", layout="numbered_questions", topic="paramedic_frailty_score_direct_frailty_unit",
    project="independent65-frailtystraightthrough-1029", docx_font="Arial",
    title="Frailty Straight Through: paramedics scoring frailty and taking older people direct to the frailty unit",
    cover=[
        "Entrant: Brackenford and Coast Ambulance Service NHS Trust",
        "Submitted by the Consultant Paramedic for Older People",
        "Partners in this work:",
    ],
    cover_bullets=[
        "Carsdale Hospitals NHS Trust (Acute Frailty Unit and Same Day Emergency Care)",
        "Carsdale and Brackenford Community Health NHS Trust (Community Geriatrics and Hospital at Home)",
        "Brackenford Older People's Assembly",
    ],
    primary_entrant=dict(name="Brackenford and Coast Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Carsdale Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Carsdale and Brackenford Community Health NHS Trust", type="nhs_trust"),
        dict(name="Brackenford Older People's Assembly", type="patient_group"),
    ],
    sections=[
        ("context", "1. What was the problem, and why did it need a partnership?", """
Carsdale Hospital opened an acute frailty unit in 2021, staffed by geriatricians, frailty nurses and
therapists, with the aim of assessing older people with frailty quickly, treating them and, wherever
possible, getting them home the same day. It was a good idea that did not work as well as it should,
because almost everybody reached it by way of the emergency department. An older person brought in by
ambulance would wait to be handed over, wait to be triaged, wait to be seen by an emergency doctor,
and only then be referred to the frailty unit across the corridor. By that time many had spent six or
eight hours on a trolley. They had become more confused, they had not eaten, some had developed pressure
damage and some had fallen trying to get to the toilet.

Our paramedics could see the problem but had no way round it. The frailty unit did not take patients
directly from ambulances because nobody had agreed which patients were suitable, and paramedics did not
routinely assess frailty, so the unit had no way of knowing who was coming.

At the same time, the community trust's geriatricians were running a hospital at home service that
could have looked after some of these people without them going to hospital at all, but paramedics
rarely knew it existed.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since September 2023 our crews record a Clinical Frailty Scale score for every patient aged 65 and over.
For anyone with a score of 5 to 8 who does not need resuscitation or a specialist pathway such as
stroke, the crew phones a frailty clinician on a single number, shared between the frailty unit and the
hospital at home team. Together they decide whether the person can stay at home with a hospital at home
visit that day, or whether they should go straight to the frailty unit, bypassing the emergency
department.

We compared the year before the change with the first twelve months.

<<Q:A third fewer older people with frailty brought in by our crews waited more than four hours in the
emergency department.>> <<Q:Direct admissions to the frailty unit from ambulances went from almost none
to 31% of frail patients conveyed to Carsdale.>> <<Q:Frail patients conveyed by our crews who were
admitted to a ward for more than 72 hours fell from 44% to 35%.>>

In the first year crews made 4,870 calls to the frailty line, and the hospital at home team took 1,110
of those patients.
"""),
        ("spread", "3. How has the work been shared or spread?", """
The frailty line is being extended to the second acute trust in our area from April 2025, and all our
crews now record a frailty score, not just those who work in Carsdale. We have shared the training and
the phone line protocol with the national consultant paramedics' network and presented it at the
national ambulance conference.
"""),
        ("value", "4. What difference has it made, and is it value for money?", """
Every older person who avoids a long wait in the emergency department is less likely to develop
delirium, pressure damage or a fall, and less likely to need a long admission. A bed day in Carsdale
costs about £400, and a hospital at home visit about a third of that. The frailty line is staffed from
existing rotas.

<<P:One of the people who helped us most was Mr Alan Roper, 86, a member of the Brackenford Older
People's Assembly who had been taken to the emergency department three times after falls, and who came
out on two shifts with our crews and then told our training team that paramedics should explain the
frailty score to the patient rather than doing it over their head.>> <<P:Crews now say to the person what
they are scoring and why, using words he suggested.>>

Crews say the line has changed how they feel about frail older patients, from a long wait at the
hospital to something they can actually help with.
"""),
        ("stakeholders", "5. Who was involved, and how?", """
<<S:A group of twelve paramedics and three frailty nurses tested the Clinical Frailty Scale on recorded
case studies over two evenings, and because their scores varied so much, the nurses produced a picture
card that crews now carry.>> <<S:The frailty unit's consultants and the hospital at home geriatricians
agreed the exclusions with our clinical team, and changed them twice in the first three months after
crews reported patients they had been unable to place.>> <<S:Emergency department consultants reviewed
the first 50 direct admissions with the frailty team to check that nobody had been sent to the wrong
place.>>

<<P:Members of the Older People's Assembly also read the leaflet that crews leave with people treated at
home, and asked for it to say clearly who would visit and when.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1030  automatic fall and crash detection calls from smartwatches and
#        phones to 999 - pdf - two columns - university senior research
#        fellow, academic - university with the ambulance service and the
#        council's telecare service - staff involved - NO patient involvement
#        (wearers sent a letter, an online questionnaire that changed nothing,
#        a negation, a plan for a user panel)
# ---------------------------------------------------------------------------
entry(
    id="I1030", format="pdf", layout="two_column", topic="smartwatch_automatic_fall_detection_999",
    project="independent65-fallorfalsealarm-1030", pdf_font="LiberationSerif",
    title="Fall or False Alarm? Automatic fall and crash detection calls from smartwatches and phones to 999",
    cover=[
        "University of Wyvernmoor, Centre for Pre-hospital and Emergency Care Research (lead), with Wyvernmoor and Dales Ambulance Service NHS Trust and Wyvernmoor District Council (Lifeline Telecare Service)",
        "Entry by the Centre's Senior Research Fellow",
    ],
    primary_entrant=dict(name="University of Wyvernmoor", type="university"),
    partners=[
        dict(name="Wyvernmoor and Dales Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Wyvernmoor District Council", type="local_authority"),
    ],
    sections=[
        ("context", "Background", """
Many smartwatches and mobile phones can now detect a hard fall or a car crash and, if the wearer does not
respond, dial 999 automatically. The call plays a recorded message giving the device's location. For an
older person who has fallen and cannot reach a phone this is a real safety net. The difficulty is that
most of these calls are not what they seem. In the first half of 2023 the ambulance service in our area
was receiving around 900 automatic calls a month, and the great majority were triggered by skiing
holidays, fairground rides, dropped phones and vigorous exercise.

Call handlers had no agreed way to deal with them. A recorded message cannot answer triage questions.
Some handlers sent an ambulance to every call, which tied up crews; others closed calls after a single
unanswered call-back, and some of those turned out to be real. Our review of one month found an older
man who had fallen in his garden and lay there for five hours after his watch's call was closed.

Many of the genuine calls came from older people at home, some of whom were already known to the
council's Lifeline telecare service, which keeps contact details for key holders. Nobody was linking
the two.
"""),
        ("evidence", "Results", """
We analysed six months of automatic calls before the change and six months after. Since October 2023
every automatic call is flagged on the ambulance service's system. The call handler rings the device
back twice, two minutes apart, and checks the location against the Lifeline register. If the person is
a Lifeline customer, the telecare operator calls their key holders and can send a responder. If the
location is a home address and the call is still unanswered, an ambulance is sent.

<<Q:The median time to reach a decision on an automatic call fell from 14 minutes to 4 minutes.>>
<<Q:Ambulances dispatched to automatic calls that turned out to be false alarms went down from 38% of
such calls to 9%.>> <<Q:Among genuine falls reported by automatic calls, the share reached by help
within an hour rose from 52% to 81%.>>

In the six months after the change, 5,260 automatic calls were received and 212 were genuine falls or
crashes.
"""),
        ("stakeholders", "Involvement", """
<<S:Call handlers and dispatchers from the emergency operations centre listened to 120 recorded
automatic calls with the research team and sorted them into types, which became the basis of the
decision flowchart.>> <<S:Lifeline operators told us that they could reach key holders faster than the
ambulance service because they already had the numbers, and they proposed the warm transfer that is
now part of the protocol.>> <<S:Clinical supervisors in the control room asked for the second call-back
to be made two minutes after the first, not five, after trying both on a busy night.>>

Watch and phone owners whose calls were in the analysis were sent a letter explaining the study. An
online questionnaire was completed by 184 owners after the change; the responses were positive and the
protocol was not altered. Wearers were not interviewed in this phase because the ethics approval
covered call records only. In the next phase we intend to recruit older wearers to a user panel.
"""),
        ("value", "Value", """
An ambulance sent to a false alarm costs about £250 and takes a crew away from someone who needs it. The
protocol adds around two minutes of call handler time per call. The research was funded by a regional
research grant of £96,000.
"""),
        ("spread", "Spread", """
The protocol has been shared with all English ambulance services through the national ambulance
research forum, and two have adopted it. We are working with a device manufacturer on how the recorded
message could give more useful information.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1031  older people sent home from the emergency department after a fall
#        without a falls referral - docx - rubric headings - falls service
#        clinical lead (physiotherapist), methodical - community trust with
#        the acute trust and a GP federation - older people involved (told in
#        the passive voice, in the context section) and staff involved - an
#        SPC chart shift among the claims - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1031", format="docx", layout="rubric_headings", topic="ed_fall_discharge_falls_service_referral",
    project="independent65-nofallforgotten-1031", docx_font="Calibri",
    title="No Fall Forgotten: a falls service referral for every older person sent home from the emergency department after a fall",
    cover=[
        "Lead entrant: Ouseby Community Health NHS Trust, Community Falls and Bone Health Service",
        "Partners: Ouseby and Rendle Hospitals NHS Trust (Emergency Department); Ouseby Primary Care Federation",
        "Prepared by the Clinical Lead for Falls (physiotherapist)",
    ],
    primary_entrant=dict(name="Ouseby Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Ouseby and Rendle Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Ouseby Primary Care Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Around 4,200 people aged 65 and over attend the emergency department at Ouseby each year after a fall
and go home the same day. For many, the fall is a warning: of weak muscles, low blood pressure, poor
eyesight, a medicine that needs reviewing or a home that has become hard to manage. A fall that causes
only a bruise this month can cause a hip fracture next month. National guidance says that every older
person who attends hospital after a fall should be offered a falls assessment.

In 2022 only about one in ten of these people were referred to our falls service. The emergency
department's discharge letter to the GP said 'mechanical fall, no injury' and the GP often had no
reason to act on it. Emergency staff did not have time to fill in our four-page referral form, and
many did not know what the falls service could offer.

The partnership's goals were: a falls referral for every older person discharged from the emergency
department after a fall, without extra work for emergency staff; contact from the falls service within
72 hours; and a medicines review for anyone taking medicines that raise the risk of falling.

The changes were made in the summer of 2023. The emergency department's electronic discharge now includes
a tick box, on by default, that sends a referral to the falls service for anyone aged 65 and over whose
attendance was coded as a fall. We phone each person within 72 hours and offer a home assessment within
two weeks to those at highest risk. The primary care federation's clinical pharmacists review the
medicines of anyone taking blood pressure tablets, sedatives or other medicines that can cause falls.
<<P:The wording of our first phone call was changed after it had been read out to members of two lunch
clubs in the town, who felt the words 'falls service' made them sound old and helpless, so the call now
begins with 'staying steady on your feet'.>>
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
We compared the twelve months before the change with the twelve months from September 2023.

<<Q:The proportion of older people sent home from the emergency department after a fall who were
referred to the falls service rose from 11% to 78%.>> <<Q:Re-attendance at the emergency department with
another fall within 90 days fell from 19% to 12%.>> <<Q:The monthly number of hip fractures in people who
had attended the emergency department with a fall in the previous six months showed a sustained shift
below the centre line of our SPC chart from the fourth month onwards.>>

The federation's pharmacists carried out 1,630 medicines reviews and stopped or reduced at least one
falls-risk medicine for 512 people.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The default referral has been copied by the urgent treatment centre at Rendle, and the ambulance service
is discussing whether its crews could use the same route for people they treat at home after a fall.
We presented the work at the regional falls and fragility fracture network and at the national
conference of the chartered physiotherapy society's older people's group.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The tick box takes no time for emergency staff. The extra calls and home assessments have been absorbed
by the falls service, helped by moving two physiotherapy assistants from clinic work to telephone
contact. A hip fracture costs the NHS and social care around £14,000 in the first year.

Older people tell us they were surprised and pleased to get a call, and many say nobody had ever
asked them about their falls before.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<S:Emergency department nurses and the falls team sat together with the hospital's digital team to
design the discharge screen, and it was the nurses who asked for the box to be ticked by default.>>
<<S:Clinical pharmacists from the federation drew up the list of falls-risk medicines with two
consultant geriatricians and changed it after GPs asked for antidepressants to be included.>> <<S:Our
physiotherapy assistants, who make the calls, rewrote the call script after the first month because
people were hanging up on them, thinking it was a sales call.>>

<<P:A retired teacher who had been to the emergency department four times after falls before anyone
referred her joined our service user group and helped us design the home assessment letter.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1032  NHS 111 calls for people dying at home - pdf - with appendix - long
#        - hospice director of clinical services, reflective - hospice with
#        the ambulance service's NHS 111 and the ICB - bereaved families and
#        staff involved - NO quantitative evidence (calls transferred, single
#        figures, a survey with no baseline, a target, no comparison yet)
# ---------------------------------------------------------------------------
entry(
    id="I1032", format="pdf", layout="with_appendix", topic="nhs111_end_of_life_hospice_transfer",
    project="independent65-righthelpattheend-1032", pdf_font="LiberationSerif", pdf_align="L",
    title="The Right Help at the End: NHS 111 calls for people who are dying at home",
    cover=[
        "Lead entrant: St Aidan's Hospice, Holmwick (registered charity)",
        "Partners: Holmwick and Fell Ambulance Service NHS Trust (NHS 111 and Clinical Assessment Service); NHS Holmwick and Dene Integrated Care Board",
        "Prepared by the Director of Clinical Services, St Aidan's Hospice",
    ],
    primary_entrant=dict(name="St Aidan's Hospice, Holmwick", type="charity"),
    partners=[
        dict(name="Holmwick and Fell Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="NHS Holmwick and Dene Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Why this matters", """
Most people, when asked, say they would like to die at home. In Holmwick and Dene, around 2,600 people
die each year from an illness that was expected to end their life, and St Aidan's supports about half
of them, at home, in care homes and in our inpatient unit. Our community nurses and hospice at home
team visit during the day and early evening, and we run a 24-hour advice line for the families of the
people we care for.

Dying is not tidy, and it rarely keeps office hours. In the last days of life things change quickly:
pain breaks through, breathing becomes noisy or laboured, a person becomes agitated or stops being able
to swallow their tablets. Families who have never seen someone die are frightened. At two in the morning
many do not remember our number, or do not think of a hospice as the place to ring, and they ring NHS
111.

NHS 111 is designed to find and respond to emergencies. Its call handlers are trained to follow a
clinical decision system, and a caller who says their father is struggling to breathe and is very
drowsy will, quite properly for most callers, be sent an ambulance. The crew arrives to find a man in
the last hours of his life, with a family who are not sure whether they are allowed to say 'let him
stay'. In too many cases the answer was a blue-light journey to the emergency department, a wait on a
trolley and a death in a corridor or a cubicle, among strangers, against his wishes.

We saw this in our own bereavement work. In 2022 our family support team supported more than forty
families whose relative had been taken to hospital in the last days of life after a call to 111 or 999,
and many were still distressed about it months later. One woman among them had made every plan, had her
anticipatory medicines in the house and had a signed form saying she did not want to go to hospital,
but nobody on the phone at four in the morning knew any of that.

The information was there, in the shared end of life care record that GPs and the hospice keep for
people in their last year of life. NHS 111 could not see it, and the advice line could not be reached
from 111 except by giving the family our number and asking them to ring again. For a frightened family,
that second call often did not happen.
"""),
        ("evidence", "What difference it has made", """
Since September 2023 the ambulance service's NHS 111 system has been able to see whether a caller's
address matches a person on the shared end of life record. If it does, or if the caller says the person
is dying, the health adviser offers a warm transfer straight to our advice line, staying on the call
until one of our nurses picks up. Our nurse can talk the family through what is happening, advise on
the anticipatory medicines already in the house, send the hospice at home team or ask the out-of-hours
district nurse to visit, and, where needed, call an ambulance with the plan in hand. The NHS 111
clinicians in the clinical assessment service can also see the person's wishes and the name of their
GP and hospice nurse.

In the first twelve months:

- 1,046 calls were transferred from NHS 111 to the hospice advice line

- our nurses managed 812 of those without an ambulance or an emergency department visit

- the hospice at home team made 214 night visits as a result of a transferred call

- 61 callers still needed an ambulance, almost all for falls or sudden bleeding

- the median time from a 111 call being answered to a hospice nurse speaking to the family was 7 minutes

Our target is for 90% of transfers to be answered by a hospice nurse within ten minutes; we reached 83%
in the last quarter. In our bereavement survey, 87% of families whose call had been transferred said
they had got the help they needed that night. We have not yet been able to compare the number of people
who died in hospital after a 111 call with earlier years, because the ambulance service changed its
coding in 2023, and we hope to report this next year.
"""),
        ("stakeholders", "Who was involved", """
<<P:Our Family Voices group, nine people whose relatives died at home or in hospital in the last three
years, spent four evenings with us working out what a frightened relative needs to hear in the first
minute of a call, and they rewrote the health advisers' opening words.>> <<P:It was members of the group
who asked that the family should never be asked to ring another number, which is why the transfer is
made while the health adviser stays on the line.>> <<P:That woman's daughter met the ambulance service's 111 leadership team and described that night to them, and her account
persuaded them to open the shared record to health advisers as well as clinicians.>>

<<S:NHS 111 health advisers and clinical advisers sat with our advice line nurses for a day each, and
between them they agreed the four phrases that trigger an offer of transfer, such as 'she's dying' or
'he's on end of life care'.>> <<S:Our advice line nurses asked for the ambulance service's clinical
navigators to be able to ring them back directly, and a dedicated number was set up after a trial
during the Christmas period.>> <<S:Paramedics from two stations reviewed the cases where an ambulance was
still sent and suggested that crews attending a transferred call should phone our nurse on the way.>>
"""),
        ("value", "Value", """
The advice line already existed. The extra nursing time at night, about one additional nurse on shift,
is funded by the integrated care board at £118,000 a year. An ambulance journey and an emergency
department attendance for a dying person costs several hundred pounds, and an admission in the last days
of life several thousand, but those costs matter far less than the chance to die in the place a person
chose.

Families tell us that being put straight through to someone who knew their relative made a frightening
night bearable.
"""),
        ("spread", "Sharing it", """
The ambulance service has offered the same transfer to the other two hospices in its area, and one has
started. We have shared the four trigger phrases and the opening words with the national hospice
association's community nursing network and presented at a national palliative care conference in
2024.
"""),
    ],
    trailer=[
        ("heading", "Appendix: terms used and where the figures come from"),
        ("para", "Warm transfer: a call passed from one service to another while the first call handler stays on the line until the second service answers. Anticipatory medicines: injectable medicines prescribed in advance and kept in the home so that symptoms at the end of life can be treated quickly. Shared end of life care record: the electronic record, kept by GP practices and the hospice, of people in their last year of life and their wishes."),
        ("para", "Transfer figures are from NHS 111 call records held by Holmwick and Fell Ambulance Service NHS Trust. Advice line and hospice at home figures are from St Aidan's Hospice records. The bereavement survey is sent to every family six weeks after a death."),
        ("para", "St Aidan's Hospice, Kiln Lane, Holmwick HK3 9PS. Registered charity."),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1033  seriously ill patients streamed to the GP service at the emergency
#        department front door - pdf - form table with a cover table - GP
#        federation clinical director, clipped - GP federation with the acute
#        trust and the ICB - staff involved - NO patient involvement (patients
#        given a leaflet, a hospital survey that changed nothing, a negation,
#        a plan to ask the patient panel)
# ---------------------------------------------------------------------------
entry(
    id="I1033", format="pdf", layout="form_table", topic="ed_front_door_gp_streaming_safety",
    project="independent65-streamsafe-1033", pdf_font="LiberationSans",
    title="Stream Safe: keeping seriously ill patients out of the GP queue at the emergency department front door",
    cover_table=[
        ("Entry title", "Stream Safe: keeping seriously ill patients out of the GP queue at the emergency department front door"),
        ("Lead organisation", "Stanbridge GP Federation (Urgent Primary Care Service)"),
        ("Partner organisations", "Stanbridge and Lowfield Hospitals NHS Trust (Emergency Department); NHS Stanbridge and Lowfield Integrated Care Board"),
        ("Entrant", "Dr Priya Nandakumar, Clinical Director, Urgent Primary Care"),
    ],
    primary_entrant=dict(name="Stanbridge GP Federation", type="primary_care"),
    partners=[
        dict(name="Stanbridge and Lowfield Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Stanbridge and Lowfield Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
The federation runs the urgent primary care service next to the emergency department at Stanbridge
General, 8am to midnight, seven days a week. A streaming nurse at the front door sees everyone who walks
in and decides whether they go to the emergency department or to our GPs. About 30% of walk-in patients
are streamed to us, roughly 110 a day.

In 2022 the streaming decision was made in about two minutes, on the basis of what the patient said,
without any observations. The criteria had been written in 2017 and were not shared with the emergency
department. When our GPs were busy, patients could wait three hours or more in our waiting room, which is
out of sight of the emergency department's staff.

Serious incidents that year included a man in his fifties who described 'indigestion', was streamed to
us, waited two hours forty minutes and was having a heart attack; a young woman with abdominal pain who
had an ectopic pregnancy; and an older man with a chest infection who was septic by the time a GP saw
him. In each case there were warning signs that a set of observations or an ECG would have shown.

Goals: the same streaming criteria for both services; observations for every patient before they are
streamed to us; and a quick way to move anyone who gets worse back to the emergency department.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since May 2023 every walk-in patient has a full set of observations and an early warning score at the
front door, and anyone with chest pain has an ECG read by an emergency department doctor before they
are streamed. The streaming criteria are shared, written jointly and reviewed every quarter. Our waiting
list is shown on a screen in the emergency department's nurses' station, and any patient can be sent
back with one click. An emergency department consultant and our duty GP hold a five-minute huddle every
two hours.

<<Q:Patients streamed to the GP service who then had to be sent back to the emergency department fell
from 7.2% in 2022 to 2.9% in 2024.>> <<Q:Serious incidents linked to streaming went down from six in 2022
to one in 2024.>> <<Q:The median wait to see a GP after streaming fell from 2 hours 40 minutes to 1 hour
25 minutes, because fewer patients bounce between the two services.>>
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Streaming nurses from both organisations rewrote the criteria in three workshops with our GPs and
two emergency department consultants, and they removed the 'walk-in equals minor' assumption that ran
through the old version.>> <<S:Our receptionists suggested that the observations be done before the
patient gives their details, not after, because people were being booked in and then forgotten.>>
<<S:Emergency department registrars asked for the two-hourly huddle after a trial month in which they
kept finding sick patients in our waiting room by chance.>>

Patients are the ones who benefit. Every patient streamed to us is given a leaflet explaining why and
what to do if they feel worse. The trust's patient experience team surveyed 150 patients in the
autumn of 2023, and as most were satisfied, nothing was changed. We have not worked with patients on the
criteria themselves, but we intend to ask the trust's patient panel to review the leaflet next year.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Observations at the front door need an extra healthcare assistant on each shift, funded by the
integrated care board at about £85,000 a year. A missed heart attack or ectopic pregnancy can cost a
life and, in financial terms, far more in treatment and claims. GPs say they no longer worry about who is
sitting in the waiting room, and emergency department staff trust the streaming decisions.
"""),
        ("spread", "How has the work been shared and spread?", """
The shared criteria have been adopted by Lowfield Hospital's urgent treatment centre, which is run by a
different provider. The integrated care board has written observations before streaming into the
specification for all urgent treatment centres in the area.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1034  home care workers helping uninjured people up after a fall - docx -
#        bullet lists - PRIVATE home care company as primary entrant, with the
#        ambulance service and the council (ineligible) - operations director,
#        upbeat - 'clients', families and care workers involved
# ---------------------------------------------------------------------------
entry(
    id="I1034", format="docx", layout="bullet_lists", topic="home_care_lifting_uninjured_fallers",
    project="independent65-upsafely-1034", docx_font="Arial",
    title="Up Safely: home care workers helping uninjured clients up after a fall",
    cover=[
        "Primary entrant: Lanterns Home Care Services Ltd",
        "Working with Dunsmere and Marsh Ambulance Service NHS Trust and Dunsmere County Council (Adult Social Care Commissioning)",
        "Submitted by Sarah Okafor, Operations Director",
    ],
    primary_entrant=dict(name="Lanterns Home Care Services Ltd", type="private"),
    partners=[
        dict(name="Dunsmere and Marsh Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Dunsmere County Council", type="local_authority"),
    ],
    sections=[
        ("context", "The problem", """
Lanterns supports about 850 clients in their own homes across Dunsmere, with around 14,000 hours of care
a week. Falls are the thing our care workers dread most.

What used to happen:

- a care worker arriving for a call would find a client on the floor

- our policy said care workers must not lift anyone, for their own safety and the client's, so they rang 999

- because most of these clients were not badly hurt, the ambulance was given a low priority, and the wait was often three hours or more, sometimes overnight

- the care worker had to leave for their next call, so the client was left on the floor with a blanket and a pillow, and the office rang round to find someone to check on them

- in the winter of 2022 one of our clients, a lady of 92, waited seven hours on her kitchen floor and developed a pressure sore and a chest infection; she did not go home again

What we do now, since June 2023:

- every care worker carries a one-page ISTUMBLE checklist used by the ambulance service to rule out serious injury

- if the checklist is clear, the care worker phones the ambulance service's falls line and talks it through with a clinician

- if the clinician agrees, two care workers use an inflatable lifting cushion, kept in each of our area offices and in 40 clients' homes, to get the client up

- the clinician decides whether the client needs a visit from the ambulance service, the council's reablement team or nobody

- the care worker stays until the client is settled and writes it up in the electronic care notes
"""),
        ("evidence", "What has changed", """
We compared the twelve months before June 2023 with the twelve months after.

- <<Q:the average time clients spent on the floor before being helped up fell from 2 hours 47 minutes to 34 minutes>>

- <<Q:999 calls made by our care workers for falls with no injury went down from 318 to 96>>

- <<Q:clients admitted to hospital after lying on the floor for more than an hour fell from 41 to 12>>

- care workers used the lifting cushions 274 times in the year

- there were no injuries to care workers while lifting
"""),
        ("stakeholders", "Who was involved", """
- <<S:a group of ten care workers tried the lifting cushions in our training room with two paramedics from the ambulance service and chose the model that is easiest to inflate in a small bathroom>>

- <<S:care workers asked for the checklist to be printed on a card that fits in their lanyard pocket, and the paramedics reworded it in plain English for them>>

- <<S:the ambulance service's falls line clinicians and our field supervisors agreed the phone script together and changed it after the first month to include the client's usual medicines>>

- <<P:clients who had fallen before were asked whether they would be happy to be lifted by a care worker, and several said they would rather wait for a paramedic, so the care worker now always asks the client first>>

- <<P:family members of three clients helped us decide where the cushions should be kept in the home, and one son suggested the hall cupboard so they are not in the way>>
"""),
        ("value", "Value", """
- each lifting cushion costs about £1,300; the council paid for the first 20 from its falls prevention budget

- every 999 call avoided frees an ambulance for someone who needs it

- care workers tell us they feel proud to be trusted to help rather than stand by

- families say they are relieved that their relative is not left on the floor for hours
"""),
        ("spread", "Spread", """
- the council is offering the same training and cushions to the other home care agencies it commissions

- the ambulance service has shared our approach with its care home liaison team

- we presented the work at the regional home care providers' forum in 2024
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1035  red flag questions on emergency department self check-in kiosks -
#        pdf - numbered questions - PRIVATE technology company as primary
#        entrant, with the acute trust and a sight loss charity (ineligible) -
#        clinical safety officer, corporate - people with sight loss and
#        older people involved - NO staff involvement (reception staff
#        trained, triage nurses shown the alert, the trust's clinical safety
#        officer reviewing the hazard log as part of her role, a survey that
#        changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1035", format="pdf", layout="numbered_questions", topic="ed_self_checkin_kiosk_red_flags",
    project="independent65-checkinnotleftout-1035", pdf_font="LiberationSans", pdf_align="L",
    title="Check In, Not Left Out: red flag questions on emergency department self check-in kiosks",
    cover=[
        "Submitted by Arrivo Health Systems Ltd",
        "In partnership with Marlbury Royal Hospital NHS Trust (Emergency Department) and Marlbury and District Sight Loss Society",
        "Contact: Clinical Safety Officer, Arrivo Health Systems Ltd",
    ],
    primary_entrant=dict(name="Arrivo Health Systems Ltd", type="private"),
    partners=[
        dict(name="Marlbury Royal Hospital NHS Trust", type="nhs_trust"),
        dict(name="Marlbury and District Sight Loss Society", type="charity"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Arrivo supplies self check-in kiosks to hospital outpatient departments and, since 2022, to three
emergency departments, including Marlbury Royal. Patients who walk in use a touchscreen to give their
name, date of birth and reason for attending, chosen from a list, instead of queuing at reception. The
aim was to cut queues at the front desk, and it did.

It also created a safety gap. The original reason list had no red flag questions. A patient with chest
pain who chose 'other' or 'feeling unwell' joined the same queue for triage as a patient with a sprained
ankle, and the triage nurse had no way of knowing who was waiting. In the autumn of 2022 a man with chest
pain checked himself in as 'other' and collapsed in the waiting room 38 minutes later. The hospital's
review also found that older people and people with sight loss were struggling to use the kiosks at all
and were giving up and sitting down without checking in.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
In March 2023 we added a red flag screen, based on national triage guidance, that every patient sees
first. It asks in plain words about chest pain, difficulty breathing, signs of a
stroke, heavy bleeding, pregnancy with pain or bleeding, and thoughts of suicide. A yes answer sends an
immediate alert to the triage nurse's screen and to a pager, and the kiosk tells the patient to stay
where they are because a nurse is coming. We also added a large-text mode, a spoken mode with a
headphone socket and a help button that calls a receptionist.

<<Q:The median time from arrival to triage for patients with chest pain fell from 41 minutes in 2022 to 9
minutes in 2024.>> <<Q:Patients with a red flag symptom who waited more than 15 minutes to be assessed
went down from 36% to 6%.>> <<Q:People aged over 80 who left the kiosk without completing check-in fell
from about one in four to fewer than one in twenty.>>
"""),
        ("spread", "3. How has the work been shared or spread?", """
The red flag screen and the accessibility modes are now standard on every Arrivo emergency department
kiosk, including at the two other hospitals we supply. We have shared the red flag wording with the
national emergency care improvement programme.
"""),
        ("value", "4. What has been the impact, and is it value for money?", """
The changes were made within the existing contract, at no extra cost to the trust. Earlier triage for
chest pain and stroke saves lives and reduces long-term disability, and avoids the cost of claims.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<P:Members of the Marlbury and District Sight Loss Society tried the kiosk at their monthly meeting and
told us the screen was unreadable for many of them, which led to the large-text and spoken modes.>>
<<P:Two members who are blind tested the spoken mode at the hospital on three occasions and asked for
the headphone socket, because they did not want their symptoms read out loud in a waiting room.>>
<<P:Older people at a day centre in Marlbury tried an early version of the red flag screen and asked for
the word 'haemorrhage' to be replaced with 'heavy bleeding'.>>

Reception staff were trained on the new alerts. Triage nurses were shown the alert screen at their
team meeting. The trust's clinical safety officer reviewed our hazard log as part of her normal role.
We surveyed emergency department nurses after six months and, as most were happy with the alerts, we
made no changes. We plan to set up a user group with emergency department staff in 2025.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1036  calls from one GP practice to frail patients after an emergency
#        department visit - docx - no headings - short - GP partner, chatty -
#        a single GP practice and its own team, NO partner (ineligible) -
#        practice staff involved - NO patient involvement (patients phoned, a
#        questionnaire that changed nothing, the PPG told, a plan) - NO
#        quantitative evidence (calls made, problems found, single figures)
# ---------------------------------------------------------------------------
entry(
    id="I1036", format="docx", layout="no_headings", topic="gp_practice_call_after_ed_attendance",
    project="independent65-afteranda-1036", docx_font="Calibri",
    title="After A&E: a call from the practice for frail patients who have been to the emergency department",
    cover=[
        "Foxhollow Medical Centre, Ashby Wells",
        "A project of the practice team: GPs, practice nurses, our care co-ordinator and reception",
        "Submitted by Dr Ian Marsh, GP Partner",
    ],
    primary_entrant=dict(name="Foxhollow Medical Centre", type="primary_care"),
    partners=[],
    sections=[
        ("context", None, """
Foxhollow is a market town practice with 11,200 patients, about 420 of whom are on our frailty register.
We get an electronic notice from the emergency department every time one of our patients attends, but
for years these notices went into the same inbox as everything else and were filed unless they asked
us to do something. Most of them do not.

We kept finding out, weeks later, that an older patient had been to A&E, been sent home at night with a
new medicine and no idea what it was for, or had fallen again the following week. A GP review of frail
patients who had a second emergency attendance within a month in 2022 found that in many cases there had
been something we could have sorted out after the first one.

One case stuck with all of us. A man in his late eighties, who lives alone above the old bakery on the
high street, was sent home from A&E at about eleven at night with a new water tablet after a dizzy
spell. Nobody at the practice knew. He took it with his usual blood pressure tablets, went dizzier
still, and fell in his kitchen three days later. When his daughter rang us, it was the first we had
heard of either visit. None of it was anybody's fault, exactly. The hospital had told us, in the way
it always tells us, and we had done what we always did with the letter, which was to file it.
"""),
        ("evidence", None, """
Since April 2023 our care co-ordinator checks the emergency department notices every morning. Anyone on
the frailty register who attended in the previous 24 hours gets a phone call the same day. The call
follows a short script: how are you, do you understand what happened, have you got any new medicines,
do you have a follow-up, is anybody helping you at home. Anything that needs a clinician goes to the
duty GP or a practice nurse.

In the first eighteen months we made 612 calls. 188 patients needed something from us, most often a
medicines check, a dressing or a GP review. 47 had a medicine changed or stopped. Nineteen were referred
to the community falls service and eleven to social care. In 2024 there were 23 frail patients with a
second attendance within a month.
"""),
        ("stakeholders", None, """
<<S:Our receptionists set up the way the notices are sorted, after pointing out that the frailty flag
could be used to pull them into a separate folder.>> <<S:The practice nurses rewrote the call script after
the first month, adding the question about help at home because they kept finding people on their own.>>
<<S:The care co-ordinator and two of the GPs agreed which problems go to a doctor and which to a nurse,
and changed the list after a month of trying it.>>

Patients on the frailty register were told about the calls by letter. We sent a short questionnaire to
patients who had been called, and most liked it, so we carried on as before. The patient participation
group was told about the project at its spring meeting. We would like to ask some of our older patients
to help us improve the script in future.
"""),
        ("value", None, """
The calls take about 15 minutes each, roughly three hours of the care co-ordinator's time a week. Sorting
out a problem on the day after an A&E visit is much cheaper than a second visit or an admission, and the
GPs find it far easier to deal with a medicine question on the day than to untangle it a fortnight
later.
"""),
        ("spread", None, """
We have shared the script and the inbox set-up with the other practices in our primary care network.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1037  social workers and reablement at the emergency department front door
#        at weekends - pdf (via Word) - style headings - council principal
#        social worker, thoughtful - council with the acute trust and a home
#        care providers' association - 'experts by experience' and staff
#        involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1037", format="pdf", layout="style_headings", topic="ed_weekend_social_care_front_door",
    project="independent65-weekendfrontdoor-1037", render_via="soffice", docx_font="Liberation Serif",
    title="Not Admitted for Want of a Carer: social care at the emergency department front door at weekends",
    cover=[
        "Corrington City Council, Adult Social Care (lead)",
        "Partners: Corrington Teaching Hospitals NHS Trust (Emergency Department and Acute Frailty Service); Corrington Home Care Providers' Association",
        "Author: Principal Social Worker, Corrington City Council",
    ],
    primary_entrant=dict(name="Corrington City Council", type="local_authority"),
    partners=[
        dict(name="Corrington Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Corrington Home Care Providers' Association", type="charity"),
    ],
    sections=[
        ("context", "Why we needed to change", """
On a Saturday afternoon the emergency department at Corrington sees a particular kind of patient: an
older person who has had a minor fall, or whose wife, who cares for them, has been taken ill, or whose
home care worker has found them more muddled than usual. Often there is nothing wrong that needs a
hospital bed. What is needed is a few days of extra care at home, or someone to restart the care they
already had. On a weekday our hospital social work team could arrange that. At the weekend, with no
social workers on site and home care agencies unable to take new work until Monday, the only safe option
the emergency department had was to admit.

Those 'social admissions' did harm. Older people admitted over a weekend often waited until Tuesday or
Wednesday to be assessed for care, lost their mobility lying in bed, became delirious and sometimes fell
on the ward. Some never went home. The hospital's frailty team could see it happening and so could we,
but weekend social care was not something either organisation could fix alone.

Since June 2023 a social worker and a reablement co-ordinator from the council have worked in the
emergency department from Friday to Monday, 8am to 8pm. They see any older person the emergency or
frailty team think could go home with the right support, talk to the family, and arrange it there and
then. Members of the providers' association hold bridging care slots that can be used the same day, and
an existing care package that was stopped when the person came in can be restarted on a phone call.
"""),
        ("evidence", "What has changed", """
We compared weekend attendances of people aged 75 and over in the year before the service with its
first full year, using the hospital's admissions data and our own case records.

<<Q:The share of people aged 75 and over admitted at the weekend who were later judged to have needed
care rather than hospital treatment fell from 38% to 21%.>> <<Q:Home care packages restarted within 24
hours of the person going home rose from 22% to 74%.>> <<Q:Falls on the wards among older people admitted
at the weekend went down from 64 in the year before to 41.>>

The team saw 1,730 people in the first year, and 1,096 of them went home the same day with support in
place.
"""),
        ("stakeholders", "Who was involved", """
<<P:Two of the council's experts by experience, both of whom had cared for a parent admitted over a
weekend, sat on the design group and wrote the first questions the social worker asks the family.>>
<<P:They also insisted that families are given a named person to ring on Monday morning, which is now
printed on the card we hand out.>>

<<S:Emergency department nurses and the acute frailty consultants helped choose where in the department
the social care team would sit, and asked for them to join the 10am and 4pm board rounds.>> <<S:Managers
from six home care agencies in the providers' association worked out with our commissioners how many
bridging slots they could hold each weekend and how they would be paid for.>> <<S:Our own social workers
asked for remote access to hospital records so they did not have to ask the nurses for every detail, and
the trust's information governance lead agreed it after a joint meeting.>>
"""),
        ("value", "Value", """
The service costs about £210,000 a year, shared between the council and the integrated care board. A
weekend admission that lasts until midweek costs far more than a few days of home care, and every older
person who avoids it is more likely to stay independent. Emergency department staff say they can now
send people home on a Saturday with confidence.
"""),
        ("spread", "Spread", """
The council is extending the weekend service to the city's second hospital in 2025. We have shared our
model with the regional association of directors of adult social services and the providers'
association has written the bridging slots into its members' contract with the council.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1038  NHS 111 booked arrival times that the emergency department could not
#        see - docx - sections in an unusual order (results first) - ED head
#        of nursing, brisk - acute trust with the ambulance service's NHS 111
#        and the ICB - staff involved - NO patient involvement (callers sent a
#        text, a survey that changed nothing, a patient experience group
#        updated, a negation, a hope) - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1038", format="docx", layout="reordered", topic="nhs111_booked_ed_arrival_slots_visibility",
    project="independent65-expectednotunannounced-1038", docx_font="Cambria",
    title="Expected, Not Unannounced: making NHS 111 booked arrivals visible to the emergency department",
    cover=[
        "Lead: Kestrel Bay Hospitals NHS Foundation Trust, Emergency Department",
        "Partners: Saltmarsh and Downs Ambulance Service NHS Trust (NHS 111) and NHS Kestrel Bay and Saltmarsh Integrated Care Board",
        "Author: Head of Nursing, Emergency Care",
    ],
    primary_entrant=dict(name="Kestrel Bay Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Saltmarsh and Downs Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="NHS Kestrel Bay and Saltmarsh Integrated Care Board", type="icb"),
    ],
    sections=[
        ("evidence", "What has changed", """
<<Q:Booked patients whose NHS 111 assessment was available to the triage nurse when they arrived went
from 12% in the three months before the change to 96% in the three months after.>> <<Q:For patients
whom 111 had told to attend within one hour, the median time from arrival to triage fell from 58
minutes to 14 minutes.>> <<Q:Incidents in which a booked patient deteriorated while waiting to be
triaged went down from nine in 2022/23 to two in 2023/24.>>

Between October 2023 and September 2024, 14,860 patients arrived at our department with a booked time
from NHS 111.
"""),
        ("stakeholders", "Who was involved", """
<<S:Our receptionists told us that booked patients were arriving with a text message on their phone and
nothing on our system, and they designed the 'expected patients' list that now sits on the front desk
screen.>> <<S:Triage nurses chose which parts of the 111 record they needed to see, and asked for the
111 disposition and any red flags to be shown in bold at the top.>> <<S:NHS 111 clinical advisers agreed
to add a one-line summary in plain words to every booking, after a joint meeting at which our nurses
showed them what arrived at our end.>> <<S:The hospital's integration team and the ambulance service's
digital team built and tested the link together over eight weeks.>>

Callers who are booked in by 111 now receive a text with their arrival time and a reminder to tell
reception if they feel worse. We sent a survey to 200 booked patients in early 2024 and, as the results
were good, left things as they were. The department's patient experience group was updated on the
project at two of its meetings. Patients were not involved in designing the electronic link, which was
largely technical, though we hope to involve them in the next stage.
"""),
        ("context", "Why we needed to act", """
Since 2020, NHS 111 has been able to book a caller an arrival time at the emergency department, so that
people who need to be seen are expected and can wait at home rather than in a crowded waiting room. In
Kestrel Bay the booking reached our department as a name and a time slot, and nothing else. The
assessment that 111 had just carried out, sometimes a long call with a clinician, stayed in the
ambulance service's system.

So a booked patient arrived, queued at reception, was booked in again from scratch and waited to be
triaged like everybody else. Because they had a slot, reception staff sometimes assumed they were
routine. A patient whom 111 had assessed as needing to be seen within the hour could wait longer than
that just to be triaged. In 2022/23 we had several incidents: a woman with a severe headache who turned
out to have a bleed on the brain, and a man with chest pain whose 111 call had clearly recorded
worrying features.

Since October 2023 the full 111 record, the disposition and a one-line clinical summary are sent
electronically with every booking and appear in our system before the patient arrives. Reception sees
an 'expected patients' list, and anyone with a one-hour disposition goes straight to the front of the
triage queue. Our triage nurses can ring the 111 clinician back on a direct line if they need more.
"""),
        ("value", "Value", """
The electronic link was built by the two organisations' digital teams within existing budgets, with
£40,000 from the integrated care board for testing. Triage is quicker because nurses no longer repeat
questions that 111 has already asked. Most importantly, patients who are sickest are seen first, even
when they have arrived with a booking rather than in an ambulance.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1039  health visitor follow-up of under-fives who come to the emergency
#        department after a fall at home - docx - form table with a cover
#        table - council public health principal, plain - council with the
#        acute trust's children's ED and the community trust's health
#        visiting service - parents involved - NO staff involvement (health
#        visitors trained, ED staff told at the safety brief, a named team
#        leader checking the list, a survey that changed nothing, a plan);
#        one measured change in words ('about a quarter')
# ---------------------------------------------------------------------------
entry(
    id="I1039", format="docx", layout="form_table", topic="under_fives_home_falls_ed_health_visitor",
    project="independent65-littlefalls-1039", docx_font="Calibri",
    title="Little Falls, Big Risks: follow-up at home for under-fives who come to the emergency department after a fall",
    cover_table=[
        ("Title of entry", "Little Falls, Big Risks: follow-up at home for under-fives who come to the emergency department after a fall"),
        ("Lead organisation", "Mellstock Borough Council, Public Health"),
        ("Partners", "Mellstock Hospitals NHS Trust (Children's Emergency Department); Mellstock Community NHS Trust (Health Visiting Service)"),
        ("Name and role of entrant", "Public Health Principal, Children and Families"),
    ],
    primary_entrant=dict(name="Mellstock Borough Council", type="local_authority"),
    partners=[
        dict(name="Mellstock Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Mellstock Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the problem and the safety goals.", """
Falls are the most common reason for children under five to come to the emergency department in
Mellstock, about 2,300 attendances a year. Babies roll off changing tables and sofas, toddlers fall
down stairs or off bunk beds, and car seats placed on a kitchen worktop tip onto the floor. Most
injuries are minor, but some are not: skull fractures, broken arms and, now and then, a brain injury.
Falls also cluster in families. A home with no stair gate and a bunk bed with no rail is a risk to every
child in it.

Until 2023, the emergency department sent a paper notice of each attendance to the health visiting
service, which took weeks to arrive and was often lost. Health visitors rarely knew a child had been
injured until the next routine contact, by which time the moment to talk about safety had passed. In
2022 a four-month-old girl in a car seat on a worktop fell and fractured her skull; her older brother
had attended the same department the year before after falling down unguarded stairs, and nobody had
visited the family in between.

Our goals were for health visitors to know about every under-five attendance after an injury at home
within two working days, to contact the family within five working days, and to provide safety
equipment where it was needed.
"""),
        ("evidence", "What evidence is there of improvement?", """
Since March 2023 the emergency department's system sends a daily electronic list of under-five
attendances coded as an injury at home to a secure health visiting inbox. A health visitor phones the
family within five days, offers a home safety check and, through the council's safety equipment scheme,
can fit stair gates, fireguards and window restrictors free of charge.

<<Q:Notices reaching health visitors within two working days rose from 14% in 2022 to 97% in 2024.>>
<<Q:Children who came back to the emergency department with another injury at home within twelve
months went down from 9.4% to 5.1%.>> <<Q:Attendances of babies under one after a fall from furniture
or a car seat fell by about a quarter between 2022 and 2024.>>

The equipment scheme fitted 690 stair gates and 240 fireguards in the first eighteen months.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Parents at two of our family hubs chose the stair gates and fireguards for the scheme after trying
several in the hub, and rejected one popular gate because they found it too hard to open with a baby on
the hip.>> <<P:They also rewrote our home safety leaflet, cutting it to a single page of pictures,
because they said nobody reads a leaflet with a toddler pulling at their leg.>> <<P:A father whose
son fell from a top bunk talked to us about how guilty he had felt in the department, and at his
suggestion the health visitor's first call now starts by saying how common these falls are.>>

Health visitors were trained in the new process and the home safety check. Emergency department staff
were told about the daily list at their safety brief. A named health visiting team leader checks the
inbox each morning as part of her role. We surveyed health visitors after a year and, as their views
were positive, made no changes. We plan to hold a joint workshop with emergency department nurses in
2025.
"""),
        ("value", "What has been the impact, and is it value for money?", """
The equipment scheme costs about £45,000 a year, from the council's public health grant. The electronic
list cost nothing beyond set-up time. A single child with a serious head injury can need care for
years, and a repeat injury brings distress and sometimes child protection enquiries that a visit could
have avoided.
"""),
        ("spread", "How has the work been shared?", """
The list is now also sent to the school nursing service for children aged five to eleven. We have shared
the approach with the regional child injury prevention network, and a neighbouring council has started
the same scheme.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1040  emergency care for pets so that older people will go to hospital -
#        pdf - bullet lists - short - animal welfare charity founder, homely -
#        charity with the ambulance service and the council's emergency duty
#        team - pet owners involved - NO staff involvement (crews told in a
#        bulletin, control room given a card, volunteers trained, a named lead
#        at the ambulance service, a hope) - NO evidence section and no
#        measured change anywhere in the entry
# ---------------------------------------------------------------------------
entry(
    id="I1040", format="pdf", layout="bullet_lists", topic="pet_care_ambulance_conveyance_refusal",
    project="independent65-whowillfeedthedog-1040", pdf_font="DejaVuSans", pdf_align="L",
    title="Who Will Feed the Dog? Emergency pet care so that older people accept a trip to hospital",
    cover=[
        "Westerby Companion Animal Trust (registered charity), lead entrant",
        "With Westerby and Moor Ambulance Service NHS Trust and Westerby Borough Council (Emergency Duty Team)",
        "Contact: Founder and Volunteer Co-ordinator",
    ],
    primary_entrant=dict(name="Westerby Companion Animal Trust", type="charity"),
    partners=[
        dict(name="Westerby and Moor Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Westerby Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why we started", """
We are a small charity that has helped older and ill people in Westerby look after their pets since
2011. In 2023 paramedics kept ringing us with the same story.

- an older person, often living alone, is unwell or has fallen and needs to go to hospital

- they refuse, because there is nobody to look after the dog or the cat

- the crew has to leave them at home, and sometimes is called back later that night or the next day, when the person is much worse

- or the person goes, and the animal is left shut in an empty house for days, with the front door key gone to hospital in someone's coat pocket

The call that made us act came in the autumn of 2023. A woman of 81 with a bad chest infection would
not leave her spaniel, Bramble, and sent the crew away twice in one evening. By the time her neighbour
found her the next morning she was confused and barely breathing, and she spent nine days in
intensive care. Bramble had been alone in the house the whole time. The paramedic who had been to her
the night before rang us afterwards, upset, and asked whether there was anything we could have done.
At the time there was not. We had always worked in office hours, by appointment, and nobody in the
ambulance service had our number.

What we do now, since January 2024:

- ambulance crews can ring our 24-hour number from the person's home

- one of our volunteer fosterers collects the pet within two hours, or the crew leaves it with a neighbour until they arrive

- the council's emergency duty team looks after the house keys and secures the property if needed

- the pet stays with a fosterer until the person is home, and the fosterer takes it back to them
"""),
        ("stakeholders", "Who was involved", """
- <<P:owners who had been through it told us the worst part of being in hospital was not knowing how their pet was, so our fosterers now send a photo every day to the person's phone or to the ward>>

- <<P:a retired farmer whose two collies we looked after for five weeks helped us write the card that owners fill in, with the pet's food, habits and vet, and asked us to add a line for 'what calms him down'>>

- ambulance crews were told about our number through the ambulance service's weekly bulletin

- control room staff were given a card with the number to read out to crews

- all 46 of our volunteer fosterers have been trained and checked

- the ambulance service's named lead for older people promotes the scheme as part of her role

- we hope to meet crews at their stations next year
"""),
        ("value", "Value", """
- since January 2024 crews have rung us 212 times and we have fostered 247 animals

- the longest stay was 41 days, for a cat whose owner had a stroke

- the scheme runs on donations and volunteer time; the council gave a grant of £6,000 towards vets' bills and pet food

- an older person who refuses to go to hospital and gets worse at home can end up much more ill, and a second ambulance call costs the NHS several hundred pounds
"""),
        ("spread", "Spread", """
- the ambulance service has added our number to its directory of services for the whole county

- two animal charities in neighbouring areas have asked to copy the scheme
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)
