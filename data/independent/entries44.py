"""Forty-fourth independent evaluation set (I689..I704) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
a few national bodies named in passing.  The entries are meant to be ordinary: the kind
of thing hospital and community pharmacy teams, GP practices, care providers, prison
healthcare, councils, emergency services and charities send in, in their own voices and
at their own length.  The theme of this set is medicines safety across the system.

Topics: medicines lost when men are moved between prisons at short notice (prison
healthcare with the other prison's provider, the prison service and the escort
contractor), in-possession medicines and the trading of tradeable medicines in a prison
(a private prison healthcare company as primary entrant), medicines with a high
anticholinergic burden in older people who fall (a falls service with a primary care
network and a university, two columns), medicines stopped in hospital that carry on
being issued on repeat (a GP practice, a form), old medicines left in the home after a
hospital stay and found by reablement workers (a council reablement service, lists),
paracetamol doses for older people of low body weight in hospital and care homes (no
spread section), kidney function shared with community pharmacies so doses can be
checked (a pharmaceutical committee, capital headings, with a declaration), shortages of
medicines and unsafe switches to alternatives (an integrated care board), the topiramate
pregnancy prevention programme for women with migraine and epilepsy (a primary care
network), 'when required' medicines in care homes (a private care home group as primary
entrant, a form), people's own medicines in police custody (a police force, no headings,
long), patients looking after their own medicines on hospital wards (departments of one
trust, no partner), medicine labels and instructions for refugees and people seeking
asylum who do not read English (a refugee charity, no headings), SGLT2 inhibitor
diabetes medicines stopped before surgery, easing off diabetes medicines for frail care
home residents (sections in an unusual order, no value section) and a bag that keeps
people's own medicines with them in the ambulance (an ambulance service, short).

Build it with

    .venv/bin/python data/independent/build.py --set 44   (writes data/corpus/independent44/)

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
    numbers trained, activity counts (reviews, supplies, interventions, calls, bags,
    referrals, people identified), single figures with no baseline, a zero with no
    earlier figure, figures that did not change, budgets, costs and savings estimates,
    phone numbers, postcodes, reference numbers, targets not yet reached, plans and
    hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words;
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, people in prison acting as health
    representatives, unusual job titles, list items), wherever in the entry it is told;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance, police and fire services are
emergency_service; GP practices, GP federations, primary care networks and local
pharmaceutical committees are primary_care; patients' and women's health forums are
patient_group; hospices, refugee charities and care providers' associations are charity;
prisons and HM Prison and Probation Service are public_other; a university is
university; care home groups, prison healthcare companies, custody healthcare companies
and prisoner escort contractors are private).  A department or team of the entrant's own
organisation is not a partner.  Flags are written by hand and build.py cross-checks them
against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I689  medicines lost when men are moved between prisons - docx - rubric
#       headings with a cover table - head of healthcare at a remand prison,
#       measured - community trust (prison healthcare) with the receiving
#       prison's NHS provider, HM Prison and Probation Service and the escort
#       contractor - men in prison (health representatives) and staff
#       involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I689", format="docx", layout="rubric_headings", topic="prison_transfer_medicines_continuity",
    project="independent44-movedwithmeds-689", docx_font="Calibri",
    title="Moved With My Medicines: keeping treatment going when people are transferred between prisons",
    cover_table=[
        ("Entry title", "Moved With My Medicines: keeping treatment going when people are transferred between prisons"),
        ("Lead organisation", "Tennick Valley Community NHS Trust (Health and Justice Services, HMP Tennick)"),
        ("Partners", "Garsby Moor Partnership NHS Foundation Trust (Healthcare, HMP Garsby Moor); HM Prison and Probation Service (HMP Tennick and HMP Garsby Moor); Kestway Escort Services Ltd"),
        ("Submitted by", "Head of Healthcare, HMP Tennick"),
    ],
    primary_entrant=dict(name="Tennick Valley Community NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Garsby Moor Partnership NHS Foundation Trust", type="nhs_trust"),
        dict(name="HM Prison and Probation Service", type="public_other"),
        dict(name="Kestway Escort Services Ltd", type="private"),
    ],
    sections=[
        ("context", "The context in which the partnership was needed, the service, and its patient safety goals", """
HMP Tennick is a busy local prison. Men arrive from the courts, usually on remand, and a large number are
moved on after sentencing, most often to HMP Garsby Moor, a category C training prison about forty miles
away. In a typical year around 1,300 men make that journey. Healthcare in the two prisons is provided by
two different NHS trusts, using the same electronic record system but with separate pharmacy
arrangements.

Transfers are decided by the prison, not by healthcare, and they often happen at very short notice.
Healthcare staff might find out at 7am that a man is on the van at 8am, or find out after he has gone.
When we looked at this properly in 2022, the picture was worrying. Men were arriving at Garsby Moor
without their medicines, without a clinical handover, and sometimes without the receiving team even
knowing that they took anything at all. Medicines held in possession in a man's cell were often left
behind when his property was packed, or were packed into a sealed property bag that was not opened for
days. Controlled drugs and opioid substitution treatment had to be arranged from scratch.

For most medicines a gap of a day or two is unpleasant rather than dangerous. For some it is not. Men on
antiepileptic medicines had seizures in their first week at Garsby Moor. Men on antiretroviral treatment
for HIV missed doses. A man on an anticoagulant for a clot in his lung went five days without it. In
March 2022 a man on insulin arrived on a Friday evening with no insulin and no record of his doses, and was
found confused and hypoglycaemic in his cell on the Saturday morning after a night officer noticed he
had not answered. He recovered, but the incident review found failings at every step: at Tennick, on the
van and at Garsby Moor.

The partnership was set up in the summer of 2022 with one simple aim: no man should miss a dose of a
critical medicine because he has been moved between our two prisons. We agreed four changes.

First, the prison now gives healthcare a daily list of planned transfers by 4pm the day before, and
healthcare can put a 24-hour hold on a move where a man is clinically unstable. Second, every man on
medicines is given a sealed, clear 'medicines travel pack' with seven days of his current medicines,
labelled with his name and prison number, which travels with him in the van and not in his property.
Third, the sending pharmacy completes a one-page transfer summary in the shared record, listing any
critical medicines and when the next dose is due. Fourth, the receiving prison's reception nurse checks
the travel pack against the summary on arrival, and a pharmacy technician reviews every man on a critical
medicine within 24 hours.

Controlled drugs and opioid substitution treatment needed their own arrangement, because they cannot be
handed to a man to carry. For these, the sending pharmacy now phones the receiving pharmacy on the morning
of the move, confirms the dose and the time of the last dose given, and the receiving prison prescriber
writes up the next dose before the man arrives. If a man on opioid substitution treatment is moved after
his morning dose has already been given, this is noted on the transfer summary so that he is not dosed
twice.

None of this is complicated. What made it hard was that it crossed five sets of boundaries: two NHS
providers, two prisons with their own routines, and a private escort contractor whose van crews had never
been part of any healthcare conversation. Each of them had reasonable rules of their own, and the gaps sat
between those rules.
"""),
        ("evidence", "Evidence of improvements in safe care as a direct result of the partnership", """
We compared men transferred from Tennick to Garsby Moor in the twelve months before the changes (July 2021
to June 2022) with the twelve months from January to December 2023, once the process was fully in place.
The figures come from the shared record, the Garsby Moor reception audit and both trusts' incident
systems.

<<Q:The proportion of men on a critical medicine who missed one or more doses in their first 72 hours at
Garsby Moor fell from 38% to 9%.>> <<Q:Medicines incidents linked to a transfer went down from 26 to 7.>>
<<Q:Men who arrived with their medicines with them, rather than in property or not at all, rose from
around half to 94%.>>

<<Q:Seizures recorded in the first seven days after arrival among men taking antiepileptic medicines fell
from 11 to 3.>> There has been no repeat of the insulin incident.

Over 2023, 1,184 medicines travel packs were made up at Tennick and the pharmacy technicians at Garsby
Moor completed 402 reviews of men on critical medicines within a day of arrival.

Not everything has been solved. Transfers ordered late at night for security reasons still sometimes
happen without any notice to healthcare, and in those cases the travel pack is not always ready. We are
working with the prison on a small stock of pre-packed travel packs for men on the most critical
medicines, which can be handed over at any hour.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<P:Each prison has a group of men who act as health representatives on the wings, and both groups met
with us several times in the first six months.>> <<P:They told us that men often did not say they were on
medicines at reception because they were frightened of being labelled or did not want to be seen by
other prisoners collecting them, and they suggested that the reception nurse asks about specific
medicines by name rather than asking 'are you on anything?'.>> <<P:The Garsby Moor representatives also
chose the clear bags for the travel pack, so that a man can see his own medicines are there without the
bag being opened.>>

<<S:Reception officers at both prisons and the escort contractor's van crews walked through a transfer
with our nurses in a mock run, and it was the van crews who pointed out that there was nowhere secure to
put medicines except the property hold, so the contractor fitted a small locked box in the cab.>>
<<S:Pharmacy technicians from both trusts wrote the transfer summary together and cut it down from three
pages to one after testing it on real transfers for a month.>> <<S:The prison's population management
staff agreed to the 4pm list after they sat in on an incident review and asked what would help.>>
"""),
        ("value", "Impact on staff and patient experience, and value for money", """
The changes cost very little. The clear bags cost a few pence each, the locked boxes cost the escort
contractor around £60 per vehicle, and the extra pharmacy technician time at Garsby Moor, about half a day
a week, came from changing how the team works in the mornings. A single emergency transfer to hospital
from a prison costs far more, once the escort officers and the hospital stay are counted.

Nurses at both prisons say the mornings are calmer. They are no longer phoning each other to find out
what a man takes. The men say that not having to start again at every prison makes a real difference to
how they feel about moving, and it removes one of the reasons men give for buying medicines on the wings.

There is also a benefit for the prisons. A man who arrives unwell, or who has a seizure on his first
night, takes officers away from the rest of the wing and may need an escort to hospital. Prison managers
at Garsby Moor say that first-night incidents involving medicines used to be a regular item at their
morning meeting and now rarely come up.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
The travel pack and transfer summary are now used for every transfer out of Tennick, not only to Garsby
Moor, and the regional health and justice commissioners have asked the other prisons in the region to
adopt them. The escort contractor has fitted locked boxes across its whole fleet in the region. We have
presented the work at the national prison pharmacy forum and shared our transfer summary template with
other providers.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I690  in-possession medicines and trading in a prison - pdf - own headings -
#       PRIVATE prison healthcare company as primary entrant, with the
#       prison and a university school of pharmacy (ineligible) - clinical
#       director, managerial - staff involved - no patient involvement (men
#       told at wing forums, a leaflet, a questionnaire that changed nothing,
#       a plan)
# ---------------------------------------------------------------------------
entry(
    id="I690", format="pdf", layout="own_headings", topic="prison_in_possession_medicines_diversion",
    project="independent44-safeincell-690", pdf_font="LiberationSans", pdf_align="L",
    title="Safe in Cell: reducing the trading and misuse of prescribed medicines at HMP Brindlecombe",
    cover=[
        "Primary entrant: Halberd Secure Healthcare Ltd (healthcare provider at HMP Brindlecombe)",
        "Partners: HMP Brindlecombe (HM Prison and Probation Service); University of Kirkhallam, School of Pharmacy",
        "Submitted by the Clinical Director, Halberd Secure Healthcare",
    ],
    primary_entrant=dict(name="Halberd Secure Healthcare Ltd", type="private"),
    partners=[
        dict(name="HMP Brindlecombe", type="public_other"),
        dict(name="University of Kirkhallam", type="university"),
    ],
    sections=[
        ("context", "Why we needed to act", """
HMP Brindlecombe holds around 900 adult men. Halberd Secure Healthcare has provided primary care,
pharmacy and substance misuse services at the prison since 2020 under an NHS England contract.

As in most prisons, many men keep some or all of their medicines in their cells ('in possession') so that
they can take them without queuing at the medication hatch several times a day. This is important for
dignity and for the running of the prison, and it prepares men for managing their own medicines on
release. But some medicines have a value on the wings. Pregabalin, gabapentin, mirtazapine, tramadol,
quetiapine and some antihistamines are traded, stolen, taken in large amounts for their sedative effect
or taken alongside synthetic cannabinoids. Men who are prescribed them can be bullied into handing them
over.

In 2022 the prison had 31 ambulance call-outs for suspected overdose where prescribed medicines were
thought to be involved, and one death in custody in which the post-mortem found pregabalin and
mirtazapine that had not been prescribed to the man. Prison searches were regularly finding strips of
tablets in cells that did not belong to the occupant. Our in-possession risk assessments were done once,
when a man arrived, and rarely looked at again. They did not use any of the security information that
the prison held about debt, bullying or trading.

In early 2023 we agreed a joint approach with the prison's security department and the safer custody
team. The key changes were:

A single in-possession risk assessment that combines the clinical picture with security and safer custody
information, reviewed every three months and after any relevant incident. A list of 'high-value'
medicines that are supplied only as supervised doses, with agreed exceptions. Lockable cabinets fitted in
every cell on two wings. Random in-cell medicines checks, carried out by a pharmacy technician and an
officer together, comparing what is in the cell with what has been supplied. <<S:The university's school of
pharmacy evaluated the changes, and two of its lecturers helped our pharmacists design the assessment.>>
"""),
        ("evidence", "What changed", """
We compared calendar year 2022 with the twelve months from April 2023 to March 2024.

<<Q:Ambulance call-outs for suspected overdose involving prescribed medicines fell from 31 to 12.>>
<<Q:Strips or packs of medicines found in cell searches that had not been prescribed to the occupant went
down from 214 to 96.>> <<Q:In-possession risk assessments reviewed within three months rose from 41% to
93%.>>

Pharmacy technicians and officers carried out 1,460 in-cell checks in the year. The university's
evaluation, published as a report to the prison and to NHS England in 2024, found the changes to be
acceptable to staff and sustainable within current resources.
"""),
        ("stakeholders", "Working together", """
<<S:Pharmacy technicians and the prison's security analysts met fortnightly for the first four months to
agree which security information was relevant to a medicines decision, and it was the analysts who
suggested a simple red, amber and green rating so that clinical staff did not need to see the full
intelligence report.>> <<S:Wing officers on the two pilot wings told us that the first version of the
in-cell check took too long during lock-up, and the pharmacy technicians reworked it so that it now takes
about four minutes a cell.>> <<S:Our prescribers, with the university's pharmacy lecturers, reviewed the
high-value list line by line and removed three medicines that they felt were being restricted without
good reason.>>

The changes were explained to men at the monthly wing forums and a leaflet was given to everyone whose
medicines became supervised. The university gave a short questionnaire to 120 men in the first year;
most said they understood why the changes had been made, and no changes were made as a result. We plan
to train peer health champions to support men who are moved from in-possession to supervised doses.
"""),
        ("value", "Value for money", """
The lockable cabinets cost around £45 each to fit. Supervised doses take more nursing and officer time at
the hatch, which we have partly balanced by moving some low-risk medicines to 28-day in-possession supply.
Each overdose call-out means an ambulance, often an escort to hospital with two officers, and a
lock-down of the wing. Staff on the pilot wings say they feel they have more control and that
medicines-related debt comes up less often in safer custody reviews.
"""),
        ("spread", "Sharing the learning", """
The joint risk assessment has been adopted at the two other prisons where Halberd provides healthcare.
The university has presented the evaluation at a national prison health conference, and the prison group
director has shared the in-cell check with the other prisons in the group.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I691  anticholinergic burden in older people who fall - pdf - two column -
#       falls service pharmacist and consultant, plain - acute trust falls and
#       bone health service with a primary care network and a university
#       school of pharmacy - older people, a carer and staff involved - no
#       flags
# ---------------------------------------------------------------------------
entry(
    id="I691", format="pdf", layout="two_column", topic="anticholinergic_burden_falls",
    project="independent44-lighterload-691", pdf_font="LiberationSerif",
    title="A Lighter Load: reducing anticholinergic medicines in older people who fall",
    cover=[
        "Yarnfield Hospitals NHS Trust, Falls and Bone Health Service (lead), with Yarnfield North Primary Care Network and the University of Corvedale School of Pharmacy",
        "Entry by the Falls Service Specialist Pharmacist and the Consultant Geriatrician",
    ],
    primary_entrant=dict(name="Yarnfield Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Yarnfield North Primary Care Network", type="primary_care"),
        dict(name="University of Corvedale", type="university"),
    ],
    sections=[
        ("context", "The problem", """
Many common medicines have anticholinergic effects: some bladder tablets, older antidepressants such as
amitriptyline, some antihistamines, antipsychotics and medicines for sickness and dizziness. On their own
each may be fine. Added together, in an older person, they cause confusion, blurred vision, dizziness,
constipation and falls. The total is often called the anticholinergic burden, and it can be scored.

Our falls clinic sees about 1,100 people a year after a fall. When our pharmacist scored a sample of
200 of them in 2022, nearly half had a score of three or more, the level linked with more falls and
worse memory. Many had started a medicine years ago, for a reason nobody could remember, and it had
simply carried on. Our clinic letters did recommend changes, but when we checked, fewer than a third of
the recommendations had been acted on six months later. <<S:The GP practices said the letters were long,
arrived weeks later and did not say who should do what.>>

In 2023 we set up a joint approach with the primary care network's clinical pharmacists. Everyone seen
in the falls clinic has their score worked out by our pharmacist. Anyone scoring three or more is
discussed at a monthly virtual meeting with the PCN pharmacists, who then see the person in the
practice, agree a plan with them and reduce or stop medicines step by step. The university's school of
pharmacy helped us choose a scoring tool and is evaluating the results.
"""),
        ("evidence", "What has changed", """
We compared people seen in the falls clinic from the five practices in the PCN in 2022 with those seen in
2023 and the first half of 2024.

<<Q:The share of recommendations to reduce or stop an anticholinergic medicine that had been acted on
within six months rose from 29% to 78%.>> <<Q:Among people with a score of three or more, the average
score six months after the clinic fell from 4.6 to 2.3, compared with a fall from 4.5 to 4.1 in 2022.>>

<<Q:People who had a further fall needing an ambulance within six months of their clinic visit went down
from 34% to 24%.>> The numbers are small and other things will have helped, so the university is
continuing to follow up the group for a second year.

In total 286 people have been discussed at the virtual meeting.
"""),
        ("stakeholders", "Who was involved", """
<<P:Members of a strength and balance exercise class at Yarnfield Community Centre told us they would be
frightened if a letter arrived saying their tablets were dangerous, and they rewrote our patient letter
so that it explains why a change might help and invites them to talk to the pharmacist first.>>
<<P:A woman whose husband had been on four anticholinergic medicines before a bad fall came to two
meetings and asked that carers be invited to the practice appointment, which is now in the template.>>

<<S:The PCN pharmacists chose the monthly virtual meeting rather than letters after trying both for two
months.>> <<S:GPs in the five practices agreed which medicines the pharmacists could stop without going
back to them, and they asked for a short tapering guide for amitriptyline and oxybutynin, which the
falls pharmacist and the university team wrote.>> <<S:Falls nurses suggested that the score be printed
at the top of the clinic letter so it is the first thing the practice sees.>>
"""),
        ("value", "Value", """
The meeting takes about two hours a month for our pharmacist and the PCN pharmacists. Stopping
medicines also saves on prescribing costs, around £18,000 a year in the PCN on our estimate. A hip
fracture costs the NHS and social care many times that. People tell us they feel less muzzy and some say
their memory is better.
"""),
        ("spread", "Spreading it", """
The second PCN in Yarnfield started the same meetings in 2024. The university has built the work into
its pharmacy teaching, and we have shared the tapering guide with the regional falls network.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I692  medicines stopped in hospital still issued on repeat - docx - form
#       table - GP practice pharmacist, dry and practical - GP practice with
#       the acute trust's pharmacy and the LPC - staff involved - no patient
#       involvement (patients sent letters and phoned, the patient
#       participation group updated, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I692", format="docx", layout="form_table", topic="stopped_medicines_repeat_prescriptions",
    project="independent44-stoppedmeansstopped-692", docx_font="Calibri",
    title="Stopped Means Stopped: making sure medicines stopped in hospital do not come back on repeat",
    cover_table=[
        ("Title of entry", "Stopped Means Stopped: making sure medicines stopped in hospital do not come back on repeat"),
        ("Lead organisation", "Quenby Road Medical Practice"),
        ("Partner organisations", "Ravensholt General Hospital NHS Trust (Pharmacy Department); Ravensholt and Dene Local Pharmaceutical Committee"),
        ("Name and role of entrant", "Senior Clinical Pharmacist, Quenby Road Medical Practice"),
    ],
    primary_entrant=dict(name="Quenby Road Medical Practice", type="primary_care"),
    partners=[
        dict(name="Ravensholt General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Ravensholt and Dene Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
Quenby Road is a practice of 17,400 patients. About 160 of our patients are discharged from Ravensholt
General Hospital each month. Discharge letters come to the practice electronically and are processed by
our workflow team, with medicines changes passed to the pharmacy team.

In 2022 we noticed a pattern in our own incident reports. A medicine would be stopped in hospital for a
good reason, for example a blood pressure tablet after a fall, a diuretic after kidney injury or an
anticoagulant after a bleed. The discharge letter said so, but often in the free text rather than the
medicines list. The practice record was not updated, or was updated after the patient's community
pharmacy had already ordered the next repeat on their behalf. The medicine then turned up in the
patient's next delivery and they took it, sometimes alongside its replacement. In one case in 2022 a man
of 82 was readmitted with a bleed after his apixaban, stopped in hospital, was reissued on repeat three
weeks after discharge.

Our goals were that any medicine stopped in hospital is stopped on the practice record before the next
repeat can be issued, and that the patient's community pharmacy knows about it too.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since April 2023 the hospital discharge letter has a separate, structured 'stopped medicines' box with a
reason for each, completed by the ward pharmacist. The practice team processes every letter with a
stopped medicine within two working days and puts a 'stopped in hospital' note on the repeat template.
The hospital also sends the discharge information to the patient's nominated community pharmacy through
the national Discharge Medicines Service, and the pharmacy cancels any repeat it has ordered.

We audited all discharges from the hospital for a six-month period before and after the change.

<<Q:Stopped medicines that were reissued on repeat within three months of discharge fell from 14% of
discharges with a stopped medicine to 3%.>> <<Q:Discharge letters where the reason a medicine was stopped
could be found went up from 41% to 96%.>> <<Q:Incidents reported by the practice about a stopped medicine
being restarted by mistake dropped from 19 in 2022 to 4 in 2024.>>
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<S:The ward pharmacists at Ravensholt designed the stopped medicines box with our pharmacy technicians
after looking together at ten discharge letters where something had gone wrong.>> <<S:Our prescription
clerks told us that they could not see the discharge letter when they were processing repeat requests,
and the alert on the repeat template was their suggestion.>> <<S:Community pharmacists on the LPC's
working group asked for the stopped medicines to be sent to them at the same time as to us, not after, and
this led to the change in how the Discharge Medicines Service referral is made.>>

Patients whose medicines were stopped in hospital receive a letter from the practice confirming the
change, and anyone over 75 gets a phone call from a pharmacy technician. The patient participation group
was given an update on the project at its meeting in September 2023. We hope to ask the group to look at
the wording of the letter next year.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The change has needed no new money. The ward pharmacists say the structured box takes no longer than
writing free text. Our prescription clerks spend less time chasing the hospital for the reason a medicine
was stopped. One readmission for a bleed or a fall costs far more than the few minutes of pharmacist
time needed to prevent it, and patients are not left with a cupboard of medicines they should not take.
"""),
        ("spread", "How has the work been shared and spread?", """
The stopped medicines box is now part of the hospital's standard discharge letter for all GP practices,
not only ours. The LPC has shared the process with its member pharmacies and the ICB's medicines
optimisation team has recommended it to the other practices in the area.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I693  old medicines left at home after a hospital stay - pdf - bullet
#       lists - council reablement service manager, direct - council with the
#       acute trust pharmacy and the LPC - people using reablement, a carers'
#       group and a daughter involved - no staff involvement (reablement
#       workers trained, pharmacists briefed, a named lead, a survey that
#       changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I693", format="pdf", layout="bullet_lists", topic="old_medicines_at_home_after_discharge",
    project="independent44-clearthecupboard-693", pdf_font="DejaVuSans", pdf_align="L",
    title="Clear the Cupboard: old and stopped medicines in people's homes after a hospital stay",
    cover=[
        "Lowther Heath Metropolitan Borough Council, Reablement and Home Care Service (lead)",
        "With Lowther Heath Teaching Hospitals NHS Trust (Pharmacy) and Lowther Heath Local Pharmaceutical Committee",
        "Contact: Reablement Service Manager",
    ],
    primary_entrant=dict(name="Lowther Heath Metropolitan Borough Council", type="local_authority"),
    partners=[
        dict(name="Lowther Heath Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Lowther Heath Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why we did it", """
Our reablement service supports around 2,000 people a year for up to six weeks after they come home from
hospital. Most are over 75. Many have had their medicines changed while they were in hospital.

What we kept finding on first visits in 2022:

- a new bag of medicines from the hospital sitting on the kitchen table, and the old boxes still in the cupboard

- people taking both, for example two blood pressure tablets where the hospital had swapped one for the other

- medicines the hospital had stopped, such as water tablets or painkillers, still being taken from old stock

- blister packs from the community pharmacy made up before the admission, with the old doses in them

- nobody quite sure whose job it was to do anything about it, so it was written in the notes and left

- in one case, in October 2022, a woman of 88 took her old and new diabetes tablets together for four days and was readmitted with a very low blood sugar

What Clear the Cupboard does, since May 2023:

- the hospital pharmacy team marks every discharge where a medicine has been stopped or changed, and this shows on the referral to reablement

- on the first visit, the reablement worker does a 'cupboard check' with the person, using a one-page list of what the hospital says they should now be taking

- any medicine that is not on the list is put into a sealed 'return bag', with the person's agreement, and the worker phones the person's community pharmacy

- the pharmacy collects the bag or the family drops it in, checks it, and cancels or remakes any blister packs

- if anything does not add up, the pharmacist rings the hospital pharmacy's discharge line the same day
"""),
        ("evidence", "What has changed", """
We compared people discharged to reablement from May 2022 to April 2023 with May 2023 to April 2024. Figures come from our own records, the pharmacies' returns and the hospital's readmission data.

- <<Q:people found to be taking a stopped or duplicated medicine at the first visit fell from 17% to 6%, as more cupboards were already clear by the time we arrived>>

- <<Q:readmissions within 30 days where a medicines problem was a cause went down from 9.4% to 5.1%>>

- <<Q:blister packs that had to be remade after the first week, because they were wrong, dropped from 212 to 64>>

- 1,380 cupboard checks were done in the year and 611 return bags went back to pharmacies
"""),
        ("stakeholders", "Who was involved", """
- <<P:we held two sessions with people who had been through reablement in the previous year, and they told us that being asked to hand over their medicines by a stranger felt like having something taken away, so the worker now goes through the list with the person and they decide together what goes in the bag>>

- <<P:the Lowther Heath Carers' Centre invited us to their monthly group, and the carers asked for a copy of the new medicines list to keep on the fridge, which is now given out at every check>>

- <<P:a daughter whose father had been readmitted suggested the wording on the return bag label, 'These have been stopped by the hospital - do not take', because she said the old wording looked like a pharmacy delivery>>

- all 140 reablement workers had a half-day session on the cupboard check from the hospital pharmacy team

- community pharmacists were briefed through the LPC's newsletter and a webinar

- our reablement manager, Sandra Kowalczyk, leads the work for the council

- we sent a survey to reablement workers after six months and most found the check easy to do, so we have kept it as it is

- we would like to set up a reference group of reablement workers to review the check in 2025
"""),
        ("value", "Value", """
- the return bags and printed lists cost about £1,200 a year

- pharmacies are paid for the follow-up through the Discharge Medicines Service, so there is no extra cost to the council

- the cupboard check adds around ten minutes to the first visit

- each readmission avoided saves a hospital stay and usually a longer package of care afterwards

- people say they feel safer knowing exactly what they should be taking
"""),
        ("spread", "Spread", """
- the council has written the cupboard check into its contracts with the four home care agencies that take people on after reablement

- the hospital pharmacy team now marks stopped medicines on all discharges to council-funded care, not only reablement

- we have shared the return bag and list with two neighbouring councils through the regional reablement network
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I694  paracetamol doses for older people of low body weight - docx - style
#       headings - acute trust lead pharmacist for older people, careful -
#       acute trust with the ICB care home medicines team and a care
#       providers' association - families, residents and staff involved -
#       NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I694", format="docx", layout="style_headings", topic="paracetamol_low_body_weight_older_people",
    project="independent44-weighbeforeyoudose-694", docx_font="Cambria",
    title="Weigh Before You Dose: safer paracetamol for frail older people in hospital and care homes",
    cover=[
        "Thirlby and Wyke Hospitals NHS Foundation Trust, Pharmacy Department (lead)",
        "Partners: NHS Wyke Valley Integrated Care Board (Care Home Medicines Team); Wyke Valley Care Providers' Association",
        "Submitted by the Lead Pharmacist for Older People's Medicine",
    ],
    primary_entrant=dict(name="Thirlby and Wyke Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="NHS Wyke Valley Integrated Care Board", type="icb"),
        dict(name="Wyke Valley Care Providers' Association", type="charity"),
    ],
    sections=[
        ("context", "Background", """
Paracetamol is the most commonly prescribed medicine in our hospital and in the care homes around it. It
is usually very safe. But the standard adult dose of one gram four times a day is too much for some
people, in particular adults who weigh less than 50 kilograms, and people who are malnourished, have
liver problems or drink heavily. For them the dose should be reduced, and national guidance has said so
for years. In frail older people, especially women in their late eighties and nineties, low body weight
is common.

In 2021 a woman of 91, weighing 38 kilograms, was admitted to one of our wards from a care home with
abnormal liver blood tests. She had been given one gram of paracetamol four times a day in the care home
for several months for arthritis pain, and this continued in hospital for another four days before a
junior doctor noticed. She recovered, but the review showed that nobody along the way had been asked to
think about her weight. The hospital electronic prescribing system offered one gram as the default. The
care home had her weight on its own records but not on the medicines chart. Her GP prescription simply
said 'one gram four times a day'.

When our pharmacists looked at all inpatients over 80 on regular paracetamol on a single day in 2022,
almost a quarter had no weight recorded at all, and of those who were under 50 kilograms, most were on
the full adult dose.

In 2022 we set up Weigh Before You Dose with the ICB's care home medicines team and the care providers'
association. The main changes were:

- a weight prompt in the hospital prescribing system, so paracetamol cannot be prescribed for someone over 65 without a weight in the last month, and a reduced dose is suggested for anyone under 50 kilograms

- weight printed on the hospital discharge letter next to the paracetamol dose

- a monthly weight box on the care home medicines chart, added by the community pharmacies that print the charts

- a review by the ICB's care home pharmacists of every resident on regular paracetamol
"""),
        ("evidence", "Evidence of improvement", """
We repeated the one-day hospital audit every six months, and the ICB team audited residents in the 38
care homes that joined in the first year.

<<Q:Inpatients over 80 on regular paracetamol with no recent weight recorded fell from 23% in 2022 to 4%
in 2024.>> <<Q:Inpatients under 50 kilograms who were on the full adult dose went down from 71% to 12%.>>
<<Q:In the care homes, residents under 50 kilograms on the full dose fell from 58% to 9% between the
first and second audits.>>

The ICB pharmacists reviewed 1,026 residents on regular paracetamol. For some, the paracetamol was
stopped altogether because it was no longer needed.
"""),
        ("stakeholders", "Involving people", """
<<S:Care home managers from the association told us that their staff weighed residents every month but
the weight was kept in the nutrition folder, not with the medicines, and they came up with the idea of a
weight box on the chart.>> <<S:Community pharmacists who print the charts for the homes tested the new
layout with four homes before it was used everywhere.>> <<S:Our resident doctors asked for the weight
prompt to appear only once per admission, after the first version annoyed them by popping up every time,
and the digital team changed it.>>

<<P:Relatives of residents at two care homes met with the ICB pharmacists because they were worried that
reducing the dose would leave their parent in pain.>> <<P:After that conversation they asked for the
resident's pain to be checked with a simple score for two weeks after any dose change, which is now part
of every review.>> <<P:One resident, a retired nurse in her nineties, read through our leaflet for
families and told us to remove the word 'overdose', which she said would frighten people, and we did.>>
"""),
        ("value", "Value", """
The changes to the prescribing system took about eight days of work from the digital team. The chart
change was free because the pharmacies already print the charts. The ICB reviews were done within its
existing care home service. Liver damage from paracetamol can mean weeks in hospital and can be fatal,
and for frail residents any admission is dangerous in itself. Staff in the homes say they now feel able
to question a dose, and families have told us they are reassured that someone is checking.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)



# ---------------------------------------------------------------------------
# I695  kidney function shared with community pharmacies - pdf - caps
#       headings - LPC chief officer, upbeat - LPC with ICB, GP federation and
#       acute trust renal unit - a kidney patients' association and staff
#       involved - no quantitative evidence (intervention counts, a single
#       audit figure, a plan to repeat a review) - with a declaration
# ---------------------------------------------------------------------------
entry(
    id="I695", format="pdf", layout="caps_headings", topic="kidney_function_community_pharmacy_dosing",
    project="independent44-knowthekidneys-695", pdf_font="LiberationSans",
    title="Know the Kidneys: kidney function results for community pharmacists checking doses",
    cover=[
        "Lead organisation: Kestlebury and Fenn Local Pharmaceutical Committee",
        "Partners: NHS Kestlebury and Fenn Integrated Care Board; Kestlebury Central GP Federation; Kestlebury Hospitals NHS Trust (Renal Services)",
        "Entrant: Chief Officer, Kestlebury and Fenn LPC",
    ],
    primary_entrant=dict(name="Kestlebury and Fenn Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="NHS Kestlebury and Fenn Integrated Care Board", type="icb"),
        dict(name="Kestlebury Central GP Federation", type="primary_care"),
        dict(name="Kestlebury Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "WHY WE STARTED", """
Lots of medicines need a lower dose, or should be avoided, when the kidneys are not working well:
metformin, some anticoagulants, gabapentin and pregabalin, nitrofurantoin, some antibiotics and many
more. Chronic kidney disease is common, especially in older people, and a community pharmacist checking a
prescription is one of the last chances to spot a dose that is too high. But until recently our
pharmacists could not see a patient's kidney function. They could see the prescription, and sometimes
the summary care record, but not the blood results.

<<S:Pharmacists told us about this again and again.>> A prescription for nitrofurantoin for a woman in her
nineties. A full dose of a DOAC for a man with poor kidney function. A new prescription for gabapentin at a
dose that would be fine for a young adult but not for someone known to the renal unit. They would ring the
practice to ask for the latest result, wait on hold, and often be told to ring back. Some gave up. In 2022
the renal unit at Kestlebury Hospitals reviewed admissions with acute kidney injury and found several where
a medicine dispensed in the community at the wrong dose had played a part.

Know the Kidneys started in 2023. With the ICB's support and the agreement of the federation's practices,
the latest kidney function result is now shared with community pharmacies through the shared care record
and shows as a banner when a pharmacist opens the record. We produced a one-page 'kidney dose check' list
of the 30 medicines that matter most, and a simple way for pharmacists to send a dose query to the
practice that goes into the practice's document workflow instead of the phone queue.
"""),
        ("evidence", "WHAT WE HAVE SEEN", """
Since the launch in June 2023, 74 of the 81 community pharmacies in Kestlebury and Fenn have signed up,
and pharmacists have opened the kidney banner more than 52,000 times.

Pharmacists have recorded 1,930 kidney-related interventions through the LPC's intervention log. The most
common were nitrofurantoin in people with poor kidney function (412), DOAC doses (366), gabapentin and
pregabalin (301) and metformin (188). In 1,412 of them the prescriber agreed to change the dose or the
medicine.

An audit of 200 queries in March 2024 found that practices replied within one working day in 87%.

The renal unit will repeat its review of admissions with acute kidney injury in 2025 to see whether
fewer of them involve a medicine at the wrong dose.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<S:Renal pharmacists at Kestlebury Hospitals and a group of twelve community pharmacists drew up the
kidney dose check list together over three evening meetings, and the community pharmacists cut it from 60
medicines to 30 because, as one of them said, nobody reads a list of 60 at the counter.>> <<S:Practice
managers from the federation asked for dose queries to arrive as a task with the patient's record already
attached, and the ICB's digital team built it that way.>> <<S:GP partners on the federation board
insisted on a three-month trial in six practices before sharing results more widely, and the trial led to
the banner showing the date of the result as well as the number.>>

<<P:Members of the Kestlebury Kidney Patients' Association told us that they often carried their own
results on a card or in an app and were never asked for them at the pharmacy, so the kidney dose check
list now reminds pharmacists to ask.>> <<P:Two members who are on dialysis also read the poster we put up
in pharmacies and asked us to take out the word 'failure', which we did.>>
"""),
        ("value", "VALUE", """
The sharing uses the shared care record, which the ICB already pays for. The LPC funded the printed lists
and posters, about £2,000. An admission with acute kidney injury typically means a week in hospital, and
some people never get their kidney function back. Pharmacists say they feel more confident making a
clinical decision, rather than just checking a label, and practice staff say the queries are easier to
deal with than phone calls.
"""),
        ("spread", "SPREAD", """
The ICB has asked the two other LPCs in its area to join in 2025. The kidney dose check list is now on
the regional medicines safety network's website, and we have presented Know the Kidneys at a national
community pharmacy conference.
"""),
    ],
    trailer=[
        ("heading", "DECLARATION"),
        ("para", "We confirm that the partner organisations named in this entry have seen and agreed to its submission, and that no patient can be identified from the information given."),
        ("para", "Signed on behalf of Kestlebury and Fenn Local Pharmaceutical Committee by the Chief Officer."),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I696  shortages of medicines and unsafe switches - docx - numbered
#       questions - ICB medicines safety officer, formal - ICB with acute
#       trust pharmacy, LPC and GP federation - staff involved - no patient
#       involvement (text messages to patients, Healthwatch updated, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I696", format="docx", layout="numbered_questions", topic="medicine_shortages_safe_switching",
    project="independent44-oneanswer-696", docx_font="Arial",
    title="One Answer for Every Shortage: safer switching when medicines are out of stock",
    cover=[
        "Lead entrant: NHS Marrowby and Holm Integrated Care Board (Medicines Optimisation)",
        "Partners: Marrowby General Hospital NHS Trust (Pharmacy Procurement and Medicines Information); Marrowby and Holm Local Pharmaceutical Committee; Holm Valley GP Federation",
        "Submitted by the ICB Medication Safety Officer",
    ],
    primary_entrant=dict(name="NHS Marrowby and Holm Integrated Care Board", type="icb"),
    partners=[
        dict(name="Marrowby General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Marrowby and Holm Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Holm Valley GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "1. Why was the partnership needed and what were its patient safety goals?", """
Medicine supply problems have become a routine part of working life in every part of the NHS. In 2023
there were national supply issues affecting, among others, some antiepileptic medicines, ADHD medicines,
hormone replacement therapy, several antibiotics, insulin products and GLP-1 medicines. Each shortage
means that a prescriber, a pharmacist or the patient has to find an alternative.

Switching is not always simple. A different strength or formulation can mean a different number of
tablets. Some antiepileptic medicines should not be switched between brands without a plan. An
alternative insulin may be given at a different dose. And when each GP practice, community pharmacy and
hospital ward works out its own answer, people end up on different alternatives in different places, and
the switch is sometimes reversed or duplicated at the next step.

Information about shortages was also arriving in too many places at once. National supply disruption
alerts go to hospital pharmacy and the ICB. Wholesalers tell community pharmacies directly, often on the
day an order fails. GP practices usually hear about a shortage only when a pharmacy rings them to ask for a
different prescription. Patients hear about it at the counter. Each of these routes worked on its own,
but nobody was putting them together and deciding on one answer for the whole area.

Between April 2022 and March 2023 our organisations reported 47 patient safety incidents where a shortage
or a switch to an alternative was a factor. They included a child who was given double the dose of an
antibiotic because a different strength of liquid was supplied, a man who had two seizures after a
change of brand of his antiepileptic medicine, and a woman who was supplied two different
formulations of the same HRT at the same time by different pharmacies.

The partnership's goal was simple: one agreed local answer for every significant shortage, issued
quickly, and used in the same way by hospital, general practice and community pharmacy.
"""),
        ("evidence", "2. What evidence is there of improvements in safe care as a direct result of the partnership?", """
<<S:Since April 2023 a 'shortage cell' of a hospital procurement pharmacist, a medicines information
pharmacist, an ICB pharmacist, a community pharmacist nominated by the LPC and a practice pharmacist from
the federation meets online for 30 minutes every Tuesday and Friday.>> For each new shortage it agrees the
preferred alternative, any dose conversion, who should be switched and who should not, and whether the
patient needs a review. This is published as a one-page 'shortage sheet' on the ICB's prescribing
website, sent to every practice and pharmacy, and added to the practice prescribing decision support
system.

<<Q:Incidents where a shortage or switch was a factor fell from 47 in 2022/23 to 18 in 2023/24.>> <<Q:The
median time from a national supply alert to local advice being available fell from nine working days to
one and a half.>> <<Q:In an audit of switches of HRT and ADHD medicines, prescriptions that needed to be
changed again at the pharmacy because the alternative chosen was also unavailable fell from 31% to 8%.>>

The cell has published 94 shortage sheets so far. Examples include a sheet on switching between
strengths of amoxicillin liquid for children, with a dose table by weight; a sheet on a shortage of one
brand of lamotrigine, advising that people with epilepsy should not be switched without a review; and a
sheet on a shortage of a long-acting insulin, which listed the alternative, the dose conversion and the
need for extra blood glucose checks for the first week.
"""),
        ("spread", "3. How have the achievements been applied elsewhere and best practice shared?", """
Two neighbouring ICBs now receive our shortage sheets and have joined the Friday meeting. The hospital's
procurement team uses the same sheets for inpatient switches, and the regional chief pharmacists' network
has asked us to lead a regional version. We have presented the model to NHS England's regional medicines
safety group.
"""),
        ("value", "4. What has been the impact on staff and patient experience, and value for money?", """
The cell meets for an hour a week in total, from existing posts. Before, the same shortage was being
worked out separately by dozens of practices and pharmacies. Community pharmacists say they spend less
time phoning practices to ask for a new prescription. By choosing alternatives that are actually in
stock, patients are less likely to be sent from pharmacy to pharmacy. Because the sheet also states the
cheapest suitable alternative, we have avoided some very expensive switches, for example to unlicensed
imports.
"""),
        ("stakeholders", "5. Who was involved and how were patients and staff involved?", """
<<S:Community pharmacists through the LPC told us that most shortage advice arrived after they had
already had to make a decision at the counter, and their request for a twice-weekly meeting rather than a
monthly one is why the cell meets on Tuesdays and Fridays.>> <<S:Practice pharmacists from the federation
tested the first ten shortage sheets and asked for a 'do not switch' box for patients who should stay on
their usual product, such as people with epilepsy on a particular brand.>> <<S:Neurologists and the
epilepsy nurse specialists at the hospital agreed the local advice for antiepileptic shortages after the
incident involving the man who had seizures, and they review every antiepileptic sheet before it goes
out.>>

Patients who are switched receive a text message from their practice explaining the change and a link to
a short explanation on the ICB website. Local Healthwatch was updated on the work at its quarterly meeting
with the ICB. We intend to involve patients in producing a general leaflet about shortages in 2025.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I697  topiramate pregnancy prevention - pdf - numbered questions - PCN
#       clinical director, informal - PCN with acute trust neurology, LPC and a
#       women's health forum - women involved - no staff involvement (GPs
#       trained, pharmacists briefed, a named lead, a survey that changed
#       nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I697", format="pdf", layout="numbered_questions", topic="topiramate_pregnancy_prevention",
    project="independent44-topiramate-697", pdf_font="DejaVuSans", pdf_align="L",
    title="Know Before You Grow: topiramate, pregnancy and the women taking it in Hallowmere",
    cover=[
        "Hallowmere Primary Care Network (lead entrant, seven GP practices)",
        "Partners: Hallowmere and Stour Hospitals NHS Trust (Neurology and Headache Clinic); Hallowmere Local Pharmaceutical Committee; Hallowmere Women's Health Forum",
        "Written by the PCN Clinical Director",
    ],
    primary_entrant=dict(name="Hallowmere Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Hallowmere and Stour Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Hallowmere Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Hallowmere Women's Health Forum", type="patient_group"),
    ],
    sections=[
        ("context", "1. What was the problem and what did you set out to do?", """
Topiramate is mostly used in our area to prevent migraine, and less often for epilepsy. It has been known
for a while that it raises the risk of birth defects and of problems with a baby's development if it is
taken in pregnancy, and in 2024 the regulator brought in a pregnancy prevention programme, much like the
one for valproate. Women who could become pregnant should only take it with highly effective
contraception, should have a yearly review, and should sign a risk acknowledgement form.

When we ran a search across our seven practices in the autumn of 2023 we found 214 women aged 12 to 55
on topiramate. Most had been started on it by the headache clinic years earlier and had been on repeat
ever since. Very few had ever had a conversation about pregnancy that anyone had written down. Several
had been prescribed it by a private clinic. And two were already pregnant. I am not proud of those
numbers, but I think they were typical.

We set out to contact every one of these women, make sure each had been told about the risks in a way
that made sense to her, sort out contraception where she wanted it, and where topiramate was not the
right choice, get her onto something else quickly with the help of the headache clinic. We also wanted
community pharmacies to have a way to pick up women who had slipped through.
"""),
        ("evidence", "2. What difference has it made?", """
We compared the position in October 2023 with the same search in October 2024.

<<Q:Women of childbearing potential on topiramate with a signed risk acknowledgement form rose from 8% to
71%.>> <<Q:Those with highly effective contraception recorded, or a record that it was not needed,
went up from 34% to 82%.>> <<Q:The number of women on topiramate for migraine fell from 196 to 121, as many
moved to other preventive treatments.>>

The headache clinic ran 11 extra virtual clinics for our women. Community pharmacists made 57 referrals
back to the practices when they found a woman without the warning card.
"""),
        ("stakeholders", "3. Who did you work with and how?", """
<<P:The Hallowmere Women's Health Forum read our first invitation letter and told us straight that it
sounded like we were accusing women of something, so five of its members rewrote it with us and added a
line saying that nobody should stop topiramate suddenly on their own.>> <<P:A woman from the forum who
has had migraine since she was a teenager spoke about her own experience at our practice-wide meeting and
asked that every woman be offered a phone appointment outside school hours, which we did.>> <<P:Forum
members also chose the design for the pharmacy warning card from three options.>>

All our GPs and practice nurses did the online training on the new programme. Community pharmacists were
briefed through the LPC's bulletin. Our practice pharmacist, Amira Hassan, ran the searches and the
recall. We asked our clinicians what they thought of the recall template at the end and the feedback
was good, so we left it as it was. We would like the headache clinic consultants and our GPs to write a
shared guide together next year.
"""),
        ("value", "4. Value and experience", """
Most of the work was done within the PCN's existing pharmacist and nurse time. The headache clinic's
extra virtual clinics cost about £6,000. A pregnancy affected by topiramate can mean lifelong disability
for a child. Women have told us they were glad someone finally explained it, and a few were angry that
nobody had told them before, which we understand.
"""),
        ("spread", "5. Sharing", """
Our search, letter and recall template are being used by the other three PCNs in the ICB area. The LPC
has shared the pharmacy warning card process with every pharmacy in the county. We have also offered
the letter to the headache clinic to send with new prescriptions.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I698  'when required' medicines in care homes - pdf - form table - PRIVATE
#       care home group as primary entrant, with the ICB care home pharmacy
#       team and a primary care network (ineligible) - quality director,
#       corporate - staff involved - no patient involvement (residents'
#       meetings told, relatives sent a letter, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I698", format="pdf", layout="form_table", topic="care_home_prn_medicines",
    project="independent44-whenrequired-698", pdf_font="LiberationSans",
    title="When Required, Not When Convenient: safer 'as needed' medicines across Fernleigh care homes",
    cover_table=[
        ("Entry title", "When Required, Not When Convenient: safer 'as needed' medicines across Fernleigh care homes"),
        ("Primary entrant", "Fernleigh House Care Group Ltd (11 residential and nursing homes)"),
        ("Partner organisations", "NHS Ashby Marsh Integrated Care Board (Care Home Pharmacy Team); Ashby Marsh Central Primary Care Network"),
        ("Entrant", "Director of Quality and Compliance, Fernleigh House Care Group"),
    ],
    primary_entrant=dict(name="Fernleigh House Care Group Ltd", type="private"),
    partners=[
        dict(name="NHS Ashby Marsh Integrated Care Board", type="icb"),
        dict(name="Ashby Marsh Central Primary Care Network", type="primary_care"),
    ],
    sections=[
        ("context", "Background and aims", """
'When required' (PRN) medicines are prescribed to be given only when a resident needs them: pain relief,
laxatives, medicines for anxiety or agitation, inhalers and creams. In our homes, PRN medicines made up
about a third of all medicine administrations. Our internal audits and a CQC inspection in 2022 found the
same problems we suspect exist in many homes: PRN protocols were missing or vague ('give when needed'),
staff could not tell from the chart when the last dose had been given, some residents were being given
PRN medicines at the same time every day as if they were regular, and sedatives such as lorazepam were
sometimes given for agitation without any attempt to find out what was wrong. In one home a resident
with dementia was given PRN lorazepam on 19 of 30 days in a month; when the ICB pharmacist reviewed her,
the likely cause of her distress was untreated constipation and pain.

With the ICB's care home pharmacy team and the primary care network's GPs, we set out to give every PRN
medicine a clear individual protocol, stop PRN sedatives being used as routine, and make sure that any
resident using a PRN medicine regularly is reviewed by a pharmacist or GP.

From January 2023 every PRN medicine in our homes has a one-page protocol written for that resident,
saying what the medicine is for, how the resident shows they need it (especially residents who cannot
tell us), the dose, the minimum time between doses and the maximum in 24 hours. Our electronic medicines
system asks staff to record a reason and, an hour later, whether the medicine worked. Any resident who is
given the same PRN medicine on more than 20 days in a month is flagged automatically to the PCN. PRN
sedatives can only be given after the staff member has recorded what else they have tried first.
"""),
        ("evidence", "Evidence of improvement", """
Our electronic medicines system records every PRN dose and the reason. We compared the six months before
the project (July to December 2022) with July to December 2023.

<<Q:PRN doses with a reason recorded rose from 38% to 91%.>> <<Q:PRN doses of sedatives and
antipsychotics given for agitation fell by a third across the group.>> <<Q:Residents given a PRN medicine
on more than 20 days in a month without a review went down from 64 to 9.>> <<Q:Medicines incidents
involving PRN medicines fell from 52 to 21.>>
"""),
        ("stakeholders", "Involvement of patients and staff", """
<<S:Senior carers from four homes worked with the ICB pharmacists to design the one-page PRN protocol,
and it was their idea to include a box for 'what to try first' before any sedative, such as a drink, the
toilet, a walk or music.>> <<S:Night staff told us that the electronic system did not show the time of the
last PRN dose on the main screen, and our system supplier changed the screen after we passed on their
request.>> <<S:PCN GPs agreed to review any resident flagged as using a PRN medicine regularly at their
weekly home round, and they asked for the flag to go on the round list, which is now automatic.>>

Residents were told about the changes at residents' meetings in each home. Relatives received a letter
explaining the project. We plan to invite relatives to help review the protocols in 2025.
"""),
        ("value", "Value", """
The work used existing ICB pharmacist time and our own staff time. Fewer sedatives means fewer falls and
fewer drowsy, withdrawn residents, and fewer unnecessary calls to the GP. Staff say the protocols give
them confidence to make decisions, especially at night.
"""),
        ("spread", "Spread", """
The PRN protocol and the 'what to try first' box are now used in all 11 Fernleigh homes. The ICB has
offered the protocol to the 64 other care homes in its area, and it has been shared through the regional
care home medicines network.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I699  people's own medicines in police custody - docx - no headings - long
#       - police custody chief inspector, first person, conversational -
#       police force with a private custody healthcare provider, the acute
#       trust emergency department pharmacy and the LPC - people with lived
#       experience of custody and staff involved - no quantitative evidence
#       (medicines obtained, supplies made, a single audit figure, a zero
#       with no earlier figure)
# ---------------------------------------------------------------------------
entry(
    id="I699", format="docx", layout="no_headings", topic="police_custody_detainee_medicines",
    project="independent44-nodoseleftbehind-699", docx_font="Georgia",
    title="No Dose Left Behind: time-critical medicines for people held in police custody",
    cover=[
        "Entered by Sallowmoor Police, Criminal Justice and Custody Command",
        "Working with Vantage Custody Healthcare Ltd, Sallowmoor Royal Infirmary NHS Trust (Emergency Department and Pharmacy) and Sallowmoor Local Pharmaceutical Committee",
        "Written by Chief Inspector Dan Okafor, Head of Custody",
    ],
    primary_entrant=dict(name="Sallowmoor Police", type="emergency_service"),
    partners=[
        dict(name="Vantage Custody Healthcare Ltd", type="private"),
        dict(name="Sallowmoor Royal Infirmary NHS Trust", type="nhs_trust"),
        dict(name="Sallowmoor Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", None, """
I have been in charge of custody in Sallowmoor for four years, and before that I was a custody sergeant
for six. Our three custody suites take in around 16,000 people a year. Most are with us for less than a
day, but a fair number stay for 24 hours or more while an investigation goes on, and some are kept
overnight before court. In all that time, one of the most common problems on the custody floor, and one
of the least talked about, has been medicines.

People are arrested in the street, at work, at a friend's house. They do not bring their insulin with
them. They do not have their epilepsy tablets, their Parkinson's medicine, their HIV treatment, their
methadone or their blood thinners. For years, the answer was that the custody nurse or paramedic would
try to find out what the person took, and if the person was staying long enough to need a dose, either
someone would try to get their medicines from home, or the healthcare professional would decide the
person needed to go to hospital. Neither worked well. Officers going back to a house to pick up a bag of
tablets could not be sure what they were or whose they were. Our healthcare staff, quite rightly, would
not give anything that was unlabelled or not clearly the detainee's. Hospital trips take two officers
off the street for hours, and the person is often back in the cell by the morning with nothing sorted.

In practice, many people just went without. Most of the time that meant discomfort. Sometimes it meant
real harm. In 2022 a man with type 1 diabetes was held for 19 hours and went into diabetic ketoacidosis;
he spent three days in hospital. The same year a woman with epilepsy had a seizure in a cell on her second
morning in custody, having had no medicines since her arrest. A man on methadone withdrew badly overnight
and his solicitor argued that his interview should be excluded. And we had people with Parkinson's who
became so stiff that they could not safely get up from the bench. Every one of those is a death in
custody waiting to happen, and the Independent Office for Police Conduct reviews every death in custody,
as it should.

To give a sense of what this looked like on a busy night: a Saturday at our central suite might see 40 or
50 people booked in. The custody nurse or paramedic on shift would see most of them at some point, often
in the order of who seemed most unwell or most intoxicated. Somebody who mentioned at booking-in that
they took tablets for their heart, but seemed well, might not be seen for several hours. By the time the
healthcare professional got to them, the GP practice would be closed, the person might not remember the
name of the medicine, and the only options were to go without or go to hospital. Multiply that by three
suites and 365 nights a year and it is easy to see how people fell through.

There were also people held on immigration matters, who could be with us for longer than most, and
people who had been recalled to prison and were waiting for transport. For all of them, the same gap applied.

In the spring of 2023 we brought together Vantage, who provide the healthcare professionals in our
suites, the Royal Infirmary's emergency department and pharmacy, and the LPC. We agreed fairly quickly on what the gaps were. Nobody at the point of
arrest was asking about medicines. Our healthcare staff could not always see what a person was
prescribed. There was no way of getting a supply of a time-critical medicine at 3am other than a trip to
A&E. And when people left custody, their medicines were often handed back in a property bag with no
thought about whether they had missed doses.

What we put in place, which we call No Dose Left Behind, has four parts.

First, the medicines question. Arresting officers now ask, as part of the standard questions at the
point of arrest, 'Do you take any medicines that you must not miss?' If the answer is yes and the
medicines are with the person or at the address, and it is safe to do so, officers bring them in a
sealed evidence-style bag, which goes straight to the custody healthcare professional, not into property.

Second, access to records. Vantage's nurses and paramedics now have access to the summary care record
and to the shared care record used across the county, so that they can see what a detainee is
prescribed and when it was last issued. For methadone and buprenorphine, they can contact the local drug
service's out-of-hours line to confirm the dose and when it was last taken.

Third, a route to a supply. The LPC has arranged for two late-opening community pharmacies to provide
time-critical medicines for detainees against a custody supply request from the healthcare
professional, and out of those hours, the emergency department pharmacy holds a small stock of the most
common time-critical medicines which can be collected by a custody officer with a signed request. This
avoids the detainee having to go to hospital at all.

Fourth, release. Anyone who has been given or has missed a time-critical medicine in custody is given a
short printed note when they leave, saying what they have had and when, and where they need to go next,
and with their consent a copy goes to their GP practice or drug service.

None of this changes the basic rules. Under the codes of practice that govern police detention, it is the
custody officer who is responsible for the detainee's care, and the healthcare professional who decides
whether a medicine can be given. What the scheme does is give both of them the information and the
supplies to make a safe decision quickly, instead of by default leaving people without.
"""),
        ("evidence", None, """
We started No Dose Left Behind across all three suites in September 2023. Between then and the end of
August 2024, custody healthcare professionals recorded 2,140 detainees who said they were on a medicine
they must not miss. Officers brought in people's own medicines from the address in 612 cases. The two
community pharmacies made 214 custody supplies, and the emergency department pharmacy made 96 out of
hours. The most common medicines were insulin, antiepileptic medicines, opioid substitution treatment,
Parkinson's medicines and anticoagulants.

We have not had a case of diabetic ketoacidosis or a seizure in custody linked to a missed medicine since
the scheme began. In a check of 150 custody records in June 2024, the medicines question at arrest had
been recorded in 84%. 1,310 release notes were given out during the year.

Custody healthcare professionals tell us that the records they can now see mean they are spending less
time trying to reach GP practices that are closed, and more time with the detainee. The ambulance service
has told us that it is being called to our suites for diabetic emergencies less often, though it has not
been able to give us figures.

We did not collect data on missed doses in the same way before we started, so we cannot give a fair
before and after comparison, and I would rather say that than pretend. We are now recording missed doses
for every detainee, which will give us a proper baseline for next year.
"""),
        ("stakeholders", None, """
I was clear from the start that this could not just be written by managers. <<S:Detention officers and
custody sergeants from all three suites sat on the working group, and it was a detention officer who
pointed out that medicines brought in from home were going into the general property store, where
healthcare staff never looked, which is why they now go in a separate bag straight to the nurse.>>
<<S:Vantage's custody nurses tested the custody supply request form over a month at our busiest suite
and asked for it to include the time of the last known dose, because that was what the pharmacist always
asked for on the phone.>> <<S:Community pharmacists at the two late-opening pharmacies asked that custody
officers collecting medicines bring photo ID and a reference number, and that is now the rule.>>

<<P:We also wanted to hear from people who had been in our cells. Through a local charity that supports
people in the criminal justice system, six people with their own experience of custody met with the
working group twice.>> <<P:They told us that many people will not admit to taking methadone or HIV
medicines in front of an arresting officer, in the street, with people watching, so the question is now
asked again in private by the healthcare professional.>> <<P:One woman in the group, who has epilepsy,
said the release note should be small enough to fit in a phone case, and it is now printed on a card
that size.>>
"""),
        ("value", None, """
Most of this has cost very little. The sealed bags cost pennies. The community pharmacies are paid a
small fee per supply, which is met from the custody healthcare contract, about £4,000 over the year. The
emergency department pharmacy stock is a few hundred pounds. Against that, every trip to A&E from
custody takes two officers out of service for an average of five hours, and a death in custody is a
tragedy for the family, for the officers involved and for public confidence in policing.

For our staff, the biggest change is that there is now a clear answer when someone says they need their
medicine. Sergeants tell me that it makes the custody floor calmer, because people who are frightened
about missing their medicines are often the people who become distressed.

I would add one thing. Custody is not a place anyone chooses to be, and a lot of the people who come
through our doors are unwell in one way or another. Whatever they are accused of, they are entitled to
the medicines they need, and it is our duty to keep them safe while they are in our care. This scheme is
a small, practical way of doing that.
"""),
        ("spread", None, """
We have shared No Dose Left Behind with the two neighbouring forces through the regional custody forum,
and one of them is setting up a similar arrangement with its local pharmaceutical committee. Vantage has
introduced the custody supply request form in the other forces where it provides healthcare. The medicines
question at arrest has been added to our force's arrest training for all new student officers. I have
also written to the national police custody lead suggesting that the question is added to the national
custody record.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I700  patients looking after their own medicines on wards - docx - bullet
#       lists - departments of ONE acute trust (pharmacy, nursing, estates,
#       digital) described as partners, no partner organisation (ineligible)
#       - ward pharmacist and ward sister, plain - patients and staff
#       involved
# ---------------------------------------------------------------------------
entry(
    id="I700", format="docx", layout="bullet_lists", topic="inpatient_self_administration_medicines",
    project="independent44-myownmeds-700", docx_font="Calibri",
    title="My Medicines, My Way: patients looking after their own medicines on our wards",
    cover=[
        "Penmorrow Hospitals NHS Trust",
        "A partnership between Pharmacy, the Stroke and Orthopaedic Wards, Estates and Digital Services",
        "By the Lead Pharmacist for Surgery and the Sister on Ward 12",
    ],
    primary_entrant=dict(name="Penmorrow Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "The problem", """
- many people who come into hospital manage their own medicines perfectly well at home, sometimes a dozen of them

- once they are admitted, everything is taken off them and given by nurses on the drug round

- time-critical medicines like Parkinson's tablets and insulin are often late, because one nurse has up to 14 patients to get round

- patients who have been on their medicines for years watch us get the times wrong

- people then go home after weeks without having handled their own medicines, sometimes with new ones they have never seen

- our audit in 2022 found 11% of doses on our orthopaedic wards were delayed by more than an hour or omitted, and a fifth of those were time-critical medicines

- self-administration was allowed in our medicines policy but hardly ever used, because the paperwork was long and there were no lockable bedside lockers on most wards

- the wards, pharmacy, estates and digital services each held part of the answer, but nobody had brought them together
"""),
        ("evidence", "What changed", """
- since March 2023 every patient on Ward 12 (orthopaedics) and Ward 7 (stroke rehabilitation) is assessed for self-administration by the ward pharmacy technician within 24 hours

- there are three levels: the nurse gives the medicine, the patient takes it with a nurse checking, or the patient manages it completely

- estates fitted 52 lockable bedside lockers with a code the patient chooses

- the electronic prescribing system now has a 'self-administering' tick and a simple way for the patient's own record of doses to be entered

- <<Q:delayed or omitted doses for patients able to self-administer fell from 11% to 3% on the two wards>>

- <<Q:delayed doses of Parkinson's medicines on Ward 7 went down from 1 in 4 to 1 in 20>>

- <<Q:medicines incidents on discharge, such as patients going home unsure how to take a new medicine, fell from 23 in the year before to 8 in the year after>>

- 438 patients have self-administered at level 2 or 3
"""),
        ("stakeholders", "Who was involved", """
- <<P:ten patients on Ward 7 who had had a stroke tried out the first version of the self-administration chart and told us the boxes were too small for a shaky hand, so the chart was redrawn with large tick boxes>>

- <<P:a man with Parkinson's who had been in hospital three times in a year spoke to the wards' nurses at a teaching session and suggested that people should be able to use their own alarm or phone to remind them, which is now allowed>>

- <<S:nurses on both wards helped write the three-level assessment, and they asked that the ward pharmacy technicians, not the nurses, do the first assessment because they know the medicines best>>

- <<S:the pharmacy technicians trialled the assessment on Ward 12 for six weeks and changed the wording of four questions>>

- <<S:the estates team chose the lockers after night staff told them the first model beeped loudly when opened>>
"""),
        ("value", "Value", """
- the lockers cost about £210 each, paid from the trust's charitable funds

- drug rounds on the two wards are about 20 minutes shorter, because fewer patients need their medicines given

- patients say they feel more in control and more like themselves

- people go home more confident with their medicines, and the discharge lounge sees fewer patients waiting for someone to explain new tablets
"""),
        ("spread", "Spread", """
- the care of older people wards will start self-administration in early 2025

- we have shared our assessment and chart with the regional medicines safety officers' network

- digital services have made the 'self-administering' tick available on every ward
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I701  medicine labels and instructions for refugees and people seeking
#       asylum - pdf - no headings - refugee charity director, warm - charity
#       with the LPC, council public health and a GP practice - refugees and
#       families involved - no staff involvement (pharmacists trained,
#       practice staff told, a named lead, a survey that changed nothing, a
#       plan)
# ---------------------------------------------------------------------------
entry(
    id="I701", format="pdf", layout="no_headings", topic="translated_medicine_labels_refugees",
    project="independent44-inmylanguage-701", pdf_font="LiberationSerif", pdf_align="L",
    title="In My Language: medicine instructions that refugees and people seeking asylum can understand",
    cover=[
        "Caldermouth Refugee Welcome (registered charity), lead organisation",
        "With Caldermouth Local Pharmaceutical Committee, Caldermouth City Council (Public Health) and Harbourgate Health Centre",
        "Written by Miriam Haddad, Director, Caldermouth Refugee Welcome",
    ],
    primary_entrant=dict(name="Caldermouth Refugee Welcome", type="charity"),
    partners=[
        dict(name="Caldermouth Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Caldermouth City Council", type="local_authority"),
        dict(name="Harbourgate Health Centre", type="primary_care"),
    ],
    sections=[
        ("context", None, """
Caldermouth Refugee Welcome supports around 1,600 refugees and people seeking asylum each year, many of
them living in hotels and shared houses used as asylum accommodation. The largest language groups we
work with speak Arabic, Dari, Pashto, Tigrinya, Kurdish Sorani and Farsi. Many also read little or no
English, and some do not read their own language either.

Most of the families we support are registered at Harbourgate Health Centre, and they get their
medicines from a handful of community pharmacies near the hotels. Interpreters are used for GP
appointments, but the medicine itself comes with a label and a leaflet in English. 'Take ONE tablet
THREE times a day' means nothing if you cannot read it. When we visited people at home we kept finding
problems: children given an adult's dose of paracetamol or ibuprofen, antibiotics stopped after two
days because the person felt better, inhalers never used because nobody had shown them how, and in one
case in 2022 a man taking his new diabetes tablets and his wife's blood pressure tablets because the
bags from the pharmacy looked the same. A two-year-old girl was admitted to hospital that winter after
being given a spoonful of a medicine meant for her grandmother.

People in asylum accommodation also move a great deal. A family can be told on a Monday that they are
moving to another hotel or to a house in another city on the Wednesday. They may arrive with a bag of
half-used medicines from three different pharmacies, with labels they cannot read, and register with a
new practice that has no idea what they were taking. We often found ourselves sitting at a
kitchen table trying to work out, with a phone translation app, which box belonged to whom.

In 2023 we started In My Language with the LPC, the council's public health team and the health centre.
There are three parts. Participating pharmacies print a second label with a simple pictogram (a sun, a
moon, a plate, a number of tablets) and a QR code that plays a short spoken instruction for that
medicine in the person's language. Every new prescription for a family we support is followed by a
'medicines visit' from one of our trained caseworkers, with an interpreter, who goes through each
medicine using the teach-back method. And the health centre flags on the record the language the person
reads, if any, so that the pharmacy knows to add the second label.
"""),
        ("evidence", None, """
We measured understanding at the medicines visit, by asking people to tell us in their own words how and
when to take each of their medicines, before and after the pictogram labels and audio were in use. The
caseworkers recorded the answers on a simple form, and the council's public health analyst checked the
figures.

<<Q:The share of people who could correctly explain how and when to take all of their medicines rose
from 39% in the first three months, when only the visit was in place, to 84% once the labels and audio
had been added.>> <<Q:Households where our caseworkers found a medicines error on a home visit, such as a
wrong dose, a shared medicine or a stopped course, fell from about one in five to one in sixteen.>>

So far 1,240 second labels have been printed by the eight participating pharmacies, and the audio
instructions have been played more than 3,800 times. There have been no further admissions of children
that we know of.
"""),
        ("stakeholders", None, """
<<P:The pictograms were chosen by people who would use them: women from our Tuesday Arabic-speaking group
and our Thursday Dari and Pashto group looked at three sets and threw out the one that used a clock face,
because several said they did not read clocks that way.>> <<P:Men from the hotel football team, of all
places, were the ones who pointed out that the first QR code was too small to scan on an old phone, and
they tested the bigger version.>> <<P:The grandmother whose medicine was given to the little girl, and her
son, told us that what would have helped was a different coloured bag for each person in the family, and
pharmacies now use coloured bags for families in shared rooms.>> <<P:Seven people from the groups recorded
the spoken instructions in their own languages, after a pharmacist checked the scripts, because people
told us they would trust a voice that sounded like home.>>

Pharmacists at the eight pharmacies had a training session on the labels from the LPC. Reception and
nursing staff at the health centre were told about the language flag at a practice meeting. Our
medicines lead, Yonas Berhane, coordinates the caseworker visits. We sent a short questionnaire to the
pharmacies after six months and they said the labels were working, so we have not changed anything. We
would like pharmacists to help us plan the next phase, which will cover eye drops and liquid medicines
for children.
"""),
        ("value", None, """
The second labels cost the pharmacies almost nothing, because they are printed from the same system. The
audio recordings and the QR codes were paid for by the council's public health team, about £7,500. Our
caseworker visits are funded by a grant. A single admission of a small child for a medicine overdose
costs far more, and the fear it causes a family that has already been through so much is impossible to
put a price on.

Families tell us that for the first time they feel they understand what they are giving their children.
Several told us they had been too embarrassed to say they could not read the label.

There is a wider benefit too. People who have fled war and persecution often arrive with little trust in
authorities of any kind, including doctors and pharmacists. Being able to hear a medicine explained in
their own language, by a voice from their own community, has made some of the people we support more
willing to go back to the pharmacy and ask questions, which is what we want everyone to do.
"""),
        ("spread", None, """
The council has asked the pharmacies near the two new asylum hotels opened in 2024 to join, and the LPC
is offering the labels to every pharmacy in the city. The labelling system supplier used by most of the
participating pharmacies has built the pictogram label into its standard software, so any pharmacy using
that system anywhere in the country can now print it. Two other refugee charities in the region are
using our pictograms, and the audio files are freely available to any pharmacy that asks.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I702  SGLT2 inhibitor diabetes medicines stopped before surgery - pdf (via
#       Word) - style headings - consultant anaesthetist and diabetes
#       specialist nurse, clinical - acute trust with a PCN and the LPC - a
#       patient, a diabetes support group and staff involved - no
#       quantitative evidence (counts, a single audit figure, a zero with no
#       earlier figure)
# ---------------------------------------------------------------------------
entry(
    id="I702", format="pdf", layout="style_headings", topic="sglt2_inhibitors_before_surgery",
    project="independent44-pausebeforesurgery-702", render_via="soffice", docx_font="Liberation Serif",
    title="Pause Before Surgery: stopping SGLT2 inhibitors safely before operations and procedures",
    cover=[
        "Stennack Hospitals NHS Foundation Trust, Pre-operative Assessment Service and Diabetes Inpatient Team (lead)",
        "Partners: Stennack South Primary Care Network; Stennack and Lyde Local Pharmaceutical Committee",
        "Authors: Consultant Anaesthetist (Pre-operative Lead) and Diabetes Inpatient Specialist Nurse",
    ],
    primary_entrant=dict(name="Stennack Hospitals NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Stennack South Primary Care Network", type="primary_care"),
        dict(name="Stennack and Lyde Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Background", """
SGLT2 inhibitors (dapagliflozin, empagliflozin, canagliflozin and ertugliflozin) are now widely prescribed,
not only for type 2 diabetes but also for heart failure and chronic kidney disease. They carry a rare but
serious risk: diabetic ketoacidosis with a normal or only slightly raised blood glucose, known as
euglycaemic DKA. Fasting, surgery and acute illness make it more likely. Because the blood glucose looks
normal, it is easily missed. National guidance is that these medicines should be stopped the day before
surgery and on the day of surgery, and only restarted once the person is eating and drinking normally.

In our trust, as elsewhere, this was not happening reliably. Pre-operative assessment letters listed
medicines to stop but were written before SGLT2 inhibitors were common, and for heart failure patients the
medicine often was not recognised as a 'diabetes tablet' at all. Many people were listed for surgery by
one team and assessed by another, and some procedures, such as endoscopy and cardiac catheter
procedures, had no pre-operative assessment. After surgery, some patients were sent home without
advice about when to restart.

In 2022 a man in his fifties, on dapagliflozin for heart failure, had a hernia repair as a day case and
was readmitted two days later, very unwell, with euglycaemic DKA. He needed three days in intensive care.
He had not been told to stop the medicine. His GP practice and community pharmacy did not know he was
having an operation.

Pause Before Surgery began in 2023. The pre-operative service now searches the GP record (through the
shared care record) for an SGLT2 inhibitor for every patient listed for surgery or for a procedure that
needs fasting. Those patients receive a 'pause card' with the exact days to stop and restart, and the
same information is sent to their GP practice. Patients in the primary care network who are prescribed an
SGLT2 inhibitor are given general 'sick day and surgery' advice by the practice pharmacists when the
medicine is started or reviewed. Community pharmacies, through the LPC, give the same advice at the
New Medicine Service consultation and put a 'stop before surgery' sticker on the box. On discharge,
the restart date is printed on the discharge letter.
"""),
        ("evidence", "Evidence", """
Between May 2023 and April 2024, the pre-operative service identified 1,186 patients on an SGLT2 inhibitor
listed for surgery or a procedure, and every one was sent a pause card. Practice pharmacists in the PCN
gave sick day and surgery advice to 742 patients at the start or review of their medicine. Community
pharmacies in the LPC area applied the sticker to more than 9,000 supplies.

In an audit of 120 patients admitted for planned surgery in March 2024, 91% had correctly stopped their
SGLT2 inhibitor. We have had no reported cases of euglycaemic DKA after planned surgery since the pathway
began. We are now auditing emergency surgery, where there is no chance to stop the medicine beforehand,
and will report the results next year.
"""),
        ("stakeholders", "Involving patients and staff", """
<<P:The man who developed euglycaemic DKA after his hernia repair met the pre-operative team and the
diabetes nurses, and told us that the letter he had been sent said 'stop your diabetes tablets', which he
ignored because he did not have diabetes.>> <<P:Following that, the Stennack Diabetes and Heart Support
Group helped us write the pause card, and insisted that it name the medicine by both its brand and its
generic name and give the actual days of the week, not 'the day before'.>>

<<S:Pre-operative assessment nurses tested the search on the shared care record for a month and found
that it missed combination tablets, which were then added.>> <<S:Endoscopy and cardiac catheter
laboratory nurses asked to be included after they saw the first results, and they now use the same pause
card for their own patients.>> <<S:Practice pharmacists and community pharmacists agreed the wording of
the sick day and surgery advice together, so that patients hear the same words wherever they are.>>
"""),
        ("value", "Value", """
A pause card costs a few pence to print and send. The search uses the shared care record, which we
already have. Euglycaemic DKA usually means a stay in intensive care or a high dependency unit, which is
very expensive and, more importantly, can be fatal. Staff say the process is simple and gives them
something concrete to tell patients, and patients have told us the card is easy to follow.
"""),
        ("spread", "Spread", """
The pause card and search have been adopted by the private hospital that carries out NHS operations in
our area. We presented the work at the regional perioperative medicine network, and the other two PCNs in
Stennack have started giving the same sick day and surgery advice.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I703  easing off diabetes medicines for frail care home residents - docx -
#       reordered (evidence first, then context, stakeholders, spread) -
#       community diabetes consultant nurse, brisk - community trust with a
#       PCN and the council's care home quality team - relatives and a
#       resident involved - no staff involvement (care home staff trained,
#       GPs informed, a named lead, a survey that changed nothing, a plan) -
#       NO value section
# ---------------------------------------------------------------------------
entry(
    id="I703", format="docx", layout="reordered", topic="diabetes_deintensification_frail_care_home",
    project="independent44-gentlersugars-703", docx_font="Arial",
    title="Gentler Sugars: easing off diabetes medicines for frail people in care homes",
    cover=[
        "Eastmere Community Health NHS Trust, Community Diabetes Team (lead)",
        "With Eastmere West Primary Care Network and Eastmere Borough Council (Care Home Quality Team)",
        "Written by the Consultant Nurse in Diabetes",
    ],
    primary_entrant=dict(name="Eastmere Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Eastmere West Primary Care Network", type="primary_care"),
        dict(name="Eastmere Borough Council", type="local_authority"),
    ],
    sections=[
        ("evidence", "The results first", """
We compared the 24 care homes in the PCN in the year before Gentler Sugars (2022) and the year after the
reviews were complete (2024).

<<Q:Ambulance call-outs to the homes for hypoglycaemia (low blood sugar) fell from 41 to 13.>>
<<Q:Residents on insulin or a sulfonylurea with an HbA1c below 53 mmol/mol, a level at which these
medicines are more likely to cause harm than good in frail people, fell from 37% to 11%.>> <<Q:Finger-prick
blood sugar tests done by care home staff dropped by more than half, because many residents no longer
need daily checks.>>

In total, 212 residents with diabetes were reviewed. For 96 of them, at least one diabetes medicine was
reduced or stopped.
"""),
        ("context", "Why we did it", """
Around one in four care home residents has diabetes. Many were diagnosed years ago and are still on the
medicines they were started on when they were in their sixties and working, with targets set for a long
and active life. Now they are in their late eighties, frail, eating less and often living with dementia.
For them, a low blood sugar is far more dangerous than a high one. It causes falls, confusion, heart
rhythm problems and, occasionally, death, and in someone with dementia it can look like 'just a bad
day'. National guidance supports relaxing targets and easing off medicines in frail older people, but in
practice, reviews were rare.

Our community diabetes team was called to care homes again and again for residents who had had a hypo,
often overnight. In 2022 a woman of 90 with advanced dementia was found unresponsive in the early morning
with a blood sugar of 1.8; she had been on gliclazide for twenty years and had barely been eating for a
fortnight. She died in hospital a week later.

Gentler Sugars is a partnership between our team, the PCN and the council's care home quality team. Every resident with diabetes in the PCN's 24 homes was reviewed by a diabetes
specialist nurse and a PCN pharmacist, using a frailty-based plan with relaxed targets. Insulin and
sulfonylureas were reduced or stopped where safe. Each resident now has a one-page diabetes plan saying
what their target range is, how often to check, and what to do if they stop eating.
"""),
        ("stakeholders", "Residents and families", """
<<P:We met with relatives at six of the homes before we started, because we knew some families had been
told for years that good sugars meant a long life.>> <<P:Several relatives told us they were afraid that
stopping medicines meant giving up, and they asked us to explain the change as 'making it gentler',
which is where the name came from.>> <<P:One resident, a retired headteacher with type 2 diabetes who
still manages his own tablets, read the one-page plan and suggested it say in big letters what a hypo
looks like in that particular person, which every plan now does.>> <<P:The daughter of the woman who died
asked to be part of the project and she helped us write the leaflet for families.>>

Care home staff in all 24 homes had a two-hour session on the new plans and on spotting hypos. GPs were
informed about the reviews through the PCN's clinical meeting. Our consultant diabetologist, Dr Ewan
Marsh, signed off the frailty-based targets. We sent a questionnaire to the home managers after the
reviews, and they were happy with the plans, so no changes were made. We hope to set up a care home
staff advisory group in 2025.
"""),
        ("spread", "Spreading it", """
The frailty-based diabetes plan has been adopted by the other three PCNs in Eastmere, and the council has
made it part of its quality monitoring for all care homes in the borough. We have shared the plan and the
family leaflet with the regional diabetes network, and two neighbouring community trusts have asked to
use it.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="value"),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I704  a bag that keeps people's own medicines with them in the ambulance -
#       docx - bold headings with a cover table - short - ambulance service
#       medicines safety officer, matter-of-fact - ambulance service with the
#       acute trust pharmacy and a care association - staff involved - no
#       patient involvement (patients given a leaflet, residents told by care
#       homes, a plan) - no quantitative evidence (bags issued, a single
#       audit figure)
# ---------------------------------------------------------------------------
entry(
    id="I704", format="docx", layout="bold_headings", topic="ambulance_patients_own_medicines_bag",
    project="independent44-medsgowithyou-704", docx_font="Calibri",
    title="Meds Go With You: keeping people's own medicines with them from home to hospital",
    cover_table=[
        ("Entry title", "Meds Go With You: keeping people's own medicines with them from home to hospital"),
        ("Lead organisation", "Wealdmoor Ambulance Service NHS Trust"),
        ("Partners", "Wealdmoor General Hospital NHS Trust (Pharmacy); Wealdmoor Care Association"),
        ("Contact", "Medication Safety Officer, Wealdmoor Ambulance Service"),
    ],
    primary_entrant=dict(name="Wealdmoor Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Wealdmoor General Hospital NHS Trust", type="nhs_trust"),
        dict(name="Wealdmoor Care Association", type="charity"),
    ],
    sections=[
        ("context", "Context", """
When an ambulance crew takes someone to hospital, their medicines usually stay at home. The hospital
then has to work out what they take from the GP record, which may be out of date, and order supplies
from pharmacy. Doses of time-critical medicines, such as Parkinson's medicines, insulin and
antiepileptics, are missed or delayed in the emergency department and on the assessment unit while this
happens. Crews who did bring medicines put them in whatever bag was to hand, and they were often lost
between the ambulance, the emergency department and the ward.

Our own incident reports showed the effect. In 2023 crews and hospital staff reported medicines lost
between home and ward on dozens of occasions, and the hospital's medicines safety officer raised the
case of a man with Parkinson's disease, brought in by our crew from a care home after a fall, whose
tablets were left on the care home trolley. He missed five doses over his first day and night in
hospital, became unable to swallow and was not able to go back to the home for three weeks. The
hospital also pointed out that some people's medicines, such as certain inhalers, eye drops and
creams, are not stocked on the wards at all and take days to order.

From January 2024 every frontline ambulance carries green 'Meds Go With You' bags. Crews put the
person's medicines, including any from the fridge, and their medicines chart from the care home, into
the bag, seal it and hand it over with the patient. The emergency department nurse signs for it and it
travels with the patient to the ward, where the pharmacy team checks it. The care homes in the care
association keep bags ready by the medicines trolley.
"""),
        ("evidence", "Evidence", """
In the first nine months, crews used 7,420 bags. The hospital pharmacy team recorded that 2,310 bags
reached the wards with their seal intact. In a one-week audit in the emergency department in September
2024, 62% of patients conveyed from care homes arrived with their own medicines.

We have not yet been able to compare missed doses before and after, because the hospital changed its
electronic prescribing system in the same year. An audit of time-critical doses is planned for 2025.
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:Paramedics and emergency care assistants at two stations tried three sizes of bag and chose the
largest, because the first one would not take an insulin pen and a box of inhalers together.>> <<S:Ward
pharmacy technicians asked for a tear-off slip on the bag so that the emergency department could record
where the bag had gone, and this was added in the second order.>> <<S:Care home managers in the care
association suggested keeping bags by the medicines trolley rather than waiting for the crew to bring
one, which is now standard.>>

A leaflet explaining the bag is given to patients with the bag. Care homes have told residents about it.
We would like to ask patients about their experience in the next phase.
"""),
        ("value", "Value", """
Each bag costs 38p. Patients' own medicines used on the ward do not need to be supplied again by the
hospital pharmacy, and the pharmacy estimates this saves several thousand pounds a month. Crews say the
bag makes handover quicker, because they no longer have to list every medicine out loud or hunt for a
carrier bag in a care home kitchen. Emergency department nurses say they can give a first dose of a
time-critical medicine straight from the bag once it has been checked, instead of waiting for pharmacy.
"""),
        ("spread", "Spread", """
The bags are now carried on all of the service's ambulances across three counties, and two other
hospitals in our area have agreed to use the same handover process.
"""),
    ],
    flags=[
        dict(code="no_patient_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
