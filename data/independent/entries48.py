"""Forty-eighth independent evaluation set (I753..I768) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
a national public body named as a partner.  The entries are meant to be ordinary: the
kind of thing fire and rescue services, sight loss and Deaf charities, universities,
acute and community trusts, ambulance services, councils, GP federations, migrant and
Traveller support groups, integrated care boards and the odd private company send in, in
their own voices and at their own length.  The theme of this set is people who face
barriers to safe care: people with a learning disability and autistic people, Deaf,
deafblind, blind and partially sighted people, people who do not speak English, Gypsy,
Roma and Traveller communities, people who are homeless and migrants, with the charities
and councils that work with them.

Topics: smoke alarms that deaf and deafblind people can detect while asleep (a fire and
rescue service, no spread section), meals and drinks left out of reach of blind and
partially sighted patients on hospital wards (a sight loss charity, no headings), pain
missed in adults with profound and multiple learning disabilities (a university lead,
two columns), autistic adults in the emergency department (departments of one trust, no
partner, sections in an unusual order), 999 calls from people who do not speak English
(an ambulance service, capital headings), measles and MMR vaccination in Roma families
(a council public health team, a cover table), carbon monoxide and fire in caravans on
Traveller sites (a council sites service, with appendix), urgent hospital letters that
never reach Gypsy and Traveller families (a GP federation, numbered questions), foot
problems in people sleeping rough (a community trust podiatry service, lists), people who
are homeless sent out of the emergency department after a head injury (an acute trust,
no evidence section), migrants who stay away from the NHS for fear of charges (a migrant
support charity, a pdf made from Word), health assessments for unaccompanied children
seeking asylum (a council children's service, a form), sepsis in adults with a learning
disability in supported living (a private support provider as primary entrant, a form),
Deaf BSL users in a mental health crisis (a Deaf charity, a cover table), test results
sent by text in English to patients who read Polish or Romanian (a private messaging
company as primary entrant, numbered questions) and recording and sharing people's
communication needs across the system (an integrated care board, lists).

Build it with

    .venv/bin/python data/independent/build.py --set 48   (writes data/corpus/independent48/)

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
  * not Q: dates, financial years, bed/ward/home/site/practice counts, headcounts,
    numbers trained, activity counts (visits, calls, referrals, checks, alarms, people
    screened, assessed or identified), single figures with no baseline, a zero with no
    earlier figure, figures that did not change, budgets, costs and savings estimates,
    phone numbers, postcodes, reference numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('halved', 'about a third fewer', a sustained shift on a run chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual job
    titles, list items), wherever in the entry it is told; a health mediator or peer
    worker with lived experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed, people who were
    invited but declined.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP federations and primary care networks are primary_care; Deaf,
sight loss, migrant, Traveller, Roma community and homelessness charities and law
centres are charity; family carers' networks are patient_group; the UK Health Security
Agency is public_other; a university is university; interpreting companies, messaging
companies and supported living companies are private).  A department or team of the
entrant's own organisation is not a partner.  Flags are written by hand and build.py
cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I753  smoke alarms that deaf and deafblind people can detect while asleep -
#       pdf - own headings - fire service prevention station manager,
#       practical - fire and rescue service with the council sensory team and
#       a deafblind charity - deafblind people and staff involved - NO spread
#       section
# ---------------------------------------------------------------------------
entry(
    id="I753", format="pdf", layout="own_headings", topic="deafblind_smoke_alarms",
    project="independent48-feelthealarm-753", pdf_font="LiberationSans", pdf_align="L",
    title="Feel the Alarm: fire alarms that deaf and deafblind people can detect while they sleep",
    cover=[
        "Lead organisation: Corringdale Fire and Rescue Service (Community Fire Safety)",
        "Partners: Corringdale County Council (Sensory Services Team); SenseAbility Corringdale (charity for deafblind people)",
        "Entry written by the Station Manager for Prevention",
    ],
    primary_entrant=dict(name="Corringdale Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Corringdale County Council", type="local_authority"),
        dict(name="SenseAbility Corringdale", type="charity"),
    ],
    sections=[
        ("context", "Why we started", """
A standard smoke alarm is a noise. If you cannot hear it, it does nothing for you. That sounds
obvious, but for years our home fire safety visits in Corringdale were built around fitting
standard alarms, testing them by pressing the button and listening, and leaving. Crews would
sometimes notice that the person was deaf and write it on the form, and the form went into a
system that nobody looked at again.

In February 2022 our crews attended a house fire in Wendle where a man in his seventies, who had
been profoundly deaf since birth and had lost most of his sight in the last few years, was asleep
upstairs. The alarm in his hallway was working and sounding loudly when the first crew arrived.
A neighbour had called us after seeing smoke. He was rescued but spent a fortnight in a burns
unit. He had been visited by our service eighteen months earlier.

When we looked into it, we found that the council's sensory services team knew him well. They had
a list of around 1,400 people in the county who are Deaf, deafened, deafblind or have a severe
hearing loss and who had asked for support. We had never asked for that list, and they had never
thought to offer it. The deafblind charity, SenseAbility, supported about 160 people with a dual
sensory loss, many of whom lived alone. Between us we had the people, the equipment and the
knowledge, but in three separate places.

There is equipment that works. A vibrating pad goes under the pillow or mattress and shakes when
the smoke alarm goes off, and a strobe light flashes in the room. For people who are deafblind,
the vibrating pad is the only thing that will wake them, and it has to be linked to every alarm
in the house by radio, not just the one in the bedroom. The difficulty is that the pads need
fitting properly, the batteries need checking, the person needs to know what the vibration means,
and somebody has to come back if it stops working.

The aim of Feel the Alarm was that every deaf or deafblind person known to any of the three
organisations would have an alarm system they could detect while asleep, would know what to do
when it went off, and would have it checked once a year.
"""),
        ("evidence", "What has changed", """
With consent, the council's sensory team shares its list with us every month, and SenseAbility
refers anyone new it starts supporting. A crew and a sensory worker or a SenseAbility support
worker visit together. The crew fits linked alarms, a vibrating pad and a strobe; the sensory or
charity worker makes sure the person understands what the equipment does, using BSL, hands-on
signing or whatever the person uses. Every system is checked after a year.

<<Q:When the sensory team audited the people on its list in 2022, 22% had an alarm they could
detect while asleep; in the repeat audit in 2024 it was 81%.>> <<Q:Among deafblind people supported
by SenseAbility, the figure rose from 9% to 88%.>> <<Q:Fires attended at the homes of people on the
shared list where the occupant only got out because a neighbour or a crew woke them went from 7 in
2021/22 to 1 in 2023/24.>>

Since the start we have made 1,106 joint visits and fitted 742 vibrating pads and 1,230 strobe
lights. In 2024, 93% of the annual checks were done on time.
"""),
        ("stakeholders", "Who was involved and how", """
<<P:Eight members of SenseAbility's deafblind members' group tried three different vibrating pads
over a winter, and they picked the one we now fit because it shook hard enough to wake them without
being mistaken for their phone.>> <<P:They also told us that a strobe on its own was useless to
anyone with tunnel vision lying face down, which is why every bedroom now gets a pad as well.>>
<<P:A Deaf couple from the Corringdale Deaf Club checked our home fire safety leaflet and our BSL
video, and they rewrote the escape plan part so that it did not rely on shouting to each other.>>

<<S:Firefighters from the first two stations to do joint visits said that the old equipment order
form was sending the wrong type of pad, and they rewrote it with the council's equipment
technicians.>> <<S:The council's sensory workers asked for an hour at each station to teach crews
some basic deaf awareness and how to greet a deafblind person by touch, and they now run it every
quarter.>> <<S:SenseAbility's support workers suggested that the annual check should be booked at
the same time as their own review visit, so the person only has one appointment, and that is how it
is done now.>>
"""),
        ("value", "Value", """
A linked set of alarms with a vibrating pad and strobe costs about £210. The council's sensory
equipment budget pays for the pads and strobes, and we pay for the alarms and the crew time. One
serious burn injury costs the NHS far more than every system we have fitted, and a fire death has
a cost that cannot be counted.

Deaf and deafblind people have told us that they sleep better knowing they will be woken. Crews
say they feel more confident going into homes where someone communicates differently, and the
sensory team says it has been a good way to find people who had fallen out of touch with its
service.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I754  meals and drinks left out of reach of blind and partially sighted
#       patients on hospital wards - docx - no headings - sight loss charity
#       volunteer co-ordinator, chatty, first person - charity with an acute
#       trust - patients with sight loss involved - NO staff involvement (ward
#       hosts trained, catering told, a named matron lead, a nurses' survey
#       that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I754", format="docx", layout="no_headings", topic="sight_loss_inpatient_nutrition_hydration",
    project="independent48-withinreach-754", docx_font="Verdana",
    title="Within Reach: making sure blind and partially sighted patients can find their food and drink in hospital",
    cover=[
        "Brennock Sight Loss Society, working with Tidewell General Hospital NHS Trust",
        "Written by Sue Maddox, Volunteer and Hospital Services Co-ordinator, Brennock Sight Loss Society",
    ],
    primary_entrant=dict(name="Brennock Sight Loss Society", type="charity"),
    partners=[dict(name="Tidewell General Hospital NHS Trust", type="nhs_trust")],
    sections=[
        ("context", None, """
I have run our hospital visiting service for nine years, and for most of that time the same thing
came up again and again. One of our members would go into Tidewell General, usually for something
quite ordinary, a hip, a chest infection, a fall, and when they came out they would tell us that
they had hardly eaten. Not because the food was bad, but because nobody told them it was there.
A tray would be put down on the table, the lid left on, and the person would not know. Or it would
be put on the wrong side, or pushed out of reach when the table was moved for the nurse. The jug of
water was the same. Somebody would come back an hour later and take the tray away untouched, and
write 'refused' on the chart.

One of our members, a retired bus driver who had been registered blind for twenty years, was in for
nine days with a chest infection in the spring of 2022. His daughter came in on the fourth day and
found him confused and very dry. His kidney function had got worse and he needed a drip. He told
her, when he was better, that he thought they had stopped giving him drinks because he had not
heard anyone mention them.

That story made me angry, and I went to see the hospital's head of patient experience. To be fair
to the hospital, they had no idea how big the problem was. Their electronic record had a box for
sight loss, but it was not filled in for most patients, and even when it was, nobody at the
bedside could see it. The ward hosts who give out the meals were given a list of diets, not a list
of people who could not see their tray.

Over the next few months we asked around, and the same story came back from our members again and
again, in slightly different versions. A woman who had macular degeneration said she ate only the
bread roll for four days because it was the only thing she could find. A man who is totally blind
said a nurse had put his tablets in a little pot on the table and walked away, and he found them
the next morning on the floor. Several said that they did not like to ask for help because the
staff were so busy, or that they had asked and been told someone would come back. Some of our
members had stopped drinking in the afternoon on purpose, because finding their way to the toilet
without help was so hard that it seemed easier to go thirsty.

None of this is about bad people. Hospital staff are kind, and when we talked to them most had
simply never thought about what it is like to be handed a covered plate you cannot see. The wards
are busy, meals come at the same time as everything else, and the ward hosts who serve them change
from day to day. What was missing was a way of knowing who needed help, and a simple routine that
everyone could follow without having to think about it.

Within Reach is not complicated. When a patient is admitted and says they are blind or partially
sighted, or their family does, a purple 'sight loss' symbol goes on the bedside board and on the
ward host's meal list. Ward hosts then do four things every time: say who they are, say what the
food is and where on the tray each thing is using the clock face (meat at six o'clock, potatoes at
three and so on), take the lid off and open any packets, and put the water jug and cup in the same
place, always on the side of the person's stronger hand. Our volunteers visit the wards at lunch
three days a week to help anyone on the list who wants it.
"""),
        ("evidence", None, """
The hospital's dietitians did a two-week audit of food charts for patients with sight loss on the
six medical wards in spring 2022, before we started, and repeated it in spring 2024.
<<Q:Patients with sight loss whose charts showed a quarter of a meal or less eaten at lunch fell
from 38% to 12%.>> <<Q:The share whose fluid charts showed less than a litre a day dropped from
nearly half to about one in six.>>

<<Q:The hospital's data team also looked at acute kidney injury that started after admission in
patients recorded as blind or partially sighted, and found about a third fewer cases in 2023/24
than in 2021/22.>> We know those are not big numbers, but they are people.

Our volunteers have done 1,340 mealtime visits. 214 staff have done our short awareness session.
The purple symbol is now used on all 22 adult wards.
"""),
        ("stakeholders", None, """
This was built by people who have lived it. <<P:Twelve members of our Tuesday peer group, all
blind or partially sighted and most of them over seventy, told us about their own hospital stays,
and it was them who came up with the clock face idea, because that is how many of them were taught
to find food on a plate.>> <<P:Two of them, Eric and Pam, tried out the purple symbol with us and
told us the first version was too small and too pale for anyone with some sight to spot, so it was
redone as a big purple eye.>> <<P:Our member's daughter, whose father had the kidney injury, came to
the first meeting with the hospital and asked that the water jug always goes in the same place,
which is now one of the four steps.>>

All the ward hosts were trained by our volunteers, and catering managers were told about the new
meal list. The matron for patient experience, Lorraine Okafor, has been the hospital's lead and
chairs the monthly review. We sent a survey to ward nurses after six months and the answers were
positive, so we have kept things as they are. We hope to work with the hospital's occupational
therapists next year on adapted cutlery.
"""),
        ("value", None, """
It costs very little. The symbols cost pennies, the volunteers give their time, and the ward hosts
already serve the meals. A patient who goes into kidney failure in hospital stays longer and is at
risk of not coming home at all. Our members tell us it feels like being treated like an adult. One
said that for the first time in hospital she knew what she was eating before she put it in her
mouth.

I should also say what it has meant for our volunteers. Going onto the wards and seeing things done
differently has been, in the words of one of them, 'like putting something right'. The ward
hosts now stop them in the corridor to ask how a patient on the list is getting on, which would
never have happened before.
"""),
        ("spread", None, """
The hospital has added the four steps to its nutrition and hydration policy and to its induction
for new ward hosts and healthcare assistants. We have shared the purple symbol and the clock face
card with sight loss charities in three other counties, and one of them is starting the same scheme
with its local hospital this year.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I755  pain missed in adults with profound and multiple learning
#       disabilities - pdf - two columns - university senior lecturer in
#       learning disability nursing, academic - university with community
#       trust learning disability team, a supported living charity and a
#       family carers' network - families involved (some of it told in the
#       context section and in the passive voice) and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I755", format="pdf", layout="two_column", topic="pmld_pain_recognition",
    project="independent48-knowingmypain-755", pdf_font="LiberationSerif",
    title="Knowing My Pain: recognising pain and distress in adults with profound and multiple learning disabilities",
    cover=[
        "University of Scarbeck, School of Nursing and Midwifery (lead), with Scarbeck Community Health NHS Trust (Community Learning Disability Team), Hallowfield Supported Living (charity) and the Scarbeck Family Carers' Network",
        "Entry prepared by the Senior Lecturer in Learning Disability Nursing",
    ],
    primary_entrant=dict(name="University of Scarbeck", type="university"),
    partners=[
        dict(name="Scarbeck Community Health NHS Trust", type="nhs_trust"),
        dict(name="Hallowfield Supported Living", type="charity"),
        dict(name="Scarbeck Family Carers' Network", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
Adults with profound and multiple learning disabilities (PMLD) usually have no speech, limited
movement and often epilepsy, reflux, scoliosis and swallowing difficulties. They cannot tell anyone
where it hurts. Pain shows itself in other ways: a change in the sound a person makes, grimacing,
rocking, pulling at an ear, refusing food, sleeping more or less, becoming withdrawn. These signs
are individual, and the people who know them best are families and long-standing support workers.

Reviews of deaths of people with a learning disability have repeatedly described pain that was
not recognised until it was too late, from bowel obstruction, fractures, dental abscesses and
urinary retention. In Scarbeck two local reviews in 2021 described young adults with PMLD whose
distress was put down to 'behaviour' for several days before a serious physical cause was found.

Our school had studied distress assessment tools for some years, but the research rarely reached
practice. In 2022 we set up a partnership with the community learning disability team and
Hallowfield, which supports 64 adults with PMLD in small shared houses. <<PS:Alongside the nurses and
support workers sat the people who know these young adults best: the Family Carers' Network
nominated five mothers, two fathers and one brother to the project group, and they came to every
meeting for two years.>> <<P:It was the families who insisted that the tool should start from what
the person is like on a good day, because, as one mother put it, 'you cannot spot a change if
nobody has written down normal'.>>

Knowing My Pain has three parts. Each person has a one-page 'good day' profile, written with their
family, describing how they look, sound and behave when content. Support workers use a short
distress checklist, adapted from published tools, whenever something seems different, and score
it. A score above the person's own threshold triggers a call to the community learning disability
nurse, who visits within one working day with a structured physical check covering teeth, ears,
bowels, bladder, skin, joints and reflux.
"""),
        ("evidence", "Results", """
We compared the 24 months before the tool was introduced (2020 to 2022) with the 24 months after,
for the 64 people supported by Hallowfield and 41 others on the community team's caseload.

<<Q:The median time from a support worker first recording a change in a person's behaviour to a
clinical assessment fell from five days to one day.>> <<Q:Emergency admissions for conditions in
which pain was a missed sign, mainly constipation with obstruction, fractures, dental infection
and urinary retention, went down from 17 to 6.>> <<Q:Prescriptions of new sedative or antipsychotic
medicines for 'challenging behaviour' in the same group fell from 23 to 9.>>

In the two years, 412 distress checklists were completed and 131 led to a nurse visit. A physical
cause was found in 88 of those visits.
"""),
        ("stakeholders", "Who took part", """
<<P:The 'good day' profile was drafted, tried out and redrafted by the families in the project
group over four months, and the final version uses their words, not ours.>> <<P:A father of a
young man with PMLD recorded short videos of his son laughing, at rest and in pain, which the
group asked to be attached to each person's profile, and this is now offered to every family.>>
<<P:Families also chose the colour coding on the checklist.>>

<<S:Support workers at two Hallowfield houses tested the checklist for three months and told us it
had too many items to use during a busy shift, so it was cut from twenty items to nine.>> <<S:The
community learning disability nurses wrote the structured physical check with a GP and a dentist
with a special interest in learning disability, and added the reflux questions after finding it
was the most common cause they saw.>> <<S:Hallowfield's house managers asked for the threshold to
be set per person rather than one number for everyone, which changed the design.>>
"""),
        ("value", "Value", """
The tool costs nothing to use. The nurse visits come from existing community team time, though
the team says they are now better targeted. An emergency admission for a person with PMLD often
lasts over a week and needs one-to-one support from their own staff. Families tell us they feel
their knowledge is finally taken seriously.
"""),
        ("spread", "Spread", """
The tool and profile are published on the school's website under an open licence. Two other
community learning disability teams in the region have adopted them, and they are now taught on
our pre-registration learning disability nursing programme. Hallowfield has introduced them in its
services in a neighbouring county.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I756  autistic adults in the emergency department - docx - reordered
#       (stakeholders, evidence, context, spread, value) - ED nurse
#       consultant, direct - departments of ONE trust only, NO partner
#       (ineligible) - autistic patients and staff involved - a subtle claim
#       (a shift on a run chart)
# ---------------------------------------------------------------------------
entry(
    id="I756", format="docx", layout="reordered", topic="autistic_adults_emergency_department",
    project="independent48-quieterpath-756", docx_font="Calibri",
    title="A Quieter Path: safer emergency care for autistic adults",
    cover=[
        "Quarrington University Hospitals NHS Foundation Trust",
        "A joint project of the Emergency Department, the Learning Disability and Autism Liaison Team, Estates and Facilities, and Security Services",
        "Lead author: Nurse Consultant, Emergency Medicine",
    ],
    primary_entrant=dict(name="Quarrington University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("stakeholders", "Who shaped it", """
<<P:Autistic adults who had used our emergency department were the first people we asked, and
seven of them walked through the department with us on a quiet Sunday morning, pointing out every
light, sound and smell that made them want to leave.>> <<P:They told us that the worst part was
not knowing how long they would wait, so the waiting card now gives a time band and is updated by
text.>> <<P:One of them, a software tester, rewrote our triage questions so that they could be
answered by pointing or typing.>>

<<S:Triage nurses tried the new questions for a month and asked for a 'sensory needs' box on the
electronic triage screen, which the digital team added.>> <<S:Security officers, who were often
called when an autistic patient became distressed, told us they wanted to be asked before anyone
was restrained, not after, and they helped write the new de-escalation steps.>> <<S:Estates staff
and the liaison nurses chose the dimmable lights and the sound panels for the quiet room together.>>
"""),
        ("evidence", "What changed", """
We have tracked three measures every month since January 2022, using the electronic patient
record's autism flag.

<<Q:Autistic adults who left the department before being seen fell from about one in five in 2022
to about one in twenty in the twelve months to March 2025.>> <<Q:On the run chart of restraint or
rapid tranquillisation of patients with an autism flag, there has been a sustained shift below the
old median since July 2023, from a median of six a month to two.>> <<Q:The median time from arrival
to a decision for these patients went from 5 hours 40 minutes to 3 hours 55 minutes.>>

The quiet room has been used 1,870 times. There are 2,460 adults with an autism flag on our system.
"""),
        ("context", "Why we did it", """
Emergency departments are bright, loud, crowded and unpredictable. For many autistic adults that
combination is overwhelming. In our department autistic patients were leaving before being seen,
sometimes with serious illness, and some became so distressed that security staff were called and
they were restrained or sedated. Several complaints in 2021 described people being labelled
'aggressive' when they were terrified. One young man with appendicitis left twice before he was
finally admitted with a perforation.

A Quieter Path gives autistic adults a choice of waiting in a low-stimulus room off the main
corridor, a triage conversation adapted to their communication, a named nurse for the visit and an
agreed plan if they become distressed. The learning disability and autism liaison team reviews
every autistic patient in the department during working hours.

Out of hours, the plan relies on the electronic flag. Any autistic adult who registers, or whose
record already carries the autism flag, is offered the quiet room straight away, and the
receptionist gives them a card that explains what will happen next and roughly how long it will
take. If the person prefers to wait outside or in their car, we take a mobile number and text them
when a clinician is ready. Anyone who becomes distressed is first offered time, space and the chance
to leave the room and come back, before any other response is considered. Where a person has a
hospital passport or a crisis plan written by their own team, the nurse in charge reads it before
the first assessment.
"""),
        ("spread", "Sharing the work", """
The quiet room design and the triage questions have been adopted by our urgent treatment centre
and our children's emergency department. We have presented the project at two regional meetings.
"""),
        ("value", "Value", """
The quiet room cost £18,500 to convert from a storeroom. Everything else used existing staff. Each
restraint incident is traumatic for the patient and for staff, and an autistic person who leaves
and comes back sicker costs the hospital far more. Staff say they feel less helpless and patients
tell us they would come back.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I757  999 calls from people who do not speak English - pdf - CAPS headings
#       - ambulance service head of emergency operations, brisk - ambulance
#       service with an interpreting company and a refugee and migrant forum -
#       staff involved - NO patient involvement (callers as beneficiaries, the
#       forum agreed to share leaflets, a survey of callers that changed
#       nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I757", format="pdf", layout="caps_headings", topic="ambulance_999_non_english_callers",
    project="independent48-everylanguage-757", pdf_font="DejaVuSans", pdf_align="L",
    title="EVERY LANGUAGE, EVERY SECOND: faster interpreting for 999 callers who do not speak English",
    cover=[
        "LEAD: Saltmere and Downs Ambulance Service NHS Trust (Emergency Operations Centres)",
        "PARTNERS: Vocalis Language Services Ltd; Saltmere Refugee and Migrant Forum",
        "CONTACT: Head of Emergency Operations",
    ],
    primary_entrant=dict(name="Saltmere and Downs Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Vocalis Language Services Ltd", type="private"),
        dict(name="Saltmere Refugee and Migrant Forum", type="charity"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Our two emergency operations centres answer about 2,300 calls a day. Around 3% come from callers
who cannot speak enough English to answer our triage questions. The commonest languages are
Polish, Romanian, Arabic, Kurdish Sorani, Pashto, Tigrinya and Portuguese, but in 2022 we needed
interpreters in 61 languages.

Until 2023 a call handler who needed an interpreter had to put the caller on hold, ring the
interpreting line, give an account number and a language, wait to be connected and then bring the
caller back. If the language was identified wrongly, the process started again. Many call handlers
tried to get by in broken English or with a child in the house translating. Our review of 120
calls in 2022 found that the median time to get an interpreter on the line was more than six
minutes, and that in a cardiac arrest this meant no CPR instructions were given until the
interpreter arrived.

In October 2022 a woman called about her husband, who had collapsed. She spoke Tigrinya. The call
handler spent four minutes trying to identify the language. By the time an interpreter joined, her
husband had been without CPR for seven minutes. He did not survive.

We set out to get an interpreter on every such call in under a minute, and to give life-saving
instructions before the interpreter joins when we can.
"""),
        ("evidence", "WHAT WE ACHIEVED", """
Since June 2023 Vocalis provides a dedicated emergency line that connects straight into our call
system with one button, answered in English by a linguist who identifies the language in seconds
using a set of recorded phrases. Call handlers have a card of pictograms and pre-recorded CPR
instructions in the twelve commonest languages that can be played while the interpreter is
joining.

<<Q:The median time from the call being answered to an interpreter joining fell from 6 minutes 40
seconds in 2022 to 48 seconds in 2024.>> <<Q:In suspected cardiac arrests with a caller who did not
speak English, the share where CPR instructions started within two minutes went up from 18% to
71%.>> <<Q:Calls where the category had to be upgraded after the crew arrived, because the first
triage was wrong, fell from 11% of interpreted calls to 4%.>>

In 2024 we used the line on 24,600 calls in 74 languages.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Call handlers from both centres listened back to a sample of interpreted calls with the
clinical safety team and Vocalis's emergency linguists, and together they wrote the set of
recorded phrases used to identify a language.>> <<S:It was the call handlers who asked for the
one-button transfer, after showing us how many steps the old process took, and they tested it for
six weeks on the night shift before it went live.>> <<S:Vocalis linguists told us that they
struggled with our medical questions read out at speed, so our clinical hub rewrote the key triage
questions in plain English for interpreting.>>

The Refugee and Migrant Forum agreed to share our '999 in your language' leaflet with the
communities it works with. People who call us in other languages benefit directly from faster
help. We surveyed 40 callers through an interpreter about their experience and most were satisfied,
so no changes followed. We would like to involve community members in testing the recorded CPR
instructions in future.
"""),
        ("value", "VALUE", """
The dedicated line costs about £11,000 more a year than the old contract, because of the faster
answer standard. The recorded instructions were produced for under £3,000. Every minute without
CPR in a cardiac arrest reduces the chance of survival, and a mis-triaged stroke or sepsis call
costs lives and money.

Call handlers say these calls used to be the ones they dreaded most. Now they feel they can help.
"""),
        ("spread", "SPREAD", """
Vocalis has offered the same emergency line to two other ambulance services and a fire and rescue
service control room. We have shared our recorded phrases and pictogram card through the national
ambulance emergency operations centre network, and our NHS 111 service is adopting the line.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I758  measles and MMR vaccination in Roma families - docx - bold headings
#       with a cover table - council consultant in public health, warm -
#       council with a Roma community organisation, a primary care network
#       and UKHSA - Roma health mediators (PS), mothers and staff involved -
#       no flags
# ---------------------------------------------------------------------------
entry(
    id="I758", format="docx", layout="bold_headings", topic="roma_mmr_measles",
    project="independent48-sastipen-758", docx_font="Calibri",
    title="Sastipen: measles protection for Roma children in east Kilnworth",
    cover_table=[
        ("Entry title", "Sastipen: measles protection for Roma children in east Kilnworth"),
        ("Lead organisation", "Kilnworth City Council (Public Health)"),
        ("Partners", "Romano Drom Kilnworth (Roma community organisation); Kilnworth East Primary Care Network; UK Health Security Agency (East Midlands Health Protection Team)"),
        ("Contact", "Consultant in Public Health, Health Protection and Inclusion"),
    ],
    primary_entrant=dict(name="Kilnworth City Council", type="local_authority"),
    partners=[
        dict(name="Romano Drom Kilnworth", type="charity"),
        dict(name="Kilnworth East Primary Care Network", type="primary_care"),
        dict(name="UK Health Security Agency", type="public_other"),
    ],
    sections=[
        ("context", "Background", """
About 6,000 Roma people live in east Kilnworth, most of whom came from Romania and Slovakia in the
last fifteen years. Many families move between addresses in the city, some travel back to Romania
for long periods, and many parents have had poor experiences of health services, both here and in
the countries they came from. Letters are often not read, because many parents do not read English
or Romanian well, and some read Romani only in the spoken form.

In the summer of 2023 a measles outbreak started in a primary school in east Kilnworth. Of the 38
confirmed cases, 31 were Roma children. Seven were admitted to hospital, two with pneumonia. A baby
too young to be vaccinated caught it in a GP waiting room. When the health protection team looked
at the records, fewer than half of the Roma children in the outbreak area had had two doses of MMR,
and many had no vaccination record in this country at all, so nobody could tell whether they had
been vaccinated abroad.

Sastipen means 'health' in Romani. The programme brings vaccination to families rather than asking
them to come to us. Romano Drom employs four health mediators, Roma women from the community, who
visit families, help them find out what vaccines their children have had, and book them into
Saturday clinics run by the PCN's practice nurses in the Romano Drom community hall. The council
funds the mediators and the clinics. UKHSA advises on catch-up schedules for children vaccinated
abroad and helps us target the streets with the lowest coverage.
"""),
        ("evidence", "Evidence of improvement", """
The PCN and UKHSA compared vaccination records for Roma children aged one to eleven registered
with the eight practices in east Kilnworth.

<<Q:Children with two recorded doses of MMR rose from 41% in September 2023 to 73% in March
2025.>> <<Q:Children with no vaccination history recorded at all fell from 29% to 6%, because
mediators helped families find and translate records from abroad.>> <<Q:During the regional measles
outbreak in early 2025 there were 4 cases among Roma children in east Kilnworth, compared with 31
in the 2023 outbreak.>>

The Saturday clinics have given 1,960 vaccinations, including other childhood vaccines caught up at
the same time.
"""),
        ("stakeholders", "How people were involved", """
<<PS:The four health mediators, who are Roma mothers themselves, designed the home visit script
with our health visitors, and they changed the order of the conversation so that it starts with
the family's own experience of illness and only then mentions vaccines.>> <<P:Mothers who came to
Romano Drom's women's group told us that they would not take their children to a surgery where they
had been turned away at reception, and asked for clinics in the community hall on a Saturday,
which is what we set up.>> <<P:Several of the same mothers recorded voice notes in Romani
explaining measles and MMR, which are now sent by WhatsApp instead of letters.>>

<<S:Practice nurses from the PCN said that the national catch-up schedule was confusing for
children with partial records from abroad, and worked with UKHSA to produce a one-page chart that
they now use at every clinic.>> <<S:Receptionists from two practices sat in on mediator visits and
then changed their registration process so that families without proof of address are not turned
away.>>
"""),
        ("value", "Value", """
The mediators cost the council about £96,000 a year. The measles outbreak in 2023 cost the NHS and
the council an estimated £300,000 in hospital care, contact tracing and exclusions, before counting
the harm to children. Families tell us they trust the mediators in a way they did not trust
letters. Nurses say the clinics are the happiest sessions they do.
"""),
        ("spread", "Spread", """
The mediators now also support families with dental registration and with the six to eight week
baby check. The model has been presented to the regional health protection network, and two
councils with large Roma populations have visited to see the Saturday clinics.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I759  carbon monoxide and fire in caravans on Traveller sites - pdf - with
#       appendix - council Gypsy and Traveller sites manager, plain - council
#       with a fire and rescue service and a Traveller advice charity -
#       residents involved (told in the context section, with pronouns) and
#       staff involved - NO quantitative evidence (visits, alarms fitted, a
#       single audit figure, a zero with no earlier figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I759", format="pdf", layout="with_appendix", topic="traveller_sites_caravan_co_fire",
    project="independent48-safeonsite-759", pdf_font="LiberationSans", pdf_align="L",
    title="Safe on Site: carbon monoxide and fire safety in caravans on Ormsby Vale's Traveller sites",
    cover=[
        "Ormsby Vale District Council, Gypsy and Traveller Sites Service (lead)",
        "With Ormsby and Wend Fire and Rescue Service and Travellers' Advice Ormsby (registered charity)",
        "Prepared by the Gypsy and Traveller Sites Manager",
    ],
    primary_entrant=dict(name="Ormsby Vale District Council", type="local_authority"),
    partners=[
        dict(name="Ormsby and Wend Fire and Rescue Service", type="emergency_service"),
        dict(name="Travellers' Advice Ormsby", type="charity"),
    ],
    sections=[
        ("context", "Why this was needed", """
The council manages three permanent Gypsy and Traveller sites with 74 pitches between them, and a
transit site used mainly in the summer. Most families live in modern static caravans or touring
trailers, many with gas cookers, gas or solid fuel heaters and, in winter, portable heaters. A
caravan is a small space with a lot of fabric and a single door. Carbon monoxide builds up fast
when a heater is faulty or vents are blocked against draughts, and a fire can take hold in a
couple of minutes.

Before this project, safety on our sites was treated as a landlord's compliance issue. We checked
the amenity blocks and the electric hook-ups. What happened inside a family's own caravan was
regarded as their business, and the fire service's home fire safety visits were offered to
'households', which in practice meant houses. Nobody had ever fitted a carbon monoxide alarm on our
sites.

In January 2023 a mother and two children on the Brambles site were taken to hospital with
headaches and vomiting from carbon monoxide. A blocked flue on a solid fuel stove had been leaking
for days. They recovered. <<P:It was the women on the Brambles site who first came to the site
office afterwards and asked why nobody had ever checked their heaters, and they then sat down with
us and the fire service to plan what a visit should look like.>> <<P:They said plainly that a
uniformed crew turning up unannounced would be seen as an inspection and doors would stay shut, so
every visit is now arranged in advance through the Travellers' Advice worker the families
know.>> <<P:Their other request, that the information should be spoken and shown rather than
written, is why the fire service made a short film with two of the families in it.>>

Safe on Site offers every caravan on our sites, and families on the transit site, a joint visit
from a firefighter and the Travellers' Advice outreach worker, a carbon monoxide alarm and a linked
smoke alarm designed for caravans, a check of heaters and flues, fire blankets, and a quick
conversation about escape routes and gas safety. Families who want it can have their heater
serviced through a council grant.

Getting here took longer than it should have. The first meeting between the council, the fire
service and Travellers' Advice, in March 2023, spent most of its time on who was responsible. The
council's view had always been that the caravans belong to the families, so their safety is the
families' responsibility, in the same way that a tenant's own cooker is not the landlord's. The fire
service had never been asked onto the sites and had assumed, wrongly, that families would not want
them there. Travellers' Advice pointed out that the families had been asking for help with heating
for years and that nobody had listened. We agreed in the end that it did not matter whose job it
was on paper. The families were living with the risk, and each of us had part of the answer.

There were practical problems too. Many caravans on our sites are older touring trailers that were
never designed to be lived in all year. Some have heaters fitted by previous owners, with flues
that have been patched or extended. Families often use bottled gas for cooking and heating, and
cylinders are sometimes stored inside in winter to stop them freezing. Solid fuel stoves are common
because they are cheap to run, and because wood and coal can be bought in small amounts when money
is tight. The electric hook-ups on two of our sites were put in more than twenty years ago and
cannot cope with several electric heaters running at once, which is one reason families use gas and
solid fuel in the first place. None of this is unusual, but none of it had ever been looked at.

We also had to think about trust. Many Gypsy and Traveller families have had long and unhappy
experiences with councils and with uniformed services: evictions, enforcement and being moved on.
A visit from a council officer and a firefighter, however well meant, could easily be taken as the
start of enforcement action. That is why every visit is arranged by the Travellers' Advice worker,
why the firefighters leave the fire engine at the site entrance, and why we agreed from the start
that nothing found on a visit would be used for enforcement unless there was an immediate danger to
life.
"""),
        ("evidence", "What has been achieved", """
Between April 2023 and March 2025:

- 211 caravans and trailers were visited, which is every occupied home on the three permanent sites
and most families on the transit site during those two summers

- 198 carbon monoxide alarms and 236 smoke alarms were fitted

- crews found 37 heaters or flues that were unsafe and had them disconnected or repaired the same
week

- 52 families had a heater serviced with a council grant

When we rechecked a sample of 60 caravans in February 2025, 94% of the alarms were still working.
Our target is that every caravan has a working carbon monoxide alarm at each annual check. We have
not had a report of carbon monoxide poisoning on our sites in 2024, but with small numbers and
only two years we cannot yet say what has changed.
"""),
        ("stakeholders", "Who was involved", """
<<S:Firefighters from Wend station, which covers two of the sites, tried several types of alarm in
empty caravans with the council's site wardens and chose a battery model that does not false alarm
from cooking steam, which had led families to take the first alarms down.>> <<S:The site wardens
suggested using the rent collection round to check alarms every month, and they now do a quick
test when they call.>> <<S:The Travellers' Advice outreach worker and the fire service's community
safety team rewrote the visit checklist together after the first month.>>

Families on the transit site were given the film on a memory stick and a picture card. We plan to
ask Romany Gypsy families on private sites in the district whether they would like visits.
"""),
        ("value", "Value", """
The alarms cost about £38 per caravan. The heater servicing grants came to £9,800 over two years
from the council's housing budget. The fire service and Travellers' Advice provided staff time. A
single carbon monoxide death or caravan fire would cost far more, and families on sites are much
less likely than people in houses to have had any fire safety advice at all.

Families have told us they feel the council is looking after them, not just collecting rent.

For the fire service, the visits have been a way onto sites where crews had rarely been except in an
emergency. Crews now know the layout of each site, where the water supplies are and how to get a
fire engine in, which matters a great deal at night. Our site wardens say they are more confident
talking to families about heating and gas now that they have someone to call. The visits have also
turned up other problems that families had not raised with us before, such as damp, broken steps
and children with asthma who were not known to a GP, and Travellers' Advice has helped families with
those too.

The longer-term answer is better homes. The council has included rewiring of the electric hook-ups
on two sites in its capital programme, and is looking at whether grants can help families replace
the oldest touring trailers with static caravans that are built for living in all year.
"""),
        ("spread", "Spread", """
The fire service is offering the same joint visits on private Traveller sites and to boat dwellers
on the canal. We have shared the checklist with the other districts in the county.
"""),
    ],
    trailer=[
        ("heading", "Appendix: sites and data sources"),
        ("para", "Sites: Brambles (28 pitches), Holloway Lane (26 pitches), Furzebank (20 pitches) and the Mere Road transit site (up to 12 pitches in summer). Visit and alarm figures are from the fire service's prevention database; servicing grants from the council's housing grants system."),
        ("para", "Contact: Gypsy and Traveller Sites Service, Ormsby Vale District Council, Council Offices, Station Road, Ormsby OV3 2TH."),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I760  urgent hospital letters that never reach Gypsy and Traveller
#       families - docx - numbered questions - GP federation inclusion health
#       lead, thoughtful - GP federation with the acute trust and a Traveller
#       support charity - Travellers involved (pronouns after a named group)
#       and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I760", format="docx", layout="numbered_questions", topic="traveller_hospital_letters_missed",
    project="independent48-lettersontheroad-760", docx_font="Arial",
    title="Letters on the Road: making sure urgent appointments reach Gypsy and Traveller families",
    cover=[
        "Lead entrant: Lanyon Cross GP Federation (Inclusion Health Service)",
        "Partners: Lanyon Cross and Everham Hospitals NHS Trust; Roads and Rights Traveller Support (charity)",
        "Written by Dr Aoife Brennan, GP and Inclusion Health Lead",
    ],
    primary_entrant=dict(name="Lanyon Cross GP Federation", type="primary_care"),
    partners=[
        dict(name="Lanyon Cross and Everham Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Roads and Rights Traveller Support", type="charity"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
Our federation runs an inclusion health service that looks after around 900 Gypsy, Traveller and
Showmen patients across the district, some on council sites, some on private land, and some on the
roadside. Many families travel for part of the year. Literacy levels are low, especially among
older people, and many do not have a fixed postal address.

The hospital communicates almost entirely by letter. Appointment letters, letters asking people to
ring and book, and, most worryingly, letters for urgent suspected cancer appointments went to
addresses that families had left, to a site office where post piled up, or to people who could not
read them. When someone did not turn up, the hospital's rules said they were discharged back to the
GP after one missed appointment. We would find out weeks later.

In 2022 we reviewed the urgent suspected cancer referrals we had made for Traveller patients in the
previous two years. In 9 of 31, the patient had never been contacted about the first appointment.
One woman with a breast lump was discharged twice for not attending before a GP noticed. She had
never received either letter.
"""),
        ("evidence", "2. What difference has it made?", """
Since April 2023, referrals for Gypsy and Traveller patients carry a flag asking the hospital to
phone the patient or a named contact, and to copy any urgent letter to our inclusion health team
by email. Roads and Rights' outreach workers, who visit sites every week, take letters out and read
them with people who want help. Nobody with the flag is discharged for a missed appointment without
a phone call to us first.

<<Q:Urgent suspected cancer referrals where the patient had not been contacted by day 14 went from
9 of 31 in 2020 to 2022 to 1 of 38 in 2023 to 2025.>> <<Q:Missed first hospital appointments among
our flagged patients fell from 29% to 11%.>> <<Q:Discharges back to the GP for non-attendance went
from 46 in the year before to 8 in the most recent year.>>

The hospital now has 640 patients with the flag on its system.
"""),
        ("stakeholders", "3. Who was involved, and how?", """
<<P:We met women from three sites at the Roads and Rights drop-in over several months, and they
were very clear: a letter means trouble, a phone call from someone they know means help.>> <<P:They
asked that the outreach workers, rather than hospital staff, be the first to explain an urgent
appointment, because the word 'cancer' in a letter had frightened people off in the past.>> <<P:Two
of the men on the Holly Bank site told us they share one phone between a family, so they designed
the 'named contact' question on the referral form.>>

<<S:The hospital's booking team leaders tested the flag for two months in breast and colorectal
clinics and asked for it to appear on the booking screen, not only in the referral letter, so that
any clerk would see it.>> <<S:Our reception staff suggested recording a second phone number and a
site or a family member's address for every Traveller patient, and they now check it at every
contact.>> <<S:Roads and Rights' outreach workers agreed the email route for urgent letters with
the hospital's information governance team.>>
"""),
        ("value", "4. Value for money and experience", """
The changes cost almost nothing. A phone call takes a few minutes and the outreach visits already
happen. A cancer found late costs far more to treat and has a much worse outcome. Families tell us
they feel less afraid of the hospital. Booking staff say the flag saves them chasing.
"""),
        ("spread", "5. How has the work been shared or spread?", """
The trust has extended the flag to people who are homeless and to people living on boats. We have
shared the referral form through the regional inclusion health network, and two other GP services
for Travellers have asked for it.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I761  foot problems in people sleeping rough - pdf - bullet lists -
#       community podiatry service manager, list-minded - community trust with
#       a homelessness charity and the council's rough sleeping team - staff
#       involved - NO patient involvement (rough sleepers as beneficiaries,
#       told, a negation, feedback forms that changed nothing, a plan) - a
#       subtle claim ('halved')
# ---------------------------------------------------------------------------
entry(
    id="I761", format="pdf", layout="bullet_lists", topic="rough_sleepers_foot_care",
    project="independent48-steadyfeet-761", pdf_font="LiberationSans", pdf_align="L",
    title="Steady Feet: foot care for people sleeping rough in Pellworth",
    cover=[
        "Pellworth Community Healthcare NHS Trust - Podiatry Service (lead)",
        "Partners: The Anchor Project Pellworth (homelessness charity); Pellworth City Council (Rough Sleeping and Outreach Team)",
        "By the Podiatry Service Manager",
    ],
    primary_entrant=dict(name="Pellworth Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="The Anchor Project Pellworth", type="charity"),
        dict(name="Pellworth City Council", type="local_authority"),
    ],
    sections=[
        ("context", "The problem", """
People who sleep rough spend long hours on their feet, in wet socks and boots that do not fit, and
often cannot wash or change. Many have diabetes, drink heavily or inject drugs. Small problems
become serious quickly.

What we were seeing before 2023:

- trench foot, infected blisters, fungal infections and ulcers that had been left for weeks

- people turning up at the emergency department with cellulitis or a foot so infected that they
needed admission and sometimes surgery

- people with diabetes who had never had a foot check

- podiatry clinics that people could not get to, booked by letter to addresses they did not have

- in 2022 two men sleeping rough in Pellworth had toes amputated, and one had a below-knee
amputation after an ulcer went untreated

What Steady Feet does, since March 2023:

- a podiatrist runs a weekly drop-in at The Anchor Project's day centre, with a foot bath, dressings
and clean socks

- the council's outreach workers carry a simple foot check card and refer anyone with a red flag to
the drop-in or, at weekends, to the emergency department with a letter

- anyone with diabetes is offered a full foot check and is added to the diabetes foot protection
service without needing an address

- the charity's day centre keeps a store of donated boots in every size
"""),
        ("evidence", "What has changed", """
- <<Q:emergency admissions for foot infections among people on the outreach team's caseload
halved, from 22 in 2022 to 11 in 2024>>

- <<Q:amputations in people sleeping rough in Pellworth went from 3 in 2022 to none in 2023 or
2024>>

- <<Q:people with diabetes on the outreach caseload who had had a foot check in the past year rose
from 4 of 37 to 31 of 42>>

- the drop-in has seen 388 different people and held 2,140 appointments

- 1,100 pairs of socks and 310 pairs of boots have been given out
"""),
        ("stakeholders", "Who was involved", """
- <<S:podiatrists and The Anchor Project's day centre staff planned the drop-in together, and the
day centre staff asked for it to run straight after breakfast, when most people are in, rather
than in the afternoon>>

- <<S:the council's outreach workers helped design the foot check card and asked for pictures
instead of words, because they check feet in doorways at night with a torch>>

- <<S:emergency department nurses asked for the weekend letter to list what had already been tried,
which was added after their first month of using it>>

- people sleeping rough are the ones who benefit, and they are told about the drop-in by outreach
workers and on posters at the day centre

- we did not manage to set up a group of people with lived experience during the project

- people who use the drop-in fill in a feedback slip, and almost all are positive, so we have not
changed anything as a result

- we hope to recruit a peer volunteer with lived experience of homelessness in 2025
"""),
        ("value", "Value", """
- the podiatrist's time is one session a week from the existing service

- dressings and socks cost about £4,000 a year, paid for by the charity's fundraising

- one admission for a foot infection costs the NHS at least £4,500, and an amputation changes a
life for ever

- podiatrists say it is some of the most worthwhile work they do
"""),
        ("spread", "Spread", """
- a second drop-in has started at the women's hostel in the city

- we have shared the foot check card with outreach teams in four neighbouring councils

- the trust's diabetes foot protection service has changed its rules so that no one needs a postal
address to be seen
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I762  people who are homeless sent out of the emergency department after a
#       head injury - docx - rubric headings - ED consultant, frank - acute
#       trust with a homeless hostel charity and the council - hostel
#       residents and staff involved - NO evidence section (a measured change
#       appears only in the value section, so no_quantitative_evidence is not
#       set)
# ---------------------------------------------------------------------------
entry(
    id="I762", format="docx", layout="rubric_headings", topic="homeless_head_injury_discharge",
    project="independent48-someonewatching-762", docx_font="Cambria",
    title="Someone Watching: safe observation after a head injury for people with nowhere to go",
    cover=[
        "Heronsgate Royal Infirmary NHS Trust, Emergency Department (lead entrant)",
        "Partners: St Brendan's House (homeless hostel charity); Heronsgate City Council (Housing Options and Rough Sleeping)",
        "Submitted by a Consultant in Emergency Medicine",
    ],
    primary_entrant=dict(name="Heronsgate Royal Infirmary NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="St Brendan's House", type="charity"),
        dict(name="Heronsgate City Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Head injury advice is built on one assumption: that there is someone at home. When we send a
patient home after a minor head injury, we give them a leaflet that tells a responsible adult to
watch them for 24 hours and bring them back if they become drowsy, vomit, or get confused. For a
person sleeping rough or in a night shelter, there is no such adult and often no home.

Our emergency department sees people who are homeless with head injuries most days, many after a
fall or an assault and often with alcohol on board. We had three choices, and none was good: admit
them to a medical bed they did not need, keep them in the department for hours, or discharge them
to the street with a leaflet. In practice the last happened most often, especially at night.

In 2022 two men were found collapsed in the city centre within a day of being discharged from our
department after a head injury. One had an expanding bleed and died. The inquest heard that he had
been discharged at 4am with the leaflet, 'to the care of a friend' who could not be traced.

Someone Watching gives us a fourth choice. St Brendan's House keeps two observation beds, staffed
overnight, for people discharged from our department after a minor head injury who have nowhere
safe to go. Hostel night workers do simple checks every two hours using a card we designed, and can
call our department directly. The council's housing options team sees every person the next morning
to look at longer-term housing. Our goals were that no person with a head injury is discharged to
the street, and that deterioration is spotted early.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<P:Residents of St Brendan's who had been discharged from our department after a head injury told
us that the leaflet was useless to them, because they had nobody to give it to and nowhere to keep
it.>> <<P:Three of them then helped us test the observation card, acting out the checks with the
night workers, and one suggested adding 'does the person know where they are?' because that was
what had tipped him off about a friend.>>

<<S:Hostel night workers were worried about taking on clinical work, so they designed the check
card with our emergency nurse practitioners and agreed the point at which they phone us rather
than call an ambulance.>> <<S:Our reception and triage nurses suggested asking 'where will you
sleep tonight?' at triage, so that the bed can be booked before the person is ready to go.>>
<<S:The council's rough sleeping team asked for the next-morning visit to be at the hostel, not at
the civic centre, and they now go there themselves.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Since the beds opened in May 2023, 486 people have used them. Forty-one were brought back to the
department by the night workers because of a change, and four of those needed a scan that showed a
bleed. <<Q:Re-attendances within 72 hours with a worse head injury among people of no fixed abode
have fallen by about a third compared with the year before the beds opened.>>

The beds cost about £62,000 a year, shared by the trust and the council. Each bed night is a
fraction of the cost of an admission, and 119 of the people who used the beds were rehoused or
moved into supported accommodation through the housing options team.

Our staff say they hated sending people out into the rain at 4am, and now they do not have to.
Residents say it was the first time they felt someone cared what happened after they left.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The observation card has been adopted by the city's two night shelters for anyone who arrives with
a head injury. We presented the project to the regional emergency medicine network and it has been
featured by a national homeless health charity as an example for other cities.
"""),
    ],
    flags=[dict(code="missing_section", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I763  migrants who stay away from the NHS for fear of charges - pdf (via
#       Word) - style headings - migrant support charity director, earnest -
#       charity with the acute trust's overseas visitors team and a law centre
#       - people with lived experience of the asylum and immigration system
#       involved (an unusual group name) - NO staff involvement (overseas
#       visitors officers briefed, GP receptionists trained, a named lead, a
#       staff survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I763", format="pdf", layout="style_headings", topic="migrants_nhs_charging_fear",
    project="independent48-safetoseek-763", render_via="soffice", docx_font="Liberation Sans",
    title="Safe to Seek Care: helping migrants who are afraid of NHS charges get treatment in time",
    cover=[
        "Open Door Migrant Support Millhaven (registered charity) - lead entrant",
        "Partners: Millhaven Teaching Hospitals NHS Trust (Overseas Visitors and Patient Access Team); Millhaven Law Centre",
        "Author: Director, Open Door Migrant Support",
    ],
    primary_entrant=dict(name="Open Door Migrant Support Millhaven", type="charity"),
    partners=[
        dict(name="Millhaven Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Millhaven Law Centre", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
Open Door supports around 1,500 migrants a year in Millhaven: people seeking asylum, refused
asylum seekers, people whose visas have run out, survivors of trafficking and people with no
recourse to public funds. Many of them are entitled to free NHS care, or to care that cannot be
withheld whatever they can pay. Almost none of them know that.

What they do know, from friends, from social media and sometimes from their own experience, is
that hospitals send bills and that unpaid bills can be passed to the Home Office. So they wait. We
regularly met people who had put off seeing anyone about chest pain, a lump, a cough that would
not go, or a pregnancy, for months. Some came to us only when they could not stand.

In 2022 a woman who had been refused asylum came to our drop-in 31 weeks pregnant. She had not
seen a midwife because she believed she would be charged and reported. She had very high blood
pressure and was admitted the same day with pre-eclampsia. In the same year a man with
tuberculosis stayed away from hospital for five months after a friend was sent a bill for £7,000.

The hospital's overseas visitors team told us they were equally frustrated. Their job is to apply
the charging rules, but the rules contain many exemptions, for maternity care that is immediately
necessary, for infectious diseases such as TB, for victims of trafficking and torture, for people
who have claimed asylum, and for GP and emergency department care, and they had no way of reaching
people before they were frightened off.

Safe to Seek Care has three parts. Open Door's advisers check every new client's entitlement using
a short guide written with the law centre, and tell them in their own language what they will and
will not be charged for. Where someone needs hospital care, we send a 'pre-check' to the overseas
visitors team, who confirm in writing before the appointment whether charges apply. If a bill is
raised in error, the law centre challenges it.

It is worth saying why this needed all three organisations. We are trusted by the people we support,
but we are not lawyers and we cannot see hospital systems. The law centre knows the charging
regulations in detail and can challenge a wrong decision, but people rarely come to a solicitor
until they already have a bill. The overseas visitors team can say for certain whether a particular
appointment will be charged, but only if somebody asks before the appointment, and the people most
at risk never ask. Each of us had been working on one piece of the problem for years.

The advisers use a one-page flowchart. It starts with the kind of care the person needs, because
some care is free for everyone (GP registration and consultations, emergency department treatment,
diagnosis and treatment of specified infectious diseases, family planning, treatment for conditions
caused by torture or sexual violence). It then asks about the person's immigration situation,
because people who have an asylum claim in progress, or who are supported by the Home Office, are
exempt from charges for all hospital care. Only if neither applies does the adviser go on to ask
about maternity and other urgent treatment, which must be given whether or not the person can pay,
with any bill dealt with afterwards. The adviser then explains to the person, in their language and
in plain words, what this means for them, and writes it down on a card they can keep.

We were also careful about data. The pre-check sent to the hospital contains only what the overseas
visitors team needs to make a decision, and it is sent with the person's written consent. The
hospital has agreed that information shared through a pre-check will be used only to decide on
charges, and we explain this to every person before they agree.
"""),
        ("evidence", "What has changed", """
We ask every new client, through an interpreter if needed, whether they have delayed going to a
doctor because of cost or fear of the Home Office, and for how long.

<<Q:The proportion of new clients with symptoms they had not taken to a doctor for more than three
months because of fear of charging fell from 46% in 2022 to 19% in 2024.>> <<Q:Among pregnant women
we supported, those who first saw a midwife after 20 weeks went down from 31% to 12%.>> <<Q:Bills
raised by the hospital for care that turned out to be exempt fell from 58 in 2022/23 to 14 in
2024/25, because the question is now answered before treatment.>>

Our advisers have carried out 2,240 entitlement checks and sent 610 pre-checks to the hospital.

We want to be honest about the limits of these figures. They come from the people who reach Open
Door, and the people most afraid of the NHS may also be the people least likely to come to a
charity. The question about delay relies on people's own memory, asked through an interpreter on
their first visit, and we changed the wording slightly in 2023 to make it clearer. The national
rules on charging have not changed during the project, but the news coverage of immigration has,
and that affects how frightened people are. Some of the fall in wrongly raised bills may also
reflect other changes at the hospital over the same period.

Of the 610 pre-checks, the hospital confirmed that no charge applied in 472. In 93 it confirmed that
a charge would apply but that the treatment was immediately necessary and would go ahead, and in
45 the person decided, with our adviser, to seek treatment elsewhere or to wait. Every one of those
45 was followed up by our advisers within a month.
"""),
        ("stakeholders", "Who was involved", """
<<P:Members of Sanctuary Voices, a group of people who have been through the asylum system
themselves and meet at Open Door every fortnight, told us that a leaflet about entitlements would
never be believed, because people trust what they hear from someone like them.>> <<P:So they made
short voice and video messages in Arabic, Farsi, Tigrinya, Kurdish, Albanian and Vietnamese,
scripted by them and checked by the law centre, which we now share in community WhatsApp groups.>>
<<P:They also chose the name Safe to Seek Care and asked that the pre-check letter from the hospital
say in large letters at the top 'You will not be charged for this appointment' when that is true,
which it now does.>>

The hospital's overseas visitors officers were briefed by the law centre on the exemptions.
Reception staff in the city's GP practices have been trained on the right to register without proof
of address or immigration status. The trust's head of patient access, David Mensah, is the
hospital's lead for the project. We sent a questionnaire to hospital staff after a year, and their
answers were positive, so nothing was changed. We hope to hold joint training with emergency
department staff next year.
"""),
        ("value", "Value", """
The project costs Open Door about £38,000 a year for a part-time adviser and interpreting, funded
by a charitable trust. The law centre's time is covered by its existing legal aid and grant work.
Late-presenting TB, cancer and pre-eclampsia cost the NHS many times more to treat than early
care. People tell us that being told clearly that they would not be charged was the first time
they felt safe enough to go to a doctor.

One of the men we supported last year had been coughing blood for several weeks before he came to
our drop-in. He was sure that going to the hospital would mean a bill he could never pay and a
letter to the Home Office. Our adviser explained, through an interpreter, that tests and treatment
for TB are free for everyone, and the overseas visitors team confirmed it in writing the same day.
He was diagnosed with TB that week and completed his treatment. His flatmates were screened, and one
of them was treated too. Stories like his are why we think this work matters more than any figure we
can give.
"""),
        ("spread", "Spread", """
The entitlement guide and pre-check letter have been shared with two other hospital trusts and
three migrant support charities in the region. The national network of migrant health
organisations has featured the voice messages, and other groups have asked to translate them into
more languages.

If other areas want to do something similar, our advice would be to start with the people who are
frightened, not with the rules. The charging regulations are complicated, but the questions people
actually ask are simple: will I get a bill, and will anyone tell the Home Office? A charity that is
trusted, a hospital team that is willing to give a straight answer in advance, and a lawyer who can
put it right when it goes wrong can answer those questions between them. None of us could have
done it alone. We have also learned that the answers have to come in the form people trust, which in
our communities is usually a voice they recognise rather than a leaflet.

We are now working with the law centre on a version of the entitlement guide for GP practices, so
that a receptionist who is asked 'will I have to pay at the hospital?' can give a confident answer
or know where to send the person.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I764  health assessments for unaccompanied children seeking asylum - docx -
#       form table - council head of service for children in care, formal -
#       council children's services with the community trust's looked after
#       children's health team and the ICB - staff involved - NO patient
#       involvement (young people told, given leaflets, invited to a focus
#       group but declined, a plan) - NO quantitative evidence (assessments
#       done, a single percentage, a target, screening counts)
# ---------------------------------------------------------------------------
entry(
    id="I764", format="docx", layout="form_table", topic="unaccompanied_asylum_seeking_children_health",
    project="independent48-firstweeks-764", docx_font="Calibri",
    title="The First Weeks: timely health assessments for unaccompanied children seeking asylum",
    cover_table=[
        ("Title of entry", "The First Weeks: timely health assessments for unaccompanied children seeking asylum"),
        ("Lead organisation", "Dunstow Metropolitan Borough Council, Children's Services"),
        ("Partner organisations", "Dunstow Community NHS Trust (Looked After Children's Health Team); NHS Dunstow and Rye Integrated Care Board"),
        ("Name and role of entrant", "Head of Service, Children in Care and Care Leavers"),
    ],
    primary_entrant=dict(name="Dunstow Metropolitan Borough Council", type="local_authority"),
    partners=[
        dict(name="Dunstow Community NHS Trust", type="nhs_trust"),
        dict(name="NHS Dunstow and Rye Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Dunstow looks after around 120 unaccompanied children seeking asylum at any time, most of them boys
aged 15 to 17 from Afghanistan, Sudan, Eritrea, Iran and Vietnam. They arrive after long and
dangerous journeys. Many have not seen a doctor for years. Among the health problems we find are
scabies, tuberculosis, hepatitis B, untreated injuries, malnutrition, dental disease, and very
high levels of trauma, with nightmares, self-harm and suicidal thoughts.

Every child who comes into care must have an initial health assessment within 20 working days.
For these young people that was rarely happening. Interpreters were booked late or not at all, age
disputes delayed placements, and young people were often moved to a new placement before the
appointment. Some were placed in semi-independent accommodation with little adult support and
missed their appointment without anyone noticing. When a 16-year-old boy was admitted to hospital
in 2022 with TB meningitis seven weeks after arriving, he had not yet had any health assessment.

The goals of The First Weeks were that every unaccompanied child has a first health check within
five days of arrival, covering infection screening and immediate mental health risk, and a full
initial health assessment within 20 working days, with an interpreter, in a language the young
person chooses.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since September 2023 the looked after children's nurses hold a weekly 'first health check' clinic
at the council's reception centre, and the ICB commissions a GP with an interest in refugee health
to do the full assessments in a dedicated Thursday clinic, with interpreters booked automatically
when the social worker makes the referral.

In 2024, 94 unaccompanied children arrived in Dunstow. All 94 had a first health check, and 81% of
full assessments were done within 20 working days. Our target is 95%. The clinics screened 94
young people for TB and 91 for hepatitis B, and 23 were referred to the child and adolescent mental
health service's refugee pathway. Eleven were treated for scabies and three for latent TB.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Looked after children's nurses and social workers from the children in care team mapped every
step from a young person's arrival to their assessment, and it was the nurses who proposed the
first check at the reception centre so that nobody waits for a placement to settle.>>
<<S:Interpreters from the council's contracted agency told us that young people often spoke a
different language or dialect from the one on the referral, so the referral form now asks the
young person directly, and the interpreters suggested the questions.>> <<S:Foster carers and key
workers in semi-independent accommodation asked for a one-page summary after each assessment, which
the GP and nurses now write.>>

Every young person is told about the health checks by their social worker and given a leaflet in
their language. Young people in the reception centre were invited to a focus group about the
clinics but chose not to take part. We plan to set up a health panel with older care leavers who
came to the UK on their own.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The GP clinic costs the ICB about £28,000 a year. The nurses' time comes from the existing looked
after children's health team. Finding and treating TB, hepatitis B and serious mental illness early
protects the young person and others, and prevents far more expensive care later. Social workers
say they no longer chase appointments for weeks.
"""),
        ("spread", "How has the work been shared and spread?", """
The model has been shared with the regional network of councils that care for unaccompanied
children and with the national looked after children's nurses' forum. A neighbouring council now
sends young people to our Thursday clinic under an agreement with the ICB.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I765  sepsis in adults with a learning disability in supported living -
#       pdf - form table - PRIVATE supported living company as primary
#       entrant, with the community trust's learning disability team and a
#       primary care network (ineligible) - quality director, businesslike -
#       families and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I765", format="pdf", layout="form_table", topic="learning_disability_supported_living_sepsis",
    project="independent48-knownormal-765", pdf_font="LiberationSans",
    title="Know Their Normal: spotting sepsis early in people with a learning disability in supported living",
    cover_table=[
        ("Entry title", "Know Their Normal: spotting sepsis early in people with a learning disability in supported living"),
        ("Primary entrant", "Brightpath Support Services Ltd"),
        ("Partners", "Rushmere Vale Community NHS Trust (Community Learning Disability Nursing); Rushmere Vale North Primary Care Network"),
        ("Entrant", "Director of Quality and Clinical Governance, Brightpath Support Services Ltd"),
    ],
    primary_entrant=dict(name="Brightpath Support Services Ltd", type="private"),
    partners=[
        dict(name="Rushmere Vale Community NHS Trust", type="nhs_trust"),
        dict(name="Rushmere Vale North Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Background and aims", """
Brightpath supports 230 adults with a learning disability, many also autistic or with epilepsy, in
54 supported living houses and flats in Rushmere Vale. Our support workers are not nurses. People
with a learning disability are more likely to die from sepsis and pneumonia than the general
population, and the signs are often missed: a person who cannot say they feel ill becomes quieter,
stops eating, sleeps more or behaves differently, and this is put down to mood.

In 2022 two people we support died of sepsis. In both cases staff had recorded in the daily notes
that the person was 'not themselves' for more than a day before an ambulance was called, and
nobody had taken a temperature, because nobody knew what was normal for them.

Know Their Normal gives every person a baseline record of their usual temperature, pulse, breathing
rate, blood oxygen level and behaviour, taken by the community learning disability nurses when
they are well. Support workers are trained and equipped to take the same observations whenever
they notice a soft sign of illness, and to compare them with the person's normal on a simple
escalation card. Two or more changes mean a same-day call to the PCN's acute visiting service,
which has agreed to treat these calls as urgent.
"""),
        ("evidence", "Evidence of improvement", """
<<Q:The time from staff first recording a soft sign to a clinician being contacted fell from a
median of 26 hours in 2022 to 3 hours in 2024.>> <<Q:Emergency admissions with sepsis among the
people we support went from 19 in 2022 to 8 in 2024, and admissions to intensive care from 6 to
1.>> <<Q:The share of escalations where a full set of observations was passed to the clinician
rose from 12% to 90%.>> 224 people now have a baseline record.
"""),
        ("stakeholders", "Involvement of people we support, families and staff", """
<<P:Families of six people we support came to three evenings with the nurses and told us things
about their relative's normal that were not in any care plan, such as a man whose hands always go
cold before a seizure, and the baseline record now has a section written by the family.>> <<P:A
mother whose son died in 2022 asked that the escalation card tell staff to call the family too,
and that is now step three.>> <<P:Two people we support, with help from their advocate, chose the
pictures on the easy read version that explains why staff take their temperature.>>

<<S:Support workers from four houses tested the escalation card on night shifts and asked for it to
fit on the back of the medicines cupboard door, and they reworded the soft signs in their own
language.>> <<S:Community nurses and PCN paramedics agreed between them what information they need
on a call, and changed the card after the first month.>>
"""),
        ("value", "Value", """
Thermometers, pulse oximeters and blood pressure machines for every house cost £9,200. The nurses'
baseline visits came from their existing caseload time. One intensive care admission costs more than
the whole programme. Families say they trust our staff more. Support workers say they feel
confident speaking to a clinician.
"""),
        ("spread", "Spread", """
We have introduced Know Their Normal in our services in two other counties. The community trust has
offered the baseline visits to other supported living providers, and three have joined.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I766  Deaf BSL users in a mental health crisis - docx - style headings with
#       a cover table - Deaf charity chief officer, direct - Deaf charity with
#       the mental health trust and the police - Deaf people involved (partly
#       told in the context section) - NO staff involvement (crisis staff
#       trained, police control room briefed, a named lead, interpreters
#       booked, a plan) - NO quantitative evidence (contacts, sessions, a
#       single satisfaction figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I766", format="docx", layout="style_headings", topic="deaf_bsl_mental_health_crisis",
    project="independent48-signsofcrisis-766", docx_font="Calibri",
    title="Signs of Crisis: mental health crisis support that Deaf BSL users can reach",
    cover_table=[
        ("Entry title", "Signs of Crisis: mental health crisis support that Deaf BSL users can reach"),
        ("Lead organisation", "Deaf Connect Calderstone (registered charity)"),
        ("Partners", "Calderstone and Norbridge Mental Health NHS Foundation Trust; Calderstone and Norbridge Police"),
        ("Contact", "Chief Officer, Deaf Connect Calderstone"),
    ],
    primary_entrant=dict(name="Deaf Connect Calderstone", type="charity"),
    partners=[
        dict(name="Calderstone and Norbridge Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="Calderstone and Norbridge Police", type="emergency_service"),
    ],
    sections=[
        ("context", "Why this was needed", """
About 900 people in Calderstone and Norbridge use British Sign Language as their first language.
For a Deaf BSL user in a mental health crisis, almost every route to help is built around a
telephone. The crisis line is a phone number. NHS 111 option 2 is a phone call. The police
control room takes calls, and text relay is slow and depends on good written English, which many
Deaf people, whose first language is BSL, do not have. When Deaf people did reach crisis services,
an interpreter could rarely be found at night, and assessments were done by writing notes, by
lip-reading or through a family member.

In 2022 a young Deaf woman, well known to us, took an overdose after trying for most of a night to
contact the crisis team. She survived. Her written messages had been read as 'confused' rather than
as a person writing in a second language. That was the point at which we decided something had to change.

<<P:Deaf people at our Wednesday social club, including two who had been detained under the Mental
Health Act without an interpreter, spent three sessions with us mapping every way they had tried
to get help in a crisis, and drew up the list of things that had to change.>> <<P:It was their
list, not ours, that asked for a video call option run by people who sign, an interpreter within
an hour at any time of day, and a card to show police officers.>>

Signs of Crisis now offers a BSL video crisis line, open from 6pm to 2am, answered by Deaf Connect's
BSL-using crisis workers, with a direct link to the trust's crisis team. The trust has a contract
for video interpreting available 24 hours a day for any crisis assessment. Deaf people can carry a
'I am Deaf - I use BSL' card with the crisis line details, and the police have added a Deaf flag to
their control room system.
"""),
        ("evidence", "What has been achieved", """
The video line opened in May 2023. By March 2025 it had taken 1,380 calls from 212 different Deaf
people. In 94 calls the person was passed to the trust's crisis team with an interpreter on the line,
and 17 led to a face-to-face assessment that night.

The trust used video interpreting for 146 crisis assessments in 2024. Our target is for every
assessment of a BSL user to have a qualified interpreter; in 2024, 88% did.

In our 2024 members' survey, 79% of Deaf people who had used the line said it had helped them feel
safer. We did not run a survey before the line opened. 640 cards have been given out.
"""),
        ("stakeholders", "Who was involved", """
<<P:Members of our Deaf mental health peer group tested the video line in its first month, calling
in with made-up scenarios, and told us that the greeting screen was full of English text, so it
was replaced with a signed welcome.>> <<P:They also designed the card, insisting that it should
say what to do, 'book a BSL interpreter, do not write notes', rather than just that the person is
Deaf.>>

Crisis team staff at the trust have all had Deaf awareness training from us. The police control
room was briefed on the Deaf flag. The trust's associate director for crisis services, Karen
Holt, is the named lead and chairs the quarterly review. Interpreters are booked through the
trust's existing video interpreting contract. We hope to bring crisis staff and Deaf people
together for joint workshops next year.
"""),
        ("value", "Value", """
The video line costs £71,000 a year, funded by the integrated care board's mental health
transformation money. Video interpreting is charged per minute. Without it, a Deaf person in crisis
may be wrongly assessed, detained when they did not need to be, or missed altogether, and each of
those has a human and a financial cost far above the cost of the service.
"""),
        ("spread", "Spread", """
Two neighbouring mental health trusts now refer Deaf callers to our video line, and a national
Deaf mental health charity has asked for our card and scripts. We presented Signs of Crisis at the
national conference on Deaf mental health in 2024.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I767  test results sent by text in English to patients who read Polish or
#       Romanian - pdf - numbered questions - PRIVATE messaging company as
#       primary entrant, with a primary care network and a community centre
#       (ineligible) - product lead, upbeat - community members and practice
#       staff involved
# ---------------------------------------------------------------------------
entry(
    id="I767", format="pdf", layout="numbered_questions", topic="test_result_texts_non_english_readers",
    project="independent48-clearword-767", pdf_font="DejaVuSans", pdf_align="L",
    title="Read It, Act On It: test result messages in the patient's own language",
    cover=[
        "Primary entrant: ClearWord Health Messaging Ltd",
        "Working with Westerby Primary Care Network (nine GP practices) and the Westerby Polish and Romanian Community Centre",
        "Submitted by the Head of Product, ClearWord Health Messaging Ltd",
    ],
    primary_entrant=dict(name="ClearWord Health Messaging Ltd", type="private"),
    partners=[
        dict(name="Westerby Primary Care Network", type="primary_care"),
        dict(name="Westerby Polish and Romanian Community Centre", type="charity"),
    ],
    sections=[
        ("context", "1. What problem did the partnership set out to solve?", """
ClearWord provides the text messaging system used by the nine practices in Westerby Primary Care
Network to send appointment reminders and test results. About 11% of the network's registered
patients have Polish or Romanian as their main language, and many of them read English only a
little.

In 2022 practices sent most test result messages in English, using short templates such as 'Your
recent blood test needs a follow-up appointment, please contact the surgery'. A practice audit
found that patients whose main language was Polish or Romanian were much less likely to respond to
these messages than other patients. Some read 'follow-up' as routine; some did not open a message
they could not understand. In one case a Romanian man with a very low haemoglobin result was sent
three messages over three weeks and did not respond to any of them. He was admitted with a bleeding
stomach ulcer.

Read It, Act On It picks up the patient's preferred language from the practice record and sends
the result message in that language, using templates written and checked by qualified medical
translators, with a one-tap option to call back or book. Any message about an abnormal result that
is not opened within 48 hours triggers a phone call from a Polish or Romanian-speaking care
navigator employed by the PCN.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
<<Q:Among patients whose preferred language is Polish or Romanian, the share responding within
seven days to a message about an abnormal result rose from 39% in 2022 to 86% in 2024.>>
<<Q:The median time from an abnormal result being filed to the patient being spoken to fell from 11
days to 2 days.>> <<Q:Significant events in the PCN about abnormal results not acted on for these
patients went from 14 in 2022 to 3 in 2024.>>

The system now sends messages in 18 languages. In 2024 it sent 26,400 translated result messages
across the network.
"""),
        ("stakeholders", "3. Who was involved and how?", """
<<P:Polish and Romanian speakers who use the community centre went through our first templates with
a translator and told us that the official medical words were correct but frightening, so the
messages were rewritten in everyday language.>> <<P:A group of older Romanian women from the
centre's Tuesday club tested the one-tap call-back button on their phones and asked for it to be
bigger and to show the surgery's name, which it now does.>> <<P:The centre's volunteers, who have
all used the local practices themselves, suggested sending a short voice message as well for
people who struggle to read in any language.>>

<<S:Practice receptionists and care navigators told us that preferred language was missing from
about half of records, and they added a question to the registration and repeat prescription
forms.>> <<S:GPs from three practices reviewed every template for clinical accuracy and asked for a
separate 'urgent' template that tells the patient to call today.>>
"""),
        ("value", "4. What has been the value for money and the impact on patients and staff?", """
The translated templates cost £14,000 to produce and are included in the PCN's existing licence.
Care navigator calls take about ten minutes each. An admission for an untreated abnormal result
costs thousands of pounds. Patients tell us they feel respected when the message is in their own
language. Practice staff say they spend less time chasing.
"""),
        ("spread", "5. How has the work been shared?", """
The translated templates are now available to all 340 practices that use our system, and four more
PCNs have switched them on. We have shared the approach with the national primary care digital
team.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I768  recording and sharing people's communication needs across the
#       system - docx - bullet lists with cover bullets - ICB programme lead,
#       organised - ICB with the acute trust, the ambulance service and a GP
#       federation - staff involved - NO patient involvement (patients sent
#       texts asking about their needs, Healthwatch updated, a Deaf forum
#       invited but declined, beneficiaries, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I768", format="docx", layout="bullet_lists", topic="communication_needs_flag_sharing",
    project="independent48-seemyneeds-768", docx_font="Arial",
    title="See My Needs: one communication needs record that follows the person",
    cover=[
        "NHS Kingsmoor and Fell Integrated Care Board (lead entrant)",
        "Programme lead: Head of Digital Inclusion",
    ],
    cover_bullets=[
        "Kingsmoor General Hospital NHS Trust",
        "Northfell Ambulance Service NHS Trust",
        "Kingsmoor Primary Care Federation",
    ],
    primary_entrant=dict(name="NHS Kingsmoor and Fell Integrated Care Board", type="icb"),
    partners=[
        dict(name="Kingsmoor General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Northfell Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Kingsmoor Primary Care Federation", type="primary_care"),
    ],
    sections=[
        ("context", "The problem", """
- people who are Deaf, blind, deafblind, have a learning disability, are autistic or need an interpreter often have to explain their needs again at every contact

- GP practices record these needs in different ways, often as free text that nobody else can see

- until 2023 the hospital and the ambulance service could not see the GP record's communication needs at all

- in 2022 our incident reviews found 34 incidents where a communication need was known to one service but not to the one caring for the person, including a deafblind man discharged at night with no interpreter and no one told, and a woman who did not speak English consented to surgery through her 12-year-old son

- people with sight loss were still sent appointment letters in standard print, even when their practice knew they needed large print, braille or email

- interpreters were often booked on the day, if at all, because the booking clerk only found out when the patient arrived

- ambulance crews had no way of knowing before they knocked that the person inside might not hear them, might not be able to see them, or might be frightened by a uniform

- what we have done since 2023: a standard set of coded communication needs in every GP practice, shared through the shared care record to the hospital's patient administration system and the ambulance service's crew tablets, with a banner that shows on screen when the record is opened
"""),
        ("evidence", "What changed", """
- <<Q:patients with a communication need recorded in a coded, shareable form went up from 6,100 in March 2023 to 41,800 in March 2025>>

- <<Q:hospital outpatient appointments for Deaf BSL users with an interpreter booked in advance rose from 44% to 89%>>

- <<Q:incidents where a known communication need was not met fell from 34 in 2022 to 9 in 2024>>

- the banner is shown about 3,000 times a week across the hospital and ambulance systems
"""),
        ("stakeholders", "Who was involved", """
- <<S:receptionists and practice managers from six federation practices tested the coded template and cut it from 40 options to 18, after showing that nobody used the rest>>

- <<S:ambulance crews trialled the banner on their tablets for two months and asked for it to show as a symbol before the clinical record opens, so they see it before knocking>>

- <<S:hospital outpatient booking clerks suggested that an interpreter request be created automatically when the banner shows 'BSL' or a spoken language, and this was built in 2024>>

- patients were sent a text by their practice asking them to tell the practice about any communication needs, and their replies were added to the record

- Healthwatch Kingsmoor was updated on the programme at its quarterly meetings

- the Kingsmoor Deaf Forum was invited to help test the banner but did not have capacity at the time

- we intend to set up a user group with disabled people's organisations in 2025
"""),
        ("value", "Value", """
- the coded template and the banner were built by the ICB's digital team and the suppliers within existing contracts

- each interpreter booked in advance avoids a cancelled appointment, which costs the hospital about £160

- everyone who has a communication need benefits, and staff no longer have to guess

- large print, braille and easy read letters are now produced automatically from the banner, which has cut the time the hospital's letters team spends on special requests
"""),
        ("spread", "Spread", """
- all 64 GP practices in the ICB area now use the template

- the community trust and the mental health trust are connecting to the banner in 2025

- we have shared the code set with three other ICBs through the regional digital network
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)
