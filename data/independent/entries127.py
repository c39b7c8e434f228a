"""One-hundred-and-twenty-seventh independent evaluation set (I2017..I2032) for the HSJ 'Best
Partnership Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were read
(with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or any
earlier gold output.  All organisations, places and people are fictional.  The entries are
meant to be ordinary: the kind of thing renal units, pathology services, community trusts,
councils, care home groups, kidney charities, universities, ambulance services, GP
federations, primary care networks and pharmaceutical committees send in, in their own
voices and at their own length.  The theme of this set is kidneys, bladder and continence:
acute kidney injury in the community, home dialysis, catheter-associated infections,
continence care in care homes and kidney transplant follow-up.

Topics:
  I2017 acute kidney injury blood results flagged after GP practices have closed (nhs_trust,
        pathology service; pdf own_headings)
  I2018 needle dislodgement and blood loss during solo overnight home haemodialysis
        (nhs_trust, renal unit; docx bold_headings with a cover table)
  I2019 catheter-associated urinary tract infections in care homes (icb; pdf two_column)
  I2020 prompted toileting instead of pad-only care in nursing homes (PRIVATE care home
        group as primary entrant; docx numbered_questions with cover bullets)
  I2021 transplant drug level blood tests taken at GP surgeries that never reach the
        transplant clinic (university; pdf caps_headings)
  I2022 home dialysis supplies and visits during snow and flooding (local_authority,
        emergency planning; docx no_headings)
  I2023 sick day advice on pausing medicines given by community pharmacies (primary_care,
        a local pharmaceutical committee; pdf form_table)
  I2024 people sent home from hospital with a urinary catheter and no plan to remove it
        (nhs_trust, community trust; docx rubric_headings)
  I2025 care home residents cutting down on drinks for fear of accidents (local_authority,
        public health; pdf made from Word, style headings, no value section)
  I2026 skin cancer checks for people living with a kidney transplant (charity, a kidney
        charity; pdf with_appendix)
  I2027 people with acute kidney injury risk left at home by ambulance crews
        (emergency_service; docx bullet_lists)
  I2028 remote review of home haemodialysis treatment records (departments of one trust,
        no partner; pdf numbered_questions)
  I2029 catheter care by home care workers (primary_care, a GP federation; docx reordered,
        results first)
  I2030 night-time continence checks and falls in care homes (PRIVATE continence products
        company as primary entrant; pdf bullet_lists)
  I2031 young people moving from children's to adult kidney transplant care (nhs_trust,
        children's hospital; docx style_headings)
  I2032 blood pressure and diabetes medicines restarted after acute kidney injury
        (primary_care, a primary care network; docx form_table, short, no evidence section)

Build it with

    .venv/bin/python data/independent/build.py --set 127   (writes data/corpus/independent127/)

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
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including 'halved', 'a third fewer' or a sustained shift on a run or SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual names
    for the people involved, list items), wherever in the entry it is told; a volunteer
    or peer worker with lived experience, employed by a partner, who helped design the
    work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance services are emergency_service; GP
practices, GP federations, primary care networks and local pharmaceutical committees are
primary_care; kidney patients' associations are patient_group; kidney charities, care
providers' associations and 4x4 volunteer groups are charity; a university is university;
care home groups, dialysis equipment and continence product companies are private).  A
department or team of the entrant's own organisation is not a partner.  Flags are written
by hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I2017  AKI results flagged after GP practices have closed - pdf - own
#        headings - consultant clinical biochemist, careful - acute trust
#        pathology with the out-of-hours GP service's community trust, a GP
#        federation and the ICB - patients and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I2017", format="pdf", layout="own_headings", topic="aki_results_out_of_hours_community",
    project="independent127-nightwatch-2017", pdf_font="LiberationSans", pdf_align="L",
    title="Nightwatch: making sure a kidney warning in a community blood test is acted on before morning",
    cover=[
        "Lead organisation: Carrowmere and District Hospitals NHS Trust, Department of Clinical Biochemistry",
        "Partners: Carrowmere Community Health NHS Trust (GP Out of Hours Service); Carrowmere GP Federation; NHS Carrowmere and Hessle Vale Integrated Care Board",
        "Written by a consultant clinical biochemist on behalf of the Nightwatch group",
    ],
    primary_entrant=dict(name="Carrowmere and District Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Carrowmere Community Health NHS Trust", type="nhs_trust"),
        dict(name="Carrowmere GP Federation", type="primary_care"),
        dict(name="NHS Carrowmere and Hessle Vale Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Where the risk sat", """
Our laboratory analyses roughly 3,000 kidney function tests a day, and about two thirds of them come
from GP surgeries, phlebotomy hubs and community nurses rather than from hospital wards. Like every
laboratory in England we run the national acute kidney injury algorithm, which compares each creatinine
result with the patient's earlier results and gives it a warning stage of 1, 2 or 3. A stage 3 result
means that kidney function has fallen sharply. In someone who is unwell with vomiting, a chest
infection or sepsis, that can be the first sign of a life-threatening illness, and the right action is
often the same day.

The difficulty is timing. Samples from surgeries are collected by van in the early afternoon and many
are not analysed until late afternoon or early evening. By the time a stage 3 warning appears, most
practices have closed. Our duty biochemist would try to phone the practice, get the answerphone, and
then leave the result for the next working day. Over a weekend that could mean more than 60 hours. The
national guidance says stage 3 results should be phoned through, but it does not say to whom when
nobody is there to answer.

We reviewed every stage 3 warning from community samples in 2021. A substantial number had been acted
on only the next day or after the weekend, and we found several patients who were admitted overnight
through the emergency department, very unwell, with a result in our system that nobody in their care
had yet seen. One was a man in his seventies on three blood pressure tablets who had had diarrhoea for
four days; his result was ready at 6.40pm on a Friday and he was taken to hospital by ambulance on
Sunday morning with a potassium level high enough to stop his heart.

The out-of-hours GP service sits in a different trust, and until 2022 there was no agreed way for our
laboratory to hand a result to them. Their clinicians had no access to the patient's practice record,
and they were understandably wary of being asked to act on a number with no context.

There were other complications. Some stage 3 warnings are expected: a person known to have advanced
chronic kidney disease, or someone whose kidney function is being watched after a planned change in
medicines. Phoning all of them out of hours would swamp the out-of-hours service and frighten people
unnecessarily. Equally, some of the most dangerous results are in people nobody is expecting to be
ill, who had their blood taken at a routine review for something else. Any solution had to separate the
two quickly, and it had to work at 10pm on a Saturday when the duty biochemist might be covering three
hospital sites.

We also had to be honest about our own part in the delay. Samples from the more rural practices were
spending several hours in vans, and some were arriving too late to be analysed the same day at all.
Those samples had a higher chance of producing a falsely raised potassium, which made clinicians more
likely to dismiss a genuinely abnormal result. Part of the partnership's work was therefore to change
the collection timetable with the federation's practices, so that samples from patients who were
acutely unwell were marked and prioritised.
"""),
        ("stakeholders", "Who shaped Nightwatch", """
<<S:Nightwatch was designed by a working group of our duty biochemists, two out-of-hours GPs, a
practice nurse, a GP from the federation and the ICB's clinical safety officer, which met every fortnight
through the spring and summer of 2022.>> <<S:The out-of-hours GPs told us that a bare creatinine was not
enough to act on, so the handover now includes the previous two results, the patient's age, and
whether they are on any medicines that affect the kidneys, all pulled automatically from our system.>>
<<S:Practice managers in the federation asked that the out-of-hours note be sent back into the
practice's own workflow rather than by email, and that is how it now arrives.>>

<<P:We also asked the Carrowmere Kidney Patients' Forum for their views, and four members who had
themselves had acute kidney injury sat with the working group for two sessions.>> <<P:They were clear
that they would rather receive a phone call from a doctor they did not know in the evening than wait
until the morning, and they wrote the short opening script that the out-of-hours clinicians use when
they ring, which explains who is calling and why.>> <<P:One of them suggested that the call should
always ask whether the person has been able to keep fluids down, which is now the first clinical
question on the template.>>
"""),
        ("evidence", "What the figures show", """
Since 1 October 2022, any stage 3 warning on a community sample that is reported after 5pm on a weekday,
or at any time at a weekend or bank holiday, goes straight to the out-of-hours service's clinical queue
with the context described above. The out-of-hours clinician phones the patient that evening, and either
gives advice, arranges a same-night visit or sends them to hospital. A note goes back to the practice for
the morning.

We compared the twelve months before the change with the twelve months from January to December 2023,
leaving out the first three months while the process settled.

<<Q:The median time from a community stage 3 result being reported to a clinician speaking to the
patient fell from 16 hours 20 minutes to 2 hours 5 minutes.>> <<Q:The share of those results with no
clinical action recorded within 24 hours went from 29% to 4%.>> <<Q:Emergency admissions in which the
patient's stage 3 result had been available for more than 12 hours without anyone acting on it fell from
37 to 6.>>

In 2023 the out-of-hours service handled 512 Nightwatch calls, about one and a half a night. In 141 of
them the patient was advised to go to hospital that evening.
"""),
        ("value", "Value for patients and the system", """
Nightwatch did not need any new staff. The laboratory already produced the warnings and the out-of-hours
service already had a clinical queue; the work was in connecting the two and agreeing who does what.
The ICB funded a small change to the results system, about £14,000, to send the context with each
warning. Every avoided late admission with severe kidney injury saves days in hospital and, for some
patients, dialysis or death.

For our own staff it has removed a worry. Duty biochemists no longer end a shift knowing a dangerous
result is sitting unread somewhere. The out-of-hours clinicians tell us that receiving the context with
the result means they can usually make a decision in a single phone call, and practices start the day
knowing what has already been done rather than finding a result and a blank record.

There is also value in the relationships the work has built. Before Nightwatch, the laboratory, the
out-of-hours service and the practices had little reason to speak to one another. <<S:We now meet every
quarter to review every case where a patient was admitted after a Nightwatch call, and those meetings
have already led to changes in how we report potassium results and how the out-of-hours service
prioritises calls about frail patients in care homes.>>
"""),
        ("spread", "Spreading it further", """
The neighbouring pathology network, which serves two more trusts, adopted the same handover in 2024
using our template and data specification. We have shared the opening script written with the patients'
forum with the national kidney improvement programme, and presented Nightwatch at the regional
pathology quality meeting. The next step, already agreed by the ICB, is to include stage 2 results in
people who also have a raised potassium.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I2018  needle dislodgement during solo overnight home haemodialysis - docx -
#        bold headings with a cover table - home therapies nurse lead, warm
#        and detailed - renal unit with a kidney patients' association and a
#        private dialysis equipment company - home dialysers (unusual name)
#        and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I2018", format="docx", layout="bold_headings", topic="home_haemodialysis_needle_dislodgement",
    project="independent127-stayconnected-2018", docx_font="Calibri",
    title="Stay Connected: preventing blood loss from needle dislodgement during overnight home haemodialysis",
    cover_table=[
        ("Entry title", "Stay Connected: preventing blood loss from needle dislodgement during overnight home haemodialysis"),
        ("Lead organisation", "Hessleford Teaching Hospitals NHS Trust (Renal Services, Home Therapies Unit)"),
        ("Partner organisations", "Hessleford and District Kidney Patients' Association; Aquaris Renal Home Care Ltd"),
        ("Contact", "Lead Nurse, Home Therapies"),
    ],
    primary_entrant=dict(name="Hessleford Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Hessleford and District Kidney Patients' Association", type="patient_group"),
        dict(name="Aquaris Renal Home Care Ltd", type="private"),
    ],
    sections=[
        ("context", "Background", """
Home haemodialysis gives people with kidney failure their lives back. Instead of travelling to a unit
three times a week, they dialyse at home, often overnight while they sleep, which is gentler on the
heart and leaves their days free. Our home therapies unit supports 74 people on home haemodialysis
across Hessleford and the surrounding rural area, and about half of them dialyse overnight.

The most feared complication is venous needle dislodgement. If the needle returning blood to the body
slips out of the fistula during treatment, the machine can go on pumping blood out through the other
needle. Because the pressure in the return line may not drop enough to set off the machine's alarm, a
person can lose a dangerous amount of blood in a few minutes, and if they are asleep they may not wake.
Nationally there have been deaths from this, and it is the main reason some people and their families
are frightened of dialysing alone at night.

In our own service we had three episodes of significant blood loss at home in 2021 and 2022. In one, a
man in his fifties woke in a pool of blood on the bedroom floor after his needle came out when he turned
over in his sleep. He needed a transfusion and stopped home dialysis for four months. His wife told us
afterwards that she now checked on him every hour through the night and had not slept properly since.

We already taught needle taping in the training course, but we found that everyone taped differently
after a few months at home, and several people had stopped using the wetness sensors we supplied
because they gave too many false alarms. The machines and sensors are supplied and maintained by
Aquaris, who also deliver fluids and consumables, so any change to equipment had to be made with them.
"""),
        ("evidence", "What difference has it made?", """
Stay Connected has four parts: one standard taping method with a photo guide kept by the machine; a new
wetness sensor, worn on the arm, that is linked to the machine and stops the blood pump if it detects
blood; a short overnight check routine before lights out; and a twice-yearly home visit by a nurse and an
Aquaris technician together, to watch a full set-up and look at the sensor.

<<Q:Before Stay Connected, 9 of our 37 overnight home dialysers told us they had had at least one
dislodgement or near miss in the previous year; in the year after, it was 2 of 39.>> <<Q:The proportion
of overnight sessions where the wetness sensor was switched on, which the machine records, rose from
about 55% to 97%.>> <<Q:There have been no episodes of significant blood loss at home since the new sensor
came in, in June 2023, against three in the two years before.>>

<<Q:False alarms, which were the reason people gave for switching the old sensor off, dropped from an
average of 11 a month across the service to fewer than 2.>>

The home visits have picked up other things too: a worn machine line, a bedroom so cold that tape was not
sticking, a sensor clipped on upside down. Each one was fixed on the spot.
"""),
        ("stakeholders", "Who was involved", """
The idea came from the people who were taking the risk. <<P:At our home dialysis support evening in
October 2022, a group of home dialysers spent an hour comparing how they taped their needles, and it was
they who pointed out that nobody did it the same way.>> <<P:Three of them, with a nurse, then tried four
different taping methods over a month and chose the one that stayed secure but was easiest to take off in
the morning.>> <<P:The photo guide was photographed on the arm of one of our longest-standing home
dialysers, and the wording was checked by the Kidney Patients' Association's home dialysis group, who
asked for plain words and no jargon.>>

<<P:Partners and family members were not an afterthought; several joined the evening sessions and told
us what kept them awake at night, and it was at their suggestion that the overnight check routine
includes putting the arm with the fistula on top of the duvet, where it can be seen.>>

<<S:Our home therapies nurses and the Aquaris field technicians worked out the joint visit between them,
and the technicians suggested that the visit should always be at the time the person normally starts
treatment, so they could see the real set-up rather than a demonstration.>> <<S:Aquaris's clinical team
trialled three wetness sensors with our nurses before recommending the one now in use, and changed its
fitting instructions after our nurses found the strap rubbed on older fistulas.>>
"""),
        ("value", "Value", """
The new sensors cost Aquaris about £180 per patient and were provided within the existing home
dialysis contract. The joint visits take a nurse and a technician about two hours each, twice a year.
Against this, one admission with a major bleed costs many thousands of pounds, and losing someone from
home dialysis back to a hospital unit costs the trust more every year than the whole programme.

What matters most to our home dialysers is confidence. Two people who had moved back to daytime
dialysis because of fear of dislodgement have since returned to overnight treatment.
"""),
        ("spread", "Sharing", """
Aquaris supplies home haemodialysis in eleven other renal units and has offered the sensor and joint
visit model to all of them; two have started. We have shared the photo guide with the national home
dialysis network, and the Kidney Patients' Association has put it on its website. We have also changed
our home haemodialysis training course so that the standard taping method is taught from the first week.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I2019  catheter-associated UTIs in care homes - pdf - two columns - ICB
#        infection prevention nurse, brisk - ICB with a care providers'
#        association, the community trust and the LPC - staff involved - NO
#        patient involvement (residents as beneficiaries, families sent a
#        letter, a residents' survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I2019", format="pdf", layout="two_column", topic="care_home_catheter_associated_uti",
    project="independent127-cathetercare-2019", pdf_font="DejaVuSans",
    title="Every Catheter Counts: fewer catheter infections in Brantwick care homes",
    cover=[
        "NHS Brantwick and Sowerby Integrated Care Board (lead), with Brantwick Care Providers' Association, Brantwick Community Healthcare NHS Trust (Continence and District Nursing) and Brantwick Local Pharmaceutical Committee",
        "Submitted by the ICB's Senior Infection Prevention Nurse for Care Homes",
    ],
    primary_entrant=dict(name="NHS Brantwick and Sowerby Integrated Care Board", type="icb"),
    partners=[
        dict(name="Brantwick Care Providers' Association", type="charity"),
        dict(name="Brantwick Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Brantwick Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "The problem", """
There are 96 care homes in Brantwick and at any time around 280 residents have a long-term urinary
catheter. Catheter-associated urinary tract infection was the commonest cause of Gram-negative
bloodstream infection in care home residents in our area, and one of the commonest reasons for
an ambulance to be called to a home.

When we looked at 40 cases in 2022 we found the same problems again and again. Nobody in the home knew
why the catheter had been put in or when it was last changed. Bags were hung too high or left on the
floor. Homes were dipping urine from catheter bags, which is always positive and led to repeated courses
of antibiotics. And when a catheter blocked at night, the home often called 999 because they could not
get a district nurse.

Every organisation held part of the answer. The district nurses change catheters, the care homes look
after them every day, pharmacies supply the antibiotics and the bags, and the ICB commissions all of
it. Until 2023 each of them had its own policy, its own paperwork and its own training, and none of
them matched. A care home nurse could receive three different sets of advice about the same catheter
in a single week, and the night staff, who deal with most of the blockages, rarely saw any of it.
"""),
        ("evidence", "Results", """
From March 2023 every resident with a catheter has a one-page catheter passport kept in their room,
showing why it was inserted, its size, the date it was last changed and the date it is due. Care staff
follow a simple daily checklist. Dipsticks for catheterised residents were withdrawn. The district
nursing service set up an evening catheter line for care homes.

<<Q:Catheter-associated bloodstream infections in care home residents fell from 31 in 2022 to 12 in
2024.>> <<Q:Antibiotic courses for suspected urinary infection in residents with a catheter fell by a
third over the same period, from 412 to 268.>> <<Q:Ambulance call-outs to care homes for a blocked
catheter went from 88 in 2022 to 19 in 2024.>>

All 96 homes now use the passport, and 1,150 care staff have completed the online module.
"""),
        ("stakeholders", "Working together", """
<<S:The passport and checklist were drafted by a group of ten care home nurses and senior carers from
homes in the association, who tested three versions over two months and cut it down to one page because
night staff said they would not read two.>> <<S:District nurses pointed out that half the catheters
they were asked to change had no record of the last change, and they designed the date sticker now put
on every new catheter bag.>> <<S:Community pharmacists on the LPC's care homes group reviewed the
antibiotic data with us every quarter and suggested the short prompt card on when not to send a urine
sample.>>

Residents are the people who benefit most. Families of residents with a catheter were sent a letter
explaining the passport. A survey of residents in six homes in 2023 found they were happy with their
catheter care, so nothing was changed as a result. We plan to ask the county's care home residents'
forum to review the passport in 2025.
"""),
        ("value", "Value", """
The passports are printed by the ICB for about £1,200 a year. A bloodstream infection in a frail resident
usually means an admission of a week or more. Fewer antibiotic courses also reduce the risk of
Clostridioides difficile.
"""),
        ("spread", "Spread", """
The passport has been adopted by the learning disability supported living providers in Brantwick and
shared with four other ICBs in the region.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I2020  prompted toileting instead of pad-only care in nursing homes - docx
#        - numbered questions with cover bullets - PRIVATE care home group as
#        primary entrant with the community trust's bladder and bowel service
#        and the council (ineligible) - quality director, corporate - residents,
#        relatives and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I2020", format="docx", layout="numbered_questions", topic="care_home_prompted_toileting_continence",
    project="independent127-dignitynotpads-2020", docx_font="Arial",
    title="More Than a Pad: prompted toileting and continence assessment in our Pellbury nursing homes",
    cover=[
        "HSJ Patient Safety Awards entry",
    ],
    cover_bullets=[
        "Primary entrant: Evergrace Care Homes Ltd",
        "Partners: Pellbury Community NHS Trust (Bladder and Bowel Service); Pellbury City Council (Adult Social Care Quality Team)",
        "Entry author: Director of Quality and Clinical Governance, Evergrace Care Homes Ltd",
    ],
    primary_entrant=dict(name="Evergrace Care Homes Ltd", type="private"),
    partners=[
        dict(name="Pellbury Community NHS Trust", type="nhs_trust"),
        dict(name="Pellbury City Council", type="local_authority"),
    ],
    sections=[
        ("context", "1. What was the patient safety issue and why did it need a partnership?", """
Evergrace runs seven nursing homes in and around Pellbury with 412 beds. Like most of the sector, we had
drifted into managing continence with pads. A resident who had an accident on admission would be put in
a pad, and often stayed in one for the rest of their life, whether or not they needed it. Pads were
changed on a set round, about every four hours.

This is a safety problem, not just a dignity one. Residents left in wet pads develop moisture damage and
pressure ulcers. Residents who need the toilet and cannot get help try to go on their own, and many of
our falls happened on the way to the bathroom. Urinary infections were common, and we saw residents
restricting drinks so they would not need the toilet, which led to dehydration and confusion.

When we asked, fewer than one in five of our residents had ever had a proper continence assessment. The
local bladder and bowel service had the expertise, but its waiting list was long and it had never worked
with care homes in a planned way. The council's quality team was seeing the same picture in the
safeguarding concerns it received about moisture lesions and falls.

Part of the problem was the way products were supplied. Pads came through a contract that rewarded
volume, and the simplest thing for a busy home was to order enough of one type for everyone. Our own
care plans often said no more than 'incontinent, uses pads', which gave staff nothing to work with.
Many newly qualified nurses have had almost no training in continence at university, and most
care assistants learn what they know from each other.

We knew we could not change this on our own. We needed the clinical expertise of the bladder and bowel
service to assess residents properly and train our nurses, and we needed the council, which places and
funds most of our residents, to back an approach that might at first look like more accidents rather
than fewer.
"""),
        ("evidence", "2. What measurable improvement has there been?", """
From April 2023 every resident has had a continence assessment within four weeks of admission, carried
out by one of our nurses trained and supervised by the bladder and bowel service. Residents who can use
the toilet with help have a personal prompting plan, based on a three-day bladder diary, instead of a
fixed pad round. Pads are only used where they are still needed, and the right size and absorbency are
chosen.

<<Q:The proportion of residents using pads day and night fell from 78% to 51% over eighteen months.>>
<<Q:Falls on the way to or in the toilet fell from 146 in the year before the change to 83 in the year
after.>> <<Q:Moisture-associated skin damage recorded at our monthly skin audits halved, from an average
of 22 residents a month to 11.>> <<Q:Urinary tract infections treated with antibiotics dropped from 19
to 12 per 1,000 occupied bed days.>>

Pad spending across the seven homes fell by about £41,000 in the year.
"""),
        ("stakeholders", "3. How were patients, carers and staff involved?", """
<<P:Residents in two homes helped us try out prompting plans in the first month, and they told us the
worst thing was being asked loudly in the lounge whether they needed the toilet, so care staff now use a
quiet word or a private signal agreed with each person.>> <<P:Relatives who sit on our homes' family
committees reviewed the information sheet for families and asked us to explain why their mother or
father might now have the occasional accident, which we added.>>

<<S:Our care assistants on nights told us the prompting plans must fit around sleep, so night plans are
drawn up separately and only wake residents who want to be woken.>> <<S:The bladder and bowel
specialist nurses ran a monthly case review with our home managers and changed the assessment form twice
on the basis of what the homes found hard to complete.>> <<S:The council's quality officers joined the
project board and suggested we share our falls data with them monthly instead of at contract review.>>
"""),
        ("value", "4. What has been the impact on value?", """
The partnership cost the trust's service about half a day a week of a specialist nurse's time, which
the council funded for two years. The savings on pads alone are larger than that. Fewer falls and skin
damage mean fewer GP visits and ambulance calls, and fewer safeguarding concerns for the council to
investigate. Residents say they feel more like themselves.
"""),
        ("spread", "5. How has the work been spread?", """
The council has written continence assessment into its quality framework for all nursing homes it
commissions, and the bladder and bowel service is offering the same training to other providers in
Pellbury. We are rolling the approach out to our five homes in other counties.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
    ],
)


# ---------------------------------------------------------------------------
# I2021  transplant drug level blood tests taken at GP surgeries that never
#        reach the transplant clinic - pdf - capital headings - university
#        senior lecturer in health informatics, academic - university with the
#        transplant centre and a PCN - transplant recipients ("the reference
#        group") and staff involved - NO quantitative evidence (counts, a
#        target, a single figure, dates)
# ---------------------------------------------------------------------------
entry(
    id="I2021", format="pdf", layout="caps_headings", topic="transplant_tacrolimus_levels_gp_bloods",
    project="independent127-levelbest-2021", pdf_font="LiberationSerif", pdf_align="J",
    title="Level Best: closing the loop on transplant drug levels taken closer to home",
    cover=[
        "Lead: University of Glasswell, School of Health Sciences (Health Informatics Group)",
        "Partners: Glasswell Royal Infirmary NHS Foundation Trust (Renal Transplant Centre); Glasswell North Primary Care Network",
        "Prepared by the senior lecturer in health informatics who led the project",
    ],
    primary_entrant=dict(name="University of Glasswell", type="university"),
    partners=[
        dict(name="Glasswell Royal Infirmary NHS Foundation Trust", type="nhs_trust"),
        dict(name="Glasswell North Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
People who have had a kidney transplant take tacrolimus or a similar drug for the rest of their lives to
stop their body rejecting the new kidney. The dose has to be adjusted to the level of the drug in the
blood: too little risks rejection, too much damages the kidney it is meant to protect and raises the
risk of infection and some cancers. After the first year, most recipients have their levels checked
every one to three months.

To save long journeys, the Glasswell transplant centre has for several years allowed recipients to have
these blood tests taken at their GP surgery. It sounds simple. In practice the sample goes to the
hospital laboratory under the GP's name, the result goes back to the GP, and the transplant clinic, which
is the only team that adjusts the dose, may never see it unless someone thinks to forward it. GP
practices told us they often did not know what to do with a tacrolimus level, and the clinic's nurses
spent hours each week searching the laboratory system by name for results they suspected were there.

The problem grew during the pandemic, when the centre moved most routine follow-up to the telephone
and encouraged recipients to have bloods taken locally. By 2022 more than half of all levels for
established recipients were being taken outside the hospital. The centre's own results list showed
only samples it had requested itself, and the laboratory system had no way of knowing that a level
requested by a GP was really intended for someone else.

A clinic audit in 2022 identified recipients whose level had been out of range for months before
anyone at the centre noticed, including one young woman whose kidney was lost to rejection after a low
level sat unseen in her GP's inbox. The centre approached our informatics group to see whether the
results could be routed automatically.

Our group had previously worked with the laboratory on routing results for other shared care drugs, and
we proposed a partnership in which the university would provide the design and evaluation expertise, the
trust would provide the clinical rules and the laboratory systems, and the primary care network would be
the first place to test it.
"""),
        ("stakeholders", "WHO TOOK PART", """
<<P:We set up a reference group of eight kidney transplant recipients from across the Glasswell area,
who met five times during the design and testing, and it was their experience of ringing round to find
their own results that shaped the priorities.>> <<P:The reference group asked that they should be able
to see their own level in the patient app on the same day as the clinic, and that option was built in
at their request.>> <<P:Two members of the group tested the new request form in their own surgeries and
reported back where the receptionist had been confused.>>

<<S:Transplant nurse specialists worked alongside our researchers on the rules for which results should
be routed and when an alert should be raised, and they changed the thresholds after the first month
because too many alerts fired on levels taken at the wrong time of day.>> <<S:Practice nurses and
phlebotomists from the primary care network told us that the timing of the sample relative to the
morning dose was often not recorded, so a tick box for the time of the last dose was added to the
request.>> <<S:The laboratory's IT lead and the PCN's clinical director sat on the steering group that
signed off each change.>>
"""),
        ("evidence", "WHAT WE CAN SHOW SO FAR", """
The new pathway went live on 6 March 2024. A tacrolimus, ciclosporin or sirolimus level requested from
any practice in the primary care network is now tagged with a transplant code, copied automatically to
the transplant clinic's results queue and flagged if it is outside the person's target range.

By the end of December 2024, 1,046 levels from 318 recipients had been routed through the new pathway.
Of these, 164 were outside the target range and each was reviewed by a transplant nurse. The clinic
aims to review every out-of-range result within two working days. The practices have each nominated a
transplant contact.

Twenty-two practice staff attended training sessions on the new request form. A full evaluation,
comparing time to dose change and rejection episodes with the years before the pathway, is planned for
2025 once a full year of data is available.
"""),
        ("value", "VALUE", """
The pathway uses the existing laboratory and GP systems; the main cost was about nine months of a
researcher's time, funded by a university knowledge exchange grant of £48,000. The transplant nurses
say they no longer spend Friday afternoons searching for missing results. A lost transplant means a
return to dialysis at a cost of tens of thousands of pounds a year, as well as the human cost.
"""),
        ("spread", "SPREAD", """
The two other primary care networks in Glasswell have asked to join and will do so in 2025. The routing
rules and request form have been published as an open resource, and we have presented the work at the
national renal informatics conference.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I2022  home dialysis supplies and visits in snow and flooding - docx - no
#        headings - council emergency planning manager, plain and a little
#        wry - council with the renal unit, a 4x4 volunteer response group and
#        a private dialysis supplies company - people on home dialysis
#        involved - NO staff involvement (staff trained, drivers briefed, a
#        named lead doing their job, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I2022", format="docx", layout="no_headings", topic="home_dialysis_severe_weather",
    project="independent127-snowbound-2022", docx_font="Georgia",
    title="Snowbound: keeping people on home dialysis safe when the roads close",
    cover=[
        "Tarnford County Council Emergency Planning and Resilience Unit, with Tarnford and Wolds NHS Trust (Renal Unit), Tarnford 4x4 Response (volunteer charity) and Medisupply Renal Logistics Ltd",
        "Entry by the council's Emergency Planning Manager",
    ],
    primary_entrant=dict(name="Tarnford County Council", type="local_authority"),
    partners=[
        dict(name="Tarnford and Wolds NHS Trust", type="nhs_trust"),
        dict(name="Tarnford 4x4 Response", type="charity"),
        dict(name="Medisupply Renal Logistics Ltd", type="private"),
    ],
    sections=[
        ("context", None, """
Emergency planners spend a lot of time thinking about big things: floods, pandemics, the chemical works
on the estuary. Until the winter of 2022 we had given almost no thought to the 61 people in Tarnford who
dialyse at home, and I suspect most councils are the same. They did not appear on any of our lists.

That changed in December 2022, when heavy snow closed most of the roads in the north of the county for
four days. A woman on peritoneal dialysis in a hill village ran out of fluid bags on the third day,
because her monthly delivery had been cancelled and nobody had told her. A man on home haemodialysis
whose machine developed a fault could not be reached by an engineer and missed two treatments; he was
eventually brought to hospital by a mountain rescue team with dangerously high potassium. Neither of
them had been known to us, to the 4x4 volunteers who were out all week delivering medicines, or to the
ambulance service's control room.

The renal unit knew exactly who was on home dialysis and how long each person could safely go without
treatment. The supplies company knew when deliveries were due. The council knew which roads were closed
and which villages were cut off. The 4x4 volunteers had vehicles that could get through. Nobody had ever
put these together.
"""),
        ("evidence", None, """
Since October 2023 the renal unit has shared, with consent, a list of everyone on home dialysis, their
address and how many days' supplies they hold, with our resilience unit. It sits on the council's
vulnerable people register and is checked against the forecast whenever a severe weather warning is
issued. Everyone on home dialysis now holds at least ten days' supplies between November and March
rather than the usual four to five, and the supplies company brings deliveries forward when a warning
is issued. If a person cannot be reached, the 4x4 volunteers are tasked through our control room.

We have now been through two winters with the new arrangement, including the flooding of February 2024,
when the Wold valley road was closed for six days. <<Q:In the two winters before Snowbound there were
seven occasions when someone on home dialysis ran out of supplies or missed treatment because of the
weather, and in the two winters since there has been one, which was a machine fault rather than a
supply problem.>> <<Q:Emergency admissions of home dialysis patients during weather warnings went down
from five to none.>>

The 4x4 volunteers made 23 deliveries of dialysis fluid and two journeys to hospital in those two
winters.
"""),
        ("stakeholders", None, """
<<P:Before we wrote anything down, the renal unit invited everyone on home dialysis to an evening at the
unit, and the eleven people who came, with several partners, told us what had actually happened to them
in the snow.>> <<P:It was their idea to hold ten days of supplies over the winter; they said they had
room if the supplies company would deliver in smaller boxes, and it now does.>> <<P:They also asked for
a single phone number to ring when the roads were bad, rather than the renal unit in the day and the
ambulance at night, and together we chose the council's 24-hour resilience line.>> <<P:One couple from
the hill villages went through the draft plan line by line with me at their kitchen table.>>

Our control room staff have been trained to use the register. The 4x4 volunteer drivers were briefed on
how to handle dialysis fluid. The renal unit's home therapies sister is our named contact and keeps the
list up to date as part of her job. We intend to hold a joint exercise with the ambulance service next
autumn.
"""),
        ("value", None, """
Snowbound has cost very little. The register uses a system the council already had. The supplies company
absorbed the cost of smaller boxes and brought-forward deliveries. The 4x4 volunteers claim fuel costs
only, which came to about £600 over two winters. A single emergency admission with severe
hyperkalaemia can mean days in intensive care.

It has also made people on home dialysis less anxious about winter, which matters when you live an hour
from the renal unit.

For the council, the main lesson is that our vulnerable people register was only as good as the
organisations feeding it. We had good information on people who receive social care, but almost none on
people who depend on medical equipment at home and manage it themselves. These are often capable,
independent people who would never think of themselves as vulnerable, until the road closes.
"""),
        ("spread", None, """
We have shared our approach with the local resilience forum, which has asked the other two councils in
the area to do the same, and with the regional renal network. The supplies company has offered the
brought-forward delivery arrangement to every renal unit it serves. We think the same approach would
work for people who rely on home oxygen or home parenteral nutrition, and we are starting with home
oxygen this year.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I2023  sick day advice on pausing medicines given by community pharmacies -
#        pdf - form table - LPC chief officer, succinct - LPC with the ICB and
#        a GP federation - staff involved - NO patient involvement (patients
#        given cards, a survey that changed nothing, a plan) - a subtle "a
#        third fewer" claim
# ---------------------------------------------------------------------------
entry(
    id="I2023", format="pdf", layout="form_table", topic="sick_day_rules_community_pharmacy_aki",
    project="independent127-pauseandplan-2023", pdf_font="LiberationSans",
    title="Pause and Plan: sick day medicine advice from community pharmacies",
    cover_table=[
        ("Entry title", "Pause and Plan: sick day medicine advice from community pharmacies"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Lead organisation", "Wyeholt Local Pharmaceutical Committee"),
        ("Partners", "NHS Wyeholt and Marchant Integrated Care Board (Medicines Optimisation); Wyeholt GP Federation"),
        ("Entrant", "Chief Officer, Wyeholt LPC"),
    ],
    primary_entrant=dict(name="Wyeholt Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="NHS Wyeholt and Marchant Integrated Care Board", type="icb"),
        dict(name="Wyeholt GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Describe the safety issue and the partnership", """
When someone is dehydrated by vomiting, diarrhoea or a fever, some common medicines can tip their
kidneys into acute kidney injury. Metformin, diuretics, ACE inhibitors and angiotensin receptor blockers,
SGLT2 inhibitors and anti-inflammatory painkillers are the main ones. Pausing them for a day or two
until the person is eating and drinking again is simple advice, but people rarely receive it at the
right moment.

The moment is often in a community pharmacy: someone comes in for rehydration salts or anti-sickness
tablets, or a relative buys loperamide for them. Pharmacy teams had no agreed way of spotting that the
person also took a high-risk medicine, no agreed advice to give and no route to tell the GP practice.
Practices, for their part, were giving different advice, and some gave none.

Wyeholt has 58 community pharmacies. Acute kidney injury that started in the community accounted for
about two thirds of the AKI admissions to Wyeholt General Hospital in 2022.

The hospital's renal team had reviewed a sample of these admissions and found the same pattern in most
of them: an older person with diabetes or heart failure, a few days of stomach upset, and a full set of
tablets taken every morning as usual because nobody had said otherwise. Several had visited a pharmacy
during the illness. One woman had bought rehydration sachets twice in three days while still taking her
metformin, her diuretic and her blood pressure tablet, and was admitted with a kidney function a
quarter of normal and a dangerously high potassium.

Sick day advice had been tried before in Wyeholt, through leaflets in GP waiting rooms and a line on
repeat prescription slips. Neither reached people at the moment they were ill. We wanted to use the
fact that people with a stomach bug very often go to a pharmacy before they go anywhere else, and to
make sure the advice they were given there was the same advice their practice and the hospital would
give.

The partnership brought together the LPC, which represents the pharmacies and supports them to deliver
local services, the ICB's medicines optimisation team, which commissions the service and holds the
hospital data, and the GP federation, whose practices receive the messages and review the patient
afterwards.
"""),
        ("evidence", "What evidence of improvement is there?", """
Pause and Plan started in May 2023. When a customer buys or asks for help with a vomiting or diarrhoea
illness, the pharmacy team asks whether they take any of the listed medicines. If so, the pharmacist
gives the agreed sick day advice, hands over a wallet card, and sends a short message to the GP
practice through the community pharmacy referral system so the advice is on the record.

By April 2024, 2,930 sick day consultations had been recorded across 51 pharmacies.

<<Q:Using the ICB's hospital activity data, emergency admissions with community-acquired acute kidney
injury in people on one of the listed medicines were about a third lower in the twelve months after the
launch than in the twelve months before (214 compared with 322).>> <<Q:Over the same period the
number of those admissions where the medicine had been continued through the illness, as recorded by
the hospital pharmacist, fell from 188 to 79.>>
"""),
        ("stakeholders", "How were patients, carers and staff involved?", """
<<S:The advice, the wallet card and the question to ask at the counter were agreed by a group of eight
community pharmacists, two GPs from the federation and an ICB medicines optimisation pharmacist.>>
<<S:Pharmacy counter assistants who tested the question in four pharmacies told us that 'do you take any
water tablets or diabetes medicine?' worked better than reading out a list of drug names, so the
question was changed.>> <<S:Practice pharmacists from the federation asked that the message to the
practice be coded so it appeared on the medication screen, and the template was changed to do this.>>

Patients at risk were given the wallet card. A questionnaire was handed out with the cards in the first
two months and the replies were positive, so the card was not changed. We intend to ask the ICB's
patient panel to review the wording at the next reprint.
"""),
        ("value", "What is the value of the project?", """
Pharmacies are paid £8 per consultation from an ICB local service budget of £30,000 a year. An
admission with acute kidney injury costs several thousand pounds and some people never fully recover
their kidney function.
"""),
        ("spread", "How has it been shared?", """
The service specification and card have been shared with every LPC in the region through the regional
LPC network. Two neighbouring ICBs are considering commissioning it.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I2024  people sent home from hospital with a urinary catheter and no plan -
#        docx - rubric headings - community continence nurse consultant,
#        reflective - community trust with the acute trust and a GP
#        federation - patients (passive voice) and staff involved - a subtle
#        "halved" claim - no flags
# ---------------------------------------------------------------------------
entry(
    id="I2024", format="docx", layout="rubric_headings", topic="catheter_discharge_trial_without_catheter",
    project="independent127-notforever-2024", docx_font="Cambria",
    title="Not Forever: a plan to remove every catheter that leaves hospital",
    cover=[
        "Bramscote Community Health NHS Trust (Bladder and Bowel Service) in partnership with Bramscote Hospitals NHS Foundation Trust and Bramscote and Ellerdale GP Federation",
        "Author: Nurse Consultant, Continence",
    ],
    primary_entrant=dict(name="Bramscote Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Bramscote Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Bramscote and Ellerdale GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Context: what was the problem you set out to solve?", """
A urinary catheter put in during a hospital stay is meant to be temporary. It may be needed for a few
days after an operation, during an acute illness or because of urinary retention. But a catheter is
also one of the easiest things to forget. If a patient goes home with one, and nobody writes down why
it was inserted and when it should come out, it can stay in for months.

In our district nursing caseload in 2022 we found 143 people living at home with a catheter that had
been inserted in hospital. For almost half, the discharge letter did not say why the catheter was
there. For most, there was no plan for a trial without catheter. Some had been told by the ward that
'the district nurse will sort it', while the district nurse thought the urology team would. In the
meantime people developed infections, bypassing, blocked catheters, urethral damage and, in the worst
cases, sepsis. A catheter is also a big loss of dignity and independence, and some people stopped
going out altogether.

I remember one lady in particular, a retired headteacher, who was catheterised after a hip fracture and
went home with it. Nobody ever removed it. When I met her seven months later she had had four
infections and two admissions, and had stopped going to her church because she was afraid of the bag
leaking. We removed the catheter in her own home and she passed urine normally the same afternoon.
"""),
        ("evidence", "Evidence: what measurable improvement has been made?", """
Since September 2023 nobody leaves Bramscote Hospital with a new catheter unless a discharge catheter
plan has been completed. The plan records why the catheter was inserted, the date and who will carry out
the trial without catheter, and it is sent electronically to the community bladder and bowel service and
the GP. Our service then books the trial without catheter at home or in a community clinic, usually
within two weeks, and a GP federation clinician is available for advice if it fails.

<<Q:Before the change, people went home with a new catheter and no documented plan for its removal in
most cases; a year later, that had halved.>> <<Q:The median time from discharge to a trial without
catheter came down from 61 days to 15 days.>> <<Q:Catheter-associated infections treated in primary care
within three months of discharge in this group fell from 34 per 100 people to 19 per 100.>>

We carried out 402 trials without catheter in the first year, and 71% were successful first time. The
remaining people are followed up by our service or referred to urology.
"""),
        ("stakeholders", "Stakeholders: how were patients, staff and partners involved?", """
<<P:The discharge catheter plan was tested with patients on two wards before it was rolled out, and
their comments, particularly that they had not been told how long the catheter would stay in, led to a
patient copy being added.>> <<P:People who had lived with a catheter after discharge were interviewed
by our team, and what they said about being left not knowing shaped the leaflet that now goes home with
every new catheter.>>

<<S:Ward nurses, urology nurse specialists and our community continence nurses worked through six
versions of the plan together, and it was the ward nurses who insisted it be part of the electronic
discharge rather than a separate form.>> <<S:GPs from the federation reviewed the advice line and asked
for a named senior clinician in our service they could call, which we set up.>> <<S:District nurses
told us that trials without catheter were failing because people were not drinking enough the day
before, and a drinks plan was added to the booking letter.>>
"""),
        ("value", "Value: what has been the impact on value?", """
Each catheter removed early saves district nursing visits, catheter supplies and the cost of treating
infections and blockages. We estimate that the reduction in catheter days alone has saved district
nursing teams around 1,900 visits a year. The discharge catheter plan was built by the acute trust's
digital team within its normal work programme.

The value that is harder to count is in people's lives. A catheter that stays in longer than it needs
to affects sleep, intimacy, going out and confidence. Many of the people we see are frail and older,
and for them a catheter can be the thing that tips them from managing at home into needing more care.
Removing it promptly, in their own home and with a plan they understand, gives them back some control.
"""),
        ("spread", "Spread: how has the work been shared and spread?", """
The plan is now used on all adult wards at Bramscote Hospital and in the community hospital at
Ellerdale. We have presented the work at the national continence conference and shared the plan and
leaflet with other community trusts through the bladder and bowel nurses' network. Two trusts are
adapting it for their own electronic discharge systems.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I2025  care home residents cutting down on drinks for fear of accidents -
#        pdf (via Word) - style headings - council public health nurse lead,
#        earnest - council with a care association and a university school of
#        nursing - residents and relatives involved - NO staff involvement
#        (care staff trained, managers briefed, a named researcher doing her
#        job, a plan) - NO value section
# ---------------------------------------------------------------------------
entry(
    id="I2025", format="pdf", layout="style_headings", topic="care_home_fluid_restriction_continence_fear",
    project="independent127-drinkwell-2025", render_via="soffice", docx_font="Liberation Sans",
    title="Drink Well, Stay Well: helping care home residents who drink less for fear of accidents",
    cover=[
        "Ketterby Borough Council, Public Health Team (lead entrant)",
        "With Ketterby and District Care Association and the University of Ketterby School of Nursing and Midwifery",
        "Entry prepared by the Public Health Nurse for Care Homes",
    ],
    primary_entrant=dict(name="Ketterby Borough Council", type="local_authority"),
    partners=[
        dict(name="Ketterby and District Care Association", type="charity"),
        dict(name="University of Ketterby", type="university"),
    ],
    sections=[
        ("context", "Why we started", """
Older people in care homes often do not drink enough. Some of the reasons are well known: thirst fades
with age, drinks are put out of reach, and people with dementia may not recognise a cup in front of
them. One reason is much less talked about. Many residents deliberately drink less because they are
worried about needing the toilet, about having an accident in front of others, or about having to wait
for help and ringing the bell again and again. Some told us they stop drinking after four in the
afternoon so they will not wet the bed.

The consequences are serious. Dehydration is a major cause of acute kidney injury in older people, and
it makes urinary infections, constipation, falls, delirium and pressure damage more likely. In
Ketterby, dehydration or acute kidney injury was recorded in around one in six emergency admissions
from care homes in 2022, a figure that had barely moved in five years despite several hydration
campaigns.

Those campaigns had all focused on offering more drinks. None of them had asked why residents were
refusing them. Posters went up, jugs were refilled more often and fluid charts were filled in, but the
charts themselves were often guesswork, and the number of admissions did not change.

We also noticed that hydration and continence were looked after by different people. Hydration sat with
the catering team and with public health campaigns; continence sat with the community continence
service and the pad contract. In the homes, the care assistant who offered a drink was rarely the one
who later had to help the resident to the toilet, and the two tasks were recorded on different charts. When our public health team visited homes to talk to residents, the fear of incontinence
came up in almost every conversation, and it was obvious that hydration and continence care could not be
tackled separately.
"""),
        ("stakeholders", "How residents and families shaped the work", """
<<P:We began by spending time in twelve homes simply listening to residents, and those conversations,
more than any data, decided what the project would do.>> <<P:A group of nine residents from three homes,
whom we came to call the tea-round panel, met with us monthly for six months and tried out different
drinks, cups and times of day.>> <<P:It was the panel who told us that residents would drink more in the
morning and early afternoon if they knew for certain that someone would take them to the toilet
afterwards, and who proposed the 'drink and a walk' routine that is now at the heart of the
programme.>> <<P:They also chose the coloured, lightweight cups with lids now used in all the homes,
after rejecting the first two designs as too heavy.>>

<<P:Relatives were asked at family evenings how they saw the problem, and their suggestion that a
resident's usual drinks and toilet routine from home be recorded on admission was taken up in the new
care plan template.>>

Care staff in all participating homes were trained in the new approach by the care association. Home
managers were briefed at the association's quarterly meeting. Dr Amara Lowe, a research fellow at the
university, collected and analysed the hydration and admission data as part of her post. We plan to
set up a staff reference group in the coming year.
"""),
        ("evidence", "What changed", """
Drink Well, Stay Well ran in 22 homes from June 2023. Each resident has a short drinks and continence
plan that records what they like to drink, when, and how they prefer to be helped to the toilet. Drinks
are offered in the coloured cups at set times, each followed within the hour by an offer of help to the
toilet. Residents who restrict fluids because of incontinence are referred to the community continence
service.

<<Q:In the 22 homes, the average recorded daily fluid intake rose from 1,050ml to 1,420ml per resident
over the first year.>> <<Q:Emergency admissions from those homes with dehydration or acute kidney injury
fell from 57 in the year before to 31 in the year after.>> <<Q:Urinary tract infections treated with
antibiotics fell by around a quarter.>>

Over the same period, admissions for dehydration or acute kidney injury from the homes not yet in the
programme were unchanged.
"""),
        ("spread", "Spreading the approach", """
The care association is offering the programme to all its member homes in 2025, and the council has
included drinks and continence plans in its care home quality standard. The university has built the
project into its pre-registration nursing curriculum, so that student nurses on care home placements
learn about fluid restriction and continence together. We have shared the cup design and the plan
template with the regional public health network.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="value"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I2026  skin cancer checks for people with a kidney transplant - pdf - with
#        appendix - kidney charity chief executive, personal and long -
#        kidney charity with the university hospital and a GP federation -
#        transplant recipients involved - NO staff involvement (GP practices
#        trained, transplant clinic sent leaflets, a named nurse doing her job,
#        a survey that changed nothing) - NO quantitative evidence (checks done,
#        cancers found with no baseline, a target)
# ---------------------------------------------------------------------------
entry(
    id="I2026", format="pdf", layout="with_appendix", topic="transplant_recipient_skin_cancer_checks",
    project="independent127-skinsafe-2026", pdf_font="LiberationSerif", pdf_align="L",
    title="Skin Safe: regular skin checks for people living with a kidney transplant",
    cover=[
        "Lead entrant: Lowmarsh Kidney Care (registered charity)",
        "Partners: Lowmarsh University Hospitals NHS Trust (Transplant and Dermatology Services); Lowmarsh and Fenside GP Federation",
        "Written by the Chief Executive, Lowmarsh Kidney Care",
    ],
    primary_entrant=dict(name="Lowmarsh Kidney Care", type="charity"),
    partners=[
        dict(name="Lowmarsh University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Lowmarsh and Fenside GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Why skin checks matter after a transplant", """
I have worked at Lowmarsh Kidney Care for eleven years and had my own transplant twenty years ago, so I
come to this as both a charity chief executive and a recipient. Most people do not know that the
medicines that protect a transplanted kidney also weaken the skin's defences against cancer. People
living with a kidney transplant are many times more likely than the general population to develop
squamous cell skin cancer, and it tends to be more aggressive, to appear in several places at once and
to spread. The risk rises every year after the transplant.

Guidance says everyone with a transplant should have their skin checked regularly, at least once a year,
and more often if they have had a skin cancer. In Lowmarsh, this was not happening. The transplant
clinic concentrated, rightly, on kidney function and drug levels, and with short appointments and most
follow-up now done by video, nobody was looking at people's skin. The dermatology department only saw
people who were referred. GPs were not always aware that a patient's small scaly lump needed to be
taken more seriously than usual.

We heard the consequences at our support groups. One of our members, a farmer in his sixties, had a
lesion on his ear that he had been told was 'just sun damage'. By the time it was removed, it had spread
to the lymph nodes in his neck. He said to me afterwards: 'Nobody told me to look. Nobody looked.'

There are about 640 people living with a kidney transplant who are followed up by the Lowmarsh transplant
clinic. Our charity supports many of them and their families.
"""),
        ("stakeholders", "How people were involved", """
<<P:Skin Safe was shaped from the start by our members who live with a transplant.>> <<P:At two open
meetings in 2022, about forty of them told us why skin checks were not happening and what would make
them more likely to go, and it was their overwhelming preference for an evening clinic in the
community, rather than another hospital appointment, that decided where the clinics would be held.>>
<<P:Six members worked with us to write the self-check guide, testing it on themselves in front of a
mirror and insisting that it include photographs of skin cancers on darker skin, which the first draft
did not have.>> <<P:The farmer I mentioned above agreed to tell his story on film, and he also
suggested the reminder text messages in spring and autumn that now go out to all registered members.>>

GP practices in the federation were offered training in recognising high-risk skin lesions in
transplant patients, and 37 GPs and nurses attended. The transplant clinic staff were sent copies of
the guide to hand out. The clinics are run by a dermatology nurse specialist, Sister Helen Drury, as
part of her role. We sent a questionnaire to the practices after six months and the responses were
positive, so the referral route was kept as it was.
"""),
        ("evidence", "What has happened so far", """
The first Skin Safe community clinic opened in October 2023 in our charity's centre in Lowmarsh, and a
second started in Fenside in March 2024. Each clinic runs one evening a fortnight. People are invited
by letter and text, and anyone with a worrying lesion is referred directly to the dermatology fast-track
clinic.

In the first fifteen months, 389 people with a kidney transplant had a full skin check at one of the
clinics. Of these, 62 were referred to dermatology, and 14 skin cancers were diagnosed and treated,
including 9 squamous cell cancers. 4,200 copies of the self-check guide have been given out.

Our aim is that, by the end of 2025, every person followed up by the transplant clinic will have had a
skin check in the previous twelve months. We have asked the trust to help us measure how many skin
cancers are found at an early stage compared with before the clinics started, which we hope to report
next year.
"""),
        ("value", "Value", """
The clinics cost about £26,000 a year, paid for by the charity from a grant from a local trust fund and
our own fundraising. The trust provides the nurse specialist's time and the dermatology referral
route. Treating an advanced squamous cell skin cancer can involve major surgery, radiotherapy and
long-term follow-up, and the personal cost to someone who has already been through kidney failure
and transplantation is enormous. Finding cancers early is kinder and cheaper.
"""),
        ("spread", "Spread", """
We have shared our clinic model and self-check guide with the national kidney charities' network, and
two other kidney charities have asked for the materials. The transplant centre now includes a question
about the last skin check in its annual review letter.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the Skin Safe self-check in five steps"),
        ("para", "1. Check your skin once a month in good light, using a full-length mirror and a hand mirror. 2. Look at your scalp, ears, face, lips, neck, hands and lower legs, where most skin cancers appear. 3. Look for any new lump, a sore that does not heal within four weeks, a scaly patch that bleeds, or a mole that changes. 4. Use the body map to note anything you find and take a photo. 5. If something worries you, contact your GP or the Skin Safe clinic and say that you have a kidney transplant."),
        ("para", "Figures on clinic attendance and referrals are from Lowmarsh Kidney Care's clinic records and from the Lowmarsh University Hospitals NHS Trust dermatology service."),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I2027  people with acute kidney injury risk left at home by ambulance crews
#        - docx - bullet lists - ambulance service consultant paramedic,
#        list-minded - ambulance service with a GP federation and the ICB -
#        staff involved - NO patient involvement (patients as beneficiaries,
#        a leaflet, a negation, a plan) - NO quantitative evidence (referral
#        counts, a single percentage, a target)
# ---------------------------------------------------------------------------
entry(
    id="I2027", format="docx", layout="bullet_lists", topic="ambulance_non_conveyance_aki_follow_up",
    project="independent127-bloodsby-2027", docx_font="Calibri",
    title="Bloods by Tomorrow: follow-up kidney tests for people ambulance crews leave at home",
    cover=[
        "Sallowfield Ambulance Service NHS Trust (lead organisation)",
        "Partners: Sallowfield and Rye GP Federation (Acute Visiting Service); NHS Sallowfield Integrated Care Board",
        "Entry from the Consultant Paramedic for Urgent Care",
    ],
    primary_entrant=dict(name="Sallowfield Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Sallowfield and Rye GP Federation", type="primary_care"),
        dict(name="NHS Sallowfield Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "What was the problem?", """
Our crews see many older people at home who are unwell but do not need to go to hospital. Some of
them are at real risk of acute kidney injury.

- typical case: an 84-year-old with diarrhoea and vomiting for three days, on a diuretic and an ACE inhibitor, with a low blood pressure that picks up after fluids

- crews are encouraged to avoid taking such patients to the emergency department if they can be managed at home

- but a crew cannot check kidney function at the roadside, and the advice 'see your GP if not better' often meant no blood test for days

- our 2022 review of repeat 999 calls found a group of patients left at home who were admitted within 72 hours with acute kidney injury, some with potassium levels that were life-threatening

- the GP federation's acute visiting service had spare capacity in the mornings, and its clinicians could take blood and act on the result the same day, but there was no way for crews to refer to it directly

- crews could phone the patient's own practice, but most of these calls happen in the evening or at night, and a message left on a practice answerphone was easily lost

- the people most at risk were also the least able to arrange a blood test for themselves: many were housebound, lived alone or had memory problems

Why a partnership? We could identify the patients, the federation could visit and take blood, and the ICB
could commission the link between the two and pay for the extra tests. None of us could have done it
alone. The work also fitted the ICB's wider aim of treating more people safely at home, which meant it
had support at board level from the start.
"""),
        ("evidence", "What has happened?", """
Since February 2024 crews who leave an at-risk patient at home can refer them directly to the acute
visiting service using a button on the electronic patient record.

- 1,284 referrals were made between February and December 2024

- 1,102 patients had a blood test at home within 24 hours of the referral

- 212 had acute kidney injury on the blood test, and 47 were admitted the same day on the advice of the visiting clinician

- 86% of referrals were seen by the next morning

- our target is for 95% to be seen by the next morning during 2025

- the ICB has commissioned the service until March 2026
"""),
        ("stakeholders", "Who was involved?", """
- <<S:the referral criteria were written by a group of paramedics, advanced paramedics and GPs from the acute visiting service, and tested on real cases from the 2022 review>>

- <<S:crews in the two pilot stations told us the first version took too long to complete at the end of a call, so the form was cut from twelve questions to five>>

- <<S:the federation's visiting clinicians asked for the crew's observations and medicines list to come with the referral, and the patient record was changed to send them automatically>>

- <<S:the ICB's urgent care lead and the federation's medical director chaired a monthly review of every admission within 72 hours and altered the criteria twice as a result>>

- patients left at home are given a leaflet telling them a clinician will visit to take a blood test

- we did not involve patients or carers in the design, which we recognise as a gap

- we plan to work with the ICB's patient and public involvement team on the next version of the leaflet
"""),
        ("value", "Value", """
- every patient kept safely at home avoids an ambulance conveyance and an emergency department attendance

- the acute visiting service was already funded, and the ICB added £62,000 a year for the extra blood tests and courier runs

- earlier treatment of acute kidney injury should mean shorter and fewer admissions

- crews say they now feel able to leave a frail patient at home with a clear safety net, rather than conveying them 'just in case'

- visiting clinicians receive the crew's findings and medicines list before they arrive, which saves time on every visit
"""),
        ("spread", "Spread", """
- the referral button is live across all 14 ambulance stations in Sallowfield

- the neighbouring ambulance service has asked to see the criteria

- the approach was presented at the national ambulance urgent care forum in November 2024
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I2028  remote review of home haemodialysis treatment records - pdf -
#        numbered questions - renal consultant, technical - departments of one
#        trust only, NO partner (ineligible) - home patients and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I2028", format="pdf", layout="numbered_questions", topic="home_haemodialysis_remote_treatment_review",
    project="independent127-dialysisdata-2028", pdf_font="DejaVuSans", pdf_align="L",
    title="Eyes on Every Session: remote review of home haemodialysis treatments",
    cover=[
        "Corringham University Hospitals NHS Foundation Trust",
        "A partnership between the trust's Renal Home Therapies Team, Clinical Engineering and Digital Services departments",
        "Lead author: Consultant Nephrologist, Home Therapies",
    ],
    primary_entrant=dict(name="Corringham University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "1. What safety problem did you address?", """
People on home haemodialysis carry out their own treatment, usually four to six times a week. Each
machine records every session in detail: how long it lasted, the blood flow, the pressures, how much
fluid was removed and every alarm. Until 2023 those records stayed on the machine. We saw them only when
a patient brought a memory stick to clinic every three months, and in practice we rarely looked at them.

That meant problems could build up unseen. Sessions were shortened, often because the person was tired or
the needling was painful. Fluid removal targets were exceeded, causing cramps and low blood pressure.
Arterial pressure alarms that pointed to a failing fistula were being silenced again and again. We only
found out when someone became unwell or their fistula clotted. Reviewing two serious incidents in 2022,
we found that the warning signs had been in the machine records for weeks.

Our home therapies team looks after 52 people on home haemodialysis. The newer machines we use can send
treatment records securely over the internet, but nobody in the trust had the job of receiving,
reviewing or acting on them.

There were practical obstacles too. The machine data arrived in a format that our clinical systems
could not read. Clinical engineering, who maintain the machines, had access to the manufacturer's
portal but were not clinicians and did not know what a worrying session looked like. The home therapies
nurses knew what mattered but had no access to the data. And our digital services department had never
been asked to build anything for home dialysis. <<S:The project brought these three departments together for
the first time, with the consultant nephrologists providing clinical oversight.>>

We were also conscious that home dialysis is built on trust and independence. People choose it because
they want to run their own treatment, and many have had years of hospital dialysis where every session
was watched. We did not want remote review to feel like a return to that.
"""),
        ("evidence", "2. What is the evidence of improvement?", """
Since April 2023 every session is uploaded automatically within an hour of finishing. A dashboard
built by our digital services team flags sessions that were shortened by more than 30 minutes,
removed more than the planned fluid, or had repeated pressure alarms. A home therapies nurse reviews
the dashboard every weekday morning and phones the patient about anything flagged.

<<Q:In the year before remote review, the average home haemodialysis session was 22 minutes shorter
than prescribed; in the second year of remote review the shortfall was 6 minutes.>> <<Q:Sessions where
more than the planned fluid was removed fell from 7.8% to 2.1%.>> <<Q:Emergency procedures to unblock or
rescue a failing fistula in our home patients fell from 11 in 2022 to 4 in 2024.>> <<Q:Unplanned
admissions among home haemodialysis patients fell from 1.4 to 0.8 per patient-year.>>

In 2024 the nurses made 1,912 calls prompted by the dashboard.
"""),
        ("stakeholders", "3. How were patients and staff involved?", """
<<P:Before switching on remote monitoring we asked all home patients whether they wanted it, and at a
series of home visits several of them told us they were worried it would feel like being watched, so
we agreed with them that flags would prompt a supportive phone call, never a reprimand, and wrote that
into the protocol.>> <<P:Patients chose which flags they wanted to be rung about; some asked us not to
call about sessions shortened by up to 15 minutes, and that threshold was raised as a result.>>

<<S:Home therapies nurses designed the dashboard with the digital services developers over three months
and decided which alarms mattered and which were noise.>> <<S:Clinical engineering technicians tested the
data link on every machine in patients' homes and pointed out that some rural homes had unreliable
broadband, so the machines now store and send records when the connection returns.>>
"""),
        ("value", "4. What has been the value?", """
The remote monitoring software was included in the machine contract at no extra cost. The dashboard took
about 200 hours of developer time. The nurses' daily review takes around 30 minutes. Each fistula rescue
procedure avoided saves a day case admission and, more importantly, helps keep someone on home dialysis.
"""),
        ("spread", "5. How has the work been shared?", """
We have presented our flags and thresholds at the national home dialysis meeting, and the machine
manufacturer is using our dashboard as a model for its own software. We are now extending remote review
to our patients on peritoneal dialysis using automated cyclers.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
    ],
)


# ---------------------------------------------------------------------------
# I2029  catheter care by home care workers - docx - reordered (results
#        first) - GP federation care coordination lead, practical - GP
#        federation with the council and the community trust - staff involved
#        - NO patient involvement (clients as beneficiaries, clients sent a
#        letter, a negation, a plan) - a subtle SPC chart claim
# ---------------------------------------------------------------------------
entry(
    id="I2029", format="docx", layout="reordered", topic="home_care_catheter_care_training",
    project="independent127-bagsandvalves-2029", docx_font="Calibri",
    title="Catheter Confident: safer catheter care by home care workers in Millbeck",
    cover=[
        "Lead: Millbeck GP Federation (Community Care Coordination Team)",
        "Partners: Millbeck Metropolitan Borough Council (Adult Social Care); Millbeck Community NHS Trust (District Nursing and Continence Service)",
        "Entry written by the Care Coordination Lead, Millbeck GP Federation",
    ],
    primary_entrant=dict(name="Millbeck GP Federation", type="primary_care"),
    partners=[
        dict(name="Millbeck Metropolitan Borough Council", type="local_authority"),
        dict(name="Millbeck Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("evidence", "Results", """
<<Q:On the run chart of catheter-related urgent calls to GP practices from people receiving home care,
there was a sustained shift after the programme started: seven consecutive months below the previous
median, with the monthly average dropping from 41 calls to 24.>> <<Q:District nurse emergency visits for
blocked or bypassing catheters in home care clients went down from 63 in the six months before the
programme to 28 in the six months after.>> <<Q:Catheter-associated urinary infections treated in this
group fell from 9.2 to 5.6 per 100 catheterised clients per quarter.>>

Since the programme began in January 2024, 318 home care workers from 17 agencies have completed the
training.
"""),
        ("context", "The safety problem", """
About 230 people in Millbeck live at home with a long-term urinary catheter and also receive care from
a home care agency. Home care workers empty and change their night bags, wash around the catheter,
check the tubing and notice when something is wrong. They are often the only people who see the
catheter every day. Yet most had never been trained in catheter care, and many agencies told their
staff not to touch a catheter at all, leaving bags to overflow until the district nurse came.

In our care coordination hub we were seeing the results: calls to GP practices late in the day about
catheters that had stopped draining, urine infections picked up late, and people sitting for hours in
wet clothes. Care workers did not know whether a leak was an emergency or whom to call. District nurses
were being called out to problems that care workers could have sorted in minutes with the right
knowledge, while genuine blockages were sometimes missed.

One case made the problem very clear. In the spring of 2023 a man in his eighties with a long-term
catheter was visited four times a day by care workers who had been told not to touch it. Over a weekend
the night bag filled and the tubing kinked under his leg. Each visit noted 'catheter bag full' in the
care record, and nobody called anyone. By Monday he was confused and feverish, and he spent nine days in
hospital with urosepsis.

The council commissions the home care agencies, the community trust employs the district nurses and
continence specialists, and the GP federation runs the care coordination hub that takes the calls. We
agreed in the summer of 2023 that we would tackle this together. The aim was simple: every home care
worker who looks after someone with a catheter should know how to care for it, how to spot a problem,
and exactly whom to call, at any hour.

The programme has three parts. A two-hour practical training session, delivered by the continence
service, covers emptying and changing bags, checking for kinks and blockages, keeping the catheter
clean and recognising infection. The 'is it draining?' flowchart, kept in each client's care folder,
tells the care worker what to do next. And the care coordination hub now has a direct line to the
district nursing team for catheter problems, so a call from a care worker reaches a nurse within the
hour.
"""),
        ("stakeholders", "Who was involved", """
<<S:The training and the one-page 'is it draining?' flowchart were developed by a working group of
district nurses, a continence nurse specialist, four senior home care workers and two agency managers,
and the home care workers rewrote every step into the words they would use.>> <<S:Care coordinators in
our hub told us which calls they found hardest to triage, and their list became the basis of the
flowchart's red, amber and green boxes.>> <<S:The council's contract officers and agency managers agreed
together how catheter care would be written into care plans, after the managers raised concerns about
liability that the council then addressed in the contract.>>

The people who benefit are the home care clients who live with a catheter. Each of them was sent a
letter explaining that their care workers had been trained. We did not ask clients or their families to
help design the training, because the timetable for the agency contracts did not allow it. We hope to
involve them when the flowchart is reviewed next year.
"""),
        ("value", "Value", """
The training is delivered by the community trust's continence service in two-hour sessions and costs
about £40 per care worker, paid for by the council. Fewer emergency district nurse visits free up
nursing time for other patients, and every infection avoided reduces the chance of sepsis and hospital
admission.
"""),
        ("spread", "Sharing and spreading", """
Catheter care training is now a requirement in the council's home care contract, so every new agency
that joins the framework will take part. The flowchart has been adopted by the community trust for its
own health care assistants and by two supported living providers. We have shared the training materials
with the other GP federations in the county and with the regional home care providers' network.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I2030  night-time continence checks and falls in care homes - pdf - bullet
#        lists - PRIVATE continence products company as primary entrant with
#        the community trust and a care home forum (ineligible) - clinical
#        nurse adviser, promotional - residents and relatives involved - NO
#        staff involvement (night staff trained, managers briefed, a named
#        adviser doing her job, a staff survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I2030", format="pdf", layout="bullet_lists", topic="care_home_night_continence_checks_falls",
    project="independent127-restfulnights-2030", pdf_font="LiberationSans", pdf_align="L",
    title="Restful Nights: fewer night-time wake-ups and falls through individual continence checks",
    cover=[
        "Primary entrant: Drycare Continence Solutions Ltd",
        "Working with Stanwyke Community Healthcare NHS Trust (Bladder and Bowel Service) and the Stanwyke Care Homes Forum",
        "Contact: Clinical Nurse Adviser, Drycare Continence Solutions Ltd",
    ],
    primary_entrant=dict(name="Drycare Continence Solutions Ltd", type="private"),
    partners=[
        dict(name="Stanwyke Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Stanwyke Care Homes Forum", type="charity"),
    ],
    sections=[
        ("context", "Background", """
Drycare supplies continence products to 31 care homes in Stanwyke under the community trust's
continence products contract. In 2022 we looked at the night routines in these homes and found:

- most homes checked and changed every resident's pad two or three times a night, at fixed times, whether the resident was wet or not

- residents were being woken, sometimes turned and undressed, in the early hours, and many then found it hard to get back to sleep

- a large share of falls in the homes happened between midnight and 6am, often shortly after a night check, when a resident woke confused and tried to get up

- broken sleep was adding to daytime drowsiness, agitation and poor appetite

- pads were often too absorbent or too small for the person, so they leaked or were changed unnecessarily

- residents with dementia were the most affected, because being woken by someone they did not recognise in the dark was frightening and sometimes led to distress that lasted the rest of the night

Why did this happen? Fixed rounds were how most night staff had always worked. They felt safe: every
resident was seen, and nobody could say a resident had been left wet. Inspection reports and some
relatives expected to see regular checks recorded. And without a proper assessment, staff had no way
of knowing which residents could safely sleep through and which could not.

As the product supplier, we could see that many residents were using pads that did not suit them, but
we had no clinical role in the homes. The community trust's bladder and bowel service had the clinical
expertise and the authority to change practice, and the Care Homes Forum brought together the homes
and the families.

Restful Nights replaced fixed night rounds with an individual plan for each resident, based on a
three-night assessment and the right product, so that only residents who need changing are woken.
The assessment records when the resident naturally wakes, how much they pass overnight, whether their
skin is at risk and whether they can call for help. The plan then sets out whether they need a check at
all, and if so at what time, so that checks fit around their sleep rather than a rota.
"""),
        ("evidence", "Results", """
Fourteen homes took part in the first phase, from September 2023 to August 2024.

- <<Q:falls between midnight and 6am fell from 187 in the previous year to 102>>

- <<Q:the number of times residents were woken for a continence check each night dropped from an average of 2.6 to 0.9>>

- <<Q:moisture-related skin damage recorded by the homes fell by 38%>>

- <<Q:average hours of unbroken sleep, recorded by night staff, went up from 3.1 to 5.4>>

- 1,160 residents have had a night-time continence assessment
"""),
        ("stakeholders", "Involvement", """
- <<P:residents in four homes were asked what a good night looked like for them, and the answer, again and again, was not to be disturbed, which is why the assessment starts from the resident's own sleep pattern>>

- <<P:a group of relatives from the Care Homes Forum reviewed the information sheet and asked for it to explain that a wet pad in the night is not neglect, which was added>>

- <<P:one resident with mild dementia and her daughter tested three different products for a fortnight each and chose the one now recommended for residents with a similar pattern>>

- night staff in all 14 homes were trained in the assessment by the bladder and bowel service

- care home managers were briefed at the Forum's monthly meeting

- our clinical nurse adviser, Jo Hendry, supported each home during the first month as part of her role

- a staff survey at the end of phase one was positive and the assessment tool was not changed

- a night staff focus group is planned for phase two
"""),
        ("value", "Value", """
- product costs per resident fell as pads were matched to need

- fewer falls at night mean fewer ambulance calls, fractures and admissions

- residents sleep better and are more alert and eat better in the day

- night staff time that was spent on routine changes can be spent with residents who are awake and unsettled

- the assessment tool and training materials are provided free to homes as part of the product contract
"""),
        ("spread", "Spread", """
- phase two will extend Restful Nights to the other 17 homes in Stanwyke during 2025

- we are offering the approach to care homes in the other areas where we hold continence contracts
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I2031  young people moving from children's to adult transplant care - docx
#        - style headings - transition nurse specialist, thoughtful - children's
#        hospital with the adult transplant unit and a young people's charity -
#        "the crew" (young people, unusual name) and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I2031", format="docx", layout="style_headings", topic="transplant_transition_young_adults",
    project="independent127-handover-2031", docx_font="Calibri",
    title="Ready, Steady, Adult: keeping young people's kidney transplants safe through the move to adult care",
    cover=[
        "Elverton Children's Hospital NHS Foundation Trust (Paediatric Nephrology) - lead",
        "Partners: Elverton University Hospitals NHS Trust (Adult Renal Transplant Unit); Onward Young People's Trust (charity)",
        "Written by the Renal Transition Nurse Specialist",
    ],
    primary_entrant=dict(name="Elverton Children's Hospital NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Elverton University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Onward Young People's Trust", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
The years between sixteen and twenty-five are the most dangerous time for a kidney transplant. Across
the country, young adults lose their transplants more often than any other age group, and the main
reason is that they miss doses of their anti-rejection medicines or miss clinic appointments. This
often happens around the time they move from the children's hospital, where they have been known by the
same team since they were small, to an adult clinic where they are one of hundreds.

At Elverton we saw this for ourselves. Between 2018 and 2021, four young people who had moved to the
adult transplant unit lost their kidneys within three years of the move, and all four had missed
appointments and blood tests in the months before. Each had done well in our clinic. When we talked to
them, and to the adult team, the same story emerged: a single handover letter, a first adult
appointment months later in an unfamiliar hospital, no one to ring, and a sense that nobody there knew
them.

The two hospitals are on different sites and in different trusts, with different record systems. The
charity runs youth work for young people with long-term conditions across the city and had already
worked with some of our patients.

There were also differences in how the two services work. In our clinic, parents usually came to every
appointment and often managed the medicines, and our nurses would ring a family if a blood test was
missed. In the adult unit, patients are expected to manage their own medicines and appointments, and a
missed appointment generates a letter. Neither way is wrong, but a young person moving overnight from one
to the other, often at the same time as leaving school, starting work or moving out, was being asked to
do a great deal at once.

We wanted to change the move from a single event into a gradual process, with both teams involved, so
that young people arrived in adult care already knowing the people and the place, and with someone to
turn to in between.
"""),
        ("stakeholders", "Working with young people and staff", """
<<P:From the beginning, a group of young people with transplants, who called themselves 'the crew',
met with us every couple of months, usually over pizza at the charity's centre.>> <<P:They told us that
the worst moment was walking into an adult waiting room full of people three times their age, and they
suggested a young adult clinic on a late afternoon, which is now in place.>> <<P:It was the crew who
designed the 'about me' page that travels with each young person to the adult clinic, covering what
they like to be called, what they find hard about their medicines and who they want in the room.>>
<<P:Parents were included too: at a parents' evening several said they did not know how to step back, and
their ideas formed the parents' session that now runs alongside the young people's preparation.>>

<<S:Nurses and doctors from both hospitals met monthly for a year to agree the new pathway, and it was
the adult transplant nurses who proposed a joint clinic, held in the children's hospital, where young
people meet the adult team before they move.>> <<S:The charity's youth workers suggested that a youth
worker should stay with each young person for the first year after the move, and they helped write the
role.>> <<S:Pharmacists from both trusts reviewed the medicines part of the plan and recommended switching
everyone to once-daily tacrolimus before the move, which was adopted.>>
"""),
        ("evidence", "What difference it has made", """
Ready, Steady, Adult started in September 2021. Every young person with a kidney transplant begins
preparing at fourteen, has at least two joint clinics with both teams before the move, and is supported
for their first year in adult care by a named youth worker and an adult transplant nurse.

<<Q:Missed appointments in the first year after transfer fell from 31% before the pathway to 9% in the
three years since.>> <<Q:Variability in tacrolimus levels, our best measure of missed doses, fell by
almost half among young people in their first year in adult care.>> <<Q:Three transplants were lost
within three years of transfer in the three years before the pathway and none in the three years
since.>>

Twenty-nine young people have moved through the pathway so far.
"""),
        ("value", "Value", """
The youth worker role is funded by the charity, and the joint clinics use existing clinic time from
both teams. A lost transplant means a return to dialysis, with costs of around £30,000 a year, and many
young people face years on a waiting list. Beyond cost, keeping a transplant working lets a young person
go to college, work and live independently.
"""),
        ("spread", "Spread", """
The pathway is now used for young people with liver transplants at the children's hospital, and the
adult unit has adopted the 'about me' page for everyone under twenty-five who transfers from another
centre. We have shared the materials through the national paediatric nephrology transition group.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I2032  medicines restarted after acute kidney injury - docx - form table -
#        short - PCN clinical pharmacist, clipped - primary care network with
#        the acute trust's renal team and the LPC - staff involved - NO
#        patient involvement (patients told, a leaflet) - NO evidence section
#        and no measured change anywhere in the entry
# ---------------------------------------------------------------------------
entry(
    id="I2032", format="docx", layout="form_table", topic="medicine_restart_after_aki",
    project="independent127-restartright-2032", docx_font="Calibri",
    title="Restart Right: reviewing paused medicines after acute kidney injury",
    cover_table=[
        ("Project title", "Restart Right: reviewing paused medicines after acute kidney injury"),
        ("Lead organisation", "Wendlow Primary Care Network"),
        ("Partner organisations", "Wendlow General Hospital NHS Trust (Renal Team); Wendlow Local Pharmaceutical Committee"),
        ("Entrant", "Lead Clinical Pharmacist, Wendlow PCN"),
    ],
    primary_entrant=dict(name="Wendlow Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Wendlow General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Wendlow Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Describe the problem and the partnership", """
When someone is admitted with acute kidney injury, the hospital usually stops some of their regular
medicines: blood pressure tablets such as ACE inhibitors, diuretics, metformin and sometimes SGLT2
inhibitors. That is the right thing to do. The problem is what happens next. Discharge letters often
said 'withheld' without saying whether or when to restart, and the medicines sometimes stayed stopped
for months, leaving people with uncontrolled blood pressure, fluid build-up or high blood sugar. In
other cases the community pharmacy kept dispensing the old repeat prescription and the medicine was
restarted straight away, before the kidneys had recovered.

In a review of 60 discharges after acute kidney injury across the six practices in our network in 2023,
we found many with no clear plan for the paused medicines, and several where a heart failure medicine
had not been restarted and the person was readmitted with breathlessness.

The PCN pharmacists, the hospital renal team and community pharmacies each saw part of this, but nobody
owned the restart decision. Hospital doctors assumed the GP would restart the medicines once the kidneys
had recovered. GPs assumed the hospital would say when. Community pharmacies could see that a medicine
had been stopped on the discharge summary, but the repeat prescription still showed it as current.

Restart Right gives the decision to one person. Every discharge after acute kidney injury from Wendlow
General Hospital now carries a restart plan listing each paused medicine, the blood test needed before it
is restarted, and a suggested restart date. The discharge summary goes to the PCN pharmacy team, who
book the blood test, review the result and restart, change or stop each medicine, then update the
repeat prescription and let the patient's community pharmacy know.

The approach relies on the three partners working to the same plan. The renal team writes it, the PCN
pharmacists carry it out and the community pharmacies make sure nothing is dispensed by mistake in
between.
"""),
        ("stakeholders", "How were staff and patients involved?", """
<<S:The restart plan was agreed by a group of PCN pharmacists, a renal consultant, two renal nurse
specialists, a GP and three community pharmacists nominated by the LPC.>> <<S:The renal nurses
suggested that the discharge letter should give a date for a repeat blood test as well as a restart date,
and the template now includes both.>> <<S:Community pharmacists asked for the paused medicines to be
marked on the repeat prescription so they would not be dispensed by mistake, and the practices changed
how they record them.>>

Patients are told at discharge which medicines have been paused and are given a leaflet explaining that
the PCN pharmacist will contact them.
"""),
        ("value", "What is the value?", """
Restart Right uses the PCN pharmacists' existing time, funded through the network's additional roles
budget. Each review takes about 20 minutes. Since
October 2023 the pharmacists have carried out 247 restart reviews. Avoiding one readmission with heart
failure or a hyperglycaemic emergency more than covers the cost of many reviews.
"""),
        ("spread", "How has the work been shared?", """
The discharge template is now used by the renal team for all patients with acute kidney injury from
Wendlow, and the two neighbouring PCNs have started using the restart review. We have shared it at the
ICB's medicines safety group.

The ICB has asked us to write up the restart review as a standard operating procedure so that any PCN in
the county can use it, and the LPC has included the marking of paused medicines in its newsletter to all
community pharmacies. We would like to see the same restart plan used after other admissions where
medicines are paused, such as falls with low blood pressure and severe dehydration.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)
