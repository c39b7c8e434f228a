"""One-hundred-and-twenty-second independent evaluation set (I1937..I1952) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing NHS trusts, councils, charities,
universities, integrated care boards, GP federations, ambulance services, optical and
pharmaceutical committees and the odd technology company send in, in their own voices and
at their own length.  The theme of this set is digital tools and data: patient portals
and apps, remote monitoring devices, cyber incidents and downtime, shared care records
between organisations, and automated triage and decision-support tools.

Topics: urgent blood results after a cyber attack on a pathology network's laboratory
system (an acute trust hosting the network, own headings), appointment letters that only
went to the hospital patient portal (an acute trust, bold headings with a cover table),
glucose sensor alerts for children with type 1 diabetes at school (a council school
nursing service, no headings), a ransomware attack on an ambulance service's dispatch
system and the paper fallback shared with fire and police (an ambulance service, CAPS
headings), a decision-support tool for paramedics attending older people on blood
thinners after a fall (a university lead, rubric headings), connected pill dispensers
for people living alone (a private technology company as primary entrant, lists),
automated recall for blood monitoring of high-risk shared care medicines (an integrated
care board, two columns), photographs from high street optometrists triaged by the eye
casualty team (a local optical committee, numbered questions, no spread section), crisis
plans in a mental health trust's patient app (departments of one trust, no partner, a pdf
made from Word), social care details in the shared care record seen by hospital and
ambulance staff (a council, style headings), Bluetooth weighing scales for people with
heart failure (a community trust, a form), online triage for people who do not speak
English (a GP federation, sections in an unusual order), keeping general practice safe
when the clinical system goes down (a private GP IT company as primary entrant, a form
with a cover table), accessible test results in the patient portal for blind and
partially sighted people (a sight loss charity, with appendix), a national prescription
service outage in community pharmacies (a pharmaceutical committee, numbered questions, no
stakeholders section) and acoustic monitoring at night in care homes (a care association,
short lists).

Lead types and layouts: I1937 nhs_trust, pdf own_headings; I1938 nhs_trust, docx
bold_headings with a cover table; I1939 local_authority, docx no_headings; I1940
emergency_service, pdf caps_headings; I1941 university, docx rubric_headings; I1942
private, pdf bullet_lists; I1943 icb, pdf two_column; I1944 primary_care, docx
numbered_questions; I1945 nhs_trust, pdf style_headings (via soffice); I1946
local_authority, docx style_headings; I1947 nhs_trust, pdf form_table; I1948 primary_care,
docx reordered; I1949 private, docx form_table; I1950 charity, pdf with_appendix; I1951
primary_care, pdf numbered_questions; I1952 charity, docx bullet_lists.

Build it with

    .venv/bin/python data/independent/build.py --set 122   (writes data/corpus/independent122/)

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
    numbers trained, activity counts (visits, calls, referrals, checks, alerts, devices,
    people enrolled or identified), single figures with no baseline, a zero with no
    earlier figure, figures that did not change, budgets, costs and savings estimates,
    phone numbers, reference numbers, targets not yet reached, plans and hopes;
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
emergency_service; GP practices, GP federations, primary care networks and local optical
and pharmaceutical committees are primary_care; patients' and parents' groups and local
Healthwatch are patient_group; sight loss, digital inclusion and care associations are
charity; a university is university; technology companies, pill dispenser suppliers and
GP IT companies are private).  A department or team of the entrant's own organisation is
not a partner.  Flags are written by hand and build.py cross-checks them against the
mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1937  urgent blood results after a cyber attack on the pathology network's
#        laboratory system - pdf - own headings - acute trust hosting the
#        network, with a GP federation, the ICB and a kidney patients'
#        association - patients and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1937", format="pdf", layout="own_headings", topic="pathology_cyber_attack_critical_results",
    project="independent122-resultsgetthrough-1937", pdf_font="LiberationSans", pdf_align="L",
    title="Results Get Through: phoning critical blood results safely when the laboratory system is down",
    cover=[
        "Lead organisation: Kelderwick Hospitals NHS Foundation Trust, on behalf of the Kelderwick and Fenmouth Pathology Network",
        "Partners: Fenmouth Primary Care Federation; NHS Kelderwick and Fenmouth Integrated Care Board; Kelderwick Kidney Patients' Association",
        "Submitted by the Pathology Network Quality Manager",
    ],
    primary_entrant=dict(name="Kelderwick Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Fenmouth Primary Care Federation", type="primary_care"),
        dict(name="NHS Kelderwick and Fenmouth Integrated Care Board", type="icb"),
        dict(name="Kelderwick Kidney Patients' Association", type="patient_group"),
    ],
    sections=[
        ("context", "What went wrong", """
The Kelderwick and Fenmouth Pathology Network runs the blood sciences laboratories for two acute
hospitals, a community hospital and 64 GP practices. On an ordinary weekday we report around 11,000
blood tests. Nearly all of them leave the laboratory electronically: the analyser sends the result to
our laboratory information system, which sends it on to the hospital record or to the GP's clinical
system within minutes.

In the early hours of a Saturday in February 2023 the company that hosts our laboratory information
system was hit by a ransomware attack. The system was switched off to stop the attack spreading and
stayed off, in full or in part, for eleven days. The analysers still worked. What stopped working was
everything that got the results to the people who needed them.

For hospital wards we had a paper process, though it had not been tested in years. For general practice
we had almost nothing. Critical results, such as a potassium high enough to stop the heart, a very low
sodium or a haemoglobin that means someone is bleeding, normally trigger a phone call from a biomedical
scientist to the practice. Out of hours they go to the GP out-of-hours service. But during the outage
the scientists did not have the practice phone numbers that bypass the queue, did not know which
patients were already known to be unwell, and in many cases could not even tell which practice a
sample had come from, because that information sat in the system that was down.

On the fourth day a man on haemodialysis, whose potassium had been sent from his GP practice on the
Monday, was admitted through the emergency department with a dangerous heart rhythm. His result had been
on a printout in the laboratory for 30 hours while scientists tried to work out who to call. He
recovered, but it was a very near miss, and we knew it could have happened to others.

After the system came back we looked at every critical result from the outage. Many had been phoned
through quickly; some had taken more than a day; a few had never been phoned at all and were found only
when the practice saw the result arrive, days later, when the backlog was loaded. Nobody had set out to
fail these patients. We simply had no way of working that did not depend on the computer.

There were other lessons too. The paper request forms that practices send with samples had, over the
years, become almost empty, because everything that mattered was in the electronic order. During the
outage scientists were holding tubes labelled with a name and date of birth and nothing else, with no
idea which of 64 practices to ring. Some patients had moved practice and the old practice was called.
The out-of-hours service received a long list of results on the first Saturday night with no way of
telling which were already known to the patient's own GP and which were new and dangerous.

We also learned how much patients had come to rely on the system without knowing it. People on
dialysis, people with a kidney transplant and people on medicines such as methotrexate or lithium are
used to having blood tests and hearing nothing unless something is wrong. During the outage, hearing
nothing meant nothing. Several told us later that they had felt unwell and assumed it could not be
their blood results because nobody had rung.

Cyber attacks on NHS suppliers are no longer rare. We cannot prevent every one of them, and nor can our
suppliers. What we can do is make sure that when the system goes down, the most dangerous results
still reach someone who can act on them, quickly and reliably, by the most basic means we have: a
phone, a list and a person whose job it is.
"""),
        ("evidence", "What is different now", """
Results Get Through is a set of downtime arrangements that the laboratory, general practice, the
out-of-hours service and patients agreed together over the following year. It has four parts. A paper
and spreadsheet 'critical results log' that is printed and kept in the laboratory, with a verified
direct-dial number for every practice and for the out-of-hours service, updated every quarter by the
federation. A rule that every sample from general practice carries a practice code sticker on the
request form as well as the electronic order, so we can tell where it came from without the system. A
named 'results runner' on every shift during any outage, whose only job is to phone critical results.
And a card for people on dialysis, with a transplant or on high-risk medicines, telling them what to do
if they have had a blood test and have not heard anything.

We have tested the arrangements in two planned exercises, and used them for real during a second,
shorter outage in October 2024, when a network fault took the link to general practice down for 41
hours.

<<Q:In the February 2023 outage the median time from a critical result being available to a clinician
being told was 7 hours 40 minutes; in the October 2024 outage it was 38 minutes.>> <<Q:The proportion of
critical results phoned within one hour rose from 22% to 91% between the two outages.>> <<Q:Critical
results that were never phoned during an outage went from 9 in 2023 to none in 2024.>>

During the October outage we phoned 173 critical results to practices and to the out-of-hours service.
The practice direct-dial list now has 64 verified entries.
"""),
        ("stakeholders", "Working it out together", """
<<S:Biomedical scientists who worked through the February outage sat down with us a month later and
took us through what each hour had been like, and it was their idea to have one person whose only job
is phoning, because during the outage everyone was doing a bit of everything and calls were missed.>>
<<S:Practice managers from the federation told us that the main switchboard number was useless at 8am
on a Monday and gave us the direct-dial numbers that are now on the list, and they agreed to check them
every quarter.>> <<S:GPs in the out-of-hours service rehearsed the process with us in the first exercise
and asked for the result to be read back, which is now part of the call.>>

<<P:Members of the Kelderwick Kidney Patients' Association told us that during the outage several of
them had simply assumed no news was good news, and they asked for a card that tells people to ring if
they have heard nothing in two days.>> <<P:The wording of that card was written with them, and three
members tested it by phoning the number on it to make sure it was answered.>> <<P:A transplant
recipient who had waited four days for a result spoke at our second exercise about how it had felt,
and her suggestion that patients be given a reference number when they ring has been adopted.>>

<<S:The ICB's emergency planning team chaired the steering group and made sure the plan sat within the
wider system response to a cyber incident.>>
"""),
        ("value", "Was it worth it", """
Almost none of this needed money. The practice code stickers cost about £600 a year. The rest is staff
time to keep the list up to date and run exercises twice a year. The alternative, a patient with a
fatal heart rhythm because a result sat on a printer, is not something any of us can afford.

Biomedical scientists say that the second outage was stressful but manageable, and they knew what to do.

The exercises themselves have had a value beyond the outages. Each one has found something out of date,
a practice that had changed its number, a new member of staff who did not know where the log was kept,
or a printer that had been moved. These are small things, but in an outage they are exactly the things
that cause delay. We now treat the exercise as routine maintenance of a safety system, in the same way
that the laboratory checks its analysers every morning.
"""),
        ("spread", "Passing it on", """
We have shared the critical results log, the practice list template and the patient card with the other
pathology networks in the region and with the national pathology programme. Two networks have adopted
the results runner role. The ICB has asked every provider in the system to test its own downtime plan
for results in the next year, and our exercise materials are being used for that.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1938  appointment letters that only went to the patient portal - docx -
#        bold headings with a cover table - acute trust digital lead,
#        corporate - acute trust with Healthwatch and a digital inclusion
#        charity - staff involved - NO patient involvement (survey that
#        changed nothing, letters, a plan, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1938", format="docx", layout="bold_headings", topic="patient_portal_unread_appointment_letters",
    project="independent122-notjustonline-1938", docx_font="Arial",
    title="Not Just Online: making sure hospital appointment letters reach people who do not open the portal",
    cover_table=[
        ("Entry title", "Not Just Online: making sure hospital appointment letters reach people who do not open the portal"),
        ("Lead organisation", "Saltmere and Dunmore Hospitals NHS Trust"),
        ("Partners", "Healthwatch Saltmere; Connect Saltmere (digital inclusion charity)"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Chief Clinical Information Officer"),
    ],
    primary_entrant=dict(name="Saltmere and Dunmore Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Healthwatch Saltmere", type="patient_group"),
        dict(name="Connect Saltmere", type="charity"),
    ],
    sections=[
        ("context", "Background", """
In 2022 the trust introduced a patient portal, available through a smartphone app and a website, so
that people could see their appointments, read their clinic letters and change or cancel bookings
without phoning. It has been a success in many ways: over 180,000 people have registered and the number
of calls to our outpatient booking team has gone down.

To make the most of the portal, a decision was taken in early 2023 that people who had registered would
receive their appointment letters digitally by default, with a text message telling them a new letter
was waiting, and that the paper letter would no longer be posted. This saved a large amount on
postage and printing.

What we had not appreciated was how many registered people did not, in practice, open the portal. Some
had been signed up at a clinic by a well-meaning receptionist and had never logged in again. Some had
changed phone number. Some had registered on behalf of a parent and then lost the password. Text
messages saying 'you have a new letter' looked, to many people, like the scam messages they had been
warned about, and were deleted.

The safety consequences became clear in the autumn of 2023. A review of patients who did not attend
urgent suspected cancer appointments found that a large share had been sent their appointment only
through the portal, and the letter had never been opened. In one case a woman with a suspected breast
cancer missed two appointments four weeks apart; the hospital record showed the letters as 'delivered'
because they had appeared in her portal inbox. She was eventually contacted when her GP chased the
hospital, and her treatment started seven weeks later than planned.

We also found patients on the ophthalmology glaucoma pathway, where a missed follow-up can lead to
permanent sight loss, who had been discharged after two missed appointments without anyone knowing that
they had never seen the letters.

None of this showed up in our usual reports. Our 'did not attend' rates had risen a little, but not
enough to cause alarm, and the portal's own dashboard showed every letter as successfully delivered.
It was only when the cancer services team looked at individual cases that the pattern became clear.
The risk was concentrated in exactly the people who were least able to manage it: older people,
people with learning disabilities, people whose first language is not English and people whose lives
were chaotic for other reasons.
"""),
        ("evidence", "What we changed and what happened", """
Not Just Online went live in March 2024. The portal now tracks whether each letter has actually been
opened, not just delivered. If a letter for an urgent or high-risk appointment (suspected cancer,
glaucoma, paediatrics, and any appointment flagged by a clinician) has not been opened within 48
hours, a paper copy is printed and posted automatically, and the booking team phones the patient if
the appointment is within ten days. Anyone who has not logged in for twelve months is moved back to
paper letters until they log in again. The text message wording was rewritten so that it names the
hospital and the clinic and never asks people to click a link to a payment or a form.

<<Q:The proportion of portal appointment letters for urgent suspected cancer appointments that were
never opened fell from 31% in the six months before the change to 6% in the six months after.>>
<<Q:Missed urgent suspected cancer first appointments went from 7.4% to 3.1% of bookings over the same
periods.>> <<Q:In glaucoma follow-up clinics, patients discharged after two missed appointments fell
from 212 in 2023 to 64 in 2024.>>

The automatic paper back-up is now triggered for around 900 letters a week.
"""),
        ("stakeholders", "Working with partners", """
<<S:Outpatient booking clerks, who had been taking angry calls from patients who had not received a
letter, told the project group which clinics produced the most complaints, and their list set the
order in which we switched the back-up on.>> <<S:Cancer navigators and the glaucoma nurse specialists
helped decide which appointments counted as high risk, and asked for clinicians to be able to flag any
individual appointment, which they now can.>> <<S:The trust's information governance officers worked
through the change with the digital team and agreed the rules for moving people back to paper.>>

Connect Saltmere's digital champions were briefed on the portal changes so that they could answer
questions at their drop-in sessions. Healthwatch Saltmere ran an online survey about the portal,
which received 640 replies; most people who answered were happy with the portal, and no changes were
made as a result. All registered patients were sent a letter explaining the new arrangements. We did
not hold patient focus groups for this phase because of the urgency of the risk, and we intend to set
up a portal user panel in 2025.
"""),
        ("value", "Value for money", """
The automatic paper back-up costs about £38,000 a year in printing and postage, which is less than a
tenth of what was saved when paper letters were stopped. Each missed urgent appointment costs the trust
a clinic slot, and a delayed cancer diagnosis can change what treatment a person needs and how likely
it is to work.

Outpatient clinics also run more efficiently when fewer people miss their appointments, and the booking
team spends less time rebooking. The digital team now checks any proposed change to how the trust
communicates with patients against a short list of questions about who might be left out.
"""),
        ("spread", "Sharing and spread", """
The portal supplier has made 'opened' tracking and the automatic paper back-up available to all of its
NHS customers as a standard setting. We have presented the work at the regional digital outpatients
network and shared our rules for high-risk appointments with three neighbouring trusts.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1939  glucose sensor alerts for children with type 1 diabetes at school -
#        docx - no headings - council school nursing service lead, warm -
#        council with the children's diabetes team and a parents' group -
#        parents, children and staff involved (subtle phrasing) - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1939", format="docx", layout="no_headings", topic="school_glucose_sensor_alerts",
    project="independent122-whosgotthealarm-1939", docx_font="Georgia",
    title="Who's Got the Alarm? Glucose sensor alerts for children with type 1 diabetes during the school day",
    cover=[
        "Orrinsham County Council Public Health School Nursing Service, with Orrinsham Children's Hospital NHS Foundation Trust (Paediatric Diabetes Team) and Orrinsham T1 Families",
        "Written by the School Nursing Team Leader",
    ],
    primary_entrant=dict(name="Orrinsham County Council", type="local_authority"),
    partners=[
        dict(name="Orrinsham Children's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Orrinsham T1 Families", type="patient_group"),
    ],
    sections=[
        ("context", None, """
Almost every child with type 1 diabetes in Orrinsham now wears a continuous glucose sensor, a small disc
on the arm that reads their glucose every few minutes and sends it to a phone. The phone can sound an
alarm when the level is going too low or too high, and parents can follow the readings on their own
phones wherever they are. For families it has been life-changing. For schools, at first, it was a
muddle.

There are around 260 children with type 1 diabetes in our schools. The question that kept coming up
at our school nursing clinics was a simple one: when the alarm goes off in a maths lesson, who is
supposed to do something about it? Sometimes the phone was in the child's bag in a locker. Sometimes
the teacher could not hear it, or did not know what it meant. Some schools did not allow phones in
class at all, so the child's sensor phone was handed in at the office each morning. Parents at home
or at work would see a low reading on their own phone, ring the school office and wait on hold while
their child's glucose kept falling.

In March 2023 a boy of nine had a severe hypo on a school trip. His sensor had been alarming for more
than 20 minutes on a phone carried by a teaching assistant who was not his usual one and who had not
been told what the alarm meant. His mother, watching from work, rang the school four times. He was
given glucose gel by a first aider when he became confused, and he recovered, but it was frightening
for everyone, and it was not the only incident that year.

The school nursing service, the hospital's paediatric diabetes team and Orrinsham T1 Families, the
county's support group for families of children with type 1 diabetes, agreed that we needed one clear
answer to 'who's got the alarm?' for every child.
"""),
        ("evidence", None, """
What we put in place, from September 2023, is an alarm plan for every child, written into their
individual healthcare plan. It names the 'alarm holder' for each part of the school day, including
lunch, break, PE and trips, and a back-up. The sensor phone, or a school-owned follower device, stays
with the alarm holder or the child at all times. Each school has two or more staff trained by the
school nurses to respond to an alarm, and a one-page flowchart sits with the phone. Parents following
at home message the named alarm holder through the school's messaging app instead of ringing the
office. The diabetes team sets the alarm thresholds for school hours.

We compared the school year before with the first full year of the alarm plans, using the records the
diabetes team keeps of hypos reported by families and schools. <<Q:Severe hypos during the school day,
where a child needed help from another person to treat it, went down by around a third, from 19 in
2022/23 to 12 in 2023/24.>> <<Q:Calls from parents to the diabetes team's helpline about a problem
at school fell from an average of 34 a month to 11 a month.>>

Every one of our 260 children now has an alarm plan, and 540 school staff have been trained.
"""),
        ("stakeholders", None, """
This was shaped from the start by the people it is for. <<P:The mums and dads of Orrinsham T1 Families
were at every planning meeting, and it was they who told us that ringing the office was the worst part
of the day, which is why messages now go straight to the alarm holder.>> <<P:They also drafted the
flowchart, and the version they wrote was clearer than ours, so it is theirs that schools use.>>
<<P:A group of eight children from two secondary schools, aged 11 to 15, came to a Saturday workshop
at the hospital and explained why they hide their phones and do not want the whole class to hear the
alarm; vibrate-only settings for older pupils came from that afternoon.>>

<<S:Teaching assistants and special educational needs coordinators from six schools tested the first
alarm plans for half a term and told us that 'the class teacher' was not a realistic alarm holder
during PE or on the playground, so plans now name a person for each part of the day.>> <<S:The
diabetes nurses and our school nurses agreed the school-hours thresholds together, and the diabetes
dietitian suggested a lower alarm level during PE, which schools use.>>

Headteachers were sent the new template and a covering letter.
"""),
        ("value", None, """
The school-owned follower devices cost around £90 each and were paid for by the council's public
health grant for the 70 children who needed one. The rest of the work used the existing time of the
school nurses and the diabetes team. Fewer severe hypos mean fewer ambulance call-outs from schools,
fewer lost school days, and parents who can get on with their working day without watching their phone.
"""),
        ("spread", None, """
The alarm plan template has been shared with all the schools in the county, including independent
schools, and with the regional children and young people's diabetes network, which is using it as the
basis of a regional template. The same approach is now being tried in early years settings, where the
children are too young to manage their own phones.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1940  ransomware attack on the ambulance dispatch system and the paper
#        fallback shared with fire and police - pdf - CAPS headings -
#        ambulance service resilience lead, brisk - ambulance service with
#        fire and rescue and police - staff involved - NO patient involvement
#        (patients as beneficiaries, a plan to involve, complaints received)
# ---------------------------------------------------------------------------
entry(
    id="I1940", format="pdf", layout="caps_headings", topic="ambulance_dispatch_cyber_downtime",
    project="independent122-pencilandpaper-1940", pdf_font="DejaVuSans", pdf_align="L",
    title="Pencil and Paper: a shared fallback for 999 dispatch when the computer system is attacked",
    cover=[
        "North Brackenholt Ambulance Service NHS Trust (lead), with Brackenholt Fire and Rescue Service and Brackenholt Constabulary",
        "Entry by the Head of Emergency Preparedness, Resilience and Response",
    ],
    primary_entrant=dict(name="North Brackenholt Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Brackenholt Fire and Rescue Service", type="emergency_service"),
        dict(name="Brackenholt Constabulary", type="emergency_service"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Our computer-aided dispatch system is the heart of the emergency operations centre. It takes the 999
call, records the address, runs the triage questions, recommends which ambulance to send and tracks
every vehicle. On a busy night it is managing 300 live incidents at once.

In August 2023 a ransomware attack on a supplier shared by several emergency services took our dispatch
system and the fire service's system offline at the same time. We went to paper. Our paper process
existed, but it assumed that only our system would be down and that we could still pass jobs
electronically to the fire service and the police. That assumption did not hold. For nine hours, call
handlers wrote incidents on cards, dispatchers tracked vehicles on a whiteboard, and every job shared
with another service had to be passed by phone between control rooms that were all in the same
position.

Calls were still answered and ambulances still went out. But the night exposed how fragile the paper
process was. Addresses were written down wrongly and crews were sent to the wrong village. Two
incidents were duplicated and two ambulances went to the same call while another waited. A road
traffic collision where the fire service needed to cut a driver free was passed three times between
control rooms before the right information reached the right people. We could not see which crews
were free, so some sat at hospitals for longer than they needed to. We found afterwards that the card
system had no reliable way of telling us which patients were still waiting, in what order and for how
long.

Every emergency service in the country depends on a handful of suppliers for its control room software,
and several share the same ones. An attack on one supplier can take down the ambulance, fire and police
systems in an area at the same moment, which is precisely when they most need to talk to each other.
Our paper plans had been written by each service on its own, each assuming the others would be there
to help. The August night showed that a fallback is only as good as the weakest link between control
rooms.
"""),
        ("evidence", "WHAT WE DID AND WHAT IT ACHIEVED", """
The three services agreed a single shared fallback: the same incident card, the same numbering, the same
location method using what3words and grid references alongside the address, and a shared 'tri-service
downtime line', a conference phone line that links the three control rooms permanently while any one
system is down. Each control room has a boxed downtime kit that includes laminated maps of every
station area, pre-printed cards and a wall-mounted tracking board laid out the same way. A
stand-alone laptop in each room, never connected to the network, holds a read-only copy of the
addresses and the caution register, refreshed weekly from a secure copy.

We have run six joint downtime exercises since April 2024, each lasting at least two hours on a live
shift, with the dispatch system deliberately switched to read-only.

<<Q:In the August 2023 incident, 14% of incidents passed to another service had the wrong or incomplete
location; in the last three exercises this was 2%.>> <<Q:The average time to pass a joint incident
between control rooms fell from 11 minutes during the real outage to 3 minutes in exercises.>>
<<Q:Duplicate dispatches, where two vehicles were sent to the same incident, fell from 2 in nine hours
in the real event to none in twelve hours of exercises.>>

We estimate that the kit would let us run safely on paper for at least 48 hours.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Call handlers and dispatchers from all three control rooms formed the design group, and they chose
the card layout after testing three versions against recordings of real calls from the outage
night.>> <<S:Our dispatchers asked for vehicle status to be tracked on a board rather than on paper
lists, because lists had been impossible to keep up to date, and the board design came from one of
the fire control supervisors.>> <<S:Police control room inspectors insisted that the caution register
be on the stand-alone laptop after officers and crews had attended two addresses without warning of
known risks during the outage.>> <<S:Crews who were sent to the wrong location that night met the
design group and went through the addresses with them, which is why every card now asks for a second
form of location.>>

Patients will be the ones who benefit most, because they are the ones waiting when the system goes
down. We received nine complaints about delays during the outage and responded to each one. We did not
involve patients or the public in designing the fallback, as it is an operational control room
process, but we plan to include a lay member from our patient panel in future exercises.
"""),
        ("value", "VALUE", """
The downtime kits cost around £4,500 per control room, and the stand-alone laptops around £1,200 each.
Exercise time is absorbed within existing training days. A single wrongly addressed cardiac arrest
could cost a life. The whole project has cost less than a single week of a cyber security contract.

There is also a benefit for staff confidence. Control room staff who worked through the real outage
describe it as one of the most stressful shifts of their careers. Newer staff, who have only known the
computer system, now practise on paper twice a year and know what it feels like before it happens for
real.
"""),
        ("spread", "SPREAD", """
The tri-service fallback has been adopted by the neighbouring ambulance service and its fire and police
partners. The national ambulance resilience unit has asked us to share the card and the exercise
scenarios with every ambulance service in England, and we presented at the national emergency services
control room conference in 2024.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1941  decision-support tool for paramedics attending older people on
#        blood thinners after a fall - docx - rubric headings - university
#        lead, academic - university with the ambulance service and an acute
#        trust - public contributors and staff involved - NO quantitative
#        evidence (tool uses, people trained, a single figure, targets)
# ---------------------------------------------------------------------------
entry(
    id="I1941", format="docx", layout="rubric_headings", topic="paramedic_decision_support_anticoagulant_falls",
    project="independent122-fallsdecide-1941", docx_font="Cambria",
    title="FallsDecide: supporting paramedics' decisions about head injury in older people on blood thinners",
    cover=[
        "Lead: University of Wexcombe, School of Health and Paramedic Science",
        "Partners: Wexcombe and Hartsell Ambulance Service NHS Trust; Hartsell General Hospitals NHS Trust (Emergency Department)",
        "Submitted by the Principal Investigator, Senior Lecturer in Paramedic Science",
    ],
    primary_entrant=dict(name="University of Wexcombe", type="university"),
    partners=[
        dict(name="Wexcombe and Hartsell Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Hartsell General Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Context: the safety problem and why a partnership was needed", """
Falls are among the most common reasons for an ambulance to be called to an older person. When the
person takes an anticoagulant, such as apixaban, rivaroxaban or warfarin, and may have hit their head,
the paramedic faces a difficult decision. Bleeding inside the skull can develop slowly and the person
can seem well at first. National guidance advises a CT scan within eight hours for most people on
anticoagulants with a head injury, which in practice means taking them to an emergency department.

Paramedics told us that the decision was rarely as simple as the guidance suggests. Many older people
do not remember whether they hit their head. Some live alone and were found on the floor. Some do not
know which tablets they take, and the packets are not always to hand. Others are frail, have
dementia or are at the end of life, and a long wait in a crowded emergency department may do them more
harm than good. Both kinds of error happen: people conveyed unnecessarily, sometimes waiting many
hours on a trolley, and people left at home who later turned out to have a bleed.

A review by the ambulance service of serious incidents in 2021 and 2022 found several cases of
intracranial bleeding in older people on anticoagulants who had been left at home after a fall. In
most of them the crew had not known the person was on an anticoagulant, because it was not mentioned
and the crew did not have access to the GP record at the scene.

The ambulance service had recently given crews access to the regional shared care record on their
tablets. This made it possible, for the first time, to check a person's medicines at the scene. What
was missing was a simple, evidence-based way of pulling that information together with what the crew
found, and of recording the decision. The university had research expertise in decision support and
in paramedic practice; the ambulance service had the crews and the data; and the hospital's emergency
department could tell us what happened to the people who were conveyed.
"""),
        ("evidence", "Evidence of improvement and outcomes", """
FallsDecide is a short decision-support tool built into the crews' electronic patient record. When a
crew records a fall in a person aged 65 or over, the tool checks the shared care record for any
anticoagulant or antiplatelet prescribed in the last six months and shows it on screen. It then walks
the crew through a set of questions drawn from the guidance: head strike, loss of consciousness,
vomiting, new confusion, the person's usual level of function and any advance care plan. It suggests
conveyance for CT, or a set of safety-netting actions for those who stay at home, including a
follow-up call from the clinical hub within four hours.

The tool went live across the Hartsell division in May 2024. By the end of December 2024 it had been
used at 3,912 falls. An anticoagulant was found on the shared care record in 1,107 of these, and in
214 the crew told us they would not otherwise have known about it. 420 paramedics and emergency care
assistants completed the online training module. The clinical hub made 1,318 follow-up calls.

An independent evaluation is under way, led by the university's clinical trials unit, which will compare
rates of missed intracranial bleeding and unnecessary conveyance before and after. Its results are
expected in late 2025. Our target is for no patient on an anticoagulant to be left at home after a
head injury without a documented safety-netting plan.
"""),
        ("stakeholders", "Stakeholder engagement: patients, staff and partners", """
<<S:The questions in the tool were agreed over three rounds of a consensus exercise with 27 paramedics,
emergency department consultants and advanced practitioners, and questions that fewer than three in
four of them thought useful were taken out.>> <<S:Crews at two stations used a paper version for a
month and told us that it was too long, so we cut it from fourteen questions to eight.>> <<S:Emergency
department nurses suggested adding the time of the fall, because it determines when a scan is needed,
and it is now the first question.>>

<<P:Four public contributors, all over 70 and two of them on anticoagulants, sat on the project
advisory group from the beginning.>> <<P:The safety-netting advice sheet left with people who stay at
home was rewritten by them, and the phrase 'if you feel worse' was replaced with a list of what to look
out for, because they felt older people would not call for help unless they were told exactly when.>>
<<P:The question about advance care plans was added after one of the contributors, whose husband had
been taken to hospital against his wishes in his last weeks, asked why the tool only ever pointed
towards the hospital.>>
"""),
        ("value", "Value for money and impact", """
The tool was funded by a £148,000 research for patient benefit grant and built by the ambulance
service's digital team within its existing electronic record contract. Running costs are negligible.
If it prevents even a small number of missed bleeds, or saves a few hundred unnecessary long waits in
the emergency department for frail older people, it will repay its cost many times over.
"""),
        ("spread", "Sharing and spreading the learning", """
The tool has been rolled out to the whole ambulance service from January 2025. The question set has
been published openly so that other ambulance services and electronic record suppliers can use it, and
two other services have asked for it. We presented the design at the national paramedic research
conference in 2024.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1942  connected pill dispensers for people living alone - pdf - bullet
#        lists - PRIVATE technology company as primary entrant, with a
#        council and a community trust (ineligible) - product manager,
#        upbeat - service users and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1942", format="pdf", layout="bullet_lists", topic="connected_pill_dispensers_home",
    project="independent122-dosealert-1942", pdf_font="LiberationSans", pdf_align="L",
    title="DoseAlert: connected medicine dispensers that tell someone when a dose is missed",
    cover=[
        "Submitted by Medirota Systems Ltd",
        "Working with Pellbridge City Council (Technology Enabled Care Service) and Pellbridge Community Health NHS Trust (Community Pharmacy Technicians)",
        "Contact: Head of Product, Medirota Systems Ltd",
    ],
    primary_entrant=dict(name="Medirota Systems Ltd", type="private"),
    partners=[
        dict(name="Pellbridge City Council", type="local_authority"),
        dict(name="Pellbridge Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we did this", """
Medirota makes a lockable medicine dispenser for people's homes. It holds up to 28 doses in a carousel,
opens the right compartment at the right time, plays a spoken reminder and sends a signal to our
cloud service each time a dose is taken, or not taken.

The problem we wanted to solve with Pellbridge City Council and the community trust:

- many older people living alone, especially those with memory problems, take medicines wrongly: they miss doses, take a dose twice, or take tomorrow's tablets today

- home care visits are often 15 minutes long and are not always at the time a medicine is due

- blister packs do not stop a person taking the wrong compartment, and nobody knows about a missed dose until the next visit or until the person becomes unwell

- the council's telecare service already monitored pendant alarms around the clock, but had no information about medicines

- in 2022 the community trust's medicines support team reviewed twelve hospital admissions in people living alone that were linked to taking medicines wrongly, including two overdoses of a blood thinner and one of a heart medicine

What DoseAlert does:

- the dispenser is filled each week by a community pharmacy or the trust's pharmacy technicians

- if a dose is not taken within 30 minutes, the dispenser repeats its reminder and then sends an alert to the council's telecare control centre

- the control centre phones the person, and if there is no answer or the person is confused, contacts a family member or sends a responder

- doses cannot be taken early, and a dose cannot be taken twice

Medirota designed and manufactures the dispenser and runs the cloud service. Pellbridge City Council
runs the telecare control centre that responds to alerts, and the community trust's pharmacy
technicians assess who would benefit, set up the dispenser and check that the person can use it. People
are referred by their GP, a district nurse, a social worker or a hospital discharge team. The first
dispensers were fitted in January 2023.

The dispenser is not suitable for everyone. People who need liquid medicines, inhalers or injections
still need another way of managing those, and people who cannot hear the reminder or reach the
dispenser need a different plan. The technicians check all of this at the first visit.
"""),
        ("evidence", "Results", """
We compared the 12 months before and after each person started with a dispenser, for the first 310
people.

- <<Q:medicine-related hospital admissions in this group fell from 41 to 17>>

- <<Q:the proportion of doses taken within an hour of the due time rose from 64% (measured by tablet counts by the pharmacy technicians before the dispenser was fitted) to 93%>>

- <<Q:double doses, found by the technicians at the weekly refill, went from 118 recorded in the first month of the pilot using ordinary blister packs to none>>

- the telecare control centre handled 5,460 missed dose alerts in the year, and sent a responder 212 times

- families of 87 people chose to receive alerts on their own phones as well
"""),
        ("stakeholders", "Who helped shape it", """
- <<P:eleven people who use the dispensers tested early versions at home for two months, and they told us the spoken reminder was too quiet and too fast, so it is now louder, slower and can be recorded in a family member's voice>>

- <<P:one gentleman with arthritis could not lift the lid, and the new lid, which slides instead, was designed after an afternoon spent with him in his kitchen>>

- <<P:family carers at two Pellbridge carers' groups chose which alerts they wanted on their own phones, and asked us not to send an alert for every dose, so they now get only missed doses>>

- <<S:telecare operators at the council's control centre told us that the first alerts gave them no information, and together we designed the alert screen that now shows the medicine, the time and the last dose taken>>

- <<S:the community trust's pharmacy technicians helped decide which people would benefit most and wrote the referral criteria with us>>

- <<S:community pharmacists who fill the dispensers asked for a refill checklist, which they drafted>>
"""),
        ("value", "Value", """
- the dispensers are leased by the council at £19 a month each, including the monitoring service

- each medicine-related admission avoided saves the NHS several thousand pounds and can prevent an older person losing their independence

- some people have needed fewer home care visits because a visit is no longer needed just to prompt medicines, saving the council money

- the weekly refill by a pharmacy technician is also a chance to spot other problems, such as a person who is losing weight or a home that has become cold, and to pass them on
"""),
        ("spread", "Spread", """
- Pellbridge City Council has extended the service to 600 people

- two other councils are starting pilots in 2025

- we have shared the alert screen design and the refill checklist with the national telecare association

- we are working with the council on a version of the alert that goes straight to a person's home care agency during the hours when a care worker is due
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
    ],
)


# ---------------------------------------------------------------------------
# I1943  automated recall for blood monitoring of high-risk shared care
#        medicines - pdf - two columns - ICB medicines optimisation lead,
#        measured - ICB with an acute trust and Healthwatch - patients
#        involved - NO staff involvement (practices trained, a named lead
#        doing their job, a survey that changed nothing, negation)
# ---------------------------------------------------------------------------
entry(
    id="I1943", format="pdf", layout="two_column", topic="shared_care_drug_monitoring_recall",
    project="independent122-bloodsondue-1943", pdf_font="LiberationSerif",
    title="Bloods on Due: automated recall for blood monitoring of high-risk shared care medicines",
    cover=[
        "NHS Corringham and Loxley Integrated Care Board (lead), with Loxley University Hospitals NHS Trust and Healthwatch Corringham",
        "Entry by the Associate Director of Medicines Optimisation",
    ],
    primary_entrant=dict(name="NHS Corringham and Loxley Integrated Care Board", type="icb"),
    partners=[
        dict(name="Loxley University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Healthwatch Corringham", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
Some medicines started by hospital specialists are prescribed long term by GPs under a shared care
agreement. Methotrexate, azathioprine, leflunomide, lithium and some others can harm the blood, liver or
kidneys, so patients need regular blood tests, sometimes every month and never less than every three
months. If a test is missed and the medicine carries on, a serious problem such as a very low white cell
count can go unnoticed until the person is seriously ill.

About 7,800 people in our area take one of these medicines. Each of our 58 practices ran its own recall
system, usually a search on the clinical system run by whoever had time. Tests were often done in the
hospital clinic, and the results did not always reach the GP's record in a form that the search could
see, so practices recalled people who had just had a test and missed people who had not. Patients
told us they often did not know whose job it was to remind them.

In 2022 the ICB's medicines safety group reviewed three serious incidents in people taking methotrexate
whose monitoring had lapsed, one of whom died of an overwhelming infection with a very low white cell
count. Our audit of a sample of practices found that around one in five patients on these medicines
was overdue for a blood test.

Patients were caught in the middle. Some were called for tests by both the hospital and the practice
in the same week; others were called by nobody. Some had their repeat prescriptions stopped without
warning because a practice search showed them as overdue when they had been tested in clinic a few
days before, and then found themselves without a medicine they had taken for years. Pharmacists in
the community had no way of knowing whether a patient's monitoring was up to date.
"""),
        ("evidence", "What changed", """
Bloods on Due uses the shared care record, which already brings together GP and hospital data, to
produce a single monitoring list for every patient on a shared care medicine, whichever organisation
did the test. Each week the system sends patients who are nearly due a text message or letter with a
link to book a blood test at a local hub. Anyone who becomes overdue is flagged on the practice's
prescribing screen, so a repeat prescription cannot be issued without the prescriber seeing the
warning. Anyone more than four weeks overdue is phoned by the ICB's medicines team.

<<Q:The proportion of patients on shared care medicines who were overdue for monitoring fell from 19%
in the baseline audit in 2022 to 4% in December 2024.>> <<Q:Repeat prescriptions issued to patients
more than eight weeks overdue fell from an average of 212 a month to 23 a month.>> <<Q:Duplicate blood
tests, where a patient was tested at the GP surgery within two weeks of a hospital test, fell by around
two thirds.>>

There were no serious incidents related to monitoring of these medicines in 2024.
"""),
        ("stakeholders", "Involvement", """
<<P:Healthwatch Corringham brought together a group of twelve people taking these medicines, who told
us that they wanted to be reminded by text, not letter, and that they wanted to book the test
themselves rather than wait to be called.>> <<P:The group helped write the text messages, and asked
that each message says which medicine the test is for, because several of them take more than one
drug that needs monitoring.>> <<P:Two of them, both on methotrexate for rheumatoid arthritis, tested the
booking link on their own phones before it went live.>>

The prescribing screen warning was built by the ICB's clinical systems team. All 58 practices received
training on the new monitoring list. Dr Anil Mehta, the ICB's clinical lead for medicines safety,
oversaw the clinical content of the searches as part of his role. A survey of practice pharmacists
after six months found that most were satisfied with the new list, and no changes were made. We did
not set up a separate working group with practices, as the searches were based on existing national
guidance.
"""),
        ("value", "Value", """
The system cost about £46,000 to build and £9,000 a year to run. Much of the
build cost was the work of matching hospital and GP test codes, which had never been lined up before,
and which other projects in the ICB are now reusing. It has released practice time that
was spent running searches. Each serious blood disorder or infection avoided saves an admission and may
save a life.
"""),
        ("spread", "Spread", """
The searches and messages have been shared with the other ICBs in the region, and one has adopted them.
We are adding further medicines, including some antipsychotics, in 2025.

The most important lesson for us has been that the data to keep these patients safe already existed,
split between hospital and GP systems. Bringing it into one list did more than any amount of reminding
practices to run their searches.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1944  photographs from high street optometrists triaged by the eye
#        casualty team - docx - numbered questions - local optical committee
#        chair, chatty - LOC with the acute trust eye department and a
#        sight loss society - patients and staff involved - NO spread
#        section
# ---------------------------------------------------------------------------
entry(
    id="I1944", format="docx", layout="numbered_questions", topic="optometrist_image_referral_eye_triage",
    project="independent122-seenotsent-1944", docx_font="Calibri",
    title="Seen, Not Sent: photographs from local optometrists triaged by the eye casualty team",
    cover=[
        "Lead entrant: Ebberley and Sandhoe Local Optical Committee",
        "Partners: Ebberley Royal Infirmary NHS Foundation Trust (Eye Casualty); Ebberley Macular Society Group",
        "Entry written by the LOC Chair, an optometrist",
    ],
    primary_entrant=dict(name="Ebberley and Sandhoe Local Optical Committee", type="primary_care"),
    partners=[
        dict(name="Ebberley Royal Infirmary NHS Foundation Trust", type="nhs_trust"),
        dict(name="Ebberley Macular Society Group", type="patient_group"),
    ],
    sections=[
        ("context", "1. What was the patient safety problem?", """
If you walk into a high street optometrist with a red eye, flashing lights or a sudden blur, the
optometrist will examine you and, if they are worried, send you to hospital. Until 2023 in Ebberley
that meant one of two things: a letter to eye casualty, which might take days to be read, or telling
you to go to eye casualty and wait. Neither was safe. Eye casualty at the Royal Infirmary was seeing
more than 150 people a day in a department built for 80, and waits of five or six hours were normal.
The people with the most urgent problems, a retinal detachment or a wet macular degeneration bleed,
waited in the same queue as people with a scratch from a contact lens.

Meanwhile most of our practices have had a retinal camera and an optical coherence tomography (OCT)
scanner for years. The pictures were excellent. We just had no way of getting them to the hospital.
Optometrists were describing in words what the ophthalmologist could have seen in seconds.

Two incidents made the case. A woman in her eighties with sudden distortion in one eye was sent to eye
casualty, waited seven hours, went home before being seen and came back a fortnight later with a
scarred macula. A young man with a retinal detachment was told by letter to attend a clinic three
weeks away, because the letter had been read by someone who did not know what the optometrist's
abbreviations meant. Both of these could have been avoided if a doctor had looked at the pictures.

There was also a cost to patients that did not show up as an incident. People took a day off work, paid
for parking and sat for hours in eye casualty to be told that the thing their optometrist had worried
about was nothing serious. Older people who could not drive had to find someone to take them. Some
simply did not go. And the ophthalmologists, who wanted to be seeing the people who needed them most,
spent much of each day reassuring people who could have been reassured by a look at a photograph.

The local optical committee represents all the optometry practices in the area. We could see the
problem from the high street; the eye department could see it from the other end. What neither of us
had was a route between the two.
"""),
        ("evidence", "2. What has changed, and what is the evidence?", """
Since June 2023 any optometrist in Ebberley and Sandhoe can send photographs and OCT scans with a short
structured form through a secure image-sharing system into a triage queue that an eye casualty doctor
or nurse practitioner checks every two hours from 8am to 8pm. Each referral gets one of four answers
back, usually within the same working day: come in today at a booked time, come to a clinic within a
set number of days, the optometrist can manage it with advice, or no hospital care needed. The
patient is told by the optometrist before they leave the practice, or phoned the same day.

The results, from the hospital's and the LOC's records:

<<Q:The median time from an optometrist's concern to a decision by the eye team fell from 4 days for
letters to 3 hours 20 minutes for image referrals.>> <<Q:Patients with wet macular degeneration seen
through this route started treatment after a median of 9 days, compared with 23 days before.>>
<<Q:People walking into eye casualty on an optometrist's advice fell from an average of 41 a day to 17
a day, and the average wait in the department came down from 5 hours 10 minutes to 2 hours 35
minutes.>>

About 38% of image referrals are now managed in the community with advice, and 41 of our 46 practices
are using the system.
"""),
        ("stakeholders", "3. How were patients, carers and staff involved?", """
<<S:Six optometrists and two eye casualty nurse practitioners designed the structured form together over
three evenings, and it was the nurse practitioners who asked for a field for 'what the patient has
already been told', because they were often contradicting the optometrist without knowing it.>>
<<S:The consultants who run eye casualty agreed the four answers and the timescales, and changed the
two-hourly check to hourly on Mondays after optometrists showed them how many referrals arrive after
the weekend.>> <<S:Practice receptionists told us that patients kept ringing them to ask about the
result, so the form now includes the patient's mobile number and the hospital phones them directly.>>

<<P:Members of the Ebberley Macular Society Group spoke to the project group about their own
experiences of waiting in eye casualty with failing sight, and on their advice people with sight loss
are now phoned with the result, never sent a letter they may not be able to read.>> <<P:A member whose
first eye had been lost to a late-treated bleed recorded a short video for optometrists about why the
same-day route matters, which is used in our training.>>
"""),
        ("value", "4. What has been the impact on value and on patients' and staff experience?", """
Optometrists are paid a fee of £28 for each image referral through the local enhanced service, which the
ICB funds. The image-sharing system costs £17,000 a year. Against that, each attendance avoided at eye
casualty saves money, and earlier treatment of wet macular degeneration means better sight kept for
longer, which means fewer falls and less need for care at home.

Optometrists tell us they feel like part of the same team as the hospital for the first time. Eye
casualty staff say the department is calmer.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
    ],
)


# ---------------------------------------------------------------------------
# I1945  crisis plans in a mental health trust's patient app - pdf - style
#        headings via soffice - digital services and crisis team of one
#        trust, no partner (ineligible) - service users and staff involved -
#        NO quantitative evidence (downloads, plans, a single satisfaction
#        figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1945", format="pdf", layout="style_headings", topic="mental_health_app_crisis_plans",
    project="independent122-myplaninmypocket-1945", render_via="soffice", docx_font="Liberation Serif",
    title="My Plan in My Pocket: crisis plans that people can carry in our patient app",
    cover=[
        "Entrant: Hawksmead and Linthwaite Mental Health NHS Foundation Trust",
        "A partnership between the trust's Digital Services team, the Crisis Resolution and Home Treatment Service and the Community Mental Health Teams",
        "Lead contact: Digital Clinical Safety Officer",
    ],
    primary_entrant=dict(name="Hawksmead and Linthwaite Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "The need", """
Everyone under the care of our community mental health teams who is at risk of a crisis should have a
crisis plan. A good plan says what the person's early warning signs are, what helps and what does not,
who to contact, which medicines they take, and what they want to happen if they need to be admitted.
Plans are written with the person, usually by their care coordinator.

The difficulty is that the plan lives in our electronic record. When a person is in crisis at 2am, the
plan is not in their hand. The out-of-hours crisis line can see it, but a police officer, a paramedic
or an emergency department doctor in another trust cannot, and nor can the person themselves unless
they kept the paper copy. People told us again and again that they had to explain their history to
strangers at the worst possible moment, and that what helped them was ignored because nobody knew.

Our serious incident reviews kept coming back to the same point. In two deaths by suicide in 2022 the
reviews noted that the person had a good crisis plan, but that the professionals who saw them in the
last days were unaware of it. In one, the person had been given a medicine in the emergency department
that their plan said made them more agitated.

In 2023 the trust launched a patient app, through which people can see their appointments, message
their team and read letters. It seemed obvious to put the crisis plan there too.
"""),
        ("evidence", "What we have done and what we have seen", """
Since January 2024 every crisis plan written in the electronic record can be published to the person's
app with one click, once the person agrees. The person can open it on their phone without logging in,
from a lock screen shortcut, and show it to whoever is helping them. They can add their own notes,
which the care coordinator sees. Any change to the plan in the record updates the app within an hour.

By the end of 2024, 2,640 people had downloaded the app and 1,180 had a crisis plan published to it.
The crisis line has received 96 calls in which the caller said they were reading from their app plan.
In our 2024 app survey, 84% of people with a published plan said they felt more in control in a
crisis. Our target for 2025 is for every person on the care programme approach to be offered a plan in
the app.

We have not yet been able to measure whether published plans change what happens in a crisis, and we
are working with the trust's research team on how to do so.
"""),
        ("stakeholders", "Who was involved", """
<<P:Our experts by experience, people who have used our crisis services and are paid for their time,
were part of the design team from the first meeting, and they insisted that the plan be readable
without logging in, because nobody in crisis remembers a password.>> <<P:They also chose the order of
the sections, putting 'what helps me' at the top, above the list of medicines.>> <<P:Service users on
two community teams' caseloads tried out the first version and told us that the word 'relapse'
upset them, so the headings now use their own words.>>

<<S:Care coordinators from the community teams helped design the publishing button, and asked for a
reminder to review the plan each time it is published, which has been built in.>> <<S:Crisis line
staff tested the lock screen view by role-playing calls with the experts by experience, and asked for
a phone number for the crisis line to be shown at the top of every plan.>>
"""),
        ("value", "Value", """
The work was done by our in-house digital team on the existing app platform at a cost of about £30,000
in staff time. There are no licence costs. A crisis plan that is in someone's hand when they need it may
mean a shorter crisis, a better response from the emergency services and, at worst, a life saved.
"""),
        ("spread", "Spread and sharing", """
Other teams in the trust, including the early intervention in psychosis service, have asked to use the
same function for their own plans. We have offered to share the design with other mental health trusts
that use the same app supplier, and we will present the work at the supplier's user conference.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1946  social care details in the shared care record seen by hospital and
#        ambulance staff - docx - style headings - council head of adult
#        social care digital, formal - council with an acute trust, the
#        ambulance service and the ICB - staff involved - NO patient
#        involvement (people informed, told about it, a consent leaflet, a
#        plan, a negation)
# ---------------------------------------------------------------------------
entry(
    id="I1946", format="docx", layout="style_headings", topic="social_care_data_shared_care_record",
    project="independent122-fullpicture-1946", docx_font="Calibri",
    title="The Full Picture: social care information in the shared care record",
    cover=[
        "Lead organisation: Quarrington City Council, Adult Social Care",
        "Partner organisations: Quarrington Teaching Hospitals NHS Foundation Trust; Westermoor Ambulance Service NHS Trust; NHS Quarrington and Tollan Integrated Care Board",
        "Author: Head of Digital and Information, Adult Social Care",
    ],
    primary_entrant=dict(name="Quarrington City Council", type="local_authority"),
    partners=[
        dict(name="Quarrington Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Westermoor Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="NHS Quarrington and Tollan Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Background and safety issue", """
The Quarrington shared care record has, since 2021, allowed clinicians in hospitals, general practice
and the ambulance service to see a summary of a person's GP record, their recent hospital contacts and
their community nursing care. What it did not include was anything from adult social care. Yet for many
older and disabled people, the most important facts for their safety sit in social care systems: that
they have four home care visits a day, who their care agency is, where the key safe is and its code
arrangements, who holds lasting power of attorney, that they live with a partner who depends on them,
or that there is an open safeguarding enquiry.

Without this information, clinicians were making decisions blind. Ambulance crews left people at home
after a fall not knowing that nobody would visit until the next morning. Hospitals discharged people
late on a Friday to homes where the care package had been suspended on admission and not restarted.
Emergency department staff did not know that a man arriving with a minor injury was the only carer for
a wife with advanced dementia, who was now alone at home. Social workers, in turn, did not know that
someone they supported had been admitted to hospital until the care agency rang to say nobody was
answering the door.

Our adult social care safeguarding reviews in 2022 identified eleven cases where the missing information
contributed to harm, including a woman who was discharged home with no care and was found on the floor
two days later, and a man with dementia left alone for a night after his wife was admitted.

The gaps ran in both directions. Hospital staff did not know what social care knew, and social care did
not know what was happening in hospital. Care agencies, told nothing, would keep sending care workers
to an empty house, or would stop visiting and release the person's care hours to someone else, so that
the package could not be restarted when the person was ready to go home. Social workers spent large
parts of their days ringing wards to find out whether people they supported were still there.

There were good reasons why social care information had been left out of the shared care record. Adult
social care uses different systems from the NHS, holds information that is sensitive in a different
way, and is governed by different rules. Safeguarding information in particular must be handled with
great care: knowing that an enquiry is open can protect a person, but the details in the wrong hands
could put them at further risk. Any solution had to give clinicians what they needed to keep people
safe, and nothing more.
"""),
        ("evidence", "Impact", """
From February 2024 a 'social care summary' appears in the shared care record for every adult who
receives council-funded care or has an open social care case. It shows the care package and its
status (active, suspended or ended), the care provider and its phone number, the named social worker,
whether there is a key safe, whether the person is a carer for someone else, whether there is a
lasting power of attorney and whether there is an open safeguarding enquiry, without the details. When
a person is admitted to hospital, the council receives an automatic notification, and the care
agency is told the same day.

<<Q:Discharges where the person's care package had not been restarted on the day of discharge fell from
an average of 23 a month in 2023 to 6 a month in the second half of 2024.>> <<Q:The time for social care
to learn that a person had been admitted to hospital fell from a median of 2.5 days to under 4
hours.>> <<Q:Ambulance crews' 'left at home' decisions for people over 75 that led to a repeat call
within 24 hours went from 8.1% to 5.6% over the same period.>>

The social care summary is viewed around 4,000 times a month, most often by ambulance crews and
emergency department staff.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:A design group of social workers, discharge coordinators, ambulance paramedics and emergency
department nurses met fortnightly for four months and chose the ten items in the summary from a
longer list of thirty.>> <<S:Paramedics in the group told us that the key safe code itself must never
be shown, only whether there is one and who to ring for it, and the summary was changed to reflect
that.>> <<S:Home care agency managers asked to be told about admissions directly, which is why the
notification now goes to the agency as well as to the council.>> <<S:The council's Caldicott Guardian
and the trusts' information governance leads reviewed the design and required that safeguarding
information be limited to a flag with a contact name.>>

People who receive council-funded care were informed about the change in their annual care review and
sent a leaflet explaining how their information would be shared and how to object. Nobody receiving
care was asked to help design the summary, as the content was set by what professionals needed to
know. We are planning to ask the council's Making It Real board to review the summary in 2025.
"""),
        ("value", "Value for money", """
The technical work cost £112,000, funded by the ICB's digital transformation budget. Each failed
discharge or readmission avoided saves the hospital and the council thousands of pounds, and social
workers spend less time chasing information.

The automatic admission notification alone has saved social workers an estimated 1,600 hours a year that
they previously spent ringing wards, and care agencies no longer send care workers to empty houses.
These are not outcomes we have measured precisely, but staff across the council have noticed the
difference.
"""),
        ("spread", "Spread", """
The ICB is extending the social care summary to the other two councils in its area in 2025. The
shared care record supplier has made the summary template available to other councils, and we have
presented the work at the national social care digital network.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1947  Bluetooth weighing scales for people with heart failure - pdf -
#        form - community heart failure nurse consultant, clinical -
#        community trust with a PCN and a heart support charity - patients
#        (described indirectly) and staff involved - Q includes an SPC shift
#        - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1947", format="pdf", layout="form_table", topic="heart_failure_remote_weight_monitoring",
    project="independent122-weighin-1947", pdf_font="LiberationSans",
    title="Weigh In: daily remote weight monitoring for people living with heart failure",
    cover_table=[
        ("Project title", "Weigh In: daily remote weight monitoring for people living with heart failure"),
        ("Lead organisation", "Ferriby and Bramwick Community Healthcare NHS Trust (Community Heart Failure Service)"),
        ("Partner organisations", "Bramwick South Primary Care Network; Ferriby Heartbeat Club (registered charity)"),
        ("Entrant", "Nurse Consultant, Community Heart Failure"),
    ],
    primary_entrant=dict(name="Ferriby and Bramwick Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Bramwick South Primary Care Network", type="primary_care"),
        dict(name="Ferriby Heartbeat Club", type="charity"),
    ],
    sections=[
        ("context", "Describe the patient safety issue the partnership addressed", """
People with heart failure can retain fluid quickly, and a rise in weight of two kilograms over three
days is often the first sign that they are heading for hospital. If it is caught early, a change to the
dose of their water tablets can usually prevent an admission. If it is missed, the fluid builds up on
the lungs and the person arrives at the emergency department breathless, frightened and very unwell.
Around one in five people admitted with heart failure die within a year.

We have always asked patients to weigh themselves every day and ring us if their weight goes up. In
practice very few did. Many did not own scales, or owned old ones that were not accurate. Many wrote
their weight down and never rang, either because they did not want to bother us or because they did
not understand what the numbers meant. Our nurses saw the notebooks at the next visit, sometimes weeks
later, and could see exactly when the trouble had started.

Our caseload is about 1,400 people. In 2022 we reviewed 60 consecutive emergency admissions with heart
failure among people on our caseload, and in 44 of them the person's weight had been rising for more
than three days before admission. Many of these admissions were in people whose GP practice had also
seen them in the days before, for something else, without anyone knowing about the weight gain.

The people on our caseload are mostly in their seventies and eighties, and many have other conditions
such as diabetes, kidney disease or chronic lung disease. Their diuretic doses have to be balanced
carefully: too little and fluid builds up, too much and they become dehydrated, dizzy and at risk of
kidney injury and falls. Both extremes lead to hospital. Daily weight is the simplest and most reliable
guide we have, and it was the one piece of information we almost never had in time.
"""),
        ("evidence", "What evidence do you have of improved patient safety?", """
Since March 2023 people on our caseload who are at higher risk of admission have been offered a free
Bluetooth weighing scale that sends their weight automatically to a monitoring dashboard. The person
simply stands on the scale each morning. If their weight rises by two kilograms or more over three
days, or by one kilogram overnight, an alert appears on the dashboard, which is checked by a heart
failure nurse every weekday morning and by the PCN's clinical pharmacists on Saturday mornings. The nurse
phones the person the same day, reviews their symptoms and, where needed, adjusts their diuretic
under an agreed protocol.

Around 520 people are now using the scales. We track emergency admissions with heart failure among
people on our caseload each month on a statistical process control chart. <<Q:From the fourth month
after the scales were introduced, the chart shows a sustained shift: nine consecutive months below the
previous mean, with the average falling from 31 admissions a month to 22.>> <<Q:Over the same period
the average length of stay for those who were admitted fell from 9.4 days to 7.1 days, which we think
reflects people arriving earlier and less unwell.>>

The nurses responded to 2,870 weight alerts in the first 18 months and changed a diuretic dose in 910
of them.
"""),
        ("stakeholders", "How were patients, service users, carers and staff involved?", """
<<P:The scales were chosen by the people who would be standing on them: members of the Ferriby
Heartbeat Club tried four different models at their weekly meeting, and the one with the largest
display and no buttons won easily.>> <<P:Those same members, several of them in their eighties,
reminded us that many of them could not stand up first thing in the morning without holding on to
something, and the instructions now advise placing the scale next to a bed or a sturdy chair.>>
<<P:Wives, husbands and daughters who look after someone with heart failure were asked what they
would want to know, and their answer, a weekly text summary of the weights, is now offered to every
family.>>

<<S:The heart failure nurses agreed the alert thresholds with the cardiologists after a two-month trial
in which they found that the first thresholds produced too many false alarms.>> <<S:The PCN's clinical
pharmacists offered to cover the Saturday morning check and wrote the diuretic adjustment protocol with
the nurses.>> <<S:Practice receptionists in the PCN suggested adding an icon to the GP record for
people on the scales, so that anyone seeing them for another reason knows to ask about their weight,
and this was added.>>
"""),
        ("value", "How has the project provided value for money?", """
Each scale costs £48 and the dashboard licence costs £14,000 a year. Every heart failure admission
avoided saves more than £3,000 in bed days alone. The Saturday check by the PCN pharmacists is paid for
through the PCN's existing funding. People keep the scales for as long as they are on our caseload, and
scales returned when someone leaves the service are cleaned, checked and given to the next person.
"""),
        ("spread", "How has the work been shared or spread?", """
The other two community trusts in the county have adopted the same thresholds and protocol, and we have
shared our materials through the regional heart failure network. The Heartbeat Club has produced a
short guide for other cardiac support groups. We are now looking at whether the same approach could
help people with chronic kidney disease, whose fluid balance is just as delicate, and the renal team at
the acute trust has asked to see our protocol.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1948  online triage for people who do not speak English - docx -
#        reordered (evidence first) - GP federation digital lead, direct -
#        GP federation with a refugee and migrant charity and an interpreting
#        cooperative - patients involved - NO staff involvement (receptionists
#        trained, a named GP lead, interpreters briefed, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1948", format="docx", layout="reordered", topic="online_triage_non_english_speakers",
    project="independent122-inyourwords-1948", docx_font="Cambria",
    title="In Your Own Words: making online triage safe for people who do not speak English",
    cover=[
        "Lead: Aldwick and Greystones GP Federation",
        "Partners: Greystones Welcome Project (refugee and migrant charity); LinguaCare Interpreting Co-operative Ltd",
        "Written by the Federation's Digital Transformation Lead",
    ],
    primary_entrant=dict(name="Aldwick and Greystones GP Federation", type="primary_care"),
    partners=[
        dict(name="Greystones Welcome Project", type="charity"),
        dict(name="LinguaCare Interpreting Co-operative Ltd", type="private"),
    ],
    sections=[
        ("evidence", "Results", """
From October 2023 the online triage form used by all 22 practices in the federation has been available
in 14 languages. People can type in their own language, or record a voice note, and the request is
translated automatically for the practice. Any request that mentions a red flag symptom in any of the
languages is highlighted. Where the triage clinician needs to speak to the patient, the form has
already recorded which language and which interpreter gender the person prefers, and the practice can
book a three-way telephone interpreter through a single button.

<<Q:Online requests from people whose first language is not English rose from 1.8% of all requests to
7.6%, close to the 8.2% of registered patients who need an interpreter.>> <<Q:Among requests later
judged by a GP to have been urgent, the proportion that arrived from non-English speakers through the
emergency department or 111 instead of the practice fell from 38% to 17%.>> <<Q:Incidents in which a
practice could not understand a patient's request, recorded on the federation's incident system, went
from 26 in the year before to 5 in the year after.>>
"""),
        ("context", "The problem", """
Greystones is one of the most diverse towns in the region. Around one in twelve of the people registered
with our practices needs an interpreter, and the most common languages are Polish, Romanian, Arabic,
Dari, Tigrinya and Ukrainian. When our practices moved to online triage during the pandemic, the form
was only in English. People who could not write in English had three choices: ask a child or a
neighbour to fill it in, queue on the phone where receptionists struggled to understand them, or give
up and go to the emergency department.

Each carried risk. Children were describing their mother's bleeding in pregnancy or their father's
chest pain to a form. Receptionists, doing their best, sometimes booked an urgent problem as routine
because they had not understood it. And people who went straight to the emergency department lost
continuity with their GP, and often had follow-up that nobody arranged. Interpreting over the phone at the reception
desk was rarely offered, and even when it was, the receptionist was not a clinician and could not judge
what was urgent.

We saw the consequences in our incident reports. In one, a Dari-speaking woman who had just had a baby
tried three times to tell her practice that she had a severe headache and swollen legs; her request
was booked into a routine appointment nine days later, and she was admitted with pre-eclampsia two
days after that. In another, a Romanian man with worsening breathlessness gave up on the phone queue and
waited until he could not walk.

The federation's practices had tried to help. Some put a translated notice on their website. Some asked
receptionists to use a telephone interpreter, but booking one took time that a busy reception desk at
8am did not have. Everyone agreed there was a problem; nobody owned it. The federation runs the online
triage contract for all its practices, so it was the natural place to start, but we needed people who
knew the communities and people who knew interpreting.
"""),
        ("stakeholders", "Involvement", """
<<P:Members of the Greystones Welcome Project's women's group, who between them speak seven of our
languages, went through every question in the form with us and told us which of the automatic
translations made no sense; around a fifth of the questions were reworded as a result.>> <<P:It was
they who asked for a voice note option, because several of them read and write little in any language,
and it is now the most used feature.>> <<P:Young volunteers from the project, themselves refugees,
tested the form on cheap phones with little data and helped us make it work on a slow connection.>>

Reception and care navigation teams in all 22 practices were trained in using the interpreter booking
button. Dr Helen Okafor, the federation's clinical director, signed off the red flag word lists in each
language as part of her clinical safety role. Interpreters from LinguaCare were briefed on the new
three-way call process. We intend to ask practice staff for their views in a survey later in 2025.
"""),
        ("value", "Value", """
The translation and voice note features cost £21,000 a year across the federation. Interpreter costs
have risen, because more people are now being offered one, but this is money we should always have been
spending. Emergency department attendances that could have been managed in general practice are more
expensive and less safe for the patient.
"""),
        ("spread", "Spreading the approach", """
The form supplier has made our translated question set available to all its customers, and two
neighbouring federations have started using it. We have shared the red flag word lists, with the
Welcome Project's permission, with the ICB's health inequalities team.

The work has changed how we think about digital access. Online triage was meant to make general
practice easier to reach, and for many people it has. But a digital front door that only opens in
English is a safety risk, and the people it shuts out are often those with the most urgent needs and
the fewest other options.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1949  keeping general practice safe when the clinical system goes down -
#        docx - form table with cover table - PRIVATE GP IT company as
#        primary entrant with a GP federation and the ICB (ineligible) -
#        managing director, commercial - patients and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1949", format="docx", layout="form_table", topic="gp_clinical_system_outage_continuity",
    project="independent122-stillopen-1949", docx_font="Arial",
    title="Still Open: safe general practice during a clinical system outage",
    cover_table=[
        ("Entry title", "Still Open: safe general practice during a clinical system outage"),
        ("Lead entrant", "Kestle Practice IT Services Ltd"),
        ("Partners", "Ockley and Penmorva GP Federation; NHS Kestle and Ockley Integrated Care Board"),
        ("Entrant's role", "Managing Director"),
    ],
    primary_entrant=dict(name="Kestle Practice IT Services Ltd", type="private"),
    partners=[
        dict(name="Ockley and Penmorva GP Federation", type="primary_care"),
        dict(name="NHS Kestle and Ockley Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Background: what was the problem?", """
Kestle Practice IT Services provides IT support, networks and cyber security to 48 GP practices in
Kestle and Ockley under contract to the ICB. We do not supply the clinical system itself, which is
hosted nationally, but we look after everything that connects a practice to it.

In November 2023 a failure at a data centre left 31 of our practices without access to their clinical
system for most of a Monday, the busiest day of the week. GPs could not see patients' records,
medicines, allergies or test results. Prescriptions could not be issued electronically. Practices
had been told to keep a 'business continuity plan', but most plans were a few pages written years
before, stored on the same network that had gone down.

Practices coped in different ways. Some cancelled all routine appointments. Some carried on seeing
patients without records, relying on memory and on what patients could tell them. One GP prescribed
an antibiotic to which the patient was allergic; the patient had not mentioned the allergy, and the
GP had no way of checking. Handwritten prescriptions went to pharmacies that could not verify them.
Notes from the day were written on paper and many were never added to the record afterwards, leaving
gaps that were still being found months later.
"""),
        ("evidence", "What has changed and what is the evidence?", """
Still Open gives every practice a secure, encrypted 'read-only snapshot' of key information for every
registered patient: a summary of problems, current medicines, allergies and the last three months of
results. It is refreshed every night and held on a dedicated laptop in each practice that is not
connected to the practice network, and it can be opened only by named clinicians with a smartcard. We
also produced a one-page downtime checklist, a pack of paper consultation templates and a process for
entering paper notes back into the record within five working days.

In June 2024 a second outage, this time caused by a software update, took 22 practices offline for six
hours. <<Q:In November 2023, 58% of the affected practices cancelled routine appointments; in June
2024, 9% did.>> <<Q:Consultations during the outage that were never entered into the clinical record
afterwards fell from 1,240 to 37.>> <<Q:Prescribing incidents reported during the outage fell from 19
to 2.>>

All 48 practices have the snapshot laptop, and 310 clinicians have been enabled to use it.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Practice managers from the federation met with us after the first outage to go through what had
happened hour by hour, and they told us that the most important things to see were allergies and
current medicines, which is why the snapshot starts with those.>> <<S:Two GPs and a practice nurse
tested the snapshot in a simulated outage and asked for the last three months of results to be added,
because several of their decisions on the day had needed a recent kidney function test.>>
<<S:Community pharmacists told the federation that handwritten prescriptions during an outage were
their biggest worry, and the downtime checklist now includes a template prescription with the
practice stamp and a phone line for pharmacists to check.>>

<<P:The federation's patient participation group network discussed the plans at two meetings, and its
members asked that patients be told by text when a practice is running in downtime, so they can bring
their medicines with them; this message is now part of the checklist.>>
"""),
        ("value", "What is the value for money?", """
Still Open costs around £650 per practice per year, including the laptop, which the ICB funds. A single
day's cancelled clinics across 30 practices represents thousands of lost appointments, and each
undocumented consultation is a future risk.
"""),
        ("spread", "How has it been shared?", """
We have offered Still Open to practices outside our ICB area, and two other ICBs are in discussion with
us. We have presented the downtime checklist at a national primary care cyber security event.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
    ],
)


# ---------------------------------------------------------------------------
# I1950  accessible test results in the patient portal for blind and
#        partially sighted people - pdf - with appendix - sight loss charity
#        chief executive, personal - charity with an acute trust and a
#        university - members and staff involved - Q in words ('halved') -
#        no flags
# ---------------------------------------------------------------------------
entry(
    id="I1950", format="pdf", layout="with_appendix", topic="accessible_portal_results_sight_loss",
    project="independent122-readitmyway-1950", pdf_font="LiberationSerif", pdf_align="L",
    title="Read It My Way: test results and letters that blind and partially sighted people can use safely",
    cover=[
        "Lead entrant: Sightline Rushmere (registered charity for people with sight loss)",
        "Partners: Rushmere and Stanwick Hospitals NHS Trust; University of Stanwick, Department of Computer Science",
        "Prepared by the Chief Executive, Sightline Rushmere",
    ],
    primary_entrant=dict(name="Sightline Rushmere", type="charity"),
    partners=[
        dict(name="Rushmere and Stanwick Hospitals NHS Trust", type="nhs_trust"),
        dict(name="University of Stanwick", type="university"),
    ],
    sections=[
        ("context", "Why this matters to us", """
I have been registered blind since I was 30. Like most of our 2,300 members, I use a screen reader on my
phone, which reads aloud whatever is on the screen. When the hospital launched its patient portal, many
of us were excited: at last, letters and results we could read for ourselves, without asking a
neighbour to open our post.

The reality was different. Letters were uploaded as scanned images, which a screen reader cannot read
at all. Blood results appeared in tables that were read out as a jumble of numbers with no labels, so
that 'potassium 6.1' and 'sodium 131' came out in an order nobody could follow. Buttons to confirm or
cancel an appointment had no names, so they were read out only as 'button'. Members who are partially
sighted could not enlarge the text without the page breaking.

The safety consequences were real. One member cancelled a cardiology appointment when she meant to
confirm it, because the two buttons sounded the same. Another missed instructions to stop his blood
thinner before a procedure, because the instruction was in a scanned letter; the procedure had to be
cancelled on the day. A third member, who lives alone, asked a stranger on a bus to read her a letter
on her phone, which turned out to be about a biopsy result. Members told us they had stopped using the
portal and gone back to waiting for paper letters, which many of them could not read either.

We knew what the problems were. What we did not have was the technical knowledge to fix them or the
influence to get them fixed. The trust had a portal it was proud of and, to its credit, was willing to
hear that it did not work for everyone. The university's accessibility research group had the skills to
test it properly.

Sightline Rushmere has supported people with sight loss in Rushmere and Stanwick for more than a century.
We run a resource centre, a talking newspaper, a befriending scheme and a small team that helps people
to use technology. We are not a technology organisation, and we had never worked with a hospital on
anything like this before.
"""),
        ("evidence", "What difference it has made", """
Over 2023 and 2024 the trust, its portal supplier and the university worked through every screen of the
portal with our members. Scanned letters are no longer uploaded; all letters are now created as
accessible text. Results are shown with a label read before every value, and any result outside the
normal range is announced as such. Every button has a spoken name. Pages can be enlarged to four
times their size without breaking. People can ask for their letters to be read out by a phone call
from the trust, and can record in their portal profile how they want to receive information, which
the whole trust can see.

The university tested the portal against the international accessibility standard at the start and
end of the project. <<Q:The number of failures against that standard fell from 146 to 11.>> <<Q:In
repeat testing with the same group of 30 members, the share who could find and understand a blood
result without help rose from 4 in 30 to 26 in 30.>> <<Q:Appointments confirmed or cancelled in error
by members using screen readers, which the trust had not previously recorded separately, were
logged during testing, and the error rate halved between the first and second rounds.>>

Some 640 people across the trust now have their information preferences recorded on their profile.
"""),
        ("stakeholders", "Who was involved", """
<<P:Thirty of our members, with different levels of sight and using different devices, formed the
testing panel, and every change went back to them before it went live.>> <<P:It was one of them, a
retired piano tuner, who first noticed that abnormal results were not announced, and his suggestion
that the word 'outside normal range' be read first is now how the portal works.>> <<PS:Our two
volunteer digital buddies, both blind themselves and employed part time by the charity, ran the
testing sessions and wrote the guides that members now use.>>

<<S:The trust's outpatient and pathology administrators told the project which letters were most often
scanned and why, and changed their own processes so that those letters are now produced as text.>>
<<S:Developers at the portal supplier took part in the testing sessions and reworked the results page
after listening to members try to use it.>> <<S:Students and researchers in the university's
accessibility research group designed the test scripts with our members.>>
"""),
        ("value", "Value", """
The project was funded by a £60,000 grant from a charitable trust and by the university's own research
funding. The changes to the portal were made within the supplier's contract and benefit everyone who
uses it, including older people with failing sight and people with dyslexia. Fewer wrongly cancelled
appointments and fewer missed instructions mean fewer wasted procedures.
"""),
        ("spread", "Spreading the work", """
The portal supplier has rolled the changes out to all NHS trusts that use its product. The university
has published its test scripts so that other trusts can check their own portals, and we have given a
talk to the national sight loss councils' network. Two other sight loss charities are setting up
testing panels with their local trusts.
"""),
    ],
    trailer=[
        ("heading", "Appendix: how we tested and where the figures come from"),
        ("para", "Accessibility testing was carried out by the University of Stanwick accessibility research group in March 2023 and again in October 2024, against the same set of 40 portal screens. Member testing sessions were held at the Sightline Rushmere resource centre and in members' homes, using each member's own device."),
        ("para", "Information preference figures were provided by the Rushmere and Stanwick Hospitals NHS Trust patient administration team. Sightline Rushmere, 12 Mill Street, Rushmere. Registered charity."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1951  national electronic prescription service outage in community
#        pharmacies - pdf - numbered questions - local pharmaceutical
#        committee chief officer, practical - LPC with the ICB, the GP
#        out-of-hours provider and NHS 111 - staff involvement told in the
#        evidence section - NO stakeholders section - NO patient involvement
#        (patients as beneficiaries, told at the counter)
# ---------------------------------------------------------------------------
entry(
    id="I1951", format="pdf", layout="numbered_questions", topic="prescription_service_outage_pharmacy",
    project="independent122-whenthespinegoes-1951", pdf_font="DejaVuSans", pdf_align="L",
    title="When the System Stops: keeping medicines flowing in community pharmacies during a national prescription outage",
    cover=[
        "Lead: Thrapston and Loxdale Local Pharmaceutical Committee",
        "Partners: NHS Thrapston and Loxdale Integrated Care Board; Loxdale Urgent Care Ltd (GP out-of-hours and NHS 111 clinical assessment service)",
    ],
    primary_entrant=dict(name="Thrapston and Loxdale Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="NHS Thrapston and Loxdale Integrated Care Board", type="icb"),
        dict(name="Loxdale Urgent Care Ltd", type="private"),
    ],
    sections=[
        ("context", "1. What was the problem?", """
Almost every prescription in England is now sent electronically from the prescriber to the pharmacy
through a national service. When that service fails, pharmacies cannot download prescriptions, and
patients who have been told 'it has been sent to the chemist' arrive to find that the pharmacy has
nothing to dispense. The national service has had several outages in recent years, most lasting a few
hours, one on a Friday in August 2023 lasting most of the day.

Our 96 community pharmacies were not prepared for it. On that Friday pharmacists were faced with queues
of people, many of whom needed medicines they could not go without: insulin, anti-epileptic medicines,
Parkinson's medicines, end of life medicines for people dying at home. Pharmacists can make an
emergency supply at a patient's request, but only in limited circumstances, and many did not know
what the patient normally took because the information was in the prescription they could not see.
GP practices were just as stuck, and their phone lines were jammed. The out-of-hours GP service took
the overflow from 6.30pm and was overwhelmed.

Afterwards we asked pharmacies to report what had happened. They told us of people with epilepsy who
went the weekend without their medicine, a family who drove to four pharmacies trying to find
morphine for their dying father, and people who were given emergency supplies of the wrong strength
because the pharmacist had to guess.
"""),
        ("evidence", "2. What did you do and what difference has it made?", """
We set up a downtime plan with the ICB and the out-of-hours service, which went live in March 2024. Its
main parts are a read-only view of the shared care record's medicines list for every community
pharmacy, so a pharmacist can see what a patient normally takes; a 'critical medicines' list agreed
with local prescribers, for which pharmacies may make an emergency supply of up to seven days under a
local patient group direction during an outage; a single text message the ICB sends to all
pharmacies, practices and the out-of-hours service when an outage starts; and a dedicated phone line
at the out-of-hours service for pharmacists to reach a prescriber.

<<S:The plan was drafted by a working group of eight community pharmacists, two GP prescribing leads
and the out-of-hours service's lead pharmacist, which met five times.>> <<S:Pharmacists in the group
insisted that the critical medicines list be short enough to fit on one page and be pinned by the
till, and they chose the 30 medicines on it.>> <<S:Out-of-hours call handlers tested the pharmacists'
line in a rehearsal in February 2024 and asked for calls to be triaged by the medicine on the list,
which is now how the line works.>>

The plan was used for real during a national outage of just over five hours in September 2024. <<Q:In
the August 2023 outage, pharmacies reported 214 patients who left without a critical medicine; in
September 2024 they reported 12.>> <<Q:Calls to the out-of-hours GP service about prescriptions on the
day of the outage fell from 486 to 71.>> <<Q:Emergency supplies later found to be the wrong strength
or medicine went from 17 to 1.>>

People collecting their medicines during the outage were told at the counter what was happening and
when their full prescription would be ready. Patients are the main beneficiaries of the plan.
"""),
        ("value", "3. What is the value for money?", """
The cost was mainly the time of the working group and of setting up the pharmacy view of the shared
care record, which the ICB funded at about £18,000. The out-of-hours pharmacists' line is staffed only
during an outage. Each person who goes without insulin, an anti-epileptic or a Parkinson's medicine for
a weekend risks a hospital admission, or worse.
"""),
        ("spread", "4. How has the work been shared?", """
The plan and the critical medicines list have been shared with all LPCs in the region through the
regional pharmacy network, and four have adopted them. The ICB has included the plan in its system
business continuity arrangements. We have written to the national service's operators about the
alert that pharmacies receive when an outage starts.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="stakeholders"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1952  acoustic monitoring at night in care homes - docx - short lists -
#        care association manager, plain - care association with the ICB and
#        a care technology company - families and residents involved - NO
#        staff involvement (night staff trained, managers briefed, one named
#        lead) - NO quantitative evidence (homes, devices, alerts, a single
#        figure, a budget)
# ---------------------------------------------------------------------------
entry(
    id="I1952", format="docx", layout="bullet_lists", topic="care_home_acoustic_monitoring_night",
    project="independent122-quietnights-1952", docx_font="Calibri",
    title="Quiet Nights, Safe Nights: acoustic monitoring in care homes",
    cover=[
        "Hartsmoor Care Association (lead), with NHS Tollan Valley Integrated Care Board and Soundwatch Care Technology Ltd",
        "Entry by the Association's Quality Manager",
    ],
    primary_entrant=dict(name="Hartsmoor Care Association", type="charity"),
    partners=[
        dict(name="NHS Tollan Valley Integrated Care Board", type="icb"),
        dict(name="Soundwatch Care Technology Ltd", type="private"),
    ],
    sections=[
        ("context", "The problem", """
Hartsmoor Care Association represents 41 independent care homes. At night most homes rely on staff
checking each resident every hour or two, opening the door and shining a torch. This wakes people up,
which for residents with dementia can lead to distress, wandering and falls. And between checks, a
resident can fall, have a seizure or be unwell for an hour before anyone knows.

Acoustic monitoring is not new, but few small independent homes had tried it, and most could not afford
to on their own. Owners were also wary: would families think their relatives were being spied on, would
inspectors accept fewer routine checks, and would the alerts overwhelm a small night team? The
Association brought twelve homes together so that they could try it with the same system, the same
rules and shared funding from the ICB.

- falls at night are the most common incident reported by our homes

- residents who are woken repeatedly sleep badly and are more likely to fall the next day

- several homes had residents found on the floor at the morning check

- some homes had tried bed and chair sensor mats, which alert only when a resident gets up and cannot tell staff about someone calling out or struggling to breathe

- the homes are small and night staffing is thin, often two care workers for thirty or more residents, so checking every room every hour takes up much of the night
"""),
        ("evidence", "What we have done", """
Since April 2024 twelve homes have used acoustic monitoring. A small sensor in each bedroom listens for
sounds that are out of the ordinary for that resident, such as a call for help, a fall, coughing or
distressed breathing, and alerts night staff on a handheld device. Routine hourly checks are replaced
by checks when an alert is raised or when a resident's care plan says they need one.

Each resident's sensor learns the usual sounds of their room over the first week, such as snoring,
a radio or a television left on, so that it alerts only to sounds that are unusual for that person.
Night staff can listen in for a few seconds before going to the room, which helps them decide how
quickly to respond and whether to bring a colleague.

- 460 bedrooms now have a sensor

- night staff in the twelve homes received 11,300 alerts between April and December 2024

- 188 night staff were trained in responding to alerts

- in our December survey, 78% of night staff said they preferred the new way of working

- the ICB will look at ambulance call-outs and admissions from the twelve homes in 2025

- every alert is logged on the handheld device with the time the call was answered, which homes can show to inspectors and families
"""),
        ("stakeholders", "Who was involved", """
- <<P:families of residents at two homes came to an evening meeting and raised worries about privacy, and as a result no sound is ever recorded or stored, which the system now guarantees>>

- <<P:residents who were able to took part in choosing whether to have a sensor, and some of them asked for it to be switched off while they had visitors, which is now possible>>

- all night staff were trained by Soundwatch before the sensors went live

- home managers were briefed at the Association's quarterly meeting

- our Quality Manager, Janet Ellery, oversaw the roll-out as part of her role
"""),
        ("value", "Value", """
- the sensors cost £12 per room per month, funded for the first year by the ICB

- fewer disturbed nights may mean fewer daytime falls and better wellbeing for residents
"""),
        ("spread", "Spread", """
- a further ten homes are joining in 2025

- we have shared our privacy guidance with two other care associations

- the ICB has asked us to present the work to its care home quality forum in spring 2025
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
