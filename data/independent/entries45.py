"""Forty-fifth independent evaluation set (I705..I720) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
a national public body named as a partner.  The entries are meant to be ordinary: the
kind of thing food banks, hospices, universities, councils, social enterprises, GP
federations, small patient charities, women's refuges and leisure trusts send in, in
their own voices and at their own length.  The theme of this set is smaller
organisations (charities, GP federations, councils, hospices, universities and social
enterprises), with many different cover pages and forms.

Topics: hypoglycaemia in people on insulin or gliclazide who use a food bank (a food bank
charity, a cover table), high calcium in people with cancer missed at home (a hospice
lead), meningitis and missed vaccination in first-year university students (a university
lead, two columns), complications of non-surgical cosmetic procedures such as dermal
fillers (a council environmental health team, CAPS headings), accidental poisoning of
children under five with medicines and household products (a social enterprise running
family hubs, no headings, long), weight-loss injections bought online by people going for
surgery (a private online pharmacy as primary entrant), medicines safety for people with
sight loss (a sight loss charity, a form), safeguarding and record alerts hidden from
locum clinicians in evening and weekend hubs (teams of one GP federation, no partner),
drug-related harm at a music festival (a private event medical company as primary
entrant, lists), medicines to avoid and crisis care for people with myasthenia gravis (a
small patient charity, a cover table), medicines in Shared Lives arrangements (a council
Shared Lives scheme, a form with no spread section), pressure injuries from worn
wheelchair cushions (a social enterprise wheelchair service), shared care requests from
private ADHD clinics (a GP federation, sections in an unusual order), GP registration and
address confidentiality for women in a refuge (a refuge charity, with appendix, long),
cardiac safety in a leisure trust's exercise referral scheme (a pdf made from Word) and
decisions to eat and drink with acknowledged risk that do not follow people home from
hospital (a hospice lead, no headings, short, no evidence section).

Build it with

    .venv/bin/python data/independent/build.py --set 45   (writes data/corpus/independent45/)

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
    titles, list items), wherever in the entry it is told; students, festival-goers,
    members of a patient charity and women living in a refuge who shaped the work are P;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; peer networks of patients are patient_group;
hospices, food banks, refuges, leisure trusts, students' unions, small patient charities
and community interest companies run on a not-for-profit basis are charity; a university
is university; national public bodies such as the UK Health Security Agency are
public_other; online pharmacies and event medical companies are private).  A department
or team of the entrant's own organisation is not a partner.  Flags are written by hand
and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I705  hypoglycaemia in food bank users on insulin or gliclazide - docx -
#       bold headings with a cover table - food bank operations manager,
#       plain - food bank charity with GP federation, community trust
#       diabetes nurses and council financial inclusion team - people who use
#       the food bank, volunteers with lived experience and staff involved -
#       no flags
# ---------------------------------------------------------------------------
entry(
    id="I705", format="docx", layout="bold_headings", topic="food_insecurity_hypoglycaemia",
    project="independent45-steadysupper-705", docx_font="Arial",
    title="Steady Supper: preventing low blood sugar in people with diabetes who rely on the food bank",
    cover_table=[
        ("Entry title", "Steady Supper: preventing low blood sugar in people with diabetes who rely on the food bank"),
        ("Organisation", "Bramwick Community Food Bank (registered charity)"),
        ("Working with", "Bramwick and Oxley GP Federation; Bramwick Community Health NHS Trust (Diabetes Specialist Nursing); Bramwick Borough Council (Financial Inclusion Team)"),
        ("Contact name", "Operations Manager, Bramwick Community Food Bank"),
    ],
    primary_entrant=dict(name="Bramwick Community Food Bank", type="charity"),
    partners=[
        dict(name="Bramwick and Oxley GP Federation", type="primary_care"),
        dict(name="Bramwick Community Health NHS Trust", type="nhs_trust"),
        dict(name="Bramwick Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why we needed to do this", """
We run three food bank centres in Bramwick and gave out just over 9,000 food parcels last year. We are not
a health organisation and never thought of ourselves as one. But in the winter of 2022 one of our regular
clients, a man in his sixties, collapsed in the queue at our Eastgate centre. He had type 2 diabetes, took
gliclazide twice a day, and had not eaten properly for two days because his money had run out. An
ambulance was called and he was treated for a very low blood sugar. Afterwards our volunteers started
asking around, and it turned out that he was far from the only one.

People on insulin, or on tablets like gliclazide that make the body release insulin, need to eat regularly.
If they skip meals to make food last, or live on a parcel that is mostly pasta and tins, their blood sugar
can drop dangerously, especially at night. Most of them keep taking their medicine exactly as prescribed,
because that is what they have been told to do. Nobody had told them what to do when there is no food in
the house, and their GP or nurse usually had no idea they were using a food bank.

We also found the opposite problem. Some people had stopped taking their insulin altogether when they
could not eat, and ended up with very high blood sugars.

We tried to deal with it ourselves at first. Volunteers put extra biscuits in parcels for people who said
they were diabetic, which, we later learned, was not the answer for
anyone on insulin who was already struggling with high sugars. We also had no way of telling anyone's GP, and
our referral form did not ask about health at all. It was clear we needed help from people who knew what they
were doing.

In 2023 we got together with the GP federation, whose clinical pharmacists already did medication reviews
for the practices in the town, the diabetes specialist nurses at the community trust, and the council's
financial inclusion team. The aim was simple: no one on insulin or gliclazide should end up in an
ambulance because they could not afford to eat.
"""),
        ("evidence", "What difference it has made", """
We have now asked the diabetes question at 3,400 referrals. Of those, 212 people were taking insulin or
gliclazide and agreed to be part of Steady Supper. Each of them got a 'steady parcel' with slow-release
carbohydrates, long-life milk and a hypo pack of glucose tablets, and a referral to a practice pharmacist
within a week.

The federation's pharmacists compared the six months before each person joined with the six months after,
using the practice records and ambulance notifications.

<<Q:Ambulance call-outs for low blood sugar among the 212 people fell from 49 in the six months before
joining to 17 in the six months after.>> <<Q:Emergency department attendances for a hypo or a very high
blood sugar went down from 37 to 15.>> <<Q:When we asked people at their first visit and again three
months later, the share who said they had had a hypo in the last month fell from 58% to 21%.>>

The pharmacists changed the medicines of 71 people, mostly reducing or stopping gliclazide or changing the
timing of insulin, and the council's team found £118,000 in unclaimed benefits for people on the scheme.
"""),
        ("stakeholders", "Who was involved", """
<<P:Before we started, eleven people with diabetes who use the food bank sat down with us and the diabetes
nurses over two lunchtimes, and they told us the hypo leaflet we had borrowed from a hospital was no use
because it assumed you had orange juice and biscuits in the cupboard.>> <<P:They chose what went into the
steady parcel, and it was their idea to put the glucose tablets in a small tin that fits in a coat pocket.>>

<<P:Two of our volunteers have type 1 diabetes themselves and have used the food bank in the past, and they
run the sessions where people can talk to the pharmacist over a cup of tea.>>

<<S:The federation's clinical pharmacists wrote a simple 'no food, what now' plan with the diabetes
specialist nurses, and they changed it twice after trying it with the first thirty people.>> <<S:Our centre
coordinators asked for a single question on the referral form rather than a checklist, because the longer
version was not being filled in at busy sessions.>> <<S:The council's money advisers suggested that they sit
in the same room on the same morning as the pharmacist, so people only had to come once.>>
"""),
        ("value", "Value", """
A steady parcel costs about £4 more than a standard parcel. The glucose tablets are supplied by the
community trust. The pharmacists' time comes from their existing medication review work, but it is now
aimed at the people most at risk. One ambulance call-out and emergency department visit costs far more than
a year of steady parcels.

People tell us they feel less frightened at night. Our volunteers feel they can do something useful when
someone says they are diabetic, instead of just hoping for the best.
"""),
        ("spread", "Spread", """
The diabetes question is now on the referral form that all 140 referring agencies in Bramwick use. Two other
food banks in the county have started steady parcels, and the federation has added a 'food insecurity'
code to its medication review template so practices can find people who might be at risk even if they never
come to us. We presented the work at the regional diabetes network meeting in 2024.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I706  high calcium in people with cancer missed at home - pdf - own
#       headings - hospice consultant in palliative medicine, reflective -
#       hospice with GP federation, community trust district nursing and a
#       pathology service - staff involved - no patient involvement (patients
#       given a card, families told, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I706", format="pdf", layout="own_headings", topic="hypercalcaemia_malignancy_community",
    project="independent45-calciumcheck-706", pdf_font="LiberationSerif", pdf_align="L",
    title="Think Calcium: finding high calcium in people with advanced cancer before it becomes a crisis",
    cover=[
        "Lead organisation: St Brannock's Hospice, Kettleby",
        "Partners: Kettleby Central GP Federation; Kettleby and Wold Community NHS Trust (District Nursing); Wold Valley Pathology, Kettleby General Hospital NHS Trust",
        "Written by a Consultant in Palliative Medicine, St Brannock's Hospice",
    ],
    primary_entrant=dict(name="St Brannock's Hospice", type="charity"),
    partners=[
        dict(name="Kettleby Central GP Federation", type="primary_care"),
        dict(name="Kettleby and Wold Community NHS Trust", type="nhs_trust"),
        dict(name="Kettleby General Hospital NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "What we were worried about", """
High calcium in the blood (hypercalcaemia) is common in people with advanced cancer, particularly myeloma,
lung, breast and kidney cancer. It creeps up. People become tired, thirsty, constipated, muddled and sleepy,
and because these are exactly the things that families and professionals expect to see in someone with
advanced cancer, it is easily put down to the disease 'taking its course'. Yet it is very treatable with a
drip and a single infusion of a bisphosphonate, and treatment can give people weeks or months of good
quality life.

Over 2021 and 2022 our hospice community team kept meeting patients at home who were drowsy and confused,
had a blood test, and turned out to have a very high calcium that had probably been rising for some time.
In two cases the person died before treatment could be arranged. When we looked back, several had had
symptoms for more than a fortnight. Some had had a blood test weeks earlier that showed a raised calcium,
but it had been reported without correcting for the albumin level, or it had gone to a GP who was not
expecting it and filed it, or the district nurse had taken the sample and never seen the result.

There was also a practical problem. Even when high calcium was found, getting the treatment meant a
hospital admission, which many patients did not want and which often took a day or more to arrange.

So the problem crossed four organisations: the hospice, general practice, the district nurses and the
laboratory. The partnership set out to do three things: make sure the right people think of calcium early;
make sure any raised result in a patient known to palliative care gets to someone who will act on it the
same day; and give people the option of treatment at home or in the hospice day unit.
"""),
        ("evidence", "What has changed", """
We looked at all patients on the community palliative care caseload who were found to have a corrected
calcium above 2.9 mmol/L, comparing the 18 months before Think Calcium (42 patients) with the 18 months
after it started in April 2023 (57 patients). More patients are being found, which is what we hoped.

<<Q:The average time from a raised calcium result to the first dose of treatment fell from 3.8 days to 1.1
days.>> <<Q:The proportion of patients whose calcium was above 3.5 mmol/L (severe) when it was first found
fell from 38% to 14%, which suggests we are catching it earlier.>> <<Q:Patients who needed an emergency
hospital admission to have their high calcium treated went down from 31 of 42 to 12 of 57.>>

Forty-one patients were treated at home by the district nurses or in the hospice day unit. Nobody has died
with untreated high calcium that had been found on a blood test since the project started.
"""),
        ("stakeholders", "Who shaped it", """
<<S:The laboratory's duty biochemists told us that they had been phoning raised calcium results to GP
surgeries that were closed, and they suggested that any sample marked with the palliative care code should
be phoned to the hospice advice line instead, which is open day and night.>> <<S:District nurses were worried
about giving bisphosphonate infusions at home, so four of them spent a day on the hospice day unit and then
wrote the home treatment protocol with our nurse specialists, including a rule that the first infusion is
always given with a second nurse present.>> <<S:GPs from the federation helped us cut the prompt card down to
the four symptoms they said they would actually remember (thirst, constipation, confusion and sleepiness),
and asked for the card to be stuck inside the district nurses' notes folders, not emailed.>>

Patients on the community caseload are given a 'Think Calcium' card with the same four symptoms, and
families were told at the first home visit what to look out for. We sent a short questionnaire to
patients and carers six months in; most said the card was useful and nothing needed changing. We hope to
ask the hospice's patient and family panel to review the card next year.
"""),
        ("value", "Value for patients and the system", """
A bisphosphonate infusion costs a few pounds. The district nurse visit and the day unit place are existing
services. An emergency admission for high calcium usually lasts four to six days, and for someone in the last
months of life that is a big share of the time they have left. Patients who were treated at home or in the
day unit were usually back to themselves within a few days.

Staff say the biggest change is that calcium is now the first thing people think of when someone with
cancer becomes drowsy, rather than the last.
"""),
        ("spread", "Spreading the word", """
The laboratory has applied the palliative care phone rule to all results from the two other hospices in its
area. The prompt card has been adopted by the regional palliative care network and is in the county's
end of life care guidelines. We have written the work up for a palliative care journal and presented it at
the hospice federation's clinical conference.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I707  meningitis and missed vaccination in first-year students - pdf -
#       two column - university head of student wellbeing, upbeat -
#       university with UKHSA, the university health centre GP practice and
#       the students' union - students involved - no staff involvement
#       (wardens trained, security briefed, the practice told, a staff
#       survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I707", format="pdf", layout="two_column", topic="meningitis_university_students",
    project="independent45-jabandlook-707", pdf_font="DejaVuSans",
    title="Jab, Register, Look Out: protecting first-year students from meningitis and sepsis",
    cover=[
        "University of Harbridge (Student Wellbeing Service), with the UK Health Security Agency (Midlands West Health Protection Team), Harbridge University Health Centre and Harbridge Students' Union",
        "Entry by the Head of Student Wellbeing",
    ],
    primary_entrant=dict(name="University of Harbridge", type="university"),
    partners=[
        dict(name="UK Health Security Agency", type="public_other"),
        dict(name="Harbridge University Health Centre", type="primary_care"),
        dict(name="Harbridge Students' Union", type="charity"),
    ],
    sections=[
        ("context", "Why we did it", """
Every September about 6,500 new students arrive at Harbridge, most of them living away from home for the
first time, many in large halls. First-year students are one of the groups at highest risk of
meningococcal disease, and the MenACWY vaccine is offered free to young people before they start
university. Many arrive without having had it.

In October 2022 a first-year student in one of our halls became ill with meningococcal septicaemia. Her
flatmates thought she had a hangover and left her to sleep. She survived but spent three weeks in
intensive care. When UKHSA and the health centre looked into it, she was not vaccinated and was not
registered with a GP in Harbridge, and neither were most of her flat.

Her case was not unusual. The health centre told us that in most years only about a third of new
students registered with a GP before they became ill, and students who had never seen a doctor in
Harbridge tended to turn up late, at the emergency department, often brought in by a friend. International
students were the least likely to have had the vaccine, because it is not offered in many countries.

We realised three things needed to change. Students needed to get vaccinated and registered with a GP
in their first fortnight. Friends and flatmates needed to know the signs. And halls needed a clear way to
get help fast.
"""),
        ("evidence", "What changed", """
<<Q:Among first-year students in halls, the proportion with a record of MenACWY vaccination rose from 41%
in 2022 to 78% in 2024.>> <<Q:Students registered with the health centre by the end of their second week went
up from 35% to 81%.>>

Over the two years, 2,140 vaccines were given at pop-up clinics in halls and at the freshers' fair. There
were two cases of meningococcal disease among our students in that time; both were recognised by
flatmates, who called 999 within an hour.
"""),
        ("stakeholders", "Who got involved", """
<<P:The students' union welfare officer brought together a group of fourteen first-years and second-years
who redesigned our campaign, because they said the posters we had been using looked like something from a
doctor's waiting room.>> <<P:They came up with 'Look out for your flatmate', a short video filmed in a real
hall kitchen, and a glass-test sticker for every fridge.>> <<P:The student who was ill in 2022 agreed to tell
her story in the video and at the welcome talks.>> <<P:Student ambassadors suggested putting the GP
registration QR code on the hall wristbands students wear in freshers' week, which doubled as their
entry pass.>>

All 120 residence wardens and the campus security team were trained in spotting meningitis and sepsis and
in the '999 first' rule. The health centre was told about the new registration route, and UKHSA receives
our vaccination figures each term. We sent a survey to wardens at the end of the first year and, as most
were happy with the training, we kept it as it was. We plan to involve wardens in the next review.
"""),
        ("value", "Value", """
The campaign cost about £7,800, mostly for the video and printing, paid for by the university. The
vaccines are provided free through the NHS. A single case of meningococcal septicaemia can cost the NHS
hundreds of thousands of pounds and leave a young person with lifelong disability. Students say they feel
more confident to act, and parents told us they were reassured at open days.
"""),
        ("spread", "Spread", """
UKHSA has shared the campaign with all universities in the region and three have used the video. The
students' union has taken 'Look out for your flatmate' to the national union welfare network, and the wristband
QR code is now used by two further education colleges in the city.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I708  complications of non-surgical cosmetic procedures - pdf - CAPS
#       headings - council principal environmental health officer, dry -
#       council with acute trust ED and plastic surgery and the ICB - women
#       with complications and staff involved - no quantitative evidence in
#       the evidence section (registrations, inspections, referrals, a zero
#       with no earlier figure); one measured change told under value
# ---------------------------------------------------------------------------
entry(
    id="I708", format="pdf", layout="caps_headings", topic="non_surgical_cosmetic_complications",
    project="independent45-safeaesthetics-708", pdf_font="LiberationSans", pdf_align="J",
    title="Safe Aesthetics Elmcaster: reducing harm from dermal fillers and other non-surgical cosmetic procedures",
    cover=[
        "Elmcaster City Council, Environmental Health and Licensing (lead)",
        "In partnership with Elmcaster Royal Hospital NHS Trust (Emergency Department and Plastic Surgery) and NHS Elmcaster and Fenland Integrated Care Board",
        "Contact: Principal Environmental Health Officer (Health and Safety)",
    ],
    primary_entrant=dict(name="Elmcaster City Council", type="local_authority"),
    partners=[
        dict(name="Elmcaster Royal Hospital NHS Trust", type="nhs_trust"),
        dict(name="NHS Elmcaster and Fenland Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "BACKGROUND", """
Non-surgical cosmetic procedures such as dermal fillers, anti-wrinkle injections and 'skin boosters' have
grown very quickly in Elmcaster, as everywhere. They are offered in salons, in rented rooms above shops,
at 'pop-up' events and in people's homes. Until recently there was no national licensing scheme, and
anyone could inject filler after a one-day course.

From 2021 the emergency department at Elmcaster Royal began seeing young women with swollen, infected or
discoloured lips and faces after filler. Some had a blocked blood vessel (vascular occlusion), which can
cause the skin to die and, very rarely, blindness. This needs an injection of an enzyme, hyaluronidase,
within hours. The practitioners who had done the procedure often could not be contacted, or had told the
client to 'give it a few days'. The plastic surgery team saw people weeks later with abscesses and scarring.

Environmental health officers, who already licensed tattooing and piercing premises under local byelaws,
had no idea this was happening, because nobody told us. Hospital staff did not know that the council could
inspect premises. The ICB was unaware of the numbers.

In 2023 we set up Safe Aesthetics Elmcaster. The council extended its special treatments registration to
cover cosmetic injectables, with an infection control and complications standard. The emergency department
and plastic surgery team agreed a referral form that goes to the council when a patient attends with a
complication and is willing to name the premises. The ICB funded a hospital pathway so that suspected
vascular occlusion is seen by a plastic surgery registrar within two hours. And we published a public
'before you book' checklist.
"""),
        ("evidence", "WHAT WE HAVE ACHIEVED", """
Since the scheme opened in April 2023, 187 practitioners and 96 premises have registered. Our officers
have carried out 142 inspections and issued 38 improvement notices, most for poor hand hygiene, reuse of
cannulas, out-of-date products and no hyaluronidase on site. Two practitioners were prosecuted for
working without registration.

The hospital has sent us 53 referrals. In every case an officer visited the premises within five working
days. The two-hour pathway has been used 29 times.

In an audit of registered premises in March 2024, 91% had hyaluronidase in date and a written complications
plan. Since the pathway started, no patient seen within two hours has needed surgery for skin death.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Emergency department nurses and plastic surgery registrars designed the referral form with our
officers, and they insisted it had to take less than two minutes to fill in on a night shift or it would not
get done.>> <<S:Our own inspectors went through the draft standard line by line with two experienced nurse
prescribers who work in aesthetics, and took out several rules that would have been impossible to check.>>
<<P:Four women who had been treated at the hospital for filler complications told us what they wished they
had known beforehand, and their questions became the 'before you book' checklist.>> <<P:One of them,
Chloe, asked that the checklist tell people to get the practitioner's mobile number before the appointment,
which is now the first item.>>
"""),
        ("value", "VALUE", """
Registration fees cover most of the council's costs. The hospital pathway uses existing on-call staff.
Treating a late vascular occlusion can mean repeated surgery and months of dressings, and the scarring is
permanent. <<Q:Complaints to the council about cosmetic practitioners fell from 41 in 2022/23 to 17 in
2023/24, which our officers put down to the poorest operators closing or improving.>>
"""),
        ("spread", "SPREAD", """
Our standard has been shared with the Chartered Institute of Environmental Health and five other councils
in the region are using the referral form. We have given evidence to the national consultation on licensing
cosmetic procedures.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I709  accidental poisoning of children under five - docx - no headings -
#       long - family hubs manager of a social enterprise, warm - CIC with
#       health visiting, the children's emergency department and the
#       council - parents, grandparents and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I709", format="docx", layout="no_headings", topic="accidental_poisoning_under_fives",
    project="independent45-upaway-709", docx_font="Georgia",
    title="Up, Away and Locked: cutting accidental poisoning in under-fives in Wynford",
    cover=[
        "Little Steps Family Hubs CIC (community interest company running Wynford's family hubs on behalf of the council)",
        "With Wynford Community Health NHS Trust (Health Visiting), Wynford and Saltby Hospitals NHS Trust (Children's Emergency Department) and Wynford Borough Council (Children's Services)",
        "Written by Dawn Pritchard, Family Hubs Manager",
    ],
    primary_entrant=dict(name="Little Steps Family Hubs CIC", type="charity"),
    partners=[
        dict(name="Wynford Community Health NHS Trust", type="nhs_trust"),
        dict(name="Wynford and Saltby Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Wynford Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
Little Steps is a community interest company. We run Wynford's five family hubs for the council, which means
stay-and-play groups, parenting courses, breastfeeding support, a food pantry and a lot of cups of tea with
parents who are finding things hard. We see around 3,000 families with young children each year. We are not
a health service, but families tell us things they might not tell a professional, and that is partly how this
project started.

In the spring of 2022 a mum at our Millfield hub told one of our family support workers that her
two-year-old had been in hospital overnight after eating her grandmother's blood pressure tablets. Nan had
left her handbag on the sofa. The following week another parent mentioned that her little boy had bitten into
a laundry capsule. <<S:Our worker, Jas, brought it up at a team meeting and it turned out almost everyone had a
story like it.>> We asked the children's emergency department whether this was common. It was. They were
seeing an under-five with a suspected poisoning most days, and Wynford's rate was higher than the regional
average.

The emergency department consultant, Dr Okafor, told us that most of these children go home the same day,
but a few are very unwell. The medicines that worry them most are ones where a single tablet can harm a
toddler: some heart and blood pressure tablets, diabetes tablets, strong painkillers, iron and some
antidepressants. Liquid nicotine for vapes was becoming a new problem, and so were laundry and dishwasher
capsules. In most cases the thing the child got hold of belonged to someone else in the house or a visitor,
was not in its original container, or had been left out 'just for a minute'.

We also looked at our own hubs, a little uncomfortably. Our stay-and-play rooms had lockable cupboards, but
parents' bags went on the floor by the door, at exactly toddler height, and more than one of us had seen a
child rummaging in a bag while a parent chatted. The same was true of the baby clinics that health visitors
run in our buildings. We put hooks high up on the walls of every room the following month, which cost almost
nothing, and it became a small example we could point to when talking to families.

What struck us was that each organisation only saw a small piece. The hospital treated the child and sent a
letter to the GP and the health visitor. The health visitor might or might not get a chance to talk to the
family about it, depending on caseload. Nobody came back to us, even though we might see the family at a
group the very next week. And the home safety advice that health visitors gave at the one-year review was a
leaflet that covered everything from stair gates to hot drinks, with poisoning as one line at the bottom.

So in September 2022 we brought the four organisations together. We called it Up, Away and Locked, which
was the message we wanted every family to remember. The project has four parts.

- Every under-five seen in the children's emergency department for a suspected poisoning now has a
notification sent the same day to the health visiting duty desk, which arranges a home visit or phone call
within a week. With the parent's agreement, the family hubs are told too, so that we can follow up in person.

- Families can get a free lockable medicine box and cupboard locks from any family hub, with no questions
asked. The council's children's services fund the boxes from its early help budget.

- We run 'Grandparents' Tea' sessions at the hubs, because so many of the poisonings involved a grandparent's
tablets. Grandparents look after a lot of young children in Wynford while parents work.

- Health visitors use a short three-question check at the one-year and two-year reviews instead of the old
leaflet: where are medicines kept, where are laundry and cleaning products kept, and does anyone who visits
bring medicines in a bag.
"""),
        ("evidence", None, """
The emergency department's data team gave us numbers for under-fives living in Wynford, comparing the year
before the project (September 2021 to August 2022) with the second year of the project (September 2023 to
August 2024). <<Q:Attendances for suspected poisoning fell from 312 to 221.>> <<Q:Admissions went down from
47 to 26.>> <<Q:Repeat attendances, where the same child came back with another poisoning within a year, fell
from 19 to 5.>>

<<Q:Health visitors recorded the three-question check on a sample of 300 families at the two-year review,
and the share of families keeping all medicines locked or out of reach went up from 22% in the first audit in
late 2022 to 71% in the latest one.>> Since the start we have given out 1,860 medicine boxes and 2,400
cupboard locks, and 430 grandparents have come to a Grandparents' Tea.

We know that some of the drop may be down to other things. There was a national campaign on laundry capsules
in 2023. But the fall in Wynford has been bigger than in the two neighbouring boroughs over the same time, and
the fall in repeat attendances is the part we are most proud of, because that is the follow-up working.

The numbers do not show everything. One of our family support workers visited a young mum after her son had
swallowed some of her antidepressants. She was frightened that social services would be called and had not
told anyone else in the family. By the end of the visit she had a locked box, she had agreed to let the health
visitor come round, and she came to a stay-and-play the following week for the first time in months. That
kind of follow-up is hard to count, but it is what the project is for.
"""),
        ("stakeholders", None, """
<<P:The first thing we did was ask parents. A group of nine mums and two dads from the Millfield and Eastfield
hubs met with us over four weeks, and they told us the medicine boxes we were thinking of buying were too
big to fit in a kitchen cupboard and too obvious on a worktop, so we changed to a smaller box that fits on a
high shelf.>> <<P:They also told us to stop saying 'poisoning', because it made parents feel accused, and to
talk about 'little accidents with medicines' instead, which is the language we now use in our groups.>>

<<P:The Grandparents' Tea idea came from a grandmother, Maureen, whose granddaughter swallowed some of her
heart tablets in 2022, and she now helps run the sessions at our Eastfield hub.>> <<P:She brings her own pill
organiser along to show people how easy it is for a toddler to open the wrong kind.>>

<<S:Health visitors told us at a team meeting that the one-year leaflet was not working, and three of them
worked with our family support workers to write the three-question check, testing it in their own clinics
for a month before it was used everywhere.>> <<S:Nurses in the children's emergency department asked for the
notification to be a single tick box on the discharge screen, and the trust's digital team built it that
way.>> <<S:Our own family support workers suggested keeping the locks and boxes at the hub reception rather
than in a back office, so parents could pick them up without having to ask.>>

The council's early help team agreed to fund the boxes and locks for two years.
"""),
        ("value", None, """
A medicine box costs £8.50 and a pack of cupboard locks £3.20. The whole project has cost the council about
£24,000 over two years, most of it for boxes and locks. Health visitor and emergency department time comes from
existing work, and the Grandparents' Teas are run by our staff and volunteers in hub sessions that were already
happening.

Each admission of a small child after a poisoning usually means at least one night in hospital, with blood
tests and heart monitoring, and a frightened family. Parents tell us that they feel less judged now that the
follow-up comes from someone at the hub they already know. Health visitors say the three questions take two
minutes and often lead on to other conversations about safety at home.
"""),
        ("spread", None, """
The emergency department has started sending the same notification for under-fives from Saltby, which is
covered by a different health visiting team. The three-question check has been adopted by the community trust
for all its health visiting teams. We have shared our materials with the Child Accident Prevention Trust and
with two other family hub providers in the region, and one of them started Grandparents' Teas in 2024.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I710  weight-loss injections bought online by people going for surgery -
#       docx - numbered questions - PRIVATE online pharmacy is the primary
#       entrant, with an acute trust's pre-operative assessment service and
#       a PCN as partners (ineligible) - superintendent pharmacist,
#       businesslike - staff involved - no patient involvement (customers
#       sent messages, a customer survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I710", format="docx", layout="numbered_questions", topic="online_weight_loss_injections_surgery",
    project="independent45-pausebefore-710", docx_font="Calibri",
    title="Pause Before Procedure: safer use of online weight-loss injections around surgery and endoscopy",
    cover=[
        "Primary entrant: Clearwell Online Pharmacy Ltd",
        "Partner organisations: Morwick University Hospitals NHS Trust (Anaesthesia and Pre-operative Assessment); Morwick North Primary Care Network",
        "Submitted by the Superintendent Pharmacist",
    ],
    cover_bullets=[
        "Category: Best Partnership Solution Improving Patient Safety",
        "Project dates: January 2023 to date",
    ],
    primary_entrant=dict(name="Clearwell Online Pharmacy Ltd", type="private"),
    partners=[
        dict(name="Morwick University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Morwick North Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "1. Why was the partnership needed and what were its safety goals?", """
Clearwell is a registered online pharmacy. Since 2022 a large part of our business has been the supply of
GLP-1 medicines such as semaglutide and tirzepatide for weight management, prescribed by our independent
prescribers after an online consultation. We supply around 14,000 customers a month.

These medicines slow down how quickly the stomach empties. In 2022 anaesthetists began reporting cases where
patients having an operation or an endoscopy had food in their stomach despite fasting, which puts them at
risk of breathing it into the lungs under anaesthetic or sedation. Guidance now advises that people should
tell the team about these medicines before a procedure, and in some cases a dose should be held.

The difficulty is that many of our customers do not think of a weight-loss injection bought online as a
'medicine', and do not mention it at pre-operative assessment. Their GP usually does not know about it either,
so it is not on the record that the hospital sees. In late 2022 Morwick University Hospitals had two cases
where a patient on semaglutide from an online pharmacy aspirated stomach contents during sedation for an
endoscopy, and one needed a stay in intensive care. One of them was our customer.

The partnership had three goals: that customers planning a procedure know to tell the team and get
clear advice; that the hospital's pre-operative assessment asks specifically about injections bought online;
and that, with consent, the customer's GP practice knows about the prescription.
"""),
        ("evidence", "2. What evidence is there of improvements in safe care?", """
From March 2023 every order includes a short question about planned operations, endoscopies or other
procedures in the next eight weeks. A 'yes' triggers a prescriber call and written advice agreed with the
trust's anaesthetists. We also ask for consent to inform the GP at every order, not just the first.

<<Q:Customers consenting to their GP practice being told about their prescription went up from 18% in 2022
to 74% in 2024.>> <<Q:The trust's pre-operative assessment clinic recorded GLP-1 use in 2.1% of patients
before the change and 6.8% after, which the anaesthetists think is much closer to the real figure.>>
<<Q:Procedures cancelled on the day because a patient on a GLP-1 medicine had not followed the advice on
holding doses fell from 23 in the six months before to 6 in the most recent six months.>>

Our prescribers made 1,130 calls to customers with a planned procedure in 2023/24.
"""),
        ("spread", "3. How has the work been shared and applied elsewhere?", """
The procedure question and the advice sheet have been shared with the national body for registered
pharmacies and with two other online pharmacies, one of which now uses them. The trust's pre-operative
question has been added to the regional pre-operative assessment network's template. The PCN has shared its
process for adding a note to the GP record with the other five PCNs in the ICB.
"""),
        ("value", "4. What difference has it made to staff and patients, and is it good value?", """
The prescriber calls are done within our existing clinical team. The trust estimates that each cancelled
endoscopy list slot costs several hundred pounds and a cancelled operation much more, quite apart from the
risk to the patient. Pre-operative nurses say the direct question gets an honest answer far more often than
'are you on any medicines?'.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<S:The trust's consultant anaesthetists and endoscopy nurses wrote the procedure advice with our prescribers,
and changed it after the endoscopy nurses pointed out that the first version did not cover people having
bowel preparation.>> <<S:Pre-operative assessment nurses tested three wordings of the new question in clinic
for a month and chose 'Do you use any injections for weight loss, including ones bought online?'.>>
<<S:Clinical pharmacists in the PCN asked us to send GP notifications in a structured format that could be
coded automatically, and agreed the format with our technical team.>>

Customers are sent an email and a text message about the change with their next order. We asked a sample
of customers in 2024 what they thought of the procedure question; most found it clear, so we did not change
it. We intend to set up a customer reference group in the coming year.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I711  medicines safety for people with sight loss - docx - form table -
#       sight loss charity chief officer, plain - charity with the LPC and
#       the council's sensory services - members with sight loss involved -
#       no staff involvement (pharmacists trained, pharmacies sent a pack,
#       rehabilitation officers told, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I711", format="docx", layout="form_table", topic="medicines_sight_loss",
    project="independent45-feelsafe-711", docx_font="Verdana",
    title="Know Your Pills: safer medicines for people with sight loss in Norbeck",
    cover_table=[
        ("Title of entry", "Know Your Pills: safer medicines for people with sight loss in Norbeck"),
        ("Lead organisation", "Vision Matters Norbeck (charity for blind and partially sighted people)"),
        ("Partner organisations", "Norbeck and District Local Pharmaceutical Committee; Norbeck County Council (Sensory Services)"),
        ("Name and role of entrant", "Chief Officer, Vision Matters Norbeck"),
    ],
    primary_entrant=dict(name="Vision Matters Norbeck", type="charity"),
    partners=[
        dict(name="Norbeck and District Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Norbeck County Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
About 7,000 people in Norbeck live with sight loss, most of them over 75, and most of them take several
medicines. Standard pharmacy labels are printed in small type. Boxes of different medicines often look alike,
and generic brands change from month to month, so a tablet that was white and round last time is yellow and
oval this time. Many of our members told us they tell their tablets apart by the feel of the box or by where
they keep them on the kitchen table, and that a change of brand or a visitor tidying up can throw the whole
system out.

In 2022 two of our members were admitted to hospital after taking the wrong medicine: one took a double dose
of a blood thinner and one took her husband's tablets. Under the Accessible Information Standard, health and
care services should record and meet people's communication needs, but pharmacies were rarely told that a
customer had sight loss, and the council's rehabilitation officers, who teach people to live with sight loss,
had no link to pharmacies.

The partnership aimed to make sure every pharmacy knows which customers have sight loss, offers labels and
information they can use, and keeps brands the same where possible; and that rehabilitation officers check
medicines as part of their home visits.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
<<Q:In our members' survey, the share who said they had taken a wrong medicine or a wrong dose in the past
year fell from 39% in 2022 to 12% in 2024.>> <<Q:Pharmacies in the county offering large-print or audio
labels on request went up from 9 of 61 to 44 of 61.>>

Since 2023, 620 people have been flagged on pharmacy systems as having sight loss, and 410 have been given
tactile bands or talking labels. The rehabilitation officers have done 350 medicines checks during home visits.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Twenty members of our Tuesday social group tested four kinds of label: large print, braille, talking
labels and coloured rubber bands, and they voted for a mix, saying braille was no use for most people who
lose their sight in later life.>> <<P:Members asked pharmacies to put a single raised dot on the lid of
anything that should be taken only once a week, and the LPC agreed to include that in the standard.>>
<<P:A member who is registered blind, Mr Ellis, recorded the audio guide to the scheme, which is now on our
phone line.>>

All pharmacists and pharmacy staff in the county were offered a one-hour training session run by our staff,
and 190 attended. Every pharmacy received a pack with the flag and the labels. Rehabilitation officers were
told about the medicines check at their team meeting. We hope to bring pharmacists together with our members
for a review next year.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Talking labels cost about £1 each, and tactile bands a few pence. The LPC paid for the first batch. A hospital
admission after a medicines error costs thousands of pounds and can be the event that means an older person
cannot go home. Members say they feel more independent and less reliant on family to sort their tablets. Several told us
that being able to check their own medicines was the thing that let them carry on living alone.
"""),
        ("spread", "How has the work been shared and spread?", """
The LPC has shared the standard with the other committees in the region, and the national sight loss
charity has featured the project in its newsletter to local societies.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I712  safeguarding and record alerts hidden from locum clinicians in
#       evening and weekend hubs - pdf - numbered questions - GP federation
#       clinical governance lead, matter-of-fact - teams of one federation,
#       no partner (ineligible) - staff involved - no patient involvement
#       (patients told through practice websites, a survey, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I712", format="pdf", layout="numbered_questions", topic="gp_hub_alerts_locum_clinicians",
    project="independent45-seetheflag-712", pdf_font="LiberationSans", pdf_align="L",
    title="See the Flag: making safeguarding and safety alerts visible in our extended access hubs",
    cover=[
        "Ravensholme GP Federation",
        "A joint project of the federation's Extended Access Service, Clinical Governance Team and Digital Team",
        "Entry by the Clinical Governance Lead (GP)",
    ],
    primary_entrant=dict(name="Ravensholme GP Federation", type="primary_care"),
    partners=[],
    sections=[
        ("context", "1. Why was the work needed and what were its safety goals?", """
Ravensholme GP Federation runs three extended access hubs, open on weekday evenings and at weekends, which
offer around 1,900 GP, nurse and physiotherapy appointments a month to patients from across the town. Most
sessions are covered by locum and sessional clinicians rather than the federation's salaried staff.

In 2022 our incident reviews found a pattern. Clinicians in the hubs were seeing patients without knowing that
they had a child protection plan, a history of violence towards staff, a do not attempt resuscitation decision,
or a need for an interpreter or a chaperone. In one case a locum GP prescribed a large supply of a sedating
medicine to a patient whose record carried an overdose risk alert. In another, a child on a protection plan was
seen with an injury and the clinician did not know to tell the social worker.

The alerts were in the record. The problem was that locums had been given a smartcard role that hid
safeguarding information, the hub appointment screen did not show alerts, and there was no induction that
covered where to look. Sessional clinicians often arrive ten minutes before a session, having never worked
in that building before, and start seeing patients straight away. <<S:Many work for several federations and
out-of-hours providers, each with different systems, and they told us they simply assumed that anything
important would pop up.>>

Our goal was that every hub clinician can see and act on every alert for every patient, from their first
session. We set out to do four things: give every sessional clinician the correct smartcard role before
their first shift; change the hub appointment screen so that alerts appear next to the patient's name before
the consultation is opened; hold a short alerts huddle at the start of each session; and give every new
clinician a twenty-minute induction, including where to find safeguarding contacts out of hours.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
<<Q:In an audit of 100 hub consultations each quarter, the proportion where the clinician recorded having seen
the patient's alerts rose from 23% in the first quarter of 2023 to 96% in the second quarter of 2024.>>
<<Q:Incidents where a hub clinician was not aware of a safeguarding or safety alert fell from 31 in 2022 to 6
in 2024.>>

All 84 sessional clinicians who have worked in the hubs since 2023 have completed the induction.
"""),
        ("stakeholders", "3. Who was involved and how?", """
<<S:Locum GPs who work regularly in the hubs sat with the digital team and showed them what they actually
saw on screen, which is how we found out that the smartcard role was the problem.>> <<S:Hub receptionists
suggested that they read out any alert at the start of the session in a two-minute 'flag huddle', and the
clinicians agreed to try it; it is now standard.>> <<S:Our safeguarding lead nurse and the advanced nurse
practitioners rewrote the induction together after the first version was judged too long by the nurses who
tested it.>>

Patients were told about the hubs through the member practices' websites. A patient survey about the hub
service was carried out in 2023, and satisfaction was high. We plan to ask the federation's patient
participation forum for its views on how alerts are used.
"""),
        ("value", "4. What difference has it made and is it good value?", """
The changes used existing systems and about 30 hours of digital team time. The flag huddle takes two
minutes. Clinicians tell us they feel safer working in the hubs, and the number of sessional clinicians who
come back to work with us has grown. A single missed safeguarding alert can leave a child or an adult at
risk, and an overdose after an unsafe prescription can cost a life; against that, the cost of the changes is
very small.
"""),
        ("spread", "5. How has it been shared?", """
We have shared the smartcard role settings and the induction pack with the other two GP federations in the
county and with the local out-of-hours provider, and presented the work at the ICB's primary care quality
group.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I713  drug-related harm at a music festival - pdf - bullet lists -
#       PRIVATE event medical company is the primary entrant, with the
#       council's safety advisory group, the ambulance service and a drug
#       checking charity as partners (ineligible) - medical director, brisk -
#       festival-goers involved - no staff involvement (medics trained,
#       stewards briefed, ambulance control told, a debrief survey that
#       changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I713", format="pdf", layout="bullet_lists", topic="festival_drug_harm_medical_cover",
    project="independent45-fieldsafe-713", pdf_font="DejaVuSans", pdf_align="L",
    title="Field Safe: reducing drug-related harm at the Tregarrow Fields festival",
    cover=[
        "Submitted by Summit Event Medical Services Ltd",
        "Partners: Tregarrow District Council (Safety Advisory Group); Westmoor Ambulance Service NHS Trust; Safer Nights Tregarrow (drug checking and harm reduction charity)",
        "Contact: Medical Director, Summit Event Medical Services Ltd",
    ],
    primary_entrant=dict(name="Summit Event Medical Services Ltd", type="private"),
    partners=[
        dict(name="Tregarrow District Council", type="local_authority"),
        dict(name="Westmoor Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Safer Nights Tregarrow", type="charity"),
    ],
    sections=[
        ("context", "Background", """
Summit provides medical cover at the Tregarrow Fields festival, a four-day event with around 35,000 people,
most aged 18 to 30.

What went wrong in 2022:

- 41 people were taken to Tregarrow General Hospital, most after taking drugs, and two needed intensive care

- the welfare tent, run by volunteers, had no direct radio link to our medical team, so people who were
deteriorating waited while a steward walked over

- high-strength ecstasy pills were circulating from the Friday, but nobody on site knew until Saturday night

- the local ambulance service had 19 crews tied up at the site or the hospital on the Saturday, which left
the rest of the district short

- the hospital's emergency department had no warning of what was coming and no idea which drugs were involved

- the safety advisory group's review after the event found that each organisation had done its own job, but
nobody had joined the pieces up

What Field Safe does, since 2023:

- front-of-site drug checking run by Safer Nights, with results shared with our medical lead within the hour

- 'heads-up' messages on the festival app and screens when a dangerous batch is found

- a shared radio channel between the welfare tent, our medics and the ambulance liaison officer

- a 20-bed field hospital with a doctor and nurses able to treat overheating and agitation on site

- the council's safety advisory group signs off the plan and reviews every incident after the event
"""),
        ("evidence", "Results", """
2022 compared with 2024 (similar attendance and weather):

- <<Q:people taken to hospital from the site fell from 41 to 17>>

- <<Q:the average time from the welfare tent raising a concern to a clinician arriving went down from 14
minutes to 4 minutes>>

- <<Q:ambulance hours spent on festival-related patients over the weekend fell by more than half>>

- Safer Nights tested 1,120 samples in 2024 and issued three heads-up messages
"""),
        ("stakeholders", "Who was involved", """
- <<P:a group of twelve regular festival-goers met us twice before the 2023 event and told us nobody reads
long warnings, so the heads-up messages are now three lines long with a picture of the pill>>

- <<P:festival-goers who had used the welfare tent in 2022 said they had not known it was there, and they
suggested the glowing signs that now mark it from anywhere on the main field>>

- <<P:the same group tested the festival app messages on their own phones and asked for them to come as
notifications, not just in the news feed>>

- all medics and welfare volunteers were trained in the new radio system

- stewards were briefed at the start of each shift

- ambulance control was told about the on-site field hospital

- we sent a debrief survey to our team after 2023; most answers were positive and we left the plan as it was

- we would like our medics to help review the plan for 2025
"""),
        ("value", "Value", """
- the festival organiser pays for the field hospital and drug checking through the medical contract

- each avoided ambulance journey frees a crew for the rest of the district

- festival-goers have told Safer Nights they feel safer knowing what is going around

- the hospital's emergency department had a much quieter weekend than in 2022, with fewer very unwell young
people arriving at the same time
"""),
        ("spread", "Spread", """
- the safety advisory group now asks every large event in the district for a drug checking and heads-up plan

- we use the shared radio channel at the eight other festivals we cover

- the ambulance service has shared the liaison arrangements with its events planning team
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I714  medicines to avoid and crisis care in myasthenia gravis - docx -
#       style headings with a cover table - volunteer chair of a small
#       patient charity, personal - charity with acute trust neurology and
#       emergency department and the ambulance service - members and staff
#       involved - no quantitative evidence (cards issued, flags added, an
#       audit with no comparison, a zero with no earlier figure)
# ---------------------------------------------------------------------------
entry(
    id="I714", format="docx", layout="style_headings", topic="myasthenia_gravis_emergency_care",
    project="independent45-mgalert-714", docx_font="Cambria",
    title="MG Alert: safer emergency care for people with myasthenia gravis",
    cover_table=[
        ("Name of project", "MG Alert: safer emergency care for people with myasthenia gravis"),
        ("Lead organisation", "Myasthenia Support Hollowfield (registered charity)"),
        ("Partners", "Hollowfield Teaching Hospitals NHS Trust (Neurology and Emergency Department); Pennine and Dales Ambulance Service NHS Trust"),
        ("Person submitting", "Chair of Trustees (volunteer)"),
    ],
    primary_entrant=dict(name="Myasthenia Support Hollowfield", type="charity"),
    partners=[
        dict(name="Hollowfield Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Pennine and Dales Ambulance Service NHS Trust", type="emergency_service"),
    ],
    sections=[
        ("context", "The problem", """
Myasthenia gravis (MG) is a rare autoimmune condition that causes muscle weakness. It can affect the eyes,
swallowing, speech and breathing. Our charity is small. We have about 230 members across Hollowfield and the
Dales, no paid staff, and we meet once a month in a church hall. Most of us have MG or care for someone who
has it.

We started this project because of what kept happening to our members when they needed emergency care. Some
common medicines can make MG much worse, including certain antibiotics, some heart medicines, magnesium, and
some drugs used in anaesthesia. A member with a chest infection was given an antibiotic in the emergency
department that tipped her into a myasthenic crisis, and she spent ten days on a ventilator. Another member,
who was struggling to breathe, had his oxygen levels checked and was told he was fine, because in MG the
oxygen level can stay normal until very late, when the breathing muscles are already failing. He went back
in the next day and was intubated.

Almost every member had a story of having to explain their condition to paramedics or doctors who had never
seen it, often when they could barely speak. People also told us that their regular medicine,
pyridostigmine, was not given on time on the wards, and that even a few hours' delay left them unable to
swallow.

In 2023 we approached the neurology team at Hollowfield Teaching Hospitals, who agreed straight away, and
they brought in the emergency department and the ambulance service. Together we agreed to produce an MG alert
card that members carry, to put an alert on the ambulance service's system and on the hospital record, to
add a simple breathing test (counting out loud on one breath, or a bedside breathing measurement) to the
emergency department's guidance for MG, and to make pyridostigmine a 'time-critical' medicine on the wards.
"""),
        ("evidence", "What we have achieved", """
Since the launch in May 2023, 412 alert cards have been given out, to our members and through the neurology
clinic to patients who are not members. The ambulance service has added an MG flag to the addresses of 380
people who agreed to it, and the hospital has added an alert to the record of everyone seen in the
neurology clinic with MG.

The emergency department audited 25 attendances of people with MG in the first year. In 21 of them the
breathing test was recorded, and in all 25 the list of medicines to avoid was checked before prescribing.

Pyridostigmine is now on the trust's list of time-critical medicines and can be kept at the bedside. Since
the project started there have been no reported cases of a member being given a medicine on the
avoid list in the emergency department. We did not collect these figures before, so we cannot compare.
"""),
        ("stakeholders", "Who took part", """
<<P:Members designed the alert card at two of our monthly meetings, and they insisted that it should fit
behind a bank card in a purse or wallet and say in large letters 'Oxygen levels can be normal until late'.>>
<<P:Three members who had had a crisis recorded short videos about what it felt like, which the ambulance
service now uses in its clinical update training.>> <<P:A carer, Mrs Dunn, whose husband was intubated in
2022, sat on the project group and asked for the pyridostigmine to be allowed at the bedside, which the
trust agreed.>>

<<S:Emergency department consultants and nurses worked with the neurology nurse specialists to fit the MG
guidance onto one page, and changed it after junior doctors said the first version did not tell them who to
call at night.>> <<S:Paramedics on the ambulance service's clinical reference group tested the address flag
wording and asked for it to include the medicines to avoid, not just the diagnosis.>> <<S:Ward pharmacists
suggested adding pyridostigmine to the time-critical list and helped change the electronic prescribing
system so it is flagged automatically.>>
"""),
        ("value", "Value", """
The cards cost about 40p each to print, and the charity paid for them from a local community grant. The
other changes were made within existing work. A myasthenic crisis can mean weeks in intensive care. For our
members the biggest difference is not having to explain themselves when they are at their most unwell.
"""),
        ("spread", "Sharing", """
The national myasthenia charity has asked to use our card design, and the neurology team has shared the
one-page guidance with the regional neuroscience network. The ambulance service is adding the flag for
people with MG in the other two counties it covers.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I715  medicines in Shared Lives arrangements - pdf - form table - council
#       Shared Lives scheme manager, careful - council with the LPC and the
#       community learning disability team - people who live with Shared
#       Lives carers and staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I715", format="pdf", layout="form_table", topic="shared_lives_medicines",
    project="independent45-sharedmeds-715", pdf_font="LiberationSerif",
    title="Safe Medicines at Home in Shared Lives",
    cover_table=[
        ("Entry title", "Safe Medicines at Home in Shared Lives"),
        ("Lead organisation", "Saltby County Council, Shared Lives Scheme (Adult Social Care)"),
        ("Partners", "Saltby Local Pharmaceutical Committee; Saltby Partnership NHS Foundation Trust (Community Learning Disability Team)"),
        ("Entrant", "Shared Lives Scheme Manager"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
    ],
    primary_entrant=dict(name="Saltby County Council", type="local_authority"),
    partners=[
        dict(name="Saltby Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Saltby Partnership NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background and aims", """
In Shared Lives, an adult who needs support lives with, or regularly visits, an approved Shared Lives carer
and their family, in the carer's own home. Saltby's scheme supports 118 people, most of whom have a learning
disability, and many take several medicines, including epilepsy medicines and antipsychotics.

Shared Lives carers are not a care home or a home care agency, and the medicines rules that apply to those
services did not fit well. Each carer kept records in their own way. Pharmacies often did not know that the
person lived in a Shared Lives arrangement and sent medicines to an old address or to the day centre. When a
person went for a short break with a different carer, the medicines and the instructions did not always go
with them. In 2022 we had 27 medicines incidents, including three missed epilepsy doses over a weekend and a
person given a double dose of an antipsychotic after moving between two carers.

Everyone agreed there was a problem, but nobody owned it. The council approves and supports carers but
does not prescribe or supply medicines. Pharmacies dispense what the GP prescribes. The learning disability
nurses saw people once a year at best, and often only when something had already gone wrong. Carers told us
they felt they were left to work it out on their own, and some were frightened of making a mistake that
would cost them their approval.

We set out to give every person a single medicines profile that travels with them, a named community pharmacy
that knows they are in Shared Lives, a yearly medicines review by the learning disability team's nurses, and
a simple handover sheet for short breaks.
"""),
        ("evidence", "Evidence of improvement", """
<<Q:Medicines incidents in the scheme fell from 27 in 2022 to 9 in 2024.>> <<Q:People with a medicines review
in the last twelve months went up from 34% to 89%.>> <<Q:Short breaks where the handover sheet was fully
completed rose from about half in our first audit to 94% in the latest.>>

Every one of the 118 people now has a named pharmacy and a medicines profile.
"""),
        ("stakeholders", "Involvement of people who use the service and staff", """
<<P:Six people who live in Shared Lives arrangements, supported by the local self-advocacy group, helped us
make an easy read version of the medicines profile, with photos of their own tablets, and said it should be
kept in their bedroom, not in the kitchen, because it belongs to them.>> <<P:One man, Darren, asked for a
space on the profile to write how he likes to take his tablets, which is now on every profile.>>

<<S:Community pharmacists from the LPC designed the handover sheet with the learning disability nurses, and
changed it after a trial with ten short breaks showed that the dose times were being left blank.>> <<S:Our
Shared Lives workers, who approve and support carers, told us that carers were confused by three different
sets of guidance, so they worked with the nurses to merge them into one.>>

All 96 Shared Lives carers completed medicines training in 2023.
"""),
        ("value", "Value", """
The work has been done within existing budgets. The LPC funded the printing. Each avoided medicines incident
means less risk of a seizure, a fall or a hospital stay, and a placement that lasts. Carers say they feel
more confident, and people in the scheme have more say over their own medicines. Shared Lives costs much less
than a residential placement, and a placement that breaks down after a serious medicines incident often means
a move into residential care, away from the family the person has lived with for years.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I716  pressure injuries from worn wheelchair cushions - docx - rubric
#       headings - social enterprise wheelchair service clinical lead,
#       practical - CIC with community trust tissue viability and a spinal
#       injuries peer network - wheelchair users and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I716", format="docx", layout="rubric_headings", topic="wheelchair_cushion_pressure_injuries",
    project="independent45-sitwell-716", docx_font="Calibri",
    title="Sit Well: finding worn-out wheelchair cushions before they cause pressure injuries",
    cover=[
        "Freewheel Mobility CIC (social enterprise providing the NHS wheelchair service for Cressbrook)",
        "With Cressbrook Community Healthcare NHS Trust (Tissue Viability) and Cressbrook Spinal Injuries Peer Network",
    ],
    cover_bullets=[
        "Lead author: Clinical Lead Occupational Therapist, Freewheel Mobility CIC",
        "Award category: Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="Freewheel Mobility CIC", type="charity"),
    partners=[
        dict(name="Cressbrook Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Cressbrook Spinal Injuries Peer Network", type="patient_group"),
    ],
    sections=[
        ("context", "The context in which the partnership was needed, the product or service, and its patient safety goals", """
Freewheel Mobility is a community interest company that has run the NHS wheelchair service for Cressbrook
since 2019. We have about 5,200 active users, of whom around 1,400 use a pressure-relieving cushion because
they sit for long periods and cannot feel or shift their weight easily, for example after a spinal cord
injury or because of multiple sclerosis.

A pressure-relieving cushion wears out. Foam loses its shape, air cells leak and gel settles, usually after
two to four years, sometimes much sooner. From the outside the cushion often looks fine. The person sitting on
it may not be able to feel that it has 'bottomed out'. The result can be a pressure injury on the buttocks
or the base of the spine, which in a wheelchair user can mean months in bed, surgery and sometimes a life
threatening infection.

Until 2022 we had no system for checking cushions. People were reviewed when they asked to be, or when their
chair needed repair. The community trust's tissue viability nurses were treating serious pressure injuries
in wheelchair users and, when they asked about the cushion, often found it was six, eight or even ten years
old. In 2021 they reported 22 category 3 and 4 pressure injuries in people who used a wheelchair full time,
and in most the cushion was worn or set up wrongly.

The partnership's goal was to make sure that every person using a pressure-relieving cushion has it checked at
least once a year, that worn cushions are replaced before damage happens, and that anyone with early skin
damage is seen by both services quickly.
"""),
        ("evidence", "Evidence of improvements in safe care as a direct result of the partnership", """
We set up a cushion register in 2022, with the date of issue and type of each cushion. Our technicians now do
a simple 'hand check' at every repair visit, and anyone who has not been seen for a year is sent an
appointment at home or at one of our clinics.

<<Q:At the first check, 46% of cushions were past their expected life or failed the hand check; a year later,
on the second round, this had fallen to 12%.>> <<Q:Category 3 and 4 pressure injuries in full-time
wheelchair users reported by the tissue viability service went down from 22 in 2021 to 8 in 2024.>>
<<Q:The average time from a tissue viability nurse asking us to check a cushion to our visit fell from 31 days
to 5 days.>>

We have replaced 690 cushions since the register began.
"""),
        ("stakeholders", "How patients and staff were involved", """
<<P:Members of the Cressbrook Spinal Injuries Peer Network told us that people often do not report a problem
because they are frightened of losing their chair for repair, so we now bring a loan cushion on every check
visit.>> <<P:Peer network volunteers who use wheelchairs themselves helped make a short film showing how to do
your own hand check, and they show it at the network's meetings and at our clinics.>> <<P:One member, who had
been in bed for seven months with a pressure injury in 2021, sat on our project group and suggested the
sticker on the underside of each cushion with the date it should be replaced.>>

<<S:Our technicians said that they were not confident judging a worn cushion, so two of them worked with a
tissue viability nurse to write the hand check and a photo guide.>> <<S:Tissue viability nurses and our
occupational therapists agreed a joint referral form, and after the first three months they asked to add a
question about how many hours a day the person sits, which we did.>> <<S:The community trust's district nurses
asked to be told when a cushion is replaced so they can look at the person's skin at their next visit.>>
"""),
        ("value", "Impact on staff and patient experience, and value for money", """
A cushion costs between £90 and £450. Treating a category 4 pressure injury can cost tens of thousands of
pounds and can mean surgery. The register used our existing database and the checks are done on visits that
were already happening or combined with repairs.

Wheelchair users tell us they feel looked after rather than forgotten between reviews. Technicians say they
feel part of the clinical team.
"""),
        ("spread", "How the work has been shared and spread", """
The cushion register and the hand check have been shared through the national wheelchair managers' forum, and
two other wheelchair services have asked for our photo guide. The peer network's film is on its website and
has been shared by the national spinal injuries charity.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I717  shared care requests from private ADHD clinics - docx - reordered
#       (results first) - GP federation medical director, frank - federation
#       with the ICB and the mental health trust's adult ADHD service - staff
#       involved - no patient involvement (patients sent letters, told, a
#       survey that changed nothing, a plan) - no quantitative evidence
#       (requests counted, an audit figure with no comparison)
# ---------------------------------------------------------------------------
entry(
    id="I717", format="docx", layout="reordered", topic="private_adhd_shared_care",
    project="independent45-sharedcareadhd-717", docx_font="Arial",
    title="One Front Door: safe shared care for adults prescribed ADHD medicines by private clinics",
    cover=[
        "Oxley Moor GP Federation (primary entrant)",
        "With NHS Oxley and Wyre Integrated Care Board and Oxley and Wyre Mental Health NHS Foundation Trust (Adult ADHD Service)",
        "Submitted by the Federation Medical Director",
    ],
    primary_entrant=dict(name="Oxley Moor GP Federation", type="primary_care"),
    partners=[
        dict(name="NHS Oxley and Wyre Integrated Care Board", type="icb"),
        dict(name="Oxley and Wyre Mental Health NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("evidence", "What we have achieved so far", """
Since October 2023 every request from a private ADHD provider to one of our 22 practices goes to a single
shared care hub run by the federation, instead of to individual GPs. The hub has handled 640 requests. Of
these, 318 were accepted, 212 were returned to the private provider because the assessment or the baseline
checks did not meet the agreed standard, and the rest are waiting for information.

In a March 2024 audit of 120 patients under shared care through the hub, 90% had had a blood pressure, pulse
and weight check in the last six months. Every patient has a named prescriber and a written plan for what
happens if the private provider stops trading.

No practice has reported an incident involving ADHD medicines since the hub started. We did not collect this
reliably before, so we cannot say whether it is a change.
"""),
        ("context", "Why this was needed", """
Waiting lists for NHS adult ADHD assessment in Oxley and Wyre are more than three years. Many adults have
paid for a private assessment, or been seen by a private provider under the NHS right to choose. Once the
dose is stable, the provider asks the GP to take over prescribing under a 'shared care' agreement.

By 2023 our practices were receiving dozens of these requests a month. Each GP dealt with them differently.
Some accepted everything, some refused everything, and patients in the same town were treated very
differently. Stimulant medicines such as lisdexamfetamine are controlled drugs that can raise blood pressure
and heart rate, and need regular checks. We found patients being prescribed them without any baseline heart
check, patients whose private provider had closed and left nobody to review them, and patients getting
supplies from two places at once. One practice found a patient with a blood pressure of 190/110 who had been
on a stimulant for a year with no monitoring.

Practices were also under real pressure from patients, who were often distressed at being refused, and from
providers, some of whom were sending requests in bulk.

We agreed with the ICB and the NHS adult ADHD service that the federation would run a single hub with one
set of standards, backed by specialist advice from the ADHD service.
"""),
        ("stakeholders", "Who was involved", """
<<S:GPs and practice pharmacists from eight practices met over three evenings to write the acceptance
standard, and they insisted that the hub, not the individual GP, should be the one to say no, because refusals
were damaging relationships with patients.>> <<S:The ADHD service's nurse specialists helped set the
monitoring checks and agreed to take calls from the hub pharmacists on Tuesday afternoons, which the
pharmacists had asked for.>> <<S:Practice receptionists told us they were taking angry calls about refusals,
so the hub now sends its own letter explaining the decision, and the receptionists helped word it.>>

Patients are sent a letter when their request is received and again when a decision is made. Patients were
told about the hub through practice websites. We asked a sample of patients about the letters in 2024, and
as most found them clear we made no changes. We plan to work with a local ADHD support group on the next
version of the patient information.
"""),
        ("spread", "Spreading and sharing", """
The ICB is using our acceptance standard as the basis of a county-wide shared care agreement, and the
neighbouring federation has started its own hub based on ours. We have presented the work to the regional
primary care medicines safety network.
"""),
        ("value", "Value", """
The hub costs about £68,000 a year, mostly pharmacist time, paid for by the ICB. It has taken a large amount
of work and stress off individual GPs. Specialist time is used only for the cases that need it.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I718  GP registration, medicines and address confidentiality for women in
#       a refuge - pdf - with appendix - long - refuge charity chief
#       executive, passionate - refuge charity with a GP federation and the
#       LPC - women living in the refuge and a survivors' forum involved - no
#       staff involvement (receptionists trained, pharmacies sent guidance,
#       refuge workers briefed, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I718", format="pdf", layout="with_appendix", topic="refuge_gp_registration_confidentiality",
    project="independent45-safeaddress-718", pdf_font="LiberationSans", pdf_align="L",
    title="Safe Address, Safe Care: health care for women and children arriving at a refuge",
    cover=[
        "Lead organisation: Norcott Women's Refuge and Outreach (registered charity)",
        "Partners: Norcott and Fenby GP Federation; Norcott Local Pharmaceutical Committee",
        "Entry written by the Chief Executive, Norcott Women's Refuge and Outreach",
    ],
    primary_entrant=dict(name="Norcott Women's Refuge and Outreach", type="charity"),
    partners=[
        dict(name="Norcott and Fenby GP Federation", type="primary_care"),
        dict(name="Norcott Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why this matters", """
Our refuge has 22 family rooms in a confidential location in Norcott. Every year around 90 women and 130
children come to us, usually with very little notice, often in the middle of the night, and often with
nothing but what they could carry. Most come from outside the area, because the whole point is that they
cannot be found.

Women arrive without their medicines, without prescriptions and without their health records. Some are on
medicines that are dangerous to stop suddenly: antidepressants, epilepsy medicines, insulin, medicines for
HIV, methadone. Some are pregnant and have not been seen by a midwife. Many of the children are behind on
their vaccinations or have health needs that a previous GP was managing.

For years getting them registered with a GP was a struggle. Some practices asked for proof of address and
identity that women simply did not have. Some would only register women as temporary residents, so their
full records were never transferred. And when women did register, we found something that frightened us much
more: the refuge address was sometimes visible to the perpetrator. In 2021 a woman's new address appeared on
a hospital appointment letter sent to her old home, because the hospital took it from the GP record. In
another case a partner who still had access to a woman's NHS app account could see which practice she had
moved to. One woman was found by her ex-partner within a fortnight of arriving, and had to move again,
with her three children, to a refuge two hundred miles away.

Medicines were the other big gap. Women were going days without medicines because they could not register
quickly, and emergency supplies from pharmacies were patchy. One woman with epilepsy had a seizure in our
kitchen on her third night because she had run out of her tablets.

In 2022 we started working with the GP federation, which covers the practices near the refuge, and the local
pharmaceutical committee. Together we agreed three things.

First, any woman or child living at the refuge can register at one of two named practices on the day they
arrive or the next working day, using a letter from the refuge instead of proof of address, and as a permanent
patient so that records transfer.

Second, the practices use a standard set of record settings for refuge residents: the refuge address is
replaced with a 'care of' address that cannot be traced, the record is flagged so that no letters or texts are
sent to any previous address or phone number, and the patient is offered a new NHS app login with a fresh
email address. The practice also contacts the woman's previous practice to make sure the old record does not
carry the new details.

Third, any community pharmacy in Norcott can make an emergency supply of a woman's regular medicines on the
strength of a refuge letter and a phone call to the named practice, while registration is sorted out.

I want to be honest that it took a long time to get here. The first meeting with the federation, in the spring
of 2022, was difficult. There were real worries about registering people without identity documents, and
about whether changing an address on a record was even allowed. It was allowed, as it turned
out, and the national guidance on registering patients without proof of address was already on our side, but
nobody at the practices had read it with refuge residents in mind. The federation's clinical lead, to her
credit, took it away and came back with a plan.

The pharmacies were a different story. The rules on emergency supplies are strict, particularly for
controlled drugs, and we were asking pharmacists to supply medicines for someone they had never seen, with no
record to check against. The phone call to the named practice is what makes it possible. Methadone and other controlled drugs
still have to go through the drug service, and we have a separate arrangement with them.

We also had to think about our own practice. We used to give women a list of local surgeries and leave them to
it. Now one of our support workers goes with every woman to her first appointment if she wants, and we keep a
record of registration and medicines on our own system, which is how we have been able to measure what has
changed.
"""),
        ("evidence", "What has changed", """
We compared the two years before Safe Address (2020 and 2021) with the two years after (2023 and 2024), using
our own case records, which note when each woman registers with a GP and whether she had any gap in her
medicines.

<<Q:Women registered with a GP within a week of arriving rose from 29% to 83%.>> <<Q:Women who went three days
or more without an essential regular medicine fell from 40% to 9%.>> <<Q:Children whose vaccination records
had been transferred within three months of arrival went up from about a third to nearly nine in ten.>>

<<Q:Incidents where a woman's new address or practice was disclosed, or believed to have been disclosed,
to a perpetrator through health records fell from 7 in the two years before to 1 in the two years after.>> That
one case happened when a hospital in another area used an old address that it had stored itself, and it has
helped us raise the issue with hospitals, which is the next thing we want to fix.

Pharmacies made 74 emergency supplies on a refuge letter in the two years.
"""),
        ("stakeholders", "Who was involved", """
This work started with the women. <<P:In 2022 our residents' meeting spent a whole evening talking about
their experiences of trying to see a doctor after arriving, and what came out of it was the list of things
that could give away their address, several of which we had never thought of, like text reminders going to an
old phone that the perpetrator still had.>> <<P:Women from our survivors' forum, who had all lived in a refuge
in the past, rewrote the registration letter so that it did not use the word 'refuge' anywhere on it, because
they said reception desks are not private.>> <<P:One of them, who asked us to call her Sam, went through the
NHS app process herself with a practice manager to find every place an old email address could show up.>>
<<P:Mothers in the refuge asked for the children's registration to happen at the same appointment as their
own, and that is now how it works.>>

Receptionists at the two named practices have had training in domestic abuse and in the record settings.
All community pharmacies in Norcott were sent the emergency supply guidance by the LPC. Our own refuge
workers were briefed on the new process. We would like to bring practice staff together with our support
workers to look at how it is working.
"""),
        ("value", "Value", """
The changes cost very little: the federation covered some practice manager time, and the LPC printed the
guidance. The cost of not doing it is enormous. A woman who is found by a perpetrator is in real danger, and
moving a family again costs a refuge place, a new school for the children and often a return to the start of
their recovery. A seizure or a diabetic emergency from missed medicines can mean an ambulance and an admission.

Women tell us that being registered with a doctor in the first few days is one of the things that makes them
feel they can stay. Our support workers now spend far less time on the phone chasing surgeries, and far more
time on the things only they can do: safety planning, housing, and the children.

For the practices, a woman who is registered properly on day one is much easier to look after than one who
turns up weeks later, in crisis, with no record. The named practices say the refuge letter saves their
reception teams a great deal of time, and the record settings are now a standard template that takes a few
minutes to apply.
"""),
        ("spread", "Spread", """
The federation has shared the record settings with every practice in its area, not just the two named
practices, because women who leave the refuge often settle nearby. The ICB has included the process in its
domestic abuse guidance for general practice. We have shared our letter and our guide with the national
network of refuge providers, and three other refuges have asked for them. We are now talking to the local
hospital trust about how hospitals store and use addresses.
"""),
    ],
    trailer=[
        ("heading", "Appendix: notes"),
        ("para", "Refuge: safe, confidential accommodation for women and children escaping domestic abuse. The refuge address is never given out; all post goes to a separate address. Emergency supply: a supply of a regular prescription medicine made by a pharmacist, at the request of the patient, without a prescription, under the Human Medicines Regulations."),
        ("para", "Figures on registration, medicines gaps and disclosures are taken from the refuge's case management system. Vaccination record transfers were checked by the named practices."),
        ("para", "The names of women in this entry have been changed."),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I719  cardiac safety in an exercise referral scheme - pdf (via Word) -
#       style headings - leisure trust health and wellbeing manager,
#       straightforward - leisure trust with a PCN and the acute trust's
#       cardiac rehabilitation team - participants and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I719", format="pdf", layout="style_headings", topic="exercise_referral_cardiac_safety",
    project="independent45-fitsafe-719", render_via="soffice", docx_font="DejaVu Sans",
    title="Fit and Safe: making exercise referral safe for people with heart conditions",
    cover=[
        "Stannington Leisure Trust (charitable trust running the borough's leisure centres)",
        "In partnership with Stannington Primary Care Network and Stannington Hospitals NHS Trust (Cardiac Rehabilitation)",
        "Contact: Health and Wellbeing Manager",
    ],
    primary_entrant=dict(name="Stannington Leisure Trust", type="charity"),
    partners=[
        dict(name="Stannington Primary Care Network", type="primary_care"),
        dict(name="Stannington Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
Our exercise referral scheme takes about 1,100 people a year, referred by GPs and practice nurses, for a
twelve-week supervised programme in our gyms and pools. Many have heart disease, high blood pressure,
diabetes or are overweight. Since the local cardiac rehabilitation programme ended its own gym sessions in
2021, more people have come to us after a heart attack or heart surgery.

Referral forms were often incomplete. Instructors did not always know about a recent heart attack, a
pacemaker or a medicine that slows the heart rate, which changes how hard someone should work. In 2022 we had
five people become unwell in sessions with chest pain or dizziness, and one man collapsed on a treadmill six
weeks after a heart attack that was not on his form. He was resuscitated by staff and survived.

Our instructors are qualified in exercise referral, but most had never been trained to work with people
after a heart attack, and there was nobody they could ring for advice. GPs, for their part, were under
pressure to refer people into exercise and did not always have time to fill in a long form. The cardiac
rehabilitation team was worried that people leaving its programme had nowhere safe to go to keep active.

We agreed with the PCN and the cardiac rehabilitation team to change the referral form, to add a 'red flag'
triage by a cardiac rehabilitation physiotherapist for anyone with a heart condition, and to train our
instructors to the national standard for exercise after a cardiac event.
"""),
        ("evidence", "Evidence of improvement", """
<<Q:Referral forms missing key information about heart conditions or medicines fell from 38% in 2022 to 6% in
2024.>> <<Q:People becoming unwell with cardiac symptoms during sessions went down from five in 2022 to one in
2024, with about the same number of participants.>> <<Q:People with a heart condition who completed the full
twelve weeks rose from 52% to 74%.>>

The physiotherapists have triaged 286 referrals, and 31 people were seen in a hospital clinic first.
"""),
        ("stakeholders", "Engagement", """
<<S:Our instructors told us they did not feel qualified to decide whether someone with angina should be in a
spin class, and four of them worked with the cardiac rehabilitation physiotherapists on the traffic light
guide now kept at every gym desk.>> <<S:Practice nurses in the PCN tested the new referral form and asked for
the medicines section to pull through automatically from the GP record, which the PCN's digital lead set up.>>
<<P:People who had been through the scheme after a heart attack met us at the leisure centre café and told us
they had been anxious about exercising alone, so we added a buddy system.>> <<P:Two of them now volunteer in the
cardiac sessions and helped rewrite our welcome letter.>>
"""),
        ("value", "Value", """
The physiotherapy triage takes about twenty minutes per referral and is funded by the PCN. The instructor
training cost £6,200. Keeping people who have had a heart attack active reduces the chance of another one,
and a single cardiac arrest in one of our gyms would have cost far more, to the person and to us.

Instructors say they feel more confident and know who to call. Participants say the buddy system and the
welcome letter made a big difference to whether they came back after the first week.
"""),
        ("spread", "Spread", """
The traffic light guide and referral form have been shared with the other two leisure operators in the
county, and the national body for exercise referral has asked to include them in its toolkit.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I720  decisions to eat and drink with acknowledged risk that do not follow
#       people home from hospital - pdf - no headings - short - hospice
#       nurse consultant, thoughtful - hospice with the acute trust speech
#       and language therapy service and the care association - families and
#       staff involved - NO evidence section (and so no quantitative evidence)
# ---------------------------------------------------------------------------
entry(
    id="I720", format="pdf", layout="no_headings", topic="eating_drinking_acknowledged_risk",
    project="independent45-eatingwithrisk-720", pdf_font="LiberationSerif", pdf_align="L",
    title="Comfort at Mealtimes: carrying 'eating and drinking with acknowledged risk' decisions from hospital to home",
    cover=[
        "Wolds Edge Hospice, with Lockwood and Vale Hospitals NHS Trust (Speech and Language Therapy) and Lockwood Care Association",
        "Written by the Nurse Consultant for Community Palliative Care, Wolds Edge Hospice",
    ],
    primary_entrant=dict(name="Wolds Edge Hospice", type="charity"),
    partners=[
        dict(name="Lockwood and Vale Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Lockwood Care Association", type="charity"),
    ],
    sections=[
        ("context", None, """
People with advanced dementia, Parkinson's or motor neurone disease often reach a point where they cannot
swallow safely, and tube feeding would not help them or is not what they want. In hospital, the team,
the person and their family may then decide that they will 'eat and drink with acknowledged risk': they
carry on eating the food they enjoy, in the safest way possible, accepting that they may choke or get a chest
infection.

The trouble we kept seeing was that the decision did not leave the hospital with them. Care homes received a
discharge letter that said 'nil by mouth' or 'modified diet', with no explanation. Some homes stopped all food
and drink because they were frightened of being blamed. Some called an ambulance every time the person
coughed. Families found their mother, who had been enjoying ice cream on the ward, being given nothing but
thickened water. Two people we cared for in 2022 were readmitted and died in hospital, when everyone had
agreed they wanted to die at home.

It is easy to blame the care homes, but they were doing what they thought was safe. A care home nurse who gives
a spoonful of yoghurt to a resident who then chokes is the one who has to face the family and, possibly, the
coroner. Without a clear written plan, signed by the hospital and understood by the family, the cautious thing
to do is to stop. The hospital speech and language therapists, for their part, had often spent hours with the
family agreeing the decision, and were upset to hear that it had been undone within a day of discharge.

In 2023 the hospice, the hospital's speech and language therapists and the care association agreed a single
one-page 'Comfort at Mealtimes' plan, written in hospital with the person and family, that goes with the person
and is copied to the GP and the hospice community team, with a phone call from the ward to the home before
discharge and a hospice visit within three days.
"""),
        ("stakeholders", None, """
<<P:Families of people who had died in hospital after a readmission told us what had gone wrong for them, and
one son asked that the plan say what his father liked to eat, not just what he could not, which is now the
first box on the form.>> <<S:Speech and language therapists and care home nurses wrote the plan together over
three meetings, and the care home nurses asked for a section telling them when not to call 999.>> <<S:Care home
managers from the care association tested the plan with the first twelve residents and asked for it to be
printed on coloured paper so it could not be lost in the discharge pack.>>
"""),
        ("value", None, """
The plan is a single sheet and the hospice visit is part of our existing community service. Every avoided
readmission at the end of life saves a hospital stay, but more importantly it lets someone die where they have
chosen, with food they enjoy. Families tell us that being able to bring in a favourite pudding, and sit with their
relative while they eat it, matters more to them than almost anything else at the end.
"""),
        ("spread", None, """
The hospital has added the plan to its electronic discharge letter, and the care association has shared it with
all 64 care homes in its membership. We are talking to the other two hospices in the county about using it.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
