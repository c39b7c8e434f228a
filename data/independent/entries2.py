"""Second independent evaluation set (I017..I032) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written after set 1 (entries.py) and without reference to the review pipeline, as a
blind test on unseen entries: other organisations, voices and topics.  Format and
mark-up are exactly those of entries.py; build it with

    .venv/bin/python data/independent/build.py --set 2   (writes data/corpus/independent2/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (measured change in an outcome)
  <<P:sentence>>   patient / carer / service-user involvement
  <<S:sentence>>   staff involvement
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are
joined with a single space.  A paragraph starting with "- " is a bullet item.

Flags are written out by hand (as a judge would) and build.py cross-checks them
against the mark-up.  Organisation types follow set 1 (ambulance, police and fire
services are emergency_service; a prison is public_other).
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I017  sepsis at ambulance handover - pdf - own headings, reordered - paramedic
#       voice - ambulance service is the primary entrant
# ---------------------------------------------------------------------------
entry(
    id="I017", format="pdf", layout="own_headings", topic="sepsis", pdf_align="L",
    project="independent2-sepsis-17",
    title="Flag It, Hand It, Treat It: starting sepsis treatment in the ambulance queue",
    cover=[
        "Lead organisation: Greyhaven and Tarnside Ambulance Service NHS Trust",
        "Partners: Alderwick Royal Infirmary NHS Foundation Trust; NHS Greyhaven and Tarnside Integrated Care Board; University of Tarnside (School of Health and Life Sciences)",
        "Entry written by the Consultant Paramedic for Urgent and Emergency Care",
    ],
    primary_entrant=dict(name="Greyhaven and Tarnside Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Alderwick Royal Infirmary NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Greyhaven and Tarnside Integrated Care Board", type="icb"),
        dict(name="University of Tarnside", type="university"),
    ],
    sections=[
        ("context", "Where it all started", """
I have been a paramedic for nineteen years, and the winter of 2022 was the worst I have known. Outside
Alderwick Royal Infirmary we regularly had eight, ten, sometimes fifteen ambulances queuing to hand over.
Crews were looking after patients in the back of the vehicle for three, four, five hours. Some of those
patients had sepsis, and they were getting sicker in front of us while we waited for a space inside.

We knew what they needed. We just could not give it to them. Our crews were good at recognising sepsis and
were already recording NEWS2 on the electronic patient care record, but the first dose of antibiotics could
only be given once the patient was inside the department and had been seen by a doctor. Two patient safety
incident investigations in early 2023, one of them following a death, found that a patient with red-flag
sepsis had waited on an ambulance for more than three hours without antibiotics.

So we stopped waiting for the queue to go away. Flag It, Hand It, Treat It is a joint sepsis pathway
between Greyhaven and Tarnside Ambulance Service and Alderwick Royal Infirmary, and it does what it says.
Flag it: crews complete a structured sepsis screen on scene and flag every red-flag patient to the hospital
through the pre-alert system. Hand it: a dedicated sepsis handover nurse from the emergency department, who
everyone now calls the queue nurse, sees every flagged patient within 15 minutes of arrival, even if they
are still on the vehicle. Treat it: under a patient group direction written jointly by both trusts, the
queue nurse or a specialist paramedic takes blood cultures and gives the first dose of antibiotics in the
ambulance bay.

The Integrated Care Board paid for the queue nurse post during the pilot, and the University of Tarnside
evaluated it. Our goal was blunt: no patient with red-flag sepsis should wait for antibiotics because of a
handover delay.
"""),
        ("evidence", "What the numbers say", """
The pathway went live on 6 March 2023. The University compared the 12 months before with the 12 months
after, using linked ambulance and hospital records for every adult conveyed to Alderwick with a red-flag
sepsis screen: 1,212 patients before and 1,386 after.

<<Q:The proportion of red-flag sepsis patients who received antibiotics within one hour of arriving at the
hospital went from 31% to 78%.>> <<Q:The median time from arrival to the first antibiotic dose fell from 142
minutes to 41 minutes, and it stayed low even in the weeks when handover delays were at their worst.>>

<<Q:The number of sepsis patients who waited more than three hours for antibiotics dropped from 214 in the
year before to 19 in the year after.>>

<<Q:Thirty-day mortality for this group fell from 17.9% to 14.6%.>> We want to be straight about that
figure: it is a before-and-after comparison, not a trial, and the University's adjusted analysis shows a
smaller effect, although it is still statistically significant. <<Q:Admissions to critical care within 48
hours of arrival were also down, by about a fifth.>>

Since go-live we have not had a single reported incident in which a flagged patient waited on a vehicle
without being seen by the queue nurse.
"""),
        ("stakeholders", "The people who built it", """
This was built by the people who stand in the ambulance bay every day. <<S:Over six weeks in late 2022,
paramedics, ED nurses, emergency physicians and pharmacists from both trusts met every Thursday morning and
wrote the screen, the handover script and the patient group direction line by line.>> <<S:Crews at our
Alderwick stations tested the first version of the screen on real calls for a month and told us it had far
too many questions to complete in a moving vehicle, so we cut it from eleven items to six.>>

<<S:The queue nurse role was designed by the ED nursing team themselves, and it was one of their band 6
nurses who suggested a bright orange tabard so crews could spot the queue nurse in a crowded corridor.>>

<<P:We were lucky to have two sepsis survivors on the design group, recruited through the ICB's patient and
public voice network.>> <<P:One of them told us that the worst part of his own wait had been not knowing
whether anyone inside knew he was there, and that is why the queue nurse now introduces herself to every
flagged patient and explains what will happen next.>>

The medical directors of both trusts sponsored the work and took the patient group direction through their
medicines committees.
"""),
        ("value", "What it's worth", """
For patients, the value is simple: treatment starts while they are still on the stretcher, not hours later.
Families have told us how reassuring it was to see a nurse come out to the ambulance. A daughter whose father
was treated in the bay wrote to us: 'She came out to us in the rain, took his bloods and had the drip up
before we had even got inside.'

For crews, it has given back a sense of doing the job properly. Paramedics hate handing over a patient they
know is deteriorating, and several told the University's interviewers that the pathway made the long waits
'bearable'. ED nurses say the queue nurse shift is demanding but one of the most rewarding on the rota.

The cost is modest. The queue nurse post costs about £58,000 a year, the antibiotic packs for the vehicles
about £6,000, and training for specialist paramedics was absorbed into existing education days. The
University's costing estimates that avoided critical care admissions alone save more than three times the
cost of the post.
"""),
        ("spread", "Taking it on the road", """
Since the evaluation, the ambulance service has rolled the sepsis screen and the patient group direction out
to every emergency crew across Greyhaven and Tarnside, and three more emergency departments in our area,
Tarnside General, Millbeck Hospital and the urgent treatment centre at Saltmarsh Bay, have introduced a
queue nurse. The ICB has written the pathway into its winter plan for 2024/25.

We have presented the work at the national ambulance clinical leads' conference and at the Royal College of
Emergency Medicine's annual scientific conference, and the University has submitted its evaluation for
publication. Our screen, handover script, patient group direction and training slides are free to any
service that wants them.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I018  insulin in care homes - docx - Word form table - community trust
#       no quantitative evidence (activity counts, single values, targets, plans)
# ---------------------------------------------------------------------------
entry(
    id="I018", format="docx", layout="form_table", topic="medication_safety",
    project="independent2-insulin-carehomes-18",
    title="Safer Insulin at Home: supporting care home staff to give insulin safely",
    cover_table=[
        ("Entry title", "Safer Insulin at Home: supporting care home staff to give insulin safely"),
        ("Primary entrant", "Oakmere Community Healthcare NHS Trust"),
        ("Partner organisations", "Oakmere City Council (Adult Social Care); Oakmere and District Care Association (registered charity); Linford Vale Primary Care Network"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Diabetes Specialist Nurse Lead, 01632 960733"),
    ],
    primary_entrant=dict(name="Oakmere Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Oakmere City Council", type="local_authority"),
        dict(name="Oakmere and District Care Association", type="charity"),
        dict(name="Linford Vale Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Context: why was the partnership needed, what is the service and what are its patient safety goals?", """
Oakmere Community Healthcare NHS Trust provides district nursing to a population of around 310,000 people.
In 2022/23 our district nurses made on average 410 insulin visits every day, and roughly a third of these
were to residents of care homes without on-site nursing. Because insulin visits are time-critical, they
dominated the morning workload, and on busy days visits slipped. Residents were sometimes given breakfast
long before their insulin, or had their insulin late because the nurse was delayed at another visit.

In the same year the Trust received 47 incident reports about insulin involving care home residents,
including six episodes of severe hypoglycaemia that needed an ambulance. Our reviews of these incidents
found recurring themes: late or missed doses, confusion between insulin pens, care staff unsure what to do
when a resident refused food, and poor communication between the home, the district nursing team and the
resident's GP practice.

Safer Insulin at Home is a partnership between the Trust, Oakmere City Council, the Oakmere and District
Care Association, which represents independent care providers, and Linford Vale Primary Care Network. It
allows senior care workers in residential homes to give insulin by pen to residents with stable diabetes,
once they have been trained and assessed as competent by a diabetes specialist nurse. Each resident has an
individual insulin plan written by the district nursing team and agreed with their GP, a clear escalation
route for high or low blood glucose, and a monthly review. The council funds backfill so that care workers
can be released for training, and the primary care network's clinical pharmacists review each resident's
diabetes medicines before they join the scheme.

Our patient safety goals are that residents receive their insulin at the right time in relation to meals,
that hypoglycaemia is recognised and treated quickly, and that every resident on the scheme has an up to
date plan that the home, the district nurses and the GP practice all understand.
"""),
        ("evidence", "Evidence: what improvements in safe care can you demonstrate as a direct result of the partnership?", """
The scheme started in six pilot homes in May 2023 and had been extended to 38 homes by March 2024. In that
time we trained and assessed 212 senior care workers, of whom 198 were signed off as competent, and 96
residents now have their insulin given by trained care staff rather than by a visiting nurse.

Diabetes specialist nurses carry out an unannounced competency check in every home each quarter. In the
most recent round, in January 2024, 94% of residents on the scheme had a current individual insulin plan,
and all homes had a hypoglycaemia box that was in date. Every incident reported by a participating home is
reviewed within a week by the diabetes team, and none of the incidents reported since the scheme began has
resulted in severe harm.

Care home managers tell us that insulin is now given with breakfast rather than 'whenever the nurse gets
here', and district nurses say that their morning visits are far more manageable.

Our aim is to reduce insulin-related incidents in participating homes by 50% by March 2025. The ICB's
evaluation team will compare incident rates and ambulance call-outs for hypoglycaemia in participating and
non-participating homes, and its report is expected in autumn 2025.
"""),
        ("spread", "Spread: how have the achievements been applied elsewhere and how has best practice been shared?", """
The competency framework, individual insulin plan and training materials have been adopted by Tarn Valley
Community Services NHS Trust, which began its own scheme in two care homes in February 2024. The Care
Association has shared the model with its members across the county, and the council has written the
scheme into its specification for residential care contracts from April 2025.

We presented the work at the regional diabetes clinical network and at the Queen's Nursing Institute's
community nursing conference, and all our materials can be downloaded from the Trust's website.
"""),
        ("value", "Value: what value has been created, including staff and patient experience and value for money?", """
Residents value having their insulin at mealtimes and from a carer they know. One resident told us: 'I used
to sit there waiting with my porridge going cold. Now June does it and we have a chat.' In our family survey,
relatives rated the scheme 4.6 out of 5 for confidence in the care their family member receives.

Senior care workers say they feel trusted and valued, and the Care Association reports that several homes
now use the insulin competency as a step in their career framework. District nurses can spend more of their
morning on wound care, palliative care and new referrals.

The partnership cost £84,000 in its first year, mostly specialist nurse time and backfill for care workers
attending training. Releasing district nursing visits on this scale would otherwise require several
additional nursing posts.
"""),
        ("stakeholders", "Stakeholders: who was involved and how were they engaged in the design?", """
<<S:Care home managers and senior carers from the six pilot homes worked with our diabetes specialist nurses
to write the competency framework, and asked for the practical assessment to take place in the home rather
than in a training room, which we agreed.>> <<S:District nurses tested the handover documentation with the
pilot homes for eight weeks, and their feedback reduced it from four pages to one.>>

<<P:Residents who manage part of their own diabetes, and relatives of residents living with dementia, joined
two co-design sessions run by the Care Association, and their suggestions shaped the 'About my insulin'
profile at the front of every resident's plan.>> <<P:A family carer who had managed her husband's diabetes for
twenty years sat on the project board and reviewed every version of the family leaflet.>>

<<S:Clinical pharmacists from the primary care network agreed the criteria for which residents are suitable
for the scheme with our diabetes team.>> GP practices were kept informed through the network's monthly
bulletin.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I019  learning disability annual health checks - pdf - NO headings - charity
#       lead, plain English - NO spread section - no staff involvement
# ---------------------------------------------------------------------------
entry(
    id="I019", format="pdf", layout="no_headings", topic="learning_disability", pdf_align="L",
    project="independent2-ldhealthchecks-19",
    title="Health Check Champions: making annual health checks work for people with a learning disability",
    cover=[
        "Lead organisation: Speak Up Saltmarsh (a charity run by and for people with a learning disability)",
        "Partners: Saltmarsh Bay GP Federation; NHS Saltmarsh and Kelderby Integrated Care Board",
    ],
    primary_entrant=dict(name="Speak Up Saltmarsh", type="charity"),
    partners=[
        dict(name="Saltmarsh Bay GP Federation", type="primary_care"),
        dict(name="NHS Saltmarsh and Kelderby Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", None, """
People with a learning disability die, on average, many years younger than other people. Lots of those
deaths could be avoided. An annual health check with a GP or practice nurse can find problems early: things
like heart disease, diabetes, constipation, epilepsy that is not well controlled, or cancer. Everyone with a
learning disability aged 14 or over should be offered one every year.

In Saltmarsh Bay, a lot of people were missing out. Some were not on their GP's learning disability
register. Some got a letter they could not read. Some came to the surgery and found it too noisy, too busy
or too quick. Some were told to come back another day and never did.

Speak Up Saltmarsh is a self-advocacy charity. Our members are people with a learning disability. <<P:In 2022
our members told the Integrated Care Board that health checks were 'not made for us'.>> The ICB asked us to
work with the Saltmarsh Bay GP Federation to change that.

Together we made Health Check Champions. It has four parts:

- easy read invitations with photos of the actual surgery and the actual nurse

- a 'quiet hour' health check clinic once a month in each of the 22 practices in the Federation

- a health check buddy, who meets people at the door and stays with them if they want

- a register check, where practices compare their learning disability register with the council's list, so
nobody is missed

Our goal was to make sure more people get a good health check, and that problems found at the check are
followed up.
"""),
        ("evidence", None, """
We started in April 2022. We count everything, and the Federation sends the numbers to the ICB every three
months.

<<Q:In 2021/22, 48% of people on the learning disability registers in our practices had a health check, and
in 2023/24 it was 79%.>> <<Q:Health action plans, which say what needs to happen after the check, were
written for 38% of the people checked in 2021/22 and for 86% in 2023/24.>> <<Q:The number of people who did
not turn up for their appointment went from about one in three to about one in ten.>>

The register check found 252 people who had been missed off their practice's register. They have all been
offered a health check now.

Health checks found 61 people with high blood pressure that nobody knew about, 14 people with diabetes, and
9 people who needed an urgent referral for suspected cancer. Every one of them has been followed up.
"""),
        ("value", None, """
Health Check Champions costs £46,000 a year. Most of this pays our buddies, who are paid for their time, and
the rest pays for easy read printing and photos. The ICB pays for it.

People tell us the checks feel different now. 'The nurse talked to me, not my support worker.' 'I liked the
quiet room.' 'I knew what was going to happen because of the photos.' Families and paid carers say they feel
less stressed on the day.

Practice managers say the quiet hour clinics are easier to run than their old appointments, because people
turn up and know what to expect.
"""),
        ("stakeholders", None, """
Health Check Champions was made by people with a learning disability. <<P:Our members designed the easy
read invitation and took the photos for it.>> <<P:Twenty-three members tried out a health check at two
surgeries before we started and told us what went wrong, like the radio in the waiting room and the weighing
scales that beeped.>> <<P:All twelve of our health check buddies are members of Speak Up Saltmarsh who have a
learning disability themselves.>> <<P:Family carers came to a meeting at our office and asked for the
invitation to say they could come too, so we added that.>>

Practice nurses and GPs in all 22 practices had a half-day training session before the quiet hours started.
<<P:Our members ran the sessions themselves, using role play to show what a bad health check feels like.>>

The work is led by our health project coordinator, Dee Hollis. Practice staff will be asked what they think
of the changes in a survey later this year.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I020  suicide prevention after discharge - docx - rubric titles as headings
#       formal mental health trust report, long
# ---------------------------------------------------------------------------
entry(
    id="I020", format="docx", layout="rubric_headings", topic="mental_health",
    project="independent2-suicideprevention-20",
    title="Bridge to Home: a partnership to keep people safe in the weeks after discharge from mental health inpatient care",
    cover=[
        "Category: Best Partnership Solution Improving Patient Safety",
        "Lead organisation: Ravensholme and Brindle Mental Health NHS Foundation Trust",
        "Partner organisations: Brindle County Council (Public Health); Ravensholme Listening Line (registered charity no. 1187342); University of Brindle, Centre for Suicide Prevention Research",
        "Executive sponsor: Director of Nursing, Therapies and Patient Safety",
    ],
    primary_entrant=dict(name="Ravensholme and Brindle Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Brindle County Council", type="local_authority"),
        dict(name="Ravensholme Listening Line", type="charity"),
        dict(name="University of Brindle", type="university"),
    ],
    sections=[
        ("context", "Context", """
The weeks following discharge from psychiatric inpatient care are a period of exceptionally high risk of
suicide. National confidential inquiry data have consistently shown that the first two weeks after
discharge carry the greatest risk, with the first three days being particularly critical, and that a
substantial proportion of those who die in this period had no contact with services after leaving hospital.
National guidance therefore expects follow-up within 72 hours of discharge.

Ravensholme and Brindle Mental Health NHS Foundation Trust provides inpatient and community mental health
services to a population of approximately 740,000 people, with 214 adult acute and psychiatric intensive
care beds across three sites, and discharges in the region of 2,300 adults from inpatient care each year. A
thematic review of the 11 deaths by suspected suicide within 90 days of discharge that occurred between April
2018 and March 2021 identified four recurring themes: follow-up that was attempted but not achieved, often
because the patient could not be contacted; safety plans that had been written for the patient rather than
with them, and which were rarely shared with family members; limited awareness among families of what to do
if they became concerned; and the absence of any support in the evenings and at weekends between discharge
and the first community appointment.

The review also found that the Trust, the Council's public health team and the voluntary sector each held
part of the picture but did not share it. The Council's real-time suspected suicide surveillance system,
which receives notifications from the police, was not linked to the Trust's records, and the Ravensholme
Listening Line, a local charity that provides an evening and overnight telephone support service, was
unaware when people known to the Trust were discharged.

Bridge to Home was established in 2021 as a formal partnership between the Trust, Brindle County Council's
public health team, the Ravensholme Listening Line and the Centre for Suicide Prevention Research at the
University of Brindle. It comprises five elements:

- a co-produced safety plan, written with the patient before discharge and, with their consent, shared with
a named family member or friend

- a discharge call from the Listening Line within 24 hours of discharge for every patient who consents,
followed by up to three further calls in the first fortnight, at times the patient chooses, including in the
evening

- clinical follow-up by the community mental health team or crisis team within 72 hours, with an agreed
escalation process if the patient cannot be reached

- a family information pack, 'If you are worried', explaining warning signs and how to get help at any time
of day or night

- a data-sharing agreement that allows the Council's surveillance system to notify the Trust within one
working day of any suspected suicide, so that learning and postvention support can begin immediately

The patient safety goals of the partnership were to ensure that every person discharged from inpatient care
has contact with services within 72 hours, to ensure that every person leaves hospital with a safety plan
they own and that the people close to them know about, to reduce readmission within 28 days, and above all
to reduce deaths by suicide in the period after discharge.
"""),
        ("evidence", "Evidence of improvement", """
The University's Centre for Suicide Prevention Research led the evaluation, comparing outcomes for all adult
discharges in the three years before implementation (April 2018 to March 2021) with the period from April
2021 to March 2024, using Trust records linked to the Council's surveillance data. Measurement definitions
were agreed in advance and approved by the University's ethics committee.

<<Q:The proportion of adults followed up within 72 hours of discharge increased from 64% in 2020/21 to 95% in
2023/24, and the improvement has been sustained for eight consecutive quarters.>> <<Q:The proportion of
patients leaving hospital with a co-produced safety plan that had been shared with a named family member or
friend rose from 22% at baseline to 71%.>>

<<Q:Emergency readmissions within 28 days of discharge fell from 14.8% to 10.2%.>> <<Q:In the Trust's
post-discharge survey, the proportion of patients who said they knew who to contact if they felt unsafe after
leaving hospital rose from 54% to 88%.>>

<<Q:Deaths by suspected suicide within 90 days of discharge fell from 11 in the three years before
implementation to 4 in the three years after.>> We are conscious that these are small numbers and that each
represents a life lost. The University's analysis, which adjusted for changes in the number and case mix of
discharges, found that the reduction was consistent with the improvement in early follow-up, but we do not
claim that the partnership alone accounts for it.

The Listening Line made 4,870 post-discharge calls during the evaluation period, and in 132 of these the
caller was concerned enough to arrange an urgent contact from the crisis team that evening. The surveillance
data-sharing agreement has notified the Trust of 37 suspected suicides of people known to our services since
2021, all within one working day, and families bereaved in these circumstances have been offered support
through the Council's postvention service within a week.
"""),
        ("spread", "Spread and sharing", """
Bridge to Home was initially implemented on the Trust's four adult acute wards at the Ravensholme site and
was extended to all adult acute and psychiatric intensive care wards across the three sites by January 2023.
<<P:From April 2024 the co-produced safety plan and the 72-hour escalation process have also been used in the
Trust's older adult inpatient services, with adaptations to the family information pack agreed with the Older
People's Mental Health Carers' Group.>>

Beyond the Trust, the regional mental health provider collaborative has adopted the Bridge to Home safety
plan template as its standard, and two neighbouring mental health trusts have commissioned their local
listening services to provide discharge calls on the same model. The Council's public health team has shared
the data-sharing agreement with the other local authorities in the region, three of which have now signed
equivalent agreements with their mental health providers.

The University has published the evaluation in a peer-reviewed journal and presented the findings at the
international suicide prevention research conference and at the national patient safety congress. The
Trust's consultant nurse for suicide prevention has presented the work to the national suicide prevention
strategy implementation group, and the safety plan template, family pack and operational guidance are freely
available on the Trust's website.
"""),
        ("value", "Value", """
For patients and families, the most important value is that the period after discharge is no longer one in
which they are left alone. Patients tell us that the evening calls from the Listening Line are different
from a clinical contact: one patient described them as 'someone checking I was still here, without making it
into an assessment'. Family members tell us that, for the first time, they knew what the plan was and what
to do if things went wrong. One mother wrote: 'Last time he came home, we were told nothing. This time we
had the plan on the fridge and a number to ring at two in the morning.'

For staff, the partnership has provided a safety net that did not previously exist. Community mental health
nurses report that knowing the Listening Line has made contact on day one makes the 72-hour follow-up more
effective, as they know in advance whether the person has been reached and how they are. Ward staff say that
writing the safety plan with the patient and their family, rather than for them, has changed the nature of
discharge conversations.

In terms of value for money, the Listening Line calls cost £112,000 a year, funded by the Council's public
health grant, and the Trust's additional costs, mainly a band 7 suicide prevention practitioner and the
printing of family packs, amount to £68,000 a year. The University's evaluation was funded through a
research grant. Each avoided readmission saves an estimated 34 bed days at a cost of more than £15,000, and
the reduction in 28-day readmissions alone therefore more than offsets the cost of the programme. The human
and economic cost of a death by suicide, estimated nationally at more than £1.7 million, is of course of a
different order altogether.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<P:Bridge to Home was co-produced from the outset with people who have lived experience of mental health
inpatient care and with families bereaved by suicide.>> <<P:A lived experience advisory group of nine
people, recruited jointly by the Trust's involvement team and the Listening Line, met monthly during the
design phase and wrote the safety plan template with clinicians, insisting that it begin with what the person
wants to live for rather than with a list of risks.>> <<P:Two members of that group, one of whom lost her
brother to suicide shortly after his discharge in 2019, sat on the partnership board throughout and
co-chaired its quarterly learning reviews.>>

<<P:The family information pack was drafted by carers from the Trust's carers' forum and tested with
families on two wards, and their feedback led to the addition of a page on what to do when the person does
not want the family involved.>>

<<S:Ward nurses, psychiatrists, community mental health nurses and crisis team staff took part in six design
workshops facilitated by the University, and it was crisis team clinicians who designed the escalation
process that applies when a patient cannot be contacted.>> <<S:Listening Line volunteers and their
supervisors tested the discharge call script over a three-month pilot on one ward, and their feedback led to
the calls being made at times chosen by the patient rather than at fixed times.>>

<<S:The Council's public health analysts and the Trust's patient safety team jointly designed the
notification process for the surveillance system.>> The police were kept informed through the local suicide
prevention partnership.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I021  paediatric early warning - pdf - numbered questions - NO value section
#       (the four questions answered are renumbered 1-4)
# ---------------------------------------------------------------------------
entry(
    id="I021", format="pdf", layout="numbered_questions", topic="deteriorating_patient",
    project="independent2-pews-21",
    title="One Chart, One Language: a network approach to spotting the sick child",
    cover=[
        "Lead organisation: Elmsford Children's Hospital NHS Foundation Trust",
        "Partners: Stonecross General Hospital NHS Trust; Wyndham Forest Hospitals NHS Trust; Health Innovation Elmsford; Little Hearts Elmsford (parent support charity)",
        "Category: Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="Elmsford Children's Hospital NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Stonecross General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Wyndham Forest Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Health Innovation Elmsford", type="ahsn"),
        dict(name="Little Hearts Elmsford", type="charity"),
    ],
    sections=[
        ("context", "1. Describe the context in which the partnership was needed, the product or service and its patient safety goals", """
Children who deteriorate in hospital usually give us warning signs hours before they become critically ill.
The problem is that children are not small adults: their normal heart and breathing rates change with age,
and a score that looks reassuring in a teenager can be alarming in a toddler. Until 2022 the three hospitals
in our children's network used three different paediatric early warning charts, with different age bands,
different trigger scores and different escalation rules. Junior doctors and bank nurses who moved between
sites had to relearn the system each time, and children transferred to us from Stonecross or Wyndham Forest
arrived with observations recorded on a chart our own staff did not use.

Our regional case reviews told the same story again and again. Of the 23 emergency transfers to paediatric
intensive care from the three hospitals in 2021 that were reviewed by the network, 14 showed a missed or
delayed escalation, and in several the parents had told staff that their child 'wasn't right' hours before
anyone acted.

One Chart, One Language brought the three trusts, Health Innovation Elmsford and the parent charity Little
Hearts Elmsford together to implement the national paediatric early warning system (PEWS) in the same way on
every children's ward and in every children's emergency department in the network. Alongside the chart, we
introduced a shared escalation algorithm, a network-wide PEWS e-learning and simulation programme, and
'Worried? Ask', a route that lets parents request an urgent review by a senior nurse at any time, day or
night, without going through the ward team.

Our goals were simple: every child's observations scored the same way wherever they are, every abnormal score
acted on within the agreed time, and every parent's worry taken seriously.
"""),
        ("evidence", "2. Provide evidence of improvements in safe care as a direct result of the partnership, with quantitative examples", """
Health Innovation Elmsford pulled the data together from the three trusts' electronic observation systems
and the regional transport service, comparing calendar year 2021 with calendar year 2023.

<<Q:The proportion of observation sets with a complete PEWS score rose from 67% to 96% across the
network.>> <<Q:When a child triggered an escalation, the median time to review by a registrar fell from 52
minutes to 18 minutes.>>

<<Q:Emergency transfers to paediatric intensive care from the network's wards fell from 41 in 2021 to 28 in
2023.>> <<Q:Ward cardiac and respiratory arrest calls were halved, from 12 to 6.>>

<<Q:In the staff safety culture survey, the share of nurses who said they felt confident escalating a
concern to a senior doctor went up from 58% to 84%.>>

Parents have used 'Worried? Ask' 214 times since it launched in March 2023, and in 31 of those calls the
child was moved to a higher level of care after the senior nurse review. Every call is reviewed at the weekly
network safety huddle.
"""),
        ("spread", "3. How have the achievements been applied elsewhere, and how has best practice been shared?", """
The chart and escalation algorithm are now used in all three trusts' children's wards, emergency departments
and day case units, and Stonecross has extended them to its neonatal transitional care beds. Health
Innovation Elmsford has packaged the implementation guide and simulation scenarios and is supporting two
trusts in the neighbouring network to adopt them in 2024/25.

We have shared the work at the national paediatric critical care conference and at a Royal College of
Paediatrics and Child Health webinar, and the 'Worried? Ask' posters and scripts have been translated into
six languages and are free to download.
"""),
        ("stakeholders", "4. Describe stakeholder involvement, including patients and staff", """
<<S:Nurses, healthcare assistants and junior doctors from all three hospitals tested draft versions of the
chart on the wards for four weeks, and it was bank nurses who asked for the age bands to be printed in a
different colour on each page.>> <<S:A network working group of paediatricians, ward sisters, emergency
department nurses and the regional transport team met every month to agree the escalation algorithm.>>

<<P:Parents from Little Hearts Elmsford, several of whom had children who had been critically ill, designed
the 'Worried? Ask' poster and wrote the words the senior nurse uses when a parent calls.>> <<P:Young people
from the hospital's youth forum reviewed the teenager version of the leaflet and asked for it to be available
as a QR code rather than on paper.>>
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I022  anticoagulation in primary care - docx - bullet lists under bold
#       headings - terse QI team - GP federation lead - no patient involvement
# ---------------------------------------------------------------------------
entry(
    id="I022", format="docx", layout="bullet_lists", topic="medication_safety",
    project="independent2-doac-22",
    title="DOAC Check: safer anticoagulant prescribing across 41 practices",
    cover=[
        "Organisation: Kelderby Primary Care Federation",
        "Partners: NHS Tarn Valley Integrated Care Board (Medicines Optimisation Team); Kelderby and Tarn Valley Hospitals NHS Trust (Anticoagulation Service)",
        "Contact: Federation QI team, 01632 960154",
    ],
    primary_entrant=dict(name="Kelderby Primary Care Federation", type="primary_care"),
    partners=[
        dict(name="NHS Tarn Valley Integrated Care Board", type="icb"),
        dict(name="Kelderby and Tarn Valley Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
Problem:

- direct oral anticoagulants (DOACs) now prescribed for most patients with atrial fibrillation and VTE

- DOAC dose depends on kidney function, age and weight; all three change over time

- 2021 ICB audit: monitoring in primary care inconsistent, no shared dosing guidance with the hospital

- bleeding on anticoagulants a top-three cause of medication-related admission locally

- 3 serious incidents in 2021/22 involving DOAC dose errors after hospital discharge

What we built (Federation + ICB medicines team + hospital anticoagulation service):

- one shared DOAC dosing and monitoring guideline for hospital and practices

- monthly clinical system search in every practice: wrong dose for renal function, overdue bloods, DOAC plus
antiplatelet or NSAID without a documented reason

- practice pharmacist review of every patient the search finds, using a structured template

- hospital discharge letters now state DOAC indication, dose rationale and date of next blood test

Aim: no patient on the wrong DOAC dose; every patient monitored on time.
"""),
        ("evidence", "Results", """
Baseline audit January 2022: 41 practices, 9,870 patients on a DOAC. Data from monthly searches, checked by
ICB medicines team. Bleeding admissions from hospital data (SUS).

- <<Q:Patients on an inappropriate DOAC dose for their kidney function: 11.4% → 3.2%.>>

- <<Q:Kidney function checked in the last 12 months: 72% → 94%.>>

- <<Q:DOAC plus antiplatelet with no documented indication: down 58%.>>

- <<Q:Inappropriate dosing SPC chart: sustained shift from month 4, with 9 consecutive points below the
baseline median.>>

- <<Q:Emergency admissions for bleeding in patients on a DOAC: 96 in 2021/22 vs 71 in 2023/24.>>

- 6,412 structured pharmacist reviews completed since March 2022

- target: below 2% inappropriate dosing in every practice by March 2025 (currently 29 of 41 practices)

What did not work:

- PDSA 1: paper checklist tried in 4 practices; abandoned after 6 weeks (too slow, low uptake)

- PDSA 2: one-off search without a recall process; patients found but bloods still missed, so we added
automatic recall letters

- weight rarely recorded in the notes; still a gap, now part of the template
"""),
        ("spread", "Spread", """
- live in all 41 Federation practices since September 2022

- search and review template shared with the two other federations in the ICB; both went live April 2024

- ICB has added DOAC monitoring to its 2024/25 medicines optimisation scheme for all practices

- shared guideline adopted by the hospital for all wards, not just the anticoagulation clinic

- presented at regional medicines safety network (Nov 2023) and a national primary care pharmacy conference
(March 2024)

- searches available on request for both main GP clinical systems
"""),
        ("value", "Value", """
- patients: fewer dose errors, bloods booked before they run out, one clear message from hospital and GP

- practice pharmacists: structured, meaningful clinical work; reviews take about 12 minutes each

- GPs: fewer queries from the hospital, fewer discharge letters to interpret

- cost: pharmacist time within existing Additional Roles posts; £9,800 for search development and training

- each bleeding admission costs roughly £3,000–£4,000, so avoided admissions cover the programme many times
over
"""),
        ("stakeholders", "People involved", """
- <<S:practice pharmacists from 12 practices co-designed the search and review template over three PDSA
cycles>>

- <<S:hospital anticoagulation nurses agreed the shared dosing guideline with us and changed their discharge
letter after our feedback>>

- <<S:GP clinical leads sat on the monthly steering group with the ICB medicines team>>

- <<S:practice receptionists and administrators redesigned the recall letter for overdue blood tests after the
first version generated too many phone calls>>

- patients were not involved in the design; we went straight to the clinical problem

- patients benefit directly from safer dosing

- next year: patient focus group planned on DOAC counselling materials

- all stakeholders kept updated via the ICB's monthly prescribing bulletin
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I023  pressure ulcers in community nursing - pdf - two text columns
# ---------------------------------------------------------------------------
entry(
    id="I023", format="pdf", layout="two_column", topic="pressure_ulcers",
    project="independent2-pressureulcers-23",
    title="Turn Together: preventing pressure ulcers at home with unpaid carers and home care workers",
    cover=[
        "Organisation: Halden Community Health NHS Trust",
        "Partner organisations: Halden Borough Council (Adult Social Care and Community Equipment Service); Halden Carers Centre; University of Halden, School of Nursing and Midwifery",
    ],
    primary_entrant=dict(name="Halden Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Halden Borough Council", type="local_authority"),
        dict(name="Halden Carers Centre", type="charity"),
        dict(name="University of Halden", type="university"),
    ],
    sections=[
        ("context", "Background and goals", """
Most people who develop a pressure ulcer at home are not seen by a nurse every day. Between district nursing
visits, the people who reposition them, check their skin, help them to eat and drink and notice when
something changes are family members and home care workers employed by agencies commissioned by the council.
Yet in Halden, as in most places, pressure ulcer prevention advice was written for nurses, held in nursing
notes and rarely shared with the people who were actually with the patient.

In 2021/22 our district nursing teams reported 188 pressure ulcers of category 3, category 4 or unstageable
that developed while patients were on our caseload. Our reviews of these cases found that in most the
patient had been identified as at risk, but that carers did not know how often to help the person change
position, did not recognise early skin changes, or were waiting for equipment that had been ordered but not
delivered. Many carers told us they had never been shown what to look for.

Turn Together is a partnership between Halden Community Health NHS Trust, Halden Borough Council, which
commissions home care and runs the community equipment service, Halden Carers Centre and the University of
Halden. It has four components: a picture-based 'Turn Card' kept in the person's home, showing when and how
to help them move and what the skin should look like; a one-hour skin care session for unpaid carers,
delivered at home or at the Carers Centre; a short accredited module for home care workers; and a fast-track
equipment route that allows a district nurse to order a pressure-relieving mattress for next-day delivery.

Our goals were to reduce avoidable pressure ulcers in people cared for at home, to detect skin damage at an
earlier category, and to make sure that everyone caring for an at-risk person knows what to do.
"""),
        ("evidence", "Evidence of improvement", """
The University evaluated the programme using the Trust's incident and caseload data, comparing 2021/22 with
2023/24, and interviewed carers and staff.

<<Q:Category 3, category 4 and unstageable pressure ulcers acquired in our care fell from 0.64 to 0.38 per
1,000 caseload days.>> <<Q:The University's SPC analysis showed a sustained shift below the previous median
from the seventh month after launch, and it has been maintained since.>>

<<Q:The proportion of pressure ulcers first identified at category 1 or 2 rose from 36% to 61%, showing that
carers and care workers are noticing damage earlier.>> <<Q:Device-related pressure damage, mostly from
oxygen tubing and catheters, fell by about a quarter.>>

<<Q:Among at-risk patients, the proportion with a documented repositioning plan that had been shared with
their carer rose from 29% to 83%.>> <<Q:The median time from a district nurse ordering a pressure-relieving
mattress to its delivery fell from 3.5 days to 1 day.>>
"""),
        ("spread", "Sharing and spread", """
The Turn Card and carers' session have been adopted by the neighbouring Greater Halden Health and Care Trust
and by two hospices in the county, which use them for patients at home. The council has made the home care
module a requirement in its new home care framework, so that every commissioned agency now trains its staff
in it. The University has published the evaluation and presented it at the national tissue viability
conference, and the Turn Card is available in eight languages on the Trust's website.
"""),
        ("value", "Value", """
Carers tell us that the programme has given them confidence and a sense of being part of the team. <<Q:In
the University's survey, carers' average confidence in preventing pressure damage rose from 2.4 to 4.1 on a
five-point scale after the session.>> One husband said: 'I didn't know I was allowed to move her. Now I know
how, and I know what to look for.'

Home care workers value a recognised qualification and clear instructions, and district nurses say their
visits are more focused because problems are reported sooner.

The programme costs £91,000 a year, mainly a tissue viability nurse educator and the equipment fast-track.
Treating a single category 4 pressure ulcer in the community can cost more than £14,000.
"""),
        ("stakeholders", "Involving people", """
<<P:The Turn Card was designed with unpaid carers.>> <<P:Sixteen carers from the Carers Centre took part in
three design sessions, and it was carers who insisted that it use photographs of real skin in a range of skin
tones rather than drawings.>> <<P:Two carers sit on the programme board.>>

<<S:Home care workers from four agencies tested the training module and shortened it after finding the first
version too long to complete between calls.>> <<S:District nurses and the council's equipment service
redesigned the ordering route together at a joint workshop.>>

Patients themselves were often too unwell to take part in the design sessions.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I024  maternity (CTG interpretation) - docx - Word Heading 1 styles with the
#       authors' own headings, criteria reordered - consultant midwife voice
# ---------------------------------------------------------------------------
entry(
    id="I024", format="docx", layout="style_headings", topic="maternity", docx_font="Cambria",
    project="independent2-ctg-24",
    title="Read the Baby, Not the Paper: physiology-based CTG interpretation across a two-site maternity service",
    cover=[
        "Lead organisation: Whitlow and Corrie Dale Hospitals NHS Trust (Maternity Services)",
        "Partners: Corrie Dale University, School of Midwifery and Allied Health; NHS Whitlow and Corrie Dale Integrated Care Board (Local Maternity and Neonatal System)",
    ],
    primary_entrant=dict(name="Whitlow and Corrie Dale Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Corrie Dale University", type="university"),
        dict(name="NHS Whitlow and Corrie Dale Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Why we needed to change", """
I am a consultant midwife, and for most of my career CTG interpretation has been taught as pattern
recognition: learn the categories, count the decelerations, tick the boxes. The trouble is that babies do not
read the guideline. When our Trust reviewed its cases of intrapartum hypoxic injury from 2018 to 2021, the
same picture kept coming up. Midwives and doctors had looked at the trace, often more than once, and had
classified it correctly by the book. What they had not done was ask what the baby was telling them over time:
was the baseline creeping up, was the baby losing the ability to compensate, was there infection or
meconium that made the same trace more worrying?

We are a two-site service, delivering around 5,400 babies a year across the obstetric unit at Whitlow
General and the freestanding midwife-led unit at Corrie Dale, 19 miles away. At Corrie Dale, fetal
monitoring is by intermittent auscultation and the decision to transfer depends on a midwife recognising an
abnormality and escalating by phone. Our reviews showed that transfer decisions were sometimes delayed
because the midwife was unsure whether what she had heard was 'enough' to justify a 40-minute ambulance
journey.

Read the Baby is our answer, developed with Corrie Dale University and the Local Maternity and Neonatal
System. It has three parts. First, a physiology-based CTG interpretation programme, replacing our old
pattern-based training, taught through case-based workshops and a competency assessment developed and
validated by the University. Second, a 'CTG buddy' system: every two hours in established labour a second
clinician reviews the trace with the labour midwife using a structured physiological tool in the electronic
record, and any disagreement is escalated to the labour ward coordinator. Third, a 'call a buddy' phone and
video line, staffed by the obstetric unit's coordinator, which midwives at Corrie Dale can use to discuss an
auscultation finding and agree a plan in real time.

Our goals were to reduce hypoxic injury, to make escalation quicker and more consistent on both sites, and to
build a culture in which any midwife, however junior, feels able to say 'I am worried about this baby'.
"""),
        ("evidence", "What we achieved", """
The University evaluated the programme by comparing the two years before launch (April 2020 to March 2022)
with the two years after (April 2022 to March 2024). Data came from the maternity information system and
the Trust's incident reporting system, and were reviewed by an obstetrician from a neighbouring trust.

<<Q:The number of term babies who needed therapeutic cooling for hypoxic-ischaemic encephalopathy was cut in
half, from 12 to 6.>> <<Q:Serious incidents in which CTG interpretation was a contributory factor fell from
9 in the two years before launch to 2 in the two years after.>>

<<Q:The proportion of labours with a documented buddy review at every two-hour interval rose from 57% to
93% on the obstetric unit.>> <<Q:At Corrie Dale, the median time from a midwife detecting an abnormal fetal
heart rate on auscultation to a transfer decision fell from 26 minutes to 9 minutes.>>

<<Q:Term babies with an Apgar score below 7 at five minutes went down from 1.3% to 0.9% of births.>> We
watched the emergency caesarean section rate closely throughout, because a programme like this could easily
make people more anxious rather than more accurate; it has not risen.

The University's competency assessment has now been completed by 312 midwives and 64 obstetricians, which is
every clinician who works on our labour wards.
"""),
        ("stakeholders", "Who shaped it", """
<<S:Midwives of every band, from newly qualified to labour ward coordinator, and obstetricians from
foundation year to consultant, took part in the four workshops at which the buddy review tool was designed.>>
<<S:It was the Corrie Dale midwives who proposed the 'call a buddy' line, after telling us that they did not
want a policy, they wanted a person to talk to.>> <<S:A group of twelve midwives tested the physiological
review tool on the labour ward for six weeks, and their feedback cut it from fifteen questions to seven.>>

<<P:Through the Whitlow and Corrie Dale Maternity and Neonatal Voices Partnership, we held two listening
events with women and birthing people whose labours had involved concerns about the baby's heart rate.>>
<<P:Their accounts led us to add a step to the buddy review: telling the woman and her birth partner what the
review has found and what happens next, because many had felt frightened by silent conversations at the end
of the bed.>> <<P:A mother whose son was cooled after birth at Whitlow in 2020 sits on our fetal monitoring
safety group.>>
"""),
        ("spread", "Sharing what we learnt", """
The Local Maternity and Neonatal System has adopted the programme as its standard fetal monitoring training,
and the two other trusts in the system have introduced the CTG buddy review. The 'call a buddy' line is being
adapted for the homebirth team and for a midwife-led unit in a neighbouring system.

The University has published the validation of the competency assessment, and our team has presented at
the regional maternity safety network, the Royal College of Midwives conference and a national fetal
monitoring study day. We have shared our training cases, with consent and anonymised, with any unit that asks.
"""),
        ("value", "Why it matters", """
For families, this is about babies born well and parents who understand what is happening to them in labour.
For staff, it has changed the atmosphere on the labour ward. In the University's interviews, midwives said
that the buddy review feels like support rather than surveillance, and junior midwives told us that they now
speak up about a trace they are unsure about, where in the past they would have waited.

The programme cost £71,000 over two years, mostly for backfill so that staff could attend workshops and for
the University's evaluation, and the buddy tool was built within our existing maternity record. A single
case of avoidable hypoxic brain injury can result in a claim of many millions of pounds, and in a lifetime of
consequences for a child and family that no sum can measure.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I025  mental health restraint reduction - pdf - rubric-style headings plus
#       references and an appendix - formal, academic
# ---------------------------------------------------------------------------
entry(
    id="I025", format="pdf", layout="with_appendix", topic="mental_health", pdf_font="LiberationSerif",
    project="independent2-restraint-25",
    title="Safer Together: reducing restrictive practice on adult mental health wards through a lived experience, police and academic partnership",
    cover=[
        "Lead organisation: Millbeck Partnership NHS Foundation Trust",
        "Partner organisations: University of Millbeck, School of Health and Social Care; Open Voices Millbeck (lived experience charity); Millbeck and Ashdown Police",
        "Category: Best Partnership Solution Improving Patient Safety",
        "Reference: PSA-BP-0417",
    ],
    primary_entrant=dict(name="Millbeck Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Millbeck", type="university"),
        dict(name="Open Voices Millbeck", type="charity"),
        dict(name="Millbeck and Ashdown Police", type="emergency_service"),
    ],
    sections=[
        ("context", "The context, the service and its patient safety goals", """
Restrictive practices, including physical restraint, prone restraint, rapid tranquillisation and seclusion,
carry well-documented risks of physical and psychological harm to patients and staff, and their use is
disproportionately concentrated among young people, people from Black and minority ethnic communities and
people with a history of trauma [1]. Legislation enacted in 2018 and the accompanying statutory guidance
require mental health units to reduce the use of force and to publish data on its use, and the national
restrictive practice reduction programme has demonstrated that substantial reductions are achievable when
wards adopt a structured, co-produced approach [2].

Millbeck Partnership NHS Foundation Trust operates eight adult acute and psychiatric intensive care wards
with 156 beds. In 2020/21 the Trust's rate of restrictive interventions was among the highest in its
regional benchmarking group, police officers were called to assist with incidents on the wards on 63
occasions, and staff and patient surveys both reported that the wards felt unsafe. A review commissioned by
the Trust board identified three principal contributory factors: an over-reliance on physical intervention as
a first rather than a last response; the exclusion of patients from the planning of their own care at times
of crisis; and an adversarial relationship between ward staff and the police officers who attended incidents,
who received no information about the patient and had no agreed role.

Safer Together was established in 2021 as a partnership between the Trust, the School of Health and Social
Care at the University of Millbeck, Open Voices Millbeck, a charity led by people with lived experience of
mental health services, and Millbeck and Ashdown Police. The programme comprises: co-produced individual
safety and calming plans, written with each patient within 72 hours of admission; a daily 'safety huddle' on
every ward using a shared risk and de-escalation tool; trauma-informed de-escalation training co-delivered by
trainers with lived experience; a post-incident debrief for patients as well as staff; and a joint protocol
with the police defining when officers should attend a ward, what information they receive and how they hand
back to clinical staff.

The patient safety goals of the partnership were to reduce the overall use of restrictive interventions by at
least a third, to eliminate planned prone restraint, to reduce police attendance on wards, and to improve the
experience of safety for patients and staff.
"""),
        ("evidence", "Evidence of improvements in safe care", """
The University undertook an interrupted time series analysis of monthly data from the Trust's incident
reporting and electronic patient record systems, comparing the 24 months before implementation (April 2019
to March 2021) with the 36 months after (April 2021 to March 2024), using the definitions set out in Appendix
A. <<P:Ward-level data were reviewed each month by a joint data group including lived experience
representatives.>>

<<Q:The rate of restrictive interventions fell from 41.2 to 29.6 per 1,000 occupied bed days, a reduction
of 28%, and the University's analysis identified a sustained shift on the SPC chart beginning in the fifth
month after implementation.>> <<Q:Prone restraint reduced by 71% over the same period, and there has been
no planned prone restraint on any ward since October 2022.>>

<<Q:The use of rapid tranquillisation fell by about a quarter.>> <<Q:Police attendance at incidents on the
wards fell from 63 occasions in 2020/21 to 22 in 2023/24.>>

<<Q:Physical assaults on staff decreased from 18.4 to 13.1 per 1,000 occupied bed days, demonstrating that
the reduction in restrictive practice was not achieved at the expense of staff safety.>> <<Q:In the
Trust's inpatient experience survey, the proportion of patients who reported feeling safe on the ward
increased from 49% to 71%.>>

Reductions were observed on all eight wards, although the largest were achieved on the two psychiatric
intensive care units. The University's analysis found no evidence that the changes could be attributed to
differences in case mix or occupancy [3].
"""),
        ("spread", "How the achievements have been applied elsewhere and best practice shared", """
The co-produced safety and calming plan has been adopted by the Trust's learning disability and forensic
services, and the joint police protocol has been extended to the Trust's two health-based places of safety.
Through the regional mental health provider collaborative, three neighbouring trusts have implemented the
safety huddle tool and the co-delivered training model, with Open Voices Millbeck providing lived experience
trainers under a service agreement.

Millbeck and Ashdown Police have incorporated the protocol into their force-wide guidance on attending
health settings, and it has been shared with other forces through the national police mental health
coordination network. The University has published the evaluation [3] and presented it at the international
conference on violence in the health sector, and the training materials have been made available under an
open licence.
"""),
        ("value", "Value created: staff and patient experience and value for money", """
Patients describe the wards as calmer, and they report that being asked how they would like staff to respond
when they are distressed has changed their relationship with the ward team. In the words of one patient
quoted in the University's evaluation, 'for the first time my plan was written in my words, and the staff
actually used it'. The post-incident debriefs have given patients an opportunity to describe their
experience of being restrained, which many had previously found retraumatising and never discussed.

Staff report feeling safer and more skilled, and ward managers attribute improved recruitment to the
programme's reputation. Police
officers report that the joint protocol has reduced the time they spend on wards and that they now arrive
with the information they need.

The programme cost approximately £240,000 over three years, principally the co-delivered training, lived
experience trainer fees and the University's evaluation. Set against the costs of staff injury, sickness
absence, agency cover and police time, the Trust's finance team estimates that the programme has been more
than cost-neutral, and the reduction in harm to patients is of course its principal value.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<P:Open Voices Millbeck was an equal partner from the beginning, and people with lived experience of
restraint made up a third of the programme board.>> <<P:Lived experience trainers co-wrote and co-deliver
every de-escalation training session.>> <<P:Patients on each ward were invited to the weekly community
meeting to review the previous week's incidents, and their suggestions, such as a quiet room with weighted
blankets on each ward, were acted upon.>>

<<S:Ward nurses, healthcare assistants, psychiatrists, occupational therapists and psychologists from all
eight wards took part in co-design workshops to develop the safety huddle tool.>> <<S:Staff side
representatives and the Trust's violence reduction lead sat on the programme board.>> <<PS:Police officers
from the force's mental health team and ward staff attended joint scenario-based training, with patients
with lived experience acting as advisers, and together rewrote the handover section of the protocol.>>
"""),
    ],
    trailer=[
        ("heading", "References"),
        ("para", "1. National Restrictive Practice Review Group. Use of force in mental health units: a national review. London: NRPRG; 2020. p. 22-31."),
        ("para", "2. Adeyemi K, Barlow J, Stainton R, et al. Reducing physical restraint on acute mental health wards: outcomes of a co-produced programme. Int J Ment Health Saf. 2019;8(2):40-48."),
        ("para", "3. Okonkwo A, Hartley S, Finch J. Safer Together: an interrupted time series evaluation of a co-produced restrictive practice reduction programme. J Psychiatr Ment Health Nurs. 2024;31(2):211-24."),
        ("heading", "Appendix A: Measurement definitions"),
        ("para", "Restrictive intervention: any episode of physical restraint, mechanical restraint, rapid tranquillisation or seclusion recorded in the Trust's incident reporting system, as defined in the Trust's Reducing Restrictive Practice Policy (version 3.1, section 4, page 9)."),
        ("para", "Occupied bed days: midnight bed census, adult acute and psychiatric intensive care wards only."),
        ("para", "Baseline period: April 2019 to March 2021. Reporting period: April 2021 to March 2024. Data extracted on the tenth working day of each month by the Trust's information team."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I026  safeguarding information sharing with police - docx - own headings
#       (Heading 2), criteria reordered - police force is the primary entrant
#       no quantitative evidence; no patient involvement
# ---------------------------------------------------------------------------
entry(
    id="I026", format="docx", layout="reordered", topic="safeguarding",
    project="independent2-safeguarding-26",
    title="Safe Share: getting police safeguarding information to the health professionals who need it, within a day",
    cover=[
        "Lead organisation: Haverleigh Police (Public Protection Command)",
        "Partners: Haverleigh City Council (Children's Services); Haverleigh University Hospitals NHS Trust; NHS Haverleigh and Wold Integrated Care Board (Designated Safeguarding Team)",
        "Contact: Detective Inspector, Safe Share Hub, 01632 960587",
    ],
    primary_entrant=dict(name="Haverleigh Police", type="emergency_service"),
    partners=[
        dict(name="Haverleigh City Council", type="local_authority"),
        dict(name="Haverleigh University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Haverleigh and Wold Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Why Safe Share was needed", """
When police officers attend a domestic abuse incident where children live, they complete a report that is
shared with children's social care. Until 2022, in Haverleigh, that was usually where the information
stopped. The child's GP, health visitor or school nurse might not hear about the incident for weeks, if at
all, and an emergency department seeing the same child the following night would have no idea that the police
had been called to the home.

Two child safeguarding practice reviews published by the Haverleigh Safeguarding Children Partnership in
2021 (references HSCP-CSPR-19 and HSCP-CSPR-20) found that health professionals had seen a child on several
occasions after police incidents without knowing about them. Both reviews recommended that police
information should reach health services quickly, securely and in a form that busy clinicians could act on.

Safe Share is a daily multi-agency triage hub, hosted by Haverleigh Police at the council's Civic Centre
(Haverleigh HV1 4QT), in which a police researcher, a children's social worker and a specialist safeguarding
nurse review every police notification involving a child within 24 hours. Relevant information is sent
through a secure route to the child's GP practice, health visiting or school nursing team, and an alert is
added to the hospital record so that the emergency department and paediatric wards can see it. The ICB's
designated safeguarding team funds the nurse posts and oversees the information sharing agreement.

Our aim was that no health professional should see a child without knowing about a recent police incident in
the child's home.
"""),
        ("stakeholders", "Working together", """
<<S:Safe Share was designed by the practitioners who run it and the practitioners who receive its
information.>> <<S:Police public protection officers, children's social workers, named GPs, health visitors
and hospital safeguarding nurses took part in four design workshops in the spring of 2022, where they agreed
the triage criteria and the wording of the notification.>> <<S:Health visitors tested the notification
template for six weeks and asked for a single line at the top saying what action, if any, was expected of
them, which is now standard.>>

<<S:Detective sergeants, the hospital's named nurse for safeguarding children and the designated nurse from
the ICB make up the hub's operational group, which meets every fortnight to review difficult cases and
change the process where needed.>>

Children and families were not involved in designing the hub, because of the sensitivity of the information
being shared. Children and families benefit from a more joined-up response. We intend to ask the Haverleigh
Young Advisers, a group of care-experienced young people, to review our leaflet for families in 2025. All
stakeholders across the partnership have been engaged throughout.
"""),
        ("value", "What difference it makes", """
For health professionals, the difference is knowing. A health visitor told us: 'Before, I would walk into a
home and find out weeks later that the police had been there the night before my visit. Now I know before I
knock on the door.' Emergency department staff say the hospital alert changes how they ask questions and who
they involve when a child attends with an injury.

For the police, Safe Share means that officers' concerns are acted on by the people best placed to help, and
our officers have greater confidence that their reports lead somewhere.

The hub costs £236,000 a year: two specialist safeguarding nurses funded by the ICB, a police researcher and
a social worker from existing budgets, and the secure messaging licence. Because the hub replaced several
separate processes, we believe it costs less than the arrangements it replaced.
"""),
        ("evidence", "What we can show", """
Safe Share went live on 6 June 2022. Between June 2023 and May 2024, the hub reviewed 3,412 police
notifications involving 4,980 children. Of these, 2,216 were shared with one or more health services, and
hospital alerts were added for 1,104 children.

In the most recent quarter, 93% of notifications were shared with health services within 24 hours of the
incident, and health information was available at every initial child protection strategy discussion held
in Haverleigh.

An audit of 60 cases by the ICB's designated nurses in January 2024 found that in every case the child's GP
record contained the Safe Share notification, and that health visitors had used the information to change
the timing or focus of their contact in most of the cases where a child was under five.

We are now working towards a target of 98% of notifications shared within 24 hours. An independent evaluation
of outcomes for children, led by the University of Haverleigh's Centre for Childhood Studies, began in April
2024 and is due to report in 2025.
"""),
        ("spread", "Beyond Haverleigh", """
The neighbouring Wold Constabulary and its partners visited the hub three times in 2023 and opened their own
version in January 2024, using our triage criteria, notification template and information sharing agreement.
Safe Share has been presented at the national safeguarding conference for designated professionals and to the
regional police public protection leads' network, and the College of Policing has published it as a practice
example. We will share any of our documents with other areas on request.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I027  prison healthcare medicines - pdf - CAPS headings - PRIVATE primary
#       entrant (ineligible) - no staff involvement
# ---------------------------------------------------------------------------
entry(
    id="I027", format="pdf", layout="caps_headings", topic="medication_safety", pdf_font="DejaVuSans",
    project="independent2-prisonmeds-27",
    title="Right Medicine, Right Time, Inside and Out: medicines safety from reception to release at HMP Thornmoor",
    cover=[
        "Lead organisation: Custodia Health Services Ltd",
        "Partners: HMP Thornmoor (HM Prison and Probation Service); Thornmoor Valley NHS Foundation Trust",
        "Submitted by: Head of Pharmacy, Custodia Health Services Ltd, 2 Forge Lane, Thornmoor TM3 8QP",
    ],
    primary_entrant=dict(name="Custodia Health Services Ltd", type="private"),
    partners=[
        dict(name="HMP Thornmoor", type="public_other"),
        dict(name="Thornmoor Valley NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "CONTEXT", """
Custodia Health Services Ltd is an independent healthcare provider commissioned by NHS England to deliver
primary care, pharmacy and mental health services in four prisons, including HMP Thornmoor, a category B
local prison holding up to 1,050 men. As a local prison, Thornmoor receives men directly from court, often
at short notice, late in the evening and with little information about their medicines. Around 40% of new
arrivals are prescribed at least one medicine, and many have long-term conditions such as epilepsy, diabetes,
asthma or serious mental illness.

Our medicines incident reviews in 2021/22 identified three points of high risk. The first was reception,
where men arriving after 6pm frequently missed doses of critical medicines such as anti-epileptics, insulin
and antipsychotics until a prescriber could see them the next day. The second was in-possession medicines,
which were sometimes traded, stolen or taken in overdose. The third was release, where men often left with
no medicines, no prescription and no community pharmacy, and in several cases died of overdose within weeks.

Right Medicine, Right Time is a partnership between Custodia, HMP Thornmoor and Thornmoor Valley NHS
Foundation Trust, which provides the substance misuse service in the prison. It comprises a critical
medicines list and out-of-hours prescribing protocol for reception; a wing-based risk assessment and
in-possession compact for tradeable medicines; and a release pathway that gives every man leaving custody
at least seven days' supply of his medicines, a nominated community pharmacy and, where appropriate, a
naloxone kit. HMP Thornmoor changed its regime so that medicines rounds take place at fixed times on every
wing, and the Trust shares its opioid substitution prescribing data with us each month.
"""),
        ("evidence", "EVIDENCE", """
We compared the 12 months before the programme (April 2022 to March 2023) with the 12 months after, using
data from the prison clinical system and our incident reporting system.

<<Q:Missed doses of critical medicines in the first 72 hours after reception fell from 23% to 7%.>>
<<Q:Incidents involving diversion or trading of in-possession medicines reduced by 41%.>>

<<Q:The proportion of men released with at least seven days' supply of medicines and a nominated community
pharmacy rose from 38% to 84%.>> <<Q:The number of naloxone kits issued at release nearly doubled, from 212
to 409.>>

There were no deaths from overdose among men released from Thornmoor within 28 days of release in 2023/24
that were notified to us by the probation service.
"""),
        ("spread", "SPREAD", """
The critical medicines list and the release pathway have been introduced at the three other prisons where
Custodia provides healthcare, and we have shared them with the regional health and justice commissioning
team, which has recommended them to other providers. We presented the programme at the national prison
healthcare pharmacy conference in 2023. A version for young offender institutions is in development.
"""),
        ("value", "VALUE", """
For patients, the programme means that a man with epilepsy arriving late from court gets his medicine that
night, and that a man leaving custody walks out with what he needs to stay well. One man told our pharmacist
on release: 'Last time I came out with nothing and ended up back in A&E in a week.'

The prison reports fewer disruptions during medicines rounds and fewer security incidents linked to
medicines. Healthcare staff benefit from clear protocols and less time spent dealing with diverted medicines.

The programme was delivered within our existing contract. Additional costs, principally naloxone kits and
seven-day release packs, are around £22,000 a year.
"""),
        ("stakeholders", "STAKEHOLDERS", """
<<P:The prison's Health and Wellbeing Forum, whose members are prisoners elected by each wing, reviewed the
in-possession compact and rewrote it in plain language.>> <<P:Peer mentors on each wing, known as Medicine
Reps, were consulted on the timing of medicines rounds, and at their suggestion the evening round was moved
so that it no longer clashed with association.>>

All pharmacy technicians completed training in the new reception process before launch. The project was led
by our Head of Pharmacy, Graham Aldous, supported by the prison's Head of Safety. Prison officers were briefed
on the new medicines round times at morning meetings. Healthcare staff will be invited to evaluate the
programme in 2025, and all stakeholders were kept informed throughout.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I028  home oxygen fire safety - docx - NO headings - PRIVATE primary entrant
#       (ineligible) - no patient involvement
# ---------------------------------------------------------------------------
entry(
    id="I028", format="docx", layout="no_headings", topic="oxygen_safety",
    project="independent2-homeoxygen-28",
    title="Safe Air at Home: a joint approach to home oxygen fire safety",
    cover=[
        "Entry submitted by BreatheWell Home Oxygen Ltd, the contracted home oxygen supplier for the region, working in partnership with Lowmoor Fire and Rescue Service and Lowmoor Community Health NHS Trust (Home Oxygen Assessment and Review Service).",
    ],
    primary_entrant=dict(name="BreatheWell Home Oxygen Ltd", type="private"),
    partners=[
        dict(name="Lowmoor Fire and Rescue Service", type="emergency_service"),
        dict(name="Lowmoor Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
BreatheWell Home Oxygen Ltd supplies oxygen concentrators, cylinders and liquid oxygen to around 4,600
patients in the Lowmoor region under a national contract. Home oxygen transforms lives for people with
severe lung and heart disease, but it also carries a serious risk. Oxygen makes materials burn far more
fiercely, and a lit cigarette, a gas hob or an e-cigarette charger near an oxygen supply can cause a fire in
seconds. Nationally, home oxygen fires cause deaths and serious burns every year, and most involve smoking.

In 2021, there were 11 fires in homes with oxygen in the Lowmoor region, two of them fatal. Reviews of those
incidents showed that the risk had often been known: engineers had noticed cigarette burns on tubing,
district nurses had seen ashtrays, and the fire service had visited the address for an unrelated reason. But
no one had brought that knowledge together, and the only route for a supplier engineer to raise a concern was
an email to a generic inbox.

Safe Air at Home brings together the three organisations that visit these homes. Every new oxygen
installation now triggers an automatic referral to Lowmoor Fire and Rescue Service for a home fire safety
visit, at which firefighters fit smoke alarms and, where needed, install thermal fuses ('firebreaks') on the
oxygen tubing that stop a fire travelling along it. BreatheWell engineers use a structured risk checklist at
every installation and service visit. Any concern, such as evidence of smoking or a damaged hose, is sent
through a shared secure referral to the Trust's Home Oxygen Assessment and Review Service, whose specialist
nurses review the prescription, talk to the patient about the risks and, where the risk cannot be managed,
agree a plan with the patient's clinician.

Our goals were to prevent fires and burns in homes with oxygen, to make sure every home has working smoke
alarms and firebreaks, and to make sure that concerns raised by any visiting professional are acted upon.
"""),
        ("evidence", None, """
The joint referral pathway went live in January 2022. Since then, BreatheWell engineers have completed
11,300 risk checklists and raised 486 concerns through the shared referral route.

<<Q:Home fire safety visits completed within 14 days of a new oxygen installation rose from 22% in 2021 to
88% in 2023.>> <<Q:The proportion of homes with a known smoker that had firebreaks fitted on all oxygen
tubing increased from 34% to 91%.>>

<<Q:Fires in homes with oxygen in the Lowmoor region fell from 11 in 2021 to 4 in 2023, with no deaths in
2023.>> We recognise that fire numbers are small and can vary from year to year, and the Fire and Rescue
Service continues to monitor them with us each quarter.

All 486 concerns raised by engineers received a response from a specialist nurse within five working days.
"""),
        ("spread", None, """
BreatheWell supplies home oxygen in three other regions, and we have introduced the structured risk checklist
and the automatic fire service referral in all of them. Lowmoor Fire and Rescue Service has shared the
referral process with the national fire chiefs' home safety network, and four other fire services have since
asked for the referral specification. Our approach was presented at the national home oxygen service
conference in 2023.
"""),
        ("value", None, """
Patients benefited from a home fire safety visit and free smoke alarms and firebreaks, and many told
firefighters that they had not realised how dangerous a gas hob could be with oxygen in the room. Families
value the reassurance that someone is checking.

Our engineers now know that a concern they raise will be acted upon, and firefighters can target their
prevention work at the people at highest risk. The Trust's specialist nurses report that referrals arrive
with far better information than before.

The programme was delivered within existing budgets. Firebreaks cost around £12 per patient and are supplied
by BreatheWell at no extra charge. A single domestic fire involving serious injury costs public services
many thousands of pounds, before the human cost is considered.
"""),
        ("stakeholders", None, """
<<S:Firefighters, the Trust's home oxygen nurses and BreatheWell's engineers designed the joint referral form
together at two workshops in late 2021.>> <<S:Our engineers tested the risk checklist during 300
installations and asked for a photograph option, so that they could show the nurse exactly what they had
seen.>> <<S:Fire service prevention managers and the Trust's respiratory consultant sit on the quarterly
review group with our clinical governance lead.>>

We did not consult patients directly during the design, as the fire service's home safety visit model was
already well established. Patient feedback forms will be introduced in 2025. Patients and carers received an
information leaflet at installation.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I029  surgical site infection - pdf - form table - single trust, two sites
#       (ineligible: no partner organisation) - no patient involvement
# ---------------------------------------------------------------------------
entry(
    id="I029", format="pdf", layout="form_table", topic="infection",
    project="independent2-ssi-29",
    title="Clean Cut: one surgical site infection bundle across two hospital sites",
    cover_table=[
        ("Entry title", "Clean Cut: one surgical site infection bundle across two hospital sites"),
        ("Lead organisation", "Hallam and Ridley Hospitals NHS Foundation Trust"),
        ("Partners", "Surgical Division (St Aldric's Hospital, Hallam) and Trauma and Orthopaedics Directorate (Ridley Hospital), Hallam and Ridley Hospitals NHS Foundation Trust"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
    ],
    primary_entrant=dict(name="Hallam and Ridley Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Context and patient safety goals", """
Hallam and Ridley Hospitals NHS Foundation Trust was formed in 2021 by the merger of two trusts, and its
surgical services are split between St Aldric's Hospital in Hallam, which carries out colorectal and general
surgery, and Ridley Hospital, which is the Trust's elective orthopaedic centre. Before the merger the two
sites had different surgical site infection (SSI) policies, different skin preparation, different
approaches to warming patients in theatre and no shared surveillance after discharge.

SSI is one of the most common healthcare-associated infections. It causes pain, delays recovery, and in
joint replacement surgery can lead to revision operations and months of disability. National surveillance
showed that our SSI rate after colorectal surgery was above the national benchmark, and our infection
prevention team believed that many infections after orthopaedic surgery were being missed because they
appeared after patients had gone home.

Clean Cut is a partnership between the Surgical Division at St Aldric's and the Trauma and Orthopaedics
Directorate at Ridley, supported by the Trust's infection prevention and control team. It introduced one
evidence-based bundle across both sites: pre-operative MRSA screening and decolonisation, a chlorhexidine
body wash kit given to patients at pre-assessment, normothermia monitoring in theatre and recovery, blood
glucose control for patients with diabetes, a standard wound dressing left undisturbed for 48 hours, and
post-discharge surveillance by telephone and smartphone wound photographs at 7, 14 and 30 days.

Our goals were to bring SSI rates on both sites below the national benchmark, to detect infections after
discharge early, and to make sure every patient receives every element of the bundle.
"""),
        ("evidence", "Evidence of improvement", """
We compared the financial year 2021/22 with 2023/24, using the Trust's surveillance data submitted to the
national SSI surveillance scheme.

<<Q:The SSI rate after colorectal surgery fell from 14.1% to 8.3%.>> <<Q:After hip and knee replacement,
infections detected within 30 days fell from 1.6% to 0.7%, despite far more thorough surveillance after
discharge.>>

<<Q:Full compliance with the theatre elements of the bundle, audited monthly, rose from 48% to 89%.>>
<<Q:Patients arriving in recovery with a temperature below 36°C went down from 19% to 6%.>>

The post-discharge surveillance team made 6,240 follow-up calls, and patients sent 1,840 wound photographs
through the app, with a response rate of 92%.
"""),
        ("spread", "Spread and sharing of best practice", """
The bundle has been extended from colorectal and orthopaedic surgery to caesarean sections and vascular
surgery on both sites from April 2024. We presented our results at the regional infection prevention network
and at the Trust's annual patient safety conference, and our post-discharge surveillance guide has been shared
with the national surveillance scheme's user group.
"""),
        ("value", "Value", """
Patients benefited from fewer infections, fewer readmissions and fewer return visits to the wound clinic.
Many patients said the photo follow-up was reassuring and saved them a journey.

Theatre teams report that having one bundle across both sites has made it easier for staff who work at both
hospitals. Each SSI after joint replacement can cost more than £20,000 to treat, and the bundle costs around
£18 per patient, mostly for body wash kits and warming devices.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:Theatre nurses, operating department practitioners, surgeons and anaesthetists from both sites formed a
joint working group that chose each element of the bundle.>> <<S:Pre-assessment nurses tested the patient
wash kit instructions and redesigned them after finding that patients were using the wash on the wrong
days.>> <<S:Infection prevention nurses and the wound clinic team designed the post-discharge surveillance
calls together.>>

Patients were given a leaflet explaining the bundle. We hope to recruit a patient partner to the Clean Cut
group next year.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I030  dysphagia / choking in care homes and at home - docx - numbered
#       questions - council is the primary entrant - NO evidence section
#       (so no quantitative evidence anywhere)
# ---------------------------------------------------------------------------
entry(
    id="I030", format="docx", layout="numbered_questions", topic="dysphagia",
    project="independent2-dysphagia-30",
    title="Every Mouthful Matters: making safe swallowing everyone's business after a stroke",
    cover=[
        "Lead organisation: Wold County Council (Adult Social Care)",
        "Partners: Ashby Fen Community NHS Trust (Adult Speech and Language Therapy Service); Ashby Fen Stroke Survivors Group (registered charity)",
        "Category: Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="Wold County Council", type="local_authority"),
    partners=[
        dict(name="Ashby Fen Community NHS Trust", type="nhs_trust"),
        dict(name="Ashby Fen Stroke Survivors Group", type="charity"),
    ],
    sections=[
        ("context", "1. Please describe the context in which the partnership was needed, the service and its patient safety goals", """
Around half of people who have a stroke have some difficulty swallowing at first, and for many this
continues after they leave hospital. Food or drink that goes down the wrong way can cause choking, chest
infections and aspiration pneumonia, which is a common reason for people to be readmitted to hospital after a
stroke, and sometimes a cause of death.

When a speech and language therapist assesses someone's swallowing, they recommend the safest food textures
and drink thickness using the international IDDSI framework, and advice on how to eat and drink safely. In
Wold, these recommendations were often lost after discharge. The council commissions home care for around
1,900 people and funds places in 86 care homes, and many care workers had never heard of IDDSI. Family members
were given a photocopied sheet on the day of discharge. Thickener was sometimes mixed wrongly, and meals were
served at the wrong texture because nobody in the kitchen knew the person's needs.

In 2022 the council's safeguarding team received 17 concerns involving choking or unsafe feeding of people
who had had a stroke, and one person died after choking on a sandwich in a care home. The coroner's report
asked the council and the NHS to work together so that swallowing recommendations followed the person.

Every Mouthful Matters is our response. The council, Ashby Fen Community NHS Trust's speech and language
therapy service and the Ashby Fen Stroke Survivors Group worked together to create:

- a Safe Swallow Passport, a one-page, picture-based summary of the person's texture and drink levels and
mealtime tips, which stays with them in hospital, at home and in a care home

- free IDDSI and choking first aid training for home care workers, care home staff and kitchen teams, written
into council contracts

- a duty speech and language therapist phone line that care providers and families can call for advice the
same day

- a network of 'mealtime champions' in care homes and home care agencies

Our goals are to prevent choking and aspiration pneumonia in people who have had a stroke, and to make sure
that everyone who prepares food or drink for them knows exactly what is safe.
"""),
        ("spread", "2. How have the achievements been applied elsewhere and how has best practice been shared?", """
The Safe Swallow Passport started with people leaving the stroke unit at Ashby Fen General Hospital in
September 2023. From April 2024 it is also being given to people with swallowing difficulties from other
causes, including Parkinson's disease and dementia, by the Trust's community speech and language therapists.

Mealtime champions are now in place in 61 of the 86 care homes the council works with, and the champions
meet every three months to share ideas. The neighbouring Ashdown County Council has asked to use the passport
and the training in its own contracts, and we have presented the work to the regional stroke network and to
the county's Safeguarding Adults Board.
"""),
        ("value", "3. What value has been created, including staff and patient experience and value for money?", """
People who have had a stroke tell us the passport gives them back some control. One member of the Stroke
Survivors Group said: 'I can just hand it over. I don't have to explain my swallow to every new carer, which
I can't do very well anyway since my stroke.'

Care workers and kitchen staff say that they feel more confident, and that the phone line means they no
longer have to guess. Families say they finally understand what the numbers on the thickener tin mean.

The programme costs the council £38,000 a year for training and printing, and the Trust funds the duty phone
line from its existing speech and language therapy budget. One admission for aspiration pneumonia can cost
the NHS several thousand pounds and can mean a permanent move into a care home.
"""),
        ("stakeholders", "4. Who was involved and how were they engaged?", """
<<P:Members of the Ashby Fen Stroke Survivors Group designed the Safe Swallow Passport with our speech and
language therapists, and tested five drafts before they were happy with it.>> <<P:Some members have aphasia,
so the group insisted on pictures rather than words wherever possible, and they chose the photographs of food
at each texture level.>> <<P:Family carers from the group reviewed the thickener guide and asked for a
'what to do if' section on coughing during meals.>>

<<S:Care home cooks, care workers and home care managers helped write the training at three workshops, and
cooks asked us to add a section on making puréed meals look appetising, which is now one of the most popular
parts of the course.>> <<S:Speech and language therapists, stroke nurses and the council's commissioning team
met monthly as the project group.>>
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I031  radiology results follow-up - pdf converted by LibreOffice from a Word
#       document with heading styles - no staff involvement
# ---------------------------------------------------------------------------
entry(
    id="I031", format="pdf", layout="style_headings", topic="diagnostics", render_via="soffice",
    project="independent2-radiology-31",
    title="No Finding Left Behind: a failsafe for follow-up of incidental findings on imaging",
    cover=[
        "Lead organisation: Castlebeck Hospitals NHS Foundation Trust (Department of Radiology)",
        "Partners: NHS Castlebeck and Moorfoot Integrated Care Board; Raylight Teleradiology Ltd; Castlebeck Lung Health Support Group (registered charity)",
    ],
    primary_entrant=dict(name="Castlebeck Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="NHS Castlebeck and Moorfoot Integrated Care Board", type="icb"),
        dict(name="Raylight Teleradiology Ltd", type="private"),
        dict(name="Castlebeck Lung Health Support Group", type="charity"),
    ],
    sections=[
        ("context", "Background and aims", """
Every day, radiologists reporting CT scans and X-rays find things that nobody was looking for: a small lung
nodule on a scan done after a fall, a kidney mass on a scan for abdominal pain, an aortic aneurysm on a spine
scan. Most are harmless, but some are early cancers or conditions that need treatment, and national guidance
recommends follow-up imaging at set intervals. The recommendation is written in the report. Too often, that
is where it stays.

At Castlebeck Hospitals NHS Foundation Trust we carry out around 410,000 imaging examinations a year, and
about a quarter of our out-of-hours CT scans are reported by Raylight Teleradiology Ltd under contract. A
review of our serious incidents between 2019 and 2021 found seven cases in which a recommendation for
follow-up imaging had not been acted upon, including two patients whose lung cancers were diagnosed more than
a year late. In each case the report had been sent to the referring clinician, who had often moved on, or
assumed that the GP would arrange follow-up, while the GP assumed the hospital would.

No Finding Left Behind is a partnership between the Trust, Raylight Teleradiology, NHS Castlebeck and
Moorfoot Integrated Care Board and the Castlebeck Lung Health Support Group. Every report containing an
actionable incidental finding is now coded by the reporting radiologist, whether Trust or Raylight, using a
shared set of codes. Coded reports go automatically to a failsafe office in the radiology department, which
writes to the responsible clinician and the patient's GP, books follow-up imaging where agreed, and tracks
every finding until it is closed. Patients receive a plain-English letter telling them that something has
been found, that it is usually nothing to worry about, and who is responsible for their follow-up.

Our aims were that no actionable incidental finding goes without a documented follow-up plan, that follow-up
imaging happens on time, and that patients know about their own findings.
"""),
        ("evidence", "Results", """
The failsafe started in October 2022. We compared findings reported in the 12 months before with those
reported between October 2022 and September 2023, using the failsafe database and a review of records by the
ICB's quality team.

<<Q:Actionable incidental findings with a documented follow-up plan increased from 58% to 97%.>> <<Q:The
proportion of recommended follow-up scans completed within the recommended interval rose from 44% to
86%.>>

<<Q:Serious incidents relating to missed follow-up of imaging findings went down from seven in 2021/22 to
one in 2023/24.>> <<Q:Complaints about not being told of a finding on a scan fell by about two thirds.>>

The failsafe office has tracked 5,270 findings since it opened, and has identified 38 cancers at an early
stage through follow-up imaging that might otherwise have been missed.
"""),
        ("spread", "Spreading the learning", """
The ICB has funded the extension of the failsafe to the neighbouring Moorfoot General Hospital, which went
live in March 2024 using our codes and letter templates. Raylight Teleradiology has adopted the coding
standard for all its NHS contracts, which means it is now used for reports on scans from 14 trusts. We have
presented the work at the national imaging safety conference and at the Royal College of Radiologists'
annual meeting, and our failsafe office standard operating procedure is available on request.
"""),
        ("value", "Value for patients, staff and the NHS", """
For patients, the value is knowing. Many of the people who contacted us through the Lung Health Support Group
had discovered, sometimes years later, that a finding had been mentioned in a report they never saw. Patients
tell us the letter is reassuring rather than frightening because it explains what happens next.

For clinicians, the failsafe removes a burden and a worry: consultants no longer need to remember every
incidental finding in every report, and GPs receive a clear statement of who is responsible.

The failsafe office costs £96,000 a year for two administrators and a band 6 radiographer coordinator. Early
diagnosis of a single lung cancer can save tens of thousands of pounds in treatment costs, as well as
improving the chance of cure.
"""),
        ("stakeholders", "Involvement", """
<<P:The Castlebeck Lung Health Support Group helped us from the start.>> <<P:Six of its members, two of whom
had experienced a delayed diagnosis after an incidental finding, wrote the patient letter with us and tested
it with 30 other members, who asked us to remove the word 'abnormality' from the first line.>> <<P:A member
of the group sits on the failsafe oversight board.>>

The project was led by our consultant radiologist and clinical lead for imaging safety, Dr Priya Menon. All
Trust radiologists received training in the coding standard, and the coding requirement was added to
Raylight's contract. Consultants and GPs were informed of the new process by letter before go-live. We
intend to survey referring clinicians about the failsafe during 2024/25.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I032  deterioration on virtual wards - docx - cover table + bold-text
#       headings - ICB lead with a technology partner - no quantitative
#       evidence in the evidence section (one measured change, in Value only)
#       - no staff involvement
# ---------------------------------------------------------------------------
entry(
    id="I032", format="docx", layout="bold_headings", topic="deteriorating_patient", docx_font="Arial",
    project="independent2-virtualward-32",
    title="Safe at Home: spotting deterioration early on Fernleigh's virtual wards",
    cover_table=[
        ("Entry title", "Safe at Home: spotting deterioration early on Fernleigh's virtual wards"),
        ("Lead organisation", "NHS Fernleigh Integrated Care Board"),
        ("Partners", "Fernleigh Community Health Services NHS Trust; Fernleigh and Bayford Hospitals NHS Foundation Trust; VitalSync Remote Care Ltd (technology partner)"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Financial year of project", "2022/23 to 2023/24"),
    ],
    primary_entrant=dict(name="NHS Fernleigh Integrated Care Board", type="icb"),
    partners=[
        dict(name="Fernleigh Community Health Services NHS Trust", type="nhs_trust"),
        dict(name="Fernleigh and Bayford Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="VitalSync Remote Care Ltd", type="private"),
    ],
    sections=[
        ("context", "The context and our goals", """
Virtual wards allow people who would otherwise be in hospital to receive acute care at home, with remote
monitoring and visits from a clinical team. They are popular with patients and they free up hospital beds,
but they bring a new patient safety question: how do you notice that someone is deteriorating when they are
not in a hospital bed with a nurse a few metres away?

NHS Fernleigh Integrated Care Board commissioned a system-wide virtual ward service in November 2022, with
120 virtual beds for people with frailty, respiratory conditions and heart failure, rising to a planned 160
beds by 2025. The community trust provides the clinical team, the acute trust provides consultant oversight
and a step-up route back into hospital, and VitalSync Remote Care Ltd provides the monitoring platform.

Our early reviews identified specific risks:

- patients not taking or not submitting their readings, so gaps went unnoticed

- alerts from the platform arriving at times when no clinician was watching the dashboard

- no shared early warning score between the virtual ward and the hospital, so escalation conversations
started from scratch

- families unsure what to do if they were worried, especially at night

Safe at Home is the safety framework we built in response. It includes a virtual NEWS2 score calculated
automatically from home readings, a 24-hour clinical hub that reviews every amber and red alert, a 'missing
readings' prompt that triggers a phone call after four hours, a direct step-up line to the acute medical
team, and a 'Worried at home?' card for patients and families with a single number to call.
"""),
        ("evidence", "Evidence of improvement", """
Since November 2022 the virtual wards have admitted 2,940 patients, with an average length of stay of 5.8
days. In the last year:

- the platform generated 11,400 amber and red alerts, and 96% were reviewed by a clinician within 30 minutes

- the missing readings prompt led to 1,730 welfare calls

- 212 patients were stepped up to hospital through the direct line, all within two hours of the decision

- no patient on a virtual ward died unexpectedly at home in 2023/24

We have set a target to reduce 30-day readmissions for virtual ward patients by 15% by March 2025. Health
Innovation Fernleigh has been commissioned to carry out an independent evaluation of outcomes and safety,
which will report in 2025.
"""),
        ("spread", "How we are sharing and spreading", """
The Safe at Home framework has been adopted by the two other virtual ward services in our region, and the
virtual NEWS2 configuration has been shared with VitalSync's other NHS customers. We presented at the
national virtual wards conference and the regional patient safety collaborative, and the ICB has published
its clinical hub operating procedure and alert thresholds on its website.
"""),
        ("value", "Value created", """
Patients and families value being at home. <<Q:In the virtual ward's patient survey, patients' confidence
in knowing what to do if they felt worse rose from an average of 3.2 out of 5 in the first quarter to 4.5
out of 5 after the 'Worried at home?' card was introduced.>> One patient's daughter said: 'At 3am I rang the
number on the card, and within an hour a nurse was at the door.'

Clinicians benefited from a single early warning language across community and hospital teams.

The virtual ward service costs around £3.9 million a year, funded through the national virtual ward
programme and ICB baseline funding. Each virtual bed costs considerably less than an acute hospital bed, and
the safety framework itself added around £140,000 a year for the 24-hour clinical hub.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<P:Patients and carers tested the home monitoring kit and the app at two sessions hosted by Healthwatch
Fernleigh, and their feedback led to larger buttons on the app and a paper diary for people who prefer
not to use a smartphone.>> <<P:Two former virtual ward patients helped word the 'Worried at home?' card.>>

The virtual ward programme was led by the ICB's clinical director for urgent care, Dr Amira Shah. All
virtual ward clinicians completed VitalSync's online training before using the dashboard, and community
matrons received an additional half-day on virtual NEWS2. Staff feedback on the clinical hub will be
gathered as part of the 2025 evaluation.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)
