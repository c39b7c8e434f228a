"""Eighty-seventh independent evaluation set (I1377..I1392) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were read
(with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional.  The entries
are meant to be ordinary: the kind of thing hospices, community and acute trusts,
ambulance services, councils, charities, universities, GP federations, community pharmacy
committees and the odd private provider send in, in their own voices and at their own
length.  The theme of this set is pain, sedation and the end of life: opioid safety at
home, syringe drivers, anticipatory medicines, procedural sedation and do not attempt
CPR decisions.

Topics: naloxone for people taking high doses of prescribed opioids at home (a local
pharmaceutical committee, own headings), syringe drivers that run out or stop when people
move from hospital to a care home (an acute trust palliative care team, bold headings
with a cover table), anticipatory medicine boxes in care homes that expire or are never
reviewed (a private care home group as primary entrant, numbered questions), procedural
sedation in emergency departments (a university simulation centre, two columns), dental
treatment under sedation for adults with learning disabilities (a community dental
service, no headings), do not attempt CPR decisions made wrongly for people with
learning disabilities (a self-advocacy charity, CAPS headings), advance care planning
conversations across one GP federation's practices (no partner, bullet lists), mix-ups
between standard and concentrated oral morphine (a hospice, a form), sedation for
endoscopy in frail older people (an acute trust with an independent-sector endoscopy
provider, rubric headings), young children swallowing a family member's opioids (a
council public health team, pdf via Word), syringe driver skills in nursing homes (a care
association, style headings with cover bullets), paramedics giving anticipatory medicines
at home (an ambulance service, numbered questions), conscious sedation in high-street
dental practices (a private dental group as primary entrant, bullet lists), recognising
pain in people with dementia in their last weeks of life (an integrated care board,
sections in an unusual order, no spread section), resuscitation decisions made in
hospital and never reviewed at home (a community trust, with appendix) and opioid
toxicity in people with kidney failure at home (a short form with no evidence section).

Build it with

    .venv/bin/python data/independent/build.py --set 87   (writes data/corpus/independent87/)

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
pharmaceutical committees are primary_care; patients' and carers' support groups and
self-advocacy groups are patient_group; hospices and care associations are charity;
a university is university; care home groups, dental companies and independent-sector
endoscopy providers are private).  A department or team of the entrant's own
organisation is not a partner.  Flags are written by hand and build.py cross-checks them
against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1377  naloxone for people on high-dose prescribed opioids at home - pdf -
#        own headings - LPC chief officer, practical - LPC with the ICB and
#        the council's public health team - patients (in the context
#        section), a carer and staff involved - claims partly in words
# ---------------------------------------------------------------------------
entry(
    id="I1377", format="pdf", layout="own_headings", topic="naloxone_prescribed_opioids_home",
    project="independent87-safeathome-1377", pdf_font="LiberationSans", pdf_align="L",
    title="Just in Case It's Too Much: take-home naloxone for people on high-dose prescribed opioids",
    cover=[
        "Lead organisation: Harrowdene Local Pharmaceutical Committee",
        "Partners: NHS Harrowdene and Swale Integrated Care Board (Medicines Optimisation); Swale Borough Council (Public Health)",
        "Written by the Chief Officer, Harrowdene LPC",
    ],
    primary_entrant=dict(name="Harrowdene Local Pharmaceutical Committee", type="primary_care"),
    partners=[
        dict(name="NHS Harrowdene and Swale Integrated Care Board", type="icb"),
        dict(name="Swale Borough Council", type="local_authority"),
    ],
    sections=[
        ("context", "Where this started", """
Take-home naloxone has been available for years to people who use heroin and other street opioids. In
Harrowdene, as in most places, it is handed out by the drug and alcohol service and by pharmacies
running needle exchanges. What nobody was doing was offering it to the much larger group of people who
take strong opioids that their GP or a hospital prescribed: people with long-term back pain on 120mg of
morphine a day, people on oxycodone after a joint replacement that never quite settled, people whose
fentanyl patch dose has crept up over five years.

This group is not small. In 2022 the ICB's prescribing data showed just over 2,300 people in our area
receiving an opioid dose equivalent to 90mg of oral morphine a day or more. Many of them also take
gabapentin or pregabalin, a sleeping tablet, or drink alcohol most evenings. Most live with someone,
and many have grandchildren who visit.

The coroner's reports that prompted us were from two deaths in 2021. A man in his sixties took an
extra dose of his modified-release morphine on a bad pain day and was found by his wife in the
morning. A woman who had been started on a new antidepressant became drowsy on her usual opioid dose
and stopped breathing in her chair. In both cases the family said afterwards they had no idea that
anything could be done while they waited for the ambulance.

<<P:Before we designed anything, we asked the chronic pain support group that meets at the Swale
library to spend an evening with us, and its members told us plainly that the word 'overdose' made them
feel they were being treated as drug users, so the pharmacy conversation is now about 'too much
medicine' and being 'prepared, just in case'.>> <<P:Two of the group's members then sat in on trial
conversations at a pharmacy counter and helped us cut the script from five minutes to under two.>>

The scheme itself is simple. When a pharmacy dispenses a prescription that takes a person above the
90mg threshold, or adds a second sedating medicine, the pharmacist offers a short conversation and a
naloxone kit, and shows a family member how to use it if they are there. The kit and the pharmacist's
time are paid for by the council's public health team. The ICB flags the people at highest risk on
the GP clinical system so that the practice can raise it at the next review.
"""),
        ("evidence", "What we can show", """
We started in six pharmacies in September 2022 and reached all 58 pharmacies in the area by April 2023.
Up to the end of 2024, 3,140 kits were supplied to people on prescribed opioids or to their families.

We know of 17 occasions when a kit supplied through the scheme was used, from pharmacy resupply forms
and ambulance records. In every one the person survived.

<<Q:Ambulance call-outs in our area to suspected opioid toxicity in people who were not known to drug
services fell by about a third, from 96 in 2021/22 to 63 in 2023/24.>> <<Q:Over the same period the
proportion of people on 90mg or more who were also taking a gabapentinoid came down from 38% to 27%,
because the conversation at the pharmacy led many people to ask their GP for a review.>>

Not all of this is down to us. The ICB's wider work on opioid prescribing was running at the same time,
and we would not claim the whole of the change. But the number of people on the highest doses has
barely moved, so the fall in call-outs is not just about fewer people being at risk.
"""),
        ("stakeholders", "Who helped shape it", """
<<S:Pharmacists and counter staff from the six pilot pharmacies met every fortnight for the first three
months and changed the trigger from 'any new opioid' to the dose threshold, because the first version
flagged nearly every prescription for codeine.>> <<S:The ICB's practice pharmacists asked for the
flag on the GP record to say when a kit was given, so that it could be checked at medication
reviews, and the data team built that in.>> <<S:Paramedics from the local ambulance station told us
that families often hid the kit in a drawer upstairs, so the leaflet now says to keep it next to the
medicines.>>

<<P:The daughter of one of the men whose death started this work agreed to read the family leaflet and
asked us to add a line telling relatives to stay with the person after giving naloxone, because it can
wear off before the opioid does.>>
"""),
        ("value", "Is it worth it?", """
A kit costs about £20 and a pharmacy consultation is paid at £12. The whole scheme has cost the
council around £105,000 over two years. A single admission to intensive care after an overdose costs
far more than that per night, and the families we have spoken to say the conversation itself made them
feel less frightened.

Pharmacists tell us they feel more confident raising opioid risks with people they have known for
years, which was not easy before.

There are costs we have not counted. Each conversation takes a pharmacist away from the dispensary for a
few minutes, and in a busy pharmacy on a Monday morning that is not nothing. Some people decline the kit,
usually because they feel it is not meant for someone like them, and we respect that; the offer is made
again at the next change of dose. A small number of kits have been lost or thrown away, and we replace
them without question.

We have also learned some things the hard way. Our first leaflet was four pages long and nobody read it.
Our first threshold caught too many people on low doses and annoyed pharmacists and patients alike. And
we underestimated how often the person who collects the prescription is not the person who takes it,
which is why the script now asks who else lives in the house before it asks anything else.
"""),
        ("spread", "Sharing it", """
Two neighbouring LPCs have asked for our script and leaflet, and one has started a pilot in its own
area. We presented the scheme at the regional pharmacy public health conference in 2024, and the ICB
has included the dose threshold in its new opioid prescribing guidance for all practices. We think any
area could do this, because it uses pharmacies that people already visit every month.

If we were starting again, we would bring the out-of-hours services in earlier. Several of the people
at highest risk are prescribed extra opioids by an out-of-hours doctor or an urgent treatment centre on a
bad pain day, and those prescriptions often go to a pharmacy that does not know them. We are now talking
to the out-of-hours provider about adding the same prompt to its prescribing system, and to the
ambulance service about leaving a kit when a crew attends someone on high-dose opioids who is not
admitted.

We would also like to understand better who does not accept a kit and why. Our impression is that older
men living alone are the least likely to say yes, and they may be among those most at risk.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1378  syringe drivers that run out or stop on transfer from hospital to a
#        care home - docx - bold headings with a cover table - acute trust
#        palliative care CNS, direct - acute trust with the community trust,
#        the care home association and a patient transport provider - staff
#        involved - NO patient involvement (families told, a complaint that
#        started it, a bereaved relatives' survey that changed nothing, a
#        plan)
# ---------------------------------------------------------------------------
entry(
    id="I1378", format="docx", layout="bold_headings", topic="syringe_driver_hospital_to_care_home_transfer",
    project="independent87-nogap-1378", docx_font="Calibri",
    title="No Gap: keeping syringe drivers running when dying patients move from hospital to a care home",
    cover_table=[
        ("Entry title", "No Gap: keeping syringe drivers running when dying patients move from hospital to a care home"),
        ("Lead organisation", "Kelverston Teaching Hospitals NHS Trust, Specialist Palliative Care Team"),
        ("Partners", "Kelverston Community Healthcare NHS Trust (District Nursing); Kelverston and District Care Homes Association; Meridian Patient Transport Ltd"),
        ("Contact", "Ruth Adeyemi, Lead Nurse, Specialist Palliative Care"),
    ],
    primary_entrant=dict(name="Kelverston Teaching Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Kelverston Community Healthcare NHS Trust", type="nhs_trust"),
        dict(name="Kelverston and District Care Homes Association", type="charity"),
        dict(name="Meridian Patient Transport Ltd", type="private"),
    ],
    sections=[
        ("context", "Why we needed to act", """
Every year about 400 people leave our hospital to die in a care home, often on a fast-track
continuing healthcare package arranged within a day or two. Many of them have a syringe driver running
when they leave: a small battery-powered pump that gives a steady dose of pain relief and sedation
under the skin over 24 hours.

Three things kept going wrong. The syringe was set up on the ward in the morning, but the transfer
happened late in the evening, so the syringe ran out in the first night at the home, where there was
no nurse trained to replace it and no prescription to replace it with. The hospital pump went with the
patient, the transport crew had no idea what it was, and it arrived with the battery flat or the line
pulled out. And the district nurses were not told the patient had arrived until the next day.

We were made to look at this properly by a complaint in 2022. A woman with advanced lung cancer was
moved to a nursing home at 9pm on a Friday. Her syringe driver alarmed at 2am. The night nurse at the
home had never used that model of pump and rang 111, and the out-of-hours district nurse came at 7am.
For five hours she was restless and in pain, and her son, who was with her, described it as the worst
night of his life.

When we looked back over the previous year we found that this was not a rare event. The ward teams were
doing their best under pressure to get people home quickly, which is what people and families want. But
nobody owned the transfer itself. The ward thought the district nurses would pick things up. The district
nurses thought the ward would have sent a prescription. The care home thought someone would tell them
what to do. The transport crew thought the pump was somebody else's business, which, under their
company's policy at the time, it was.

The safety goals we set were plain: no syringe driver should run out or stop in the first 24 hours
after transfer; the receiving team should always know the patient was coming; and the home should always
have what it needed to carry on the treatment without waiting for a doctor.
"""),
        ("evidence", "What has changed", """
Since June 2023, no one leaves the hospital on a syringe driver without the 'No Gap' checklist, which
the ward nurse completes with the palliative care team. The syringe is replaced with a fresh one within
four hours of leaving. The patient takes a signed community prescription and a drug chart for the next
syringe, and a supply of the medicines. The district nurse team is rung before the patient leaves and
agrees a visit time. Transfers of patients on a syringe driver are booked to arrive before 6pm unless the
family asks otherwise. The pump itself now belongs to the community trust's loan pool, so it is the same
model the district nurses use.

<<Q:Syringe drivers found empty or stopped in the first 24 hours after transfer fell from 31 of 142
transfers (22%) in the year before to 6 of 151 (4%) in the first full year.>> <<Q:Calls to the
out-of-hours district nursing service about a syringe driver within 12 hours of a hospital transfer went
down from 58 to 14.>> <<Q:Transfers arriving after 8pm dropped from 41% to 9%.>>

We review every transfer where a syringe driver stopped, and in 2024 only one was due to the pump
itself.
"""),
        ("stakeholders", "Who was involved", """
<<S:Ward nurses on the two respiratory and two oncology wards tested the checklist for six weeks and
asked us to take out the section on medicine compatibility, which they said the pharmacist already
checked, and to add the district nurse's phone number to the top.>> <<S:Meridian's transport crews
came to a session on the ward and told us they had been told not to touch medical equipment, so the
pump is now put in a lockable pouch with a card that says what to do if it alarms.>> <<S:Nurses from
four nursing homes in the care homes association pointed out that they could not replace a syringe
without a signed chart from the community trust, which is why the community drug chart now goes with
the patient.>> <<S:District nursing team leaders agreed to a telephone handover before discharge and
chose the cut-off time of 6pm.>>

Families are told about the syringe driver by the ward nurse and given a leaflet. The son whose
complaint started the project was sent a copy of the new checklist. We sent a questionnaire to bereaved
relatives in 2024, and the replies were positive, so nothing was changed. We would like to involve a
bereaved carer in the next review of the leaflet.
"""),
        ("value", "Value for money", """
The extra syringe and medicines cost about £35 per transfer. Moving the pumps to a single loan pool has
saved the hospital buying replacement pumps, which cost around £1,400 each, because fewer are now lost in
the community. An out-of-hours district nurse visit costs about £90 and an ambulance call-out much more.

None of this can measure what it means to a family for the last days to be calm.
"""),
        ("spread", "Spread", """
The community trust has made the telephone handover standard for all discharges on a syringe driver,
including from the local hospice. The checklist has been shared with the other two acute trusts in the
integrated care system and we have presented it at the regional palliative care network.

The biggest lesson for us was that the answer was not more training or a new piece of equipment. It was
getting four organisations to agree who does what, at what time, and to write it down on one page. We
would urge any hospital that discharges people on syringe drivers to look at the time of day its
patients actually arrive at their destination; ours was far later than anyone had guessed.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1379  anticipatory medicine boxes in care homes that expire or are never
#        reviewed - docx - numbered questions - PRIVATE care home group as
#        primary entrant (ineligible), with a GP federation and the LPC -
#        registered manager, chatty - residents' families (pronouns) and
#        staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1379", format="docx", layout="numbered_questions", topic="care_home_anticipatory_medicines_review",
    project="independent87-readywhenneeded-1379", docx_font="Arial",
    title="Ready When Needed: keeping anticipatory medicines in date and right for the person",
    cover=[
        "Primary entrant: Oakhollow Care Group Ltd (nine nursing and residential homes)",
        "Partners: Fenmarsh GP Federation; Fenmarsh Local Pharmaceutical Committee",
        "Entry by Claire Doherty, Director of Clinical Quality",
    ],
    primary_entrant=dict(name="Oakhollow Care Group Ltd", type="private"),
    partners=[
        dict(name="Fenmarsh GP Federation", type="primary_care"),
        dict(name="Fenmarsh Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "1. What was the problem?", """
Anticipatory medicines, sometimes called 'just in case' medicines, are injections for pain, breathlessness,
agitation and noisy secretions that are prescribed in advance for people who are expected to die in the
next few months. They are kept at the home so that a nurse can give them straight away when
symptoms start, without waiting for a GP or a pharmacy.

In our nine homes in Fenmarsh we look after about 420 people, and at any one time around 60 have
anticipatory medicines. When we audited the boxes in the spring of 2022 we found a mess. Some had been
prescribed two years earlier and the person's kidneys had since got much worse, so the doses were no
longer safe. Some were out of date. Some had been prescribed by a hospital doctor on discharge and
nobody at the GP practice knew about them. In three homes, a resident had died and their box was still
in the controlled drugs cupboard months later.

The opposite problem was just as serious. Residents who were clearly deteriorating had no anticipatory
medicines at all, because nobody had asked. When they became distressed at night, our nurses had to
ring 111 and wait, sometimes for hours, for a visit or a prescription.

None of this was anyone's fault on its own. The GP practices that cover our homes were each doing
things differently. Some prescribed anticipatory medicines early and reviewed them, others waited for
the home to ask. The pharmacies supplying the homes had no way of knowing when a box had been prescribed
by a hospital, or when a resident had died. And our own nurses, many of them trained overseas and new to
end-of-life care in a care home setting, were not always confident to raise it with a GP.

We needed the GP federation, which runs the weekly ward rounds in most of our homes, and the local
pharmacies, through their committee, to work with us on one shared way of doing things. We are a private
company and we know that care homes are sometimes seen as the problem in these conversations. We were
grateful that both partners treated this as a shared problem from the start.
"""),
        ("evidence", "2. What evidence is there of improvement?", """
Since January 2023 every resident with anticipatory medicines has them reviewed every three months at the
GP federation's weekly ward round in the home, using a one-page review form. The local pharmacies check
expiry dates when they deliver the monthly medicines and replace anything due to expire within a month.
Any resident whose condition is changing is discussed at the ward round, and anticipatory medicines are
prescribed early rather than in a crisis.

<<Q:At our audit in April 2022, 23 of 58 anticipatory medicine boxes (40%) had at least one item out of
date or at a dose no longer suitable; at the same audit in April 2024 it was 3 of 64 (5%).>> <<Q:Calls
from our homes to 111 for end-of-life symptom control went down from 74 in 2022 to 29 in 2024.>>
<<Q:Residents who died with anticipatory medicines in place rose from 61% to 88% of expected deaths.>>
"""),
        ("stakeholders", "3. Who was involved and how?", """
<<S:Our nurses and the federation's advanced nurse practitioners wrote the review form together and
trialled it in two homes, and they added a box for the resident's weight and kidney function after the
first month.>> <<S:Community pharmacists from the LPC told us they could not check boxes they did not
know existed, so each home now sends the pharmacy a list of current boxes every month.>> <<S:Care
assistants on night shifts asked for a simple flow chart on the cupboard door showing when to call the
nurse, and they chose the pictures.>>

We talked to families as well. <<P:Relatives of residents at Willowmead and Brackenfield told us they
were worried that the boxes meant we had given up on their mother or father, and they suggested we
explain the boxes as 'being ready', which is the wording on our family leaflet now.>> <<P:They also
read the leaflet in draft and asked for it to say who to phone with questions.>>
"""),
        ("value", "4. What difference has it made and is it good value?", """
The review adds about five minutes per resident to a ward round that was already happening. Fewer
medicines are wasted, because boxes are no longer destroyed unused and replaced in a hurry. Our nurses
say they feel less alone at night. The GP federation says its out-of-hours colleagues get fewer calls
from our homes.

We think the biggest difference is harder to count. When a resident starts to deteriorate on a Saturday
night, the nurse on duty now knows that the medicines in the cupboard are current, at the right dose for
that person, and that a GP has thought about them recently. She can give a dose and keep the person
comfortable, rather than spending an hour on the phone while a family watches their relative struggle.
Families have told us that their mother or father died peacefully, and that matters more to us than any
of the figures above.
"""),
        ("spread", "5. How has it been shared?", """
The federation has offered the same review to the 14 other care homes it covers, and eight have started.
We have shared the form with the other homes in our group outside Fenmarsh and with the county care
association.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1380  procedural sedation in emergency departments - pdf - two columns -
#        university simulation centre director, academic - university with
#        two acute trusts - a public contributor and staff involved - one
#        claim told as a shift on an SPC chart
# ---------------------------------------------------------------------------
entry(
    id="I1380", format="pdf", layout="two_column", topic="emergency_department_procedural_sedation",
    project="independent87-sedatesafe-1380", pdf_font="LiberationSerif",
    title="Sedate Safe: a shared standard and simulation programme for procedural sedation in two emergency departments",
    cover=[
        "University of Carrowmore, Centre for Clinical Simulation and Human Factors (lead), with Carrowmore and Ashby Hospitals NHS Trust and West Lennox Hospital NHS Foundation Trust",
        "Entry prepared by Professor Alan Mbeki, Director, Centre for Clinical Simulation",
    ],
    primary_entrant=dict(name="University of Carrowmore", type="university"),
    partners=[
        dict(name="Carrowmore and Ashby Hospitals NHS Trust", type="nhs_trust"),
        dict(name="West Lennox Hospital NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
Emergency departments sedate patients every day so that painful procedures can be done quickly: putting
a dislocated shoulder back, straightening a broken wrist, shocking the heart back into a normal rhythm.
The drugs used, such as propofol, ketamine and midazolam with an opioid, are the same drugs used to put
people to sleep for an operation, but in the emergency department they are given in a busy resus bay,
often late at night, by a team that may not have worked together before.

The two emergency departments in our region see between them about 190,000 attendances a year and carry
out roughly 1,100 procedural sedations. In 2021 a review by the two trusts' patient safety teams found
that each department had its own sedation form, neither form was used consistently, capnography (a
monitor that shows straight away if the patient stops breathing) was available but often not attached,
and nobody was checking whether patients were fasted or whether a second clinician was present who
could manage the airway. There had been four serious incidents in two years, including a man who
stopped breathing after propofol and needed emergency intubation, and an older woman who was sent home
still drowsy after midazolam and fell on her front step.

The university's simulation centre already trained both trusts' junior doctors. The idea was to agree
one standard for the region, build it into one paper and electronic checklist, and then practise it in
simulation, in the departments themselves, until it became normal.

We were conscious from the start that a checklist on its own changes very little. Many departments have
sedation forms that are filled in afterwards, if at all. What we wanted was for the checklist to be the
way the team talks to each other in the minutes before the first drug is given: who is sedating, who is
doing the procedure, who is watching the airway, what the fasting status is, what the plan is if the
patient stops breathing. The only way we knew to make that happen was repeated practice, in the real
environment, with the real team on shift.

We also wanted to measure it properly. Both trusts agreed to share anonymised sedation data with the
university every month, and a research fellow built a simple statistical process control chart for each
measure so that the teams could see whether anything was really changing rather than reacting to one good
or bad month.
"""),
        ("evidence", "Results", """
The shared standard and checklist went live in both departments in March 2023. Since then 212 doctors,
nurses and advanced practitioners have taken part in at least one in-situ simulation, and the centre has
run 46 sessions in the two departments.

<<Q:On our statistical process control chart for checklist completion, the monthly rate moved from a
mean of around 40% before the launch to a new, stable mean of around 85%, with eight consecutive points
above the old centre line from April 2023.>> <<Q:Capnography was recorded for 91% of sedations in 2024,
against 23% in the 2021 review.>> <<Q:Sedation-related adverse events needing an intervention, such as
bag-mask ventilation or reversal drugs, fell from 4.1 to 1.6 per 100 sedations between the 12 months
before and the 12 months after the launch.>>

Patients discharged within an hour of a sedation now leave with a written advice sheet, and no patient
has been reported to us as having fallen at home after sedation since the launch, though we would not
have known of every case before.
"""),
        ("stakeholders", "People involved", """
<<S:Emergency nurses and consultants from both departments formed a working group that met monthly, and
it was the nurses who insisted that the checklist include a 'time out' before the first drug is given,
in which everyone says their role out loud.>> <<S:Anaesthetists from both trusts reviewed the drug doses
and asked for a separate section for frail older people, with lower starting doses of propofol.>>
<<S:Healthcare assistants and porters who are often in the resus bay took part in the simulations,
and their feedback led us to move the suction and oxygen to a fixed point on the sedation trolley.>>

<<P:A public contributor from the university's patient and public involvement panel, who had had her
own shoulder relocated under sedation, worked with us on the simulation scripts and the discharge
advice sheet.>> <<P:She asked that the sheet be given to whoever is taking the person home, not just the
patient, because she could remember nothing of what she had been told.>>
"""),
        ("value", "Value", """
The simulation sessions are delivered by the university's faculty and faculty fellows from both
trusts, and cost about £180 each in consumables. Capnography lines cost a few pounds per patient. An
unplanned admission to intensive care after a sedation incident costs several thousand pounds, and a
claim much more. Staff say they feel more confident and that the time out has made them more likely to
speak up.

The partnership has also been good for the university. Our students and trainees now learn sedation
using the same checklist they will meet when they start work, and our simulation faculty spend time in
real departments, which keeps our teaching honest. The trusts, for their part, have a route into
evaluation and publication that they did not have before.
"""),
        ("spread", "Spread", """
The regional emergency medicine network has adopted the standard, and a third trust is preparing to
start in 2025. We have published the simulation scenarios openly for any department to use, and
presented the work at a national simulation conference. The university now includes the sedation
standard in its teaching for final-year medical students.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1381  dental treatment under sedation for adults with learning
#        disabilities - docx - no headings - special care dentist, personal -
#        community trust with a learning disability charity and the acute
#        trust - people with learning disabilities and carers involved -
#        NO staff involvement (dental nurses trained, support workers
#        briefed, a named clinical director writing the protocol, a staff
#        survey that changed nothing)
# ---------------------------------------------------------------------------
entry(
    id="I1381", format="docx", layout="no_headings", topic="special_care_dental_sedation_learning_disability",
    project="independent87-smileplan-1381", docx_font="Georgia",
    title="The Calm Chair: safer sedation for dental care for adults with learning disabilities",
    cover=[
        "Brackwater Community Health NHS Trust, Special Care Dental Service, in partnership with Open Door (a learning disability charity) and Brackwater General Hospitals NHS Trust",
        "Entry written by a specialist in special care dentistry",
    ],
    primary_entrant=dict(name="Brackwater Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Open Door", type="charity"),
        dict(name="Brackwater General Hospitals NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", None, """
I have worked in special care dentistry for nineteen years, and for most of that time the way we looked
after adults with learning disabilities who could not manage a dental check-up made me uneasy. If
someone could not tolerate treatment in the chair, the choice was between doing nothing and a general
anaesthetic in the hospital, with a waiting list of more than a year. While they waited, toothache
went unrecognised. People who could not tell anyone they were in pain hit their heads, stopped eating
or were given extra sedating medicines for 'challenging behaviour'.

Some of our patients could be treated with intravenous sedation in our own clinic, which is quicker and
avoids a hospital stay. But we were nervous about it, with good reason. Many of our patients take
medicines for epilepsy or anxiety that add to the effect of sedation, some have swallowing problems, and
some become very distressed by a cannula. Our sedation assessments were a single form designed for
nervous adults without any of these needs. In 2021 a young man with Down's syndrome became deeply sedated
after a standard dose of midazolam and his oxygen levels dropped, and we had to call an ambulance.
Nobody was harmed in the end, but it showed how thin our margins were.
"""),
        ("evidence", None, """
Since the autumn of 2022 every adult with a learning disability who may need sedation has a longer
assessment, at home or at the Open Door centre, not in the clinic. We ask about all their medicines,
their swallowing, how they react to needles and what helps them stay calm. We now use a set of criteria
taken from national guidance, such as severe sleep apnoea or a heart condition, that mean the
person should be treated under sedation in the hospital day unit with an anaesthetist present, not in
our clinic. Everyone else is treated in our clinic with lower starting doses and with a 'calm plan' that
travels with them, saying what helps.

<<Q:Sedation sessions that had to be abandoned because the person was too distressed or became too
deeply sedated fell from 14 of 83 (17%) in 2021/22 to 4 of 121 (3%) in 2023/24.>> <<Q:Episodes of oxygen
levels below 90% during sedation went down from 9 to 2 over the same period, even though we treated more
people.>> <<Q:The wait for dental treatment under general anaesthetic for adults with a learning
disability went from 58 weeks to 22 weeks, because fewer people now need one.>>
"""),
        ("stakeholders", None, """
<<P:People with learning disabilities who go to the Open Door centre looked at our old sedation leaflet
and told us they could not understand it, and a group of six of them worked with the charity's easy
read team over three sessions to make a new one with photographs of our own clinic and staff.>> <<P:Two
of them came to the clinic on a quiet afternoon and sat in the chair, and they said the bright light
over the chair was the scariest thing, so we now start with the light off.>> <<P:Family carers told
us the 'calm plan' should be written by the people who know the person best, not
by us, and the form is now filled in by them before the assessment.>>

Our dental nurses were all trained in the new assessment and in monitoring with capnography. Support
workers from the supported living providers were briefed on how to prepare someone for the day. The
protocol itself was written by our clinical director, Dr Nia Pryce. We asked staff what they thought of
it in an online survey, and the answers were positive, so it was not changed.
"""),
        ("value", None, """
A general anaesthetic in the hospital day unit costs around £1,600. A sedation session in our clinic costs
about a third of that. Each person moved from the general anaesthetic list to clinic sedation frees a
hospital slot for someone who really needs one. The assessments take longer than before, about an hour,
but they are done by a dental therapist rather than a dentist.

One mother wrote to us after her son had four teeth removed under sedation in our clinic. She said it was
the first dental appointment in fifteen years that did not end with him in tears, and that he had slept
through the night for the first time in months.

There were costs for us too. The longer assessment means that we see fewer new patients each week, and
we have had to be open with commissioners about that. We think it is the right trade. A sedation that
has to be abandoned halfway through, or one that ends with an ambulance, costs far more in time, in
distress and in trust than an extra hour at the start.
"""),
        ("spread", None, """
The regional special care dentistry network has asked for our assessment form and calm plan, and two other
community dental services are using them. Open Door has shared the easy read leaflet with other learning
disability charities. The general hospital has started using the calm plan for its own
patients with learning disabilities having other procedures, such as blood tests and scans.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1382  DNACPR decisions made wrongly for people with learning
#        disabilities - pdf - capital headings - self-advocacy group
#        coordinator, plain and forceful - self-advocacy group with the acute
#        trust and the ICB - self-advocates involved - NO staff involvement
#        (doctors trained, resuscitation officer doing audit, meetings that
#        were updated, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1382", format="pdf", layout="caps_headings", topic="dnacpr_learning_disability_wrongful_decisions",
    project="independent87-notmydisability-1382", pdf_font="DejaVuSans", pdf_align="L",
    title="NOT BECAUSE OF MY DISABILITY: checking resuscitation decisions for people with learning disabilities",
    cover=[
        "LEAD: Speak Up Lindfield (self-advocacy group run by and for people with learning disabilities)",
        "PARTNERS: Lindfield and Rother Hospitals NHS Trust; NHS Rother Valley Integrated Care Board (Learning Disability and Autism Programme)",
        "CONTACT: Coordinator, Speak Up Lindfield",
    ],
    primary_entrant=dict(name="Speak Up Lindfield", type="patient_group"),
    partners=[
        dict(name="Lindfield and Rother Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Rother Valley Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "WHY WE DID THIS", """
A do not attempt cardiopulmonary resuscitation decision, or DNACPR, means that if your heart stops,
doctors will not try to restart it. It should be a decision about your health, made with you or with
the people who know you best. It should never be made because you have a learning disability.

During the pandemic, our members heard stories of people with learning disabilities who had DNACPR forms
that said 'learning disability' or 'Down's syndrome' as the reason. Reviews of deaths of people with
learning disabilities kept finding the same thing across the country. In Lindfield, one of our own
members, a man of 47 who lived in supported living, went into hospital with a chest infection. His
support worker found a DNACPR form in his notes that gave 'severe learning disability' as the reason.
Nobody had talked to him or his sister.

We asked the hospital if we could look at this together. They said yes.

We are not doctors. We know that sometimes CPR will not work and that a DNACPR decision can be the right
thing for a person who is very ill. That is not what we were worried about. We were worried about
decisions that were made without asking us, and about forms that said the reason was our disability.
Everybody has the right to be asked. If you cannot understand the decision, the people who know you
should be asked, and someone should check that it is about your health and not about who you are.

The ICB had already heard these worries from the reviews of deaths of people with learning disabilities.
It agreed to pay for our time and for the film, and to bring the hospital's leaders to the table.
"""),
        ("evidence", "WHAT HAS CHANGED", """
From February 2023 every DNACPR form for an adult with a learning disability at the hospital is checked
within 24 hours by the learning disability liaison nurses, using a checklist our members wrote. If the
reason given is the learning disability, or there is no record of talking to the person or their family,
the form is sent back to the consultant the same day.

<<Q:In the hospital's audit of DNACPR forms for people with learning disabilities, forms giving a
learning disability or a related diagnosis as a reason fell from 11 of 64 (17%) in 2022 to 1 of 71 in
2024.>> <<Q:Forms with a record of a conversation with the person or their family went up from 48% to
90%.>> <<Q:Forms that were reviewed and changed before discharge rose from 9% to 37%.>>

The hospital had 71 DNACPR forms for people with learning disabilities in 2024.
"""),
        ("stakeholders", "WHO WAS INVOLVED", """
<<P:Eight members of Speak Up Lindfield met every month for a year at our office
and wrote the checklist, and they put in the question 'Did you talk to me?' as the first
question on it.>> <<P:Our members made a short film in which they act out a good and a bad conversation
about resuscitation, and it is now shown at the start of the doctors' training.>> <<P:The sister of the
member whose form was wrong told her story to the hospital's board, and she asked that families are
phoned, not just written to, when a decision is made, which is now in the checklist.>>

All junior doctors and consultants in medicine were trained using our film. The hospital's resuscitation
officer did the audits as part of his usual work. The hospital's clinical teams were updated at their
governance meetings. We would like doctors to come to one of our group meetings next year.
"""),
        ("value", "VALUE", """
The checklist costs nothing. The liaison nurses spend about ten minutes on each form. The film cost
£2,400, paid for by the ICB. You cannot put a price on a person being asked about their own life.

Our members say that doing this work has made them feel listened to. Some of them had been frightened of
going into hospital because of what they had heard. They say they are less frightened now, because they
know someone is checking.
"""),
        ("spread", "SPREAD", """
The ICB has asked the other two hospitals in the area to use our checklist and film from 2025, and one
hospice has started already. Our film has been shown at a national learning disability conference. We
have also taken our checklist to GP practices, because many DNACPR forms are written there too.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1383  advance care planning and resuscitation conversations across one GP
#        federation - docx - bullet lists - federation quality lead, list
#        style - GP federation and its own member practices, NO partner
#        (ineligible) - staff involved - NO patient involvement (patients
#        sent letters, PPG updated, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1383", format="docx", layout="bullet_lists", topic="gp_advance_care_planning_resuscitation_conversations",
    project="independent87-talkingahead-1383", docx_font="Calibri",
    title="Talking Ahead: better conversations about treatment and resuscitation for frail patients",
    cover=[
        "Tollbridge GP Federation (11 member practices)",
        "A project run by the federation's frailty team, practice GPs and care co-ordinators",
        "Submitted by the Federation Quality and Safety Lead",
    ],
    primary_entrant=dict(name="Tollbridge GP Federation", type="primary_care"),
    partners=[],
    sections=[
        ("context", "The problem", """
Across our 11 practices we have around 3,900 patients coded as moderately or severely frail. In 2022 we
looked at how many had a recorded conversation about what they would want if they became seriously
unwell, including whether they would want CPR. What we found:

- only 18% had any recorded advance care plan, and many of those were years old

- some DNACPR forms on the record had been completed in hospital and never discussed again after discharge

- a few forms had been completed in a hurry during the pandemic, without a proper conversation, and families later complained

- out-of-hours clinicians and ambulance crews often could not see a plan even when one existed, because it was only in a scanned letter

- GPs told us they avoided starting the conversation in a ten-minute appointment because they worried about upsetting people

Two events made us act. An 89-year-old woman with advanced heart failure was taken to hospital and given CPR in the ambulance bay, although she had told her GP years earlier she would never want it; nothing had been written down. And a man in his seventies was upset to find a DNACPR form from a past admission on his record that nobody had talked to him about.

Why this was hard for us:

- the conversations take time, and a ten-minute appointment is not enough

- the information sat in different places: GP record, hospital letters, care home files, the ambulance service's own system

- there was no agreed view across our practices of who should start the conversation, or when

- some clinicians felt the national publicity about blanket DNACPR decisions during the pandemic had made patients suspicious of any conversation at all

We decided to treat this as a patient safety problem rather than a quality improvement nicety, because the harm from getting it wrong runs both ways: people given treatment they did not want at the end of their lives, and people left with a decision they never agreed to.
"""),
        ("evidence", "Results", """
What we did:

- each practice now has a monthly list of frail patients without a plan, produced by the federation's data team

- care co-ordinators book a 30-minute appointment with a GP or nurse, at home if needed, for anyone on the list

- plans are recorded on a single shared template that out-of-hours services and the ambulance service can see

- every DNACPR decision made in hospital is reviewed with the patient within a month of discharge

What changed:

- <<Q:frail patients with a recorded advance care plan went from 18% in March 2022 to 57% in March 2024>>

- <<Q:patients who died in their usual place of residence, among those on our frailty register, rose from 44% to 61%>>

- <<Q:complaints about resuscitation decisions across the federation went down from 9 in 2022 to 2 in 2024>>

- 2,140 conversations were held in the two years

- 312 DNACPR decisions made in hospital were reviewed with the patient after discharge

- the template has been used by out-of-hours clinicians on 1,470 occasions since it went live
"""),
        ("stakeholders", "Who was involved", """
- <<S:care co-ordinators from all 11 practices wrote the invitation script with two of our GPs, and they asked for the appointment to be called a 'planning ahead' appointment rather than an end-of-life review>>

- <<S:practice nurses tested the shared template for a month and removed half of the free-text boxes, which they said nobody would fill in>>

- <<S:the GP partners voted at the federation board to protect the 30-minute appointments from being used for other work during winter>>

- <<S:our frailty paramedics suggested the template open with the patient's own words about what matters to them>>

- patients on the list were sent a letter explaining the appointment

- the patient participation groups were updated at their meetings in 2023

- a patient survey in 2024 found most people found the conversation helpful, and we did not change anything as a result

- we plan to ask patients and families to help us review the letter next year
"""),
        ("value", "Value", """
- the appointments are part of the practices' existing frailty work, so there was no extra funding

- the template was built by the federation's data team in about two weeks

- each avoided emergency admission at the end of life saves around £2,500

- GPs say they feel more confident starting these conversations

- care co-ordinators say they are proud of being the people who open the door to these conversations

- we know of several families who said the plan meant their relative died at home as they wished, rather than on a trolley
"""),
        ("spread", "Spread", """
- the template has been shared with the other federation in the county

- we presented at the regional frailty network in October 2024

- the care co-ordinator training pack has been offered to any practice in the county that wants it

- we would like the ambulance service to be able to write back into the template when a crew has used it, so that the practice knows
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_patient_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1384  mix-ups between standard and concentrated oral morphine - pdf -
#        form - hospice pharmacist, careful - hospice with the LPC and the
#        ICB - carers and staff involved - NO quantitative evidence (counts of
#        prescriptions, pharmacies, a single figure, a target, incidents with
#        no comparison)
# ---------------------------------------------------------------------------
entry(
    id="I1384", format="pdf", layout="form_table", topic="oral_morphine_concentrate_mixups",
    project="independent87-onestrength-1384", pdf_font="LiberationSans",
    title="One Strength at Home: preventing mix-ups between standard and concentrated oral morphine",
    cover_table=[
        ("Entry title", "One Strength at Home: preventing mix-ups between standard and concentrated oral morphine"),
        ("Lead organisation", "St Aldhelm's Hospice, Wexcombe"),
        ("Partner organisations", "Wexcombe and Tarn Local Pharmaceutical Committee; NHS Wexcombe Integrated Care Board"),
        ("Entrant", "Priya Nandakumar, Lead Pharmacist, St Aldhelm's Hospice"),
    ],
    primary_entrant=dict(name="St Aldhelm's Hospice", type="charity"),
    partners=[
        dict(name="Wexcombe and Tarn Local Pharmaceutical Committee", type="primary_care"),
        dict(name="NHS Wexcombe Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Why was the partnership needed? What were the safety goals?", """
Oral morphine solution comes in two strengths: the standard 10mg in 5ml and a concentrated 20mg in 1ml,
which is ten times stronger by volume. The concentrate is useful for a small number of people on high
doses who struggle to swallow large volumes. The rest of the time it is a risk. If a prescription says
'5ml' and the concentrate is supplied, the person receives 100mg instead of 10mg.

Our hospice supports around 900 people at home each year through its community nurse specialists and
hospice at home team. In 2022 our pharmacist reviewed incidents reported by hospice staff and by district
nurses in Wexcombe, and found several near misses where a family carer had the concentrate at home
alongside the standard strength, or where a pharmacy had supplied the concentrate against a prescription
that did not say which strength. In one case, in the summer of 2022, a wife gave her husband a dose of the
concentrate measured in a 5ml spoon. He became very drowsy, needed naloxone from the out-of-hours doctor
and was admitted to the hospice.

The goals were simple: only prescribe the concentrate when it is really needed, always state the
strength in milligrams as well as millilitres, make the two products look different at home, and make
sure families know which one they have.

We knew from the start that the hospice could not do this on its own. We do not prescribe most of the
morphine that people in Wexcombe take at home, and we do not dispense it. The prescriptions come from
GPs, out-of-hours doctors and hospital teams, and the bottles come from community pharmacies. The hospice's
role was to bring the evidence, the specialist knowledge and the families' stories; the LPC and the ICB
could change what happens at the counter and on the prescribing screen.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since April 2023 the ICB's prescribing guidance says oral morphine concentrate should only be started by
a specialist palliative care clinician, and that every prescription must give the dose in milligrams and
millilitres. Prescribing systems in all 34 GP practices now show a warning when the concentrate is
chosen. Community pharmacies in the LPC area put a bright orange 'concentrate' sticker on every bottle and
supply an oral syringe marked for the right dose, never a spoon.

In 2024, 61 prescriptions for the concentrate were issued in the ICB area, all by or on the advice of the
specialist team. All 52 pharmacies in the area have received the orange stickers and oral syringes, and
the hospice has given out 430 family information cards.

Incidents involving the wrong strength of oral morphine reported to the hospice in 2024: three, all near
misses picked up before a dose was given. Our aim is that no one in Wexcombe is given the wrong strength
at home.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Family carers who attend the hospice's carers' group looked at a range of labels and syringes with
us, and it was their choice to use a single orange sticker rather than the red warning labels first
proposed, which they said looked like poison.>> <<P:One carer, whose husband had been given the wrong
strength, helped write the family information card and asked us to include a photograph of each bottle
side by side.>>

<<S:Community pharmacists on the LPC's clinical group tested the stickers and oral syringes in their own
pharmacies for two months and asked for the dose to be written on the syringe label as well.>> <<S:GP
prescribing leads and the ICB medicines team agreed the wording of the system warning after two rounds
of comments from practice pharmacists.>> <<S:Our community nurse specialists suggested checking which
strength is in the home at every first visit, and this is now on their assessment form.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The stickers and oral syringes cost the LPC less than £600 a year. The system warning was added by the
ICB's digital team at no extra cost. One admission to the hospice or to hospital after an overdose costs
more than the whole scheme does in a year. Families tell us they feel safer giving doses, and pharmacists
say the warning has made conversations with prescribers easier.

There have been some grumbles. A few prescribers found the system warning irritating when they were
prescribing the concentrate on specialist advice, and a handful of pharmacies ran out of the marked
syringes in the first month. We have tried to fix these as they came up rather than let them undermine
the scheme.
"""),
        ("spread", "How has the work been shared and spread?", """
The family information card has been shared with the regional palliative care pharmacists' network and
with two neighbouring hospices. The orange sticker has been adopted by a neighbouring LPC. We have
written to the national patient safety team suggesting that the concentrate be looked at nationally.

We have also learned that safety messages need to be repeated. Families change, carers come and go, and
new locum pharmacists and GPs arrive all the time. The orange sticker and the marked syringe work because
they do not rely on anyone remembering a message from a training session months ago.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1385  sedation for endoscopy in frail older people - docx - rubric
#        headings - consultant gastroenterologist, formal - acute trust with
#        an independent-sector endoscopy provider and a GP federation -
#        older people (an unusually named panel) involved - NO staff
#        involvement (endoscopists trained, nurses briefed, a named sedation
#        lead writing the guideline, a meeting only updated)
# ---------------------------------------------------------------------------
entry(
    id="I1385", format="docx", layout="rubric_headings", topic="endoscopy_sedation_frail_older_people",
    project="independent87-lightertouch-1385", docx_font="Cambria",
    title="A Lighter Touch: safer sedation for frail older people having endoscopy",
    cover=[
        "Lead: Northcliffe Valley Hospitals NHS Trust, Endoscopy and Gastroenterology",
        "Partners: ClearView Endoscopy Ltd (independent-sector provider); Northcliffe GP Federation",
        "Submitted by Dr Gareth Lowe, Consultant Gastroenterologist and Clinical Lead for Endoscopy",
    ],
    primary_entrant=dict(name="Northcliffe Valley Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="ClearView Endoscopy Ltd", type="private"),
        dict(name="Northcliffe GP Federation", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed and what were its patient safety goals?", """
Most people having a gastroscopy or colonoscopy are offered conscious sedation, usually a small dose of
midazolam with an opioid such as fentanyl. For a fit adult this is very safe. For a frail person in
their eighties, who may weigh less than 50kg, have poor kidney function and take several other sedating
medicines, the same dose can cause oxygen levels to fall, blood pressure to drop or confusion that lasts
for hours.

Since 2021 a large share of our routine endoscopy has been carried out by ClearView Endoscopy at its
unit on the Northcliffe business park, to help clear the backlog after the pandemic. Referrals come from
GPs in the federation through a straight-to-test pathway, and many patients are not seen by a doctor
before the day of the procedure. The result was that frail patients arrived at either site with no
assessment of frailty, no list of their current medicines and often no one to take them home.

In the year to March 2022 the two sites together recorded 38 sedation-related incidents in patients over
75, including two who needed reversal with flumazenil and naloxone and one woman who fell in the car
park after discharge and broke her wrist. The sites also used different sedation doses and different
discharge criteria.

Our goals were one sedation standard across both sites, a frailty check before the day for every patient
aged 75 or over, lower starting doses, and a safe route home.

We also had to be honest with ourselves about the culture in endoscopy. Lists are busy and targets are
demanding, and sedation had become a routine part of every procedure rather than a decision made for
each patient. Offering frail people the choice of no sedation, and giving them the time to make it,
meant slowing down a little.
"""),
        ("evidence", "What evidence is there of improvements in safe care as a direct result of the partnership?", """
Since September 2022 every patient aged 75 or over referred through the federation's straight-to-test
pathway has a pre-assessment telephone call from a nurse, using the Clinical Frailty Scale, a medicines
check and a question about who will collect them. Patients scoring 6 or more are offered the procedure
without sedation, with throat spray or entonox, or a lower-dose sedation protocol, and are booked at the
hospital site where an anaesthetist is on hand. Both sites use the same sedation chart, the same maximum
starting doses and the same discharge checklist.

<<Q:Sedation-related incidents in patients aged 75 and over fell from 38 in 2021/22 to 12 in 2023/24,
while the number of procedures in that age group rose by 15%.>> <<Q:The use of reversal agents in this
age group dropped from 1.1% of procedures to 0.3%.>> <<Q:The share of patients aged 75 or over who had
their procedure without any sedation increased from 21% to 39%, and their completion rate for
colonoscopy did not fall.>>

The frailty call is now made for about 160 patients a month.
"""),
        ("spread", "How have the achievements been applied elsewhere and best practice shared?", """
ClearView has adopted the frailty call at its two other units in neighbouring counties. The sedation
chart and discharge checklist have been shared with the regional endoscopy network, and the approach was
presented at a national endoscopy meeting in 2024. The federation has added a frailty score field to its
referral form for all straight-to-test procedures, not just endoscopy.
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The pre-assessment call takes about 15 minutes. Patients given less sedation recover faster and go home
sooner, which frees recovery trolleys. Each avoided emergency admission after a sedation problem saves
several thousand pounds, and a fall with a fracture much more. Patient feedback cards at both sites say
people felt better prepared and less worried about the day.

Staff time has shifted rather than grown. The nurses who now make the frailty calls were previously
spending a similar amount of time on the day itself dealing with patients who arrived without an escort,
without a medicines list or unable to tolerate the sedation dose they had been given. Moving that work
to the days before the procedure has made lists run more smoothly at both sites.

There were also some difficult conversations between the partners. The independent-sector provider is
paid per procedure, and offering some patients a longer, lower-dose sedation or moving them to the
hospital site affected its lists. It was to ClearView's credit that it accepted that safety came first,
and the commissioners have since agreed a slightly different tariff for the frail older pathway.
"""),
        ("stakeholders", "Who was involved and how were patients and staff involved?", """
<<P:Members of the trust's Grey Matters panel, a group of older volunteers who advise the trust on
services for people over 70, rang each other using a draft of the pre-assessment call and told us the
frailty questions sounded like a test they could fail, so the call now begins by asking how the person
manages day to day.>> <<P:Panel members also asked that the letter say clearly that having no sedation is
a choice and not a punishment for being old, and that sentence is in every letter.>>

All endoscopists at both sites were trained in the new sedation standard, and the endoscopy nurses were
briefed at their team meetings. The sedation guideline itself was written by Dr Hannah Kerr, the trust's
sedation lead, as part of her role. The federation's GPs were updated on the new pathway at their
clinical meeting.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1386  young children swallowing a family member's opioids - pdf (via
#        Word) - style headings - council consultant in public health,
#        measured - council with the community trust's health visiting
#        service and the LPC - staff involved - NO patient involvement
#        (parents given leaflets, a survey that changed nothing, a negation,
#        a planned parents' panel)
# ---------------------------------------------------------------------------
entry(
    id="I1386", format="pdf", layout="style_headings", topic="child_accidental_opioid_ingestion",
    project="independent87-outofreach-1386", render_via="soffice", docx_font="Liberation Serif",
    title="Out of Reach: preventing young children from swallowing opioids kept at home",
    cover=[
        "Greyhaven City Council, Public Health (lead)",
        "Partners: Greyhaven Community NHS Trust (Health Visiting and School Nursing); Greyhaven Local Pharmaceutical Committee",
        "Author: Consultant in Public Health",
    ],
    primary_entrant=dict(name="Greyhaven City Council", type="local_authority"),
    partners=[
        dict(name="Greyhaven Community NHS Trust", type="nhs_trust"),
        dict(name="Greyhaven Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "The problem", """
Small children find medicines. They find them in handbags, on bedside tables and in kitchen drawers,
and they put them in their mouths. For most medicines this leads to a worried phone call and nothing
more. For opioids it can be fatal: a single tablet of a strong opioid, a used patch or a small amount of
methadone or morphine liquid can stop a toddler breathing.

In Greyhaven, the child death overview panel reviewed two deaths of children under five from opioid
poisoning between 2018 and 2021. In one, a two-year-old swallowed his grandmother's morphine liquid,
which had been left on a kitchen worktop without its child-resistant cap. In the other, a child found a
bottle of methadone in a parent's bag. The children's emergency department at Greyhaven General was
seeing several more children each year who had swallowed an opioid and needed observation or
treatment.

The panel's recommendation was that agencies work together, and that the message about safe storage
must reach the adults who have the medicines, including grandparents and other relatives who look after
children, not just parents. No single organisation could do that. Health visitors see families with
young children at home. Community pharmacists hand over opioid prescriptions. The council could pay for
lockable boxes and bring the two together.

We also knew from national reports that the risk is not spread evenly. Opioid poisoning in young
children is more common in households where an adult is on opioid substitution treatment, in
households under financial or housing pressure, and in the homes of grandparents who look after
children for part of the week and have no reason to think of their own medicines as a danger. Any
scheme had to reach all of these households without blaming any of them, and without making families
who use drug services feel singled out.
"""),
        ("evidence", "What has changed", """
Since May 2023 health visitors ask about medicines in the home, including those of grandparents and
other carers, at every routine contact from the new baby visit to the two-and-a-half-year review. Any
family where someone takes a strong opioid or a substitute medicine is offered a free lockable medicines
box. Community pharmacies ask everyone collecting an opioid prescription whether children live in or
visit the home, and offer the box and a short explanation. Drug and alcohol service clients collecting
methadone or buprenorphine have been offered the same through their pharmacies.

<<Q:Attendances at the children's emergency department for suspected opioid ingestion in children under
five fell from 27 in 2022 to 11 in 2024.>> <<Q:Admissions for observation or treatment after swallowing an
opioid in the same age group went down from 9 to 2.>> So far 2,380 lockable boxes have been given out.
"""),
        ("stakeholders", "Who was involved", """
<<S:Health visitors from the city's four teams helped write the question about medicines, and after
trying it at new baby visits they asked for it to name grandparents specifically, because families often
said 'no' when the medicines belonged to someone else.>> <<S:Community pharmacists from the LPC's
clinical group said that the offer of a box should come at the counter, not in a separate consultation,
and that is how it is done now.>> <<S:Paediatric nurses in the emergency department suggested that any
child attending after swallowing a medicine should trigger a health visitor contact, and the referral
form was changed to make that automatic.>>

Parents and grandparents receive a leaflet with the lockable box. We did not run focus groups with
families. An online survey of families who had a box found that most were pleased with it, so the design
was kept as it was. We hope to set up a parents' panel to look at the next version of the leaflet.
"""),
        ("value", "Value", """
A lockable box costs about £9. The whole scheme has cost the council about £38,000 over two years,
including printing and the pharmacy fee. A paediatric intensive care admission costs several thousand
pounds a day, and the death of a child is a loss that nothing can measure.

The scheme has also given health visitors and pharmacists a reason to talk about medicines in a way that
is practical rather than judgemental. A lockable box is something to offer, not a warning to deliver, and
we think that is why so many families have accepted one.

For health visitors, the question about medicines has also opened other conversations: about who looks
after the children, about a grandparent's health, and sometimes about a parent's own drug or alcohol use
and whether they would like support. We did not plan for that, but we think it is one of the most
valuable parts of the scheme.
"""),
        ("spread", "Spread", """
The child death overview panel has shared the scheme with the other panels in the region, and two
neighbouring councils are starting similar schemes. The question about medicines has been added to the
health visiting record template used across the community trust.

We have written up the scheme for the national child safety charity's practitioner newsletter, and we
would encourage any public health team to start by looking at its own child death and emergency
department data. Our advice would be to make the offer simple, make it free and make it at the moment
the medicine is handed over.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1387  syringe driver skills in nursing homes - docx - style headings
#        with cover bullets - care association chief executive, upbeat -
#        care association with a hospice and the community trust - a relative
#        and staff involved - NO quantitative evidence (numbers trained,
#        competencies signed off, a single figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1387", format="docx", layout="style_headings", topic="nursing_home_syringe_driver_competence",
    project="independent87-confidentcare-1387", docx_font="Calibri",
    title="Confident at the End: syringe driver skills for nurses in nursing homes",
    cover=[
        "An entry from Esterby Independent Care Association",
    ],
    cover_bullets=[
        "Lead: Esterby Independent Care Association (a membership charity for local care providers)",
        "Partner: St Columba's Hospice, Esterby",
        "Partner: Esterby and Wyre Community NHS Trust (District Nursing)",
        "Contact: Chief Executive, Esterby Independent Care Association",
    ],
    primary_entrant=dict(name="Esterby Independent Care Association", type="charity"),
    partners=[
        dict(name="St Columba's Hospice", type="charity"),
        dict(name="Esterby and Wyre Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Why we started", """
About a third of people who die in Esterby die in a care home. Many of them, in their last days, need a
syringe driver to keep them comfortable. In a nursing home there is a registered nurse on every shift
who should be able to set one up, refill it and check it. In practice, many of our member homes told us
their nurses had never been trained on the model of pump the district nurses use, or had been trained
years ago and had not used one since.

So the district nurses were being called in, often several times a day, to do something the home's own
nurse could have done. At weekends and at night there was a wait. Residents were left with a syringe
that had run out or a line that had come out, and families saw their relative become restless and in
pain. Nursing home nurses felt deskilled and, in some cases, were told by their own managers not to
touch the pumps at all.

The hospice had a good education team but no way of reaching the homes. The community trust owned the
pumps and the district nurses were stretched. We, as the care association, had the contacts with the
homes and the trust of their managers. It made sense to do this together.

There was a history to overcome. Some district nurses had found that when they tried to hand over
syringe driver care to homes in the past, nurses there did not feel supported and handed it straight
back. Some home managers felt that the NHS did not trust their nurses. We spent the first three months
of the project simply getting people in a room and agreeing that the aim was the same: a resident
comfortable in their own bed, without waiting.
"""),
        ("evidence", "What we have achieved", """
Since March 2023 the hospice education team has run a one-day syringe driver course every month at our
offices, followed by a supervised practice session in the nurse's own home with a district nurse. The
community trust has lent each participating home a pump for practice and agreed that homes with a
signed-off nurse can refill and re-site syringe drivers themselves, using the trust's drug chart.

- 112 nurses from 23 nursing homes have attended the course

- 84 of them have been signed off as competent in practice

- 19 of our 26 nursing homes now have at least one signed-off nurse on every shift

- the district nursing service made 640 syringe driver visits to nursing homes in 2024

- our aim is for every nursing home in Esterby to be able to manage syringe drivers without a district nurse by 2026

Managers tell us residents are more settled because there is no longer a wait for someone to come.
"""),
        ("stakeholders", "Who was involved", """
<<S:Nurses from six nursing homes met with the hospice educators before the course was written and told
them they did not need lectures on pain control, they needed time with the pump in their hands, so more
than half the day is now hands-on practice.>> <<S:District nurses who supervise the practice sessions
asked for a simple sign-off sheet that both nurses keep, and they designed it.>> <<S:Home managers
on our board agreed to release nurses for the day and asked that the course be repeated on a Saturday
once a quarter for night staff, which it now is.>>

<<P:Mrs Joan Ellery, whose husband died in one of our member homes while waiting for a district nurse to
replace his syringe, spoke at the first course and now helps the hospice team run the session on
talking to families.>> <<P:She suggested that nurses always tell the family what the pump is doing and
when it will next be checked, which is now part of the sign-off.>>
"""),
        ("value", "Value for money", """
The course costs the hospice about £140 per nurse, which is paid from a grant by the integrated care
board. Homes release nurses for one day. Every refill done by a home's own nurse saves a district nurse
visit of around an hour, including travel. Nurses say it has given them back a part of their job they
were trained to do.

For the district nurses, the change has meant fewer short visits to nursing homes at the end of a long
shift, and more time for people in their own homes who have no nurse on site. For the hospice, it has
meant that its education team now knows the nursing homes and their nurses by name, which has made
advice calls easier on both sides.
"""),
        ("spread", "Spread", """
The hospice now offers the course to residential homes for their senior carers, for the parts that do
not need a registered nurse, such as spotting when a syringe driver has stopped. Two neighbouring care
associations have asked for the course materials, and the regional end-of-life care network has
featured it.

What we would say to others is that the training is the easy part. The harder part is agreeing, in
writing, who is allowed to do what, with whose pump and under whose drug chart, and making sure every
home manager knows it. Once that agreement was in place, the rest followed.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1388  paramedics giving anticipatory medicines at home - pdf - numbered
#        questions - ambulance service consultant paramedic, procedural -
#        ambulance service with a hospice and the ICB - staff involved - NO
#        patient involvement (families given leaflets, feedback cards after
#        which nothing changed, patients as beneficiaries, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1388", format="pdf", layout="numbered_questions", topic="paramedic_anticipatory_medicines_administration",
    project="independent87-rightcareathome-1388", pdf_font="DejaVuSans", pdf_align="L",
    title="Comfort Without Delay: paramedics giving anticipatory medicines to people dying at home",
    cover=[
        "Primary entrant: Fenland and Broads Ambulance Service NHS Trust",
        "Partners: Sandwell Marsh Hospice; NHS Norbury and Fens Integrated Care Board",
        "Written by the Consultant Paramedic for End of Life Care",
    ],
    primary_entrant=dict(name="Fenland and Broads Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Sandwell Marsh Hospice", type="charity"),
        dict(name="NHS Norbury and Fens Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "1. Why was the partnership needed? What were the safety goals?", """
When someone who is dying at home becomes breathless, agitated or in pain in the middle of the night,
families often dial 999. Until 2022 our crews could do very little for them. Paramedics could not give
the person's own anticipatory medicines, even when the injections were in the house in a labelled box
with a signed drug chart, because our policies did not allow it. The choice was to wait for an
out-of-hours district nurse, which in our rural area could take three or four hours, or take the person
to hospital, which is often the last thing they or their family wanted.

In 2021 we reviewed 300 calls to people recorded as being in the last weeks of life. In 41% of them the
patient was taken to the emergency department, and 38 of those people died in hospital within 48 hours.
Crews told us how hard it was to leave a family with a loved one in distress or to take someone away from
home against their wishes.

There were good reasons why this had not been done before. Anticipatory medicines are prescribed for a
named patient, usually by the GP, and are meant to be given by district nurses. Paramedics did not have
the training to judge doses for end-of-life symptoms, the authority to give another prescriber's
controlled drugs, or anyone to call for advice at 3am. Each of these needed a partner: the hospice for
advice and education, and the ICB to agree the governance with GPs and the community trust and to fund
the extra nursing time at night.

Our goals were to let trained paramedics give the person's own prescribed anticipatory medicines,
safely and lawfully, to give them 24-hour access to specialist advice from the hospice, and to make sure
the district nurse team and GP knew what had been given.
"""),
        ("evidence", "2. What evidence is there of improvements in safe care as a direct result of the partnership?", """
From November 2022 paramedics who have completed the end-of-life module can give a person's own
anticipatory medicines under the authority of the drug chart, after a call to the hospice's 24-hour
advice line. The hospice nurse talks through the dose and the plan and the crew records the
administration on the drug chart and on the electronic patient record, which district nurses can see.

<<Q:Of calls to people in the last weeks of life, the proportion ending in transport to an emergency
department fell from 41% in our 2021 review to 17% in the same review repeated in 2024.>> <<Q:Deaths in
hospital within 48 hours of a 999 call in this group dropped from 38 to 11.>> <<Q:The average time from
the 999 call to the person receiving a dose of medicine for their symptoms went from 3 hours 20 minutes,
when they waited for a district nurse, to 58 minutes.>>

In 2024 paramedics gave anticipatory medicines on 520 occasions. No medication errors have been reported.
"""),
        ("stakeholders", "3. How were patients and staff involved?", """
<<S:A group of paramedics and emergency medical technicians from three stations met with hospice nurses
and the ICB's palliative care pharmacist to write the procedure, and the crews asked for the advice line
to be a single number that never goes to voicemail.>> <<S:Hospice advice line nurses listened to
recordings of early calls and asked crews to read out the drug chart line by line, which is now part of
the script.>> <<S:District nurses in two localities tested the handover on the electronic record and
asked for a task to be created automatically for the next visit, which the digital team built.>>

Families receive a leaflet from the crew explaining what has been given. Bereaved relatives were sent a
feedback card after the first six months, and the replies were very positive, so the procedure was not
changed. People dying at home are the ones who benefit. We intend to ask the hospice's family forum to
help us review the leaflet in 2025.
"""),
        ("value", "4. What has been the impact on staff and patient experience, and value for money?", """
Each avoided conveyance saves an emergency department attendance and often an admission, at a combined
cost of around £2,000. The end-of-life module takes a day and is part of the paramedics' annual training.
The hospice advice line was already running, and the ICB funds one extra nurse at night. Crews say they
finally feel able to help rather than add to a family's distress.

There have been some harder cases. On a few occasions the drug chart in the home was out of date or the
box did not contain what it should, and the crew and the hospice nurse had to decide together what was
safe. In each case the hospice followed up the next day with the GP. These cases are reviewed monthly and
have led us to ask district nurses to check the chart and box at every routine visit.
"""),
        ("spread", "5. How has the work been shared and spread?", """
The procedure has been adopted across all of our operational areas and has been shared with the national
ambulance end-of-life care leads' group. Two other ambulance services have asked for our training
module. The ICB has included paramedic administration in its end-of-life care strategy.

The most important thing we learned was that paramedics did not need to become palliative care
specialists. They needed permission, a short course, and someone on the end of the phone who was. The
advice line has become the centre of the whole scheme, and we would advise anyone starting something
similar to get that right first.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1389  conscious sedation in high-street dental practices - pdf - bullet
#        lists - PRIVATE dental group as primary entrant (ineligible), with a
#        university dental school - clinical director, brisk - patients and
#        staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1389", format="pdf", layout="bullet_lists", topic="dental_practice_conscious_sedation_standards",
    project="independent87-sedationstandard-1389", pdf_font="LiberationSans", pdf_align="L",
    title="Sedation to One Standard: safer conscious sedation across a group of dental practices",
    cover=[
        "Submitted by Brightsmile Dental Group Ltd (17 practices)",
        "In partnership with Ashcombe University, School of Dentistry",
        "Contact: Group Clinical Director",
    ],
    primary_entrant=dict(name="Brightsmile Dental Group Ltd", type="private"),
    partners=[
        dict(name="Ashcombe University", type="university"),
    ],
    sections=[
        ("context", "Why we needed to change", """
Brightsmile runs 17 dental practices, 11 of which offer intravenous or inhalation sedation for anxious
patients and for extractions and implants. When we reviewed our sedation practice in 2022 we found:

- each practice used its own sedation record, some on paper and some on the computer

- pre-sedation assessment varied from a full medical history and weight to a single tick box

- monitoring during sedation was not always recorded every five minutes

- there was no group-wide check on whether emergency drugs and equipment were in date

- we had three incidents in one year in which a patient's oxygen levels dropped and flumazenil was given, and one patient who drove herself home after sedation against advice

We asked Ashcombe University's School of Dentistry, which runs postgraduate sedation training for the region, to help us build a single standard and audit it independently.
"""),
        ("evidence", "Results", """
What we did from January 2023:

- one electronic sedation record in all 11 practices, with required fields for weight, medical history, medicines and escort details

- a sedation team of at least a dentist and a trained dental nurse for every case, with the nurse's name recorded

- monthly checks of emergency drugs and equipment, reported to the group clinical director

- a six-monthly audit carried out by the dental school's sedation tutors

What changed:

- <<Q:sedation records with every required field completed rose from 52% in the dental school's first audit to 96% in the latest>>

- <<Q:episodes of oxygen saturation below 90% during sedation fell from 2.4 to 0.7 per 1,000 sedations>>

- <<Q:patients leaving without a confirmed escort dropped from 14 in 2022 to none in 2024>>

- 3,460 sedations were carried out in 2024
"""),
        ("stakeholders", "How people were involved", """
- <<S:dental nurses from every sedation practice took part in two workshops with the university's tutors and chose which fields on the record should be mandatory>>

- <<S:our sedationists asked for a quick-reference dosing card for older patients and patients on other sedating medicines, which the tutors wrote with them>>

- <<S:reception teams suggested the escort check be done by phone the day before, not on the day, and this is now standard>>

- <<P:patients who had had sedation with us were invited to a session at the dental school and read the pre-sedation leaflet, and they asked for a clear list of what they cannot do for 24 hours, which is now on the front page>>

- <<P:one patient with severe dental anxiety helped us rewrite the consent form so that it explained the risks in plain words>>
"""),
        ("value", "Value", """
- the electronic record was built into our existing practice software at a cost of around £6,000

- the university's audits are paid for as part of a teaching agreement that also gives its postgraduate students supervised sedation sessions in our practices

- patients tell us they feel safer and better prepared

- fewer sedation sessions are cancelled on the day because an escort has not turned up

- the audits also give our dentists the evidence they need for their own professional revalidation
"""),
        ("spread", "Spread", """
- the dental school now uses our record as an example in its postgraduate sedation course

- we have shared the audit tool with the local dental committee so other practices can use it

- two of our sedationists now teach on the university's postgraduate course

- we plan to invite other local dental groups to join the six-monthly audit from 2025
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1390  recognising pain in people with dementia in their last weeks of
#        life in care homes - docx - sections in an unusual order (value
#        first) - ICB end-of-life programme lead, reflective - ICB with a
#        university nursing school and a hospice - family carers involved
#        (passive voice) and staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1390", format="docx", layout="reordered", topic="dementia_pain_recognition_end_of_life_care_homes",
    project="independent87-seethepain-1390", docx_font="Cambria",
    title="See the Pain: recognising and treating pain in people with advanced dementia in care homes",
    cover=[
        "Lead: NHS Pennard and Westleigh Integrated Care Board, End of Life Care Programme",
        "Partners: University of Westleigh, School of Nursing and Midwifery; Holy Cross Hospice, Pennard",
        "Author: Programme Lead, End of Life Care",
    ],
    primary_entrant=dict(name="NHS Pennard and Westleigh Integrated Care Board", type="icb"),
    partners=[
        dict(name="University of Westleigh", type="university"),
        dict(name="Holy Cross Hospice", type="charity"),
    ],
    sections=[
        ("value", "What difference it has made", """
It is hard to put a value on a person who can no longer speak being given a painkiller when they need
one. But there are costs we can see. Residents in pain who are thought to be agitated are often given
antipsychotic or sedative medicines, which increase the risk of falls, strokes and chest infections.
Each fall leading to a hospital admission costs about £3,000.

The training, the pain tool and the hospice's support cost the ICB around £70,000 over two years, most of
it for the university's nurse educators. Care home staff say they feel more able to speak up to a GP
when they think someone is in pain, because they now have a score to point to.
"""),
        ("context", "The problem", """
People with advanced dementia often cannot tell anyone they are in pain. Instead they may call out, pull
at their clothes, refuse food, resist personal care or become withdrawn. In many care homes these signs
are treated as 'behaviour' rather than as pain. In the last weeks of life this matters even more, because
the person may have pressure damage, constipation, a urine infection or cancer that nobody has
recognised.

In 2022 the ICB's end-of-life care programme asked the hospice to review the notes of 60 people with
dementia who had died in care homes in Pennard and Westleigh. In 32 of them there were signs of pain in
the last month of life that were not assessed. Only 11 had a regular painkiller prescribed. Several had
been started on an antipsychotic for agitation in their last weeks.

The university's school of nursing had developed and tested a short observational pain tool in research
with care homes but had never seen it used at scale. The hospice had the clinical expertise and the ICB
could bring the GPs and care homes together.

There was a further complication. Many GPs were, with good reason, cautious about prescribing regular
opioids to frail people with dementia, because of the risks of constipation, drowsiness and falls. Care
home staff, on their side, were often unsure whether a resident's distress was pain at all. The pain tool
was meant to give both sides a shared, recorded reason to start a painkiller, and a way to check whether
it was working.
"""),
        ("evidence", "What has changed", """
From January 2023 the pain tool has been used in 38 care homes with residents who have dementia. Staff
use it at least weekly and whenever a resident's behaviour changes. A score above the threshold
prompts a call to the GP or to the hospice's care home advice line, and a simple ladder of painkillers
has been agreed with GPs.

<<Q:In the repeat notes review in 2024, people with dementia who died in the participating homes and
had a regular painkiller prescribed in their last month rose from 11 of 60 to 41 of 60.>> <<Q:New
antipsychotic prescriptions in the last three months of life fell from 14 residents to 4.>> <<Q:Falls
reported by the participating homes among residents with advanced dementia went down by about a
quarter, from 312 in 2022 to 231 in 2024.>>

We should be careful about the falls figure: the homes were also part of a separate falls programme for
part of this time, and we cannot separate the two. The painkiller and antipsychotic figures are more
directly linked to the pain tool, because the tool prompts a GP call that is recorded in the notes.

Not every home has kept it up. Four of the 38 homes have had several changes of manager and have largely
stopped using the tool, and the hospice team is working with them to restart. The tool only works when
someone in the home owns it.
"""),
        ("stakeholders", "Who was involved", """
<<S:Senior carers and nurses from eight care homes tested the tool for three months and asked for it to
fit on one side of a card that could be kept in a pocket, and for the words to describe what they
actually see, such as 'grimacing when turned'.>> <<S:GPs who cover care homes agreed the painkiller
ladder with the hospice consultants after two rounds of comments.>> <<S:The university's nurse
educators changed the training from a classroom session to short sessions on each shift, after care
home managers said staff could not be released.>>

<<P:The card was shaped by family carers too: at a workshop run by the hospice, husbands, wives and
daughters of people with dementia were asked what signs they had noticed when their relative was in
pain, and their list was added to the back of the card.>> <<P:A daughter whose mother died in a care
home in 2021 was invited to co-present the training, and her account of her mother's last weeks is now
the opening of every session.>>
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1391  resuscitation decisions made in hospital and never reviewed in
#        community rehabilitation beds or at home - pdf - with appendix -
#        community trust medical director, long and detailed - community
#        trust with the acute trust and a hospice - patients, families and
#        staff involved - a claim told in words ('halved')
# ---------------------------------------------------------------------------
entry(
    id="I1391", format="pdf", layout="with_appendix", topic="dnacpr_review_after_discharge_community_beds",
    project="independent87-decisionsthatfit-1391", pdf_font="LiberationSerif", pdf_align="L",
    title="Decisions That Fit: reviewing resuscitation decisions when people leave hospital for rehabilitation or home",
    cover=[
        "Lead entrant: Bramley Moor Community Health NHS Trust",
        "Partners: Bramley and Coldwell Hospitals NHS Foundation Trust; St Petroc's Hospice, Coldwell",
        "Prepared by the Deputy Medical Director, Bramley Moor Community Health NHS Trust",
    ],
    primary_entrant=dict(name="Bramley Moor Community Health NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Bramley and Coldwell Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="St Petroc's Hospice", type="charity"),
    ],
    sections=[
        ("context", "The problem we found", """
A do not attempt CPR decision made in hospital is made for a person at a particular moment: often on
admission, when they are very unwell with pneumonia, a stroke or a fractured hip. Many people then
recover. Some go home. Others come to one of our four community hospitals for rehabilitation before going
home, and a few weeks later they are walking, eating and planning their future. The form made on the
worst day of their illness is often still in their notes.

The opposite also happens. People who are clearly approaching the end of life arrive in our community
beds or go home with no conversation about resuscitation having taken place at all, because the acute
team thought it was better done later and nobody did it later.

In 2022 a man of 78 was admitted to one of our community hospitals after a hip fracture. He had a DNACPR
form completed on the night of his admission to the acute hospital, when he was delirious. Three weeks
later, close to going home, he collapsed in the day room. The nurses found the form and did not start
CPR. He survived, because it was a faint, but when he was told about the form he was distressed that a
decision about his life had been made and left in place without anyone asking him. His daughter
complained to both trusts.

We looked at 200 sets of notes of people transferred to our community beds in 2022. Of the 87 who
arrived with a DNACPR decision, only 19 had any record of it being reviewed during their stay. Of the 113
who arrived without one, 24 died in our care or within three months of discharge, and most of them had
never been asked about their wishes.

Neither trust could solve this alone. The acute trust makes most of the decisions, but our staff are the
ones who see the person recover or deteriorate. The hospice has the most experience of having these
conversations well.
"""),
        ("evidence", "What has improved", """
From April 2023 every person transferred from the acute trust to a community bed or to our community
rehabilitation team at home has their resuscitation status reviewed within seven days of arrival, as part
of a structured 'goals of care' conversation. The transfer letter from the acute trust now includes a
box stating whether the DNACPR decision was made with the person, with their family or neither, and
whether the acute team thinks it should be revisited. The hospice's community team supports our doctors
and nurses with difficult conversations and provides training.

<<Q:In our repeat notes review in 2024, the share of DNACPR decisions reviewed during a community
hospital stay went from 19 of 87 (22%) to 74 of 91 (81%).>> <<Q:Recorded conversations about wishes
with people who later died in our care or within three months of discharge rose from 6 of 24 to 21 of
26.>> <<Q:Complaints and incidents relating to resuscitation decisions in our community hospitals
roughly halved, from 13 in 2022/23 to 6 in 2023/24.>>

Thirty-one decisions were reversed in 2024 after a conversation, in every case because the person had
recovered and wanted CPR to be attempted. Over the same year 47 people who had arrived with no decision
had a conversation in which they chose not to have CPR and recorded where they wanted to be cared for.
"""),
        ("stakeholders", "Involving people", """
<<P:We asked three people who had been through our rehabilitation beds, including the man whose collapse
prompted this work, to sit with our clinical leads and go through a draft of the conversation guide, and
they said we must never begin with the word 'resuscitation', so the guide starts with 'what matters to you
now'.>> <<P:Their families were part of the same session and one daughter asked that relatives be told
before the conversation takes place, not afterwards, so they can be there if the person wants.>> <<P:The
hospice's user forum checked our information leaflet and changed most of it.>>

<<S:Ward doctors and nurses in all four community hospitals helped design the seven-day review and chose
to hold it at the weekly multidisciplinary meeting rather than as a separate task.>> <<S:Consultants in
the acute trust's acute medicine and orthogeriatric teams agreed the wording of the new transfer box after
testing it for a month on two wards.>> <<S:Hospice consultants and specialist nurses ran practice
sessions with our staff and changed the content after our staff said they wanted practice with real
scenarios from our own beds.>>
"""),
        ("value", "Value", """
The review adds about half an hour per patient to a multidisciplinary meeting. The hospice's support is
funded through an existing agreement with the integrated care board. A single avoided transfer back to
the acute hospital at the end of life saves about £2,500, and people are able to die where they choose.

Our staff tell us the conversations are not easy but that they are glad to be having them. Several
nurses have said they no longer feel that they are carrying out a decision that nobody has checked.

There is a risk that a process like ours becomes a box to tick. We have tried to guard against that by
auditing the quality of the conversations recorded, not just whether one took place, and by asking the
hospice team to review a sample of records every quarter. Where a conversation has been recorded in one
line, the doctor or nurse concerned is offered a session with the hospice team.

We have also had to accept that some people do not want to talk about this, and that is their right. The
guide makes clear that a person can say 'not now', and that this should be recorded and respected, with
the offer made again later.
"""),
        ("spread", "Spread", """
The acute trust has added the transfer box to all its discharge letters, including to care homes and to
people going straight home. The approach has been shared with the regional community hospitals network
and with the national resuscitation decision-making learning group. We are working with the
ambulance service to make sure that the outcome of each review is visible to crews on the shared care
record.
"""),
    ],
    trailer=[
        ("heading", "Appendix: notes on data"),
        ("para", "The notes reviews were carried out by two doctors and a nurse from Bramley Moor Community Health NHS Trust using a standard audit form, in November 2022 (200 sets of notes from transfers between January and June 2022) and November 2024 (200 sets of notes from transfers between January and June 2024)."),
        ("para", "Complaints and incident figures are from the trust's Datix and complaints records, coded by the patient safety team. The reversal and new-decision figures are from the trust's electronic patient record."),
        ("para", "Bramley Moor Community Health NHS Trust, Moor House, Station Road, Bramley, BM3 2QT."),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1392  opioid toxicity in people with kidney failure at home - docx - form
#        - short - renal palliative care nurse, plain - acute trust renal
#        unit with a hospice and the LPC - patients and staff involved - NO
#        evidence section and no measured change anywhere in the entry
# ---------------------------------------------------------------------------
entry(
    id="I1392", format="docx", layout="form_table", topic="opioid_toxicity_kidney_failure_home",
    project="independent87-kidneykind-1392", docx_font="Calibri",
    title="Kidney Kind: safer pain relief at home for people with advanced kidney disease",
    cover_table=[
        ("Title of entry", "Kidney Kind: safer pain relief at home for people with advanced kidney disease"),
        ("Lead organisation", "Ravelston University Hospitals NHS Trust, Renal Unit"),
        ("Partner organisations", "Marram House Hospice; Ravelston Local Pharmaceutical Committee"),
        ("Name and role of entrant", "Renal Supportive Care Nurse Specialist"),
    ],
    primary_entrant=dict(name="Ravelston University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Marram House Hospice", type="charity"),
        dict(name="Ravelston Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "Why was the partnership needed? Describe the service and its safety goals.", """
People with advanced kidney disease often live with a lot of pain, from bone disease, nerve damage,
ulcers or other illnesses. Many of the opioids used for pain, especially morphine and codeine, are
cleared by the kidneys. When the kidneys fail, the drug and its breakdown products build up, and the
person becomes drowsy, confused, twitchy or hallucinates, and can stop breathing. This can happen weeks
after starting a dose that would be safe for someone else.

Our renal unit looks after about 280 people who have chosen not to have dialysis, or who are coming to
the end of dialysis, and most of them live at home. We were seeing people admitted confused and drowsy
after being started on morphine or codeine by their GP, an out-of-hours doctor or a hospital team who did
not know how poor their kidney function was. Anticipatory medicines for the end of life were often
prescribed as standard morphine doses. Community pharmacists had no way of knowing that a person was a
renal patient unless they asked.

In 2023 a woman of 81 on our conservative care pathway was given codeine for a painful shoulder. A week
later she was found by her son barely rousable and was admitted, where she needed naloxone infusions for
two days. She said afterwards that she had told the GP she had 'kidney trouble' but nobody had asked how
bad it was.

Kidney Kind gives every person on our supportive care pathway a wallet card and a flag on the shared care
record stating that they need kidney-safe pain relief, with a short list of preferred medicines and
doses agreed with the hospice. Anticipatory medicines for these patients are prescribed from a renal
version of the hospice's template, using alfentanil or oxycodone at reduced doses. Pharmacies are asked to
check the card before supplying any opioid and to ring our nurse line if in doubt.

The hospice and the renal unit had been working together on a supportive care clinic for several years,
but neither had any way of reaching the prescribers and pharmacists who see our patients in between
clinic visits. The LPC gave us that route.
"""),
        ("stakeholders", "How were patients and staff involved?", """
<<P:Members of the renal unit's patient council, most of whom have advanced kidney disease themselves,
chose the design of the wallet card and asked for it to be the same size as a bank card so it would fit in
a purse.>> <<P:Two members tested the card at their own pharmacies and told us that the pharmacist did
not always look at it, so the card now says 'Please show this to your pharmacist' in large print.>>

<<S:Hospice doctors and our renal consultants wrote the kidney-safe medicines list together, and it was
changed twice after comments from GPs in the local medical committee.>> <<S:Community pharmacists from
the LPC asked for a nurse line number that would be answered until 8pm, and the renal nurses changed
their rota to cover it.>>
"""),
        ("value", "What has been the impact on staff and patient experience, and value for money?", """
The cards cost about 30p each to print and the record flag was added by the trust's digital team. The
nurse line is staffed by the existing renal supportive care nurses. A single admission with opioid
toxicity in a person with kidney failure can last a week or more and cost several thousand pounds.
Patients tell us they feel more in control when they see a new doctor. Pharmacists say they feel more
confident questioning a prescription.
"""),
        ("spread", "How has the work been shared and spread?", """
The card and the renal anticipatory medicines template have been shared with the regional kidney
network and the two other renal units in the region. The hospice is using the renal template for its own
patients with kidney failure who are not known to us.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)
