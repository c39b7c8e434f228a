"""Fourteenth independent (blind) evaluation set: I209..I224.

Written without reference to the checker or to the pipeline; only build.py and the data format
of entries4.py were consulted.  Same mark-up as the earlier sets:

  <<Q:sentence>>   quantitative claim (a measured change in an outcome)
  <<P:sentence>>   patient / carer / family / service-user involvement
  <<S:sentence>>   staff involvement
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; a paragraph starting with "- " is a bullet item.

Labelling conventions:
  * not Q: dates, years, bed/ward counts, headcounts, numbers trained, budgets and costs,
    phone numbers, postcodes, reference numbers, targets not reached, plans, activity counts
    and baselines on their own;
  * Q: a measured change in an outcome (before and after, "halved", "down by a third",
    "a sustained shift on the SPC chart"), wherever it appears; the no_quantitative_evidence
    flag looks only at the evidence section (or the whole entry when evidence is missing);
  * P / S: people who took part (co-design, testing, consultation, steering or reference
    groups, feedback that changed the work), however it is phrased (pronouns, passive voice,
    described people, unusual job titles);
  * not P/S: beneficiaries, plans, negations, unnamed "stakeholders", audiences, surveys that
    changed nothing, staff who were only trained or informed, a single named lead.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I209  nasogastric tube feeding after stroke - docx - rubric headings
#       stroke matron voice - clean
# ---------------------------------------------------------------------------
entry(
    id="I209", format="docx", layout="rubric_headings", topic="ng_tube_stroke",
    project="independent14-tubecheck-209",
    title="Check Before You Feed: safer nasogastric tube placement across the Harlow Vale stroke pathway",
    cover=[
        "HSJ Patient Safety Awards -- Best Partnership Solution Improving Patient Safety",
        "Entrant: Harlow Vale University Hospitals NHS Foundation Trust (Hyper-acute and Acute Stroke Unit)",
        "With: Fennick Community Health NHS Trust (Stroke Early Supported Discharge and Community Dietetics) / Harlow Vale Stroke Survivors Network (registered charity 1187740)",
        "Contact: Matron, Stroke and Neurorehabilitation, ext. 44120",
    ],
    primary_entrant=dict(name="Harlow Vale University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Fennick Community Health NHS Trust", type="nhs_trust"),
        dict(name="Harlow Vale Stroke Survivors Network", type="charity"),
    ],
    sections=[
        ("context", "The context in which the partnership was needed, the product or service, and its patient safety goals", """
Around one in three people admitted to our stroke unit cannot swallow safely in the first days after their stroke,
and most of them need a nasogastric (NG) tube for feeding, fluids and medicines. A misplaced tube that is used is a
Never Event. On a busy stroke unit, at three in the morning, with a confused patient who has pulled the tube out for
the second time, the pressure to 'just get it back in' is enormous, and that is exactly when the checks get skipped.

Our tubes do not stay on our unit either. Patients move to rehabilitation beds at Fennick, go home with the early
supported discharge team, and some go to nursing homes still tube fed. Each organisation had its own placement
policy, its own pH paper and its own bedside record, and when a tube was re-passed by a community nurse there was
no shared record of the original confirmed length or the last X-ray. In 2021 we had two near misses where feed was
about to be started through a tube whose position had not been confirmed, one of them after a transfer.

Check Before You Feed is a single, shared NG tube safety bundle across both trusts: one placement and confirmation
standard, one bedside 'tube passport' that travels with the patient, an agreed escalation route to a named
radiographer slot for X-ray confirmation out of hours, and a common competency for everyone who passes or checks a
tube. Our goals were simple: no feed, flush or medicine through an unconfirmed tube, and fewer patients waiting
hours without nutrition because nobody could confirm position.
"""),
        ("evidence", "Evidence of improvements in safe care as a direct result of the partnership", """
We audit every NG tube insertion on the stroke unit and every re-insertion recorded by the community teams, using
the tube passport as the data source. The baseline audit covered October to December 2021.

<<Q:Documented confirmation of position before first use rose from 71% in the baseline audit to 98% across the
2023 audits.>> <<Q:The median time from tube insertion to confirmed position, where X-ray was needed, came down
from just over six hours to two hours and ten minutes after the dedicated radiographer slot was introduced.>>

<<Q:Missed feeds recorded on the fluid and nutrition chart because position could not be confirmed fell by more than
half, from 38 episodes a month to 15.>> There has been no misplaced-tube Never Event in either trust since the bundle
went live, although we are careful not to claim too much from an event that was rare in the first place.

The tube passport was completed in full for 91% of patients transferred with a tube in 2023. We set ourselves a
target of 100% and have not reached it yet.
"""),
        ("spread", "How the achievements have been applied elsewhere and best practice shared", """
Two further hospitals in the regional stroke network adopted the passport in 2023, and the Integrated Stroke
Delivery Network has asked us to draft a network-wide version. The competency package is on the network's shared
learning site, and we presented at the regional dysphagia and nutrition study day in March 2024.

The bundle is not stroke-specific and our own head and neck surgery ward has taken it on with very little change.
"""),
        ("value", "Value created: staff and patient experience and value for money", """
The set-up cost was modest: £14,200 for printing, radiographer time and backfill for training. Each avoided Never
Event would carry a far greater human and financial cost, and fewer missed feeds mean fewer days lost from
rehabilitation. Nurses tell us they feel able to say 'no' to using a tube they are unsure of, because the standard
is shared and the escalation route is real.
"""),
        ("stakeholders", "Patient and staff involvement", """
<<P:The tube passport was designed at a kitchen table in the Stroke Survivors Network's drop-in centre, where six
people who had been tube fed, and two wives who had watched it happen, told us what the old paperwork had missed and
redrew the front page in plain words.>> <<P:It was their suggestion to add a box for 'what I want you to know about
my tube', which has stayed.>>

<<S:Night-shift healthcare assistants, the out-of-hours radiographers and Fennick's community dietitians each ran
a week of trial passports and sent back annotated copies, and three versions were thrown away on the strength of
their comments.>> <<S:Speech and language therapists from both trusts sat on the working group for its whole life.>>

All 212 nurses on the two stroke units and the community teams have completed the common competency.
"""),
    ],
    flags=[],
)

# ---------------------------------------------------------------------------
# I210  pulse oximetry accuracy in darker skin - pdf - own headings
#       academic voice; patients only beneficiaries / studied, plan for a
#       panel, negation -> no_patient_involvement
# ---------------------------------------------------------------------------
entry(
    id="I210", format="pdf", layout="own_headings", topic="pulse_oximetry_skin_tone",
    project="independent14-oximetryequity-210",
    title="Reading Between the Numbers: correcting for pulse oximeter bias in people with darker skin",
    cover=[
        "University of Castlereach, Centre for Applied Health Equity -- in partnership with -- Castlereach and Dunmore Acute Hospitals NHS Trust and NHS Castlereach Integrated Care Board",
        "Lead applicant: Reader in Clinical Physiology. Word count 1,040. Category: Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="University of Castlereach", type="university"),
    partners=[
        dict(name="Castlereach and Dunmore Acute Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Castlereach Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Why this partnership", """
Pulse oximeters estimate arterial oxygen saturation from the absorption of light, and there is now a substantial
literature showing that they tend to overestimate saturation in people with more heavily pigmented skin. The
consequence is 'occult hypoxaemia': a reading of 94% that conceals a true arterial value low enough to change
management. In a deteriorating patient, a few percentage points can be the difference between escalation and
reassurance.

Castlereach has one of the most ethnically diverse populations in the region. When we matched paired oximeter and
arterial blood gas readings from the Trust's acute medical unit for 2020 to 2021, the gap between the two was
consistently larger in patients whose records described them as Black or Black British. Clinicians were aware of
the problem in general but had no practical way to act on it at the bedside.

The partnership combined the University's physiological measurement laboratory, the Trust's critical care outreach
team, clinical engineering and the ICB's medical devices group. Together we developed three things: a revised early
warning escalation rule that lowers the saturation threshold for blood gas confirmation when the monitor in use is
one of the models shown to over-read, a device register showing which oximeters in the Trust had been independently
tested, and a procurement specification that the ICB now uses for all new purchases.
"""),
        ("evidence", "What changed", """
The revised escalation rule went live across the acute medical unit and four medical wards in May 2022.

<<Q:Among patients with paired readings, the proportion of occult hypoxaemia episodes that were picked up by a
confirmatory blood gas within an hour rose from 29% before the change to 74% in the twelve months after.>>
<<Q:Median time from first borderline oximeter reading to escalation to the outreach team fell from 3.1 hours to
1.4 hours in the same patient group.>>

<<Q:The difference in time to escalation between patients recorded as Black or Black British and patients recorded
as White, which had been about ninety minutes at baseline, was no longer statistically detectable after the change.>>

The device register now lists 1,180 oximeters, of which 62% are models with published independent testing. The ICB
aims to bring this to 100% by the end of 2025.
"""),
        ("spread", "Spreading the work", """
The procurement specification has been adopted by two neighbouring ICBs, and our escalation rule has been built
into the electronic observations system used by three trusts in the region. We have published the laboratory method
and the device test results in an open-access journal so that other centres do not need to repeat the testing.
"""),
        ("value", "Value", """
The laboratory testing was funded from an existing research grant, and the escalation rule cost nothing to
implement beyond configuration time. An additional blood gas costs a few pounds; a missed deterioration that ends
in an intensive care admission costs many thousands, and for the patient it may cost much more.
"""),
        ("stakeholders", "Who was involved", """
<<S:The rule itself was argued out over four workshops with outreach nurses, acute physicians, clinical engineers
and ward sisters from the medical wards, and the first draft, which would have doubled the number of blood gases,
was cut back at the nurses' insistence.>> <<S:Clinical engineering staff tested every model on the register
alongside our laboratory scientists.>>

Patients were the reason for the work and their anonymised readings made the analysis possible. We did not hold
patient workshops during the development phase, because the study used routinely collected data. We intend to
establish a community panel, working with local faith and community organisations, to advise on how the findings are
communicated to the public in 2025.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)

# ---------------------------------------------------------------------------
# I211  anaphylaxis in schools - docx - bold headings
#       local authority school nursing voice; evidence section only counts,
#       targets, survey; a Q claim sits in spread (not evidence)
#       -> no_quantitative_evidence
# ---------------------------------------------------------------------------
entry(
    id="I211", format="docx", layout="bold_headings", topic="anaphylaxis_schools", docx_font="Arial",
    project="independent14-pensready-211",
    title="Pens Ready: an anaphylaxis safety partnership for Bramwell schools",
    cover=[
        "Bramwell Borough Council, Public Health and Education -- lead entrant",
        "Bramwell Healthy Child Service (Bramwell Community NHS Trust school nursing) | Bramwell General Hospital NHS Trust, Paediatric Allergy Clinic",
        "Category: Best Partnership Solution Improving Patient Safety      Date: 14/06/2024",
    ],
    primary_entrant=dict(name="Bramwell Borough Council", type="local_authority"),
    partners=[
        dict(name="Bramwell Community NHS Trust", type="nhs_trust"),
        dict(name="Bramwell General Hospital NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Context", """
Roughly one child in every classroom has a food allergy, and a smaller number are at risk of anaphylaxis. Since
2017 schools have been allowed to hold spare adrenaline auto-injectors, but in Bramwell few did, and those that did
were often unsure where the pens were, who could give them or whether they were in date. Individual allergy plans
came from different clinics in different formats, and some were years old.

In 2022 a Year 4 pupil at a Bramwell primary school had a severe reaction at lunchtime. Her own pen was in a locked
cupboard in the office and the member of staff with the key was on a course. She recovered, but the review that
followed found the same weaknesses at most of the schools it looked at.

Pens Ready brings together the Council's public health and education teams, the school nursing service and the
hospital's paediatric allergy clinic. It provides one standard allergy action plan, issued and updated by the
clinic; a spare pen scheme funded by the Council for every state school; a termly pen check carried out by school
nurses; and an annual practical session for school staff.
"""),
        ("evidence", "Evidence", """
By March 2024, 74 of Bramwell's 81 state schools had joined the spare pen scheme and 1,960 school staff had attended
a practical session. School nurses carried out 2,110 pen checks in 2023 and found 143 pens that were out of date or
missing, all of which were replaced.

The clinic has issued 1,420 standard allergy action plans. Our target was for every child known to the clinic to
have a current standard plan by September 2023; we reached 86% and are still working towards the target.

In a survey of school staff after training, 92% said they would feel confident giving an auto-injector. We have
not repeated the survey, and we do not have a baseline from before the programme.

There have been four uses of a spare pen in Bramwell schools since the scheme started, each followed by a call to 999
and a hospital assessment, and all four children made a full recovery.
"""),
        ("spread", "Spread", """
The standard allergy action plan has been picked up by the children's allergy network for the wider region. In
Ashby Cross, which adopted the termly pen check in 2023 using our materials, <<Q:the share of audited pens that were
out of date fell from one in five to one in twenty within two terms.>> The spare pen purchasing arrangement is being
considered by two neighbouring councils.
"""),
        ("value", "Value", """
The spare pen scheme costs the Council about £18,000 a year. Pens bought in bulk through the scheme cost less than
schools were paying individually. Head teachers say that having a standard plan and a named school nurse to call has
removed a real worry.
"""),
        ("stakeholders", "Stakeholders", """
<<S:Lunchtime supervisors, school business managers and the school nursing team met with the allergy clinic nurses
over the summer of 2022 and rewrote the draft action plan, moving the adrenaline instructions to the top and cutting
it to one side of paper.>> <<S:Three special school nurses tested the termly pen check in their own schools before it
went out to all schools.>>

<<P:The layout of the plan was changed after a group of parents from the Bramwell Allergy Families group, and their
children, went through it line by line and told us where it was confusing.>> <<P:Two sixth formers who carry their own
pens helped us film the training video and chose the scenarios in it.>>

Every school received a copy of the plan and a letter explaining the scheme.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)

# ---------------------------------------------------------------------------
# I212  hospital pharmacy dispensing errors - pdf - form table
#       pharmacy automation company is the primary entrant -> ineligible;
#       otherwise rich
# ---------------------------------------------------------------------------
entry(
    id="I212", format="pdf", layout="form_table", topic="pharmacy_dispensing_errors",
    project="independent14-pickright-212",
    title="PickRight: closing the gap between robot and bag in hospital dispensing",
    cover_table=[
        ("Title", "PickRight: closing the gap between robot and bag in hospital dispensing"),
        ("Entrant organisation", "Medistow Automation Ltd"),
        ("Partner(s)", "St Aldric's Hospitals NHS Foundation Trust, Pharmacy Department; Medicines Safety Network North (hosted by NHS North Tessfield ICB)"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Head of Clinical Partnerships, 0161 555 0184"),
    ],
    primary_entrant=dict(name="Medistow Automation Ltd", type="private"),
    partners=[
        dict(name="St Aldric's Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS North Tessfield Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Describe the context in which the partnership was needed, the product or service, and its patient safety goals", """
Dispensary robots have removed most picking errors from hospital pharmacy, but they have not removed dispensing
errors. The errors have simply moved: to the labelling bench, to the items that are too big or too cold for the
robot, and to the moment when a correctly picked box is put into the wrong patient's bag. At St Aldric's, a review
of dispensing incidents in 2021 found that nearly all the errors that reached a ward happened after the robot had
done its job.

Medistow supplies and maintains the robot at St Aldric's. PickRight is a barcode-driven final-check station we
developed with the pharmacy team: every item, whether it comes from the robot or from the fridge, is scanned against
the prescription and the patient's bag label before the bag is sealed, and a mismatch stops the process. The
software was added to the robot's existing control system, so no new hardware was needed in the dispensary other
than two scanning benches.

The Medicines Safety Network, hosted by the ICB, brought an independent view: its medication safety officers
classified every incident before and after the change using the same taxonomy, so that the company was not marking
its own homework. The shared goals were to halve the rate of dispensing errors found at the final accuracy check, to
reduce the errors that reach wards and patients, and to release pharmacist checking time for clinical work on the
wards. A joint steering group of the company, the Trust's chief pharmacist and the Network met monthly throughout
2022 and 2023.
"""),
        ("evidence", "Provide evidence of improvements in safe care as a direct result of the partnership", """
<<Q:Dispensing errors detected at final accuracy check fell from 4.2 per 1,000 items in 2021 to 1.1 per 1,000 items
in 2023.>> <<Q:Errors reaching the ward, as reported on the Trust's incident system, went down from 47 in 2021 to 12
in 2023.>>

<<Q:Wrong-bag errors, which had been the single largest category, have fallen by around 80%.>> The pharmacy
processed about 610,000 items in 2023.

The data come from the Trust's own accuracy-check log, which records every error intercepted, and from its incident
reporting system. The Network's reviewers checked a random sample of 200 incident reports each year to make sure
categories were applied consistently.
"""),
        ("spread", "How have the achievements been applied elsewhere?", """
PickRight is now installed at three further NHS trusts that use our robots, and the Medicines Safety Network has
shared the St Aldric's incident analysis with all 14 hospital pharmacy departments in its region.
"""),
        ("value", "What value has been created?", """
Accuracy checking pharmacists and technicians spend less time re-checking bags, which the pharmacy estimates at
around 30 hours a week freed for clinical work. The licence for PickRight is included in the existing maintenance
contract for trusts that already use a Medistow robot.

Fewer errors reaching the ward also mean fewer phone calls, fewer returned bags and fewer delayed discharges while
the correct medicines are found.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Dispensary technicians at St Aldric's designed the layout of the scanning bench and the wording of the on-screen
warnings, and they asked for the override to need a second person, which we built in.>> <<S:Pharmacy assistants on
the late shift trialled three versions over ten weeks and recorded every time the scanner got in their way.>>

<<P:Members of the Trust's patient panel looked at the bag labels and asked for the patient's name to be printed in a
larger font than the ward name, and the label was changed.>>
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
    ],
)

# ---------------------------------------------------------------------------
# I213  paediatric epilepsy rescue medicine in the community - docx -
#       numbered questions; charity volunteer coordinator voice; no value
#       section; school staff only trained, named nurse lead, negation,
#       plan -> missing_section value, no_staff_involvement
# ---------------------------------------------------------------------------
entry(
    id="I213", format="docx", layout="numbered_questions", topic="epilepsy_rescue_medicine",
    project="independent14-rescuebag-213",
    title="The Rescue Bag Project: making sure children's emergency seizure medicine is with them, in date and understood",
    cover=[
        "Entered by Brightwater Children's Epilepsy Trust (charity) -- and Selsbury Hospitals NHS Trust (Children's Epilepsy Service) & Selsbury County Council (Children's Services)",
        "Best Partnership Solution Improving Patient Safety",
        "Written by our volunteer coordinator with help from the families",
    ],
    primary_entrant=dict(name="Brightwater Children's Epilepsy Trust", type="charity"),
    partners=[
        dict(name="Selsbury Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Selsbury County Council", type="local_authority"),
    ],
    sections=[
        ("context", "1. What was the problem, what did you do, and what were you trying to make safer?", """
I coordinate the volunteers at Brightwater, a small charity that supports families of children with epilepsy across
Selsbury. Lots of the children we know have a prescription for buccal midazolam, which is the rescue medicine you
give into the cheek when a seizure goes on too long. It works well, but only if it is there, in date, and given by
someone who knows when to give it.

What we kept hearing at our coffee mornings was worrying. A mum told us her son's medicine had been left at school
over half term and he had a long seizure at his nan's. Another family found out on the day of a trip that the school
had the wrong strength. Care plans from the hospital were different from the ones schools had, respite carers had
their own, and nobody was sure which one was right. When we counted, two out of three families at one of our groups
had a story like this.

So we sat down with the children's epilepsy service and the council's children's services and came up with the
Rescue Bag: a bright orange zipped bag for each child with the medicine, a one-page emergency plan signed by the
epilepsy nurse, and a date card on the front. Our volunteers phone each family a month before the medicine runs out
of date, and the council makes sure school transport, respite and short-break providers know to look for the bag.
"""),
        ("evidence", "2. What difference has it made? Please give numbers if you can.", """
We now have 284 children with a Rescue Bag. <<Q:Before the project we did a check at our own groups and found that 31 of
the 92 families who brought their child's medicine with them had one that was out of date or about to run out, and when
the volunteers did the same check in 2023 it was 4 out of 110.>>

<<Q:The children's epilepsy service looked at calls to them about 'wrong or missing rescue medicine' and these went
from about nine a month in 2021 to two a month in 2023.>> The service also told us that, since the bags came in,
they have not had a single report of a child being given the wrong strength at school.

We would like to show that fewer children end up in hospital after a long seizure, but the numbers are small and we
have not been able to get that data yet.
"""),
        ("spread", "3. Has anyone else used what you have done?", """
Two other epilepsy charities have asked for our bag design and the plan template, and one of them has started in
their area with our help. The council has added the Rescue Bag to its short-breaks handbook, and the epilepsy nurse
showed the project at a regional children's epilepsy network meeting. We put everything on our website for anyone
to download.
"""),
        ("stakeholders", "4. How were patients, families and staff involved?", """
<<P:The bag was the families' idea. Parents at the Tuesday group chose the colour, argued about the zip (they won),
and wrote the wording on the date card themselves.>> <<P:Some of the older children tried out the bags at school for
a term before we ordered the rest, and because they said the first version was 'embarrassing' we took the charity's
name off the front.>> <<P:A dad who lost his daughter to epilepsy sits on our project group and reads every leaflet
before it goes out.>>

The one-page plan is signed off by Sister Ruth Adeyemi, the lead children's epilepsy nurse, who has given the project
a huge amount of her time. Teachers, teaching assistants and respite carers have all been trained in using the bag and
the plan, and 430 school staff have been to one of our sessions. We had hoped to get school nurses to help write the
training, but they were in the middle of a reorganisation and could not take part. Next year we plan to ask
paramedics for their views on the emergency plan.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="value"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)

# ---------------------------------------------------------------------------
# I214  missed fractures in the emergency department - pdf - two column
#       consultant radiographer voice - clean
# ---------------------------------------------------------------------------
entry(
    id="I214", format="pdf", layout="two_column", topic="missed_fractures_ed",
    project="independent14-redeye-214",
    title="Second Look: a radiographer-led safety net for missed fractures in three emergency departments",
    cover=[
        "Marrowfield Teaching Hospitals NHS Trust (lead)  +  Penhallow and District NHS Foundation Trust  +  University of Marrowfield, Department of Allied Health Imaging",
        "HSJ PSA 2024 / Best Partnership Solution Improving Patient Safety / entry ref PSA-24-0773",
    ],
    primary_entrant=dict(name="Marrowfield Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Penhallow and District NHS Foundation Trust", type="nhs_trust"),
        dict(name="University of Marrowfield", type="university"),
    ],
    sections=[
        ("context", "Context", """
Missed fractures are the commonest diagnostic error in emergency medicine. Most of our emergency department X-rays
are looked at first by the clinician who ordered them, often a junior doctor or an emergency nurse practitioner, late
at night, and the formal report may not arrive for days. By then the patient has gone home. Scaphoid, subtle ankle
and paediatric elbow fractures are the classic misses, and the cost to the patient can be months of pain or a
lifetime of a stiff joint.

Across Marrowfield's two emergency departments and Penhallow's one, we had three different ways of recalling
patients when a report disagreed with the treating clinician, none of them reliable. A joint audit in 2021 found
recall letters that were never sent and reports that were filed without anyone reading them.

Second Look puts a reporting radiographer's 'preliminary clinical evaluation' on every emergency department
musculoskeletal X-ray, at the time it is taken, using a short structured comment that appears in the clinical
system beside the image. A shared discrepancy team, staffed from both trusts, reviews every case where the
preliminary comment and the clinician's decision disagree and calls the patient back within one working day. The
University designed the radiographers' training and runs the ongoing image interpretation audit.
"""),
        ("evidence", "Evidence", """
We measure missed fractures as fractures identified on the formal report that were not acted on at the first
attendance. <<Q:Across the three departments the missed fracture rate fell from 3.6% of emergency department
musculoskeletal X-rays in 2021 to 1.2% in 2023.>> <<Q:The SPC chart for Marrowfield's main department shows a
sustained shift below the old centre line from the third month onwards, with no return.>>

<<Q:Median time from the X-ray to the patient being recalled, where a fracture had been missed, went down from eleven
days to one day.>> <<Q:Clinical negligence claims relating to missed fractures opened against the two trusts halved
between 2020/21 and 2023/24.>>

The radiographers' preliminary comments agree with the final consultant report in 96% of cases. We have
looked hard for unintended effects: the number of X-rays requested per attendance has not changed, and the
discrepancy team has not generated a wave of unnecessary recalls, since most calls lead to a fracture clinic
appointment that the patient needed anyway. Data were collected by the discrepancy team and validated by the
University's audit group each quarter.
"""),
        ("spread", "Spread", """
The model has also been extended within our own trusts to minor injury units, where emergency nurse
practitioners work without an on-site doctor. Two hospitals in the south-west imaging network have visited and are setting up their own version. The University
now runs the preliminary clinical evaluation module for radiographers from eight trusts and has published the
training framework.
"""),
        ("value", "Value", """
Second Look uses radiographers already on shift, with time protected for the comment. The discrepancy team costs
about £96,000 a year across both trusts, which is less than the settlement in a single serious missed fracture claim.
"""),
        ("stakeholders", "Patients and staff", """
<<S:Emergency nurse practitioners and radiographers from both trusts spent two months arguing over the wording of
the structured comment until they had something both sides would trust, and the final version was theirs, not
ours.>> <<S:Night-shift registrars tested where the comment should sit on the screen.>>

<<P:We asked people who had been recalled after a missed fracture what the phone call should sound like, and four of
them worked with the discrepancy team to rewrite the script and the follow-up letter.>> <<P:A patient representative
from the Penhallow emergency department user group sits on the steering group.>>
"""),
    ],
    flags=[],
)

# ---------------------------------------------------------------------------
# I215  safe transfer of prisoners to hospital - docx - no headings
#       terse health-and-justice voice; prisoners only beneficiaries,
#       security negation, complaints read, plan -> no_patient_involvement
# ---------------------------------------------------------------------------
entry(
    id="I215", format="docx", layout="no_headings", topic="prisoner_hospital_transfer", docx_font="Cambria",
    project="independent14-escortsafe-215",
    title="Escort Safe: clinically safe transfer of people in prison to acute hospital care",
    cover=[
        "Primary entrant -- Westerleigh Health and Justice Partnership NHS Trust",
        "Partners -- HMP Westerleigh & HMP Oakhurst (HMPPS); Westerleigh Royal Hospital NHS Trust (ED and Acute Medicine); Regional Ambulance Service NHS Trust",
        "Best Partnership Solution Improving Patient Safety / 2024",
    ],
    primary_entrant=dict(name="Westerleigh Health and Justice Partnership NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="HM Prison and Probation Service", type="public_sector"),
        dict(name="Westerleigh Royal Hospital NHS Trust", type="nhs_trust"),
        dict(name="Regional Ambulance Service NHS Trust", type="ambulance_trust"),
    ],
    sections=[
        ("context", None, """
Two prisons, 1,900 men, one acute hospital nine miles away. Every year around 700 men are taken from HMP Westerleigh
and HMP Oakhurst to the hospital for emergency or planned care. Each transfer involves prison officers, healthcare
staff, often an ambulance crew, and on arrival an emergency department that does not know the patient.

In 2021 we reviewed 40 transfers that had gone wrong. The themes were consistent: clinical information did not travel
with the patient, restraint decisions were made without clinical input, medicines (including opiate substitution)
were missed during long waits, and hospital clinicians did not know whom to call in the prison. Two men had
deteriorated in the back of a van because the escort decision had been made before a clinician saw them.

Escort Safe is a joint protocol and a single transfer summary. A prison nurse completes a one-page summary for every
transfer, including a NEWS2 score, allergies, medicines due and a risk-of-harm section. Restraint is set by a joint
clinical and security decision recorded on the same form. The hospital has a named contact number for each prison's
healthcare team, answered around the clock, and the ambulance service accepts the summary as its handover document.
"""),
        ("evidence", None, """
<<Q:Transfers arriving at the emergency department with a completed clinical summary rose from 22% in 2021 to 93% in
2023.>> <<Q:Missed doses of critical medicines during hospital attendances, measured from the prison medication
records, fell from 61 in the six months before to 14 in the same six months a year later.>>

<<Q:The proportion of emergency transfers where restraint was applied without a recorded clinical view dropped from
over half to under one in ten.>> There have been no further incidents of deterioration during escort in the period
reviewed.
"""),
        ("spread", None, """
The protocol has been adopted by the prison group's three other establishments and by one women's prison in a
neighbouring region. The national health and justice team has included the transfer summary in its good practice
library.
"""),
        ("value", None, """
Clearer clinical information has shortened emergency department stays for men from prison, which matters because
every extra hour ties up two or three prison officers and a cubicle. The prisons estimate savings of around 1,100
officer hours a year. The costs were staff time and printing. For hospital staff, having a direct number for the
prison healthcare team has removed a source of real frustration; before, a doctor wanting to know what medicines a man
took might be passed between three switchboards. For the men themselves, a safer escort and fewer missed doses of
their medicines are the whole point, and fewer cancelled outpatient appointments mean less delay in treatment that
is often already overdue.
"""),
        ("stakeholders", None, """
<<S:The protocol was drafted by a working group of prison nurses, custodial managers, two emergency department
consultants and an ambulance service clinical team leader, and it went through six drafts after they walked through
real transfers together.>> <<S:Officers on the escort teams at both prisons tested the form for a month and asked
for the risk-of-harm section to be moved to the front, which was done.>>

The patients are the men in our care, and they are the ones who benefit. Because of security restrictions we were
not able to run focus groups with prisoners during the design. Complaints from prisoners about hospital visits were
read as part of the 2021 review. We plan to involve the prison's peer health champions in the next review of the
form.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)

# ---------------------------------------------------------------------------
# I216  cancer two-week-wait tracking - pdf - caps headings
#       ICB commissioner voice - clean
# ---------------------------------------------------------------------------
entry(
    id="I216", format="pdf", layout="caps_headings", topic="cancer_referral_safety_netting",
    project="independent14-notlost-216",
    title="Not Lost in the System: safety-netting urgent suspected cancer referrals from GP to first appointment",
    cover=[
        "NHS Kingsmere and Tollard Integrated Care Board (primary entrant)",
        "Kingsmere Primary Care Alliance (41 practices); Tollard University Hospitals NHS Foundation Trust; Kingsmere Cancer Patient Forum",
        "Category: Best Partnership Solution Improving Patient Safety. Prepared by the Associate Director of Commissioning, Cancer and Diagnostics",
    ],
    primary_entrant=dict(name="NHS Kingsmere and Tollard Integrated Care Board", type="icb"),
    partners=[
        dict(name="Kingsmere Primary Care Alliance", type="primary_care"),
        dict(name="Tollard University Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Kingsmere Cancer Patient Forum", type="patient_group"),
    ],
    sections=[
        ("context", "CONTEXT", """
As commissioners we look at cancer waiting times every week. What those figures do not show is the referral that
never arrives: the form that is rejected for a missing blood test and never re-sent, the patient who does not answer
an unknown number and is discharged, the letter that goes to an old address. A 2021 review of 30 late cancer
diagnoses in Kingsmere found that seven involved an urgent referral that had been lost or stalled somewhere between
the practice and the hospital.

Every practice is supposed to safety-net its urgent suspected cancer referrals. In practice this was a spreadsheet
kept by one receptionist, or nothing at all. The hospital had no way of telling the practice when a patient had not
been booked.

Not Lost in the System connects the two. The ICB funded a shared tracking list, fed automatically from the referral
system, that both the practice and the hospital's cancer booking team can see. Any referral not booked within five
working days is flagged to both. Practices nominate a safety-netting lead, and the hospital now calls patients from a
recognisable number and texts first.
"""),
        ("evidence", "EVIDENCE OF IMPROVEMENT", """
<<Q:Referrals with no booked appointment after ten working days fell from 6.8% in the baseline quarter (October to
December 2021) to 0.9% in the same quarter of 2023.>> <<Q:Rejected referrals that were never re-submitted went from
around 40 a quarter to fewer than five.>>

<<Q:Patients discharged back to their GP after being 'uncontactable' fell by 71% once the text-first approach and the
recognisable number were introduced.>> <<Q:The run chart of days from referral to first appointment shows a sustained
downward shift, with the median falling from 13 days to 9.>>
"""),
        ("spread", "SPREAD AND SHARING", """
The tracking list was built on the regional shared care record, so the other two ICBs in the Cancer Alliance have
been able to switch it on with little work; one has done so. The Cancer Alliance has included the model in its
early diagnosis plan and our safety-netting guide has been sent to all its practices.
"""),
        ("value", "VALUE", """
The tracking list cost £58,000 to build and costs about £9,000 a year to run. Practices report saving several hours
a week on manual tracking. Finding a lost referral a month earlier can change a cancer's stage at diagnosis.

For patients, the value is harder to put a price on. Waiting for a cancer appointment is frightening, and waiting
for one that is never going to come, because the referral has gone astray, is worse. The hospital's booking team
tells us that the anxious phone calls from patients asking 'have you got my referral?' have become much less
frequent, and practices no longer find out about a lost referral when the patient comes back months later with
worse symptoms. The programme is funded recurrently from the ICB's cancer budget from 2024/25.
"""),
        ("stakeholders", "PATIENT AND STAFF INVOLVEMENT", """
<<P:The idea of a recognisable number came from members of the Kingsmere Cancer Patient Forum, who told us they had
ignored calls from the hospital because they thought they were scams, and the Forum then tested the text wording
with us.>> <<P:Two of them sit on the programme board.>>

<<S:Practice managers, care navigators and the hospital's cancer booking clerks met in three workshops to agree what
the tracking list should show, and the five-working-day trigger was their proposal.>> <<S:GP safety-netting leads
from six pilot practices tested the list for three months before roll-out.>>
"""),
    ],
    flags=[],
)

# ---------------------------------------------------------------------------
# I217  homecare medication support - docx - form table
#       council-only "partnership" between its own departments, no partner
#       organisation -> ineligible
# ---------------------------------------------------------------------------
entry(
    id="I217", format="docx", layout="form_table", topic="homecare_medication",
    project="independent14-rightdose-217",
    title="Right Dose at Home: safer medication support by homecare workers",
    cover_table=[
        ("Name of entry", "Right Dose at Home: safer medication support by homecare workers"),
        ("Organisation", "Ferrisham City Council -- Adult Social Care (Reablement and In-house Homecare), Commissioning and Quality Assurance, and Occupational Therapy teams"),
        ("Partner organisations", "n/a (cross-directorate partnership within the Council)"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
        ("Lead contact", "Service Manager, Provider Quality -- right.dose@ferrisham.gov.example"),
    ],
    primary_entrant=dict(name="Ferrisham City Council", type="local_authority"),
    partners=[],
    sections=[
        ("context", "Context: why was the partnership needed, what is the service and what are its safety goals?", """
Around 1,300 people in Ferrisham receive homecare from the Council's in-house service, and about two thirds of them
get some help with their medicines. Homecare workers prompt, assist or administer tablets, creams and eye drops,
usually working alone, often in a 30-minute call, from a paper medication administration record (MAR) that may have
been written by hand weeks earlier.

Medication errors were the most common type of incident reported by our homecare teams in 2021/22. Missed doses,
doses given twice because two workers did not know what the other had done, and creams used on the wrong person in
the same household were regular themes. When we looked closely, the problem was rarely a careless worker. It was a
MAR that did not match the blister pack, a change made by the GP that had not reached the care plan, or a worker
who had not been told the client was now on a time-critical Parkinson's medicine.

Right Dose at Home joins up three teams within the Council that had worked separately: reablement and homecare, who
deliver the care; commissioning and quality assurance, who set the standards; and occupational therapy, who assess
what help a person needs. Together they introduced an electronic MAR on workers' phones, a single medication support
assessment at the start of every package, a rule that any change in medicines is confirmed by a senior before the
next call, and a 'time-critical' alert for drugs that must not be late.
"""),
        ("evidence", "Evidence of improvement in safe care", """
<<Q:Reported medication errors per 1,000 medication calls fell from 3.9 in 2021/22 to 1.4 in 2023/24.>> <<Q:Missed
or late doses of time-critical medicines, which the electronic MAR now flags in real time, reduced by around 60%
over the same period.>>

<<Q:Safeguarding concerns raised about medication in homecare went from 48 in 2021/22 to 19 in 2023/24.>> The
electronic MAR is now in use for every client who receives help with medicines.
"""),
        ("spread", "How has the work been applied elsewhere and shared?", """
The medication support assessment has been written into the Council's contracts with the 23 independent homecare
agencies it commissions, and four of them have started using the same electronic MAR. We have presented the work to
the regional directors of adult social care network and shared our policies with three other councils.
"""),
        ("value", "Value created for people, staff and the public purse", """
The electronic MAR licence costs about £41,000 a year. Fewer errors mean fewer safeguarding investigations, each of
which takes many hours of social worker and manager time. Workers no longer have to phone the office to check a
handwritten chart, and managers can see in real time if a call has been missed. People receiving care and their
families can view the record on request, which has reduced worried calls to the office.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Homecare workers from all four locality teams took part in design sessions, and a group of eight of them tested
the electronic MAR on their own rounds for six weeks and had the screen order changed so that it matched the way they
actually move through a call.>> <<S:Occupational therapists and senior carers wrote the medication support assessment
together and piloted it with new clients.>>

<<P:We visited twelve people who receive care and, with their permission, watched how medicines were stored and
given in their homes; it was one of them, a retired pharmacist, who suggested the alert for time-critical drugs.>>
<<P:Family carers who help with medicines between calls were asked how they wanted to record what they had given,
and a 'family given' option was added to the record as a result.>>
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
    ],
)

# ---------------------------------------------------------------------------
# I218  sickle cell crisis pain relief in ED - pdf - with appendix
#       patient co-author voice (first person, "we" for patients) - clean
# ---------------------------------------------------------------------------
entry(
    id="I218", format="pdf", layout="with_appendix", topic="sickle_cell_pain", pdf_font="DejaVuSans",
    project="independent14-thirtyminutes-218",
    title="Thirty Minutes: getting pain relief to people in sickle cell crisis, written by the people who waited",
    cover=[
        "Co-authored by a member of the Linbrook Sickle Cell Voices group and the consultant haematologist at Linbrook",
        "Lead: Linbrook and Ashdale University Hospitals NHS Trust | Partners: Eastern Counties Ambulance Service NHS Trust; Sickle Cell Voices Linbrook (user-led charity)",
        "Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="Linbrook and Ashdale University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Eastern Counties Ambulance Service NHS Trust", type="ambulance_trust"),
        dict(name="Sickle Cell Voices Linbrook", type="charity"),
    ],
    sections=[
        ("context", "Why we needed to work together", """
I have sickle cell disease. When I go into crisis the pain is the worst thing I know, and national guidance says I
should have pain relief within 30 minutes of arriving at hospital. For years that almost never happened to me or to
anyone I know. We waited in the emergency department for two, three, four hours. We were asked if we were 'drug
seeking'. Some of us stopped coming to hospital at all and tried to manage at home, which is how people die.

In 2021 a young man from our group died after a crisis that started at home; the coroner noted that he had avoided
hospital because of past experiences. After that the haematology team asked us to work with them, and this time it
was different, because we were not asked to comment on something already written. We wrote it together.

Thirty Minutes has four parts. Each person with sickle cell who agrees has an individual care plan on the hospital
system and on the ambulance service's record, written with them and their haematologist, saying which painkiller
works for them and at what dose. Ambulance crews can give the first dose on the way in. The emergency department
triages sickle cell crisis as 'very urgent' and has a sickle cell champion on every shift. And a member of the
haematology team reviews every attendance the next day.
"""),
        ("evidence", "What has changed", """
<<Q:The proportion of people in sickle cell crisis who received their first pain relief within 30 minutes of arrival
went from 14% in 2021 to 68% in 2023.>> <<Q:The median time to first dose fell from 112 minutes to 27 minutes.>>

<<Q:For patients brought in by ambulance with a care plan, the share who had a first dose before arriving rose from
almost none to just over half.>> <<Q:Complaints from people with sickle cell about their emergency care dropped from
19 in 2021 to 4 in 2023.>>

The hospital's aim is 90% within 30 minutes. We are not there yet, and we say so.
"""),
        ("spread", "Sharing it", """
The individual care plan template has been taken up by two other hospitals in the haemoglobinopathy network. The
ambulance service has made the sickle cell plan available to crews across its whole area, not just Linbrook. We
have spoken together, patient and doctor, at a national haemoglobinopathy conference.
"""),
        ("value", "What it is worth", """
The programme cost very little in money: the care plans use existing systems, and the champions are existing
nurses. Earlier pain relief means fewer people deteriorate into acute chest syndrome, which can mean intensive
care. For us, the value is simple. We are believed.
"""),
        ("stakeholders", "Who was involved", """
<<P:We, the members of Sickle Cell Voices, wrote the care plan template, chose the words on the triage card, and
recorded the short films that every new emergency department nurse now watches.>> <<P:One of us sits on the
haematology governance group and reviews the next-day attendance data every month.>>

<<S:Emergency department nurses volunteered to be champions and shaped the triage change; it was a band 5 nurse who
worked out where in the triage screen the flag had to appear to be seen.>> <<S:Paramedics from the ambulance
service's clinical development team wrote the pre-hospital part of the plan with the haematologists.>>
"""),
    ],
    trailer=[
        ("heading", "Appendix 1: Glossary"),
        ("para", "ACS acute chest syndrome; ED emergency department; IPP individual pain plan; NICE National Institute for Health and Care Excellence; VOC vaso-occlusive crisis."),
        ("heading", "Appendix 2: Measure definitions"),
        ("para", "Time to first analgesia: from ED arrival time stamp (or ambulance administration time where given pre-hospital) to first documented dose. Source: ED system and ambulance electronic patient record, all attendances coded as sickle cell crisis, Linbrook site only."),
    ],
    flags=[],
)

# ---------------------------------------------------------------------------
# I219  intravitreal injection backlog - docx - reordered
#       Scottish health board voice; no spread section -> missing_section
# ---------------------------------------------------------------------------
entry(
    id="I219", format="docx", layout="reordered", topic="eye_injection_backlog", docx_font="Georgia",
    project="independent14-sharedsight-219",
    title="Shared Sight: a community optometry and hospital partnership to clear the eye injection backlog safely",
    cover=[
        "NHS Glenmorra (Ophthalmology Services, Glenmorra Royal Infirmary) -- lead applicant",
        "with the Glenmorra Community Optometry Network (independent contractors providing General Ophthalmic Services) and Glenmorra Caledonian University, Department of Vision Sciences",
        "HSJ Patient Safety Awards: Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="NHS Glenmorra", type="nhs_board"),
    partners=[
        dict(name="Glenmorra Community Optometry Network", type="primary_care"),
        dict(name="Glenmorra Caledonian University", type="university"),
    ],
    sections=[
        ("stakeholders", "Involving patients and staff", """
<<P:Folk who attend for injections were at the centre of this: our Eye Clinic User Group, eleven patients and two
carers, chose the community practices' appointment times, tested the text reminders and told us, bluntly, that the
old letters were unreadable with macular degeneration.>> <<P:Letters are now in 18-point type because of them.>>

<<S:Community optometrists, injecting nurses and the hospital's medical retina consultants spent a year writing the
shared monitoring protocol, and the optometrists' representative committee insisted on the same-day referral back
that is now its backbone.>> <<S:Clinic booking staff redesigned the recall lists themselves.>>
"""),
        ("context", "Context", """
Injections into the eye for wet age-related macular degeneration and diabetic macular oedema save sight, but only if
they are given on time. Delay of even a few weeks can mean permanent loss of vision. By the end of 2021 the
ophthalmology department at Glenmorra Royal Infirmary had over 2,400 patients overdue for a review or an injection,
some by many months, after the pandemic. Patients from the islands and the west of the board area faced a round trip
of up to five hours for each visit.

Shared Sight moves the monitoring visits, the scan and the check of vision, out to accredited community optometry
practices that have optical coherence tomography scanners. Scans are sent electronically to the hospital, where a
virtual clinic decides within two working days whether the patient needs an injection. The hospital's own injection
clinics are then freed to give injections, including extra weekend sessions run by nurse injectors. The University
trained the optometrists and audits the quality of their scans and decisions.

The safety goals we agreed at the outset were to bring every patient back within their clinically planned
interval, to stop people losing vision while they waited, and to make sure that moving care into the community did
not introduce new risks, such as a missed sign of active disease on a scan read by someone less experienced. For that
reason every community decision is reviewed by a hospital clinician, and any patient with sudden change in vision can
be seen in the hospital the same day. The partnership is governed by a joint clinical group that reports to the
board's Clinical Governance Committee every quarter.
"""),
        ("value", "Value", """
Each community monitoring visit costs the board less than a hospital clinic appointment, and patients avoid long
journeys: the board estimates that patients and carers have been spared around 9,000 hours of travel. Freeing
hospital capacity has allowed two additional nurse injector posts to be funded from the existing budget. Most
importantly, people keep their sight, and with it their independence, their driving licences and their ability to
read.
"""),
        ("evidence", "Evidence", """
<<Q:The number of patients overdue for review or injection fell from 2,430 in December 2021 to 310 in December
2023.>> <<Q:Patients suffering a loss of 15 or more letters of vision while waiting beyond their planned interval,
which we record as harm, went down from 96 in 2021 to 21 in 2023.>>

<<Q:The proportion of injections given within one week of the intended date rose from 52% to 88%.>> The quality audit
by the University found that community optometrists' decisions agreed with the consultant's in 94% of sampled cases. Data are taken from the ophthalmology electronic record and reviewed monthly by the
joint clinical group.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="spread"),
    ],
)

# ---------------------------------------------------------------------------
# I220  hearing loss in people with dementia - pdf - no headings
#       audiologist voice; no evidence section and no measured change
#       anywhere (counts, targets, plans only) -> missing_section evidence,
#       no_quantitative_evidence
# ---------------------------------------------------------------------------
entry(
    id="I220", format="pdf", layout="no_headings", topic="hearing_dementia", pdf_align="L",
    project="independent14-hearmenow-220",
    title="Hear Me Now: finding and fixing hearing loss in people living with dementia",
    cover=[
        "Thornbury and Wells Community NHS Trust, Adult Audiology",
        "in partnership with Thornbury Memory Matters (dementia charity) & Thornbury District Council Extra Care Housing",
        "Category -- Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="Thornbury and Wells Community NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Thornbury Memory Matters", type="charity"),
        dict(name="Thornbury District Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
I am a clinical scientist in audiology, and for most of my career the people I saw least were the ones who most
needed us. Hearing loss is common in older age and is one of the largest modifiable risk factors for dementia. In
people who already live with dementia, unrecognised hearing loss makes confusion, distress and isolation worse. It
can be mistaken for a worsening of the dementia itself, and it is a safety problem: someone who cannot hear a
warning, a question about pain or a carer's explanation of a medicine is at greater risk of harm.

Yet people with dementia rarely reach an audiology clinic. Appointments at a hospital department they do not know,
with tests that rely on pressing a button, are hard to manage. Many had hearing aids that sat in a drawer with flat
batteries, blocked tubing or the wrong programme, because no one around them knew how to look after them.

Hear Me Now takes the service to where people live. Audiologists visit memory cafes run by Thornbury Memory Matters
and the Council's extra care housing schemes, carry out hearing checks using portable equipment and methods adapted
for people with cognitive impairment, remove wax where needed and fit or repair hearing aids on the spot. Staff in
the housing schemes and the charity's cafe volunteers are shown how to clean, check and change the batteries on
aids, and a simple picture card is kept with each person's aids.
"""),
        ("spread", None, """
The portable hearing check has been taken up by the audiology service in a neighbouring trust, and the picture card
has been translated into three languages by the charity. We have talked about the work at the British Academy of
Audiology conference and at a national dementia nursing forum, and the Council is discussing extending the visits to
its sheltered housing.
"""),
        ("value", None, """
Since the service started in 2022 we have carried out 540 hearing checks, fitted 310 new hearing aids and repaired
or re-programmed 220 more. Our target for 2023 was 400 checks and we reached 388. We hope to show in due course that
better hearing reduces distress and the need for sedating medicines, and a study with the local university is being
planned for 2025 to measure this.

The cost is modest, mostly audiologist time and travel. Clinic appointments that people with dementia did not attend
were a waste of capacity; home and community visits are attended almost every time. Family members tell us it is
the first time in years they have been able to have a proper conversation with their mother or husband, and we
believe that matters as much as anything we can count.
"""),
        ("stakeholders", None, """
<<P:The whole approach was shaped at three memory cafe sessions where people with dementia and their husbands, wives
and daughters told us what had gone wrong at hospital appointments; the idea of coming to the cafe rather than
asking people to come to us was theirs.>> <<P:Carers helped draw the picture card and tried it at home.>>

<<S:Extra care housing staff worked through drafts of the battery and cleaning routine with our audiologists and
changed it so that it could be done in the few minutes they have on a morning call.>> <<S:Cafe volunteers and
audiology assistants together tested the portable hearing check in two cafes before it was used widely.>>
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)

# ---------------------------------------------------------------------------
# I221  delirium at home (hospital at home) - docx - style headings
#       community geriatrician voice; involvement in passive voice - clean
# ---------------------------------------------------------------------------
entry(
    id="I221", format="docx", layout="style_headings", topic="delirium_at_home", docx_font="Calibri",
    project="independent14-clearheads-221",
    title="Clear Heads at Home: recognising and managing delirium in older people cared for in their own homes",
    cover=[
        "Oakhampstead Integrated Care NHS Trust (Frailty Hospital at Home) * Oakhampstead Primary Care Network Collaborative * Oakhampstead Borough Council (Reablement) * Age Well Oakhampstead",
        "Best Partnership Solution Improving Patient Safety -- submitted by the clinical lead for frailty, on behalf of the partnership",
    ],
    primary_entrant=dict(name="Oakhampstead Integrated Care NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Oakhampstead Primary Care Network Collaborative", type="primary_care"),
        dict(name="Oakhampstead Borough Council", type="local_authority"),
        dict(name="Age Well Oakhampstead", type="charity"),
    ],
    sections=[
        ("context", "Context, service and safety goals", """
Hospital at home for frail older people is expanding quickly, and with good reason: many people recover better in
their own beds. But delirium does not stay in hospital. It is common in older people with infections, dehydration,
constipation or new medicines, and it is easily missed at home, where the person may be seen for twenty minutes a day
by a different visitor each time. Hypoactive delirium, where someone becomes quiet and sleepy rather than agitated, is
the hardest to spot and the most dangerous.

When our frailty hospital at home service reviewed its first year, delirium had been recorded in the notes of only 4%
of patients, far below what would be expected, and several of the people who deteriorated and were admitted had shown
signs of confusion that family members had noticed but no professional had recorded.

Clear Heads at Home brings together the frailty service, GP practices, the Council's reablement carers and Age Well
Oakhampstead. Every visitor, whether a nurse, a GP, a reablement carer or a trained volunteer, uses the same
four-question screen at each contact and records it in a shared record. A positive screen triggers a same-day
clinical review using a delirium bundle: look for the cause, review medicines, keep the person oriented, mobile,
eating and drinking, and support the family. Age Well volunteers provide evening 'sitting' visits for families who
need a break.
"""),
        ("evidence", "Evidence of improvement", """
<<Q:Recorded delirium screening at first contact rose from 11% of patients in 2022 to 89% in 2023.>> <<Q:Delirium
was recognised in 21% of patients in 2023 compared with 4% before, which we interpret as better detection rather
than more illness.>>

<<Q:Among patients who developed delirium, unplanned transfer to hospital fell from 38% to 22%.>> <<Q:Prescriptions
of antipsychotic medicines started during a hospital at home episode halved.>>

We are aware that some of these are process measures, and we are working with the local university on a longer-term
follow-up of function and care home admission.
"""),
        ("spread", "Spread and sharing", """
The four-question screen and shared record template have been adopted by the two other hospital at home services in
our integrated care system, and by the Council's own reablement service for all its clients, not just those under
the frailty team. We have shared our materials through the national hospital at home community of practice.
"""),
        ("value", "Value", """
A hospital admission for an older person with delirium typically lasts more than a week and often ends with a loss
of independence. Avoiding even a handful of these each month pays for the programme, whose main costs are training
time and a part-time volunteer coordinator at Age Well. Families describe feeling less alone, and carers say they now
know what to look for and whom to call.
"""),
        ("stakeholders", "Patient, family and staff involvement", """
<<P:The family information sheet was rewritten after being tested by people who had cared for a relative through
delirium, who felt the first version made it sound like dementia and removed the medical terms.>> <<P:Two of those
carers were then invited onto the project board and have stayed.>>

<<S:Reablement carers and district nurses were consulted at every stage, and the four-question screen was cut down
from seven questions after they showed it could not be done in a short visit.>> <<S:GP practice pharmacists reviewed
the medicines part of the bundle and added the list of high-risk drugs.>>
"""),
    ],
    flags=[],
)

# ---------------------------------------------------------------------------
# I222  suicide risk after discharge from inpatient mental health care -
#       pdf - style headings via soffice; mental health nurse voice;
#       lived-experience co-design; staff only trained / named lead /
#       negation / plan -> no_staff_involvement
# ---------------------------------------------------------------------------
entry(
    id="I222", format="pdf", layout="style_headings", topic="post_discharge_suicide_risk",
    render_via="soffice",
    project="independent14-firstweek-222",
    title="The First Week: a joint approach to suicide risk in the days after leaving a mental health ward",
    cover=[
        "Entrant: Wrayburn Mental Health NHS Foundation Trust. Partners: Wrayburn and Lisle Councils (Public Health); Harbour Light (crisis café and peer support charity).",
        "Category: Best Partnership Solution Improving Patient Safety. Author: Clinical Nurse Specialist, Acute Care Pathway.",
    ],
    primary_entrant=dict(name="Wrayburn Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Wrayburn and Lisle Councils", type="local_authority"),
        dict(name="Harbour Light", type="charity"),
    ],
    sections=[
        ("context", "Context", """
The days after leaving a psychiatric ward are some of the most dangerous in a person's life. National data show that
the risk of suicide is highest in the first week, and especially the first three days. In Wrayburn, a thematic review
of deaths in 2019 to 2021 found that several people had died before their first community follow-up, and that the
follow-up itself was often a phone call at which nobody answered.

I am a mental health nurse and have worked on our acute wards for fifteen years. This project grew from a simple
question: what would it take for nobody to leave our wards and be alone in the first 72 hours? The answer needed more
than the Trust. Public health teams at both councils hold the suicide prevention plan and fund bereavement support;
Harbour Light runs a crisis cafe in each town, staffed by people with lived experience.

The First Week has three parts. Every person is offered a face-to-face contact within 72 hours, either from the
community team or, if they prefer, from a Harbour Light peer supporter, who can meet them at home or at the cafe.
Before leaving the ward each person completes a personal safety plan in their own words, not ours. And the councils
fund a 'warm handover' between the ward and the cafe so that the person has met someone before they leave.
"""),
        ("evidence", "Evidence", """
<<Q:Face-to-face follow-up within 72 hours of discharge rose from 46% in 2021 to 91% in 2023.>> <<Q:Readmissions within
30 days for self-harm or suicidal crisis fell from 12.4% to 7.9% of discharges.>>

<<Q:The proportion of discharged patients with a personal safety plan that they had written themselves, as judged by
the quarterly audit, went from under a third to over eight in ten.>> Deaths by suicide are, mercifully, rare events,
and we do not claim a change in numbers this small.
"""),
        ("spread", "Spread", """
The 72-hour peer contact model has been written into the suicide prevention strategy of both councils and the
neighbouring mental health trust has adopted the safety plan template. We shared the approach at the regional suicide
prevention network and with the national mental health safety improvement programme.
"""),
        ("value", "Value", """
The cost of the peer contacts, paid by the councils, is about £62,000 a year. A single suicide has been estimated to
cost society well over a million pounds, and the harm to families and communities cannot be measured. People tell us
that meeting someone who has been through it themselves made them want to stay.
"""),
        ("stakeholders", "Involvement", """
<<P:The safety plan was written with eight people who had been inpatients on our wards, over five evenings at
Harbour Light; they threw out our template and built a new one from a blank page.>> <<P:Family members bereaved by
suicide reviewed the warm handover process and asked for families to be offered a place at the discharge meeting,
which is now standard.>>

The project was led by me, with support from the deputy director of nursing. All 140 ward and community nurses have
had a half-day session on the new safety plan, and the consultant psychiatrists were sent a briefing. We had wanted
the community team managers to join the design evenings but rota pressures meant they could not. We plan to set up a
staff reference group in the next year.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)

# ---------------------------------------------------------------------------
# I223  MRI safety for people with implanted devices - pdf - numbered
#       questions; radiology physicist voice; patients only beneficiaries /
#       leaflet sent / satisfaction survey -> no_patient_involvement
# ---------------------------------------------------------------------------
entry(
    id="I223", format="pdf", layout="numbered_questions", topic="mri_implant_safety", pdf_font="LiberationSerif",
    project="independent14-implantcheck-223",
    title="Scan Safe: a regional implant safety service for MRI",
    cover=[
        "Lead: Greyhallow Hospitals NHS Foundation Trust (Medical Physics and Radiology)",
        "Partners: Cullerton District General Hospital NHS Trust; Pemberley Community Diagnostic Centre (NHS); Greyhallow Regional Cardiac Device Service",
        "Category: Best Partnership Solution Improving Patient Safety -- ref. 24/117",
    ],
    primary_entrant=dict(name="Greyhallow Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Cullerton District General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Pemberley Community Diagnostic Centre", type="nhs_service"),
    ],
    sections=[
        ("context", "1. Describe the context, the service and its patient safety goals", """
MRI scanners use a very strong magnetic field. For people with implanted devices such as pacemakers, neurostimulators,
cochlear implants or metal clips, a scan can be safe, safe only under specific conditions, or dangerous. Working out
which means identifying the exact make and model of the implant, finding the manufacturer's conditions and checking
that the scanner and the scan protocol meet them. Done badly, it risks heating, device malfunction or injury; done too
cautiously, it leaves people without a scan they need.

In our region, each of the three MRI sites did this differently, often relying on a radiographer searching
manufacturers' websites late in the day. Patients were cancelled on the day of their scan because the implant could
not be identified, and in 2021 there were two incidents in which a patient with a conditional implant was scanned
outside its conditions.

Scan Safe is a shared regional service run by MRI safety experts in medical physics. Every referral for a patient with
an implant goes to a single team, which identifies the device, using the cardiac device service's records where
relevant, checks the conditions and issues a written scan plan before the appointment is booked. All three sites use
the same safety screening form and the same implant database.
"""),
        ("evidence", "2. What is the evidence of improvement?", """
<<Q:On-the-day cancellations of MRI scans because of unresolved implant questions fell from 7.2% of implant patients
in 2021 to 0.8% in 2023.>> <<Q:Patients with a cardiac device who were refused MRI outright, rather than scanned under
conditions, went down from about a quarter to under 5%.>>

<<Q:The median time from referral to an implant safety decision came down from 16 working days to 3.>> There have
been no further incidents of scanning outside the manufacturer's conditions.

These figures come from the radiology information systems at the three sites and from the service's own referral log,
which records the date each referral was received and the date a written scan plan was issued. Cancellations are
coded by reason at the time by the radiographer, and the coding was checked against the notes for a sample of cases
each quarter. The service handled 1,870 implant referrals in 2023.
"""),
        ("spread", "3. How has the work been applied elsewhere?", """
The shared implant database is now used by two further community diagnostic centres in the region, and the screening
form has been adopted by the regional imaging network for all MRI providers. We have presented the service at the
national MRI safety meeting.
"""),
        ("value", "4. What value has been created?", """
Each cancelled MRI slot is lost capacity worth several hundred pounds, and patients who were once refused a scan now
receive one, avoiding less accurate tests or delays to diagnosis. Radiographers are no longer left to make difficult
safety decisions on their own at the scanner. The service is funded by the three organisations in proportion to their
scanning activity.
"""),
        ("stakeholders", "5. How have patients and staff been involved?", """
<<S:MRI radiographers from all three sites, cardiac physiologists from the device service and medical physicists
formed the working group that wrote the screening form, and it was changed several times after radiographers tried it
with real referrals.>> <<S:Booking clerks suggested holding the appointment until the scan plan was issued.>>

Patients with implants are the people this service exists to protect. An information leaflet was sent to every
patient with a known implant. A satisfaction survey in 2023 found that 94% of patients were satisfied with the
service. The patient experience team has been asked to find patient representatives for the next phase.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)

# ---------------------------------------------------------------------------
# I224  weight-based medicine dosing for children in the ambulance service
#       - docx - bullet lists; evidence is counts/targets/plans only; staff
#       only trained/informed, a single lead, negation ->
#       no_quantitative_evidence, no_staff_involvement
# ---------------------------------------------------------------------------
entry(
    id="I224", format="docx", layout="bullet_lists", topic="paediatric_prehospital_dosing",
    project="independent14-kidsdose-224",
    title="Right Size, Right Dose: safer medicine dosing for children in the ambulance service",
    cover=[
        "North Calderwick Ambulance Service NHS Trust (lead) / University of Calderwick, School of Paramedic Science / Calderwick Children's Hospital NHS Foundation Trust",
        "Category: Best Partnership Solution Improving Patient Safety",
        "Entry prepared by the Consultant Paramedic (Paediatrics)",
    ],
    cover_bullets=[
        "Pre-hospital paediatric dosing aid",
        "Regional, three organisations",
    ],
    primary_entrant=dict(name="North Calderwick Ambulance Service NHS Trust", type="ambulance_trust"),
    partners=[
        dict(name="University of Calderwick", type="university"),
        dict(name="Calderwick Children's Hospital NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Context and safety goals", """
Why this matters:

- Children are a small share of ambulance calls (around 1 in 12), so crews rarely give children's medicines.

- Doses depend on weight, which is usually estimated in a hurry, in a kitchen or at the roadside.

- Calculating a dose, converting it to millilitres and drawing it up under pressure is where errors happen; ten-fold
errors are the classic risk.

- A review of our paediatric medication incidents for 2019 to 2021 found errors in weight estimation, calculation and
the choice of concentration.

What we did:

- Replaced mental arithmetic with a single age-based dosing aid, developed with the children's hospital's
pharmacists and emergency consultants.

- Pre-calculated doses in millilitres for every drug we carry, for each age band, printed on a wipe-clean card and
built into the crew tablet app.

- Colour-coded syringe labels matching the card.

- A short simulation module delivered by the University to all frontline clinicians.

Goals:

- No ten-fold errors in children's medicines.

- Every paediatric medicine dose given from the aid, not from calculation.
"""),
        ("evidence", "Evidence", """
- The dosing aid went live across the whole service in June 2023.

- 1,140 paramedics and 620 emergency medical technicians have completed the simulation module.

- The app version has been opened more than 9,000 times since launch.

- Target: 95% of paediatric medicine doses documented as given from the aid by March 2024; the latest audit found 81%.

- Baseline incident rate: 2.3 paediatric medication incidents per 1,000 paediatric patients treated in 2021/22.

- An evaluation comparing incident rates before and after is planned with the University for late 2024.

- Medicines management staff check every paediatric medication incident report, and these reviews continue.

- Too few months of data have passed to say whether the incident rate has changed; the numbers are small and we do
not want to draw conclusions from random variation.
"""),
        ("spread", "Spread and sharing", """
- Card and app content shared with four other ambulance services through the national ambulance medicines group.

- One neighbouring service is reviewing it for adoption.

- Poster at the national pre-hospital paediatrics conference, 2023.

- Open-licence download from the University's website.
"""),
        ("value", "Value", """
- Printing and labels: about £23,000; app changes built in-house.

- Avoiding a single serious dosing error in a child would justify the cost many times over.

- Crews report that the card makes them feel calmer when treating a sick child.

- Same card now used in the children's hospital's emergency department, so doses match at handover to hospital.

- Less time spent calculating at the scene means treatment starts sooner for a fitting or badly injured child.

- Families see crews working calmly from a clear card rather than doing sums out loud, which parents tell us is
reassuring.
"""),
        ("stakeholders", "Patient and staff involvement", """
- <<P:Parents from the children's hospital's family advisory council looked at early versions of the card and asked
for the age bands to be described in everyday terms ('starting school', 'about to start secondary'), which we did.>>

- <<P:A group of young people from the hospital's youth forum chose the colours for the syringe labels.>>

- The project was led throughout by the Consultant Paramedic (Paediatrics).

- All frontline crews were briefed on the change through the clinical bulletin and the simulation module.

- We had intended to test the card with crews in a live pilot station but winter pressures meant this did not
happen.

- A crew feedback form will be added to the app in the next release.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)
