"""Fifty-third independent evaluation set (I833..I848) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing universities, councils, GP
federations, prison healthcare teams, care home groups and care associations, community
and acute trusts, ambulance services, hospices, pharmaceutical committees, integrated
care boards and the odd private company send in, in their own voices and at their own
length.  The theme of this set is workforce and culture in safety: speaking up, incident
reporting and learning, handovers, staffing, violence against staff and safety huddles,
in trusts, care homes, prisons and primary care working with universities and other
partners.

Topics: student nurses and midwives raising safety concerns on placement (a university
lead, own headings), daily safety huddles in care homes (a council care quality team,
bold headings with a cover table), abuse and violence towards general practice
reception staff (a GP federation with the police and a university, numbered
questions), night handover and emergency response between prison officers and
healthcare (a community trust running a prison's healthcare, two columns), learning
from incidents in care homes (a private care home group as primary entrant, rubric
headings), matching district nursing staffing to the day's workload (a community trust
with a university, capital headings), violence and aggression in the emergency
department (an acute trust, results first, no spread section), violence against
ambulance crews and address warning markers (an ambulance service, numbered questions),
handing over the wishes of people in their last weeks of life to out-of-hours teams (a
hospice lead, a form), shared learning from near misses across community pharmacies and
GP practices (a pharmaceutical committee with a university school of pharmacy, with
appendix), a whole-hospital safety huddle (departments of one trust, no partner, a pdf
made from Word), internationally recruited care workers speaking up about unsafe care (a
care association, no headings, long), induction and handover for agency nurses on
mental health wards (a private staffing agency as primary entrant, lists), sexual
harassment of home care workers and community nurses (a council commissioning team,
style headings), structured handover from care homes to NHS 111 (an integrated care
board, a form) and protected rest breaks for night shift staff (a university lead, short
lists with no evidence section).

Lead types and layouts: I833 university, pdf own_headings; I834 local_authority, docx
bold_headings with a cover table; I835 primary_care (GP federation), docx
numbered_questions; I836 nhs_trust (prison healthcare), pdf two_column; I837 private,
docx rubric_headings; I838 nhs_trust (community), pdf caps_headings; I839 nhs_trust
(acute), docx reordered; I840 emergency_service (ambulance), pdf numbered_questions;
I841 charity (hospice), docx form_table; I842 primary_care (LPC), pdf with_appendix;
I843 nhs_trust (no partner), pdf style_headings via soffice; I844 charity (care
association), docx no_headings; I845 private, pdf bullet_lists; I846 local_authority,
docx style_headings; I847 icb, pdf form_table with a cover table; I848 university, docx
bullet_lists.

Build it with

    .venv/bin/python data/independent/build.py --set 53   (writes data/corpus/independent53/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (a measured change in an outcome: a baseline and an
                   after value, or a stated change such as 'halved', 'a third fewer' or a
                   sustained shift on a run or SPC chart)
  <<P:sentence>>   patient / carer / family / service-user / lived-experience involvement
  <<S:sentence>>   staff involvement (any staff group, including partners' staff and
                   students on placement, who co-designed, tested, were consulted,
                   governed the work or gave feedback that changed it)
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are joined with
a single space.  A paragraph starting with "- " is a bullet item.

Labelling conventions (as in entries29.py and entries31.py):
  * not Q: dates, financial years, bed/ward/home/site/practice counts, headcounts,
    numbers trained or inducted, activity counts (huddles held, reports, calls, markers
    reviewed, visits, passports sent), single figures with no baseline (a one-off survey
    or audit percentage), a zero with no earlier figure, figures that did not change,
    budgets, costs and savings estimates, phone numbers, postcodes, reference numbers,
    targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (a rise in reporting with a before and after figure counts); no_quantitative_evidence
    looks only at the evidence section (or the whole entry when the evidence section is
    missing), so a real change told only in the value section (I835) does not clear it;
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, prisoners speaking for their landing, patient
    safety partners, 'people who draw on care and support', unusual job titles, list
    items), wherever in the entry it is told; a volunteer or peer worker with lived
    experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, inducted, informed or sent letters,
    plans and intentions, negations, unnamed 'stakeholders', organisations agreeing or
    funding, a single named lead doing their job, audiences at launches and meetings that
    were only updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance services and police forces are
emergency_service; a prison is public_other; GP federations, primary care networks and
local pharmaceutical committees are primary_care; hospices, care associations, care
providers' and home care associations and dementia charities are charity; a university
is university; care home groups, nurse staffing agencies and nursing home companies are
private).  A department or team of the entrant's own organisation is not a partner.
Flags are written by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I833  student nurses and midwives raising safety concerns on placement -
#       pdf - own headings - UNIVERSITY lead (associate professor, reflective)
#       with an acute trust, a community trust and a nursing home company -
#       students, practice staff and people with lived experience involved
#       (patient involvement in the passive voice, 'people on the receiving
#       end of care') - no flags
# ---------------------------------------------------------------------------
entry(
    id="I833", format="pdf", layout="own_headings", topic="student_placement_speaking_up",
    project="independent53-sayitonplacement-833", pdf_font="LiberationSans", pdf_align="L",
    title="Say It On Placement: helping student nurses and midwives raise safety concerns and be heard",
    cover=[
        "Lead organisation: University of Quarrendon, School of Nursing, Midwifery and Allied Health",
        "Partners: Quarrendon and Hexley Hospitals NHS Foundation Trust; Hexley Community Health NHS Trust; Stanmoor Care Ltd (three nursing homes)",
        "Written by the Associate Professor for Practice Learning",
    ],
    primary_entrant=dict(name="University of Quarrendon", type="university"),
    partners=[
        dict(name="Quarrendon and Hexley Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Hexley Community Health NHS Trust", type="nhs_trust"),
        dict(name="Stanmoor Care Ltd", type="private"),
    ],
    sections=[
        ("context", "Where we started", """
Every year about 1,900 of our nursing and midwifery students spend half of their course on placement,
on hospital wards, in district nursing teams, in birth centres and in nursing homes. They are extra
pairs of eyes. They are often the only people on a shift who are new enough to notice that something
is not normal: a patient left in a wet bed all night, a controlled drug signed for but not given, a
monitor alarm that everyone has learned to ignore. They are also the people with the least power to say
anything about it.

We knew this from our own module evaluations, where students would write, sometimes years after the
event, that they had seen something on placement that worried them and had kept quiet. The reasons were
always the same. They were worried about failing the placement, because the person they would be
reporting was often the person signing off their competencies. They did not know who to tell, because
the trust's Freedom to Speak Up guardian was a name on a poster and the university's route was an email
address. And when they had spoken up, they rarely heard what happened next, so they concluded that
nothing had.

In the spring of 2022 a second-year student on a surgical ward told her personal tutor, at the end of
her placement, that she had seen observations being written up for patients who had not been seen. By
then the patients had gone home and the rota had changed. The trust investigated and found the student
had been right. She said she had not raised it at the time because a healthcare assistant had told her
that 'students who make trouble do not pass'. That conversation was the start of this project.

We realised we could not fix it from the university side alone. A student on placement belongs to two
organisations at once and, in practice, neither. The trusts and the nursing home company had their own
speaking up processes for their staff but had never thought about how they applied to a student who
was there for eight weeks. We had a process for academic complaints that was not designed for patient
safety at all.

Nursing homes were a particular worry. Students placed in small homes may be the only learner there,
supervised by a nurse who is also running the shift, and they often felt that raising a concern would
be seen as criticising a team that was already stretched. In community placements students spend much
of the day alone with one nurse in patients' homes, so the person they would need to speak about is the
person they spend every minute with.
"""),
        ("evidence", "What has changed", """
Say It On Placement began in September 2022. Every student now meets the placement area's speaking up
guardian or champion in the first week. There is one shared online form for students, which goes at
the same time to the university's practice learning team and to the guardian in the placement
organisation, and a promise that the student will get a written reply within five working days saying
what is being done. A student who raises a concern has their assessment moderated by a second
practice assessor from another area if they ask for it, so that nobody can fail them in revenge.

<<Q:Concerns about patient safety raised by students while on placement, rather than afterwards, rose
from 23 in 2021/22 to 88 in 2023/24.>> We see this as a good sign: students are telling us what they
see while something can still be done about it.

<<Q:In our annual placement survey, the share of students who agreed that they would feel safe raising
a concern went from 54% in 2022 to 81% in 2024.>> <<Q:The median time between a student raising a
concern and getting a written response fell from 19 working days to 4.>>

Of the 88 concerns raised in 2023/24, 61 were about patient care, 17 about staffing and 10 about the
behaviour of staff towards students. Eleven led to a formal investigation by the placement organisation.
"""),
        ("stakeholders", "How students, staff and patients shaped it", """
<<S:A group of fourteen students from all years and all four fields of nursing, and midwifery, met six
times to design the online form and decided it should ask 'what did you see?' before it asked 'who was
involved?', because naming someone was the hardest part.>> <<S:Practice supervisors and ward managers from
the acute trust told us they were afraid of being judged by a student who had only seen one shift, so
the written reply now always explains what the student may not have known, and they wrote the guidance
for that reply themselves.>> <<S:The Freedom to Speak Up guardians in both trusts and the nursing home
company's quality lead worked out with our practice learning team who sees each concern first.>>

<<P:The simulation scenarios we now use in the first-year speaking up workshop were written together
with people who have been on the receiving end of care that went wrong, and it was at their insistence
that every scenario ends by asking what the patient would have wanted someone to say.>> <<P:One of them,
a retired teacher whose husband's deterioration was missed on a ward, plays herself in the scenario and
changed the script after the first run because she felt the student character gave up too easily.>>

All 1,140 first and second-year students have been to the workshop, and 312 practice supervisors have
completed the online update.
"""),
        ("value", "Cost and value", """
The extra cost is small: about two days a month of a senior lecturer's time, and the guardians' time,
which their organisations already fund. The shared form was built on the university's existing
platform. Against this, each concern raised at the time is an opportunity to stop harm that would
otherwise only be discovered by an incident or a complaint. Students tell us they feel part of the team
rather than visitors, and placement providers say students are now a source of early warning rather
than a risk to be managed.
"""),
        ("spread", "Beyond Quarrendon", """
The shared form and the second assessor rule have been adopted by the two other universities that send
students to the acute trust, so a student from any of them now uses the same route. We have presented
the work at the regional practice learning network and the national speaking up conference. The
workshop materials are available to other universities free of charge, and the nursing home company is
using the same approach for its apprentices.

We have also learned some things we did not expect. Students now raise concerns about their own
supervision and wellbeing through the same route, which we had not designed it for, and we have had to
agree with the trusts how to separate those from concerns about patient care. And some of the most
useful concerns have come from first-year students on their very first placement, who do not yet know
what is 'normal' and ask simply why something is done the way it is.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I834  daily safety huddles in care homes - docx - bold headings with a
#       cover table - council care quality officer, practical - council with
#       the community trust's care home support team and a care providers'
#       association - staff involved (care workers, nurses, cooks, night
#       staff) - NO patient involvement (residents benefit, residents'
#       meetings told, families sent a newsletter, a relatives' survey that
#       changed nothing, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I834", format="docx", layout="bold_headings", topic="care_home_daily_safety_huddles",
    project="independent53-tenatten-834", docx_font="Calibri",
    title="Ten at Ten: daily safety huddles in Tollerton care homes",
    cover_table=[
        ("Entry title", "Ten at Ten: daily safety huddles in Tollerton care homes"),
        ("Lead organisation", "Tollerton Borough Council (Care Quality and Improvement Team, Adult Social Care)"),
        ("Partners", "Tollerton Community Health NHS Trust (Care Home Support Team); Tollerton and District Care Providers' Association"),
        ("Contact", "Care Quality Improvement Officer"),
    ],
    primary_entrant=dict(name="Tollerton Borough Council", type="local_authority"),
    partners=[
        dict(name="Tollerton Community Health NHS Trust", type="nhs_trust"),
        dict(name="Tollerton and District Care Providers' Association", type="charity"),
    ],
    sections=[
        ("context", "The problem we were trying to solve", """
There are 22 care homes in Tollerton, most of them small and independently owned, looking after about
780 older people. When we reviewed the safeguarding concerns and serious incidents from our homes in
2021/22, the same thing came up again and again: somebody knew. The night carer knew that Mrs B had not
drunk much. The cook knew that Mr T had left his lunch for the third day running. The domestic knew that
the pressure mattress in room 12 was making a funny noise. But the information stayed with the person
who noticed it, or was written in a daily note that the nurse in charge did not have time to read, and
by the time anyone joined it up the resident had a urine infection, a pressure ulcer or a fall.

Most homes had a morning handover between night and day staff, but it was usually a list of who had
slept and who had not, given by one person to the senior on duty. Care workers, kitchen and domestic
staff were not part of it. The community trust's care home support team, who visit each home at least
weekly, found out about problems when they happened to ask.

We wanted something simple that any home could do with the staff it already had, every day, without a
meeting room or a computer.
"""),
        ("evidence", "Evidence of improvement", """
Ten at Ten is a ten-minute stand-up huddle at ten o'clock every morning, run by whoever is in charge. It
uses a one-page sheet with five questions: who are we worried about today, who has not eaten or drunk
well, who is at risk of falling today, is any equipment not working, and is anything stopping us giving
safe care (short staffing, agency staff who do not know the residents, a broken lift). Anyone who is on
shift can come, and the cook and the housekeeper are expected to. Anything that needs a nurse or GP is
phoned through to the care home support team that morning.

All 22 homes were running the huddle by March 2023. We compared the twelve months before each home
started with the twelve months after, using the homes' own records and the council's quality monitoring
data.

<<Q:Falls that led to a fracture or a head injury fell from 47 to 26 across the 22 homes.>> <<Q:Emergency
admissions of residents with a urine infection or dehydration went down from 118 to 71.>> <<Q:Pressure
ulcers that developed in the homes, category 2 and above, fell by about a third.>>

The homes have held more than 8,000 huddles since the start.
"""),
        ("stakeholders", "How people were involved", """
<<S:We did not design the sheet ourselves: care workers, nurses and home managers from six homes tried
out three versions over two months, and it was the care workers who cut it from twelve questions to
five because, as one of them put it, ten minutes means ten minutes.>> <<S:Night care workers told us
they were leaving before the huddle started, so the homes now ask the night senior to fill in the first
question before going home, and the sheet has a box for it.>> <<S:Cooks and kitchen assistants asked for
a column to record who had refused meals, which they now fill in before the huddle.>> <<S:The care home
support team's nurses and therapists agreed with the association's managers which answers should lead
to a same-day call.>>

Residents are the people the huddle is for, and we hope they will notice the difference. Residents'
meetings in each home were told about Ten at Ten when it started. Families received an article about it
in the association's newsletter. We sent a short survey to relatives after six months, and the answers
were positive, so nothing was changed. We did not involve residents directly in designing the sheet,
which is something we would do differently. We plan to invite residents' representatives to the review
of the sheet in 2025.
"""),
        ("value", "Value", """
The huddle costs nothing except ten minutes of staff time a day. The sheets are printed by the council.
An emergency admission of a care home resident costs the NHS around £2,500, and a hip fracture a great
deal more. Care home managers tell us that the huddle has made staff from every part of the home feel
that they are part of keeping residents safe. Care home support nurses say they get calls earlier,
before a resident becomes really unwell.
"""),
        ("spread", "Spread", """
Ten at Ten has been taken up by the two supported living providers in the borough and by a
neighbouring council's care homes. The care providers' association has built it into its induction for
new home managers, and we have shared the sheet through the regional care home network.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I835  abuse and violence towards general practice reception staff - docx -
#       numbered questions - GP federation operations director, blunt - GP
#       federation with the police and a university criminology department -
#       receptionists, care navigators and a patient reference group involved
#       (patient involvement by pronoun) - NO quantitative evidence in the
#       evidence section (an incident count with no baseline, numbers trained,
#       alarms fitted, a single survey figure, a target); a real measured
#       change appears only in the value section
# ---------------------------------------------------------------------------
entry(
    id="I835", format="docx", layout="numbered_questions", topic="gp_reception_staff_abuse_violence",
    project="independent53-safedesk-835", docx_font="Arial",
    title="Front Desk, Safe Desk: tackling abuse and violence towards general practice staff",
    cover=[
        "Merecroft GP Federation (lead), on behalf of its 27 member practices",
        "Working with Lindale Constabulary (Neighbourhood Policing) and the University of Ravensworth, Department of Criminology",
        "Submitted by the Director of Operations, Merecroft GP Federation",
    ],
    primary_entrant=dict(name="Merecroft GP Federation", type="primary_care"),
    partners=[
        dict(name="Lindale Constabulary", type="emergency_service"),
        dict(name="University of Ravensworth", type="university"),
    ],
    sections=[
        ("context", "1. What was the problem and why was a partnership needed?", """
I will be blunt. By 2022 our receptionists were being shouted at, sworn at and threatened every day,
and some of them were being hit. In one practice a man threw a computer monitor across the desk. In
another a receptionist was followed to her car. We lost experienced staff, and the ones who stayed
were frightened, which matters for patients because a frightened receptionist is not a safe one. She
rushes the call, she does not ask the extra question, and she does not push back when somebody who
sounds very unwell says they will wait until next week.

There was no agreed approach. Some practices removed patients from their list after one incident and
some tolerated years of abuse. Hardly anything was reported to the police, because staff did not think
it would be taken seriously, and when it was, the officer attending had no idea what the practice's
obligations were. Nobody collected the incidents in one place, so we had no idea how big the problem
was, only stories.

The police had their own problem: they were being called to surgeries without any background and
could not tell a dangerous man from a frightened one. The university's criminology department had been
studying violence against public-facing workers and wanted to work with a real service rather than a
survey.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since April 2023 all 27 practices use one incident log, kept by the federation, with the same
categories. Practices follow one policy: a conversation, then a warning letter, then a clinical review
of whether there is an illness behind the behaviour, and only then removal or the special allocation
scheme. Every practice has a named neighbourhood officer who visits once a month.

In the first eighteen months practices logged 611 incidents, 58 of them involving physical violence or
a threat with a weapon. Nine patients were moved to the special allocation scheme. 240 reception and
care navigation staff have completed de-escalation training, and panic alarms linked to the police
control room have been fitted in 31 of our 33 sites.

In the 2024 staff survey, 62% of reception staff said they felt safer at work than a year earlier. Our
target is to halve physical incidents by 2026. We cannot yet say whether incidents are going down,
because we did not record them consistently before the log existed.
"""),
        ("stakeholders", "3. Who was involved and how?", """
<<S:Receptionists and care navigators from nine practices met with the university researchers over
four sessions and mapped the points in a call or a visit where things tended to go wrong, and it was
their map that led to the 'two minute warning' script now used when appointments run late.>> <<S:Practice
managers asked for the warning letter template to be written in plain English and tested it on each
other before it went live.>> <<S:Neighbourhood officers sat at reception desks for half a day each and
then changed their own call handling guidance so that a call from a practice is graded by the risk to
staff, not by whether anyone is hurt yet.>>

We also wanted to hear from the other side of the desk. <<P:We took the first draft of our 'what to
expect' poster to the federation's patient reference group.>> <<P:They thought it read like a threat and
rewrote it so that it starts with what the practice will do for you and only then says what will not be
accepted.>> <<P:They also pointed out that people often get angry when they have been passed between
phone queues, and asked that callers who have rung three times be put straight through to a named
person, which practices now do.>>
"""),
        ("value", "4. What has been the impact on staff and patient experience, and value for money?", """
The panic alarms cost about £23,000, shared between the federation and the police and crime
commissioner, and the training was delivered by the university free of charge as part of its research.
<<Q:In the five practices that piloted the scheme first, sickness absence among reception staff fell
from 6.1% in 2022 to 4.2% in 2024.>> Every experienced receptionist who stays saves a practice the cost
and risk of recruiting and training a replacement. Patients get a calmer front desk.
"""),
        ("spread", "5. How has the work been shared or spread?", """
The shared log and policy have been adopted by the neighbouring federation and by the out-of-hours
service. The university has published its findings and presented them at a national conference on
violence against workers. The police force has given every neighbourhood team a list of the practices
in its area and the name of each practice manager.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I836  night handover and emergency response in a prison - pdf - two
#       columns - head of healthcare, narrative - community trust running the
#       prison's healthcare with the prison itself and the ambulance service -
#       staff involved; patient involvement under unusual names ('wing reps',
#       men serving sentences) - subtle Q ('a third fewer') - no flags
# ---------------------------------------------------------------------------
entry(
    id="I836", format="pdf", layout="two_column", topic="prison_night_handover_emergency_response",
    project="independent53-nightsonthewing-836", pdf_font="LiberationSans",
    title="Nights on the Wing: safer handover and emergency response between prison officers and healthcare at night",
    cover=[
        "Kelbrook Community Health NHS Trust, Healthcare Service at HMP Ashgrove (lead), with HMP Ashgrove and Northolme Ambulance Service NHS Trust",
        "Entry by the Head of Healthcare, HMP Ashgrove",
    ],
    primary_entrant=dict(name="Kelbrook Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="HMP Ashgrove", type="public_other"),
        dict(name="Northolme Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Why nights", """
HMP Ashgrove holds about 1,150 men. During the day we have a full healthcare team on site. At night we
have one nurse, sometimes two, and a prison night orderly officer with a handful of officers for the
whole establishment. Cells are locked from 7.45pm until 8am and an officer needs authority to open a
door.

Most of the serious incidents we have reviewed in recent years happened at night: a man with chest
pain who rang his cell bell for forty minutes, a diabetic who was found unconscious at unlock, a man
who had been on an opiate detox and was 'sleeping it off'. In each case information that might have
made a difference had been known during the day but had not been passed on. Healthcare handed over to
the night nurse; the wing handed over to the night officers; the two handovers never met.

The emergency code system added delay. Officers calling a medical emergency on the radio had to choose
between two codes, and the ambulance service was often called only after the nurse had arrived, walked
across the site and assessed the man. Ambulances then waited at the gate.

Staffing made everything harder. On many nights the nurse was an agency nurse who had never worked in a
prison, and the officers on the wings changed from night to night.
"""),
        ("evidence", "What has changed", """
From June 2023 there is a joint night handover at 7pm in the healthcare centre, attended by the night
nurse, the night orderly officer and, by phone, any wing with a man on the 'nights list'. The list
covers anyone who has started a detox, had a fall, been assessed for self-harm that day, or whose
medicines have changed. Officers check those men at set times through the night and record it on the
same sheet.

The codes were simplified, and any code for someone not breathing, unconscious or with chest pain now
triggers a 999 call from the control room at once, with the gate told to expect the ambulance.

<<Q:The average time from a medical emergency code to the ambulance being called fell from 14 minutes
in 2022 to 3 minutes in 2024.>> <<Q:Ambulance waiting time at the gate went down from a median of 11
minutes to 4.>> <<Q:Men found unwell at morning unlock who needed hospital treatment were a third fewer
in 2024 than in 2022.>>
"""),
        ("stakeholders", "Who made it work", """
<<S:Night officers and night nurses designed the handover sheet over three joint night shifts, and the
officers asked for a column saying what to look for, not just who to check, because 'check on him'
meant nothing at 3am.>> <<S:Operational support grades in the control room rewrote the radio script
with the ambulance service's control room managers.>> <<S:Paramedics who regularly attend the prison
walked the route from the gate to each wing with security staff and agreed where an escort would meet
them.>>

<<P:Four wing representatives, men serving sentences who speak for others on their landing, sat in on
the planning meetings and told us that men did not press cell bells at night because they were
afraid of being told off for a false alarm.>> <<P:Because of what they said, we agreed with the
governor that no one would be disciplined for a cell bell pressed because of a health worry, and the
reps wrote the notice that explains this in every cell.>>
"""),
        ("value", "Value", """
The changes used existing staff. Each avoided emergency escort to hospital saves two officers for a
whole shift, which in a prison at night is a large part of the staff on duty. Men on the wings say they
trust that somebody will come. Staff say nights feel less lonely.
"""),
        ("spread", "Spread", """
The regional prison healthcare network has shared our handover sheet with eleven other prisons, and
two have adopted it. The ambulance service now uses the same gate arrangements at the other prison in
its area.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I837  learning from incidents in care homes - docx - rubric headings -
#       PRIVATE care home group as primary entrant, with a university patient
#       safety research centre and the ICB (ineligible) - director of quality,
#       corporate - relatives, residents and staff involved - no other flags
# ---------------------------------------------------------------------------
entry(
    id="I837", format="docx", layout="rubric_headings", topic="care_home_incident_reporting_learning_culture",
    project="independent53-tellusteachus-837", docx_font="Cambria",
    title="Tell Us, Teach Us: building a learning culture around incidents in our care homes",
    cover=[
        "Primary entrant: Wendlebury Care Group Ltd (eleven residential and nursing homes)",
        "Partners: University of Cresswell, Centre for Patient Safety Research; NHS Marwood and Thursby Integrated Care Board (Quality and Nursing Directorate)",
        "Submitted by the Group Director of Quality and Governance",
    ],
    primary_entrant=dict(name="Wendlebury Care Group Ltd", type="private"),
    partners=[
        dict(name="University of Cresswell", type="university"),
        dict(name="NHS Marwood and Thursby Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its safety goals?", """
Wendlebury Care Group operates eleven homes with 640 beds across Marwood and Thursby. In 2021 our
incident data told a story that we now recognise was misleading. Our homes reported few incidents,
and for a time we took that as evidence of safe care. A review of care records in three homes by the
ICB's quality team in late 2021 found medicines errors, unwitnessed falls and unexplained bruises that
had been written in daily notes but never reported as incidents.

The reasons, which came up in supervision and in exit interviews, were consistent. Reporting an incident was seen as 'getting
someone into trouble'. The form was long and had to be completed on a computer in the office. Staff
who had reported in the past had never heard what happened, or had found themselves the subject of a
disciplinary investigation. Many of our care workers are on their first job in care, and some are
working in their second language, and the form assumed a level of confidence with written English
that they did not have.

We approached the University of Cresswell, whose patient safety research centre had developed a
framework for learning responses in hospitals, and the ICB, which was introducing the national patient
safety incident response framework for its NHS providers and wanted to extend the same thinking to
care homes. Our goals were to make reporting quick and safe, to respond to incidents with learning
rather than blame, and to show staff what changed as a result.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
From April 2023 every home has a short reporting form that can be completed on a phone in under five
minutes, with pictures for common incident types. Incidents are reviewed at a weekly learning huddle in
each home, not by the manager alone. Serious incidents are examined using a learning review method
adapted by the university for care homes, in which the staff involved take part and the focus is on
what made the error likely. Every month each home displays a 'you said, we changed' board.

<<Q:Reported incidents across the group rose from 1,020 in 2022/23 to 2,310 in 2023/24, while the
proportion graded as causing moderate or severe harm fell from 9% to 4%.>> <<Q:Falls resulting in a
fracture went down from 31 to 18.>> <<Q:The same type of medicines error recurring in the same home
within three months, which we use as a sign that learning has not taken hold, fell from 27 occasions
to 8.>>

<<Q:The average time to complete a learning review fell from 61 days under our old investigation
process to 24 days.>> Eleven homes now hold a weekly learning huddle.
"""),
        ("stakeholders", "How were patients, families and staff involved?", """
<<S:Care workers and senior carers from four homes worked with the university researchers to design the
phone form, testing it during real shifts and removing every question that they could not answer
without going to the office.>> <<S:Night staff pointed out that the learning huddles were always held in
the day, so homes now hold a second, shorter huddle at the start of the night shift.>> <<S:Staff who
speak English as a second language reviewed the picture options and asked for the wording to be
simplified, which it was.>> <<S:The ICB's patient safety specialists and our home managers trained
together in the learning review method and then adapted the template after the first ten reviews.>>

<<P:Relatives of residents in two homes joined the learning reviews for falls that had injured their
family member, and their accounts of what the resident was like at home changed the falls plans in both
cases.>> <<P:The residents' committee at Ellerby House asked that the 'you said, we changed' board
include changes made because of things residents had said, and they now suggest items for it each
month.>>
"""),
        ("value", "What has been the impact on staff and residents' experience, and value for money?", """
The phone form was built on a system we already licensed, and the university's input was funded
through a research grant. The main cost has been protected time for the huddles, about thirty minutes a
week per home. Falls with fractures are costly for residents, for the NHS and for us. In our annual
staff survey, more staff say that they would be treated fairly after an error, and home managers say
staff are more willing to tell them things. Families tell us they value being asked about what
happened, not just told.
"""),
        ("spread", "How has the work been shared and spread?", """
The ICB has shared the care home learning review template with all 94 care homes in its area through
its care home quality programme, and the university has published a guide for care providers. We have
presented the work to two regional care provider forums.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I838  matching district nursing staffing to the day's workload - pdf - CAPS
#       headings - district nursing service lead, terse - community trust with
#       a university and the council's reablement service - staff involved -
#       NO patient involvement (patients as beneficiaries, phoned when visits
#       move, a negation, a plan) - subtle Q (a shift on a run chart, 'about a
#       third fewer')
# ---------------------------------------------------------------------------
entry(
    id="I838", format="pdf", layout="caps_headings", topic="district_nursing_safe_staffing_escalation",
    project="independent53-safecaseloads-838", pdf_font="DejaVuSans", pdf_align="L",
    title="SAFE CASELOADS: matching district nursing staffing to the needs of the day",
    cover=[
        "LEAD: Caldbeck and Lowick Community NHS Trust, Adult Community Nursing",
        "PARTNERS: University of Haverleigh, School of Health Sciences; Caldbeck County Council (Reablement and Home Care Brokerage)",
        "CONTACT: Head of District Nursing",
    ],
    primary_entrant=dict(name="Caldbeck and Lowick Community NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Haverleigh", type="university"),
        dict(name="Caldbeck County Council", type="local_authority"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
District nursing has no ward to count beds in. A team of eight may start the day with 70 visits or
110, depending on discharges, sickness and who has become unwell overnight. Until 2022 our teams had no
shared way to say that the day was unsafe. Team leaders juggled, staff worked through breaks and stayed
late, and visits were 'deferred', a word that hid a lot. Some deferred visits were routine dressings.
Some were insulin. Some were end of life care.

Our incident data for 2021/22 showed 64 incidents where a delayed or missed district nursing visit had
caused or could have caused harm. Most happened on days when the team was short. Staff turnover was
high, and in the exit interviews the reason given most often was the feeling of going home every day
having left things undone.

The university's school of health sciences had been testing a workload tool that gives each visit a
time and complexity weighting. The council's reablement service, which visits many of the same people,
had spare capacity on some days and none on others. Nobody was using either to help the other.
"""),
        ("evidence", "WHAT HAS CHANGED", """
Since March 2023 every team scores its caseload at 8.30am with the weighted tool. If planned work is
more than the staff on duty can safely do, the team is 'amber' or 'red'. Red triggers a call with the
locality manager by 9.30am, a look at which visits can safely move to another day using an agreed list,
help from neighbouring teams, and an offer of visits that reablement staff can do, such as prompting
medicines or checking a person at home after discharge. Insulin, end of life and new wound visits can
never be moved.

<<Q:The run chart of insulin visits given more than two hours late shows a sustained shift below the
previous median from August 2023, with fourteen consecutive weeks below it.>> <<Q:Incidents where a
delayed or missed visit caused or could have caused harm were about a third fewer in 2023/24 than in
2021/22.>> <<Q:Registered nurse turnover in district nursing fell from 19% to 12% over the same period.>>

Teams declared red on 212 days in the first year. Reablement staff carried out 1,640 visits that would
otherwise have been deferred.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:District nurses, community staff nurses and healthcare assistants from six teams scored their
caseloads with the university's tool for a month alongside their normal work, and told the researchers
that catheter visits and visits to people with dementia were weighted far too low, which changed the
tool.>> <<S:Team leaders wrote the list of visits that can and cannot move, and argued for insulin to be
on the 'never' list after an early draft allowed it.>> <<S:Reablement coordinators from the council
agreed with the locality managers which tasks their staff could pick up, and asked for a named nurse to
ring if anything looked wrong.>>

Patients were not involved in designing the tool, which is a staffing tool, but they are the ones who
benefit. Patients whose visit is moved are phoned by the team the same morning. We plan to work with
Caldbeck Healthwatch on how those phone calls are handled.
"""),
        ("value", "VALUE", """
The tool is free to NHS organisations. The main cost is about fifteen minutes of a team leader's time
each morning. Lower turnover saves recruitment and agency costs. Staff say that being able to say 'we
are red' out loud, and having someone act on it, has changed how the job feels.

The reablement visits are paid for from the council's existing reablement budget, and the council has
found that picking up simple tasks on red days helps its own staff get to know people earlier, before
they need a bigger package of care. For patients, the main gain is that the visits that cannot wait no
longer do.
"""),
        ("spread", "SPREAD", """
The trust's community children's nursing and specialist nursing teams are now using the same amber and
red approach. The university has published the adapted weightings, and two neighbouring community
trusts are piloting them. The council has added the arrangement to its reablement service
specification.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I839  violence and aggression in the emergency department - docx -
#       reordered (evidence first, then stakeholders, context, value) - ED
#       consultant, brisk - acute trust with police, the ambulance service and
#       a dementia charity - carers, former patients and staff involved - NO
#       spread section
# ---------------------------------------------------------------------------
entry(
    id="I839", format="docx", layout="reordered", topic="emergency_department_violence_aggression",
    project="independent53-calmfrontdoor-839", docx_font="Calibri",
    title="Calm Front Door: reducing violence and aggression in the emergency department",
    cover=[
        "Lead: Sedgewick General Hospital NHS Trust, Emergency Department",
        "Partners: Grindle and Sedgewick Police; Westerleigh Ambulance Service NHS Trust; Sedgewick Memory Support (dementia charity)",
        "Author: Consultant in Emergency Medicine and Violence Reduction Lead",
    ],
    primary_entrant=dict(name="Sedgewick General Hospital NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Grindle and Sedgewick Police", type="emergency_service"),
        dict(name="Westerleigh Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Sedgewick Memory Support", type="charity"),
    ],
    sections=[
        ("evidence", "Results", """
We compared the twelve months to March 2023 with the twelve months to March 2025.

<<Q:Physical assaults on emergency department staff fell from 143 to 81.>> <<Q:Incidents where a
patient was restrained by security staff went down from 212 to 119, and restraint lasting more than ten
minutes from 38 to 9.>> <<Q:Staff days lost to injury or stress after an assault fell from 410 to
165.>>

Over the same period the department saw about 4% more patients. Police attended the department 388
times in the later year.

The figures come from the trust's incident system, the security team's restraint log and the
occupational health service. Every assault is now followed by a debrief within 72 hours, and 96% of
assaulted staff were offered one in the last year. The quiet bay was used by about 1,300 patients.
"""),
        ("stakeholders", "Who helped us", """
<<P:Carers from Sedgewick Memory Support came to three of our team meetings and described what the
department is like for someone with dementia: the noise, the lights, being asked the same questions by
five people, and being held down.>> <<P:They suggested the quiet bay and the 'about me' card, and chose
the colours and the clock for the bay themselves.>> <<P:Two men who had been restrained in the
department while intoxicated, and who now volunteer with a local recovery service, talked us through
what had made them angrier, and what had calmed them down.>>

<<S:Nurses, healthcare assistants, receptionists and security officers designed the early warning
score for agitation together, and the receptionists insisted on being included because they are often
the first to see someone becoming agitated.>> <<S:Ambulance crews agreed to phone ahead with the same
score, and paramedics from the local station asked for a direct entrance to the quiet bay so that they
did not have to bring agitated patients through the waiting room.>> <<S:Police officers from the
licensing and neighbourhood teams worked with our security staff on the handover of people brought in
by the police, and the officers now stay until the nurse in charge says they can leave.>>
"""),
        ("context", "The problem", """
Sedgewick's emergency department sees about 96,000 patients a year. By 2022 staff were being assaulted
almost every other day. Most of the people who hurt staff were not criminals. They were confused,
frightened, drunk, in pain, withdrawing from drugs or alcohol, or had dementia or delirium, and many had
been waiting a long time in a crowded, noisy room.

Our response was mainly security and police, which meant that the most vulnerable patients often ended
up restrained, and restraint carries its own risks, including death. Staff felt unsupported and many
had stopped reporting assaults because 'it is part of the job'. Ambulance crews, who bring in many of
these patients, had no way of warning us, and the police were called after things had already gone
wrong.

One night in the winter of 2021 sums it up. An 82-year-old man with delirium from a chest infection was
brought in by ambulance, waited four hours on a trolley in the corridor, tried to leave, and hit a
healthcare assistant who stopped him. Security were called and he was held on the floor by three
people for almost twenty minutes. He was injured, she was off work for six weeks, and nobody involved
thought it had gone well. When we reviewed it, the crew had noticed he was becoming agitated in the
ambulance, and a carer had told the triage nurse that he was frightened of uniforms. Neither piece of
information reached the people who had to deal with him.

Calm Front Door brought these partners together around four changes: an early warning score for
agitation used from the ambulance to the bay; a quiet bay with dimmed lights away from the main waiting
room; a trained response team of a nurse, a healthcare assistant and a security officer; and a debrief
and follow-up for every member of staff who is assaulted.
"""),
        ("value", "Value", """
The quiet bay was created from an old store room for about £18,000. The response team uses existing
staff. Fewer days lost to injury saves far more than this in bank and agency cover. Staff say that they
feel the trust takes assaults seriously. Carers say the quiet bay has made a frightening place bearable.

There is a less obvious benefit too. Every restraint carries a risk of injury or death for the patient,
and every member of staff who leaves emergency medicine because of violence takes years of experience
with them. A department that is calmer is one where staff stay, and where the next confused or
frightened patient is met by someone with the skill and patience to help them.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I840  violence against ambulance crews and address warning markers - pdf -
#       numbered questions - ambulance service violence reduction manager,
#       formal - ambulance service with the police, a city council housing
#       and community safety team and a university psychology department -
#       staff involved - NO patient involvement (people sent letters about
#       markers, told they could appeal, a patient panel updated, a plan) -
#       quantitative evidence present
# ---------------------------------------------------------------------------
entry(
    id="I840", format="pdf", layout="numbered_questions", topic="ambulance_crew_violence_address_markers",
    project="independent53-safetoattend-840", pdf_font="LiberationSerif", pdf_align="L",
    title="Safe to Attend: sharing warning information to protect ambulance crews from violence",
    cover=[
        "Farleigh and Coast Ambulance Service NHS Trust (lead entrant)",
        "Partners: Amberley Constabulary; Amberley City Council (Housing and Community Safety); University of Farleigh, Department of Psychology",
        "Author: Violence Prevention and Reduction Manager",
    ],
    primary_entrant=dict(name="Farleigh and Coast Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Amberley Constabulary", type="emergency_service"),
        dict(name="Amberley City Council", type="local_authority"),
        dict(name="University of Farleigh", type="university"),
    ],
    sections=[
        ("context", "1. Background and the case for a partnership", """
Ambulance crews attend people in their own homes, often at night, with little information and no
security. Physical and verbal assaults on our staff in the Amberley area rose every year between 2018
and 2022. Crews who are assaulted are injured, traumatised and sometimes off work for months. Crews who
are afraid may wait outside for the police, and a patient who needs treatment waits with them.

The service has long kept 'address warning markers', notes on the dispatch system that warn crews
about a risk at an address. Our review in 2022 found that the system was not working. Many markers were
years out of date, some referred to people who had moved or died, and some addresses with a known risk
had no marker because the information was held by the police or the council and never shared with us.
Crews did not trust the markers, and markers were sometimes added after a single heated conversation,
which meant people could be stigmatised and left waiting for care.

Two incidents in 2022 showed both sides of the problem. A paramedic was stabbed in the arm at an
address where the police had attended a knife incident the week before; there was no marker, because
the information had never reached us. A few months later a woman in her seventies with chest pain waited
fifty minutes for an ambulance crew to go in, because her address carried a 'police required' marker
added eight years earlier about a son who had long since moved away.

A partnership with the police and the council, both of which hold risk information, was the only way
to have markers that were accurate and fair.
"""),
        ("evidence", "2. Evidence of improvement", """
Since January 2023 a monthly panel of the ambulance service, the police and the council's community
safety team reviews every new marker request and every marker more than a year old, using criteria
developed with the university. Markers now say what the risk is and what to do, such as 'attend with
police' or 'a dog is kept in the kitchen', rather than just 'caution'. Police and council information
about serious risk is shared under an agreement signed by all three organisations.

<<Q:Physical assaults on crews at addresses in the Amberley area fell from 96 in 2022 to 57 in
2024.>> <<Q:Markers judged by the panel to be out of date or unjustified went down from 41% of all
markers at the first review to 6% in the most recent audit.>> <<Q:Calls where the crew waited more
than 30 minutes for the police before entering fell from 212 in 2022 to 88 in 2024.>>

The panel has reviewed 1,860 markers and removed 702.
"""),
        ("stakeholders", "3. Involvement of staff, patients and the public", """
<<S:Crews from three stations described in focus groups run by the university what they actually read
on the screen during a call, and said the old markers were too long and too vague to use, so markers are
now limited to two lines with an action.>> <<S:Emergency operations centre dispatchers tested the new
marker wording on live calls for a month and asked for a colour code, which was added.>> <<S:Police
sergeants and council anti-social behaviour officers agreed with our clinical leads which of their
information was relevant to a crew's safety and which was not.>>

Everyone whose address has a marker is sent a letter explaining what it says, why it was added and how
to ask for it to be reviewed. People who have assaulted staff are told that a marker has been added. The
trust's patient panel was updated on the scheme at its meeting in 2023. We intend to ask people who
have received a letter for their views on its wording.
"""),
        ("value", "4. Staff and patient experience and value for money", """
The panel uses existing staff time. An assault on a crew can take an ambulance off the road for the
rest of the shift and the member of staff off work for weeks. Crews say they trust the markers again
and feel safer going into homes. Fewer crews waiting outside for the police means patients are seen
sooner.
"""),
        ("spread", "5. How the work has been shared", """
The panel has been extended to the other two police areas the service covers. The marker criteria
have been shared with the national ambulance violence prevention network, and the university has
published a paper on fair use of warning markers.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I841  handing over the plans of people in their last weeks of life to
#       out-of-hours teams - docx - form table - hospice clinical nurse
#       specialist, gentle - hospice with the GP out-of-hours service of a
#       federation and the community trust's district nurses - carers and a
#       patient involved - NO staff involvement (out-of-hours GPs trained,
#       district nurses briefed, a named medical director who wrote the
#       template, a survey that changed nothing, a plan) - subtle Q ('halved')
# ---------------------------------------------------------------------------
entry(
    id="I841", format="docx", layout="form_table", topic="end_of_life_out_of_hours_handover",
    project="independent53-knownatnight-841", docx_font="Calibri",
    title="Known at Night: handing over the wishes of people in their last weeks of life to out-of-hours teams",
    cover_table=[
        ("Title of entry", "Known at Night: handing over the wishes of people in their last weeks of life to out-of-hours teams"),
        ("Lead organisation", "St Brannoc's Hospice, Redmarsh (registered charity)"),
        ("Partner organisations", "Redmarsh Primary Care Federation (GP Out of Hours Service); Silverdale Community Health NHS Trust (District Nursing)"),
        ("Name and role of entrant", "Clinical Nurse Specialist, Community Palliative Care"),
    ],
    primary_entrant=dict(name="St Brannoc's Hospice", type="charity"),
    partners=[
        dict(name="Redmarsh Primary Care Federation", type="primary_care"),
        dict(name="Silverdale Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Most of the people our community team looks after will die at home, and most of the hours in a week
are evenings, nights and weekends. When something changes at 2am, such as pain that will not settle,
sudden breathlessness or a bleed, the family rings the out-of-hours GP service or 999. The clinician
who answers has usually never met the person, and until 2023 they often had no idea what the person
wanted. Plans made carefully with the GP and the hospice, about not going back into hospital, about
which medicines were in the house and about resuscitation, sat in records the out-of-hours clinician
could not see, or in a folder on the kitchen table that a frightened relative could not find.

The consequence was people taken to hospital in their last days against their wishes, injections
delayed because nobody knew the medicines were already in the house, and families left feeling that
they had let their relative down. In our own review of deaths on the hospice caseload in 2022, a
quarter of those who died in hospital had said they wanted to die at home.

Known at Night is a one-page handover, held on the shared record that the out-of-hours service can
see, written by the hospice or district nurse and updated at every visit. It says what the person
wants, what medicines are in the house and where, who to ring and what has already been tried.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
The handover has been in use since February 2023 for everyone on the hospice community caseload and
the district nurses' end of life register.

<<Q:Out-of-hours calls about people on these caseloads where the clinician had no information about the
person's wishes halved between the first and last quarters of 2023, according to the out-of-hours
service's call audit.>> <<Q:Deaths in hospital among people on the hospice caseload fell from 24% in
2022 to 15% in 2024.>> <<Q:The average time from a call to a visit for people needing an injection for
symptoms fell from 2 hours 40 minutes to 1 hour 35 minutes, because the visiting clinician now knows
the medicines are in the house.>>
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<P:Six carers from the hospice's bereaved carers' group, all of whom had rung out-of-hours services in
their relative's last weeks, went through the first version of the handover with us and told us it was
written for doctors, not for them.>> <<P:They asked for a section headed 'what we have already tried
tonight', and that section is now the first thing an out-of-hours clinician reads.>> <<P:A man living
with motor neurone disease, who was on our caseload at the time, read the handover about himself and
asked that it say he could communicate by eye-gaze, which we had left out.>>

All out-of-hours GPs and advanced practitioners were trained in reading the handover during their
mandatory training day. District nurses were briefed at their team meetings. The template was written
by the hospice's medical director, Dr Ruth Anand, who led the project. We sent an online survey to
out-of-hours clinicians after six months, and they were positive about it, so we did not change the
template. We would like to set up a clinical reference group in 2025 to review it.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The handover is held on a shared record the three organisations already use, so there was no new
system to buy. It takes about ten minutes to write and a few minutes to update. A hospital admission in
the last days of life costs the NHS several thousand pounds and, more importantly, can mean a person
dies in a corridor instead of in their own bed. Families have told us that it made a difference to
them that the doctor who came at night already knew their mother's name and what she wanted.
"""),
        ("spread", "How has the work been shared and spread?", """
The neighbouring hospice has adopted the handover for its own caseload, and the ambulance service has
asked for its clinicians to be able to see it. We presented the work at the regional palliative care
network in 2024.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I842  shared learning from near misses across pharmacies and practices -
#       pdf - with appendix - LPC chief officer, careful and long - local
#       pharmaceutical committee with a primary care network and a university
#       school of pharmacy - staff involved (pharmacists, dispensers, trainees,
#       prescription clerks) - NO patient involvement (patients benefit, a
#       patient written to with an apology, the PPG informed, a plan) - NO
#       quantitative evidence (report counts, bulletins, attendees, a single
#       audit figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I842", format="pdf", layout="with_appendix", topic="pharmacy_practice_near_miss_shared_learning",
    project="independent53-nearmissnearus-842", pdf_font="LiberationSerif", pdf_align="L",
    title="Near Miss, Near Us: learning together from dispensing and prescribing near misses across pharmacies and GP practices",
    cover=[
        "Lead entrant: Ingleby and Norcott Local Pharmaceutical Committee",
        "Partners: Ingleby Central Primary Care Network; University of Norcott, School of Pharmacy",
        "Prepared by the Chief Officer, Ingleby and Norcott LPC",
    ],
    primary_entrant=dict(name="Ingleby and Norcott Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Ingleby Central Primary Care Network", type="primary_care"),
        dict(name="University of Norcott", type="university"),
    ],
    sections=[
        ("context", "Why we started", """
Every community pharmacy keeps a near miss log. When a dispenser picks the wrong strength or the wrong
drug and the error is caught at the final check, it is written down. In theory these logs are a rich
source of learning. In practice most were a page in a folder that nobody read, and the learning, if
there was any, stayed in that pharmacy. GP practices had the same problem with prescribing errors that
pharmacists picked up and phoned through: the call was dealt with, the prescription was changed, and
nothing was recorded that would stop it happening again in the next practice down the road.

Worse, many of the errors were not the fault of the pharmacy or the practice alone. When we looked
together at a sample of near misses in 2022, a large share started with something upstream: a
prescription for a strength that is not made, a repeat template that had not been updated after a
hospital stay, or two medicines with similar names next to each other on the practice's drop-down menu.
The pharmacy caught the error, fixed it, and went on catching the same error every month.

One example made the case for us. Over six months in 2022, three pharmacies in the same town each
logged near misses involving a prescription for a modified-release tablet in a strength that did not
exist. Each time, the pharmacist phoned the practice, the prescription was reissued, and the log entry
was filed. Nobody connected the three. When we finally looked, the cause was a single line on one
practice's repeat template, set up after a hospital discharge two years earlier, that had been copied
for every patient started on that medicine since. It took five minutes to fix.

We also knew that staff were reluctant to record near misses at all. Some pharmacy owners saw the log
as a record of poor performance, and some dispensers told us they had been criticised for having 'too
many' entries. A culture where the person who catches an error feels blamed for finding it is not a
safe one.

In 2023 the LPC, the Ingleby Central PCN and the University of Norcott's school of pharmacy agreed to
try something different. Pharmacies and practices would report near misses to one simple shared
system. The university would analyse them every month. And pharmacists, dispensers and practice staff
would meet regularly to look at the themes and agree what to change, on both sides of the counter.
"""),
        ("evidence", "What we have achieved", """
Near Miss, Near Us went live in April 2023 in the 19 pharmacies and 8 GP practices in the network.

In the first eighteen months:

- 1,320 near misses were reported through the shared system, from every one of the 19 pharmacies and from 7 of the 8 practices

- the university produced 14 monthly learning bulletins and 3 longer thematic reports

- we held 9 joint learning events, attended by 210 pharmacy and practice staff in total

- 23 changes were made to practice repeat templates and 6 to the practices' prescribing menus after themes were identified

- in an audit in June 2024, 84% of pharmacies were reviewing their near miss log every week

Our target is for every pharmacy to review its log weekly by the end of 2025. We cannot yet say
whether the number of errors reaching patients has fallen, because pharmacies and practices did not
record these in the same way before the project began. The university is designing a comparison for
the next two years.
"""),
        ("stakeholders", "Who was involved", """
<<S:Pharmacists and dispensers from eleven pharmacies spent two evenings with the university team
deciding what the shared report should ask, and they insisted that it must never ask for the name of
the person who made the error, only their role.>> <<S:Pre-registration trainee pharmacists tested the
first version on their phones during a study day and said it took too long, so it was cut to six
questions.>> <<S:Prescription clerks from the GP practices, who handle most of the phone calls from
pharmacies, suggested a quick 'pharmacy query' code on the practice system, and they now use it to
record every call about a prescription error.>> <<S:The PCN's clinical pharmacists and the LPC's
officers agree the theme for each learning event together, based on what the monthly bulletins
show.>>

Patients are the people who benefit from every error caught and every template fixed. When a near miss
does reach a patient, for example a wrong strength that was handed over before it was spotted, the
pharmacy contacts the patient and writes to apologise. The patient participation groups of the eight
practices were informed about the project through the PCN newsletter. We would like to involve
patients in the next stage, perhaps in looking at how labels and leaflets contribute to errors.
"""),
        ("value", "Value", """
The shared system uses a free online form hosted by the university. The university's analysis is
funded through a student research programme, and the learning events take place in the evening, with
food paid for by the LPC at a cost of about £2,400 a year. Every prescribing template fixed removes an
error that might otherwise have been repeated hundreds of times.

Pharmacists say they now see the near miss log as useful rather than as a mark against them.
Dispensers say it has made it easier to admit mistakes. Practice staff say they understand for the
first time what happens to their prescriptions after they leave the surgery.

Perhaps the most important change is one we cannot put a number on. At the first learning event,
pharmacists and practice staff sat on separate tables. By the ninth, the tables were mixed and people knew
each other's names.
Several pharmacists have told us that they now phone a practice about a prescription problem knowing
who will pick up, and that the conversation is shorter and friendlier as a result.
"""),
        ("spread", "Spreading the work", """
Two other PCNs in the LPC's area joined in October 2024, and the university has offered the same
analysis to a neighbouring LPC. We presented the work at the national pharmacy patient safety
conference, and the reporting form has been shared with the regional medication safety officers'
network.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the shared near miss report and data sources"),
        ("para", "The shared report asks: 1. Where was the error caught (pharmacy or practice)? 2. What type of error was it (wrong drug, wrong strength, wrong quantity, wrong patient, wrong directions, other)? 3. Where did it start (prescribing, repeat template, dispensing, labelling, other)? 4. The role of the person who made the error, not their name. 5. What helped to catch it? 6. Is there anything that would stop it happening again?"),
        ("para", "Report numbers and themes are from the shared reporting system, analysed by the University of Norcott School of Pharmacy. Learning event attendance is from the LPC's own records. The June 2024 audit was carried out by LPC officers during routine pharmacy visits."),
        ("para", "Ingleby and Norcott LPC, Unit 4, Mill Yard, Ingleby IN3 2QA."),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I843  a whole-hospital safety huddle - pdf (via Word) - style headings -
#       deputy chief nurse, measured - departments of ONE acute trust
#       (nursing, pharmacy, therapies, estates, patient flow) described as a
#       partnership, no partner organisation (ineligible) - staff involved;
#       patient involvement first told in the context section and by 'patient
#       safety partners'
# ---------------------------------------------------------------------------
entry(
    id="I843", format="pdf", layout="style_headings", topic="hospital_wide_safety_huddle",
    project="independent53-twelveattwelve-843", render_via="soffice", docx_font="Liberation Serif",
    title="Twelve at Twelve: a whole-hospital safety huddle",
    cover=[
        "Pelham Hospitals NHS Trust",
        "A partnership of the trust's nursing, pharmacy, therapies, estates and facilities, and patient flow teams",
        "Submitted by the Deputy Chief Nurse",
    ],
    primary_entrant=dict(name="Pelham Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Pelham Hospitals NHS Trust has 720 beds on one site. Like most hospitals, we had a daily bed meeting,
where the site team and the matrons went through who could go home and where the empty beds were. It
was about flow, not safety. Safety problems on a ward (a nurse short, a broken hoist, a patient who was
deteriorating, a pharmacy delay on a time-critical medicine) were dealt with by phone calls, one at a
time, and the same problem might be raised by three wards in a morning without anyone noticing the
pattern.

In 2023 we replaced the bed meeting with Twelve at Twelve: a twelve-minute huddle at midday, run by the
senior nurse on site, which every ward and department joins in person or by video. Each ward gives a
red, amber or green rating for staffing, patients of concern, equipment and anything else that is
worrying it, and the teams that can help, such as pharmacy, therapies, estates and the site team, are
there to take actions on the spot.

The huddle is not a performance review. Wards are not criticised for being red, and the senior nurse
running it is expected to thank any ward that raises a problem. Actions are written on a shared screen
with a name and a time against each one, and the first five minutes of the next day's huddle are spent
on whether yesterday's actions were done.

<<P:One of the questions each ward answers, 'what are our patients worried about today?', was
suggested by a woman who spent five weeks on our acute medical unit in 2022, sat in on the unit's own
huddles during her stay at the invitation of the ward sister, and told us afterwards that in all that
time nobody had asked the patients.>>
"""),
        ("evidence", "Results", """
We compared the year before the huddle (2022/23) with the year after (2023/24), using the incident
system, the estates helpdesk and the pharmacy system.

<<Q:Doses of time-critical medicines, such as Parkinson's medicines and insulin, that were delayed by
more than an hour fell from 1,140 to 620.>> <<Q:The average time to repair or replace a piece of
equipment reported as unsafe on a ward went down from 3.2 days to 0.9 days.>> <<Q:Shifts where a ward
was below its safe staffing level for registered nurses for more than four hours fell from 9% to 4%.>>
<<Q:Incidents graded moderate harm or above fell from 186 to 141.>>
"""),
        ("stakeholders", "Involving staff and patients", """
<<S:Ward sisters and charge nurses from eight wards tested the first version of the huddle for a month,
and it was their decision to rate four things rather than the ten on the original list.>> <<S:Pharmacy
technicians asked to join the huddle after the first week because so many ambers were about medicines,
and they now take those actions away and report back the next day.>> <<S:Estates supervisors suggested
that broken equipment be reported with a photograph through the huddle's online form, which they
designed with the digital team.>> <<S:Porters and housekeepers joined the huddle from the second month,
after the porters' supervisor pointed out that they knew which wards were struggling before anybody
else.>>

<<P:Two of the trust's patient safety partners, volunteers who have been patients here, observe the
huddle each week and feed back at the monthly review, and it was at their request that wards now say
what action has been taken on the patients' worries from the day before.>>
"""),
        ("value", "Value", """
The huddle replaced an existing meeting and takes less time. Fewer delayed time-critical medicines
and quicker equipment repairs mean fewer harms, and fewer incidents mean less time spent on
investigations. The pharmacy technicians' time at the huddle is about an hour a day, which the
pharmacy department has found from existing staff because it saves many more hours of phone calls. Ward staff say they no longer feel they are on their own with a problem.
"""),
        ("spread", "Spread", """
The huddle is now used at weekends and at night, when it is run by the night site practitioner. Our
community hospital has started its own version, and we have shared the format at the regional
patient safety network.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I844  internationally recruited care workers speaking up in care homes -
#       docx - no headings - long - care association chief executive, warm,
#       first person - care association with a university social work
#       department and the county council - care workers involved (they wrote
#       the handbook), residents involved (a residents' committee, told in
#       passing) - NO quantitative evidence (helpline calls, referrals, numbers
#       inducted, a single survey figure, a target, a budget)
# ---------------------------------------------------------------------------
entry(
    id="I844", format="docx", layout="no_headings", topic="international_care_workers_speaking_up",
    project="independent53-yourvoice-844", docx_font="Georgia",
    title="Your Voice Counts Here: helping internationally recruited care workers speak up about unsafe care",
    cover=[
        "Lindale Care Association (registered charity representing 58 care homes and home care providers), with the University of Tarnbrook, Department of Social Work and Social Care, and Lindale County Council, Adult Social Care",
        "Entry written by the Chief Executive, Lindale Care Association",
    ],
    primary_entrant=dict(name="Lindale Care Association", type="charity"),
    partners=[
        dict(name="University of Tarnbrook", type="university"),
        dict(name="Lindale County Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
Three years ago, almost nobody working in care in Lindale had come from overseas. Today about one in
four of the care workers in our member homes has arrived in the last three years, mostly from India (Kerala in
particular), Nigeria, Zimbabwe and the Philippines, on a health and care worker visa. Without
them, several of our homes would have closed. Many are qualified nurses in their own countries. They are
skilled, kind and hard-working, and our residents love them.

They are also, in a very particular way, vulnerable. Their right to stay in the country depends on
their sponsoring employer. Many owe money to agents. Many are living in accommodation arranged by the
employer, far from anyone they know, and are sending most of their wages home. Put all of that together
and you have a group of workers who are very unlikely to say anything when they see something wrong,
because the cost of speaking up could be losing their job, their home and their visa in a single week.

We found out how much this mattered in 2022. A care worker from overseas, who had been in one of our
member homes for four months, rang our office in tears. She had seen residents being left in soiled
beds overnight and a colleague shouting at a resident with dementia. She had told nobody because she
had been told on her first day that 'people who complain get sent home'. That was not true, but she had
no way of knowing it. By the time she rang us the home was already under investigation after a
resident had been admitted to hospital dehydrated and with pressure ulcers. She had seen it coming for
weeks.

I want to be clear that most of our member homes are good employers. But the system as a whole had a
hole in it. The usual routes for raising a concern, the home's own policy, the council's safeguarding
line and the regulator, all assumed that the worker knew they existed, trusted them, and was confident
enough in English and in the way things work here to use them. Many of our new colleagues did not know
the difference between a safeguarding concern and a complaint, had never heard of the Care Quality
Commission and thought the council was part of the Home Office.

The University of Tarnbrook's social work department had been doing research with migrant care workers
and had heard the same things we had. The council's adult social care team had noticed that almost none
of the safeguarding concerns raised by care staff came from workers recruited overseas. So the three of
us sat down together in the autumn of 2022.

We spent the first few months simply trying to understand the size of the problem, and it was bigger
than any of us had expected. Some workers had paid agents in their home countries thousands of pounds
for a job that turned out to be part-time. Some had been told, wrongly, that they could not change
employer for five years. A few were being charged for 'training' that never happened. None of that is
directly about the safety of residents, but all of it feeds the same silence. A worker who is in debt,
isolated and afraid of losing her visa is not going to tell anyone that the night staff are not turning
residents, or that the medicines trolley is left open, or that a colleague is rough with people.

We were also clear from the start that this was not a project about 'fixing' overseas workers. They did
not need to be taught to care; most had more clinical training than the managers supervising them. What
they needed was to know how things work here, to trust that speaking up was safe, and to have somewhere
to go when it was not.
"""),
        ("stakeholders", None, """
The first thing we did was to stop talking and listen. <<S:The university researchers held six
evening sessions, in a community hall rather than at anyone's workplace, with 41 care workers recruited
from overseas, who told us what would make speaking up feel possible and what would make it feel
dangerous.>> <<S:What they said shaped almost everything that followed: they wanted someone outside
their employer to talk to, they wanted to be able to talk in their own language, and above all they
wanted to know, in writing, that raising a concern about care could not be used against their visa.>>

<<S:Eight of those care workers then worked with us for four months to write the 'Your Voice Counts
Here' handbook, which explains in plain English, and in Malayalam, Tagalog, Yoruba and Shona, what a
concern about care is, who you can tell, what will happen, and what your rights are as a sponsored
worker.>> <<S:They insisted that the handbook should begin with a letter from a care worker, not from
a manager, and one of them wrote it.>>

<<S:Registered managers from twelve member homes read the draft handbook and, after some honest
discussion, asked for a section on what managers must do when a concern is raised, so that workers
could see the obligations went both ways.>> <<S:Safeguarding officers at the council changed their
online referral form after the care workers told them it timed out before they could finish typing,
and they added a callback option in which a worker can ask to be phoned back at a time of their
choosing.>>

Residents were part of it too, in a small but important way. <<P:At Birchfield House, one of our larger
member homes, the residents' committee invited the new care workers to one of their monthly meetings,
and what the residents told them there, that they would always rather be asked than rushed and that
they noticed when someone seemed afraid, went straight into the handbook's section on why speaking up
matters.>>
"""),
        ("evidence", None, """
Your Voice Counts Here was launched in April 2023. It has four parts. Every care worker recruited from
overseas by a member organisation is given the handbook in their first week and has a one-to-one
welcome call from our peer ambassador, herself a senior carer who came to Lindale from Kerala, within
their first month. There is an independent helpline, run by the association with the university,
staffed by people who speak the main languages, open in the evenings and at weekends. The council has
agreed a written statement, signed by its director of adult social services, that raising a concern in
good faith will never be shared with an employer in a way that identifies the worker without their
consent, and that the council will support any worker who loses their job after raising a concern to
find another sponsor. And every member organisation has signed a pledge to the same effect.

In the first eighteen months:

- 612 care workers recruited from overseas received the handbook and a welcome call

- the helpline took 214 calls, of which 97 were about care of residents or people using home care, and the rest about pay, accommodation or visas

- 38 concerns about care were passed to the council's safeguarding team with the worker's consent, and 11 led to a safeguarding enquiry

- 4 care workers who lost their jobs after raising a concern were helped to find a new sponsor, and none had to leave the country

- 96% of care workers who answered our 2024 survey said the handbook had helped them understand their rights

We would very much like to be able to say that residents are safer. We believe they are, and the 38
concerns that were raised are 38 chances to put something right that would otherwise have been missed.
But we do not have a figure from before the project to compare with, because concerns were not
recorded by where the worker had been recruited. The council has started to record this, so that
in future years we will be able to say whether concerns from overseas workers are reaching safeguarding
earlier and more often. Our aim is for every member organisation to have a
trained speaking up champion by the end of 2026.
"""),
        ("value", None, """
The project costs about £46,000 a year, most of which pays for the peer ambassador and the helpline.
The council and the association share the cost, and the university contributes its time through a
research grant. Translation of the handbook was done by a community interpreting charity at a reduced
rate.

What does that buy? The council estimates that a single serious safeguarding case in a care home, with
hospital admissions, investigations and sometimes the closure of a home and the moving of every
resident, costs the public purse hundreds of thousands of pounds. But I think the real value is harder
to count. It is in the care worker who rang us at eleven at night and said 'I think something is wrong
with how they are doing the medicines' and who, six months ago, would have said nothing. It is in the
home that found out from one of its own staff, not from an inspector, that a night carer was sleeping
on shift. And it is in the workers who have told us they feel they belong here.

One story has stayed with me. Last winter a care worker from Zimbabwe rang the helpline on a Sunday
evening because a resident had been given another resident's tablets and the senior on duty had told
her to say nothing. She was frightened that if she reported it she would be the one blamed, because she
had been the one who found the empty pot. The helpline worker talked her through what to do, the
council's duty safeguarding officer was contacted that evening, the GP reviewed the resident within the
hour, and the home's manager, who had known nothing about it, thanked her the next morning. She still
works there.

Employers have benefited too. Several registered managers have told us they would rather hear a concern
from their own staff early than from the council late, and some have used the handbook with all of
their staff, not only those from overseas.
"""),
        ("spread", None, """
We have shared the handbook and the pledge with the national care providers' associations, and three
other county care associations are now using versions of them. The university has presented the
research at two national social work conferences. The council has written the pledge into its new
contracts with care providers, so that any provider it commissions in Lindale will be expected to sign
it. We are now talking to the local NHS trusts, which also recruit large numbers of staff from
overseas, about whether a similar approach would help healthcare support workers.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I845  induction and handover for agency nurses on mental health wards - pdf
#       - bullet lists - PRIVATE nurse staffing agency as primary entrant, with
#       a mental health trust and a university (ineligible) - agency director,
#       upbeat - former inpatients involved - NO staff involvement (agency
#       nurses inducted, ward managers briefed, a named clinical lead, a survey
#       that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I845", format="pdf", layout="bullet_lists", topic="agency_nurse_induction_mental_health_wards",
    project="independent53-firstshiftsafe-845", pdf_font="LiberationSans", pdf_align="L",
    title="First Shift Safe: a ward-specific induction and handover for agency nurses on mental health wards",
    cover=[
        "Submitted by Brackwell Healthcare Staffing Ltd",
        "In partnership with Oakshott Mental Health NHS Foundation Trust and the University of Elmstead (Department of Mental Health Nursing)",
        "Contact: Director of Clinical Services, Brackwell Healthcare Staffing Ltd",
    ],
    primary_entrant=dict(name="Brackwell Healthcare Staffing Ltd", type="private"),
    partners=[
        dict(name="Oakshott Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="University of Elmstead", type="university"),
    ],
    sections=[
        ("context", "The problem", """
Brackwell supplies registered mental health nurses and healthcare support workers to Oakshott's 14
adult inpatient wards. On a typical night about a third of the staff on those wards are agency or bank.

What we saw in 2022:

- agency nurses often arrived for a night shift with no idea of the ward layout, the ligature risks or who was on enhanced observations

- handover was verbal, quick and given to the regular staff, with the agency nurse standing at the back

- in the trust's incident reviews, agency staff unfamiliar with the ward were involved in 7 of 19 serious incidents, including a patient who left the ward unnoticed and a missed observation

- agency staff were not on the wards' email lists and so never saw the safety briefings that regular staff received

What First Shift Safe does, since May 2023:

- every ward has a one-page 'ward passport' (layout, exits, ligature points, alarm system, where the emergency bag is) that agency staff receive by app before their first shift

- an agency nurse new to a ward has a fifteen-minute walk-round with the nurse in charge before handover

- handover uses a written sheet that lists every patient's observation level and risks, and the agency nurse signs to say they have read it

- the nurse in charge checks at 2am that the agency nurse knows who is on enhanced observations and where the emergency equipment is

- agency staff are added to each ward's safety briefing email list for the length of their booking
"""),
        ("evidence", "Results", """
We compared May 2022 to April 2023 with May 2023 to April 2024, on the 14 wards.

- <<Q:incidents involving agency staff in their first shift on a ward fell from 96 to 41>>

- <<Q:missed or late enhanced observations recorded by agency staff went down from 58 to 17>>

- <<Q:agency nurses who returned to the same ward for a second shift rose from 38% to 67%>>

- 1,120 ward passports have been sent out by app
"""),
        ("stakeholders", "Who was involved", """
- <<P:four members of the trust's lived experience panel, all former inpatients on the acute wards, read the first ward passports and said they described the building but not the people, so each passport now includes what the ward's patients have said helps them at night>>

- <<P:patients at the community meetings on two wards asked that agency staff introduce themselves by name at the start of a shift, and that is now in the passport checklist>>

- all 340 of our nurses and support workers who work at Oakshott completed the new induction module

- the trust's ward managers were briefed on the scheme at their monthly meeting

- our Director of Clinical Services, Mark Yeung, led the project and wrote the handover sheet

- we surveyed agency nurses after three months and the feedback was positive, so no changes were made

- we hope to set up an agency nurse forum with the trust next year
"""),
        ("value", "Value", """
- the app was already used for booking shifts, so adding the passport cost nothing extra

- the walk-round adds fifteen minutes to the first shift, which the trust agreed to pay for

- agency nurses returning to wards they know means safer shifts and less time spent on induction

- patients say they find it easier when they know the name of the nurse on shift

- fewer incidents mean less time spent by ward managers on investigations and fewer shifts where regular staff have to cover for an agency colleague who does not know the ward
"""),
        ("spread", "Spread", """
- Oakshott has asked for the passport to be used for its own bank staff

- we are introducing First Shift Safe with two other NHS trusts we supply

- the university has included the ward passport in its mental health nursing placement preparation
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I846  sexual harassment of home care workers and district nurses by the
#       people they visit - docx - style headings - council home care
#       commissioning manager, plain - council with a home care providers'
#       association, the police and the community trust - staff involved;
#       patient involvement under an unusual name ('people who draw on care
#       and support') and a described family member - no flags
# ---------------------------------------------------------------------------
entry(
    id="I846", format="docx", layout="style_headings", topic="home_care_workers_sexual_harassment",
    project="independent53-notpartofthejob-846", docx_font="Calibri",
    title="Not Part of the Job: tackling sexual harassment of home care workers and community nurses without leaving people without care",
    cover=[
        "Whinmoor Metropolitan Borough Council, Adult Social Care Commissioning (lead)",
        "Partners: Whinmoor Home Care Association; Whinmoor and Dale Police; Whinmoor Community Healthcare NHS Trust (Community Nursing)",
        "Written by the Home Care Commissioning Manager",
    ],
    primary_entrant=dict(name="Whinmoor Metropolitan Borough Council", type="local_authority"),
    partners=[
        dict(name="Whinmoor Home Care Association", type="charity"),
        dict(name="Whinmoor and Dale Police", type="emergency_service"),
        dict(name="Whinmoor Community Healthcare NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why this mattered", """
Most home care workers and community nurses are women, and they work alone in other people's homes.
For years, sexual comments, unwanted touching and worse were treated as something you put up with. Almost
every care worker in Whinmoor can describe an incident, and very few have ever reported one. Those who did report it were often told to 'send someone older' or 'send a man',
which most agencies could not do.

This is a patient safety problem as well as a staff safety problem. When a care worker refuses to go
back, the agency often hands the care package back to the council at a few days' notice, and a person
who needs help to eat, wash and take their medicines is suddenly without it. Some of the people
involved have a dementia, a brain injury or another illness that makes them disinhibited, and what they
need is a clinical review and a proper plan, not to have their care withdrawn. Others know exactly what
they are doing, and what the worker needs is support and, sometimes, the police.

Nobody had a shared way of telling these situations apart. The council did not know what was happening
until a package was handed back. The community nurses kept their own records. The police were almost
never told.
"""),
        ("evidence", "What has changed", """
Since September 2023 any home care worker or community nurse who experiences sexual harassment reports
it through one short online form, which goes to their own manager and to a joint panel of the council,
the association and the community trust. The panel meets weekly. Every report leads to a conversation
with the person and their family, a check for any illness that might explain the behaviour, a written
agreement about what will happen at visits, and, where the worker wishes, a report to the police, who
have a named officer for these cases. Visits can be made by two workers for a period while a plan is
put in place. The worker is offered support and is never asked to go back alone.

<<Q:Home care packages handed back to the council because of concerns about the safety of staff fell
from 31 in 2022/23 to 12 in 2024/25.>> <<Q:People left without any home care for more than 48 hours
after a package was handed back went from 14 to 2.>> <<Q:In the association's annual survey, the share
of care workers who said they would report sexual harassment rose from 23% to 71%.>>

The panel has considered 164 reports, and 22 people were referred for a review by a memory service or
their GP.
"""),
        ("stakeholders", "Who shaped the work", """
<<S:Home care workers from seven agencies and community nurses from two localities met in small groups,
with no managers present, to decide what the reporting form should ask, and they asked that it use
their own words, so the first question is 'what happened?' and not 'describe the incident'.>> <<S:Agency
managers told us that the biggest reason for handing back care was that they had no one to share the
decision with, and they proposed the weekly panel.>> <<S:Police officers from the public protection unit
and the community trust's safeguarding nurses wrote the guidance on when to involve the police,
and changed it after the first three months when care workers found it too complicated.>>

<<P:Members of Whinmoor's Making It Real board, people who draw on care and support and their families,
reviewed the written agreement and told us that the first draft read like a punishment, so it now
starts with what the person can expect from their care.>> <<P:The wife of a man with frontotemporal
dementia, whose care had been handed back twice before the panel existed, helped us write the
section of the guidance about behaviour caused by illness, and spoke to the agency managers about
what it had been like for the family.>>
"""),
        ("value", "Value", """
The panel uses existing staff time from the three organisations. Double-handed visits for a short
period cost much less than finding a new provider, and far less than a hospital admission for someone
who has been left without care. Care workers say they now feel that someone is on their side, and
agencies say they have kept workers who would otherwise have left the job.
"""),
        ("spread", "Spreading the learning", """
The reporting form and the panel have been adopted by the council's own reablement service and by two
supported living providers. We have shared the model with the regional association of directors of
adult social services and with the national home care association.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I847  structured calls from care homes to NHS 111 and out-of-hours
#       clinicians - pdf - form table - ICB care homes programme manager,
#       businesslike - ICB with a care homes association and the ambulance
#       service that runs NHS 111 - residents and relatives involved - NO
#       staff involvement (senior carers trained, call handlers briefed, one
#       named clinical lead who designed the tool, a survey of home managers
#       that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I847", format="pdf", layout="form_table", topic="care_home_to_nhs111_structured_handover",
    project="independent53-sayitonce-847", pdf_font="LiberationSans",
    title="Say It Once: structured handover from care homes to NHS 111 and out-of-hours clinicians",
    cover_table=[
        ("Entry title", "Say It Once: structured handover from care homes to NHS 111 and out-of-hours clinicians"),
        ("Lead organisation", "NHS Stowbridge and Kirkhaven Integrated Care Board"),
        ("Partner organisations", "Stowbridge Care Homes Association; Kirkhaven Ambulance Service NHS Trust (NHS 111 and Clinical Assessment Service)"),
        ("Entrant", "Programme Manager, Care Homes and Frailty"),
    ],
    primary_entrant=dict(name="NHS Stowbridge and Kirkhaven Integrated Care Board", type="icb"),
    partners=[
        dict(name="Stowbridge Care Homes Association", type="charity"),
        dict(name="Kirkhaven Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
The 71 care homes in Stowbridge and Kirkhaven make about 1,400 calls a month to NHS 111 at evenings,
nights and weekends. A typical call is made by a senior carer who has been looking after the resident
for years, to a call handler who has never heard of them and who must work through a script designed
for a member of the public. Key information, such as the resident's usual state, their observations,
whether they have a care plan that says they do not want to go to hospital, often came out late or not
at all. Calls were long, residents were sent ambulances they did not need, and some who did need help
waited while the call went round in circles.

In 2022 the ambulance service reviewed 40 calls from care homes and found that in more than half the
clinician did not learn what was normal for the resident until the end of the call, if ever. In two
serious incidents, a resident's deterioration was missed because the carer's concern was not passed on
in a way the clinician recognised.

Our goals were a handover that care home staff could give in two minutes, that 111 would accept in
place of the usual script, and that would go straight to a clinician when it suggested a resident was
seriously unwell.
"""),
        ("evidence", "What evidence is there of improvements in safe care?", """
Since June 2023 care homes calling 111 about a resident use a dedicated number and a short structured
handover on a card by the phone: who I am, who the resident is, what is normal for them, what has
changed, their observations, and what their care plan says. Calls using the handover go straight to a
clinician in the clinical assessment service.

<<Q:The average length of a call from a care home to 111 fell from 23 minutes to 9 minutes.>> <<Q:Ambulances
sent to care homes after a 111 call went down from 412 a month to 276 a month, while the proportion of
those residents admitted to hospital rose, which tells us the right residents are being sent.>>
<<Q:Care home residents taken to the emergency department and sent back the same night fell from 96 a
month to 41.>>
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Relatives of residents from four homes met with us twice and told us that what upset them most was
being told afterwards that their mother had been sent to hospital 'because the computer said so', when
she had a plan saying she wanted to stay in the home.>> <<P:They asked that the handover always include
what the care plan says, and that line was moved to the top of the card as a result.>> <<P:The
residents' forum at one of the association's homes looked at the card and asked for 'what is normal for
me' to be written in the resident's own words where possible, which homes now do.>>

Senior carers in all 71 homes were trained to use the card by the association. Call handlers and
clinicians in the 111 service were briefed on the new number. The handover was designed by the ICB's
clinical lead for care homes, Dr Oliver Penrose. We sent a survey to home managers after three months
and the responses were positive, so we kept the card as it was. We plan to set up a user group of
care home staff and 111 clinicians next year.
"""),
        ("value", "Value", """
Each ambulance not needed saves around £275, and each emergency department attendance avoided around
£200. The dedicated number and the card cost very little. Residents stay in their own beds, and
relatives are reassured that the care plan is being followed.
"""),
        ("spread", "Spread", """
The ambulance service has offered the same number to care homes in the two neighbouring ICB areas it
covers. The card has been shared with the national care home network.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I848  protected rest breaks and nap spaces for night shift staff - docx -
#       bullet lists - short - university sleep researcher, crisp - university
#       with an acute trust and a mental health trust - staff involved - NO
#       evidence section and no measured change anywhere (a single survey
#       figure, costs, counts of rest rooms) - NO patient involvement
#       (patients as beneficiaries, a negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I848", format="docx", layout="bullet_lists", topic="night_shift_fatigue_rest_breaks",
    project="independent53-resttocare-848", docx_font="Arial",
    title="Rest to Care: protected breaks and rest spaces for night shift staff",
    cover=[
        "Lead: University of Rushmere, Sleep and Circadian Research Group",
        "Partners: Rushmere Royal Hospitals NHS Trust; Langstone Mental Health NHS Trust",
        "By the Senior Lecturer in Sleep Science",
    ],
    primary_entrant=dict(name="University of Rushmere", type="university"),
    partners=[
        dict(name="Rushmere Royal Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Langstone Mental Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why", """
- tired staff make more mistakes: after sixteen hours awake, reaction times and judgement are similar to those of someone over the drink-drive limit

- night shift staff in both trusts rarely took a break, had nowhere to rest if they did, and often drove home exhausted

- in our 2022 survey of 480 night staff, 62% said they had not had a break of twenty minutes or more on their last night shift

- the acute trust's review of medication errors at night found fatigue mentioned as a factor in several incidents, including a tenfold insulin error at 5am

- at the mental health trust, staff on wards with only three people on at night could not leave the ward at all, so a break meant sitting in the nurses' office with the door open

- several staff had been involved in car accidents or near misses on the way home after a run of nights, and one healthcare assistant fell asleep at the wheel on the bypass

- since 2023: each ward or unit has a break rota set at the start of the night shift, rest spaces with reclining chairs have been created in both trusts, staff can book a taxi home after a night if they feel too tired to drive, and both trusts' policies now say that a break must be taken
"""),
        ("stakeholders", "Who helped", """
- <<S:night nurses and healthcare assistants from twelve wards designed the break rota sheet with us, and insisted that the nurse in charge should have a named break too>>

- <<S:resident doctors working nights asked for the rest spaces to be near their wards, not in the doctors' mess at the other end of the site, which changed where they were put>>

- <<S:estates staff found the rooms and chose the chairs with the night staff who tested them>>

- <<S:ward managers at the mental health trust adapted the rota for wards where staff cannot leave the ward, so breaks are taken in a quiet room on the ward>>

- patients were not asked, because this is about staff rest, although patients are the ones who benefit from staff who are awake and alert

- we plan to include patient safety partners when we look at night-time medication errors next year
"""),
        ("value", "Value", """
- the reclining chairs and blinds cost about £14,000 across nine rest spaces

- taxis home after a night shift cost the two trusts about £6,000 a year

- one serious medication error can cost far more, in harm to the patient and in the cost of investigation and claims

- staff say they feel the trusts have finally recognised that rest is part of safe care

- the break rota and the rest spaces use existing staff and rooms, so there are no running costs apart from the taxis
"""),
        ("spread", "Spread", """
- a third trust in the region has asked for the break rota sheet and the rest space specification

- we presented the work at a national conference on fatigue in healthcare

- the mental health trust's version for small wards, with breaks taken in a quiet room on the ward, has been shared with the regional mental health nursing directors' group

- the rest space specification, the rota sheet and a short guide for managers are free to download from the research group's website

- the acute trust has written protected breaks into its nursing establishment review, so that rotas are set assuming every member of staff takes one
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)
