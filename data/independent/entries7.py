"""Seventh independent evaluation set (I097..I112) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind, without reference to the review pipeline or to sets 4-6, as a test on
unseen entries: new (fictional) organisations across England, Scotland, Wales and
Northern Ireland, new topics and sixteen different authorial voices.  Format and
mark-up are exactly those of entries.py / entries2.py; build it with

    .venv/bin/python data/independent/build.py --set 7   (writes data/corpus/independent7/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (measured change in an outcome)
  <<P:sentence>>   patient / carer / service-user involvement
  <<S:sentence>>   staff involvement
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are
joined with a single space.  A paragraph starting with "- " is a bullet item.

Labelling notes for this set:
  * Q is only a measured change in an outcome (before/after, rate change, "halved",
    "went from X to Y").  Activity counts, single audit values without a comparison,
    numbers trained, targets, plans, costs, estimated savings, dates, bed counts and
    headcounts are left untagged.
  * P and S mark people taking part in designing, testing, running or governing the
    work (including staff of partner organisations, volunteers and lived-experience
    workers).  Left untagged: patients or staff only as beneficiaries, people who were
    only trained, briefed or informed, audiences of presentations, a single named lead
    or sponsor, unnamed "stakeholders", intentions and plans, negations, and feedback
    that was collected but changed nothing.
  * A lived-experience (peer) worker, employed by the entrant or a partner, who helped
    design the service is tagged PS.

Flags are written out by hand (as a judge would) and build.py cross-checks them
against the mark-up.  Organisation types follow set 1 (ambulance, police and fire
services are emergency_service; Scottish, Welsh and Northern Irish health boards and
trusts are nhs_trust).
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I097  medicines in care homes - docx - bold headings, criteria in a
#       non-standard order - council social care quality manager - no flags
# ---------------------------------------------------------------------------
entry(
    id="I097", format="docx", layout="bold_headings", topic="medication_safety", docx_font="Arial",
    project="independent7-carehome-medicines-97",
    title="Right Dose, Right Resident: one medicines team for every care home in Brackenfold",
    cover=[
        "Brackenfold Borough Council – Adult Social Care",
        "Kestrel Lane Primary Care Network",
        "Brackenfold Independent Care Providers' Forum (registered charity no. 1187342)",
        "Written by the Council's Quality Assurance Manager for Care Services",
    ],
    primary_entrant=dict(name="Brackenfold Borough Council", type="local_authority"),
    partners=[
        dict(name="Kestrel Lane Primary Care Network", type="primary_care"),
        dict(name="Brackenfold Independent Care Providers' Forum", type="charity"),
    ],
    sections=[
        ("context", "Why we needed to do this", """
I manage the quality assurance team for care services at Brackenfold Borough Council. We commission
places in 41 care homes across the borough, from a nine-bed home for younger adults with learning
disabilities to a 96-bed nursing home on the edge of town. Between them they look after roughly 1,650
people, and almost all of those people take medicines every day, most of them eight or more.

In 2022 medication errors were the single biggest reason my team raised a safeguarding concern about a
care home. The pattern will be familiar to anyone who has worked in social care. A resident comes back
from hospital with a discharge letter that does not match what is in the blister pack. A new carer on a
night shift cannot read the handwriting on a paper MAR chart. A time-critical Parkinson's medicine is
given with breakfast rather than at seven o'clock because the morning round starts at eight. None of
these is dramatic on its own. Added together, they were hurting people.

Care homes do not employ pharmacists. GP practices now do, through their primary care networks, but
that time was spread so thin that a residential home might see a pharmacist once a year for a structured
medication review and never in between. It is not hard to see why providers felt
they were being inspected on medicines safety without anyone helping them get it right.

Right Dose, Right Resident puts a small shared medicines team into the homes. Two clinical pharmacists
and a pharmacy technician employed by Kestrel Lane Primary Care Network, and a medicines quality officer
employed by the Council, work as one team with one phone number. They visit every home on a rota,
reconcile medicines within 72 hours of every hospital discharge, run a monthly medicines huddle with
senior carers, and support homes moving from paper MAR charts to electronic ones. The Providers' Forum,
a charity run by the homes themselves, organises peer training and hosts the team's monthly drop-in.

Our safety goals were to reduce medication administration errors, to make sure every resident returning
from hospital has their medicines checked within three days, and to make sure time-critical medicines
are given on time.
"""),
        ("evidence", "What changed for residents", """
We began with twelve homes in October 2022, and all 41 had joined by June 2023. Homes report medication
incidents to the Council on the same provider incident form they have always used, so we could compare
like with like. The figures below compare the twelve months before each home joined with its first
twelve months in the scheme.

<<Q:Across the 41 homes, reported medication administration errors went down from 5.1 to 2.3 per 1,000
occupied bed days.>> <<Q:Errors that caused any harm, however minor, more than halved, from 63 in the
year before to 27.>>

<<Q:Before the scheme only about one discharge in three was followed by a medicines reconciliation within
72 hours; in the latest quarter it was 91 in every 100.>>

<<Q:Missed or late doses of time-critical medicines, mostly for Parkinson's disease and epilepsy, dropped
from 38 reported episodes to nine.>> <<Q:Medication-related safeguarding concerns raised by my own team
went from 29 in 2021/22 to 11 in 2023/24.>>

We also asked the homes to count things they had never been able to count before. In the 22 homes now
using electronic MAR, the system flagged 1,104 doses as not given in its first six months, and the team
followed up every one of them. We have no baseline for that figure, because on paper nobody could see it.
"""),
        ("stakeholders", "Who we worked with", """
<<S:Senior carers from eight homes spent three afternoons with the pharmacists working out what a
medicines huddle should look like, and it was their idea to hold it standing at the medicines trolley
rather than sitting in the office.>> <<S:The network pharmacists designed the 72-hour discharge checklist
themselves after spending two Friday afternoons in homes watching what actually happens when a resident
comes back from hospital at half past five.>>

<<S:Night staff were the group we heard from least at first, so our medicines quality officer worked
three night shifts alongside them, and the 10pm handover prompt that every home now uses came from the
night carers at Millgate Court.>>

<<P:Residents' meetings in four homes talked through the electronic MAR system before it arrived, and
residents at Larchfield House asked for the photograph on the screen to be retaken every year because, as
one put it, 'I don't look like that any more', which is now a standard check.>> <<P:Two daughters and a
son of residents living with dementia helped us rewrite the leaflet that tells families what happens to
medicines after a hospital stay.>>

The Council's lead member for adult social care has championed the scheme from the start, and care home
owners receive a quarterly update on progress. GP practices in the network were briefed at their clinical
meetings before the team began visiting.
"""),
        ("spread", "Taking it further", """
Two neighbouring councils, Wendlow and Oxley Marsh, visited us during 2023. Wendlow has since funded its
own medicines quality officer to work with its primary care networks, starting in January 2024. The
discharge checklist has been adopted by the discharge team at our main acute hospital, so it now travels
with the resident instead of being filled in after they arrive.

We have shared the toolkit (the huddle guide, the discharge checklist and the family leaflet) through
the regional directors of adult social services network, and the Providers' Forum presented it at its
annual conference to about 120 care home managers.
"""),
        ("value", "Was it worth it?", """
The team costs about £196,000 a year: £142,000 of pharmacist and technician time funded through the
network's Additional Roles Reimbursement Scheme, and £54,000 for the Council post. The homes pay for their
own electronic MAR licences, and the Council made a one-off grant of £1,500 per home towards devices.

For residents, the biggest change is that their medicines make sense. Pharmacists stopped 612 medicines
during structured reviews in the first year, most of them sedatives, duplicate painkillers, or drugs that
had been started in hospital and never reviewed.

Care staff tell us they feel less on their own. A senior carer at Holme View wrote in our provider survey:
'Before, if I was worried about a tablet I would ring the surgery and wait two days. Now I just message
the team.' Inspectors have commented favourably on medicines management in several of our homes since the
scheme began.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I098  inpatient suicide prevention - docx - bold headings with bullet lists -
#       peer support worker voice - no quantitative evidence (counts, audit
#       values, targets and plans only)
# ---------------------------------------------------------------------------
entry(
    id="I098", format="docx", layout="bullet_lists", topic="suicide_prevention",
    project="independent7-inpatient-suicide-98",
    title="Still Here on the Ward: a safety plan written with you, not about you",
    cover=[
        "This entry is submitted by Caverleigh and Dunholm Mental Health NHS Foundation Trust on behalf of a partnership with Still Here Caverleigh, a suicide prevention charity, and the University of Dunholm.",
    ],
    primary_entrant=dict(name="Caverleigh and Dunholm Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Still Here Caverleigh", type="charity"),
        dict(name="University of Dunholm", type="university"),
    ],
    sections=[
        ("context", "Why", """
I am a peer support worker on Heron Ward, an 18-bed acute admission ward. I got this job after being an
inpatient myself, twice, on another ward in the same trust. The team asked me to write this entry, and I
said yes because the way this work started matters as much as what it does.

In 2021 and 2022 the Trust lost three people to suicide while they were inpatients or on leave from an
acute ward. Every review said something similar. The person had a risk assessment. The boxes were ticked.
Nobody had talked it through with them. The national confidential inquiry has been saying for years that
risk scores do not predict who will die, and that planning for safety with the person is what matters.

Still Here Caverleigh is a small charity that runs a crisis café and a bereavement group in the town. Most
of its volunteers have lost someone to suicide or have been suicidal themselves. Together we put three
things onto every acute ward:

- a collaborative safety plan, written by the patient with a nurse or a peer worker within 72 hours of
admission, in the patient's own words, replacing the old risk tick-box

- a leave conversation before every period of leave, using the safety plan, with family included if the
patient wants them there

- a phone call from one of the charity's volunteers within three days of discharge

The University of Dunholm is evaluating the work. The safety goal is easy to say and hard to do: fewer
people harmed by suicide or self-harm during an inpatient stay and in the weeks just after it.
"""),
        ("evidence", "What has happened so far", """
We started on Heron Ward in May 2023, and the other five acute wards joined between September 2023 and
February 2024. This is where we are:

- 1,046 collaborative safety plans have been written with patients since May 2023

- in our March 2024 audit of 60 sets of notes, 52 had a safety plan written in the patient's own words

- 214 nurses, healthcare assistants and doctors have completed the half-day safety planning training

- the charity's volunteers have made 688 follow-up calls after discharge, and 71 people have gone on to
use the crisis café

- our target is that 95% of patients will have a safety plan within 72 hours of admission by December 2024

These are counts of what we did, not proof that fewer people have been harmed. Suicide on a ward is,
thankfully, rare, and it will be a few years before anyone can say whether the figures have moved. The
University will compare self-harm incidents on the wards, and deaths within 90 days of discharge, with the
three years before, and its first report is due in spring 2025. What we can say now is that every serious
incident review since May 2023 has found a safety plan in the notes.
"""),
        ("stakeholders", "Who made it", """
- <<P:The safety plan form was designed at four evening workshops in the Still Here café, where people who
had been inpatients crossed out every question that felt like an interrogation.>>

- <<P:One of them suggested a section called 'What my bad days look like from the outside', so that staff
and family know what to watch for, and nurses now tell us it is the part of the plan they use most.>>

- <<PS:I and two other peer support workers employed by the Trust, all of us former inpatients, co-wrote
the training with the ward manager of Heron Ward and one of the consultant psychiatrists.>>

- <<S:Healthcare assistants on night shifts, who do most of the observations, told us the plan was buried
in the electronic record, so the Trust's digital team moved it to the front screen.>>

- <<P:Families from the charity's bereavement group told us what they wish someone had asked them before
their relative went on leave, and those questions are now the family part of the leave conversation.>>

- Every patient admitted to an acute ward is now offered a safety plan, and a copy goes home with them.

- The Trust's patient safety partners heard about the project at their quarterly meeting in October 2023.
"""),
        ("spread", "Where it is going", """
- the two older adult wards started using the safety plan in April 2024

- the neighbouring county's crisis team has asked Still Here to train its volunteers to make the same
follow-up calls

- we presented the work at the regional suicide prevention network and at a national peer support
workers' conference

- the safety plan template and the training slides are free to download from the charity's website
"""),
        ("value", "What it is worth", """
- the follow-up calls cost about £38,000 a year, paid for from the integrated care board's suicide
prevention fund

- writing a safety plan takes 30 to 40 minutes, far longer than the old tick-box, but nurses say it is
the most useful 40 minutes of the admission

- one patient wrote on the back of her plan: 'First time anyone asked me what actually helps.'

- for me, the value is that people on the ward see someone like me working there, and that tells them
there is an afterwards
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I099  family-initiated escalation (Martha's rule style) - pdf - capitals
#       headings - matron, short punchy sentences - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I099", format="pdf", layout="caps_headings", topic="deteriorating_patient", pdf_font="DejaVuSans",
    pdf_align="L",
    project="independent7-family-escalation-99",
    title="Call Us In: when a family says 'something is wrong', we come",
    cover=[
        "Entrant: Pellingford Teaching Hospitals NHS Trust (Division of Medicine)",
        "Working with: Pellingford Patient Voice (charity) and the University of Pellingford, School of Nursing",
        "Author: Matron, Acute and Older People's Medicine",
    ],
    primary_entrant=dict(name="Pellingford Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Pellingford Patient Voice", type="charity"),
        dict(name="University of Pellingford", type="university"),
    ],
    sections=[
        ("context", "BACKGROUND", """
I'm a matron. Medicine. Six wards, 164 beds, a lot of frail older people.

Families know. They know when Mum isn't right. They often know before the observations change. Too often
we didn't listen.

In 2022 we reviewed every cardiac arrest on our six wards. There were 41. In nine of them, a relative had
told a nurse the patient was 'not themselves' hours before. Nothing was escalated. Nine. That stopped me
cold.

So we built Call Us In. It is simple on purpose. A card and a poster at every bed. One number, 01632
960418, which rings the critical care outreach team 24 hours a day. Any patient, relative or visitor can
use it if they are worried and feel they are not being heard. Outreach come within 30 minutes. They
review the patient. They talk to the family. They write it down.

We changed how nurses ask, too. Every day, every patient: 'How do you think your relative is today,
compared with yesterday?' The answer goes in the record, next to the NEWS2 score.

Our goals. Spot deterioration earlier. Take families seriously. No more reviews that say 'the family had
raised concerns'.
"""),
        ("evidence", "RESULTS", """
Launched on two wards in January 2023. All six by May. Data from outreach's call log and the
resuscitation team's audit.

Calls: 212 in the first twelve months. Just over half from relatives, nearly a third from patients
themselves, the rest from visitors and one from the chaplain. Outreach escalated care after 47 of those
calls, and 19 patients went to critical care.

Now the bit that matters. <<Q:Cardiac arrests on the six wards fell from 41 in 2022 to 26 in 2023.>>
<<Q:Per 1,000 admissions that is 0.9, down from 1.4.>> <<Q:On our run chart the arrest rate shifted below
the baseline median in April 2023 and has stayed there for eleven months.>>

<<Q:Unplanned admissions to intensive care of patients who had been on a ward for more than 24 hours
dropped by roughly a quarter.>>

<<Q:Complaints that mention 'not listened to' went from 34 in 2022 to 12 in 2023.>>

Not perfect. Night calls still take longer to answer than day calls. We're working on it.
"""),
        ("stakeholders", "PEOPLE", """
<<P:It started with a daughter who came to see me after her father died on Ward 22 and asked for one
thing: a number she could have rung.>> <<P:She sat on our design group for a year and wrote the words on
the bedside card.>>

<<S:The outreach nurses agreed to take the calls before there was any extra money, and they set the
30-minute response standard themselves.>> <<S:Healthcare assistants told us families talk to them first,
not to the registered nurse, so HCAs now ask the daily question as well.>>

<<P:Pellingford Patient Voice ran three listening events with more than forty local people, and they voted
down our working name, 'Family Escalation', as too clinical.>> <<PS:For a month, Patient Voice volunteers
and our ward clerks rang the line at 3am twice a week to check someone always picked up.>>

Our medical director backed it from day one. Every one of the division's 420 nurses had a 20-minute
briefing before launch.
"""),
        ("spread", "SPREAD", """
Surgery adopted it in October 2023. Children's wards are next, with a version written for parents.

When the national Martha's rule programme began in 2024 we were one of the early sites, and we gave our
card, script and standard operating procedure to the national team. We presented at the regional patient
safety collaborative. Forty trusts have asked for the pack so far. The University of Pellingford is
writing up the evaluation for publication.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I100  hospital-acquired pneumonia via mouth care, with community dental
#       service - pdf - own headings - research nurse voice - no patient
#       involvement (beneficiaries, feedback that changed nothing, intention)
# ---------------------------------------------------------------------------
entry(
    id="I100", format="pdf", layout="own_headings", topic="infection", pdf_font="LiberationSerif",
    project="independent7-mouthcare-hap-100",
    title="Clean Mouths, Clear Chests: a dental and ward partnership against hospital-acquired pneumonia",
    cover=[
        "Hollinsby and Wrayford Hospitals NHS Foundation Trust  |  Northvale Community Health NHS Trust  |  Hollinsby University",
        "Community Dental Service  ·  Respiratory Research Unit  ·  School of Dentistry",
    ],
    primary_entrant=dict(name="Hollinsby and Wrayford Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Northvale Community Health NHS Trust", type="nhs_trust"),
        dict(name="Hollinsby University", type="university"),
    ],
    sections=[
        ("context", "The problem we kept writing down", """
I am a research nurse in the respiratory research unit, and I came to this work sideways. In 2021 I was
collecting data for a study of pneumonia in older inpatients and kept writing the same thing on the case
report forms: not ventilated, no witnessed aspiration, onset on day five or later. Non-ventilator
hospital-acquired pneumonia (NV-HAP) is common and serious, and it receives far less attention than its
ventilator-associated cousin. Our own review of 2021/22 found 318 cases on our medical and orthopaedic
wards, and around one in five of those patients died within 30 days.

Poor oral hygiene is one of the few modifiable risk factors. Dental plaque harbours respiratory pathogens,
and patients who are frail, drowsy, nil by mouth or dependent on others rarely have their teeth or
dentures cleaned properly in hospital. When we carried out a spot check on two wards, fewer than a third
of dependent patients had a toothbrush anywhere near the bed.

The Community Dental Service at Northvale already trained care home staff in mouth care. We asked them to
do the same on our wards and to help us make it part of everyday nursing. The programme that resulted has
four components: a mouth care assessment on admission; a bedside kit containing a soft toothbrush,
non-foaming toothpaste, a denture pot and lip balm; twice-daily mouth care recorded on the electronic
observations chart; and a named mouth care champion on each ward, supported by a dental therapist who
visits weekly. The School of Dentistry designed the evaluation and ran the microbiology.

Our aim was to reduce NV-HAP on participating wards by 30% within two years.
"""),
        ("evidence", "How we measured it, and what we found", """
We used a stepped-wedge design: 14 wards joined in four steps between October 2022 and June 2023, so each
ward contributed time both before and after the change. NV-HAP was identified prospectively against a
standard case definition (new infiltrate on chest imaging plus at least two clinical criteria, with onset
48 hours or more after admission), and every case was adjudicated by two respiratory physicians who did
not know which phase the ward was in.

<<Q:The NV-HAP rate fell from 3.2 to 1.9 cases per 1,000 patient days after wards adopted the programme
(rate ratio 0.59, 95% confidence interval 0.46 to 0.76).>>

<<Q:The proportion of dependent patients with documented twice-daily mouth care rose from 18% at baseline
to 74% at twelve months.>> <<Q:New antibiotic courses started for suspected hospital-acquired pneumonia
dropped by 27% on participating wards.>>

<<Q:Among patients who did develop NV-HAP, 30-day mortality was 17% compared with 22% at baseline, although
with the numbers involved this difference was not statistically significant.>>

Plaque scores from the dental school's sub-study of 120 patients are reported in our published protocol
paper, together with the full statistical analysis plan.
"""),
        ("stakeholders", "Who took part", """
<<S:Each of the 14 wards nominated a mouth care champion, usually a healthcare assistant, and the
champions met monthly with the dental therapists to refine both the kit and the assessment.>> <<S:It was
the champions who insisted that the kit should include a suction toothbrush for patients who cannot
swallow safely, after two of them had watched patients cough on ordinary toothpaste.>>

<<S:Speech and language therapists from both trusts rewrote the part of the assessment that deals with
swallowing difficulties.>> <<S:Housekeepers on the orthopaedic wards pointed out that denture pots were
being cleared away with meal trays, so the pots are now bright yellow and the catering team knows to
leave them.>>

<<S:Dental therapists employed by Northvale spent a morning a week on our wards for the first year,
coaching staff at the bedside rather than in a classroom.>>

Patients on every participating ward receive a short leaflet explaining why mouth care matters. We
surveyed 85 patients about the kit in the first three months; most found it helpful and no changes were
needed. We have not yet involved patients or carers in designing the programme, and we plan to recruit a
patient panel for the next phase.
"""),
        ("spread", "Beyond our wards", """
Northvale's dental service has since taken the programme to the stroke unit at Wrayford Community Hospital
and to eleven nursing homes it already supported. Our protocol paper is published, and the results were
presented at the Infection Prevention Society conference in 2023 and at a national oral health conference
in 2024. Two other trusts in the region have begun pilots using our kit specification and our ten-minute
training video.
"""),
        ("value", "Is it worth doing?", """
Each kit costs £3.40, and the programme's running cost, mostly dental therapist time, is about £61,000 a
year. A single case of NV-HAP adds around eight days to a hospital stay by the most conservative published
estimates, so even on cautious assumptions the bed days saved exceed the programme's cost several times
over.

Healthcare assistants describe mouth care as 'proper nursing again', and the champion role has given
several of them a route into further training. Patients notice the difference too: clean dentures and a
moist mouth make eating, talking and simple dignity possible.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I101  diabetic foot checks by community volunteers - docx - own headings
#       (Heading 2), criteria reordered (stakeholders first) - charity chief
#       officer voice - no staff involvement (named chair, trained, informed,
#       negation)
# ---------------------------------------------------------------------------
entry(
    id="I101", format="docx", layout="reordered", topic="diabetes", docx_font="Georgia",
    project="independent7-diabetic-foot-101",
    title="Socks Off Saturdays: community foot checks for people with diabetes in Kilnworth",
    cover=[
        "Submitted by Step Ahead Kilnworth (a charity led by people living with diabetes) in partnership with Eastmere Valley Primary Care Network and the Podiatry and Diabetic Foot Service of Kilnworth and Eastmere Hospitals NHS Trust.",
        "Contact: Chief Officer, Step Ahead Kilnworth, 14 Mill Street, Kilnworth KW3 7PL",
    ],
    primary_entrant=dict(name="Step Ahead Kilnworth", type="charity"),
    partners=[
        dict(name="Eastmere Valley Primary Care Network", type="primary_care"),
        dict(name="Kilnworth and Eastmere Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("stakeholders", "Who we are and who made this", """
Step Ahead Kilnworth was set up in 2016 by six people with type 2 diabetes who met in a hospital waiting
room. I was one of them. We now have 540 members, and most of us are from Kilnworth's Punjabi, Pakistani,
Gujarati and Polish communities, which is where diabetes is most common in our town and where foot
problems are found latest.

<<P:Our 38 foot checkers are all people with diabetes or close family of someone with diabetes, and they
designed the Saturday sessions from scratch at our members' meetings in 2022.>> <<P:At the first
community meeting, at the Eastmere Road Gurdwara, women told us they would never take off their socks in
front of men, so every session now has a women-only room run by women checkers.>>

<<P:Members translated the foot care leaflet into Punjabi, Urdu, Gujarati and Polish, and tested each
version on their own families before we printed it.>> <<P:It was a member who lost two toes in 2020 who
suggested we hand out a free pair of diabetic socks at every check, because, as he said, 'people come for
the socks and stay for the check'.>>

Dr Amir Qureshi, consultant diabetologist at the Trust, chaired our steering group. Practice nurses in the
network attended a lunchtime briefing about the referral route, and every GP practice was sent the
referral form. We had hoped practice staff would join our design workshops, but winter pressures meant
none of them could come.
"""),
        ("context", "Why feet?", """
Every week in England there are well over a hundred amputations linked to diabetes, and most begin with a
foot ulcer that was found too late. Everyone with diabetes should have their feet checked at least once a
year, and anyone with a new wound should be seen by a specialist foot team within a day or two.

In Eastmere Valley, that was not happening. Annual foot checks had fallen behind during the pandemic and
had never fully recovered. Many of our members said they had not had their shoes off at the surgery for
years. People who found a problem often waited for a routine GP appointment, then a routine podiatry
referral, by which time a small wound could already be infected.

Socks Off Saturdays are free drop-in foot checks in places people already go: two gurdwaras, a mosque,
a Hindu temple, a Polish Catholic parish hall and the Kilnworth market community room. Trained foot
checkers test sensation with a monofilament, check pulses and look at skin and nails. Anyone with a red
flag is referred the same day, by a dedicated phone line, to the Trust's diabetic foot service, which
agreed to see those patients within two working days. Routine results are sent to the person's GP
practice so the annual check can be recorded.

Our safety goals were to find foot problems earlier, to get people with a new wound in front of a
specialist quickly, and to prevent amputations.
"""),
        ("evidence", "Results", """
We held the first session in February 2022. By the end of 2023 we had run 96 sessions and checked the feet
of 2,380 people, and 164 of them were referred urgently.

The network's data team compared the 14 practices' records before and after. <<Q:The proportion of people
with diabetes in the network who had an annual foot check recorded rose from 61% in March 2022 to 83% in
December 2023.>>

<<Q:For people referred through the scheme, the time from a new foot wound being found to being seen by
the specialist foot team fell from a median of 19 days to four.>>

<<Q:Major amputations among people with diabetes registered in the 14 practices went from eleven in 2021 to
five in 2023.>> We know that numbers this small go up and down, and we will keep watching.
"""),
        ("value", "What it means to people", """
A session costs us about £310, including room hire, socks and travel expenses for volunteers. The whole
scheme cost £41,000 over two years, funded by the integrated care board's health inequalities fund and a
grant from a local building society. One major amputation costs the NHS many times that.

For our members it means being checked by someone who speaks their language and understands their food,
their faith and their worries. One lady, aged 79, told us she had not shown her feet to anyone since her
husband died. She had an ulcer on her heel. She was seen by the foot team two days later and she still has
her foot.

Our foot checkers say the work has changed them too. Several have gone on to become health champions for
the council.
"""),
        ("spread", "Sharing", """
Two more primary care networks in the county will start Socks Off Saturdays in autumn 2024, using our
training pack and our referral form. We have spoken about the scheme at the regional diabetes network, on
Kilnworth community radio in three languages, and at a national conference on health inequalities. Our
leaflet is free for anyone to use.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I102  acute kidney injury after discharge - docx - rubric headings - cover
#       table - health innovation network programme manager - no flags
#       (one quantitative claim sits in the value section)
# ---------------------------------------------------------------------------
entry(
    id="I102", format="docx", layout="rubric_headings", topic="acute_kidney_injury",
    project="independent7-aki-102",
    title="Stop, Check, Restart: closing the gap after acute kidney injury",
    cover_table=[
        ("Entry title", "Stop, Check, Restart: closing the gap after acute kidney injury"),
        ("Organisation", "Health Innovation Fenmarch (the health innovation network for Fenmarch and Coldbrook)"),
        ("Partners", "Fenmarch University Hospitals NHS Trust (Renal Unit); Fenmarch GP Alliance; NHS Fenmarch and Coldbrook Integrated Care Board"),
        ("Award category", "Best Partnership Solution Improving Patient Safety"),
        ("Entry prepared by", "Patient Safety Programme Manager"),
    ],
    primary_entrant=dict(name="Health Innovation Fenmarch", type="ahsn"),
    partners=[
        dict(name="Fenmarch University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Fenmarch GP Alliance", type="primary_care"),
        dict(name="NHS Fenmarch and Coldbrook Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Context: why the partnership was needed, the service it created and its patient safety goals", """
Acute kidney injury (AKI) affects around one in five emergency admissions and is associated with a
significant proportion of avoidable in-hospital harm. Much of the national effort has focused on detection
inside hospital. Far less attention has been paid to what happens afterwards. Patients are frequently
discharged with medicines withheld (ACE inhibitors, diuretics, metformin, NSAIDs) but with no clear plan
for when or whether to restart them, and with blood tests requested in a discharge letter that nobody in
primary care is tasked with following up.

In 2021/22 the renal unit at Fenmarch University Hospitals identified 2,140 adults discharged after an
episode of AKI. A case-note review of 150 of them found that only one in five had a documented medicines
plan in the discharge summary, and that 16 had been readmitted within 90 days with a further AKI episode
linked to a restarted or never-stopped medicine.

Stop, Check, Restart is a system-wide pathway convened by Health Innovation Fenmarch. It comprises a
structured AKI section in the electronic discharge summary; a daily AKI discharge list sent from the
hospital laboratory system to each GP practice; a post-AKI medicines review by a practice-based clinical
pharmacist within 14 days, using a shared template; and a patient-held sick day card. The ICB commissions
the pharmacist reviews as part of its local enhanced service.

The patient safety goals are to reduce repeat AKI after discharge, to ensure every patient leaves with a
clear medicines plan, and to ensure follow-up blood tests are actually done.
"""),
        ("evidence", "Evidence: improvements in safe care as a direct result of the partnership", """
The pathway went live in 18 practices in April 2022 and in all 61 practices in the Alliance by January
2023. Data are drawn from the linked hospital and primary care record and were analysed by the
network's evaluation team.

<<Q:The proportion of AKI discharge summaries containing a documented medicines plan increased from 22% in
2021/22 to 79% in 2023/24.>> <<Q:Post-discharge blood tests completed within the recommended window rose
from 41% to 86% of patients.>>

<<Q:Readmission with a further AKI episode within 90 days of discharge fell from 14.8% to 10.1%.>>
<<Q:Practices in the first wave saw roughly one in five fewer emergency admissions with stage 3 AKI than in
the year before the pathway.>>

Clinical pharmacists completed 3,412 post-AKI medicines reviews in 2023/24. The median time from discharge
to review was nine days.
"""),
        ("spread", "Spread: how the achievements have been applied elsewhere and best practice shared", """
The discharge summary section and the pharmacist template have been adopted by Coldbrook District General
Hospital and its 23 associated practices, with go-live in March 2024. The sick day card has been taken up
by the regional kidney network for use across four integrated care systems.

The network has hosted three national webinars, attended by over 300 clinicians, and the full implementation
pack is available on our website. A paper describing the pathway has been accepted by a primary care
pharmacy journal.
"""),
        ("value", "Value: staff and patient experience, and value for money", """
The total cost of the programme over two years was £286,000, of which £214,000 funded pharmacist reviews.
Using national tariff costs, the evaluation team estimates that avoided readmissions alone released around
£510,000 over the same period.

<<Q:In the annual practice staff survey, the share of GPs and practice nurses who felt confident managing
medicines after an AKI episode rose from 35% to 81%.>> Patients tell us the sick day card is the first
time anyone has explained why they were asked to stop their tablets.
"""),
        ("stakeholders", "Stakeholders: who was involved, how they were engaged in the design, and evidence of patient and staff involvement", """
<<S:Clinical pharmacists from nine practices designed the post-AKI review template, and a second group of
pharmacists tested it on 40 real patients before it was released.>> <<S:Renal consultants from the
Trust ran fortnightly virtual case clinics with GPs during the first year and rewrote the laboratory alert
wording after GPs described the original version as 'noise'.>>

<<P:Twelve members of the renal unit's patient association, all living with chronic kidney disease,
rewrote the sick day card in plain English and chose the phrase 'Stop, Check, Restart' in preference to
the clinical title we had proposed.>> <<P:Two patients who had been readmitted with AKI joined the
programme board and reviewed every patient-facing document.>>

<<S:Practice managers in the first wave told us the daily list arrived at the wrong time of day to be
actioned, and it now arrives at 7am.>>

All stakeholders were engaged throughout the programme, and regular updates were provided to the ICB's
quality committee.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I103  theatre never events in outsourced elective lists - pdf - two columns
#       - formal director of clinical services - independent sector company is
#       the primary entrant (ineligible) - no patient involvement
# ---------------------------------------------------------------------------
entry(
    id="I103", format="pdf", layout="two_column", topic="surgical_safety",
    project="independent7-never-events-103",
    title="One Theatre Team: shared safety standards for NHS elective lists delivered by the independent sector",
    cover=[
        "Primary entrant: Calderwick Surgical Partners Ltd",
        "In partnership with Danecourt Hospitals NHS Trust and NHS Danecourt and Ouseby Integrated Care Board",
        "Submitted by the Director of Clinical Services and Nursing, Calderwick Surgical Partners",
    ],
    primary_entrant=dict(name="Calderwick Surgical Partners Ltd", type="private"),
    partners=[
        dict(name="Danecourt Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Danecourt and Ouseby Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
Since 2019 Calderwick Surgical Partners has delivered elective orthopaedic and ophthalmic surgery for NHS
patients at the Danecourt Treatment Centre, a four-theatre unit on the Danecourt Hospitals site, under a
contract commissioned by the Integrated Care Board. In 2022/23 the centre carried out some 7,900 NHS
procedures, principally hip and knee replacements and cataract surgery.

Between 2020 and 2022 the combined elective service experienced four never events: two wrong intraocular
lens implants, one wrong-site nerve block and one retained swab. Each was investigated separately by the
organisation concerned. It became apparent, however, that the two organisations were operating to
different local safety standards, with different versions of the surgical safety checklist, different
approaches to lens verification and different swab count documentation. Surgeons and anaesthetists who
worked across both sites were required to follow two sets of rules, sometimes on the same day.

One Theatre Team was established in 2022 to replace these arrangements with a single set of Local Safety
Standards for Invasive Procedures, jointly owned by both organisations, together with a joint theatre
safety training programme, shared incident review and a common audit framework. Its goals are the
elimination of never events in the elective service and consistently high compliance with the agreed
standards.
"""),
        ("evidence", "Evidence of improvement", """
The joint standards were implemented in all eight theatres across both organisations in September 2022.
Compliance is measured by monthly observational audit of at least 20 procedures per theatre, using a
common audit tool.

<<Q:In the 24 months since implementation there have been no never events in the elective service,
compared with four in the preceding 24 months.>> <<Q:Observed compliance with the full five steps of the
surgical safety checklist rose from 68% to 97%.>>

<<Q:Compliance with the two-person lens verification step in cataract lists improved from 74% to 100% and
has been sustained for fifteen consecutive months.>>

<<Q:Reported near misses in theatre rose threefold, which both organisations regard as evidence of a more
open reporting culture.>>
"""),
        ("spread", "Spread and sharing of best practice", """
The joint standards have been adopted by Danecourt Hospitals for its day surgery unit and by Calderwick at its
two other NHS-contracted treatment centres. The peer audit model was presented at the national
perioperative safety conference in 2023, and the ICB has included the approach in its guidance for all
independent sector providers within the system.
"""),
        ("value", "Value", """
The programme was delivered within existing budgets, with each organisation contributing approximately
£35,000 of staff time for training and audit. The cost of a single never event, in clinical negligence
claims and additional treatment, greatly exceeds this sum.

Theatre staff report that working to one set of standards has reduced confusion and strengthened working
relationships between the two organisations. Post-operative patient questionnaires continue to show
satisfaction of 98%.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:The standards were written by a joint working group of surgeons, anaesthetists, operating department
practitioners, scrub nurses and recovery nurses from both organisations, which met fortnightly over four
months.>> <<S:Operating department practitioners proposed the single-page swab and instrument count board
that is now fixed to the wall of every theatre.>>

<<S:Ophthalmic nurses from the Trust's eye unit redesigned the lens verification step after observing
cataract lists at the treatment centre.>> <<S:Porters and reception staff took part in the
simulation sessions on patient identification and suggested the wristband check at the theatre door.>>

Patients receive a leaflet explaining site marking and why they will be asked the same questions several
times. The governance group intends to invite patient representatives to join in 2025.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None),
           dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I104  breast screening failsafe - pdf - headings plus references and an
#       appendix - screening programme manager, formal - no staff involvement
#       (single named officer, staff trained, informed, audience)
# ---------------------------------------------------------------------------
entry(
    id="I104", format="pdf", layout="with_appendix", topic="screening", pdf_font="LiberationSerif",
    project="independent7-breast-failsafe-104",
    title="No One Lost: a community failsafe for breast screening recall in Ravensby and Coldwater",
    cover=[
        "Lead organisation: Ravensby General Hospital NHS Foundation Trust (Ravensby and Coldwater Breast Screening Service)",
        "Partner organisations: University of Ravensby, Department of Population Health; Coldwater Borough Council, Public Health; Ravensby Women's Health Forum (charity)",
        "Authors: Breast Screening Programme Manager, with the Senior Lecturer in Epidemiology, University of Ravensby",
    ],
    primary_entrant=dict(name="Ravensby General Hospital NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Ravensby", type="university"),
        dict(name="Coldwater Borough Council", type="local_authority"),
        dict(name="Ravensby Women's Health Forum", type="charity"),
    ],
    sections=[
        ("context", "1. Context", """
The Ravensby and Coldwater Breast Screening Service invites approximately 78,000 women aged 50 to 71 for
mammography every three years. Around 4% of women screened are recalled for further assessment. Recall
is, by design, the point at which the programme concentrates risk: a woman who does not attend assessment
may have an undiagnosed cancer.

National standards require every woman recalled for assessment to be actively followed up, and failsafe
processes exist to ensure that results are not lost between the screening office, the assessment clinic
and primary care [1]. A local review in 2021, prompted by a serious incident in which a woman's recall
letter was sent to a previous address and her cancer was diagnosed eleven months later, found that these
processes relied heavily on letters and on up-to-date GP registration data. Women who had moved, who were
not registered with a GP, who did not read English, or who had a learning disability were over-represented
among those who did not attend.

No One Lost is a partnership that adds a community failsafe to the statutory one. When a recalled woman
does not attend and cannot be reached by letter, the screening service now telephones her, using an
interpreter where needed; if that fails, the case is passed within five working days to a named
community health worker employed by Coldwater Borough Council's public health team, who can trace and
visit. Ravensby Women's Health Forum provides a trusted contact for women who are reluctant to engage with
the NHS, and the University evaluates the programme and maintains the linked dataset.

The patient safety goal is that no woman recalled for assessment is lost to follow-up.
"""),
        ("evidence", "2. Evidence of improvement", """
The community failsafe has operated since 1 June 2022. The University's evaluation compares the two
screening years before with the two years after, using the definitions set out in Appendix A [3].

<<Q:The proportion of recalled women who had not attended assessment within three weeks fell from 2.1% to
0.4%.>> <<Q:Among women who did not attend at first, the median time to successful contact fell from 21
days to six.>>

<<Q:Women who were never traced after recall went from 23 in the two years before the programme to two in
the two years after.>>

During the first two years the community health worker carried out 61 home visits, and the Forum
supported 37 women to attend. Nine cancers were diagnosed among women who had initially not attended.
"""),
        ("stakeholders", "3. Stakeholder involvement", """
<<P:Three women who had themselves been lost to follow-up in the past described their experiences at the
design workshop, and their account of letters going to old addresses led directly to the rule that the
first contact after non-attendance is a telephone call.>>

<<P:Members of Ravensby Women's Health Forum reviewed every letter and text message the service sends, and
the recall letter was rewritten twice in response to their comments.>> <<P:Trans and non-binary members of
the Forum advised on how invitations are worded for people registered with a GP as male who remain
eligible for screening.>>

The failsafe tracker was built by the service's failsafe officer, Ms Helen Ashdown. Radiographers and
administrative staff completed a training session on the new procedure, and GP practices were informed by
letter. The programme has been presented to the regional screening quality assurance team.
"""),
        ("spread", "4. Spread and sharing of practice", """
The neighbouring Fellmouth screening service adopted the telephone-first approach in 2023 and is
negotiating a similar arrangement with its local authority. Our standard operating procedure has been
shared with all screening services in the region through the quality assurance network, and the
evaluation has been submitted for publication. The same model is being considered for the bowel screening
programme, where non-attendance at colonoscopy after a positive test raises similar concerns [2].
"""),
        ("value", "5. Value", """
The community health worker post costs £36,500 a year and the Forum receives £8,000 a year for its
contact role. Interpreting costs were around £2,100 in 2023. Set against the consequences of a delayed
breast cancer diagnosis, for the woman, her family and the health service, this is a modest investment.

Women supported by the Forum describe being contacted by someone 'who understood why I was frightened'.
The programme has also strengthened the relationship between the screening service and the council's
public health team, which now shares data on women at risk of missing screening more generally.
"""),
    ],
    trailer=[
        ("heading", "References"),
        ("para", "[1] Screening Quality Assurance Service. Breast screening: failsafe processes for recall to assessment. Version 4. 2021."),
        ("para", "[2] Okafor N, Lindqvist M, Barraclough P. Non-attendance at colonoscopy after a positive faecal immunochemical test: a regional cohort. J Med Screen Pract. 2022;14(3):118-25."),
        ("para", "[3] Whitcombe R, Desai A. No One Lost: evaluation protocol and data dictionary. University of Ravensby Population Health Working Paper 22/07. 2022."),
        ("heading", "Appendix A: Definitions"),
        ("para", "Recalled woman: a woman screened by the service whose mammogram result required further assessment, as recorded on the national breast screening system."),
        ("para", "Not attended within three weeks: no attendance at the assessment clinic within 21 calendar days of the date of the recall letter."),
        ("para", "Never traced: no contact achieved and no assessment attendance within 120 days of the recall letter."),
        ("para", "Baseline: screening years 2020/21 and 2021/22. Follow-up: screening years 2022/23 and 2023/24."),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I105  renal dialysis patient transport - docx - Word form table - transport
#       company is the primary entrant (ineligible) - operations manager voice
#       - no quantitative evidence (single values, counts, targets)
# ---------------------------------------------------------------------------
entry(
    id="I105", format="docx", layout="form_table", topic="patient_transport",
    project="independent7-dialysis-transport-105",
    title="Safe Journeys for Dialysis Patients",
    cover_table=[
        ("Entry title", "Safe Journeys for Dialysis Patients"),
        ("Entrant", "Kittiwake Patient Transport Services Ltd"),
        ("Partners", "Lowther Bridge Hospitals NHS Trust (Ashby Fold Renal Unit); NHS Lowther Bridge Integrated Care Board; Lowther Kidney Patients' Association"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Head of Operations (North), 0161 496 0734"),
    ],
    primary_entrant=dict(name="Kittiwake Patient Transport Services Ltd", type="private"),
    partners=[
        dict(name="Lowther Bridge Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Lowther Bridge Integrated Care Board", type="icb"),
        dict(name="Lowther Kidney Patients' Association", type="charity"),
    ],
    sections=[
        ("context", "Describe the context in which the partnership was needed, the product or service, and its patient safety goals", """
Kittiwake Patient Transport Services has held the non-emergency patient transport contract for Lowther
Bridge since April 2021. Around 4,300 of our 14,000 monthly journeys are for people travelling three times
a week to haemodialysis at the Ashby Fold Renal Unit or one of its two satellite units.

Dialysis patients are among the most vulnerable people we carry. After a four-hour session many are
exhausted, light-headed and at risk of falls. Some have fistulas that can bleed. Missing a session, or
arriving late and having it shortened, can be dangerous. In our first year, our incident system and the
renal unit's recorded a number of concerns: patients left waiting in cold reception areas for over an
hour after dialysis, two falls while stepping down from vehicles, a patient who collapsed at home shortly
after being dropped off, and crews who had not been told that a patient was unwell during their session.

Safe Journeys is a joint operating model between Kittiwake, the renal unit and the ICB, with the Kidney
Patients' Association as a partner. It includes a dedicated dialysis fleet of nine vehicles with
low-step access; a two-way handover card that travels with the patient, so the renal nurse can tell the
crew how the session went and the crew can tell the unit about anything they have noticed at home; a
rule that any patient whose post-dialysis blood pressure is outside their agreed range is not left alone
at home without a check; and a shared daily call between our control room and the renal unit's nurse in
charge.

Our safety goals are to reduce falls and collapses related to transport, to make sure no patient misses
dialysis because of transport, and to improve handover between the renal unit and our crews.
"""),
        ("evidence", "Provide evidence of improvements in safe care as a direct result of the partnership, including quantitative examples", """
The dedicated fleet and the handover card were introduced in October 2022 and the daily call began in
January 2023.

In 2023/24, 99.1% of dialysis journeys arrived within the agreed 30-minute window, and the average wait
for collection after dialysis was 22 minutes. All 86 crew members on the dialysis fleet have completed
the renal awareness module, and every dialysis patient now has a handover card.

Our contract with the ICB sets a target of no more than one transport-related missed dialysis session per
quarter, and we are reporting against this monthly. Over the past year the daily call has dealt with 1,140
issues, such as changes to session times and patients who were unwell.

We are working with the renal unit's audit team on a formal comparison of falls and collapses before and
after the change, which we expect to complete in summer 2025.
"""),
        ("spread", "How have the achievements been applied elsewhere, and how has best practice been shared?", """
The handover card has been adopted by the oncology day unit at Lowther Bridge for patients travelling
for chemotherapy. We have introduced the same operating model in two other contracts we hold, in the
Midlands and in the South West, and shared it at a national patient transport conference in 2024.
"""),
        ("value", "What value has been created, including staff and patient experience and value for money?", """
The dedicated fleet was delivered within the existing contract value of £11.2 million a year, by
reorganising rotas rather than adding vehicles. Crews on the dialysis fleet tell us they get to know
their patients and notice changes sooner, and staff turnover on the fleet has been low. Patients say
they feel safer and less rushed. A patient of 81 told us: 'The lads know me now. They wait until I'm
inside and sat down.'
"""),
        ("stakeholders", "Who was involved, and how were patients and staff engaged in the design?", """
<<P:Members of the Kidney Patients' Association rode along on 20 journeys in summer 2022 and listed the
things that made them feel unsafe, from high steps to being dropped at the wrong door, and every item on
their list was addressed in the new fleet specification.>> <<P:The Association's chair and two members
sat on the project group and chose the final design of the handover card.>>

<<S:Renal nurses and our crews designed the card together over three joint sessions at Ashby Fold, and
the crews asked for a space to record 'concerns at home', which is now the section renal nurses say they
value most.>> <<S:Our control room staff suggested the daily call after realising that most problems came
from changes nobody had passed on.>>

The ICB's contract manager received the project group's minutes.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None),
           dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I106  tuberculosis treatment for people experiencing homelessness - pdf -
#       form table - Scottish TB nurse specialist - no flags
# ---------------------------------------------------------------------------
entry(
    id="I106", format="pdf", layout="form_table", topic="tuberculosis",
    project="independent7-tb-homelessness-106",
    title="Finish the Course: TB treatment that fits the lives of people without a home",
    cover_table=[
        ("Title of entry", "Finish the Course: TB treatment that fits the lives of people without a home"),
        ("Lead organisation", "NHS Strathmorven (Health Board), Respiratory and TB Service"),
        ("Partner organisations", "Strathmorven City Council, Homelessness and Housing Options Service; Open Door Strathmorven (homelessness charity)"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Submitted by", "Lead TB Nurse Specialist"),
    ],
    primary_entrant=dict(name="NHS Strathmorven", type="nhs_trust"),
    partners=[
        dict(name="Strathmorven City Council", type="local_authority"),
        dict(name="Open Door Strathmorven", type="charity"),
    ],
    sections=[
        ("context", "Context", """
Strathmorven has one of the higher tuberculosis rates in Scotland, and a growing share of our cases are
in people who are homeless, living in hostels, or sofa-surfing. TB is curable, but only if people take
their tablets every day for six months or more. Stop and start, and the illness comes back, it spreads to
others, and drug resistance can develop. The drugs themselves carry risks, and liver damage has to be
picked up early.

Before this project, our team of four TB nurses did directly observed therapy by asking patients to come
to the clinic, or by trying to find them. For people without a fixed address, that often did not work.
Clinic appointments clashed with hostel curfews, benefits appointments and court dates. Phones were lost
or cut off. In the worst cases we lost people for weeks, and one man was readmitted with drug-resistant
disease in 2021.

Finish the Course brings three organisations together. The TB service provides video observed therapy,
with a smartphone and data for every patient who needs one, and nurse outreach to hostels. The council's
homelessness service treats active TB as a priority for settled accommodation and has a named housing
officer for our patients. Open Door, a charity that runs a day centre and street outreach, employs a peer
advocate who meets every new patient and stays alongside them through treatment.

Our safety goals: every patient completes treatment, nobody is lost to follow-up, and side effects such as
liver injury are spotted early.
"""),
        ("evidence", "Evidence of improvement", """
We compared everyone with TB and a history of homelessness treated in the three years before the
partnership began (2018 to 2020, 47 people) with those treated in the three years since (2021 to 2023,
52 people).

<<Q:Treatment completion went up from 68% to 91%.>> <<Q:The number of people lost to follow-up for more
than two weeks halved, from 14 to 7.>>

<<Q:The average time from diagnosis to settled accommodation dropped from six weeks to nine days.>>

<<Q:Missed liver function blood tests fell sharply, from about one in four scheduled tests to fewer than
one in twenty, because the peer advocate now brings people to the hostel clinic on blood test days.>>

No patient in this group has developed drug resistance during treatment since the partnership began.
"""),
        ("spread", "Spread and shared learning", """
NHS Glenrathy started video observed therapy for its own homeless patients in 2023, using our phone and
data arrangements and our consent forms. The council's housing priority policy for people with TB has
been shared with other Scottish local authorities through the national homelessness network. We presented
the work at the Scottish TB nurses' forum and at a UK conference on inclusion health, and the peer
advocate role description is freely available from Open Door.
"""),
        ("value", "Value", """
The project costs about £64,000 a year, most of it the peer advocate post and the phones and data. A
single case of drug-resistant TB can cost well over £50,000 to treat, before counting the people it may
infect.

For patients, the value is being treated like a person, not a problem. One man told us: 'I did my tablets
on the phone every morning, even in the cells once.' Our nurses spend less time driving around looking for
people and more time actually nursing.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<P:Two men who had completed TB treatment while sleeping rough helped us plan the video observed therapy,
and told us bluntly that a phone without data was useless, so every phone now comes with a year's data
already loaded.>>

<<PS:Our peer advocate, who was treated for TB herself while homeless in 2019 and now works for Open Door,
designed the first-week welcome visit with the TB nurses.>>

<<S:Hostel support workers from Open Door and the council's housing officers join our weekly cohort review,
and it was a housing officer who proposed the fast-track letter that now goes to every homeless patient
at diagnosis.>> <<S:The TB nurses trialled three video platforms for a fortnight each before choosing the one
that worked best on cheap phones with a poor signal.>>

<<P:People using the Open Door day centre were asked what would stop them coming to the hostel clinic, and
their answers moved the clinic from Monday mornings to Thursday lunchtimes, when the centre serves hot
food.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I107  heatwave planning for care homes and people at home - pdf - NO
#       headings - public health officer writing in simple, non-native
#       English - NO spread section - no patient involvement
# ---------------------------------------------------------------------------
entry(
    id="I107", format="pdf", layout="no_headings", topic="heat_health", pdf_align="L",
    project="independent7-heatwave-107",
    title="Cool Rooms, Known Names: heat safety plan for Marraby",
    cover=[
        "Organisation who submit: Marraby City Council, Public Health team",
        "Together with: Northshire Ambulance Service NHS Trust, Marraby Fire and Rescue Service, Marraby Community Health NHS Trust",
        "Written by: Health Protection Practitioner",
    ],
    primary_entrant=dict(name="Marraby City Council", type="local_authority"),
    partners=[
        dict(name="Northshire Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Marraby Fire and Rescue Service", type="emergency_service"),
        dict(name="Marraby Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
I work in the Public Health team of Marraby City Council since 2019. Before this I was nurse in Portugal,
so I know heat. But in England buildings are made to keep the heat inside, not outside. This is a problem
nobody was thinking much about.

In July 2022 we had two days over 38 degrees in Marraby. In that week the ambulance service had many calls
from care homes and from older people living alone. Some people were found very dehydrated, some
confused, some had fallen. Later the national figures showed many extra deaths in that summer, most of
them older people.

When we looked after the summer, we saw that every organisation had its own heat plan, but the plans did
not talk to each other. Care homes received the heat alert by email, but many did not know what to do.
District nurses knew which patients were most at risk, but this list was not shared with anyone. Fire
service visits many homes for fire safety checks, but they did not ask about heat.

So we made one plan for Marraby with four parts. First, every care home has a named "cool room" that is
checked to stay under 26 degrees, and a simple checklist for amber and red alerts. Second, district nurses
make one shared list of people at home who are most at risk, and on alert days these people get a phone
call every day. Third, fire officers doing home safety visits also check the temperature of the bedroom
and give fans or blinds if needed. Fourth, the ambulance service tells us the same day when there is a
heat-related call from a care home, so we can visit.

The safety goal is simple: less people harmed by heat, especially in care homes.
"""),
        ("evidence", None, """
The plan started in June 2023. Summer 2023 had fewer very hot days than 2022, so we compare only the days
with amber heat alert, which was eleven days in 2022 and ten days in 2023.

<<Q:Ambulance calls for heat illness from care homes on amber alert days went from 31 in 2022 to 12 in
2023.>> <<Q:The care homes with a room that stays under 26 degrees was 40% in May 2023 and 88% by
September 2023.>>

<<Q:Falls in care homes on the alert days were also lower, 44 compared with 67 the year before.>>

On the alert days in 2023 the district nurses made 1,870 phone calls to people on the shared list. The fire
service did 312 home visits with heat check and gave 95 fans.
"""),
        ("stakeholders", None, """
<<S:The district nurses decided themselves who must be on the shared list, and they changed our first
criteria because we had too many names and they said it was impossible to call everybody.>> <<S:Fire
officers wrote the heat questions for the home safety visit, because they know what they can check in ten
minutes at the door.>>

<<S:Care home managers came to two meetings at the Town Hall, and they asked that the checklist is one
page and can be put on the wall, so we changed it.>> <<S:The ambulance service's control room staff
suggested the same-day phone message instead of a weekly report.>>

The people on the list received a phone call every alert day and a leaflet with advice. We wanted to make
a group with older residents to ask their opinion before summer, but there was no time to organise it.
"""),
        ("value", None, """
The plan cost very little money. The fans and blinds cost £4,900 and the thermometers for care homes £1,200,
paid by public health budget. The biggest cost is the time of the staff, which was already there.

For the care home staff, they say now they know exactly what to do when the alert comes, and they do not
feel alone. One manager said the cool room is now "the best room in the house" and residents like to go
there in summer. District nurses say the list helps them to plan the day.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread"),
           dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I108  anticipatory medicines at the end of life - docx - NO headings -
#       hospice nurse consultant, reflective voice - cover with bullet list of
#       partners - no quantitative evidence
# ---------------------------------------------------------------------------
entry(
    id="I108", format="docx", layout="no_headings", topic="end_of_life_care", docx_font="Cambria",
    project="independent7-anticipatory-meds-108",
    title="The Right Medicine in the House: anticipatory medicines for people dying at home",
    cover=[
        "St Brannoc's Hospice, Trewennick, working together with:",
    ],
    cover_bullets=[
        "Trewennick Community Health NHS Trust (district nursing)",
        "Trewennick Out-of-Hours GP Cooperative",
        "NHS Trewennick and Hale Integrated Care Board",
    ],
    primary_entrant=dict(name="St Brannoc's Hospice", type="charity"),
    partners=[
        dict(name="Trewennick Community Health NHS Trust", type="nhs_trust"),
        dict(name="Trewennick Out-of-Hours GP Cooperative", type="primary_care"),
        dict(name="NHS Trewennick and Hale Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", None, """
Most people, when asked, say they would like to die at home. In the last days of life many will need
medicines for pain, breathlessness, sickness, agitation or noisy breathing, and they will often need them
at two in the morning. Anticipatory medicines, sometimes called just-in-case medicines, are prescribed
ahead of time and kept in the house so that a district nurse can give them the moment they are needed.

In our part of the county, with its long lanes and small villages, this often went wrong. As a nurse
consultant at St Brannoc's I heard the same stories again and again from families and from district
nurses. The medicines had been prescribed but the pharmacy did not stock them. The chart had been written
by the GP in one way and the district nurse needed it another way. A syringe driver was set up with a dose
that did not match the chart. A nurse arrived at night to find the box in the house but no authorisation to
give anything. A husband waited four hours for help while his wife was in pain.

So in 2022 the hospice, the community trust, the out-of-hours GP cooperative and the integrated care board
sat down together. What we built has four parts. There is now one shared anticipatory medicines chart,
used by GPs, hospice doctors and out-of-hours clinicians alike, with standard doses and clear rules for
titration. Fourteen community pharmacies across the area hold an agreed stock list, so the medicines can
be collected the same day. The hospice runs a 24-hour advice line for district nurses and out-of-hours
doctors, staffed by our senior nurses with a consultant on call. And carers who wish to can be trained to
give certain medicines themselves, with support.

Our goals were that nobody dying at home should wait in distress for medicines, and that the medicines
given are the right ones, at the right dose, every time.
"""),
        ("evidence", None, """
It is harder than you might think to measure a good death. We have tried to be honest about what we can
and cannot yet show.

The shared chart has been in use across the whole area since October 2023. In an audit of 50 patients who
died at home in February 2024, 47 had a completed shared chart in the house. The 24-hour advice line has
taken 1,930 calls since it opened, about a third of them between midnight and 8am, and all fourteen
pharmacies on the stock scheme passed their first quarterly stock check. Thirty-one carers have completed
the training to give subcutaneous medicines, and none has reported a problem.

What we do not yet have is a reliable before-and-after measure of how long people wait for medicines or
how often doses are wrong. Our incident systems did not record these things in the same way before 2023.
The ICB's analytics team is now linking district nursing visit times with the advice line log, and we have
set ourselves the aim of having a response within one hour for every call by 2025.
"""),
        ("stakeholders", None, """
None of this was designed at a desk. <<P:Seven bereaved carers from our carers' support group met with
us four times to talk through what had gone wrong at home, and it was they who insisted that the shared
chart should come with a plain-language summary for the family.>> <<P:One widow, a retired teacher, wrote
that summary herself and tested it on her own grandchildren to see if it made sense.>>

<<S:District nurses from all five community teams redesigned the chart over three evening workshops, and
their most important change was to put the syringe driver calculation on the same page as the
prescription.>> <<S:Out-of-hours GPs asked for the titration rules to be printed in a box that could be
read in a dark bedroom with a phone torch, which sounds small and is not.>> <<S:Community pharmacists
agreed the stock list between them and chose to hold two extra items that nobody else had thought of.>>

<<P:People receiving hospice care at home and their families tried out the carer training in its draft
form, and because several said the video was too fast, we slowed it down and added subtitles.>>

Our chief executive and the ICB's director of nursing sponsored the work. All practices in the area were
told about the new chart in a letter from the ICB.
"""),
        ("spread", None, """
The shared chart has since been adopted by the neighbouring hospice in Hale and its community teams, and
the regional palliative care network has asked for it to be the basis of a single chart for the whole
region. We have presented the work to the national hospice nursing forum, and the carer training video is
free to watch on our website.
"""),
        ("value", None, """
The advice line costs the hospice around £72,000 a year, which the ICB now funds. The pharmacy stock scheme
costs £350 per pharmacy per year to cover medicines that go out of date.

The value that matters most is harder to cost. A daughter wrote to us in January: 'Dad was comfortable. The
nurse came, rang the hospice, and it was sorted in twenty minutes. We got to sit with him.' District nurses
tell us they feel less alone on night shifts, and out-of-hours doctors say they now give end-of-life care
with more confidence.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I109  domestic and sexual abuse advocacy in ED and maternity (Northern
#       Ireland) - pdf - numbered questions - charity service manager,
#       survivor-centred voice - no staff involvement (trained, single named
#       lead, informed, feedback that changed nothing)
# ---------------------------------------------------------------------------
entry(
    id="I109", format="pdf", layout="numbered_questions", topic="gender_based_violence",
    project="independent7-gbv-advocacy-109",
    title="Ask Once, Act Once: hospital-based advocacy for women experiencing abuse in Lough Carran",
    cover=[
        "Safe Harbour Lough Carran",
        "Partners: Lough Carran Health and Social Care Trust, Lough Carran Policing and Community Safety Partnership",
        "Registered charity NIC104472  ·  24-hour helpline 028 9649 6021",
    ],
    primary_entrant=dict(name="Safe Harbour Lough Carran", type="charity"),
    partners=[
        dict(name="Lough Carran Health and Social Care Trust", type="nhs_trust"),
        dict(name="Lough Carran Policing and Community Safety Partnership", type="local_authority"),
    ],
    sections=[
        ("context", "1. Why was the partnership needed, what is the service, and what are its patient safety goals?", """
Women experiencing domestic and sexual abuse often come to hospital long before they come to us. They
come to the emergency department with injuries that are explained away, to maternity triage with bleeding
in pregnancy, to the fracture clinic more than once. Each visit is a chance to help, and a chance that is
easily missed. A domestic homicide review in our area in 2021 found that a woman had attended the
emergency department five times in the year before she was killed, and that she had never been asked
directly about abuse.

Safe Harbour has supported women in Lough Carran for 31 years. Before this project our independent domestic
violence advisers (IDVAs) worked from our office in town, and referrals from the hospital were rare, late
and often by fax. When a referral did come, the woman had usually gone home.

Ask Once, Act Once places two Safe Harbour IDVAs in Lough Carran Area Hospital, one covering the emergency
department and one covering maternity, from 8am to 8pm, seven days a week. Hospital staff ask every woman
attending ED or maternity about abuse in private, using a single agreed question. If she says yes, an IDVA
sees her before she leaves, assesses risk, makes a safety plan and, where the risk is high, refers to the
multi-agency risk assessment conference (MARAC) the same day. The Policing and Community Safety Partnership
funds a dedicated out-of-hours line so that a disclosure at night is followed up by 10am.

Our safety goals are to identify abuse earlier, to reduce repeat injury, and to make sure no woman at
high risk leaves hospital without a safety plan.
"""),
        ("evidence", "2. What evidence can you show of improvements in safe care as a direct result of the partnership?", """
The service began in ED in September 2022 and in maternity in January 2023.

<<Q:Disclosures of abuse identified in the hospital and passed to an advocate went from about four a month
in 2021/22 to an average of 23 a month in 2023/24.>> <<Q:The time from disclosure to MARAC referral for
women at high risk dropped from a median of twelve days to two.>>

<<Q:Among women supported by a hospital IDVA, repeat attendance at ED with an assault-related injury within
six months fell by 40% compared with a matched group from before the service began.>>

In 2023/24 our IDVAs supported 276 women, 41 of them pregnant. Eighty-eight were referred to MARAC.
"""),
        ("spread", "3. How have the achievements been applied elsewhere and how has best practice been shared?", """
The Trust has extended routine enquiry to its sexual health clinic and two minor injury units, with IDVA
support by phone. A second trust in the region has visited us and is seeking funding for its own hospital
IDVA posts. We have presented the model to the regional domestic and sexual violence partnership, to a
Department of Health working group, and at an all-island conference on violence against women and girls,
which was attended by more than 200 people.
"""),
        ("value", "4. What value has been created, for patients, staff and the public purse?", """
Two full-time IDVA posts cost £78,000 a year, and the out-of-hours line costs £11,000. Domestic abuse costs
public services a great deal, and a single prevented homicide or serious assault would repay the service
many times over.

Women tell us that being seen in hospital, by someone who is not a doctor or a police officer, made the
difference. One wrote: 'I'd been asked before, by a nurse in a rush. This time somebody came and sat with
me.' Hospital staff say they are more confident to ask, because they know someone will come.
"""),
        ("stakeholders", "5. Who was involved, and how were they engaged in the design of the service?", """
<<P:The single question that hospital staff now ask was written by eleven survivors who meet at Safe Harbour
every Tuesday, after they rejected three versions drafted by professionals as 'too long and too
frightening'.>> <<P:Survivors also told us that posters in the toilets needed a tear-off strip small enough
to hide in a shoe, and we had them reprinted.>>

<<P:A woman who had been seen in the emergency department many times before she got help now sits on our
steering group and reviews every case where a woman declined support.>>

On the hospital side, the work was led by the Trust's named nurse for safeguarding adults, Ciara Boyle.
All 640 ED and maternity staff completed a one-hour training session on routine enquiry before go-live,
and consultants were briefed at their departmental meetings. Staff filled in feedback forms after the
training; the comments were positive and the session was left as it was. Police officers from the local
district receive a copy of our quarterly review report.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I110  neonatal jaundice checks at home - docx - numbered questions - community
#       midwife voice - NO evidence section (so no quantitative evidence);
#       a private app company is a partner, not the entrant
# ---------------------------------------------------------------------------
entry(
    id="I110", format="docx", layout="numbered_questions", topic="neonatal_jaundice",
    project="independent7-neonatal-jaundice-110",
    title="Every Skin, Every Baby: safer jaundice checks at home in Wendlow",
    cover=[
        "Community Midwifery Team, Wendlow and Ashgrove Hospitals NHS Trust",
        "with Ashgrove Community Health Services NHS Trust (Health Visiting) and Ochrelight Ltd",
        "Contact: Lead Community Midwife, 01632 960227",
    ],
    primary_entrant=dict(name="Wendlow and Ashgrove Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Ashgrove Community Health Services NHS Trust", type="nhs_trust"),
        dict(name="Ochrelight Ltd", type="private"),
    ],
    sections=[
        ("context", "1. Tell us about the context: why was the partnership needed, what is the service and what are its patient safety goals?", """
Most newborn babies get a bit yellow in their first week. Usually it's harmless. But every so often the
bilirubin climbs high enough to need treatment, and if it's missed it can cause brain damage, which is
rare but devastating and completely preventable. That's why it sits on the list of harms every maternity
service worries about.

The trouble is that in Wendlow most babies go home within a day, and the jaundice peaks on day three to
five. So the person who has to spot it is me, or one of my colleagues, on a home visit, usually by looking
at the baby's skin in someone's front room. And looking doesn't work well, especially for babies with
darker skin, which is a large share of the babies we see in Wendlow. We had two babies readmitted with
very high bilirubin in 2022, both from Black African families, and in both cases the visiting midwife had
written 'mild jaundice, observe'.

Every Skin, Every Baby does three things. Every community midwife now carries a transcutaneous
bilirubinometer, a little handheld meter you press on the baby's forehead or chest, so we measure rather
than guess. Health visitors at the new birth visit on day 10 to 14 use the same meter for babies who are
still jaundiced. And we are piloting an app, made by Ochrelight, which lets parents take a photo of the
baby's skin and the whites of the eyes against a colour card and sends a risk score to the midwife. Any
high reading triggers a same-day blood test at the maternity assessment unit, which has agreed to see
these babies without a referral from a GP.

Our goals: no baby with dangerous jaundice missed at home, and no difference in safety depending on the
colour of a baby's skin.
"""),
        ("stakeholders", "2. Who was involved, and how were they engaged in the design?", """
<<P:It started with the mums: a WhatsApp group of parents whose babies had been readmitted with
jaundice told us that every one of them had been told by somebody that the baby 'looks fine', and they
asked us to stop relying on looking.>>

<<P:Mothers from the Wendlow Black Mothers' Network tested the app at home for six weeks before we launched
the pilot, and because they found the colour card confusing in artificial light, Ochrelight changed the app
so it tells parents to stand by a window.>> <<P:The Network also wrote the leaflet that goes in the red
book, in their words, not ours.>>

<<S:Community midwives chose which meter to buy after trying two models on real visits for a month.>>
<<S:Health visitors from Ashgrove, who had never been involved in jaundice before, wrote their own
standard operating procedure with our consultant neonatologist, and they changed the referral threshold
for older babies after looking at the evidence themselves.>> <<S:Ochrelight's developers spent two days
shadowing midwives on visits to see how the app would actually be used.>>

<<S:Maternity assessment unit midwives suggested the 'no GP needed' rule after seeing how long families
waited when they were sent to the surgery first.>>
"""),
        ("spread", "3. How have you shared your learning and spread what you've achieved?", """
Two neighbouring trusts have bought the same meters for their community teams after visiting us, and the
local maternity and neonatal system has made transcutaneous testing at home part of its equity and
equality action plan for 2024/25. I've talked about the project at the regional midwifery conference and on
a national podcast about skin tone bias in maternity care. The Black Mothers' Network leaflet is free for
any trust to use.
"""),
        ("value", "4. What value has it created for families, staff and the NHS?", """
Each meter costs about £3,800 and we bought 26, funded by a one-off grant from the local maternity and
neonatal system. The app pilot is being provided free by Ochrelight for its first year while it is
evaluated. A blood test at home would cost more in staff time than a meter reading, and every avoided
readmission to the neonatal unit saves a bed for a baby who really needs one.

For parents, the best thing is being told a number instead of a guess. One dad said: 'She pressed the thing
on his head and said 180, that's fine, here's what would worry me. I slept that night.' For midwives, it
means not carrying the worry home.

We haven't written an evidence section yet because honestly it's too early. We started the meters in
November 2023 and the app pilot in March 2024, and the academic team evaluating it for the local maternity and neonatal system won't report
until next year.
"""),
    ],
    flags=[dict(code="missing_section", criterion="evidence"),
           dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I111  medicines reconciliation from the shared care record into ePMA -
#       docx - Word heading styles - digital team voice - EPR vendor is a
#       partner - no patient involvement (panel shown the finished product,
#       beneficiaries, out of scope)
# ---------------------------------------------------------------------------
entry(
    id="I111", format="docx", layout="style_headings", topic="digital_prescribing", docx_font="Calibri Light",
    project="independent7-epma-medrec-111",
    title="One List: pulling GP medicines into hospital prescribing, safely",
    cover=[
        "Entrant: Kellsbridge Royal Hospitals NHS Foundation Trust – Digital Medicines Team (Chief Clinical Information Officer's office)",
        "Partners: NHS Kellsbridge and Fennick Integrated Care Board (Shared Care Record programme) | Fennick GP Federation | Corvid Health Systems Ltd (EPR supplier)",
    ],
    primary_entrant=dict(name="Kellsbridge Royal Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="NHS Kellsbridge and Fennick Integrated Care Board", type="icb"),
        dict(name="Fennick GP Federation", type="primary_care"),
        dict(name="Corvid Health Systems Ltd", type="private"),
    ],
    sections=[
        ("context", "The problem and what we built", """
When a patient is admitted, someone has to work out what medicines they were taking at home. Until 2022,
at Kellsbridge Royal, that meant a foundation doctor or pharmacist reading a GP summary (if one could be
found), a carrier bag of boxes, and the patient's memory, then retyping the lot into our electronic
prescribing and medicines administration system (ePMA). Every retyping is a chance for a transcription
error. Our pharmacy audits consistently found that around half of admitted patients had at least one
unintentional discrepancy between their home medicines and their inpatient chart, and omitted doses of
critical medicines in the first 24 hours were a recurring theme in our incident reports.

The ICB's shared care record already held each patient's current GP medication list. It just wasn't
connected to ePMA. One List is the integration that connects them. On admission, the GP medication list
is pulled from the shared care record via a FHIR interface into a reconciliation screen in ePMA, where a
pharmacist or pharmacy technician confirms each item with the patient and, with one click per line,
continues, withholds or stops it on the inpatient chart. Nothing is retyped. On discharge, the reconciled
list, with reasons for every change, flows back to the GP practice through the same route.

<<S:The build was delivered in two-week sprints by a joint team from our digital medicines group, the
ICB's shared care record programme and Corvid, our EPR supplier, with the GP Federation providing the
primary care clinical safety officer.>>

Safety goals: eliminate transcription errors at admission, reduce omitted critical medicines, and make
sure GPs know what changed and why.
"""),
        ("evidence", "Outcomes", """
MVP go-live was on the acute medical unit in June 2023, followed by full roll-out to all 27 adult
inpatient wards by November 2023. Outcome data come from the pharmacy department's quarterly medicines
reconciliation audit (100 random admissions per quarter) and from ePMA administration records.

<<Q:The mean number of unintentional medication discrepancies per patient at admission fell from 1.4 to
0.5.>> <<Q:The share of patients with at least one discrepancy went from 52% to 23%.>>

<<Q:Omitted or delayed doses of critical medicines in the first 24 hours after admission dropped by 38%.>>
<<Q:Median time from admission to completed medicines reconciliation went from 26 hours to under five.>>

<<Q:On the GP side, the Federation's audit found that practices actioned discharge medication changes
within seven days for 88% of patients, up from 47% before One List.>>

Since go-live, 41,200 admission reconciliations have been completed in the new screen.
"""),
        ("spread", "Scaling and sharing", """
The FHIR profiles and the clinical safety case are published on the ICB's developer portal under an open
licence. Corvid has packaged the reconciliation screen as a standard product feature, and two other trusts
using the same EPR have it in their 2024/25 roadmap. We presented at a national digital health summit and
at the regional chief pharmacists' network. Fennick Community Hospital, which uses a different ePMA
supplier, is now building its own interface to the same shared care record feed.
"""),
        ("value", "Value", """
The project cost £412,000 over 18 months, shared between the Trust's digital capital budget and the ICB's
frontline digitisation funding. Pharmacy estimates that One List saves roughly 20 minutes of pharmacist or
technician time per admission, which has been reinvested in ward-based clinical pharmacy.

For staff, the feedback has been strongly positive: nobody misses retyping a list of fourteen drugs at
three in the morning. Patients benefit from fewer errors and from a GP who knows why their tablets changed.
"""),
        ("stakeholders", "Who was involved", """
<<S:Ward pharmacists and pharmacy technicians designed the reconciliation screen with Corvid's developers
in fortnightly sprint reviews, and it was a technician who proposed colour-coding items that had changed in
the GP record in the last 90 days.>> <<S:Nurses on the acute medical unit tested each release on live
admissions and their feedback led us to move the allergies banner above the medicines list.>>

<<S:GP practice pharmacists from the Federation shaped the discharge message so that it lands in the
practice's existing medicines workflow instead of in a clinician's inbox.>> <<S:The ICB's shared care
record team rebuilt the medication feed twice after our pharmacists showed them cases where repeat items
had been missed.>>

Our patient panel was shown the finished reconciliation screen at its June 2023 meeting. Medicines held in
patients' own apps were out of scope for this phase.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I112  safety-netting in remote GP consultations - pdf (Word converted by
#       LibreOffice) - heading styles - GP partner voice - a single practice
#       with no partner organisation (ineligible) - no staff involvement
# ---------------------------------------------------------------------------
entry(
    id="I112", format="pdf", layout="style_headings", topic="remote_consultation", render_via="soffice",
    docx_font="Liberation Sans",
    project="independent7-remote-safetynet-112",
    title="Safety-Netting That Sticks: making remote consultations safer at Brookhaven",
    cover=[
        "Entrant: Brookhaven Medical Group (four surgeries, 31,400 registered patients)",
        "Written by a GP partner and the practice's clinical safety lead",
    ],
    primary_entrant=dict(name="Brookhaven Medical Group", type="primary_care"),
    partners=[],
    sections=[
        ("context", "Why we had to act", """
Like every practice in the country, we went remote almost overnight in March 2020, and we never fully went
back. These days roughly half of our 11,000 or so monthly consultations start online or by phone. For most
problems that is fine, and our patients like it. But remote consulting has a particular weak spot:
safety-netting. In a face-to-face consultation you hand someone a leaflet, you watch their face while you
explain when to come back, and you can see whether they've understood. On the phone, at the end of a long
morning, 'ring back if you're worse' is easy to say and easy to forget.

We learnt this the hard way. In 2021/22 we had nine significant events in which a patient deteriorated
after a remote consultation and the safety-netting advice was either missing from the notes or too vague
to be useful. Two of those patients had sepsis. One was a child with meningitis whose mother told us
afterwards that she hadn't realised the rash mattered.

So I spent a summer rebuilding how we safety-net. Every remote consultation template now has a mandatory
safety-netting field with a drop-down of condition-specific advice, written in plain English. The advice is
sent automatically to the patient as a text message with a link to a one-page web leaflet, in any of nine
languages. For higher-risk presentations (children under five, chest pain, suspected sepsis, anyone over
75 with a new infection) the template prompts the clinician to book a follow-up call rather than leave it
to the patient.

The goals are simple: every remote consultation safety-netted, every patient knowing exactly what to look
out for and what to do, and fewer people coming to harm in the gap.
"""),
        ("evidence", "What changed", """
We went live across all four surgeries in October 2022. We audit 50 random remote consultations a month
against the safety-netting standard, and we review every significant event.

<<Q:Documented, specific safety-netting advice in remote consultations rose from 39% in our September 2022
baseline audit to 92% by March 2024.>> <<Q:The proportion of patients who received written safety-netting
advice went from almost none to 86%.>>

<<Q:Significant events involving missed deterioration after a remote consultation fell from nine in
2021/22 to two in 2023/24.>>

Over the same period the text messages were opened within an hour by more than three-quarters of
recipients, and the web leaflets were viewed around 14,000 times.
"""),
        ("stakeholders", "Who was involved", """
<<P:Our patient participation group ran its own survey of 230 patients in spring 2022, and when it showed
that most people could not remember the safety-netting advice they had been given by phone, the group
asked us to put it in writing, which is where the text message came from.>> <<P:Members of the group then
read every one of the leaflets and sent back the ones they thought were too medical, about a third of
them, which we rewrote.>>

<<P:A father whose son had been seriously ill after a phone consultation agreed to let us use his family's
story in the leaflet on fever in children, and he chose the wording of the red-flag box.>>

I wrote the templates and the advice myself, with the help of published guidance. Our practice manager, Jo
Harding, set up the text message system. All 26 clinicians, including our pharmacists and paramedic,
completed a 45-minute training session, and the change was announced to the whole team at the October 2022
practice meeting.
"""),
        ("spread", "Sharing it", """
We have shared the templates and leaflets with the other practices in our primary care network, and three
of them are now using them. I presented the project at a regional GP education evening and at the
practice managers' forum. The leaflets are free for anyone to use and adapt.
"""),
        ("value", "Was it worth it?", """
It cost us very little in money: about £1,900 a year in extra text messages and a few evenings of my time.
The value is in what doesn't happen. One avoided emergency admission for sepsis pays for the text messages
many times over, and the significant event meetings, which used to be painful, are now mostly about other
things.

Patients like it. The PPG's follow-up survey found that people valued having the advice 'in my pocket'.
Our clinicians say it has made remote consulting feel less like a gamble.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None),
           dict(code="no_staff_involvement", criterion="stakeholders")],
)
