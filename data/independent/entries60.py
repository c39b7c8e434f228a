"""Sixtieth independent evaluation set (I945..I960) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing specialist centres, community
trusts, councils, patient and parents' groups, charities, an ambulance service, a
pharmaceutical committee, a GP federation, a university, an integrated care board and
the odd private company send in, in their own voices and at their own length.  The theme
of this set is rare conditions and specialist services reaching people who live far from
the specialist centre: haemophilia, sickle cell, cystic fibrosis, epilepsy, rare cancers
and other rare diseases, with patient organisations, networks and local services.

Topics: people with haemophilia who have a serious bleed near home, far from the
haemophilia centre (a haemophilia comprehensive care centre with the ambulance service,
local emergency departments and a haemophilia society, own headings), cold homes and
painful crises in people with sickle cell disease (a council affordable warmth team,
bold headings with a cover table), antiseizure medicine levels in pregnant women with
epilepsy (a community trust epilepsy nursing service, numbered questions with cover
bullets), emergency regimens for children with inherited metabolic disorders who fall ill
near home (a parents' group as lead, no headings, long), liver surveillance scans after
treatment for eye melanoma (an ocular melanoma charity, two columns), people on continuous
intravenous treatment for pulmonary hypertension attended by ambulance crews (an
ambulance service, CAPS headings), medicines that interact with cystic fibrosis
modulators supplied by community pharmacies (a pharmaceutical committee, a form),
switches of manufacturer of antiseizure medicines during shortages (an epilepsy charity,
numbered questions), soft tissue lumps and sarcoma (a GP federation's community
diagnostics service, style headings), reactions to enzyme replacement infusions given at
home for lysosomal storage disorders (a private homecare nursing company as primary
entrant, lists), long-term follow-up of adult survivors of childhood cancer through
general practice (a university lead, rubric headings), carcinoid crisis during procedures
in people with neuroendocrine tumours (services of one trust on three sites, no partner,
a pdf made from Word), births to women who carry haemophilia in a maternity unit far from
the haemophilia centre (results first, no value section), home parenteral nutrition lines
when patients are admitted to their local hospital (an intestinal failure unit, with
appendix), transcranial Doppler stroke screening for children with sickle cell disease
brought closer to home (an integrated care board, a form with a cover table) and
emergency information for boys and young men with Duchenne muscular dystrophy (a family
charity on its own, short lists with no evidence section).

Lead types and layouts: I945 nhs_trust (acute, haemophilia centre), pdf own_headings;
I946 local_authority, docx bold_headings with a cover table; I947 nhs_trust (community),
docx numbered_questions with cover bullets; I948 patient_group, docx no_headings; I949
charity, pdf two_column; I950 emergency_service (ambulance), pdf caps_headings; I951
primary_care (LPC), docx form_table; I952 charity (epilepsy), pdf numbered_questions;
I953 primary_care (GP federation), docx style_headings; I954 private, pdf bullet_lists;
I955 university, docx rubric_headings; I956 nhs_trust (no partner), pdf style_headings
via soffice; I957 nhs_trust (maternity), docx reordered; I958 nhs_trust (intestinal
failure unit), pdf with_appendix; I959 icb, pdf form_table with a cover table; I960
charity (no partner), docx bullet_lists.

Flags: no_patient_involvement I947, I950, I956, I959; no_staff_involvement I948, I954,
I955, I960; no_quantitative_evidence I946 (a measured change told only in the value
section), I951, I956, I960; ineligible I954 (private lead), I956 (no partner), I960 (no
partner); missing_section I957 (value) and I960 (evidence).  I945, I949, I952, I953 and
I958 have no flags.

Build it with

    .venv/bin/python data/independent/build.py --set 60   (writes data/corpus/independent60/)

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
    numbers trained, activity counts (visits, calls, referrals, checks, kits, scans,
    people screened, flagged or identified), single figures with no baseline, a zero
    with no earlier figure, figures that did not change, budgets, costs and savings
    estimates, phone numbers, postcodes, reference numbers, targets not yet reached,
    plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    ('roughly halved', 'a third fewer', 'almost twice as many', a sustained shift on a
    run or SPC chart); no_quantitative_evidence looks only at the evidence section (or
    the whole entry when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, groups with unusual names, volunteers with lived
    experience, unusual job titles, list items), wherever in the entry it is told; a
    volunteer with lived experience who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, cards and
    texts, plans and intentions, negations, unnamed 'stakeholders', organisations
    agreeing, funding or passing on information, a single named lead doing their job,
    audiences at launches and meetings that were only updated, surveys, questionnaires
    and feedback forms after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; patients' and parents' support groups,
societies and networks run by and for people with a condition are patient_group;
registered charities that provide services, information or funding are charity; a
university is university; homecare nursing companies are private).  A department,
service or site of the entrant's own organisation is not a partner.  Flags are written by
hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I945  serious bleeds in people with haemophilia far from the centre - pdf -
#       own headings - haemophilia nurse consultant, practical - acute trust
#       haemophilia centre with the ambulance service, the trust running two
#       local emergency departments and a haemophilia society - members,
#       parents and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I945", format="pdf", layout="own_headings", topic="haemophilia_bleeds_far_from_centre",
    project="independent60-factorfirst-945", pdf_font="LiberationSans", pdf_align="L",
    title="Factor First: faster treatment for serious bleeds in people with haemophilia who live far from the centre",
    cover=[
        "Lead organisation: Brackwater Royal Infirmary NHS Foundation Trust (Brackwater and Fells Haemophilia Comprehensive Care Centre)",
        "Partners: Fellside and Coast Ambulance Service NHS Trust; West Fells Hospitals NHS Trust (Emergency Departments at Kirkby Fell and Sandholme); Brackwater and Fells Haemophilia Society",
        "Written by the Haemophilia Nurse Consultant",
    ],
    primary_entrant=dict(name="Brackwater Royal Infirmary NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Fellside and Coast Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="West Fells Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Brackwater and Fells Haemophilia Society", type="patient_group"),
    ],
    sections=[
        ("context", "Why we needed to act", """
Our centre looks after about 640 people with bleeding disorders, including 190 with moderate or severe
haemophilia A or B. They live across a region of hills, dales and coast that is more than two hours
from end to end. Most of them treat themselves at home, either with injections of factor concentrate or,
for a growing number, with a newer preventive medicine called emicizumab that is given under the skin
once a week or less. For day-to-day life this works well. The difficulty comes when something serious
happens: a head injury, a bleed into the abdomen or the throat, a deep muscle bleed after a fall or a
road accident.

In those situations the rule is simple. Factor should be given within an hour, before anything else,
including a scan. But people do not have serious bleeds on the doorstep of the haemophilia centre. They
have them on a farm track, on the motorway or at home in a fishing town seventy miles away. The ambulance
takes them to the nearest emergency department, where staff may see a person with haemophilia once or
twice a year. Until 2022 neither of the two local departments kept factor concentrate. It was sent from
our centre by taxi or blue-light car, which could take two hours or more. Staff were understandably
reluctant to give a blood product they did not know, and often waited for a CT scan before ringing us.

Emicizumab added a new problem. It makes some standard clotting tests look normal when they are not, and
can make others misleading. A junior doctor who sees a normal clotting screen may reasonably conclude that
the person is not at risk of bleeding.

The case that brought us together happened in November 2021. A man in his sixties with moderate
haemophilia B fell from a ladder at home and hit his head. He was taken to Kirkby Fell. He was conscious
and chatting, his clotting screen was reported as near normal, and he waited for a scan. Factor IX reached
him four hours and forty minutes after he arrived. By then he had a growing bleed on the brain and needed
transfer to the neurosurgical centre. He survived but has lasting weakness down one side and no longer
drives. His family asked us, very reasonably, why a hospital an hour from his home could not treat him.

Factor First was agreed by the four partners in the spring of 2022. It has five parts: a sealed stock box
of factor VIII and factor IX in the pharmacy of each local emergency department, rotated by our centre so
none of it is wasted; a flag on the ambulance service's system for the home address of every person with
moderate or severe haemophilia who agrees; a patient-held bleed passport giving the person's weight, usual
dose and treatment; a single number that reaches the haemophilia consultant on call at any hour; and a
one-page protocol that says factor first, scan second.
"""),
        ("evidence", "What has changed", """
We looked at every emergency attendance by a person with moderate or severe haemophilia at the two local
departments in the two years before Factor First (April 2020 to March 2022) and the two years after
(April 2022 to March 2024), using our centre's bleed log and the emergency department records.

<<Q:The median time from arrival to the first dose of factor concentrate fell from 3 hours 55 minutes to
48 minutes.>> <<Q:The number of attendances where factor was given within an hour of arrival went from 2
of 27 to 31 of 38.>> <<Q:Transfers to our centre by ambulance purely to receive treatment that could have
been given locally dropped from 19 to 5.>>

The ambulance service has flagged 176 home addresses. The stock boxes have been used 41 times since they
were introduced, and the pharmacy teams have not had to throw away a single vial.
"""),
        ("stakeholders", "The people who shaped it", """
<<P:At two evening meetings held by the Haemophilia Society, members told us that what frightened them
most was being told to wait for a scan while they could feel a bleed getting worse, which is why the
protocol now puts factor before imaging in bold at the top.>> <<P:Three young men who treat themselves at
home filmed a short video with us showing how they mix and give their own factor, and they chose to
include the moment when a nurse tries to take over and is politely told no.>> <<P:The passport's front
page was changed after the mother of a boy on emicizumab pointed out that the warning about misleading
clotting tests was on page three, where nobody would read it.>>

<<S:Emergency department consultants at Kirkby Fell and Sandholme wrote the one-page protocol with our
haematologists and asked for a copy to be fixed inside the lid of the stock box, so nobody has to go
looking for it.>> <<S:Pharmacy technicians at both hospitals worked out with our team how to swap stock
with the centre every three months, which answered the worry about waste that had stopped local
hospitals keeping factor before.>> <<S:Paramedics from the two stations that cover the most of our
patients tested the address flag for a month and asked for the person's weight and usual dose to appear
on the crew's screen alongside it.>>
"""),
        ("value", "Value", """
The stock boxes cost nothing extra to buy, because the factor would otherwise have sat in our own fridge
and it is swapped before it expires. The main cost has been our nurses' time in training and in checking
stock, about half a day a month. A single bleed on the brain that is treated late can mean months of
rehabilitation or lifelong disability, and the cost of a transfer to a neurosurgical centre by ambulance
is considerable in itself.

People with haemophilia in the far parts of our region tell us they feel less anxious about living where
they do. Emergency department staff say they are relieved to have a clear instruction and a number that
is answered.
"""),
        ("spread", "Sharing it", """
The protocol and the stock rotation agreement have been shared through the national network of
haemophilia centres, and two other centres that cover large rural areas have started stock boxes in
their own local hospitals. The ambulance service has used the same address flag for people with other
rare bleeding disorders. We have presented Factor First at the annual meeting of haemophilia nurses and to
the regional emergency care network.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I946  cold homes and painful crises in sickle cell disease - docx - bold
#       headings with a cover table - council affordable warmth manager,
#       plain - council with the specialist haemoglobinopathy team, a sickle
#       cell support group and an energy advice charity - members and staff
#       involved - NO quantitative evidence in the evidence section (referral,
#       visit and grant counts, a single figure with no baseline, a target),
#       with a measured change told only in the value section
# ---------------------------------------------------------------------------
entry(
    id="I946", format="docx", layout="bold_headings", topic="sickle_cell_cold_homes_warmth",
    project="independent60-warmhomes-946", docx_font="Arial",
    title="Warm Homes, Fewer Crises: heating help for people living with sickle cell disease in Ostley",
    cover_table=[
        ("Entry title", "Warm Homes, Fewer Crises: heating help for people living with sickle cell disease in Ostley"),
        ("Lead organisation", "Ostley Metropolitan Borough Council (Affordable Warmth Team, Public Health)"),
        ("Partners", "Kingsgate University Hospitals NHS Foundation Trust (Specialist Haemoglobinopathy Team); Ostley Sickle Cell and Thalassaemia Support Group; Ostley Energy Advice Centre (charity)"),
        ("Contact", "Affordable Warmth Manager, Ostley MBC"),
    ],
    primary_entrant=dict(name="Ostley Metropolitan Borough Council", type="local_authority"),
    partners=[
        dict(name="Kingsgate University Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Ostley Sickle Cell and Thalassaemia Support Group", type="patient_group"),
        dict(name="Ostley Energy Advice Centre", type="charity"),
    ],
    sections=[
        ("context", "Background", """
About 240 adults and children with sickle cell disease live in Ostley. Their specialist care is provided
by the haemoglobinopathy team at Kingsgate, which is 25 miles away and a difficult journey by public
transport. When they are in pain, most go to Ostley General's emergency department, which does not have a
specialist team of its own.

Being cold is one of the best known triggers of a sickle cell crisis. When the body gets cold, the blood
vessels in the hands, feet and skin narrow, and sickled red cells are more likely to block them. A crisis
can mean days of severe pain, strong opioids in hospital, and sometimes acute chest syndrome, which can
kill. Patients are advised to keep warm, avoid sudden changes in temperature and drink plenty.

In the winter of 2022 energy prices rose sharply. The haemoglobinopathy nurses began to hear, again and
again, that people had turned their heating off or were heating one room only. Several were on prepayment
meters and had gone without gas altogether. Some lived in private rented homes with broken boilers and
landlords who would not fix them. In January 2023 a young woman of 23 was admitted to Ostley General in a
painful crisis that became acute chest syndrome, and she spent nine days in intensive care. She told the
nurses she had not had the heating on for a fortnight because she could not afford to top up the meter.

At the same time the council was running its own affordable warmth programme, with grants for boiler
repairs, insulation and emergency fuel vouchers. The programme was aimed at older people and people on
certain disability benefits. Sickle cell disease was not on the list of conditions that qualified, and
nobody at the council had thought about it. Most people with sickle cell did not know the help existed,
and those who did assumed they would not qualify.

In March 2023 the council added sickle cell disease, and thalassaemia where the person is on regular
transfusions, to the list of health conditions that give priority for its affordable warmth help. The
Kingsgate team can now refer directly, with the person's consent. The Energy Advice Centre visits each
person at home within two weeks, checks that they are on the cheapest tariff and the energy companies'
priority services register, helps with the Warm Home Discount and arranges fuel vouchers if needed. The
council's grants officers then arrange boiler repairs, heating controls or insulation where the home needs
it, and take up disrepair with private landlords using the council's enforcement powers.
"""),
        ("evidence", "Evidence", """
From April 2023 to March 2025 the haemoglobinopathy team referred 131 people, including 38 families with a
child who has sickle cell disease. The Energy Advice Centre completed 118 home visits. 92 households
received fuel vouchers, 64 had a boiler repaired or replaced, new heating controls or insulation, and 15
private landlords were required to carry out repairs. The council spent £212,000 on grants and works in
the two years.

In the winter of 2024/25, 47 people with sickle cell disease living in Ostley were admitted to hospital
with a painful crisis. Of those visited, 88% told the Energy Advice Centre at a follow-up call that their
home was now warmer.

Our aim is for every person with sickle cell disease in Ostley to be offered a home visit by March 2026.
"""),
        ("stakeholders", "Involvement", """
<<P:Members of the Ostley Sickle Cell and Thalassaemia Support Group told us at their Saturday meeting
that many people would never ask the council for help because they expected to be turned down, so the
haemoglobinopathy nurses now make the referral on their behalf and the first letter comes from the
hospital, not the council.>> <<P:Two members who had been admitted after cold spells showed our officers
round their own homes, pointing out the draughty windows, the damp back bedroom and the meter they could
not afford to top up, and the home visit checklist was rewritten around what they showed us.>>

<<S:The haemoglobinopathy clinical nurse specialists designed the referral form with our grants officers
and cut it down to a single page with a tick box for consent.>> <<S:Energy advisers asked for a session
with the specialist team to understand why cold matters in sickle cell, and after it they added questions
about keeping a bedroom warm overnight and about drinking enough to their visit.>>
"""),
        ("value", "Value for money", """
The grants come from the council's existing affordable warmth budget, and the visits are part of the
Energy Advice Centre's contract, so sickle cell has been added at no extra cost. A single admission with a
painful crisis usually means four to six days in hospital, and an admission to intensive care with acute
chest syndrome costs many thousands of pounds.

<<Q:When the haemoglobinopathy team looked back at the 64 people whose heating was repaired or whose home
was insulated, their emergency admissions with a painful crisis fell from 39 in the winter before the work
to 21 in the winter after.>>

People tell us that a warm home has made a difference to their pain and their sleep, and parents say they
worry less about their children in the mornings.
"""),
        ("spread", "Spread", """
The council has written sickle cell disease into its affordable warmth policy for good. We have shared
the approach with the other four councils whose residents are cared for by the Kingsgate team, and one
has adopted it. The Energy Advice Centre has presented the work at a regional fuel poverty conference.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I947  antiseizure medicine levels in pregnancy - docx - numbered questions
#       with cover bullets - community trust epilepsy nurse lead, careful -
#       community trust with the acute trust maternity service and a primary
#       care network - staff involved - NO patient involvement (women given a
#       card, a questionnaire that changed nothing, a voices partnership sent
#       the pathway, a plan, a woman's story as the reason for the work)
# ---------------------------------------------------------------------------
entry(
    id="I947", format="docx", layout="numbered_questions", topic="epilepsy_pregnancy_medicine_levels",
    project="independent60-steadythrough-947", docx_font="Calibri",
    title="Steady Through Pregnancy: monitoring antiseizure medicines for pregnant women with epilepsy in Tamarisk Vale",
    cover=[
        "Lead entrant: Tamarisk Vale Community Health NHS Trust, Adult Epilepsy Specialist Nursing Service",
        "Entry prepared by the Epilepsy Nurse Lead",
        "Partner organisations:",
    ],
    cover_bullets=[
        "Tamarisk Vale Hospitals NHS Trust (Maternity Services and Obstetric Medicine)",
        "Lowmarsh and Coast Primary Care Network",
    ],
    primary_entrant=dict(name="Tamarisk Vale Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Tamarisk Vale Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Lowmarsh and Coast Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "1. What was the safety problem, and why did it need a partnership?", """
Most women with epilepsy have healthy pregnancies. But pregnancy changes the way the body handles some of
the most commonly used antiseizure medicines. The levels of lamotrigine and levetiracetam in the blood can
fall by half or more as pregnancy goes on, and a woman whose seizures were well controlled before she
conceived may start to have them again. A tonic-clonic seizure in pregnancy is dangerous for both mother
and baby, and epilepsy remains one of the causes of maternal death reported in the national confidential
enquiries. After the birth the opposite happens: levels rise quickly, and if the dose is not brought down
again women can become dizzy, unsteady and sick while they are caring for a newborn.

Tamarisk Vale is a long coastal district. The nearest neurology service with an epilepsy and pregnancy
clinic is at another trust, more than fifty miles away. Our community epilepsy specialist nurses see
adults across the whole district, but before 2022 they were rarely told when a woman was pregnant. Midwives
recorded epilepsy at booking but there was no route to us. Blood levels were not checked unless a woman
had already had a seizure. GPs issued the same dose on repeat throughout pregnancy and afterwards, and
nobody had a plan for reducing it again after the birth.

In 2021 a woman who was 28 weeks pregnant had a seizure at home and fell. She and her baby were both
well in the end, but she was admitted for several days and her levels, when they were finally checked,
were less than half of what they had been before pregnancy. Her dose had not changed in seven months.
Her experience is the reason this project started.
"""),
        ("evidence", "2. What difference has the partnership made?", """
Since April 2022 every woman with epilepsy is flagged by the booking midwife to the epilepsy nurses within
a week. We see her, take a baseline level and agree a monitoring plan with the consultant neurologist by
video. Levels are taken every four weeks at her antenatal appointment, so she does not have to travel
for a separate blood test. Any dose change is made by the epilepsy nurse prescriber and sent to the
practice, and a written plan for reducing the dose after birth goes into the maternity notes.

<<Q:Women with epilepsy seen by an epilepsy specialist nurse before 16 weeks of pregnancy went up from
22% in 2021 to 86% in 2024.>> <<Q:Tonic-clonic seizures during pregnancy among women taking lamotrigine or
levetiracetam fell from 14 in 61 pregnancies in 2020 and 2021 to 4 in 67 pregnancies in 2023 and 2024.>>
<<Q:Admissions in the six weeks after birth with signs of too high a dose, such as double vision and
unsteadiness, went down from 6 to 1 over the same periods.>>
"""),
        ("spread", "3. How has the learning been shared?", """
The pathway has been adopted by the maternity unit at the neighbouring trust, whose women are seen by the
same neurology service. We presented the work at the regional epilepsy nurses' forum and the local
maternity and neonatal system has added the booking flag to its standard antenatal template for all three
of its units.
"""),
        ("value", "4. What has been the impact on experience, and is it value for money?", """
Blood levels are taken alongside the bloods already done at antenatal visits, so there is very little
extra cost. The epilepsy nurses spend about two hours per pregnancy in total. An admission after a seizure
in pregnancy usually lasts several days and can lead to an early delivery and a stay on the neonatal unit.

Women tell us they feel looked after, and midwives say they no longer worry about whether anyone is
watching the medicines.
"""),
        ("stakeholders", "5. How were patients and staff involved?", """
<<S:Community midwives and the antenatal clinic team designed the booking flag with us and asked that the
blood level be added to the routine antenatal bloods, rather than a separate appointment, which is how it
now works.>> <<S:The obstetric physician and the consultant neurologist agreed the dose adjustment guide
together after our nurses brought them real cases where they had disagreed.>> <<S:Practice pharmacists in
the primary care network asked for every dose change to come with a date when the dose should next be
reviewed, so that it is not left on repeat after the birth, and the letter template was changed to
include it.>>

Every woman on the pathway is given a 'my dose plan' card to carry in her maternity notes. We sent a
questionnaire to women six weeks after the birth and the answers were very positive, so the card has
stayed as it was. The Maternity and Neonatal Voices Partnership was sent a copy of the pathway for
information. We would like to set up a small group of women with epilepsy to review the pathway in 2025.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I948  emergency regimens for children with inherited metabolic disorders
#       - docx - no headings - long - parent and group co-ordinator, first
#       person - parents' group with the regional metabolic service, the
#       ambulance service and the trust running two local children's units -
#       parents and children involved - NO staff involvement (crews sent a
#       bulletin, ward nurses taught, a named consultant signing letters, a
#       plan, an audit meeting only updated)
# ---------------------------------------------------------------------------
entry(
    id="I948", format="docx", layout="no_headings", topic="inherited_metabolic_disorder_emergency_regimens",
    project="independent60-sickdayready-948", docx_font="Georgia",
    title="Sick Day Ready: emergency plans that travel with children who have rare metabolic conditions",
    cover=[
        "Entered by Northmarch Metabolic Families, a support group run by and for parents",
        "Working with Halsey Children's Hospital NHS Foundation Trust (Inherited Metabolic Disease Service), Northmarch Ambulance Service NHS Trust and Eddisford and Wyre Hospitals NHS Trust (Children's Services)",
        "Written by Rachel Okafor, parent and group co-ordinator",
    ],
    primary_entrant=dict(name="Northmarch Metabolic Families", type="patient_group"),
    partners=[
        dict(name="Halsey Children's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Northmarch Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Eddisford and Wyre Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
My son Jack was diagnosed with maple syrup urine disease when he was nine days old. Most people have
never heard of it, and I certainly had not. It means his body cannot break down some of the building
blocks of protein, and when he is ill, even with a tummy bug or a cold, those building blocks can build
up in his blood and poison his brain within hours. The treatment is not complicated. At the first sign of
illness we stop his normal protein and give him a special sugary drink every two hours, day and night,
and if he cannot keep that down he needs a drip of glucose straight away. Straight away means within the
hour, not after a wait in the corridor.

There are about ninety children in our part of the country with conditions like Jack's. Some have MCADD,
where a child who goes too long without food can have a dangerously low blood sugar and collapse. Others
have urea cycle disorders, organic acidaemias or glycogen storage disease. Each of them is rare, and
together they are still rare. All of them are looked after by the metabolic team at Halsey Children's
Hospital, which is brilliant, and which is 80 miles from where we live. When our children are ill at
night, we do not go to Halsey. We go to our local hospital at Eddisford or Wyre, because that is where the
ambulance takes us.

For years every parent in our group had the same story. You arrive with your child and a letter from
Halsey. You are triaged as a child with vomiting, which, to be fair, is what they look like. You are told
to wait. You show the letter and someone says they will ring the metabolic team, and then nobody comes
back. Your child gets sleepier. You try to explain that sleepy is the dangerous sign. You feel like the
awkward parent, and you are torn between being polite and shouting.

In February 2021 Jack had a stomach bug. I did everything I had been taught. I gave his emergency drinks
and he brought every one of them back up. We went to Eddisford at half past ten at night. It was five
hours before his drip was started. By then he was drowsy and confused, and he spent four days at Halsey,
two of them in intensive care, after being moved there by the children's transport team. He recovered.
Not every child does.

When I told this story at our next coffee morning, nobody was surprised. Another mum had waited more than
three hours with her daughter, who has MCADD, and was sent home with advice to give her toast. A dad had
been asked by a paramedic to spell the name of his son's condition three times. We decided that rather
than each of us fighting the same battle on our own every time, we would try to fix it together.

We started by asking Halsey if we could meet their metabolic team, and they said yes. We then wrote to the
ambulance service and to Eddisford and Wyre, and to our surprise they said yes as well. Between the four of
us we agreed a plan that we call Sick Day Ready, and it has four parts.

The first part is a standard emergency letter, the same layout for every child whatever their condition,
so that a nurse who has never seen one before can find what matters in ten seconds. The first box says
what the child has, that they need treatment within an hour, and exactly what fluid to start and at what
rate for their weight. The letter is kept up to date by the metabolic team at every clinic visit.

The second part is the amber envelope. Every family has two copies of the letter in a bright amber
plastic wallet, one in the house by the front door and one in the changing bag or school bag, along with
the child's latest weight and a card with the direct number for the metabolic doctor on call.

The third part is the ambulance flag. With the family's consent, each child's address has a note on the
ambulance service's system, so the call handler and the crew know before they arrive, and the crew rings
ahead to the children's unit.

The fourth part is open access. A child with an emergency letter can go straight to the children's
assessment unit at Eddisford or Wyre without waiting in the main emergency department, and the first bag
of the right fluid is already made up and kept on the unit's shelf, labelled for metabolic emergencies.
"""),
        ("evidence", None, """
Sick Day Ready started in September 2022. The metabolic team keeps a log of every time one of our
children is admitted anywhere, and we asked them to compare the two years before with the two years
after.

<<Q:The share of children who had their emergency fluids started within an hour of arriving at Eddisford
or Wyre went from about one in five in 2021 to nine in ten in 2024.>> <<Q:Admissions to intensive care of
children in our group during a metabolic crisis fell from 7 in the two years before Sick Day Ready to 2 in
the two years after.>> <<Q:The median wait from arrival to the fluids going up came down from 2 hours 40
minutes to 35 minutes.>>

In those two years our children came to the local units 118 times. The ambulance service now has 84
children flagged.
"""),
        ("stakeholders", None, """
Sick Day Ready was designed by parents, and I say that with pride. <<P:Twelve of us met every month for
most of 2022, mostly in the back room of a café in Eddisford with our children running around, and we
went through the emergency letters from every family and worked out what we had each needed to find
quickly on our worst night.>> <<P:It was the parents who insisted that the fluid and the rate go in the
very first box, above the child's name, because in every one of our stories that was the thing that took
longest to sort out.>> <<P:One of the dads, who works as a printer, chose the amber colour after testing
three colours under the strip lights of the children's unit, and the group voted for it.>>

<<P:Our older children had their say too: a group of them aged between nine and fifteen told us they
hated being talked about over their heads, so the letter now has a line at the bottom in their own words
saying 'I know about my condition - please ask me'.>> <<P:Two teenagers with MCADD wrote the short guide
for schools that goes into the school bag copy of the amber envelope.>>

The ambulance service sent a bulletin to all its crews explaining the flag. Nurses on both children's
units had a teaching session from the metabolic dietitians at Halsey. Every letter is checked and signed
by Dr Ahmed, the consultant who leads the metabolic service. We were invited to the children's units'
audit meeting in 2023 to hear how the first year had gone. We would like to hold a joint session with
ambulance crews and ward nurses next year.
"""),
        ("value", None, """
The whole scheme cost very little. The amber envelopes cost our group about £2 each and we paid for them
from a raffle. The ready-made fluid bags are stock items that the units already buy. The flag on the
ambulance system took a few minutes per child. The biggest cost was time, most of it given by parents for
nothing.

A night in intensive care for a child is hugely expensive, and a child who is left with brain damage from a
crisis needs care for life. But I would like to say what it has meant to families, because that is what we
set out to change.

In January last year Jack caught a sickness bug again. The ambulance crew knew who he was before they came
through the door. At Eddisford they took us straight through to the children's unit, a nurse read the
first box of his letter, and his drip was up in twenty-five minutes. He was home two days later and back
at school the following week. I did not have to argue with anyone. I sat by his bed and held his hand,
which is what I wanted to do the first time.

Other parents in the group have said the same. One mum told me she used to pack for a fight as well as
for a hospital stay. Now she just packs for the hospital stay.

There are smaller things, too. Before Sick Day Ready, several families in our group told me they had
stopped taking their children on holiday, or even to stay with grandparents, because they were frightened
of being ill somewhere where nobody knew them. The amber envelope has a line on the back explaining what
to do if a child falls ill outside our area, and two families have since used it on holiday at the
seaside, where the local hospital rang Halsey straight away. It sounds like a small thing to be able to go
on holiday. For a family like ours it is not.
"""),
        ("spread", None, """
Halsey's metabolic team covers three other areas, and it has now offered the standard letter and the
amber envelope to every family it looks after, not only those in our group. The national charity for
inherited metabolic disorders has put our letter template on its website for other metabolic centres to
use. The ambulance service is looking at using the same kind of flag for children with other rare
conditions that need treatment within the hour, such as adrenal insufficiency. We told our story at a
regional conference for children's nurses in 2024, and I have been asked to speak to a parents' group in
another region that wants to do the same thing.

If I could say one thing to other parents, it would be this: you do not have to wait for the system to
change. We are a group of tired parents who met in a café, and the system listened.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I949  liver surveillance scans after eye melanoma - pdf - two columns -
#       charity patient services manager, warm - ocular melanoma charity with
#       the ocular oncology centre and two trusts' radiology departments -
#       patients involved (first in the context section, in the passive),
#       helpline volunteers with lived experience (PS) and staff involved -
#       Q includes a sustained shift on a run chart - no flags
# ---------------------------------------------------------------------------
entry(
    id="I949", format="pdf", layout="two_column", topic="uveal_melanoma_liver_surveillance",
    project="independent60-watchingtheliver-949", pdf_font="LiberationSans",
    title="Watching the Liver: keeping surveillance scans on track for people treated for eye melanoma",
    cover=[
        "Eyelight Ocular Melanoma Trust (registered charity), lead, with Saint Oswin's Eye Hospital NHS Foundation Trust (Ocular Oncology Service), Wealdbrook Hospitals NHS Trust (Radiology) and Marrowby and District Hospitals NHS Trust (Radiology)",
        "Entry by the Patient Services Manager, Eyelight Ocular Melanoma Trust",
    ],
    primary_entrant=dict(name="Eyelight Ocular Melanoma Trust", type="charity"),
    partners=[
        dict(name="Saint Oswin's Eye Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Wealdbrook Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Marrowby and District Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
Melanoma of the eye is rare: a few hundred people are diagnosed each year in the whole country. It is
treated at a handful of specialist centres, and Saint Oswin's is the one for our region. The eye
treatment is usually successful, but in around half of people the cancer later spreads to the liver,
sometimes many years afterwards. If spread is found early, while the tumours are small and few, there are
options such as surgery, ablation and newer drug treatments. If it is found late, there may be very little
that can be done.

For that reason people are offered liver scans, usually an MRI or ultrasound every six to twelve months,
for at least ten years. The scans are done at a hospital near home, not at the eye centre, because nobody
should have to travel a hundred miles twice a year for a scan. That is where things went wrong. Requests
were made once and then forgotten. People moved house. A local radiology department would do an
ultrasound when an MRI had been asked for, or send the result to a GP who did not know what it meant.
Nobody had a list of who was due and who had been scanned.

Our helpline heard about this long before anyone else. People rang us to ask whether it was normal not to
have had a scan for two years. <<P:The idea of a shared surveillance register was first put forward at
our members' day in 2021 by people treated at Saint Oswin's who had discovered, often by chance, that
their scans had quietly stopped.>>

The charity agreed to fund a surveillance co-ordinator based at Saint Oswin's for three years. She holds a
single register of everyone under surveillance, sends the scan request to the local hospital on the right
date with a standard protocol, checks that the scan happens and that the result comes back to the ocular
oncology team, and contacts the person if anything is missed.
"""),
        ("evidence", "What has improved", """
<<Q:Scans done within a month of their due date went up from 58% in the first quarter of 2022 to 91% in
the last quarter of 2024.>> <<Q:On our monthly run chart of overdue scans there was a sustained shift
below the old centre line from August 2022, with every one of the following fourteen months below
it.>>

<<Q:Among people found to have spread to the liver, those whose tumours were still small enough for local
treatment such as surgery or ablation rose from 3 of 17 in 2020 and 2021 to 9 of 19 in 2023 and 2024.>>

There are now 486 people on the register.
"""),
        ("stakeholders", "Who took part", """
<<P:A group of members who have been through surveillance, who call themselves the Watchers, tested the
reminder letter and asked for it to say plainly why the scan matters, because several had thought the
scans were optional once their eye was treated.>> <<P:They also asked for a text a week before each scan,
which the co-ordinator now sends.>>

<<PS:Our helpline volunteers, all of whom have had eye melanoma themselves, helped decide what the
register should record after listing the questions callers asked them most often.>>

<<S:Radiologists at Wealdbrook and Marrowby agreed a short MRI liver protocol with the ocular oncology
consultants, after their radiographers pointed out that the old requests did not say which scan was
needed.>> <<S:Medical secretaries at Saint Oswin's suggested that results be sent straight to the
co-ordinator's inbox rather than to the clinic, which cut out a step.>>
"""),
        ("value", "Value", """
The co-ordinator post costs the charity about £38,000 a year. The scans themselves were always meant to
happen, so there is no new cost for the hospitals. Finding spread when it can still be treated locally
can add years of life. Members say the reminders take away a worry they carried alone.
"""),
        ("spread", "Spread", """
Saint Oswin's has agreed to fund the post permanently from 2026. Two other ocular oncology centres have
asked for our register template, and we presented the work at a European patient advocacy meeting.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I950  continuous intravenous treatment for pulmonary hypertension and
#       ambulance crews - pdf - CAPS headings - consultant paramedic, blunt -
#       ambulance service with the national pulmonary hypertension service and
#       a support group - staff involved - NO patient involvement (patients
#       sent a card and a letter, the group passed it on in its newsletter, a
#       negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I950", format="pdf", layout="caps_headings", topic="pulmonary_hypertension_iv_prostacyclin_ambulance",
    project="independent60-neverstopthepump-950", pdf_font="DejaVuSans", pdf_align="L",
    title="NEVER STOP THE PUMP: emergency care for people on continuous intravenous treatment for pulmonary hypertension",
    cover=[
        "LEAD: Severnmoor Ambulance Service NHS Trust, Clinical Directorate",
        "PARTNERS: Queen Adela Hospital NHS Foundation Trust (Pulmonary Hypertension Service); Severnmoor Pulmonary Hypertension Support Group",
        "CONTACT: Consultant Paramedic, Specialist Practice",
    ],
    primary_entrant=dict(name="Severnmoor Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Queen Adela Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Severnmoor Pulmonary Hypertension Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Pulmonary arterial hypertension is rare. The people with the most severe disease are kept alive by a drug
called a prostacyclin, given continuously through a central line in the chest from a small pump they carry
24 hours a day. In our area about 40 people live with one of these pumps. The nearest specialist
pulmonary hypertension centre is at Queen Adela, up to 150 miles away.

The drug lasts only minutes in the blood. If the infusion stops, because the pump fails, the line is
blocked or someone switches it off, the person can go into a rebound crisis and collapse within minutes.
If the line is flushed, the drug sitting in it goes in as a sudden dose and the blood pressure can drop
to nothing. These are not things an ambulance crew would ever normally see. Most of our clinicians will
never attend one of these patients in a career.

Between 2020 and 2022 we had several incidents. In one, a crew called to a woman who was breathless found
an unfamiliar line and pump and, reasonably, tried to use the line to give fluids. In another, a patient
who had fallen was moved and the pump tubing was pulled apart, and nobody recognised what had happened
until the patient deteriorated in the back of the ambulance. A third patient waited forty minutes at
the scene while the crew tried to find somebody who knew what the pump was.

We agreed with the pulmonary hypertension centre in 2022 to do four things. Every patient on a continuous
infusion has a flag on our computer-aided dispatch system. The flag tells the call handler and the crew:
never stop the pump, never flush or use the line, and call the centre's 24-hour number, which our clinical
hub now connects to the crew directly. Every patient has a spare pump and cassette ready at home, and the
crew takes it with them. And all our clinicians completed a short module on what to do.
"""),
        ("evidence", "WHAT HAS CHANGED", """
<<Q:Incidents involving interruption of a prostacyclin infusion during one of our calls, reported by our
crews or by the centre, fell from 9 in 2020-22 to 1 in 2022-24.>> <<Q:The average time to get a
pulmonary hypertension specialist on the phone from the scene went down from 26 minutes to 4 minutes.>>

42 addresses carry the flag. 1,930 clinicians completed the module.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Clinicians in our clinical hub tried out the direct connection to the centre for two months and asked
for the flag to show the centre's number on the crew's tablet so that they did not have to look it up.>>
<<S:Pulmonary hypertension nurse specialists at Queen Adela wrote the crew module with our education team
and changed it after paramedics at the pilot stations said the photos of the pumps were out of date.>>
<<S:Emergency department consultants at the two hospitals where most of these patients are taken agreed
with the centre what should happen on arrival, including a resus bay and no access to the line.>>

Every patient with a pump has been sent an emergency card and a letter explaining the flag. The support
group printed the card in its newsletter. Patients were not asked to help write the card, because the
centre already used a national version. We plan to hold a session with the support group's members in
the coming year.
"""),
        ("value", "VALUE", """
The flag and the module cost staff time only. One avoided cardiac arrest in a person on a prostacyclin
infusion is worth more than the whole project. Crews say they now know what to do.
"""),
        ("spread", "SPREAD", """
The centre has shared the flag and the module with the other ambulance services whose patients it looks
after, and two have adopted them. We presented the work at a national ambulance conference.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I951  medicines that interact with cystic fibrosis modulators - docx -
#       form table - LPC chief officer, brisk - local pharmaceutical committee
#       with the adult CF centre and a CF community network - adults with CF
#       (online, because of cross-infection) and staff involved - NO
#       quantitative evidence (consents, calls, medicines changed before
#       supply, interactions with no comparison, a target)
# ---------------------------------------------------------------------------
entry(
    id="I951", format="docx", layout="form_table", topic="cystic_fibrosis_modulator_interactions_pharmacy",
    project="independent60-modulatorcheck-951", docx_font="Calibri",
    title="Modulator Check: safer supply of other medicines to people taking cystic fibrosis modulators",
    cover_table=[
        ("Title of entry", "Modulator Check: safer supply of other medicines to people taking cystic fibrosis modulators"),
        ("Lead organisation", "Cresswold Local Pharmaceutical Committee"),
        ("Partner organisations", "Cresswold Teaching Hospitals NHS Trust (Adult Cystic Fibrosis Centre); Cresswold Cystic Fibrosis Community Network"),
        ("Name and role of entrant", "Chief Officer, Cresswold LPC"),
    ],
    primary_entrant=dict(name="Cresswold Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Cresswold Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Cresswold Cystic Fibrosis Community Network", type="patient_group"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Most adults with cystic fibrosis now take a CFTR modulator, a tablet that treats the underlying cause of
the condition and has changed many people's lives. Modulators are prescribed only by the CF centre and
delivered to people's homes by a homecare company. They do not appear on the GP's repeat list or on the
community pharmacy's records.

Modulators interact with many common medicines. Some antibiotics, antifungals and epilepsy medicines can
make the modulator far stronger or stop it working; St John's wort and rifampicin can cancel it out; and
even grapefruit and Seville oranges matter. The dose of the modulator often has to change, or a different
antibiotic has to be chosen.

The Cresswold adult CF centre looks after 262 adults, many of whom live more than an hour away. When they
need an antibiotic, a contraceptive, a remedy for hay fever or a course of treatment from an out-of-hours
doctor, they get it locally. The prescriber and the pharmacist usually had no idea the person was taking a
modulator. Between 2021 and 2022 the centre's pharmacists found, mostly by chance at clinic, several people
who had been given clarithromycin or an azole antifungal without a change to their modulator dose, and one
young woman who had been taking St John's wort bought over the counter for low mood for four months, during
which her lung function fell.

Our goals were that every pharmacist supplying a medicine to a person on a modulator knows they are taking
it, that interactions are picked up before supply, and that there is someone to ask.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since April 2023, with each person's consent, the CF centre adds the modulator to the person's national
care record as a hospital-only medicine, and the pharmacy adds a note to its own patient record. People
are given a wallet card listing the medicines and foods to avoid. Any pharmacist with a question can ring
the CF centre's specialist pharmacists on a direct line on weekdays, and the LPC pays pharmacies for a
short 'Modulator Check' consultation when a new medicine is supplied.

By March 2025, 214 adults had consented to the note. Pharmacies in the area carried out 1,106 Modulator
Checks, made 97 calls to the CF pharmacists and had 38 interacting medicines changed or stopped before they
were handed over. Twelve interactions were reported by the CF centre in 2024/25, all involving medicines
supplied outside the area.

Our target is for all 262 adults at the centre to have the note by the end of 2025.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Because people with cystic fibrosis should not meet in the same room, the Community Network ran three
online sessions, and adults taking modulators told us that pharmacists often did not believe them when
they said they were on a hospital medicine, which is why the wallet card carries the CF centre's logo and
direct number.>> <<P:A young woman from the network suggested listing foods such as grapefruit on the card
as well as medicines, because nobody had told her about them until she read it online.>>

<<S:Community pharmacists on the LPC's clinical group tested how the note looked on four different pharmacy
computer systems and changed the wording so that it shows up on the dispensing screen, not only in the
patient's history.>> <<S:The CF centre's specialist pharmacists wrote the interaction list with the LPC
and cut it from four pages to one after pharmacists at the pilot sites said they would never read it at
the counter.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The LPC pays £12 for each Modulator Check, which came to about £13,000 over two years. A modulator costs
the NHS well over £100,000 per person per year, so a medicine that silently stops it working wastes money
as well as harming health. An admission with a chest infection for an adult with CF usually lasts two
weeks.

Pharmacists say they are glad to know. People with CF tell us they no longer have to explain their
treatment at every pharmacy counter.
"""),
        ("spread", "How has the work been shared and spread?", """
The card and the interaction list have been shared with the other adult CF centres in the region, and
the national CF pharmacists' group has discussed adopting the national care record note. Two neighbouring
LPCs have asked for our consultation template.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I952  switches of manufacturer of antiseizure medicines during shortages -
#       pdf - numbered questions - epilepsy charity information and advice
#       manager, conversational - charity with the LPC and the neurology
#       service - people with epilepsy and staff involved - Q includes
#       'roughly halved' in words - no flags
# ---------------------------------------------------------------------------
entry(
    id="I952", format="pdf", layout="numbered_questions", topic="epilepsy_medicine_brand_continuity",
    project="independent60-samepill-952", pdf_font="LiberationSerif", pdf_align="L",
    title="Same Pill, Every Time: keeping people with epilepsy on the same version of their medicine",
    cover=[
        "Lead entrant: Kestrel Coast Epilepsy Trust (registered charity)",
        "Partners: Kestrel Coast Local Pharmaceutical Committee; Kestrel Coast University Hospitals NHS Trust (Neurology and Epilepsy Service)",
        "Author: Information and Advice Manager",
    ],
    primary_entrant=dict(name="Kestrel Coast Epilepsy Trust", type="charity"),
    partners=[
        dict(name="Kestrel Coast Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Kestrel Coast University Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What was the problem and why was a partnership needed?", """
For some epilepsy medicines, switching from one manufacturer's version to another can change how much
drug gets into the blood. The medicines regulator puts carbamazepine, phenytoin, phenobarbital and
primidone in a category where people should stay on the same manufacturer's product every time. For
several others, including lamotrigine and valproate, it says the decision should be made with the
patient. In practice, few people knew this, and the system did not make it easy.

From 2022 there were repeated shortages of several antiseizure medicines. Pharmacies did their best to
find stock, and often that meant giving a different version. Our helpline started getting calls from
people who had opened their prescription to find tablets that were a different colour, a different
shape, or from a company they had never heard of. Some had stopped taking them because they thought there
had been a mistake. Some took both the old and the new. And some had seizures for the first time in years.

Kestrel Coast is a long stretch of coast and islands. Many people live a ferry ride or an hour's drive
from the one neurology service, and their only regular contact with anyone about their epilepsy is their
community pharmacist. One man who had been seizure-free for eleven years had a seizure at work a fortnight
after his carbamazepine was switched. He lost his driving licence and, because he drove for a living, his
job.

We are a small charity. We could give advice, but we could not change what went into people's prescription
bags. That needed pharmacists and the epilepsy specialists working with us.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since May 2023 three things have happened. GP practices and the neurology service now name the brand or
manufacturer on prescriptions for the medicines where it matters. Community pharmacies have a 'same
version' note on the records of people with epilepsy, and if the usual version is not available they
contact the epilepsy nurse advice line before supplying a different one, and share stock between
pharmacies where they can. Our helpline takes calls from anyone worried about a change and passes urgent
concerns straight to the epilepsy nurses.

<<Q:Calls to our helpline about a change in the look or maker of epilepsy tablets roughly halved between
2022 and 2024, even though the shortages continued.>> <<Q:Breakthrough seizures that the person or their
epilepsy nurse linked to a change of manufacturer went from 23 in 2022 to 8 in 2024.>> <<Q:Prescriptions
for the medicines in the highest-risk category that named a brand or manufacturer rose from 41% to 89% in
the area.>>
"""),
        ("stakeholders", "3. Who was involved and how?", """
<<P:People who had called the helpline after a switch joined a focus group run by our advice team, and
they told us that a leaflet was no use on its own because by the time they read it the tablets were
already in the cupboard.>> <<P:From what they said, the pharmacy now tells people at the counter if the
version has changed, and shows them the new tablet before they leave.>> <<P:Members of our Thursday
drop-in in Harrowby designed the 'my tablets' card, which has a photo of the person's usual pack on it
and fits behind a bank card.>>

<<S:Community pharmacists on the LPC's board agreed the steps for a shortage after two pharmacists
described how long they spent phoning round for stock, and they added stock sharing between pharmacies to
the plan.>> <<S:The epilepsy specialist nurses set up the advice line and asked for a simple form so that
pharmacists could send the details in writing, which we designed together.>> <<S:Our own helpline
advisers changed the call record after the first three months so that every call about a switch records
the medicine and the manufacturer, which is where our figures come from.>>
"""),
        ("value", "4. What difference has it made, and is it value for money?", """
The changes cost very little. The prescription wording and the pharmacy note take seconds. The advice line
runs within the epilepsy nurses' existing hours. A single seizure can mean an ambulance, an emergency
department visit, an injury, a lost licence and a lost job, and for some people it can be fatal.

People tell us they feel less anxious when they collect their prescription. Pharmacists say they feel
supported when they have to make a difficult decision in a shortage.
"""),
        ("spread", "5. How has the work been shared?", """
We have shared the card and the shortage steps with the national epilepsy charities and with other
pharmaceutical committees in the region. The neurology service has added the prescription wording to its
clinic letter template, which is used across two other hospitals.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I953  soft tissue lumps and sarcoma - docx - style headings - GP with an
#       extended role in ultrasound, reflective - GP federation's community
#       diagnostics service with the regional sarcoma service and a sarcoma
#       charity - former patients (a group with an unusual name, pronouns)
#       and staff involved - Q includes 'almost twice as many' - no flags
# ---------------------------------------------------------------------------
entry(
    id="I953", format="docx", layout="style_headings", topic="sarcoma_soft_tissue_lump_ultrasound",
    project="independent60-lumpschecked-953", docx_font="Calibri",
    title="Lumps Checked Locally: direct access ultrasound for soft tissue lumps, linked to the regional sarcoma service",
    cover=[
        "Helmsdene GP Federation, Community Diagnostics Service (lead)",
        "In partnership with Orrell Bridge Teaching Hospitals NHS Foundation Trust (Regional Sarcoma Service) and Sarcoma Friends Helmsdene (registered charity)",
        "Written by Dr Omar Haddad, GP with an Extended Role in Musculoskeletal Ultrasound",
    ],
    primary_entrant=dict(name="Helmsdene GP Federation", type="primary_care"),
    partners=[
        dict(name="Orrell Bridge Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Sarcoma Friends Helmsdene", type="charity"),
    ],
    sections=[
        ("context", "Background", """
A GP will see hundreds of patients with a lump under the skin or in a muscle during their career, and
almost all of them will be harmless: a lipoma, a cyst, a swollen gland. A GP may see only one or two soft
tissue sarcomas in a whole working life. That is precisely what makes sarcoma dangerous. The warning signs
(a lump bigger than a golf ball, one that is growing, one that is deep in the muscle, or one that is
painful) are easy to miss when nearly every lump is nothing.

The regional sarcoma service is at Orrell Bridge, about seventy miles from most of our practices. Until
2022 a patient in Helmsdene with a lump was usually referred routinely to the local general surgeons, and
waited months. Some lumps were removed in minor surgery clinics or in day surgery without any scan
beforehand. When one of those turned out to be a sarcoma, the operation had usually not taken a wide
enough margin, and the patient then needed much bigger surgery, and sometimes radiotherapy, at the
sarcoma centre. Sarcoma surgeons call these 'unplanned excisions', and they make the outlook worse.

When the sarcoma service reviewed its referrals from our area, it found six unplanned excisions in three
years. One was a man in his forties who had a lump in his thigh removed at a local clinic. It was a
sarcoma, and he went on to need two further operations at Orrell Bridge and radiotherapy.

None of this was anybody's fault in particular. GPs were following the referral routes they had. The
local surgeons were doing their best with long waiting lists and lumps that were, almost always, benign.
Minor surgery clinics exist precisely so that patients do not have to wait months to have a lump removed.
The problem was that the sarcoma service, which knows what to look for, only saw our patients at the very
end of the road, often after something irreversible had already happened. Distance made it worse: a
patient from the coast who was told that their lump 'should probably be looked at in Orrell Bridge' would,
quite understandably, ask whether it could be done nearer home.

I should also say that ultrasound is not a perfect test. It cannot rule out every sarcoma, and some lumps
need an MRI. But a good ultrasound by a sonographer who knows what a worrying lump looks like will pick out
the great majority of the lumps that need a closer look, and it will reassure most people with a lipoma on
the same day.

In 2022 the federation's community diagnostics service, which already ran ultrasound clinics for GPs,
set up a direct access lump pathway. Any GP in Helmsdene can book an ultrasound within two weeks for a
lump that meets simple criteria. Our sonographers use a scanning and reporting template agreed with the
sarcoma radiologists. Any lump with worrying features is sent, with the images, directly to the sarcoma
service's diagnostic clinic, bypassing the local surgeons. And the federation, the local hospital and the
sarcoma service agreed a simple rule: no lump bigger than five centimetres is removed anywhere without a
scan first.
"""),
        ("evidence", "What difference it has made", """
We compared the three years before the pathway (2019 to 2021) with the first three years after (2022 to
2024).

<<Q:The median time from a GP seeing a patient with a lump to an ultrasound fell from 11 weeks to 13
days.>> <<Q:Unplanned excisions of sarcomas in patients from our area went from six in the three years
before to one in the three years after.>> <<Q:Almost twice as many of the sarcomas diagnosed in our
patients were found while still smaller than five centimetres as before the pathway began.>>

In the three years, 3,214 patients were scanned. 141 were sent to the sarcoma service, and 22 were
found to have a sarcoma.
"""),
        ("stakeholders", "Who took part", """
<<P:Sarcoma Friends Helmsdene introduced us to four local people who have been treated for sarcoma and who
call themselves, with some affection, the Lumpy Bumps Club.>> <<P:They read every draft of the patient
leaflet, took out the phrase 'probably nothing' that we had used three times, and asked us to explain
what happens next if the scan is not clear.>> <<P:Their other suggestion, that the sonographer should tell
people on the day whether their scan is being sent on, is now part of how every clinic runs.>>

<<S:Our sonographers spent days at the sarcoma service's imaging department and came back asking for a
reporting template with tick boxes for size, depth and blood flow, which the sarcoma radiologists then
wrote with them.>> <<S:GPs who run minor surgery clinics in the federation agreed the five centimetre
rule at a clinical meeting, after two of them described lumps they now wished they had scanned.>>
"""),
        ("value", "Value", """
An ultrasound in the community costs less than a hospital outpatient appointment, and most patients are
reassured and discharged the same day without a referral at all. Avoiding a single unplanned excision
saves a second major operation and often a course of radiotherapy. For patients, the scan is usually
at their own surgery or a health centre nearby instead of a long trip.

The pathway has also changed how our GPs think about lumps. Before, a lump was something to refer and
forget. Now there is a clear question to ask, a test that can be booked from the consulting room, and a
route that ends in the right place. For the sarcoma service, referrals from our area now arrive with images
and a structured report, so a person with a harmless lump is not asked to travel seventy miles to be told
so.
"""),
        ("spread", "Spread", """
The sarcoma service has offered the template and pathway to the other two GP federations in its region,
and one has started. We presented the work at the national sarcoma meeting, and the charity has produced a
short film about the pathway for GP training.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I954  reactions to enzyme replacement infusions at home - pdf - bullet
#       lists - PRIVATE homecare nursing company as primary entrant, with the
#       lysosomal storage disorders unit and a families' network (ineligible)
#       - clinical services director, upbeat - patients and families
#       involved - NO staff involvement (nurses trained, consultants sent a
#       letter, a survey that changed nothing, a plan, a named lead)
# ---------------------------------------------------------------------------
entry(
    id="I954", format="pdf", layout="bullet_lists", topic="enzyme_replacement_home_infusion_reactions",
    project="independent60-safeinfusions-954", pdf_font="LiberationSans", pdf_align="L",
    title="Safe Infusions at Home: managing reactions to enzyme replacement therapy for people with lysosomal storage disorders",
    cover=[
        "Submitted by Medivera Homecare Nursing Ltd",
        "In partnership with Lanyon University Hospitals NHS Trust (Lysosomal Storage Disorders Unit) and the Fabry, Gaucher and Pompe Families Network",
        "Contact: Clinical Services Director, Medivera Homecare Nursing Ltd",
    ],
    primary_entrant=dict(name="Medivera Homecare Nursing Ltd", type="private"),
    partners=[
        dict(name="Lanyon University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Fabry, Gaucher and Pompe Families Network", type="patient_group"),
    ],
    sections=[
        ("context", "Why we did this", """
Medivera's nurses give enzyme replacement therapy at home to about 310 people with rare inherited
conditions such as Fabry disease, Gaucher disease, Pompe disease and the mucopolysaccharidoses. Most have
an infusion every week or every fortnight, for life, and are looked after by the Lysosomal Storage
Disorders Unit at Lanyon.

What we found in 2022:

- some people live more than 150 miles from Lanyon, on farms, in villages and on islands, and an ambulance can take over an hour to reach them

- infusion reactions are not rare, and a few are severe, including anaphylaxis

- our nurses are on their own in the home, sometimes with no mobile signal

- each nurse carried a slightly different emergency kit, and there was no standard reaction plan for each patient

- in August 2022 a man with Pompe disease had a severe reaction at his farmhouse, the nurse could not get a signal to call for help, and she had to drive to the end of the lane to ring 999

What Safe Infusions at Home does, since March 2023:

- every patient has a personal reaction plan written by the unit, with the premedication, the rate and what to do if a reaction starts

- every nurse carries the same sealed emergency kit, checked monthly

- a phone check the day before each infusion asks about new illnesses or medicines

- homes with no signal have a satellite messenger device left in the house

- with the person's consent, the ambulance service holds each address and its access details
"""),
        ("evidence", "Results", """
We compared the twelve months to February 2023 with the twelve months to February 2025.

- <<Q:infusion reactions that needed an ambulance fell from 14 to 4>>

- <<Q:infusions cancelled on the day because the nurse could not get a signal or the kit was incomplete dropped from 61 to 9>>

- 15,880 home infusions were given in the second year

- 37 people were moved from the unit to home infusions during the year
"""),
        ("stakeholders", "Who was involved", """
- <<P:members of the Families Network told us at their annual weekend that they worried more about the nurse being cut off than about the infusion itself, which is where the satellite messenger came from>>

- <<P:a woman with Fabry disease and her husband tested three versions of the reaction plan and chose the one with a traffic light down the side, which every patient now has>>

- <<P:parents of children with a mucopolysaccharidosis asked for the phone check to be at teatime, after school, and it now is>>

- all 48 of our infusion nurses completed an anaphylaxis course

- consultants at the unit were sent a letter about the new kit and plan

- we surveyed our nurses after six months and most were happy, so we kept everything the same

- we plan to set up a nurses' forum with the unit in 2026

- the project was led by our Clinical Services Director
"""),
        ("value", "Value", """
- the standard kit costs about £85 per nurse per year to keep stocked

- satellite messengers cost about £20 a month per home, paid by Medivera

- every infusion given at home instead of at the unit saves the patient a long journey and frees a chair at Lanyon

- families say they feel safer, and a few have said they would have gone back to unit infusions without the changes
"""),
        ("spread", "Spread", """
- the reaction plan template is now used for our patients under two other specialist units

- we have shared the kit list with the national homecare providers' association
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I955  long-term follow-up of adult survivors of childhood cancer through
#       general practice - docx - rubric headings - university centre
#       director, academic - university with the principal treatment centre,
#       a GP federation and a young survivors' network - survivors involved
#       (as 'co-researchers', pronouns) - NO staff involvement (practices
#       sent guidance, nurses at a training evening, a named clinical
#       champion, a GP survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I955", format="docx", layout="rubric_headings", topic="childhood_cancer_survivors_late_effects_primary_care",
    project="independent60-beyondtheward-955", docx_font="Cambria",
    title="Beyond the Ward: long-term follow-up for adult survivors of childhood cancer through their GP",
    cover=[
        "Lead: University of Wexcombe, Centre for Cancer Survivorship Research",
        "Partners: Wexcombe Children's Hospital NHS Foundation Trust (Principal Treatment Centre for Children's Cancer); Dunmarsh and Vale GP Federation; Candle Club Young Survivors Network",
        "Submitted by the Centre Director",
    ],
    primary_entrant=dict(name="University of Wexcombe", type="university"),
    partners=[
        dict(name="Wexcombe Children's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Dunmarsh and Vale GP Federation", type="primary_care"),
        dict(name="Candle Club Young Survivors Network", type="patient_group"),
    ],
    sections=[
        ("context", "The context in which the partnership was needed, the product or service, and its patient safety goals", """
More than eight in ten children diagnosed with cancer now survive into adulthood. Many of the treatments
that cured them carry risks that appear decades later. Anthracycline chemotherapy can weaken the heart
muscle. Radiotherapy to the chest raises the risk of breast cancer from the mid-twenties onwards, and
radiotherapy to the neck can damage the thyroid. Some treatments affect fertility, bone density, hearing
or kidney function, and there is a small but real risk of a second cancer. National guidance sets out
which survivors need which checks, such as a heart scan every few years or yearly breast MRI from the age
of 25 for women who had chest radiotherapy.

Around 2,100 adults who were treated as children at Wexcombe Children's Hospital now live in the region.
Most left children's follow-up in their late teens. Some were seen in a late effects clinic for a time;
many were simply discharged. The principal treatment centre is in the city, and survivors in market towns
and coastal villages, sometimes two hours away, rarely travelled back. Their GPs, who might have one or
two such patients, usually had a discharge letter from fifteen years before that did not mention late
effects at all.

In 2020 our centre audited a sample of 400 survivors in the region. 61% of women who had received chest
radiotherapy had never had any breast screening. Fewer than a quarter of those who had anthracyclines had
had a heart scan in the previous five years. One woman, treated for Hodgkin lymphoma at 14, was found to
have breast cancer at 33 that had already spread to the lymph nodes; she had never been told she was at
higher risk.

The partnership set out to give every adult survivor a treatment summary and care plan, to put the right
checks on a recall system in their own GP practice, and to make specialist advice available to GPs
without the survivor having to travel to the city.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since 2022 the centre has used the hospital's records to produce a treatment summary for each survivor,
listing the treatments they had, the late effects they are at risk of and the checks they need. With the
survivor's consent the summary is sent to their GP, with a recall code and a timetable, and survivors
receive their own copy. GPs can book a video consultation with the late effects consultant about any
survivor, and the federation runs a monthly hub clinic where a GP with a special interest sees survivors
with complex needs.

We repeated the audit in 2024 in the 1,380 survivors who had received a summary by then.

<<Q:Survivors who had anthracyclines and had a heart scan within the recommended interval rose from 24%
to 71%.>> <<Q:Women who had chest radiotherapy and were on early breast screening went up from 39% to
88%.>> <<Q:The proportion of survivors with no follow-up of any kind fell from around half to one in
eight.>>

Eleven survivors were found to have early heart muscle weakness and were started on treatment, and four
breast cancers were found at screening.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The summary template has been adopted by two other principal treatment centres, and the national
children's cancer professional group has included it in its survivorship guidance. We have published the
audit and presented it at an international late effects conference. The federation's hub clinic is being
copied by a second federation in the region.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Producing a summary takes about ninety minutes of a research nurse's time, and the recall is run through
existing GP systems. Finding heart muscle weakness early, when it can be treated with tablets, avoids
heart failure admissions later. Finding breast cancer at screening rather than as a lump means simpler
treatment and a better outlook.

Survivors tell us that for the first time someone has explained what happened to them as children, and
why it still matters.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<P:From the start the work was shaped by eight young adults from the Candle Club, who joined the project
as co-researchers rather than as an advisory panel.>> <<P:They rewrote the treatment summary so that
the first page explains in plain words what treatment the person had, and they insisted that the
survivor's own copy must never arrive before their GP has had time to read theirs.>> <<P:They also chose
the title 'Beyond the Ward' and presented the project to the hospital's board.>>

All 34 practices in the federation were sent guidance on the recall codes. Practice nurses attended a
training evening on late effects. Dr Fiona Lees, the federation's clinical director, has been the named
clinical champion for the project. We surveyed GPs after the first year and their comments were positive,
so the summary was not changed. We plan to interview GPs and practice nurses about workload in 2025.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I956  carcinoid crisis during procedures in people with neuroendocrine
#       tumours - pdf (via Word) - style headings - NET clinical nurse
#       specialist, measured - services of ONE trust on three sites, no
#       partner organisation (ineligible) - staff involved - NO patient
#       involvement (letters and cards, a national design, a negation, a
#       plan) - NO quantitative evidence (alerts added, procedures covered,
#       a single audit figure, incidents with no comparison, a target)
# ---------------------------------------------------------------------------
entry(
    id="I956", format="pdf", layout="style_headings", topic="neuroendocrine_tumour_carcinoid_crisis_procedures",
    project="independent60-coverbefore-956", render_via="soffice", docx_font="Liberation Sans",
    title="Cover Before the Procedure: preventing carcinoid crisis in people with neuroendocrine tumours",
    cover=[
        "Marchfield and Ure Hospitals NHS Trust",
        "A joint project of the Neuroendocrine Tumour Service, Anaesthetics, Endoscopy, Interventional Radiology and Pharmacy across Marchfield General Hospital, Ure Valley Hospital and Skelby Community Hospital",
        "Lead: Clinical Nurse Specialist, Neuroendocrine Tumour Service",
    ],
    primary_entrant=dict(name="Marchfield and Ure Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background", """
Neuroendocrine tumours (NETs) are uncommon cancers that grow slowly and that many people live with for
years. Some release hormones such as serotonin, causing flushing, diarrhoea and wheeze, known as carcinoid
syndrome. People with carcinoid syndrome are at risk of a carcinoid crisis when they have an anaesthetic,
an operation, an endoscopy or a liver procedure: a sudden, severe drop in blood pressure, bronchospasm
and heart rhythm problems that can be fatal. Crisis can usually be prevented with octreotide given before
and during the procedure, and treated with more of it.

Our trust runs the regional NET service at Marchfield General. It looks after about 320 people, many of
whom live in the rural north of the county and have their other care at Ure Valley Hospital or Skelby
Community Hospital, up to forty miles away. Most procedures that NET patients have are not for their
tumour at all: a hernia repair, a hip replacement, a colonoscopy, a dental extraction under sedation.
These are carried out by teams who may never have heard of carcinoid crisis, at sites where octreotide was
not stocked in theatres.

In 2022 a woman with a small intestinal NET had her hip replaced at Ure Valley. Nobody in the theatre team
knew about her diagnosis, which was recorded in a clinic letter but not on any alert. She became severely
hypotensive at induction and needed admission to intensive care. The investigation found that the only
octreotide in the hospital was in the pharmacy, which was closed.

Cover Before the Procedure brought together the NET service, anaesthetics, endoscopy, interventional
radiology and pharmacy at all three sites. Every patient with a NET at risk of crisis has an alert on the
trust's electronic record that appears at listing, at pre-operative assessment and on the theatre list.
The pre-assessment template prompts a call to the NET nurses. Octreotide is now stocked in every theatre,
endoscopy and interventional radiology suite at all three sites, with a one-page protocol.
"""),
        ("evidence", "Results", """
The alert has been added to the records of 287 patients. In 2023/24, 112 procedures were carried out on
patients with the alert with octreotide cover in place, 47 of them at Ure Valley or Skelby. Octreotide is
stocked in 14 clinical areas.

An audit of 40 procedures in 2024 found that the protocol had been followed in full in 36. Two episodes
of carcinoid crisis were reported in 2023/24, both in patients whose NET had been diagnosed at another
hospital and who were not yet on our alert list.

Our target is for the protocol to be followed in every procedure by the end of 2025.
"""),
        ("stakeholders", "Engagement", """
<<S:Consultant anaesthetists at Ure Valley and Skelby wrote the one-page protocol with the NET consultant,
after pointing out that the first draft assumed an arterial line was available at every site.>>
<<S:Endoscopy nurses asked for the alert to appear on the endoscopy booking system as well as the main
record, because that is what they look at, and the digital team added it.>> <<S:Pharmacists at the three
sites agreed the stock list and the checking rota with theatre managers, and chose to keep the octreotide
in the emergency drugs cupboard rather than the fridge after theatre staff said the fridge was not always
checked.>>

All patients on the alert list were sent a letter and a wallet card. The card follows a design produced
by a national NET patient charity. Patients were not consulted about the alert because it is an internal
clinical record. We intend to ask for patients' views as part of the next audit.
"""),
        ("value", "Value", """
Octreotide for a procedure costs around £40. A single admission to intensive care after a crisis costs
many thousands of pounds and carries a real risk of death. Most of the work used existing staff time and
the trust's own systems.
"""),
        ("spread", "Spread", """
The protocol has been shared with the regional NET network and with the two independent hospitals that do
NHS operations for our patients. We presented the work at the national NET nurses' meeting.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I957  births to women who carry haemophilia far from the haemophilia
#       centre - docx - reordered (results first) - consultant midwife,
#       plain - acute trust maternity with the haemophilia centre at another
#       trust and a bleeding disorders group - women and staff involved -
#       NO value section
# ---------------------------------------------------------------------------
entry(
    id="I957", format="docx", layout="reordered", topic="haemophilia_carriers_maternity_local_unit",
    project="independent60-knownbeforelabour-957", docx_font="Calibri",
    title="Known Before Labour: safer births for women who carry haemophilia, away from the haemophilia centre",
    cover=[
        "Rothley Vale Hospitals NHS Trust, Maternity Services (lead)",
        "Partners: Coldharbour University Hospitals NHS Foundation Trust (Coldharbour Haemophilia Centre); Rothley Vale Bleeding Disorders Group",
        "Author: Consultant Midwife",
    ],
    primary_entrant=dict(name="Rothley Vale Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Coldharbour University Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Rothley Vale Bleeding Disorders Group", type="patient_group"),
    ],
    sections=[
        ("evidence", "What we achieved", """
<<Q:Women who carry haemophilia who had a written birth plan agreed with the haemophilia centre by 34
weeks went from 5 of 16 in 2020 and 2021 to 21 of 22 in 2023 and 2024.>> <<Q:Ventouse or forceps
deliveries of babies at risk of haemophilia fell from 4 to none over the same periods.>> <<Q:Bleeding of
more than a litre after birth in women who carry haemophilia went down from 6 of 16 to 3 of 22.>>

Every baby boy born to a carrier in 2023 and 2024 had a cord blood factor level taken, and the result
reached the haemophilia centre within a day.
"""),
        ("context", "Why this was needed", """
Haemophilia is passed on through families, and women who carry the gene can have low clotting factor
levels themselves and bleed heavily after birth. Their baby boys have a one in two chance of having
haemophilia. A baby with haemophilia can bleed into the brain during a difficult birth, particularly with
ventouse or forceps, and should not have scalp clips, fetal blood sampling or vitamin K by injection until
his own clotting is known.

Rothley Vale's maternity unit delivers about 4,200 babies a year. The haemophilia centre that looks after
families in our area is at Coldharbour, 55 miles away. Before 2022, unless a woman mentioned it herself,
her carrier status often did not reach us. It might be in a letter from the centre in her GP record, but
not in her maternity notes. Birth plans, when they existed, were written late and sometimes not at all.

In 2021 a baby boy was born at Rothley Vale by ventouse after a long labour. He was unsettled and his head
became swollen, and a scan found a bleed. He was transferred to a neonatal unit and later diagnosed with
severe haemophilia. His mother had been known to the haemophilia centre as a carrier since she was a
teenager. Nobody on our labour ward knew.

With the haemophilia centre we now ask every woman at booking whether anyone in her family has a bleeding
disorder. Women who carry haemophilia, or might, are referred to a joint video clinic with the centre's
haematologist and our obstetric lead. Her factor level is checked in the third trimester, and a birth
plan is written and loaded into the electronic maternity record. Our laboratory takes the baby's cord
blood and sends it to the centre on the same day.
"""),
        ("stakeholders", "Who was involved", """
<<P:Women from the Rothley Vale Bleeding Disorders Group who had given birth in our unit met with us and
described being asked the same questions by every new midwife in labour, and they suggested the one-page
plan with a red border that sits at the front of the notes.>> <<P:A grandmother in the group, whose son has
haemophilia, asked us to add the family history question to booking after telling us how her daughter had
never been asked.>>

<<S:Labour ward midwives tested the birth plan template over three months and asked for it to include what
to do if the woman arrives in labour before 34 weeks, which had not been covered.>> <<S:Biomedical
scientists in our laboratory worked out with the centre's laboratory how to send cord samples so that they
arrive in time to be tested, after the first two samples clotted in transit.>> <<S:Obstetric anaesthetists
agreed with the centre's haematologists when an epidural is safe, based on the factor level, and this is now
part of every plan.>>
"""),
        ("spread", "Sharing the learning", """
The booking question and the birth plan template have been adopted by the other two maternity units whose
families are looked after by Coldharbour. The work was presented at the national haemophilia nurses'
meeting and to our local maternity and neonatal system.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I958  home parenteral nutrition lines when patients are admitted locally -
#       pdf - with appendix - nutrition nurse specialist lead, detailed -
#       intestinal failure unit with two district hospital trusts and a
#       patient support group - members (a group named by its meeting day,
#       pronouns) and staff involved - Q includes 'a third fewer' - no flags
# ---------------------------------------------------------------------------
entry(
    id="I958", format="pdf", layout="with_appendix", topic="home_parenteral_nutrition_line_care_local_hospitals",
    project="independent60-protecttheline-958", pdf_font="LiberationSerif", pdf_align="L",
    title="Protect the Line: safer care of home parenteral nutrition lines when patients are admitted to their local hospital",
    cover=[
        "Lead entrant: Lowther Bridge Hospitals NHS Foundation Trust, Regional Intestinal Failure Unit",
        "Partners: Farrowdale General Hospital NHS Trust; Estmere and Cole Valley Hospitals NHS Trust; Home Nutrition Friends North (patient support group)",
        "Prepared by the Nutrition Nurse Specialist Lead",
    ],
    primary_entrant=dict(name="Lowther Bridge Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Farrowdale General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Estmere and Cole Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Home Nutrition Friends North", type="patient_group"),
    ],
    sections=[
        ("context", "The problem", """
People with intestinal failure cannot absorb enough food and fluid through their gut, usually because
much of the bowel has been removed or does not work. Many of them live on home parenteral nutrition (HPN):
a liquid feed given every night through a tunnelled central line into a large vein in the chest. Our
regional intestinal failure unit at Lowther Bridge looks after about 160 adults on HPN. Some live in the
city; many live in the towns and valleys of Farrowdale, Estmere and the Cole Valley, up to a hundred
miles away.

The central line is the patient's lifeline, and it is precious. Each time a line becomes infected and has
to be replaced, the vein it sat in may scar and become unusable. People who have had many lines can run
out of veins, and for some that means a transplant assessment or worse. A serious line infection can also
cause sepsis. Our patients and their carers are trained to look after their lines with great care, and
most go years without a problem at home.

The risk comes when they are admitted to their local hospital, often for something unrelated: a fall, a
chest infection, a kidney stone. Staff who rarely see an HPN line may use it to take blood or give
antibiotics without the strict technique it needs. They may lock it with the wrong solution. When a
patient with a line develops a fever, the standard response in many hospitals has been to remove the line,
even though most line infections can be treated with the line in place by a specialist team. Some patients
have found themselves arguing with junior doctors at two in the morning to stop them using or removing
their line.

In 2021 we reviewed every line infection and line removal in our patients. More than half of the
infections began during a stay in a local hospital, and many of the removals there were, in our view,
unnecessary. One woman, who had had HPN for twelve years, lost her last usable upper body vein after a line
was removed at a local hospital for a fever that turned out to be a urine infection.

Protect the Line has four parts, agreed with the two district hospital trusts in 2022.

- Every patient carries a line passport, which says in large letters that the line must not be used or
removed without speaking to the intestinal failure unit, and gives the 24-hour number.

- Each local hospital has two nutrition link nurses, trained at Lowther Bridge, who are told whenever an
HPN patient is admitted and who take over care of the line.

- A shared line infection protocol tells local teams to take blood cultures from the line and a vein, start
antibiotics through a vein and lock the line with an antibiotic solution, and to ring us before any
decision to remove it.

- Our nurses run a monthly video round with the link nurses to discuss any of our patients who are in
either hospital.
"""),
        ("evidence", "What difference it has made", """
We compared 2021 with 2024, using our unit's line register and the local hospitals' records.

<<Q:Line infections in our patients that began during a stay in a local hospital fell from 2.4 to 0.9
per 1,000 line days.>> <<Q:There were a third fewer line removals at local hospitals in 2024 than in 2021,
even though more people were on HPN.>> <<Q:Transfers to Lowther Bridge because a line problem could not be
managed locally went down from 31 to 17.>>

The link nurses were told about 212 admissions of HPN patients in 2024. The video round has met every
month since it started.
"""),
        ("stakeholders", "Who was involved", """
Home Nutrition Friends North meets on the first Tuesday of each month, and most of its members have been
on HPN for years. <<P:It was they who told us that the worst moment of any admission was having to defend
their line to a stranger in the middle of the night, and that a letter from us would carry more weight
than anything they said.>> <<P:They wrote the first draft of the line passport, and it was their idea to
make it the size of a passport and to put the phone number on the cover.>> <<P:One member, a retired
teacher who has been on HPN for nineteen years, came with us to teach at the first link nurse training
day and showed the nurses how she does her own line care.>>

<<S:Nurses on the acute medical units at Farrowdale and Estmere volunteered to be the first link nurses and
changed the protocol after their first month, asking for a checklist that fits on the back of the
bedside observation chart.>> <<S:Microbiologists at the two local hospitals agreed the antibiotic lock
and the blood culture rules with our consultant, after raising concerns about antibiotic resistance that
led to a shorter course.>> <<S:Pharmacists at both hospitals asked for the lock solutions to be kept in
one place on each admissions unit, which they now are.>>
"""),
        ("value", "Value", """
Replacing a tunnelled line costs several thousand pounds in theatre time, radiology and a hospital stay,
and the cost to the patient of losing another vein cannot be measured in money. The link nurse roles are
part of the nurses' existing jobs, and the video round takes an hour a month.

Patients tell us they no longer dread being admitted locally. Link nurses say they feel proud to be
trusted with a specialist skill.
"""),
        ("spread", "Sharing the learning", """
The line passport and protocol have been shared with the national network of intestinal failure units,
and one other unit has started a link nurse scheme with its local hospitals. We presented the work at the
national nutrition nurses' conference in 2024. Both local trusts have extended the protocol to patients
with other long-term central lines, such as those having chemotherapy.
"""),
    ],
    trailer=[
        ("heading", "Appendix: terms and sources of data"),
        ("para", "Home parenteral nutrition (HPN): liquid nutrition given into a vein at home, usually overnight. Tunnelled central line: a long-term line placed under the skin of the chest into a large vein. Line days: the total number of days that lines were in place across all patients, used to compare infection rates fairly."),
        ("para", "Line infection and removal figures come from the Regional Intestinal Failure Unit's line register, checked against the microbiology records of the three trusts. Admission numbers come from the link nurses' records."),
        ("para", "Contact: Nutrition Nurse Specialist Lead, Regional Intestinal Failure Unit, Lowther Bridge Hospital, Canal Street, Lowther Bridge LB3 9QT."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I959  transcranial Doppler stroke screening for children with sickle cell
#       disease brought closer to home - pdf - form table with a cover
#       table - ICB senior commissioning manager, formal - ICB with the
#       haemoglobinopathy coordinating centre, a community trust and a sickle
#       cell society - staff involved - NO patient involvement (families sent
#       texts, the society advertised the clinics, feedback forms that
#       changed nothing, a plan, children as beneficiaries)
# ---------------------------------------------------------------------------
entry(
    id="I959", format="pdf", layout="form_table", topic="sickle_cell_tcd_screening_outreach",
    project="independent60-scanscloser-959", pdf_font="LiberationSans",
    title="Scans Closer to Home: stroke risk screening for children with sickle cell disease in Thornleigh and Ashby",
    cover_table=[
        ("Entry title", "Scans Closer to Home: stroke risk screening for children with sickle cell disease in Thornleigh and Ashby"),
        ("Lead organisation", "NHS Thornleigh and Ashby Integrated Care Board"),
        ("Partner organisations", "Grantmoor University Hospitals NHS Foundation Trust (Haemoglobinopathy Coordinating Centre); Ashby Community Health NHS Trust (Children's Community Nursing); Thornleigh Sickle Cell Society"),
        ("Entrant", "Senior Commissioning Manager, Children and Young People"),
    ],
    primary_entrant=dict(name="NHS Thornleigh and Ashby Integrated Care Board", type="icb"),
    partners=[
        dict(name="Grantmoor University Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Ashby Community Health NHS Trust", type="nhs_trust"),
        dict(name="Thornleigh Sickle Cell Society", type="patient_group"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
Children with the most common severe forms of sickle cell disease have a high risk of stroke. A yearly
transcranial Doppler (TCD) ultrasound scan, from the age of two until sixteen, measures the speed of blood
flow in the arteries of the brain. Children with high readings can be offered regular blood transfusions,
which greatly reduce their risk of having a stroke. The national standard is that every eligible child
has a TCD scan every year.

About 130 children with sickle cell disease live in Thornleigh and Ashby. TCD scans were only available at
the coordinating centre at Grantmoor, between 45 and 70 miles from most families. Appointments were on
weekdays, so children missed school and parents missed work, and many families relied on two buses and a
train. In 2021 only 54% of eligible children had a scan in the year. In 2022 a seven-year-old boy who had
not had a TCD scan for three years had a stroke at school. He has been left with weakness in one arm and
leg and needs extra support in class.

The goals were for every eligible child to have a TCD scan every year, for scans to be available close to
home and outside school hours, and for any child with a high reading to start treatment without delay.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since September 2022 the ICB has funded an outreach TCD clinic, run by the coordinating centre's
accredited practitioners, at Ashby Community Hospital every two months, with alternate clinics on a
Saturday. Children's community nurses keep the list of children due, book them, and follow up any missed
appointment with a phone call and a home visit. Families can claim travel costs on the day.

<<Q:Children who had their yearly TCD scan on time rose from 54% in 2021 to 93% in 2024.>> <<Q:Missed TCD
appointments went down from about one in three to one in fifteen.>> <<Q:The average time from an abnormal
scan to the first transfusion fell from 9 weeks to 3 weeks.>>

In the two years, 246 scans were done at the outreach clinic, and six children with high readings were
started on a transfusion programme.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:The TCD practitioners at Grantmoor chose the room at Ashby Community Hospital after visiting three
possible sites, and asked for the clinic to run every two months rather than every three so that no child
would wait more than eight weeks past their due date.>> <<S:Children's community nurses designed the
booking and follow-up process, and suggested the home visit after a second missed appointment.>> <<S:The
outpatient manager at Ashby agreed to open the department on Saturdays after the nurses and the centre's
practitioners worked out the staffing with her.>>

Parents are sent a text reminder a week before each appointment. The Thornleigh Sickle Cell Society
advertised the Saturday clinics to its members. Families fill in a feedback form after each clinic, and
nearly all have been positive, so the clinic has carried on as it is. We hope to set up a young people's
panel with the Society next year. The clinic is there for the benefit of every child with sickle cell
disease in the area.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The outreach clinic costs the ICB about £46,000 a year, including the practitioners' time, the room and
travel claims. Each stroke in a child with sickle cell disease means lifelong disability and costs the NHS
and the council far more than that over a lifetime.
"""),
        ("spread", "How has the work been shared and spread?", """
The coordinating centre has started a second outreach clinic for another ICB in its network. We presented
the work at the regional haemoglobinopathy network meeting in 2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I960  emergency information for boys and young men with Duchenne muscular
#       dystrophy - docx - bullet lists - short - family support worker,
#       plain - a family charity on its own, NO partner (ineligible) -
#       families and boys involved - NO staff involvement (the charity's own
#       worker as named lead, emergency departments sent the card, a plan) -
#       NO evidence section and no measured change anywhere
# ---------------------------------------------------------------------------
entry(
    id="I960", format="docx", layout="bullet_lists", topic="duchenne_emergency_care_information",
    project="independent60-duchennecards-960", docx_font="Arial",
    title="Duchenne Emergency Cards: making sure local hospitals know the risks for boys with Duchenne",
    cover=[
        "Duchenne Families Together Eastcombe (registered charity)",
        "Submitted by the charity's family support worker",
    ],
    primary_entrant=dict(name="Duchenne Families Together Eastcombe", type="charity"),
    partners=[],
    sections=[
        ("context", "Why we did this", """
- Duchenne muscular dystrophy is a rare condition that affects boys and causes their muscles to weaken over time; about 45 families in Eastcombe belong to our charity

- the boys' specialist care is at a neuromuscular centre more than 100 miles away, but in an emergency they go to their local hospital

- boys with Duchenne face some unusual emergency risks: some anaesthetic drugs can cause a dangerous rise in potassium, a broken leg can lead to a fat embolism, extra oxygen on its own can be harmful when breathing is weak, and boys on daily steroids can become very ill if their steroids stop suddenly

- local emergency departments see boys with Duchenne rarely and often do not know these risks

- in 2022 a 13-year-old in our charity broke his leg falling from his wheelchair; he became confused and breathless the next day, and it was many hours before anyone thought of a fat embolism

- families told us they carried long clinic letters that nobody in the emergency department had time to read

- another boy was given a general anaesthetic for a dental extraction at a local hospital without anyone checking which anaesthetic drugs were safe for him; he came to no harm, but his parents only found out afterwards that the risk had been there

- some of our families live more than an hour from any hospital, and when a boy is taken ill the ambulance goes to whichever emergency department is nearest, not the one that knows him best

- we decided to make a short card and a one-page emergency sheet that every family could carry, based on the published international care recommendations for Duchenne

- the card fits in a wallet or a wheelchair bag and lists the five things to check first: anaesthetic drugs to avoid, steroid cover, oxygen with care, fat embolism after a fracture, and the heart

- the sheet gives more detail, the boy's usual steroid dose, his breathing support at night, and the phone number of the neuromuscular centre
"""),
        ("stakeholders", "Who was involved", """
- <<P:parents at our spring family day went through the first draft line by line and cut it from two pages to one>>

- <<P:boys in our youth club chose the colour of the card and asked for a line saying 'talk to me, not just my parents'>>

- <<P:one mum, whose son had the fat embolism, wrote the short paragraph about broken bones in her own words>>

- <<P:two young men in their twenties who use breathing machines at night asked for a box on the sheet for their ventilator settings, which is now on the back>>

- the project was run by our family support worker

- emergency departments in the county were sent copies of the card

- we hope to meet emergency department teams next year to explain the card
"""),
        ("value", "Value", """
- the cards and sheets cost about £600 to design and print, paid for by a sponsored walk

- 112 cards have been given out to families, schools and respite services

- the family support worker spends an hour with each new family to fill in the sheet, and the sheets are updated when a boy's steroid dose or breathing support changes

- families tell us they feel more confident going to their local hospital, and several say that for the first time a nurse read the card before asking them to explain everything again

- a card costs less than a cup of coffee, and one missed warning about anaesthetic drugs or a fat embolism can cost a boy his life
"""),
        ("spread", "Spread", """
- two other Duchenne family groups have asked for the card so they can print their own

- we have shared it with the neuromuscular centre's family newsletter
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)
