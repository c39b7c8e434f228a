"""Seventieth independent evaluation set (I1105..I1120) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The
entries are meant to be ordinary: the kind of thing ambulance services, integrated care
boards, acute and community trusts, councils, universities, primary care networks,
pharmaceutical committees, patients' groups, community and energy advice charities and
the odd private company send in, in their own voices and at their own length.  The
theme of this set is heart, stroke and lungs: thrombolysis and thrombectomy pathways,
heart failure at home, COPD and home oxygen safety, and cardiac rehabilitation.

Topics: the time a person with a suspected stroke was last known to be well, as asked by
999 call handlers and recorded by ambulance crews (an ambulance service with a stroke
unit, a university and a stroke club, own headings), finding out whether a person with a
stroke takes an anticoagulant before clot-busting treatment (an integrated care board,
bold headings with a cover table), artificial intelligence alerts for large vessel
occlusion on CT scans at district hospitals (a private imaging software company as
primary entrant, lists), the journey back to the local stroke unit after thrombectomy (a
neuroscience centre, numbered questions with cover bullets), strokes that happen to
patients already on hospital wards (a university school of nursing lead, two columns),
water tablets and home care visits for people with heart failure (a council adult social
care team, no headings, long), potassium-based salt substitutes taken by people on heart
failure medicines (a heart failure support group as lead, a form with a cover table),
emergency care for people living at home with a left ventricular assist device (a heart
and lung centre with the ambulance service, CAPS headings), heart failure referrals from
the wards that never reached the community heart failure nurses (services of one trust,
no partner, a pdf made from Word), falls over home oxygen tubing (a private home oxygen
supplier as primary entrant, a form with a cover table), oxygen ordered at hospital
discharge and never reviewed (a community trust home oxygen service, rubric headings),
people on home oxygen who switch off their concentrator to save on electricity (an
energy advice charity, style headings), duplicate inhalers left on repeat after people
with COPD move to a triple inhaler (a primary care network, numbered questions), cardiac
rehabilitation in community languages after a heart attack (a community health charity,
with appendix, long), wound checks after heart surgery at cardiac rehabilitation classes
(a community trust cardiac rehabilitation service, results first, no spread section) and
how long people stay on two blood thinners after a coronary stent (a local
pharmaceutical committee, short lists with no evidence section).

Lead types and layouts: I1105 emergency_service (ambulance), pdf own_headings; I1106
icb, docx bold_headings with a cover table; I1107 private, pdf bullet_lists; I1108
nhs_trust (acute, neuroscience centre), docx numbered_questions with cover bullets;
I1109 university, pdf two_column; I1110 local_authority, docx no_headings; I1111
patient_group, pdf form_table with a cover table; I1112 nhs_trust (acute, heart and lung
centre), pdf caps_headings; I1113 nhs_trust (integrated, no partner), pdf style_headings
via soffice; I1114 private, docx form_table with a cover table; I1115 nhs_trust
(community), docx rubric_headings; I1116 charity, docx style_headings; I1117
primary_care (PCN), pdf numbered_questions; I1118 charity, pdf with_appendix; I1119
nhs_trust (community), docx reordered; I1120 primary_care (LPC), docx bullet_lists.

Flags: no_patient_involvement I1106, I1113, I1116, I1117; no_staff_involvement I1107,
I1111, I1118; no_quantitative_evidence I1108, I1114 (a measured change told only in the
value section), I1118, I1120; ineligible I1107 (private lead), I1113 (no partner), I1114
(private lead); missing_section I1119 (spread) and I1120 (evidence).

Build it with

    .venv/bin/python data/independent/build.py --set 70   (writes data/corpus/independent70/)

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
    (including 'halved', 'a third fewer' and a sustained shift on a control chart);
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

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; patients' support groups, stroke clubs and
patient and family networks are patient_group; community health and energy advice
charities are charity; a university is university; imaging software companies, home
oxygen suppliers, home care companies and supermarkets are private).  A department or
team of the entrant's own organisation is not a partner.  Flags are written by hand and
build.py cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1105  'last known well' time for suspected stroke - pdf - own headings -
#        consultant paramedic, reflective - ambulance service with the
#        hyperacute stroke unit's trust, a university and a stroke club -
#        stroke club members involved (told in the context section) and staff
#        involved - a shift on a control chart among the claims - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1105", format="pdf", layout="own_headings", topic="stroke_last_known_well_time",
    project="independent70-clockstart-1105", pdf_font="LiberationSans", pdf_align="L",
    title="Clock Start: getting the 'last known well' time right for people with a suspected stroke",
    cover=[
        "Lead organisation: Northmoor and Wenfield Ambulance Service NHS Trust",
        "Partners: Calderbrook Hospitals NHS Foundation Trust (Hyperacute Stroke Unit); University of Wenfield, School of Health and Social Care; Wenfield and District Stroke Club",
        "Entry written by the Consultant Paramedic for Stroke and Cardiac Care",
    ],
    primary_entrant=dict(name="Northmoor and Wenfield Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Calderbrook Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="University of Wenfield", type="university"),
        dict(name="Wenfield and District Stroke Club", type="patient_group"),
    ],
    sections=[
        ("context", "Why we started", """
Clot-busting treatment for stroke can be given up to four and a half hours after the stroke began.
Thrombectomy, where the clot is pulled out through a fine tube passed up from the groin or wrist, can
be offered up to six hours afterwards and, for some people, much later. Every one of those decisions
rests on a single fact: the last time the person was known to be well. Get that time wrong and someone
may be refused a treatment that would have given them back their speech or their arm, or given a drug
that makes a bleed in the brain more likely.

For years our call handlers asked "When did the symptoms start?" and our crews copied the answer into
the patient record. It sounds like the right question. It is not. A frightened husband tends to give
the time he noticed his wife was slurring, not the last time he heard her speak normally. People who
wake up with a weak side are often recorded as starting at the moment they woke. A man found on the
kitchen floor by his neighbour at lunchtime might have collapsed ten minutes earlier or the night
before, and the record says 'unknown'.

Two cases in the winter of 2021/22 brought this home. In one, a woman was recorded as 'onset unknown'
and was not considered for treatment, although her daughter had spoken to her on the phone, perfectly
normal, forty minutes before the ambulance was called. Nobody asked the daughter. In the other, a man
was recorded as starting at 7.40am, when his wife found him unable to speak. He was given clot-busting
treatment. It later came out that he had been up at 3am to let the dog out and had seemed fine then,
but his wife had not seen him since, so the time was unknown and treatment should at least have been
reconsidered. He had a bleed and did not survive.

When the hyperacute stroke unit at Calderbrook and our clinical audit team compared notes, we found
that nearly four in ten of the patients we handed over had no usable last known well time, and that
stroke registrars were spending precious minutes at the front door trying to piece it together from
relatives who had been left at home. Nobody owned the problem: the call handler asks first, the crew
asks again, the stroke team asks a third time, and the one person who actually knows the answer is
often not in the room.

We set up Clock Start in late 2022 with the stroke unit and the University of Wenfield, whose human
factors researchers help us study how questions are asked and answered on the phone. Three things
changed. Call handlers now ask when the person was last seen or heard to be their usual self, and by
whom. Crews record that time, who gave it and a phone number for that person in a new set of fields on
the electronic patient record. At handover the stroke team rings the witness from the scanner if there
is any doubt.

<<P:Before any of this went live, the new call handler wording was read out over a speakerphone to
members of the Wenfield and District Stroke Club, most of whom had been the person on the phone to 999
when a husband, wife or parent had a stroke, and it was changed after they said that 'last seen well'
sounded as though we were accusing them of leaving the person alone.>>
"""),
        ("evidence", "What difference it has made", """
The new question and the new record fields went live across the whole service in June 2023. We
compared the twelve months before with the twelve months after, using every patient the stroke unit
received from our crews.

<<Q:Handovers to the hyperacute stroke unit with a last known well time recorded went from 61% in the
year before to 93% in the year after.>> <<Q:On the control chart we keep of 'onset unknown' handovers,
there has been a sustained shift below the old average since August 2023, with every month since then
lower than any month in the two years before.>>

<<Q:The stroke unit's own timings show that the time its registrars spend establishing onset after
the patient arrives fell from a median of 11 minutes to 3 minutes, mostly because they can now ring the
witness straight away.>> <<Q:In the monthly review of every patient given clot-busting treatment, cases
where the onset time was later found to have been recorded wrongly went from nine in 2022 to two in
2024.>>

Since go-live, crews have handed over 2,184 witness phone numbers. In 2024 our control room took a
little under 10,000 calls coded as possible stroke.
"""),
        ("stakeholders", "Who shaped it", """
<<S:Twelve call handlers tried out four different versions of the question on recorded practice calls
with the university's human factors team, and chose the one callers answered fastest: 'When was the
last time you saw them or spoke to them and they were their usual self?'>> <<S:Paramedics on two
stations tested the new record fields for six weeks and asked for a 'woke with symptoms' tick box and a
'who saw them' box, both of which are now in the live version.>>

<<S:Stroke registrars and stroke nurses at Calderbrook agreed that the witness would be rung from the
scanner rather than after the scan, and the nurses wrote the short script they use on that call.>>
<<P:Two stroke club members also listened to actor-recorded practice calls with the researchers and
pointed out that upset callers often give the time the ambulance was called, which is why call
handlers are now prompted to ask a second time in a different way.>>

The trust board and the stroke network have been updated on progress twice a year.
"""),
        ("value", "Value", """
The changes to the call handling script and the patient record were made within existing contracts
with our software suppliers. Training was a twenty-minute online module for around 1,450 call handlers
and clinicians, done in work time. The main cost was the university's research time, which was covered
by a small regional research grant.

A person left with severe disability after a stroke needs care that can cost well over £40,000 a year.
If a correct onset time means one more person a month is treated in time, the work pays for itself
many times over. Just as importantly, it means fewer people are given a treatment that was never safe
for them.

Crews say the new fields make them feel more confident at handover, because they can show where the
time came from. Stroke nurses say the witness call is the single most useful thing to come out of the
project.
"""),
        ("spread", "Spreading it", """
We have shared the question wording and the record fields with the national group of ambulance stroke
leads, and two other ambulance services are testing the same wording in their call handling systems.
The stroke network has added 'last known well, by whom, and a contact number' to its regional handover
standard, so that the other two hyperacute units in the region expect it too. The university team has
written up the call analysis for publication and used the recorded practice calls in teaching for
student paramedics.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1106  anticoagulant status before thrombolysis - docx - bold headings with
#        a cover table - ICB head of medicines safety, formal - ICB with the
#        acute trust, the LPC and a GP federation - staff involved - NO
#        patient involvement (patients as beneficiaries, given a card, a
#        questionnaire after which nothing changed, a negation and a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1106", format="docx", layout="bold_headings", topic="anticoagulant_status_before_thrombolysis",
    project="independent70-knowbeforeyoulyse-1106", docx_font="Calibri",
    title="Know Before You Treat: confirming anticoagulant use before clot-busting treatment for stroke",
    cover_table=[
        ("Entry title", "Know Before You Treat: confirming anticoagulant use before clot-busting treatment for stroke"),
        ("Lead organisation", "NHS Harrowdale and Skelton Integrated Care Board (Medicines Safety and Digital Team)"),
        ("Partners", "Harrowdale Royal Infirmary NHS Foundation Trust (Stroke Unit and Emergency Department); Harrowdale and Skelton Local Pharmaceutical Committee; Skelton Vale GP Federation"),
        ("Contact", "Head of Medicines Safety, NHS Harrowdale and Skelton ICB"),
    ],
    primary_entrant=dict(name="NHS Harrowdale and Skelton Integrated Care Board", type="icb"),
    partners=[
        dict(name="Harrowdale Royal Infirmary NHS Foundation Trust", type="nhs_trust"),
        dict(name="Harrowdale and Skelton Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Skelton Vale GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Background and aims", """
Before a stroke team gives thrombolysis, it must know whether the patient takes an anticoagulant. A
person who has taken apixaban, rivaroxaban, edoxaban or dabigatran in the last 48 hours, or who is on
warfarin with a raised INR, may bleed into the brain if given a clot-busting drug. In some cases the
anticoagulant can be reversed or its level measured, but only if the team knows it is there.

Finding out is much harder than it sounds. Many people with a stroke cannot speak, or are confused.
Relatives may not have come in the ambulance. The GP record was only partly visible in the emergency
department, and the medicines list in it showed what had been prescribed, not whether the person was
still collecting it or when they last took a dose. Out of hours, there was nobody at the practice to
ask. Around a quarter of people who have a stroke in Harrowdale and Skelton have atrial fibrillation,
so the question comes up every day.

In 2022 the stroke unit reported two incidents that led to this work. A woman in her eighties was
given thrombolysis and had a serious bleed; she had been started on apixaban during an earlier
admission at another hospital, and it had not yet appeared on her GP record. A week later a man was
not offered thrombolysis because an old entry suggested he took warfarin; he had stopped it two years
before, and he was left with a weakness that might have been avoided.

The ICB brought together the stroke unit, the emergency department, the LPC and the GP federation,
which runs the out-of-hours and extended access service. The aim was that, for any person arriving
with a suspected stroke, the team would know within ten minutes whether they take an anticoagulant,
which one, and when it was last supplied.
"""),
        ("evidence", "Evidence of improvement", """
Since March 2023, the shared care record has a 'stroke view' that shows, on one screen, anticoagulants
prescribed by the GP, those supplied on discharge from either local hospital, and the date each was
last dispensed by a community pharmacy, drawn from the pharmacies' dispensing systems. The federation's
out-of-hours clinicians can be phoned by the stroke team at any time to check anything unclear in the
GP record.

<<Q:The median time from arrival to the stroke team confirming whether the patient takes an
anticoagulant fell from 27 minutes in 2022 to 4 minutes in 2024.>> <<Q:Thrombolysis decisions recorded
as delayed because anticoagulant status was unclear went down from 41 in 2022 to 6 in 2024.>> <<Q:Patients
who were thrombolysed and afterwards found to have taken an anticoagulant within the previous 48 hours
fell from five in 2022 to none in 2024.>>

The stroke view was opened 3,912 times in its first eighteen months, and 58 community pharmacies now
send dispensing data to it.
"""),
        ("stakeholders", "How people were involved", """
<<S:Stroke nurses and emergency department pharmacists tried out three screen designs on real (anonymised)
cases and picked the one that puts the date of last supply next to each medicine, because they said
the prescription date on its own was misleading.>> <<S:Community pharmacists from the LPC's digital
group told us that repeat dispensing batches would make it look as if a medicine had been collected
when it had not, so the view now shows the date the bag was handed out.>> <<S:Out-of-hours GPs in the
federation wrote the short checklist they use when the stroke team rings, and asked for a direct number
that bypasses the main queue, which the federation set up.>>

Patients are the reason for this work, since every person brought in with a stroke benefits from the
team knowing their medicines. Anyone starting an anticoagulant is now given a wallet card by their
pharmacy and told to carry it. We sent a short questionnaire to 40 people who had been treated on the
stroke unit, asking if they were comfortable with stroke doctors seeing their pharmacy records; nearly
all said they were, so the design was left as it was. There were no patients or carers on the working
group, which we recognise is a gap, and we intend to set up a patient panel for the next phase.
"""),
        ("value", "Value", """
The stroke view was built by the shared care record team within its existing programme. Pharmacy
dispensing feeds were funded by the ICB at a one-off cost of about £22,000. A single intracranial bleed
after thrombolysis can mean weeks in hospital and a lifetime of care; a missed chance to treat can mean
the same.

Stroke registrars say they no longer make the decision with half the facts. Emergency department
pharmacists say they can spend the time on the rest of the medicines list instead.
"""),
        ("spread", "Spread and sharing", """
The same view is now used by the emergency department for people with head injuries, where the same
question matters. We have shared the design and the data-sharing agreement with the other integrated
care boards in the region through the regional shared care record group, and the ambulance service
has asked to give its crews access from the ambulance.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1107  AI alerts for large vessel occlusion at district hospitals - pdf -
#        bullet lists - PRIVATE imaging software company as primary entrant,
#        with two district trusts and the thrombectomy centre (ineligible) -
#        chief medical officer, upbeat - stroke survivors involved - NO staff
#        involvement (radiographers and nurses trained, a named safety officer,
#        consultants briefed, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1107", format="pdf", layout="bullet_lists", topic="ai_ct_large_vessel_occlusion_alerts",
    project="independent70-fastertotheclot-1107", pdf_font="LiberationSans", pdf_align="L",
    title="Faster to the Clot: AI alerts for large vessel occlusion stroke in two district hospitals",
    cover=[
        "Submitted by Cerevista Imaging Ltd",
        "Working with Fenmarsh General Hospital NHS Trust, Ousebridge and District Hospitals NHS Foundation Trust and Marlow Fen University Hospitals NHS Foundation Trust (Regional Thrombectomy Centre)",
        "Contact: Chief Medical Officer, Cerevista Imaging Ltd",
    ],
    primary_entrant=dict(name="Cerevista Imaging Ltd", type="private"),
    partners=[
        dict(name="Fenmarsh General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Ousebridge and District Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Marlow Fen University Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "The problem", """
Thrombectomy is one of the most effective treatments in medicine for a stroke caused by a blocked large
artery in the brain (a large vessel occlusion). It is only done at specialist centres. People who
arrive at a district hospital need a CT angiogram, someone to read it correctly, a call to the
thrombectomy centre and a fast transfer. Every 30 minutes of delay reduces the chance of a good outcome.

What the two district hospitals' own audit data showed in 2022:

- CT angiograms done out of hours were reported by an outsourced reporting service or by the on-call radiologist at home, often 30 to 60 minutes after the scan

- stroke doctors at the district hospitals were sometimes reading the images themselves, without specialist training in spotting occlusions

- the thrombectomy centre usually heard about a patient only after the local team had made up its mind, and then wanted to see the images again, which took more time

- the time from arriving at the district hospital to leaving for the thrombectomy centre ('door in, door out') was well over two hours on average

- some occlusions, especially in smaller branches, were missed altogether

What we did, from February 2023:

- our software reads every stroke CT angiogram at both district hospitals within about three minutes of the scan

- if it finds a likely occlusion, it sends an alert with key images to the phones of the local stroke team and the thrombectomy centre's on-call team at the same time

- the images can be viewed on a secure app, so the thrombectomy team can accept the patient before the formal report is done

- a radiologist still reports every scan; the software does not make decisions
"""),
        ("evidence", "Results", """
We compared the twelve months before go-live with the first twelve months afterwards, using the
thrombectomy centre's transfer log and the national stroke audit data for both district hospitals.

- <<Q:median door-in-door-out time for thrombectomy transfers from the two district hospitals fell from 146 minutes to 91 minutes>>

- <<Q:the share of patients with a large vessel occlusion who were transferred for thrombectomy rose from 8% to 15%>>

- <<Q:occlusions missed on the first read of the CT angiogram, found in the centre's review, dropped from 9 to 2>>

- the software analysed 3,206 scans in the first year and sent 402 alerts

- our audit found the software's alert agreed with the radiologist's final report in 94% of cases
"""),
        ("stakeholders", "Who was involved", """
- <<P:six stroke survivors from the Ousebridge Stroke Support Group read our patient leaflet about how AI is used on their scan, and asked us to take out the phrase 'computer-aided diagnosis' and say plainly that a doctor still makes every decision, which the leaflet now does>>

- <<P:one of them, a former lorry driver who waited most of an afternoon for a transfer decision in 2021, described that wait to our product team, and it is because of him that the alert goes to the thrombectomy centre at the same moment as the local team>>

- radiographers and stroke nurses at both district hospitals completed our 30-minute training module before go-live

- our clinical safety officer, Dr Rhys Mallender, wrote and signed off the hazard log

- stroke consultants at all three hospitals were briefed at the regional stroke network meeting

- we sent a feedback survey to users after three months; responses were positive, so the software was not changed

- we plan to set up a clinical user group with all three trusts in 2025
"""),
        ("value", "Value", """
- the software is licensed to each district hospital at a fixed annual fee, paid from the regional stroke programme

- no extra staff were needed at either hospital

- a good recovery after thrombectomy can mean the difference between going home and needing lifelong care, which can cost hundreds of thousands of pounds over a person's lifetime

- the thrombectomy centre says it is spending less time on phone calls about scans it cannot see
"""),
        ("spread", "Spread", """
- the same alerting is now live in five more hospitals in two other regions

- we have shared our results with the national stroke programme's imaging group

- the regional stroke network is considering the same approach for its third district hospital
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1108  repatriation to the local stroke unit after thrombectomy - docx -
#        numbered questions with cover bullets - lead nurse for interventional
#        neuroradiology, careful - neuroscience centre with two district
#        trusts and a stroke survivors' circle - survivors and staff involved
#        (partly by pronouns) - NO quantitative evidence (patients
#        repatriated, a single audit figure, a zero with no earlier figure, a
#        target not met, calls to a phone line)
# ---------------------------------------------------------------------------
entry(
    id="I1108", format="docx", layout="numbered_questions", topic="thrombectomy_repatriation_handover",
    project="independent70-safereturn-1108", docx_font="Arial",
    title="Safe Return: the journey back to the local stroke unit after thrombectomy",
    cover=[
        "Lead entrant: Kingsreach University Hospitals NHS Foundation Trust, Regional Neuroscience Centre",
        "Submitted by the Lead Nurse, Interventional Neuroradiology",
        "Partner organisations:",
    ],
    cover_bullets=[
        "Aysgarth General Hospital NHS Trust (Stroke Unit)",
        "Pelham Valley Hospitals NHS Trust (Stroke Unit)",
        "Kingsreach Stroke Survivors' Circle",
    ],
    primary_entrant=dict(name="Kingsreach University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Aysgarth General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Pelham Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Kingsreach Stroke Survivors' Circle", type="patient_group"),
    ],
    sections=[
        ("context", "1. What was the patient safety problem and why did it need a partnership?", """
The neuroscience centre at Kingsreach carries out thrombectomy for a population of around two million
people. Most patients come to us from one of two district hospitals, Aysgarth and Pelham Valley, and
once the clot has been removed and they are stable, usually after a night on our unit, they go back to
their local stroke unit for the rest of their care. This is the right thing for patients, who then
recover nearer home, and for us, because our beds are needed for the next person.

The return journey, though, had become a weak point. Patients were often sent back late at night, when
a bed became free, with a handover by phone between two nurses who had never met. The puncture site in
the groin or wrist needs checking, because it can bleed or cause a clot in the leg. Blood pressure has
to stay within a range set by the consultant who did the procedure, which may differ from the usual
stroke target. Swallowing has often not been reassessed since the patient arrived. And some patients
come back on new medicines, such as antiplatelets after a stent, that the local team did not know
about.

In 2022 the district hospitals reported two serious incidents. In one, a man developed a large groin
bleed on the evening he arrived back at Pelham Valley; the nurses were not aware he had had a larger
sheath than usual and had stopped the checks. In the other, a woman who had been given a stent was not
started on her second antiplatelet for three days because the handover did not mention it.

We could not fix this on our own, because half of the pathway happens in other hospitals. We needed to
agree, with both district units, what information goes with the patient, who checks what, and who to
call if something goes wrong.
"""),
        ("evidence", "2. What evidence is there of improvement in safe care?", """
The Safe Return bundle started in October 2023. Every patient now travels with a one-page handover that
includes the access site and device used, the blood pressure range for the next 24 hours, the result
of the last swallow screen, new medicines and when the next dose is due. The district unit receives it
electronically before the patient leaves. Transfers are not made between midnight and 7am except in an
emergency. The receiving nurse has a direct number for our unit's senior nurse, day and night.

Since October 2023, 412 patients have returned to Aysgarth or Pelham Valley under the bundle. An audit
of 100 of these transfers in the summer of 2024 found a completed handover form in 96 of them. Our
target is for 90% of patients to return within 24 hours of their procedure; at present 84% do, mainly
because of a shortage of beds at the district hospitals.

We have not yet been able to compare complications before and after the bundle, because the two
district hospitals recorded them in different ways before 2023; a shared complications log started in
April 2024. The senior nurse phone line has taken 230 calls, most of them about blood pressure targets
or antiplatelet doses.
"""),
        ("spread", "3. How has the work been shared or applied elsewhere?", """
The handover form has been adopted by the third hospital in our area that occasionally sends patients
for thrombectomy. We presented the bundle at the regional stroke network's nursing forum and at a
national interventional neuroradiology nursing meeting, and two other neuroscience centres have asked
for the form and the transfer rules.
"""),
        ("value", "4. What difference has it made to patients and staff, and is it value for money?", """
The bundle costs very little: a form, a phone and an agreement not to move patients at night. The extra night that some patients now spend with us before transfer is balanced by the problems it
prevents after they arrive, each of which can mean days of extra stay. A groin bleed needing surgery, or a stent that
blocks because an antiplatelet was missed, causes great harm and costs the NHS thousands of pounds.

District nurses say they feel they are receiving the patient rather than just a body in a bed. Our own
nurses no longer dread the phone call at two in the morning.
"""),
        ("stakeholders", "5. Who was involved and how?", """
<<P:Members of the Kingsreach Stroke Survivors' Circle who had been sent back to their local hospital
after a thrombectomy met with our nurses twice in 2023.>> <<P:They told us that arriving on a strange ward
in the middle of the night, unable to speak properly, was one of the most frightening parts of their
whole stay, and that nobody had told their families they had moved, so the bundle now includes a call
to the next of kin before the ambulance leaves.>>

<<S:Stroke nurses from Aysgarth and Pelham Valley spent a shift on our unit and our nurses spent a shift
on theirs.>> <<S:Afterwards they wrote the handover form together, cutting it from three pages to one,
and it was they who insisted on a column for 'when is the next dose due'.>> <<S:The interventional
neuroradiologists agreed to write the blood pressure range into the form at the end of every procedure,
after the district unit's consultants explained how often they had to guess it.>>
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1109  strokes that happen to patients already on hospital wards - pdf -
#        two columns - professor of acute care nursing, academic but plain -
#        university school of nursing with the acute trust and a stroke
#        survivors' forum - 'research partners' with lived experience and
#        ward staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1109", format="pdf", layout="two_column", topic="in_hospital_stroke_recognition",
    project="independent70-strokeonthewards-1109", pdf_font="LiberationSerif",
    title="Stroke on the Ward: faster recognition and treatment of strokes in patients already in hospital",
    cover=[
        "University of Thornmere, School of Nursing and Allied Health (lead), with Thornmere and Coldwell Hospitals NHS Trust and the Coldwell Stroke Survivors Forum",
        "Entry by the Professor of Acute Care Nursing, University of Thornmere",
    ],
    primary_entrant=dict(name="University of Thornmere", type="university"),
    partners=[
        dict(name="Thornmere and Coldwell Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Coldwell Stroke Survivors Forum", type="patient_group"),
    ],
    sections=[
        ("context", "Background", """
Somewhere between one in twenty and one in ten strokes happen to people who are already in hospital,
often after surgery, during treatment for heart problems or infection, or when blood thinners have been
stopped for a procedure. You might expect these patients to do better than people who have a stroke at
home, because they are surrounded by nurses and doctors. Nationally, they do worse. Their strokes are
recognised later, they are less likely to get clot-busting treatment or thrombectomy, and more of them
die.

Our interest started with a student's dissertation in 2021. She looked at the notes of every patient at
Thornmere and Coldwell Hospitals who had a stroke while on a ward that year. The patterns were
striking. New confusion or slurred speech was put down to delirium, sedation or tiredness. A weak arm
was noticed on a night round and documented, but the doctor was asked to review it 'when free'. Stroke
symptoms found at handover had no clear start time because nobody knew when the patient was last seen
well. On surgical and orthopaedic wards, many staff did not know that the stroke team would come to
them, or how to call.

The trust had a stroke pathway for the emergency department but nothing for its wards. The university
had researchers in acute care nursing and human factors, and a pool of student nurses on placement on
every ward. We agreed to design and test a ward stroke pathway together.

From May 2023 any nurse or healthcare assistant who sees sudden new weakness, speech problems, facial
droop, loss of vision or sudden confusion calls a ward stroke alert through the switchboard. The stroke
nurse attends within 15 minutes, a scan is booked at once, and the time last seen well is taken from
the observation chart. Every ward has a stroke box with a pen torch, the assessment sheet and a laminated
flow chart.
"""),
        ("evidence", "Results", """
We compared the two years before the pathway (2021 and 2022) with the first eighteen months after it,
using the trust's stroke register and the patient notes.

<<Q:The median time from the first recorded stroke symptom on a ward to review by the stroke team fell
from 97 minutes to 28 minutes.>> <<Q:Patients with an in-hospital stroke who received thrombolysis or
thrombectomy went from 3 of 46 before to 12 of 44 after.>> <<Q:Ward strokes with no usable time last
seen well went down from 39% to 11%.>>

In the same period, 131 ward stroke alerts were called, and 44 turned out to be a stroke. Most of the
others were low blood sugar, seizures or migraine, which the stroke nurses helped to manage.
"""),
        ("stakeholders", "Partners and participants", """
<<P:Three research partners from the Coldwell Stroke Survivors Forum, each of whom had a stroke while in
hospital for something else, worked with us from the first protocol meeting.>> <<P:One of them, who lay
with a weak arm for most of a night before anyone realised, asked that the ward flow chart say in large
letters 'Call even if you are not sure', and those words are now at the top.>> <<P:The research
partners also sat on the interview panel for the project nurse and read every version of the staff
information.>>

<<S:Ward nurses and healthcare assistants on six pilot wards tried the alert for three months and told
us that the switchboard asked too many questions, so switchboard operators now need only the ward name
and the words 'ward stroke'.>> <<S:Critical care outreach nurses and stroke nurses agreed between them
who attends first at night, after the outreach team pointed out they were often already on the ward.>>
<<S:Student nurses on placement audited the stroke boxes each month and suggested adding the pen torch
after finding that ward torches were always missing.>>
"""),
        ("value", "Value and experience", """
The pathway uses the existing stroke nurse rota. The stroke boxes cost about £40 each for 38 wards, and
the project nurse post for a year was funded by a university knowledge exchange grant. Each patient who
receives thrombectomy in time and goes home independent avoids years of care costs.

Ward staff say they feel more confident to act on a hunch. Families of patients told us that the speed
of the response, once the alert was called, made them trust the hospital again after a frightening
event.
"""),
        ("spread", "Sharing", """
The trust has made the ward stroke alert part of its deteriorating patient policy. We have published
the pathway and the audit, and presented it at the national stroke nursing conference. Two nearby trusts
have adopted the flow chart. The ward stroke alert is now part of the university's final-year nursing
simulation teaching.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1110  water tablets and home care visits for people with heart failure -
#        docx - no headings - council quality and commissioning officer,
#        personal and long - council with the community trust's heart failure
#        nurses and two home care companies - people with heart failure (by
#        pronouns, 'experts by experience'), a carers' network and staff
#        involved - a change told as 'halved' - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1110", format="docx", layout="no_headings", topic="heart_failure_diuretics_home_care_timing",
    project="independent70-righttimetablets-1110", docx_font="Georgia",
    title="Water Tablets at the Right Time: home care planned around heart failure medicines in Stannerley",
    cover=[
        "Stannerley Borough Council, Adult Social Care (lead), working with Stannerley Community Health NHS Trust's Heart Failure Nursing Team and two home care providers, Hollybrook Care at Home Ltd and Greenlea Homecare Ltd",
        "Written by Marion Achebe, Quality and Commissioning Officer, Stannerley Borough Council",
    ],
    primary_entrant=dict(name="Stannerley Borough Council", type="local_authority"),
    partners=[
        dict(name="Stannerley Community Health NHS Trust", type="nhs_trust"),
        dict(name="Hollybrook Care at Home Ltd", type="private"),
        dict(name="Greenlea Homecare Ltd", type="private"),
    ],
    sections=[
        ("context", None, """
I have worked in home care commissioning for eleven years, and until 2022 I had never given a thought
to what time of day someone takes their water tablets. I suspect most people in my job would say the
same. This entry is about how a conversation with a heart failure nurse changed that, and what the
council, the nurses and two of our home care providers have done about it since.

Heart failure is common in the people we support. Of the roughly 1,900 people who have home care
arranged by the council in Stannerley, the community trust's heart failure nurses know about 260. Almost
all of them take a diuretic, usually furosemide or bumetanide, to stop fluid building up in their
lungs and legs. These tablets work within an hour or so and make you pass a lot of urine for several
hours afterwards. That is why people are told to take them in the morning.

For people who need a care worker to prompt or give their medicines, 'in the morning' depends on when
the morning visit happens. Our contracts gave providers a window of three hours for a morning call, and
on a bad day, with staff off sick or a car broken down, a 7.30am visit could slide to 10.45am. If a
second dose was due at lunchtime, it could end up being given mid-afternoon. The result was people
getting up three or four times in the night to use the toilet, often in the dark and often unsteady,
and falling. Others were incontinent at night and their skin broke down. Some, understandably, simply
stopped taking the tablets when they knew they had to go out, to a hospital appointment or a family
lunch, and then became breathless and swollen over the next few days.

The heart failure nurse who first raised this with me, Joy Mensah, had been called to a man who had
fallen on his way to the toilet at 2am for the third time in a month. When she looked at his care
records, his morning furosemide had been given after 10am on most days, and his lunchtime dose after
3pm. His care workers had done nothing wrong. They were giving the medicine when they arrived, and they
arrived when the rota said.

There was something else, too. The care workers saw these people every day; the nurses saw
them every few weeks. When someone with heart failure starts to go downhill, the signs are often there
for days: more breathless lying down, sleeping in the chair, swollen ankles, tight shoes, a tablet
refused because they are 'running to the loo all day'. Care workers were noticing these things and
writing them in their notes, but there was no easy way for them to reach the heart failure nurses, and
so the first the nurses heard of it was often an ambulance call.

This was not something any one of us could fix. The council sets the terms of home care contracts and
pays for the time. The providers plan the rotas and employ the care workers. The heart failure nurses
know the medicines and the warning signs. So in the autumn of 2022 we sat down together, at first in a
room at the council offices and later, more usefully, in the providers' rota planning offices.

What we agreed is not complicated. When the heart failure nurses start or change a diuretic for anyone
with council-arranged home care, they send us and the provider a short medicines timing note. The
provider marks the visit as time sensitive, which means it is planned first on the rota and must
happen within 30 minutes of the agreed time. If a visit is going to be late, the office rings the
person and asks whether they want to take the tablet themselves, if they can, or wait. Where someone
has an important outing, the nurses can agree in advance to move the dose, rather than the person
skipping it. And care workers have a short list of five 'heart failure warning signs' on their phone
app, with a button that sends a message to the heart failure nurses' duty line, which is answered
between 8am and 6pm every day.

We started with Hollybrook and Greenlea, the two providers who between them deliver about two thirds
of our home care hours, and with people already known to the heart failure nurses.

<<P:Early on, Joy and I met eight people with heart failure who receive home care from one of the two
providers, some in their own homes and some at a lunch club.>> <<P:They told us, more bluntly than any
of the professionals had, that the worst thing about the water tablets was the fear of being caught
out, and several admitted to skipping doses on days they went out; that is why moving the dose for an
outing became part of the scheme.>> <<P:Since then we have called them our experts by experience, and
four of them have stayed with the project, reading the timing note and the warning signs card and
telling us when we used words they did not understand.>> I am grateful to them.
"""),
        ("evidence", None, """
The scheme started in February 2023. We looked at the 174 people who had been on it for at least a
year by the spring of 2024, using the providers' care records, the heart failure nurses' records and
the council's falls and safeguarding reports, and compared the year before each person joined with the
year after.

<<Q:Visits where a diuretic dose was given more than an hour away from the agreed time went from 38% of
doses to 7%.>> <<Q:Falls at night reported by care workers or families among these 174 people halved,
from 64 in the year before to 32 in the year after.>> <<Q:Emergency admissions for fluid overload or
breathlessness in the same group fell from 41 to 24.>>

The duty line received 318 messages from care workers in the first year. The heart failure nurses
changed someone's treatment after 97 of them and visited the same or next day after 142.
"""),
        ("stakeholders", None, """
<<S:Care workers from both providers came to two evening sessions with the heart failure nurses and
chose the five warning signs themselves, dropping 'reduced urine output', which they said they could
never judge, in favour of 'shoes or slippers feel tighter'.>> <<S:Rota planners at Greenlea worked out
that time sensitive visits had to be put on the rota before anything else, or they would slip, and
Hollybrook copied the way they did it.>> <<S:The heart failure nurses wrote the timing note with the
council's brokerage team, and changed it twice after providers told them it was not clear which visit
each dose belonged to.>> <<S:The trust's community pharmacist suggested adding a line for people whose
second diuretic dose could safely be moved earlier, which has meant a lunchtime visit is no longer
needed for some.>>

<<P:The Stannerley Carers' Network also looked at the scheme from the point of view of husbands, wives
and daughters who help with medicines, and asked for a copy of the timing note to be left in the
person's home folder, which it now is.>>
"""),
        ("value", None, """
The scheme has cost the council very little. The visits were already being paid for; they are simply
planned around the person rather than the road. We agreed a small increase in the hourly rate for the
two providers to cover the extra travel that fixed times sometimes cause, which came to about £19,000
in the first year. An emergency admission for heart failure costs the NHS around £3,500, and a fall
at night that ends in a broken hip costs a great deal more and can mean the end of living at home.

For people on the scheme, the change is more personal. One man told me he had slept through the night
for the first time in two years. A woman said she had been to her granddaughter's wedding and had not
had to sit by the door. Care workers say they feel they are part of the person's health care, not just
their personal care, and the heart failure nurses say they now hear about problems days earlier.
"""),
        ("spread", None, """
From April 2025 the time sensitive flag and the heart failure warning signs will be part of the
council's contract with all of its home care providers, not just the two we started with. We have
shared the timing note with the other councils in the county through the regional commissioning
network, and the community trust has offered its heart failure nurses' duty line to the care homes in
the borough. We also presented the work to our integrated care partnership, which has asked us to look
at whether the same approach would help people taking medicines for Parkinson's disease or diabetes.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1111  potassium-based salt substitutes and heart failure medicines - pdf -
#        form table with a cover table - chair of a heart failure support
#        group, plain - support group with the LPC, the community trust's
#        heart failure nurses and a supermarket - members involved - NO staff
#        involvement (pharmacists trained, nurses sent the leaflet, a
#        supermarket agreeing, a named lead, a survey that changed nothing, a
#        plan) - 'a third fewer' among the claims
# ---------------------------------------------------------------------------
entry(
    id="I1111", format="pdf", layout="form_table", topic="salt_substitute_potassium_heart_failure",
    project="independent70-pinchofcaution-1111", pdf_font="DejaVuSans",
    title="A Pinch of Caution: salt substitutes and heart failure medicines",
    cover_table=[
        ("Entry title", "A Pinch of Caution: salt substitutes and heart failure medicines"),
        ("Lead organisation", "Gorsemoor Heart Failure Support Group (run by and for people living with heart failure and their families)"),
        ("Partner organisations", "Gorsemoor Local Pharmaceutical Committee; Gorsemoor Community Health NHS Trust (Heart Failure Specialist Nurses); Penrose Foodstores plc"),
        ("Entrant", "Chair, Gorsemoor Heart Failure Support Group"),
    ],
    primary_entrant=dict(name="Gorsemoor Heart Failure Support Group", type="patient_group"),
    partners=[
        dict(name="Gorsemoor Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Gorsemoor Community Health NHS Trust", type="nhs_trust"),
        dict(name="Penrose Foodstores plc", type="private"),
    ],
    sections=[
        ("context", "Why was the partnership needed?", """
People with heart failure are told to cut down on salt. Many of us do this by buying a 'low salt' or
'reduced sodium' product from the supermarket to sprinkle on our food instead. What most of us did not
know is that many of these products replace the sodium with potassium. Several of the most important
heart failure medicines, such as spironolactone, eplerenone, ACE inhibitors and sacubitril valsartan,
raise the level of potassium in the blood. Taken together, they can push potassium to a dangerous
level, which can cause the heart to beat irregularly or stop.

We found this out in 2022 when one of our members was admitted with a potassium of 7.1. He was a careful
man who did everything he was told, including giving up ordinary salt for a substitute. At our next
meeting, when he told his story, eleven other members said they used the same product or one like it.
None of them had been told it could be a problem. The labels said 'consult your doctor if you are on
medication', in very small print, on the back.

We are a group of about 140 people with heart failure and their partners. We could warn each other, but
we could not reach everyone with heart failure in Gorsemoor, and we could not change what was on the
shelves. So we asked the people who could help.
"""),
        ("evidence", "What evidence is there of improvement?", """
From June 2023, community pharmacies have asked everyone collecting a potassium-raising heart failure
medicine whether they use a salt substitute, and given our leaflet to anyone who does. The heart
failure nurses give the same leaflet at first visits. Penrose Foodstores put shelf labels next to
potassium-based salt substitutes in its nine Gorsemoor stores saying 'Not suitable for some people
taking heart or kidney medicines. Ask your pharmacist.'

We asked our own members about salt substitutes in 2022 and again in 2024. <<Q:Of the members taking a
potassium-raising medicine, the number who were still using a potassium-based substitute fell from 47
to 6.>> <<Q:Figures from the heart failure nurses' caseload
show about a third fewer potassium results above 6.0 in 2024 than in 2022, although other changes to
medicines may have played a part.>>

Pharmacies recorded 2,760 conversations about salt substitutes in the first year.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:The leaflet was written by our members, and the first draft was tested at two of our monthly
meetings, where members asked us to put a photo of the actual products on the front, because many
people do not read the word 'potassium' on a label.>> <<P:Four members visited a Penrose store on their own
and chose where the shelf labels would be seen, and they suggested the wording 'Ask your
pharmacist', because they said people would not ring their GP about salt.>> <<P:Partners and carers in
our group, who do most of the shopping, asked for a second version of the leaflet aimed at them, which
we produced.>>

Pharmacists and their counter staff were trained by a one-hour webinar arranged by the LPC's chief
officer, Helen Brack. The heart failure nurses were sent copies of the leaflet and asked to hand it out.
Penrose Foodstores agreed to put up the shelf labels and paid for them. GP practices were sent a poster.
We surveyed pharmacists after the webinar and most said it was useful, so we kept it as it was. We hope
to work with practice nurses next year.
"""),
        ("value", "What has been the impact, and is it value for money?", """
The leaflet cost about £1,200 to print, paid for by a grant from a local trust fund. The shelf labels
were paid for by Penrose. Pharmacies asked the question as part of their normal conversations when
handing out prescriptions. A single admission with a dangerously high potassium can mean days in
hospital and heart monitoring, and it can be fatal.

Our members say they feel they have done something useful with what happened to them. Several have
told us that a pharmacist asked them the question before they had heard about it from us.
"""),
        ("spread", "How has the work been shared and spread?", """
Penrose Foodstores has put the same shelf labels in all of its stores nationally. The national heart
failure charity has shared our leaflet with its support groups, and the LPC has sent it to the other
pharmaceutical committees in the region.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1112  emergency care for people at home with a left ventricular assist
#        device - pdf - CAPS headings - VAD clinical nurse specialist lead,
#        practical - heart and lung centre with the ambulance service and a
#        patient and family network - staff involved (one sentence told in
#        the context section) and patients and families involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1112", format="pdf", layout="caps_headings", topic="lvad_patients_emergency_care",
    project="independent70-nopulseneeded-1112", pdf_font="LiberationSans", pdf_align="L",
    title="No Pulse, No Panic: emergency care for people living at home with a heart pump",
    cover=[
        "LEAD: Westbury Cross University Hospitals NHS Foundation Trust, Saltmarsh Heart and Lung Centre (Ventricular Assist Device Service)",
        "PARTNERS: Marches and Severn Ambulance Service NHS Trust; VAD Lives (patient and family network)",
        "CONTACT: Lead Clinical Nurse Specialist, VAD Service",
    ],
    primary_entrant=dict(name="Westbury Cross University Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Marches and Severn Ambulance Service NHS Trust", type="emergency_service"),
        dict(name="VAD Lives", type="patient_group"),
    ],
    sections=[
        ("context", "THE PROBLEM", """
A left ventricular assist device (LVAD) is a pump implanted in the heart of a person with very severe
heart failure. It keeps blood moving round the body, either while they wait for a transplant or for
the rest of their life. The pump is driven through a cable that comes out through the skin of the
abdomen to a controller and batteries worn on a belt or in a bag. Our centre looks after about 70 people
living at home with an LVAD, spread across a very large area, some of them more than two hours' drive
away.

People with an LVAD often have no pulse that can be felt and a blood pressure that cannot be measured
with a normal cuff, because the pump gives a steady flow rather than a beat. To an ambulance crew who
has never met one, a person who is talking to them can appear to be in cardiac arrest. Crews have been
known to start chest compressions, which can dislodge the pump and kill the patient. Others have cut
through the driveline or removed the batteries while undressing the person. At local emergency
departments, staff have tried to treat alarms on the controller without knowing what they meant.

Our VAD coordinators carry a 24-hour phone so that anyone treating one of our patients can ring for
advice. <<S:It was the coordinators who first pulled together the emergency calls they had been left
out of, and brought them to a joint clinical governance meeting with the ambulance service in the
spring of 2022, which is where this project began.>> The calls showed that in most ambulance call-outs to
an LVAD patient, the VAD team had not been contacted at all, or only after the patient reached hospital.
In two of these cases, chest compressions had been started on a patient whose pump was working.
"""),
        ("evidence", "WHAT HAS CHANGED", """
Since January 2023, every person with an LVAD has an address flag on the ambulance service's dispatch
system. When a 999 call comes from that address, or the caller mentions a heart pump, the dispatcher
sees a message telling the crew not to start compressions without checking the pump first, and the
clinical hub sets up a three-way call between the crew and the VAD coordinator. Each patient has an
emergency 'grab bag' at home with a laminated guide, spare batteries and controller, and a copy of the
guide is kept with the device.

<<Q:Ambulance call-outs to LVAD patients in which the crew spoke to the VAD team within 15 minutes of
arriving went from 4 of 21 in 2021/22 to 29 of 32 in 2023/24.>> <<Q:Chest compressions started on a
patient whose pump was working fell from two cases in 2021/22 to none in 2023/24.>> <<Q:The average
time before a local emergency department contacted the VAD team after an LVAD patient arrived fell
from 74 minutes to 12 minutes.>>

The address flag has been triggered 61 times in two years. Our coordinators have visited 14 local
emergency departments to leave a copy of the guide.
"""),
        ("stakeholders", "INVOLVEMENT", """
<<P:Members of VAD Lives, the network of people with LVADs and their families, told us that the hardest
moment was trying to explain the pump to a crew while the alarms were sounding and they were
frightened.>> <<P:They asked for a single sheet with a picture of the controller and three instructions
in large type, and they tested four versions of it in their own homes before choosing the one we use.>>
<<P:One wife, whose husband had chest compressions started in 2021, helped film a short training video
for ambulance crews in which she explains what she wishes the crew had known.>>

<<S:Paramedics and emergency medical technicians from three ambulance stations in the most rural parts
of our area went through the guide with our coordinators and asked for it to say where on the body to
listen for the pump hum, which was added.>> <<S:The ambulance service's dispatchers suggested that the
address flag should also catch calls from the patient's mobile phone, so the flag is now linked to the
phone number too.>>
"""),
        ("value", "VALUE", """
An LVAD costs the NHS well over £100,000 to implant, and each person with one has been through months of
treatment. Preventing a single death from inappropriate chest compressions protects that investment
as well as a life. The address flags, guides and grab bags cost about £60 per patient. The three-way
calls use the coordinators' existing on-call phone.

Patients and families tell us that they feel less alone when something goes wrong far from the centre.
Crews say they now feel confident walking into a house where the person has no pulse.
"""),
        ("spread", "SPREAD", """
The ambulance service has used the same approach for people with other rare devices, such as home
ventilators and total artificial hearts. We have shared the guide with the other VAD centres in the
country, and it has been adapted by the national ambulance clinical guidelines group. The film made
with VAD Lives is now part of the ambulance service's annual clinical update.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1113  heart failure referrals from the wards that never reached the
#        community heart failure nurses - pdf (via Word) - style headings -
#        divisional director of nursing, brisk - services of one integrated
#        trust, NO partner (ineligible) - staff involved - NO patient
#        involvement (patients given a leaflet, beneficiaries, a negation and
#        a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1113", format="pdf", layout="style_headings", topic="heart_failure_discharge_referral_lost",
    project="independent70-nooneloost-1113", render_via="soffice", docx_font="Liberation Sans",
    title="No One Lost After Discharge: heart failure referrals from our wards to our community nurses",
    cover=[
        "Lowmoor Valley Health NHS Foundation Trust",
        "A joint project of the trust's cardiology wards, acute medical unit, community specialist heart failure nursing team and digital services team",
        "Submitted by the Divisional Director of Nursing, Medicine and Community Services",
    ],
    primary_entrant=dict(name="Lowmoor Valley Health NHS Foundation Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "The problem", """
Lowmoor Valley Health runs both the district general hospital and the community services for the
valley. People admitted with heart failure are some of the most likely of all patients to come back
into hospital, and the weeks after discharge are the riskiest. National guidance is clear that they
should be seen by a specialist heart failure nurse within two weeks of going home, so that their
diuretics can be adjusted, their medicines increased safely and their warning signs checked.

We are one organisation, so this should have been easy. It was not. Referrals from the wards to the
community heart failure nurses were made on a paper form that was faxed, then scanned, then emailed, and
in 2022 on a form in the electronic record that went to a shared inbox. Nobody on the ward knew whether
it had arrived. The nurses did not know about patients who had gone home without a referral at all,
which happened most often when people were admitted to general medical wards rather than cardiology.

In late 2022 a man of 79 was readmitted eighteen days after discharge, breathless and with a badly
swollen body. His referral had been sent to an inbox that nobody had checked since a staff member left.
He died on the coronary care unit. The review found 31 other referrals sitting unread in the same
inbox.
"""),
        ("evidence", "What has changed", """
From April 2023 every patient with a new or worsening heart failure diagnosis is picked up by a daily
electronic list based on the discharge diagnosis and the prescription of a loop diuretic, so a referral
no longer depends on someone remembering to make it. The heart failure nurses review the list every
weekday morning and accept each patient on the system, which shows on the ward's discharge checklist.
Any patient not accepted within one working day is flagged to the ward sister.

<<Q:Referrals received by the community heart failure team within two working days of discharge rose
from 52% in 2022 to 96% in 2024.>> <<Q:Patients seen by a heart failure nurse within 14 days of going
home went from 48% to 91%.>> <<Q:Readmissions with heart failure within 30 days of discharge fell from 23%
to 16% over the same period.>>

The daily list has identified 1,204 patients since it began, 188 of them from general medical and
surgical wards who would not have been referred before.
"""),
        ("stakeholders", "Who was involved", """
<<S:Heart failure nurses and ward discharge coordinators met weekly for three months to design the
daily list, and they added the loop diuretic rule after finding that the diagnosis code alone missed a
third of patients.>> <<S:Ward clerks told us that they were the ones who actually sent the old forms,
and they asked for the acceptance to show on the discharge checklist so they could stop chasing by
phone.>> <<S:The digital services team built the list and changed it four times in the first month after
the nurses reported patients it had wrongly included.>>

Patients are given a leaflet on discharge with the heart failure nurses' phone number and told to
expect a call. The work is meant to protect every person going home with heart failure. No patients or
carers were involved in designing the list, as it is an internal process. We would like to ask the
Lowmoor Heart Support Group for their views on the discharge leaflet next year.
"""),
        ("value", "Value", """
The daily list was built by our own digital team in about three weeks. The heart failure nurses spend
around half an hour each morning on it, which replaces the time they used to spend chasing referrals.
Each heart failure readmission costs around £3,800 and adds to the pressure on our beds in winter.

The heart failure nurses say that for the first time they trust that they know about everyone. Ward
staff say discharges are smoother.
"""),
        ("spread", "Spread", """
The same daily list approach has been set up for patients with COPD going home to the community
respiratory team. We have presented the work at the regional cardiac network meeting and shared the
list's rules with two neighbouring trusts.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1114  falls over home oxygen tubing - docx - form table with a cover
#        table - PRIVATE home oxygen supplier as primary entrant, with the
#        community trust's home oxygen service and the fire and rescue service
#        (ineligible) - regional clinical services manager, corporate -
#        patients and staff involved - NO quantitative evidence in the
#        evidence section (homes visited, clips fitted, a single figure, a
#        target); a measured change is told only in the value section
# ---------------------------------------------------------------------------
entry(
    id="I1114", format="docx", layout="form_table", topic="home_oxygen_tubing_falls",
    project="independent70-tripfree-1114", docx_font="Calibri",
    title="Trip Free: reducing falls over home oxygen tubing",
    cover_table=[
        ("Entry title", "Trip Free: reducing falls over home oxygen tubing"),
        ("Primary entrant", "Brightair Respiratory Services Ltd (home oxygen supplier, Eastern contract area)"),
        ("Partner organisations", "Eastholme Community NHS Trust (Home Oxygen Assessment and Review Service); Eastholme and Dales Fire and Rescue Service"),
        ("Name and role of entrant", "Regional Clinical Services Manager"),
    ],
    primary_entrant=dict(name="Brightair Respiratory Services Ltd", type="private"),
    partners=[
        dict(name="Eastholme Community NHS Trust", type="nhs_trust"),
        dict(name="Eastholme and Dales Fire and Rescue Service", type="emergency_service"),
    ],
    sections=[
        ("context", "Describe the problem and why a partnership was needed", """
Brightair supplies oxygen concentrators, cylinders and equipment to about 3,400 people in the Eastholme
area under the national home oxygen contract. Most have COPD or another long-term lung condition. Many
use oxygen for 15 hours a day or more, and so that they can move around the house, the concentrator is
connected to their nasal cannula by a long length of tubing, often 15 metres or more, that runs across
floors, through doorways and up the stairs.

That tubing is a trip hazard for a frail, breathless person, often on several medicines and sometimes
unsteady on their feet. It catches on door edges, gets wound around chair legs and lies in loops on
the carpet. Family members and home care workers trip over it too. Our engineers were regularly told
about falls when they visited to service equipment, and our customer services team took calls from
people who had fallen and pulled the tubing out of the concentrator, leaving them without oxygen until
someone came.

The home oxygen assessment and review service at Eastholme Community NHS Trust assesses and reviews
everyone on home oxygen, and was seeing the same problem. The fire and rescue service visits homes
with oxygen to check fire safety, and its advisers had noticed tubing run past gas fires and under
rugs. Each organisation saw a part of it. None of us was looking at the whole home.
"""),
        ("evidence", "What evidence is there of improvement?", """
Since January 2023, every first installation and every routine service visit includes a tubing check
by our engineer, using a short checklist agreed with the oxygen service. Engineers fit wall clips and
door-edge guides, cut tubing to the shortest safe length and fit a swivel connector so that the tubing
does not twist. Where there are stairs, a second concentrator or a separate cylinder upstairs is
discussed with the oxygen service rather than running tubing up the staircase. Anyone who has fallen is
referred to the oxygen service for a review and, with their consent, to the community falls team. Fire
advisers check the route of the tubing on their visits and tell us about any problems.

In 2023 and 2024 our engineers did tubing checks in 3,120 homes, fitted clips or guides in 1,870 and
arranged a second concentrator or upstairs cylinder for 214 people. The oxygen service received 162
falls referrals from us. Our target is for every customer to have a tubing check at least once a year;
we reached 88% in 2024.

Fire advisers reported tubing near a heat source in 43 homes in 2024, all of which were put right within
a week.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:We asked 20 people on long-term oxygen, chosen by the oxygen service, to try the wall clips and
swivel connectors for a month, and they told us that the swivel made the biggest difference, because
twisting was what made the tubing loop on the floor.>> <<P:Several of them also said that nobody had
ever asked them where they actually spend their day, so the engineers' checklist now begins with that
question.>>

<<S:Our engineers drew up the first checklist with the oxygen service's nurses and physiotherapists,
who added a question about walking aids after seeing how often tubing wrapped round a walking frame.>>
<<S:Fire service home safety advisers went out with our engineers on joint visits for two weeks and
asked for tubing routes to be kept at least two metres from any heat source, which is now on the
checklist.>>
"""),
        ("value", "What has been the impact on patients and staff, and value for money?", """
Clips, guides and swivel connectors cost about £9 a home, and the engineers' extra time is around ten
minutes a visit, which Brightair has absorbed. <<Q:Falls involving oxygen tubing reported to our
customer services team dropped from 61 in 2022 to 22 in 2024.>> A hip fracture in an older person
with COPD costs the NHS and social care many thousands of pounds and is often the start of a move into
a care home.

Customers tell us they feel steadier moving around their homes. Engineers say they feel they are doing
more than delivering a machine.
"""),
        ("spread", "How has the work been shared and spread?", """
The tubing checklist is now used in all of Brightair's contract areas. We have shared it with the
national home oxygen leads group and with the other suppliers through the contract forum. The fire
service has added the tubing check to its home safety visit form for all homes with oxygen.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1115  oxygen ordered at hospital discharge and never reviewed - docx -
#        rubric headings - clinical lead respiratory physiotherapist,
#        methodical - community trust with the acute trust, the ICB and a home
#        oxygen supplier - staff involved (partly in the passive voice) and
#        members of a lung choir involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1115", format="docx", layout="rubric_headings", topic="discharge_home_oxygen_orders_review",
    project="independent70-temporarymeanstemporary-1115", docx_font="Cambria",
    title="Temporary Means Temporary: reviewing home oxygen ordered when people leave hospital",
    cover=[
        "Lead: Rivermead and Ellerdyke Community NHS Trust, Home Oxygen Assessment and Review Service",
        "Partners: Ellerdyke Teaching Hospitals NHS Trust (Respiratory Medicine); NHS Ellerdyke Valley Integrated Care Board; Oxyline Healthcare Ltd (home oxygen supplier)",
        "Clinical Lead Respiratory Physiotherapist",
    ],
    primary_entrant=dict(name="Rivermead and Ellerdyke Community NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Ellerdyke Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Ellerdyke Valley Integrated Care Board", type="icb"),
        dict(name="Oxyline Healthcare Ltd", type="private"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
When a person is ready to leave hospital after a chest infection or a flare-up of COPD but still has low
oxygen levels, the ward can order oxygen at home so that they can go. These orders are meant to be
short-term. The person should be reviewed by the home oxygen service within about eight weeks, because
many of them recover and no longer need oxygen, and some of them should never have been given it in
the first place.

Oxygen is not harmless. In people with COPD who retain carbon dioxide, too much oxygen can make them
drowsy and confused. Oxygen in the home is a serious fire risk, especially for people who smoke or
live with someone who does. The equipment is a trip hazard, it ties people to the house and it costs
the NHS money every month it stays.

In 2022, when we matched the supplier's list of people with oxygen at home against our own records, we
found 312 people whose oxygen had been ordered on discharge from hospital and who had never been seen
by us. Some had been on oxygen for more than three years. The reasons were simple. Discharge orders
went straight from the ward to the supplier, and a copy was meant to come to us but often did not. When
it did, it often had no contact number and no reason for the oxygen. Patients had been told that
someone would be in touch, and most assumed that meant the oxygen was meant to stay.

Our goals were that every person sent home with oxygen is known to the review service within two
working days, is reviewed within eight weeks, and has their oxygen stopped if they no longer need it.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
From May 2023, the hospital's electronic discharge oxygen order cannot be sent without a reason, the
oxygen level on air and a contact number, and it goes to the supplier and to our service at the same
time. The supplier sends us a weekly list of every new order from any source, which we check against
our referrals. The ICB funded an extra respiratory physiotherapist for eighteen months to clear the
backlog of 312 people.

<<Q:New discharge oxygen orders known to our service within two working days rose from 41% in 2022 to
98% in 2024.>> <<Q:People reviewed within eight weeks of a discharge order went from 23% to 87%.>>
<<Q:The proportion of people on home oxygen who had never had a formal assessment fell from 14% to 2%.>>

Of the 312 people in the backlog, 171 had their oxygen stopped after review because they no longer
needed it, and 29 who smoked were supported to stop or had their oxygen removed for safety.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The discharge order form has been adopted by the other hospital in the ICB area, and the weekly
supplier list is now standard across all four home oxygen services the supplier works with in the
region. We presented the work at the national home oxygen services network in 2024.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
Stopping oxygen that is not needed saves the NHS rental and electricity costs of around £1,200 a person
each year. The backlog review alone released well over £200,000 a year, more than the cost of the extra
post. More importantly, fewer people are living with the fire and trip risks of oxygen they do not
need.

People who had oxygen removed often told us they felt freer. Ward staff say the new form takes less than
five minutes and they know the person will be followed up.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<S:The new discharge order form was designed by ward respiratory nurses and our service's
physiotherapists together, and it was tested on two respiratory wards for a month before being used
across the hospital.>> <<S:Junior doctors who had to fill it in were asked what slowed them down, and the
question about oxygen saturation on air was moved to the top as a result.>> <<S:The supplier's
customer services team suggested the weekly list after they noticed orders arriving from out-of-area
hospitals that nobody in Ellerdyke knew about.>> <<S:ICB commissioners and our clinicians agreed the
criteria for stopping oxygen together.>>

<<P:Singers from the Ellerdyke Lung Choir, a singing group for people with lung conditions, gave up two
of their practice evenings to go through the letter we send before a review, and told us it made it
sound as if their oxygen was going to be taken away, so we rewrote it to explain why we review
everyone.>> <<P:Two choir members who had had their own oxygen stopped after review now come to the
hospital's respiratory patient forum to explain what it was like.>>
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1116  people on home oxygen switching off their concentrator to save on
#        electricity - docx - style headings - energy advice charity chief
#        executive, warm - charity with the council's welfare rights team and
#        the community trust's home oxygen service - staff involved - NO
#        patient involvement (people on oxygen visited and sent letters,
#        beneficiaries, a phone survey after which nothing changed, a
#        negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1116", format="docx", layout="style_headings", topic="home_oxygen_concentrator_electricity_costs",
    project="independent70-keepitswitchedon-1116", docx_font="Calibri",
    title="Keep It Switched On: help with electricity costs for people on home oxygen",
    cover=[
        "Hearthstone Energy Advice (registered charity), lead entrant",
        "Partners: Moorcastle City Council (Welfare Rights and Household Support Fund team); Moorcastle Community Healthcare NHS Trust (Home Oxygen Service)",
        "Entry by the Chief Executive, Hearthstone Energy Advice",
    ],
    primary_entrant=dict(name="Hearthstone Energy Advice", type="charity"),
    partners=[
        dict(name="Moorcastle City Council", type="local_authority"),
        dict(name="Moorcastle Community Healthcare NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "What was the problem?", """
Hearthstone is a small charity that gives free advice to households in Moorcastle who are struggling
with fuel bills. In the winter of 2022/23, when energy prices rose sharply, our advisers began to notice
something in the cases they were handling that worried us: households where someone on home oxygen
had turned their concentrator off, or down, to save money.

An oxygen concentrator runs on mains electricity, often for 15 hours a day or more. The NHS pays people
back for the electricity it uses, but the payment comes every three months, in arrears, and at the time
it was based on an old rate. Many people did not know they were entitled to it at all, or had not
updated their details when they moved or changed supplier. Those on prepayment meters felt the cost
every time they topped up. For someone with severe COPD, using less oxygen than prescribed can mean
low oxygen levels, strain on the heart, more breathlessness and more admissions to hospital.

The home oxygen service at Moorcastle Community Healthcare had noticed the same thing from a different
direction. At reviews, the concentrator hour meter showed far fewer hours than prescribed, and the same
reason came up again and again. The council's welfare rights team had money to help
people with bills through the household support fund, but did not know who was on oxygen.
"""),
        ("evidence", "What difference has it made?", """
Since February 2023, the oxygen service asks everyone at their review whether the cost of electricity
has made them use their oxygen less, and refers anyone who says yes, or who has low hours on their
meter, to us with their consent. Our advisers check that the electricity reimbursement is set up and
correct, help people switch to a better tariff or onto the priority services register, and refer to the
council's welfare rights team for a benefits check and a grant from the household support fund where
needed. The council has agreed to pay a one-off fuel grant to anyone on oxygen who is on a prepayment
meter.

<<Q:At their annual review, people who said they had cut down their oxygen use because of the cost
fell from 19% in the winter of 2022/23 to 4% in the winter of 2024/25.>> <<Q:Reviews where the
concentrator meter showed fewer than three quarters of the prescribed hours went down from 27% to
11% over the same period.>>

In the two years we have taken 486 referrals, set up or corrected electricity reimbursement for 302
households and helped 157 people to claim benefits they were entitled to.
"""),
        ("stakeholders", "Who was involved?", """
<<S:The oxygen service's nurses wrote the question they ask at reviews after trying three versions,
and they dropped the word 'afford' because they found people were too proud to say yes to it.>>
<<S:Our energy advisers and the council's welfare rights officers agreed a single referral form after
our advisers pointed out that people were being asked the same questions twice.>> <<S:Oxygen service
technicians, who read the concentrator meters, suggested adding low meter hours as a reason to refer,
because some people would never raise money worries themselves.>>

Everyone on home oxygen in Moorcastle was sent a letter explaining the help available, and our advisers
visited people at home where they could not manage by phone. The project exists for the people on
oxygen and their families. We did a short phone survey of people we had helped, and they were very
positive, so we carried on as we were. We did not run focus groups or a user panel, because of the
pressure of that first winter, but we would like to involve people on oxygen in planning next winter's
campaign.
"""),
        ("value", "What has been the value?", """
Our advice service is funded by the council and by a grant from an energy trust, and the project used
about half of one adviser's time. The council's fuel grants came to £38,000 over two winters. People we
helped are, between them, around £240,000 a year better off in benefits and reimbursement. Each
admission for a COPD flare-up costs the NHS around £3,000.

Nurses say they can
now do something when they hear about money worries at a review, rather than just noting it.
"""),
        ("spread", "How has it been shared?", """
The national home oxygen team has used our experience in its guidance on reimbursement. The oxygen
service has added the question to its review template for good, and the council has asked us to set
up the same referral route for people on home dialysis, who face the same problem with their machines.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1117  duplicate inhalers left on repeat after people with COPD move to a
#        triple inhaler - pdf - numbered questions - PCN lead clinical
#        pharmacist, precise - PCN with the acute trust's respiratory team and
#        the LPC - staff involved - NO patient involvement (patients reviewed
#        and sent a text, a patient group told at a meeting, beneficiaries, a
#        hope)
# ---------------------------------------------------------------------------
entry(
    id="I1117", format="pdf", layout="numbered_questions", topic="copd_duplicate_inhalers_triple_therapy",
    project="independent70-oneinhaler-1117", pdf_font="DejaVuSans", pdf_align="L",
    title="One Inhaler, Not Three: removing duplicate inhalers after people with COPD move to a triple inhaler",
    cover=[
        "Kestle Brook Primary Care Network (nine GP practices), lead entrant",
        "Partners: Redwater Hospitals NHS Trust (Respiratory Medicine); Redwater and Kestle Local Pharmaceutical Committee",
        "Written by the PCN Lead Clinical Pharmacist",
    ],
    primary_entrant=dict(name="Kestle Brook Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Redwater Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Redwater and Kestle Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "1. What was the problem and why was a partnership needed?", """
Many people with COPD now use a single 'triple' inhaler that contains three medicines: an inhaled
steroid, a long-acting beta agonist (LABA) and a long-acting antimuscarinic (LAMA). This is simpler for
them than two or three separate inhalers, and it is often started in hospital during an admission for
a flare-up or in the respiratory clinic.

The problem comes afterwards. When the new inhaler is added to the GP record, the old ones often stay on
repeat. A person can end up with their old LAMA inhaler, their old steroid and LABA inhaler and the new
triple inhaler, all issued every month. Some use all three, doubling or tripling their dose, which
raises the risk of pneumonia from the steroid and of urinary retention, a dry mouth and a fast heart
rate from the LAMA. Others are confused about which to use and stop the new one. Community pharmacists
were dispensing all of them because each was a valid prescription.

In early 2023 one of our practices had a patient admitted with pneumonia who had been using two steroid
inhalers for eight months. When we searched the records of all nine practices, we found 214 people with
COPD who had a triple inhaler and at least one other inhaler containing one of the same medicines on
active repeat.

The causes were spread across three organisations. Hospital discharge letters said 'start triple
inhaler' without saying what to stop. Practice staff added the new inhaler without removing the old.
Pharmacies had no prompt to question the combination.
"""),
        ("evidence", "2. What evidence is there of improvement in safe care?", """
From June 2023 the hospital respiratory team uses a discharge and clinic letter template that lists
'inhalers to stop' next to 'inhalers to start'. Our clinical pharmacists run a monthly search for any
duplicate combination and review each person by phone or in clinic. Community pharmacies refer any
duplicate they spot through the LPC's referral route to a named PCN pharmacist inbox.

<<Q:People with COPD on a triple inhaler who also had a duplicate long-acting inhaler on active repeat
fell from 214 in March 2023 to 23 in September 2024.>> <<Q:In an audit of hospital letters, those
starting a triple inhaler that also said which inhalers to stop went up from 18% to 94%.>> <<Q:The
number of inhaled steroid inhalers issued per person with COPD in the PCN went down by about a quarter
over the same period.>>

Community pharmacies sent 76 duplicate referrals in the first year.
"""),
        ("stakeholders", "3. Who was involved and how?", """
<<S:Respiratory consultants and specialist nurses at Redwater worked with our pharmacists on the new
letter template, and it was the nurses who asked for the 'inhalers to stop' box to sit next to 'start'
rather than at the end.>> <<S:Practice prescription clerks told us they did not feel able to remove an
inhaler from repeat without a clinician's say-so, so the search now goes to a pharmacist rather than to
them.>> <<S:Community pharmacists from the LPC agreed which combinations should trigger a referral, and
after the first month asked for spacers and salbutamol to be taken off the list because they were
causing false alarms.>>

Every patient with a duplicate had a review with one of our pharmacists, who checked their inhaler
technique and explained the change, and they were sent a text with a link to a video on their new
inhaler. The local Breathe Easy group was told about the project at one of its meetings. The work is
designed to protect everyone with COPD in the PCN, and we hope to ask people with COPD to help us write a
leaflet on what to do with old inhalers.
"""),
        ("value", "4. What has been the impact and is it value for money?", """
Stopping duplicate inhalers saved about £46,000 in prescribing costs in the first year, far more than
the pharmacist time involved. Fewer inhalers also means fewer propellant gases released. Each
pneumonia admission avoided saves the NHS around £4,000 and can save a frail person's life.

Practice staff say the monthly search has made them more careful when adding new inhalers.
"""),
        ("spread", "5. How has the work been shared?", """
The hospital has made the 'inhalers to stop' box part of all its respiratory letters, including those
sent to other PCNs. The ICB has added our search to its medicines optimisation dashboard for all PCNs,
and we presented the work to the regional respiratory network.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1118  cardiac rehabilitation in community languages after a heart attack -
#        pdf - with appendix - community health charity project manager,
#        heartfelt and long - charity with the community trust's cardiac
#        rehabilitation service and the council's public health team -
#        community members and volunteer 'heart buddies' involved - NO staff
#        involvement (rehab staff took referrals and were given cultural
#        awareness training, a named coordinator, practices sent letters, a
#        survey that changed nothing, a plan) - NO quantitative evidence
#        (attendance counts, single figures, a target, plans to compare)
# ---------------------------------------------------------------------------
entry(
    id="I1118", format="pdf", layout="with_appendix", topic="cardiac_rehab_community_languages",
    project="independent70-dilse-1118", pdf_font="LiberationSerif", pdf_align="L",
    title="Dil Se (From the Heart): cardiac rehabilitation in community languages after a heart attack",
    cover=[
        "Lead entrant: Jeevan Community Health Project (registered charity), Latchford",
        "Partners: Latchford Community NHS Trust (Cardiac Rehabilitation Service); Latchford Metropolitan Borough Council (Public Health)",
        "Prepared by the Project Manager, Jeevan Community Health Project",
    ],
    primary_entrant=dict(name="Jeevan Community Health Project", type="charity"),
    partners=[
        dict(name="Latchford Community NHS Trust", type="nhs_trust"),
        dict(name="Latchford Metropolitan Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Why this matters", """
Jeevan was set up in 2009 by a group of women in the east of Latchford who were tired of seeing their
parents, husbands and brothers die young of heart disease. We run health sessions, walking groups and
cooking classes in Punjabi, Urdu, Gujarati, Bengali and English, in mosques, gurdwaras, temples and
community centres. Most of our staff and all of our volunteers live in the neighbourhoods we serve.

People of South Asian heritage in the UK have heart attacks younger and more often than the population
as a whole, and diabetes makes it worse. After a heart attack, cardiac rehabilitation is one of the
most powerful things that can keep a person alive. It combines exercise, education about medicines,
diet and warning signs, and support to stop smoking and manage stress. People who complete it are less
likely to have another heart attack and less likely to die.

Yet the people we know rarely went. Figures from the community trust's cardiac rehabilitation
service for 2021 showed that people from South Asian communities were referred as often as
anyone else, but far fewer of them turned up to the first session, and even fewer finished the course.
The reasons were not a mystery. The classes were at a leisure centre across town
at times that clashed with work, prayers or the school run. They were in English, with an instructor
who talked quickly. Women did not want to exercise in a mixed group or in front of men from outside
the family. Invitation letters were easily mistaken for a bill or something from the council,
and put in a drawer.

The safety part of this is the part that worries us most. Cardiac rehabilitation is also where people
learn how to take their new medicines, such as the two blood thinners after a stent, the statin and
the beta blocker, and what to do if chest pain comes back. Without it, we met people who had stopped
their clopidogrel after a month because the first box ran out and they thought the course was
finished, people who took their spray for chest pain and then waited at home for hours, and people
fasting in Ramadan who had stopped all their tablets for the month without asking anyone. In 2021 a
man of 52 from our walking group died of a second heart attack five months after his first. His wife
told us he had never been to rehab and had stopped his tablets because they made him tired.

We could not run cardiac rehabilitation ourselves. We are not clinicians, and rehabilitation needs
specialist nurses and physiotherapists, an assessment of each person's heart and safety checks before
exercise. The community trust had those skills but not the trust of the community or the places to
meet. The council's public health team wanted to close the gap in heart disease deaths in the east of
the borough and had some money to do it. Each of us had part of what was needed.
"""),
        ("evidence", "What difference it has made", """
Dil Se started in September 2022. Three times a year the cardiac rehabilitation service runs an
eight-week course in one of four community venues in the east of Latchford, led by its nurses and
physiotherapists, with an interpreter from our team in every session. There are women-only and
men-only groups, and sessions are timed around prayer times and the school day. Our staff phone
everyone referred from the east of the borough in their own language before their first appointment,
and our heart buddies, volunteers who have had a heart attack themselves, go with them to their first
session if they want. Medicines and warning signs are covered in the first week, and there is a
session on fasting and heart medicines before Ramadan.

In the first two years:

- 318 people were offered a place on a Dil Se course, and 241 came to at least one session

- 176 people completed the eight weeks

- 84 women attended the women-only groups

- our heart buddies made 412 phone calls and accompanied 97 people to their first session

- 63 people took part in the session on fasting and heart medicines

- in our end-of-course questionnaire, 92% said they understood what each of their heart medicines was for

The cardiac rehabilitation service's target is for 70% of people referred from the east of the
borough to start a course. We are not there yet. We have asked the trust and the council to compare
readmissions for people who attended Dil Se with those who did not, and hope to report this next year.
"""),
        ("stakeholders", "Who was involved", """
<<P:Dil Se was shaped by people who had been through a heart attack themselves: fourteen men and women
from our walking groups met with us over six evenings in 2022 and told us what had kept them away from
rehab, and it was their idea to hold the classes in places of worship.>> <<P:The women in that group
asked for women-only sessions with a female physiotherapist, and they chose the name Dil Se.>> <<P:Our
heart buddies, all volunteers who had had a heart attack or a stent, wrote the words we use on the
first phone call, because they said the NHS letter sounded like a summons.>>

<<P:Families played a part too: daughters and sons who had gone with a parent to rehab at the leisure
centre told us that the exercise sheet could not be followed at home, so the heart buddies recorded a
video of the exercises with a commentary in four languages.>> <<P:Mr Harjit Sandhu, who had a heart
attack at 48, tried out every session of the first course and told us which parts were too fast, and
the education sessions were slowed down and split into two.>>

The cardiac rehabilitation nurses and physiotherapists took referrals through their usual system and
were given a cultural awareness session by our team. Our project coordinator, Mrs Farzana Iqbal,
organised the venues and interpreters. GP practices in the east of Latchford were sent a letter
about the scheme. We surveyed the rehabilitation staff after the first course and they were positive,
so nothing changed. We would like to involve hospital cardiology staff in the next phase.
"""),
        ("value", "Value", """
The council's public health team funds our interpreters, heart buddy coordinator and venue costs, at
about £48,000 a year. The cardiac rehabilitation staff time comes from the trust's existing service,
moved from the leisure centre to the community venues. Mosques, gurdwaras and temples charge us little
or nothing for their halls.

A second heart attack costs the NHS many thousands of pounds and can leave a family without an earner.
Cardiac rehabilitation is among the most cost-effective treatments in cardiology, and it is only
effective if people come.

What people tell us matters more. One man said that for the first time since his heart attack he was
not afraid to walk to the shops. A woman told us that her daughter had cried when she heard her mother
explain her medicines to the pharmacist in English and Punjabi. Our heart buddies say that helping
others has helped them to look after themselves.
"""),
        ("spread", "Sharing the learning", """
We have shared the model with two other community health charities in the region, and one of them has
started a similar project with its local cardiac rehabilitation service. The trust is offering a
Polish-language course in the west of the borough using the same approach. We presented Dil Se at the
national cardiac rehabilitation conference in 2024 and at the council's health inequalities summit.
"""),
    ],
    trailer=[
        ("heading", "Appendix: course outline and sources of figures"),
        ("para", "Dil Se eight-week course: week 1, your heart and your medicines; week 2, warning signs and what to do; weeks 3 to 8, supervised exercise with education on diet, smoking, stress, sleep and returning to work. A session on fasting and heart medicines is held before Ramadan each year."),
        ("para", "Figures on places offered, attendance and completion are from the Latchford Community NHS Trust cardiac rehabilitation database. Heart buddy calls and escorts are from Jeevan's own records. The end-of-course questionnaire was completed by 158 of the 176 people who finished the course."),
        ("para", "Jeevan Community Health Project, 14 Railway Terrace, Latchford, LT2 9QS. Registered charity."),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1119  wound checks after heart surgery at cardiac rehabilitation classes -
#        docx - sections in an unusual order (results first) - cardiac
#        rehabilitation team lead, plain - community trust with the
#        cardiothoracic centre and a GP federation - staff involved and
#        patients involved (told in the value section) - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1119", format="docx", layout="reordered", topic="sternal_wound_checks_cardiac_rehab",
    project="independent70-checkthescar-1119", docx_font="Cambria",
    title="Check the Scar: wound checks after heart surgery at cardiac rehabilitation classes",
    cover=[
        "Lead: Brenmouth Healthcare NHS Trust, Quayside Cardiac Rehabilitation Service",
        "Partners: St Aldric's University Hospital NHS Foundation Trust (Southern Coast Cardiothoracic Centre) and Brenmouth GP Federation",
        "Author: Cardiac Rehabilitation Team Lead",
    ],
    primary_entrant=dict(name="Brenmouth Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="St Aldric's University Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Brenmouth GP Federation", type="primary_care"),
    ],
    sections=[
        ("evidence", "What we achieved", """
<<Q:The average time from the first sign of a wound problem being noticed to a review by the
cardiothoracic team fell from 9 days in 2021/22 to 2 days in 2023/24.>> <<Q:Deep sternal wound
infections needing a return to theatre among our patients went from 11 in 2021/22 to 3 in 2023/24,
while the number of people we saw after surgery stayed about the same.>> <<Q:Courses of antibiotics
started by GPs for wound problems without a swab or a specialist opinion fell from 58 to 14.>>

Since April 2022 we have done 2,460 wound checks at rehabilitation sessions and sent 214 photographs to
the cardiothoracic centre's wound team.
"""),
        ("context", "The problem", """
People who have heart surgery through the breastbone (the sternum), such as a bypass or a valve
replacement, go home after about a week with a long wound down the chest and often another on the leg
where a vein was taken. Wound infections are one of the commonest complications. Most are minor, but a
deep infection of the breastbone is serious: it can need several more operations and weeks in hospital,
and some people die.

The cardiothoracic centre at St Aldric's is an hour's drive from Brenmouth. Once patients were home,
nobody was clearly responsible for their wounds. The surgical team saw them at six weeks. District
nurses saw only those who needed dressings. If a wound became red or started to leak, patients rang
their GP, who often gave antibiotics without a swab and without talking to the surgical team, and by
the time the person was seen at the centre a surface infection had sometimes become a deep one.

Most of these patients start our cardiac rehabilitation classes three to four weeks after surgery, and
our nurses and physiotherapists see them every week for eight weeks. We were already noticing wounds
that worried us, but had no way of getting them seen quickly.

From April 2022 our nurses check every surgical wound at the first class and at any class where the
patient mentions a change, using a short checklist agreed with the centre. If there is a concern they
take a photograph on a secure app and send it to the centre's wound team, who reply the same working
day and can arrange a review at the centre or at a clinic in Brenmouth. GPs in the federation ring the
wound team before prescribing antibiotics for a post-surgery wound.
"""),
        ("value", "Value and experience", """
The wound checks take about five minutes a patient and were built into our existing classes. The
secure photo app was already licensed by the trust. A deep sternal wound infection can cost more than
£30,000 to treat and keep a patient in hospital for weeks.

<<P:Patients who had had wound problems after their own surgery helped us with this work: five of them
came to a rehabilitation class to test the checklist and told us that they could not see their own
wound properly, which is why every patient is now given a mirror card and shown how to check it between
classes.>> <<P:One of them, a retired joiner, suggested that the photograph be shown to the patient on
the screen before it is sent, so they know what the surgeon will see, and we now always do this.>>

Patients say they feel safer knowing someone is looking at the wound every week. Our nurses say they
no longer feel helpless when they see a wound they do not like.
"""),
        ("stakeholders", "Who was involved", """
<<S:The centre's wound care nurses and our rehabilitation nurses wrote the checklist together over three
meetings, and the wound nurses asked us to include the leg wound after finding that leg infections were
being missed.>> <<S:GPs from the federation told us that they prescribed antibiotics because they could
not reach the surgical team, and they asked for a direct number, which the centre provided.>>
<<S:Our physiotherapists suggested doing the check before exercise rather than after, because patients
were often too tired to undress at the end of the class.>>
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1120  how long people stay on two blood thinners after a coronary stent -
#        docx - short lists - LPC chief officer, brisk - LPC with the acute
#        trust's cardiology team and a PCN - patients and staff involved
#        (unusual job titles) - NO evidence section and no measured change
#        anywhere in the entry
# ---------------------------------------------------------------------------
entry(
    id="I1120", format="docx", layout="bullet_lists", topic="dual_antiplatelet_duration_after_stent",
    project="independent70-righttimetostop-1120", docx_font="Arial",
    title="The Right Time to Stop: how long people stay on two blood thinners after a heart stent",
    cover=[
        "Tamberley Local Pharmaceutical Committee",
        "with Oakvale Hospitals NHS Trust (Cardiology) and Tamberley Central Primary Care Network",
        "Submitted by the LPC Chief Officer",
    ],
    primary_entrant=dict(name="Tamberley Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="Oakvale Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Tamberley Central Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "The problem", """
After a heart attack or a stent, most people take two antiplatelet medicines (aspirin plus clopidogrel,
ticagrelor or prasugrel) for a set time, usually six or twelve months, then drop to one.

What pharmacists in Tamberley kept seeing:

- people who stopped the second medicine after one month, because they thought the first box was the whole course

- people still on both medicines two or three years later, at higher risk of bleeding, because nobody had told the practice when to stop

- hospital discharge letters that said 'for 12 months' without a date

- people who were also on an anticoagulant, taking three blood thinners at once for longer than intended

- in 2023, a woman on both medicines for almost three years who had a serious stomach bleed

What we agreed with the hospital and the PCN in 2024:

- every discharge letter gives a stop date for the second antiplatelet, not just a length of time

- the stop date goes on the repeat prescription as a review date

- community pharmacists mention the stop date at the first and sixth dispensing and check the person is still taking it

- the PCN's clinical pharmacists run a monthly search for anyone past their stop date

- anyone also taking an anticoagulant gets a phone call from a PCN pharmacist within a week of leaving hospital

Why it needed all three of us:

- the hospital decides the length of treatment, but the decision was getting lost in the letter

- the practice holds the repeat prescription, but had no date to work to

- the pharmacy sees the person every month, but had no way of knowing what the plan was

- none of us could close the gap alone, and each of us had been assuming someone else was keeping track
"""),
        ("stakeholders", "Who was involved", """
- <<P:members of the Oakvale heart support group told us that the word 'dual' meant nothing to them, and chose the phrase 'your second blood thinner' for the sticker put on the box>>

- <<P:two of them kept a diary of what they were told at each pharmacy visit for three months, and their diaries showed that the sixth-month conversation was the one that mattered most>>

- <<S:dispensary colleagues and medicines counter assistants in six pharmacies tried the sticker and asked for it to go on the outer bag as well, because boxes are often thrown away>>

- <<S:cardiology registrars and the ward pharmacists at Oakvale changed the discharge template after our pharmacists showed them letters with no date>>

- <<S:PCN clinical pharmacists wrote the monthly search and asked for people on an anticoagulant to be listed first>>
"""),
        ("value", "Value", """
- the sticker costs less than a penny and the conversations are part of normal dispensing

- the search takes a PCN pharmacist about an hour a month

- one serious bleed can mean an admission, a transfusion and, for some people, death

- pharmacists say they feel able to raise the question with confidence now the date is on the box

- people on the scheme tell us they like knowing exactly when their treatment will change, and several have said it stopped them worrying that they would be on 'heart tablets' for ever
"""),
        ("spread", "Spread", """
- all 31 pharmacies in the LPC area are now using the sticker

- the hospital has asked the other two PCNs in Tamberley to run the same search

- the stop date rule has been shared with the regional cardiac network
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
