"""Thirty-eighth independent evaluation set (I593..I608) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing regional clinical networks, acute
trusts, ambulance services, universities, charities and the odd private company send in,
in their own voices and at their own length.  The theme of this set is regional clinical
networks and acute trusts (stroke, trauma, cardiac, kidney, critical care) working with
ambulance services, universities and charities.

Topics: transfers from district stroke units to the thrombectomy centre (a stroke network
with the ambulance service), reversing anticoagulants and lowering blood pressure in
bleeding in the brain (a stroke network, formal), posterior circulation strokes missed by
the FAST test (an ambulance service lead, with a university, two columns), sight problems
after stroke (a university orthoptics team, no headings, long), injuries missed after
repatriation from the major trauma centre (a trauma network, a cover table, no value
section), public-access bleed control kits (a bereaved family's charity, lists), pelvic
binders put on by ambulance crews and left on in hospital (a major trauma centre with a
university and an air ambulance charity), autonomic dysreflexia in people with spinal
cord injury admitted to general hospitals (a spinal injuries centre), ECGs sent from the
ambulance to the heart attack centre (a private telemedicine company as primary entrant,
a form), people with NSTEMI waiting to move between two sites of one trust for
angiography (no partner), acute aortic dissection (an aortic network, with appendix),
complications after heart surgery that turn up at local hospitals (results first, no
spread section), screening families after a sudden cardiac death in a young person (a
charity lead, no headings), protecting the fistula arm of people on dialysis (a renal
unit with the ambulance service, short lists), transplant medicines delivered at home (a
private homecare company as primary entrant, a form) and referrals for ECMO in severe
respiratory failure (a critical care network, short).

Build it with

    .venv/bin/python data/independent/build.py --set 38   (writes data/corpus/independent38/)

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
  * not Q: dates, financial years, bed/ward/unit/hospital counts, headcounts, numbers
    trained, activity counts (transfers, calls, referrals, kits, cards, screens, people
    identified), single figures with no baseline, a zero with no earlier figure, figures
    that did not change, budgets, costs and savings estimates, phone numbers, reference
    numbers, targets not yet reached, plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words;
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing), so a measured change told only in the value
    section is tagged Q but still leaves the flag set;
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, volunteers with lived experience, unusual job
    titles, list items), wherever in the entry it is told; a peer adviser with lived
    experience, employed by a partner, who helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, evaluators who only analysed data, audiences at
    launches and meetings that were only updated, surveys and questionnaires after which
    nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; patients' support groups and kidney
patients' associations are patient_group; hospices, air ambulance charities and other
charities are charity; a university is university; a council, including its coroner's
service, is local_authority; telemedicine and homecare medicines companies are
private).  A clinical network hosted by a trust enters as that trust.  A department,
team or site of the entrant's own organisation is not a partner.  Flags are written by
hand and build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I593  transfers from district stroke units to the thrombectomy centre - pdf -
#       own headings - stroke network manager, practical - network host trust
#       with the ambulance service, two district trusts and a stroke survivors'
#       group - survivors, families and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I593", format="pdf", layout="own_headings", topic="stroke_thrombectomy_secondary_transfer",
    project="independent38-notimelost-593", pdf_font="LiberationSans", pdf_align="L",
    title="No Time Lost: faster transfers for stroke thrombectomy across the Westmarch Stroke Network",
    cover=[
        "Lead organisation: Westmarch Teaching Hospitals NHS Foundation Trust, host of the Westmarch Integrated Stroke Delivery Network",
        "Partners: North Westmarch Ambulance Service NHS Trust; Calder Moor Hospitals NHS Trust; Dunstan General Hospital NHS Trust; Stroke Survivors' Voice Westmarch",
        "Entry written by the Stroke Network Manager",
    ],
    primary_entrant=dict(name="Westmarch Teaching Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="North Westmarch Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Calder Moor Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Dunstan General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Stroke Survivors' Voice Westmarch", type="patient_group"),
    ],
    sections=[
        ("context", "Why we needed to act", """
Mechanical thrombectomy, where a clot is pulled out of a large artery in the brain, is one of the most
effective treatments in medicine. For the right patient it can be the difference between going home and
needing care for the rest of their life. But it only works if it is done quickly. Every half an hour of
delay reduces the chance of a good recovery.

In our network thrombectomy is done in one place, the comprehensive stroke centre at Westmarch General,
which has offered it around the clock since 2021. Most people who have a stroke in our area are taken by
ambulance to their nearest hyperacute stroke unit: Westmarch itself, Calder Moor or Dunstan. If the scan at
Calder Moor or Dunstan shows a large vessel blockage, the patient has to be transferred, a journey of 35
to 50 minutes by road.

When we looked at these transfers in 2022, the journey itself was the smallest part of the delay. The
time from the patient arriving at the first hospital to leaving it again (the 'door in, door out' time)
had a median of well over two hours. Patients waited for the CT angiogram to be reported, for the
thrombectomy team to look at the images, for a bed to be agreed, and above all for an ambulance. An
inter-hospital transfer was booked through the same route as any other transfer between hospitals, and
on a busy evening it could be a long way down the list. In the worst case we found, a man of 58 waited
three hours and ten minutes for an ambulance at Dunstan. By the time he reached us the blockage had
caused too much damage to treat.

Nobody was doing anything wrong. The ambulance control room did not know that a stroke transfer was more
urgent than other transfers. The district stroke teams had to make three or four phone calls to get a
decision. The thrombectomy team could not see the scans until they had been sent over by hand.

The network brought the three stroke units, the ambulance service and our survivors' group together in
the autumn of 2022. We agreed four changes, which went live in March 2023:

A thrombectomy transfer has its own dispatch code in the ambulance service's computer system, and it is
treated with the same priority as an emergency call for a suspected stroke.

Where possible, the crew who brought the patient in waits at the district hospital for up to twenty
minutes while the scans are looked at, so that the same crew can take the patient straight on.

All CT scans from the three stroke units go automatically to an image sharing system, so the
interventional neuroradiologist can look at them on a phone or laptop within minutes.

There is a single number for the district stroke teams to ring. One call reaches the thrombectomy
coordinator, who arranges the bed, the team and the ambulance.

None of these ideas is new on its own, and some networks elsewhere were already using one or two of them.
What was different for us was doing all four at once, with every organisation signed up to the same
targets and looking at the same data every month. The network's thrombectomy board, which includes the
ambulance service's head of clinical operations and the clinical leads from all three stroke units,
reviews every transfer that takes longer than 90 minutes from door in to door out. The review is not about
blame. It is about finding the reason, and more than once the reason has turned out to be something
simple that was then fixed across all three sites, such as a scanner room with no phone signal or a
transfer trolley kept in the wrong place.
"""),
        ("evidence", "What has changed", """
We compared the twelve months before the changes (March 2022 to February 2023) with the twelve months
after (March 2023 to February 2024). The figures come from the national stroke audit data for our three
units, the ambulance service's dispatch records and our own thrombectomy register.

<<Q:The median door in, door out time at Calder Moor and Dunstan fell from 142 minutes to 71
minutes.>> <<Q:The share of patients leaving the first hospital within 90 minutes rose from 18% to
63%.>> <<Q:The median time from stroke onset to the start of the procedure for transferred patients came
down from 318 minutes to 241 minutes.>>

Outcomes at three months are harder to measure and the numbers are small, so we are careful with them.
<<Q:The proportion of transferred thrombectomy patients who were independent in their daily lives at 90
days went up from 38% to 47%.>>

In the year after the changes, 186 patients were transferred for thrombectomy, and the crew that brought
the patient in was able to wait and take them on in 121 of those transfers.

We were worried that giving stroke transfers a higher priority might mean longer waits for other
patients, so we asked the ambulance service to keep an eye on this. Response times for other
inter-hospital transfers in the network's area were much the same before and after the change. We also
checked whether the 'crew waits' option was keeping ambulances tied up at the district hospitals for
patients who did not need a transfer. In the months we looked at, crews waited and were then released
on 38 occasions, with an average wait of 14 minutes.

The numbers are still coming in for the second year. Early figures suggest the door in, door out times
have held, although the winter months are always harder, and the one thing that still holds us up on a
bad night is ambulance availability at the very start of a shift change.
"""),
        ("stakeholders", "Who was involved", """
<<P:Members of Stroke Survivors' Voice Westmarch, including two people who had been transferred for
thrombectomy and the wife of a man who had not got there in time, met with us three times while we
planned the changes.>> <<P:They told us that the worst moment for families was being told their relative
was being moved to a hospital forty miles away without knowing where to go or who to ring, so they wrote
the family card that the district stroke nurses now hand over at the bedside.>> <<P:The same group asked
that someone from the thrombectomy centre phones the family once the procedure is over, and this is now
part of the coordinator's checklist.>>

<<S:Paramedics and emergency operations centre dispatchers worked with the stroke consultants to write
the new dispatch code, and it was the dispatchers who suggested the 'crew waits' option, after pointing
out that sending a second ambulance was what caused most of the delay.>> <<S:Stroke nurses at Calder
Moor and Dunstan tested the transfer checklist for six weeks and cut it from two pages to one.>> <<S:CT
radiographers at the district hospitals asked for the scans to be sent to the image sharing system
automatically instead of by hand, which the imaging IT teams set up together.>> <<S:The interventional
neuroradiologists agreed to the single phone number only after they had a say in which questions the
coordinator asks.>>
"""),
        ("value", "Value", """
The image sharing licence costs around £38,000 a year across the network. The coordinator role was
created from an existing band 7 nursing post at Westmarch. The 'crew waits' option has not added
ambulance hours overall, because one ambulance now does a job that used to need two.

A person left dependent after a stroke can need care costing tens of thousands of pounds a year, and the
costs to their family are not only financial. If even a handful of extra people each year go home
independent, the work pays for itself many times over.

Staff at the district units tell us that they no longer spend the first hour after a scan on the phone.
Families say the card and the phone call made a frightening day easier.

There is also a benefit for the thrombectomy team. When the images arrive before the phone call, the
neuroradiologist can say yes or no within minutes, and the team can be in the angiography suite when the
patient arrives rather than being called in from home afterwards. That means fewer late nights wasted on
patients who turn out not to be suitable, and less tiredness for a small team who are on call for the
whole region.
"""),
        ("spread", "Sharing and spreading", """
The dispatch code has been adopted across the whole of the ambulance service's area, which covers a
second stroke network. We have presented the work at the national stroke forum and shared our transfer
checklist and family card with three other networks who have asked for them. The neighbouring network
is now setting up the same single phone number for its two district units.

If we were starting again, the first thing we would do is get the ambulance dispatchers in the room on
day one. For months we assumed the delay was clinical, about scans and decisions, when the biggest single
cause was how transfers were coded in the control room. The people who could see that were not
clinicians at all.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I594  reversing anticoagulants and lowering blood pressure in bleeding in
#       the brain - docx - rubric headings - consultant stroke physician,
#       formal - network host trust with a district trust, the ambulance
#       service and a university - staff involved - no patient involvement
#       (patients and families given a leaflet, the patient panel sent the
#       bundle, feedback that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I594", format="docx", layout="rubric_headings", topic="intracerebral_haemorrhage_care_bundle",
    project="independent38-everyminutebleed-594", docx_font="Cambria",
    title="Every Minute Counts in a Bleed: a network care bundle for intracerebral haemorrhage",
    cover=[
        "Ravensholme University Hospitals NHS Trust, on behalf of the Ravensholme and Eddleston Stroke Network",
        "Partners: Eddleston General Hospital NHS Trust; Fellside Ambulance Service NHS Trust; University of Ravensholme (Centre for Health Data Science)",
        "Submitted by the Clinical Lead for the Stroke Network, Consultant Stroke Physician",
    ],
    primary_entrant=dict(name="Ravensholme University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Eddleston General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Fellside Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="University of Ravensholme", type="university"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Intracerebral haemorrhage (ICH), bleeding into the brain, accounts for around one in eight strokes but a
far larger share of stroke deaths and disability. Unlike ischaemic stroke, there has been no single
dramatic treatment. There is good evidence, however, that a small number of simple measures delivered
early improve outcomes: rapid reversal of anticoagulation in patients taking warfarin or a direct oral
anticoagulant, intensive lowering of blood pressure to a systolic target below 140 mmHg within one hour,
and prompt neurosurgical referral for patients who meet agreed criteria.

An audit of 214 patients with ICH admitted to the two hospitals in our network during 2021 showed that
these measures were delivered late or not at all. Anticoagulant reversal took a median of three and a
half hours from arrival, largely because prothrombin complex concentrate was held in the haematology
laboratory and had to be requested by phone. Only one in five patients reached the blood pressure target
within an hour, as nursing staff in the emergency departments were not able to run the necessary
infusions outside the stroke unit. Ambulance pre-alert calls rarely mentioned whether the patient was
taking an anticoagulant, so the information was often discovered only after the scan. Referral to
neurosurgery, at Ravensholme, was by telephone and the criteria for referral were understood differently
at each site.

The goals of the partnership were to give every eligible patient anticoagulant reversal within 60
minutes of arrival, to reach the blood pressure target within 60 minutes of the start of treatment, and
to ensure every patient meeting the referral criteria was discussed with neurosurgery within the first
hour.

The ABC bundle (Anticoagulant reversal, Blood pressure, Care pathway) was introduced in both hospitals
in May 2022. Prothrombin complex concentrate is now stocked in both emergency departments. A nurse-led
blood pressure protocol allows emergency department nurses to start and titrate intravenous
antihypertensives. Ambulance clinicians ask about anticoagulants on every suspected stroke call and
include it in the pre-alert. Neurosurgical referral is made through an online form with agreed
criteria, and the neurosurgical registrar responds within 30 minutes.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Data were drawn from the national stroke audit, the two emergency departments' electronic records and
the ambulance service's patient records. The University of Ravensholme's Centre for Health Data Science
carried out an independent analysis comparing 2021 with the period June 2022 to May 2024.

<<Q:The median time from arrival to anticoagulant reversal fell from 212 minutes to 68 minutes.>>
<<Q:The proportion of patients reaching the systolic blood pressure target within one hour of the start of
treatment rose from 21% to 64%.>> <<Q:Ambulance pre-alerts for suspected stroke that recorded whether the
patient was taking an anticoagulant increased from 12% to 71%.>>

<<Q:Thirty-day mortality after ICH across the network fell from 34% to 27%, adjusted for age and severity
on arrival.>> We recognise that the confidence interval around this estimate is wide, and we continue to
monitor it.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The bundle documentation, the nurse-led blood pressure protocol and the pre-alert wording have been made
available to all stroke networks in the region. Two neighbouring networks have adopted the emergency
department stocking of prothrombin complex concentrate. The ambulance service has added the
anticoagulant question to its clinical guidance for all suspected strokes across its area, covering five
acute trusts. The work was presented at the European Stroke Organisation Conference in 2024.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The additional cost is modest: holding prothrombin complex concentrate in two emergency departments
leads to some wastage through expiry, estimated at £9,000 a year, and the online referral form was built
by existing trust staff. Against this, survivors of ICH frequently require long periods of inpatient
rehabilitation and ongoing social care, and each death or case of severe disability avoided represents
a substantial saving as well as an incalculable benefit to families.

Emergency department nurses have reported greater confidence in managing these patients. Consultants
at both sites report that the time previously spent telephoning the laboratory and neurosurgery is now
spent at the bedside.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<S:Emergency department nurses at both hospitals worked with the stroke nurse specialists to write the
blood pressure protocol, and at their request the protocol was shortened to a single page with a flow
chart for use at the bedside.>> <<S:Emergency department pharmacists and the haematology laboratory
managers agreed where prothrombin complex concentrate would be stored and how stock would be replaced,
after the pharmacists raised concerns that a shared fridge would lead to stock running out.>>
<<S:Paramedics from the ambulance service's clinical reference group tested the revised pre-alert
script on simulated calls and changed the wording of the anticoagulant question so that patients and
relatives would understand it.>> <<S:Neurosurgical registrars agreed the referral criteria with the
stroke physicians over three meetings.>>

Patients and families are given a leaflet explaining ICH and its treatment. The bundle was sent to the
network's patient and public panel for information. Feedback gathered by the stroke nurses from families
during 2023 was positive and did not lead to any changes. We intend to involve survivors of ICH and
bereaved relatives in the next phase of the work, which will look at rehabilitation and end of life
care.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I595  posterior circulation strokes missed by the FAST test - pdf - two
#       column - ambulance service consultant paramedic, plain - ambulance
#       service with the stroke network host trust, a university paramedic
#       science department and a stroke club charity - survivors and staff
#       involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I595", format="pdf", layout="two_column", topic="posterior_stroke_prehospital_recognition",
    project="independent38-beyondfast-595", pdf_font="LiberationSans",
    title="Beyond FAST: helping ambulance crews recognise strokes that affect balance and vision",
    cover=[
        "Stourmoor and Heath Ambulance Service NHS Trust (lead), with Stourmoor Royal Infirmary NHS Foundation Trust (host of the Stourmoor Stroke Network), Heathmere University (Department of Paramedic Science) and Stourmoor Stroke Club",
        "Entry by the Consultant Paramedic for Stroke and Neurology",
    ],
    primary_entrant=dict(name="Stourmoor and Heath Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Stourmoor Royal Infirmary NHS Foundation Trust", type="nhs_trust"),
        dict(name="Heathmere University", type="university"),
        dict(name="Stourmoor Stroke Club", type="charity"),
    ],
    sections=[
        ("context", "The problem", """
Ambulance clinicians are taught to use FAST (Face, Arms, Speech, Time) to spot a stroke. It works well for
strokes in the front of the brain. It does not work well for strokes at the back of the brain, in the
posterior circulation, which affect balance, coordination and eyesight. These patients may be dizzy,
unsteady, vomiting or seeing double, and they can pass FAST with no problems.

When the stroke network reviewed its patients in 2021, it found that people with posterior strokes were
much less likely to arrive with a pre-alert and much more likely to be taken to an emergency department
without a stroke unit, or left at home with a diagnosis of an inner ear problem or a viral illness. Some
came back a day or two later with a much bigger stroke.

We set out to change what crews look for, without flooding the stroke unit with people who have simple
dizziness. The changes, introduced from September 2022, were: adding balance and eyes to the assessment
(BE-FAST), a short set of 'dizzy questions' in the electronic patient record, direct phone access from the
crew to a stroke nurse at the hyperacute unit for any patient they are not sure about, and teaching from
the paramedic science department at Heathmere University for all frontline crews.
"""),
        ("evidence", "Results", """
The network's stroke data team matched hospital stroke records with our patient records for the
eighteen months before and the eighteen months after the change.

<<Q:Patients with a confirmed posterior circulation stroke who arrived with a stroke pre-alert rose from
29% to 58%.>> <<Q:Patients with a posterior stroke who were first taken to a hospital without a stroke unit
fell from 17% to 7%.>> <<Q:Patients who had been seen by our crews and left at home, and who were then
admitted with a stroke within seven days, went down from 23 to 9.>>

The stroke nurses took 1,260 calls from crews on the direct line in the first year. The proportion of
pre-alerted patients who turned out not to have had a stroke stayed at about a third, the same as before.
"""),
        ("stakeholders", "Involvement", """
<<P:Members of Stourmoor Stroke Club who had posterior strokes told us their stories, and two of them,
both of whom had been told at first that they had an ear infection, agreed to be filmed for the training
video.>> <<P:The club's members also tested the 'dizzy questions' with our paramedic students and asked
us to add 'do you see two of things?', because none of them would have used the words 'double
vision'.>>

<<S:Paramedics from three stations tried BE-FAST for two months and told us it took too long to do the
full balance test in a cramped bathroom, so the final version lets crews skip the walking test if it is
not safe.>> <<S:Stroke nurses at the hyperacute unit agreed to take direct calls from crews and designed
the call script with our clinical hub.>> <<S:Lecturers in paramedic science at Heathmere wrote the
teaching package with the stroke consultants and ran it with crews on every station, changing it after
the first sessions when crews asked for more real case examples.>>
"""),
        ("value", "Value", """
The teaching was delivered within existing training days. The direct line uses the stroke unit's existing
nurse rota. Every posterior stroke treated early instead of late can avoid long-term disability, and an
avoided second stroke after being left at home avoids a long admission and the distress that goes with
it. Crews tell us they feel more confident with dizzy patients, who used to be among the hardest calls
they went to.
"""),
        ("spread", "Spread", """
BE-FAST and the 'dizzy questions' are now part of the ambulance service's stroke guidance for the whole
region. The teaching package is part of the paramedic degree at Heathmere University, and has been shared
with two other universities. We presented the results at the national ambulance research conference in
2024.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I596  sight problems after stroke - docx - no headings - long - university
#       lecturer in orthoptics, first person plural, reflective - university
#       with the acute trust stroke unit and a sight loss charity - stroke
#       survivors and families involved - no staff involvement (ward staff
#       trained, therapists sent a guide, a named coordinator, a plan) - no
#       quantitative evidence (screens done, single figures, falls not
#       compared)
# ---------------------------------------------------------------------------
entry(
    id="I596", format="docx", layout="no_headings", topic="post_stroke_visual_impairment",
    project="independent38-seeingthestroke-596", docx_font="Arial",
    title="Seeing the Stroke: finding sight problems early after stroke in Hallamby",
    cover=[
        "Entered by the University of Hallamby, School of Allied Health (Orthoptics)",
        "In partnership with Hallamby Teaching Hospitals NHS Trust (Hyperacute and Acute Stroke Unit) and Hallamby Sight Loss Society (registered charity)",
        "Written by Dr Ruth Akintola, Senior Lecturer in Orthoptics",
    ],
    primary_entrant=dict(name="University of Hallamby", type="university"),
    partners=[
        dict(name="Hallamby Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Hallamby Sight Loss Society", type="charity"),
    ],
    sections=[
        ("context", None, """
Most people know that a stroke can affect the face, the arm or speech. Far fewer know that around six in
ten stroke survivors have some problem with their sight afterwards. Some lose half of their field of
vision on one side. Some see double, or have eyes that no longer move together. Some have what is called
visual neglect, where the brain simply stops paying attention to everything on one side, so that a
person eats only the food on the right side of the plate or walks into door frames on the left.

These problems are easy to miss. A person who has lost the left half of their vision does not usually
see a black half; they just do not notice what is there, and so they do not complain about it. On a busy
stroke ward, where the focus is rightly on swallowing, walking and speech, sight is often the last thing
anyone thinks about. Before this project, patients on the stroke unit at Hallamby were only seen by an
orthoptist if somebody referred them, and referrals were patchy.

The consequences are real and they are about safety. People with unrecognised visual field loss fall
more, because they bump into things and misjudge steps. They are at risk on the road, as drivers and as
pedestrians. People with neglect can injure the arm on their affected side without noticing. Some go
home and try to go back to driving because nobody has told them that they should not. And they cannot
make the most of their rehabilitation, because the therapist is standing on the side they cannot see.

We became interested in this because our orthoptics students do their clinical placements on the stroke
unit, and they kept telling us about patients who had obvious problems with their sight that nobody had
noticed. One student described a retired bus driver who had been on the ward for nine days and had
fallen twice, both times on his left side. He had lost almost all of the left half of his vision in both
eyes. He had been assessed by several professions, and he had never been asked about his eyesight.

In 2022 we agreed with the stroke unit and the Hallamby Sight Loss Society to try something different.
The idea was simple. Every patient admitted to the stroke unit would have a short vision screen within
72 hours, using a one-page card that can be done at the bedside in five minutes. Anyone with a problem
would then be seen by an orthoptist, usually one of our university clinicians with a final-year student,
on the ward within a week. They would get a proper assessment, an explanation of what was wrong in plain
language, practical advice on safety and, where needed, a referral to the Sight Loss Society for support
after discharge. The Society offers home visits to look at lighting, trip hazards and the layout of the
kitchen, and it runs a peer support group.
"""),
        ("evidence", None, """
We have been running the screening since October 2022. Up to the end of September 2024, 1,137 patients
admitted to the stroke unit were screened, out of 1,402 admissions in that time. Most of those who were
not screened were too unwell, or died, or were transferred before the screen could be done.

Of those screened, 652 had at least one problem with their sight, a little over half. Visual field loss
was the most common problem, followed by eye movement problems and neglect. Our orthoptists saw 611 of
those patients on the ward. The Sight Loss Society received 274 referrals and carried out 198 home
visits.

In an audit of 60 discharge letters in the spring of 2024, the letter mentioned the patient's sight
problem in 49 of them. We do not have an earlier audit of discharge letters to compare this with.

We had hoped to show a difference in falls on the ward, but the stroke unit's falls figures are recorded
for the whole unit and include many patients who had no sight problem, so we cannot separate out the
effect. We also hoped to look at falls and road accidents after discharge, but we were not able to get
access to that information in time for this entry. We will be honest that the strongest evidence we
have is what patients and families have told us, and the number of people who now know about a problem
that would otherwise have gone unnoticed.

It is also worth saying what we found about the screening itself. In the early months, screens were
often missed at weekends and for patients admitted late on a Friday, and some patients were discharged
before the orthoptist could see them. We moved the orthoptic visits so that there is now a Monday morning
session, and we added the screen to the stroke unit's 72-hour checklist, alongside swallowing and
continence. Patients with aphasia, who cannot easily answer questions, were another challenge, and the
card now has a section that can be done by watching the person, for example whether they find objects
placed on each side of the table.

There have been some individual stories that have stayed with us. A woman in her sixties was found at
screening to have a large field loss and was planning to drive home from her daughter's house the week
after discharge. A man with neglect who had burnt his left hand on the kettle at home after an earlier
stroke was given a kettle tipper and a talking kettle by the Sight Loss Society before he went home this
time.
"""),
        ("stakeholders", None, """
<<P:The person who has shaped this work most is Mr Dennis Okafor, the retired bus driver I mentioned above.>>
<<P:After he went home he contacted us, and with his wife Patricia he joined a small group of stroke
survivors and family members that we set up to guide the project.>> <<P:It was Mr Okafor who insisted
that the screening card should include the question 'Have you bumped into anything since your stroke?',
because, as he put it, he would never have said his eyesight was bad, but he would have told anyone that
he kept walking into things.>>

<<P:The group, eight survivors and four relatives, met every two months for the first year, at the
Sight Loss Society's centre, and went through every piece of paper we planned to give to patients.>>
<<P:They rejected our first leaflet because it used words like 'hemianopia' and 'homonymous', and they
rewrote it themselves, with large print, a picture showing what half-vision looks like, and a section
headed 'Can I still drive?' on the front page.>> <<P:Two members of the group who have neglect tested the
bedside card with us and showed us that people with neglect could not find the answer boxes on the left
side of the page, so the boxes are now down the middle.>>

<<P:Volunteers from the Sight Loss Society, all of whom live with sight loss themselves, visited the ward
with our students in the first months and suggested the 'sight side' sign above each bed, which tells
anyone who comes to the bedside which side to stand on.>> <<P:Families told us that they had been the ones
to notice that their relative was missing food on one side of the plate, and asked that the leaflet tell
relatives what to look for, which it now does.>>

On the hospital side, the stroke unit's nurses and healthcare assistants were trained to do the bedside
screen during their induction and at ward teaching sessions, and 86 staff have now been trained. The
physiotherapists and occupational therapists were sent a short guide on working with patients who have
field loss or neglect. The stroke unit's ward manager acts as the link with our team. We would like to
work with the ward team on a version of the screen that can be recorded directly in the electronic
record, and we hope to start that next year.
"""),
        ("value", None, """
The bedside screen takes about five minutes. The orthoptic assessments on the ward are done by our
university clinicians as part of student teaching, so they have not cost the NHS anything so far,
although this is not a long-term arrangement and we are in discussion with the trust about funding a
permanent orthoptist post on the stroke unit. The Sight Loss Society's home visits are paid for by its
own fundraising.

A fall on a stroke ward can mean a fracture, a longer stay and a setback in rehabilitation. A hip
fracture alone costs the NHS many thousands of pounds. A stroke survivor who drives with a field defect
that has never been picked up is a danger to themselves and to others.

For patients and families, the main thing we hear is relief at being given an explanation. One wife told
us that she had thought her husband was being careless, or that he had lost his mind, when he kept
ignoring her if she sat on his left side. Once she understood what was happening she could sit on his
right, and she said it gave her her husband back. Our students also gain a great deal: they see a wide
range of stroke-related sight problems and leave the course with skills they would otherwise only pick
up years into their careers.

The Sight Loss Society has found that stroke survivors are a group it rarely reached before. Its home
visits have often found other hazards too, such as poor lighting on the stairs and rugs that slide, and
it has been able to put people in touch with benefits advice and with its talking books service.
"""),
        ("spread", None, """
We have shared the bedside card and the patient leaflet with the other stroke units in the region
through the stroke network's therapy forum, and one of them has started using the card. The university
has included stroke vision screening in its teaching for nursing and physiotherapy students as well as
orthoptics students. We presented the project at the British and Irish Orthoptic Society's annual
conference and a paper describing the screening results is under review with a journal. The Sight Loss
Society has used the leaflet as the basis for a new page on its website for people who have had a
stroke.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I597  injuries missed after repatriation from the major trauma centre - docx
#       - bold headings with a cover table - trauma network manager, brisk -
#       major trauma centre host trust with two trauma unit trusts and a
#       trauma survivors' group - survivors and staff involved - NO value
#       section
# ---------------------------------------------------------------------------
entry(
    id="I597", format="docx", layout="bold_headings", topic="trauma_repatriation_missed_injuries",
    project="independent38-safelyhome-597", docx_font="Calibri",
    title="Safe Passage Home: stopping injuries and plans being lost when trauma patients are repatriated",
    cover_table=[
        ("Entry title", "Safe Passage Home: stopping injuries and plans being lost when trauma patients are repatriated"),
        ("Lead organisation", "Quarrington University Hospitals NHS Foundation Trust (Major Trauma Centre and host of the Quarrington Major Trauma Network)"),
        ("Partners", "Sallowfield District Hospital NHS Trust; Weirmouth Hospitals NHS Trust; Quarrington Trauma Survivors Network"),
        ("Contact", "Major Trauma Network Manager"),
    ],
    primary_entrant=dict(name="Quarrington University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Sallowfield District Hospital NHS Trust", type="nhs_trust"),
        dict(name="Weirmouth Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Quarrington Trauma Survivors Network", type="patient_group"),
    ],
    sections=[
        ("context", "Background", """
People with major injuries in our region are taken to the major trauma centre (MTC) at Quarrington.
Once the life-threatening injuries have been dealt with, many are moved back ('repatriated') to the
trauma unit at their local hospital, Sallowfield or Weirmouth, to continue their recovery closer to
home. This frees beds at the MTC for the next patient, and it is usually better for patients and
families. But it is a risky moment. A patient with six injuries, three operations and a long list of
plans is handed over to a new team who have never met them.

Our network governance group kept seeing the same problems in incident reports from 2021 and 2022:

- injuries that had been found on the scans or on the tertiary survey (the full head-to-toe check done
once the patient is stable) but were not in the transfer letter, so nobody at the trauma unit followed
them up

- tertiary surveys that had never been done at all, because the patient moved before they were due

- blood thinning injections to prevent clots, and plans for when to restart anticoagulants, lost in
transfer

- weight-bearing instructions and brace plans that the trauma unit physiotherapists could not find

- patients arriving at the trauma unit late in the evening, with no one expecting them

In one case a young woman repatriated to Weirmouth after a car crash had a fractured wrist that had been
seen on a CT scan at Quarrington but was not in her letter. She was mobilised on a frame, putting weight
through the broken wrist, for eight days before she was x-rayed.

The network set up Safe Passage Home in January 2023. Every repatriation now needs a completed
tertiary survey before the patient leaves. The transfer letter is generated from the MTC's electronic
record and lists every injury, every operation, every plan and every outstanding investigation in a
fixed order. The rehabilitation prescription goes with the patient. The MTC trauma coordinator rings
the named trauma unit coordinator before the patient moves, and transfers after 6pm are not allowed
except in an emergency. The trauma unit reviews the patient within 24 hours against the letter and
reports any mismatch back to the MTC.
"""),
        ("evidence", "What difference it made", """
We compared repatriations in 2022 (before) with 2024 (after), using the network's trauma database and a
review of every transfer letter.

<<Q:Repatriated patients with a completed tertiary survey before transfer rose from 54% to 96%.>> <<Q:Injuries
found after repatriation that had already been identified at the MTC but not handed over fell from 31 in
2022 to 6 in 2024.>> <<Q:Transfer letters with a clear plan for clot prevention and anticoagulation went
up from 61% to 98%.>> <<Q:Repatriations arriving after 6pm fell from 27% to 4%.>>

Over 2024, 612 patients were repatriated from Quarrington to Sallowfield and Weirmouth.
"""),
        ("stakeholders", "Involvement of patients, families and staff", """
<<P:Members of the Quarrington Trauma Survivors Network told us what it was like to be moved, and three
of them, two survivors and a mother whose son was repatriated after a motorbike crash, sat on the project
group for the whole of 2023.>> <<P:They asked for a copy of the transfer letter to be given to the patient
in plain language, with a list of 'things that have been found' and 'things still to happen', and this
'My injuries' summary is now printed with every letter.>> <<P:The mother in the group suggested the
evening cut-off, after describing her son's arrival on a dark ward at 11pm with nobody who knew his
name.>>

<<S:Trauma coordinators at all three hospitals designed the phone handover script together and tried it
for a month before it was agreed.>> <<S:Trauma unit physiotherapists from Sallowfield and Weirmouth
asked for weight-bearing status and brace instructions to be at the top of the letter, not at the end,
and the order of the letter was changed.>> <<S:Junior doctors at the MTC, who usually write the letters,
tested the new template and asked for it to pull injuries from the radiology reports automatically,
which the digital team built.>> <<S:Ward pharmacists at both trauma units agreed the clot prevention
section with the MTC's trauma pharmacist.>>
"""),
        ("spread", "Sharing", """
The transfer template and the 'My injuries' summary have been shared with the other major trauma
networks in the region. Two neighbouring networks are using the evening cut-off rule. We presented at
the national trauma conference and the template is available through the network's website.
"""),
    ],
    flags=[dict(code="missing_section", criterion="value")],
)


# ---------------------------------------------------------------------------
# I598  public-access bleed control kits - pdf - bullet lists - founder of a
#       bereaved family's charity, passionate - charity with the council, the
#       police, the ambulance service and the major trauma centre - young
#       people, bereaved families and a survivor involved - no staff
#       involvement (door staff and shop workers trained, officers briefed,
#       call handlers given the kit locations, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I598", format="pdf", layout="bullet_lists", topic="public_bleed_control_kits",
    project="independent38-keepholdingon-598", pdf_font="LiberationSans", pdf_align="L",
    title="Keep Holding On: bleed control kits in Bramcote city centre",
    cover=[
        "Submitted by Keep Holding On (the Kai Mensah Foundation), registered charity",
        "With Bramcote City Council (Community Safety), Bramcote and Wold Police, Wolds Ambulance Service NHS Trust and Bramcote Royal Hospital NHS Trust (Major Trauma Centre)",
        "Written by Grace Mensah, founder and chair of trustees",
    ],
    primary_entrant=dict(name="Keep Holding On", type="charity"),
    partners=[
        dict(name="Bramcote City Council", type="local_authority"),
        dict(name="Bramcote and Wold Police", type="emergency_service"),
        dict(name="Wolds Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Bramcote Royal Hospital NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we started", """
My son Kai was stabbed outside a takeaway in Bramcote city centre in February 2021. He was 17. People
stopped to help him and one of them rang 999 straight away, but nobody there knew how to stop the
bleeding and there was nothing to do it with. He died before the ambulance arrived.

After Kai died we learnt that:

- a person with a major bleed from a stab wound to the leg or arm can die within five minutes

- ambulances cannot always get there in five minutes, however hard they try

- the things that save lives in those minutes (a tourniquet, a special dressing, pressing hard on the wound) can be done by anyone if they have the kit and know what to do

- Bramcote had defibrillators on walls all over the city, but not one public bleed kit

What Keep Holding On has done with our partners since 2022:

- put bleed control kits in locked cabinets, like defibrillator cabinets, in places where stabbings and serious injuries happen: outside pubs, clubs, takeaways, bus stations, the shopping centre and two parks

- registered every cabinet with the ambulance service so that the 999 call handler can tell a caller where the nearest one is and give them the code

- run free 'Stop the Bleed' sessions for anyone, with trainers from the major trauma centre

- worked with schools and youth clubs, because young people are the ones most often there when it happens
"""),
        ("evidence", "What has happened", """
- there are now 146 kits in cabinets across the city centre and the three estates with the most knife crime

- <<Q:the share of 999 calls for stabbings in the city centre where there was a kit within 200 metres went up from 11% in 2022 to 72% in 2024>>

- kits have been opened and used 41 times since the first cabinet went in

- <<Q:at the major trauma centre, the proportion of people with a stab wound to an arm or leg who arrived with a tourniquet or bleeding control dressing already on rose from 3% in 2021 to 19% in 2024>>

- the major trauma centre's surgeons reviewed the 41 uses and found no case where a tourniquet had caused harm

- more than 3,900 people have been to a Stop the Bleed session
"""),
        ("stakeholders", "Who helped", """
- <<P:young people at the Eastgate and Hollins youth clubs chose where the first twenty cabinets should go, walking us round the streets and showing us where fights actually happen, which was often not where the council's maps said>>

- <<P:they also named the kits and designed the cabinet sign, with a picture that means 'bleeding' rather than a first aid cross>>

- <<P:three other mothers who have lost children to knife crime joined our board, and one of them, Mrs Lorraine Shaw, runs our sessions in schools>>

- <<P:a young man who survived a stabbing in 2022 because a friend used his belt as a tourniquet helped us write the instructions inside the kit and asked us to put 'push hard, harder than you think' on the front>>

- door staff at pubs and clubs and workers at takeaways near the cabinets were trained in using the kits

- police officers in the city centre were briefed on where the cabinets are

- ambulance call handlers were given the list of kit locations on their system

- we hope to work with ambulance crews and trauma nurses on a refresher session next year
"""),
        ("value", "Value", """
- a cabinet and kit cost about £420, paid for by our fundraising and a grant from the police and crime commissioner's fund

- the council checks the cabinets along with its defibrillator cabinets, so there is no extra cost for inspections

- one life saved is worth more than every cabinet we have put up

- families tell us it has given them something to do with their grief
"""),
        ("spread", "Spreading it", """
- two other cities in the region have asked for our cabinet specification and session plan

- the ambulance service now registers bleed kits across its whole area in the same way as defibrillators

- we spoke at a national knife crime conference and at the House of Commons in 2024
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I599  pelvic binders put on by ambulance crews and left on in hospital -
#       docx - numbered questions - major trauma consultant, clinical - major
#       trauma centre trust with the ambulance service, a university
#       biomechanics group and an air ambulance charity - staff involved - no
#       patient involvement (patients given a leaflet, the survivors' group
#       told at its annual meeting, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I599", format="docx", layout="numbered_questions", topic="pelvic_binder_placement_removal",
    project="independent38-bindright-599", docx_font="Calibri",
    title="Bind Right, Release Right: safer use of pelvic binders from the roadside to the ward",
    cover=[
        "Lead: Orchard Vale University Hospitals NHS Foundation Trust (Major Trauma Centre)",
        "Partners: Tynefield Ambulance Service NHS Trust; University of Tynefield (School of Engineering, Biomechanics Group); Tynefield and Dales Air Ambulance (charity)",
        "Author: Consultant in Emergency Medicine and Major Trauma",
    ],
    primary_entrant=dict(name="Orchard Vale University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Tynefield Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="University of Tynefield", type="university"),
        dict(name="Tynefield and Dales Air Ambulance", type="charity"),
    ],
    sections=[
        ("context", "1. What was the problem and why did it need a partnership?", """
A broken pelvis after a high-energy injury, such as a car crash or a fall from height, can bleed
heavily. A pelvic binder, a wide belt fastened around the hips, closes the pelvis and helps control the
bleeding. Ambulance and air ambulance crews put one on any patient with a suspected pelvic injury.

Two things were going wrong in our region. First, binders were often put on in the wrong place. A
binder needs to sit over the greater trochanters, the bony points at the top of the thigh. Binders put
on too high, around the waist, do not close the pelvis and can make some fractures worse. When our
radiologists looked at trauma CT scans in 2021, fewer than half of the binders were in the right
position.

Second, once the patient was in hospital, binders were often left on for far too long. If the CT scan
shows no unstable fracture, the binder should come off within hours. If there is a fracture, it should
be replaced by surgical fixation as soon as possible. We found patients who still had binders on two or
three days later, sometimes on a ward where staff did not know whether it was safe to take it off.
Binders left on for long periods cause pressure ulcers over the hips and the sacrum, and several of our
patients developed deep pressure damage.

Neither problem could be solved by one organisation. The crews who put binders on never saw the scan.
The emergency department, radiology and orthopaedic teams had no agreed rule for who takes it off. The
University of Tynefield's biomechanics group had been studying binder placement on volunteers and in
models and had evidence that a simple landmark method would help.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
From March 2022 the ambulance service and the air ambulance adopted the 'find the trochanters, then
bind' method, with a new training video and a pocket card. Every trauma CT report now includes a line
on binder position. An orthopaedic decision on keeping or removing the binder must be recorded within
six hours of the CT, and a binder still on after 24 hours triggers a skin check and a consultant review.

We compared 2021 with the two years to December 2023, using the trauma database, CT reports and
tissue viability records.

<<Q:Binders correctly positioned over the trochanters on the arrival CT rose from 44% to 83%.>> <<Q:Binders
left in place for more than 24 hours without a documented decision fell from 31% of patients to 6%.>>
<<Q:Pressure ulcers caused by pelvic binders went down from nine in 2021 to two in 2023.>>

A total of 738 patients arrived at the MTC with a binder in place over the two years.
"""),
        ("spread", "3. How has the work been shared?", """
The landmark method and pocket card have been adopted by two other ambulance services in the region and
by the national network of air ambulance charities' clinical leads. The biomechanics group has
published its work on binder placement, and the MTC's six-hour decision rule is being adopted by the
trauma units in our network.
"""),
        ("value", "4. What has been the impact on experience and value for money?", """
The training video was made by the air ambulance charity and the university at no cost to the NHS. The
pocket card cost about £1,800 to print. A deep pressure ulcer can add weeks to a hospital stay and
cost tens of thousands of pounds to treat. Crews say the landmark method is quick and gives them
confidence, and ward nurses say that they now know whether they can take a binder off.
"""),
        ("stakeholders", "5. Who was involved, and how?", """
<<S:Paramedics and air ambulance critical care paramedics practised the landmark method on volunteers in
the university's biomechanics laboratory, and it was the crews who asked for the pocket card to show a
photograph of the correct position on a person lying on a spinal board, not standing up.>>
<<S:Consultant radiologists agreed to add binder position to every trauma CT report after the
emergency department registrars showed them that the information was on the scan but never written
down.>> <<S:Orthopaedic registrars and trauma nurses wrote the six-hour decision rule together, and the
tissue viability nurses suggested the 24-hour skin check after reviewing the pressure ulcer cases.>>
<<S:Engineers and researchers in the biomechanics group worked with the air ambulance's education team
to design the training video.>>

All patients who have had a binder are given a leaflet explaining why it was used. The Tynefield trauma
survivors' group was told about the project at its annual meeting. We plan to ask patients about their
experience of having a binder in the next phase.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I600  autonomic dysreflexia in people with spinal cord injury admitted to
#       general hospitals - pdf (via Word) - style headings - spinal injuries
#       centre outreach nurse, warm - spinal injuries centre host trust with
#       the ambulance service, two district trusts and a spinal injury charity
#       - people with spinal cord injury, peer advisers and staff involved -
#       no quantitative evidence (cards and alerts counted, a single audit
#       figure; a measured change only in the value section)
# ---------------------------------------------------------------------------
entry(
    id="I600", format="pdf", layout="style_headings", topic="spinal_cord_injury_autonomic_dysreflexia",
    project="independent38-knowmyspine-600", render_via="soffice", docx_font="Liberation Serif",
    title="Know My Spine: safer care for people with spinal cord injury in general hospitals and ambulances",
    cover=[
        "Pennford Hospitals NHS Foundation Trust, Pennford Regional Spinal Injuries Centre (lead)",
        "Partners: Pennford and Marsh Ambulance Service NHS Trust; Marshfield General Hospital NHS Trust; Spinal Life Pennford (charity)",
        "Written by the Spinal Cord Injury Outreach Nurse Specialist",
    ],
    primary_entrant=dict(name="Pennford Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Pennford and Marsh Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Marshfield General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Spinal Life Pennford", type="charity"),
    ],
    sections=[
        ("context", "Why we did this", """
About 2,300 people who live in our region have a spinal cord injury and are followed up by the Pennford
Regional Spinal Injuries Centre. Most of the time, when they become unwell, they are taken to their
nearest emergency department, not to us. That is right: we are a long way from many of them and we do not
have an emergency department. But general hospitals and ambulance crews see people with spinal cord
injury only occasionally, and some of the things that matter most are easy to get wrong.

The most dangerous is autonomic dysreflexia. In people with an injury at the level of the sixth thoracic
vertebra or above, a problem below the injury that they cannot feel, such as a full bladder, a blocked
catheter, constipation, an ingrowing toenail or a tight shoe, can cause a sudden, very high blood
pressure. They may have a pounding headache, flushing and sweating above the injury. Left untreated it
can cause a stroke, a fit or death. The treatment is simple: sit the person up, find and remove the
cause, and give medicine to bring the blood pressure down if that does not work. But many clinicians have
never seen it. People with spinal cord injury told us of being laid flat on a trolley, being told their
blood pressure 'must be a faulty reading', or waiting hours with a blocked catheter.

There were other problems too. People were left on hard trolleys and ambulance stretchers for hours
without being turned, because the staff did not realise they could not feel pressure. Bowel care
routines, which people have usually managed at home for years, were stopped on admission. And people
who need a particular type of catheter or bowel care were told the hospital did not stock it.

In 2022 we started Know My Spine with the ambulance service, our nearest general hospital at Marshfield
and Spinal Life Pennford, the local spinal injury charity. The parts of the project are: a credit card
sized 'My Spine' card with the person's level of injury, their usual blood pressure and what to do if
they have autonomic dysreflexia; a flag on the ambulance service's system for people who have agreed to
it, so that crews see a short care note on their tablet before they arrive; an autonomic dysreflexia
kit and protocol in the Marshfield emergency department; and a direct phone line from any hospital in the
region to our outreach nurses, seven days a week.
"""),
        ("evidence", "What we have achieved", """
Since the card was launched in May 2022 we have sent out 1,480 'My Spine' cards, and 912 people have
agreed to have a flag on the ambulance service's system. The outreach phone line has taken 517 calls
from hospitals, 214 of them from emergency departments.

The Marshfield emergency department has had an autonomic dysreflexia kit since September 2022, and it
has been opened 19 times. In an audit of 40 admissions of people with spinal cord injury to Marshfield
in 2024, 33 had their usual bowel care continued from the day of admission.

We have had no reports of serious harm from autonomic dysreflexia in a patient who had a card or a flag
since the project started. We do not have reliable figures from before the project, because autonomic
dysreflexia was often not recorded as such.
"""),
        ("stakeholders", "Working together", """
<<P:Members of Spinal Life Pennford, all of whom live with a spinal cord injury, told us what had gone
wrong for them in hospital, and it was their idea to make the card small enough to keep with a bank card
in a wallet or on the back of a wheelchair.>> <<P:Twelve members tested three designs of the card and
chose the one with the red 'Emergency: I may get autonomic dysreflexia' strip across the top.>>
<<PS:The charity's two peer advisers, who are employed by Spinal Life Pennford and both have high-level
injuries, co-wrote the care note that ambulance crews see and the first page of the emergency department
protocol, so that it tells staff to listen to the patient first.>>

<<S:Paramedics from the ambulance service's clinical development team tested the care note on their
tablets and asked for it to fit on one screen without scrolling, which meant cutting it by half.>>
<<S:Emergency department nurses at Marshfield chose what went into the autonomic dysreflexia kit and
asked for a set of larger blood pressure cuffs and a catheter pack after their first two cases.>>
<<S:Our own outreach nurses and the ward sisters at Marshfield agreed together the rule that a patient's
own bowel care routine continues from day one unless a doctor writes otherwise.>>
"""),
        ("value", "Value and experience", """
The cards cost around £2,000 to print. The ambulance flags use an existing system. The emergency
department kit costs less than £100 to put together. The outreach line is covered by our existing
outreach nurses.

The benefit we can see most clearly is in pressure damage. <<Q:Pressure ulcers that developed in people
with spinal cord injury during an admission to Marshfield fell from 11 in 2022 to 4 in 2024.>> A
pressure ulcer in a person with a spinal cord injury can mean months of bed rest and, in the worst
cases, surgery. People tell us they feel listened to. One man said that for the first time he handed
over his card and the nurse said, 'Right, tell me what you need.'
"""),
        ("spread", "Spreading the work", """
The card and the care note are available to all spinal injuries centres through the national spinal
cord injury network. Two other ambulance services have asked to use the care note. The Marshfield
protocol is being adopted by the other four emergency departments in our region during 2025, and Spinal
Life Pennford is sharing the card through the national spinal injury charities.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I601  ECGs sent from the ambulance to the heart attack centre - docx - form
#       table - PRIVATE telemedicine company is the primary entrant, with the
#       ambulance service and the heart attack centre's trust as partners
#       (ineligible) - company clinical director, businesslike - staff
#       involved - no patient involvement (patients' ECGs sent, a heart
#       support group given a demonstration, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I601", format="docx", layout="form_table", topic="prehospital_ecg_transmission_stemi",
    project="independent38-straighttothelab-601", docx_font="Calibri",
    title="Straight to the Lab: ambulance ECGs read by the heart attack centre before the patient arrives",
    cover_table=[
        ("Title of entry", "Straight to the Lab: ambulance ECGs read by the heart attack centre before the patient arrives"),
        ("Lead organisation", "CardioLink Telehealth Ltd"),
        ("Partner organisations", "Kestrel Coast Ambulance Service NHS Trust; Harbourne University Hospitals NHS Trust (Harbourne Heart Attack Centre)"),
        ("Name and role of entrant", "Dr Martin Selby, Clinical Director, CardioLink Telehealth Ltd"),
    ],
    primary_entrant=dict(name="CardioLink Telehealth Ltd", type="private"),
    partners=[
        dict(name="Kestrel Coast Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Harbourne University Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
In an ST elevation myocardial infarction (STEMI), a coronary artery is completely blocked and heart
muscle is dying. The best treatment is primary percutaneous coronary intervention (PPCI), opening the
artery with a balloon and stent, as quickly as possible. In the Kestrel Coast area, PPCI is provided by
one heart attack centre at Harbourne, which serves a long coastline with two smaller hospitals that do
not have a catheter laboratory.

Ambulance clinicians record a 12-lead ECG on every patient with chest pain. Before 2022, if they thought
it showed a STEMI they phoned the heart attack centre and described it. The cardiology registrar had to
decide on the basis of the description whether to accept the patient directly. This led to two kinds of
error. Some patients with a true STEMI were taken to the nearest emergency department instead, because
the ECG changes were subtle or the call could not be got through, and then had to be transferred, losing
an hour or more. And some patients were taken straight to the catheter laboratory with ECGs that turned
out not to show a STEMI, tying up the team and occasionally leaving a patient with another serious
condition, such as an aortic dissection, in the wrong place.

CardioLink provides cloud-based ECG transmission and a reading platform. In partnership with the
ambulance service and the heart attack centre, we put transmission on all 148 of the ambulance service's
ECG monitors from April 2022. Any ECG the crew is concerned about is sent to the heart attack centre,
where it appears on a screen in the coronary care unit and on the on-call cardiologist's phone. The
cardiologist reviews it and calls the crew back, usually within five minutes, to accept or decline the
patient.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
We compared the year before transmission (April 2021 to March 2022) with the two years after.

<<Q:The median time from the 999 call to the artery being opened fell from 128 minutes to 96
minutes.>> <<Q:Patients with a confirmed STEMI who were taken to a hospital without a catheter laboratory
first fell from 17% to 5%.>> <<Q:Catheter laboratory activations for patients who turned out not to
need PPCI fell from 22% to 9% of activations.>>

Over the two years, 11,460 ECGs were transmitted, and the median time from transmission to a call back
to the crew was four minutes.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:Paramedics from four ambulance stations piloted the system for three months and told us that waiting
by the monitor for a call back was not safe when they needed to get moving, so the call back now goes to
the crew's radio handset.>> <<S:Coronary care nurses asked for an alarm when a new ECG arrived at night,
because the screen was not always being watched, and this was added.>> <<S:Interventional cardiologists
and the ambulance service's clinical leads agreed together which ECG findings mean 'bring straight to
the lab', and the cardiologists changed the list twice after reviewing cases where patients were
declined.>>

Patients are told by the crew that their ECG is being sent to the hospital. The Harbourne Heart Support
Group was given a demonstration of the system in 2023. We plan to ask patients and families about their
experience of being taken directly to the heart attack centre.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The system is provided under a five-year contract with the ambulance service, at a cost of about
£210,000 a year including the reading platform and support. Each avoided inter-hospital transfer saves
an ambulance journey of up to two hours. Fewer unnecessary catheter laboratory activations mean the
on-call team is less often called in at night. Paramedics say they value getting a decision from a
cardiologist who has seen the ECG rather than a conversation over a bad phone line.
"""),
        ("spread", "How has the work been shared and spread?", """
The ambulance service has extended transmission to the stroke pathway for sharing clinical photographs.
A neighbouring ambulance service is in procurement for the same system. We presented the results with
the heart attack centre at the British Cardiovascular Society conference in 2024.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I602  people with NSTEMI waiting to move between two sites of one trust for
#       angiography - pdf - CAPS headings - cardiology matron, plain -
#       cardiology at two sites, the patient flow team and the trust's own
#       transport team, ONE trust, no partner organisation (ineligible) -
#       staff involved - no patient involvement (patients given a leaflet,
#       survey scores unchanged, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I602", format="pdf", layout="caps_headings", topic="nstemi_interhospital_transfer_wait",
    project="independent38-nextdayheart-602", pdf_font="DejaVuSans", pdf_align="L",
    title="HEART OF THE MATTER: cutting the wait for angiography for people with NSTEMI at Ebbsfield",
    cover=[
        "LINDHOLME AND EBBSFIELD HOSPITALS NHS TRUST",
        "A joint project of the Cardiology Departments at Lindholme General Hospital (cardiac centre) and Ebbsfield Community Hospital, the Patient Flow Team and the Trust Inter-site Transport Service",
        "CONTACT: Matron for Cardiology, both sites",
    ],
    primary_entrant=dict(name="Lindholme and Ebbsfield Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "THE PROBLEM", """
A non-ST elevation myocardial infarction (NSTEMI) is a heart attack where the artery is usually not
completely blocked. National guidance says that most people with an NSTEMI should have a coronary
angiogram, and treatment if needed, within 72 hours of arriving in hospital. Waiting longer increases
the risk of a further heart attack, dangerous heart rhythms and death, and keeps people in a hospital
bed for days.

Our trust has two main sites, 28 miles apart. The cardiac catheter laboratories are at Lindholme
General Hospital. Patients with an NSTEMI who come in at Ebbsfield must be moved to Lindholme for their
angiogram and then brought back. In 2022 the median wait from admission at Ebbsfield to angiography was
8.5 days. Some patients waited more than two weeks. During the wait, a number of patients had a further
heart attack or a cardiac arrest at Ebbsfield, where there is no catheter laboratory.

A review in late 2022 found that patients at Ebbsfield were added to the catheter laboratory list only
when a consultant remembered to phone, that there was no agreed way of prioritising them against
patients already at Lindholme, that beds at Lindholme were often not available for them, and that the
trust's inter-site transport had no slot for them on the day.

From February 2023 we introduced: an electronic referral from Ebbsfield that puts the patient straight
onto the Lindholme list; a daily 'heart huddle' at 8.30am between the two cardiology teams, the patient
flow team and the transport service; two ring-fenced 'day case' angiography slots every weekday for
Ebbsfield patients, so they can go to Lindholme and come back the same day without needing a bed; and a
dedicated morning transport run.
"""),
        ("evidence", "THE RESULTS", """
We compared February 2022 to January 2023 with February 2023 to January 2024.

<<Q:The median wait from admission at Ebbsfield to angiography fell from 8.5 days to 3.1 days.>> <<Q:The
proportion of Ebbsfield patients having angiography within 72 hours rose from 19% to 68%.>> <<Q:Patients
who had a further cardiac event while waiting at Ebbsfield fell from 7% to 3%.>> <<Q:The average length
of stay for NSTEMI patients admitted at Ebbsfield went down from 11.2 days to 6.4 days.>>

In the second year, 352 patients had angiography through the day case slots.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Cardiology nurses at Ebbsfield designed the electronic referral with the trust's clinical systems
team after pointing out that the old paper form was often left in a tray over the weekend.>> <<S:The
catheter laboratory team at Lindholme suggested the day case slots, because they had space after the
morning elective list that was being lost when patients did not arrive.>> <<S:Patient flow coordinators
and the inter-site transport drivers agreed the time of the morning run together, after the drivers
explained that an earlier pick-up meant patients arrived before the laboratory was ready.>>

Patients are given a leaflet explaining the day case trip and what to bring. Inpatient survey scores for
cardiology at Ebbsfield were the same before and after the change. We would like to talk to patients who
have made the trip about how it could be improved.
"""),
        ("value", "VALUE", """
The changes used existing staff and transport. Shorter stays at Ebbsfield have freed around 1,700 bed
days a year, worth well over half a million pounds. Consultants say the huddle has ended the daily round
of phone calls between the two sites.
"""),
        ("spread", "SPREAD", """
The same huddle and referral system is now being used for Ebbsfield patients who need pacemakers. We
have shared the work with the regional cardiac network.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I603  acute aortic dissection - pdf - with appendix - long - aortic network
#       clinical lead, thoughtful - cardiothoracic centre trust with the
#       ambulance service, a district trust and an aortic dissection charity -
#       survivors, families and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I603", format="pdf", layout="with_appendix", topic="acute_aortic_dissection_pathway",
    project="independent38-thinkaorta-603", pdf_font="LiberationSerif", pdf_align="L",
    title="Think Aorta: faster diagnosis and transfer for acute aortic dissection across the Cressmoor Aortic Network",
    cover=[
        "Lead entrant: Cressmoor University Hospitals NHS Foundation Trust (Cressmoor Heart and Lung Centre, host of the Cressmoor Aortic Network)",
        "Partners: Three Rivers Ambulance Service NHS Trust; Holtby General Hospital NHS Trust; Aortic Dissection Support Cressmoor (registered charity)",
        "Prepared by the Clinical Lead for the Aortic Network, Consultant Cardiothoracic Surgeon",
    ],
    primary_entrant=dict(name="Cressmoor University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Three Rivers Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Holtby General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Aortic Dissection Support Cressmoor", type="charity"),
    ],
    sections=[
        ("context", "Why the partnership was needed", """
Acute aortic dissection is a tear in the inner wall of the aorta, the main artery leaving the heart.
Blood forces its way between the layers of the wall. Without treatment, a dissection of the ascending
aorta (type A) kills around half of patients within the first two days, and the risk of death rises
with every hour. Emergency surgery saves most of them. But the dissection has to be thought of first,
and it often is not.

The symptoms can look like many other things: a heart attack, a kidney stone, a slipped disc, a panic
attack. The classic 'tearing' pain is often absent. In national reviews of deaths, around a third of
people with dissection were first diagnosed with something else, and some were sent home. The diagnosis
is made with a CT scan of the aorta, which is quick and available in every emergency department, but
only if somebody asks for it.

In our network, all aortic surgery is done at the Cressmoor Heart and Lung Centre. Patients are seen
first at one of five emergency departments, including Holtby General, our busiest referring hospital,
which is 45 miles away. When we reviewed every dissection in the network between 2018 and 2021, we found
that the median time from arrival at a referring emergency department to diagnosis was just under five
hours, that a number of patients had been given clot-busting or blood-thinning drugs for a suspected
heart attack before the diagnosis was made, which makes surgery far more dangerous, and that once the
diagnosis was made there was a further wait of up to three hours for an ambulance to Cressmoor. Some
patients died in the referring hospital or on the way.

The families of those patients were asking us why. Aortic Dissection Support Cressmoor, a charity set up
by survivors and bereaved relatives in 2019, had collected more than forty stories from local families,
and they approached the network in 2021. Their message was simple: 'Nobody thought of it.'

We set up Think Aorta in April 2022 with the charity, the ambulance service and Holtby General as the
first referring hospital. The main parts are:

- a 'think aorta' prompt in the ambulance service's chest pain assessment and in the emergency department
chest pain pathway at Holtby, asking staff to consider dissection in anyone with sudden severe chest,
back or abdominal pain, and to record a risk score

- a rule that patients with a high risk score have a CT aortogram before any clot-busting or
blood-thinning drug is given, unless a STEMI is clear on the ECG

- a single phone number that connects the emergency department to the on-call aortic surgeon, who can
see the CT images straight away

- a 'time-critical transfer' category with the ambulance service for confirmed type A dissection, with a
target of a vehicle at the door within 30 minutes, and a protocol for controlling blood pressure and heart
rate on the way

- an education programme for emergency department staff at all five hospitals, led by the charity's
survivors together with our surgeons
"""),
        ("evidence", "Evidence of improvement", """
The aortic network keeps a register of every patient with acute aortic dissection in the network. We
compared the four years before Think Aorta (2018 to 2021) with the two and a half years from April 2022 to
September 2024. We have looked at Holtby General separately, because it was the first site, and at the
network as a whole.

<<Q:At Holtby General, the median time from arrival to diagnosis of dissection fell from 4 hours 50
minutes to 1 hour 55 minutes.>> <<Q:Across the network, the proportion of patients with dissection who
were given a clot-busting or blood-thinning drug before the diagnosis was made fell from 19% to 4%.>>
<<Q:The median time from diagnosis to arrival at Cressmoor for type A dissection went down from 2 hours 40
minutes to 1 hour 10 minutes.>>

<<Q:Patients with type A dissection who died before reaching the operating theatre fell from 14 of 71 in
the earlier period to 3 of 48.>> These are small numbers and the earlier period was longer, so we present
them with caution, but the change is in the direction that matters most.

The 'think aorta' prompt has been completed on more than 26,000 ambulance chest pain records since it was
introduced. The number of CT aortograms requested at Holtby has risen, as we expected, and the proportion
that show a dissection has stayed at around 3%, which suggests that emergency department doctors are
using the risk score rather than scanning everybody.
"""),
        ("stakeholders", "Who was involved and how", """
<<P:Aortic Dissection Support Cressmoor has been a full partner from the start: its chair, who survived a
type A dissection in 2016, sits on the network board, and its members reviewed every part of the
pathway before it went live.>> <<P:Survivors from the charity helped us write the 'think aorta' prompt in
words that ambulance clinicians would recognise, and insisted that it mention pain that moves, pain in the
back between the shoulder blades and fainting, because those were the things their own clinicians had
missed.>> <<P:A woman whose husband died at Holtby in 2020, after being treated for a heart attack, asked
that every case of dissection in the network is reviewed with the family invited to take part, and we now
do this.>> <<P:The charity's members also co-present the education sessions, telling their own stories
before the surgeons talk about the clinical detail, and staff tell us it is the part they remember.>>

<<S:Emergency department consultants and nurses at Holtby worked with our surgeons to choose a risk
score that could be done in two minutes at triage, after trying two longer scores that staff found too
slow.>> <<S:Ambulance clinicians on the service's cardiac clinical group tested the prompt on their
tablets for two months and asked for it to appear automatically after any chest pain ECG, rather than as
a separate form.>> <<S:Radiographers and radiologists at Holtby agreed a protocol so that a CT aortogram
requested under the pathway is done within 30 minutes, and the radiographers suggested the images are
sent to Cressmoor automatically.>> <<S:Ambulance dispatchers and the aortic surgeons agreed the
time-critical transfer category together, and the critical care paramedics wrote the protocol for
controlling blood pressure during the journey.>>
"""),
        ("value", "Value", """
Think Aorta has cost relatively little. The phone line and image sharing use systems the network already
had. The education sessions are delivered by our surgeons and the charity's volunteers, and the charity
has paid for printed materials and the film used in training. The main cost is the time-critical
ambulance transfers, which take a vehicle out of service for about three hours, but there are only around
40 a year.

Each death avoided is a life that can go on for decades: most survivors of surgery return to normal
life. Avoiding clot-busting drugs in people with a dissection avoids catastrophic bleeding in theatre,
which uses large amounts of blood products and intensive care time.

Emergency department staff at Holtby tell us that they feel they have permission to scan when they are
worried, and a quick answer from a surgeon when they do. Families who have lost someone tell us that
taking part in the reviews has given them a purpose.
"""),
        ("spread", "Spread", """
Think Aorta was extended to the other four emergency departments in the network during 2023, and the
ambulance service has added the prompt to its chest pain assessment across its whole area. The network
has shared the pathway with the national aortic dissection collaborative and two other aortic networks
are adopting the time-critical transfer category. The charity has produced an information card which
survivors give to their families, because relatives of people with dissection may be at higher risk.
"""),
    ],
    trailer=[
        ("heading", "Appendix: definitions and data sources"),
        ("para", "Type A dissection involves the ascending aorta and usually needs emergency surgery. Type B dissection involves only the descending aorta and is usually treated with medicines or a stent. CT aortogram: a contrast CT scan of the whole aorta. Risk score: the aortic dissection detection risk score, using features of the patient's history, the pain and the examination."),
        ("para", "Times to diagnosis and transfer are from the Cressmoor Aortic Network register, checked against the emergency department and ambulance records. Ambulance prompt figures are from Three Rivers Ambulance Service's electronic patient record. Deaths before theatre include deaths in the referring hospital and during transfer."),
        ("para", "Contact: Aortic Network Office, Cressmoor Heart and Lung Centre, Infirmary Road, Cressmoor CR3 9HL."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I604  complications after heart surgery that turn up at local hospitals -
#       docx - reordered (results first) - cardiac surgery advanced nurse
#       practitioner, friendly - cardiothoracic centre trust with two district
#       trusts and a heart support group - patients, families and staff
#       involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I604", format="docx", layout="reordered", topic="post_cardiac_surgery_complications_local_hospitals",
    project="independent38-oneringback-604", docx_font="Cambria",
    title="One Ring Back: a direct line to the heart surgery team for patients who become unwell after going home",
    cover=[
        "Granby Royal Hospitals NHS Trust, Granby Cardiothoracic Centre (lead)",
        "With Lowfell General Hospital NHS Trust, Northfold District Hospital NHS Trust and Granby Heart Support Group",
        "Written by Sam Whitlock, Advanced Nurse Practitioner in Cardiac Surgery",
    ],
    primary_entrant=dict(name="Granby Royal Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Lowfell General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Northfold District Hospital NHS Trust", type="nhs_trust"),
        dict(name="Granby Heart Support Group", type="patient_group"),
    ],
    sections=[
        ("evidence", "What we achieved", """
<<Q:In the two years since One Ring Back started, patients readmitted to a local hospital within 30 days
of heart surgery who were discussed with our team on the day they arrived went from about 1 in 4 to 9 in
10.>> <<Q:Serious complications that were diagnosed late, such as fluid around the heart (tamponade) and
deep wound infections, fell from 17 in 2021/22 to 5 in 2023/24.>> <<Q:Patients who had to be transferred
back to Granby as an emergency after a delay of more than 24 hours at a local hospital went down from 23
to 8.>>

The advice line has taken 1,310 calls since October 2022, about two thirds of them from patients and
families and a third from local hospital staff.
"""),
        ("context", "Why we did it", """
We do around 1,300 heart operations a year at Granby: bypass grafts, valve replacements and repairs. Most
patients go home five to seven days later. The first six weeks after heart surgery are a vulnerable
time. A small number of people develop complications after they have gone home: fluid collecting around
the heart, irregular heart rhythms, wound infections, fluid on the lungs, or problems with their blood
thinning tablets after a valve replacement.

Most of our patients live nearer to Lowfell or Northfold than to us, so when they become unwell at home
they go to their local emergency department. Those hospitals do not have cardiac surgeons, and the staff
see these complications only now and then. Before 2022, the local team had to work out for themselves
whether to call us, and then get through our switchboard to an on-call registrar who might be in
theatre. Patients told us of being treated for a chest infection for several days when they actually
had fluid around the heart, or of being sent home with antibiotics for a wound that was deeply
infected.

One Ring Back started in October 2022. Every patient leaves Granby with a card giving a single number
that reaches a cardiac surgery advanced nurse practitioner 24 hours a day. The same number is on every
discharge letter, and local emergency departments have it on their referral page. If a patient who had
surgery with us in the last 90 days arrives at Lowfell or Northfold, the emergency department calls us
the same day, and we can see their scans and blood tests remotely and advise, arrange a transfer or
visit. Patients and families can ring the line themselves if they are worried, before they go anywhere.
"""),
        ("stakeholders", "Who was involved", """
<<P:The idea came from the Granby Heart Support Group, whose members told us at one of their monthly
meetings that the hardest part of recovery was not knowing whether a symptom was normal, and not being
able to reach anyone who knew about their operation.>> <<P:Four members of the group, including a man
who had been treated for a chest infection at Northfold for four days before his tamponade was found,
worked with us on what the card should say, and they chose to list the five warning signs on the back
in their own words.>> <<P:Partners and family members in the group asked for the line to be open to them
too, not only to patients, because they were often the ones who noticed something was wrong.>>

<<S:Emergency department consultants at Lowfell and Northfold told us what information they needed when
they rang, and they helped write the short checklist the advanced nurse practitioners now use on every
call.>> <<S:Our advanced nurse practitioners designed the rota for the line and tried it out for two months
during the day only before taking it to 24 hours.>> <<S:Acute medical teams at both local hospitals
asked for a way of seeing our operation notes, and the digital teams of the three trusts set up shared
access to the Granby record for these patients.>>
"""),
        ("value", "Value", """
The line is staffed by our existing team of advanced nurse practitioners, with one extra post funded by
the trust. Each late-diagnosed complication can mean intensive care, a return to theatre and weeks in
hospital, and some of these patients die. Many calls are dealt with by reassurance or advice to see the
GP, which avoids a trip to an emergency department altogether.

Patients and families tell us the card makes them feel they have not been cast adrift once they leave.
Local emergency department doctors say that being able to speak to someone who knows the patient makes a
big difference to their confidence.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I605  screening families after a sudden cardiac death in a young person -
#       pdf - no headings - family support manager of a bereaved families'
#       charity, first person, gentle - charity with the acute trust's
#       inherited cardiac conditions service and the council's coroner's
#       service - bereaved families involved - no staff involvement (coroner's
#       officers trained, pathologists sent a protocol, a named nurse doing
#       her job, GPs informed, a plan) - no quantitative evidence (families
#       referred and relatives seen, single figures, no earlier count)
# ---------------------------------------------------------------------------
entry(
    id="I605", format="pdf", layout="no_headings", topic="sudden_cardiac_death_family_screening",
    project="independent38-nofamilyalone-605", pdf_font="LiberationSerif", pdf_align="L",
    title="No Family Left Wondering: heart screening for relatives after a young person dies suddenly",
    cover=[
        "Lead: Young Hearts Remembered (registered charity)",
        "Partners: Easterby University Hospitals NHS Trust (Inherited Cardiac Conditions Service and Cellular Pathology); Easterby County Council (Coroner's Service)",
        "Entry written by Helen Marsh, Family Support Manager",
    ],
    primary_entrant=dict(name="Young Hearts Remembered", type="charity"),
    partners=[
        dict(name="Easterby University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Easterby County Council", type="local_authority"),
    ],
    sections=[
        ("context", None, """
Every week in the UK, young people who seemed fit and well die suddenly because of a heart condition
nobody knew they had. Many of these conditions, such as cardiomyopathies and disorders of the heart's
electrical rhythm, run in families. When a young person dies in this way, their parents, brothers and
sisters and children may carry the same condition. If they are tested, a condition can be found and
treated, with medicines, lifestyle advice or an implanted defibrillator, and further deaths can be
prevented. If they are not, the next death may be the first sign.

Young Hearts Remembered was set up in 2015 by families in Easterby who had each lost a son or daughter
in this way. In almost every case, the families told the same story. After the death there was a
post-mortem and an inquest. The post-mortem found the heart looked normal, or that there was a possible
heart condition, and the family heard nothing more. Nobody told them that they should be checked. Some
found out years later, from the internet or from another family. One mother only learnt that her son's
condition could be inherited when her daughter collapsed at school three years after his death.

The problem was that nobody owned this step. The coroner's job is to establish the cause of death, not
to arrange care for the living. The pathologist reports to the coroner. The inherited cardiac conditions
(ICC) service at Easterby University Hospitals could see families, but only if somebody referred them,
and it did not know the deaths had happened. GPs often did not know either, as the person who died may
have been registered with a different practice from their relatives.

In 2021 we sat down with the coroner's service and the ICC service and agreed a pathway. When a person
aged 1 to 40 dies suddenly and a cardiac cause is possible, the coroner's officer tells the family about
the ICC service and, with the family's permission, sends their details to the ICC nurse. The
pathologist keeps a sample for genetic testing and sends the heart to a specialist cardiac pathologist
when needed. The ICC nurse contacts the family within four weeks, and every close relative is offered an
appointment for heart tests. Our charity offers every family a support worker from the first contact,
someone who has been through the same loss, and pays for travel to appointments where it is needed.
"""),
        ("evidence", None, """
Since the pathway started in June 2021, 63 sudden deaths of young people have been referred by the
coroner's service to the ICC service. Every one of these families has been contacted. So far 211
relatives have been seen in the ICC clinic.

An inherited heart condition has been found in 29 relatives, from 17 families. Eleven have started
medicines and four have had an implanted defibrillator fitted. Genetic testing on the stored sample has
been done for 38 of the people who died, and in 12 a genetic cause was found, which means relatives can
now have a simple blood test to show whether they carry it.

We do not know how many families were referred before the pathway, because nobody kept count, and the
families in our charity believe that it was very few. We cannot yet say that any deaths have been
prevented, and because these deaths are rare it will take many years before anyone could show that. But
we know of 29 people who are now being looked after for a condition that could have killed them, and
who did not know they had it.
"""),
        ("stakeholders", None, """
This pathway was built around what families asked for. <<P:Our members, most of them bereaved parents,
told us that the worst thing was the silence after the inquest, and they asked that the first contact
comes from the coroner's officer, who they already know, not from a stranger at a hospital.>> <<P:A group
of six parents wrote the letter that the coroner's officers now give to families, and they chose to
start it with 'We are so sorry' and to explain in one page why the family should be checked, without any
medical words.>> <<P:Parents also told us that four weeks after the death was about the right time to
hear from the hospital: any earlier was too soon, and later felt as if they had been forgotten.>>
<<P:Two brothers who lost their younger sister in 2020, and who were both found to carry her condition,
tested the clinic appointment letters for us and asked that brothers and sisters can be seen on the same
day, which the clinic now offers.>>

<<P:Families also said that they wanted to be able to talk to someone who had been through it, and our
volunteer family supporters, all of them bereaved parents themselves, now offer every family a call
before their first clinic visit.>>

The coroner's officers were trained by the ICC nurse on how to explain the pathway to families. The
pathologists were sent the protocol for keeping samples. The ICC service's nurse specialist, Jo Tanner,
coordinates the referrals and contacts each family. GP practices are informed when a family has been seen
in the clinic. We hope to bring together the coroner's officers, the pathologists and the ICC team with
our families for a review of the pathway in 2025.
"""),
        ("value", None, """
The pathway has cost very little. Our charity funds the family supporters and travel costs from donations.
The coroner's service and the ICC service have absorbed the work within their existing staff, although the
ICC clinic has become much busier. Genetic testing of stored samples is funded through the national
genomic medicine service.

An implanted defibrillator costs the NHS several thousand pounds. The death of a young person costs a
family everything. Families tell us that being offered testing gave them something they could do, at a
time when they felt completely powerless. One mother told us, 'I could not save him, but I have saved
his sister.'
"""),
        ("spread", None, """
We have shared the pathway, the family letter and the coroner's officers' guide with the national
network of inherited cardiac conditions services and with the Coroners' Society, and two neighbouring
coroner's areas have started using the same letter. Our families have spoken about the pathway at the
regional cardiac network's annual meeting and at a national bereavement conference.
"""),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I606  protecting the fistula arm of people on dialysis - docx - bullet lists
#       - short - renal vascular access nurse, brisk - acute trust renal unit
#       with the ambulance service and a kidney patients' association -
#       patients involved - no staff involvement (paramedics trained,
#       emergency department staff briefed, phlebotomists sent a poster, a
#       plan)
# ---------------------------------------------------------------------------
entry(
    id="I606", format="docx", layout="bullet_lists", topic="dialysis_fistula_arm_protection",
    project="independent38-savemyarm-606", docx_font="Calibri",
    title="Save My Arm: protecting dialysis fistulas in ambulances and hospitals",
    cover=[
        "Lead: Tarnbridge Teaching Hospitals NHS Trust, Renal Unit",
        "Partners: Tarnbridge and Coast Ambulance Service NHS Trust; Tarnbridge Kidney Patients' Association",
        "By the Vascular Access Nurse Specialist",
    ],
    primary_entrant=dict(name="Tarnbridge Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Tarnbridge and Coast Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Tarnbridge Kidney Patients' Association", type="patient_group"),
    ],
    sections=[
        ("context", "Why", """
- about 420 people in our area have haemodialysis through an arteriovenous fistula, a vein in the arm joined to an artery by surgery

- a fistula is their lifeline: without it they need a line in the neck, with a much higher risk of serious infection

- a blood pressure cuff, a tourniquet, a cannula or a blood test on the fistula arm can damage it or make it clot

- our patients kept telling us that this happened when they were seen by ambulance crews, in emergency departments or on wards outside the renal unit

- in 2022 we had 26 reported incidents of the fistula arm being used for a blood pressure, a cannula or a blood test, and several fistulas clotted afterwards

- patients who were confused, unconscious or in pain could not speak up for their arm, and the fistula is not always obvious under a sleeve or a dressing

- in one case in 2022 a woman who had waited fourteen months for a working fistula lost it after a blood pressure cuff was left inflating on it every fifteen minutes overnight on a surgical ward

- since 2023: every patient with a fistula is offered a bright orange 'Save My Arm' wristband and a card, the ambulance service has a flag on its system for patients who agree, and the renal unit's number is on the flag
"""),
        ("evidence", "What changed", """
- <<Q:incidents of the fistula arm being used for blood pressure, cannulation or blood tests fell from 26 in 2022 to 7 in 2024>>

- <<Q:fistulas that clotted within a week of an emergency attendance or admission went down from 9 to 3>>

- 371 patients wear the wristband and 344 have a flag on the ambulance system

- figures are from the trust's incident system, the renal unit's vascular access database and the ambulance service

- the renal unit's phone number on the flag was rung 58 times by crews in 2024, mostly to ask which arm to use when both had old fistulas
"""),
        ("stakeholders", "Who helped", """
- <<P:members of the Kidney Patients' Association chose the orange colour, because it does not clash with any hospital wristband, and tested three wristbands for a month each on dialysis days>>

- <<P:one patient, Mr Derek Ainsley, who lost a fistula after a blood test in an emergency department, suggested the words 'Save My Arm' and the picture of an arm with a red cross on the card>>

- <<P:the association's committee asked that the card also say which arm is safe to use, and this was added>>

- paramedics were trained through the ambulance service's clinical update

- emergency department staff were briefed at their safety huddles

- phlebotomists were sent a poster for their clinic rooms

- we would like to work with ambulance crews on a short film next year
"""),
        ("value", "Value", """
- a wristband costs 40p and the cards about £600 for the first print run

- a new fistula means surgery, weeks of waiting and a temporary neck line, costing many thousands of pounds

- patients tell us they no longer have to argue with staff when they are unwell

- the renal nurses spend less time arranging emergency neck lines and fistula scans after an arm has been used by mistake
"""),
        ("spread", "Spread", """
- the regional kidney network has shared the wristband with the other three renal units in the region

- the ambulance service now offers the flag to patients from a neighbouring renal unit

- the association has written about it in the national kidney patients' magazine
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I607  transplant medicines delivered at home - pdf - form table - PRIVATE
#       homecare medicines company is the primary entrant, with the transplant
#       centre's trust and a kidney charity as partners (ineligible) -
#       company's head of clinical services, tidy - patients and staff
#       involved
# ---------------------------------------------------------------------------
entry(
    id="I607", format="pdf", layout="form_table", topic="transplant_immunosuppressant_homecare_supply",
    project="independent38-neveramissed-607", pdf_font="LiberationSans",
    title="Never a Missed Dose: safer home delivery of anti-rejection medicines for kidney transplant patients",
    cover_table=[
        ("Entry title", "Never a Missed Dose: safer home delivery of anti-rejection medicines for kidney transplant patients"),
        ("Lead organisation", "Meridale Homecare Medicines Ltd"),
        ("Partner organisations", "Whitfield University Hospitals NHS Trust (Renal Transplant Unit and Pharmacy); Kidney Care Whitfield (charity)"),
        ("Entrant", "Head of Clinical Services, Meridale Homecare Medicines Ltd"),
    ],
    primary_entrant=dict(name="Meridale Homecare Medicines Ltd", type="private"),
    partners=[
        dict(name="Whitfield University Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Kidney Care Whitfield", type="charity"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
People with a kidney transplant must take anti-rejection medicines, such as tacrolimus, every day for
the life of the transplant. Missing doses, or switching between brands of tacrolimus that are absorbed
differently, can lead to rejection and loss of the kidney, which means a return to dialysis.

Meridale delivers these medicines to the homes of about 1,900 transplant patients of the Whitfield Renal
Transplant Unit, every three months, under a homecare contract with the trust. In 2022 we and the
transplant unit were both worried about the same things. Deliveries were sometimes missed because
patients were out, had moved or were in hospital, and some patients ran out. When a prescription
changed in clinic, the change sometimes took weeks to reach us, so patients received the old dose. On
several occasions a different brand of tacrolimus was supplied without the patient or the clinic
realising. Patients had no easy way to tell anyone when something went wrong; they rang the clinic,
which did not know about deliveries, or our call centre, which could not change a prescription.

The goals were: no patient to run out of an anti-rejection medicine; every dose change in place before
the next delivery; and no brand switches that the transplant team had not agreed.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
From January 2023 prescriptions are sent electronically from the transplant clinic to Meridale on the day
of the clinic, and any change of dose or brand is flagged and checked by a Meridale pharmacist and the
transplant pharmacist together. Patients get a text two days before delivery and can rearrange it by
reply. Any failed delivery is reported to the transplant pharmacy the same day.

<<Q:Patients who ran out of an anti-rejection medicine because of a delivery problem fell from 64 in 2022
to 11 in 2024.>> <<Q:The average time for a dose change made in clinic to reach the patient's delivery
fell from 19 days to 2 days.>> <<Q:Unplanned brand switches of tacrolimus fell from 23 in 2022 to
none in 2024.>>

Over 2024 we made 7,840 deliveries to Whitfield transplant patients.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Kidney Care Whitfield held two evening sessions for us with transplant patients, who told us that a
delivery 'any time between 8am and 6pm' meant they had to take a day off work, and asked for the text
reminder and a two-hour window, which we now offer.>> <<P:Patients from the charity's transplant group
tested the text messages and asked us to name the medicine and the brand in the text, so they would spot
a switch before opening the box.>>

<<S:Transplant pharmacists and Meridale's pharmacists designed the joint check of dose and brand changes
together, and the transplant pharmacists asked for a photo of the box to be attached to every brand
query.>> <<S:Our delivery drivers suggested that failed deliveries are reported from their handheld
devices at the door rather than at the end of the day, and this is now how it works.>> <<S:Transplant
nurses asked that the delivery date is shown on the clinic's record, which the trust's IT team and ours
set up.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The changes were made within the existing contract. The loss of a transplant means a return to dialysis,
costing tens of thousands of pounds a year, and for the patient the loss of the freedom that a transplant
gives. Patients tell us they no longer worry about running out. The transplant pharmacists say they spend
far less time chasing deliveries.
"""),
        ("spread", "How has the work been shared and spread?", """
We are offering the same process to the three other transplant units we supply. The transplant unit has
shared the joint brand check with the national renal pharmacy group.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I608  referrals for ECMO in severe respiratory failure - docx - style
#       headings - short - critical care network lead nurse, clinical - network
#       host trust with the ambulance service and a district trust - staff
#       involved - no patient involvement (patients as beneficiaries, families
#       given a leaflet, a plan) - no quantitative evidence (referrals and
#       retrievals counted, a single audit figure)
# ---------------------------------------------------------------------------
entry(
    id="I608", format="docx", layout="style_headings", topic="ecmo_referral_retrieval_network",
    project="independent38-earlyecmo-608", docx_font="Calibri",
    title="Call Early: earlier referral and safer retrieval for adults who may need ECMO",
    cover=[
        "Braithwaite University Hospitals NHS Foundation Trust, host of the Northern Fells Adult Critical Care Operational Delivery Network",
        "Partners: Highmoor Ambulance Service NHS Trust (Critical Care Transfer Service) and Skelby District Hospital NHS Trust",
        "Lead Nurse, Northern Fells Adult Critical Care Network",
    ],
    primary_entrant=dict(name="Braithwaite University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Highmoor Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="Skelby District Hospital NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
Extracorporeal membrane oxygenation (ECMO) takes over the work of the lungs for adults with severe,
reversible respiratory failure, for example from pneumonia or influenza. It is provided at a small
number of national centres; ours is at Braithwaite. Patients in the network's eight intensive care units
who may need ECMO are referred to the Braithwaite team, who go out, start ECMO at the bedside and bring
the patient back.

Reviews of ECMO referrals in 2021 and 2022 showed that patients were often referred late, after days of
high ventilator pressures that damage the lungs, and sometimes when they were already too unwell to be
moved. Referring units used different thresholds, and the referral call took a long time because the
information was not ready. The ECMO team was driven to the referring hospital by whichever ambulance was
available, with equipment loaded by hand.

In 2023 the network introduced shared referral criteria based on the national ECMO guidance, an
electronic referral form with blood gases and ventilator settings attached, a 'discuss early' rule for
any patient meeting the criteria for six hours, and a dedicated vehicle with the ambulance service's
critical care transfer service, which carries the ECMO equipment permanently.

The safety aims were simple: that no patient who might benefit from ECMO is referred too late to be
moved, that the referral conversation is quick and complete, and that the journey back to Braithwaite,
with a patient whose life depends on a pump and an oxygenator, is as safe as it can be.
"""),
        ("evidence", "What we have seen", """
In the eighteen months to March 2024, the network's units made 74 referrals to the ECMO service, and
31 patients were retrieved on ECMO. Skelby, our first pilot unit, made 14 of those referrals.

In an audit of 40 referrals in 2024, 34 were made within six hours of the patient first meeting the
criteria. There were no serious incidents during retrieval in the period. We did not collect the same
information before the project, so we cannot compare.
"""),
        ("stakeholders", "Involvement", """
<<S:Intensive care consultants and nurses at Skelby tested the electronic referral form for three months
and asked for the blood gas results to attach automatically, which was done before it went to other
units.>> <<S:The ambulance service's critical care paramedics and the ECMO perfusionists worked out
together how the equipment should be stored and secured in the dedicated vehicle, after a trial loading
showed the original layout would not fit.>> <<S:The network's critical care nurse leads agreed the
'discuss early' rule at their monthly meeting.>>

Families of patients who are retrieved are given a leaflet about ECMO and directions to Braithwaite. The
work is intended to benefit every patient in the network with severe respiratory failure. We plan to
invite former ECMO patients and their families to help us review the family leaflet.
"""),
        ("value", "Value", """
The dedicated vehicle is funded jointly by the network and the ambulance service. Earlier referral means
less lung damage and, for some patients, avoiding ECMO altogether with advice from the Braithwaite team.
Referring units say the form saves them time on the phone at a very busy point. The ECMO team no longer
spends the first half hour of a retrieval loading and checking equipment in the car park.
"""),
        ("spread", "Spread", """
All eight units in the network now use the referral form. The neighbouring network has asked to use the
criteria and the vehicle arrangement, and we have shared them through the national ECMO service meeting.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
