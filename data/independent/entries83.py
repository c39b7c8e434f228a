"""Eighty-third independent evaluation set (I1313..I1328) for the HSJ 'Best Partnership
Solution Improving Patient Safety' category.

Written blind: only build.py and the data format of entries29.py / entries31.py were
read (with the opening docstrings of the other entry files, to avoid their topics and
organisation names), never the review pipeline, its models, flows, tests, benchmarks or
any earlier gold output.  All organisations, places and people are fictional, apart from
a national public body named as a partner.  The entries are meant to be ordinary: the
kind of thing hospices, GP federations, ambulance services, councils, mental health
trusts, pathology networks, universities, integrated care boards, primary care networks,
accommodation charities and the odd private company send in, in their own voices and at
their own length.  The theme of this set is blood and clots: blood transfusion safety,
venous thromboembolism risk assessment, anticoagulation clinics, sickle cell crises and
haematology day units.

Topics (lead's type and layout): top-up blood transfusions given in a hospice instead of
the acute medical unit (a hospice charity, own headings, pdf), blood clot prevention for
people sent home in a lower-leg plaster cast from urgent treatment centres (a GP
federation, bold headings with a cover table), ambulance crews using personal crisis
plans and giving early pain relief in sickle cell crises (an ambulance service, numbered
questions), warfarin and other anticoagulants for men in prison (a private prison
healthcare company as primary entrant, CAPS headings, pdf), children with sickle cell
disease at school (a council, no headings), blood clot risk assessment on mental health
wards (a mental health trust, a form with a cover table, pdf), irradiated and other
special blood requirements lost between the transplant centre and local hospitals (a
pathology network hosted by an acute trust, rubric headings), swollen legs and possible
clots in people having cancer treatment (an acute trust, two columns, pdf, no spread
section), blood-thinning injections after birth given at home (an integrated care board,
sections in an unusual order), anaemia found and treated before hip and knee replacement
(a university, numbered questions, pdf), direct admission to the haematology day unit in
a sickle cell crisis (departments of one acute trust, no partner, style headings),
keeping haematology patients safe while they stay in charity accommodation near the
day unit (an accommodation charity, with appendix, pdf), clot risk checks for the
combined pill in community pharmacies (a council public health team, lists, pdf),
anticoagulation clinic patients moved from the hospital to general practice (a primary
care network, a form with a cover table, no evidence section), home INR self-testing
with an app (a private technology company as primary entrant, style headings converted
to pdf) and fluid overload during transfusion in community hospitals (a community
trust, lists with a cover table).

Build it with

    .venv/bin/python data/independent/build.py --set 83   (writes data/corpus/independent83/)

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
    screened or identified, units transfused), single figures with no baseline, a zero
    with no earlier figure, figures that did not change, budgets, costs and savings
    estimates, phone numbers, postcodes, reference numbers, targets not yet reached,
    plans and hopes;
  * Q: a measured change in an outcome anywhere in the entry, in digits or in words
    (including 'halved', 'a third fewer' and a sustained shift on an SPC chart);
    no_quantitative_evidence looks only at the evidence section (or the whole entry
    when the evidence section is missing);
  * P / S: people who took part, however phrased (pronouns after a named group, passive
    voice, described or named people, the names people give themselves, volunteers
    with lived experience, unusual job titles, list items), wherever in the entry it is
    told; a volunteer or peer worker with lived experience, employed by a partner, who
    helped design the work is PS;
  * not P/S: beneficiaries, people trained, briefed, informed or sent letters, plans and
    intentions, negations, unnamed 'stakeholders', organisations agreeing or funding, a
    single named lead doing their job, audiences at launches and meetings that were only
    updated, surveys and questionnaires after which nothing changed.

Organisation types follow the earlier sets (ambulance services are emergency_service; GP
practices, GP federations, primary care networks and local pharmaceutical committees are
primary_care; patients' support groups and maternity voices partnerships are
patient_group; hospices and other charities are charity; national public bodies such as
NHS Blood and Transplant are public_other; a university is university; prison healthcare
companies and digital health companies are private).  A department or team of the
entrant's own organisation is not a partner.  Flags are written by hand and build.py
cross-checks them against the mark-up.
"""

ENTRIES = []


def entry(**kw):
    ENTRIES.append(kw)
    return kw


# ---------------------------------------------------------------------------
# I1313  top-up transfusions in a hospice - pdf - own headings - hospice
#        director of clinical services, reflective - hospice charity with the
#        acute trust's blood bank and the community trust - patients, a wife
#        and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1313", format="pdf", layout="own_headings", topic="hospice_top_up_transfusion",
    project="independent83-closertohome-1313", pdf_font="LiberationSans", pdf_align="L",
    title="Closer to Home: safe top-up blood transfusions in the hospice day unit",
    cover=[
        "Lead organisation: Harebell Hill Hospice (registered charity)",
        "Partners: North Calder Hospitals NHS Foundation Trust (Blood Transfusion Laboratory and Hospital Transfusion Team); Calderbrook Community Health NHS Trust (Community Palliative Care Nursing)",
        "Written by the Director of Clinical Services, Harebell Hill Hospice",
    ],
    primary_entrant=dict(name="Harebell Hill Hospice", type="charity"),
    partners=[
        dict(name="North Calder Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Calderbrook Community Health NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Where we started", """
Many of the people we care for at Harebell Hill become anaemic towards the end of their lives. Some
have a blood cancer such as myelodysplasia or myeloma, some have a solid cancer that has spread to the
bone marrow, and some are simply worn down by their illness and its treatment. A top-up transfusion of
one or two units of red cells can give them several good weeks: enough energy to go to a grandchild's
wedding, sort out their affairs or just sit in the garden.

Until 2022 the only place our patients could have a transfusion was the acute medical unit at North
Calder Royal Infirmary, eleven miles away. The unit is busy and built for emergencies. Our patients
would arrive by hospital transport in the morning, wait for a blood sample to be taken and cross-matched,
wait again for a bed or a chair, and often not start their transfusion until the late afternoon. It was
common for the second unit to run through the evening and into the night, on a ward where the nurses did
not know them, and for them to go home the next day exhausted.

The safety problems were real as well as the distress. Frail people with heart failure or low albumin
are at risk of fluid overload when blood runs too fast or too close together. Transfusion reactions are
harder to spot at night on a crowded ward. We reviewed the notes of our own patients transfused at the
infirmary over one year and found episodes of breathlessness during transfusion that had not been
reported, two falls on the ward at night, and one man who had a second unit although his family had
told the day team he did not want it. Nobody had asked, in most cases, whether a transfusion was still
the right thing for that person at that stage of their illness.

We are a hospice, not a hospital. We have no laboratory and no porters. Giving blood safely here was only
possible with the infirmary's transfusion laboratory and transfusion team behind us, and with the
community palliative care nurses who know our patients at home and can see them afterwards.

We were also honest with ourselves about the risks of doing this in a hospice. Our nurses are skilled in
symptom control and in caring for people who are dying, but few of them had given blood since their
training. We do not have a doctor on site at all hours. We are a short drive from the infirmary, not
next door, so if a serious reaction happened we would need to manage it ourselves until an ambulance
arrived. Any plan had to include training and competency checks to the same standard as a hospital
ward, an emergency box for reactions, clear rules about who is suitable for a transfusion in the day
unit and who should still go to the infirmary, and a way for the blood to reach us safely, at the right
temperature and within the time limits.
"""),
        ("stakeholders", "Who shaped it", """
<<S:The hospital transfusion practitioners spent a day in our day unit before we started, walked through
every step with our nurses, and changed their own sample labelling procedure so that our samples arrive
with the same two-person check as those from their own wards.>> <<S:The biomedical scientists in the
blood bank suggested that we book blood the day before, so that the units are cross-matched and ready
to collect by 8am, and they now hold a named slot for us every Tuesday and Thursday.>> <<S:Our day unit
nurses wrote the observation chart themselves, and they insisted on a longer gap between units for
anyone with heart failure, which the transfusion team then added to the trust's own policy.>>

<<P:We were lucky to have help from the people who had been through the old way.>> <<P:Two of our
patients who had been transfused at the infirmary, a retired headteacher with myelodysplasia and a
former bus driver with prostate cancer, met with us over the spring of 2022; they told us the worst
part was not knowing when the blood would start, so every patient now gets a time the evening before.>>
<<P:The wife of a man who had died the previous year told us about the night he was given blood he had
said he did not want, and at her suggestion the first question on our checklist is now "Does the
person still want this transfusion, and what do they hope it will do for them?">>

<<S:The community palliative care nurses asked for a copy of the checklist to go home with the patient,
so that they could look for late reactions on their next visit.>>
"""),
        ("evidence", "What has happened since", """
We gave our first transfusion in the day unit in September 2022. In the two years since, 164 people
have had 412 units of red cells with us. All transfusions start by 10.30am and finish before the unit
closes at 5pm.

<<Q:The average time from arrival to the start of the first unit has fallen from just over five hours
at the infirmary to 55 minutes in our day unit.>> <<Q:In the year before the change, 38 per cent of our
patients' transfusions ran on past 8pm; since the change, none has.>> <<Q:Reported episodes of
breathlessness or suspected fluid overload during or just after transfusion have dropped from nine in
the year before to two in the last year, both picked up at once and treated by slowing the blood down.>>

Every transfusion is preceded by a conversation, recorded on the checklist, about whether it is still
wanted and what it is for. In 23 cases the person decided, after that conversation, not to go ahead.
We see that as a good result, not a failure.

The transfusion team audits our practice each quarter against the same standards as the infirmary's
wards. There have been no sample labelling errors and no wrong blood events.
"""),
        ("value", "Is it worth it?", """
The infirmary's acute medical unit used to give a day bed, and sometimes an overnight bed, to each of
our patients. That bed is now free for someone else. Our own costs are nurse time, a second infusion
pump and the courier who brings the blood from the laboratory, about £11,000 a year in total, which
the hospice has found from its own funds.

For patients, the value is harder to put in pounds. People tell us it feels like a normal day at the
hospice: they see the same nurses, they have lunch, and they are home for tea.
"""),
        ("spread", "Sharing what we learned", """
We have written up our checklist, observation chart and the agreement with the blood bank as a short
pack, which the regional transfusion committee has shared with every hospice in the region. Two other
hospices have visited, and one began transfusing in its own day unit in the spring of 2024 with its
local laboratory. We presented at the regional palliative care conference and at the national
transfusion practitioners' meeting.

The main lesson is that a hospice does not need to become a hospital to do this safely. It needs a
laboratory that will treat it as one of its own wards, and a habit of asking the person what the blood
is for.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1314  clot prevention after a lower-leg plaster cast - docx - bold
#        headings with a cover table - GP federation clinical director,
#        brisk - GP federation running urgent treatment centres, with the
#        acute trust and the LPC - staff involved - NO patient involvement
#        (leaflets, a survey that changed nothing, negation, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1314", format="docx", layout="bold_headings", topic="lower_limb_cast_vte_prophylaxis",
    project="independent83-castcheck-1314", docx_font="Calibri",
    title="Cast Check: preventing blood clots after a lower-leg injury in our urgent treatment centres",
    cover_table=[
        ("Entry title", "Cast Check: preventing blood clots after a lower-leg injury in our urgent treatment centres"),
        ("Lead organisation", "Fenmarch GP Federation"),
        ("Partners", "West Fenmarch Hospitals NHS Trust (Fracture Clinic and Thrombosis Service); Fenmarch Local Pharmaceutical Committee"),
        ("Entrant", "Dr Priya Nandakumar, Clinical Director for Urgent Care"),
    ],
    primary_entrant=dict(name="Fenmarch GP Federation", type="primary_care"),
    partners=[
        dict(name="West Fenmarch Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Fenmarch Local Pharmaceutical Committee", type="primary_care"),
    ],
    sections=[
        ("context", "The problem", """
Fenmarch GP Federation runs two urgent treatment centres, at Fenmarch town and at Holbeach Marsh, which
between them see about 70,000 people a year. A good number are people who have twisted an ankle, broken
a bone in the foot or torn an Achilles tendon. Many of them leave with a below-knee plaster cast or a
walking boot and are told to keep the weight off the leg.

Being immobilised in a cast is a well-known risk factor for a deep vein thrombosis, and a clot in the leg
can travel to the lungs. National guidance says every adult who is put in a lower-leg cast should have
their clot risk assessed and, if the risk is raised, be offered a blood-thinning injection until the
cast comes off. In our centres this was patchy. Risk assessment was on a paper form that was often not
filled in. When injections were prescribed, the person was handed a box of syringes and a leaflet and
sent home, sometimes late at night, with nobody to show them how to inject. The fracture clinic at West
Fenmarch Hospital, where people went a week or so later, had no idea what had been decided at the
urgent treatment centre and often did not continue the injections.

In 2022 two of our patients were admitted with a pulmonary embolism within six weeks of being put in a
cast. One was a 34-year-old woman on the combined pill who had not been assessed at all. The other had
been prescribed injections but had stopped after three days because she could not bring herself to do
them and did not know who to ask. Both recovered, but the reviews made it clear that the problem sat
across three organisations: our centres, the hospital and community pharmacy.

The risk assessment itself is not difficult. What made it fail was the setting. Our centres are busiest
in the evening and at weekends, when sports injuries come in, and the person applying the cast is often
an emergency nurse practitioner seeing a queue of people with cuts, burns and sprains. A paper form at
the bottom of the pile was the first thing to go. Prescribing was also inconsistent: some clinicians
used weight-based doses, some a fixed dose, and a few were unsure whether the injections should be
stopped when the cast was changed to a boot. The fracture clinic, for its part, saw people from several
centres and the emergency department, each with a different approach, and understandably found it hard
to know whether a person had been assessed at all.
"""),
        ("evidence", "Evidence of improvement", """
Cast Check went live in both centres in March 2023. The risk assessment is now a mandatory electronic
template that must be completed before the cast room can close the episode. If injections are needed,
the first dose is given in the centre by a nurse who teaches the person to do it, and an electronic
referral goes to the person's chosen community pharmacy, which phones them on day three to check how
they are getting on. The fracture clinic sees the template and the plan on the shared record and
continues or stops the injections at the first appointment.

<<Q:Documented clot risk assessment for adults leaving in a lower-leg cast or boot rose from 41 per
cent in the six months before the change to 97 per cent in the twelve months after.>> <<Q:Among people
assessed as needing injections, the proportion still injecting when they were seen in fracture clinic
went up from 52 per cent to 88 per cent.>> <<Q:Admissions with a clot within 90 days of a cast applied
in our centres fell from eleven in 2022 to three in 2023/24.>>

Community pharmacies made 1,204 day-three phone calls in the first year.
"""),
        ("stakeholders", "How we worked with others", """
<<S:Emergency nurse practitioners from both centres tested three versions of the electronic template
on real shifts and cut it from 22 questions to nine, because the long version was being skipped at busy
times.>> <<S:The thrombosis nurses at West Fenmarch agreed the dose table with our pharmacist and
suggested the single-page plan that now travels with the patient to fracture clinic.>> <<S:Community
pharmacists told the LPC that a call on day one was too early, because most people had not yet had
trouble, and the call was moved to day three at their request.>> <<S:Fracture clinic nurses asked us to
record the brand of cast or boot, which we had not thought mattered, because some boots allow weight
bearing and change the risk.>>

Patients are given a new leaflet and a phone number for the pharmacy. We sent a short survey to 80
patients after six months; most said the teaching was helpful, and we made no changes as a result. We
did not set up a patient group for this project, as it grew out of incident reviews, but we would like
to involve people who have had a cast in the next phase.
"""),
        ("value", "Value", """
The enoxaparin itself was already being prescribed, so drug costs are broadly the same. Giving the first
dose in the centre takes about ten minutes of nurse time. The day-three pharmacy call is paid for as a
local enhanced service at £6 a call. A single admission for a pulmonary embolism costs around £2,500,
and the long-term effects of a clot on the leg or lungs can last for years.

Our nurses now feel they are sending people home with a plan rather than a box.
"""),
        ("spread", "Spread", """
The integrated care board has asked the two other urgent treatment centre providers in the county to
adopt the template, and one has done so. The LPC has offered the day-three call to every pharmacy in
Fenmarch. We presented the work at the regional urgent care network in January 2024.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1315  ambulance crews and personal crisis plans in sickle cell disease -
#        docx - numbered questions - ambulance consultant paramedic, warm -
#        ambulance service with a sickle cell support group ("warriors")
#        and the acute trust's haematology team - people with sickle cell
#        (as warriors) and staff involved - SPC shift in the evidence -
#        no flags
# ---------------------------------------------------------------------------
entry(
    id="I1315", format="docx", layout="numbered_questions", topic="sickle_cell_crisis_prehospital_analgesia",
    project="independent83-nowaitingforpain-1315", docx_font="Arial",
    title="No Waiting for Pain: personal crisis plans for people with sickle cell disease, shared with ambulance crews",
    cover=[
        "Primary entrant: Eastmoor Ambulance Service NHS Trust",
        "Partners: Tamesbury Sickle Cell Warriors (peer support group); Tamesbury University Hospitals NHS Foundation Trust (Specialist Haemoglobinopathy Team)",
        "Submitted by Kwame Asante-Bell, Consultant Paramedic",
    ],
    primary_entrant=dict(name="Eastmoor Ambulance Service NHS Trust", type="emergency_service"),
    partners=[
        dict(name="Tamesbury Sickle Cell Warriors", type="patient_group"),
        dict(name="Tamesbury University Hospitals NHS Foundation Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "1. What problem did you set out to solve?", """
A painful crisis in sickle cell disease is one of the most severe pains a person can have. The sickled
red cells block small blood vessels and starve bones and organs of oxygen. Guidance is clear that pain
relief should be given within 30 minutes of arriving at hospital. For many people, though, the first
health professional they meet is an ambulance crew, and for them the clock starts well before the
hospital door.

About 1,100 people with sickle cell disease live in the Tamesbury area. They told us, and our own
records confirmed, that the ambulance part of the journey was often the worst. Crews who had never
met someone in a crisis sometimes doubted the level of pain, gave paracetamol and little else, or spent
a long time on scene asking questions the person had answered many times before. Some crews were unsure
whether they could give morphine to a young person who appeared calm because they had learned to cope
with pain. People described being treated as if they were seeking drugs. A few had stopped calling 999
at all and were arriving at the emergency department by bus, in agony.

There were also missed warning signs. A crisis can turn into acute chest syndrome, which can kill. In
2022 a 19-year-old man was taken to hospital with chest pain and a low oxygen level that had been put
down to anxiety; he was admitted to intensive care the next day.

The specialist haemoglobinopathy team at Tamesbury University Hospitals already wrote personal crisis
plans for their patients, setting out usual pain relief, doses that worked and warning signs. Those
plans sat in the hospital record, where our crews could not see them.

Our crews were not uncaring. Many had simply never been taught about sickle cell disease beyond a line
in a textbook, and our own clinical guidelines did not mention it. The pain score tools we used had
been designed for injuries, and a person who has lived with crises since childhood may describe severe
pain calmly and without visible distress. Crews were also cautious about giving repeated doses of
opioids without knowing what the person had already taken at home. Without the personal plan in front
of them, they fell back on the safest-looking option, which for the patient was often the least
effective one.
"""),
        ("evidence", "2. What evidence is there that things have improved?", """
Since May 2023, every person with a crisis plan can choose to have it flagged on our computer-aided
dispatch system. When they call, the flag appears for the call handler and the plan appears on the
crew's tablet on the way. The plan tells the crew which pain relief to give, in what dose, and which
signs mean acute chest syndrome. Crews have a short clinical guideline, agreed with the haematology
team, that allows them to give intranasal diamorphine or intravenous morphine as the plan says.

We track time from crew arrival to first strong pain relief on a statistical process control chart.
<<Q:From the month the flags went live, the chart showed a sustained shift, with the median time from
arrival to first strong pain relief dropping from 34 minutes to 14 minutes, and it has stayed at the
new level for sixteen months.>> <<Q:The proportion of sickle cell crisis calls in which strong pain
relief was given before arrival at hospital rose from 39 per cent in 2022 to 81 per cent in 2024.>>

<<Q:The specialist team also tells us that the time from hospital arrival to the next dose has come down,
because the crew's handover states what was given and when, and patients who arrive by ambulance now
wait a median of 22 minutes for their next dose rather than 47.>>

As of October 2024, 612 people have a flag on the system.
"""),
        ("stakeholders", "3. Who was involved and how?", """
<<P:From the first meeting, the warriors led.>> <<P:Eleven members of Tamesbury Sickle Cell Warriors,
aged from 17 to 58, met with our clinical team five times and rewrote the crew guideline in plain
words; they asked for the sentence "Believe the person's account of their pain" to be the first line,
and it is.>> <<P:Two of them recorded short videos about what a crisis feels like, which now open our
crew training.>> <<P:The parents of younger warriors asked that a named adult be listed on the plan, so
that crews can phone them if their child cannot speak, and this has been added.>>

<<S:Paramedics from the three stations with the most sickle cell calls tested the tablet screen and told
us it took too long to find the plan, so the flag now opens the plan automatically.>> <<S:Call handlers
asked for a short script to reassure people while they wait, and the haematology nurses helped write
it.>> <<S:The haemoglobinopathy consultants agreed to review and update each plan at clinic, and they
changed the plan template so that the first page holds only what a crew needs.>>
"""),
        ("spread", "4. How has the work been shared?", """
The neighbouring ambulance service has adopted the same flag and guideline with its own specialist
haemoglobinopathy centre. Our clinical guideline has been shared through the national ambulance
medical directors' group. The warriors' videos have been used in paramedic degree programmes at two
universities, with the group's permission.
"""),
        ("value", "5. What difference has it made, and is it good value?", """
The changes cost very little: some programming time for the dispatch system, about £4,000, and the time
of the specialist nurses to upload plans. The real value is in pain relieved sooner and in trust
rebuilt. Several warriors have told us they now call 999 when they need to, rather than waiting at home
until they cannot cope. Earlier pain relief and earlier recognition of acute chest syndrome should also
mean fewer admissions to intensive care over time, although the numbers are too small for us to show
that yet.
"""),
    ],
    flags=[],
)


# ---------------------------------------------------------------------------
# I1316  anticoagulants for men in prison - pdf - CAPS headings - PRIVATE
#        prison healthcare company as primary entrant with the acute trust's
#        anticoagulation clinic and a prisoners' health charity (ineligible)
#        - head of pharmacy, formal - men in prison (peer health reps)
#        involved - NO staff involvement (nurses trained, officers briefed,
#        named lead doing her job, a staff survey that changed nothing)
# ---------------------------------------------------------------------------
entry(
    id="I1316", format="pdf", layout="caps_headings", topic="prison_anticoagulation_monitoring",
    project="independent83-insideandsafe-1316", pdf_font="DejaVuSans", pdf_align="L",
    title="INSIDE AND ON TRACK: SAFER ANTICOAGULATION FOR MEN IN PRISON",
    cover=[
        "ENTRANT: Corvane Justice Health Ltd (healthcare provider at HMP Thornmoor and HMP Edgecliffe)",
        "PARTNERS: Ridgeway Valley Hospitals NHS Trust (Anticoagulation Service); Open Gate Health Trust (charity supporting prisoners' health)",
        "CONTACT: Head of Pharmacy Services, Corvane Justice Health Ltd",
    ],
    primary_entrant=dict(name="Corvane Justice Health Ltd", type="private"),
    partners=[
        dict(name="Ridgeway Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Open Gate Health Trust", type="charity"),
    ],
    sections=[
        ("context", "BACKGROUND", """
Corvane Justice Health provides primary healthcare and pharmacy services at two adult male prisons,
HMP Thornmoor and HMP Edgecliffe, which hold around 1,900 men between them. At any time about 60 men
are taking an anticoagulant, most for atrial fibrillation or after a clot in the leg or lung. Around a
third are on warfarin, which needs regular INR blood tests and dose changes.

Anticoagulants are among the medicines most often linked with serious harm in any setting. In prison
there are added risks. Men are moved between prisons, sometimes at a few hours' notice, and their
medicines and test results do not always follow them. Hospital appointments for INR checks need an
escort of two officers and are cancelled when staffing is short. Some men hold their own tablets "in
possession" and others have each dose handed to them at a hatch, which means doses are missed during
lockdowns. Diet, alcohol brewed on the wing and antibiotics can all shift the INR.

In 2021 and 2022 our incident log recorded 47 anticoagulant incidents across the two sites. They
included a man transferred in from another prison whose warfarin dose was unknown for nine days, a man
whose INR of 8.4 was found only when he was admitted with a bleed from the gut, and several men whose
direct oral anticoagulant dose had not been changed when their kidney function worsened.

Until 2023 the prisons' INR tests were done at Ridgeway Valley Hospital's anticoagulation clinic. Men had
to be escorted there, and results came back by fax.

The hospital clinic, for its part, found the prison patients among its hardest to manage. Appointments
were missed without warning, results could not be discussed with the patient, and doses were sent back
to the prison to be entered on a separate prescribing system by a pharmacist who had not seen the result.
When a man was released, the clinic often did not know, and his GP in the community did not know he was
on warfarin at all. Open Gate Health Trust, a charity that supports the health of people in prison and
after release, had raised similar concerns about release in its own casework.
"""),
        ("evidence", "RESULTS", """
Since February 2023, INR tests are done in the prison healthcare centre with a point-of-care meter. The
result goes straight into the hospital anticoagulation service's dosing software, which the hospital's
anticoagulation pharmacists use to set the dose remotely the same day. Every man on an anticoagulant is
on a single register shared by the two prisons and the hospital, so a transfer triggers an alert to the
receiving prison. Kidney function for men on direct oral anticoagulants is checked every six months
and reviewed by the hospital team.

<<Q:The proportion of time that men on warfarin spent within their target INR range rose from 49 per
cent in 2022 to 71 per cent in 2024.>> <<Q:INR results above 5 fell from 31 in 2022 to 8 in 2024.>>
<<Q:Anticoagulant incidents reported across the two sites fell from 26 in 2022 to 9 in 2024, and none
in 2024 involved a transferred prisoner.>> <<Q:Cancelled hospital escorts for anticoagulation, which
numbered 58 in 2022, have fallen to nil because the tests are now done on site.>>

All 14 nurses at the two sites are trained in the use of the meter.
"""),
        ("stakeholders", "INVOLVEMENT", """
<<P:Open Gate Health Trust recruited four peer health representatives, men serving sentences at
Thornmoor who are on anticoagulants themselves, and they went through the information booklet with us
line by line; they asked that it explain why a brewed drink or a course of antibiotics can make the
blood too thin, because, as one put it, "nobody tells you that in here".>> <<P:Following their advice,
the booklet is now also available as an audio recording on the in-cell media system, for men who do not
read well.>> <<P:Two men on the Edgecliffe wing asked that their INR results be shown to them at the
hatch, not only recorded, and the meter printout is now handed to each man.>>

All healthcare nurses were trained on the meter and the new process by the hospital team. Prison
officers at both sites were briefed on why escorts were no longer needed and on what a bleeding
emergency looks like. Our Head of Pharmacy Services, Dr Helen Okafor, led the project and wrote the
standard operating procedure. We sent a questionnaire to healthcare staff after six months; the
responses were favourable and no changes were needed.
"""),
        ("value", "VALUE FOR MONEY", """
Each hospital escort costs the prison service roughly £350 in officer time. The meter and test strips
cost around £7,000 a year. The hospital's remote dosing is paid for under the existing service
agreement. Avoided admissions for bleeding are a further saving, as is the time of men who can go to
work or education instead of waiting for an escort.
"""),
        ("spread", "SPREAD", """
Corvane is now introducing the same register and point-of-care testing at its four other prison sites.
The regional health and justice commissioning team has shared the standard operating procedure with
other prison healthcare providers. Open Gate Health Trust has adapted the booklet for women's prisons.
"""),
    ],
    flags=[
        dict(code="ineligible", criterion=None),
        dict(code="no_staff_involvement", criterion="stakeholders"),
    ],
)


# ---------------------------------------------------------------------------
# I1317  children with sickle cell disease at school - docx - no headings -
#        council public health and education, chatty - council with the
#        children's hospital haematology team and a parents' support group -
#        children, parents and staff involved - NO quantitative evidence
#        (schools signed up, staff trained, plans written, a single survey
#        figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1317", format="docx", layout="no_headings", topic="sickle_cell_children_in_school",
    project="independent83-warmwaterbreaks-1317", docx_font="Georgia",
    title="Warm, Watered and Understood: keeping children with sickle cell disease safe at school",
    cover=[
        "Brackenridge City Council (Public Health and Education Inclusion Service), with Brackenridge Children's Hospital NHS Foundation Trust and Sunrise Sickle Cell Families",
        "Entry by the Public Health Principal for Children and Young People",
    ],
    primary_entrant=dict(name="Brackenridge City Council", type="local_authority"),
    partners=[
        dict(name="Brackenridge Children's Hospital NHS Foundation Trust", type="nhs_trust"),
        dict(name="Sunrise Sickle Cell Families", type="patient_group"),
    ],
    sections=[
        ("context", None, """
If you are eight years old and have sickle cell disease, school can be a risky place. The things that
can set off a painful crisis are the things schools are full of: cold playgrounds, swimming lessons in
chilly pools, not drinking enough because the water bottle is banned in class or the toilet pass runs
out, and not being allowed to rest when you are tired. A child who has a temperature is in real danger,
because infection can be life-threatening when the spleen does not work properly, yet a child may be
told to sit in the office until the end of the day.

Around 240 children and young people with sickle cell disease go to school in Brackenridge. The
paediatric haematology team at the children's hospital told us that a striking number of the crises
and fevers they saw began at school, and that parents were often called late, or not at all. Parents
told them about children being told off for asking to go to the toilet too often, which is a normal
part of the condition because the kidneys cannot concentrate urine, and about PE teachers who insisted
on outdoor games in January. One girl had been kept in a cold classroom during a fire drill for forty
minutes and was admitted with a crisis that evening. A boy with a fever of 38.9 was given paracetamol
by a teaching assistant and sent back to class.

None of this is anyone's fault in particular. Teachers have a great deal to think about, and a child with sickle cell may look perfectly well most
of the time. Parents, for their part, often found it hard to explain the condition in a hurried
conversation at the school gate, and some worried that their child would be treated differently or
kept out of trips and sport if they said too much. Most school staff have never heard of sickle cell disease.
The Department for Education's guidance on supporting pupils with medical conditions says each child
should have an individual healthcare plan, but in Brackenridge very few children with sickle cell had
one, and those that existed were often copied from a template for asthma.

So in 2023 the council's public health team, the education inclusion service, the hospital haematology
team and Sunrise Sickle Cell Families, a support group run by parents, set out to give every child with
sickle cell a proper plan and every school that teaches one the knowledge to follow it.
"""),
        ("stakeholders", None, """
<<P:The plan was designed at two Saturday workshops at the Sunrise group's community centre, where
parents and children sat at the same tables as the hospital nurses and the council's inclusion
officers.>> <<P:The children drew what a good school day looks like for them, and three of their
drawings became the cover of the plan; they also asked for a "red card" they could show a teacher to
leave the room without having to explain why, which every child now has.>> <<P:Parents pointed out that
the draft plan said "contact parent if unwell" but gave no time limit, and the final plan now says a
parent must be phoned within 15 minutes of any temperature of 38 or above.>>

<<S:The children's hospital clinical nurse specialists wrote the medical part of the plan and changed
it after school nurses told them the first version used terms no teacher would understand.>> <<S:School
nurses from the council's 0 to 19 service tested the plan with six families before it went out, and it
was their idea to add a photograph of the child to the front page so that supply teachers can
recognise them.>>
"""),
        ("evidence", None, """
By the end of the summer term in 2024, 198 children had a new individual healthcare plan signed by the
school, the parent and the haematology team. That is 83 per cent of the children known to the hospital.
Our aim is to reach every child by July 2025.

The training for school staff, a 40-minute online module with a short video made by the Sunrise group,
had been completed by 1,350 teachers, teaching assistants, lunchtime supervisors and office staff in 96
schools. Every school with a child with sickle cell now has a named lead.

We asked parents in a survey in June 2024 whether they felt their child's school understood the
condition, and 78 per cent said yes. The hospital team tell us that the calls they get from schools are
now about sensible questions rather than emergencies, although we have not yet been able to collect
figures on school-related crises or fevers. We will be looking at admissions data with the hospital
over the coming year.
"""),
        ("value", None, """
The project has cost very little. The online module was made in-house by the council's learning and
development team, and the video by Sunrise volunteers, with a £2,500 grant from the council's community
health fund for filming. Hospital nurse time has been the largest cost, and the trust has absorbed it.
Set against this, a single admission with a painful crisis usually lasts several days and each one
means days of missed school, which can add up to whole terms for some children.

Parents tell us that the most valuable thing has been not having to explain their child's condition
again every September.
"""),
        ("spread", None, """
The plan and the module are free to use, and we have shared them with the three neighbouring councils
and with the regional haemoglobinopathy network, which covers nine hospitals. One neighbouring council
has already started using them. The Sunrise group has presented the work at a national parents'
conference, and the council's education team has added sickle cell to the standard training for new
special educational needs coordinators in the city.

We are also working with the hospital on the move to secondary school, which parents describe as the
point at which everything has to be explained again to a much larger number of teachers, and with the
Sunrise group on a version of the plan for further education colleges.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1318  blood clot risk assessment on mental health wards - pdf - form with
#        a cover table - mental health trust physical health lead, clinical -
#        mental health trust with the acute trust's thrombosis committee and a
#        university school of pharmacy - staff involved - NO patient
#        involvement (leaflets, a service user council updated, negation)
# ---------------------------------------------------------------------------
entry(
    id="I1318", format="pdf", layout="form_table", topic="vte_risk_assessment_mental_health_wards",
    project="independent83-stillandsafe-1318", pdf_font="LiberationSans",
    title="Still and Safe: assessing and preventing blood clots on mental health inpatient wards",
    cover_table=[
        ("Project title", "Still and Safe: assessing and preventing blood clots on mental health inpatient wards"),
        ("Lead organisation", "Greyfriars Mental Health NHS Foundation Trust"),
        ("Partner organisations", "Greyfriars General Hospital NHS Trust (Hospital Thrombosis Committee and Anticoagulation Team); University of Wendlebury (School of Pharmacy)"),
        ("Lead contact", "Lead Nurse for Physical Health, Greyfriars Mental Health NHS Foundation Trust"),
    ],
    primary_entrant=dict(name="Greyfriars Mental Health NHS Foundation Trust", type="nhs_trust"),
    partners=[
        dict(name="Greyfriars General Hospital NHS Trust", type="nhs_trust"),
        dict(name="University of Wendlebury", type="university"),
    ],
    sections=[
        ("context", "Describe the patient safety problem and why a partnership was needed", """
Venous thromboembolism, a blood clot in a vein that can travel to the lungs, is a known risk for people
admitted to general hospitals, and acute trusts have had mandatory risk assessment for more than a decade.
Mental health wards have been slower to follow. Yet many of our inpatients have several risk factors:
long periods lying or sitting still, especially in severe depression or catatonia; dehydration and
refusal of food and fluids; obesity; smoking; antipsychotic medicines, several of which are linked with
a higher risk of clots; and, on our older adult wards, frailty and reduced mobility. Some patients are
physically restrained or secluded, and some are too unwell to tell us about a painful or swollen leg.

In 2021 we had two deaths from pulmonary embolism on our wards within four months: a man in his forties
with catatonic depression who had barely left his bed for a fortnight, and a woman in her seventies on
an older adult ward. Neither had had a documented clot risk assessment. The review found that our
doctors and nurses did not have a tool designed for mental health wards, were unsure about prescribing
blood-thinning injections to people who might refuse them or be at risk of self-harm with needles, and
had no quick route to advice from a thrombosis specialist.

We needed the expertise of the general hospital's thrombosis team, who had long experience of risk
assessment, and of the university's school of pharmacy, which had been studying antipsychotics and clot
risk.

There were practical questions too. Some of our wards do not allow needles to be kept by the bedside.
Anti-embolism stockings can be a ligature risk and are not suitable for every patient. Patients who are
very unwell may refuse injections, and we needed clear advice on what to do then, rather than leaving a
junior doctor to decide at night. None of these problems is unique to our trust, but there was no
national tool to help, and the general hospital's assessment assumed a surgical or medical patient in
bed, not a young man pacing a corridor who has not eaten for three days.
"""),
        ("evidence", "What evidence is there that the partnership has improved patient safety?", """
The new approach started on all 14 adult and older adult wards in September 2022. It includes a
mental-health-specific risk assessment on the electronic record, completed within 24 hours of admission
and repeated weekly or when the person's condition changes; a simple mobility and fluid chart for
patients who are immobile or not eating and drinking; a choice of preventive measures, including
stockings, leg exercises and injections; and a direct line to the general hospital's anticoagulation
team for advice.

<<Q:Completion of a clot risk assessment within 24 hours of admission rose from 12 per cent in an audit
in early 2022 to 89 per cent in the most recent quarter.>> <<Q:Weekly reassessment, which was not
happening at all before, is now recorded for 74 per cent of patients who stay more than a week.>>
<<Q:Confirmed deep vein thromboses or pulmonary emboli arising on our wards fell from nine in the two
years before the change to two in the two years since, and there have been no deaths.>>

The anticoagulation team received 131 advice calls in the first two years.
"""),
        ("stakeholders", "How were staff, patients and partners involved?", """
<<S:A working group of ward doctors, nurses, pharmacists and physiotherapists from our trust met every
month with two consultant haematologists from the general hospital, and it was the ward nurses who
insisted the tool include catatonia and food refusal as separate risks, because they had seen both
missed.>> <<S:The university's pharmacy researchers reviewed the evidence on antipsychotics and clot
risk and, after discussion with our pharmacists, the group agreed which medicines should raise the
score.>> <<S:Nurses on two older adult wards piloted the fluid chart and asked for it to be cut to a
single page, which it was.>> <<S:Healthcare assistants suggested leg exercises built into the daily
activity programme, and the occupational therapists now run them.>>

Patients receive an information leaflet about blood clots on admission. The trust's service user council
was updated on the project at one of its regular meetings. We did not involve patients directly in
designing the tool, given how unwell many are when they are admitted, but we recognise this is a gap.
"""),
        ("value", "What has been the impact on value and experience?", """
The main costs were the time of the working group and changes to the electronic record, which were made
by the trust's own digital team. Stockings and injections cost little. The anticoagulation team's advice
line is provided under a service agreement with the general hospital at £9,000 a year. Each avoided
pulmonary embolism saves a transfer to the general hospital, a stay of several days, and a great deal of
distress for families.
"""),
        ("spread", "How has the work been shared or spread?", """
The tool has been adopted by one other mental health trust in the region and by the independent
psychiatric hospital that takes our out-of-area placements. The university team has published a
description of the tool in a nursing journal and has included it in teaching for pharmacy students. We
have presented it to the national network of mental health physical health leads.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1319  special blood requirements lost between hospitals - docx - rubric
#        headings - pathology network transfusion lead, technical - acute
#        trust hosting a pathology network, with the transplant centre and
#        NHS Blood and Transplant - staff involved - NO patient involvement
#        (alert cards, letters, a survey that changed nothing)
# ---------------------------------------------------------------------------
entry(
    id="I1319", format="docx", layout="rubric_headings", topic="irradiated_blood_special_requirements",
    project="independent83-rightbloodeverywhere-1319", docx_font="Cambria",
    title="Right Blood, Every Hospital: sharing special transfusion requirements across a pathology network",
    cover=[
        "Lead organisation: Wyvern Valley Hospitals NHS Trust, on behalf of the Wyvern Pathology Network",
        "Partners: Queen Adela Hospitals NHS Foundation Trust (Haematopoietic Stem Cell Transplant Centre); NHS Blood and Transplant (Hospital Liaison and Patient Blood Management Team)",
        "Author: Network Transfusion Laboratory Manager",
    ],
    primary_entrant=dict(name="Wyvern Valley Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Queen Adela Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="NHS Blood and Transplant", type="public_other"),
    ],
    sections=[
        ("context", "Context", """
Some patients must only ever receive blood components with special characteristics. The commonest is
irradiated blood, needed by people who have had a stem cell transplant, people treated with certain
drugs such as fludarabine or bendamustine, and people with Hodgkin lymphoma. Without it, donor white
cells can attack the patient's own tissues, causing transfusion-associated graft versus host disease,
which is almost always fatal. Others need components negative for cytomegalovirus, or red cells matched
for extra antigens because of antibodies.

Failure to give components that meet a patient's special requirements is consistently one of the largest
categories of error in national haemovigilance reports. The typical story is that the requirement is
known in one place, usually the specialist centre, but not in another. The Wyvern Pathology Network
runs transfusion laboratories at four hospitals, each with its own laboratory computer system until
2023. Patients treated for leukaemia or lymphoma at the Queen Adela transplant centre return to their
local hospital for follow-up, top-up transfusions and emergencies. If the local laboratory had not been
told, or the message sat in a letter in the notes, the local computer had no flag and the patient could
be given standard blood.

Between 2019 and 2022 the network reported 17 incidents where a patient received, or nearly received,
components that did not meet their special requirements. In one, a man given bendamustine at the
transplant centre received two units of non-irradiated red cells at his local hospital's emergency
department four weeks later. He was unharmed, but only by luck.

The root causes were familiar to every transfusion laboratory manager. Requirements were communicated
by letter, by phone or by a note in the clinic summary. A laboratory could only add a flag when it was
told, and nobody was responsible for telling every hospital where the patient might turn up. When a
requirement ended, for example a set time after a course of treatment, the flag was rarely removed, so
some patients carried requirements they no longer needed while others lacked requirements they did.
Four separate laboratory computer systems made matters worse, because a flag added at one hospital was
invisible at the other three.
"""),
        ("evidence", "Evidence of improvement", """
In April 2023 the four laboratories moved to a single shared transfusion laboratory record, and special
requirements are now held once for each patient across the network. At the same time we set up an
electronic notification from the transplant centre's pharmacy and haematology systems: when a drug that
needs irradiated blood is first prescribed, or a transplant is booked, a notification is sent to the
network transfusion laboratory, which adds the flag within one working day. NHS Blood and Transplant
helped us align our flags with the national special requirements categories so that they can be read by
any hospital using the same categories.

<<Q:Special requirement incidents reported across the network fell from an average of 4.25 a year
between 2019 and 2022 to one in the eighteen months since the change, and that one was stopped at the
bedside.>> <<Q:In our quarterly audit of patients known to need irradiated components, the flag was
present on the local laboratory record for 58 per cent in the baseline audit and for 100 per cent in
each of the last four audits.>> <<Q:The time from a special requirement being identified at the
transplant centre to the flag appearing at the local laboratory has gone from a median of 11 days to
less than one day.>>
"""),
        ("stakeholders", "Stakeholder involvement", """
<<S:Biomedical scientists from all four laboratories mapped their own flags against the national
categories and found 37 local codes that meant the same thing in different words; they agreed the
single list we now use.>> <<S:The transplant centre's haematology nurse specialists told us the
notification should fire when a drug is first prescribed rather than when it is first given, to allow
time before any transfusion, and the trigger was changed accordingly.>> <<S:Transfusion practitioners at
each hospital tested the new bedside prompt on the electronic blood tracking system during a two-week
trial and asked for the requirement to appear in red on the blood bag label, which it now does.>>
<<S:NHS Blood and Transplant's hospital liaison manager reviewed the data model and recommended that
the date a requirement can be lifted is recorded, which stopped some patients being flagged for life
when they no longer need it.>>

Every patient given a new special requirement is sent a letter and a wallet-sized alert card explaining
what it means and asking them to show it at any hospital. We carried out a survey of card holders in
2024, which showed that most carried the card; no changes were made as a result.
"""),
        ("value", "Value and sustainability", """
The shared laboratory record was already being bought for the network, so the additional cost was the
interface with the transplant centre, about £18,000, and staff time to clean the data. Irradiated
components cost only slightly more than standard ones. A single case of transfusion-associated graft
versus host disease would be a catastrophe for the patient and their family, and the national reporting
and investigation that follows are costly as well.
"""),
        ("spread", "Spread and sharing", """
We have described the notification and the single flag list at the regional transfusion committee and
in the national transfusion laboratory managers' forum. Two other pathology networks have asked for our
data model, and the transplant centre is now setting up the same notification with a neighbouring
network that receives some of its patients.
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1320  possible clots in people having cancer treatment - pdf - two
#        columns - acute oncology nurse consultant, narrative - acute trust
#        with a GP federation and a cancer support charity's helpline -
#        patients and staff involved - NO spread section
# ---------------------------------------------------------------------------
entry(
    id="I1320", format="pdf", layout="two_column", topic="cancer_associated_thrombosis_ambulatory",
    project="independent83-swollenleg-1320", pdf_font="LiberationSerif",
    title="One Call for a Swollen Leg: fast clot assessment for people having cancer treatment",
    cover=[
        "Kingsmere University Hospitals NHS Trust (Acute Oncology Service and Ambulatory Care Unit), with Kingsmere and District GP Federation and Lanternway Cancer Support (charity)",
        "Entry by the Nurse Consultant in Acute Oncology",
    ],
    primary_entrant=dict(name="Kingsmere University Hospitals NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Kingsmere and District GP Federation", type="primary_care"),
        dict(name="Lanternway Cancer Support", type="charity"),
    ],
    sections=[
        ("context", "Why this mattered", """
People with cancer are several times more likely than other people to develop a blood clot, and the risk
is highest in the months after diagnosis and during chemotherapy. A clot in the leg or lung is one of the
leading causes of death in people having cancer treatment, second only to the cancer itself.

Our patients know they should report a swollen, painful leg or new breathlessness. What happened when
they did was the problem. Some rang their GP and waited days for an appointment. Some rang the 24-hour
cancer helpline and were told to go to the emergency department, where they waited many hours among
people with infections, which is the last place someone on chemotherapy should be. Some rang the
Lanternway Cancer Support helpline, run by the local cancer charity, and were told to ring their GP. And
many simply waited, assuming it was a side effect of treatment.

Meanwhile our hospital had an excellent ambulatory care unit that could scan a leg and start treatment
the same day, but it only took referrals from GPs and the emergency department.

A case in 2022 brought this together. A woman in her fifties on chemotherapy for bowel cancer noticed her
calf was swollen on a Friday. She spoke to the charity helpline, then her GP practice, which offered her an
appointment on Tuesday. She collapsed on Monday with a pulmonary embolism.

When we looked at the previous year, we found the same pattern again and again. There were three
doors a patient could knock on, and each one sent them to another. None of the services was doing
anything wrong by its own rules. The GP practices were following the usual routes for leg swelling,
which did not take account of cancer treatment. The charity helpline's volunteers were not clinicians
and were right not to give medical advice. The hospital's cancer helpline was set up mainly for
infections and side effects of chemotherapy. What was missing was one agreed route that all three
could use, and a way for people on cancer treatment to get straight to the unit that could scan them.
"""),
        ("evidence", "What has improved", """
From January 2023 any person on active cancer treatment who reports a swollen leg or new breathlessness,
to any of the three services, is routed to one number: the acute oncology service triage line. The
nurse uses a short script, and if a clot is possible, books the person directly into the ambulatory
care unit the same or next morning, with a blood test and scan. If a clot is found, treatment starts
that day and the acute oncology team chooses an anticoagulant that suits the person's cancer treatment.

<<Q:The median time from a patient first reporting symptoms to a scan fell from 3.5 days in 2022 to 14
hours in 2024.>> <<Q:Patients on cancer treatment sent to the emergency department with a suspected
clot fell from 212 in 2022 to 61 in 2024.>> <<Q:Pulmonary embolism found as an emergency admission,
rather than in the ambulatory unit, fell from 34 to 19 over the same period.>>

In 2024 the triage line took 540 calls about possible clots.

The ambulatory unit has also changed the way it follows people up. Anyone started on an anticoagulant
is seen by the acute oncology nurses at their next chemotherapy visit, and the choice of anticoagulant
is reviewed whenever their cancer treatment changes, because some cancer drugs interact with some
anticoagulants.
"""),
        ("stakeholders", "Who was involved", """
<<P:Members of the Kingsmere cancer patient panel, who had all had treatment at the hospital, met with us
three times; they told us that the word "thrombosis" meant nothing to most people, so the script and the
leaflet now talk about a "swollen, painful or red leg".>> <<P:The panel also asked for the ambulatory
unit to have a separate waiting area for people on chemotherapy, and the hospital set one up.>> <<P:The
woman whose story is told above, now recovered, helped write the helpline script.>>

<<S:Helpline volunteers and staff at Lanternway tried the script in practice calls and suggested shorter
questions.>> <<S:GPs in the federation agreed to redirect calls from patients on cancer treatment
straight to the triage line, and asked for a flag on the GP record, which the federation built.>>
<<S:The ambulatory unit's nurses reorganised their booking slots after telling us that morning slots
worked better for scans.>>
"""),
        ("value", "Value for money", """
The change needed no new staff. The acute oncology triage line absorbed the extra calls, and the
ambulatory unit was already staffed. Each avoided emergency department attendance for a patient on
chemotherapy saves around £300 and, more importantly, avoids an infection risk.

For patients, the main gain is speed and certainty: they ring one number and get a time. For the
charity, it means volunteers no longer have to pass people on with nowhere to go. For the GP practices,
calls that used to take time and end in an emergency department referral are now handled in a few
minutes.
"""),
    ],
    flags=[dict(code="missing_section", criterion="spread")],
)


# ---------------------------------------------------------------------------
# I1321  blood-thinning injections after birth given at home - docx -
#        reordered sections - ICB local maternity and neonatal system
#        programme manager, structured - ICB with the acute trust's
#        maternity service, the LPC and a maternity voices partnership -
#        women and staff involved - NO quantitative evidence (sharps bins
#        issued, women taught, an audit single figure, a target)
# ---------------------------------------------------------------------------
entry(
    id="I1321", format="docx", layout="reordered", topic="postnatal_lmwh_injections_home",
    project="independent83-sixweeksafe-1321", docx_font="Calibri",
    title="Six Weeks Safe: supporting women who need blood-thinning injections after giving birth",
    cover=[
        "Lead: NHS Tarnbeck and Dales Integrated Care Board (Local Maternity and Neonatal System)",
        "Partners: Tarnbeck Hospitals NHS Foundation Trust (Maternity Services); Tarnbeck and Dales Local Pharmaceutical Committee; Tarnbeck Maternity Voices Partnership",
        "Author: LMNS Programme Manager",
    ],
    primary_entrant=dict(name="NHS Tarnbeck and Dales Integrated Care Board", type="icb"),
    partners=[
        dict(name="Tarnbeck Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Tarnbeck and Dales Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Tarnbeck Maternity Voices Partnership", type="patient_group"),
    ],
    sections=[
        ("stakeholders", "Working together with women and staff", """
This work was shaped from the start by the women who would be giving themselves the injections.
<<P:Tarnbeck Maternity Voices Partnership ran a listening event with fourteen mothers who had needed
injections after a previous birth, and what they said changed the whole design: they did not want to
be taught on the postnatal ward at 2am with a baby in their arms, they wanted to be taught before the
birth.>> <<P:So the teaching was moved to the antenatal clinic in the third trimester for women whose
risk is known in advance, and the mothers chose the practice pen and injection pad that are used.>>
<<P:A mother who had stopped her injections after a week because she was frightened of bruising
recorded a short film about what she wished she had known, which women now watch in clinic.>>

<<S:Community midwives told us that they often did not know a woman had been prescribed injections
until the third or fourth home visit, so the maternity record now shows a banner on the community
midwife's list.>> <<S:Community pharmacists, through the LPC, asked for the discharge prescription to
state the total number of days and the end date, because they were being asked to dispense
inconsistent quantities, and the trust's maternity pharmacist changed the discharge template.>>
<<S:Obstetricians and the hospital thrombosis nurse agreed a single postnatal risk assessment and dose
table for all three birth settings, after the midwives pointed out that the three units were using
different versions.>>
"""),
        ("context", "The problem", """
Pregnancy and the weeks after birth are a time of much higher risk of blood clots, and pulmonary
embolism remains one of the leading direct causes of maternal death in the UK. Women with risk factors,
such as a caesarean birth, a body mass index over 30, pre-eclampsia, a previous clot or a long labour,
are prescribed daily injections of low molecular weight heparin for ten days or six weeks after birth.

In Tarnbeck and Dales about 1,700 women a year go home with these injections. Our maternity incident
reviews and conversations with the Maternity Voices Partnership showed a pattern: women discharged with a
box of syringes and little teaching, prescriptions that ran out before the end of the course, no sharps
bin, and nobody checking in the weeks after discharge whether the injections were being given. Some
women did not know why they needed them. Midwives visiting at home did not always know they had been
prescribed.

In 2022 a woman who had stopped her injections after four days, and told nobody, was readmitted on
day 19 with a pulmonary embolism. The investigation found no single failure, but a string of missed
chances across the hospital, the community midwives and the pharmacy.

Part of the difficulty is that these women are well, busy with a newborn, and often do not see themselves
as patients. Injecting yourself every day is a new and unpleasant task, and bruising and stinging can
put people off. Some women were told in a hurry on the ward that the injections were "just routine", and
understandably did not think it mattered if a few were missed. Others were sent home with too few
syringes because the prescription did not match the length of the course, and did not know where to get
more.
"""),
        ("evidence", "What has happened", """
The new pathway started in June 2023. Since then:

- 1,912 women have been taught to inject before going home, 640 of them in the antenatal clinic;

- 1,980 sharps bins have been given out on the postnatal ward, with a freepost return service through
community pharmacies;

- the 61 community pharmacies in the area have carried out 1,456 "week two" check-in calls, recording
whether the woman is still injecting and whether she has any worries;

- an audit of 100 discharge prescriptions in March 2024 found that 96 had the end date written on them.

We set ourselves a target of every eligible woman receiving a week two call by March 2025, and we are
not yet there. We have not yet been able to link the pathway to readmissions with clots, because the
numbers are small and we need more time, but we are working with the trust's information team to do
this.
"""),
        ("value", "Value", """
The costs are low. The practice pens cost £3 each. The week two call is paid to pharmacies at £8 a call
from the LMNS budget, about £12,000 a year. Midwife time for antenatal teaching is about 15 minutes per
woman. A postnatal pulmonary embolism can mean an intensive care admission, a long recovery and, in the
worst cases, a mother's death.
"""),
        ("spread", "Sharing and spread", """
The single risk assessment is now used in all three birth settings in Tarnbeck and Dales. We have shared
the pathway through the regional maternity network, and two other local maternity and neonatal systems
have asked for the week two call service specification. The Maternity Voices Partnership's film has been
shared with other partnerships across the region.

Our next step is to offer the same antenatal teaching to women with known risk factors who are booked
at the freestanding birth centre, and to add the week two call to the community midwives' checklist so
that midwife and pharmacist are asking the same questions.
"""),
    ],
    flags=[dict(code="no_quantitative_evidence", criterion="evidence")],
)


# ---------------------------------------------------------------------------
# I1322  anaemia found and treated before hip and knee replacement - pdf -
#        numbered questions - university research fellow, academic - a
#        university with the acute trust and a GP federation - patients
#        involved - NO staff involvement (GPs sent guidance, pre-op nurses
#        trained, a named lead, a staff survey with no change) - claims in
#        words (a third fewer, halved)
# ---------------------------------------------------------------------------
entry(
    id="I1322", format="pdf", layout="numbered_questions", topic="preoperative_anaemia_joint_replacement",
    project="independent83-ironready-1322", pdf_font="LiberationSerif", pdf_align="J",
    title="Iron Ready: finding and treating anaemia before hip and knee replacement",
    cover=[
        "Lead entrant: University of Northwold (Centre for Perioperative Care Research)",
        "Partners: Northwold Teaching Hospitals NHS Trust (Elective Orthopaedic Centre); Northwold Primary Care Federation",
        "Contact: Dr Sian Llewellyn-Hart, Senior Research Fellow",
    ],
    primary_entrant=dict(name="University of Northwold", type="university"),
    partners=[
        dict(name="Northwold Teaching Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Northwold Primary Care Federation", type="primary_care"),
    ],
    sections=[
        ("context", "1. Background and rationale", """
Anaemia before major surgery is common and is associated with more blood transfusions, more
complications, longer stays and higher mortality. In elective hip and knee replacement, up to a quarter
of patients are anaemic when they are listed, most often because of iron deficiency that could be
corrected with oral or intravenous iron in the weeks before the operation. Patient blood management
guidance recommends that anaemia is found and treated well before surgery, so that transfusion is
avoided where possible.

At the Northwold Elective Orthopaedic Centre the pre-operative assessment clinic typically saw patients
two to four weeks before surgery. A blood count taken at that point left little time to act. Anaemic
patients either went ahead with surgery anyway, with a higher chance of needing a transfusion, or had
their operation cancelled at short notice, losing their place on a long waiting list.

Once surgery had gone ahead in an anaemic patient, the options were limited. A post-operative
transfusion was often the quickest way to raise the haemoglobin, and older patients with a low
haemoglobin after surgery were slower to get up and walk, at higher risk of falls and of delirium,
and more likely to stay longer in hospital. None of this was new; the difficulty was that the moment
at which anaemia could be treated had passed by the time anyone looked for it. Each
transfusion carries its own small risks, including reactions, fluid overload and errors, and blood is a
scarce resource.

The University of Northwold's Centre for Perioperative Care Research had been studying pre-operative
pathways, and in 2022 we proposed moving the blood test to the point of listing, in general practice,
many months before surgery. That required the orthopaedic centre, the GP federation and the university
to work as one.
"""),
        ("evidence", "2. Evidence of improvement", """
The Iron Ready pathway began in November 2022. When a patient is listed for primary hip or knee
replacement, the GP federation's phlebotomy hubs take a full blood count and ferritin within two weeks.
Results are read against an agreed algorithm: iron deficiency is treated with oral iron by the GP, or
with an intravenous iron infusion at the federation's community infusion clinic if oral iron is not
suitable or time is short; other causes are referred on.

We compared 1,088 patients operated on in the fourteen months before Iron Ready with 1,214 operated on
in the fourteen months after.

<<Q:The proportion of patients who were anaemic on the day of surgery fell from 16.8 per cent to 6.1 per
cent.>> <<Q:Red cell transfusion within 30 days of surgery was needed by a third fewer patients after the
pathway was introduced than before it.>> <<Q:Operations cancelled on the day, or within a week, because
of anaemia were halved.>> Length of stay did not change significantly.

In total, 2,970 blood samples were taken at listing in the first two years, and 341 patients were given
intravenous iron in the community clinic.
"""),
        ("stakeholders", "3. How were patients and staff involved?", """
<<P:Before the pathway was designed, we held two focus groups with twelve people waiting for joint
replacement, recruited through the trust's orthopaedic patient forum; they told us that an extra trip to
the hospital for a blood test would be a real burden for people in pain, which is why the test is taken
at a local phlebotomy hub instead.>> <<P:One participant, a retired pharmacist waiting for a knee
replacement, joined the project steering group as a lay member and pressed for the patient letter to
explain clearly that anaemia would not mean losing their place on the list; this wording was added.>>
<<P:Patients who had intravenous iron in the first three months were asked what could be better, and
their request for evening infusion slots led the federation to open a Thursday evening clinic.>>

GP practices received written guidance and the algorithm through the federation's clinical bulletin.
Pre-operative assessment nurses were trained in the new pathway. The project was led and coordinated by
Dr Llewellyn-Hart as senior research fellow. A staff questionnaire was circulated after a year; the
responses were positive and the pathway was left unchanged.
"""),
        ("value", "4. Value for money", """
Oral iron costs a few pounds a course; intravenous iron costs about £180 a patient including nurse
time. A unit of red cells costs around £170 before the costs of testing and administration, and a
cancelled operation wastes a theatre slot worth several thousand pounds. Our health economic analysis,
which is being prepared for publication, suggests that the pathway saves more than it costs.
"""),
        ("spread", "5. Spread and sustainability", """
The pathway is now funded recurrently by the integrated care board and has been extended to patients
listed for spinal surgery. The algorithm has been shared through the national patient blood management
network, and a description was presented at the university's perioperative medicine symposium in 2024.
Two other orthopaedic centres in the region are planning to adopt it.

We have learned three things that we think apply to other pre-operative pathways. First, the blood test
has to happen where the patient already is, not where the surgeon is. Second, the algorithm must be
simple enough for a busy GP to follow without ringing anyone. Third, someone has to own the results: in
our case the federation's infusion clinic nurses review every abnormal result each week, so that nothing
waits for the pre-operative clinic.
"""),
    ],
    flags=[dict(code="no_staff_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1323  direct admission to the haematology day unit in a sickle cell
#        crisis - docx - style headings - matron for haematology, direct -
#        departments of one acute trust only (NO partner: ineligible) -
#        patients and staff involved
# ---------------------------------------------------------------------------
entry(
    id="I1323", format="docx", layout="style_headings", topic="sickle_cell_day_unit_direct_admission",
    project="independent83-straightthrough-1323", docx_font="Calibri",
    title="Straight Through: direct admission to the haematology day unit for adults in a sickle cell crisis",
    cover=[
        "Marlstone Hospitals NHS Trust",
        "A partnership between the Haematology Day Unit, the Emergency Department, the Acute Medical Unit and Pharmacy at Marlstone General Hospital",
        "Entry by the Matron for Haematology and Oncology",
    ],
    primary_entrant=dict(name="Marlstone Hospitals NHS Trust", type="nhs_trust"),
    partners=[],
    sections=[
        ("context", "The problem", """
Marlstone General Hospital looks after about 420 adults with sickle cell disease. Most painful crises
are managed at home, but when pain relief at home is not enough, people come to hospital. Until 2023
that meant the emergency department, whatever the time of day.

The emergency department is not a good place to be in a crisis. People waited to be triaged, waited for
a doctor, and waited for pain relief, sometimes well over an hour. Many told us they felt judged as
drug-seeking. Because the department was crowded, observations were not always repeated, and early
signs of acute chest syndrome or infection could be missed. The national inquiry into the death of a
young man with sickle cell in another hospital, who was denied oxygen and pain relief, was discussed at
our trust board and we recognised our own service in parts of it.

Meanwhile our haematology day unit, which sees people every day for transfusions and exchange
transfusions, had staff who knew many of these patients by name, had their personal pain plans to hand
and could give pain relief quickly. But it only took planned patients.

The day unit team and the emergency department had discussed a direct route before, but each attempt
stalled on practical questions. Who would take the call? Who could give the first dose of morphine
without a doctor's prescription? Where would a patient go if they needed admitting, and who would
look after them while they waited for a bed? What would happen at 6pm when the unit closed? In 2022 the trust's patient safety committee made a direct route a priority and gave the
project a named executive sponsor.
"""),
        ("evidence", "What improved", """
Since March 2023, adults with sickle cell disease in a crisis can phone the day unit between 8am and
6pm on weekdays and come straight there. A nurse gives the first dose of pain relief from the personal
plan within 30 minutes of arrival, using a patient group direction written with pharmacy, and a
haematology doctor reviews within the hour. If the person needs admission, they go directly to the
acute medical unit's sickle cell beds without passing through the emergency department. Out of hours,
the emergency department uses the same personal plan and a fast-track triage category.

<<Q:The median time from arrival to first dose of pain relief during weekday hours has fallen from 74
minutes, when everyone came through the emergency department, to 19 minutes on the day unit.>>
<<Q:Out of hours, where the emergency department now uses the fast-track category, the median has come
down from 81 minutes to 38.>> <<Q:Cases of acute chest syndrome first recognised after admission to a
ward, rather than at the first assessment, fell from 11 in 2022 to 4 in 2024.>>

In 2024 the day unit received 603 direct crisis attendances.
"""),
        ("stakeholders", "Who was involved", """
<<P:People who use the service were involved through our sickle cell patient forum, which meets
quarterly; they said the first thing they wanted was not to be asked to repeat their history, so the
personal plan is now scanned to the top of the electronic record.>> <<P:Two forum members, Daniel and
Chioma, walked the route from the day unit to the acute medical unit with us and pointed out that the
corridor was freezing in winter, so patients are now moved in a blanket and the heating on that
corridor has been fixed.>>

<<S:Day unit nurses designed the phone triage questions and chose the cut-off times, based on when they
could safely staff the unit.>> <<S:Emergency department consultants helped write the out-of-hours
fast-track category after raising that their department would still see most crises at night.>>
<<S:Pharmacists drafted the patient group direction and changed the range of doses after feedback from
the day unit nurses.>>
"""),
        ("value", "Value", """
The change used existing day unit staff and space, with one extra nurse on weekdays paid for by
reducing agency spending on the acute medical unit. Emergency department time is freed for other
patients. The main value, though, is in how people are treated: quickly, by people who know them, and
without having to prove their pain.

There are costs we have had to manage. The unit is busier and planned transfusions have sometimes
had to start later in the day when several people in crisis arrive at once. We now keep one chair free
each morning for crisis attendances, and move it back to planned work at noon if it is not needed.
"""),
        ("spread", "Spread", """
The pathway has been shared with the regional haemoglobinopathy network and with the trust's other
hospital site, which is planning a similar arrangement with its medical day unit. We presented at the
network's annual education day.

We know this entry cannot be counted as a partnership in the usual sense, because all four teams belong
to one trust. But for the people who use our service, the difference between the day unit and the
emergency department has always felt like the difference between two organisations, and getting them to
share one plan for the same patient has been the hardest part of the work.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1324  haematology patients staying in charity accommodation near the day
#        unit - pdf - with appendix - accommodation charity manager, homely -
#        charity with the acute trust's haematology unit and a blood cancer
#        support group - residents and families involved - NO staff
#        involvement (volunteers and housekeepers trained, nurses briefed, a
#        named manager) - NO quantitative evidence (nights stayed, calls,
#        single figures, a budget)
# ---------------------------------------------------------------------------
entry(
    id="I1324", format="pdf", layout="with_appendix", topic="haematology_patient_accommodation_safety",
    project="independent83-homefromhome-1324", pdf_font="LiberationSerif", pdf_align="L",
    title="Safe Under Our Roof: keeping haematology patients safe while they stay near the day unit",
    cover=[
        "Lead entrant: Hollybank House Trust (registered charity)",
        "Partners: Wexcombe University Hospitals NHS Foundation Trust (Haematology Day Unit and Ward 9); Wexcombe Blood Cancer Support Group",
        "Prepared by the House Manager, Hollybank House",
    ],
    primary_entrant=dict(name="Hollybank House Trust", type="charity"),
    partners=[
        dict(name="Wexcombe University Hospitals NHS Foundation Trust", type="nhs_trust"),
        dict(name="Wexcombe Blood Cancer Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "About us and the problem", """
Hollybank House is a twelve-room house, a short walk from Wexcombe University Hospital, where people
having treatment for leukaemia, lymphoma and myeloma, and their families, can stay free of charge. Many
of our guests live two or three hours away in the rural west of the county. During intensive treatment
or after a stem cell transplant they need to be at the haematology day unit several times a week, and
the hospital would rather they stayed nearby than made long journeys or stayed in a ward bed they do not
need.

The house is run by two part-time staff, a team of around thirty volunteers who cover evenings and
weekends, and a small board of trustees. We are funded entirely by donations and have no contract with
the NHS. The rooms are booked by the ward and day unit nurses, who decide who would benefit from a stay,
but once a guest walks through our door the hospital has, until recently, known very little about how
they are getting on.

Our guests are, by the nature of their treatment, some of the most vulnerable people in the county. Many
have very low white cell counts and can become seriously ill with an infection within hours. Their
platelets may be low, so a fall or a nosebleed can be dangerous. They may be on many medicines, some of
which need to be kept in a fridge.

For years we thought of ourselves as a place to stay, not a health service. Our volunteers and
housekeepers were kind but had no medical training, and there was no agreed plan for what to do if a
guest became unwell at night. In 2022 a guest who had recently finished chemotherapy developed a high
temperature at about midnight. His wife did not want to "make a fuss" and waited until morning, when she
found the day unit number on a leaflet. He was admitted with neutropenic sepsis and spent four days in
intensive care. He recovered, and it was he who asked us to make sure it would not happen to anyone
else.
"""),
        ("evidence", "What we have done and what has happened", """
Since April 2023 every guest arrives with a "Hollybank card" filled in by the day unit nurses, showing
their treatment, what to watch for and the 24-hour haematology triage number. Each room has a
thermometer and a temperature chart, and a red phone in the hallway is programmed to ring the triage
line directly. Our night volunteer checks in with each guest at 9pm. The house has a medicines fridge
with a temperature log, and all guests are shown how to use it. Hand sanitiser stations, a cleaning
schedule agreed with the hospital's infection prevention team, and a rule that visitors with colds stay
away are all in place.

The hospital's day unit sisters now ring us when a guest is booked, so we know in advance who is
arriving and what their treatment is. We keep a simple log of every guest who becomes unwell at the
house: what happened, who was called and what the outcome was. We read it every quarter and use it to decide what needs changing, and so far it has led to a spare thermometer in
the kitchen, a torch by each bed, and clearer signs to the red phone.

Since the start, 204 guests have stayed for a total of 3,870 nights. The red phone has been used 57
times, and in 49 of those the guest was asked to come into the hospital. There has been one admission
to intensive care from the house, in February 2024, of a guest who rang the triage line within
minutes of feeling unwell. Our guest feedback cards show that 94 per cent of guests said they felt safe
at the house. The charity has invested £14,500 in equipment and training.
"""),
        ("stakeholders", "Who helped", """
<<P:The guest whose story began this work, Mr Alan Pryce, and his wife Margaret spent an afternoon
with our trustees and the support group going through every step of a night at the house; it was
Margaret who suggested the red phone, because she said that at midnight she could not have found a
number on a leaflet.>> <<P:Members of Wexcombe Blood Cancer Support Group, several of whom have stayed
at Hollybank, tested the Hollybank card and asked for the temperature at which to call, 37.5, to be
printed in large type at the top, which it now is.>> <<P:Families staying with us asked for a simple
checklist for the carer, not just the patient, and one was written with them.>>

All our volunteers and housekeepers have completed training on infection and spotting a guest who is
unwell. The day unit and ward nurses were briefed on the Hollybank card at their team meetings. The
project has been managed by our House Manager, Ruth Ellery, as part of her role.
"""),
        ("value", "Value", """
A hospital bed on a haematology ward costs several hundred pounds a night. Many of our guests would
otherwise stay in hospital between treatments or travel long distances while very unwell. The cost of
the safety measures is small, and is met by charitable donations.
"""),
        ("spread", "Spreading the word", """
We have shared our card, checklist and night routine with the national network of charity homes for
patients and families, and three other houses have asked for copies. The hospital has offered the card
to patients staying in local hotels and bed and breakfasts as well.
"""),
    ],
    trailer=[
        ("heading", "Appendix: the Hollybank card and night routine"),
        ("para", "The Hollybank card (front): name; treatment and date of last chemotherapy; 'Call the haematology triage line at once if your temperature is 37.5 or above, if you feel shivery or unwell, or if you have any bleeding that will not stop'; 24-hour triage number. (Back): medicines that need the fridge; name of the carer staying at the house."),
        ("para", "Night routine: 9pm check-in by the night volunteer; temperature taken and written on the chart; reminder of the red phone; any concerns passed to the triage line by the guest or, with their permission, by the volunteer."),
        ("para", "Hollybank House Trust, 4 Hollybank Road, Wexcombe, WX2 8HB. Registered charity."),
    ],
    flags=[
        dict(code="no_staff_involvement", criterion="stakeholders"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1325  clot risk checks for the combined pill in community pharmacies -
#        pdf - bullet lists - council public health commissioner, terse -
#        council with the LPC and the community trust's sexual health
#        service - staff involved - NO patient involvement (women given
#        leaflets and texts, a survey that changed nothing, a plan)
# ---------------------------------------------------------------------------
entry(
    id="I1325", format="pdf", layout="bullet_lists", topic="combined_pill_vte_risk_pharmacy",
    project="independent83-pillcheck-1325", pdf_font="LiberationSans", pdf_align="L",
    title="Pill Check: safer supply of the combined pill in Penrose community pharmacies",
    cover=[
        "Penrose Borough Council (Public Health) - lead",
        "Penrose Local Pharmaceutical Committee and Coldharbour Community NHS Trust (Penrose Integrated Sexual Health Service) - partners",
        "Contact: Public Health Commissioner, Sexual and Reproductive Health",
    ],
    primary_entrant=dict(name="Penrose Borough Council", type="local_authority"),
    partners=[
        dict(name="Penrose Local Pharmaceutical Committee", type="primary_care"),
        dict(name="Coldharbour Community NHS Trust", type="nhs_trust"),
    ],
    sections=[
        ("context", "Background", """
The combined oral contraceptive pill is safe for most women, but it raises the risk of blood clots, and
for some women the extra risk is too high. Before the pill is started or continued, women should be
asked about:

- smoking, particularly over the age of 35

- body mass index, and blood pressure measured in the last year

- migraine with aura

- a personal or close family history of clots

- recent surgery or a long period of immobility

In 2022 the council commissioned community pharmacies in Penrose to start and continue oral
contraception, to make it easier for women to get it without a GP appointment. A review of the first six
months by the sexual health service found:

- blood pressure had not been recorded in almost a third of consultations

- family history of clots was asked about inconsistently

- there was no shared record, so a pharmacy could not see that a woman's GP had stopped her pill because
of migraine with aura

- two women had been supplied the combined pill within weeks of a clot-related hospital admission

The council, the LPC and the sexual health service agreed to redesign the service together.

Why this needed a partnership:

- the council commissions the pharmacy service but has no clinical record

- the sexual health service holds the specialist expertise and the record of women who use its clinics

- the LPC represents the pharmacies and their IT suppliers

- none of them could fix the template, the record access and the advice route alone
"""),
        ("evidence", "Results", """
Changes made from April 2023:

- a structured electronic consultation template, based on the UK medical eligibility criteria, which
cannot be completed without a blood pressure and body mass index

- read access for pharmacists to the relevant part of the sexual health service's record and the GP
summary record

- a same-day advice line to a sexual health nurse or doctor for any woman with a risk factor

- a switch to a progestogen-only option, supplied on the spot, for women for whom the combined pill is
not suitable

What changed, comparing April to September 2022 with April to September 2024:

- <<Q:consultations with a blood pressure recorded rose from 68 per cent to 99 per cent>>

- <<Q:consultations where family history of clots was recorded rose from 44 per cent to 96 per cent>>

- <<Q:supplies of the combined pill to women with a recorded reason it should not be used fell from 37
in the first period to 3 in the second>>

Activity:

- 31 pharmacies now deliver the service

- 4,820 consultations in 2023/24

- 212 calls to the advice line
"""),
        ("stakeholders", "Involvement", """
- <<S:a group of nine community pharmacists, brought together by the LPC, tested the template on paper
and then on screen, and asked for a single "amber" box for risk factors that need advice rather than a
refusal>>

- <<S:sexual health doctors agreed the advice line rota after pharmacists told them lunchtime and early
evening were when most questions arose>>

- <<S:pharmacy technicians suggested that the template print a short summary for the woman to take
away, which was added>>

- women using the service receive a leaflet on blood clots and a text reminder before their next supply
is due

- a customer satisfaction survey in 2024 returned mostly positive comments; no changes followed

- we plan to hold a focus group with young women in 2025
"""),
        ("value", "Value", """
- no additional tariff to pharmacies; the template was built by the pharmacy IT supplier within the
existing contract

- the advice line uses existing sexual health clinicians, about two hours a week

- pharmacies report that the template adds about three minutes to a consultation

- each avoided clot saves an admission and, rarely, a life; each avoided unplanned pregnancy saves far
more
"""),
        ("spread", "Spread", """
- the template has been shared with two neighbouring councils, one of which has adopted it

- presented at the regional sexual health commissioners' network in March 2024

- the LPC has offered the template to pharmacies in its other council area
"""),
    ],
    flags=[dict(code="no_patient_involvement", criterion="stakeholders")],
)


# ---------------------------------------------------------------------------
# I1326  anticoagulation clinic patients moved from hospital to general
#        practice - docx - form with a cover table - PCN clinical director,
#        plain - PCN with the acute trust's anticoagulation service and the
#        ICB - patients (in the context section) and staff involved - NO
#        evidence section and no measured change anywhere
# ---------------------------------------------------------------------------
entry(
    id="I1326", format="docx", layout="form_table", topic="anticoagulation_clinic_transfer_primary_care",
    project="independent83-nobodylost-1326", docx_font="Arial",
    title="Nobody Lost in the Move: transferring anticoagulation patients from the hospital clinic to general practice",
    cover_table=[
        ("Title", "Nobody Lost in the Move: transferring anticoagulation patients from the hospital clinic to general practice"),
        ("Lead organisation", "Ashby Marsh Primary Care Network"),
        ("Partner organisations", "Kelmsford Hospitals NHS Trust (Anticoagulation Service); NHS Kelmsford and Ashby Integrated Care Board (Medicines Optimisation Team)"),
        ("Entrant", "Dr Martin Okonkwo, Clinical Director, Ashby Marsh PCN"),
    ],
    primary_entrant=dict(name="Ashby Marsh Primary Care Network", type="primary_care"),
    partners=[
        dict(name="Kelmsford Hospitals NHS Trust", type="nhs_trust"),
        dict(name="NHS Kelmsford and Ashby Integrated Care Board", type="icb"),
    ],
    sections=[
        ("context", "Background: what was the patient safety issue and why was a partnership needed?", """
For many years the anticoagulation clinic at Kelmsford General Hospital looked after everyone in our
area who took warfarin, and it reviewed people starting the newer direct oral anticoagulants for the
first three months. In 2023 the integrated care board decided, as part of a wider plan to move routine
care out of hospital, that stable patients should be looked after by their own general practice. The
seven practices in Ashby Marsh Primary Care Network were asked to take on about 1,300 patients within a
year.

Transfers like this are known to be risky. The hospital and the practices use different computer
systems. When other areas have made similar moves, patients have been lost in the gap: people whose INR
test was due the week they were transferred and who were never called, people whose dose was written
down differently in the hospital and GP records, and people on direct oral anticoagulants whose kidney
function was never checked again. Anticoagulants can cause serious bleeding if the dose is too high and
strokes or clots if it is too low.

We wanted to make sure that no patient was lost. The plan was to move patients in small batches,
practice by practice, with a named pharmacist at each end, a single list that both the hospital and
the practice could see, and a check that every patient had a next test date booked before they left the
hospital's list.

The anticoagulation clinic also had its own worries. Its nurses had known some of these patients for
many years, knew who struggled with their tablets and who drank more than they admitted, and were
anxious that this knowledge would be lost. Practices, in turn, were worried about taking on a
high-risk service at a time when they were already stretched, and about who would answer questions
when something unusual happened. The integrated care board wanted the move completed within a year.

<<P:How the letters to patients were worded came from the patients themselves: eight people on warfarin,
recruited through the hospital clinic's waiting room, reviewed our first draft and told us it read as if
the hospital was "getting rid of them", so the letter was rewritten to explain that their care was
moving closer to home.>> <<P:Those same patients asked for a named person to ring with questions in the
first month, and each letter now gives the name and direct number of the practice pharmacist.>>
<<P:A carers' forum at the largest practice suggested a phone call, not a letter, for people who are
housebound or have memory problems, and the PCN pharmacists now phone them.>>
"""),
        ("stakeholders", "How were staff involved in designing and delivering the work?", """
<<S:The PCN's clinical pharmacists and the hospital's anticoagulation nurses met every fortnight
throughout the transfer and designed the batch list together.>> <<S:Practice managers told us that
moving patients in the last week of a month clashed with other deadlines, so the batches were moved to
the second week.>> <<S:The hospital's anticoagulation nurses suggested a 'buddy' arrangement in which
each practice pharmacist shadowed a hospital clinic for two sessions before taking on patients, and all
seven did so.>> <<S:The ICB's medicines optimisation pharmacists checked the dosing software settings in
each practice and, after receptionists raised it, wrote a simple script for booking INR tests.>>
"""),
        ("value", "What has been the impact on patient experience and value for money?", """
The transfer took place between May 2023 and April 2024. The hospital clinic's capacity freed up will be
used for patients who are newly started, unstable or have complex needs. The ICB funds the practices
through a local enhanced service at £48 a patient a year. The PCN has employed an extra half-time
pharmacist from its additional roles funding. Patients no longer have to travel to the hospital, which
for many means a bus journey of more than an hour. We have not yet gathered any outcome figures.
"""),
        ("spread", "How has the work been shared or spread?", """
The ICB is using our batch list and checklist for the transfer of the remaining four primary care
networks in the area, starting in 2025. We have presented the approach at the ICB's primary care
medicines safety group.
"""),
    ],
    flags=[
        dict(code="missing_section", criterion="evidence"),
        dict(code="no_quantitative_evidence", criterion="evidence"),
    ],
)


# ---------------------------------------------------------------------------
# I1327  home INR self-testing with an app - pdf via soffice - style
#        headings - PRIVATE digital health company as primary entrant with
#        the acute trust's anticoagulation clinic and a heart support group
#        (ineligible) - chief medical officer, upbeat - patients and staff
#        involved
# ---------------------------------------------------------------------------
entry(
    id="I1327", format="pdf", layout="style_headings", topic="home_inr_self_testing_app",
    project="independent83-inrathome-1327", render_via="soffice", docx_font="Liberation Serif",
    title="ClotSafe Connect: home INR testing with an app linked to the anticoagulation clinic",
    cover=[
        "Primary entrant: Coagulink Health Technologies Ltd",
        "In partnership with Redfern Valley Hospitals NHS Trust (Anticoagulation Clinic) and the Redfern Heart Valve Support Group",
        "Submitted by the Chief Medical Officer, Coagulink Health Technologies Ltd",
    ],
    primary_entrant=dict(name="Coagulink Health Technologies Ltd", type="private"),
    partners=[
        dict(name="Redfern Valley Hospitals NHS Trust", type="nhs_trust"),
        dict(name="Redfern Heart Valve Support Group", type="patient_group"),
    ],
    sections=[
        ("context", "The challenge", """
People with mechanical heart valves must take warfarin for life, and they need a tighter INR range than
most other patients. Too low, and a clot can form on the valve or travel to the brain; too high, and
they risk a serious bleed. Many people with a valve are of working age and find it hard to attend a
hospital clinic every two to four weeks.

Redfern Valley's anticoagulation clinic already offered home testing with a finger-prick meter to some
patients, but results were phoned in or emailed, entered by hand and dosed by a nurse who then rang the
patient back. Results could wait until the next day, transcription errors happened, and a high or low
result in the evening or at a weekend might not be acted on until the clinic reopened. In 2021 the
clinic reported four incidents in which a self-tested result was written down wrongly, and one patient
with a valve whose INR had fallen to 1.6 on a Friday was not contacted until the Monday.

Patients with valves are also among the most motivated to manage their own treatment. Many have tested
themselves for years and know their own patterns well. What held them back was not the testing, but the
slow and error-prone link between their meter and the clinic. The clinic's nurses, meanwhile, were
spending a large part of each day on the phone, copying numbers from emails and voicemails into the
dosing software, which took them away from patients who were newly started or unstable.

Coagulink develops software for people who manage long-term medicines at home. We approached the clinic
in 2022 with a proposal: an app that reads the result directly from the meter by Bluetooth, sends it to
the clinic's dosing system, and shows the patient their new dose as soon as a nurse has approved it,
with an automatic alert and a call from the out-of-hours haematology team for results outside safe
limits.
"""),
        ("evidence", "The evidence", """
The app went live for 286 patients in October 2022, all with mechanical valves or other high-risk
indications who were already self-testing or wished to.

<<Q:Time in therapeutic range for these patients improved from 64 per cent in the year before the app to
76 per cent in the second year of use.>> <<Q:The median time from a test to the patient receiving their
dose fell from 22 hours to 3 hours.>> <<Q:Transcription errors in self-tested results went from
eleven in the year before to none in the two years since.>> <<Q:Results outside safe limits that waited
more than twelve hours for action fell from 29 to 2.>>

The clinic now manages 410 patients through the app.
"""),
        ("stakeholders", "Working with patients and clinicians", """
<<P:Members of the Redfern Heart Valve Support Group tried early versions of the app for three months
and asked for the dose to be shown as a picture of tablets by colour and strength, not just a number of
milligrams, which is now how it appears.>> <<P:Older members of the group told us the text was too small
and that they did not want to be forced to use a smartphone, so we built a version that sends the dose
by text message instead.>> <<P:One member, a retired engineer who has had a valve for thirty years,
joined our design sprints and suggested the weekly reminder that now goes out on the day a test is
due.>>

<<S:The anticoagulation nurses set the safe limits and the wording of the alerts, and asked for a button
to request a call back, which was added in the second release.>> <<S:The out-of-hours haematology
registrars agreed the escalation route and tested it in a simulation with our engineers before
launch.>> <<S:The clinic's pharmacist reviewed each dosing rule and asked us to remove an automatic
dose suggestion that she felt could be unsafe, which we did.>>
"""),
        ("value", "Value", """
The clinic pays a licence fee of £4 per patient per month. Against this, nurse time spent taking phone
calls and entering results has fallen, and patients no longer take time off work for clinic visits.
Each avoided valve thrombosis or major bleed avoids a long admission and, sometimes, repeat heart surgery.
"""),
        ("spread", "Spread", """
Two further anticoagulation clinics have started using ClotSafe Connect, and we are in discussion with
several more. The support group has presented the patient's view of the app at a national heart valve
patients' conference. The app meets the national digital technology assessment criteria.
"""),
    ],
    flags=[dict(code="ineligible", criterion=None)],
)


# ---------------------------------------------------------------------------
# I1328  fluid overload during transfusion in community hospitals - docx -
#        bullet lists with a cover table - community trust transfusion
#        practitioner, practical - community trust with the acute trust's
#        transfusion team and NHS Blood and Transplant - patients (in the
#        context section, passive voice) and staff involved - no flags
# ---------------------------------------------------------------------------
entry(
    id="I1328", format="docx", layout="bullet_lists", topic="taco_community_hospital_transfusion",
    project="independent83-slowandsteady-1328", docx_font="Calibri",
    title="Slow and Steady: preventing transfusion-associated circulatory overload in community hospitals",
    cover_table=[
        ("Entry", "Slow and Steady: preventing transfusion-associated circulatory overload in community hospitals"),
        ("Lead organisation", "Hartsdown Community Healthcare NHS Trust"),
        ("Partners", "Hartsdown General Hospital NHS Trust (Hospital Transfusion Team and Blood Bank); NHS Blood and Transplant (Patient Blood Management Practitioner Team)"),
        ("Entrant", "Transfusion Practitioner, Hartsdown Community Healthcare NHS Trust"),
    ],
    primary_entrant=dict(name="Hartsdown Community Healthcare NHS Trust", type="nhs_trust"),
    partners=[
        dict(name="Hartsdown General Hospital NHS Trust", type="nhs_trust"),
        dict(name="NHS Blood and Transplant", type="public_other"),
    ],
    sections=[
        ("context", "Why we needed to act", """
Transfusion-associated circulatory overload, or TACO, happens when blood is given faster or in greater
volume than the heart can cope with. Fluid builds up in the lungs and the person becomes breathless. It
is now the leading cause of transfusion-related deaths reported to the national haemovigilance scheme.
The people most at risk are older, small in body size, or have heart failure, kidney disease or low
albumin.

That describes many of the patients on our five community hospital wards. Our wards give around 900
units of red cells a year, mostly to older people recovering from an illness or awaiting a care package.

What we found in 2022:

- there was no TACO risk checklist on the community wards, although the acute hospital had one

- most transfusions were prescribed as two units given back to back, often over two hours each,
regardless of weight

- observations during transfusion were recorded less often at night

- furosemide was sometimes given 'routinely' with each unit and sometimes not at all

- two patients, both in their late eighties, were transferred to the acute hospital with suspected TACO
within six months

- <<P:One of those patients and her son were later visited by our transfusion practitioner, and their
account of her breathlessness that night, and of nobody slowing the blood down, was written into the
first draft of the checklist.>>
"""),
        ("evidence", "What has changed", """
Since February 2023:

- every transfusion on a community ward starts with a TACO risk checklist on the electronic record

- single-unit transfusion is the default, followed by a review of the haemoglobin and the patient before
any second unit

- the dose is adjusted to body weight for patients under 50 kg

- observations at 15 minutes and hourly are prompted by the record and cannot be skipped

Results, comparing 2022 with 2024:

- <<Q:transfusions preceded by a documented TACO risk assessment rose from none to 93 per cent>>

- <<Q:the proportion of transfusion episodes given as a single unit rose from 18 per cent to 67 per
cent>>

- <<Q:units of red cells used on the community wards fell by a quarter>>

- <<Q:suspected TACO reactions fell from seven in 2022 to one in 2024>>
"""),
        ("stakeholders", "Who was involved", """
- <<S:ward sisters from all five community hospitals met the acute hospital's transfusion practitioners
and the NHSBT patient blood management practitioner over three workshops to adapt the acute hospital's
checklist>>

- <<S:community ward nurses asked that the checklist fit on one screen, and the trust's clinical systems
team redesigned it after they tested it>>

- <<S:the community hospitals' GP cover doctors agreed the single-unit default after the consultant
haematologist explained the evidence to them, and asked for a prompt to weigh the patient, which was
added>>

- <<S:healthcare assistants suggested a bedside card showing when observations are due, which is now
hung on the drip stand>>

- <<P:feedback from patients who were transfused on our wards during the pilot led to a short printed
explanation of why the blood is given more slowly now>>
"""),
        ("value", "Value", """
- fewer units transfused saves blood, which is a scarce and costly resource, at around £170 a unit

- each avoided transfer to the acute hospital with TACO saves an ambulance journey and an acute bed

- the checklist was adapted from an existing tool, so there were no development costs
"""),
        ("spread", "Spread", """
- NHSBT has shared our community version of the checklist with the regional transfusion committee

- two other community trusts in the region have adopted it

- we have presented the work at the national transfusion practitioners' conference
"""),
    ],
    flags=[],
)
