"""Forty-first independent evaluation set (I641..I656) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files and a one-line list of the
topic ids they use, to avoid their topics and organisation names), never the review
pipeline, its models, flows, tests, benchmarks or any earlier gold output.  All
organisations, places and people are fictional, apart from a national public body named
as a partner.  The entries are meant to be ordinary: the kind of thing maternity
services, children's teams, councils, emergency services, charities, primary care and
private providers send in, in their own voices and at their own length.  The theme of
this set is children, young people and maternity, with many different cover pages and
entry forms.

Topics: weight loss and dehydration in breastfed babies in the first fortnight (a
maternity infant feeding lead), hip checks for developmental dysplasia at the six to
eight week check (a primary care network), nitrous oxide use and nerve damage in young
people (a council community safety team, CAPS headings), anti-D for rhesus-negative women
who bleed in early pregnancy (a form), child sexual exploitation spotted in sexual health
clinics (a safeguarding nurse, no headings, long), expressed breast milk given to the
wrong baby on a neonatal unit (departments of one trust, no partner), private pregnancy
scan studios and women with reduced movements or worrying findings (a private scanning
company as primary entrant, with a declaration), testing after gestational diabetes (an
integrated care board, a cover table), fathers' tests in antenatal sickle cell and
thalassaemia screening (two columns, no spread section), ectopic pregnancy missed at
first contact (with a university, with appendix), paracetamol sales and self-poisoning in
young people (a local pharmaceutical committee, lists), women who decline blood
transfusion in maternity care (sections in an unusual order, no value section), babies
who miss their newborn hearing screen (a form), type 1 diabetes technology in primary
schools, health histories for young people leaving care (a council on its own, no
headings) and sepsis in women after birth seen by ambulance crews (a short entry).

Build it with

    .venv/bin/python data/independent/build.py --set 41   (writes data/corpus/independent41/)

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim (a measured change in an outcome: a baseline and an
                   after value, or a stated change such as 'halved' or 'a third fewer')
  <<P:sentence>>   patient / carer / family / service-user involvement (parents and young
                   people included)
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
    titles, list items), wherever in the entry it is told; a peer mentor with lived
    experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; parents' groups, care leavers' forums and
hospital liaison committees are patient_group; hospices and voluntary sector
organisations, including youth and baby loss charities, are charity; national public
bodies such as NHS Blood and Transplant are public_other; a university is university;
scanning companies and other companies are private).  A department or team of the
entrant's own organisation is not a partner.  Flags are written by hand and build.py
cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I641  weight loss and dehydration in breastfed babies - pdf - own headings -
#       infant feeding lead midwife, warm - acute trust maternity with the
#       community trust's health visiting and infant feeding team, a
#       breastfeeding charity and a primary care network - parents, peer
#       supporters and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I641", format="pdf", layout="own_headings", topic="breastfed_baby_weight_loss_dehydration",
    project="independent41-everyfeed-641", pdf_font="LiberationSerif",
    title="Every Feed Counts: spotting weight loss and dehydration in breastfed babies in the first two weeks",
    cover=[
        "Lead organisation: Oakenshaw and Lyme Hospitals NHS Foundation Trust (Maternity Services)",
        "Partners: Lyme Valley Community Health NHS Trust (Health Visiting and Infant Feeding Team); Oakenshaw Feeding Friends (breastfeeding peer support charity); Oakenshaw North Primary Care Network",
        "Written by the Infant Feeding Lead Midwife",
    ],
    primary_entrant=dict(name="Oakenshaw and Lyme Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Lyme Valley Community Health NHS Trust", type="nhs_trust"),
        dict(name="Oakenshaw Feeding Friends", type="charity"),
        dict(name="Oakenshaw North Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Why we needed to work together", """
Most babies lose a little weight in the first few days and are back to their birth weight by about two
weeks. A small number lose much more, usually because feeding is not going well and nobody has noticed.
They become dehydrated, the salt level in their blood rises (hypernatraemic dehydration) and they can
become very unwell very quickly. In the worst cases babies have seizures, kidney damage or brain injury.
Jaundice is often worse in these babies too, because they are not feeding enough to clear it.

Around 4,600 babies are born at our two units each year. Most mothers go home within a day of birth, and
many within six hours. In 2021 we readmitted 64 babies in their first fortnight because of excessive
weight loss, dehydration or jaundice made worse by poor feeding. Eleven of them had hypernatraemic
dehydration. One baby, readmitted at nine days old in the autumn of 2021, had lost nearly a fifth of her
birth weight and spent a week on the neonatal unit.

When we reviewed these cases together with the health visitors, the same things came up again and again.
The day 5 weigh was sometimes done on day 7 or 8 because of how community midwife visits were planned.
When a baby had lost more than ten per cent, the advice given depended on who was on duty. Nobody was
clear who should see the baby again and when. Mothers who had been told to 'keep an eye on wet nappies'
did not know what a worrying nappy looked like. And the health visitor's new birth visit, at 10 to 14
days, sometimes happened before the midwife had discharged the family, so each service assumed the other
was following the baby up.

We also found that families who were struggling often turned to the volunteer breastfeeding groups run
by Oakenshaw Feeding Friends, and that the volunteers sometimes spotted a baby who was not feeding well,
but had no way of getting that baby seen quickly other than telling the mother to ring her midwife.

Every Feed Counts started in March 2022. It has four parts: a day 3 feeding assessment by phone or
video and a day 5 weigh that is always done on day 5; one shared weight loss plan used by midwives,
health visitors and GPs, with clear actions at seven, ten and twelve and a half per cent; a same-day
feeding clinic at each hospital run by our infant feeding team, which anyone in the partnership can book
a baby into directly; and a nappy and feeding card for parents with photos.
"""),
        ("evidence", "What difference it has made", """
We have compared 2021, the year before we started, with 2024, the second full year of the work.
Figures come from the maternity system, the neonatal unit admissions database and the community trust's
health visiting records.

<<Q:Babies readmitted in the first 14 days with excessive weight loss, dehydration or feeding-related
jaundice fell from 64 in 2021 to 27 in 2024.>> <<Q:Cases of hypernatraemic dehydration went down from 11
to 3.>> <<Q:The proportion of day 5 weighs that actually happened on day 5 rose from 71% to 96%.>>

<<Q:Babies who had already lost more than twelve and a half per cent of their birth weight by the time
they were first weighed fell from 2.9% of births to 0.8%.>> We think this is the most important figure,
because it shows that problems are being picked up earlier, before a baby is in real trouble.

The same-day feeding clinics saw 1,180 babies in 2024. Oakenshaw Feeding Friends volunteers made 214
direct bookings into the clinics over the same year.
"""),
        ("stakeholders", "Who was involved and how", """
<<P:Twelve mothers from the Feeding Friends groups, most of whom had had a baby readmitted or had come
close to it, met with us three times while we designed the parent card.>> <<P:They told us that the
words 'concentrated urine' meant nothing to them, and it was their idea to use photographs of real
nappies on the card, at day 2, day 4 and day 6, which they took themselves with their own babies.>> <<P:A
father in the group pointed out that dads often do the night feeds and the nappy changes and were never
given any information, so the card is now given to both parents and is also sent by text.>>

<<PS:Two peer supporters employed by Feeding Friends, both mothers who had breastfed through difficult
starts, sat on the project group for the whole of the first year and helped write the direct booking
rules for the clinics.>>

<<S:Community midwives told us that the day 5 weigh slipped because visits were planned by postcode
rather than by the baby's age, and the community midwifery team leaders changed the way the visit lists
are built so that day 5 babies are booked first.>> <<S:Health visitors and midwives wrote the shared
weight loss plan together over four workshops, and it was the health visitors who asked for a formal
handover call for any baby still under birth weight at day 10.>> <<S:GP receptionists in the PCN said
they did not know how urgent a call about a newborn's feeding was, and with the practice managers they
agreed a short script that puts these calls straight through to a duty clinician.>>
"""),
        ("value", "Value for money and experience", """
Each readmission of a newborn for dehydration or jaundice means at least two nights in hospital for the
baby, and usually for the mother too. A baby needing neonatal care costs far more. The main new cost was
two part-time infant feeding support workers to run the same-day clinics, about £58,000 a year, which
the trust has made permanent. The parent cards cost around £2,000 a year to print.

Parents tell us that the card and the clinic gave them the confidence to keep going with breastfeeding
when they might otherwise have stopped. Midwives and health visitors say they no longer
argue about whose baby it is.
"""),
        ("spread", "Sharing what we learned", """
The shared weight loss plan has been adopted by the local maternity and neonatal system for all three
of its maternity units, and the parent card is now used across the county. We presented Every Feed
Counts at the regional infant feeding network and at the national Baby Friendly conference in 2024, and
two other trusts have asked for the direct booking rules. Feeding Friends have shared the volunteer
booking route with their sister groups in neighbouring towns.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I642  hip checks for developmental dysplasia at the 6-8 week check - docx -
#       numbered questions with cover bullets - PCN clinical director, a bit
#       informal - PCN with the acute trust's paediatric orthopaedics and
#       ultrasound and the community trust's health visitors - staff
#       involved - no patient involvement (parents sent texts, given a leaflet,
#       a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I642", format="docx", layout="numbered_questions", topic="ddh_infant_hip_check",
    project="independent41-hipsmatter-642", docx_font="Arial",
    title="Hips Matter: making the six to eight week baby check count in Kettleby and Wold",
    cover=[
        "Primary entrant: Kettleby and Wold Primary Care Network (eight GP practices)",
        "Written by the PCN Clinical Director",
    ],
    cover_bullets=[
        "Partner: Wold Valley Hospitals NHS Trust (Paediatric Orthopaedics and Musculoskeletal Ultrasound)",
        "Partner: Wold Valley Community Health NHS Trust (Health Visiting)",
        "Category: Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="Kettleby and Wold Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Wold Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Wold Valley Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. Why was the partnership needed, and what were its patient safety goals?", """
Every baby in England should have a physical examination at six to eight weeks, and checking the hips
for developmental dysplasia of the hip (DDH) is one of the most important parts of it. If DDH is found
early, most babies are treated with a harness for a few months. If it is found late, after the baby has
started to walk, the child may need an open operation, a long time in a plaster cast, and can still end
up with arthritis as a young adult.

In our PCN the check is done by GPs in each of the eight practices. When we looked at it properly in
2021, after a child from one of our practices was diagnosed with a dislocated hip at 17 months, it was not
pretty. The check was often booked at the same time as the first immunisations, so when immunisation
appointments were delayed, so was the check. Some babies had it at 12 or 14 weeks, which is too late for
the hip examination to be reliable. Some had no check recorded at all. The template on the GP system did
not prompt for risk factors such as breech presentation or a family history, so babies who should have
had an ultrasound scan regardless were not always referred. And when a GP did refer, the referral went by
letter to the hospital and could take weeks to reach the ultrasound list.

The partnership between the PCN, the hospital's paediatric orthopaedic and ultrasound teams and the
health visiting service started in January 2022. Our goals were: every baby checked by eight weeks, every
baby with a risk factor or an abnormal finding scanned within two weeks, and no more late diagnoses.
"""),
        ("evidence", "2. What evidence is there of improvements in safe care as a direct result of the partnership?", """
We now run the six to eight week checks at two hub clinics for the whole PCN, on fixed days, booked by
the health visitors at the new birth visit rather than waiting for the immunisation appointment. The GP
template includes the risk factors and the hip examination as mandatory fields, and a positive answer
creates an electronic referral straight to the hip ultrasound list, which the hospital now runs every
week.

<<Q:Babies who had their six to eight week check by eight weeks of age rose from 58% in 2021 to 92% in
2024.>> <<Q:Babies referred for a hip scan who were scanned within two weeks went up from 40% to 89%.>>
<<Q:Late diagnoses of DDH (after three months of age) among babies registered with our practices fell
from five in the three years 2019 to 2021 to one in the three years 2022 to 2024.>>

Since the hub clinics started, 3,920 babies have been checked and 412 have been referred for a scan.
"""),
        ("spread", "3. How have the achievements been shared or applied elsewhere?", """
The GP template has been shared with the other five PCNs in Wold Valley, and three have adopted it along
with the direct referral to ultrasound. The hospital has extended its weekly hip list to cover referrals
from the whole county. We presented the work at the regional primary care conference, and the health
visiting service now books the check for every baby in the county at the new birth visit, not just ours.
"""),
        ("value", "4. What has been the impact on staff and patient experience, and value for money?", """
The hub clinics actually use less GP time than before, because the checks are done in one block by GPs
who do a lot of them and get good at it. A late diagnosis of DDH means surgery, weeks in hospital and
months in a cast, and it is one of the more common causes of claims against general practice, so even one
avoided case more than pays for the changes. GPs say they feel more confident, and the registrars who
join the hub sessions get much better training in examining baby hips.
"""),
        ("stakeholders", "5. Who was involved and how were patients and staff engaged?", """
<<S:The GPs who do the checks, along with two of our practice nurses, designed the hub clinic session
between them and decided on 20-minute slots after trying 15 minutes for a month and finding it was not
enough.>> <<S:The paediatric orthopaedic consultant and the sonographers told us that half our
referrals were missing the risk factors, so they helped us write the mandatory fields in the
template.>> <<S:Health visitors asked to book the check at the new birth visit because they were already
in the home with the parent's diary out, and that is now how it works.>> <<S:Practice administrators
tested the electronic referral for six weeks and found that it dropped the baby's NHS number if the
mother's record was open, which digital services fixed before it went live.>>

Parents are sent a text reminder a week before the check and are given a leaflet about DDH at the new
birth visit. We sent a short survey to parents after the first six months and most were happy with the
hub clinics, so nothing was changed. We plan to talk to a local parents' group about the leaflet next
year.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I643  nitrous oxide and nerve damage in young people - pdf - CAPS headings -
#       council community safety manager, blunt - council with the police, the
#       acute trust's neurology and emergency department and a youth charity -
#       young people and a family involved - no staff involvement (youth
#       workers trained, officers briefed, ED staff given the guidance, a
#       survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I643", format="pdf", layout="caps_headings", topic="nitrous_oxide_young_people_neuropathy",
    project="independent41-nobubbles-643", pdf_font="LiberationSans", pdf_align="L",
    title="NOT JUST A LAUGH: nitrous oxide, young people and nerve damage in Saltcote",
    cover=[
        "LEAD ORGANISATION: Saltcote Borough Council (Community Safety and Public Health)",
        "PARTNERS: Eastmarch Police; Saltcote General Hospital NHS Trust (Neurology and Emergency Department); Youthline Saltcote (youth charity)",
        "CONTACT: Community Safety Partnership Manager",
    ],
    primary_entrant=dict(name="Saltcote Borough Council", type="local_authority"),
    partners=[
        dict(name="Eastmarch Police", type="emergency_service"),
        dict(name="Saltcote General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Youthline Saltcote", type="charity"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
Most people think of nitrous oxide, 'nos' or 'balloons', as a harmless laugh. For a lot of young people
in Saltcote it stopped being that around 2020, when large canisters started being sold online and in
some shops for a few pounds. Young people were using many canisters in an evening, several nights a week.
Heavy use stops the body using vitamin B12 properly, and that damages the spinal cord and the nerves.
Young people come in with numb, tingling legs, they cannot feel where their feet are, they fall over.
Treated early with B12 injections, most recover. Treated late, some are left with permanent damage.

In 2022 the neurology clinic at Saltcote General saw eleven young people aged 16 to 24 with nerve
damage from nitrous oxide, when before 2020 it had hardly seen any. Several had been to
the emergency department or their GP more than once with numb legs before anybody asked about nitrous
oxide. One 19-year-old had been sent home twice with 'anxiety' and by the time he was diagnosed he was
using a wheelchair.

At the same time the police and our community safety team were dealing with the other end of it: piles of
canisters in parks and car parks, driving after using, and complaints from residents. Nobody was
connecting the two. Youth workers at Youthline knew exactly who was using heavily but did not know about
the health risk beyond what they had read online.

In 2023 we set up a partnership to do three things: make sure young people with nerve symptoms are asked
about nitrous oxide and treated the same day, get honest information to young people in a way they would
listen to, and cut off the easy supply from local shops.
"""),
        ("evidence", "WHAT HAS CHANGED", """
The emergency department now has a one-page guide: any young person with numbness, tingling or unsteady
walking is asked about nitrous oxide, has B12 and related blood tests, and if there is any suspicion of
nerve damage gets a first B12 injection before they leave and a neurology clinic appointment within a
week. Referral to Youthline's drug and alcohol workers is offered at the same time.

<<Q:The median time from a young person first attending with symptoms to starting B12 treatment came down
from nine days in 2022 to the same day in 2024.>> <<Q:Of the young people seen in neurology clinic with
nitrous oxide nerve damage, those still unable to walk without help at three months fell from 6 of 11 in
2022 to 2 of 13 in 2024.>>

Trading standards and the police visited 38 shops in 2023 and 2024. Four were prosecuted and the rest
agreed to stop selling large canisters. Youthline has had 96 referrals from the emergency department and
the neurology clinic since the guide started.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:We asked young people at Youthline's drop-in what they actually knew about nitrous oxide, and they
were blunt: posters from the council would be laughed at, and 'just say no' messages were pointless
because everyone they knew used it.>> <<P:A group of eight of them made the short videos we now use on
social media, in their own words, and insisted that they should be about what to look out for in your
legs and what to do, not about whether to use.>> <<P:The young man who had ended up in a wheelchair, and
his mum, agreed to work with the group, and it was his idea to put the symptoms on a card the size of a
bank card that fits in a phone case.>>

All of Youthline's youth workers were trained by the neurology nurse specialist. Police officers on the
neighbourhood teams were briefed on the health risks. The emergency department guide was sent to all
doctors and nurses in the department. We sent a survey to school staff about the resources and the
response was good, so no changes were made. We plan to set up a practitioners' group across all partners
next year.
"""),
        ("value", "VALUE", """
The whole programme has cost about £22,000, mostly for the videos and the cards, paid from the community
safety budget. B12 injections cost a few pounds. A young person left with permanent nerve damage may never
work and may need care for life. Young people tell us the videos are the first thing about drugs they
have actually watched to the end.
"""),
        ("spread", "SPREAD", """
The emergency department guide has been shared with the other two hospitals in the county. Eastmarch
Police have taken the shop visits approach to the other three districts in the force area. We have shared
the videos, free, with any council or youth service that asks, and eleven have so far.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I644  anti-D for rhesus-negative women who bleed in early pregnancy - docx -
#       form table - early pregnancy unit sister, plain - acute trust with the
#       ambulance service and a GP federation - women and staff involved - no
#       quantitative evidence (doses given, a single audit figure, a zero with
#       no earlier figure)
# ---------------------------------------------------------------------------
entry(
    id="I644", format="docx", layout="form_table", topic="anti_d_early_pregnancy_bleeding",
    project="independent41-antidontime-644", docx_font="Calibri",
    title="Anti-D on Time: protecting rhesus-negative women who bleed in early pregnancy",
    cover_table=[
        ("Award category", "Best Partnership Solution Improving Patient Safety"),
        ("Project title", "Anti-D on Time: protecting rhesus-negative women who bleed in early pregnancy"),
        ("Lead organisation", "Rivenhall Hospitals NHS Trust, Early Pregnancy Assessment Unit"),
        ("Partner organisation(s)", "Northwold Ambulance Service NHS Trust; Rivenhall and District GP Federation"),
        ("Lead contact", "Senior Sister, Early Pregnancy Assessment Unit"),
        ("Project start date", "March 2023"),
    ],
    primary_entrant=dict(name="Rivenhall Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Northwold Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Rivenhall and District GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Background: why was the partnership needed, and what were the patient safety goals?", """
Around one in six women has a blood group that is rhesus negative. If a rhesus-negative woman carries a
rhesus-positive baby and some of the baby's blood gets into hers, her body can make antibodies. In a
later pregnancy those antibodies can attack the baby's red blood cells, causing severe anaemia, heart
failure and sometimes stillbirth. An injection of anti-D immunoglobulin, given within 72 hours of a
bleed, prevents this.

After 12 weeks of pregnancy, a rhesus-negative woman who bleeds should be offered anti-D. Before 12 weeks
it is needed in some situations, such as a miscarriage that is managed surgically or an ectopic
pregnancy. Most women who bleed in early pregnancy in Rivenhall are not seen in our Early Pregnancy
Assessment Unit (EPAU) first. They ring their GP, call NHS 111 or 999, or go to the emergency department
at night. Many do not know their blood group, and at the time the paper hand-held maternity notes were
often not yet issued.

In 2022 we found through incident reports and a review of new antibody cases that women had been missing
anti-D after bleeds seen outside the unit. A woman who had bled at 16 weeks was reassured over the phone
by an out-of-hours service and nobody checked her blood group. She developed antibodies and her next
pregnancy needed intrauterine transfusions at a specialist centre. In another case a woman seen by an
ambulance crew after a heavy bleed at 14 weeks was left at home with advice to ring her GP, and by the
time she was seen the 72 hours had passed.

The aim was that every rhesus-negative woman who bleeds after 12 weeks, or who needs anti-D before 12
weeks, gets it within 72 hours, wherever she first asks for help.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since March 2023 GPs and ambulance crews who see a woman bleeding in pregnancy use a simple question: 'Is
she more than 12 weeks, or is she having surgery or treatment for an ectopic?' If yes, she is booked
directly into a daily anti-D slot at the EPAU through a shared referral line, whether or not she needs to
be seen for anything else. The EPAU checks her blood group, gives anti-D where needed and records it in
the maternity system so the community midwife can see it. Women who cannot come in are visited at home
by a community midwife with the anti-D.

In the first 18 months, 1,047 women were referred through the shared line and 196 were given anti-D,
including 23 who were visited at home. An audit of 120 referrals in early 2024 found that anti-D was
given within 72 hours in 94% of the women who needed it. There have been no new cases of antibodies
linked to a missed dose in a woman first seen by a partner service since the pathway started.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:We worked with women from the Rivenhall Miscarriage and Early Loss Support Group, several of whom
had been through a bleed in pregnancy themselves, and they told us that being sent to sit in the
emergency department for an injection after a miscarriage was awful.>> <<P:Because of what they said,
the daily anti-D slot is held in a quiet room at the EPAU and not in the department, and they wrote the
short text message that women now receive explaining why the injection matters.>>

<<S:Paramedics from Northwold took part in two design sessions and asked for the question to be short
enough to remember in the back of an ambulance, which is why it is one sentence.>> <<S:GP receptionists
at the federation's practices told us that women often phone rather than book, so the receptionists now
use a prompt on their call screen, which they helped word.>> <<S:EPAU nurses suggested the home visit
option for women with childcare problems after they noticed that several women booked into the slot did
not come.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
A dose of anti-D costs around £30. Caring for a pregnancy affected by antibodies costs many thousands of
pounds, with specialist scans, transfusions before birth and often a neonatal unit admission, and some
babies do not survive. The shared referral line is run within existing EPAU staffing. Women say that
being able to come to a quiet room at a fixed time feels much better than waiting in the emergency
department. Paramedics and GPs say they now know exactly what to do.
"""),
        ("spread", "How has the work been shared and spread?", """
Northwold Ambulance Service has added the question to its maternity guidance for all crews across the
region. The pathway has been shared with the local maternity and neonatal system and a neighbouring
trust has started a similar daily slot. We presented the work to the regional transfusion committee.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I645  child sexual exploitation spotted in sexual health clinics - docx -
#       no headings - long - named safeguarding lead nurse, first person,
#       reflective - community trust sexual health service with the police,
#       council children's social care and a youth charity - young people, a
#       peer mentor and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I645", format="docx", layout="no_headings", topic="cse_sexual_health_clinics",
    project="independent41-seeme-645", docx_font="Georgia",
    title="See Me, Ask Me: spotting sexual exploitation of young people who come to sexual health clinics",
    cover=[
        "Ellerby Community Health NHS Trust, Integrated Sexual Health Service (lead)",
        "With Ellerby and Marsh Constabulary, Ellerby City Council Children's Social Care and Safe Harbour Ellerby",
        "Written by Joanne Pryce, Named Nurse for Safeguarding Children, Sexual Health",
    ],
    primary_entrant=dict(name="Ellerby Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Ellerby and Marsh Constabulary", type="emergency_service"),
        dict(name="Ellerby City Council", type="local_authority"),
        dict(name="Safe Harbour Ellerby", type="charity"),
    ],
    sections=[
        ("context", None, """
I have been the named nurse for safeguarding children in our sexual health service for six years. Our
clinics see around 2,300 young people under 18 every year, some as young as 13, for contraception,
testing, emergency contraception and pregnancy advice. For many of them we are the only health service
they will come to on their own. That makes us one of the few places where a young person who is being
sexually exploited might be seen by a professional without the person controlling them in the room.

In 2021 a serious case review in Ellerby looked at the exploitation of a 15-year-old girl over nearly two
years by a group of adult men. She had been to our clinics eleven times in that period. She had had
emergency contraception six times, two sexually transmitted infections and a termination. Each time she
was seen by a different nurse or doctor, and each time she was asked the risk questions on our
proforma. Most of the time she said no to everything. Twice the clinician had a bad feeling and made a
referral to children's social care, but the referral did not meet the threshold on its own and nobody
put the two together. The police were investigating one of the men for something else and had no idea
she was attending a health service at all.

Reading that review was one of the hardest things I have done in this job, because every one of those
clinicians was doing what we had asked them to do. The problem was the way we were asking, and what
happened to the answers.

Our proforma was a list of yes or no questions, written for adults, and young people learnt very quickly
which answers made the nurse go quiet and which made the appointment go on for another hour. Our records
did not show patterns over time unless someone went looking. Our referrals went to the children's social
care front door with nothing to say whether the police or anyone else had concerns about the same young
person. And there was no one in the room who the young person already trusted.

In 2022 we set up See Me, Ask Me with the police, children's social care and Safe Harbour, the local
charity that works with young people at risk of exploitation. It changed four things. We replaced the
proforma with a conversation guide, written with young people, that starts with what is going on in
their life rather than a list of risks. Our record system now flags any young person under 18 who has
had three or more emergency contraception, STI or pregnancy-related attendances in a year, and that flag
goes to the safeguarding team for review within a week. We hold a fortnightly meeting with a named
police officer from the exploitation team, a social worker from the council's exploitation hub and a
Safe Harbour worker, where we share what we know about the young people who have been flagged. And Safe
Harbour workers now sit in two of our young people's clinics every week, so that a young person can be
introduced to someone there and then, not given a phone number.
"""),
        ("evidence", None, """
Measuring this is difficult, and I do not want to pretend that numbers tell the whole story. Young
people do not always tell you what is happening, and sometimes they tell you months later. But we have
tried to look at the things we can count, comparing 2021 with 2024.

<<Q:The proportion of under-18 attendances where the full conversation guide was recorded rose from 46%
in 2021, when it was the old proforma, to 97% in 2024.>> <<Q:The median time from a young person being
identified as at risk in clinic to a multi-agency strategy discussion fell from six days to one
day.>> <<Q:Young people identified as at risk who were lost to contact after their first clinic visit
went down from 38% to 9%, which we put down mainly to the Safe Harbour workers being there in
person.>>

Since the fortnightly meeting started, 212 young people have been discussed. Information we shared at
the meeting has contributed to four police investigations into adults who were exploiting young people,
and two men have been convicted.

I can give one example, with the young person's permission and some details changed. A 14-year-old
boy came to one of our drop-in clinics in 2023 asking for a test. Under the old proforma he would have
been asked whether anyone was forcing him to have sex, would have said no, and would have left with his
test. Using the conversation guide, the nurse asked him what a normal week looked like, and he talked
about a man who let him and his friends stay in a flat and gave them vapes and money for food. The
pattern flag showed he had been to a different clinic twice before under a different name. He met the
Safe Harbour worker in the clinic that afternoon, his case was discussed at the next fortnightly
meeting, and the police found that the same flat was linked to two other boys. All three are now
working with Safe Harbour, and the man has been charged.

I do not want to suggest that every story ends like that. Some young people we are worried about still
do not want our help, and we cannot make them take it. But we now know about them, the right people
are talking to each other, and the door stays open.

What the numbers do not show is how the conversations in the room have changed. Our nurses tell me that
young people talk to them in a completely different way when the first question is 'what's a normal
week like for you?' rather than 'is anyone forcing you to have sex?'.
"""),
        ("stakeholders", None, """
I said above that the conversation guide was written with young people, and I want to explain how,
because it was the part of this work that surprised me most.

<<P:Safe Harbour runs a young people's advisory group for 14 to 19-year-olds, most of whom have been
exploited or been at risk, and six of them met with us on four Saturday mornings in 2022.>> <<P:They
went through our old proforma line by line and told us which questions made them lie, and why.>> <<P:One
girl said that the question about an 'older boyfriend' was useless, because nobody she knew would call
the man a boyfriend, and so the guide now asks about anyone who gives them things, lifts or places to
stay.>> <<P:The group also chose the name See Me, Ask Me, and designed the small card with the Safe
Harbour number that is now given out in every young people's clinic.>>

<<PS:Safe Harbour's peer mentor, a young woman in her twenties who was exploited as a teenager and is now
employed by the charity, co-led the sessions with me and helped write the training for our staff.>> <<PS:She
is still part of the project group.>>

<<S:Our nurses and health advisers tried out the first version of the guide for two months in three
clinics and told us it was too long for a drop-in appointment, so we cut it down and made some of the
questions optional depending on what the young person says.>> <<S:The receptionists said that young
people often gave a false name and date of birth at the desk, which broke the pattern flag, and they
helped us change the booking process so that a young person can use a clinic number that stays the same
at every visit.>> <<S:Police officers from the exploitation team and the council's exploitation hub
social workers agreed the information sharing rules for the fortnightly meeting with our Caldicott
guardian, and asked to add a short 'what we are worried about' summary for each young person, which we
now use.>>

We also learnt things we had not expected. <<S:The police officers told us that the most useful
information we have is often the most ordinary, such as a young person turning up with a different adult
each time, or with a phone they cannot afford, or in a taxi at two in the afternoon on a school day, and
these are now in the conversation guide as things to notice and write down.>> Our clinicians had not
thought of them as important before.
"""),
        ("value", None, """
The Safe Harbour workers in our clinics are funded by the council as part of its exploitation strategy,
at about £48,000 a year for the two sessions a week and the fortnightly meeting. Our own costs were
staff time for training and for the safeguarding team to review the flags, about one day a week of a
specialist nurse's time. Set against the cost of long-term care for a young person who is exploited,
and the lifelong harm to them, this is very small.

For staff it has made a huge difference. Before, a nurse who had a bad feeling about a young person
often went home worrying and did not know whether anything had happened with their referral. Now they
know it will be looked at within a week, with the police and social care in the same room, and they get
told what happened. Young people tell the Safe Harbour workers that the clinic is a place where they
feel listened to.
"""),
        ("spread", None, """
We have shared the conversation guide with the national sexual health safeguarding network and it has
been used by two other integrated sexual health services. The pattern flag has been built into the
latest version of the record system used by sexual health services across the region, which means other
services can switch it on. Ellerby and Marsh Constabulary have started a similar fortnightly meeting
with the emergency departments in the force area, using the same information sharing agreement. Safe
Harbour has presented the work with the advisory group at a national conference on child exploitation,
and two of the young people spoke alongside them.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I646  expressed breast milk given to the wrong baby on a neonatal unit -
#       pdf (via Word) - style headings - neonatal matron, formal -
#       departments of ONE trust (neonatal unit, infant feeding, digital
#       services, estates) described as partners, no partner organisation
#       (ineligible) - staff involved - no patient involvement (parents shown
#       the labels, given a leaflet, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I646", format="pdf", layout="style_headings", topic="expressed_breast_milk_wrong_baby",
    project="independent41-rightmilk-646", render_via="soffice", docx_font="Liberation Sans",
    title="Right Milk, Right Baby: preventing expressed breast milk errors on the neonatal unit",
    cover=[
        "Thornleigh Hospitals NHS Foundation Trust",
        "A partnership between the Neonatal Intensive Care Unit, the Infant Feeding Team, Digital Services and Estates and Facilities",
        "Submitted by the Matron for Neonatal Services",
    ],
    primary_entrant=dict(name="Thornleigh Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Background and aims", """
Thornleigh's neonatal unit has 32 cots, including 10 intensive care cots, and admits around 650 babies a
year. Almost all of them are fed their own mother's expressed breast milk, by tube at first, and some
are given donor milk. Mothers express at the cotside, in the expressing room or at home, and the milk is
labelled and stored in fridges and freezers on the unit until it is needed. On a busy day nurses make up
more than 300 feeds.

Giving a baby another mother's milk is a serious incident. It carries a small risk of passing on
infections such as HIV, hepatitis B and C and cytomegalovirus, it means the baby has missed a feed of
its own mother's milk, and it is deeply upsetting for both families. The baby and mother may need blood
tests and follow-up, and the other mother has to be told that her milk was given to someone else's
baby.

In 2022 the unit reported 14 incidents of milk being given to the wrong baby or nearly given. Our
reviews found handwritten labels that were hard to read, twins and babies with similar surnames in the
same room, bottles put back into the wrong baby's box in the fridge, and defrosting milk left on the side
without a label. The milk fridges were shared between rooms and the temperature alarm had not worked for
months. The checks at the cotside depended on two nurses comparing a label with a cot card, often during
a night shift with one nurse covering four babies.

In 2023 the unit, the infant feeding team, digital services and estates set up the Right Milk, Right
Baby project. It introduced printed barcode labels for every bottle and syringe of milk, a handheld
scanner at each cot that checks the milk against the baby's wristband before a feed, separate locked
fridge drawers for each baby with the baby's label on the front, and a dedicated milk room with a
milk assistant on day shifts.
"""),
        ("evidence", "Results", """
The barcode system went live in all rooms in June 2023, after a three-month pilot in the special care
room.

<<Q:Incidents of milk given to the wrong baby, or nearly given, fell from 14 in 2022 to 2 in 2024.>>
<<Q:In our monthly spot checks of the fridges, the share of bottles with an incomplete or handwritten
label went down from 23% to 3%.>> Both incidents in 2024 happened when the scanner was not used, and in
both cases the milk was from donor stock rather than another mother.

Nurses have scanned more than 190,000 feeds since the system started. The scanner gives an alert if the
milk has been out of the fridge for longer than allowed, and this has happened around 40 times a month.
"""),
        ("stakeholders", "Involving staff and families", """
<<S:Neonatal nurses from every room tested three different handheld scanners during the pilot and chose
the one that could be cleaned with the unit's wipes without damaging it.>> <<S:Night staff pointed out
that printing labels from the central printer meant walking away from the cot, so digital services
installed small label printers in each room.>> <<S:The infant feeding team and the milk assistants
redesigned the fridge layout after the milk assistants said that the shared shelves were the main place
where bottles ended up in the wrong box.>> <<S:Estates engineers worked with the nurses to agree where
the temperature alarms should sound, and moved them to the nurses' station after the first alarm went
unheard in the milk room.>>

Parents are shown how the labels and scanning work when their baby is admitted, and a leaflet explains
why each bottle must be labelled. We asked parents in our annual family survey about the new labels and
they were positive, so we did not make any changes. We would like to involve the unit's parent advisory
group in the next version of the leaflet.
"""),
        ("value", "Value for money", """
The scanners, printers and software cost about £41,000, and the locked fridge drawers about £9,000. The
milk assistant post is funded by the neonatal unit. Each milk error involves blood tests for two
families, investigation time and, above all, great distress to parents at an already frightening time.
Nurses say the scanning takes a few seconds and they feel much more confident, especially at night.
"""),
        ("spread", "Sharing the learning", """
The barcode labelling has been extended to the trust's postnatal ward, where mothers of babies in
transitional care express milk. We have presented the project at the regional neonatal operational
delivery network, and two other units have visited to see the milk room.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I647  private pregnancy scan studios and women with reduced movements or a
#       worrying finding - pdf - bullet lists with a declaration at the end -
#       PRIVATE scanning company as primary entrant, with the acute trust's
#       maternity triage and fetal medicine and a baby loss charity
#       (ineligible) - clinical director, upbeat - bereaved parents involved -
#       no staff involvement (sonographers trained, triage midwives told, a
#       survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I647", format="pdf", layout="bullet_lists", topic="private_pregnancy_scan_escalation",
    project="independent41-straighttotriage-647", pdf_font="DejaVuSans", pdf_align="L",
    title="Straight to Triage: safe escalation from private pregnancy scan studios to NHS maternity care",
    cover=[
        "Submitted by First Glimpse Pregnancy Scanning Ltd (nine scan studios across Brockhurst and the surrounding counties)",
        "In partnership with Brockhurst University Hospitals NHS Trust (Maternity Triage and Fetal Medicine) and Brockhurst Baby Loss Support (registered charity)",
        "Contact: Clinical Director, First Glimpse Pregnancy Scanning Ltd",
    ],
    primary_entrant=dict(name="First Glimpse Pregnancy Scanning Ltd", type="private"),
    partners=[
        dict(name="Brockhurst University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Brockhurst Baby Loss Support", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
First Glimpse offers private pregnancy scans: early reassurance scans, gender scans and 3D or 4D
'bonding' scans. About 11,000 women a year come to our studios. Most scans are happy occasions. But some
women come to us because they are worried, most often because their baby is moving less, and they would
rather pay for a scan than 'bother' the hospital. And sometimes our sonographers see something that is
not right.

What we found in 2022:

- women with reduced movements were being scanned, told the heartbeat was fine and sent home, when national guidance says they should be assessed by a maternity unit the same day

- when a sonographer saw a concern, such as very little fluid around the baby or a baby that looked small, the woman was told to 'contact your midwife', often on a Saturday afternoon

- there was no way for our studios to refer to, or even phone, the hospital's maternity triage

- in the summer of 2022 a woman who came to a studio at 36 weeks because her baby was quieter was reassured after seeing a heartbeat; her baby was stillborn three days later

What Straight to Triage does, since April 2023:

- every woman over 24 weeks is asked at booking whether she has any worries about her baby's movements, and anyone who says yes is told before the scan that she must also be seen at triage

- if she has reduced movements, or the sonographer has any concern, the studio rings a dedicated line at Brockhurst maternity triage and sends the scan images and report securely

- triage gives the woman a time to come in, usually within two hours, and she leaves the studio with a printed referral

- no woman is told she is 'fine' on the basis of a heartbeat alone
"""),
        ("evidence", "Results", """
We compared April 2022 to March 2023 with April 2023 to March 2024.

- <<Q:women with reduced movements scanned in our studios who were seen at maternity triage the same day rose from 22% to 94%>>

- <<Q:the median time from a sonographer finding a concern to the woman being assessed at triage fell from 19 hours to 2 hours>>

- 468 women were referred through the dedicated line in the year, and 61 were admitted or had their baby delivered early

- triage midwives say that the images sent from the studio mean they know what to look for before the woman arrives
"""),
        ("stakeholders", "Who was involved", """
- <<P:Brockhurst Baby Loss Support brought together seven bereaved parents, including the parents of the baby who died in 2022, who told us that a private scan had felt more 'real' to them than a call to triage>>

- <<P:those parents wrote the words our receptionists now use at booking, because they said 'please also contact your maternity unit' sounded like an optional extra>>

- <<P:one mother asked that women should not leave the studio without a printed referral in their hand, and that is now our rule>>

- all 34 of our sonographers were trained in the reduced movements guidance by a fetal medicine midwife

- triage midwives were told about the dedicated line through the trust's maternity bulletin

- we surveyed our studio managers after six months and they were happy with the process, so nothing was changed

- we plan to set up a joint review group with triage midwives to look at every referral that leads to admission
"""),
        ("value", "Value", """
- the dedicated line and secure image sending were set up at our cost, about £14,000, and there is no charge to the trust or to women

- each stillbirth avoided is a family spared the worst thing that can happen to them

- women tell us they trust the studio more because we are honest with them
"""),
        ("spread", "Spread", """
- the same arrangement has been agreed with the two other maternity units our studios refer to

- we have shared our booking question and referral form with the trade association for private scan providers

- the local maternity and neonatal system is asking other private scan companies in the area to sign up to the same route
"""),
    ],
    trailer=[
        ("heading", "Declaration"),
        ("para", "I confirm that the information in this entry is accurate and that the partner organisations named above have agreed to its submission. Clinical Director, First Glimpse Pregnancy Scanning Ltd."),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I648  testing after gestational diabetes - docx - rubric headings with a
#       cover table - ICB programme manager, formal - ICB with the acute
#       trust's antenatal diabetes team and a GP federation - staff involved -
#       no patient involvement (women sent texts and letters, a survey that
#       changed nothing, the patient panel updated, a plan) - no quantitative
#       evidence (women coded and tested, single figures, no comparison yet)
# ---------------------------------------------------------------------------
entry(
    id="I648", format="docx", layout="rubric_headings", topic="gestational_diabetes_postnatal_testing",
    project="independent41-aftergdm-648", docx_font="Cambria",
    title="After the Bump: annual diabetes testing for women who had gestational diabetes",
    cover_table=[
        ("Entry title", "After the Bump: annual diabetes testing for women who had gestational diabetes"),
        ("Lead organisation", "NHS Coldridge and Wend Integrated Care Board"),
        ("Partner organisations", "Coldridge Royal Hospitals NHS Trust (Antenatal Diabetes Team); Wend Valley GP Federation"),
        ("Submitted by", "Programme Manager, Long Term Conditions and Maternity"),
        ("Region", "Midlands"),
    ],
    primary_entrant=dict(name="NHS Coldridge and Wend Integrated Care Board", type="icb"),
    partners=[
        dict(name="Coldridge Royal Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Wend Valley GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "The context in which the partnership was needed, the product or service, and its patient safety goals", """
Gestational diabetes affects around one in twenty pregnancies in Coldridge and Wend and the number is
rising. Most women's blood sugar returns to normal after the birth, but they remain at high risk: around
half will develop type 2 diabetes within ten years, often without symptoms. National guidance is that
they should have a blood test (HbA1c) around 13 weeks after birth and then every year.

In 2022 the ICB reviewed what happened to women after a pregnancy with gestational diabetes. The hospital
diabetes midwives stopped seeing women at the birth. The discharge letter asked the GP to arrange the
test, but the diagnosis was often not coded in the GP record, so there was nothing to prompt a recall.
Community midwives and health visitors did not see it as their job. Many women had no idea they needed
a test, and assumed the diabetes had gone away for good.

The review also found women who had gone into a second pregnancy with undiagnosed type 2 diabetes, which
carries a much higher risk of miscarriage, birth defects and stillbirth than gestational diabetes
diagnosed later in pregnancy. Two such cases were reviewed by the local maternity and neonatal system in
2022, one of which ended in a late miscarriage.

The partnership's goals were to make sure every woman with gestational diabetes is coded in her GP record
before she leaves hospital, is tested at 13 weeks and then every year, and that any woman found to have
type 2 diabetes or prediabetes is offered treatment or the diabetes prevention programme before a
further pregnancy.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
From January 2023 the antenatal diabetes team sends a structured electronic message to the GP practice
when a woman with gestational diabetes gives birth, which codes the diagnosis automatically. The
federation's practices use a shared recall search that books the 13-week test alongside the baby's
immunisations, and then an annual test alongside cervical screening or other reviews.

In 2023 and 2024, 1,286 women were coded through the electronic message. Of the women who gave birth in
2023, 68% had an HbA1c test within six months of the birth. Nineteen women have been diagnosed with type
2 diabetes and 143 with prediabetes through the recall, and all have been offered treatment or the
diabetes prevention programme.

We did not have reliable data on testing rates before the project, because the diagnosis was so often
not coded, so we cannot yet say how much this has changed. The first full annual recall will be measured
in 2025.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The electronic message has been switched on for the ICB's second maternity unit, and the recall search
has been shared with all 74 practices in the ICB area. The local maternity and neonatal system has
written the pathway into its maternity and diabetes plan, and we have shared it with the regional
diabetes clinical network.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The electronic message cost about £12,000 to build. The HbA1c test costs a few pounds. Type 2 diabetes
found early can be managed with diet, exercise and medicines, and prediabetes can often be reversed,
avoiding years of complications. A pregnancy affected by undiagnosed type 2 diabetes can mean a baby
needing neonatal care or a pregnancy lost. Practice staff say the recall search saves them hunting
through letters.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<S:Practice nurses and healthcare assistants from the federation told us that a separate appointment
at 13 weeks would not be attended, and it was their idea to book the test alongside the baby's
immunisations.>> <<S:The hospital's diabetes midwives and the federation's clinical system leads agreed
the wording and codes for the electronic message over three meetings, and tested it on 40 discharges
before it went live.>> <<S:GP summarisers pointed out that the diagnosis was often buried in the
discharge letter, and helped choose the code that now appears on the problem list.>>

Women receive a text message from their practice when their test is due and a letter explaining why it
matters. We sent a questionnaire to women after their 13-week test and the responses were positive, so
we did not change the process. The ICB's patient and public panel was updated on the project. We hope to
work with women who have had gestational diabetes on the next version of the letter.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I649  fathers' tests in antenatal sickle cell and thalassaemia screening -
#       pdf - two column - screening coordinator, plain - acute trust
#       antenatal screening team with a primary care network and a sickle cell
#       and thalassaemia charity - parents and staff involved - NO spread
#       section
# ---------------------------------------------------------------------------
entry(
    id="I649", format="pdf", layout="two_column", topic="antenatal_haemoglobinopathy_father_testing",
    project="independent41-bothparents-649", pdf_font="LiberationSans",
    title="Both Parents, Both Tests: timely screening of fathers in antenatal sickle cell and thalassaemia screening",
    cover=[
        "Lindenfield Hospitals NHS Trust, Antenatal and Newborn Screening Team (lead), working with Lindenfield Central Primary Care Network and Lindenfield Sickle Cell and Thalassaemia Support",
        "Entry by the Antenatal and Newborn Screening Coordinator",
    ],
    primary_entrant=dict(name="Lindenfield Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Lindenfield Central Primary Care Network", type="primary_care"),
        dict(name="Lindenfield Sickle Cell and Thalassaemia Support", type="charity"),
    ],
    sections=[
        ("context", "Why this mattered", """
Every pregnant woman in England is offered a blood test for sickle cell and thalassaemia carrier status.
If she is a carrier, the baby's father should be offered a test as quickly as possible. If both parents
are carriers, there is a one in four chance that the baby will have a serious inherited blood condition,
and the couple should be offered counselling and, if they wish, a diagnostic test in pregnancy. The
national standard is that this is offered by 12 weeks and 6 days, so that couples have time to make
decisions.

Lindenfield has a very diverse population and one of the highest rates of carriers in the region. We
identify around 420 carrier women each year. The father's test was the weak point. Fathers were asked
to go to their own GP for the blood test, but the GP practice often did not know what test to request,
the father was not registered, or the sample arrived at the laboratory without the mother's details and
could not be linked. Some fathers were never tested at all. In 2022 two babies were born with sickle
cell disease to couples who had never been offered counselling, because the fathers' results were not
available until after 20 weeks.

From 2023 fathers can have their blood taken at the same visit as the mother's booking appointment, or
at any of the four PCN hub clinics on a walk-in basis, using a pre-printed request form that links
their sample to the mother's. The screening team phones any father whose sample has not arrived within
five working days.
"""),
        ("evidence", "Evidence of improvement", """
We compared the year before the changes (2022) with the year after (2024), using the screening team's
database and the national screening programme's quarterly data.

<<Q:The proportion of carrier women whose partner's result was available within ten working days rose
from 52% to 90%.>> <<Q:At-risk couples offered prenatal diagnosis by 12 weeks and 6 days went up from
41% to 78%.>> <<Q:Fathers of babies of carrier women who were never tested at all fell from 17% to
4%.>>

The PCN hub clinics took 188 fathers' samples in 2024.
"""),
        ("stakeholders", "Who was involved", """
<<P:Parents from Lindenfield Sickle Cell and Thalassaemia Support, including couples who had a child
with sickle cell disease, met with the screening team four times and told us that many fathers thought
the test was for the mother only or were worried it was about paternity.>> <<P:They wrote a short
leaflet and a video for fathers in English, Somali, Bengali and Yoruba, and suggested that fathers
should be offered the test at the booking appointment if they came along.>>

<<S:Screening midwives and phlebotomists agreed to take fathers' blood at booking after trying it for a
month in two clinics and finding it added only five minutes.>> <<S:PCN healthcare assistants and
receptionists helped design the pre-printed form after telling us they often did not know which test
to request.>> <<S:Laboratory staff suggested adding the mother's hospital number to the father's form,
which means the two results can be matched automatically.>>
"""),
        ("value", "Value and experience", """
Taking the father's blood at booking costs almost nothing extra. A baby born with sickle cell disease
or thalassaemia major needs lifelong care, and parents who were not given the choice of counselling in
pregnancy have told us how hard that was. Midwives say they spend much less time chasing results, and
fathers say the walk-in clinics fit around work.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I650  ectopic pregnancy missed at first contact - pdf - numbered questions
#       with an appendix - consultant gynaecologist, measured - acute trust
#       with the ambulance service (999 and NHS 111), a primary care network
#       and a university simulation centre - staff involved - no patient
#       involvement (women given a card, a charity's leaflet used, women sent a
#       survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I650", format="pdf", layout="numbered_questions", topic="ectopic_pregnancy_missed_first_contact",
    project="independent41-thinkectopic-650", pdf_font="LiberationSerif",
    title="Think Ectopic: earlier recognition of ectopic pregnancy by GPs, NHS 111 and ambulance crews",
    cover=[
        "Lead entrant: Hawkmoor University Hospitals NHS Foundation Trust (Gynaecology and Early Pregnancy Service)",
        "Partner organisations: Hawkmoor and Fell Ambulance Service NHS Trust (999 and NHS 111); Hawkmoor South Primary Care Network; University of Hawkmoor (Clinical Skills and Simulation Centre)",
        "Entry prepared by a Consultant Gynaecologist and the Early Pregnancy Lead Nurse",
    ],
    primary_entrant=dict(name="Hawkmoor University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Hawkmoor and Fell Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Hawkmoor South Primary Care Network", type="primary_care"),
        dict(name="University of Hawkmoor", type="university"),
    ],
    sections=[
        ("context", "1. Why was the partnership needed, and what were its safety goals?", """
An ectopic pregnancy is one that grows outside the womb, usually in a fallopian tube. It affects about
one pregnancy in ninety. If it is not recognised, the tube can rupture and cause severe internal
bleeding, and ectopic pregnancy remains a cause of maternal death in the UK. Many women who die or
nearly die have seen a health professional beforehand, often more than once, and have been diagnosed
with something else.

The symptoms can be confusing. Many women do not know they are pregnant. The pain may be mild or on
one side, and some women have diarrhoea, shoulder tip pain or fainting rather than bleeding. Women are
often treated for a urine infection, gastroenteritis or irritable bowel, particularly when no pregnancy
test is done.

We looked back at every woman treated for ectopic pregnancy at Hawkmoor in 2021 and 2022, 241 women in
all. Over a third had contacted a health professional at least once about their symptoms before the
contact that led to the diagnosis. The most common first contacts were NHS 111, their GP and the
ambulance service. In most of the missed cases no pregnancy test was done or asked about. In 2022 a
woman of 24 was treated by her GP for a urine infection, called NHS 111 two days later with abdominal
pain and was advised to take painkillers, and was brought in by ambulance the next night with a
ruptured tube and a very large blood loss. She survived after emergency surgery and a transfusion of
eight units of blood.

Looking at these cases as a group told us something that individual incident reviews had not. Each
service, taken on its own, had a reasonable explanation. The GP had seen a woman with urinary symptoms
and a positive dipstick. The NHS 111 call had followed the algorithm for abdominal pain, which at the
time only asked about pregnancy if the caller mentioned a missed period. The ambulance crew had no
pregnancy test in their kit and the woman had said she 'could not be' pregnant. Nobody did anything
obviously wrong, and yet the same woman passed through three services in three days without anyone
thinking of the one diagnosis that could kill her.

We also found that when a GP or paramedic did suspect an ectopic pregnancy, getting the woman seen was
not easy. Our early pregnancy unit took referrals by fax or email from GPs only, in office hours, and
gave appointments for the next day or later. Ambulance crews had no route in at all and took women to
the emergency department, where they often waited for several hours for a gynaecology review, and some
were sent home with an appointment for a scan two days later. Women who rang NHS 111 at the weekend were
usually told to contact their GP on Monday.

The University of Hawkmoor trains most of the paramedics and many of the doctors who work in the area,
and runs a clinical skills and simulation centre. Its lecturers had been looking for a way to teach
students about rare but dangerous conditions that they might not see during their placements, and
ectopic pregnancy was at the top of their list.

The partnership was set up in 2023 with one goal: every woman of childbearing age with abdominal pain,
bleeding, fainting or shoulder tip pain is asked about pregnancy and, where possible, has a pregnancy
test at first contact, and if the test is positive she is assessed by the early pregnancy service the
same day.
"""),
        ("evidence", "2. What evidence is there of improvements in safe care as a direct result of the partnership?", """
The work had three parts. NHS 111 and 999 call handlers now have a prompt in their clinical software that
asks about a possible pregnancy for any woman aged 13 to 50 with these symptoms, and a positive answer
routes the call to a clinician. GP practices in the PCN and ambulance crews carry urine pregnancy tests
and have a 'Think Ectopic' card. And the early pregnancy unit has a direct phone line that any of the
partners can use to book a same-day assessment, from 8am to 8pm seven days a week, with the
gynaecology registrar taking calls overnight.

We compared the 241 women diagnosed in 2021 and 2022 with the 236 diagnosed in 2023 and 2024.

<<Q:Women who had contacted a health professional about their symptoms at least once before the
contact that led to diagnosis fell from 36% to 19%.>> <<Q:Women whose tube had already ruptured when they
reached hospital went down from 41% to 22%.>> <<Q:Women who needed a blood transfusion fell from 31 to
14.>> <<Q:The median time from first contact with any partner to an early pregnancy scan fell from 31
hours to 6 hours.>>

Ambulance crews recorded a pregnancy test in 2,140 women with abdominal pain in 2024.
"""),
        ("spread", "3. How have the achievements been applied elsewhere and best practice shared?", """
The NHS 111 prompt is part of the clinical decision support used across the whole ambulance trust,
which also covers two other acute trusts, both of which now take calls on their own early pregnancy
lines. The other three PCNs in Hawkmoor have asked to join. The simulation scenario has been shared with
four other universities for their paramedic and medical students. We presented the work at the
national early pregnancy conference in 2024.
"""),
        ("value", "4. What has been the impact on staff and patient experience, and value for money?", """
Urine pregnancy tests cost less than 20p each. A ruptured ectopic pregnancy means emergency surgery,
often a transfusion and several days in hospital, and a risk of death. An ectopic pregnancy found
early can often be treated with medicine or keyhole surgery, and the woman may keep her tube, which
matters for future fertility. The simulation sessions were funded by the university from its teaching
budget.

GPs and paramedics have told us that they feel more confident about a condition they see only rarely.
Women are spared repeated visits, and the pain and fear of an emergency.

The direct phone line has changed the way our own early pregnancy unit works. Nurses used to spend a
large part of each morning sorting emailed referrals and ringing women to offer appointments. Now most
women arrive with the key information already taken by the referrer, and the nurses can spend that time
with women in the unit. The emergency department sees fewer women with early pregnancy problems, which
frees cubicles and avoids long waits in a setting that many women find distressing, particularly when
they are miscarrying.

For the ambulance service, adding pregnancy tests to the kit bag cost about £3,000 a year across the
trust. The NHS 111 prompt was built by the ambulance trust's own clinical systems team at no additional
cost.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<S:Call handlers and clinical advisers from NHS 111 tested the pregnancy prompt on recorded calls and
asked for the question to be worded 'is there any chance you could be pregnant' after finding that
women said no to 'are you pregnant' when they did not know.>> <<S:Paramedics from two stations took part
in simulation sessions at the university, playing through a woman collapsing at home, and asked for
pregnancy tests to be added to the standard kit bag, which the ambulance trust has done.>> <<S:GPs and
practice nurses in the PCN reviewed the anonymised histories of the missed cases with our consultants
and designed the 'Think Ectopic' card for their consulting rooms.>> <<S:Final-year medical and
paramedic students at the university helped write the simulation scenario as part of their patient
safety module, and their feedback changed the order of the scenario.>>

Every woman seen in the early pregnancy unit is given a card explaining the warning signs, based on a
leaflet from a national ectopic pregnancy charity. Women treated for an ectopic pregnancy in 2023 were
sent a questionnaire about their care and most rated it highly, so no changes were made. We plan to
invite women who have had an ectopic pregnancy to review the card in 2025.
"""),
    ],
    trailer=[
        ("heading", "Appendix: data sources and definitions"),
        ("para", "Cases were identified from the early pregnancy unit database and theatre records for all women with a confirmed ectopic pregnancy. Earlier contacts were found by searching NHS 111, ambulance and GP records with the women's consent under the trust's service evaluation approval (reference SE-2023-114)."),
        ("para", "Rupture was defined as a ruptured tube found at surgery or more than 300 ml of blood in the abdomen on scan. Time to scan was measured from the time of the first recorded contact with any partner organisation in the same episode of symptoms."),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I651  paracetamol sales and self-poisoning in young people - docx - bullet
#       lists with cover bullets - LPC chief officer, brisk - LPC with council
#       public health, the mental health trust's children and young people's
#       service and a youth mental health charity - young people and a
#       bereaved mother involved - no staff involvement (counter staff
#       trained, CAMHS clinicians told, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I651", format="docx", layout="bullet_lists", topic="paracetamol_sales_young_people_self_poisoning",
    project="independent41-askfirst-651", docx_font="Verdana",
    title="Ask First: community pharmacies and over-the-counter painkillers for young people",
    cover=[
        "Meresford and District Local Pharmaceutical Committee",
        "Entry for the HSJ Patient Safety Awards, Best Partnership Solution Improving Patient Safety",
    ],
    cover_bullets=[
        "Lead: Meresford and District Local Pharmaceutical Committee (98 community pharmacies)",
        "Partners: Meresford County Council (Public Health); Meresford Partnership NHS Foundation Trust (Children and Young People's Mental Health Service); Headroom Meresford (youth mental health charity)",
        "Contact: Chief Officer, Meresford and District LPC",
    ],
    primary_entrant=dict(name="Meresford and District Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Meresford County Council", type="local_authority"),
        dict(name="Meresford Partnership NHS Foundation Trust", type="nhs_trust"),
        dict(name="Headroom Meresford", type="charity"),
    ],
    sections=[
        ("context", "Background", """
- paracetamol overdose is the most common form of self-poisoning in young people, and young people in Meresford are admitted after self-poisoning at a higher rate than the England average

- in 2022 the council's child death overview panel reviewed the death of a 15-year-old girl who had bought paracetamol from two different shops on the same afternoon

- most young people who take an overdose buy the tablets themselves, often from a pharmacy or supermarket on the way home from school

- pharmacy counter staff were often unsure whether they could refuse to sell to a young person, what to say, and where to send them

- there was no route from a pharmacy to the young people's mental health service or to any other help, other than telling the young person to see their GP

- Ask First started in April 2023: every pharmacy counter has a short script for any young person under 18 buying painkillers, staff can offer a private chat in the consultation room, and the pharmacist can refer the young person, with their agreement, straight to the crisis line of the young people's mental health service or to Headroom's same-day drop-in
"""),
        ("evidence", "Results", """
- <<Q:in test purchases by Headroom's young volunteers, sales where the counter assistant asked a question or offered a chat went up from 35% in early 2023 to 88% in late 2024>>

- <<Q:admissions of 12 to 17-year-olds to Meresford General after a paracetamol overdose fell from 188 in 2022 to 141 in 2024>>

- 316 young people were offered a chat in a consultation room in the first 18 months, and 94 were referred to the crisis line or the drop-in

- we know other things happened over the same time, including a new schools mental health programme, so we do not claim all of the fall is down to pharmacies
"""),
        ("stakeholders", "Involvement", """
- <<P:young people from Headroom's youth board told us what they would and would not respond to at a shop counter, and threw out our first script because it 'sounded like a telling off'>>

- <<P:they rewrote it themselves, starting with 'Are you OK? You can talk to the pharmacist in private if you want', which is the line every pharmacy now uses>>

- <<P:the mother of the girl who died in 2022 worked with the youth board on the poster for the consultation room door, and chose the photo>>

- <<P:Headroom's young volunteers carry out the test purchases, and they suggested adding a second visit to the same pharmacy a week later to check the script was still being used>>

- counter staff in all 98 pharmacies completed the LPC's e-learning on the script

- CAMHS crisis line clinicians were told about the new referral route at a team meeting

- we surveyed pharmacy teams after six months and most said the script was easy to use, so it was not changed

- we plan to set up a pharmacists' reference group with the mental health trust in 2025
"""),
        ("value", "Value", """
- the e-learning, posters and scripts cost about £7,500, paid by the council's suicide prevention budget

- pharmacies are not paid extra for the chats, and most said they were happy to do it

- each admission after a paracetamol overdose in a young person costs at least two nights on a children's ward plus a mental health assessment

- young people say a pharmacy felt less scary than a GP surgery
"""),
        ("spread", "Spread", """
- the script and e-learning have been shared with the other LPCs in the region, and two have started using them

- two supermarket chains in Meresford have agreed to use the same script at their pharmacy counters

- the council has added Ask First to its suicide prevention strategy for 2024 to 2027
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I652  women who decline blood transfusion in maternity care - docx -
#       reordered (evidence first, then context, stakeholders, spread) with a
#       cover table - consultant obstetrician, formal - acute trust maternity
#       with NHS Blood and Transplant and a hospital liaison committee - women
#       and staff involved - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I652", format="docx", layout="reordered", topic="maternity_blood_refusal_planning",
    project="independent41-everyoptionready-652", docx_font="Times New Roman",
    title="Every Option Ready: safer births for women who decline blood transfusion",
    cover_table=[
        ("Title", "Every Option Ready: safer births for women who decline blood transfusion"),
        ("Organisation", "Quarrendon Hospitals NHS Trust, Maternity Services"),
        ("Working with", "NHS Blood and Transplant (Patient Blood Management Team); Quarrendon Hospital Liaison Committee for Jehovah's Witnesses"),
        ("Entry written by", "Consultant Obstetrician and Lead for Patient Blood Management in Maternity"),
    ],
    primary_entrant=dict(name="Quarrendon Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="NHS Blood and Transplant", type="public_other"),
        dict(name="Quarrendon Hospital Liaison Committee for Jehovah's Witnesses", type="patient_group"),
    ],
    sections=[
        ("evidence", "What has improved", """
We compared the two years before the pathway (2020 and 2021, 74 women) with the two years after it was
fully in place (2023 and 2024, 81 women). Figures are from the maternity system, the haematology
database and the theatre cell salvage records.

<<Q:Women who declined blood with a written and signed birth and bleeding plan in their notes by 36 weeks
rose from 38% to 95%.>> <<Q:Women in this group whose anaemia was found and treated before birth, so
that their haemoglobin was above 110 g/l at 36 weeks, went up from 49% to 86%.>> <<Q:Caesarean births
for these women where cell salvage was set up and ready in theatre rose from 44% to 100%.>> <<Q:Admissions
to intensive care after a major haemorrhage in this group fell from five to one.>>

There were no maternal deaths in either period.
"""),
        ("context", "Why the partnership was needed", """
Postpartum haemorrhage is one of the leading causes of serious harm and death in childbirth. For most
women, blood transfusion is part of the safety net. Some women decline blood transfusion for religious
or personal reasons, most commonly women who are Jehovah's Witnesses. In Quarrendon around 40 such women
give birth each year. They are more likely to die or need a hysterectomy if they bleed heavily, because
the usual treatment is not available to them.

The things that make the difference are well known: finding and treating anaemia early in pregnancy,
knowing in advance exactly which blood products and procedures the woman will and will not accept,
having cell salvage (which collects and returns the woman's own blood during surgery) ready, and
calling senior staff early. In our unit these were happening for some women and not for others. Plans
were written on a free-text page in the notes, were often incomplete and were sometimes not seen by the
team on the labour ward. Staff were unsure of the law and felt uncomfortable asking about the detail.
In 2021 a woman who had declined blood had a major haemorrhage after a caesarean birth out of hours;
cell salvage was not set up because the theatre team did not know she had declined, and she needed a
hysterectomy and a long stay in intensive care.

In 2022 we set up a pathway with two partners: NHS Blood and Transplant's patient blood management team,
who helped us design the anaemia and planning parts, and the local Hospital Liaison Committee, a group of
volunteers who support Jehovah's Witness patients and their doctors. Every woman who declines blood is
now seen by a named consultant obstetrician and a consultant anaemia specialist midwife by 20 weeks,
has iron tests and treatment, fills in a detailed checklist of what she will accept, and has an alert on
the labour ward board and the theatre list.
"""),
        ("stakeholders", "Working with women and staff", """
<<P:Women who had given birth in our unit while declining blood met with us, together with members of
the Hospital Liaison Committee, and went through our old plan page, and they told us that questions such
as 'will you accept blood products?' were impossible to answer because it depends on the product.>>
<<P:They helped us write the new checklist, which lists each product and procedure separately with a
short explanation, and asked that it be discussed at 28 weeks and again at 36 weeks in case anything
changed.>> <<P:One woman suggested that the alert on the labour ward board should not say 'refuses
blood' but 'declines blood, see plan', which we agreed was more respectful and has been adopted.>>

<<S:Anaesthetists and theatre practitioners told us that cell salvage was often not set up because the
machine was kept in main theatres, so it is now kept in the maternity theatre, and the operating
department practitioners wrote the set-up checklist.>> <<S:Midwives on the labour ward asked for a
simulation of a major haemorrhage in a woman who declines blood, and they ran the first two sessions
themselves with the obstetric and anaesthetic teams.>> <<S:The patient blood management practitioners
at NHS Blood and Transplant and our haematologists reviewed the iron pathway together and shortened the
time to an iron infusion after they found that women were waiting four weeks for a clinic
appointment.>>
"""),
        ("spread", "Sharing the learning", """
The checklist and pathway have been adopted by both other maternity units in the local maternity and
neonatal system. NHS Blood and Transplant has shared the checklist with its patient blood management
network nationally, and the Hospital Liaison Committee has taken it to committees in other regions. We
presented the work at the regional obstetric anaesthesia meeting in 2024.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I653  babies who miss their newborn hearing screen - pdf - form table -
#       screening programme manager, dry - community trust newborn hearing
#       screening with the acute trust's maternity, neonatal and children's
#       audiology services and a deaf children's charity - parents and staff
#       involved - no quantitative evidence (babies screened and traced, a
#       single coverage figure, no earlier comparison)
# ---------------------------------------------------------------------------
entry(
    id="I653", format="pdf", layout="form_table", topic="newborn_hearing_screen_missed",
    project="independent41-noearmissed-653", pdf_font="DejaVuSans",
    title="No Baby Missed: making sure every baby has a newborn hearing screen in Sandmere",
    cover_table=[
        ("Name of project", "No Baby Missed: making sure every baby has a newborn hearing screen in Sandmere"),
        ("Organisation entering", "Sandmere Community Healthcare NHS Trust, Newborn Hearing Screening Programme"),
        ("Partner organisations", "Sandmere and Coast Hospitals NHS Trust (Maternity, Neonatal Unit and Children's Audiology); Sandmere Deaf Children's Society"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Person completing this form", "Local Screening Manager, Newborn Hearing"),
    ],
    primary_entrant=dict(name="Sandmere Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Sandmere and Coast Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Sandmere Deaf Children's Society", type="charity"),
    ],
    sections=[
        ("context", "Describe the problem and the aims of the partnership", """
Around one or two babies in every thousand are born with a permanent hearing loss. The newborn hearing
screen finds them early, so that they can have hearing aids and support with language before the age
when it matters most. The screen should be done within four weeks of birth, and babies who need a
diagnostic test should be seen by audiology by four weeks of age. Babies on the neonatal unit have a
different screen because they are at higher risk.

Our programme screens around 3,800 babies a year, mostly on the postnatal ward before they go home. The
babies most at risk of being missed are those who go home within a few hours of birth, those born at
home, those who move into the area after birth, and those who spend time on the neonatal unit and are
transferred between hospitals. In 2022 a baby who had been on the neonatal unit at another hospital and
was then transferred to ours was never screened, because each unit thought the other had done it. Her
hearing loss was picked up at 14 months when her parents noticed she was not babbling.

The partnership was set up in 2023 with maternity, the neonatal unit, children's audiology and the
Sandmere Deaf Children's Society. Its aims were that every baby born to a Sandmere mother or moving into
the area is screened or has the screen arranged, that no baby transferred between neonatal units is
missed, and that families who do not attend are followed up.
"""),
        ("evidence", "What evidence is there of improvement?", """
Screeners now check the maternity system every morning for all births in the previous 24 hours,
including home births and babies who went home early, and book an outpatient screen for any baby who
has not had one before going home. Every baby admitted to or transferred from the neonatal unit has a
hearing screen status on the transfer checklist. Babies who miss two appointments are passed to the
health visitor for a home visit by a screener.

In 2024, 3,812 babies were offered screening and 99.3% were screened by four weeks of age. Screeners
found 63 babies who had moved into the area after birth without a screen and arranged one for all of
them. Twenty-two babies transferred between neonatal units were screened on the unit before going home,
and 41 babies who missed appointments were screened at home.

We have not yet compared this with the years before the partnership, because the old system did not
record babies who moved in.
"""),
        ("stakeholders", "How were patients, families and staff involved?", """
<<P:Parents from the Sandmere Deaf Children's Society, some of whose children's deafness had been
found late, told us that the letter inviting families to an outpatient screen read like a routine
reminder, and they rewrote it to explain why the screen matters.>> <<P:They also asked for the
outpatient screen to be offered at children's centres as well as the hospital, and this is now
done.>>

<<S:Neonatal nurses added the hearing screen to the transfer checklist after reviewing the 2022 case
with the screening team.>> <<S:Screeners suggested checking the maternity system every morning
rather than relying on paper lists from the ward, and designed the daily report with the maternity
digital team.>> <<S:Health visitors agreed to tell the screening team about any baby who moves into the
area on their first visit, using a form they helped design.>>
"""),
        ("value", "Describe the impact on patient and staff experience and value for money", """
The changes used existing staff time. A baby whose hearing loss is found late may need years of extra
speech and language support and special educational help, and the loss of language in the first year
cannot be fully made up. Parents tell us they are grateful not to be chased by letter only.
"""),
        ("spread", "How has the work been shared?", """
The transfer checklist has been shared with the regional neonatal network and is being added to all
units' transfer forms. We presented the daily maternity report at the regional screening quality
assurance meeting.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I654  type 1 diabetes technology in primary schools - docx - bold headings
#       - children's diabetes specialist nurse, chatty - acute trust
#       children's diabetes team with council education, the community
#       trust's school nursing and a parents' group - parents and a child
#       involved - no staff involvement (teachers trained, school nurses
#       delivered training, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I654", format="docx", layout="bold_headings", topic="type1_diabetes_technology_primary_schools",
    project="independent41-pumpsatschool-654", docx_font="Calibri",
    title="Safe at School with Type 1: insulin pumps and sensors in primary schools",
    cover=[
        "Lead organisation: Brindlecombe and Tarrow Hospitals NHS Trust, Children's Diabetes Team",
        "Partner organisations: Brindlecombe County Council (Education, Inclusion and SEND); Brindlecombe Community Health NHS Trust (School Nursing); Brindlecombe Type 1 Families (parents' support group)",
        "Written by a Children's Diabetes Specialist Nurse",
    ],
    primary_entrant=dict(name="Brindlecombe and Tarrow Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Brindlecombe County Council", type="local_authority"),
        dict(name="Brindlecombe Community Health NHS Trust", type="nhs_trust"),
        dict(name="Brindlecombe Type 1 Families", type="patient_group"),
    ],
    sections=[
        ("context", "Why we needed to do this", """
Our team looks after about 290 children and young people with type 1 diabetes, and 118 of them are at
primary school. In the last few years the technology has changed beyond recognition. Almost all our
children now wear a sensor that measures their glucose all the time and sends it to a phone, and more
and more have an insulin pump, many of them 'hybrid closed loop' systems that adjust the insulin
automatically. This is brilliant for children, but it moved a lot of the day-to-day decisions into
school, where the people making them are teaching assistants and office staff, not nurses.

What we saw in 2022 worried us. Schools were getting alarms on the phone and not knowing what they
meant. Children were being sent out of class to the office to 'sort their pump' on their own. Carbohydrate
counts for school dinners were guessed. Some schools would not let a child on a trip unless a parent
went too. And there were emergencies: we had children having severe hypos at school needing an
ambulance, and two children who went into diabetic ketoacidosis after their pump cannula came out in the
morning and nobody at school checked for ketones, so they were not picked up until the end of the day.

Every child with diabetes should have an individual healthcare plan at school, but in 2022 many were out
of date and did not mention the child's pump or sensor at all. Training for school staff was done by our
nurses, one school at a time, when we could fit it in, and school nurses were not involved.
"""),
        ("evidence", "What has changed", """
Safe at School started in September 2023. Every child now has a new-style healthcare plan written for
their own device, updated every September and whenever the device changes. School staff who look after a
child with diabetes complete a shared training course, online and then in person with a school nurse,
and are signed off as competent on that child's device. The council's education team made the training
part of its guidance for all schools and funds cover for staff to attend. Each school has a 'hypo box'
and a ketone meter, and a one-page 'what to do' sheet for each alarm.

<<Q:Children with an up-to-date healthcare plan that matched their device at the start of the school
year went from 52% in September 2022 to 100% in September 2024.>> <<Q:Ambulance call-outs to primary
schools for severe hypoglycaemia in our children fell from 14 in the 2021/22 school year to 4 in
2023/24.>> <<Q:Children admitted with ketoacidosis that started during the school day went down from
three to none.>>

So far 486 school staff in 97 schools have completed the training.
"""),
        ("stakeholders", "Who was involved", """
<<P:Parents from Brindlecombe Type 1 Families went through the old healthcare plan with us and told us
it was written for injections and was useless for a child on a closed loop pump, and they helped us
write the new version device by device.>> <<P:Several parents shared screenshots of the alarms their
children's phones actually show, and these are now the pictures used in the 'what to do' sheets.>>
<<P:A ten-year-old boy in the group said the worst thing was being sent to the office on his own when he
felt low, so the plan now says a child with a hypo alarm is never sent anywhere alone.>>

Teaching assistants and office staff in all the schools were trained using the new course. School
nurses delivered the in-person sessions. We surveyed school staff after the first term and they said the
training was useful, so we did not change it. We would like to set up a group of school staff to help
review the sheets when new devices come out.
"""),
        ("value", "Value", """
The training course cost about £9,000 to produce. Ketone meters and hypo boxes cost about £40 per school
and are paid for by the council. An ambulance call-out and an emergency department visit for a severe
hypo costs several hundred pounds, and a ketoacidosis admission usually means two or three days in
hospital, sometimes in high dependency. Children miss less school and parents no longer get called in
every time an alarm goes off.
"""),
        ("spread", "Sharing", """
The healthcare plan templates have been shared through the regional children and young people's
diabetes network, and the council has offered the training to secondary schools and nurseries. Two
neighbouring councils have asked to use the course.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I655  health histories for young people leaving care - pdf - no headings -
#       leaving care service manager, first person - a council on its own
#       (children's services, leaving care team, virtual school, public
#       health) with no partner organisation (ineligible) - care leavers and
#       staff involved
# ---------------------------------------------------------------------------
entry(
    id="I655", format="pdf", layout="no_headings", topic="care_leavers_health_histories",
    project="independent41-mystory-655", pdf_font="LiberationSerif", pdf_align="L",
    title="My Health, My Story: giving young people leaving care their own health history",
    cover=[
        "Hexley Metropolitan Borough Council, Children's Services (Leaving Care Service, with the council's Virtual School and Public Health teams)",
        "By the Leaving Care Service Manager",
    ],
    primary_entrant=dict(name="Hexley Metropolitan Borough Council", type="local_authority"),
    partners=[],
    sections=[
        ("context", None, """
Most young people leave home knowing, or at least able to ask someone, whether they have had their
jabs, whether they are allergic to anything, what medicines they took as a child and whether anything
runs in the family. Young people leaving care often have none of that. They may have lived in several
foster homes and children's homes, moved GP practice many times and had their records split across
different systems. Many have health conditions, including asthma, epilepsy, ADHD and mental health
problems, and some take regular medicines.

We support around 340 care leavers aged 18 to 25 in Hexley. In 2022 two things made us look at this
properly. A young man of 19 who had epilepsy moved into his own flat in a neighbouring town. He did not
register with a GP there, did not know the name of his medicine, ran out and had a prolonged seizure.
And a young woman who was pregnant did not know that she had a serious allergy to penicillin, which was
recorded in a letter on her social care file from when she was eight, but not anywhere she could see.

When we asked our care leavers' forum, most said they had never been given any written information
about their own health. The health assessments done while they were in care were filed away, and the
summary they were supposed to get at 17 or 18 was either not done or was a short letter that nobody
explained.
"""),
        ("evidence", None, """
Since April 2023 every young person in care has a 'My Health, My Story' document started at 16 and
completed with their personal adviser by 18. It is in plain language and covers their health
conditions, medicines, allergies, immunisations, important illnesses and operations, any family health
history we know, and how to register with a GP and order a repeat prescription. The young person keeps
a paper copy and a copy on their phone. Personal advisers help every care leaver register with a GP
within four weeks of moving to a new address.

<<Q:The proportion of young people leaving care at 18 with a written health history rose from 23% in
2022 to 88% in 2024.>> <<Q:Care leavers who were
registered with a GP within four weeks of moving to a new area went up from 61% to 94% over the same
period.>> <<Q:When we asked care leavers in our annual survey whether they knew the names of any
medicines they take regularly, the share who said yes rose from 44% to 83%.>>

Since the project started, 212 young people have received their health history.
"""),
        ("stakeholders", None, """
<<P:The care leavers' forum was part of this from the start, and four of its members, all aged 19 to
22, spent a series of evening sessions with us designing the document.>> <<P:They threw out the first
draft, which they said read like a medical letter, and chose headings in their own words, such as 'Stuff
I'm allergic to' and 'Medicines I take and why'.>> <<P:One young woman asked for a page for things she
might want to tell a GP or a midwife in the future, such as past trauma, without having to explain it
again, and that page is now included and is optional.>> <<P:They also asked for it to be on their phone,
because paper gets lost every time you move, and tested the phone version before it was launched.>>

<<S:Personal advisers said that they did not feel confident talking about health and worried about
getting things wrong, so they worked with our public health nurses to write a short guide and asked for
the health history to be completed in two meetings rather than one.>> <<S:Social workers in the
children in care teams suggested starting the document at 16 instead of 18, so that young people have
time to ask questions before they leave care, and this change was made in the first year.>> <<S:The
virtual school's education advisers pointed out that many young people do not read well and asked for
an audio version, which the forum members then recorded.>>
"""),
        ("value", None, """
The project has used existing staff time in the leaving care service and around £6,000 from the public
health budget for design and printing. The cost of a single emergency admission after a young person
runs out of an epilepsy medicine is far higher. More importantly, young people have something that
belongs to them. One of our care leavers said it was the first time anyone had given her the whole
story of her own body.
"""),
        ("spread", None, """
We have shared the template with the regional leaving care managers' group and several councils have
asked to use it. The forum members presented it at a national care leavers' conference in 2024. We are
now talking to our local hospital and GP practices about how the document could be linked to NHS records
in future.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I656  sepsis in women after birth seen by ambulance crews - docx - style
#       headings - short - consultant midwife at an ambulance service, brisk
#       - ambulance service with two acute trusts' maternity services - a
#       woman, her partner and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I656", format="docx", layout="style_headings", topic="postnatal_maternal_sepsis_ambulance",
    project="independent41-afterbirth-656", docx_font="Arial",
    title="After Birth, Think Sepsis: ambulance crews and maternity units working together",
    cover=[
        "West Marches Ambulance Service NHS Trust (lead)",
        "With Marcher Valley Hospitals NHS Trust and Kelbrook and District Hospitals NHS Trust (Maternity Services)",
        "Consultant Midwife, West Marches Ambulance Service",
    ],
    primary_entrant=dict(name="West Marches Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Marcher Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Kelbrook and District Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
Sepsis is one of the main causes of death in women in the weeks after giving birth. Most women are at
home by then, so when they become unwell they call 999, NHS 111 or their GP. Our crews were using the
adult sepsis screening tool, which is not designed for women after birth: a fast heart rate and low
blood pressure can be put down to the birth, and signs such as offensive lochia, a painful wound or
breast infection were not on it. Women who were unwell were taken to the emergency department, where
they waited with everyone else, rather than to the maternity assessment unit where the midwives and
obstetricians are.

In 2022 a woman nine days after a caesarean birth was taken to the emergency department with a
temperature and a fast heart rate and waited over three hours before being seen. She had sepsis from a
wound infection and spent five days in intensive care.

When we reviewed our records for 2022 with the two maternity units, we found 96 women within six weeks
of birth whom our crews had taken to hospital with a raised temperature, a fast heart rate or
'feeling unwell'. Only a handful had gone to a maternity assessment unit. Crews told us they did not
feel they could take a woman to maternity once she had been discharged by the midwife, and the
maternity units said they would always rather see her. Nobody had ever written that down.

Our goal was simple: a postnatal woman with signs of sepsis should be recognised by the crew, taken to
the team that knows most about her, and given antibiotics within an hour of arrival.
"""),
        ("evidence", "What has changed", """
Since May 2023 crews use a postnatal sepsis prompt for any woman up to six weeks after birth or pregnancy
loss. If it is positive, they give a pre-alert and take her straight to the maternity assessment unit
of either hospital, where a midwife meets the crew at the door.

<<Q:The median time from arrival at hospital to antibiotics for postnatal women with suspected sepsis
brought in by our crews fell from 2 hours 40 minutes in 2022 to 58 minutes in 2024.>> <<Q:The share of
these women taken directly to a maternity assessment unit rather than the emergency department rose from
12% to 87%.>>
"""),
        ("stakeholders", "Who was involved", """
<<P:The woman whose story is told above, and her partner, met our crews and the maternity teams and
asked that crews always tell the woman where they are taking her and why, which is now part of the
prompt.>>

<<S:Paramedics helped choose the questions on the prompt after testing it on twenty real patient records.>>
<<S:Maternity assessment unit midwives at both hospitals agreed the pre-alert wording with our clinical
hub.>> <<S:Emergency call handlers pointed out that many of these women ring 999 for a 'wound problem'
and are given a low priority, and with our clinical hub they agreed that any call about a woman within
six weeks of birth with a fever is now reviewed by a clinician.>>
"""),
        ("value", "Value", """
The prompt cost nothing but time, and the pre-alert uses the same phone line that crews already use
for women in labour. An intensive care stay costs thousands of pounds a day, and a woman who is very ill
after birth is separated from her new baby. Women are seen by the right team sooner, and crews say they
feel more confident with postnatal women, who they see far less often than people with chest pain or
breathing problems.
"""),
        ("spread", "Spread", """
The prompt is now in our electronic patient record and has been shared with the national ambulance
maternity leads group.
"""),
    ],
    flags=[],
)
