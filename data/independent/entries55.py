"""Fifty-fifth independent evaluation set (I865..I880) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing mental health trusts, ambulance
services, police forces, councils, housing associations, autism and survivor-led
charities, GP federations, an integrated care board, a university and the odd private
company send in, in their own voices and at their own length.  The theme of this set is
mental health, learning disability and autism inpatient and community services:
restrictive practice, physical health of people with serious mental illness, crisis care
and transitions, with the police, councils, charities and housing.

Topics: police officers called to incidents on mental health wards and restraint (a
mental health trust with the police and a university, own headings), one-visit physical
health checks for people with severe mental illness in general practice (a GP
federation, bold headings with a cover table), a mental health response car for 999 calls
(an ambulance service, numbered questions with cover bullets), autistic adults leaving
long-term segregation in hospital for homes built around them (a council commissioning
team with a housing association, two columns), physical observations after rapid
tranquillisation on mental health wards (a university lead, style headings, no spread
section), abandoned calls to a 24-hour mental health helpline (a private telehealth
company as primary entrant, lists), blanket restrictions on acute wards reviewed by
people who have been inpatients (a survivor-led network as lead, no headings, long), an
early warning route for tenants with serious mental illness at risk of eviction (a
housing association, a form), young people moving from children's to adult mental health
services at eighteen (a mental health trust, CAPS headings), venous thromboembolism in
patients on mental health wards (teams of one trust, no partner, a pdf made from Word),
bowel cancer screening for people with severe mental illness (an integrated care board,
rubric headings), people with a learning disability or autism placed in hospitals far
from home (a private hospital company as primary entrant, numbered questions), an
autism-friendly crisis house (an autism charity, with appendix, long), weight gain and
metabolic checks in young people starting antipsychotics in early intervention in
psychosis (results first, no value section), changes of support provider in supported
living for people with a learning disability (a council, a form with a cover table) and
police handover at the section 136 place of safety (a police force, short lists).

Lead types and layouts: I865 nhs_trust (mental health), pdf own_headings; I866
primary_care (GP federation), docx bold_headings with a cover table; I867
emergency_service (ambulance), docx numbered_questions with cover bullets; I868
local_authority, pdf two_column; I869 university, docx style_headings; I870 private, pdf
bullet_lists; I871 patient_group, docx no_headings; I872 charity (housing association),
docx form_table; I873 nhs_trust (mental health), pdf caps_headings; I874 nhs_trust (no
partner), pdf style_headings via soffice; I875 icb, docx rubric_headings; I876 private,
pdf numbered_questions; I877 charity (autism), pdf with_appendix; I878 nhs_trust (early
intervention service), docx reordered; I879 local_authority, pdf form_table with a cover
table; I880 emergency_service (police), docx bullet_lists.

Flags: no_patient_involvement I866, I870, I874, I879, I880; no_staff_involvement I867,
I871, I877; no_quantitative_evidence I868, I872, I877, I880; ineligible I870 (private
lead), I874 (no partner), I876 (private lead); missing_section I869 (spread) and I878
(value).  I865, I873 and I875 have no flags.

Build it with

    .venv/bin/python data/independent/build.py --set 55   (writes data/corpus/independent55/)

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
  * not Q: dates, financial years, bed/ward/home/scheme counts, headcounts, numbers
    trained, activity counts (calls, stays, visits, referrals, alerts, checks, kits,
    people moved or identified), single figures with no baseline, a zero with no earlier
    figure, figures that did not change, budgets, costs and savings estimates, officer
    hours 'freed', phone numbers, reference numbers, targets not yet reached (including
    an aim to 'halve' something), plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('roughly halved', 'about a third', a shift below the centre line of an SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing), so a claim made only in another section
    does not clear the flag;
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, unusual names such as 'screening champions',
    list items), wherever in the entry it is told; a volunteer or peer worker with lived
    experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, peer
    workers who only deliver a service they were trained for, plans and intentions,
    negations, unnamed 'stakeholders', organisations agreeing or funding, a single
    named lead doing their job (including one director signing off), audiences at
    launches and meetings that were only updated, surveys and questionnaires after
    which nothing changed.

Organisation types follow the earlier sets (ambulance services and police forces are
emergency_service; GP federations and primary care networks are primary_care;
user-led survivor networks and family carers' networks are patient_group; charitable
housing associations, leisure trusts, autism, advocacy, listening and cancer support
charities are charity; a university is university; telehealth companies and
independent hospital companies are private).  A department or team of the entrant's own
organisation is not a partner.  Flags are written by hand and build.py cross-checks them
against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I865  police officers called to incidents on mental health wards - pdf -
#       own headings - associate director of nursing, reflective - mental
#       health trust with the police and a university simulation centre - a
#       former patient involved in the context section, people with lived
#       experience, relatives and staff involved; an SPC shift described in
#       words - no flags
# ---------------------------------------------------------------------------
entry(
    id="I865", format="pdf", layout="own_headings", topic="police_restraint_mental_health_wards",
    project="independent55-stayatthehead-865", pdf_font="LiberationSans", pdf_align="L",
    title="Step Back, Stay at the Head: reducing police restraint on our mental health wards",
    cover=[
        "Lead organisation: Cresswold Partnership NHS Foundation Trust (Adult Acute and Psychiatric Intensive Care Services)",
        "Partners: Cresswold Constabulary; Brantwood University (Simulation and Clinical Skills Centre)",
        "Written by the Associate Director of Nursing for Restrictive Practice",
    ],
    primary_entrant=dict(name="Cresswold Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Cresswold Constabulary", type="emergency_service"),
        dict(name="Brantwood University", type="university"),
    ],
    sections=[
        ("context", "Where we started", """
Cresswold Partnership runs eleven adult acute and psychiatric intensive care wards on three sites. Like
every mental health trust, we sometimes have to call the police: when someone on a ward has a weapon,
when staff cannot safely manage a serious assault, or when a detained patient has left and is at risk.
What worried us, when we went through the records for 2021, was not only how often this was happening
but what happened once officers arrived.

Police were called to our wards 212 times that year. In many of those calls the officers arrived, were
told there was a patient 'kicking off', and took over. Police restraint techniques are very different
from the ones our staff are taught. Officers used handcuffs and leg restraints, and on a few occasions a
Taser was drawn on a ward. Some patients were held face down for long periods. <<S:Our own staff told us
they felt they had to step back once officers were in the room, even when they could see that a hold
was unsafe.>> <<S:Officers told us they often had no idea what the person's diagnosis was, what medicine
they had just been given or whether they had a heart condition.>>

Then came the incident that could so easily have been a death. A young man on our intensive care unit,
who had been given an intramuscular injection less than an hour earlier, was held on the floor by three
officers for nearly twenty minutes. He stopped responding and needed oxygen. <<P:When we met him some
months later to go through what had happened, he told us that nobody had explained to the officers that
he was terrified of uniforms after being arrested as a teenager, and it was his suggestion that a member
of ward staff always stays at the person's head and keeps talking to them, which is now the first rule
of our joint protocol.>>

The law changed at about the same time, requiring mental health units to have a policy on the use of
force and to record every use, including force used by police officers. We wanted something that worked
on a ward at two in the morning, not just a policy. The constabulary wanted the same, because its
officers were spending hours on our wards and coming away injured and unsettled.
"""),
        ("evidence", "What has changed", """
Since April 2022 we have worked to a joint protocol with the constabulary. Before anyone calls 999 from a
ward, the nurse in charge rings the site's senior nurse, who can usually bring extra staff from another
ward within minutes. If officers do come, a named nurse meets them at the door with a one-page sheet
about the person. Ward staff lead any restraint using the trust's own techniques, and officers support
them unless there is an immediate threat to life. Every police attendance is reviewed within a week by
the ward manager and the constabulary's mental health inspector together.

<<Q:Police attendances at our wards fell from 212 in 2021 to 97 in 2023/24.>> <<Q:Restraints in which
police officers took part went down from 74 to 19 over the same period, and those in which the person
was held face down went from 23 to 6.>> <<Q:Since the protocol started, the monthly number of police
calls has stayed below the old centre line on our statistical process control chart for fourteen months
in a row, which is a real shift rather than a lucky run.>>

Handcuffs or leg restraints were used on the wards four times in 2023/24. Every use of force by an
officer is now recorded on the same form as our own restraints, so for the first time we can see the
whole picture in one place.
"""),
        ("stakeholders", "Who shaped it", """
<<P:Four people who have been patients on our intensive care unit, and two relatives, joined the working
group that wrote the protocol, and they insisted that the one-page sheet says what helps the person to
calm down, not only what their risks are.>> <<P:The same group reviewed the letter the trust now sends
after any police restraint, offering a debrief with a nurse and an officer together, and asked that the
offer is always made in person first.>>

<<S:Ward managers and senior nurses from all three sites met response officers and the constabulary's
mental health inspector over four sessions, and the officers' description of walking onto a ward 'blind'
is the reason the one-page sheet exists.>> <<S:Healthcare assistants, who carry out most restraints, told
us they were never asked anything in post-incident reviews, so every review now starts with the staff who
were in the room.>> <<S:Officers from the response teams that attend most often took part in joint
training days at the university's simulation centre, and after the first day they rewrote two of the
scenarios to include a patient who has just been given medication.>>
"""),
        ("value", "Is it worth it?", """
Each police call to a ward takes two officers off the streets for about three hours on average. The
constabulary estimates that the protocol has freed around 700 officer hours a year. For the trust, fewer
injuries to staff and patients mean fewer days lost to sickness and fewer complaints and claims. The
protocol itself cost very little: printing, the working group's time and four joint training days, which
the constabulary paid for from its training budget.

What matters most is harder to count. Being restrained by police officers in a place that is meant to be
a hospital is frightening and humiliating, and it can undo weeks of work to build trust with someone who
is very unwell.
"""),
        ("spread", "Sharing it", """
The two independent mental health hospitals in the county have adopted the protocol, and the
constabulary uses it with the neighbouring mental health trust. We have presented the work to the
regional restrictive practice network and to the national police mental health leads' group. The joint
training scenarios are now part of Brantwood University's mental health nursing degree.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I866  one-visit physical health checks for people with severe mental
#       illness - docx - bold headings with a cover table - GP clinical lead,
#       informal - GP federation with the mental health trust's CMHTs and a
#       wellbeing charity - staff involved - NO patient involvement (peer
#       health coaches recruited and trained to deliver, everyone sent a
#       letter, a survey that changed nothing, a hoped-for panel)
# ---------------------------------------------------------------------------
entry(
    id="I866", format="docx", layout="bold_headings", topic="smi_physical_health_checks_gp_hubs",
    project="independent55-sixchecks-866", docx_font="Calibri",
    title="Six Checks, One Visit: physical health checks for people with severe mental illness in Fallowmere",
    cover_table=[
        ("Entry title", "Six Checks, One Visit: physical health checks for people with severe mental illness in Fallowmere"),
        ("Lead organisation", "Fallowmere GP Federation (22 member practices)"),
        ("Partners", "Fallowmere and Dene Mental Health NHS Trust (Community Mental Health Teams); Open Door Wellbeing (registered charity)"),
        ("Contact", "Dr Rhys Cadogan, GP and Clinical Lead for Mental Health, Fallowmere GP Federation"),
    ],
    primary_entrant=dict(name="Fallowmere GP Federation", type="primary_care"),
    partners=[
        dict(name="Fallowmere and Dene Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Open Door Wellbeing", type="charity"),
    ],
    sections=[
        ("context", "What was wrong", """
People with schizophrenia, bipolar disorder and other psychoses die on average 15 to 20 years earlier
than everyone else, and most of that gap is heart disease, diabetes, lung disease and cancer, not
suicide. Everyone in general practice knows this. Every practice is meant to offer a yearly physical
health check covering six things: weight, blood pressure, blood sugar, cholesterol, smoking and alcohol.
In reality, across our 22 practices, most people on the severe mental illness register were getting
bits of a check: a blood pressure here, a blood test there if they happened to be in for something else.

The reasons are not complicated. The invitation was a letter that looked like every other letter from
the surgery. Appointments were at half past eight in the morning, which is not a kind time for someone
on clozapine or olanzapine. Blood tests were booked on a different day from the nurse appointment, so
people had to come twice, and many didn't. And when a check did find something, a cholesterol that
needed a statin or a blood sugar in the diabetic range, nobody was clearly responsible for acting on it.
The mental health team assumed the GP would. The GP assumed the psychiatrist had it in hand because of
the antipsychotic.

I still think about one man. He was in his forties, had schizophrenia and had been on a practice
register for years. A blood test ordered by his care coordinator showed a sugar well into the diabetic
range, but the result went into the trust's system, not ours, and nobody picked it up. Eighteen months
later he was admitted with an infected foot ulcer and lost two toes.

So in 2022 the federation, the mental health trust and Open Door, a local wellbeing charity, agreed to
try doing this properly, together.
"""),
        ("evidence", "Has it worked?", """
Since January 2023 everyone on the register is offered one longer appointment, in the afternoon, at a
hub practice in each of the federation's four neighbourhoods, where all six checks and the bloods are
done in a single visit. Open Door's peer health coaches phone people beforehand and can come with them
on the day. Results go to the mental health team the same week on a shared template, and anything that
needs action is flagged to a named hub GP, who starts treatment or refers on.

<<Q:The share of people on the register who had all six checks in the year rose from 29% in 2021/22 to
71% in 2023/24.>> <<Q:Among people with a ten-year heart risk of 10% or more, the proportion on a statin
went up from 34% to 62%.>> <<Q:People with a blood sugar in the diabetic range and no diagnosis or
treatment recorded went down from 58 at the first audit to 9 at the second.>>

There are 2,940 people on the register across the federation, and the hubs did 2,088 checks in 2023/24.
"""),
        ("stakeholders", "Who helped shape it", """
<<S:Practice nurses and healthcare assistants from the four hub practices designed the one-visit template,
and running the clinics after 1pm was their idea.>> <<S:Care coordinators in the community mental health
teams asked for results to arrive on the same template they already use for clozapine monitoring, and the
trust's informatics team built it that way.>> <<S:The federation's clinical pharmacists went through the
first 200 results and, after finding big differences between practices, wrote the short guide hub GPs
now use to decide on statins and diabetes treatment.>>

Open Door recruited eight peer health coaches, all with their own experience of mental illness, and our
practice nurses trained them to explain the checks and support people on the day. Everyone on the
register was sent a new-style invitation letter with a photo of their hub nurse. We surveyed people who
came in the first six months; 88% said the appointment time suited them, so we kept the format as it was.
We are hoping to set up a patient panel to advise on the next phase, which will look at cancer screening.
"""),
        ("value", "Is it worth it?", """
The hub clinics are paid for from the federation's enhanced services income, and the trust funds Open
Door's peer coaches; the two together come to about £96,000 a year. One admission with diabetic
complications costs more than £3,000, and a heart attack or stroke in a man of 45 costs far more than
money.

Practice nurses say the longer appointment is the first time they have felt able to do the check
properly. Care coordinators no longer spend their time chasing blood results from practices.
"""),
        ("spread", "Spreading it", """
The integrated care board has asked the county's other two GP federations to set up hubs on our model
from April 2025. The mental health trust has adopted the shared template for every practice in its area,
not only ours. We presented the work at the regional network for the physical health of people with
severe mental illness in 2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I867  a mental health response car for 999 calls - docx - numbered
#       questions with cover bullets - consultant paramedic, brisk - ambulance
#       service with the mental health trust's crisis service, the police and
#       a crisis cafe charity - callers and a mother involved - NO staff
#       involvement (crews and nurses trained, protocol written by a named
#       lead and signed off by the medical director, dispatchers briefed, a
#       survey that changed nothing, a planned forum)
# ---------------------------------------------------------------------------
entry(
    id="I867", format="docx", layout="numbered_questions", topic="ambulance_mental_health_response_car",
    project="independent55-calmvoices-867", docx_font="Arial",
    title="Blue Lights, Calm Voices: a mental health response car for 999 calls in Saltcote",
    cover=[
        "Eastmarch Ambulance Service NHS Trust (lead entrant), working with:",
        "Contact: Consultant Paramedic for Mental Health, Eastmarch Ambulance Service",
    ],
    cover_bullets=[
        "Saltcote Mental Health NHS Foundation Trust (Crisis Resolution and Home Treatment Service)",
        "Eastmarch Police (Saltcote District)",
        "The Lighthouse Crisis Cafe, Saltcote (registered charity)",
    ],
    primary_entrant=dict(name="Eastmarch Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Saltcote Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="Eastmarch Police", type="emergency_service"),
        dict(name="The Lighthouse Crisis Cafe", type="charity"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
About one in ten of the 999 calls we receive from the Saltcote district has a mental health crisis at
its heart: someone who has taken an overdose, is threatening to end their life, is very distressed or
is acutely psychotic. These calls were being handled like any other. A double-crewed ambulance was sent
when one became free, which for a call graded as not immediately life-threatening could mean a wait of
several hours. While people waited, things often got worse. Families rang back again and again, and the
police were frequently sent as well because nobody else could get there.

When a crew did arrive, their options were limited. Paramedics are trained to assess physical illness and
injury, and most had no access to the person's mental health records or crisis plan. Faced with a
person in distress at 1am, the safe-looking choice was nearly always a trip to the emergency department,
where the person would then wait many more hours in a noisy corridor. If the police had arrived first
and the person was in a public place, they were often detained under section 136 of the Mental Health
Act, simply because there was nowhere else to take them.

In October 2021 a young woman who had cut herself badly waited just over four hours for an ambulance
while her flatmate kept her talking on the phone. When the crew arrived she refused to go to the
emergency department because she had spent eleven hours there the week before. Police were called and
she was detained. She told us later that it was the worst night of her life.

No single organisation could fix this. We had the vehicles and the 999 calls, the mental health trust
had the clinicians and the records, the police were being drawn in whether they wanted to be or not, and
the Lighthouse crisis cafe had an evening service that most of our crews did not know existed.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since June 2022 a response car staffed by a paramedic and a crisis nurse from the trust has run from 2pm
to 2am every day. Our control room sends it to 999 calls with a mental health element, and the police
control room can request it directly. The nurse has access to the trust's records on a tablet, can
arrange a home treatment visit for the next morning, and can take the person to the Lighthouse if a calm
place and someone to talk to is what they need.

<<Q:Of mental health 999 calls in Saltcote, the share ending with a trip to the emergency department fell
from 71% in 2021/22 to 38% in 2023/24.>> <<Q:Section 136 detentions that followed a 999 call in the
district went down from 148 to 81 over the same period.>> <<Q:The average time from the 999 call to a
clinician arriving dropped from 2 hours 47 minutes to 54 minutes for the calls the car attends.>>

The car attended 3,206 calls in 2023/24, and the Lighthouse received 412 people brought or referred by
the car.
"""),
        ("stakeholders", "3. Who was involved and how?", """
<<P:We asked people who had called 999 in a mental health crisis what had helped and what had made it
worse, and eleven of them met us over three evenings at the Lighthouse, where they told us that flashing
lights and a stretcher outside the house made the neighbours stare, so the car is unmarked and parks
round the corner.>> <<P:Two of the same group helped choose what goes into the 'calm bag' the crew
carries: ear defenders, a blanket, bottled water and something to fidget with.>> <<P:A mother whose son
had been taken to the emergency department three times in one month told us that what he needed was
someone to come back the next day, and a next-day call from the crisis team is now part of every visit.>>

All paramedics who work on the car have completed a ten-day mental health course run by the trust, and
the crisis nurses have done our driving and scene safety training. The protocol was written by our
consultant paramedic for mental health, Ben Okafor, and signed off by the medical director. Control room
dispatchers were briefed on which calls to send the car to. We surveyed the crews after six months and
they were positive, so we kept things as they were. We intend to set up a joint practitioners' forum with
police and crisis staff later this year.
"""),
        ("value", "4. What has been the impact on patients and staff, and what does it cost?", """
The car costs about £410,000 a year, shared equally by the ambulance service and the mental health trust
through the integrated care board's urgent care budget. Each avoided trip to the emergency department
frees an ambulance for other calls and saves a long wait for the person. Eastmarch Police estimate that
the car saves their officers several thousand hours a year.

People tell us the biggest difference is being spoken to by someone who understands. One man said, "They
sat on my kitchen floor with me for an hour. Nobody has ever done that."
"""),
        ("spread", "5. How has it been shared?", """
A second car started in the Dene district in September 2024. We have shared the model with the national
ambulance mental health leads' group and with two neighbouring ambulance services, one of which is
planning its own version.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I868  autistic adults leaving long-term segregation for homes built around
#       them - pdf - two columns - council senior commissioning manager,
#       warm - council with a housing association, the ICB and an autism
#       support charity - the people moving and their families involved
#       (partly in the passive voice), staff involved - NO quantitative
#       evidence (people moved, homes built, nights at home, single figures,
#       costs)
# ---------------------------------------------------------------------------
entry(
    id="I868", format="pdf", layout="two_column", topic="autistic_adults_long_term_segregation_discharge",
    project="independent55-frontdoor-868", pdf_font="LiberationSans",
    title="A Front Door of Their Own: autistic adults leaving long-term segregation for homes built around them",
    cover=[
        "Braymoor Metropolitan Borough Council, All-Age Disability Commissioning (lead), with Kestle Homes (housing association), NHS Braymoor and Wendle Integrated Care Board and Lanterns Autism Support (charity)",
        "Entry by the Senior Commissioning Manager for Learning Disability and Autism",
    ],
    primary_entrant=dict(name="Braymoor Metropolitan Borough Council", type="local_authority"),
    partners=[
        dict(name="Kestle Homes", type="charity"),
        dict(name="NHS Braymoor and Wendle Integrated Care Board", type="icb"),
        dict(name="Lanterns Autism Support", type="charity"),
    ],
    sections=[
        ("context", "Why we started", """
In 2021 nine people from Braymoor, all autistic and some with a learning disability as well, were living
in hospitals, most of them more than a hundred miles from home. Four of them were in long-term
segregation. That means living in a small set of rooms, sometimes a single room, that they could not
leave, with meals passed through a hatch and staff talking to them through a door or a window. Some had
been there for years.

None of them needed to be in hospital for treatment. They were there because nobody had found anywhere
else for them to live. Support providers said no when they read the incident reports. Ordinary housing
did not work: thin walls, neighbours, humming fridges, flickering lights, fire alarms that went off when
someone made toast. When a placement broke down, the person went back to hospital, and every return made
the next move harder.

Segregation is not safe. The people we are talking about were restrained often, some had injured
themselves badly, and one man's medication had been increased again and again to manage distress that
was really about where he was living. We will call him Daniel. He was segregated for three years, 180
miles from Braymoor, and his mother saw him once a month, through a window.

In 2022 the council and the integrated care board agreed that we would bring people home one at a time,
with homes designed around them, and that we would not do it without a housing association and a
support provider who were in it for the long run.
"""),
        ("evidence", "What has happened so far", """
Between March 2022 and December 2024 seven people moved from hospital into homes of their own in
Braymoor. Kestle Homes built or adapted six bungalows and one ground floor flat. Each move was planned
over six to nine months, with a support team recruited and trained for that person before they left
hospital.

Lanterns now employs 58 support workers across the seven homes. Together the seven people have spent
more than 3,100 nights at home. One person went back into hospital for six weeks in 2023 and came home
again. Support teams recorded 31 incidents across the seven homes in the last year, and the police were
not called to any of them.

Each home has a written 'plan for a bad day', which is reviewed every month. Two more people are due to
move home in 2025.
"""),
        ("stakeholders", "Who shaped it", """
<<P:Each home was designed room by room with the person who would live there and the people who know them
best, using photographs, visits to empty properties and, for one man, a cardboard model of his bungalow
that he could move around on a table.>> <<P:Daniel's mother wrote the list of sounds and smells he cannot
bear, and his bungalow was chosen and altered around that list: no extractor fan, soft-close doors and no
neighbour through the wall.>> <<P:The families of the seven people met as a group four times and asked
for a named person at the council they could ring at any hour in the first month after a move, which we
put in place.>>

<<S:Ward staff from the hospitals, who knew each person best day to day, worked shifts alongside the new
support workers before each move, and their advice changed the daily routines in several support
plans.>> <<S:Kestle's housing officers and maintenance team agreed a repairs rule with Lanterns' managers
after a broken boiler caused one person great distress: anything affecting heat, water, light or noise is
now fixed within four hours at the support team's request.>> <<S:Psychologists and speech and language
therapists from the community learning disability team wrote each person's communication passport with
the support workers who would use it.>>
"""),
        ("value", "What it costs and what it is worth", """
The seven hospital placements cost on average about £14,000 a week each. Support at home costs on average
about £6,500 a week, paid from a pooled budget held by the council and the integrated care board. Kestle
funded the building work through its development programme and charges ordinary social rents.

The real value is in lives. Daniel goes to the garden centre on Tuesdays and feeds the ducks in the park.
His mother visits every Sunday and they sit in the same room.
"""),
        ("spread", "Where next", """
The integrated care board has shared our approach with the other boards in the region through the
regional learning disability and autism programme. Kestle has set aside four more plots for homes of this
kind, and two other housing associations have visited. Our short guide, 'Designing a home with someone
who cannot live with noise', is free to anyone who asks for it.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I869  physical observations after rapid tranquillisation - docx - style
#       headings - senior lecturer, academic - university school of nursing
#       with a mental health trust - lived experience advisers and staff
#       involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I869", format="docx", layout="style_headings", topic="rapid_tranquillisation_physical_monitoring",
    project="independent55-aftertheinjection-869", docx_font="Cambria",
    title="After the Injection: physical monitoring following rapid tranquillisation on mental health wards",
    cover=[
        "Harcastle University, School of Nursing and Midwifery (lead entrant)",
        "In partnership with Hexley Mental Health NHS Foundation Trust (Inpatient Services and Physical Health Team)",
        "Prepared by Dr Ayesha Morrow, Senior Lecturer in Mental Health Nursing",
    ],
    primary_entrant=dict(name="Harcastle University", type="university"),
    partners=[dict(name="Hexley Mental Health NHS Foundation Trust", type="nhs_trust")],
    sections=[
        ("context", "Background", """
Rapid tranquillisation is the use of medication, usually given by intramuscular injection, to calm a
person who is so agitated or distressed that they are at immediate risk of harming themselves or others.
It is a restrictive intervention and should be a last resort, but it is still used on acute and
intensive care wards across the country. The drugs involved, typically lorazepam, haloperidol or
promethazine, can cause over-sedation, slowed breathing, abnormal heart rhythms and acute dystonic
reactions, and the risks are greater when the person has also been restrained, is dehydrated, or has
taken alcohol or street drugs.

National guidance requires regular monitoring of pulse, blood pressure, respiratory rate, temperature,
oxygen saturation and level of consciousness after rapid tranquillisation, at least every 15 minutes for
the first hour. In practice this is difficult. Many people decline to be touched after being restrained,
many fall asleep, and nurses are understandably reluctant to wake someone who has only just settled.
Where physical observations could not be taken, there was no agreed way of recording what could be seen
without touching the person, such as breathing rate, colour and response to voice.

In 2021 the trust's physical health team audited 64 episodes of rapid tranquillisation on its six adult
wards. Observations in the first hour were complete, or a reason for not doing them recorded, in fewer
than four episodes in ten. In the same year a man on one of the wards was found unresponsive about 90
minutes after an injection, with a respiratory rate of six breaths a minute. He recovered after
emergency treatment in the acute hospital. The trust approached the university, which had been running
simulation-based teaching on restraint and physical health, to work on the problem together through a
two-year knowledge exchange project funded jointly by both organisations.

The project had three parts: a single observation chart for the hours after rapid tranquillisation,
including a structured non-contact section; simulation training for ward teams at the university's
clinical skills centre; and clear thresholds for escalation to the trust's physical health nurses and
the duty doctor.
"""),
        ("evidence", "Findings", """
We repeated the audit in 2022, 2023 and 2024, each time examining every episode on the six wards over a
three-month period, 412 episodes in total.

<<Q:Episodes with a full set of observations in the first hour, or a recorded non-contact check where
the person declined, rose from 38% in the 2021 baseline audit to 86% in the 2024 audit.>> <<Q:Episodes in
which a person was over-sedated and this was not escalated to a doctor within 15 minutes went down from 17
of 64 to 3 of 71.>> <<Q:The number of rapid tranquillisation episodes on the six wards also fell by
roughly a fifth between 2021 and 2024, which we had not set out to achieve and cannot fully explain.>>

Ward staff attributed the last finding partly to the simulation days, which spent as much time on what
happens before an injection as after it. We report it with caution, since the wards also introduced
other restrictive practice work in the same period.
"""),
        ("stakeholders", "Involvement", """
<<P:Two people who had been given rapid tranquillisation on the trust's wards joined the project team as
lived experience advisers, paid by the university for their time, and they rewrote the information given
to patients afterwards so that it begins with what happened and why, not with the name of the drug.>>
<<P:One of them told the team that being woken every fifteen minutes with a torch had felt like
punishment, which led directly to the non-contact section of the chart.>>

<<S:Nurses and healthcare assistants on all six wards tested three versions of the chart on night shifts
and chose the one that fits on a clipboard alongside the medicines chart.>> <<S:The trust's physical
health nurses and a consultant psychiatrist agreed the escalation thresholds after ward staff pointed out
that the first draft would have meant calling a doctor for almost every episode.>> <<S:The university's
simulation technicians and the trust's practice educators ran the first training days together and
added a scenario with a patient who is asleep and cannot be roused, which participants consistently
rate as the most useful.>>
"""),
        ("value", "Value", """
The chart costs a few pence a copy. The trust bought a pulse oximeter and a tympanic thermometer for the
clinic room of each ward, at a total cost of under £700. The simulation days cost around £1,800 each,
including backfill, and 160 ward staff have attended. By comparison, a single transfer to the acute
hospital for emergency treatment of respiratory depression involves an ambulance, an emergency department
attendance and often an admission, and a death in these circumstances would be a catastrophe for the
family and the staff involved.

Ward staff report feeling more confident about what they are looking for and when to call for help.
People who have experienced rapid tranquillisation told us the new information sheet made them feel that
someone was looking after them rather than simply watching them.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I870  abandoned calls to a 24-hour mental health helpline - pdf - bullet
#       lists - PRIVATE telehealth company as primary entrant, with the
#       mental health trust, the ICB and a listening line charity
#       (ineligible) - chief operating officer, upbeat - staff involved - NO
#       patient involvement (callers texted a survey that changed nothing,
#       callers told by recorded message, a planned reference group,
#       callers as beneficiaries)
# ---------------------------------------------------------------------------
entry(
    id="I870", format="pdf", layout="bullet_lists", topic="mental_health_helpline_abandoned_calls",
    project="independent55-nocallleft-870", pdf_font="LiberationSans", pdf_align="L",
    title="No Call Left Behind: answering people in crisis first time on the Pellworth mental health helpline",
    cover=[
        "Submitted by Northway Telehealth Ltd, provider of the Pellworth 24/7 Mental Health Helpline",
        "In partnership with Pellworth and Stower Mental Health NHS Trust, NHS Pellworth and Stower Integrated Care Board and Pellworth Listening Line (registered charity)",
        "Contact: Chief Operating Officer, Northway Telehealth Ltd",
    ],
    primary_entrant=dict(name="Northway Telehealth Ltd", type="private"),
    partners=[
        dict(name="Pellworth and Stower Mental Health NHS Trust", type="nhs_trust"),
        dict(name="NHS Pellworth and Stower Integrated Care Board", type="icb"),
        dict(name="Pellworth Listening Line", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
Northway Telehealth has run the Pellworth 24/7 Mental Health Helpline on behalf of the mental health
trust since 2021. Anyone in the area can ring it, including through the NHS 111 mental health option. Our
call handlers and mental health practitioners take around 9,000 calls a month.

What we found in 2022:

- calls peaked between 7pm and 1am, when the most distressed callers ring and when staffing was thinnest

- calls were answered in the order they came in, whatever the caller was going through

- almost one in four callers hung up before they were answered, and we had no way of calling them back if their number was withheld or they did not answer

- some of those who hung up were at serious risk; in one case in November 2022 a woman rang three times in an evening, gave up waiting each time, and was admitted to intensive care after an overdose later that night

- many calls came from people who were lonely or needed someone to talk to rather than clinical help, and they were waiting in the same queue as people in acute crisis

What we do now, since March 2023:

- every caller hears a short recorded question and can press 1 if they are thinking of ending their life or have harmed themselves today; those calls go to the front of the queue and to a mental health practitioner

- any abandoned call from a number we can see is called back within 15 minutes, and the trust's crisis team is alerted if we cannot reach someone who pressed 1

- callers who would like someone to talk to can choose to be put through to Pellworth Listening Line, whose trained listeners take the call straight away

- the trust's crisis team shares its caseload list with us each evening so that our practitioners can see a caller's crisis plan
"""),
        ("evidence", "Results", """
We compared April 2022 to March 2023 with April 2023 to March 2024.

- <<Q:abandoned calls fell from 23% of all calls to 7%>>

- <<Q:the median time to answer a caller who pressed 1 went down from 9 minutes to 48 seconds>>

- <<Q:incidents in which a caller came to serious harm after abandoning a call to the helpline fell from 6 to 1>>

- 4,812 abandoned calls were called back in the year, and the crisis team was alerted 297 times

- 1,940 callers chose to be put through to the Listening Line
"""),
        ("stakeholders", "Who was involved", """
- <<S:our call handlers suggested the wording of the recorded question, after testing three versions on each other and finding that 'are you safe right now?' was too vague>>

- <<S:mental health practitioners from the trust's crisis team spent a week in our contact centre and, after listening to calls, asked for the crisis plan to appear on screen as soon as a caller's number is recognised, which our developers built>>

- <<S:the Listening Line's shift supervisors worked out with our team leaders how a warm transfer should sound, and changed the script so that the caller is never put on hold during the transfer>>

- every caller is sent a two-question text survey after their call; average satisfaction is 4.5 out of 5, so we have not changed anything as a result

- people who use the helpline were told about the new options through the recorded message and the trust's website

- we plan to set up a callers' reference group in 2025

- the changes are designed around the needs of every person who calls us in crisis
"""),
        ("value", "Value", """
- the call-back team and the new telephony were paid for within our existing contract

- the Listening Line receives a grant of £48,000 a year from the integrated care board for the extra calls

- every life saved matters beyond any figure, and each overdose admission to intensive care costs the NHS many thousands of pounds

- staff say evening shifts feel safer because they know the most urgent calls will reach them first
"""),
        ("spread", "Spread", """
- we have introduced the same recorded question and call-back rule on the two other NHS helplines we run in neighbouring areas

- the integrated care board has shared the approach with the regional mental health urgent care network

- we presented the work at a national conference for crisis line providers in 2024
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I871  blanket restrictions on acute wards reviewed by former inpatients -
#       docx - no headings - long - survivor network coordinator, first
#       person, passionate - user-led network with the mental health trust
#       and an independent advocacy charity - members and current patients
#       involved - NO staff involvement (ward managers given lists and told,
#       a director agreeing and signing, nursing staff trained, a staff
#       questionnaire that changed nothing, staff deliberately not included,
#       a hope); 'about a third' in words
# ---------------------------------------------------------------------------
entry(
    id="I871", format="docx", layout="no_headings", topic="blanket_restrictions_acute_wards_user_led_review",
    project="independent55-whythisrule-871", docx_font="Georgia",
    title="Why This Rule? People who have been inpatients reviewing blanket restrictions on acute wards",
    cover=[
        "Hollins Survivor Network (a user-led group of people with experience of mental health services), lead entrant",
        "With Tollbridge Mental Health NHS Foundation Trust and Tollbridge Independent Advocacy (charity)",
        "Written by the Network Coordinator",
    ],
    primary_entrant=dict(name="Hollins Survivor Network", type="patient_group"),
    partners=[
        dict(name="Tollbridge Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="Tollbridge Independent Advocacy", type="charity"),
    ],
    sections=[
        ("context", None, """
I was a patient on one of Tollbridge's acute wards in 2017. When people ask me what I remember about it,
they expect me to talk about the medication or being sectioned. What I actually remember is the rules.
My phone charger was taken off me at the door. The garden was locked at six in the evening, even in
June. Hot drinks were at set times. Nobody was allowed shoelaces, whatever their risk. Bedroom doors were
locked during the day so you had to sit in the lounge with the television on. When I asked why, the
answer was always the same: "it's ward policy".

These are what the Mental Health Act Code of Practice calls blanket restrictions: rules that apply to
everyone on a ward regardless of their individual risk. The Code says they should be avoided unless they
can be justified for that ward, and reviewed regularly. They are not a small matter. Rules that feel
pointless make people angry and frustrated, and anger on a locked ward turns into arguments, and
arguments turn into restraint, seclusion and injections. Some of the worst incidents I saw on the ward
started with someone wanting to go into the garden or wanting a coffee at the wrong time.

The Hollins Survivor Network started in 2015. We now have about 140 members, all of whom have used
mental health services in the area, many as inpatients. We campaign, we run peer support groups and we
try to make services better from the inside. In 2022 the trust's director of nursing came to one of our
open meetings and asked what we would change if we could change one thing on the wards. <<P:The members at that
meeting answered almost with one voice, the rules, and they voted to make the ward rules the network's
project for the year.>>

Rules like these are rarely anybody's decision. They build up over years: after an incident on one
ward, because of the way a building was designed, or because a rule made sense for one patient once and
was never taken away. New staff learn them from older staff. Patients come and go too quickly to change
them. Nobody has the job of asking whether they still make sense, and so they stay.

Blanket rules also fall hardest on particular people. A woman who is expressing breast milk for her baby,
a man who prays five times a day and needs water to wash first, a young autistic patient who depends on
his own routine, an older man who has been a farmer all his life and wants to sit outside: a rule that
treats everyone the same ends up treating all of them badly. The network had campaigned about conditions
on the wards for years, mostly through letters, petitions and the local paper, with mixed results. This
was the first time we had been asked in.

So we proposed something simple. Pairs of network members would visit each of the trust's eight acute
wards, talk to the patients there, and write down every rule that applied to everybody. Each rule would
then be looked at by the ward and the trust: could it be justified for every patient on that ward? If
not, it would either go, or become a decision made for an individual person, with a reason written in
their care plan. We called it Why This Rule?, because that was the question every patient had asked and
nobody had answered.

The advocacy charity joined as a partner because it had kept records of the complaints patients raised
about ward rules for years, and it agreed to share them with us.
"""),
        ("evidence", None, """
<<Q:When we first listed them, in the autumn of 2022, the eight wards had 46 rules that applied to every
patient; by the repeat walkarounds in the spring of 2024 there were 12.>> The ones that remain include
searching on return from leave and restrictions on lighters, which the ward has to justify each year.

<<Q:Issues about ward rules raised with the advocacy service fell by about a third between 2021/22 and
2023/24, according to the charity's records.>> <<Q:On the two wards that removed the most rules, incidents
of violence and aggression went down from 212 in 2021/22 to 148 in 2023/24.>> We know that other things
changed on those wards in that time, including a new ward manager on one of them, so we do not claim all
of that for ourselves.

The rules we found fell into three groups. Some were about safety, such as searching people when they
return from leave. Some were about convenience, such as locking the garden at six because that was when
the day staff went home. And some nobody could explain at all: one ward did not let patients have their
own pillows, because of an infection control worry from years before that nobody could trace. Most of
the rules that have gone were in the second and third groups.

Among the rules that have gone are the removal of phone chargers at night, the six o'clock garden
lock, set times for hot drinks, taking everyone's shoelaces and belts, bedroom doors locked during the
day, a ban on visitors bringing in home-cooked food, and a rule on two wards that patients could only use
the ward phone for ten minutes at a time.

Every ward now has a 'Why This Rule?' poster by the nursing office, listing each remaining restriction,
who decided it and when it will next be reviewed.
"""),
        ("stakeholders", None, """
Everything in this project was done by people who know what it is like to be on the other side of the
ward door. <<P:Eleven members of the network, all former inpatients, carried out the walkarounds in
pairs, spending a whole afternoon on each ward and talking to the patients there about which rules
mattered most to them.>> <<P:Patients on Rowan and Alder wards told them that losing their phone
chargers at night cut them off from their children, and the overnight charger ban was the first rule to
go.>> <<P:Our members also wrote the 'Why This Rule?' poster and tested the wording with patients on two
wards before it went up.>>

Ward managers were given the list of rules for their ward and told the outcome of each walkaround. The
trust's director of nursing, Helen Achebe, agreed which rules would be removed and signed the new policy.
Nursing staff on all eight wards had a half-day training session on individual risk assessment, run by
the trust's practice development team. We sent a short questionnaire to ward staff afterwards, and as most
answers were supportive we left the process as it was. We did not ask ward staff to join the
walkarounds, because patients told us they would not speak freely in front of them. Next year we hope to
run some joint sessions with staff.
"""),
        ("value", None, """
The whole project cost under £7,000, most of it in involvement payments at the trust's standard hourly
rate, and the advocacy charity paid for printing the posters. Fewer
incidents mean fewer injuries to patients and staff, less time spent on paperwork and investigations,
and less use of restraint, seclusion and rapid tranquillisation, all of which are expensive as well as
harmful.

It is also worth saying what the changes did not cost. No ward needed extra staff, no building work was
done and nothing had to be bought. Removing a rule is free. Keeping a rule that nobody can justify has a
cost too, but it is paid by patients, every day, in boredom and frustration and in the incidents that
follow.

I don't think the real value can be costed, though. One woman on Alder ward told our members that having
her charger back meant she could say goodnight to her daughter every evening, and that was what got her
through her admission. Another patient said the ward now felt 'less like a prison and more like a
hospital'.
"""),
        ("spread", None, """
The trust has asked us to do the same on its older adults' wards and its rehabilitation unit in 2025. We
have shared our walkaround guide and the poster template with two other survivor-led groups in the
region, and one of them has started working with its local trust. We spoke about Why This Rule? at a
regional conference on reducing restrictive practice, and the guide is free for any group to use. The
trust has also added the 'Why This Rule?' poster to its standard for every new ward, so that the list of
restrictions is on the wall from the day a ward opens, not after someone asks.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I872  early warning route for tenants with serious mental illness at risk
#       of eviction - docx - form table - head of tenancy sustainment,
#       plain - charitable housing association with the mental health trust's
#       CMHTs and the city council - tenants and staff involved - NO
#       quantitative evidence (tenants consenting, alerts raised, joint visits,
#       tenants still housed with no baseline, an aim to 'halve' evictions)
# ---------------------------------------------------------------------------
entry(
    id="I872", format="docx", layout="form_table", topic="smi_tenancy_eviction_early_warning",
    project="independent55-keepingthekeys-872", docx_font="Calibri",
    title="Keeping the Keys: an early warning route for tenants with serious mental illness at risk of losing their home",
    cover_table=[
        ("Title of entry", "Keeping the Keys: an early warning route for tenants with serious mental illness at risk of losing their home"),
        ("Lead organisation", "Larkhill Housing Group (charitable housing association)"),
        ("Partner organisations", "Sellwood Mental Health NHS Trust (Community Mental Health Teams); Sellwood City Council (Housing Options and Adult Social Care)"),
        ("Name and role of entrant", "Nadia Brennan, Head of Tenancy Sustainment, Larkhill Housing Group"),
    ],
    primary_entrant=dict(name="Larkhill Housing Group", type="charity"),
    partners=[
        dict(name="Sellwood Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Sellwood City Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Larkhill Housing Group owns and manages about 9,400 homes in Sellwood, mostly general needs flats and
houses let at social rents. We estimate that around 600 of our tenants live with a serious mental illness
such as schizophrenia, bipolar disorder or severe depression, although until recently we had no reliable
way of knowing who they were.

When a tenant with a serious mental illness becomes unwell, the first signs often reach the landlord
before they reach any health service. The rent stops being paid. Neighbours complain about shouting or
music at night. The tenant stops answering the door, so repairs and safety checks are missed. Our
housing officers followed the process they had: letters, warnings, a notice, and eventually court.
Meanwhile the tenant's care coordinator might have no idea that anything was wrong until the tenant
turned up at the council's homelessness service with an eviction date, or was admitted to hospital.

Losing a home is dangerous for anyone, and for someone with a serious mental illness it often means
relapse, a hospital admission, rough sleeping, or worse. In 2021 one of our tenants, a man with
schizophrenia who had been evicted for rent arrears, was found dead in a tent three months later. His
care coordinator told us afterwards that his benefits had been stopped when he missed an appointment
during a relapse, and that the arrears could have been sorted out in a week if anyone had known.

Our safety goals were simple: that no tenant known to mental health services loses their home without
their care team knowing and being involved; that the early signs of relapse seen by housing staff reach
the right clinician quickly; and that eviction is always the last resort.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
The early warning route started in June 2023. At sign-up and at their yearly tenancy check, tenants are
asked whether they would like us to be able to contact a named mental health worker if their tenancy is
at risk. If a consenting tenant reaches four weeks of arrears, has a complaint about noise or behaviour,
or misses two access appointments, their housing officer phones the care coordinator within two working
days and the two of them agree what to do, usually a joint visit. No possession claim is started for a
consenting tenant without a review by the housing officer, the care coordinator and the council's
housing options team.

By December 2024, 412 tenants had consented. Housing officers had raised 140 alerts, and a joint visit or
call took place within ten working days for 118 of them. Of the 140 tenants involved, 121 are still in
their homes, 12 moved by agreement to more suitable housing and 7 were evicted or gave up their tenancy.

Our aim is to halve the number of evictions of tenants with a serious mental illness by 2026. We cannot
yet say how we are doing against that, because before 2023 we did not record whether an evicted tenant
was known to mental health services.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Members of Larkhill's tenants' scrutiny panel who have their own experience of mental illness rewrote
the consent form and took out the word 'vulnerable', which they said would stop people from signing
it.>> <<P:A tenant who had come close to eviction in 2022 told the project group that letters about
arrears made her hide the post unopened for months, so the first contact after an alert is now a phone
call or a knock on the door from someone she knows, never a letter.>>

<<S:Housing officers and care coordinators from the community mental health teams worked out the three
triggers together at two joint workshops, and it was the care coordinators who asked for missed access
appointments to be added, because that is often the first sign of relapse.>> <<S:The council's housing
options officers reviewed the pre-eviction checklist and added a check on whether the tenant's benefits
have been stopped, which they had found was behind much of the arrears they saw.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
An eviction costs a housing association around £8,000 in lost rent, legal costs and void works. For the
council, a single household in temporary accommodation can cost several hundred pounds a week, and a
mental health admission costs far more than either. The early warning route uses existing staff time;
the only new cost is a part-time tenancy sustainment officer, about £19,000 a year, funded by Larkhill.

Housing officers say they feel less alone with difficult cases and now know who to ring. Care
coordinators say they hear about problems weeks earlier. Tenants tell us they did not know their
landlord could be on their side.
"""),
        ("spread", "How has the work been shared and spread?", """
Two other housing associations in Sellwood have adopted the consent form and triggers, and the council
is using the pre-eviction review for its own tenants. We have presented the work to the regional housing
and health network.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I873  young people moving from children's to adult mental health services
#       at eighteen - pdf - CAPS headings - transitions lead, practical -
#       mental health trust with the county council and a youth charity -
#       young people involved (by pronoun after a group that is only
#       described), staff involved; 'roughly halved' in words - no flags
# ---------------------------------------------------------------------------
entry(
    id="I873", format="pdf", layout="caps_headings", topic="camhs_to_adult_mental_health_transition",
    project="independent55-mymove-873", pdf_font="DejaVuSans", pdf_align="L",
    title="My Move: safer transitions from children's to adult mental health services at eighteen",
    cover=[
        "LEAD: Marchbank Health NHS Foundation Trust (Child and Adolescent Mental Health Services and Adult Community Mental Health Services)",
        "PARTNERS: Marchbank County Council (Children's Services, Leaving Care Team and Adult Social Care); Youth Harbour Marchbank (registered charity)",
        "CONTACT: Transitions Lead, Marchbank Health NHS Foundation Trust",
    ],
    primary_entrant=dict(name="Marchbank Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Marchbank County Council", type="local_authority"),
        dict(name="Youth Harbour Marchbank", type="charity"),
    ],
    sections=[
        ("context", "WHY WE NEEDED TO CHANGE", """
Turning eighteen is a risky time for a young person with mental health problems. On their birthday they
stop being a CAMHS patient, but they do not automatically become an adult mental health patient. Adult
community teams have different thresholds, different waiting lists and different ways of working. Many
young people who were well supported by CAMHS did not meet the criteria for adult services and were
discharged to their GP. Others were referred, waited months for an assessment, and disengaged before it
happened. Young people leaving care lost their social worker around the same time.

The consequences showed up in our incident reviews. In 2021 a young woman who had been under CAMHS for
three years for self-harm and an eating disorder was discharged to her GP a month after turning eighteen,
because the adult team said she did not meet its criteria. Over the next ten weeks she attended the
emergency department three times after self-harm and was admitted to intensive care after an overdose.
Her review found that every service had followed its own rules and that nobody had owned the gap
between them.

The trust runs both CAMHS and adult services, but that had not made the gap any smaller. What was missing
was a shared plan that started well before the birthday, somebody who stayed with the young person
through the move, and an agreement that the adult team would accept a young person on the strength of
the CAMHS assessment rather than starting again.
"""),
        ("evidence", "WHAT HAS IMPROVED", """
Since April 2022 every young person open to CAMHS is flagged at seventeen and a half. A joint meeting with
the young person, their CAMHS worker, an adult team worker and, for care leavers, their personal adviser
agrees where they will go next and writes a 'My Move' plan. Youth Harbour provides a bridge worker who
stays with the young person for six months either side of their eighteenth birthday. The adult team
accepts the CAMHS assessment and offers a first appointment before CAMHS closes the case.

We compared young people who turned eighteen while open to CAMHS in 2021/22 with those who did so in
2023/24 (171 and 186 young people).

<<Q:The share discharged with no adult mental health, GP or voluntary sector follow-up arranged fell from
41% to 9%.>> <<Q:Emergency department attendances for self-harm in the six months after the eighteenth
birthday roughly halved between the two groups.>> <<Q:The average gap between the last CAMHS appointment
and the first adult appointment went down from 14 weeks to 3.>>
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
CAMHS has a youth participation group of young people aged 15 to 19 who use or have used the service,
which meets once a month at Youth Harbour. <<P:They told us that the worst part of moving to adult
services was having to tell their story all over again to a stranger, so the adult worker now reads the
plan and meets the young person alongside their CAMHS worker before any handover.>> <<P:They also
designed the 'My Move' booklet and chose its name, because 'transition plan' sounded like something being
done to them.>> <<P:Three of them sat on the interview panel for the bridge workers.>>

<<S:CAMHS and adult team clinicians met monthly for six months to agree the joint criteria, and the adult
team leaders dropped the requirement for a fresh assessment once they saw how many young people dropped
out while waiting for one.>> <<S:Personal advisers in the council's leaving care team asked to be invited
to the joint meeting for every care leaver, which is now written into the protocol.>> <<S:Youth Harbour's
youth workers suggested that bridge workers meet young people somewhere other than a clinic, and most
meetings now happen in cafes, at college or on a walk.>>
"""),
        ("value", "VALUE", """
The bridge workers cost £118,000 a year, jointly funded by the trust and the council. The rest of the
pathway uses existing staff time, moved to an earlier point. An emergency attendance for self-harm
followed by a paediatric or adult admission costs several thousand pounds, and an intensive care stay
many times that.

Young people say they feel less dropped. Clinicians in both teams say the joint meeting has made them
understand each other's work.
"""),
        ("spread", "SPREAD", """
The pathway has been adopted for young people moving from the trust's eating disorder and learning
disability services, and for young people in the youth justice service. We have presented the work at the
regional children and young people's mental health network, and a neighbouring trust is piloting the
bridge worker role with its own youth charity.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I874  venous thromboembolism on mental health wards - pdf made from Word -
#       style headings - consultant nurse, formal - teams of ONE mental
#       health trust, no partner (ineligible) - staff involved - NO patient
#       involvement (patients given a leaflet, encouraged to walk, asked to
#       consent to stockings, the patient council updated, a plan,
#       beneficiaries)
# ---------------------------------------------------------------------------
entry(
    id="I874", format="pdf", layout="style_headings", topic="vte_prevention_mental_health_wards",
    project="independent55-clotaware-874", render_via="soffice", docx_font="Liberation Sans",
    title="Clot Aware: preventing venous thromboembolism in patients on mental health wards",
    cover=[
        "Brindmoor Mental Health NHS Foundation Trust",
        "A joint project of the Physical Health Nursing Team, Pharmacy and Medicines Optimisation, Adult Acute Inpatient Services, Older Adult Inpatient Services and Digital Services",
        "Lead: Consultant Nurse for Physical Health",
    ],
    primary_entrant=dict(name="Brindmoor Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Venous thromboembolism (VTE), meaning a deep vein thrombosis or a pulmonary embolism, is one of the
commonest preventable causes of death in hospital. Acute hospitals have assessed every adult inpatient
for VTE risk for more than a decade. Mental health wards have generally not, partly because patients
are usually mobile and partly because VTE has been seen as a physical health problem for someone else.

Yet many patients on mental health wards have several risk factors at once. Antipsychotic medicines,
particularly at higher doses, are associated with an increased risk. Patients with catatonia or severe
depression may barely move for days. Older adults with dementia or delirium are often frail and
dehydrated. Patients in seclusion or long-term segregation, or who have been restrained, may be
immobile for long periods. Obesity and smoking are common.

In 2021 the trust had two deaths from pulmonary embolism on its wards. One was a woman in her thirties
with catatonia who had spent most of two weeks in bed. The other was a man in his eighties on an older
adult ward after a fall. Neither had had a VTE risk assessment. A trust-wide audit that year found that
only 23% of patients had a documented risk assessment within 24 hours of admission.

The Clot Aware project brought together the trust's physical health nursing team, pharmacy, the adult
and older adult inpatient services and digital services. It introduced an electronic VTE risk assessment
on admission, repeated at 72 hours and whenever a patient's mobility changes (for example on entering
seclusion or when catatonia is recognised), with a pharmacist check of prophylaxis, a simple protocol for
anti-embolism stockings and low molecular weight heparin, and a hydration and mobility prompt in the
nursing care plan.
"""),
        ("evidence", "Results", """
Data come from monthly audits of all admissions to the trust's fourteen wards and from the trust's
incident reporting system.

<<Q:Patients with a VTE risk assessment within 24 hours of admission rose from 23% in 2021/22 to 91% in
2023/24.>> <<Q:Patients assessed as high risk who received the recommended prophylaxis rose from 38% to
88% over the same period.>> <<Q:Hospital-acquired VTE events on the wards fell from 9 in 2021/22 to 2 in
2023/24.>>

Over the two years, 6,120 admissions were assessed and 1,480 patients were identified as being at high
risk.
"""),
        ("stakeholders", "Engagement", """
<<S:Nurses on two older adult wards tested the paper version of the assessment for two months and asked
for the mobility questions to be rewritten, because the first version assumed every patient could
walk.>> <<S:Ward pharmacists agreed the prophylaxis protocol with the trust's medicines committee and
added a warning for patients on clozapine who are also dehydrated.>> <<S:Consultant psychiatrists on the
adult acute wards asked for the 72-hour reassessment to be linked to the ward round, so that it is done
while the team is together.>> <<S:Ward clerks pointed out that many admissions happen at night when no
pharmacist is on site, and the digital team added an automatic task for the morning pharmacist.>>

Patients at higher risk are given a leaflet about blood clots and encouraged to walk and to drink plenty
of fluids. Patients are asked for their agreement before stockings are fitted. The trust's patient
council was updated on the project at its meeting in March 2023. We plan to ask patients for their views
on the leaflet in 2025. The project is intended to benefit every patient admitted to our wards.
"""),
        ("value", "Value", """
The electronic assessment was built by the trust's own digital team within existing resources.
Prophylaxis costs are small: a course of low molecular weight heparin costs a few pounds a day. Treating
a pulmonary embolism requires an emergency transfer to an acute hospital and often a stay of several
days, and each death is a tragedy for a family and a serious incident for the trust.
"""),
        ("spread", "Spread", """
The assessment and protocol have been shared with the other mental health trusts in the region through
the regional physical health in mental health network, and one trust has adopted them. The project was
presented at a national conference on physical health in mental health settings in 2024.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I875  bowel cancer screening for people with severe mental illness - docx
#       - rubric headings - ICB programme manager, formal - ICB with the
#       screening centre's host trust, the mental health trust and a cancer
#       support charity - 'screening champions' (people on the SMI register)
#       and staff with unusual job titles involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I875", format="docx", layout="rubric_headings", topic="smi_bowel_cancer_screening",
    project="independent55-screeningcounts-875", docx_font="Calibri",
    title="Screening Counts Too: bowel cancer screening for people living with severe mental illness",
    cover=[
        "NHS Garrowby and Lune Integrated Care Board (lead)",
        "Partners: Lune Valley Hospitals NHS Trust (North Lune Bowel Cancer Screening Centre); Garrowby Mental Health NHS Foundation Trust; Lune Valley Cancer Support (charity)",
        "Submitted by the Programme Manager, Mental Health and Cancer",
    ],
    primary_entrant=dict(name="NHS Garrowby and Lune Integrated Care Board", type="icb"),
    partners=[
        dict(name="Lune Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Garrowby Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="Lune Valley Cancer Support", type="charity"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
People living with severe mental illness are no more likely than others to develop bowel cancer, but
they are considerably more likely to die from it, largely because it is found later. The national bowel
cancer screening programme posts a home testing kit every two years to everyone aged 50 to 74. In 2021
the screening centre and the ICB's analysts linked screening records with GP severe mental illness
registers for the first time. Uptake among people on the registers was 37%, compared with 71% for the
population as a whole.

The reasons became clear when we asked around. Kits were posted to addresses people had left, including
hostels and supported housing. The instructions are long and assume a settled home with a private
bathroom. Some people, particularly those experiencing paranoia, were frightened by an unexpected
package asking for a sample. Reminder letters went unopened. Care coordinators, who were in regular
contact with people, did not know when a kit had been sent. When a test was positive, the invitation to
see a specialist screening practitioner was often missed, and in 2021 two people on the register with a
positive result were diagnosed with advanced cancer more than a year later.

The partnership's goals were to raise screening uptake among people with severe mental illness to the
level of the general population, to ensure that every positive result leads to an assessment, and to do
this in a way that people find safe and respectful.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
From May 2022, in six primary care networks, the screening centre sends a weekly list of people on the
registers who have been sent a kit to the mental health trust's health improvement practitioners, who
contact each person by phone or in person, offer a picture guide and a simple kit pack, and will help
with the kit if asked. Anyone with a positive result is accompanied to their first appointment if they
wish.

<<Q:Screening uptake among people on the severe mental illness registers in the six networks rose from
37% in 2021 to 58% in 2024.>> <<Q:Kits returned spoiled or incomplete fell from about one in six to one in
twenty.>> <<Q:People with a positive result who attended their specialist assessment went up from 61% to
89%.>>

Over the two years, 1,340 people were contacted and 14 cancers were found, 11 of them at an early stage.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The ICB has extended the approach to all fourteen primary care networks from April 2025, and the
screening centre has begun the same work for breast and cervical screening. We have shared the picture
guide and the data linkage method with the regional cancer alliance and with two other screening
centres.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The health improvement practitioners' time was funded through the ICB's health inequalities budget, at
about £62,000 a year. Treating bowel cancer at an early stage costs the NHS a fraction of the cost of
treating advanced disease, and survival is very much better. Practitioners say that talking about
screening has opened conversations about other aspects of physical health.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<P:Nine screening champions, people on the severe mental illness register who had completed screening
themselves, worked with the cancer support charity to produce the picture guide, photographing each
step in an ordinary bathroom.>> <<P:The champions told us that the word 'stool' meant nothing to most
people they knew, and the guide uses plain words and pictures instead.>> <<P:Two champions suggested
that kits should come in a plain bag with no NHS logo, for people living in shared housing, and this is
now offered.>>

<<S:Health improvement practitioners at the mental health trust designed the weekly contact process
with the specialist screening practitioners at the screening centre, and changed it after the first
month so that care coordinators are told before a kit arrives.>> <<S:Care coordinators in the community
mental health teams asked for the screening status to appear on their caseload view, which the trust's
informatics team added.>> <<S:The screening centre's administrators agreed with GP practice staff how to
update addresses for people living in hostels and supported housing.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I876  people with a learning disability or autism placed in hospitals far
#       from home - pdf - numbered questions - PRIVATE independent hospital
#       company as primary entrant, with the placing ICB, the council and a
#       family carers' network (ineligible) - director of clinical services,
#       corporate - families, people in the hospitals and staff involved (one
#       staff sentence in the value section)
# ---------------------------------------------------------------------------
entry(
    id="I876", format="pdf", layout="numbered_questions", topic="out_of_area_ld_autism_inpatient_oversight",
    project="independent55-outofsight-876", pdf_font="LiberationSans", pdf_align="L",
    title="Nobody Out of Sight: keeping people in hospitals far from home connected to family and visible to their home area",
    cover=[
        "Primary entrant: Meadowcroft Healthcare Ltd (three independent specialist hospitals for people with a learning disability and autistic people)",
        "Partners: NHS Tarnbridge Integrated Care Board; Tarnbridge Borough Council (Adult Social Care); Tarnbridge Family Carers' Network",
        "Submitted by the Director of Clinical Services, Meadowcroft Healthcare Ltd",
    ],
    primary_entrant=dict(name="Meadowcroft Healthcare Ltd", type="private"),
    partners=[
        dict(name="NHS Tarnbridge Integrated Care Board", type="icb"),
        dict(name="Tarnbridge Borough Council", type="local_authority"),
        dict(name="Tarnbridge Family Carers' Network", type="patient_group"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Meadowcroft Healthcare runs three independent hospitals with 86 beds for adults with a learning
disability or autism who are detained under the Mental Health Act. Most of the people in our care come
from areas a long way from our hospitals. In 2022, 31 of them were from Tarnbridge, more than 150 miles
away, placed by the integrated care board because there were no suitable beds closer to home.

National reviews of abuse in hospitals of this kind have shown how quickly a closed culture can develop
when people are far from home, visits are rare and nobody from outside sees what happens day to day.
Restrictive practices such as restraint, seclusion and long-term segregation can become routine. Our
own review in 2022 found that some people from Tarnbridge had not had a visit from their home area case
manager for more than six months, and several families could only manage a visit two or three times a
year because of the distance and cost.

The home area did not see our restraint and seclusion data unless it asked, and it rarely asked. The
council, which has safeguarding duties for its residents wherever they are placed, heard about concerns
only through formal referrals. We wanted to make sure that everyone from Tarnbridge was seen regularly by
someone from home and that their families could stay part of their lives.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since September 2022 the ICB's case managers make unannounced visits to each Tarnbridge person at least
every eight weeks, alternating with video reviews. Our restrictive practice data for each person is sent
to the ICB and the council every month. Families are offered a funded visit each month and a weekly video
call supported by ward staff. The council's safeguarding team receives the same monthly data as the
ICB.

<<Q:Restrictive interventions involving people from Tarnbridge fell from 31 to 18 per 1,000 occupied bed
days between 2022 and 2024.>> <<Q:The share of people who went more than eight weeks without a visit from
their home area case manager fell from 44% to 6%.>> <<Q:Episodes of long-term segregation lasting more than
28 days went down from 7 in 2022 to 2 in 2024.>>

Fourteen people from Tarnbridge have been discharged to community placements since the partnership began.
"""),
        ("stakeholders", "3. Who was involved and how?", """
<<P:Members of the family carers' network designed the feedback form that families complete after every
visit, and they insisted it ask 'did anything worry you?' rather than 'were you satisfied?'.>> <<P:At
ward community meetings, people in our care told us that video calls in the ward office felt like being
watched, so calls now take place in a quiet room with a tablet they can hold themselves.>> <<P:One
mother, whose son was in long-term segregation in 2022, asked to see his daily records on her visits, and
families can now ask to see any record with the person's consent.>>

<<S:ICB case managers and our ward managers agreed together which data would be shared each month, and
the case managers asked for the number of hours each person spent off the ward to be added.>> <<S:The
council's safeguarding team reviewed our escalation process and added a direct line for families to
raise concerns with the council without going through us.>>
"""),
        ("value", "4. What difference has it made, and is it value for money?", """
The additional visits are funded through the ICB's existing case management budget. Family travel is paid
for by Meadowcroft at a cost of around £38,000 a year. Each month spent in hospital by someone who is
ready for discharge costs the NHS around £20,000, so helping people move on sooner more than covers the
cost.

<<S:Support workers on our wards suggested that families should be told in advance which staff will be
on shift during a visit, so that they can meet the people who care for their relative, and rotas are now
shared with families a week ahead.>> Ward teams say the regular visits from Tarnbridge help them to plan
discharges. Families say they feel like partners in care for the first time.
"""),
        ("spread", "5. How has the work been shared?", """
We have offered the same arrangements to the seven other integrated care boards that place people with us,
and four have agreed. The Tarnbridge ICB has presented the work to the regional learning disability and
autism programme, and we have shared the family feedback form with the national provider association.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I877  an autism-friendly crisis house - pdf - with appendix - long -
#       autism charity chief executive, heartfelt - charity with the mental
#       health trust's crisis team and the city council - autistic members
#       and guests involved - NO staff involvement (crisis workers trained,
#       the trust and council agreeing and funding, police briefed, a named
#       house manager, a staff survey that changed nothing, a hope) - NO
#       quantitative evidence in the evidence section (stays, nights, a
#       single percentage, a zero with no earlier figure, a target); the
#       one measured change is told in the value section
# ---------------------------------------------------------------------------
entry(
    id="I877", format="pdf", layout="with_appendix", topic="autism_crisis_house",
    project="independent55-quietplace-877", pdf_font="LiberationSerif", pdf_align="L",
    title="A Quiet Place to Land: an autism-friendly crisis house in Kelderby",
    cover=[
        "Lead entrant: Stillwater Autism Charity",
        "Partners: Kelderby Mental Health NHS Foundation Trust (Crisis Resolution and Home Treatment Team); Kelderby City Council (Adult Social Care)",
        "Prepared by the Chief Executive, Stillwater Autism Charity",
    ],
    primary_entrant=dict(name="Stillwater Autism Charity", type="charity"),
    partners=[
        dict(name="Kelderby Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="Kelderby City Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why we opened the house", """
Stillwater has supported autistic adults in Kelderby since 2009. We run social groups, a drop-in, an
advice line and a small supported living service. Over the years we have heard the same story from our
members again and again, and it is always a story about a crisis.

An autistic person in a mental health crisis is often overwhelmed by noise, light, touch, change and
uncertainty, on top of whatever has caused the crisis in the first place. What happens next is usually a
trip to the emergency department, which is the loudest, brightest and least predictable place in the
city. People wait for hours on plastic chairs under strip lights, with alarms going off and strangers
shouting. It is hard to imagine anywhere worse. A shutdown is mistaken for refusal to engage. A
meltdown is mistaken for aggression, and security staff or the police are called. From there it is a
short step to restraint, to detention, and to admission to an acute mental health ward, where the noise
and unpredictability continue and where autistic people are known to stay longer and to be restrained
more than other patients. Autistic adults are also far more likely than other people to think about
suicide and to die by suicide, and many of them have spent years being told they do not fit the services
that exist.

One of our members, whom we will call Leah, spent nineteen hours in an emergency department corridor in
2021 after telling her GP she was thinking about ending her life. She had her ear defenders taken off
her by a security guard who thought she was refusing to listen. She ended up being held on the floor and
detained under the Mental Health Act, and spent seven weeks on an acute ward. When she came to our
drop-in afterwards she said, "I needed somewhere quiet for three days. Instead I lost two months."

There was nothing in between. The trust's crisis team could visit people at home, but for many autistic
adults home was where the crisis was happening, or they lived alone and could not be left. The existing
crisis house in the city was a shared house with a busy lounge, and most of our members who were offered
a place there turned it down.

So in 2021 we went to the mental health trust and the council with an idea: a small crisis house
designed from the start for autistic adults, run by us, with the trust's crisis team responsible for
clinical care and the council paying for it. It took eighteen months of talking and one very old
building, but in October 2022 the house opened.

The building is a former vicarage on a quiet street near the river, which the council leases to us for
a nominal rent. Getting it ready took longer than we expected. The old fluorescent tubes all had to go,
the heating pipes knocked every time the boiler fired, and the fire alarm system needed replacing with
one that could be set to a lower tone with a flashing light. We raised £64,000 from two grant-making
trusts and a local building firm for the work, and the council paid for the fire alarms.

We also had to agree how the house would fit with everything else. The trust's crisis team remains
responsible for each guest's mental health care, including any medication, and visits every day. Our
crisis workers provide the support around the clock. The council's adult social care team can arrange
help at home for when a guest leaves, and a guest who needs more than the house can offer is assessed
for admission in the usual way, but from the house rather than from a corridor.

A stay usually starts with a phone call. The crisis team rings the house, and one of our workers talks
to the person, or to whoever is with them, about what to bring, what they would like to eat and when
they will arrive. Nobody asks a guest to tell their story again on arrival. They are shown their room,
the bathroom and the garden, and they can be on their own for as long as they like. The picture
timetable is made together that evening or the next morning. Most guests spend the first day sleeping
or sitting quietly, and by the second or third day most are ready to talk to the crisis team about what
happened and what will help when they go home.

It has three bedrooms, each with its own bathroom. The lights are dimmable and nothing hums or flickers.
There are no televisions in shared spaces. Each guest has a picture timetable for their stay, agreed
with them on arrival, and nothing changes without warning. Guests can stay for up to seven nights. A
crisis worker from Stillwater is in the house day and night, and a member of the crisis team visits every
day.
"""),
        ("evidence", "What has happened", """
Between October 2022 and December 2024 there were 163 stays by 121 different people. The average stay was
4.6 nights. Referrals came from the crisis team, from GPs through the crisis team, from the emergency
department's mental health liaison team and, increasingly, from people themselves.

Of the 163 stays, 88% ended with the person going back to their own home, and nine people needed
admission to hospital during or straight after their stay. No physical restraint has been used in the
house.

We aim to accept 90% of referrals on the day they are made. In the last six months of 2024 we managed this
for 81%, mostly because the house was full.

Forty-one people have stayed more than once. The average time from a referral being accepted to the
person arriving at the house was just under five hours, and most guests arrive in the evening.

When guests leave, we ask them to rate their stay. 94% of those who answered rated it good or very good.
"""),
        ("stakeholders", "Who shaped it", """
<<P:The house was designed with members of our autistic adults' social group, who spent two Saturdays in
the empty building with us deciding what had to change, from the light switches to the smell of the
cleaning products.>> <<P:They asked for every bedroom to have its own bathroom and for the front door to
have a window so that guests can see who is coming, and both were done before we opened.>> <<P:One
member, who has been in hospital in crisis three times, wrote the welcome letter every guest receives,
which tells them that the rules are few and explains each one.>>

<<P:Guests leave a note in a book by the door, and after several of them wrote that the first night was
the hardest, we started offering a phone call to the house the day before arrival so that people can
hear a voice and ask questions.>>

All our crisis workers completed the trust's two-day course on autism and mental health crisis before
the house opened. The trust's crisis team agreed to make the house one of its options and the council
agreed to fund it for three years. Police officers in the city centre neighbourhood team were briefed
about the house. Day to day, the house is run by our crisis house manager, Tom Reyes. We asked our staff
in a survey after the first year how things were going; they were positive, so nothing changed as a
result. We would like to bring the crisis team's clinicians and our workers together to review the
first two years.
"""),
        ("value", "What it is worth", """
The house costs about £420,000 a year to run, including staffing around the clock. An acute mental health
bed costs the NHS about £500 a night, and autistic people admitted in crisis often stay for weeks. Even a
small number of avoided admissions pays for the house.

<<Q:When the trust's analyst compared the emergency department attendances of our first 60 guests in the
six months before and the six months after their stay, the number had roughly halved.>>

But money is not really why we did this. Leah stayed in the house in 2023 when she became unwell again.
She went home after four nights. She said it was the first time in her life that getting help had not
made things worse.

Another guest, a man in his fifties who was only diagnosed as autistic at 48, came to the house after
his mother died. He had lived with her all his life and did not know how to be in the house without her.
He stayed for six nights, sleeping most of the first two, and went home with a plan for the weeks ahead
and a place at our Thursday social group. He still comes every week.
"""),
        ("spread", "Sharing it", """
We have hosted visits from three other autism charities and two mental health trusts who are thinking of
doing something similar, and we have written a free guide to adapting a building for autistic guests. The
trust is now using what it has learned from the house to make its own crisis assessment rooms quieter,
and the emergency department has created a low-stimulus room. We spoke about the house at a national
autism conference in 2024.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the house and our figures"),
        ("para", "What is in the house: three en-suite bedrooms with blackout blinds and dimmable lights; weighted blankets and ear defenders in every room; a quiet garden; a kitchen where guests can make their own food at any time; no televisions in shared spaces; a picture timetable for each stay; fire alarms with a visual as well as sound signal."),
        ("para", "Where our figures come from: stays, referrals and outcomes are from Stillwater's own records. Admissions and emergency department attendances were checked by Kelderby Mental Health NHS Foundation Trust's performance team. Guest ratings are from the card every guest is offered when they leave."),
        ("para", "Stillwater Autism Charity, 14 Mill Yard, Kelderby KD3 6QN. Registered charity."),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I878  weight gain and metabolic checks in young people starting
#       antipsychotics - docx - sections in an unusual order (results first)
#       - early intervention consultant psychiatrist, clinical - mental health
#       trust EIP service with a leisure trust and a primary care network -
#       young people (one sentence in the evidence section) and staff
#       involved - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I878", format="docx", layout="reordered", topic="eip_antipsychotic_weight_metabolic_monitoring",
    project="independent55-healthystart-878", docx_font="Calibri",
    title="Healthy Start: protecting the physical health of young people starting antipsychotic medicine",
    cover=[
        "Lead: Corvan Health NHS Foundation Trust, Early Intervention in Psychosis Service",
        "Partners: Corvan Leisure Trust (charity); Corvan Central Primary Care Network",
        "Author: Consultant Psychiatrist, Early Intervention in Psychosis",
    ],
    primary_entrant=dict(name="Corvan Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Corvan Leisure Trust", type="charity"),
        dict(name="Corvan Central Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("evidence", "What we have achieved", """
We compared young people who started antipsychotic medicine with our service in 2021/22 (n=118) with
those who started in 2023/24 (n=131).

<<Q:Young people who gained more than 7% of their body weight in the first twelve weeks of treatment fell
from 46% to 24%.>> <<Q:A complete set of baseline checks (weight, waist, blood pressure, glucose, lipids
and, where indicated, an ECG) before or within a week of the first dose rose from 52% to 94%.>> <<Q:Young
people with a weight or glucose result that needed action and had a documented plan within a month went
up from 31% to 87%.>>

<<P:Young people in the service chose the name Healthy Start and asked for weighing to happen privately,
at the gym with their activity coach rather than in the clinic waiting area, which we think is one
reason far more of them are now weighed every week.>> In 2023/24, 96 young people used their leisure pass
at least once, and the primary care network pharmacist reviewed 64 people's medicines.
"""),
        ("context", "Where we started", """
Our early intervention service works with around 420 people aged 14 to 35 in their first three years
after a first episode of psychosis. Most are prescribed an antipsychotic. These medicines work, but
several of them cause rapid weight gain, sometimes ten kilograms or more in the first few months, along
with rises in blood sugar and cholesterol. Young people who gain weight quickly on antipsychotics are
more likely to stop taking them, more likely to relapse, and at higher risk of diabetes and heart
disease in their thirties and forties. The early months are when most of the gain happens and when it is
easiest to prevent.

Before 2022 our baseline physical checks were patchy. Young people often started medication in a crisis,
at home or on a ward, and the checks were meant to be done 'later', which sometimes meant never.
Weighing happened in a busy clinic corridor, which young people understandably avoided. We handed out a
leaflet about healthy eating. When a result was abnormal, it was not clear whether the psychiatrist, the
care coordinator or the GP should act.

Healthy Start has four parts: a baseline bundle of checks done before or within a week of the first
dose; weekly weighing for twelve weeks; a free twelve-month pass to Corvan Leisure Trust's gyms and pools,
with a named activity coach; and a clear rule that any result needing action is reviewed by the primary
care network's clinical pharmacist, who can recommend a switch to a more weight-neutral antipsychotic or
start metformin under an agreed protocol.
"""),
        ("stakeholders", "How young people and staff shaped it", """
<<P:A group of eight young people from the service met with us four times during the design stage, and
they told us a leisure pass was no use on its own because walking into a gym alone was the hardest
part.>> <<P:That is why every pass comes with an activity coach, and the young people chose the first
activities: swimming, badminton and a Tuesday evening walking group.>>

<<S:Activity coaches from the leisure trust shadowed care coordinators for a week before the programme
started and asked for a short note on each young person's interests and anxieties, which care
coordinators now provide.>> <<S:Care coordinators asked for the weekly weighing to be recorded directly
on the trust's electronic record from the gym, and the leisure trust's staff were given access to a
simple form.>> <<S:The primary care network pharmacists and our consultant psychiatrists agreed the
metformin protocol together after the pharmacists raised concerns about the first draft's kidney
function checks.>>
"""),
        ("spread", "Spread", """
Healthy Start has been extended to the trust's second early intervention team from September 2024. The
leisure trust has offered the same pass and coaching to people under the community mental health teams.
We presented the work at the national early intervention in psychosis conference, and the metformin
protocol has been shared with the regional mental health pharmacy network.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I879  a change of support provider in supported living for people with a
#       learning disability - pdf - form table with a cover table - council
#       commissioning manager, terse - council with the community learning
#       disability team's trust and the ICB - staff involved - NO patient
#       involvement (tenants and families sent easy read letters and invited
#       to meet the new provider, the self-advocacy group updated, a
#       questionnaire that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I879", format="pdf", layout="form_table", topic="supported_living_provider_change_handover",
    project="independent55-handingover-879", pdf_font="LiberationSans",
    title="Handing Over Safely: when the support provider changes in supported living for people with a learning disability",
    cover_table=[
        ("Entry title", "Handing Over Safely: when the support provider changes in supported living for people with a learning disability"),
        ("Lead organisation", "Oxmere Borough Council, Adult Social Care (Learning Disability and Autism Commissioning)"),
        ("Partner organisations", "Oxmere Community Health NHS Trust (Community Learning Disability Team); NHS Oxmere and Tresk Integrated Care Board (Medicines Optimisation)"),
        ("Entrant", "Commissioning Manager, Learning Disability and Autism"),
    ],
    primary_entrant=dict(name="Oxmere Borough Council", type="local_authority"),
    partners=[
        dict(name="Oxmere Community Health NHS Trust", type="nhs_trust"),
        dict(name="NHS Oxmere and Tresk Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
The council commissions support for about 410 adults with a learning disability living in 63 supported
living schemes. The support provider in a scheme can change for many reasons: a contract is retendered,
a provider hands back a contract it cannot staff, or the council moves a contract after serious quality
concerns. In 2021/22 eleven schemes changed provider.

The weeks after a change are risky. A new staff team arrives who do not know the tenants. Care records
often stay with the old provider. Medicines administration records, epilepsy and diabetes care plans,
eating and drinking guidelines and health appointments can be lost in the gap. Tenants, many of whom
cannot easily say what they need, are suddenly supported by strangers.

In 2022 a woman with type 1 diabetes in one scheme was admitted with diabetic ketoacidosis nine days
after a provider change. Her insulin plan had not been handed over and the new staff did not know she
needed her blood sugar checked before meals. Our review of all eleven changes that year found medicines
errors after most of them.

Safety goals: no tenant's health information is lost when a provider changes; medicines are reconciled
before the new provider's first shift; and every tenant's health is checked in the first month.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since April 2023 every provider change follows a twelve-week handover protocol. Before the change, a
community learning disability nurse completes a health handover pack for each tenant with the outgoing
provider; an ICB pharmacist reconciles every tenant's medicines with the GP practice and both providers;
and the two providers run overlapping shifts for at least a week. A council quality officer visits on
day 30 and day 90.

<<Q:Medicines incidents in the first 90 days after a change fell from 38 across the eleven changes in
2021/22 to 9 across the twelve changes in 2023/24.>> <<Q:Unplanned hospital admissions of tenants in the
first 90 days after a change went down from 14 to 4.>> <<Q:Tenants whose health action plan was
transferred complete and up to date rose from 45% to 97%.>>
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Community learning disability nurses designed the health handover pack after reviewing what had gone
missing in the 2021/22 changes, and they cut it from twelve pages to five after the first two handovers.>>
<<S:Registered managers from four support providers agreed the overlapping shift arrangement with the
council's contracts team and asked for the council to pay for the overlap, which it now does.>> <<S:ICB
pharmacists and GP practice staff agreed a single form for the medicines reconciliation.>> <<S:Quality
officers added a question about eating and drinking guidelines to the day 30 visit after the nurses
raised concerns about choking risks.>>

Tenants and their families are sent an easy read letter about the change and invited to a meeting to
meet the new provider. The Oxmere self-advocacy group was updated on the protocol at its quarterly
meeting. Families were sent a questionnaire after each change and most answers were positive, so the
protocol was not altered. We intend to work with tenants on an easy read guide to provider changes.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The overlapping shifts cost the council about £6,000 per scheme change. The nurses' and pharmacists' time
comes from existing budgets. One avoided emergency admission saves several thousand pounds, and for a
person with a learning disability a hospital stay can be frightening and harmful. New providers say the
health pack means they start with the information they need.
"""),
        ("spread", "How has the work been shared and spread?", """
The protocol is now part of the council's contract terms for all supported living providers. The ICB
has shared it with the other three councils in its area, and two have adopted it. We presented the work
at the regional learning disability commissioners' network in 2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I880  police handover at the section 136 place of safety - docx - bullet
#       lists - short - force mental health inspector, blunt - police force
#       with the mental health trust and the council's AMHP service - staff
#       involved - NO patient involvement (people detained given a leaflet,
#       a negation, the service user council sent the protocol, a plan) - NO
#       quantitative evidence (people brought, a single average with no
#       earlier figure, officers trained, a target)
# ---------------------------------------------------------------------------
entry(
    id="I880", format="docx", layout="bullet_lists", topic="section_136_place_of_safety_handover",
    project="independent55-handoverdoor-880", docx_font="Arial",
    title="Handover at the Door: a standard police handover at the section 136 place of safety",
    cover=[
        "Northwold Police (lead)",
        "With Northwold Mental Health NHS Trust (Health-Based Place of Safety) and Northwold County Council (Approved Mental Health Professional Service)",
        "Submitted by the Force Mental Health Inspector",
    ],
    primary_entrant=dict(name="Northwold Police", type="emergency_service"),
    partners=[
        dict(name="Northwold Mental Health NHS Trust", type="nhs_trust"),
        dict(name="Northwold County Council", type="local_authority"),
    ],
    sections=[
        ("context", "The problem", """
- officers who detain someone under section 136 take them to the health-based place of safety at Northwold General, which has two rooms

- until the suite's staff formally accept the person, that person stays in police custody, often in the back of a police car in the hospital car park

- there was no agreed handover: officers were asked to wait, sometimes for hours, with no clinician checking the person

- people were becoming more distressed, and in 2023 one man was held in a police van for nearly five hours and later found to have a serious head injury that nobody had assessed

- the AMHP service was often called only once the person had been accepted, adding further delay

- officers regularly went past the end of their shift, and the response teams were left short for the rest of the night

- nobody owned the problem: the force saw it as a health issue, and the suite saw it as a staffing issue

What we agreed in May 2024:

- officers ring the suite before arriving, using a short set of questions about physical health, injuries, drugs and alcohol

- a suite nurse comes out to the vehicle within 15 minutes to check the person

- handover uses a one-page form, and the suite aims to accept the person within an hour

- the AMHP service is called at the point of handover, not after

- if handover has not happened within two hours, the duty inspector and the trust's on-call manager speak directly
"""),
        ("evidence", "Results so far", """
- 214 people were brought to the place of safety between May and December 2024

- in the last three months of 2024 the average time from arrival to handover was 48 minutes

- we did not record handover times before the protocol started, so we cannot yet say how much this has changed

- 96 response officers and all the suite nurses have been trained on the new form

- our target is for 90% of handovers to take place within one hour by the end of 2025
"""),
        ("stakeholders", "Who was involved", """
- <<S:suite nurses and response officers wrote the pre-arrival questions together at two joint sessions, and the nurses added 'has the person been restrained or hit their head?' after the 2023 case>>

- <<S:approved mental health professionals asked to be called at handover rather than acceptance and helped rewrite the escalation steps>>

- <<S:custody sergeants tested the one-page form for a month and asked for a box for the person's property>>

- everyone detained is given a leaflet explaining what happens at the place of safety

- we did not manage to speak to people who had been detained about the handover, which we regret

- the trust's service user council was sent the protocol for information

- we plan to ask people who have been through the place of safety about their experience in 2025
"""),
        ("value", "Value", """
- no extra cost: the protocol uses existing staff and the existing suite

- every hour an officer is not waiting in a hospital car park is an hour back on patrol

- the force paid about £41,000 in overtime linked to place of safety waits in 2023, and we expect this to come down

- suite nurses see the person sooner, so injuries and illness are picked up earlier
"""),
        ("spread", "Spread", """
- the protocol has been shared with the county's other place of safety and the neighbouring force

- we presented it to the local crisis care partnership board in October 2024, and the ambulance service is now looking at using the same pre-arrival questions
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
