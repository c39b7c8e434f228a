"""Seventy-third independent evaluation set (I1153..I1168) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing acute and community trusts, ambulance
and fire services, care associations, spinal injury and lymphoedema groups, councils,
universities, pharmaceutical committees, GP federations, integrated care boards, GP
practices and the odd catering or meals company send in, in their own voices and at their
own length.  The theme of this set is nutrition, hydration, pressure ulcers and skin:
tissue viability in hospitals, care homes and people's own homes, and malnutrition in the
community.

Topics: pressure ulcers caused by medical devices such as masks, tubes, collars and
stockings in hospital (an acute trust with a university and a device supplier, own
headings), weight and appetite checks for older people in community pharmacies (a local
pharmaceutical committee, bold headings with a cover table), subcutaneous fluids for
dehydrated care home residents instead of a trip to hospital (an ambulance service,
numbered questions with cover bullets), skin tears in care homes (a care association, no
headings, long), volunteer peer support to prevent pressure ulcers in people with spinal
cord injury living at home (a spinal injury charity, two columns), food of the wrong
texture served to hospital patients with swallowing difficulties (a private catering
company as primary entrant, lists), a shared decision guide for when a pressure ulcer
should be raised as a safeguarding concern (a council safeguarding hub, a form), weight
loss and poor eating between cycles of chemotherapy (a university lead, CAPS headings,
no spread section), chair scales lent so that housebound patients can be weighed at home
(a GP federation, rubric headings), burns from hot water bottles, wheat bags and heat pads
in people with reduced feeling (a fire and rescue service, with appendix), food and drink
for people waiting many hours in the emergency department (an acute trust, results
first), food in the cupboard and meals in the first fortnight after older people leave
hospital (an integrated care board, a pdf made from Word), cellulitis in people with
lymphoedema (a lymphoedema support group as lead, style headings), vitamin deficiencies
and undernutrition in older patients of one GP practice (one practice on its own, no
partner, short lists), pressure damage under splints, orthoses and postural equipment in
disabled children (a community trust children's service, numbered questions) and
customers of a frozen meals delivery company who stop eating (a private meals company as
primary entrant, a short form with no evidence section).

Lead types and layouts: I1153 nhs_trust (acute), pdf own_headings; I1154 primary_care
(LPC), docx bold_headings with a cover table; I1155 emergency_service (ambulance), docx
numbered_questions with cover bullets; I1156 charity (care association), docx
no_headings; I1157 charity (spinal injury peer support), pdf two_column; I1158 private,
pdf bullet_lists; I1159 local_authority, docx form_table; I1160 university, pdf
caps_headings; I1161 primary_care (GP federation), docx rubric_headings; I1162
emergency_service (fire and rescue), pdf with_appendix; I1163 nhs_trust (acute), docx
reordered; I1164 icb, pdf style_headings via soffice; I1165 patient_group, docx
style_headings; I1166 primary_care (one GP practice, no partner), docx bullet_lists;
I1167 nhs_trust (community), pdf numbered_questions; I1168 private, pdf form_table.

Flags: no_patient_involvement I1154, I1159, I1160, I1163, I1166; no_staff_involvement
I1157, I1162, I1164, I1165; no_quantitative_evidence I1159, I1165, I1167 (a measured
change told only in the value section), I1168; ineligible I1158 (private lead), I1166 (no
partner), I1168 (private lead); missing_section I1160 (spread) and I1168 (evidence).

Build it with

    .venv/bin/python data/independent/build.py --set 73   (writes data/corpus/independent73/)

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
    titles, list items), wherever in the entry it is told; a volunteer or peer worker
    with lived experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; patients' support groups are patient_group;
hospices, care associations and older people's, cancer, spinal injury and voluntary
service charities are charity; a university is university; catering companies, meals
companies and medical device and orthotics suppliers are private).  A department or team
of the entrant's own organisation is not a partner.  Flags are written by hand and
build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1153  pressure ulcers caused by medical devices in hospital - pdf - own
#        headings - tissue viability nurse consultant, careful - acute trust
#        with a university and a device supplier - patients (one in the
#        evidence section) and staff involved; a shift on an SPC chart - no
#        flags
# ---------------------------------------------------------------------------
entry(
    id="I1153", format="pdf", layout="own_headings", topic="medical_device_related_pressure_ulcers",
    project="independent73-beneaththedevice-1153", pdf_font="LiberationSans",
    title="Beneath the Device: preventing pressure ulcers caused by masks, tubes, collars and stockings",
    cover=[
        "Lead organisation: Tresham Vale University Hospitals NHS Foundation Trust (Tissue Viability Service and Critical Care)",
        "Partners: University of Tresham, School of Nursing and Allied Health; Corvane Medical UK Ltd (respiratory and airway products)",
        "Entry prepared by the Nurse Consultant for Tissue Viability",
    ],
    primary_entrant=dict(name="Tresham Vale University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Tresham", type="university"),
        dict(name="Corvane Medical UK Ltd", type="private"),
    ],
    sections=[
        ("context", "Where the problem sat", """
Tresham Vale University Hospitals has 1,140 beds on two sites, including a 38-bed critical care unit,
a regional neurosurgery and spinal service and a respiratory unit that gives non-invasive ventilation
(NIV) on three wards. For years our pressure ulcer prevention work concentrated on the places the
textbooks point to: heels, sacrum, hips and buttocks. Our skin bundle, our risk assessment and our ward
audits all looked there.

When we went back through every hospital-acquired pressure ulcer reported in 2021/22, we found that 68
of the 212 had been caused not by the patient's own weight but by something we had put on them: a NIV
mask on the bridge of the nose, a nasogastric tube taped against a nostril, oxygen tubing looped behind
the ears, a cervical collar, a catheter strapped to a thigh, anti-embolism stockings that had rolled
down, a pulse oximeter probe left on the same finger for two days. Nearly all were on the face, head,
ears and lower legs, where the skin is thin and lies straight over bone or cartilage.

Device-related ulcers are hard to see because the device covers the skin. They can develop within hours,
and the people most at risk are those least able to tell us: sedated and ventilated patients, people
with a spinal injury or a stroke who cannot feel the pressure, and people too breathless to complain
about a mask. One case from late 2021 stays with everyone in the team. A man of 34 admitted after a road
collision wore a rigid collar for nine days in critical care while his spine was being cleared. When it
was taken off he had a category 4 ulcer on the back of his head and another under his chin. He needed
plastic surgery and still has a bald patch the size of a palm.

No single department owned the problem. Devices were chosen by procurement, fitted by whoever was on
shift and checked against no standard. The manufacturers' instructions said 'check the skin regularly'
without saying how often or how. We also had no good evidence about how tight is too tight, which is
why we turned to the University of Tresham, whose School of Nursing and Allied Health runs a skin and
tissue engineering laboratory, and to Corvane Medical, which supplies most of our masks, tube holders
and collars.
"""),
        ("evidence", "What changed", """
In May 2023 we introduced a set of changes we call Beneath the Device. Every device that touches the skin
now has a 'lift and look' check recorded on the electronic observations chart, at an interval set by the
type of device, from every two hours for NIV masks and collars to once a shift for stockings. Patients
on NIV have a thin silicone dressing on the bridge of the nose from the start, not after redness
appears. Masks are sized with a printed gauge at the bedside and oxygen tubing has ear protectors fitted
as standard. Rigid collars are changed for a softer design within 24 hours unless the spinal team says
otherwise, with a two-person skin check each shift.

<<Q:Device-related pressure ulcers fell from 68 in 2021/22 to 29 in 2023/24, with bed occupancy almost
identical in both years.>> <<Q:Category 3, category 4 and unstageable device-related ulcers went from 11
to 2 over the same period.>> <<Q:On our statistical process control chart of device-related ulcers per
1,000 occupied bed days, every month since July 2023 has sat below the old centre line, fourteen points
in a row, which is a real shift rather than chance.>>

By March 2024, 1,930 nurses, healthcare assistants, physiotherapists and radiographers had completed the
20-minute e-learning module, and 420 sizing gauges had been placed at bedsides. Our monthly spot check
found a 'lift and look' recorded for 88% of devices in March 2024.

<<P:Before the mask-fitting card went onto the wards it was tried out by three people who use NIV at
home, contacted through the respiratory unit's patient group, and they asked us to add a side-on
photograph of a well-fitted mask because the front view hides the gap at the bridge of the nose.>>
"""),
        ("stakeholders", "People who shaped the work", """
<<S:Critical care nurses spent a run of night shifts with researchers from the university's laboratory
measuring the pressure under collars, tube holders and masks on healthy volunteers, and it was the
nurses who chose which readings would trigger a change of device.>> <<S:Respiratory physiotherapists and
the NIV nurse specialists rewrote the mask-fitting sequence so that the mask is sized before the straps
are tightened, not after.>> <<S:Corvane's clinical specialists visited eleven wards with our tissue
viability nurses, watched devices being fitted and took away a list of problems, and the company has
since changed its nasogastric tube holder so that the tube no longer presses on the rim of the
nostril.>> <<S:Healthcare assistants on the neurosciences ward told us that stockings were rolling down
because the wrong size was being ordered, so they now measure both legs on admission and the size is
printed on the bed label.>>

<<P:A retired teacher who developed ulcers on both ears from oxygen tubing after a hip operation in 2022
sat on our steering group for its whole first year and reviewed each version of the leaflet for patients
and visitors, cutting it from four pages to one.>> <<P:The man whose collar injury is described above
agreed to be filmed talking about what happened to him, and the film now opens the e-learning
module.>>
"""),
        ("value", "Value for money", """
Treating a category 4 pressure ulcer is estimated to cost more than £14,000, and device-related ulcers
on the face often need plastic surgery. The changes cost about £23,000 in the first year, mostly silicone
dressings and ear protectors; the sizing gauges were printed free of charge by Corvane and the
university's part was paid for by a research grant. Patients and families are spared pain, scarring
and, for facial ulcers, a visible reminder of their time in hospital.

Nurses tell us the checks have become routine and that they now notice devices they used to overlook.
The critical care team say the softer collars have also made it easier to turn patients safely.
"""),
        ("spread", "Sharing it", """
The lift and look chart has been shared with the two other acute trusts in our integrated care system,
and one has adopted it. The university has published the pressure measurements in an open-access
journal and has added device-related pressure ulcers to its pre-registration nursing curriculum.
Corvane has revised the instructions for use of four products to include a skin check interval. We
presented the work at the national tissue viability conference in 2024.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1154  weight and appetite checks for older people in community pharmacies
#        - docx - bold headings with a cover table - LPC chief officer, brisk -
#        LPC with the community trust's dietitians and the council's public
#        health team - staff involved - NO patient involvement (customers
#        checked and given a leaflet, feedback cards that changed nothing, a
#        forum sent the leaflet, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1154", format="docx", layout="bold_headings", topic="pharmacy_malnutrition_checks_older_people",
    project="independent73-weighin-1154", docx_font="Calibri",
    title="Weigh In at the Counter: weight and appetite checks for older people in community pharmacies",
    cover_table=[
        ("Entry title", "Weigh In at the Counter: weight and appetite checks for older people in community pharmacies"),
        ("Lead organisation", "Kenmore and Alder Local Pharmaceutical Committee"),
        ("Partner organisations", "Alderbrook Community Health NHS Trust (Community Nutrition and Dietetics); Kenmore Borough Council (Public Health)"),
        ("Contact", "Priya Mandalia, Chief Officer"),
    ],
    primary_entrant=dict(name="Kenmore and Alder Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Alderbrook Community Health NHS Trust", type="nhs_trust"),
        dict(name="Kenmore Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "The problem", """
Malnutrition in older people living at home is common and mostly goes unnoticed until something else
happens: a fall, a chest infection, a pressure ulcer or an admission. In Kenmore about 9,000 people over
75 live alone. Many of them rarely see their GP, but most of them come into a community pharmacy at
least once a month to collect their repeat medicines.

Pharmacy teams kept telling us the same thing. A regular customer had 'gone thin', their clothes were
hanging off them, or they had started buying nutritional drinks over the counter. There was nowhere to
send that observation. A call to the GP practice rarely got past reception, and the customer would
usually say they were fine.

The community dietetics service had the opposite problem. It received few referrals for older people
at home, and those it did receive came late, for people who had already lost a lot of weight, often
after a hospital stay. The council's public health team had named undernutrition in older people as a
priority in its ageing well plan but had no way of reaching people early.

Weigh In at the Counter brings the three together. Taking part pharmacies offer a short check to
customers aged 75 and over: height and weight on calibrated scales in the consultation room, and three
questions about appetite and recent weight loss, giving a score based on the recognised malnutrition
screening tool. Anyone at medium or high risk is offered a referral, sent electronically, to a 'first
contact' dietitian who phones them within ten working days. People at low risk are weighed again in
three months.
"""),
        ("evidence", "Results", """
The scheme started in 31 pharmacies in March 2023 and had grown to 46 by the end of 2024. In the first
21 months pharmacies carried out 6,482 checks and found 1,107 people at medium or high risk, of whom 934
agreed to a referral.

<<Q:The median weight loss at the point of referral to dietetics for people over 75 living at home went
down from 11% of body weight in 2022 to 5% in 2024, so people are reaching a dietitian much earlier.>>
<<Q:Among the people referred through the scheme, there were 97 emergency admissions in the twelve
months after referral, compared with 143 in the twelve months before.>> <<Q:The average wait from
referral to first contact with a dietitian fell from 34 working days to 8.>>

The check takes about twelve minutes. 212 pharmacists and pharmacy technicians have been accredited to
carry it out.
"""),
        ("stakeholders", "Involvement", """
<<S:A working group of six community pharmacists and four dietitians met monthly through the winter of
2022 and chose the three questions, dropping a question about food intake after the pharmacists tried it
on customers and found it took too long to answer.>> <<S:Medicines counter assistants pointed out that
they were usually the ones who noticed a regular customer losing weight, so a 'worried about a customer'
prompt was added to the pharmacy record, which any member of the team can fill in.>> <<S:The
dietitians changed their triage after the first three months, when they realised that many referrals
only needed a phone call and a food-first plan, and set up the first contact telephone clinic as a
result.>> <<S:Analysts in the council's public health team linked the referral records with hospital
admissions and designed the reports we now use.>>

Customers who have a check are given a 'Food First' leaflet and a card with their weight on it. We asked
80 of them to fill in a feedback card and almost all said the check was quick and helpful, so it has
stayed the same. The Kenmore Older People's Forum was sent a copy of the leaflet when it was printed. We
intend to invite customers who have been referred to a focus group during 2025.
"""),
        ("value", "Value", """
Pharmacies are paid £15 per check from the public health grant, about £97,000 so far. Each set of scales
cost £180. Dietitian time has come from existing staff by moving first contacts to the telephone. An
emergency admission of an older person costs the NHS around £3,500, and undernutrition makes every
illness longer and every fall worse.

Pharmacists say they feel trusted to do something with what they see. Customers often say it is the
first time anyone has weighed them in years.
"""),
        ("spread", "Spreading the work", """
The integrated care board has agreed to fund the check in the neighbouring borough from April 2025. We
have shared the protocol and referral template with the national body for community pharmacy and
presented at two regional nutrition network meetings. The council's reablement service has also
adopted the question set.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1155  subcutaneous fluids in care homes instead of conveyance - docx -
#        numbered questions with cover bullets - consultant paramedic, plain -
#        ambulance service with the community trust, a care association and a
#        PCN - a relative (told in the context section) and 'care partners'
#        involved, staff involved; 'a third fewer' and 'halved' - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1155", format="docx", layout="numbered_questions", topic="care_home_subcutaneous_hydration",
    project="independent73-fluidswheretheylive-1155", docx_font="Arial",
    title="Fluids Where They Live: subcutaneous hydration for care home residents instead of a trip to hospital",
    cover=[
        "Entrant: Northmoor and Skell Ambulance Service NHS Trust (Clinical Assessment Hub)",
        "Submitted by the Consultant Paramedic for Older People and Care Homes",
        "Partner organisations:",
    ],
    cover_bullets=[
        "Skelldale Community Health NHS Trust (Care Home Support Team and Urgent Community Response)",
        "Northmoor Independent Care Providers' Association",
        "Skelldale Central Primary Care Network",
    ],
    primary_entrant=dict(name="Northmoor and Skell Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Skelldale Community Health NHS Trust", type="nhs_trust"),
        dict(name="Northmoor Independent Care Providers' Association", type="charity"),
        dict(name="Skelldale Central Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "1. What was the problem, and why did it need a partnership?", """
Older people living in care homes become dehydrated easily. A chest or urine infection, a bout of
diarrhoea, a hot week or simply a few days of not wanting to drink can tip a frail person into confusion,
low blood pressure, falls and acute kidney injury. When care home staff rang 999 or NHS 111 about a
resident who had stopped drinking, there was usually only one answer we could give: an ambulance to the
emergency department, where the resident might wait many hours on a trolley for a drip that could have
been given in their own bed.

In 2021/22 our crews took 306 care home residents to hospital where the main problem recorded was
dehydration or acute kidney injury. Many were people with advanced dementia who became more confused and
frightened in the emergency department, and some developed pressure damage or delirium while they
waited. A number of them died in hospital when their families had hoped they would die at home.

Subcutaneous fluids, given slowly through a fine needle under the skin of the tummy or thigh, are a
safe, simple and long-established way to rehydrate someone who cannot drink enough. Hospices use them
all the time. But in our area nobody could start them in a care home: care home nurses had not been
trained, residential homes have no nurses at all, the community team did not hold the equipment and GPs
were rarely able to visit on the day.

It was a relative who first put the question to us. The daughter of a resident at a nursing home in Skell
Bridge wrote to the ambulance service in 2022 after her mother, who had advanced dementia, spent fourteen
hours in the emergency department on a drip and came back to the home with a sore on her heel. She asked
why the drip could not have been put up in her mother's own room. <<P:She later joined the small group
that wrote the information sheet for families, and it was her suggestion that the sheet should say
plainly that fluids under the skin are about comfort and recovery, not about prolonging life at any
cost.>>
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since September 2022, when a care home calls about a resident who is not drinking, the call is passed to
a paramedic or nurse in our clinical assessment hub, who assesses the resident by video with the care
home staff using a short hydration checklist. If fluids at home are right for the resident, and the
family or the person's advance care plan agrees, the hub asks the urgent community response team to
visit within two hours and start subcutaneous fluids. In nursing homes, trained care home nurses can
start the fluids themselves under a shared protocol; in residential homes the community team does it
and the home's senior carers watch the site. The resident's GP is told the same day and reviews the
resident on the next working day.

<<Q:Ambulance conveyances of care home residents where dehydration or acute kidney injury was the main
problem were about a third fewer in 2023/24 than in 2021/22.>> <<Q:Readmissions within 30 days among care
home residents who had been taken to hospital for dehydration halved over the same period.>>

In 2023/24, 412 residents were given subcutaneous fluids in their care home under the scheme, and 351 of
them did not need to go to hospital in the following week. There has been one infection at an infusion
site, which was treated in the home with antibiotics.
"""),
        ("spread", "3. How has the work been shared or spread?", """
The protocol and the hydration checklist have been taken up by the ambulance service's two other clinical
hubs, which cover the east and south of our region, and by their community trust partners. The care
providers' association has added subcutaneous fluids training to its programme for nursing associates
and senior carers. We have presented the work at the national ambulance care homes network and at a
regional frailty conference.
"""),
        ("value", "4. What difference has it made to people and staff, and is it value for money?", """
An ambulance conveyance and an emergency department attendance followed by a short admission cost the
NHS roughly £2,800. A bag of fluid, a giving set and a needle cost less than £15, and the community
team's visits come from existing urgent community response capacity. Care home managers say they no
longer dread the call to 999 when a resident stops drinking. Families say it matters to them that their
relative stayed somewhere familiar.

One care home manager told us about a resident with advanced dementia who had a urine infection last
winter and was given fluids in her own bed for three days, with her husband sitting beside her. 'A year
ago she would have gone in the ambulance, and I'm not sure she would have come back,' the manager said.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<S:The hydration checklist was written by hub paramedics together with care home nurses from four homes,
who tested it on video calls for six weeks and took out two questions that care home staff could not
answer without a doctor.>> <<S:Urgent community response nurses designed the equipment box kept in each
nursing home, and after the first month they asked for spare needles in a shorter length because
residents who are very thin need one.>> <<S:GPs in the primary care network drew up the list of residents
for whom fluids at home would not be right, such as people with heart failure at risk of fluid overload,
and reviewed the protocol before it was signed off.>> <<S:Senior carers in residential homes told us
they were worried about being asked to do a nursing task, so their part was limited to watching the site
and the flow, with a card showing what to look for.>>

<<P:Relatives from the association's families' network met us twice, and these care partners, as the
homes call them, asked that families always be phoned before the community nurse arrives so that they
can be there if they wish, which is now part of the protocol.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1156  skin tears in care homes - docx - no headings - care association
#        quality and learning lead, chatty and long - care association with the
#        community trust's tissue viability service and a university - staff
#        (passive voice, unusual job titles) and residents and relatives
#        involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1156", format="docx", layout="no_headings", topic="care_home_skin_tears",
    project="independent73-gentlehands-1156", docx_font="Georgia",
    title="Gentle Hands: preventing and caring for skin tears in Oakhurst's care homes",
    cover=[
        "Oakhurst and Breyton Care Association (registered charity), working with Breyton Community Health NHS Trust (Tissue Viability Service) and the University of Oakhurst (School of Health and Social Care)",
        "Entry written by the Association's Quality and Learning Lead",
    ],
    primary_entrant=dict(name="Oakhurst and Breyton Care Association", type="charity"),
    partners=[
        dict(name="Breyton Community Health NHS Trust", type="nhs_trust"),
        dict(name="University of Oakhurst", type="university"),
    ],
    sections=[
        ("context", None, """
If you have ever helped an older person out of a chair by holding their forearm, you may have torn their
skin without knowing it. Skin tears are wounds where the top layer of skin is pulled away from the layer
beneath, usually on the arms and shins. They happen when a resident is helped to stand, knocks a leg on a
wheelchair footplate, has a dressing or tape pulled off, or is dried a little too briskly after a bath.
In people in their late eighties and nineties, whose skin has become thin after decades of sun, steroid
medicines and not always eating well, it takes very little.

Our association represents 112 independent care homes in Oakhurst and Breyton, from family-run homes
with 14 beds to nursing homes with 90. Between them they look after around 4,300 people. When we asked
our members in 2022 which harms worried them most, we expected falls and pressure ulcers to top the
list. Skin tears came a close third, and for many managers they were the most frustrating, because they
felt so preventable and so constant.

Skin tears matter more than their name suggests. A torn flap of skin on a frail shin can take months to
heal, can become infected and can turn into a leg ulcer. Residents find them painful, especially when
dressings are changed. Families are upset and sometimes suspect rough handling, and more than one of our
members has faced a safeguarding enquiry over a tear that happened during ordinary care. And because
there was no shared way of recording them, nobody knew how many there were.

Care homes were doing their best, but in different ways. Some put on adhesive strips that pulled the
flap off again when they were removed. Some used dressings that stuck to the wound. Few knew how to lay
the flap of skin back into place, which is the single most useful thing to do in the first hour. The
community tissue viability team would be asked to visit when a tear had already become a wound that would
not heal, by which time it was often infected. Staff used whatever was in the cupboard, and the cupboard
was stocked by whoever did the ordering that month.

We talked to the trust's tissue viability service and to the university's school of health and social
care, which had been running a student project on skin in older age, and the three of us agreed to take
it on together. Our goal was easy to say: fewer tears, and the ones that still happen treated properly
in the first hour.
"""),
        ("evidence", None, """
Gentle Hands began in 38 homes in April 2023 and was extended to 71 homes in April 2024. It has four
parts. The first is prevention: every resident's skin is assessed on admission using a simple
three-colour scale, and those with fragile skin have a care plan that covers a leave-on moisturiser twice
a day, long sleeves or soft limb protectors if they want them, padding on wheelchair arms and footplates,
and a 'no forearm grip' rule when helping people to stand. The second is first aid: every home has a skin
tear kit with saline, silicone dressings, a skin-safe marker pen and a laminated card showing how to
clean the wound, ease the flap back into place and draw an arrow on the dressing to show which way to
peel it off. The third is recording: tears are recorded on a shared form, photographed with consent and
graded. The fourth is a direct line to the tissue viability team for any tear that has not started to
heal after two weeks.

<<Q:In the 38 homes that started in 2023, reported skin tears fell from 1,046 in the year before to 611
in 2024, although the number of residents in those homes was much the same.>> <<Q:The share of skin
tears that became infected or were still open after four weeks went from roughly one in five in the first
three months of the project, when we first started to record it, to one in sixteen by the end of
2024.>> <<Q:Referrals to the tissue viability team for skin tears that had turned into non-healing
wounds dropped from 58 in 2022 to 21 in 2024 across the same homes.>> <<Q:Safeguarding concerns raised
about skin tears in those homes came down from 14 in 2022 to 5 in 2024.>>

For the managers, that last figure has perhaps meant the most. A safeguarding enquiry over a tear that
happened while a carer was helping someone to the toilet is upsetting for everyone, and the shared form
and photograph now mean that a home can show exactly what happened and what it did about it.
"""),
        ("stakeholders", None, """
None of this was designed in an office. <<S:The skin tear kit was put together by senior carers and
nurses from nine homes, who tried four different dressings over two months and chose the one that came
off most gently at night, when a resident is often half asleep.>> <<S:The 'no forearm grip' rule came
from night care assistants, who pointed out at a workshop that most of the tears they saw happened
between two and five in the morning, when one person is helping a resident to the toilet in poor light,
and the rule was written with them.>> <<S:Activity coordinators, who spend more time with residents than
most people realise, suggested that the soft limb protectors be made in colours and patterns residents
would be happy to wear, and two homes now knit their own.>> <<S:The recording form was redesigned three
times by the homes' skin champions after the tissue viability nurses and the university researchers
showed them how differently the first month's tears had been graded.>>

Residents and families were part of it too. <<P:At four of the homes, residents' meetings were asked how
they felt about being helped to stand and about wearing limb protectors, and several residents said they
hated being held by the arm and would rather hold the carer's forearm themselves, which is now how our
training teaches it.>> <<P:A small group of relatives, brought together by the university researchers,
looked at the information sheet for families and asked us to explain what a skin tear is before
explaining what we would do about it, because some of them had thought a skin tear was always a sign of
neglect.>> <<P:One resident, a retired district nurse of 93 living at one of our nursing homes in
Breyton, checked the first aid card and corrected our wording on how to ease the flap back into
place.>>
"""),
        ("value", None, """
Gentle Hands has cost little. A skin tear kit costs about £30 to set up and £8 a month to keep stocked,
and leave-on moisturisers are already prescribed for most of the residents who need them. The
association's time and the training were paid for by a grant of £24,000 from the integrated care board's
care sector fund, and the university's work was funded as part of a student research programme. Against
that, a single skin tear that turns into a leg ulcer can need district nurse or tissue viability visits
twice a week for months, and a safeguarding enquiry takes days of a manager's time.

The difference it has made to residents is harder to put into numbers. Fewer painful dressing changes,
fewer long sleeves hiding bandages, and fewer families arriving at a visit to find a new wound nobody had
mentioned. Care staff tell us they feel more confident, and that having a kit and a card in the drawer
means they no longer have to hope the nurse on duty knows what to do.

Several managers have said the project has changed the way their homes talk about skin. It used to be
something you dealt with after it went wrong. Now the homes have skin champions, talk about skin at
handover and ask about it at residents' meetings.
"""),
        ("spread", None, """
Because every home is different, we have made all the Gentle Hands materials free to any care home in
the country, and they are on our website with short training videos. The tissue viability service has
put the first aid card into its training for district nurses and home care agencies, and Breyton
Community Health has asked for the kit to be stocked in its two community hospitals. The university has
added a session on skin tears, built around our materials, to its nursing associate programme. Two
other care associations in the region have asked to use the programme, and one has started with twenty
homes this year. We presented it at the national care association conference and at the regional tissue
viability network in 2024.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1157  pressure ulcers in people with spinal cord injury at home - pdf - two
#        columns - spinal injury charity head of peer services, warm - charity
#        with the spinal injuries centre's trust and the community trust -
#        unpaid peer mentors and members with lived experience involved - NO
#        staff involvement (community nurses trained, a named outreach nurse
#        doing her job, practices sent a letter, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1157", format="pdf", layout="two_column", topic="spinal_cord_injury_pressure_ulcers_home",
    project="independent73-seatskinself-1157", pdf_font="LiberationSerif",
    title="Seat, Skin, Self: volunteer peer support to prevent pressure ulcers in people with spinal cord injury at home",
    cover=[
        "Back Onward Spinal Injury Peer Support (registered charity), lead entrant, with Kestrel Moor Spinal Injuries Centre (Hallcroft Teaching Hospitals NHS Trust) and Colbridge Community Healthcare NHS Trust",
        "Entry by the charity's Head of Peer Services",
    ],
    primary_entrant=dict(name="Back Onward Spinal Injury Peer Support", type="charity"),
    partners=[
        dict(name="Hallcroft Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Colbridge Community Healthcare NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why it matters", """
Most people with a spinal cord injury cannot feel pressure building up below the level of their injury,
and many cannot shift their own weight easily. A pressure ulcer can start in a single afternoon in a
wheelchair with a worn cushion, on a car seat, on a toilet or shower chair, or after a night in a new
bed. Once an ulcer over the sitting bones or the base of the spine gets deep, the usual treatment is
months of bed rest and often surgery. For someone who has fought to get back to work, to family life or
to sport, that can undo years of progress.

Pressure ulcers are the most common reason people from our area are readmitted to the Kestrel Moor
Spinal Injuries Centre, which serves five counties. In 2021, 19 people living in Colbridge and the
surrounding district were admitted to the centre for surgery on a pressure ulcer. The centre's outreach
nurses cover a huge area and can only visit a handful of people each week. Community nurses see few
people with spinal cord injury and can be unsure what to look for. Once home, people often do not know
whether a red mark is something to worry about, and do not want to bother anyone until it is too late.

Back Onward was set up by people living with spinal cord injury to support others after they leave the
centre. We realised that our members had exactly the knowledge that was missing: how to check your own
skin when you cannot see or feel it, which cushions really work, and when to stop sitting.
"""),
        ("evidence", "What has changed", """
Since April 2022, one of our volunteer peer mentors contacts every person discharged from the centre to
our area within a week of getting home. They visit, help the person set up a daily skin check routine
using a phone camera on a stand or a long-handled mirror, look at cushions and seating, and talk through
pressure relief. If the person spots a mark that does not fade within half an hour, they send a photo to
a fast-track line at the centre and an outreach nurse replies the same day.

<<Q:Admissions to the centre for pressure ulcer surgery among people living in our area fell from 19 in
2021 to 8 in 2024.>> <<Q:The average size of a pressure ulcer when first reported to the outreach nurses
went down from 4.1 cm across in 2021 to 1.6 cm in 2024, which means people are getting help while an
ulcer is still small enough to heal with rest and a change of cushion.>>

Since the start, 236 people have been supported by a mentor and 1,140 photos have been sent to the
fast-track line.
"""),
        ("stakeholders", "Who was involved", """
<<P:The skin check routine was written by our volunteer peer mentors, all unpaid and all living with a
spinal cord injury themselves, who tested it on their own skin for a month each and dropped the idea of a
paper diary in favour of one photo a day on the phone.>> <<P:Members who took part in a trial of three
long-handled mirrors and two phone stands told us which could be used by someone with limited hand
function, and only those two are now lent out.>> <<P:A member who spent eleven months in bed after a
sitting ulcer in 2020 helped us plan the fast-track photo line and suggested that every photo should be
answered within four hours.>>

Community nurses in Colbridge were trained by the centre in the basics of spinal cord injury care, and
140 attended. The centre's outreach nurse, Gemma Rhodes, answers the photo line as part of her role and
has led the clinical side of the project. GP practices were sent a letter about the scheme. We hope to
bring district nurses and the centre's team together in 2025 to look at joint visits.
"""),
        ("value", "Value", """
Our mentors' travel and expenses cost about £9,000 a year, paid for by a grant from a national lottery
fund. Surgery and months of hospital care for a deep pressure ulcer can cost tens of thousands of pounds,
and the cost to the person, in lost work, lost independence and lost time with family, is far greater.

Members tell us that hearing from someone who has been through it makes all the difference. As one put
it, 'The nurses told me what to do. My mentor showed me how to actually do it.'
"""),
        ("spread", "Spread", """
The spinal injuries centre has offered the photo line to everyone it discharges across its five counties,
and two other spinal injury charities have asked to use our mentor training. We shared the skin check
routine at the national spinal cord injury conference in 2024.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1158  food of the wrong texture for patients with swallowing difficulties -
#        pdf - bullet lists - PRIVATE hospital catering company as primary
#        entrant, with the acute trust and a university (ineligible) - head of
#        patient dining, orderly - staff and stroke survivors and a widow
#        involved
# ---------------------------------------------------------------------------
entry(
    id="I1158", format="pdf", layout="bullet_lists", topic="hospital_texture_modified_diet_errors",
    project="independent73-righttexture-1158", pdf_font="DejaVuSans", pdf_align="L",
    title="Right Texture, Every Tray: making sure patients with swallowing difficulties get food that is safe for them",
    cover=[
        "Submitted by Brightplate Healthcare Catering Ltd",
        "In partnership with Dunmere General Hospital NHS Trust (Speech and Language Therapy, and Nutrition and Dietetics) and the University of Dunmere (Food Science and Nutrition)",
        "Contact: Head of Patient Dining and Food Safety, Brightplate Healthcare Catering Ltd",
    ],
    primary_entrant=dict(name="Brightplate Healthcare Catering Ltd", type="private"),
    partners=[
        dict(name="Dunmere General Hospital NHS Trust", type="nhs_trust"),
        dict(name="University of Dunmere", type="university"),
    ],
    sections=[
        ("context", "The problem", """
Brightplate provides patient meals at Dunmere General Hospital under a ten-year contract: about 1,900
meals a day to 27 wards, cooked in our central production kitchen and finished and served on the wards
by our ward hosts.

Around one in eight inpatients at any time needs food or drink of a modified texture because of
swallowing difficulties, most often after a stroke, with dementia or Parkinson's, or after treatment for
head and neck cancer. The texture is set by a speech and language therapist (SLT) using the
international IDDSI levels. Food of the wrong texture can cause choking, or food going into the lungs and
aspiration pneumonia.

What we found in 2022:

- texture orders were written by ward staff on a paper menu card and then typed into our ordering system by a ward host, so there were two chances for the level to be copied wrongly

- when an SLT changed a patient's texture, the change reached the kitchen the next day at the earliest

- patients who moved ward often lost their texture order altogether

- several dishes described as 'soft and bite-sized' were not, when tested, within the IDDSI level 6 definition

- the hospital reported 37 incidents of wrong-texture food in the year, including a man who choked on a piece of sausage and needed the emergency team
"""),
        ("evidence", "What has improved", """
Since April 2023 the SLT's texture order goes straight from the hospital's electronic patient record into
our ordering system, and every modified texture tray has a coloured lid and a label with the patient's
name and IDDSI level. A supervisor checks each modified texture tray against the current order at the
ward door.

- <<Q:wrong-texture incidents reported by the hospital fell from 37 in 2022 to 6 in 2024>>

- <<Q:at our monthly ward door audit, texture errors went from 1 tray in 14 to 1 in 190>>

- <<Q:the time from an SLT changing a texture to the right meal reaching the patient went down from an average of 26 hours to under 4>>

- all 54 modified texture dishes on our menu have been checked against the IDDSI definitions, and 11 were reformulated

- 148 ward hosts have been trained and assessed in IDDSI testing at the point of service
"""),
        ("stakeholders", "Who was involved", """
- <<S:our ward hosts told us the first set of coloured lids could not be told apart under ward lighting, so the colours were changed and the level number is now printed in large type on the lid>>

- <<S:speech and language therapists and our chefs held joint tasting and testing sessions in the production kitchen, and the therapists rejected three recipes that broke apart in the mouth>>

- <<S:nurses on the hospital's stroke ward tested the electronic link for a month and asked for a pop-up warning whenever a patient on a modified diet is moved to another ward>>

- <<P:two people living with swallowing difficulties after a stroke, recruited through the hospital's stroke survivors' group, tasted every level 4 and level 5 dish and told us that several were bland and grey, so the dietitians and chefs reworked them with more colour and seasoning>>

- <<P:the wife of the man who choked in 2022 talked to the project group about what happened and helped write the checklist our ward hosts now use at the bedside>>
"""),
        ("value", "Value", """
- the electronic link was built by the hospital's digital team for about £18,000, which we shared

- coloured lids and labels cost about 4p per tray

- a case of aspiration pneumonia can add a week or more to a hospital stay and can be fatal in a frail patient

- ward nurses say they spend less time checking trays and more time helping patients to eat
"""),
        ("spread", "Spread", """
- we have introduced the same lids, labels and ward door checks at the four other hospitals where we provide patient catering

- the university has published its texture testing method for hospital kitchens

- we presented the work at the national hospital caterers' conference in 2024
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1159  when a pressure ulcer should be a safeguarding concern - docx - form
#        table - principal social worker, measured - council safeguarding hub
#        with the community trust and a care forum - staff involved - NO
#        patient involvement (people told, families sent letters, a negation, a
#        plan, beneficiaries) - NO quantitative evidence (huddle and concern
#        counts, a target, a single percentage, no comparison)
# ---------------------------------------------------------------------------
entry(
    id="I1159", format="docx", layout="form_table", topic="pressure_ulcer_safeguarding_decision_guide",
    project="independent73-askbeforealert-1159", docx_font="Calibri",
    title="Ask Before You Alert: a shared way to decide when a pressure ulcer needs a safeguarding response",
    cover_table=[
        ("Title of entry", "Ask Before You Alert: a shared way to decide when a pressure ulcer needs a safeguarding response"),
        ("Lead organisation", "Cressbrook City Council, Adult Safeguarding Hub"),
        ("Partner organisations", "Cressbrook and Teign Community Health NHS Trust (Tissue Viability and District Nursing); Cressbrook Independent Care Forum (registered charity)"),
        ("Name and role of entrant", "Principal Social Worker for Adults"),
    ],
    primary_entrant=dict(name="Cressbrook City Council", type="local_authority"),
    partners=[
        dict(name="Cressbrook and Teign Community Health NHS Trust", type="nhs_trust"),
        dict(name="Cressbrook Independent Care Forum", type="charity"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Pressure ulcers can be a sign of neglect. They can also develop despite good care, in people who are
dying, who decline repositioning or whose circulation is very poor. For several years Cressbrook's
safeguarding hub received a safeguarding concern for almost every category 3 or 4 pressure ulcer found
in a care home or on a district nursing caseload, and for many category 2 ulcers as well. Pressure
ulcers made up around a quarter of all adult safeguarding concerns in the city.

Most of these did not need a safeguarding response. But each one had to be screened by a social worker
with no clinical training, who often had to chase the nurse or the care home for basic information.
Meanwhile, the small number of cases where people really had been neglected were lost in the volume, and
care homes felt they were treated as suspects every time a resident developed an ulcer. Some homes told
us they had stopped accepting people from hospital with existing wounds because of it.

National guidance on when a pressure ulcer should be raised as a safeguarding concern had helped, but
each organisation was using it differently. We wanted one shared approach: the clinical questions asked
first, by people who understand pressure ulcers, and the safeguarding hub brought in quickly when there
are signs of neglect or care being left undone.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since February 2023, a district nurse or tissue viability nurse and the care provider hold a 'pressure
ulcer huddle', usually by phone and within 48 hours of a category 3, 4 or unstageable ulcer being found.
They complete a shared decision guide together, covering the person's risk, the care that was planned
and whether it was given, the person's wishes and any problems with equipment. The guide ends with a
clear answer: raise a safeguarding concern, or manage the ulcer as a clinical incident with a learning
review.

In the first 22 months, 1,384 huddles were held. 236 led to a safeguarding concern, and 88 of those
became a section 42 enquiry. The hub's target is to decide on every concern within five working days,
and in the last quarter of 2024 it did so for 92% of concerns.

Every huddle produces a short learning note. Huddles have been held with 61 care homes and all 14
district nursing teams. Equipment problems were a factor in 174 huddles and are now reported to the equipment service
every month.

We have not compared the number of pressure ulcers before and after, because the change in how concerns
are raised means the figures are not counted in the same way.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:The decision guide was written over four months by a group of district nurses, tissue viability
nurses, care home managers from the Care Forum and social workers from the hub, who tested it on thirty
past cases and changed it until they agreed on the answer for each one.>> <<S:Care home managers asked
for a question about whether the person came from hospital with the ulcer already present, and for the
huddle to be held with the home rather than about it.>> <<S:District nursing team leaders suggested the
48-hour telephone huddle after a trial of face-to-face meetings showed they could not be arranged
quickly enough.>> <<S:The Care Forum's registered managers' network reviews a sample of learning notes
every quarter and has twice asked for changes to the guide, the latest adding a question about
end-of-life wishes.>>

People whose pressure ulcers are discussed are told the outcome of the huddle by the nurse or the home,
and where there is a safeguarding concern they and their families are sent a letter explaining what
happens next. We did not consult people who use services or their families while writing the guide,
because the first version had to be ready quickly. We plan to ask the local Healthwatch to help us find
people with experience of a safeguarding enquiry to review it in 2025. The guide exists to protect
people receiving care at home and in care homes.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Screening a safeguarding concern takes a social worker between two and four hours. A huddle takes about
30 minutes of a nurse's and a manager's time. The hub's social workers now spend their time on cases
where there are real worries about neglect. Care home managers say they feel they are treated fairly,
and district nurses say the huddles have helped them build better relationships with the homes. The
partnership has cost nothing beyond staff time.
"""),
        ("spread", "How has the work been shared and spread?", """
The safeguarding adults board has shared the decision guide with the other boards in the region. The
community trust now uses it in the two other council areas it covers, and it has been adapted for home
care agencies. We presented it at the national network of safeguarding adults managers in 2024.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1160  weight loss and poor eating between cycles of chemotherapy - pdf -
#        CAPS headings - professor of clinical nutrition, academic - university
#        with the acute trust's oncology day unit and a cancer support charity -
#        staff involved (one group told in the context section) - NO patient
#        involvement (patients given scales and texts, sent recipes, a
#        questionnaire that changed nothing, a plan) - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1160", format="pdf", layout="caps_headings", topic="chemotherapy_weight_loss_nutrition_checks",
    project="independent73-eatingthroughtreatment-1160", pdf_font="LiberationSans", pdf_align="L",
    title="Eating Through Treatment: weekly weight and appetite checks for people having chemotherapy",
    cover=[
        "LEAD: University of Westerholt, Centre for Nutrition and Dietetic Practice",
        "PARTNERS: Westerholt Teaching Hospitals NHS Trust (Oncology Day Unit and Acute Oncology Service); Lanternway Cancer Support (registered charity)",
        "CONTACT: Professor of Clinical Nutrition, University of Westerholt",
    ],
    primary_entrant=dict(name="University of Westerholt", type="university"),
    partners=[
        dict(name="Westerholt Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Lanternway Cancer Support", type="charity"),
    ],
    sections=[
        ("context", "WHY THIS MATTERED", """
Chemotherapy commonly causes nausea, taste changes, a sore mouth, diarrhoea and tiredness, and people
with cancers of the upper digestive tract, lung, head and neck are often already losing weight when they
start. Between cycles, most patients are at home. Weight loss and poor drinking in those weeks are
largely invisible to the hospital until the patient returns for the next cycle, by which point they may
be too unwell to be treated, or arrive through the emergency department dehydrated.

An audit we carried out with the oncology day unit in 2022 looked at 300 people having chemotherapy for
these cancers. By the third cycle 38% had lost more than 5% of their body weight, and few had seen a
dietitian. The unit had just over half a dietitian's time for around 2,400 new patients a year.

<<S:The idea came from the day unit's chemotherapy nurses, who had been keeping their own informal list
of patients who looked thinner at each visit and who worked with us to turn that list into a weekly
check.>> The university brought its dietetics programme and its experience of remote monitoring, and
Lanternway, which runs the cancer information centre at the hospital, offered to fund home scales.
"""),
        ("evidence", "WHAT HAS CHANGED", """
From January 2023, everyone starting chemotherapy for cancer of the oesophagus, stomach, pancreas,
lung or head and neck has been offered a set of bathroom scales and a weekly text message asking for
their weight and three questions about eating, drinking and sickness. Answers flow into a dashboard that
is reviewed every weekday by student dietitians on placement, under the supervision of the trust's
registered dietitians. An amber result leads to a call within 48 hours with food-first advice; a red
result, such as more than 5% weight lost or not drinking, goes straight to the acute oncology service.

<<Q:Unplanned admissions for dehydration, malnutrition or being unable to eat during chemotherapy fell
from 9.4% of patients in 2022 to 5.1% in 2024.>> <<Q:The share of patients who had lost more than 5% of
their body weight by the third cycle went down from 38% to 21%.>> <<Q:Chemotherapy cycles delayed or
reduced because the patient was too unwell or had lost too much weight fell from 18% to 11%.>>

In the two years, 684 patients took part, 2,912 calls were made and 96 students completed a placement
with the service.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:The trust's oncology dietitians and our academic staff wrote the amber and red thresholds together,
and lowered the weight threshold for head and neck patients after the dietitians showed that the first
version was missing people who were losing weight slowly but steadily.>> <<S:Acute oncology nurses asked
for red results to come through their existing triage line rather than a separate inbox, and the
dashboard was rebuilt so that they do.>> <<S:Staff at Lanternway's information centre pointed out that
many patients did not have a smartphone, so a landline call option was added, which the centre's
volunteers helped to test.>>

Patients were given scales and a booklet on eating well during treatment, and those who needed it were
sent recipes. At the end of the first year we handed out a short questionnaire in the day unit; most
people who answered said the weekly text was useful, so it was kept as it was. We intend to form a
patient panel with Lanternway in 2025 to look again at the booklet. Every patient starting chemotherapy
for these cancers now benefits from the checks.
"""),
        ("value", "VALUE", """
The scales cost £22 a set and were funded by Lanternway. The student placements count towards the
students' required practice hours, so the calls cost the NHS very little, and the trust's dietitians
spend about six hours a week supervising. An admission during chemotherapy costs about £3,000, and a
delayed or reduced cycle can affect how well treatment works.

Oncology nurses say they no longer find out about weight loss when the patient is already on the
chair. Students say the placement has taught them more about cancer care than any lecture.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1161  chair scales lent so housebound patients can be weighed at home -
#        docx - rubric headings - GP federation frailty lead nurse, practical -
#        GP federation with the council's equipment service and an older
#        people's charity - staff and older people involved (passive voice);
#        'more than halved', 'around a quarter', 'a third' - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1161", format="docx", layout="rubric_headings", topic="housebound_patients_home_weighing",
    project="independent73-stepon-1161", docx_font="Calibri",
    title="Step On, Sit Down: lending chair scales so that housebound patients can be weighed at home",
    cover=[
        "Lead: Amberwick GP Federation (Housebound Patients and Frailty Service)",
        "Partners: Amberwick Borough Council (Integrated Community Equipment Service); Age Well Amberwick (older people's charity)",
        "Written by the Frailty Lead Nurse, Amberwick GP Federation",
    ],
    primary_entrant=dict(name="Amberwick GP Federation", type="primary_care"),
    partners=[
        dict(name="Amberwick Borough Council", type="local_authority"),
        dict(name="Age Well Amberwick", type="charity"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Our federation runs the housebound patients service for the 22 GP practices in Amberwick, which between
them have around 3,800 patients who cannot get to the surgery. Each of them should have a yearly review
at home from a care coordinator, nurse or clinical pharmacist, and the review template asks for a weight
and a malnutrition screening score.

In practice, hardly anyone was weighed. Our clinicians did not carry scales, most bathroom scales in
people's homes were missing, broken or could not be used by someone who cannot stand unaided, and a
weight 'estimated by eye' is worse than no weight at all. When we audited the frailty register in
September 2022, 71% of housebound patients had no weight recorded in the previous year. Weight loss was
usually first noticed when the person was admitted to hospital, often with a fall, an infection or a
pressure ulcer.

One case made the point for us. In 2022 a woman of 86, seen at home by three different professionals over
the year, was admitted with a category 3 pressure ulcer. On the hospital scales she weighed 14 kg less
than the last weight in her GP record, which was from 2019. Her daughter, who lived abroad, had noticed
on a video call that her mother's face looked thinner but had assumed the surgery knew.

Our goals were to weigh every housebound patient at least once a year, and monthly for those at risk; to
act on weight loss before it turned into harm; and to do it without buying and storing equipment that
the federation had nowhere to keep.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since June 2023 the council's Integrated Community Equipment Service has stocked 48 chair scales and 30
portable seated scales for us. It calibrates them, cleans them between loans and delivers them within
three working days. Each of our visiting clinicians carries a portable seated scale in the car. Patients
at risk of malnutrition can have a chair scale on loan at home, and volunteers from Age Well Amberwick's
befriending scheme, who already visit many of these patients each week, help them weigh themselves on
the first day of each month and write the weight on a fridge chart, which a care coordinator collects
by phone. Any weight loss of more than 5% in three months triggers a food-first plan and, if it
continues, a referral to the community dietitians.

<<Q:The proportion of housebound patients on the frailty register with no weight recorded in the past
year has more than halved, from 71% in 2022 to 30% at the end of 2024.>> <<Q:Among patients found to be at
risk and weighed monthly, emergency admissions dropped by around a quarter in the year after they were
first weighed at home, compared with the year before.>> <<Q:New pressure ulcers reported by district
nurses in the same group were down by a third over the same period.>>

In all, 1,912 housebound patients have been weighed at home, 406 were found to be at medium or high risk,
and 137 have had a chair scale on loan.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<S:Our care coordinators, who make most of the home visits, chose the portable seated scale after
testing three models and rejecting two that would not fit in a small car boot.>> <<S:The equipment
service's technicians suggested a colour-coded tag showing the calibration date, after finding that the
first scales we had borrowed from a hospital ward were two years out of date.>> <<S:Clinical
pharmacists in the federation added a weight prompt to the structured medication review template, so
that a weight taken on any visit is used to check doses of medicines affected by body weight.>>

<<P:The loan agreement and the instructions that go with each chair scale were rewritten after being
read through by members of Age Well's Tuesday lunch club, who found the first version full of jargon and
asked for a fridge chart to write the weights on.>> <<P:Two carers of housebound husbands tried out the
portable scale at home for a month and told us that transferring onto it was the hard part, so every loan
now comes with a short demonstration by the care coordinator.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
A chair scale costs about £350 and a portable seated scale about £280; the equipment service bought the
stock from its existing budget and recovers a small loan fee from the federation. The volunteers' time is
already part of Age Well's befriending scheme. A single emergency admission of a frail older person costs
the NHS around £3,500, and a category 3 pressure ulcer costs several thousand pounds more to treat.

Care coordinators say that having a real weight has changed the conversation with patients and families
about eating. Several patients have told us they were pleased to be weighed properly for the first time in
years.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The district nursing service has started borrowing scales through the same arrangement for its own
caseload. Two neighbouring GP federations have asked for our loan agreement and fridge chart, and the
equipment service has offered the scales to any practice in the borough. We presented the work at the
regional frailty network in October 2024.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1162  burns from hot water bottles, wheat bags and heat pads - pdf - with
#        appendix - fire service prevention manager, direct - fire and rescue
#        service with the burns service and a diabetes support network -
#        people with neuropathy and a burns survivor involved - NO staff
#        involvement (advisers and firefighters trained, watch managers
#        briefed, a named station manager, a survey that changed nothing, a
#        plan)
# ---------------------------------------------------------------------------
entry(
    id="I1162", format="pdf", layout="with_appendix", topic="heat_product_contact_burns_reduced_sensation",
    project="independent73-toohottofeel-1162", pdf_font="LiberationSans",
    title="Too Hot to Feel: preventing burns from hot water bottles, wheat bags and heat pads",
    cover=[
        "Lead: Marrowfield and Coast Fire and Rescue Service (Prevention Directorate)",
        "Partners: North Marrowfield Hospitals NHS Trust (Regional Burns Service); Marrowfield Diabetes Support Network",
        "Author: Prevention Manager, Vulnerable Persons",
    ],
    primary_entrant=dict(name="Marrowfield and Coast Fire and Rescue Service", type="emergency_service"),
    partners=[
        dict(name="North Marrowfield Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Marrowfield Diabetes Support Network", type="patient_group"),
    ],
    sections=[
        ("context", "Background", """
Every winter the regional burns service sees older people and people with long-term conditions with deep
burns that they did not feel happening. A hot water bottle rests against a shin all night. A wheat bag,
heated for too long in the microwave, is put on a numb foot. An electric heat pad with no automatic
switch-off is left under a back for hours. People with diabetic neuropathy, a spinal cord injury, a
stroke or multiple sclerosis, and people taking strong painkillers or sleeping tablets, may not wake or
notice until the skin is badly damaged.

These contact burns are often full thickness. In people with diabetes or poor circulation they heal
slowly, become infected and sometimes end in an amputation. Many need skin grafts and weeks in the burns
unit. In 2021/22, 47 people aged over 60 or living with diabetes were admitted to the burns service with
contact burns from heat products.

The same products cause fires. Wheat bags can smoulder and ignite if they are overheated or reheated
before they have cooled, and our crews attended several kitchen and bedroom fires started this way. Old
rubber hot water bottles perish and split, and scald.

We already visit thousands of older and vulnerable people each year for home fire safety checks. The
burns service knew who was getting hurt and how. What was missing was anyone asking about heat products
in people's homes before the injury, and anyone offering something safer.
"""),
        ("evidence", "What we did and what changed", """
From October 2022 our home fire safety visits include four questions about how the person keeps warm in
bed and in the chair. Advisers swap any hot water bottle more than two years old, or with a perished
neck, for a new one with a fleece cover and the date marked on it, take away electric heat pads without
an automatic switch-off with the person's agreement, and offer thermal socks and a fleece foot warmer to
anyone with numb feet. Every visit leaves a fridge magnet with the burns service's first aid advice:
cool the burn under running water for 20 minutes and get it seen the same day.

<<Q:Admissions to the burns service for contact burns from heat products among people over 60 or living
with diabetes fell from 47 in 2021/22 to 26 in 2023/24.>> <<Q:Of those admitted, the share who needed a
skin graft went down from 55% to 31%, because more people cooled the burn straight away and came in
sooner.>>

Since the start, the questions have been asked on 7,900 home fire safety visits, 2,140 hot water bottles
have been replaced and 310 electric heat pads taken away.
"""),
        ("stakeholders", "Involvement", """
<<P:Members of the Marrowfield Diabetes Support Network who live with neuropathy in their feet tested six
kinds of foot warmer and thermal sock over a winter and told us which ones were warm enough to stop
people reaching for a hot water bottle, and those are the ones we now give out.>> <<P:A woman who was
burned on both shins by a wheat bag in 2021, and who spent seven weeks in the burns unit, wrote the
opening of our leaflet in her own words.>> <<P:Network members also chose the wording on the fridge
magnet, replacing 'apply cool running water' with 'put it under the cold tap for 20 minutes'.>>

All 186 home safety advisers and 430 wholetime firefighters were trained by nurses from the burns service
in a 40-minute session. Watch managers were briefed at their quarterly meeting. The project has been led
by Station Manager Lee Carver, whose role covers vulnerable people. After the first winter we sent a
short survey to advisers, who rated the training highly, and it has not been changed. We plan to set up
a practitioners' group with burns nurses and advisers next year.
"""),
        ("value", "Value", """
A new hot water bottle and cover costs us £6.50 and a pair of thermal socks £3. The products are paid for
from the service's prevention budget, about £21,000 so far. A single admission to the burns unit for a
grafted burn costs the NHS well over £10,000, and an amputation costs far more in every sense.

Advisers say the questions are easy to ask and that people are often surprised to learn that a hot water
bottle can burn without them feeling it.
"""),
        ("spread", "Spread", """
The burns service has shared the questions with the two other fire and rescue services in its region,
one of which has added them to its visits. The national fire chiefs' prevention group has included our
leaflet in its resources for home fire safety visits, and the diabetes network has sent it to other
support groups across the country.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the heat product questions and where our figures come from"),
        ("para", "The four questions asked on every home fire safety visit: 1. How do you keep warm in bed? 2. Do you use a hot water bottle, wheat bag or heat pad, and how old is it? 3. Can you feel your feet and legs normally? 4. How do you heat a wheat bag, and for how long?"),
        ("para", "Admission and skin graft figures were provided by the Regional Burns Service at North Marrowfield Hospitals NHS Trust from its admissions database. Visit, replacement and removal figures are from the fire and rescue service's home safety records."),
        ("para", "Marrowfield and Coast Fire and Rescue Service, Prevention Directorate, Headquarters, Quayside Road, Marrowfield, MF2 6QT."),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1163  food and drink for people waiting in the emergency department - docx
#        - sections in an unusual order (results first) - ED matron, frank -
#        acute trust with the hospital volunteers' charity and the catering
#        contractor - staff involved - NO patient involvement (a complaint that
#        started it, patients offered drinks and told by poster, a negation, a
#        plan)
# ---------------------------------------------------------------------------
entry(
    id="I1163", format="docx", layout="reordered", topic="emergency_department_hydration_nutrition_long_waits",
    project="independent73-nobodygoesdry-1163", docx_font="Cambria",
    title="Nobody Goes Dry: food and drink for people waiting many hours in the emergency department",
    cover=[
        "Lead organisation: St Aldric's Hospital NHS Foundation Trust, Emergency Department",
        "Partners: Friends of St Aldric's (registered charity, hospital volunteer service); Tablecraft Services Ltd (the hospital's catering contractor)",
        "Author: Matron, Emergency Department",
    ],
    primary_entrant=dict(name="St Aldric's Hospital NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Friends of St Aldric's", type="charity"),
        dict(name="Tablecraft Services Ltd", type="private"),
    ],
    sections=[
        ("evidence", "What has improved", """
<<Q:In our monthly audit of patients who had been in the department for more than 12 hours, the share
with no drink recorded in the previous four hours fell from 58% in early 2022 to 9% in 2024.>>
<<Q:Patients who developed stage 2 or 3 acute kidney injury while waiting in the department went down
from 31 in 2022 to 12 in 2024.>> <<Q:Episodes of low blood sugar in patients with diabetes waiting for a
bed fell from 44 to 15 over the same period.>>

In 2024 the department's rounds served around 41,000 drinks and 9,600 hot meals and snack boxes. Every
patient who has been in the department for four hours now has a food, drink and mouth care check
recorded on the electronic board.
"""),
        ("context", "Why we started", """
St Aldric's emergency department sees about 310 patients a day. Like many departments, we now have
patients waiting many hours, sometimes more than a day, for a bed on a ward, on trolleys in cubicles and
in the corridor. Most of them are older people with medical problems, and many cannot get up to ask for
a drink or reach one on a table.

The department was never built to feed people. There was no catering service, only a vending machine in
the waiting room and a kettle in the staff room. Patients were often kept nil by mouth 'just in case'
they needed an operation, and nobody went back to check. Nurses looking after twelve patients in a
corridor did not have time to make tea, and when they did, there was nothing to eat after the hospital
kitchen closed at 7pm.

The work began with a complaint. In November 2021 the daughter of an 89-year-old man wrote to the chief
executive after her father, who has diabetes, had been in the department for 19 hours and been given
nothing to eat and two cups of water. He had a hypo and a fall from the trolley. When we looked into it,
we found that his experience was not unusual.
"""),
        ("stakeholders", "How we worked together", """
<<S:Nurses and healthcare assistants from the department designed the rounds at 8am, 12 noon, 5pm and
10pm, and they chose to combine drinks with mouth care and a check of the nil by mouth status because, as
one of them put it, 'you cannot give someone a drink if nobody has asked whether they can have one'.>>
<<S:Emergency department doctors agreed that every nil by mouth instruction would be reviewed after two
hours, and the consultant body rewrote the department's guidance so that it is.>> <<S:Tablecraft's ward
supervisors worked with the department's nurses to design a hot meal box that can be kept for up to two
hours in a heated trolley, and they changed the menu twice after nurses pointed out that patients on
trolleys could not manage soup.>> <<S:The diabetes inpatient nurses wrote the snack box rules for
patients on insulin with the healthcare assistants who carry out the rounds.>>

The Friends of St Aldric's funded the heated trolley and the drinks station. Patients and relatives are
told about the rounds by a poster and a card on each cubicle. We did not formally ask patients about the
rounds while we were setting them up, although we hear a lot of comments in passing. We would like to
work with the hospital's patient panel on the menu next year.
"""),
        ("value", "Value", """
The heated trolley and drinks station cost the Friends about £14,000. The meals and snacks cost around
£2.80 per patient per day, paid for by the trust under the existing catering contract. Each case of
acute kidney injury adds several days to a hospital stay, and a fall from a trolley can mean a fracture
and a much longer admission.

Nurses say they feel less ashamed of the care they give in the corridor. Relatives no longer have to
go to the vending machine at midnight to find their mother something to eat.
"""),
        ("spread", "Spread", """
The acute medical unit and the same day emergency care unit have adopted the rounds. The regional
emergency care network has shared our round schedule and nil by mouth guidance with the other eleven
emergency departments in the region. Tablecraft has offered the hot meal box at the other hospitals it
supplies.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1164  food in the cupboard after older people leave hospital - pdf (via
#        Word) - style headings - ICB ageing well programme manager, corporate -
#        ICB with the council, a home from hospital charity and the acute trust
#        - older people and a carer involved - NO staff involvement (ward staff
#        trained, therapists briefed, a named programme lead, charity staff doing
#        their job, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1164", format="pdf", layout="style_headings", topic="food_at_home_after_hospital_discharge",
    project="independent73-cupboardcheck-1164", render_via="soffice", docx_font="Liberation Sans",
    title="Cupboard Check: food in the house and meals in the first fortnight after older people leave hospital",
    cover=[
        "NHS Fellbrook and Thornwick Integrated Care Board, Ageing Well Programme (lead)",
        "Partners: Fellbrook Metropolitan Borough Council (Adult Social Care); Home Again Fellbrook (home from hospital charity); Fellbrook Royal Infirmary NHS Foundation Trust",
        "Author: Senior Programme Manager, Ageing Well",
    ],
    primary_entrant=dict(name="NHS Fellbrook and Thornwick Integrated Care Board", type="icb"),
    partners=[
        dict(name="Fellbrook Metropolitan Borough Council", type="local_authority"),
        dict(name="Home Again Fellbrook", type="charity"),
        dict(name="Fellbrook Royal Infirmary NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem we set out to solve", """
Older people who live alone are often discharged from hospital to an empty house. The fridge has been off
or its contents have gone bad, there is no bread or milk, and the person is weaker than when they went
in. They may not be able to walk to the shop, stand long enough to cook, or carry a shopping bag. Many do
not want to make a fuss, and their family may live a long way away. The discharge checklist asked
whether they had medicines, transport and a key, but not whether there was anything to eat.

Poor eating and drinking in the first days at home leads to dehydration, confusion, falls, infections and
slower healing of wounds and pressure areas. In a review of 120 readmissions within 30 days among people
over 75 who lived alone, carried out by the acute trust and the ICB in 2022, poor food or fluid intake at
home was noted as a factor in a third of cases.

The parts of the answer were scattered between organisations. The hospital knew who was going home alone.
Home Again Fellbrook, a local charity, already ran a small home from hospital service with volunteers.
The council could arrange meals, shopping help and short-term care. And the ICB could bring the funding
and the data together.
"""),
        ("evidence", "Evidence of improvement", """
Since April 2023, every person over 70 going home alone from Fellbrook Royal Infirmary is asked three
questions before discharge: what will you eat tonight, who will do your shopping this week, and can you
make yourself a hot drink? Anyone who cannot answer with confidence is referred to Home Again, which
delivers a welcome home box on the day of discharge with bread, milk, soup, ready meals and any
prescribed supplement drinks, and then phones or visits on days 2, 7 and 14 to ask about eating and
drinking using a short screening tool. Concerns are passed to the community dietitians or the GP, and
the council's front door team arranges meals or shopping support within two working days.

<<Q:Readmissions within 30 days among people who had a Cupboard Check were 12%, compared with 19% among
similar people discharged in the year before the scheme started.>> <<Q:Falls at home needing an
ambulance within a month of discharge went down from 74 in 2022/23 to 49 in 2023/24 among people going
home alone.>>

In the first 21 months, 3,210 people were asked the three questions, 1,180 welcome home boxes were
delivered and 212 people were referred on to the community dietitians.
"""),
        ("stakeholders", "How people were involved", """
<<P:The three questions were worked out with a group of eight older people who had recently come home
from hospital, met through Home Again's coffee mornings, and they replaced 'Do you have adequate
nutrition at home?' with 'What will you eat tonight?'.>> <<P:A carer whose father was readmitted in 2022
after four days without a proper meal sat on the programme board for the first year and insisted that
every box should include something hot.>> <<P:Older people who received the first boxes told us that
tins were no use to people with arthritic hands, so ring-pull tins and easy-open cartons are now used.>>

Ward nurses and discharge coordinators were trained to ask the three questions, and 640 completed the
e-learning. Therapists were briefed at their team meetings. The programme was led by the ICB's Ageing
Well programme manager, Fiona Dale, who chaired the programme board. Home Again's staff and volunteers
deliver the boxes and make the follow-up calls. We sent a questionnaire to ward staff after six months and
the answers were positive, so the process was kept as it was. We plan to hold a workshop with ward nurses
and community dietitians in 2025.
"""),
        ("value", "Value", """
A welcome home box costs about £18 and the follow-up calls about £40 per person, funded by the ICB's
ageing well budget at around £70,000 a year. Each readmission avoided saves the NHS around £4,000 and
each fall avoided spares an older person pain and loss of confidence. The three questions take two
minutes on the ward.

People tell us the box on the kitchen table made coming home feel less lonely.
"""),
        ("spread", "Spreading the approach", """
The community hospital and the hospice in-patient unit began asking the three questions in 2024. The
ICB has included Cupboard Check in its discharge standards for all providers from April 2025, and the
neighbouring ICB is funding a similar service with its local home from hospital charity.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1165  cellulitis in people with lymphoedema - docx - style headings -
#        support group chair with lived experience, personal - lymphoedema
#        support group with the community trust's lymphoedema service and a
#        PCN - members involved - NO staff involvement (the PCN agreeing,
#        practice teams briefed, pharmacists sent the protocol, a named clinical
#        lead, a hope) - NO quantitative evidence (cards, packs, episodes, a
#        single percentage, a goal, no comparison yet)
# ---------------------------------------------------------------------------
entry(
    id="I1165", format="docx", layout="style_headings", topic="lymphoedema_cellulitis_standby_antibiotics",
    project="independent73-keeptheskinwhole-1165", docx_font="Calibri",
    title="Keep the Skin Whole: catching cellulitis early in people with lymphoedema",
    cover=[
        "Lead: Lymph Link Saltmarsh (lymphoedema support group)",
        "Partners: Saltmarsh and Brayford Community Health NHS Trust (Lymphoedema Service); Brayford Primary Care Network",
        "Written by the group's chair, who has lived with lymphoedema in her left leg since 2009",
    ],
    primary_entrant=dict(name="Lymph Link Saltmarsh", type="patient_group"),
    partners=[
        dict(name="Saltmarsh and Brayford Community Health NHS Trust", type="nhs_trust"),
        dict(name="Brayford Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
Lymphoedema is long-term swelling, usually of a leg or an arm, caused when the lymphatic system cannot
drain fluid properly. Some of us were born with it, many of us developed it after cancer treatment, and
a growing number have it because of obesity or immobility. Swollen skin is stretched, dry and easily
broken, and bacteria get in. Cellulitis, a spreading skin infection, is the most common and most
feared complication. Each attack damages the lymphatic vessels further, so the swelling gets worse, which
makes the next attack more likely.

Cellulitis in a lymphoedematous limb needs antibiotics within hours, not days. It often starts suddenly,
with shivering and a red, hot, painful patch, and it seems always to start on a Friday night. Between
us, we have phoned the surgery and been offered an appointment in three days, been sent to the emergency
department by NHS 111 and waited all night, or tried to sit it out. Some of us ended up in hospital on a
drip, and one of our members developed sepsis.

National guidance says that people with lymphoedema who have had repeated cellulitis should be
considered for a standby supply of antibiotics at home and should know the early signs. In Saltmarsh and
Brayford, almost nobody had one. Lymph Link Saltmarsh has 260 members and meets monthly in a church hall
in Brayford. We decided we would try to change that.
"""),
        ("evidence", "Results so far", """
Since May 2023 every member has been offered a Red Leg card, which shows the early signs of cellulitis in
photographs and says what to do, and a skin care kit with an emollient, a pH-neutral wash and an
antifungal cream for between the toes. Members who have had two or more episodes of cellulitis in the
past year are offered a standby pack of antibiotics, prescribed by their own GP under the primary care
network's protocol, which follows the trust's cellulitis guidance unchanged. Anyone who starts their
pack sends a photo to the lymphoedema service's advice line and is reviewed within one working day.

In the first 18 months 214 members received a Red Leg card and skin care kit, and 163 standby packs were
issued. 58 episodes of cellulitis were treated with a pack. In 88% of those, the member started
antibiotics within 12 hours of noticing the first signs. Nine people still needed to be admitted to
hospital.

Our goal is that nobody with lymphoedema in our area waits more than 12 hours to start antibiotics. We
do not yet have figures from before the scheme to compare with, but the lymphoedema service hopes to look
at hospital admissions for cellulitis in its patients during 2025.
"""),
        ("stakeholders", "Involvement", """
<<P:Twelve members spent three evenings designing the Red Leg card, and they insisted that it show
photographs of cellulitis on darker as well as lighter skin, because every leaflet any of us had been
given only showed white legs.>> <<P:Members tested four emollients over the summer and chose the one
that did not leave their compression garments greasy or stiff, which is the one now in the kit.>> <<P:Mr
Dev Sharma, who has had cellulitis nine times, suggested that the standby pack come in a zip bag with the
card inside, so that it can be grabbed on the way out of the door.>>

The primary care network agreed to prescribe the standby packs. Practice nurses and reception teams
were briefed about the scheme at a network learning afternoon, and community pharmacists were sent a
copy of the protocol. The lymphoedema service's clinical lead, Dr Rachel Ibbotson, oversees the advice
line as part of her role. We would like practice nurses to join our planning group next year.
"""),
        ("value", "Value", """
A skin care kit costs about £12 and a standby pack of antibiotics about £5. The cards were printed with
a £1,500 grant from a local community foundation. An admission for intravenous antibiotics for
cellulitis usually lasts four or five days and costs well over £2,000, and every attack makes the
lymphoedema harder to control.

For us as members, it has given back some sense of control. Several of us now go away on holiday with a
pack in the suitcase, which we would not have dared to do before.
"""),
        ("spread", "Spread", """
The lymphoedema service has offered the Red Leg card to all its patients across Saltmarsh and Brayford,
not just our members. A national lymphoedema charity has asked to use the photographs in its own
materials, and two other support groups have started talking to their local practices about standby
packs.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1166  undernutrition and vitamin deficiencies in older patients of one GP
#        practice - docx - bullet lists - GP partner, short - one practice on its
#        own, NO partner (ineligible) - staff involved - NO patient involvement
#        (patients told by text, the PPG updated, a hope)
# ---------------------------------------------------------------------------
entry(
    id="I1166", format="docx", layout="bullet_lists", topic="gp_practice_undernutrition_vitamin_deficiency",
    project="independent73-hiddenhunger-1166", docx_font="Arial",
    title="Hidden Hunger: finding undernutrition and vitamin deficiencies in our older patients",
    cover=[
        "Wyvern Lane Surgery, Hollowmere",
        "A project of the practice's GPs, practice nurses, clinical pharmacist and care coordinators",
        "Submitted by Dr Niamh Carrick, GP Partner",
    ],
    primary_entrant=dict(name="Wyvern Lane Surgery", type="primary_care"),
    partners=[],
    sections=[
        ("context", "Why we did this", """
Wyvern Lane is a town-centre practice with 11,200 patients, 1,140 of whom are on our frailty register.

What made us act:

- in 2022 two of our patients in their eighties, both living alone, were diagnosed with scurvy after coming in with bleeding gums and bruising; both had been living mainly on tea and biscuits

- weights were missing from most frailty reviews, and nobody in the practice could say how many of our older patients were undernourished

- nutritional supplement drinks were being started on request, often after a hospital stay, and left on repeat for years without anyone checking whether they were needed or being taken

- vitamin D and B12 deficiencies were being found by chance on blood tests done for other reasons

- our care coordinators, who phone frail patients after a hospital stay, kept hearing that people had stopped cooking properly after losing a husband or wife, but there was nowhere in the record to note it

Undernutrition in older people goes hand in hand with falls, infections, pressure ulcers, slow wound
healing and longer hospital stays. Scurvy in particular should belong in the history books. We felt that
if two cases had reached us, there were certainly many more patients with milder problems that we were
simply not seeing.
"""),
        ("evidence", "What changed", """
Since January 2023:

- a malnutrition screening score, a weight and three questions about eating are part of every frailty review and every flu clinic appointment for over-75s

- anyone at risk has a food-first plan, a blood test for common deficiencies and a review after three months

- supplement drinks are only started after the clinical pharmacist has checked the food-first plan

- <<Q:patients on our frailty register with a malnutrition screening score recorded in the past year went from 23% in 2022 to 81% at the end of 2024>>

- <<Q:new prescriptions of supplement drinks with no dietary review fell from 64 in 2022 to 11 in 2024>>

- 312 patients have been found to be at risk and put on a plan

- patients at high risk are discussed at our monthly frailty meeting and referred to the community dietitians if the food-first plan has not worked

- 47 patients were found to have low vitamin D, 19 low vitamin B12 and 3 low vitamin C, and all have been treated

- everyone at risk is given a simple 'eating well on your own' sheet with ideas for quick, cheap meals that need little preparation
"""),
        ("stakeholders", "Who was involved", """
- <<S:our practice nurses rewrote the frailty review template and cut the eating questions down to three after trying the first version in their clinics>>

- <<S:care coordinators suggested adding the screening to the flu clinics, where almost every older patient comes through the door once a year>>

- <<S:the clinical pharmacist and two GPs agreed the rules for starting and stopping supplement drinks and changed them after the first six months>>

- patients were told about the checks by text message

- the patient participation group was updated at its spring meeting

- we would like to ask some of the patients who have been on a plan what helped them
"""),
        ("value", "Value", """
- the checks fit into appointments that were already happening

- stopping supplement drinks that were not needed has saved the practice's prescribing budget an estimated £9,000 a year

- each patient who avoids a fall or an admission because a problem was found early saves far more than the few minutes the check takes

- GPs and nurses say they now think about food in the same way they think about blood pressure
"""),
        ("spread", "Spread", """
- we have shared our template with the other practices in our primary care network

- the community dietetics service has asked to use our three questions in its training for care coordinators across the borough
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1167  pressure damage under splints and orthoses in disabled children -
#        pdf - numbered questions - children's community nursing clinical lead,
#        caring - community trust with a private orthotics contractor and the
#        council's SEND service - families (by pronoun), teenagers and staff
#        involved - NO quantitative evidence in the evidence section (photo,
#        child, staff counts, a target not reached); a measured change told only
#        in the value section
# ---------------------------------------------------------------------------
entry(
    id="I1167", format="pdf", layout="numbered_questions", topic="children_orthoses_pressure_injuries",
    project="independent73-skinundersplints-1167", pdf_font="DejaVuSans", pdf_align="L",
    title="Skin Under Splints: checking for pressure damage in disabled children who use orthoses and postural equipment",
    cover=[
        "Lead organisation: Pellham Community Health NHS Trust (Children's Community Nursing and Paediatric Therapies)",
        "Partners: Orthomove Ltd (orthotics contractor); Pellham City Council (Special Educational Needs and Disability Service and its three special schools)",
        "Author: Clinical Lead, Children's Community Nursing",
    ],
    primary_entrant=dict(name="Pellham Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Orthomove Ltd", type="private"),
        dict(name="Pellham City Council", type="local_authority"),
    ],
    sections=[
        ("context", "1. Describe the problem and why a partnership was needed", """
Many children with cerebral palsy and other conditions affecting movement use equipment every day:
ankle-foot orthoses, hand and knee splints, spinal jackets, postural seating and sleep systems. This
equipment protects joints and helps children stand, sit and sleep in good positions. It also presses on
skin for many hours a day, and children grow quickly, so a splint that fitted well in September can be
too tight by Christmas.

Many of these children cannot tell anyone that something hurts. A pressure injury on a heel, ankle or
hip can be well advanced before anyone notices, and once the skin has broken the child usually cannot
wear the equipment until it heals, which can set back their physical progress by months. In 2022 a boy
of nine developed a heel ulcer under his ankle-foot orthosis that took five months to heal, during which
he missed a lot of school and could not stand in his standing frame.

Responsibility was spread thin. Orthoses are supplied and reviewed by Orthomove, the trust's orthotics
contractor, usually every six months. Teaching assistants in special schools put splints on and take
them off several times a day. Parents do it at home. Our physiotherapists and occupational therapists
set the wearing regime, and our children's community nurses see the skin only if someone asks them to.
Nobody was looking at the skin in a consistent way, and there was no quick route back to the orthotist
when something did not look right.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since January 2023, whenever a child's equipment comes off, whoever takes it off looks at the skin
underneath. Any red mark that has not faded after 20 minutes is photographed through a simple app and
sent to the children's community nursing team, who reply the same day. If the equipment needs changing,
Orthomove offers a fit check within ten working days. In the special schools the check is done at lunch
time, and at home at bedtime.

In the first two years, 214 children have been on the programme and 1,140 photos have been sent. 37
children had their equipment adjusted or replaced early as a result. Our target is for 90% of fit checks
to happen within ten working days; in 2024 we reached 84%. 212 school staff have been trained in the
skin check.
"""),
        ("stakeholders", "3. Who was involved, and how were patients, families and staff involved?", """
<<P:Eleven families came to two evening sessions at the child development centre, and they asked that
the skin check be a photo diary on their phone instead of a paper chart, which is what the app now
does.>> <<P:They also told us that the worst marks often appeared after long car journeys in a car seat
with a splint on, so a check after travel was added.>> <<P:Two teenagers who use ankle-foot orthoses
chose the name and the pictures in the app, and one asked for a 'my skin is fine' button so that checks
could be quick on good days.>>

<<S:Teaching assistants at the three special schools, who put on and take off splints several times a
day, helped write the check and suggested doing it at lunchtime, when children are out of their
equipment anyway.>> <<S:Orthotists from Orthomove asked for a ruler or coin to be included in each photo
so they can judge the size of a mark, and they set aside two clinic slots a week for fit checks.>>
<<S:Our physiotherapists and occupational therapists rewrote the wearing regimes so that every regime
now says when the skin should be checked.>>
"""),
        ("value", "4. What has been the impact, and is it value for money?", """
<<Q:Hospital admissions of children on our caseload for pressure injuries went from six in 2022 to one
in 2024.>> Each of those admissions meant days in hospital and weeks or months out of equipment. The app
was built for about £6,000 using an existing platform, and the fit check slots come from Orthomove's
existing contract. A new orthosis costs several hundred pounds, so adjusting one early is far cheaper
than replacing it after an injury.

Parents say they feel more confident taking equipment on and off and know who to contact. Teaching
assistants say they now notice marks they would have missed.
"""),
        ("spread", "5. How has the work been shared?", """
The skin check has been added to the trust's adult community learning disability service for adults who
use postural equipment. Orthomove has introduced photo-based fit checks with two other trusts it
supplies. We presented the work to the regional children's community nursing network in 2024.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1168  customers of a frozen meals delivery company who stop eating - pdf -
#        form table - PRIVATE meals company as primary entrant, with the
#        district council and the community trust (ineligible) - customer
#        welfare manager, short - drivers ('route hosts') and a customer panel
#        involved - NO evidence section and no measured change anywhere
# ---------------------------------------------------------------------------
entry(
    id="I1168", format="pdf", layout="form_table", topic="frozen_meals_delivery_welfare_checks",
    project="independent73-emptyfreezer-1168", pdf_font="LiberationSans",
    title="Empty Freezer Alert: spotting older customers who have stopped eating",
    cover_table=[
        ("Entry title", "Empty Freezer Alert: spotting older customers who have stopped eating"),
        ("Primary entrant", "Hearthside Meals Direct Ltd"),
        ("Partners", "Brindlecombe District Council (Adult Social Care Front Door); Brindlecombe Community Health NHS Trust (Community Dietetics)"),
        ("Submitted by", "Customer Welfare Manager, Hearthside Meals Direct Ltd"),
    ],
    primary_entrant=dict(name="Hearthside Meals Direct Ltd", type="private"),
    partners=[
        dict(name="Brindlecombe District Council", type="local_authority"),
        dict(name="Brindlecombe Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
Hearthside delivers frozen ready meals to about 2,600 customers in Brindlecombe and the surrounding
villages, most of them over 80. Many are referred by the council as part of their care and support plan;
others order for themselves. Our drivers visit each customer every week or fortnight, put the meals in the
freezer and take the order for next time.

Our drivers often notice that a customer has stopped eating the meals. The freezer is still full from
last week, the customer orders less and less, or says they are 'not bothering' with lunch any more. In the
past, a driver might mention it to the office, and the office might ring a family member if there was one
on file. Often nothing happened. In early 2022 a customer in her nineties was found collapsed at home by
a neighbour, severely dehydrated and underweight. Her driver had noticed a full freezer three weeks in a
row.

We are a food company, not a health service. We needed somewhere to send what our drivers saw, and
somebody who could act on it. Since March 2023, when a driver finds that a customer has eaten fewer than
half of last week's meals, or the customer says they have lost their appetite, the driver ticks an
Empty Freezer Alert on their handheld device. Our welfare team calls the customer the same day and, with
their consent, passes the alert to the council's front door team, which checks whether the person needs
a review of their care, and to the community dietitians, who phone within a week.
"""),
        ("stakeholders", "How were customers and staff involved?", """
<<S:Our drivers, whom we call route hosts, designed the freezer check themselves at two evening meetings
and chose the 'fewer than half' rule because it was something they could see at a glance without
counting every meal.>> <<S:Route hosts also asked for a free-text box on the handheld device, because
they wanted to record things like 'curtains still closed at noon' that did not fit any tick box.>>
<<S:The council's front door social workers and the community dietitians worked out with our welfare
team who would ring the customer first, so that nobody gets three calls in one day.>>

<<P:Twelve customers from our customer panel tried out the welfare call script by phone and told us it
sounded like a sales call, so it now starts with the route host's name and the words 'your driver was
worried about you'.>> <<P:A customer's son, who lives in Scotland, suggested that families be able to
sign up to receive the alert by text as well, which about a third of families now do.>>
"""),
        ("value", "Impact and value", """
Empty Freezer Alert runs on our existing delivery software and welfare team, so the cost to us has been
a few days of development time. In the first 18 months, route hosts raised 1,060 alerts; 612 customers
agreed to be passed to the council or the dietitians, and 188 had their care reviewed. The scheme costs
the council and the NHS nothing beyond the time of the calls.

Our route hosts tell us they feel that what they notice finally matters. Customers and families have
thanked us for calling.
"""),
        ("spread", "Sharing and spread", """
We have introduced Empty Freezer Alert across all eleven of our depots, covering nine council areas, and
are talking to three more councils about linking to their front door teams. We shared the approach at a
national meeting of meals providers in 2024.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
