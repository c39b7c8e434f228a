"""Thirteenth independent (blind) evaluation set: I193..I208.

Written for the HSJ Patient Safety Awards category "Best Partnership Solution
Improving Patient Safety", without reference to the checker.  Same data format
and mark-up as entries3.py:

  <<Q:sentence>>   quantitative claim (a measured change in an outcome)
  <<P:sentence>>   patient / carer / family / service-user involvement
  <<S:sentence>>   staff involvement (includes partner organisations' staff)
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are
joined with a single space.  A paragraph starting with "- " is a bullet item.

Flags are written by hand; build.py cross-checks them against the mark-up.
Labelling conventions:
  * not Q: dates, financial years, bed/ward counts, headcounts, numbers trained,
    budgets and costs, phone numbers, postcodes, reference numbers, targets not
    yet reached, plans, percentages with no baseline, activity counts;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in
    words (a rise in reporting counts is Q when a before/after is given);
    no_quantitative_evidence looks only at the evidence section (or the whole
    entry when the evidence section is missing);
  * not P/S: beneficiaries, plans and hopes, negations, unnamed "stakeholders",
    a single named lead doing their job, staff only trained or briefed, a survey
    after which nothing changed, conference audiences.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I193  perioperative insulin safety - docx - cover table + bold headings
#       theatre manager, plain and matter-of-fact - clean
# ---------------------------------------------------------------------------
entry(
    id="I193", format="docx", layout="bold_headings", topic="diabetes_insulin", docx_font="Arial",
    project="independent13-periopinsulin-193",
    title="First on the List: insulin safety for surgical patients with diabetes",
    cover_table=[
        ("Entry title", "First on the List: insulin safety for surgical patients with diabetes"),
        ("Organisation", "Theatres & Day Surgery, Pellworth General Hospital NHS Trust"),
        ("Partners", "Pellworth & Ridley Community Health NHS Trust (Diabetes Specialist Nursing) & Diabetes Voices Pellworth"),
        ("Contact", "Theatre Manager, ext. 4471"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
    ],
    primary_entrant=dict(name="Pellworth General Hospital NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Pellworth & Ridley Community Health NHS Trust", type="nhs_trust"),
        dict(name="Diabetes Voices Pellworth", type="charity"),
    ],
    sections=[
        ("context", "What the problem was", """
I manage 14 theatres and the day surgery unit at Pellworth General. We do about 11,000 planned operations a
year. Roughly one patient in seven on our lists has diabetes and about a third of those use insulin.

In 2022 our incident system showed the same things happening again and again. Basal insulin missed on the
morning of surgery. Patients fasted from the evening before and then moved to an afternoon list. Variable rate
insulin infusions left running on the ward with no glucose checks. Hypos in recovery and on the ward that
night. We logged 38 insulin-related incidents in the surgical pathway that year and two were graded as
moderate harm.

The diabetes inpatient team at Pellworth is two nurses. They cannot see every surgical patient. The community
diabetes specialist nurses at Pellworth & Ridley Community Health already knew most of our insulin users
because they look after them at home. So we asked them to come into pre-operative assessment with us.

What we built together is simple. A diabetes specialist nurse from the community trust sits in pre-op
assessment two days a week and sees every insulin user booked for surgery. The patient leaves with a
personal insulin plan card that says exactly what to take and when. People on insulin go first on the
morning list unless there is a clinical reason not to. A glucose check was added to the theatre sign-in.
Recovery hands over to the ward on a one-page sheet with insulin at the top.

Our safety goals were: no missed basal insulin, fewer hypos after surgery, no infusions running without
checks, and shorter fasting.
"""),
        ("evidence", "What changed", """
We audited every insulin-using surgical patient for three months before the change (112 patients) and for
the twelve months after it (431 patients). The audit is done by the pre-op nurses and checked by the
community team.

<<Q:The share of insulin users placed first on a morning list went from 41% to 88%.>>

<<Q:Hypoglycaemia (glucose below 4 mmol/L) in the first 24 hours after surgery fell from 19% of patients to 7%.>>

<<Q:Missed basal insulin doses on the day of surgery dropped from 16% to 3%.>>

<<Q:Insulin-related incidents in the surgical pathway went down from 38 in 2022 to 15 in 2023, with none
above low harm.>>

We have not been able to show a change in length of stay. The numbers are too small and too mixed.

The pre-op clinic now sees about 35 insulin users a month. That is activity, not an outcome, but it tells you
the clinic is being used.
"""),
        ("spread", "Where else it is used", """
The orthopaedic hub at Ridley Community Hospital took up the same card and the same list order in
September 2023. Their theatre co-ordinator runs it with the same community nurses.

We gave the card, the sign-in wording and the handover sheet to the two neighbouring trusts in our
integrated care system. One has started using the card. The other is looking at it.

I presented the work at the regional theatre managers' forum and at a national perioperative diabetes
study day. About 200 people were at the study day and the feedback forms were good, but that is an audience,
not a result.
"""),
        ("value", "Value for staff, patients and money", """
Ward nurses say they are not phoning the diabetes team at night as often, because the plan is already in the
notes. The anaesthetists like knowing the glucose before they start.

<<Q:On-the-day cancellations for poor glucose control fell from 23 in 2022 to 6 in 2023.>> Each cancelled
list slot costs us roughly £1,800 in lost theatre time, so this alone covers most of the cost of the
nurse sessions, which are about £38,000 a year and are paid for by the surgical division.

Patients tell us the card is the thing they value most. One man who had had two previous operations said it
was the first time anyone had told him in writing what to do with his insulin the night before.
"""),
        ("stakeholders", "Who was involved", """
<<S:Anaesthetists, operating department practitioners, the pre-op assessment nurses and the sisters from
the two surgical wards met every fortnight for six months and worked out the theatre glucose check between
them.>>

<<S:Recovery staff tested the handover sheet for a month and asked for the insulin box to go at the top of the
page instead of the bottom, which we changed.>> <<S:The community diabetes nurses wrote the first draft of the
insulin plan card and changed it twice after the pre-op nurses said it took too long to fill in.>>

<<P:Members of Diabetes Voices Pellworth read that first draft and told us it was too wordy and used terms
like "basal" that most people did not recognise; five of them rewrote it with us over two evenings.>>
<<P:Two members had operations during the pilot and kept a diary of the day, and because of what they wrote
we now phone every insulin user the day before surgery to confirm their list time.>>

All theatre staff had a ten-minute briefing on the new sign-in question. That was information, not
involvement, and I am not counting it.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I194  delirium in orthopaedics - docx - Word heading styles
#       director of nursing, polished narrative; evidence section has only
#       unbaselined percentages, targets, training and feedback; a measured
#       change sits in the context section -> no_quantitative_evidence
# ---------------------------------------------------------------------------
entry(
    id="I194", format="docx", layout="style_headings", topic="delirium",
    project="independent13-delirium-194",
    title="Someone Who Knows Them: preventing and recognising delirium after hip fracture",
    cover=[
        "Ashcombe Royal Hospitals NHS Foundation Trust (in partnership with the University of Ashcombe School of Health Sciences and Age Well Ashcombe)",
        "Submitted by the Chief Nurse and Director of Patient Experience",
    ],
    primary_entrant=dict(name="Ashcombe Royal Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Ashcombe", type="university"),
        dict(name="Age Well Ashcombe", type="charity"),
    ],
    sections=[
        ("context", "Why this partnership, and why now", """
Every week, around a dozen older people arrive at our emergency department having fallen and broken a hip.
Many are frail; many already live with memory problems; and a great many of them will, over the following
days, become acutely confused. Delirium after hip fracture is common, frightening for patients and families,
and strongly associated with longer stays, further falls, loss of independence and death. It is also, to a
considerable degree, preventable, and yet on our orthopaedic wards it was too often recognised late,
described in the notes as "agitation" or "sundowning", and managed with sedation rather than with its causes.

We had already shown that these wards could change. <<Q:The Trust's earlier programme on the same two wards
had reduced average pre-operative fasting time for hip fracture patients from eleven hours to six.>> That
work gave us confidence, and a team that trusted one another, but it also taught us that the nursing team
could not solve delirium alone. The people who know an older person best are usually not in the building.

Someone Who Knows Them is a partnership between the Trust, the University of Ashcombe School of Health
Sciences and Age Well Ashcombe, the local older people's charity. It has three parts: routine screening with
the 4AT tool on admission and daily thereafter; a multicomponent prevention bundle covering hydration,
sleep, pain, constipation, glasses and hearing aids and early mobilisation; and, at its heart, a structured
way of drawing on families and friends, who are invited to complete a short profile of the person's usual
self and are given a card explaining how to tell us if something has changed. Age Well volunteers visit
patients without regular visitors so that no one is left without someone who knows them.

Our goals were to recognise delirium earlier, to reduce its incidence and duration, and to reduce the use of
antipsychotic and sedative medicines on the orthopaedic wards.
"""),
        ("evidence", "What has changed for patients", """
We are proud of what has been achieved in a relatively short time. Delirium screening using the 4AT is now
completed for 94% of patients aged over 65 within 24 hours of admission to the orthopaedic wards, and a daily
screen is recorded on most days of the stay. Families have completed 212 "This is me" profiles since the
programme began, and Age Well volunteers have made more than 600 visits.

Over 340 nurses, healthcare assistants, therapists and doctors have completed the delirium e-learning
module developed with the University, and every new starter on the wards receives it at induction.

Our ambition is to halve the incidence of post-operative delirium on these wards by March 2026, and we are
confident that we are on track. The University's evaluation, which will compare incidence and prescribing
against the twelve months before the programme using case-note review, is due to report in the spring of
2025, and we would be glad to share it with the judges.

The qualitative picture is already clear. Ward sisters describe a different tone on the wards at night.
Families tell us they feel listened to. Consultants report that they are being called earlier, and for the
right reasons.
"""),
        ("spread", "Sharing what we have learned", """
The family profile and the "tell us" card have been adopted by our elderly care wards and are being tested on
the stroke unit. The University has incorporated the programme into its undergraduate nursing curriculum,
so that every student placed with us learns the bundle before they arrive.

We presented the work at the regional hip fracture collaborative and at a national nursing conference, and
the materials are freely available to any organisation that wishes to use them. Two other trusts in our
region have requested them.
"""),
        ("value", "Value for patients, staff and the public purse", """
It would be easy to describe this work only in terms of clinical outcomes, but its deepest value is human.
A daughter wrote to us that, for the first time in three hospital admissions, staff had known that her
father always woke at five and needed his radio; the card had told them. Healthcare assistants say the
profiles make it easier to comfort someone who is frightened.

The programme costs around £46,000 a year, principally a part-time delirium practitioner and the charity's
volunteer co-ordination. Given the well-documented costs of delirium in extended stays and increased care
needs after discharge, we believe it represents excellent value.
"""),
        ("stakeholders", "Working together", """
<<S:The programme was designed by a working group of ward sisters, orthogeriatricians, physiotherapists,
occupational therapists and the wards' two activity co-ordinators, who met monthly for a year and chose the
bundle elements themselves.>> <<S:Night staff trialled three versions of the sleep checklist and rejected the
first two as unworkable on a busy ward.>>

<<P:Families told us that they were usually the first to notice when their mother or father "wasn't
themselves", and yet nobody asked them; the "tell us" card and the profile were written with a group of eight
relatives of former patients, who chose the wording and the colour.>> <<P:Two Age Well members who had
themselves had delirium after surgery helped us rewrite the patient information leaflet, removing the word
"dementia" wherever it had crept in.>>

The University's part in the partnership is to evaluate the programme independently of the Trust.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I195  acute kidney injury alerts in primary care - pdf - with appendix
#       university researcher, passive voice and hedging - clean
# ---------------------------------------------------------------------------
entry(
    id="I195", format="pdf", layout="with_appendix", topic="acute_kidney_injury", pdf_font="LiberationSerif",
    project="independent13-akialerts-195",
    title="From Alert to Action: an evaluated partnership to improve the primary care response to acute kidney injury warning stage results",
    cover=[
        "Primary entrant: University of Stanmoor, Department of Primary Care and Population Health",
        "Partners: Health Innovation Stanmoor; Stanmoor Teaching Hospitals NHS Trust (Department of Clinical Biochemistry); Fenbridge GP Federation",
        "Evaluation registered as service evaluation SE-2022-031; no NHS ethical review required",
    ],
    primary_entrant=dict(name="University of Stanmoor", type="university"),
    partners=[
        dict(name="Health Innovation Stanmoor", type="ahsn"),
        dict(name="Stanmoor Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Fenbridge GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Context, intervention and intended safety outcomes", """
Acute kidney injury (AKI) is frequently first detected in blood tests requested in the community, and the
national AKI warning stage algorithm has been embedded in laboratory reporting for several years. It has
nevertheless been suggested, in a number of audits, that the response to these alerts in general practice
is variable: repeat tests may not be arranged within the recommended interval, nephrotoxic and
"sick-day" medicines may not be reviewed, and the alert may be filed without action when it is received out
of hours or by a locum clinician (1).

In the Fenbridge locality, a review of 60 AKI-related emergency admissions conducted by the hospital's
renal team in 2021 appeared to indicate that an earlier community alert had been generated, and not acted
upon, in a substantial minority of cases. It was therefore proposed that a partnership be formed between
the Department of Clinical Biochemistry at Stanmoor Teaching Hospitals, the Fenbridge GP Federation, Health
Innovation Stanmoor and the University's Department of Primary Care and Population Health.

The intervention comprised three elements: (a) a redesigned laboratory alert, delivered to the practice
workflow with a short, stage-specific recommended action; (b) a practice-level protocol under which AKI
alerts are triaged on the day of receipt by a clinical pharmacist or duty clinician; and (c) a patient
"sick-day" guidance card, issued when medicines are temporarily stopped. The University's role was to lead
the design of the evaluation and the analysis. It was intended that AKI-related admissions would be reduced,
and that the timeliness of repeat testing and medicines review would be improved, although it was
recognised from the outset that admissions would be an insensitive measure over a short period.
"""),
        ("evidence", "Evidence of improvement", """
Routinely collected practice and laboratory data were analysed for six pilot practices (combined list size
approximately 71,000) over a twelve-month baseline and an eighteen-month intervention period. Statistical
process control charts were used for process measures, and an interrupted time series for admissions. The
findings should be interpreted with some caution, given that no contemporaneous control was available.

<<Q:Documented medicines review within seven days of an AKI alert appears to have increased from 22% of
alerts at baseline to 61% in the final quarter of the intervention period.>> <<Q:Repeat creatinine
measurement within the recommended interval rose from 47% to 72%, a sustained shift being observed on the
SPC chart from the fourth month.>>

<<Q:A reduction in AKI-related emergency admissions among registered patients with chronic kidney disease,
from 4.1 to 3.3 per 1,000 patients per year, was observed, equivalent to approximately one fifth,>> although
the confidence intervals overlapped and the possibility that a secular trend contributed cannot be
excluded.

It should be noted that alert volumes were broadly stable across the two periods (around 140 alerts per
month), so the changes do not appear to be explained by a change in case mix.
"""),
        ("spread", "Spread and dissemination", """
Following the pilot, the redesigned alert was adopted by the laboratory for all 63 practices it serves, and
the triage protocol has been offered to each of them through the GP Federation's clinical pharmacist network.
Uptake of the protocol outside the pilot has not yet been measured.

Health Innovation Stanmoor has included the toolkit in its regional medicines safety programme, and it has
been shared with two other Health Innovation Networks. Findings have been presented at a national primary
care research meeting and a manuscript is under review (2).
"""),
        ("value", "Value: experience and cost", """
In interviews with eleven practice staff it was reported that the redesigned alert reduced uncertainty about
what was expected, particularly among locum clinicians.
<<S:Some concern was expressed about workload, and the
protocol was subsequently simplified so that stage 1 alerts in stable patients could be handled by a
pharmacy technician.>>

The direct costs of the partnership were modest, being estimated at £29,500, most of which related to
clinical pharmacist time during the pilot. A formal economic evaluation was not undertaken; however, if the
observed reduction in admissions were causal, the avoided bed days would be expected to exceed this cost
within the first year.
"""),
        ("stakeholders", "Involvement of patients, staff and partners", """
<<S:The wording and thresholds of the laboratory alert were revised on two occasions after practice
pharmacists and GPs in the six pilot practices indicated that the original version was being overridden
because it did not distinguish between stages.>> <<S:The triage protocol was drafted by the GP Federation's
lead pharmacist and then tested and amended by the reception and prescription clerks in two practices, who
proposed the "same-day red flag" now used in the workflow.>>

<<P:A lay panel of five people, each of whom had been admitted to hospital with acute kidney injury, was
convened through Health Innovation Stanmoor; the sick-day guidance card was substantially rewritten in
response to their comments, notably to include what to do when a medicine should be restarted.>>

Further lay involvement in the planned extension of the work to care homes is anticipated.
"""),
    ],
    trailer=[
        ("heading", "References"),
        ("para", "1. Okafor D, Lindqvist M, Reeve S. Responses to laboratory acute kidney injury alerts in general practice: a multi-practice audit. Prim Care Renal J. 2021;6(1):12-19."),
        ("para", "2. University of Stanmoor Department of Primary Care. From Alert to Action: evaluation of a primary care AKI alert partnership (manuscript under review, 2024)."),
        ("heading", "Appendix: Measures and definitions"),
        ("para", "Medicines review: a coded or free-text record that ACE inhibitors, ARBs, diuretics, metformin, NSAIDs or SGLT2 inhibitors had been reviewed. Repeat creatinine interval: within 7 days for stage 1 and within 48 hours for stages 2 and 3. Admissions: primary or secondary diagnosis of AKI, HES-linked."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I196  financial abuse of adults at risk - pdf - own headings
#       charity chief executive; staff only trained/briefed, a single named lead,
#       plans and a negation -> no_staff_involvement
# ---------------------------------------------------------------------------
entry(
    id="I196", format="pdf", layout="own_headings", topic="safeguarding_financial_abuse", pdf_align="L",
    project="independent13-moneyworries-196",
    title="Money Worries: spotting financial abuse before it becomes a health emergency",
    cover=[
        "Guardline Older People's Trust & Hearthfield County Council & Hearthfield Constabulary & Hearthfield Community Health NHS Trust",
        "Lead: Guardline Older People's Trust (registered charity 1154302)",
        "Contact: Chief Executive, 01632 960212",
    ],
    primary_entrant=dict(name="Guardline Older People's Trust", type="charity"),
    partners=[
        dict(name="Hearthfield County Council", type="local_authority"),
        dict(name="Hearthfield Constabulary", type="emergency_service"),
        dict(name="Hearthfield Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why a money problem is a safety problem", """
When people think of financial abuse they think of a scam phone call or a forged cheque. At Guardline we see
what comes after. An older man whose nephew has taken control of his bank card stops buying his repeat
prescriptions because he has been told there is no money. A woman whose "friend" moved in and took her pension
turns the heating off in January and is admitted with hypothermia. A couple stop answering the door to the
district nurse because the person exploiting them does not want visitors. The money is the first thing to
go, but it is rarely the last.

I have led Guardline for nine years. In that time we have supported more than 3,000 older people in
Hearthfield, and the pattern in our casework was always the same: by the time a safeguarding concern reached
the council, the person had often already come to harm. Health staff were seeing the signs in people's homes
- unopened post, missing food, a new "carer" who would not leave the room - but did not know what to do with
them, and a safeguarding referral felt like an accusation.

Money Worries is a simple pathway. District nurses, community matrons and GP practice staff who notice one of
six warning signs can refer, by phone or a one-page form, to a Guardline Money Guardian, who visits within
48 hours. The Money Guardian talks with the person, checks their finances with their consent, and works with
the council's adult safeguarding team and the police economic crime unit when abuse is suspected. Where
health has been affected - missed medicines, no food, no heating - the district nursing team is told the
same day. Our goals were to find people earlier, to stop abuse sooner, and to prevent the health harms that
follow it.
"""),
        ("evidence", "What the numbers tell us", """
<<Q:Safeguarding referrals for suspected financial abuse from health staff in Hearthfield rose from 9 in
2021/22 to 64 in 2023/24.>> We count that as a success, because the abuse was always there; it is now being
seen.

<<Q:The average time from a concern first being noticed to the start of a safeguarding enquiry fell from 19
days to 5 days.>>

<<Q:Among the people we supported, repeat victimisation within twelve months fell from 38% in the year before
the pathway to 14% in its second year.>> In 27 cases the police recovered money or stopped a transfer before it
went through.

We also asked district nurses to record health harms at the first visit. In the first year, 41% of the people
referred had at least one - most often missed medicines or an unheated home. We have no earlier figure to
compare this with, but it confirms that these are health cases as much as money cases.
"""),
        ("spread", "Taking it further", """
The neighbouring county's Safeguarding Adults Board has adopted our six warning signs, and two other local
charities are now running Money Guardian schemes using our training pack. We have shared the referral form
with the regional network of adult safeguarding leads, and we spoke about the work at a national
conference on elder abuse, where the session was very well attended.

Two high street banks have agreed to use our warning signs in their vulnerable customer training. That was
not something we expected when we started.
"""),
        ("value", "What it has meant", """
People have their money, their medicines and their homes back. A retired farmer told his Money Guardian that
he had not eaten a hot meal in a month before she came. For health staff, the pathway means they have
somewhere to take a worry without making an accusation.

The scheme costs £118,000 a year, funded jointly by the council and the integrated care board, which pays for
three Money Guardians and their supervision. Each prevented admission for hypothermia or a missed-medicine
crisis saves far more than a Guardian's time.
"""),
        ("stakeholders", "Who shaped it", """
<<P:Eleven older people who had themselves lost money to someone they trusted met with us four times while we
were designing the pathway.>> <<P:It was one of them, a retired headteacher, who told us that she would have
thrown away any leaflet with the word "abuse" on it; the leaflet and the pathway were renamed Money Worries as
a result, and the six warning signs were rewritten in the words the group used.>>

The pathway itself was written by our Head of Services, Anita Clarke, and approved by the Hearthfield
Safeguarding Adults Board. Around 220 district nurses, community matrons and practice staff were trained in
the warning signs, and GP practices were briefed at their locality meetings.

If I am honest, we did not involve frontline nurses in the design as much as we should have. We plan to set
up a reference group of district nurses and social workers next year to review the form.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I197  safer opioid prescribing in primary care - docx - bullet lists
#       PCN pharmacist writing in bullet points; patients only beneficiaries,
#       a survey that changed nothing, a plan, a negation
#       -> no_patient_involvement
# ---------------------------------------------------------------------------
entry(
    id="I197", format="docx", layout="bullet_lists", topic="opioid_prescribing", docx_font="Calibri",
    project="independent13-opioids-197",
    title="Taper Together: safer opioid prescribing for persistent pain across Quarrendon and Vale PCN",
    cover=[
        "Entrant: Quarrendon and Vale Primary Care Network (7 practices)",
        "With: NHS Calder Moor Integrated Care Board, Medicines Optimisation Team; Quarrendon Hospitals NHS Trust, Pain Management Service",
        "Written by: Senior Clinical Pharmacist (PCN)",
    ],
    primary_entrant=dict(name="Quarrendon and Vale Primary Care Network", type="primary_care"),
    partners=[
        dict(name="NHS Calder Moor Integrated Care Board", type="icb"),
        dict(name="Quarrendon Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Context / product / safety goals", """
- PCN of 7 practices, list size c. 64,000, mixed urban and ex-mining villages.

- ICB prescribing data (2021/22) put us in the top 10% nationally for opioid items per 1,000 patients and
for high-dose prescribing.

- Local learning from deaths: three deaths in two years where high-dose opioids plus gabapentinoids or
benzodiazepines were a contributing factor.

- Problem in practice: long-term opioids started for acute pain then just kept going on repeat. No review
date. No plan. Patients often passed between GPs, locums and the pain clinic with nobody owning the
prescription.

- Pain clinic waiting list 40+ weeks, so "wait for the pain clinic" had become the default answer.

- Product: Taper Together = (1) searches run monthly in every practice to find patients on more than 50 mg
oral morphine equivalent (OME) a day, or opioids plus a gabapentinoid/benzodiazepine; (2) structured
pharmacist-led review using a shared template; (3) agreed tapering protocol with the pain clinic, with a fast
advice-and-guidance line to a pain specialist nurse; (4) repeat templates locked so opioids cannot be issued
past the review date without a clinician override.

- Goals: reduce high-dose opioid prescribing, reduce risky combinations, make sure every long-term opioid has
a named prescriber and a review date.
"""),
        ("evidence", "Evidence", """
- Baseline = April 2022 searches; latest = March 2024. Same search definitions throughout, run by ICB team.

- <<Q:Patients on 120 mg OME or more per day: 212 down to 131.>>

- <<Q:Patients co-prescribed an opioid and a gabapentinoid: down 34% over the two years.>>

- <<Q:Long-term opioid patients with no review in the last 12 months: from 61% to 18%.>>

- <<Q:Opioid items per 1,000 patients fell by about a fifth, against a 3% fall across the rest of the ICB
over the same period.>>

- No increase in pain-related A&E attendances for the cohort (checked with hospital data) - i.e. we have
not just pushed the problem elsewhere.

- 96% of reviewed patients now have a written plan on the record. (No baseline - we did not record plans
before, so this is not a before/after.)
"""),
        ("spread", "Spread", """
- ICB has rolled the searches and template out to all 23 PCNs in Calder Moor from April 2024.

- Tapering protocol now on the ICB formulary website.

- Presented at the regional medicines safety officers' network and the ICB prescribing leads' meeting.

- Two neighbouring ICBs have asked for the search code. Sent.
"""),
        ("value", "Value", """
- Staff: GPs say the pharmacist review takes the hardest consultations off them. Repeat prescription
clerks no longer have to decide on their own whether to issue an early opioid.

- Patients: a number of patients have told their pharmacist they feel more alert and less "foggy" since
reducing.

- Money: estimated drug-spend saving on opioids and gabapentinoids of £71,000 a year across the PCN (ICB finance figure).

- Cost of programme: pharmacist time is within existing ARRS roles; pain specialist nurse sessions funded by
the ICB at £14,000 a year.
"""),
        ("stakeholders", "Stakeholders", """
- <<S:Working group: clinical pharmacists from all 7 practices, 2 GP partners, the pain clinic's specialist
nurse and the ICB medicines optimisation pharmacist. Met monthly for 10 months and agreed the tapering
protocol line by line.>>

- <<S:Reception and prescription clerks in two practices tested the locked repeat template for six weeks and
asked for a pop-up telling them who to pass the request to, which was added before roll-out.>>

- <<S:The pain clinic consultants reviewed the tapering steps and changed the rate for patients on
buprenorphine patches.>>

- Patients: the whole point is patient safety, and patients on long-term opioids are who this is for.

- We sent a questionnaire to 150 patients after their review. 70% said they were satisfied or very
satisfied. We have not changed anything as a result.

- There were no patients on the working group. A patient panel is planned for 2025 with the PCN's patient
participation groups.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I198  nasogastric tube position checks - pdf - caps headings
#       Scottish health board quality lead; acronym-only entrant; no value
#       section -> missing_section value
# ---------------------------------------------------------------------------
entry(
    id="I198", format="pdf", layout="caps_headings", topic="nasogastric_tubes", pdf_font="DejaVuSans",
    project="independent13-ngchecks-198",
    title="Check, Don't Guess: safer nasogastric tube confirmation across acute and community hospitals",
    cover=[
        "Entrant: NHS BHL",
        "Partners: University of Inverallan (School of Nursing, Midwifery and Paramedic Practice); Lorne and Hollin Health and Social Care Partnership",
        "Contact: Quality Improvement Lead, Clinical Governance Department, Braemuir Royal Infirmary",
    ],
    primary_entrant=dict(name="NHS BHL", type="nhs_trust"),
    partners=[
        dict(name="University of Inverallan", type="university"),
        dict(name="Lorne and Hollin Health and Social Care Partnership", type="local_authority"),
    ],
    sections=[
        ("context", "CONTEXT AND AIMS", """
NHS Braemuir, Hollin and Lorne (NHS BHL) serves a population of around 310,000 people across one large
acute hospital, two rural general hospitals and five community hospitals, some of them more than two
hours by road from the acute site. Nasogastric (NG) tubes are placed in all of these settings, most often for
patients after stroke, for people with head and neck cancer and for frail older people who are not eating.

A misplaced NG tube that is used for feeding or medicines can be fatal. Placing a tube into the lung and then
using it is a recognised never event. Between 2019 and 2021 NHS BHL recorded two such events, one of them in a
community hospital at night, and a further eleven near misses in which a misplaced tube was identified before
use. The subsequent reviews, carried out under the Scottish adverse events framework, found the same
contributory factors: pH strips out of date or missing, unclear documentation of the initial check,
uncertainty about who could interpret an X-ray out of hours, and inconsistent local guidance between the
acute and community sites.

Check, Don't Guess was set up in 2022 by the Board's clinical governance team, the University of Inverallan's
School of Nursing, Midwifery and Paramedic Practice and the Lorne and Hollin Health and Social Care Partnership,
which manages the community hospitals. It replaced nine local documents with a single Board-wide NG tube
procedure and a laminated bedside checklist; introduced sealed, date-labelled pH testing packs supplied from
the acute pharmacy to every ward; built a simulation-based competency programme delivered by the University;
and agreed that X-ray confirmation out of hours in community hospitals would be reviewed remotely by the
acute hospital's on-call medical registrar using the regional imaging system.

Our aims were zero never events, every initial placement check documented before first use, and fewer
unnecessary X-rays.
"""),
        ("evidence", "EVIDENCE OF IMPROVEMENT", """
We measure monthly, using a random sample of ten NG tube placements per site recorded on run charts.

<<Q:Documented pH confirmation before first use rose from 54% of sampled placements in the six months before
the programme to 93% in the most recent six months.>>

<<Q:Chest X-rays requested solely to confirm tube position fell by about a quarter, because more first
aspirates are now tested and within range.>>

<<Q:At the baseline spot check, expired or missing pH strips were found on 31% of wards; in the three spot
checks since the sealed packs were introduced, none have been found.>>

<<Q:There have been no never events relating to NG tubes since the programme started in 2022.>> We are cautious
about this: two events in three years is a small number, and the absence of an event is not proof of safety.
Reported near misses have continued at a similar rate, which we think reflects continued vigilance rather
than a failure of the programme.
"""),
        ("spread", "SPREAD AND SHARING", """
The procedure and the checklist were adopted by a neighbouring island board in 2023, and the University has
made the simulation scenarios available to other schools of nursing in Scotland. The work has been shared
through the national patient safety network for acute adult care and presented at a Scottish nutrition
conference.

Within NHS BHL, the same approach of sealed, dated testing packs is now being applied to blood glucose
testing strips in community hospitals.
"""),
        ("stakeholders", "STAKEHOLDER INVOLVEMENT", """
<<S:The staff nurses and healthcare support workers on the two stroke wards who place and check most tubes
out of hours tested the bedside checklist over six weeks of night shifts; the suggestion that the pH pack be
clipped to the feeding pump stand came from them and is now standard.>> <<S:Dietitians and speech and
language therapists from the acute and community sites reviewed every draft of the procedure and removed two
steps they considered duplicated.>>

<<P:Three people who had been fed through an NG tube during a stroke admission, and the daughter of a fourth,
were interviewed by a University researcher; because they said nobody had explained why the tube was being
checked again and again, a short explanation was added to the patient information sheet and to the
checklist prompts.>>

The Chief Nurse chaired the steering group, which reported to the Board's Clinical Governance Committee.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="value"),
    ],
)


# ---------------------------------------------------------------------------
# I199  frailty virtual ward - docx - bold headings, cover bullets
#       very short entry that barely answers; no stakeholder section; one
#       named lead, staff trained, patients as beneficiaries
#       -> missing_section stakeholders, no_patient_involvement,
#          no_staff_involvement
# ---------------------------------------------------------------------------
entry(
    id="I199", format="docx", layout="bold_headings", topic="virtual_ward",
    project="independent13-frailtyvw-199",
    title="Frailty at Home - Eastmarsh",
    cover=[
        "Best Partnership Solution Improving Patient Safety",
    ],
    cover_bullets=[
        "Eastmarsh Community NHS Trust",
        "with Eastmarsh GP Federation",
        "and Eastmarsh & Saltby Borough Council reablement team",
    ],
    primary_entrant=dict(name="Eastmarsh Community NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Eastmarsh GP Federation", type="primary_care"),
        dict(name="Eastmarsh & Saltby Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Context", """
Older people with frailty do badly in hospital. They lose muscle, they get confused, they catch infections
and they fall. Many of them could be looked after at home if the right team was there.

Frailty at Home is a virtual ward for 40 patients at a time. Patients are referred by GPs, the ambulance
service or the emergency department. They get a visit the same day, daily reviews, observations using a
tablet and a pulse oximeter, and reablement carers from the council if they need help with personal care.
There is a consultant geriatrician ward round every weekday. Out of hours the community urgent response team
covers.

The safety goals are to avoid hospital admission where it is not needed, to spot deterioration early and to
stop people being readmitted after they go home.

Who can come onto the ward: people aged 65 or over with a Clinical Frailty Scale score of 5 or more, who
are acutely unwell but stable enough to be at home, and who have someone they can call for help or a
telephone they can use. People at the end of life are looked after by the palliative care team instead.

The service opened in November 2022. It is run by Dr Helen Orme, consultant geriatrician, who set it up and
wrote the protocols. The GP Federation provides two GP sessions a week and the council provides the
reablement carers. The Trust provides the nurses, therapists and the monitoring equipment.
"""),
        ("evidence", "Evidence", """
We have looked after 1,460 patients so far. Average length of stay on the virtual ward is nine days.

<<Q:Readmissions within 30 days for patients aged over 80 with frailty were 21% in the year before the virtual
ward and 14% in its first full year.>>

Escalations to hospital happen for about one patient in eight. We think that is about right.

Most referrals come from GPs (about 60%), then the emergency department, then the ambulance service.
Occupancy has been over 85% since March 2023.

We have had no serious incidents. There have been some complaints, mainly about visit times, and these were
dealt with through the usual process.
"""),
        ("spread", "Spread", """
We have told other areas about it. The region is developing virtual wards and our protocols have been
sent to the regional team. Another community trust came to visit us in the summer. Dr Orme has spoken about
the service at two conferences.
"""),
        ("value", "Value", """
It costs less than a hospital bed. We estimate a bed day on the virtual ward costs £160 compared with
around £350 in the acute trust, although the figures are not exactly comparable.

Patients like being at home. Families like it too. We get a lot of thank-you cards. Nobody has to find a parking space at the hospital or visit at set times, and people sleep in their own beds.

Staff have had training in frailty, the 4AT delirium screen and the tablet monitoring system. All 54 staff
in the team have completed it. The team enjoys the work and sickness absence is low.

The council reablement carers are on the same rota system as our nurses, which helps.

We would like to expand to 60 patients next year if funding allows, and to add a pharmacist to the team,
because many of our patients take ten or more medicines and we think there is more to do on medicines safety.
We are also planning to look at falls on the virtual ward in more detail, as we do not yet collect these
in a way that lets us compare with hospital.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="stakeholders"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I200  hospital-acquired thrombosis - docx - rubric headings
#       ICB entrant, padded with policy background; evidence section has
#       compliance figures with no baseline, counts and expectations only; a
#       measured change reported by an adopting trust sits in the spread
#       section -> no_quantitative_evidence
# ---------------------------------------------------------------------------
entry(
    id="I200", format="docx", layout="rubric_headings", topic="vte",
    project="independent13-hatsystem-200",
    title="One System, No Preventable Clots: a system-wide approach to hospital-acquired thrombosis",
    cover=[
        "Entrant: NHS Brackenfold and Oxley Integrated Care Board",
        "Partner organisations: Brackenfold University Hospitals NHS Foundation Trust; Oxley and District Hospitals NHS Trust; Clot Aware Brackenfold (registered charity)",
        "Category: Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="NHS Brackenfold and Oxley Integrated Care Board", type="icb"),
    partners=[
        dict(name="Brackenfold University Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Oxley and District Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Clot Aware Brackenfold", type="charity"),
    ],
    sections=[
        ("context", "The context in which the partnership was needed, the product or service, and its patient safety goals", """
Venous thromboembolism (VTE), comprising deep vein thrombosis and pulmonary embolism, remains one of the
leading causes of preventable death in hospital and in the weeks following discharge. The House of Commons
Health Committee's report on the prevention of VTE in hospitalised patients, published in 2005, estimated
that tens of thousands of deaths each year in England could be attributed to hospital-acquired thrombosis
(HAT). That report led, over the following decade, to the national VTE risk assessment CQUIN, the
establishment of a network of VTE exemplar centres, and the publication by the National Institute for Health
and Care Excellence of guideline NG89 in 2018, which sets out the expectation that all adults admitted to
hospital should be assessed for their risk of VTE and bleeding and offered appropriate thromboprophylaxis.

More recently, the NHS Patient Safety Strategy of 2019 and the introduction of the Patient Safety Incident
Response Framework (PSIRF) in 2022 have changed the way in which organisations are expected to learn from
harm, moving from individual root cause analyses towards a systems-based understanding of recurring safety
themes. Integrated care boards, established on a statutory footing by the Health and Care Act 2022, now have
an explicit duty to improve quality across their systems and to work with providers in doing so. The
national Getting It Right First Time programme has also highlighted unwarranted variation in VTE practice,
particularly in the period after discharge, when responsibility is shared between hospital, general practice
and community services.

It was against this policy background that the Brackenfold and Oxley system identified HAT as a system-level
priority in its Patient Safety Incident Response Plan. The two acute trusts had different risk assessment
tools, different approaches to extended prophylaxis after discharge, and different processes for
investigating HAT. Patients admitted to one trust and discharged into the care of practices that served both
received inconsistent information about their anticoagulant injections. Both trusts had experienced HAT
deaths in which missed or delayed prophylaxis was a contributory factor.

The partnership brought the ICB, both acute trusts and Clot Aware Brackenfold, a charity founded by the
family of a young woman who died of a pulmonary embolism after surgery, together under a single HAT
programme board. Its product is a common system-wide VTE pathway comprising a single electronic risk
assessment embedded in both trusts' electronic patient records, a shared protocol for extended prophylaxis on
discharge, a common HAT review process aligned with PSIRF, and a shared patient information pack. Its goals
are to reduce preventable HAT across the system, to ensure that every patient receives appropriate
prophylaxis, and to ensure that every HAT event is reviewed and learned from.
"""),
        ("evidence", "Evidence of improvements in safe care as a direct result of the partnership", """
The programme board receives a quarterly dashboard of process and outcome measures from both trusts.

VTE risk assessment within 14 hours of admission is now recorded for 95% of adult inpatients across the
system, in line with the national standard. Appropriate prophylaxis prescribed following risk assessment is
audited monthly in both trusts and is currently 91%.

A total of 148 cases of HAT were identified in 2023/24 through the shared radiology-linked case-finding
process, and a structured review was completed for every one of them, compared with the national expectation
that all potentially preventable HAT be reviewed. Learning from these reviews has been shared through a
quarterly system learning bulletin.

The programme board expects the common pathway to reduce potentially preventable HAT by a third by
2025/26, and the ICB has set this as a system quality objective. Early indications from the reviews are
encouraging, and the board is confident that the pathway is embedded.
"""),
        ("spread", "How the achievements have been applied elsewhere and best practice shared", """
The common HAT review template has been shared with the regional patient safety specialist network and
has been adopted by a neighbouring ICB. The shared patient information pack has been made available, free of
charge, to any NHS organisation through the charity's website.

<<Q:When Oxley and District Hospitals adopted the shared electronic risk assessment in its surgical division
in advance of the rest of the system, the proportion of surgical patients receiving extended prophylaxis in
line with guidance on discharge rose from 71% to 90%.>> This early adoption was used as the model for the
system-wide roll-out.

The work has been presented at a national thrombosis conference and at the regional quality and safety
forum.
"""),
        ("value", "Value created: staff and patient experience and value for money", """
In the context of the significant financial pressures facing the NHS, and of the national emphasis on
productivity and value set out in successive planning guidance, the programme has been designed to make use
of existing resources wherever possible. The common risk assessment has removed duplication for clinicians
who work across both trusts, and general practices now receive the same extended prophylaxis information
whichever hospital their patient was discharged from.

Each episode of HAT is estimated nationally to cost several thousand pounds in additional treatment, and a
fatal pulmonary embolism represents an incalculable loss to families. The programme's direct costs, which
comprise a part-time system VTE lead and analytical support, amount to £64,000 per year, met by the ICB.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:Anticoagulant pharmacists and the VTE nurse specialists from both trusts wrote the joint extended
prophylaxis protocol together over a series of six workshops, and their disagreements about which surgical
groups needed extended cover were resolved by agreeing a shared list.>> <<S:Ward nurses at Oxley tested the
electronic risk assessment screens and asked for the bleeding risk questions to be moved before the
thrombosis questions, which was done in both systems.>>

<<P:Two members of Clot Aware who had each had a clot after an operation sat on the programme board from the
start, and it was at their insistence that the discharge pack explains, in plain words and pictures, how to
give the injection and what a clot feels like.>>

Stakeholders across the system, including primary care, were engaged through the ICB's established quality
governance structures.
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I201  heart failure remote monitoring - pdf - two column
#       a private technology company is the primary entrant -> ineligible
# ---------------------------------------------------------------------------
entry(
    id="I201", format="pdf", layout="two_column", topic="heart_failure", pdf_font="LiberationSans",
    project="independent13-hfremote-201",
    title="WeighIn: catching heart failure decompensation days earlier at home",
    cover=[
        "Lead entrant: CardiaLink Health Ltd (in partnership with Wexcombe University Hospitals NHS Trust, Community Heart Failure Service)",
        "CardiaLink Health Ltd, Unit 4, Longacre Innovation Park, Wexcombe WX3 8PD - company no. 11873420",
    ],
    primary_entrant=dict(name="CardiaLink Health Ltd", type="private"),
    partners=[
        dict(name="Wexcombe University Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why WeighIn", """
Around a million people in the UK live with heart failure, and it is one of the most common reasons for
emergency admission in people over 65. Many admissions follow days of gradual fluid build-up that shows
itself first as weight gain and breathlessness. If that is caught early, a change in diuretic dose at home
can often prevent a crisis. If it is missed, the patient arrives in the emergency department struggling to
breathe.

CardiaLink Health is a digital health company founded in 2019 by a cardiac physiologist and a software
engineer. Our WeighIn platform pairs a set of Bluetooth bathroom scales and a simple tablet app with a
clinical dashboard. Patients weigh themselves each morning and answer three questions about breathlessness,
ankle swelling and sleep. The dashboard flags anyone whose weight has risen by 2 kg in three days or whose
symptoms have worsened.

In 2022 we entered a partnership with the Community Heart Failure Service at Wexcombe University Hospitals
NHS Trust. The Trust's specialist nurses were managing more than 900 patients and relied on patients phoning
in when they felt worse, which often came too late. Under the partnership agreement, CardiaLink supplies the
equipment, platform and technical support and the Trust's nurses triage the alerts and make the clinical
decisions. The patient safety goals were to detect decompensation earlier, to shorten the time to a
treatment change and to reduce emergency readmissions.
"""),
        ("evidence", "Results", """
The first 240 patients enrolled between June 2022 and May 2023 were compared with the 240 patients
discharged from the service in the previous year, matched by age and ejection fraction. Analysis was carried
out by the Trust's cardiology audit team.

<<Q:Emergency readmission for heart failure within 90 days of enrolment fell from 27% in the comparison group
to 16% in the WeighIn group.>>

<<Q:The median time from the first sign of fluid gain to a documented diuretic change fell from six days to one
day.>>

<<Q:Unplanned contacts with the out-of-hours GP service for breathlessness among enrolled patients fell by
about 40%.>>

Adherence to daily weighing was 82% across the year. Eleven patients withdrew, most because they found the
tablet difficult to use.
"""),
        ("spread", "Spread", """
Following the Wexcombe pilot, WeighIn has been commissioned by two further trusts in the region and is now
used by more than 1,100 patients. We have published the alert thresholds and triage protocol agreed with the
Wexcombe nurses as an open resource, and the Trust's heart failure nurse consultant has presented the
results at the British Society for Heart Failure meeting.
"""),
        ("value", "Value", """
Specialist nurses now spend their time on patients whose readings suggest a problem rather than on routine
phone calls to patients who are well. Patients describe feeling "watched over" without having to travel to
clinic.

The service costs £310 per patient per year, including equipment. On the Trust's own estimate, each avoided
heart failure admission saves around £3,500.
"""),
        ("stakeholders", "Who was involved", """
<<S:The Trust's heart failure specialist nurses set the alert thresholds with our clinical team over four
workshops, and asked us to add a "nurse override" so that a patient with a known pattern would not trigger
repeat alerts.>> <<S:Two community matrons and a practice nurse tested the dashboard during a six-week pilot
and asked for a single daily summary instead of individual alerts.>>

<<P:Twenty-two patients tested three versions of the app during development; they asked for bigger buttons,
for the morning reminder to move from 7am to 8am and for the symptom questions to use "puffed out" instead of
"dyspnoea", and all three changes were made.>> <<P:A carer who looked after her husband with advanced heart
failure joined our user panel and suggested the option for a family member to receive the reminder instead
of the patient.>>
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
    ],
)


# ---------------------------------------------------------------------------
# I202  epidural safety in labour - docx - no headings
#       single trust, internal 'partnership' between two departments (no
#       partner organisation); women as beneficiaries, an invitation that did
#       not happen, a survey that changed nothing, a plan
#       -> ineligible, no_patient_involvement
# ---------------------------------------------------------------------------
entry(
    id="I202", format="docx", layout="no_headings", topic="maternity_epidural",
    project="independent13-epidural-202",
    title="Eyes on the Epidural: safer monitoring of regional analgesia in labour",
    cover=[
        "Pennard Vale Hospitals NHS Trust - a partnership between Delivery Suite midwifery and the Department of Obstetric Anaesthesia",
    ],
    primary_entrant=dict(name="Pennard Vale Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", None, """
Around 4,800 babies are born at Pennard Vale each year, and about a third of the women who labour on our
delivery suite have an epidural. Epidurals are very safe when they are properly monitored. When they are
not, the consequences can be serious: a block that rises too high and affects breathing, a dense motor block
that hides a developing haematoma or abscess, low blood pressure that affects the baby, or, rarely, a drug
given by the wrong route.

In 2021 we reviewed our incidents and found that the monitoring of women with epidurals had drifted.
Hourly sensory and motor block checks were often not recorded, particularly when the delivery suite was
busy. The observation chart had separate boxes on separate pages for blood pressure, block height and
Bromage score. Midwives were not always sure when to call the anaesthetist and were sometimes reluctant to
call at night. Over the previous two years we had also had four incidents in which an epidural infusion line was
connected to a port intended for intravenous fluids; none caused harm, but any of them could have.

Eyes on the Epidural is a partnership between the Delivery Suite midwifery team and the Department of
Obstetric Anaesthesia. It brought in a single-page epidural observation chart with clear call-out
triggers, a switch to non-Luer (NRFit) connectors for all epidural equipment so that the wrong connection is
physically impossible, a twice-daily joint "epidural round" by the duty anaesthetist and the delivery suite
co-ordinator, and a rule that any woman who cannot lift her legs four hours after her last top-up is seen by
an anaesthetist within thirty minutes.
"""),
        ("evidence", None, """
We audited 50 sets of notes a month for four months before the changes and have continued monthly since.

<<Q:Fully documented hourly block checks increased from 38% of audited hours to 91%.>> <<Q:Wrong-route or
misconnection incidents involving epidural lines fell from four in the two years before the change to none in
the two years since the NRFit connectors were introduced.>>

<<Q:The median time from a prolonged motor block being identified to review by an anaesthetist fell from 95
minutes to 25 minutes.>>

We track the number of calls from midwives to the anaesthetist about epidurals. This has risen, which we
think is a good sign, but we did not count these calls before the change, so we cannot say by how much.
"""),
        ("spread", None, """
The chart and call-out triggers have been adopted by the midwife-led birth centre on the same site for
women transferred to delivery suite with an epidural in place. We shared the chart with our local maternity
and neonatal system and presented it at a national obstetric anaesthesia meeting, where it was shown to
about 300 delegates. Two units have asked for copies.
"""),
        ("value", None, """
Midwives tell us the new chart is quicker to complete and that they feel more confident calling for help.
The anaesthetists find the epidural round a useful moment to catch problems early rather than being called
in a crisis.

The NRFit equipment costs slightly more per epidural, about £4, which adds up to roughly £6,400 a year. The
chart was designed in house and printing costs are negligible.

For women, the benefit is a safer epidural. They are the people this work is for.
"""),
        ("stakeholders", None, """
<<S:The chart was designed by delivery suite midwives and anaesthetic registrars over three lunchtime
sessions, and it went through four versions after midwives on night shifts tested each one and told us
which boxes they were skipping.>> <<S:The maternity theatre team and the maternity support workers helped
to work out where the NRFit equipment should be stored so that it could not be mixed up with intravenous
sets.>>

We invited the Maternity Voices Partnership to take part, but in the end it was not possible to arrange a
meeting during the design period. We surveyed 80 women after birth about their epidural experience; 89%
were satisfied or very satisfied, and no changes were made as a result. We plan to co-produce a leaflet
about epidural monitoring with the Maternity Voices Partnership in 2025.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I203  medicines reconciliation in care homes by pharmacy technicians - pdf -
#       form table; Northern Ireland HSC trust quality lead - clean
# ---------------------------------------------------------------------------
entry(
    id="I203", format="pdf", layout="form_table", topic="care_home_medicines",
    project="independent13-carehomemedrec-203",
    title="Back Home Safely: technician-led medicines reconciliation when care home residents return from hospital",
    cover_table=[
        ("Title of entry", "Back Home Safely: technician-led medicines reconciliation when care home residents return from hospital"),
        ("Entrant", "Mourne and Erne Health and Social Care Trust (Pharmacy and Medicines Management)"),
        ("Partners", "Causeway University School of Pharmacy & Erne Valley GP Federation & Glenview Care Group (11 independent nursing and residential homes)"),
        ("Award category", "Best Partnership Solution Improving Patient Safety"),
        ("Contact", "Head of Quality and Safety, Pharmacy, 028 9049 6011"),
    ],
    primary_entrant=dict(name="Mourne and Erne Health and Social Care Trust", type="nhs_trust"),
    partners=[
        dict(name="Causeway University", type="university"),
        dict(name="Erne Valley GP Federation", type="primary_care"),
        dict(name="Glenview Care Group", type="private"),
    ],
    sections=[
        ("context", "1. Context, product or service, and patient safety goals", """
In the Mourne and Erne Trust area around 2,300 older people live in nursing and residential care homes,
almost all of them independent-sector homes. Residents are admitted to our two acute hospitals often, and
each return to the home is a point of danger for their medicines. The hospital discharge letter, the GP's
updated repeat list, the community pharmacy's dispensing and the home's medicines administration record
(MAR) are four different documents, and they rarely agree on the day the resident comes back.

In 2021 a Trust review of medication incidents reported by care homes to the Regulation and Quality
Improvement Authority found that almost half of the incidents involving a resident recently discharged from
hospital concerned a discrepancy between the discharge letter and the MAR. Examples included anticoagulants
restarted after being stopped, doses of Parkinson's medicines missed for several days and insulin regimes
transcribed wrongly by hand.

Back Home Safely places Trust pharmacy technicians, trained and accredited through a module designed with
Causeway University School of Pharmacy, in a regional "return hub". When a resident from a participating
home is discharged, the technician completes a full medicines reconciliation against the discharge letter,
the GP record and the current MAR within one working day, resolves discrepancies with the hospital
pharmacist or the GP Federation's practice-based pharmacists, and telephones the home's nurse in charge
with a written reconciliation summary. The aim was to reduce unresolved discrepancies after discharge,
to prevent omitted time-critical medicines, and to reduce medicines-related readmissions from the homes.
"""),
        ("evidence", "2. Evidence of improvement in safe care", """
The programme ran in eleven Glenview homes from October 2022. The University's School of Pharmacy carried
out the before-and-after evaluation using a sample of 180 returns from hospital in the six months before and
214 in the first twelve months of the service.

<<Q:The average number of unresolved medicines discrepancies per resident at 72 hours after return fell from
3.2 to 0.9.>> <<Q:The proportion of residents with at least one high-risk discrepancy (anticoagulants,
insulin, antiepileptics, Parkinson's medicines, opioids) fell from 44% to 12%.>>

<<Q:Omitted doses of time-critical Parkinson's medicines in the first 48 hours after return fell from 17
residents in the baseline period to 2.>>

<<Q:Readmissions within 30 days with a medicines-related cause from the participating homes fell by about a
fifth;>> the University notes that the numbers are small and this should be treated as an early signal rather
than a proven effect.
"""),
        ("spread", "3. Spread and sharing of best practice", """
In 2024 the service was extended to 19 further homes run by four other providers in the Trust area, and the
Strategic Planning and Performance Group has asked for a proposal for regional roll-out. The accredited
technician module is now part of the University's postgraduate pharmacy technician programme.

We have presented the work to the regional care homes medicines network and at the all-island pharmacy
conference, and the reconciliation summary template is available to any trust or provider on request.
"""),
        ("value", "4. Value for patients, staff and money", """
Care home nurses say the phone call and written summary are the biggest change: they no longer have to
interpret a discharge letter alone at 6pm on a Friday. GPs say they value receiving the same summary as
the home.

The service costs £96,000 a year for two technicians and pharmacist supervision. The University's
evaluation estimated the avoided hospital bed days alone at a value well above this, although it did not
include a full economic analysis.
"""),
        ("stakeholders", "5. Stakeholder involvement", """
<<S:The senior care assistants who do the night medicines rounds in the Glenview homes tested the first
version of the reconciliation summary and told us it was written for pharmacists, not for them; it was
redesigned as a single page with changes highlighted in colour.>> <<S:Practice-based pharmacists from the GP
Federation and the hospital discharge pharmacists agreed between them who resolves which discrepancy, which
became the escalation rules the technicians now use.>>

<<P:At a residents' and relatives' meeting in one of the homes, the son of a resident, himself a retired
community pharmacist, asked why families were never told when medicines changed; the service now offers a
copy of the summary to the resident's next of kin.>> <<P:Two residents and three relatives sat on the
project's advisory group for its first year.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I204  antimicrobial stewardship in dental practices - docx - form table
#       a private dental group is the primary entrant; no spread section;
#       patients only as beneficiaries, posters, a satisfaction survey
#       -> ineligible, missing_section spread, no_patient_involvement
# ---------------------------------------------------------------------------
entry(
    id="I204", format="docx", layout="form_table", topic="antimicrobial_stewardship_dental",
    project="independent13-dentalams-204",
    title="Drill, Not Pill: antimicrobial stewardship across a group of NHS dental practices",
    cover_table=[
        ("Entry title", "Drill, Not Pill: antimicrobial stewardship across a group of NHS dental practices"),
        ("Primary entrant", "Harbourgate Dental Care Ltd (9 practices providing NHS general dental services)"),
        ("Partner organisation(s)", "Corvey Local Dental Network; Corvey General Hospital NHS Trust (Department of Microbiology)"),
        ("Contact name and role", "Clinical Director, Harbourgate Dental Care"),
    ],
    primary_entrant=dict(name="Harbourgate Dental Care Ltd", type="private"),
    partners=[
        dict(name="Corvey Local Dental Network", type="public_other"),
        dict(name="Corvey General Hospital NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The context in which the partnership was needed, the product/service and its patient safety goals", """
Dentists write a meaningful share of all antibiotic prescriptions in primary care. Many of these are not
needed: antibiotics do not cure toothache, and most dental infections are best treated by removing the
cause, such as draining an abscess, extirpating the pulp or extracting the tooth. Unnecessary antibiotics
expose patients to side effects, including C. difficile infection and allergic reactions, and drive
antimicrobial resistance.

Harbourgate Dental Care is a group of nine practices delivering NHS and private dentistry to about 48,000
patients. An audit in 2022 showed that many of our prescriptions were issued for irreversible pulpitis or
for "cover" after extraction, neither of which is supported by national dental prescribing guidance. The
pressure came from short appointments, patients who expected antibiotics, and the difficulty of fitting in
urgent treatment.

We formed a partnership with the Corvey Local Dental Network and the microbiology department at Corvey General
Hospital. Drill, Not Pill includes a one-page prescribing decision aid at every chair, a protected urgent
treatment slot in each practice each day so that a patient with pain can be treated rather than given a
prescription, quarterly prescribing feedback from the microbiology pharmacist to each dentist, and a
standard script for explaining to patients why an antibiotic is not the answer.

Our patient safety goals were to reduce inappropriate antibiotic prescribing, to make sure that patients in
pain receive definitive treatment quickly rather than a prescription that only delays it, and to reduce the
risk of antibiotic-associated harm, especially in older patients and those taking other medicines that
interact with common antibiotics. A secondary aim was to give dentists, particularly newly qualified
associates, the confidence to follow guidance when a patient is insistent.
"""),
        ("evidence", "Evidence of improvements in safe care as a direct result of the partnership", """
Data come from NHS dental prescribing returns and from a six-monthly audit of 30 prescriptions per practice
against guidance.

<<Q:Antibiotic prescriptions per 100 courses of treatment fell from 6.8 in 2022 to 4.1 in 2023.>>
<<Q:Prescriptions meeting the guidance indication rose from 52% to 87% in the audit.>>

<<Q:Prescriptions for antibiotic "cover" after routine extraction, which made up about one in five
prescriptions at baseline, have almost disappeared, falling to 2% of audited prescriptions.>>

We do not have reliable data on patient harm such as C. difficile, because dental patients are not tracked
through to hospital results. Nor can we yet say whether the urgent slots have reduced repeat attendances with
the same problem; we began recording this only in 2024.
"""),
        ("value", "Value created: staff and patient experience and value for money", """
Associates say the decision aid makes it easier to say no, because they can point to it. The urgent slot means
patients in pain are treated on the day.

The cost of the programme is small: printing, the microbiology pharmacist's time (funded by the Local Dental
Network) and about two hours a month of clinical director time. The urgent slots are part of our NHS contract
capacity.

Patients benefit from not taking antibiotics they do not need. Posters in our waiting rooms explain why we
may not prescribe. A patient satisfaction survey in 2023 showed 96% of patients would recommend the practice,
which is the same as before the programme.
"""),
        ("stakeholders", "Stakeholder involvement: who was involved and how", """
<<S:Dental nurses, associate dentists and practice managers from all nine practices met in three evening
sessions and wrote the patient explanation script between them, after the first version drafted by the
clinical director was rejected as too technical.>> <<S:The consultant microbiologist and antimicrobial
pharmacist at Corvey General sat on the steering group and changed the feedback reports after dentists said
the first ones were impossible to read.>>

<<S:Receptionists, who take the calls from patients in pain, helped design the urgent slot booking rules.>>

Patients are the reason we did this, but we did not involve patients directly in the design.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="missing_section", criterion="spread"),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I205  deteriorating physical health in mental health inpatient units - pdf
#       produced by LibreOffice from a Word document with heading styles;
#       involvement described through roles and lived experience - clean
# ---------------------------------------------------------------------------
entry(
    id="I205", format="pdf", layout="style_headings", topic="deteriorating_patient_mental_health",
    render_via="soffice",
    project="independent13-mhdeterioration-205",
    title="Physical Health Matters Here Too: recognising and responding to deterioration on mental health wards",
    cover=[
        "Coldwater Mental Health NHS Foundation Trust",
        "Partners: Coldwater and Brent Vale Acute Hospitals NHS Trust (Critical Care Outreach Team) and Coldwater Experts by Experience Network",
        "Submitted by the Physical Health Matron",
    ],
    primary_entrant=dict(name="Coldwater Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Coldwater and Brent Vale Acute Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Coldwater Experts by Experience Network", type="charity"),
    ],
    sections=[
        ("context", "Context and safety goals", """
People with serious mental illness die, on average, fifteen to twenty years earlier than the rest of the
population, mostly from physical illness. When they are admitted to a mental health ward, they are often
physically unwell as well: dehydrated after weeks of self-neglect, on high doses of antipsychotics, sometimes
refusing food or fluids, sometimes restrained or rapidly tranquillised. Yet mental health wards are not
set up like general hospital wards. There is no resident doctor at night on most of our sites, staff may
go months without seeing a seriously ill patient, and the nearest emergency department can be twenty
minutes away.

Our Trust runs 14 adult and older adult inpatient wards on three sites. In 2021/22 our learning from deaths
reviews identified four patients whose physical deterioration was missed or responded to late, including a
young man who developed neuroleptic malignant syndrome and an older woman with sepsis from a urinary
infection. The common threads were incomplete NEWS2 observations, uncertainty about when and how to
escalate, and little practical experience among ward teams of managing an acutely ill patient.

Physical Health Matters Here Too is a partnership with the critical care outreach team at our local acute
trust and with the Coldwater Experts by Experience Network, a user-led organisation of people who have used
mental health services. It has four parts: an adapted NEWS2 chart that includes prompts for mental health
specific risks such as rapid tranquillisation, clozapine and refusal of food and fluids; a direct telephone
line from our wards to the outreach team for advice; monthly joint simulation sessions on each ward, run by
outreach nurses and our physical health team; and a "what matters to me about my physical health" section
in every care plan.

Our goals were to complete NEWS2 fully and on time, to escalate early and to the right person, and to reduce
avoidable cardiac arrests and emergency transfers.
"""),
        ("evidence", "Evidence of improvement", """
We audit ten sets of observations per ward each month and review every emergency transfer to the acute trust.

<<Q:Fully completed NEWS2 observation sets rose from 49% in the baseline quarter to 88% in the latest
quarter, and the run charts show a sustained shift from the fifth month.>>

<<Q:Patients with a NEWS2 score of 5 or more who were escalated to a doctor or the outreach team within an hour
increased from 31% to 78%.>>

<<Q:Cardiac arrest calls on our inpatient wards fell from nine in the year before the programme to three in the
most recent year.>> <<Q:For emergency transfers, the median time from escalation to departure from the ward
has halved, from around three hours to just under ninety minutes.>>
"""),
        ("spread", "Spread and sharing", """
The adapted chart and the simulation scenarios have been taken up by the Trust's learning disability and
forensic wards and by a neighbouring mental health trust, which has set up the same telephone line with its
own acute partner. The outreach team has added the scenarios to its training for acute hospital staff, who
now see more patients from mental health wards in the emergency department.

We have presented the work at regional mental health physical healthcare forums and to the national
network of physical health leads in mental health trusts.
"""),
        ("value", "Value for patients, staff and money", """
Staff say they feel less alone with a sick patient. A night charge nurse told us that being able to ring
an outreach nurse who "talks you through it like a colleague" had changed how she felt about coming to work.

Patients notice the difference too: several have told ward staff that they felt their physical health was
taken seriously for the first time.

The programme costs around £52,000 a year, mainly a physical health practitioner post and outreach nurse
time for simulation. Each avoided emergency transfer saves staff escorts, ambulance time and, often, an
acute admission.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:The healthcare support workers on nights, who take most observations after 10pm, were asked which parts
of the chart they skipped and why; the chart was redesigned around their answers, with the scoring moved
onto the same page as the readings.>> <<S:Outreach nurses and our ward-based physical health link workers
wrote the simulation scenarios together and changed them after the first round when ward staff said the
scenarios were too like a general hospital.>>

<<P:Members of the Experts by Experience Network who had been inpatients on our wards told us that being woken
for observations every hour made them more distressed and less likely to cooperate; with them we agreed a
night-time approach in which stable patients have observations taken while they sleep where possible, and
this is now in the procedure.>> <<P:A group of seven former inpatients wrote the wording of the "what matters
to me" care plan section.>>

Our Medical Director and Director of Nursing co-chaired the programme board.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I206  pressure ulcers in full-time wheelchair users - docx - reordered
#       headings; staff only trained, a single named lead, a partner's
#       equipment and one named analyst, a plan -> no_staff_involvement
# ---------------------------------------------------------------------------
entry(
    id="I206", format="docx", layout="reordered", topic="pressure_ulcers_wheelchair",
    project="independent13-wheelchairpu-206",
    title="Sitting Safely: pressure mapping and peer support for full-time wheelchair users",
    cover=[
        "Bramleigh Community Health NHS Trust, Wheelchair and Posture Service",
        "Working with: Wheels Forward (spinal injury charity) and the University of Bramleigh School of Engineering",
    ],
    primary_entrant=dict(name="Bramleigh Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Wheels Forward", type="charity"),
        dict(name="University of Bramleigh", type="university"),
    ],
    sections=[
        ("context", "The problem we set out to solve", """
People who use a wheelchair all day, every day, spend twelve hours or more sitting on the same small area of
skin. For those with spinal cord injury, multiple sclerosis or other conditions that reduce sensation, a
pressure ulcer can develop without them feeling it, and a deep sitting ulcer can mean months in bed, surgery,
sepsis and, occasionally, death.

Our wheelchair service supports around 4,200 people, of whom roughly 900 use their chair full time.
Cushions were prescribed on a clinical assessment alone, and follow-up was reactive: people usually came back
to us when the damage had been done. Waits for a reassessment were long. In the year before this project we
knew of 14 category 3 or 4 pressure ulcers among our full-time users, and we suspected there were more.

Sitting Safely brought in three things. Every full-time user now has pressure mapping with a sensor mat when
a cushion is prescribed or reviewed, so that the choice of cushion and set-up is based on measured peak
pressures. Users are offered a yearly review rather than waiting to be referred back. And Wheels Forward
trained peer mentors, all of them long-term wheelchair users, who contact new users in their first six months
to talk about skin checks, pressure relief and what to do if a mark appears.
"""),
        ("stakeholders", "How people were involved", """
<<P:The peer mentor role was designed by a group of six who each use a wheelchair full time, four of them after
spinal cord injury, meeting with us over four months.>> <<P:It was this group who pointed out that our
advice to "lift every 15 minutes" was impossible for people with weak arms, and the skin care booklet was
rewritten to show forward and sideways leans instead.>>

<<P:Wheels Forward members tested the pressure mapping appointment and asked for the live colour display to be
turned towards the user, so they could see for themselves where the pressure was; that is now routine.>>

The service model was designed by our clinical lead, Dr Priya Nanda, consultant in rehabilitation medicine.
The University lent us two pressure-mapping systems and a doctoral student, Tom Hale, analysed the readings.
All eleven of our therapists and rehabilitation engineers were trained to use the mapping system. We intend to
involve district nurses and tissue viability nurses in the next phase.
"""),
        ("evidence", "What difference it made", """
We compared full-time users in the year before the project with those in its first full year.

<<Q:The proportion of full-time users with a new category 3 or 4 sitting pressure ulcer fell from 11.7% of
those we reviewed to 3.8%.>> <<Q:The average wait for a cushion reassessment fell from 26 weeks to 9
weeks.>>

<<Q:In the mapping data, the share of users whose peak sitting pressure was above the level we use as an alert
threshold fell from about half at first assessment to about one in six after adjustment.>>
"""),
        ("value", "Value for people, staff and money", """
A deep sitting ulcer typically costs tens of thousands of pounds to treat and can take someone out of work,
study or family life for months. The pressure mapping equipment cost £18,000 and the peer mentor scheme is
funded by Wheels Forward through a charitable grant.

Users say the mapping makes the advice real: seeing a red patch on the screen is more persuasive than being
told. Our therapists say it has taken the guesswork out of cushion choice.
"""),
        ("spread", "Sharing and spread", """
Two neighbouring wheelchair services have visited, and one has bought a mapping system and begun using our
protocol. Wheels Forward has extended the peer mentor scheme to people discharged from the regional spinal
injuries centre. We have presented at a national posture and mobility conference and the skin care booklet is
available to other services on request.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I207  safe staffing escalation at night across two trusts - pdf - no
#       headings; "Joint entry by" cover line - clean
# ---------------------------------------------------------------------------
entry(
    id="I207", format="pdf", layout="no_headings", topic="safe_staffing_escalation", pdf_font="LiberationSerif",
    project="independent13-staffingescalation-207",
    title="Red Flag, Real Help: a shared night-time staffing escalation system for two neighbouring trusts",
    cover=[
        "Joint entry by Oxtonbury Hospitals NHS Trust and Fairmead & Lyle NHS Foundation Trust",
        "Supported by the University of Oxtonbury Centre for Workforce and Patient Safety",
    ],
    primary_entrant=dict(name="Oxtonbury Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Fairmead & Lyle NHS Foundation Trust", type="nhs_trust"),
        dict(name="University of Oxtonbury", type="university"),
    ],
    sections=[
        ("context", None, """
At three in the morning, a ward with two registered nurses for twenty-eight patients is a ward where
observations are late, call bells wait and deterioration can go unnoticed. Both of our trusts knew this.
Both had staffing escalation policies. And both found, when they looked at their serious incidents, that
nurses on short-staffed wards at night often did not escalate, because in their experience nothing
happened when they did.

Oxtonbury Hospitals and Fairmead & Lyle are eleven miles apart and share a bank staffing pool, many of the
same agency suppliers and, increasingly, the same patients. Until 2022 each ran its own night escalation
process: a phone call to a site manager, who would try to move staff within the hospital. Neither trust
could see the other's staffing position, and staff who might have been willing to work a shift at the other
site had no way of being asked.

Red Flag, Real Help is a shared system. Nurses in charge on both sites record nursing red flags - such as a
shortfall of more than eight hours of registered nurse time, delayed observations or missed time-critical
medicines - on a single electronic form at 9pm and 1am. The two night site managers see a joint dashboard and
hold a ten-minute video huddle at 10pm. Bank staff on either site can be offered a shift at the other by
text message, and a pre-agreed mutual aid rule lets one trust send a nurse to the other when its own
position is safe. Every red flag receives a documented response within an hour, even when that response is
"no staff available", and the response is fed back to the ward.

Our goals were that every red flag would be raised and answered, that fewer shifts would run unsafely short,
and that the harms associated with short staffing - missed observations, omitted medicines and unwitnessed
falls - would fall.
"""),
        ("evidence", None, """
The University's Centre for Workforce and Patient Safety analysed the two trusts' staffing, red flag and
incident data for twelve months before and eighteen months after the system started.

<<Q:The proportion of night shifts meeting the red flag threshold that were not escalated fell from 23% to
6%.>> <<Q:Across both trusts, incident reports of delayed or missed observations attributed to staffing fell
from an average of 57 to 22 a quarter.>> <<Q:Night shifts with a registered nurse shortfall of more than eight
hours dropped by around a third.>>

It is worth adding that red flags raised went up sharply in the first three months. We expected this, and
the University confirmed that the rise came from previously unreported shortfalls rather than worse
staffing.
"""),
        ("spread", None, """
The dashboard and mutual aid rules have been offered to the other trusts in our integrated care system, and a
third trust will join in the spring. We have shared our protocol with the regional chief nurses' group and
described the work at a national safe staffing conference. The University has published a short guide for
other trusts considering cross-organisational escalation.
"""),
        ("value", None, """
Nurses in charge say they now escalate because they know they will get an answer. Site managers say the
joint huddle has made their nights calmer, not busier. The finance teams estimate a saving on night agency
spend of around £210,000 a year, largely from bank nurses filling shifts across the two sites. The system was built on existing software and the main cost, around £40,000, was analyst and project
time.

Patients will rarely know this system exists, but they benefit from observations done on time and a nurse
who is not stretched across too many beds.
"""),
        ("stakeholders", None, """
<<S:The system was designed by a group that included nurses in charge on nights from both trusts, the night
site managers, two bank healthcare assistants, ward clerks who had been keeping the old paper logs, and the
staffing co-ordinators from each workforce team.>> <<S:During the pilot, charge nurses on the medical wards
told us the 1am check fell exactly when they were doing drug rounds; it was moved to 1.30am at Fairmead and
the form was shortened to six questions.>>

<<P:A woman whose father had deteriorated unnoticed on a short-staffed night ward sat on the design group
throughout, and because of her the form now includes "family member worried about their relative" as a red
flag in its own right.>> <<P:Four former inpatients recruited through the two trusts' patient panels
reviewed the wording of the ward feedback messages and asked that they say what help was coming and when,
which they now do.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I208  choking and dysphagia in supported living for people with learning
#       disabilities - pdf - numbered question headings; a partnership name
#       as entrant; evidence section has activity counts, a percentage with no
#       baseline, a target and hopes -> no_quantitative_evidence
# ---------------------------------------------------------------------------
entry(
    id="I208", format="pdf", layout="numbered_questions", topic="dysphagia_learning_disability",
    project="independent13-safeswallow-208",
    title="Every Mouthful: keeping people with learning disabilities safe from choking at home",
    cover=[
        "Entrant: The Safe Swallow Partnership",
        "(hosted by Kelderby Community Health NHS Trust, with Kelderby Borough Council & Hands Together Supported Living)",
    ],
    primary_entrant=dict(name="Kelderby Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Kelderby Borough Council", type="local_authority"),
        dict(name="Hands Together Supported Living", type="charity"),
    ],
    sections=[
        ("context", "1. Why was the partnership needed, what does it provide and what are its patient safety goals?", """
Choking and aspiration pneumonia are among the leading causes of avoidable death for people with learning
disabilities, and national mortality reviews have repeatedly pointed to the same failures: eating and drinking
guidance that is not followed, food prepared to the wrong texture, and support staff who do not know what to
do when someone starts to choke. Most people with learning disabilities in Kelderby do not live in hospital
or in care homes; they live in supported living, with small teams of support workers employed by a range of
providers and commissioned by the Council.

Before the partnership, speech and language therapists (SLTs) in the Trust's community learning disability
team wrote eating and drinking plans that went into a folder in the person's home. Whether the plan was
followed depended on which support worker was on shift. The Council's commissioning contracts said nothing
about dysphagia, and providers had no shared training standard. Two people in Kelderby supported living
services died after choking episodes in 2021.

The Safe Swallow Partnership brings together the Trust, the Council's learning disability commissioning
team and Hands Together, the largest supported living provider in the borough. It provides a standard
one-page mealtime placemat for each person with a dysphagia plan, in easy read with photographs of the right
food texture; a competency-based training programme for support workers, delivered by SLTs; a requirement in
all new Council contracts that providers meet the training standard; and a rapid SLT review within five
working days for anyone who has a choking episode or a chest infection. Our goals are to prevent choking
deaths and to reduce aspiration pneumonia admissions.
"""),
        ("evidence", "2. What evidence is there of improvements in safe care?", """
Since the partnership began, 410 support workers across nine providers have completed the competency
programme, and 97% of people on the Trust's dysphagia register now have a mealtime placemat in use at home.

SLTs carried out 126 rapid reviews after choking episodes or chest infections in the first eighteen months,
and in every case the plan was updated within a week.

There were 14 hospital admissions with aspiration pneumonia among people on the register last year. We have
set ourselves the target of halving this number by 2026, and we hope that the placemats and the rapid reviews
will make this achievable. Providers tell us that staff feel much more confident at mealtimes.
"""),
        ("spread", "3. How have achievements been applied elsewhere and best practice shared?", """
The placemat template and the training programme have been adopted by the learning disability team in the
neighbouring county and shared through the regional learning from lives and deaths network. The Council has
written the training standard into its framework agreement for all supported living providers, which
extends the approach to providers outside the original partnership.
"""),
        ("value", "4. What value has been created for staff, patients and money?", """
Support workers told us they had been frightened of mealtimes with some of the people they support, and
that the placemats and practice sessions had made them feel safe. Families have said they find it reassuring
that everyone now follows the same plan.

The programme costs about £35,000 a year, mainly SLT time for training and rapid reviews, jointly funded by
the Trust and the Council. One avoided admission with aspiration pneumonia can cost more than that.
"""),
        ("stakeholders", "5. Who was involved, and how?", """
<<P:Members of Speak Up Kelderby, a self-advocacy group of adults with learning disabilities, tested the
first placemats over their own lunches and told us which photographs made no sense; about half of the
pictures were retaken as a result.>> <<P:The form for recording a choking episode was redesigned after
parents and siblings pointed out that it asked support workers to describe "aspiration", a word none of them
had been told about.>>

<<S:Support workers on the early shift at three Hands Together houses, who prepare most breakfasts and
lunches, tried out the texture guides for a month and asked for the photographs to be taken on ordinary
plates in ordinary kitchens, not in a clinic.>> <<S:The SLTs, the Council's commissioning officer and
Hands Together's quality manager met monthly as a steering group and agreed the contract wording between
them.>>
"""),
    ],
    flags=[
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
