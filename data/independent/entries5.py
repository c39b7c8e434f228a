"""Fifth independent evaluation set (I065..I080) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind, without reference to the review pipeline or to the other sets'
content: new (fictional) organisations in England, Scotland, Wales and Northern
Ireland, new topics and new voices.  Format and mark-up are those of entries2.py;
build it with

    .venv/bin/python data/independent/build.py --set 5   (writes data/corpus/independent5/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (measured change in an outcome)
  <<P:sentence>>   patient / carer / service-user involvement
  <<S:sentence>>   staff involvement
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are
joined with a single space.  A paragraph starting with "- " is a bullet item.

Labelling conventions followed here (as in the earlier sets):
  Q  a before/after or comparative measurement of an outcome or a safety process
     measure ("went from X to Y", "halved", "fell by 38%", "none since, against
     three before").  Not tagged: activity counts, numbers trained, single audit
     values with no comparison, targets, plans, costs, cost-saving estimates,
     and unquantified statements ("readmissions did not rise").
  P  patients, carers, families, service users or members of the public taking
     part in raising the problem, design, testing, governance or delivery as
     peer workers, or whose views changed the work.  Not tagged: patients as
     beneficiaries, satisfaction or feedback that changed nothing, people
     informed, people something was done to, plans, negations.
  S  staff of any organisation (including partners' staff) taking part in
     design, testing or shaping the work, or whose feedback changed it.  Not
     tagged: staff who were only trained, briefed or informed, a single named
     lead or sponsor, staff delivering the service, evaluators, plans.

Organisation types follow set 1: health boards (Scotland, Wales) and Health and
Social Care Trusts (Northern Ireland) are typed nhs_trust; ambulance, police and
fire services are emergency_service.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I065  DOAC dosing safety - docx - numbered questions - Welsh GP cluster voice
# ---------------------------------------------------------------------------
entry(
    id="I065", format="docx", layout="numbered_questions", topic="anticoagulation",
    docx_font="Arial",
    project="independent5-doac-dosing-65",
    title="Right Drug, Right Dose: a cluster-wide safety net for people taking DOACs",
    cover=[
        "Primary entrant: Glyn Eithin and Penrhos Primary Care Cluster (eleven GP practices)",
        "Partners: Bro Tawel University Health Board (Pharmacy and Medicines Management; Haematology); Aberhafren University School of Pharmacy",
        "Written by the cluster lead GP and the cluster pharmacist",
    ],
    primary_entrant=dict(name="Glyn Eithin and Penrhos Primary Care Cluster", type="primary_care"),
    partners=[
        dict(name="Bro Tawel University Health Board", type="nhs_trust"),
        dict(name="Aberhafren University", type="university"),
    ],
    sections=[
        ("context", "1. Context: why was the partnership needed, and what are its patient safety goals?", """
Glyn Eithin and Penrhos is a cluster of eleven GP practices in the south of Bro Tawel, looking after about
68,000 people across two old mining valleys and a stretch of coast. Like everywhere else, the number of our
patients taking a direct oral anticoagulant (a DOAC: apixaban, edoxaban, rivaroxaban or dabigatran) has
grown every year since the warfarin clinics started to wind down. When we first ran a search in October 2022
there were 2,140 of them.

DOACs are easier than warfarin in lots of ways, but they are not simple. The right dose depends on why the
patient is taking it, their kidney function, their weight and age, and the other medicines they take.
Kidney function changes, especially in older people, so a dose that was right two years ago may not be right
now. Too high and the risk is a bleed; too low and the risk is a stroke. Most patients are started on a DOAC
in hospital or in an anticoagulation clinic, and then the prescription passes to the practice, where nobody
really owns the job of checking it again.

Two serious incidents in 2022 made this very real for us. A man in his eighties was admitted with a
gastrointestinal bleed after two years on full-dose rivaroxaban with a creatinine clearance of 24 ml/min that
nobody had acted on. A woman with atrial fibrillation had a stroke on a reduced dose of apixaban that she had
been given, wrongly, because of her age alone.

Right Drug, Right Dose is a partnership between the cluster, the health board's pharmacy and haematology
services, and the School of Pharmacy at Aberhafren University. It has three parts. Every month a search finds
every patient on a DOAC whose dose does not match their latest bloods, weight and medicines, or whose kidney
function has not been checked for twelve months. A pharmacist reviews each one, and if the answer is not
clear there is a same-day advice line to the health board's anticoagulation team. And every patient gets a
bilingual anticoagulant card and an annual review, either in the practice or at their community pharmacy.

Our goals were that no patient in the cluster should be on the wrong DOAC dose for more than a month, that
everyone on a DOAC should have their kidney function checked at least once a year, and that fewer of our
patients should come to harm from bleeding or stroke.
"""),
        ("evidence", "2. Evidence: what improvements in safe care can you demonstrate as a direct result of the partnership?", """
The search has run every month since November 2022, and the School of Pharmacy checks our figures against a
random sample of records every quarter.

<<Q:At the first search, 14.6% of patients on a DOAC were on a dose that did not match the licensed dose for
them; by September 2023 this had fallen to 4.1%, and in March 2024 it was 3.2%.>> Most of the rest are
patients for whom a specialist has deliberately chosen a different dose, and that decision is now written in
the record.

<<Q:The proportion of DOAC patients with a creatinine clearance calculated in the previous twelve months went
from 58% to 91%.>> <<Q:The number of patients who had been on a DOAC for more than a year with no documented
review fell from 611 to 74.>>

We were just as worried about under-treatment as over-treatment. <<Q:Patients with atrial fibrillation on a
reduced dose without a clear reason dropped by roughly two thirds, from 143 to 49.>>

The harder question is whether any of this has prevented harm. <<Q:Emergency admissions for major bleeding
among our DOAC patients went from 29 in 2021/22 to 17 in 2023/24, even though the number of people on a DOAC
grew by about 9% over the same period.>> The numbers are small and we do not claim the whole fall is down to
us. <<Q:But when the School of Pharmacy reviewed every one of those admissions, eleven of the 29 patients in
2021/22 had been on an inappropriate dose, against two of the 17 in 2023/24.>>

The advice line took 187 calls in its first year, and the haematology team answered 90% of them on the same
day.
"""),
        ("spread", "3. Spread: how have the achievements been applied elsewhere and how has best practice been shared?", """
The search, the review template and the card are now used by all six clusters in Bro Tawel. The health board
adopted them as its standard in April 2024 and added the monthly search to the enhanced service it
commissions from practices, so the work no longer depends on one cluster's goodwill.

Two clusters in a neighbouring health board have asked for the search, and the School of Pharmacy ran a
half-day workshop for their pharmacists in February. We have presented the project at the all-Wales primary
care pharmacy conference and to the national medicines safety group, and the search is on the cluster's
website with a short guide for practices using either of the two clinical systems used in Wales.

The School of Pharmacy has built the review into its final-year prescribing module, so around 120 pharmacy
students a year now practise DOAC dose checks on anonymised cases from our cluster.
"""),
        ("value", "4. Value: what value has been created, including staff and patient experience and value for money?", """
Patients tell us the card is the thing they value most. 'I show it at the dentist and the chemist and they
know straight away,' one man said at his review. Quite a few people told us that until their review they had
not known why they were taking a blood thinner at all.

For practices, the project has turned a worry that nobody owned into a routine job with a clear owner. GPs
no longer stumble across a DOAC problem on a busy Monday morning, and our practice pharmacists say the reviews
are some of the most satisfying work they do.

The cluster spends about two sessions of pharmacist time a week on the search and the reviews, roughly
£21,000 a year, and the health board runs the advice line from existing haematology time. The School of
Pharmacy puts the average cost of an emergency admission for a major bleed at £4,800, so preventing even five
admissions a year more than pays for the pharmacist time.
"""),
        ("stakeholders", "5. Stakeholders: who was involved, and how were they engaged in the design?", """
<<S:The monthly search was written by our four practice pharmacists, who spent most of the winter of 2022
testing it against their own patient lists until it stopped throwing up false alarms.>> <<S:Consultant
haematologists and anticoagulation nurses from the health board wrote the dosing flowchart with them and
agreed to run the advice line as a three-month trial, after which they asked to keep it.>>

<<S:It was a receptionist at one of the Penrhos practices who suggested a pop-up alert on the repeat
prescription screen, so that a DOAC request from a patient overdue for bloods is spotted before the script is
signed rather than after.>> <<S:Practice nurses asked for the kidney function check to be added to the
chronic disease recall they already ran, which saves patients an extra trip.>>

<<P:The cluster's patient participation group read three drafts of the anticoagulant card, and it was at
their insistence that it is printed in Welsh on one side and English on the other rather than as two
separate cards.>> <<P:One member, a retired pharmacist who has taken apixaban for six years, joined the
steering group and has chaired the patient session at both of our annual review meetings.>>

Community pharmacists in the cluster were sent the review template and a letter explaining the scheme. Every
patient whose dose was changed received a phone call from a pharmacist and a follow-up letter.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I066  avoidable term admissions to neonatal care - pdf - rubric headings
#       Northern Ireland - QI team voice (PDSA, SPC, driver diagram)
# ---------------------------------------------------------------------------
entry(
    id="I066", format="pdf", layout="rubric_headings", topic="neonatal",
    pdf_font="DejaVuSans",
    project="independent5-neonatal-warmchain-66",
    title="Warm, Well and With Mum: reducing avoidable term admissions to the neonatal unit",
    cover=[
        "Lead organisation: Ardnagh and Moyle Health and Social Care Trust (Maternity and Neonatal Services)",
        "Partners: Loughmore University, School of Nursing and Midwifery (Quality Improvement Faculty); Tiny Steps Neonatal Family Support (registered with the Charity Commission for Northern Ireland)",
        "Submitted by the Warm, Well and With Mum improvement team",
    ],
    primary_entrant=dict(name="Ardnagh and Moyle Health and Social Care Trust", type="nhs_trust"),
    partners=[
        dict(name="Loughmore University", type="university"),
        dict(name="Tiny Steps Neonatal Family Support", type="charity"),
    ],
    sections=[
        ("context", "Context", """
Separating a term baby from its mother is a patient safety issue in its own right. It interrupts skin-to-skin
contact and breastfeeding, exposes the baby to the risks of an intensive care environment, and is rarely
what parents expect. Nationally, around a third of term admissions to neonatal units are thought to be
avoidable, with hypothermia, hypoglycaemia, jaundice and respiratory distress the commonest reasons.

Ardnagh and Moyle Trust has two maternity units with around 5,900 births a year between them, and a 24-cot
neonatal unit at Ardnagh Area Hospital. Our 2021 review of term admissions identified hypothermia and
hypoglycaemia as the two largest avoidable categories, and found that many of these babies had been born by
caesarean section in a cold theatre, or had waited too long for a first feed on a busy postnatal ward.

In September 2021 the Trust, Loughmore University's quality improvement faculty and the parents' charity
Tiny Steps formed a single improvement team using the Model for Improvement. Our aim statement was: to
reduce term admissions to the neonatal unit for hypothermia and hypoglycaemia by 50% by March 2024, and to
keep mothers and babies together wherever it is safe to do so.

Our driver diagram had four primary drivers: a warm chain from birth to the postnatal ward; early feeding and
glucose management on the ward; transitional care, so that babies needing extra monitoring stay with their
mothers; and a culture in which parents are part of the team. Change ideas included raising theatre
temperature to 23°C for every caesarean, a 'hat on, skin-to-skin, temperature at one hour' bundle,
hypoglycaemia packs containing colostrum syringes and dextrose gel on every ward, and a four-bed transitional
care area on the postnatal ward at Ardnagh staffed by a neonatal nurse and maternity support workers.
"""),
        ("evidence", "Evidence", """
We used a family of measures, reported monthly on statistical process control charts: one outcome measure,
three process measures and two balancing measures. The baseline period was the 24 months from September 2019
to August 2021.

<<Q:Term admissions to the neonatal unit fell from a baseline median of 6.8% of term births to 4.1%, with nine
consecutive points below the original median from April 2022, signalling special cause variation that has
now been sustained for 24 months.>> <<Q:Admissions for hypothermia fell from 41 in the baseline year to 12 in
2023/24, and admissions for hypoglycaemia from 56 to 27.>>

<<Q:The proportion of term babies with a temperature between 36.5°C and 37.5°C at one hour of age went from
62% to 88%.>> <<Q:Babies receiving skin-to-skin contact within the first hour after a caesarean section rose
from about one in three to more than four in five.>> We have 26 PDSA cycles documented, 11 of which were
abandoned or adapted, and the annotated run charts show which changes moved the measures and which did not.

Our balancing measures were readmission within seven days for jaundice or feeding problems, and theatre
staff comfort, which we tracked with a short pulse survey. Readmissions did not rise. <<S:Theatre staff told us through
the pulse survey that 23°C was hard going during a long operation, so together we changed the protocol to
warm the room for the birth and cool it again afterwards.>>

<<Q:The mean length of neonatal unit stay for term babies who were admitted fell from 3.9 days to 2.6 days.>>
Transitional care has been running at close to full occupancy since it opened in June 2022.
"""),
        ("spread", "Spread", """
The warm chain bundle and hypoglycaemia packs were adopted by our second unit at Moyle General in 2023 and,
from January 2024, by two other Health and Social Care Trusts through the regional neonatal network.
Loughmore University has built our measurement plan into its postgraduate certificate in quality
improvement, and three of its students have run their own projects in other Trusts using our driver diagram.

We shared our learning at the regional maternity collaborative's learning sessions, at a UK neonatal
conference, and through a short film made with Tiny Steps that is now shown to student midwives across
Northern Ireland. Our change package, operational definitions and SPC templates are available to any team
that asks for them.
"""),
        ("value", "Value", """
The Trust costs a neonatal cot day at about £1,150, and our finance team estimates that the reduction in term
admissions releases around 400 cot days a year for sicker and more premature babies. The transitional care
area was created within existing postnatal beds, and the only new cost was a neonatal nurse on each day
shift, roughly £96,000 a year.

For families, the value is not being separated. 'I didn't have to walk down a corridor to see my own baby,'
one mother wrote on the Tiny Steps feedback wall. Midwives tell us they feel more confident managing
borderline glucose readings, and neonatal nurses value having more time for the babies who need them most.
"""),
        ("stakeholders", "Stakeholders", """
<<P:Two mothers whose babies had been admitted to the neonatal unit with hypothermia joined the core
improvement team in 2021 and came to every fortnightly PDSA huddle, on Teams when they could not get
childcare.>> <<P:Parents from the Tiny Steps support group tested the first version of our skin-to-skin
leaflet and told us it read like a list of rules, so they rewrote it with us as a set of questions parents
actually ask.>>

<<S:Midwives, maternity support workers, neonatal nurses, obstetric anaesthetists and theatre practitioners
all ran their own PDSA cycles, and the change that made the biggest difference, warming the theatre before
knife to skin rather than after, came from an operating department practitioner.>> <<S:The university's QI
faculty coached the team and built the SPC charts alongside our audit midwives, who now maintain them
themselves.>>

All 212 midwives in the Trust completed a short e-learning module on the warm chain, and the Trust board
received a quarterly progress report.
"""),
    ],
    flags=[],
)

# ---------------------------------------------------------------------------
# I067  eating disorders medical safety passport - pdf - own headings
#       Scotland - charity CEO (parent) voice - NO staff involvement
#       (staff only trained / informed / a single named clinical lead / a plan)
# ---------------------------------------------------------------------------
entry(
    id="I067", format="pdf", layout="own_headings", topic="eating_disorders", pdf_align="L",
    project="independent5-eatingdisorders-passport-67",
    title="Safe From the First Appointment: a medical safety passport for young people with eating disorders",
    cover=[
        "Entrant: Kindle Families Scotland (SCIO), a charity founded by parents of young people with eating disorders",
        "In partnership with NHS Glenmorven and the University of Strathcairn",
        "Written by our Chief Executive",
    ],
    primary_entrant=dict(name="Kindle Families Scotland", type="charity"),
    partners=[
        dict(name="NHS Glenmorven", type="nhs_trust"),
        dict(name="University of Strathcairn", type="university"),
    ],
    sections=[
        ("context", "Why we had to do something", """
I founded Kindle eleven years ago, after my daughter collapsed at school with a heart rate of 38 beats a
minute. She had been to our GP three times in the previous four months. Each time she was weighed, told she
was 'a bit thin' and sent home. Nobody took her blood pressure lying and standing, nobody checked her bloods,
and nobody told us that anorexia nervosa has the highest mortality of any mental illness. She is well now.
Many families in our network have not been so lucky.

Eating disorders are mental illnesses with physical consequences that can kill: heart rhythm problems, low
potassium, refeeding syndrome, low blood sugar. The risks are well described in national guidance on medical
emergencies in eating disorders, but in 2021 the same failures were still happening across Glenmorven:
young people reassured by a normal-looking BMI, waiting weeks for a specialist appointment with nobody
watching their physical health, or sent home from A&E because 'she's walking and talking'.

In 2022 we went to NHS Glenmorven with a proposal, and together we set up Safe From the First Appointment. It
has three parts. The first is a medical safety passport: a small booklet that the young person and their
family carry, recording every set of observations and bloods, with a traffic-light chart that tells anyone
reading it what needs to happen next. The second is a one-page risk tool for GPs and emergency departments,
based on the national guidance, with a direct phone line to the board's eating disorder team. The third is
physical monitoring while the young person waits for specialist treatment, with weekly checks at the
practice or, for families in the remoter parts of Glenmorven, by a community nurse at home.

The University of Strathcairn's health services research group agreed to evaluate the project
independently. Our goal was simple: no young person in Glenmorven with an eating disorder should be
physically unsafe and unmonitored while they wait.
"""),
        ("evidence", "What has changed", """
The University compared the 18 months before the passport was introduced in March 2022 with the 18 months
after, using the case notes of every young person aged 12 to 25 referred to the eating disorder service.

<<Q:The proportion of young people who had lying and standing blood pressure, heart rate, temperature and
bloods all recorded at their first GP contact went from 23% to 81%.>> <<Q:The number who had no physical
monitoring at all while waiting for their first specialist appointment dropped from 47 to 6.>>

<<Q:Emergency admissions to paediatric and adult medical wards for refeeding syndrome or dangerous
electrolyte imbalance fell from nine in the 18 months before to two in the 18 months after.>> <<Q:When young
people did need admission, it was far more often planned: unplanned admissions through A&E as a share of all
medical admissions went from 71% to 38%.>>

In total 286 passports have been issued, and the phone line has taken 412 calls from GPs, A&E doctors and
community nurses.

We know these are small numbers. But every one of them is a young person, and behind the figures are
families who did not have to go through what we went through.
"""),
        ("stakeholders", "Built by families, for families", """
<<P:The passport was designed at a kitchen table, quite literally, by a group of eight parents who met at my
house every other Sunday for three months in 2022.>> <<P:Our young people's council, eleven young people
aged 14 to 22 who are in recovery, went through every page and took out words like 'non-compliant' and
'refusal', which they said made them feel like criminals.>> <<P:It was the young people, not the adults, who
insisted on a pocket-sized booklet instead of an A4 folder, because, as one of them put it, 'nobody is
carrying a folder into school'.>>

<<P:We held four focus groups with families in Strathcairn, Inverlarig and two island communities, and after
hearing from island parents about four-hour round trips for a blood test we added home monitoring by
community nurses to the design.>> <<P:Two of our three peer support workers, who now phone every family within
a week of a passport being issued, have lived experience of an eating disorder themselves, and the third is
a parent.>>

Dr Catriona Baird, consultant psychiatrist, was the board's clinical lead for the project and signed off the
risk tool. We delivered training on the passport and the risk tool to 410 staff across all 46 GP practices
and both emergency departments, and every practice manager received a supply of passports and a laminated
copy of the risk chart. We had hoped to run design workshops with A&E nurses too, but winter pressures meant
they never went ahead.
"""),
        ("spread", "Reaching further", """
NHS Braecairn began issuing the passport in its three child and adolescent mental health teams in November
2023, and two more health boards are talking to us. The national eating disorder network has shared the risk
tool with every board in Scotland, and we are working with them on a version for adults over 25.

The University has presented the evaluation at an international eating disorders conference and published a
short report, and I have spoken about the project at three GP education events in Scotland. The passport,
risk chart and training slides can be downloaded free from our website, in English and in Gaelic.
"""),
        ("value", "What it means", """
For families, the passport gives something that is hard to measure: a sense that someone is watching. 'For
the first time I felt the doctors and I were reading from the same page,' one father told the evaluator. A
young woman in recovery told us: 'I hated being weighed, but I liked knowing what the numbers meant and that
someone would act if they went wrong.'

The project cost £138,000 over two years, funded by a grant from a Scottish health charity and by NHS
Glenmorven, which pays for the phone line. The University estimates that each avoided admission for
refeeding syndrome saves between £9,000 and £25,000, depending on length of stay, and that the project has
more than paid for itself. More important to me, GPs now have a clear answer to the question every parent
asks: is my child safe to wait?
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I068  rural telestroke thrombolysis - docx - Word heading styles
#       Scotland - formal board-level summary - NO patient involvement
#       (leaflet, satisfaction survey that changed nothing, negation, plan)
# ---------------------------------------------------------------------------
entry(
    id="I068", format="docx", layout="style_headings", topic="stroke",
    docx_font="Cambria",
    project="independent5-telestroke-68",
    title="Thrombolysis Without Borders: a telestroke partnership for remote and rural communities",
    cover=[
        "Submitted on behalf of the Board of NHS Ardclach and Isles",
        "Partner organisations: NHS Kelvinmuir (Regional Stroke Centre, Kelvinmuir Royal Infirmary); University of Inverlarig, Centre for Rural Health",
        "Executive sponsor: Medical Director, NHS Ardclach and Isles",
    ],
    primary_entrant=dict(name="NHS Ardclach and Isles", type="nhs_trust"),
    partners=[
        dict(name="NHS Kelvinmuir", type="nhs_trust"),
        dict(name="University of Inverlarig", type="university"),
    ],
    sections=[
        ("context", "Background and Purpose", """
NHS Ardclach and Isles serves a population of approximately 94,000 people dispersed across a mainland area of
over 6,000 square miles and eleven inhabited islands. The Board operates one rural general hospital,
Ardclach General (148 beds), and four community hospitals. Approximately 260 people are admitted with acute
stroke each year.

Prior to 2022, thrombolysis at Ardclach General depended on the availability of one of two general
physicians with a special interest in stroke. Out of hours and during periods of leave, eligible patients
either did not receive thrombolysis or were transferred to the regional stroke centre at Kelvinmuir Royal
Infirmary, a road journey of up to three and a half hours. An internal review commissioned by the Board's
Clinical Governance Committee in 2021 concluded that the service did not meet national stroke standards and
that patients were being exposed to an avoidable risk of death and disability.

Thrombolysis Without Borders is a formal partnership between NHS Ardclach and Isles and NHS Kelvinmuir,
established under a service level agreement approved by both Boards in December 2021. Stroke consultants at
Kelvinmuir provide a 24-hour video assessment rota for Ardclach General, with real-time access to CT images
through a shared imaging platform. A stroke nurse practitioner at Ardclach General leads the local team in
the emergency department. The University of Inverlarig's Centre for Rural Health was commissioned to
undertake an independent evaluation.

The patient safety objectives of the partnership are to ensure that every eligible patient receives
thrombolysis regardless of the time of day, to reduce door-to-needle times to the national standard, and to
reduce the risk of harm associated with unnecessary long-distance transfer of acutely unwell patients.
"""),
        ("evidence", "Outcomes Achieved", """
The evaluation compared the two years before go-live on 4 April 2022 (2020/21 and 2021/22) with the two years
after (2022/23 and 2023/24).

<<Q:The proportion of patients with ischaemic stroke who received thrombolysis increased from 6.2% to
11.8%.>> <<Q:The median door-to-needle time fell from 78 minutes to 41 minutes, and the proportion of patients
thrombolysed within 60 minutes of arrival rose from 22% to 69%.>>

<<Q:Out-of-hours thrombolysis, previously almost absent, increased threefold, with 31 patients treated
between 6pm and 8am in the two years after go-live compared with 10 in the two years before.>> <<Q:Emergency
transfers to Kelvinmuir for the purpose of assessment for thrombolysis reduced from 44 to 7.>>

<<Q:The proportion of stroke patients with a modified Rankin score of 0 to 2 at 90 days improved from 38% to
47%.>> The evaluation found no increase in the rate of symptomatic intracranial haemorrhage following
thrombolysis, which remained within the range reported by the national audit.

The rota has provided 512 video consultations since go-live, with a median connection time of four minutes.
"""),
        ("spread", "Dissemination and Spread", """
NHS Kelvinmuir extended the rota, on the same terms, to a second rural general hospital in a neighbouring
Board from October 2023, and a third Board has requested the service specification. The service level
agreement, standard operating procedure and competency framework for stroke nurse practitioners have been
published on the regional stroke network website.

The model has been presented to the national stroke improvement programme and at the national remote and
rural healthcare conference. The University of Inverlarig has submitted the evaluation for peer-reviewed
publication.
"""),
        ("value", "Value and Sustainability", """
The partnership costs approximately £212,000 per year, comprising the rota payment to NHS Kelvinmuir, the
nurse practitioner post and the licence for the imaging platform. The University's health economic analysis
estimates savings of approximately £640,000 per year arising from fewer transfers, shorter lengths of stay and
lower long-term care costs associated with improved functional outcomes. Recurrent funding has been included
in both Boards' financial plans from 2024/25.

Staff at Ardclach General report greater confidence in the management of acute stroke, and both general
physician posts, one of which had been vacant for over a year, were filled in 2023. Patients and their
families are given an information leaflet explaining the video consultation. A survey of 64 patients found
92% satisfied with their care; comments were overwhelmingly positive and no changes to the service were
considered necessary.
"""),
        ("stakeholders", "Stakeholder Engagement", """
<<S:Stroke consultants from NHS Kelvinmuir and emergency department nurses and doctors at Ardclach General
designed the video assessment protocol together during a series of six simulation sessions held in both
hospitals in early 2022.>> <<S:Radiographers at Ardclach General proposed, and then led, a change to the CT
protocol so that CT angiography is performed at the same time as the initial scan, removing a second trip to
the scanner.>> <<S:Paramedics based at the Ardclach and Port Laddie ambulance stations contributed to the
design of the pre-alert script and tested it over a four-week period.>>

<<S:The nurse practitioner role was developed by the Board's senior nurses together with the nurses who would
fill it, who requested a period of rotation at Kelvinmuir's hyperacute stroke unit before go-live.>>

Governance was provided through a joint programme board, chaired by the Medical Director of NHS Ardclach and
Isles and reporting to both Boards' Clinical Governance Committees. Patients were not directly involved in the
design phase, owing to the pace at which the service was required. The partnership intends to establish a
stroke survivors' reference group during 2024/25 to inform the next phase of development.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)

# ---------------------------------------------------------------------------
# I069  hospital at home for frail older people - pdf - NO headings
#       England - long, story-driven, patient quotes - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I069", format="pdf", layout="no_headings", topic="hospital_at_home", pdf_align="L",
    pdf_font="LiberationSerif",
    project="independent5-hospitalathome-69",
    title="Home Is Where the Ward Is: hospital at home for frail older people in Harrowden Vale",
    cover=[
        "Harrowden Vale Hospitals NHS Foundation Trust, with NHS Fenmarsh and Harrowden Integrated Care Board, Harrowden Borough Council and Silver Lantern (a local older people's charity)",
        "Written by the clinical lead for the Hospital at Home team",
    ],
    primary_entrant=dict(name="Harrowden Vale Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="NHS Fenmarsh and Harrowden Integrated Care Board", type="icb"),
        dict(name="Harrowden Borough Council", type="local_authority"),
        dict(name="Silver Lantern", type="charity"),
    ],
    sections=[
        ("context", None, """
On a wet Tuesday in November 2022, Elsie, who was 91, fell in her kitchen in Brantham. Elsie is not her real
name, but everything else in this story is true. She had a chest infection, she was muddled, and the
paramedics who came out to her were worried. Two years earlier Elsie would have gone to Harrowden General,
waited on a trolley in the emergency department and been admitted to a medical ward. Our own audits tell us
what would probably have happened next. One in three frail older people admitted to our wards develops
delirium. One in twenty falls on the ward. Many lose the strength to climb their own stairs within a week,
and a good number never go home at all.

Instead, the paramedics phoned our Hospital at Home team. Within two hours a consultant geriatrician had
spoken to Elsie's daughter, an advanced clinical practitioner was in Elsie's front room with a portable blood
analyser, and Elsie had her first dose of intravenous antibiotics sitting in her own armchair with her cat on
her lap. 'I knew where I was,' she told me later. 'That made all the difference.'

Hospital at Home in Harrowden Vale exists because people like Elsie were being harmed by the very place that
was supposed to make them better. It is a partnership between Harrowden Vale Hospitals NHS Foundation Trust,
which employs the clinical team; NHS Fenmarsh and Harrowden Integrated Care Board, which funds it; Harrowden
Borough Council, whose reablement carers provide up to four care visits a day, free of charge, while someone
is on the ward; and Silver Lantern, a local older people's charity, whose volunteers phone patients and carers
every day and help with shopping, pets and prescriptions.

The 'ward' has 35 beds, and every one of them is in somebody's home. The patients in them are aged 65 or
over, living with frailty, and unwell enough to need hospital-level care: infections, falls without a
fracture, worsening heart failure, dehydration, delirium. They are seen at least once a day by a team of
geriatricians, advanced clinical practitioners, nurses, physiotherapists, occupational therapists and a
pharmacist, and they have a 24-hour phone number that is answered by somebody who knows them.

Our safety goals were to reduce the harms that frail older people suffer in hospital, in particular
delirium, falls, hospital-acquired infection and loss of independence, without missing the deterioration
that means someone really does need a hospital bed.
"""),
        ("stakeholders", None, """
We did not design this service in a meeting room. <<P:Elsie's daughter, Janet, who had cared for her mother
for six years, joined our design group after Elsie's first hospital admission in 2021, and it was Janet who
told us that the thing carers dread most is the night.>> <<P:Because of her, and because of the twelve other
carers who came to three evening workshops run by Silver Lantern, the 24-hour number goes straight to a nurse
on the team rather than to a switchboard.>>

<<P:Members of Silver Lantern's lunch clubs in Brantham and Fenby tested our patient information pack, and
crossed out so much of our first draft that the final version is four pages instead of fourteen.>>
<<P:Two former patients now sit on the service's monthly governance meeting, where they read every complaint
and every serious incident report alongside the clinicians.>>

<<S:The clinical model was written by the people who would work in it: geriatricians, community matrons,
ward nurses who wanted to try something different, and paramedics from the local ambulance service, who told
us exactly what they needed to hear on the phone to feel safe leaving someone at home.>> <<S:The council's
reablement carers asked for, and got, a simple red, amber and green card that stays in the patient's home, so
that they can note what they see at each visit and flag worries to the nurses.>> <<S:Our pharmacist
redesigned the medicines process after three community pharmacists in the area pointed out that we were
sending patients to them for antibiotics they did not stock.>>
"""),
        ("evidence", None, """
Since the ward opened in March 2022 we have admitted 2,315 patients. We compared their outcomes with a
matched group of 1,980 frail older people admitted to Harrowden General's medical wards with the same
conditions in the two years before, using the Trust's own records, and the ICB's analysts checked our method.

<<Q:New delirium during the admission fell from 29% in the hospital comparison group to 11% on the virtual
ward.>> <<Q:Falls during the admission went from one in twenty patients to one in ninety.>>
<<Q:Hospital-acquired infections, mostly chest and urine infections, were about half as common.>>

<<Q:Thirty days after discharge, 15% of our patients had been readmitted to hospital, compared with 24% of the
comparison group.>> <<Q:New admissions to a care home within three months fell from one in eight to one in
twenty-five.>>

We watch for the opposite problem too. Eleven per cent of our patients have needed to move to a hospital bed,
usually within the first 48 hours, and every one of those transfers is reviewed at the monthly governance
meeting. In the six unexpected deteriorations we have looked at in detail, the team recognised the problem
and arranged transfer within the four-hour standard we set ourselves.

Elsie has been on the ward twice more since that November. She is still at home, and she still has the cat.
"""),
        ("value", None, """
For patients, the value is in what they don't lose. 'I'd have gone in walking and come out in a
wheelchair,' Ron, who is 87, told us after he was treated at home for pneumonia. 'This way I was back on my
allotment in a fortnight.' Families tell us they can stay involved in a way that visiting hours never
allowed. 'I could make Mum her tea the way she likes it and still know a nurse would be round at two,' one son
said.

Not everyone wants to be at home, and we have learned to ask rather than assume. Some carers are exhausted and
need the break that a hospital admission gives them, and some patients feel safer with a nurse down the
corridor. We make it clear that choosing hospital is always fine.

For staff, it has been a chance to practise the kind of medicine that many of us came into geriatrics for.
Three nurses who had left the Trust have come back to work on the virtual ward, and we have not needed agency
staff since the first winter.

The ward costs about £2.4 million a year to run, roughly £190 per patient per day, against about £420 for a
bed day on a medical ward at Harrowden General. The ICB estimates that the 35 virtual beds mean it does not
have to open an extra 30-bed medical ward each winter, and the fall in new care home placements saves the
council money too, although we have not tried to put a figure on that.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I070  venous leg ulcers / compression - docx - Word form table
#       England - very short terse form - PRIVATE company is the primary
#       entrant (ineligible) - NO stakeholders section, no P or S anywhere
# ---------------------------------------------------------------------------
entry(
    id="I070", format="docx", layout="form_table", topic="wound_care",
    project="independent5-legulcers-70",
    title="CompressFirst: faster healing for venous leg ulcers",
    cover_table=[
        ("Entry title", "CompressFirst: faster healing for venous leg ulcers"),
        ("Organisation", "Medivance Wound Solutions Ltd"),
        ("Organisation type", "Private company (medical devices and clinical services)"),
        ("Partner(s)", "Brackenfold Community Health NHS Trust; Ouseley Primary Care Network"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Head of Clinical Partnerships, 0113 496 0571"),
    ],
    primary_entrant=dict(name="Medivance Wound Solutions Ltd", type="private"),
    partners=[
        dict(name="Brackenfold Community Health NHS Trust", type="nhs_trust"),
        dict(name="Ouseley Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Background and context", """
Venous leg ulcers. Common, painful, often recurrent. Around 1% of adults affected, more in over-80s. Best
practice is strong compression after a vascular assessment (ABPI). Locally, many patients were kept in
dressings only, for months.

Pre-2022 position (Trust audit, 2021): 6 Doppler machines for 9 district nursing teams, 2 of them out of
service; ABPI-trained nurses on 4 of 9 teams; average wait for vascular clinic 11 weeks; no shared
record between community, PCN and vascular service.

Why: not enough Doppler equipment, not enough nurses trained in assessment, long waits for vascular review,
no single pathway. Result: slow healing, wound infection, cellulitis admissions, high recurrence, high
dressing spend.

CompressFirst went live April 2022 across Brackenfold Community Health NHS Trust and Ouseley PCN (5
practices, population 54,000). Medivance supplies:

- 18 handheld automated ABPI devices

- compression hosiery, wraps and bandage kits

- a digital wound photography app linked to the Trust record

- 2 clinical nurse specialists running a weekly leg ulcer clinic in each of 4 PCN hubs

Pathway: Trust district nurses refer any lower leg wound not healed at 2 weeks. Assessment within 14 days.
Compression started at the same visit where safe. Photo review every 4 weeks. Hosiery for life after
healing.

Exclusions: arterial disease (ABPI below 0.8), uncontrolled heart failure, active cellulitis until
treated. These patients go to the vascular team as before.

Sites: Ouseley Health Centre, Brackenfold Road Surgery, Kirkby Marsh Clinic, Old Mill Medical Practice.
Clinics run Tuesday to Friday, 09:00 to 16:30. Housebound patients assessed at home by the CNS.

Goals: every patient assessed within 14 days; compression for all suitable patients; fewer infections and
admissions; fewer recurrences.
"""),
        ("evidence", "Evidence of improvement", """
Data source: Trust wound care database. 12 months pre (2021/22) vs 12 months post (2022/23). 418 patients
pre, 452 post.

<<Q:Healed at 12 weeks: 34% before, 58% after.>>

<<Q:Median time to healing: 26 weeks down to 14.>>

<<Q:Patients in compression within 4 weeks of first presentation: up from 29% to 83%.>>

<<Q:Admissions for cellulitis in leg ulcer patients: 37 down to 16.>>

<<Q:Recurrence at 12 months: 31% pre, 19% post.>>

No device-related pressure damage reported in the period.

Method note: healing defined as full epithelialisation confirmed on photo. Patients lost to follow-up
counted as not healed. Figures checked by the Trust's clinical audit team, March 2023.
"""),
        ("spread", "Spread and sharing of best practice", """
Model now offered to 2 further community trusts (contracts signed early 2024). Same pathway, same
devices, same app; clinics staffed by Medivance CNSs for year 1, then handed over. Presented at a national wound
care conference (November 2023) and at the Trust's clinical effectiveness forum. Pathway, referral criteria
and assessment template available on request. App data dashboard can be set up for new sites in 6 weeks.

Next steps: extend to housebound patients in 2 further PCNs from September 2024; add a hosiery reorder
reminder to the app; joint paper with the Trust planned for 2025.
"""),
        ("value", "Value and value for money", """
Contract value: £186,000 per year (devices, hosiery, app licence, 2 CNS posts).

Trust finance team estimate: £240,000 per year saved on dressings, nurse visits and admissions.

Trust costs before CompressFirst: dressings and bandages approx. £530,000 per year across the area (2021/22
budget).

Patients: less pain, less leakage and odour, fewer home visits. 'I can wear normal shoes again.' 'First
summer in years I've worn a skirt.'

District nurses trained in compression: 146. Patient feedback forms returned: 212, average score 4.7 out of
5.

Clinical lead: Jo Parr, Tissue Viability Nurse Consultant, Brackenfold Community Health NHS Trust.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="missing_section", criterion="stakeholders"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)

# ---------------------------------------------------------------------------
# I071  ligature harm on acute mental health wards - docx - bold headings
#       England - ward manager writing informally in the first person
# ---------------------------------------------------------------------------
entry(
    id="I071", format="docx", layout="bold_headings", topic="ligature_risk",
    project="independent5-ligature-71",
    title="Looking Up, Looking Round: reducing ligature harm on our acute mental health wards",
    cover=[
        "Hollinsworth Partnership NHS Foundation Trust, working with Open Door Hollinsworth (mental health charity) and Hollinsworth University School of Design",
        "Written by the Ward Manager, Larch Ward, Hollinsworth Centre",
    ],
    primary_entrant=dict(name="Hollinsworth Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Open Door Hollinsworth", type="charity"),
        dict(name="Hollinsworth University", type="university"),
    ],
    sections=[
        ("context", "Why we needed to do this", """
I've been a mental health nurse for fourteen years and the ward manager on Larch Ward, one of our four adult
acute wards at the Hollinsworth Centre, for the last five. If you work on an acute ward you'll know the
feeling of opening a bathroom door and finding someone with something tied round their neck. You don't
forget it. In 2021/22 it happened on our four wards 97 times.

We had done all the things you are supposed to do. Every ward had an annual ligature risk assessment, a thick
folder listing every hinge and tap with 'high risk, manage through observation' written next to half of
them. We had anti-ligature fittings in most of the obvious places. But people who are determined will find
the places we haven't thought of, and most of our incidents were happening at points that weren't in the
folder at all: the gap behind a radiator cover, the top of a wardrobe door, a curtain rail refitted too
tightly after a repair.

So in 2022 we started Looking Up, Looking Round with two partners. Open Door is a local mental health charity
that runs our peer support service and a recovery café in town. The School of Design at Hollinsworth
University runs a product design degree, and their lecturers had been wanting a real-world problem for their
students. Between us we did three things. We swapped the old folder for a 'live' ligature map for each ward,
walked and updated every month by a mixed team. We redesigned the bathrooms on all four wards, including a
door-top alarm and a new wardrobe the students designed. And we changed how we talk to patients about
ligature risk, so that it is part of their own safety plan rather than something we do to them in secret.

What we wanted was fewer ligature incidents, quicker help when one does happen, and wards that feel less like
places where everyone is being watched all the time.
"""),
        ("evidence", "What's changed", """
We looked at incident reports on our four acute wards for 2021/22 and 2023/24. We left out 2022/23 because
that was the year of the building work and the wards were moving around. Bed numbers stayed the same at 72.

<<Q:Ligature incidents went from 97 in 2021/22 to 58 in 2023/24.>> <<Q:Incidents using a fixed point, which
are the ones that frighten us most, dropped from 41 to 9.>> <<Q:The average time from a door-top alarm going
off, or a member of staff shouting for help, to someone being in the room went from just under two minutes to
38 seconds on the wards where we have timing data.>>

<<Q:On our monthly walk-rounds, the number of ligature points rated high risk across the four wards came down
from 212 at the first walk to 31.>> We haven't had a death by ligature on the wards since 2019, and I don't
want to claim that as ours, because it was true before we started.

<<Q:The number of times patients were put on continuous one-to-one observation because of ligature risk also
fell by about a third, which matters because constant observation is something patients tell us they
hate.>>
"""),
        ("stakeholders", "Who was involved", """
Honestly, the best ideas didn't come from managers. <<S:It was one of our housekeepers, Bernadette, who
noticed that the wardrobe doors were being hung back on the wrong hinges after deep cleans, and she now walks
the ward with the nurse in charge every Monday.>> <<S:Healthcare assistants on nights, who do most of the
observations, designed the new observation record with us and asked for the viewing panels in bathroom
doors to be moved lower, to the eye level of someone sitting down.>> <<S:Our estates team and the Trust's
maintenance joiners sat in every design meeting, so nothing got installed that they couldn't fix in a
hurry.>>

<<P:Open Door's peer support workers, who all have their own experience of being in hospital, came on the
monthly walk-rounds and pointed out things none of us had spotted, because they knew where they would have
looked.>> <<P:Over the summer of 2022 we ran three focus groups with people who had been inpatients on our
wards, and what they said changed the whole bathroom design: they told us the old metal 'safe' fittings made
the rooms feel like a prison cell, which is why the new bathrooms have wood-effect panels and softer
lighting.>> <<P:Patients on Larch Ward voted on the colours.>>

<<S:The design students spent two days a week on the wards for a whole term, and our nurses and healthcare
assistants tested four rounds of their prototype wardrobes to destruction.>>

Patients are now told about the ligature map when they are admitted. All ward staff have done a refresher on
using ligature cutters.
"""),
        ("spread", "Spreading the word", """
Two other wards in the Trust, the psychiatric intensive care unit and the older adults' ward, started using
the live ligature map in 2023. The wardrobe design is available free to any NHS trust, and the University has
had enquiries from four. I've talked about the project at our regional mental health nursing forum and at a
national mental health safety conference, and the students won a design award for the wardrobe, which none
of us saw coming.
"""),
        ("value", "Was it worth it?", """
The building work cost £640,000 from the Trust's capital programme, and most of that was going to be spent on
the bathrooms anyway. The door-top alarms were £38,000. The university work cost us nothing except staff
time, and Open Door's peer support workers are funded through an existing contract.

What we got for it is harder to put in pounds. Staff tell me they are less frightened coming to work.
Patients say the bathrooms feel like bathrooms. One man who had been on Larch Ward three times wrote in our
feedback book: 'First time I've felt like a person and not a risk.' That's what I'd like us to be judged on.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I072  violence and aggression in the emergency department - pdf - CAPS
#       headings - Wales - dry, procedural joint health board / police voice
#       NO patient involvement (patients acted upon, informed, negation, plan)
# ---------------------------------------------------------------------------
entry(
    id="I072", format="pdf", layout="caps_headings", topic="violence_against_staff",
    project="independent5-edviolence-72",
    title="Safer Front Door: a joint health board and police approach to violence in the emergency department",
    cover=[
        "Lead entrant: Morlan University Health Board",
        "Partners: Glannau Police; Morlan County Borough Council (Community Safety Partnership)",
        "Authors: Head of Security and Violence Reduction, Morlan University Health Board; Inspector, Glannau Police Partnership Hub",
    ],
    primary_entrant=dict(name="Morlan University Health Board", type="nhs_trust"),
    partners=[
        dict(name="Glannau Police", type="emergency_service"),
        dict(name="Morlan County Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "CONTEXT AND AIMS", """
The emergency department at Ysbyty Morlan sees around 82,000 attendances a year. In 2021/22 staff reported 412
incidents of violence and aggression in the department, of which 143 were physical assaults. Sickness absence
following assault, complaints from patients in the waiting room and repeated police attendance were standing
items at the health board's Health and Safety Committee.

Violence in the emergency department is a patient safety issue as well as a staff safety issue. A department
in which staff are frightened, or in which security and police are frequently called, is one in which other
patients wait longer and in which clinical deterioration can be missed. A review of 60 incidents in 2021 also
found that in 14 cases the person involved had an underlying medical cause for their behaviour, most often
hypoglycaemia, head injury, hypoxia or delirium, which had not been recognised before restraint or police
involvement.

Safer Front Door was established in April 2022 by Morlan University Health Board, Glannau Police and the
Morlan Community Safety Partnership. It comprises: a joint response protocol setting out when and how police
are called to the department, and requiring a clinical 'medical cause' check before any restraint; a police
officer based in the department from 18:00 to 02:00 on Friday and Saturday nights; body-worn cameras for
security officers; joint de-escalation training; and a redesigned waiting room and reception.

The aims are to reduce violence towards staff, to reduce the use of restraint, and to ensure that medical
causes of agitated behaviour are identified before restraint or arrest.
"""),
        ("evidence", "EVIDENCE OF IMPROVEMENT", """
Data are taken from the health board's incident reporting system and from police attendance logs, comparing
2021/22 with 2023/24.

<<Q:Physical assaults on staff in the emergency department reduced from 143 to 86.>> <<Q:Police attendances
to the department in response to an incident fell from 214 to 121, while the number of incidents resolved by
security and clinical staff without police involvement increased.>> <<Q:The use of physical restraint fell by
38%.>>

<<Q:In incidents involving restraint or police attendance, a documented medical cause check before the
intervention increased from 40% to 87% of cases.>> <<Q:Working days lost to sickness absence following an
assault at work reduced from 611 to 402.>>

There were 17 arrests for assaults on emergency workers in 2023/24. Reports of verbal abuse increased over the
period, which is considered to reflect an improved reporting culture rather than a rise in incidents.
"""),
        ("spread", "SPREAD AND SHARING OF LEARNING", """
The joint response protocol was adopted by the health board's second emergency department, at Ysbyty Cwm
Alaw, in April 2023, and by the minor injuries unit at Porth Morlan in September 2023. Glannau Police has
shared the protocol with the other police forces in Wales through the all-Wales violence prevention network,
and a version for mental health inpatient settings is in development. The programme was presented at the NHS
Wales security managers' conference in November 2023.
"""),
        ("stakeholders", "STAKEHOLDER INVOLVEMENT", """
<<S:A staff survey in the emergency department in January 2022, completed by 164 staff, identified the
reception window, the lack of sight lines in the waiting room and slow police response as the three main
concerns, and the waiting room redesign was based directly on these findings.>> <<S:Reception staff and
security officers were involved in the design of the new reception area, and the decision to lower the
counter and remove the glass screen was taken at their request.>> <<S:The joint response protocol was written
by a working group of emergency department nurses and consultants, security officers and officers from the
Glannau Police partnership hub, and tested through four tabletop exercises.>> <<S:Porters and healthcare
support workers, who are frequently first on scene, contributed to the design of the de-escalation course,
which is delivered jointly by a police trainer and an emergency nurse.>>

Patients who were violent or abusive received a letter setting out the expected standards of behaviour, and
a small number were placed on an acceptable behaviour agreement. Patients were informed of the programme by
posters in the waiting room. Patients and the public were not consulted during the design of the programme.
The health board hopes to work with the regional citizen voice body on the next phase.
"""),
        ("value", "VALUE", """
The programme costs approximately £148,000 per year, of which £96,000 is the police officer post, funded
jointly by the health board and the Community Safety Partnership. Savings from reduced sickness absence are
estimated by the health board's workforce team at £105,000 per year, before any saving on agency cover.

Staff report feeling safer. In the follow-up staff survey in January 2024, 71% of respondents said they felt
safe at work most or all of the time. Patients benefit from a calmer department in which clinical staff are
less often diverted to manage incidents.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)

# ---------------------------------------------------------------------------
# I073  interpreters and bilingual advocates in maternity - pdf - two columns
#       Northern Ireland - charity project coordinator, community voice
#       NO quantitative evidence (activity counts, one audit value, stories,
#       a planned comparison)
# ---------------------------------------------------------------------------
entry(
    id="I073", format="pdf", layout="two_column", topic="interpreting",
    project="independent5-maternity-interpreting-73",
    title="Every Word Counts: interpreters and bilingual advocates in maternity care",
    cover=[
        "Lead organisation: Many Voices NI (registered charity)",
        "Partners: Bannside and Glens Health and Social Care Trust (Maternity Services); Lisnacree Women's Centre",
        "Entry prepared by our Project Coordinator",
    ],
    primary_entrant=dict(name="Many Voices NI", type="charity"),
    partners=[
        dict(name="Bannside and Glens Health and Social Care Trust", type="nhs_trust"),
        dict(name="Lisnacree Women's Centre", type="charity"),
    ],
    sections=[
        ("context", "Why we came together", """
Around one in nine babies born in the Bannside and Glens Trust area has a mother whose first language is not
English. The most common languages are Polish, Arabic, Romanian, Portuguese, Tigrinya and Lithuanian, but
midwives here have met women speaking more than forty languages in the last three years.

National confidential enquiries have shown for years that women who do not speak English are at higher risk
of serious harm and death in pregnancy, and poor communication comes up again and again. Closer to home, the
Trust's maternity governance team looked at 22 incidents between 2019 and 2021 where language was a factor.
They found family members, including children, being used to interpret, telephone interpreting not being
offered in labour, and women going home without understanding what to do if their baby became unwell.

Many Voices NI supports migrant and refugee families across the north-east of Northern Ireland. In 2022 we
began working with the Trust's maternity services and with Lisnacree Women's Centre on Every Word Counts. The
project has four strands:

- a flag on the maternity record at booking, so that the need for an interpreter follows the woman through
every appointment and into labour

- a team of bilingual maternity advocates, trained and paid by Many Voices, who come to antenatal classes
and postnatal visits and help women to use professional interpreters

- dual-handset phones and video interpreting tablets in every labour room and in maternity triage

- translated 'when to call' cards for reduced baby movements, bleeding, bad headaches and a baby who is not
feeding

Our patient safety goals are that no woman goes through pregnancy, labour or the first weeks with her baby
without understanding what is happening to her, that family members and children are never used to interpret
clinical information, and that warning signs are understood and acted on.
"""),
        ("evidence", "What difference has it made?", """
Between September 2022 and March 2024 our advocates supported 614 women in 19 languages, and professional
interpreters were booked for 3,870 maternity appointments. Video interpreting tablets were installed in all
14 labour rooms and in triage in January 2023. The 'when to call' card is available in 12 languages and has
been given to more than 900 women.

The Trust now audits interpreter use every quarter. In the most recent audit, in February 2024, an
interpreter was recorded at 96% of antenatal appointments for women with the flag, and no case notes recorded
a family member interpreting.

The strongest evidence we have is in women's own words. We spoke with 48 women for our evaluation report. A
mother from Eritrea told us that in her first pregnancy she was sent home twice from triage in early labour
because she could not explain her pain, and that in her second, with an advocate and a tablet, 'the midwife
understood me the first time'. A Romanian mother rang triage about reduced movements using the number on her
card, and her baby was delivered the same day after monitoring showed concerns.

We cannot yet compare outcomes with the years before the project, because language need was not recorded
reliably until the flag was introduced. The Trust's maternity governance team and Lisnacree's research
volunteers are planning that comparison for 2025, and we will publish it.
"""),
        ("stakeholders", "Who made it happen", """
<<P:Every Word Counts began with a listening exercise at Lisnacree Women's Centre, where 31 mothers told us,
in their own languages, about their maternity care, and their stories decided the four strands of the
project.>> <<P:Most of our fourteen bilingual advocates came to Northern Ireland as migrants or refugees
themselves, and nine of them have given birth in the Trust's hospitals.>>

<<P:We tested the 'when to call' cards with groups of Arabic, Tigrinya and Romanian-speaking mothers, and they
changed them completely: the first version was all text, and the final version is mostly pictures, with the
phone number in large print.>> <<P:Mothers also told us they would not use a tablet if a man was interpreting
during an internal examination, so women can now ask for a female interpreter at the touch of a button.>>

<<S:Community midwives and the Trust's interpreting service coordinator designed the booking flag with us
and tried it out in two antenatal clinics before it went live across the Trust.>> Other midwives were briefed
on the project at their mandatory training days, and the Trust's Head of Midwifery sponsored the work. We
would like to involve obstetricians more in the next phase.
"""),
        ("spread", "Sharing what works", """
The Trust has written the booking flag and the 'when to call' cards into its maternity standards, and the
other Health and Social Care Trusts have asked for copies of the cards, which we have shared free of charge.
We presented the project at the regional maternity strategy forum and at an all-island conference on migrant
health, and our advocate training programme has been adapted by a refugee charity in the north-west for use
in health visiting.
"""),
        ("value", "Why it matters", """
For women, it means being able to ask questions, to say no, and to raise the alarm. 'I felt like a person,
not a problem,' one Polish mother said. Midwives tell us they feel safer when they know the woman in front of
them has understood.

The project costs around £92,000 a year, mostly advocates' pay, training and the tablets' interpreting
contract, and is funded by the Trust and a charitable foundation. Professional interpreting costs money;
misunderstanding in maternity costs far more, in harm to families and in claims.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I074  antimicrobial stewardship / UTI in care homes - pdf - appendix trailer
#       Wales - university research group, academic voice - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I074", format="pdf", layout="with_appendix", topic="antimicrobial_stewardship",
    pdf_font="LiberationSerif",
    project="independent5-carehome-uti-74",
    title="Stop the Dip: reducing inappropriate antibiotic use for urinary tract infection in care homes",
    cover=[
        "Lead entrant: Glanmor University, Centre for Primary Care Research",
        "Partners: Cantref University Health Board (Medicines Management; Infection Prevention and Control); Cantref County Council (Adult Social Care); Cantref Care Forum (registered charity representing independent care home providers)",
    ],
    primary_entrant=dict(name="Glanmor University", type="university"),
    partners=[
        dict(name="Cantref University Health Board", type="nhs_trust"),
        dict(name="Cantref County Council", type="local_authority"),
        dict(name="Cantref Care Forum", type="charity"),
    ],
    sections=[
        ("context", "1. Introduction and rationale", """
Urinary tract infection (UTI) is the most common reason for antibiotic prescribing in care homes. In residents
aged over 65, urine dipstick testing has poor specificity: asymptomatic bacteriuria is present in up to half
of residents, so a positive dipstick is frequently misread as infection. UK guidance has advised against
dipstick testing in this group since 2018 (reference 1), but practice in Cantref had not changed. Unnecessary
antibiotic treatment exposes residents to adverse drug reactions, Clostridioides difficile infection and
colonisation with resistant organisms, while a focus on dipsticks can delay recognition of other causes of
acute change, including sepsis, dehydration and delirium.

A point prevalence survey carried out by the health board in 2021 found that 68 of the 74 care homes in
Cantref used dipsticks routinely, and that antibiotic prescribing for UTI in care home residents was among
the highest of any area in Wales.

Stop the Dip is a partnership between the Centre for Primary Care Research at Glanmor University, Cantref
University Health Board, Cantref County Council and Cantref Care Forum. The intervention comprises (i)
withdrawal of dipsticks from care homes for residents over 65; (ii) a structured 'Is it a UTI?' assessment
and communication tool for care staff, used when a resident is unwell; (iii) hydration prompts built into
the daily routine; and (iv) a pharmacist-led review of all antibiotic prescriptions for suspected UTI in care
home residents, with feedback to prescribers. The Centre designed and conducted the evaluation, an
interrupted time series analysis of routinely collected prescribing and admissions data (reference 2).

The patient safety objectives were to reduce inappropriate antibiotic exposure, to reduce C. difficile
infection, and to improve recognition and escalation of acute illness in residents, without increasing
admissions for urosepsis.
"""),
        ("evidence", "2. Outcomes", """
The intervention was introduced across all 74 care homes, approximately 2,300 beds, between March and
September 2022. We compared the 24 months before (March 2020 to February 2022, with adjustment for the effect
of the pandemic on admissions) with the 18 months after full implementation (October 2022 to March 2024).

<<Q:Antibiotic prescriptions for suspected UTI in care home residents fell from 2.9 to 1.7 per 1,000
resident-days, a relative reduction of 41% (95% CI 33% to 48%).>> <<Q:Urine dipstick orders from care homes
to the health board's supplies service fell by 94%.>> <<Q:Cases of C. difficile infection in care home
residents fell from 23 in the 18 months before the intervention to 9 in the 18 months after.>>

Our principal balancing measure was emergency admission with urosepsis or pyelonephritis. There was no
significant change in the admission rate for these conditions; the full model is given in the report
(reference 2).
<<Q:Admissions of care home residents with acute kidney injury, which we used as a marker of dehydration,
fell from 1.1 to 0.8 per 1,000 resident-days.>>

The assessment tool was used in 1,412 episodes of suspected UTI during the evaluation period, and in 61% of
these the outcome was watchful waiting with extra fluids and review, rather than an antibiotic.
"""),
        ("spread", "3. Dissemination and spread", """
Findings have been presented at two UK conferences, a summary has been published in a peer-reviewed journal
(reference 3) and the full report is publicly available (reference 2). Two further Welsh health boards
withdrew dipsticks from their care homes in 2023 using our materials, and the national antimicrobial
stewardship group for Wales has included the assessment tool in its resources for primary care.

Cantref Care Forum has shared the tool and a short training film with its members and, through its national
network, with care provider associations in England. We have run four webinars for care home staff and
primary care prescribers, attended by 610 people.
"""),
        ("stakeholders", "4. Stakeholder involvement", """
<<S:The 'Is it a UTI?' tool was developed in three co-design workshops with 26 care home staff, including
senior carers, nurses and two managers, who cut an initial four-page draft to a single side and added a box
headed 'What I'm worried about', in the care worker's own words, for use when phoning the GP.>> <<S:Health
board pharmacists designed the prescribing review and the feedback letter to GPs, and piloted the letter
with three practices before roll-out.>> <<S:Care home cooks and kitchen assistants suggested linking the
hydration prompts to the existing tea rounds rather than adding a separate fluid chart.>>

<<P:Four public contributors from the Centre's patient and public involvement panel, two of whom have a
parent living in a care home, sat on the study steering committee and co-wrote the lay summary.>>
<<P:Relatives of residents in six homes took part in a discussion group and told us that our first leaflet
made it sound as though infections would go untreated, so the leaflet explaining to families why dipsticks
are no longer used was rewritten around their questions.>>

Residents themselves could not be recruited to the workshops because of visiting restrictions during the
development phase. GP practices were sent a summary of the programme and a copy of the tool.
"""),
    ],
    trailer=[
        ("heading", "Appendix A: References"),
        ("text", "1. National guidance on the diagnosis of urinary tract infection in adults aged over 65: quick reference tool for primary care. 2018, updated 2020."),
        ("text", "2. Centre for Primary Care Research, Glanmor University. Stop the Dip: an interrupted time series evaluation of dipstick withdrawal and structured assessment in care homes. Full report, June 2024."),
        ("text", "3. Pryce-Morgan H, Evans R, Jenkins A, Lloyd S, et al. Withdrawing urine dipsticks from care homes: effect on antibiotic prescribing and hospital admissions. Journal of Community Infection and Prescribing, 2024."),
        ("heading", "Appendix B: Glossary"),
        ("text", "Asymptomatic bacteriuria: bacteria in the urine without symptoms of infection; common in older people and usually does not need treatment."),
        ("text", "Resident-days: the total number of days residents spent in the participating care homes, used as the denominator for rates."),
        ("text", "Interrupted time series: a study design that compares the level and trend of an outcome before and after an intervention, taking account of the underlying trend."),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)

# ---------------------------------------------------------------------------
# I075  hip fracture orthogeriatric pathway - docx - reordered sections
#       England - consultant orthogeriatrician voice - single trust with NO
#       partner organisation (ineligible; internal departments only)
# ---------------------------------------------------------------------------
entry(
    id="I075", format="docx", layout="reordered", topic="hip_fracture",
    project="independent5-hipfracture-75",
    title="One Team for the Broken Hip: an orthogeriatric partnership at Kingsmere",
    cover=[
        "Kingsmere Teaching Hospitals NHS Trust",
        "A partnership between the Departments of Trauma and Orthopaedics, Medicine for Older People, Anaesthesia and Emergency Medicine",
        "Lead author: Consultant Orthogeriatrician",
    ],
    primary_entrant=dict(name="Kingsmere Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("evidence", "The results", """
We start with the results, because they are what persuaded our own board. Kingsmere treats around 620 people
with a hip fracture each year. Comparing calendar year 2021 with 2023, using our own submissions to the
national hip fracture audit:

<<Q:Surgery within 36 hours of admission went from 54% to 79% of patients.>> <<Q:Patients assessed by an
orthogeriatrician within 72 hours rose from 61% to 97%.>> <<Q:Delirium screening with the 4AT on admission and
after surgery went from being done in fewer than half of patients to 93%.>>

<<Q:Thirty-day mortality fell from 8.4% to 6.1%, which took us from being an outlier on the national funnel
plot to within the expected range.>> <<Q:Hospital-acquired pressure ulcers in hip fracture patients halved,
from 22 to 11.>> <<Q:The proportion of patients out of bed by the day after surgery went from 71% to 90%.>>

Median length of stay is now 15 days. About one in five patients still waits more than 36 hours for surgery,
almost always because of a medical problem that has to be sorted out first, and we review every one of these
delays at our weekly governance meeting.
"""),
        ("context", "Why we changed", """
Hip fracture is the commonest serious injury in older people and the commonest reason for an older person to
need emergency anaesthesia and surgery. Around one in fourteen dies within a month. The harms are well known:
delirium, pressure ulcers, pneumonia, blood clots, further falls in hospital and loss of independence.

In 2020 our outcomes were poor, and we knew why. Hip fracture patients at Kingsmere belonged to everyone and
to no one. They were clerked by orthopaedic juniors, seen by a physician only if someone asked, anaesthetised
by whoever was on the trauma list and nursed on whichever ward had a bed. Each department was doing its job,
but nobody was looking after the whole person.

So four departments agreed to work as one service. Since January 2022 every patient with a suspected hip
fracture goes from the emergency department to a dedicated 28-bed hip fracture unit on Ward 12 within four
hours, with a nerve block given in the department. They are seen by an orthogeriatrician on admission, go on
a protected morning trauma list, and are cared for by a single ward team with a daily joint ward round
between surgeon and geriatrician. Our aims were simple: operate sooner, prevent delirium and pressure damage,
get people moving and get them home.

We are not formally partnered with any other organisation. We have begun talking to the ambulance service
about a direct pathway from the scene to Ward 12, but that is at an early stage.
"""),
        ("stakeholders", "How we built it", """
<<S:The pathway was designed over four half-day workshops in the autumn of 2021, attended by surgeons,
geriatricians, anaesthetists, ED nurses, ward nurses, physiotherapists, occupational therapists, porters and
bed managers, and every step of it was argued over by the people who would have to make it work.>> <<S:ED
nurses asked to be trained to give fascia iliaca blocks themselves rather than wait for an anaesthetist, and
six of them are now signed off to do so.>> <<S:The healthcare assistants on Ward 12 devised the two-hourly
'turn, talk, drink' round that we credit with much of the fall in pressure ulcers.>>

<<P:We set up a patient and carer group of eight people who had been through a hip fracture at Kingsmere, or
whose husband, wife or parent had, and they meet with us three times a year.>> <<P:It was this group who told
us that families were being phoned with news of the operation at two in the morning, and who helped write the
'What happens next' booklet that every patient and family now receives on admission.>> <<P:One daughter from
the group now helps to run our twice-yearly family information sessions on Ward 12.>>
"""),
        ("value", "What it is worth", """
Getting people to theatre faster and home sooner has freed beds. Our finance department calculates that
shorter stays and fewer complications release around 2,900 bed days a year, worth roughly £1.1 million, and
the Trust has reinvested part of this in two extra orthogeriatric consultant sessions and a weekend
physiotherapy service. Best practice tariff payments for hip fracture, which we rarely achieved before, now
bring in around £700,000 a year.

Staff on Ward 12 say it is the first time they have felt like a specialist team, and the ward has had no
nursing vacancies since last spring. Patients and families tell us the booklet and the family sessions took
away a lot of the fear. 'Nobody explained anything to us when Dad broke his hip in 2019,' one son wrote.
'This time we knew the plan before he'd even got to the ward.'
"""),
        ("spread", "Beyond Ward 12", """
We have hosted visits from the hip fracture teams of four other trusts and shared our workshop materials,
the 'turn, talk, drink' round and the booklet with each of them. The pathway has been presented at a national
fragility fracture meeting and at a regional geriatric medicine conference. Within Kingsmere, the same model
of one joint team is now being used for older people with other fractures that need surgery, such as pelvic
and wrist fractures.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I076  hydration in care homes - docx - bullet lists - Scotland - council
#       commissioning voice - NO quantitative evidence (counts, single audit
#       values, a target, a planned evaluation)
# ---------------------------------------------------------------------------
entry(
    id="I076", format="docx", layout="bullet_lists", topic="hydration",
    project="independent5-carehome-hydration-76",
    title="Drink Well Dunmorran: keeping care home residents hydrated and safe",
    cover=[
        "Lead organisation: Dunmorran Council, Health and Social Care Services",
        "Partners: NHS Dunmorran and Carse; Carse Volunteer Centre (SCIO)",
        "Contact: Commissioning Officer (Care Homes), Dunmorran Council, 01632 960418",
    ],
    primary_entrant=dict(name="Dunmorran Council", type="local_authority"),
    partners=[
        dict(name="NHS Dunmorran and Carse", type="nhs_trust"),
        dict(name="Carse Volunteer Centre", type="charity"),
    ],
    sections=[
        ("context", "Context", """
Dunmorran has 31 care homes for older people with around 1,150 beds. Seven are run by the Council and 24 by
independent and voluntary sector providers.

Dehydration in care home residents is common, easy to miss and dangerous. It contributes to:

- urinary tract infections and the over-use of antibiotics

- acute kidney injury

- falls, constipation and delirium

- hospital admissions that could have been avoided

In 2022 the Council's care home assurance visits, carried out jointly with NHS Dunmorran and Carse, found
that fluid charts were often incomplete, that residents living with dementia were frequently offered drinks
but not helped to drink them, and that no one had a clear picture of which residents were most at risk.

Drink Well Dunmorran was set up in January 2023 to change this. It includes:

- a one-page hydration risk screen, completed for every resident on admission and reviewed monthly

- a personal 'my drinks' plan for each resident at risk, recording what they like, how they like it and
what help they need

- a hydration station and a seven-a-day drinks round in every home

- advice and training from NHS dietitians and care home liaison nurses

- 'tea and chat' sessions in homes run by Carse Volunteer Centre volunteers, with drinks at the centre of
the afternoon

Our patient safety goals are:

- every resident screened for dehydration risk

- every resident at risk with a personal drinks plan

- fewer urinary infections, falls and avoidable hospital admissions linked to dehydration
"""),
        ("evidence", "Evidence", """
What we can show so far:

- all 31 homes had signed up to Drink Well by September 2023

- 412 care staff and 38 kitchen staff have completed the half-day Drink Well training

- hydration stations are installed in all 31 homes

- in the most recent audit, in March 2024, 89% of residents had a completed hydration risk screen and 82% of
residents identified as at risk had a personal drinks plan

- volunteers have run 540 'tea and chat' sessions

We do not yet have reliable before-and-after figures for infections, falls or admissions. Care homes did not
record these consistently before the project, and the NHS Dunmorran and Carse public health team is now
linking care home records with hospital data. Their evaluation will report in early 2025.

Our target is a 20% reduction in emergency admissions from care homes for urinary infection and acute kidney
injury by March 2026.

Care home managers report that residents are drinking more and that fluid charts are now routinely
completed.
"""),
        ("stakeholders", "Stakeholders", """
How people were involved:

- <<P:A tasting panel of 14 residents at Glebe House and Kirkhill Lodge tried more than 30 drinks, jellies
and ice lollies, and their favourites make up the standard Drink Well menu.>>

- <<P:Relatives at three homes told us that their mother or father had always had a favourite drink at home,
and at their suggestion the 'my drinks' plan now starts with the question 'What did you enjoy drinking at
home?'>>

- <<S:Care assistants from six homes designed the hydration risk screen with NHS dietitians, and cut it from
two pages to one after trying it out for a month.>>

- <<S:Cooks and kitchen staff came up with the seven-a-day drinks round, fitting it around mealtimes and the
existing tea trolleys.>>

- <<P:Volunteers from Carse Volunteer Centre, several of whom care for a relative living with dementia, wrote
the 'tea and chat' guide with us.>>

- the care regulator was kept informed through our routine meetings

- we plan to set up a residents' and relatives' reference group in 2024/25
"""),
        ("spread", "Spread", """
- the Drink Well screen and plan are part of the Council's contract specification for every care home in
Dunmorran from April 2024

- NHS Dunmorran and Carse has offered the training to care homes in the neighbouring Strathmuir council area,
and 9 homes there started in February 2024

- we presented Drink Well at a Scottish care home improvement network event, and all the resources are free
on the Council website
"""),
        ("value", "Value", """
- Drink Well cost £74,000 in 2023/24, covering hydration stations, printing, training and a part-time
coordinator, funded from the Council's care home support budget and by NHS Dunmorran and Carse

- if the 20% target is met, the health board estimates around 60 fewer emergency admissions a year

- residents enjoy the 'tea and chat' sessions, and several homes now run them every week without volunteers

- care staff say they feel more confident spotting the early signs of dehydration
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)

# ---------------------------------------------------------------------------
# I077  diagnostic waiting list and unactioned results - pdf - form table
#       England - health-tech company marketing voice - PRIVATE company is
#       the primary entrant (ineligible) - NO staff involvement (a clinical
#       sponsor, staff trained / sent packs, a planned survey)
# ---------------------------------------------------------------------------
entry(
    id="I077", format="pdf", layout="form_table", topic="diagnostics",
    project="independent5-diagnostics-results-77",
    title="ResultSafe: closing the loop on diagnostic waits and unactioned results",
    cover_table=[
        ("Entry title", "ResultSafe: closing the loop on diagnostic waits and unactioned results"),
        ("Lead organisation", "Clearpath Diagnostic Systems Ltd"),
        ("Partner organisations", "Thornleigh and Vale NHS Foundation Trust; NHS Thornleigh and Vale Integrated Care Board"),
        ("Award category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Partnerships Director, 020 7946 0832"),
    ],
    primary_entrant=dict(name="Clearpath Diagnostic Systems Ltd", type="private"),
    partners=[
        dict(name="Thornleigh and Vale NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Thornleigh and Vale Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "1. Context: why was the partnership needed, and what are its patient safety goals?", """
Diagnostic waiting lists across England grew sharply after 2020. At Thornleigh and Vale NHS Foundation
Trust, a 720-bed acute trust, the waiting list for imaging and endoscopy reached 31,000 in 2022, and the Trust
identified two safety risks: patients waiting so long that a serious condition progressed unseen, and test
results that were reported but never acknowledged or acted on by the requesting clinician. In 2021/22 the
Trust recorded 14 serious incidents in which a result had not been acted on, including three delayed cancer
diagnoses.

Clearpath Diagnostic Systems is a UK health technology company. ResultSafe, our cloud platform, sits
alongside the Trust's electronic patient record and radiology information system. It does three things. It
clinically prioritises the diagnostic waiting list using referral information and Clearpath's standard rule
set. It tracks every result from report to acknowledgement and escalates any abnormal result that has not
been acknowledged within set timescales. And it sends patients text-message updates while they wait, with a
direct line to a booking team if their symptoms change.

Clearpath entered into a three-year contract with the Trust in July 2022, with the ICB contributing funding
through its elective recovery programme. The patient safety goals are that no critical or significant result
goes unactioned, and that the patients at highest risk are seen first.
"""),
        ("evidence", "2. Evidence: what improvements in safe care can you demonstrate?", """
<<Q:Abnormal results unacknowledged for more than 14 days fell from 1,340 in July 2022 to 95 in March
2024.>> <<Q:Critical results acknowledged within 24 hours increased from 72% to 99%.>>

<<Q:The median wait for a non-urgent MRI fell from 19 weeks to 8 weeks, and patients waiting longer than six
weeks for any diagnostic test fell from 41% to 12% of the list.>> <<Q:Serious incidents relating to
unactioned results reduced from 14 in 2021/22 to 3 in 2023/24.>>

In addition, 212 patients reported worsening symptoms through the direct line and were re-prioritised, and
ResultSafe now tracks more than 40,000 results a month.
"""),
        ("spread", "3. Spread: how have the achievements been applied elsewhere and how has best practice been shared?", """
ResultSafe has since been deployed at two further NHS trusts in the Midlands and is in procurement with a
third. A case study has been published on our website and presented at two health technology conferences.
The configuration used at Thornleigh and Vale is now the standard set-up for all new customers, which means
new sites can go live in as little as ten weeks.
"""),
        ("value", "4. Value: what value has been created, including staff and patient experience and value for money?", """
The contract value is £420,000 per year. Clearpath estimates annual savings to the Trust of £1.3 million
through reduced clinical negligence exposure, reduced validation workload and fewer missed appointments.

Patients value the text updates: in a survey of 1,020 patients, 88% said the messages made them feel less
forgotten. The Trust's waiting list validation administrators have been redeployed to booking roles, and
clinicians no longer have to keep their own spreadsheets of outstanding results.
"""),
        ("stakeholders", "5. Stakeholders: who was involved and how were they engaged in the design?", """
<<P:Members of the Trust's patient panel reviewed the wording of our text messages and asked us to remove the
word 'urgent' from routine updates because it had frightened people, and we changed the templates the same
week.>>

Consultant radiologist Dr Sanjay Mehta acted as the Trust's clinical sponsor and approved the prioritisation
rules before go-live. Training in the platform was delivered to 58 administrative and booking staff, and all
consultants were sent an information pack and login details. A staff feedback survey is planned for the
third quarter of 2024.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I078  children's safeguarding notifications from urgent care - pdf -
#       numbered questions - Northern Ireland - careful, formal named nurse
#       voice - NO quantitative evidence (counts, one audit value, a case)
# ---------------------------------------------------------------------------
entry(
    id="I078", format="pdf", layout="numbered_questions", topic="safeguarding_children",
    project="independent5-safeguarding-notifications-78",
    title="No Child Lost Between Services: safeguarding notifications from urgent care to community teams",
    cover=[
        "Lead organisation: Corran Valley Health and Social Care Trust (Safeguarding Children Team)",
        "Partners: Corran Valley GP Federation; Corran Family Support Hub (registered charity)",
        "Entry prepared by the Named Nurse for Safeguarding Children",
    ],
    primary_entrant=dict(name="Corran Valley Health and Social Care Trust", type="nhs_trust"),
    partners=[
        dict(name="Corran Valley GP Federation", type="primary_care"),
        dict(name="Corran Family Support Hub", type="charity"),
    ],
    sections=[
        ("context", "Question 1. Context: why was the partnership needed, and what are its patient safety goals?", """
Children and young people in the Corran Valley Trust area use urgent and emergency care at two emergency
departments, three minor injuries units and the GP out-of-hours service. In 2021/22 there were approximately
41,000 attendances by children and young people under 18.

Case management reviews in Northern Ireland, and serious case reviews elsewhere in the United Kingdom, have
repeatedly found that warning signs of neglect and abuse were seen in urgent care but not shared with the
professionals who know the child best: the health visitor, the school nurse and the GP. A case management
review concluded in 2021 in relation to a child in our area identified six attendances at urgent care
settings over fourteen months, none of which had been notified to the child's health visitor.

Before this project, urgent care settings sent a paper attendance slip to the child's GP. It was not
routinely seen by health visiting or school nursing, and there was no agreed process for children who were
not brought to follow-up appointments.

The project introduced three changes:

- an electronic notification, completed in the emergency department or out-of-hours record and sent within
24 hours to the child's health visitor or school nurse and GP, for every attendance by a child under five,
every injury in a child under two, every attendance with self-harm, and any attendance where the clinician
has a safeguarding concern;

- a daily safeguarding liaison huddle at which a health visitor and a school nurse review all notifications
and agree follow-up;

- a 'was not brought' pathway, agreed with the GP Federation, for children who miss hospital and community
appointments.

Corran Family Support Hub, a voluntary sector family support charity, provides an early help response for
families identified through the huddle who do not meet the threshold for social work involvement.

The patient safety goals are to ensure that information about vulnerable children is shared promptly with
those best placed to act on it, and that no child's pattern of attendance goes unnoticed.
"""),
        ("evidence", "Question 2. Evidence: what improvements in safe care can you demonstrate as a direct result of the partnership?", """
The electronic notification was introduced in all urgent care settings on 1 October 2022.

Between October 2022 and March 2024, 9,640 notifications were sent. The daily huddle has reviewed every one,
and 1,112 children were followed up by their health visitor or school nurse as a result. A total of 214
families were referred to the Family Support Hub for early help, and 47 children were referred to social
services, of whom 19 became subject to a child protection plan.

In the most recent audit (February 2024), 96% of notifications were received by the health visiting or school
nursing team within 24 hours of the attendance. All three case reviews commenced since the project began have
found that information from urgent care was shared appropriately.

The following case illustrates the impact. A two-year-old attended a minor injuries unit with a burn to the
hand. The notification reached the health visitor the next morning; she knew that the family had recently
moved into temporary accommodation and that the child had attended an emergency department in another Trust
three weeks earlier. A joint home visit identified unsafe heating arrangements, and the Hub supported the
family to secure a safer tenancy.

A formal evaluation comparing repeat attendance and safeguarding referral rates before and after the change
is being undertaken by the Trust's research and development office and will report in 2025.
"""),
        ("spread", "Question 3. Spread: how have the achievements been applied elsewhere and how has best practice been shared?", """
The notification form and huddle model were presented at the regional safeguarding board's learning event in
2023 and have been shared with the other Health and Social Care Trusts. One neighbouring Trust has adopted
the notification for its emergency departments from April 2024. The 'was not brought' pathway has been
adopted by the GP Federation for all 38 of its practices, including for GP appointments.
"""),
        ("value", "Question 4. Value: what value has been created, including staff and patient experience and value for money?", """
The project has been delivered within existing resources, apart from a one-off cost of £18,500 for changes to
the emergency department and out-of-hours IT systems. The daily huddle takes approximately one hour of health
visitor time and half an hour of school nurse time each day.

Health visitors and school nurses report that the notifications give them a much fuller picture of the
families they work with. Families referred to the Hub have described the early help they received as
supportive rather than punitive. The greatest value is that children at risk are less likely to be lost
between services.
"""),
        ("stakeholders", "Question 5. Stakeholders: who was involved and how were they engaged in the design?", """
<<S:The notification form was designed by a working group of emergency department nurses, paediatricians,
health visitors, school nurses and GP safeguarding leads, which met monthly for six months and tested the form
in a single minor injuries unit before it was extended.>> <<S:Following feedback from GPs at the Federation's
safeguarding forum, the 'was not brought' pathway was amended so that the GP practice is telephoned, rather
than sent a letter, when a child under one is not brought to an appointment.>> <<S:School nurses asked to be
included in the daily huddle, having initially been left out of the design, and the huddle was moved to
8.30am so that they could attend before the school day.>>

<<P:The Trust's youth forum reviewed the wording used in notifications about young people who had self-harmed
and asked that the notification record the young person's own account, in their own words, which is now a
mandatory field.>> <<P:A group of parents from the Family Support Hub helped write the leaflet that explains
to families what information is shared and why, and recommended that nurses hand it to parents at discharge
rather than post it later.>>

Children and families are informed at the point of attendance that information is shared with their health
visitor or school nurse.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)

# ---------------------------------------------------------------------------
# I079  nasogastric tube placement checks - pdf (Word heading styles via
#       LibreOffice) - England - patient safety team, human factors voice
#       private supplier as a PARTNER only (eligible) - NO patient involvement
# ---------------------------------------------------------------------------
entry(
    id="I079", format="pdf", layout="style_headings", topic="ng_tubes", render_via="soffice",
    project="independent5-ngtube-79",
    title="Check, Confirm, Feed: designing out misplaced nasogastric tubes",
    cover=[
        "Lead entrant: Eastwold University Hospitals NHS Trust (Patient Safety and Nutrition Support Teams)",
        "Partners: Health Innovation Eastwold and Fens; University of Eastwold, Human Factors and Patient Safety Research Unit; Veritas Medical Ltd (supplier of pH test strips and reading lamps)",
    ],
    primary_entrant=dict(name="Eastwold University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Health Innovation Eastwold and Fens", type="ahsn"),
        dict(name="University of Eastwold", type="university"),
        dict(name="Veritas Medical Ltd", type="private"),
    ],
    sections=[
        ("context", "Introduction", """
Feeding or giving medicines through a nasogastric (NG) tube that has been placed in the lung instead of the
stomach is a never event. It can cause pneumonia, pneumothorax and death. National patient safety alerts on
NG tube placement have been issued repeatedly since 2005, yet misplaced tubes are still reported every year,
and most incidents involve a failure in carrying out the checks rather than ignorance of them.

Eastwold University Hospitals is a 1,100-bed teaching trust placing around 5,200 NG tubes a year. Between
April 2020 and March 2022 we declared three never events involving misplaced NG tubes, one of which
contributed to a patient's death. The investigations found the same contributory factors each time: pH
strips that were hard to read under ward lighting, X-ray requests that lacked the information radiology
needed, junior doctors interpreting chest X-rays for tube position without training, and verbal handovers in
which 'the tube has been checked' meant different things to different people.

From a human factors perspective, the system relied on vigilance at the sharp end to compensate for latent
conditions. Check, Confirm, Feed is a systems redesign undertaken by the Trust with Health Innovation
Eastwold and Fens, through its patient safety collaborative, and the University of Eastwold's Human Factors
and Patient Safety Research Unit. It replaced the paper checklist with an electronic placement record that
cannot be completed without a pH reading or a confirmed radiology report; introduced CE-marked pH strips with
a colour reference card and a small reading lamp, supplied by Veritas Medical; created a structured X-ray
request; restricted X-ray interpretation for tube position to trained and assessed clinicians; and added a
'tube status' field to the electronic handover.

The safety goal was zero feeds through a misplaced tube, with secondary aims of reducing unnecessary X-rays
and delays to feeding.
"""),
        ("evidence", "Results", """
We compared the two years before the redesign (April 2020 to March 2022) with the two years after (April
2022 to March 2024), using the electronic placement record, radiology data and the incident reporting system.

<<Q:The proportion of first-line placement checks confirmed by a documented pH of 5.5 or below went from 61%
to 94%.>> <<Q:Chest X-rays requested to confirm NG tube position fell by 38%, reducing radiation exposure and
freeing radiographer time.>> <<Q:The median time from tube insertion to first feed fell from 9.5 hours to 4
hours.>>

<<Q:We declared three never events for misplaced NG tubes in the two years before the redesign and none in
the two years since.>> <<Q:Near-miss reports in which a misplaced tube was detected before use rose from 11 to
27, which we interpret as the checks working rather than more tubes being misplaced.>>

Completion of the electronic placement record has been 100% since it became mandatory in October 2022,
because the system does not allow it to be bypassed.
"""),
        ("spread", "Spread and Adoption", """
Health Innovation Eastwold and Fens has spread the electronic record template and the reading lamp to five
other trusts in the region through its patient safety collaborative, and three of them have implemented the
full bundle. The University's human factors analysis has been published and is now used in the regional
training programme for patient safety specialists. We have shared the X-ray request template and the
training package for X-ray interpretation through the national network of nutrition nurse specialists.
"""),
        ("value", "Value", """
The changes cost about £64,000 in the first year, mostly for building the electronic record and buying lamps
and strips, with running costs of around £20,000 a year. The Trust's legal services team puts the cost of a
single never event claim involving a death at between £150,000 and £400,000.

Nurses tell us the new process takes away the anxiety of being the one who has to decide. Patients who need
NG feeding benefit from earlier feeding and fewer trips to radiology.
"""),
        ("stakeholders", "Staff Engagement", """
<<S:Researchers from the University shadowed ward nurses, dietitians and junior doctors across 40 day and
night shifts, and the nurses talked them through every step of placing and checking a tube, which is how the
difficulty of reading pH strips under ward lighting first came to light.>> <<S:Nutrition nurses, dietitians,
ward nurses and foundation doctors co-designed the electronic placement record in a series of simulation
sessions, and rejected two earlier versions as too slow to use at the bedside.>> <<S:Radiographers and
radiologists wrote the structured X-ray request themselves.>> <<S:Facilitators from the Health Innovation
Network's patient safety collaborative ran the improvement workshops and brought in ward teams from two other
trusts to test the design.>>

Patients were not involved in the design, largely because most people who need an NG tube are acutely
unwell and some are sedated. The Trust's patient experience team was informed of the project. We are
exploring how patients and families might be involved in the next phase of the work.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I080  emollient and home oxygen fire risk - docx - NO headings - Wales -
#       fire and rescue service prevention voice - NO quantitative evidence,
#       NO staff involvement (staff refer / were trained / a named lead / plan)
# ---------------------------------------------------------------------------
entry(
    id="I080", format="docx", layout="no_headings", topic="fire_safety",
    project="independent5-emollient-fire-80",
    title="Safe and Well at Home: preventing fire deaths linked to emollient creams and home oxygen",
    cover=[
        "Teifi and Tywi Fire and Rescue Service",
        "In partnership with Preseli Coast University Health Board and Teifi Care and Repair",
        "Submitted by the Head of Prevention",
    ],
    primary_entrant=dict(name="Teifi and Tywi Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="Preseli Coast University Health Board", type="nhs_trust"),
        dict(name="Teifi Care and Repair", type="charity"),
    ],
    sections=[
        ("context", None, """
Between 2017 and 2021, five people died in accidental house fires in the Teifi and Tywi area where emollient
skin creams or home oxygen were found to have helped the fire to spread. All five were over 70. Four of them
smoked or lived with a smoker, and all of them were known to community health services. When emollients soak
into clothing, bedding and dressings the fabric becomes highly flammable, and a dropped cigarette or a spark
from a heater can set it alight in seconds. Home oxygen has the same effect. Several of these people had been
visited by a health or care worker in the week before they died.

Safe and Well at Home is a partnership between Teifi and Tywi Fire and Rescue Service, Preseli Coast
University Health Board and Teifi Care and Repair, a charity that carries out home adaptations and repairs
for older and disabled people. When district nurses, community pharmacists, home oxygen services and Care and
Repair caseworkers visit someone who uses emollients or oxygen and who smokes, lives with a smoker, or uses a
heater close to their bed or chair, they refer them to us for a free Safe and Well visit. Firefighters or
community safety advocates visit within 14 days, fit linked smoke alarms, check heating and electrics,
provide fire-retardant bedding and throws, and agree a personal fire safety plan with the person and their
family. Where needed, Care and Repair will replace an unsafe heater or fit a hard-wired alarm.

Our aim is simple. Nobody in our area should die or be injured in a fire at home because of the creams and
treatments that are meant to help them.
"""),
        ("evidence", None, """
The referral pathway went live on 1 June 2022. By 31 March 2024:

- 1,862 Safe and Well visits had been completed following a referral under the pathway

- 412 referrals had come from district nurses, 268 from home oxygen services and 141 from community
pharmacists

- 290 packs of fire-retardant bedding had been issued

- Care and Repair had replaced 73 unsafe heaters

Our visit records show that at the first visit 61% of the people referred had no working smoke alarm in the
room where they sleep.

There has not been a fatal fire involving emollients or home oxygen in our area since the pathway began. We
are careful about reading too much into that, because these fires are rare and the numbers are too small to
draw conclusions from. We have asked the fire research group at Dyffryn University to look at whether the
pathway has changed the number of fires in the homes of people referred, and they expect to report in 2025.
"""),
        ("stakeholders", None, """
<<P:The idea for the pathway came from the family of a man who died in a fire in Cwmteg in 2021, whose
daughter contacted us to ask why nobody had told her father that his skin cream could burn.>> <<P:She has
since helped us make a short film about his story, which is used in the training for every health
professional who refers to us.>> <<P:Three people who use home oxygen, from a breathing support group in Porth
Tywi, tested our fire safety plan and told us it was too long to keep by the bed, so it is now a single card
that fits on an oxygen cylinder.>>

The district nurses and community pharmacists who refer to us complete a 20-minute e-learning module on
emollient fire risk, which 340 health staff have now done. Station Manager Rhodri Bevan led the project for
the Fire and Rescue Service. We intend to hold a workshop with home oxygen nurses next year to look at how
the referral form could be improved.
"""),
        ("spread", None, """
Our referral form and the training film have been shared with the other fire and rescue services in Wales and
with the national fire chiefs' prevention group. Preseli Coast University Health Board has added an emollient
fire risk question to its district nursing assessment, and a neighbouring health board plans to start
referring to its own fire service in the same way later in 2024.
"""),
        ("value", None, """
The pathway costs the Fire and Rescue Service about £52,000 a year in staff time and equipment, and the
health board pays about £9,000 a year for fire-retardant bedding. Care and Repair funds heater replacements
through an existing Welsh Government grant. A single fatal house fire is estimated to cost society more than
£1.8 million.

People we visit often tell us that nobody had ever mentioned the risk to them. 'I've been using that cream
for years,' one woman in her eighties told our advocate. 'I'd no idea.' Her son now buys her fire-retardant
throws himself. District nurses say the referral gives them something practical to do about a risk they knew
about but felt they could not manage.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)
