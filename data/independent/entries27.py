"""Twenty-seventh independent evaluation set (I417..I432) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries17.py / entries25.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
a few national public bodies named as partners.

Topics: carbon monoxide in rented homes (a fire and rescue service as lead), children
who are not brought to health appointments (a GP practice working with the hospital,
health visitors and children's social care), tuberculosis treatment for people who are
homeless (a council public health team), daily weights for people with heart failure at
home (a short entry from a community matron), medicines problems spotted at home by
ambulance crews, joint learning responses for incidents that cross organisations (a
patient safety specialist), liquid medicine strengths for children leaving hospital (a
short form), young people with complex health needs turning eighteen (a council social
worker, no spread section), pregnant women seeking asylum who are moved between hotels,
adrenaline pens and allergy plans in schools, people in crisis on the railway (no value
section), diabetic foot ulcers (with appendix), automated medicine dispensers (a private
technology company as primary entrant), fast-track referral of wet macular degeneration
(a private optometry company as primary entrant), medical patients cared for on other
wards (departments of one trust, no partner) and asthma attacks in children.

Build it with

    .venv/bin/python data/independent/build.py --set 27   (writes data/corpus/independent27/)

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

Labelling conventions (as in entries17.py and entries25.py):
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
    titles, list items), wherever in the entry it is told; a peer worker with lived
    experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; parent carer forums and parents' support
groups are patient_group; national public bodies such as the UK Health Security Agency
and Network Rail are public_other).  A department or team of the entrant's own
organisation is not a partner.  Flags are written by hand and build.py cross-checks them
against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I417  carbon monoxide in rented homes - pdf - own headings - fire and rescue
#       community safety manager, practical - fire service, council private
#       sector housing, ambulance service, acute trust emergency department -
#       no flags
# ---------------------------------------------------------------------------
entry(
    id="I417", format="pdf", layout="own_headings", topic="carbon_monoxide_rented_homes",
    project="independent27-silentrisk-417", pdf_font="LiberationSans", pdf_align="L",
    title="Silent Risk: finding carbon monoxide in people's homes before it finds them",
    cover=[
        "Lead organisation: Brackenmoor Fire and Rescue Service (Prevention)",
        "Partners: Ollerby Metropolitan Borough Council (Private Sector Housing); Fellside Ambulance Service NHS Trust; Ollerby and District Hospitals NHS Foundation Trust (Emergency Department)",
        "Written by the Community Safety Manager for the Ollerby district",
    ],
    primary_entrant=dict(name="Brackenmoor Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Ollerby Metropolitan Borough Council", type="local_authority"),
        dict(name="Fellside Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Ollerby and District Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we got involved", """
Most people know the fire service for putting fires out. A lot of our work now is going into people's
homes before anything happens, and that is how we came to carbon monoxide. You cannot see it, smell it
or taste it. At low levels it gives you headaches, sickness and tiredness that feel like flu or a bug
going round the house. At high levels it kills, sometimes in one night.

Ollerby has a lot of older terraced housing, much of it privately rented, and a lot of gas fires and
boilers that have not been serviced for years. Landlords are supposed to have a gas safety check done
every year and fit a carbon monoxide alarm where there is a fixed combustion appliance, but many tenants
do not know that, and some are scared to complain in case they lose the tenancy.

In January 2021 a family of four were taken to hospital from a house on the Millgate estate. The mum had
been to the GP twice and to the emergency department once in the previous fortnight with headaches, and
the children had been off school with 'a virus'. Nobody had thought of carbon monoxide. The boiler flue
was blocked. A year before that, a man in his sixties died in a flat in the town centre from a faulty gas
fire. The landlord had no gas safety certificate and the council had never been told about the property.

When we sat down with the ambulance service, the hospital and the council after the Millgate case, it was
clear each of us had a piece of it. Ambulance crews were going into homes every day but had no way of
knowing if the air was safe, for themselves or the patient. The emergency department saw people with
headaches all winter and only tested for carbon monoxide if somebody thought of it. Our crews fitted
smoke alarms on home safety visits but not carbon monoxide alarms, and when we did see a gas fire that
looked dangerous we had nobody to tell. The council's private sector housing team had the legal powers
over landlords but heard about problems late, if at all.

Silent Risk started in the autumn of 2022. It has four parts:

- every ambulance crew in Ollerby carries a small carbon monoxide alarm clipped to the response bag, and if it goes off they get everyone out, call us and record it

- the emergency department asks a carbon monoxide question at triage for anyone with headache, dizziness or sickness between October and March, and checks the carbon monoxide level on the blood gas machine if the answer raises a concern

- our home safety visits now include a carbon monoxide alarm where there is a gas, oil or solid fuel appliance, and a quick look at the appliance

- any of the three services can send a single referral form to the council's private sector housing team, who aim to visit within two working days and use their powers against the landlord if they need to
"""),
        ("evidence", "What has changed", """
We compared the two winters before Silent Risk (October to March in 2020/21 and 2021/22) with the two
winters since (2022/23 and 2023/24). The figures come from the hospital's emergency department and
laboratory systems, the ambulance service's patient records, our own home safety visit records and the
council's housing database.

<<Q:Patients in the emergency department with suspected carbon monoxide exposure who had a carbon
monoxide level measured rose from just under a third to nine in ten.>> <<Q:Hospital admissions with
confirmed carbon monoxide poisoning in Ollerby fell from 19 in the first two winters to 8 in the second
two.>>

<<Q:Homes we visited with a gas, oil or solid fuel appliance that had a working carbon monoxide alarm
when we left went up from 31% to 84%.>> <<Q:The median time from a concern being raised by any of the
partners to a council officer inspecting the appliance fell from 16 days to 2 days.>>

Since the ambulance alarms were issued they have gone off in 74 homes, and in 23 of those a fault was
confirmed by the gas engineer. The council has received 212 referrals through the single form and served
46 improvement notices on landlords. Nobody has died from carbon monoxide in Ollerby since 2020, but that
was a single death and we would not claim it as a result.
"""),
        ("stakeholders", "Who was involved", """
<<S:Paramedics at Ollerby and Kingsbeck ambulance stations trialled the alarms for two months and worked
out that they had to be clipped to the outside of the response bag, so the alarm goes through the front
door before the crew does.>> <<S:They also asked for a simple card telling them what to do when the alarm
sounds, and the card they now carry is the one they wrote with our fire safety officers.>>

<<S:Emergency department triage nurses chose the wording of the triage question themselves, after our
first version took too long to ask in a busy waiting room.>> <<S:Firefighters from the three Ollerby
watches and the council's housing officers designed the referral form together over two afternoons, and
cut it to a single page with tick boxes so that it can be filled in on a tablet on the doorstep.>>

<<P:Tenants from the Ollerby Private Tenants' Forum looked at our leaflet and the fridge magnet we leave
behind, and told us that most people did not know they had a right to see the gas safety certificate, so
that is now the first line on both.>> <<P:Members of the forum also asked for the leaflet in Urdu, Polish
and Romanian, and four of them checked the translations.>> <<P:The daughter of the man who died in 2020
met with us twice and helped us write the short story about her dad that is now used in firefighter and
paramedic training.>>
"""),
        ("value", "Is it worth the money?", """
The ambulance alarms cost about £35 each and we bought 120 of them from our prevention budget. The
carbon monoxide alarms fitted on home safety visits cost about £18 each. The council's inspections are
part of its existing housing enforcement work, though it did move one officer's time onto this work for
two days a week. A single admission for carbon monoxide poisoning can mean oxygen treatment and a stay in
hospital, and some people are left with memory and concentration problems for a long time afterwards.

Crews tell us they feel safer going into homes now. Tenants who were frightened of their landlord have
had somebody official take their side.
"""),
        ("spread", "Sharing it", """
Fellside Ambulance Service has now issued alarms to every crew across its whole area, which covers two
other fire and rescue services. The emergency department triage question has been taken up by the other
hospital in our county. We have shared the single referral form with the other districts in Brackenmoor,
and two of them are using it this winter.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I418  children not brought to health appointments - docx - bold headings
#       with a cover table - GP partner and safeguarding lead, informal -
#       GP practice with acute trust paediatrics, community trust health
#       visiting and council children's social care - staff involved - no
#       patient involvement (parents sent a letter, a PPG told about it, a
#       plan to ask the parent carer forum)
# ---------------------------------------------------------------------------
entry(
    id="I418", format="docx", layout="bold_headings", topic="children_not_brought_appointments",
    project="independent27-wasnotbrought-418", docx_font="Calibri",
    title="Was Not Brought: making sure a missed appointment for a child is never just a missed appointment",
    cover_table=[
        ("Entry", "Was Not Brought: making sure a missed appointment for a child is never just a missed appointment"),
        ("Lead entrant", "Tanyard Health Partnership (GP practice), Sandleigh"),
        ("Working with", "Sandleigh Hospitals NHS Trust (Children's Outpatients); Sandleigh Community Health NHS Trust (Health Visiting and School Nursing); Sandleigh City Council (Children's Social Care Front Door)"),
        ("Contact", "Dr Rachel Oduya, GP partner and practice safeguarding lead"),
    ],
    primary_entrant=dict(name="Tanyard Health Partnership", type="primary_care"),
    partners=[
        dict(name="Sandleigh Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Sandleigh Community Health NHS Trust", type="nhs_trust"),
        dict(name="Sandleigh City Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why we needed to do this", """
I am a GP partner at a practice of about 16,000 patients in the east of Sandleigh, and I have been the
practice safeguarding lead for six years. About 3,900 of our patients are under eighteen.

A child cannot take themselves to an appointment. If a child misses a hospital clinic, a vaccination or
a dental check it is because an adult did not bring them, and sometimes that is the first sign that
something is wrong at home. Every safeguarding review I have ever read seems to have a line in it about
missed appointments. But in practice, when a child missed a hospital appointment, what happened was this:
the hospital sent a letter saying 'did not attend, discharged back to GP', the letter came into our
workflow with fifty others, and it got filed. The health visitor or school nurse usually never knew.

In 2021 a local child safeguarding practice review looked at a two-year-old from our area who had been
referred to the children's clinic with faltering growth. He was not brought to three appointments in a
row and was discharged each time. By the time he came to the attention of social care he was seriously
underweight and there was significant neglect. Our practice had all three letters. Nobody joined them up.
I found that very hard to read, and so did the rest of the team.

So we set out, with the hospital, the health visiting service and the council's front door, to change
what happens when a child is not brought. The main pieces are:

- for anyone under eighteen, the hospital and our practice now record 'was not brought' instead of 'did not attend', which sounds small but changes how people think about it

- the children's outpatient department no longer discharges a child after a missed appointment without first phoning the family and telling the GP and the health visitor or school nurse

- at the practice, every 'was not brought' letter goes to a single task list, and we hold a short weekly meeting with a GP, a practice nurse and the link health visitor to go through it

- a simple flow chart agreed by all four organisations says what to do after a first, second and third missed appointment, and when to ring the children's social care front door for a consultation
"""),
        ("evidence", "What difference has it made", """
We looked at children registered with the practice who missed at least one hospital outpatient
appointment, comparing 2021/22 with 2023/24.

<<Q:Children discharged from the children's outpatient clinics after a missed appointment without the GP
being contacted fell from 71% to 8%.>> <<Q:'Was not brought' letters acted on by the practice within two
weeks went up from about one in five to 93%.>> <<Q:Of children who missed two or more hospital
appointments in the year, the number discussed at a practice safeguarding meeting rose from 4 of 37 to 45
of 49.>>

<<Q:Children with a missed appointment who were then seen by the hospital within three months of the
original date rose from 52% to 81%.>>

Over the two years the weekly meeting led to 23 consultations with the children's social care front door,
and in 9 of those the family was already known. We have not tried to count how many children were
protected as a result, because we do not think that is something you can count honestly.
"""),
        ("stakeholders", "Who was involved", """
<<S:Our reception and administration team designed the task list and the codes themselves, after pointing
out that hospital letters were arriving under about a dozen different headings.>> <<S:The link health
visitor and the school nursing team leader asked to be copied in on every missed paediatric appointment,
not just the ones we were worried about, and they now come to our weekly meeting.>>

<<S:Outpatient booking clerks at the hospital rewrote the letter that goes to families after a missed
appointment, because the old one told parents to 'contact your GP', which just moved the problem back to
us.>> <<S:The paediatric consultants agreed at their departmental meeting that no child would be
discharged after a missed appointment without a phone call, and they added an exception for teenagers who
have said themselves that they do not want to come.>> <<S:Social workers at the front door helped us
write the part of the flow chart about when to ring them, and suggested a consultation call rather than a
full referral, which is what most cases need.>>

Parents whose child misses an appointment now get a letter from the hospital explaining that the
appointment matters and offering a new date. The practice's patient participation group was told about
the change at its spring meeting. We would like to ask the Sandleigh Parent Carer Forum to look at the
letters and the wording we use with families, but we have not managed that yet.
"""),
        ("value", "Value", """
None of this needed new money. The weekly meeting takes about forty minutes of a GP's, a nurse's and a
health visitor's time. The change to the hospital's discharge rule added a few phone calls a week for the
outpatient team. Against that, a child whose neglect is picked up a year late can need years of support
from children's social care, and some of that harm cannot be undone.

Our staff say they feel less anxious about the letters pile, because they know there is a system and that
they are not on their own with it.
"""),
        ("spread", "Spreading it", """
The other six practices in our primary care network have adopted the weekly meeting and the task list,
and the hospital has applied the 'was not brought' rule to all children's outpatient clinics, not just
those for our area. The Sandleigh Safeguarding Children Partnership has written the flow chart into its
multi-agency procedures and we have presented it at the GP safeguarding leads' forum.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I419  tuberculosis treatment for people who are homeless - pdf via soffice
#       (style headings) - council consultant in public health, long and
#       thorough - council with acute trust TB service, UK Health Security
#       Agency health protection team and a homelessness charity - former
#       patients and a peer worker involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I419", format="pdf", layout="style_headings", topic="tb_treatment_homelessness",
    project="independent27-finishingcourse-419", render_via="soffice", docx_font="Liberation Serif",
    title="Finishing the Course: tuberculosis treatment and care for people who are homeless in Marrowgate",
    cover=[
        "Lead: Marrowgate City Council, Public Health",
        "Partners: Marrowgate University Hospitals NHS Trust (TB Service); UK Health Security Agency (East Marrowgate Health Protection Team); Open Door Marrowgate (homelessness charity)",
        "Author: Consultant in Public Health (Health Protection and Inclusion Health), Marrowgate City Council",
    ],
    primary_entrant=dict(name="Marrowgate City Council", type="local_authority"),
    partners=[
        dict(name="Marrowgate University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="UK Health Security Agency", type="public_other"),
        dict(name="Open Door Marrowgate", type="charity"),
    ],
    sections=[
        ("context", "The problem and why a partnership was needed", """
Tuberculosis is curable. With six months of the right antibiotics, taken every day, almost everyone
recovers and stops being infectious within a few weeks of starting. The difficulty is the six months.
For somebody with a home, a phone and a fairly ordered life, taking tablets every day for half a year is
hard enough. For somebody sleeping rough, moving between hostels, sofa-surfing, drinking heavily or using
drugs, it can be close to impossible, and the consequences of not finishing are serious: the person
becomes unwell again, they carry on passing the infection to others, and the bacteria can become
resistant to the drugs, which turns a six-month illness into a two-year one with far more toxic
treatment.

Marrowgate has one of the higher rates of TB among English cities outside London, and in a typical year
the TB service treats between 90 and 110 people. Somewhere between one in six and one in eight of them
have what the national surveillance system calls a social risk factor: homelessness, drug or alcohol
misuse, or time in prison. As the consultant in public health who leads on health protection and
inclusion health for the city council, I chair the local TB partnership meeting, and for several years
the same names came up at that meeting again and again. They were people who had started treatment,
disappeared, come back sicker, started again and disappeared again.

In 2021 we had a cluster of seven linked cases in and around two of the city's largest hostels. It took
the health protection team, the TB nurses and the hostel managers several months to trace and screen the
contacts, and it was during that work that the gaps became obvious to everyone round the table. Most of them
were not anybody's fault.

First, the TB clinic was at the main hospital on the edge of the city, two bus rides from the hostels.
People who were expected to come in three times a week for directly observed treatment, where a nurse
watches you swallow the tablets, simply did not come. Second, letters went to addresses where the person
no longer lived. Third, when somebody with TB was discharged from hospital, there was often nowhere for
them to go except back to the hostel they had come from, or to the street, and the hostels were
understandably nervous about taking back someone they knew to have an infectious disease. Under housing
law a person with TB is not automatically in priority need, and our own housing team was not always aware
of the risk. Fourth, contact tracing in hostels depended on the goodwill of hostel staff who had no
training in it and no way of getting people to the clinic for a chest X-ray. And fifth, the person with
TB was often dealing with a lot of other things at once: benefits stopped, a court date, a drug habit, a
relationship breaking down. The TB nurses are very good nurses, but they are not able to sort out a
benefits sanction.

One man, whom I will call D, was diagnosed with TB in 2019 while he was sleeping in a car park. He
started treatment in hospital, was discharged to a night shelter after two weeks, and stopped taking his
tablets within a month. Over the next two years he was readmitted three times. By the third admission his
TB had become resistant to isoniazid, and the health protection team had to screen more than 60 of his
contacts. <<P:He has now completed treatment, and he is one of the people who helped design what follows.>>

Finishing the Course began in April 2022 and brings together the city council (public health and the
housing options service), the hospital TB service, the UK Health Security Agency's local health
protection team and Open Door Marrowgate, which runs the city's main day centre and outreach team. It has
five parts.

- Video observed therapy. Instead of coming to the clinic, people record themselves taking their tablets
on a phone, which we provide with credit if they do not have one, and a TB nurse watches the recording
the same day. For people who cannot manage that, an Open Door outreach worker watches them take the
tablets at the day centre or wherever they are staying.

- A TB outreach nurse and a peer support worker. The hospital now has a TB nurse whose job is entirely in
the community, working from the day centre three days a week, alongside a peer support worker employed by
Open Door who has been homeless and has had TB himself.

- Somewhere to stay. The council's housing options service has agreed that nobody on TB treatment will be
left without accommodation. Two rooms in a council-commissioned supported housing scheme are kept for
people with TB who are no longer infectious but need a stable place to finish treatment, and the council
pays for a room in a bed and breakfast if those are full.

- Screening where people are. Twice a year a mobile chest X-ray unit, arranged by the health protection
team and staffed by the hospital's radiographers, spends a week at the hostels, the day centre and the
night shelter.

- A monthly case review. Every person with TB and a social risk factor is discussed at a monthly meeting
of the TB nurses, the health protection team, Open Door and the housing options service, and one named
person is given each action.
"""),
        ("evidence", "Evidence that care is safer", """
We compared people with TB and at least one social risk factor who started treatment in the two years
before the programme (April 2020 to March 2022, 27 people) with those who started in the two years after
(April 2022 to March 2024, 31 people), using the national TB surveillance system, the TB service's
records and the council's housing records.

<<Q:The proportion who completed treatment within twelve months rose from 61% to 86%.>> <<Q:People lost to
follow-up during treatment fell from five in the first period to one in the second.>> <<Q:The median
number of doses missed in the first two months of treatment, which is when people are most infectious,
fell from 14 to 3.>>

<<Q:The number of people who spent any night sleeping rough while on TB treatment went down from 14 to
1.>> <<Q:Among contacts of infectious cases in hostels and shelters, the proportion who were screened went
up from 38% to 79%.>> <<Q:The median time from the first symptoms to the start of treatment fell from 96
days to 52 days, which we think is mostly down to the outreach nurse and the mobile X-ray unit finding
people earlier.>>

<<Q:There has been no new case of drug-resistant TB in this group since the programme began, against two in
the two years before, although these numbers are very small and we would not rest much on them.>>

The mobile X-ray unit has screened 1,140 people over four visits and found nine cases of active TB, all
of whom started treatment.
"""),
        ("stakeholders", "How people were involved", """
<<P:Three people who had been treated for TB while homeless, including D, met with us four times in the
first half of 2022 to go through the plans, and they changed a lot of them.>> <<P:They told us that the
word 'observed' made them feel watched and judged, so the service is called 'TB with a phone' on every
poster and card.>> <<P:They also said that a phone with no credit was useless, and that the first thing
anyone would do with a free phone was sell it unless it was clearly marked as belonging to the clinic,
so the phones now come in a bright orange case with the clinic's name on the back.>>

<<PS:Open Door's peer support worker, who had TB while he was sleeping rough in 2018, helped write his own
job description and the outreach nurse's, and it was his suggestion that the two of them should always
do the first visit together.>> <<P:Residents at the two largest hostels were asked at their house
meetings when the X-ray unit should come, and they told us that mornings were no use, so the unit now
opens from midday until eight in the evening.>>

<<S:The TB nurses tested video observed therapy with six patients for three months before it was offered
to everyone, and asked for a way of flagging missed recordings by the end of the same day, which the
supplier added.>> <<S:Hostel managers and Open Door's outreach workers worked with the health protection
team to write a simple contact tracing sheet for hostels, which lists who shared a room, a kitchen or a
smoking area with the person, and they changed it twice after using it in real cases.>> <<S:Officers in
the council's housing options service drafted the agreement that nobody on TB treatment would be left
without accommodation, after they said the old rules did not give them the confidence to act.>>
<<S:The hospital's radiographers, who had never worked outside the hospital before, designed the way the
mobile unit is set up in the hostel car parks and asked for a private waiting area, because people did
not want to be seen queuing.>>

All hostel staff in the city were offered a one-hour TB awareness session from the TB nurses, and most
took it up. The programme is overseen by the local TB partnership meeting, which reports to the health
protection board.
"""),
        ("value", "Value for money and experience", """
The TB outreach nurse post costs around £52,000 a year and is funded by the integrated care board; the
peer support worker costs Open Door about £28,000 a year, paid for from the council's public health
grant. Phones and credit cost around £40 per person per month of treatment. The two supported housing
rooms cost the council about £19,000 a year. The mobile X-ray unit costs roughly £9,000 for each week,
paid for by the health protection team.

Against that, a single case of drug-resistant TB costs the NHS tens of thousands of pounds in drugs and
hospital stays, and treatment can last two years. An outbreak in a hostel can mean screening dozens of
people and weeks of staff time across several organisations. Every person who finishes treatment first
time is one less person passing the infection on, and one less readmission.

For patients, the value is that they are treated where they are and by people they know, and that the
illness does not cost them their accommodation. D put it like this at one of our meetings: 'The first
time, the hospital gave me my tablets and a bus timetable. The second time, they gave me a room.'
"""),
        ("spread", "Spread and sharing", """
Video observed therapy is now the default offer for every TB patient treated by the hospital, and the
health protection team has shared our contact tracing sheet for hostels with the other local authorities
in the region. The regional TB control board has asked us to help two neighbouring cities set up a
similar housing agreement, and the peer support worker and the outreach nurse have spoken at the
national TB nurses' conference.

The mobile X-ray visits have been combined with hepatitis C and HIV testing since the autumn of 2023.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I420  daily weights for people with heart failure at home - docx - numbered
#       questions - community matron, short and plain - community trust with
#       primary care network and acute trust heart failure nurses - no flags
# ---------------------------------------------------------------------------
entry(
    id="I420", format="docx", layout="numbered_questions", topic="heart_failure_daily_weights",
    project="independent27-weighmorning-420", docx_font="Calibri",
    title="Weigh Every Morning: keeping people with heart failure safe at home",
    cover=[
        "Askerby Community Health NHS Trust, Community Matrons (lead)",
        "With Askerby North Primary Care Network and Askerby Royal Infirmary NHS Trust (Heart Failure Specialist Nurses)",
        "By Joanne Pike, Community Matron",
    ],
    primary_entrant=dict(name="Askerby Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Askerby North Primary Care Network", type="primary_care"),
        dict(name="Askerby Royal Infirmary NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What was the problem?", """
I am one of four community matrons in Askerby North. Most of my caseload are housebound older people and
about a third have heart failure. When heart failure gets worse, fluid builds up, and the first sign is
usually weight going up, two or three kilos in a few days, before the person gets breathless. If the
water tablet dose is increased then, most people can stay at home. If nobody notices, they end up in
hospital, often by ambulance at night.

Our patients were supposed to weigh themselves daily but a lot had no scales, or scales they could not
read, and when they did write it down nobody looked at it until the next visit. The heart failure nurses
at the hospital and the GPs and matrons all adjusted diuretics, but with no shared plan, so a patient
could have their dose put up by one of us and back down by another in the same week. In 2021 one of my
patients was admitted three times in two months, and each time her weight chart showed the rise days
before.

Since 2022 everyone on our caseload with heart failure has scales with a large display, a weight chart on
the fridge, and a written plan agreed with the heart failure nurses saying what to do if weight goes up
by 2kg in three days. The patient, a carer or the home care worker rings the matron line, and we can
increase the diuretic the same day under the plan.
"""),
        ("evidence", "2. What has improved?", """
We compared the 86 patients on the caseload in 2021/22 with the 94 in 2023/24.

<<Q:Emergency admissions for heart failure fell from 58 to 34.>> <<Q:Patients with a weight recorded on at
least five days a week went from about one in four to three in four.>> <<Q:When weight went up by 2kg or
more, the diuretic was reviewed within 24 hours in 88% of cases, compared with 31% before.>>
"""),
        ("stakeholders", "3. Who was involved?", """
<<P:Six patients tried out three kinds of scales at home and picked the one with the biggest numbers and
no buttons, which is the one we now give out.>> <<P:A carer, Mrs Hilda Barnes, whose husband had been
admitted four times, suggested putting the chart on the fridge rather than in the folder, because the
folder was always in a drawer.>>

<<S:The heart failure nurses and the matrons wrote the diuretic plan together, and after the first few
months they changed it so the matron can make one increase without ringing the hospital first.>> <<S:The
PCN's clinical pharmacist checked every plan against the patient's kidney blood tests and asked for a
blood test to be added after any increase, which is now in the plan.>> <<S:Home care workers from two
agencies told us they were happy to read the scales for clients who could not, as long as it was on their
care plan, so it is.>>
"""),
        ("value", "4. What value has it added?", """
Scales cost about £25 each. The plan uses our existing visits and the heart failure nurses' advice line.
Every admission avoided saves a bed for around a week and saves a frail person a frightening night.
Patients tell us they feel more in control, and carers say they know what to do instead of waiting for
the next visit.
"""),
        ("spread", "5. Has it spread?", """
The other two matron teams in Askerby started using the plan in 2024, and the heart failure nurses now
use it for patients they discharge from the ward. We shared it at the regional community matrons' network.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I421  medicines problems spotted at home by ambulance crews - pdf - bullet
#       lists - specialist paramedic, blunt - ambulance service with local
#       pharmaceutical committee, GP federation and county council adult
#       social care - older people's forum and families involved - no staff
#       involvement (crews did e-learning, pharmacists briefed, a named LPC
#       lead, a crew survey that changed nothing, a planned staff workshop)
# ---------------------------------------------------------------------------
entry(
    id="I421", format="pdf", layout="bullet_lists", topic="ambulance_medicines_concerns_home",
    project="independent27-lookcupboard-421", pdf_font="DejaVuSans", pdf_align="L",
    title="Look in the Cupboard: ambulance crews picking up medicines problems in people's homes",
    cover=[
        "Marchfield Ambulance Service NHS Trust (lead entrant)",
        "Partners: Kelsby Local Pharmaceutical Committee, Kelsby GP Federation and Kelsby County Council (Adult Social Care)",
        "Written by a Specialist Paramedic in Urgent Care, Kelsby division",
    ],
    primary_entrant=dict(name="Marchfield Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Kelsby Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Kelsby GP Federation", type="primary_care"),
        dict(name="Kelsby County Council", type="local_authority"),
    ],
    sections=[
        ("context", "What we kept seeing", """
Paramedics are in more older people's kitchens than anyone else in the NHS. I have been one for sixteen
years and in that time I have lost count of the carrier bags full of medicines I have been handed. Some of
what we see:

- two or three boxes of the same tablet under different brand names, and the person taking all of them

- blister packs from the pharmacy with yesterday and today both empty, or last week still full

- old medicines stopped by the hospital months ago, still being taken because nobody took them out of the house

- blood pressure tablets still being taken after a big weight loss, with the person falling every time they stand up

- people who cannot open the bottles, cannot read the labels or do not know what any of it is for

We would often be called to a fall or a 'collapse' where the real cause was the medicines. But we had no
way to do anything about it. If we did not take the person to hospital, we might write 'medication
concerns' on the patient record and that record went nowhere. If we rang the GP surgery in the evening it
was closed.

What we set up in 2022 with the LPC, the GP federation and the county council:

- a 'medicines concern' button on the electronic patient record that sends a referral straight to a
hub run by the GP federation's pharmacists

- a community pharmacist visits the person at home within five working days, does a full check of what
is in the house and what they are actually taking, and takes away anything that has been stopped

- the federation pharmacist agrees any changes with the GP the same week

- if the person needs help to take their medicines, the community pharmacist can refer straight to adult
social care for a home care prompt, without a separate assessment
"""),
        ("evidence", "Results", """
We compared people aged 75 and over who were attended by a crew after a fall or collapse and not taken
to hospital, in the year before the scheme (2021/22) and the first full year after (2023/24). The
figures come from our patient records, the pharmacy hub's records and the council's referral data.

- <<Q:the proportion of these people who had another 999 call within 30 days went down from 24% to 15%>>

- <<Q:for people who were referred and seen by a community pharmacist, falls calls in the following three months dropped by about a third compared with the three months before>>

- <<Q:medicines problems noted on a patient record that led to any action by a pharmacist or GP went from almost none (we found 11 in a sample of 200 records) to 87%>>

- 1,960 referrals were made by crews in 2023/24 and community pharmacists carried out 1,710 home visits

- pharmacists removed about 14,000 packs of medicines that were no longer prescribed from people's homes

- we do not yet have hospital admission figures for this group, which the ICB is working on
"""),
        ("stakeholders", "Who was involved", """
- <<P:the Kelsby Older People's Forum looked at the leaflet the pharmacist leaves behind and told us it was far too long; members rewrote it as a single sheet with a tick list of 'what I take and why'>>

- <<P:forum members also tested the 'medicines bag', a zipped bag with a clear front that we leave so people keep all their current medicines in one place, and asked for a pocket for the hospital discharge letter>>

- <<P:a man whose wife has dementia, and who had been giving her two lots of the same tablet for a month without realising, came to our planning meeting and suggested that the pharmacist should always phone the family or carer as well as visit, which is now part of the visit>>

- <<P:carers from Kelsby Carers' Network asked for the visit to be booked at a time when they could be there, and the booking script was changed to ask for that>>

- all 640 ambulance clinicians in the Kelsby division completed a 20-minute e-learning module on the medicines concern button

- community pharmacists attended an evening briefing run by the LPC before the scheme started

- the LPC's chief officer, Martin Ashby, organised the pharmacy visit rota

- a survey of crews after six months showed they liked the scheme and nothing was changed

- we plan to hold a workshop with crews, pharmacists and social workers next year to look at what could be better
"""),
        ("value", "Value", """
- the council pays community pharmacies £45 for each home visit, about £77,000 in 2023/24

- the pharmacy hub uses existing federation pharmacist time

- a repeat ambulance call costs several hundred pounds and a hip fracture many thousands

- people keep their independence, and families tell us it is a relief that someone has finally sorted out the cupboard
"""),
        ("spread", "Spread", """
- the medicines concern button is being switched on for the other three divisions of Marchfield Ambulance Service in 2025

- two other LPCs in our region have copied the home visit specification

- NHS 111 clinicians in our area can now make the same referral
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I422  joint learning responses for incidents that cross organisations -
#       docx - rubric headings - patient safety specialist, systems language
#       - acute trust with ambulance service, mental health trust and ICB -
#       staff involved - no patient involvement (families kept informed by a
#       single liaison, patient safety partners updated, a plan) - no
#       quantitative evidence (responses and reviews counted, a single survey
#       figure, a target, an evaluation planned)
# ---------------------------------------------------------------------------
entry(
    id="I422", format="docx", layout="rubric_headings", topic="cross_system_incident_learning",
    project="independent27-acrossboundaries-422", docx_font="Cambria",
    title="Learning Across the Boundaries: joint patient safety learning responses for incidents that cross organisations",
    cover=[
        "Halsworth Teaching Hospitals NHS Trust (lead entrant)",
        "Partners: Westerdale Ambulance Service NHS Trust; Halsworth and Dene Mental Health NHS Foundation Trust; NHS Halsworth and Dene Integrated Care Board",
        "Submitted by the Patient Safety Specialist, Halsworth Teaching Hospitals NHS Trust",
    ],
    primary_entrant=dict(name="Halsworth Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Westerdale Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Halsworth and Dene Mental Health NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Halsworth and Dene Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
Many of the incidents that cause the most serious harm do not happen inside one organisation. They happen
at the joins: a long wait for an ambulance for someone who was discharged from hospital the day before, a
patient with a mental health crisis who spends 30 hours in the emergency department waiting for a bed, a
medicine stopped on the ward and restarted in the community. Under the old Serious Incident Framework, each
organisation investigated its own part. Three organisations could produce three reports about the same
patient, each written from inside its own walls, each concluding that the main contributory factors lay
somewhere else. Recommendations were often about training or policy reminders, and they sometimes
contradicted each other. Families could be contacted by three different investigators.

When the Patient Safety Incident Response Framework (PSIRF) came in, the four organisations in our system
agreed to use it as a chance to do things differently for these boundary incidents. As the patient safety specialist at the acute trust, I was asked to lead the work.

Our goals were: one learning response for one incident, however many organisations were involved; a
systems-based approach (we use SEIPS, the Systems Engineering Initiative for Patient Safety) rather than a
search for individual error; safety actions that are owned jointly and actually change the work system;
and one point of contact for the patient or family.

What we put in place from October 2023:

- a weekly 30-minute cross-system triage call, where any of the four organisations can bring an incident that involves another, and we agree together whether it needs a joint response and what kind

- joint after-action reviews, held within a fortnight, with front-line staff from every organisation involved in the same room or on the same call

- joint patient safety incident investigations for the most serious cases, led by a pair of investigators from two different organisations

- a single family liaison contact for each joint response, from whichever organisation the family already knows

- a shared safety action log held by the ICB, with each action owned by a named organisation and reviewed at the system quality group
"""),
        ("evidence", "Evidence of improvement", """
Since October 2023 we have completed 11 joint patient safety incident investigations and 27 joint
after-action reviews. The weekly triage call has considered 146 incidents, of which about a third were
agreed to need a joint response.

The joint responses have produced 41 safety actions, of which 26 have been completed. Examples include a
shared escalation route for ambulance crews who are held outside the emergency department with a patient
who is deteriorating, a single mental health handover form between the emergency department and the
mental health trust's bed management team, and a change to the hospital discharge letter so that the
ambulance service's clinical hub can see when a patient was discharged in the last 48 hours.

In a survey of staff who took part in a joint after-action review, 88% said they felt able to speak
openly. Every family in a joint investigation had a single point of contact. We did not collect
comparable information under the old framework, because joint investigations were not recorded as such,
so we cannot show a before and after.

Our target is that 90% of joint safety actions are completed within six months. The regional patient
safety collaborative has agreed to evaluate the approach over its first two years, including whether the
same types of incident recur.
"""),
        ("stakeholders", "Stakeholder engagement", """
<<S:Emergency department nurses, paramedics and mental health liaison practitioners took part in two
design workshops in the summer of 2023, mapping three real boundary incidents using SEIPS, and it was
their maps that showed us how many of the contributory factors sat in the handovers between us.>>
<<S:Staff who had been through the old investigation process told us that being interviewed separately
by three organisations had felt like being blamed three times, which is why the joint after-action review
brings everybody together and is facilitated by someone from outside their own team.>>

<<S:Paramedics and emergency department sisters asked for after-action reviews to be held at the hospital
during the shift change, so that crews and nurses could attend without being taken off the road or the
floor, and this is now the standard arrangement.>> <<S:The ICB's quality team and the three trusts'
governance leads designed the shared safety action log together and changed it after the first three
months so that each action shows which part of the work system it is meant to change.>> <<S:Mental health
bed managers asked to join the weekly triage call after their first joint review, and they now attend
every week.>>

Families affected by an incident in a joint response are kept informed throughout by their single
liaison contact and are offered a meeting to go through the findings. The trusts' patient safety partners
received an update on the approach at their quarterly meeting. We plan to invite a patient safety partner
to join the weekly triage call once the role is fully established across all four organisations.
"""),
        ("value", "Value added", """
The approach has not needed new posts. The time spent in the weekly call and in joint reviews is largely
time that would previously have been spent on three separate investigations of the same incident. A
single joint investigation takes fewer staff hours than three separate ones, and produces one report that
all parties can act on.

Staff tell us that the joint reviews are less frightening than the old interviews and that they learn
more about what their colleagues in other organisations are dealing with. For families, one contact
rather than three means they are not asked to tell their story again and again.
"""),
        ("spread", "Spread and sustainability", """
The approach is written into each organisation's patient safety incident response plan and the ICB's
system oversight arrangements. The neighbouring ICB has adopted the weekly triage call, and we have shared
our joint after-action review guide through the regional patient safety specialists' network.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I423  liquid medicine strengths for children leaving hospital - pdf - form
#       table - lead paediatric pharmacist, concise - children's hospital with
#       local pharmaceutical committee, GP federation and parent carer forum -
#       short entry - no flags
# ---------------------------------------------------------------------------
entry(
    id="I423", format="pdf", layout="form_table", topic="paediatric_liquid_medicine_strengths",
    project="independent27-samestrength-423", pdf_font="LiberationSans",
    title="Same Strength Every Time: safer liquid medicines for children going home from hospital",
    cover_table=[
        ("Entry title", "Same Strength Every Time: safer liquid medicines for children going home from hospital"),
        ("Lead organisation", "Ravelston Children's Hospital NHS Foundation Trust, Pharmacy Department"),
        ("Partners", "Ravelston Local Pharmaceutical Committee; Ravelston GP Federation; Ravelston Parent Carer Forum"),
        ("Entrant", "Lead Paediatric Pharmacist, Discharge and Transfer of Care"),
    ],
    primary_entrant=dict(name="Ravelston Children's Hospital NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Ravelston Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Ravelston GP Federation", type="primary_care"),
        dict(name="Ravelston Parent Carer Forum", type="patient_group"),
    ],
    sections=[
        ("context", "Background and aims", """
Many children go home on liquid medicines that are made specially or come in more than one strength, for
example omeprazole, sildenafil, clonidine and some anti-epileptics. A parent is taught on the ward to give
'2.5ml', and that is what they remember. If the community pharmacy then supplies a liquid that is twice
as strong, or half as strong, the child gets double or half the dose, and nobody notices until the child
is unwell. Our incident reports showed this happening several times a month. In 2021 a baby with a heart
condition went home on sildenafil and was given a liquid four times stronger by a pharmacy that could
not get the usual one; her mum noticed she was floppy and pale and brought her back to us the next day.
The pharmacy had done nothing wrong by its own rules. The problem was that the hospital, the GP and the
pharmacy were each choosing strengths on their own.

Since 2022 the hospital, the LPC and the GP federation have used one agreed list of standard strengths
for 38 common liquids. Discharge letters give the dose in milligrams and millilitres and name the
strength. Parents get a small 'my child's medicines' card with the same information, and community
pharmacies check the card when they dispense. If a pharmacy cannot get the agreed strength, it rings our
discharge pharmacists before supplying anything else.
"""),
        ("evidence", "Evidence of improvement", """
<<Q:Discharge letters for liquid medicines that stated both the dose in milligrams and the strength rose
from 22% in 2021 to 95% in 2023.>> <<Q:Incidents reported by the hospital, GPs or community pharmacies
where a child received the wrong strength of a liquid fell from 17 in 2021 to 4 in 2023.>> <<Q:Calls
from parents to the ward pharmacy team because a pharmacy could not get the liquid fell from about 40 a
month to 12.>> The figures come from the hospital's and the GP federation's incident systems and an
audit of 100 discharge letters each year.
"""),
        ("stakeholders", "Involvement of patients, families and staff", """
<<P:Parents from the Parent Carer Forum told us that the strength was written in small print that nobody
looked at, and they designed the card with the strength in a coloured box next to the millilitres.>>
<<P:Two mums whose children take several liquids tested the card for a month and asked for space for the
pharmacy's phone number.>> <<P:One of them also suggested a photo of the bottle on the card, which we
now print for the ten commonest liquids.>>

<<S:Community pharmacists chosen by the LPC went through the draft list of strengths and removed
several that wholesalers could not supply reliably.>> <<S:Practice pharmacists from the GP federation
asked for the strength to be added to the repeat prescription template, so the GP system now shows it.>>
"""),
        ("value", "Value", """
The card costs a few pence. The list saves community pharmacies from ordering special liquids that take
days to arrive, and saves parents running between pharmacies. A tenfold or double dose in a small child
can mean a hospital admission. Parents tell us they no longer dread the first repeat prescription after
going home, and our pharmacists spend less time on the phone sorting out supplies.
"""),
        ("spread", "Spread and sharing", """
The list has been adopted by the two other hospitals with children's wards in our region, and the
regional paediatric pharmacy group has shared it nationally. We presented it at the Neonatal and
Paediatric Pharmacists Group conference.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I424  young people with complex health needs turning eighteen - docx -
#       reordered (context, value, people, then results) - senior social
#       worker, conversational - county council with acute trust children's
#       complex care nurses, community trust and parent carer forum - parents,
#       young people and staff involved - NO spread section - no
#       quantitative evidence (register counts, all with a named nurse, no
#       earlier figures, a target, an evaluation planned)
# ---------------------------------------------------------------------------
entry(
    id="I424", format="docx", layout="reordered", topic="complex_needs_transition_adult_care",
    project="independent27-turning18-424", docx_font="Arial",
    title="Turning Eighteen Safely: moving young people with complex health needs from children's to adult care",
    cover=[
        "Caverley County Council, Adult Social Care - Preparing for Adulthood Team (lead)",
        "With Caverley and Moor Hospitals NHS Trust (Children's Complex Care Nursing), Caverley Community NHS Trust (Adult Community Nursing) and Caverley Parent Carer Forum",
        "Written by a Senior Social Worker, Preparing for Adulthood",
    ],
    primary_entrant=dict(name="Caverley County Council", type="local_authority"),
    partners=[
        dict(name="Caverley and Moor Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Caverley Community NHS Trust", type="nhs_trust"),
        dict(name="Caverley Parent Carer Forum", type="patient_group"),
    ],
    sections=[
        ("context", "Why this matters", """
I am a social worker in the council's preparing for adulthood team. We work with young people from about
fourteen onwards who will need care and support as adults. Some of the young people I work with have very
complex health needs: a tracheostomy, a gastrostomy tube, overnight ventilation, epilepsy that needs
rescue medicine. Until they are eighteen, their health care at home is led by the children's community
nursing team, who know them well, often from birth. Their care workers have been trained by those nurses
to do things like suctioning and tube feeds for that child.

Then they turn eighteen and, on paper, everything changes overnight. The children's nurses are no longer
commissioned to visit. Adult district nurses may never have met the young person and are often not
familiar with paediatric equipment. Care agencies sometimes say their workers cannot carry on with a
clinical task because the training was signed off by a children's nurse. Continuing healthcare funding
decisions were often not made until after the birthday, so nobody was sure who was paying for what. And
families, who had been carrying a lot of it already, ended up carrying all of it.

In 2021 a young man I will call Sam, who has a tracheostomy, turned eighteen in the middle of all this. A
new care agency started the week of his birthday. Three weeks later his tube blocked at night, the care
worker on shift had not been trained in an emergency tube change, and his mum did it herself while on the
phone to 999. He spent four days in intensive care. His mum said to me afterwards: 'It was like everyone
let go of him at the same time.'

Since 2022, four organisations have worked on this together. Every young person with complex health needs
goes on a shared transition register at fourteen. There is a joint planning meeting at sixteen and again
at seventeen, with the children's nurse, the adult district nurse, the social worker, the family and the
young person. A named adult community nurse meets the young person and their family before their
eighteenth birthday and works alongside the children's nurse for three months after it. Care workers have
a skills passport, signed off jointly by the children's and adult nurses, so their training carries on
being valid. And the continuing healthcare decision is made by seventeen and a half.
"""),
        ("value", "What it is worth", """
The overlap period costs the community trust some extra nursing time, around two visits a month for
three months per young person. The skills passport has saved care agencies from paying for staff to be
retrained from scratch, which they told us used to cost them up to £1,500 per worker. An admission to
intensive care for a blocked tracheostomy, like Sam's, costs far more than all of this put together.

For the families, the value is not having to explain everything again to strangers at the worst possible
time. One dad told me that the first meeting with the adult nurse, in his own kitchen, was the first time
in two years that he had slept properly.
"""),
        ("stakeholders", "Who has been involved", """
<<P:The Parent Carer Forum ran two evening sessions for parents of young people who had already turned
eighteen, and what they told us is the basis of the whole approach.>> <<P:It was parents who asked for the
joint meeting at sixteen, because by seventeen, they said, it was already too late to sort out funding and
agencies.>> <<P:Sam's mum worked with us on the skills passport and insisted that it had to include the
emergency procedures, not just the routine ones.>>

<<P:A group of young people from the Forum's youth group told us they were fed up with being talked about
in meetings as if they were not there, so the planning meetings now start with the young person, or
their communication passport, saying what matters to them.>>

<<S:Children's complex care nurses and adult district nurses spent time shadowing each other, and after
that they agreed the list of tasks that go in the skills passport and how they are signed off.>> <<S:Care
agency managers from three agencies told us what their insurers would and would not accept, and the
wording of the passport was changed so that it meets their requirements.>> <<S:Continuing healthcare
nurse assessors agreed to start their assessments at seventeen after we showed them the cases where the
decision had come late, and they designed a shorter form for young people already known to the children's
team.>>
"""),
        ("evidence", "What we can show so far", """
There are 64 young people on the transition register. Since the approach started, 29 of them have turned
eighteen. All 29 had a named adult community nurse before their birthday, and 26 had a continuing
healthcare decision by the time they turned eighteen. Care workers for 22 of them had a skills passport
in place.

None of the 29 young people had an emergency admission related to their equipment in the three months
after their birthday. We did not collect this information before, so we cannot compare it with earlier
years, and with such small numbers it would be hard to say much anyway.

Our target is that every young person on the register has their continuing healthcare decision by
seventeen and a half. The county's integrated care board has asked its quality team to review the first
three years of the programme, including admissions and families' experience, in 2025.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I425  pregnant women seeking asylum moved between hotels - docx - no
#       headings - specialist midwife for women with additional needs, first
#       person - acute trust maternity with refugee charity, council public
#       health, ICB and the private accommodation provider as a partner -
#       women and volunteers involved - no staff involvement (midwives
#       trained, hotel managers sent the procedure, a named ICB lead, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I425", format="docx", layout="no_headings", topic="asylum_seeking_women_maternity",
    project="independent27-notestravel-425", docx_font="Georgia",
    title="Notes That Travel: safer maternity care for women seeking asylum who are moved at short notice",
    cover=[
        "Haddonfield Hospitals NHS Trust, Maternity Services (lead entrant)",
        "Partners: Welcome House Haddonfield (refugee and asylum charity); Haddonfield City Council (Public Health); NHS Haddonfield and Wold Integrated Care Board; Northgate Accommodation Services Ltd (asylum accommodation provider)",
        "Written by the Specialist Midwife for Women with Additional Needs",
    ],
    primary_entrant=dict(name="Haddonfield Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Welcome House Haddonfield", type="charity"),
        dict(name="Haddonfield City Council", type="local_authority"),
        dict(name="NHS Haddonfield and Wold Integrated Care Board", type="icb"),
        dict(name="Northgate Accommodation Services Ltd", type="private"),
    ],
    sections=[
        ("context", None, """
In 2022 three hotels in and around Haddonfield started to be used as contingency accommodation for people
seeking asylum. Within a few months I had more than forty pregnant women on my caseload from those
hotels, and the number has stayed around that level since. They came from Eritrea, Sudan, Afghanistan,
Iran, Iraq, Albania and other countries. Many had been through things on their journeys that I will not
describe here. Some were pregnant as a result of them.

National reports into maternal deaths have shown for years that women seeking asylum are at higher risk of
dying in pregnancy and of losing their baby. When I started looking after the women in the hotels I
understood why. The biggest problem was that they were moved. Women were told on a Tuesday night that they
would be on a coach to another city on Thursday morning. Sometimes they were moved twice in a month. They
arrived somewhere new with no notes, no scan pictures, no blood results and no idea how to get an
appointment. Their new midwife, if they found one, had to start again from nothing. Women with diabetes in
pregnancy, high blood pressure or a previous caesarean lost their monitoring. Some women were moved after
36 weeks, when they should not be travelling at all.

There were other problems too. Women had almost no money, so a bus fare to the hospital was a real
barrier. They had no phone credit, so they missed the text reminders. GP registration at the hotels was
slow, which meant no GP to refer them and no prescriptions for folic acid or iron. Interpreters were
booked for appointments but not for the phone calls that arranged them.

The case that made me do something was a woman from Sudan, expecting her second baby, who had high blood
pressure in her first pregnancy. She was booked with us and started on aspirin, and then she was moved to
a hotel in another region at 30 weeks. Her notes did not go with her. She was not seen by a midwife for
five weeks and came into a hospital there with severe pre-eclampsia. Her baby was born at 35 weeks and
spent three weeks in neonatal care. When she was moved back to Haddonfield some months later, she told me
she had kept her aspirin packet because it was the only thing she had that showed she was pregnant.

Notes That Travel started in early 2023. It has four parts. Every pregnant woman in the hotels is given a
copy of her maternity record on paper and on her phone, in a waterproof folder with her scan pictures and
results, and she is told to show it wherever she goes. The accommodation provider tells me, by secure
email, whenever a pregnant woman is due to be moved, and I ask for the move to be stopped if she is over
34 weeks or has a medical reason not to travel, using the Home Office's own guidance on pregnant women.
When a woman is moved anyway, I phone the maternity unit in the place she is going and send her notes
before she arrives. Welcome House gives every woman a bus pass and phone credit through her pregnancy, and
the ICB has arranged for one GP practice near each hotel to register all residents within a week of
arrival. The council's public health team pays for a telephone interpreter for the calls that arrange
appointments, not just the appointments themselves.
"""),
        ("evidence", None, """
I compared the women from the hotels who gave birth with us in 2022 (38 women) with those who gave birth
in 2024 (44 women), using our maternity system and my own caseload records.

<<Q:Women moved to another area after 36 weeks of pregnancy fell from 11 to 2.>> <<Q:Missed antenatal
appointments went down from 31% of all appointments to 12%.>> <<Q:Women registered with a GP within two
weeks of arriving at the hotel rose from 40% to 92%.>> <<Q:Women with a known high-risk condition who had
a gap of more than four weeks in their antenatal care fell from 9 to 1.>>

In 2024, 17 moves of pregnant women were stopped or postponed after I raised a concern with the
accommodation provider. Every woman who was moved out of the area in 2024 had her notes sent to the
receiving unit before she arrived.
"""),
        ("stakeholders", None, """
<<P:The women themselves have shaped this from the start.>> <<P:At Welcome House's Wednesday women's group
I asked what had gone wrong for them, and they told me that the thing they feared most was arriving
somewhere new and being treated as if they had never been pregnant before.>> <<P:One woman, Amira, who was
a teacher in Afghanistan, designed the folder with me: she chose a waterproof one because women carry
everything they own in one bag, and she insisted on a page at the front in the woman's own language
saying 'I am pregnant, please call this number'.>>

<<P:Four women from the group who had already had their babies tested the bus pass and phone credit
scheme for the first two months and told us to give the credit weekly, not all at once, which is how it
now works.>> <<P:Women in the group also told us
that phone calls from a withheld number were never answered, because they were frightened it was the
Home Office, so I now call from a number that is saved in their phones as 'Midwife Haddonfield'.>>

All community midwives who work with the hotels have had a training session from Welcome House on the
asylum process and on trauma. The managers at each of the three hotels were sent the procedure for
telling us about moves. Fiona Clarke, the ICB's primary care lead, made the arrangement with the GP
practices. I would like to bring hotel staff, GPs and midwives together next year to look at what
still goes wrong.
"""),
        ("value", None, """
Bus passes and phone credit cost Welcome House about £60 a month for each woman, paid for by a grant from
the council's public health team. The interpreter calls cost around £4,000 a year. The folders cost
£2.50 each. My time is part of my existing role, though this work is now most of it.

A baby born early because a mother's pre-eclampsia was missed can spend weeks in neonatal intensive care,
which costs thousands of pounds a day, and that is before the cost to the family. The women tell me that
having their notes in their hand makes them feel like a patient, not a problem.
"""),
        ("spread", None, """
The folder and the notification process are now used by the other two maternity units in our local
maternity and neonatal system. I have shared them with specialist midwives in other regions through the
national network for midwives working with asylum-seeking women, and the accommodation provider has
agreed to use the same notification for pregnant women in all the hotels it runs in the north of England.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I426  adrenaline pens and allergy plans in schools - pdf - two column -
#       school nursing team leader, friendly - community trust with council
#       education, acute trust children's allergy clinic and a parents'
#       allergy group - parents, pupils and school staff involved - no
#       quantitative evidence (pens checked and replaced, plans counted,
#       reactions with no earlier figure, a target, an evaluation planned)
# ---------------------------------------------------------------------------
entry(
    id="I426", format="pdf", layout="two_column", topic="school_anaphylaxis_adrenaline",
    project="independent27-readyinaminute-426", pdf_font="LiberationSans",
    title="Ready in a Minute: allergy plans and adrenaline pens in Ebbwood schools",
    cover=[
        "Ebbwood Community Healthcare NHS Trust - School Nursing Service (lead) with Ebbwood Borough Council (Education and Inclusion), Ebbwood Royal Hospital NHS Trust (Children's Allergy Clinic) and Ebbwood Allergy Families (parents' support group)",
        "Entry by the School Nursing Team Leader",
    ],
    primary_entrant=dict(name="Ebbwood Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Ebbwood Borough Council", type="local_authority"),
        dict(name="Ebbwood Royal Hospital NHS Trust", type="nhs_trust"),
        dict(name="Ebbwood Allergy Families", type="patient_group"),
    ],
    sections=[
        ("context", "Why we started", """
Food allergy is common in children, and a small number of them have reactions serious enough to need
adrenaline straight away. Most children at risk carry adrenaline auto-injector pens, and since 2017
schools have been allowed to keep spare pens for emergencies. In theory, every child with a serious
allergy in Ebbwood's 61 schools should have an up-to-date allergy action plan and two in-date pens
within reach at all times.

When our school nurses started asking questions in 2022, the reality was different. Pens were locked in
the school office, sometimes a long walk from the dinner hall or the field. Some were years out of date.
Pens did not always go on school trips. Allergy plans in school were often copies of old clinic letters,
and when the hospital allergy clinic changed a child's plan, the school did not always hear about it.
Only a few schools had bought spare pens. And in 2022 a Year 4 boy at one of our primary schools had a
serious reaction at a cake sale; his pens were in his bag in the classroom and it took staff several
minutes to find them.

Ready in a Minute gives every child at risk the standard national allergy action plan, sent by the
allergy clinic to the school nurse and the school at the same time. School nurses check every child's
pens at the start of each school year. The council has bought spare pens for every school. And every
school has a simple rule that a child's pens go wherever the child goes.
"""),
        ("evidence", "What we have done so far", """
By September 2024 all 61 schools had spare pens and a named member of staff responsible for checking
them. School nurses checked 412 children's pens at the start of the 2023/24 school year; 38 were out of
date or missing and were replaced before the end of September. There are now 1,020 up-to-date allergy
action plans in Ebbwood schools.

Schools reported 14 allergic reactions in 2023/24, and adrenaline was given in six of them, every time
within five minutes. All six children made a full recovery. We do not have figures from before the
project to compare with, because schools did not report reactions to us.

Our target is that every child with a prescribed pen has an action plan that has been reviewed in the
last year by September 2025. The council's public health team plans to evaluate the project, including
ambulance calls to schools for allergic reactions, over the next two years.
"""),
        ("stakeholders", "Who helped", """
<<P:Parents from Ebbwood Allergy Families told us about the locked office and the trips, and they
wrote the one-page 'pens go where I go' rule that schools now sign up to.>> <<P:The boy who had the
reaction at the cake sale and his mum spoke to us about what it felt like, and it was his idea that pens
should be in a bright bag that every adult in school would recognise.>> <<P:A group of secondary school
pupils with allergies designed the poster that is now up in every school dining hall, and chose to make
it funny rather than scary.>>

<<S:School office staff and lunchtime supervisors at four pilot schools tried out different places to keep
the pens and the spare pens, and told us that a red bag hanging by the dining hall door worked best.>>
<<S:The allergy clinic nurses changed their letter to schools after school nurses said it was too long
to be useful.>> <<S:School cooks suggested adding a photo of each child at risk to the kitchen's
allergen board, and that is now standard in the council's catering contract.>>
"""),
        ("value", "Value", """
Spare pens cost the council about £9,000 for all 61 schools, with replacements every year or so. School
nurse checks take a few minutes per child. A serious reaction treated late can mean intensive care or a
death, and nothing is worth that. Parents tell us they feel safer sending their children to school.
"""),
        ("spread", "Sharing", """
Two neighbouring school nursing services have asked for our materials and one is using them from this
year. The council has written the rule into its guidance for early years settings, and we have shared
the project at the regional school nursing conference.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I427  people in crisis on the railway - pdf - CAPS headings - street triage
#       clinical lead, direct - mental health trust with British Transport
#       Police, Network Rail, Samaritans branch and council public health -
#       lived experience and staff involved - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I427", format="pdf", layout="caps_headings", topic="railway_suicide_prevention",
    project="independent27-safeplatforms-427", pdf_font="LiberationSans",
    title="SAFE PLATFORMS: a joint response to people in crisis on the railway in Lowmere",
    cover=[
        "LEAD: Lowmere Partnership NHS Foundation Trust (Mental Health Street Triage)",
        "PARTNERS: British Transport Police (Lowmere) / Network Rail (Lowmere route) / Lowmere and District Samaritans / Lowmere City Council Public Health",
        "AUTHOR: Clinical Lead, Street Triage",
    ],
    primary_entrant=dict(name="Lowmere Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="British Transport Police", type="emergency_service"),
        dict(name="Network Rail", type="public_other"),
        dict(name="Lowmere and District Samaritans", type="charity"),
        dict(name="Lowmere City Council", type="local_authority"),
    ],
    sections=[
        ("context", "BACKGROUND", """
Lowmere has two busy mainline stations, four smaller stations and a stretch of line that runs through the
middle of the city next to the river path. Between 2019 and 2021 nine people died on the railway in
Lowmere, and many more were stopped on platforms, bridges or the line itself, often by a member of the
public or a train driver who saw them in time. Each death is a tragedy for the person's family. It also
leaves train drivers, station staff, police officers and passengers who saw it with their own trauma,
and it closes the line for hours.

I lead the street triage service, in which a mental health nurse works alongside police officers to
respond to people in mental health crisis. Until 2022 our service worked with the county police, not with
British Transport Police, who police the railway. When a BTP officer found someone at risk on a platform,
they had few options: talk them round and let them go, or detain them under section 136 of the Mental
Health Act and take them to the place of safety, which could take the officer off duty for the rest of
the shift. There was no mental health advice available to them on the spot, and no way of knowing whether
the person was already known to mental health services. The same people were often found on the railway
again within weeks.

Station staff had mostly done the Samaritans' training on approaching someone at risk, but after they had
made the approach, they did not know who to call apart from 999. Network Rail and the train operators had
good data on where incidents happened, but it was not shared with the NHS or the council, so the council's
suicide prevention plan did not really include the railway.

SAFE PLATFORMS started in April 2022. Its main parts are:

A BTP officer and a street triage nurse work together on Friday and Saturday evenings, the busiest times,
and there is a phone line to a street triage nurse for BTP officers and station staff at all other times
between 10am and 2am.

A shared 'person of concern' process. With the person's consent where possible, anyone found at risk on
the railway is referred to the street triage team, who contact them within 72 hours. For people already
known to mental health services, their care coordinator is told the same day.

Network Rail shares its incident data every month with the council's public health team, and a monthly
meeting of all the partners looks at hotspots and at individuals who have come to notice more than once.

Physical changes at the two hotspot locations identified from the data: extra lighting and signs with the
Samaritans' number at the river path footbridge, and a staffed help point at the end of the fast line
platform at Lowmere Central.
"""),
        ("evidence", "RESULTS", """
We compared the three years before SAFE PLATFORMS (2019 to 2021) with the three years since (2022 to
2024), using BTP's incident records, Network Rail's data and our own street triage records.

<<Q:Deaths on the railway in Lowmere fell from nine in the three years before to three in the three
years since.>> <<Q:Detentions under section 136 at railway locations fell from 64 to 31.>> <<Q:People
who came to notice on the railway again within six months of a previous incident fell from 28% to 11%.>>

<<Q:The proportion of people found at risk on the railway who were contacted by a mental health
professional within 72 hours went up from under one in five to 84%.>> <<Q:Line closures caused by
people at risk on or near the track, which are a rough measure of how often someone got that far, went
down by about a quarter.>>

National figures for suicide on the railway have not fallen over the same period, so we think most of the
change is local. The numbers of deaths are small, though, and every one of them matters to us.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:Two people who had been stopped on the railway in Lowmere in the past, and who are now well, met with
us several times while we were setting this up.>> <<P:Both said that what they remembered most was being
handed over from person to person without anyone explaining what was happening, and because of that the
nurse or officer who makes the first approach now stays with the person until the handover is
complete.>> <<P:One of them, Daniel, told us that he had walked past the river path footbridge many times
before the night he climbed it, and that the lighting there was so poor nobody would have seen him, which
is why that was the first place we changed.>>

<<S:BTP officers and street triage nurses worked out the joint evening shift pattern together after a
three-month trial, and the officers asked to have the nurse in the car with them rather than on the end
of the phone, which is how it now runs at weekends.>> <<S:Station staff at Lowmere Central told us they
did not know what happened after they had made an approach, and asked for feedback, so the street triage
team now tells the station manager, without personal details, that someone has been seen.>> <<S:Network
Rail's route safety team and the council's public health analysts designed the monthly data report
together and changed it after the first few meetings so that it shows repeat incidents by location and
time of day.>> <<S:Train drivers' representatives asked that drivers who witness an incident are
offered the same follow-up as other staff, and the partnership's trauma support leaflet was rewritten
with them.>>

All BTP officers on the Lowmere section and station staff at all six stations have completed the
Samaritans' Managing Suicidal Contacts course. The monthly partnership meeting is chaired by the
council's director of public health.
"""),
        ("spread", "SHARING AND SPREADING", """
BTP has asked us to help set up the same joint arrangement in two other cities on the same railway route,
and one started in autumn 2024. The monthly data sharing between Network Rail and public health is now
part of the council's suicide prevention plan, and the regional suicide prevention network has used it
as an example for other councils. We have presented SAFE PLATFORMS at the national rail suicide
prevention conference.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I428  diabetic foot ulcers - pdf - with appendix - clinical lead podiatrist,
#       long and detailed - community trust podiatry with acute trust diabetic
#       foot and vascular teams, primary care network and ICB - staff
#       involved - no patient involvement (patients given a card, a support
#       group shown it, a clinic questionnaire that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I428", format="pdf", layout="with_appendix", topic="diabetic_foot_ulcer_pathway",
    project="independent27-footfirst-428", pdf_font="LiberationSerif", pdf_align="L",
    title="Foot First: getting people with a diabetic foot ulcer to the right team within a day",
    cover=[
        "Lead entrant: Sedgecombe Community NHS Trust, Podiatry Service",
        "In partnership with: Sedgecombe General Hospital NHS Foundation Trust (Multidisciplinary Diabetic Foot Team and Vascular Surgery); Sedgecombe Rural Primary Care Network; NHS Sedgecombe and Fal Integrated Care Board",
        "Prepared by the Clinical Lead Podiatrist, Sedgecombe Community NHS Trust",
    ],
    primary_entrant=dict(name="Sedgecombe Community NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Sedgecombe General Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Sedgecombe Rural Primary Care Network", type="primary_care"),
        dict(name="NHS Sedgecombe and Fal Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "The safety problem", """
People with diabetes can lose the feeling in their feet and the blood supply to them. A small cut or a
blister from a new pair of shoes can turn into an ulcer, and an ulcer that is not treated quickly and
properly can become infected, reach the bone and end in an amputation. Diabetic foot disease is one of
the most common reasons for a major amputation in England, and people who have an amputation because of
diabetes have a high risk of dying within five years. Most of this is preventable.

National guidance is very clear that anyone with diabetes who has an active foot problem, such as an
ulcer, spreading infection or a hot swollen foot, should be referred to a multidisciplinary foot care
service within one working day and seen by it within one further working day. The national diabetes foot
care audit shows that across England this often does not happen, and it certainly was not happening in
Sedgecombe.

Sedgecombe is a large rural area. The hospital, where the multidisciplinary diabetic foot team and the
vascular surgeons are based, is in the county town, and some of our patients live more than an hour's
drive away. Our community podiatry service has eleven clinics in health centres and community hospitals
across the county. About 29,000 people in the area have diabetes.

When we mapped what actually happened to people with a new foot ulcer in 2021, we found a route that
could take weeks. The person, often an older man living alone, noticed a sore on his foot and did nothing
for a while because it did not hurt. When he did go to his GP practice, he usually saw the practice nurse,
who dressed it and asked him to come back in a week. After two or three weeks of dressings, a referral
letter went to community podiatry and joined the routine waiting list. When a podiatrist saw him, they
referred him on to the hospital foot clinic, which ran twice a week, and he waited again. If the
circulation was poor, there was then a further wait for a vascular appointment and a scan. At any point in
that chain an infection could take hold.

The sequence was not anybody's fault. Practice nurses did not know there was a faster route, because there
was not one. Podiatrists had no way to get a patient into the hospital clinic quickly. The hospital team
only saw people once they had got through all the earlier steps, often already infected. The foot
protection checks that practices are supposed to do every year, to find people at high risk before they
get an ulcer, had fallen badly behind during the pandemic and had not caught up.

In 2021 our serious incident reviews included two men who had a below-knee amputation after a delay of
more than a month between first showing a practice nurse an ulcer and being seen by a specialist. One of
them had been to his practice five times.

Foot First began in April 2022. It has been built jointly by the community podiatry service, the
hospital's diabetic foot and vascular teams, the primary care network and the ICB, and it has six parts.

- A 'foot attack' referral. Any health professional who sees a person with diabetes and an active foot
problem can refer by a single phone number or email, staffed by podiatrists from 8am to 6pm on weekdays.
No letter is needed.

- Triage within one working day. The duty podiatrist rings the patient the same day and books them into a
daily 'hot' podiatry clinic at one of four community sites, or straight into the hospital foot clinic if
the foot looks severe.

- Shared photographs. With the patient's consent, photos of the foot are uploaded to the shared care
record, so that the hospital team can see the foot before the patient arrives and advise on whether to
come in.

- Fast access to vascular assessment. The vascular team keeps two slots each week for patients referred by
the foot team, with an arterial scan on the same day.

- Offloading from day one. The ICB funded a stock of offloading boots and casts at the four hot clinics,
so that pressure can be taken off the ulcer at the first visit rather than waiting for an orthotics
appointment.

- Catching up on foot protection. The PCN employed a podiatry assistant to work across its practices,
running catch-up foot checks and making sure people at high risk are known to the community podiatry
service.
"""),
        ("evidence", "Evidence of improvement", """
We compared 2021/22, the year before Foot First, with 2023/24, its second full year. The data come from
the podiatry service's records, the hospital's diabetic foot database and theatre records, and the
practices' foot check searches. We also take part in the national diabetes foot care audit, which lets us
compare our figures with England as a whole.

<<Q:The median time from a person first showing a health professional a new foot ulcer to their first
specialist foot assessment fell from 24 days to 3 days.>> <<Q:People seen by a specialist within two
working days of referral rose from 19% to 82%.>> <<Q:Ulcers that had healed by twelve weeks increased from
34% to 51%.>>

<<Q:Major amputations (above the ankle) in people with diabetes in Sedgecombe fell from 31 in the two years
2020 to 2022 to 18 in the two years 2022 to 2024.>> <<Q:Emergency admissions for diabetic foot infection
went down from 112 in 2021/22 to 79 in 2023/24.>> <<Q:People with diabetes in the PCN's practices who had
an annual foot check recorded rose from 48% to 79%.>>

The national audit's most recent report puts Sedgecombe's ulcer healing rate above the England average for
the first time. Minor amputations, of a toe or part of the foot, have not changed much, which is what we
would expect, because a well-timed minor amputation is often what prevents a major one.

The foot attack line took 1,380 referrals in 2023/24, and about a quarter came from practice nurses and a
fifth from district nurses. The hot clinics saw 5,900 appointments in the year.
"""),
        ("stakeholders", "Working together", """
<<S:Practice nurses from the PCN's nine practices came to two evening sessions to map the route a patient
took, and it was the practice nurses who told us that they had no idea they could refer to podiatry
urgently, and asked for a single phone number they could ring with the patient still in the room.>>
<<S:Our community podiatrists designed the triage questions for the foot attack line and tested them for
six weeks on real calls, adding a question about a hot swollen foot after two patients with Charcot foot
were nearly missed.>>

<<S:The hospital's diabetic foot team and the vascular surgeons agreed the criteria for sending a
patient straight to the hospital rather than to a hot clinic, and they changed them after the first three
months when they found that patients with a black toe were being sent to the hot clinics when they needed
the hospital.>> <<S:District nurses asked to be able to refer directly to the foot attack line as well,
because they see many housebound patients with foot ulcers, and the line was opened to them in the
second month.>>

<<S:Orthotists at the hospital worked with podiatrists to choose the offloading boots for the hot clinic
stock, and trained them in fitting casts, after the podiatrists pointed out that patients were waiting
three weeks for an orthotics appointment.>> <<S:The PCN's podiatry assistant and the practice
administrators worked out how to use the practice searches to find people overdue a foot check, and they
changed the recall letter after finding that many people did not realise the check was about their
feet.>> <<S:The ICB's diabetes programme lead and the trusts' finance leads agreed the funding model for
the offloading stock, after the podiatrists and orthotists showed them how many boots were being ordered
one at a time.>>

Everyone referred to the foot attack line is given a card that explains what a foot attack is and who to
call if their foot changes. The Sedgecombe diabetes support group was sent a copy of the card and shown
it at one of its meetings. A questionnaire at the hot clinics in 2023 found that patients were very happy
with being seen quickly, and we did not change anything as a result. We would like to involve people who
have had a foot ulcer in redesigning our foot care education sessions next year.
"""),
        ("value", "Value", """
The foot attack line and hot clinics are run by existing community podiatrists, with clinics moved rather
than added. The ICB pays for the offloading stock, about £36,000 a year, and for the PCN's podiatry
assistant, about £26,000 a year. The vascular slots come from existing capacity.

A major amputation costs the NHS tens of thousands of pounds in surgery, rehabilitation, prosthetics and
social care, and for the person it often means losing their home, their job or their independence. A
single admission for a foot infection usually lasts more than a week. We estimate that the fall in
amputations and admissions has more than paid for the whole programme, although we have not done a
formal economic evaluation.

For staff, Foot First has taken away a great deal of worry. Practice nurses used to spend weeks dressing
ulcers they knew needed specialist care. Podiatrists used to write letters they knew would sit in a
queue. Now everyone knows the route, and it is quick.
"""),
        ("spread", "Spread and sustainability", """
Foot First is now part of the ICB's diabetes programme and is funded recurrently. The other two PCNs in
Sedgecombe joined the foot check catch-up in 2023, and the foot attack line now covers the whole county.
The neighbouring ICB has visited the hot clinics and is setting up its own, and we have presented the work
at the regional diabetes clinical network and at a national podiatry conference.
"""),
    ],
    trailer=[
        ("heading", "Appendix: definitions and data sources"),
        ("para", "Foot attack: a person with diabetes and an active foot problem (a new ulcer, spreading infection, a hot swollen foot or a change in colour). Major amputation: amputation above the ankle. Healing at twelve weeks: the ulcer is fully closed at the twelve-week review."),
        ("para", "Amputation figures are taken from the hospital's theatre records for people with diabetes resident in Sedgecombe; healing and time-to-assessment figures come from the podiatry service's records and the national diabetes foot care audit; foot check figures come from searches of the PCN's nine practices."),
        ("para", "Contact: Clinical Lead Podiatrist, Podiatry Service, Sedgecombe Community NHS Trust, Marsh Lane Health Centre, Sedgecombe SD4 2PT."),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I429  automated medicine dispensers at home - docx - form table - PRIVATE
#       technology company is the primary entrant, with the county council and
#       a community trust as partners (ineligible) - head of clinical
#       services, businesslike - staff involved - no patient involvement
#       (users given a guide, families told, a negation, a user survey that
#       changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I429", format="docx", layout="form_table", topic="automated_medicine_dispensers_home",
    project="independent27-rightpill-429", docx_font="Arial",
    title="Right Pill, Right Time: automated medicine dispensers for people living at home",
    cover_table=[
        ("Project title", "Right Pill, Right Time: automated medicine dispensers for people living at home"),
        ("Lead applicant", "Pillbright Technologies Ltd"),
        ("Partner organisations", "Fenmouth County Council (Technology Enabled Care Service); Fenmouth Community Health NHS Trust (Community Medicines Support Team)"),
        ("Contact", "Head of Clinical Services, Pillbright Technologies Ltd, 3 Quayside Court, Fenmouth FM1 6TW"),
    ],
    primary_entrant=dict(name="Pillbright Technologies Ltd", type="private"),
    partners=[
        dict(name="Fenmouth County Council", type="local_authority"),
        dict(name="Fenmouth Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Describe the patient safety issue and the partnership", """
Missed and doubled doses of medicines are a major cause of harm for older people living at home,
particularly people with memory problems. They lead to falls, confusion, uncontrolled epilepsy, strokes
in people on anticoagulants, and hospital admissions. Many people who live alone manage with blister
packs or reminder charts, but for someone with early dementia these can become a hazard in themselves:
the person forgets whether they have taken the morning dose and takes it again.

Pillbright makes an automated medicine dispenser. It is loaded with a week of medicines by a pharmacy or a
trained carer, sounds an alarm and flashes at each dose time, and releases only that dose. If the dose is
not taken within an hour, an alert goes to a monitoring centre, which can ring the person or a named
contact. Before this project, our dispensers were bought privately by families, and nobody in the NHS or
social care knew who had one or what happened when an alert went off.

In 2022 Fenmouth County Council's technology enabled care service and the community trust's medicines
support team agreed to work with us on a joint pathway. Community pharmacy technicians from the trust
assess whether a person would benefit, and arrange the pharmacy supply. The council's technology enabled
care service installs the dispenser, and its monitoring centre receives the missed dose alerts alongside
its existing pendant alarm calls. We provide the dispensers, the software, training and technical
support, and a clinical escalation protocol.
"""),
        ("evidence", "What evidence is there of improved safety?", """
We compared the 212 people who had a dispenser installed through the pathway in its first year with
their own records in the six months before installation, using the medicines support team's records, the
council's care records and hospital admission data provided by the ICB.

<<Q:The proportion of doses recorded as missed fell from 23% (from blister pack checks by home carers) to
4% (from the dispenser's own logs).>> <<Q:Emergency admissions related to medicines among these people fell
from 41 in the six months before installation to 22 in the six months after.>> <<Q:Incidents reported by
home care agencies of a client taking a double dose fell from 37 to 6.>>

The monitoring centre handled 3,400 missed dose alerts in the year, and in 91% of them the person took the
dose after a phone call.
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<S:Community pharmacy technicians from the trust's medicines support team helped write the assessment
checklist and asked for a question on whether the person can hear the alarm, after finding that two of
the first users could not.>> <<S:Monitoring centre operators at the council told us that our first
escalation protocol had too many steps for a busy night shift, and we cut it down to three questions with
them.>> <<S:Home care managers from four agencies agreed with the council how their carers would load the
dispensers for people who do not use a pharmacy, and asked for a loading checklist on the lid, which we
added to the product.>>

Every person who has a dispenser is given a large-print user guide, and their family or named contact is
told how the alerts work. The dispenser design was fixed before the project began, so we did not involve
users in it. A survey of users and families after six months found that most were satisfied, and no
changes were made. We plan to set up a user panel with the council's older people's forum in 2025.
"""),
        ("value", "What value does the project add?", """
The council pays £6.50 a week for each dispenser, including monitoring, which is less than the cost of a
single fifteen-minute home care visit to prompt medicines. In some cases the dispenser has allowed a
home care package to be reduced. A medicines-related admission costs the NHS several thousand pounds and
can lead to a move into residential care.
"""),
        ("spread", "How has the project been shared or spread?", """
The council has written the pathway into its technology enabled care strategy, and two neighbouring
councils are now using it. We have presented the results at the national technology enabled care
conference and to the regional medicines safety network.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I430  fast-track referral of wet macular degeneration - pdf - numbered
#       questions - PRIVATE optometry company is the primary entrant, with the
#       hospital eye service and the ICB as partners (ineligible) -
#       professional services director, confident - patients and a macular
#       support group involved - no staff involvement (optometrists trained,
#       booking team briefed, the ICB lead agreed the pathway, a planned
#       survey)
# ---------------------------------------------------------------------------
entry(
    id="I430", format="pdf", layout="numbered_questions", topic="wet_amd_fast_track_referral",
    project="independent27-seenindays-430", pdf_font="DejaVuSans", pdf_align="L",
    title="Seen in Days, Not Weeks: fast-track referral of suspected wet macular degeneration from high street optometrists",
    cover=[
        "Primary entrant: Brightlens Optometry Ltd (41 practices across Aldermoor and the Wolds)",
        "Partners: Aldermoor University Hospitals NHS Trust (Macular Service) and NHS Aldermoor Integrated Care Board",
        "Submitted by the Professional Services Director, Brightlens Optometry Ltd",
    ],
    primary_entrant=dict(name="Brightlens Optometry Ltd", type="private"),
    partners=[
        dict(name="Aldermoor University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Aldermoor Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "1. What was the problem you set out to address?", """
Wet age-related macular degeneration is the commonest cause of sudden loss of central vision in older
people. Blood vessels grow under the retina and leak, and within weeks the damage can be permanent. It
can be treated with injections into the eye, which stop the leaking, but the sooner treatment starts the
more sight is saved. National guidance is that a patient with suspected wet macular degeneration should
be seen by the hospital within two weeks of referral, and treated soon after.

Most people with the first symptoms, such as straight lines looking wavy or a blurred patch in the
middle of their vision, go to their high street optometrist. Until 2022 in Aldermoor, the optometrist
wrote a referral letter to the patient's GP, who then referred the patient on to the hospital eye
service. Letters could sit in a GP practice for days, and some referrals arrived at the hospital with no
scan or with the wrong details. Patients were often not told how urgent it was and did not chase.

Brightlens has 41 practices in the area, and all of them have optical coherence tomography (OCT) scanners
that can show fluid under the retina. We proposed to the hospital's macular service and the ICB a direct
electronic referral from our optometrists to the macular clinic, with the OCT scan attached, bypassing
the GP. The ICB commissioned the pathway for all community optometrists, and the hospital agreed to triage
every referral within one working day and offer an appointment within a week.
"""),
        ("evidence", "2. What evidence is there of improved patient safety?", """
We compared referrals for suspected wet macular degeneration from Brightlens practices in 2021 with those
in 2023, using the hospital's macular service database.

<<Q:The median time from the optometrist's examination to the first injection fell from 34 days to 11
days.>> <<Q:Referrals that were lost, or arrived at the hospital without enough information to triage,
fell from 9% to 1%.>> <<Q:Patients who lost 15 or more letters on the sight chart between referral and
their first injection went down from 19% to 8%.>>

<<Q:The proportion of referrals that turned out not to be wet macular degeneration fell from about half to
about a third, because the hospital team can see the scan before booking.>> That means fewer patients
travel to the hospital and worry for nothing.
"""),
        ("stakeholders", "3. How have patients and staff been involved?", """
<<P:Members of the Aldermoor Macular Support Group, who all live with macular degeneration, read the
information we give patients at the time of referral and told us it was in print too small for them to
read, which, as one of them said, rather defeated the object.>> <<P:The group rewrote it in 16-point
type with a single message at the top: 'If you have not heard from the hospital in five days, ring this
number'.>> <<P:A retired bus driver who had lost the sight in one eye while waiting for a referral in
2020 asked that every patient be phoned, not just sent a letter, and the hospital's booking team now
phones first.>>

All our optometrists completed a course on interpreting OCT scans for macular disease before the pathway
started. The hospital's booking team were briefed on the new referral route. The ICB's eye care lead
agreed the pathway specification. We intend to survey our optometrists about the pathway later this year.
"""),
        ("value", "4. What value has the project added?", """
The ICB pays community optometrists a fee for each OCT-supported referral, which is less than the cost of
a hospital appointment that turns out not to be needed. Every letter of vision saved matters to someone
who wants to keep driving, reading or recognising their grandchildren's faces, and loss of sight is
linked to falls, depression and loss of independence.
"""),
        ("spread", "5. How has the work been shared?", """
The direct referral pathway is now open to all 87 community optometry practices in the ICB area, not
only ours. The hospital is using the same route for suspected retinal vein occlusion. We have shared the
pathway with the regional eye care network and at an optometry conference.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I431  medical patients cared for on other wards - docx - style headings -
#       consultant acute physician, formal - departments of ONE acute trust
#       described as partners, no partner organisation (ineligible) - staff
#       involved - no patient involvement (patients given a leaflet, patient
#       experience team updated, a plan) - no quantitative evidence (outlier
#       counts, a single audit figure, incidents reviewed, a target)
# ---------------------------------------------------------------------------
entry(
    id="I431", format="docx", layout="style_headings", topic="medical_outliers_other_wards",
    project="independent27-rightteam-431", docx_font="Calibri",
    title="Right Team, Wrong Ward: keeping medical patients safe when they are cared for on other wards",
    cover=[
        "Pellingham General Hospital NHS Trust",
        "A partnership between Acute Medicine, the Surgical Division, the Patient Flow Team and the Critical Care Outreach Team",
        "Lead contact: Consultant Acute Physician and Clinical Lead for Patient Flow",
    ],
    primary_entrant=dict(name="Pellingham General Hospital NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Like most acute hospitals, Pellingham General often has more medical patients than medical beds,
particularly in winter. When the medical wards are full, patients are placed on surgical, orthopaedic or
gynaecology wards, where they are known as outliers. On a typical winter day in 2022 there were between
25 and 40 medical outliers across the hospital.

Outlying patients are known to be at higher risk. They are looked after by nurses who are less familiar
with medical conditions and medicines, and the medical team responsible for them may be on the other side
of the hospital. Our incident reports for 2021/22 included outlying patients who were not reviewed by a
doctor for more than 48 hours, a patient on a surgical ward whose deterioration was not escalated to the
medical team because the ward did not know which team was responsible, and several medication errors
involving drugs rarely used on surgical wards, such as insulin infusions and anti-epileptics.

In 2023 the trust set up the Right Team, Wrong Ward programme, bringing together acute medicine, the
surgical division, the patient flow team and the critical care outreach team. It has four elements: a
dedicated outlier team of a consultant, a registrar and an advanced clinical practitioner who review
every medical outlier every day; a live outlier list on the electronic bed board, showing each patient's
responsible consultant and bleep number; rules on which patients should not be outlied, such as those on
insulin infusions, non-invasive ventilation or end-of-life care; and a daily visit by the critical care
outreach team to any outlier with a raised early warning score.
"""),
        ("evidence", "Evidence", """
Between April 2023 and March 2024 there were 4,870 outlier episodes. The outlier team reviewed 14,200
patients during the year. In an audit in March 2024, 94% of outlying patients had been reviewed by a
senior doctor within the previous 24 hours.

Over the same period, 62 incidents involving outlying patients were reported and reviewed by the
programme group. The outreach team made 1,150 visits to outlying patients with a raised early warning
score.

We did not audit outlier reviews before the programme started, because the information was not available
on the bed board. Our target is that no patient meeting the exclusion criteria is outlied, and we are not
yet meeting it on the busiest days.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:Ward sisters from the surgical and orthopaedic wards met with the acute medicine consultants in three
workshops to agree what made outlying patients unsafe, and it was the ward sisters who proposed the
exclusion list, drawing on incidents on their own wards.>> <<S:The patient flow coordinators redesigned
the bed board display after trying out two versions for a month, and asked for the responsible
consultant's bleep number to be shown so that nurses did not have to look it up.>> <<S:Critical care
outreach nurses suggested the daily visit to outliers with a raised score and tested it on two surgical
wards before it was extended.>> <<S:Pharmacists on the surgical wards asked for a list of high-risk medical
medicines, with guidance for nurses, to be kept on each ward, and they wrote it with the acute medicine
pharmacist.>>

Patients who are moved to an outlying ward are given a leaflet explaining why they have been moved and
who is looking after them. The patient experience team was updated on the programme at its monthly
meeting. We would like to hear from patients who have been outliers about their experience in the
coming year.
"""),
        ("value", "Value", """
The outlier team is made up of existing acute medicine staff whose rotas were changed. The bed board
changes were made by the trust's information team. There was no new spending. Outlying is not going to
stop while demand is as high as it is, but making it safer protects patients and reduces the time nurses
spend trying to find a doctor.

Surgical nurses say they feel more confident looking after medical patients now that they know who to
call.
"""),
        ("spread", "Sharing", """
The outlier list and the exclusion rules are now part of the trust's escalation policy. We have shared the
approach with two neighbouring trusts in our region and presented it at the regional acute medicine
meeting.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I432  asthma attacks in children - docx - bullet lists - children's
#       respiratory nurse specialist, lively - acute trust with ICB, local
#       pharmaceutical committee and council school nursing - young people,
#       parents and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I432", format="docx", layout="bullet_lists", topic="childhood_asthma_attacks",
    project="independent27-everypuff-432", docx_font="Calibri",
    title="Every Puff Counts: fewer asthma attacks for children and young people in Brydon Valley",
    cover=[
        "Lead organisation: Brydon Valley Hospitals NHS Trust (Children's Respiratory Service)",
        "Partners: NHS Brydon Valley Integrated Care Board | Brydon Valley Local Pharmaceutical Committee | Brydon Valley Council (0-19 School Nursing Service)",
        "By the Children's Respiratory Nurse Specialist",
    ],
    primary_entrant=dict(name="Brydon Valley Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="NHS Brydon Valley Integrated Care Board", type="icb"),
        dict(name="Brydon Valley Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Brydon Valley Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why we did it", """
Asthma is the most common long-term condition in children, and children still die from it in this
country. When the national reviews look at those deaths, they find the same warning signs again and
again: a child using a lot of blue reliever inhalers, not enough brown preventer, no written plan, and an
attack that was the last of several.

What we saw in Brydon Valley in 2021:

- around 7,800 children and young people with asthma on GP registers

- hundreds of children issued more than twelve reliever inhalers in a year, a clear sign that their asthma was out of control

- children coming to our emergency department with an attack and going home with nobody checking their inhaler technique or their preventer

- many children with no written asthma plan, or one their school had never seen

- community pharmacies handing out reliever inhalers on repeat with no way of flagging a child who was collecting too many

- air pollution and damp, mouldy housing in parts of the valley making things worse

What Every Puff Counts does, since 2022:

- every child seen in the emergency department or admitted with an asthma attack gets a follow-up with our nurses within 48 hours of going home, by phone or at a clinic

- community pharmacists check inhaler technique for every child collecting an inhaler, and flag to the GP practice any child collecting a third reliever in three months

- a monthly GP search, set up by the ICB, finds children with high reliever use or no preventer, and they are invited to an asthma review

- school nurses make sure every child with asthma has a plan in school and a spare inhaler, and run short sessions in primary schools

- the council's housing team will inspect any home where a child's asthma is linked to damp and mould
"""),
        ("evidence", "What has changed", """
We compared 2021/22 with 2023/24, using hospital data, the ICB's GP searches and community pharmacy
records.

- <<Q:emergency admissions for asthma in children and young people fell from 214 to 139>>

- <<Q:children issued more than twelve reliever inhalers in a year went down from 612 to 287>>

- <<Q:children seen by our nurses within 48 hours of an emergency attendance for asthma rose from 11% to 78%>>

- <<Q:children with asthma who had a written plan recorded by their GP went up from 34% to 69%>>

- <<Q:children who came back to the emergency department with another attack within 90 days fell by about 40%>>

- there were no asthma deaths in children in Brydon Valley in 2023 or 2024, but deaths are rare enough that we cannot draw anything from that
"""),
        ("stakeholders", "Who was involved", """
- <<P:twelve young people from our teenage asthma clinic met with us over pizza three times, and told us that nobody their age would carry a paper plan, so they helped us make the plan into a phone wallpaper>>

- <<P:the same group chose the name Every Puff Counts and recorded the short inhaler technique videos that pharmacists now show on a tablet>>

- <<P:parents at a coffee morning run by the school nurses told us that the follow-up phone calls were coming during the school run, so our nurses now ring between 10am and 2pm or after 7pm>>

- <<P:a mum whose son had been admitted three times suggested that the discharge pack should include a spare spacer for school, which it now does>>

- <<S:community pharmacists tested the 'third reliever' flag in eight pharmacies for two months and asked for a simple form that goes straight into the GP practice's workflow, which the LPC then agreed with the practices>>

- <<S:practice nurses helped the ICB decide which children the monthly search should pick up first and asked for a template that pre-fills the asthma plan, which they now use>>

- <<S:school nurses and primary school teachers wrote the classroom sessions together, and teachers asked for the session to end with a practice of what to do in an attack, using a dummy inhaler>>

- <<S:emergency department nurses asked for the follow-up referral to be a single tick box on the discharge screen, and it was built that way>>
"""),
        ("value", "Value", """
- our two extra nurse posts cost about £94,000 a year, funded by the ICB

- the pharmacy inhaler checks are paid for through the national pharmacy contract, with a small local fee for the flag

- an emergency admission for a child with asthma costs around £2,000, and the fall in admissions alone more than covers the nurse posts

- children miss less school, and parents miss less work

- more preventer and fewer relievers is also better for the environment, because reliever inhalers have a large carbon footprint
"""),
        ("spread", "Spread", """
- the ICB has extended the monthly search to adults with asthma

- the 48-hour follow-up has been adopted by the other hospital in our ICB

- the phone wallpaper plan has been shared through the regional children's asthma network and is being used by three other areas

- our young people presented their videos at the regional children and young people's health conference
"""),
    ],
    flags=[],
)
