"""Sixty-third independent evaluation set (I993..I1008) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing GP federations, councils, charities,
universities, ambulance services, NHS trusts, integrated care boards and the odd
technology company send in, in their own voices and at their own length.  The theme of
this set is digital tools and data for safety: remote monitoring, electronic alerts,
shared records, apps, automated triage, and the people who have to use them.

Topics: test results that appear in the patient app before anyone has explained them (a
GP federation with the hospital laboratory, the ICB and a cancer support charity, own
headings), emergency department information about where assaults happen shared with the
police and the council's licensing team (a council community safety partnership, bold
headings with a cover table), a phone line and app that sends help to people who use
drugs alone (a drug and alcohol charity, no headings, long), follow-up appointments lost
when a hospital moved to a new electronic patient record (an acute trust, rubric
headings), electronic prescriptions sent to the wrong pharmacy because of old
nominations (a local pharmaceutical committee, a form with a cover table), video
assessment from the ambulance clinical hub for care home residents who fall (an
ambulance service, CAPS headings, no stakeholders section), a digital task list that
replaced bleeps for the hospital at night (an acute trust with a university, style
headings), automated triage of online self-referrals to physiotherapy that missed red
flags (a private digital company as primary entrant, lists), talking medicine reminders
on smart speakers for people with a learning disability in their own tenancies (a
supported living charity, numbered questions with cover bullets, no spread section), a
digital pre-operative questionnaire that draws on the GP record (a university lead, two
columns), the ambulance crew's electronic record shared with emergency departments at
handover (an integrated care board, results first), an electronic notice to the GP and
the crisis team after an emergency department visit for self-harm (a mental health
trust, lists), remote monitoring of home ventilators (an acute trust home ventilation
service, with appendix), electronic tasks left unread in the inboxes of staff who have
left (one GP practice on its own, no headings, short), wearable vital signs sensors after
major surgery (a private sensor company as primary entrant, a form) and alerts from
digital care records in care homes for weight loss and poor drinking (a council care
quality team, a pdf made from Word).

Lead types and layouts: I993 primary_care (GP federation), pdf own_headings; I994
local_authority, docx bold_headings with a cover table; I995 charity, docx no_headings;
I996 nhs_trust (acute), docx rubric_headings; I997 primary_care (LPC), docx form_table
with a cover table; I998 emergency_service (ambulance), pdf caps_headings; I999 nhs_trust
(acute), docx style_headings; I1000 private, pdf bullet_lists; I1001 charity (supported
living), docx numbered_questions with cover bullets; I1002 university, pdf two_column;
I1003 icb, docx reordered; I1004 nhs_trust (mental health), docx bullet_lists; I1005
nhs_trust (acute), pdf with_appendix; I1006 primary_care (one practice, no partner), pdf
no_headings; I1007 private, pdf form_table with a cover table; I1008 local_authority, pdf
style_headings via soffice.

Flags: no_patient_involvement I994, I996, I997, I999, I1006; no_staff_involvement I1000,
I1005, I1008; no_quantitative_evidence I995, I1002 (a measured change told only in the
value section), I1004; ineligible I1000 (private lead), I1006 (no partner), I1007
(private lead); missing_section I998 (stakeholders, with patient and staff involvement
told in the context and value sections) and I1001 (spread).  I993 and I1003 have no
flags.

Build it with

    .venv/bin/python data/independent/build.py --set 63   (writes data/corpus/independent63/)

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
    numbers trained, activity counts (alerts, flags, tasks, notices, calls, sessions,
    referrals, records shared, people registered), single figures with no baseline, a
    zero with no earlier figure, figures that did not change, budgets, costs and savings
    estimates, phone numbers, postcodes, reference numbers, targets not yet reached,
    plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('roughly halved', 'by about a third', a sustained shift on a run chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, tenants, residents' committees, readers' panels,
    unusual job titles, list items), wherever in the entry it is told; a peer worker
    with lived experience, employed by the entrant, who helped design the work is PS;
  * not P/S: beneficiaries, people whose data are collected, people trained, briefed,
    informed or sent letters or texts, plans and intentions, negations, unnamed
    'stakeholders', organisations agreeing, funding or configuring systems, a single
    named lead doing their job, panels and forums that were only updated, surveys and
    questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; self-advocacy and support groups are
patient_group; drug and alcohol, supported living, cancer support, suicide prevention
and care home associations are charity; a university is university; technology,
software, sensor, equipment and electronic record companies are private).  A department
or team of the entrant's own organisation is not a partner.  Flags are written by hand
and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I993  test results in the patient app before anyone has explained them -
#       pdf - own headings - GP federation digital safety lead, reflective -
#       GP federation with the acute trust laboratory and cancer services, the
#       ICB and a cancer support charity - patients and staff involved - no
#       flags
# ---------------------------------------------------------------------------
entry(
    id="I993", format="pdf", layout="own_headings", topic="patient_app_results_before_conversation",
    project="independent63-beforethephone-993", pdf_font="LiberationSans", pdf_align="L",
    title="Before the Phone Rings: test results in the patient app and the conversation that should come first",
    cover=[
        "Lead organisation: Tessingford GP Federation (on behalf of its 22 member practices)",
        "Partners: Tessingford and Wyre Hospitals NHS Trust (Cellular Pathology and Cancer Services); NHS Wyre and Tessingford Integrated Care Board (Digital Primary Care); Wyre Cancer Support Centre (charity)",
        "Entry written by the Federation's Clinical Lead for Digital Safety",
    ],
    primary_entrant=dict(name="Tessingford GP Federation", type="primary_care"),
    partners=[
        dict(name="Tessingford and Wyre Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Wyre and Tessingford Integrated Care Board", type="icb"),
        dict(name="Wyre Cancer Support Centre", type="charity"),
    ],
    sections=[
        ("context", "What went wrong", """
Since November 2023 patients registered with our 22 practices have been able to see new entries in
their GP record, including test results, through the NHS App and the other apps linked to it. We
support this. Most people like seeing their cholesterol or their blood count without having to ring
the surgery, and many tell us it helps them feel in charge of their own health.

By the spring of 2024, though, our practices had started to hear a different kind of story. A woman in
her forties opened the app in her lunch break at work and read a pathology report containing the words
'invasive ductal carcinoma'. Her appointment with the breast surgeon, where she was due to be told, was
three days later. She spent those three days on the internet. A man in his seventies saw a PSA result
of 38 on a Sunday evening with nothing to tell him what it meant. A young man read a positive HIV result
before the sexual health team had been able to reach him. In each case the system had done exactly what
it was built to do: the result appeared in the record as soon as the laboratory sent it and the practice
filed it.

Nobody owned the timing. The laboratory's job was to report quickly. The practices' workflow teams file
hundreds of results a day and had no way of knowing which ones a hospital consultant was planning to
discuss. The hospital's cancer teams assumed the GP record was for GPs. The app simply showed what was
there. When we looked back over March to August 2024, we found 41 people across the federation who had
first learned of a new cancer diagnosis by reading it on their phone.

We also found the opposite problem. Some practices, worried by these stories, had started hiding whole
categories of results from the app, so people were ringing in for results they could have seen, and a
few were not seeing results they needed to act on, such as a low potassium.

So we set out, with the hospital's pathology and cancer services, the ICB's digital primary care team
and the Wyre Cancer Support Centre, to agree which results should wait for a conversation, who would
have that conversation, and how long anyone should have to wait. The answer has three parts. The
laboratory system now marks a short list of result types, such as new cancer histology, a positive HIV
or hepatitis test and a PSA above a set level, with a code that keeps the result out of the app for up to
five working days. The hospital's cancer nurse navigators get a daily list of these results and phone
the person before the clinic appointment, or the GP does if no appointment is booked. And once the result
has been discussed, or after five working days, whichever comes first, it is released automatically, so
nothing can be hidden for ever.
"""),
        ("evidence", "What we can show", """
We compared March to August 2024, before the change, with October 2024 to March 2025, after it. The
figures come from the federation's incident system, practice complaints, the cancer navigators' call log
and a search of the GP records.

<<Q:People who first learned of a new cancer diagnosis by reading it in the app fell from 41 in the six
months before to 6 in the six months after.>> <<Q:Complaints and incident reports about a result a patient
had seen without any explanation went down from 57 to 14 across the 22 practices.>> <<Q:The share of held
results released within five working days rose from 62% in the first month to 96% by March 2025, as the
navigators' daily list bedded in.>>

In the six months after the change, 1,240 results were held by the code. The navigators made 780 calls
and GPs made the rest. The six people who still found out from the app were all cases where the result
came from a private laboratory that does not yet use the code. We are working on that.
"""),
        ("stakeholders", "The people who shaped it", """
<<P:Eight members of the Wyre Cancer Support Centre's user forum, all of whom had heard about a diagnosis
in a way they felt was wrong, met with us four times and decided with us which results should be held and
for how long.>> <<P:They were firm that holding a result must never become hiding it, which is why anyone
can ask at reception for a held result to be released straight away, and why the app now tells people
that some results are shared after a conversation.>> <<P:A man who had read his own raised PSA on a
Sunday night rewrote that app message with us, taking out the word 'restricted', which he said had made
him think something was being kept from him.>>

<<S:Biomedical scientists and the laboratory's IT manager tested the code with practice workflow teams on
dummy patients for six weeks, and in doing so found two result types that were slipping past it.>>
<<S:The cancer nurse navigators asked for the daily list of held results and designed the call script
themselves, after pointing out that a call from an unknown number about 'your results' frightened people
more than a letter.>> <<S:Receptionists, who had been taking the distressed calls, asked for a short
guide to what to say, and wrote it with two of our GPs.>>
"""),
        ("value", "Cost and worth", """
The code and the daily list were built by the laboratory's own IT team in about fifteen days. The
navigators' calls have been absorbed into their existing work, because most of these people were going
to be called anyway, just later. There was no cost to practices.

It is hard to put a price on the difference between being told you have cancer by a nurse who can answer
your questions and reading it on a bus. The forum members put it simply: the first is bad news; the
second is a shock that stays with you. Practice teams say they feel able to leave online access switched
on now that they know the most sensitive results will wait.
"""),
        ("spread", "Where it has gone next", """
The ICB has asked the two other laboratories in the area to adopt the same code from the summer of 2025,
and the private laboratory used by one of our practices has agreed to look at it. We have shared the list
of held result types and the navigators' script with the national programme for online record access,
and presented the work at the regional digital primary care network in February 2025.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I994  where assaults happen: ED data shared with police and licensing -
#       docx - bold headings with a cover table - council community safety
#       manager, practical - council with the acute trust ED, police and
#       ambulance service - staff involved - NO patient involvement (patients
#       answer questions at triage, a survey that changed nothing, victims as
#       beneficiaries, a charity told, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I994", format="docx", layout="bold_headings", topic="ed_assault_data_sharing_violence_prevention",
    project="independent63-whereithappens-994", docx_font="Calibri",
    title="Where It Happens: sharing emergency department information on assaults to prevent violence in Hatherby",
    cover_table=[
        ("Entry title", "Where It Happens: sharing emergency department information on assaults to prevent violence in Hatherby"),
        ("Lead organisation", "Hatherby City Council, Community Safety Partnership"),
        ("Partners", "Hatherby Royal Infirmary NHS Trust (Emergency Department); Hatherby and Dunmoor Police; Northgate Ambulance Service NHS Trust"),
        ("Contact", "Community Safety Manager"),
    ],
    primary_entrant=dict(name="Hatherby City Council", type="local_authority"),
    partners=[
        dict(name="Hatherby Royal Infirmary NHS Trust", type="nhs_trust"),
        dict(name="Hatherby and Dunmoor Police", type="emergency_service"),
        dict(name="Northgate Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Background", """
Most violence in a city centre at night never reaches the police. People who are punched outside a bar
or hit with a bottle at a taxi rank often go straight to the emergency department, get stitched or
X-rayed, and go home. Research elsewhere has found that around half of assaults treated in emergency
departments are never reported. In Hatherby this meant that the police, the council's licensing team and
the community safety partnership were deciding where to put patrols and CCTV, which licences to review
and how to run late-night transport using only part of the picture.

The emergency department at Hatherby Royal Infirmary sees around 2,000 assault-related attendances a
year, and more than half of them happen between Friday evening and Sunday morning. Emergency department
staff knew which venues and streets kept coming up, but there was no way for that knowledge to leave the
building.

In late 2021, after two serious glassings at the same venue in the same month, neither of which had been
reported to the police, the council, the hospital, the police and the ambulance service set up Where It
Happens. When someone attends the emergency department with an injury from an assault, the triage nurse
asks three extra questions: where did it happen (the venue or street), when, and was a weapon or glass
involved. Nothing else is collected: no names, no dates of birth, no home addresses. Each month the
hospital's information team sends the anonymised data to the council's community safety analyst, who
combines it with police crime data and ambulance call-out data and maps it.

The maps go to a monthly tasking group of the council's licensing and community safety teams, police
licensing and neighbourhood officers and an ambulance service manager. The group decides what to do about
the places that keep appearing. Over the first two years that has included moving a late-night bus stop,
changing the licence conditions at four venues so that they serve drinks in plastic or toughened glass
after 11pm, funding taxi marshals at the main rank, adding CCTV on two streets, and giving the street
pastors a list of where to be and when.
"""),
        ("evidence", "Evidence of impact", """
We compared the year before the scheme started (2021/22) with the second full year (2023/24). Figures
come from the emergency department system, police recorded crime and ambulance call-out records.

<<Q:Assault-related attendances at the emergency department fell by about a third, from 2,140 in 2021/22
to 1,410 in 2023/24.>> <<Q:Attendances with injuries caused by glass or bottles fell from 188 to 61, with
most of the fall at the four venues whose licences were changed.>> <<Q:Ambulance call-outs to assaults
in the city centre between 10pm and 4am went down from 612 to 398 over the same period.>>

The three questions were completed for 88% of assault attendances in 2023/24.
"""),
        ("stakeholders", "Involvement", """
<<S:Emergency department receptionists tried asking the questions at the booking-in desk for the first
month and told us it did not work, because people would not say where they had been drinking in front of
a queue, so the questions moved to the triage nurse's screen.>> <<S:Triage nurses then cut the list from
the seven questions we started with to three, and asked for a drop-down list of the city centre's venues
and streets so that they did not have to type.>> <<S:Police crime analysts and the council's analyst
worked out together how to match and map the data without ever holding anything that could identify a
patient.>> <<S:Licensing officers and an ambulance duty manager on the tasking group proposed the taxi
marshal scheme after comparing call-out times with the time the last trains left.>>

People attending with assault injuries are told why the questions are being asked and can decline to
answer them. In 2023 we asked 120 patients in the department whether they minded being asked, and almost
all said they did not, so the questions stayed as they were. Victims of violence are the people who stand
to gain most from this work, and the local victim support service was told about the scheme when it
started. We would like to talk to young people who use the city centre at night about what would make
them feel safer.
"""),
        ("value", "Value for money", """
The running cost is small: about two hours a month of the hospital information team's time and about
three days a month of the council analyst's time. The taxi marshals cost £38,000 a year, shared between
the council and the business improvement district. Toughened glassware was paid for by the venues.

Each assault-related emergency department attendance costs the NHS a few hundred pounds, and serious
facial injuries from glass can mean surgery and months of follow-up. Emergency department staff say it
feels good to know that what they see at 3am can change something.
"""),
        ("spread", "Sharing the approach", """
We have shared the three questions, the data-sharing agreement and the tasking group's terms of
reference with the other two emergency departments in the county, one of which began collecting the
data in 2024. The police have presented the scheme to neighbouring forces, and we spoke about it at the
regional violence reduction unit's annual conference.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I995  a phone line and app that sends help to people who use drugs alone -
#       docx - no headings - long - harm reduction lead, first person, frank -
#       drug and alcohol charity with the council, the ambulance service and
#       a university - people who use drugs, peer workers and staff involved -
#       NO quantitative evidence (registrations, sessions, alerts, a zero with
#       no earlier figure, a survey figure, a target, deaths that did not
#       change)
# ---------------------------------------------------------------------------
entry(
    id="I995", format="docx", layout="no_headings", topic="using_alone_overdose_response_app",
    project="independent63-notonyourown-995", docx_font="Arial",
    title="Not On Your Own: a phone line and app that sends help to people who use drugs alone",
    cover=[
        "Lantern Street Recovery (registered charity), lead entrant",
        "Working with Portmere City Council (Public Health), Wessmoor Ambulance Service NHS Trust and the University of Portmere (School of Health and Social Care)",
        "Written by Kerry Ashdown, Harm Reduction Lead",
    ],
    primary_entrant=dict(name="Lantern Street Recovery", type="charity"),
    partners=[
        dict(name="Portmere City Council", type="local_authority"),
        dict(name="Wessmoor Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="University of Portmere", type="university"),
    ],
    sections=[
        ("context", None, """
I started working in harm reduction in Portmere eleven years ago, and the thing that has changed most in
that time is not what people use, although that has changed too. It is how many people use on their own.
People who used heroin or crack, or who injected, used to use in groups: in flats, in squats, in the
stairwells of the old market car park. When someone went over, somebody else was usually there to call
an ambulance or give naloxone. Over the last few years more and more of the people we see have started
using alone, in their own tenancy, in a hostel room with the door locked, in a tent. There are good
reasons for it. Some have had things stolen. Some have been beaten up. Some are trying to keep it from
their family or their landlord. Some are just ashamed.

The problem is that an overdose on your own is the most dangerous overdose there is. In 2022 the
council's drug-related death panel looked at every death in the city and found that in most of them the
person was alone at the time, and in several they were not found for more than a day. Naloxone, which we
have been handing out for years, only works if someone else is there to give it.

We had heard about 'buddy' lines in other countries, where someone who is about to use alone can phone a
number and stay on the line, and if they stop responding an ambulance is sent to where they are. We
wanted something like that in Portmere, but we knew a phone line would not be used unless people trusted
it, and trust was the hard part. Most of the people we work with would not ring anything that had the
word 'police' anywhere near it. Many have had bad experiences with ambulance crews too, of being treated
as a nuisance, or of the police turning up with the ambulance.

Not On Your Own started in April 2023. It has two ways in. Someone can ring a freephone number and speak
to one of our peer workers, or they can use an app on their phone that starts a timer when they press
'using now'. If the timer runs out and the person has not pressed 'I'm OK', the app rings them. If they
do not answer, a peer worker rings them. If there is still no answer, the peer worker calls the
ambulance service on a dedicated line and gives the address the person registered, with any notes they
chose to add, such as 'key under the mat' or 'second floor, blue door'. The ambulance service has agreed
that these calls are treated as a suspected overdose with a category 1 or 2 response, and that police
are not sent unless there is a risk to the crew.

We run the app and the line. The ambulance service built the dedicated line into its emergency
operations centre and wrote the protocol for its call handlers. The council's public health team pays
for the peer workers' evening and night shifts and for the app licence. The University of Portmere
helped us design the app and is evaluating the service.

Getting there took the best part of a year. The first hurdle was information. People had to be able to
register an address without fearing it would be passed to the police, their landlord or social
services. The ambulance service's information governance team, our own trustees and the university's
ethics committee all had to agree the same rules: the address is held by us, it is only given to the
ambulance service when an alert is raised, and it is deleted if the person leaves the service. The second
hurdle was the hours. Most people use in the evening and at night, which is exactly when services are
shut. We now have peer workers on shift from 4pm to 4am, seven days a week, and the ambulance service's
own call handlers cover the line outside those hours.

The third hurdle, and it is still a hurdle, was phones. A lot of the people we work with do not have a
smartphone, or have one with no data, or have one that gets sold or stolen every few weeks. That is why
the phone line matters as much as the app, and why we hand out basic phones with credit to people who
want to use the service and have nothing.
"""),
        ("evidence", None, """
We did not have anything like this before, so there is no 'before' to compare with, and we have tried
hard not to claim more than we know.

Between April 2023 and March 2025, 730 people registered with Not On Your Own. Between them they started
5,900 sessions, on the app or by phone. An alert was raised 212 times. In 171 of those the peer worker
reached the person, who was fine, had forgotten to press the button or had fallen asleep. In the other
41 an ambulance was sent. Crews gave naloxone in 19 of those cases and 14 people were taken to hospital.

Nobody has died while using the service. The university's interim evaluation found that 92% of
registered users who answered its survey would use the service again. Our target is to have 1,000 people
registered by the end of 2025.

Drug-related deaths in the city as a whole have not fallen: there were 41 in 2022 and 40 in 2023. We did
not expect a service used by a few hundred people to move the figure for the whole city in its first
year, and most of the people who died had never been in touch with us. The university will publish its
full evaluation, including a comparison with two similar cities, in 2026.
"""),
        ("stakeholders", None, """
We could not have built this without the people it is for, and I mean that literally.

<<P:The first version of the app was taken apart by the Tuesday group, a dozen or so people who come to
our drop-in and who were, at the time, all using heroin, crack or both.>> <<P:They told us it looked like
a banking app, that nobody would type their real name into it, and that the 'I'm OK' button needed to be
big enough to press when your hands are shaking, so the app now uses a nickname and has one large
button.>> <<P:When we suggested a standard timer of ten minutes they laughed, and explained that it
depends completely on what you are using and how, so people now set their own timer.>> <<P:Two women who
sell sex in the city centre told us they would never register a home address and asked for a way to give
a location for a single session, which the university's developers added in the second version.>>

<<PS:Our peer workers, every one of whom has been through addiction and recovery and is employed by us,
tested every stage, answered the first live calls, and rewrote the script they use on the phone three
times after listening back to how calls had gone.>>

<<S:Call handlers in the ambulance service's emergency operations centre practised taking the alerts in
role play with our peer workers and asked for the notes to be read out word for word, because directions
like 'round the back past the bins' were getting lost when they were summarised.>> <<S:Paramedics from
the city station who had attended overdoses in hostels asked that every alert says whether there is
naloxone in the room, and that question is now part of registration.>> <<S:Researchers at the university
ran design workshops with our outreach staff and changed the app four times because of what came out of
them.>>

The council's director of public health sits on the steering group. Hostel managers across the city were
sent information about the service to pass on to their residents.
"""),
        ("value", None, """
The service costs about £160,000 a year, most of which is the peer workers' evening and night shifts.
The app licence is £9,000 a year. The ambulance service absorbs the calls within its existing work. An
ambulance response to an overdose with a trip to the emergency department costs the NHS several hundred
pounds, and a single death costs far more than this whole service, in grief and in public money, although
I do not like putting it that way.

What people tell us is simpler. One man, who has used alone in his flat since his partner died, says he
presses the button now 'so someone knows I'm here'. A woman who had an alert raised one night, and was
found by the crew unconscious with her door on the latch, came into the drop-in the following week to
thank the peer worker who had stayed on the phone until the ambulance arrived.

For our peer workers it has been hard as well as rewarding. They take calls from people they know at two
in the morning, and some of those calls are frightening. There is now a debrief after every alert and
monthly supervision with a psychologist, and nobody works a night shift on their own.
"""),
        ("spread", None, """
The ambulance service has offered the same dedicated line to the drug services in the other two towns it
covers, and one of them will start in the autumn. We have shared the app's design and our information
rules with the national harm reduction network, and the university has presented the early findings at
two conferences. Three other cities have visited to see how the service works, and we have offered to
train their peer workers.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I996  follow-up appointments lost in a move to a new electronic patient
#       record - docx - rubric headings - chief clinical information officer,
#       formal - acute trust with the ICB, a community trust and the record
#       supplier - staff involved - NO patient involvement (patients written
#       to and told under duty of candour, Healthwatch and the patient panel
#       updated, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I996", format="docx", layout="rubric_headings", topic="epr_migration_lost_follow_ups",
    project="independent63-nothingleftbehind-996", docx_font="Cambria",
    title="Nothing Left Behind: finding the patients whose follow-up went missing when we moved to a new electronic patient record",
    cover=[
        "Lowick Bridge University Hospitals NHS Foundation Trust (lead)",
        "Partners: NHS Lowick and Esk Integrated Care Board; Eskdale Community Health NHS Trust; Aubrey Clinical Systems Ltd",
        "Submitted by the Chief Clinical Information Officer",
    ],
    primary_entrant=dict(name="Lowick Bridge University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="NHS Lowick and Esk Integrated Care Board", type="icb"),
        dict(name="Eskdale Community Health NHS Trust", type="nhs_trust"),
        dict(name="Aubrey Clinical Systems Ltd", type="private"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
In October 2023 Lowick Bridge University Hospitals moved from a patient administration system it had used
for 19 years to a new electronic patient record. The new record holds appointments, waiting lists,
clinical notes, orders and results for 1.1 million people. The move meant transferring about 2.3 million
future appointments, waiting list entries and follow-up instructions from the old system to the new one
over a single weekend. The trust also hosts the administration system for the community paediatrics,
audiology and children's therapy services run by Eskdale Community Health NHS Trust, so their patients
moved too.

Within weeks it became clear that not everything had arrived where it should. The old system had a field
that clinics used to say 'see again in six months, appointment not yet booked'. In the new record, about
12,000 of these entries had been mapped to a status that did not appear on any waiting list or booking
screen. The patients were still in the system, but nothing would ever prompt anyone to book them.
Referrals sent by GPs through the national e-Referral Service in the 48 hours around the switch-over sat
in a queue that had not been connected. Some community paediatric follow-ups had been attached to the
wrong clinic code.

In many cases the first we knew of it was when a GP or a patient rang to ask where an appointment was. In
January 2024 a man under surveillance after treatment for bladder cancer, whose check cystoscopy should
have been in November, rang because he had seen blood in his urine. His cancer had come back. In
ophthalmology, patients with glaucoma who needed pressure checks every four months had dropped off the
lists without anyone noticing.

The trust could not put this right alone. The supplier's data engineers were needed to trace each record
back to the old system. The community trust had to check its own patients. The ICB needed to understand
the risk to patients across the area and to help GP practices answer the questions they were being
asked. The partnership set three goals: find every patient whose follow-up had been lost; decide
clinically how urgently each one needed to be seen; and make sure the same thing could not happen when the
record is rolled out to the community trust's own services.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
A joint validation team was set up in December 2023 with staff from the trust, the community trust and
the supplier, overseen by a clinical harm review group chaired by the trust's deputy medical director.
Each night the supplier runs a reconciliation that compares every open pathway in the old system's final
extract with the new record and lists any patient who has a follow-up instruction but no booked
appointment and no waiting list entry. Clinicians review the list by specialty and rank each patient.

<<Q:Patients with a follow-up instruction but no appointment and no waiting list entry fell from 11,860
in the first reconciliation in December 2023 to 240 in September 2024.>> <<Q:In ophthalmology and urology,
the two specialties where a late follow-up is most dangerous, patients past their clinically indicated
follow-up date went down from 3,410 to 520.>> <<Q:Incidents reported about lost or missing follow-ups
dropped from 48 in the first three months after go-live to 5 in the three months to September 2024.>>

The clinical harm review group has looked at 1,320 patients whose follow-up was late. It found 37 who
came to some harm, four of them moderate and one severe.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The nightly reconciliation has been written into the plan for moving the community trust's district
nursing and therapy services onto the same record in 2025, where it will be run before, during and after
go-live rather than afterwards. The ICB has shared the method with the other two acute trusts in the
area, both of which plan to change their records in the next three years. We have presented the work to
the regional network of chief clinical information officers and to the supplier's national user group,
and the supplier has changed its standard migration checklist as a result.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The validation team cost around £420,000 over nine months, most of it for extra clinic sessions to see
patients who had been missed and for temporary administrative staff. The supplier provided its data
engineers at no extra cost. A patient who comes to serious harm because of a missed follow-up can need
far more treatment than if they had been seen on time, as well as the cost of investigations and claims.

Outpatient staff say they trust the lists again. Consultants say they are relieved that the
reconciliation runs every night and that the lists in front of them are complete.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<S:Outpatient booking clerks were the first to notice that the 'to be booked' lists were shorter than
they should be, and they worked with the supplier's engineers to trace the missing status, which is how
the problem was found.>> <<S:Consultants in urology, ophthalmology and community paediatrics agreed a
simple three-level ranking for the validation lists and changed it after the first fortnight, when they
found the middle level was too broad.>> <<S:Administrative staff at the community trust checked every
paediatric follow-up by hand against their own clinic diaries and suggested the clinic code fix that the
supplier then applied to all records.>> <<S:Two GPs on the ICB's digital board wrote the advice that went
to practices about what to tell patients who rang in.>>

Patients whose follow-up had been lost were sent a letter and, where their review was urgent, a phone
call. Those who had come to harm, and their families, were told in person under the duty of candour.
Healthwatch and the trust's patient panel were given an update at each of their meetings during 2024. We
sent a short survey to 300 patients whose appointments were rebooked; most were satisfied with how it
was handled, so the process was not changed. We intend to have a patient representative on the
programme board for the next stage of the roll-out.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I997  electronic prescriptions sent to the wrong pharmacy - docx - form
#       table - LPC chief officer, clipped - pharmaceutical committee with a
#       PCN and the ICB - staff involved - NO patient involvement (patients
#       texted, a leaflet, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I997", format="docx", layout="form_table", topic="electronic_prescription_wrong_nomination",
    project="independent63-rightscript-997", docx_font="Calibri",
    title="Right Script, Right Shop: stopping electronic prescriptions going to the wrong pharmacy",
    cover_table=[
        ("Title of entry", "Right Script, Right Shop: stopping electronic prescriptions going to the wrong pharmacy"),
        ("Lead organisation", "Quenby and Marsh Local Pharmaceutical Committee"),
        ("Partner organisations", "Quenby North Primary Care Network; NHS Quenby and Fenmarsh Integrated Care Board"),
        ("Name and role of entrant", "Chief Officer, Quenby and Marsh LPC"),
    ],
    primary_entrant=dict(name="Quenby and Marsh Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Quenby North Primary Care Network", type="primary_care"),
        dict(name="NHS Quenby and Fenmarsh Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
Almost every prescription is now sent electronically from the GP practice to a pharmacy the patient has
chosen, their 'nominated' pharmacy. Most of the time it works well. The trouble is that a nomination
stays in place until somebody changes it, and patients often do not know what theirs is.

In 2022 and 2023 pharmacies across Quenby and Marsh kept seeing the same thing. A patient came in for a
prescription the GP had just sent and it was not there. It had gone to a pharmacy they used years ago,
to one near an old address, to a pharmacy that had since closed or, more and more often, to an online
pharmacy that the patient had signed up to through an app without realising that this changed where all
their prescriptions went. Some patients gave up and went without. Others went back to the practice,
which had to cancel and reissue, often after the pharmacy had shut.

For most medicines a day's delay is a nuisance. For some it is dangerous: antibiotics for a child with a
chest infection, an anticoagulant after a blood clot, insulin, or medicines for someone dying at home.
Our pharmacies recorded several cases where an end-of-life prescription went to an online pharmacy at the
other end of the country and the family only found out at 6pm on a Friday. Neither practices nor
pharmacies could fix this alone, and nobody was counting it.

Goals: urgent prescriptions reach a pharmacy the patient can get to on the same day; a wrongly sent
prescription is returned and redirected within hours, not days; fewer wrong nominations in the first
place.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since July 2023 the 14 practices in Quenby North PCN get a prompt on their clinical system when a
prescriber issues an acute prescription for a medicine on an agreed urgent list. The prompt shows the
nominated pharmacy and asks the prescriber to confirm it with the patient. Every patient whose
prescription is sent gets a text naming the pharmacy it has gone to. A pharmacy that receives a
prescription for someone who is not its customer returns it to the national system the same day and rings
the practice on a dedicated line that skips the queue.

<<Q:Reports from community pharmacies of patients arriving for a prescription that had gone elsewhere
fell from an average of 96 a month in January to June 2023 to 21 a month in January to June 2024.>>
<<Q:Urgent prescriptions that took more than a day to reach the patient because of a wrong nomination went
down from 37 in the three months before the change to 4 in the same three months a year later.>> <<Q:The
median time to redirect a wrongly sent prescription fell from 26 hours to 3 hours.>>

In the first year practices confirmed the nomination for 18,300 urgent prescriptions.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Pharmacy technicians and counter staff in nine pharmacies kept a log of every misdirected prescription
for two months, and their log showed that most of the problem came from app sign-ups rather than house
moves, which changed what we did.>> <<S:Receptionists from four practices told us that a prompt on every
prescription would be ignored within a week, so the prompt only appears for the urgent list, which they
helped to choose.>> <<S:The ICB's digital team and practice managers wrote the text message together and
tried it in two practices before it went live.>>

Every patient now gets a text telling them where their prescription has gone, and a leaflet about
nominations is on every pharmacy counter. Patients were not consulted at this stage, because the changes
were to how practices and pharmacies work. We plan to ask the PCN's patient participation groups to look
at the wording of the text in 2025.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The prompt and the text cost about £6,000 to set up, paid by the ICB. The dedicated line uses an
existing practice number. Each reissued prescription takes about fifteen minutes of practice and
pharmacy time, and there were more than a thousand a year. A delay to an anticoagulant or to medicines for
someone dying at home can cause real harm and great distress. Pharmacy teams say they no longer have to
send people away empty-handed at closing time.
"""),
        ("spread", "How has the work been shared and spread?", """
The ICB has asked the other five PCNs in the area to switch on the prompt and the text from April 2025. We
have shared the urgent medicines list with the national community pharmacy body and written to the main
online pharmacy companies about how their sign-up process explains nominations.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I998  video assessment by the ambulance clinical hub for care home
#       residents who fall - pdf - CAPS headings - consultant paramedic, blunt
#       - ambulance service with a care providers' association, the community
#       trust falls team and the council - NO stakeholders section; staff and
#       relatives' involvement told in the context and value sections
# ---------------------------------------------------------------------------
entry(
    id="I998", format="pdf", layout="caps_headings", topic="care_home_falls_video_assessment",
    project="independent63-seebeforeyousend-998", pdf_font="DejaVuSans", pdf_align="L",
    title="SEE BEFORE YOU SEND: video assessment from the ambulance clinical hub for care home residents who fall",
    cover=[
        "LEAD: Western Fells Ambulance Service NHS Trust (Clinical Hub)",
        "PARTNERS: Fellside Care Providers' Association; Fellside and Lune Community Health NHS Trust (Falls Response Team); Fellside County Council (Adult Social Care)",
        "CONTACT: Consultant Paramedic, Clinical Hub",
    ],
    primary_entrant=dict(name="Western Fells Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Fellside Care Providers' Association", type="charity"),
        dict(name="Fellside and Lune Community Health NHS Trust", type="nhs_trust"),
        dict(name="Fellside County Council", type="local_authority"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Care homes in Fellside ring us after a fall several times a day. Most residents who fall are not badly
hurt. But a resident on the floor cannot usually be picked up by care staff until someone has checked
them for injury, and for years that someone had to be an ambulance crew. On a busy winter night a call
for an uninjured resident on the floor is low priority, and the wait could be six, eight, ten hours. That
is a long time for a frail 90-year-old to lie on a carpet. Long lies cause pressure damage, dehydration,
chest infections and a fear of falling that stops people walking again.

We audited care home fall calls in the winter of 2022/23. A third of residents waited more than four
hours, and most of them were eventually checked by a crew, found to be uninjured, lifted and left where
they were. Crews also took many residents to the emergency department 'to be safe', because they had no
way of knowing what the home could manage.

SEE BEFORE YOU SEND started in October 2023. When a care home rings 999 or 111 about a fall and the
resident is conscious and breathing normally, the call goes to a paramedic or nurse in our clinical hub,
who rings the home back on a video call. Care staff use a tablet, paid for by the council, to show the
resident, and the clinician talks them through a structured check: head injury, pain, new deformity,
observations taken with the home's own equipment. If there is no sign of serious injury, the clinician
talks staff through lifting the resident with a lifting cushion, also funded by the council, and the
community trust's falls response team visits within 24 hours, or within two hours if the clinician wants
someone to see the resident that day. If there is any doubt, an ambulance is sent.

<<S:The video check was written by hub paramedics and senior carers from six homes in the care providers'
association, who met three times and tried it out on each other before any resident was involved, and
the carers changed the order of the questions so that the ones they could answer without moving the
resident came first.>> <<S:Falls response nurses from the community trust asked for the hub's notes to be
sent to them automatically so that they did not have to ring the home for the story, and this was built
into the referral.>> <<P:Relatives of two residents who had waited more than six hours on the floor in
2022 came to the project group and told us what it had been like, and it was at their request that homes
now offer to put the family on the video call if the resident wants them there.>>
"""),
        ("evidence", "WHAT CHANGED", """
We compared October 2022 to March 2023 with October 2023 to March 2024 for calls from the 84 care homes
in the scheme.

<<Q:Residents who waited more than four hours on the floor after a fall went down from 34% to 6%.>>
<<Q:The median time from the first call to the resident being off the floor fell from 3 hours 40
minutes to 48 minutes.>> <<Q:Care home fall calls that ended in a trip to the emergency department fell
from 58% to 29%.>>

The hub carried out 2,270 video assessments over the six months, and crews were sent after 410 of them.
In the same period there were three cases where a fracture was found later by the falls team, all within
24 hours, and in each one the resident had been comfortable and the home had been told what to watch
for.
"""),
        ("value", "VALUE", """
The tablets and lifting cushions for 84 homes cost the council about £96,000. Hub clinician time comes
from existing staffing, and a video call takes about 20 minutes against the two to three hours a crew
spends on scene and in the emergency department. Every resident not taken to hospital avoids a journey,
a long wait on a trolley and a real risk of delirium.

<<S:Hub clinicians rewrote the guidance on where to hold the tablet after the first month, when they
found they could not see residents' legs, and they now ask staff to start every call with a full-length
view.>> Care home managers tell us their staff feel more confident, and families say they are glad not
to get the 'she is still waiting' phone call. Our crews are freed for the calls where they are really
needed.
"""),
        ("spread", "SPREAD", """
The clinical hub now offers the same video assessment to the council's extra care housing schemes and to
the careline service, and the community trust has extended the falls response team's hours to cover
weekends. We presented the work at the national ambulance clinical hub forum, and two other ambulance
services have asked for our video check and training pack.
"""),
    ],
    flags=[dict(code="missing_section", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I999  a digital task list instead of bleeps for the hospital at night -
#       docx - style headings - deputy medical director and hospital at night
#       lead nurse, formal - acute trust with a university human factors
#       centre - staff involved - NO patient involvement (a negation, patient
#       safety partners kept informed, patients as beneficiaries, a hope)
# ---------------------------------------------------------------------------
entry(
    id="I999", format="docx", layout="style_headings", topic="hospital_at_night_digital_task_list",
    project="independent63-offthebleep-999", docx_font="Calibri",
    title="Off the Bleep: a digital task list for the hospital at night",
    cover=[
        "Wendlebury and Holt Hospitals NHS Trust (lead entrant)",
        "Partner: University of Wendlebury, Centre for Human Factors and Safety Science",
        "Written by the Deputy Medical Director and the Hospital at Night Lead Nurse",
    ],
    primary_entrant=dict(name="Wendlebury and Holt Hospitals NHS Trust", type="nhs_trust"),
    partners=[dict(name="University of Wendlebury", type="university")],
    sections=[
        ("context", "Background", """
Between 8pm and 8am, the 620 adult inpatients at Wendlebury General Hospital are looked after by a night
team of about fourteen doctors, four night nurse practitioners and the ward nurses. Until 2023 the only
way for a ward to ask for a doctor was to bleep them. A bleep says nothing about why it was sent. The
doctor has to stop what they are doing, find a phone, wait for the ward to answer and hear the request,
which might be a cannula, a fluid prescription, a drug chart to rewrite or a patient whose oxygen levels
are falling. An observation study in 2022 found that a night foundation doctor received a bleep on
average every six minutes, and that about four in ten arrived in the middle of another task.

Nobody had an overview. The night registrar did not know which of the fourteen doctors was dealing with
which sick patient, the nurse practitioners were working from scraps of paper, and nurses often bleeped
two or three doctors about the same patient, hoping one would answer. Twice in 2022 a patient with a high
early warning score waited more than an hour for a doctor because the request was lost among routine
bleeps. One of those patients had a cardiac arrest.

Off the Bleep replaced most night bleeps with a digital task list, built into the hospital's electronic
patient record and shown on the team's handheld devices. A nurse logs a task with a priority (urgent,
within an hour or routine), and the patient's latest observations are pulled in automatically. The night
coordinator, usually a nurse practitioner, sees every task on one screen and allocates them. Urgent tasks
still trigger a phone call to a named doctor. Routine tasks wait in a queue that any free member of the
team can pick up. The University of Wendlebury's Centre for Human Factors and Safety Science worked with
us from the start, observing night shifts before and after, and helping us design the screens around
how people actually work.
"""),
        ("evidence", "Results", """
<<Q:The median time from an urgent task being logged to a doctor accepting it fell from 22 minutes,
measured by the university's observers in 2022, to 6 minutes in 2024, taken from the system's own time
stamps.>> <<Q:Bleeps to the night medical registrar roughly halved, which the registrars say has given
them time to see the sickest patients themselves.>> <<Q:On our monthly run chart of cardiac arrest calls
on general wards at night there was a sustained shift downwards from August 2023, with the average
falling from 5.1 a month to 3.2.>>

In 2024 the night teams handled an average of 410 tasks a night through the system. <<Q:The
university's observers found that foundation doctors were interrupted in the middle of a task about half
as often as before.>>
"""),
        ("stakeholders", "Involvement", """
<<S:Foundation doctors and night nurse practitioners took part in five design sessions run by the
university, where they sorted a week's worth of real bleep requests into piles and came up with the three
priority levels we now use.>> <<S:Ward sisters asked for observations to be pulled into each task
automatically after the first version asked nurses to type them in, which they said nobody would have
time to do.>> <<S:Switchboard operators, who used to put out every bleep, pointed out which calls would
still need to go through them, such as cardiac arrests and calls from outside the hospital, and that list
was built into the design.>> <<S:Researchers from the university spent 40 nights on the wards with our
staff, and their finding that tasks were being dropped at the 2am handover led to a new handover
screen.>>

The system is used only by staff, so we did not set up a patient group to design it. The trust's patient
safety partners were kept informed through the quarterly patient safety committee. Every inpatient at
night stands to benefit. We would like to find a way of asking patients whether they notice a difference
in how quickly a doctor comes.
"""),
        ("value", "Value", """
The task list was built by our own digital team using the record's existing tools, at a cost of about
£85,000 in staff time. Handheld devices were already in use for observations. The cost of a single
preventable cardiac arrest, in intensive care days alone, is many times that. Doctors tell us nights feel
calmer and safer, and nurses say they no longer spend half an hour bleeping and waiting for a call back.
"""),
        ("spread", "Spread", """
The task list was extended to weekend days in 2024 and to Holt Community Hospital in early 2025. The
university has published the observation study, and we have shared our design with four trusts that use
the same electronic record through the supplier's user group.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1000  automated triage of online physiotherapy self-referrals that missed
#        red flags - pdf - bullet lists - PRIVATE digital company as primary
#        entrant, with the community trust MSK service and a PCN (ineligible)
#        - clinical director, upbeat - patients involved - NO staff
#        involvement (physiotherapists trained, GPs told, a survey that
#        changed nothing, a named safety officer doing her job, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1000", format="pdf", layout="bullet_lists", topic="msk_self_referral_automated_triage_red_flags",
    project="independent63-redflagsfirst-1000", pdf_font="LiberationSans", pdf_align="L",
    title="Red Flags First: safer automated triage of online self-referrals to physiotherapy",
    cover=[
        "Submitted by Physiolink Digital Ltd",
        "In partnership with Ollerton Cross Community Health NHS Trust (MSK Physiotherapy Service) and Ollerton Cross Primary Care Network",
        "Contact: Clinical Director, Physiolink Digital Ltd",
    ],
    primary_entrant=dict(name="Physiolink Digital Ltd", type="private"),
    partners=[
        dict(name="Ollerton Cross Community Health NHS Trust", type="nhs_trust"),
        dict(name="Ollerton Cross Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "The problem", """
Physiolink provides the online self-referral system for the community trust's MSK physiotherapy service,
which covers 340,000 people. Anyone with a muscle, joint or back problem can refer themselves without
seeing a GP. The system asks a series of questions and sorts each referral into urgent, soon or routine.

What we found in 2023:

- about 2,600 people a month were referring themselves, and 85% of referrals were triaged by the system alone, with no clinician looking at the answers until the appointment

- the questions about red flag symptoms were near the end of the form and written in medical language, such as 'saddle anaesthesia' and 'bilateral neurological symptoms'

- a 'yes' to a red flag question only raised the priority if the person also scored their pain as severe

- some people with serious warning signs were being put on the routine list, which was then 11 weeks long

- in August 2023 a man in his sixties with a history of prostate cancer, new night pain and weight loss was triaged as routine and waited nine weeks; his cancer had spread to his spine

What Red Flags First does, since January 2024:

- red flag questions come first, in plain words, with pictures where that helps

- any 'yes' to a red flag question, whatever the pain score, stops the automatic triage

- the person sees a screen telling them what to do now, which may be to go to the emergency department, and is offered a call from the duty physiotherapist the same working day

- the duty physiotherapist sees every red flag referral on a separate list, and the person's GP is told electronically
"""),
        ("evidence", "Results", """
We compared January to December 2023 with January to December 2024.

- <<Q:self-referrals with a red flag answer that waited more than two weeks to speak to a clinician fell from 71 to 3>>

- <<Q:the average time from a red flag self-referral to first contact with a clinician went down from 19 days to less than one day>>

- <<Q:serious incidents involving a delayed diagnosis after self-referral fell from 4 to none>>

- 1,960 referrals went to the duty physiotherapist through the red flag list in 2024

- the red flag wording was changed twice during the year
"""),
        ("stakeholders", "Who was involved", """
- <<P:members of two patient participation groups in the PCN tried the new form on their own phones and told us the question about numbness 'down below' was too vague, so it now shows a simple picture of the saddle area>>

- <<P:people who had used the old form and given a red flag answer were invited to test the new screens, and they asked for the advice to say clearly whether to go to A&E or wait for a call, which it now does>>

- <<P:a local back pain support group chose the wording of the final 'what to do now' screen from three versions we gave them>>

- all 48 physiotherapists in the service were trained to use the red flag list

- GPs were told about the change through the PCN newsletter

- we sent a survey to the physiotherapy team after three months and the responses were positive, so nothing was changed

- our clinical safety officer reviewed the hazard log before go-live, as she does for every change

- we plan to set up a clinician reference group with the trust in 2025
"""),
        ("value", "Value", """
- the changes were made within our existing contract with the trust, at no extra cost

- the duty physiotherapist rota already existed and has absorbed around eight extra calls a day

- one missed case of cauda equina syndrome or spinal cord compression can mean a lifetime of disability and a claim running into millions

- people tell us they feel safer knowing that a person will look at warning signs straight away
"""),
        ("spread", "Spread", """
- Red Flags First is now switched on for all 11 NHS physiotherapy services that use our system

- we have shared the red flag question set with the national MSK self-referral community of practice

- the trust is using the same approach for its online podiatry referrals
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1001  talking medicine reminders on smart speakers for people with a
#        learning disability in their own tenancies - docx - numbered
#        questions with cover bullets - supported living charity head of
#        practice, warm - charity with the council, the community learning
#        disability team and a self-advocacy group - tenants (named and by
#        pronoun) and staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1001", format="docx", layout="numbered_questions", topic="smart_speaker_medicine_reminders_learning_disability",
    project="independent63-sayittakeit-1001", docx_font="Arial",
    title="Say It, Take It: talking medicine reminders for people with a learning disability living in their own homes",
    cover=[
        "Kestrel Supported Living (registered charity), lead entrant",
        "Written by the Head of Practice and Quality",
        "Working with:",
    ],
    cover_bullets=[
        "Cradley Moor Metropolitan Borough Council (Learning Disability Commissioning and Assistive Technology)",
        "Cradley Moor Community Health NHS Trust (Community Learning Disability Team)",
        "Our Voice Cradley (self-advocacy group)",
    ],
    primary_entrant=dict(name="Kestrel Supported Living", type="charity"),
    partners=[
        dict(name="Cradley Moor Metropolitan Borough Council", type="local_authority"),
        dict(name="Cradley Moor Community Health NHS Trust", type="nhs_trust"),
        dict(name="Our Voice Cradley", type="patient_group"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Kestrel supports 240 adults with a learning disability in Cradley Moor who hold their own tenancies,
some in shared houses and some in flats of their own. Many take several medicines a day, for epilepsy,
diabetes, mental health conditions or constipation. Some need a support worker to give them every dose.
Many others can take their own medicines with a prompt: someone to say 'it's time', and to check it has
been done.

For years that prompt came from a support worker's visit or a phone call. As people moved into more
independent flats with fewer hours of support, prompts were missed. A visit ran late, a phone went
unanswered, a new agency worker did not know the routine. Our medication error reports told the story:
the biggest single type of error was a missed dose for someone who lived alone with a few hours of
support a day. In 2022 a young man with epilepsy who had missed two evening doses had a prolonged seizure
in his flat and spent four days in intensive care.

At the same time, many of the people we support already used a smart speaker to play music or ask about
the weather, and liked it. We wondered whether a speaker could give the prompt, and whether a missed
answer could be picked up by a person.

We needed partners. The council commissions most of the support and runs the assistive technology
service. The community learning disability team's nurses and pharmacist know each person's medicines and
what happens if a dose is missed, and they had to agree which medicines were safe to prompt in this way.
And people with a learning disability had to tell us whether they wanted it at all.

Say It, Take It started in June 2023. A speaker in the person's kitchen, set up by the council's
assistive technology team, says when it is time for their tablets, in words they have chosen. The person
takes their tablets from their blister pack and says 'done'. If they do not answer within 20 minutes the
speaker reminds them again. If there is still no answer, or they say 'help', an alert goes to our
on-call support worker, who phones them and visits if needed. For time-critical medicines, such as
epilepsy medicines, the alert goes after ten minutes, and the community nurse is told the next morning
about any dose that was late.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
We compared the twelve months before (June 2022 to May 2023) with the twelve months after, for the 64
tenants who use the speakers.

<<Q:Missed doses recorded for these tenants roughly halved, from 418 in the year before to 201 in the year
after.>> <<Q:Medication errors reported for the same group fell from 53 to 19.>> <<Q:Emergency admissions
linked to missed medicines, mostly seizures and diabetes problems, went down from 9 to 2.>>

The speakers gave 61,000 prompts in the first year and raised 1,180 alerts to the on-call worker. In
1,050 of those the person had taken their tablets and forgotten to say so.
"""),
        ("value", "3. What difference has it made to people and staff, and is it value for money?", """
Each speaker costs about £50, and the assistive technology team's set-up visit about £90. The on-call
worker was already in place. Support hours have not been cut; instead, visits are used for things that
need a person, such as cooking and going out. A single stay in intensive care costs far more than a
whole year of speakers.

Tenants tell us they like being in charge of their own tablets. One woman said she feels 'like a
grown-up' because nobody is standing over her. Support workers say they worry less about the people who
live alone.
"""),
        ("stakeholders", "4. Who was involved and how?", """
<<P:Eleven tenants tried out the speakers in their own flats for two months before anything was decided,
and they chose the voice, the words and the time of every reminder.>> <<P:They told us that the word
'medication' meant nothing to several of them, so the reminder says 'time for your tablets' followed by
the name the person uses for them.>> <<P:Two of them, Darren and Lisa, went on to show tenants in other
houses how to use the speaker, and Darren suggested the 'help' word after realising he could not reach
his phone when he felt a seizure coming.>> <<P:Members of Our Voice Cradley made an easy read guide with
photos, and asked us to make it clear that people can say no to a speaker and keep their phone call
instead.>>

<<S:Night support workers told us the first alerts came through alongside other calls and were getting
missed, so alerts now come to a separate phone with a different ring.>> <<S:The community learning
disability nurses and our team leaders agreed together which medicines could be prompted by a speaker and
which always need a person, and the team's pharmacist moved some people's dose times so that reminders
did not fall while they were at their day service.>>
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1002  digital pre-operative questionnaire that draws on the GP record -
#        pdf - two columns - university senior lecturer, academic - a
#        university with the acute trust pre-operative service and a PCN -
#        patients and staff involved - NO quantitative evidence in the
#        evidence section (completions, alerts, a single audit figure, a
#        target not reached); a measured change told only in the value section
# ---------------------------------------------------------------------------
entry(
    id="I1002", format="pdf", layout="two_column", topic="digital_preoperative_questionnaire_gp_record",
    project="independent63-askbeforeyoulist-1002", pdf_font="LiberationSans",
    title="Ask Before You List: a digital pre-operative health questionnaire shared by the hospital and general practice",
    cover=[
        "University of Tollerby, Digital Health Research Group (lead entrant), with Tollerby Teaching Hospitals NHS Trust (Pre-operative Assessment Service) and Tollerby South Primary Care Network",
        "Entry by the Senior Lecturer in Digital Health",
    ],
    primary_entrant=dict(name="University of Tollerby", type="university"),
    partners=[
        dict(name="Tollerby Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Tollerby South Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Why this was needed", """
When someone is listed for planned surgery at Tollerby Teaching Hospitals, they are asked to complete a
health questionnaire so that the pre-operative assessment team can decide who needs a face-to-face
assessment, who can be assessed by telephone, and who needs tests or an anaesthetist's review. Since 2021
the questionnaire has been online. About 1,500 people a month complete it.

In 2022 the pre-operative team asked our research group to help them understand why some patients were
still arriving on the day of surgery with problems that should have been identified weeks earlier. We
reviewed 300 records of patients whose operation had been cancelled on the day for a medical reason. In
many, the problem had been missed because the questionnaire relied on patients recalling and naming
their own medicines and conditions. People did not list their anticoagulant because they thought of it
as a 'heart tablet'. They did not know that they had been diagnosed with sleep apnoea. They answered
'no' to diabetes because they were 'only on tablets'. And the answers stayed within the hospital system:
the GP practice, which held the complete medicines and problem lists, never saw them.

The new questionnaire, introduced in May 2024, differs in three ways. With the patient's consent, it
draws the medicines and diagnoses from the GP record and asks the patient to confirm them rather than
remember them. It uses plain words and examples, written and tested with patients. And any answer that
suggests a risk, such as an anticoagulant, a diabetes medicine that has to be paused before surgery,
signs of frailty or possible sleep apnoea, sends an alert both to the pre-operative nurses and to the
PCN's clinical pharmacists, who review the medicines and agree a plan with the hospital before the
assessment.
"""),
        ("evidence", "What we have found so far", """
Between May 2024 and February 2025, 9,400 patients completed the new questionnaire, and 8,100 of them
agreed to their GP record being used. The system raised 1,130 alerts. The PCN pharmacists reviewed the
640 alerts for patients registered in the PCN and found a medicine problem needing action in 214, most
often an anticoagulant or a diabetes medicine that needed a plan for the days around surgery.

In an audit of 200 questionnaires in December 2024, the medicines list confirmed by the patient matched
the GP record in 87%. Our target is for 90% of questionnaires to be completed within a week of listing;
in February 2025 the figure was 81%.

We cannot yet say what effect the questionnaire has had on harm after surgery. Our full evaluation,
comparing the hospital's cancellation and complication data with the two preceding years, is due to be
published in 2026.
"""),
        ("stakeholders", "Who took part", """
<<P:Thirty-two patients on the surgical waiting list, including several who said they were not confident
online, took part in think-aloud sessions in which they completed drafts of the questionnaire while
describing what they were thinking, and the wording of almost every question changed as a result.>>
<<P:One woman in her eighties showed us that she could not tell which of her medicines were 'blood
thinners', which is why each question now shows pictures of the common packs.>> <<P:Members of the
hospital's surgical patient panel asked for a way to complete the questionnaire with a relative or by
telephone, and a telephone option run by the pre-operative administrators was added.>>

<<S:Pre-operative assessment nurses and anaesthetists agreed which answers should raise an alert, and
shortened the list after the first month when they found that the frailty questions were raising too
many alerts for fit older people.>> <<S:The PCN's clinical pharmacists designed their own review template
and asked that alerts reach them only for patients registered in the PCN, which is how it now works.>>
"""),
        ("value", "Value", """
The questionnaire was built by the hospital's digital team, and our research group's part was funded by
a regional innovation grant of £180,000 over two years. The PCN pharmacists' time is part of their
existing role.

The pre-operative team's own monthly figures give an early indication of what this may mean. <<Q:Operations
cancelled on the day for a medical reason fell from 5.8% of planned cases in 2023 to 3.1% in the last
quarter of 2024.>> Each cancelled operation wastes a theatre slot worth around £2,000, as well as the
patient's time and nerves. Patients tell us the questionnaire is quicker when it already knows their
medicines, and pre-operative nurses say they spend less time chasing GP practices.
"""),
        ("spread", "Spread", """
The questionnaire is being extended to the other two PCNs in Tollerby during 2025. We have presented the
design work at the national pre-operative assessment conference and shared the question set with the
regional perioperative network, and the hospital is making the questionnaire available to other trusts
that use the same electronic record.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1003  the ambulance crew's electronic record shared with emergency
#        departments at handover - docx - reordered (results first) - ICB
#        digital programme lead, businesslike - ICB with the ambulance service
#        and two acute trusts - staff involved; patients and carers involved
#        through a Healthwatch readers' panel (passive) and carers asked - no
#        flags
# ---------------------------------------------------------------------------
entry(
    id="I1003", format="docx", layout="reordered", topic="ambulance_record_shared_ed_handover",
    project="independent63-onerecord-1003", docx_font="Calibri",
    title="One Record at the Door: sharing the ambulance patient record with emergency departments at handover",
    cover=[
        "NHS Harrowdale and Teme Integrated Care Board (lead)",
        "Partners: Teme and Arrow Ambulance Service NHS Trust; Harrowdale Hospitals NHS Trust; Teme Valley Healthcare NHS Trust",
        "Submitted by the Digital Programme Lead, Urgent and Emergency Care",
    ],
    primary_entrant=dict(name="NHS Harrowdale and Teme Integrated Care Board", type="icb"),
    partners=[
        dict(name="Teme and Arrow Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Harrowdale Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Teme Valley Healthcare NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("evidence", "What has changed", """
Since February 2024, emergency department staff at Harrowdale and Teme Valley can see the ambulance
crew's electronic patient care record in their own system before the patient comes through the door, and
for as long as the patient is in the department.

<<Q:In our audit of 400 handovers, the share where the emergency department's notes recorded a different
medicines list from the crew's fell from 31% in 2023 to 9% in 2024.>> <<Q:Cases where a time-critical
medicine already given by the crew, such as an opioid or aspirin, was given again in error in the
department dropped from 17 in the year before to 3 in the year after.>> <<Q:The average time taken to
complete a handover went down from 14 minutes to 9 minutes.>>

The records of 61,000 patients were shared in the first year.
"""),
        ("context", "Why we did it", """
Ambulance crews in Harrowdale and Teme have recorded every patient on an electronic record since 2019,
and the emergency departments have had their own electronic records for longer. The two did not talk to
each other. At handover a crew would read out a summary, often in a crowded corridor, and the nurse would
write or type what they could. A printed copy of the crew's record was sometimes put in a tray and
sometimes lost. Important details went missing: what the patient had been given on the way in, their
observations at the scene, what their family had said about how they usually were, the medicines found
in the house.

Our incident reviews kept finding the same gaps. A man given morphine by the crew was given a second full
dose in the department twenty minutes later. A woman's low blood sugar at the scene, treated by the crew,
was not passed on and she was not monitored. A man with a learning disability whose carer had told the
crew exactly how he showed pain was assessed in the department as 'not in pain'.

The fix sounded simple: send the crew's record straight into the hospital system. In practice it needed
the ambulance trust, both acute trusts, the two record suppliers and the ICB's digital team to agree the
technical link, the information governance and who would pay. The ICB led the work because it was the
one organisation with a stake in all of it.
"""),
        ("stakeholders", "Who was involved", """
<<S:Paramedics and emergency department nurses from both hospitals met in six joint workshops and decided
which parts of the crew's record should appear first on the hospital screen, choosing drugs given,
observations and a box headed 'what is normal for this person'.>> <<S:Emergency department receptionists
pointed out that records were arriving under the wrong patient when crews used a temporary name for
someone who could not be identified, and the matching rules were changed after they helped test them.>>
<<S:Clinical coders at Teme Valley asked for the crew's record to stay in the patient's hospital notes
after discharge, and that is now standard.>>

<<P:The notice that tells patients their ambulance record will be shared with the hospital was rewritten
by the readers' panel of Harrowdale Healthwatch, who said the first draft read like a legal warning.>>
<<P:Two carers of people with a learning disability, who had sat through handovers where what they said
was lost, were asked by the project group what mattered most to them, and the 'what is normal for this
person' box is there because of what they said.>>
"""),
        ("spread", "Spreading the work", """
The link has been built so that any hospital in the region using either of the two record systems can
switch it on. The neighbouring ICB has started the same work with its acute trust and the same ambulance
service. We have shared the information governance agreement and the screen design through the regional
digital urgent care network and with the national ambulance digital team.
"""),
        ("value", "Value", """
The technical link cost about £210,000, funded from the ICB's digital capital allocation. Shorter
handovers mean ambulances get back on the road sooner, and across 61,000 handovers a year that adds up to
a great many crew hours. Fewer double doses and fewer lost details mean less harm. Crews say they feel
that their records are finally read, and nurses say they no longer have to chase a piece of paper.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1004  electronic notice to the GP and crisis team after an ED visit for
#        self-harm - docx - bullet lists - liaison psychiatry nurse consultant,
#        brisk - mental health trust with the acute trust, a GP federation and
#        a suicide prevention charity - people with lived experience and staff
#        involved - NO quantitative evidence (notices sent, a single figure
#        against a target, contact counts, no comparison yet)
# ---------------------------------------------------------------------------
entry(
    id="I1004", format="docx", layout="bullet_lists", topic="self_harm_ed_attendance_electronic_notification",
    project="independent63-nobodyleftunknown-1004", docx_font="Calibri",
    title="Nobody Left Unknown: an electronic notice to the GP and the crisis team after an emergency department visit for self-harm",
    cover=[
        "Lead: Fennimore and Lyne Partnership NHS Foundation Trust (Liaison Psychiatry Service)",
        "Partners: Lyne General Hospital NHS Trust; Fennimore and Lyne GP Federation; Open Door Lyne (suicide prevention charity)",
        "By the Nurse Consultant, Liaison Psychiatry",
    ],
    primary_entrant=dict(name="Fennimore and Lyne Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Lyne General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Fennimore and Lyne GP Federation", type="primary_care"),
        dict(name="Open Door Lyne", type="charity"),
    ],
    sections=[
        ("context", "Why", """
- people who go to the emergency department after self-harm are at much higher risk of suicide in the weeks that follow, and the risk is highest in the first few days

- in 2022 about a third of people who attended Lyne General after self-harm left before a liaison psychiatry assessment, often in the early hours

- the GP found out from a discharge letter that could take a week or more to arrive, and sometimes never came

- the community mental health team and the crisis team were only told if the person had been assessed

- two suicide reviews in 2022 found that the person had been to the emergency department after self-harm in the week before they died, and that neither their GP nor their mental health team knew

- since June 2023, every attendance coded as self-harm triggers an electronic notice the same day to the person's GP practice and, if they are known to mental health services, to their care coordinator or the crisis team

- the notice says whether the person was assessed, whether they left before being seen and what was agreed

- practices have agreed to contact the person within three working days, and the crisis team within 24 hours if the person left before being seen

- Open Door Lyne offers a call from a support worker to anyone who agrees to it
"""),
        ("evidence", "What we can show so far", """
- 2,870 notices were sent between June 2023 and May 2024

- 91% reached the practice within 24 hours; our target is 95%

- practices recorded 1,940 follow-up contacts within three working days

- the crisis team contacted 412 people who had left before being seen

- 530 people accepted a call from Open Door

- we do not yet have figures on repeat attendances or deaths that can be compared fairly with the years before, and the trust's suicide prevention lead will report on this in 2025
"""),
        ("stakeholders", "Who helped", """
- <<P:Open Door's lived experience group, people who have self-harmed or lost someone to suicide, told us that a letter from the GP 'inviting you to book an appointment' would be ignored, so practices now phone instead of writing>>

- <<P:the same group chose the words of the text message people receive, and asked that it never uses the words 'self-harm', because a partner or parent might see the phone>>

- <<S:receptionists and care navigators from five practices tested the notice for two months and asked for it to arrive as a task for a named clinician, not in the general inbox>>

- <<S:liaison nurses asked for 'left before being seen' to be shown in red at the top of the notice, after finding that this was the group most often missed>>

- <<S:the hospital's emergency department IT team and ward clerks worked out how to code self-harm reliably at booking in, which the notice depends on>>
"""),
        ("value", "Value", """
- the notice was built on the hospital's existing messaging system for about £12,000

- calls by practices and the crisis team are part of their existing work

- Open Door's support calls are funded from the council's suicide prevention grant

- every suicide is a devastating loss, and the wider cost of each one has been estimated at well over a million pounds

- practices say they finally know what happened to their patients overnight
"""),
        ("spread", "Spread", """
- the notice has been extended to the urgent treatment centre at Fennimore

- the neighbouring mental health trust is introducing it with its two acute hospitals in 2025

- we presented the work at the national liaison psychiatry faculty meeting in 2024
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1005  remote monitoring of home ventilators - pdf - with appendix - lead
#        clinical physiologist, detailed - acute trust home ventilation
#        service with the ventilator supplier, the community trust and a
#        neuromuscular and MND support group - patients and families involved
#        - NO staff involvement (community staff trained, GPs sent a letter,
#        supplier engineers following a protocol, a survey that changed
#        nothing, a named lead, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1005", format="pdf", layout="with_appendix", topic="home_ventilation_remote_monitoring",
    project="independent63-breathingeasier-1005", pdf_font="LiberationSerif", pdf_align="L",
    title="Breathing Easier at Home: remote monitoring for people who use a ventilator at home",
    cover=[
        "Lead entrant: Sandmere Royal Hospital NHS Foundation Trust, Regional Home Ventilation Service",
        "Partners: Airwell Homecare Ltd (ventilator supplier); Sandmere Community Health NHS Trust (Community Respiratory and Neurology Teams); Sandmere Neuromuscular and MND Support Group",
        "Prepared by the Lead Clinical Physiologist, Home Ventilation",
    ],
    primary_entrant=dict(name="Sandmere Royal Hospital NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Airwell Homecare Ltd", type="private"),
        dict(name="Sandmere Community Health NHS Trust", type="nhs_trust"),
        dict(name="Sandmere Neuromuscular and MND Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "Why we needed to change", """
Our service supports around 380 adults who use a ventilator at home, most of them overnight through a
mask. They include people with motor neurone disease, muscular dystrophy, severe obesity with breathing
problems and COPD. For many of them the ventilator is what stops carbon dioxide building up in their
blood overnight. When it is not working well, because the mask leaks, because the settings are no longer
right as their condition changes, or because they have quietly stopped using it, the first sign can be
morning headaches and drowsiness, and the next can be an emergency admission with respiratory failure.

Until 2023 we only knew how someone was getting on when they came to clinic, usually every six to twelve
months, and brought their ventilator's memory card with them. Many of our patients find travelling very
hard. Some live two hours' drive away. Some missed appointments because they were too unwell to come,
which was exactly when we most needed to see their data.

Modern ventilators can send their data over the mobile network every night: how many hours the person
used it, how much the mask leaked, how many breaths were triggered by the machine and, if an oximeter is
attached, their oxygen levels. The company that supplies and services our ventilators could switch this
on, but nobody was set up to look at the data, or to act on it at home.

Breathing Easier at Home started in March 2023. Data from every connected ventilator appear on a
dashboard each morning. Our physiologists review it, using rules that flag anyone whose use has dropped,
whose leak is high or whose breathing pattern has changed. A flag leads to a phone call the same day.
Often the fix is simple: a new mask, a different cushion size, or a small change of settings that we can
now make remotely. If the person needs to be seen, the community respiratory or neurology team visits
within 48 hours, and the supplier can swap a machine the next day.

It matters to families too. Many of our patients are cared for by a husband, wife, son or daughter who
fits the mask each night. They are often the first to notice that something is wrong, but they did not
always know who to tell.
"""),
        ("evidence", "What difference it has made", """
We compared the 212 people who had a connected ventilator for the whole of 2024 with the same people in
2022.

<<Q:Unplanned admissions with respiratory failure in this group fell from 58 in 2022 to 27 in 2024.>>
<<Q:The proportion using their ventilator for at least four hours a night, the level linked with benefit,
rose from 61% to 83%.>> <<Q:Average length of stay for these admissions went down from 11 days to 7,
because problems were found earlier.>>

In 2024 the dashboard raised 2,940 flags. Of these, 1,610 were dealt with by phone, 390 led to a new
mask, 520 to a change of settings made remotely and 140 to a home visit. People who prefer it can now
have their routine review by video, with their ventilator data on the screen.
"""),
        ("stakeholders", "Who was involved", """
<<P:Members of the Sandmere Neuromuscular and MND Support Group told us at the start that they did not
want to feel watched, and helped us write the consent form so that it says exactly what data are sent,
who looks at them and what will happen if something is flagged.>> <<P:Eight people using ventilators and
their family carers tested the phone call script, and asked us to ring the carer as well as the patient
when a flag is raised, because the patient is often asleep or cannot speak easily in the morning.>>
<<P:A woman with motor neurone disease, who had been admitted twice with respiratory failure before the
service began, suggested the simple 'mask diary' that carers now fill in, after noticing that her leaks
always got worse when she lost weight.>> <<P:Carers in the group also asked for an evening phone number,
which has been set up through the supplier's existing helpline.>>

Community respiratory nurses and neurology therapists were trained in mask fitting by our physiologists.
GPs were sent a letter explaining the service. The supplier's engineers follow our protocol for machine
swaps. We sent a survey to community staff after six months and the responses were positive, so we did
not change anything. The service is led by our lead clinical physiologist, who reviews the flagging rules
every quarter. We plan to set up a joint clinical group with the community teams in 2025.
"""),
        ("value", "Value", """
The data connection costs about £4 a month per ventilator, paid through the existing home ventilation
contract. Reviewing the dashboard takes about two hours of physiologist time each morning. Against that,
each admission with respiratory failure costs several thousand pounds, often including time in intensive
care, and can be the start of a rapid decline for someone with motor neurone disease.

Patients and families tell us they feel someone is keeping an eye on them without their having to ask.
Several have said that a call about their mask leak was the first time anyone had noticed they were
struggling.
"""),
        ("spread", "Spreading the work", """
Two other regional home ventilation services have visited to see the dashboard, and one has started using
the same flagging rules. The supplier has made the rules available to all the services it works with. We
presented the work at the national home mechanical ventilation conference in 2024.
"""),
    ],
    trailer=[
        ("heading", "Appendix: what the dashboard shows and where the figures come from"),
        ("para", "Each morning the dashboard shows, for every connected ventilator: hours of use the previous night, average and peak mask leak, the percentage of breaths triggered by the patient, breathing rate, and overnight oxygen saturation where an oximeter is connected. A flag is raised when use falls below four hours on two nights in a row, when leak is above the set limit on three nights out of five, or when oxygen saturation is below 88% for more than a third of the night."),
        ("para", "Admission and length of stay figures are from the trust's patient administration system, matched to the service's patient list. Usage figures for 2022 are from memory cards downloaded in clinic; those for 2024 are from the remote data."),
        ("para", "Contact: Lead Clinical Physiologist, Regional Home Ventilation Service, Sandmere Royal Hospital, Harbour Road, Sandmere SN4 2QT."),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1006  electronic tasks left unread in the inboxes of staff who have left -
#        pdf - no headings - short - practice manager, plain - ONE GP practice
#        and its own team, no partner (ineligible) - staff involved - NO
#        patient involvement (a newsletter, a PPG that only heard about it)
# ---------------------------------------------------------------------------
entry(
    id="I1006", format="pdf", layout="no_headings", topic="gp_clinical_system_orphan_tasks",
    project="independent63-noorphantasks-1006", pdf_font="LiberationSans", pdf_align="L",
    title="No Orphan Tasks: making sure nothing waits unseen in our clinical system",
    cover=[
        "Pirton Lane Surgery, Hadleigh Wick",
        "A project of the practice's GPs, nurses, pharmacist and administrative team",
        "Submitted by the Practice Manager",
    ],
    primary_entrant=dict(name="Pirton Lane Surgery", type="primary_care"),
    partners=[],
    sections=[
        ("context", None, """
Pirton Lane is a GP practice with 11,200 patients. Like every practice, most of our work now moves
around as electronic tasks in the clinical system: a result to review, a hospital letter asking for a
blood test, a query from a pharmacy, a reminder to chase a referral. Each task is sent to a person or to
a team inbox.

In the spring of 2023 one of our salaried GPs left, and a few weeks later a patient rang to ask why
nobody had called him about his scan. The radiology report, which showed a mass in his lung, had been
sent as a task to the GP who had left. Her inbox was still live but nobody was looking at it. When we
searched the system we found 1,214 tasks more than seven days old that had never been opened, sitting in
the inboxes of staff who had left, were on long-term sick leave, or were locums who had worked a single
session. Among them were abnormal results, hospital requests to change medicines and two safeguarding
messages.

The system did not warn anyone, and nobody had a job that included looking for tasks that nobody was
looking at.
"""),
        ("evidence", None, """
Since June 2023 every inbox has a named owner and a named deputy. When someone leaves, or is off for
more than three days, their inbox passes to their deputy the same day, and a rule in the system sends any
task addressed to a leaver to the duty team. Every Monday our lead administrator runs a search for tasks
more than five days old and unopened, and sends the list to the duty GP.

<<Q:Tasks more than seven days old that nobody had opened fell from 1,214 in May 2023 to 38 in May
2024.>> <<Q:The average time for an abnormal result to be reviewed by a clinician went down from 3.6 days
to 1.1 days.>> All 1,214 old tasks were reviewed by a GP by July 2023. Eleven patients needed urgent
action, including the man with the lung mass, who was seen at the hospital within a week.
"""),
        ("stakeholders", None, """
<<S:The administrative team designed the owner and deputy list themselves, and suggested the Monday
search after pointing out that they could see which inboxes were filling up long before any clinician
could.>> <<S:Our practice pharmacist and the nurses asked for a team inbox of their own for medicine
queries, so that pharmacy tasks no longer land with whichever GP signed the last prescription.>> <<S:The
GPs agreed at a practice meeting that the duty GP would own anything unallocated, and changed the duty
rota to give them time to do it.>>

Patients were told about the changes in the practice newsletter, and the patient participation group
heard about the project at its spring meeting.
"""),
        ("value", None, """
The changes cost nothing except staff time, and the Monday search takes about twenty minutes. A delayed
cancer diagnosis or a missed medicine change can do serious harm, and putting it right afterwards takes
far more time than preventing it. Staff also tell us they feel safer going on leave, because they know
someone else will pick up anything that arrives while they are away.
"""),
        ("spread", None, """
We have shared our inbox rules and the Monday search with the other practices in our primary care
network, and two have started using them. We have also asked the clinical system supplier to add a
warning when a task is sent to someone who is no longer active.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1007  wearable vital signs sensors after major surgery - pdf - form table
#        - PRIVATE sensor company as primary entrant, with the acute trust and
#        a university school of nursing (ineligible) - chief medical officer,
#        confident - patients and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1007", format="pdf", layout="form_table", topic="wearable_vital_signs_post_surgery_wards",
    project="independent63-continuouswatch-1007", pdf_font="LiberationSans",
    title="Continuous Watch: wearable vital signs sensors for patients recovering from major surgery on general wards",
    cover_table=[
        ("Entry title", "Continuous Watch: wearable vital signs sensors for patients recovering from major surgery on general wards"),
        ("Lead organisation", "Sentinel Wearables Ltd"),
        ("Partner organisations", "Marrowfield Hospitals NHS Trust (General Surgery and Critical Care Outreach); University of Dene (School of Nursing and Midwifery)"),
        ("Entrant", "Chief Medical Officer, Sentinel Wearables Ltd"),
    ],
    primary_entrant=dict(name="Sentinel Wearables Ltd", type="private"),
    partners=[
        dict(name="Marrowfield Hospitals NHS Trust", type="nhs_trust"),
        dict(name="University of Dene", type="university"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
After major abdominal surgery, patients move from recovery or intensive care to a general surgical ward,
where nurses check pulse, breathing rate, blood pressure, oxygen level and temperature every four to six
hours, or more often if the early warning score is raised. Between checks a patient can deteriorate for
hours without anyone knowing. Complications such as a leak from a bowel join, bleeding, sepsis or a clot
in the lung often show first as a slowly rising heart rate and breathing rate.

Marrowfield's two general surgical wards care for about 1,400 patients a year after major surgery. In
2022 the trust's reviews of unplanned admissions to intensive care found that in a third of cases the
warning signs had been present for more than four hours before the patient was escalated, usually
overnight.

Sentinel makes a wireless patch, worn on the chest, that measures heart rate, breathing rate and
temperature continuously, with a finger sensor for oxygen, and sends the readings to a screen at the
nurses' station and to nurses' handheld devices. In 2023 we agreed with the trust's general surgery and
critical care outreach teams to use the patches for all patients for their first five days on the ward
after major abdominal surgery. The University of Dene's School of Nursing and Midwifery agreed to
evaluate the work and to study how nurses respond to alerts.

The safety goals were to spot deterioration earlier, to reduce unplanned admissions to intensive care
and cardiac arrests, and to do this without burying nurses in false alarms.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
We compared 1,310 patients in the twelve months before the patches (2022/23) with 1,420 in the twelve
months after (2023/24).

<<Q:The median time from the first abnormal reading to escalation to a doctor or the outreach team fell
from 4 hours 35 minutes to 55 minutes.>> <<Q:Unplanned admissions to intensive care from the two wards
went down from 6.8% to 4.1% of patients.>> <<Q:Cardiac arrest calls on the two wards fell from 9 to 2.>>
<<Q:Alerts per patient per day fell from 11 in the first month to 2.5 after the thresholds were changed,
with no rise in missed deterioration.>>

Patients wore the patch for a total of 5,900 patient days.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Ward nurses told us in the first month that the alarms were going off so often they had started to
ignore them, and together with the outreach team they rewrote the alert thresholds and added a
fifteen-minute delay before a single abnormal reading raises an alert.>> <<S:Healthcare assistants asked
for the patch to be moved from the left side of the chest after finding it came loose when patients lay
on that side, and the placement guide was changed.>> <<S:Nursing researchers from the university
shadowed night shifts and interviewed 24 nurses, and their finding that alerts were being silenced at
handover led to the handover screen now listing every alert from the previous shift.>>

<<P:Patients who wore the early version of the patch told us it itched and caught on their gowns, and we
changed the adhesive and the shape for the version now in use.>> <<P:A former patient, who had been
readmitted to intensive care before the project began, sat on the steering group and asked for a leaflet
explaining to patients and visitors what the patch does and what the alarms mean.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The patches cost £45 per patient for five days, paid by the trust from its surgical budget. A single day
in intensive care costs around £2,000, and patients who deteriorate after surgery often stay in hospital
for weeks longer. Nurses say they feel more confident at night, and patients say they sleep better
now that they are not woken for observations when their readings are normal.
"""),
        ("spread", "How has the work been shared and spread?", """
The trust is extending the patches to its orthopaedic and vascular wards in 2025. The university has
published its study of how nurses respond to alerts, and we have shared the threshold changes with two
other trusts that use our patches.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1008  alerts from digital care records in care homes for weight loss and
#        poor drinking - pdf (via Word) - style headings - council quality
#        improvement manager, measured - council with the ICB care home support
#        team and a care homes association - residents (a residents'
#        committee) and relatives involved - NO staff involvement (care workers
#        trained, managers briefed, a named lead doing his job, a survey that
#        changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1008", format="pdf", layout="style_headings", topic="care_home_digital_records_weight_fluid_alerts",
    project="independent63-weightwater-1008", render_via="soffice", docx_font="Liberation Serif",
    title="Weight, Water and Warning Signs: using digital care records to spot weight loss and poor drinking in care homes",
    cover=[
        "Lissingham County Council, Care Quality and Improvement Team (lead)",
        "Partners: NHS Lissingham and Downs Integrated Care Board (Care Home Support Team); Lissingham Care Homes Association",
        "Author: Quality Improvement Manager (Digital Social Care)",
    ],
    primary_entrant=dict(name="Lissingham County Council", type="local_authority"),
    partners=[
        dict(name="NHS Lissingham and Downs Integrated Care Board", type="icb"),
        dict(name="Lissingham Care Homes Association", type="charity"),
    ],
    sections=[
        ("context", "Background", """
By 2023 almost all of the 96 care homes in Lissingham had moved from paper to a digital social care
record. Care workers record on a handheld device what each resident eats and drinks, their weight,
their bowels and their mood. It was a big step forward, but the information was mostly used to show that
care had been given, not to spot when something was going wrong. A resident's weight could fall month
after month, or their drinking could drop for three days in a row, and unless someone happened to look
back through the entries, nobody noticed.

The council's care quality team saw the results in safeguarding enquiries and in the ICB's reviews of
care home residents admitted to hospital: residents admitted with dehydration, acute kidney injury or a
urinary infection, some having drunk very little for days, and residents who had lost a stone or more
before anyone contacted their GP.

In 2023 the council, the ICB's care home support team and the care homes association agreed to use the
records differently. The four digital record systems used in Lissingham's homes were set up, with their
suppliers, to raise three simple alerts on each home's dashboard: weight down by 5% or more in a month,
fluid intake below an agreed level for two days running, and no food or drink recorded in a shift. Each
alert asks the senior carer on shift to act, using a short guide, and if the alert continues the home can
send it straight to the ICB's care home support nurses through a secure link, with the resident's recent
records attached.
"""),
        ("evidence", "Results", """
We compared the 38 homes that have used the alerts since April 2023 with their own figures for the year
before.

<<Q:Emergency admissions of residents from these homes with dehydration or acute kidney injury fell from
112 in 2022/23 to 64 in 2023/24.>> <<Q:The proportion of residents who lost 10% or more of their body
weight over six months went down from 9% to 4%.>> <<Q:The time from a resident's weight first falling by 5%
to a review by the care home support team or their GP went down from a median of 23 days in 2022/23 to 6
days.>>

In 2023/24 the homes' dashboards raised 4,700 alerts, and 610 were sent on to the care home support
nurses.
"""),
        ("stakeholders", "Who was involved", """
<<P:The residents' committee at Alder House, one of the first homes to use the alerts, told us that they
did not want to be handed a drink every time a screen said so, and asked that the staff guide starts with
asking the resident what they would like, which it now does.>> <<P:Relatives of residents at three homes
went through the weight-loss guide with us and asked for families to be told when an alert has been sent
to the nurses, so homes now phone the named relative.>> <<P:One daughter, whose mother was admitted with
dehydration in 2022, suggested showing drinks on the dashboard as cups rather than millilitres, and the
suppliers made that change.>>

Care workers in all 38 homes were trained by the ICB's care home support nurses in how to respond to
alerts, and home managers were briefed at the council's provider forum. The alerts were configured by the
council's digital social care lead, Sam Okafor, as part of his role supporting homes with their records.
We sent an online survey to care staff after six months; most said the alerts were useful, so they were
kept as they were. We plan to set up a group of senior carers to review the alert levels next year.
"""),
        ("value", "Value", """
The alerts were set up within the homes' existing contracts with their record suppliers, and the
council paid £22,000 for the suppliers' configuration time. The ICB's care home support nurses absorbed
the extra referrals. A hospital admission for dehydration or kidney injury in a frail older person
typically means a week in hospital, and many never regain the weight and strength they lose. Families
say they are reassured that someone is watching.
"""),
        ("spread", "Spread", """
All 96 homes in Lissingham will have the alerts switched on by the end of 2025. Two of the four record
suppliers have made the alerts available to all their customers across the country. We have shared the
staff guide and the alert levels with the regional adult social care digital network.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)
