"""Thirty-fourth independent evaluation set (I529..I544) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
a few national public bodies named as partners.  The entries are meant to be ordinary:
the kind of thing emergency departments, surgical and medical teams in acute trusts, and
the ambulance services, police, councils, charities, support groups, universities,
general practice and companies they work with, send in, in their own voices and at their
own length.  The theme of the set is surgery, medicine and emergency departments in acute
trusts working with community and voluntary partners.

Topics: people who come to the emergency department very often (an emergency department
consultant, with a community charity), day surgery patients who have nobody to stay with
them on the first night (a day surgery unit with a good neighbours charity), people
waiting a long time for planned surgery (a primary care network lead, no quantitative
evidence), a night-time welfare hub for people who are drunk or hurt in the city centre
(a street charity, no headings, long), first aid for burns and scalds (a regional burns
service with a fire and rescue service), anaemia found and treated before major surgery
(a form), people sent home after a suspected mini-stroke (no spread section), malaria in
people returning from visiting family abroad (two columns, with a community health
forum), high-output stomas after emergency bowel surgery (no quantitative evidence),
people who leave the emergency department before being seen, older people with broken
ribs (no value section), exercise and nutrition before cancer surgery (sections in an
unusual order, no quantitative evidence), emergency bowel surgery in older people
(departments of one trust, no partner, a form), deteriorating patients transferred from
an independent hospital (a private hospital company as primary entrant), a first seizure
seen in the emergency department (with appendix, no quantitative evidence) and
adrenaline pens after anaphylaxis (a private pharmacy company as primary entrant, short).

Build it with

    .venv/bin/python data/independent/build.py --set 34   (writes data/corpus/independent34/)

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
pharmaceutical committees are primary_care; patients' support groups and stroke clubs
are patient_group; hospices, community charities and street charities are charity;
national public bodies such as the UK Health Security Agency are public_other; a
university is university; independent hospital companies and pharmacy chains are
private).  A department or team of the entrant's own organisation is not a partner.
Flags are written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I529  people who come to the emergency department very often - docx - bold
#       headings with a cover table - ED consultant, reflective - acute trust
#       with a community charity, the ambulance service and a primary care
#       network - service users, a peer worker and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I529", format="docx", layout="bold_headings", topic="ed_high_intensity_users",
    project="independent34-knownbyname-529", docx_font="Calibri",
    title="Known by Name: a partnership for people who come to the emergency department most often",
    cover_table=[
        ("Entry title", "Known by Name: a partnership for people who come to the emergency department most often"),
        ("Lead organisation", "Ravensmoor General Hospital NHS Trust (Emergency Department)"),
        ("Partners", "Ravensmoor Community Links (registered charity); Eastwold Ambulance Service NHS Trust; Ravensmoor Town Primary Care Network"),
        ("Contact", "Dr Niamh Corrigan, Consultant in Emergency Medicine"),
    ],
    primary_entrant=dict(name="Ravensmoor General Hospital NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Ravensmoor Community Links", type="charity"),
        dict(name="Eastwold Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Ravensmoor Town Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Why we needed to do this", """
Every emergency department has a small group of people it sees again and again. In Ravensmoor in 2021,
94 people came to our department ten times or more in the year, and between them they accounted for just
over 2,300 attendances. Most were known to every nurse on the shop floor by their first name. Many were
lonely, in debt, drinking, living with long-term pain or with mental health problems that did not meet
the threshold for specialist services, and many called 999 because they did not know who else to ring.

It is easy to see this as a problem of demand, and for years that is how we talked about it. What
changed our minds was a safety review. In the autumn of 2021 a man in his fifties who had attended 61
times that year came in with abdominal pain, was triaged as 'usual presentation', waited nine hours and
was found to have a perforated ulcer. He survived after emergency surgery. When we looked back, staff had
stopped expecting anything new to be wrong with him. We found two other cases that year where a serious
new illness was missed or delayed in someone who attended very often, and one death from an overdose in
a woman who had been seen and discharged four times in the fortnight before.

The people who attend most often are, in other words, some of the least safe patients we have, because
familiarity makes us less careful and because nothing we do in the department touches the reasons they
come.

We asked Ravensmoor Community Links, a local charity that already ran befriending and money advice in
the town, whether they would host a high intensity use service. Two coaches employed by the charity
work with each person for up to six months, meeting them at home, in a café or on a park bench, and
helping with whatever is behind the attendances: a benefits appeal, a GP appointment that never
happens, a gas bill, a dog that needs looking after if they go into hospital. The ambulance service
shares its list of frequent callers with the same team. The PCN's social prescribers and a named GP
for each person agree a shared care plan, which is visible on the ED system with a simple message:
'This person has a care plan. New symptoms must be assessed as new.'

Getting there was slower than we expected. Information sharing took the longest. The charity is not part
of the NHS, and our information governance team was understandably cautious about a coach seeing ED
attendance data. In the end we agreed that the ED would only share a list of names and attendance counts
with the charity after the person had given consent to a member of ED staff, and that the coach would
see nothing clinical unless the person chose to show them. That meant every person had to be asked,
usually on one of their attendances, and some said no the first time and yes the third.

We also had to be honest with ourselves about language. For years the people in this group had been
called 'frequent flyers' in the department, sometimes in their hearing. We dropped the phrase and now
talk about people who attend often, and the care plan message uses the person's name.

To give an idea of what the coaches do, one woman in her sixties had attended 48 times in a year,
usually at night, with chest pain that was never cardiac. Her coach found that she had been widowed,
had stopped going out, had not seen her GP in two years and was terrified of dying alone in her flat.
Over four months the coach went with her to the GP, helped her get a pendant alarm, introduced her to a
lunch club run by the charity and sat with her while she phoned her estranged son. We still see her
from time to time, but now it is usually because something new has happened.
"""),
        ("evidence", "What difference has it made", """
The service started in April 2022. We have looked at the first 112 people who completed at least three
months of coaching, and compared the twelve months before they started with the twelve months after.

<<Q:Their ED attendances fell from 1,974 to 842, a reduction of 57%.>> <<Q:Emergency admissions in the
same group went down from 311 to 176.>> <<Q:999 calls from the people on the ambulance service's
frequent caller list who were also in the programme fell from 1,206 to 538.>>

The safety measure that matters most to us is missed or delayed diagnosis. <<Q:In 2021 we had three
incidents where a new serious illness was missed in someone who attended very often; in 2023 and 2024
together we had one, and in that case the care plan message had not been added.>> The coaches have
helped 38 people sort out their housing and 71 with benefits or debt.
"""),
        ("stakeholders", "Who was involved and how", """
<<P:Six people who had been among our most frequent attenders met with us at the charity's drop-in over
the first two months, and they were very clear that they did not want to be 'managed' or banned, they
wanted someone who would not give up on them.>> <<P:It was their suggestion that the coaches should
never be based in the hospital and should not wear a lanyard, because a lanyard made them look like
'one of the people who fob you off'.>> <<P:One of them, Gary, asked for the care plan message on the ED
system to be written so that he would be happy to read it himself, and the wording we use came from
him.>>

<<PS:Marie, who now works for Community Links as a peer coach and was once a very frequent attender
herself, helped write the coaching handbook and still sits on the monthly review group.>>

<<S:Our ED nurses and doctors helped design the care plan flag, and after the first three months they
told us it was too long to read at triage, so it was cut to two lines with a link to the full plan.>>
<<S:Ambulance clinicians in the trust's frequent caller team suggested a joint visit with the coach for
people who call 999 at night, and these now happen every week.>> <<S:Social prescribers from the PCN
worked with the coaches to agree who does what, so that nobody gets two people ringing them about the
same thing.>>
"""),
        ("value", "Value", """
The two coaches and a part-time manager cost the charity about £96,000 a year, funded jointly by the
trust and the integrated care board. The reduction in attendances and admissions in the first group
alone is worth several times that, even at conservative tariffs. More important to us is the effect on
the department: staff tell us they feel less helpless and more willing to look again at someone they
have seen many times before. People in the programme tell us they feel known, in a good way.

There are costs we did not expect. Some people needed more than six months, and the coaches have had to
learn when to keep going and when to hand someone on to a longer-term service. A few people got worse
for a while when the coaching ended, and we now plan endings more carefully, with a gradual step down
and an open door to come back.
"""),
        ("spread", "Sharing and spreading", """
The ambulance service has extended the joint work to two other hospitals in its area. We presented the
service at the regional urgent and emergency care network and to the national high intensity use
network, and our care plan flag and wording have been shared with three other emergency departments.
The charity now hosts a third coach, funded by the council, who works with people who call the police
very often.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I530  day surgery patients with nobody to stay overnight - pdf - own
#       headings - day surgery unit manager, practical - acute trust with a
#       good neighbours charity and council reablement - patients involved -
#       no staff involvement (volunteers and nurses trained, surgeons told, a
#       named lead, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I530", format="pdf", layout="own_headings", topic="day_surgery_no_responsible_adult",
    project="independent34-firstnight-530", pdf_font="DejaVuSans", pdf_align="L",
    title="Not Alone the First Night: safer day surgery for people who live on their own",
    cover=[
        "Lead organisation: Tolland Bridge Hospitals NHS Foundation Trust, Day Surgery Unit",
        "Partners: Tolland Good Neighbours (registered charity) and Tolland Borough Council (Reablement Service)",
        "Written by the Day Surgery Unit Manager",
    ],
    primary_entrant=dict(name="Tolland Bridge Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Tolland Good Neighbours", type="charity"),
        dict(name="Tolland Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "The problem", """
After a general anaesthetic or sedation, national guidance says a day surgery patient should have a
responsible adult with them for the first 24 hours. The anaesthetic can leave people drowsy and
unsteady, they may be on strong painkillers for the first time, and if something goes wrong, such as
bleeding or a urine retention, somebody needs to notice and ring for help.

Our unit does about 14,000 day cases a year. A growing number of our patients live alone and have nobody
who can stay, especially older people having hernia repairs, cataract surgery under sedation or
gynaecology procedures. Until 2022 there were only two options. Either the operation was cancelled, often
on the day when the lack of a carer came to light, or the patient was admitted overnight to a surgical
ward, taking a bed that was needed for emergencies. Some patients, understandably, told us there would
be somebody at home when there was not.

We became worried about that last group after an incident in 2022. A woman of 79 went home after a
hernia repair, having told us her neighbour would stay. The neighbour had not been asked. She fell on
the stairs in the night, lay on the floor until morning and was readmitted with a head injury.

Not Alone the First Night was set up in 2023. When pre-assessment finds that a patient has no responsible
adult, they are offered a volunteer from Tolland Good Neighbours, who collects them from the unit, takes
them home, stays with them until bedtime and comes back first thing in the morning, and the patient has
a phone call from the unit's nurse at 9pm and again at 8am. For patients who need more, the council's
reablement service provides an overnight carer for the first night. The operation is only booked once
the plan is in place, so it does not fall apart on the day.
"""),
        ("evidence", "What has changed", """
We compared the twelve months before the scheme (2022) with the first full year (2023/24), looking only
at patients who told us at pre-assessment that they lived alone.

<<Q:On-the-day cancellations because there was no responsible adult fell from 212 to 29.>> <<Q:Unplanned
overnight admissions for the same reason went down from 344 to 61, which released more than 280 surgical
beds over the year.>> <<Q:Readmissions within 72 hours among patients who live alone went from 3.8% to
2.1%.>>

Good Neighbours volunteers supported 486 patients in the year and the reablement service provided 93
overnight carers. The evening and morning phone calls picked up 17 patients who needed to come back to
be seen, including three with bleeding, all of whom were seen the same night.
"""),
        ("stakeholders", "Who was involved", """
<<P:Before we started, twelve patients who had had day surgery while living alone came to a tea
afternoon at the Good Neighbours hall and told us what the first night had been like.>> <<P:They said the
worst moment was not the journey home but going to bed, which is why the volunteer now stays until
bedtime rather than just dropping people off.>> <<P:One retired district nurse among them suggested the
9pm phone call and wrote the five questions the nurse asks, and these have not been changed since.>>
<<P:Patients also asked for a card by the phone with the unit's night number in large print, which they
chose the design of.>>

All 34 Good Neighbours volunteers were trained by our nurses in what to look for after an anaesthetic.
Pre-assessment nurses were trained to ask about living alone in a different way. Surgeons and
anaesthetists were told about the scheme at the departmental meeting. The project has been led by our
unit manager. We sent a questionnaire to the volunteers after six months and they were positive about it,
so the training was not changed. We plan to involve the theatre team in reviewing the discharge
checklist next year.
"""),
        ("value", "Value", """
A volunteer costs the charity about £25 in mileage and expenses per patient, which the trust pays. An
overnight carer from reablement costs about £180. An overnight admission costs the trust several hundred
pounds and, more importantly, takes a bed from someone who needs it. Cancelling an operation on the day
wastes a theatre slot and means the patient waits again.

Patients tell us they would not have had their operation without the scheme. Several volunteers have
stayed in touch with the people they sat with.
"""),
        ("spread", "Sharing the learning", """
The scheme has been extended to the trust's endoscopy unit, where many patients have sedation. Good
Neighbours has shared its volunteer handbook with two other charities in the county, and we presented
the work to the British Association of Day Surgery's regional meeting. The council has agreed to make the
overnight reablement offer available to the other hospital in the borough.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I531  people waiting a long time for planned surgery - docx - rubric
#       headings - PCN clinical director, earnest - primary care network with
#       the acute trust's surgical specialties and a volunteer centre -
#       patients and staff involved - NO quantitative evidence (calls, people
#       escalated, single figures, no comparison)
# ---------------------------------------------------------------------------
entry(
    id="I531", format="docx", layout="rubric_headings", topic="surgical_waiting_list_deterioration",
    project="independent34-waitingwell-531", docx_font="Cambria",
    title="Waiting Safely: keeping in touch with people on long waiting lists for surgery",
    cover=[
        "Fernhill and Dunsby Primary Care Network (lead)",
        "Partners: Haddon Vale Hospitals NHS Trust (General Surgery, Orthopaedics and Gynaecology) and Haddon Vale Volunteer Centre (charity)",
        "Submitted by Dr Ade Okonkwo, Clinical Director",
    ],
    primary_entrant=dict(name="Fernhill and Dunsby Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Haddon Vale Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Haddon Vale Volunteer Centre", type="charity"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
At the end of 2022, just under 3,900 patients registered with our six practices were waiting for a
planned operation at Haddon Vale, and around 1,100 of them had been waiting more than a year. The
commonest waits were for hip and knee replacements, gallbladder removal, hernia repair and
hysterectomy. While people wait, some get worse. A hernia becomes stuck, gallstones cause repeated
attacks of pain or jaundice, a worn hip leads to a fall, or a person becomes so immobile that they are
no longer fit for the anaesthetic.

Nobody was watching. The hospital held the waiting list but only saw patients when they reached the top.
Our practices saw them when they came in, often for painkillers, but had no way of telling the hospital
that someone had deteriorated except a letter that went into the same queue as everyone else. Patients
told our receptionists they felt forgotten.

Two cases in 2022 made it clear. A man waiting 19 months for a hernia repair was admitted as an emergency
with a strangulated hernia and needed a bowel resection. A woman waiting for a gallbladder operation had
four attacks in six months, each managed by a different GP, before one of them realised she was
becoming jaundiced.

Our goals were that every patient waiting more than a year would be contacted regularly, that a patient
whose condition was getting worse would be spotted and reviewed, and that the hospital would have a
simple way to bring the right patients forward.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since March 2023, volunteers from the Volunteer Centre, working from a script, have phoned each patient
waiting more than a year every three months. They ask about pain, sleep, mobility, falls, weight loss and
any new symptoms. Any 'amber' answer goes to one of the PCN's care co-ordinators, who books a review with
the practice's clinical pharmacist or a GP. Any 'red' answer, such as vomiting with a hernia or yellow
skin, goes straight to the GP the same day. Where a GP thinks the patient needs to be seen sooner, they
use a new 'waiting list review' form that goes directly to the surgical specialty's clinical nurse
specialist, not to the booking office.

In the first eighteen months the volunteers made 6,410 calls and reached 1,287 patients. 342 patients
were passed to a care co-ordinator and 61 were seen by a GP the same day. The hospital received 88
waiting list review forms and brought 47 patients forward for surgery or an earlier clinic. Care
co-ordinators also arranged 119 falls assessments, 64 pain medicine reviews and 37 referrals for
weight management support.

There were two emergency admissions with a strangulated hernia among patients on the programme in 2023/24.
We have not yet been able to compare this with the years before, because the hospital's emergency
admissions data is not yet linked to the waiting list in a way we can use.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The integrated care board has funded the other three PCNs in Haddon Vale to start the same calls from
April 2025, using our script and the Volunteer Centre's training. The hospital has opened the waiting
list review form to all GP practices in its catchment. We presented the work at the regional elective
recovery network in 2024.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The Volunteer Centre's coordinator post costs about £28,000 a year and the calls are made by volunteers.
Our care co-ordinators' time comes from existing PCN roles. An emergency admission with a strangulated
hernia or an obstructed gallbladder costs many times a planned operation and carries a much higher risk
of death. Patients tell us that someone ringing them makes them feel remembered. GPs say they now have
something useful to do when a patient says they cannot bear the wait.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<P:We asked the patient participation groups of all six practices for people on the waiting list to help
us, and nine of them met with us twice to go through the first draft of the script.>> <<P:They told us
that 'Are you coping?' got the answer 'yes' every time, and that what they wanted to be asked was whether
they could still do the things that mattered to them, so the script now asks about walking to the shop,
sleeping through the night and looking after grandchildren.>> <<P:Two of the group, both waiting for
knee replacements, recorded their own calls so that the volunteers could hear what a good one sounded
like.>>

<<S:The surgical clinical nurse specialists designed the waiting list review form with our GPs, and they
insisted it went to them rather than the booking office, because they could act on it.>> <<S:Our care
co-ordinators suggested the red, amber and green system after the first month, when volunteers were
passing on every answer.>> <<S:Volunteer Centre staff asked for a debrief line for volunteers after
difficult calls, which the PCN's mental health practitioner now covers.>>
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I532  night-time welfare hub in the city centre - docx - no headings -
#       long - street charity night coordinator, chatty first person - street
#       charity with the acute trust ED, ambulance service, police, council
#       and the university - volunteers, students and staff involved - no
#       flags
# ---------------------------------------------------------------------------
entry(
    id="I532", format="docx", layout="no_headings", topic="night_time_economy_welfare_hub",
    project="independent34-safehaven-532", docx_font="Georgia",
    title="The Haven: a night-time welfare hub for Saltport city centre",
    cover=[
        "Entered by Saltport Night Safe (registered charity), working with Saltport University Hospitals NHS Trust (Emergency Department), West Shires Ambulance Service NHS Trust, Saltport and District Police, Saltport City Council (Community Safety) and the University of Saltport",
        "Written by Carl Dempsey, Night Coordinator, Saltport Night Safe",
    ],
    primary_entrant=dict(name="Saltport Night Safe", type="charity"),
    partners=[
        dict(name="Saltport University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="West Shires Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Saltport and District Police", type="emergency_service"),
        dict(name="Saltport City Council", type="local_authority"),
        dict(name="University of Saltport", type="university"),
    ],
    sections=[
        ("context", None, """
I have been walking the streets of Saltport on Friday and Saturday nights for nine years, first as a
volunteer and now as the charity's night coordinator. Saltport is a port city with two universities'
worth of students, a big hospitality trade and a night-time economy that runs until four in the morning
at weekends. Most people have a good night. A few do not, and for years there was only one place for
them to go if they were in a bad way, which was the emergency department at the Royal.

On a typical Saturday before the pandemic, the ED would see forty or fifty people between ten at night
and five in the morning whose main problem was alcohol. Some had head injuries from falls or fights and
needed to be there. Many just needed somewhere warm and safe to sober up, a bottle of water, a phone
charger and someone to make sure they got home. They were taking up cubicles, trolleys and ambulance
time, and they were sometimes aggressive, which frightened other patients and staff. Meanwhile, the
people who really were in danger, the young man with a head injury who seemed 'just drunk', the woman
whose drink had been spiked, the student who had taken something on top of the alcohol, were hard to
spot in the crowd.

The opposite problem was just as dangerous. People who were very drunk but not injured were left on the
street, by their friends or by door staff, because nobody wanted to call an ambulance for 'just a drunk'.
In the winter of 2021, a 19-year-old student was found in the harbour after becoming separated from his
friends. He had been turned away from a bar and was last seen sitting on a bench. He did not survive.
His death affected the whole city, and it was the starting point for the Haven.

The idea was not new. Other cities have had alcohol recovery centres or 'safe spaces' for years. What was
different about ours, I think, is how many organisations were prepared to share the work. The council
gave us the ground floor of a building it owns on Quay Street, right in the middle of the bars, and pays
the running costs. The ambulance service provides a paramedic on Friday and Saturday nights. The ED has
agreed a direct referral route, so that their consultant will take a phone call from our paramedic
about anyone they are worried about. The police bring people in, and their officers can leave them with
us rather than waiting with them for hours. The university pays for a welfare officer from its student
services team to be on shift and has put the Haven into its welcome week information. Our charity runs
the place, with volunteers who walk the streets in pairs, a minibus to bring people in, and a team
inside who look after people until they are fit to go home or someone collects them.

It sounds simple but it took a while to get going. The first few weekends in the autumn of 2022 were
chaotic. The police and the ambulance service had different ideas about who should come to us and who
should go to hospital. Door staff did not know we existed. We had no agreed way of deciding when
somebody was too unwell to stay, and our volunteers, quite reasonably, were anxious about being
responsible for someone with a head injury. We sat down with everybody after the first month and wrote
the Haven rules, which are a one-page set of criteria for who can be looked after by us and who must go
to the ED. Anyone who has hit their head and is not fully alert, who cannot stand at all, whose
breathing is noisy or slow, who has taken drugs as well, or who has chest pain goes to hospital. Anyone
else can stay with us, and the paramedic checks every person on arrival and every half hour.
"""),
        ("evidence", None, """
The Haven has been open every Friday and Saturday night since October 2022, plus New Year's Eve, the
nights around the university freshers' events and the two weekends of the sailing festival. By the end of
September 2024 we had looked after 3,184 people. Most stayed between one and three hours. 2,611 went home
with a friend, a family member or in a taxi we arranged, and 412 were taken to the ED by ambulance or
by our minibus because the paramedic was worried about them.

The ED has compared its attendances on the nights we are open with the same nights in the year before
we started. <<Q:Attendances between 10pm and 5am where alcohol was the main problem fell from an
average of 46 a night to 27 a night.>> <<Q:The average time that ambulances waited to hand over patients
at the ED on Friday and Saturday nights went down from 48 minutes to 31 minutes.>> <<Q:Incidents of
violence and aggression towards ED staff between 10pm and 5am at weekends fell by about a third.>>

For the ambulance service, the main change is in calls. <<Q:Calls to the ambulance service from the city
centre on Friday and Saturday nights about people who were drunk but not injured fell from 1,180 in
2021/22 to 640 in 2023/24.>>

The number we care about most is harder to count. There have been no deaths in the harbour or the river
linked to a night out since the Haven opened. I would not claim that is all down to us, because the
council has also put up more lighting and railings along the quayside, but our volunteers have pulled
several people back from the edge, and the police now bring anyone found near the water straight to us.

Of the 412 people we sent to the ED, 63 were admitted. They included people with skull fractures, a
woman whose drink had been spiked with a sedative, and a young man whose 'drunk' behaviour turned out
to be a low blood sugar. Every one of them could have been left on the street.
"""),
        ("stakeholders", None, """
This has always been a joint effort and I want to give credit to the people who shaped it.

<<S:The ED consultants and our paramedic wrote the Haven rules together over two evenings, and it was
the consultants who insisted on 'has taken drugs as well' being a reason to go to hospital, after they
saw two near misses in the first month.>> <<S:Our volunteers told us after the first few weekends that
they were frightened of being on their own with someone with a head injury, so now a volunteer can ask
the paramedic to re-check anyone at any time, without having to explain why.>> <<S:Police sergeants on
the night-time economy team suggested that officers fill in a short handover card when they bring
someone in, because we often knew nothing about how the person had been found, and they designed the
card with us.>> <<S:Door supervisors from the bigger venues came to a meeting at the Haven and asked for
a direct number to call our street team instead of 999, which they now use most weekends.>>

<<P:We also asked people who had been looked after at the Haven what they thought, and a group of
students from the university who had been brought in during their first term met with us and the
university's welfare team.>> <<P:They told us that waking up somewhere strange with no phone battery
and no idea how they got there was terrifying, so every person now gets a card telling them where they
are, who brought them and how to get home, and we charge every phone on arrival.>> <<P:The same students
helped to write the welcome week message about the Haven, and they asked for it to say clearly that the
Haven is not the police and nobody will get into trouble for being there.>>

<<P:The mother of the student who died in the harbour has supported us from the start, and she asked
us to make sure no one is ever allowed to leave the Haven on their own if they are still unsteady,
which is now one of our rules.>>
"""),
        ("value", None, """
The Haven costs about £140,000 a year to run, most of which is the paramedic shifts, the minibus and
the building costs. The council, the integrated care board, the police and crime commissioner and the
university share the cost, and our volunteers give their time for free. We have not done a full
economic study, but every person who would otherwise have gone to the ED by ambulance costs the NHS
several hundred pounds in ambulance time and attendance, before anyone is admitted.

For ED staff, the main thing they notice is that weekend nights are calmer and they can get to the
people who need them. One of the nurses told me she used to dread Saturday nights and now she does not.
For the police, officers are back on the street in minutes instead of waiting at the hospital for hours.
For the people we look after, I think it is about dignity. Being very drunk in public is not a crime,
and nobody deserves to be left on a bench or lying in a corridor. Most people are a bit embarrassed
when they leave, but we get thank-you cards, and we have had parents ring us from the other end of the
country to say thank you for looking after their son or daughter.
"""),
        ("spread", None, """
Two other towns in the county have visited the Haven, and one has opened its own welfare centre using
our rules and handover card. The ambulance service has shared our referral route with its other
emergency departments. The university has put the Haven into its student safety guidance and its
counterparts in two other cities have asked about it. We spoke about the partnership at a national
conference on the night-time economy in 2024, and we are always happy to show people round on a
Saturday night, if they can stay awake.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I533  first aid for burns and scalds - pdf - capital headings - burns
#       service consultant nurse, direct - acute trust regional burns service
#       with the fire and rescue service, a burns charity and the council's
#       early years service - staff involved - no patient involvement
#       (families given leaflets, burns survivors sent the campaign, a survey
#       that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I533", format="pdf", layout="caps_headings", topic="burns_first_aid_cooling",
    project="independent34-cooltheburn-533", pdf_font="LiberationSerif",
    title="TWENTY MINUTES: getting the right first aid to people with burns and scalds",
    cover=[
        "LEAD ENTRANT: Corbeck Royal Hospitals NHS Trust, Regional Burns Service",
        "PARTNERS: Corbeck and Wyre Fire and Rescue Service; Phoenix Burns Support (registered charity); Corbeck City Council (Early Years and Family Hubs)",
        "CONTACT: Consultant Nurse, Burns and Plastic Surgery",
    ],
    primary_entrant=dict(name="Corbeck Royal Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Corbeck and Wyre Fire and Rescue Service", type="emergency_service"),
        dict(name="Phoenix Burns Support", type="charity"),
        dict(name="Corbeck City Council", type="local_authority"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
The single most effective treatment for a burn costs nothing. Cooling the burn under cool running water
for twenty minutes, as soon as possible after the injury, reduces how deep the burn goes, the need for
skin grafts and the risk of scarring. It works for up to three hours after the injury. Yet most of the
patients who arrive at our burns service have had no cooling, too little, or the wrong kind. We see
butter, toothpaste, ice, cling film wrapped tight, and cold wet towels left on for an hour until a small
child is hypothermic.

In 2022 we audited the first aid given to 400 patients referred to the regional burns service. Only 29%
had received twenty minutes of cool running water. Children under five, who mostly had scalds from hot
drinks, kettles and bath water, were the least likely to have been cooled properly. Several patients who
were seen at their local emergency department or minor injuries unit first had not been cooled there
either, because the department was busy or staff believed it was too late.

The burns service could not fix this alone. Most burns happen at home, and the first people to give
advice are family members, a 999 or 111 call handler, a firefighter or a nurse at the local ED. We set
up Twenty Minutes in 2023 with the fire service, a burns charity and the council's early years service
to make sure everyone who might be the first on the scene gives the same advice.
"""),
        ("evidence", "WHAT HAS IMPROVED", """
We repeated the first aid audit in 2024, using the same method, for 400 consecutive referrals.

<<Q:Patients who had received twenty minutes of cool running water before arriving at the burns service
rose from 29% in 2022 to 61% in 2024.>> <<Q:For children under five the figure went from 22% to 58%.>>
<<Q:Patients who had harmful first aid applied, such as ice, butter or toothpaste, fell from 17% to 6%.>>

<<Q:Over the same period the proportion of children with scalds who needed a skin graft went down from
14% to 9%.>> We know that other things affect this, including changes to our own dressings, but the
trend matches what the literature says cooling should do.

The fire service has delivered the cooling message on 9,800 home fire safety visits, and the family hubs
have given out 12,000 bath thermometers and kettle cards.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Firefighters told us they were already carrying water on every appliance but did not always know how
long to cool a burn or how to keep a child warm while doing it, and our burns nurses and the fire
service's trainers wrote a two-minute drill together, which watch managers tested on their stations
before it was rolled out.>> <<S:Emergency department nurses from the four hospitals that refer to us told
us that cooling was being skipped because there was no sink near the triage room, so the estates teams
at two of the hospitals fitted shower heads in a side room after the nurses chose the spot.>> <<S:Family
hub staff said that the first leaflet was too long to read while holding a screaming toddler, and they
cut it down to the six words now printed on the kettle card.>> <<S:The charity's support workers, who
run the helpline, rewrote its script with our consultant nurse so that every call starts with the
cooling advice.>>

Families whose children were treated at the burns service were given the new leaflet at discharge.
Burns survivors on Phoenix's mailing list were sent the campaign materials. We carried out a short survey
of parents at family hubs after the first six months, and the answers were mostly positive, so the
materials were not changed. We hope to work with a group of parents of children with scalds on the next
version of the campaign.
"""),
        ("value", "VALUE", """
The campaign materials, thermometers and shower heads cost about £38,000 over two years, paid for by the
charity and the council. Firefighter and family hub staff time came from existing work. A child who
needs a skin graft for a scald spends on average a week in hospital, needs dressings and therapy for
months, and may need further surgery as they grow. Burns nurses say it is much easier to treat a burn
that has been cooled properly, and parents no longer ask whether they should have used ice.
"""),
        ("spread", "SPREAD", """
The two-minute drill has been adopted by the two neighbouring fire services in the burns network. The
ambulance service's 999 and 111 call handlers use our cooling script. The national burns network has
shared our audit method with other burns services, and the council has added the kettle card to its
new parent pack for every family in the city.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I534  anaemia found and treated before major surgery - pdf - form table -
#       patient blood management practitioner, factual - acute trust with a
#       GP federation and the LPC - staff involved - no patient involvement
#       (patients sent letters and a leaflet, a survey that changed nothing,
#       a plan)
# ---------------------------------------------------------------------------
entry(
    id="I534", format="pdf", layout="form_table", topic="preoperative_anaemia_iron",
    project="independent34-fitforsurgery-534", pdf_font="LiberationSans",
    title="Iron Before Theatre: finding and treating anaemia before major planned surgery",
    cover_table=[
        ("Entry title", "Iron Before Theatre: finding and treating anaemia before major planned surgery"),
        ("Lead organisation", "Westerleigh University Hospitals NHS Trust, Pre-operative Assessment and Patient Blood Management"),
        ("Partner organisations", "Westerleigh and Fosse GP Federation; Westerleigh Local Pharmaceutical Committee"),
        ("Entrant", "Lead Practitioner, Patient Blood Management"),
    ],
    primary_entrant=dict(name="Westerleigh University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Westerleigh and Fosse GP Federation", type="primary_care"),
        dict(name="Westerleigh Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Background and aims", """
About a third of patients having major planned surgery, such as joint replacements, bowel and bladder
operations and hysterectomies, are anaemic beforehand, most often because they are short of iron.
Anaemia before surgery is linked to more blood transfusions, more complications, longer stays and higher
death rates. It is usually easy to treat, but iron tablets take two to three months to work and an iron
infusion needs a few weeks.

In Westerleigh in 2021, anaemia was usually found at pre-operative assessment, two to four weeks before
the operation, which was too late. Patients were then either given a blood transfusion around the time of
surgery, or their operation was postponed and they were sent back to their GP, who often did not know what
the hospital wanted. Blood tests done by the GP when the referral was made were not seen by the surgical
team. Many patients were given iron tablets but stopped them because of side effects, and nobody checked.

We set up Iron Before Theatre in 2022. GPs check a full blood count and ferritin when they refer a patient
for one of the listed operations, using an order set in the GP system. Results below a threshold are
flagged to the hospital's patient blood management team, who write to the GP with a treatment plan the
same week. Community pharmacists give a short consultation when the iron is first dispensed, about how to
take it and what to do about side effects, and check at four weeks that the patient is still taking it.
Patients who do not respond, or who need surgery soon, get an iron infusion in the hospital's day unit.
"""),
        ("evidence", "Evidence of improvement", """
We compared patients having hip or knee replacement, colorectal surgery or hysterectomy in 2021 with the
same operations in 2023.

<<Q:Patients who arrived for surgery still anaemic fell from 24% in 2021 to 11% in 2023.>> <<Q:Red cell
transfusion during or after these operations went down from 9.6% of patients to 4.2%.>> <<Q:Operations
postponed on the day or within a week because of anaemia fell from 71 to 14.>> <<Q:The average length of
stay for anaemic patients having colorectal surgery fell from 8.9 days to 7.1 days.>> The GP federation's
practices have used the order set for 2,940 patients since it went live.
"""),
        ("stakeholders", "Involvement of patients and staff", """
<<S:GPs from the federation's clinical reference group chose which operations should be included and
designed the order set so that it took one click, after telling us that a separate form would not get
used.>> <<S:Community pharmacists, through the LPC, drafted the consultation script and asked for the
four-week check to be added, because they said most people who stop iron do it in the first month.>>
<<S:Pre-operative assessment nurses and anaesthetists agreed the thresholds for an infusion with our
haematologists over three meetings.>>

Every patient referred is sent a letter from the hospital explaining why a blood test is needed, along
with a leaflet about iron. A questionnaire was sent to patients who had an infusion in 2023, and they were
happy with the service, so nothing was changed. We would like to involve patients in reviewing the
leaflet in the coming year.
"""),
        ("value", "Value", """
Each unit of red cells costs the NHS around £170 before the cost of giving it, and fewer transfusions also
means fewer reactions and less risk to a limited blood supply. Iron tablets cost a few pence a day. The
reduction in postponed operations has freed theatre time. GPs say the plan from the hospital saves them
guesswork, and pharmacists have been able to use their skills in a new way.
"""),
        ("spread", "Spread", """
The order set has been made available to all practices in the integrated care board's area. We have added
cardiac surgery and major urology from 2024 and presented the work to the regional transfusion committee
and the national patient blood management team.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I535  people sent home after a suspected mini-stroke (TIA) - docx -
#       numbered questions - stroke consultant, plain - acute trust stroke
#       service with the ambulance service, a PCN and a stroke club - stroke
#       club members and staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I535", format="docx", layout="numbered_questions", topic="tia_clinic_access",
    project="independent34-minimatters-535", docx_font="Arial",
    title="Mini Stroke, Major Risk: getting people with a suspected TIA seen within 24 hours",
    cover=[
        "Greyfield Hospitals NHS Trust, Stroke Service (lead entrant)",
        "Working with: Western Vales Ambulance Service NHS Trust; Greyfield North Primary Care Network; Greyfield Stroke Club",
        "Entry by Dr Imran Latif, Consultant Stroke Physician",
    ],
    primary_entrant=dict(name="Greyfield Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Western Vales Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Greyfield North Primary Care Network", type="primary_care"),
        dict(name="Greyfield Stroke Club", type="patient_group"),
    ],
    sections=[
        ("context", "1. Why was a partnership needed?", """
A transient ischaemic attack (TIA), or mini stroke, causes stroke symptoms that go away within minutes or
hours. It is a warning: without treatment, around one in twenty people will have a full stroke within a
week, many in the first two days. National guidance is that anyone with a suspected TIA should be seen in
a specialist clinic within 24 hours, started on aspirin straight away, and have scans and treatment on
the same day.

In Greyfield people with a suspected TIA reached us by several routes. Some went to their GP, some called
999, some went to the ED and some waited to see if it happened again. The ED sent people home with a
referral that arrived by email and was booked by administrators. Ambulance crews who found that the
symptoms had gone would often leave the person at home with advice to see their GP. GPs faxed or emailed
forms that did not always reach us. Our TIA clinic ran on weekdays only.

In 2022 we audited 300 TIA referrals. Only 46% were seen within 24 hours. Eleven patients had a stroke
while waiting for their clinic appointment, two of them disabling strokes. One man was left at home by
an ambulance crew on a Friday evening because his arm weakness had gone, was not referred to anyone, and
had a major stroke on the Sunday.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since October 2022 there has been a single TIA phone line, answered by a stroke nurse from 8am to 8pm
seven days a week. Ambulance crews, GPs, the ED and NHS 111 call it and the nurse books the patient into
a clinic slot within 24 hours before the call ends. Aspirin is started at the time of the call unless
there is a reason not to. Weekend clinics run on Saturday and Sunday mornings.

<<Q:Patients with suspected TIA seen in clinic within 24 hours rose from 46% in 2022 to 89% in 2024.>>
<<Q:Strokes in patients waiting for a TIA clinic appointment fell from 11 in 2022 to 2 in 2024.>>
<<Q:Patients left at home by ambulance crews after a suspected TIA with no referral went down from an
estimated 60 a year to fewer than five.>>

The line took 2,860 calls in 2024. Around a third of people seen turn out to have something other than a
TIA, such as migraine, and are reassured or referred elsewhere.
"""),
        ("value", "3. What has been the impact on patients and staff, and value for money?", """
The weekend clinics and the phone line needed an extra stroke nurse post and some consultant time, about
£140,000 a year. A disabling stroke costs the NHS and social care tens of thousands of pounds in the
first year alone, and far more for the person and their family. Ambulance crews say it is a relief to be
able to hand someone on safely instead of leaving them with a leaflet. Patients no longer spend the
weekend wondering whether it will happen again.
"""),
        ("stakeholders", "4. Who was involved, and how were patients and staff involved?", """
<<P:Members of Greyfield Stroke Club, most of whom had had a TIA before their stroke, told us that nobody
had explained to them at the time that a TIA was an emergency, and they wrote the wording of the card
that ambulance crews and GPs now give out.>> <<P:They also asked for weekend clinics, pointing out that
several of them had had their TIA on a Friday, and their chairman spoke at the trust board meeting that
agreed the funding.>>

<<S:Paramedics from two ambulance stations tried out the phone line for a month before it went live and
asked for the nurse to take the patient's details from them rather than from a form, which is how it
works now.>> <<S:GPs and practice pharmacists in the PCN agreed the aspirin advice with our stroke
pharmacist.>> <<S:Stroke nurses designed the weekend rota themselves.>>
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I536  malaria in people returning from visiting family abroad - pdf - two
#       columns - infectious diseases consultant, measured - acute trust with
#       a community health forum, UKHSA and the LPC - community members and
#       faith leaders involved - no staff involvement (ED doctors trained,
#       GPs sent an alert, pharmacists briefed, a named lead, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I536", format="pdf", layout="two_column", topic="imported_malaria_travellers",
    project="independent34-fevercheck-536", pdf_font="LiberationSans",
    title="Back Home with a Fever: preventing and catching malaria early in people visiting family abroad",
    cover=[
        "Brackenfield University Hospitals NHS Trust, Infectious Diseases and Acute Medicine (lead), with Brackenfield African and Caribbean Community Health Forum (charity), UK Health Security Agency (West Midlands Health Protection Team) and Brackenfield Local Pharmaceutical Committee",
        "Entry by the Consultant in Infectious Diseases",
    ],
    primary_entrant=dict(name="Brackenfield University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Brackenfield African and Caribbean Community Health Forum", type="charity"),
        dict(name="UK Health Security Agency", type="public_other"),
        dict(name="Brackenfield Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why this mattered", """
Malaria is a medical emergency. Falciparum malaria, the kind caught in sub-Saharan Africa, can kill a
previously well adult within days if it is not diagnosed and treated. Almost every case in the UK is
preventable with the right tablets and avoidable as a death if the person is tested as soon as they
have a fever.

Brackenfield has large Nigerian, Ghanaian and Sierra Leonean communities, and many families travel home
to visit relatives, often for several weeks over the summer or at Christmas. People visiting friends and
relatives are the group most likely to catch malaria, because they may believe they are still immune
(immunity fades within a year or two of leaving), they travel at short notice, and preventive tablets
are not free on the NHS.

Between 2019 and 2022 our hospital treated 131 adults and children with imported malaria. Four had
severe malaria needing intensive care and one man in his forties died. Looking back, three things
stood out. Almost none had taken preventive tablets. Many had waited several days with a fever before
seeking help, often treating themselves with medicines brought back from the trip. And a number had
been seen in our ED or by a GP and sent home with a diagnosis of flu or a viral illness, without anyone
asking where they had been.
"""),
        ("evidence", "What has changed", """
The partnership started in 2023. The Community Health Forum runs sessions in churches, mosques and
community centres before the summer and Christmas travel seasons. Community pharmacies in the areas
where most families live offer a low-cost malaria prevention consultation and supply. UKHSA shares
monthly surveillance data so that we can see trends early. In our ED, the triage system now asks every
patient with a fever whether they have travelled abroad in the last year, and a yes triggers a malaria
test within an hour.

<<Q:The share of malaria patients who had taken any preventive tablets rose from 8% in 2019 to 2022 to
31% in 2023/24.>> <<Q:The median time from the start of fever to diagnosis fell from 5 days to 2
days.>> <<Q:Patients with malaria who had been seen by a doctor and sent home without a test went down
from 19% to 4%.>>
"""),
        ("stakeholders", "Who was involved", """
<<P:The Forum brought together a group of fourteen people who travel home regularly, including parents
of young children, and they told us plainly that the cost of tablets and a belief that 'we don't get
malaria' were the main reasons people did not take them.>> <<P:The same group designed the leaflet and
the short WhatsApp video in English, Yoruba, Twi and Krio, and insisted that it include a real story
from someone in the community who had been very ill.>> <<P:Pastors and imams from six congregations
helped choose the dates for the sessions, so that they fell before the main travel weeks, and some of
them spoke about malaria from the pulpit on the Sunday or Friday before the school holidays.>> <<P:A
woman whose husband died of malaria in 2021 agreed to tell her story in the video.>>

All ED doctors and nurses were trained on the new fever question at triage. GPs were sent an alert by
the integrated care board before each travel season. Community pharmacists were briefed by the LPC on
the consultation. The work is led by our consultant in infectious diseases. We hope to set up a
clinical group with GPs and pharmacists next year.
"""),
        ("value", "Value", """
A course of preventive tablets costs a family between £20 and £60 through the pharmacy scheme. Treating
severe malaria in intensive care costs many thousands of pounds a day, and a death leaves a family
without a parent. The Forum's sessions are funded by a small grant from the integrated care board.
Families tell us they feel the health service is finally speaking to them.
"""),
        ("spread", "Spreading the learning", """
UKHSA has shared our approach with other areas that have large communities who travel to West Africa.
The triage fever question has been added to the ED systems of the two other acute trusts in the county.
The Forum has been asked to train community groups in a neighbouring city.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I537  high-output stomas after emergency bowel surgery - docx - style
#       headings - colorectal clinical nurse specialist, warm - acute trust
#       with community trust district nursing, a PCN and an ostomy support
#       group - patients and staff involved - NO quantitative evidence (kits
#       given, calls, a zero with no earlier figure, a single percentage)
# ---------------------------------------------------------------------------
entry(
    id="I537", format="docx", layout="style_headings", topic="high_output_stoma_dehydration",
    project="independent34-stomasafe-537", docx_font="Calibri",
    title="Output Matters: preventing dehydration and kidney injury after a new ileostomy",
    cover=[
        "Denbury Hospitals NHS Foundation Trust, Colorectal Surgery and Stoma Care Team (lead)",
        "Partners: Denbury Community Health NHS Trust (District Nursing); Denbury Riverside Primary Care Network; Denbury Ostomy Support Group",
        "Written by Helen Marsh, Colorectal Clinical Nurse Specialist",
    ],
    primary_entrant=dict(name="Denbury Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Denbury Community Health NHS Trust", type="nhs_trust"),
        dict(name="Denbury Riverside Primary Care Network", type="primary_care"),
        dict(name="Denbury Ostomy Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "Background", """
Many people who have emergency surgery on their bowel, for a blockage, a perforation or severe colitis,
wake up with an ileostomy, where the end of the small bowel is brought out onto the tummy and drains into
a bag. In the first weeks, the output can be very high and watery. People lose fluid and salts quickly,
and can become dehydrated and develop acute kidney injury within a day or two. It is one of the commonest
reasons for readmission after bowel surgery.

Emergency patients are in a different position from planned ones. They have had no time to prepare, they
are often older and frailer, and they may go home after a long and frightening stay, with a lot to take
in. Our stoma team used to see them once or twice before discharge, and then they were handed to the
district nurses and the GP. Nobody at home was measuring the output, and the warning signs of
dehydration (thirst, dizziness, passing less urine, cramps) were often put down to 'getting over the
operation'. Medicines that slow the bowel, like loperamide, were stopped by GPs who did not know why they
had been started, and some people were drinking large amounts of water, which actually makes things worse.

In 2022 we reviewed the records of patients readmitted within 30 days of emergency surgery that left them
with an ileostomy. Dehydration or kidney injury was the reason for almost half, and several had been
seen by a health professional at home in the days before without anyone recognising it.
"""),
        ("evidence", "Results so far", """
Since the summer of 2023, every patient who goes home with a new ileostomy after emergency surgery is
given a 'stoma output kit': a measuring jug, a simple chart with a traffic light scale, oral rehydration
sachets and a card explaining what to drink. The stoma nurse phones them on day 2, day 5 and day 10. The
district nurse visits in the first week and checks the chart and the person's weight, and any red reading
is phoned to the stoma team the same day. The PCN's clinical pharmacists have added an alert to the GP
record so that loperamide and other stoma medicines are not stopped without talking to us.

In the first eighteen months, 146 patients were given the kit. The stoma nurses made 412 follow-up calls
and the district nurses recorded 203 red or amber readings, of which 38 led to a change in medicines and
nine to an admission for fluids. No patients in the programme have needed dialysis for kidney injury.

An audit of 40 patient charts in 2024 found that 85% were being filled in every day. We intend to compare
readmission rates with the years before once a full two years of data is available.
"""),
        ("stakeholders", "How people were involved", """
<<P:Members of the Denbury Ostomy Support Group, several of whom had had emergency surgery themselves,
met with us three times to design the kit, and it was their idea to use a jug with big printed markings
because they could not read the small numbers on hospital jugs.>> <<P:They also told us that 'drink
plenty' was the worst advice they had been given, and rewrote the drinks card in their own words.>>
<<P:One member, Frank, who was readmitted twice in 2021 with kidney injury, now visits patients on the
ward before discharge as a volunteer.>>

<<S:District nurses asked for the traffic light chart to match the one they use for other patients,
so the colours and the layout were changed after their first feedback.>> <<S:The PCN's clinical
pharmacists worked with our colorectal pharmacist to write the GP record alert and agreed which
medicines it should cover.>> <<S:Ward nurses on the surgical ward suggested that the kit is handed over
the day before discharge, not on the day, so that patients can practise with it while still in
hospital.>>
"""),
        ("value", "Value", """
Each kit costs about £11. The phone calls and visits are part of existing stoma nurse and district nurse
time, moved earlier. A readmission with acute kidney injury usually means four or five days in hospital
and can do lasting damage to the kidneys. Patients tell us they feel less frightened of their stoma when
they can see the numbers for themselves, and the district nurses say they now know what they are looking
for.
"""),
        ("spread", "Sharing", """
We have shared the kit and the chart with the regional colorectal network and the Association of Stoma
Care Nurses. The trust's planned surgery patients now receive the same kit, and a neighbouring trust has
asked for our chart and drinks card.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I538  people who leave the emergency department before being seen - pdf
#       - bullet lists - ED matron, list-minded - acute trust with the
#       ambulance service's NHS 111 clinical assessment service and an urgent
#       care GP federation - staff involved - no patient involvement (patients
#       texted, Healthwatch updated, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I538", format="pdf", layout="bullet_lists", topic="ed_left_before_seen_follow_up",
    project="independent34-nooneleft-538", pdf_font="LiberationSans", pdf_align="L",
    title="Nobody Walks Out Unnoticed: following up people who leave the emergency department before being seen",
    cover=[
        "Fordingham General Hospital NHS Trust, Emergency Department",
        "In partnership with Mercia West Ambulance Service NHS Trust (NHS 111 Clinical Assessment Service) and Fordingham Urgent Care GP Federation",
        "Contact: Matron, Emergency Department",
    ],
    primary_entrant=dict(name="Fordingham General Hospital NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Mercia West Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Fordingham Urgent Care GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "The problem", """
When our ED is full, some people get tired of waiting and go home before they have been seen by a
doctor or nurse practitioner. In 2022 this was about 7% of all attendances, around 600 people a month.

What we knew in 2022:

- most people who leave are fine, but some are not, and we did not know which

- there was no process for following them up; a letter went to the GP a few days later

- a review of serious incidents found three cases in two years where a person left after triage with chest pain, a head injury or abdominal pain and came back much sicker, and one of them died

- people who left were more likely to be young men, people with a mental health problem and people who had been drinking

- staff felt bad about it but the department was too busy to ring people

What we do now, since April 2023:

- every person who leaves after triage is put on an electronic 'left before seen' list

- a senior ED nurse reviews the list every two hours and sorts people into high, medium and low risk using the triage notes

- high risk: the ED rings the person within an hour and asks them to come back; if we cannot reach them and we are worried, we ask the police to do a welfare check

- medium risk: the list is passed electronically to the NHS 111 clinical assessment service, whose clinicians call the person back within four hours

- low risk: the person gets a text message with advice and a link to the GP federation's urgent care booking

- the federation keeps same-day slots at its urgent treatment centre for people called back by 111
"""),
        ("evidence", "Results", """
We compared April 2022 to March 2023 with April 2023 to March 2024.

- <<Q:people who left after triage and came back within 72 hours needing admission fell from 412 to 236>>

- <<Q:serious incidents involving a person who had left before being seen fell from 4 to 1>>

- <<Q:the proportion of high risk people who were contacted within an hour went from none (there was no process) to 91%>>

- 111 clinicians called back 3,980 people in the year, and 640 were booked into the urgent treatment centre

- 212 people came back to the ED after our phone call
"""),
        ("stakeholders", "Who was involved", """
- <<S:ED nurses in charge designed the risk sorting on the back of triage notes from real cases, and after a month they asked for mental health presentations to be moved up to high risk>>

- <<S:111 clinical advisers tested the electronic transfer for two weeks and asked for the triage notes and observations to be sent with the name, because the first version only sent contact details>>

- <<S:GPs at the federation's urgent treatment centre agreed which conditions they could see in the held slots and changed the list twice in the first six months>>

- patients who leave get a text message explaining what will happen next

- Healthwatch Fordingham was updated on the project at its quarterly meeting

- we sent a text survey to people who had been called back, and most were glad of the call, so nothing was changed

- we plan to ask people who have left the department about why they left and what would have helped them stay
"""),
        ("value", "Value", """
- the ED review takes a senior nurse about 20 minutes every two hours, within existing staffing

- 111 calls are made within the existing clinical assessment service contract

- an unplanned admission after someone comes back sicker costs far more than a phone call

- staff tell us they feel less anxious at the end of a shift knowing that people who left will be followed up
"""),
        ("spread", "Spread", """
- the ambulance service has offered the same link with 111 to the other two EDs in the county, and one has started

- we presented the work at the regional urgent and emergency care patient safety group

- the text message wording has been shared with the national ED nursing network
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I539  older people with broken ribs - pdf (via Word) - style headings -
#       major trauma nurse consultant, careful - acute trust major trauma
#       centre with the ambulance service, the community trust's frailty and
#       respiratory physiotherapy team and a trauma survivors' charity -
#       patients, families and staff involved - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I539", format="pdf", layout="style_headings", topic="rib_fractures_older_people",
    project="independent34-breatheeasier-539", render_via="soffice", docx_font="Liberation Sans",
    title="Breathe Easier: a joined-up pathway for older people with broken ribs",
    cover=[
        "Halstow University Hospitals NHS Trust, Major Trauma Centre (lead)",
        "Partners: Weald Coast Ambulance Service NHS Trust; Halstow Community Health NHS Trust (Frailty and Community Respiratory Physiotherapy); After Trauma Halstow (registered charity)",
        "Author: Nurse Consultant, Major Trauma",
    ],
    primary_entrant=dict(name="Halstow University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Weald Coast Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Halstow Community Health NHS Trust", type="nhs_trust"),
        dict(name="After Trauma Halstow", type="charity"),
    ],
    sections=[
        ("context", "Why we started", """
Broken ribs sound like a minor injury. In older people they are not. A fall at home onto the edge of a
table or a bath can break three or four ribs, and the pain stops the person breathing deeply and
coughing. Within days they can develop a chest infection, and the risk of dying rises with every extra
rib broken and every year of age. In our major trauma centre, rib fractures in people over 65 are now
more common than injuries from road traffic collisions.

In 2021 the care of these patients depended on where they happened to be seen. Some were taken to the
major trauma centre, some to a local ED, and some were assessed at home by a paramedic who saw
bruising, gave painkillers and left them with their family. Pain relief was inconsistent; some people
were given paracetamol only. Chest physiotherapy was often not started for days. And when people went
home, often on strong painkillers, nobody made sure they could cough, breathe and keep moving.

A review of deaths in 2021 found that eight older people with rib fractures who died in our hospital had
developed pneumonia after a delay in getting adequate pain relief. Two had been left at home after a
first ambulance call and were brought in two days later with a chest infection.
"""),
        ("evidence", "What improved", """
The Breathe Easier pathway started in March 2022. Ambulance crews use a simple rib fracture score, which
takes into account age, number of ribs thought to be broken and breathing, and anyone scoring above a
threshold is brought in. In hospital, patients are assessed for a nerve block or an epidural within four
hours, start breathing exercises on the first day and are reviewed by a frailty doctor. On discharge, the
community frailty team and respiratory physiotherapists visit within 48 hours and continue breathing and
mobility work at home.

<<Q:Pneumonia in patients aged over 65 with rib fractures fell from 31% in 2021 to 17% in 2023.>>
<<Q:Deaths in hospital in this group fell from 11.2% to 6.8%.>> <<Q:Patients who had a regional nerve block
or epidural within four hours of arrival went up from 12% to 64%.>> <<Q:Readmissions within 30 days with a
chest infection after going home fell from 9% to 4%.>>

The community team has visited 586 people at home since the pathway started.
"""),
        ("stakeholders", "People involved", """
<<P:We worked with After Trauma Halstow, which supports people recovering from serious injuries, and
seven older people who had broken ribs, along with three of their daughters and sons, met with us to talk
about what going home had been like.>> <<P:They told us that nobody had explained why coughing mattered
and that they had been too frightened of the pain to do it, so they helped us write a leaflet and a short
video showing how to hold a pillow against the chest when coughing.>> <<P:The families asked for the
community team's number to be written on the discharge letter rather than a switchboard number, which
is now done.>>

<<S:Paramedics from the ambulance service helped to test the rib fracture score on past cases and asked
for it to fit on one side of their pocket card.>> <<S:Anaesthetists and emergency physicians agreed the
four-hour target for nerve blocks together after a joint audit meeting.>> <<S:Community physiotherapists
shadowed the ward physiotherapists for a week and together they wrote the home exercise plan.>>
"""),
        ("spread", "Sharing the learning", """
The rib fracture score has been adopted by two neighbouring ambulance services and by the other trauma
units in our trauma network. The pathway was presented at the national major trauma conference in 2023
and our leaflet is now used by three other hospitals.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I540  exercise and nutrition before cancer surgery - docx - reordered
#       (results first, then context, involvement, spread, value) - surgical
#       prehabilitation lead, enthusiastic - acute trust with the council's
#       leisure service and a cancer support charity - patients involved -
#       NO staff involvement (instructors trained, surgeons refer, a named
#       lead, a staff survey that changed nothing, a plan) - NO quantitative
#       evidence (people enrolled, sessions, a single figure, not yet compared)
# ---------------------------------------------------------------------------
entry(
    id="I540", format="docx", layout="reordered", topic="prehabilitation_cancer_surgery",
    project="independent34-fitterfaster-540", docx_font="Verdana",
    title="Fitter for Surgery: prehabilitation for people waiting for major cancer operations",
    cover=[
        "Tamebridge Hospitals NHS Trust - Upper Gastrointestinal and Colorectal Surgery (lead)",
        "With Tamebridge Metropolitan Borough Council (Active Tamebridge Leisure Service) and Tamebridge Cancer Support Centre (registered charity)",
        "Entry written by the Prehabilitation Lead, Surgical Directorate",
    ],
    primary_entrant=dict(name="Tamebridge Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Tamebridge Metropolitan Borough Council", type="local_authority"),
        dict(name="Tamebridge Cancer Support Centre", type="charity"),
    ],
    sections=[
        ("evidence", "What we have achieved so far", """
Fitter for Surgery opened to its first patients in January 2024. By the end of December, 214 people
waiting for surgery for bowel, stomach, oesophageal or pancreatic cancer had been referred, and 171
started the programme. On average people had four and a half weeks between diagnosis and their
operation, and attended seven supervised exercise sessions at one of three leisure centres, as well as
exercising at home.

Every person has a walking test and a grip strength test at the start and again in the week before
surgery, a nutrition screen by the charity's dietitian, and a conversation about smoking, alcohol and
mood. 38 people who were smoking at referral accepted help to stop. 52 were found to be at risk of
malnutrition and were given supplements and a diet plan before their operation.

We have not yet compared complication rates or length of stay with patients who had surgery before the
programme started, because we want a full year of surgical outcomes first. The trust's surgical audit
team will do this in the spring of 2025, using the national bowel cancer and oesophago-gastric audit
data.

Of the people who finished the programme, 94% said they would recommend it to someone else in their
position.
"""),
        ("context", "Why we needed it", """
Major cancer surgery is one of the biggest physical challenges a person can face. Complications such as
pneumonia, wound problems and blood clots are common, and they are more likely in people who are unfit,
underweight, smoking or drinking heavily when they come in for their operation. Complications can mean
weeks in hospital, a stay in intensive care, a delay to chemotherapy, and in some cases death.

The weeks between a cancer diagnosis and surgery are a chance to change that. There is good evidence that
exercise, better nutrition and support with mood before an operation help people recover faster and with
fewer complications. But in Tamebridge, those weeks were mostly spent waiting. Patients were given a
leaflet telling them to 'keep active', which meant little to someone who had just been told they had
cancer and had never been to a gym.

The trust had no gym and no exercise staff, but the council's leisure service had three centres, trained
instructors and a track record of running cardiac rehabilitation classes. The Cancer Support Centre, a
local charity, already had a dietitian, a psychological wellbeing practitioner and a drop-in centre near
the hospital. Putting the three together meant we could offer a programme within a fortnight of
diagnosis, close to where people live, without waiting for new NHS posts.
"""),
        ("stakeholders", "Involving patients", """
<<P:Before we started, we invited people who had been through major bowel or stomach surgery at the trust
to two evenings at the Cancer Support Centre, and eleven came.>> <<P:They told us that a gym full of young
people in lycra would put them off completely, so the sessions are held at quiet times, in a separate
studio, and only for people on the programme.>> <<P:They also asked that a partner or friend could come
along and exercise too, which has become one of the most popular parts of the programme.>> <<P:One
former patient, Derek, suggested a 'buddy' who has been through the same operation, and he and four others
now meet new patients at their first session.>>

Leisure centre instructors were trained by the trust's physiotherapists in working with people with
cancer. Surgeons and clinical nurse specialists refer patients at the diagnosis appointment. The programme
is run by our prehabilitation lead, who is a physiotherapist. We sent a short survey to the surgical team
after six months, and most were positive, so no changes were made. We intend to involve ward nurses in
planning how the programme continues after surgery.
"""),
        ("spread", "Spreading the programme", """
The integrated care board has asked us to extend the programme to people waiting for lung cancer surgery
at the regional thoracic centre, starting in 2025. The leisure service is talking to two neighbouring
councils about offering the same sessions, and the Cancer Support Centre has shared its nutrition screen
with the regional cancer alliance.
"""),
        ("value", "Value for money and experience", """
The programme costs about £310 per person, covering instructor time, the dietitian and the leisure
centre space, and is funded for two years by the cancer alliance. A single major complication after
cancer surgery can add tens of thousands of pounds to the cost of care, and if even a small number are
avoided the programme will pay for itself.

People tell us that the programme gave them something to do with the fear. Many carry on exercising after
their surgery, and the leisure service has offered them a discounted membership.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I541  emergency bowel surgery in older people - docx - form table -
#       consultant surgeon, formal - departments of ONE acute trust (general
#       surgery, anaesthesia, critical care, medicine for older people)
#       described as a partnership, no partner organisation (ineligible) -
#       staff involved - no patient involvement (patients and families given
#       information, a patient panel updated, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I541", format="docx", layout="form_table", topic="emergency_laparotomy_older_people",
    project="independent34-sameday-541", docx_font="Calibri",
    title="Right Time, Right Team: emergency laparotomy care for older people",
    cover_table=[
        ("Title of entry", "Right Time, Right Team: emergency laparotomy care for older people"),
        ("Organisation", "Oakminster Hospitals NHS Trust"),
        ("Teams in the partnership", "Department of General Surgery; Department of Anaesthesia; Critical Care Unit; Medicine for Older People (Perioperative Care of Older People service); Radiology"),
        ("Name and role of entrant", "Mr Jonathan Pryce, Consultant General Surgeon and Emergency Laparotomy Lead"),
    ],
    primary_entrant=dict(name="Oakminster Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
An emergency laparotomy is an operation to open the abdomen in an emergency, for example for a bowel
perforation, an obstruction or a bleed. It is one of the highest risk operations in surgery. Nationally,
around one in ten patients dies within a month, and for people over 80 the risk is much higher. Delays at
any stage (getting a CT scan, being seen by a senior surgeon, getting into theatre, antibiotics for
sepsis) add to the risk.

Oakminster carries out about 260 emergency laparotomies a year, and around 40% of patients are over 70.
The national emergency laparotomy audit showed our results were worse than average in 2021. Our
30-day mortality for patients over 70 was 17%. Only half of high-risk patients went to critical care
after their operation, and only a quarter of those over 65 were seen by a doctor specialising in older
people. The time from the decision to operate to arriving in theatre was often several hours, because
emergency theatre was shared with trauma and other specialties.

The departments involved each held part of the answer but did not plan together. We formed a single
emergency laparotomy team in 2022, with the aims that every patient has a risk score calculated and
documented before surgery, gets to theatre within the time set by the audit standards, is seen by a
consultant surgeon and a consultant anaesthetist, goes to critical care if high risk, and, if aged over
65, is reviewed by the perioperative care of older people team within 72 hours.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Data are from the national emergency laparotomy audit for our hospital, comparing 2021 with 2023.

<<Q:Thirty-day mortality for patients aged over 70 fell from 17.0% to 10.4%.>> <<Q:High-risk patients
admitted to critical care after surgery rose from 52% to 88%.>> <<Q:Patients over 65 reviewed by a
geriatrician after surgery went from 24% to 81%.>> <<Q:The proportion of patients reaching theatre within
the recommended time rose from 61% to 84%.>>

The emergency laparotomy pathway now has a protected morning theatre list, a sepsis antibiotic prompt in
the ED and daily ward rounds by the older people's team on the surgical wards.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Surgical registrars, who make most of the first decisions at night, helped write the emergency
laparotomy checklist and asked for the risk score to be built into the electronic booking form so that
theatre could not be booked without it.>> <<S:Critical care consultants and nurses agreed new admission
criteria with the surgeons after three joint case reviews.>> <<S:Theatre coordinators proposed the
protected morning list after mapping a month of emergency theatre use, and the trauma surgeons agreed to
move their cases.>> <<S:Geriatricians designed the 72-hour review with the surgical ward nurses, who asked
for delirium screening to be included.>>

Patients and families receive a leaflet explaining the risks of emergency laparotomy. The trust's patient
panel was updated on the project in 2023. We plan to ask families of older patients about their
experience of shared decision-making before surgery.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Most changes were made by reorganising existing resources, such as moving the trauma list and changing
ward round patterns. The geriatrician time was funded by an extra two sessions a week. Patients who avoid
complications go home sooner, which frees surgical beds. Surgeons and anaesthetists say that
decisions at night are clearer and that they feel supported.
"""),
        ("spread", "How has the work been shared and spread?", """
The checklist has been shared with other hospitals in the region through the emergency laparotomy
collaborative. We presented our results at the regional surgical meeting and the perioperative care of
older people team has extended its reviews to emergency hip and vascular surgery.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I542  deteriorating patients transferred from an independent hospital -
#       pdf - numbered questions - PRIVATE independent hospital company as
#       primary entrant, with the NHS acute trust and the ambulance service
#       (ineligible) - hospital director of clinical services, corporate -
#       staff involved - no patient involvement (patients told at
#       pre-assessment, a patient forum updated, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I542", format="pdf", layout="numbered_questions", topic="independent_sector_transfer_deterioration",
    project="independent34-oneteam-542", pdf_font="DejaVuSans", pdf_align="L",
    title="One Team, Two Hospitals: safe transfer of deteriorating patients from an independent hospital to the NHS",
    cover=[
        "Primary entrant: Elmhurst Park Hospital Ltd (independent hospital providing planned surgery for NHS and private patients)",
        "Partners: Marwood General Hospital NHS Trust and Vale Coast Ambulance Service NHS Trust",
        "Submitted by the Director of Clinical Services, Elmhurst Park Hospital",
    ],
    primary_entrant=dict(name="Elmhurst Park Hospital Ltd", type="private"),
    partners=[
        dict(name="Marwood General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Vale Coast Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "1. Why was the partnership needed and what were its patient safety goals?", """
Elmhurst Park is a 48-bed independent hospital that carries out around 7,500 planned operations a year,
most of them hip and knee replacements, spinal, general and gynaecological surgery, and about 70% for NHS
patients referred under the elective recovery programme. We have an overnight resident medical officer,
but no intensive care unit, no emergency department and no on-site specialists at night.

A small number of patients become seriously unwell after surgery, with bleeding, sepsis, a heart rhythm
problem or a clot on the lung. They need to be moved to an NHS hospital, which in our case is Marwood
General, seven miles away. Before 2022, these transfers were arranged by our resident medical officer
phoning the on-call team at Marwood, often a junior doctor in a specialty that did not match the
problem, and then calling 999. Ambulances were given the same priority as any other call, and waited
in the queue. When the patient arrived at Marwood, they went through the ED like any other patient, and
the handover was often a short letter and a photocopy of the observation chart.

In 2021 there were 64 emergency transfers from Elmhurst Park to Marwood. Our review of them found delays
of up to five hours between the decision to transfer and arrival, and three serious incidents, including
a patient who had a cardiac arrest in the ambulance on the way.
"""),
        ("evidence", "2. What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since June 2022, any deterioration that meets our escalation criteria triggers a call to a single
number at Marwood, answered by the critical care outreach team, who arrange the right specialist and
decide whether the patient should go to the ED, straight to a ward or to critical care. The ambulance
service has agreed a specific category for interhospital transfers of critically ill patients from
independent hospitals, and a shared transfer form travels with the patient. Our staff and Marwood's
outreach nurses hold a joint review of every transfer within a week.

<<Q:The median time from the decision to transfer to arrival at Marwood fell from 2 hours 40 minutes in
2021 to 58 minutes in 2023.>> <<Q:Patients transferred who went straight to the right ward or unit,
without waiting in the ED, rose from 14% to 67%.>> <<Q:Serious incidents related to transfers fell from
three in 2021 to none in 2023.>>

There were 71 emergency transfers in 2023.
"""),
        ("spread", "3. How have the achievements been applied elsewhere and best practice shared?", """
The ambulance service has extended the transfer category to the two other independent hospitals in its
area. Marwood's outreach team has shared the single number and the transfer form with the integrated care
board, which is including them in its contracts with independent providers. We have presented the
partnership to the independent sector's national clinical quality forum.
"""),
        ("value", "4. What has been the impact on staff and patient experience, and value for money?", """
The changes used existing staff and phone lines. Faster transfer means patients reach critical care
before they deteriorate further, which shortens their stay and improves their chance of survival. Our
resident medical officers say they no longer feel alone at night, and Marwood's staff say they get a
better handover.
"""),
        ("stakeholders", "5. Who was involved and how were patients and staff involved?", """
<<S:Resident medical officers and ward nurses from Elmhurst Park worked with Marwood's critical care
outreach nurses to write the shared transfer form, and they cut it to one page after testing it on past
transfers.>> <<S:Ambulance control room managers told us that our calls were being triaged as routine
because of the words used, and together we agreed a short script for our staff to use.>> <<S:Marwood's
emergency physicians asked for a phone call before every transfer so they could prepare a bay, which is
now part of the process.>>

Patients are told at pre-assessment that in the rare event that they become very unwell, they may be
transferred to Marwood. Our patient forum was updated on the partnership at its annual meeting. We would
like to hear from patients who have been transferred in the future.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I543  a first seizure seen in the emergency department - pdf - with
#       appendix - acute physician, straightforward - acute trust with the
#       ambulance service, an epilepsy charity and a PCN - people with
#       epilepsy and staff involved - NO quantitative evidence (clinic
#       referrals, single audit figures, a target)
# ---------------------------------------------------------------------------
entry(
    id="I543", format="pdf", layout="with_appendix", topic="first_seizure_pathway",
    project="independent34-firstfit-543", pdf_font="LiberationSans",
    title="After the First Seizure: safe advice and fast follow-up for adults seen in the emergency department",
    cover=[
        "Lead: Northwold Hospitals NHS Trust (Acute Medicine and Neurology)",
        "Partners: Eastmarch Ambulance Service NHS Trust; Northwold Epilepsy Support (registered charity); Northwold Central Primary Care Network",
        "Author: Consultant in Acute Medicine",
    ],
    primary_entrant=dict(name="Northwold Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Eastmarch Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Northwold Epilepsy Support", type="charity"),
        dict(name="Northwold Central Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
About 250 adults a year come to our emergency department after what appears to be their first seizure.
Most are brought by ambulance. Many are young and have recovered fully by the time they are seen, and
most go home the same day. National guidance says they should be seen by a specialist in a first seizure
clinic within two weeks, and before they leave they should be told not to drive, given advice on safety
(such as showers rather than baths, not swimming alone, not working at heights) and told what to do if
it happens again.

In 2022 we found that this was not happening reliably. Referrals to the neurology first seizure clinic
were made by letter and some were lost, and waits were long. When we looked through ED notes, advice
about driving was often not recorded at all. People went home and drove to work
the next day. Some had a second seizure in the bath, at the wheel or alone at home before they had been
seen. In one case in 2022, a young man who had been discharged without driving advice had a second
seizure while driving and crashed into a wall. He and his passenger were injured.

We also realised that some people were taken home by an ambulance crew after a seizure without coming to
the ED at all, and nobody referred them to a clinic.
"""),
        ("evidence", "What we have done and what we have found", """
The pathway started in April 2023. Every adult with a suspected first seizure seen in the ED, on the
acute medical unit or by an ambulance crew who does not take them to hospital is referred electronically
to the first seizure clinic, which now runs weekly. The ED gives every person the 'After the First
Seizure' card, which covers driving, safety at home and what to do next, and the doctor records that
this has been discussed. Ambulance crews refer through the same electronic form. Northwold Epilepsy
Support phones everyone within a week of referral to answer questions and offer support. GP practices in
the PCN add a code to the record so that anyone seen in the practice knows a referral is pending.

Between April 2023 and September 2024, 372 people were referred to the clinic, 41 of them by ambulance
crews. In a snapshot audit of 60 ED records in March 2024, driving advice was documented in 52. The
charity made 318 follow-up calls. The clinic aims to see everyone within two weeks, and is not yet
meeting that target every week.

We have not yet been able to measure whether second seizures before clinic, or injuries from them, have
reduced, because we did not collect this reliably before the pathway started.
"""),
        ("stakeholders", "Who was involved", """
<<P:People with epilepsy from Northwold Epilepsy Support's members' group met us three times and told us
that the hardest thing to hear after a first seizure was 'don't drive', with no explanation of what
would happen next, so the card now explains the rules and how long they usually last.>> <<P:Two of the
members, who had each had a second seizure before being seen, suggested the follow-up phone call and
helped the charity write its script.>> <<P:They also asked that the card includes advice for the person's
family on what to do during a seizure, which it now does on the back.>>

<<S:ED doctors and nurses told us that they often forgot the driving advice when the department was
busy, and they asked for a mandatory box on the discharge screen, which was added in 2023.>>
<<S:Paramedics helped design the electronic referral form for ambulance crews and asked for it to be
shortened to five questions so it could be done on a tablet at the roadside.>> <<S:Neurologists and
acute physicians agreed the clinic criteria together, and the epilepsy specialist nurses asked to run
part of the clinic themselves, which has added extra slots.>>
"""),
        ("value", "Value", """
The electronic referral form was built within the existing patient record system. The extra clinic
slots come from moving epilepsy nurse time. The charity's calls are funded by a grant from a local
community foundation. A second seizure while driving can cost lives, and a second seizure at home can
mean a head injury and a hospital stay. People tell us they feel less lost after the first seizure.
"""),
        ("spread", "Spread", """
The ambulance service is extending the referral form to the other two hospitals in its area. We have
shared the card with the regional neurosciences network and it has been adapted by a hospital in a
neighbouring county.
"""),
    ],
    trailer=[
        ("heading", "Appendix: sources and notes"),
        ("para", "Referral numbers are taken from the first seizure clinic's electronic referral log. The documentation audit was carried out by two ED registrars in March 2024 using the trust's audit tool. Follow-up call numbers are from Northwold Epilepsy Support's records."),
        ("para", "Driving rules after a first seizure are set by the Driver and Vehicle Licensing Agency; the card directs people to the DVLA guidance and to their clinic for advice on their own situation."),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I544  adrenaline pens after anaphylaxis - docx - bullet lists - short -
#       PRIVATE community pharmacy company as primary entrant, with the acute
#       trust ED and an allergy support group (ineligible) - superintendent
#       pharmacist, brisk - people with allergies involved - NO staff
#       involvement (pharmacists trained, ED staff told, a survey that changed
#       nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I544", format="docx", layout="bullet_lists", topic="anaphylaxis_adrenaline_pens_after_ed",
    project="independent34-pensready-544", docx_font="Arial",
    title="Pens Ready: making sure adults leave the emergency department after anaphylaxis with adrenaline they can use",
    cover=[
        "Submitted by Carterhall Pharmacy Group Ltd (31 community pharmacies)",
        "In partnership with Brinsford Hospitals NHS Trust (Emergency Department) and Brinsford Allergy Support Group",
        "Contact: Superintendent Pharmacist",
    ],
    cover_bullets=[
        "Category: Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="Carterhall Pharmacy Group Ltd", type="private"),
    partners=[
        dict(name="Brinsford Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Brinsford Allergy Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "Why", """
- adults who have had anaphylaxis should leave the ED with two adrenaline pens, be shown how to use them, and be referred to an allergy clinic

- in 2022 Brinsford ED gave a prescription for pens, but people had to take it to a pharmacy themselves, often late at night

- many never collected the pens, and those who did were rarely shown how to use them

- in 2022 a woman who had been seen in the ED with anaphylaxis after eating nuts had a second reaction three weeks later; she had never collected her pens

- when we asked people at the counter, many did not know that a pen has to be held in place for several seconds, or that it goes into the outer thigh, and some were carrying pens that had expired years before

- the allergy clinic referral was also often missed, because it depended on a letter from the ED to the GP, and the GP then had to refer on

- the ED team were as worried about this as we were, but they had no way of knowing what happened after the person left

- since 2023: the ED sends the prescription electronically to the nearest Carterhall pharmacy open late, the pharmacist phones the person the next day, and they are offered a 15-minute pen training consultation and a check that the allergy clinic referral has been made
"""),
        ("evidence", "What changed", """
- <<Q:people leaving the ED after anaphylaxis who collected their adrenaline pens within 48 hours rose from 44% in 2022 to 89% in 2024>>

- <<Q:people who could show the pharmacist the correct way to use a pen went up from 31% at the first consultation in the pilot to 96% after training>>

- <<Q:repeat ED attendances for anaphylaxis within six months fell from 19 to 8>>

- 286 people have had a pen training consultation since the start
"""),
        ("stakeholders", "Who helped", """
- <<P:members of Brinsford Allergy Support Group told us that being handed a prescription at 2am was the point where it all fell apart, and they suggested the next-day phone call>>

- <<P:two members with severe nut allergy recorded the short video we now send by text after the consultation, showing the pen being used through clothing>>

- <<P:the group also rewrote our reminder text about pen expiry dates so it sounds less like a sales message>>

- all our pharmacists were trained in pen consultations

- ED doctors and nurses were told about the electronic prescription route at their safety huddles

- we sent a survey to our pharmacy teams after six months and most were happy with the process, so nothing was changed

- we plan to invite ED nurses to help review the consultation next year
"""),
        ("value", "Value", """
- the consultation is provided by our pharmacists within existing opening hours, at no charge to the trust

- pens are prescribed as before, so there is no extra medicine cost

- one repeat attendance with anaphylaxis avoided saves an ambulance call and an ED visit, and a reaction without a pen can be fatal

- the trust's allergy clinic now receives referrals directly from the ED, which has removed a step for GP practices

- people tell us they feel confident carrying their pens now, and several have said that family members came to the consultation with them so that they could use the pen too
"""),
        ("spread", "Spread", """
- we have started the same route with a second ED in the county

- the allergy support group has shared the video with national allergy charities

- we have offered the consultation template to other pharmacy groups
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)
