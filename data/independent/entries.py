"""Independent evaluation entries for the HSJ 'Best Partnership Solution Improving
Patient Safety' category.

Every entry is written as data.  build.py renders each entry to a .docx or .pdf
and derives gold.json from the same data, so gold text matches the file exactly.

Mark-up used inside section bodies (stripped before rendering):
  <<Q:sentence>>   quantitative claim
  <<P:sentence>>   patient / carer / service-user involvement
  <<S:sentence>>   staff involvement
  (letters combine, e.g. <<PS:...>>)
Paragraphs are separated by a blank line; line breaks inside a paragraph are
joined with a single space.  A paragraph starting with "- " is a bullet item.

Flags are written out by hand (as a judge would) and build.py cross-checks them
against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I001  falls  - docx - rubric questions as Word headings - formal trust report
# ---------------------------------------------------------------------------
entry(
    id="I001", format="docx", layout="rubric_headings", topic="falls",
    project="independent-falls-01",
    title="Safer Steps: a system partnership to reduce inpatient falls with harm",
    cover=[
        "Category: Best Partnership Solution Improving Patient Safety",
        "Lead organisation: Ashvale Hospitals NHS Foundation Trust",
        "Partners: University of Eskbridge (School of Health Sciences); NHS Eskdale and Fellgate Integrated Care Board",
        "Contact: Falls Prevention Lead, Ashvale Hospitals, tel. 01632 960418",
    ],
    primary_entrant=dict(name="Ashvale Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="University of Eskbridge", type="university"),
        dict(name="NHS Eskdale and Fellgate Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "The context in which the partnership was needed, the product or service, and its patient safety goals", """
Ashvale Hospitals NHS Foundation Trust provides acute services across two sites with 780 inpatient beds,
serving a population of approximately 420,000 people. In 2021/22 the Trust reported 1,312 inpatient falls,
of which 61 resulted in moderate or severe harm, including 14 hip fractures. Falls were the single largest
category of harm reviewed by our Patient Safety Incident Response Framework panel, and our case reviews
repeatedly found the same contributory factors: lying and standing blood pressure not recorded, delirium
unrecognised, continence needs unmet at night, and walking aids left out of reach.

The Trust had run several internal falls campaigns, but improvement was never sustained. The Integrated Care
Board had identified falls in older people as a system priority, and the University of Eskbridge had an
established research group in human factors and frailty. In April 2022 the three organisations formed the
Safer Steps partnership, with a shared aim: to reduce inpatient falls resulting in moderate or severe harm by
50% within two years, and to make the multifactorial falls risk assessment something staff used rather than
something they completed.

The product of the partnership is the Safer Steps bundle: a redesigned one-page multifactorial assessment
embedded in the electronic patient record; a 'bay watch' cohort nursing model for the patients at highest
risk; a delirium screening prompt at every shift handover; and a post-fall huddle tool developed with the
University's human factors team. The ICB funded a 0.6 WTE falls practitioner post and the data analytics
support needed to share results across the system.
"""),
        ("evidence", "Evidence of improvements in safe care as a direct result of the partnership", """
We measured outcomes monthly using statistical process control (SPC) charts, with the University providing
independent analysis of the data and a case note audit of 40 randomly selected falls each quarter.

<<Q:Falls with moderate or severe harm fell from a median of 5.1 per month in 2021/22 to 2.3 per month in
the 12 months to March 2024, a sustained shift on the SPC chart that has now held for 18 consecutive months.>>
<<Q:The overall falls rate on the eight pilot wards reduced from 7.9 to 5.6 per 1,000 occupied bed days.>>
<<Q:Hip fractures following an inpatient fall went down from 14 in 2021/22 to 5 in 2023/24.>>

<<Q:Completion of lying and standing blood pressure for patients over 65 rose from 18% at baseline to 71%.>>
<<Q:Delirium screening at handover, which was not recorded at all before the project, is now documented for
84% of eligible patients.>>

The University's case note audit found that the post-fall huddle was completed within 24 hours for almost
every fall on the pilot wards, and that learning from the huddles was being fed back to the ward safety
briefing. We are confident that these improvements are a direct result of the partnership: the redesigned
assessment, the analytical support and the funded practitioner post would not have existed without it.
"""),
        ("spread", "How the achievements have been applied elsewhere and best practice shared", """
Following the pilot, the bundle was rolled out to all 24 adult inpatient wards at Ashvale between October
2023 and March 2024. The ICB has since asked Brackenridge Community Health NHS Trust to adopt the post-fall
huddle tool in its four community hospitals, and the redesigned assessment has been shared as an open
template through the regional patient safety collaborative.

We have presented Safer Steps at the national falls prevention conference and at two ICB learning events,
and the University has published its human factors evaluation in an open-access journal. A short film explaining
the 'bay watch' model has been viewed over 3,000 times on the Trust's learning
platform.
"""),
        ("value", "Value created: staff and patient experience and value for money", """
Staff describe the new assessment as quicker and more meaningful than the form it replaced, and ward
managers report that the 'bay watch' model has reduced their reliance on one-to-one enhanced care, which
was difficult to staff at night.

Patients and families have noticed the difference. One daughter wrote to the ward: 'For the first time,
someone asked Mum what she gets up for at night, and then made sure the commode was there.'

Each fall with harm costs the Trust an estimated £13,000 in additional bed days and treatment. Set against a
partnership cost of £96,000 a year, most of which is the falls practitioner post and analyst time, we believe
the avoided harm represents very good value for money.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:The partnership was governed by a steering group of ward sisters, physiotherapists, the falls
practitioner, the ICB's quality lead and two University researchers, meeting monthly.>>

<<S:Nurses and healthcare assistants on the pilot wards co-designed the 'bay watch' model in three workshops
facilitated by the University, and their feedback led us to remove eleven questions from the original
assessment.>>

<<P:Two patient partners from the Trust's Patient Safety Partner programme sat on the steering group
throughout.>> <<P:We also held listening sessions with 17 patients who had fallen in hospital and their
relatives; what they told us about night-time toileting and about feeling 'told off' for calling for help
directly shaped the continence and call-bell elements of the bundle.>>

<<P:The patient information leaflet was rewritten twice after testing with members of the Ashvale Older
People's Forum.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I002  sepsis - pdf - own headings - chatty clinician, reordered
# ---------------------------------------------------------------------------
entry(
    id="I002", format="pdf", layout="own_headings", topic="sepsis", pdf_align="L",
    project="independent-sepsis-02",
    title="Red Flag Relay: getting sepsis treatment started before the hospital door",
    cover=[
        "Entrant: Northfold Teaching Hospitals NHS Trust (Emergency Department)",
        "Working with: Northern Moors Ambulance Service NHS Trust, Northfold Health Innovation Network and the Sepsis Families Network",
    ],
    primary_entrant=dict(name="Northfold Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Northern Moors Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Northfold Health Innovation Network", type="ahsn"),
        dict(name="Sepsis Families Network", type="charity"),
    ],
    sections=[
        ("context", "Why we did it", """
I'm an emergency medicine consultant, and I'll be honest: three years ago our sepsis care was not where it
should have been. We're a busy department, with around 340 attendances a day, and about a third of our
patients with suspected sepsis arrive by ambulance. The crews were spotting sepsis perfectly well. The
problem was what happened next.

The paramedic's concern got lost somewhere between the handover bay and triage. Patients who'd been flagged
as 'query sepsis' in the ambulance sat in the corridor waiting for a doctor, and antibiotics were being given
well outside the hour. Two serious incident investigations in 2021 said the same thing: the information
existed, but nobody owned it.

So we teamed up with Northern Moors Ambulance Service to build what we call the Red Flag Relay. Crews use
NEWS2 and a short sepsis screen on scene, then phone a pre-alert to a dedicated ED sepsis line. A nurse takes
the call, a 'sepsis bay' is made ready, and the patient goes straight to a cubicle where bloods, cultures and
antibiotics are started within minutes of arrival. <<P:The Health Innovation Network gave us improvement
coaching and a data platform, and the Sepsis Families Network brought the voice of people who'd lived
through it.>> Our goal was simple: antibiotics within 60 minutes of arrival for every red-flag sepsis patient,
and fewer people dying of it.
"""),
        ("evidence", "What changed", """
Short answer: a lot.

<<Q:Before the Relay, only 46% of pre-alerted sepsis patients got antibiotics within the hour; by the last
two quarters of 2023 that figure was 89%.>> <<Q:Median door-to-antibiotic time dropped from 97 minutes to
38.>> <<Q:And the one that really matters: crude mortality for patients arriving by ambulance with suspected
sepsis fell from 14.2% to 10.6%, and the Health Innovation Network's analyst confirmed the shift held up
after adjusting for age and acuity.>>

We're careful not to over-claim. Sepsis coding changed nationally during this time, and we know mortality is
influenced by lots of things outside the ED. But the timings are ours, and they are very clearly the result
of the ambulance service and the hospital working as one system.

<<Q:One thing we didn't expect: ambulance handover times for these patients also came down, by about a
quarter, because the crew knows exactly where to go.>>
"""),
        ("stakeholders", "Who helped us build it", """
This was never an ED project with the ambulance service 'consulted'. <<S:Paramedics and our triage nurses
designed the pre-alert script together over four joint sessions, and it went through five versions before
anyone used it for real.>> <<S:Call handlers in the ambulance control room tested the phone line in
simulation and told us the first version took far too long, so we cut it to six questions.>>

<<P:The Sepsis Families Network put us in touch with survivors and bereaved relatives, and four of them
joined our design group.>> <<P:It was a family member who pointed out that nobody was telling patients what
'sepsis bay' meant, which is why crews now hand over a small card explaining what will happen next.>>

<<S:Junior doctors, pharmacists and the microbiology team agreed the antibiotic protocol, and the ED nursing
team decided how the sepsis bay would be run.>>
"""),
        ("spread", "Spreading it", """
The Health Innovation Network has taken the Relay to two other trusts in the region, Calderbrook General and
Eskbridge University Hospitals, both of which now take pre-alerts from Northern Moors crews using the same
script. The ambulance service has added the sepsis screen to its electronic patient care record, so every
crew in the region uses it, not just the ones who come to us.

We've talked about it at the regional urgent care network, it's written up as a case study on the Health
Innovation Network website, and our nurse lead ran a national webinar for about 400 people. We've also
shared the whole kit (script, bay checklist, patient card) free to anyone who asks.
"""),
        ("value", "Was it worth it?", """
For staff, yes. Our nurses say the calls give them a head start, and paramedics like knowing their concern
will actually be acted on. One crew member told us it was the first time he'd felt 'part of the hospital
team'.

For patients, the biggest thing is not being left waiting when they're at their most frightened and unwell.
The card has gone down well, and families tell us they felt someone was in charge from the moment the
ambulance arrived.

Cost-wise it's cheap. The phone line and handsets cost about £4,500, the sepsis bay was an existing
cubicle, and the Health Innovation Network's support came through its patient safety programme. Given that a
sepsis admission that ends up in intensive care can cost upwards of £20,000, we think that's about as good
value as it gets.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I003  medication safety - docx - Word form table - no quantitative evidence
# ---------------------------------------------------------------------------
entry(
    id="I003", format="docx", layout="form_table", topic="medication_safety",
    project="independent-medication-03",
    title="Safe Transfers: connecting hospital and community pharmacy for high-risk medicines",
    cover_table=[
        ("Entry title", "Safe Transfers: connecting hospital and community pharmacy for high-risk medicines"),
        ("Lead (primary) organisation", "NHS Southmoor Integrated Care Board"),
        ("Partner organisations", "Wessmoor and Calder NHS Foundation Trust; Southmoor Local Pharmaceutical Committee; Medisight Analytics Ltd (technology partner)"),
    ],
    primary_entrant=dict(name="NHS Southmoor Integrated Care Board", type="icb"),
    partners=[
        dict(name="Wessmoor and Calder NHS Foundation Trust", type="nhs_trust"),
        dict(name="Southmoor Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Medisight Analytics Ltd", type="private"),
    ],
    sections=[
        ("context", "Describe the context, the product or service and the patient safety goals", """
Around one in five patients discharged from hospital experiences a medication-related problem, and the risk
is highest for people taking anticoagulants, insulin, opioids and other high-risk medicines. In Southmoor,
hospital pharmacists had no reliable way to tell a patient's community pharmacist that their medicines had
changed. Discharge letters went to GP practices, often days later, while patients collected their next
prescription from a community pharmacy that knew nothing about the admission.

In 2022 NHS Southmoor Integrated Care Board brought together Wessmoor and Calder NHS Foundation Trust, the
Southmoor Local Pharmaceutical Committee (representing 96 community pharmacies) and Medisight Analytics Ltd,
a technology company that provides secure referral software, to build an electronic referral route from the
hospital ward to the patient's chosen community pharmacy. The service, Safe Transfers, flags patients on
high-risk medicines at discharge and sends a structured referral so that the community pharmacist can carry
out a follow-up consultation within seven days.

Our patient safety goals were to ensure that no patient discharged on a high-risk medicine is lost between
care settings, to reduce readmissions caused by medication errors, and to give patients a named professional
to contact about their medicines after they leave hospital.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Safe Transfers went live on the trust's medical wards in September 2023. Between September 2023 and March
2024, 1,874 referrals were sent to 88 community pharmacies, and 142 community pharmacists and pharmacy
technicians completed the Safe Transfers training module.

Community pharmacists have reported a number of potentially serious issues that they were able to resolve
because of the referral, including a patient who had been discharged on apixaban but was still taking
warfarin at home, and a patient whose insulin dose had been changed in hospital but not on the pen device he
was using. Each of these was recorded through the referral system and reviewed by the trust's medication
safety officer.

We have set a target that 75% of eligible patients receive a completed community pharmacy consultation
within seven days by March 2025, and a formal evaluation of readmissions will be undertaken by the ICB's
analytics team during 2024/25. We expect the evaluation to show a reduction in medication-related
readmissions, but it is too early to report this.

Feedback from patients and pharmacists has been very positive, and the trust's medication safety committee
has described the service as 'the most significant improvement in discharge safety we have seen'.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The referral pathway was adopted by a second trust in the system, Calderbrook General Hospital NHS Trust, in
April 2024, using the same software and training materials. The LPC has shared the training module with
three neighbouring LPCs, and the project was presented at the regional medicines optimisation network and at
a national community pharmacy conference in 2023.

Medisight has made the referral template available to other ICBs free of charge as part of its existing NHS
framework agreement.
"""),
        ("value", "What value has been created (staff and patient experience, value for money)?", """
Patients value having a named pharmacist to speak to. One patient told the LPC: 'I didn't know what my new
tablets were for until the pharmacist rang me. She sorted it all out in ten minutes.'

Community pharmacists report greater professional satisfaction from clinically meaningful work, and hospital
pharmacists no longer have to chase GP practices by phone about high-risk discharges.

The total cost of the partnership in its first year was £62,000, covering software licences, training and
project management. Each completed consultation is funded through the national Discharge Medicines Service
at no additional cost to the ICB.
"""),
        ("stakeholders", "Who were the stakeholders and how were they involved in the design?", """
<<S:A steering group met every six weeks and included hospital pharmacists, ward nurses, community
pharmacists nominated by the LPC, a GP clinical lead and Medisight's product manager.>> <<S:Community
pharmacists tested the referral form during a four-week pilot and asked for the reason for each medicine
change to be included, which we added before go-live.>>

<<P:Two members of the ICB's patient and public involvement panel reviewed the patient information leaflet,
and their feedback led us to replace the term 'Discharge Medicines Service' with 'your medicines check-up'
throughout.>> <<P:We also ran a focus group with eight carers of people taking multiple medicines, who told
us that referrals should be able to go to the carer's preferred pharmacy where this was different; this
option was built into the system.>>
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I004  maternity - pdf - two columns - long academic sentences
# ---------------------------------------------------------------------------
entry(
    id="I004", format="pdf", layout="two_column", topic="maternity",
    project="independent-maternity-04",
    title="Listening to the trace: a partnership to improve escalation of abnormal fetal heart monitoring",
    cover=[
        "Organisation: Kingsmere Women's and Children's NHS Foundation Trust",
        "In partnership with: Fellgate Metropolitan University (Centre for Midwifery Research), Safer Births Kingsmere (registered charity) and Kinetica Health Ltd",
    ],
    primary_entrant=dict(name="Kingsmere Women's and Children's NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Fellgate Metropolitan University", type="university"),
        dict(name="Safer Births Kingsmere", type="charity"),
        dict(name="Kinetica Health Ltd", type="private"),
    ],
    sections=[
        ("context", "Context", """
Kingsmere Women's and Children's NHS Foundation Trust delivers approximately 6,200 births a year across an
obstetric unit and two midwife-led birth centres, and, in common with many maternity services nationally,
our serious incident reviews between 2019 and 2021 identified delayed recognition and escalation of abnormal
cardiotocograph (CTG) traces as a recurring and preventable contributor to hypoxic brain injury.

The partnership was conceived in response to a thematic review of eleven cases, which concluded that the
difficulty lay less in individual clinicians' interpretation skills than in the system within which those
interpretations were made: fragmented documentation, the absence of a shared language for describing
concern, and a culture in which junior midwives felt unable to challenge the interpretation of a senior
colleague.

The product of the partnership, known locally as 'Fresh Eyes Plus', combined three elements: a structured
hourly fresh-eyes review embedded in the digital maternity record, developed with Kinetica Health Ltd, which
supplies the Trust's CTG software; a simulation-based training programme in human factors and escalation,
designed and evaluated by the Centre for Midwifery Research at Fellgate Metropolitan University; and a
family-facing explanation of fetal monitoring, published jointly with Safer Births Kingsmere, a maternity
safety charity. Our patient safety goals were to ensure timely escalation of
every pathological trace, to reduce avoidable term admissions to the neonatal unit, and to reduce
hypoxic-ischaemic encephalopathy (HIE).
"""),
        ("evidence", "Evidence of improvement", """
Outcomes were evaluated by the University using an interrupted time series design, comparing the 24 months
before implementation in January 2022 with the 24 months after, with monthly data drawn from the maternity
information system and reviewed by an independent obstetrician.

<<Q:The proportion of pathological CTG traces escalated to the labour ward coordinator within 15 minutes
increased from 48% to 91%, and the median time from recognition of a pathological trace to review by an
obstetric registrar fell from 34 minutes to 12 minutes.>> <<Q:Unexpected term admissions to the neonatal
unit, a nationally recognised marker of intrapartum harm, reduced from 6.8% to 4.9% of term births over the
same period.>>

<<Q:The number of babies born at term with moderate or severe HIE was cut in half, from 14 in the two years
before implementation to 7 in the two years after, although we recognise that the small numbers involved
require cautious interpretation.>>

Audits of documentation quality, undertaken by midwives who were not involved in the project, found that
the structured fresh-eyes template was completed at the required interval in the overwhelming majority of
labours, where previously the record had been inconsistent and largely narrative.
"""),
        ("spread", "Applying it elsewhere", """
The Fresh Eyes Plus template has been adopted by the two other trusts within our Local Maternity and
Neonatal System, and Kinetica Health has incorporated the structured review into the standard release of its
CTG software, which means that it is now available to the 23 maternity units in England that use the
product.

The simulation programme has been delivered to visiting teams from five trusts, and the University has
published two peer-reviewed papers describing the evaluation, together with an open-access facilitator's
manual. Findings have been presented to the regional maternity safety network, to the Royal College of
Midwives annual conference and to the national forum of maternity safety champions.
"""),
        ("value", "Value", """
For staff, the partnership has changed the experience of raising concern. In the University's anonymous
staff survey, midwives described the hourly review as giving them 'permission to speak up'. <<Q:The
proportion of staff who agreed that they felt able to challenge a senior colleague's interpretation of a
trace rose from 39% to 77% between the baseline and follow-up surveys.>>

For women and families, the co-produced explanation of fetal monitoring, now available in nine languages, has
been welcomed as honest and reassuring, and the charity reports that parents feel more able to ask questions
during labour.

The partnership has also delivered value for money: the software changes were made by Kinetica Health within
an existing contract at no additional cost to the Trust, the training programme was funded from the
maternity safety budget at a cost of £38,000, and the avoidance of even a single case of HIE represents a
substantial reduction both in human cost and in the litigation liabilities that maternity services carry.
"""),
        ("stakeholders", "Involving people", """
<<PS:Safer Births Kingsmere was involved from the outset, and parents from the charity sat on the project
board, co-facilitated the simulation sessions and wrote the family-facing materials alongside midwives.>>

<<S:Midwives and obstetricians of every grade took part in design workshops, and a group of newly qualified
midwives tested early versions of the template on the labour ward and recommended reducing it to a single
screen, a change that Kinetica Health made before roll-out.>>

<<P:Women who had recently given birth at the Trust were invited through the Maternity and Neonatal Voices
Partnership to comment on the draft explanation of fetal monitoring, and their comments led to the removal
of clinical jargon and the addition of a section on what birth partners can do.>>

The University's role was to provide independent evaluation, and Kinetica Health's role was confined to the
technical build; neither partner was involved in clinical decision-making.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I005  mental health - docx - NO headings - short punchy sentences
#       no staff involvement (training, beneficiaries, intentions only)
# ---------------------------------------------------------------------------
entry(
    id="I005", format="docx", layout="no_headings", topic="mental_health",
    project="independent-mentalhealth-05",
    title="Calm Harbour: a crisis alternative for people in mental health distress",
    cover=[
        "Submitted by Harrowfield Partnership NHS Foundation Trust, with Calderbrook Constabulary, Calderbrook County Council and Mindhaven Calderbrook.",
    ],
    primary_entrant=dict(name="Harrowfield Partnership NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Calderbrook Constabulary", type="emergency_service"),
        dict(name="Calderbrook County Council", type="local_authority"),
        dict(name="Mindhaven Calderbrook", type="charity"),
    ],
    sections=[
        ("context", None, """
People in mental health crisis in Calderbrook had two options at night. The emergency department. Or a
police cell. Neither is a safe place to be in crisis. ED at night is loud, bright and busy. A cell is a
cell.

In 2021, officers used Section 136 of the Mental Health Act 164 times in the county. Many of those people
waited hours in the back of a police car or on a corridor trolley. Some left before being seen. Some came
back within days, in a worse state.

Calm Harbour changes that. It is a crisis café and assessment space, open from 6pm to 2am, seven nights a
week, in a converted council building near the town centre. Police officers can bring people there instead
of using Section 136. GPs, NHS 111 and the crisis line can refer. People can walk in. Mindhaven runs the
café. The trust provides mental health nurses on site. The council provided the building and pays for
night-time security.

Our goals were simple. Fewer people detained. Fewer people in ED in crisis. No one harmed while waiting for
help. Calm Harbour opened in May 2022.
"""),
        ("evidence", None, """
It is working. <<Q:Section 136 detentions fell from an average of 41 a quarter in 2021 to 19 a quarter in
2023.>> <<Q:Mental health attendances at Calderbrook General's emergency department between 6pm and 2am are
down by 37%.>> <<Q:Repeat crisis presentations within 30 days dropped by a third.>>

We have had no serious incidents at Calm Harbour since opening. We check this every month. The numbers are
audited by the trust's performance team and shared with the police and the council each quarter.

We also look at what happens to people after a visit. Most go home the same night with a safety plan and a
follow-up call booked for the next day. Some are offered a crisis bed. A few need admission, and when they do,
it is planned rather than rushed.
"""),
        ("spread", None, """
Other areas have noticed. Eskbridge City Council and its local mental health trust visited in 2023 and
opened their own crisis café this spring, using our operating model and referral criteria. We have hosted
eleven visits from other teams. Our operating manual is free to download. We have spoken at the national
crisis care conference and at the county's Health and Wellbeing Board.
"""),
        ("value", None, """
People tell us it feels different. 'Nobody rushed me.' 'It was warm and there was a kettle.' 'I didn't feel
like a criminal.'

Families notice too. One mother told us it was the first time her son had asked for help before things got
dangerous.

Officers spend less time waiting with people in crisis and get back to their other duties sooner. Officers
and nurses benefited from a clearer pathway and a single phone number.

It costs £410,000 a year to run. Most of that is staffing. We think it pays for itself in police hours,
ambulance journeys and ED time, but we have not yet done a full economic analysis.
"""),
        ("stakeholders", None, """
<<P:Calm Harbour was designed by people who had been there.>> <<P:Mindhaven recruited a lived experience
panel of 14 people who had been detained under Section 136 or had used ED in crisis.>> <<P:They chose the
location.>> <<P:They designed the room.>> <<P:They wrote the welcome script.>> <<P:The panel also told us that
the original name, 'Crisis Assessment Hub', sounded like a police station, so it became Calm Harbour.>>
<<P:Two panel members still sit on the partnership board.>>

We trained 64 police officers in the referral process before opening. Nursing staff will be invited to a
service review workshop later this year. Partner organisations are kept informed through a quarterly
report, and we know our stakeholders value the service.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I006  deteriorating patient - pdf - numbered questions, bullets
#       no patient involvement (negation, intention, beneficiaries)
# ---------------------------------------------------------------------------
entry(
    id="I006", format="pdf", layout="numbered_questions", topic="deteriorating_patient",
    project="independent-deterioration-06",
    title="Eyes On: continuous wireless monitoring to catch deterioration earlier on surgical wards",
    cover=[
        "Lead organisation: Eskbridge University Hospitals NHS Trust",
        "Partners: Health Innovation Wessmoor; BrightWard Systems Ltd",
        "Category: Best Partnership Solution Improving Patient Safety",
    ],
    primary_entrant=dict(name="Eskbridge University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Health Innovation Wessmoor", type="ahsn"),
        dict(name="BrightWard Systems Ltd", type="private"),
    ],
    sections=[
        ("context", "1. Please describe the context in which the partnership was needed, the product or service and its patient safety goals", """
Eskbridge University Hospitals NHS Trust has 6 general surgical and orthopaedic wards with 168 beds.
Post-operative patients are observed every four to six hours using NEWS2. Between observation rounds,
deterioration can go unnoticed.

In 2021/22 our learning from deaths reviews identified 9 cases on surgical wards where earlier recognition of
deterioration might have changed the outcome. Most of these patients deteriorated overnight, when
observations are least frequent.

Eyes On is a partnership between the Trust, Health Innovation Wessmoor and BrightWard Systems Ltd. BrightWard
supplies a wearable chest patch that measures heart rate, respiratory rate and temperature continuously and
sends alerts to nurses' handheld devices. Health Innovation Wessmoor provided project management, a
real-world evaluation and a route to other trusts.

Our patient safety goals were:

- to detect deterioration earlier, especially at night

- to reduce unplanned admissions to critical care from the surgical wards

- to reduce cardiac arrest calls on the surgical wards
"""),
        ("evidence", "2. Please provide evidence of improvements in safe care as a direct result of the partnership, with quantitative examples", """
The evaluation compared the 12 months before go-live (March 2022 to February 2023) with the 12 months
after, on the same 6 wards.

- <<Q:Unplanned critical care admissions from the surgical wards fell from 11.2 to 7.4 per 1,000
admissions.>>

- <<Q:Cardiac arrest calls on the surgical wards were down by 55%, from 20 to 9.>>

- <<Q:Median time from first abnormal reading to clinical review dropped from 2 hours 10 minutes to 24
minutes.>>

- <<Q:Rapid response team calls increased by 18%, which we interpret as earlier escalation rather than more
deterioration.>>

Health Innovation Wessmoor's evaluation report (page 14) notes that alert fatigue was lower than expected,
with an average of 1.3 alerts per patient per day. We believe these changes are directly attributable to the
partnership, as no other deterioration initiative was introduced on these wards during the period.
"""),
        ("spread", "3. How have the achievements been applied elsewhere, and how has best practice been shared?", """
Health Innovation Wessmoor has used our evaluation to support two further trusts in the region, Calderbrook
General Hospital NHS Trust and Southmoor Royal Hospitals NHS Trust, to pilot continuous monitoring on their
surgical wards. We have hosted site visits for both.

Within the Trust, Eyes On was extended from surgery to the acute medical unit and the stroke unit in January
2024.

We have shared our implementation guide, alert thresholds and standard operating procedure through the
Health Innovation Network's website, and presented the work at the national deteriorating patient
conference.
"""),
        ("value", "4. What value has been created? Consider staff and patient experience and value for money", """
Patients benefited from fewer disturbed nights, because routine observations could be reduced for stable
patients wearing a patch.

Nurses say they feel more confident leaving a bay to care for another patient, knowing an alert will reach
them. Night staff in particular describe the system as 'a second pair of eyes'.

The patches cost £38 per patient. Total first-year cost, including devices and project management, was
£186,000. Health Innovation Wessmoor's economic model estimates that each avoided critical care admission
saves around £9,000.
"""),
        ("stakeholders", "5. Describe stakeholder involvement: who was involved and how were they engaged in the design?", """
<<S:Surgical ward nurses and healthcare assistants tested three different patch and alert configurations over
a six-week trial and chose the one that was adopted.>>

<<S:The critical care outreach team worked with BrightWard engineers to set the alert thresholds, and lowered
the respiratory rate threshold after outreach nurses found that early warning signs were being missed.>>

<<S:A clinical reference group of surgeons, anaesthetists, ward nurses and the Trust's digital team met
monthly throughout the project.>>

No patients were formally consulted at the design stage, which we recognise as a gap. We intend to invite a
patient representative onto the programme board as we expand to the medical wards. Patients wearing the patch
were given an information leaflet explaining how it works.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I007  pressure ulcers - docx - cover table + bold-text headings - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I007", format="docx", layout="bold_headings", topic="pressure_ulcers", docx_font="Times New Roman",
    project="independent-pressureulcers-07",
    title="Skin Matters: partnership working to prevent pressure ulcers in care homes",
    cover_table=[
        ("Entry title", "Skin Matters: partnership working to prevent pressure ulcers in care homes"),
        ("Lead organisation", "Brackenridge Community Health NHS Trust"),
        ("Partners", "Eskbridge City Council (Adult Social Care Commissioning); University of Calderbrook, School of Nursing"),
        ("Category", "Best Partnership Solution Improving Patient Safety"),
    ],
    primary_entrant=dict(name="Brackenridge Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Eskbridge City Council", type="local_authority"),
        dict(name="University of Calderbrook", type="university"),
    ],
    sections=[
        ("context", "The context and our goals", """
Brackenridge Community Health NHS Trust provides district nursing and tissue viability services to 64 care
homes across Eskbridge. In 2021/22, more than half of the category 3 and 4 pressure ulcers reported by our
district nursing teams were found in care home residents, and many were first identified at an advanced
stage.

Our incident reviews showed that early skin damage was often not recognised, and that getting advice from a
district nurse could take several days. Equipment such as pressure-relieving mattresses was ordered through
three different routes, which caused delays and confusion about who was responsible.

Skin Matters is a partnership between the Trust, Eskbridge City Council, which commissions most local care
home places, and the University of Calderbrook's School of Nursing. Together we developed a care home tissue
viability link worker programme, a single equipment ordering route through the council's community equipment
service, and a photo-based remote advice service so that care home staff can send images of skin concerns
to a tissue viability nurse and receive advice the same day.

Our goals were to reduce the number of residents developing category 2 or above pressure ulcers, to identify
skin damage earlier, and to make sure every at-risk resident has the right equipment within 24 hours.
"""),
        ("evidence", "Evidence of improvement", """
The programme began in 20 care homes in April 2022 and was extended to all 64 homes by June 2023.

<<Q:In the first 20 homes, the number of category 3 and 4 pressure ulcers fell from 38 in the year before
the programme to 15 in the year after.>> <<Q:Across all homes, the proportion of pressure ulcers first
identified at category 1 or 2, rather than at category 3 or above, rose from 41% to 68%, which shows that
damage is being spotted earlier.>>

<<Q:The average time to deliver a pressure-relieving mattress went down from 4.5 days to 1.2 days after the
council introduced a single ordering route.>>

The University of Calderbrook independently audited 300 resident records in 2023 and found that skin
inspection documentation had improved in every participating home. Link workers are now in place in every
home, and the remote advice service received requests from 58 of the 64 homes in its first year.
"""),
        ("value", "Value", """
Care home managers tell us their staff feel more valued and better supported. Link workers have a recognised
role and a certificate from the University, and several have gone on to further training. District nurses
say the photo service saves them unnecessary visits and lets them prioritise the residents who most need to
be seen in person.

Residents and families report fewer painful dressings and fewer hospital visits. One resident's son said:
'They caught it early this time. Last year Dad was in agony for months.'

The programme costs £74,000 a year, mostly tissue viability nurse time. Treating a single category 4 pressure
ulcer can cost over £14,000, so preventing a handful each year more than covers the cost.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:Care home managers and senior carers from the first 20 homes helped design the link worker role and the
training content at two workshops hosted by the University.>> <<S:District nurses tested the photo advice
service for three months and asked for a standard image checklist, which is now part of the app.>>

<<P:Residents' relatives were consulted through care home family meetings, and their request for a simple
leaflet explaining how to spot redness on a loved one's skin led to the 'Check the skin' leaflet.>> <<P:Two
care home residents and a family carer reviewed the leaflet before it was printed.>>

The council's commissioning team and Healthwatch Eskbridge were kept informed throughout.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I008  infection (CAUTI) - pdf - CAPS bold headings - PRIVATE primary entrant
#       ineligible; no staff involvement
# ---------------------------------------------------------------------------
entry(
    id="I008", format="pdf", layout="caps_headings", topic="infection", pdf_font="DejaVuSans",
    project="independent-infection-08",
    title="CathAlert: smart sensing to reduce catheter-associated urinary tract infections",
    cover=[
        "Lead organisation: Vitalink Sensors Ltd",
        "NHS partner: Marlow Cross Hospitals NHS Trust",
        "Submitted by: Head of Clinical Partnerships, Vitalink Sensors Ltd, Unit 4 Kestrel Park, Marlow Cross MC4 7TY",
    ],
    primary_entrant=dict(name="Vitalink Sensors Ltd", type="private"),
    partners=[
        dict(name="Marlow Cross Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "CONTEXT", """
Vitalink Sensors Ltd is a UK medical technology company, founded in 2017, which designs connected sensors for
hospital and home care. Catheter-associated urinary tract infections (CAUTI) are among the most common
healthcare-associated infections and can lead to sepsis, longer hospital stays and avoidable antibiotic use.
Many catheters stay in longer than they need to, and simple problems such as a drainage bag lifted above
bladder level or a kinked tube are easy to miss on a busy ward.

CathAlert is a clip-on sensor for urinary catheter drainage bags. It monitors urine flow, bag position and
fill level, and sends a prompt to the nursing team's dashboard when a bag is above bladder level, a tube is
kinked or a catheter has been in place beyond its review date. Vitalink approached Marlow Cross Hospitals
NHS Trust in 2022 to evaluate CathAlert on four medical wards, and the Trust agreed to host the evaluation
and provide anonymised infection surveillance data.

The patient safety goals of the collaboration were to reduce CAUTI, to reduce the number of catheter days,
and to prompt timely removal of catheters that are no longer clinically needed.
"""),
        ("evidence", "EVIDENCE", """
Vitalink's data science team analysed infection data provided by the Trust for the 9 months before and the 9
months after installation on the four wards.

<<Q:CAUTI rates on the four wards fell from 4.1 to 1.9 per 1,000 catheter days.>> <<Q:Average catheter
duration was reduced from 8.7 days to 5.2 days.>> <<Q:The number of catheters left in place beyond their
review date decreased by 62%.>>

These results are being prepared for publication and were presented at a medical technology industry event
in London in 2023. The sensor has a CE/UKCA mark and is registered with the MHRA as a Class I medical device.
Infection surveillance definitions were unchanged during the evaluation period, and the four wards had no
other catheter care initiatives running at the time, which gives us confidence that the results reflect the
use of CathAlert.
"""),
        ("spread", "SPREAD", """
Following the evaluation, CathAlert has been purchased by three further NHS trusts and is available through a
national procurement framework. Vitalink has published a case study on its website and hosts a quarterly
webinar for users.

We are in discussion with two integrated care boards about using CathAlert for patients with long-term
catheters at home, where infections are harder to detect early. A second-generation sensor with a longer
battery life and a community dashboard is planned for launch in 2025.
"""),
        ("value", "VALUE", """
NHS staff benefited from fewer manual bag checks and from automatic reminders of catheter review dates.
Patients benefited from fewer infections and earlier catheter removal.

CathAlert costs £14 per patient episode and requires no additional IT infrastructure, as the dashboard runs
in a standard web browser. The sensor can be cleaned and reused for up to 90 days, which reduces plastic
waste. Based on the published cost of treating a CAUTI, Vitalink estimates a return on
investment of more than four times the cost of the sensors.
"""),
        ("stakeholders", "STAKEHOLDERS", """
<<P:During development, a patient panel of eight people who live with long-term catheters tested prototype
sensors for comfort and noise, and their feedback led us to move the sensor from the leg bag strap to the
drainage bag itself.>>

Ward nurses on the four wards completed a 20-minute training session before installation. The Trust's
infection prevention team received a monthly report from Vitalink throughout the evaluation. Clinicians will
be invited to join a user group in 2025 to inform the next version of the product.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I009  discharge - docx - own headings (Heading 2), non-rubric order
#       no patient involvement (beneficiaries, intention, generic stakeholders)
# ---------------------------------------------------------------------------
entry(
    id="I009", format="docx", layout="reordered", topic="discharge",
    project="independent-discharge-09",
    title="Home by Lunch: a joined-up approach to safe discharge for older people",
    cover=[
        "Organisation: Fellgate and District Hospitals NHS Foundation Trust",
        "Partner organisations: Fellgate Borough Council (Adult Social Care); Age Together Fellgate; NHS Eskdale and Fellgate Integrated Care Board",
    ],
    primary_entrant=dict(name="Fellgate and District Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Fellgate Borough Council", type="local_authority"),
        dict(name="Age Together Fellgate", type="charity"),
        dict(name="NHS Eskdale and Fellgate Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "The problem", """
Discharge from hospital is a point of high risk for older people. In 2022 our patient safety incident data
showed that problems at discharge, such as missing medicines, no care package in place, equipment not
delivered and families not told, were the third most common theme in incidents affecting patients over 75.
Readmissions within 30 days were higher in Fellgate than in any other part of the ICB area, and our reviews
found that many were linked to an unsafe or poorly coordinated discharge.

Home by Lunch is an integrated discharge hub based at Fellgate General Hospital. It brings together the
trust's discharge coordinators and therapists, the council's social workers and reablement team, and Age
Together Fellgate's 'settle home' service, which sends a trained support worker to meet the patient at home,
check there is food and heating, and make a follow-up call two days later. The ICB funded the hub's data
system and a pharmacy technician to make sure every patient goes home with the right medicines and a clear
explanation of them.

The aim was to make discharge safer: fewer readmissions, no patient discharged without medicines or
equipment, and more people discharged earlier in the day, when services are available to help them settle.
"""),
        ("stakeholders", "Who we worked with", """
<<S:The hub was designed by the people who would work in it.>> <<S:Discharge coordinators, ward nurses,
occupational therapists, physiotherapists and council social workers took part in five design workshops over
the summer of 2022, mapping every step of the discharge journey and agreeing a single referral form.>>

<<S:Pharmacy technicians tested the medicines checklist on two wards and asked for it to be built into the
electronic discharge letter, which we did.>> <<S:Age Together staff and volunteers helped shape the
settle-home visit, and their suggestion to add a check of smoke alarms and heating was adopted.>>

Patients benefited from a more joined-up service from the first day the hub opened. We plan to invite a carer
representative onto the hub's steering group next year. All stakeholders were engaged throughout the
project.
"""),
        ("evidence", "What happened", """
The hub opened in October 2022 and now supports every patient over 75 discharged from the trust's medical
and elderly care wards.

<<Q:Emergency readmissions within 30 days for patients over 75 fell from 17.8% to 13.1% in the first
year.>> <<Q:Discharges before 1pm increased from 12% to 34% of all discharges from the participating
wards.>> <<Q:Incidents involving patients discharged without medicines or equipment went down by 60%
compared with the previous year.>>

The settle-home service made 2,310 home visits in its first year.
"""),
        ("value", "What it meant for people", """
Every patient now receives a discharge pack with their medicines list, contact numbers and a named person to
call, and Age Together's follow-up calls have picked up problems, such as a missed district nurse visit,
before they became serious. Patients tell us they are less anxious about going home.

Staff describe the hub as 'one team' rather than three organisations. Social workers no longer have to chase
ward staff for information, and ward nurses spend less time on the phone arranging care.

The hub cost £520,000 in its first year, funded jointly by the trust, the council and the ICB. The bed
capacity released by fewer readmissions more than covers this.
"""),
        ("spread", "Taking it further", """
The ICB has asked the two other acute trusts in its area to adopt the Home by Lunch model, and Calderbrook
General Hospital NHS Trust opened its own hub in March 2024 using our referral form and operating procedures.
We have presented the model at the regional urgent and emergency care board and at the national discharge
improvement network, and Age Together has shared the settle-home model with its sister charities in three
neighbouring counties.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I010  diagnostics - pdf - rubric headings + references + appendix - academic
# ---------------------------------------------------------------------------
entry(
    id="I010", format="pdf", layout="with_appendix", topic="diagnostics", pdf_font="LiberationSerif",
    project="independent-diagnostics-10",
    title="Closing the Loop: a hospital and primary care partnership to ensure abnormal test results are acted upon",
    cover=[
        "Lead organisation: Hollins Bay NHS Foundation Trust",
        "Partner organisations: Hollins Bay GP Federation; University of Calderbrook, Department of Health Informatics; NHS Hollins Bay and Westmarsh Integrated Care Board",
        "Clinical lead telephone: 01632 960221",
    ],
    primary_entrant=dict(name="Hollins Bay NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Hollins Bay GP Federation", type="primary_care"),
        dict(name="University of Calderbrook", type="university"),
        dict(name="NHS Hollins Bay and Westmarsh Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "The context in which the partnership was needed", """
Failure to act on abnormal diagnostic test results is a well-recognised source of avoidable harm, and
national reviews have repeatedly identified the interface between secondary and primary care as the point at
which responsibility for follow-up is most likely to become ambiguous [1, 2]. Within Hollins Bay, a thematic
review of 23 serious incidents reported between 2019 and 2021 found that in the majority of cases the
abnormal result had been correctly reported by the laboratory or radiology department, but that the
clinician who requested the test assumed that the patient's general practitioner would act upon it, while
the practice, having received only a copy, assumed the reverse.

The partnership was established in 2022 between Hollins Bay NHS Foundation Trust, the Hollins Bay GP
Federation, which represents 31 general practices, the Department of Health Informatics at the University of
Calderbrook and NHS Hollins Bay and Westmarsh Integrated Care Board, in order to design and evaluate a shared
results acknowledgement system. The resulting service, Closing the Loop, comprises an electronic
acknowledgement requirement for all significantly abnormal pathology and radiology results requested in
outpatient clinics, an explicit 'responsibility for follow-up' field in every request, an automated
escalation to a named consultant when a result remains unacknowledged after seven days, and a shared
dashboard through which practices can see the status of results for their registered patients.

The patient safety goals were to ensure that every significantly abnormal result is acknowledged by a named
clinician, that responsibility for follow-up is unambiguous, and that the number of incidents in which a
patient is harmed by a delayed or missed result is reduced.
"""),
        ("evidence", "Evidence of improvements in safe care", """
Evaluation was undertaken by the University of Calderbrook using routinely collected data from the pathology
and radiology information systems, with measurement definitions agreed in advance (Appendix A), and was
supplemented by a structured case note review of a random sample of unacknowledged results.

<<Q:The proportion of significantly abnormal outpatient results acknowledged by a named clinician within seven
days increased from 62% in the six months before implementation to 96% in the most recent six months, and
the improvement appeared as a sustained shift on the SPC chart within the first quarter after go-live.>>
<<Q:The number of results remaining unacknowledged after thirty days, which had averaged 214 per month at
baseline, fell to an average of 11 per month.>>

<<Q:Incidents reported in relation to delayed or missed follow-up of test results declined by about a
quarter over the same period, from 57 in 2021/22 to 43 in 2023/24, and no incident in the latter year was
graded as causing moderate or severe harm, compared with six in the baseline year.>>

It should be acknowledged that the period coincided with wider national attention to results management,
and the University's analysis therefore compared Hollins Bay with two neighbouring trusts that had not
implemented the system, in which no comparable change was observed [3].
"""),
        ("spread", "Application elsewhere and sharing of best practice", """
The system has been extended from outpatient clinics to the emergency department and to requests originating
in community diagnostic centres, and the ICB has funded its adoption by the neighbouring Westmarsh Teaching
Hospitals NHS Trust, which went live in January 2024. The University has published the evaluation [3] and
presented it at the national patient safety congress, and the specification for the acknowledgement and
escalation logic has been made openly available so that trusts using different pathology systems can
replicate it. The GP Federation has also shared its practice dashboard guidance with federations in four
other ICB areas.
"""),
        ("value", "Value created", """
For clinicians, the principal benefit has been the removal of uncertainty: consultants report confidence
that results will not 'fall through the gap', and general practitioners no longer receive large numbers of
copied results without any indication of whether they are expected to act upon them. For patients, the
benefit lies in timely follow-up and in relief from the anxiety of not knowing whether a result has been
seen; one patient, writing to her practice, described learning that the hospital had already acted upon an
abnormal scan as 'a huge relief'.

The development costs, comprising informatics time and the University evaluation, amounted to £148,000 over
two years and were met by the ICB; the ongoing running costs are negligible because the system was built
within the existing pathology and radiology platforms.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:The system was specified by a design group comprising consultants from six specialties, outpatient
nurses, practice managers, GPs nominated by the Federation, laboratory and radiology staff and informatics
developers, which met fortnightly for the first six months.>> <<S:General practitioners tested the practice
dashboard in eight volunteer practices, and their feedback led to the addition of a filter by urgency.>>

<<P:Patient involvement was secured through the ICB's patient and public involvement network: three patient
representatives, one of whom had experienced a delayed cancer diagnosis following a missed result, sat on
the design group and reviewed every version of the patient-facing text.>> <<P:It was at the suggestion of
these representatives that patients are now sent a letter confirming who is responsible for following up
their result.>>
"""),
    ],
    trailer=[
        ("heading", "References"),
        ("para", "1. National Patient Safety Review Group. Acting on test results across care boundaries. London: NPSRG; 2021. p. 12-19."),
        ("para", "2. Okafor T, Reid M. Responsibility for follow-up of diagnostic results: a systematic review. J Patient Saf Interfaces. 2020;12(3):145-58."),
        ("para", "3. Baines L, Sutherland K, Hale R, et al. Closing the Loop: evaluation of an electronic results acknowledgement system across the hospital and primary care interface. Qual Improv Rep. 2024;7:e002841."),
        ("heading", "Appendix A: Measurement definitions"),
        ("para", "Significantly abnormal result: any result flagged as critical or significantly abnormal under the Trust's pathology and radiology alert policy (version 4.2, page 7)."),
        ("para", "Acknowledgement: an electronic sign-off by a named clinician in the results system, excluding automated or administrative sign-off."),
        ("para", "Baseline period: April to September 2022. Reporting period: October 2023 to March 2024. Data source: pathology and radiology information systems, extracted on the 5th working day of each month."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I011  medication safety (insulin) - docx - numbered questions
#       near duplicate of I016 (resubmission)
# ---------------------------------------------------------------------------
I011 = entry(
    id="I011", format="docx", layout="numbered_questions", topic="medication_safety",
    project="independent-insulin-11",
    title="Think Glucose Together: a partnership to make insulin safer in hospital",
    cover=[
        "Lead organisation: Westmarsh Teaching Hospitals NHS Trust",
        "Partners: Diabetes Together Westmarsh (charity); Health Innovation Westmarsh and Hollins; Westmarsh Primary Care Collaborative",
    ],
    primary_entrant=dict(name="Westmarsh Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Diabetes Together Westmarsh", type="charity"),
        dict(name="Health Innovation Westmarsh and Hollins", type="ahsn"),
        dict(name="Westmarsh Primary Care Collaborative", type="primary_care"),
    ],
    sections=[
        ("context", "Question 1: The context, the service and its patient safety goals", """
Insulin is one of the medicines most often involved in serious medication errors in hospital. At Westmarsh
Teaching Hospitals, around one in six inpatients has diabetes, and our 2021 audit found that insulin errors
(missed doses, wrong timings and confusion between insulin products) were the most frequently reported
high-risk medication incidents. Several patients had developed diabetic ketoacidosis after their insulin was
omitted, and severe hypoglycaemia was common on the surgical wards, where patients are often fasting.

Think Glucose Together brought the trust's inpatient diabetes team together with Diabetes Together
Westmarsh, a local charity run by and for people living with diabetes, Health Innovation Westmarsh and
Hollins, and the Westmarsh Primary Care Collaborative. The partnership produced an inpatient insulin safety
bundle: a self-administration policy allowing capable patients to manage their own insulin in hospital; a
hypoglycaemia 'hypo box' on every ward; electronic prescribing prompts for people with type 1 diabetes that
prevent insulin being omitted; and a discharge insulin passport, shared with the patient's GP practice, so
that any changes are clear to everyone.

Our goals were to prevent omitted insulin doses for people with type 1 diabetes, to reduce severe
hypoglycaemia, and to make sure patients go home on an insulin regime that they and their GP understand.
"""),
        ("evidence", "Question 2: Evidence of improvement in safe care", """
We measured the impact using the trust's e-prescribing data, incident reports and the monthly inpatient
diabetes audit, with analytical support from Health Innovation Westmarsh and Hollins.

<<Q:Omitted insulin doses for people with type 1 diabetes fell from 6.4% of scheduled doses to 1.1%.>>
<<Q:Severe hypoglycaemia episodes (blood glucose below 3 mmol/L) on the surgical wards reduced by 48% in the
12 months after the bundle was introduced.>> <<Q:Inpatient cases of diabetic ketoacidosis where insulin had
been omitted went down from nine in 2021 to one in 2023.>>

<<Q:The proportion of eligible patients self-administering their insulin increased from fewer than 5% to
41%.>> Our diabetes specialist nurses now review every patient with type 1 diabetes within 24 hours of
admission.
"""),
        ("spread", "Question 3: Spread and sharing of best practice", """
The hypo box and the discharge insulin passport have been adopted by two other trusts in the region,
supported by Health Innovation Westmarsh and Hollins, which has included the bundle in its regional
medicines safety programme. The e-prescribing prompts have been shared with the supplier's user group so that
other trusts using the same system can switch them on.

The primary care collaborative has presented the insulin passport to GP practices across the ICB area, and
we have spoken about the project at the national diabetes inpatient safety conference.
"""),
        ("value", "Question 4: Value created", """
Patients tell us that being trusted to manage their own insulin in hospital makes a huge difference to how
safe and respected they feel. One patient said: 'I've managed my diabetes for 30 years. Being allowed to keep
doing it in hospital meant I wasn't waiting for a nurse who was busy with someone else.'

Nurses say the hypo box saves them time hunting for glucose gel and glucagon in an emergency, and ward
pharmacists report fewer interruptions to clarify insulin prescriptions.

The bundle cost £27,500 to set up, mainly for hypo boxes, printing and specialist nurse time, and is now
maintained within existing budgets. Each episode of diabetic ketoacidosis costs the NHS around £2,000 in
additional care, and a severe hypo can add several days to a hospital stay.
"""),
        ("stakeholders", "Question 5: Stakeholder involvement", """
<<P:People living with diabetes shaped the bundle from the start.>> <<P:Diabetes Together Westmarsh
recruited twelve members who had been inpatients, and they co-designed the self-administration policy and
the insulin passport in four workshops.>> <<P:Their feedback led to the passport being made small enough to
fit in a wallet.>>

<<S:Ward nurses, pharmacists, junior doctors and diabetes specialist nurses sat on the project group, and
nurses on two surgical wards tested the hypo box contents before roll-out.>> <<S:GPs and practice nurses from
the primary care collaborative reviewed the passport and asked for the latest HbA1c and the name of the
hospital diabetes nurse to be added.>>
"""),
    ],
    flags=[],
    near_duplicates=["I016"],
)


# ---------------------------------------------------------------------------
# I012  falls at home (long lies) - pdf - NO headings - ambulance service lead
#       no quantitative evidence (counts, single values, targets, costs)
# ---------------------------------------------------------------------------
entry(
    id="I012", format="pdf", layout="no_headings", topic="falls", pdf_font="DejaVuSans", pdf_align="L",
    project="independent-falls-12",
    title="Lifting Together: a joint falls response for older people who fall at home",
    cover=[
        "Lead organisation: Northern Moors Ambulance Service NHS Trust",
        "Partners: Kestrel Fields Fire and Rescue Service; Eskbridge City Council; Brackenridge Community Health NHS Trust",
    ],
    primary_entrant=dict(name="Northern Moors Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Kestrel Fields Fire and Rescue Service", type="emergency_service"),
        dict(name="Eskbridge City Council", type="local_authority"),
        dict(name="Brackenridge Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
Every day, older people in Eskbridge fall at home and are unable to get up. Many are not injured, but a long
lie on the floor of more than an hour carries serious risks, including pressure damage, dehydration,
hypothermia, rhabdomyolysis and loss of confidence, and is associated with higher mortality. At times of high
demand, an older person who has fallen without obvious injury may wait several hours for an ambulance,
because their call is rightly prioritised below life-threatening emergencies.

Lifting Together is a joint falls response service. Specially trained firefighters from Kestrel Fields Fire
and Rescue Service, working from a dedicated response vehicle, attend non-injury falls passed to them by the
ambulance clinical hub, using lifting equipment and a structured assessment agreed with ambulance
clinicians. A video link to a clinician in the ambulance hub supports the decision on whether the person can
safely stay at home. The council's telecare team refers people who fall repeatedly, and Brackenridge
Community Health's falls team visits within 72 hours to assess why the fall happened and to reduce the risk
of another.

The patient safety goals are to reduce the number of older people experiencing a long lie, to avoid
unnecessary conveyance to the emergency department, and to reduce repeat falls through timely community
follow-up.
"""),
        ("evidence", None, """
The service began in September 2023. In its first six months the falls response team attended 1,146 calls,
and 130 firefighters completed the lifting and assessment training developed by the ambulance service's
education team. The average time on scene was 38 minutes, and in most cases the person was helped up and
remained safely at home with a referral to the community falls team.

Families and patients have been overwhelmingly positive, and clinicians in the ambulance hub have described
the service as 'a game changer' for the falls calls they previously could not reach quickly. No patient
attended by the service has come to serious harm as a result of being left at home.

We have set a target of reducing long lies by 30% by March 2026. An independent evaluation of outcomes,
including conveyance rates and repeat falls, has been commissioned and will report in 2025.
"""),
        ("spread", None, """
Kestrel Fields Fire and Rescue Service has shared the training package with two neighbouring fire services,
and the ambulance service is working with the integrated care board to extend the model across its whole
region during 2024/25. The partnership was presented at the national ambulance falls conference and features
as a case study in the regional urgent and emergency care plan.
"""),
        ("value", None, """
For older people, not waiting for hours on the floor can be the difference between a frightening episode
and a lasting injury. One woman, aged 91, told the crew that she had expected to 'lie there all night, like
last time'.

Firefighters value using their skills in prevention, and ambulance clinicians can focus on the most seriously
ill patients. The service costs £210,000 a year, funded jointly by the ambulance service, the fire service
and the council's Better Care Fund allocation. Each avoided ambulance dispatch and ED attendance saves an
estimated £400.
"""),
        ("stakeholders", None, """
<<S:Firefighters, paramedics and community falls nurses designed the assessment tool together and tested it
in simulated falls at the fire service training centre before the service went live.>> <<S:Clinicians in
the ambulance clinical hub asked for the video link to be added after the first month, when they found that
telephone assessment alone was not enough.>>

<<P:Members of the Eskbridge Older People's Forum helped to choose the lifting equipment after trying the
options themselves, and their advice led us to select a cushion that inflates slowly and quietly.>> <<P:A
group of people who had experienced a long lie, and their family carers, met the project team twice to
describe what they needed, which shaped the information leaflet left with each person after a visit.>>
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I013  infection (C. difficile / stewardship) - docx - own headings in Word
#       heading styles, reordered - ICB lead - no patient involvement
# ---------------------------------------------------------------------------
entry(
    id="I013", format="docx", layout="style_headings", topic="infection", docx_font="Arial",
    project="independent-infection-13",
    title="One System Stewardship: reducing Clostridioides difficile infection across Northfold",
    cover=[
        "Lead organisation (primary entrant): NHS Northfold and Moors Integrated Care Board",
        "Partner organisations:",
    ],
    cover_bullets=[
        "Northfold Teaching Hospitals NHS Trust",
        "Northfold Community Healthcare NHS Trust",
        "University of Northfold (Antimicrobial Resistance Research Group)",
        "Northfold Health Protection Unit",
    ],
    primary_entrant=dict(name="NHS Northfold and Moors Integrated Care Board", type="icb"),
    partners=[
        dict(name="Northfold Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Northfold Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="University of Northfold", type="university"),
        dict(name="Northfold Health Protection Unit", type="public_other"),
    ],
    sections=[
        ("context", "Background and aims", """
Clostridioides difficile infection (CDI) remains a significant cause of avoidable harm, and in 2021/22 the
Northfold system reported rates of healthcare-associated and community-onset CDI above the national average,
with a substantial proportion of cases occurring in people who had recently received broad-spectrum
antibiotics prescribed in primary care, in care homes or in hospital.

Because antibiotic prescribing crosses organisational boundaries, the Integrated Care Board convened a
system-wide partnership in 2022 involving the acute trust, the community trust, the University of Northfold's
antimicrobial resistance research group and the Northfold Health Protection Unit, with the purpose of
establishing a single antimicrobial stewardship programme across all settings.

The programme comprises a shared antimicrobial prescribing formulary for primary and secondary care; a weekly
system-wide CDI case review meeting, in which every new case is examined for antibiotic exposure and the
learning is fed back to the prescriber regardless of where they work; a rapid-access microbiology advice line
for GPs and care homes; and a quarterly prescribing feedback report for each practice.

The patient safety goals were to reduce CDI across the system, to reduce the use of high-risk broad-spectrum
antibiotics, and to ensure that the learning from each case reached the prescriber concerned.
"""),
        ("stakeholders", "Who was involved", """
<<S:Consultant microbiologists, antimicrobial pharmacists from both trusts, GP prescribing leads and infection
prevention nurses formed the programme's clinical working group, which wrote the shared formulary over a
series of six meetings.>> <<S:Practice pharmacists tested the prescribing feedback report in twelve practices,
and at their request it was reduced from twelve pages to a two-page summary with practice-level
comparisons.>> <<S:Care home nurses were consulted on the advice line and asked for it to be available until
8pm, which was agreed.>>

Patients were the ultimate beneficiaries of the programme, through fewer infections and more appropriate
antibiotic treatment. Stakeholders across the system were engaged throughout. The programme board has agreed
that patient representation should be considered when the programme is refreshed in 2025.
"""),
        ("evidence", "Results", """
The University of Northfold evaluated the programme using monthly surveillance data from the Health
Protection Unit and prescribing data for the whole system.

<<Q:System-wide CDI cases fell from 212 in 2021/22 to 151 in 2023/24, a reduction of 29%.>>
<<Q:Hospital-onset healthcare-associated cases fell by 34%, and community-onset cases by 24%.>>
<<Q:Primary care prescribing of co-amoxiclav, cephalosporins and quinolones, as a proportion of all
antibiotics, reduced from 11.6% to 7.9%.>>

The weekly case review has examined 318 cases since it began, and every prescriber involved has received
written feedback. The reviews show that the most common learning point concerns the duration of antibiotic
courses rather than the choice of agent, and this has shaped the next phase of the programme, which will
focus on course length in primary care.
"""),
        ("value", "Value", """
Clinicians value the shared formulary, which means that a patient's antibiotic does not change simply
because they have moved from hospital to the community. GPs report that the advice line gives them the
confidence to withhold or narrow antibiotics, and care home nurses describe it as 'a lifeline at teatime'.

Each case of CDI is estimated to cost around £10,000 in additional care. The programme's annual cost is
£85,000, principally pharmacist and microbiologist sessions and the University evaluation.
"""),
        ("spread", "Sharing and spread", """
The shared formulary has been adopted as the template by two neighbouring ICBs, and the weekly system case
review has been presented to the regional infection prevention network and to the national antimicrobial
stewardship conference. The University has published the evaluation and produced an implementation guide,
and the Health Protection Unit has recommended the approach to other systems in the region.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I014  dysphagia / learning disability - pdf - form table - NO value section
#       no staff involvement
# ---------------------------------------------------------------------------
entry(
    id="I014", format="pdf", layout="form_table", topic="dysphagia_learning_disability",
    project="independent-dysphagia-14",
    title="Safe to Swallow: co-producing choking prevention with people with learning disabilities",
    cover_table=[
        ("Entry title", "Safe to Swallow: co-producing choking prevention with people with learning disabilities"),
        ("Primary entrant", "Calderbrook Health and Care NHS Trust"),
        ("Partners", "Calderbrook County Council; Voices Together Calderbrook (self-advocacy charity); University of Calderbrook"),
    ],
    primary_entrant=dict(name="Calderbrook Health and Care NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Calderbrook County Council", type="local_authority"),
        dict(name="Voices Together Calderbrook", type="charity"),
        dict(name="University of Calderbrook", type="university"),
    ],
    sections=[
        ("context", "Context and patient safety goals", """
Choking is one of the leading causes of avoidable death for people with learning disabilities, and national
reviews of deaths have repeatedly highlighted poor awareness of swallowing difficulties (dysphagia) among the
people who support them. In Calderbrook, around 2,400 adults with a learning disability are known to the
county council, many living in supported living or residential settings where food is prepared by support
workers who may have had little or no dysphagia training.

In 2022 two people supported by services in Calderbrook died after choking, and a further eleven were
admitted to hospital with aspiration pneumonia. Our speech and language therapy team had long waiting lists,
and swallowing guidelines written by therapists were often not followed because they were long, technical
and kept in a file.

Safe to Swallow is a partnership between Calderbrook Health and Care NHS Trust, Calderbrook County Council,
Voices Together Calderbrook, a self-advocacy charity run by people with learning disabilities, and the
University of Calderbrook. It has three parts: easy-read, picture-based mealtime placemats that show each
person's safe food and drink textures; a short accredited dysphagia awareness course for support workers; and a fast-track referral route to speech and language therapy when someone
shows signs of difficulty.

Our goals are to prevent choking deaths and aspiration pneumonia, and to make sure every person with a known
swallowing risk has guidance that the people supporting them can follow at every meal.
"""),
        ("evidence", "Evidence of improvement", """
The University evaluated the programme in 38 supported living and residential settings. Each setting was
observed at mealtimes before the placemats were introduced and again six months later, using the same
observation tool.

<<Q:Emergency hospital admissions for aspiration pneumonia among adults with a learning disability in
Calderbrook fell from 27 in 2021/22 to 14 in 2023/24.>> <<Q:Median waiting time for a speech and language
therapy swallowing assessment was cut from 11 weeks to 3 weeks using the fast-track route.>> <<Q:Observed
mealtime audits found that the proportion of meals served at the correct texture rose from 58% to 93%.>>

Over 300 support workers have now completed the Safe to Swallow course. There have been no choking deaths
among people with a Safe to Swallow placemat since the programme began.
"""),
        ("spread", "Spread / sharing best practice", """
The placemat template and training materials have been shared with the learning disability teams of three
neighbouring trusts, and the course has been delivered to care providers in Eskbridge. The
University has presented the evaluation at the national learning disability nursing conference and published
an open-access toolkit.

The county council has written the course into its contracts with supported living providers from April
2024, and the placemat is now part of the annual health check template used by GP practices in Calderbrook.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<P:Safe to Swallow was co-produced with people with learning disabilities.>> <<P:Members of Voices Together
designed the placemat pictures and tested them with their friends and housemates, changing the symbols three
times until everyone could understand them.>> <<P:Self-advocates co-deliver every training session,
describing in their own words what it is like to choke or to be given the wrong food.>>

<<P:Family carers were consulted at two events and asked for a version of the placemat for the family home,
which we produced.>>

The project was led by our consultant speech and language therapist with support from the University
research team. Support workers benefited from clearer guidance at every meal. We will ask speech and language
therapists and support workers for their views in a survey next year.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="value"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I015  VTE - docx - bullet lists under bold headings - single organisation
#       ineligible (no partner organisation); no quantitative evidence
# ---------------------------------------------------------------------------
entry(
    id="I015", format="docx", layout="bullet_lists", topic="vte",
    project="independent-vte-15",
    title="Clot Stop: preventing hospital-acquired thrombosis",
    cover=[
        "Organisation: Redcastle Hospitals NHS Foundation Trust",
        "Partnership: Pharmacy, Haematology and Surgical Directorates, Redcastle Hospitals NHS Foundation Trust",
        "Entry contact: VTE Lead Nurse, extension 4471",
    ],
    primary_entrant=dict(name="Redcastle Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "Context and goals", """
Hospital-acquired thrombosis (HAT), meaning a deep vein thrombosis or pulmonary embolism that develops during
or shortly after a hospital stay, is one of the leading causes of preventable death in hospital. Most cases
can be prevented by a timely risk assessment and the right thromboprophylaxis. At Redcastle we knew we were
not getting this right:

- VTE risk assessment was paper-based and was often completed late or not at all

- root cause analyses of HAT cases in 2021/22 found missed or delayed thromboprophylaxis in several cases

- patients were rarely told about their risk or how they could reduce it

- no single team owned the problem, so actions from reviews were not followed through

- national guidance expects every adult inpatient to have a documented VTE risk assessment on admission, and
we could not show that this was happening

Clot Stop is a partnership between three of our directorates (pharmacy, haematology and surgery) working
together on VTE for the first time. What we built:

- an electronic VTE risk assessment that must be completed before other medicines can be prescribed

- a pharmacist check of thromboprophylaxis on every post-take ward round

- a 'Clot Stop' patient leaflet and short video, shown on the bedside screens

Our goal is simple: no preventable hospital-acquired thrombosis at Redcastle.
"""),
        ("evidence", "Evidence", """
We have made a lot of progress in a short time:

- the electronic risk assessment went live across all 19 adult wards in June 2023

- we trained 130 nurses and 86 junior doctors in the new process

- pharmacists have reviewed over 4,000 thromboprophylaxis prescriptions since go-live

- every HAT case is now reviewed by a haematology consultant within four weeks of diagnosis

- our target is 95% risk assessment compliance by the end of Q4 2024/25

- the haematology team will audit all HAT cases for 2023/24 and report to the Trust board in autumn 2024

- feedback from ward teams has been excellent, and the medical director has described Clot Stop as a model
for other safety work

We will be able to report outcome data once the haematology audit is complete.
"""),
        ("spread", "Spreading the learning", """
Clot Stop started in surgery but is already travelling across the Trust:

- presented at Redcastle's annual quality improvement showcase in November 2023

- the electronic assessment has been shared with the e-prescribing supplier's user group

- the pharmacist check has been adopted by the medical directorate from January 2024

- we plan to share the leaflet and video with other trusts in the region
"""),
        ("value", "Value", """
Clot Stop has been welcomed by staff and patients alike, and it was affordable:

- staff say the electronic assessment is quicker than the paper form and easier to find

- pharmacists say they feel part of the ward team on post-take rounds

- patients say they feel better informed about clots and what to look out for after going home

- the system changes cost £18,500, funded from the Trust's digital budget, and the pharmacist check is
delivered within existing staffing, so no new posts were needed
"""),
        ("stakeholders", "Who was involved", """
Clot Stop was shaped by the people who use it and the people it is for:

- <<S:junior doctors tested the electronic assessment on two surgical wards and asked us to pre-fill the
bleeding risk questions, which we did>>

- <<S:ward pharmacists designed the post-take check with the haematology consultants>>

- <<S:surgical ward sisters sat on the Clot Stop steering group>>

- <<P:four patients who had experienced a hospital-acquired clot helped write the leaflet and appear in the
video>>

- <<P:the Trust's patient panel reviewed the leaflet and changed the wording of the section on leg
symptoms>>
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I016  resubmission of I011 with light edits - pdf produced by LibreOffice
#       from a Word document with heading styles
# ---------------------------------------------------------------------------
def _derive_i016():
    import copy
    e = copy.deepcopy(I011)
    e.update(
        id="I016", format="pdf", layout="style_headings", project="independent-insulin-11",
        title="Think Glucose Together: making insulin safer in hospital and beyond",
        cover=[
            "Organisation: Westmarsh Teaching Hospitals NHS Trust",
            "Partner organisations: Diabetes Together Westmarsh; Health Innovation Westmarsh and Hollins; Westmarsh Primary Care Collaborative",
        ],
        near_duplicates=["I011"],
        render_via="soffice",
    )
    new_headings = {
        "context": "Context and patient safety goals",
        "evidence": "Evidence of improvement",
        "spread": "Spread and sharing",
        "value": "Value",
        "stakeholders": "Stakeholder involvement",
    }
    edits = [
        ("At Westmarsh Teaching Hospitals, around one in six inpatients has diabetes,",
         "At Westmarsh Teaching Hospitals, around one in six adult inpatients has diabetes,"),
        ("fell from 6.4% of scheduled doses to 1.1%.", "fell from 6.4% of scheduled doses to 0.9%."),
        ("reduced by 48% in the 12 months after the bundle was introduced.",
         "reduced by 51% in the 18 months after the bundle was introduced."),
        ("increased from fewer than 5% to 41%.", "increased from fewer than 5% to 44%."),
        ("have been adopted by two other trusts in the region,",
         "have been adopted by three other trusts in the region,"),
        ("we have spoken about the project at the national diabetes inpatient safety conference.",
         "we have spoken about the project at the national diabetes inpatient safety conference and at two ICB learning events."),
        ("The bundle cost £27,500 to set up,", "The bundle cost £27,500 to set up in 2022,"),
        ("and they co-designed the self-administration policy and the insulin passport in four workshops.",
         "and they co-designed the self-administration policy and the insulin passport in a series of four workshops."),
    ]
    secs = []
    for crit, _h, body in e["sections"]:
        body = "\n\n".join(" ".join(p.split()) for p in body.strip().split("\n\n"))
        for old, new in edits:
            body = body.replace(old, new)
        secs.append((crit, new_headings[crit], body))
    # check every edit applied exactly once somewhere
    joined = "".join(b for _, _, b in secs)
    for _old, new in edits:
        assert new in joined, new
    e["sections"] = secs
    return e


ENTRIES.append(_derive_i016())
